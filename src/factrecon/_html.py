"""The HTML report for editors: one self-contained page (inline CSS, SVG and a few lines of JS; no network).

Layout: the findings first (each with its claims side by side, the sentences with
the figure highlighted and the intervals on a small number line), then every
fact in a table filterable by verdict, then every document with all its
recognised numbers highlighted.

Markup contract (tests and embedding tools rely on it):

* ``<mark class="q" data-doc data-start data-end>`` wraps a recognised number;
  ``data-start``/``data-end`` index the document's text and the mark's text is
  the quantity's text. A number that is a claim also has ``data-claim`` (the
  claim id); one that belongs to a fact has ``data-verdict``.
* ``<section class="finding" data-kind data-fact>`` is one finding;
  ``<div class="claim" data-claim data-doc>`` one of its claims.
* ``<tr class="fact" data-verdict data-fact>`` is one fact; the checkboxes
  ``input[data-filter]`` show or hide facts by verdict.
* ``<article class="doc" id="doc-ID" data-doc>`` is one document.

Every user-facing English word is in :data:`UI`; :func:`ui_words` replaces them
with a translation from the babel message catalog of each language folder, ``lang/data/<tag>/messages.po``
(the msgids are the English words; a word a catalog lacks stays English). The
explanations of the findings (the reconciler's messages and rules) are English.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal
from html import escape
from typing import TYPE_CHECKING, Any

from factrecon.lang.registry import messages, ui_languages
from factrecon.model import Claim, Finding, Interval, Reading

if TYPE_CHECKING:  # pragma: no cover
    from factrecon.report import DocumentInfo, Report

__all__ = ["UI", "UI_LANGS", "render", "ui_words"]

#: Every word the page shows. Keys are stable; values may be replaced by a translation.
UI: dict[str, str] = {
    "lang": "en",
    "title": "factrecon report",
    "summary": "{documents} documents, {facts} facts, {findings} findings",
    "findings": "Findings",
    "no_findings": "No findings: every fact the documents share is consistent.",
    "facts": "Facts",
    "no_facts": "No fact is stated by two or more documents.",
    "documents": "Documents",
    "show": "Show:",
    "shown": "{shown} of {total} facts shown",
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
    "numbers": "{n} numbers recognised, {claims} claims",
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

#: The languages of the page's words: English (built in) and every language folder with a messages.po.
UI_LANGS = ("en", *ui_languages())


def ui_words(lang: str = "en") -> dict[str, str]:
    """The page's words in *lang* (``en`` or a tag of :data:`UI_LANGS`), for ``to_html(ui=...)``."""
    if lang not in UI_LANGS:
        raise ValueError(f"no report words for {lang!r}: choose one of {', '.join(UI_LANGS)}")
    if lang == "en":
        return dict(UI)
    table = messages(lang)
    return {key: table.get(en, en) for key, en in UI.items()} | {"lang": lang}


_VERDICTS = ("conflict", "divergent", "consistent")
_ORDER = {"conflict": 0, "divergent": 1, "sum": 2, "change": 3, "consistent": 4}
# one colour per claim of a finding, in order (colour-blind friendly: Okabe-Ito)
_SERIES = ("#0072b2", "#d55e00", "#009e73", "#cc79a7", "#e69f00", "#56b4e9")


