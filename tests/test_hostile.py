"""Hostile input: what a careless user or an attacker can feed factrecon, and what it must do then.

Time is linear in the input (ratios between n and 2n, never absolute limits);
every error is a documented one; nothing printed on a terminal can drive it.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import factrecon as fr
from factrecon.document import _END, sentences
from factrecon.model import Interval, Reading, Verdict
from factrecon.reconcile import fact_verdict, overlaps
from timing import best_seconds

# the ratio every linear-time guard allows between 2n and n (a quadratic step gives 4)
_RATIO = 3.5

# --------------------------------------------------------------------------- sentences


@pytest.mark.parametrize("unit", [".", "!?", "…", "!", "?", ".»", "! ", ". ", "...\n"], ids=repr)
def test_sentence_splitting_is_linear_on_runs_of_marks(unit: str) -> None:
    small = "Биыл " + unit * (20_000 // len(unit)) + " жоба"
    double = "Биыл " + unit * (40_000 // len(unit)) + " жоба"
    t1 = best_seconds(lambda: sentences(small))
    t2 = best_seconds(lambda: sentences(double))
    assert t2 < _RATIO * t1 + 0.02, f"{t1:.4f}s for n, {t2:.4f}s for 2n"


def test_claims_are_linear_on_a_dotted_line() -> None:
    def best(n: int) -> float:
        doc = fr.Document("Биыл 30 жоба. " + "." * n + " Тағы 40 жоба.", id="t", lang="kk")
        return best_seconds(lambda: fr.extract_claims(doc))

    t1, t2 = best(20_000), best(40_000)
    assert t2 < _RATIO * t1 + 0.02, f"{t1:.4f}s for n, {t2:.4f}s for 2n"


# the sentence-end pattern before it was made linear: the reference for the one that replaced it
_BACKTRACKING_END = re.compile(r"[.!?…]+[»\"”’)\]]*(?=\s+[«\"“—–\-(\[A-ZА-ЯЁӘҒҚҢӨҰҮҺІЎҲ\d])|\n+")


@given(st.text(alphabet=".!?…»\")] \n\tАаZ5«—-", max_size=40))
def test_the_linear_sentence_end_finds_what_the_backtracking_one_found(text: str) -> None:
    assert [m.span() for m in _END.finditer(text)] == [m.span() for m in _BACKTRACKING_END.finditer(text)]


# --------------------------------------------------------------------------- one long sentence of counts

_SENTENCE_UNITS = {"dashes": "1-", "spaces": "1 ", "commas": "1,", "thousands": "5 мың ", "conjunctions": "7 және "}


def _items_read(monkeypatch: pytest.MonkeyPatch, text: str) -> int:
    """How many words and quantities the claim reader's range look-ups hand back for *text*, in all."""
    from factrecon.claims import _Reader

    seen = [0]
    for name in ("words_in", "quantities_in", "nouns_in"):
        original = getattr(_Reader, name)

        def counted(self: _Reader, start: int, end: int, _original: Any = original) -> list[object]:
            found: list[object] = _original(self, start, end)
            seen[0] += len(found)
            return found

        monkeypatch.setattr(_Reader, name, counted)
    fr.extract_claims(fr.Document(text, id="t", lang="kk"))
    monkeypatch.undo()
    return seen[0]


@pytest.mark.parametrize("unit", list(_SENTENCE_UNITS.values()), ids=list(_SENTENCE_UNITS))
def test_claims_in_one_long_sentence_read_a_bounded_window_per_count(
    monkeypatch: pytest.MonkeyPatch, unit: str
) -> None:
    # the work, counted (deterministic): doubling the sentence doubles what is looked at
    n = 1000
    small, double = _items_read(monkeypatch, unit * n), _items_read(monkeypatch, unit * 2 * n)
    assert double <= 2.2 * small, (small, double)
    assert small <= 1000 * n  # a bounded window per count (the clause reach), not the rest of the sentence


@pytest.mark.parametrize("unit", ["1-", "5 мың "], ids=["dashes", "thousands"])
def test_claims_time_is_linear_in_one_long_sentence(unit: str) -> None:
    def best(n: int) -> float:
        doc = fr.Document(unit * n, id="t", lang="kk")
        return best_seconds(lambda: fr.extract_claims(doc))

    t1, t2 = best(3000), best(6000)
    assert t2 < _RATIO * t1 + 0.02, f"{t1:.4f}s for n, {t2:.4f}s for 2n"


# --------------------------------------------------------------------------- one fact stated by thousands of documents


def _pairwise_verdict(readings: list[Reading]) -> tuple[Verdict, tuple[Reading, Reading] | None]:
    """fact_verdict as it was: every pair compared (the reference for the linear one)."""
    divergent: tuple[Reading, Reading] | None = None
    for i, a in enumerate(readings):
        for b in readings[i + 1 :]:
            if not overlaps(a.stated, b.stated):
                return Verdict.CONFLICT, (a, b)
            if divergent is None and not overlaps(a.plausible, b.plausible):
                divergent = (a, b)
    if divergent is not None:
        return Verdict.DIVERGENT, divergent
    return Verdict.CONSISTENT, None


_ends = st.one_of(st.none(), st.integers(-3, 3).map(Decimal))
# empty intervals ([1, 1)) included: the linear verdict must agree on them too
_intervals = st.builds(Interval, _ends, _ends, st.booleans(), st.booleans()).filter(
    lambda iv: iv.low is None or iv.high is None or iv.low <= iv.high
)
_readings = st.lists(
    st.tuples(_intervals, _intervals).map(lambda t: Reading("c", t[0], t[1], "")), max_size=12
).map(lambda rs: [attrs.evolve(r, claim_id=f"c{k}") for k, r in enumerate(rs)])


@given(_readings)
def test_fact_verdict_agrees_with_comparing_every_pair(readings: list[Reading]) -> None:
    assert fact_verdict(readings) == _pairwise_verdict(readings)


def _same_story(n: int, stated: Interval) -> list[Reading]:
    return [Reading(f"c{k}", stated, stated, "") for k in range(n)]


def test_fact_verdict_is_linear_in_the_documents() -> None:
    stated = Interval(Decimal(30), Decimal(30))
    small, double = _same_story(1500, stated), _same_story(3000, stated)
    assert fact_verdict(small) == (Verdict.CONSISTENT, None)
    t1 = best_seconds(lambda: fact_verdict(small))
    t2 = best_seconds(lambda: fact_verdict(double))
    assert t2 < _RATIO * t1 + 0.02, f"{t1:.4f}s for n, {t2:.4f}s for 2n"


def test_one_story_in_thousands_of_documents_is_reconciled_in_linear_time() -> None:
    story = "Биыл Қазақстанда {n} бірлескен жоба іске асырылды. Олардың жалпы құны 4,4 млрд доллардан асады."

    def best(n: int) -> float:
        docs = [fr.Document(story.format(n=30), id=f"d{k}", lang="kk", published="2025-01-01") for k in range(n)]
        return best_seconds(lambda: fr.reconcile(docs), repeat=2)

    t1, t2 = best(600), best(1200)
    assert t2 < _RATIO * t1 + 0.05, f"{t1:.4f}s for n, {t2:.4f}s for 2n"
