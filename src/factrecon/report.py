"""The report: facts, findings and documents, as JSON, records, pandas, HTML and a terminal table.

The JSON follows docs/schema/report-v1.json (``schema_version`` 1). Numbers are
strings there: they are Decimals, and ``"4.4E+9"`` must not turn into a float.
"""

from __future__ import annotations

import datetime as dt
import functools
import html
import json
import textwrap
from collections.abc import Iterator, Mapping
from decimal import Decimal
from typing import Any, TextIO

import attrs

from factrecon._html import number_line_figure, render
from factrecon._terminal import for_terminal
from factrecon.document import headline
from factrecon.lexicon import measure_name
from factrecon.model import (
    Check,
    Claim,
    Fact,
    Finding,
    Interval,
    Kind,
    Period,
    Place,
    Qualifier,
    Quantity,
    Reading,
    Span,
    Verdict,
)

__all__ = ["SCHEMA_VERSION", "DocumentInfo", "NumberLine", "Report", "measure_name", "plural", "quantity_dict"]

SCHEMA_VERSION = 1

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
        start, end = headline(text)
        title = text[start:end].strip()
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

    def _sections(self) -> list[tuple[str, Any]]:
        """The JSON's top-level keys in order, each with its value, a list's items made one at a time."""
        sentences = dict(self.sentences)
        documents = (
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
        )
        findings = (
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
        )
        checks = (
            {
                "id": c.id,
                "kind": c.kind,
                "doc_id": c.doc_id,
                "ok": c.ok,
                "claims": [x.id for x in c.claims],
                "message": c.message,
            }
            for c in self.checks
        )
        return [
            ("schema_version", SCHEMA_VERSION),
            ("documents", documents),
            ("facts", (self._fact_dict(f, sentences) for f in self.facts)),
            ("findings", findings),
            ("checks", checks),
        ]

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict following docs/schema/report-v1.json."""
        return {key: value if key == "schema_version" else list(value) for key, value in self._sections()}

    def records(self) -> Iterator[dict[str, Any]]:
        """The report as flat records, for JSON lines: a ``report`` header, then each document, fact, finding, check.

        Every record has ``"record"`` (its type) first; the rest are the fields
        :meth:`to_dict` gives it (``docs/schema/report-v1.json``). They are made
        one at a time, as they are asked for.
        """
        names = {"documents": "document", "facts": "fact", "findings": "finding", "checks": "check"}
        for key, value in self._sections():
            if key == "schema_version":
                yield {"record": "report", "schema_version": value}
                continue
            for item in value:
                yield {"record": names[key], **item}

    def write_jsonl(self, fp: TextIO) -> None:
        """Write :meth:`records` as JSON lines (one compact JSON object a line)."""
        for record in self.records():
            fp.write(json.dumps(record, ensure_ascii=False) + "\n")

    @classmethod
    def from_json(cls, text: str | bytes) -> Report:
        """A report read back from :meth:`to_json` (or ``factrecon check --format json``) output.

        ``Report.from_json(r.to_json()).to_json() == r.to_json()``. What the JSON
        does not hold stays empty: the documents' texts, the claims that belong to
        no fact (``claims`` holds the claims of the facts, then those that findings
        and checks name, the latter with their id and document only), a place's
        offsets, a period's wording.
        """
        return cls.from_dict(json.loads(text))

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Report:
        """The inverse of :meth:`to_dict` (see :meth:`from_json`)."""
        return _report_from_dict(data)

    def to_json(self, indent: int | None = 2) -> str:
        """The report as JSON text (UTF-8 characters kept, keys in a fixed order)."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    def write_json(self, fp: TextIO, indent: int | None = 2) -> None:
        """Write :meth:`to_json` (and a final newline) to a text file, in pieces.

        The same text, without holding all of it, or the dict it is made from, in
        memory at once: each document, fact, finding and check is turned into JSON
        and written on its own (for a large report, :meth:`to_dict` alone weighs
        more than the report).
        """
        dumps = functools.partial(json.dumps, ensure_ascii=False, indent=indent)
        newline = "" if indent is None else "\n"
        pad = "" if indent is None else " " * indent
        comma = ", " if indent is None else ","
        fp.write("{")
        for n, (key, value) in enumerate(self._sections()):
            fp.write((comma if n else "") + newline + pad + dumps(key) + ": ")
            if key == "schema_version":
                fp.write(dumps(value))
                continue
            first = True
            for item in value:  # an item's lines, indented as they are inside the list of the object
                fp.write(("[" if first else comma) + newline + pad * 2 + dumps(item).replace("\n", "\n" + pad * 2))
                first = False
            fp.write("[]" if first else newline + pad + "]")
        fp.write(newline + "}\n")

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

    def to_pandas(self, table: str = "claims") -> Any:
        """A pandas DataFrame (needs the optional ``pandas`` extra): ``"claims"`` (default) or ``"facts"``.

        ``to_pandas()`` / ``to_pandas("claims")``: one row per claim, tidy: the
        claim's figure, its fact (``fact_id``, ``verdict``; missing for a claim in
        no fact) and how it is read. ``to_pandas("facts")``: one row per fact.
        Numbers come twice: as ``float64`` columns to sort, filter and plot
        (``value``, ``low``, ``high``, ``plausible_low``, ``plausible_high``;
        an open side is ``-inf``/``inf``, no reading ``NaN``) and as exact
        :class:`~decimal.Decimal` objects in the ``*_exact`` columns, for
        arithmetic where ``0.1 + 0.2`` must be ``0.3``. ``measure_name`` is the
        measure in words (``"projects"``).
        """
        try:
            import pandas as pd
        except ImportError as exc:  # pragma: no cover - exercised only without pandas
            raise ImportError("to_pandas() needs pandas: pip install 'factrecon[pandas]'") from exc
        if table == "claims":
            rows, columns = self._claim_rows(), _CLAIM_COLUMNS
        elif table == "facts":
            rows, columns = self._fact_rows(), _FACT_COLUMNS
        else:
            raise ValueError(f"to_pandas(table={table!r}): choose 'claims' or 'facts'")
        frame = pd.DataFrame.from_records(rows, columns=list(columns))
        return frame.astype({name: kind for name, kind in columns.items() if kind})

    def _claim_rows(self) -> list[dict[str, Any]]:
        sentences = dict(self.sentences)
        fact_of = {c.id: f for f in self.facts for c in f.claims}
        readings = {r.claim_id: r for f in self.facts for r in f.readings}
        claims = self.claims or tuple({c.id: c for f in self.facts for c in f.claims}.values())
        rows = []
        for c in claims:
            q = c.quantity
            f = fact_of.get(c.id)
            r = readings.get(c.id)
            rows.append(
                {
                    "claim_id": c.id,
                    "doc_id": c.doc_id,
                    "fact_id": None if f is None else f.id,
                    "verdict": None if f is None else f.verdict.value,
                    "measure": c.measure,
                    "measure_name": measure_name(c.measure, words=(c.measure_text,)),
                    "unit": q.unit,
                    "text": q.text,
                    "start": q.start,
                    "end": q.end,
                    "qualifier": q.qualifier.value,
                    "kind": q.kind.value,
                    "change": q.change,
                    "value": _float(q.value),
                    "low": _float(q.low, "-inf"),
                    "high": _float(q.high, "inf"),
                    "plausible_low": None if r is None else _float(r.plausible.low, "-inf"),
                    "plausible_high": None if r is None else _float(r.plausible.high, "inf"),
                    "value_exact": q.value,
                    "low_exact": q.low,
                    "high_exact": q.high,
                    "stated": str(q.interval),
                    "plausible": None if r is None else str(r.plausible),
                    "rule": None if r is None else r.rule,
                    "time": None if c.time is None else str(c.time),
                    "sentence": sentences.get(c.id, ""),
                }
            )
        return rows

    def _fact_rows(self) -> list[dict[str, Any]]:
        finding_of = {g.fact.id: g for g in self.findings if g.fact is not None}
        rows = []
        for f in self.facts:
            iv = f.consensus
            g = finding_of.get(f.id)
            rows.append(
                {
                    "fact_id": f.id,
                    "verdict": f.verdict.value,
                    "measure": f.measure,
                    "measure_name": measure_name(f.measure, words=[c.measure_text for c in f.claims]),
                    "unit": f.unit,
                    "documents": len({c.doc_id for c in f.claims}),
                    "claims": len(f.claims),
                    "consensus_low": None if iv is None else _float(iv.low, "-inf"),
                    "consensus_high": None if iv is None else _float(iv.high, "inf"),
                    "consensus_low_exact": None if iv is None else iv.low,
                    "consensus_high_exact": None if iv is None else iv.high,
                    "consensus": None if iv is None else str(iv),
                    "figures": "; ".join(f"{c.doc_id}: {c.quantity.text}" for c in f.claims),
                    "finding_id": None if g is None else g.id,
                    "message": None if g is None else g.message,
                }
            )
        return rows

    def plot(self, fact: Fact | Finding | str) -> NumberLine:
        """The number line of a fact (or a finding's, or the fact or finding with this id), for a notebook.

        Each claim is a row: its stated interval as a thin bar with its ends (filled:
        included, hollow: excluded, arrow: open), its plausible reading as a thick
        one; the ticks include the figures. Jupyter shows it (``_repr_html_``,
        ``_repr_svg_``); ``.svg`` is the SVG text, ``.html`` the figure with its legend.
        """
        if isinstance(fact, str):
            found = [x for x in self.facts if x.id == fact] + [x for x in self.findings if x.id == fact]
            if not found:
                raise KeyError(f"no fact or finding {fact!r} in this report")
            target: Fact | Finding = found[0]
        else:
            target = fact
        return NumberLine(number_line_figure(target.claims, {r.claim_id: r for r in target.readings}))

    def _rows(self) -> list[tuple[str, str, str, str]]:
        """(verdict or kind, measure, figures per document, fact id) for every fact and arithmetic finding."""
        rows = []
        for f in sorted(self.facts, key=lambda f: (_ORDER.get(f.verdict.value, 9), f.measure, f.id)):
            figures = "; ".join(f"{c.doc_id}: {c.quantity.text}" for c in f.claims)
            name = measure_name(f.measure, words=[c.measure_text for c in f.claims])
            unit = {"count": "", "percent": "%"}.get(f.unit, f.unit)
            rows.append((f.verdict.value, f"{name} ({unit})" if unit else name, figures, f.id))
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
        # ids and texts are the inputs' own: control characters are shown as escapes, never obeyed
        rows = [
            (kind, for_terminal(measure), for_terminal(figures), fid)
            for kind, measure, figures, fid in self._rows()
            if not findings_only or kind != "consistent"
        ]
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
                lines += ["", f"[{g.kind}] {g.id}", *for_terminal(g.message, lines=True).split("\n")]
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
        return render(self, title=title, ui=ui)


