"""Concepts and places shared across the languages, matched on word stems.

``lexicon()`` loads lang/data/concepts.toml (what numbers count or measure,
language-neutral), each language's words for them (lang/data/<tag>/concepts.toml),
its gazetteer (lang/data/<tag>/places.toml) and its CLDR territory names. A noun
outside the lexicon gets a key from one Latin rendering of every script (common.toml,
[match_key]), so cognates meet (колледж / коллеж → ``~kolledj``, with
rapidfuzz deciding near spellings: :func:`same_key`).
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Collection, Iterable, Mapping, Sequence
from typing import Any, NamedTuple, Protocol

import attrs
from rapidfuzz import fuzz

from factrecon.errors import LanguageDataError
from factrecon.lang import SUPPORTED
from factrecon.lang._toml import expect_list, expect_str, expect_table, read_data
from factrecon.lang.data import load
from factrecon.lang.registry import has_file, language, read_lang, tags
from factrecon.model import STEM, MeasureAspect, MeasureKey

__all__ = [
    "Concept", "ConceptHit", "HeadHit", "Lexicon", "PlaceHit", "lexicon", "measure_name", "same_key", "transliterate",
]



# (the words of a stem or name, its concept key or place code)
_Entry = tuple[tuple[str, ...], str]


class _StemMatch(NamedTuple):
    """A concept's stem matched at a word: how many words it covers, the concept key, the ending after it."""

    length: int
    key: str
    ending: str


class PlaceHit(NamedTuple):
    """A place named at a word: its code, how many words the name covers, the ending after it, a demonym?"""

    code: str
    length: int
    ending: str
    demonym: bool
# (concept key or place code, ...) of a one-word entry a word matches; the longer entries that may start at it
_StemHits = tuple[_StemMatch | None, tuple[_Entry, ...]]
_PlaceHits = tuple[PlaceHit | None, tuple[_Entry, ...]]
# how many words the Lexicon remembers its hits for (news repeats its words: most are looked up once)
_SEEN_MAX = 100_000


@attrs.frozen
class _PrefixIndex:
    """Entries by their first word, to find the ones whose first word begins a given word.

    A word of the text can begin with a stem or a name (``жобалар`` with the stem
    ``жоба``, ``Қазақстанда`` with the name ``қазақстан``). Rather than test every
    entry, :meth:`starting` looks up each beginning of the word whose length is
    the length of some entry's first word: a dozen dict lookups per word.
    """

    # an entry's first word -> (the entry's position in the table, the entry)
    by_first: Mapping[str, tuple[tuple[int, _Entry], ...]]
    # the lengths of the entries' first words, shortest first
    lengths: tuple[int, ...]

    @classmethod
    def of(cls, entries: Sequence[_Entry]) -> _PrefixIndex:
        by_first: dict[str, list[tuple[int, _Entry]]] = {}
        for pos, entry in enumerate(entries):
            by_first.setdefault(entry[0][0], []).append((pos, entry))
        return cls({k: tuple(v) for k, v in by_first.items()}, tuple(sorted({len(k) for k in by_first})))

    def starting(self, word: str) -> tuple[_Entry, ...]:
        """The entries whose first word *word* begins with, in their order in the table."""
        hits: list[tuple[int, _Entry]] = []
        for n in self.lengths:
            if n > len(word):
                break
            found = self.by_first.get(word[:n])
            if found:
                hits += found
        if len(hits) > 1:
            hits.sort(key=lambda h: h[0])  # a table's order decides between equally long matches
        return tuple(entry for _, entry in hits)


class _HasLow(Protocol):
    @property
    def low(self) -> str: ...


