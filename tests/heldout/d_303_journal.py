"""8587-303 Reflecting on Coaching Skills: a packaging plant team leader's numbered journal.

Daniel Oyelaran, a production team leader at a packaging plant, coached three operators
for unit 302 and writes his 303 journal in Word with no heading styles at all (written
as numbered-unstyled: any heading is a Normal paragraph). He numbers his four answers
every which way, "Q1.", "Question 2", "3)" and "4 -", and the numbers are not the AC refs
(his 3 is AC 2.1). The centre's evidence matrix at the front points AC 2.2 at Appendix 3,
where his six-month plan is a table; his answer 4 is two lines pointing there, so the 2.2
label is in the plan itself. A signed declaration is in the matrix page.

Clean: his coachees are Coachee 1, 2 and 3; full of theorists (Whitmore, Starr, Kline,
Gibbs, Kolb, Luft and Ingham, Hawkins, Honey and Mumford), GROW, SWOT, the Johari window,
the plant, the town and his own name; his coaching supervisor is named on the supervision
record form, which asks for her name and identifies no coachee.
"""

from corpus.case import B, Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "Unit 303 – Reflecting on Coaching Skills within an Organisational Context"),
    P("Reflective Journal – Daniel Oyelaran – Registration 8873-44-DO"),
    P("Evidence matrix"),
    T(
        ["Assessment criterion", "Evidence", "Where to find it"],
        ["1.1 Examine the effectiveness of their own coaching practice based on evidence, including records, supervision and feedback",
         "Journal answer and supervision record", "Q1, Appendix 1, Appendix 2"],
        ["1.2 Identify own strengths and areas for improvement of their own knowledge, skills and behaviour, including communication and interpersonal skills",
         "SWOT and journal answer", "Question 2"],
        ["2.1 Review own coaching ability to identify future development opportunities, including the use of questioning, listening and communication strategies",
         "Journal answer", "3)"],
        ["2.2 Produce a relevant development plan covering a minimum of 6 months, including timescales and measures of success",
         "Personal development plan", "Appendix 3"],
    ),
    T(
        ["Learner declaration: I confirm that the evidence in this journal is my own work.", ""],
        ["Learner signature", "D. Oyelaran"],
        ["Date", "03/10/2025"],
    ),

    H(1, "Background"),
    P("""I am a team leader on the night shift at Corrigan Packaging in Telford, where we make
      printed cartons for the food industry. For unit 302 I coached three machine operators
      who want to move up to setter roles, for a little over twelve hours between April and
      August. I call them Coachee 1, 2 and 3. This journal looks back at how effective I was
      and what I need to do next. I have used Gibbs' reflective cycle to organise my
      thinking."""),

    H(1, "Q1. How effective was my coaching? (looking at my records, supervision and feedback)"),
    P("""My records are the coaching agreements, a session record for each of the fourteen
      sessions and the feedback forms. Reading them back in order tells a story I did not
      notice at the time. In the early records the 'Options' box is full and the 'Way
      forward' box is thin, which means we generated lots of ideas but did not commit to
      much. From session six onwards, after my first supervision, the actions are fewer
      but each one has a date and a measure, and the next record shows most of them done.
      That is the clearest evidence that my practice improved."""),
    P("""Against the goals, Coachee 1 reached his goal of completing a changeover on the
      Bobst folder-gluer without help, and Coachee 3 is now covering setter holidays.
      Coachee 2 only partly met her goal, and her session records show we changed her goal
      twice, which my supervisor pointed out was a sign that I had not explored her Reality
      properly before setting it. The feedback forms (Appendix 1) rate me highest for being
      approachable and lowest for challenge. Coachee 3 wrote that I 'sometimes answer my own
      questions'. Putting it all together I would say my coaching was effective in getting
      results for two out of three coachees, but it worked because of the relationship more
      than because of my technique."""),

    H(1, "Question 2 – Strengths and areas for improvement"),
    P("""I did a SWOT analysis and then used the Johari window (Luft and Ingham) with my
      supervisor's and coachees' comments to check it, because my own view of myself is not
      the whole picture."""),
    T(
        ["Strengths", "Weaknesses"],
        ["Know the machines and the people; calm; trusted on the shop floor; organised records",
         "Answer my own questions; uncomfortable with silence; too quick to agree goals"],
        ["Opportunities", "Threats"],
        ["Company wants more internal coaches; night shift quiet hours for sessions",
         "Production pressure; coaching people I also manage"],
    ),
    P("""Knowledge: I know GROW well and I understand the ILM process, but I know very little
      about other models and tools, and I have not read much beyond Whitmore. Skills: my
      rapport building is a real strength; on nights you build trust at 3am or not at all.
      My questioning is my weakest skill. Behaviour: I am patient and reliable, but I rush
      to the action when I sense the coachee is uncomfortable, which is me rescuing rather
      than coaching. Communication and interpersonal: I am clear and direct, which helps on
      the shop floor, but Coachee 2 said my directness sometimes felt like an instruction
      from her team leader, not a coach's question. That is the blind spot the Johari
      window showed me."""),

    H(1, "3) Reviewing my coaching ability – where I go next"),
    P("""Questioning. My records show I ask a lot of closed questions in the Reality stage
      ('did you check the plates?'). Julie Starr's book on coaching has a section on
      clean, short open questions that I want to practise, and I will ask a fellow coach
      in the company's coaching pool to observe a session and tally my open and closed
      questions. Listening. I listen to respond rather than to understand. Nancy Kline's
      Thinking Environment and the idea of not interrupting at all for a set time is
      something I want to try; there is a one-day Time to Think workshop in Birmingham
      in November. Communication strategies. I need to separate the way I speak as a team
      leader from the way I speak as a coach. My supervisor suggested contracting this out
      loud at the start of each session ('for the next hour I am not your team leader') and
      noticing when my tone changes. I also want to learn more about how people prefer to
      learn (Honey and Mumford) so that I stop coaching everyone the way I like to be
      coached."""),
    P("""Other opportunities are the company's internal coaching pool, which meets quarterly,
      and the Association for Coaching webinars, which are free and can be watched after a
      night shift."""),

    H(1, "4 - Development plan"),
    P("My six-month development plan is in Appendix 3. I agreed it with my supervisor at our last session."),

    H(1, "Appendix 1 – Summary of coachee feedback forms"),
    T(
        ["Statement (1 = poor, 5 = excellent)", "Coachee 1", "Coachee 2", "Coachee 3"],
        ["Easy to talk to", "5", "4", "5"],
        ["Helped me set clear goals", "4", "3", "4"],
        ["Listened to me", "4", "3", "4"],
        ["Challenged my thinking", "3", "2", "3"],
    ),
    H(1, "Appendix 2 – Coaching supervision record"),
    T(
        ["Name of coach", "Daniel Oyelaran"],
        ["Name of supervisor", "Lorna Beattie"],
        ["Date and length", "12 June, 1 hour (Teams)"],
        ["Issues discussed", "Coachee 2's goal changing twice; my habit of answering my own questions"],
        ["Agreed actions", "Spend longer in Reality before setting goals; count to five before filling a silence"],
    ),
    H(1, "Appendix 3 – Personal development plan (October 2025 – March 2026)"),
    T(
        ["Development goal", "Actions", "Timescale", "Measure of success"],
        ["Ask more open questions", "Peer observation by a coach from the coaching pool; practise Starr's short questions",
         "Observation by end of November 2025", "At least two open questions for every closed one in the observed session"],
        ["Listen without interrupting", "Time to Think workshop; try a Thinking Environment round in team briefings",
         "Workshop November 2025; briefings December–January", "Coachees rate 'listened to me' 4 or above on every form"],
        ["Separate my team leader voice from my coach voice", "Contract out loud at the start of each session; discuss in supervision",
         "From October 2025, reviewed in supervision each quarter", "No coachee feedback describing my questions as instructions by March 2026"],
        ["Widen my toolkit beyond GROW", "Read about the CLEAR model (Hawkins) and solution-focused coaching; try one new tool a month",
         "January – March 2026", "Three new tools used and reflected on in my journal"],
    ),
    B("Review of the whole plan with my supervisor at the end of March 2026."),
]

CASE = Case(
    name="d_303_journal",
    unit="8587-303",
    kind="numbered-unstyled",
    files=[SourceFile("Unit 303 journal DOyelaran.docx", BLOCKS)],
    labels={
        "1.1": "each one has a date and a measure",
        "1.2": "on nights you build trust at 3am",
        "2.1": "tally my open and closed questions",
        "2.2": "No coachee feedback describing my questions as instructions",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": True,
        # the supervisor named on the supervision record form is not identifying
        "identifying": [],
    },
    about="Packaging plant team leader's 303 journal without heading styles: 'Q1.', 'Question 2', '3)', '4 -'; matrix points 2.2 at an appendix plan; clean.",
)
