"""8584-200 Understanding Mentoring: a wholesale bakery's night-shift supervisor, essay-like DOCX.

Callum Rhodes supervises the night shift at a wholesale bakery in Stockport and is about to
mentor the bakery's first-year apprentice bakers. He writes one flowing essay under his own
themed headings ("What a mentor actually does", "Why bother?") and never uses the criterion
numbers: the reader has to find 1.1 to 3.3 in the prose. The only table is the skills table
the task asks for (2.1). He drifts between criteria inside sections (barriers and how to get
round them share one section; trust sits inside the feedback section), quotes a bit of
Clutterbuck and Megginson and GROW, and ends with a short reference list. No declaration, no
evidence matrix.

Planted (2): the apprentice he is going to mentor, named in full once when he describes
the situation ("Kayleigh Dunmore") and then by first name in the goals ("Kayleigh").
Clean but tricky: his own name at the top, the bakery (Hollins & Platt Bakers), the
supermarket customers (Booths, Co-op), places (Stockport, Bredbury, Hazel Grove), theorists
(Clutterbuck, Megginson, Whitmore, Egan, Kolb), a job title (the Head Baker), and the
college (Trafford College).
"""

from corpus.case import B, Case, H, P, SourceFile, T

SKILLS = T(
    ["Skill", "What it looks like on the shift", "Why it matters"],
    ["Listening", "Stopping what I am doing, looking at them, letting them finish, not talking over the mixer noise",
     "Apprentices often only say the real problem at the end of a sentence"],
    ["Questioning", "Open questions like 'what happened with that batch?' instead of 'did you forget the salt?'",
     "Gets them thinking for themselves instead of waiting to be told"],
    ["Giving feedback", "Straight after the task, specific, one thing to keep and one thing to change",
     "On nights nobody else is around to tell them how they are doing"],
    ["Role modelling", "Doing the boring hygiene checks properly myself every time",
     "They copy what I do more than what I say"],
    ["Empathy", "Remembering what my first winter of nights felt like",
     "Tiredness and loneliness are why apprentices leave"],
)

