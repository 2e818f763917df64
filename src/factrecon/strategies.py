"""Hypothesis strategies for Kazakh and Uzbek (Cyrillic) numbers, quantities, claims and article sets.

hypothesis is one of factrecon's dependencies, so this module imports in any order.
``import factrecon`` never imports this module, so notebooks and editorial tools
do not pay for hypothesis.

Every strategy draws a small frozen value that holds both the text and what
factrecon must read from it:

* :func:`numbers` draws a :class:`WrittenNumber`: a number and one way news writes it
  (``1 250 000``, ``504,4``, ``екі мың жиырма бес``, ``2,5 млн``, ``4 миллиард 400 миллион``,
  ``30-дан``, ``мыңнан``), with the vowel harmony of Kazakh suffixes taken from the
  ``[harmony]`` tables of the language data;
* :func:`quantities` draws a :class:`Phrase`: a quantity phrase (qualifiers, ranges,
  currencies, percentages, changes) with the :class:`~factrecon.Quantity` it must yield;
* :func:`claims` draws a :class:`~factrecon.Claim`;
* :func:`article_sets` draws an :class:`ArticleSet`: a few articles in both languages
  stating shared facts, with the facts and verdicts :func:`~factrecon.reconcile` must
  find, optionally with injected conflicts, divergences, repeats and hard negatives.

Examples shrink to small, readable cases: towards 0 and 1, digits, no suffix, no
qualifier, Kazakh, one fact, two documents.

``st.from_type(factrecon.Quantity)`` draws from :func:`expected_quantities` and
``st.from_type(factrecon.Claim)`` from :func:`claims`: factrecon registers them with
hypothesis through a tiny plugin (``_factrecon_hypothesis``) that imports this module
only when a test first asks for one of the types.
"""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Callable, Collection, Mapping, Sequence
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal

import attrs
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from factrecon.document import Document
from factrecon.errors import LanguageDataError
from factrecon.lang import SUPPORTED, canonical
from factrecon.lang._toml import expect_list, expect_str, expect_table, read_data
from factrecon.lang.data import LangData, load
from factrecon.lang.registry import has_file, read_lang
from factrecon.model import Claim, Kind, Qualifier, Quantity, Span, Verdict
from factrecon.quantities import stated_bounds
from factrecon.spell import spell

__all__ = [
    "FORMS",
    "ArticleSet",
    "ExpectedFact",
    "Phrase",
    "WrittenNumber",
    "article_sets",
    "claims",
    "expected_quantities",
    "languages",
    "numbers",
    "quantities",
]

#: The ways :func:`numbers` can write a number, simplest first (examples shrink towards the first).
FORMS: tuple[str, ...] = ("digits", "words", "scaled", "abbreviated", "compound")

# Spaces news puts between digit groups: none, ASCII, no-break, narrow no-break, thin.
_GROUP_SEPARATORS = ("", " ", "\u00a0", "\u202f", "\u2009")
_SPELL_LIMIT = Decimal(10) ** 18
_ZERO = Decimal(0)
_ONE = Decimal(1)


# --------------------------------------------------------------------------- value types


@attrs.frozen
class WrittenNumber:
    """A number and one way of writing it.

    ``value`` is what :func:`~factrecon.parse_number` must return for ``text``;
    ``form`` is one of :data:`FORMS`; ``precision`` the step of the last written
    digit or spoken term (``2,5 млн`` → 1E+5, ``екі мың`` → 1000); ``case`` the
    suffix family on the number (``"abl"`` for ``30-дан``, ``""`` for none).

    .. versionadded:: 0.1.0
    """

    value: Decimal
    text: str
    lang: str
    form: str = "digits"
    precision: Decimal = _ONE
    case: str = ""


@attrs.frozen
class Phrase:
    """A text and the one :class:`~factrecon.Quantity` factrecon must find in it.

    ``expected.start``/``expected.end`` index ``text``; a change verb after the
    quantity (``12,7 пайызға өсті``) is part of ``text`` but not of the span.

    .. versionadded:: 0.1.0
    """

    text: str
    expected: Quantity

    @property
    def lang(self) -> str:
        return self.expected.lang


@attrs.frozen
class ExpectedFact:
    """A fact an :class:`ArticleSet` states: its measure and unit, who states it, and its verdict.

    ``injected`` is ``"conflict"`` or ``"divergence"`` when one document was made to
    disagree, ``None`` when every document states the same figure.

    .. versionadded:: 0.1.0
    """

    measure: str
    unit: str
    verdict: Verdict
    doc_ids: tuple[str, ...]
    injected: str | None = None


@attrs.frozen
class ArticleSet:
    """A few articles, the facts they share and the verdict on each.

    ``documents`` are the articles; ``facts`` the facts stated by at least two of
    them. ``negatives`` are the measures stated with the same figure as a fact but
    measuring something else: no fact may mix them with the fact's measure.
    ``repeated`` names the documents that state one of their sentences twice;
    ``unrepeated`` are the same documents without the repetition (a repeat must
    change no verdict).

    .. versionadded:: 0.1.0
    """

    documents: tuple[Document, ...]
    facts: tuple[ExpectedFact, ...]
    negatives: tuple[str, ...] = ()
    repeated: tuple[str, ...] = ()
    unrepeated: tuple[Document, ...] = ()

    @property
    def injected(self) -> tuple[ExpectedFact, ...]:
        """The facts made to disagree."""
        return tuple(f for f in self.facts if f.injected is not None)


# --------------------------------------------------------------------------- language data


