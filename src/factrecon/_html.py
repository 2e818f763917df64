"""The HTML report for editors: one self-contained page (inline CSS, SVG and a few lines of JS; no network).

Layout: a bar of filters (by verdict or finding kind, by document, by any text),
then the findings (each with its claims side by side, the sentences with the
figure highlighted and the intervals on a small number line), then every fact
in a table, then every document with all its recognised numbers highlighted.
At a phone's width the page does not scroll sideways: the claims stack and the
table's rows become blocks.

The page is the template ``factrecon/templates/report.html``, filled by
:func:`fill`, a small renderer with **autoescape**: every value put into a
template is HTML-escaped (quotes too), unless it is :class:`Markup`, which only
the renderer itself makes (a filled block, or joined filled blocks). Restyle the
page by editing the template; the names each block uses are checked.

Markup contract (tests and embedding tools rely on it):

* ``<mark class="q" data-doc data-start data-end>`` wraps a recognised number;
  ``data-start``/``data-end`` index the document's text and the mark's text is
  the quantity's text. A number that is a claim also has ``data-claim`` (the
  claim id); one that belongs to a fact has ``data-verdict``.
* ``<section class="finding" data-kind data-fact data-docs>`` is one finding
  (``data-docs``: a JSON list of its documents' ids); ``<div class="claim"
  data-claim data-doc>`` one of its claims.
* ``<tr class="fact" data-verdict data-fact data-docs>`` is one fact; the
  checkboxes ``input[data-filter]`` show or hide findings (by kind) and facts
  (by verdict), ``select#doc-filter`` keeps those of one document,
  ``input#search`` those whose text contains what is typed.
* ``<article class="doc" id="doc-ID" data-doc>`` is one document.

Every user-facing English word is in :data:`UI` (and :data:`UI_PLURAL`, the
phrases with a count); :func:`ui_words` and the page take them from the babel
message catalog of each language folder, ``lang/data/<tag>/messages.po``, read
with :mod:`babel.messages.pofile` and compiled in memory, so plural forms follow
the catalog's ``Plural-Forms`` (the msgids are the English words; a word a
catalog lacks stays English; a derived language without its own catalog reads
its source's, transliterated). Numbers are written in the reader's locale with
:mod:`babel.numbers` (``6 150 000``, ``5,8 млн`` for kk), and measures are named
in the reader's language (:func:`factrecon.lexicon.measure_name`). The
explanations of the findings (the reconciler's messages and rules) are English.
"""

from __future__ import annotations

import decimal
import functools
import gettext
import io
import json
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal
from html import escape
from importlib import resources
from typing import TYPE_CHECKING

from factrecon.lang.registry import language, transliterator, ui_languages
from factrecon.lexicon import measure_name
from factrecon.model import Claim, Finding, Interval, Reading
from factrecon.quantities import find_quantities

if TYPE_CHECKING:  # pragma: no cover
    from factrecon.report import DocumentInfo, Report

__all__ = ["UI", "UI_LANGS", "UI_PLURAL", "Markup", "fill", "number_line_figure", "render", "ui_words"]

#: Every word the page shows. Keys are stable; values may be replaced by a translation.
UI: dict[str, str] = {
    "lang": "en",
    "title": "factrecon report",
    "findings": "Findings",
    "no_findings": "No findings: every fact the documents share is consistent.",
    "facts": "Facts",
    "no_facts": "No fact is stated by two or more documents.",
    "documents": "Documents",
    "show": "Show:",
    "document": "Document:",
    "all_documents": "All documents",
    "search": "Search",
    "search_placeholder": "figure, word or document",
    "verdict": "Verdict",
    "measure": "Measure",
    "figures": "Figures",
    "consensus": "All sources allow",
    "fact": "Fact",
    "chars": "chars {start}–{end}",
    "stated": "stated",
    "plausible": "plausible",
    "explanation": "Explanation",
    "evidence": "Why one fact (score {score})",
    "no_text": "The text of this document is not in the report.",
    "published": "published {date}",
    "legend_stated": "stated: what the words allow",
    "legend_plausible": "plausible: what the writer most likely means",
    "legend_open": "arrow: open to infinity; hollow end: excluded",
    "nothing_allowed": "no value satisfies all sources",
    # verdicts and finding kinds
    "conflict": "conflict",
    "divergent": "divergent",
    "consistent": "consistent",
    "sum": "sum",
    "change": "change",
}

