"""8587-301 Understanding Good Practice in Mentoring: a water utility team leader fills in the centre's Word template.

Rhiannon Price is a network operations team leader at a regional water company and
mentors an apprentice network technician. Her centre's DOCX template has a heading per
learning outcome ('Learning outcome 1' ...) and under each a two-column table, one row per
criterion: the criterion text typed in the left cell, her evidence in the right. For 3.2
her cell only says 'See Appendix 2 - session plan'; the tools are described in that
appendix (a session plan table and a photo description), so the 3.2 label lies there, not
in the pointer. She signs the template's declaration. No matrix (a knowledge unit).

Planted: the mentee's full name in the caption under the photo description in Appendix 2
(Kieran Moss), and his first name alone later in her 4.1 answer (Kieran).
"""

from corpus.case import Case, H, P, SourceFile, T

HEAD = ["Assessment criterion", "Learner evidence"]

BLOCKS = [
    H(0, "ILM Level 5 Certificate in Effective Coaching and Mentoring"),
    P("Unit 8587-301 Understanding Good Practice in Mentoring within an Organisational Context – assignment template"),
    T(
        ["Learner name", "Rhiannon Price"],
        ["Learner number", "ILM 0047 2291"],
        ["Centre", "Cwmbran Training Partnership"],
        ["Tutor", "Gareth Pugh"],
        ["Date submitted", "21 November 2025"],
    ),
    P("""Instructions: complete the evidence column for every criterion. Evidence may be
      cross-referenced to an appendix. Aim for 2,500 to 3,500 words in total."""),

    H(1, "Learning outcome 1"),
    P("Understand effective mentoring within an organisational context"),
    T(
        HEAD,
        ["1.1 Describe the purpose of effective mentoring within an organisational context",
         """I work for Gwent & Severn Water in the network operations team at our Newport
         depot. We look after about 1,900 km of distribution mains, and roughly a third of my
         team will be eligible to retire in the next eight years. Mentoring in our company has
         a very specific purpose: to pass on the local knowledge that is not written down
         anywhere, such as which valves stick, which streets flood when a trunk main bursts,
         and how to talk to a customer whose kitchen is full of brown water. Megginson and
         Clutterbuck describe mentoring as off-line help from one person to another in making
         significant transitions in knowledge, work or thinking. For us the transition is from
         an apprentice who has passed the Level 3 standard at college to a technician who can
         be trusted alone on a night shift. The company benefits through retention (we lost
         four apprentices to contractors in 2023), fewer repeat call-outs, better customer
         satisfaction scores under Ofwat's C-MeX measure, and a culture where people ask
         before they guess. Mentoring also supports our inclusion plan, as we pair women
         joining the field teams with a mentor from another depot."""],
        ["1.2 Explain the role and responsibilities of an effective mentor",
         """The role of the mentor is to be a more experienced guide, sounding board and role
         model who helps the mentee learn, while the mentee stays in charge of their own
         development. It is not the supervisor's job of allocating work or judging
         performance, and it is not teaching. I see the role as having three parts: helping
         the mentee think through situations, sharing my experience when it is useful, and
         opening doors (for example arranging a day with the leakage team). My
         responsibilities are to agree a contract and keep to it, turn up when I say I will,
         keep what is said confidential within the limits we agreed, keep brief records,
         keep out of decisions that belong to the line manager, refer on to HR, occupational
         health or our employee assistance programme when something is beyond me, and close
         the relationship properly rather than letting it fade out."""],
        ["1.3 Identify the skills, knowledge and behaviours required of an effective mentor",
         """Skills: active listening, open questioning, summarising, giving balanced feedback,
         goal setting and managing time in a session. Knowledge: the job itself (network
         operations, the Water Industry Act duties, confined space and streetworks rules),
         the apprenticeship standard and end-point assessment, our company policies, and
         models such as GROW and Clutterbuck's stages of the relationship. Behaviours:
         patience, honesty, reliability, respect for confidentiality, being non-judgemental,
         and being willing to admit my own mistakes, like the time I isolated the wrong
         valve on Caerleon Road in my first year."""],
        ["1.4 Identify how to overcome potential barriers to mentoring",
         """Shift patterns are the biggest barrier, so we book sessions for the handover
         overlap on a Tuesday and keep a standby slot. A second barrier is the mentee seeing
         me as a boss, because I am a team leader; I overcome this by mentoring someone
         outside my own team and saying clearly at the start that nothing goes back to their
         supervisor without their agreement. Other barriers are a lack of private space at
         the depot (we use the training room or walk the site), mentees who do not know what
         they want from mentoring (we use a skills wheel at the first session), and the
         culture of 'just get on with it' in the field, which senior managers are tackling by
         talking openly about the scheme at team briefings."""],
    ),

    H(1, "Learning outcome 2"),
    P("Understand the importance of effective and ethical contracting in mentoring"),
    T(
        HEAD,
        ["2.1 Identify methods to initiate a productive working relationship with an individual",
         """Methods I use: an informal first meeting over a brew before anything formal; a
         short get-to-know-you exchange where I share something about my own route into the
         industry so it is not one-sided; asking the mentee what they hope to get out of it
         and what worries them; agreeing how we will contact each other; and doing something
         practical together early, such as a site walk, which builds rapport faster than a
         meeting room. Using the mentee's own language and matching their pace also helps."""],
        ["2.2 Explain the rationale for and process of contracting in mentoring",
         """The rationale is that both people need to know what they are signing up to.
         A contract sets expectations, protects the mentee (and me) by being clear about
         confidentiality and its limits, and gives us something to go back to if the
         relationship drifts. The process: first we discuss purpose and goals; then the
         practical arrangements (how often, where, how long, how to cancel); then
         boundaries, including what I will and will not share with the line manager and
         the safeguarding exception; then how we will record and review; then how the
         relationship will end. We write this on the company's one-page mentoring agreement,
         both sign it, and review it after three months. The contract is a living document:
         we changed ours when the mentee moved onto nights."""],
        ["2.3 Describe what represents safe and ethical practice in mentoring",
         """Safe and ethical practice means keeping confidentiality but being honest about
         its limits (health and safety breaches and risk of harm have to be reported),
         avoiding conflicts of interest such as mentoring someone I will later assess,
         never using the relationship for my own benefit, storing notes securely under
         UK GDPR, staying within my competence and referring on, respecting difference, and
         following the EMCC Global Code of Ethics, which our scheme has adopted. On site it
         also means the ordinary safety rules: a mentoring walk round a works still needs a
         permit, PPE and a sign-in."""],
    ),

    H(1, "Learning outcome 3"),
    P("Understand the process of effective mentoring within their own workplace"),
    T(
        HEAD,
        ["3.1 Explain how to manage a mentoring process using a recognised mentoring model",
         """I manage the process using Clutterbuck's five stages. Building rapport: the first
         two sessions, focused on trust and finding out what matters to the mentee. Setting
         direction: agreeing goals and writing them down. Progress making: regular sessions,
         usually every three weeks, where the mentee brings real situations and we use GROW
         inside each session. Winding down: as the goals are met I reduce how often we meet
         and encourage the mentee to use other people in the depot. Moving on: a closing
         review and, often, a looser peer friendship. Knowing which stage we are in tells me
         what to focus on; for example it is too early to challenge hard before rapport is
         built."""],
        ["3.2 Describe a range of mentoring tools and techniques that can be used to identify preferences and agree goals or outcomes to facilitate the mentoring process",
         "See Appendix 2 - session plan"],
        ["3.3 Explain methods for monitoring and reviewing progress towards goals",
         """Progress is monitored by a short review at the start of each session against the
         goals in the agreement, using a 1 to 10 scale the mentee scores themselves so we can
         see movement over time. Every three months we hold a longer review where we re-score
         the skills wheel from the first session, which shows progress visually. I also
         encourage the mentee to keep a learning log of jobs they have done alone, which
         gives evidence for their end-point assessment portfolio as well as for our reviews.
         With the mentee's agreement, feedback from the supervisor on the quality of their
         job sheets is a third source."""],
    ),

    H(1, "Learning outcome 4"),
    P("Understand the role of recording, reflection and supervision in mentoring within their own practice or other contexts"),
    T(
        HEAD,
        ["4.1 Explain the purpose of mentoring records for mentor and mentee",
         """For the mentor, records are a memory aid across a gap of three weeks, a way of
         noticing patterns, evidence that the scheme is working, and protection if there is
         ever a complaint. For the mentee, records show progress, hold them to the actions
         they chose and become evidence for their own qualification. Kieran started writing
         his own action points at the end of each session in his phone and now leads that
         part, which is what I wanted. Records are brief, agreed with the mentee, kept in a
         locked folder and destroyed twelve months after the relationship ends."""],
        ["4.2 Justify the importance of reflective practice and supervision within a mentoring context",
         """Without reflection a mentor repeats the same habits whether they help or not.
         Kolb's cycle and Schon's reflection-on-action show that experience only becomes
         learning when we stop and think about it, so I write a short reflection after
         every session. Supervision matters because mentors are too close to their own
         relationships to see them clearly: my monthly supervision with the scheme
         co-ordinator caught that I was doing most of the talking, which I had not noticed.
         It also protects the mentee, gives me somewhere to take ethical dilemmas, and stops
         me burning out. I would argue that a mentor without supervision is a risk to the
         mentee and to the company's reputation, so it should be a condition of mentoring."""],
    ),

    H(1, "Appendix 1 - references"),
    P("""Clutterbuck, D. (2014) Everyone Needs a Mentor. 5th edn. CIPD. Megginson, D. and
      Clutterbuck, D. (1995) Mentoring in Action. Kogan Page. Whitmore, J. (2017) Coaching
      for Performance. 5th edn. Nicholas Brealey. EMCC Global Code of Ethics (2021)."""),

    H(1, "Appendix 2 - session plan"),
    P("""Session plan for the first two mentoring sessions with my mentee, an apprentice
      network technician in his second year. This shows the tools I use to find out how he
      likes to learn and to agree goals."""),
    T(
        ["Time", "Activity and tool", "Purpose"],
        ["0-10 min", "Welcome, tea, recap of the agreement", "Settle, check confidentiality is understood"],
        ["10-30 min", """Skills wheel: eight spokes (valves and hydrants, customer contact,
         reading network maps, paperwork, confidence on call, etc.) scored 1-10 by the mentee""",
         "Lets him choose which areas matter to him, not me"],
        ["30-40 min", """Learning preferences: a short Honey and Mumford questionnaire and
         a chat about when he learned best at college""",
         "He came out strong activist, so we plan learning on site, not from manuals"],
        ["40-55 min", """Turn two low spokes into SMART goals, written by him on the
         flipchart""", "Agree outcomes he owns and can measure"],
        ["55-60 min", "Actions, date of next session", "Ownership and momentum"],
    ),
    P("""Other tools I use in later sessions: a Johari window to talk about how others on the
      crew see him, a simple SWOT before his end-point assessment, a timeline of his best
      and worst jobs so far, and scaling questions to track confidence. I chose the skills
      wheel first because it turns a vague 'I want to get better' into specific spokes he
      picks himself, and the visual picture is easy to come back to."""),
    P("""[Photo: the flipchart from session 1, showing the skills wheel with two spokes
      circled in red and his two goals written underneath.]"""),
    P("Photo 1 – Kieran Moss with his skills wheel, training room, Newport depot, March 2025"),

    H(1, "Learner declaration"),
    P("""I confirm that this assignment is my own work and that all sources have been
      acknowledged."""),
    P("Signed: Rhiannon Price    Date: 21/11/2025"),
]