BLOCKS = [
    H(0, "Understanding Mentoring - Assignment"),
    P("Callum Rhodes, Night Shift Supervisor, Hollins & Platt Bakers, Bredbury site"),
    P("ILM Level 2 Award in Effective Mentoring Skills, Unit 200"),

    H(1, "Introduction"),
    P("""Hollins & Platt bake bread rolls, teacakes and sandwich loaves for Booths, the Co-op and
      a lot of cafes across Stockport and south Manchester. We run three shifts and the night
      shift, which I supervise, is where the apprentices learn the plant bakery side. We take on
      two or three apprentice bakers a year through Trafford College and last year we lost two
      of the three before Christmas. The Head Baker has asked me to mentor this year's intake,
      so this essay is about how I am going to go about it."""),

    H(1, "What a mentor actually does"),
    P("""Mentoring, as I understand it from the course and from Clutterbuck, is a relationship
      where someone with more experience helps another person to learn and grow, but mostly by
      helping them think rather than by telling them. That makes it different from what I do
      as a supervisor, where I do tell people what to do and check they have done it. It is
      also not the same as the training the college does, which is about the skills of baking,
      and it is not counselling either, if someone has a problem that is bigger than work I
      point them to the occupational health line instead of trying to fix it myself."""),
    P("""So the main parts of the job, as I see it, are: meeting each apprentice regularly at a
      set time, listening to how things are going, helping them set their own targets, sharing
      what I know when it is useful, opening doors for them (getting them a day on the
      confectionery line or with the engineers), and keeping an eye on how they are coping with
      nights. The most important part for me is being someone outside their line of
      management they can be honest with, even though I am on the same shift."""),

    H(1, "Why bother? Where mentoring helps"),
    P("""The benefits for the person being mentored change with where they are. In our bakery the
      obvious one is a new apprentice. Mentoring helps them settle in, understand what is
      expected and stick with the apprenticeship through the first winter, when the early
      mornings and the heat of the ovens put most people off. It links what the college
      teaches on a Tuesday to what they actually do on the line on a Wednesday night."""),
    P("""A second situation is someone who has just been promoted, like a line operator moving up
      to team leader. They know the job but not how to manage their mates, and a mentor who has
      done it can help them through the awkward first months without losing face in front of
      the team they used to be part of."""),
    P("""A third is outside work. I help out at a boxing club in Hazel Grove and the older lads
      there mentor the younger ones. For a 15-year-old who is struggling at school it gives
      them an adult who is not a teacher or a parent, someone who shows them that turning up
      and training hard pays off. The benefit there is confidence and belonging more than
      skills. A fourth would be a small business, like a cafe owner being mentored by someone
      from a bigger firm to help them grow without making expensive mistakes."""),

    H(1, "What could get in the way, and what I will do about it"),
    P("""The first barrier is time and the shift pattern itself. Nights are short-staffed and if
      a line goes down nobody has time for a chat. Mentoring that keeps getting cancelled tells
      the apprentice they are not important, which is the opposite of what I want."""),
    P("""To get round this I am going to book the sessions for the first half hour after the shift
      hand-over at 10pm, before production ramps up, and agree with the Head Baker that this
      time is protected. If it has to move it gets rebooked the same week, not dropped."""),
    P("""The second barrier is that I am also their supervisor. An apprentice may not want to
      admit they are struggling to the person who signs off their timesheets and reports on
      them to the college. They will tell me what they think I want to hear."""),
    P("""I will deal with this by agreeing at the start, in writing, that what is said in mentoring
      stays between us unless it is about safety or food safety, and I will keep the mentoring
      notes separate from the supervisor paperwork. If it still does not work for someone I will
      ask the day shift supervisor to mentor them instead."""),
    P("""The third barrier is the apprentice themselves, some are only 16 or 17 and have never had
      a one-to-one with an adult at work, so they can be very quiet or think they are in trouble.
      The way round this is to hold the first session somewhere less formal, like the canteen,
      explain what mentoring is and is not, and let them talk about anything for the first few
      meetings, even football, until they relax."""),

    H(1, "Skills a mentor needs"),
    P("I think the skills that matter most for mentoring on the night shift are these:"),
    SKILLS,

    H(1, "The model I will follow"),
    P("""I am going to use the GROW model (Whitmore). It has four stages. Goal: what does the
      apprentice want to achieve, for example passing the end-point assessment or being able to
      run the divider on their own. Reality: where are they now, what is going well, what is
      getting in the way. Options: what could they do, and I try to let them come up with at
      least three before I add any of mine. Will (or way forward): what will they actually do,
      by when, and how will we both know it is done. In our bakery each session will end with
      the Will written down in the back of their college logbook so they see it every shift."""),

    H(1, "Asking and listening"),
    P("""Most of my questions at work are closed ones like "is the prover at temperature?" In
      mentoring I need to use more open questions that start with what, how and tell me about,
      because they get the apprentice to explain their thinking. I will use probing questions to
      dig into an answer ("what makes you say that?") and summarising to check I have got it
      right. For listening I want to use what Egan calls SOLER, facing the person, open posture,
      leaning in, eye contact and being relaxed, which sounds obvious but is hard in a noisy
      bakery at midnight, so I will take us off the floor to do it. Active listening also means
      noticing what they do not say, if an apprentice never mentions a certain baker that tells
      me something too."""),

    H(1, "Feedback, and building trust"),
    P("""Feedback needs to be given soon after the event, in private and about what the person
      did, not about them as a person. I will use the praise sandwich less than I used to,
      because apprentices learn to ignore the praise and wait for the "but". Instead I will ask
      them first how they think it went and then give one thing to keep doing and one thing to
      change, with an example from that night. Feedback should go both ways, so I will also ask
      them what I could do differently as their mentor."""),
    P("""Trust takes time. It comes from doing what I say I will do, turning up to every session,
      keeping confidences, and being honest about my own mistakes. I will tell them about the
      time I ruined four hundred teacakes in my first year by setting the oven ten degrees
      too high, because if I admit that they are more likely to own up to their own. Being
      consistent, treating every apprentice the same, and never discussing one apprentice with
      another are also important. Trust will be broken quickly if they hear their business
      repeated on the shop floor."""),

    H(1, "Planning the sessions"),
    P("""Before each session I will look back at my notes from the last one and the action that
      was agreed, and jot down two or three questions to start with. I will use the centre's
      mentoring agreement form in the first session, then a one-page session record for each
      meeting with date, time, what was discussed, goals and actions. Each session will last
      30 to 45 minutes, every fortnight for the first three months. I will also check their
      college timetable so I am not booking a session on a night after a long college day."""),

    H(1, "Goals"),
    P("""The first person I will mentor is Kayleigh Dunmore, who started in September straight
      from school. Examples of goals we might agree: for Kayleigh to be able to set up and run the
      roll plant on her own by the end of January, signed off by the Head Baker; and to finish
      her college food safety module on time by keeping an hour free each Sunday to do it. A
      third, personal one could be to come in feeling rested, by working out a sleep routine
      that fits nights. To make a goal effective I will check it is SMART, that she has worded
      it herself, that it matters to her and not just to me, and that we have agreed how we
      will measure it."""),

    H(1, "Records"),
    P("""The records a mentor needs are the mentoring agreement, a record of each session (date,
      length, topics, goals, actions agreed), notes of progress towards goals, and any feedback
      from the mentee. They are needed so both of us can see progress, so the next session picks
      up where the last left off, and to show the college and the company what has been done.
      The main considerations are confidentiality and GDPR: notes are kept in a locked drawer in
      the supervisor's office, not on the shared drive, only kept as long as needed, and the
      mentee can see anything I write about them. I will write them up the same night while it
      is fresh and only write facts and agreed actions, not opinions about the person."""),

    H(1, "References"),
    P("Clutterbuck, D. (2014) Everyone Needs a Mentor. 5th edn. London: CIPD."),
    P("Megginson, D. and Clutterbuck, D. (2005) Techniques for Coaching and Mentoring. Oxford: Elsevier."),
    P("Whitmore, J. (2017) Coaching for Performance. 5th edn. London: Nicholas Brealey."),
    P("Egan, G. (2014) The Skilled Helper. 10th edn. Belmont: Brooks/Cole."),
]