def render(report: Report, title: str | None = None, ui: str | Mapping[str, str] | None = None) -> str:
    """The page for *report*; *ui* is a language tag for :func:`ui_words`, or words overriding :data:`UI`."""
    words = ui_words(ui) if isinstance(ui, str) else {**UI, **(ui or {})}
    page_title = title if title is not None else words["title"]
    sentences = dict(report.sentences)
    texts = {d.id: d.text for d in report.documents}
    verdict_of = {c.id: f.verdict.value for f in report.facts for c in f.claims}
    parts = [
        f"<!doctype html>\n<html lang='{_attr(words['lang'])}'><head><meta charset='utf-8'>",
        "<meta name='viewport' content='width=device-width, initial-scale=1'>",
        f"<title>{escape(page_title)}</title><style>{_CSS}</style></head><body>",
        f"<header><h1>{escape(page_title)}</h1><p class='summary'>",
        escape(
            words["summary"].format(
                documents=len(report.documents), facts=len(report.facts), findings=len(report.findings)
            )
        ),
        "</p>",
        _verdict_counts(report, words),
        "</header><main>",
        f"<h2 id='findings'>{escape(words['findings'])}</h2>",
    ]
    if not report.findings:
        parts.append(f"<p class='empty'>{escape(words['no_findings'])}</p>")
    parts += [_finding(g, sentences, texts, words) for g in report.findings]
    parts.append(_facts(report, words))
    parts.append(f"<h2 id='documents'>{escape(words['documents'])}</h2>")
    claims_by_doc: dict[str, list[Claim]] = {}
    for c in report.claims:
        claims_by_doc.setdefault(c.doc_id, []).append(c)
    parts += [_document(d, claims_by_doc.get(d.id, []), verdict_of, words) for d in report.documents]
    parts.append(f"</main><script>{_JS}</script></body></html>\n")
    return "".join(parts)


# --------------------------------------------------------------------------- pieces


def _attr(value: object) -> str:
    return escape(str(value), quote=True)


def _doc_anchor(doc_id: str) -> str:
    return "doc-" + "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in doc_id)


def _badge(kind: str, words: Mapping[str, str]) -> str:
    return f"<span class='badge v-{_attr(kind)}'>{escape(words.get(kind, kind))}</span>"


def _verdict_counts(report: Report, words: Mapping[str, str]) -> str:
    counts = dict.fromkeys(_VERDICTS, 0)
    for f in report.facts:
        counts[f.verdict.value] = counts.get(f.verdict.value, 0) + 1
    return "<p class='counts'>" + " ".join(f"{_badge(v, words)} {n}" for v, n in counts.items()) + "</p>"


def _mark(c: Claim, text: str, verdict: str | None = None, anchor: str | None = None) -> str:
    q = c.quantity
    extra = f" data-verdict='{_attr(verdict)}'" if verdict else ""
    ident = f"id='{_attr(anchor)}' " if anchor else ""
    return (
        f"<mark {ident}class='q claimed' data-claim='{_attr(c.id)}' data-doc='{_attr(c.doc_id)}' "
        f"data-start='{q.start}' data-end='{q.end}'{extra}>{escape(text)}</mark>"
    )


def _sentence_html(c: Claim, sentences: Mapping[str, str], texts: Mapping[str, str], verdict: str | None) -> str:
    """The claim's sentence with its figure in a <mark> (from the document text when the report has it)."""
    q = c.quantity
    s = c.sentence
    text = texts.get(c.doc_id, "")
    if text and s.start <= q.start and q.end <= s.end <= len(text) and text[q.start : q.end] == q.text:
        before, after = text[s.start : q.start], text[q.end : s.end]
        return escape(" ".join(before.split()) + (" " if before[-1:].isspace() else "")) + (
            _mark(c, q.text, verdict) + escape((" " if after[:1].isspace() else "") + " ".join(after.split()))
        )
    sentence = sentences.get(c.id, "")
    at = sentence.find(q.text)
    if at < 0:
        return _mark(c, q.text, verdict)
    return escape(sentence[:at]) + _mark(c, q.text, verdict) + escape(sentence[at + len(q.text) :])


