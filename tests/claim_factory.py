"""Hand-built quantities and claims for the reconciliation tests (no extraction involved)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from factrecon.model import Claim, Kind, Period, Place, Qualifier, Quantity, Span


def qty(
    value: str,
    *,
    qualifier: str = "exact",
    precision: str | None = None,
    unit: str = "count",
    kind: str = "cardinal",
    change: bool = False,
    text: str | None = None,
    start: int = 0,
    approx: bool = False,
) -> Quantity:
    """A Quantity for *value* ("4.4E+9"); bounds follow the qualifier as the recogniser states them."""
    v = Decimal(value)
    qual = Qualifier(qualifier)
    low: Decimal | None = v
    high: Decimal | None = v
    if qual in (Qualifier.MORE_THAN, Qualifier.AT_LEAST):
        high = None
    elif qual in (Qualifier.UP_TO, Qualifier.AT_MOST, Qualifier.LESS_THAN):
        low = Decimal(0)
    shown = text if text is not None else value
    return Quantity(
        start=start,
        end=start + len(shown),
        text=shown,
        value=v,
        low=low,
        high=high,
        low_inclusive=qual != Qualifier.MORE_THAN,
        high_inclusive=qual != Qualifier.LESS_THAN,
        precision=Decimal(precision) if precision is not None else None,
        qualifier=qual,
        approx=approx or qual in (Qualifier.ABOUT, Qualifier.NEARLY),
        unit=unit,
        kind=Kind(kind),
        change=change,
    )


def claim(
    doc: str,
    quantity: Quantity,
    measure: str,
    *,
    places: tuple[tuple[str, str], ...] = (),
    year: int | None = None,
    status: str | None = None,
    frame: tuple[str, ...] = (),
    sentence: tuple[int, int] | None = None,
) -> Claim:
    """A Claim in document *doc*; its id is ``doc:start-end`` as the extractor derives it."""
    time = Period(dt.date(year, 1, 1), dt.date(year, 12, 31), str(year)) if year is not None else None
    context = tuple(Place(code, role, 0, 0, code) for code, role in places)
    span = Span(*sentence) if sentence is not None else Span(quantity.start, quantity.end)
    return Claim(
        id=f"{doc}:{quantity.start}-{quantity.end}",
        doc_id=doc,
        quantity=quantity,
        measure=measure,
        context=context,
        time=time,
        status=status,
        sentence=span,
        frame=frame,
    )
