"""The result and mark sheets built whole, cell by cell, for every session: how marker built them
before the prepared sheets (commit ce624ee), kept as the reference the prepared sheets must equal.

Runs are written through python-docx's own setters (``run.bold = ...``), as they were; the
layout helpers that did not change (grid, shading, page-break flags, footer) are marker's.
"""

from __future__ import annotations

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.shared import Cm, Pt

from marker.outcome import unit_outcome
from marker.rubric import Rubric, Scheme
from marker.session import Decision, Role, Session
from marker.sheets import docx_parts as parts
from marker.sheets.common import SheetContext
from marker.sheets.mark_sheet import _section_name, _signed, has_minimums, pass_rules
from marker.sheets.printable import printable_copy
from marker.sheets.result_sheet import INDICATORS_NOTE


def sheet_built_whole(session: Session, rubric: Rubric, draft: bool | None = None):
    session = printable_copy(session)
    context = SheetContext.of(session, rubric, None, draft)
    build = _mark_sheet if rubric.scheme is Scheme.MARKS else _result_sheet
    return build(session, rubric, context)


def _new_document():
    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = section.page_height, section.page_width
    for side in ("left_margin", "right_margin"):
        setattr(section, side, Cm(1.5))
    section.top_margin, section.bottom_margin = Cm(1.4), Cm(1.4)
    style = doc.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(9.5)
    style.paragraph_format.space_after = Pt(2)
    return doc


def _write(cell, text, *, bold=False, italic=False, size=None):
    lines = text.split("\n") if text else [""]
    first = cell.paragraphs[0]
    for extra in cell.paragraphs[1:]:
        extra._element.getparent().remove(extra._element)
    first.clear()
    for i, line in enumerate(lines):
        paragraph = first if i == 0 else cell.add_paragraph()
        run = paragraph.add_run(line)
        run.bold, run.italic = bold, italic
        if size:
            run.font.size = Pt(size)


def _add_line(cell, text, *, bold=False, italic=False, size=None):
    paragraph = cell.add_paragraph() if cell.paragraphs[-1].text else cell.paragraphs[-1]
    run = paragraph.add_run(text)
    run.bold, run.italic = bold, italic
    if size:
        run.font.size = Pt(size)


def _bullets(cell, items):
    _write(cell, "")
    for i, item in enumerate(items):
        paragraph = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        paragraph.add_run(f"\u00b7 {item}")
        paragraph.paragraph_format.left_indent = Cm(0.3)
        paragraph.paragraph_format.first_line_indent = Cm(-0.3)


def _heading(doc, rubric, subtitle=None):
    title = doc.add_paragraph()
    run = title.add_run(rubric.sheet_title)
    run.bold, run.font.size = True, Pt(14)
    sub = doc.add_paragraph()
    sub_run = sub.add_run(subtitle if subtitle is not None else f"{rubric.title} ({rubric.qualification})")
    sub_run.bold, sub_run.font.size = True, Pt(11)


def _header_box(doc, session, *, registration_label, name_label):
    table = parts.grid(doc, 2, [4.2, 8.5, 4.2, 10.2])
    values = (("Centre Number", session.centre_number, "Centre Name", session.centre_name),
              (registration_label, session.learner_reg, name_label, session.learner_name))
    for row, cells in zip(table.rows, values):
        for i, (cell, text) in enumerate(zip(row.cells, cells)):
            _write(cell, text, bold=i % 2 == 0)
            if i % 2 == 0:
                parts.shade(cell, parts.LABEL_FILL)
    parts.spacer(doc)


def _result_sheet(session, rubric, context):
    doc = _new_document()
    _heading(doc, rubric)
    _header_box(doc, session, registration_label="Learner Registration No.", name_label="Learner Name")
    table = parts.grid(doc, 1, [sum([4.2, 6.4, 6.4, 7.6, 2.6])])
    cell = table.cell(0, 0)
    _write(cell, "INSTRUCTIONS FOR ASSESSMENT AND USE OF RESULT SHEET", bold=True)
    for paragraph in rubric.sheet.instructions:
        _add_line(cell, paragraph)
    parts.spacer(doc)
    for i, lo in enumerate(rubric.outcomes):
        last = i == len(rubric.outcomes) - 1
        _outcome_table(doc, session, rubric, lo, last=last)
        if not last:
            parts.spacer(doc)
    _signature_boxes(doc, session, context)
    context.finish(doc, session, rubric)
    return doc


