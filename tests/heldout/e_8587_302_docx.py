"""8587-302 coaching portfolio (DOCX): a production team leader at a food factory coaches three operators.

Gareth Pennington, shift team leader at a chilled-ready-meals plant in Wrexham, coaches
three line operators towards line-lead roles. One DOCX with Word headings for the outcomes
but plain bold-free paragraphs for the sub-parts, a contract, a plan, and a coaching log
table with separate Start and End columns, a Type column mixing coaching and supervision,
a DNA (did not attend) row and a "Week subtotal" row after each week.

Practice, as an assessor counts it (the log, Start to End):
    coaching: Client A 09:00-10:00 60, Client B 14:00-15:30 90, Client A 09:00-10:15 75,
              Client B 13:30-14:30 60 (rearranged after the DNA), Client A 09:00-10:30 90,
              Client C 10:00-11:30 90, Client C 13:00-14:00 60               = 525, 7 sessions
    supervision: 11:00-12:00 60, 15:00-15:45 45                              = 105
    Not counted: the DNA row (Client B did not attend), the three "Week subtotal" rows, the
    planned-sessions table in 1.1 (planned hours, not delivered) and the session notes (they
    describe the logged sessions again, without times).
    => minutes 525, sessions 7, individuals 3, supervision 105.

Clean: no identifying details; Client A/B/C, his own supervisor (the site training
manager, Mrs Hollis), GROW, Whitmore, Kolb, Honey and Mumford, Wrexham and the plant.
"""

