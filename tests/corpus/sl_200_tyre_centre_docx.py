"""8584-200 Understanding Mentoring: a fast-fit tyre centre's workshop supervisor, DOCX.

Dean Whitlock supervises the workshop at a tyre and exhaust centre and is about to mentor
the branch's new apprentice technicians. His Word file has no criterion numbers at all: each
answer sits under a Heading 2 that is the criterion text pasted from the handbook, under
three Heading 1s of his own. He answers out of order: barriers (1.3) before benefits (1.2),
feedback (2.4) before questioning and listening (2.3), goals (3.2) before planning (3.1).
The benefits answer is four paragraphs long and its label is in the fourth (the third of his
three situations); the model answer's label is in its fourth paragraph. Skills are a table.
An introduction and a conclusion mention every topic in passing, a "how I will overcome
them" answer follows the barriers straight on, and a signed declaration closes it. Clean:
the apprentices are never named; the company, its Leeds branch and the model's author (John
Whitmore) are not identifying.
"""

from .case import Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "Understanding Mentoring – Unit 200 Assignment"),
    P("ILM Level 2 Award in Effective Mentoring Skills. Dean Whitlock, Workshop Supervisor, QuickGrip Tyre & Exhaust, Wakefield branch."),
    H(1, "Introduction"),
    P("""From September our branch is taking on two apprentice technicians through the college
      and I have been asked to mentor them. This assignment covers what my role as a mentor
      will be, the benefits for the apprentices, the barriers and how I will get round them,
      the skills I need, the model I will follow, how I will question, listen, give feedback
      and build trust, and then how I will plan sessions, set goals and keep records. I have
      worked on the ramps for eleven years and supervised for three, but mentoring is new to
      me, so I have tried to write it as I will actually do it."""),

    H(1, "Part 1 – The mentor's role and why it helps"),
    H(2, "Describe the role of an effective mentor"),
    P("""A mentor is an experienced person who helps someone less experienced to learn and grow,
      mostly by helping them think things through rather than by telling them. It is not the
      same as being their supervisor. As supervisor I allocate the jobs and sign off their
      work; as mentor I am the person they can talk to about how it is going, what they are
      finding hard and where they want to get to. The main activities are meeting regularly
      (I will do half an hour every other Thursday after the 4pm rush), agreeing what the
      apprentice wants to work on, listening, asking questions, sharing my own experience when
      it helps, giving honest feedback, encouraging them when college and the workshop both
      pile on at once, and keeping simple notes. A good mentor is also a role model, so I
      have to do the torque checks and the paperwork properly myself, even on a Saturday when
      the queue is out the door. The mentor also knows their limits and passes things on, for
      example to the college's apprenticeship officer or to HR, when it is not something they
      should deal with."""),

    H(2, "Identify potential barriers to effective mentoring"),
    P("""Time. Saturdays and Mondays are flat out, and if a fleet customer turns up with six vans
      the first thing to go will be the mentoring session. This is a barrier because if
      sessions keep getting cancelled the apprentice will think it does not matter."""),
    P("""Me being their supervisor. Because I also tell them off when a wheel nut is left loose,
      they may not want to admit to me that they do not understand something, which is a
      barrier because mentoring only works if they are honest."""),
    P("""Confidence and age. The apprentices will be 16 or 17 and some lads that age will just say
      "yeah fine" to everything. That is a barrier because I will not know what is really
      going on with them."""),

    H(2, "Explain how to overcome the potential barriers to effective mentoring"),
    P("""For time, I have agreed with the branch manager that the Thursday slot goes on the rota
      like any other job, and if it has to move it gets rebooked the same week, not dropped.
      For the supervisor problem, I will explain at the first meeting that what we talk about
      in mentoring is separate from the job sheets, and that making a mistake in a session
      is how you learn. Being upfront about which hat I'm wearing should help. For confidence,
      I will hold sessions in the customer waiting area after closing rather than in the
      office, which feels like being called in, and I will ask about things they actually
      care about, like cars and their college work, before getting onto targets."""),

    H(2, "Describe how mentoring can benefit those being mentored in a range of situations"),
    P("""Mentoring helps the person being mentored to learn faster, to feel part of the team and
      to take responsibility for their own progress. I think it will add value in at least
      three situations at our branch."""),
    P("""The first is starting out. A new apprentice walking into a busy workshop does not know
      where anything is, who to ask or what is expected, and the noise and pace can be a shock.
      Having one person they can go to means they settle in quicker and are less likely to
      drop out in the first few months, which is when most of ours have left in the past."""),
    P("""The second is college. The apprentices do block release and have to build a portfolio
      and pass exams on top of their shifts. A mentor can help them to plan their college work
      around the rota and link what they are learning in theory to real jobs on the ramp, for
      example showing how the brake theory they did last week applies to the caliper they are
      changing today."""),
    P("""The third situation is moving onto customer-facing work. After the first year they will
      start doing the vehicle health check with the customer stood next to them, which is when
      a lot of young technicians go quiet or get flustered by a customer who argues about the
      price. Talking through what went well and what they would say differently next time
      builds their confidence so they can explain an advisory without sounding like they are
      selling, and that is good for them and for the branch's reviews."""),

    H(1, "Part 2 – What makes me effective"),
    H(2, "List the key skills required to be an effective mentor"),
    T(
        ["Skill", "What it means", "How I will use it with the apprentices"],
        ["Active listening", "Concentrating on what is said and what is not said",
         "Put my phone in the locker and face them, not the ramp"],
        ["Questioning", "Asking open questions that get them thinking",
         "Ask 'how would you check that?' instead of telling them the answer"],
        ["Giving feedback", "Telling them honestly what went well and what to improve",
         "Straight after a job, while they still remember it"],
        ["Patience", "Letting someone learn at their own speed",
         "Not grabbing the gun off them when they are slow on a wheel change"],
    ),

    H(2, "Describe a mentoring model or process that can be followed when mentoring"),
    P("""I am going to use the GROW model, which was developed by John Whitmore. It is usually
      used for coaching but our tutor said it works well for mentoring sessions too because
      it gives each conversation a shape."""),
    P("""G is for Goal: what does the apprentice want to get out of this session or this month?
      R is for Reality: where are they now, what has happened, what is getting in the way? O is
      for Options: what could they do about it? W is for Will (or Way forward): what will they
      actually do, and by when?"""),
    P("""The reason I like it is that the apprentice does most of the talking and comes up with
      the options themselves, which matters because they remember things better if they
      decided them. My job is to ask the questions at each stage and to add my experience as
      one of the options, not the only one."""),
    P("""In our workshop a session might go like this. Goal: be able to do a four-wheel alignment
      on my own by Christmas. Reality: he has watched me do six but only done one himself and
      the laser head still confuses him. Options: practise on the branch van, read the
      manufacturer's guide, ask the Leeds branch if he can spend a morning with their alignment
      specialist. Will: he books the branch van for Tuesday morning and writes up his readings
      so we can check them together, which means the next session starts from what he did."""),

    H(2, "Describe how to give feedback within a mentoring role"),
    P("""I will give feedback as soon after the job as I can, in private and never in front of a
      customer or the other lads. I will start by asking them how they think it went, because
      often they already know. Then I will say what they did well, being specific ("you
      checked the tread on all four, not just the one the customer mentioned"), then one or
      two things to do differently, and why. I will talk about the job, not the person, so
      "the locking nut key went back in the wrong van" not "you're careless". And I will
      finish by agreeing what they will try next time, so feedback leads somewhere."""),

    H(2, "Explain how to use questioning and listening techniques to support individuals being mentored"),
    P("""Questioning. I will mostly use open questions, which start with what, how or tell me,
      because they make the apprentice explain in their own words, and that shows me what they
      really understand. For example, "Talk me through how you'd diagnose that knocking
      noise." I will use probing questions to go deeper ("What made you think it was the drop
      link?") and closed questions only to check facts ("Did you torque it to spec?"). I will
      try not to ask leading questions like "You'd check the pressures first, wouldn't you?"
      because then they just agree."""),
    P("""Listening. I will use active listening: stop what I am doing, make eye contact, nod,
      and let them finish even if there is a pause. Then I will summarise back what I heard
      ("So the college work is fine but it's the Saturday shifts that are wearing you out?")
      so they know I listened and can correct me if I got it wrong. Listening properly
      supports the apprentice because they feel taken seriously, and I pick up the things a
      16-year-old will not say straight out."""),

    H(2, "Describe how the mentor can develop trust with individuals they are mentoring"),
    P("""Trust takes time and you cannot rush it. I will be reliable: turn up when I said I
      would and do what I said I would do, even small things like lending a book. I will keep
      confidences and explain the limits at the start, for example if they told me about a
      safety issue or that someone was at risk I would have to pass it on. I will be honest
      about my own mistakes, and I will tell them about the time I cross-threaded a wheel stud
      in my first month and had to own up to the manager. Being consistent matters too, so I
      will treat both apprentices the same and not have favourites."""),

    H(1, "Part 3 – Organising it"),
    H(2, "State examples of goals that would be agreed in an effective mentoring session"),
    P("""Goals should be SMART so that both of us know when they have been met. Examples:"""),
    P("""1. Complete the tyre fitting and balancing competence sign-off with the branch manager by
      the end of November, doing at least five supervised fits a week until then."""),
    P("""2. Carry out a full vehicle health check and explain two advisories to a customer without
      help by the end of the first year."""),
    P("""3. Hand in college unit 3 on time by planning two evenings a week for portfolio work."""),
    P("""For a goal to become effective it has to be the apprentice's goal, agreed not imposed,
      written down, and reviewed at the next session so it does not just get forgotten."""),

    H(2, "Explain how to plan for effective mentoring sessions"),
    P("""Before each session I will look at my notes from the last one and the actions agreed, so
      I can start by asking how they went. I will book the time and the place in advance and
      put it on the rota so nobody pulls us onto a job. I will think of two or three questions
      to open with but not a script, because the apprentice should set the agenda. For the
      first session I will use the college's mentoring agreement form to agree how often we
      meet and what stays between us, and I will use a one-page session record form that
      we both sign as evidence. I will also plan the end, a review session after six months
      to look back at the goals."""),

    H(2, "Explain what records are required when mentoring an individual"),
    P("""I will keep the signed mentoring agreement, a goals sheet, and a short record of each
      session: date, how long, what we discussed, actions and who does what. These are needed
      so that we can see progress over time, so the next session picks up where the last one
      finished, and as evidence for the college and for my ILM portfolio. The main
      considerations are confidentiality and GDPR: records will be factual, kept in a locked
      drawer in the office rather than on the shared workshop PC, only seen by me and the
      apprentice, and shredded when the mentoring ends. The apprentice should be able to read
      anything I write about them."""),

    H(1, "Conclusion"),
    P("""Mentoring the apprentices means more than showing them how to change a tyre. I need to
      understand my role, the benefits and the barriers, use the right skills, a model like
      GROW, good questions, listening, feedback and trust, and be organised with plans, goals
      and records. I feel ready to start in September."""),
    P("Declaration: I confirm this assignment is my own work. Signed D. Whitlock, 12/08/2025"),
]

