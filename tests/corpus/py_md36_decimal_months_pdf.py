"""MD36 mentoring diary: decimal hours, monthly subtotals and brought-forward rows across three tables.

Stephen Doyle, an operations manager at a water company, mentors three graduate engineers
(Mentee A, B and C) for the 36-hour diary. His log is one table a month with an "Hrs"
column in decimals ("1.5", "1.25", "1.75"), a "Subtotal" row at the foot of each month and
a "Brought forward" row at the top of the next. Tutorials and supervision are rows of the
same tables; a group session with all three, a shadowing slot "(not counted)", a DNA, an
observed session with his tutor's feedback, and a planned final review.
"""

from .case import Case, H, P, SourceFile, T

HEAD = ["Date", "Mentee / activity", "Hrs", "Record"]

SEPT = T(HEAD,
    ["02/09", "Mentee A", "1.5", "Contracting, ground rules, goals"],
    ["04/09", "Mentee B", "1.5", "Contracting, goals"],
    ["05/09", "Mentee C", "1.0", "Contracting, goals"],
    ["09/09", "Mentee A", "2.0", "Competency self-assessment, plan for site visits"],
    ["11/09", "Mentee B", "2.0", "Competency self-assessment"],
    ["12/09", "Mentee C", "1.5", "Psychometric results (MBTI) discussed"],
    ["16/09", "Tutorial with my tutor", "1.0", "Tutorial 1 - contracting and goals"],
    ["18/09", "Mentee A", "1.75", "Treatment works visit debrief"],
    ["19/09", "Mentee B", "1.25", "Report writing"],
    ["23/09", "Mentee C", "2.0", "Incident review - burst main"],
    ["25/09", "Mentee A", "1.5", "Chartership evidence"],
    ["30/09", "Mentee B", "DNA", "Called out to a pollution incident"],
    ["", "September subtotal (mentoring)", "16.0", ""])

OCT = T(HEAD,
    ["", "Brought forward", "16.0", ""],
    ["02/10", "Mentee B", "1.5", "Missed session made up; report writing part 2"],
    ["03/10", "Mentee C", "1.25", "Stakeholder mapping"],
    ["07/10", "Mentee A", "2.0", "Chartership evidence, mock interview"],
    ["09/10", "Group - Mentees A, B and C", "2.5", "Joint session: presenting to the board"],
    ["10/10", "Shadowing - sat in on a colleague's mentoring", "1.0", "(not counted)"],
    ["14/10", "Supervision with line manager", "1.5", "Supervision 1"],
    ["16/10", "Mentee C", "1.5", "Feedback on her stakeholder plan"],
    ["21/10", "Mentee A", "1.5", "Leading a toolbox talk"],
    ["23/10", "Mentee B", "2.0", "Budget report review"],
    ["28/10", "Mentee C", "1.75", "Conflict with a contractor"],
    ["", "October subtotal (mentoring)", "14.0", "Running 30.0"])

NOV = T(HEAD,
    ["", "Brought forward", "30.0", ""],
    ["04/11", "Mentee A", "1.5", "Progress review"],
    ["06/11", "Mentee B", "1.5", "Progress review"],
    ["11/11", "Mentee C", "1.0", "Observed by my tutor"],
    ["11/11", "Tutor feedback on observation", "0.5", "Straight after the observed session"],
    ["13/11", "Mentee A", "1.0", "Ending, feedback questionnaire"],
    ["18/11", "Mentee B", "1.0", "Ending, feedback questionnaire"],
    ["20/11", "Mentee C", "1.25", "Ending, feedback questionnaire"],
    ["25/11", "Mentee A", "1.0", "Planned - three-month follow-up"],
    ["27/11", "Tutorial with my tutor", "1.0", "Tutorial 2 - review of the diary"],
    ["", "November subtotal (mentoring)", "7.25", ""],
    ["", "TOTAL MENTORING HOURS", "37.25", "Mentees A, B, C"])

