"""Internal quality assurance: the IQA confirms or challenges the assessor's judgement.

The IQA does not re-mark. On a signed session they agree with or challenge each
criterion (a challenge needs a reason), comment per learning outcome or give a QA mark
per section (marked units), then either sign the QA — the same digest scheme as the
assessor's, covering the assessor's signed record and the QA entries — or refer the
decision back to the assessor, which withdraws the assessor's signature. The handbooks:
where the QA mark is inconsistent with the assessor's comment or disagrees
significantly, it is referred back to the assessor. Nobody quality assures their own
marking.
"""

from __future__ import annotations

from datetime import date as Date

from marker.errors import SessionError
from marker.outcome import Outcome, Result, unit_outcome
from marker.rubric import Rubric, Scheme
from marker.session import Review, Role, Session, Signature, Status, Verdict
from marker.names import same_name
from marker.signing import make_signature, signer_key, signing_date, withdraw_signatures


def review_refs(rubric: Rubric) -> list[str]:
    """What the IQA reviews: every criterion, or every section (``section-N``) of a marked unit."""
    if rubric.scheme is Scheme.MARKS:
        return [f"section-{s.ref}" for s in rubric.sections]
    return [c.ref for c in rubric.criteria]


def same_person(a: str, b: str) -> bool:
    """Names compared as a reader sees them: case, spacing, Unicode forms and look-alike letters folded."""
    return same_name(a, b)


def qa_refusal(session: Session, who: str) -> str:
    """Why ``who`` cannot quality assure this session ("" when they can)."""
    signature = session.signature(Role.ASSESSOR)
    if signature is None:
        if session.status is Status.REFERRED_BACK:
            return "it was referred back to the assessor and is not signed again yet"
        return "it is not signed by the assessor yet: only signed work is quality assured"
    if same_person(who, signature.name) or same_person(who, session.assessor):
        return f"{who} marked this session: nobody quality assures their own marking"
    return ""


def quality_assurers(session: Session) -> set[str]:
    """Everyone who has made QA entries on this session, from the audit log."""
    return {e.who for e in session.audit if e.what.startswith("QA ") or e.what == "referred back to the assessor"}


def assessor_refusal(session: Session, who: str) -> str:
    """Why ``who`` may not change the assessor's entries ("" when they may): only the assessor does."""
    if any(same_person(who, iqa) for iqa in quality_assurers(session)):
        return f"{who} quality assured this session: only the assessor changes the assessor's entries"
    return ""


def start_qa(session: Session, who: str) -> None:
    """Open the signed session for QA: its status becomes in QA (once)."""
    refusal = qa_refusal(session, who)
    if refusal:
        raise SessionError(f"cannot quality assure: {refusal}")
    if session.status is Status.SIGNED:
        session.status = Status.IN_QA
        session.log(who, "status", Status.SIGNED.value, Status.IN_QA.value)


def _may_change_qa(session: Session, who: str) -> None:
    refusal = qa_refusal(session, who)
    if refusal:
        raise SessionError(f"cannot change the QA entries: {refusal}")
    if session.signature(Role.IQA) is not None:
        raise SessionError("the QA is signed: its entries are read-only")


def set_review(session: Session, rubric: Rubric, ref: str, verdict: Verdict | str, reason: str, who: str) -> None:
    """Agree with or challenge the assessor's judgement on one criterion (or section)."""
    _may_change_qa(session, who)
    if ref not in review_refs(rubric):
        raise SessionError(f"unit {rubric.unit} has no {ref!r} to review")
    verdict = Verdict(verdict)
    reason = reason.strip()
    if verdict is Verdict.CHALLENGE and not reason:
        raise SessionError(f"{_label(ref)}: a challenge needs the reason, for the assessor to answer")
    old = session.qa.reviews.get(ref)
    new = Review(verdict, reason if verdict is Verdict.CHALLENGE else "", old.answer if old else "")
    if old != new:
        session.log(who, f"QA {_label(ref)}", _review_text(old), _review_text(new))
        session.qa.reviews[ref] = new


def set_qa_lo_comment(session: Session, lo_ref: str, text: str, who: str) -> None:
    _may_change_qa(session, who)
    old = session.qa.lo_comments.get(lo_ref, "")
    if old != text:
        session.log(who, f"QA LO {lo_ref} comment", old, text)
        session.qa.lo_comments[lo_ref] = text


def set_qa_mark(session: Session, rubric: Rubric, section_ref: str, mark: int | None, who: str) -> None:
    """The QA mark for a section, 0..max (None clears it)."""
    _may_change_qa(session, who)
    section = next((s for s in rubric.sections if s.ref == section_ref), None)
    if section is None:
        raise SessionError(f"unit {rubric.unit} has no section {section_ref!r}")
    if mark is not None and (isinstance(mark, bool) or not isinstance(mark, int) or not 0 <= mark <= section.max):
        raise SessionError(f"section {section_ref} QA mark {mark!r} is outside 0..{section.max}")
    old = session.qa.section_marks.get(section_ref)
    if old != mark:
        session.log(who, f"QA section {section_ref} mark", "" if old is None else str(old), "" if mark is None else str(mark))
        if mark is None:
            session.qa.section_marks.pop(section_ref, None)
        else:
            session.qa.section_marks[section_ref] = mark


