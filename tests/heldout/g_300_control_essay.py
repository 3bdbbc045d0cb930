"""8587-300 Good Practice in Coaching: a fire control watch manager's essay, Word saved as PDF.

Carys Pritchard is a watch manager in a joint fire control room (999 call handling and
mobilising). She wrote one continuous essay in Word and saved it as PDF: a title and a
reference list, no headings and no criterion numbers anywhere. She answers in her own
words and her own order (she starts with contracting stories before the coach's role, puts
the model before the tools, and records and supervision last), and she splits the barriers
(1.4) over two paragraphs far apart: organisational barriers early, the coachee's own
barriers near the end (labelled in the second).

Clean, but full of traps: her own role and her line manager ("my group manager, Mrs
Ellison"), shift patterns with weekdays and months, theorists in running text (Whitmore,
Clutterbuck, Kolb, Hawkins, Garvey, Passmore), models (GROW, OSKAR), organisations (EMCC,
the Association for Coaching, NFCC, ICO), places, a product name (the Vision command and
control system) and pseudonyms ("Operator A", "Coachee 2"). She signs a declaration.
"""

from corpus.case import Case, H, P, SourceFile

BLOCKS = [
    H(0, "Coaching in a Fire Control Room: Purpose, Practice and Ethics"),
    P("""ILM Level 3 Certificate in Effective Coaching and Mentoring. Unit 8587-300 written
      assignment. Carys Pritchard, Watch Manager, Joint Fire Control, Severnside Fire and
      Rescue Service. Submitted March 2026."""),

    # 1.1 purpose in an organisational context
    P("""Our control room takes every 999 call for fire in two counties and mobilises the
      appliances. A watch is eight to ten control operators working four on, four off, days
      and nights, and most of what they learn they learn in the chair with a live caller. For
      years our answer to any performance question was more training: another module on the
      Vision command and control system, another refresher on persons reported calls. What
      training cannot do is help an experienced operator think through why they freeze on a
      particular type of call, or how they want to grow into a crew manager role. That is what
      I understand coaching to be for here. Whitmore's definition, unlocking a person's
      potential to maximise their own performance, fits well, because the knowledge is
      already in the room. In our service the purpose of coaching is to help operators turn
      experience into confidence, to keep good people in a job with high sickness and
      turnover, and to grow our own supervisors rather than recruiting them in. The NFCC
      leadership framework talks about developing people at every level and coaching is how
      a watch manager actually does that between calls."""),

    # 2.1 starting the relationship
    P("""The way a coaching relationship starts in a control room decides whether it goes
      anywhere. Operators are used to being assessed: every call is recorded and sampled, so
      when a watch manager says "can we have a chat" most people assume they are in trouble.
      When I started coaching Operator A last autumn I did three things that I would now
      recommend to any coach. First, I asked rather than assigned: I put a note on the watch
      board that I had coaching slots and let people come to me. Second, the first meeting
      was in the quiet room on a day shift, not at my desk on the floor, and I spent most of
      it asking what a good shift looks like for them and listening. Third, I was open about
      myself: I told her about my own first year, when I mobilised the wrong station to a
      house fire and could not sleep for a week. Rapport came from that story more than from
      anything I asked. A short written profile of me as a coach, shared before the first
      session, also helps the coachee decide if I am the right person."""),

    # 1.2 role and responsibilities
    P("""I want to be clear about what the coach's role is, because in my job I wear several
      hats. On the floor I am a supervisor: I allocate work, I listen back to calls and I
      can start a capability process. As a trainer I tell people how Vision works. As a
      coach I do neither. The coach's role is to hold a space in which the coachee does the
      thinking, sets their own goals and finds their own solutions, with the coach asking,
      listening and challenging. Clutterbuck describes this as helping someone to learn
      rather than teaching them. The responsibilities follow from that. Before coaching, the
      coach agrees the contract and checks the coachee actually wants it. During it, the
      coach keeps sessions to time, keeps confidences within the agreed limits, keeps
      records, and notices when something is beyond coaching (a health issue, a grievance)
      and refers on. At the end, the coach reviews the goals with the coachee and closes the
      relationship properly rather than letting it drift. The hardest responsibility for me
      is to stop being the manager who fixes it, and to hand the problem back to the
      coachee even when I know the answer to it."""),

    # 2.2 contracting
    P("""Contracting is the part new coaches skip and then regret. The reason for it is that
      both people, and the organisation paying for the time, need the same picture of what
      this is: what it is for, how often, where, what is written down, who sees it and what
      happens if either of us wants to stop. Without that, a coachee on my own watch could
      reasonably wonder whether what they say will come up at their appraisal. My process
      has three steps. An informal conversation first, to check the coachee wants coaching
      and that I am not the wrong coach (I will not coach someone I am currently managing
      through a conduct issue). Then a written agreement at the first session covering
      goals, six sessions of an hour every third set of days, our confidentiality limits, how
      notes are stored, and what my group manager, Mrs Ellison, will be told, which is
      attendance and themes only. Finally we revisit the contract at session three, because
      the goal often changes once people start talking. Shift patterns make the frequency
      clause matter more than usual: a session cancelled for a spate of calls is rebooked,
      not lost."""),

    # 2.3 safe and ethical practice
    P("""Safe and ethical coaching in an emergency service has some edges that an office may
      not. Confidentiality is the core of it, but it has limits that I state up front: if
      a coachee tells me something that puts the public or a colleague at risk, such as
      working while unfit after a night out, I have to act on it, and I would tell them
      before I did. I follow the EMCC Global Code of Ethics and our service's own equality
      and dignity at work policy, and I am careful about the Equality Act 2010 when coaching
      someone with a disability or a reasonable adjustment in place. There are also conflicts
      of interest. Coachee 2 applied for a crew manager post on a board I was sitting on, so
      I declared it and paused our sessions until the board was over. Practical safety
      matters too: we never coach in the operations room itself, and a coachee who has just
      taken a distressing call is offered the trauma support line, not a coaching session.
      Ethical practice for me means knowing which conversation this is."""),

    # 1.4 barriers, part one (organisational)
    P("""Some barriers to coaching in control are built into the job. Time is the obvious
      one: the room has minimum staffing, so taking two people off the floor for an hour is
      not always possible, and a major incident wipes out whatever was planned. We have
      dealt with this by holding sessions at the start of day shifts before the busy period
      and by asking the rota team to show coaching as planned abstraction. Space is another:
      the only private room doubles as the welfare room. Culture is the third. Control rooms
      have a strong tell-me-what-to-do culture because on a live call that is exactly right,
      and some colleagues see coaching as soft. I have found that the best way past that is
      results people can see, so I asked two coachees to talk at a watch meeting about what
      coaching had done for them."""),

    # 3.1 managing the process with a model
    P("""To manage the coaching itself I use the GROW model, which I learnt from Whitmore and
      which suits people who are used to structured call scripts. In the Goal stage the
      coachee says what they want from the session and from the programme as a whole. In
      Reality we look at what is happening now and what they have already tried. Options is
      where I have to sit on my hands: the coachee lists possible ways forward and I only
      add one if they ask. Will ends with a specific action and a date. With Operator A the
      goal across the programme was to take persons reported calls without handing over to a
      colleague; in one session we spent forty minutes in Reality because she needed to talk
      through one call before she could look forward. Managing the process means letting the
      model bend like that while keeping the whole series moving: I plan each session from
      the notes of the last, I keep an eye on the six-session contract, and I use the last
      session to review and close. I have also tried OSKAR, which starts from the outcome
      and what is already working; it suits confident operators better than anxious ones."""),

    # 3.2 tools and techniques
    P("""Alongside the model I use a few tools to find out how someone prefers to work and to
      pin down goals. A wheel of eight areas of control work (call handling, mobilising,
      radio, systems, stress, teamwork, knowledge of the area, leadership) which the
      coachee scores from one to ten; the low scores usually become the goals, and scoring
      it again later shows movement. A learning styles conversation based on Kolb's cycle,
      which tells me whether someone wants to try things on a live shift first or read the
      procedure first, so I can shape the actions to suit them. Scaling questions during a
      session ("on a scale of one to ten, how confident are you taking a multi-pump call
      now?") to turn a vague goal into a measurable one. And call replays, where the coachee
      chooses one of their own recorded calls to listen to with me, which often shows them
      the goal before I ask. Every goal we write ends up SMART, but it is the coachee's
      wording, not mine."""),

    # 1.3 skills, knowledge, behaviours
    P("""What does a coach in our setting need? In skills, active listening and open
      questioning above all, then summarising, giving and receiving feedback, goal setting
      and keeping clear notes. In knowledge, the coach needs to understand coaching models,
      the code of ethics and the limits of confidentiality, data protection, and where to
      refer people, and it helps to know control work well enough to understand what the
      coachee is describing without taking over. In behaviours: patience, curiosity,
      honesty, respect for the coachee's right to choose their own way, and the discipline
      to keep appointments on a watch where everything else is urgent. I learnt the
      difference between a skill and a behaviour the hard way. I could ask good questions in
      a session and still undo the work by finishing the coachee's sentences on the floor
      the next night."""),

    # 3.3 monitoring and reviewing
    P("""Progress is monitored and reviewed in several ways. At the start of each session the
      coachee reports back on the action agreed last time and we look at what got in the
      way. Every second session we rescore the control room wheel so the coachee can see
      movement on the areas they chose. Where the coachee agrees, I look at the call quality
      sampling scores, which are an objective measure already collected by the service, and
      I ask a crew manager for informal feedback on the behaviours the coachee is working on.
      At the end we hold a review session against the original goals and the coachee writes
      a short reflection on what has changed. For Operator A the measure was simple and it
      was hers: she stopped handing over persons reported calls by the end of February."""),

    # 1.4 barriers, part two (the coachee and the coach)
    P("""Not every barrier is about rotas. Some sit with the coachee. People who have been
      through a capability process before can hear coaching as monitoring by another name,
      and they go quiet or give the answers they think I want. Others are exhausted after
      nights and cannot think about development at all. The remedy is to let the coachee
      choose the shift and the hour, to be scrupulous about keeping notes separate from
      performance files, and to say so often. Some barriers sit with me as the coach: I am
      their watch manager, so there is a power gap no contract fully removes. Where that gap
      is too big, I arrange coaching with a coach from another watch instead, so the
      coachee is never coached by the person who writes their appraisal."""),

    # 4.1 records
    P("""Coaching records matter to both people. For the coachee, the written agreement and
      the action notes are a record of what they committed to and a way of seeing their own
      progress across months when shifts blur together. For me as the coach, session notes
      mean I can pick up where we left off three sets of shifts later, they show the
      programme is doing what was agreed, and they protect us both if there is ever a
      dispute about what was said. I keep a contract, brief session notes with the agreed
      actions, the wheel scores and my own reflective log. The coachee gets a copy of the
      notes and can ask for anything to be changed. Under UK GDPR and the ICO's guidance we
      keep only what is needed, store it in a restricted folder rather than on the shared
      drive, and delete it twelve months after the programme ends."""),

    # 4.2 reflection and supervision
    P("""Finally, reflection and supervision. I would argue they are not optional extras. Kolb
      shows that learning only happens when experience is reflected on, and a coach who does
      not reflect simply repeats the same session with different people. Schön's reflection
      in action is what lets me notice, mid-session, that I am about to give advice. My log
      after each session has caught my habits more than once. Supervision goes further
      because nobody can see their own blind spots. Hawkins and Smith describe supervision as
      protecting the coachee, developing the coach and keeping the work to standard, and I
      have felt all three. In January my supervisor, a coach from the training department,
      pointed out that all my goals with Coachee 2 were about the next promotion board,
      which was my agenda, not his. Without supervision I would have gone on coaching him
      towards a job he did not want. In a room where operators carry distressing calls
      home, supervision is also where the coach puts down what they have heard. Garvey
      argues that unsupervised coaching can do harm, and in an emergency service I agree."""),

    P("""I confirm that this assignment is my own work and that all sources are acknowledged.
      Signed: Carys Pritchard. Date: 9 March 2026."""),

    H(1, "References"),
    P("Clutterbuck, D. (2014) Everyone Needs a Mentor. 5th edn. London: CIPD."),
    P("EMCC Global (2023) Global Code of Ethics for Coaches, Mentors and Supervisors."),
    P("Garvey, B., Stokes, P. and Megginson, D. (2018) Coaching and Mentoring: Theory and Practice. 3rd edn. London: Sage."),
    P("Hawkins, P. and Smith, N. (2013) Coaching, Mentoring and Organizational Consultancy. 2nd edn. Maidenhead: Open University Press."),
    P("Kolb, D. (1984) Experiential Learning. Englewood Cliffs: Prentice Hall."),
    P("Passmore, J. (ed.) (2021) Excellence in Coaching. 4th edn. London: Kogan Page."),
    P("Whitmore, J. (2017) Coaching for Performance. 5th edn. London: Nicholas Brealey."),
]

CASE = Case(
    name="g_300_control_essay",
    unit="8587-300",
    kind="unstructured",
    files=[SourceFile("CPritchard 8587-300 assignment.pdf", BLOCKS)],
    labels={
        "1.1": "grow our own supervisors rather than recruiting them in",
        "1.2": "hand the problem back to the coachee",
        "1.3": "finishing the coachee's sentences on the floor",
        "1.4": "coached by the person who writes their appraisal",
        "2.1": "Rapport came from that story",
        "2.2": "we revisit the contract at session three",
        "2.3": "I declared it and paused our sessions",
        "3.1": "letting the model bend like that",
        "3.2": "the low scores usually become the goals",
        "3.3": "I look at the call quality sampling scores",
        "4.1": "delete it twelve months after the programme ends",
        "4.2": "coaching him towards a job he did not want",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": None,
        # her group manager, her supervisor's role, theorists and "Operator A"/"Coachee 2" are not identifying
        "identifying": [],
    },
    about="Fire control watch manager's 300 essay as a Word PDF: no headings or AC numbers, own order, barriers split over two far-apart paragraphs; clean, many theorists and a line manager.",
)
