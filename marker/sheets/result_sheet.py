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

from marker.rubric import LearningOutcome, Rubric
from marker.session import Decision, Role, Session
from marker.sheets import docx_parts as parts
from marker.sheets.common import SheetContext, header_box, heading

INDICATORS_NOTE = ("(Typical standards that, if replicated across the whole submission, "
                   "would produce a referral or borderline pass)")
COLUMNS_CM = [4.2, 6.4, 6.4, 7.6, 2.6]


def build_result_sheet(session: Session, rubric: Rubric, context: SheetContext) -> DocumentObject:
    doc = parts.new_document(landscape=True)
    heading(doc, rubric, context)
    header_box(doc, session, registration_label="Learner Registration No.", name_label="Learner Name")
    _instructions(doc, rubric)
    for i, lo in enumerate(rubric.outcomes):
        last = i == len(rubric.outcomes) - 1
        _outcome_table(doc, session, rubric, lo, last=last)
        if not last:
            parts.spacer(doc)
    _signature_boxes(doc, session, context)
    context.finish(doc, session, rubric)
    return doc


def _instructions(doc: DocumentObject, rubric: Rubric) -> None:
    table = parts.grid(doc, 1, [sum(COLUMNS_CM)])
    cell = table.cell(0, 0)
    parts.write(cell, "INSTRUCTIONS FOR ASSESSMENT AND USE OF RESULT SHEET", bold=True)
    for paragraph in rubric.sheet.instructions:
        parts.add_line(cell, paragraph)
    parts.spacer(doc)


def _outcome_table(doc: DocumentObject, session: Session, rubric: Rubric, lo: LearningOutcome, *,
                   last: bool) -> None:
    """One learning outcome's table. Its page breaks: the column headings repeat on every page;
    the headings and the outcome's heading row stay with its first criterion; the last criterion
    stays with the comment rows, and (``last``) those with the signature boxes below."""
    rows = 3 + len(lo.criteria) + 2
    table = parts.grid(doc, rows, COLUMNS_CM)
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
        cells = table.rows[3 + i].cells
        entry = session.criteria.get(criterion.ref)
        parts.write(cells[0], f"AC {criterion.ref}", bold=True)
        parts.add_line(cells[0], criterion.text)
        parts.bullets(cells[1], criterion.referral_indicators)
        parts.bullets(cells[2], criterion.pass_indicators)
        parts.write(cells[3], entry.feedback if entry else "")
        if entry and entry.evidence:
            parts.add_line(cells[3], "Evidence: " + "; ".join(entry.evidence), italic=True, size=8.5)
        if entry and entry.carried:
            parts.add_line(cells[3], "Passed at an earlier attempt; carried forward.", italic=True, size=8.5)
        parts.write(cells[4], _decision_word(entry.decision if entry else Decision.UNMARKED), bold=True)
    comment_row = 3 + len(lo.criteria)
    for offset, (label, text) in enumerate((
        (f"Learning Outcome {lo.ref} comments (optional):", session.lo_comments.get(lo.ref, "")),
        ("QA comments (optional):", session.qa.lo_comments.get(lo.ref, "")),
    )):
        cells = table.rows[comment_row + offset].cells
        parts.write(cells[0], label, bold=True)
        parts.shade(cells[0], parts.LABEL_FILL)
        parts.write(cells[1].merge(cells[-1]), text)
    parts.repeat_as_header(table, 2)
    rows = table.rows
    parts.keep_rows_whole(table, [*rows[:3], *rows[comment_row:]])
    short = parts.keep_short_rows_whole(table, rows[3:comment_row])
    parts.keep_with_next(*rows[:3], rows[comment_row])
    if rows[comment_row - 1] in short:  # a short last criterion with its comments (a tall one may split)
        parts.keep_with_next(rows[comment_row - 1])
    if last:  # the comments with the signature boxes, which follow this table directly
        parts.keep_with_next(rows[-1])


def _decision_word(decision: Decision) -> str:
    return {Decision.PASS: "Pass", Decision.REFERRAL: "Referral"}.get(decision, "")


def _signature_boxes(doc: DocumentObject, session: Session, context: SheetContext) -> None:
    table = parts.grid(doc, 2, [4.6, 3.4, 3.2, 3.4, 3.6, 9.0])
    assessor, iqa = session.signature(Role.ASSESSOR), session.signature(Role.IQA)
    rows = (
        ("Unit Outcome (delete as applicable):", context.outcome if assessor else "", "Date:",
         assessor.date if assessor else "", "Signature of Assessor:", context.signed_line(assessor)),
        ("Unit Outcome (delete as applicable):", session.qa.outcome if iqa else "", "Date of QA check:",
         iqa.date if iqa else "", "Signature of QA:", context.signed_line(iqa)),
    )
    for row, values in zip(table.rows, rows):
        for i, (cell, value) in enumerate(zip(row.cells, values)):
            parts.write(cell, value, bold=i % 2 == 0 or i == 1)
            if i % 2 == 0:
                parts.shade(cell, parts.LABEL_FILL)
    parts.keep_rows_whole(table)
    parts.keep_with_next(table.rows[0])  # the assessor's and QA's boxes on one page