def _finding(g: Finding, sentences: Mapping[str, str], texts: Mapping[str, str], words: Mapping[str, str]) -> str:
    fact = g.fact
    readings = {r.claim_id: r for r in g.readings}
    heading = f"{fact.measure} ({fact.unit})" if fact is not None else ", ".join(sorted({c.doc_id for c in g.claims}))
    out = [
        f"<section class='finding v-{_attr(g.kind)}' id='{_attr(g.id)}' data-kind='{_attr(g.kind)}'"
        f" data-fact='{_attr('' if fact is None else fact.id)}'>",
        f"<h3>{_badge(g.kind, words)} {escape(heading)} <code class='id'>{escape(g.id)}</code></h3>",
    ]
    if g.readings:
        out.append(_number_line(g.claims, readings, words))
    out.append("<div class='claims'>")
    for i, c in enumerate(g.claims):
        colour = _SERIES[i % len(_SERIES)]
        q = c.quantity
        r = readings.get(c.id)
        out.append(
            f"<div class='claim' data-claim='{_attr(c.id)}' data-doc='{_attr(c.doc_id)}' style='--series:{colour}'>"
            f"<div class='who'><span class='key'>{chr(65 + i % 26)}</span> "
            f"<a href='#{_attr(_doc_anchor(c.doc_id))}'><b>{escape(c.doc_id)}</b></a> "
            f"<span class='span'>{escape(words['chars'].format(start=q.start, end=q.end))}</span></div>"
            f"<p class='sentence' lang='{_attr(c.lang or q.lang)}'>"
            f"{_sentence_html(c, sentences, texts, g.kind if g.kind in _VERDICTS else None)}</p>"
        )
        if r is not None:
            out.append(
                "<dl class='reading'>"
                f"<dt>{escape(words['stated'])}</dt><dd><code>{escape(str(r.stated))}</code></dd>"
                f"<dt>{escape(words['plausible'])}</dt><dd><code>{escape(str(r.plausible))}</code></dd>"
                f"</dl><p class='rule'>{escape(r.rule)}</p>"
            )
        out.append("</div>")
    out.append("</div>")
    if g.evidence:
        score = "" if g.score is None else f"{g.score:g}"
        out.append(
            f"<div class='evidence' data-score='{_attr(score)}'><p class='rule'>"
            f"{escape(words['evidence'].format(score=score))}</p><ul>"
            + "".join(f"<li>{escape(item)}</li>" for item in g.evidence)
            + "</ul></div>"
        )
    out.append(
        f"<details class='message'><summary>{escape(words['explanation'])}</summary>"
        f"<pre>{escape(g.message)}</pre></details></section>"
    )
    return "".join(out)


def _facts(report: Report, words: Mapping[str, str]) -> str:
    out = [f"<h2 id='facts'>{escape(words['facts'])}</h2>"]
    if not report.facts:
        out.append(f"<p class='empty'>{escape(words['no_facts'])}</p>")
        return "".join(out)
    present = sorted({f.verdict.value for f in report.facts} | set(_VERDICTS), key=lambda v: _ORDER.get(v, 9))
    out.append(f"<form class='filter' id='filter'><span>{escape(words['show'])}</span>")
    for v in present:
        n = sum(1 for f in report.facts if f.verdict.value == v)
        out.append(
            f"<label class='v-{_attr(v)}'><input type='checkbox' data-filter value='{_attr(v)}' checked> "
            f"{escape(words.get(v, v))} <span class='n'>({n})</span></label>"
        )
    total = len(report.facts)
    out.append(
        f"<output id='fact-count' data-template='{_attr(words['shown'])}' data-total='{total}'>"
        f"{escape(words['shown'].format(shown=total, total=total))}</output></form>"
    )
    out.append(
        "<table class='facts'><thead><tr>"
        + "".join(f"<th>{escape(words[k])}</th>" for k in ("verdict", "measure", "figures", "consensus", "fact"))
        + "</tr></thead><tbody>"
    )
    facts = sorted(report.facts, key=lambda f: (_ORDER.get(f.verdict.value, 9), f.measure, f.id))
    for f in facts:
        v = f.verdict.value
        figures = "".join(
            f"<li><a href='#{_attr(_doc_anchor(c.doc_id))}'>{escape(c.doc_id)}</a>: {_mark(c, c.quantity.text, v)}</li>"
            for c in f.claims
        )
        if f.consensus is None:
            consensus = escape(words["nothing_allowed"])
        else:
            consensus = f"<code>{escape(str(f.consensus))}</code>"
        out.append(
            f"<tr class='fact v-{_attr(v)}' data-verdict='{_attr(v)}' data-fact='{_attr(f.id)}'>"
            f"<td>{_badge(v, words)}</td><td>{escape(f.measure)} <small>({escape(f.unit)})</small></td>"
            f"<td><ul class='figures'>{figures}</ul></td><td>{consensus}</td>"
            f"<td><code class='id'>{escape(f.id)}</code></td></tr>"
        )
    out.append("</tbody></table>")
    return "".join(out)


