"""Value semantics, verdicts, arithmetic checks and the reconcile() / Reconciler entry points."""

from __future__ import annotations

import gc
import importlib
import random
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claim_factory import claim, qty
from factrecon import find_quantities, read_document
from factrecon.checks import arithmetic_checks
from factrecon.cluster import Statement, cluster_block
from factrecon.errors import DuplicateDocumentError, InputTypeError
from factrecon.model import Claim, Interval, Kind, Qualifier, Quantity, Reading, Verdict
from factrecon.readings import fact_verdict, intersect, intersect_all, overlaps, read, verdict_and_consensus
from factrecon.reconcile import Reconciler, build_report, document_part, reconcile, reconcile_blocks

D = Decimal
reconcile_orchestration = importlib.import_module("factrecon.reconcile")  # the package re-exports the function
reconcile_module = importlib.import_module("factrecon.readings")  # how figures are read (the memo, the keys)


# --------------------------------------------------------------------------- a two-article scenario


def forum() -> list[Claim]:
    """Two articles about one forum, shaped like the seeds: 30 vs 14 projects sharing $4.4B, and more."""
    a = [
        claim("a", qty("30", start=10), "project", status="under_way", sentence=(0, 100)),
        claim("a", qty("4.4E+9", precision="1E+8", unit="USD", start=40), "value", sentence=(0, 100)),
        claim("a", qty("12000", qualifier="more_than", precision="1000", start=70), "job", sentence=(0, 100)),
        claim("a", qty("29", start=110), "project", status="planned", sentence=(100, 200)),
        claim("a", qty("30.8E+9", precision="1E+8", unit="USD", start=140), "value", sentence=(100, 200)),
        claim("a", qty("23000", qualifier="more_than", precision="1000", start=170), "job", sentence=(100, 200)),
    ]
    b = [
        claim("b", qty("4.4E+9", precision="1E+8", unit="USD", start=10), "value", sentence=(0, 100)),
        claim("b", qty("14", start=40), "project", status="completed", sentence=(0, 100)),
        claim(
            "b",
            qty("30E+9", qualifier="more_than", precision="1E+9", unit="USD", start=110),
            "value",
            sentence=(100, 200),
        ),
        claim("b", qty("30", qualifier="more_than", start=140), "project", status="planned", sentence=(100, 200)),
        claim("b", qty("30000", qualifier="more_than", precision="1000", start=170), "job", sentence=(100, 200)),
    ]
    return a + b


def verdicts(report_claims: list[Claim]) -> dict[tuple[str, ...], str]:
    rep = reconcile(report_claims)
    return {tuple(sorted(c.quantity.text for c in f.claims)): f.verdict.value for f in rep.facts}


def test_forum_scenario_verdicts() -> None:
    got = verdicts(forum())
    assert got == {
        ("14", "30"): "conflict",
        ("29", "30"): "conflict",
        ("4.4E+9", "4.4E+9"): "consistent",
        ("30.8E+9", "30E+9"): "consistent",
        ("23000", "30000"): "divergent",
    }


def test_findings_explain_themselves_in_numbers() -> None:
    rep = reconcile(forum())
    kinds = sorted(f.kind for f in rep.findings)
    assert kinds == ["conflict", "conflict", "divergent"]
    jobs = next(f for f in rep.findings if f.kind == "divergent")
    assert "(23,000, 24,000]" in jobs.message
    assert "(30,000, 35,000]" in jobs.message
    assert "a says '23000' (chars 170-175)" in jobs.message
    assert "plausibly at most 24,000 (one step of its last digit, 1,000)" in jobs.message
    assert jobs.fact is not None
    assert jobs.fact.consensus == Interval(D(30000), None, False, False)


# --------------------------------------------------------------------------- readings


