"""Numbers written in digits, in words, or in Roman numerals -> Decimal.

The readers here work on :class:`~factrecon.text.Tokens` and return how far
they read, so :mod:`factrecon.quantities` can go on from there (a scale word,
a suffix, a unit). Number words are read as a small program run on an
accumulator (the text2num design): each word is a digit, a ten, a hundred, a
scale or a half, and the order they may come in is checked as they arrive.
"""

from __future__ import annotations

import decimal
import functools
import re
from collections.abc import Mapping
from decimal import Decimal

import attrs

from factrecon.errors import NumberParseError, check_str
from factrecon.lang import canonical, reading_language
from factrecon.lang.data import Form, LangData, load
from factrecon.text import NUM, PUNCT, WORD, Tokens, _folds, normalize, tokenize

__all__ = [
    "MAX_EXPONENT", "Number", "WordReader", "beyond_limits", "parse_number", "read_digits", "read_roman", "read_words",
    "tidy",
]

ONE = Decimal(1)
ZERO = Decimal(0)
# Figures are read below 10**MAX_EXPONENT and to at most MAX_EXPONENT decimal places: beyond, a
# "figure" is a run of digits nobody states (a hash, a digit dump), and its arithmetic would leave
# the range of Decimal's default context (decimal.Overflow at 10**1000000).
MAX_EXPONENT = 10_000
# wide enough for every digit of a figure below the limit (tidy rounds to a whole number in it)
_WIDE = decimal.Context(prec=MAX_EXPONENT + 2)
_ROMAN = re.compile(r"M{0,4}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})")
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}


@attrs.define
class Number:
    """A number read from tokens ``[first, stop)``. The readers never change one once built.

    (Not ``attrs.frozen``: a frozen class sets each field through ``object.__setattr__``,
    which made building one three times as slow, and a reader builds one or two per figure.)

    ``precision`` is the step of the last written digit or spoken term
    (``4,4`` → 0.1, ``екі мың`` → 1000); ``last`` is the reading of the last
    word when it carries a suffix, an ordinal or a classifier.
    """

    value: Decimal
    precision: Decimal
    first: int
    stop: int
    last: Form | None = None
    words: bool = False
    terms: int = 1
    scaled: bool = False


# ---------------------------------------------------------------------------
# Digits


def _decimal_places(digits: str) -> Decimal:
    return Decimal(1).scaleb(-len(digits))


def read_digits(tok: Tokens, i: int, decimal_separator: str = ",") -> Number | None:
    """Read a figure written in digits starting at token *i*.

    Groups of exactly three digits after a single space join the figure
    (``1 250 000``, any space); ``504,4`` is a decimal (the locale's separator);
    ``1.500.000`` (repeated dots) and ``1.500`` (one dot, three digits) are
    grouping, any other dot is a decimal point (docs/explanation/value-semantics.md).
    """
    n = len(tok.kind)
    if i >= n or tok.kind[i] != NUM:
        return None
    digits = tok.text[i]
    j = i + 1
    # digit groups separated by single spaces: 1 250 000
    if len(digits) <= 3:
        while (j < n and tok.kind[j] == NUM and tok.gap[j] == 1 and len(tok.text[j]) == 3
               and tok.start[j] - tok.end[j - 1] == 1):
            digits += tok.text[j]
            j += 1
    # dot groups: 1.500.000
    if j + 1 < n and tok.text[j] == "." and tok.gap[j] == 0 and tok.kind[j + 1] == NUM and tok.gap[j + 1] == 0:
        k = j
        groups: list[str] = []
        while (k + 1 < n and tok.text[k] == "." and tok.gap[k] == 0 and tok.kind[k + 1] == NUM
               and tok.gap[k + 1] == 0 and len(tok.text[k + 1]) == 3):
            groups.append(tok.text[k + 1])
            k += 2
        dotted_date = k + 1 < n and tok.text[k] == "." and tok.gap[k] == 0 and tok.kind[k + 1] == NUM
        if groups and len(digits) <= 3 and not dotted_date:
            return Number(Decimal(digits + "".join(groups)), ONE, i, k)
    # a decimal part: 504,4 or 504.4
    if (j + 1 < n and tok.text[j] in (decimal_separator, ".", ",") and tok.gap[j] == 0
            and tok.kind[j + 1] == NUM and tok.gap[j + 1] == 0):
        frac = tok.text[j + 1]
        # "1,000,000": commas between groups of three are grouping, not a decimal
        if tok.text[j] == "," and len(frac) == 3 and j + 3 < n and tok.text[j + 2] == "," and tok.kind[j + 3] == NUM:
            k = j
            while k + 1 < n and tok.text[k] == "," and tok.kind[k + 1] == NUM and len(tok.text[k + 1]) == 3:
                digits += tok.text[k + 1]
                k += 2
            return Number(Decimal(digits), ONE, i, k)
        return Number(Decimal(f"{digits}.{frac}"), _decimal_places(frac), i, j + 2)
    return Number(Decimal(digits), ONE, i, j)


