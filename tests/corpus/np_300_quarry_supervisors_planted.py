"""8587-300 Understanding Good Practice in Coaching: a quarrying company's operations training manager, DOCX without heading styles, planted.

Dean Horrocks is Operations Training Manager for a family-owned aggregates company with four
quarries in the Ribble Valley and Craven, and writes his 300 about coaching newly promoted
Shift Supervisors, drawing on a short trial he ran with three of them. Typed in Word
without heading styles: his "1.1 ..." lines are Normal paragraphs, a cover block, two
tables (skills/knowledge/behaviours and tools), references and a signed declaration.

Planted (3): a trial coachee's full name signing a feedback quote he pastes in 1.1
("Liam Greenhalgh"); another trial coachee's Quarry Manager named in the barriers answer
("Trevor Ackroyd"); a third trial coachee's first name alone in the monitoring answer
("Bev").

Clean but tricky: his own name and ILM number, the tutor the cover asks for ("Tutor:
Janice Whitworth"); companies and kit named after people (Heidelberg Materials, formerly
Hanson, Tarmac, Breedon, Caterpillar, Terex Finlay, JCB, Volvo); the HSE, MPQC and the
Institute of Quarrying; places (Clitheroe, Skipton, Settle, Grassington, Pendle Hill);
pubs (the Craven Heifer, the Dog and Partridge); Burnley and Blackburn Rovers; models and
theorists (GROW and Whitmore, the OSCAR model of Gilbert and Whittleworth, Downey's
spectrum, Starr's "The Coaching Manual", Grant, Kline, Hawkins and Smith, Myers-Briggs);
SafetyCulture and Teams; capitalised job titles (Shotfirer, Quarry Manager, Weighbridge
Supervisor, Area Operations Director).
"""

from .case import B, Case, H, P, SourceFile, T

