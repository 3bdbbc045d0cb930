"""Practice written in sentences, or in a PDF's lines where a log's table became text.

Each sentence is cut at its dates: "On 3 February we met for 1h 45m, and on 5 February
for 45 minutes" is two sessions. A duration counts when its date (or "Session 3") is
there and nothing near it says it is planned, a total, a frequency or part of a session.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, replace
from typing import Callable

from marker.submission.durations import (
    MAX_MINUTES, TOTAL_MINUTES, Duration, bare_lengths, durations_in, in_parts, might_hold_a_duration, unread_times,
)
from marker.submission.model import Block
from marker.submission.practice_records import UNREAD_TIME_WHY
from marker.submission.practice_rules import (
    DATE, MONTH_ONLY, NO_MONTH, NOT_COUNTED, NOT_COUNTED_HEADING, NOT_COUNTED_OPENING, NUMBERED, OWN_LEARNING_TOLD, SESSION,
    SESSION_MARK, SUPERVISION, TOTAL, TUTORIAL, UNCERTAIN, WATCHED, WEEK_OF,
    PracticeRow, date_in, date_of, heading_kind, length_of_a_thing, marked_not_counted,
    count_class, day_in_week, judge, key_of, kind_of, persons_in, session_number, with_month,
)

_SENTENCE_END = re.compile(r"(?<=[.!?])(?<!\d [A-Z]\.)(?<!\| [A-Z]\.)(?<!\([A-Z]\.)(?<!with [A-Z]\.)"
                           r"\s+(?=[A-Z0-9\"'‘“(])|\s+(?=[•▪◦‣●■➢►]\s)")
"""A sentence ends at a full stop, or where a PDF's bullet starts the next entry ("… 2 hrs • Tue 7th …");
not at an initial after a log's date or cell ("27/01 R. Thorne Coaching 90"), though "I met Mentee A. Then …"
ends at the pseudonym's letter."""
_WHOLE_SENTENCE_TOTAL = re.compile(r"^\W*(?:so\s+)?(?:in\s+total|in\s+all|altogether|overall|so\s+far|to\s+date|by\s+the\s+end|total|"
                                   r"sub-?total|(?:this|that)\s+(?:makes|made|brings|gives)|all\s+told|all\s+in\s+all|"
                                   r"to\s+sum\s+up|in\s+summary|by\s+my\s+(?:count|reckoning|calculations?)|"
                                   r"adding\s+(?:it|them|these|those|everything)\s+(?:all\s+)?up)\b", re.IGNORECASE)
"""A sentence that sums the practice up ("By my count that is 17 hours of mentoring, two of supervision"):
every length in it is a total, the supervision's as well as the sessions'."""
_RUNNING_TOTAL = re.compile(r"\W*(?:running|cumulative|grand)\s+total\b|\W*cumulative\b", re.IGNORECASE)
""""Running total: 3h45 - past the 3 hours!": its lengths are totals, unless it lists the dated sessions it adds."""
_COUNTS_IT = re.compile(r"\b(?:I['’]m|I\s+am|I\s+have|I['’]ve)\s+(?:counting|counted|including|included)\s+(?:it|this|that)\b|"
                        r"\bcount(?:ing)?\s+(?:it|this|that)\s+as\b", re.IGNORECASE)
""""I'm counting that", "counting this as a mentoring session": the learner's word that it is a session of theirs."""
_SUMMARY_OPENING = re.compile(r"^\W*(?:SUMMARY|TOTALS?|(?i:summary\s+of\s+(?:my\s+)?(?:hours|sessions|practice|mentoring|coaching)|"
                              r"totals?))\s*(?:[.:–—-]|$)")
""""SUMMARY." or "Totals:" opening a paragraph: what follows in it adds the sessions up."""
_SUM_WRITTEN = re.compile(r"\d[^+=\n]{0,12}\+[^=\n]{1,40}=\s*\d")
""""C1: 9h10 + joint 2h = 11h10": the learner's sum, every figure in it a total or a part of one."""
_THAT_IS_TOTAL = re.compile(r"^\W*(?:that|this)(?:['’]s|\s+is|\s+comes\s+to|\s+adds\s+up\s+to)\s+"
                            r"(?:just\s+|well\s+|a\s+(?:little|bit)\s+)?(?:over|under|about|around|nearly|almost|roughly|"
                            r"more\s+than|less\s+than)?\s*(?:a\s+total\s+of\s+)?(?:\S+\s+){1,4}?"
                            r"(?:hours?|hrs?|minutes?|mins?)\s+(?:of|in)\s+(?:[a-z-]+\s+){0,2}?"
                            r"(?:mentoring|coaching|practice|supervision|contact)\b", re.IGNORECASE)
