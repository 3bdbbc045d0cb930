"""8587-304 mentoring evidence as PDF: a university workshop's activity log with coded mentees, decimals and one "1:15", a wrong total, and reflections that slip into a first name.

Nikki Okafor, senior workshop technician in a university engineering faculty, mentors two
apprentice technicians for her Level 3 mentoring unit. Practice evidence only: an activity
log (Date, Activity, With, Hrs, Notes) with the apprentices coded "Mentee A" and "Mentee B",
then dated reflections on some sessions. In the reflections on 29 Sept and 10 Nov she calls
Mentee A "Kieran" (the same person: the dates match A's rows; planted identifying detail).
Tricky: Hrs in decimals ("1.25", "0.75") with one cell typed "1:15" (h:mm); an observed
session (counts) with a 0.5 "Tutor feedback" row; a shadowing row (her with the faculty lead
mentor and his apprentice, not counted); a two-hour lathe safety training for six
apprentices including both mentees ("training – not mentoring"); a cancelled row for block
release moved two days; a DNA; her "Total mentoring" of 16.25 is an addition slip (true
16.75); the supervision total 2.25 is right.

Practice truth: Mentee A 540 + Mentee B 465 = 1005 minutes in 15 sessions with two
mentees; supervision 30 + 60 + 45 = 135.
"""

from .case import Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "Unit 304 – Mentoring log and reflections"),
    P("Nikki Okafor, Senior Technician, Faculty of Engineering Workshops, Hexley University"),
    P("""I mentored our two first-year apprentice technicians from September to December. To
      keep their details confidential they are Mentee A (mechanical workshop) and Mentee B
      (electronics lab) in everything I hand in. Hrs are decimal hours."""),

    H(1, "Activity log"),
    T(
        ["Date", "Activity", "With", "Hrs", "Notes"],
        ["08/09/25", "1:1 mentoring", "Mentee A", "1.0", "Contract, confidentiality, what goes to the workshop manager"],
        ["09/09/25", "1:1 mentoring", "Mentee B", "0.75", "Contract as above"],
        ["15/09/25", "1:1 mentoring", "Mentee A", "1.25", "Skills scan vs apprenticeship standard; goals set"],
        ["16/09/25", "1:1 mentoring", "Mentee B", "1.25", "Skills scan; goals set; learning styles questionnaire"],
        ["29/09/25", "Observed mentoring", "Mentee A", "1.0", "Observed by my ILM tutor"],
        ["29/09/25", "Tutor feedback", "ILM tutor", "0.5", "Feedback on the observation"],
        ["30/09/25", "1:1 mentoring", "Mentee B", "0", "DNA – stayed late at college, no message"],
        ["02/10/25", "Shadowing", "Faculty lead mentor + his apprentice", "1.0", "Sat in to watch his questioning. Not counted"],
        ["07/10/25", "1:1 mentoring", "Mentee B", "1.0", "Talked about the DNA; portfolio deadlines"],
        ["13/10/25", "1:1 mentoring", "Mentee A", "1:15", "Milling job that went wrong – what happened"],
        ["14/10/25", "Supervision", "Faculty lead mentor", "1.0", "Boundaries – mentoring someone I also allocate work to"],
        ["20/10/25", "Group training", "6 apprentices incl. A and B", "2.0", "Lathe safety refresher – training, not mentoring, not in total"],
        ["21/10/25", "1:1 mentoring", "Mentee B", "1.5", "Soldering assessment prep"],
        ["27/10/25", "1:1 mentoring", "Mentee A", "–", "Cancelled – A on block release. Moved to 29/10"],
        ["29/10/25", "1:1 mentoring", "Mentee A", "0.75", "Moved session"],
        ["04/11/25", "1:1 mentoring", "Mentee B", "1.0", "Passed soldering assessment; next goal"],
        ["10/11/25", "1:1 mentoring", "Mentee A", "1.5", "Confidence asking the research staff questions"],
        ["18/11/25", "1:1 mentoring", "Mentee B", "1.25", "Time management – college vs lab"],
        ["19/11/25", "Tutorial", "ILM tutor (Teams)", "0.75", "Checked my log and reflections"],
        ["24/11/25", "1:1 mentoring", "Mentee A", "1.0", "Progress review against the skills scan"],
        ["08/12/25", "1:1 mentoring", "Mentee A", "1.25", "Final review, feedback form"],
        ["09/12/25", "1:1 mentoring", "Mentee B", "1.0", "Final review, feedback form"],
        ["Total mentoring", "", "", "16.25", "1:1 and observed only"],
        ["Total supervision / tutorial", "", "", "2.25", ""],
    ),

    H(1, "Reflections on selected sessions"),
    P("""15/09 – Mentee A. The skills scan worked well because it came from the apprenticeship
      standard, so it didn't feel like my opinion. I should have let A fill it in alone before
      we discussed it."""),
    P("""29/09 – Observed session. Kieran was nervous with my tutor in the room and gave very
      short answers at first. I slowed down and used more open questions, and by halfway he
      had forgotten she was there. My tutor's feedback was that I summarised well but closed
      down two good moments by moving to the next question too quickly."""),
    P("""07/10 – Mentee B. I was annoyed about the DNA and I think it showed at the start. I
      stopped, said so, and asked what had happened instead. It turned out to be a clash with
      a college tutorial she didn't know how to say no to, which became her next goal."""),
    P("""10/11 – Mentee A. The best session so far. Kieran said he avoids asking the research
      staff anything because they "talk in equations". We planned two questions he would ask
      that week and what he would say if he didn't understand the answer."""),
    P("""09/12 – Final reviews. Both mentees met their goals. A wants to keep meeting monthly;
      B said the log of her own progress was the most useful thing."""),
    P("Declaration: I declare that this work is my own. N. Okafor, 12/12/2025"),
]