def _document(d: DocumentInfo, claims: Sequence[Claim], verdict_of: Mapping[str, str], words: Mapping[str, str]) -> str:
    from factrecon.quantities import find_quantities

    meta = [d.lang]
    if d.published is not None:
        meta.append(words["published"].format(date=d.published.isoformat()))
    if d.source:
        meta.append(d.source)
    out = [
        f"<article class='doc' id='{_attr(_doc_anchor(d.id))}' data-doc='{_attr(d.id)}'>",
        f"<h3><code>{escape(d.id)}</code> <small>{escape(' · '.join(m for m in meta if m))}</small></h3>",
    ]
    if not d.text:
        out.append(f"<p class='empty'>{escape(words['no_text'])}</p></article>")
        return "".join(out)
    text = d.text
    by_span = {(c.quantity.start, c.quantity.end): c for c in claims}
    spans: list[tuple[int, int, Claim | None]] = [
        (q.start, q.end, by_span.get((q.start, q.end))) for q in find_quantities(text, lang=d.lang or None)
    ]
    seen = {(s, e) for s, e, _ in spans}
    spans += [(s, e, c) for (s, e), c in by_span.items() if (s, e) not in seen]
    spans.sort(key=lambda t: (t[0], -t[1]))
    out.append(
        f"<p class='numbers'>{escape(words['numbers'].format(n=len(spans), claims=len(claims)))}</p>"
        f"<div class='doctext' lang='{_attr(d.lang)}'>"
    )
    pos = 0
    for start, end, c in spans:
        if start < pos or end > len(text) or start >= end:
            continue  # overlapping or out of range: the first (longest) span wins
        out.append(escape(text[pos:start]))
        if c is None:
            out.append(
                f"<mark class='q' data-doc='{_attr(d.id)}' data-start='{start}' data-end='{end}'>"
                f"{escape(text[start:end])}</mark>"
            )
        else:
            out.append(_mark(c, text[start:end], verdict_of.get(c.id), anchor=f"{_doc_anchor(d.id)}-{start}"))
        pos = end
    out.append(escape(text[pos:]))
    out.append("</div></article>")
    return "".join(out)


# --------------------------------------------------------------------------- the number line


def _finite(iv: Interval) -> Iterable[Decimal]:
    if iv.low is not None:
        yield iv.low
    if iv.high is not None:
        yield iv.high


def _nice_step(span: float) -> float:
    raw = span / 4
    mag = 10 ** math.floor(math.log10(raw))
    return float(next(m * mag for m in (1, 2, 2.5, 5, 10) if m * mag >= raw))


def _short(x: float) -> str:
    a = abs(x)
    for div, suffix in ((1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "k")):
        if a >= div:
            return f"{x / div:.4g}{suffix}"
    return f"{x:.4g}"


_W, _LEFT, _RIGHT, _ROW = 640, 28, 20, 26


def _number_line(claims: Sequence[Claim], readings: Mapping[str, Reading], words: Mapping[str, str]) -> str:
    """An inline SVG: one row per claim, the stated interval as a thin bar, the plausible one as a thick bar."""
    rows = [(i, c, readings[c.id]) for i, c in enumerate(claims) if c.id in readings]
    ends = [float(x) for _, _, r in rows for iv in (r.stated, r.plausible) for x in _finite(iv)]
    if not rows or not ends:
        return ""
    lo, hi = min(ends), max(ends)
    if hi - lo <= 0:
        pad = abs(lo) * 0.1 or 1.0
        lo, hi = lo - pad, hi + pad
    pad = (hi - lo) * 0.12
    lo, hi = lo - pad, hi + pad

    def x(v: float) -> float:
        return _LEFT + (v - lo) / (hi - lo) * (_W - _LEFT - _RIGHT)

    height = 18 + _ROW * len(rows) + 26
    axis_y = 14 + _ROW * len(rows)
    out = [
        f"<figure class='numberline'><svg viewBox='0 0 {_W} {height}' width='{_W}' height='{height}' role='img' "
        f"aria-label='{_attr(words['stated'] + ' / ' + words['plausible'])}'>"
    ]
    step = _nice_step(hi - lo)
    tick = math.ceil(lo / step) * step
    while tick <= hi:
        tx = x(tick)
        out.append(
            f"<line x1='{tx:.1f}' x2='{tx:.1f}' y1='8' y2='{axis_y + 4}' class='grid'/>"
            f"<text x='{tx:.1f}' y='{axis_y + 18}' class='tick'>{escape(_short(tick))}</text>"
        )
        tick += step
    out.append(f"<line x1='{_LEFT}' x2='{_W - _RIGHT}' y1='{axis_y}' y2='{axis_y}' class='axis'/>")
    for row, (i, c, r) in enumerate(rows):
        y = 18 + _ROW * row
        colour = _SERIES[i % len(_SERIES)]
        out.append(
            f"<g class='row' data-claim='{_attr(c.id)}'><title>{escape(c.doc_id)}: {escape(c.quantity.text)} — "
            f"{escape(words['stated'])} {escape(str(r.stated))}, "
            f"{escape(words['plausible'])} {escape(str(r.plausible))}"
            f"</title><text x='4' y='{y + 4}' class='key' fill='{colour}'>{chr(65 + i % 26)}</text>"
        )
        out.append(_bar(r.stated, y, colour, 2.5, x, lo, hi, stated=True))
        out.append(_bar(r.plausible, y, colour, 9, x, lo, hi, stated=False))
        out.append("</g>")
    out.append("</svg><figcaption>")
    out.append(
        " · ".join(escape(words[k]) for k in ("legend_stated", "legend_plausible", "legend_open"))
        + "</figcaption></figure>"
    )
    return "".join(out)


