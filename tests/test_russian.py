"""Russian (ru): the case table read directly, claims that join the Kazakh and Uzbek ones, the report's words."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import factrecon as fr
from factrecon.claims import extract_claims
from factrecon.lang.registry import messages, ui_languages
from factrecon.model import Kind

CASES = Path(__file__).resolve().parent / "data" / "cases-ru.jsonl"


def _cases() -> list[dict[str, Any]]:
    return [json.loads(line) for line in CASES.read_text(encoding="utf-8").splitlines() if line.strip()]


def _close(got: Decimal | None, want: float | None) -> bool:
    if got is None or want is None:
        return got is None and want is None
    return abs(float(got) - want) <= 1e-9 * max(1.0, abs(want))


@pytest.mark.parametrize("case", _cases(), ids=lambda c: c["text"][:40])
def test_case_table(case: dict[str, Any]) -> None:
    """Every expected quantity is read with its value, bounds and unit; nothing else is read (dates aside)."""
    got = [q for q in fr.find_quantities(case["text"], "ru") if q.kind is not Kind.DATE]
    assert len(got) == len(case["expect"]), [q.text for q in got]
    for q, want in zip(got, case["expect"], strict=True):
        start = case["text"].find(want["surface"])
        assert q.start < start + len(want["surface"]), (q.text, want["surface"])
        assert start < q.end, (q.text, want["surface"])
        unit = {"pp": "percentage_point"}.get(want["unit"], want["unit"])
        if unit == "ordinal":
            assert q.kind is Kind.ORDINAL
            assert q.value == Decimal(want["low"])
            continue
        assert q.unit == unit, q
        if want["approx"]:
            assert q.approx, q
            assert _close(q.value, want["low"]), q
        elif want["low"] == 0 and want["high"] is not None:  # an upper bound: up to, at most, less than
            assert q.qualifier.value in ("up_to", "at_most", "less_than"), q
            assert _close(q.high, want["high"]), q
        else:
            assert _close(q.low, want["low"]), q
            assert _close(q.high, want["high"]), q
        if "qualifier" in want:
            assert q.qualifier.value == want["qualifier"], q


@pytest.mark.parametrize(
    ("text", "change"),
    [
        ("Товарооборот вырос на 12,5%.", True),  # a change preposition after a change verb
        ("Показатель снизился почти на 30%.", True),
        ("Объём увеличился в 1,3 раза.", True),
        ("Доля составила 12,5%.", False),
        ("Ставка снижена до 16,5%.", False),  # where the change ended: a level
        ("Рост на 5% ожидается.", True),
    ],
)
def test_change_or_level(text: str, change: bool) -> None:
    [q] = fr.find_quantities(text, "ru")
    assert q.change is change


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("Добычу намерено увеличить до 96 млн тонн.", "up_to"),  # intent: a target
        ("Лимит — до 500 тыс. тенге.", "up_to"),
        ("Добыча выросла до 96 млн тонн.", "exact"),
        ("Ставку повысили с 16,5% до 18%.", "exact"),
        ("Добыча сократилась на 9,8%, до 3,4 млн тонн.", "exact"),
    ],
)
def test_up_to_only_for_targets_and_limits(text: str, qualifier: str) -> None:
    assert fr.find_quantities(text, "ru")[-1].qualifier.value == qualifier


def _doc(doc_id: str, text: str, lang: str) -> fr.Document:
    return fr.Document(id=doc_id, text=text, lang=lang)


def test_a_russian_claim_joins_the_kazakh_and_uzbek_ones() -> None:
    docs = [
        _doc("kk", "Қазақстанда 2024 жылы 26,7 млн тонна астық жиналды.", "kk"),
        _doc("ru", "В Казахстане в 2024 году собрано 26,7 млн тонн зерна.", "ru"),
        _doc("uz", "Қозоғистонда 2024 йилда 26,7 млн тонна ғалла йиғилди.", "uz-Cyrl"),
    ]
    report = fr.reconcile(docs)
    [fact] = [f for f in report.facts if f.unit == "t"]
    assert sorted(c.doc_id for c in fact.claims) == ["kk", "ru", "uz"]
    assert fact.measure == "harvest"
    assert not report.findings


def test_a_russian_figure_that_differs_is_a_conflict() -> None:
    docs = [
        _doc("kk", "Қазақстанда 2024 жылы 26,7 млн тонна астық жиналды.", "kk"),
        _doc("ru", "В Казахстане в 2024 году собрано 27,6 млн тонн зерна.", "ru"),
    ]
    [finding] = fr.reconcile(docs).findings
    assert finding.kind == "conflict"


@pytest.mark.parametrize(
    ("text", "code", "role"),
    [
        ("В Туркестанской области собрали 5 млн тонн зерна.", "KZ-YUZ", "in"),
        ("Урожай Кашкадарьинской области составил 2 млн тонн.", "UZ-QA", "of"),
        ("Импорт из Китая вырос на 5%.", "CN", "from"),
        ("В Северо-Казахстанской области собрали 6,9 млн тонн.", "KZ-SEV", "in"),
        ("В Ташкенте открыли 30 школ.", "UZ-TK", "in"),
        ("В Алматы построили 12 школ.", "KZ-ALA", "in"),
    ],
)
def test_places_as_russian_writes_them(text: str, code: str, role: str) -> None:
    [claim] = extract_claims(_doc("d", text, "ru"))
    assert (code, role) in [(p.code, p.role) for p in claim.context]


def test_report_words_are_translated() -> None:
    assert "ru" in ui_languages()
    ru, kk = messages("ru"), messages("kk")
    assert set(ru) == set(kk)  # every message the Kazakh report has
    assert ru["Findings"] == "Замечания"


@given(n=st.integers(2, 10**12))
def test_spelled_numbers_are_read_in_running_text(n: int) -> None:
    """spell() writes what find_quantities reads: "Экспорт составил <words> тонн." gives n tonnes.

    (From 2: a lone "один" is "one of", a lone "ноль" no claim, as in kk and uz.)
    """
    text = f"Экспорт составил {fr.spell(n, 'ru')} тонн."
    found = fr.find_quantities(text, "ru")
    assert [q.value for q in found] == [n]
    assert found[0].unit == "t"


def test_a_figure_written_in_words_that_differs_is_another_source() -> None:
    """Two pages alike but for a figure in words are two sources (find_copies), and disagree."""
    body = ("Новости\n\nВ 2025 году реализовано {n} проектов.\n\nВ 2025 году создано триста восемьдесят четыре "
            "новых рабочих мест.\n\nВ 2025 году товарооборот между двумя странами составил 1 000 000 000 долларов.\n")
    docs = [fr.Document(body.format(n=n), id=i, lang="ru", published="2025-11-12")
            for i, n in (("a", "две тысячи двести пятьдесят шесть"), ("b", "пятьсот шестьдесят четыре"))]
    report = fr.reconcile(docs)
    assert all(d.copy_of is None for d in report.documents)
    assert [f.fact.measure for f in report.findings] == ["project"]


_SCALES = {"тыс.": 1000, "млн": 10**6, "млрд": 10**9}
_CURRENCIES = {"долларов": "USD", "тенге": "KZT", "сумов": "UZS"}


@given(a=st.integers(1, 998), step=st.integers(1, 500), scale=st.sampled_from(sorted(_SCALES)),
       word=st.sampled_from(sorted(_CURRENCIES)))
def test_from_to_is_one_range_in_the_second_figure_scale_and_unit(a: int, step: int, scale: str, word: str) -> None:
    """"от A до B <scale> <unit>": one range A..B, both in B's scale and unit; "с A до B ...": A is said in them too."""
    b = a + step
    [q] = fr.find_quantities(f"Цены составят от {a} до {b} {scale} {word} за единицу.", "ru")
    assert (q.low, q.high, q.unit, q.qualifier.value) == (a * _SCALES[scale], b * _SCALES[scale], _CURRENCIES[word],
                                                          "range")
    first, second = fr.find_quantities(f"Цена выросла с {a} до {b} {scale} {word}.", "ru")
    assert (first.value, first.unit) == (a * _SCALES[scale], _CURRENCIES[word])
    assert (second.value, second.unit) == (b * _SCALES[scale], _CURRENCIES[word])