def beyond_limits(number: Number) -> bool:
    """10**MAX_EXPONENT or more, or more than MAX_EXPONENT decimal places: never read as a figure."""
    return number.value.adjusted() >= MAX_EXPONENT or number.precision.adjusted() < -MAX_EXPONENT


# ---------------------------------------------------------------------------
# Roman numerals


def read_roman(word: str, roman_fold: dict[str, str] | None = None) -> int | None:
    """The value of *word* as an upper-case Roman numeral (Cyrillic Х, І, С, М allowed), or None."""
    if roman_fold is not None:
        if not all(ch in roman_fold for ch in word):
            return None
        word = "".join(roman_fold[ch] for ch in word)
    if not word or not _ROMAN.fullmatch(word):
        return None
    total = 0
    for k, ch in enumerate(word):
        v = _ROMAN_VALUES[ch]
        total += -v if k + 1 < len(word) and _ROMAN_VALUES[word[k + 1]] > v else v
    return total or None


# ---------------------------------------------------------------------------
# Words


class WordReader:
    """Accumulates number words left to right; :meth:`push` refuses a word that cannot follow.

    A refused :meth:`push` changes nothing, so a reader can try the readings of a word one by one.
    """

    __slots__ = ("group", "group_step", "half", "last_role", "last_scale", "precision", "scaled", "terms", "total")

    def __init__(self) -> None:
        self.total = ZERO
        self.group = ZERO
        self.group_step = ONE
        self.precision = ONE
        self.last_role = ""
        self.last_scale: Decimal | None = None
        self.terms = 0
        self.scaled = False
        self.half = False

    def push(self, form: Form) -> bool:
        role, v = form.role, form.value
        if v is None:
            return False
        last = self.last_role
        g = self.group
        if role == "digit":
            if last not in ("", "ten", "hundred", "scale", "abbr") or (g % 10 != 0) or (v == 0 and self.terms):
                return False
            self.group, self.group_step = g + v, ONE
        elif role == "ten":
            if last not in ("", "hundred", "scale", "abbr") or g % 100 != 0:
                return False
            self.group, self.group_step = g + v, Decimal(10)
        elif role == "hundred":
            if last not in ("", "digit", "scale", "abbr") or g >= 10 or (last == "digit" and g == 0):
                return False
            self.group, self.group_step = (g or ONE) * v, v
        elif role == "fraction":
            if self.half or last not in ("", "digit", "ten", "hundred"):
                return False
            self.group, self.group_step, self.half = g + v, v, True
        elif role in ("scale", "abbr"):
            if self.last_scale is not None and v >= self.last_scale:
                return False
            if last == "" and role == "abbr":
                return False
            self.total += (g or ONE) * v
            self.precision = self.group_step * v
            self.group, self.group_step, self.last_scale, self.scaled = Decimal(0), ONE, v, True
            self.half = False
        else:
            return False
        if role not in ("scale", "abbr"):
            self.precision = self.group_step
        self.last_role = role
        self.terms += 1
        return True

    @property
    def value(self) -> Decimal:
        return self.total + self.group


