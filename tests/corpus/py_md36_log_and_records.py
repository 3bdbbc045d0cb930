"""MD36 mentoring diary: a 24-hour-clock log with a date column, session records that repeat three sessions.

Station Manager Ruth Okonjo mentors firefighters in development for the 36-hour diary:
Mentee 1, Mentee 2 and Mentee 3, and Mentee 4 when Mentee 3 transferred to another station.
Her log has a Date column and a separate Time column in 24-hour ranges ("0900-1030"), a
cancelled row and a planned one. Three sessions also have a full session record further on
that gives the length again in words ("one hour fifteen minutes"). Tutorials and
supervision are separate notes, one of them in "1 hr 15".
"""

from .case import Case, H, P, SourceFile, T

LOG = T(
    ["Date", "Time", "Mentee", "Focus"],
    ["06 Jan", "0900-1030", "Mentee 1", "Contract and goals (see session record)"],
    ["07 Jan", "1400-1530", "Mentee 2", "Contract and goals"],
    ["08 Jan", "1000-1100", "Mentee 3", "Contract and goals"],
    ["13 Jan", "0900-1100", "Mentee 1", "Development portfolio review"],
    ["14 Jan", "1400-1600", "Mentee 2", "Incident command scenario"],
    ["15 Jan", "1000-1130", "Mentee 3", "Fitness plan and exam prep"],
    ["20 Jan", "0900-1030", "Mentee 1", "Community safety visit debrief"],
    ["21 Jan", "1400-1530", "Mentee 2", "Report writing"],
    ["22 Jan", "1000-1100", "Mentee 3", "Closing session - transferring to another station"],
    ["27 Jan", "0900-1100", "Mentee 1", "Leadership styles"],
    ["28 Jan", "1400-1500", "Mentee 2", "CANCELLED - shout to a house fire"],
    ["29 Jan", "1030-1200", "Mentee 4", "Contract and goals (see session record)"],
    ["03 Feb", "0900-1030", "Mentee 1", "Crew manager application"],
    ["04 Feb", "1400-1600", "Mentee 2", "Incident command scenario 2"],
    ["05 Feb", "1030-1200", "Mentee 4", "Learning styles questionnaire"],
    ["10 Feb", "0900-1000", "Mentee 1", "Interview practice"],
    ["11 Feb", "1400-1530", "Mentee 2", "Feedback from watch manager"],
    ["12 Feb", "1030-1230", "Mentee 4", "Breathing apparatus assessment nerves"],
    ["17 Feb", "0900-1030", "Mentee 1", "Interview practice 2"],
    ["18 Feb", "1400-1530", "Mentee 2", "Presenting at the station meeting"],
    ["19 Feb", "1030-1200", "Mentee 4", "After the BA assessment"],
    ["24 Feb", "0900-1100", "Mentee 1", "After the interview"],
    ["25 Feb", "1400-1600", "Mentee 2", "Progress against goals"],
    ["26 Feb", "1030-1200", "Mentee 4", "Progress against goals"],
    ["03 Mar", "0900-1015", "Mentee 1", "Ending and feedback (see session record)"],
    ["04 Mar", "1400-1515", "Mentee 2", "Ending and feedback"],
    ["05 Mar", "1030-1200", "Mentee 4", "Development plan"],
    ["10 Mar", "1030-1130", "Mentee 4", "Ending and feedback"],
    ["12 Mar", "1000-1100", "Mentee 4", "Planned - follow-up after probation review"],
)