@attrs.frozen
class _Harmony:
    families: tuple[str, ...]
    classes: Mapping[str, Mapping[str, str]]
    words: Mapping[str, str]
    default: str | None

    def ending(self, word: str, family: str) -> str | None:
        """The ending of *family* after the spoken *word*, or None when the data has no class for it."""
        cls = self.words.get(word.lower(), self.default)
        if cls is None:
            return None
        return self.classes[cls].get(family)


@attrs.frozen
class _Lang:
    tag: str
    data: LangData
    harmony: _Harmony
    abbreviations: tuple[tuple[str, Decimal], ...]
    scale_words: tuple[tuple[str, Decimal], ...]
    units: Mapping[str, tuple[str, ...]]
    prefixes: Mapping[str, tuple[str, ...]]
    spaced: frozenset[str]
    percent_word: str


@functools.cache
def _lang(tag: str) -> _Lang:
    data = load(tag)
    where = f"lang/data/{tag}/numbers.toml"
    raw = read_lang(tag, "numbers")
    h = expect_table(where, raw, "harmony")
    classes = {k: dict(v) for k, v in expect_table(where, h, "classes").items()}
    harmony = _Harmony(tuple(h["families"]), classes, dict(h.get("words", {})), h.get("default"))
    numbers = expect_table(where, raw, "numbers")
    abbreviations = tuple((w, Decimal(v)) for w, v in expect_table(where, numbers, "abbreviations").items())
    scales = tuple(
        sorted(((w, Decimal(v)) for w, v in expect_table(where, numbers, "scales").items()), key=lambda p: p[1])
    )
    # one scale word per value, the first the file lists (трилион and триллион: the first)
    seen: dict[Decimal, str] = {}
    for w, v in expect_table(where, numbers, "scales").items():
        seen.setdefault(Decimal(v), w)
    scales = tuple(sorted(((w, v) for v, w in seen.items()), key=lambda p: p[1]))
    units_table = expect_table(where, raw, "units")
    # the one-word stems of each unit (a phrase, "долларов США", is read but not written here)
    words = {
        unit: tuple(s for s in stems if " " not in s and "-" not in s)
        for unit, stems in units_table.items()
        if unit not in ("symbols", "prefixes", "count") and isinstance(stems, list)
    }
    units = {unit: stems for unit, stems in words.items() if stems}
    prefixes = {unit: tuple(p) for unit, p in units_table.get("prefixes", {}).items()}
    return _Lang(
        tag=tag,
        data=data,
        harmony=harmony,
        abbreviations=abbreviations,
        scale_words=scales,
        units=units,
        prefixes=prefixes,
        spaced=data.spaced_suffixes,
        percent_word=units["percent"][0],
    )


def _spoken_last(value: Decimal, lang: _Lang) -> str:
    """The word a figure is read aloud with last: the harmony of its suffix follows it."""
    return spell(value, lang.tag).split()[-1]


# --------------------------------------------------------------------------- argument checks


def _check_lang(lang: object) -> str:
    try:
        return canonical(lang)
    except Exception as exc:
        raise InvalidArgument(f"lang={lang!r} is not one of {SUPPORTED}") from exc


def _check_range(min_value: object, max_value: object) -> tuple[Decimal, Decimal]:
    for name, v in (("min_value", min_value), ("max_value", max_value)):
        if isinstance(v, bool) or not isinstance(v, int | Decimal):
            raise InvalidArgument(f"{name}={v!r} must be an int or a Decimal")
        if not Decimal(v).is_finite() or v < 0:
            raise InvalidArgument(f"{name}={v!r} must be finite and non-negative")
    lo, hi = Decimal(min_value), Decimal(max_value)  # type: ignore[arg-type]
    if lo > hi:
        raise InvalidArgument(f"min_value={min_value!r} is greater than max_value={max_value!r}")
    if hi >= _SPELL_LIMIT:
        raise InvalidArgument(f"max_value={max_value!r} must be below 10**18 (the largest scale word)")
    return lo, hi


def _check_forms(forms: object) -> tuple[str, ...]:
    if isinstance(forms, str) or not isinstance(forms, Collection):
        raise InvalidArgument(f"forms={forms!r} must be a collection of names from {FORMS}")
    unknown = [f for f in forms if f not in FORMS]
    if unknown or not forms:
        raise InvalidArgument(f"forms={forms!r}: expected a non-empty collection of names from {FORMS}")
    return tuple(f for f in FORMS if f in forms)


def _check_places(places: object) -> int:
    if isinstance(places, bool) or not isinstance(places, int) or not 0 <= places <= 2:
        raise InvalidArgument(f"places={places!r} must be an int from 0 to 2")
    return places


def _check_strategy(name: str, value: object) -> None:
    if not isinstance(value, st.SearchStrategy):
        raise InvalidArgument(f"{name}={value!r} must be a strategy (use st.just(x) for one value)")


# --------------------------------------------------------------------------- numbers


def languages() -> st.SearchStrategy[str]:
    """The language tags factrecon reads (:data:`factrecon.lang.SUPPORTED`). Shrinks towards ``"kk"``.

    Requires the hypothesis package to be installed.
    """
    return st.sampled_from(SUPPORTED)


def _places_of(value: Decimal) -> int:
    exponent = value.normalize().as_tuple().exponent
    return max(0, -exponent) if isinstance(exponent, int) else 0


def _clean(value: Decimal) -> Decimal:
    """An integral value as an integer Decimal, any other without trailing zeros."""
    return Decimal(int(value)) if value == value.to_integral_value() else value.normalize()