@pytest.mark.parametrize(
    ("quantity", "stated", "plausible"),
    [
        (qty("4.4E+9", precision="1E+8"), "[4,350,000,000, 4,450,000,000]", "[4,350,000,000, 4,450,000,000)"),
        (
            qty("4400000000", precision="1", text="4 400 000 000"),
            "[4,350,000,000, 4,450,000,000]",
            "[4,350,000,000, 4,450,000,000)",
        ),
        (
            qty("4.40E+9", precision="1E+7", text="4,40 млрд"),
            "[4,395,000,000, 4,405,000,000]",
            "[4,395,000,000, 4,405,000,000)",
        ),
        (qty("30E+9", precision="1E+9"), "[25,000,000,000, 35,000,000,000]", "[25,000,000,000, 35,000,000,000)"),
        (qty("30"), "[29.5, 30.5]", "[29.5, 30.5)"),
        (qty("23000", qualifier="more_than", precision="1000"), "(23,000, +inf)", "(23,000, 24,000]"),
        (qty("3.8E+6", qualifier="at_least", precision="1E+5"), "[3,800,000, +inf)", "[3,800,000, 3,900,000]"),
        (qty("30E+9", qualifier="up_to", precision="1E+9"), "[0, 30,000,000,000]", "[25,000,000,000, 30,000,000,000]"),
        (qty("50000", qualifier="more_than", precision="1000"), "(50,000, +inf)", "(50,000, 55,000]"),
        (qty("55000", qualifier="more_than", precision="1000"), "(55,000, +inf)", "(55,000, 56,000]"),
        (qty("300", qualifier="more_than"), "(300, +inf)", "(300, 350]"),
        (qty("2000", qualifier="about", precision="1000"), "[1,000, 3,000]", "[1,500, 2,500]"),
        (qty("3000", qualifier="nearly", precision="1000"), "[2,000, 3,000]", "[2,500, 3,000]"),
        (qty("90", qualifier="about"), "[72, 108]", "[81, 99]"),
    ],
)
def test_readings(quantity, stated, plausible) -> None:  # type: ignore[no-untyped-def]
    r = read(quantity)
    assert (str(r.stated), str(r.plausible)) == (stated, plausible)
    assert r.rule


_OTHER_VALUE = {
    "text": "31",
    "value": Decimal("3E+1"),  # equal to 30, but written to another step
    "low": Decimal("30.0"),
    "high": Decimal("30.00"),
    "low_inclusive": False,
    "high_inclusive": False,
    "precision": Decimal("1.0"),  # equal to the base's 1, written to another step
    "qualifier": Qualifier.ABOUT,
    "approx": True,
    "unit": "t",
    "kind": Kind.ORDINAL,
    "change": True,
}


def test_readings_are_remembered_by_everything_read_looks_at() -> None:
    """``read`` remembers readings by figure: two quantities that differ in any field it reads never share one."""
    looked_at = {f.name for f in attrs.fields(Quantity)} - {"start", "end", "lang"}
    assert looked_at == set(_OTHER_VALUE)  # a new Quantity field must be added here (and to the key) or left out
    base = qty("30", precision="1")
    for name, other in _OTHER_VALUE.items():
        changed = attrs.evolve(base, **{name: other})
        assert reconcile_module.figure_key(changed) != reconcile_module.figure_key(base), name
    moved = attrs.evolve(base, start=100, end=102, lang="uz-Cyrl")
    assert reconcile_module.figure_key(moved) == reconcile_module.figure_key(base)


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(["30", "3E+1", "4.4E+9", "4.40E+9", "23000", "0.5", "12.70"]),
    st.sampled_from(["exact", "more_than", "at_least", "up_to", "about", "nearly"]),
    st.sampled_from([None, "1", "1E+3", "0.1"]),
    st.sampled_from(["count", "kg", "t", "percent", "USD"]),
)
def test_a_remembered_reading_is_the_fresh_one(value: str, qualifier: str, precision: str | None, unit: str) -> None:
    q = qty(value, qualifier=qualifier, precision=precision, unit=unit)
    remembered = read(attrs.evolve(q, start=7, end=7 + len(q.text)), "x")
    reconcile_module._READ.clear()
    fresh = read(q, "x")
    assert remembered == fresh
    assert [str(x.low) for x in (remembered.stated, remembered.plausible)] == [
        str(x.low) for x in (fresh.stated, fresh.plausible)
    ]  # as written too, not only equal in value


