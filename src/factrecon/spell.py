"""Numbers -> words in every language factrecon reads: the inverse of :func:`~factrecon.parse_number`.

The words, the scales written without "one" (kk мың, uz минг) and the ordinal
suffixes with their vowel harmony all come from the language data. So does the
agreement of a language that inflects its number words (ru): the form of a scale
word after a count, by the count's CLDR plural category (одна тысяча, две тысячи,
пять тысяч), and the feminine of one and two before a feminine word (две тысячи,
одна целая).
"""

from __future__ import annotations

import functools
from decimal import Decimal

from factrecon.errors import InputTypeError, LanguageDataError, UnsupportedNumberError
from factrecon.lang import canonical
from factrecon.lang.data import LangData, load
from factrecon.lang.registry import language

__all__ = ["spell"]


def spell(number: int | Decimal | float, lang: str, ordinal: bool = False) -> str:
    """Write *number* out in words.

    >>> spell(2025, "kk")
    'екі мың жиырма бес'
    >>> spell(Decimal("30.8"), "uz-Cyrl")
    'ўттиз бутун ўндан саккиз'
    >>> spell(40, "kk", ordinal=True)
    'қырқыншы'

    Integers up to 10**18 - 1 (квадриллион is the largest scale word), decimals
    with up to three places (the data has words for tenths, hundredths and
    thousandths), and ordinals of non-negative integers. Raises
    :class:`~factrecon.UnsupportedNumberError` outside that,
    :class:`~factrecon.InputTypeError` for a non-number and
    :class:`~factrecon.UnknownLanguageError` for an unsupported language.
    """
    if isinstance(number, bool) or not isinstance(number, int | Decimal | float):
        raise InputTypeError(f"number must be int, Decimal or float, not {type(number).__name__}")
    data = load(canonical(lang))
    value = Decimal(str(number)) if isinstance(number, float) else Decimal(number)
    if not value.is_finite():
        raise UnsupportedNumberError(f"cannot spell {number!r}")
    top = max(data.numbers["scale"].values(), default=None)
    if top is None:
        raise LanguageDataError(f"lang/data/{data.tag}/numbers.toml", "numbers.scales", "no scale word")
    if value.copy_abs() >= top * 1000:  # copy_abs: exact, where abs() rounds (and overflows at 1E+9999999)
        raise UnsupportedNumberError(f"{number!r} is too large to spell (the largest scale word is {top:E})")
    minus = _spelling(data, "minus")
    if value < 0:
        if ordinal:
            raise UnsupportedNumberError(f"no ordinal for a negative number: {number!r}")
        return f"{_written(minus, data)} {spell(-value, data.tag)}"
    places = _places(value)
    if places > len(data.denominators):
        # counted on the digits, before any arithmetic: 1E-9999999 would round to zero in the context
        raise UnsupportedNumberError(f"cannot spell {places} decimal places (at most {len(data.denominators)})")
    whole = int(value)
    fraction = value - whole
    if ordinal and not fraction:
        fused = _compound_ordinal(whole, data)
        if fused is not None:
            return _written(" ".join(fused), data)
    words = _integer(whole, data, ordinal=ordinal)
    if fraction:
        if ordinal:
            raise UnsupportedNumberError(f"no ordinal for a fraction: {number!r}")
        denominator = data.denominators.get(10**places)
        if denominator is None:
            most = len(data.denominators)
            raise UnsupportedNumberError(f"cannot spell {places} decimal places (at most {most})")
        # "f" keeps 1E-3 positional ("0.001"); places is small here, so the string is short
        digits = format(fraction.normalize(), "f").split(".")[1]
        if data.spell.get("denominator_after"):
            # ru: "две целых пять десятых", each word agreeing with the count before it
            point, numerator = data.decimal_point, int(digits)
            words = [*_agreeing(words, point, data), _form_after(whole, point, data),
                     *_agreeing(_integer(numerator, data), denominator, data),
                     _form_after(numerator, denominator, data)]
        else:
            words += [data.decimal_point, denominator, *_integer(int(digits), data)]
    if ordinal:
        words[-1] = _ordinal(words[-1], data)
    return _written(" ".join(words), data)


def _written(text: str, data: LangData) -> str:
    """*text* with the apostrophe the language writes (``[spell] apostrophe``, a code point ``U+02BB``)
    for the ``'`` the data is folded to; a language without one keeps ``'``."""
    code = data.spell.get("apostrophe")
    if not isinstance(code, str) or "'" not in text:
        return text
    return text.replace("'", chr(int(code.removeprefix("U+"), 16)))


def _places(value: Decimal) -> int:
    """How many decimal places *value* has, its trailing zeros left out (``2.50`` → 1), exactly."""
    _, digits, exponent = value.as_tuple()
    assert isinstance(exponent, int)  # finite: checked by the caller
    zeros = len(digits) - len("".join(map(str, digits)).rstrip("0"))
    return max(0, -(exponent + zeros)) if any(digits) else 0


def _spelling(data: LangData, key: str) -> str:
    """``[spell] key`` of the language's numbers.toml, which spell() needs (load() checked its type)."""
    value = data.spell.get(key)
    if not isinstance(value, str):
        raise LanguageDataError(f"lang/data/{data.tag}/numbers.toml", f"spell.{key}", "spell() needs it")
    return value