CASE = Case(
    name="t_8584_200_bakery_b_docx",
    unit="8584-200",
    kind="structured-docx",
    files=[SourceFile("Callum Rhodes unit 200 assignment.docx", BLOCKS)],
    labels={
        "1.1": "being someone outside their line of management they can be honest with",
        "1.2": "an adult who is not a teacher or a parent",
        "1.3": "Mentoring that keeps getting cancelled tells the apprentice",
        "1.4": "keep the mentoring notes separate from the supervisor paperwork",
        "2.1": "Gets them thinking for themselves instead of waiting to be told",
        "2.2": "let them come up with at least three before I add any of mine",
        "2.3": "noticing what they do not say",
        "2.4": "one thing to keep doing and one thing to change",
        "2.5": "ruined four hundred teacakes in my first year",
        "3.1": "check their college timetable so I am not booking a session",
        "3.2": "to be able to set up and run the roll plant on her own",
        "3.3": "only write facts and agreed actions, not opinions",
    },
    expected_checks={
        "declaration": False,
        "evidence_matrix": None,
        "identifying": ["Kayleigh Dunmore", "Kayleigh"],
    },
    about="Night-shift bakery supervisor; one flowing essay under his own themed headings with no criterion numbers, barriers and remedies interleaved, trust inside the feedback section, skills table; apprentice named in full then by first name; no declaration.",
)
