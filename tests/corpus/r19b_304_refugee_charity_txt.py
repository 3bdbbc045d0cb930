"""8587-304 mentoring portfolio extract as plain text: a refugee charity's resettlement team leader, five planted details.

Callum Dreghorn, Resettlement Services Team Leader at Clyde Welcome, a refugee support
charity in Glasgow, mentors two new staff for his Level 5 Certificate: Mentee 1, a newly
appointed Volunteer Coordinator, and Mentee 2, a caseworker. Typed in Notepad with numbered
lines in capitals ("1.3 CONTRACT"), prose, a session summary in pipes, and the mentee's
e-mail pasted whole as the feedback evidence for 3.2. He writes "M1" and "M2" in prose.

Planted (5): a refugee client by title and surname in the ethics passage ("Mr Haddad", as
"Mr Haddad's"); the pasted e-mail's From line with the mentee's full name and personal
address ("Oluwaseun Adebayo", "seun.adebayo88@outlook.com"); her sign-off ("Thanks,
Oluwaseun"); and her mobile under it in international layout ("+44 7700 900126").

Clean but tricky: the learner's own name in the header, in the e-mail's To line with his
work address and in the declaration; his supervisor on the form line the centre asks for
("Fiona MacAskill"); "Family F" and "Client 4"; the charity's generic inbox in the footer
(info@clydewelcome.org.uk); the Home Office, UNHCR, the Scottish Refugee Council; Govan,
Maryhill, Pollokshields, the Mitchell Library, the Queen Elizabeth University Hospital,
St Mungo Museum; Refugee Festival Scotland; Kram, Clutterbuck and Megginson, Egan, Rogers,
Kolb, Hawkins & Smith (2006); Upshot, WhatsApp and Teams.
"""

from .case import Case, H, P, SourceFile, T

