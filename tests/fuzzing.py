"""Hypothesis settings shared by the property tests (``test_*_properties.py``).

``make test`` runs the "test" profile: a few hundred examples a property, no
example database, so the suite stays fast and leaves nothing behind. ``make fuzz``
selects the "fuzz" profile through ``HYPOTHESIS_PROFILE=fuzz``: ``FUZZ_EXAMPLES``
examples a property (20,000 unless set), saving failures in ``.hypothesis/`` so a
second run replays them first.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

FUZZ_EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "20000"))

settings.register_profile(
    "test",
    max_examples=200,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile(
    "fuzz",
    max_examples=FUZZ_EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
PROFILE = os.environ.get("HYPOTHESIS_PROFILE", "test")
settings.load_profile(PROFILE)


def examples(in_test: int) -> int:
    """A property's example count: ``in_test`` under ``make test``, scaled up under ``make fuzz``.

    For properties that cost more per example than a parser call (a live server
    round trip), so the fuzz campaign gives them a fair share of its time.
    """
    if PROFILE == "fuzz":
        return max(in_test, FUZZ_EXAMPLES * in_test // 200)
    return in_test