"""'That is just over four hours of mentoring, …' after a log: the learner's sum, not another session
('That was a 45-minute session with Mentee A' names a session, and is not read so)."""

NO_DATE = "no date or session named"
"""Why a duration with no date or session of its own is not taken as a session (the start of it)."""


_OWN_SENTENCES = re.compile(r"^[A-Z][a-z']*\s(?:\S+\s+){4,}.*[.!?]$", re.DOTALL)
""""My supervisor and I met again on 18 February for 45 minutes.": a block that is a sentence of its own."""
_SHORTEST = 5
"""Minutes: "shorten your answer to two minutes" is not a session told in a sentence."""
_LABELS_NEXT = re.compile(r"\W*(?:sub-?\s?|grand\s+)?total(?:\s+(?:hours|time|mentoring|coaching|to\s+date))?\s*[:=–-]?\s*",
                          re.IGNORECASE)
_MONTH_NAMED = re.compile(r"\b(?:in|during|over|across)\s+(?:early\s+|late\s+|mid-?\s*)?(?:january|february|march|april|may|june|"
                          r"july|august|september|october|november|december)\b", re.IGNORECASE)
_EACH = re.compile(r"\s*each(?:\s+time)?\b|\s*(?:on\s+)?both\s+occasions\b", re.IGNORECASE)
_LONG_TOTAL = re.compile(TOTAL.pattern, re.IGNORECASE)
"""Where a learner's total may stand: only then is a length longer than a session read."""
_MENTORING = re.compile(r"\bmentee|\bcoachee|\bclient|\bmentor(?:ed|ing)\b|\bcoach(?:ed|ing)\b", re.IGNORECASE)
"""A sentence that says it was mentoring: the sentence before does not make it supervision."""
_SUPERVISION_HELD = re.compile(r"\bsupervision\b|\btutorial\b|\b(?:1:1|one[- ]to[- ]one|meeting|met|catch[- ]up)\s+with\s+my\s+"
                               r"(?:line\s+)?(?:manager|supervisor|tutor|assessor)\b|"
                               # "with Lorraine (HR business partner, my coaching supervisor)": whose supervisor she is
                               r"\bwith\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s*\([^()]*\b(?:my|our)\s+"
                               r"(?:coaching|mentoring|clinical|professional)\s+supervisor\s*\)", re.IGNORECASE)
"""The activity, not the person: "supervision with Jo" is supervision; "observed by my supervisor" need not be."""


@dataclass(frozen=True)
class Section:
    """A diary entry's heading ("Session 3 – 14 October"): the date and number of the text under it."""

    date: tuple[int, int] | None
    number: int | None
    person: str | None = None
    """Who the entry is with, where its heading says so (an e-mail's "To: ECR1")."""


