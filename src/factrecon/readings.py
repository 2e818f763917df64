"""How a written figure is read, and whether readings agree: intervals, round steps, verdicts.

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

This module is below both the linking (:mod:`factrecon.cluster` asks whether two
precise figures agree) and the reconciliation (:mod:`factrecon.reconcile` asks
for a fact's verdict); it needs nothing but the model.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from decimal import Decimal

from factrecon.errors import InputTypeError
from factrecon.model import Claim, Interval, Qualifier, Quantity, Reading, Verdict
from factrecon.quantities import SHARE_WORD_STEP

__all__ = [
    "ROUNDING",
    "base_value",
    "check_rounding",
    "decimal_texts",
    "explain",
    "fact_verdict",
    "figure_key",
    "forget_readings",
    "intersect",
    "intersect_all",
    "overlaps",
    "read",
    "read_figure",
    "round_step",
    "significant_digits",
    "verdict_and_consensus",
    "written_step",
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
    "mm": ("km", Decimal("0.000001")),
    "cm": ("km", Decimal("0.00001")),
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
    """The common part of two intervals, or ``None`` when they are disjoint.

    Its lower end is the higher of the two (at one value, the open one; *a*'s when they are alike), its upper
    end the lower: what :func:`_low_key` and :func:`_high_key` order, compared end against end without building
    the keys (a consensus for each of a million facts).
    """
    al, bl, ah, bh = a.low, b.low, a.high, b.high
    a_low = bl is None or (al is not None and (al > bl or (al == bl and (b.low_inclusive or not a.low_inclusive))))
    a_high = bh is None or (ah is not None and (ah < bh or (ah == bh and (b.high_inclusive or not a.high_inclusive))))
    lo = a if a_low else b
    hi = a if a_high else b
    out = Interval(lo.low, hi.high, lo.low_inclusive, hi.high_inclusive)
    if out.low is None or out.high is None:
        return out
    if out.low > out.high:
        return None
    if out.low == out.high and not (out.low_inclusive and out.high_inclusive):
        return None
    return out


def overlaps(a: Interval, b: Interval) -> bool:
    """True when some value lies in both intervals (as ``intersect(a, b) is not None``, without building it).

    Written out end against end rather than with the sort keys of :func:`intersect`: two intervals share a value
    when each low end lies below each high end, their own included (an empty interval meets nothing), an equal
    pair only when both ends are closed. No key tuples and no calls: the verdicts of a million facts ask this
    half a million times (half the time of :func:`fact_verdict`).
    """
    al, ah, bl, bh = a.low, a.high, b.low, b.high
    if al is not None:
        if bh is not None and not (al < bh or (al == bh and a.low_inclusive and b.high_inclusive)):
            return False
        if ah is not None and not (al < ah or (al == ah and a.low_inclusive and a.high_inclusive)):
            return False
    if bl is not None:
        if ah is not None and not (bl < ah or (bl == ah and b.low_inclusive and a.high_inclusive)):
            return False
        if bh is not None and not (bl < bh or (bl == bh and b.low_inclusive and b.high_inclusive)):
            return False
    return True


def intersect_all(intervals: Iterable[Interval]) -> Interval | None:
    """The common part of several intervals (``None`` when empty or when there are none)."""
    items = list(intervals)
    if len(items) < 2:
        return items[0] if items else None
    return _common(items)


def _common(intervals: Sequence[Interval]) -> Interval | None:
    """The common part of two or more intervals, or ``None``: :func:`intersect` of each in turn, in one pass.

    Its lower end is the highest (at one value the open one, of alike ends the first), its upper end the lowest;
    only the two intervals that give them are kept, and one Interval is built, not one per :func:`intersect`.
    Empty when those two ends cross, as the pairwise intersections would have found: an interval reaches every
    other's low end if it reaches the highest one.
    """
    lo = hi = intervals[0]
    for k in range(1, len(intervals)):
        iv = intervals[k]
        low, high = iv.low, iv.high
        if low is not None and (lo.low is None or low > lo.low or (
                low == lo.low and lo.low_inclusive and not iv.low_inclusive)):
            lo = iv
        if high is not None and (hi.high is None or high < hi.high or (
                high == hi.high and hi.high_inclusive and not iv.high_inclusive)):
            hi = iv
    low, high = lo.low, hi.high
    if low is not None and high is not None and (
            low > high or (low == high and not (lo.low_inclusive and hi.high_inclusive))):
        return None
    return Interval(low, high, lo.low_inclusive, hi.high_inclusive)


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

    The last answer is remembered (:data:`_LAST_STEP`): a new figure's step is asked for twice in a row, by its
    reading and by :func:`significant_digits` (cluster's ``_traits``, a fifth of a million generated claims).
    """
    global _LAST_STEP
    last = _LAST_STEP
    if last[0] is q and last[1] is figure and last[2] == rounding:  # (it holds both: no other object has their id)
        return last[3]
    step = _round_step(q, figure, rounding)
    _LAST_STEP = (q, figure, rounding, step)  # one tuple, replaced whole: a thread sees the old or the new
    return step


#: :func:`round_step`'s last (quantity, figure, rounding, step)
_LAST_STEP: tuple[object, object, str, Decimal] = (None, None, "", ONE)


def _round_step(q: Quantity, figure: Decimal, rounding: str) -> Decimal:
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
    if _is_share_word(q):
        return step, f"one step of the simple fractions, {_fmt(step)} points: a share in words"
    if figure != 0 and abs(figure) / step < 10:
        return step / 2, f"half its round step of {_fmt(step)}: a one-digit figure"
    return step, f"one step of its last digit, {_fmt(step)}"


def _is_share_word(q: Quantity) -> bool:
    """A share written as a fraction word ("төрттен үші", "более половины"): its step is that of the simple
    fractions (``quantities.SHARE_WORD_STEP``), whatever its value's digits."""
    return q.unit == "percent" and q.precision == SHARE_WORD_STEP and not any(c.isdigit() for c in q.text)


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
    """A Decimal for people: thousands separators, no exponent, no trailing zeros.

    Remembered by the Decimal as written (``str``: ``-0`` is not ``0``), :data:`_FMTS`: a reading's rule writes two
    or three figures (its value, its step, a bound), and distinct figures share most of them ("more than 90" and
    "about 90", a step of 1E+8), where a formatting costs ten look-ups."""
    if d is None:
        return "inf"
    written = str(d)
    found = _FMTS.get(written)
    if found is None:
        if len(_FMTS) >= _READ_MAX:  # bounded as read_figure's memo is
            _FMTS.clear()
        text = f"{d.normalize():,f}"
        found = _FMTS[written] = text.rstrip("0").rstrip(".") if "." in text else text
    return found


_FMTS: dict[str, str] = {}


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
        found = memo[key] = _read_figure(q, rounding)
    return found


def _read_figure(q: Quantity, rounding: str) -> tuple[Interval, Interval, str]:
    """:func:`read_figure` without its memo, for a caller that remembers each figure's reading itself (the
    statements' ``_traits``, whose memo goes with this one: filling both only to let both go cost a dict entry
    for each distinct figure, 221k at a million generated claims)."""
    stated, plausible, rule = _read_quantity(q, rounding)
    _, factor = base_value(q)
    return _scaled(stated, factor), _scaled(plausible, factor), rule


#: Readings by figure (:func:`figure_key`), for :func:`read_figure`. An archive repeats its figures ("2 та",
#: "5 %", "more than 10 thousand"): on the scale benchmark's news stream half of 100k claims repeat an
#: earlier figure, 78 % of 1M.
_READ: dict[tuple[object, ...], tuple[Interval, Interval, str]] = {}
#: The same, read with ``rounding="strict"``.
_READ_STRICT: dict[tuple[object, ...], tuple[Interval, Interval, str]] = {}
#: Enough for an archive's distinct figures (221k in 1M generated claims), so that a figure another
#: document stated is found however long ago. About 0.5 KB an entry, of which the key is a third:
#: :func:`forget_readings` lets the memo go once a report's statements are made.
_READ_MAX = 500_000


def forget_readings() -> None:
    """Let :func:`read_figure`'s memo (and :func:`_fmt`'s) go. What it read lives on in the statements and
    readings that hold it; the keys (a figure as written, :func:`figure_key`) go: some 75 MB at a million
    generated claims, which the clustering's peak would otherwise carry."""
    _READ.clear()
    _READ_STRICT.clear()
    _FMTS.clear()


def figure_key(q: Quantity) -> tuple[object, ...]:
    """Everything :func:`read` looks at: the quantity but its place in the text (and its language).

    Decimals go in as written (``str``): ``Decimal("3E+1") == Decimal("30")``, but the
    two are read to different steps. The first four items are the figure a document
    repeats when it restates one (:func:`factrecon.cluster.doc_statements`): the
    qualifier, the value and the bounds.
    """
    # decimal_texts, inline (a call less for each of a million claims)
    value = str(q.value)
    low = value if q.low is q.value else str(q.low)
    high = value if q.high is q.value else low if q.high is q.low else str(q.high)
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
    value, low, high = figure_key(q)[1:4]
    return value, low, high  # type: ignore[return-value]


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
    verdict, pair, _ = verdict_and_consensus(readings)
    return verdict, pair


def verdict_and_consensus(
    readings: Sequence[Reading],
) -> tuple[Verdict, tuple[Reading, Reading] | None, Interval | None]:
    """:func:`fact_verdict`, and what all the stated intervals allow (:func:`intersect_all`; ``None`` on a conflict).

    In one dimension intervals that overlap pair by pair have a common part, and only then (Helly): so the
    common part, found in one pass, answers whether any pair is disjoint, and only a fact with such a pair
    looks for the first one. Most facts are consistent, and each of their pairs was compared twice (stated,
    plausible); the verdicts then took a fifth of the facts' time (benchmarks/scale.py).
    """
    stated = [r.stated for r in readings]
    if len(stated) < 2:
        return Verdict.CONSISTENT, None, stated[0] if stated else None
    consensus = _common(stated)
    if consensus is None:
        return Verdict.CONFLICT, _disjoint_pair(readings, stated), None
    plausible = [r.plausible for r in readings]
    if _common(plausible) is None:
        return Verdict.DIVERGENT, _disjoint_pair(readings, plausible), consensus
    return Verdict.CONSISTENT, None, consensus


def _disjoint_pair(readings: Sequence[Reading], intervals: Sequence[Interval]) -> tuple[Reading, Reading]:
    """The readings of the first disjoint pair of *intervals*, which have no common part (so there is one)."""
    found = _first_disjoint(intervals)
    if found is None:  # pragma: no cover - intervals without a common part have a disjoint pair
        raise AssertionError("no disjoint pair among intervals without a common part")
    return readings[found[0]], readings[found[1]]


#: Up to this many intervals, :func:`_first_disjoint` tries every pair in order: at most 15 tests, cheaper than
#: the linear scan's index (on benchmarks/scale.py's facts, 2 to 6 statements each, it halves the verdicts' time).
_FEW = 6


def _first_disjoint(intervals: Sequence[Interval]) -> tuple[int, int] | None:
    """The first pair ``i < j`` (by i, then j) of disjoint *intervals*, in time linear in their number.

    An interval is disjoint from a later one only if it is disjoint from the later
    one that reaches lowest (the smallest high end), the one that starts highest
    (the largest low end) or an empty one: so each *i* is asked about three
    intervals, and only the first *i* that has a partner is scanned for its first one.
    """
    n = len(intervals)
    if n <= _FEW:  # most facts hold two to four statements: every pair in order costs less than the index
        for i in range(n - 1):
            a = intervals[i]
            for j in range(i + 1, n):
                if not overlaps(a, intervals[j]):
                    return i, j
        return None
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
