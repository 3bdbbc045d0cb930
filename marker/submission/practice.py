"""Mentoring or coaching practice as learners log it: every row counted or left out, and why.

Learners keep their practice in session logs (tables with a duration, a clock time, a
running total, a "Mentee" column), in one record per session, in sentences ("On 6 January
we met for an hour and a half"), or several of these at once. Only sessions actually
delivered count; supervision and tutorials are counted apart; planned and cancelled
sessions, totals, the learner's own subtotals, observations, contacts the learner marked
"not counted" and a session recorded twice are listed with the reason they were left out,
so the assessor can check every figure.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from itertools import takewhile
from typing import Callable, Iterable

from marker.submission.durations import durations_in, leading_clock_span
from marker.submission.finding import Finding
from marker.submission.model import Block, Document
from marker.submission.practice_agree import agreeing
from marker.submission.practice_aliases import initials_with_their_names, one_person_each
from marker.submission.practice_codes import with_codes_spelled
from marker.submission.practice_doubts import Doubt, doubts
from marker.submission.practice_entries import entry_title, message_header, minutes_in_brackets, opens_cancelled
from marker.submission.practice_flat import csv_tables, pipe_tables, unflattened
from marker.submission.practice_people import (
    PSEUDONYM, individuals, mentee_fields, names_only_the_supervisor, people_in, person_key, reviews_with_the_supervisor,
    supervisor_fields, under_mentee_headings, with_supervisors_named,
)
from marker.submission.practice_sanity import sanity_doubts
from marker.submission.practice_stated import stated_doubts
from marker.submission.practice_rules import (
    DATE, NO_MONTH, NOT_COUNTED_HEADING, SESSION, STATED_INDIVIDUALS, SUPERVISION, TUTORIAL, PracticeRow,
    SMALL_NUMBERS, count_class, date_in, date_of, marked_not_counted, persons_in, same_day_or_number, with_month,
)
from marker.submission.practice_rules import heading_kind as heading_kind_of
from marker.submission.practice_marks import footnoted, labelled_support, parts_of_one
from marker.submission.practice_records import record_rows, start_to_finish
from marker.submission.practice_tables import other_work, table_rows
from marker.submission.practice_text import NO_DATE, Section, text_rows
from marker.submission.practice_their_word import as_their_note_corrects, not_held_elsewhere, persons_not_counted
from marker.submission.practice_unread import unread_doubts

__all__ = ["Practice", "PracticeRow", "counted_totals", "practice"]


@dataclass(frozen=True)
class Practice:
    """Mentoring or coaching time logged in the submission."""

    minutes: int
    sessions: int
    individuals: tuple[str, ...]
    supervision_minutes: int
    """Supervision and tutorials together: the handbooks' "tutorial support/supervision"."""
    supervision_sessions: int
    sources: tuple[Finding, ...]
    """Each counted session ("60 min: …", location), so the assessor can check the sum."""
    rows: tuple[PracticeRow, ...] = field(default_factory=tuple)
    """Every row counted or left out, in document order."""
    session_minutes: tuple[int, ...] = ()
    """Each counted session's length, for a unit that sets a minimum per session."""
    supervision_each: tuple[int, ...] = ()
    """Each counted supervision or tutorial's length."""
    doubts: tuple[Doubt, ...] = ()
    """Where the submission disagrees with the figures (the learner's own total, a session's
    two lengths): the figures may be wrong, and these name the rows to check."""
    agrees: tuple[str, ...] = ()
    """Where the learner's own total or summing-up gives the practice time counted: a second
    reading that meets the count (``practice_agree``)."""

    @property
    def uncertain(self) -> int:
        """Rows not read for sure and disagreements found: while any, the figures are UNCERTAIN."""
        return sum(r.doubtful for r in self.rows) + len(self.doubts)


