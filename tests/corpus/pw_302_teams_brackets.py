"""8587-302 coaching: a remote learner's list of calls, minutes in brackets "(30)".

Nkechi Obi, a claims team manager at an insurer, coaches two claims handlers (CH1 and CH2)
mostly over Teams and the phone. Her log is a bulleted list per month: date, medium, who,
what, and the minutes in brackets, "(60)", placed wherever she typed them. Her supervision is
in the same list as "1:1 with my manager re: mentoring (30)". One line is "(rescheduled)"
with no minutes, one call dropped at 45 minutes of a planned 60 ("(45 - planned 60)"), the
last coaching call is a three-way with both handlers, and a follow-up is booked for later.

Practice truth: 60 + 45 + 20 + 90 + 75 + 60 + 30 + 45 + 90 + 60 + 60 + 75 + 30 = 740
minutes in thirteen sessions with two coachees (the three-way call is one session);
supervision 30 + 60 = 90 minutes in two.
"""

from .case import B, Case, H, P, SourceFile

MONTHS = {
    "January": [
        "08/01 Teams - CH1 - contracting, goals for handling complex claims (60)",
        "09/01 Teams - CH2 - contracting (45)",
        "15/01 phone - CH1 - quick check on goal 1 (20)",
        "22/01 Teams - CH2 - (rescheduled) she was off sick",
        "23/01 Teams - CH2 - large loss file walk-through (90)",
        "24/01 1:1 with my manager re: mentoring (30)",
        "29/01 in person, Leeds office - CH1 - role play of a broker call (75)",
    ],
    "February": [
        "05/02 Teams - CH2 - (60) reviewing how she sets reserves",
        "12/02 phone - CH1 - debrief straight after his real broker call (30)",
        "13/02 Teams - CH2 - (45 - planned 60, Teams crashed) fraud indicators",
        "19/02 1:1 with my manager re: mentoring - talked about CH2 relying on me (60)",
        "26/02 Teams - CH1 - (90) goal review",
        "27/02 Teams - CH2 - (60) goal review",
    ],
    "March": [
        "05/03 Teams - CH1 - ending (60)",
        "06/03 Teams - CH2 - ending and next steps (75)",
        "12/03 Teams - CH1 & CH2 three-way - what they got from the programme (30)",
        "26/03 Teams - CH2 - follow-up (45) - booked, not happened yet",
    ],
}

BLOCKS = [
    H(0, "Unit 302 Coaching - my log"),
    P("Learner: Nkechi Obi"),
    P("I confirm this is my own work and that CH1 and CH2 agreed to these records being used."),
    H(1, "How I coached"),
    P("""Both handlers work from home three days a week, so most sessions were on Teams with
      cameras on; the minutes in brackets are how long each call actually lasted."""),
    H(1, "Log"),
]
for month, lines in MONTHS.items():
    BLOCKS += [H(2, month)] + [B(line) for line in lines]
BLOCKS += [
    H(1, "Reflection"),
    P("""The phone debrief on 12 February, straight after CH1's real call, was worth more than the
      role play; timing matters more than length."""),
]

CASE = Case(
    name="pw_302_teams_brackets",
    unit="8587-302",
    kind="structured-docx",
    files=[SourceFile("obi-302-log.docx", BLOCKS)],
    labels={},  # a practice log only: its figures are measured, not the evidence finder
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        "identifying": [],
        # Jan 60+45+20+90+75 = 290; Feb 60+30+45+90+60 = 285; Mar 60+75+30 = 165; 290+285+165 = 740
        "minutes": 740,
        "sessions": 13,  # 5 + 5 + 3; not the rescheduled 22/01 or the booked 26/03
        "individuals": 2,  # CH1 and CH2
        "supervision_minutes": 90,  # 1:1 with my manager re: mentoring, 30 (24/01) + 60 (19/02)
    },
    about="Insurance claims manager; Teams/phone list with minutes in brackets anywhere in the line, supervision as '1:1 with my manager re: mentoring'.",
)
