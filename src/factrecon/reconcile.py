"""Reconciliation: from documents (or claims) to a report of facts, verdicts and findings.

The orchestration of the pipeline's last steps: each document's claims are
extracted and collapsed into statements (:mod:`factrecon.cluster`), copies are
folded into their originals (:mod:`factrecon.copies`), each block is clustered
into facts, each fact gets its verdict from the readings of its claims
(:mod:`factrecon.readings`, docs/explanation/verdicts.md), the arithmetic inside
each document is checked (:mod:`factrecon.checks`), and the report is built.
:class:`Reconciler` does it incrementally (a document at a time, the same report
as the batch :func:`reconcile`); :mod:`factrecon.dask` does it on a cluster.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import operator
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from itertools import chain
from typing import Any

import attrs

from factrecon._page import read_also_lines
from factrecon.checks import arithmetic_checks
from factrecon.claims import extract_claims
from factrecon.cluster import (
    _TEXT_ORDER,
    BlockKey,
    Group,
    Statement,
    _ordered_statements,
    fact_statements,
    forget_traits,
)
from factrecon.copies import find_copies, fingerprint
from factrecon.document import Document, headline_end
from factrecon.errors import DuplicateDocumentError, InputTypeError
from factrecon.model import Check, Claim, Fact, Finding, Reading, stable_id
from factrecon.readings import check_rounding, explain, figure_key, read, verdict_and_consensus
from factrecon.report import DocumentInfo, Report

__all__ = [
    "DocPart",
    "Reconciler",
    "build_report",
    "doc_part",
    "document_part",
    "reconcile",
    "reconcile_block",
    "reconcile_blocks",
]


#: A fact's claims in order: by document, then place in it.
_FACT_ORDER_OF_CLAIMS = operator.attrgetter("doc_id", "quantity.start")


def _pair_order(pair: tuple[Claim, object]) -> tuple[str, int]:
    """:data:`_FACT_ORDER_OF_CLAIMS` of a claim with its figure."""
    return pair[0].doc_id, pair[0].quantity.start


def build_fact(
    measure: str,
    unit: str,
    statements: Sequence[Sequence[Claim]],
    known: Mapping[str, Reading] | None = None,
    why: Callable[[str, str], tuple[float, tuple[str, ...]]] | None = None,
) -> tuple[Fact, Finding | None]:
    """A Fact (and its Finding when not consistent) from one group of claims per document.

    Each inner sequence holds the claims of one document stating the same figure
    (the first is the statement, the others repeat it). *known* holds readings
    already made (by claim id), so that no claim is read twice. *why* gives,
    for the ids of two statements' first claims, the evidence that they state one
    fact and its score (:meth:`factrecon.cluster.Group.explain`): a finding carries both.
    """
    known = known or {}
    # a C key (no lambda called for each claim): a million facts sort four claims each
    claims = tuple(sorted([c for group in statements for c in group], key=_FACT_ORDER_OF_CLAIMS))
    get = known.get
    readings = tuple([get(c.id) or read(c) for c in claims])
    return _fact(measure, unit, [group[0] for group in statements], claims, readings, why)


def _statements_fact(members: Sequence[Statement]) -> tuple[Fact, Finding | None]:
    """:func:`build_fact` for the statements of one fact (:func:`~factrecon.cluster.fact_statements`).

    The fact is made straight from its statements, not from their :class:`~factrecon.cluster.Group`: each
    claim's reading is made from the figure its statement read, in the fact's order, with no table of readings
    by claim id to fill and then look up, and a Group is built only to give a finding its evidence (half the
    facts). A million generated claims make a quarter of a million facts of 1.1 million claims.
    """
    pairs = sorted([(c, fig) for s in members for c, fig in zip(s.claims, s.figures, strict=True)], key=_pair_order)
    claims = tuple([c for c, _ in pairs])
    readings = tuple([Reading(c.id, *fig) for c, fig in pairs])
    key = members[0].key
    measure, unit = key[0], key[1]

    def why(first: str, second: str) -> tuple[float, tuple[str, ...]]:
        group = Group(measure, unit, tuple([s.claims for s in members]), members=tuple(members))
        return group.explain(first, second)

    return _fact(measure, unit, [s.claims[0] for s in members], claims, readings, why)


def _fact(
    measure: str,
    unit: str,
    heads: Sequence[Claim],
    all_claims: tuple[Claim, ...],
    readings: tuple[Reading, ...],
    why: Callable[[str, str], tuple[float, tuple[str, ...]]] | None,
) -> tuple[Fact, Finding | None]:
    """The Fact (and Finding) of claims in text order with their readings; *heads* are its statements' first."""
    by_id = {r.claim_id: r for r in readings}
    head_readings = [by_id[c.id] for c in heads]
    # the verdict and the consensus in one pass over the stated intervals (see verdict_and_consensus)
    verdict, pair, consensus = verdict_and_consensus(head_readings)
    fid = stable_id("fact", sorted([c.id for c in all_claims]))
    fact = Fact(fid, measure, unit, all_claims, verdict, consensus, readings)
    if pair is None:
        return fact, None
    claims_by_id = {c.id: c for c in heads}
    pair_claims = (claims_by_id[pair[0].claim_id], claims_by_id[pair[1].claim_id])
    message = explain(verdict, measure, unit, pair_claims, pair)
    if consensus is not None:
        message += f"\nWhat all sources allow: {consensus}."
    score: float | None = None
    words: tuple[str, ...] = ()
    if why is not None:
        score, words = why(pair_claims[0].id, pair_claims[1].id)
        score = round(score, 2)
        message += f"\nWhy they are one fact (score {score:g}): " + "; ".join(words) + "."
    finding = Finding(
        stable_id(verdict.value, [fid]), verdict.value, fact, all_claims, message, readings, words, score
    )
    return fact, finding