def text_rows(blocks: list[Block], section: Section | None = None,
              before: tuple[int, int] | None = None) -> list[PracticeRow]:
    """The durations in ``blocks`` read as one text (a PDF's lines run on), sentence by sentence;
    a sentence that names no date takes its ``section``'s. ``before``: the last full date written
    above the blocks, which gives a weekday's date its month ("Tue 11th" under "Tue 4th Mar")."""
    if not blocks:
        return []
    text = " ".join(b.text for b in blocks)
    if not might_hold_a_duration(text):
        return []
    starts, at = [], 0
    for b in blocks:
        starts.append(at)
        at += len(b.text) + 1

    def owner(offset: int) -> Block:
        return blocks[bisect_right(starts, offset) - 1]

    # a PDF's headings are lines among the rest: one that is neither a log's row nor a total
    # ("Supervision and tutorials") ends the entry before it and says what follows it is
    headings = [(starts[i], _EXCLUDED if NOT_COUNTED_HEADING.match(b.text) else heading_kind(b.text))
                for i, b in enumerate(blocks) if b.kind == "heading" and not DATE.search(b.text) and not durations_in(b.text)]
    out: list[PracticeRow] = []
    offset = 0
    lead: tuple[Block, str | None] | None = None
    # the full dates in the text, in order: a weekday's date ("Tue 14th") takes its month from the last before it
    known = [(m.start(), d) for m in DATE.finditer(text) for d in [date_of(m)] if d and d[1] != NO_MONTH]
    weeks = [(at, d) for at, d in known if WEEK_OF.search(text, max(0, at - 22), at)] if WEEK_OF.search(text) else []
    # a PDF's paragraph of sentences after a log's rows starts afresh, though the row above had no full stop
    cuts = [0] + [starts[i] for i, b in enumerate(blocks) if i and _OWN_SENTENCES.match(b.text)] + [len(text)]
    pieces = [text[a:b].strip() for a, b in zip(cuts, cuts[1:])]
    for sentence in _entries(text, [s for piece in pieces for s in _SENTENCE_END.split(piece) if s], starts):
        begin = text.find(sentence, offset)
        offset = begin + len(sentence)
        last = next((d for at, d in reversed(known) if at < begin), section.date if section and section.date else before)
        # the date of the paragraph's own entry, for a sentence after it that names none
        entry_date = next((d for at, d in reversed(known) if at < begin and owner(at) is owner(begin)), None)
        # "Week 2 (w/c 9 Sep) • A - Tue - 2 hrs … • C - Fri - an hour": the week the lines after its date are days of
        week = next((d for at, d in reversed(known) if at < begin), None)
        week = week if week and any(at < begin and d == week for at, d in weeks) else None
        if might_hold_a_duration(sentence) and (lengths_in(sentence) or DATE.search(sentence) and unread_times(sentence)):
            # "Mrs Dale supervises my mentoring. We met on 20 June for half an hour": the sentence before says what it was
            told = lead[1] if lead is not None and lead[0] is owner(begin) and not _MENTORING.search(sentence) else None
            out += line_rows(lambda at, b=begin: owner(b + at), sentence, rank=2, one_per_line=False, section=section,
                             told=told, headings=[(at - begin, kind) for at, kind in headings if at < offset], known=last,
                             entry_date=entry_date, week=week)
            lead = None
        else:
            lead = (owner(begin), kind_of(sentence))
    return out


def _entries(text: str, sentences: list[str], starts: list[int]) -> list[str]:
    """Sentences, except that a diary entry's opening "Tues 7 Oct, 7–8.15pm." runs on through the
    sentences after it (to the next date or the end of its paragraph): they say what the time was."""
    out: list[str] = []
    offset, opened_at, block_end, waiting, last_begin = 0, None, 0, False, 0
    block_start, timed_begin = 0, None
    for sentence in sentences:
        begin = text.find(sentence, offset)
        offset = begin + len(sentence)
        timed = bool(durations_in(sentence))
        joins = opened_at is not None and begin < block_end and not DATE.search(sentence) and (
            not timed or waiting and not TOTAL.search(sentence))
        # "This doesn't count towards my hours": the learner's word on the entry before, in a sentence of its own
        if out and begin < block_end and not timed and not DATE.search(sentence) and NOT_COUNTED.search(sentence):
            joins, opened_at = True, opened_at if opened_at is not None else last_begin
            if len(out) > 1 and not durations_in(out[-1]) and timed_begin is not None and timed_begin >= block_start:
                # "12/06 - 0.75 hrs - a welfare chat. Referred him on. Not counting this as coaching.": back to the
                # entry the paragraph timed, through the untimed sentences between
                while len(out) > 1 and not durations_in(out[-1]):
                    out.pop()
                opened_at = timed_begin
        if joins:
            out[-1] = text[opened_at:offset]
            waiting = waiting and not timed
            continue
        if begin >= block_end:
            block_start = begin  # a paragraph of its own begins
        out.append(sentence)
        last_begin = begin
        timed_begin = begin if timed else timed_begin
        dated = bool(DATE.search(sentence))
        # "Entry 3 - Thu 15 Jan, Mentee B (Leah)." and no length: the entry's length is in the sentences after it
        waiting = len(sentence.split()) <= 10 and dated and not timed
        opens = len(sentence.split()) <= 6 and dated and timed or waiting
        opened_at = begin if opens else None
        # the paragraph the sentence ends in: "Joint session – all three" (a heading) "20 November." opens the entry
        # that the paragraph under the heading goes on with
        block_end = next((at for at in starts if at > (offset - 1 if waiting else begin)), len(text) + 1)
    return out