@attrs.frozen
class Concept:
    """A language-neutral thing numbers count or measure."""

    key: str
    en: str
    kind: str  # count, amount, person
    units: frozenset[str] = frozenset()  # the units an amount of it can be stated in; empty: any
    # a rate (inflation, the base rate): "prices rose 12,9 %", "raised to 18 %" state its level
    rate: bool = False
    # generic: a word for what the story is about, not a measure of its own. "named": the output or money
    # of the product the page named before it ("өндіріс" production, "маблағ" funds); "stated": the
    # measure the figure before it stated ("көрсеткіш", the indicator). "" for a concept of its own.
    generic: str = ""
    # of a part: the measure it is a part of when nothing else names one ("кофе 2,6%-ға қымбаттады": the
    # price of coffee); "" for a part of whatever the figure measures
    of: str = ""
    # of a count: the concept whose value the money it is worth is ("фабрикасының құны": a factory built is a
    # project, its cost the project's value); "" for its own value
    worth: str = ""
    # of an amount: money of it put into a counted thing named in the dative ("Жобаға ... инвестиция") is that
    # thing's value (what the project costs is what is invested in it)
    into: bool = False
    # of an amount: a physical figure that nothing names (or an output of no named product), stated per year
    # with no period of its own ("жылына 4,2 мың тонна жіп шығарады"), is this (a plant's capacity)
    per_year: bool = False

    def fits(self, unit: str) -> bool:
        return not self.units or unit in self.units


class ConceptHit(NamedTuple):
    """A concept named in a text, and the words (lower case) that name it."""

    concept: Concept
    words: str


class HeadHit(NamedTuple):
    """The head noun's concept among some words; ``modifier``: only a noun in a modifier's case was found."""

    concept: Concept
    words: str
    modifier: bool


