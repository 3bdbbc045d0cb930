"""Write a corpus case's files: DOCX through python-docx, PDF through ``pdfwriter``, text.

    build(case, folder) -> [Path, ...]

DOCX headings use Word's Heading N styles (level 0 is Title), bullets List Bullet, tables
Table Grid. For the "numbered-unstyled" kind any heading block is written as a Normal
paragraph, so the only structure left is the numbers the learner typed. PDFs keep every
label phrase on one line, so a phrase is never split across lines or pages.
"""

from __future__ import annotations

from pathlib import Path

from .case import Block, Case, SourceFile
from .pdfwriter import Layout


def build(case: Case, folder: Path | str) -> list[Path]:
    """Write every file of ``case`` into ``folder`` (created if needed); return their paths."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for source in case.files:
        path = folder / source.name
        suffix = path.suffix.lower()
        if suffix == ".docx":
            write_docx(source, path, styled=case.kind != "numbered-unstyled")
        elif suffix == ".pdf":
            write_pdf(source, path, keep_together=tuple(v for v in case.labels.values() if v), footer=_footer(case))
        elif suffix in (".txt", ".md"):
            write_text(source, path, markdown=suffix == ".md")
        else:
            raise ValueError(f"{case.name}: no writer for {source.name}")
        written.append(path)
    return written


def write_docx(source: SourceFile, path: Path, styled: bool = True) -> None:
    import docx  # python-docx: imported here so the corpus data loads without it

    document = docx.Document()
    document.core_properties.author = ""
    document.core_properties.title = ""
    for block in source.blocks:
        kind = block[0]
        if kind == "heading":
            _, level, text = block
            if styled:
                document.add_heading(text, level=min(level, 9))
            else:
                document.add_paragraph(text)
        elif kind == "paragraph":
            document.add_paragraph(block[1])
        elif kind == "bullet":
            document.add_paragraph(block[1], style="List Bullet" if styled else None)
        elif kind == "table":
            _docx_table(document, block[1])
        else:
            raise ValueError(f"unknown block {block!r}")
    document.save(str(path))


def _docx_table(document, rows: list[list[str]]) -> None:
    columns = max(len(r) for r in rows)
    table = document.add_table(rows=len(rows), cols=columns)
    table.style = "Table Grid"
    header = len(rows) > 1 and columns > 2
    for r, row in enumerate(rows):
        for c in range(columns):
            cell = table.cell(r, c)
            cell.text = row[c] if c < len(row) else ""
            if header and r == 0:
                for run in cell.paragraphs[0].runs:
                    run.bold = True
    document.add_paragraph()  # Word users leave a blank line after a table


def write_pdf(source: SourceFile, path: Path, keep_together: tuple[str, ...] = (), footer: str = "") -> None:
    layout = Layout(footer=footer, keep_together=keep_together)
    for block in source.blocks:
        kind = block[0]
        if kind == "heading":
            layout.heading(block[1], block[2])
        elif kind == "paragraph":
            layout.paragraph(block[1])
        elif kind == "bullet":
            layout.bullet(block[1])
        elif kind == "table":
            layout.table(block[1])
        else:
            raise ValueError(f"unknown block {block!r}")
    layout.save(path)


def write_text(source: SourceFile, path: Path, markdown: bool = False) -> None:
    parts = [_text_block(b, markdown) for b in source.blocks]
    path.write_text("\n\n".join(parts) + "\n", encoding="utf-8")


def _text_block(block: Block, markdown: bool) -> str:
    kind = block[0]
    if kind == "heading":
        return ("#" * max(block[1], 1) + " " if markdown else "") + block[2]
    if kind == "bullet":
        return "- " + block[1]
    if kind == "table":
        rows = block[1]
        lines = ["| " + " | ".join(r) + " |" for r in rows]
        if markdown and rows:
            lines.insert(1, "|" + "---|" * len(rows[0]))
        return "\n".join(lines)
    return block[1]


def _footer(case: Case) -> str:
    return f"Unit {case.unit}"
