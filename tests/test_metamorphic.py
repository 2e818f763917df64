"""Metamorphic properties of reconcile on drawn article sets (factrecon.strategies.article_sets).

Each test changes an article set in a way whose effect on the report is known
(shuffle, inject, repeat, add a hard negative) and checks the report follows.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import factrecon as fr
from factrecon.model import Verdict
from factrecon.strategies import ArticleSet, ExpectedFact, article_sets


def _fact_for(report: fr.Report, expected: ExpectedFact) -> fr.Fact:
    """The one fact of the report with the expected measure and unit."""
    found = [f for f in report.facts if f.measure == expected.measure and f.unit == expected.unit]
    assert len(found) == 1, (expected, [(f.measure, f.unit, f.verdict) for f in report.facts])
    return found[0]


def _verdicts(report: fr.Report) -> dict[tuple[str, str], Verdict]:
    return {(f.measure, f.unit): f.verdict for f in report.facts}


@given(article_sets())
def test_reconcile_finds_the_expected_facts_and_verdicts(a: ArticleSet):
    """Every stated fact is found once, with every document's claim and the expected verdict."""
    report = fr.reconcile(a.documents)
    for expected in a.facts:
        fact = _fact_for(report, expected)
        assert {c.doc_id for c in fact.claims} == set(expected.doc_ids)
        assert fact.verdict is expected.verdict, (expected, [c.quantity.text for c in fact.claims])


@given(article_sets(), st.randoms(use_true_random=False))
def test_shuffling_documents_changes_nothing(a: ArticleSet, random):
    """The report does not depend on the order of the input documents."""
    shuffled = list(a.documents)
    random.shuffle(shuffled)
    assert fr.reconcile(shuffled).to_dict() == fr.reconcile(a.documents).to_dict()


@given(article_sets(divergences=False).filter(lambda a: bool(a.injected)))
def test_an_injected_conflict_is_always_found(a: ArticleSet):
    report = fr.reconcile(a.documents)
    for expected in a.injected:
        fact = _fact_for(report, expected)
        assert any(f.kind == "conflict" and f.fact is not None and f.fact.id == fact.id for f in report.findings)


@given(article_sets(conflicts=False).filter(lambda a: bool(a.injected)))
def test_an_injected_divergence_is_found_and_is_not_a_conflict(a: ArticleSet):
    report = fr.reconcile(a.documents)
    assert not any(f.kind == "conflict" for f in report.findings)
    for expected in a.injected:
        fact = _fact_for(report, expected)
        assert any(f.kind == "divergent" and f.fact is not None and f.fact.id == fact.id for f in report.findings)


@given(article_sets(conflicts=False, divergences=False))
def test_a_consistent_set_never_raises_a_finding(a: ArticleSet):
    report = fr.reconcile(a.documents)
    assert report.findings == ()
    assert all(f.verdict is Verdict.CONSISTENT for f in report.facts)


@given(article_sets().filter(lambda a: bool(a.repeated)))
def test_a_repeat_changes_no_verdict(a: ArticleSet):
    """A document stating one of its sentences twice is one statement, not two."""
    assert _verdicts(fr.reconcile(a.documents)) == _verdicts(fr.reconcile(a.unrepeated))


@given(article_sets().filter(lambda a: bool(a.negatives)))
def test_a_hard_negative_never_joins_a_fact(a: ArticleSet):
    """The same figure for another measure (30 projects, 30 colleges) stays out of the fact."""
    report = fr.reconcile(a.documents)
    for fact in report.facts:
        assert len({c.measure for c in fact.claims}) == 1
    for expected in a.facts:
        fact = _fact_for(report, expected)
        assert not any(c.measure in a.negatives for c in fact.claims)
        assert fact.verdict is expected.verdict


@given(article_sets(max_documents=2, repeats=False, hard_negatives=False))
def test_a_document_repeated_under_another_id_keeps_every_verdict(a: ArticleSet):
    """Adding a third source that copies a consistent one (another id) changes no verdict."""
    copy = fr.Document(a.documents[0].text, id="z", lang=a.documents[0].lang, published=a.documents[0].published)
    before = _verdicts(fr.reconcile(a.documents))
    after = _verdicts(fr.reconcile([*a.documents, copy]))
    assert before == after