# --------------------------------------------------------------------------- entry points


def _is_document(item: object) -> bool:
    return hasattr(item, "text") and hasattr(item, "id") and not isinstance(item, (Claim, str))


@attrs.frozen
class DocPart:
    """What one document contributes to a report, computed from that document alone.

    Its claims in text order, its statements (see :mod:`factrecon.cluster`), its
    arithmetic checks and the sentences its claims stand in. A report is these
    parts merged with the facts found block by block (:func:`reconcile_blocks`);
    :mod:`factrecon.dask` computes the parts on the workers.
    """

    doc_id: str
    claims: tuple[Claim, ...]
    statements: tuple[Statement, ...]
    checks: tuple[Check, ...]
    sentences: tuple[tuple[str, str], ...]
    #: the start of its body as :func:`find_copies` compares it ("" without a text)
    fingerprint: str = ""
    #: its "read also" lines (:func:`read_also`), which a part made again from its claims alone keeps
    asides: tuple[tuple[int, int], ...] = ()


def doc_part(
    doc_id: str,
    claims: Iterable[Claim],
    headline_end: int | None = None,
    text: str | None = None,
    published: dt.date | None = None,
    rounding: str = "lenient",
    asides: Sequence[tuple[int, int]] = (),
) -> DocPart:
    """The :class:`DocPart` of one document's claims (its text, when given, allows sum checks and sentences;
    its publication date orders it among the reports of a large block). Of claims with one id, the first wins.
    *rounding* is the policy its figures are read with (:data:`ROUNDING`); *asides* are its "read also" lines
    (:func:`read_also`)."""

    first = {c.id: c for c in reversed(list(claims))}
    ordered = tuple(sorted(first.values(), key=_TEXT_ORDER))
    texts = {} if text is None else {doc_id: text}
    checks, _ = arithmetic_checks(ordered, texts)
    # the claims as doc_statements would sort and map them itself: once a document, not twice
    statements = tuple(_ordered_statements(ordered, first, headline_end, published, rounding, asides))
    sentences = _sentences(ordered, texts) if texts else ()  # claims without a text (benchmarks/scale.py) have none
    return DocPart(
        doc_id, ordered, statements, tuple(checks), sentences, fingerprint(text, ordered), tuple(asides)
    )



def document_part(
    doc: Any, *, keep_text: bool = True, rounding: str = "lenient"
) -> tuple[DocPart, DocumentInfo]:
    """Extract one document's claims and compute its :class:`DocPart`, with the report's line about it.

    With ``keep_text=False`` the :class:`~factrecon.report.DocumentInfo` carries no text.
    """

    doc_id, text = str(doc.id), str(doc.text)
    claims = list(extract_claims(doc))
    info = DocumentInfo.from_document(doc, len(claims))
    part = doc_part(doc_id, claims, headline_end(text), text, info.published, rounding, read_also(text, claims))
    return part, info if keep_text else attrs.evolve(info, text="")


