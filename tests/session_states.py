"""Sessions brought to each status by the operations that lead there, for the rules tests."""

from __future__ import annotations

from pathlib import Path

from marked import ASSESSOR, marked_session
from marker.catalogue import find_rubrics
from marker.config import SHIPPED_RUBRICS
from marker.qa import qa_sign, refer_back, set_review
from marker.session import Session, Status, Verdict
from marker.signing import sign

CATALOGUE = find_rubrics([SHIPPED_RUBRICS])
UNIT_200 = CATALOGUE.get("8584-200")
IQA = "Iris Quality"


def session_in(status: Status, tmp_path: Path, referral: tuple[str, ...] = ()) -> Session:
    """A real session brought to ``status`` by the operations that lead there."""
    session = marked_session(UNIT_200, tmp_path, referral=referral)
    if status is Status.DRAFT:
        return session
    sign(session, UNIT_200, ASSESSOR, ASSESSOR)
    if status is Status.IN_QA:
        set_review(session, UNIT_200, "1.1", Verdict.AGREE, "", IQA)
    elif status is Status.QA_CONFIRMED:
        for criterion in UNIT_200.criteria:
            set_review(session, UNIT_200, criterion.ref, Verdict.AGREE, "", IQA)
        qa_sign(session, UNIT_200, IQA, IQA)
    elif status is Status.REFERRED_BACK:
        set_review(session, UNIT_200, "1.2", Verdict.CHALLENGE, "only two situations", IQA)
        refer_back(session, IQA, "look at AC 1.2 again")
    assert session.status is status
    return session