#: The phrases with a count: (singular, plural) English msgids; the catalogs give every plural form.
UI_PLURAL: dict[str, tuple[str, str]] = {
    "n_documents": ("{n} document", "{n} documents"),
    "n_facts": ("{n} fact", "{n} facts"),
    "n_findings": ("{n} finding", "{n} findings"),
    "n_numbers": ("{n} number recognised", "{n} numbers recognised"),
    "n_claims": ("{n} claim", "{n} claims"),
    "facts_shown": ("{shown} of {total} fact shown", "{shown} of {total} facts shown"),
    "findings_shown": ("{shown} of {total} finding shown", "{shown} of {total} findings shown"),
}

#: The languages of the page's words: English (built in) and every language folder with a messages.po.
UI_LANGS = ("en", *ui_languages())


# --------------------------------------------------------------------------- the renderer


class Markup(str):
    """HTML made by the renderer: put into a template as it is. Any other value is escaped."""

    __slots__ = ()


_BLOCK = re.compile(r"^\{# block (\w+) #\}\n", re.MULTILINE)
_FIELD = re.compile(r"\{\{ (\w+) \}\}")


@functools.cache
def _blocks() -> dict[str, tuple[str, frozenset[str]]]:
    """The template's blocks: name -> (text, the names it uses)."""
    text = (resources.files("factrecon") / "templates" / "report.html").read_text(encoding="utf-8")
    parts = _BLOCK.split(text)[1:]  # the comment before the first block is dropped
    blocks = {}
    for name, body in zip(parts[::2], parts[1::2], strict=True):
        body = body.removesuffix("\n")
        blocks[name] = (body, frozenset(_FIELD.findall(body)))
    return blocks


def fill(block: str, /, **values: object) -> Markup:
    """The template's *block* with each ``{{ name }}`` replaced by ``values[name]``, escaped unless Markup.

    Exactly the names the block uses must be given (a typo fails at once).
    """
    text, names = _blocks()[block]
    if names != values.keys():
        raise TypeError(f"block {block!r} takes {sorted(names)}, given {sorted(values)}")

    def value(m: re.Match[str]) -> str:
        v = values[m[1]]
        return v if isinstance(v, Markup) else escape(str(v), quote=True)

    return Markup(_FIELD.sub(value, text))


def _join(parts: Iterable[Markup], sep: str = "") -> Markup:
    return Markup(escape(sep).join(parts))


# --------------------------------------------------------------------------- words and numbers


class _Transliterated(gettext.NullTranslations):
    """A derived language's words: its source's catalog, transliterated."""

    def __init__(self, source: gettext.NullTranslations, tag: str) -> None:
        super().__init__()
        self._source = source
        self._write = transliterator(tag)

    def gettext(self, message: str) -> str:
        found = self._source.gettext(message)
        return message if found == message else self._write(found)

    def ngettext(self, msgid1: str, msgid2: str, n: int) -> str:
        found = self._source.ngettext(msgid1, msgid2, n)
        return found if found in (msgid1, msgid2) else self._write(found)


@functools.cache
def _translations(lang: str) -> gettext.NullTranslations:
    """The catalog of *lang*, read with babel's pofile and compiled (in memory) with its mofile."""
    if lang == "en":
        return gettext.NullTranslations()
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    source = language(lang).derive_from
    fallback = _Transliterated(_translations(source), lang) if source else None
    path = resources.files("factrecon.lang") / "data" / lang / "messages.po"
    if not path.is_file():
        return fallback or gettext.NullTranslations()
    with path.open("rb") as handle:
        catalog = read_po(handle)
    compiled = io.BytesIO()
    write_mo(compiled, catalog)
    compiled.seek(0)
    translations = gettext.GNUTranslations(compiled)
    if fallback is not None:
        translations.add_fallback(fallback)
    return translations


def ui_words(lang: str = "en") -> dict[str, str]:
    """The page's words in *lang* (``en``, ``kk`` or ``uz-Cyrl``), for ``to_html(ui=...)``."""
    if lang not in UI_LANGS:
        raise ValueError(f"no report words for {lang!r}: choose one of {', '.join(UI_LANGS)}")
    t = _translations(lang)
    return {key: t.gettext(en) for key, en in UI.items()} | {"lang": lang}


