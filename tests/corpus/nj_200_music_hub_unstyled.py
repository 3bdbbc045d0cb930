"""8584-200 Understanding Mentoring: a county music hub's lead brass tutor, unstyled Word file.

Lorraine Pettifer is Lead Brass Tutor for a music hub that sends peripatetic instrumental
tutors into schools across rural Shropshire, and has been asked to mentor new tutors in their
first two terms. Her Word file has no heading styles: each answer starts with the AC number she typed, followed by the criterion's
wording or her own short title, as an ordinary paragraph. Her worked examples call the new tutor
"Mentee A", but two details slip through.

Planted (2): another new tutor named by a first name that is also a word ("Grace"), told as
an anecdote in 1.2; a pupil's parent who complained, by title and surname ("Mrs Szymanska"),
in the feedback answer. Lower-case "grace notes" appears once as a music term and is not a
name.

Clean but tricky: her own name on the cover and in the declaration, the assessor named where
the cover asks, the centre; composers and pieces (Elgar's "Nimrod", Holst's "Jupiter"),
exam boards that look like people or places (ABRSM, Trinity College London), software and
products (Charanga, Microsoft Forms, Teams, SharePoint, a Fiat 500), Shropshire places
(Shrewsbury, Oswestry, Ludlow, Church Stretton), job titles (Area Lead, Head of Service,
Lead Brass Tutor), Remembrance Sunday, half term, INSET days, months and weekdays,
theorists (Clutterbuck (2004), "(Whitmore, 2017)", Egan's SOLER, Kolb's cycle, the CEDAR
feedback model) and a reference list.
"""

from .case import Case, H, P, SourceFile, T

