"""MD36 mentoring: a weekly diary as a PDF, a heading per week and a bullet per contact.

Dev Sharma, a youth centre worker, mentors three young volunteers (Mentees A, B and C).
Each week is a heading ("Week 2 – w/c 13 January 2025") and each contact a bullet that
names only the weekday ("Tue 14th – Mentee A – 1.5 hrs – …"). Friday group sessions with
all three count once. He also notes a tutorial, a session he observed, a no-show and his
own weekly totals.

Practice truth: week 1 A 2 h, B 1.5 h, C 1.5 h, group 2 h = 7 h; week 2 A 1.5 h, B 2 h,
C 1 h (B's Thursday a no-show), group 2 h = 6.5 h; week 3 A 2 h, B 1.5 h, C 2 h, group
2.5 h = 8 h; week 4 A 1.5 h, B 1.5 h, C 1.5 h, group 2 h = 6.5 h; week 5 A 2 h, B 2 h,
C 1.5 h, group 3 h = 8.5 h. 36.5 hours = 2190 minutes in 20 sessions with three
individuals; tutorials 60 + 90 = 150 minutes.
"""

from .case import B, Case, H, P, SourceFile

WEEKS = [
    ("Week 1 – w/c 6 January 2025", [
        "Mon 6th – Mentee A – 2 hrs – first meeting, agreed what she wants from mentoring",
        "Tue 7th – Mentee B – 1.5 hrs – first meeting and ground rules",
        "Wed 8th – Mentee C – 1.5 hrs – first meeting, he is keen to run the junior club",
        "Fri 10th – Group session (A, B and C) – 2 hrs – team goals for the term",
        "Week total: 7 hrs",
    ]),
    ("Week 2 – w/c 13 January 2025", [
        "Tue 14th – Mentee A – 1.5 hrs – planning her first junior session",
        "Wed 15th – Mentee B – 2 hrs – confidence talking to parents",
        "Thu 16th – Mentee B – no-show, text later to say she was ill",
        "Thu 16th – Mentee C – 1 hr – first aid course options",
        "Thu 16th – tutorial with my ILM tutor – 1 hr – my mentoring plan",
        "Fri 17th – Group session (A, B and C) – 2 hrs – session planning",
        "Week total: 6.5 hrs",
    ]),
    ("Week 3 – w/c 20 January 2025", [
        "Mon 20th – Mentee A – 2 hrs – debrief of her junior session",
        "Tue 21st – Mentee B – 1.5 hrs – role play with a parent",
        "Wed 22nd – Mentee C – 2 hrs – he ran the junior club, we reviewed it straight after",
        "Thu 23rd – observed a senior youth worker mentoring a new volunteer – 1 hr – for my own learning",
        "Fri 24th – Group session (A, B and C) – 2.5 hrs – peer feedback",
        "Week total: 8 hrs",
    ]),
    ("Week 4 – w/c 27 January 2025", [
        "Mon 27th – Mentee A – 1.5 hrs – her goals for February",
        "Tue 28th – Mentee B – 1.5 hrs – she led a parents' meeting",
        "Wed 29th – Mentee C – 1.5 hrs – first aid booked",
        "Fri 31st – Group session (A, B and C) – 2 hrs – review of the month",
        "Week total: 6.5 hrs",
    ]),
    ("Week 5 – w/c 3 February 2025", [
        "Mon 3rd – Mentee A – 2 hrs – final review",
        "Tue 4th – Mentee B – 2 hrs – final review",
        "Wed 5th – Mentee C – 1.5 hrs – final review",
        "Wed 5th – tutorial with my ILM tutor – 1.5 hrs – preparing my reflective account",
        "Fri 7th – Group session (A, B and C) – 3 hrs – celebration and endings",
        "Week total: 8.5 hrs",
    ]),
]

BLOCKS = [
    H(0, "MD36 Mentoring Diary"),
    P("Candidate: Dev Sharma"),
    P("I declare that this diary is a true record of my own mentoring."),
    P("""I mentor three young volunteers at the youth centre, called Mentee A, Mentee B and
      Mentee C here. Most weeks I see each of them once and all three together on Friday."""),
]
for heading, lines in WEEKS:
    BLOCKS.append(H(1, heading))
    BLOCKS += [B(line) for line in lines]
BLOCKS += [
    H(1, "Summary"),
    P("""Over five weeks I mentored for 36.5 hours in 20 sessions, including five group sessions
      with all three mentees."""),
]

CASE = Case(
    name="px_md36_weekly_bullets",
    unit="MD36",
    kind="structured-pdf",
    files=[SourceFile("sharma-md36-diary.pdf", BLOCKS)],
    labels={},
    expected_checks={
        "declaration": True,
        "evidence_matrix": None,
        "identifying": [],
        "minutes": 2190,
        "sessions": 20,
        "individuals": 3,
        "supervision_minutes": 150,
    },
    about="Youth centre worker; a PDF weekly diary, weekday-only dates in bullets, Friday group sessions, "
          "a tutorial, an observation, a no-show, weekly totals.",
)