@attrs.frozen(eq=False)
class Lexicon:
    """Stems → concepts and names → places, per language."""

    concepts: Mapping[str, Concept]
    stems: Mapping[str, tuple[tuple[tuple[str, ...], str], ...]]  # lang -> ((words of a stem), concept key)
    places: Mapping[str, tuple[tuple[tuple[str, ...], str], ...]]  # lang -> ((words of a name), code)
    demonyms: tuple[tuple[str, str], ...]
    place_suffixes: frozenset[str]
    # concept key -> beginnings of words that start with one of its stems but do not name it
    excluded: Mapping[str, tuple[str, ...]] = attrs.field(factory=dict)
    # concept key -> phrases whose last word is one of its stems but that do not name it ("жеміс көкөніс":
    # fruit and vegetables, not vegetables), each as the beginnings of its words
    excluded_phrases: Mapping[str, tuple[tuple[str, ...], ...]] = attrs.field(factory=dict)
    # lang -> the names and stems by their first word (see _PrefixIndex); the demonym stems likewise
    _place_index: Mapping[str, _PrefixIndex] = attrs.field(init=False, factory=dict, repr=False)
    _stem_index: Mapping[str, _PrefixIndex] = attrs.field(init=False, factory=dict, repr=False)
    _demonym_index: _PrefixIndex = attrs.field(init=False, default=_PrefixIndex({}, ()), repr=False)
    # (lang, word) -> its hits, see _stem_hits and _place_hits
    _stems_seen: dict[tuple[str, str], _StemHits] = attrs.field(init=False, factory=dict, repr=False)
    _places_seen: dict[tuple[str, str], _PlaceHits] = attrs.field(init=False, factory=dict, repr=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "_place_index", {lang: _PrefixIndex.of(v) for lang, v in self.places.items()})
        object.__setattr__(self, "_stem_index", {lang: _PrefixIndex.of(v) for lang, v in self.stems.items()})
        object.__setattr__(self, "_demonym_index", _PrefixIndex.of([((stem,), code) for stem, code in self.demonyms]))

    def at(self, words: Sequence[_HasLow], i: int, lang: str) -> ConceptHit | None:
        """The concept whose stem starts at word *i* (the longest one), with the words it covers."""
        word = words[i].low
        single, longer = self._stem_hits(word, lang)
        if not longer:  # most words: no stem of two words or more can start here, and no need to look further
            if single is None or (self.excluded_phrases and self._in_phrase(words, i, single.key)):
                return None
            return ConceptHit(self.concepts[single.key], word)
        match = self._match(words, i, lang)
        if match is None:
            return None
        return ConceptHit(self.concepts[match.key], " ".join(w.low for w in words[i : i + match.length]))

    def _match(self, words: Sequence[_HasLow], i: int, lang: str) -> _StemMatch | None:
        """The longest stem at word *i*."""
        best, longer = self._stem_hits(words[i].low, lang)
        for parts, key in longer:
            n = len(parts)
            if (best is not None and n <= best.length) or i + n > len(words):
                continue
            last = words[i + n - 1].low
            if all(words[i + k].low.startswith(p) for k, p in enumerate(parts)) and not self._excluded(last, key):
                best = _StemMatch(n, key, last[len(parts[-1]) :])
        if best is not None and best.length == 1 and self.excluded_phrases and self._in_phrase(words, i, best.key):
            return None
        return best

    def _in_phrase(self, words: Sequence[_HasLow], i: int, key: str) -> bool:
        """Is word *i* the last word of a phrase that does not name *key* ("жеміс-көкөніс": fruit and
        vegetables, a story's whole produce, not its vegetables)?"""
        for phrase in self.excluded_phrases.get(key, ()):
            n = len(phrase)
            if i + 1 >= n and all(words[i - n + 1 + k].low.startswith(p) for k, p in enumerate(phrase)):
                return True
        return False

    def _stem_hits(self, word: str, lang: str) -> _StemHits:
        """The one-word stem *word* begins with, as (1, concept key, ending), and the longer stems that may start at it.

        Of two one-word stems the first in the table wins (a longer stem of more
        words wins over both, in :meth:`_match`). Worked out once per word.
        """
        hits = self._stems_seen.get((lang, word))
        if hits is None:
            single: _StemMatch | None = None
            longer: list[_Entry] = []
            index = self._stem_index.get(lang)
            for parts, key in index.starting(word) if index else ():
                if len(parts) > 1:
                    longer.append((parts, key))
                elif single is None and not self._excluded(word, key):
                    single = _StemMatch(1, key, word[len(parts[0]) :])
            hits = (single, tuple(longer))
            _remember(self._stems_seen, (lang, word), hits)
        return hits

    def find_head(
        self,
        words: Sequence[_HasLow],
        lang: str,
        modifier_endings: Collection[str],
        possessive_endings: Collection[str] = (),
    ) -> HeadHit | None:
        """The head noun's concept among *words*, with its words and whether only a modifier was found.

        A noun in a case that makes it a modifier (genitive, locative, ablative:
        ``ресейлік университеттің филиалы``) is passed over for the next concept; when
        no other follows, the modifier is returned, marked True. The first word is the
        head in any case: right after a count it is what the count counts (``15 өңірдің
        бәрінде жалақы``, ``15 та ҳудудда``: regions, not the wage).
        Of two concept nouns in a row the second is the head when it carries the
        possessive of a compound (``давлат дастури``, not ``оқушы мектеп бітіреді``).
        """
        fallback: HeadHit | None = None
        for i in range(len(words)):
            match = self._match(words, i, lang)
            if match is None:
                continue
            n = match.length
            concept, named = self.concepts[match.key], " ".join(w.low for w in words[i : i + n])
            if i == 0 or not any(match.ending.endswith(e) for e in modifier_endings):
                following = self._match(words, i + n, lang) if i + n < len(words) else None
                if (following is not None and self.concepts[following.key].kind != "amount"
                        and any(following.ending.endswith(e) for e in possessive_endings)):
                    # a noun compound's head is its last noun: "давлат дастури" (state programme);
                    # not "14 жоба құны" (14 projects' value), an amount
                    head_words = " ".join(w.low for w in words[i + n : i + n + following.length])
                    return HeadHit(self.concepts[following.key], head_words, False)
                return HeadHit(concept, named, False)
            if fallback is None:
                fallback = HeadHit(concept, named, True)
        return fallback

    def _excluded(self, word: str, key: str) -> bool:
        """Does *word* begin like a stem of *key* without naming it (мемлекеттік "state-", not мемлекет)?"""
        return word.startswith(self.excluded.get(key, ()))

    def ending_at(self, words: Sequence[_HasLow], i: int, lang: str) -> tuple[Concept, str] | None:
        """The concept whose stem starts at word *i* (the longest one), and the ending its last word has after
        the stem ("жобаға": project, "ға")."""
        match = self._match(words, i, lang)
        return None if match is None else (self.concepts[match.key], match.ending)

    def find(self, words: Sequence[_HasLow], lang: str) -> ConceptHit | None:
        """The first concept named in *words*."""
        for i in range(len(words)):
            found = self.at(words, i, lang)
            if found is not None:
                return found
        return None

    def key_for(self, word: str, lang: str) -> str:
        """A key for a noun outside the lexicon: its transliterated stem, prefixed with "~"."""
        del lang
        return STEM + transliterate(word)[:7]

    def place_at(self, words: Sequence[_HasLow], i: int, lang: str) -> PlaceHit | None:
        """A place named at word *i* (the longest name)."""
        best, longer = self._place_hits(words[i].low, lang)
        if not longer:  # most words: no name of two words or more starts with this one
            return best
        for parts, code in longer:
            n = len(parts)
            if i + n > len(words) or (best is not None and n <= best.length):
                continue
            if not all(words[i + k].low == p for k, p in enumerate(parts[:-1])):
                continue
            last = words[i + n - 1].low
            if last.startswith(parts[-1]):
                rest = last[len(parts[-1]) :]
                if rest in self.place_suffixes:
                    best = PlaceHit(code, n, rest, False)
        return best

    def _place_hits(self, word: str, lang: str) -> _PlaceHits:
        """The demonym or one-word name *word* is, as :meth:`place_at` gives it, and the longer names starting with it.

        A demonym wins outright (no longer name is tried); of two demonyms or
        two one-word names the first in the table wins. Worked out once per word.
        """
        hits = self._places_seen.get((lang, word))
        if hits is None:
            demonyms = self._demonym_index.starting(word)
            if demonyms:
                (stem,), code = demonyms[0]
                hits = (PlaceHit(code, 1, word[len(stem) :], True), ())
            else:
                single: PlaceHit | None = None
                longer: list[_Entry] = []
                index = self._place_index.get(lang)
                for parts, code in index.starting(word) if index else ():
                    if len(parts) > 1:
                        if parts[0] == word:  # the words of a name before its last are written in full
                            longer.append((parts, code))
                    elif single is None and word[len(parts[0]) :] in self.place_suffixes:
                        single = PlaceHit(code, 1, word[len(parts[0]) :], False)
                hits = (single, tuple(longer))
            _remember(self._places_seen, (lang, word), hits)
        return hits


