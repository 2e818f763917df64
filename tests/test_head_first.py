"""A language whose dependents follow their head (ru: "Экспорт овощей", "экспорт зерна") composes the measure as
one whose dependents come first does (kk: "Көкөніс экспорты", "Астық экспорты"): the head is what the figure
measures, a part after it is the head's part. The flag is data (``dependents_follow`` in context.toml); the
sentences are our own."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import factrecon as fr
from factrecon._page import _context, _flag
from factrecon.claims import extract_claims
from factrecon.errors import LanguageDataError


def _measure(text: str, lang: str) -> str:
    [claim] = extract_claims(fr.Document(id="d", text=text, lang=lang))
    return claim.measure


@pytest.mark.parametrize(
    ("ru", "kk", "want"),
    [
        # a part in the genitive after its head, as a part before it in Kazakh
        ("Экспорт овощей из области достиг 95 тыс. тонн.", "Облыстан көкөніс экспорты 95 мың тоннаға жетті.",
         "export>vegetables"),
        ("Импорт овощей сократился до 40 тыс. тонн.", "Көкөніс импорты 40 мың тоннаға дейін қысқарды.",
         "import>vegetables"),
        # an amount in the genitive after its head: the head's measure, not the product's
        ("Экспорт зерна за сезон достиг 8,1 млн тонн.", "Маусымда астық экспорты 8,1 млн тоннаға жетті.", "export"),
        ("Экспорт нефти составил 61 млн тонн.", "Мұнай экспорты 61 млн тонна болды.", "export"),
        # a head and its genitive that together name one measure (the wheat harvest), a generic output of a product
        ("Урожай пшеницы составил 13,4 млн тонн.", "Бидай өнімі 13,4 млн тонна болды.", "wheat"),
        ("Добыча нефти составила 88 млн тонн.", "Мұнай өндірісі 88 млн тонна болды.", "oil"),
        ("Производство мяса составило 1,3 млн тонн.", "Ет өндірісі 1,3 млн тонна болды.", "meat"),
        ("Сбор хлопка составил 410 тыс. тонн.", "Мақта өнімі 410 мың тонна болды.", "cotton"),
    ],
)
def test_the_head_is_what_kazakh_names_last(ru: str, kk: str, want: str) -> None:
    assert _measure(ru, "ru") == want
    assert _measure(kk, "kk") == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # an adjective still comes before its noun in Russian
        ("Месячная инфляция составила 0,9%.", "inflation>monthly"),
        # a generic output whose product is named in the genitive after the unit
        ("Добыча составила 88 млн тонн нефти.", "oil"),
        # "площадь жилья" is the housing's floor space, not an area of land
        ("Площадь жилья за год составила 17 млн кв. м.", "housing"),
    ],
)
def test_russian_measures_around_the_head(text: str, want: str) -> None:
    assert _measure(text, "ru") == want


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Пахта ҳосили 410 минг тоннани ташкил этди.", "uz-Cyrl"),
        ("Paxta hosili 410 ming tonnani tashkil etdi.", "uz-Latn"),
        ("Урожай хлопка составил 410 тыс. тонн.", "ru"),
    ],
)
def test_the_cotton_harvest_is_cotton_in_every_language(text: str, lang: str) -> None:
    assert _measure(text, lang) == "cotton"


@given(
    head=st.sampled_from([("Экспорт", "export"), ("Импорт", "import")]),
    verb=st.sampled_from(["составил", "достиг", "превысил"]),
    tonnes=st.integers(min_value=2, max_value=900),
)
def test_a_head_followed_by_a_part_is_the_heads_part(head: tuple[str, str], verb: str, tonnes: int) -> None:
    word, key = head
    assert _measure(f"{word} овощей {verb} {tonnes} тыс. тонн.", "ru") == f"{key}>vegetables"


def test_the_flag_is_the_languages_data() -> None:
    assert _context("ru").dependents_follow
    assert not _context("kk").dependents_follow
    assert not _context("uz-Cyrl").dependents_follow
    assert _flag("x.toml", {}, "dependents_follow") is False
    with pytest.raises(LanguageDataError, match="dependents_follow"):
        _flag("x.toml", {"dependents_follow": "yes"}, "dependents_follow")


@pytest.mark.parametrize(
    ("text", "surface", "want"),
    [
        # the groups of consumer prices under a header, as kk "азық-түлік тауарлары – 12,7%"
        ("Инфляция по группам товаров за год:\nпродовольственные товары — 11,2%;\n", "11,2%", "inflation>food"),
        ("Инфляция по группам товаров за год:\nнепродовольственные товары — 9,4%;\n", "9,4%", "inflation>non_food"),
        ("Инфляция по группам товаров за год:\nплатные услуги — 14,1%.\n", "14,1%", "inflation>services"),
        # the kinds of housing, as kk "көппәтерлі үйлер – 12,1 млн ш.м."
        ("Ввод жилья по видам:\n– многоквартирные дома — 9 410,2 тыс. кв. м;\n", "кв. м", "housing>multi_apartment"),
        ("Ввод жилья по видам:\n– индивидуальные дома — 5 120,7 тыс. кв. м;\n", "кв. м", "housing>individual_housing"),
    ],
)
def test_russian_parts_under_a_header(text: str, surface: str, want: str) -> None:
    claims = extract_claims(fr.Document(id="d", text=text, lang="ru"))
    [claim] = [c for c in claims if c.quantity.text.endswith(surface)]
    assert claim.measure == want


def test_the_genitive_after_a_figure_is_that_figures_own() -> None:
    # "N тонн хлопка и M тонн зерна": the cotton is the first figure's, the grain the second's
    text = "Итоги сезона.\nСобрано 3,6 млн тонн хлопка и 7,9 млн тонн зерна.\n"
    claims = extract_claims(fr.Document(id="d", text=text, lang="ru"))
    assert [c.measure for c in claims] == ["cotton", "harvest"]


def test_a_part_in_the_clause_is_the_paragraphs_measures_part() -> None:
    # a group's contribution named in its own clause, of the inflation its paragraph is about
    text = "Годовая инфляция составила 11,8%. Больше всего в неё внесли продукты питания, платные услуги дали 1,7 п.п."
    claims = extract_claims(fr.Document(id="d", text=text, lang="ru"))
    assert [c.measure for c in claims if c.quantity.text.startswith("1,7")] == ["inflation>services"]
