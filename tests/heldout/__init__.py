"""Held-out labelled submissions: written before the finder and checks were changed, and
never read while tuning them. Same shape as ``tests/corpus`` (see ``corpus/case.py``);
measured by ``tests/corpus/measure.py``, which prints their figures but never their misses.

Two groups, by when they were written: ``FIRST`` (sets a and b) before an earlier round of
tuning, whose figures that round's engineers saw; ``FRESH`` (sets c, d and e) before the
latest round, by writers who never read the finder's code. ``FRESH`` is the one to believe.
``LATE`` (set f) was written after the latest change, by a writer who read no code, and has
never been seen by anyone tuning.
"""

from __future__ import annotations

from . import set_a, set_b, set_c, set_d, set_e, set_f, set_h

FIRST = set_a.CASES + set_b.CASES
FRESH = set_c.CASES + set_d.CASES + set_e.CASES
LATE = set_f.CASES
CASES = FIRST + FRESH + LATE + set_h.CASES
GROUPS = {"first (sets a, b)": FIRST, "fresh (sets c, d, e)": FRESH, "late (set f)": LATE, "all": CASES}
