"""8584-200 Understanding Mentoring: a Cornish marina's operations supervisor, DOCX, clean.

Tamsin Rowe supervises the berthing team at a (fictional) marina on the Fal and is about to
mentor a new marina assistant, whom she calls "Mentee A". Her centre's
template numbers the brief's tasks ("Task 1" to "Task 11") as Word headings with the criterion
in brackets, and the skills for 2.1 are a table as the brief asks. No declaration, no evidence
matrix. Nothing to flag, but plenty that looks like a name: theorists (Clutterbuck, Megginson,
Kram, Whitmore, Kline, Pendleton, Covey, Maslow), places (Falmouth, Penryn, St Mawes,
Flushing), organisations (the RYA, Falmouth Marine
School, the Harbour Commissioners, CIPD, UK GDPR), a boat called Kittiwake, job titles
(Harbour Master, Marina Manager, Dockmaster) and "Mentee A".
"""

from corpus.case import B, Case, H, P, SourceFile, T

SKILLS = T(
    ["Skill", "What it looks like", "Why it matters for Mentee A"],
    ["Active listening", "Eye contact, nodding, summarising back, not checking the radio mid-sentence",
     "A new starter will not say they are lost unless they think you are really listening"],
    ["Questioning", "Open questions first, probing questions to go deeper, closed ones to check facts",
     "Helps Mentee A work out answers on the pontoons when I am not there"],
    ["Empathy", "Remembering what my own first season felt like and saying so",
     "Most new starters find the first gale on the pontoons frightening"],
    ["Giving feedback", "Specific, soon after the event, balanced, about behaviour not the person",
     "So mistakes with mooring lines are learnt from, not hidden"],
    ["Role modelling", "Wearing a lifejacket on the pontoons every time, even in flat calm",
     "New staff copy what we do far more than what we say"],
)