class _Words(dict[int, str]):
    """Value -> word, where a value the data has no word for is a LanguageDataError, not a KeyError."""

    def __init__(self, tag: str) -> None:
        super().__init__()
        self.tag = tag

    def __missing__(self, value: int) -> str:
        raise LanguageDataError(f"lang/data/{self.tag}/numbers.toml", "numbers", f"no word for {value}")


def _first_words(data: LangData, *roles: str) -> dict[int, str]:
    """Value -> word; where the data lists two spellings (нол, ноль), the first one is the standard."""
    words = _Words(data.tag)
    for role in roles:
        for word, value in data.numbers[role].items():
            words.setdefault(int(value), word)
    return words


def _integer(n: int, data: LangData, *, ordinal: bool = False) -> list[str]:
    words_of = _first_words(data, "digit", "ten", "hundred")
    scales = sorted(_first_words(data, "scale").items(), reverse=True)
    bare = set(data.spell.get("bare_one", []))
    if ordinal:
        # ru: тысячный, not "одна тысячный"
        bare |= set(data.spell.get("ordinal_bare_one", ()))
    if n == 0:
        return [words_of[0]]
    out: list[str] = []
    for value, word in scales:
        count, n = divmod(n, value)
        if count:
            if not (count == 1 and word in bare):
                out += _agreeing(_below_thousand(count, words_of, bare), word, data)
            out.append(_form_after(count, word, data))
    return out + _below_thousand(n, words_of, bare)


def _below_thousand(n: int, words_of: dict[int, str], bare: set[str]) -> list[str]:
    out: list[str] = []
    hundreds, rest = divmod(n, 100)
    if hundreds:
        if hundreds > 1 and hundreds * 100 in words_of:
            out.append(words_of[hundreds * 100])  # a word of its own: ru двести, триста
        else:
            if not (hundreds == 1 and words_of[100] in bare):
                out.append(words_of[hundreds])
            out.append(words_of[100])
    if 10 < rest < 20 and rest in words_of:
        return [*out, words_of[rest]]  # a word of its own: ru одиннадцать
    tens, units = divmod(rest, 10)
    if tens:
        out.append(words_of[tens * 10])
    if units:
        out.append(words_of[units])
    return out


@functools.cache
def _plural_index(locale: str, count: int) -> int:
    """0, 1 or 2 for the CLDR plural category of *count* (one; few; many or other)."""
    from babel import Locale

    return {"one": 0, "few": 1}.get(Locale.parse(locale).plural_form(count), 2)


def _form_after(count: int, word: str, data: LangData) -> str:
    """The form of *word* after *count* (ru тысяча, тысячи, тысяч), from ``[spell] forms``."""
    forms = data.spell.get("forms", {}).get(word)
    if not forms:
        return word
    return str(forms[_plural_index(language(data.tag).cldr_locale, count)])


def _agreeing(words: list[str], word: str, data: LangData) -> list[str]:
    """*words* (a count) with its last word feminine when *word* is feminine (ru две тысячи, одна целая)."""
    if not words or word not in data.spell.get("feminine_before", ()):
        return words
    feminine = data.spell.get("feminine", {})
    return [*words[:-1], feminine.get(words[-1], words[-1])]


def _compound_ordinal(n: int, data: LangData) -> list[str] | None:
    """The ordinal of *n* whose last group is a round scale with a count, in the words the language writes it:
    the count joined to the scale's ordinal stem (ru 2000 "двухтысячный", 2,500,000 "два миллиона
    пятисоттысячный"), from ``[ordinals.compounds]``; None when *n* is no such number or the data has no prefix
    for its count (then the scale word takes the ending, or cannot)."""
    endings = data.spell.get("ordinal_endings")
    if not data.ordinal_compound_counts or endings is None:
        return None
    for scale, stem in sorted(data.ordinal_compound_scales.items()):
        if n % scale:
            return None  # a figure below this scale: the last word is a number word's ordinal
        count = n // scale % 1000
        if count:
            prefix = data.ordinal_compound_counts.get(count)
            if prefix is None:
                return None
            head = _integer(n - count * scale, data) if n > count * scale else []
            return [*head, prefix + stem + str(endings.get(stem, endings[""]))]
    return None


def _ordinal(word: str, data: LangData) -> str:
    """Add the ordinal suffix to the last word, by the vowel harmony the data describes."""
    endings = data.spell.get("ordinal_endings")
    if endings is not None:
        # ru: the ordinal stem and its ending (седьм-ой, трет-ий, пят-ый)
        stem = data.ordinal_stem_changes.get(word)
        if stem is None:
            # a count the data has no prefix for before a scale ("одиннадцатитысячный": :func:`_compound_ordinal`)
            raise UnsupportedNumberError(f"no ordinal of {word!r} in {data.tag} (a scale word after a count)")
        return stem + str(endings.get(stem, endings[""]))
    stem = data.ordinal_stem_changes.get(word, word)
    vowels = _spelling(data, "vowels")
    back, front = _spelling(data, "back_vowels"), _spelling(data, "front_vowels")
    after_vowel = stem[-1] in vowels and word not in data.spell.get("consonant_final", [])
    harmony = next((ch for ch in reversed(stem) if ch in back or ch in front), "")
    for suffix in data.ordinal_word_suffixes:
        starts_with_vowel = suffix[0] in vowels
        if starts_with_vowel == after_vowel:
            continue
        if harmony and not any(ch in (back if harmony in back else front) for ch in suffix if ch in vowels):
            continue
        return stem + suffix
    raise UnsupportedNumberError(f"no ordinal suffix fits {word!r}")  # a data error: every stem has one