CASE = Case(
    name="sl_200_tyre_centre_docx",
    unit="8584-200",
    kind="structured-docx",
    files=[SourceFile("D Whitlock Unit 200.docx", BLOCKS)],
    labels={
        "1.1": "As supervisor I allocate the jobs and sign off their work",
        "1.2": "explain an advisory without sounding like they are selling",
        "1.3": "they may not want to admit to me that they do not understand",
        "1.4": "the Thursday slot goes on the rota like any other job",
        "2.1": "Not grabbing the gun off them when they are slow",
        "2.2": "writes up his readings so we can check them together",
        "2.3": "What made you think it was the drop link?",
        "2.4": "the locking nut key went back in the wrong van",
        "2.5": "cross-threaded a wheel stud in my first month",
        "3.1": "look at my notes from the last one and the actions agreed",
        "3.2": "doing at least five supervised fits a week",
        "3.3": "rather than on the shared workshop PC",
    },
    expected_checks={"declaration": True, "evidence_matrix": None, "identifying": []},
    about="Tyre centre supervisor's 200: pasted criterion text as headings with no numbers under own part headings, 1.3 before 1.2, 2.4 before 2.3, 3.2 before 3.1, 1.2 label in the 3rd of 4 paragraphs and 2.2 label in the 4th, skills table, intro and conclusion naming every topic, clean, signed declaration.",
)