def _outcome_table(doc, session, rubric, lo, *, last):
    rows = 3 + len(lo.criteria) + 2
    table = parts.grid(doc, rows, [4.2, 6.4, 6.4, 7.6, 2.6])
    top, sub = table.rows[0].cells, table.rows[1].cells
    _write(top[0], "Assessment Criteria (AC)", bold=True)
    indicators = top[1].merge(top[2])
    _write(indicators, f"{rubric.sheet.descriptors}\n{INDICATORS_NOTE}", bold=True)
    _write(top[3], "Assessor feedback on AC", bold=True)
    _write(top[4], "Pass / Referral (delete as applicable)", bold=True)
    _write(sub[1], "Referral", bold=True)
    _write(sub[2], "Pass", bold=True)
    for column in (0, 3, 4):
        table.cell(0, column).merge(table.cell(1, column))
    for cell in (*top, *sub):
        parts.shade(cell)
    lo_row = table.rows[2].cells
    heading_cell = lo_row[0].merge(lo_row[-1])
    _write(heading_cell, f"Learning Outcome {lo.ref} {lo.heading}", bold=True)
    parts.shade(heading_cell, parts.LABEL_FILL)
    for i, criterion in enumerate(lo.criteria):
        cells = table.rows[3 + i].cells
        entry = session.criteria.get(criterion.ref)
        _write(cells[0], f"AC {criterion.ref}", bold=True)
        _add_line(cells[0], criterion.text)
        _bullets(cells[1], criterion.referral_indicators)
        _bullets(cells[2], criterion.pass_indicators)
        _write(cells[3], entry.feedback if entry else "")
        if entry and entry.evidence:
            _add_line(cells[3], "Evidence: " + "; ".join(entry.evidence), italic=True, size=8.5)
        if entry and entry.carried:
            _add_line(cells[3], "Passed at an earlier attempt; carried forward.", italic=True, size=8.5)
        decision = entry.decision if entry else Decision.UNMARKED
        _write(cells[4], {Decision.PASS: "Pass", Decision.REFERRAL: "Referral"}.get(decision, ""), bold=True)
    comment_row = 3 + len(lo.criteria)
    for offset, (label, text) in enumerate((
        (f"Learning Outcome {lo.ref} comments (optional):", session.lo_comments.get(lo.ref, "")),
        ("QA comments (optional):", session.qa.lo_comments.get(lo.ref, "")),
    )):
        cells = table.rows[comment_row + offset].cells
        _write(cells[0], label, bold=True)
        parts.shade(cells[0], parts.LABEL_FILL)
        _write(cells[1].merge(cells[-1]), text)
    parts.repeat_as_header(table, 2)
    rows = table.rows
    parts.keep_rows_whole(table, [*rows[:3], *rows[comment_row:]])
    short = parts.keep_short_rows_whole(table, rows[3:comment_row])
    parts.keep_with_next(*rows[:3], rows[comment_row])
    if rows[comment_row - 1] in short:  # never true: python-docx rows compare by identity
        parts.keep_with_next(rows[comment_row - 1])
    if last:
        parts.keep_with_next(rows[-1])


def _signature_boxes(doc, session, context):
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
            _write(cell, value, bold=i % 2 == 0 or i == 1)
            if i % 2 == 0:
                parts.shade(cell, parts.LABEL_FILL)
    parts.keep_rows_whole(table)
    parts.keep_with_next(table.rows[0])


