"""Internal quality assurance: the IQA confirms or challenges the assessor's judgement.

The IQA does not re-mark. On a signed session they agree with or challenge each
criterion (a challenge needs a reason), comment per learning outcome (marked units: a
QA comment on the mark sheet and a QA mark per section), then either sign the QA — the
same digest scheme as the assessor's, covering the assessor's signed record and the QA
entries — or refer the decision back to the assessor, which withdraws the assessor's
signature. The handbooks: where the QA mark is inconsistent with the assessor's comment
or disagrees significantly, it is referred back to the assessor. Who may do each of
these, and when, is ``marker.rules``.
"""

from __future__ import annotations

from datetime import date as Date

from marker.errors import SessionError
from marker.items import ItemKey, item_keys, labels, rubric_item
from marker.outcome import Outcome, marks_outcome, unit_outcome
from marker.rubric import Rubric, Scheme
from marker.rules import Actor, Operation, refusal
from marker.people import same_person
from marker.session import (QA_PREFIX, QA_SIGNED, REFERRED_BACK, Review, Role, Session, Signature, Verdict,
                            check_mark)
from marker.signing import assessor, make_signature, refuse_future, signer_key, signing_date, withdraw_signatures


def iqa(who: Actor | str) -> Actor:
    """The person acting, as the IQA when only a name is given."""
    return who if isinstance(who, Actor) else Actor(who, Role.IQA)


def _may(session: Session, who: Actor | str, operation: Operation, doing: str) -> Actor:
    actor = iqa(who)
    if refused := refusal(session, actor, operation):
        raise SessionError(f"cannot {doing}: {refused}")
    return actor


def set_review(session: Session, rubric: Rubric, ref: ItemKey | str, verdict: Verdict | str, reason: str,
               who: Actor | str) -> None:
    """Agree with or challenge the assessor's judgement on one criterion (or section)."""
    actor = _may(session, who, Operation.REVIEW, "change the QA entries")
    key = ItemKey.parse(ref)
    if key not in item_keys(rubric):
        raise SessionError(f"unit {rubric.unit} has no {key.label} to review")
    verdict = Verdict(verdict)
    reason = reason.strip()
    if verdict is Verdict.CHALLENGE and not reason:
        raise SessionError(f"{key.label}: a challenge needs the reason, for the assessor to answer")
    old = session.qa.reviews.get(key.id)
    new = Review(verdict, reason if verdict is Verdict.CHALLENGE else "", old.answer if old else "")
    if old != new:
        session.log(actor.name, f"{QA_PREFIX}{key.label}", _review_text(old), _review_text(new))
        session.qa.reviews[key.id] = new


def set_qa_lo_comment(session: Session, lo_ref: str, text: str, who: Actor | str) -> None:
    """The QA comment on a learning outcome (the result sheet's "QA comments (optional)")."""
    actor = _may(session, who, Operation.REVIEW, "change the QA entries")
    old = session.qa.lo_comments.get(lo_ref, "")
    if old != text:
        session.log(actor.name, f"{QA_PREFIX}LO {lo_ref} comment", old, text)
        session.qa.lo_comments[lo_ref] = text


def set_qa_comment(session: Session, text: str, who: Actor | str) -> None:
    """The IQA's comment on the whole submission (marked units: the mark sheet has no per-LO row)."""
    actor = _may(session, who, Operation.REVIEW, "change the QA entries")
    if session.qa.comments != text:
        session.log(actor.name, f"{QA_PREFIX}comment", session.qa.comments, text)
        session.qa.comments = text


def set_qa_mark(session: Session, rubric: Rubric, section_ref: str, mark: int | None, who: Actor | str) -> None:
    """The QA mark for a section, 0..max (None clears it)."""
    actor = _may(session, who, Operation.REVIEW, "change the QA entries")
    key = ItemKey.parse(section_ref)
    key = key if key.is_section else ItemKey.section(key.ref)
    section = rubric_item(rubric, key)
    check_mark(mark, section.max, f"section {key.ref} QA")
    old = session.qa.section_marks.get(key.ref)
    if old != mark:
        session.log(actor.name, f"{QA_PREFIX}section {key.ref} mark", "" if old is None else str(old),
                    "" if mark is None else str(mark))
        if mark is None:
            session.qa.section_marks.pop(key.ref, None)
        else:
            session.qa.section_marks[key.ref] = mark


def qa_outcome(session: Session, rubric: Rubric) -> Outcome:
    """The outcome the IQA confirms: the assessor's decisions, or (marked units) by the QA marks."""
    if rubric.scheme is Scheme.PASS_REFERRAL:
        return unit_outcome(session, rubric)
    return marks_outcome(rubric, dict(session.qa.section_marks))


