"""Shared test set-up: hypothesis profiles.

``ci`` (the default) has no deadline, so a slow machine does not turn a correct
example into a failure; ``dev`` runs fewer examples; ``thorough`` many more.
Choose one with ``HYPOTHESIS_PROFILE=thorough make test``.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

settings.register_profile("ci", deadline=None, max_examples=200, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("dev", deadline=None, max_examples=50)
settings.register_profile("thorough", deadline=None, max_examples=2000, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
