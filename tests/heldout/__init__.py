"""Held-out labelled submissions: written before the finder and checks were changed, and
never read while tuning them. Same shape as ``tests/corpus`` (see ``corpus/case.py``);
measured by ``tests/corpus/measure.py``, which prints their figures but never their misses.
"""

from __future__ import annotations

from . import set_a, set_b, set_c

CASES = set_a.CASES + set_b.CASES + set_c.CASES