def test_units_are_compared_in_a_base_unit() -> None:
    kg = read(qty("4200000", precision="1E+5", unit="kg"))
    t = read(qty("4.2E+3", precision="1E+2", unit="t"))
    assert kg.stated == t.stated


def test_interval_algebra() -> None:
    closed = Interval(D(1), D(2))
    assert intersect(closed, Interval(D(2), D(3))) == Interval(D(2), D(2))
    assert intersect(Interval(D(1), D(2), True, False), Interval(D(2), D(3))) is None
    assert overlaps(Interval(None, D(0)), Interval(D(0), None))
    assert intersect(Interval(D(5), None, False, False), Interval(None, D(7))) == Interval(D(5), D(7), False, True)


_ends = st.one_of(st.none(), st.integers(-3, 3).map(D))
intervals = st.builds(Interval, _ends, _ends, st.booleans(), st.booleans()).filter(
    lambda iv: iv.low is None or iv.high is None or iv.low <= iv.high
)


@given(intervals, intervals)
def test_overlaps_is_a_nonempty_intersection(a: Interval, b: Interval) -> None:
    """overlaps() answers without building the intersection; it must agree with it, both ways round."""
    assert overlaps(a, b) == (intersect(a, b) is not None) == overlaps(b, a)


_written_ends = st.one_of(st.none(), st.sampled_from(["-1", "0", "0.0", "1", "1.00", "2"]).map(D))


@given(st.builds(Interval, _written_ends, _written_ends, st.booleans(), st.booleans()),
       st.builds(Interval, _written_ends, _written_ends, st.booleans(), st.booleans()))
def test_intersect_takes_the_ends_the_sort_keys_order(a: Interval, b: Interval) -> None:
    """intersect() compares ends directly; it takes the ends the sort keys would (the higher low end, at one value
    the open one, the first interval's when alike), Decimals as written: a consensus prints "1.00" or "1"."""
    lo = a if reconcile_module._low_key(a) >= reconcile_module._low_key(b) else b
    hi = a if reconcile_module._high_key(a) <= reconcile_module._high_key(b) else b
    got = intersect(a, b)
    bounded = lo.low is not None and hi.high is not None
    empty = bounded and (lo.low > hi.high or (lo.low == hi.high and not (lo.low_inclusive and hi.high_inclusive)))
    assert (got is None) == empty
    if got is not None:
        assert (str(got.low), str(got.high), got.low_inclusive, got.high_inclusive) == (
            str(lo.low), str(hi.high), lo.low_inclusive, hi.high_inclusive)


@given(st.builds(Interval, _ends, _ends, st.booleans(), st.booleans()), st.builds(Interval, _ends, _ends))
def test_overlaps_agrees_with_intersect_on_empty_intervals(a: Interval, b: Interval) -> None:
    """overlaps() compares the ends directly (not by intersect's sort keys): an empty interval ((2, 1), or an
    open point (1, 1)) meets nothing, itself included, as intersect() says."""
    assert overlaps(a, b) == (intersect(a, b) is not None) == overlaps(b, a)
    assert overlaps(a, a) == (intersect(a, a) is not None)


# --------------------------------------------------------------------------- verdicts


def _one_by_one(intervals: list[Interval]) -> Interval | None:
    """intersect_all as it was: intersect() of each in turn (the reference for the one pass)."""
    out: Interval | None = None
    for iv in intervals:
        out = iv if out is None else intersect(out, iv)
        if out is None:
            return None
    return out


def _as_written(iv: Interval | None) -> tuple[str, str, bool, bool] | None:
    return None if iv is None else (str(iv.low), str(iv.high), iv.low_inclusive, iv.high_inclusive)


_any_written = st.builds(Interval, _written_ends, _written_ends, st.booleans(), st.booleans())