class _Words:
    """The words and the number formats of one page."""

    def __init__(self, ui: str | Mapping[str, str] | None) -> None:
        if isinstance(ui, str):
            self.words = ui_words(ui)
        else:
            self.words = {**UI, **(ui or {})}
        self.lang = self.words["lang"] if self.words["lang"] in UI_LANGS else "en"
        self.locale = "en" if self.lang == "en" else language(self.lang).cldr_locale
        self.overrides = {} if isinstance(ui, str) or ui is None else dict(ui)

    def __getitem__(self, key: str) -> str:
        return self.words[key]

    def get(self, key: str, default: str) -> str:
        return self.words.get(key, default)

    def n(self, key: str, n: int, **more: object) -> str:
        """The phrase *key* for the count *n* (in the catalog's plural form), with *n* in the locale's digits."""
        if key in self.overrides:
            pattern = self.overrides[key]
        else:
            one, many = UI_PLURAL[key]
            pattern = _translations(self.lang).ngettext(one, many, n)
        values = {"n": self.int(n), **{k: self.int(v) if isinstance(v, int) else v for k, v in more.items()}}
        return pattern.format(**{k: v for k, v in values.items() if "{" + k + "}" in pattern})

    def int(self, n: int) -> str:
        from babel.numbers import format_decimal

        return str(format_decimal(n, locale=self.locale))

    def num(self, d: Decimal) -> str:
        """A figure in full: ``6,150,000`` (en), ``6 150 000`` (kk), every digit kept."""
        from babel.numbers import format_decimal

        # babel quantizes in the current decimal context: give it room for every digit (figures reach 10**10000)
        with decimal.localcontext() as ctx:
            width = len(d.as_tuple().digits) + abs(int(d.as_tuple().exponent))
            ctx.prec = max(ctx.prec, 2 * width + 10)  # the integer digits, and as many fraction digits as it keeps
            ctx.Emax, ctx.Emin = decimal.MAX_EMAX, decimal.MIN_EMIN
            return str(format_decimal(d, locale=self.locale, decimal_quantization=False))

    def short(self, x: float) -> str:
        """A figure for a tick: ``5.8M`` (en), ``5,8 млн`` (kk)."""
        from babel.numbers import format_compact_decimal, format_decimal

        if abs(x) < 1000:
            return str(format_decimal(float(f"{x:.4g}"), locale=self.locale))
        return str(format_compact_decimal(x, locale=self.locale, fraction_digits=2))

    def interval(self, iv: Interval) -> str:
        """``[6 150 000; 6 250 000]``: ``;`` between the bounds where the comma is the decimal sign."""
        from babel.numbers import get_decimal_symbol

        sep = "; " if get_decimal_symbol(self.locale) == "," else ", "
        lo = "−∞" if iv.low is None else self.num(iv.low)
        hi = "+∞" if iv.high is None else self.num(iv.high)
        left = "[" if iv.low is not None and iv.low_inclusive else "("
        right = "]" if iv.high is not None and iv.high_inclusive else ")"
        return f"{left}{lo}{sep}{hi}{right}"

    def measure(self, measure: str, unit: str, claims: Sequence[Claim]) -> tuple[str, str]:
        """(the measure in the reader's words, its unit: "" for a count)."""
        # a noun outside the lexicon has no name: the articles' own word, the reader's language's first
        own = [c.measure_text for c in claims if c.lang == self.lang]
        name = measure_name(measure, self.lang, own or [c.measure_text for c in claims])
        return name, {"count": "", "percent": "%"}.get(unit, unit)


_VERDICTS = ("conflict", "divergent", "consistent")
_ORDER = {"conflict": 0, "divergent": 1, "sum": 2, "change": 3, "consistent": 4}
# one colour per claim of a finding, in order (colour-blind friendly: Okabe-Ito)
_SERIES = ("#0072b2", "#d55e00", "#009e73", "#cc79a7", "#e69f00", "#56b4e9")


# --------------------------------------------------------------------------- the page