def practice(documents: Iterable[Document], body: Callable[[Document], list[Block]] | None = None) -> Practice:
    """Every row, record and sentence that gives a duration, each counted or left out with why.

    ``body`` picks the blocks to read (the checks leave out the cover sheet and references).
    """
    rows: list[PracticeRow] = []
    read: list[Block] = []
    stated: int | None = None
    stated_at = ""
    fields: dict[str, str] = {}
    guessed: list[str] = []
    """A PDF log's lines as rewritten with the units and people their header's words suggest: a guess at cells."""
    unit_assumed: list[str] = []
    """Where bare numbers in brackets were read as minutes though the learner never said so."""
    spoken = [0, 0]
    """How often the learner writes of "my mentee" (one), and of mentees in the plural."""
    for document in documents:
        fields.update({person_key(p) or p: p for p in mentee_fields(document.blocks)})
        blocks = body(document) if body else list(document.blocks)
        cells = csv_tables(pipe_tables(blocks))
        flat = unflattened(cells)
        as_written = {b.text for b in cells}
        guessed += [b.text for b in flat if b.text not in as_written]
        blocks, assumed = minutes_in_brackets(with_codes_spelled(flat))
        if assumed:
            unit_assumed.append(assumed)
        rows += other_work(_document_rows(blocks))
        read += blocks
        for block in blocks:
            for said in _ONE_OR_MORE.findall(block.text):
                spoken[not said.lower().startswith(("my ", "the "))] += 1  # "my mentee", "the person I mentored": one
        for block in blocks if stated is None else ():
            lowered = block.text.lower()
            # the words the pattern needs, looked for first: a long submission is passed over quickly
            said = STATED_INDIVIDUALS.search(block.text) if any(w in lowered for w in _STATED_WORDS) else None
            if said:
                number = said.group(1) or said.group(2) or said.group(3)
                stated = SMALL_NUMBERS.get(number.lower()) or int(number)
                stated_at = block.location
                break
    twins: dict[int, PracticeRow] = {}
    rows = _without_repeats(with_supervisors_named(rows, supervisor_fields(read)), twins)
    rows = _without_undated(not_held_elsewhere(as_their_note_corrects(rows, twins, read), read))
    rows = persons_not_counted(rows, read)
    figures = _figures(rows, stated, tuple(fields.values()))
    figures = replace(figures, individuals=_name_slipped_once(initials_with_their_names(
        one_person_each(figures.individuals, (b.text for b in read), person_key)), rows))
    coded = [p for p in figures.individuals if PSEUDONYM.fullmatch(p)]
    if len(figures.individuals) == 2 and len(coded) == 1 and spoken[0] and not spoken[1]:
        # "Mentee 1" in every row but one that slips into "Kian", from a learner who only ever writes
        # of "my mentee": one person, under the name the learner chose for them
        figures = replace(figures, individuals=tuple(coded))
    found = doubts(rows, twins) + tuple(Doubt(f"the numbers in brackets ({at}) are read as minutes, a unit the learner "
                                              "does not give") for at in unit_assumed)
    found += tuple(Doubt(f"{r.location} names {r.why.split(SLIPPED, 1)[1].strip()}; taken for the session the log gives "
                         f"{r.person} that day") for r in rows if SLIPPED in r.why)
    if (slip := _named_once(rows, figures.individuals, coded)) is not None:
        # "27/01 | R. Thorne" among a log's "Coachee 1" and "Coachee 2": most likely one of them, named by a slip
        figures = replace(figures, individuals=tuple(coded))
        found += (Doubt(f"{slip.location} names {slip.person!r} once, where every other session names a coded person "
                        f"({', '.join(coded)}): counted as one of them; check whether another individual was coached"),)
    found += unread_doubts(read, rows) + sanity_doubts(rows)
    if figures.sessions and not figures.individuals:
        # nobody named, nobody counted: "my mentee" throughout is one; else the figure is not known
        # "Mentee A" throughout a diary whose log has no mentee column: the one pseudonym the entries
        # name is the sessions' person (a centre's code in place of the name the form asks for)
        coded = {m.group(0).split()[0].capitalize() + " " + m.group(1) for b in read for m in PSEUDONYM.finditer(b.text)}
        mentored = {m.group(1) for b in read for m in _MENTORED_NAME.finditer(b.text)}
        declared = {m.group(1) for b in read for m in _CALLED_HERE.finditer(b.text)}
        if len(coded) == 1 and not spoken[1]:
            figures = replace(figures, individuals=tuple(coded))
        elif len(declared) == 1 and len(coded) <= 1 and coded <= declared:
            # "I am calling him Rory in this diary, which is not his real name": the one mentee, however
            # the learner writes of mentees in general elsewhere
            figures = replace(figures, individuals=tuple(declared))
        elif len(mentored) == 1 and not coded and not spoken[1]:
            figures = replace(figures, individuals=tuple(mentored))  # "I mentored Jordan, one of our library assistants"
        elif spoken[0] and not spoken[1]:
            figures = replace(figures, individuals=("my mentee (never named)",))
        else:
            found += (Doubt("the sessions name no mentee and the learner gives no number: individuals not known"),)
    # the learner's summing-up in prose, where no total row said it: checked only while nothing else is in doubt
    found += () if found else stated_doubts(read, figures.minutes, figures.sessions, figures.supervision_minutes,
                                            figures.supervision_sessions)
    named = [p for p in figures.individuals if not p.endswith("(as the learner states)")]
    if stated and named and len(named) != stated:
        found += (Doubt(f"the learner says {stated} individuals ({stated_at}); the sessions name {len(named)}"),)
    agrees = agreeing(rows, read, figures.minutes)
    by_guess = [r for r in rows if r.counted and any(r.text in g for g in guessed)]
    if by_guess and not agrees and not found:
        # a PDF keeps no cells: which figure is a row's length and which word its person was guessed from
        # the header's words, and nothing of the learner's says the sum is right
        found += (Doubt(f"the log's rows were read from a PDF's lines, which keep no cells ({by_guess[0].location}), and "
                        "no total of the learner's checks them: compare the figures with the log"),)
    return replace(figures, doubts=found, agrees=agrees)


