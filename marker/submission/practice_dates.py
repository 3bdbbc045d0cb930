"""The dates a practice record writes, as (day, month): "3 March", "03/03/25", "Tue 4th" under "w/c 3 March".

A year is never needed: a log runs over months, not years, and the same session is told apart from
another by its day and month. A score out of ten ("confidence 3/10") is not a date in October.
"""

from __future__ import annotations

import re

_MONTHS = "jan feb mar apr may jun jul aug sep oct nov dec".split()
_MONTH = (r"(?P<{0}>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
          r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)")
DATE = re.compile(
    rf"\b(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?(?:\s*|-)(?:of\s+)?{_MONTH.format('m1')}\b"
    rf"|\b{_MONTH.format('m2')}\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\b(?![:./]\d)"  # not "since September 17/11/25"
    # "runs 24/7 on earlies", "a 24/7 service": always, not the 24th of July ("met on 24/7 and agreed" is)
    r"|(?<![\d.:/])(?!24/7\s*(?:service|operations?|rota|cover|basis|shifts?|support|centre|environment|365|"
    r"on\s+(?:earlies|lates|nights|shifts?|call))\b)"
    r"(?P<d3>\d{1,2})/(?P<m3>\d{1,2})(?:/\d{2,4})?(?![\d/]|\s?(?:hours?|hrs?|h)\b)"
    r"|(?<![\d.:])(?P<d4>\d{1,2})[.-](?P<m4>\d{1,2})[.-](?:\d{4}|\d{2})(?![\d.])"
    r"|(?<![\d.:/-])\d{4}-(?P<m5>\d{1,2})-(?P<d5>\d{1,2})(?![\d])"
    # "Tue 14th" under "Week 2 – w/c 13 January": a day of the month whose month the text around gives
    r"|\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\.?\s+(?:the\s+)?"
    r"(?P<d6>\d{1,2})(?:st|nd|rd|th)?\b(?!\s*(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|[/.:-]?\d|"
    r"\s*(?:h|hrs?|hours?|m|mins?|minutes?)\b)",
    re.IGNORECASE,
)
NO_MONTH = 0
"""The month of a weekday's date ("Tue 14th") until the nearest full date before it gives one."""
_A_SCORE = re.compile(r"\b(?:confiden\w*|scal(?:e|ed|ing)|scores?d?|rat(?:ed|ing|es?)|marks?|self-assess\w*|willing\w*|commitment|"
                      r"readiness|engagement|"
                      r"wheel|energy|motivat\w*|stress|happ(?:y|iness)|satisf\w*)\b[^.;\n\d]{0,25}"
                      r"(?:\d{1,2}/10\W{1,4}(?:\w+\W+){0,3})?\Z", re.IGNORECASE)
""""confidence with staff 3/10, with customers 8/10": what a number out of ten scores, just before it."""
_A_LOGS_FIELD_AFTER = re.compile(r"\s*(?:[-–—|]|with\b|\d+\s*(?:h|hrs?|hours?|m|mins?|minutes?)\b)", re.IGNORECASE)
""""Workload stress discussed 10/10 - B - 1 hr", "meeting 3/10 with A": a log's date, its fields after it."""


def date_in(text: str) -> tuple[int, int] | None:
    match = DATE.search(text or "")
    return date_of(match) if match else None


def date_of(match: re.Match) -> tuple[int, int] | None:
    """(day, month) of a ``DATE`` match; None for an impossible one."""
    g = match.groupdict()
    if g.get("d1"):
        day, month = int(g["d1"]), _MONTHS.index(g["m1"][:3].lower()) + 1
    elif g.get("d2"):
        day, month = int(g["d2"]), _MONTHS.index(g["m2"][:3].lower()) + 1
    elif g.get("d3"):
        day, month = int(g["d3"]), int(g["m3"])
        if (month == 10 and day <= 10 and match.group(0).count("/") == 1
                and _A_SCORE.search(match.string, max(0, match.start() - 70), match.start())
                and not _A_LOGS_FIELD_AFTER.match(match.string, match.end())):
            return None  # "confidence with staff 3/10", "scaling 7/10": a score out of ten, not 3 October
    elif g.get("d4"):
        day, month = int(g["d4"]), int(g["m4"])
    elif g.get("d5"):
        day, month = int(g["d5"]), int(g["m5"])
    else:
        day, month = int(g["d6"]), NO_MONTH
    return (day, month) if 1 <= day <= 31 and (1 <= month <= 12 or month == NO_MONTH) else None


WEEK_OF = re.compile(r"\b(?:w/?c|w/b|week\s+(?:commencing|beginning|starting))\b", re.IGNORECASE)
""""Week 1 (w/c 2 Sep)": an entry for a week, dated by its first day."""
WEEKDAY_NAMED = re.compile(r"\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun|MON|TUE|WED|THU|FRI|SAT|SUN)"
                            r"(?:s|day|sday|nesday|rsday|urday|DAY|SDAY|NESDAY|RSDAY|URDAY)?\b\.?")
"""Capitalised, as a log writes its days: "sat down with her" is no Saturday."""
_DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_MONTH_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def day_in_week(week: tuple[int, int], line: str) -> tuple[int, int] | None:
    """"B - Wed - 1hr15" under "Week 1 (w/c 2 Sep)": 4 September, the line's first weekday counted on from the
    week's first day (a Monday, as "w/c" means); None where the line names no weekday. The caller passes the
    line up to the length it dates: "Supervision, 1 hr - we went over Monday's session" is not Monday's."""
    named = WEEKDAY_NAMED.search(line)
    if not named or week[1] == NO_MONTH:
        return None
    day, month = week[0] + _DAYS.index(named.group(1).lower()), week[1]
    length = _MONTH_DAYS[month - 1]
    return (day, month) if day <= length else (day - length, month % 12 + 1)


def with_month(date: tuple[int, int] | None, known: tuple[int, int] | None) -> tuple[int, int] | None:
    """"Tue 14th" after "w/c 13 January" is 14 January; "Mon 3rd" after "w/c 27 January" is 3
    February (the week ran into the next month). Left as it is when no full date came before."""
    if date is None or date[1] != NO_MONTH or not known or known[1] == NO_MONTH:
        return date
    month = known[1] + (date[0] < known[0])
    return (date[0], (month - 1) % 12 + 1)