@given(st.lists(st.tuples(_any_written, _any_written), max_size=7))
def test_the_verdict_and_consensus_in_one_pass_are_those_pair_by_pair(ends: list[tuple[Interval, Interval]]) -> None:
    """verdict_and_consensus finds the common part in one pass and a disjoint pair only when there is none: the
    same verdict and pair as fact_verdict comparing every pair, the same consensus (as written) as intersecting
    one by one, on any intervals (empty ones too)."""
    readings = [Reading(f"c{k}", a, b, "") for k, (a, b) in enumerate(ends)]
    verdict, pair, consensus = verdict_and_consensus(readings)
    pairs = [(a, b) for i, a in enumerate(readings) for b in readings[i + 1 :]]
    conflict = next((p for p in pairs if not overlaps(p[0].stated, p[1].stated)), None)
    divergent = next((p for p in pairs if not overlaps(p[0].plausible, p[1].plausible)), None)
    expected = (
        (Verdict.CONFLICT, conflict) if conflict else (Verdict.DIVERGENT, divergent) if divergent
        else (Verdict.CONSISTENT, None)
    )
    assert (verdict, pair) == expected
    assert _as_written(intersect_all([iv for iv, _ in ends])) == _as_written(_one_by_one([iv for iv, _ in ends]))
    one_by_one = _one_by_one([iv for iv, _ in ends])
    assert _as_written(consensus) == (None if verdict is Verdict.CONFLICT else _as_written(one_by_one))



def pair(a: str, b: str, **kw: str) -> Verdict:
    return fact_verdict([read(qty(a, **kw)), read(qty(b, **kw))])[0]


def test_verdict_table() -> None:
    assert pair("4.4E+9", "4.6E+9", precision="1E+8") == Verdict.CONFLICT
    assert pair("4.4E+9", "4.5E+9", precision="1E+8") == Verdict.DIVERGENT
    assert pair("4.4E+9", "4.4E+9", precision="1E+8") == Verdict.CONSISTENT
    more_20 = read(qty("20", qualifier="more_than"))
    assert fact_verdict([read(qty("20")), more_20])[0] == Verdict.CONSISTENT
    assert fact_verdict([read(qty("29")), read(qty("30", qualifier="more_than"))])[0] == Verdict.CONFLICT
    about = read(qty("2000", qualifier="about", precision="1000"))
    more = read(qty("2000", qualifier="more_than", precision="1000"))
    assert fact_verdict([about, more])[0] == Verdict.CONSISTENT
    assert fact_verdict([read(qty("320")), read(qty("300", qualifier="more_than"))])[0] == Verdict.CONSISTENT
    assert pair("55000", "50000", qualifier="more_than", precision="1000") == Verdict.DIVERGENT
    upto = read(qty("30E+9", qualifier="up_to", precision="1E+9"))
    assert fact_verdict([read(qty("30E+9", precision="1E+9")), upto])[0] == Verdict.CONSISTENT


@pytest.mark.parametrize(
    ("lang", "fraction", "agrees", "disagrees"),
    [
        # more than three quarters / more than a third / about a fifth / more than half, in own sentences
        ("kk", "Жүктің төрттен үшінен астамы теміржолмен тасылды.", "79 %", "74 %"),
        ("uz-Cyrl", "Экспортнинг учдан бир қисмидан кўпини мева ташкил этди.", "37 %", "32 %"),
        ("ru", "На долю малого бизнеса приходится около пятой части выпуска.", "22 %", "14 %"),
        ("kk", "Өнімнің жартысынан астамы сыртқа сатылды.", "54 %", "49 %"),
    ],
)
def test_a_share_in_words_is_read_to_the_step_of_the_simple_fractions(
    lang: str, fraction: str, agrees: str, disagrees: str
) -> None:
    """A fraction word says a share to the nearest simple fraction (5 points apart), not to the point."""
    (share,) = [q for q in find_quantities(fraction, lang) if q.unit == "percent"]
    assert share.precision == Decimal(5)

    def verdict(figure: str) -> Verdict:
        (other,) = [q for q in find_quantities(figure, "kk") if q.unit == "percent"]
        return fact_verdict([read(share), read(other)])[0]

    assert verdict(agrees) == Verdict.CONSISTENT
    assert verdict(disagrees) != Verdict.CONSISTENT