_NUMBER_ROLES = frozenset({"digit", "ten", "hundred", "fraction", "scale", "abbr"})


def number_forms(lang: LangData, word: str) -> tuple[Form, ...]:
    """The readings of *word* that can be part of a number written in words."""
    return tuple(f for f in lang.forms(word) if f.role in _NUMBER_ROLES)


@attrs.frozen(eq=False)
class _Readings:
    """Per language, the readings the readers try for a word, in the order they try them (built once)."""

    words: Mapping[str, tuple[Form, ...]]  # number readings, bare ones before suffixed or ordinal ones
    scales: Mapping[str, tuple[Form, ...]]  # scale and abbreviation readings, bare ones first
    points: frozenset[str]  # the words of a decimal point ("бүтін"): most numbers in words have none after them
    continued: Mapping[str, tuple[Form, ...]]  # homographs, read only after a number word ("он бірге")
    phrases: Mapping[str, tuple[tuple[tuple[str, ...], Form], ...]]  # by first word: "с половиной"


@functools.cache
def _readings(lang: LangData) -> _Readings:
    words: dict[str, tuple[Form, ...]] = {}
    scales: dict[str, tuple[Form, ...]] = {}
    points: set[str] = set()
    for word, all_forms in lang.words.items():
        if len(all_forms) == 1:  # most words: one reading, kept as it is
            role = all_forms[0].role
            if role in _NUMBER_ROLES:
                words[word] = all_forms
                if role in ("scale", "abbr"):
                    scales[word] = all_forms
            elif role == "point":
                points.add(word)
            continue
        if any(f.role == "point" for f in all_forms):
            points.add(word)
        forms = [f for f in all_forms if f.role in _NUMBER_ROLES]
        if not forms:
            continue
        scaled = [f for f in forms if f.role in ("scale", "abbr")]
        forms.sort(key=lambda f: bool(f.families) or f.ordinal)
        scaled.sort(key=lambda f: bool(f.families))
        words[word] = tuple(forms)
        if scaled:
            scales[word] = tuple(scaled)
    continued = {}
    for word, all_forms in lang.continuations.items():
        forms = sorted((f for f in all_forms if f.role in _NUMBER_ROLES), key=lambda f: bool(f.families) or f.ordinal)
        if forms:
            continued[word] = tuple(forms)
    phrases: dict[str, list[tuple[tuple[str, ...], Form]]] = {}
    for phrase, form in lang.number_phrases.items():
        phrases.setdefault(phrase[0], []).append((phrase, form))
    return _Readings(words, scales, frozenset(points), continued, {w: tuple(p) for w, p in phrases.items()})


