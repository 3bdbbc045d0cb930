"""8584-200 Understanding Mentoring: a railway station customer service team leader, DOCX.

Marcus Oyelaran leads a customer service shift at a busy mainline station and is about to
mentor newly recruited station assistants. He has no numbers anywhere: under each outcome
(its title as Heading 1) he pastes the handbook's wording as a Heading 2 and answers below
it. Most headings are the criterion's text, but for 1.2 and 3.1 he pasted the longer task
wording instead, and he merged 1.3 and 1.4 under one heading of his own ("Potential barriers
to effective mentoring and how to overcome them") with the barriers in one paragraph and the
ways round them in the next. The key skills for 2.1 are a table, as the task asks. A header
line, an introduction and a conclusion touch every topic in passing, there is a reference
list, and a signed declaration closes it.
"""

from .case import Case, H, P, SourceFile, T

BLOCKS = [
    P("Wessex & Downs Railway - Learning Academy - INTERNAL"),
    H(0, "Understanding Mentoring"),
    P("ILM Level 2 Award in Effective Mentoring Skills"),
    T(
        ["Learner", "Marcus Oyelaran"],
        ["Job title", "Customer Service Team Leader, Kingsmead Central"],
        ["Centre", "Wessex & Downs Railway Learning Academy"],
        ["Submitted", "7 March 2025"],
    ),
    H(1, "Introduction"),
    P("""Our station is taking on eleven new station assistants this spring as part of the
      franchise's customer service recovery plan, and I have been asked to mentor two of them
      through their first six months. This assignment looks at what a mentor actually does,
      how mentoring helps people in different situations, what can get in the way, the skills
      a mentor needs, the GROW model, questioning and listening, feedback and trust, and
      finally how I will plan sessions, agree goals and keep records. I have tried to write it
      about Kingsmead rather than in general terms."""),

    H(1, "Understand the role of the mentor and the benefits of mentoring"),
    H(2, "Describe the role of an effective mentor"),
    P("""A mentor is a more experienced colleague who helps someone else learn and grow in their
      own way and at their own pace. It is not the same as being their trainer, who teaches
      the rules and the ticket machines, or their line manager, who sets their rota and deals
      with discipline. On the station the mentor is the person a new assistant can go to and
      say "I froze on the platform when the train was cancelled" without it going on their
      record. The main activities are meeting regularly, helping the mentee work out what
      they want to get better at, listening, asking questions that make them think, sharing
      my own experience when it helps, giving honest feedback, and pointing them towards
      other people (the Employee Assistance Programme, the union rep, the trainer) when
      something is outside what I can help with. An effective mentor keeps the focus on the
      mentee's development, not on fixing things for them, and knows where their role stops."""),
    H(2, """Outline the main benefits of the mentoring you are about to undertake by describing at
      least three situations where the mentoring will add value"""),
    P("""New starters after induction. The two week induction covers safety and ticketing but
      nothing prepares you for the 17:42 being cancelled in front of four hundred commuters.
      A mentor gives a new assistant somewhere to take that experience apart afterwards, so
      they build confidence rather than dread, and we keep them past the first three months,
      which is when most leavers go."""),
    P("""Returning to work after an incident. Station staff do get assaulted or abused. When a
      colleague comes back after time off, mentoring can help them rebuild their confidence on
      the gateline at their pace, and notice early if they need more support than the station
      can give."""),
    P("""Career development. Several assistants want to move into dispatch, revenue protection
      or control. A mentor who has done those jobs can help them understand what the role
      really involves, plan the experience they need and prepare for the assessment centre."""),
    P("""Outside work, the same benefits apply in the community rail partnership's volunteer
      group, where older volunteers mentor young people on a Duke of Edinburgh placement, and
      in small businesses like the station coffee kiosk, where there is no HR department and a
      new owner can learn a lot from someone who has done it before."""),
    H(2, "Potential barriers to effective mentoring and how to overcome them"),
    P("""The biggest barrier here is time and shifts. We work a three-shift rota over seven
      days, so the mentee and I can go a fortnight without being on together, and when we are,
      disruption can cancel a session at no notice. A second barrier is that I am a team
      leader, so a new assistant may see me as a boss and only tell me what they think I want
      to hear, which defeats the point. A third is the environment: the mess room is noisy and
      everyone can hear you, and nobody will talk about a bad day with a guard making toast
      next to them."""),
    P("""To get round the rota problem I will book sessions in the rostering system as protected
      time at the start of a shift we share, agree a back-up date every time, and use a short
      phone call if a session is lost to disruption. For the power problem I will ask for my
      mentees to be people I do not directly line manage, explain at the start that what we
      discuss is not part of their performance review, and stick to that. For the environment
      I will use the small training room on the concourse mezzanine, which can be booked, or
      walk and talk along the quiet end of platform 9 if it is taken."""),

    H(1, "Understand what makes a mentor effective in their role"),
    H(2, "List the key skills required to be an effective mentor"),
    P("The table below sets out the skills I think matter most for mentoring at the station."),
    T(
        ["Skill", "What it involves", "Why it matters at Kingsmead"],
        ["Active listening", "Giving full attention, noticing tone and body language, summarising back",
         "New staff often hide how shaken they are after a hard shift"],
        ["Questioning", "Mainly open questions, closed ones to check facts",
         "Helps the mentee find their own answers instead of copying mine"],
        ["Giving feedback", "Specific, timely, balanced and about behaviour not personality",
         "People improve faster when they know exactly what worked"],
        ["Empathy", "Seeing the situation from the mentee's side without judging",
         "Many have never worked in a public-facing safety role before"],
        ["Role modelling", "Doing what I ask them to do, on the platform as well as in sessions",
         "They will copy what they see more than what they are told"],
    ),
    H(2, "Describe a mentoring model or process that can be followed when mentoring"),
    P("""I am going to use the GROW model (Whitmore, 2017). Goal: we agree what the mentee wants
      from the session or the next few weeks, for example handling complaints at the ticket
      office. Reality: we look at where they are now, what happened last time, what they have
      tried. Options: they come up with as many ways forward as possible and I add ideas only
      once they have run dry. Way forward (or Will): they choose one or two actions, with a
      date, and we check how committed they are out of ten. GROW fits the station because it
      is quick to learn, it can be run in a forty-minute slot, and it ends every session with
      something practical to try on the next shift."""),
    H(2, "Explain how to use questioning and listening techniques to support individuals being mentored"),
    P("""I will mostly use open questions such as "What happened when the gate line jammed?" or
      "How would you handle it differently?" because they get the mentee talking and thinking
      rather than waiting for me to give the answer. Closed questions have a place for checking
      facts ("Did you radio control?") and probing questions help go deeper ("What made you
      decide to close the barrier?"). I will avoid leading questions, which just get them to
      agree with me. For listening, I will give full attention, put my radio on the low
      channel, let silences run, and summarise back what I heard so they can correct me. This
      shows the mentee that what they say matters and it often helps them hear their own
      thinking more clearly, which is when they start solving things themselves."""),
    H(2, "Describe how to give feedback within a mentoring role"),
    P("""Feedback in mentoring should help the mentee learn, not judge them. I will ask them to
      assess themselves first, then use the CEDAR approach: Context (what was going on),
      Examples (what I actually saw, such as how they spoke to a customer with a wheelchair
      at the ramp), Diagnosis (we talk about why it went well or not), Actions (what they will
      try next) and Review (we check at the next session). I will give it as soon as I can
      after the event, in private, and make sure the positive points are real, not padding."""),
    H(2, "Describe how the mentor can develop trust with individuals they are mentoring"),
    P("""Trust takes time. In the first meeting we will agree ground rules on confidentiality,
      and I will be honest that I would have to pass on anything about safety or safeguarding,
      so there are no nasty surprises later. After that, trust comes from being reliable: turning
      up, remembering what they told me last time, doing what I said I would do. Sharing some
      of my own mistakes from my first year, like misdirecting a whole family to the wrong
      Reading train, shows them I am not there to judge. I will also respect their decisions
      even when I would have chosen differently."""),

    H(1, "Understand how to organise mentoring"),
    H(2, """Explain your method for planning effective mentoring sessions and how you will plan to
      use any forms or templates as evidence"""),
    P("""Before the first session I will ask each mentee to fill in the Academy's self-assessment
      form against the station assistant competencies, which shows where they feel confident
      and where there are gaps. At the first meeting we will go through it and sign a
      mentoring agreement covering how often we meet (fortnightly for forty to sixty
      minutes), where, confidentiality and how either of us can end it. Before each later
      session I will look at my notes from the last one and their action, book the training
      room, and have a rough idea of the area we might cover, but the mentee chooses the topic
      on the day. The self-assessment, agreement and session notes templates will go in my
      portfolio as evidence."""),
    H(2, "State examples of goals that would be agreed in an effective mentoring session"),
    P("""Goals need to be SMART and belong to the mentee. Examples I would expect to agree:"""),
    P("""- To deal with a passenger complaint at the ticket office from start to finish without
      calling a supervisor, at least three times, by the end of April."""),
    P("""- To pass the platform dispatch assessment by September, having shadowed a dispatcher for
      four shifts first."""),
    P("""- To use the public address system for a disruption announcement on my own within
      the next month, after practising with the scripts in the training room."""),
    P("""Before agreeing any goal I will check the mentee's commitment and that it is within their
      control, and we will break bigger goals into steps we can review."""),
    H(2, "Explain what records are required when mentoring an individual"),
    P("""I will keep the signed mentoring agreement, the self-assessment form, brief notes of each
      session (date, length, topic, actions agreed) and a progress review at three and six
      months. These records are needed so both of us can see progress, so actions are not
      forgotten between shifts, and as evidence for the qualification. Because notes may contain
      personal information they must follow GDPR: kept in a locked drawer or password-protected
      folder, only what is needed, factual rather than opinion, shared with the mentee, and
      destroyed when the mentoring ends unless they agree otherwise. Anything about safety is
      recorded and passed on under the company's policy, not kept in mentoring notes."""),

    H(1, "Conclusion"),
    P("""Writing this has made me see mentoring as a separate role from team leading. The
      benefits for new assistants are clear, the rota and my position are the main risks, and
      GROW, good questions, honest feedback and careful records give me a plan to start with."""),
    H(1, "References"),
    P("Whitmore, J. (2017) Coaching for Performance. 5th edn. London: Nicholas Brealey."),
    P("Clutterbuck, D. (2014) Everyone Needs a Mentor. 5th edn. London: CIPD."),
    P("ILM (2021) Level 2 Award in Effective Mentoring Skills: Qualification Handbook."),
    P("""Declaration: I confirm that this assignment is my own work and that all sources have been
      acknowledged. Signed: Marcus Oyelaran   Date: 07/03/2025"""),
]

CASE = Case(
    name="sj_200_station_docx",
    unit="8584-200",
    kind="structured-docx",
    files=[SourceFile("Oyelaran 8584-200 Understanding Mentoring.docx", BLOCKS)],
    labels={
        "1.1": "the person a new assistant can go to",
        "1.2": "nothing prepares you for the 17:42 being cancelled",
        "1.3": "The biggest barrier here is time and shifts",
        "1.4": "book sessions in the rostering system as protected time",
        "2.1": "New staff often hide how shaken they are",
        "2.2": "they choose one or two actions, with a date",
        "2.3": "put my radio on the low channel",
        "2.4": "how they spoke to a customer with a wheelchair",
        "2.5": "misdirecting a whole family to the wrong Reading train",
        "3.1": "fill in the Academy's self-assessment form",
        "3.2": "pass the platform dispatch assessment by September",
        "3.3": "kept in a locked drawer or password-protected folder",
    },
    expected_checks={"declaration": True, "evidence_matrix": None},
    about="Station team leader's 200 with no numbers: handbook criterion or task wording pasted as headings, 1.3 and 1.4 merged under one own heading in two paragraphs, skills table, topic-listing intro and conclusion, references, signed declaration.",
)