def render(report: Report, title: str | None = None, ui: str | Mapping[str, str] | None = None) -> str:
    """The page for *report*; *ui* is a language tag for :func:`ui_words`, or words overriding :data:`UI`."""
    w = _Words(ui)
    page_title = title if title is not None else w["title"]
    sentences = dict(report.sentences)
    texts = {d.id: d.text for d in report.documents}
    verdict_of = {c.id: f.verdict.value for f in report.facts for c in f.claims}
    claims_by_doc: dict[str, list[Claim]] = {}
    for c in report.claims:
        claims_by_doc.setdefault(c.doc_id, []).append(c)
    findings = [_finding(g, sentences, texts, w) for g in report.findings]
    documents = [_document(d, claims_by_doc.get(d.id, []), verdict_of, w) for d in report.documents]
    n_facts, n_findings = len(report.facts), len(report.findings)
    summary = ", ".join(
        (w.n("n_documents", len(report.documents)), w.n("n_facts", n_facts), w.n("n_findings", n_findings))
    )
    return (
        fill(
            "page",
            lang=w["lang"],
            title=page_title,
            summary=summary,
            counts=_verdict_counts(report, w),
            filters=_filters(report, w),
            findings_heading=w["findings"],
            findings_total=n_findings,
            findings_shown=w.n("findings_shown", n_findings, total=n_findings, shown="{shown}"),
            findings=_join(findings) if findings else fill("empty", text=w["no_findings"]),
            facts_heading=w["facts"],
            facts_total=n_facts,
            facts_shown=w.n("facts_shown", n_facts, total=n_facts, shown="{shown}"),
            facts_count=w.n("facts_shown", n_facts, total=n_facts, shown=n_facts),
            facts=_facts(report, w),
            documents_heading=w["documents"],
            documents=_join(documents, "\n"),
        )
        + "\n"
    )


def _doc_anchor(doc_id: str) -> str:
    return "doc-" + "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in doc_id)


def _docs(claims: Iterable[Claim]) -> str:
    return json.dumps(sorted({c.doc_id for c in claims}), ensure_ascii=False)


def _badge(kind: str, w: _Words) -> Markup:
    return fill("badge", kind=kind, word=w.get(kind, kind))


def _verdict_counts(report: Report, w: _Words) -> Markup:
    counts = dict.fromkeys(_VERDICTS, 0)
    for f in report.facts:
        counts[f.verdict.value] = counts.get(f.verdict.value, 0) + 1
    return _join((fill("count", badge=_badge(v, w), n=w.int(n)) for v, n in counts.items()), " ")


def _filters(report: Report, w: _Words) -> Markup:
    kinds = {f.verdict.value for f in report.facts} | {g.kind for g in report.findings} | set(_VERDICTS)
    boxes = []
    for v in sorted(kinds, key=lambda v: (_ORDER.get(v, 9), v)):
        n = sum(f.verdict.value == v for f in report.facts) + sum(
            g.kind == v for g in report.findings if g.kind not in _VERDICTS
        )
        boxes.append(fill("filter_box", value=v, word=w.get(v, v), n=w.int(n)))
    return fill(
        "filters",
        show=w["show"],
        boxes=_join(boxes, " "),
        document_label=w["document"],
        all_documents=w["all_documents"],
        options=_join(fill("doc_option", id=d.id) for d in sorted(report.documents, key=lambda d: d.id)),
        search=w["search"],
        search_placeholder=w["search_placeholder"],
    )


def _mark(c: Claim, text: str, verdict: str | None = None, anchor: str | None = None) -> Markup:
    q = c.quantity
    return fill(
        "mark",
        ident=fill("attr_id", id=anchor) if anchor else Markup(),
        claim=c.id,
        doc=c.doc_id,
        start=q.start,
        end=q.end,
        verdict=fill("attr_verdict", verdict=verdict) if verdict else Markup(),
        text=text,
    )


