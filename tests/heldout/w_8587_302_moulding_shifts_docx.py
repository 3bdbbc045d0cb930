"""8587-302 extended coaching: a plastics moulding factory's quality manager, DOCX portfolio with a "Time (hrs:mins)" log.

Sunita Mahal is quality manager at an injection moulding factory in Runcorn and coaches two
people for her ILM Level 3 unit 302 portfolio: C1, a newly promoted night
shift supervisor, and C2, the toolroom team leader. She calls them C1 and C2 everywhere
except in two places she forgot. Word headings by section with the AC numbers in brackets,
a log table whose length column is headed "Time (hrs:mins)" (so "1:15" is an hour and a
quarter, "0:45" three quarters of an hour), one cancelled row (C2 off sick, rebooked a week
later), a planned three-way follow-up as the last row of the log, and a "Total delivered"
row under it. Supervision is kept as a separate two-column record, one small table per
supervision session, where the template asks for the supervisor's name. Evidence matrix at
the end and a signed declaration.

Planted (2): C1's first name in a line pasted from her reflective log ("Liam"); C2's work
e-mail address where she explains how feedback came in ("k.bramall@haltonmouldings.co.uk").
Clean but tricky: the supervisor named where the record template asks, the company
(Halton Precision Mouldings), Whitmore's GROW, VIA strengths, Runcorn and Widnes, press
numbers, job titles.

Assessor's arithmetic (the log in section 2.4, "Time (hrs:mins)"):
  C1: S1 08/01 1:00 = 60, S3 22/01 1:15 = 75, S5 05/02 1:00 = 60, S8 26/02 0:45 = 45,
      S10 12/03 1:30 = 90, S12 26/03 1:15 = 75, S14 09/04 1:00 = 60
      -> 60+75 = 135, +60 = 195, +45 = 240, +90 = 330, +75 = 405, +60 = 465 (7 sessions)
  C2: S2 09/01 1:00 = 60, S4 23/01 1:00 = 60, S7 13/02 1:30 = 90, S9 27/02 1:15 = 75,
      S11 13/03 1:00 = 60, S13 27/03 1:00 = 60, S15 10/04 1:15 = 75
      -> 60+60 = 120, +90 = 210, +75 = 285, +60 = 345, +60 = 405, +75 = 480 (7 sessions)
  Not counted: S6 06/02 cancelled (C2 off sick, "-"); S16 14/05 PLANNED three-way 1:00;
  the "Total delivered 15:45" row (= 945, right); the plan's "seven sessions each".
  minutes 465 + 480 = 945; sessions 14; individuals 2 (C1 = Liam, C2).
  Supervision: record 1, 19 Feb, 1 hr = 60; record 2, 2 Apr, 1 hr 15 min = 75 -> 135.
"""

from corpus.case import B, Case, H, P, SourceFile, T

LOG = T(
    ["S", "Date", "Coachee", "Time (hrs:mins)", "Focus / tool used", "Action agreed"],
    ["1", "08/01/25", "C1", "1:00", "Chemistry and contracting. Coaching v managing explained", "Read contract, sign at S3"],
    ["2", "09/01/25", "C2", "1:00", "Chemistry and contracting", "Sign contract, think about goals"],
    ["3", "22/01/25", "C1", "1:15", "Wheel of work life, goals set", "Keep a shift diary for 2 weeks"],
    ["4", "23/01/25", "C2", "1:00", "VIA strengths survey results, goals set", "Pick one job to delegate"],
    ["5", "05/02/25", "C1", "1:00", "GROW - the 22:00 handover", "Run a 10 min stand-up at handover"],
    ["6", "06/02/25", "C2", "-", "CANCELLED - C2 off sick. Rebooked for 13/02", "-"],
    ["7", "13/02/25", "C2", "1:30", "GROW - delegating mould changes", "Let apprentice lead 2 tool changes"],
    ["8", "26/02/25", "C1", "0:45", "Cut short, press 14 breakdown", "Carry over to S10"],
    ["9", "27/02/25", "C2", "1:15", "Review of delegation, scaling 1-10", "Draft a toolroom skills matrix"],
    ["10", "12/03/25", "C1", "1:30", "Role play: absence conversation", "Hold the return-to-work chat"],
    ["11", "13/03/25", "C2", "1:00", "Skills matrix review", "Book slot with Ops Manager"],
    ["12", "26/03/25", "C1", "1:15", "Wheel re-scored", "Ask 3 operators for feedback"],
    ["13", "27/03/25", "C2", "1:00", "Preparing the pitch to Ops Manager", "Present matrix 3/4"],
    ["14", "09/04/25", "C1", "1:00", "Review of goals, ending", "Carry on stand-ups"],
    ["15", "10/04/25", "C2", "1:15", "Review of goals, ending", "Matrix live from May"],
    ["16", "14/05/25", "C1 + C2", "1:00", "PLANNED - 3-way follow-up with Operations Manager", ""],
    ["", "", "Total delivered", "15:45", "14 sessions (not incl. S6 or S16)", ""],
)

