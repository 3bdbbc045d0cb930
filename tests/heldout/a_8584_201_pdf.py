"""8584-201 Developing Mentoring Skills: a three-PDF portfolio from a garden centre.

Aisha Rahman, assistant manager at a garden centre, mentors one newly promoted
supervisor. Three PDFs saved from Word: a cover with the evidence matrix pointing at files
and pages, the mentoring diary (plan, goals, session log, one ILM "Mentoring Record" per
session held) and a reflective account.

Practice, as an assessor counts it (the log on diary p. 2, checked against the records):
    session 1  06/01  Mentee 1  "45 mins"                        45
    --         08/01  deputy manager "20 mins (not counted)"     learner says not counted
    session 2  13/01  Mentee 1  "10:00–11:30"                    90
    session 3  20/01  Mentee 1  "1 hr 15"                        75
    --         23/01  tutor meeting "1 hour"                     supervision, not mentoring
    session 4  03/02  Mentee 1  "1h30m"                          90
    --         10/02  "1 hour (planned)"                         planned, cancelled
    Total row "5 hours"                                          a total, not a session
    Each held session also has its own Mentoring Record ("Duration: 45 minutes" ...):
    the same four sessions, not four more.
    => minutes 300, sessions 4, individuals 1, supervision 60.

Anonymisation: she used "Mentee 1" in the log but wrote the mentee's full name in the
first two Mentoring Records, her first name alone later in the reflective account, and
the mentee's mobile number in the plan. Not identifying: her own name and registration
number on the cover, the tutor the tutor-meeting form asks her to name, Clutterbuck,
Kolb, Megginson, the GROW model, the garden centre and its towns.
"""

from corpus.case import B, Case, H, P, SourceFile, T

COVER = [
    H(0, "ILM Level 2 Award in Effective Mentoring Skills"),
    H(1, "Unit 8584-201 Developing Mentoring Skills – Portfolio"),
    T(
        ["Learner name", "Aisha Rahman"],
        ["ILM registration number", "24R-118407"],
        ["Centre", "Marches Training Partnership, Shrewsbury"],
        ["Workplace", "Greenacre Garden Centres, Ludlow store"],
        ["Date of submission", "24 February 2025"],
    ),
    H(2, "Declaration of authenticity"),
    P("""I confirm that this portfolio is my own work and that the mentoring recorded in it
      took place as described. My mentee agreed to her records being used for my ILM
      assessment in anonymised form."""),
    P("Learner signature: A. Rahman     Date: 24/02/2025"),
    H(2, "Portfolio evidence matrix"),
    P("""The table shows where the evidence for each assessment criterion can be found. File
      02 is the mentoring diary and file 03 is my reflective account."""),
    T(
        ["AC", "Evidence", "Where to find it"],
        ["1.1 Prepare a plan for effective mentoring of an individual", "Mentoring plan", "File 02, p. 1"],
        ["1.2 State the agreed goals of the mentoring sessions", "Agreed goals", "File 02, p. 1–2"],
        ["2.1 Provide evidence of mentoring with an individual over a period of at least 3 hours",
         "Session log and Mentoring Records 1–4", "File 02, p. 2–5"],
        ["2.2 Use questioning and listening techniques to support the individual being mentored",
         "Reflective account 2.2, Mentoring Records", "File 03, p. 1"],
        ["2.3 Provide feedback to support individual development", "Reflective account 2.3", "File 03, p. 1–2"],
        ["2.4 Describe how trust was developed with the individual being mentored", "Reflective account 2.4", "File 03, p. 2"],
        ["2.5 Maintain appropriate records of all mentoring sessions", "Diary and reflective account 2.5", "File 02; File 03, p. 2"],
        ["3.1 Review own mentoring performance", "Reflective account 3.1", "File 03, p. 3"],
        ["3.2 Provide evidence of a 1-hour meeting with their tutor to support own development as a mentor",
         "Tutor meeting record", "File 03, p. 3"],
        ["3.3 Identify and plan areas for future development as a mentor", "Development plan", "File 03, p. 4"],
    ),
    P("Marches Training Partnership · Unit 201 portfolio cover · version 3 (2024)"),
]