BLOCKS = [
    H(0, "Unit 200 Understanding Mentoring - Assignment"),
    P("Tamsin Rowe | Operations Supervisor | Carrick Quay Marina, Falmouth"),
    P("""Context: I supervise a team of five marina assistants who berth visiting and resident boats,
      run the fuel berth and look after the pontoons. This spring we take on a new marina assistant
      from Falmouth Marine School and I have been asked to be their mentor. I refer to them as
      Mentee A throughout."""),

    H(1, "Task 1 - The role of an effective mentor (1.1)"),
    P("""Mentoring is a relationship where a more experienced person helps someone less experienced
      to learn and grow, mostly by helping them think things through rather than by telling them.
      Megginson and Clutterbuck describe it as off-line help with significant transitions in
      knowledge, work or thinking. It is different from training (teaching a set skill like tying
      a bowline), from coaching (short and focused on performance in a task) and from counselling
      (dealing with personal problems, which I would refer on). The mentor is not the line
      manager either: in my case Mentee A's line manager is the Dockmaster, and that separation
      matters."""),
    P("""The main activities of the mentor are: agreeing how the relationship will work; helping the
      mentee set goals; meeting regularly and listening; sharing experience when it helps;
      challenging and encouraging; giving honest feedback; keeping records; and knowing when
      to refer to someone else. In practice at the marina I will be the person Mentee A can ask the
      "stupid questions" that they will not ask in front of the crew, and someone who helps them
      plan their first season rather than just survive it."""),

    H(1, "Task 2 - Benefits of mentoring in a range of situations (1.2)"),
    P("""Starting a new job. For Mentee A the biggest benefit will be settling in faster. A marina
      has its own language (finger pontoons, walk-ashore berths, springs, the visitors' hammerhead)
      and its own dangers. A mentor shortens the time it takes to feel competent and makes it more
      likely they stay past the first winter, which many new starters do not."""),
    P("""After training. Mentee A will do the RYA Powerboat Level 2 course in May. Training on its own
      fades quickly; a mentor can help them use what they learnt, for example by talking through
      their first solo tow of a broken-down yacht off St Mawes and what they would do differently."""),
    P("""Career development. Later on, mentoring helps someone work out where they want to go, for
      example towards the Harbour Master's office or into the boatyard. Kram talks about the career
      functions of mentoring, such as sponsorship and exposure, as well as the psychosocial ones."""),
    P("""Volunteering and community. I also help at the sailing club in Flushing, where older members
      mentor teenagers who want to become dinghy instructors. There the benefit is confidence and
      independence: young people who would not speak up at a briefing start to run one."""),

    H(1, "Task 3 - Potential barriers (1.3)"),
    P("""Time and seasonality: in July and August the marina is full and nobody has time to sit down,
      so mentoring sessions are the first thing to be dropped."""),
    P("""Environment: our only private space is the portacabin by the fuel berth, which is noisy and
      people walk in and out. A mentee will not talk openly there."""),
    P("""Willingness and trust: a new starter may see the mentor as a spy for management, especially
      if the mentor also supervises them some of the time, as I will."""),
    P("""Individual needs: some of our trainees are 16 or 17, which brings safeguarding into it, and
      some have dyslexia, which affects written records and reading the tide tables."""),

    H(1, "Task 4 - Overcoming the barriers (1.4)"),
    P("""Time: book the sessions into the rota in March and April before the season starts, keep them
      shorter in the summer (half an hour rather than an hour), and treat them like a booked berth,
      not something to cancel when it gets busy. Explaining to the Marina Manager what the marina
      gets out of it (staff staying longer) will help keep the time protected."""),
    P("""Environment: meet somewhere neutral. In winter that can be the café upstairs before opening;
      in summer a walk along the breakwater works well and takes the pressure off eye contact."""),
    P("""Trust and willingness: agree a written mentoring agreement at the start that makes clear I
      will not pass on what is said to the Dockmaster except for safety matters, and that Mentee A
      can ask for a different mentor with no questions asked."""),
    P("""Individual needs: for a 16 or 17 year old, meet in an open place and follow the marina's
      safeguarding policy; for a mentee with dyslexia, use voice notes or pictures rather than
      written records, and agree this with them, not for them."""),

    H(1, "Task 5 - Key skills (2.1)"),
    P("""The table sets out the skills I think matter most for a mentor at the marina."""),
    SKILLS,

    H(1, "Task 6 - A mentoring model (2.2)"),
    P("""I plan to use GROW, which came out of Whitmore's work, because it is simple enough to use on a
      pontoon as well as in a meeting. Goal: what does Mentee A want from this session, and from
      the season? Reality: where are they now, what has happened, what have they tried? Options:
      what could they do, including the things they have not thought of? Will (or Way forward): what
      will they actually do, and by when? For example, if the goal is to berth a 40-foot yacht in a
      crosswind, Reality might be that they have only done it in calm weather; Options could be
      watching me do three, practising with Kittiwake (our workboat) on a windy day, or asking a
      skipper to talk them in. The Will step gets them to commit to one. I will also keep in mind
      Clutterbuck's five stages of the relationship as a whole (rapport, direction, progression,
      winding down, moving on) so that the mentoring has a proper ending in the autumn."""),

    H(1, "Task 7 - Questioning and listening (2.3)"),
    P("""Questioning. I will use open questions ("What happened when the fuel pump tripped?") to get
      Mentee A talking, then probing questions ("What did you check first, and why?") to help them
      understand their own thinking. Closed questions still have a place for checking facts ("Did
      you log the time?") but I will try not to lead ("You called the office, didn't you?") because
      that gives them the answer. Hypothetical questions help with safety ("What would you do if a
      child fell in off the hammerhead?").
      """),
    P("""Listening. Active listening means giving full attention, summarising what I heard and
      checking I have understood before offering anything. Kline's idea of a "thinking
      environment" is useful here: if I do not interrupt, the mentee often gets to their own answer.
      I will also listen to what is not said, such as a new starter who goes quiet whenever the
      Harbour Commissioners' launch comes alongside, which might mean they are nervous of being
      watched. Using silence and not rushing to fill it is the part I need to practise most."""),

    H(1, "Task 8 - Giving feedback (2.4)"),
    P("""I will give feedback soon after the event, in private, and about what was done, not about the
      person. Pendleton's rules suit a mentoring relationship because the mentee speaks first: I ask
      them what went well, then I add what I saw go well, then I ask what they would do differently,
      and only then add my own suggestions. For example, after Mentee A's first fuel berth shift I
      would ask how they thought it went before mentioning that they left the nozzle on the pontoon.
      I will also use the BOOST checklist (balanced, observed, objective, specific, timely) to check
      my own feedback. Praise needs to be as specific as criticism or it sounds like flattery."""),

    H(1, "Task 9 - Developing trust (2.5)"),
    P("""Trust grows from doing what you say you will do. If I book a session I turn up; if I say I will
      find out about the Powerboat course dates, I do it that day. Covey calls this making deposits in
      an emotional bank account. Setting clear boundaries at the start also builds trust: Mentee A
      needs to know what stays between us and the few things that do not (safety, safeguarding,
      anything illegal), and that I will tell them first if I ever have to pass something on. Being
      open about my own mistakes helps too. I once let a visiting yacht's bow line go before the
      stern was secured and it swung into the pontoon in front of a dozen people, and telling that
      story tends to make new staff relax. Finally, Maslow reminds me that someone who does not feel
      safe will not take risks in their learning, so the basics (proper kit, a named person to
      call on night shifts) come first."""),

    H(1, "Task 10 - Planning effective sessions (3.1)"),
    P("""Before the first session I will send Mentee A a short questionnaire asking what they want to
      get out of mentoring, what worries them about the job and how they like to learn. At the first
      meeting we will agree the mentoring agreement: how often (fortnightly, an hour, then half an
      hour in the summer), where (the café or the breakwater, never the portacabin), how to cancel,
      confidentiality and how long it lasts (March to October). I will use the marina's induction
      checklist as a skills gap analysis so we both see what is still to learn. Before each session
      I will reread my notes, check the tide times so we are not interrupted by a busy slack water,
      and think of two or three questions to open with. After each session we both write the agreed
      actions down."""),

    H(1, "Task 11 - Examples of goals (3.2) and records (3.3)"),
    P("""Goals need to be SMART and, ideally, written by the mentee so they own them. Two examples for
      Mentee A:"""),
    B("""Berth a visiting yacht of up to 12 metres in a crosswind of Force 4 or less, without help, by
      the end of June, signed off by the Dockmaster."""),
    B("""Complete RYA Powerboat Level 2 in May and carry out three supervised tows in the workboat by
      the end of July."""),
    P("""A softer goal might also be agreed, such as speaking up at the morning briefing at least once
      a week by May. I would check commitment by asking how important each goal is to them on a
      scale of one to ten."""),
    P("""Records. A mentor should keep the signed mentoring agreement, the goals, a short record of
      each session (date, length, topics, actions and progress) and notes on their own learning as a
      mentor. These matter because they show progress over time, remind both of us what was agreed,
      and are evidence for any qualification. They have to be kept in line with UK GDPR: only what is
      needed, stored securely (our locked cabinet in the office at Penryn, not on the shared drive),
      shared only with consent, and destroyed when the mentoring ends unless the mentee asks to keep
      them. I will refer to the mentee as Mentee A in anything that leaves the marina, such as this
      assignment."""),

    H(1, "References"),
    P("Clutterbuck, D. (2014) Everyone Needs a Mentor. 5th edn. London: CIPD."),
    P("Covey, S. (1989) The 7 Habits of Highly Effective People. New York: Free Press."),
    P("Kline, N. (1999) Time to Think. London: Ward Lock."),
    P("Kram, K. (1985) Mentoring at Work. Glenview: Scott Foresman."),
    P("Megginson, D. and Clutterbuck, D. (1995) Mentoring in Action. London: Kogan Page."),
    P("Whitmore, J. (2017) Coaching for Performance. 5th edn. London: Nicholas Brealey."),
]