BLOCKS = [
    H(0, "Workplace Mentoring Diary (36 hours)"),
    P("Stephen Doyle, Operations Manager (Networks), Severnside Water"),
    H(1, "Planning and organising mentoring sessions"),
    P("""This section covers how I set up the mentoring for three graduate engineers in
      their second year, who each needed a mentor outside their own line for chartership."""),
    H(2, "Prepare and plan the workplace mentoring sessions"),
    P("""I planned about twelve hours per graduate over three months, fortnightly sessions of
      one to two hours in the depot meeting room or on site, with a joint session on
      presenting because all three would face the board. I cleared the time with their
      managers at the graduate scheme steering group."""),
    H(2, "Contract the scope and content"),
    P("""Each mentee signed the company mentoring contract, which I adapted to add a clause
      that I would not comment on their performance ratings and a no-fault exit clause for
      either side. Confidentiality is broken only for safety or legal reasons."""),
    H(2, "Agree goals"),
    P("""Mentee A: submit a chartership application by March. Mentee B: write a capital
      budget report that passes review first time. Mentee C: lead a stakeholder meeting
      with the council by the end of November. Each goal came from the first conversation
      about 'where do you want to be in a year?' and was written into the contract."""),
    H(1, "Undertake mentoring sessions"),
    P("""My diary of sessions is below, one table a month, and the notes of what we did are
      in the Record column and in my notebook."""),
    H(2, "Diagnostic and assessment tools"),
    P("""I used the institution's competency self-assessment with Mentees A and B, which put
      A's weakest area as 'commercial awareness', and an MBTI report Mentee C already had,
      which helped us see why large meetings drained her."""),
    H(2, "Questioning and listening"),
    P("""The incident review with Mentee C was where I used questioning most carefully:
      'what did you notice first?', 'what did you do next?', and reflecting back her words
      'I froze' so she could explore it rather than move on."""),
    H(2, "Mentoring three clients for thirty six hours"),
    P("""I mentored three graduates; the log below shows the hours month by month with the
      tutorials and supervision included so the whole programme is in one place."""),
    H(3, "September"),
    SEPT,
    H(3, "October"),
    OCT,
    H(3, "November"),
    NOV,
    H(2, "Records of progress and impact"),
    P("""For each session my notebook has the goal, progress since last time, actions, and
      one line on impact on role. By November Mentee B's budget report passed review with
      two minor comments, which her manager said was a first for a graduate."""),
    H(1, "Feedback and reflections of effectiveness"),
    P("""This section brings together what the mentees and others said and my own view."""),
    H(2, "Feedback from stakeholders"),
    P("""All three completed the end questionnaire. Mentee C wrote that the joint session
      was 'terrifying but the most useful'. I also asked the graduate scheme lead, who said
      the three were more confident at the quarterly review."""),
    H(2, "Effectiveness of different mentoring programmes"),
    P("""One-to-one sessions worked best for personal goals, the group session for a shared
      skill. The formal company scheme felt rigid in its paperwork; the informal site visits
      gave more learning per hour."""),
    H(2, "Review of my own performance"),
    P("""My strength is practical experience; my challenge was not to turn sessions into
      engineering tutorials. Mentee A's relationship was the easiest, Mentee C's the most
      demanding because she was quieter and I had to slow down."""),
    H(1, "Tutorial reflections"),
    P("""My tutor and my line manager both supported me during the programme."""),
    H(2, "How tutorial support and supervision were used"),
    P("""Tutorial 1 challenged my plan, which was too full. Supervision with my line manager
      in October helped with a boundary issue when Mentee B's manager asked how she was
      doing. The observed session and the feedback after it showed I closed down silences
      too quickly."""),
    H(2, "Plan for future supervision"),
    P("""In future I will book supervision every six weeks in advance, take one live issue
      to each, and ask for a second observation in the first month."""),
    P("By submitting I confirm that this assignment is my own work."),
]

CASE = Case(
    name="py_md36_decimal_months_pdf",
    unit="MD36",
    kind="structured-pdf",
    files=[SourceFile("Doyle_MD36_diary.pdf", BLOCKS)],
    labels={
        "section-1": "needed a mentor outside their own line for chartership",
        "q1": "cleared the time with their managers",
        "q2": "a no-fault exit clause",
        "q3": "where do you want to be in a year?",
        "section-2": "one table a month, and the notes",
        "q4": "commercial awareness",
        "q5": "what did you notice first?",
        "q6": "so the whole programme is in one place",
        "q7": "one line on impact on role",
        "section-3": "what the mentees and others said and my own view",
        "q8": "terrifying but the most useful",
        "q9": "more learning per hour",
        "q10": "not to turn sessions into engineering tutorials",
        "section-4": "both supported me during the programme",
        "q11": "Tutorial 1 challenged my plan",
        "q12": "book supervision every six weeks in advance",
    },
    # September: A 1.5 (90), B 1.5 (90), C 1.0 (60), A 2.0 (120), B 2.0 (120), C 1.5 (90),
    #   tutorial 1.0 -> supervision 60, A 1.75 (105), B 1.25 (75), C 2.0 (120), A 1.5 (90),
    #   B DNA -> excluded, subtotal 16.0 -> excluded.  Mentoring 960 in 10 sessions.
    # October: brought forward 16.0 -> excluded; B 1.5 (90), C 1.25 (75), A 2.0 (120),
    #   group A+B+C 2.5 (150, once), shadowing 1.0 -> excluded (someone else's, "(not counted)"),
    #   supervision 1.5 -> supervision 90, C 1.5 (90), A 1.5 (90), B 2.0 (120), C 1.75 (105),
    #   subtotal 14.0 / running 30.0 -> excluded.  Mentoring 840 in 8 sessions.
    # November: brought forward 30.0 -> excluded; A 1.5 (90), B 1.5 (90), C 1.0 observed (60),
    #   tutor feedback 0.5 -> supervision 30, A 1.0 (60), B 1.0 (60), C 1.25 (75),
    #   A 1.0 planned -> excluded, tutorial 1.0 -> supervision 60, subtotal 7.25 and
    #   TOTAL 37.25 -> excluded.  Mentoring 435 in 6 sessions.
    # minutes 960+840+435 = 2235 = 37.25 h (again by mentee: A 90+120+105+90+120+90+90+60 = 765,
    #   B 90+120+75+90+120+90+60 = 645, C 60+90+120+75+90+105+60+75 = 675, group 150;
    #   765+645+675+150 = 2235)
    # sessions 10+8+6 = 24; individuals 3; supervision 60+90+30+60 = 240.
    expected_checks={
        "declaration": True,
        "evidence_matrix": None,
        "minutes": 2235,
        "sessions": 24,
        "individuals": 3,
        "supervision_minutes": 240,
    },
    about="Water company operations manager; PDF monthly tables with decimal hours, subtotals, brought-forward rows, group session, shadowing, DNA, observation + feedback, tutorials in the tables.",
)
