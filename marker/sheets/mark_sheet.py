"""The mark sheet of a marked unit, laid out as the legacy handbook's (D2.01, D2.02).

Criteria (section title and bullets) | Strengths | Weaknesses | Assr mark | QA mark;
then "Assessor's Decision" and "Quality Assurance Use" with totals and outcomes,
"Section fail if applicable", names, signatures and dates.
"""

from __future__ import annotations

from docx.document import Document as DocumentObject
from docx.table import Table

from marker.outcome import unit_outcome
from marker.rubric import Rubric
from marker.session import Role, Session
from marker.sheets import docx_parts as parts
from marker.sheets.common import SheetContext, fill_header_box, header_box, heading
from marker.sheets.prepared import prepared_copy

COLUMNS_CM = [9.5, 6.5, 6.5, 2.6, 2.0]


def build_mark_sheet(session: Session, rubric: Rubric, context: SheetContext) -> DocumentObject:
    """The unit's prepared sheet with the session's marks and comments, then the decision table."""
    doc = prepared_copy(rubric, unit_mark_sheet)
    header, sections, decision = doc.tables
    fill_header_box(header, session)
    _fill_sections_table(sections, session, rubric)
    _fill_decision_table(decision, session, rubric, context)
    context.finish(doc, session, rubric)
    return doc


def unit_mark_sheet(rubric: Rubric) -> DocumentObject:
    """What every mark sheet of the unit shares: the headings, each section's criteria, the decision's labels."""
    doc = parts.new_document(landscape=True)
    heading(doc, rubric, subtitle=f"{rubric.unit} {rubric.title} ({rubric.qualification})")
    header_box(doc, registration_label="Candidate Registration No",
               name_label="Candidate Named below confirms authenticity of submission\nNAME:")
    table = parts.grid(doc, 1 + len(rubric.sections), COLUMNS_CM)
    for cell, label in zip(table.rows[0].cells, ("Criteria", "Strengths", "Weaknesses", "Assr mark", "QA mark")):
        parts.write(cell, label, bold=True)
        parts.shade(cell)
    for row, section in enumerate(rubric.sections, 1):
        cell = parts.row_cells(table, row)[0]
        parts.write(cell, section.title, bold=True)
        for bullet in section.criteria:
            parts.add_line(cell, f"\u00b7 {bullet}")
    parts.repeat_as_header(table, 1)
    parts.keep_rows_whole(table, table.rows[:1])
    parts.keep_with_next(table.rows[0])  # the headings stay with the first section
    _decision_labels(doc)  # directly below the sections
    return doc


def _fill_sections_table(table: Table, session: Session, rubric: Rubric) -> None:
    """Each section's strengths, weaknesses and marks; short rows kept whole (a tall one may split).
    The last section is not kept with the decision table: the sheets written so far were made so,
    and verify compares a sheet with the one its session makes, byte for byte."""
    for row, section in enumerate(rubric.sections, 1):
        cells = parts.row_cells(table, row)
        entry = session.sections.get(section.ref)
        parts.write(cells[1], entry.strengths if entry else "")
        parts.write(cells[2], entry.weaknesses if entry else "")
        mark = "" if entry is None or entry.mark is None else str(entry.mark)
        minimum = f" (min {section.min})" if section.min is not None else ""
        parts.write(cells[3], f"{mark} /{section.max}\nmarks{minimum}", bold=bool(mark))
        if entry and entry.question_marks:
            detail = ", ".join(f"Q{q}: {m}" for q, m in entry.question_marks.items())
            parts.add_line(cells[3], detail, italic=True, size=8)
        qa_mark = session.qa.section_marks.get(section.ref)
        parts.write(cells[4], f"{'' if qa_mark is None else qa_mark} /{section.max}")
    parts.keep_short_rows_whole(table, table.rows[1:])


DECIDED_ROWS = (3, 4, 6)
"""The decision table's rows whose two halves are each one merged cell holding the session's text."""


