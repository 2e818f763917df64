"""Russian (ru): the case table read directly, claims that join the Kazakh and Uzbek ones, the report's words."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

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