from corpus.case import Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "Unit 8587-302 Coaching Practice Portfolio"),
    P("Learner: Gareth Pennington   Centre: North Wales Skills Partnership   Date submitted: 20 March 2026"),
    P("""Context. I am a team leader on nights at a chilled ready-meals factory near Wrexham. We
      have three production lines and each needs a line lead on every shift. Our site training
      manager asked me to coach three experienced operators who want to step up. I refer to them
      as Client A, Client B and Client C to keep their identities confidential."""),

    H(1, "Outcome 1 Plan and agree the coaching"),
    P("1.1 Coaching plan"),
    P("""My plan covers twelve hours of coaching over six weeks, four hours for each client, booked
      in the training room off the canteen before or after shift so nobody is pulled off the line.
      Each client gets an opening session of an hour to agree goals, three or four working
      sessions of an hour to ninety minutes, and a closing review. I booked two supervision
      slots with Mrs Hollis, the site training manager, after weeks one and three. If a client
      misses a slot the session moves to the next free day in the same week so the twelve
      hours still fit inside the six weeks before the line-lead interviews in April."""),
    P("Planned sessions (from the plan I agreed with the training manager in February):"),
    T(
        ["Client", "Sessions planned", "Weeks", "Planned hours"],
        ["Client A", "1 opening, 2 working, 1 closing", "1 to 6", "4 hrs"],
        ["Client B", "1 opening, 2 working, 1 closing", "1 to 6", "4 hrs"],
        ["Client C", "1 opening, 2 working, 1 closing", "2 to 6", "4 hrs"],
        ["Supervision", "2 meetings with the site training manager", "1 and 3", "2 hrs"],
        ["Total planned coaching", "", "", "12 hrs"],
    ),
    P("""Resources I planned for: the training room (booked through reception), a copy of the
      line-lead competency matrix for each client, printed wheel of life sheets, and a notebook
      for each client that stays in my locked drawer. I also planned how I would know the
      coaching had worked: each client's goal is something their shift manager would see on
      the floor, so success does not rely on how the client feels on the day."""),
    P("1.2 Topics and goals"),
    P("""Each client chose their own topic at the first session. Client A wants to run the
      pre-shift huddle on his own without reading from the sheet. Client B wants to handle the
      hygiene audit walk-round with confidence because she freezes when the auditor asks a
      question. Client C wants to stop doing everything himself and hand out line jobs fairly. We
      turned each one into a goal they could measure on the floor, for example Client A leading
      three huddles in a row by week five with no prompt card."""),
    P("1.3 Contract"),
    P("""I used a one-page coaching agreement signed by each client, me and their shift manager as
      the stakeholder. It sets out that what is said in sessions stays between us, that the
      shift manager only hears progress against the goal and not the content, when I would have
      to break confidentiality (food safety or someone at risk), how long and how often we
      meet, and that either of us can stop the coaching. The shift managers agreed not to ask
      me how the clients were getting on outside the three-way review at the end."""),

    H(1, "Outcome 2 Deliver the coaching"),
    P("2.1 Diagnostic tools"),
    P("""At the first session every client did a wheel of life adapted to work, scoring eight
      areas of the line-lead role from one to ten, and a short learning styles questionnaire
      based on Honey and Mumford. Client C scored himself two out of ten on delegation, which
      opened up the whole topic. I also used the site's own competency matrix for line leads
      so the goals matched what the business will assess at interview."""),
    P("2.2 Coaching model"),
    P("""I used the GROW model from Whitmore for every session. With Client B the Reality
      stage was the longest because she thought the problem was her knowledge, but when we
      looked at the last audit she knew every answer and it was the pressure of being watched.
      Her Options included rehearsing the walk-round with me playing the auditor, and her Will
      was to lead the next mock audit herself."""),
    P("2.3 Knowledge, skills and behaviours"),
    P("""I kept my own opinions out of it even when I knew how I would run a huddle. I used open
      questions such as what would a good huddle look like to you, summarised back what I heard,
      and let silences run. Ethically I was careful because I am senior to all three on nights,
      so I told them at the start that nothing in coaching would be used in their appraisal and
      I kept my notes locked in the training office, not on the shared drive."""),
    P("2.4 Coaching log"),
    P("This is my log from first contact to the final review. Times are from the training room booking sheet."),
    T(
        ["Date", "Start", "End", "Type", "Who", "Notes"],
        ["Mon 02/03/26", "09:00", "10:00", "Coaching", "Client A", "Contract signed, wheel, goals set"],
        ["Tue 03/03/26", "14:00", "15:30", "Coaching", "Client B", "Contract signed, wheel, goals set"],
        ["Thu 05/03/26", "11:00", "12:00", "Supervision", "Mrs Hollis", "Supervision 1"],
        ["Week subtotal", "", "", "", "", "2 hrs 30 coaching"],
        ["Mon 09/03/26", "09:00", "10:15", "Coaching", "Client A", "Huddle rehearsal"],
        ["Tue 10/03/26", "13:00", "14:00", "Coaching", "Client B", "DNA - called in sick, rebooked"],
        ["Thu 12/03/26", "13:30", "14:30", "Coaching", "Client B", "Rearranged session, audit rehearsal"],
        ["Fri 13/03/26", "09:00", "10:30", "Coaching", "Client A", "Led huddle with card, debrief"],
        ["Week subtotal", "", "", "", "", "3 hrs 45 coaching"],
        ["Mon 16/03/26", "10:00", "11:30", "Coaching", "Client C", "Contract signed, wheel, goals set"],
        ["Wed 18/03/26", "15:00", "15:45", "Supervision", "Mrs Hollis", "Supervision 2"],
        ["Thu 19/03/26", "13:00", "14:00", "Coaching", "Client C", "Delegation plan for Line 2"],
        ["Week subtotal", "", "", "", "", "2 hrs 30 coaching"],
    ),
    P("Session notes (short version, the full notes are in each client's notebook):"),
    P("""Client A, opening session. Contract signed. Wheel of life showed communication at four
      and technical knowledge at nine. He knows the line better than anyone but mumbles at the
      huddle and reads the sheet word for word. Goal agreed: three huddles with no card."""),
    P("""Client B, opening session. Contract signed. She said she has been passed over twice for
      line lead and thinks it is because of the audits. We used the competency matrix and she
      rated herself strongly on everything except audits and challenging people on hygiene."""),
    P("""Client A, second session. We rehearsed the huddle in the training room with me as the
      crew. First go he read the sheet, second go he used three bullet points on a card. He
      decided the card was his stepping stone and he would drop it by week five."""),
    P("""Client B, rearranged session. Audit rehearsal with me asking the questions the auditor
      usually asks. She answered all of them correctly and said out loud that she already knew
      this, which was the turning point."""),
    P("""Client A, third session. He led the real huddle that night with his card and we
      debriefed the next morning. The crew asked him questions and he answered without looking
      at me, which he counted as a win."""),
    P("""Client C, opening session and delegation session. He wants to be fair and does all the
      hard jobs himself so nobody thinks he is lazy. We drew up a rota of line jobs for Line 2
      and he chose who to ask first."""),
    P("""Client C started late because of holiday, so his remaining sessions and the final
      reviews for all three fall after this submission and will be in my addendum."""),

    H(1, "Outcome 3 Reflect and improve"),
    P("3.1 Reflection after each session"),
    P("""After every session I wrote a few lines using Kolb's cycle. After Client A's first
      session I noticed I talked for nearly half of it, so my learning point was to ask one
      question and wait. After the DNA I realised I had not checked the shift rota before
      booking, which is now on my checklist. After Client C's delegation session I learned that
      I jump to solutions when someone is like me, and I have put that on my CPD log."""),
    P("3.2 Feedback from clients"),
    P("""At the end of every session I asked two questions on a slip: what was most useful today,
      and what should I do differently next time. Client B wrote that the rehearsal where I played
      the auditor was the first time she felt ready, and Client A asked me to stop
      finishing his sentences, which was fair."""),
    P("3.3 Communication skills"),
    P("""My questioning has improved most. Early on I asked closed questions like do you think
      that would work, and by week three I was asking what else could you try. My listening is
      better when I take fewer notes. Giving feedback is still my weakest, because on the
      shop floor I give instructions, not feedback, so I have started using the
      situation-behaviour-impact pattern to keep it about what I saw."""),
    P("3.4 Supervision"),
    P("""In supervision 1 Mrs Hollis listened to my account of the first two sessions and pointed
      out that I was solving problems for the clients. The outcome was that I agreed to use only
      questions for the first twenty minutes of every session. In supervision 2 we looked at the
      DNA and at confidentiality, because a shift manager had asked me in the corridor how
      Client B was doing. The outcome was a standard reply I now use and a reminder to the
      managers about the agreement they signed."""),
    P("Declaration: I confirm that this portfolio is my own work and the coaching took place as recorded."),
    P("Signed: G. Pennington   Date: 20/03/2026"),
]