@st.composite
def _values(draw: st.DrawFn, lo: Decimal, hi: Decimal, places: int) -> Decimal:
    """A value in [lo, hi] with at most *places* decimals: often round (mantissa x 10**k).

    Shrinks towards *lo*, no decimals, no trailing zeros.
    """
    p = draw(st.integers(0, places))
    k = draw(st.integers(0, 12))
    for pp, kk in ((p, k), (p, 0), (places, 0)):
        unit = Decimal(10) ** kk / Decimal(10) ** pp
        low = (lo / unit).to_integral_value(rounding=ROUND_CEILING)
        high = (hi / unit).to_integral_value(rounding=ROUND_FLOOR)
        if low <= high:
            m = draw(st.integers(int(low), int(high)))
            return _clean(m * unit)
    raise InvalidArgument(f"no number with at most {places} decimals in [{lo}, {hi}]")


def _digits(value: Decimal, sep: str, point: str) -> str:
    """*value* in digits, groups of three joined by *sep*, the decimal part after *point*."""
    text = f"{value:f}"
    whole, _, frac = text.partition(".")
    if sep:
        groups: list[str] = []
        while len(whole) > 3:
            groups.insert(0, whole[-3:])
            whole = whole[:-3]
        whole = sep.join([whole, *groups])
    return f"{whole}{point}{frac}" if frac else whole


def _step(places: int) -> Decimal:
    return _ONE.scaleb(-places)


def _scaled_parts(value: Decimal, scales: Sequence[tuple[str, Decimal]]) -> list[tuple[str, Decimal, Decimal]]:
    """The (word, scale, mantissa) with 1 <= mantissa < 1000 and at most two decimals that write *value*."""
    out = []
    for word, scale in scales:
        if scale < 1000:
            continue
        m = value / scale
        if 1 <= m < 1000 and _places_of(m) <= 2:
            out.append((word, scale, _clean(m)))
    return out


def _compound_parts(value: Decimal, lang: _Lang) -> list[tuple[Decimal, Decimal]] | None:
    """(count, scale) groups for ``4 миллиард 400 миллион``: two or more, nothing below a thousand."""
    if value != value.to_integral_value() or value % 1000:
        return None
    rest = int(value)
    parts = []
    for _, scale in reversed(lang.scale_words):
        count, rest = divmod(rest, int(scale))
        if count:
            if count >= 1000:
                return None
            parts.append((Decimal(count), scale))
    return parts if len(parts) >= 2 else None


def _applicable(value: Decimal, lang: _Lang, forms: Sequence[str]) -> list[str]:
    """The forms of *forms* that can write *value*."""
    can: dict[str, Callable[[], object]] = {
        "digits": lambda: True,
        "words": lambda: value < _SPELL_LIMIT and _places_of(value) <= 2,
        "scaled": lambda: _scaled_parts(value, lang.scale_words),
        "abbreviated": lambda: _scaled_parts(value, lang.abbreviations),
        "compound": lambda: _compound_parts(value, lang) is not None,
    }
    return [form for form in forms if can[form]()]


def _words_precision(value: Decimal) -> Decimal:
    """The step of the last spoken term: ``екі мың`` → 1000, ``отыз бүтін оннан сегіз`` → 0.1."""
    places = _places_of(value)
    if places or value == 0:
        return _step(places)
    n, tz = int(value), 0
    while n % 10 == 0:
        n //= 10
        tz += 1
    return Decimal(10) ** tz


@st.composite
def _write(draw: st.DrawFn, value: Decimal, lang: _Lang, form: str) -> tuple[str, Decimal, str]:
    """Write *value* in *form*: (text, precision, the word it is read with last).

    The digit style is drawn first whatever the form, so that every form costs the
    same draws and examples shrink towards the first form (digits), not the cheapest.
    """
    sep = draw(st.sampled_from(_GROUP_SEPARATORS))
    point = draw(st.sampled_from((",", ".")))
    if form == "digits":
        return _digits(value, sep, point), _step(_places_of(value)), _spoken_last(value, lang)
    if form == "words":
        text = spell(value, lang.tag)
        return text, _words_precision(value), text.split()[-1]
    if form in ("scaled", "abbreviated"):
        table = lang.scale_words if form == "scaled" else lang.abbreviations
        word, scale, m = draw(st.sampled_from(_scaled_parts(value, table)))
        if form == "abbreviated" and draw(st.booleans()):
            word += "."
        spoken = {v: w for w, v in lang.scale_words}[scale]
        text = f"{_digits(m, '', point)} {word}"
        return text, (_step(_places_of(m)) * scale).normalize(), spoken
    parts = _compound_parts(value, lang)
    assert parts is not None
    words = {v: w for w, v in lang.scale_words}
    abbrs = {v: w for w, v in lang.abbreviations}
    chunks = []
    for count, scale in parts:
        use_abbr = scale in abbrs and scale >= 10**6 and draw(st.booleans())
        chunks.append(f"{count} {abbrs[scale] if use_abbr else words[scale]}")
    return " ".join(chunks), parts[-1][1], words[parts[-1][1]]


def _attach(lang: _Lang, text: str, spoken: str, family: str, *, digits_last: bool, abbr_last: bool) -> list[str]:
    """The texts of *text* with the *family* ending, by harmony; [] when the data has no ending for it."""
    ending = lang.harmony.ending(spoken, family)
    if ending is None:
        return []
    if digits_last or abbr_last:
        if abbr_last and not _phrasing(lang.tag).case_on_abbreviation:
            return []  # the language puts the case on the noun after млн/млрд (strategies.toml)
        joiners = ["-", ""] if not abbr_last else ["-"]
        if ending in lang.spaced:
            joiners.append(" ")
        return [f"{text}{j}{ending}" for j in joiners]
    words = text.split()
    last = (words[-1] + ending).lower()
    if last in lang.data.homographs and (len(words) == 1 or last not in lang.data.continuations):
        return []  # "онда", "жүзі" alone: the data says these are not numbers ("он бірге" after a number word is)
    return [f"{text}{ending}"]


