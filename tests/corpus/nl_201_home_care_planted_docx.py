"""8584-201 Developing Mentoring Skills: a home care coordinator's portfolio, DOCX, three planted details.

Joanne Whitehead (ILM 33018264), care coordinator at a domiciliary care agency in Wakefield,
mentors a newly qualified care worker. Word portfolio with an evidence matrix at the front,
criteria as headings, a mentoring agreement table and a session log.

Planted (3): the mentoring agreement table gives the mentee's full name in a cell
("Chantelle Robson") where everywhere else she is "my mentee"; the 3.1 reflection slips into
her first name alone ("Chantelle"); and the 2.4 trust section names the mentee's team
leader, a third party ("Lisa Hargreaves").

Clean but tricky: the learner's own name and number, her tutor named in the tutorial record
("Tutor: Graham Ashby"), the agency and the council (Calder Home Care, Wakefield Council),
CareLineLive (rota software), Honey and Mumford, Egan, GROW, Skills for Care and the Care
Certificate, streets named like people (Grace Darling Court sheltered housing), the CQC.

Practice truth (log rows; the 21 Jan row was cancelled and is not counted):
45 + 60 + 60 + 50 + 75 + 40 = 330 minutes (her Total row says 5 hrs 30, right) in six
sessions with one mentee. Supervision: the tutorial with her tutor, 14:00 to 15:00 = 60.
"""

from .case import B, Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "ILM Level 2 Award in Effective Mentoring – Unit 8584-201 Portfolio"),
    P("Joanne Whitehead | ILM no. 33018264 | Care Coordinator, Calder Home Care, Wakefield"),
    H(1, "Evidence matrix"),
    T(
        ["Criterion", "Where to find the evidence"],
        ["1.1, 1.2", "Section 1, mentoring plan and agreement"],
        ["2.1, 2.5", "Section 2, session log"],
        ["2.2, 2.3, 2.4", "Section 2, my account of the sessions"],
        ["3.1, 3.2, 3.3", "Section 3, review, tutorial record and development plan"],
    ),

    H(1, "Section 1 – Planning"),
    H(2, "1.1 Plan for mentoring"),
    P("""My mentee is a care worker who finished her Care Certificate in December and started
      doing calls on her own in January. The Registered Manager asked me to mentor her because
      new starters in domiciliary care often leave in the first three months: it is lonely
      work, driving between calls, with nobody to ask. I planned six weekly sessions of
      about an hour on Tuesday mornings, between her breakfast and lunch calls, at our office
      on Westgate. I arranged with the rota team to block that slot in CareLineLive so she
      would not be sent on a call. The plan was: session 1 agreement and getting to know each
      other; sessions 2 to 5 working on her goals with the GROW model; session 6 review and
      ending. I also planned a tutorial with my tutor after the last session."""),
    T(
        ["Mentoring agreement", ""],
        ["Mentor", "Joanne Whitehead, Care Coordinator"],
        ["Mentee", "Chantelle Robson, Care Worker"],
        ["Purpose", "Support through first three months of lone working"],
        ["Meetings", "Tuesdays 10.00, office, about 1 hour, six sessions"],
        ["Confidentiality", "Between us unless a safeguarding or safety concern"],
        ["Signed", "Both, 7 January 2025"],
    ),
    H(2, "1.2 Goals agreed"),
    P("""We agreed these in session 1 and wrote them on the back of the agreement:"""),
    B("""To complete all medication records correctly on the eMAR app, with no errors picked up in
      the monthly audit for February."""),
    B("""To handle a call where a client refuses care, following the policy and reporting it the
      same day, without phoning the office in a panic."""),
    B("To feel confident enough to drive the rural round out past Ossett by the end of February."),

    H(1, "Section 2 – Mentoring"),
    H(2, "2.1 and 2.5 Mentoring log"),
    T(
        ["Date", "Time", "Length", "What we covered", "Actions"],
        ["Tue 7 Jan", "10.00-10.45", "45 mins", "Agreement signed, goals set", "Bring last week's eMAR printouts"],
        ["Tue 14 Jan", "10.00-11.00", "1 hr", "eMAR errors, what causes them", "Check each entry before leaving the house"],
        ["Tue 21 Jan", "–", "–", "CANCELLED – she was covering a double-up call", "Rebooked for next week"],
        ["Tue 28 Jan", "10.00-11.00", "1 hr", "Refused care: talked through policy, role played", "Read refusal policy again"],
        ["Tue 4 Feb", "10.05-10.55", "50 mins", "Her first refusal, how it went", "Log it the same day"],
        ["Tue 11 Feb", "9.45-11.00", "1 hr 15", "Rural round: route, breakdown kit, lone worker app", "Shadow the Ossett round once"],
        ["Tue 18 Feb", "10.00-10.40", "40 mins", "Review of goals and ending", "Keep in touch monthly"],
        ["", "", "Total 5 hrs 30", "", ""],
    ),
    P("""I wrote the log up on the same day and my mentee initialled each entry. The notes are
      kept in a locked drawer in my office and the mentee has a copy of her own actions."""),
    H(2, "2.2 Questioning and listening"),
    P("""I tried to ask open questions and let her do most of the talking. In session 2, instead of
      telling her where her eMAR errors came from, I asked "Talk me through what you do when
      you get to a client's door." She worked out herself that she fills in the records in the
      car afterwards, from memory. I used Egan's SOLER when she got upset in session 4, and
      summarised back what I'd heard before moving on."""),
    H(2, "2.3 Feedback"),
    P("""After the role play in session 3 I asked her first how she thought it went. She said
      "rubbish", so I gave her three specific things she did well (stayed calm, offered choices,
      didn't argue) and one thing to work on: saying out loud what she would write in the
      notes, so it becomes a habit. She said afterwards this was the first time anyone at work
      had told her what she was doing right."""),
    H(2, "2.4 Developing trust"),
    P("""At the start she was wary because I do the rota and she thought anything she said might
      affect her hours. I explained that mentoring is separate from rota decisions and that
      her team leader, Lisa Hargreaves, would only hear what she chose to tell her. I kept
      every session even when the office was busy, and I shared how I cried in my car after my
      first refused call in 2014. By session 4 she was telling me about things that had gone
      wrong, which I took as a sign she trusted me."""),

    H(1, "Section 3 – Review"),
    H(2, "3.1 Review of my performance"),
    P("""I think I did well at planning and at keeping sessions regular. Chantelle said in her
      feedback form that she felt "listened to, not told off". Where I was weaker was
      jumping in with answers in the first two sessions; I am used to solving problems fast
      on the phone all day. Honey and Mumford's styles helped me see she is an activist, so the
      role play worked far better than talking through the policy. I also ran over time in
      session 5 which made her late for her lunch call at Grace Darling Court."""),
    H(2, "3.2 Meeting with my tutor"),
    T(
        ["Tutorial record", ""],
        ["Tutor", "Graham Ashby"],
        ["Date / time", "Tuesday 25 February 2025, 14:00 to 15:00"],
        ["Discussed", "My log and goals; my habit of answering for the mentee; how to end well"],
        ["Agreed actions", "Count to five before offering ideas; read about mentoring endings"],
    ),
    H(2, "3.3 Future development"),
    P("""I want to get better at holding back and letting the mentee find the answer, and at
      ending sessions on time. My plan: use a question prompt card in every session from
      March; ask my next mentee for feedback at the halfway point, not just the end; and
      take the ILM Level 3 Certificate in Coaching and Mentoring next year. Skills for Care
      also runs a free webinar on supporting new care workers which I have booked for April."""),
    P("""Declaration: this portfolio is my own work. Joanne Whitehead, 3 March 2025."""),
]

