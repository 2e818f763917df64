"""The bundled corpus (examples/corpus) against what its authors expect (examples/corpus/expected.json).

Every fact of expected.json must come out as one reported fact holding all its
claims, with its verdict; every fact the corpus states in conflict or divergence
must come out as a finding of that kind covering its claims, and no finding may
be raised that the corpus does not intend (the mill group is entirely
consistent); no finding may join a hard-negative pair.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import factrecon as fr

CORPUS = Path(__file__).resolve().parents[1] / "examples" / "corpus"


@functools.cache
def _expected() -> dict[str, Any]:
    return json.loads((CORPUS / "expected.json").read_text(encoding="utf-8"))


@functools.cache
def _report() -> fr.Report:
    return fr.reconcile([fr.read_document(p) for p in sorted(CORPUS.glob("*.txt"))])


def _holds(claims: Iterable[fr.Claim], claim: dict[str, Any]) -> bool:
    """Does one of *claims* cover the span of an expected claim?"""
    return any(
        c.doc_id == claim["doc"] and c.quantity.start < claim["end"] and claim["start"] < c.quantity.end
        for c in claims
    )


def _covers(finding: fr.Finding, claim: dict[str, Any]) -> bool:
    return _holds(finding.claims, claim)


def _flagged() -> list[dict[str, Any]]:
    return [f for f in _expected()["facts"] if f["verdict"] in ("conflict", "divergent")]


def test_every_intended_flag_is_found() -> None:
    for fact in _flagged():
        kinds = set(fact.get("accept", [fact["verdict"]]))
        hits = [f for f in _report().findings if all(_covers(f, c) for c in fact["claims"])]
        assert hits or "consistent" in kinds, f"missed {fact['id']}: {fact['why']}"
        assert all(f.kind in kinds for f in hits), f"{fact['id']}: got {[f.kind for f in hits]}"


def test_no_finding_the_corpus_does_not_intend() -> None:
    for finding in _report().findings:
        intended = [
            fact for fact in _flagged()
            if sum(_covers(finding, c) for c in fact["claims"]) >= 2
        ]
        assert intended, f"unintended {finding.kind}: {finding.message}"


def test_no_finding_joins_a_hard_negative() -> None:
    for negative in _expected()["hard_negatives"]:
        sides = [negative[k] for k in ("a", "b")]
        for finding in _report().findings:
            assert not all(_covers(finding, side) for side in sides), negative.get("why", negative)


def _grouped(fact: dict[str, Any]) -> fr.Fact | None:
    """The reported fact that holds every claim of an expected fact, if one does."""
    return next((found for found in _report().facts if all(_holds(found.claims, x) for x in fact["claims"])), None)


def test_every_fact_is_grouped_with_its_verdict() -> None:
    for fact in _expected()["facts"]:
        found = _grouped(fact)
        assert found is not None, f"{fact['id']} is not grouped whole: {fact['why']}"
        assert found.verdict.value in fact.get("accept", [fact["verdict"]]), (fact["id"], found.verdict)


def test_no_fact_holds_both_sides_of_a_hard_negative() -> None:
    for negative in _expected()["hard_negatives"]:
        sides = [negative[k] for k in ("a", "b")]
        for found in _report().facts:
            assert not all(_holds(found.claims, side) for side in sides), negative.get("why", negative)
