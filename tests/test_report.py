"""The Report: JSON against its schema, records, pandas, HTML and the terminal table."""

from __future__ import annotations

import io
import json
from pathlib import Path

import jsonschema
import pytest

from claim_factory import claim, qty
from factrecon.reconcile import reconcile
from factrecon.report import Report
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
    pytest.importorskip("pandas", reason="needs the pandas extra: pip install -e '.[pandas]'")
    frame = report.to_pandas()
    assert list(frame["fact_id"]) == [r["fact_id"] for r in rows]


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