CASE = Case(
    name="o_301_water_template",
    unit="8587-301",
    kind="structured-docx",
    files=[SourceFile("8587-301 assignment template - R Price.docx", BLOCKS)],
    labels={
        "1.1": "a culture where people ask before they guess",
        "1.2": "helping the mentee think through situations",
        "1.3": "I isolated the wrong valve on Caerleon Road",
        "1.4": "book sessions for the handover overlap on a Tuesday",
        "2.1": "an informal first meeting over a brew",
        "2.2": "we changed ours when the mentee moved onto nights",
        "2.3": "mentoring someone I will later assess",
        "3.1": "it is too early to challenge hard",
        "3.2": "He came out strong activist",
        "3.3": "a 1 to 10 scale the mentee scores themselves",
        "4.1": "destroyed twelve months after the relationship ends",
        "4.2": "caught that I was doing most of the talking",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": None,
        # the mentee's full name in the photo caption, his first name alone in 4.1; the
        # learner and her tutor (Gareth Pugh) on the cover, Gwent & Severn Water, Newport,
        # Caerleon Road, Ofwat, Megginson, Clutterbuck, Kolb, Schon, Honey and Mumford: not identifying
        "identifying": ["Kieran Moss", "Kieran"],
    },
    about="Water utility team leader's 301 in the centre's Word template: 'Learning outcome N' headings, criterion|evidence table rows, 3.2 pointing at 'Appendix 2 - session plan'; mentee's full name in a photo caption and first name later.",
)