@st.composite
def _written(
    draw: st.DrawFn, tag: str, lo: Decimal, hi: Decimal, places: int, forms: tuple[str, ...], suffixes: bool
) -> WrittenNumber:
    lang = _lang(tag)
    value = draw(_values(lo, hi, places))
    form = draw(st.sampled_from(_applicable(value, lang, forms) or ["digits"]))
    text, precision, spoken = draw(_write(value, lang, form))
    case = ""
    if suffixes:
        options = [""]
        digits_last = text[-1].isdigit()
        abbr_last = form in ("abbreviated", "compound") and not digits_last and not text.endswith(".")
        abbr_last = abbr_last and text.split()[-1] in {w for w, _ in lang.abbreviations}
        bare = text.removesuffix(".")
        abbr_last = abbr_last or (text.endswith(".") and bare.split()[-1] in {w for w, _ in lang.abbreviations})
        options += [f for f in lang.harmony.families if
                    _attach(lang, bare, spoken, f, digits_last=digits_last, abbr_last=abbr_last)]
        case = draw(st.sampled_from(options))
        if case:
            if text.endswith("."):
                text = text[:-1]  # "млрд." takes its ending without the dot: млрд-қа
            # one draw whatever the form, so a suffix shrinks onto digits ("0-ден"), not onto a word ("нөлден")
            written = _attach(lang, text, spoken, case, digits_last=digits_last, abbr_last=abbr_last)
            text = written[min(draw(st.integers(0, 2)), len(written) - 1)]
    return WrittenNumber(value=value, text=text, lang=tag, form=form, precision=precision, case=case)


def numbers(
    lang: str,
    min_value: int | Decimal = 0,
    max_value: int | Decimal = 10**12,
    *,
    places: int = 2,
    forms: Collection[str] = FORMS,
    suffixes: bool = True,
) -> st.SearchStrategy[WrittenNumber]:
    """A number in ``[min_value, max_value]`` with at most *places* decimals, written as news writes it.

    *forms* limits the ways of writing to some of :data:`FORMS`: ``digits`` (``1 250 000``
    with any space between the groups, ``504,4``), ``words`` (``екі мың жиырма бес``),
    ``scaled`` (``2,5 миллион``), ``abbreviated`` (``2,5 млн``, ``2,5 млн.``) and
    ``compound`` (``4 миллиард 400 миллион``, ``4 млрд 400 млн``). A number that
    cannot be written in a form (``1 250 347`` as ``млн``) is written in another.
    With *suffixes*, a case ending may follow (``30-дан``, ``30дан``, uz ``30 дан``,
    ``мыңнан``, ``5 млрд-қа``) in the vowel harmony the ``[harmony]`` table of the
    language data gives for the word the figure is read with last. Forms the data
    lists as homographs (``онда``, ``жүзі``) are drawn only after another number
    word (``тоғыз жүз онда``), where they are read.

    Shrinks towards *min_value*, digits without grouping, and no suffix.

    >>> numbers("kk").example().lang
    'kk'

    Requires the hypothesis package to be installed.

    .. versionadded:: 0.1.0
    """

    def build() -> st.SearchStrategy[WrittenNumber]:
        tag = _check_lang(lang)
        lo, hi = _check_range(min_value, max_value)
        return _written(tag, lo, hi, _check_places(places), _check_forms(forms), bool(suffixes))

    return st.deferred(build)


# --------------------------------------------------------------------------- quantities


def _before_words(lang: _Lang, bound: Qualifier) -> list[str]:
    return [" ".join(p) for p, b in sorted(lang.data.qualifiers_before.items()) if b == bound.value]


def _after_words(lang: _Lang, bound: Qualifier) -> list[tuple[str, str]]:
    """(word, the case the figure must carry) for a qualifier after the figure."""
    raw = read_lang(lang.tag, "numbers")["qualifiers"]["after"]
    out = []
    for word, spec in raw.items():
        if spec["bound"] == bound.value:
            case = spec["case"]
            if case == "any":
                # "30-дан астам": the ablative where the language has one (ru "100 с лишним": none)
                case = "abl" if bound is Qualifier.MORE_THAN and "abl" in lang.harmony.families else ""
            out.append((word, case))
    return out



_PHRASE_UNITS: tuple[str, ...] = ("count", "percent", "USD", "KZT", "UZS", "RUB", "EUR", "t", "ha", "km")
QUALIFIERS: tuple[Qualifier, ...] = tuple(Qualifier)


def _counts(w: WrittenNumber) -> bool:
    """A lone ``бір``/``бир`` or ``нөл`` in words is not a quantity (lone_one_is_article; docs/explanation)."""
    return w.form != "words" or len(w.text.split()) > 1 or w.value > 1