_DEDUCTION = re.compile(r"\b(?:less|minus|excluding|deduct(?:ing)?|take\s+away|taking\s+away|subtract(?:ing)?)\b[^.;:]{0,40}$",
                        re.IGNORECASE)
""""…, less the joint session of": the figure after it is taken off a total."""


_REVIEW_AFTER = re.compile(r"\W*Review\b(?!\s+(?:of|session|meeting|her|his|their|my|our|the\s+(?:goals?|plan|targets?|actions?)))")
""""Review 35 minutes – he asked me …" in a session's entry: the review with the supervisor after it, as D2.02's
diary keeps one (not "Review of her goals", "Review session with …")."""
_LENGTH_SENTENCE = re.compile(r"(?<=[a-z]\.\s)([0-3]):([0-5]\d)(?=\.(?:\s|$))")
"""An "h:mm" that is a dated entry's sentence of its own: its length (a time of day would say am, pm or "at")."""


def lengths_in(line: str) -> list[Duration]:
    """The durations of a sentence or a log's line; in a short dated line with none written out,
    a bare "1:30" or "1.30" standing as a field of its own ("2 Feb – Mentee J – 1:30 – …")."""
    found = durations_in(line)
    if whole := _LONG_TOTAL.search(line):
        # "That makes 13 and a half hours": longer than any session, read only as the learner's total
        found = sorted(found + [d for d in durations_in(line, TOTAL_MINUTES) if d.minutes > MAX_MINUTES
                                and d.start >= whole.start()], key=lambda d: d.start)
    if found or not DATE.search(line):
        return found
    if alone := _LENGTH_SENTENCE.search(line):
        # "Wednesday 16 April – Connor. 1:15. Goals: …": a sentence of its own, where the entries put their length
        return [Duration(alone.start(), alone.end(), int(alone.group(1)) * 60 + int(alone.group(2)))]
    return [] if len(line.split()) > 30 else bare_lengths(line)