def read_words(
    tok: Tokens, i: int, lang: LangData, *, continued: bool = False, unscaled: bool = False
) -> Number | None:
    """Read a number written in words from token *i* (``икки минг йигирма беш``, ``бір жарым``).

    A word with a suffix (``мыңнан``, ``үшінші``, ``бешта``) ends the number. A
    decimal (``отыз бүтін оннан сегіз``) is read whole. Returns None when token *i*
    does not start a number. A homograph (``бірге``) is read after a number word, or
    first when the number goes on a number phrase (*continued*: the numerator of a decimal).
    With *unscaled* the number stops before a scale word (a numerator: "оннан екі | миллион").
    """
    n = len(tok.kind)
    tables = _readings(lang)
    readings = tables.words
    reader = WordReader()
    j = i
    last: Form | None = None
    leading = False  # a homograph first: a number only if a number word goes on with it
    while j < n and tok.kind[j] == WORD and (j == i or tok.gap[j] == 1):
        low = tok.low[j]
        forms = readings.get(low)
        step = 1
        if forms is None:  # most words: no number, and the number (if any) ends here
            if j == i and not continued:
                # a bare homograph starts a number when a number word follows: "семью миллиардами", "on besh"
                forms = tables.continued.get(low)
                if forms is None or forms[0].families or not _number_word_at(tok, j + 1, tables):
                    break
                leading = True
            forms = forms or tables.continued.get(low)  # a homograph goes on with a number word before it
            if forms is None and j > i and low in tables.phrases:  # "два с половиной миллиона"
                forms, step = _phrase_at(tok, j, tables.phrases[low])
            if not forms:
                break
        if unscaled and low in tables.scales:
            break
        pushed = _push_first(reader, forms)
        if pushed is None:
            break
        j += step
        if pushed.families or pushed.ordinal:
            last = pushed
            break
    if j == i or (leading and reader.terms < 2):
        return None
    number = Number(reader.value, reader.precision, i, j, last, True, reader.terms, reader.scaled)
    if last is None:
        decimal = _read_decimal_words(tok, number, lang)
        if decimal is not None:
            # a scale word after a decimal in words: "екі бүтін оннан бес миллион", "две целых пять десятых миллиона"
            k = decimal.stop
            scaled = decimal.last is None and k < n and tok.gap[k] == 1 and tok.low[k] in tables.scales
            number = _scale_words(tok, decimal, k, tables.scales) if scaled else decimal
    return number


def _number_word_at(tok: Tokens, k: int, tables: _Readings) -> bool:
    return k < len(tok.kind) and tok.kind[k] == WORD and tok.gap[k] == 1 and (
        tok.low[k] in tables.words or tok.low[k] in tables.continued)


def _phrase_at(tok: Tokens, j: int, phrases: tuple[tuple[tuple[str, ...], Form], ...]) -> tuple[tuple[Form, ...], int]:
    """The reading of the number phrase written from token *j*, and its length in tokens (none: ``(), 1``)."""
    for words, form in phrases:
        end = j + len(words)
        if end <= len(tok.kind) and all(tok.low[j + k] == w and (k == 0 or tok.gap[j + k] == 1)
                                        for k, w in enumerate(words)):
            return (form,), len(words)
    return (), 1


def _push_first(reader: WordReader, forms: tuple[Form, ...]) -> Form | None:
    """Push the first of *forms* the reader accepts and return it (None: the reader is unchanged)."""
    for form in forms:
        if reader.push(form):
            return form
    return None


def _read_decimal_words(tok: Tokens, whole: Number, lang: LangData) -> Number | None:
    """``<whole> бүтін оннан <digits>``: a decimal fraction spelled out.

    Without the denominator word the fraction is read as its digits, leading
    zeros spoken as "нөл" (num2words' reading): ``отыз бүтін сегіз`` = 30.8,
    ``он бүтін нөл екі`` = 10.02.
    """
    j = whole.stop
    n = len(tok.kind)
    if j + 1 >= n or tok.gap[j] != 1:
        return None
    if tok.low[j] in lang.decimal_and and lang.denominator_after:
        # "восемь и шесть десятых": "and" for the point, read only with the denominator
        return _read_denominator_after(tok, whole, j + 1, lang)
    if tok.low[j] not in _readings(lang).points:
        return None
    if lang.denominator_after:
        if tok.low[j + 1] in lang.decimal_and and j + 2 < n and tok.gap[j + 1] == 1:
            return _read_denominator_after(tok, whole, j + 2, lang)  # "две целых и пять десятых"
        return _read_denominator_after(tok, whole, j + 1, lang) or _read_fraction_digits(tok, whole, j + 1, lang)
    denoms = [f.value for f in lang.forms(tok.low[j + 1]) if f.role == "denom" and f.value is not None]
    if not denoms:
        return _read_fraction_digits(tok, whole, j + 1, lang)
    if j + 2 >= n or tok.gap[j + 1] != 1:
        return None
    numerator = read_words(tok, j + 2, lang, continued=True, unscaled=True)
    if numerator is None or numerator.value >= denoms[0]:
        return None
    denom = denoms[0]
    return Number(whole.value + numerator.value / denom, ONE / denom, whole.first, numerator.stop,
                  numerator.last, True, whole.terms + numerator.terms)


