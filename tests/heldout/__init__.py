"""Held-out labelled submissions: written before the finder and checks were changed, and
never read while tuning them. Same shape as ``tests/corpus`` (see ``corpus/case.py``);
measured by ``tests/corpus/measure.py``, which prints their figures but never their misses.

Groups, by when they were written: ``FIRST`` (sets a and b) before an earlier round of
tuning, whose figures that round's engineers saw; ``SECOND`` (sets c to f) before or
after the round of stop 21, by writers who never read the finder's code; ``NEW`` (sets g
to k) before the round of stop 22, by writers who read no marker code, and never seen
by anyone tuning; ``LATEST`` (sets l to o) the same way before the rounds of stop 23.
``NEWEST`` (set p) was written at stop 24, before round 6's changes, the same way.
``NEWER`` (set q) was written at stop 25, before round 7's changes, by a writer who read no marker code.
``FRESH`` (set r) was written at stop 26, before round 8's changes, by a writer who read no marker code.
``STOP30`` (set s) was written at stop 30, after round 11's changes, by a writer who read no marker code, so that
the held-out set stays a third of the whole; nobody has tuned to it.
``STOP31`` (set t) was written at stop 31, before round 12's changes, by two writers who read no marker code.
``STOP32`` (set u) was written at stop 32 by two writers who read no marker code, after most of that stop's
changes to the PDF reader and the practice checks, and measured on them unseen (see ``set_u``).
``STOP33`` (set v) was written at stop 33 by two writers who read no marker code, before that stop's changes
(see ``set_v``); ``STOP33B`` (set w) at the same stop by two more, after round 14's changes and before round 15's.
``STOP34`` (set x) was written at stop 34 by two writers who read no marker code, before round 16's changes.
``STOP35`` (set y) was written at stop 35 by two writers who read no marker code, before round 17's changes.
``STOP38`` (set z) was written at stop 38 by two writers who read no marker code, before round 18's changes.
``STOP39`` (sets za, zb) was written at stop 39 by two writers who read no marker code, before that stop's changes.
``STOP40`` (sets zc, zd) was written at stop 40 by two writers who read no marker code, before that stop's changes.
``STOP41`` (sets ze, zf) was written at stop 41 by two writers who read no marker code, before that stop's changes.
``NEW``, ``LATEST``, ``NEWEST`` and ``NEWER`` are the ones to believe. The practice labels of every set were
audited against the definitions in ``corpus/case.py`` before stop 22's changes.
"""

from __future__ import annotations

from . import set_a, set_b, set_c, set_d, set_e, set_f, set_g, set_h, set_i, set_j, set_k, set_l, set_m, set_n, set_o, set_p, set_q, set_r, set_s, set_t, set_u, set_v, set_w, set_x, set_y, set_z, set_za, set_zb, set_zc, set_zd, set_ze, set_zf

FIRST = set_a.CASES + set_b.CASES
SECOND = set_c.CASES + set_d.CASES + set_e.CASES + set_f.CASES
NEW = set_g.CASES + set_h.CASES + set_i.CASES + set_j.CASES + set_k.CASES
LATEST = set_l.CASES + set_m.CASES + set_n.CASES + set_o.CASES
NEWEST = set_p.CASES
NEWER = set_q.CASES
FRESH = set_r.CASES
STOP30 = set_s.CASES
STOP31 = set_t.CASES
STOP32 = set_u.CASES
STOP33 = set_v.CASES
STOP33B = set_w.CASES
STOP34 = set_x.CASES
STOP35 = set_y.CASES
STOP38 = set_z.CASES
STOP39 = set_za.CASES + set_zb.CASES
STOP40 = set_zc.CASES + set_zd.CASES
STOP41 = set_ze.CASES + set_zf.CASES
CASES = FIRST + SECOND + NEW + LATEST + NEWEST + NEWER + FRESH + STOP30 + STOP31 + STOP32 + STOP33 + STOP33B + STOP34 + STOP35 + STOP38 + STOP39 + STOP40 + STOP41
GROUPS = {"first (sets a, b)": FIRST, "second (sets c-f)": SECOND, "new (sets g-k)": NEW,
          "latest (sets l-o)": LATEST, "newest (set p)": NEWEST,
          "newer (set q)": NEWER, "fresh (set r)": FRESH, "stop 30 (set s)": STOP30,
          "stop 31 (set t)": STOP31, "stop 32 (set u)": STOP32,
          "stop 33 (set v)": STOP33, "stop 33 (set w)": STOP33B, "stop 34 (set x)": STOP34, "stop 35 (set y)": STOP35, "stop 38 (set z)": STOP38, "stop 39 (sets za, zb)": STOP39, "stop 40 (sets zc, zd)": STOP40, "stop 41 (sets ze, zf)": STOP41, "all": CASES}
