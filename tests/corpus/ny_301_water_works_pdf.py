"""8587-301 Understanding Good Practice in Mentoring: a water treatment team leader's PDF.

Tomasz Nowakowski leads a process shift at a water treatment works in Gloucester and
mentors two graduate engineers, "Mentee A" and "Mentee B". The centre's cover sheet asks
for his workplace supervisor, whom it names. Nothing is to be flagged.

Clean but tricky: surnames of theorists that are ordinary words or first names (Garvey,
Stokes, Megginson, Klasen, Levinson, Herzberg, Tuckman), a two-author citation spelled
with "and" and with "&", a building named after a person (Brunel House), the river Severn
and towns (Tewkesbury, Stroud, Cheltenham), company and regulator names (Severn Vale Water,
Ofwat, the Drinking Water Inspectorate), software (SAP, SharePoint, Microsoft Teams), a
graduate scheme (Pathfinder), job titles starting sentences, days and months.
"""

from .case import B, Case, H, P, SourceFile, T

ASSIGNMENT = [
    H(0, "Unit 301: Understanding Good Practice in Mentoring within an Organisational Context"),
    T(
        ["Learner", "Tomasz Nowakowski"],
        ["Registration no.", "R6620931"],
        ["Organisation", "Severn Vale Water, Hempsted Water Treatment Works"],
        ["Workplace supervisor name", "Angharad Bellamy, Works Manager"],
        ["Submitted", "Friday 7 November 2025"],
    ),
    H(1, "1.1 The purpose of mentoring in my organisation"),
    P("""Severn Vale Water supplies drinking water to about 900,000 people from Tewkesbury to
      Stroud. Half of our process technicians will retire within ten years, and knowledge
      of how the works actually behaves in a flood on the Severn is not written down
      anywhere. Mentoring is how that knowledge passes on. Through the Pathfinder graduate
      scheme each new engineer is paired with an experienced mentor for a year. Megginson
      and Clutterbuck describe mentoring as off-line help by one person to another in
      making significant transitions, and that is what a graduate needs when moving from
      university to a control room at 3 a.m."""),
    H(1, "1.2 Roles and responsibilities of a mentor"),
    P("""A mentor is not the graduate's line manager, trainer or coach. The Shift Manager sets
      their work, the Training Team teaches the competences, and the mentor helps them make
      sense of it all. Responsibilities include agreeing a contract, keeping confidences,
      making time, sharing experience honestly, challenging when needed and ending the
      relationship well. Garvey, Stokes and Megginson stress that the mentee owns the
      agenda."""),
    H(1, "1.3 Skills, knowledge and behaviours"),
    T(
        ["Area", "What it looks like at Hempsted"],
        ["Skills", "Listening, open questions, goal setting, giving feedback, keeping records"],
        ["Knowledge", "A mentoring model, the EMCC code, our policies, how the works runs"],
        ["Behaviours", "Patience, honesty, being available, admitting what I do not know"],
    ),
    H(1, "1.4 Barriers and how to overcome them"),
    P("""Shift work is the main barrier: graduates rotate round four shifts. We book sessions
      in SAP like any other planned task so they are not dropped. Hierarchy is the second:
      graduates may hold a master's degree and feel odd being mentored by a technician, so
      at the first meeting I explain what each of us brings. Thirdly, some mentors see it as
      extra work, which Herzberg would call a hygiene problem; recognition in the annual
      review helps."""),
    H(1, "2.1 Starting a productive relationship"),
    P("""Wednesday is our quietest day, so I hold first meetings then, in Brunel House, not
      the control room. I share a short mentor profile in advance and ask the mentee to do
      the same. Levinson's idea of the mentor as a guide through a life transition reminds
      me to ask about the move to Gloucester, not just the job."""),
    H(1, "2.2 Contracting"),
    P("""Contracting sets out how we will work: frequency, location, confidentiality and its
      limits (any safety or water quality issue goes straight to the Shift Manager), how
      notes are kept, and how either side can end it. Klasen & Clutterbuck argue that a
      clear contract prevents the drift that kills most schemes. The graduate's manager
      signs the scheme agreement too, so the three of us agree what the organisation
      expects."""),
    H(1, "2.3 Safe and ethical practice"),
    P("""I follow the EMCC Global Code of Ethics and the company's Dignity at Work policy.
      Mentoring must respect the Equality Act 2010. I do not mentor anyone I line manage.
      When Mentee B raised money worries, I referred her to the Employee Assistance
      Programme rather than advising myself."""),
    H(1, "3.1 Managing the process with a model"),
    P("""I use Clutterbuck's five phases: building rapport, setting direction, progression,
      winding down and moving on. During January and February Mentee A and I built rapport
      and set direction; by March he was leading his own reviews of filter performance.
      Tuckman's stages of group development make a similar point for teams."""),
    H(1, "3.2 Tools and techniques"),
    B("A skills self-assessment against the Process Technician competence framework."),
    B("The Johari window, to discuss how others on shift see the mentee."),
    B("SMART goals, reviewed every session."),
    B("Honey and Mumford's learning styles questionnaire."),
    H(1, "3.3 Monitoring and review"),
    P("""We review goals at the start of each session and hold a formal review at six months.
      Progress is also visible in SAP: the number of work orders the mentee raises and
      closes without help."""),
    H(1, "4.1 Records"),
    P("""Records give continuity, evidence for the scheme and protection if there is a
      dispute. Ours are kept on a restricted SharePoint site under Mentee A and Mentee B,
      and retained only as long as the Data Protection Act 2018 allows. Microsoft Teams is
      used for remote sessions but never recorded."""),
    H(1, "4.2 Reflection and supervision"),
    P("""After each session I write a short reflection using Kolb's cycle. Monthly supervision
      with the Pathfinder lead helps me notice patterns, such as my habit of solving the
      mentee's problem for him. Ofwat and the Drinking Water Inspectorate will not see these
      notes, but they benefit from the result."""),
    H(1, "References"),
    B("Clutterbuck, D. (2014) Everyone Needs a Mentor. 5th edn. London: CIPD."),
    B("Garvey, B., Stokes, P. and Megginson, D. (2018) Coaching and Mentoring: Theory and Practice. 3rd edn. London: Sage."),
    B("Herzberg, F. (1966) Work and the Nature of Man. Cleveland: World Publishing."),
    B("Klasen, N. and Clutterbuck, D. (2002) Implementing Mentoring Schemes. Oxford: Butterworth-Heinemann."),
    B("Kolb, D.A. (1984) Experiential Learning. Englewood Cliffs, NJ: Prentice Hall."),
    B("Levinson, D.J. (1978) The Seasons of a Man's Life. New York: Knopf."),
    B("Megginson, D. and Clutterbuck, D. (1995) Mentoring in Action. London: Kogan Page."),
    B("Tuckman, B.W. (1965) 'Developmental sequence in small groups', Psychological Bulletin, 63(6), pp. 384-399."),
    H(1, "Declaration of authenticity"),
    P("I declare this is my own work. Signature: T. Nowakowski   Date: 07/11/2025"),
]

CASE = Case(
    name="ny_301_water_works_pdf",
    unit="8587-301",
    kind="structured-pdf",
    files=[SourceFile("Unit301_TNowakowski.pdf", ASSIGNMENT)],
    labels={},
    expected_checks={"declaration": True, "evidence_matrix": None, "identifying": []},
    about="Water treatment team leader's Unit 301 PDF: theorists whose surnames look like first names, Brunel House, the Severn and towns, regulators, SAP/SharePoint, supervisor named where the cover asks, own initial-and-surname signature; nothing to flag.",
)