def read_also(text: str, claims: Sequence[Claim]) -> tuple[tuple[int, int], ...]:
    """The "read also" lines of a document's text (another story's headline: ``Оқи отырыңыз: ...``), in the
    language its claims were read in; none without claims."""
    return read_also_lines(text, claims[0].lang) if claims and claims[0].lang else ()


def reconcile_block(
    statements: Sequence[Statement], copies: Mapping[str, str] | None = None
) -> list[tuple[Fact, Finding | None]]:
    """The facts (and findings) of one block: statements that share a measure, unit, kind and change flag.

    *copies* maps a republished document to the one it copies (:func:`find_copies`):
    a copy is one source with its original, so its statements are not clustered; a
    statement of a copy that restates one of the original's (the same figure) joins it
    as a repeat, and a fact shows it without its changing any verdict.
    """

    if copies:
        statements = _fold_copies(statements, copies)
    return [_statements_fact(members) for members in fact_statements(statements)]


def _fold_copies(statements: Sequence[Statement], copies: Mapping[str, str]) -> list[Statement]:
    """The statements of originals, each with the claims of its copies' twins (the same figure) as repeats."""
    twins: dict[tuple[str, tuple[object, ...]], list[Statement]] = {}
    own: list[Statement] = []
    for st in statements:
        original = copies.get(st.doc_id)
        if original is None:
            own.append(st)
        else:
            twins.setdefault((original, figure_key(st.claims[0].quantity)[:4]), []).append(st)
    if not twins:
        return own
    out = []
    for st in own:
        found = twins.get((st.doc_id, figure_key(st.claims[0].quantity)[:4]))
        if found:
            found.sort(key=lambda t: (t.doc_id, t.id))
            st = attrs.evolve(
                st,
                claims=st.claims + tuple(c for t in found for c in t.claims),
                figures=st.figures + tuple(f for t in found for f in t.figures),
            )
        out.append(st)
    return out


def reconcile_blocks(
    statements: Iterable[Statement], copies: Mapping[str, str] | None = None
) -> list[tuple[Fact, Finding | None]]:
    """:func:`reconcile_block` on every block of *statements*, one block at a time."""
    blocks: dict[BlockKey, list[Statement]] = {}
    for st in statements:
        block = blocks.get(st.key)  # not setdefault(key, []): that builds a list for each of a million statements
        if block is None:
            block = blocks[st.key] = []
        block.append(st)
    out = []
    for key in sorted(blocks):
        out.extend(reconcile_block(blocks.pop(key), copies))  # pop: the block's list goes (the parts hold them)
    return out


