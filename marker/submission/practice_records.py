"""Practice kept as one record per session: a table of "label | value" pairs ("Date | 3 March",
"Time spent | 1 hour", "Mentee | A"), or a plan or a cover sheet whose durations are not sessions.
"""

from __future__ import annotations

import re
from dataclasses import replace

from marker.submission.durations import TOTAL_MINUTES, durations_in, read_length, unread_times
from marker.submission.model import Block
from marker.submission.practice_people import without_role
from marker.submission.practice_rules import (
    CANCELLED, DATE, NOT_COUNTED, PART_WHY, PLANNED, SESSION, SESSION_MARK, TOTAL, TOTAL_ROW, UNCERTAIN, UNREAD_WHY, PracticeRow, date_in, judge, key_of, kind_of,
    length_of_a_thing, persons_in, session_number,
)

# Labels a record (and a log's header) gives its fields: who, how long, when it started and finished.
H_PERSON = re.compile(r"mentee|coachee|client|individual|\bwho\b|\bwith\b|\bname\b|person|learner|\bpupil|\bstudent|"
                      r"\battendees?\b|\bparticipants?\b", re.IGNORECASE)
H_LENGTH = re.compile(r"duration|length|how\s+long|time\s+(?:spent|taken)|\bhours?\b|\bhrs?\b|\bmins?\b|minutes|\btime\s*\(", re.IGNORECASE)
H_START = re.compile(r"\bstart|\bfrom\b|\bbegan|\bbegin", re.IGNORECASE)
H_FINISH = re.compile(r"\bfinish|\bend(?:ed)?\b|\bto\b|\buntil\b", re.IGNORECASE)


