"""Republication: the same article under two names, or with a new headline, is one source.

Two documents are copies when their bodies after the headline are nearly the
same text (rapidfuzz) and state the same figures; a copy's claims join its
original's statements and never conflict with them (docs/explanation/linking.md).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from factrecon.document import headline_end
from factrecon.model import Claim

__all__ = ["COPY_RATIO", "find_copies", "fingerprint"]


#: Two bodies at least this similar (rapidfuzz ratio, 0-100) are one article published twice.
COPY_RATIO = 90.0
#: How much of a body is compared (characters after the headline, normalised), and the least.
_COPY_WINDOW = 1500
_COPY_MIN = 200
#: A body's anchors (tokens with a digit, long words) shared by more documents than this say
#: nothing about copies ("2025"): skipped, so that finding copies stays linear.
_ANCHOR_CAP = 100
_NON_WORD = re.compile(r"[\W_]+")
#: Between a fingerprint's body and its figures (never in a body: bodies are words and spaces).
_FIGURES = "\x1f"


def fingerprint(text: str | None, claims: Iterable[Claim] = ()) -> str:
    """A document as copies are compared: the start of its body after its headline (a republished
    article often gets a new one), lower case, words only; then, after a separator, the claims it
    states (by value, unit and measure, so that "625" and "олти юз йигирма беш" are one figure,
    and 11 projects and 11 branches two)."""
    if not text:
        return ""
    start = headline_end(text)
    body = _NON_WORD.sub(" ", text[start : start + 3 * _COPY_WINDOW].lower()).strip()
    figures = sorted({f"{c.quantity.low}:{c.quantity.high}:{c.quantity.unit}:{c.measure}" for c in claims})
    return body[:_COPY_WINDOW] + _FIGURES + " ".join(figures)


def _anchors(fingerprint: str) -> set[str]:
    return {t for t in fingerprint.split() if len(t) >= 10 or any(ch.isdigit() for ch in t)}


def _same_figures(a: str, b: str) -> bool:
    """Does one document state only figures the other states too (a trimmed copy may state fewer)?

    A republication restates its original's figures; an article that changed one is
    another source, and the change is for the editor to see.
    """
    fa, fb = set(a.split()), set(b.split())
    return fa <= fb or fb <= fa


def find_copies(fingerprints: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Which documents are republications of which: ``{copy id: original id}``.

    *fingerprints* are (document id, :attr:`DocPart.fingerprint`). Two documents are
    one article when their bodies (after the headline, so that a new headline does
    not hide a copy) agree to :data:`COPY_RATIO` (rapidfuzz ratio) over the length of
    the shorter one (so that a trimmed footer does not either) and state the same
    figures, read as values whether in digits or words (one that changed a figure
    is another source). Of a group of copies,
    the smallest id is the original: the answer does not depend on the order.
    Only documents that share anchors (figures, long words) are compared.
    """
    from rapidfuzz import fuzz

    split = ((d, f.partition(_FIGURES)) for d, f in fingerprints)
    parts = sorted((d, body, figures) for d, (body, _, figures) in split if len(body) >= _COPY_MIN)
    items = [(d, body) for d, body, _ in parts]
    figures_of = [figures for _, _, figures in parts]
    postings: dict[str, list[int]] = {}
    parent = list(range(len(items)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, (_, body) in enumerate(items):
        anchors = _anchors(body)
        shared: dict[int, int] = {}
        for token in anchors:
            posted = postings.setdefault(token, [])
            if len(posted) <= _ANCHOR_CAP:
                for j in posted:
                    shared[j] = shared.get(j, 0) + 1
                posted.append(i)
        need = min(3, len(anchors))
        for j in sorted(shared):
            if shared[j] < need or root(i) == root(j):
                continue
            other = items[j][1]
            n = min(len(body), len(other))
            if _same_figures(figures_of[i], figures_of[j]) and fuzz.ratio(body[:n], other[:n]) >= COPY_RATIO:
                a, b = root(i), root(j)
                parent[max(a, b)] = min(a, b)
    return {items[i][0]: items[root(i)][0] for i in range(len(items)) if root(i) != i}