def test_benchmark_sentences_are_read() -> None:
    """Every generated Russian benchmark sentence (benchmarks/corpus.py) has a figure, and its money has a unit."""
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
    try:
        import corpus
    finally:
        sys.path.pop(0)
    for sentence in corpus.sentences("ru", 300):
        found = fr.find_quantities(sentence, "ru")
        assert found, sentence
        for q in found:
            if "млрд тенге" in q.text:
                assert q.unit == "KZT", (sentence, q)


# --- facts across the languages: what tells a Russian figure apart, or joins it ------------------


def _claims(text: str, lang: str = "ru") -> list[fr.Claim]:
    return extract_claims(_doc("d", text, lang))


def _one(text: str, surface: str, lang: str = "ru") -> fr.Claim:
    [claim] = [c for c in _claims(text, lang) if c.quantity.text.strip(" .").endswith(surface)]
    return claim


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("В Мангистау зарплата составила 560 тыс. тенге.", "KZ-MAN"),
        ("В Туркестане открыли 14 школ.", "KZ-YUZ"),
        ("В Кашкадарье собрали 900 тыс. тонн зерна.", "UZ-QA"),
        ("Переводы из США составили $600 млн.", "US"),
        ("Переводы из Южной Кореи составили $500 млн.", "KR"),
        ("В Жетысуской области построили 9 школ.", "KZ-JET"),
    ],
)
def test_more_places_as_russian_writes_them(text: str, code: str) -> None:
    [claim] = _claims(text)
    assert code in [p.code for p in claim.context]