@attrs.define
class Reconciler:
    """Reconciles documents (or claims) as they arrive: ``add`` each, then ``report``.

    Adding documents one by one gives the same report as :func:`reconcile` on all
    of them at once, in any order: every id and every ordering is derived from
    content. Each document's own share of the work (:class:`DocPart`) is done once
    and kept; ``report`` clusters what the documents share.

    With ``keep_text=False`` a document's text is dropped as soon as its claims,
    checks and sentences are taken from it, so memory grows with the claims only,
    not with the texts (``factrecon check`` streams this way unless it writes
    HTML, which shows the texts). Claims added later to such a document get no
    sum checks and no sentence.
    """

    keep_text: bool = True
    #: how round figures are read: ``"lenient"`` or ``"strict"`` (:data:`ROUNDING`)
    rounding: str = attrs.field(default="lenient", validator=lambda _, __, v: check_rounding(v))
    #: the claims of documents whose part is still to make, as they came (the first of an id wins)
    _pending: dict[str, list[Claim]] = attrs.field(factory=dict, init=False)
    _documents: dict[str, DocumentInfo] = attrs.field(factory=dict, init=False)
    _headlines: dict[str, int] = attrs.field(factory=dict, init=False)
    #: each document's "read also" lines (:func:`read_also`), kept as its headline's end is (its text may go)
    _asides: dict[str, tuple[tuple[int, int], ...]] = attrs.field(factory=dict, init=False)
    _texts: dict[str, str] = attrs.field(factory=dict, init=False)
    _parts: dict[str, DocPart] = attrs.field(factory=dict, init=False)
    _cache: Report | None = attrs.field(default=None, init=False)
    #: set by :func:`reconcile`, whose Reconciler makes one report and goes: its statements need not outlive
    #: their block (the peak then holds the statements or the facts, not both)
    _once: bool = attrs.field(default=False, init=False)

    def add(self, item: Any) -> None:
        """Add one Document, one Claim, or an iterable of Claims."""
        if isinstance(item, Claim):
            self._add_claims([item])
        elif _is_document(item):
            doc_id = str(item.id)
            if doc_id in self._documents:
                raise DuplicateDocumentError.for_id(doc_id)
            part, info = document_part(item, keep_text=self.keep_text, rounding=self.rounding)
            self._documents[doc_id] = info
            self._headlines[doc_id] = headline_end(str(item.text))
            self._asides[doc_id] = part.asides  # (read from the text once, by document_part)
            if self.keep_text:
                self._texts[doc_id] = str(item.text)
            self._parts[doc_id] = part
            self._cache = None
        elif isinstance(item, Iterable) and not isinstance(item, (str, bytes)):
            batch = list(item)
            if not all(isinstance(c, Claim) for c in batch):
                raise InputTypeError("add() takes a Document, a Claim or an iterable of Claims")
            self._add_claims(batch)
        else:
            raise InputTypeError(f"add() takes a Document, a Claim or an iterable of Claims, not {type(item).__name__}")

    def _add_claims(self, claims: Iterable[Claim]) -> None:

        self._cache = None
        for claim in claims:
            doc_id = claim.doc_id
            pending = self._pending.get(doc_id)
            if pending is None:
                # a document's claims are held once: by its part, or here until the part is (re)made
                part = self._parts.pop(doc_id, None)
                pending = self._pending[doc_id] = [] if part is None else list(part.claims)
                if doc_id not in self._documents:
                    self._documents[doc_id] = DocumentInfo(id=doc_id, lang=claim.lang)
            pending.append(claim)

    def _part(self, doc_id: str, claims: list[Claim], text: str | None) -> DocPart:
        published = self._documents[doc_id].published  # every document with claims has its line (add, _add_claims)
        part = doc_part(
            doc_id, claims, self._headlines.get(doc_id), text, published, self.rounding, self._asides.get(doc_id, ())
        )
        old = self._parts.get(doc_id)
        if text is None and old is not None:  # its text was dropped (keep_text=False): keep the body it had
            part = attrs.evolve(part, fingerprint=old.fingerprint)
        return part

    def report(self) -> Report:
        """The report over everything added so far."""
        if self._cache is None:
            with _collector_paused():
                for doc_id, claims in self._pending.items():
                    self._parts[doc_id] = self._part(doc_id, claims, self._texts.get(doc_id))
                self._pending.clear()
                forget_traits()
                parts = [self._parts[k] for k in sorted(self._parts)]
                copies = find_copies((p.doc_id, p.fingerprint) for p in parts)
                if self._once:
                    statements: Iterable[Statement] = _handed_over([p.statements for p in parts])
                    parts = [attrs.evolve(p, statements=()) for p in parts]
                    self._parts.clear()
                else:
                    statements = (st for part in parts for st in part.statements)
                results = reconcile_blocks(statements, copies)
                self._cache = build_report(parts, self._documents.values(), results, copies)
        return self._cache


def _handed_over(statements: list[tuple[Statement, ...]]) -> Iterator[Statement]:
    """The statements of each part in order, each part's let go once taken: after :func:`reconcile_blocks` has
    gathered them, its blocks hold the only references, and each block's statements go when its facts are made
    (benchmarks/scale.py at 1M claims: peak RSS 2,224 -> 2,089 MB)."""
    statements.reverse()
    while statements:
        yield from statements.pop()


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while a report is built.

    Building a report allocates millions of small objects and none of them form
    reference cycles, so the collector finds nothing; but with a million claims
    alive, each of its full passes walks all of them, and it ran often enough to
    take about a third of the time (benchmarks/RESULTS.md). Reference counting
    still frees everything at once; the collector is restored afterwards.

    What was built meanwhile (the report, kept alive) joins the oldest
    generation when the collector is restored (``gc.freeze`` then at once
    ``gc.unfreeze``, which leaves nothing frozen), as it would have after a
    few passes: otherwise the youngest generation holds millions of objects,
    and the collector's next pass over it, on the first allocation after,
    walks them all to find nothing. The caller's own young objects move too:
    a cycle among them is collected at the next full collection, not the next
    young one.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.freeze()
            gc.unfreeze()
            gc.enable()