def _sentence_html(c: Claim, sentences: Mapping[str, str], texts: Mapping[str, str], verdict: str | None) -> Markup:
    """The claim's sentence with its figure in a <mark> (from the document text when the report has it)."""
    q = c.quantity
    s = c.sentence
    text = texts.get(c.doc_id, "")
    if text and s.start <= q.start and q.end <= s.end <= len(text) and text[q.start : q.end] == q.text:
        before, after = text[s.start : q.start], text[q.end : s.end]
        head = " ".join(before.split()) + (" " if before[-1:].isspace() else "")
        tail = (" " if after[:1].isspace() else "") + " ".join(after.split())
        return Markup(escape(head) + _mark(c, q.text, verdict) + escape(tail))
    sentence = sentences.get(c.id, "")
    at = sentence.find(q.text)
    if at < 0:
        return _mark(c, q.text, verdict)
    return Markup(escape(sentence[:at]) + _mark(c, q.text, verdict) + escape(sentence[at + len(q.text) :]))


def _finding(g: Finding, sentences: Mapping[str, str], texts: Mapping[str, str], w: _Words) -> Markup:
    fact = g.fact
    readings = {r.claim_id: r for r in g.readings}
    if fact is not None:
        name, unit = w.measure(fact.measure, fact.unit, fact.claims)
        heading = f"{name} ({unit})" if unit else name
    else:
        heading = ", ".join(sorted({c.doc_id for c in g.claims}))
    claims = []
    for i, c in enumerate(g.claims):
        q = c.quantity
        r = readings.get(c.id)
        reading = Markup()
        if r is not None:
            reading = fill(
                "reading",
                stated_word=w["stated"],
                stated=w.interval(r.stated),
                plausible_word=w["plausible"],
                plausible=w.interval(r.plausible),
                rule=r.rule,
            )
        claims.append(
            fill(
                "finding_claim",
                claim=c.id,
                doc=c.doc_id,
                colour=_SERIES[i % len(_SERIES)],
                key=chr(65 + i % 26),
                anchor=_doc_anchor(c.doc_id),
                chars=w["chars"].format(start=w.int(q.start), end=w.int(q.end)),
                lang=c.lang or q.lang,
                sentence=_sentence_html(c, sentences, texts, g.kind if g.kind in _VERDICTS else None),
                reading=reading,
            )
        )
    return fill(
        "finding",
        kind=g.kind,
        id=g.id,
        fact="" if fact is None else fact.id,
        docs=_docs(g.claims),
        badge=_badge(g.kind, w),
        heading=heading,
        number_line=_number_line(g.claims, readings, w) if g.readings else Markup(),
        claims=_join(claims),
        evidence=_evidence(g, w),
        explanation=w["explanation"],
        message=g.message,
    )


def _evidence(g: Finding, w: _Words) -> Markup:
    """Why the finding's claims are one fact, in words, with the score (nothing when the linker gave none)."""
    if not g.evidence:
        return Markup()
    score = "" if g.score is None else f"{g.score:g}"
    return fill(
        "evidence",
        score=score,
        heading=w["evidence"].format(score=score),
        items=_join(fill("evidence_item", text=item) for item in g.evidence),
    )


def _facts(report: Report, w: _Words) -> Markup:
    if not report.facts:
        return fill("empty", text=w["no_facts"])
    rows = []
    for f in sorted(report.facts, key=lambda f: (_ORDER.get(f.verdict.value, 9), f.measure, f.id)):
        v = f.verdict.value
        figures = _join(
            fill("figure", anchor=_doc_anchor(c.doc_id), doc=c.doc_id, mark=_mark(c, c.quantity.text, v))
            for c in f.claims
        )
        consensus = w["nothing_allowed"] if f.consensus is None else fill("code", text=w.interval(f.consensus))
        name, unit = w.measure(f.measure, f.unit, f.claims)
        rows.append(
            fill(
                "fact",
                verdict=v,
                id=f.id,
                docs=_docs(f.claims),
                badge=_badge(v, w),
                measure=name,
                unit=unit,
                figures=figures,
                consensus=consensus,
            )
        )
    return fill(
        "facts",
        verdict=w["verdict"],
        measure=w["measure"],
        figures=w["figures"],
        consensus=w["consensus"],
        fact=w["fact"],
        rows=_join(rows, "\n"),
    )