def _named_once(rows: list[PracticeRow], people: tuple[str, ...], coded: list[str]) -> PracticeRow | None:
    """The one session that names someone by name in a log that otherwise names coded people only."""
    if len(coded) < 2 or len(people) != len(coded) + 1:
        return None
    sessions = [r for r in rows if r.counted and r.kind == SESSION and r.person]
    # "Coachee A; Coachee B" on a joint session is two coded people, not a name
    named = [r for r in sessions if not all(PSEUDONYM.fullmatch(p) for p in people_in(r.person) or [r.person.strip()])]
    if len(named) != 1 or len(sessions) - 1 < 2 * len(coded):
        return None
    return named[0]


_CAPS_TITLE = re.compile(r"[A-Z][A-Z&/' -]{3,60}(?:\s*\(\s*(?:AC\s*)?\d{1,2}(?:\.\d{1,2})?\s*\))?")
_ONE_OR_MORE = re.compile(r"\bmy\s+(?:mentee|coachee)\b(?!s)|\bthe\s+(?:person|one)\s+I\s+(?:mentored|coached|mentor|coach|am\s+mentoring|"
                          r"am\s+coaching)\b|\b(?:mentees|coachees|both\s+of\s+them|each\s+(?:mentee|coachee)|"
                          r"(?:second|other|third|another)\s+(?:mentee|coachee))\b", re.IGNORECASE)
_MENTORED_NAME = re.compile(r"\bI\s+(?:have\s+|had\s+)?(?:been\s+)?(?:mentored|coached|mentoring|coaching)\s+"
                            r"((?!The\b|My\b|Our\b|A\b|An\b|Two\b|Three\b)[A-Z][a-z'’-]+)\b(?!\s+(?:and|&)\b|\s+[A-Z])")
""""I mentored Jordan, one of our library assistants": the one person mentored, named by the learner."""
_CALLED_HERE = re.compile(r"\b(?:I\s+(?:am|'m|have|will|shall|'ll)\s+(?:be\s+)?(?:call(?:ing|ed)?|refer(?:ring|red)?\s+to)|"
                          r"(?:who|whom)\s+I\s+(?:will\s+|'ll\s+|shall\s+)?(?:call|have\s+called|refer\s+to\s+as))\s+"
                          r"(?:(?:him|her|them)\s+(?:as\s+)?)?['‘\"“]?([A-Z][a-z'’-]+(?:\s+(?:[A-Z]|\d{1,2})\b)?)")
""""I am calling him Rory", "I have called her Poppy", "who I will call Apprentice B": the pseudonym a learner gives."""
_STATED_WORDS = ("mentored", "coached", "worked with", "supported", "with")