def _read_denominator_after(tok: Tokens, whole: Number, j: int, lang: LangData) -> Number | None:
    """``<whole> целых <numerator> <denominator>`` (ru "две целых пять десятых" = 2.5).

    The denominator is the first word with a denominator reading ("тысячная" is also the
    1000th: here it ends the numerator).
    """
    n = len(tok.kind)
    readings = _readings(lang).words
    reader = WordReader()
    k = j
    while k < n and tok.kind[k] == WORD and tok.gap[k] == 1:
        denoms = [f.value for f in lang.forms(tok.low[k]) if f.role == "denom" and f.value is not None]
        if denoms:
            if k == j or reader.scaled or reader.value >= denoms[0]:
                return None
            return Number(whole.value + reader.value / denoms[0], ONE / denoms[0], whole.first, k + 1, None, True,
                          whole.terms + reader.terms + 1)
        pushed = _push_first(reader, readings.get(tok.low[k], ()))
        if pushed is None or pushed.families or pushed.ordinal:
            return None
        k += 1
    return None


def _read_fraction_digits(tok: Tokens, whole: Number, j: int, lang: LangData) -> Number | None:
    """The fraction after the point word, as digits: [нөл ...] <number words>."""
    n = len(tok.kind)
    zeros = 0
    while (j < n and tok.kind[j] == WORD and tok.gap[j] == 1
           and any(f.role == "digit" and f.value == 0 and not f.families for f in lang.forms(tok.low[j]))):
        zeros, j = zeros + 1, j + 1
    if j >= n or tok.kind[j] != WORD or tok.gap[j] != 1:
        return None
    rest = read_words(tok, j, lang, continued=True)
    if rest is None or rest.scaled or rest.value != rest.value.to_integral_value() or rest.value <= 0:
        return None
    digits = "0" * zeros + str(int(rest.value))
    step = Decimal(1).scaleb(-len(digits))
    return Number(whole.value + Decimal(f"0.{digits}"), step, whole.first, rest.stop, rest.last, True,
                  whole.terms + zeros + rest.terms)


# ---------------------------------------------------------------------------
# The public parser


