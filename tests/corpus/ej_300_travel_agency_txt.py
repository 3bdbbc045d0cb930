"""8587-300 Understanding Good Practice in Coaching: a travel agency branch manager, TXT.

Daniel Whitcombe manages the busiest branch of an independent travel agent and coaches his
travel consultants and a newly promoted assistant branch manager, whom he calls S. He types
the assignment in a text file and tells it as the story of coaching S from first contact to
the last session, stopping along the way for the general points, under plain lines of his
own ("Why bother", "First contact", "Getting it agreed", "Six weeks in", "Afterwards") that
never name a criterion. What is tricky: the barriers are spread over two paragraphs, the
obstacles first and what he does about them second (labelled); safe and ethical practice is
two sentences inside a paragraph about a session where S raised a colleague's record
keeping; knowledge, skills and behaviours are a one-row table with three columns; the model
(GROW with a Topic step) is told through S's goal; tools and monitoring are separate
paragraphs; the purpose of records and reflection and supervision come last. Whitmore,
Downey, Honey and Mumford, Kolb and Schön are cited, an introduction and conclusion touch
every topic, references and a declaration.
"""

from .case import Case, P, SourceFile, T

BLOCKS = [
    P("Coaching in a travel agency - Daniel Whitcombe"),
    P("ILM Level 3 Certificate in Effective Coaching and Mentoring: Understanding Good Practice in Coaching"),
    P("""I manage the busiest branch of an independent travel agent, with six travel consultants
      and, since January, an assistant branch manager. This assignment follows my coaching of
      the assistant manager, who I will call S, and uses it to look at what coaching is for in a
      business like mine, my role and what it asks of me, what gets in the way and how I get
      round it, how I start a coaching relationship and agree it, working safely and ethically,
      the model and tools I use, how we track progress, the records we keep, and why I reflect
      and have supervision."""),
    P("Why bother"),
    P("""Coaching, for me, is helping someone get better at their job by helping them find their
      own answers, rather than telling them what to do, which Downey (2003) describes as the
      non-directive end of the spectrum. In a travel agency the technical side is trained:
      consultants learn the booking systems, the package travel rules and destinations on
      courses. What training does not give them is the judgement to handle a customer whose
      honeymoon resort turned out to be half built, or the confidence to run the branch when I
      am at head office. Coaching builds that, and for the business it means happier customers,
      fewer complaints and refunds, staff who stay, and people ready to step up, which is why
      our operations director asks every branch manager to coach."""),
    P("""As the coach, I am there to help the person think things through and decide, not to
      manage their performance in the session, which I keep separate. My responsibilities are to
      keep to what we agree, prepare properly, listen and ask good questions, challenge them
      kindly, keep what they say confidential within the agreed limits, keep notes, refer them
      elsewhere when something is outside coaching, and keep developing my own practice."""),
    P("What I bring to it:"),
    T(
        ["Knowledge", "Skills", "Behaviours"],
        ["How the branch and the company work; coaching models such as GROW; a few diagnostic tools; the EMCC code and ABTA's code of conduct; where to refer someone",
         "Active listening, open and probing questions, summarising, using silence, giving useful feedback, setting goals, keeping clear notes",
         "Patience, curiosity instead of judgement, keeping my word, and holding back my own answers"],
    ),
    P("""The obstacles in a branch are mostly time and space. Appointments are booked back to
      back, Saturdays in January, our peak booking month, are chaos, and the only private room
      is the back office, which the consultants need for video appointments. People also bring
      their history: S had been 'coached' by a previous manager who used the word for telling
      her off, and she was wary. And because I am her manager, there is a power difference that
      can make her say what she thinks I want to hear."""),
    P("""What I do about it: coaching sessions go in the diary on a Tuesday morning, when the
      branch opens late for staff training, and we use the back office with a sign on the door.
      I explain at the start that coaching is development, not discipline, and I keep anything
      performance-related for our separate one-to-ones, so the two never mix. If the power
      difference still got in the way, our area coach, who works across several branches, can
      coach instead of me."""),
    P("First contact"),
    P("""I did not start with a formal session. I asked S if she had fifteen minutes at the end
      of a quiet Thursday, made us both a coffee and asked what she wanted from the new role and
      what worried her about it. I told her about my own first year as an assistant manager,
      when I sent a family of five to the airport a day early. Mostly I listened. At the end I
      explained what coaching with me would look like and asked her to think about it before
      saying yes, so the choice was hers."""),
    P("Getting it agreed"),
    P("""Agreeing how we will work matters because it builds trust, sets the boundaries between
      coaching and management, and protects us both if there is a misunderstanding later. We
      went through a written agreement at our first session: six sessions of an hour,
      fortnightly, what is confidential and the exceptions (risk to a customer or colleague, or
      a breach of law or of ABTA's rules), what notes I keep and where, how she can see them,
      how to cancel, and how we will finish. Our area manager, as a stakeholder, agreed to the
      time and will hear only the broad goal S chooses to share. We both signed it and S kept a
      copy."""),
    P("""Before we set a goal, S did two things. She rated herself against the company's
      assistant manager competency framework, which has ten areas from stock control to team
      leadership, and she filled in the Honey and Mumford learning styles questionnaire, which
      showed she is a strong activist and a weak reflector, so she likes to learn by having a
      go. We also used a wheel with eight spokes for the parts of her role, which helped her
      choose what to work on, and later we role played a difficult conversation with a customer
      whose flights had been cancelled."""),
    P("Six weeks in"),
    P("""I use GROW (Whitmore, 2017) with a Topic step first, because S tends to arrive with
      three things at once. In our second session the topic was leading the team on Saturdays.
      Her Goal was to run a Saturday without phoning me by the end of March. Reality: she had
      done it twice and phoned me both times, mainly about staffing the front desk. Options: she
      came up with a Saturday huddle at opening, a rota for the desk, and asking the senior
      consultant to be her back-up. Will: she would try the huddle and rota the next Saturday.
      GROW is simple and S could see where we were going, which suits her activist style; its
      limitation is that it can rush to options before the reality is properly explored, so I
      make myself stay longer in the reality stage."""),
    P("""In our fourth session S wanted to talk about a consultant who kept making errors on
      customers' bookings. We kept the focus on how S could handle the conversation, not on the
      colleague. Coaching safely here means following the EMCC Global Code of Ethics and ABTA's
      code of conduct, keeping within UK GDPR for anything about customers' bookings and
      passports, and applying the Equality Act, for example making sure any support plan for the
      colleague took account of her dyslexia. I also made clear that if customers were at risk
      of losing money or their holiday it could not stay within the coaching. S planned the
      conversation and had it the following week."""),
    P("""We checked progress in several ways. Each session started with S rating herself out of
      ten on her goal. She had her competency self-assessment done again after the sixth
      session, which showed movement in team leadership. I asked the senior consultant and two
      others for feedback on how Saturdays were going. And there were hard numbers: the Saturday
      mystery shop score went up, and there were fewer customer complaints about waiting. None
      of these is perfect on its own, but together they showed a real change."""),
    P("Afterwards"),
    P("""The records were the signed agreement, the self-assessments, my session notes and her
      action plan. For me, the notes are a memory between sessions, show the coaching was done
      properly and ethically, and give me something to reflect on and take to supervision. For
      S, the action plan and her own notes remind her what she committed to and show her how far
      she has come, which helped in her probation review. All of it sits in a locked cabinet in
      my office, not her HR file, and will be shredded a year after we finish."""),
    P("""Reflection is what turns coaching experience into better coaching. Kolb (1984) shows
      that we learn by going round the cycle of experience, reflection, thinking and trying
      again, and Schön (1983) describes reflecting both in the moment and afterwards. After each
      session I write a short reflection, and it was this that showed me I was rushing S into
      options. Supervision adds what I cannot see myself: once a month I meet the company's area
      coach, who is an accredited coach, to talk through my coaching. She spotted that I was
      coaching S on management problems I should simply have solved as her manager, which is a
      boundary I had blurred. Without reflection and supervision a coach keeps making the same
      mistakes, and the coachee pays for it."""),
    P("""So coaching S showed me why coaching matters in our branch, my role and what it takes,
      the obstacles and what to do about them, starting and agreeing the relationship, working
      safely and ethically, using GROW and tools, tracking progress, records, and reflection and
      supervision. S ran four Saturdays in April without phoning me."""),
    P("References"),
    P("Downey, M. (2003) Effective Coaching. 2nd edn. London: Texere."),
    P("Honey, P. and Mumford, A. (1992) The Manual of Learning Styles. 3rd edn. Maidenhead: Peter Honey."),
    P("Kolb, D. A. (1984) Experiential Learning. Englewood Cliffs, NJ: Prentice Hall."),
    P("Schön, D. A. (1983) The Reflective Practitioner. New York: Basic Books."),
    P("Whitmore, J. (2017) Coaching for Performance. 5th edn. London: Nicholas Brealey."),
    P("Declaration: I confirm this assignment is my own work. Daniel Whitcombe"),
]