BLOCKS = [
    P("ILM LEVEL 5 CERTIFICATE IN COACHING AND MENTORING - UNIT 8587-304"),
    P("Learner: Callum Dreghorn   ILM no: 61174209   Organisation: Clyde Welcome (refugee support charity, Glasgow)"),
    P("Supervisor (name and role): Fiona MacAskill, Head of Services"),
    P("Mentees: Mentee 1 (M1) - Volunteer Coordinator, started Nov 2024. Mentee 2 (M2) - Caseworker, started Oct 2024."),

    H(1, "1.1 PLAN"),
    P("""Twelve hours across the two mentees: six sessions of about an hour with each, every
      two to three weeks from December to April, in the small meeting room at our Govan
      office or, when the office is busy with drop-in, a booked room at the Mitchell
      Library. I planned the first two sessions in detail and left the rest open so the
      mentees could lead. Three-way start and end meetings with each mentee's line manager
      are in the plan but are not counted in the twelve hours."""),

    H(1, "1.2 GOALS"),
    P("""M1: recruit and induct twelve new befriending volunteers by the end of March without
      me sitting in; write her own induction session for Refugee Festival Scotland in June;
      be able to say no to requests outside her role. M2: manage a full caseload of 18
      households by April; complete two Home Office asylum support applications without
      checking them with me; use supervision rather than the office corridor for the hard
      cases. Both goals sit inside the charity's plan for this year: more UNHCR resettlement
      referrals are coming to Glasgow, M2's households are spread from Maryhill to
      Pollokshields with hospital appointments at the Queen Elizabeth University Hospital,
      and M1's volunteers need the Scottish Refugee Council's induction training before
      their first visit. M1's first volunteer social is a trip to the St Mungo Museum."""),

    H(1, "1.3 CONTRACT"),
    P("""Signed by me, each mentee and each line manager in the first session. It covers
      confidentiality and its limits (safeguarding and risk to life), where notes are kept
      (Upshot, mentoring folder, restricted), that the mentee owns the agenda, no WhatsApp
      for session business (we meet in person or on Teams), and how either of us can end the arrangement. Copies are in
      Appendix 2 with the signatures blacked out."""),

    H(1, "2.1 TOOLS"),
    P("""I used a simple confidence scale (1-10) on each goal at the start of every session,
      a wheel of life in session 1, and for M2 the charity's own caseworker competency
      framework as a self-assessment. M1 found the wheel of life too personal so we swapped
      to a "volunteer journey" map she drew herself."""),

    H(1, "2.2 MODEL"),
    P("""I based the arrangement on Kram's (1983) phases, initiation, cultivation, separation
      and redefinition, and within sessions used Egan's Skilled Helper stages (current
      picture, preferred picture, the way forward). Clutterbuck and Megginson's idea of
      developmental mentoring fitted better than sponsorship: I am not either mentee's
      manager and did not want to be seen as a route to promotion."""),

    H(1, "2.3 ETHICAL PRACTICE AND SKILLS"),
    P("""The hardest ethical moment came in session 3. After the home visit to Mr Haddad's flat
      in Govan, where the family had been without heating for a week, M1 was upset and
      angry with the housing provider and wanted me to "do something". I had to hold two
      things: Family F is a live case in my team, and M1 is my mentee, not my caseworker. I
      listened, let her be angry, then asked what was in her power as Volunteer
      Coordinator. We agreed she would pass the facts to the duty caseworker that night and
      bring her own feelings back to mentoring. I used Rogers' core conditions as a check
      on myself afterwards - was I accepting her anger or trying to calm it down for my own
      comfort?"""),

    H(1, "2.4 RECORD OF SESSIONS"),
    T(
        ["Date", "Mentee", "Length", "Focus"],
        ["10/12/24", "M1", "1 hr", "Contract, goals, wheel of life"],
        ["12/12/24", "M2", "1 hr", "Contract, goals, competency self-assessment"],
        ["07/01/25", "M1", "1 hr 15", "Volunteer journey map"],
        ["09/01/25", "M2", "1 hr", "Caseload planning"],
        ["04/02/25", "M1", "1 hr 30", "After the home visit (Family F)"],
        ["06/02/25", "M2", "1 hr", "Asylum support forms - Client 4"],
        ["25/02/25", "M1", "1 hr", "Saying no"],
        ["27/02/25", "M2", "1 hr", "Using supervision"],
        ["18/03/25", "M1", "1 hr", "Festival induction plan"],
        ["20/03/25", "M2", "1 hr 15", "Caseload at 18"],
        ["08/04/25", "M1", "1 hr", "Review and close"],
        ["10/04/25", "M2", "1 hr", "Review and close"],
    ),

    H(1, "3.1 REFLECTION ON EACH SESSION"),
    P("""After every session I wrote three lines in my reflective log: what happened, what I
      noticed about myself, what I would do differently, loosely following Kolb's cycle. The
      pattern across twelve entries is that I talk more with M2, who is quieter, and
      that I relax into advice-giving when a session runs over."""),

    H(1, "3.2 FEEDBACK FROM MENTEES"),
    P("""Both mentees gave feedback at the end of every session on a short form, and some by
      e-mail. This one from M1 after session 3 is the clearest example of feedback changing
      what I did, so I have pasted it as it arrived:"""),
    P("From: Oluwaseun Adebayo <seun.adebayo88@outlook.com>"),
    P("Sent: 04 February 2025 21:14"),
    P("To: Callum Dreghorn <c.dreghorn@clydewelcome.org.uk>"),
    P("Subject: Re: today"),
    P("""Hi Callum, thanks for today. I was raging when I came in and you didn't try to fix it
      or tell me to calm down, which I needed. The bit that helped most was when you asked
      what I would say to a volunteer who came back from a visit feeling like I did. I
      realised I'd never thought about how volunteers debrief. Could we do that for the
      next session? Also sorry for crying in the Mitchell, not my finest hour."""),
    P("Thanks, Oluwaseun"),
    P("Mob: +44 7700 900126"),
    P("""Because of this e-mail, session 4 became a session on debriefing volunteers, and M1's
      induction now has a debrief step built in. I have since asked both mentees to send
      feedback only through the form, not personal e-mail."""),

    H(1, "3.3 MY COMMUNICATION SKILLS"),
    P("""Questioning: my open questions are better than at the start, but I stack them - two
      or three in one breath - especially with M2. Listening: I am good at staying with
      strong feelings (the e-mail above shows it) but I interrupt when I think I know the
      answer, usually on Home Office process. Feedback: I give plenty of praise and too
      little challenge. M2 said in her last form that she would have liked me to tell her
      sooner that her notes on Upshot were too long."""),

    H(1, "3.4 SUPERVISION OUTCOMES"),
    P("""I had three supervision sessions with Fiona MacAskill (form line above), in January,
      February and March. In February we used Hawkins & Smith's (2006) seven-eyed model to
      look at session 3: she pointed out that I was carrying Family F into the mentoring
      because I am also accountable for that case (mode 5, the mentor's own process).
      Outcome: I now hand any live-case issue that comes up in mentoring to the duty
      caseworker before the session ends. In March the outcome was to practise one question
      at a time and count them in my notes."""),

    P("""DECLARATION: I confirm that this portfolio is my own work and that the mentoring
      took place as recorded. Callum Dreghorn, 22 April 2025."""),
    P("Clyde Welcome, Govan Road, Glasgow | info@clydewelcome.org.uk | Registered Scottish charity"),
]

CASE = Case(
    name="r19b_304_refugee_charity_txt",
    unit="8587-304",
    kind="numbered-unstyled",
    files=[SourceFile("Dreghorn_304_portfolio.txt", BLOCKS)],
    labels={},
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        # Not: Callum Dreghorn / c.dreghorn@clydewelcome.org.uk (learner's own work address),
        # Fiona MacAskill (supervisor on the form line), info@clydewelcome.org.uk, M1/M2,
        # Family F, Client 4, Kram / Egan / Rogers / Kolb / Hawkins & Smith.
        "identifying": ["Mr Haddad", "Oluwaseun Adebayo", "seun.adebayo88@outlook.com", "Oluwaseun",
                        "+44 7700 900126"],
    },
    about="Refugee charity resettlement team leader's 304 Notepad portfolio, planted: a client 'Mr Haddad's' in the ethics passage, a pasted e-mail with the mentee's full name, personal address, 'Thanks, Oluwaseun' and '+44 7700 900126'; own work address, supervisor line, generic inbox, Family F/Client 4, Glasgow places clean.",
)