def _bar(iv: Interval, y: float, colour: str, thick: float, x: Any, lo: float, hi: float, *, stated: bool) -> str:
    a = x(lo) if iv.low is None else x(float(iv.low))
    b = x(hi) if iv.high is None else x(float(iv.high))
    cls = "stated" if stated else "plausible"
    out = [
        f"<line class='{cls}' x1='{a:.1f}' x2='{b:.1f}' y1='{y}' y2='{y}' stroke='{colour}' "
        f"stroke-width='{thick}' stroke-linecap='butt' opacity='{0.9 if stated else 0.55}'/>"
    ]
    if stated:
        for at, side, bound, inclusive in ((a, -1, iv.low, iv.low_inclusive), (b, 1, iv.high, iv.high_inclusive)):
            if bound is None:  # open to infinity: an arrow head
                out.append(
                    f"<path d='M{at + side * 7:.1f} {y} L{at:.1f} {y - 5} L{at:.1f} {y + 5} Z' fill='{colour}'/>"
                )
            else:
                fill = colour if inclusive else "#fff"
                out.append(f"<circle cx='{at:.1f}' cy='{y}' r='4' fill='{fill}' stroke='{colour}' stroke-width='2'/>")
    return "".join(out)


# --------------------------------------------------------------------------- style and script

