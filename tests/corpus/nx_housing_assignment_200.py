"""8584-200 Understanding Mentoring: a housing officer's written assignment, nothing to flag.

Precious Adeyemi-Cole, a neighbourhood officer at a housing association, answers the
knowledge unit from her own experience. She names theorists without dates, books by their
titles, software and places, and gives her examples a made-up name she says is made up.

Traps: authors named without a year (David Clutterbuck, Eric Parsloe and Monika Wray,
Christian van Nieuwerburgh, Michael Bungay Stanier, Carol Dweck), models and book titles
(Egan's Skilled Helper, The Coaching Habit, Everyone Needs a Mentor, Time to Think), a
rugby league team (Castleford Tigers), towns (Pontefract, Wakefield, Featherstone), streets
(Shirley Road, Cromwell Court), software (Civica, Orchard, iTrent), job titles (Chief
Executive, Director of Housing, Income Officer), her own manager by role, her own first
name being a word, months and weekdays.
"""

from .case import B, Case, H, P, SourceFile, T

ASSIGNMENT = [
    H(0, "Unit 200 Understanding Mentoring – written assignment"),
    T(
        ["Name", "Precious Adeyemi-Cole"],
        ["Learner number", "R3390127"],
        ["Centre", "Calder Valley Training"],
        ["Word count", "1,640"],
    ),
    P("I confirm that this assignment is my own work. Precious Adeyemi-Cole"),
    H(1, "1.1 The role of an effective mentor"),
    P("""I work as a Neighbourhood Officer for a housing association with homes across
      Pontefract, Wakefield and Featherstone. An effective mentor is a more experienced
      colleague who helps someone else think, rather than a manager who tells. David
      Clutterbuck describes mentoring as off-line help in making significant transitions,
      and that is how our scheme for new Income Officers works."""),
    H(1, "1.2 How mentoring benefits those being mentored"),
    P("""A new officer gains confidence and a wider network; someone returning from long-term
      sickness regains routines; a manager stepping up learns the politics. When our Director
      of Housing moved across from a council, she asked the Chief Executive for a mentor
      outside the organisation."""),
    H(1, "1.3 Barriers to effective mentoring"),
    B("Time: officers on patch cannot leave the estate during the Monday arrears calls."),
    B("The mentor being the mentee's line manager, so nothing difficult is said."),
    B("Mismatched expectations: the mentee wants answers, the mentor wants questions."),
    H(1, "1.4 Overcoming the barriers"),
    P("""Agree a contract at the start, choose a mentor outside the line, and book sessions for
      Wednesday afternoons, when no rent calls are made. In our Shirley Road office we use a
      meeting room nobody can book over."""),
    H(1, "2.1 Key skills of a mentor"),
    P("""Listening, open questioning, summarising, giving feedback, challenging kindly, and
      keeping confidences. Christian van Nieuwerburgh adds the ability to stay curious rather
      than expert, which is hard for anyone who has done the job for years."""),
    H(1, "2.2 A mentoring model"),
    P("""Egan's Skilled Helper model has three stages: the current picture, the preferred
      picture and the way forward. Eric Parsloe and Monika Wray describe a similar cycle. I
      prefer Egan because the first stage slows me down."""),
    H(1, "2.3 Questioning and listening"),
    P("""Michael Bungay Stanier's book The Coaching Habit gives seven questions; the one I use
      most is "And what else?". Listening means not preparing my answer while someone speaks,
      which Nancy Kline in Time to Think calls giving attention."""),
    H(1, "2.4 Giving feedback"),
    P("""Feedback should be specific, timely and about behaviour. For example, imagine a new
      officer I will call Jordan (not a real person) who misses a court deadline: I would
      describe what happened, its effect on the tenant, and ask what Jordan would do next
      time."""),
    H(1, "2.5 Developing trust"),
    P("""Trust grows from keeping confidences and doing what you said. Carol Dweck's work on
      mindset helps here: a mentee who believes ability can grow will take feedback as help."""),
    H(1, "3.1 Planning effective sessions"),
    P("""Book a private room, agree the length, ask the mentee to bring one topic, and check
      the tenancy records in Orchard and the HR records in iTrent are closed on screen. Our
      Cromwell Court office has the best room."""),
    H(1, "3.2 Examples of goals"),
    T(
        ["Goal", "Measure"],
        ["Run the Tuesday arrears surgery unsupervised by June", "Surgery run with no escalation"],
        ["Use Civica reports to plan visits", "Weekly report produced"],
        ["Present to the tenants' panel in September", "Panel feedback"],
    ),
    H(1, "3.3 Records required"),
    P("""A mentoring agreement, a brief note of each session with actions, a log of dates and
      times, and feedback. Records should use initials or a code, not names, and be kept under
      GDPR. Everyone Needs a Mentor, Clutterbuck's book, has a template I have adapted. When
      I followed the Castleford Tigers' player mentoring scheme for a week, their records
      used shirt numbers instead of names."""),
    P("Precious"),
]

CASE = Case(
    name="nx_housing_assignment_200",
    unit="8584-200",
    kind="structured-docx",
    files=[SourceFile("assignment.docx", ASSIGNMENT)],
    labels={
        "1.1": "off-line help in making significant transitions",
        "1.2": "asked the Chief Executive for a mentor",
        "1.3": "cannot leave the estate during the Monday arrears calls",
        "1.4": "a meeting room nobody can book over",
        "2.1": "stay curious rather than expert",
        "2.2": "the first stage slows me down",
        "2.3": "And what else?",
        "2.4": "misses a court deadline",
        "2.5": "will take feedback as help",
        "3.1": "ask the mentee to bring one topic",
        "3.2": "Present to the tenants' panel in September",
        "3.3": "used shirt numbers instead of names",
    },
    expected_checks={"declaration": True, "evidence_matrix": None, "identifying": []},
    about="Housing officer's knowledge assignment: theorists and authors without dates, book titles, towns, streets, software, job titles, a pseudonym she says is made up, her own wordlike first name; nothing to flag.",
)
