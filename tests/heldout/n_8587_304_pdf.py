"""8587-304 Extended mentoring (PDF exported from Excel): an airport security team leader.

Mariusz Kowalczyk, screening team leader at a regional airport's security search area,
mentors two newly promoted supervisors ("Coachee 1" and "Coachee 2" - he uses coaching
words throughout although the unit is mentoring). He kept everything in one Excel
workbook and exported it to PDF: the answer sheet prints as paragraphs, and the log sheet
lost its borders, so each row comes out as one line of spaced text under a header row
'Date  Coachee  Mins  Notes', minutes as bare numbers. The log ends with a cancelled follow-up
row that still carries its 60 (staff redeployed), a planned row, and a 'Total delivered' line.
Supervision is in the 3.4 answer as prose.
He skipped 3.2 (feedback on his mentoring each session): no answer, labelled None.
Terse, list-like voice; signed declaration on the cover sheet.

Practice, as an assessor counts it (the log rows):
    Coachee 1: 09/01 60, 23/01 90, 06/02 90, 27/02 90, 13/03 75, 27/03 60 = 465 (6)
    Coachee 2: 16/01 60, 30/01 75, 13/02 60, 06/03 90, 20/03 90, 03/04 60 = 435 (6)
    07/04 Coachee 1 60 CANCELLED; 10/04 Coachee 2 60 PLANNED: both excluded.
    => 900 minutes, 12 sessions, 2 individuals; the 'Total delivered 900' line restates the rows.
    Supervision (3.4 prose): 10 Feb 60 min + 24 Mar 45 min = 105.

Clean: Coachee 1 and Coachee 2 throughout. Not identifying: Mariusz's own name, his tutor
Ms Fiona Gale (named on the cover as tutor), the security manager (a role), the airport,
the CAA, the DfT, Kolb, Clutterbuck, Megginson, Egan's skilled helper, GROW, Honey and Mumford.
"""

from corpus.case import Case, H, P, SourceFile

LOG = [
    P("Date Coachee Mins Notes"),
    P("09/01 Coachee 1 60 first meeting, contract signed, wheel of work done"),
    P("16/01 Coachee 2 60 first meeting, contract signed, wheel of work done"),
    P("23/01 Coachee 1 90 goals set, GROW"),
    P("30/01 Coachee 2 75 goals set, rota stress"),
    P("06/02 Coachee 1 90 handling complaints from passengers"),
    P("13/02 Coachee 2 60 confidence briefing the team"),
    P("27/02 Coachee 1 90 difficult conversation with an officer who is late"),
    P("06/03 Coachee 2 90 360 feedback results"),
    P("13/03 Coachee 1 75 review of goals"),
    P("20/03 Coachee 2 90 review of goals, action plan"),
    P("27/03 Coachee 1 60 ending, next steps"),
    P("03/04 Coachee 2 60 ending, next steps"),
    P("07/04 Coachee 1 60 CANCELLED - staff redeployed to Lane 4, follow up to rebook"),
    P("10/04 Coachee 2 60 PLANNED - 1 month follow up check in"),
    P("Total delivered 900"),
]