def qa_outcome(session: Session, rubric: Rubric) -> Outcome:
    """The outcome the IQA confirms: the assessor's decisions, or (marked units) by the QA marks."""
    if rubric.scheme is Scheme.PASS_REFERRAL:
        return unit_outcome(session, rubric)
    marks = {s.ref: session.qa.section_marks.get(s.ref) for s in rubric.sections}
    unmarked = tuple(r for r, m in marks.items() if m is None)
    total = sum(m for m in marks.values() if m is not None)
    failing = tuple(s.ref for s in rubric.sections if s.min is not None and marks[s.ref] is not None
                    and marks[s.ref] < s.min)
    common = dict(total=total, pass_mark=rubric.pass_mark, failing_sections=failing, available=rubric.total_marks)
    if unmarked:
        return Outcome(Result.INCOMPLETE, unmarked, **common)
    return Outcome(Result.PASS if total >= rubric.pass_mark and not failing else Result.FAIL, **common)


def qa_sign_problems(session: Session, rubric: Rubric, who: str) -> list[str]:
    """Why the IQA cannot sign yet; empty when they can."""
    refusal = qa_refusal(session, who)
    if refusal:
        return [refusal]
    if session.signature(Role.IQA) is not None:
        return ["the QA is already signed"]
    problems = []
    unreviewed = [r for r in review_refs(rubric) if r not in session.qa.reviews]
    if unreviewed:
        problems.append(f"not reviewed yet: {_labels(unreviewed)} (a agrees, c challenges; A agrees with all the rest)")
    challenged = [r for r, v in session.qa.reviews.items() if v.verdict is Verdict.CHALLENGE]
    if challenged:
        problems.append(f"{_labels(challenged)} challenged: refer it back to the assessor (b) instead")
    if rubric.scheme is Scheme.MARKS:
        qa = qa_outcome(session, rubric)
        if qa.unmarked:
            problems.append(f"no QA mark for section {', '.join(qa.unmarked)}")
        elif qa.result is not unit_outcome(session, rubric).result:
            problems.append(f"the QA marks give {qa.result.value} where the assessor's give "
                            f"{unit_outcome(session, rubric).result.value}: refer it back to the assessor (b)")
    return problems


def qa_sign(session: Session, rubric: Rubric, name: str, who: str, on: Date | None = None) -> Signature:
    """The IQA confirms: the QA outcome, date of QA check and QA signature are recorded.

    Raises:
        SessionError: refused, with every reason.
    """
    problems = qa_sign_problems(session, rubric, who)
    if not name.strip():
        problems.append("the signer's name is empty")
    elif not problems and same_person(name, session.signature(Role.ASSESSOR).name):
        problems.append(f"{name.strip()} signed as the assessor: nobody quality assures their own marking")
    if problems:
        raise SessionError("cannot sign the QA: " + "; ".join(problems))
    key = signer_key(name, "sign the QA")
    marking = session.signature(Role.ASSESSOR)
    if marking is not None and marking.key == key.public.text:
        raise SessionError(f"cannot sign the QA: your key ({key.public.fingerprint}) signed the marking: "
                           "nobody quality assures their own marking")
    on = signing_date(session, who, on, "QA signature")
    session.qa.outcome = qa_outcome(session, rubric).result.value
    session.qa.date, session.qa.signer = on.isoformat(), name.strip()
    # Logged first, so the signature covers its own entry: removing it breaks the signed audit log.
    session.log(who, "QA signed", session.status.value, f"{name.strip()}, {on.isoformat()}, {session.qa.outcome}, "
                f"key {key.public.fingerprint}")
    signature = make_signature(session, rubric, name.strip(), Role.IQA, on.isoformat(), key)
    session.signatures.append(signature)
    session.status = Status.QA_CONFIRMED
    return signature


def refer_back(session: Session, who: str, reason: str) -> None:
    """Return the decision to the assessor: their signature is withdrawn, the reason kept for them."""
    refusal = qa_refusal(session, who)
    if refusal:
        raise SessionError(f"cannot refer it back: {refusal}")
    if not reason.strip():
        raise SessionError("referring back needs the reason, for the assessor to answer")
    withdraw_signatures(session, who, "referred back by the IQA")
    session.qa.referred_back = reason.strip()
    session.qa.outcome, session.qa.date, session.qa.signer = "", "", ""
    old, session.status = session.status, Status.REFERRED_BACK
    session.log(who, "referred back to the assessor", old.value, reason.strip())


def answer_challenge(session: Session, ref: str, text: str, who: str) -> None:
    """The assessor's answer to the IQA's challenge on one criterion (while it is back with them)."""
    review = session.qa.reviews.get(ref)
    if review is None or review.verdict is not Verdict.CHALLENGE:
        raise SessionError(f"{_label(ref)} is not challenged")
    if session.signature(Role.ASSESSOR) is not None:
        raise SessionError("it is signed: reopen it to answer the IQA")
    if review.answer != text:
        session.log(who, f"answer to QA challenge on {_label(ref)}", review.answer, text)
        review.answer = text


def open_challenges(session: Session) -> list[tuple[str, Review]]:
    """The challenges the assessor should see and answer, in review order."""
    return [(r, v) for r, v in session.qa.reviews.items() if v.verdict is Verdict.CHALLENGE]


def _label(ref: str) -> str:
    return f"section {ref.removeprefix('section-')}" if ref.startswith("section-") else f"AC {ref}"


def _labels(refs: list[str]) -> str:
    """``AC 1.1, 1.3`` or ``section 1, 2``."""
    kind = "section" if refs[0].startswith("section-") else "AC"
    return f"{kind} " + ", ".join(r.removeprefix("section-") for r in refs)


def _review_text(review: Review | None) -> str:
    if review is None:
        return ""
    return review.verdict.value + (f": {review.reason}" if review.reason else "")
