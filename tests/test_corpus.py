"""The bundled corpus (examples/corpus) against what its authors expect (examples/corpus/expected.json).

Every fact the corpus states in conflict or divergence must come out as a
finding of that kind covering its claims, and no finding may be raised that the
corpus does not intend (the mill group is entirely consistent); no finding may
join a hard-negative pair.
"""

from __future__ import annotations

import functools
import json
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


def _covers(finding: fr.Finding, claim: dict[str, Any]) -> bool:
    return any(
        c.doc_id == claim["doc"] and c.quantity.start < claim["end"] and claim["start"] < c.quantity.end
        for c in finding.claims
    )


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


#: Facts of expected.json that reconcile does not yet group whole, and why (the reading of their claims,
#: not the linking): each one grouped later leaves this list, and a fact grouped today must stay grouped.
KNOWN_UNGROUPED = {
    "future_projects_value": "'30,8 миллиард доллар сармоя' reads as investment (money put into the projects), "
                             "'жалпы құны 30 млрд доллардан астам 30-дан астам жоба' as project_value",
    "trade_target": "a document states the target twice in different forms: two statements, one fact holds one",
    "forum_age": "'19 жыл' (19 years ago, in another sentence) takes the uz 'йигирма йил' first",
    "mill_investment": "the money reads as investment (инвестиция салынды), enterprise_value (корхона қурилишига "
                       "сарфланган) and factory_value (фабрикасының құны)",
    "mill_capacity": "the annual output ('жылына 4,2 мың тонна жіп шығарады', 'йилига ... ишлаб чиқарадиган') reads "
                     "as production or nothing, the short note's 'Жылдық қуаты — 4200 тонна' as capacity",
}


def _grouped(fact: dict[str, Any]) -> fr.Fact | None:
    """The reported fact that holds every claim of an expected fact, if one does."""
    for found in _report().facts:
        if all(
            any(c.doc_id == x["doc"] and c.quantity.start < x["end"] and x["start"] < c.quantity.end
                for c in found.claims)
            for x in fact["claims"]
        ):
            return found
    return None


def test_every_fact_is_grouped_with_its_verdict_but_the_known_ones() -> None:
    ungrouped = set()
    for fact in _expected()["facts"]:
        found = _grouped(fact)
        if found is None:
            ungrouped.add(fact["id"])
            continue
        assert found.verdict.value in fact.get("accept", [fact["verdict"]]), (fact["id"], found.verdict)
    assert ungrouped <= set(KNOWN_UNGROUPED), ungrouped - set(KNOWN_UNGROUPED)
    assert len(_expected()["facts"]) - len(ungrouped) >= 24
