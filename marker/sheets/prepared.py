"""Each unit's sheet made once without a session, and copied for every session of that unit.

The title, the labels of the centre and learner box, the instructions, the column headings,
every criterion with its indicators and the signature boxes' labels are the same on every
sheet of a unit, and building them cell by cell is most of what a sheet costs. A session's
sheet is a copy of its unit's prepared sheet with the session's cells filled in: the very
document that building it whole gave (tests/test_prepared_sheets.py holds the two to one XML).
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable

from docx.document import Document as DocumentObject

from marker.rubric import Rubric
from marker.sheets.docx_parts import copy_document
from marker.sheets.shared_styles import share_styles

KEPT = 32
"""Units whose prepared sheets are kept, under 1 MB each: more than a centre's units (11 are shipped),
so an export that goes through all of them prepares each once. Past that, the unit used longest ago
is prepared again when next needed, which costs what building one sheet whole did."""

_prepared: OrderedDict[tuple[int, Callable], tuple[Rubric, DocumentObject]] = OrderedDict()
_lock = threading.Lock()  # an export builds in a worker thread while the app may verify a sheet


def prepared_copy(rubric: Rubric, prepare: Callable[[Rubric], DocumentObject]) -> DocumentObject:
    """A copy of ``prepare(rubric)``, which is made once per rubric and never changed.

    Kept by the rubric's identity, with the rubric itself, so a rubric read again or edited
    (a new object) gets its own sheet and an id is never reused while its entry is kept.
    """
    key = (id(rubric), prepare)
    with _lock:
        held = _prepared.get(key)
        if held is not None:
            _prepared.move_to_end(key)
            return copy_document(held[1])
    doc = prepare(rubric)
    share_styles(doc)
    with _lock:
        _prepared[key] = (rubric, doc)
        while len(_prepared) > KEPT:
            _prepared.popitem(last=False)
        return copy_document(doc)