def qa_sign_problems(session: Session, rubric: Rubric, who: Actor | str) -> list[str]:
    """Why the IQA cannot sign yet; empty when they can."""
    if refused := refusal(session, iqa(who), Operation.QA_SIGN):
        return [refused]
    problems = []
    unreviewed = [k for k in item_keys(rubric) if k.id not in session.qa.reviews]
    if unreviewed:
        problems.append(f"not reviewed yet: {labels(unreviewed)} (a agrees, c challenges; A agrees with all the rest)")
    challenged = [r for r, v in session.qa.reviews.items() if v.verdict is Verdict.CHALLENGE]
    if challenged:
        problems.append(f"{labels(challenged)} challenged: refer it back to the assessor (b) instead")
    if rubric.scheme is Scheme.MARKS:
        qa, assessed = qa_outcome(session, rubric), unit_outcome(session, rubric)
        if qa.unmarked:
            problems.append(f"no QA mark for section {', '.join(qa.unmarked)}")
        elif qa.result is not assessed.result:
            problems.append(f"the QA marks give {qa.result.value} where the assessor's give "
                            f"{assessed.result.value}: refer it back to the assessor (b)")
    return problems


def qa_sign(session: Session, rubric: Rubric, name: str, who: Actor | str, on: Date | None = None, *,
            passphrase: str | None = None) -> Signature:
    """The IQA confirms: the QA outcome, date of QA check and QA signature are recorded.

    ``passphrase`` opens a protected key, as for ``marker.signing.sign``.

    Raises:
        SessionError: refused, with every reason.
        WrongPassphrase: the passphrase does not open the key; nothing changed.
    """
    actor = iqa(who)
    problems = qa_sign_problems(session, rubric, actor)
    signed = session.signature(Role.ASSESSOR)
    if not name.strip():
        problems.append("the signer's name is empty")
    elif not problems and signed is not None and same_person(name, signed.name):
        problems.append(f"{name.strip()} signed as the assessor: nobody quality assures their own marking")
    if problems:
        raise SessionError("cannot sign the QA: " + "; ".join(problems))
    refuse_future(on, "QA signature")
    key = signer_key(name, "sign the QA", passphrase=passphrase)
    if signed is not None and signed.key == key.public.text:
        raise SessionError(f"cannot sign the QA: your key ({key.public.fingerprint}) signed the marking: "
                           "nobody quality assures their own marking")
    on = signing_date(session, actor.name, on, "QA signature")
    old = session.status
    session.qa.outcome = qa_outcome(session, rubric).result.value
    session.qa.date, session.qa.signer = on.isoformat(), name.strip()
    # Logged first, so the signature covers its own entry: removing it breaks the signed audit log.
    session.log(actor.name, QA_SIGNED, old.value, f"{name.strip()}, {on.isoformat()}, {session.qa.outcome}, "
                f"key {key.public.fingerprint}")
    signature = make_signature(session, rubric, name.strip(), Role.IQA, on.isoformat(), key)
    session.signatures.append(signature)
    return signature


def refer_back(session: Session, who: Actor | str, reason: str) -> None:
    """Return the decision to the assessor: their signature (and any QA signature) is withdrawn, the reason kept."""
    actor = _may(session, who, Operation.REFER_BACK, "refer it back")
    if not reason.strip():
        raise SessionError("referring back needs the reason, for the assessor to answer")
    old = session.status
    withdraw_signatures(session, actor.name, "referred back by the IQA")
    session.qa.referred_back = reason.strip()
    session.qa.outcome, session.qa.date, session.qa.signer = "", "", ""
    session.log(actor.name, REFERRED_BACK, old.value, reason.strip())


def answer_challenge(session: Session, ref: ItemKey | str, text: str, who: Actor | str) -> None:
    """The assessor's answer to the IQA's challenge on one criterion (while it is back with them)."""
    actor = assessor(who)
    key = ItemKey.parse(ref)
    review = session.qa.reviews.get(key.id)
    if review is None or review.verdict is not Verdict.CHALLENGE:
        raise SessionError(f"{key.label} is not challenged")
    if refused := refusal(session, actor, Operation.ANSWER):
        raise SessionError(f"cannot answer: {refused}")
    if review.answer != text:
        session.log(actor.name, f"answer to QA challenge on {key.label}", review.answer, text)
        review.answer = text


def _review_text(review: Review | None) -> str:
    if review is None:
        return ""
    return review.verdict.value + (f": {review.reason}" if review.reason else "")
