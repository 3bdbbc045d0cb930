"""8587-300 Understanding the Coaching Process: an airport security team leader's essay, DOCX.

Callum Reid leads a shift of security officers in the central search area of a regional
airport. His essay uses Word heading styles, but the headings are his own themes ('Why
coaching matters to us', 'What gets in the way', ...), never criterion numbers or wording,
and criteria are answered across sections: the coach's role sits under the purpose theme,
contracting under 'Starting off', safe and ethical practice under 'What gets in the way',
records under 'Running it', and supervision with monitoring in the last section. A signed
declaration closes it. No matrix (a knowledge unit).

Clean but dense with traps: job titles capitalised mid-sentence (Security Officer, Duty
Manager, Head of Security), the Amelia Room and the Brabazon Suite, Sword Street, the
X-ray kit by product name, the CAA and DfT, Whitmore, Downey, Hawkins and Smith and
Kline without dates, book titles, "Officer A"/"Coachee 2", his manager by role, weekdays
and months, and a reference list.
"""

from corpus.case import Case, H, P, SourceFile

BLOCKS = [
    H(0, "Coaching on the Search Lanes"),
    P("ILM Level 5 Certificate in Effective Coaching and Mentoring - Unit 300 - Callum Reid, "
      "Security Screening Team Leader, Northgate Regional Airport. Submitted 14 November 2026."),

    H(1, "Why coaching matters to us"),
    P("""Anyone who has flown out of Northgate on a Saturday morning in August has seen our
      search area at full stretch: eight lanes open, queues back past the duty free, and a
      team of Security Officers who have to stay accurate while passengers tell them they
      are about to miss their flight. Screening is regulated by the DfT and inspected by the
      CAA, and a single missed item in a covert test can close a lane and land the whole
      airport in trouble. For years the answer to every problem was more training: another
      module on the Smiths X-ray image library, another refresher on the Rapiscan body
      scanner. Training matters, but it does not explain why two officers with the same
      certificates perform so differently on the same lane."""),
    P("""That is where I think coaching earns its place. In our organisation the purpose of
      coaching is to help officers who already know the rules get better at applying them
      under pressure, and to keep good people who would otherwise leave for easier jobs in
      the terminal shops. Coaching unlocks the performance a person already has in them,
      which is how Whitmore puts it in Coaching for Performance, and it helps the business
      because an officer who has worked out their own way of staying calm at 5 a.m. keeps
      doing it when no supervisor is watching. It also supports our retention figures,
      which the Head of Security reports to the board every quarter, and it gives the airport
      a culture where people raise problems early rather than hide them."""),
    P("""The coach has a particular job in that. The role of the coach is not to be the
      expert on the lane; it is to help the coachee think, notice and decide for
      themselves. The responsibilities that go with it are practical: agreeing what the
      coaching is for and keeping to it, keeping what is said confidential within the
      limits agreed, turning up prepared and on time, keeping records, staying within their
      competence and referring on when something is beyond coaching, and reporting progress
      to the sponsor only in the way the coachee has agreed. In our setting the sponsor is
      usually the Duty Manager who asked for the coaching, so the coach is responsible to two
      people at once and has to be honest with both."""),

    H(1, "What a good coach brings"),
    P("""When I think about the best coach I have seen, a Screening Manager who coached me
      through my first year as a team leader, three things stand out. The skills were
      listening without planning her reply, asking short open questions, summarising, and
      giving feedback that was specific enough to act on. The knowledge was of a coaching
      model and of how people learn, plus enough understanding of screening to know what a
      good shift looks like, and a working knowledge of our policies on confidentiality and
      wellbeing. The behaviours were patience, curiosity, being non-judgemental, holding
      back from giving the answer, and keeping every promise she made, however small.
      Downey describes a spectrum from directive to non-directive and a good coach knows
      where they are on it at any moment; that self-awareness is a behaviour too."""),

    H(1, "Starting off with someone"),
    P("""A productive working relationship has to be built deliberately, because on our
      shifts coaching competes with everything else. I would start with an informal first
      meeting away from the lanes, usually in the Amelia Room behind the staff search, where
      the coachee can say what they want from coaching and I can explain how I work. I
      would share something about my own time as a new officer so that it is not all one
      way, agree a regular slot that fits the roster rather than fighting it, and use a
      short questionnaire about how they like to learn. Matching matters too: nobody should
      be coached by their own line supervisor if they would rather not be, and we swap
      coaches between shifts where we can."""),
    P("""The contracting conversation follows. The reason for contracting is that coaching
      only works if both people know the rules before anything difficult is said, so that
      trust is not broken later by a surprise. At Northgate there are three parties, the
      coach, the coachee and the Duty Manager who sponsors it, so the contract has to cover
      what each will get. The process I use is to agree the goals in outline, then how often
      and where we meet, how long sessions last, what is confidential and what I would have
      to pass on, what the sponsor will be told and in what form, how we will know it is
      working, and how either of us can end it. I write that up as a one-page agreement
      which we both sign and revisit at the halfway review, because the contract is a
      conversation that continues, not a form filled in once."""),

    H(1, "Running it"),
    P("""I would manage the process with the GROW model, which suits a workplace where time
      is short. In the Goal stage the coachee decides what they want from this session and
      from the coaching overall, for example Officer A wanting to reduce her bag re-checks.
      In Reality we look at what is actually happening, with evidence where we have it,
      such as her lane statistics from the Monday to Friday rota. Options is where the
      coachee generates as many choices as possible before judging them, and Way Forward is
      where she commits to one or two actions with a date. I would use the model across the
      whole relationship too: an opening contracting session, four or five GROW sessions two
      weeks apart, a mid-point review and a closing session that looks back at the original
      goals and agrees how she will keep going without me."""),
    P("""There are several tools I would use to find out how someone prefers to work and to
      agree goals. A learning styles questionnaire in the style of Honey and Mumford gives a
      starting point for how the coachee likes to take in information, though I treat it as
      a conversation opener, not a label. The wheel of life, adapted as a wheel of work with
      segments such as image interpretation, passenger conflict, teamwork and fatigue, lets
      the coachee score themselves and pick the segment that matters most. Scaling questions
      ('where are you now out of ten, and what would one point higher look like?') turn a
      vague wish into a goal we can both see. Finally SMART goal setting makes the agreed
      outcome specific, measurable and time-bound, so that 'be better on the X-ray' becomes
      something that can be checked."""),
    P("""Records matter for both sides. For me as coach, records are a memory aid between
      sessions that are a fortnight apart, evidence that I kept to the contract, something
      to take to supervision, and protection if a complaint is made. For the coachee, a
      record of their goals and actions in their own words keeps them accountable and lets
      them see how far they have come, which is motivating in a job where good days are
      invisible. Ours are stored in a locked folder on the Microsoft Teams site for
      coaching, not on the shift log, and kept in line with GDPR."""),

    H(1, "What gets in the way"),
    P("""The barriers at an airport are real. Time is the first: rosters change at short
      notice and a session gets cancelled when a lane goes down. I overcome that by booking
      sessions into the quieter mid-afternoon window and by agreeing in the contract that a
      cancelled session is rebooked within a week. The second is the culture of command: a
      regulated operation runs on instructions, and officers expect a team leader to tell
      them what to do, so they may wait for the answer. Explaining the difference between a
      briefing and a coaching session at the start, and having coaching done by someone
      outside their own shift, helps. The third is fear, because people worry that what
      they say will end up in their file after a failed covert test; clear confidentiality
      in the contract is the answer there. The fourth is space: the Brabazon Suite is the
      only private room airside and it is often booked, so we sometimes meet landside in
      the staff canteen on Sword Street."""),
    P("""Safe and ethical practice sits across all of this. To me it means working within an
      agreed contract, keeping confidentiality but being clear from day one that anything
      about a security breach, a risk to someone's safety or a safeguarding concern has to
      be passed on, and not coaching people on things outside my competence such as
      debt, health or mental health problems, where I would signpost to the employee
      assistance programme or occupational health. It means avoiding conflicts of interest,
      for instance not coaching an officer whose disciplinary case I am involved in, and
      being careful about the power imbalance when the coach outranks the coachee. It also
      means following a professional code; I use the EMCC Global Code of Ethics as my
      reference point, and keeping records securely."""),

    H(1, "Keeping track and looking after yourself"),
    P("""Progress has to be monitored, or coaching drifts into pleasant chats. I would use
      three methods. First, a short review at the start of every session of the actions
      agreed last time, which keeps momentum and shows straight away if a goal was
      unrealistic. Second, repeating the scaling questions and the wheel of work at the
      mid-point and the end, so the coachee can compare her own scores and see movement she
      might not notice day to day. Third, where the coachee agrees, objective data such as
      her re-check rate or her results in the image recognition test, reviewed with her
      rather than about her; Coachee 2 last spring found that the numbers showed more
      improvement than she felt, which was a boost in itself."""),
    P("""Finally, reflective practice and supervision. I would argue they are not optional
      extras but what keeps coaching safe and keeps the coach improving. A coach who never
      reflects repeats the same habits, including bad ones: after each session I use Kolb's
      cycle to ask what happened, what I made of it and what I will try next time, and
      that is how I noticed I was filling silences. Supervision adds what reflection alone
      cannot, an outside view. Hawkins and Smith describe supervision as serving the
      coachee, the coach and the organisation, and in a security environment that third
      part matters: a supervisor can spot when I am being drawn into managing instead of
      coaching, or when something I heard should have been escalated. It also protects my
      own wellbeing after a difficult session. Without both, the quality of coaching rests
      on my own blind spots, which is not good enough for our officers."""),

    H(1, "References"),
    P("Downey, M. Effective Modern Coaching. LID Publishing."),
    P("Hawkins, P. and Smith, N. Coaching, Mentoring and Organizational Consultancy: Supervision and Development. Open University Press."),
    P("Kline, N. Time to Think. Cassell."),
    P("Whitmore, J. Coaching for Performance. Nicholas Brealey."),
    P("EMCC Global Code of Ethics for Coaches, Mentors and Supervisors."),

    H(1, "Declaration"),
    P("""I confirm that this assignment is my own work and that all sources are acknowledged.
      Signed: Callum Reid. Date: 14 November 2026."""),
]

CASE = Case(
    name="j_300_airport_essay",
    unit="8587-300",
    kind="unstructured",
    files=[SourceFile("Callum Reid 300 coaching essay.docx", BLOCKS)],
    labels={
        "1.1": "help officers who already know the rules",
        "1.2": "is not to be the expert on the lane",
        "1.3": "listening without planning her reply, asking short open questions",
        "1.4": "booking sessions into the quieter mid-afternoon window",
        "2.1": "share something about my own time as a new officer",
        "2.2": "only works if both people know the rules",
        "2.3": "anything about a security breach, a risk to someone's safety",
        "3.1": "In the Goal stage the coachee decides",
        "3.2": "adapted as a wheel of work with segments",
        "3.3": "a short review at the start of every session",
        "4.1": "a memory aid between sessions that are a fortnight apart",
        "4.2": "not optional extras but what keeps coaching safe",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": None,
        # job titles, rooms, streets, products, theorists, "Officer A"/"Coachee 2": none identifying
        "identifying": [],
    },
    about="Airport security team leader's 300 essay in Word: headings are his own themes, not criteria, with criteria answered across sections; clean with rooms, products, theorists and titles.",
)
