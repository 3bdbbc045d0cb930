"""What a duration in a practice record is: a session, supervision, or something left out, and why.

One row of a log, one record or one sentence gives a duration; the words around it decide
whether it is a session delivered (counted), supervision or a tutorial (counted apart), or
left out: planned, cancelled, a total, the learner's "not counted", an observation, a
requirement. Plain rules over words, so the reason can be shown to the assessor.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from marker.submission.common_words import everyday_word, lower_case_word
from marker.submission.model import Block
from marker.submission.practice_dates import (  # noqa: F401  (read here and by the practice modules)
    DATE, NO_MONTH, WEEK_OF, WEEKDAY_NAMED, date_in, date_of, day_in_week, with_month,
)

SESSION, SUPERVISION, TUTORIAL = "session", "supervision", "tutorial"
"""The kinds of row that are counted: sessions in the practice figure, the other two in supervision."""
UNCERTAIN = "uncertain"
"""A row whose time could not be read for sure ("60-90 mins", "about an hour?"): listed, never counted."""
RANGE_WHY = "uncertain: a range or a bare time, not one length (check with the learner)"
UNREAD_WHY = "duration not read"


@dataclass(frozen=True)
class PracticeRow:
    """One row of a log, one record or one sentence that gives a duration."""

    text: str
    location: str
    minutes: int | None
    """None when the duration could not be read."""
    counted: bool
    why: str
    """"counted", or why it was left out: "planned", "total row", "same session as …"."""
    kind: str
    """session, supervision, tutorial, observation, planned, cancelled, total, not counted, uncertain, other."""
    date: tuple[int, int] | None = None
    """(day, month): what tells the same session apart in a log and in its own record."""
    person: str | None = None
    rank: int = 2
    """Where it came from: 0 a log's row, 1 a record, 2 text. A session written twice keeps the lowest."""
    block: tuple[str, int, int | None] = ("", 0, None)
    undated: bool = False
    """Counted from text that names no date: left out when a log or records count the sessions."""
    number: int | None = None
    """The session's number ("Session 3"): what tells the same session apart where a date is missing."""
    count: int = 1
    """Sessions the row stands for: 2 for "2 x 30 mins"."""

    @property
    def doubtful(self) -> bool:
        """Its time could not be read for sure: the figures are doubtful while it is there."""
        return self.kind == UNCERTAIN


# --- sessions and people (dates: practice_dates.py) -----------------------------------------

SESSION_MARK = re.compile(r"\b(?:session|meeting|supervision|tutorial)\s*(?:no\.?\s*|number\s*)?\d{1,2}\b|"
                          r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|final|last)\s+(?:\w+\s+){0,2}?"
                          r"(?:session|meeting|supervision|tutorial)\b", re.IGNORECASE)
"""A session named without a date: "Session 3", "our final meeting"."""
PERSON = re.compile(r"\b(?:((?i:mentee|coachee|client|individual))\s+([A-Z]{1,2}\d{0,2})|((?i:mentee|coachee)|Client|Individual)\s+(\d{1,2}))"
                    r"\b(?![a-z'’])")
""""Mentee A", "mentee B", "Client 2" ("a hesitant client 6" is not one: a client and a number, only capitalised)."""
CODED = re.compile(r"^\W*(?:\S+\s+)?(?:\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?)\W+([A-Z]{1,3}\d{1,2})\b")
""""07/01/26 PT1 1hr": a mentee's code just after the date of a log's line."""
STATED_INDIVIDUALS = re.compile(
    r"\b(?:(?:mentored|coached|worked\s+with|supported)\s+(\d|one|two|three|four|five|six)\s+(?:different\s+)?"
    r"(?:individuals?|mentees?|coachees?|clients?|people|person|colleagues?)"
    r"|with\s+(?:my\s+)?(\d|one|two|three|four|five|six)\s+(?:different\s+)?(?:mentees?|coachees?)"
    r"|(?:mentoring|coaching)\s+with\s+(\d|one|two|three|four|five|six)\s+(?:different\s+)?(?:person|people|individuals?))\b",
    re.IGNORECASE)


NUMBERED = re.compile(r"\bsession\s*(?:record\s*|log\s*)?(?:no\.?\s*|number\s*|#\s*)?(\d{1,2})\b", re.IGNORECASE)


def session_number(text: str) -> int | None:
    """3 for "Session 3", "Session record 3", "session no. 3"."""
    match = NUMBERED.search(text or "")
    return int(match.group(1)) if match else None


_MET = re.compile(r"\b(?:[Ww]ith|[Mm]et|saw|mentored|coached)\s+(?:my\s+)?(?:mentee\s+|coachee\s+)?"
                  r"([A-HJ-Z]\s\([A-Z][a-z]+\)|(?:[A-Z][a-z]{2,}|[A-HJ-Z](?![\w.]))\b(?!\s+[A-Z]))")
# "met J (Jamal)": an initial with the name that tells it from another mentee's "J (Jess)"
""""I met Sam on 3 March", "session with T after the girls went home", a record's "With Dana for
1 hour.": the person met."""
_AND_I = re.compile(r"\b([A-Z][a-z]{2,}|(?<![\w.])[A-HJ-Z](?![\w.]))\s+and\s+I\s+"
                    r"(?:met|talked|worked|spoke|had|looked|went|agreed|reviewed|discussed)\b")
""""Sarah and I met on 3 March": the person met, named first."""
NOT_A_NAME = frozenset("""January February March April May June July August September October November December Monday
Tuesday Wednesday Thursday Friday Saturday Sunday Teams Zoom Mentee Coachee Client The Our Her His Him Them Both Each
Everyone Someone Supervision Tutor Tutorial Mentoring Coaching""".split())