def test_percent_level_never_meets_percent_change() -> None:
    level = claim("a", qty("12.7", precision="0.1", unit="percent"), "growth")
    change = claim("b", qty("9.8", precision="0.1", unit="percent", change=True), "growth")
    assert reconcile([level, change]).facts == ()


def test_currencies_are_not_converted() -> None:
    usd = claim("a", qty("4.4E+9", precision="1E+8", unit="USD"), "value")
    kzt = claim("b", qty("2.1E+12", precision="1E+11", unit="KZT"), "value")
    assert reconcile([usd, kzt]).facts == ()


# --------------------------------------------------------------------------- arithmetic


def test_change_consistent_when_truncated() -> None:
    new = claim("a", qty("504.4E+6", precision="1E+5", unit="USD", start=10), "trade", sentence=(0, 90))
    pct = claim("a", qty("9.8", precision="0.1", unit="percent", change=True, start=40), "trade", sentence=(0, 90))
    old = claim("a", qty("459.1E+6", precision="1E+5", unit="USD", start=60), "trade", sentence=(0, 90))
    checks, findings = arithmetic_checks([new, pct, old], {})
    assert findings == []
    assert len(checks) == 1
    assert checks[0].ok
    assert "+9.87%" in checks[0].message
    assert "consistent if truncated" in checks[0].message


def test_change_that_does_not_match_is_a_finding() -> None:
    new = claim("a", qty("504.4E+6", precision="1E+5", unit="USD", start=10), "trade", sentence=(0, 90))
    pct = claim("a", qty("12.5", precision="0.1", unit="percent", change=True, start=40), "trade", sentence=(0, 90))
    old = claim("a", qty("459.1E+6", precision="1E+5", unit="USD", start=60), "trade", sentence=(0, 90))
    _, findings = arithmetic_checks([new, pct, old], {})
    assert [f.kind for f in findings] == ["change"]
    assert "12.5" in findings[0].message
    assert "9.87" in findings[0].message


def test_a_change_is_checked_in_its_own_sentence_only() -> None:
    """Without a text only a sentence that states a change is grouped: the other sentences' amounts (here a
    pair that would check the change otherwise) neither join it nor make a check of their own."""
    new = claim("a", qty("504.4E+6", precision="1E+5", unit="USD", start=10), "trade", sentence=(0, 90))
    pct = claim("a", qty("9.8", precision="0.1", unit="percent", change=True, start=40), "trade", sentence=(0, 90))
    old = claim("a", qty("459.1E+6", precision="1E+5", unit="USD", start=60), "trade", sentence=(0, 90))
    alone, _ = arithmetic_checks([new, pct, old], {})
    other = [
        claim("a", qty("300", start=110), "trade", sentence=(100, 190)),
        claim("a", qty("200", start=150), "trade", sentence=(100, 190)),
    ]
    checks, _ = arithmetic_checks([other[0], new, pct, other[1], old], {})
    assert checks == alone
    assert len(checks) == 1
    assert arithmetic_checks(other, {}) == ([], [])


def test_a_fall_is_checked_the_other_way() -> None:
    old = claim("a", qty("200", start=10), "x", sentence=(0, 90))
    pct = claim("a", qty("25", unit="percent", change=True, start=40), "x", sentence=(0, 90))
    new = claim("a", qty("150", start=60), "x", sentence=(0, 90))
    _, findings = arithmetic_checks([old, pct, new], {})
    assert findings == []


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("trade", "trade_change"),  # "41 billion in 2023, i.e. trade grew by 2.8 billion or 6.8 %": a difference
        ("oil", "harvest"),  # two amounts of two measures ("fell by 9.8 % to 3.4 Mt, while the group's rose to 23.8")
        ("", ""),  # two amounts nothing says are one measure
    ],
)
def test_a_change_is_checked_only_against_two_values_of_its_measure(first: str, second: str) -> None:
    old = claim("a", qty("41E+9", precision="1E+9", unit="USD", start=10), first, sentence=(0, 90))
    diff = claim("a", qty("2.8E+9", precision="1E+8", unit="USD", start=40), second, sentence=(0, 90))
    pct = claim("a", qty("6.8", precision="0.1", unit="percent", change=True, start=60), "trade", sentence=(0, 90))
    checks, findings = arithmetic_checks([old, diff, pct], {})
    assert checks == []
    assert findings == []