def parse_number(text: str, lang: str | None = None) -> Decimal:
    """Read *text*, which must be one number, in digits, words or both.

    >>> parse_number("икки минг йигирма беш", "uz-Cyrl")
    Decimal('2025')
    >>> parse_number("отыз бүтін оннан сегіз", "kk")
    Decimal('30.8')
    >>> parse_number("2,5 млн", "kk")
    Decimal('2500000')

    Ordinals and collectives give their number (``үшінші`` → 3, ``бесеуі`` → 5); a case suffix on the last
    word is allowed (``мыңнан`` → 1000). Raises :class:`~factrecon.NumberParseError`
    when the text is not exactly one number, :class:`~factrecon.UnknownLanguageError`
    for an unsupported language and :class:`~factrecon.InputTypeError` for a non-str.
    """
    check_str(text)
    tag = reading_language(text) if lang is None else canonical(lang)
    data = load(tag)
    norm = normalize(text.strip())
    tok = tokenize(norm.text)
    if not len(tok):
        raise NumberParseError(f"no number in {text!r}")
    # "-5", and "минус бес" as spell() writes it
    negative = len(tok) > 1 and (
        (tok.kind[0] == PUNCT and tok.text[0] == "-") or tok.low[0] == str(data.spell.get("minus", ""))
    )
    first = 1 if negative else 0
    number = read_compound(tok, first, data)
    if number is None:
        roman = read_roman(tok.text[first], data_roman()) if tok.kind[first] == WORD else None
        if roman is not None and len(tok) == first + 1:
            return Decimal(-roman if negative else roman)
        # a collective, "the five of them": бесеуі, бешови (one word, as find_quantities reads it)
        collective = next((f.value for f in data.forms(tok.low[first]) if f.role == "collective"), None)
        if collective is not None and tok.kind[first] == WORD and len(tok) == first + 1:
            return -collective if negative else collective
        raise NumberParseError(f"not a number in {data.tag}: {text!r}")
    if beyond_limits(number):
        raise NumberParseError(
            f"{text[:40]!r}...: beyond the figures factrecon reads (10**{MAX_EXPONENT} or more, "
            f"or more than {MAX_EXPONENT} decimal places)"
        )
    stop = number.stop
    # a suffix on digits or on an abbreviation: 30-дан, 5-ші, 30дан, 5 млрд-қа; in Uzbek also apart: 30 дан
    ends_bare = tok.kind[stop - 1] == NUM or (number.last is None and any(
        f.role == "abbr" for f in data.forms(tok.low[stop - 1])
    ))
    if stop < len(tok) and ends_bare:
        hyphen = tok.text[stop] == "-" and tok.gap[stop] == 0
        k = stop + 1 if hyphen else stop
        if k < len(tok) and tok.kind[k] == WORD and tok.low[k] in data.suffixes:
            attached = hyphen or tok.gap[k] == 0
            if attached or (tok.gap[k] == 1 and tok.low[k] in data.spaced_suffixes):
                stop = k + 1
    if stop != len(tok):
        raise NumberParseError(f"not a single number in {data.tag}: {text!r} (stops before {tok.text[stop]!r})")
    return tidy(-number.value if negative else number.value)


def tidy(value: Decimal) -> Decimal:
    """Drop a fraction of zeros (``2500000.0`` → ``2500000``); the precision is kept elsewhere."""
    if value.same_quantum(ONE):
        return value  # exponent 0, the usual case: nothing to drop (and 5x cheaper than as_tuple)
    # Rounded to a whole number, a fraction of zeros takes exponent 0 (2500000.0 -> 2500000) and so
    # changes its exponent; a whole number written with a positive exponent (4.4E+9) keeps it. Twice
    # as fast as reading the exponent from as_tuple().
    whole = value.to_integral_value()
    if whole == value and not whole.same_quantum(value):
        return value.quantize(ONE, context=_WIDE)
    return value


def data_roman() -> dict[str, str]:
    """The Roman-numeral letters, Cyrillic look-alikes included (lang/data/common.toml)."""
    return dict(_folds().roman)


def read_compound(tok: Tokens, i: int, lang: LangData) -> Number | None:
    """Digits or words, then scale words, then smaller parts: ``2 млрд 300 млн``, ``4 миллиард 400 миллион``."""
    head = read_scaled(tok, i, lang)
    if head is None or not head.scaled or head.last is not None:
        return head
    total = head
    n = len(tok.kind)
    while total.stop < n and tok.gap[total.stop] == 1 and tok.kind[total.stop] == NUM:
        part = read_scaled(tok, total.stop, lang)
        if part is not None and not part.scaled and _units_after_thousands(tok, total, part, lang):
            # the last part, under a thousand: "4 мың 200 тонна", "3 млн 415 мың 200 адам"
            return Number(total.value + part.value, ONE, total.first, part.stop, None, total.words,
                          total.terms + 1, True)
        # each part must be smaller than the step of the scale before it
        if part is None or not part.scaled or not 0 < part.value < total.precision:
            break
        total = Number(total.value + part.value, part.precision, total.first, part.stop, part.last, total.words,
                       total.terms + part.terms, True)
        if part.last is not None:
            break
    return total


