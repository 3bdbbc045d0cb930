"""8587-303 Reflecting on Coaching Skills: a council building control team leader, PDF journal.

Declan Moss leads a district council's building control team (surveyors who check plans
and inspect building work on site) and coached two of his newly qualified surveyors,
Coachee 1 and Coachee 2, for unit 302. His reflective journal is a first-person essay in
Word saved as PDF, under his own Heading 1 titles that never quote a criterion and use no
numbers. 1.1 is spread over two sections, "What my notes and supervision showed" (records
and supervision, label here) and "What the coachees said" (feedback); a remark on talking
too much in the first section foreshadows 1.2. "Being honest with myself" (1.2) covers
knowledge, skills and behaviour in three paragraphs, label in the third, on behaviour.
"Where I go from here" (2.1) talks about "getting better at" questioning, listening and
communication rather than development opportunities. "The next six months" (2.2) is a
plan table with its label in a cell. The Unit 303 evidence matrix comes at the very end,
pasting each AC and pointing at section titles and page numbers. Signed declaration.

Clean: Coachee 1, Coachee 2; the principal surveyor, the head of service and his tutor by
role. Not identifying: the learner's own name, GROW, Kline, the Building Safety Act, the ILM.
"""

from .case import Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "Reflective Journal: Unit 303 Reflecting on Coaching Skills within an Organisational Context"),
    P("Declan Moss, Building Control Team Leader"),
    P("ILM Level 3 Certificate in Effective Coaching and Mentoring"),

    H(1, "Setting the scene"),
    P("""I lead a team of seven building control surveyors at a district council. We check plans
      for building regulations compliance and inspect work on site, from loft conversions to
      a new care home, and since the Building Safety Act all of us have had to register and
      show competence at a set level. Two of my surveyors qualified last year. They know the
      regulations, but they were finding the site side hard: dealing with builders who have
      been doing it for thirty years and don't want to be told by someone half their age that
      the fire stopping is wrong. For unit 302 I coached both of them, Coachee 1 and Coachee 2,
      from March to September, thirteen sessions between them, using GROW, with four
      supervision sessions with my tutor along the way. This journal looks back on how it
      went and what I need to do next."""),

    H(1, "What my notes and supervision showed"),
    P("""I kept a session record for every session and a short reflective log afterwards. Reading
      them back in one go was uncomfortable. The session records show that Coachee 1's
      goals moved forward steadily: she set a goal in session two to lead a difficult site
      inspection without ringing me afterwards, and by session five she had done it twice.
      Coachee 2's records are different. Three of his sessions have the same goal carried
      forward with no action completed, and my log for those weeks says things like "good
      chat, lots covered". Looking back, a good chat was not the same as progress, and I
      didn't notice at the time because I enjoyed those sessions."""),
    P("""My supervision notes filled in the gap. In my second supervision my tutor asked me to
      play back the first ten minutes of a session with Coachee 2 from memory. I realised I
      had spent most of it explaining how I would have handled the builder, which is
      exactly what a surveyor does all day and exactly what a coach should not do. She
      asked me what Coachee 2 had wanted from the session, and I didn't know. After that
      supervision I started opening every session with "what do you want to get out of today?"
      and the records show his actions started getting done from session five. So the
      evidence tells me I was effective with a coachee who already knew what she wanted, and
      only became effective with the other once supervision showed me I was steering."""),

    H(1, "What the coachees said"),
    P("""At the end I asked both coachees to fill in the feedback form anonymously and I also asked
      the principal surveyor, who goes on site with them, what she had noticed. Coachee 1
      scored the sessions highly and wrote that the best thing was being asked what she would
      do before anyone told her. Coachee 2 was more mixed; he wrote that the early sessions
      "felt like being managed" but the later ones helped, and that the question that helped
      most was "what would you say to the builder if I wasn't in the room?". The principal
      surveyor said both were more confident on site, and that Coachee 1 now handles the
      awkward contractors on the care home job without backup. Putting this alongside my
      records, I think the coaching worked, but it worked later than it could have done."""),

    H(1, "Being honest with myself"),
    P("""Knowledge: my strength is that I know the job and the regulations inside out, which gives
      my coachees confidence that I understand their world. My weakness is that until this
      course I knew almost nothing about coaching itself beyond GROW, and I had never heard of
      contracting as something you do on purpose. I need to learn more about other models and
      about the difference between coaching and the technical mentoring I have always done."""),
    P("""Skills: I am good at building rapport quickly, probably from years of turning up on building
      sites, and I am good at summarising. My communication is clear. The skill I most need to
      improve is listening without planning my answer, and my questioning tends to drift
      towards closed and leading questions when I think I know the answer ("Did you check the
      cavity barriers?")."""),
    P("""Behaviour and interpersonal skills: I am calm, reliable and I keep confidences, and both
      coachees said they trusted me. But my default under pressure is to rescue people.
      When a coachee is stuck, my instinct is to give them the answer to save them the
      discomfort, which takes away the thing coaching is supposed to give them. I also
      fill silences, which I noticed when my tutor timed one of my recordings: the longest
      pause I left was four seconds."""),

    H(1, "Where I go from here"),
    P("""Looking at my coaching as a whole, I am a solid coach for someone who knows what they want
      and a weaker one when the coachee is unsure, because that is when I start steering. The
      things I want to get better at fall into the three areas the course talks about."""),
    P("""Questioning: I want to use more open and fewer leading questions. I have signed up for the
      council's two-day coaching skills course in January and I will practise a short list of
      open questions, keeping a tally in my session records of how many of my questions were
      open. Listening: I am going to read Kline's Time to Think and practise leaving
      silences, and I have asked a colleague in planning who is also doing the ILM course to
      swap peer coaching sessions with me once a month so we can give each other honest
      feedback. Communication: I want to notice my body language and tone, because Coachee 2
      said I sometimes sound like I'm on site even in a coaching room. I will record two
      sessions (with consent) and review them in supervision."""),

    H(1, "The next six months"),
    P("""I went through this plan with my tutor at my last supervision. It runs from October to
      the end of March, and I will keep coaching Coachee 2 and take on one new coachee from
      the planning team."""),
    T(["What I want to develop", "How", "When", "How I will know"],
      ["Open questions", "Coaching skills course; tally of open and closed questions in every session record",
       "Course in January; tally from October", "Two thirds of my questions open by the end of January"],
      ["Listening and silence", "Read Time to Think; practise leaving a full ten seconds of silence",
       "October to December", "Recorded session shows pauses of ten seconds or more"],
      ["Not rescuing", "Ask 'what would you do?' before offering anything; note each time I give an answer",
       "From October, reviewed monthly", "Fewer than two answers given per session by March"],
      ["Tone and body language", "Record two sessions with consent; review in supervision",
       "November and February", "Coachee feedback says the sessions feel like theirs"],
      ["Coaching knowledge", "Read about two other models; peer coaching swap each month",
       "October to March", "I can explain and have tried one model other than GROW"]),
    P("""At the end of March I will ask my coachees for feedback again using the same form, so I can
      compare it with this year's and see whether the changes show from their side."""),

    H(1, "Unit 303 Reflective Journal evidence matrix"),
    T(["Unit 303 Reflecting on Coaching Skills within an Organisational Context", "Reflective Journal Evidence Title", "Reference Number"],
      ["AC 1.1 Examine the effectiveness of their own coaching practice based on evidence, including records, supervision and feedback",
       "What my notes and supervision showed; What the coachees said", "Pages 1-3"],
      ["AC 1.2 Identify own strengths and areas for improvement of their own knowledge, skills and behaviour, including communication and interpersonal skills",
       "Being honest with myself", "Page 3"],
      ["AC 2.1 Review own coaching ability to identify future development opportunities, including the use of questioning, listening and communication strategies",
       "Where I go from here", "Page 4"],
      ["AC 2.2 Produce a relevant development plan covering a minimum of 6 months, including timescales and measures of success",
       "The next six months", "Pages 4-5"]),
    P("""Declaration: I confirm that this reflective journal is my own work and that the coaching
      described took place. Signed: D. Moss    Date: 3 October 2025"""),
]

CASE = Case(
    name="r20c_303_building_control_pdf",
    unit="8587-303",
    kind="structured-pdf",
    files=[SourceFile("Moss D - 303 Reflective Journal.pdf", BLOCKS)],
    labels={
        "1.1": "a good chat was not the same as progress",
        "1.2": "my default under pressure is to rescue people",
        "2.1": "swap peer coaching sessions with me once a month",
        "2.2": "Fewer than two answers given per session by March",
    },
    expected_checks={"declaration": True, "evidence_matrix": True, "identifying": []},
    about="Building control team leader's 303 journal, Word saved as PDF: first-person essay under own unnumbered titles, effectiveness over records/supervision and feedback sections, knowledge/skills/behaviour paragraphs, 'get better at' for development, plan table, evidence matrix at the end; declaration.",
)