BLOCKS = [
    P("ILM Level 3 Certificate in Effective Coaching and Mentoring"),
    P("Unit 8587-300 Understanding Good Practice in Coaching within an Organisational Context"),
    P("Learner: Dean Horrocks    ILM no: 58830417    Tutor: Janice Whitworth"),
    P("Organisation: Craven & Ribble Stone Ltd    Word count: approx. 3,000"),
    P("Title: Coaching new Shift Supervisors in our quarries"),

    H(1, "Introduction"),
    P("""Craven & Ribble Stone is a family-owned business with four limestone quarries near
      Clitheroe, Settle, Skipton and Grassington, an asphalt plant and a ready-mix yard, about
      260 staff in all, with a fleet of Volvo dump trucks and JCB telehandlers. The Clitheroe
      quarry sits in the shadow of Pendle Hill. We compete with much bigger players such as Heidelberg Materials (still
      called Hanson by most of the lads), Tarmac and Breedon. Each quarry runs two shifts, and
      each shift has a Shift Supervisor who is usually promoted from plant operator or
      Shotfirer. This assignment sets out how coaching can help those supervisors and how it
      should be done well. In the autumn I ran a small trial with three supervisors, which I
      refer to throughout."""),

    H(1, "1.1 Purpose of coaching in our organisation"),
    P("""Coaching is a conversation that helps someone improve their own performance by raising
      their awareness and responsibility, rather than by telling them what to do (Whitmore,
      2017). It is shorter term and more focused on specific goals than mentoring, and the
      coach does not need to be an expert in the coachee's job. In our business the purpose
      is to turn good operators into good supervisors. A new Shift Supervisor may know every
      bolt on a Caterpillar 988 loader or a Terex Finlay screen but has never had to challenge a mate who has taken
      his seat belt off, deal with a haulier who is abusive at the weighbridge, or run a
      toolbox talk that people actually listen to. Quarrying is one of the highest-risk
      industries the HSE regulates, and most of our near misses involve people and
      communication, not machinery. Coaching helps supervisors find their own way of leading
      that they will stick to under pressure. It also supports retention and succession,
      because the next generation of Quarry Managers will come from these supervisors. The
      trial showed the point better than I can:"""),
    P("""\"I thought coaching would be another course. It was more like someone making me think
      about the stuff I'd been avoiding, like the tipper drivers. I've done two toolbox talks
      since that I'd never have done in summer.\" – Liam Greenhalgh, Shift Supervisor"""),

    H(1, "1.2 Role and responsibilities of an effective coach"),
    P("""The coach's role is to help the coachee think, set goals and act. This is different from
      the other roles a supervisor meets. A trainer or the MPQC assessor teaches and assesses
      a set standard. A line manager gives direction and holds people to account. A mentor
      shares their own experience as someone who has done the job. A coach mainly asks,
      listens and challenges, and sits towards the non-directive end of Downey's (2003)
      spectrum, only offering suggestions when the coachee is stuck and asks. Responsibilities
      through the relationship:"""),
    B("""Initiation: meet the coachee informally, explain what coaching is and isn't, check they
      want it, and agree a contract, including with their Quarry Manager where relevant."""),
    B("""During coaching: hold sessions as agreed, keep the focus on the coachee's goals,
      maintain confidentiality within the agreed limits, keep records, and manage the
      boundary with therapy or disciplinary matters by referring on."""),
    B("""Completion: review progress against the goals, help the coachee plan how to keep
      developing, close the relationship properly and evaluate it."""),
    P("""The coach is also responsible for their own competence: working only within their
      experience, getting supervision and knowing when to refer someone to occupational health,
      the Employee Assistance line or their manager."""),

    H(1, "1.3 Skills, knowledge and behaviours of an effective coach"),
    T(
        ["Skills", "Knowledge", "Behaviours"],
        ["Active listening, including hearing what isn't said", "A coaching model and how to use it",
         "Non-judgemental, even about someone who has had a bad shift"],
        ["Open and powerful questions", "The company's structure, policies and safety rules",
         "Patient: lets the coachee find their own answer"],
        ["Summarising and reflecting back", "Ethics, confidentiality and data protection",
         "Honest and consistent, does what they say"],
        ["Goal setting and challenging", "Where to refer people for help",
         "Respectful of people who left school at 16 and know the job better than the coach"],
        ["Building rapport quickly on a noisy site", "How adults learn and change",
         "Self-aware: knows their own bias"],
    ),
    P("""The knowledge column is what a coach knows, the skills are what they can do, and the
      behaviours are how they come across. The EMCC competence framework and the ILM code
      were my starting point but I have put these in our own words."""),

    H(1, "1.4 Overcoming potential barriers to coaching"),
    P("""Coach barriers: our coaches will be managers and senior staff with no coaching
      background who are used to giving orders. The risk is that coaching turns into
      instruction. To overcome it, every coach will do a two-day skills course, run with the
      Institute of Quarrying, practise in trios, and have supervision from me."""),
    P("""Coachee barriers: supervisors may see coaching as a sign they are failing, and many are
      not used to talking about themselves. We will present it as development for everyone
      newly promoted, not remedial, and the first sessions will be about practical problems
      they choose, which builds confidence in the process."""),
    P("""Organisational barriers: shift patterns and production pressure. When a crusher goes
      down nobody is going to sit in the office for an hour. Sessions will be booked at shift
      handover with cover arranged, and can be rearranged without penalty. The second barrier
      is managers wanting to know what was said. In the trial one supervisor's Quarry Manager,
      Trevor Ackroyd, kept asking me what his supervisor had talked about, and the supervisor
      noticed and went quiet. The fix is a three-way contract at the start that agrees what
      the manager will and will not hear, and a word with the Area Operations Director so
      that all Quarry Managers hear the same message."""),

    H(1, "2.1 Methods to initiate a productive working relationship"),
    P("""The first contact will be face to face on the coachee's own site, not a summons to head
      office, ideally over a brew in the site cabin. The coach explains how coaching works and
      asks what the supervisor hopes to get out of it. Rapport comes from genuine interest, a
      bit of humour and using their language (not HR language). Trust comes from being clear
      about confidentiality from the first meeting, doing exactly what was promised, and from
      the coach admitting they don't know the coachee's job as well as the coachee does. A
      short chemistry meeting also lets either side say it isn't a good match before anything
      starts. In the trial, the supervisor I clicked with fastest was the one I first met on
      the quarry floor in a hi-vis, not in the boardroom."""),

    H(1, "2.2 Contracting in coaching: why and how"),
    P("""Contracting is agreeing the what, how and why of coaching before it begins. The rationale
      is that it sets clear expectations, protects the coachee (especially about
      confidentiality), protects the coach from being pulled into a management role, and
      gives the company a way to see that coaching time is well used. Without a contract the
      manager issue above is almost certain to happen. The process has three steps:"""),
    B("a three-way meeting with the coachee and their Quarry Manager to agree broad goals and what feedback the manager will get (attendance and general progress only);"),
    B("a one-to-one contract between coach and coachee covering the number and length of sessions (six of an hour), venue, cancellation, confidentiality and its limits, records, and how to end early;"),
    B("a review of the contract at the midpoint and a closing review."),
    P("""The limits of confidentiality must be spelled out: if anything is disclosed that puts
      someone at risk, breaks the law or breaches the Quarries Regulations 1999, the coach has
      to act on it."""),

    H(1, "2.3 Safe and ethical coaching practice"),
    P("""Safety in a quarry is literal. Coaching sessions must not happen in an operational area,
      and the coach must sign in and follow site rules like anyone else. Confidentiality is
      the main ethical issue: notes are kept securely and not shared with managers, and
      coachees are told exactly who can see what. Conflicts of interest must be managed: no
      one will coach someone they line manage or are related to (not unusual in a family
      firm), and if a disciplinary matter comes up during coaching the coach steps out of
      it. Coaches must respect different values, for example an older supervisor who thinks
      "talking about feelings" is soft, without pushing their own. They must work within
      their competence and refer on anything like stress, drink or family crisis. We will
      adopt the EMCC Global Code of Ethics and I will be available to any coach who is unsure
      what to do."""),

    H(1, "3.1 Managing the coaching process with a recognised model"),
    P("""I propose GROW (Whitmore, 2017) as the main model and the OSCAR model (Gilbert and
      Whittleworth, 2009) for review sessions. GROW moves through Goal, Reality, Options and
      Will. For example: Goal – run a toolbox talk about reversing vehicles that the drivers
      will take seriously. Reality – last time half of them were on their phones and he
      rushed it. Options – use a real near miss from our own site, get a driver to help,
      hold it in the canteen instead of the yard. Will – which one, when, and how will you
      know it worked? Across six sessions the coach manages the process by setting the
      overall goal in session one, using GROW within each session, and using OSCAR's Outcome,
      Situation, Choices, Actions and Review in the middle and last sessions to review
      progress. Strengths of GROW: it is simple, easy to remember in a site cabin, and it ends
      in action, which suits practical people. Weaknesses: it can be done mechanically, and it
      can rush to Options before the Reality is understood, which Kline would say is the
      biggest mistake a coach can make. It also assumes the goal is clear, which for a new
      supervisor it often isn't, so the first session may be spent almost entirely on Goal."""),

    H(1, "3.2 Coaching tools and techniques"),
    T(
        ["Tool / technique", "What it is", "How it helps identify preferences and agree goals"],
        ["Supervisor wheel", "A wheel with eight parts of the role (safety, production, people, paperwork…) scored 1–10",
         "The coachee picks the lowest score they want to improve, so the goal is theirs"],
        ["Myers-Briggs or a simple preferences questionnaire",
         "Indicates how someone prefers to take in information and make decisions",
         "Helps plan how they like to work, e.g. a reflective person may want time to think between sessions"],
        ["Scaling questions (Grant)", "\"On a scale of 1 to 10, how confident are you at...?\"",
         "Makes progress visible and helps set a realistic next step (from 4 to 6, not 4 to 10)"],
        ["Video or photo of a toolbox talk", "With permission, record a talk on a phone and review it together",
         "Shows the coachee their own habits and lets them choose what to change"],
    ),
    P("""I would use two or three of these per coachee, not all, depending on what they prefer.
      Several trial supervisors did not like questionnaires, so the wheel, drawn on the back of
      a permit form, worked better for them."""),

    H(1, "3.3 Monitoring and reviewing progress"),
    P("""Method 1: a review at the start of every session of the actions agreed last time, with
      the coachee rating progress on a 1–10 scale. This keeps momentum and shows trends, but
      relies on honest self-report. Method 2: evidence from work, such as the number of
      toolbox talks delivered, near-miss reports raised by the shift, or SafetyCulture
      inspection scores. This is objective but can be affected by things outside the
      coachee's control. Method 3: a midpoint and final three-way review with the Quarry
      Manager, which checks whether others see a change. In the trial, Bev set her own
      measure, that the weighbridge complaints log would have fewer entries in December than
      October, and she checked it herself each week, which meant she owned the result. Using
      self-rating, hard evidence and a three-way view together gives a fairer picture than any
      one of them."""),

    H(1, "4.1 Purpose of coaching records for coach and coachee"),
    P("""For the coach, records provide continuity between sessions, show how the coachee is
      progressing, give material for supervision and reflection, and are evidence that the
      contract was kept. For the coachee, records are a reminder of their goals and actions,
      a place to note their own reflections, and evidence of development for their appraisal
      if they choose to use it. Types of record: the signed contract, a brief session record
      (date, length, goal, key points, actions), the coachee's own action sheet, tool results
      such as the wheel, and a final evaluation form. Best practice is to keep records
      factual, brief and free of opinions about the person, agree with the coachee what is
      written, store them securely in a restricted Teams channel or locked cabinet and not in
      the personnel file, and keep them only as long as needed under UK GDPR and the Data
      Protection Act 2018. Coachees have the right to see what is written about them."""),

    H(1, "4.2 Why reflective practice and supervision matter"),
    P("""A coach who does not reflect will keep making the same mistakes without noticing them.
      In the trial my own notes showed I asked closed questions whenever a supervisor was
      talking about a safety issue, because I slipped back into being a manager. I only saw
      that by reflecting after each session. Reflection is what turns experience into
      learning. Supervision adds something reflection alone cannot: another person who can see
      your blind spots, support you when a session has been hard, and check your practice is
      ethical. Hawkins and Smith describe supervision as developing the coach, resourcing
      them and assuring quality. Without it, coaches in a small family company could easily
      collude with a coachee against a manager, take sides in a family dispute, or miss signs
      of stress in someone working twelve-hour shifts next to a 40-metre quarry face. The cost
      of getting that wrong is not a bad appraisal but someone getting hurt. Supervision also
      protects the coaches, who will be hearing difficult things on top of their own jobs.
      That is why I will supervise the coaches monthly and why I will have supervision
      myself from the centre."""),

    H(1, "Conclusion"),
    P("""Coaching is a practical way to develop the Shift Supervisors our quarries depend on.
      With a clear contract, a simple model, trained coaches and proper supervision, I believe
      we can roll it out to all eight shifts this year. The trial ended with a pint at the
      Craven Heifer, and the next one will start after the Dog and Partridge darts night,
      which is the only time I can get everyone in one place (apart from when Burnley play
      Blackburn Rovers)."""),

    H(1, "References"),
    P("Downey, M. (2003) Effective Coaching. 2nd edn. London: Texere."),
    P("Gilbert, A. and Whittleworth, K. (2009) The OSCAR Coaching Model. Monmouth: Worth Consulting."),
    P("Grant, A. (2011) 'Solution-focused coaching', in Passmore, J. (ed.) Supervision in Coaching. London: Kogan Page."),
    P("Hawkins, P. and Smith, N. (2013) Coaching, Mentoring and Organizational Consultancy. 2nd edn. Maidenhead: Open University Press."),
    P("Kline, N. (1999) Time to Think. London: Cassell."),
    P("Starr, J. (2016) The Coaching Manual. 4th edn. Harlow: Pearson."),
    P("Whitmore, J. (2017) Coaching for Performance. 5th edn. London: Nicholas Brealey."),
    P("""Declaration: I confirm this assignment is my own work and that I have acknowledged the
      work of others. Signed: D Horrocks    Date: 28 March 2025"""),
]

