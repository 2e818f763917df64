"""Text as the web gives it: invisible characters, odd spaces and dashes, look-alikes, huge inputs.

Every case is read correctly or cleanly skipped (no quantity, no exception),
and every span slices the original text back. Time is linear in the input:
checked by ratios between n and 2n, never by absolute thresholds.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import factrecon as fr
from timing import best_seconds


def _find(text: str, lang: str | None = "kk") -> list[fr.Quantity]:
    quantities = fr.find_quantities(text, lang)
    for q in quantities:
        assert 0 <= q.start < q.end <= len(text)
        assert text[q.start : q.end] == q.text
    return quantities


def _values(text: str, lang: str | None = "kk") -> list[Decimal | None]:
    return [q.value for q in _find(text, lang)]


def _claims(text: str, lang: str = "kk") -> list[fr.Claim]:
    doc = fr.Document(text, id="t", lang=lang)
    claims = fr.extract_claims(doc)
    for c in claims:
        assert text[c.quantity.start : c.quantity.end] == c.quantity.text
    return claims


# --------------------------------------------------------------------------- invisible characters


@pytest.mark.parametrize(
    "text",
    [
        "1 2\u200b50 000 доллар",  # zero-width space inside a group
        "1 250 0\u200d00 доллар",  # zero-width joiner
        "1 250 000\u2060 доллар",  # word joiner
        "\ufeff1 250 000 доллар",  # a stray BOM mid-stream
        "1 250 000 дол\u00adлар",  # soft hyphen in the unit
        "\u200f1 250 000\u200e доллар",  # RTL / LTR marks around the figure
        "\u202a1 250 000\u202c доллар",  # LRE ... PDF embedding
        "\u20661 250 000\u2069 доллар",  # LRI ... PDI isolate
    ],
    ids=repr,
)
def test_invisible_characters_do_not_change_the_figure(text: str) -> None:
    quantities = _find(text)
    assert [(q.value, q.unit) for q in quantities] == [(Decimal(1250000), "USD")]


def test_soft_hyphen_inside_a_scale_word() -> None:
    quantities = _find("Құны 4,4 мил\u00adлиард доллар.")
    assert [(q.value, q.unit) for q in quantities] == [(Decimal("4.4e9"), "USD")]


def test_zero_width_inside_a_decimal() -> None:
    assert _values("4,\u200b4 млрд доллар") == [Decimal("4.4e9")]


# --------------------------------------------------------------------------- spaces and dashes


@pytest.mark.parametrize("space", [" ", "\u00a0", "\u202f", "\u2009", "\u2007", "\u2006", "\u200a", "\u3000"], ids=repr)
@pytest.mark.parametrize("lang", ["kk", "uz-Cyrl"])
def test_any_space_groups_digits(space: str, lang: str) -> None:
    text = f"1{space}250{space}000 доллар"
    assert _values(text, lang) == [Decimal(1250000)]


@pytest.mark.parametrize("minus", ["-", "\u2212", "\u2013", "\u2010", "\u2011", "\ufe63", "\uff0d"], ids=repr)
def test_minus_signs(minus: str) -> None:
    values = _values(f"Өсім {minus}5,2 пайыз болды.")
    assert values == [Decimal("-5.2")] or values == [Decimal("5.2")]  # read as negative, or as a bare dash


def test_u2212_is_a_minus() -> None:
    assert _values("Өсім \u22125,2 пайыз болды.") == [Decimal("-5.2")]
    assert fr.parse_number("\u22125", "kk") == Decimal(-5)


@pytest.mark.parametrize(
    "dash", ["-", "\u2013", "\u2014", "\u2012", "\u2212"], ids=repr
)
def test_any_dash_makes_a_range(dash: str) -> None:
    (q,) = _find(f"5{dash}6 млн доллар")
    assert (q.low, q.high) == (Decimal("5e6"), Decimal("6e6"))


# --------------------------------------------------------------------------- look-alikes


@pytest.mark.parametrize("roman", ["XXI", "ХХI", "XХI", "ХXІ"], ids=repr)
def test_roman_numerals_in_either_script(roman: str) -> None:
    (q,) = _find(f"{roman} ғасыр")
    assert q.value == 21


@pytest.mark.parametrize(
    ("latin", "cyrillic"),
    [("Сapa 30 жоба", "Сара 30 жоба"), ("30 жоба, 4,4 млрд дoллар", "30 жоба, 4,4 млрд доллар")],
    ids=repr,
)
def test_latin_look_alikes_in_words_read_like_cyrillic(latin: str, cyrillic: str) -> None:
    assert [(q.value, q.unit) for q in _find(latin)] == [(q.value, q.unit) for q in _find(cyrillic)]


@pytest.mark.parametrize("text", ["3О жоба", "1O жоба", "ЗО жоба", "l0 жоба", "2О25 жылы"], ids=repr)
def test_letters_that_look_like_digits_are_never_more_than_their_digits(text: str) -> None:
    # an О for 0 is not guessed: at most the real digits are read, never a made-up figure
    for q in _find(text):
        assert all(ch.isdigit() or ch.isspace() or ch.isalpha() for ch in q.text)
        assert q.value is not None
        assert q.value < 10


# --------------------------------------------------------------------------- absurd and embedded numbers


@pytest.mark.parametrize("digits", [400, 4000])
def test_hundreds_of_digits_are_one_number(digits: int) -> None:
    text = "Қарыз " + "7" * digits + " доллар."
    (q,) = _find(text)
    assert q.value == Decimal("7" * digits)
    assert q.unit == "USD"


def test_hundreds_of_grouped_digits() -> None:
    text = "1" + " 000" * 130 + " теңге"
    (q,) = _find(text)
    assert q.value == Decimal(10) ** 390


@pytest.mark.parametrize(
    "text",
    [
        "Толығырақ: https://kun.uz/news/2025/11/12/30-loyiha?id=4400&page=2 сайтында.",
        "Сайт: www.gov.kz/memleket/entities/30/press/article/details/4400",
        "Хат: info2025@gov.kz, 30tender@mail.ru мекенжайына.",
        "Телефон: +7 (717) 274-52-12.",
        "Тел.: +998 71 239-12-34.",
        "Байланыс: 8 (727) 333-44-55",
        "Тел: (71) 239-12-34.",
    ],
    ids=repr,
)
def test_urls_emails_and_phones_are_not_claims(text: str) -> None:
    assert _claims(text) == []


def test_a_claim_next_to_a_url_still_counts() -> None:
    claims = _claims("Биыл 30 жоба іске асты (https://kun.uz/news/2025/11/12/4400).")
    assert [c.quantity.value for c in claims] == [Decimal(30)]


def test_clock_times_are_not_claims() -> None:
    assert _claims("Жиын сағат 10:30-да басталды.") == []


def test_table_flattened_into_text() -> None:
    text = "Өнім | 2024 | 2025\nБидай | 17,1 | 18,5 млн тонна\nАрпа | 3,2 | 3,9\n"
    quantities = _find(text)
    assert Decimal("18.5e6") in [q.value for q in quantities]
    tabbed = text.replace(" | ", "\t")
    assert [q.value for q in _find(tabbed)] == [q.value for q in quantities]


# --------------------------------------------------------------------------- size and time


def _best(text: str, repeat: int = 3) -> float:
    return best_seconds(lambda: fr.find_quantities(text, "kk"), repeat)


def test_ten_megabyte_single_line_is_read() -> None:
    # prose with a figure now and then: ~10 MB of UTF-8 on one line, no newline anywhere
    chunk = "Ауыл шаруашылығы саласында жұмыс жалғасып жатыр және нәтиже жақсы " * 8 + "биыл 30 жоба; "
    text = chunk * (10_000_000 // len(chunk.encode()))
    assert len(text.encode()) > 9_900_000
    assert "\n" not in text
    quantities = fr.find_quantities(text, "kk")
    assert len(quantities) == text.count("30 жоба")
    q = quantities[-1]
    assert text[q.start : q.end] == q.text


@pytest.mark.parametrize(
    "unit",
    [
        "Биыл 30 бірлескен жоба 4,4 млрд доллар, 23 мыңнан астам жұмыс орны. ",
        "\u200b1\u00a0250\u202f000\u00ad ",
        "https://x.kz/30/4400 info@x.kz +7 (717) 274-52-12 ",
        "ХХI " * 3 + "\u2212",
        "7" * 400 + " ",
        "+1-(",
        "+7 701 ",
    ],
    ids=["prose", "invisibles", "identifiers", "roman-minus", "long-digits", "phone-marks", "phone-groups"],
)
def test_time_is_linear_on_hardening_inputs(unit: str) -> None:
    small = unit * max(1, 16_000 // len(unit))
    t1 = _best(small)
    t2 = _best(small + small)
    assert t2 < 3.5 * t1 + 0.02, f"{t1:.4f}s for n, {t2:.4f}s for 2n"


def test_claims_time_is_linear() -> None:
    unit = "Биыл 30 бірлескен жоба 4,4 млрд доллар, 23 мыңнан астам жұмыс орны. "
    small = unit * 120

    def best(text: str) -> float:
        doc = fr.Document(text, id="t", lang="kk")
        return best_seconds(lambda: fr.extract_claims(doc))

    t1, t2 = best(small), best(small + small)
    assert t2 < 3.5 * t1 + 0.02, f"{t1:.4f}s for n, {t2:.4f}s for 2n"