# --------------------------------------------------------------------------- reading the JSON back


def _dec(value: str | None) -> Decimal | None:
    return None if value is None else Decimal(value)


def _interval_from(d: Mapping[str, Any] | None) -> Interval | None:
    if d is None:
        return None
    return Interval(_dec(d["low"]), _dec(d["high"]), bool(d["low_inclusive"]), bool(d["high_inclusive"]))


def _reading_from(d: Mapping[str, Any]) -> Reading:
    stated, plausible = _interval_from(d["stated"]), _interval_from(d["plausible"])
    if stated is None or plausible is None:
        raise ValueError(f"the reading of {d['claim']!r} lacks an interval")
    return Reading(d["claim"], stated, plausible, d["rule"])


def _claim_from(d: Mapping[str, Any]) -> Claim:
    quantity = Quantity(
        start=d["start"],
        end=d["end"],
        text=d["text"],
        value=_dec(d["value"]),
        low=_dec(d["low"]),
        high=_dec(d["high"]),
        low_inclusive=d["low_inclusive"],
        high_inclusive=d["high_inclusive"],
        precision=_dec(d["precision"]),
        qualifier=Qualifier(d["qualifier"]),
        approx=d["approx"],
        unit=d["unit"],
        kind=Kind(d["kind"]),
        change=d["change"],
    )
    time = None
    if d["time"] is not None:
        start, _, end = d["time"].partition("/")
        time = Period(dt.date.fromisoformat(start), dt.date.fromisoformat(end or start))
    return Claim(
        id=d["id"],
        doc_id=d["doc_id"],
        quantity=quantity,
        measure=d["measure"],
        measure_text=d["measure_text"],
        context=tuple(Place(p["code"], p["role"], 0, 0, p["text"]) for p in d["places"]),
        time=time,
        status=d["status"],
        sentence=Span(d["sentence"]["start"], d["sentence"]["end"]),
    )


