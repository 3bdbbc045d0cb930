"""8587-302 practice evidence as plain text: a college careers team's summary log in decimal hours plus a record per session with the time in words.

Rachel Okafor, careers team leader at a further education college, coaches two careers
advisers, Hannah and Marcus. Her .txt file (pasted out of the college's e-portfolio) has
a summary log with an "Hrs" column in decimals ("0.5", "1.25", "1.75") and then one
session record per session, separated by rules, where the length is in words ("an hour
and a quarter", "an hour and three quarters"). Each session is in both: count once.
Tricky: Marcus's chemistry call, which she marks "(not counted – he hadn't decided yet)"
and has no record; a cancelled session rebooked a week later; her Total line (right,
13.5); supervision only in prose ("from two o'clock until quarter past three" and "a full
hour").

Practice truth: Hannah 30 + 75 + 60 + 105 + 90 + 60 = 420, Marcus 90 + 75 + 60 + 90 + 75
= 390; 810 minutes in eleven sessions with two coachees; supervision 75 + 60 = 135.
"""

from .case import Case, H, P, SourceFile, T

RECORDS = [
    # (date, coachee, session no., time in words, focus, coachee feedback)
    ("5 September 2024", "Hannah", "1 (chemistry)", "half an hour",
     "What coaching is and isn't, whether we could work together given I'm her team leader.",
     "Felt OK, a bit odd being coached by my manager."),
    ("12 September 2024", "Hannah", "2", "an hour and a quarter",
     "Contract signed. Goal: deliver the Year 13 UCAS talk without notes by November.",
     "Useful to write the goal down myself."),
    ("13 September 2024", "Marcus", "1", "an hour and a half",
     "Contract signed. Goal: reduce his appointment backlog from 40 to under 15.",
     "Good, clear."),
    ("19 September 2024", "Hannah", "3", "an hour",
     "Values cards – what matters to her in the job. Link to the talk.",
     "Didn't expect to get so much from the cards."),
    ("27 September 2024", "Marcus", "2", "an hour and a quarter",
     "Time audit of a typical week (rebooked from 20/09).",
     "Eye opening – 6 hrs a week on emails."),
    ("3 October 2024", "Hannah", "4", "an hour and three quarters",
     "Rehearsed the opening of the talk twice; GROW options.",
     "Longer than planned but worth it."),
    ("10 October 2024", "Marcus", "3", "an hour",
     "Options for triaging drop-ins.",
     "Want more challenge from you."),
    ("17 October 2024", "Hannah", "5", "an hour and a half",
     "Debrief after she gave the talk to one tutor group.",
     "Proud of myself."),
    ("24 October 2024", "Marcus", "4", "an hour and a half",
     "Backlog now 22. What's getting in the way of the last bit.",
     "You pushed me more this time, which I asked for."),
    ("31 October 2024", "Hannah", "6 (final)", "an hour",
     "Review against the goal, ending, feedback form.",
     "Would do it again."),
    ("7 November 2024", "Marcus", "5 (final)", "an hour and a quarter",
     "Backlog at 12. Review, ending, feedback form.",
     "Really helped."),
]

BLOCKS = [
    P("ILM 8587-302 Coaching portfolio - Rachel Okafor - Careers Team Leader, Westmoor College"),
    P("SECTION 2 - COACHING LOG AND SESSION RECORDS"),
    P("Summary log (hours in decimals, from my timesheet)"),
    T(
        ["Date", "Coachee", "Hrs", "Comment"],
        ["05/09/24", "Hannah", "0.5", "chemistry"],
        ["06/09/24", "Marcus", "0.5", "chemistry call on Teams (not counted – he hadn't decided yet)"],
        ["12/09/24", "Hannah", "1.25", ""],
        ["13/09/24", "Marcus", "1.5", ""],
        ["19/09/24", "Hannah", "1.0", ""],
        ["20/09/24", "Marcus", "0", "cancelled by Marcus, daughter ill - rebooked 27/09"],
        ["27/09/24", "Marcus", "1.25", ""],
        ["03/10/24", "Hannah", "1.75", ""],
        ["10/10/24", "Marcus", "1.0", ""],
        ["17/10/24", "Hannah", "1.5", ""],
        ["24/10/24", "Marcus", "1.5", ""],
        ["31/10/24", "Hannah", "1.0", "final"],
        ["07/11/24", "Marcus", "1.25", "final"],
        ["TOTAL", "", "13.5", "coaching hours counted"],
    ),
]

for date, who, number, spent, focus, feedback in RECORDS:
    BLOCKS += [
        P("------------------------------------------------------------"),
        P(f"SESSION RECORD - {who} - session {number}"),
        P(f"Date: {date}"),
        P(f"Length: {spent}"),
        P(f"Focus: {focus}"),
        P(f"Coachee feedback: {feedback}"),
    ]

BLOCKS += [
    P("------------------------------------------------------------"),
    P("SUPERVISION"),
    P("""I had two supervision sessions with my tutor. The first was on 26 September in her
      office at the college and ran from two o'clock until quarter past three; we talked about
      coaching someone I line manage, and she suggested I name the power difference at the
      start of every session. The second, on 5 November, was a full hour on Teams about
      endings and how I would hand Hannah and Marcus back to ordinary supervision."""),
    P("I declare this is my own work. R Okafor 12/11/24"),
]

CASE = Case(
    name="pl_302_college_careers_records_txt",
    unit="8587-302",
    kind="unstructured",
    files=[SourceFile("rokafor_302_log_and_records.txt", BLOCKS)],
    labels={},  # practice only
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        "identifying": ["Hannah", "Marcus"],  # coachees' real first names
        # Summary log, Hrs (decimal hours):
        # Hannah: 0.5 (30) + 1.25 (75) + 1.0 (60) + 1.75 (105) + 1.5 (90) + 1.0 (60)
        #   = 30 + 75 = 105; + 60 = 165; + 105 = 270; + 90 = 360; + 60 = 420
        # Marcus: 1.5 (90) + 1.25 (75) + 1.0 (60) + 1.5 (90) + 1.25 (75)
        #   = 90 + 75 = 165; + 60 = 225; + 90 = 315; + 75 = 390
        # 420 + 390 = 810 = 13.5 hrs (her TOTAL, right).
        # Not: 06/09 Marcus chemistry 0.5 ("not counted"); 20/09 cancelled; the TOTAL row;
        # the eleven session records (same sessions in words).
        "minutes": 810,
        "sessions": 11,  # Hannah 6 + Marcus 5
        "individuals": 2,
        # Prose: 26 September 14:00 to 15:15 = 75 + 5 November "a full hour" 60 = 135
        "supervision_minutes": 135,
    },
    about="FE college careers team leader; 302 plain-text log with decimal hours plus a record per session with lengths in words (counted once), a chemistry call she marks not counted, a cancelled-and-rebooked row, right total, supervision only in prose.",
)