@st.composite
def _phrases(
    draw: st.DrawFn,
    tag: str,
    lo: Decimal,
    hi: Decimal,
    forms: tuple[str, ...],
    qualifiers: tuple[Qualifier, ...],
    units: tuple[str, ...],
    changes: bool,
) -> Phrase:
    lang = _lang(tag)
    qualifier = draw(st.sampled_from(qualifiers))
    unit = draw(st.sampled_from(units))
    if qualifier is Qualifier.RANGE:
        return draw(_ranges(lang, unit))
    # how the qualifier is written: a word before, a word after (with the case it needs), or a suffix
    ways: list[tuple[str, str, str]] = []  # (before, after, case)
    if qualifier is Qualifier.EXACT:
        ways.append(("", "", ""))
    ways += [(w, "", "") for w in _before_words(lang, qualifier) if qualifier is not Qualifier.EXACT]
    ways += [("", w, case) for w, case in _after_words(lang, qualifier) if qualifier is not Qualifier.EXACT]
    if qualifier is Qualifier.ABOUT and "sim" in lang.harmony.families:
        ways.append(("", "", "sim"))
    if qualifier is Qualifier.UP_TO and "lim" in lang.harmony.families:
        ways.append(("", "", "lim"))
    if not ways:
        raise InvalidArgument(f"no way to write {qualifier.value!r} in {tag}")
    before, after, case = draw(st.sampled_from(ways))
    # a change as a dative figure and a verb after it (kk, uz); a language that says it otherwise
    # (ru "вырос на 12%") lists no such verbs and draws no change
    change = (
        changes and qualifier is Qualifier.EXACT and unit == "percent" and has_file(tag, "strategies")
        and bool(_phrasing(tag).change_verbs) and draw(st.booleans())
    )
    if change:
        case = "dat"
    number = draw(
        st.deferred(lambda: _written(tag, lo, hi, 2, forms, False)).filter(_counts)
    )
    value, precision = number.value, number.precision
    text = number.text
    unit_id = unit
    symbol_before = False
    if unit == "count":
        if case:
            spoken = _spoken_last(value, lang) if text[-1].isdigit() else number.text.split()[-1]
            abbr_last = text.split()[-1].rstrip(".") in {w for w, _ in lang.abbreviations}
            if text.endswith("."):
                text = text[:-1]
            options = _attach(lang, text, spoken, case, digits_last=text[-1].isdigit(), abbr_last=abbr_last)
            if not options:
                # the data has no such ending here (uz after млн): write the figure in digits instead
                text = _digits(value, "", ",")
                precision = _step(_places_of(value))
                options = _attach(lang, text, _spoken_last(value, lang), case, digits_last=True, abbr_last=False)
            text = draw(st.sampled_from(options))
    elif unit == "percent" and draw(st.booleans()) and number.form == "digits":
        sign = draw(st.sampled_from(("%", " %")))
        text += sign
        if case:
            text = draw(st.sampled_from(_attach(lang, text, lang.percent_word, case, digits_last=True,
                                                abbr_last=False)))
    elif unit == "USD" and not case and not before and number.form in ("digits", "abbreviated", "scaled") \
            and draw(st.booleans()):
        symbol_before = True
    else:
        stems = [s for s in lang.units[unit] if not case or lang.harmony.ending(s, case) is not None]
        if not stems:
            raise InvalidArgument(f"no {unit} word in {tag} takes the {case} ending")
        stem = draw(st.sampled_from(stems))
        word = stem + (lang.harmony.ending(stem, case) or "" if case else "")
        if text.endswith(".") and not case:
            pass
        text = f"{text} {word}"
    if symbol_before:
        text = "$" + text
    start = 0
    if before:
        text = f"{before} {text}"
    if after:
        text = f"{text} {after}"
    end = len(text)
    if change:
        text = f"{text} {draw(st.sampled_from(_phrasing(tag).change_verbs))}"
    bound = qualifier
    approx = bound in (Qualifier.ABOUT, Qualifier.NEARLY)
    low, high, low_inc, high_inc = stated_bounds(value, bound)
    expected = Quantity(
        start=start, end=end, text=text[start:end], value=value, low=low, high=high,
        low_inclusive=low_inc, high_inclusive=high_inc, precision=precision, qualifier=bound,
        approx=approx, unit=unit_id, kind=Kind.CARDINAL, change=change, lang=tag,
    )
    return Phrase(text=text, expected=expected)


@st.composite
def _ranges(draw: st.DrawFn, lang: _Lang, unit: str) -> Phrase:
    """``5-6 млн``, ``12-15 пайыз``: two figures below a thousand joined by a hyphen, an optional scale."""
    lo_v = draw(_values(_ZERO, Decimal(998), 1))
    hi_v = draw(_values(lo_v + Decimal("0.1"), Decimal(999), 1))
    point = draw(st.sampled_from((",", ".")))
    places = _places_of(hi_v)
    dash = draw(st.sampled_from(("-", "–")))
    text = f"{_digits(lo_v, '', point)}{dash}{_digits(hi_v, '', point)}"
    scale = _ONE
    if draw(st.booleans()):
        word, scale = draw(st.sampled_from([*lang.abbreviations, *lang.scale_words]))
        if scale < 1000:
            scale = _ONE
        else:
            text += f" {word}"
    if unit != "count":
        if unit == "percent" and draw(st.booleans()):
            text += "%"
        else:
            text += " " + draw(st.sampled_from(lang.units[unit]))
    expected = Quantity(
        start=0, end=len(text), text=text, value=None, low=_clean(lo_v * scale), high=_clean(hi_v * scale),
        precision=_step(places) * scale, qualifier=Qualifier.RANGE, unit=unit, lang=lang.tag,
    )
    return Phrase(text=text, expected=expected)