SUM_TEXT = "Форум аясында 7 өңіраралық және 10 коммерциялық барлығы 17 құжатқа қол қойылды."


def _sum_claims(total: str) -> list[Claim]:
    text = SUM_TEXT.replace("17", total)
    spans = [(text.index(" 7 ") + 1, "7"), (text.index("10"), "10"), (text.index(total + " құж"), total)]
    return [claim("d", qty(v, start=s), "document", sentence=(0, len(text))) for s, v in spans]


def test_parts_add_up_to_the_total() -> None:
    checks, findings = arithmetic_checks(_sum_claims("17"), {"d": SUM_TEXT})
    assert findings == []
    assert [c.ok for c in checks] == [True]
    assert "7 + 10 = 17" in checks[0].message


def test_parts_that_do_not_add_up() -> None:
    text = SUM_TEXT.replace("17", "19")
    _checks, findings = arithmetic_checks(_sum_claims("19"), {"d": text})
    assert [f.kind for f in findings] == ["sum"]
    assert "7 + 10 = 17 does not match the stated total 19" in findings[0].message


# --------------------------------------------------------------------------- entry points


def test_reconciler_incremental_equals_batch() -> None:
    claims = forum()
    rec = Reconciler()
    rec.add([c for c in claims if c.doc_id == "b"])
    first = rec.report()
    rec.add([c for c in claims if c.doc_id == "a"])
    assert rec.report() == reconcile(claims)
    assert first.facts == ()