def _report_from_dict(data: Mapping[str, Any]) -> Report:
    if data.get("schema_version") != SCHEMA_VERSION:
        raise ValueError(f"not a factrecon report of schema version {SCHEMA_VERSION}: {data.get('schema_version')!r}")
    claims: dict[str, Claim] = {}
    sentences: dict[str, str] = {}
    facts: dict[str, Fact] = {}
    for f in data["facts"]:
        own = []
        for c in f["claims"]:
            claim = claims.setdefault(c["id"], _claim_from(c))
            own.append(claim)
            if c["sentence"]["text"]:
                sentences.setdefault(c["id"], c["sentence"]["text"])
        facts[f["id"]] = Fact(
            id=f["id"],
            measure=f["measure"],
            unit=f["unit"],
            claims=tuple(own),
            verdict=Verdict(f["verdict"]),
            consensus=_interval_from(f["consensus"]),
            readings=tuple(_reading_from(r) for r in f["readings"]),
        )

    def named(ids: list[str], documents: list[str]) -> tuple[Claim, ...]:
        """The claims *ids* name; one outside every fact comes back with its id and document only."""
        doc = documents[0] if len(documents) == 1 else ""
        return tuple(claims.setdefault(i, Claim(i, doc, Quantity(0, 0, "", None, None, None), "")) for i in ids)

    findings = tuple(
        Finding(
            id=g["id"],
            kind=g["kind"],
            fact=None if g["fact"] is None else facts[g["fact"]],
            claims=named(g["claims"], g["documents"]),
            message=g["message"],
            readings=tuple(_reading_from(r) for r in g["readings"]),
            evidence=tuple(g.get("evidence", ())),
            score=g.get("score"),
        )
        for g in data["findings"]
    )
    checks = tuple(
        Check(c["id"], c["kind"], c["doc_id"], named(c["claims"], [c["doc_id"]]), c["ok"], c["message"])
        for c in data["checks"]
    )
    documents = tuple(
        DocumentInfo(
            id=d["id"],
            lang=d["lang"],
            published=None if d["published"] is None else dt.date.fromisoformat(d["published"]),
            source=d["source"],
            title=d["title"],
            claims=d["claims"],
            copy_of=d.get("copy_of"),
        )
        for d in data["documents"]
    )
    return Report(
        facts=tuple(facts.values()),
        findings=findings,
        documents=documents,
        claims=tuple(claims.values()),
        checks=checks,
        sentences=tuple(sentences.items()),
    )