SUPERVISION_1 = T(
    ["Supervision record 1", ""],
    ["Date", "19 February 2025, 4pm, meeting room at the centre"],
    ["Supervisor", "Alison Keane (coach supervisor arranged by the centre)"],
    ["Length", "1 hr"],
    ["What I brought", "Coaching someone I also audit. C1 asked me in S5 if our sessions would affect his audit score."],
    ["Outcomes / actions", "Write the audit separation into the contract; stop taking coaching notes on the quality clipboard; re-read the ethics section of the EMCC code."],
)

SUPERVISION_2 = T(
    ["Supervision record 2", ""],
    ["Date", "2 April 2025, Teams"],
    ["Supervisor", "Alison Keane"],
    ["Length", "1 hr 15 min"],
    ["What I brought", "Endings, and whether I was pushing C2 towards my own answer for the skills matrix."],
    ["Outcomes / actions", "Let C2 present his own version even if I think it is weaker; plan a proper ending session; write up what I learnt from the cut-short session."],
)

MATRIX = T(
    ["AC", "Evidence", "Section"],
    ["1.1", "Coaching plan", "1"],
    ["1.2", "Goals for C1 and C2", "1"],
    ["1.3", "Contract (anonymised copies in appendix)", "1"],
    ["2.1", "Wheel of work life, VIA survey, scaling", "2"],
    ["2.2", "GROW", "2"],
    ["2.3", "Skills and ethics", "2"],
    ["2.4", "Coaching log and session records", "2"],
    ["3.1", "Reflections", "3"],
    ["3.2", "Feedback from coachees", "3"],
    ["3.3", "Communication review", "3"],
    ["3.4", "Supervision records 1 and 2", "3"],
)