def reconcile(docs_or_claims: Any, *, rounding: str = "lenient") -> Report:
    """Group the claims of several documents into facts and flag the disagreements.

    *docs_or_claims* is an iterable of :class:`~factrecon.Document` (their claims
    are extracted), of plain strings (each a document whose id is its position in
    the iterable, ``"0"``, ``"1"``, …, and whose language is detected), or of
    :class:`~factrecon.Claim`; or a single Document.
    *rounding* is how round figures are read: ``"lenient"`` (a round figure may hide
    anything within half its step: "1 млн" allows 1.4 million) or ``"strict"`` (it
    stands for itself: "1 млн" is 0.95 to 1.05 million); see docs/explanation/verdicts.md.
    Republished documents (the same body under another id or headline) count as one
    source (:func:`find_copies`). The report does not depend on the order of the input
    (strings aside: their ids are their positions).
    """
    rec = Reconciler(rounding=rounding)
    rec._once = True  # one report, then the Reconciler goes
    if _is_document(docs_or_claims) or isinstance(docs_or_claims, Claim):
        rec.add(docs_or_claims)
        return rec.report()
    if not isinstance(docs_or_claims, Iterable) or isinstance(docs_or_claims, (str, bytes, Mapping)):
        raise InputTypeError(f"reconcile() takes Documents or Claims, not {type(docs_or_claims).__name__}")

    claims: list[Claim] = []  # a run of claims is added at once
    for position, item in enumerate(docs_or_claims):
        if isinstance(item, Claim):
            claims.append(item)
            continue
        rec._add_claims(claims)
        claims = []
        rec.add(Document(item, id=str(position)) if isinstance(item, str) else item)
    rec._add_claims(claims)
    return rec.report()


def build_report(
    parts: Iterable[DocPart],
    documents: Iterable[DocumentInfo],
    results: Iterable[tuple[Fact, Finding | None]],
    copies: Mapping[str, str] | None = None,
) -> Report:
    """Merge the documents' parts and the blocks' facts into one report, in a content-derived order.

    *copies* (:func:`find_copies`) marks each republished document with the one it copies.
    """

    if copies:
        documents = [attrs.evolve(d, copy_of=copies[d.id]) if d.id in copies else d for d in documents]

    parts = sorted(parts, key=lambda p: p.doc_id)
    facts: list[Fact] = []
    findings: list[Finding] = []
    for fact, finding in results:
        facts.append(fact)
        if finding is not None:
            findings.append(finding)
    checks = [ck for p in parts for ck in p.checks]
    findings.extend(Finding(ck.id, ck.kind, None, ck.claims, ck.message) for ck in checks if not ck.ok)
    facts.sort(key=_FACT_ORDER)
    findings.sort(key=lambda f: (_KIND_ORDER.get(f.kind, 9), f.id))
    return Report(
        facts=tuple(facts),
        findings=tuple(findings),
        documents=tuple(sorted(documents, key=lambda d: d.id)),
        # chained in C, not a generator's step for each of a million claims
        claims=tuple(chain.from_iterable(p.claims for p in parts)),
        checks=tuple(checks),
        sentences=tuple(chain.from_iterable(p.sentences for p in parts)),
    )


#: The report's order of facts: by measure, unit and id (a C key: a million claims make a quarter million facts).
_FACT_ORDER = operator.attrgetter("measure", "unit", "id")
_KIND_ORDER = {"conflict": 0, "divergent": 1, "sum": 2, "change": 3}


def _sentences(claims: Sequence[Claim], texts: dict[str, str]) -> tuple[tuple[str, str], ...]:
    out = []
    for c in claims:
        text = texts.get(c.doc_id)
        if text is not None and c.sentence.end > c.sentence.start:
            out.append((c.id, " ".join(text[c.sentence.start : c.sentence.end].split())))
    return tuple(out)
