"""8587-305 reflective account in Markdown: a taxi and private hire dispatch centre's operations controller, four planted details.

Bernadette Quayle, Operations Controller in the dispatch centre of an Edinburgh taxi and
private hire firm, reflects on mentoring two newly promoted Dispatch Shift Supervisors for
her 304 (Mentee 1 and Mentee 2). She typed it in a Markdown editor: "## 1.1 ..." headings, prose, a development
plan table, then an appendix of photo captions and an extract from her session notes. No
declaration in this file.

Planted (4): Mentee 1 named in a photo caption ("Will Ashdown"), then by his first name,
which is also the modal verb used all through ("Will", always mid-sentence; every
lower-case "will" is the verb); his line manager in the stakeholder passage ("Mark
Ridgway"); and his mobile in dashed layout in the notes extract ("07700-900-733").

Clean but tricky: the learner's own name in the title block; her supervisor on the line the
centre's template asks for ("Supervisor: Morag Lindsay"); "Mentee 2" / "M2" and a caption
with her face blurred; Lothian Buses, Marks & Spencer and Jenners on Princes Street, the
St Andrew Square rank, York Place, Haymarket, Murrayfield, the Royal Infirmary; Hogmanay,
the Fringe and the Six Nations; Clutterbuck, Whitmore, Schön, Kolb, Gibbs, Honey & Mumford
and Goleman; lower-case "mark" (a mark out of ten).
"""

from .case import B, Case, H, P, SourceFile, T

