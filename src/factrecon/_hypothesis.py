"""Register factrecon's types with hypothesis, lazily: ``st.from_type(Quantity)`` and ``st.from_type(Claim)``.

:func:`register` is called by ``factrecon/__init__.py`` when hypothesis is already
imported, and by the hypothesis plugin (``_factrecon_hypothesis``) when factrecon is;
whichever of the two comes second does it, so the import order does not matter. It
registers functions, not strategies, so :mod:`factrecon.strategies` is imported only
when a test first resolves one of the types.
"""

from __future__ import annotations

import sys
from typing import Any

__all__ = ["register"]


def register() -> None:
    """Register :class:`~factrecon.Quantity` and :class:`~factrecon.Claim` (no-op until hypothesis is imported)."""
    st = sys.modules.get("hypothesis.strategies")
    if st is None or not hasattr(st, "register_type_strategy"):
        return  # hypothesis is not (yet fully) imported: its plugin hook will call us
    from factrecon.model import Claim, Quantity

    st.register_type_strategy(Quantity, _quantities)
    st.register_type_strategy(Claim, _claims)


def _quantities(_: type) -> Any:
    from factrecon.strategies import expected_quantities

    return expected_quantities()


def _claims(_: type) -> Any:
    from factrecon.strategies import claims

    return claims()