def subject_persons(text: str) -> set[str]:
    """"Coaching - K (chemistry)", "Mentoring - Bea": who a calendar's subject or a timesheet's activity names."""
    return {m.group(1) or m.group(2) for m in _SUBJECT_PERSON.finditer(text)
            if m.group(1) or not (m.group(2) in NOT_A_NAME or everyday_word(m.group(2)) or DATE.search(f"{m.group(2)} 1")
                                  or WEEKDAY_NAMED.match(m.group(2)))}


def persons_in(text: str) -> set[str]:
    """"Mentee A", "Client 2": the labelled people a sentence or record names; else a first name
    after "met" or "with" ("I met Sam on 3 March"), as learners who use pseudonyms write."""
    labelled = {f"{(m.group(1) or m.group(3)).capitalize()} {(m.group(2) or m.group(4)).upper()}"
                for m in PERSON.finditer(text)}
    coded = CODED.match(text)
    if coded and not labelled:
        return {coded.group(1)}
    if not labelled and (field := _DASHED_FIELD.match(text)):
        named = set(re.split(r"\s*(?:[+&,]|\band\b)\s*", field.group(1)))
        if not named & (NOT_A_NAME | _NOT_A_PERSON) and not any(everyday_word(n) for n in named):
            return named
    codes = {c for c in _CODE.findall(text) if c.rstrip("0123456789") not in _NOT_A_CODE}
    codes = codes or subject_persons(text)
    return labelled or codes or {m.group(1) for pattern in (_MET, _AND_I) for m in pattern.finditer(text)
                                 if m.group(1) not in NOT_A_NAME and not _SUPPORTER.match(text, m.end())} or {
        m.group(1) for m in _MET_INITIAL.finditer(text) if not m.group(2) or lower_case_word(m.group(2))}


_DASHED_FIELD = re.compile(r"^\W*(?:[A-Z][a-z]{2}\w*\s+)?\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?\s+[-–—]\s+"
                           r"(?:GROUP\s+|[Gg]roup:?\s+|[Jj]oint:?\s+)?([A-Z][a-z]+(?:\s*(?:[+&,]|and)\s*[A-Z][a-z]+)*)"
                           r"\s+[-–—]\s+\d")
""""06/01 - Ash - 50m - …", "20/01 - GROUP Ash + Birch - 1.5 hrs": a log typed as dashed fields, the person
between the date and the length (a name the word lists hold, though it is also a tree)."""
_NOT_A_PERSON = frozenset("Call Phone Video Online Chat Catch".split())
_MET_INITIAL = re.compile(r"\b(?:[Ww]ith|[Mm]et|saw)\s+([A-HJ-Z])\.(?:\s+([A-Z][a-z]+)\b)?")
""""1 hr with J. First one.": the mentee's initial, and a sentence after it (not "with J. Okafor", a surname)."""


_SUPPORTER = re.compile(r",?\s+\(?(?:my|our|the)\s+(?:[\w-]+\s+){0,2}?(?:supervisor|tutor|assessor|line\s+manager|manager|coach\s+supervisor)\b",
                        re.IGNORECASE)
""""with Gwen, my supervisor for this unit", "met Karen (my tutor)": the learner's support, never a mentee."""


_CODE = re.compile(r"(?<![\w.])([A-Z]{2,3}\d{1,2})(?![\w.])")
""""FF1", "SM2": a mentee's code standing as a word of its own."""
_SUBJECT_PERSON = re.compile(r"(?:^|\|)[ \t]*(?:[Cc]oaching|[Mm]entoring|COACHING|MENTORING)[ \t]*[-–—:][ \t]*"
                             r"(?:([A-HJ-Z]\d{0,2})\b(?![.'’])|([A-Z][a-z]+)(?=[ \t]*(?:\(|\||[-–—]|$)))", re.MULTILINE)
""""Coaching - K (chemistry)", "Mentoring - W": a calendar's subject, or a timesheet's activity, naming who it was with."""
_NOT_A_CODE = frozenset("AC LO AO KS NVQ ILM CPD RQF QCF UK NHS GCSE BTEC".split())
"""Codes that are a criterion, a key stage or a level, never a person: "AC1", "KS3"."""


# --- what a row is ------------------------------------------------------------------------

NOT_COUNTED = re.compile(r"not\s+(?:been\s+)?(?:counted|included)|n[o']t\s+count|not\s+part\s+of\s+the\s+(?:hours|total)|"
                         r"\b(?:is|was|are|were)\s+not\s+in\s+(?:the|my)\s+(?:diary|log|table|hours|total|records?)\b|"
                         r"\bnot\s+in\s+(?:the\s+|my\s+)?(?:total|hours)\b|"
                         r"\bexcluded\b|(?:do|did)\s+not\s+count|"
                         # "so I've left it out of the totals"
                         r"\bleft\s+(?:it|this|that|them|these|those)?\s*out\s+of\s+(?:the|my)\s+(?:totals?|hours|count|figures)\b|"
                         # "a 10 minute chat with J.; it wasn't a session"
                         r"\b(?:(?:it|this|that)\s+(?:was\s*n[o'’]?t|is\s*n[o'’]?t|was\s+not|is\s+not)\s+(?:really\s+)?a\s+|"
                         r"not\s+a\s+)(?:proper\s+|real\s+|formal\s+)?(?:mentoring\s+|coaching\s+)?session\b"
                         r"(?=\s*(?:[.;,)!?–—-]|$|\s+(?:as\s+such|at\s+all|really)\b))|"
                         r"\b(?:training|teaching|instruction|a\s+briefing|a\s+(?:team\s+)?meeting|line\s+management|an?\s+appraisal|"
                         r"a\s+(?:toolbox\s+)?talk)\s*[,–—-]?\s*not\s+(?:mentoring|coaching)\b|"
                         # "Handover with C's manager. C not there - not coaching.": the learner's word, ending the row
                         r"^(?!.*\b(?:coaching|mentoring)\b.*\s[-–—]\s*not\s+(?:coaching|mentoring)).*\s[-–—]\s*not\s+(?:coaching|mentoring)"
                         r"\s*[.!]?\s*$", re.IGNORECASE | re.DOTALL)
