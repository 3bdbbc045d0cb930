"""The submissions the reading benches time: a 300-page PDF portfolio and a 3,000-word DOCX.

Built the same way for every bench, so their figures compare (run as scripts, with the
repository and tests/ on the import path).
"""

from __future__ import annotations

from pathlib import Path

from corpus.pdfwriter import Layout

PARAGRAPH = ("In our third session the mentee and I reviewed her goals for the month. She had "
             "completed the induction checklist and wanted to practise giving feedback to a peer. ")


def long_portfolio_pdf(folder: Path) -> Path:
    """A unit 302 portfolio of 480 session entries: over 300 pages."""
    layout = Layout(footer="Learner R123 — Unit 302 portfolio")
    for page in range(480):
        layout.heading(2, f"Session {page + 1}")
        for _ in range(6):
            layout.paragraph(PARAGRAPH * 2)
    path = folder / "portfolio.pdf"
    layout.save(path)
    return path


def assignment_docx(folder: Path) -> Path:
    """A 3,000-word assignment under task headings."""
    import docx

    document = docx.Document()
    words = 0
    while words < 3000:
        document.add_heading(f"Task {words // 500 + 1}.1", level=2)
        document.add_paragraph(PARAGRAPH * 3)
        words += len((PARAGRAPH * 3).split()) + 2
    path = folder / "assignment.docx"
    document.save(str(path))
    return path
