"""8584-201 practice evidence: a bus depot's summary log in h:mm plus a record form for every session, lengths in words.

Craig Hollis, shift engineer at a bus depot, mentors Liam, a second-year apprentice
technician. His Word file has a one-page summary log ("Time" column in h:mm: "1:00",
"0:45", "1:15") and then the centre's session record form, filled in once per session,
where "Time spent" is in words ("an hour and a quarter", "three quarters of an hour").
Every session appears twice (log row and record): count each once. Tricky: a DNA row
(Liam sent out on a breakdown), with a record form that says so; a tutor meeting on its own
record form with Start and Finish times (15:30, 16:30); the log's Total row (right, 5:20).

Practice truth: 60 + 45 + 75 + 90 + 50 = 320 minutes in five sessions with one mentee;
supervision 60.
"""

from .case import Case, H, P, SourceFile, T

SESSIONS = [
    # (number, date, time in words, what we did, actions)
    ("1", "Mon 6 January 2025", "one hour",
     "Got to know each other, went through the mentoring agreement and what stays between us.",
     "Liam to think about what he wants to get better at by March."),
    ("2", "Mon 13 January 2025", "three quarters of an hour",
     "Agreed goals: pass the brake testing sign-off, and speak up in the morning briefing.",
     "Liam to shadow the brake bay on Wednesday."),
    ("3", "Mon 27 January 2025", "an hour and a quarter",
     "Talked through the brake bay. He knows the job but goes quiet when the fitters rush him.",
     "Practise asking the fitter to repeat a step."),
    ("4", "Mon 3 February 2025", "an hour and a half",
     "Role played the morning briefing, then went through the sign-off paperwork together.",
     "Liam to raise one point at Thursday's briefing."),
    ("5", "Mon 10 February 2025", "fifty minutes",
     "Review. He passed the brake sign-off on Friday and spoke at two briefings. Feedback form done.",
     "Keep meeting monthly, informally."),
]

BLOCKS = [
    H(0, "ILM Level 2 – Unit 201 – Mentoring evidence"),
    P("Craig Hollis – Shift Engineer – Northgate Bus Depot"),
    H(1, "Summary log"),
    P("All sessions in the engineering office after the early shift. Time is hours:minutes."),
    T(
        ["No.", "Date", "Time", "Notes"],
        ["1", "06/01/25", "1:00", "Intro + agreement"],
        ["2", "13/01/25", "0:45", "Goals"],
        ["-", "20/01/25", "DNA", "Liam sent out on a breakdown at Ferry Road, didn't make it"],
        ["3", "27/01/25", "1:15", "Brake bay debrief"],
        ["4", "03/02/25", "1:30", "Briefing role play + paperwork"],
        ["5", "10/02/25", "0:50", "Review"],
        ["", "Total", "5:20", ""],
    ),
    H(1, "Session records"),
]

for number, date, spent, what, actions in SESSIONS:
    BLOCKS += [
        H(2, f"Mentoring session record – session {number}"),
        T(
            ["Mentee", "Liam (apprentice technician, year 2)"],
            ["Date", date],
            ["Time spent", spent],
            ["What we discussed", what],
            ["Agreed actions", actions],
            ["Signed", "C. Hollis / Liam"],
        ),
    ]
    if number == "2":
        BLOCKS += [
            H(2, "Mentoring session record – 20 January"),
            T(
                ["Mentee", "Liam (apprentice technician, year 2)"],
                ["Date", "Mon 20 January 2025"],
                ["Time spent", "none – did not attend"],
                ["What we discussed", "Nothing, he was out on a breakdown. Carried on the next week."],
            ),
        ]

BLOCKS += [
    H(1, "Tutor meeting record"),
    T(
        ["Tutor meeting", "Unit 201 one-to-one with my ILM tutor"],
        ["Date", "Wed 12 February 2025"],
        ["Start", "15:30"],
        ["Finish", "16:30"],
        ["What we covered", "My log, Liam's feedback form, and my habit of answering for him"],
        ["Next steps", "Use more open questions and let silences run"],
    ),
    P("I declare that this is my own work. Craig Hollis 14/02/2025"),
]

CASE = Case(
    name="pl_201_bus_depot_records",
    unit="8584-201",
    kind="portfolio",
    files=[SourceFile("C Hollis unit 201 evidence.docx", BLOCKS)],
    labels={},  # practice only
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        "identifying": ["Liam"],  # the mentee's real first name
        # Summary log (h:mm): 1:00 60 + 0:45 45 + 1:15 75 + 1:30 90 + 0:50 50
        # = 60 + 45 = 105; + 75 = 180; + 90 = 270; + 50 = 320 (= Total 5:20, right).
        # The five record forms are the same sessions in words ("one hour", "three quarters of
        # an hour", "an hour and a quarter", "an hour and a half", "fifty minutes"): not again.
        # Not: 20/01 DNA (row and its record form, "none").
        "minutes": 320,
        "sessions": 5,
        "individuals": 1,  # Liam
        # Tutor meeting record 15:30 to 16:30 = 60
        "supervision_minutes": 60,
    },
    about="Bus depot shift engineer; 201 summary log in h:mm plus a record form per session with the time in words (each session twice, counted once), a DNA row with its own form, tutor meeting form with Start/Finish, right total.",
)