_SAID_NOT_COUNTED = r"(?:(?:not|never)\s+(?:counted|included)|excluded|left\s+out)"
NOT_COUNTED_OPENING = re.compile(rf"\W{{0,3}}{_SAID_NOT_COUNTED}\b[^:.\n]{{0,40}}:", re.IGNORECASE)
""""Not counted:", "Not counted in my hours:": a paragraph that opens by saying none of it counts."""
NOT_COUNTED_HEADING = re.compile(
    rf"\W{{0,3}}(?:{_SAID_NOT_COUNTED}|what\s+I\s+(?:did\s*n[o'’]?t|have\s*n[o'’]?t|did\s+not|have\s+not)\s+(?:count|include)(?:ed)?)"
    r"(?:\s+(?:from|in|towards?)\s+(?:my|the)\b[^:\n]{0,40})?\W*$", re.IGNORECASE)
"""A heading "Not counted", "Excluded from my hours", "What I did not count": no session under it counts."""
NOT_COUNTED_WHY = "learner marked not counted"


def marked_not_counted(row: PracticeRow) -> PracticeRow:
    """The row as the learner marked it: not counted."""
    return replace(row, counted=False, kind="not counted", why=NOT_COUNTED_WHY)


CANCELLED = re.compile(r"\bcancel+ed\b(?!\s+(?:sailing|flight|train|bus|ferr(?:y|ie)|service|order|deliver(?:y|ie)|shipment|trip|"
                       r"journey|fixture)s?\s+(?:role[- ]?plays?|drills?|procedures?|polic(?:y|ies)|process|scenarios?|"
                       r"complaints?|refunds?|rebookings?|desk|announcements?)\b)|\bdid\s*n[o'’]?t\s+(?:attend|happen|take\s+place|show|turn\s+up|come|go\s+ahead|arrive)|\bDNA\b|"
                       r"\bnot\s+(?:attended|completed)\b|\bdeclined:|"
                       r"\bno[- ]show\b|\bpostponed\b|\bfailed\s+to\s+(?:attend|turn\s+up)|\bcalled\s+off\b|"
                       r"\bnot\s+(?:held|go\s+ahead)\b|\bwas\s+not\s+able\s+to\s+(?:attend|come)\b|"
                       r"\b(?:mentee|coachee|client|pupil|he|she|they)\s+(?:was\s+|were\s+)?absent\b|^\W*absent\W*$|"
                       # a calendar's "Mentoring T – no, tying-down week, skip"; a cell "Skipped" (not "homework - skipped")
                       r"[-–—]\s*no\s*,[^|\n]{0,40},\s*skip(?:ped)?[.!]?\s*$|(?:^|\|)\s*skip(?:ped)?\s*(?:\||$)|"
                       # a platform's "Rescheduled" status, "Moved to S-1114": this booking did not happen
                       r"(?:^|\|)\s*rescheduled\s*(?:\||$)|\bmoved\s+to\s+(?:[A-Z]-?\d|\d{1,2}[/.]|next\s+(?:week|month|session|time)\b|"
                       r"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b)",
                       re.IGNORECASE)
_ANOTHER_SESSION = re.compile(r"\b(?:about|discuss(?:ed|ing)?|after|since|following|re|why|over|on|because\s+of|due\s+to)\s+"
                              r"(?:the|her|his|their|that|last\s+week['’]s|[A-Z][a-z]+['’]s)\s+$|"
                              r"\b(?:about|discuss(?:ed|ing)?|after|following)\s+$", re.IGNORECASE)
"""The words before "DNA" or "cancelled" that make it another session's: "Talked about the DNA", "After the
cancelled session we reset goals", "reflected more on Connor's DNA", "rang my tutor because of the cancelled
session"."""


def said_of_another(text: str, at: int, minutes: int | None) -> bool:
    """Is the cancellation at ``at`` said of an earlier session, beside a time of the session's own?"""
    return bool(minutes) and bool(_ANOTHER_SESSION.search(text[max(0, at - 40):at]))


def cancelled_in(text: str, minutes: int | None) -> bool:
    """Whether ``text`` says its session did not happen (not only that an earlier one did not)."""
    return any(not said_of_another(text, m.start(), minutes) for m in CANCELLED.finditer(text))


PLANNED = re.compile(r"(?:^|\|)\s*(?:to\s+do|upcoming|pending|not\s+yet\s+held)\s*(?:\||$)|"
                     r"\bplanned\b(?!\s+(?:her|his|their|the|a|an|my|our|its|how|what|which|out)\b)|\bto\s+be\s+(?:held|arranged|confirmed)|\bbooked\b|\brostered\b|\bprovisional|\bscheduled\b|\bTBC\b|"
                     r"not\s+yet\s+(?:held|happened|taken\s+place)|\bnot\s+happened\s+yet\b|\bfuture\b|"
                     r"\brecurring\b", re.IGNORECASE)
