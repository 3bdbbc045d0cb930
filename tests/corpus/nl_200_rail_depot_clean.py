"""8584-200 Understanding Mentoring: a train maintenance depot team leader's assignment, DOCX, clean.

Gareth Lloyd-Evans (ILM reg. 41873302), shift team leader at a rolling-stock depot in
Swindon, answers 1.1 to 3.3 under the centre's numbered Word headings. A cover table names
him, his registration number and his tutor (a form field). Clean: nothing identifies a
mentee. Everything that looks like a name is something else: theorists with citations
(Megginson and Clutterbuck, Egan, Luft and Ingham, Whitmore, Kolb, Maslow, Parsloe), models
(the GROW model, the Johari window, SOLER), the depot's buildings and rooms named after
engineers (Brunel House, the Gooch Room, Stephenson Road), a pub (the Duke of Wellington),
towns that look like surnames (Chippenham, Melksham), Swindon Town, software (Maximo,
Microsoft Teams, SharePoint), capitalised job titles (Depot Manager, Fleet Engineer),
pseudonyms ("Mentee B", "'Jay' (not his real name)"), months, days, and a signed declaration
by the learner.
"""

from .case import B, Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "Unit 200 Understanding Mentoring – Written Assignment"),
    T(
        ["Learner name", "Gareth Lloyd-Evans"],
        ["ILM registration no.", "41873302"],
        ["Centre", "Great Western Skills Academy, Swindon"],
        ["Tutor", "Sandra Okafor"],
        ["Date submitted", "Friday 14 March 2025"],
    ),
    H(1, "Introduction"),
    P("""I am a Shift Team Leader at the Stephenson Road depot in Swindon, where we maintain and
      clean the intercity fleet overnight. My office is on the first floor of Brunel House and
      our training is done in the Gooch Room next door. The Depot Manager has asked every team
      leader to mentor one of the new maintenance apprentices this year, so this assignment
      is about how I would go about that. Where I use an example from work I have used a
      pseudonym, "Mentee B", or in one case 'Jay' (not his real name), so nobody can be
      identified."""),

    H(1, "1.1 The role of an effective mentor"),
    P("""Megginson and Clutterbuck (2005) describe mentoring as off-line help by one person to
      another in making significant transitions in knowledge, work or thinking. "Off-line"
      matters in a depot: the mentor should not be the apprentice's line manager, so the
      apprentice can admit what they don't know without it going on their appraisal. The
      effective mentor is a guide and sounding board, sharing experience of the job but
      helping the mentee find their own answers rather than doing the job for them. In
      practice the role is to agree what the mentee wants from the relationship, meet
      regularly, listen, ask good questions, give honest feedback, be a role model on safety,
      open doors (for example arranging a day with the Fleet Engineer), keep confidences and
      know when to signpost to someone else such as HR or Occupational Health."""),

    H(1, "1.2 How mentoring benefits the mentee in different situations"),
    B("""A new apprentice: settles in faster on a night shift that can feel lonely at 3am, and
      learns the unwritten rules of the depot."""),
    B("""Someone newly promoted, like Mentee B who went from fitter to Supervisor last
      autumn: has someone outside the chain of command to test ideas on before leading his old
      mates."""),
    B("""Someone returning after long-term sickness: rebuilds confidence gradually and has a
      safe person to say when they are struggling."""),
    B("""Someone studying, for example for an HNC at the college in Chippenham: gets help
      linking the theory to the real kit in the shed."""),

    H(1, "1.3 Barriers to effective mentoring"),
    P("""The obvious barrier is shifts. Nights rotate every four weeks and the mentor and mentee
      can go a month without being on at the same time. Others are lack of time when a unit
      fails and has to be out by 06:00, a mentee who is shy or sees the mentor as "management",
      a mentor who just tells people what to do, personality clashes, and not having a quiet
      place to talk because the mess room is always full."""),

    H(1, "1.4 Overcoming the barriers"),
    P("""For shifts, the pair should agree at the start to meet at shift handover, or on
      Microsoft Teams from home on rest days if both agree, and book the dates for a month at
      a time in the Maximo planner so the hours are protected. For the "management" worry the
      mentor can be picked from a different shift, and explain at the first meeting what is
      and is not passed on. For the room problem, the Gooch Room can be booked through
      SharePoint. If the personalities really don't fit, either person should be able to ask
      for a new match without blame."""),

    H(1, "2.1 Key skills of a mentor"),
    B("Active listening"),
    B("Open and probing questioning"),
    B("Giving constructive feedback"),
    B("Building rapport and trust"),
    B("Goal setting and action planning"),
    B("Patience and knowing when to keep quiet rather than fix it"),

    H(1, "2.2 A mentoring model"),
    P("""I would use the GROW model (Whitmore, 2009). Goal: what does the mentee want to achieve,
      in this session and overall? Reality: where are they now, what have they tried, what
      gets in the way? Options: what could they do, with the mentor adding ideas only after
      the mentee has run out of their own. Will (or Way forward): what exactly will they do,
      by when, and how will we know? It suits engineers because it is logical, and it keeps
      the mentee doing the thinking. I would also bear in mind Kolb's learning cycle, because
      a lot of what an apprentice learns comes from reflecting on a job that went wrong."""),

    H(1, "2.3 Questioning and listening techniques"),
    P("""Open questions ("What happened when you tried the brake test?") get the mentee talking;
      probing questions ("What made you decide that?") get underneath; closed questions are
      kept for checking facts, like whether a permit was signed off. I would avoid leading
      questions. For listening I use Egan's SOLER: sit squarely, open posture, lean in, eye
      contact, relaxed. In a noisy depot that means taking the conversation off the shed floor
      to somewhere we can both sit down. Summarising back and leaving silences also
      help; when Jay was going through a rough patch, the most useful thing I did was shut up
      for a full minute and let him carry on."""),

    H(1, "2.4 Giving feedback"),
    P("""Feedback should be specific, timely and about the behaviour rather than the person. I
      would ask the mentee first how they think it went, then say what went well, then one
      thing to do differently, then agree the next step. The Johari window (Luft and Ingham,
      1955) is a good way to explain why feedback matters: it shrinks the blind spot, the
      things others can see about us that we can't. Feedback is always given privately, never
      in front of the crew in the mess room."""),

    H(1, "2.5 Developing trust"),
    P("""Trust comes from doing what you say you will do: turning up on time, keeping
      confidences and following through on actions. I would be clear at the start what stays
      between us and the exceptions, which in our industry are safety and safeguarding.
      Sharing my own mistakes helps too; I still tell apprentices about the time I left a
      torque wrench in a bogie on my first month. Maslow's point that people need to feel safe
      before they can grow applies here."""),

    H(1, "3.1 Planning effective mentoring sessions"),
    P("""Before each session I would check the notes and actions from last time, book the
      room, and ask the mentee what they want to cover so the agenda is theirs. Sessions should
      be about an hour, at a time that doesn't clash with a unit going out, with phones off. I
      would plan a rough structure using GROW, and leave time at the end to agree actions and
      the next date. Parsloe (1995) says planning should include how the relationship will
      end, so I would set a review date at three months from the outset."""),

    H(1, "3.2 Examples of goals"),
    B("Complete the A-exam on a Class 800 unit unsupervised by the end of June."),
    B("Pass the track safety refresher first time in April."),
    B("Lead the Tuesday toolbox talk once a month from May."),
    B("Speak up at the weekly production meeting at least once, to build confidence."),

    H(1, "3.3 Records needed when mentoring"),
    P("""The records I would keep are a signed mentoring agreement, a short log of each meeting
      (date, length, topics, actions agreed), the mentee's goals and progress against them,
      and my own reflective notes. These records are kept in a locked drawer in Brunel House
      or a restricted SharePoint folder, not on the shared drive, and comply with GDPR. They
      are used to review progress, remember what was agreed, and show the apprentice
      programme that mentoring is happening."""),

    H(1, "Conclusion"),
    P("""Mentoring in the depot is mostly about time and trust. After our team night out at the
      Duke of Wellington (Swindon Town lost again) a couple of the apprentices said they would
      rather ask a mentor than their supervisor, which says it all. I think the GROW model and
      a regular booked slot would make it work even on nights."""),

    H(1, "References"),
    P("Egan, G. (2014) The Skilled Helper. 10th edn. Belmont: Brooks/Cole."),
    P("Kolb, D. (1984) Experiential Learning. Englewood Cliffs: Prentice Hall."),
    P("Luft, J. and Ingham, H. (1955) The Johari window. Los Angeles: UCLA."),
    P("Megginson, D. and Clutterbuck, D. (2005) Techniques for Coaching and Mentoring. Oxford: Elsevier."),
    P("Parsloe, E. (1995) Coaching, Mentoring and Assessing. London: Kogan Page."),
    P("Whitmore, J. (2009) Coaching for Performance. 4th edn. London: Nicholas Brealey."),

    H(1, "Learner declaration"),
    P("""I declare that this assignment is my own work. Signed: G. Lloyd-Evans. Date: 14/03/2025.
      Word count approx. 1,350."""),
]