_SUBJECT = re.compile(r"Subject:\s*(?:(?:re|fw|fwd)\s*:\s*)*(?P<what>.{1,80})", re.IGNORECASE)
_FORM_LINE = re.compile(r"^\s*([A-Za-z][\w/()'’-]*(?: [\w/()'’-]+){0,3})\s*:\s+(.+)$")
""""Duration: 45 minutes": a template's field written as a paragraph."""
_NOTE_FIELD = re.compile(r"^\s*(?:my\s+)?(?:notes?|comments?|outcome)\s*:", re.IGNORECASE)
""""My note: Held but cut short … so it was 40 minutes": the record's own note, however long, is part of it
(unless it gives dates of its own: then it tells of other sessions)."""
_EMPTY_FIELD = re.compile(r"^\s*([A-Za-z][\w/()'’-]*(?: [\w/()'’-]+){0,3})\s*:\s*$")
""""Off-the-job hours:" left blank inside a record: still one of its fields, not the record's end."""


def _document_rows(blocks: list[Block]) -> list[PracticeRow]:
    rows: list[PracticeRow] = []
    pdf_run: list[Block] = []
    form: list[Block] = []
    caption = ""
    captioned: str | None = None
    """The header of the table the caption was given to."""
    carried: list[list[str]] = []
    section: Section | None = None
    in_section: set[str] = set()
    spans: dict[str, set[str]] = {}
    """The clock spans the section's counted lines begin with, by count class: a day book's timed lines."""
    entry_starts = 0
    """Where the rows of the current diary entry begin."""
    heading_kind: str | None = None
    excluded = False
    """Under the learner's heading "Not counted": no time in its section counts."""
    supervisors = supervisor_fields(blocks)
    """"My supervisor is Dr Priestley": a line of an entry that names them is the review, not more of the session."""
    last_date: tuple[int, int] | None = None
    """The last full date written so far: a bulleted diary gives the month only when it changes."""

    def add_text(block: Block) -> None:
        nonlocal last_date
        for row in text_rows([block], section, last_date):
            if heading_kind and row.kind == SESSION and not row.person and not persons_in(row.text):
                # "27 Feb – Sue Grant – 1 hr" under "Supervision and tutorials": what the heading says it is
                row = replace(row, kind=heading_kind, why=f"counted as {heading_kind}" if row.counted else row.why)
            elif heading_kind and block.kind != "heading" and row.why.startswith(NO_DATE) and not persons_in(row.text):
                # "We met for one hour" under the tutor meeting's heading: that meeting, unless a log records it
                row = replace(row, counted=True, kind=heading_kind, why=f"counted as {heading_kind}", undated=True)
            if section is not None and section.person and row.kind == SESSION and not row.person:
                row = replace(row, person=section.person)
            # one session per diary entry: later durations under its heading are parts of it
            # (the entry's own heading, "Entry 1 – 6 March – Mentee A (1 hour)", among them)
            if row.counted and section is not None and row.date == section.date:
                led, earlier = leading_clock_span(block.text), spans.get(count_class(row.kind))
                # "Tue 4 March" over "09.30-10.45 session with CW" and "16.15-16.45 PS – first chat": a day
                # typed up whole, each timed line a session of its own
                own_time = led is not None and earlier and led not in earlier
                if count_class(row.kind) in in_section and not own_time and row.kind == SESSION \
                        and names_only_the_supervisor(block.text, supervisors, rows):
                    # "Review: 19:40-20:10 with Dr Priestley" under the entry's "Time with Orion: 19:00-19:35"
                    row = replace(row, kind=SUPERVISION, why="counted as supervision")
                elif count_class(row.kind) in in_section and date_in(row.text) is None and not own_time:
                    row = replace(row, counted=False, kind="other", why="another figure for the same session")
                if row.counted:
                    in_section.add(count_class(row.kind))
                    if led:
                        spans.setdefault(count_class(row.kind), set()).add(led)
                    else:
                        spans.pop(count_class(row.kind), None)  # an untimed line: the entry is not a day book's
            if excluded and row.counted and row.kind == SESSION:  # "Not counted in my hours": the mentoring hours
                row = marked_not_counted(row)
            rows.append(row)
        for m in DATE.finditer(block.text):
            if (date := date_of(m)) is None:
                continue  # "confidence 3/10": a score, not a date
            last_date = with_month(date, last_date) or last_date
            last_date = last_date if last_date and last_date[1] != NO_MONTH else None

    def flush_form() -> None:
        if len(form) < 2:
            for b in form:
                add_text(b)
            form.clear()
            return
        record: list[tuple[Block, tuple[str, str]]] = []
        for b in form + [None]:
            match = (_FORM_LINE.match(b.text) or _EMPTY_FIELD.match(b.text)) if b is not None else None
            # a field seen again starts the next record: "Date:" … "Date:" …
            if b is None or match and _shape(match.group(1)) in {_shape(p[0]) for _, p in record}:
                if record and message_header([p for _, p in record]) is not None:
                    # an e-mail's From/To/Sent: the body below it is that day's entry, with that person
                    nonlocal section, entry_starts
                    section, entry_starts = message_header([p for _, p in record]), len(rows)
                    in_section.clear()
                    spans.clear()
                elif record:
                    pairs = [p for _, p in record]  # "Start: 14:00", "End: 14:30" and no length: the span between
                    rows.extend(reviews_with_the_supervisor(
                        record_rows(record[0][0], pairs + start_to_finish(pairs), record[0][0].location, caption), supervisors))
                record = []
            if match:
                record.append((b, (match.group(1), match.group(2) if match.re is _FORM_LINE else "")))
        form.clear()

    for block in blocks:
        if block.page is not None and block.kind != "table":
            pdf_run.append(block)  # a PDF's lines: a log's row may run over several, so they are read together
            if (said := _caption(block, caption)) != caption:  # a PDF's table, rebuilt, has its caption too
                caption, captioned = said, None
            continue
        if pdf_run:
            rows += _pdf_rows(pdf_run)
            pdf_run = []
        if block.kind not in ("table", "heading") and section is not None and opens_cancelled(block.text) \
                and not durations_in(block.text):
            # "Entry 9 – 17 March – Mentee B (1 hour)", then "Did not go ahead: …": the entry's session was not held
            rows[entry_starts:] = [replace(r, counted=False, kind="cancelled", why="cancelled or did not happen")
                                   if r.counted and r.kind == SESSION else r for r in rows[entry_starts:]]
        if block.kind != "table" and (subject := _SUBJECT.fullmatch(block.text.strip())):
            heading_kind = heading_kind_of(subject["what"])  # a pasted e-mail's "Subject: Re: supervision Thursday"
        if block.kind != "table" and _FORM_LINE.match(block.text) and (
                len(block.text.split()) <= 14 or form and not durations_in(block.text) or form and _NOTE_FIELD.match(block.text) and not date_in(block.text)) \
                or form and _EMPTY_FIELD.match(block.text):
            # "Date: 3 March" / "Duration: 45 minutes": a session record in paragraphs; once begun, its
            # "What happened: …" may run long (a long line with times of its own is read as sentences)
            form.append(block)
            if block.kind == "heading":
                caption, captioned = block.text, None  # "Mentee: Ola" over the table that follows: whose table it is
            continue
        flush_form()
        if block.kind == "table":
            header = block.text.split("\n", 1)[0]
            if captioned not in (None, header):
                caption = ""  # the caption was the table's above; this one, headed otherwise, is not the log running on
            rows += [marked_not_counted(r) if excluded and r.counted and r.kind == SESSION else r
                     for r in table_rows(block, caption, carried)]
            captioned = header
            continue
        titled = entry_title(block)
        # "SUPERVISION" alone on a text file's line: the heading a plain text file cannot style
        headed = block.kind == "heading" or bool(_CAPS_TITLE.fullmatch(block.text))
        if titled is not None or headed:
            section = titled
            in_section.clear()
            spans.clear()
            entry_starts = len(rows)
        if headed:
            heading_kind = heading_kind_of(block.text)
            excluded = bool(NOT_COUNTED_HEADING.match(block.text))
        add_text(block)
        if (said := _caption(block, caption)) != caption:
            caption, captioned = said, None
        if block.kind == "heading":
            carried.clear()  # a new section: a table after it is not the log running on
    flush_form()
    rows += _pdf_rows(pdf_run)
    return under_mentee_headings(labelled_support(footnoted(parts_of_one(rows), blocks), blocks), blocks)


