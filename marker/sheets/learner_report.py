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
    """The report; ``identifying``, when the submission was checked, adds what to anonymise (or that nothing was found)."""
    doc = parts.new_document(landscape=False)
    title = doc.add_paragraph().add_run(f"Feedback on your submission: unit {rubric.unit} {rubric.title}")
    title.bold, title.font.size = True, Pt(14)
    assessor = session.signature(Role.ASSESSOR)
    facts = [f"Learner: {session.learner_name} ({session.learner_reg})", f"Attempt: {session.attempt}",
             f"Assessor: {assessor.name if assessor else session.assessor}",
             f"Date: {assessor.date if assessor else 'not yet signed'}"]
    doc.add_paragraph("  ·  ".join(facts))
    if context.draft:
        doc.add_paragraph().add_run("DRAFT: the assessor has not signed these decisions yet.").bold = True
    outcome = unit_outcome(session, rubric)
    result = doc.add_paragraph()
    result.add_run("Unit outcome: ").bold = True
    result.add_run(_outcome_sentence(outcome.result))
    doc.add_paragraph().add_run(PROVISIONAL).italic = True
    if rubric.scheme is Scheme.PASS_REFERRAL:
        _criteria(doc, session, rubric)
    else:
        _sections(doc, session, rubric, outcome)
    if identifying is not None:
        _anonymisation(doc, identifying)
    context.finish(doc, session, rubric)
    doc.core_properties.category = "marker learner feedback report"
    return doc


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
        doc.add_paragraph().add_run(f"Learning outcome {lo.ref}: {lo.heading}").bold = True
        for criterion in lo.criteria:
            entry = session.criteria.get(criterion.ref)
            decision = entry.decision if entry else Decision.UNMARKED
            line = doc.add_paragraph()
            line.add_run(f"AC {criterion.ref} {criterion.text}: ").bold = True
            line.add_run({Decision.PASS: "Pass", Decision.REFERRAL: "Referral"}.get(decision, "not yet marked"))
            if entry and entry.feedback:
                doc.add_paragraph(entry.feedback).paragraph_format.left_indent = Cm(0.6)
            if decision is Decision.REFERRAL:
                referred.append((criterion, entry))
        if comment := session.lo_comments.get(lo.ref, ""):
            doc.add_paragraph(f"Comment on learning outcome {lo.ref}: {comment}")
    if referred:
        doc.add_paragraph().add_run("What to resubmit").bold = True
        doc.add_paragraph("Resubmit evidence for these criteria only; the criteria you passed are carried forward.")
        for criterion, entry in referred:
            item = doc.add_paragraph(style="List Bullet")
            item.add_run(f"AC {criterion.ref} {criterion.text}. ").bold = True
            item.add_run("Your evidence must show: " + " ".join(criterion.pass_indicators))
            if entry and entry.feedback:
                item.add_run(f" Your assessor's feedback: {entry.feedback}")


def _sections(doc: DocumentObject, session: Session, rubric: Rubric, outcome) -> None:
    for section in rubric.sections:
        entry = session.sections.get(section.ref)
        mark = "no mark yet" if entry is None or entry.mark is None else f"{entry.mark} of {section.max}"
        minimum = f", minimum {section.min}" if section.min is not None else ""
        doc.add_paragraph().add_run(f"Section {section.ref} {section.title}: {mark}{minimum}").bold = True
        if entry and entry.strengths:
            doc.add_paragraph(f"Strengths: {entry.strengths}")
        if entry and entry.weaknesses:
            doc.add_paragraph(f"Weaknesses: {entry.weaknesses}")
        if section.ref in outcome.failing_sections:
            doc.add_paragraph(f"To pass you must reach at least {section.min} marks in this section.")
    doc.add_paragraph(f"Total: {outcome.total} of {outcome.available}; {rubric.pass_mark} and every section's "
                      "minimum are needed to pass.")


def _anonymisation(doc: DocumentObject, details: Sequence[IdentifyingDetail]) -> None:
    """Last in the report: the people, addresses and numbers to replace before the work is filed."""
    if not details:
        doc.add_paragraph(NOTHING_TO_ANONYMISE)
        return
    doc.add_paragraph().add_run(ANONYMISE_HEADING).bold = True
    doc.add_paragraph("The people you mentored or coached, and anyone else in your work, must not be identifiable: "
                      "replace each of these with a pseudonym such as 'Mentee A' or 'Client 2', or remove it.")
    for detail in details:
        item = doc.add_paragraph(style="List Bullet")
        item.add_run(detail.text).bold = True
        item.add_run(f" ({detail.why}), {detail.location}")
