"""Hypothesis settings for the property tests that guard the boundaries, smaller under mutmut.

`make mutation` runs these tests once for each of about a thousand mutants, on two
cores. At their full example counts the properties alone would take most of a day
there, so under mutmut (which sets ``MUTANT_UNDER_TEST`` before any test module is
imported) each property draws a tenth of its examples, at least 50, and draws
them derandomized: a mutant's verdict depends on the mutant, not on a lucky draw.
The explicit tests beside each property carry the exact cases; `make test` runs
the properties at their full counts.
"""

import os

from hypothesis import settings

UNDER_MUTMUT = "MUTANT_UNDER_TEST" in os.environ


def property_settings(max_examples: int, **kwargs) -> settings:
    """``settings(max_examples=max_examples, **kwargs)``, or its smaller, derandomized form under mutmut."""
    if UNDER_MUTMUT:
        return settings(max_examples=max(max_examples // 10, 50), derandomize=True, **kwargs)
    return settings(max_examples=max_examples, **kwargs)