_LAST_SENTENCE = re.compile(r"[^.!?]*$")
_MONTH_WORD = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b", re.IGNORECASE)


def _caption(block: Block, caption: str) -> str:
    """What a table after ``block`` is captioned: a heading, a short line, or the sentence that
    introduces it ("… to go over how it went. My supervision record:")."""
    words = len(block.text.split())
    if block.kind == "heading" or words <= 8 or words <= 14 and not block.text.rstrip().endswith((".", "!", "?")):
        return block.text  # a heading, or a line a plain text file could not style as one
    last = _LAST_SENTENCE.search(block.text.rstrip()).group().strip()
    if last.endswith(":") and len(last.split()) <= 8:
        return last
    return caption


def _shape(label: str) -> str:
    """A field's label with its numbers and months blanked: "Session 2 (10 March)" repeats
    "Session 1 (3 March)", so it starts the next record as "Date:" after "Date:" does."""
    return re.sub(r"\d+", "#", _MONTH_WORD.sub("M", label.lower()))


def _pdf_rows(run: list[Block]) -> list[PracticeRow]:
    """A PDF's lines, read together; a diary entry's title line with a date and no length
    ("Supervision 1 – Thursday 19th February 2026") gives its date to the undated sentences
    under it, as the same title styled as a heading does in a Word file."""
    out: list[PracticeRow] = []
    start, section = 0, None
    header_end = 0
    for i, block in enumerate(run):
        if i < header_end:
            continue  # the "Sent: 13 January 2025" of the e-mail header above: not an entry of its own
        titled = entry_title(block) if not durations_in(block.text) else None
        if _FORM_LINE.match(block.text) and (i == 0 or not _FORM_LINE.match(run[i - 1].text)):
            # a pasted e-mail's "From: / To: ECR1 / Sent: 13 January 2025": the lines under it are that day's, with them
            fields = list(takewhile(bool, (_FORM_LINE.match(b.text) for b in run[i:i + 6])))
            header = message_header([m.groups() for m in fields])
            if header is not None:
                titled, header_end = header, i + len(fields)
        if titled is None or titled.date is None:
            continue
        out += _with_entry_mentee(text_rows(run[start:i], section), run[start:i], section)
        start, section = i, titled
    out += _with_entry_mentee(text_rows(run[start:], section), run[start:], section)
    return _with_column_person(out) if any(_PERSON_COLUMN.match(b.text) for b in run) else out