def test_a_dash_standing_for_is_gives_the_place_and_the_measure() -> None:
    # one paragraph, longer than a list item
    text = ("В прошлом году строители сдали больше жилья, чем годом раньше, а по вводу жилья среди городов "
            "впереди Шымкент — 1,2 млн кв. м. Внешняя торговля тоже росла: экспорт прибавил, импорт из Китая — "
            "$20 млрд, и это больше, чем ожидали аналитики в начале года.")
    claims = _claims(text)
    housing = next(c for c in claims if c.quantity.unit == "m2")
    assert "KZ-SHY" in [p.code for p in housing.context]
    money = next(c for c in claims if c.quantity.unit == "USD")
    assert money.measure == "import"
    assert ("CN", "from") in [(p.code, p.role) for p in money.context]


def test_the_sentence_after_a_dash_line_names_its_own_place() -> None:
    # a short unmarked line "head — figure. Next sentence ...": the head is its first sentence's, not the next one's
    text = ("Складов построили больше, чем год назад.\nСтроители довольны итогами.\nСпрос остаётся высоким.\n"
            "Лидирует Шымкент — 3,1 млн кв. м. Караганда со своими 1,7 млн кв. м уступает ему.\n")
    first, second = (c for c in _claims(text) if c.quantity.unit == "m2")
    assert [p.code for p in first.context] == ["KZ-SHY"]
    assert [p.code for p in second.context] == ["KZ-KAR"]


def test_a_marked_list_item_keeps_its_head_for_its_second_sentence() -> None:
    text = "Ввод складов:\n- Шымкент — 3,1 млн кв. м. Это на 9% больше.\n- Караганда — 1,7 млн кв. м.\n"
    growth = _one(text, "9%")
    assert "KZ-SHY" in [p.code for p in growth.context]


def test_a_rate_named_before_a_dash_is_not_the_paragraphs_measure() -> None:
    text = "Годовая инфляция замедлилась до 9,5%. Для сравнения: ставка Нацбанка Кыргызстана — 9%."
    assert _one(text, "9%").measure == "base_rate"


def test_a_rate_per_day_is_not_the_years_total() -> None:
    daily = _one("За год в стране родилось 370 тыс. детей — около тысячи младенцев в день.", "тысячи")
    assert daily.measure == "birth>daily"
    kk = _doc("kk", "Былтыр елде 1 200 сәби туылды.", "kk")
    ru = _doc("ru", "Ежедневно в стране рождается около 1 200 детей.", "ru")
    assert not fr.reconcile([kk, ru]).findings


def test_a_plan_exceeded_by_an_amount_is_neither_the_plan_nor_the_level() -> None:
    ru = _one("План по вводу жилья перевыполнен на 2 млн кв. м.", "кв. м")
    kk = _one("Тұрғын үй салу жоспары 2 млн шаршы метрге артығымен орындалды.", "метрге", "kk")
    assert ru.measure == kk.measure == "housing_over_plan"
    assert _one("План по сбору хлопка выполнен на 103%.", "103%").measure.endswith("_plan")


def test_a_year_earlier_is_the_previous_years_figure() -> None:
    text = ("В 2024 году товарооборот составил 45 млрд долларов. Это на 3 млрд больше, чем годом ранее, "
            "когда показатель составлял 42 млрд долларов.")
    base = _one(text, "42 млрд долларов")
    assert base.time is not None
    assert base.time.start.year == 2023


def test_the_same_period_last_year_is_no_time_of_the_sentence() -> None:
    text = _doc("d", "Это на 900 тыс. человек больше, чем за аналогичный период прошлого года.", "ru")
    text = attrs.evolve(text, published=dt.date(2025, 1, 10))
    [claim] = extract_claims(text)
    assert claim.time is None


def test_people_who_came_as_tourists_are_tourists() -> None:
    text = ("В 2024 году страну с туристическими целями посетили 7 млн иностранцев.\n"
            "По странам (тыс. человек):\nКазахстан — 1 300,5\nРоссия — 700,2")
    items = [c for c in _claims(text) if c.quantity.value in (Decimal("1300500"), Decimal("700200"))]
    assert [c.measure for c in items] == ["tourist", "tourist"]


