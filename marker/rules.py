"""Who may change what, in which status: the one table the core, the command line and the screens ask.

Three kinds of rule, each written once:

- **By role**: an IQA confirms or challenges, never marks; an assessor may quality
  assure a colleague's work (a small centre's assessors often do), never their own.
- **By status**: what each operation needs of the session's status — the assessor
  marks a draft (or work referred back), reopens signed work but not QA-confirmed work
  (only the IQA returns that, by referring it back), resubmits signed work; the IQA
  reviews and signs signed work and refers it back, even once confirmed.
- **By person**: nobody quality assures their own marking, and whoever quality assured
  a session does not change the assessor's entries.

``refusal`` answers "may this person do this now?" with the reason in one line, or "".
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from marker.people import marked_by, quality_assured_by, same_person
from marker.session import Role, Session, Status, SubmissionFile


class Operation(StrEnum):
    """What someone can do to a session."""

    MARK = "mark"
    """Change the assessor's entries: decisions, feedback, pins, LO comments, marks."""
    SIGN = "sign"
    REOPEN = "reopen"
    ANSWER = "answer"
    """Answer the IQA's challenge on a criterion."""
    RESUBMIT = "resubmit"
    REVIEW = "review"
    """Change the QA entries: agree, challenge, QA comments, QA marks."""
    QA_SIGN = "qa-sign"
    REFER_BACK = "refer-back"


ASSESSOR_OPERATIONS = frozenset({Operation.MARK, Operation.SIGN, Operation.REOPEN, Operation.ANSWER,
                                 Operation.RESUBMIT})
IQA_OPERATIONS = frozenset({Operation.REVIEW, Operation.QA_SIGN, Operation.REFER_BACK})

MAY_DO: dict[Role, frozenset[Operation]] = {
    Role.ASSESSOR: ASSESSOR_OPERATIONS | IQA_OPERATIONS,
    Role.IQA: IQA_OPERATIONS,
}
"""By role (the config's ``role``): an IQA does not mark; an assessor may QA a colleague's work."""

OK = ""
_SIGNED = "{signed}: the assessor's entries are read-only (o reopens it, withdrawing the signature)"
_CONFIRMED_FINAL = ("{confirmed}: an assessor cannot reopen QA-confirmed work alone; the IQA returns it "
                    "by referring it back (b in QA mode)")
_UNSIGNED = "it is not signed by the assessor yet: only signed work is quality assured"
_BACK_WITH_ASSESSOR = "it was referred back to the assessor and is not signed again yet"

WHEN: dict[Operation, dict[Status, str]] = {
    Operation.MARK: {Status.DRAFT: OK, Status.REFERRED_BACK: OK, Status.SIGNED: _SIGNED, Status.IN_QA: _SIGNED,
                     Status.QA_CONFIRMED: _CONFIRMED_FINAL},
    Operation.SIGN: {Status.DRAFT: OK, Status.REFERRED_BACK: OK, Status.SIGNED: "it is already signed",
                     Status.IN_QA: "it is already signed", Status.QA_CONFIRMED: "it is already signed and QA confirmed"},
    Operation.REOPEN: {Status.DRAFT: "it is not signed, so there is nothing to reopen",
                       Status.REFERRED_BACK: "it is not signed, so there is nothing to reopen",
                       Status.SIGNED: OK, Status.IN_QA: OK, Status.QA_CONFIRMED: _CONFIRMED_FINAL},
    Operation.ANSWER: {Status.DRAFT: "the IQA has not referred it back: there is no challenge to answer",
                       Status.REFERRED_BACK: OK, Status.SIGNED: "{signed}: reopen it to answer the IQA",
                       Status.IN_QA: "{signed}: reopen it to answer the IQA", Status.QA_CONFIRMED: _CONFIRMED_FINAL},
    Operation.RESUBMIT: {Status.DRAFT: "attempt {attempt} is not signed: mark and sign it before a resubmission",
                         Status.REFERRED_BACK: "attempt {attempt} was referred back by the IQA: answer and sign it "
                                               "again before a resubmission",
                         Status.SIGNED: OK, Status.IN_QA: OK, Status.QA_CONFIRMED: OK},
    Operation.REVIEW: {Status.DRAFT: _UNSIGNED, Status.REFERRED_BACK: _BACK_WITH_ASSESSOR, Status.SIGNED: OK,
                       Status.IN_QA: OK, Status.QA_CONFIRMED: "{confirmed}: the QA entries are read-only"},
    Operation.QA_SIGN: {Status.DRAFT: _UNSIGNED, Status.REFERRED_BACK: _BACK_WITH_ASSESSOR, Status.SIGNED: OK,
                        Status.IN_QA: OK, Status.QA_CONFIRMED: "the QA is already signed"},
    Operation.REFER_BACK: {Status.DRAFT: _UNSIGNED, Status.REFERRED_BACK: _BACK_WITH_ASSESSOR, Status.SIGNED: OK,
                           Status.IN_QA: OK, Status.QA_CONFIRMED: OK},
}
"""By status: "" where the operation is allowed, else why not (filled in with names and dates)."""