_PERSON_COLUMN = re.compile(r"^\W*date\s+(?:mentees?|coachees?|clients?|name|who|with)\b", re.IGNORECASE)
""""Date Mentee(s) Duration Notes": a log's header row, its table saved as a PDF's lines."""
_DATE_THEN_PERSON = re.compile(r"(?<![\d/])\d{1,2}/\d{1,2}(?:/\d{2,4})?\s+(?P<cell>[A-Z][^|]{0,60}?)\s*$")


def _with_column_person(rows: list[PracticeRow]) -> list[PracticeRow]:
    """Under such a header, what stands between a line's date and its length is the person column's cell
    ("01/09/25 Ola 1h30 …", "22/09/25 Group: Ola, Bea + Gemma 2h15 …"): the session's person."""
    out = []
    for row in rows:
        found = durations_in(row.text) if row.kind == SESSION and not row.person else []
        cell = _DATE_THEN_PERSON.search(row.text[:found[0].start]) if found else None
        named = cell and people_in(cell.group("cell"))
        out.append(replace(row, person=cell.group("cell").strip()) if named else row)
    return out


_MENTEE_LINE = re.compile(r"^\s*(?:mentee|coachee|client)s?(?:\s+name)?\s*:\s*(\S.{0,39})$", re.IGNORECASE)
""""Mentee: T and L together": an entry's own field naming who the session was with."""