CASE = Case(
    name="np_300_quarry_supervisors_planted",
    unit="8587-300",
    kind="numbered-unstyled",
    files=[SourceFile("D Horrocks 300 coaching assignment v3.docx", BLOCKS)],
    labels={
        "1.1": "most of our near misses involve people and communication",
        "1.2": "only offering suggestions when the coachee is stuck and asks",
        "1.3": "Respectful of people who left school at 16",
        "1.4": "every coach will do a two-day skills course",
        "2.1": "first met on the quarry floor in a hi-vis",
        "2.2": "protects the coach from being pulled into a management role",
        "2.3": "Safety in a quarry is literal",
        "3.1": "it can rush to Options before the Reality is understood",
        "3.2": "drawn on the back of a permit form",
        "3.3": "gives a fairer picture than any one of them",
        "4.1": "a place to note their own reflections",
        "4.2": "not a bad appraisal but someone getting hurt",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": None,
        "identifying": ["Liam Greenhalgh", "Trevor Ackroyd", "Bev"],
    },
    about="Quarry operations training manager's 300, Word typed without heading styles, planted: a trial coachee's full name signing a pasted feedback quote, another coachee's Quarry Manager named, a third coachee's first name alone; look-alikes Heidelberg Materials/Hanson/Tarmac/Breedon/Caterpillar/Terex Finlay, HSE/MPQC, Clitheroe/Settle/Pendle, Craven Heifer, Burnley, GROW/OSCAR/Downey's/Kline/Grant, tutor on the cover.",
)