def quantities(
    lang: str | None = None,
    min_value: int | Decimal = 0,
    max_value: int | Decimal = 10**12,
    *,
    qualifiers: Collection[Qualifier] = QUALIFIERS,
    units: Collection[str] = _PHRASE_UNITS,
    forms: Collection[str] = FORMS,
    changes: bool = True,
) -> st.SearchStrategy[Phrase]:
    """A quantity phrase and the :class:`~factrecon.Quantity` :func:`~factrecon.find_quantities` must read.

    The phrase is a figure from :func:`numbers` (one of *forms*) with the words
    around it: a qualifier from *qualifiers* written before the figure (``кемінде``,
    ``камида``, ``шамамен``, ``қарийб``), after it in the case it requires
    (``30-дан астам``, ``30 млрд долларға дейін``, ``3 мингга яқин``) or as a suffix
    (``мыңдай``, ``30 гача``); a unit from *units* (``count``: none, ``percent``
    as ``%`` or a word, a currency word or ``$``, ``t``, ``ha``, ``km``); ranges
    (``5-6 млн``); with *changes*, a percentage in the dative followed by a change
    verb (``12,7 пайызға өсті``: ``change=True``). *lang* ``None`` draws a language.

    The expected bounds follow docs/explanation/value-semantics.md: "about" is
    ±``factrecon.quantities.ABOUT_BAND``, "up to" starts at 0. A lone ``бір``/``бир``
    or ``нөл`` in words is never drawn: factrecon reads it as the article, not a count.

    Shrinks towards a bare exact count in digits: ``0``.

    Requires the hypothesis package to be installed.

    .. versionadded:: 0.1.0
    """

    def build() -> st.SearchStrategy[Phrase]:
        lo, hi = _check_range(min_value, max_value)
        fs = _check_forms(forms)
        if isinstance(qualifiers, str) or not isinstance(qualifiers, Collection) or not qualifiers:
            raise InvalidArgument(f"qualifiers={qualifiers!r} must be a non-empty collection of Qualifier")
        qs = tuple(q for q in QUALIFIERS if q in {Qualifier(q) for q in qualifiers})
        if isinstance(units, str) or not isinstance(units, Collection) or not units:
            raise InvalidArgument(f"units={units!r} must be a non-empty collection of unit ids")
        bad = [u for u in units if u not in _PHRASE_UNITS]
        if bad:
            raise InvalidArgument(f"units {bad!r} are not drawn; choose from {_PHRASE_UNITS}")
        us = tuple(u for u in _PHRASE_UNITS if u in units)
        tags = st.just(_check_lang(lang)) if lang is not None else languages()
        return tags.flatmap(lambda tag: _phrases(tag, lo, hi, fs, qs, us, bool(changes)))

    return st.deferred(build)


# --------------------------------------------------------------------------- claims


@functools.cache
def _concepts() -> tuple[tuple[str, Mapping[str, tuple[str, ...]]], ...]:
    words = {tag: read_lang(tag, "concepts").get("words", {}) for tag in SUPPORTED}
    return tuple(
        (key, {tag: tuple(words[tag][key]) for tag in SUPPORTED})
        for key in read_data("concepts.toml")
        if all(key in words[tag] for tag in SUPPORTED)
    )


def _claim_id(doc_id: str, start: int, end: int) -> str:
    return "c-" + hashlib.sha1(f"{doc_id}:{start}:{end}".encode()).hexdigest()[:12]


@st.composite
def _claims(draw: st.DrawFn, doc_ids: st.SearchStrategy[str], tags: st.SearchStrategy[str]) -> Claim:
    tag = draw(tags)
    phrase = draw(quantities(tag, changes=False))
    key, stems = draw(st.sampled_from(_concepts()))
    doc_id = draw(doc_ids)
    q = phrase.expected
    return Claim(
        id=_claim_id(doc_id, q.start, q.end),
        doc_id=doc_id,
        quantity=q,
        measure=key,
        measure_text=stems[tag][0],
        sentence=Span(0, len(phrase.text)),
        lang=tag,
    )


def claims(
    *,
    languages: st.SearchStrategy[str] | None = None,
    doc_ids: st.SearchStrategy[str] | None = None,
) -> st.SearchStrategy[Claim]:
    """A :class:`~factrecon.Claim`: a quantity from :func:`quantities`, a measure concept of the lexicon.

    *languages* draws the language tag (default: both), *doc_ids* the document id
    (default: ``"a"`` to ``"e"``). Claims can be passed to :func:`~factrecon.reconcile`
    directly. Shrinks towards a Kazakh claim on the first concept with the quantity ``0``.

    Requires the hypothesis package to be installed.

    .. versionadded:: 0.1.0
    """

    def build() -> st.SearchStrategy[Claim]:
        tags = _default_languages() if languages is None else languages
        ids = st.sampled_from("abcde") if doc_ids is None else doc_ids
        _check_strategy("languages", tags)
        _check_strategy("doc_ids", ids)
        return _claims(ids, tags.map(_check_lang))

    return st.deferred(build)


def _default_languages() -> st.SearchStrategy[str]:
    return st.sampled_from(SUPPORTED)


# --------------------------------------------------------------------------- article sets

# What the kit writes in each language is data: lang/data/<tag>/strategies.toml (its
# sentences for each fact, keyed by concept id, so the same fact in every language
# gets the same measure key; its headline, change verbs and classifier).


@attrs.frozen
class _Template:
    measure: str
    unit: str
    # per language: the sentence with {n}, and the case the figure's last word carries
    text: Mapping[str, tuple[str, str]]
    more_than: Mapping[str, tuple[str, str]]


@attrs.frozen
class _Phrasing:
    """One language's lang/data/<tag>/strategies.toml."""

    headline: str
    outlets: tuple[str, ...]
    year_word: str
    year_written: str
    change_verbs: tuple[str, ...]
    case_on_abbreviation: bool
    word_classifier: str
    facts: Mapping[str, tuple[str, tuple[str, str], tuple[str, str]]]  # concept -> (unit, text, more than)
    negatives: Mapping[str, str]