def _with_entry_mentee(rows: list[PracticeRow], lines: list[Block], section: Section | None) -> list[PracticeRow]:
    """An entry's "Mentee: T" line (or its e-mail's "To: ECR1") names the person of its sessions
    that name no one, as a record's field does in Word (the PDF keeps the line, not the record)."""
    named = next((m.group(1).strip() for b in lines for m in [_MENTEE_LINE.match(b.text)] if m),
                 section.person if section is not None else None)
    if section is None or not named or not people_in(named):
        return rows
    return [replace(r, person=named) if r.kind == SESSION and not r.person else r for r in rows]


def _without_repeats(rows: list[PracticeRow], twins: dict[int, PracticeRow] | None = None) -> list[PracticeRow]:
    """A session in a log and again in its own record or a sentence is one session: the log's row is kept.
    ``twins`` gets each left-out row's index -> the row kept for it."""
    kept: list[PracticeRow] = []
    result = list(rows)
    for i in sorted(range(len(rows)), key=lambda i: (rows[i].rank, i)):
        row = rows[i]
        if not row.counted:
            continue
        twin = next((k for k in kept if k.block != row.block and same_day_or_number(k, row)
                     and not _apart_in_time(k, row)
                     # a sentence retelling a log's row may not say "supervision": the same length will do,
                     # unless it names itself a session ("Session 1, 6 March: 1.30 to 2.00" beside the review after it)
                     and (count_class(k.kind) == count_class(row.kind)
                          or k.minutes == row.minutes and k.rank < row.rank and not (row.kind == SESSION and row.number))
                     and (person_key(k.person) is None or person_key(row.person) is None
                          or person_key(k.person) == person_key(row.person) or _joint(k, row)
                          or _name_slipped(k, row, kept))), None)
        if twin is None:
            kept.append(row)
        else:
            # the one person under the log's name for them, where the record slipped into their real name
            slipped = person_key(twin.person) and person_key(row.person) and _name_slipped(twin, row, kept)
            result[i] = replace(row, counted=False, kind=twin.kind, person=twin.person if slipped else row.person,
                                why=f"same session as {twin.location}" + (f"{SLIPPED} {row.person}" if slipped else ""))
            if twins is not None:
                twins[i] = twin
    return result


SLIPPED = ", though it names"
"""A record taken for the log's session that day though it names someone else: asked about, not settled."""
_ROLE_AND_LETTER = re.compile(r"[A-Z][a-z]+\s+([A-Z])\.?")


def _name_slipped_once(people: tuple[str, ...], rows: list[PracticeRow]) -> tuple[str, ...]:
    """"Trainee K" on every form but one, which gives "Kieran Oduwole": the learner's letter for the one person,
    their real name slipping in once (the only lettered person, the only name with that letter, in one session)."""
    lettered = [p for p in people if _ROLE_AND_LETTER.fullmatch(p)]
    if len(lettered) != 1:
        return people
    letter = _ROLE_AND_LETTER.fullmatch(lettered[0]).group(1)
    named = [p for p in people if p[0] == letter and re.fullmatch(r"[A-Z][a-z]+(?:[ -][A-Z][a-z'’-]+)+", p)]
    held = Counter(person_key(r.person) for r in rows if r.counted and r.kind == SESSION and r.person)
    if len(named) != 1 or held[person_key(named[0])] != 1 or held[person_key(lettered[0])] < 2:
        return people
    return tuple(p for p in people if p != named[0])


def _name_slipped(kept: PracticeRow, row: PracticeRow, held: list[PracticeRow]) -> bool:
    """The log's "09/01 | A | 1hr" and a record of that day, "Mentee: Callum Brierley … 13:00 - 14:00": the learner's
    letter for the mentee in one and their real name in the other, the same length, and no other session of the log's
    that day for it to be."""
    def lettered(person: str | None) -> bool:
        return bool(person) and (len(person.strip()) == 1 or bool(PSEUDONYM.fullmatch(person.strip())))
    return (kept.rank != row.rank and kept.minutes == row.minutes and lettered(kept.person) != lettered(row.person)
            and sum(k.kind == kept.kind and same_day_or_number(k, kept) for k in held) == 1)