def _remember(cache: dict[tuple[str, str], Any], key: tuple[str, str], value: Any) -> None:
    """Keep *value* under *key*; a full cache is emptied first (a bound on memory, rarely reached)."""
    if len(cache) >= _SEEN_MAX:
        cache.clear()
    cache[key] = value


@functools.cache
def _match_key_table() -> dict[int, str]:
    """One Latin rendering for the letters of every script we read (lang/data/common.toml, [match_key])."""
    where = "lang/data/common.toml"
    table = expect_table(where, read_data("common.toml"), "match_key")
    for letter, latin in table.items():
        if len(letter) != 1 or not isinstance(latin, str):
            raise LanguageDataError(where, f"match_key.{letter}", "expected one letter = a string")
    return str.maketrans(table)


@functools.cache
def _match_key_starts() -> tuple[tuple[str, str], ...]:
    """The renderings of a key's start (lang/data/common.toml, [match_key_start]): ``ye`` → ``e``."""
    where = "lang/data/common.toml"
    table = expect_table(where, read_data("common.toml"), "match_key_start")
    for start, latin in table.items():
        if not isinstance(latin, str):
            raise LanguageDataError(where, f"match_key_start.{start}", "expected a start = a string")
    return tuple(table.items())


def transliterate(word: str) -> str:
    """The shared Latin key of a word (``савдо`` → ``savdo``, ``сауда`` → ``sauda``, ``savdo`` → ``savdo``,
    ``етказиш`` and ``yetkazish`` → ``etkazish``)."""
    key = word.lower().translate(_match_key_table())
    for start, latin in _match_key_starts():
        if key.startswith(start):
            return latin + key[len(start) :]
    return key


