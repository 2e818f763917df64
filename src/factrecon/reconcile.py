"""Value semantics, verdicts and arithmetic checks: from grouped claims to findings.

Every claim is read twice (see docs/explanation/verdicts.md):

* the **stated** interval is what the words allow: an exact figure rounded at
  its round step (the place of its last non-zero digit, or of its last digit
  after a decimal separator: "4,4 млрд" is [4.35, 4.45] billion, "30 млрд" may
  be a rounding to the nearest ten billion, [25, 35] billion; a bare small count
  such as "30 та" is exact), "more than X" is ``(X, +inf)``, "up to X" is ``[0, X]``,
  "about X" twice the plausible band;
* the **plausible** interval is what a journalist writing that figure means:
  the same rounding, half-open ("4,4" is [4.35, 4.45): 4.45 would be written 4,5),
  "more than X" below the next step of its last digit ("more than 23 thousand"
  is (23 000, 24 000]; half a step for a one-digit figure: "more than 50
  thousand" is (50 000, 55 000]), "up to X" the mirror image, "about X" a band
  of 10 % around X, or half a round step when wider.

Two claims about one fact are in **conflict** when their stated intervals are
disjoint (they cannot both be true), **divergent** when only their plausible
intervals are disjoint, and **consistent** otherwise.

Values are compared in a base unit (tonnes, hectares, ...). Currencies are never
converted into each other: a figure in dollars and one in tenge are different
facts. A percentage level and a percentage change never meet (different blocks).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import gc
import hashlib
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any

import attrs

from factrecon.errors import DuplicateDocumentError, InputTypeError
from factrecon.lang.registry import union_list
from factrecon.model import Claim, Fact, Finding, Interval, Kind, Qualifier, Quantity, Reading, Verdict

if TYPE_CHECKING:  # pragma: no cover
    from factrecon.cluster import BlockKey, Statement
    from factrecon.report import DocumentInfo, Report

__all__ = [
    "ROUNDING",
    "Check",
    "DocPart",
    "Reconciler",
    "arithmetic_checks",
    "base_value",
    "build_report",
    "check_rounding",
    "decimal_texts",
    "doc_part",
    "document_part",
    "fact_verdict",
    "figure_key",
    "find_copies",
    "intersect",
    "overlaps",
    "read",
    "read_figure",
    "reconcile",
    "reconcile_block",
    "reconcile_blocks",
    "significant_digits",
]

ZERO = Decimal(0)
ONE = Decimal(1)
HALF = Decimal("0.5")

# Units of one dimension are compared in one base unit: unit -> (base unit, factor).
# Currencies are deliberately absent: no FX conversion (different currencies, different facts).
_UNIT_BASE: dict[str, tuple[str, Decimal]] = {
    "g": ("t", Decimal("0.000001")),
    "kg": ("t", Decimal("0.001")),
    "t": ("t", ONE),
    "m": ("km", Decimal("0.001")),
    "km": ("km", ONE),
    "ha": ("ha", ONE),
    "km2": ("ha", Decimal(100)),
    "Wh": ("kWh", Decimal("0.001")),
    "kWh": ("kWh", ONE),
    "MWh": ("kWh", Decimal(1000)),
    "GWh": ("kWh", Decimal(1_000_000)),
    "TWh": ("kWh", Decimal(1_000_000_000)),
    "MW": ("kW", Decimal(1000)),
    "kW": ("kW", ONE),
    "GW": ("kW", Decimal(1_000_000)),
    "day": ("day", ONE),
    "month": ("month", ONE),
    "year": ("year", ONE),
}

# "4,4" or "30.8" written with a decimal separator: its trailing zeros are significant.
_DECIMAL_WRITTEN = re.compile(r"\d[,.]\d{1,2}(?!\d)")


# --------------------------------------------------------------------------- intervals


def _low_key(iv: Interval) -> tuple[int, Decimal, int]:
    """Sort key of a lower end: -inf first; at one value a closed end comes first."""
    if iv.low is None:
        return (0, ZERO, 0)
    return (1, iv.low, 0 if iv.low_inclusive else 1)


def _high_key(iv: Interval) -> tuple[int, Decimal, int]:
    """Sort key of an upper end: +inf last; at one value an open end comes first."""
    if iv.high is None:
        return (2, ZERO, 0)
    return (1, iv.high, 1 if iv.high_inclusive else 0)


def intersect(a: Interval, b: Interval) -> Interval | None:
    """The common part of two intervals, or ``None`` when they are disjoint."""
    lo = a if _low_key(a) >= _low_key(b) else b
    hi = a if _high_key(a) <= _high_key(b) else b
    out = Interval(lo.low, hi.high, lo.low_inclusive, hi.high_inclusive)
    if out.low is None or out.high is None:
        return out
    if out.low > out.high:
        return None
    if out.low == out.high and not (out.low_inclusive and out.high_inclusive):
        return None
    return out


def overlaps(a: Interval, b: Interval) -> bool:
    """True when some value lies in both intervals (as ``intersect(a, b) is not None``, without building it)."""
    lo = a if _low_key(a) >= _low_key(b) else b
    hi = a if _high_key(a) <= _high_key(b) else b
    if lo.low is None or hi.high is None or lo.low < hi.high:
        return True
    return lo.low == hi.high and lo.low_inclusive and hi.high_inclusive


def intersect_all(intervals: Iterable[Interval]) -> Interval | None:
    """The common part of several intervals (``None`` when empty or when there are none)."""
    out: Interval | None = None
    for iv in intervals:
        out = iv if out is None else intersect(out, iv)
        if out is None:
            return None
    return out


# --------------------------------------------------------------------------- readings


def base_value(q: Quantity) -> tuple[str, Decimal]:
    """The unit values of *q* are compared in, and the factor that converts them there.

    ``"kg"`` → ``("t", 0.001)``; a currency or ``"count"`` stays itself with factor 1.
    """
    return _UNIT_BASE.get(q.unit, (q.unit, ONE))


def _pow10(exponent: int) -> Decimal:
    return ONE.scaleb(exponent)


def written_step(q: Quantity) -> Decimal:
    """The step of the last written digit: "4,4 млрд" → 1E+8, "30" → 1.

    Uses ``precision`` when the recogniser gave one, else the exponent the
    Decimal carries (``Decimal("4.4E+9")`` → 1E+8).
    """
    if q.precision is not None and q.precision > 0:
        return q.precision
    figure = q.value if q.value is not None else (q.high if q.high is not None else q.low)
    if figure is None:
        return ONE
    exponent = figure.as_tuple().exponent
    return _pow10(exponent) if isinstance(exponent, int) else ONE


#: The rounding policies: how far a round figure may be from the true value (docs/explanation/verdicts.md).
#: ``lenient``: anything within half its round step ("1 млн" is 0.5 to 1.5 million);
#: ``strict``: a round figure stands for itself, rounded at its second significant digit
#: ("1 млн" is 0.95 to 1.05 million, "300 мың" 295 to 305 thousand).
ROUNDING = ("lenient", "strict")


def check_rounding(rounding: str) -> str:
    """*rounding* if it is one of :data:`ROUNDING`; else a :class:`~factrecon.InputTypeError`."""
    if rounding not in ROUNDING:
        raise InputTypeError(f"rounding must be one of {', '.join(ROUNDING)}, not {rounding!r}")
    return rounding


def round_step(q: Quantity, figure: Decimal, rounding: str = "lenient") -> Decimal:
    """The coarsest rounding step the written digits admit.

    Trailing zeros of a whole number are ambiguous: "30 млрд" may be exact to the
    billion or a rounding to the nearest ten billion, so the round step is the
    place of the last non-zero digit (1E+10). Digits after a decimal separator are
    significant ("4,0 млрд" → 1E+8), and so is a zero ending a figure written with one.

    With ``rounding="strict"`` no step is coarser than the place of the figure's second
    significant digit: "30 млрд" → 1E+9, "1 млн" → 1E+5 (a round figure stands for itself).
    """
    fine = written_step(q)
    if figure == 0:
        return fine
    if _DECIMAL_WRITTEN.search(q.text):
        step = fine
    else:
        exponent = figure.normalize().as_tuple().exponent
        step = max(fine, _pow10(exponent)) if isinstance(exponent, int) else fine
    if rounding == "strict":
        second = _pow10(figure.adjusted() - 1)
        if step > second:
            return second
    return step


def bound_step(q: Quantity, figure: Decimal) -> tuple[Decimal, str]:
    """How far past "more than X" (or short of "up to X") a journalist plausibly means.

    A figure with one significant digit ("2 thousand", "30", "50 thousand", "300")
    is the roundest way to say a number: writers round down to it from the lower
    half of its round step, and past the half would write "more than 55 thousand"
    or "nearly 60 thousand". So its band is half the round step: "more than 50
    thousand" is (50 000, 55 000], "more than 300" is (300, 350]. A figure with two
    or more significant digits ("23 thousand", "55 thousand") was chosen for its
    precision and stays below the next step of its last digit: (23 000, 24 000].

    Gives the step and, in words, how it was found (for the reading's rule).
    """
    step = round_step(q, figure)
    if figure != 0 and abs(figure) / step < 10:
        return step / 2, f"half its round step of {_fmt(step)}: a one-digit figure"
    return step, f"one step of its last digit, {_fmt(step)}"


def _is_small_count(q: Quantity, figure: Decimal, fine: Decimal) -> bool:
    """A bare small whole number ("30 projects", "20 years", "XXI") is exact, trailing zero or not."""
    return fine <= 1 and abs(figure) < 1000


def significant_digits(q: Quantity) -> int:
    """How many significant digits a figure is written with, as the round step reads it.

    ``880 946`` → 6, ``26,7 млн`` → 3, ``4,40`` → 3, ``30 млрд`` → 1, a bare small count
    (``46``) → 2; 0 for a figure that states no single value (about, nearly, a range).
    Agreement of two precise figures is strong evidence that they state one fact
    (:mod:`factrecon.cluster`); the more digits, the stronger.
    """
    x = q.value
    if x is None or x == 0 or q.approx or q.qualifier in (Qualifier.ABOUT, Qualifier.NEARLY, Qualifier.RANGE):
        return 0
    fine = written_step(q)
    step = fine if _is_small_count(q, x, fine) else round_step(q, x)
    units = int(abs(x) / step)
    return len(str(units)) if units > 0 else 0


def _band(q: Quantity, figure: Decimal) -> Decimal:
    """Half-width of the plausible band of "about"/"nearly": 10 % of the figure, or half its round step if wider.

    The 10 % is the recogniser's convention (``quantities.ABOUT_BAND``); "about 2 thousand"
    is also rounded to the thousand, so its band is ±500.
    """
    return max(round_step(q, figure) / 2, abs(figure) / 10)


def _nonnegative(q: Quantity) -> bool:
    return q.unit != "percent" or not q.change


def _fmt(d: Decimal | None) -> str:
    """A Decimal for people: thousands separators, no exponent, no trailing zeros."""
    if d is None:
        return "inf"
    text = f"{d.normalize():,f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def _scaled(iv: Interval, factor: Decimal) -> Interval:
    if factor == ONE:
        return iv
    return Interval(
        None if iv.low is None else iv.low * factor,
        None if iv.high is None else iv.high * factor,
        iv.low_inclusive,
        iv.high_inclusive,
    )


def read(claim: Claim | Quantity, claim_id: str | None = None, rounding: str = "lenient") -> Reading:
    """The stated and plausible intervals of a claim, in its base unit, and the rule used.

    See the module docstring and docs/explanation/verdicts.md for the rules, and
    :data:`ROUNDING` for the two rounding policies.
    """
    q = claim.quantity if isinstance(claim, Claim) else claim
    cid = claim.id if isinstance(claim, Claim) else (claim_id or f"{q.start}-{q.end}")
    return Reading(cid, *read_figure(q, rounding=rounding))


def read_figure(
    q: Quantity, key: tuple[object, ...] | None = None, rounding: str = "lenient"
) -> tuple[Interval, Interval, str]:
    """:func:`read` without the claim: the stated and plausible intervals of a figure and the rule.

    *key* is the quantity's :func:`figure_key`, when the caller already has it.
    """
    if key is None:
        key = figure_key(q)
    memo = _READ if rounding == "lenient" else _READ_STRICT
    found = memo.get(key)
    if found is None:
        if len(memo) >= _READ_MAX:  # bounded: starting again costs only the sharing
            memo.clear()
        stated, plausible, rule = _read_quantity(q, rounding)
        _, factor = base_value(q)
        found = memo[key] = (_scaled(stated, factor), _scaled(plausible, factor), rule)
    return found


#: Readings by figure (:func:`figure_key`), for :func:`read_figure`. An archive repeats its figures ("2 та",
#: "5 %", "more than 10 thousand"): on the scale benchmark's news stream half of 100k claims repeat an
#: earlier figure, 78 % of 1M.
_READ: dict[tuple[object, ...], tuple[Interval, Interval, str]] = {}
#: The same, read with ``rounding="strict"``.
_READ_STRICT: dict[tuple[object, ...], tuple[Interval, Interval, str]] = {}
#: Enough for an archive's distinct figures (221k in 1M generated claims), so that a figure another
#: document stated is found however long ago (each claim is read once, when its document's statements
#: are made). About 0.5 KB an entry; the memo outlives the report (some 100-250 MB after a large job).
_READ_MAX = 500_000


def figure_key(q: Quantity) -> tuple[object, ...]:
    """Everything :func:`read` looks at: the quantity but its place in the text (and its language).

    Decimals go in as written (``str``): ``Decimal("3E+1") == Decimal("30")``, but the
    two are read to different steps. The first four items are the figure a document
    repeats when it restates one (:func:`factrecon.cluster.doc_statements`): the
    qualifier, the value and the bounds.
    """
    value, low, high = decimal_texts(q)
    return (
        q.qualifier,
        value,
        low,
        high,
        q.text,
        q.low_inclusive,
        q.high_inclusive,
        str(q.precision),
        q.approx,
        q.unit,
        q.kind,
        q.change,
    )


def decimal_texts(q: Quantity) -> tuple[str, str, str]:
    """``str`` of the value and the two bounds, each Decimal written once: a bound is often the value itself."""
    value = str(q.value)
    low = value if q.low is q.value else str(q.low)
    high = value if q.high is q.value else low if q.high is q.low else str(q.high)
    return value, low, high


def _read_quantity(q: Quantity, rounding: str = "lenient") -> tuple[Interval, Interval, str]:
    qualifier = q.qualifier
    if qualifier == Qualifier.EXACT and q.approx:
        qualifier = Qualifier.ABOUT
    if qualifier == Qualifier.RANGE or q.value is None:
        return _read_range(q)
    x = q.value
    if qualifier == Qualifier.EXACT:
        return _read_exact(q, x, rounding)
    if qualifier in (Qualifier.MORE_THAN, Qualifier.AT_LEAST):
        return _read_lower_bound(q, x, inclusive=qualifier == Qualifier.AT_LEAST)
    if qualifier in (Qualifier.LESS_THAN, Qualifier.AT_MOST, Qualifier.UP_TO):
        return _read_upper_bound(q, x, inclusive=qualifier != Qualifier.LESS_THAN, word=qualifier.value)
    return _read_approx(q, x, nearly=qualifier == Qualifier.NEARLY)


def _read_exact(q: Quantity, x: Decimal, rounding: str = "lenient") -> tuple[Interval, Interval, str]:
    """An exact figure is a rounding at its round step: closed when stated, half-open when plausible.

    "4,4 млрд" and "4 400 000 000" both read [4.35, 4.45) billion; "30 млрд" reads
    [25, 35) billion (its zero may be a rounding; [29.5, 30.5] with ``rounding="strict"``);
    a bare small count ("30 та") is exact.
    """
    fine = written_step(q)
    step = fine if _is_small_count(q, x, fine) else round_step(q, x, rounding)
    low, high = x - step / 2, x + step / 2  # shared by both intervals: a million readings, half the Decimals
    stated = Interval(low, high)
    plausible = Interval(low, high, True, False)
    if step == fine:
        rule = f"exact {_fmt(x)}, rounded to the nearest {_fmt(step)}"
    elif step < fine:
        rule = f"exact {_fmt(x)}, written to {_fmt(fine)}; strict rounding reads it to the nearest {_fmt(step)}"
    else:
        rule = (
            f"exact {_fmt(x)}, written to {_fmt(fine)}; its trailing zeros allow a rounding to the nearest {_fmt(step)}"
        )
    return stated, plausible, rule


def _read_lower_bound(q: Quantity, x: Decimal, *, inclusive: bool) -> tuple[Interval, Interval, str]:
    step, why = bound_step(q, x)
    word = "at least" if inclusive else "more than"
    stated = Interval(x, None, inclusive, False)
    high = x + step
    plausible = Interval(x, high, inclusive, True)
    rule = f"{word} {_fmt(x)}: plausibly at most {_fmt(high)} ({why})"
    return stated, plausible, rule


def _read_upper_bound(q: Quantity, x: Decimal, *, inclusive: bool, word: str) -> tuple[Interval, Interval, str]:
    step, why = bound_step(q, x)
    low = ZERO if _nonnegative(q) else None
    stated = Interval(low, x, True, inclusive)
    plausible = Interval(x - step, x, True, inclusive)
    rule = f"{word.replace('_', ' ')} {_fmt(x)}: plausibly at least {_fmt(x - step)} ({why})"
    return stated, plausible, rule


def _read_approx(q: Quantity, x: Decimal, *, nearly: bool) -> tuple[Interval, Interval, str]:
    w = _band(q, x)
    if nearly:
        stated = Interval(x - 2 * w, x)
        plausible = Interval(x - w, x)
        rule = f"nearly {_fmt(x)}: plausibly within {_fmt(w)} below it, at most {_fmt(2 * w)} below"
    else:
        stated = Interval(x - 2 * w, x + 2 * w)
        plausible = Interval(x - w, x + w)
        rule = f"about {_fmt(x)}: plausibly within ±{_fmt(w)}, at most ±{_fmt(2 * w)}"
    return stated, plausible, rule


def _read_range(q: Quantity) -> tuple[Interval, Interval, str]:
    fine = written_step(q)
    lo = q.low if q.low is not None else q.value
    hi = q.high if q.high is not None else q.value
    stated = Interval(
        None if lo is None else lo - fine / 2,
        None if hi is None else hi + fine / 2,
        True,
        True,
    )
    rule = f"range {_fmt(lo)}–{_fmt(hi)}, each end rounded to {_fmt(fine)}"
    return stated, stated, rule


# --------------------------------------------------------------------------- verdicts


def fact_verdict(readings: Sequence[Reading]) -> tuple[Verdict, tuple[Reading, Reading] | None]:
    """The verdict over one reading per document, and the pair that decides it.

    conflict: two stated intervals are disjoint; divergent: two plausible ones are;
    consistent otherwise. In one dimension, pairwise overlap means a common part.
    The pair is the first disjoint one in the order of *readings* (by the first
    reading, then the second), found in linear time: see :func:`_first_disjoint`.
    """
    pair = _first_disjoint([r.stated for r in readings])
    if pair is not None:
        return Verdict.CONFLICT, (readings[pair[0]], readings[pair[1]])
    pair = _first_disjoint([r.plausible for r in readings])
    if pair is not None:
        return Verdict.DIVERGENT, (readings[pair[0]], readings[pair[1]])
    return Verdict.CONSISTENT, None


def _first_disjoint(intervals: Sequence[Interval]) -> tuple[int, int] | None:
    """The first pair ``i < j`` (by i, then j) of disjoint *intervals*, in time linear in their number.

    An interval is disjoint from a later one only if it is disjoint from the later
    one that reaches lowest (the smallest high end), the one that starts highest
    (the largest low end) or an empty one: so each *i* is asked about three
    intervals, and only the first *i* that has a partner is scanned for its first one.
    """
    n = len(intervals)
    after: list[tuple[int, int, int]] = [(-1, -1, -1)] * n  # after i: smallest high, largest low, an empty one
    lo = hi = empty = -1
    for i in range(n - 1, -1, -1):
        after[i] = (hi, lo, empty)
        iv = intervals[i]
        if hi < 0 or _high_key(iv) <= _high_key(intervals[hi]):
            hi = i
        if lo < 0 or _low_key(iv) >= _low_key(intervals[lo]):
            lo = i
        if not overlaps(iv, iv):
            empty = i
    for i, a in enumerate(intervals):
        if all(k < 0 or overlaps(a, intervals[k]) for k in after[i]):
            continue
        return i, next(j for j in range(i + 1, n) if not overlaps(a, intervals[j]))
    return None


def _describe(claim: Claim, reading: Reading) -> str:
    q = claim.quantity
    return (
        f"{claim.doc_id} says {q.text!r} (chars {q.start}-{q.end}): {reading.rule}; "
        f"stated {reading.stated}, plausible {reading.plausible}"
    )


def explain(
    verdict: Verdict, measure: str, unit: str, pair: tuple[Claim, Claim], readings: tuple[Reading, Reading]
) -> str:
    """A finding's message: both figures, their intervals, the rounding assumed, and why they clash."""
    head = {
        Verdict.CONFLICT: "Conflict",
        Verdict.DIVERGENT: "Divergent",
        Verdict.CONSISTENT: "Consistent",
    }[verdict]
    why = {
        Verdict.CONFLICT: "the stated intervals are disjoint, so both cannot be true",
        Verdict.DIVERGENT: (
            "the stated intervals overlap, so both can be true, but the plausible readings "
            "are disjoint: the sources point at different figures"
        ),
        Verdict.CONSISTENT: "the plausible readings overlap",
    }[verdict]
    lines = [f"{head} on {measure} ({unit}): {why}."]
    lines += [f"- {_describe(c, r)}" for c, r in zip(pair, readings, strict=True)]
    return "\n".join(lines)


def stable_id(prefix: str, parts: Iterable[str]) -> str:
    """A short id derived from content: the same parts give the same id on every run."""
    digest = hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()
    return f"{prefix}-{digest[:12]}"


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
    heads = [group[0] for group in statements]
    all_claims = tuple(sorted((c for group in statements for c in group), key=lambda c: (c.doc_id, c.quantity.start)))
    readings = tuple(known.get(c.id) or read(c) for c in all_claims)
    by_id = {r.claim_id: r for r in readings}
    head_readings = [by_id[c.id] for c in heads]
    verdict, pair = fact_verdict(head_readings)
    consensus = intersect_all(r.stated for r in head_readings)
    fid = stable_id("fact", sorted(c.id for c in all_claims))
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


# --------------------------------------------------------------------------- arithmetic


@attrs.frozen
class Check:
    """An arithmetic check inside one document: parts against their total, or a change against two values.

    ``ok`` is False when the arithmetic fails; only failed checks become findings.
    """

    id: str
    kind: str
    doc_id: str
    claims: tuple[Claim, ...]
    ok: bool
    message: str


@functools.cache
def _check_words() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a total's marker just before it, the words between two listed parts): every language's checks.toml."""

    def alternatives(key: str) -> str:
        return "|".join(re.escape(w) for w in sorted(union_list("checks", key), key=len, reverse=True))

    total = re.compile(rf"(?:{alternatives('total_words')})\W*\S*\W*$", re.IGNORECASE)
    join = re.compile(rf"^[^\d]*(\b(?:{alternatives('list_joins')})\b|,)[^\d]*$", re.IGNORECASE)
    return total, join


def _countable(c: Claim) -> bool:
    q = c.quantity
    return (
        q.kind == Kind.CARDINAL
        and q.value is not None
        and q.qualifier == Qualifier.EXACT
        and not q.approx
        and not q.change
        and q.unit != "percent"
    )


def _half_step(c: Claim) -> Decimal:
    return written_step(c.quantity) / 2


def arithmetic_checks(claims: Sequence[Claim], texts: dict[str, str]) -> tuple[list[Check], list[Finding]]:
    """Every sum and change check the documents allow, and a finding for each that fails.

    The checks are conservative: a total needs a total word just before it ("барлығы 17",
    "жами 17") and parts listed with a conjunction; a change needs exactly two amounts in
    the unit of the sentence. Rounding of every figure is allowed for, and a change
    may be rounded or truncated.
    """
    by_sentence: dict[tuple[str, int, int], list[Claim]] = {}
    for c in claims:
        by_sentence.setdefault((c.doc_id, c.sentence.start, c.sentence.end), []).append(c)
    checks: list[Check] = []
    for (doc_id, _, _), group in sorted(by_sentence.items()):
        group.sort(key=lambda c: c.quantity.start)
        text = texts.get(doc_id)
        if text is not None:
            checks.extend(_sum_checks(group, text))
        checks.extend(_change_checks(group))
    findings = [Finding(ck.id, ck.kind, None, ck.claims, ck.message) for ck in checks if not ck.ok]
    return checks, findings


def _sum_checks(sentence: list[Claim], text: str) -> list[Check]:
    out = []
    for i, total in enumerate(sentence):
        before = text[max(0, total.quantity.start - 30) : total.quantity.start]
        if not _countable(total) or not _check_words()[0].search(before):
            continue
        parts = _listed_parts(sentence[:i], total, text)
        if len(parts) < 2:
            continue
        out.append(_sum_check(parts, total))
    return out


def _listed_parts(candidates: list[Claim], total: Claim, text: str) -> list[Claim]:
    """The run of same-unit figures just before *total*, joined by a conjunction or a comma."""
    parts: list[Claim] = []
    for c in reversed(candidates):
        if not _countable(c) or c.quantity.unit != total.quantity.unit:
            break
        if parts and not _check_words()[1].match(text[c.quantity.end : parts[0].quantity.start]):
            break
        parts.insert(0, c)
    return parts


def _sum_check(parts: list[Claim], total: Claim) -> Check:
    values = [p.quantity.value or ZERO for p in parts]
    tolerance = sum((_half_step(p) for p in parts), ZERO) + _half_step(total)
    got = sum(values, ZERO)
    want = total.quantity.value or ZERO
    ok = abs(got - want) <= tolerance
    terms = " + ".join(_fmt(v) for v in values)
    spans = ", ".join(f"{p.quantity.text!r} ({p.quantity.start}-{p.quantity.end})" for p in [*parts, total])
    verb = "matches" if ok else "does not match"
    message = (
        f"Sum in {total.doc_id}: {terms} = {_fmt(got)} {verb} the stated total {_fmt(want)} "
        f"(rounding of each figure allows ±{_fmt(tolerance)}); spans {spans}."
    )
    ids = [c.id for c in [*parts, total]]
    return Check(stable_id("sum", ids), "sum", total.doc_id, (*parts, total), ok, message)


def _change_checks(sentence: list[Claim]) -> list[Check]:
    out = []
    for change in sentence:
        q = change.quantity
        if not (q.change and q.unit == "percent" and q.value is not None):
            continue
        amounts = [c for c in sentence if _countable(c) and c.quantity.unit != "percent"]
        units = {c.quantity.unit for c in amounts}
        if len(amounts) != 2 or len(units) != 1:
            continue
        out.append(_change_check(change, amounts[0], amounts[1]))
    return out


def _ratio_interval(big: Claim, small: Claim) -> tuple[Decimal, Decimal, Decimal, Decimal] | None:
    """Growth (big over small) and fall (small under big) in percent, each as a (low, high) pair."""
    b, s = big.quantity.value or ZERO, small.quantity.value or ZERO
    b_lo, b_hi = b - _half_step(big), b + _half_step(big)
    s_lo, s_hi = s - _half_step(small), s + _half_step(small)
    if s_lo <= 0 or b_lo <= 0:
        return None
    hundred = Decimal(100)
    grow = ((b_lo / s_hi - 1) * hundred, (b_hi / s_lo - 1) * hundred)
    fall = ((1 - s_hi / b_lo) * hundred, (1 - s_lo / b_hi) * hundred)
    return grow[0], grow[1], fall[0], fall[1]


def _change_check(change: Claim, first: Claim, second: Claim) -> Check:
    """A stated change against two amounts, in whichever direction matches (rise or fall)."""
    q = change.quantity
    stated = abs(q.value or ZERO)
    step = written_step(q)
    rounded = Interval(stated - step / 2, stated + step / 2, True, False)
    either = Interval(stated - step / 2, stated + step, True, False)
    in_order = (first.quantity.value or ZERO) >= (second.quantity.value or ZERO)
    big, small = (first, second) if in_order else (second, first)
    ids = [change.id, first.id, second.id]
    claims = (change, first, second)
    ratios = _ratio_interval(big, small)
    if ratios is None:
        return Check(stable_id("change", ids), "change", change.doc_id, claims, True, "not checkable: a zero amount")
    g_lo, g_hi, f_lo, f_hi = ratios
    b, sm = big.quantity.value or ONE, small.quantity.value or ONE
    rise, fall = (b / sm - 1) * 100, (1 - sm / b) * 100
    points = [Interval(rise, rise), Interval(fall, fall)]
    if any(overlaps(p, rounded) for p in points):
        how = "consistent (rounded)"
    elif any(overlaps(p, either) for p in points):
        how = "consistent if truncated"
    elif overlaps(Interval(g_lo, g_hi), either) or overlaps(Interval(f_lo, f_hi), either):
        how = "consistent within the rounding of the amounts"
    else:
        how = "inconsistent"
    message = (
        f"Change in {change.doc_id}: {_fmt(b)} against {_fmt(sm)} is +{rise:.2f}% "
        f"(or -{fall:.2f}% the other way; [{g_lo:.2f}, {g_hi:.2f}]% within the rounding of the amounts); "
        f"stated {q.text!r} ({q.start}-{q.end}) = {_fmt(stated)}%, which allows "
        f"[{_fmt(stated - step / 2)}, {_fmt(stated + step)})% rounded or truncated: {how}. "
        f"Amounts {first.quantity.text!r} ({first.quantity.start}-{first.quantity.end}), "
        f"{second.quantity.text!r} ({second.quantity.start}-{second.quantity.end})."
    )
    return Check(stable_id("change", ids), "change", change.doc_id, claims, how != "inconsistent", message)


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


def doc_part(
    doc_id: str,
    claims: Iterable[Claim],
    headline_end: int | None = None,
    text: str | None = None,
    published: dt.date | None = None,
    rounding: str = "lenient",
) -> DocPart:
    """The :class:`DocPart` of one document's claims (its text, when given, allows sum checks and sentences;
    its publication date orders it among the reports of a large block). Of claims with one id, the first wins.
    *rounding* is the policy its figures are read with (:data:`ROUNDING`)."""
    from factrecon.cluster import doc_statements

    first = {c.id: c for c in reversed(list(claims))}
    ordered = tuple(sorted(first.values(), key=lambda c: (c.quantity.start, c.id)))
    texts = {} if text is None else {doc_id: text}
    checks, _ = arithmetic_checks(ordered, texts)
    statements = tuple(doc_statements(ordered, headline_end, published, rounding))
    return DocPart(doc_id, ordered, statements, tuple(checks), _sentences(ordered, texts), _fingerprint(text))


def document_part(
    doc: Any, *, keep_text: bool = True, rounding: str = "lenient"
) -> tuple[DocPart, DocumentInfo]:
    """Extract one document's claims and compute its :class:`DocPart`, with the report's line about it.

    With ``keep_text=False`` the :class:`~factrecon.report.DocumentInfo` carries no text.
    """
    from factrecon.claims import extract_claims
    from factrecon.report import DocumentInfo

    doc_id, text = str(doc.id), str(doc.text)
    claims = list(extract_claims(doc))
    info = DocumentInfo.from_document(doc, len(claims))
    part = doc_part(doc_id, claims, _headline_end(text), text, info.published, rounding)
    return part, info if keep_text else attrs.evolve(info, text="")


def reconcile_block(
    statements: Sequence[Statement], copies: Mapping[str, str] | None = None
) -> list[tuple[Fact, Finding | None]]:
    """The facts (and findings) of one block: statements that share a measure, unit, kind and change flag.

    *copies* maps a republished document to the one it copies (:func:`find_copies`):
    a copy is one source with its original, so its statements are not clustered; a
    statement of a copy that restates one of the original's (the same figure) joins it
    as a repeat, and a fact shows it without its changing any verdict.
    """
    from factrecon.cluster import cluster_block

    if copies:
        statements = _fold_copies(statements, copies)
    return [build_fact(g.measure, g.unit, g.statements, g.readings, g.explain) for g in cluster_block(statements)]


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
        blocks.setdefault(st.key, []).append(st)
    out = []
    for key in sorted(blocks):
        out.extend(reconcile_block(blocks.pop(key), copies))  # pop: the block's list goes (the parts hold them)
    return out


# --------------------------------------------------------------------------- republication

#: Two bodies at least this similar (rapidfuzz ratio, 0-100) are one article published twice.
COPY_RATIO = 90.0
#: How much of a body is compared (characters after the headline, normalised), and the least.
_COPY_WINDOW = 1500
_COPY_MIN = 200
#: A body's anchors (tokens with a digit, long words) shared by more documents than this say
#: nothing about copies ("2025"): skipped, so that finding copies stays linear.
_ANCHOR_CAP = 100
_NON_WORD = re.compile(r"[\W_]+")


def _fingerprint(text: str | None) -> str:
    """The start of a document's body as copies are compared: after its headline (a republished
    article often gets a new one), lower case, words only."""
    if not text:
        return ""
    start = _headline_end(text)
    body = _NON_WORD.sub(" ", text[start : start + 3 * _COPY_WINDOW].lower()).strip()
    return body[:_COPY_WINDOW]


def _anchors(fingerprint: str) -> set[str]:
    return {t for t in fingerprint.split() if len(t) >= 10 or any(ch.isdigit() for ch in t)}


def _same_figures(a: str, b: str) -> bool:
    """Do two bodies state the same figures (the tokens with digits, but one cut at the end of a window)?

    A republication restates its original's figures; an article that changed one is
    another source, and the change is for the editor to see.
    """
    words = _number_words()
    fa = [t for t in a.split()[:-1] if t in words or any(ch.isdigit() for ch in t)]
    fb = [t for t in b.split()[:-1] if t in words or any(ch.isdigit() for ch in t)]
    return set(fa) <= set(b.split()) and set(fb) <= set(a.split())


@functools.cache
def _number_words() -> frozenset[str]:
    """The number words of every language (a figure written in words is a figure too: "пятьсот шестьдесят
    четыре проектов" and "две тысячи ... проектов" are two sources, not one article published twice)."""
    from factrecon.lang import SUPPORTED
    from factrecon.lang.data import load

    roles = {"digit", "ten", "hundred", "scale", "fraction"}
    return frozenset(
        w for tag in SUPPORTED for w, forms in load(tag).words.items() if any(f.role in roles for f in forms)
    )


def find_copies(fingerprints: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Which documents are republications of which: ``{copy id: original id}``.

    *fingerprints* are (document id, :attr:`DocPart.fingerprint`). Two documents are
    one article when their bodies (after the headline, so that a new headline does
    not hide a copy) agree to :data:`COPY_RATIO` (rapidfuzz ratio) over the length of
    the shorter one (so that a trimmed footer does not either) and state the same
    figures (one that changed a figure is another source). Of a group of copies,
    the smallest id is the original: the answer does not depend on the order.
    Only documents that share anchors (figures, long words) are compared.
    """
    from rapidfuzz import fuzz

    items = sorted((d, f) for d, f in fingerprints if len(f) >= _COPY_MIN)
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
            if _same_figures(body[:n], other[:n]) and fuzz.ratio(body[:n], other[:n]) >= COPY_RATIO:
                a, b = root(i), root(j)
                parent[max(a, b)] = min(a, b)
    return {items[i][0]: items[root(i)][0] for i in range(len(items)) if root(i) != i}


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
    _texts: dict[str, str] = attrs.field(factory=dict, init=False)
    _parts: dict[str, DocPart] = attrs.field(factory=dict, init=False)
    _cache: Report | None = attrs.field(default=None, init=False)

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
            self._headlines[doc_id] = _headline_end(str(item.text))
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
        from factrecon.report import DocumentInfo

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
        part = doc_part(doc_id, claims, self._headlines.get(doc_id), text, published, self.rounding)
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
                parts = [self._parts[k] for k in sorted(self._parts)]
                copies = find_copies((p.doc_id, p.fingerprint) for p in parts)
                results = reconcile_blocks((st for part in parts for st in part.statements), copies)
                self._cache = build_report(parts, self._documents.values(), results, copies)
        return self._cache


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


def _headline_end(text: str) -> int:
    """Where the headline (the first non-empty line, after an optional "date YYYY-MM-DD") ends."""
    pos = 0
    for line in text.splitlines(keepends=True):
        body = re.sub(r"^\s*date\s+\d{4}-\d{2}-\d{2}\s*", "", line)
        if body.strip():
            return pos + len(line.rstrip("\r\n"))
        pos += len(line)
    return 0


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
    if _is_document(docs_or_claims) or isinstance(docs_or_claims, Claim):
        rec.add(docs_or_claims)
        return rec.report()
    if not isinstance(docs_or_claims, Iterable) or isinstance(docs_or_claims, (str, bytes, Mapping)):
        raise InputTypeError(f"reconcile() takes Documents or Claims, not {type(docs_or_claims).__name__}")
    from factrecon.document import Document

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
    from factrecon.report import Report

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
    facts.sort(key=lambda f: (f.measure, f.unit, f.id))
    findings.sort(key=lambda f: (_KIND_ORDER.get(f.kind, 9), f.id))
    return Report(
        facts=tuple(facts),
        findings=tuple(findings),
        documents=tuple(sorted(documents, key=lambda d: d.id)),
        claims=tuple(c for p in parts for c in p.claims),
        checks=tuple(checks),
        sentences=tuple(s for p in parts for s in p.sentences),
    )


_KIND_ORDER = {"conflict": 0, "divergent": 1, "sum": 2, "change": 3}


def _sentences(claims: Sequence[Claim], texts: dict[str, str]) -> tuple[tuple[str, str], ...]:
    out = []
    for c in claims:
        text = texts.get(c.doc_id)
        if text is not None and c.sentence.end > c.sentence.start:
            out.append((c.id, " ".join(text[c.sentence.start : c.sentence.end].split())))
    return tuple(out)