DIARY = [
    H(0, "Mentoring Diary"),
    T(
        ["Name of mentor", "Aisha Rahman"],
        ["Client ref/ID", "Mentee 1"],
        ["Start date of activity", "06/01/2025"],
        ["Total number of hours completed", "5 hours"],
    ),
    H(1, "1.1 Mentoring plan"),
    T(
        ["Brief profile of the person being mentored",
         "Mentee 1 was promoted from sales assistant to supervisor on the plants and outdoor "
         "department in December. She has worked for the company for four years and knows the "
         "products very well, but she has never managed a rota, dealt with a formal complaint or "
         "told a colleague who used to be her peer that their work is not good enough. Her manager "
         "asked if I would mentor her through her first months as a supervisor."],
        ["What are the anticipated benefits?",
         "Confidence in the supervisor role, fewer escalations to the duty manager, a fair rota "
         "that the team accepts, and a first step towards the company's assistant manager programme."],
        ["Where will you meet?", "The old seed room behind the tills, which is now a small office"],
        ["Why is the venue suitable?",
         "It has a door, a table and two chairs and nobody uses it before 11am. It is on site so "
         "she does not lose time travelling, but away from the shop floor so customers and staff "
         "cannot overhear."],
        ["Planned duration of the sessions", "1 hour (first session shorter)"],
        ["Number of sessions", "4 to 5, fortnightly where the rota allows"],
        ["Mentee's contact", "Work extension 214 or mobile 07700 900318 for changes to times"],
    ),
    P("""I booked each session into the rota as non-selling time on a Monday morning, which is
      our quietest time of the week, and agreed with her manager that she would be covered on
      the tills. I planned to use the GROW model to structure every session and to finish
      each one by agreeing an action and the date of the next meeting."""),
    H(1, "1.2 Agreed goals"),
    P("""We agreed these goals in the first session. I asked her to write them in her own words
      and we checked each one was specific and measurable."""),
    B("""To write the department rota for the Easter weekend on her own, so that every shift has
      a trained till operator and nobody works more than five days in a row, and have it
      approved by the store manager first time by 14 March."""),
    B("""To handle the next three customer complaints on the department herself, using the
      company's LAST approach, without calling the duty manager, and to record each one on
      the complaints log."""),
    B("""To hold a first one-to-one with each of her three team members by the end of February,
      using the company template."""),
    H(1, "2.1 Log of mentoring sessions"),
    P("""This log shows every contact I had about the mentoring, including ones I have not counted
      towards the hours."""),
    T(
        ["No.", "Date", "Who", "Time", "What happened"],
        ["1", "Mon 06/01/2025", "Mentee 1", "45 mins",
         "Held. Introductions, what mentoring is and is not, mentoring agreement signed, goals drafted."],
        ["–", "Wed 08/01/2025", "Mentee 1 and her manager", "20 mins (not counted)",
         "Three-way conversation to agree cover for her sessions. Not a mentoring session."],
        ["2", "Mon 13/01/2025", "Mentee 1", "10:00–11:30",
         "Held. Rota planning. We walked the shop floor together to see where the pinch points are on a Saturday."],
        ["3", "Mon 20/01/2025", "Mentee 1", "1 hr 15",
         "Held. A complaint about dead hedging plants that she passed to the duty manager. Role play using LAST."],
        ["–", "Thu 23/01/2025", "Tutor meeting", "1 hour",
         "Meeting with my tutor at the centre – see my reflective account 3.2. Not mentoring."],
        ["4", "Mon 03/02/2025", "Mentee 1", "1h30m",
         "Held. Review of goals. Planning her first one-to-ones. Draft Easter rota checked together."],
        ["5", "Mon 10/02/2025", "Mentee 1", "1 hour (planned)",
         "Planned – cancelled because of the stock-take. Rebooked for 3 March, after this portfolio goes in."],
        ["Total", "", "", "5 hours", "4 sessions held"],
    ),
    H(1, "Mentoring Records"),
    P("""I filled in one ILM Mentoring Record after every session that took place."""),
    H(2, "Mentoring Record – Session 1"),
    T(
        ["Client ref/ID", "Hannah Mercer", "Session no.", "1"],
        ["Date of session", "06/01/2025", "Duration", "45 minutes"],
    ),
    T(
        ["Review of progress from last session", "First session – not applicable"],
        ["Goal for today's meeting", "Agree how the mentoring will work and draft her goals"],
        ["Reality / current situation", "Feels she has been 'thrown in' as supervisor, worried about the rota and about telling friends what to do"],
        ["Options generated", "Talk to the previous supervisor; use the company rota tool; ask me to check drafts"],
        ["Chosen option and target date", "Draft goals in her own words by next session"],
        ["Feedback I gave", "She already knows the department better than anyone – that is her strongest card"],
        ["Feedback from client", "Said it was a relief to have somebody to ask who is not her manager"],
        ["Date and venue of next session", "13/01/2025, seed room"],
    ),
    H(2, "Mentoring Record – Session 2"),
    T(
        ["Client ref/ID", "Hannah Mercer", "Session no.", "2"],
        ["Date of session", "13/01/2025", "Duration", "90 minutes"],
    ),
    T(
        ["Review of progress", "Goals written and agreed"],
        ["Goal for today's meeting", "Understand what makes a workable weekend rota"],
        ["Reality", "Last year's Easter rota had Saturdays without a trained till operator on the outdoor tills"],
        ["Options generated", "Skills matrix first, then shifts; ask the team for their availability early; borrow a till-trained colleague from houseplants"],
        ["Chosen option and target date", "Build a skills matrix for her team by 20/01"],
        ["Feedback I gave", "Her idea of asking the team for availability first will make the rota feel fairer"],
        ["Feedback from client", "Walking the floor helped her see it as a customer would"],
        ["Date and venue of next session", "20/01/2025, seed room"],
    ),
    H(2, "Mentoring Record – Session 3"),
    T(
        ["Client ref/ID", "Mentee 1", "Session no.", "3"],
        ["Date of session", "20/01/2025", "Duration", "1 hour 15 minutes"],
    ),
    T(
        ["Review of progress", "Skills matrix done – three of seven staff are till trained"],
        ["Goal for today's meeting", "Feel able to deal with a complaint herself"],
        ["Reality", "Passed a complaint about dead hedging plants to the duty manager on Saturday because she 'froze'"],
        ["Options generated", "Practise LAST; keep the refunds policy card in her pocket; ask the customer what would put it right"],
        ["Chosen option and target date", "Handle the next complaint herself and note it on the log"],
        ["Feedback I gave", "In the role play she listened well but apologised six times – once is enough"],
        ["Feedback from client", "Role play felt awkward but useful"],
        ["Date and venue of next session", "03/02/2025, seed room"],
    ),
    H(2, "Mentoring Record – Session 4"),
    T(
        ["Client ref/ID", "Mentee 1", "Session no.", "4"],
        ["Date of session", "03/02/2025", "Duration", "1.5 hours"],
    ),
    T(
        ["Review of progress", "Two complaints handled on her own and logged. Easter rota in draft."],
        ["Goal for today's meeting", "Plan her first one-to-ones and check the rota"],
        ["Reality", "Nervous about a one-to-one with a colleague who has been late four times"],
        ["Options generated", "Start with the positives; use the template questions; ask HR for the lateness policy"],
        ["Chosen option and target date", "All three one-to-ones held by 28/02"],
        ["Feedback I gave", "The rota meets every rule we agreed – she should send it to the store manager"],
        ["Feedback from client", "Feels 'much less out of her depth' than in January"],
        ["Date and venue of next session", "10/02/2025 (later cancelled – stock-take)"],
    ),
]