def same_key(a: str, b: str, *, score_cutoff: float = 80.0) -> bool:
    """Do two measure keys name the same thing? Equal, or two "~" keys whose spellings are close."""
    if a == b:
        return True
    if not (MeasureKey.parse(a).outside_lexicon and MeasureKey.parse(b).outside_lexicon):
        return False
    return fuzz.ratio(a[1:], b[1:], score_cutoff=score_cutoff) > 0


@functools.cache
def lexicon() -> Lexicon:
    """The lexicon, loaded once: the neutral concepts, and every language's words and places."""
    where = "lang/data/concepts.toml"
    raw = read_data("concepts.toml")
    concepts: dict[str, Concept] = {}
    for key in raw:
        table = expect_table(where, raw, key)
        units = frozenset(expect_list(where, table, "units", default=[]))
        generic = table.get("generic", "")
        if generic not in ("", "named", "stated"):
            raise LanguageDataError(where, f"{key}.generic", 'must be "named" or "stated"')
        rate, into, per_year = (table.get(name, False) for name in ("rate", "into", "per_year"))
        for name, flag in (("rate", rate), ("into", into), ("per_year", per_year)):
            if not isinstance(flag, bool):
                raise LanguageDataError(where, f"{key}.{name}", "must be true or false")
        concepts[key] = Concept(key, expect_str(where, table, "en"), expect_str(where, table, "kind"), units,
                                rate, generic, str(table.get("of", "")), str(table.get("worth", "")), into, per_year)
    for key, concept in concepts.items():
        if concept.of and concept.of not in concepts:
            raise LanguageDataError(where, f"{key}.of", f"no such concept: {concept.of}")
        if concept.worth and (concept.worth not in concepts or concepts[concept.worth].kind != "count"):
            raise LanguageDataError(where, f"{key}.worth", f"no such counted concept: {concept.worth}")

    stems: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    excluded: dict[str, list[str]] = {key: [] for key in concepts}
    phrases: dict[str, list[tuple[str, ...]]] = {}
    # the names of places, by the script they are written in: a page reads the names every language of its
    # script writes (a Kazakh spelling on an Uzbek page is still a place), not those of another script (the
    # Latin dateline "ASTANA." of a Cyrillic page is no place of its facts)
    names: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    demonym_list: list[tuple[str, str]] = []
    endings: set[str] = set()
    for lang in SUPPORTED:
        lwhere = f"lang/data/{lang}/concepts.toml"
        own = read_lang(lang, "concepts") if has_file(lang, "concepts") else {}
        for section, into in (("words", None), ("not", excluded)):
            table = expect_table(lwhere, own, section) if section in own else {}
            for key in table:
                if key not in concepts:
                    raise LanguageDataError(lwhere, f"{section}.{key}", "no such concept in lang/data/concepts.toml")
                words = expect_list(lwhere, table, key)
                if into is None:
                    stems.setdefault(lang, []).extend((tuple(w.lower().split()), key) for w in words)
                else:
                    for w in (w.lower() for w in words):
                        if len(w.split()) > 1:  # a phrase whose last word is a stem ("жеміс көкөніс")
                            phrases.setdefault(key, []).append(tuple(w.split()))
                        elif w not in into[key]:
                            into[key].append(w)
        pwhere = f"lang/data/{lang}/places.toml"
        praw = read_lang(lang, "places") if has_file(lang, "places") else {}
        for section in ("countries", "regions"):
            for code in expect_table(pwhere, praw, section) if section in praw else ():
                names.setdefault(language(lang).script, []).extend(
                    (tuple(s.lower().split()), code) for s in expect_list(pwhere, praw[section], code))
        # the endings a name takes where a language inflects it by changing its end (ru Казахстан-а, Туркестанск-ой)
        endings.update(expect_list(pwhere, praw, "endings", default=[]))
        for code in expect_table(pwhere, praw, "demonyms") if "demonyms" in praw else ():
            demonym_list += [(stem.lower(), code) for stem in expect_list(pwhere, praw["demonyms"], code)]
    places: dict[str, tuple[tuple[tuple[str, ...], str], ...]] = {}
    suffixes: set[str] = {"", *endings}
    for lang in SUPPORTED:
        data = load(lang)
        own_names = [(tuple(name.split()), code) for name, code in data.territories.items()]
        places[lang] = tuple(_unique(names.get(language(lang).script, []) + own_names))
        # the case endings a figure can take are the ones a name takes too (Қазақстанда, Россиянинг)
        suffixes.update(ending for ending, form in data.suffixes.items() if not form.ordinal)
    demonyms = tuple(_unique(demonym_list))
    return Lexicon(
        concepts=concepts,
        stems={lang: tuple(stems.get(lang, ())) for lang in SUPPORTED},
        places=places,
        demonyms=demonyms,
        place_suffixes=frozenset(suffixes),
        excluded={key: tuple(words) for key, words in excluded.items()},
        excluded_phrases={key: tuple(_unique(found)) for key, found in sorted(phrases.items())},
    )


