"""Load and validate one language's data, and expand it into a table of word forms.

The hand-written file (``data/<tag>/numbers.toml``) lists stems, suffix families and
which chains of families may follow which stems; the generated CLDR tier
(``data/<tag>/cldr.toml``) adds scale words, month names, separators. Loading
expands every stem with every chain into :attr:`LangData.words`, a dict from
a lower-case surface form to the :class:`Form` readings it can have, so the
recogniser looks words up in one step instead of stripping suffixes.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Iterable, Mapping
from decimal import Decimal, InvalidOperation
from typing import Any

import attrs

from factrecon.errors import LanguageDataError
from factrecon.lang import canonical
from factrecon.lang._toml import expect_list, expect_list_table, expect_str_table, expect_table
from factrecon.lang.registry import read_lang
from factrecon.model import Qualifier

__all__ = ["CASES", "AfterQualifier", "Form", "LangData", "load"]

# The grammatical meaning of each suffix family's last member. A family not named
# here (plural, px3 on its own) carries no case.
CASES: Mapping[str, str] = {
    "gen": "gen", "gen_px": "gen",
    "acc": "acc", "acc_px": "acc",
    "dat": "dat", "dat_px": "dat",
    "loc": "loc", "loc_px": "loc",
    "abl": "abl", "abl_px": "abl",
    "instr": "instr",
    "locattr": "locattr", "locattr_px": "locattr",
    "lim": "lim",
    "adj": "adj",
    "px3": "px3",
}

#: The qualifiers a word can state (a range is two figures, not a word).
BOUNDS = frozenset(q.value for q in Qualifier if q is not Qualifier.RANGE)


@attrs.frozen
class Form:
    """One reading of a surface form.

    ``role`` is what the stem is: ``digit`` (0-9), ``ten``, ``hundred``,
    ``scale``, ``abbr`` (млн), ``fraction`` (жарым), ``point`` (бүтін),
    ``denom`` (оннан), ``vague`` (мыңдаған), ``several``, ``collective``,
    ``unit`` (a unit or currency word; ``unit`` holds its id) or ``month``.
    ``families`` are the suffix families after the stem, ``case`` the case the
    last of them gives ("" for none); ``ordinal`` marks -інші/-инчи forms.
    """

    role: str
    value: Decimal | None = None
    unit: str | None = None
    families: tuple[str, ...] = ()
    case: str = ""
    ordinal: bool = False

    @property
    def approx(self) -> bool:
        """Similative -дай or approximative -тача: "about N"."""
        return "sim" in self.families or "approx" in self.families

    @property
    def classifier(self) -> bool:
        return "cls" in self.families

    @property
    def distributive(self) -> bool:
        return "distr" in self.families


@attrs.frozen
class AfterQualifier:
    """A word after a figure that bounds it, and the case the figure must carry.

    ``tail`` is the case the qualifier word itself carries ("астамға" → "dat"),
    which matters for "50 пайыздан астамға артты" (grew by more than 50%).
    """

    bound: Qualifier
    case: str
    tail: str = ""


@attrs.frozen(eq=False)
class LangData:
    """Everything the recogniser and the speller know about one language."""

    tag: str
    words: Mapping[str, tuple[Form, ...]]
    suffixes: Mapping[str, Form]
    spaced_suffixes: frozenset[str]
    homographs: frozenset[str]
    #: the readings of the homographs a number word may be followed by ("он бірге": to eleven)
    continuations: Mapping[str, tuple[Form, ...]]
    lone_one_is_article: bool
    qualifiers_before: Mapping[tuple[str, ...], Qualifier]
    qualifiers_after: Mapping[tuple[str, ...], AfterQualifier]
    unit_phrases: Mapping[tuple[str, ...], str]
    #: the case the last word's ending gives a unit phrase ("квадрат метрга": dat), where it gives one
    unit_phrase_cases: Mapping[tuple[str, ...], str]
    unit_prefixes: Mapping[str, frozenset[str]]
    symbols: Mapping[str, str]
    change_stems: tuple[str, ...]
    times_words: Mapping[str, str]  # surface -> the case it carries (есе, есеге, марта, баравардан)
    several: frozenset[tuple[str, ...]]
    year_range: tuple[int, int]
    decimal_separator: str
    spell: Mapping[str, Any]
    numbers: Mapping[str, Mapping[str, Decimal]]
    ordinal_word_suffixes: tuple[str, ...]
    ordinal_stem_changes: Mapping[str, str]
    territories: Mapping[str, str]
    months: Mapping[int, tuple[str, ...]]
    decimal_point: str
    denominators: Mapping[int, str]
    # qualifiers before a figure that, after a change verb in the clause, close the change (ru "до")
    level_after_change: frozenset[tuple[str, ...]] = frozenset()
    change_from: frozenset[str] = frozenset()  # "с 16,5% до 18%": the word that opens a change's start
    intent_stems: tuple[str, ...] = ()  # words of intent: a "до" after them stays a target
    change_prepositions: frozenset[str] = frozenset()  # "вырос на 12%", "в 1,3 раза"
    # an ordinal of a round scale in one word (ru "двухтысячный"): count -> its first prefix (двух), and
    # scale -> its ordinal stem (тысячн), from [ordinals.compounds]; empty where the language has none
    ordinal_compound_counts: Mapping[int, str] = attrs.field(factory=dict)
    ordinal_compound_scales: Mapping[int, str] = attrs.field(factory=dict)
    denominator_after: bool = False  # ru "две целых пять десятых": the denominator after the numerator
    decimal_and: frozenset[str] = frozenset()  # ru "и": the point or after it, with a denominator only
    ordinal_titles: tuple[str, ...] = ()  # "первый заместитель": an ordinal word before these is a title
    number_phrases: Mapping[tuple[str, ...], Form] = attrs.Factory(dict)  # "с половиной": inside a number

    def forms(self, word: str) -> tuple[Form, ...]:
        return self.words.get(word, ())


def _decimal(where: str, key: str, value: object) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, int | str):
        raise LanguageDataError(where, key, f"expected a number, found {value!r}")
    try:
        return Decimal(value)
    except InvalidOperation as exc:
        raise LanguageDataError(where, key, f"not a number: {value!r}") from exc


def _month_numbers(where: str, key: str, table: object) -> dict[str, int]:
    """A table of month names (or numbers, as strings) to month numbers 1-12; its keys stay as given."""
    if not isinstance(table, dict):
        raise LanguageDataError(where, key, f"expected a table, found {type(table).__name__}")
    out: dict[str, int] = {}
    for name, value in table.items():
        try:
            month = int(value)
        except (TypeError, ValueError):
            month = 0
        if isinstance(value, bool) or not 1 <= month <= 12:
            raise LanguageDataError(where, f"{key}.{name}", f"expected a month number 1-12, found {value!r}")
        out[name] = month
    return out


def _numbers(where: str, table: Mapping[str, Any], key: str) -> dict[str, Decimal]:
    sub = expect_table(where, table, key)
    return {word: _decimal(where, f"{key}.{word}", v) for word, v in sub.items()}


def _chains(where: str, families: Mapping[str, list[str]], chains: Iterable[str], key: str) -> list[tuple[str, ...]]:
    """Validate chains like "px3 abl_px" against the known families."""
    out = []
    for chain in chains:
        names = tuple(chain.split())
        for name in names:
            if name not in families:
                raise LanguageDataError(where, key, f"unknown suffix family {name!r} in chain {chain!r}")
        out.append(names)
    return out


def _expand(families: Mapping[str, list[str]], chain: tuple[str, ...]) -> Iterable[tuple[str, tuple[str, ...]]]:
    """Every surface ending a chain can take, with the chain itself."""
    for parts in itertools.product(*(families[name] for name in chain)):
        yield "".join(parts), chain


def _case_of(chain: tuple[str, ...]) -> str:
    for name in reversed(chain):
        if name in CASES:
            return CASES[name]
    return ""


class _Builder:
    """Collects forms; a surface may have several readings."""

    def __init__(self) -> None:
        self.words: dict[str, list[Form]] = {}

    def add(self, surface: str, form: Form) -> None:
        readings = self.words.setdefault(surface.lower(), [])
        if form not in readings:
            readings.append(form)

    def add_stem(
        self,
        stem: str,
        base: Form,
        families: Mapping[str, list[str]],
        chains: Iterable[tuple[str, ...]],
        *,
        ordinal: bool = False,
    ) -> None:
        for chain in chains:
            # one Form per chain, shared by all its endings (building one per ending was half of load())
            form = attrs.evolve(base, families=chain, case=_case_of(chain), ordinal=ordinal)
            for ending, _ in _expand(families, chain):
                self.add(stem + ending, form)


def _phrase(words: str) -> tuple[str, ...]:
    return tuple(words.lower().split())


@functools.cache
def load(tag: str) -> LangData:
    """The data for one language (any tag :func:`factrecon.lang.canonical` accepts), loaded once and cached."""
    tag = canonical(tag)
    where = f"lang/data/{tag}/numbers.toml"
    raw = read_lang(tag, "numbers")
    cldr_where = f"lang/data/{tag}/cldr.toml"
    cldr = read_lang(tag, "cldr")

    numbers = expect_table(where, raw, "numbers")
    families = {k: expect_list(where, raw["suffixes"], k, default=[]) for k in expect_table(where, raw, "suffixes")
                if k != "chains"}
    chains_table = expect_table(where, raw["suffixes"], "chains")

    def chains_at(table: Mapping[str, Any], key: str, name: str) -> list[tuple[str, ...]]:
        return _chains(where, families, expect_list(where, table, key, allow_empty=True), name)

    number_chains = chains_at(chains_table, "number", "suffixes.chains.number")
    noun_chains = chains_at(chains_table, "noun", "suffixes.chains.noun")
    ordinals = expect_table(where, raw, "ordinals")
    ordinal_chains = chains_at(ordinals, "chains", "ordinals.chains")
    word_ord = expect_list(where, ordinals, "word_suffixes")
    stem_changes = expect_str_table(where, ordinals, "stem_changes") if "stem_changes" in ordinals else {}
    # stems_only: only the stems of stem_changes have ordinals (ru: the case forms of a cardinal have none)
    ordinal_stems_only = ordinals.get("stems_only", False) is True

    b = _Builder()
    value_tables: dict[str, dict[str, Decimal]] = {}
    for role, key in (("digit", "units"), ("ten", "tens"), ("hundred", "hundred"), ("scale", "scales")):
        table = _numbers(where, numbers, key)
        value_tables[role] = table
        for stem, value in table.items():
            base = Form(role, value)
            b.add_stem(stem, base, families, number_chains)
            if ordinal_stems_only and stem not in stem_changes:
                continue
            ord_stem = stem_changes.get(stem, stem)
            ord_families = {**families, "_ord": word_ord}
            b.add_stem(ord_stem, base, ord_families, [("_ord", *c) for c in ordinal_chains], ordinal=True)
    # an ordinal of a scale with its count in one word: ru "двух" + "тысячн" -> "двухтысячный" (2000th)
    compounds = expect_table(where, ordinals, "compounds") if "compounds" in ordinals else {}
    compound_counts: dict[int, str] = {}
    compound_scales: dict[int, str] = {}
    if compounds:
        counts = _numbers(where, compounds, "counts")
        ord_families = {**families, "_ord": word_ord}
        for stem, scale in _numbers(where, compounds, "scales").items():
            compound_scales.setdefault(int(scale), stem)
            for prefix, count in counts.items():
                b.add_stem(prefix + stem, Form("scale", count * scale), ord_families,
                           [("_ord", *c) for c in ordinal_chains], ordinal=True)
        for prefix, count in counts.items():
            compound_counts.setdefault(int(count), prefix)  # the first listed is the standard (трёх, not трех)
    # half a scale in one word, read as a scale word worth half of it: ru "полмиллиона" (not in
    # value_tables: spell() writes the scale words of those)
    for stem, scale in _numbers(where, numbers, "halves").items() if "halves" in numbers else ():
        b.add_stem(stem, Form("scale", scale / 2), families, number_chains)
    reading = expect_table(where, numbers, "reading")
    lone_one = reading.get("lone_one_is_article", True)
    if not isinstance(lone_one, bool):
        key = "numbers.reading.lone_one_is_article"
        raise LanguageDataError(where, key, f"expected true or false, found {lone_one!r}")
    # CLDR's compact scale words, unless the hand-written file says to ignore one
    ignored = set(expect_list(where, reading, "ignore_cldr_scales", default=[]))
    for word, power in expect_table(cldr_where, cldr, "scales").items():
        if word not in ignored and word.lower() not in b.words:
            b.add_stem(word, Form("abbr" if len(word) <= 5 else "scale", _decimal(cldr_where, word, power)),
                       families, number_chains)
    for stem, value in _numbers(where, numbers, "abbreviations").items():
        for surface in (stem, stem + "."):
            b.add(surface, Form("abbr", value))
    number_phrases: dict[tuple[str, ...], Form] = {}
    for stem, value in _numbers(where, numbers, "fractions").items():
        if " " in stem:  # "с половиной": a phrase after the number it adds to, without endings
            number_phrases[_phrase(stem)] = Form("fraction", value)
        else:
            b.add_stem(stem, Form("fraction", value), families, number_chains)
    decimal = expect_table(where, numbers, "decimal")
    points = expect_list(where, decimal, "point")
    if not points:
        raise LanguageDataError(where, "numbers.decimal.point", "expected at least one word")
    for word in points:
        b.add(word, Form("point"))
    denominators: dict[int, str] = {}
    for word, value in expect_table(where, decimal, "denominators").items():
        denom = _decimal(where, f"numbers.decimal.denominators.{word}", value)
        b.add(word, Form("denom", denom))
        denominators[int(denom)] = word
    for stem, value in _numbers(where, numbers, "vague").items():
        b.add_stem(stem, Form("vague", value), families, noun_chains)
    collectives = expect_table(where, raw, "collectives")
    coll_suffixes = expect_table(where, collectives, "digit_suffixes")
    coll_chains = chains_at(coll_suffixes, "chains", "collectives.digit_suffixes.chains")
    for stem, value in collectives.items():
        if stem != "digit_suffixes":
            b.add_stem(stem, Form("collective", _decimal(where, f"collectives.{stem}", value)), families, coll_chains)

    change = expect_table(where, raw, "change")
    for stem, value in change.get("multiplicatives", {}).items():
        # "вдвое": a number and the unit "times" in one word
        b.add(stem, Form("times", _decimal(where, f"change.multiplicatives.{stem}", value), unit="times"))

    units = expect_table(where, raw, "units")
    unit_phrases: dict[tuple[str, ...], str] = {}
    unit_phrase_cases: dict[tuple[str, ...], str] = {}
    for unit in units:
        if unit in ("symbols", "prefixes"):
            continue
        for stem in expect_list(where, units, unit):
            parts = stem.replace("-", " ").split()
            if len(parts) > 1:
                # a phrase: the last word takes the suffixes
                head = _phrase(" ".join(parts[:-1]))
                for chain in noun_chains:
                    for ending, _ in _expand(families, chain):
                        written = (*head, (parts[-1] + ending).lower())
                        unit_phrases[written] = unit
                        if (case := _case_of(chain)) and ending:
                            unit_phrase_cases.setdefault(written, case)
            else:
                b.add_stem(stem, Form("unit", unit=unit), families, noun_chains)
    months: dict[int, tuple[str, ...]] = {}
    dates = expect_table(where, raw, "dates")
    extra_months = _month_numbers(where, "dates.months", dates.get("months", {}))
    cldr_months = expect_list_table(cldr_where, cldr, "months")
    month_of = _month_numbers(cldr_where, "months", {number: number for number in cldr_months})
    for number, cldr_names in cldr_months.items():
        month = month_of[number]
        month_names = cldr_names + [name for name, n in extra_months.items() if n == month]
        months[month] = tuple(month_names)
        for name in month_names:
            # an abbreviation (another name of the month starts with it and goes on for two letters or more:
            # янв, yan, sen; not декабр of декабрь) is read bare, with no ending: yan + -gi would be "yangi"
            # (new), sen + -i "seni" (you)
            short = any(len(other) > len(name) + 1 and other.startswith(name) for other in month_names)
            b.add_stem(name, Form("month", Decimal(month)), families, [()] if short else noun_chains)

    homograph_table = expect_table(where, numbers, "homographs")
    homographs = frozenset(w.lower() for w in expect_list(where, homograph_table, "words"))
    never = frozenset(w.lower() for w in expect_list(where, homograph_table, "never", default=[]))
    words = {w: tuple(forms) for w, forms in b.words.items() if w not in homographs}
    # a homograph right after a number word goes on with it: "он бірге" (to eleven), "тоғыз жүз онда"
    continuations = {w: tuple(forms) for w, forms in b.words.items() if w in homographs and w not in never}

    # endings that may follow a digit: case chains, ordinal and collective suffixes
    suffixes: dict[str, Form] = {}
    for chain in number_chains:
        for ending, names in _expand(families, chain):
            if ending:
                suffixes.setdefault(ending, Form("suffix", families=names, case=_case_of(names)))
    ord_families = {**families, "_ord": expect_list(where, ordinals, "digit_suffixes")}
    for chain in ordinal_chains:
        for ending, names in _expand(ord_families, ("_ord", *chain)):
            suffixes.setdefault(ending, Form("suffix", families=names, case=_case_of(names), ordinal=True))
    coll_families = {**families, "_coll": expect_list(where, coll_suffixes, "forms", default=[], allow_empty=True)}
    if coll_families["_coll"]:
        for chain in coll_chains:
            for ending, names in _expand(coll_families, ("_coll", *chain)):
                suffixes.setdefault(ending, Form("collective", families=names, case=_case_of(names)))

    qualifiers = expect_table(where, raw, "qualifiers")
    before: dict[tuple[str, ...], Qualifier] = {}
    for phrase, bound in expect_table(where, qualifiers, "before").items():
        if not isinstance(bound, str) or bound not in BOUNDS:
            raise LanguageDataError(where, f"qualifiers.before.{phrase}", f"unknown bound {bound!r}")
        before[_phrase(phrase)] = Qualifier(bound)
    after: dict[tuple[str, ...], AfterQualifier] = {}
    for phrase, spec in expect_table(where, qualifiers, "after").items():
        key = f"qualifiers.after.{phrase}"
        valid = isinstance(spec, dict) and all(isinstance(spec.get(k), str) for k in ("bound", "case"))
        valid = valid and spec["bound"] in BOUNDS and spec["case"] in ("any", "abl", "dat")
        if not valid:
            raise LanguageDataError(where, key, "expected { bound = <a bound>, case = any|abl|dat }")
        key_words = _phrase(phrase)
        after[key_words] = AfterQualifier(Qualifier(spec["bound"]), spec["case"])
        for chain in number_chains:
            for ending, names in _expand(families, chain):
                if ending and _case_of(names) == "dat":
                    after.setdefault(
                        (*key_words[:-1], key_words[-1] + ending),
                        AfterQualifier(Qualifier(spec["bound"]), spec["case"], "dat"),
                    )

    times_words: dict[str, str] = {}
    for stem in expect_list(where, change, "times"):
        for chain in number_chains:
            for ending, names in _expand(families, chain):
                times_words.setdefault((stem + ending).lower(), _case_of(names))
    spell = expect_table(where, raw, "spell")
    # what spell() and parse_number() read; optional (a language may not be spelled), but of its type
    for key in ("minus", "vowels", "back_vowels", "front_vowels"):  # letters may be none (no vowel harmony)
        if key in spell and not (isinstance(spell[key], str) and (spell[key] or key != "minus")):
            raise LanguageDataError(where, f"spell.{key}", f"expected a string, found {spell[key]!r}")
    for key in ("bare_one", "consonant_final"):
        expect_list(where, spell, key, default=[])
    year_range = dates.get("year_range", [1000, 2100])
    if not (isinstance(year_range, list) and len(year_range) == 2
            and all(isinstance(y, int) and not isinstance(y, bool) for y in year_range)):
        raise LanguageDataError(where, "dates.year_range", f"expected [first, last] years, found {year_range!r}")
    territories = {name.lower(): code for name, code in expect_str_table(cldr_where, cldr, "territories").items()}
    prefixes = expect_list_table(where, units, "prefixes") if "prefixes" in units else {}
    decimal_separator = expect_table(cldr_where, cldr, "numbers").get("decimal", ",")
    if not isinstance(decimal_separator, str) or not decimal_separator:
        raise LanguageDataError(cldr_where, "numbers.decimal", f"expected a string, found {decimal_separator!r}")
    return LangData(
        tag=tag,
        words=words,
        suffixes=suffixes,
        spaced_suffixes=frozenset(expect_list(where, raw["suffixes"]["chains"], "spaced", default=[])),
        homographs=homographs,
        continuations=continuations,
        lone_one_is_article=lone_one,
        qualifiers_before=before,
        qualifiers_after=after,
        unit_phrases=unit_phrases,
        unit_phrase_cases=unit_phrase_cases,
        unit_prefixes={unit: frozenset(p.lower() for p in ps) for unit, ps in prefixes.items()},
        symbols=expect_str_table(where, units, "symbols") if "symbols" in units else {},
        change_stems=tuple(expect_list(where, change, "verb_stems")),
        times_words=times_words,
        several=frozenset(_phrase(p) for p in expect_list(where, expect_table(where, numbers, "several"), "words")),
        year_range=(int(year_range[0]), int(year_range[1])),
        decimal_separator=decimal_separator,
        spell=spell,
        numbers=value_tables,
        ordinal_word_suffixes=tuple(word_ord),
        ordinal_stem_changes=stem_changes,
        ordinal_compound_counts=compound_counts,
        ordinal_compound_scales=compound_scales,
        territories=territories,
        months=months,
        decimal_point=points[0],
        denominators=denominators,
        level_after_change=frozenset(_phrase(p) for p in expect_list(where, change, "levels", default=[])),
        change_from=frozenset(w.lower() for w in expect_list(where, change, "from_words", default=[])),
        intent_stems=tuple(w.lower() for w in expect_list(where, change, "intent_stems", default=[])),
        change_prepositions=frozenset(w.lower() for w in expect_list(where, change, "prepositions", default=[])),
        denominator_after=decimal.get("denominator_after", False) is True,
        decimal_and=frozenset(w.lower() for w in expect_list(where, decimal, "and", default=[])),
        ordinal_titles=tuple(w.lower() for w in expect_list(where, ordinals, "titles", default=[])),
        number_phrases=number_phrases,
    )

