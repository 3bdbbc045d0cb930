"""What every sheet shares: the title, the centre and learner box, the footer and properties."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from docx.document import Document as DocumentObject
from docx.shared import Pt, RGBColor

from marker.rubric import Rubric
from marker.session import Role, Session, Signature
from marker.sheets import docx_parts as parts
from marker.signing import outcome_word


@dataclass(frozen=True)
class SheetContext:
    """The facts of one writing of a sheet: when, signed or draft, and the outcome printed."""

    generated: datetime
    outcome: str
    """PASS, REFERRAL or FAIL: only the decision given, never "PASS / REFERRAL"."""
    digest: str
    """The assessor's signature digest, empty when unsigned."""
    draft: bool

    @classmethod
    def of(cls, session: Session, rubric: Rubric, generated: datetime, draft: bool | None = None) -> SheetContext:
        signature = session.signature(Role.ASSESSOR)
        return cls(generated=generated, outcome=outcome_word(session, rubric),
                   digest=signature.digest if signature else "",
                   draft=signature is None if draft is None else draft)

    def signed_line(self, signature: Signature | None) -> str:
        """The signature box: the signer's name, the key that signed, and that it was signed electronically."""
        if signature is None:
            return ""
        key = f"key {signature.fingerprint}, " if signature.fingerprint else ""
        return f"{signature.name}\n(signed electronically in marker, {key}record digest {signature.digest[:16]}…)"

    def finish(self, doc: DocumentObject, session: Session, rubric: Rubric) -> None:
        """Footer on every page and the properties ``marker verify`` reads."""
        state = ("DRAFT, not quality assured" if self.digest else "DRAFT, not signed") if self.draft else "signed"
        digest = self.digest or "none"
        parts.footer(doc, f"{rubric.unit} · {session.learner_name} · session {session.id} · {state} · "
                          f"record digest {digest} · generated {self.generated:%Y-%m-%d %H:%M}")
        parts.set_properties(doc, title=f"{rubric.sheet_title}: {session.learner_name}", session_id=session.id,
                             digest=self.digest, status="DRAFT" if self.draft else "signed",
                             generated=self.generated)


def heading(doc: DocumentObject, rubric: Rubric, context: SheetContext, subtitle: str | None = None) -> None:
    """The sheet's title, the unit title under it, and a DRAFT banner when unsigned."""
    title = doc.add_paragraph()
    run = title.add_run(rubric.sheet_title)
    run.bold, run.font.size = True, Pt(14)
    sub = doc.add_paragraph()
    sub_run = sub.add_run(subtitle if subtitle is not None else f"{rubric.title} ({rubric.qualification})")
    sub_run.bold, sub_run.font.size = True, Pt(11)
    if context.draft:
        banner = doc.add_paragraph()
        why = "not yet quality assured" if context.digest else "not signed by the assessor"
        flag = banner.add_run(f"DRAFT: {why}; not for submission to ILM")
        flag.bold, flag.font.size = True, Pt(12)
        flag.font.color.rgb = RGBColor(0xC0, 0x00, 0x00)


def header_box(doc: DocumentObject, session: Session, *, registration_label: str, name_label: str) -> None:
    """Centre Number | Centre Name, then Learner Registration No. | Learner Name."""
    table = parts.grid(doc, 2, [4.2, 8.5, 4.2, 10.2])
    values = (("Centre Number", session.centre_number, "Centre Name", session.centre_name),
              (registration_label, session.learner_reg, name_label, session.learner_name))
    for row, cells in zip(table.rows, values):
        for i, (cell, text) in enumerate(zip(row.cells, cells)):
            parts.write(cell, text, bold=i % 2 == 0)
            if i % 2 == 0:
                parts.shade(cell, parts.LABEL_FILL)
    parts.spacer(doc)