def _unique(entries: list[Any]) -> list[Any]:
    """*entries* without repeats, first occurrence kept (two languages may write a name alike)."""
    return list(dict.fromkeys(entries))


# --------------------------------------------------------------------------- measures in words

# the English pattern of "<concept>_value" (a language's measures.toml gives its own)
_EN_VALUE_OF = "value of {}"


@functools.cache
def _measure_words(lang: str) -> tuple[dict[str, str], str]:
    """(concept key -> its name in *lang*, the pattern of "<concept>_value"); English glosses fill the gaps."""
    english = {key: c.en for key, c in lexicon().concepts.items()}
    if lang not in tags() or not has_file(lang, "measures"):
        return english, _EN_VALUE_OF
    where = f"lang/data/{lang}/measures.toml"
    data = read_lang(lang, "measures")
    names = expect_table(where, data, "names")
    return english | {key: expect_str(where, names, key) for key in names}, expect_str(where, data, "value_of")


def measure_name(measure: str, lang: str = "en", words: Iterable[str] = ()) -> str:
    """A measure key in words for a reader of *lang* (``en``, or a language with a ``measures.toml``).

    ``project`` → ``projects`` (``жобалар`` for kk); ``project_value`` → ``value of
    projects``; ``forum#21`` → ``forum №21``. A key of a noun outside the lexicon
    (``~kombayn``) has no name: the word the articles use (the most frequent of
    *words*, the claims' ``measure_text``) stands for it. A part names its whole and
    itself: ``inflation>food`` → ``inflation: food products``.
    """
    names, value_of = _measure_words(lang)
    key = MeasureKey.parse(measure)
    if key.parts:
        # a part of a measure: "inflation>food" → "inflation: food products"
        return ": ".join([measure_name(str(key.whole), lang, words), *(measure_name(p, lang) for p in key.parts)])
    base = str(attrs.evolve(key, instance=None))
    if key.outside_lexicon:
        seen = Counter(w for w in words if w)
        name = min(seen, key=lambda w: (-seen[w], w)) if seen else base[1:]
    elif base not in names and key.aspects == (MeasureAspect.VALUE,) and key.concept in names:
        name = value_of.format(names[key.concept])
    else:
        name = names.get(base, base.replace("_", " "))
    return name if key.instance is None else f"{name} №{key.instance}"