def _document(d: DocumentInfo, claims: Sequence[Claim], verdict_of: Mapping[str, str], w: _Words) -> Markup:
    meta = [d.lang]
    if d.published is not None:
        meta.append(w["published"].format(date=d.published.isoformat()))
    if d.source:
        meta.append(d.source)
    common = {"anchor": _doc_anchor(d.id), "id": d.id, "meta": " · ".join(m for m in meta if m)}
    if not d.text:
        return fill("document", body=fill("empty", text=w["no_text"]), **common)
    text = d.text
    by_span = {(c.quantity.start, c.quantity.end): c for c in claims}
    spans: list[tuple[int, int, Claim | None]] = [
        (q.start, q.end, by_span.get((q.start, q.end))) for q in find_quantities(text, lang=d.lang or None)
    ]
    seen = {(s, e) for s, e, _ in spans}
    spans += [(s, e, c) for (s, e), c in by_span.items() if (s, e) not in seen]
    spans.sort(key=lambda t: (t[0], -t[1]))
    out: list[str] = []
    pos = 0
    for start, end, c in spans:
        if start < pos or end > len(text) or start >= end:
            continue  # overlapping or out of range: the first (longest) span wins
        out.append(escape(text[pos:start]))
        if c is None:
            out.append(fill("plain_mark", doc=d.id, start=start, end=end, text=text[start:end]))
        else:
            out.append(_mark(c, text[start:end], verdict_of.get(c.id), anchor=f"{_doc_anchor(d.id)}-{start}"))
        pos = end
    out.append(escape(text[pos:]))
    numbers = ", ".join((w.n("n_numbers", len(spans)), w.n("n_claims", len(claims))))
    body = fill("document_text", numbers=numbers, lang=d.lang, text=Markup("".join(out)))
    return fill("document", body=body, **common)


# --------------------------------------------------------------------------- the number line


def _nice_step(span: float) -> float:
    raw = span / 4
    mag = 10 ** math.floor(math.log10(raw))
    return float(next(m * mag for m in (1, 2, 2.5, 5, 10) if m * mag >= raw))


_W, _LEFT, _RIGHT, _ROW = 640, 28, 20, 26
_CHAR = 6.5  # about the width of a tick label's character, in the SVG's units


def _figure(c: Claim, r: Reading) -> Decimal | None:
    """The figure a claim states: its value, else the one finite end of its stated interval, else its low end."""
    q = c.quantity
    if q.value is not None:
        return q.value
    return r.stated.low if r.stated.low is not None else r.stated.high


def number_line_figure(claims: Sequence[Claim], readings: Mapping[str, Reading], ui: str = "en") -> str:
    """:func:`_number_line` as a standalone SVG figure, for a notebook (:meth:`factrecon.Report.plot`)."""
    return str(_number_line(claims, readings, _Words(ui)))