REFLECTIVE = [
    H(0, "Reflective Account"),
    P("""In this account I reflect on the four mentoring sessions recorded in my diary, what I
      did, how it went and what I will do differently."""),
    H(1, "2.2 Questioning and listening"),
    P("""I used the GROW model to plan my questions. In the Goal stage I asked open questions
      such as 'what would good look like on a Saturday in April?', which got her picturing the
      result instead of the problem. In Reality I used probing questions ('what exactly
      happened when the customer raised his voice?') and in Options I kept asking 'what
      else?' until she had at least three ideas."""),
    P("""Listening was harder than questioning. I tend to nod and plan my next question while
      the other person is still talking. In session three I made myself summarise before
      asking anything new, and I noticed she corrected my summary twice, which told me I
      had not understood her as well as I thought."""),
    H(1, "2.3 Feedback"),
    P("""I gave feedback at the end of every session and sometimes on the shop floor between
      sessions, in a two-minute huddle by the potting benches. I try to make it specific and
      about what she did, not about her. For example, after the complaint role play I told
      her she had listened well but apologised six times, and that one clear apology and then
      moving on to the solution would sound more confident. In the next real complaint she did
      exactly that and the customer left with a replacement and a smile."""),
    H(1, "2.4 Developing trust"),
    P("""Trust mattered because I am senior to her manager and she was worried that what she said
      would be passed on. In the first session we agreed in writing that I would only share
      something if someone was at risk, and I kept to that when her manager asked me how
      Hannah was 'coping'. I simply said the sessions were going well and that she should ask
      her."""),
    P("""The second thing that built trust was being honest about my own mistakes. I told her
      about my own first Christmas as a supervisor, when I forgot to put anyone on the
      Christmas tree netting machine for a whole Saturday. She laughed and afterwards said it
      made her feel it was normal not to get everything right."""),
    H(1, "2.5 Keeping records"),
    P("""I kept the log and a Mentoring Record for each session, filled in the same day. The
      paper copies are kept in a ring binder in the manager's office safe and the typed
      versions in my own folder on the company drive, which only I can open. She saw and
      agreed each record at the start of the next session."""),
    H(1, "3.1 Review of my own performance"),
    P("""Looking back at my records and at the feedback form she completed, my strengths are
      planning and creating a relaxed atmosphere. My weakness is that I jump in with answers
      when there is a silence, which Clutterbuck warns against because it takes ownership away
      from the mentee. Using Kolb's learning cycle to reflect after each session helped me to
      see this pattern: the same thing happened in sessions two and four. Megginson and
      Clutterbuck describe the mentor as a 'critical friend', and I think I was more friend
      than critical at first."""),
    H(1, "3.2 Meeting with my tutor"),
    T(
        ["Tutor meeting record", ""],
        ["Tutor name", "Mark Ellison"],
        ["Date and duration", "23/01/2025, 1 hour, Marches Training Partnership, Shrewsbury"],
    ),
    P("""We went through my log and first three records. My tutor asked why I had filled so
      many silences and suggested I use silence deliberately, counting to five before I speak.
      We also talked about the risk of mentoring someone in my own store, and agreed I should
      keep the sessions off the shop floor. The outcome was two actions: try the silence
      technique in session four and add a 'what did the mentee decide' line to my records."""),
    H(1, "3.3 Development plan"),
    T(
        ["What I want to develop", "How", "By when", "How I will know"],
        ["Leaving silences", "Count to five; note in each record how many ideas came from the mentee", "April 2025",
         "Most options in my records come from the mentee"],
        ["Mentoring outside my own store", "Ask the area manager to shadow a mentor from the Hereford store", "June 2025",
         "Shadowing done and reflected on"],
        ["Using a second model", "Read about the seven steps model and try it with my next mentee", "September 2025",
         "Used in at least two sessions"],
    ),
    H(1, "References"),
    P("Clutterbuck, D. (2014) Everyone Needs a Mentor. 5th edn. London: CIPD."),
    P("Kolb, D. A. (1984) Experiential Learning. Englewood Cliffs: Prentice Hall."),
    P("Megginson, D. and Clutterbuck, D. (2005) Techniques for Coaching and Mentoring. Oxford: Elsevier."),
]

