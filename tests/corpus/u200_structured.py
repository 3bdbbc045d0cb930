"""8584-200 Understanding Mentoring: a structured Word assignment from a care home.

Aisha Rahman, senior care assistant, is about to mentor new care assistants. She uses
Heading styles: "Task 1" at level 1, each AC at level 2 with headings worded in several
ways ("AC 1.1 ...", "Task 1.2 - ...", "1.4 ...", "AC2.5 ..."). Task 2.1 is a table, as
the brief asks. Cover table, declaration, introduction and a reference list.
"""

from .case import B, Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "Unit 200 Understanding Mentoring – Assignment"),
    T(
        ["Learner name", "Aisha Rahman"],
        ["Learner registration no.", "R7731904"],
        ["Centre", "Pennine Care Training (centre no. 412873)"],
        ["Unit", "8584-200 Understanding Mentoring"],
        ["Date of submission", "14 March 2025"],
    ),
    P("""Declaration of authenticity: I confirm that this assignment is my own work and that
      any work taken from other sources has been referenced."""),
    P("Signed: A. Rahman     Date: 14/03/2025"),
    H(1, "Introduction"),
    P("""I work as a senior care assistant at Meadowbank, a 48 bed residential and nursing home
      for older people, many of whom live with dementia. Our manager has asked me to become a
      mentor for new care assistants during their first three months, because we lose a lot of
      new starters in the first weeks. This assignment covers what I have found out about the
      mentoring role before I start."""),

    H(1, "Task 1 – The mentor's role, benefits and barriers"),
    H(2, "AC 1.1 The role of an effective mentor"),
    P("""Mentoring is when a more experienced person supports a less experienced person to learn
      and grow, mostly by helping them think things through for themselves rather than telling
      them what to do. In my role the mentor is there for the new care assistant as a person
      they can go to who is not their line manager, so they can ask the questions they might
      feel silly asking the nurse in charge."""),
    P("""The main activities of my role will be meeting my mentee regularly, helping them agree
      what they want to get out of the mentoring, listening to how they are finding the work,
      sharing my own experience when it helps, and encouraging them to reflect on their shifts.
      I will also be a role model, so I need to show the standards I expect, for example how
      I speak to residents and families. An important part is knowing where the role stops. I
      am not their supervisor, so I do not do their supervisions or appraisals, and I am not
      a trainer, because the induction training and the Care Certificate are done by our
      training lead. I am also not a counsellor. If a mentee brings something personal that
      is beyond me, I signpost them to the employee assistance line. A good mentor keeps
      what is said confidential, keeps the focus on the mentee's own development, and keeps
      simple notes of what was agreed so we can look back at progress."""),

    H(2, "Task 1.2 – Benefits of mentoring in different situations"),
    P("""Mentoring can help people in lots of different places, not just in care. Below are
      three situations where I think mentoring adds value."""),
    P("""Situation 1 – new care assistants at Meadowbank. Many of our new starters have never
      worked in care. The first weeks can be a shock, especially nights and end of life care.
      Having a mentor means they have someone to talk to after a hard shift, they settle in
      quicker and they are more likely to stay. It also helps them link what they learned on
      the Care Certificate to what actually happens on the floor."""),
    P("""Situation 2 – a college student on placement. Health and social care students come to
      us for placements. A mentor helps them set goals that match their course, gives them
      feedback on their practice and helps them build confidence to speak to residents, which
      means they get more from the placement and can evidence it for college."""),
    P("""Situation 3 – a small business owner. My brother-in-law runs a small plumbing firm
      and he has a mentor through a local business network. The mentor helps him with goal
      setting and with things like pricing and taking on his first apprentice, which he says
      stopped him making expensive mistakes. In a small firm there is nobody else to ask, so
      the mentor fills that gap."""),
    P("""In all three situations the person being mentored gains confidence, becomes more
      independent and gets support with their development without it being a formal
      performance process."""),

    H(2, "AC 1.3 Potential barriers"),
    P("""There are a few things that could stop the mentoring at Meadowbank being effective."""),
    P("""Time and shift patterns. We work twelve hour shifts on a rota and it is hard to find
      a time when both of us are on duty and not needed on the floor. If sessions keep getting
      cancelled because we are short staffed, the mentee will feel they are not a priority and
      the relationship will not build."""),
    P("""The environment. There is nowhere private on the units. Talking in the lounge or the
      corridor means residents, visitors or colleagues can overhear, so the mentee will not
      be open about what they are struggling with."""),
    P("""Trust and willingness. Some new starters think the mentor is there to check up on
      them and report back to the manager. If they see me as part of management they will
      only tell me what they think I want to hear. Some people also just do not want a mentor,
      especially if they have worked in care before."""),
    P("""Individual needs. One of our new starters has dyslexia and English is not the first
      language for several others, so written goals and long forms could be a barrier for
      them if I do not adapt how I work."""),

    H(2, "1.4 Overcoming the barriers"),
    P("""For time and shift patterns, I will agree the sessions in advance with the unit manager
      and put them on the rota as protected time, the same as training. We agreed that
      mentoring will usually happen in the quieter part of the afternoon, after lunches and
      before the tea round. If a session has to be cancelled I will rebook it straight away
      rather than leaving it, so the mentee sees it matters."""),
    P("""For the environment, I have asked to use the small training room on the ground floor
      which can be booked. If it is not free we can use the garden room when residents are
      not using it, or meet before the shift starts."""),
    P("""For trust and willingness, in the first meeting I will explain clearly what mentoring
      is and what it is not, and we will write a simple mentoring agreement together that
      says what is confidential and the few times I would have to share something, such as a
      safeguarding concern. If a mentee really does not want me, or we do not get on, I would
      offer to find them a different mentor, because forcing it will not work."""),
    P("""For individual needs, I will ask each mentee how they prefer to work. For the mentee
      with dyslexia I can record goals in short bullet points or on a voice note, and for
      mentees whose first language is not English I will check understanding by asking them
      to tell me back in their own words rather than just asking 'is that OK?'."""),

    H(1, "Task 2 – Preparing myself for the mentoring"),
    H(2, "AC 2.1 Key skills"),
    P("The table below sets out the key skills I think I need to be an effective mentor."),
    T(
        ["Skill", "What it involves", "Why it matters for mentoring"],
        ["Active listening", "Giving full attention, not interrupting, nodding, summarising back what I heard",
         "The mentee feels heard and I understand the real issue, not just the first thing they say"],
        ["Questioning", "Using open questions to explore, closed questions to check facts, probing questions to go deeper",
         "Helps the mentee work out their own answers instead of me telling them"],
        ["Empathy", "Putting myself in their shoes, remembering how my own first night shift felt",
         "Builds the relationship and makes it safe to talk about mistakes"],
        ["Giving feedback", "Being specific and balanced, talking about what I saw rather than the person",
         "Helps the mentee improve without knocking their confidence"],
        ["Being non-judgemental", "Keeping an open mind and not reacting with shock or criticism",
         "The mentee will be honest about what went wrong, so we can learn from it"],
        ["Role modelling", "Showing good practice in how I treat residents, families and colleagues",
         "New starters copy what they see far more than what they are told"],
    ),

    H(2, "Task 2.2 – The GROW model"),
    P("""The model I am planning to use is the GROW model, which was made popular by John
      Whitmore. It is simple to remember, which matters because our sessions will be short. It
      has four stages."""),
    P("""G – Goal. We agree what the mentee wants to get out of this session and out of the
      mentoring overall. For example a new starter might want to feel confident supporting
      residents at mealtimes."""),
    P("""R – Reality. We look at where they are now. I would ask what is happening at the moment,
      what they have tried and what has got in the way. This stops us jumping to solutions
      too early."""),
    P("""O – Options. The mentee comes up with different things they could do, for example
      shadowing one of our experienced carers on the dementia unit at lunchtime, reading the
      eating and drinking care plans, or asking the speech and language therapist's advice.
      I try to hold back my own ideas until they have had a go."""),
    P("""W – Will (or Way forward). The mentee chooses what they will actually do and by when,
      and how committed they are. I would ask them to score their commitment out of ten and
      if it is below seven we look again at the option."""),
    P("""At Meadowbank I will use GROW in every session, and at the start of the next session we
      review the actions from the last 'Will' stage, so the model becomes a cycle."""),

    H(2, "AC 2.3 Questioning and listening"),
    P("""Questioning and listening are probably the most important tools I have as a mentor,
      because the aim is for the mentee to find their own solutions."""),
    P("""I will mainly use open questions, which start with words like what, how and tell me,
      for example 'How did you feel the handover went this morning?' These get the mentee
      talking and show me how they see things. Probing questions then help us go deeper, such
      as 'What exactly did the resident's daughter say?' or 'What would you do differently?'.
      Closed questions have their place too, mostly to check facts or agree actions, for
      example 'So you will ask to shadow Maria on Thursday?'. I will try to avoid leading
      questions like 'You should have told the nurse, shouldn't you?' because they put my
      answer in the mentee's mouth."""),
    P("""Listening is just as important. Active listening means giving my full attention, so I
      will leave my phone and bleep with the nurse in charge during a session. I will use
      eye contact and nod, allow silences rather than rushing to fill them, and summarise
      back what I have heard, for example 'So the main thing worrying you is the hoist, not
      the personal care itself?'. This checks I have understood and often helps the mentee
      hear their own thinking. I will also watch body language, because a new carer might
      say they are fine while looking exhausted."""),

    H(2, "2.4 Giving feedback"),
    P("""Feedback in mentoring should help the mentee develop, so it needs to be honest but
      supportive. Where possible I will ask the mentee to give themselves feedback first, by
      asking 'How do you think it went?', because people accept feedback more when they have
      already noticed it themselves."""),
    P("""When I give my own feedback I will use the feedback sandwich for newer mentees: start
      with something they did well, then the area to improve, then finish with encouragement.
      For example: 'You were really patient with Mr B at breakfast. Next time, try to tell him
      what you are going to do before you move his chair, so he doesn't get startled. You are
      getting the hang of the routine quickly.' Some people see through the sandwich, so with
      more confident mentees I will be more direct and just describe what I saw and the
      effect it had, then ask what they could try next time."""),
    P("""I will give feedback as close to the event as possible, in private and never in front
      of residents, and I will talk about the behaviour and not the person. I will also ask for
      feedback on my mentoring so that it works both ways."""),

    H(2, "AC2.5 Developing trust"),
    P("""Trust will take time to build, especially because some new staff assume a senior
      carer will report everything back to the manager. The most important thing I can do is
      be clear about confidentiality from the start. In the mentoring agreement I will explain
      that what we discuss stays between us unless it is a safeguarding issue or something that
      puts residents or staff at risk, and that if that happens I will tell them first before
      I pass it on. Then I have to stick to that every single time."""),
    P("""I will also build trust by doing what I say I will do – turning up on time, following up
      on anything I offered to find out, and not cancelling sessions. Being open about my own
      mistakes helps too. I still remember crying in the car park after my first death on
      shift, and telling a mentee that kind of thing shows them it is normal to find the job
      hard and that I will not judge them."""),
    P("""Setting boundaries is part of trust as well, for example agreeing that mentoring
      conversations do not happen over social media. Showing respect, listening properly and
      remembering what they told me last time all show the mentee that I take them seriously."""),

    H(1, "Task 3 – Organising the mentoring"),
    H(2, "3.1 Planning mentoring sessions"),
    P("""Before the first session I will ask the mentee to fill in a short needs questionnaire
      that I have adapted from one our training lead uses. It asks them to rate their confidence
      from 1 to 5 on areas like personal care, moving and handling, dementia care, record
      writing and talking to families, and what they hope to get from a mentor. This shows me
      the gaps in skills or confidence so the sessions are based on their needs and not what
      I assume."""),
    P("""In the first meeting we will agree a mentoring agreement covering how often we meet,
      how long for, where, confidentiality, and what both of us are responsible for. I plan
      to meet each mentee every two weeks for around an hour over three months, in the
      training room, at a time agreed with the unit manager and put on the rota. Before each
      session I will look at my notes from the last one and the actions agreed so we can start
      with a review, and I will think about what questions might help, but I will not plan
      the whole conversation because the mentee should set the agenda. After each session I
      will update the mentoring diary and book the next date before we leave the room."""),

    H(2, "AC 3.2 Examples of goals"),
    P("""Goals in mentoring need to be SMART – specific, measurable, achievable, realistic and
      time-bound – so that both of us can tell whether they have been achieved. Two examples
      of goals I might agree with a new care assistant are:"""),
    B("""Goal 1: By the end of her sixth week, to complete a full moving and handling assessment
      on her own using the hoist, signed off by the moving and handling trainer."""),
    B("""Goal 2: Within the next month, to write daily care notes for her allocated residents on
      every shift that the nurse in charge does not need to send back for corrections."""),
    P("""For a mentee who is struggling with confidence, a goal might be about behaviour
      rather than a task, for example to introduce herself to two visiting families each shift
      for the next two weeks. Before agreeing any goal I will check the mentee really wants it
      and how committed they are, because a goal I set for them is less likely to happen. I
      will also make sure the goal stretches them a bit but is still achievable with the
      support available, and we will review progress at every session."""),

    H(2, "Task 3.3 Records"),
    P("""Keeping records is important because it shows what has been agreed, lets both of us
      see progress over time and protects both the mentee and me if there is ever a question
      about what was said. The records I will keep are the mentoring agreement, the needs
      questionnaire, a short session record for every meeting (date, time, what we discussed,
      goals and actions agreed, and the date of the next session), and my own reflective
      mentoring diary where I note what went well and what I could do better as a mentor."""),
    P("""The main considerations are confidentiality and data protection. The records will only
      be about the mentoring, will be factual, and will be kept in a locked drawer in the
      training room or in a password-protected folder, not on my personal phone. Under
      the UK GDPR I should only keep what I need and for as long as I need it, so we will
      agree that notes are shredded six months after the mentoring ends. The mentee will be
      able to see anything I write about them, which also helps with trust. For this
      qualification I will use initials or 'Mentee A' rather than names."""),

    H(1, "References"),
    P("Clutterbuck, D. (2014) Everyone Needs a Mentor. 5th edn. London: CIPD."),
    P("Whitmore, J. (2017) Coaching for Performance. 5th edn. London: Nicholas Brealey."),
    P("Skills for Care (2024) The Care Certificate. Available at: www.skillsforcare.org.uk (accessed 2 March 2025)."),
]

CASE = Case(
    name="u200_structured",
    unit="8584-200",
    kind="structured-docx",
    files=[SourceFile("assignment.docx", BLOCKS)],
    labels={
        "1.1": "employee assistance line",
        "1.2": "brother-in-law runs a small plumbing firm",
        "1.3": "nowhere private on the units",
        "1.4": "garden room when residents are not using it",
        "2.1": "remembering how my own first night shift felt",
        "2.2": "score their commitment out of ten",
        "2.3": "leave my phone and bleep with the nurse in charge",
        "2.4": "tell him what you are going to do before you move his chair",
        "2.5": "crying in the car park",
        "3.1": "short needs questionnaire",
        "3.2": "introduce herself to two visiting families",
        "3.3": "shredded six months after the mentoring ends",
    },
    expected_checks={"declaration": True, "evidence_matrix": None, "identifying": []},
    about="Care home senior carer; Heading styles, headings worded several ways, skills table, reference list.",
)
