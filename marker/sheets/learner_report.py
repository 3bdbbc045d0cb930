"""The learner's feedback report: each decision and its feedback, and what to resubmit.

The handbooks: "Learners should be told that assessment decisions are provisional,
until confirmed by both internal and external quality assurance processes. This should
form part of the routine feedback to learners on assessment decisions."
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from docx.document import Document as DocumentObject
from docx.shared import Cm, Pt

from marker.anonymise import to_anonymise
from marker.outcome import Result, unit_outcome
from marker.rubric import Rubric, Scheme
from marker.session import Decision, Role, Session
from marker.sheets import docx_parts as parts
from marker.sheets.common import SheetContext

if TYPE_CHECKING:
    from marker.submission.identifying import IdentifyingDetail

ANONYMISE_HEADING = "Before this work is filed: anonymise these passages"
"""Starts the report's last part, from the submission rather than the session: ``marker verify`` stops there."""
NOTHING_TO_ANONYMISE = ("Anonymisation: no names, personal e-mail addresses or phone numbers of the people in "
                        "your work were found.")

PROVISIONAL = ("These decisions are provisional until they are confirmed by internal and external quality "
               "assurance and ratified by ILM, the awarding organisation.")


def build_learner_report(session: Session, rubric: Rubric, context: SheetContext,
                         identifying: Sequence[IdentifyingDetail] | None = None) -> DocumentObject:
    """Portrait, one block per criterion (or section): its heading kept with the feedback under it,
    space between blocks so one criterion's feedback never runs into the next. ``identifying``, when
    the submission was checked, adds what to anonymise (or that nothing was found)."""
    doc = parts.new_document(landscape=False)
    doc.styles["Normal"].paragraph_format.space_after = Pt(4)
    doc.styles["Normal"].font.size = Pt(10)
    title = doc.add_paragraph().add_run(f"Feedback on your submission: unit {rubric.unit} {rubric.title}")
    title.bold, title.font.size = True, Pt(14)
    assessor = session.signature(Role.ASSESSOR)
    facts = [f"Learner: {session.learner_name} ({session.learner_reg})", f"Attempt: {session.attempt}",
             f"Assessor: {assessor.name if assessor else session.assessor}",
             f"Date: {assessor.date if assessor else 'not yet signed'}"]
    doc.add_paragraph("  ·  ".join(facts))
    outcome = unit_outcome(session, rubric)
    result = doc.add_paragraph()
    result.add_run("Unit outcome: ").bold = True
    result.add_run(_outcome_sentence(outcome.result))
    doc.add_paragraph().add_run(PROVISIONAL).italic = True
    if rubric.scheme is Scheme.PASS_REFERRAL:
        _criteria(doc, session, rubric)
    else:
        _sections(doc, session, rubric, outcome)
    if identifying is not None:  # less what the assessor judged not identifying
        _anonymisation(doc, to_anonymise(identifying, session.not_identifying))
    context.finish(doc, session, rubric, report=True)
    return doc


def _heading(doc: DocumentObject, text: str, *, size: float = 11, before: float = 12) -> None:
    """A bold heading with space above, kept with what follows it."""
    paragraph = doc.add_paragraph()
    paragraph.paragraph_format.space_before = Pt(before)
    paragraph.paragraph_format.keep_with_next = True
    run = paragraph.add_run(text)
    run.bold, run.font.size = True, Pt(size)


def _indented(doc: DocumentObject, text: str) -> None:
    paragraph = doc.add_paragraph(text)
    paragraph.paragraph_format.left_indent = Cm(0.6)


def _outcome_sentence(result: Result) -> str:
    return {
        Result.PASS: "PASS. Every assessment criterion is met.",
        Result.REFERRAL: "REFERRAL. Some criteria are not yet met; what to resubmit is set out below.",
        Result.FAIL: "FAIL. The marks below do not yet reach the pass mark or a section's minimum.",
        Result.INCOMPLETE: "not yet decided.",
    }[result]


def _criteria(doc: DocumentObject, session: Session, rubric: Rubric) -> None:
    referred = []
    for lo in rubric.outcomes:
        _heading(doc, f"Learning outcome {lo.ref}: {lo.heading}", size=12, before=14)
        for criterion in lo.criteria:
            entry = session.criteria.get(criterion.ref)
            decision = entry.decision if entry else Decision.UNMARKED
            line = doc.add_paragraph()
            line.paragraph_format.space_before = Pt(8)
            line.paragraph_format.keep_with_next = bool(entry and entry.feedback)
            line.add_run(f"AC {criterion.ref} {criterion.text}: ").bold = True
            line.add_run({Decision.PASS: "Pass", Decision.REFERRAL: "Referral"}.get(decision, "not yet marked"))
            if entry and entry.feedback:
                _indented(doc, entry.feedback)
            if decision is Decision.REFERRAL:
                referred.append((criterion, entry))
        if comment := session.lo_comments.get(lo.ref, ""):
            doc.add_paragraph(f"Comment on learning outcome {lo.ref}: {comment}").paragraph_format.space_before = Pt(8)
    if referred:
        _heading(doc, "What to resubmit", size=12, before=16)
        doc.add_paragraph("Resubmit evidence for these criteria only; the criteria you passed are carried forward.")
        for criterion, entry in referred:
            item = doc.add_paragraph(style="List Bullet")
            item.paragraph_format.space_after = Pt(6)
            item.add_run(f"AC {criterion.ref} {criterion.text}. ").bold = True
            item.add_run("Your evidence must show: " + " ".join(criterion.pass_indicators))
            if entry and entry.feedback:
                item.add_run(f" Your assessor's feedback: {entry.feedback}")


def _sections(doc: DocumentObject, session: Session, rubric: Rubric, outcome) -> None:
    for section in rubric.sections:
        entry = session.sections.get(section.ref)
        mark = "no mark yet" if entry is None or entry.mark is None else f"{entry.mark} of {section.max}"
        minimum = f", minimum {section.min}" if section.min is not None else ""
        _heading(doc, f"{section.heading}: {mark}{minimum}")
        if entry and entry.strengths:
            _indented(doc, f"Strengths: {entry.strengths}")
        if entry and entry.weaknesses:
            _indented(doc, f"Weaknesses: {entry.weaknesses}")
        if section.ref in outcome.failing_sections:
            _indented(doc, f"To pass you must reach at least {section.min} marks in this section.")
    minimums = any(section.min is not None for section in rubric.sections)
    needed = f"{rubric.pass_mark} and every section's minimum are" if minimums else f"{rubric.pass_mark} is"
    doc.add_paragraph(f"Total: {outcome.total} of {outcome.available}; {needed} needed to pass."
                      ).paragraph_format.space_before = Pt(12)


def _anonymisation(doc: DocumentObject, details: Sequence[IdentifyingDetail]) -> None:
    """Last in the report: the people, addresses and numbers to replace before the work is filed."""
    if not details:
        doc.add_paragraph(NOTHING_TO_ANONYMISE)
        return
    _heading(doc, ANONYMISE_HEADING, size=12, before=16)
    doc.add_paragraph("The people you mentored or coached, and anyone else in your work, must not be identifiable: "
                      "replace each of these with a pseudonym such as 'Mentee A' or 'Client 2', or remove it.")
    for detail in details:
        item = doc.add_paragraph(style="List Bullet")
        item.add_run(detail.text).bold = True
        item.add_run(f" ({detail.why}), {detail.location}")
