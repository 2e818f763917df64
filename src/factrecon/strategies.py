"""Hypothesis strategies for factrecon (public; never imported by ``import factrecon``).

Work in progress: the strategies land with issue 6.
"""

from __future__ import annotations


def _hypothesis_setup_hook() -> None:
    """Register factrecon's types with hypothesis (called through the entry point)."""
