"""Signing a session: what must hold first, the digest of the record, and withdrawal.

A signature is the signer's name and date with their key's Ed25519 signature of a
SHA-256 digest over a canonical serialisation of the record (``marker.record``,
``marker.signatures``). ``marker verify`` recomputes it, so any later change to the
session, its audit log, the rubric's wording or a submission file is detected, and
nobody without the signer's private key can sign in their name.
"""

from __future__ import annotations

from datetime import date as Date
from typing import TYPE_CHECKING

from marker.errors import SessionError
from marker.outcome import Result, unit_outcome
from marker.items import labels
from marker.rubric import Rubric, Scheme
from marker.rules import Actor, Operation, refusal, status_refusal
from marker.session import SIGNED_BY_ASSESSOR, Decision, Role, Session, Signature, Status, Verdict

if TYPE_CHECKING:
    from marker.keys import SigningKey


def assessor(who: Actor | str) -> Actor:
    """The person acting, as the assessor when only a name is given."""
    return who if isinstance(who, Actor) else Actor(who, Role.ASSESSOR)


def sign_problems(session: Session, rubric: Rubric) -> list[str]:
    """Why the assessor cannot sign yet, one reason per line; empty when they can."""
    problems: list[str] = []
    if refused := status_refusal(session, Operation.SIGN):
        return [refused]
    if rubric.unit != session.unit:
        return [f"the rubric is for unit {rubric.unit}, the session for {session.unit}"]
    if not session.learner_name.strip():
        problems.append("the learner's name is empty")
    if not session.learner_reg.strip():
        problems.append("the learner's registration number is empty")
    if rubric.scheme is Scheme.PASS_REFERRAL:
        unmarked = [c.ref for c in rubric.criteria
                    if session.criteria.get(c.ref) is None or session.criteria[c.ref].decision is Decision.UNMARKED]
        if unmarked:
            problems.append(f"AC {', '.join(unmarked)} {'is' if len(unmarked) == 1 else 'are'} unmarked")
        silent = [c.ref for c in rubric.criteria if (e := session.criteria.get(c.ref)) is not None
                  and e.decision is Decision.REFERRAL and not e.feedback.strip()]
        if silent:
            problems.append(f"AC {', '.join(silent)}: a Referral needs feedback telling the learner "
                            "which part of the criterion is unmet and why")
    else:
        unmarked = [s.ref for s in rubric.sections
                    if session.sections.get(s.ref) is None or session.sections[s.ref].mark is None]
        if unmarked:
            problems.append(f"section {', '.join(unmarked)} {'has' if len(unmarked) == 1 else 'have'} no mark")
    if session.status is Status.REFERRED_BACK:
        unanswered = [ref for ref, review in session.qa.reviews.items()
                      if review.verdict is Verdict.CHALLENGE and not review.answer.strip()]
        if unanswered:
            problems.append(f"the IQA challenged {labels(unanswered)}: answer each challenge first (a)")
    return problems


def sign(session: Session, rubric: Rubric, name: str, who: Actor | str, on: Date | None = None, *,
         passphrase: str | None = None) -> Signature:
    """The assessor signs: entries become read-only until reopened.

    ``on`` is the date written on the sheet (today by default); an earlier date is
    allowed and recorded in the audit log, a future one refused. ``passphrase`` opens a
    protected key (the app asks for it; the CLI asks at the terminal).

    Raises:
        SessionError: signing is refused, with every reason.
        WrongPassphrase: the passphrase does not open the key; nothing changed.
    """
    actor = assessor(who)
    if refused := refusal(session, actor, Operation.SIGN):
        raise SessionError(f"cannot sign: {refused}")
    problems = sign_problems(session, rubric)
    if not name.strip():
        problems.append("the signer's name is empty")
    if problems:
        raise SessionError("cannot sign: " + "; ".join(problems))
    refuse_future(on, "signature")
    key = signer_key(name, "sign", passphrase=passphrase)
    on = signing_date(session, actor.name, on, "signature")
    if session.rubric_digest != rubric.digest:
        session.log(actor.name, "rubric changed since marking began; signed against the current rubric",
                    session.rubric_digest, rubric.digest)
        session.rubric_digest = rubric.digest
    outcome = unit_outcome(session, rubric)
    # Logged first, so the signature covers its own entry: removing it breaks the signed audit log.
    session.log(actor.name, SIGNED_BY_ASSESSOR, "", f"{name.strip()}, {on.isoformat()}, {outcome.result.value}, "
                f"key {key.public.fingerprint}")
    signature = make_signature(session, rubric, name.strip(), Role.ASSESSOR, on.isoformat(), key)
    session.signatures.append(signature)
    return signature