BLOCKS = [
    H(1, "Unit 8587-305 – Reflecting on my mentoring"),
    P("**Learner:** Bernadette Quayle · Operations Controller, dispatch centre, Sighthill, Edinburgh"),
    P("**Supervisor:** Morag Lindsay (Operations Standards Manager)"),
    P("**Mentees:** Mentee 1 and Mentee 2, both newly promoted Dispatch Shift Supervisors (Sept 2024)"),

    H(2, "1.1 How effective was my mentoring?"),
    P("""I mentored two call handlers in their first six months as Dispatch Shift
      Supervisors: twelve and a half hours in all, in the quiet room behind the dispatch
      floor or at the training desk. I have tried to judge how well it went from evidence rather than how I felt
      about it, using three sources: my session notes, what came out of supervision, and
      the mentees' feedback forms."""),
    P("""**Records.** My notes show both mentees' goals being met, but at different speeds.
      Mentee 1 wanted to run his first driver complaint investigation meeting without a
      manager in the room and did it in January. Mentee 2 wanted to build a weekend rota
      that drivers trusted, and by March hers was being used for the Six Nations weekends,
      with extra cars held at Haymarket and York Place for the crowds leaving Murrayfield. Where the notes are weaker is
      on what I did: I wrote down their actions and hardly anything about my own."""),
    P("""**Supervision.** In my second session with Morag she asked me to bring a session
      transcript from memory. When I wrote it out I had asked nine questions in fifteen
      minutes and six of them were closed. That was the most useful piece of evidence I
      had."""),
    P("""**Feedback.** Average scores were 4.5 out of 5 for Mentee 1 and 4.1 for Mentee 2. The
      comments were more useful than the numbers. Mentee 2 wrote after session 3 that she
      "would like more time to think before the next question", which matches what
      supervision showed me."""),
    P("""**Stakeholders.** Mentee 1's line manager, Mark Ridgway, asked for a three-way meeting in
      February because he wanted a report on progress. I had to go back to the contract and
      explain what I could and could not share. It worked out, but I should have agreed how
      line managers would be kept informed at the start, not when one of them asked."""),
    P("""Overall I would say the mentoring was effective for the practical goals and less so
      for confidence, which was what both of them said mattered most."""),

    H(2, "1.2 Strengths and areas for improvement"),
    P("""**Strengths.** I know the job, the city and the licensing rules, so I can make sessions
      practical – we rode along with a driver one Saturday night to see the Princes Street
      pick-up point by Marks & Spencer and Jenners that customers keep complaining about. I build rapport
      quickly and I am calm under pressure, which is most of what a dispatcher does. In his last
      feedback form Will said that I "never made him feel daft for asking", and both
      mentees said they felt safe to admit mistakes."""),
    P("""**Areas for improvement.** Knowledge: I knew Clutterbuck's idea of the mentor as a
      developmental friend, not a sponsor, but I slipped into sponsor mode with Mentee 1 by
      putting in a word for him on a rota panel. Skills: closed questions, and I answer my
      own questions when there is a silence. Behaviour: I am direct, which is right on the
      dispatch floor on Hogmanay and wrong in a mentoring session. Goleman's work on
      emotional intelligence made me see that I read the mood well but do not always adjust
      to it."""),

    H(2, "2.1 Future development opportunities"),
    P("""Looking at questioning, listening and communication together, I will work on three
      things. First, open questions and silence: I will use Whitmore's GROW less as a
      script and more as a map, and let the mentee sit in Reality for longer. Second,
      listening for what is not said – Mentee 2's comments on her feedback forms were more
      honest than what she said in the room. Third, written communication: I will keep
      proper reflective notes after each session using Gibbs' cycle so I can show my own
      progress, not only theirs. Honey & Mumford's questionnaire told me I am an Activist,
      which explains why I skip the reflecting. Schön's reflection-in-action is what I am
      aiming at: to catch a closed question while I am asking it."""),

    H(2, "2.2 Development plan (May – October 2025)"),
    T(
        ["What", "How", "When", "Measure of success"],
        ["Open questions and silence", "Count my questions in each session; one at a time; 5-second rule",
         "May – July", "At least two thirds of questions open in my own notes"],
        ["Contracting with line managers", "Add a stakeholder section to the contract; three-way at the start",
         "From next mentee (June)", "No line manager asks for an unplanned report"],
        ["Reflective notes", "Gibbs-based note within 24 hours of every session",
         "From May", "Notes for every session, reviewed with Morag"],
        ["Reflection in action", "Ask Morag to observe one session and feed back",
         "September", "Observation done; one change agreed and tried"],
        ["Wider practice", "Mentor a new dispatcher through the Fringe season",
         "August – October", "Mentee rates sessions 4+; I can show change in my notes"],
    ),
    P("""I will review the plan with my supervisor every two months and use Kolb's cycle to
      check that each action gets tried and looked back on, not just written down."""),

    H(2, "Appendix A – Photo captions"),
    B("""Photo 1: Mentee 2 (face blurred) with her weekend rota on the dispatch room board,
      March 2025."""),
    B("""Photo 2: Will Ashdown at the supervisor's desk in the Sighthill dispatch room after
      session 4, 21 January 2025 (shared with his permission)."""),
    B("Photo 3: The St Andrew Square taxi rank at 2am during our ride-along."),

    H(2, "Appendix B – Extract from my session notes (Mentee 1, session 4)"),
    P("""21/01/25, 1 hr 15, training desk. Ran through the complaint investigation meeting he is
      chairing on the 28th: opening, questions, adjournment. He gave his preparation a
      mark of six out of ten and wants to practise being silent after a question. Also
      talked about the Royal Infirmary account and how to brief drivers on hospital
      pick-ups. Rota changes for his next session to be sent by WhatsApp to 07700-900-733,
      not the dispatch line. Lothian Buses strike on the 28th, so the phones will be busy;
      meet at 10am before the rush."""),
]

CASE = Case(
    name="r19b_305_taxi_dispatch_md",
    unit="8587-305",
    kind="numbered-unstyled",
    files=[SourceFile("quayle-305-reflection.md", BLOCKS)],
    labels={},
    expected_checks={
        "declaration": False,
        "evidence_matrix": None,
        # Not: Bernadette Quayle (learner), Morag Lindsay / Morag (supervisor where asked),
        # Mentee 1/2, M&S, Jenners, St Andrew Square, Royal Infirmary, lower-case will / mark.
        "identifying": ["Mark Ridgway", "Will", "Will Ashdown", "07700-900-733"],
    },
    about="Taxi and private hire dispatch centre operations controller's 305 Markdown reflection, planted: mentee in a photo caption in full, then 'Will' mid-sentence among lower-case modal wills, his line manager 'Mark Ridgway', a dashed mobile in a notes extract; supervisor line, Marks & Spencer/Jenners, Edinburgh places and events, theorists clean; no declaration.",
)