_CSS = """
:root{--conflict:#b42318;--conflict-bg:#fde8e7;--divergent:#a15c00;--divergent-bg:#fff4d6;
--consistent:#1b7a3e;--consistent-bg:#e6f4ea;--ink:#1d1d1f;--muted:#5f6368;--rule:#d9d9de}
*{box-sizing:border-box}
body{font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;color:var(--ink);
max-width:72rem;margin:0 auto;padding:1.5rem 1.25rem 4rem;background:#fff}
h1{font-size:1.7rem;margin:.2rem 0}h2{font-size:1.3rem;margin:2.2rem 0 .8rem;border-bottom:1px solid var(--rule);
padding-bottom:.3rem}h3{font-size:1.05rem;margin:0 0 .6rem}
.summary,.numbers,figcaption,.span,.rule,small{color:var(--muted)}
code,.id{font:.85em/1.3 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}.id{color:var(--muted)}
a{color:#0b57d0;text-decoration:none}a:hover{text-decoration:underline}
.badge{display:inline-block;font-size:.78rem;font-weight:600;letter-spacing:.03em;text-transform:uppercase;
padding:.05rem .5rem;border-radius:1rem;color:#fff;background:#6b7280;vertical-align:.1em}
.badge.v-conflict,.badge.v-sum,.badge.v-change{background:var(--conflict)}.badge.v-divergent{background:var(--divergent)}
.badge.v-consistent{background:var(--consistent)}
.finding{border:1px solid var(--rule);border-left:.4rem solid var(--conflict);border-radius:.4rem;
padding:1rem 1.2rem;margin:1.2rem 0;background:#fcfcfd}
.finding.v-divergent{border-left-color:var(--divergent)}
.claims{display:grid;grid-template-columns:repeat(auto-fit,minmax(18rem,1fr));gap:1rem;margin-top:.6rem}
.claim{border-top:.25rem solid var(--series,#999);background:#fff;padding:.6rem .8rem;border-radius:.3rem;
box-shadow:0 1px 2px rgba(0,0,0,.08)}
.claim .key,.numberline .key{font-weight:700;color:var(--series)}
.sentence{font-size:1.05rem;margin:.4rem 0}
.reading{display:grid;grid-template-columns:auto 1fr;gap:0 .8rem;margin:.3rem 0;font-size:.9rem}
.reading dt{color:var(--muted)}.reading dd{margin:0}.rule{font-size:.85rem;margin:.2rem 0 0}
mark.q{background:#e8eefc;border-bottom:2px solid #8aa4e8;padding:0 .1em;border-radius:.15em;color:inherit}
mark.claimed{background:#dde6fb}
mark[data-verdict=conflict]{background:var(--conflict-bg);border-bottom-color:var(--conflict)}
mark[data-verdict=divergent]{background:var(--divergent-bg);border-bottom-color:var(--divergent)}
mark[data-verdict=consistent]{background:var(--consistent-bg);border-bottom-color:var(--consistent)}
.claim mark.claimed{font-weight:650}
.numberline{margin:.2rem 0 .4rem}.numberline svg{max-width:100%;height:auto;display:block}
.numberline .axis{stroke:#777;stroke-width:1}.numberline .grid{stroke:#eee;stroke-width:1}
.numberline .tick{font-size:11px;fill:#555;text-anchor:middle}.numberline text.key{font-size:13px;font-weight:700}
figcaption{font-size:.8rem}
details.message summary{cursor:pointer;color:var(--muted);font-size:.9rem;margin-top:.6rem}
pre{white-space:pre-wrap;font-size:.85rem;background:#f6f7f9;padding:.6rem .8rem;border-radius:.3rem}
.filter{display:flex;flex-wrap:wrap;gap:.5rem 1.2rem;align-items:center;margin:.5rem 0 1rem}
.filter label{cursor:pointer;font-weight:600}.filter label.v-conflict{color:var(--conflict)}
.filter label.v-divergent{color:var(--divergent)}.filter label.v-consistent{color:var(--consistent)}
.filter .n{font-weight:400;color:var(--muted)}#fact-count{color:var(--muted);font-size:.9rem}
table.facts{border-collapse:collapse;width:100%;font-size:.95rem}
.facts th,.facts td{border-bottom:1px solid var(--rule);padding:.45rem .5rem;text-align:left;vertical-align:top}
.facts th{font-size:.8rem;text-transform:uppercase;letter-spacing:.04em;color:var(--muted)}
tr.fact.v-conflict{background:var(--conflict-bg)}tr.fact.v-divergent{background:var(--divergent-bg)}
tr[hidden]{display:none}
ul.figures{margin:0;padding:0;list-style:none}
.doc{border-top:1px solid var(--rule);padding-top:1rem;margin-top:1.4rem}
.doctext{white-space:pre-wrap;font-size:1rem;line-height:1.7;max-width:48rem}
.empty{color:var(--muted);font-style:italic}
@media print{.filter,details.message summary{display:none}.finding{break-inside:avoid}}
"""

_JS = """
(function(){
  var boxes=document.querySelectorAll('input[data-filter]');
  var out=document.getElementById('fact-count');
  function apply(){
    var on={},shown=0,rows=document.querySelectorAll('tr.fact');
    boxes.forEach(function(b){on[b.value]=b.checked;});
    rows.forEach(function(r){var v=!!on[r.dataset.verdict];r.hidden=!v;if(v){shown++;}});
    if(out){out.textContent=out.dataset.template.replace('{shown}',shown).replace('{total}',out.dataset.total);}
  }
  boxes.forEach(function(b){b.addEventListener('change',apply);});
  apply();
})();
"""