CASE = Case(
    name="nl_200_rail_depot_clean",
    unit="8584-200",
    kind="structured-docx",
    files=[SourceFile("Gareth Lloyd-Evans 8584-200 assignment.docx", BLOCKS)],
    labels={
        "1.1": "so the apprentice can admit what they don't know",
        "1.2": "test ideas on before leading his old mates",
        "1.3": "go a month without being on at the same time",
        "1.4": "book the dates for a month at a time in the Maximo planner",
        "2.1": "knowing when to keep quiet rather than fix it",
        "2.2": "adding ideas only after the mentee has run out of their own",
        "2.3": "taking the conversation off the shed floor",
        "2.4": "it shrinks the blind spot",
        "2.5": "left a torque wrench in a bogie",
        "3.1": "so the agenda is theirs",
        "3.2": "Lead the Tuesday toolbox talk once a month from May",
        "3.3": "not on the shared drive",
    },
    expected_checks={"declaration": True, "evidence_matrix": None, "identifying": []},
    about="Rail depot team leader's clean 200 assignment: theorists with citations, GROW/Johari/SOLER, buildings and rooms named after engineers (Brunel House, Gooch Room, Stephenson Road), Duke of Wellington pub, Chippenham, Swindon Town, Maximo/Teams/SharePoint, Mentee B and 'Jay' (not his real name), learner's name and reg no., tutor in cover table, signed declaration.",
)