def _joint(a: PracticeRow, b: PracticeRow) -> bool:
    """Two people's rows for one session: in each mentee's own table, the same day (checked by the
    caller) and the same clock times, or the learner saying so ("joint session", "same session as")."""
    if a.minutes != b.minutes or a.date is None or b.date is None:
        return False  # undated rows with one number ("Session 3") in two mentees' tables are two sessions
    spans = [_CLOCK_SPAN.search(r.text) for r in (a, b)]
    if all(spans) and spans[0].group(1, 2) == spans[1].group(1, 2):
        return True
    return any(_SAID_JOINT.search(r.text) for r in (a, b))


def _apart_in_time(a: PracticeRow, b: PracticeRow) -> bool:
    """Both rows give the clock's span and the spans do not meet ("09.30-10.45" and "16.15-16.45" on one
    day): two sessions, whoever they were with (read on a twelve-hour dial, so "4.15" meets "16.15")."""
    spans = [_CLOCK_SPAN.search(r.text) for r in (a, b)]
    if not all(spans):
        return False
    (s1, e1), (s2, e2) = [[_dial(t) for t in span.group(1, 2)] for span in spans]
    return (e1 - s1) % 720 > 0 and (e2 - s2) % 720 > 0 and not _meet(s1, e1, s2, e2)


def _dial(clock: str) -> int:
    hours, minutes = re.split(r"[:.]", clock)
    return int(hours) % 12 * 60 + int(minutes)


def _meet(s1: int, e1: int, s2: int, e2: int) -> bool:
    """Two spans of a twelve-hour dial overlap (a span may pass twelve o'clock)."""
    def covers(start: int, end: int, at: int) -> bool:
        return start <= at < end if start < end else at >= start or at < end
    return covers(s1, e1, s2) or covers(s2, e2, s1)


_CLOCK_SPAN = re.compile(r"\b(\d{1,2}[:.]\d{2})\s*(?:[-–—]|to)\s*(\d{1,2}[:.]\d{2})")
_SAID_JOINT = re.compile(r"\bjoint\s+session\b|\bsame\s+session\s+as\b|\b(?:both|the\s+two)\s+of\s+them\s+together\b|"
                         # "30/04 - GROUP with P3 and P4" under each of the three mentees (not "her working group")
                         r"\bgroup\s+(?:session|mentoring|coaching|meeting|with)\b",
                         re.IGNORECASE)


def _without_undated(rows: list[PracticeRow]) -> list[PracticeRow]:
    """"Our first session lasted an hour" beside a log is the log's session told again: the log counts.
    Supervision told in the text still counts when the log holds sessions only."""
    logs = {count_class(r.kind): r for r in rows if r.counted and r.rank < 2}

    def told_again(row: PracticeRow) -> PracticeRow:
        log = logs.get(count_class(row.kind))
        if not (row.counted and row.undated and log):
            return row
        return replace(row, counted=False, kind="other",
                       why=f"no date: the log ({log.location.rsplit(' row', 1)[0]}) counts these")
    return [told_again(r) for r in rows]


def _figures(rows: list[PracticeRow], stated: int | None, fields: tuple[str, ...] = ()) -> Practice:
    sessions = [r for r in rows if r.counted and r.kind == SESSION]
    return Practice(individuals=individuals(rows, sessions, stated, fields), **counted_totals(rows))


def counted_totals(rows: list[PracticeRow]) -> dict:
    """The figures the counted rows add up to (all but the individuals), as ``Practice`` fields:
    what the reader counts, and what the assessor's corrections are added up with again."""
    sessions = [r for r in rows if r.counted and r.kind == SESSION]
    supervision = [r for r in rows if r.counted and r.kind in (SUPERVISION, TUTORIAL)]
    return dict(
        minutes=sum(r.minutes or 0 for r in sessions),
        sessions=sum(r.count for r in sessions),
        supervision_minutes=sum(r.minutes or 0 for r in supervision),
        supervision_sessions=sum(r.count for r in supervision),
        sources=tuple(Finding(f"{r.minutes} min: {r.text[:70]}", r.location) for r in sessions),
        rows=tuple(rows),
        session_minutes=_each(sessions),
        supervision_each=_each(supervision),
    )


def _each(rows: list[PracticeRow]) -> tuple[int, ...]:
    """Each session's length: "2 x 30 mins" is two sessions of 30."""
    return tuple(m for r in rows for m in [(r.minutes or 0) // r.count] * r.count)