def line_rows(block_at: Callable[[int], Block], line: str, rank: int, one_per_line: bool,
              location: str | None = None, section: Section | None = None, told: str | None = None,
              headings: list[tuple[int, str | None]] = (), known: tuple[int, int] | None = None,
              entry_date: tuple[int, int] | None = None, week: tuple[int, int] | None = None) -> list[PracticeRow]:
    """A sentence, or a table's row that has no header: each date starts a new entry.

    ``told``: the kind the sentence before named ("… supervises my mentoring."), for a
    sentence that names neither a kind nor a person. ``headings``: where a PDF's headings
    start (offsets in ``line``, negative before it) and the kind each names.

    ``block_at(offset)`` is the block that holds the line's character at ``offset``;
    ``one_per_line``: a table's row is one session, its other durations a running total;
    ``known``: the last full date before the line, which gives a weekday's date its month;
    ``entry_date``: the date of the paragraph's entry the line is part of (none: it opens one);
    ``week``: the first day of the week ("w/c 9 Sep") the line is written under, if the last date before it is one.
    """
    found = lengths_in(line)
    dates = []
    for m in DATE.finditer(line):
        date = with_month(date_of(m), known)
        known = date if date and date[1] != NO_MONTH else known
        dates.append((m.start(), date))
    if not dates:
        # no dates: "Session 3" starts an entry as a date would ("Session 1 45 mins Session 2 1 hour")
        dates = [(m.start(), None) for m in NUMBERED.finditer(line)]
    whole_total = bool(_WHOLE_SENTENCE_TOTAL.search(line) or _THAT_IS_TOTAL.search(line)
                       or _RUNNING_TOTAL.match(line) and not DATE.search(line)  # "Running total: 3h45 - past the 3 hours!"
                       or _SUM_WRITTEN.search(line) and not DATE.search(line))  # "Thu 6 Mar - B - 40 + 35 = 75 mins": a session
    head = line[: dates[0][0]] if dates else line
    out: list[PracticeRow] = []
    actual = False
    """The sentence says how long was actually spent: that length, not the clock's span, is the session's."""
    counted_segments: set[int] = set()
    last_counted: int | None = None
    """The duration whose row is ``out[-1]``, if that row is counted: a second part of the same session adds to it."""
    for index, duration in enumerate(found):
        previous_end = found[index - 1].end if index else 0
        next_start = found[index + 1].start if index + 1 < len(found) else len(line)
        segment = _segment(dates, found, index, line)
        seg_start = dates[segment][0] if segment is not None else 0
        seg_end = next((at for at, _ in dates if at > max(seg_start, duration.start)), len(line))
        seg_end = min([seg_end] + [at for at, _ in headings if at > duration.start])
        under = next((kind for at, kind in reversed(headings) if at <= duration.start), None)
        excluded, under = under == _EXCLUDED, None if under == _EXCLUDED else under
        before = line[max(previous_end, seg_start if seg_start <= duration.start else previous_end):duration.start]
        after = line[duration.end:min(next_start, seg_end)]
        date = dates[segment][1] if segment is not None else None
        entry = line[min(seg_start, duration.start):seg_end] if segment is not None else line
        persons, told_of = persons_in(entry), entry
        if not persons and segment == 0 and not durations_in(head):
            persons, told_of = persons_in(head), head + entry  # "I then met Mentee B on 15 January for 45 minutes"
        person = next(iter(persons)) if len(persons) == 1 else None
        kind = (kind_of(before + after) or kind_of(head) or kind_of(entry) or (told if not persons else None)
                or (under if not persons else None) or SESSION)
        if kind == SESSION and entry_date and not persons and _REVIEW_AFTER.match(line):
            kind = SUPERVISION  # "Session 2, Sat 11 January, 8.15 to 8.45. … Review 9.00 to 9.30 - the head coach said …"
        if kind == SUPERVISION and persons and not _SUPERVISION_HELD.search(WATCHED.sub(" ", told_of)):
            kind = SESSION  # "Mentee J – 1:30 – observed by my supervisor": a session with a mentee, watched
        block = block_at(duration.start)
        minutes, count = duration.minutes, duration.count
        if index + 1 < len(found) and duration.end + len(after) == next_start and _LABELS_NEXT.fullmatch(after):
            after = ""  # "14/01 Mentee B 1 hr Total 1 hr 45 mins": "Total" labels the figure after it, not this one
        each = _EACH.match(after)
        listed = [at for at, _ in dates if previous_end <= at < duration.start]
        if each and len(listed) > 1 and count == 1:
            # "on 30 January and on 2 March, an hour each time": one length for every date listed
            minutes, count, after = minutes * len(listed), len(listed), after[each.end():]
        elif (each_before := _EACH_BEFORE.search(before)) and count == 1:
            # "2 supervision sessions, each lasting 1 hour, on 10 January and 24 January": one length for each
            times = _dates_listed_after(line, duration.end) or _sessions_said(line[:duration.start])
            if times > 1:
                minutes, count, before = minutes * times, times, before[:each_before.start()]
        if out and out[-1].kind == "planned" and (cut := _CUT_SHORT.search(before)):
            # "We had booked an hour and a half but the fire alarm went off after fifty-five minutes": what was held
            before = before[:cut.start()]
        row = judge(block, location or block.location, " ".join(told_of.split()), before, after, minutes, date,
                    person, rank, kind, in_log=False, count=count, uncertain=duration.uncertain)
        if row.counted and excluded and row.kind == SESSION:
            # under the learner's own heading "Not counted": "The 18 Feb video call - … ten minutes of …"
            row = marked_not_counted(row)
        if row.counted and not one_per_line and not persons and OWN_LEARNING_TOLD.search(line, 0, duration.start):
            # "the mentor training day at the academy on 14/12/24 (6 hours)", "I went to a workshop ... (3 hrs)"
            row = replace(row, counted=False, kind="other", why="the learner's own training, not a session")
        if _DEDUCTION.search(before) and (whole_total or row.kind == "total"):
            # "14.25 hours (…, less the joint session of 1.5 hours)": taken off the total, not a total itself
            row = replace(row, counted=False, kind="other", why="taken off the learner's own total")
        elif row.counted and whole_total:
            row = replace(row, counted=False, kind="total", why="the learner's own total")
        if duration.minutes > MAX_MINUTES and row.kind != "total":
            continue  # "48 hours' notice": not a length anyone logged
        if row.counted and length_of_a_thing(line, duration.start, duration.end):
            # "Plan a five-minute pre-shift briefing he could run": the length of a thing, not of a session
            row = replace(row, counted=False, kind="other", why="the length of something else, not of a session")
        if row.counted and minutes < _SHORTEST:
            row = replace(row, counted=False, kind="other", why="too short to be a session")  # "timed my answer at 2 min"
        if row.counted and last_counted == index - 1 and out and out[-1].kind == row.kind and \
                in_parts(line, found[index - 1:index + 1]):
            # "Tues 25 Feb 10.00-10.25am and 3.40-4.05pm": one session held in two parts, each on the clock
            out[-1] = replace(out[-1], minutes=out[-1].minutes + minutes)
            continue
        if (row.counted and last_counted == index - 1 and out and out[-1].counted and out[-1].kind == row.kind
                and _RAN_TO.search(before[-30:]) and minutes > (out[-1].minutes or 0)
                # "My 1-hour meeting with Jo was on Mon 19 May and it ran to 1 hr 10": its own date between
                and (not DATE.search(line, found[index - 1].end, duration.start)
                     or out[-1].date == date and out[-1].person == person
                     and not persons_in(line[found[index - 1].end:duration.start]))):
            out[-1] = replace(out[-1], minutes=minutes)  # "the calendar says 45 mins but it ran to an hour"
            continue
        if row.counted and (one_per_line and any(r.counted for r in out) or segment is not None and segment in counted_segments):
            held = next((i for i in range(len(out) - 1, -1, -1) if out[i].counted and out[i].kind == row.kind), None)
            if (held is not None and _RAN_OVER.search(after[:40]) and minutes > (out[held].minutes or 0)
                    and not _MORE_BEFORE.search(before[-25:])):
                # "My 1-hour meeting … was on 29 April, 18:00–19:05 (it ran over)": the time it took, not the hour booked
                out[held] = replace(out[held], minutes=minutes)
                continue
            if _FEEDBACK_TO_ME.search(before[-40:] + after[:20]):
                # "Observed by Mererid; her feedback to me afterwards took 30 min": a debrief (supervision) or a part
                # of the session? Asked, not guessed
                row = replace(row, counted=False, kind=UNCERTAIN, why="a second length in the entry, of feedback to the "
                              "learner: a debrief to count as supervision?")
            else:
                row = replace(row, counted=False, kind="other",
                              why="another figure for the same entry (a running total or the time written twice)")
        # "Session 6, Thursday 1 May: 1.30 to 2.10": the number before the entry's date is the entry's too
        number = session_number(entry if dates else line) or (session_number(head) if segment == 0 else None)
        if row.counted and date is None and section is not None:
            row = replace(row, date=section.date)  # "We met for 30 minutes" under "Session 3 – 14 October"
            number = number or section.number
        elif row.counted and date is None and entry_date and row.kind == SESSION and _COUNTS_IT.search(line):
            # "… at 2am on Friday 9 May the frost alarm went off and T rang me. … I am counting this as a mentoring
            # session … the most useful half hour": the learner counts it, on the day the paragraph opened with
            row = replace(row, date=entry_date)
        elif row.counted and date is None and week and (day := day_in_week(week, line[:duration.start])):
            row = replace(row, date=day)  # "• C - Fri - an hour in the party room" under "Week 2 (w/c 9 Sep)"
        elif row.counted and date is None and entry_date and row.kind in (SUPERVISION, TUTORIAL):
            # "… observed by my tutor. Frank then gave me a debrief from 11:00 to 11:30.": the entry's support, its date
            row = replace(row, date=entry_date)
        elif row.counted and date is None:
            if SESSION_MARK.search(entry if dates else line) or row.kind in (SUPERVISION, TUTORIAL) and (
                    row.count > 1 or _MONTH_NAMED.search(entry if dates else line)):
                # "two supervision sessions with Fiona on Zoom, each of an hour, in March and April": the learner's
                # support told as a whole, seldom dated; counted unless a log of supervision counts it
                row = replace(row, undated=True)
            else:
                row = replace(row, counted=False, kind="other", why=f"{NO_DATE}: not taken as a session")
        if (row.counted and before.strip() and MONTH_ONLY.fullmatch(before)
                and block.text.lstrip().lower().startswith(before.strip().lower())):
            # "January 5 hrs", a monthly subtotal's line in a PDF's table (a day before it is a date: "5 January 2 hrs")
            row = replace(row, counted=False, kind="total", why="a month's subtotal")
        if row.counted and date is None and _SUMMARY_OPENING.match(block.text):
            # "SUMMARY. C1: 9h10 + joint 2h = 11h10. C2: 2h55.": the learner's sums under their own heading
            row = replace(row, counted=False, kind="total", why="the learner's own total")
        if row.counted and NOT_COUNTED_OPENING.match(block.text):
            # "Not counted: on Saturday 11 October I helped at the junior group coaching morning, 1 hr 30": the
            # paragraph's own heading says it, however far before the length
            row = marked_not_counted(row)
        if row.counted and segment is not None:
            counted_segments.add(segment)
        if row.counted and not one_per_line and _ACTUALLY.search(before):
            # "half one to twenty past two, but … we lost ten minutes, so we actually worked for 40 minutes"
            out = [replace(r, counted=False, kind="other", why=_ACTUAL_WHY) if r.counted and r.kind == row.kind else r
                   for r in out]
            actual = True
        elif row.counted and actual and row.kind == SESSION:
            row = replace(row, counted=False, kind="other", why=_ACTUAL_WHY)
        if row.counted and count > 1 and len(dates) == count:
            # "half an hour: 27/09, 25/10 and 29/11 (3 x 30 mins)": the sum restates the one length given
            # for the dates listed (as many as it counts: more dates would be other sessions); counted once, as the sum
            each_minutes = minutes // count
            out = [replace(r, counted=False, kind="other", why="the same sessions as the sum after it")
                   if r.counted and r.minutes == each_minutes and count_class(r.kind) == count_class(row.kind) else r
                   for r in out]
        out.append(replace(row, number=number))
        last_counted = index if row.counted else None
    if (found and len(dates) <= 1 and not one_per_line and (note := _NOTE_AFTER.search(line, found[-1].end))
            and not (persons_in(note.group(0)) or _A_CODE_NAMED.search(note.group(0)))):
        # "… so I did 30 mins with him. That's not part of my 201 mentoring so I've left it out of the totals.":
        # the entry's closing note, after all its figures, is the learner's word on the whole entry, unless it says
        # whose part it means ("1 hr with R, then 20 mins with T. The T chat is not counted.": that figure's alone)
        out = [marked_not_counted(r) if r.counted and r.kind == SESSION else r for r in out]
    if dates or one_per_line:
        out += _unread_rows(block_at, line, location, rank)
    return out