"""A log's row that has not happened yet."""
_PLANNED_TEXT = re.compile(PLANNED.pattern + r"|(?<!badge\s)(?<!action\s)(?<!session\s)(?<!development\s)(?<!lesson\s)"
                           r"(?<!care\s)(?<!business\s)(?<!project\s)\bplans?\b|\bnext\s+session\b|\bwill\s+(?:meet|be|take|last|run)|"
                           r"\bintend|\baim\s+to\b|\bnext\s*:", re.IGNORECASE)
"""A sentence about sessions to come."""
_NOT_YET = re.compile(r"\bnot\s+yet\s+(?:held|happened|taken\s+place|done)|\bnot\s+happened\s+yet\b|\byet\s+to\s+(?:happen|take\s+place)\b",
                      re.IGNORECASE)
""""… Tom Planned - follow up after his refresher, not yet held": said anywhere in the entry's clause, never of a session held."""
_PLANNED_MARK = re.compile(r"\(\s*(?:planned|booked|provisional|to\s+be\s+(?:held|confirmed)|TBC|scheduled|not\s+yet\s+held)\s*\)|"
                           r"^\W{0,3}(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve)\s+occurrences\b",
                           re.IGNORECASE)
""""… closing review with both (planned)": a log line's own mark, wherever it stands in the line; a recurring
invite's "16:30 - 17:00, 6 occurrences from 13/01/2025": slots booked, not sessions held."""
# "Planned her training session": the verb, what the session did, not a session still to come
_PLANNED_AFTER = re.compile(r"^\W{0,3}(?:\d{1,3}[:.]\d{2}\s+)?\(?\s*(?:planned|booked|provisional|to\s+be\s+(?:held|confirmed)|TBC|scheduled)\b"
                            r"(?!\s+(?:for\s+)?\d)(?!\s+(?:her|his|their|the|a|an|my|our|its|how|what|which|out)\b)", re.IGNORECASE)
""""… 1 hr (planned)", "2h 44:15 Planned – …" (a running total between, a PDF's log row); not "(45 - planned 60,
Teams crashed)", the length planned beside the one held."""
_NEED_TO = re.compile(r"need\s+to", re.IGNORECASE)
_CLAUSE_START = re.compile(r"[;.!?]\s")
_CLAUSE_END = re.compile(r"[;.!?]")
"""A requirement's words count only in the clause that holds the length: "…for 1 hour; we agreed to meet each fortnight"."""
_AT_LEAST = re.compile(r"at\s+least", re.IGNORECASE)
_UP_TO_A_SCORE = re.compile(r"\bup\s+to\s+\d+(?:[.,]\d+)?(?!\d|[.,:]\d|\s*(?:h|hrs?|hours?|min|mins|minutes?)\b)",
                            re.IGNORECASE)
"""'Quality score up to 78%' in a session's notes: a figure that rose, not a length's limit ('up to 2 hours')."""
_HELD = re.compile(r"\b(?:met|lasted|spent|took|ran|was|were|had|held|delivered|talked|worked|coached|mentored)\b", re.IGNORECASE)
_REQUIRED = re.compile(r"\bminimum\b|\bat\s+least\b|\brequire|\bmust\b|\bneed\s+to\b|\btarget\b|\basks\s+for\b|\bexpected\b|"
                       r"\bprovide\s+evidence\b|"  # a criterion's own wording: "Provide evidence of a 1-hour meeting with their tutor"
                       r"\beach\b(?!\s+other\b)|\bper\s+(?:session|week|month)|\bevery\s+(?:week|fortnight|month)|\bup\s+to\b|\bmaximum\b|"
                       r"\bon\s+track\s+(?:for|to)\b",
                       re.IGNORECASE)
_MET_THE = re.compile(r"\b(?:met|meet|meets|reached|reach|passed|hit)\s+(?:the|my|our)\s*$", re.IGNORECASE)
""""I had met the three hours": the unit's requirement, reached."""
TOTAL = re.compile(r"\b(?:sub-?\s?|grand\s+)?totals?\b|\bin\s+all\b|\baltogether\b|\boverall\b|\bso\s+far\b|\bto\s+date\b|"
                   r"\bcumulative\b|\bby\s+the\s+end\s+of\b|\b(?:that|this|which)\s+(?:makes|made|brings|brought|gives|came)\b|"
                   r"\bcame\s+to\b|\bbringing\b|\bin\s+summary\b|\b(?:sessions|hours)\s+(?:completed|delivered|logged)\b|"
                   r"\bby\s+my\s+(?:count|reckoning|calculations?)\b|\badding\s+(?:it|them|these|those|everything)\s+(?:all\s+)?up\b|"
                   r"\ball\s+told\b|\bI\s+make\s+it\b",
                   re.IGNORECASE)
