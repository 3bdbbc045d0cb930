"""8587-304 Extended mentoring: a diary with one heading per session and a summary table.

Tomasz Nowak, a production supervisor, mentors two team leaders (Mentee A and Mentee B).
Each session is a heading with its number and date ("Session 4 – Wednesday 4th March
2026"), a "Time:" line as clock times ("2pm – 3.30pm"), and his notes; supervision
entries are headings of their own. A summary table at the end gives sessions and hours per
mentee and a total. One session was rearranged and is told in the notes of the next.

Practice truth: ten sessions, 90+60+75+90+60+90+75+60+90+60 = 750 minutes, two mentees;
supervision 45 + 75 = 120 minutes in two sessions.
"""

from .case import Case, H, P, SourceFile, T

SESSIONS = [
    ("1", "Monday 2nd February 2026", "A", "9am – 10.30am", "Contract and goals: reduce scrap on line 3."),
    ("2", "Tuesday 3rd February 2026", "B", "2pm – 3pm", "Contract and goals: run the shift briefing without notes."),
    ("3", "Monday 9th February 2026", "A", "9am – 10.15am", "Fishbone diagram of the scrap causes."),
    ("4", "Wednesday 11th February 2026", "B", "2pm – 3.30pm",
     "Rearranged from Tuesday because of an audit. Practised the briefing twice."),
    ("5", "Monday 16th February 2026", "A", "9am – 10am", "Trial of the new changeover check."),
    ("6", "Tuesday 17th February 2026", "B", "2pm – 3.30pm", "Feedback from her team on the briefings."),
    ("7", "Monday 23rd February 2026", "A", "9am – 10.15am", "Scrap down by a third; what to do next."),
    ("8", "Tuesday 24th February 2026", "B", "2pm – 3pm", "Handling a challenge in the briefing."),
    ("9", "Monday 2nd March 2026", "A", "9am – 10.30am", "Final review and ending."),
    ("10", "Tuesday 3rd March 2026", "B", "2pm – 3pm", "Final review and ending."),
]

BLOCKS = [
    H(0, "Unit 304 – Mentoring Diary"),
    P("Tomasz Nowak · R5561903 · Midlands Manufacturing Skills Centre"),
    P("Declaration: all of this diary is my own work."),
    H(1, "1.1 Plan"),
    P("""I planned weekly sessions for each mentee at the start of their shifts, in the quality office
      overlooking line 3, twelve and a half hours in all, booked on the shift planner so that cover
      was arranged in advance."""),
    H(1, "1.2 Goals"),
    P("""Mentee A's goal was to cut scrap on line 3 by a quarter; Mentee B's was to run the shift
      briefing from memory and take questions from the floor."""),
    H(1, "1.3 Contract"),
    P("""The contract was agreed with both mentees and the production manager, who would see only the
      attendance sheet, never my notes."""),
    H(1, "2.1 Diagnostic tools"),
    P("""Mentee A used a fishbone diagram and the scrap reports; Mentee B recorded one briefing on her
      phone and we scored it against a presentation checklist."""),
    H(1, "2.2 Model"),
    P("""I worked through Kolb's learning cycle with each of them: trying something on the shift,
      reflecting in the session, drawing a rule from it and planning the next try."""),
    H(1, "2.3 Skills and ethics"),
    P("""I kept a strict line between mentoring and discipline when Mentee A's line had a safety
      near miss, and handed that conversation to the shift manager."""),
    H(1, "2.4 Mentoring sessions"),
]
for number, date, who, time, notes in SESSIONS:
    BLOCKS += [
        H(2, f"Session {number} – {date}"),
        P(f"Mentee: Mentee {who}"),
        P(f"Time: {time}"),
        P(notes),
    ]
    if number == "5":
        BLOCKS += [
            H(2, "Supervision 1 – Thursday 19th February 2026"),
            P("""I met my supervisor, Karen Hale, for 45 minutes. She asked why I kept giving Mentee A
              the answers, and I realised I was worried about the scrap figures myself."""),
        ]
BLOCKS += [
    H(2, "Summary of hours"),
    T(["Mentee", "Sessions", "Hours"], ["Mentee A", "5", "6.5"], ["Mentee B", "5", "6"], ["Total", "10", "12.5"]),
    H(1, "3.1 Reflection"),
    P("""The rearranged session taught me to agree a fallback slot in advance; my key learning overall
      was that I ask better questions when I have not read the scrap figures first."""),
    H(1, "3.2 Feedback"),
    P("""Each mentee filled in a three-question card after every session; Mentee B wrote that the
      rehearsal sessions were worth more than any course she had been on."""),
    H(1, "3.3 Communication skills"),
    P("""My listening improved once I sat beside the mentee rather than across the desk, and my
      feedback became a habit of one strength and one next step."""),
    H(1, "3.4 Supervision"),
    H(2, "Supervision 2 – Thursday 5th March 2026"),
    P("""A longer supervision with Karen (1 hour 15 minutes) about ending both relationships and what I
      would do differently next time."""),
]

CASE = Case(
    name="pr_304_session_diary",
    unit="8587-304",
    kind="structured-docx",
    files=[SourceFile("tomasz-nowak-304.docx", BLOCKS)],
    labels={
        "1.1": "overlooking line 3",
        "1.2": "cut scrap on line 3 by a quarter",
        "1.3": "see only the attendance sheet",
        "2.1": "scored it against a presentation checklist",
        "2.2": "Kolb's learning cycle",
        "2.3": "handed that conversation to the shift manager",
        "2.4": "Contract and goals: reduce scrap on line 3",
        "3.1": "agree a fallback slot in advance",
        "3.2": "worth more than any course",
        "3.3": "beside the mentee rather than across the desk",
        "3.4": "ending both relationships",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        "identifying": [],
        "minutes": 750,
        "sessions": 10,
        "individuals": 2,
        "supervision_minutes": 120,
    },
    about="Production supervisor; a heading per session with a 'Time:' clock range, supervision headings, a per-mentee summary table.",
)