CASE = Case(
    name="nl_201_home_care_planted_docx",
    unit="8584-201",
    kind="portfolio",
    files=[SourceFile("JWhitehead_201_portfolio.docx", BLOCKS)],
    labels={
        "1.1": "block that slot in CareLineLive",
        "1.2": "without phoning the office in a panic",
        "2.1": "Rural round: route, breakdown kit, lone worker app",
        "2.2": "fills in the records in the car afterwards",
        "2.3": "stayed calm, offered choices",
        "2.4": "mentoring is separate from rota decisions",
        "2.5": "my mentee initialled each entry",
        "3.1": "jumping in with answers in the first two sessions",
        "3.2": "Count to five before offering ideas",
        "3.3": "ask my next mentee for feedback at the halfway point",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": True,
        "identifying": ["Chantelle Robson", "Chantelle", "Lisa Hargreaves"],
        # 45 + 60 + 60 + 50 + 75 + 40 = 330 (21 Jan cancelled, Total row skipped)
        "minutes": 330,
        "sessions": 6,
        "individuals": 1,
        # tutorial 14:00-15:00 = 60
        "supervision_minutes": 60,
    },
    about="Home care coordinator's 201 DOCX: mentee's full name in the agreement table, first name alone in the review, her team leader named in the trust section; tutor in tutorial record, Grace Darling Court, CareLineLive, Honey and Mumford clean; 330 min in six sessions, a cancelled row, a right Total row, 60 min tutorial.",
)