@dataclass(frozen=True)
class Actor:
    """Who is acting: their name (asked once, from the config) and their role."""

    name: str
    role: Role = Role.ASSESSOR


def role_refusal(role: Role, operation: Operation) -> str:
    if operation in MAY_DO[role]:
        return OK
    return "an IQA confirms or challenges the assessor's judgement, never changes it: only the assessor may " \
        + _WORDS[operation]


def status_refusal(session: Session, operation: Operation) -> str:
    template = WHEN[operation][session.status]
    if not template:
        return OK
    signed, confirmed = session.signature(Role.ASSESSOR), session.signature(Role.IQA)
    return template.format(
        signed=f"signed by {signed.name} on {signed.date}" if signed else "signed",
        confirmed=f"QA confirmed by {confirmed.name} on {confirmed.date}" if confirmed else "QA confirmed",
        attempt=session.attempt)


def person_refusal(session: Session, name: str, operation: Operation) -> str:
    if operation in IQA_OPERATIONS and marked_by(session, name):
        return f"{name} marked this session: nobody quality assures their own marking"
    if operation in ASSESSOR_OPERATIONS and quality_assured_by(session, name):
        return f"{name} quality assured this session: only the assessor changes the assessor's entries"
    return OK


def refusal(session: Session, actor: Actor, operation: Operation) -> str:
    """Why ``actor`` may not do ``operation`` to the session now, in one line ("" when they may)."""
    return (role_refusal(actor.role, operation) or status_refusal(session, operation)
            or person_refusal(session, actor.name, operation))


def offered_on_row(status: str, outcome: str, assessor: str, actor: Actor, operation: Operation) -> bool:
    """Whether a key for ``operation`` is worth offering on a listed session, from what the list
    shows (its status, outcome and assessor): the home screen's hints. The key itself still
    asks ``refusal`` of the session, and says why not in one line.
    """
    try:
        known = Status(status)
    except ValueError:
        return True  # a status the list could not read: the key will say
    if role_refusal(actor.role, operation) or WHEN[operation][known]:
        return False
    if operation in IQA_OPERATIONS and same_person(actor.name, assessor):
        return False  # nobody quality assures their own marking
    if operation is Operation.RESUBMIT:
        return outcome in ("REFERRAL", "FAIL")
    return True


_WORDS = {Operation.MARK: "change the assessor's entries", Operation.SIGN: "sign as the assessor",
          Operation.REOPEN: "reopen signed work", Operation.ANSWER: "answer the IQA's challenges",
          Operation.RESUBMIT: "start a resubmission", Operation.REVIEW: "change the QA entries",
          Operation.QA_SIGN: "sign the QA", Operation.REFER_BACK: "refer it back"}



EMPTY_FILE_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
"""The SHA-256 of zero bytes: a 0-byte file is no resubmission."""


def resubmission_refusal(session: Session, actor: Actor, outcome: str, files: list[SubmissionFile],
                         later_attempt: str = "") -> str:
    """Why this attempt cannot be resubmitted on ``files`` ("" when it can).

    The rules (role, status, person), then: one resubmission per attempt (``later_attempt``
    names the file of one already started); only a REFERRAL or FAIL is resubmitted; every
    file has something in it; and something differs from what was judged last time.
    """
    if refused := refusal(session, actor, Operation.RESUBMIT):
        return refused
    if later_attempt:
        return f"attempt {session.attempt} was resubmitted already: {later_attempt}"
    if outcome not in ("REFERRAL", "FAIL"):
        return f"attempt {session.attempt}'s outcome is {outcome}: only a referred or failed unit is resubmitted"
    empty = [f.name for f in files if f.sha256 == EMPTY_FILE_SHA256]
    if empty:
        return f"{empty[0]} is empty (0 bytes): check it is the learner's resubmitted work"
    if not files:
        return "no files: name the learner's resubmitted work"
    judged = {f.sha256 for f in session.files}
    if all(f.sha256 in judged for f in files):
        return (f"{files[0].name if len(files) == 1 else 'the files'} "
                f"{'is' if len(files) == 1 else 'are'} byte-identical to attempt {session.attempt}'s: "
                "nothing new to mark")
    return OK