MONTH_ONLY = re.compile(r"\W*(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
                        r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\W*", re.IGNORECASE)
""""February" alone in a log's first cell, beside a length: the month's subtotal, no session's date."""
PART_WHY = "part of a session, not its length"
TOTAL_ROW = re.compile(r"\b(?:sub-?\s?|grand\s+)?totals?\b|\bcumulative\b|\b(?:brought|carried)\s+forward\b|\b[bc]/f\b",
                       re.IGNORECASE)
"""A log's row that adds up the others."""


def total_words(text: str) -> str:
    """A total's own words: a PDF's line may carry the row above's notes ("Planned – … Total mentoring 44h15")."""
    at = TOTAL_ROW.search(text)
    return text[at.start():] if at else text
_TOTAL_AFTER = re.compile(r"^\W*(?:in\s+total|in\s+all|altogether|total)\b", re.IGNORECASE)
# "1 hour - total so far 3:10": a session's length, then a running total of its own in the next field
_RUNNING_AFTER = re.compile(r"\s*[-–—|;]\s*(?:running\s+)?total\s+(?:so\s+far|to\s+date)\s*:?\s*\d", re.IGNORECASE)
# "Undertake supervised mentoring" names the practice itself, not supervision
_SUPERVISION = re.compile(r"supervis(?!ed\s+(?:mentoring|coaching|practice))", re.IGNORECASE)
_DEBRIEF = re.compile(r"\b(?:feedback|debrief)\b[^.]{0,30}?\b(?:after|on|about|from)\s+(?:(?:the|my|her|his)\s+)?observation\b|"
                      r"\b(?:gave|gives|give)\s+me\s+(?:a\s+|her\s+|his\s+)?debrief\b|\bdebriefed\s+me\b|"
                      r"\bgave\s+me\s+(?:(?:\d+|[a-z]+)\s+(?:minutes?|mins?|hours?|hrs?)\s+)?(?:of\s+)?feedback\s+(?:straight\s+)?after"
                      r"(?:wards|\s+(?:(?:the|my|her|his)\s+)?observation\b)?",
                      re.IGNORECASE)
"""The debrief on the learner's observed session ("feedback straight after the observation", "Frank then
gave me a debrief", "… and gave me 30 minutes of feedback straight afterwards"): their support."""
_TUTORIAL = re.compile(r"\btutor(?:ial|s)?\b|" + _DEBRIEF.pattern, re.IGNORECASE)
_DEBRIEF_LENGTH_BEFORE = re.compile(r"\b(?:gave|gives|give|giving)\s+me\s+(?:some\s+|her\s+|his\s+)?(?:feedback|a\s+debrief)\s+"
                                   r"(?:for|lasting)\s+(?:about\s+|around\s+)?\Z", re.IGNORECASE)
_DEBRIEF_LENGTH_AFTER = re.compile(r"['’]?\s*(?:of\s+)?(?:feedback|debrief(?:ing)?)\b"
                                   r"(?!\s+(?:form|sheet|session|meeting|conversation|to\s+(?:my|the|her|his|a)\b))", re.IGNORECASE)
"""A length that is the tutor's or supervisor's feedback on an observed session ("20 minutes' feedback")."""
_OBSERVER = re.compile(r"\b(?:my|the|our)\s+(?:[a-z]+\s+)?(?:tutor|assessor|supervisor)\b|\b(?:to|for|gave|give|gives)\s+me\b",
                       re.IGNORECASE)
"""Whose feedback it is: the learner's own tutor's, assessor's or supervisor's, or feedback given to the learner
(not "Coachee C (shift supervisor) - 45 mins feedback on his team talk")."""
# a session the learner ran while someone watched ("observed by my supervisor") is still their practice
_OBSERVATION = re.compile(r"\bobservation\b(?!\s+(?:debrief|feedback|review))|\bshadow(?:ed|ing)\b|\bsat\s+in\s+(?:on|while)\b|"
                          r"\b(?:observed|watched)\s+(?:an?|the|my)\s+(?:experienced|senior|other|colleague)|"
                          r"\b(?:observ(?:ed|ing)|watch(?:ed|ing))\s+another\s+(?:mentor|coach)", re.IGNORECASE)
"""Watching someone else mentor: their practice, not the learner's."""
_NOT_PRACTICE = re.compile(r"\bplanning\s+(?:my|the|our|for\s+(?:my|the|our))\s+(?:\w+\s+)?sessions?\b|\bpreparation\b|\bprep\s+time\b|"
                           r"\bpreparing\s+(?:my\b|for\s+(?:my|the|our)\s+(?:\w+\s+)?(?:sessions?|meetings?|observation|supervision|tutorial|mentoring|coaching)\b)|\bwrit(?:e|ing)[- ]?up\b|\btravel(?:ling)?\s+time\b|\badmin\b",
                           re.IGNORECASE)
"""The learner's own preparation, write-up or travel: time spent, but not mentoring."""
SESSION_CELL = re.compile(r"\s*(?:mentoring|coaching|one[- ]to[- ]one|1:1)(?:\s+session)?\s*", re.IGNORECASE)
"""A cell, or a column's header, that says its time is a session: "Mentoring", "Coaching session", "1:1"."""
OWN_LEARNING = re.compile(r"\bCPD\b|\btraining\s+(?:day|course|session|event)\b|\bwebinar\b|\bcourse\b|\bconference\b|"
                           r"\bworkshop\b|\bself[- ]study\b|\bmasterclass\b|\blearning\s+event\b", re.IGNORECASE)
"""A log's row for the learner's own learning ("CPD workshop", "Training day"), with no mentee in it."""
_TUTORIAL_HELD = re.compile(r"\btutorials?\b", re.IGNORECASE)
OWN_LEARNING_TOLD = re.compile(
    r"\btraining\s+day\b|\b(?:I|we)\s+(?:went\s+to|attended|did|completed|joined)\s+(?:a|an|the|my|our)\s+"
    r"(?:[\w&'’-]+\s+){0,5}?(?:training|course|workshop|webinar|conference|masterclass|e-?learning)\b", re.IGNORECASE)
"""Told in a sentence, the learner's own learning: "the mentor training day", "I went to a half-day mentoring
skills workshop" (a sentence's other words may be a mentee's, so not the log's looser words)."""
_OWN_TIME = re.compile(r"\W*(?:reflections?|reflective\s+(?:writing|log|journal)|journal(?:l?ing)?|wr(?:ite|ote|iting)\s+up|"
                       r"prep\s+time|preparing\s+(?:my|for\s+my)|planning\s+(?:time|for\s+(?:the|my|our|next)))\b", re.IGNORECASE)
""""Thurs 9 Oct, 9.30–10pm. Reflection. …": what an entry says first about its time, when it was the learner's own."""
_MET_SUPPORT = re.compile(r"\b(?:with|by)\s+(?:my\s+|the\s+|our\s+)?(?:ILM\s+)?(?:coach\s+)?(?:tutor|supervisor|assessor)\b",
                          re.IGNORECASE)
"""A meeting with the learner's tutor, supervisor or assessor: "preparing my reflective account" is its topic, not prep time."""
_NOT_A_LENGTH = re.compile(r"(?:within|after|before|first|last|every|each|per|than|under|later|nearly)\s*$", re.IGNORECASE)
_WINDOW_BEFORE = re.compile(r"\b(?:window|slot|gap|hours)\s+(?:of\s+)?(?:between|from)\s+$|\bsessions?\s+(?:are|were|ran|run|held)?\s*"
                            r"(?:any\s*time\s+)?between\s+$", re.IGNORECASE)
""""sessions in the quiet window between 23:00 and 04:00 when call volumes drop": when sessions may be held."""
_ENDED_AFTER = re.compile(r"\b(?:lost\s+(?:the\s+)?(?:connection|signal|her|him|them)|(?:got\s+|was\s+|were\s+)?cut\s+off|"
                          r"(?:the\s+)?(?:call|line|connection|wifi|signal)\s+(?:dropped|went|died|failed)|had\s+to\s+(?:stop|end|leave)|"
                          r"(?:stopped|ended|ended\s+it)|(?:was|were|got)\s+called\s+away)\s+after\s*$", re.IGNORECASE)
""""we lost connection after 25 minutes": how long the session ran before it ended, its length."""
_FREQUENCY_AFTER = re.compile(r"^\s*(?:a|per|each|every)\s+(?:day|week|month|fortnight|night)\b|^\s+(?:late|early|later|earlier|after)\b|"
                              r"^\s+before\b(?!\s+(?:she|he|they|I|we|it)\s+(?:was|were|had|got|left|went)\b)", re.IGNORECASE)
""""15 minutes late", "10 minutes before the end": part of a session; "25 mins before she was called away" is its length."""
_FOR_A_LENGTH = re.compile(r"\bfor\s+(?:about|around|roughly|approximately|approx\.?|some|nearly|almost|over|just\s+(?:over|under))?\s*$",
                           re.IGNORECASE)
""""rung me for about 15 minutes after the cancelled session": what follows "for" is how long it took."""
_BEFORE_AN_ACTIVITY = re.compile(r"^\s+before\s+(?:training|school|work|lessons?|class|practice|lunch|registration|opening|"
                                 r"(?:the|her|his|my)\s+shift)\b", re.IGNORECASE)
""""Session 5, Sat 8 February, forty minutes before training.": the entry's length, held before training."""


_ALSO_SESSIONS = re.compile(r"\bsessions?\b|\blog\b|\bdiary\b|\b(?:mentoring|coaching)\s+(?:records?|practice|hours)\b",
                            re.IGNORECASE)


def heading_kind(text: str) -> str | None:
    """What a heading says the time under it is: "Supervision and tutorials" is supervision;
    "Mentoring log and supervision" or "Sessions and supervision" holds sessions too, so says nothing."""
    if _PERSONS_SECTION.match(text):
        return None  # "C2 – Port Supervisor": a coachee's own log, whatever her job is called
    kind = kind_of(text)
    return kind if kind and not _ALSO_SESSIONS.search(text) else None


_PERSONS_SECTION = re.compile(r"^\W*((?i:mentee|coachee|client)\s+[A-Z0-9]{1,2}|[A-Z]{1,2}\d{1,2}(?!.*\b(?i:logs?|records?|evidence|"
                              r"appendix|diary|matrix|forms?|plans?|notes|sheets?|portfolio|feedback|sessions?|supervision|"
                              r"tutorials?)\b))\s*(?:[–—:(]|-\s)")
""""C2 – Port Supervisor", "Mentee B: …": a title that opens with the person a log is about (not "E4 – Mentoring
log", the learner's evidence number)."""


def section_person(title: str) -> str | None:
    """The person a log's title opens with: "C2 – Port Supervisor, North Pier" -> "C2"."""
    opened = _PERSONS_SECTION.match(title)
    return opened.group(1) if opened else None


WATCHED = re.compile(r"\b(?:observed|watched|assessed|seen|signed|checked|verified)\s*(?:by)?\s*[:\s]\s*(?:my\s+|the\s+|our\s+)?(?:ILM\s+)?"
                      r"(?:assessor|tutor|supervisor|line\s+manager)s?\b|"
                      r"\b(?:assessor|tutor|supervisor)['’]?s?\s+(?:observation|observed|observing|watched|present|sat\s+in)\b|"
                      r"\b(?:formal\s+)?observation\s+of\s+my\s+(?:own\s+)?(?:practice|coaching|mentoring|session)\b",
                      re.IGNORECASE)
"""A session someone watched ("observed by my assessor"): still the learner's session, not their support."""
def _watched_said(text: str) -> str:
    """``text`` without what says the learner's session was watched; where it says so, a bare "Observation" (a log's
    Type cell beside "J (tutor observing)") is that watching too, not the learner watching someone else."""
    cut = WATCHED.sub(" ", text)
    return re.sub(r"\bobservation\b(?!\s+of\b)", " ", cut, flags=re.IGNORECASE) if cut != text else cut


_ASSESSOR = re.compile(r"\bassessor\b(?!['’]?s?\s*(?:signature|sign|comments?|feedback|use|only|name|initials|declaration)\b)",
                       re.IGNORECASE)
"""The learner's own assessor meeting them about their practice: tutorial support, as the handbooks count it."""


_SUPPORT_PERSON = re.compile(r"\W*(?:my\s+|the\s+)?(?:(?:line\s+)?manager|supervisor|(?:ILM\s+)?tutor|assessor|"
                             r"coach(?:ing)?\s+supervisor)\W*", re.IGNORECASE)
""""Line manager", "My tutor" in a log's "With" column: the learner's own support, never a mentee."""


def support_kind(person: str | None) -> str | None:
    """The kind of meeting a log's "With" cell makes a row: supervision with the learner's manager
    or supervisor, a tutorial with their tutor or assessor; None for anyone else."""
    if not person:
        return None
    if _SUPPORT_PERSON.fullmatch(person):
        return kind_of(person) or SUPERVISION
    # "Meeting with my tutor (Claire)", "Supervision – Dev": the cell says what the meeting was, and names no mentee
    return kind_of(person) if not PERSON.search(person) and _SUPPORT_PERSON.search(person) or _KIND_CELL.match(person) else None


_KIND_CELL = re.compile(r"\W*(?:supervision|tutorial)\b", re.IGNORECASE)
""""Supervision (Dev)", "Tutorial 2" in a log's "With" column: the meeting's kind where a mentee would stand."""

_MANAGER_MEETING = re.compile(r"\b(?:1:1|one[- ]to[- ]one|meeting|catch[- ]up|check[- ]in|review)\s+with\s+my\s+(?:line\s+)?manager\b",
                              re.IGNORECASE)
""""1:1 with my manager re: mentoring": the learner's own supervision, as their manager gives it."""


_PRACTICE_WORD = re.compile(r"\bmentoring\b|\bcoaching\b|\bmentees?\b|\bcoachees?\b|\bsessions?\b", re.IGNORECASE)
_KIND_WORD = re.compile(r"supervis|\btutor|\bassessor\b|\bmanager\b", re.IGNORECASE)


def leading_kind(text: str) -> str | None:
    """What a caption says a table holds: "Supervision log", "Supervision of my mentoring" are
    supervision; "Mentoring log for my assessor" is practice, whoever it is for."""
    kind = kind_of(text)
    if kind is None or _PERSONS_SECTION.match(text):
        return None  # "C2 – Port Supervisor, North Pier": the coachee's own table, whatever her job is called
    practice, support = _PRACTICE_WORD.search(text), _KIND_WORD.search(text)
    return None if practice and support and practice.start() < support.start() else kind


_OTHERS_SUPERVISOR = re.compile(r"\b(?:his|her|their)\s+(?:[\w-]+\s+){0,2}?supervisors?\b|"
                                r"\bthe\s+(?:late|early|night|day|back|shift|crew|site|floor|line|team|other|new|area)\s+(?:[\w-]+\s+)?supervisors?\b|"
                                r"(?<!my\s)\b(?:shift|crew|floor|site|night|team|area)\s+supervisors?\b", re.IGNORECASE)
""""Role played the conversation with the late crew supervisor", "her supervisor": someone else's, not the learner's."""


def kind_of(text: str) -> str | None:
    """Supervision or a tutorial (a meeting with the learner's assessor among them), by its
    words; None for anything else, a session "observed by my assessor" included."""
    text = WATCHED.sub(" ", text) if WATCHED.search(text) else text
    text = _OTHERS_SUPERVISOR.sub(" ", text) if "upervisor" in text else text
    if _SUPERVISION.search(text) or _MANAGER_MEETING.search(text):
        return SUPERVISION
    if _TUTORIAL.search(text) or _ASSESSOR.search(text):
        return TUTORIAL
    return None


def count_class(kind: str) -> str:
    """Which of the two figures a row of ``kind`` adds to: the sessions, or supervision and tutorials."""
    return SESSION if kind == SESSION else SUPERVISION


def key_of(block: Block) -> tuple[str, int, int | None]:
    return (block.file, block.number, block.page)


def _an_entrys_opening(before: str) -> bool:
    """ "Session 5, Sat 8 February, " (or its date alone): all that comes before an entry's length."""
    return before.rstrip().endswith(",") and len(before.split()) <= 6 and bool(DATE.search(before))


def _in_brackets_before(before: str, said_end: int) -> bool:
    """ "(40 mins or so - not counting that, …) and then we talked it through after for 50m": the learner's word
    closed in brackets with the figure before this one, so it is that figure's, not this one's."""
    return said_end <= len(before) and ")" in before[said_end:] and before.count(")") > before.count("(")


def judge(block: Block, location: str, shown: str, before: str, after: str, minutes: int | None,
          date: tuple[int, int] | None, person: str | None, rank: int, kind: str, in_log: bool,
          count: int = 1, uncertain: bool = False) -> PracticeRow:
    """Why a duration is left out, checked in order; counted when nothing says otherwise.

    In a log's row every cell but the notes speaks for the row (``before``). In text only
    the words near the duration do: the rest of a sentence may be about another session.
    """
    def row(counted: bool, why: str, as_kind: str) -> PracticeRow:
        return PracticeRow(shown[:160], location, minutes, counted, why, as_kind, date, person, rank, key_of(block),
                           count=count)

    around = f"{before} {after}"
    if not in_log and TOTAL.search(before[-30:]):
        return row(False, "the learner's own total", "total")  # "… (not counted) Total to date 2 hrs": the total's own words
    if any(not _in_brackets_before(before, said.end()) for said in NOT_COUNTED.finditer(around)):
        return row(False, NOT_COUNTED_WHY, "not counted")
    if cancelled_in(around, minutes) and not _moved_here(shown):
        return row(False, "cancelled or did not happen", "cancelled")
    if (_DEBRIEF_LENGTH_BEFORE.search(before[-50:]) or _DEBRIEF_LENGTH_AFTER.match(after)) and _OBSERVER.search(around):
        # "sat in on session 9 … and gave me feedback for 20 minutes", "with 15 minutes of feedback afterwards": the
        # length is the debrief's, the learner's support, whatever the observation around it
        kind = SUPERVISION if kind == SESSION else kind
    elif _OBSERVATION.search(_watched_said(_DEBRIEF.sub(" ", around))):  # "Assessor observation" of the learner's session is still theirs
        return row(False, "observation", "observation")
    if (_NOT_PRACTICE.search(before if in_log else f"{before[-60:]} {after[:40]}") or not in_log and _OWN_TIME.match(after)) and not (
            kind in (SUPERVISION, TUTORIAL) and _MET_SUPPORT.search(around)):
        return row(False, "preparation or write-up, not a session", "other")
    if not in_log and _WINDOW_BEFORE.search(before[-40:]):
        return row(False, "a window of time sessions fall in, not a session's length", "other")
    if (not in_log and (_NOT_A_LENGTH.search(before) and not _ENDED_AFTER.search(before[-60:]) or _FREQUENCY_AFTER.search(after)) and not _FOR_A_LENGTH.search(before[-30:])
            and not (_BEFORE_AN_ACTIVITY.match(after) and _an_entrys_opening(before))):
        return row(False, PART_WHY, "other")
    if not in_log and (TOTAL.search(before[-30:]) or _TOTAL_AFTER.search(after) and not _RUNNING_AFTER.match(after)):
        return row(False, "the learner's own total", "total")
    if in_log and OWN_LEARNING.search(before) and not person and not persons_in(before) and not (
            kind == TUTORIAL and _TUTORIAL_HELD.search(before)):  # "Tutorial - group webinar (Teams)": support held
        return row(False, "the learner's own training, not a session", "other")
    if ((PLANNED.search(before) if in_log else _PLANNED_TEXT.search(before[-50:]) or _PLANNED_MARK.search(after)
         or _NOT_YET.search(_CLAUSE_END.split(after[:90], 1)[0]))
            or _PLANNED_AFTER.search(after)):
        return row(False, "planned", "planned")
    near = before if in_log else f"{_CLAUSE_START.split(before[-60:])[-1]} {_CLAUSE_END.split(after[:30], 1)[0]}"
    required = _REQUIRED.search(_UP_TO_A_SCORE.sub(" ", near))
    if required and not in_log and _NEED_TO.fullmatch(required.group(0)) and not _REQUIRED.search(_CLAUSE_START.split(before[-60:])[-1]):
        required = None  # "An hour, going through what I need to write": the session's topic, said after its length
    if required and _AT_LEAST.fullmatch(required.group(0)) and _HELD.search(near):
        required = None  # "I met Mentee B for at least an hour": a session held, its length rounded down
    if required or _MET_THE.search(before):
        return row(False, "a requirement or a plan, not a session", "planned")
    if uncertain:
        return replace(row(False, RANGE_WHY, UNCERTAIN), minutes=None)
    return row(True, "counted" if kind == SESSION else f"counted as {kind}", kind)


_AS_A_MODIFIER = re.compile(r"[a-z0-9]-(?:minute|min|hour|hr)\b(?!s)", re.IGNORECASE)
_A_MEETING = re.compile(r"\s*(?:[\w-]+\s+)?(?:sessions?|meetings?|calls?|chats?|catch[- ]?ups?|check[- ]?ins?|conversations?|"
                        r"reviews?|slots?|coaching|mentoring|tutorials?|supervision|one[- ]to[- ]one|1[:-]1|discussion|debrief(?:ing)?|"
                        r"feedback|observations?|visits?)\b",
                        re.IGNORECASE)


def length_of_a_thing(text: str, start: int, end: int) -> bool:
    """ "Plan a five-minute pre-shift briefing he could run": a length written as a word before a noun that is no
    meeting ("a 30-minute catch-up" is one) describes a thing, not a session."""
    return bool(_AS_A_MODIFIER.search(text, start, end)) and not _A_MEETING.match(text, end)


_MOVED_TO_DAY = re.compile(r"\bmoved\s+to\s+(mon|tue|wed|thu|fri|sat|sun)[a-z]*\b", re.IGNORECASE)


def _moved_here(row: str) -> bool:
    """ "Thu 7 Nov 2024 | 15:30–16:00 | 30 mins | Moved to Thursday because …": the row is the session held on the day
    it was moved to (not a booking that was moved elsewhere)."""
    moved = _MOVED_TO_DAY.search(row)
    return bool(moved and re.search(rf"\b{moved.group(1)}[a-z]*\b", row[:moved.start()], re.IGNORECASE))


SMALL_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


def same_day_or_number(a: PracticeRow, b: PracticeRow) -> bool:
    """The same date; or, where either has none, the same session number ("Session 3")."""
    if a.date is not None and b.date is not None:
        return same_day(a.date, b.date)
    return a.number is not None and a.number == b.number


def same_day(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """"Tue 14th" with no month in sight is the 14th of whichever month the other gives."""
    return a == b or a[0] == b[0] and NO_MONTH in (a[1], b[1])