CASE = Case(
    name="ej_300_travel_agency_txt",
    unit="8587-300",
    kind="unstructured",
    files=[SourceFile("Whitcombe coaching assignment.txt", BLOCKS)],
    labels={
        "1.1": "the judgement to handle a customer whose honeymoon resort",
        "1.2": "not to manage their performance in the session",
        "1.3": "Patience, curiosity instead of judgement, keeping my word",
        "1.4": "What I do about it: coaching sessions go in the diary",
        "2.1": "I did not start with a formal session",
        "2.2": "sets the boundaries between coaching and management",
        "2.3": "Coaching safely here means following the EMCC Global Code",
        "3.1": "I use GROW (Whitmore, 2017) with a Topic step first",
        "3.2": "the company's assistant manager competency framework",
        "3.3": "Saturday mystery shop score went up",
        "4.1": "the notes are a memory between sessions",
        "4.2": "Reflection is what turns coaching experience into better coaching",
    },
    expected_checks={"declaration": True, "evidence_matrix": None},
    about="Travel agency branch manager's 8587-300 TXT assignment told as one coachee's journey: barriers over two paragraphs with remedies labelled, ethics two sentences inside a session paragraph, one-row knowledge-skills-behaviours table, GROW with Topic through the coachee's goal, Downey, Honey and Mumford, Kolb, Schön, references, declaration.",
)