BLOCKS = [
    H(0, "Unit 302 - Undertaking an Extended Period of Coaching"),
    T(
        ["Learner", "Sunita Mahal"],
        ["Job title", "Quality Manager, Halton Precision Mouldings, Runcorn"],
        ["Centre", "Mersey Vale Training"],
        ["Submitted", "April 2025"],
    ),
    P("""Note on names: the two people I coached are called C1 and C2 throughout. C1 is a night
      shift supervisor promoted from press setter last autumn, C2 is the toolroom team leader.
      Their signed contracts are in the appendix with the names blacked out."""),

    H(1, "Section 1 - Planning (1.1, 1.2, 1.3)"),
    P("""My plan was for seven sessions each of about an hour, two sessions a month, alternating
      Wednesday and Thursday afternoons so C1 could come in early before nights and C2 could
      leave the toolroom at the quiet end of day shift. That gives roughly fourteen hours
      with some slack for the 12 hour requirement, because in a factory something always
      breaks. Venue was the small training room by the canteen, not my office, because my
      office is where people get told their parts have failed inspection. I booked the room
      for the whole of January to April in one go. Tools I planned to use: a wheel of work
      life for C1, the free VIA strengths survey for C2, a scaling question at the start of
      each session, and GROW as the main structure. I kept a one-page session record template
      and the log below."""),
    P("""Goals were agreed at the second session with each of them, after they had done the
      wheel or the survey, and written on the goals page of the contract:"""),
    B("""C1: run a ten minute stand-up at every night shift handover by the end of February, and
      cut unplanned absence on nights from 6% to 4% by the end of April by holding proper
      return-to-work conversations."""),
    B("""C1: feel confident challenging operators twice his age (his words), scored 3 out of 10
      now, aiming for 7."""),
    B("""C2: delegate mould changes on the two big presses to the apprentice and the senior
      toolmaker so that he is not called in at weekends; and produce a toolroom skills matrix
      and get it signed off by the Operations Manager."""),
    P("""The contract covered: the purpose (their development, not performance management),
      seven sessions, times and place, 24 hours' notice to cancel unless there is a
      breakdown, confidentiality and its limits (safety, safeguarding, anything illegal),
      where my notes are kept (locked drawer, not the quality server), and how to end early.
      Because I audit both their areas, the contract says in bold that nothing said in
      coaching is used in an audit. There is also a three-way section signed by the
      Operations Manager, who agreed the broad goals and agreed not to ask what was said.
      Both coachees signed at their second or third session once they had read it properly."""),

    H(1, "Section 2 - Coaching practice (2.1 to 2.4)"),
    P("""Diagnostic tools. For C1 the wheel of work life showed a 3 for confidence with
      the team and a 9 for technical knowledge, which told us straight away that the issue
      was not what he knew but how he spoke to older operators. That became his second goal.
      For C2 the VIA survey put fairness and perseverance at the top and teamwork low, which
      surprised him. He said perseverance is why he ends up doing every tool change himself.
      In every session I also asked a scaling question ("where are you now out of ten on the
      goal?") so we could both see movement; C2 went from 2 to 7 on delegation by S13."""),
    P("""Coaching model. I used GROW (Whitmore) because it is simple enough to remember at the
      end of a long day and both coachees liked knowing where we were in the conversation.
      In S5 with C1 the Goal was a handover that did not end in an argument. Reality: the day
      shift left jobs half done and he blamed them in front of his crew. For the Options stage
      he came up with four ways to run a stand-up, including a whiteboard at press 9, and for
      Will he picked the whiteboard and set himself a start date of the following Monday. With
      C2 the Will step was the hard bit because he kept saying "I'll see"; I started asking
      "what exactly, and by when?" and writing it on the action column in front of him."""),
    P("""Knowledge, skills and behaviours. Knowledge: I know the presses, the quality system
      and the absence policy, but I had to keep that knowledge out of the way. Skills: I used
      open questions, summarising and silence. When C1 was describing the press 14 fault I
      counted to five before speaking, and he filled the gap with the real worry, which was
      that his crew thought he had been promoted over better setters. Behaviours: I kept every
      appointment except the one C2 was off sick for, I did not gossip about anything either of
      them said, and I declared my conflict of interest (I audit them) rather than pretend it
      was not there. Ethically, when C1 told me about an operator skipping a guard check I
      reminded him of the limits in the contract and he chose to deal with it himself that
      night; I checked the next day that he had."""),
    P("""Records. The log is below. Each row is backed by a one-page session record in the
      folder, from the first chemistry meeting to the ending session, with the questions I
      used, what the coachee said, the action and a reflection box. Times are what we actually
      sat down for, not what was booked."""),
    LOG,
    P("""S8 was cut short because press 14 went down and C1 was the only setter on site. S16 has
      not happened yet, it is the follow-up with the Operations Manager in May, so it is not
      in the total."""),

    H(1, "Section 3 - Reviewing my practice (3.1 to 3.4)"),
    P("""Reflection. I filled in the reflection box on the session record the same day, using
      what went well / what I would change / what I learnt. The main pattern across the
      sessions was that whenever something in the session touched on quality I slipped back
      into quality manager mode and started telling instead of asking. After S8 I wrote,
      pasted here as it stands: "Liam was distracted by the breakdown and so was I, should have
      rebooked instead of ploughing on." Key learning for my CPD: stop a session that is not
      working and rebook it; keep my technical opinions for outside the room; and I need more
      practice at endings, which felt abrupt with both coachees."""),
    P("""Feedback. At the end of each session I asked each coachee for a score out of 5 and
      one thing to change, and wrote it on the session record. C1 did it on paper. C2 sent his
      by email after each session from his work address (k.bramall@haltonmouldings.co.uk)
      and I printed them for the folder. Scores
      went from 3 and 4 in January to 5s by March. The most useful comment was C2's after S9:
      "You asked the same question three different ways, just wait for me." I have taken that
      on board."""),
    P("""Review of my communication skills. Questioning: listening back to my notes, my
      questions were often two questions glued together ("what happened and how did you feel
      about it?"), which let the coachee answer the easy half. By March I was asking one at a
      time. Listening: I am good at summarising but I interrupt when I think I know the
      answer, especially on technical topics. Feedback: I am used to giving blunt feedback on
      parts, and I had to learn to ask first how they thought it went and then be specific and
      kind. C1 said my feedback after the role play in S10 was the first time anyone had told
      him what he did well, not just what he did wrong."""),
    P("Supervision. I had two supervision sessions with an external coach supervisor:"),
    SUPERVISION_1,
    SUPERVISION_2,
    P("""Outcomes: after the first session the audit separation went into both contracts and I
      moved my notes off the quality clipboard into a plain notebook, which C1 noticed and
      mentioned. After the second I let C2 present his own skills matrix, and it went better
      than mine would have because the toolmakers knew it was his. Both sessions made me see
      that my biggest risk as a coach in my own factory is being the expert."""),

    H(1, "Evidence matrix"),
    MATRIX,
    P("""Learner declaration: I confirm that this portfolio is my own work and that the coaching
      sessions recorded took place. Signed: S. Mahal   Date: 17/04/2025"""),
]