def _decision_labels(doc: DocumentObject) -> None:
    """The decision table's headings and labels, its merged cells, rows never split. Its values are the
    session's: ``_fill_decision_table``."""
    outcome_label = "Outcome\n(circle as applicable)"
    table = parts.grid(doc, 7, [7.0, 6.5, 7.0, 6.6])
    labels = {0: ("Assessor\u2019s Decision", "", "Quality Assurance Use", ""),
              1: ("Total Marks", outcome_label, "Total Marks", outcome_label),
              5: ("Assessor Signature and date", "", "QA Signature and date", "")}
    for r, values in labels.items():
        cells = parts.row_cells(table, r)
        for cell, value in zip(cells, values):
            parts.write(cell, value, bold=True)
        if r != 1:
            cells[0].merge(cells[1])
            cells[2].merge(cells[3])
        for cell in cells:
            parts.shade(cell, parts.HEADING_FILL if r == 0 else parts.LABEL_FILL)
    for r in DECIDED_ROWS:
        cells = parts.row_cells(table, r)
        cells[0].merge(cells[1])
        cells[2].merge(cells[3])
    parts.keep_rows_whole(table)


def _fill_decision_table(table: Table, session: Session, rubric: Rubric, context: SheetContext) -> None:
    """Totals and outcomes, names, dates and signatures; all but the signatures kept with the row below,
    so they stay on one page."""
    outcome = unit_outcome(session, rubric)
    assessor, iqa = session.signature(Role.ASSESSOR), session.signature(Role.IQA)
    assessor_rule, qa_rule = pass_rules(rubric)
    qa_total = sum(session.qa.section_marks.values()) if session.qa.section_marks else None
    failing = ", ".join(_section_name(rubric, ref) for ref in outcome.failing_sections)
    section_fail = f"Section fail if applicable: {failing}" if has_minimums(rubric) else ""
    totals = (f"{assessor_rule}\n{outcome.total} / {outcome.available}", context.outcome,
              f"{qa_rule}\n{'' if qa_total is None else f'{qa_total} / {outcome.available}'}",
              session.qa.outcome if iqa else "")
    for i, (cell, value) in enumerate(zip(parts.row_cells(table, 2), totals)):
        parts.write(cell, value, bold=i in (1, 3))
    decided = {3: (section_fail, f"Date of QA check: {iqa.date if iqa else ''}"),
               4: (f"Name of Assessor: {assessor.name if assessor else session.assessor}",
                   f"Name of QA: {iqa.name if iqa else ''}"),
               6: (_signed(context, assessor), _signed(context, iqa))}
    for r, values in decided.items():
        for cell, value in zip(parts.row_cells(table, r), values):
            parts.write(cell, value)
            # The form's text was written into each half before the halves were merged; merging
            # brought the blank right half's own (empty) line in below it. Kept, so the sheet stays
            # the very document it has always been.
            blank = cell.add_paragraph().add_run("")
            blank.bold, blank.italic = False, False
    parts.keep_with_next(*table.rows[:-1])


def has_minimums(rubric: Rubric) -> bool:
    return any(section.min is not None for section in rubric.sections)


def pass_rules(rubric: Rubric) -> tuple[str, str]:
    """The rule printed under "Total Marks", as the form prints it for the assessor and for QA.

    The D2 forms: "Total 50 + overall, AND minimum in each section" (QA's: "Total 50+ overall,
    …"). A task with no section minimums (MD36) has no "AND minimum in each section" to meet.
    """
    also = ", AND minimum in each section" if has_minimums(rubric) else ""
    return f"Total {rubric.pass_mark} + overall{also}", f"Total {rubric.pass_mark}+ overall{also}"


def _signed(context: SheetContext, signature) -> str:
    if signature is None:
        return ""
    return f"{context.signed_line(signature)}\n{signature.date}"


def _section_name(rubric: Rubric, ref: str) -> str:
    section = next((s for s in rubric.sections if s.ref == ref), None)
    return section.heading if section else f"Section {ref}"