def _number_line(claims: Sequence[Claim], readings: Mapping[str, Reading], w: _Words) -> Markup:
    """An inline SVG: one row per claim, the stated interval as a thin bar, the plausible one as a thick bar.

    Each claim's figure is a tick of its own on the axis, in the claim's colour, so the
    figures in dispute can always be read off the line; the round ticks between them
    are labelled only where they leave the figures room.
    """
    rows = [(i, c, readings[c.id]) for i, c in enumerate(claims) if c.id in readings]
    exact = [x for _, _, r in rows for iv in (r.stated, r.plausible) for x in (iv.low, iv.high) if x is not None]
    shift = _shift(exact)

    def fl(d: Decimal) -> float:
        return float(d.scaleb(-shift))

    def short(v: float) -> str:
        return w.short(v) if not shift else f"{Decimal(repr(v)).scaleb(shift).normalize():.4g}"

    ends = [fl(x) for x in exact]
    if not rows or not ends or not all(math.isfinite(e) for e in ends):
        return Markup()
    lo, hi = min(ends), max(ends)
    if hi - lo <= 0:
        pad = abs(lo) * 0.1 or 1.0
        lo, hi = lo - pad, hi + pad
    pad = (hi - lo) * 0.12
    lo, hi = lo - pad, hi + pad
    if not (math.isfinite(lo) and math.isfinite(hi) and hi > lo):
        return Markup()

    def x(v: float) -> float:
        return _LEFT + (v - lo) / (hi - lo) * (_W - _LEFT - _RIGHT)

    axis_y = 14 + _ROW * len(rows)
    # the figures' ticks: one per distinct figure, a second line of labels where two would touch
    figures: dict[Decimal, int] = {}
    for i, c, r in rows:
        f = _figure(c, r)
        if f is not None:
            figures.setdefault(f, i)
    labels = {f: short(fl(f)) for f in figures}
    if len(set(labels.values())) < len(labels) and not shift:  # two figures the short form cannot tell apart
        labels = {f: w.num(f) for f in figures}
    placed: list[tuple[float, float, int]] = []  # (left, right, line) of each label drawn
    parts: list[Markup] = []
    for f, i in sorted(figures.items()):
        fx = x(fl(f))
        half = len(labels[f]) * _CHAR / 2
        line = 0
        while any(a < fx + half + 4 and fx - half - 4 < b and k == line for a, b, k in placed):
            line += 1
        placed.append((fx - half, fx + half, line))
        colour = _SERIES[i % len(_SERIES)]
        parts.append(
            fill(
                "tick_label",
                x=f"{fx:.1f}",
                y=axis_y + 16 + 13 * line,
                cls="figure",
                fill=fill("attr_fill", colour=colour),
                text=labels[f],
            )
        )
    lines = 1 + max((k for _, _, k in placed), default=0)
    height = 18 + _ROW * len(rows) + 14 + 13 * lines
    grid: list[Markup] = []
    step = _nice_step(hi - lo)
    tick = math.ceil(lo / step) * step
    while tick <= hi:
        tx = x(tick)
        text = short(tick)
        half = len(text) * _CHAR / 2
        free = not any(a < tx + half + 6 and tx - half - 6 < b for a, b, _ in placed)
        label = fill("tick_label", x=f"{tx:.1f}", y=axis_y + 16, cls="tick", fill=Markup(), text=text)
        grid.append(fill("grid_tick", x=f"{tx:.1f}", bottom=axis_y + 4, label=label if free else Markup()))
        tick += step
    body = [*grid, fill("axis", left=_LEFT, right=_W - _RIGHT, y=axis_y), *parts]
    for row, (i, c, r) in enumerate(rows):
        y = 18 + _ROW * row
        colour = _SERIES[i % len(_SERIES)]
        title = (
            f"{c.doc_id}: {c.quantity.text} — {w['stated']} {w.interval(r.stated)}, "
            f"{w['plausible']} {w.interval(r.plausible)}"
        )
        bars = _bar(r.stated, y, colour, 2.5, x, lo, hi, shift, stated=True) + _bar(
            r.plausible, y, colour, 9, x, lo, hi, shift, stated=False
        )
        body.append(
            fill("row", claim=c.id, title=title, y=y + 4, colour=colour, key=chr(65 + i % 26), bars=Markup(bars))
        )
    return fill(
        "number_line",
        width=_W,
        height=height,
        label=f"{w['stated']} / {w['plausible']}",
        body=_join(body),
        caption=" · ".join(w[k] for k in ("legend_stated", "legend_plausible", "legend_open")),
    )


def _shift(values: Sequence[Decimal]) -> int:
    """The power of ten the number line divides its figures by so that floats hold them: 0 below 1e300.

    A float ends near 1.8e308; factrecon reads figures up to 10**10000.
    """
    top = max((v.adjusted() for v in values if v), default=0)
    return top - 6 if top > 300 else 0


def _bar(
    iv: Interval, y: float, colour: str, thick: float, x: object, lo: float, hi: float, shift: int, *, stated: bool
) -> str:
    assert callable(x)
    a = x(lo) if iv.low is None else x(float(iv.low.scaleb(-shift)))
    b = x(hi) if iv.high is None else x(float(iv.high.scaleb(-shift)))
    out = [
        fill(
            "bar",
            cls="stated" if stated else "plausible",
            a=f"{a:.1f}",
            b=f"{b:.1f}",
            y=y,
            colour=colour,
            thick=thick,
            opacity=0.9 if stated else 0.55,
        )
    ]
    if stated:
        for at, side, bound, inclusive in ((a, -1, iv.low, iv.low_inclusive), (b, 1, iv.high, iv.high_inclusive)):
            if bound is None:  # open to infinity: an arrow head
                tip = f"{at + side * 7:.1f}"
                out.append(fill("arrow", tip=tip, y=y, at=f"{at:.1f}", top=y - 5, bottom=y + 5, colour=colour))
            else:
                out.append(fill("end", at=f"{at:.1f}", y=y, fill=colour if inclusive else "#fff", colour=colour))
    return "".join(out)
