"""8587-304 mentoring record in Word from a Northumberland sawmill, kept as weekly extracts pasted from the mill's timesheet system: one small table per week (Day, Code, Hrs, Note) with decimal hours against cost codes MENT-A/B/C, SUP (her supervision), TBT (toolbox talks) and TRN (training), a timesheet "Week total" row that adds every code, and her own "Mentoring hrs to date" line under each week. Traps: the observed session and the tutor's feedback booked as one 2.0 line to MENT-A (1.5 + 0.5 in the note), a 0.0 cancelled line and a 0.0 sick line, a mentee who goes off long-term sick and is replaced, a joint session coded MENT-A+C, a training course both mentees attended, a phone tutorial only in prose. Clean: timber species and place names that look like names.

Alison Tait, production manager at a sawmill near Hexham, mentors A (a newly qualified saw
doctor), B (a forklift driver aiming for yard supervisor) and, after B is signed off sick for
months, C (a second-year apprentice sawyer). Her running "Mentoring hrs to date" includes the
half hour of tutor feedback from week 4 on and ends at "20.0" (true 19.5). Supervision: SUP 1.0
(13 Mar) and SUP 1.25 (17 Apr), the 0.5 tutor feedback, a 20-minute phone tutorial.

Practice truth: A 60 + 90 + 75 + 90 + 60 + 75 + 150 + 45 + 60 = 705 (9, the joint session
with it); B 45 + 75 + 60 = 180 (3); C 60 + 90 + 60 + 75 = 285 (4): 1170 minutes in 16 sessions
with three mentees; supervision 60 + 30 + 75 + 20 = 185.
"""

from .case import Case, H, P, SourceFile, T

HEAD = ["Day", "Code", "Hrs", "Note"]

BLOCKS = [
    H(0, "Unit 304 - Undertaking an Extended Period of Mentoring"),
    P("""Alison Tait, Production Manager. Softwood sawmill near Hexham, 46 staff, Sitka spruce, larch
      and Douglas fir from Kielder and the Border forests into fencing, construction timber and
      pallet wood."""),
    H(1, "Who I mentored and the plan"),
    P("""A is our new saw doctor - he maintains and sets every blade on the site, and he's the first
      one we've trained ourselves rather than bought in. B drives a forklift on the log yard and
      has applied twice for yard supervisor. I planned 12 hours over March and April, about an
      hour a week each, in my office or on the site where the job needed it, on the quieter days
      (Tuesday to Thursday). Both contracts were three-way: A with the Mill Manager, B with the
      Transport Manager. Confidential except for safety or anything I'd have to report; managers
      hear dates and goals; 24 hours to cancel except for breakdowns."""),
    P("""B went off sick at the end of March and HR told me on 31 March he would be off for months.
      I wrote to him to close the mentoring properly and he agreed. C, a second-year apprentice
      sawyer, took his place from that week."""),
    H(1, "Mentoring record"),
    P("""Everyone at the mill books their time to cost codes in the timesheet system, so I booked my
      mentoring to MENT-A, MENT-B and MENT-C and pasted my weekly extract below. Hours are
      decimals (0.75 = 45 mins). SUP is my own supervision, TBT toolbox talks, TRN training. The
      week total is the system's. The line under each week is my own count."""),
    H(2, "W/C 3 March"),
    T(
        HEAD,
        ["Tue", "MENT-A", "1.0", "First meeting with A. What a saw doctor's first year looks like, what he wants from me."],
        ["Thu", "MENT-B", "0.75", "First meeting with B. Why he thinks he didn't get the job."],
        ["Fri", "TBT", "0.5", "Toolbox talk, log deck safety - whole yard."],
        ["", "Week total", "2.25", ""],
    ),
    P("Mentoring hrs to date: 1.75"),
    H(2, "W/C 10 March"),
    T(
        HEAD,
        ["Tue", "MENT-A", "1.5", "Contract with A and the Mill Manager. Goals: set the headrig bandsaw blades alone; cut blade changes to under 20 minutes."],
        ["Wed", "MENT-B", "1.25", "Contract with B and the Transport Manager. Goals: run the yard for a shift; pass the supervisor interview."],
        ["Thu", "SUP", "1.0", "Supervision 1 with my mentoring supervisor."],
        ["", "Week total", "3.75", ""],
    ),
    P("Mentoring hrs to date: 4.5"),
    H(2, "W/C 17 March"),
    T(
        HEAD,
        ["Tue", "MENT-A", "0.0", "Cancelled - the headrig went down, all hands. Moved to Wed."],
        ["Wed", "MENT-A", "1.25", "Skills audit against the saw doctor competence list. Seven green, four amber, one red (tensioning)."],
        ["Thu", "MENT-B", "1.0", "Learning styles questionnaire and a skills audit against the yard supervisor job description."],
        ["", "Week total", "2.25", ""],
    ),
    P("Mentoring hrs to date: 6.75"),
    H(2, "W/C 24 March"),
    T(
        HEAD,
        ["Tue", "MENT-A", "2.0", "Observed by my tutor (1.5) in the saw shop, then her feedback to me in the office (0.5). Booked it all to MENT-A."],
        ["Thu", "MENT-B", "0.0", "B off sick - didn't come in."],
        ["", "Week total", "2.0", ""],
    ),
    P("Mentoring hrs to date: 8.75"),
    H(2, "W/C 31 March"),
    T(
        HEAD,
        ["Tue", "MENT-A", "1.0", "Blade change times - he's timed ten: average 26 minutes. GROW on getting it under 20."],
        ["Thu", "MENT-C", "1.0", "First meeting with C, contract with C and his apprenticeship assessor. Goals: grade a pack to the strength class rules without the grader checking; run the edger on his own."],
        ["", "Week total", "2.0", ""],
    ),
    P("Mentoring hrs to date: 10.75"),
    H(2, "W/C 7 April"),
    T(
        HEAD,
        ["Tue", "MENT-A", "1.25", "Tensioning - he asked the retired saw doctor to come in for a day. His idea."],
        ["Wed", "MENT-C", "1.5", "Learning styles and a skills audit like B's. He learns by doing, hates reading the grading rules."],
        ["Fri", "TRN", "3.0", "Chainsaw refresher, A and C both on it with me. Training, not mentoring."],
        ["", "Week total", "5.75", ""],
    ),
    P("Mentoring hrs to date: 13.5"),
    H(2, "W/C 14 April"),
    T(
        HEAD,
        ["Tue", "MENT-A+C", "2.5", "Joint session in the grading shed - A explained how blade set shows up in the timber, C graded the pack."],
        ["Thu", "SUP", "1.25", "Supervision 2."],
        ["", "Week total", "3.75", ""],
    ),
    P("Mentoring hrs to date: 16.0"),
    H(2, "W/C 21 April (Easter Monday)"),
    T(
        HEAD,
        ["Wed", "MENT-C", "1.0", "First pack graded on his own, two pieces changed by the grader."],
        ["Thu", "MENT-A", "0.75", "Blade changes now 19 minutes. What next."],
        ["", "Week total", "1.75", ""],
    ),
    P("Mentoring hrs to date: 17.75"),
    H(2, "W/C 28 April"),
    T(
        HEAD,
        ["Tue", "MENT-A", "1.0", "Final review. Feedback form. Both goals met."],
        ["Thu", "MENT-C", "1.25", "Final review for this block. Feedback form. Grading goal met, edger booked for May."],
        ["", "Week total", "2.25", ""],
    ),
    P("Mentoring hrs to date: 20.0"),
    H(1, "Tutorials and supervision"),
    P("""Supervision 1 (13 March) and supervision 2 (17 April) are the SUP lines above - an hour and an
      hour and a quarter with my supervisor, who mentors managers across the forestry
      co-operative. My tutor observed me on 25 March and gave me half an hour of feedback after.
      We also had a phone tutorial on 2 April, 20 mins, which isn't on the timesheet because I
      took it in my lunch break."""),
    H(1, "Review"),
    P("""The skills audits were the most useful tool: A and C could both see the red and amber items
      and chose what to work on. B's audit was done but he never got to use it, which I regret.
      My supervisor challenged me on the joint session - was it for them or to save me time? -
      and I think it was both, but it worked, because A had to explain his job to someone who
      depends on it. My tutor's feedback was that I tell instead of ask when I'm on the shop
      floor, which is true; in the office I'm better. Next time I would not book sessions on a
      Tuesday, which is breakdown day."""),
    P("Declaration: this is my own work. A. Tait, 2 May."),
]

