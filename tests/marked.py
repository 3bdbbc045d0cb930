"""Fully marked sessions for any rubric, on real submission files, for sheet, QA and export tests."""

from __future__ import annotations

import hashlib
from pathlib import Path

from marker.rubric import Rubric, Scheme
from marker.session import Decision, Session, SubmissionFile

ASSESSOR = "Ann Assessor"


def submission(folder: Path, name: str = "assignment.docx", data: bytes = b"the learner's evidence") -> SubmissionFile:
    """A real file, so its SHA-256 can be checked."""
    path = Path(folder) / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return SubmissionFile(name, str(path), hashlib.sha256(data).hexdigest())


def marked_session(rubric: Rubric, folder: Path, *, learner: str = "Priya Shah", reg: str = "PS-2041",
                   referral: tuple[str, ...] = (), fail_section: str | None = None) -> Session:
    """Every criterion decided with feedback and a pin (or every section marked), as an assessor would."""
    file = submission(folder, f"{reg}-{rubric.unit}.docx", f"{learner} {rubric.unit}".encode())
    session = Session.new(rubric, learner_name=learner, learner_reg=reg, files=[file], centre_number="C0042",
                          centre_name="Northfield Learning Centre", assessor=ASSESSOR)
    if rubric.scheme is Scheme.PASS_REFERRAL:
        for i, criterion in enumerate(rubric.criteria, 1):
            decision = Decision.REFERRAL if criterion.ref in referral else Decision.PASS
            session.set_decision(criterion.ref, decision, ASSESSOR)
            why = "does not yet show" if decision is Decision.REFERRAL else "shows"
            session.set_feedback(criterion.ref, f"Your evidence for AC {criterion.ref} {why} the standard: "
                                 f"{criterion.pass_indicators[0][:60]}.", ASSESSOR)
            session.pin(criterion.ref, f"{file.name} ¶{i * 3}", ASSESSOR)
        for lo in rubric.outcomes:
            session.set_lo_comment(lo.ref, f"Learning outcome {lo.ref} is well evidenced overall.", ASSESSOR)
    else:
        for section in rubric.sections:
            low = section.min if section.min is not None else 0
            mark = max(low - 1, 0) if section.ref == fail_section else max(low, round(section.max * 0.7))
            session.set_mark(rubric, section.ref, mark, ASSESSOR)
            session.set_strengths(section.ref, f"Clear, well-organised work on {section.title.lower()}.", ASSESSOR)
            session.set_weaknesses(section.ref, "Examples could be linked more closely to the criteria.", ASSESSOR)
    return session
