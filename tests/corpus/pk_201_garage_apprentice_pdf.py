"""8584-201 mentoring: a garage workshop supervisor's PDF, 12-hour clock ranges typed his own way.

Dean, workshop supervisor at an independent garage, mentors "the new apprentice" (a first-year
light vehicle apprentice) who is Kyle everywhere after the plan. His diary table has a Time
column of 12-hour ranges typed however they came out ("8.15-9am", "2.30pm - 3.15pm",
"11.45am-12.30pm" across noon, "4-5pm"). One session was postponed (block release changed) and
held the following Monday; one was held in two halves the same day because a recovery job came
in ("10.00-10.25am and 3.40-4.05pm", one session). A ten-minute call to swap a shift he says he
has not counted. His total line is ten minutes high. The 1-hour tutor meeting is a 1:1 on Zoom
in evening clock time; an e-learning module he did before starting is not support.

Practice truth: 45 + 45 + 45 + (25 + 25) + 60 + 40 = 285 minutes in six sessions with one
mentee; supervision: tutor 1:1 6.00pm-7.05pm = 65.
"""

from .case import B, Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "Unit 201 - Developing Mentoring Skills"),
    P("ILM Level 2 Award in Effective Mentoring Skills (8584)"),
    P("Learner: Dean, Workshop Supervisor, independent MOT and service garage"),
    H(1, "1.1 My plan for mentoring"),
    P("""The person I mentored is the new apprentice who started with us in January. He is 17,
      on a Level 2 light vehicle maintenance apprenticeship with one day a week at college, and
      this is his first job. His name is Kyle and he was happy for me to use it. The service
      manager asked me to mentor him because he was very quiet, would not ask when he didn't
      understand a job card, and was falling behind with his college portfolio."""),
    P("""Who: me and Kyle, nobody else in the room. What: settling in, his college work and
      speaking up in the workshop. When: once a week, usually Tuesdays as that is our quietest
      day, at whatever time the bookings allowed. Where: the staff room or my office, away from
      the other lads. How long: 40 minutes to an hour, six sessions, so we get over the 3 hours
      even if one gets cut short. I put the sessions in the workshop diary like a booking so
      nobody would load a job onto either of us."""),
    H(1, "1.2 Agreed goals"),
    B("Kyle to pass his first college progress test (end of February)."),
    B("Kyle to catch up the two units he is behind on in his portfolio by 11 March."),
    B("Kyle to ask a technician to explain at least one job card a week instead of guessing."),
    H(1, "2.1 / 2.5 Mentoring diary"),
    T(
        ["Session", "Day / date", "Time", "Where", "What we covered / actions"],
        ["1", "Tues 4 Feb 2025", "8.15-9am", "Staff room",
         "First meeting. What mentoring is and isn't, what stays between us. Agreed the three goals above."],
        ["2", "Tues 11 Feb", "2.30pm - 3.15pm", "Staff room",
         "Went through his college portfolio. He is behind on two units. Made a plan for one evening a week."],
        ["-", "Thurs 13 Feb", "-", "-",
         "Postponed. Kyle was at college - his block release day changed. Moved to Monday."],
        ["3", "Mon 17 Feb", "11.45am-12.30pm", "Bay 4 (lift down, quiet)",
         "Asking questions. We role-played him asking Steve to explain a fault code. Action: ask one question a day."],
        ["4", "Tues 25 Feb", "10.00-10.25am and 3.40-4.05pm", "My office",
         "One session done in two halves - a recovery job came in mid-morning so we stopped and "
         "finished it at the end of the day. His progress test result (passed, 68%)."],
        ["5", "Tues 4 Mar", "4-5pm", "My office",
         "Dealing with customers at the front desk. He shadowed the reception on the Friday after."],
        ["6", "Tues 11 Mar", "9.30-10.10am", "Staff room",
         "Review of the three goals and ending the mentoring. He filled in the feedback form."],
    ),
    P("""I also rang Kyle on Sunday 2 March for about 10 minutes to swap his Saturday shift. That
      was work, not mentoring, so I haven't counted it."""),
    P("Total mentoring time: 4 hrs 55 mins over 6 sessions."),
    H(1, "2.2 Questioning and listening"),
    P("""At first Kyle answered everything with "yeah" or "dunno". In session 2 I stopped asking
      "is that OK?" and asked things like "which bit of the portfolio do you dread opening?",
      which got a real answer (the electrical unit). I also learned to leave a pause. In session
      3 he said more after I had stopped talking than in the whole first session."""),
    H(1, "2.3 Feedback"),
    P("""After the progress test I gave him feedback on what he had done, not on him: he had
      planned his evenings and stuck to it, and that is why he passed. I also told him straight
      that guessing torque settings is not acceptable, and why, and he took it well."""),
    H(1, "2.4 Building trust"),
    P("""I kept what he told me between us, including that he was struggling with money for the
      bus to college, and only raised it with the service manager when he asked me to. Doing
      the sessions away from the workshop floor helped; the lads can be hard on apprentices."""),
    H(1, "3.1 Reviewing my own performance"),
    P("""I am good at explaining things and patient with practical jobs. I am not so good at
      keeping quiet and letting him work it out, and I tend to jump in with the answer because
      that is what I do all day as a supervisor. Splitting session 4 was not ideal and I should
      have protected the time better."""),
    H(1, "3.2 Meeting with my tutor"),
    P("""1:1 with my tutor, Gill, on Thursday 13 March, 6.00pm-7.05pm on Zoom. Purpose: to go
      through my diary and what I had learned. Gill said my goals were measurable and that I
      should write more about what I actually said in the sessions. She also pointed out I had
      done all the talking in the first session. We agreed I would work on open questions and
      look at doing the Level 3 next year."""),
    P("""Before I started mentoring I did the dealer group's "Introduction to mentoring"
      e-learning on the training portal (about an hour and a half). I have not included it as
      mentoring or as tutor time."""),
    H(1, "3.3 My development plan"),
    T(
        ["What I want to improve", "How", "By when"],
        ["Asking open questions", "Write three open questions before each session", "June 2025"],
        ["Not jumping in", "Ask Gill to observe me with the next apprentice", "September 2025"],
        ["Coaching qualification", "Enrol on the ILM Level 3", "January 2026"],
    ),
    H(1, "Declaration"),
    P("I confirm that this portfolio is my own work. Signed: Dean   Date: 14/03/2025"),
]

CASE = Case(
    name="pk_201_garage_apprentice_pdf",
    unit="8584-201",
    kind="structured-pdf",
    files=[SourceFile("Dean - Unit 201 portfolio.pdf", BLOCKS)],
    labels={},  # practice only
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        # 1) 8.15-9am 45 + 2) 2.30pm-3.15pm 45 + 3) 11.45am-12.30pm 45 (across noon)
        # + 4) 10.00-10.25am 25 + 3.40-4.05pm 25 = 50 (one session in two halves)
        # + 5) 4-5pm 60 + 6) 9.30-10.10am 40 = 285. Not: 13 Feb postponed, the 10-minute
        # shift call (not counted), the "4 hrs 55 mins" total line (295, ten minutes high).
        "minutes": 285,
        "sessions": 6,
        "individuals": 1,  # Kyle = "the new apprentice"
        # tutor 1:1 Thurs 13 March 6.00pm-7.05pm = 65; not the e-learning (about 90, not support)
        "supervision_minutes": 65,
    },
    about="Garage workshop supervisor; PDF diary of 12-hour ranges in several spellings incl. across noon, a session in two halves, postponed row, uncounted call, own total 10 mins high, evening Zoom tutor 1:1.",
)