_A_CODE_NAMED = re.compile(r"\b(?!I\b)[A-Z]\d?\b(?![.'’])")
""""The T chat": a mentee's letter, which says which part of the entry a note is about."""
_NOTE_AFTER = re.compile(rf"[.!?]\s+[^.!?]*(?:{NOT_COUNTED.pattern})", re.IGNORECASE | re.DOTALL)
""""…. I've left it out of the totals.": a sentence of the learner's own, after the entry's last figure."""
_ACTUALLY = re.compile(r"\b(?:actually|in\s+fact|really|in\s+the\s+end)\s+(?:\w+\s+){0,2}?(?:for\s+)?(?:about\s+)?$",
                       re.IGNORECASE)
_ACTUAL_WHY = "not the time actually spent (the entry gives that)"
_EXCLUDED = "excluded"
"""What a PDF's heading line says of the lines under it, where it is the learner's "Not counted"."""

_RAN_OVER = re.compile(r"^\W{0,4}(?:it\s+|we\s+|that\s+)?(?:ran\s+over|overran|over-?ran|"
                       r"went\s+over(?!\s+(?:the|her|his|my|our|their|a|an|it|what|last|some|everything|them)\b))\b",
                       re.IGNORECASE)
""""18:00–19:05 (it ran over)": the second length of an entry is the time it really took."""
_RAN_TO = re.compile(r"\b(?:ran|went|carried)\s+on\s+(?:to|for)\s+(?:about\s+)?$|\bran\s+to\s+(?:about\s+)?$", re.IGNORECASE)
""""The calendar says 45 mins but it ran to an hour": the second length is the time it took."""
_MORE_BEFORE = re.compile(r"\b(?:plus|extra|another|further|more)\b[^.]*\Z", re.IGNORECASE)
""""plus 15 mins (we ran over)": more time on top of the held length, not the length itself."""