BLOCKS = [
    H(0, "ILM Level 5 Unit 8587-304 Undertaking an Extended Period of Mentoring"),
    P("Learner: Mariusz Kowalczyk"),
    P("Role: Screening Team Leader, Security Search Area (Terminal)"),
    P("Tutor: Ms Fiona Gale"),
    P("""Declaration: I confirm this workbook is my own work and the sessions logged took place.
      Signed M. Kowalczyk 14/04"""),

    H(1, "Background"),
    P("""Our search area runs 24/7 in three shifts. Last autumn two officers were promoted to
      shift supervisor at the same time. Both are good officers but neither had managed
      people before, and the security manager asked me to mentor them through the first three
      months. I call them Coachee 1 and Coachee 2 in this workbook. The airport is regulated
      by the CAA and the DfT so there is a lot of pressure about compliance and test pass
      rates, which came up in most sessions."""),

    H(1, "1.1 Plan for 12 hours of mentoring"),
    P("""Plan (sheet 2 of the workbook): two mentees, fortnightly sessions each, 60 to 90 minutes,
      January to early April. Target 7 hours each so if we lose sessions to operations we
      still pass 12 hours. Sessions booked in the training room behind the staff search,
      never on the floor. I put the dates in the shared rota as 'admin' so the duty manager
      does not pull us back. Built in a spare week for each coachee in March in case of
      cancellations. Ending session planned for each, plus a
      one month follow up."""),

    H(1, "1.2 Topics, goals and outcomes"),
    P("""Agreed in the second session with each of them, not the first, because in the first they
      just said 'be a good supervisor'. Coachee 1: (a) handle passenger complaints at the
      reclaim without calling me, (b) have the lateness conversation with one officer.
      Coachee 2: (a) brief the team at shift start without notes, (b) get his team's
      fortnightly test pass rate back above target. Each goal has a date and a way to tell if
      it happened, written on the top of their session sheet."""),

    H(1, "1.3 Contract"),
    P("""One page contract signed by each coachee, me, and the security manager as the sponsor.
      The security manager gets told dates and attendance only, never what was said, and I
      wrote in that if anything came up about a security breach I would have to report it
      because of our regulated role, which the coachees agreed to. Sessions can be moved but
      not cancelled twice in a row. Either of us can end it with a conversation."""),

    H(1, "2.1 Diagnostic and assessment tools"),
    P("""Three tools. Wheel of work (eight areas, score 1 to 10) in the first session; both came
      back with low scores for 'managing former peers'. A 360 for Coachee 2 in March using the
      airport's own leadership questionnaire, five of his team answered. For Coachee 1 a
      simple strengths list from the Clifton style cards HR has. The wheel was the most
      useful because Coachee 1 re-scored it in March and moved from a 3 to a 7 on
      complaints, which we both could see."""),

    H(1, "2.2 Model of mentoring used"),
    P("""I used GROW as the spine of each session and Egan's skilled helper when someone was
      stuck on the current reality. With Coachee 2 in February the goal was briefing the team,
      but the reality turned out to be that he was scared of one older officer who had
      trained him. We stayed in Egan's first stage a whole session before options. Options
      he came up with: brief that officer privately first. It worked."""),

    H(1, "2.3 Knowledge, skills and behaviours of an ethical mentor"),
    P("""Knowledge: I know the job and the regulations but I tried not to use that as the answer.
      Skills: open questions, summarising, silence. Behaviours: confidentiality, turning up
      on time even on nights. Ethics came up when Coachee 1 wanted me to tell her what the
      security manager thought of her. I said I would not carry messages either way and
      suggested she ask him herself in her review. Example of listening: I let Coachee 2 talk
      for ten minutes about the rota before asking 'what part of that is yours to change?'"""),

    H(1, "2.4 Auditable record"),
    P("""The log sheet below is the record from first contact to the end. Every session has a
      paper sheet too, signed by both of us at the end of the session and scanned to the
      secure training drive, filed by coachee number and date. The cancelled and planned rows
      are left in so the trail is honest. Initial contact was an email from the security
      manager on 3 January, kept on the drive too."""),

    H(1, "3.1 Reflection on each session"),
    P("""I wrote three lines after every session: what went well, what I would change, key
      learning. Examples. 09/01: I talked too much explaining the contract. 23/01: GROW worked
      but I rushed Options. 06/02: I caught myself giving the answer on complaints; key
      learning, ask what she has already tried first. 27/02: best session, she rehearsed the
      lateness talk with me playing the officer. 13/03 and 27/03: endings are harder than
      beginnings for me, I need to plan them earlier. Kolb's cycle is how my sheet is laid out."""),

    H(1, "3.3 Review of my communication skills"),
    P("""Questioning: better by March, fewer closed questions, I counted them on two sheets and
      went from eleven to four. Listening: still interrupt when tired on nights. Feedback: I
      used to save it up; now I give it in the session, specific and about what I saw, for
      example telling Coachee 2 his briefing was clear but he never looked at the back row.
      Honey and Mumford helped me see Coachee 1 is a reflector and needs time to think before
      answering, so I stopped filling gaps."""),

    H(1, "3.4 Outcomes of supervision"),
    P("""Supervision 1: 10 February with Ms Gale, one hour, on Teams. Outcome: she pointed out my
      notes had more of my ideas than theirs, and told me to write the coachee's own words in
      the actions box. Did that from 13/02 onwards. Supervision 2: 24 March, 45 minutes, at
      the college. Outcome: we talked about endings; she suggested a follow up a month later
      so it does not just stop, which is why the two April rows are there. Also agreed I
      should not mentor anyone in my own shift next time because of the line management mix."""),

    H(1, "Log sheet (exported)"),
    *LOG,
    P("Hours delivered = 15.0 against 12 required."),
]

CASE = Case(
    name="n_8587_304_pdf",
    unit="8587-304",
    kind="structured-pdf",
    files=[SourceFile("304 workbook M Kowalczyk.pdf", BLOCKS)],
    labels={
        "1.1": "Built in a spare week for each coachee",
        "1.2": "written on the top of their session sheet",
        "1.3": "have to report it because of our regulated role",
        "2.1": "moved from a 3 to a 7 on complaints",
        "2.2": "brief that officer privately first",
        "2.3": "I would not carry messages either way",
        "2.4": "Initial contact was an email from the security manager",
        "3.1": "endings are harder than beginnings for me",
        "3.2": None,  # no answer: the workbook skips 3.2 (feedback each session)
        "3.3": "went from eleven to four",
        "3.4": "write the coachee's own words in the actions box",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        # C1 60+90+90+90+75+60 = 465; C2 60+75+60+90+90+60 = 435 => 900.
        # 07/04 cancelled 60 and 10/04 planned 60 excluded; 'Total delivered 900' restates rows.
        "minutes": 900,
        "sessions": 12,
        "individuals": 2,  # Coachee 1, Coachee 2
        "supervision_minutes": 105,  # 10 Feb one hour = 60 + 24 Mar 45 minutes = 45
        "identifying": [],
    },
    about="Airport security team leader mentoring two new supervisors; PDF from Excel, log rows as spaced text 'Date Coachee Mins Notes' with bare minutes, a cancelled and a planned row at the end and a Total line; supervision in prose; clean.",
)