@attrs.frozen
class NumberLine:
    """A fact's number line that a notebook shows (see :meth:`Report.plot`): ``html`` (a figure) or ``svg``."""

    html: str

    @property
    def svg(self) -> str:
        """The SVG alone, as a file would hold it (with its namespace)."""
        start, end = self.html.find("<svg"), self.html.rfind("</svg>")
        if start < 0:
            return ""
        return "<svg xmlns='http://www.w3.org/2000/svg'" + self.html[start + 4 : end] + "</svg>"

    def _repr_html_(self) -> str:
        return self.html

    def _repr_svg_(self) -> str:
        return self.svg


def _float(value: Decimal | None, missing: str = "nan") -> float:
    return float(missing) if value is None else float(value)


_CLAIM_COLUMNS: dict[str, str | None] = {
    "claim_id": None,
    "doc_id": None,
    "fact_id": None,
    "verdict": None,
    "measure": None,
    "measure_name": None,
    "unit": None,
    "text": None,
    "start": "int64",
    "end": "int64",
    "qualifier": None,
    "kind": None,
    "change": "bool",
    "value": "float64",
    "low": "float64",
    "high": "float64",
    "plausible_low": "float64",
    "plausible_high": "float64",
    "value_exact": None,
    "low_exact": None,
    "high_exact": None,
    "stated": None,
    "plausible": None,
    "rule": None,
    "time": None,
    "sentence": None,
}
_FACT_COLUMNS: dict[str, str | None] = {
    "fact_id": None,
    "verdict": None,
    "measure": None,
    "measure_name": None,
    "unit": None,
    "documents": "int64",
    "claims": "int64",
    "consensus_low": "float64",
    "consensus_high": "float64",
    "consensus_low_exact": None,
    "consensus_high_exact": None,
    "consensus": None,
    "figures": None,
    "finding_id": None,
    "message": None,
}


# --------------------------------------------------------------------------- measures in words

#: the English words around a measure's name (the other languages' are in lang/data/<tag>/measures.toml)




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
