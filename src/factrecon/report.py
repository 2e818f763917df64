"""The report: facts, findings and documents, as JSON, records, pandas, HTML and a terminal table.

The JSON follows docs/schema/report-v1.json (``schema_version`` 1). Numbers are
strings there: they are Decimals, and ``"4.4E+9"`` must not turn into a float.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import re
import textwrap
from collections.abc import Iterator, Mapping
from decimal import Decimal
from typing import Any, TextIO

import attrs

from factrecon.model import Claim, Fact, Finding, Interval, Quantity, Reading
from factrecon.reconcile import Check

__all__ = ["SCHEMA_VERSION", "DocumentInfo", "Report", "plural", "quantity_dict"]

SCHEMA_VERSION = 1

_DATE_HEADER = re.compile(r"^\ufeff?\s*date\s+\d{4}-\d{2}-\d{2}\s*")


@attrs.frozen
class DocumentInfo:
    """What the report says about one input document."""

    id: str
    lang: str = ""
    published: dt.date | None = None
    source: str | None = None
    title: str = ""
    claims: int = 0
    text: str = attrs.field(default="", repr=False)
    #: the id of the document this one republishes (the same body), or None
    copy_of: str | None = None

    @classmethod
    def from_document(cls, doc: Any, n_claims: int) -> DocumentInfo:
        text = str(getattr(doc, "text", ""))
        lines = (_DATE_HEADER.sub("", line).strip() for line in text.splitlines())
        title = next((line for line in lines if line), "")
        published = getattr(doc, "published", None)
        return cls(
            id=str(doc.id),
            lang=str(getattr(doc, "lang", "") or ""),
            published=published if isinstance(published, dt.date) else None,
            source=None if getattr(doc, "source", None) is None else str(doc.source),
            title=title[:200],
            claims=n_claims,
            text=text,
        )


def plural(n: int, noun: str) -> str:
    """``1 document``, ``2 documents``, ``1,234 quantities``: a count and an English noun that agrees with it."""
    if n == 1:
        return f"1 {noun}"
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return f"{n:,} {noun[:-1]}ies"
    return f"{n:,} {noun}s"


def _num(d: Decimal | None) -> str | None:
    return None if d is None else str(d)


def quantity_dict(q: Quantity) -> dict[str, Any]:
    """A quantity as JSON-ready fields (Decimals as strings)."""
    return {
        "start": q.start,
        "end": q.end,
        "text": q.text,
        "value": _num(q.value),
        "low": _num(q.low),
        "high": _num(q.high),
        "low_inclusive": q.low_inclusive,
        "high_inclusive": q.high_inclusive,
        "precision": _num(q.precision),
        "qualifier": q.qualifier.value,
        "approx": q.approx,
        "unit": q.unit,
        "kind": q.kind.value,
        "change": q.change,
    }


def _interval(iv: Interval | None) -> dict[str, Any] | None:
    if iv is None:
        return None
    return {
        "low": _num(iv.low),
        "high": _num(iv.high),
        "low_inclusive": iv.low_inclusive,
        "high_inclusive": iv.high_inclusive,
        "text": str(iv),
    }


def _reading(r: Reading) -> dict[str, Any]:
    return {"claim": r.claim_id, "stated": _interval(r.stated), "plausible": _interval(r.plausible), "rule": r.rule}


@attrs.frozen
class Report:
    """What :func:`~factrecon.reconcile` found.

    ``facts`` are the facts stated by two or more documents; ``findings`` what an
    editor should look at (conflict, divergent, sum, change); ``documents`` the
    inputs; ``claims`` every claim read; ``checks`` every arithmetic check
    (passed ones too); ``sentences`` pairs (claim id, sentence text).
    """

    facts: tuple[Fact, ...] = ()
    findings: tuple[Finding, ...] = ()
    documents: tuple[DocumentInfo, ...] = ()
    claims: tuple[Claim, ...] = ()
    checks: tuple[Check, ...] = ()
    sentences: tuple[tuple[str, str], ...] = ()

    def sentence(self, claim: Claim | str) -> str:
        """The text of the sentence a claim sits in ("" when the report has no text for it)."""
        cid = claim if isinstance(claim, str) else claim.id
        return dict(self.sentences).get(cid, "")

    # ------------------------------------------------------------------ JSON

    def _claim_dict(self, c: Claim, sentences: Mapping[str, str]) -> dict[str, Any]:
        return {
            "id": c.id,
            "doc_id": c.doc_id,
            **quantity_dict(c.quantity),
            "measure": c.measure,
            "measure_text": c.measure_text,
            "places": [{"code": p.code, "role": p.role, "text": p.text} for p in c.context],
            "time": None if c.time is None else str(c.time),
            "status": c.status,
            "sentence": {"start": c.sentence.start, "end": c.sentence.end, "text": sentences.get(c.id, "")},
        }

    def _fact_dict(self, f: Fact, sentences: Mapping[str, str]) -> dict[str, Any]:
        return {
            "id": f.id,
            "measure": f.measure,
            "unit": f.unit,
            "verdict": f.verdict.value,
            "consensus": _interval(f.consensus),
            "documents": sorted({c.doc_id for c in f.claims}),
            "claims": [self._claim_dict(c, sentences) for c in f.claims],
            "readings": [_reading(r) for r in f.readings],
        }

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict following docs/schema/report-v1.json."""
        sentences = dict(self.sentences)
        return {
            "schema_version": SCHEMA_VERSION,
            "documents": [
                {
                    "id": d.id,
                    "lang": d.lang,
                    "published": None if d.published is None else d.published.isoformat(),
                    "source": d.source,
                    "title": d.title,
                    "claims": d.claims,
                    "copy_of": d.copy_of,
                }
                for d in self.documents
            ],
            "facts": [self._fact_dict(f, sentences) for f in self.facts],
            "findings": [
                {
                    "id": f.id,
                    "kind": f.kind,
                    "fact": None if f.fact is None else f.fact.id,
                    "claims": [c.id for c in f.claims],
                    "documents": sorted({c.doc_id for c in f.claims}),
                    "message": f.message,
                    "readings": [_reading(r) for r in f.readings],
                    "evidence": list(f.evidence),
                    "score": f.score,
                }
                for f in self.findings
            ],
            "checks": [
                {
                    "id": c.id,
                    "kind": c.kind,
                    "doc_id": c.doc_id,
                    "ok": c.ok,
                    "claims": [x.id for x in c.claims],
                    "message": c.message,
                }
                for c in self.checks
            ],
        }

    def records(self) -> Iterator[dict[str, Any]]:
        """The report as flat records, for JSON lines: a ``report`` header, then each document, fact, finding, check.

        Every record has ``"record"`` (its type) first; the rest are the fields
        :meth:`to_dict` gives it (``docs/schema/report-v1.json``).
        """
        data = self.to_dict()
        yield {"record": "report", "schema_version": data["schema_version"]}
        for key, name in (("documents", "document"), ("facts", "fact"), ("findings", "finding"), ("checks", "check")):
            for item in data[key]:
                yield {"record": name, **item}

    def write_jsonl(self, fp: TextIO) -> None:
        """Write :meth:`records` as JSON lines (one compact JSON object a line)."""
        for record in self.records():
            fp.write(json.dumps(record, ensure_ascii=False) + "\n")

    def to_json(self, indent: int | None = 2) -> str:
        """The report as JSON text (UTF-8 characters kept, keys in a fixed order)."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    def write_json(self, fp: TextIO, indent: int | None = 2) -> None:
        """Write :meth:`to_json` (and a final newline) to a text file, in pieces.

        The same text, without holding all of it in memory at once: for a large
        report the JSON string is the biggest thing a run allocates.
        """
        json.dump(self.to_dict(), fp, ensure_ascii=False, indent=indent)
        fp.write("\n")

    # ------------------------------------------------------------------ tables

    def to_records(self) -> list[dict[str, Any]]:
        """One flat row per claim of each fact: the shape pandas and spreadsheets want."""
        sentences = dict(self.sentences)
        readings = {r.claim_id: r for f in self.facts for r in f.readings}
        rows = []
        for f in self.facts:
            for c in f.claims:
                q = c.quantity
                r = readings.get(c.id)
                rows.append(
                    {
                        "fact_id": f.id,
                        "measure": f.measure,
                        "unit": f.unit,
                        "verdict": f.verdict.value,
                        "consensus": None if f.consensus is None else str(f.consensus),
                        "doc_id": c.doc_id,
                        "claim_id": c.id,
                        "start": q.start,
                        "end": q.end,
                        "text": q.text,
                        "value": q.value,
                        "qualifier": q.qualifier.value,
                        "stated": None if r is None else str(r.stated),
                        "plausible": None if r is None else str(r.plausible),
                        "rule": None if r is None else r.rule,
                        "sentence": sentences.get(c.id, ""),
                    }
                )
        return rows

    def to_pandas(self) -> Any:
        """``to_records()`` as a pandas DataFrame (needs the optional ``pandas`` extra)."""
        try:
            import pandas as pd
        except ImportError as exc:  # pragma: no cover - exercised only without pandas
            raise ImportError("to_pandas() needs pandas: pip install 'factrecon[pandas]'") from exc
        columns = [
            "fact_id",
            "measure",
            "unit",
            "verdict",
            "consensus",
            "doc_id",
            "claim_id",
            "start",
            "end",
            "text",
            "value",
            "qualifier",
            "stated",
            "plausible",
            "rule",
            "sentence",
        ]
        return pd.DataFrame.from_records(self.to_records(), columns=columns)

    def _rows(self) -> list[tuple[str, str, str, str]]:
        """(verdict or kind, measure, figures per document, fact id) for every fact and arithmetic finding."""
        rows = []
        for f in sorted(self.facts, key=lambda f: (_ORDER.get(f.verdict.value, 9), f.measure, f.id)):
            figures = "; ".join(f"{c.doc_id}: {c.quantity.text}" for c in f.claims)
            rows.append((f.verdict.value, f"{f.measure} ({f.unit})", figures, f.id))
        for g in self.findings:
            if g.fact is None:
                figures = "; ".join(f"{c.doc_id}: {c.quantity.text}" for c in g.claims)
                rows.append((g.kind, "arithmetic", figures, g.id))
        return rows

    def format_table(self, width: int = 100, findings_only: bool = False) -> str:
        """A plain-text table for a terminal: one row per fact (findings first), then each finding's message.

        Cells longer than their column are wrapped onto more lines, never cut: every
        figure of a conflict is shown, both sides of it.
        """
        rows = [r for r in self._rows() if not findings_only or r[0] != "consistent"]
        head = ", ".join(
            (
                plural(len(self.documents), "document"),
                plural(len(self.facts), "fact"),
                plural(len(self.findings), "finding"),
            )
        )
        if not rows:
            return head + "\n"
        w0 = max(len(r[0]) for r in rows)
        w1 = min(30, max(len(r[1]) for r in rows))
        w2 = max(20, width - w0 - w1 - 4)
        lines = [head, ""]
        for kind, measure, figures, _ in rows:
            cells = [[kind], _wrap(measure, w1), _wrap(figures, w2)]
            for k in range(max(map(len, cells))):
                parts = [c[k] if k < len(c) else "" for c in cells]
                lines.append(f"{parts[0]:<{w0}}  {parts[1]:<{w1}}  {parts[2]}".rstrip())
        if self.findings:
            lines += ["", "Findings:"]
            for g in self.findings:
                lines += ["", f"[{g.kind}] {g.id}", *g.message.splitlines()]
        return "\n".join(lines) + "\n"

    def __str__(self) -> str:
        return self.format_table()

    # ------------------------------------------------------------------ HTML

    def _repr_html_(self) -> str:
        """A notebook table: one row per fact, coloured by verdict, findings first."""
        body = "".join(
            f'<tr style="background:{_COLOURS.get(kind, "#fff")}"><td>{html.escape(kind)}</td>'
            f"<td>{html.escape(measure)}</td><td>{html.escape(figures)}</td><td><code>{html.escape(fid)}</code></td></tr>"
            for kind, measure, figures, fid in self._rows()
        )
        counts = ", ".join(
            (
                plural(len(self.documents), "document"),
                plural(len(self.facts), "fact"),
                plural(len(self.findings), "finding"),
            )
        )
        return (
            f"<p>{counts}</p>"
            "<table><thead><tr><th>verdict</th><th>measure</th><th>figures</th><th>fact</th></tr></thead>"
            f"<tbody>{body}</tbody></table>"
        )

    def to_html(self, title: str | None = None, ui: str | Mapping[str, str] | None = None) -> str:
        """A self-contained page for editors (inline CSS, SVG and a little JS; no network).

        The findings first, each with its claims side by side, the sentences with the
        figures highlighted and the intervals on a number line; then the facts,
        filterable by verdict; then every document with all its recognised numbers
        highlighted. *ui* chooses the language of the page's words (``"en"``,
        ``"kk"``, ``"uz-Cyrl"``), or replaces some of them (a mapping over the keys
        of ``factrecon._html.UI``).
        """
        from factrecon._html import render

        return render(self, title=title, ui=ui)


def _wrap(text: str, width: int) -> list[str]:
    """*text* on lines of at most *width* characters, broken at spaces (or inside a word longer than a line)."""
    return textwrap.wrap(text, width, break_on_hyphens=False) or [""]


_ORDER = {"conflict": 0, "divergent": 1, "sum": 2, "change": 3, "consistent": 4}
_COLOURS = {
    "conflict": "#f8d7da",
    "divergent": "#fff3cd",
    "sum": "#f8d7da",
    "change": "#f8d7da",
    "consistent": "#e8f5e9",
}