_THOUSAND = Decimal(1000)


def _units_after_thousands(tok: Tokens, total: Number, part: Number, lang: LangData) -> bool:
    """Whether *part*, digits without a scale, ends the figure *total* that ends in whole thousands
    (``4 мың`` + ``200``): at most three digits, under a thousand, and not a year ("30 мың 5 жыл")."""
    k = part.stop
    if (total.precision != _THOUSAND or k != part.first + 1 or part.precision != ONE or not 0 < part.value < _THOUSAND
            or len(tok.text[part.first]) > 3):
        return False
    return k >= len(tok.kind) or tok.kind[k] != WORD or not any(f.unit == "year" for f in lang.forms(tok.low[k]))


def read_scaled(tok: Tokens, i: int, lang: LangData) -> Number | None:
    """A figure in digits followed by scale words (``4,4 млрд``, ``30 мың``), or a number in words."""
    n = len(tok.kind)
    if i >= n:
        return None
    if tok.kind[i] == WORD:
        return read_words(tok, i, lang)
    digits = read_digits(tok, i, lang.decimal_separator)
    if digits is None:
        return None
    j = digits.stop
    if j >= n or tok.kind[j] != WORD or tok.gap[j] == 2:
        return digits
    scales = _readings(lang).scales
    forms = scales.get(tok.low[j])
    if forms is None:
        return digits  # the usual case: no scale word after the figure
    if beyond_limits(digits):
        # not multiplied (no overflow): its scale words go with it, and the whole is not read
        while j < n and tok.kind[j] == WORD and tok.gap[j] < 2 and tok.low[j] in scales:
            j += 1
        return Number(digits.value, digits.precision, digits.first, j)
    return _one_scale(tok, digits, j, forms[0], scales) or _scale_words(tok, digits, j, scales)


_Scales = Mapping[str, tuple[Form, ...]]


def _one_scale(tok: Tokens, digits: Number, j: int, form: Form, scales: _Scales) -> Number | None:
    """The commonest case, ``4,4 млрд``: one scale word at *j* after the figure, read without a WordReader.

    After a digit group :meth:`WordReader.push` takes any scale reading with a value, so the sums
    here are the ones it makes. None when another scale word follows (:func:`_scale_words` reads it).
    """
    v = form.value
    if v is None:
        return None
    stop = j + 1
    n = len(tok.kind)
    if form.role == "abbr" and not form.families and stop < n and tok.text[stop] == "." and tok.gap[stop] == 0:
        stop += 1  # "млрд." with its dot
    if not form.families and stop < n and tok.kind[stop] == WORD and tok.gap[stop] < 2 and tok.low[stop] in scales:
        return None
    total = ZERO + (digits.value or ONE) * v  # WordReader: total += (group or 1) * scale; value = total + group
    return Number(total + ZERO, digits.precision * v, digits.first, stop, form if form.families else None, False, 2,
                  True)


def _scale_words(tok: Tokens, digits: Number, j: int, scales: _Scales) -> Number:
    """Scale words from token *j* after the figure *digits* (``2 млн 300 мың`` has one, ``1 мың млрд`` two)."""
    n = len(tok.kind)
    reader = WordReader()
    reader.group, reader.group_step, reader.last_role, reader.terms = digits.value, digits.precision, "digit", 1
    last: Form | None = None
    while j < n and tok.kind[j] == WORD and tok.gap[j] in (0, 1):
        pushed = _push_first(reader, scales.get(tok.low[j], ()))
        if pushed is None:
            break
        j += 1
        # "млрд." with its dot
        if pushed.role == "abbr" and j < n and tok.text[j] == "." and tok.gap[j] == 0 and not pushed.families:
            j += 1
        if pushed.families:
            last = pushed
            break
    if not reader.scaled:
        return digits
    return Number(reader.value, reader.precision, digits.first, j, last, False, reader.terms, True)