def start_to_finish(pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """"Start time | 10.00" and "Finish time | 11.15" in a record that gives no length of its own: the
    span between them, as one more pair ("Start to finish | 10.00 – 11.15")."""
    start = next((v for k, v in pairs if H_START.search(k) and len(k.split()) <= 3), None)
    finish = next((v for k, v in pairs if H_FINISH.search(k) and len(k.split()) <= 3), None)
    # a length of the record's own ("Duration: 45 mins") says it; a supervision's beside the
    # session ("Supervision review: 4.40-5.10pm with Jo") is another kind's length, not this one's
    # (a length inside a long note is a part's: "We used the wheel of life for ten minutes")
    if not start or not finish or any(durations_in(v) for k, v in pairs
                                      if not kind_of(k) and (H_LENGTH.search(k) or len(v.split()) <= _SHORT_FIELD)):
        return []
    day_start, day_finish = date_in(start), date_in(finish)
    if day_start and day_start == day_finish:
        # "Start: Mon 13/01/2025 14:00", "End: Mon 13/01/2025 14:30": a calendar's times, each with its day
        start, finish = (_WEEKDAY.sub(" ", DATE.sub(" ", v)) for v in (start, finish))
    span = f"{start.strip()} – {finish.strip()}"
    return [(SPAN_KEY, span)] if durations_in(span) else []


SPAN_KEY = "Start to finish"


_SHORT_FIELD = 8
"""Words in a field that gives a length of its own ("Duration: 45 mins", "Time: 10-11 (ran over)"), not a note."""
_NOT_COUNTED_BY_ME = re.compile(r"(?:\b(?:I|I['’]ve|I\s+have)\s+(?:not|haven['’]t|did\s*n['’]?o?t)\s+(?:\w+\s+)?count(?:ed)?|\bnot\s+count(?:ed|ing))"
                                r"\s+(?:it|this)\s+(?:in|towards|as\s+part\s+of)\s+my\s+(?:\w+\s+)?(?:time|hours|total)\b", re.IGNORECASE)
""""I have NOT counted it in my mentoring time" anywhere in the record: the learner's word on the whole of it (not "…
last week's session was cancelled so I have not counted it", of another)."""


_CORRECTED = re.compile(r"\bcut\s+short\b|\bso\s+it\s+was\b|\bactually\b|\bnot\s+the\s+(?:full\s+)?(?:hour|time)\b|\bran\s+(?:over|on)\b|"
                        r"\bonly\s+(?:lasted|took|had)\b|\bfinished\s+(?:early|late)\b", re.IGNORECASE)
""""Held but cut short: … so it was 40 minutes, not the hour": the learner correcting the times, not a part's length."""


def record_rows(block: Block, pairs: list[tuple[str, str]], location: str, caption: str = "") -> list[PracticeRow]:
    """"Label | value" pairs: one session's record (at most one session), or a plan or a cover sheet."""
    text = "; ".join(f"{k}: {v}" if v else k for k, v in pairs)
    # read with its label: "Willingness of mentee: 8/10" is a score, not 8 October
    date = next((d for k, v in pairs if v and (d := date_in(f"{k}: {v}"))), None) or date_in(caption)
    # what the record is of, from all but the fields that time a kind of their own: a session's form
    # with a "Supervision review: 4.40-5.10pm" field is still the session's ("Supervisor: Jo" is not timed)
    record_kind = kind_of(" ".join([caption] + [f"{k}: {v}" for k, v in pairs if not (kind_of(k) and durations_in(v))]))
    # "Learner: Callum Fairweather" on a tutorial's record is the learner, not someone mentored
    named = [without_role(v) for k, v in pairs if v and H_PERSON.search(k) and not H_LENGTH.search(k)
             and not _NOT_THE_MENTEE.search(k) and not (record_kind and _LEARNER_KEY.fullmatch(k))]
    person = named[0] if named else (next(iter(persons_in(text))) if len(persons_in(text)) == 1 else None)
    if person is None and len(persons_in(caption)) == 1:
        person = next(iter(persons_in(caption)))  # "SESSION RECORD - Hannah - session 3" over its fields
    a_session = bool(date or SESSION_MARK.search(f"{caption} {text}") or re.search(r"\b(?:session|meeting|record)\b", f"{caption} {pairs[0][0]}", re.I))
    number = session_number(f"{caption} {text}")
    # "Status: Planned", "Outcome: Not completed": said of the whole record, whichever field gives the length
    # (a long "Outcome: Agreed I need to hold back …" is what the meeting agreed: read as a note is)
    status = " ".join(v for k, v in pairs if (_STATUS_KEY.fullmatch(k) or _TITLE_KEY.fullmatch(k)) and len(v.split()) <= 8)
    # "My note: Not happened yet …": what the learner's note says of the whole record, not its topic
    status += " " + " ".join(m.group(0) for k, v in pairs if _NOTE_KEY.fullmatch(k) or _STATUS_KEY.fullmatch(k) and len(v.split()) > 8
                             for p in (NOT_COUNTED, CANCELLED, PLANNED) for m in p.finditer(v))
    status += " " + " ".join(m.group(0) for _, v in pairs for m in _NOT_COUNTED_BY_ME.finditer(v))
    lengths = {k for k, _ in pairs if _THE_LENGTH.search(k) and not PLANNED.search(k)}
    spanned = any(k == SPAN_KEY for k, _ in pairs)
    out: list[PracticeRow] = []
    counted: set[str] = set()
    for key, value in pairs:
        summed = next(iter(durations_in(value, TOTAL_MINUTES)), None) or read_length(value, _unit_of(key)) \
            if _SUMMED_KEY.search(key) else None
        if summed:
            # "Supervision hours | 3 hours" on a cover sheet: the learner's sum, to check the sessions against
            out.append(PracticeRow(f"{key}: {value}"[:160], location, summed.minutes, False, "the learner's own total",
                                   "total", date, None, 1, key_of(block)))
            continue
        found = durations_in(value) or durations_in(key)
        if not found and H_LENGTH.search(key) and (bare := read_length(value, _unit_of(key))):
            found = [bare]  # "Duration: 00:45", "Hours: 1.5": a length field's bare figure, in the unit its label gives
        if not found and _NOTHING.fullmatch(value):
            continue  # "Duration: 00:00" beside "Status: Not completed": no length, no session
        if not found:
            if H_LENGTH.search(key) and value.strip(" -–—?") and not PLANNED.search(key) and not TOTAL.search(key):
                out.append(PracticeRow(f"{key}: {value}"[:160], location, None, False, UNREAD_WHY, UNCERTAIN,
                                       date, person, 1, key_of(block)))
            continue
        if (spanned and key != SPAN_KEY and not H_LENGTH.search(key) and len(value.split()) > _SHORT_FIELD
                and not _NOTE_KEY.fullmatch(key) and not _CORRECTED.search(value)
                and re.search(r"\bfor\s+(?:about\s+|around\s+)?$", value[:found[0].start])):
            # "Topics: … We used the wheel of life for ten minutes" beside its Start and Finish: a part of the session
            out.append(PracticeRow(f"{key}: {value}"[:160], location, found[0].minutes, False, PART_WHY, "other",
                                   date, person, 1, key_of(block)))
            continue
        if lengths and key not in lengths and H_LENGTH.search(key):
            # "Off-the-job hours: 2.00" beside a "Duration:" left blank: the record's length is its Duration, not this
            out.append(PracticeRow(f"{key}: {value}"[:160], location, found[0].minutes, False, OTHER_LENGTH_WHY, "other",
                                   date, person, 1, key_of(block)))
            continue
        if not durations_in(key) and length_of_a_thing(value, found[0].start, found[0].end):
            continue  # "Goal for today: Plan a five-minute pre-shift briefing": a thing's length, not the session's
        context = f"{caption} {pairs[0][0]} {key} {value} {status}"
        if TOTAL_ROW.search(key):
            out.append(PracticeRow(f"{key}: {value}"[:160], location, found[0].minutes, False, "total row", "total",
                                   date, None, 1, key_of(block)))
            continue
        # "Mentoring: 30 mins" and "Supervision: 30 mins" in one record: each its own kind
        kind = kind_of(key) or (SESSION if _MENTORING_KEY.search(key) else None) or record_kind or SESSION
        if _OBSERVED_KEY.search(key):
            # "Length of session observed" on the tutor's feedback form: the learner's own session, watched
            kind, context = SESSION, f"{key} {value}"
        row = judge(block, location, f"{key}: {value}", context, "", found[0].minutes, date, person, 1, kind, in_log=True,
                    count=found[0].count, uncertain=found[0].uncertain)
        if row.counted and not a_session and _SEVERAL.search(f"{key} {value}"):
            # "January: 3 sessions with Mentee A, 4.5 hours": the learner's summary, checked against the sessions found
            row = replace(row, counted=False, kind="total", why="the learner's summary of several sessions")
        if row.counted and (row.kind in counted or not a_session):
            row = replace(row, counted=False, kind="other",
                          why="another figure in the same record" if row.kind in counted else "not a dated session record")
        if row.counted:
            counted.add(row.kind)
        out.append(replace(row, number=number))
        if row.counted and unread_times(value):
            out.append(PracticeRow(f"{key}: {value}"[:160], location, None, False,
                                   f"{UNREAD_TIME_WHY}: {', '.join(unread_times(value))}", UNCERTAIN, date, person, 1,
                                   key_of(block)))
    return out


_SUMMED_KEY = re.compile(r"\b(?:coaching|mentoring|supervision|supervisory|tutorial|practice|contact)\s+(?:hours|hrs)\b|"
                         r"\b(?:hours|hrs)\s+(?:of\s+(?:coaching|mentoring|supervision|practice)|completed|logged|delivered)\b", re.IGNORECASE)
""""Coaching hours", "Hours of supervision", "Hours completed": a field that sums sessions, not one session's length."""


def _unit_of(key: str) -> str:
    """The unit of a length field's bare figure: "Hours: 1.5", "Minutes: 45", else hours and minutes or a guess."""
    return ("minutes" if re.search(r"\bmins?\b|minutes", key, re.IGNORECASE)
            else "hours" if re.search(r"\bhours?\b|\bhrs?\b", key, re.IGNORECASE) else "guess")


_LEARNER_KEY = re.compile(r"\s*(?:learner|candidate|student)(?:['’]s)?(?:\s+name)?\s*", re.IGNORECASE)
_STATUS_KEY = re.compile(r"\s*(?:status|outcome|session\s+status|held\??|attended\??)\s*", re.IGNORECASE)
_NOTE_KEY = re.compile(r"\s*(?:my\s+)?(?:notes?|comments?)\s*", re.IGNORECASE)
_TITLE_KEY = re.compile(r"\s*(?:subject|title)\s*", re.IGNORECASE)
""""Subject: Canceled: Coaching session 2 - Bea": a record's title says what the whole record was."""
_WEEKDAY = re.compile(r"\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b\.?", re.IGNORECASE)
_NOTHING = re.compile(r"\s*0+(?:[:.]0+)?\s*(?:h|hrs?|hours|mins?|minutes)?\s*", re.IGNORECASE)

_THE_LENGTH = re.compile(r"^\W*(?:session\s+)?(?:duration|length)\b|^\W*time\s+spent\b|^\W*how\s+long\b", re.IGNORECASE)
""""Duration", "Session length": the field that gives a record's length, where it has one."""
OTHER_LENGTH_WHY = "not the session's length (the record's Duration field gives it)"

UNREAD_TIME_WHY = "uncertain: a time in a log's entry that could not be read (check the entry)"


_SEVERAL = re.compile(r"\b(?:[2-9]|\d{2}|two|three|four|five|six|seven|eight|nine|ten)\s+(?:\w+\s+)?(?:sessions|meetings)\b",
                      re.IGNORECASE)
_MENTORING_KEY = re.compile(r"mentoring|coaching", re.IGNORECASE)
_OBSERVED_KEY = re.compile(r"\bsession\s+observed\b|\bobserved\s+session\b", re.IGNORECASE)
_NOT_THE_MENTEE = re.compile(r"name\s+of\s+(?:the\s+)?(?:mentor|coach|learner|candidate)\b|"
                             r"\b(?:mentor|coach|learner|candidate)['’]?s?\s+name|"
                             r"supervis|tutor|assessor|signature|signed|\bnotes?\b|comments?|feedback|\bviews?\b|"
                             r"\bresponse|\bsaid\b|\bquotes?\b|reflection|evaluation|rating|"
                             # "Review of client's progress from last session", "Willingness of mentee": about them
                             r"\bprogress\b|\breview\s+of\b|willingness|\bgoals?\b", re.IGNORECASE)
""""Name of mentor", "Name of supervisor/tutor": the learner and their support, never the person mentored;
"Coachee feedback: Felt OK", "Mentee's view": what the person said, not who they are."""