CASE = Case(
    name="v_8584_200_marina_docx",
    unit="8584-200",
    kind="structured-docx",
    files=[SourceFile("Tamsin Rowe Unit 200.docx", BLOCKS)],
    labels={
        "1.1": "the person Mentee A can ask the",
        "1.2": "their first solo tow of a broken-down yacht off St Mawes",
        "1.3": "our only private space is the portacabin by the fuel berth",
        "1.4": "takes the pressure off eye contact",
        "2.1": "not checking the radio mid-sentence",
        "2.2": "practising with Kittiwake (our workboat) on a windy day",
        "2.3": "a new starter who goes quiet whenever the",
        "2.4": "they left the nozzle on the pontoon",
        "2.5": "making deposits in an emotional bank account",
        "3.1": "check the tide times so we are not interrupted",
        "3.2": "speaking up at the morning briefing at least once",
        "3.3": "our locked cabinet in the office at Penryn",
    },
    expected_checks={"declaration": False, "evidence_matrix": None, "identifying": []},
    about="Cornish marina supervisor's 200 assignment DOCX: 'Task n - ... (1.1)' headings, last task answering 3.2 and 3.3 together, skills table, GROW and Clutterbuck, references; clean but name-like theorists, St Mawes/Flushing/Mylor places, a boat, Harbour Commissioners; no declaration.",
)