def signing_date(session: Session, who: str, on: Date | None, what: str) -> Date:
    """The date to sign with: today, or an earlier date, which the audit log records.

    Raises:
        SessionError: the date is in the future: nobody signs for work not yet checked.
    """
    refuse_future(on, what)
    today = Date.today()
    if on is not None and on != today:
        session.log(who, f"{what} dated other than today", today.isoformat(), on.isoformat())
    return on or today


def refuse_future(on: Date | None, what: str) -> None:
    """Nobody signs for work not yet checked: a future date is refused, before anything changes.

    Raises:
        SessionError: the date is in the future.
    """
    today = Date.today()
    if on is not None and on > today:
        raise SessionError(f"the {what} date {on.isoformat()} is in the future: sign with today's date "
                           f"({today.isoformat()}) or an earlier one")


def signer_key(name: str, what: str, *, passphrase: str | None = None) -> SigningKey:
    """The key ``name`` signs with, loaded before anything changes; ``passphrase`` opens a protected one.

    Raises:
        WrongPassphrase: the passphrase does not open the key (a caller that asked may ask again).
        SessionError: no key yet (``marker keys init``), or it cannot be used; one line.
    """
    from marker import keys  # cryptography loads when someone signs, not when the app starts

    try:
        return keys.signing_key(name, passphrase=passphrase)
    except keys.WrongPassphrase as exc:
        raise keys.WrongPassphrase(f"cannot {what}: {exc}") from None
    except keys.KeyProblem as exc:
        raise SessionError(f"cannot {what}: {exc}") from None


def make_signature(session: Session, rubric: Rubric, name: str, role: Role, on: str, key: SigningKey) -> Signature:
    """The signer's key's signature over the record as it is now (``marker.signatures``)."""
    from marker.signatures import new_signature

    return new_signature(session, rubric, name, role, on, key)


def reopen(session: Session, who: Actor | str, reason: str) -> Signature:
    """Withdraw the assessor's signature so the entries can change again, with the reason.

    Only signed work that is not yet QA confirmed: the IQA returns confirmed work by
    referring it back (``marker.rules``).

    Raises:
        SessionError: refused by the rules, or no reason given.
    """
    actor = assessor(who)
    if refused := refusal(session, actor, Operation.REOPEN):
        raise SessionError(f"cannot reopen: {refused}")
    if not reason.strip():
        raise SessionError("reopening withdraws the signature: give the reason")
    signature = session.signature(Role.ASSESSOR)
    assert signature is not None  # the rules allow reopening signed work only
    old = session.status
    withdraw_signatures(session, actor.name, reason.strip())
    if old is not session.status:
        session.log(actor.name, "status", old.value, session.status.value)
    return signature


def withdraw_signatures(session: Session, who: str, why: str) -> None:
    """Remove every signature, each logged with what it was and why it went.

    The IQA's goes with the assessor's: it covered the assessor's signed record.
    """
    for withdrawn in list(session.signatures):
        session.signatures.remove(withdrawn)
        session.log(who, f"{withdrawn.role} signature withdrawn",
                    f"{withdrawn.name}, {withdrawn.date}, digest {withdrawn.digest}", why)


def outcome_word(session: Session, rubric: Rubric) -> str:
    """PASS, REFERRAL or FAIL as the sheet prints it; empty while incomplete."""
    result = unit_outcome(session, rubric).result
    return "" if result is Result.INCOMPLETE else result.value