_FEEDBACK_TO_ME = re.compile(r"\b(?:feedback|debrief)\s+(?:to\s+me|for\s+me)\b|\b(?:gave|give|gives)\s+me\s+(?:\w+\s+){0,2}?"
                             r"(?:feedback|debrief)\b", re.IGNORECASE)
_CUT_SHORT = re.compile(r"\bbut\b[^.;]{0,80}?\b(?:after|at)\s*$", re.IGNORECASE)
"""After a booked length, "but … after": the length the session was cut short at, the one held."""



def _unread_rows(block_at: Callable[[int], Block], line: str, location: str | None, rank: int) -> list[PracticeRow]:
    """A log's entry holding a time no pattern read ("75'", "1 hr 12"): listed as uncertain, so
    whatever was counted from the entry is never shown as sure."""
    unread = unread_times(line)
    if not unread:
        return []
    block = block_at(line.find(unread[0]))
    return [PracticeRow(" ".join(line.split())[:160], location or block.location, None, False,
                        f"{UNREAD_TIME_WHY}: {', '.join(unread)}", UNCERTAIN, date_in(line), None, rank, key_of(block))]


_EACH_BEFORE = re.compile(r"\beach\s+(?:one\s+)?(?:lasting|lasted|of|for|was|took|about|around|approximately|roughly)?\s*"
                          r"(?:about|around|approximately|roughly)?\s*$", re.IGNORECASE)