def _mark_sheet(session, rubric, context):
    doc = _new_document()
    _heading(doc, rubric, subtitle=f"{rubric.unit} {rubric.title} ({rubric.qualification})")
    _header_box(doc, session, registration_label="Candidate Registration No",
                name_label="Candidate Named below confirms authenticity of submission\nNAME:")
    _sections_table(doc, session, rubric)
    _decision_table(doc, session, rubric, context)
    context.finish(doc, session, rubric)
    return doc


def _sections_table(doc, session, rubric):
    table = parts.grid(doc, 1 + len(rubric.sections), [9.5, 6.5, 6.5, 2.6, 2.0])
    for cell, label in zip(table.rows[0].cells, ("Criteria", "Strengths", "Weaknesses", "Assr mark", "QA mark")):
        _write(cell, label, bold=True)
        parts.shade(cell)
    for row, section in zip(table.rows[1:], rubric.sections):
        cells = row.cells
        entry = session.sections.get(section.ref)
        _write(cells[0], section.title, bold=True)
        for bullet in section.criteria:
            _add_line(cells[0], f"\u00b7 {bullet}")
        _write(cells[1], entry.strengths if entry else "")
        _write(cells[2], entry.weaknesses if entry else "")
        mark = "" if entry is None or entry.mark is None else str(entry.mark)
        minimum = f" (min {section.min})" if section.min is not None else ""
        _write(cells[3], f"{mark} /{section.max}\nmarks{minimum}", bold=bool(mark))
        if entry and entry.question_marks:
            detail = ", ".join(f"Q{q}: {m}" for q, m in entry.question_marks.items())
            _add_line(cells[3], detail, italic=True, size=8)
        qa_mark = session.qa.section_marks.get(section.ref)
        _write(cells[4], f"{'' if qa_mark is None else qa_mark} /{section.max}")
    parts.repeat_as_header(table, 1)
    parts.keep_rows_whole(table, table.rows[:1])
    short = parts.keep_short_rows_whole(table, table.rows[1:])
    parts.keep_with_next(table.rows[0], *[row for row in table.rows[-1:] if row in short])  # never: as above


def _decision_table(doc, session, rubric, context):
    outcome = unit_outcome(session, rubric)
    assessor, iqa = session.signature(Role.ASSESSOR), session.signature(Role.IQA)
    assessor_rule, qa_rule = pass_rules(rubric)
    qa_total = sum(session.qa.section_marks.values()) if session.qa.section_marks else None
    failing = ", ".join(_section_name(rubric, ref) for ref in outcome.failing_sections)
    section_fail = f"Section fail if applicable: {failing}" if has_minimums(rubric) else ""
    outcome_label = "Outcome\n(circle as applicable)"
    table = parts.grid(doc, 7, [7.0, 6.5, 7.0, 6.6])
    rows = (
        ("Assessor\u2019s Decision", "", "Quality Assurance Use", ""),
        ("Total Marks", outcome_label, "Total Marks", outcome_label),
        (f"{assessor_rule}\n{outcome.total} / {outcome.available}", context.outcome,
         f"{qa_rule}\n{'' if qa_total is None else f'{qa_total} / {outcome.available}'}", session.qa.outcome if iqa else ""),
        (section_fail, "", f"Date of QA check: {iqa.date if iqa else ''}", ""),
        (f"Name of Assessor: {assessor.name if assessor else session.assessor}", "",
         f"Name of QA: {iqa.name if iqa else ''}", ""),
        ("Assessor Signature and date", "", "QA Signature and date", ""),
        (_signed(context, assessor), "", _signed(context, iqa), ""),
    )
    for r, (row, values) in enumerate(zip(table.rows, rows)):
        cells = row.cells
        for i, value in enumerate(values):
            _write(cells[i], value, bold=r in (0, 1, 5) or (r == 2 and i in (1, 3)))
        if r in (0, 3, 4, 5, 6):
            cells[0].merge(cells[1])
            cells[2].merge(cells[3])
        if r in (0, 1, 5):
            for cell in cells:
                parts.shade(cell, parts.HEADING_FILL if r == 0 else parts.LABEL_FILL)
    parts.keep_rows_whole(table)
    parts.keep_with_next(*table.rows[:-1])