ASSIGNMENT = [
    P("ILM Level 2 Award in Effective Mentoring"),
    T(
        ["Name", "Lorraine Pettifer"],
        ["Unit", "8584-200 Understanding Mentoring"],
        ["Centre", "Marches Leadership Academy"],
        ["Assessor", "Ieuan Probert"],
        ["Date submitted", "7 February 2025"],
    ),
    P("""I work for Severn Vale Music Hub, which sends around sixty peripatetic tutors into
      schools across Shropshire. I am the Lead Brass Tutor. The Head of Service has asked me
      to mentor tutors in their first two terms, because we lose too many of them before
      their first summer concert. In my examples the new tutor is called Mentee A."""),
    H(1, "1.1 Describe the role of an effective mentor"),
    P("""New tutors are usually very good players who have never stood in front of thirty Year
      4s holding trumpets. A mentor in our setting is a more experienced colleague who helps a
      new tutor find their own way through the job. I am not their line manager (that is the
      Area Lead) and I am not there to teach them how to play. Unlike a counsellor, I stay
      with work. The main activities are meeting regularly, listening, asking questions,
      sharing what has worked for me, pointing them to the right person, and keeping what
      they tell me confidential. Clutterbuck (2004) describes mentoring as help with
      significant transitions, and going from performer to teacher is exactly that."""),
    H(1, "1.2 Benefits of mentoring in different situations"),
    P("""A new tutor straight out of conservatoire benefits because they have someone to ask the
      questions they think are too silly for the Area Lead, like how to fill in the attendance
      on Charanga. They settle in faster and are less likely to quit. Grace, who
      joined in September to teach upper strings in the Oswestry schools, told me after half
      term that she almost left in her second week because nobody had shown her how to get
      three cellos into a Fiat 500."""),
    P("""An experienced tutor moving from individual lessons to whole-class ensemble teaching
      benefits in a different way. They know their instrument but not behaviour management,
      and a mentor who has done it gets someone to sense-check a lesson plan before they try
      it on a class."""),
    P("""A tutor back from maternity leave can rebuild
      confidence and catch up on new ABRSM and Trinity College London syllabuses without
      feeling judged."""),
    H(1, "1.3 Identify potential barriers to effective mentoring"),
    P("""Geography and time. Tutors drive between schools all day, from Ludlow to Church
      Stretton to Shrewsbury, and are hardly ever in the same building as me. Fear of looking incompetent. Most tutors are on hourly contracts and
      contracts are renewed every August, so a new tutor may not want to admit a lesson went
      badly in case it gets back to the Area Lead. My own style. Brass players are blunt, and I can come
      across as telling rather than listening."""),
    H(1, "1.4 Overcoming the barriers"),
    P("""For geography and time, we meet on Teams on Friday afternoons, when most tutors finish
      early, and face to face at the Shrewsbury base on INSET days. For the fear of looking incompetent, the mentoring agreement
      says clearly that what we discuss is kept completely separate from the annual review and
      is not reported to the Area Lead unless there is a safeguarding concern. For my own style, I have
      agreed with myself to ask at least two questions before I offer any opinion, and I ask
      the mentee at the end of each session whether I talked too much."""),
    H(1, "2.1 List the key skills required to be an effective mentor"),
    T(
        ["Skill", "Why it matters for a new tutor"],
        ["Active listening", "Hearing what is behind 'it was fine' and noticing when a tutor goes quiet"],
        ["Open questioning", "Helping them work out why a lesson went wrong instead of me telling them"],
        ["Empathy", "Remembering my own first term in a freezing school hall"],
        ["Giving feedback", "Specific, kind and honest, about what they did rather than who they are"],
        ["Role modelling", "Arriving on time and prepared, with the register done"],
        ["Goal setting", "Small steps a tutor can try in one week of lessons"],
    ),
    P("""Small things make the difference, in the same way grace notes change how a phrase
      sounds."""),
    H(1, "2.2 A mentoring model"),
    P("""I use GROW (Whitmore, 2017) inside each session. Goal: what do you want from today?
      Reality: what is actually happening now? Options: what could you try? Way forward: what
      will you do before we next meet? With Mentee A, a new woodwind tutor, the goal was a
      settled first ten minutes with a Year 5 recorder class who ran riot while she handed out
      instruments. The reality was that she handed out every recorder herself. Options included
      a monitor for each table, instruments out before the class came in, or a warm-up song
      they could start without recorders. She chose the warm-up song, and in the next session
      she told me it had cut the chaos in half."""),
    H(1, "2.3 Questioning and listening"),
    P("""Open questions such as "What happened when you started the lesson?" or "How did the
      class react?" let the tutor tell the story in their own words. Probing questions ("What do you mean by 'lost them'?")
      get beneath the surface. Closed questions are still useful for facts, for
      example "Did the school send you the new timetable?" On Teams, listening means my camera on and my phone face down. Egan's SOLER reminds
      me to face the person, keep an open posture, lean in, make eye contact and stay relaxed.
      I reflect back and summarise so they know I have heard them. I also use silence. I tell
      tutors that a rest is part of the music, and a pause after a question often gets the
      real answer."""),
    H(1, "2.4 Describe how to give feedback within a mentoring role"),
    P("""I always ask the tutor to assess the lesson first, then I give my view. My feedback is
      specific, about behaviour I saw, and includes what went well as well as one or two things
      to change. I use CEDAR, which stands for context, examples, diagnosis, actions and review,
      because it makes me give an example rather than a general comment."""),
    P("""In November Mrs Szymanska emailed the Hub to say her son had come home upset after his
      cornet lesson because he felt he had been told off in front of the group for not
      practising. I went through it with Mentee A the following Friday. She had asked the group who had practised and
      said "not good enough" to the two who had not. She agreed it came across as a public
      telling off, and decided to praise practice privately instead. Two weeks later there had
      been no more complaints."""),
    H(1, "2.5 Developing trust"),
    P("""Trust comes from keeping confidences, doing what I say I will do and being honest about
      my own mistakes. At the first meeting we agree what stays between us and the limits,
      which are safeguarding and anything that puts pupils at risk.  I also tell new tutors about the year I led the
      brass group in the wrong hymn at a Remembrance service, in front of the whole town. It makes them laugh and it shows that everyone gets things wrong. And I point them to
      the Head of Service or the employee helpline when something is beyond me."""),
    H(1, "3.1 Explain how to plan for effective mentoring sessions"),
    P("""Planning starts with a short Microsoft Form before we first meet, asking what the tutor
      feels confident about, what worries them, and which schools and year groups they teach.
      At the first session we agree a
      mentoring agreement covering how often we meet, where, confidentiality and how either of
      us can end it. We plan dates around the school year: nothing in the week of the December
      concerts or during the May festival, when every tutor is rehearsing. Before each session
      I reread my notes and the actions from last time. Kolb's cycle helps me plan: the lesson
      is the experience, the session is the reflection, and the next lesson is the chance to
      try something different."""),
    H(1, "3.2 Examples of goals"),
    P("""Goals have to be specific and in the tutor's control. Examples:"""),
    P("""Start every whole-class trumpet lesson with a warm-up the class can begin on their own,
      in all three schools, by the February half term."""),
    P("""Enter two pupils for ABRSM Grade 1 in the summer session, with the entries sent by the
      closing date in March."""),
    P("""Lead one youth orchestra brass sectional on Holst's Jupiter before Easter."""),
    H(1, "3.3 Explain what records are required when mentoring an individual"),
    P("""The records are the signed mentoring agreement, a short note of each session (date,
      length, what we discussed and the actions agreed), the tutor's own goals, and any
      feedback they give me about the mentoring. These let us both track progress. Notes use
      the tutor's initials, not their name, and never name pupils or parents. They are kept
      in a restricted SharePoint folder that only I and the mentee can open, and under UK
      GDPR they are deleted one year after the mentoring ends. """),
    P("""In March the youth orchestra plays Elgar's Nimrod at the county festival, with
      several of this year's new tutors in the sections they now teach."""),
    P("References"),
    P("Clutterbuck, D. (2004) Everyone Needs a Mentor. 4th edn. London: CIPD."),
    P("Egan, G. (2013) The Skilled Helper. 10th edn. Belmont, CA: Brooks/Cole."),
    P("Kolb, D.A. (1984) Experiential Learning. Englewood Cliffs, NJ: Prentice Hall."),
    P("Whitmore, J. (2017) Coaching for Performance. 5th edn. London: Nicholas Brealey."),
    P("Declaration: I confirm this assignment is my own work. Lorraine Pettifer, 7/2/2025"),
]

CASE = Case(
    name="nj_200_music_hub_unstyled",
    unit="8584-200",
    kind="numbered-unstyled",
    files=[SourceFile("L Pettifer 200 assignment FINAL.docx", ASSIGNMENT)],
    labels={
        "1.1": "I am not there to teach them how to play",
        "1.2": "gets someone to sense-check a lesson plan",
        "1.3": "contracts are renewed every August",
        "1.4": "kept completely separate from the annual review",
        "2.1": "Remembering my own first term in a freezing school hall",
        "2.2": "the goal was a settled first ten minutes",
        "2.3": "a rest is part of the music",
        "2.4": "context, examples, diagnosis, actions and review",
        "2.5": "the wrong hymn at a Remembrance service",
        "3.1": "a short Microsoft Form before we first meet",
        "3.2": "by the February half term",
        "3.3": "deleted one year after the mentoring ends",
    },
    expected_checks={"declaration": True, "evidence_matrix": None, "identifying": ["Grace", "Mrs Szymanska"]},
    about="Music hub brass tutor's unstyled 200 assignment: a new tutor by a wordlike first name (Grace) and a complaining parent by title and surname slip in; grace notes, composers, ABRSM and Trinity College London, Shropshire places, assessor on the cover.",
)