_JOINS = re.compile(r"[\s,;]*(?:(?:and|&)\s+)?(?:on\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+)?(?:the\s+)?",
                    re.IGNORECASE)
_N_SESSIONS = re.compile(r"\b([2-9]|two|three|four|five|six)\s+(?:\w+\s+){0,2}?(?:sessions|meetings|calls|tutorials)\b",
                         re.IGNORECASE)
_SMALL = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


def _dates_listed_after(line: str, end: int) -> int:
    """How many dates follow a length as a list ("…, on 10 January and 24 January"): 0 for none."""
    found, at = 0, end
    for match in DATE.finditer(line, end):
        if not _JOINS.fullmatch(line[at:match.start()]):
            break
        found, at = found + 1, match.end()
    return found


def _sessions_said(text: str) -> int:
    """"2 supervision sessions", "three calls": how many the words before a length speak of."""
    said = _N_SESSIONS.search(text)
    return (_SMALL.get(said.group(1).lower()) or int(said.group(1))) if said else 0


_ON_DATE = re.compile(r"\s*,?\s*on\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+)?(?:the\s+)?", re.IGNORECASE)
""""for an hour on 2 February": the date just after a length, joined by "on", is its own."""


def _segment(dates: list[tuple[int, tuple | None]], found: list[Duration], index: int, line: str = "") -> int | None:
    """The date a duration belongs to: one that follows it as "… for an hour on 2 February";
    else the last before it, or one just after it in the same clause."""
    at = found[index].start
    on = next((i for i, (start, _) in enumerate(dates) if start >= found[index].end
               and _ON_DATE.fullmatch(line[found[index].end:start])), None)
    if on is not None:
        return on
    before = [i for i, (start, _) in enumerate(dates) if start <= at]
    if before:
        return before[-1]
    if dates and dates[0][0] - found[index].end < 40 and not (index + 1 < len(found) and found[index + 1].start < dates[0][0]):
        return 0
    return None