BLOCKS = [
    H(0, "Mentoring Diary - Workplace Mentoring (36 hours)"),
    P("Ruth Okonjo, Station Manager, Eastfield Fire Station"),
    H(1, "Planning and organising mentoring sessions"),
    P("""Firefighters in development have a two-year programme, and the service asked station
      managers to mentor three each alongside their watch managers."""),
    H(2, "Preparing and planning"),
    P("""I planned weekly sessions of one to two hours for each mentee over ten weeks,
      fitted around the watch pattern so that each mentee was on day shift, in the station
      manager's office or the training tower when we needed to talk through a drill. I
      planned for a little over thirty six hours in case of call-outs."""),
    H(2, "Contracting"),
    P("""We used the service mentoring agreement. I added a line that sessions cancelled for
      an emergency call would be rebooked within the week, and that nothing from mentoring
      would go into their development portfolio unless they chose to put it there."""),
    H(2, "Agreeing goals"),
    P("""Goals were agreed in the first session with each mentee: Mentee 1 to apply for
      crew manager, Mentee 2 to pass the incident command assessment, Mentee 3 to pass the
      fitness test, Mentee 4 to pass the breathing apparatus assessment."""),
    H(1, "Undertake mentoring sessions"),
    P("""This section contains my log and the session records, and my notes on the
      techniques I used."""),
    H(2, "Diagnostic and assessment tools"),
    P("""I used the service's behavioural framework self-assessment with all four and the
      Honey and Mumford questionnaire with Mentee 4, who turned out to be an activist; we
      moved her sessions to the training tower."""),
    H(2, "Questioning and listening"),
    P("""I used the TED prompts (tell me, explain, describe) so that I was not asking
      yes-or-no questions, and I tried to listen for the feeling under the words, such as
      Mentee 4's worry about panicking in smoke."""),
    H(2, "Mentoring log (three clients or more, thirty six hours)"),
    P("""Dates in the first column and the times from the station diary in the second.
      Mentee 3 transferred to Northbrook station in January and the service gave me Mentee 4
      in his place."""),
    LOG,
    P("Summary: 41.5 hours of mentoring delivered with four mentees (27 sessions)."),
    H(2, "Session records"),
    P("""Session record, Mentee 1, 6 January. We talked for an hour and a half about why he
      joined, his goal of crew manager and what a mentor is and is not. Action: bring his
      development portfolio next week."""),
    P("""Session record, Mentee 4, 29 January. Ninety minutes: contract, goals, and a long
      conversation about the breathing apparatus course she failed last year. Action:
      write down what happened on the day."""),
    P("""Session record, Mentee 1, 3 March. One hour fifteen minutes. He has been
      shortlisted for crew manager. We reviewed his goals and he filled in the feedback
      form. Action: none - ending agreed."""),
    H(2, "Progress towards goals and impact on role"),
    P("""Impact on role was recorded at each session in one line. By March Mentee 1 was
      shortlisted, Mentee 2 passed incident command, Mentee 4 passed her BA assessment at
      the second attempt, and Mentee 3 passed his fitness test at his new station."""),
    H(1, "Feedback and reflections of effectiveness"),
    P("""Here I bring together the feedback from mentees and others and my reflections."""),
    H(2, "Feedback from stakeholders"),
    P("""Each mentee filled in the end-of-mentoring form; the watch managers gave verbal
      feedback. Mentee 2 wrote that the scenario sessions were 'like a dress rehearsal'."""),
    H(2, "Effectiveness of different programmes"),
    P("""The service scheme is structured around the portfolio; informal mentoring on the
      drill ground suited the practical learners better than the office."""),
    H(2, "Review of my own performance"),
    P("""I found it hardest when a mentee's watch manager wanted updates; I had to keep to
      the contract. I talk in 'command' mode too easily and have worked on asking more."""),
    H(1, "Tutorial reflections"),
    P("""My tutorials and supervision are summarised here."""),
    H(2, "Tutorial and supervision notes"),
    P("""Tutorial 1 - 30 January - 45 mins with my tutor by phone. We discussed replacing
      Mentee 3 and whether that was allowed for the qualification."""),
    P("""Supervision - 20 February - 1 hr 15 with my group manager, who supervises my
      mentoring. He challenged me to stop solving problems in Mentee 2's sessions."""),
    P("""Tutorial 2 - 11 March - an hour at the college reviewing this diary before I
      submitted it."""),
    H(2, "Future supervision"),
    P("""Next year I will set up monthly supervision with the group manager from the
      start, and join the service's mentor peer group that meets each quarter."""),
    P("By submitting I confirm that this assignment is my own work. R. Okonjo"),
]

CASE = Case(
    name="py_md36_log_and_records",
    unit="MD36",
    kind="portfolio",
    files=[SourceFile("okonjo-md36-diary.docx", BLOCKS)],
    labels={
        "section-1": "asked station managers to mentor three each",
        "q1": "fitted around the watch pattern",
        "q2": "rebooked within the week",
        "q3": "Mentee 3 to pass the fitness test",
        "section-2": "my log and the session records, and my notes",
        "q4": "who turned out to be an activist",
        "q5": "tell me, explain, describe",
        "q6": "gave me Mentee 4 in his place",
        "q7": "recorded at each session in one line",
        "section-3": "the feedback from mentees and others and my reflections",
        "q8": "like a dress rehearsal",
        "q9": "suited the practical learners better",
        "q10": "talk in 'command' mode too easily",
        "section-4": "My tutorials and supervision are summarised here.",
        "q11": "challenged me to stop solving problems",
        "q12": "monthly supervision with the group manager",
    },
    # Log rows counted (24-hour ranges):
    #   Mentee 1: 06 Jan 90, 13 Jan 120, 20 Jan 90, 27 Jan 120, 03 Feb 90, 10 Feb 60, 17 Feb 90,
    #             24 Feb 120, 03 Mar 75                                          = 855 (9 sessions)
    #   Mentee 2: 07 Jan 90, 14 Jan 120, 21 Jan 90, 04 Feb 120, 11 Feb 90, 18 Feb 90, 25 Feb 120,
    #             04 Mar 75                                                      = 795 (8)
    #   Mentee 3: 08 Jan 60, 15 Jan 90, 22 Jan 60                                = 210 (3)
    #   Mentee 4: 29 Jan 90, 05 Feb 90, 12 Feb 120, 19 Feb 90, 26 Feb 90, 05 Mar 90, 10 Mar 60 = 630 (7)
    # Excluded: 28 Jan Mentee 2 CANCELLED; 12 Mar Mentee 4 planned; the "Summary: 41.5 hours"
    #   total; the three session records (an hour and a half, ninety minutes, one hour fifteen
    #   minutes) repeat the 06 Jan, 29 Jan and 03 Mar log rows.
    # minutes 855+795+210+630 = 2490 = 41.5 h (again, by date order 90+90+60+120+120+90+90+90+60
    #   +120+90+90+120+90+60+90+120+90+90+90+120+120+90+75+75+90+60 = 2490)
    # sessions 27; individuals 4; supervision 45 + 75 + 60 = 180.
    expected_checks={
        "declaration": True,
        "evidence_matrix": None,
        "minutes": 2490,
        "sessions": 27,
        "individuals": 4,
        "supervision_minutes": 180,
    },
    about="Fire station manager; date column + 24-hour time column, four mentees (one replaced), cancelled and planned rows, session records repeating three sessions in words, supervision notes.",
)
