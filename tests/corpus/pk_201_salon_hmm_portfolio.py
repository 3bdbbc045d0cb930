"""8584-201 mentoring: a hair salon senior stylist's portfolio, h:mm "Time spent" and LJ / Lily.

Chantelle, senior stylist in a town-centre salon, mentors the salon's second-year apprentice,
Lily, who is "LJ" (the appointment-book initials) all through the diary table and Lily in the
reflective log and feedback. The portfolio opens with an evidence matrix. The diary table's
"Time spent (h:mm)" column holds "1:00", "0:45", "1:15"; a week that did not happen reads
"n/a"; one session was a WhatsApp video call on Lily's day off; the TOTAL row is right. The
reflective log then retells sessions 1, 2, 4 and 6 with their lengths in words (the same
sessions). Supervision is a small table in h:mm: a Teams tutorial and a group supervision
with the other mentors on her course. A mentor training day at the academy (her course
induction) and future courses in the CPD plan are not practice.

Practice truth: 60 + 45 + 40 + 75 + 50 + 30 = 300 minutes in six sessions with one mentee;
supervision 45 + 90 = 135.
"""

from .case import Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "ILM Level 2 Award in Effective Mentoring Skills"),
    P("Unit 8584-201 Developing Mentoring Skills - Portfolio of evidence"),
    P("Learner: Chantelle (Senior Stylist)   Assessor/tutor: Mandy   Submitted: 24 February 2025"),
    H(1, "Evidence matrix"),
    T(
        ["AC", "Evidence", "Where to find it"],
        ["1.1", "Mentoring plan", "Section 1"],
        ["1.2", "Mentoring agreement and goals", "Section 1"],
        ["2.1, 2.5", "Mentoring diary", "Section 2"],
        ["2.2, 2.3, 2.4", "Reflective log", "Section 3"],
        ["3.1", "Review of my performance + feedback from mentee", "Sections 3 and 4"],
        ["3.2", "Outcomes of supervision / tutor meeting", "Section 5"],
        ["3.3", "CPD plan", "Section 6"],
    ),
    H(1, "Section 1 - Mentoring plan and agreement"),
    P("""My mentee is Lily, our second-year apprentice (she is LJ on the appointment book, so
      that is how she appears in my diary). Lily is a good cutter but goes quiet in
      consultations and lets clients talk her into colours she isn't confident with. Our salon
      owner asked me to mentor her before she goes for her Level 3."""),
    P("""Plan: six sessions of 30-60 minutes over six weeks, on Monday mornings before we open at
      9.30 because that's the only time the salon is quiet. In the staff room, except one on
      the salon floor with a model. Agreement signed on 6 January: confidential unless there's
      a safeguarding issue, Lily sets the agenda, either of us can cancel with a day's
      notice."""),
    P("Goals agreed in session 1:"),
    T(
        ["Goal", "How we'll know"],
        ["Lead a full colour consultation without me stepping in", "3 consultations signed off by me by mid-Feb"],
        ["Get her balayage assessment signed off", "Assessment passed at the academy"],
        ["Say no to a client when a colour isn't safe", "She tells me about one time she did it"],
    ),
    H(1, "Section 2 - Mentoring diary"),
    T(
        ["Session", "Date", "Where / how", "Time spent (h:mm)", "What we did / actions"],
        ["1", "Mon 06/01/25", "Staff room", "1:00", "Agreement, goals. LJ to write down 3 consultation questions she finds hard."],
        ["2", "Mon 13/01/25", "Staff room", "0:45", "Role play consultation - me as a difficult client. LJ to lead one real consultation."],
        ["-", "Mon 20/01/25", "-", "n/a", "Didn't happen - January sale, fully booked and LJ on reception all day."],
        ["3", "Wed 22/01/25", "Video call (WhatsApp) - her day off", "0:40", "Talked through her first consultation. Action: practise the patch test script."],
        ["4", "Mon 03/02/25", "Salon floor after closing, with a model", "1:15", "Balayage sectioning on a model; I gave feedback as she worked."],
        ["5", "Mon 10/02/25", "Staff room", "0:50", "A client complained about her toner. What she said and what she could say next time."],
        ["6", "Mon 17/02/25", "Cafe next door", "0:30", "Review of goals, ending. LJ filled in feedback form."],
        ["", "TOTAL", "", "5:00", "6 sessions"],
    ),
    H(1, "Section 3 - Reflective log"),
    P("""Session 1 (1 hour). I talked too much. I had a list of things to tell her and only
      realised at the end that I hadn't asked what she wanted. Next time: ask first."""),
    P("""Session 2 (45 minutes). The role play worked. I asked "what could you say if she
      pushes back?" rather than giving her the line, and she came up with something better
      than mine. Open questions are harder than they look."""),
    P("""Session 4, the long one with the model (an hour and a quarter). I gave feedback while
      she was working, which she said later put her off. Next time I'll let her finish a
      section and then ask her what she'd change before I say anything."""),
    P("""Session 6 (half an hour). Lily did three consultations on her own in February and
      passed her balayage assessment the week before. I think she trusts me more because I
      kept the complaint in session 5 between us and didn't go to the owner."""),
    H(1, "Section 4 - Feedback from mentee"),
    P("""Lily's feedback form (17/02/25): "Chantelle always made time even when it was busy. The
      role play helped most. I would have liked more sessions on the floor." She scored the
      mentoring 4 out of 5 for being useful and 5 out of 5 for being confidential."""),
    H(1, "Section 5 - Outcomes of supervision session"),
    T(
        ["Date", "With", "Type", "Time (h:mm)"],
        ["Wed 29/01/25", "Mandy (ILM tutor)", "Tutorial on Teams", "0:45"],
        ["Wed 12/02/25", "Mandy + the other 2 mentors on my course", "Group supervision at the training centre", "1:30"],
    ),
    P("""Outcomes: Mandy asked me to look at who was doing the talking. In the group supervision
      the other two mentors (a barber and a nail tech) had the same problem with giving
      answers. We agreed to try counting to five before filling a silence. I also need to write
      my diary on the day, not at the weekend."""),
    P("""Note: the mentor training day at the academy on Saturday 14/12/24 (6 hours) was the
      induction to my course, before I started mentoring Lily, so it is not in the diary or the
      supervision table."""),
    H(1, "Section 6 - CPD plan"),
    T(
        ["Development area", "Activity", "By when", "Time"],
        ["Listening more than talking", "Ask Mandy to watch a recording of one session", "April 2025", "1 hr"],
        ["Giving feedback", "Read 'feedback sandwich' alternatives; try with next apprentice", "May 2025", "-"],
        ["Becoming an educator", "Level 3 Award in Education and Training (3 days)", "Autumn 2025", "3 days"],
    ),
    H(1, "Declaration of authenticity"),
    P("I declare that the work in this portfolio is my own. Signed: Chantelle   Date: 24/02/2025"),
]

CASE = Case(
    name="pk_201_salon_hmm_portfolio",
    unit="8584-201",
    kind="portfolio",
    files=[SourceFile("Chantelle 201 portfolio FINAL.docx", BLOCKS)],
    labels={},  # practice only
    expected_checks={
        "declaration": True,
        "evidence_matrix": True,
        # diary h:mm: 1) 1:00 60 + 2) 0:45 45 + 3) 0:40 40 (video call) + 4) 1:15 75
        # + 5) 0:50 50 + 6) 0:30 30 = 300. Not: 20/01 "n/a", the TOTAL row (5:00),
        # the reflective log's retelling of sessions 1, 2, 4, 6 (same sessions).
        "minutes": 300,
        "sessions": 6,
        "individuals": 1,  # LJ = Lily
        # tutorial 0:45 45 + group supervision 1:30 90 = 135; not the 14/12/24 training day
        # (course induction, 6 h) or the CPD plan's future activities
        "supervision_minutes": 135,
    },
    about="Hair salon senior stylist; portfolio with evidence matrix, h:mm 'Time spent' column, LJ in the diary = Lily elsewhere, n/a week, video call, reflective log retelling sessions, h:mm supervision table, training day not counted.",
)