CASE = Case(
    name="r20a_304_sawmill_docx",
    unit="8587-304",
    kind="structured-docx",
    files=[SourceFile("A Tait 8587-304 mentoring record.docx", BLOCKS)],
    labels={},  # practice log only
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        # Clean: A, B, C; Alison Tait / A. Tait is the learner; Douglas fir, Sitka spruce (timber);
        # Hexham, Kielder; managers, assessor and supervisor by role.
        "identifying": [],
        # Hrs (decimal) on MENT lines only:
        #   W/C 3 Mar: A 1.0 = 60; B 0.75 = 45 (TBT 0.5 is a toolbox talk)
        #   W/C 10 Mar: A 1.5 = 90; B 1.25 = 75 (SUP 1.0 is supervision)
        #   W/C 17 Mar: A 0.0 cancelled; A 1.25 = 75; B 1.0 = 60
        #   W/C 24 Mar: A 2.0 = observed 1.5 = 90 mentoring + 0.5 = 30 tutor feedback; B 0.0 sick
        #   W/C 31 Mar: A 1.0 = 60; C 1.0 = 60
        #   W/C 7 Apr: A 1.25 = 75; C 1.5 = 90 (TRN 3.0 is training)
        #   W/C 14 Apr: A+C joint 2.5 = 150 (once) (SUP 1.25 supervision)
        #   W/C 21 Apr: C 1.0 = 60; A 0.75 = 45
        #   W/C 28 Apr: A 1.0 = 60; C 1.25 = 75
        # By week: 105; 165; 135; 90; 120; 165; 150; 105; 135
        #   105 + 165 = 270; + 135 = 405; + 90 = 495; + 120 = 615; + 165 = 780; + 150 = 930; + 105 = 1035;
        #   + 135 = 1170 = 19.5 h. Her "to date" 20.0 counts the 0.5 tutor feedback from week 4 on
        #   (8.75 should be 8.25). "Week total" rows add every code: not sessions.
        # By mentee: A 60+90+75+90+60+75+150+45+60 = 705; B 45+75+60 = 180; C 60+90+60+75 = 285;
        #   705 + 180 + 285 = 1170.
        "minutes": 1170,
        "sessions": 16,  # A 9 (with the joint), B 3, C 4
        "individuals": 3,  # A, B, C
        # SUP 1.0 = 60; tutor feedback 0.5 = 30; SUP 1.25 = 75; 2 Apr phone tutorial "20 mins" 20.
        # 60 + 30 + 75 + 20 = 185.
        "supervision_minutes": 185,
    },
    about="Sawmill production manager; 304 Word record as weekly timesheet extracts with decimal hours by cost code, week totals adding toolbox talks, training and supervision, an observed session and tutor feedback booked as one line, cancelled and sick zero lines, a mentee off long-term sick and replaced, joint session, running count half an hour high; clean.",
)
