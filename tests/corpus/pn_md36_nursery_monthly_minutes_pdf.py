"""MD36 mentoring diary as PDF: a nursery group's log printed one month per table, lengths in minutes, two workshops naming all four mentees.

Rachel Dunmore, deputy manager of a small nursery group, mentors four room leaders, Nadia
(baby room), Owen (toddlers), Lucy (pre-school) and Efua (out-of-school club), from
September to December. Practice evidence only: her spreadsheet printed one tab per month,
each a table (Date, Type, Who, Mins, Notes) ending in a "Month total" row in minutes with the
hours beside it, then a grand total. Tricky: two group workshops whose Who cell names all
four room leaders (each counted once); a DNA (Efua in ratio) rebooked into October; Lucy's
session cancelled for an Ofsted visit and held five days later; a paediatric first aid
refresher for twelve staff including all four ("training – not mentoring"); an observed
session (counts) followed by a 30-minute tutor feedback row; tutorial and supervision rows
in the same tables; the month totals and the grand total (2210 = 36 hrs 50) are right.

Practice truth: 645 + 635 + 675 + 255 = 2210 minutes in 30 sessions with four mentees;
supervision 60 + 30 + 75 + 45 = 210.
"""

from .case import Case, H, P, SourceFile, T

HEADER = ["Date", "Type", "Who", "Mins", "Notes"]

BLOCKS = [
    H(0, "MD36 Mentoring Diary – Part 1: Log of mentoring activity"),
    P("Rachel Dunmore, Deputy Manager, Little Acorns Nurseries (three settings). September – December 2025."),
    P("""I mentored the four room leaders who started in post over the summer. I kept the log
      in a spreadsheet with a tab for each month and have printed each tab below. Mins are
      the actual minutes. Only "Mentoring", "Observed mentoring" and "Workshop" rows are in
      my mentoring totals; supervision and tutorials are listed so everything is in one
      place but are not added in."""),

    H(1, "September 2025"),
    T(
        HEADER,
        ["02/09", "Mentoring", "Nadia", "75", "Contracting – agreement, confidentiality, what I share with the manager"],
        ["03/09", "Mentoring", "Owen", "60", "Contracting"],
        ["04/09", "Mentoring", "Lucy", "70", "Contracting"],
        ["05/09", "Mentoring", "Efua", "60", "Contracting (after club closed)"],
        ["10/09", "Tutorial", "ILM tutor", "60", "Planning the diary and the three-client requirement"],
        ["16/09", "Mentoring", "Nadia", "90", "Goals; room self-evaluation tool"],
        ["17/09", "Mentoring", "Owen", "80", "Goals; room self-evaluation tool"],
        ["18/09", "Mentoring", "Lucy", "90", "Goals; room self-evaluation tool"],
        ["19/09", "Mentoring", "Efua", "0", "DNA – short-staffed, she had to stay in ratio. Rebooked 01/10"],
        ["26/09", "Workshop", "Nadia, Owen, Lucy, Efua", "120", "Group workshop: supervising staff in your room"],
        ["Month total", "", "", "645", "10 hrs 45"],
    ),

    H(1, "October 2025"),
    T(
        HEADER,
        ["01/10", "Mentoring", "Efua", "75", "Rebooked from 19/09. Goals; self-evaluation tool"],
        ["07/10", "Mentoring", "Nadia", "60", "Settling-in plans for new babies"],
        ["08/10", "Mentoring", "Owen", "90", "Staff conflict in the toddler room"],
        ["09/10", "Mentoring", "Lucy", "60", "School-readiness reports"],
        ["14/10", "Training", "12 staff incl. all 4 room leaders", "180", "Paediatric first aid refresher I delivered – training, not mentoring"],
        ["15/10", "Mentoring", "Efua", "90", "Holiday club planning and staffing"],
        ["21/10", "Observed mentoring", "Owen", "60", "Observed by ILM tutor"],
        ["21/10", "Tutor feedback", "ILM tutor", "30", "Debrief straight after"],
        ["22/10", "Mentoring", "Nadia", "75", "Parent complaint – how she handled it"],
        ["23/10", "Mentoring", "Lucy", "–", "Cancelled – Ofsted visit at her setting. Moved to 28/10"],
        ["28/10", "Mentoring", "Lucy", "65", "Ofsted feedback and what next"],
        ["29/10", "Mentoring", "Efua", "60", "Risk assessments for trips"],
        ["Month total", "", "", "635", "10 hrs 35"],
    ),

    H(1, "November 2025"),
    T(
        HEADER,
        ["04/11", "Mentoring", "Nadia", "90", "Progress review against goals"],
        ["05/11", "Mentoring", "Owen", "75", "Progress review; 360 feedback from his team"],
        ["06/11", "Mentoring", "Lucy", "80", "Progress review"],
        ["12/11", "Supervision", "Head of Quality (qualified mentor)", "75", "Mentoring people I line manage; Owen's staff conflict"],
        ["12/11", "Mentoring", "Efua", "70", "Progress review"],
        ["18/11", "Mentoring", "Nadia", "60", "Leading her first room meeting"],
        ["19/11", "Mentoring", "Owen", "60", "Conflict – follow up after mediation"],
        ["20/11", "Mentoring", "Lucy", "75", "Transition visits to primary schools"],
        ["25/11", "Workshop", "Nadia, Owen, Lucy, Efua", "105", "Group workshop: working in partnership with parents"],
        ["26/11", "Mentoring", "Efua", "60", "Recruiting a club assistant"],
        ["Month total", "", "", "675", "11 hrs 15"],
    ),

    H(1, "December 2025"),
    T(
        HEADER,
        ["02/12", "Mentoring", "Nadia", "60", "Final review, feedback form"],
        ["03/12", "Mentoring", "Owen", "75", "Final review, feedback form"],
        ["04/12", "Mentoring", "Lucy", "60", "Final review, feedback form"],
        ["05/12", "Mentoring", "Efua", "60", "Final review, feedback form"],
        ["09/12", "Tutorial", "ILM tutor", "45", "Reviewing the diary before the reflective part"],
        ["Month total", "", "", "255", "4 hrs 15"],
    ),
    P("Grand total of mentoring: 645 + 635 + 675 + 255 = 2210 minutes = 36 hrs 50 mins."),

    H(1, "Feedback from stakeholders"),
    P("""All four room leaders completed a feedback form at their final review, and the
      nursery manager and two of the room teams gave comments. These are in Part 3 of the
      diary."""),
    P("Declaration: I confirm that this diary is my own work and an accurate record of my mentoring. R. Dunmore, 12 December 2025"),
]