@functools.cache
def _phrasing(tag: str) -> _Phrasing:
    where = f"lang/data/{tag}/strategies.toml"
    raw = read_lang(tag, "strategies")
    facts = {}
    for key, spec in expect_table(where, raw, "facts").items():
        if not isinstance(spec, dict):
            raise LanguageDataError(where, f"facts.{key}", "expected a table")
        facts[key] = (
            expect_str(where, spec, "unit"),
            (expect_str(where, spec, "text"), str(spec.get("case", ""))),
            (expect_str(where, spec, "more_than"), str(spec.get("more_than_case", ""))),
        )
    negatives = {k: str(v) for k, v in expect_table(where, raw, "negatives").items()}
    return _Phrasing(
        headline=expect_str(where, raw, "headline"),
        outlets=tuple(expect_list(where, raw, "outlets", default=[])),
        year_word=expect_str(where, raw, "year_word"),
        year_written=str(raw.get("year_written", "")),
        change_verbs=tuple(expect_list(where, raw, "change_verbs")),
        case_on_abbreviation=bool(raw.get("case_on_abbreviation", True)),
        word_classifier=str(raw.get("word_classifier", "")),
        facts=facts,
        negatives=negatives,
    )


def _phrased() -> tuple[str, ...]:
    """The languages the kit writes sentences in: those with a strategies.toml (their own or derived)."""
    return tuple(tag for tag in SUPPORTED if has_file(tag, "strategies"))


@functools.cache
def _templates(tags: tuple[str, ...]) -> tuple[_Template, ...]:
    """The facts every language of *tags* has sentences for, in the first language's order."""
    if not tags:
        return ()
    out = []
    for key, (unit, _, _) in _phrasing(tags[0]).facts.items():
        if all(key in _phrasing(t).facts for t in tags):
            out.append(_Template(
                key, unit, {t: _phrasing(t).facts[key][1] for t in tags}, {t: _phrasing(t).facts[key][2] for t in tags}
            ))
    return tuple(out)


def _negatives(tags: tuple[str, ...]) -> dict[str, dict[str, str]]:
    """Hard-negative sentences, for the concepts every language of *tags* has one for."""
    keys = [k for k in _phrasing(tags[0]).negatives if all(k in _phrasing(t).negatives for t in tags)]
    return {k: {t: _phrasing(t).negatives[k] for t in tags} for k in keys}


@st.composite
def _figure(draw: st.DrawFn, value: Decimal, tag: str, unit: str, case: str) -> str:
    """*value* written in any form, with the ending *case* by harmony when a case is asked for."""
    lang = _lang(tag)
    forms = [f for f in _applicable(value, lang, FORMS) if unit != "count" or f in ("digits", "words")]
    form = draw(st.sampled_from(forms))
    text, _, spoken = draw(_write(value, lang, form))
    if form == "words" and len(text.split()) == 1 and value <= 1:
        text = _digits(value, "", ",")
    if case:
        if not text[-1].isdigit() and form != "words":
            text, spoken = _digits(value, "", ","), _spoken_last(value, lang)
        options = _attach(lang, text, spoken, case, digits_last=text[-1].isdigit(), abbr_last=False)
        if not options:
            text = _digits(value, "", ",")
            options = _attach(lang, text, _spoken_last(value, lang), case, digits_last=True, abbr_last=False)
        return draw(st.sampled_from(options))
    if unit == "count" and form == "words":
        return text + _phrasing(tag).word_classifier  # ўттизта лойиҳа: a classifier joins a number word
    return text


@st.composite
def _amounts(draw: st.DrawFn, unit: str) -> Decimal:
    """A fact's figure: a count from 2 to 999, or an amount of money from 1 million to 999 billion."""
    if unit == "count":
        return Decimal(draw(st.integers(2, 999)))
    mantissa = draw(st.integers(10, 9990)) / Decimal(10)
    scale = draw(st.sampled_from((Decimal(10**6), Decimal(10**9))))
    return _clean(mantissa * scale)


def _sentence(tag: str, pattern: str, figure: str) -> str:
    """The sentence of a fact, with its time ("Биыл", this year): reconcile joins claims only on evidence
    beyond their measure and unit, and the year is what a fact is told apart by."""
    phrasing = _phrasing(tag)
    text = pattern.format(n=figure)
    if pattern[0] == "{":
        return f"{phrasing.year_word} {text}"
    if not phrasing.year_written:
        return text
    # the year written out: "Бу йил" before a second sentence would read as a pronoun continuing the first
    return f"{phrasing.year_written} {text[0].lower() + text[1:]}"


