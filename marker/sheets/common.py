"""What every sheet shares: the title, the centre and learner box, the footer and properties."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone

from docx.document import Document as DocumentObject
from docx.shared import Pt
from docx.table import Table

from marker.rubric import Rubric, Scheme
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
    def of(cls, session: Session, rubric: Rubric, generated: datetime | None = None,
           draft: bool | None = None) -> SheetContext:
        """``generated`` None: the record's own time, so the same record always makes the same sheet."""
        signature = session.signature(Role.ASSESSOR)
        return cls(generated=generated or record_time(session), outcome=outcome_word(session, rubric),
                   digest=signature.digest if signature else "",
                   draft=signature is None if draft is None else draft)

    @property
    def draft_line(self) -> str:
        why = "not yet quality assured" if self.digest else "not signed by the assessor"
        return f"DRAFT: {why}; not for submission to ILM"

    def signed_line(self, signature: Signature | None) -> str:
        """The signature box: the signer's name, the key that signed, and that it was signed electronically."""
        if signature is None:
            return ""
        key = f"key {signature.fingerprint}, " if signature.fingerprint else ""
        return f"{signature.name}\n(signed electronically in marker, {key}record digest {signature.digest[:16]}…)"

    def finish(self, doc: DocumentObject, session: Session, rubric: Rubric, *, report: bool = False) -> None:
        """DRAFT at the top of every page of a draft, the footer on every page, and the properties.

        The properties name the document and marker, and hold what ``marker verify`` reads back.
        """
        state = ("DRAFT, not quality assured" if self.digest else "DRAFT, not signed") if self.draft else "signed"
        digest = self.digest or "none"
        if self.draft:
            parts.draft_header(doc, self.draft_line)
        parts.footer(doc, f"{rubric.unit} · {session.learner_name} · session {session.id} · {state} · "
                          f"record digest {digest} · record of {self.generated:%Y-%m-%d %H:%M} UTC")
        kind = "Feedback report" if report else rubric.sheet_title
        what = "learner's feedback report" if report else (
            "mark sheet" if rubric.scheme is Scheme.MARKS else "result sheet")
        parts.set_properties(
            doc, title=f"{kind}: {session.learner_name}", subject=f"{rubric.unit} {rubric.title}",
            comments=(f"The {what} for {session.learner_name} ({session.learner_reg}), unit {rubric.unit}, "
                      f"attempt {session.attempt}, written by marker from session {session.id}"
                      + ("; DRAFT" if self.draft else f"; record digest {digest}")),
            category=parts.REPORT_CATEGORY if report else parts.PROPERTY_CATEGORY, session_id=session.id,
            digest=self.digest, status="DRAFT" if self.draft else "signed", generated=self.generated)


def record_time(session: Session) -> datetime:
    """When the record a sheet shows was settled: its latest signature, or its last change if unsigned.

    The sheet's date comes from the record, not the clock, so writing it again gives the same file
    and ``marker verify`` can compare a sheet with the one the record makes, part for part.
    """
    stamps = [s.signed_at for s in session.signatures if s.signed_at] or [session.updated or session.created]
    times = []
    for stamp in stamps:
        try:
            when = datetime.fromisoformat(stamp)
        except (TypeError, ValueError):
            continue  # a hand-edited time: the others still give the same sheet every time
        times.append(when if when.tzinfo else when.replace(tzinfo=timezone.utc))
    if not times:
        return datetime(1980, 1, 1)
    return max(times).astimezone(timezone.utc).replace(tzinfo=None, second=0, microsecond=0)


def heading(doc: DocumentObject, rubric: Rubric, subtitle: str | None = None) -> None:
    """The sheet's title and the unit title under it (a draft says so in the page header)."""
    title = doc.add_paragraph()
    run = title.add_run(rubric.sheet_title)
    run.bold, run.font.size = True, Pt(14)
    sub = doc.add_paragraph()
    sub_run = sub.add_run(subtitle if subtitle is not None else f"{rubric.title} ({rubric.qualification})")
    sub_run.bold, sub_run.font.size = True, Pt(11)


def header_box(doc: DocumentObject, *, registration_label: str, name_label: str) -> Table:
    """Centre Number | Centre Name, then Learner Registration No. | Learner Name: the labels, shaded;
    ``fill_header_box`` writes the session's values beside them."""
    table = parts.grid(doc, 2, [4.2, 8.5, 4.2, 10.2])
    labels = (("Centre Number", "Centre Name"), (registration_label, name_label))
    for row, pair in enumerate(labels):
        cells = parts.row_cells(table, row)
        for cell, label in zip(cells[0::2], pair):
            parts.write(cell, label, bold=True)
            parts.shade(cell, parts.LABEL_FILL)
    parts.spacer(doc)
    return table


def fill_header_box(table: Table, session: Session) -> None:
    values = ((session.centre_number, session.centre_name), (session.learner_reg, session.learner_name))
    for row, pair in enumerate(values):
        for cell, value in zip(parts.row_cells(table, row)[1::2], pair):
            parts.write(cell, value)