CASE = Case(
    name="pn_md36_nursery_monthly_minutes_pdf",
    unit="MD36",
    kind="structured-pdf",
    files=[SourceFile("R Dunmore MD36 diary part 1 log.pdf", BLOCKS)],
    labels={},  # practice only
    expected_checks={
        "declaration": True,
        "evidence_matrix": None,
        # Sept: Nadia 75 + Owen 60 + Lucy 70 + Efua 60 + Nadia 90 + Owen 80 + Lucy 90 + Workshop 120
        #   = 75 + 60 = 135; + 70 = 205; + 60 = 265; + 90 = 355; + 80 = 435; + 90 = 525; + 120 = 645 (8)
        # Oct: Efua 75 + Nadia 60 + Owen 90 + Lucy 60 + Efua 90 + Owen observed 60 + Nadia 75
        #   + Lucy 65 + Efua 60 = 75 + 60 = 135; + 90 = 225; + 60 = 285; + 90 = 375; + 60 = 435;
        #   + 75 = 510; + 65 = 575; + 60 = 635 (9)
        # Nov: Nadia 90 + Owen 75 + Lucy 80 + Efua 70 + Nadia 60 + Owen 60 + Lucy 75 + Workshop 105
        #   + Efua 60 = 90 + 75 = 165; + 80 = 245; + 70 = 315; + 60 = 375; + 60 = 435; + 75 = 510;
        #   + 105 = 615; + 60 = 675 (9)
        # Dec: 60 + 75 + 60 + 60 = 255 (4)
        # 645 + 635 = 1280; + 675 = 1955; + 255 = 2210 = 36 h 50 (month totals and grand total right).
        # Not: 19/09 DNA (0); 14/10 first aid training 180 (not mentoring); 23/10 cancelled;
        # tutorial/feedback/supervision rows; Month total rows; the grand total line.
        "minutes": 2210,
        "sessions": 30,  # 8 + 9 + 9 + 4, each workshop once
        "individuals": 4,  # Nadia, Owen, Lucy, Efua
        # 10/09 tutorial 60 + 21/10 tutor feedback 30 + 12/11 supervision 75 + 09/12 tutorial 45 = 210
        "supervision_minutes": 210,
    },
    about="Nursery group deputy manager; MD36 spreadsheet printed one month per table with Mins and a right Month total row each, two workshops naming all four mentees (once each), DNA rebooked next month, Ofsted cancellation, uncounted first aid training for 12 staff, observed session + tutor feedback, tutorial and supervision rows in the tables, right grand total.",
)