CASE = Case(
    name="pn_304_engineering_workshop_pseudonym_pdf",
    unit="8587-304",
    kind="structured-pdf",
    files=[SourceFile("N Okafor 304 log and reflections.pdf", BLOCKS)],
    labels={},  # practice only
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        "identifying": ["Kieran"],  # Mentee A's first name, in the 29/09 and 10/11 reflections
        # Mentee A: 08/09 1.0 60 + 15/09 1.25 75 + 29/09 observed 1.0 60 + 13/10 "1:15" 75
        #   + 29/10 0.75 45 + 10/11 1.5 90 + 24/11 1.0 60 + 08/12 1.25 75
        #   = 60 + 75 = 135; + 60 = 195; + 75 = 270; + 45 = 315; + 90 = 405; + 60 = 465; + 75 = 540 (8)
        # Mentee B: 09/09 0.75 45 + 16/09 1.25 75 + 07/10 1.0 60 + 21/10 1.5 90 + 04/11 1.0 60
        #   + 18/11 1.25 75 + 09/12 1.0 60 = 45 + 75 = 120; + 60 = 180; + 90 = 270; + 60 = 330;
        #   + 75 = 405; + 60 = 465 (7)
        # 540 + 465 = 1005 = 16.75 h. Her "16.25" is wrong (an addition slip).
        # Not: 30/09 DNA; 02/10 shadowing (not counted); 20/10 group training (not in total);
        # 27/10 cancelled; total rows; the reflections (retell logged sessions).
        "minutes": 1005,
        "sessions": 15,
        "individuals": 2,  # Mentee A (= Kieran), Mentee B
        # 29/09 tutor feedback 0.5 = 30 + 14/10 supervision 1.0 = 60 + 19/11 tutorial 0.75 = 45 = 135
        # (= her 2.25, right)
        "supervision_minutes": 135,
    },
    about="University engineering workshop senior technician; 304 PDF activity log with Mentee A/B codes, decimal Hrs with one '1:15', observed session + tutor feedback row, shadowing and group lathe training not counted, cancelled-and-moved row, DNA, wrong mentoring total (16.25 for 16.75), reflections that name Mentee A as Kieran.",
)
