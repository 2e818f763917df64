"""Concepts and places shared across Kazakh and Uzbek, matched on word stems.

``lexicon()`` loads lang/data/concepts.toml (what numbers count or measure),
lang/data/places.toml (a gazetteer) and the CLDR territory names of each
language. A noun outside the lexicon gets a key from a transliteration shared by
the two languages, so cognates meet (колледж / коллеж → ``~kolledj``, with
rapidfuzz deciding near spellings: :func:`same_key`).
"""

from __future__ import annotations

import functools
from collections.abc import Collection, Mapping, Sequence
from typing import Protocol

import attrs
from rapidfuzz import fuzz

from factrecon.lang import SUPPORTED
from factrecon.lang._toml import expect_list, expect_str, expect_table, read_data
from factrecon.lang.data import load

__all__ = ["Concept", "Lexicon", "lexicon", "same_key", "transliterate"]

# One Latin rendering for the Cyrillic letters of both languages, so that a
# Kazakh and an Uzbek spelling of the same loanword meet. Not a standard
# romanisation: a matching key (ISO 9 and the Uzbek Latin alphabet were the models).
_TRANSLIT = str.maketrans({
    "а": "a", "ә": "a", "б": "b", "в": "v", "г": "g", "ғ": "g", "д": "d", "е": "e", "ё": "yo", "ж": "j",
    "з": "z", "и": "i", "й": "y", "к": "k", "қ": "q", "л": "l", "м": "m", "н": "n", "ң": "n", "о": "o",
    "ө": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ұ": "u", "ү": "u", "ў": "o", "ф": "f",
    "х": "h", "ҳ": "h", "һ": "h", "ц": "s", "ч": "ch", "ш": "sh", "щ": "sh", "ъ": "", "ы": "i", "і": "i",
    "ь": "", "э": "e", "ю": "yu", "я": "ya",
})


# (the words of a stem or name, its concept key or place code)
_Entry = tuple[tuple[str, ...], str]
# the first one or two letters of an entry's first word -> (its position, the entry)
_Index = Mapping[str, tuple[tuple[int, _Entry], ...]]


def _index(entries: Sequence[_Entry]) -> _Index:
    """Entries by the first two letters of their first word (one for a one-letter word)."""
    out: dict[str, list[tuple[int, _Entry]]] = {}
    for pos, entry in enumerate(entries):
        out.setdefault(entry[0][0][:2], []).append((pos, entry))
    return {k: tuple(v) for k, v in out.items()}


def _starting(index: _Index, word: str) -> list[_Entry]:
    """The entries whose first word *word* can start with, in their original order."""
    hits = index.get(word[:2], ()) + (index.get(word[:1], ()) if len(word) >= 2 else ())
    return [entry for _, entry in sorted(hits, key=lambda h: h[0])]


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

    def fits(self, unit: str) -> bool:
        return not self.units or unit in self.units


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
    # lang -> the first letters of a name or stem -> the entries (in their order in `places`, `stems`)
    _place_index: Mapping[str, _Index] = attrs.field(init=False, factory=dict, repr=False)
    _stem_index: Mapping[str, _Index] = attrs.field(init=False, factory=dict, repr=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "_place_index", {lang: _index(v) for lang, v in self.places.items()})
        object.__setattr__(self, "_stem_index", {lang: _index(v) for lang, v in self.stems.items()})

    def _names_starting(self, word: str, lang: str) -> list[_Entry]:
        """The place names that can start at *word*."""
        return _starting(self._place_index.get(lang, {}), word)

    def at(self, words: Sequence[_HasLow], i: int, lang: str) -> tuple[Concept, str] | None:
        """The concept whose stem starts at word *i* (the longest one), with the words it covers."""
        match = self._match(words, i, lang)
        if match is None:
            return None
        n, key, _ = match
        return self.concepts[key], " ".join(w.low for w in words[i : i + n])

    def _match(self, words: Sequence[_HasLow], i: int, lang: str) -> tuple[int, str, str] | None:
        """(how many words, concept key, the ending after the stem) of the longest stem at word *i*."""
        best: tuple[int, str, str] | None = None
        for parts, key in _starting(self._stem_index.get(lang, {}), words[i].low):
            n = len(parts)
            if (best is not None and n <= best[0]) or i + n > len(words):
                continue
            last = words[i + n - 1].low
            if all(words[i + k].low.startswith(p) for k, p in enumerate(parts)) and not self._excluded(last, key):
                best = (n, key, last[len(parts[-1]) :])
        return best

    def find_head(
        self,
        words: Sequence[_HasLow],
        lang: str,
        modifier_endings: Collection[str],
        possessive_endings: Collection[str] = (),
    ) -> tuple[Concept, str, bool] | None:
        """The head noun's concept among *words*, with its words and whether only a modifier was found.

        A noun in a case that makes it a modifier (genitive, locative, ablative:
        ``университеттің филиалы``, ``университетларида``) is passed over for the
        next concept; when no other follows, the modifier is returned, marked True.
        Of two concept nouns in a row the second is the head when it carries the
        possessive of a compound (``давлат дастури``, not ``оқушы мектеп бітіреді``).
        """
        fallback: tuple[Concept, str, bool] | None = None
        for i in range(len(words)):
            match = self._match(words, i, lang)
            if match is None:
                continue
            n, key, ending = match
            found = (self.concepts[key], " ".join(w.low for w in words[i : i + n]))
            if not any(ending.endswith(e) for e in modifier_endings):
                following = self._match(words, i + n, lang) if i + n < len(words) else None
                if (following is not None and self.concepts[following[1]].kind != "amount"
                        and any(following[2].endswith(e) for e in possessive_endings)):
                    # a noun compound's head is its last noun: "давлат дастури" (state programme);
                    # not "14 жоба құны" (14 projects' value), an amount
                    n2, key2, _ = following
                    return self.concepts[key2], " ".join(w.low for w in words[i + n : i + n + n2]), False
                return found[0], found[1], False
            if fallback is None:
                fallback = (found[0], found[1], True)
        return fallback

    def _excluded(self, word: str, key: str) -> bool:
        """Does *word* begin like a stem of *key* without naming it (мемлекеттік "state-", not мемлекет)?"""
        return any(word.startswith(x) for x in self.excluded.get(key, ()))

    def find(self, words: Sequence[_HasLow], lang: str) -> tuple[Concept, str] | None:
        """The first concept named in *words*."""
        for i in range(len(words)):
            found = self.at(words, i, lang)
            if found is not None:
                return found
        return None

    def key_for(self, word: str, lang: str) -> str:
        """A key for a noun outside the lexicon: its transliterated stem, prefixed with "~"."""
        del lang
        return "~" + transliterate(word)[:7]

    def place_at(self, words: Sequence[_HasLow], i: int, lang: str) -> tuple[str, int, str, bool] | None:
        """A place named at word *i*: (code, how many words, the ending after the name, is it a demonym)."""
        w = words[i].low
        for stem, code in self.demonyms:
            if w.startswith(stem):
                return code, 1, w[len(stem) :], True
        best: tuple[str, int, str, bool] | None = None
        for parts, code in self._names_starting(w, lang):
            n = len(parts)
            if i + n > len(words) or (best is not None and n <= best[1]):
                continue
            if not all(words[i + k].low == p for k, p in enumerate(parts[:-1])):
                continue
            last = words[i + n - 1].low
            if last.startswith(parts[-1]):
                rest = last[len(parts[-1]) :]
                if rest in self.place_suffixes:
                    best = (code, n, rest, False)
        return best


