"""The result sheet of a pass/referral unit, laid out as the handbook's (Appendix "Unit N Result Sheet").

Centre and learner header; the instructions; per learning outcome a table AC | Referral |
Pass | Assessor feedback on AC | Pass / Referral, with the outcome's heading row, a row
per criterion with its indicator bullets and only the decision given, then the
"Learning Outcome N comments" and "QA comments" rows; and the unit outcome, date and
signature boxes for the assessor and for QA. Landscape: five columns of indicator text
need the width.
"""

from __future__ import annotations

from docx.document import Document as DocumentObject
from docx.table import Table

from marker.rubric import LearningOutcome, Rubric
from marker.session import Decision, Role, Session
from marker.sheets import docx_parts as parts
from marker.sheets.common import SheetContext, fill_header_box, header_box, heading
from marker.sheets.prepared import prepared_copy

INDICATORS_NOTE = ("(Typical standards that, if replicated across the whole submission, "
                   "would produce a referral or borderline pass)")
COLUMNS_CM = [4.2, 6.4, 6.4, 7.6, 2.6]
FIRST_CRITERION_ROW = 3
"""Below the two rows of column headings and the learning outcome's heading row."""


def build_result_sheet(session: Session, rubric: Rubric, context: SheetContext) -> DocumentObject:
    """The unit's prepared sheet with the session's values, decisions and signatures filled in."""
    doc = prepared_copy(rubric, unit_result_sheet)
    header, _instructions_table, *outcome_tables, signatures = doc.tables
    fill_header_box(header, session)
    for i, (lo, table) in enumerate(zip(rubric.outcomes, outcome_tables)):
        _fill_outcome_table(table, session, lo, last=i == len(rubric.outcomes) - 1)
    _fill_signature_boxes(signatures, session, context)
    context.finish(doc, session, rubric)
    return doc


def unit_result_sheet(rubric: Rubric) -> DocumentObject:
    """What every result sheet of the unit shares, with every session's cell left empty."""
    doc = parts.new_document(landscape=True)
    heading(doc, rubric)
    header_box(doc, registration_label="Learner Registration No.", name_label="Learner Name")
    _instructions(doc, rubric)
    for i, lo in enumerate(rubric.outcomes):
        _outcome_table(doc, rubric, lo)
        if i < len(rubric.outcomes) - 1:
            parts.spacer(doc)
    _signature_labels(doc)
    return doc


def _instructions(doc: DocumentObject, rubric: Rubric) -> None:
    table = parts.grid(doc, 1, [sum(COLUMNS_CM)])
    cell = table.cell(0, 0)
    parts.write(cell, "INSTRUCTIONS FOR ASSESSMENT AND USE OF RESULT SHEET", bold=True)
    for paragraph in rubric.sheet.instructions:
        parts.add_line(cell, paragraph)
    parts.spacer(doc)


def _outcome_table(doc: DocumentObject, rubric: Rubric, lo: LearningOutcome) -> None:
    """One learning outcome's table: headings, criteria, indicators and comment labels.
    The column headings repeat on every page; they and the outcome's heading row stay with the first
    criterion, and the comment rows are never split (the rest depends on the session: see the fill)."""
    comment_row = FIRST_CRITERION_ROW + len(lo.criteria)
    table = parts.grid(doc, comment_row + 2, COLUMNS_CM)
    # Two header rows, as the handbook: the indicators heading spans Referral and Pass.
    top, sub = table.rows[0].cells, table.rows[1].cells
    parts.write(top[0], "Assessment Criteria (AC)", bold=True)
    indicators = top[1].merge(top[2])
    parts.write(indicators, f"{rubric.sheet.descriptors}\n{INDICATORS_NOTE}", bold=True)
    parts.write(top[3], "Assessor feedback on AC", bold=True)
    parts.write(top[4], "Pass / Referral (delete as applicable)", bold=True)
    parts.write(sub[1], "Referral", bold=True)
    parts.write(sub[2], "Pass", bold=True)
    for column in (0, 3, 4):
        table.cell(0, column).merge(table.cell(1, column))
    for cell in (*top, *sub):
        parts.shade(cell)
    lo_row = table.rows[2].cells
    heading_cell = lo_row[0].merge(lo_row[-1])
    parts.write(heading_cell, f"Learning Outcome {lo.ref} {lo.heading}", bold=True)
    parts.shade(heading_cell, parts.LABEL_FILL)
    for i, criterion in enumerate(lo.criteria):
        cells = parts.row_cells(table, FIRST_CRITERION_ROW + i)
        parts.write(cells[0], f"AC {criterion.ref}", bold=True)
        parts.add_line(cells[0], criterion.text)
        parts.bullets(cells[1], criterion.referral_indicators)
        parts.bullets(cells[2], criterion.pass_indicators)
    for offset, label in enumerate((f"Learning Outcome {lo.ref} comments (optional):", "QA comments (optional):")):
        cells = table.rows[comment_row + offset].cells
        parts.write(cells[0], label, bold=True)
        parts.shade(cells[0], parts.LABEL_FILL)
        cells[1].merge(cells[-1])
    parts.repeat_as_header(table, 2)
    rows = table.rows
    parts.keep_rows_whole(table, [*rows[:FIRST_CRITERION_ROW], *rows[comment_row:]])
    parts.keep_with_next(*rows[:FIRST_CRITERION_ROW])


