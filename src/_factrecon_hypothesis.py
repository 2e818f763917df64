"""factrecon's hypothesis plugin (the ``hypothesis`` entry point), kept outside the ``factrecon`` package.

Hypothesis loads every plugin while it is imported itself, so this module must cost
nothing: it imports nothing, and it registers factrecon's types only when factrecon
is already imported. When factrecon is imported later, ``factrecon/__init__.py``
registers them itself (see :mod:`factrecon._hypothesis`). Either way the strategies
(:mod:`factrecon.strategies`, the heavy module) are imported only when a test first
asks for ``st.from_type(factrecon.Quantity)`` or ``st.from_type(factrecon.Claim)``.
"""

import sys

__all__ = ["_hypothesis_setup_hook"]


def _hypothesis_setup_hook() -> None:
    """Register factrecon's types with hypothesis if factrecon is imported; else leave it to factrecon."""
    model = sys.modules.get("factrecon.model")
    if model is not None and hasattr(model, "Claim"):  # factrecon is loaded (not half-way through its import)
        from factrecon._hypothesis import register

        register()
