"""The Report: JSON against its schema, records, pandas, HTML and the terminal table."""

from __future__ import annotations

import io
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings

from claim_factory import claim, qty
from factrecon.reconcile import reconcile
from factrecon.report import Report
from factrecon.strategies import article_sets
from test_reconcile import forum

SCHEMA = json.loads((Path(__file__).resolve().parents[1] / "docs" / "schema" / "report-v1.json").read_text("utf-8"))


@pytest.fixture
def report() -> Report:
    extra = [
        claim("c", qty("12.5", precision="0.1", unit="percent", change=True, start=40), "x", sentence=(0, 90)),
        claim("c", qty("504.4E+6", precision="1E+5", unit="USD", start=10), "x", sentence=(0, 90)),
        claim("c", qty("459.1E+6", precision="1E+5", unit="USD", start=60), "x", sentence=(0, 90)),
    ]
    return reconcile(forum() + extra)


def test_json_follows_the_schema(report: Report) -> None:
    data = json.loads(report.to_json())
    jsonschema.validate(data, SCHEMA)
    assert data["schema_version"] == 1
    assert {f["kind"] for f in data["findings"]} == {"conflict", "divergent", "change"}
    value = next(f for f in data["facts"] if f["measure"] == "value" and f["verdict"] == "consistent")
    assert value["claims"][0]["value"] == "4.4E+9"  # Decimals survive as strings


@pytest.mark.parametrize("indent", [2, None])
def test_json_written_in_pieces_is_the_same_text(report: Report, indent: int | None) -> None:
    out = io.StringIO()
    report.write_json(out, indent=indent)
    assert out.getvalue() == report.to_json(indent=indent) + "\n"


def test_empty_report_follows_the_schema() -> None:
    jsonschema.validate(Report().to_dict(), SCHEMA)


def test_records_and_pandas(report: Report) -> None:
    rows = report.to_records()
    assert len(rows) == sum(len(f.claims) for f in report.facts)
    assert {"fact_id", "verdict", "doc_id", "start", "end", "stated", "plausible"} <= rows[0].keys()
    pytest.importorskip("pandas", reason="needs the pandas extra")
    claims = report.to_pandas()
    assert len(claims) == len(report.claims)
    in_facts = claims[claims["fact_id"].notna()]
    assert sorted(in_facts["claim_id"]) == sorted(r["claim_id"] for r in rows)
    for column in ("value", "low", "high", "plausible_low", "plausible_high"):
        assert str(claims[column].dtype) == "float64", column
    assert str(claims["start"].dtype) == "int64"
    value = claims[claims["unit"] == "USD"].sort_values("value").iloc[0]
    assert value["value"] == 459.1e6
    assert value["value_exact"] == Decimal("459.1E+6")  # exact, beside the float
    assert (in_facts["plausible_low"] <= in_facts["plausible_high"]).all()
    facts = report.to_pandas("facts")
    assert list(facts["fact_id"]) == [f.id for f in report.facts]
    assert str(facts["consensus_low"].dtype) == "float64"
    assert set(facts["measure_name"]) >= {"projects"}
    conflict = facts[facts["verdict"] == "conflict"].iloc[0]
    assert conflict["finding_id"].startswith("conflict-")
    with pytest.raises(ValueError, match="claims"):
        report.to_pandas("rows")


def test_from_json_gives_back_the_same_json(report: Report) -> None:
    text = report.to_json()
    again = Report.from_json(text)
    assert again.to_json() == text
    assert [f.id for f in again.facts] == [f.id for f in report.facts]
    assert again.findings[0].fact is not None
    with pytest.raises(ValueError, match="schema version"):
        Report.from_json('{"schema_version": 99}')


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(article_sets(conflicts=True, divergences=True))
def test_from_json_round_trips_any_report(articles: Any) -> None:
    report = reconcile(articles.documents)
    text = report.to_json()
    assert Report.from_json(text).to_json() == text
    for indent in (2, None):  # and the JSON written in pieces is the same text
        out = io.StringIO()
        report.write_json(out, indent=indent)
        assert out.getvalue() == report.to_json(indent=indent) + "\n"
    lines = io.StringIO()
    report.write_jsonl(lines)
    records = [json.loads(line) for line in lines.getvalue().splitlines()]
    data = report.to_dict()
    assert [r for r in records if r.pop("record") == "fact"] == data["facts"]


def test_plain_strings_are_documents() -> None:
    kk = "Қазақстан мен Ресей 14 бірлескен жобаны 4,4 млрд долларға аяқтады."
    uz = "Қозоғистон ва Россия 30 та қўшма лойиҳани 4,4 миллиард долларга амалга оширмоқда."
    report = reconcile([kk, uz])
    assert [d.id for d in report.documents] == ["0", "1"]
    assert [d.lang for d in report.documents] == ["kk", "uz-Cyrl"]
    assert {g.kind for g in report.findings} == {"conflict"}


def test_plot_is_a_number_line_a_notebook_shows(report: Report) -> None:
    finding = next(g for g in report.findings if g.readings)
    figure = report.plot(finding.id)
    assert figure._repr_svg_().startswith("<svg xmlns=")
    assert "<svg" in figure._repr_html_()
    assert figure.svg.count("class='stated'") == len(finding.readings)
    with pytest.raises(KeyError):
        report.plot("no-such-fact")


def test_terminal_table_and_html(report: Report) -> None:
    table = report.format_table()
    assert table.startswith("3 documents")
    assert "conflict" in table
    assert "divergent" in table
    assert "[change]" in table
    only = report.format_table(findings_only=True)
    assert "consistent" not in only.split("Findings:")[0]
    html = report.to_html()
    assert html.startswith("<!doctype html>")
    assert "<script src" not in html  # inline script only: the page is self-contained
    assert "http" not in html
    assert "<svg" in html
    assert "data-filter" in html
    assert "<table>" in report._repr_html_()


@pytest.mark.parametrize(
    "name", ["Span", "Interval", "Quantity", "Place", "Period", "Claim", "Reading", "Fact", "Finding"]
)
def test_result_types_are_frozen_and_slotted_without_weak_references(name: str) -> None:
    """A million claims: no per-object dict, no weak-reference slot (8 bytes each), and no change after making."""
    import attrs

    import factrecon.model as model

    cls = getattr(model, name)
    assert attrs.has(cls)
    assert "__weakref__" not in cls.__slots__
    assert "__dict__" not in cls.__slots__
    assert cls.__setattr__ is not object.__setattr__  # frozen: attrs raises FrozenInstanceError


def test_finding_kinds_are_an_enum_and_stay_strings_in_json() -> None:
    from factrecon import FindingKind
    from factrecon.model import Finding

    made = Finding("g-1", "sum", None, (), "1 + 2 is not 4")  # type: ignore[arg-type]
    assert made.kind is FindingKind.SUM
    with pytest.raises(ValueError, match="nonsense"):
        Finding("g-2", "nonsense", None, (), "")  # type: ignore[arg-type]
    assert json.dumps({"kind": FindingKind.CONFLICT}) == '{"kind": "conflict"}'