def _fill_outcome_table(table: Table, session: Session, lo: LearningOutcome, *, last: bool) -> None:
    """The session's feedback, decisions and comments. Short criterion rows are kept whole (a tall one
    may split); the first comment row stays with the QA row, and (``last``) the QA row with the
    signature boxes, which follow this table directly."""
    comment_row = FIRST_CRITERION_ROW + len(lo.criteria)
    for i, criterion in enumerate(lo.criteria):
        cells = parts.row_cells(table, FIRST_CRITERION_ROW + i)
        entry = session.criteria.get(criterion.ref)
        parts.write(cells[3], entry.feedback if entry else "")
        if entry and entry.evidence:
            parts.add_line(cells[3], "Evidence: " + "; ".join(entry.evidence), italic=True, size=8.5)
        if entry and entry.carried:
            parts.add_line(cells[3], "Passed at an earlier attempt; carried forward.", italic=True, size=8.5)
        parts.write(cells[4], _decision_word(entry.decision if entry else Decision.UNMARKED), bold=True)
    for offset, text in enumerate((session.lo_comments.get(lo.ref, ""), session.qa.lo_comments.get(lo.ref, ""))):
        parts.write(parts.row_cells(table, comment_row + offset)[1], text)
    rows = table.rows
    parts.keep_short_rows_whole(table, rows[FIRST_CRITERION_ROW:comment_row])
    # The last criterion is not kept with the comment rows, short or not: the sheets written so far
    # were made so, and verify compares a sheet with the one its session makes, byte for byte.
    parts.keep_with_next(rows[comment_row])
    if last:
        parts.keep_with_next(rows[-1])


def _decision_word(decision: Decision) -> str:
    return {Decision.PASS: "Pass", Decision.REFERRAL: "Referral"}.get(decision, "")


SIGNATURE_LABELS = (("Unit Outcome (delete as applicable):", "Date:", "Signature of Assessor:"),
                    ("Unit Outcome (delete as applicable):", "Date of QA check:", "Signature of QA:"))


def _signature_labels(doc: DocumentObject) -> None:
    """The assessor's and QA's boxes, never split."""
    table = parts.grid(doc, 2, [4.6, 3.4, 3.2, 3.4, 3.6, 9.0])
    for row, labels in enumerate(SIGNATURE_LABELS):
        for cell, label in zip(parts.row_cells(table, row)[0::2], labels):
            parts.write(cell, label, bold=True)
            parts.shade(cell, parts.LABEL_FILL)
    parts.keep_rows_whole(table)


def _fill_signature_boxes(table: Table, session: Session, context: SheetContext) -> None:
    """The outcome in bold beside its label, then the date and the signature; both boxes on one page."""
    assessor, iqa = session.signature(Role.ASSESSOR), session.signature(Role.IQA)
    values = ((context.outcome if assessor else "", assessor.date if assessor else "", context.signed_line(assessor)),
              (session.qa.outcome if iqa else "", iqa.date if iqa else "", context.signed_line(iqa)))
    for row, (outcome, when, signed) in enumerate(values):
        cells = parts.row_cells(table, row)
        parts.write(cells[1], outcome, bold=True)
        parts.write(cells[3], when)
        parts.write(cells[5], signed)
    parts.keep_with_next(table.rows[0])