def _live_statements_per_block(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many statements are alive as each block is clustered (filled as blocks are)."""
    live: list[int] = []
    real = reconcile_orchestration.fact_statements

    def counting(block: Sequence[Statement]) -> list[list[Statement]]:
        live.append(sum(isinstance(o, Statement) for o in gc.get_objects()))
        return real(block)

    monkeypatch.setattr(reconcile_orchestration, "fact_statements", counting)
    return live


def test_a_batch_reconcile_lets_each_blocks_statements_go(monkeypatch: pytest.MonkeyPatch) -> None:
    """reconcile() makes one report: a block's statements go once its facts are made, so the peak holds the
    statements or the facts, not both (benchmarks/RESULTS.md); a Reconciler keeps them for its next report."""
    claims = [
        claim(doc, qty(str(value), start=40 * k), measure, year=2024)
        for k, measure in enumerate(("export", "harvest", "tourist", "loan"))
        for doc, value in (("a", 1200), ("b", 1200), ("c", 1300))
    ]
    live = _live_statements_per_block(monkeypatch)
    batch = reconcile(claims)
    assert len(live) == 4
    assert live[-1] <= live[0] - 6  # blocks done (3 statements each) gone before the last
    live.clear()
    rec = Reconciler()
    rec.add(claims)
    assert rec.report() == batch
    assert len(live) == 4
    assert live[-1] >= live[0]  # kept: the Reconciler may take more documents


def test_input_errors() -> None:
    with pytest.raises(InputTypeError):
        reconcile(42)
    with pytest.raises(InputTypeError):
        Reconciler().add(["not a claim"])


class _Doc:
    def __init__(self, doc_id: str) -> None:
        self.id, self.text, self.lang, self.published, self.source = doc_id, "", "kk", None, None


def test_duplicate_document_ids(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reconcile_orchestration, "extract_claims", lambda doc: [])
    rec = Reconciler()
    rec.add(_Doc("x"))
    with pytest.raises(DuplicateDocumentError):
        rec.add(_Doc("x"))


CORPUS = sorted((Path(__file__).parent.parent / "examples" / "corpus").glob("*.txt"))


def test_a_streaming_reconciler_gives_the_report_without_the_texts() -> None:
    docs = [read_document(p) for p in CORPUS]
    streamed = Reconciler(keep_text=False)
    for doc in docs:
        streamed.add(doc)
    batch = reconcile(docs)
    report = streamed.report()
    assert report.to_json() == batch.to_json()
    assert report.facts == batch.facts
    assert report.findings == batch.findings
    assert report.sentences == batch.sentences
    assert all(d.text == "" for d in report.documents)
    assert all(d.text for d in batch.documents)


def test_a_report_is_its_documents_parts_and_its_blocks_results_in_any_order() -> None:
    """The seam factrecon.dask uses: per-document parts, per-block results, then one merge."""
    docs = [read_document(p) for p in CORPUS]
    pairs = [document_part(d) for d in docs]
    parts = [p for p, _ in pairs]
    assert all(reconcile_blocks(part.statements) == [] for part in parts)  # one document alone shares no fact
    shuffled_statements = [st for part in reversed(parts) for st in reversed(part.statements)]
    merged = build_report(reversed(parts), [info for _, info in pairs], reconcile_blocks(shuffled_statements))
    assert merged == reconcile(docs)


def test_a_claim_added_to_a_finished_document_is_counted() -> None:
    claims = forum()
    rec = Reconciler()
    rec.add(claims[:-1])
    rec.report()
    rec.add(claims[-1])
    assert rec.report() == reconcile(claims)


def test_a_repeated_claim_added_after_a_report_does_not_replace_the_first() -> None:
    """The first claim of an id wins, also when its document's part was already made."""
    claims = forum()
    rec = Reconciler()
    rec.add(claims)
    before = rec.report()
    rec.add(attrs.evolve(claims[0], quantity=attrs.evolve(claims[0].quantity, value=Decimal(999))))
    assert rec.report() == before


def test_documents_and_claims_mixed_in_one_input_are_all_added_in_order() -> None:
    from factrecon import Document

    doc = Document("Өткен жылы 28 млрд доллар инвестиция тартылды.", id="a1", lang="kk")
    claims = forum()
    mixed = [claims[0], doc, *claims[1:], claims[0]]  # a repeated claim: the first one wins
    rec = Reconciler()
    for item in mixed:
        rec.add(item)
    assert reconcile(mixed) == rec.report()
    assert {d.id for d in reconcile(mixed).documents} == {"a1", *(c.doc_id for c in claims)}


# --------------------------------------------------------------------------- properties


@settings(max_examples=40, deadline=None)
@given(st.randoms(use_true_random=False))
def test_shuffled_documents_give_the_identical_report(rnd: random.Random) -> None:
    claims = forum()
    shuffled = claims[:]
    rnd.shuffle(shuffled)
    assert reconcile(shuffled) == reconcile(claims)
    assert reconcile(shuffled).to_json() == reconcile(claims).to_json()


@settings(max_examples=40, deadline=None)
@given(st.lists(st.integers(0, 10), min_size=11, max_size=11))
def test_incremental_equals_batch_in_any_split(batches: list[int]) -> None:
    claims = forum()
    rec = Reconciler()
    for k in sorted(set(batches)):
        rec.add([c for c, b in zip(claims, batches, strict=True) if b == k])
    assert rec.report() == reconcile(claims)


MANTISSA = st.integers(min_value=11, max_value=99).filter(lambda n: n % 10 != 0)


@settings(max_examples=60, deadline=None)
@given(MANTISSA, MANTISSA, st.sampled_from([6, 9]))
def test_rewriting_a_figure_changes_no_verdict(m1: int, m2: int, exp: int) -> None:
    """4,4 млрд written as 4 400 000 000 (precision 1) reads the same."""
    scaled = qty(f"{m1}E+{exp - 1}", precision=f"1E+{exp - 1}", unit="USD", text=f"{m1 // 10},{m1 % 10} млрд")
    digits = qty(
        str(m1 * 10 ** (exp - 1)), precision="1", unit="USD", text=f"{m1 * 10 ** (exp - 1):,}".replace(",", " ")
    )
    other = claim("b", qty(f"{m2}E+{exp - 1}", precision=f"1E+{exp - 1}", unit="USD", start=5), "value", year=2025)
    one = reconcile([claim("a", scaled, "value", year=2025), other]).facts[0].verdict
    two = reconcile([claim("a", digits, "value", year=2025), other]).facts[0].verdict
    assert one == two


@settings(max_examples=60, deadline=None)
@given(MANTISSA, st.integers(2, 20), st.sampled_from(["1E+8", "1E+5", "0.1"]))
def test_a_value_changed_beyond_its_precision_is_a_conflict(m: int, shift: int, precision: str) -> None:
    p = Decimal(precision)
    base = Decimal(m) * p
    a = claim("a", qty(str(base), precision=precision), "value", year=2025)
    same = claim("b", qty(str(base), precision=precision, start=3), "value", year=2025)
    moved = claim("b", qty(str(base + shift * p), precision=precision, start=3), "value", year=2025)
    assert reconcile([a, same]).facts[0].verdict == Verdict.CONSISTENT
    assert reconcile([a, moved]).facts[0].verdict == Verdict.CONFLICT


def test_a_document_s_publication_date_reaches_its_statements() -> None:
    """The date orders a document among the reports of a large block; it survives claims added later."""
    import datetime as dt

    from factrecon import Document, extract_claims

    doc = Document("Өткен жылы 28 млрд доллар инвестиция тартылды.", id="a1", lang="kk", published="2025-11-12")
    rec = Reconciler()
    rec.add(doc)
    rec.report()
    (statement,) = rec._parts["a1"].statements
    assert statement.profile.published == dt.date(2025, 11, 12)
    rec.add(claim("a1", qty("7", start=200), "project"))
    rec.report()
    assert {s.profile.published for s in rec._parts["a1"].statements} == {dt.date(2025, 11, 12)}
    assert extract_claims(doc)  # the sentence does state a figure


@pytest.mark.parametrize("enabled", [True, False])
def test_the_collector_is_restored_and_nothing_stays_frozen(enabled: bool) -> None:
    """reconcile pauses the cyclic collector while it builds a report; afterwards the collector is as the
    caller left it, nothing is frozen, and a cycle the caller makes is still collected."""
    import gc
    import weakref

    class Node:
        other: object = None

    was = gc.isenabled()
    try:
        gc.enable() if enabled else gc.disable()
        a, b = Node(), Node()
        a.other, b.other = b, a  # a cycle made before the report
        alive = weakref.ref(a)
        reconcile([claim("d1", qty("30"), "project", year=2024), claim("d2", qty("14"), "project", year=2024)])
        assert gc.isenabled() is enabled
        assert gc.get_freeze_count() == 0
        del a, b
        gc.collect()
        assert alive() is None
    finally:
        gc.enable() if was else gc.disable()


_decimals = st.one_of(st.none(), st.decimals(allow_nan=False, allow_infinity=False))


@given(_decimals, _decimals, _decimals, st.sampled_from(["own", "low is value", "high is value", "high is low"]))
def test_decimal_texts_are_the_decimals_written(value: Decimal | None, low: Decimal | None, high: Decimal | None,
                                                shared: str) -> None:
    """The figure memo's key writes each Decimal once when bounds are the value's own object: the same text."""
    if shared == "low is value":
        low = value
    elif shared == "high is value":
        high = value
    elif shared == "high is low":
        high = low
    q = attrs.evolve(qty("30"), value=value, low=low, high=high)
    assert reconcile_module.decimal_texts(q) == (str(value), str(low), str(high))


def test_facts_made_from_statements_are_those_of_their_groups() -> None:
    """reconcile_block makes each fact straight from its statements; build_fact makes it from their Group (what
    cluster() gives): the same facts and findings, messages and evidence included, on the bundled corpus."""
    docs = [read_document(p) for p in CORPUS]
    blocks: dict[object, list[Statement]] = {}
    for doc in docs:
        for statement in document_part(doc)[0].statements:
            blocks.setdefault(statement.key, []).append(statement)
    made = [fact for block in blocks.values() for fact in reconcile_orchestration.reconcile_block(block)]
    grouped = [
        reconcile_orchestration.build_fact(g.measure, g.unit, g.statements, g.readings, g.explain)
        for block in blocks.values()
        for g in cluster_block(block)
    ]
    assert made == grouped
    assert sum(finding is not None and finding.evidence != () for _, finding in made) >= 3