def transliterate(word: str) -> str:
    """The shared Latin key of a Kazakh or Uzbek word (``савдо`` → ``savdo``, ``сауда`` → ``sauda``)."""
    return word.lower().translate(_TRANSLIT)


def same_key(a: str, b: str, *, score_cutoff: float = 80.0) -> bool:
    """Do two measure keys name the same thing? Equal, or two "~" keys whose spellings are close."""
    if a == b:
        return True
    if not (a.startswith("~") and b.startswith("~")):
        return False
    return fuzz.ratio(a[1:], b[1:], score_cutoff=score_cutoff) > 0


@functools.cache
def lexicon() -> Lexicon:
    """The lexicon, loaded once."""
    where = "lang/data/concepts.toml"
    raw = read_data("concepts.toml")
    concepts: dict[str, Concept] = {}
    stems: dict[str, list[tuple[tuple[str, ...], str]]] = {lang: [] for lang in SUPPORTED}
    excluded: dict[str, tuple[str, ...]] = {}
    for key in raw:
        table = expect_table(where, raw, key)
        excluded[key] = tuple(w.lower() for w in expect_list(where, table, "not", default=[]))
        units = frozenset(expect_list(where, table, "units", default=[]))
        concepts[key] = Concept(key, expect_str(where, table, "en"), expect_str(where, table, "kind"), units)
        for lang in SUPPORTED:
            for stem in expect_list(where, table, lang, default=[]):
                stems[lang].append((tuple(stem.lower().split()), key))

    pwhere = "lang/data/places.toml"
    praw = read_data("places.toml")
    names: list[tuple[tuple[str, ...], str]] = []
    for section in ("countries", "regions"):
        for code in expect_table(pwhere, praw, section):
            names += [(tuple(s.lower().split()), code) for s in expect_list(pwhere, praw[section], code)]
    places: dict[str, tuple[tuple[tuple[str, ...], str], ...]] = {}
    suffixes: set[str] = {""}
    for lang in SUPPORTED:
        data = load(lang)
        own = [(tuple(name.split()), code) for name, code in data.territories.items()]
        places[lang] = tuple(names + own)
        # the case endings a figure can take are the ones a name takes too (Қазақстанда, Россиянинг)
        suffixes.update(ending for ending, form in data.suffixes.items() if not form.ordinal)
    demonyms = tuple(
        (stem.lower(), code)
        for code in expect_table(pwhere, praw, "demonyms")
        for stem in expect_list(pwhere, praw["demonyms"], code)
    )
    return Lexicon(
        concepts=concepts,
        stems={lang: tuple(v) for lang, v in stems.items()},
        places=places,
        demonyms=demonyms,
        place_suffixes=frozenset(suffixes),
        excluded=excluded,
    )