def test_a_numbered_list_is_a_list() -> None:
    text = "Средняя зарплата по регионам:\n1. Атырауская область — 540 тыс. тенге;\n2. Астана — 520 тыс. тенге."
    claims = [c for c in _claims(text) if c.quantity.unit == "KZT"]
    assert [[p.code for p in c.context if p.role == "of"] for c in claims] == [["KZ-ATY"], ["KZ-AST"]]


def test_a_percentage_of_an_amount_named_after_it() -> None:
    assert _one("Около 65% зерна соответствует продовольственным кондициям.", "65%").measure == "harvest"


def test_tonnes_no_word_names_are_of_what_the_page_stated_in_tonnes() -> None:
    text = "В Казахстане добыли 88 млн тонн нефти.\nМесторождение Тенгиз дало 28 млн тонн."
    assert _one(text, "28 млн тонн").measure == "oil"


def test_two_levels_changes_ended_at_are_no_change_check() -> None:
    text = ("В регионе добыча снизилась на 10%, до 3,4 млн тонн нефти, тогда как компания нарастила "
            "добычу нефти до 24 млн тонн.")
    report = fr.reconcile([_doc("d", text, "ru")])
    assert not [f for f in report.findings if f.kind == "change"]


def test_months_before_the_year_narrow_it() -> None:
    claim = _one("В январе–октябре 2024 года страну посетили 6 млн туристов.", "6 млн")
    assert claim.time is not None
    assert (claim.time.start, claim.time.end) == (dt.date(2024, 1, 1), dt.date(2024, 10, 31))


@pytest.mark.parametrize(("word", "month"), [("январе", 1), ("июне", 6), ("сентябре", 9), ("декабре", 12)])
def test_a_month_in_the_prepositional_case_is_a_month(word: str, month: int) -> None:
    claim = _one(f"В {word} 2025 года годовая инфляция составила 12%.", "12%")
    assert claim.time is not None
    assert (claim.time.start.month, claim.time.end.month) == (month, month)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Экспорт составил 1,2 млрд долларов США, сообщили в ведомстве.", "ru"),
        ("Экспорт 1,2 млрд АҚШ долларига етди.", "uz-Cyrl"),
        ("Экспорт 1,2 млрд АҚШ долларына жетті.", "kk"),
    ],
)
def test_the_country_of_a_currency_is_no_place(text: str, lang: str) -> None:
    [claim] = _claims(text, lang)
    assert claim.quantity.unit == "USD"
    assert "US" not in [p.code for p in claim.context]


def test_the_usa_named_alone_is_a_place() -> None:
    claim = _one("Переводы из США составили 577 млн долларов.", "долларов")
    assert ("US", "from") in [(p.code, p.role) for p in claim.context]
    [latin] = extract_claims(_doc("l", "Pul oʻtkazmalari (mln dollar):\nAQSh — 577", "uz-Latn"))
    assert "US" in [p.code for p in latin.context]


def test_a_stated_day_gives_its_month_but_a_timestamp_does_not() -> None:
    claim = _one("Резервы на 1 февраля 2025 года составили $47 млрд.", "млрд")
    assert claim.time is not None
    # as of 1 February 2025: the level at the end of January, as "2025 жылғы 1 ақпандағы жағдай бойынша" reads
    assert (claim.time.start, claim.time.end) == (dt.date(2025, 1, 1), dt.date(2025, 1, 31))
    stamped = _one("Экспорт зерна вырос до 12 млн тонн\n16 января 2025, 13:58", "тонн")
    assert stamped.time is None


def test_the_place_a_sentence_opens_with_is_its_later_clauses_place() -> None:
    claim = _one("В Сурхандарьинской области хлопок убрали со 100 тыс. га, валовой сбор — 400 тыс. тонн.", "тонн")
    assert ("UZ-SU", "in") in [(p.code, p.role) for p in claim.context]
    other = _one("В Казахстане собрали 26 млн тонн, а в Узбекистане — 8 млн тонн.", "8 млн тонн")
    assert "KZ" not in [p.code for p in other.context]


def test_a_gap_from_the_average_named_after_the_figure() -> None:
    claim = _one("В Атырау средняя зарплата на 40% превышает общенациональную.", "40%")
    assert claim.measure == "wage_gap"
    assert claim.quantity.change


def test_a_share_of_people_is_no_share_of_the_amount() -> None:
    text = "Медианная зарплата составила 300 тыс. тенге: половина работников получает меньше этой суммы."
    assert _one(text, "половина").measure == "person_share"


def test_the_indicator_is_what_was_stated_before() -> None:
    text = "В 2024 году товарооборот вырос до 45 млрд долларов, годом ранее этот показатель составлял 42 млрд долларов."
    assert _one(text, "42 млрд долларов").measure == "trade_turnover"