CASE = Case(
    name="e_8587_302_docx",
    unit="8587-302",
    kind="portfolio",
    files=[SourceFile("Pennington_8587-302_portfolio.docx", BLOCKS)],
    labels={
        "1.1": "booked in the training room off the canteen",
        "1.2": "leading three huddles in a row by week five",
        "1.3": "only hears progress against the goal",
        "2.1": "scored himself two out of ten on delegation",
        "2.2": "it was the pressure of being watched",
        "2.3": "nothing in coaching would be used in their appraisal",
        "2.4": "Rearranged session, audit rehearsal",
        "3.1": "I had not checked the shift rota before",
        "3.2": "asked me to stop finishing his sentences",
        "3.3": "started using the situation-behaviour-impact pattern",
        "3.4": "only questions for the first twenty minutes",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        # Start-End per coaching row: 60 + 90 + 75 + 60 + 90 + 90 + 60 = 525; DNA row (Client B
        # did not attend), the three "Week subtotal" rows and the planned-sessions table excluded
        "minutes": 525,
        "sessions": 7,
        "individuals": 3,
        "supervision_minutes": 105,  # 11:00-12:00 60 + 15:00-15:45 45
        "identifying": [],
    },
    about="Food-factory team leader; 8587-302 DOCX portfolio; Start/End log with coaching and supervision rows, a DNA row and weekly subtotals; clean.",
)