CASE = Case(
    name="a_8584_201_pdf",
    unit="8584-201",
    kind="portfolio",
    files=[
        SourceFile("01 Cover and evidence matrix.pdf", COVER),
        SourceFile("02 Mentoring diary.pdf", DIARY),
        SourceFile("03 Reflective account.pdf", REFLECTIVE),
    ],
    labels={
        "1.1": "The old seed room behind the tills",
        "1.2": "rota for the Easter weekend",
        "2.1": "We walked the shop floor together",
        "2.2": "what would good look like on a Saturday in April?",
        "2.3": "two-minute huddle by the potting benches",
        "2.4": "my own first Christmas as a supervisor",
        "2.5": "ring binder in the manager's office safe",
        "3.1": "I jump in with answers",
        "3.2": "use silence deliberately",
        "3.3": "shadow a mentor from the Hereford store",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": True,
        "minutes": 300,
        "sessions": 4,
        "individuals": 1,
        "supervision_minutes": 60,
        # the plan's contact row now says it is the mentee's (it could have been read as
        # Aisha's own number, which is not a mentee's detail)
        "identifying": ["Hannah Mercer", "Hannah", "07700 900318"],
    },
    about="Garden centre assistant manager; three PDFs; matrix pointing at files and pages; log plus per-session records; planted names.",
)
