"""parse_number: per-language tables of forms, errors, and round trips with spell()."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from factrecon import InputTypeError, NumberParseError, UnknownLanguageError, parse_number, spell
from factrecon.errors import UnsupportedNumberError
from factrecon.lang import SUPPORTED
from factrecon.lang.registry import language, transliterator

D = Decimal

# Digits read the same in both languages: every space kind is a group separator.
DIGITS = [
    ("504,4", D("504.4")),
    ("504.4", D("504.4")),
    ("1 250 000", 1_250_000),
    ("1\u00a0250\u00a0000", 1_250_000),  # NBSP, CLDR's group separator
    ("1\u202f250\u202f000", 1_250_000),  # narrow NBSP
    ("1\u2009250\u2009000", 1_250_000),  # thin space
    ("1\u2007250\u2007000", 1_250_000),  # figure space
    ("1\t250\t000", 1_250_000),
    ("1.500.000", 1_500_000),
    ("1.500", 1500),  # one dot and three digits: grouping (value-semantics.md)
    ("1,000,000", 1_000_000),
    ("12 345,67", D("12345.67")),
    ("0,25", D("0.25")),
    ("-5", -5),
    ("\u22125", -5),  # minus sign
    ("2,5 млн", 2_500_000),
    ("4,4 млрд", 4_400_000_000),
    ("4,4 млрд.", 4_400_000_000),
    ("1,2 трлн", 1_200_000_000_000),
    ("2 млрд 300 млн", 2_300_000_000),
    ("млрд-қа", None),  # an abbreviation alone is not a number
    ("XXI", 21),
    ("ХХI", 21),  # Cyrillic Х
    ("MMXXV", 2025),
    ("1" + "0" * 15, 10**15),
    ("1" + "0" * 18, 10**18),
    ("10 000 000 000 000 000 000", 10**19),
]

KK = [
    ("нөл", 0), ("бір", 1), ("екі", 2), ("үш", 3), ("төрт", 4), ("бес", 5), ("алты", 6), ("жеті", 7),
    ("сегіз", 8), ("тоғыз", 9), ("он", 10), ("он бір", 11), ("он тоғыз", 19), ("жиырма", 20),
    ("жиырма бес", 25), ("отыз", 30), ("қырық", 40), ("қырық екі", 42), ("елу", 50), ("алпыс", 60),
    ("жетпіс", 70), ("сексен", 80), ("тоқсан", 90), ("тоқсан тоғыз", 99), ("жүз", 100), ("бір жүз", 100),
    ("жүз бір", 101), ("екі жүз", 200), ("мың", 1000), ("бір мың", 1000), ("екі мың жиырма бес", 2025),
    ("бір мың тоғыз жүз тоқсан алты", 1996), ("он екі мың үш жүз қырық бес", 12345),
    ("миллион", 10**6), ("бір миллион", 10**6), ("миллион бес жүз мың", 1_500_000),
    ("миллиард", 10**9), ("бір миллиард", 10**9), ("төрт миллиард төрт жүз миллион", 4_400_000_000),
    ("триллион", 10**12), ("квадриллион", 10**15), ("екі квадриллион", 2 * 10**15),
    ("тоғыз жүз тоқсан тоғыз мың тоғыз жүз тоқсан тоғыз", 999_999),
    # halves and quarters
    ("жарты миллион", 500_000), ("бір жарым", D("1.5")), ("екі жарым", D("2.5")),
    ("бір жарым миллиард", 1_500_000_000), ("бір жарым миллион", 1_500_000), ("ширек миллион", 250_000),
    # decimals spelled out
    ("отыз бүтін оннан сегіз", D("30.8")), ("бес жүз төрт бүтін оннан төрт", D("504.4")),
    ("нөл бүтін жүзден жиырма бес", D("0.25")), ("он бүтін жүзден екі", D("10.02")),
    ("төрт бүтін мыңнан бес", D("4.005")),
    # the fraction as digits, as num2words 'kz' writes it (numeral-peers.md §3)
    ("отыз бүтін сегіз", D("30.8")), ("он бүтін нөл екі", D("10.02")), ("бір бүтін жиырма бес", D("1.25")),
    # ordinals
    ("бірінші", 1), ("екінші", 2), ("үшінші", 3), ("алтыншы", 6), ("оныншы", 10), ("жиырмасыншы", 20),
    ("жиырма бірінші", 21), ("қырқыншы", 40), ("елуінші", 50), ("жүзінші", 100), ("мыңыншы", 1000),
    ("екі мың жиырма бесінші", 2025), ("5-ші", 5), ("10-шы", 10), ("5-інші", 5), ("50-ші", 50),
    # suffixed forms
    ("мыңнан", 1000), ("үш жүз мыңнан", 300_000), ("он екі мыңнан", 12_000), ("миллиардқа", 10**9),
    ("30-ға", 30), ("80-нен", 80), ("5-тен", 5), ("2-сі", 2), ("мыңдай", 1000), ("миллион", 10**6),
    # capitals and extra spaces
    ("Жиырма бес", 25), ("жиырма  бес", 25), ("  он  ", 10),
    ("минус бес", -5),
]

UZ = [
    ("нол", 0), ("ноль", 0), ("бир", 1), ("икки", 2), ("уч", 3), ("тўрт", 4), ("беш", 5), ("олти", 6),
    ("етти", 7), ("саккиз", 8), ("тўққиз", 9), ("ўн", 10), ("ўн бир", 11), ("ўн тўққиз", 19),
    ("йигирма", 20), ("йигирма беш", 25), ("ўттиз", 30), ("қирқ", 40), ("эллик", 50), ("олтмиш", 60),
    ("етмиш", 70), ("саксон", 80), ("тўқсон", 90), ("тўқсон тўққиз", 99), ("юз", 100), ("бир юз", 100),
    ("минг", 1000), ("бир минг", 1000), ("икки минг йигирма беш", 2025),
    ("бир минг тўққиз юз тўқсон олти", 1996), ("ўн икки минг уч юз қирқ беш", 12345),
    ("миллион", 10**6), ("бир миллион", 10**6), ("бир миллиард беш юз миллион", 1_500_000_000),
    ("триллион", 10**12), ("трилион", 10**12), ("бир квадриллион", 10**15),
    # halves
    ("ярим миллион", 500_000), ("бир ярим", D("1.5")), ("бир ярим миллиард", 1_500_000_000),
    ("икки ярим минг", 2500),
    # decimals
    ("ўттиз бутун ўндан саккиз", D("30.8")), ("беш юз тўрт бутун ўндан тўрт", D("504.4")),
    ("нол бутун юздан йигирма беш", D("0.25")), ("бир бутун мингдан беш", D("1.005")),
    ("ўттиз бутун саккиз", D("30.8")), ("ўттиз вергул саккиз", D("30.8")), ("ўн бутун нол икки", D("10.02")),
    # ordinals
    ("биринчи", 1), ("иккинчи", 2), ("учинчи", 3), ("тўртинчи", 4), ("олтинчи", 6), ("еттинчи", 7),
    ("ўнинчи", 10), ("йигирманчи", 20), ("йигирма биринчи", 21), ("қирқинчи", 40), ("элликинчи", 50),
    ("юзинчи", 100), ("мингинчи", 1000), ("5-чи", 5), ("5-инчи", 5),
    # suffixed and classifier forms
    ("мингдан", 1000), ("йигирма мингдан", 20_000), ("миллиардгача", 10**9), ("бешта", 5), ("иккита", 2),
    ("30дан", 30), ("30-дан", 30), ("100гача", 100), ("минус беш", -5),
]


@pytest.mark.parametrize("lang", SUPPORTED)
@pytest.mark.parametrize(("text", "value"), DIGITS)
def test_digits(lang: str, text: str, value: int | Decimal | None) -> None:
    if language(lang).derive_from is not None:
        text = transliterator(lang)(text)  # the cases' words in the derived language's script (млн -> mln)
    if value is None:
        with pytest.raises(NumberParseError):
            parse_number(text, lang)
    else:
        assert parse_number(text, lang) == value


RU = [
    ("ноль", 0), ("три", 3), ("пять", 5), ("десять", 10), ("одиннадцать", 11), ("девятнадцать", 19),
    ("двадцать пять", 25), ("сорок два", 42), ("девяносто девять", 99), ("сто", 100), ("сто пятнадцать", 115),
    ("двести", 200), ("триста сорок пять", 345), ("девятьсот девяносто девять", 999),
    ("одна тысяча", 1000), ("тысяча", 1000), ("две тысячи двадцать пять", 2025), ("пять тысяч", 5000),
    ("одна тысяча девятьсот девяносто шесть", 1996), ("двенадцать тысяч триста сорок пять", 12345),
    ("миллион", 10**6), ("полтора миллиона", 1_500_000), ("четыре миллиарда четыреста миллионов", 4_400_000_000),
    # the oblique cases, as news writes them after a preposition
    ("двадцати пяти", 25), ("пятнадцати", 15), ("трёхсот", 300), ("трехсот", 300), ("пятьюстами", 500),
    ("двумя тысячами", 2000), ("полутора миллионов", 1_500_000), ("двадцати миллионов", 20_000_000),
    ("пятью тысячами", 5000), ("сорока", 40), ("девяноста", 90), ("ста", 100), ("тысяч", 1000),
    # ordinals
    ("первый", 1), ("второй", 2), ("третьего", 3), ("седьмое", 7), ("двадцать первый", 21),
    ("сороковой", 40), ("сотый", 100), ("тысячный", 1000), ("21-й", 21), ("20-е", 20), ("XXI", 21),
    # a fraction spelled as digits after "целых"
    ("две целых пять", D("2.5")),
    ("2,5 млн", 2_500_000), ("4,4 млрд.", 4_400_000_000), ("75 тыс.", 75_000), ("75 тыс", 75_000),
    ("минус пять", -5),
]

SUFFIXED = [("30-дан", 30), ("30дан", 30)]


@pytest.mark.parametrize("lang", ["kk", "uz-Cyrl"])
@pytest.mark.parametrize(("text", "value"), SUFFIXED)
def test_turkic_suffix_on_digits(lang: str, text: str, value: int) -> None:
    assert parse_number(text, lang) == value


@pytest.mark.parametrize(("text", "value"), RU)
def test_russian_words(text: str, value: int | Decimal) -> None:
    assert parse_number(text, "ru") == value


@pytest.mark.parametrize(("text", "value"), KK)
def test_kazakh_words(text: str, value: int | Decimal) -> None:
    assert parse_number(text, "kk") == value


@pytest.mark.parametrize(("text", "value"), UZ)
def test_uzbek_words(text: str, value: int | Decimal) -> None:
    assert parse_number(text, "uz-Cyrl") == value


def test_language_detected_when_not_given() -> None:
    assert parse_number("екі мың жиырма бес") == 2025
    assert parse_number("тўрт миллиард тўрт юз миллион") == 4_400_000_000


def test_value_is_a_decimal_with_its_digits() -> None:
    value = parse_number("4,40", "kk")
    assert isinstance(value, Decimal)
    assert str(value) == "4.40"  # the precision of what was written
    assert str(parse_number("2,5 млн", "kk")) == "2500000"


@pytest.mark.parametrize("digits", [400, 1000])
def test_absurdly_long_digit_strings_are_numbers(digits: int) -> None:
    text = "9" * digits
    assert parse_number(text, "kk") == int(text)
    assert parse_number("1" + "0" * digits + ",5", "uz-Cyrl") == Decimal("1" + "0" * digits + ".5")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("", "kk"), ("   ", "kk"), ("сәлем", "kk"), ("салом", "uz-Cyrl"), ("екі мың теңге", "kk"),
        ("беш юз олма", "uz-Cyrl"), ("мың мың", "kk"), ("бір екі", "kk"), ("жиырма отыз", "kk"),
        ("5 6", "kk"), ("оның", "kk"), ("учун", "uz-Cyrl"), ("бүтін", "kk"), ("%", "kk"), ("-", "kk"),
        ("12 жоба", "kk"), ("екі екі", "kk"),
    ],
)
def test_not_a_number(text: str, lang: str) -> None:
    with pytest.raises(NumberParseError):
        parse_number(text, lang)


@pytest.mark.parametrize("bad", [None, 5, 5.0, b"5", ["5"], Decimal(5)])
def test_non_str_is_input_type_error(bad: object) -> None:
    with pytest.raises(InputTypeError, match=type(bad).__name__) as info:
        parse_number(bad, "kk")  # type: ignore[arg-type]
    assert isinstance(info.value, TypeError)


@pytest.mark.parametrize("tag", ["uz", "tt", "uz-Arab", "xx"])
def test_unknown_language(tag: str) -> None:
    with pytest.raises(UnknownLanguageError, match="kk, ru, uz-Cyrl"):
        parse_number("5", tag)


# --- round trips with spell() -------------------------------------------------------

LANGS = st.sampled_from(SUPPORTED)


@given(n=st.integers(0, 10**15), lang=LANGS)
@example(n=0, lang="kk")
@example(n=10**15, lang="uz-Cyrl")
@example(n=1_000_001, lang="kk")
@example(n=100_000, lang="uz-Cyrl")
def test_parse_spell_integers(n: int, lang: str) -> None:
    assert parse_number(spell(n, lang), lang) == n


@given(n=st.integers(10**15, 10**18 - 1), lang=LANGS)
def test_parse_spell_large_integers(n: int, lang: str) -> None:
    assert parse_number(spell(n, lang), lang) == n


@given(n=st.integers(-(10**12), 10**12), lang=LANGS)
def test_parse_spell_negative(n: int, lang: str) -> None:
    assert parse_number(spell(n, lang), lang) == n


@given(whole=st.integers(0, 10**12), places=st.integers(1, 3), lang=LANGS, data=st.data())
def test_parse_spell_decimals(whole: int, places: int, lang: str, data: st.DataObject) -> None:
    fraction = data.draw(st.integers(1, 10**places - 1))
    number = Decimal(whole) + Decimal(fraction).scaleb(-places)
    assert parse_number(spell(number, lang), lang) == number


@given(n=st.integers(1, 10**15), lang=LANGS)
@example(n=40, lang="kk")
@example(n=20, lang="kk")
@example(n=50, lang="kk")
@example(n=20, lang="uz-Cyrl")
def test_parse_spell_ordinals(n: int, lang: str) -> None:
    try:
        words = spell(n, lang, ordinal=True)
    except UnsupportedNumberError:
        # двухтысячный: not written (test_spell.py)
        assert lang == "ru"
        assert n % 1000 == 0
        return
    assert parse_number(words, lang) == n


@given(n=st.integers(0, 10**15), lang=LANGS)
def test_parse_digits_with_any_group_separator(n: int, lang: str) -> None:
    grouped = f"{n:,}"
    for sep in (" ", "\u00a0", "\u202f", "\u2009"):
        assert parse_number(grouped.replace(",", sep), lang) == n


@given(n=st.integers(1, 10**12), lang=LANGS)
def test_parse_kazakh_scale_words_with_explicit_one(n: int, lang: str) -> None:
    """"мың" and "бір мың" are both 1000: spell with the "one" written out and read it back."""
    words = spell(n, lang).split()
    one = spell(1, lang)
    big = {spell(10**k, lang).split()[-1] for k in (3, 6, 9, 12)}
    scales = big | {spell(100, lang)}
    explicit: list[str] = []
    for k, w in enumerate(words):
        before = words[k - 1] if k else None
        if w in scales and (before is None or before in big):
            explicit.append(one)
        explicit.append(w)
    assert parse_number(" ".join(explicit), lang) == n


@given(whole=st.integers(0, 10**9), zeros=st.integers(0, 2), digits=st.integers(1, 999), lang=LANGS)
def test_parse_fraction_read_as_digits(whole: int, zeros: int, digits: int, lang: str) -> None:
    """"<whole> бүтін [нөл...] <digits>": the other way generators write a decimal."""
    point = spell(Decimal("0.5"), lang).split()[1]
    zero = spell(0, lang)
    text = " ".join([spell(whole, lang), point, *[zero] * zeros, spell(digits, lang)])
    assert parse_number(text, lang) == Decimal(f"{whole}.{'0' * zeros}{digits}")


# --- the one-scale-word shortcut of read_scaled (benchmarks/RESULTS.md, "Profile of find_quantities") ---


def _scale_words_of(lang: str, bare: bool = False) -> list[str]:
    """The words read_scaled reads as scales (with bare=True: those whose first reading has no suffix)."""
    from factrecon.lang.data import load
    from factrecon.numerals import _readings

    scales = _readings(load(lang)).scales
    return sorted(w for w, forms in scales.items() if not (bare and forms[0].families))


def _check_one_scale(lang: str, text: str) -> None:
    """read_scaled (with its one-word shortcut) reads from token 0 what the WordReader loop reads."""
    import attrs

    from factrecon.lang.data import load
    from factrecon.numerals import _readings, _scale_words, read_digits, read_scaled
    from factrecon.text import WORD, tokenize

    tok = tokenize(text)
    lang_data = load(lang)
    digits = read_digits(tok, 0, lang_data.decimal_separator)
    assert digits is not None
    if digits.stop >= len(tok.kind) or tok.kind[digits.stop] != WORD or tok.gap[digits.stop] == 2:
        return
    fast = read_scaled(tok, 0, lang_data)
    slow = _scale_words(tok, digits, digits.stop, _readings(lang_data).scales)
    assert repr(attrs.asdict(fast, recurse=False)) == repr(attrs.asdict(slow, recurse=False)), text


@pytest.mark.parametrize("lang", ["kk", "uz-Cyrl"])
def test_one_scale_word_reads_what_the_word_reader_reads_for_every_pair(lang: str) -> None:
    bare = _scale_words_of(lang, bare=True)
    assert bare
    for first in bare:
        for second in [*bare, "адам"]:
            for after in ("", ".", "-", " .", "\n"):
                _check_one_scale(lang, f"4,4 {first}{after} {second}")


@pytest.mark.parametrize("lang", ["kk", "uz-Cyrl"])
@given(
    data=st.data(),
    whole=st.integers(min_value=0, max_value=10**32),
    fraction=st.none() | st.from_regex(r"\d{1,4}", fullmatch=True),
    after=st.sampled_from(["", ".", " .", "-", " ", "\n"]),
)
def test_one_scale_word_reads_what_the_word_reader_reads(
    lang: str, data: st.DataObject, whole: int, fraction: str | None, after: str
) -> None:
    words, bare = _scale_words_of(lang), _scale_words_of(lang, bare=True)
    first = data.draw(st.sampled_from(bare) | st.sampled_from(words))
    second = data.draw(st.none() | st.sampled_from(bare) | st.sampled_from([*words, "адам", "жыл"]))
    figure = str(whole) if fraction is None else f"{whole},{fraction}"
    _check_one_scale(lang, f"{figure} {first}{after}{'' if second is None else ' ' + second}")


@pytest.mark.parametrize("lang", SUPPORTED)
def test_parse_number_reads_every_collective(lang: str) -> None:
    """"the five of them" (бесеуі, бешови) is one number, as find_quantities reads it."""
    from factrecon.lang.data import load

    words = load(lang).words
    collectives = {w: f.value for w, forms in words.items() for f in forms if f.role == "collective" and f.value}
    assert collectives  # the data has them
    for word, value in collectives.items():
        assert parse_number(word, lang) == value, word
    with pytest.raises(NumberParseError):
        parse_number(next(iter(collectives)) + " бар", lang)


@pytest.mark.parametrize(
    ("text", "lang", "value"), [("бесеуі", "kk", 5), ("алтауы", "kk", 6), ("бешови", "uz-Cyrl", 5)]
)
def test_parse_number_reads_a_collective_with_its_possessive(text: str, lang: str, value: int) -> None:
    assert parse_number(text, lang) == value
