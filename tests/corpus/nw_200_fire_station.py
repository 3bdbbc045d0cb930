"""8584-200 Understanding Mentoring: a fire and rescue crew manager's written assignment.

Dean Whitworth is a Crew Manager at a fire station in Stockport and writes about mentoring
new firefighters. Clean: no mentee is named. Traps: theorists cited several ways
(Clutterbuck 2004; "as Parsloe and Leedham argue"; Megginson et al.; Honey and Mumford),
models named after people (the Johari window, Maslow, Kolb, Egan's skilled helper), famous
examples (Sir Alex Ferguson, Ryan Giggs, Winston Churchill), ranks and job titles (Watch
Manager, Station Manager, Crew Manager), places and streets, a fire service brand and
training programmes, the learner's name on the cover and in the declaration, the tutor
named where the cover sheet asks.
"""

from .case import B, Case, H, P, SourceFile, T

ESSAY = [
    H(0, "ILM Level 2 Award in Mentoring – Unit 200 Understanding Mentoring"),
    T(
        ["Learner name", "Dean Whitworth"],
        ["Centre", "Greater Manchester Fire and Rescue Service – Training and Development Centre"],
        ["Tutor", "Angela Proudfoot"],
        ["Date submitted", "14 March 2025"],
    ),
    H(1, "Evidence matrix"),
    T(
        ["Criterion", "Where to find it"],
        ["1.1 to 1.4", "Section 1"],
        ["2.1 to 2.5", "Section 2"],
        ["3.1 to 3.3", "Section 3"],
    ),
    H(1, "Section 1 – The role and benefits of mentoring"),
    H(2, "1.1 The role of an effective mentor"),
    P("""On Blue Watch at Whitehill station I am a Crew Manager and part of my job is looking
      after new firefighters in their development phase. The mentor is not their Watch
      Manager and does not sign off their development portfolio; the mentor is somebody a
      step away who they can talk to honestly. Clutterbuck (2004) calls this "off-line help
      by one person to another", and that is how I see it. The main activities are listening,
      helping them set their own targets, sharing experience when it is useful, and pointing
      them to the right people for things I cannot help with. The mentor keeps to
      confidentiality and keeps simple records."""),
    H(2, "1.2 How mentoring benefits people"),
    P("""Mentoring benefits people in different situations. A new firefighter straight out of
      the training centre at Bury gains confidence faster and asks the questions they would
      not ask in front of the whole watch. Someone returning from long-term sickness can be
      eased back in without feeling judged. A firefighter studying for promotion to Crew
      Manager gets a sounding board for the incident command assessments. In sport the
      same thing happens: Ryan Giggs has talked about how Sir Alex Ferguson looked out for
      the young players off the pitch as well as on it, and that support kept them grounded."""),
    H(2, "1.3 Potential barriers"),
    B("Shift patterns: two days, two nights, four off means mentor and mentee are rarely on at the same time."),
    B("Rank: a new firefighter may see a Crew Manager as a boss and say what they think I want to hear."),
    B("Culture: some of the older hands think mentoring is soft and say so in the mess room."),
    H(2, "1.4 Overcoming the barriers"),
    P("""For shift patterns we can use Microsoft Teams calls on off-duty days if both agree, or
      swap onto the same watch for a tour. For rank, I would meet away from the station, for
      example at the café on Stockport Road, and explain at the first meeting that nothing
      goes into their portfolio. Parsloe and Leedham argue that the mentor must make the
      boundaries clear early, and I agree. For culture, the Station Manager backing the
      scheme openly at the start of a tour makes a big difference."""),
    H(1, "Section 2 – Skills and models"),
    H(2, "2.1 Key skills of a mentor"),
    B("Active listening and not interrupting."),
    B("Asking open questions instead of giving the answer."),
    B("Empathy, remembering what it felt like to be new on a watch."),
    B("Giving honest feedback in a way that can be heard."),
    B("Being organised: turning up when you said you would, on time."),
    H(2, "2.2 A mentoring model"),
    P("""I would use the GROW model (Whitmore) for each conversation, and Egan's skilled helper
      model for the bigger picture: what is going on, what do you want instead, and how will
      you get there. GROW is easy to remember at two in the morning after a shout. Goal,
      Reality, Options, Will – the mentee does the work at each stage and the mentor keeps
      them moving through it. Kolb's learning cycle fits well too because firefighters learn
      by doing and then talking it through after the job."""),
    H(2, "2.3 Questioning and listening"),
    P("""Open questions such as "What did you notice when you got off the appliance?" get the
      mentee thinking. Closed questions are useful for checking facts, like whether they have
      booked the BA refresher. Listening means summarising back what was said and noticing
      the body language, which the Johari window helps with because it shows there are
      things others can see about us that we cannot."""),
    H(2, "2.4 Giving feedback"),
    P("""Feedback should be specific and about behaviour, not the person. I use the "what went
      well, even better if" approach that we already use in hot debriefs, so it feels
      normal. It should be given soon after the event and in private, never in front of the
      watch."""),
    H(2, "2.5 Developing trust"),
    P("""Trust comes from doing what you said and keeping confidences. I tell mentees early on
      about a mistake I made in my first year so they can see I am human. Maslow's hierarchy
      reminds me that someone who does not yet feel they belong on the watch will not open up
      about their goals, so belonging comes first. As Winston Churchill supposedly said,
      courage is also what it takes to sit down and listen."""),
    H(1, "Section 3 – Planning and records"),
    H(2, "3.1 Planning mentoring sessions"),
    P("""Before the first meeting I would send a short questionnaire asking what the mentee
      wants from it and what they are finding hard. Honey and Mumford's learning styles
      questionnaire can show whether they learn better by doing or by reading. We would agree
      where to meet (the quiet room at Whitehill, not the mess), how often (every three
      weeks), and how long (about an hour)."""),
    H(2, "3.2 Examples of goals"),
    B("Pass the breathing apparatus assessment at the first attempt by the end of June."),
    B("Complete the first two modules of the development portfolio within three months."),
    H(2, "3.3 Records"),
    P("""The mentor should keep a short record of each meeting: the date, how long, the main
      topics and the actions agreed, using initials or a code instead of names. Records are
      kept on the secure drive, not on a personal phone, in line with GDPR and the service's
      data protection policy, and they are destroyed when the mentoring ends."""),
    H(1, "References"),
    P("Clutterbuck, D. (2004) Everyone Needs a Mentor. 4th edn. London: CIPD."),
    P("Egan, G. (2014) The Skilled Helper. 10th edn. Belmont: Brooks/Cole."),
    P("Parsloe, E. and Leedham, M. (2016) Coaching and Mentoring. 3rd edn. London: Kogan Page."),
    P("Whitmore, J. (2017) Coaching for Performance. 5th edn. London: Nicholas Brealey."),
    H(1, "Declaration"),
    P("I confirm that this assignment is my own work. Signed: Dean Whitworth, 14/03/2025"),
]

CASE = Case(
    name="nw_200_fire_station",
    unit="8584-200",
    kind="structured-docx",
    files=[SourceFile("Unit 200 assignment D Whitworth.docx", ESSAY)],
    labels={
        "1.1": "a step away who they can talk to honestly",
        "1.2": "eased back in without feeling judged",
        "1.3": "rarely on at the same time",
        "1.4": "the café on Stockport Road",
        "2.1": "remembering what it felt like to be new on a watch",
        "2.2": "easy to remember at two in the morning",
        "2.3": "booked the BA refresher",
        "2.4": "even better if",
        "2.5": "so belonging comes first",
        "3.1": "the quiet room at Whitehill",
        "3.2": "Pass the breathing apparatus assessment",
        "3.3": "using initials or a code instead of names",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": True,
        "identifying": [],
    },
    about="Fire service crew manager's Level 2 mentoring essay: clean, with theorists cited in several styles, named models, footballers and a prime minister as examples, ranks, stations, streets and the tutor on the cover.",
)