CASE = Case(
    name="w_8587_302_moulding_shifts_docx",
    unit="8587-302",
    kind="portfolio",
    files=[SourceFile("S Mahal 302 coaching portfolio.docx", BLOCKS)],
    labels={
        "1.1": "alternating Wednesday and Thursday afternoons",
        "1.2": "cut unplanned absence on nights from 6% to 4%",
        "1.3": "nothing said in coaching is used in an audit",
        "2.1": "the wheel of work life showed a 3 for confidence",
        "2.2": "he came up with four ways to run a stand-up",
        "2.3": "I counted to five before speaking",
        "2.4": "Each row is backed by a one-page session record",
        "3.1": "I slipped back into quality manager mode",
        "3.2": "a score out of 5 and one thing to change",
        "3.3": "my questions were often two questions glued together",
        "3.4": "the audit separation went into both contracts",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": True,
        "identifying": ["Liam", "k.bramall@haltonmouldings.co.uk"],
        # C1: 60 + 75 + 60 + 45 + 90 + 75 + 60 = 465 (S1, S3, S5, S8, S10, S12, S14)
        # C2: 60 + 60 + 90 + 75 + 60 + 60 + 75 = 480 (S2, S4, S7, S9, S11, S13, S15)
        # 465 + 480 = 945 (= "Total delivered 15:45"). Not: S6 cancelled, S16 planned, Total row.
        "minutes": 945,
        "sessions": 14,  # 7 + 7
        "individuals": 2,  # C1, C2
        # Supervision record 1: 1 hr = 60; record 2: 1 hr 15 min = 75 -> 135
        "supervision_minutes": 135,
    },
    about="Moulding factory quality manager's 302 DOCX: log with 'Time (hrs:mins)' column, a cancelled row, planned three-way as last row then a Total row, C1/C2 codes with one first-name slip and a work e-mail, supervision as two two-column records naming the supervisor, matrix, declaration.",
)