@st.composite
def _article_sets(
    draw: st.DrawFn,
    tags: st.SearchStrategy[str],
    min_documents: int,
    max_documents: int,
    max_facts: int,
    conflicts: bool,
    divergences: bool,
    repeats: bool,
    hard_negatives: bool,
) -> ArticleSet:
    n_docs = draw(st.integers(min_documents, max_documents))
    doc_ids = tuple("abcdefgh"[i] for i in range(n_docs))
    doc_langs = [_check_lang(draw(tags)) for _ in doc_ids]
    spoken = tuple(sorted(set(doc_langs)))
    if not all(has_file(t, "strategies") for t in spoken):
        raise InvalidArgument(f"article_sets writes only in {_phrased()}; got {spoken}")
    available = _templates(spoken)
    templates = draw(
        st.lists(st.sampled_from(available), min_size=1, max_size=min(max_facts, len(available)),
                 unique_by=lambda t: t.measure)
    )
    sentences: dict[str, list[str]] = {d: [] for d in doc_ids}
    facts: list[ExpectedFact] = []
    negatives: list[str] = []
    used_values: list[Decimal] = []
    for t in templates:
        value = draw(_amounts(t.unit))
        used_values.append(value)
        kinds = ["none"]
        if conflicts:
            kinds.append("conflict")
        if divergences:
            kinds.append("divergence")
        injected = draw(st.sampled_from(kinds))
        odd = draw(st.sampled_from(doc_ids)) if injected != "none" else None
        for doc_id, tag in zip(doc_ids, doc_langs, strict=True):
            pattern, case = t.text[tag]
            figure_value = value
            if injected == "conflict" and doc_id == odd:
                figure_value = value * 4  # stated intervals at any rounding cannot meet (docs/explanation/verdicts.md)
            elif injected == "divergence" and doc_id != odd:
                figure_value = value * 5  # "more than X" plausibly stays below 2X; 5X is well above it
            if injected == "divergence" and doc_id == odd:
                pattern, case = t.more_than[tag]
            figure = draw(_figure(_clean(figure_value), tag, t.unit, case))
            sentences[doc_id].append(_sentence(tag, pattern, figure))
        verdict = {"none": Verdict.CONSISTENT, "conflict": Verdict.CONFLICT, "divergence": Verdict.DIVERGENT}[injected]
        facts.append(ExpectedFact(t.measure, t.unit, verdict, doc_ids, None if injected == "none" else injected))
    if hard_negatives and draw(st.booleans()):
        negative_sentences = _negatives(spoken)
        key = draw(st.sampled_from(sorted(negative_sentences)))
        counts = [v for v, t in zip(used_values, templates, strict=True) if t.unit == "count"]
        if counts:
            doc_index = draw(st.integers(0, n_docs - 1))
            tag = doc_langs[doc_index]
            figure = draw(_figure(counts[0], tag, "count", ""))
            sentences[doc_ids[doc_index]].append(_sentence(tag, negative_sentences[key][tag], figure))
            negatives.append(key)
    unrepeated = tuple(
        Document(_text(tag, sentences[d], k), id=d, lang=tag, published="2025-11-12")
        for k, (d, tag) in enumerate(zip(doc_ids, doc_langs, strict=True))
    )
    repeated: list[str] = []
    if repeats and draw(st.booleans()):
        doc_index = draw(st.integers(0, n_docs - 1))
        d = doc_ids[doc_index]
        sentences[d].append(draw(st.sampled_from(sentences[d][: len(templates)])))
        repeated.append(d)
    documents = tuple(
        Document(_text(tag, sentences[d], k), id=d, lang=tag, published="2025-11-12")
        for k, (d, tag) in enumerate(zip(doc_ids, doc_langs, strict=True))
    )
    return ArticleSet(
        documents=documents,
        facts=tuple(facts),
        negatives=tuple(negatives),
        repeated=tuple(repeated),
        unrepeated=unrepeated,
    )


def _text(tag: str, sentences: Sequence[str], index: int = 0) -> str:
    """An article: the headline, its outlet's lead line, and its sentences, turned by *index*.

    The *index*-th document of a set gets its own lead line and its own order of sentences, so
    that two articles of one language are two sources, not one text republished (factrecon.copies).
    """
    phrasing = _phrasing(tag)
    turn = index % len(sentences) if sentences else 0
    body = [*sentences[turn:], *sentences[:turn]]
    lead = [phrasing.outlets[index % len(phrasing.outlets)]] if phrasing.outlets else []
    return phrasing.headline + "\n\n" + "\n\n".join([*lead, *body]) + "\n"


def article_sets(
    *,
    languages: st.SearchStrategy[str] | None = None,
    min_documents: int = 2,
    max_documents: int = 3,
    max_facts: int = 3,
    conflicts: bool = True,
    divergences: bool = True,
    repeats: bool = True,
    hard_negatives: bool = True,
) -> st.SearchStrategy[ArticleSet]:
    """A few articles (each in a language from *languages*) that state the same facts, with the verdicts.

    Each fact (projects, jobs, trade turnover, investment) is stated by every
    document, its figure written in any form (``30``, ``отыз``, ``2,5 млрд``,
    ``2 500 000 000``). With *conflicts*, one document may state four times the
    figure (verdict ``conflict``); with *divergences*, one document may say "more
    than X" while the others state five times X (``divergent``); otherwise the
    fact is ``consistent``. With *repeats*, a document may state one of its
    sentences twice (the verdicts must not change); with *hard_negatives*, a
    document may state a fact's count for another measure (``30 колледж``), which
    must never join that fact.

    Shrinks towards two Kazakh documents stating one consistent fact in digits.

    Requires the hypothesis package to be installed.

    .. versionadded:: 0.1.0
    """

    def build() -> st.SearchStrategy[ArticleSet]:
        tags = st.sampled_from(_phrased()) if languages is None else languages
        _check_strategy("languages", tags)
        for name, v in (("min_documents", min_documents), ("max_documents", max_documents),
                        ("max_facts", max_facts)):
            if isinstance(v, bool) or not isinstance(v, int):
                raise InvalidArgument(f"{name}={v!r} must be an int")
        if not 2 <= min_documents <= max_documents <= 8:
            raise InvalidArgument(
                f"need 2 <= min_documents <= max_documents <= 8, got {min_documents} and {max_documents}")
        most = len(_templates(_phrased()))
        if not 1 <= max_facts <= most:
            raise InvalidArgument(f"max_facts={max_facts} must be from 1 to {most}")
        return _article_sets(tags, min_documents, max_documents, max_facts, bool(conflicts), bool(divergences),
                             bool(repeats), bool(hard_negatives))

    return st.deferred(build)


# --------------------------------------------------------------------------- registration


def expected_quantities() -> st.SearchStrategy[Quantity]:
    """The :class:`~factrecon.Quantity` of each :func:`quantities` phrase: what ``st.from_type(Quantity)`` draws.

    .. versionadded:: 0.1.0
    """
    return quantities().map(_expected)


def _expected(phrase: Phrase) -> Quantity:
    return phrase.expected
