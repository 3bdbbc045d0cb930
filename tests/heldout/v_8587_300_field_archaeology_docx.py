"""8587-300 Understanding Good Practice in Coaching: a commercial archaeology unit's project officer, DOCX.

Owain Pritchard is a Project Officer at a commercial archaeology contractor in mid Wales and
writes the 300 assignment as a proposal to bring coaching to the unit's site supervisors
and new field archaeologists. Word headings numbered "1.1" to "4.2" followed by his own
short titles, an opening paragraph, a tools table in 3.2, references and a signed
declaration. No evidence matrix.

Planted (2): a colleague's full name in the barriers answer, where he describes a site
supervisor who resisted being coached ("Declan Moriarty"), and the HR adviser's e-mail in
the safe and ethical practice answer ("j.pennock@cambrianarch.co.uk").

Clean but tricky: his own name; Welsh places (Aberystwyth, Llandrindod Wells, Ceredigion, Powys,
the Dyfi valley), bodies (CIfA, Cadw), GROW and Whitmore, Hawkins and Shohet, Kolb, Schön, the EMCC and Association for
Coaching, Myers-Briggs, the Skills Passport, a Roman fort, job
titles (Site Supervisor, Project Manager, Head of Fieldwork).
"""

from corpus.case import Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "Unit 8587-300: Understanding Good Practice in Coaching within an Organisational Context"),
    P("Owain Pritchard - Project Officer, Cambrian Archaeological Services, Aberystwyth"),
    P("""This assignment is written as a proposal to our Head of Fieldwork for introducing
      coaching for our site supervisors and newer field archaeologists. Cambrian Archaeological
      Services employs 38 staff, most of them working on developer-funded excavations and
      watching briefs across Ceredigion and Powys, often in teams of two to six people, miles
      from the office."""),

    H(1, "1 Effective coaching in our organisation"),
    H(2, "1.1 Purpose of coaching at Cambrian"),
    P("""Coaching is a structured conversation that helps a person find their own answers and
      improve their performance, rather than being told what to do. Its purpose for us is
      specific. Our site supervisors are promoted because they are excellent excavators, but the
      job also means running a team, dealing with clients' engineers and Cadw inspectors and making decisions on
      their own when the Project Manager is three hours away. At the moment they learn this by
      trial and error. Coaching would help them think through those situations and build
      confidence, which should reduce the number of problems that come back to the office. It
      also supports retention: field archaeology has high turnover, and people who feel invested
      in are more likely to stay. For the business, coaching supports our CIfA registered
      organisation status, which expects us to show we develop staff."""),
    H(2, "1.2 Role and responsibilities of a coach"),
    P("""The coach's role is to help the coachee set goals and reach them through questioning,
      listening and challenge, not to teach archaeology. Their responsibilities change at each
      stage. At the start, they explain what coaching is, agree a contract and build rapport.
      During the relationship they manage the time, keep confidentiality within agreed limits,
      use a model to structure sessions, hold the coachee accountable for actions and keep
      records. Throughout, they must know when an issue is outside coaching, such as a health
      problem or a grievance, and refer it on. At the end, they review progress against the
      goals, help the coachee plan how to keep going without them, and close the relationship
      properly, getting feedback for their own development. They are also responsible for their
      own supervision and CPD."""),
    H(2, "1.3 Skills, knowledge and behaviours"),
    P("""Skills: active listening, open and probing questions, summarising, giving and receiving
      feedback, goal setting and building rapport with people who may be sceptical. Knowledge: at
      least one coaching model, the contracting process, the limits of confidentiality, our
      policies on lone working, wellbeing and data protection, and enough understanding of
      fieldwork to appreciate the pressures on site, for example what it means to find a
      burial the day before the groundworks start. Behaviours: being non-judgemental, patient,
      trustworthy with confidences, curious rather than directive, and honest about their own
      limits. In a unit where everyone is used to the most experienced person giving the answer,
      the hardest behaviour will be holding back."""),
    H(2, "1.4 Barriers and how to overcome them"),
    P("""Barriers from the coach: our most likely coaches are Project Managers who are used to
      instructing. To overcome this they will be trained, supervised and asked to record the
      proportion of questions to statements in early sessions. Barriers from the coachee: some
      staff see coaching as remedial. When we piloted a few sessions last year, Declan Moriarty
      told me he assumed he was being coached because he had done something wrong, and he only
      relaxed when I showed him the list of who else had signed up. We will present coaching as
      development for people the company wants to keep, and make it voluntary. Barriers from the
      organisation: time and geography. Staff are on sites across two counties, from the Dyfi valley
      to the Welsh border, often with no signal. We will allow coaching to be done on paid time, by video call from the office or
      the site cabin where there is Wi-Fi, and plan it for the quieter winter months when fewer
      excavations are running."""),

    H(1, "2 Contracting"),
    H(2, "2.1 Starting a productive working relationship"),
    P("""First, an informal chemistry conversation of around 20 minutes, before anything is signed,
      where the coach explains how they work and the coachee can decide if they want to go
      ahead. Second, the coach shares a short written profile of their background so the
      coachee knows what they bring, which matters in a field where credibility is earned on
      site. Third, rapport: meeting somewhere neutral, not the coachee's manager's office, and
      using the first session to listen to the coachee's story of their career, which most
      archaeologists are happy to tell. Trust will then be built by the coach doing exactly what
      they said they would, including keeping things confidential."""),
    H(2, "2.2 The rationale for and process of contracting"),
    P("""A contract makes clear what coaching is and is not, protects both people and sets
      expectations, so that nobody is surprised later. Without it, a coachee may think their
      manager will be told everything, or a manager may expect a report. The process: the coach
      meets the coachee to discuss aims, boundaries and practicalities; if the coachee's manager
      is involved, a three-way conversation agrees the broad goals and what, if anything, the
      manager will hear back, usually only attendance; then a written agreement is signed. It
      should include the number, length and frequency of sessions, where and how they take place,
      confidentiality and its limits, cancellation, what records are kept, where and for how long
      under UK GDPR, how either side can end it, and how it will be reviewed. The contract is
      revisited at the mid-point in case the goals have changed."""),
    H(2, "2.3 Safe and ethical practice"),
    P("""Safe and ethical coaching means working within a code of ethics, for us the EMCC and
      Association for Coaching Global Code, being honest about competence, and keeping
      confidentiality except where there is a risk of harm, illegal activity or a serious breach
      of health and safety. On site, a concern about unsafe practice in a trench cannot be kept
      confidential. Coaches will not coach people they directly line manage where this creates a
      conflict of interest, and will declare any other conflicts. Sessions must be physically
      safe: not alone on a remote site at dusk, for example, which is covered by our lone working
      policy. Equality Act duties apply to how coaches are chosen and how sessions are arranged.
      If a coachee raises a wellbeing issue the coach will signpost the Employee Assistance
      Programme, and anything about grievance, bullying or reasonable adjustments goes to our HR
      adviser at j.pennock@cambrianarch.co.uk. Notes will be kept in a locked folder on the
      shared drive with access for the coach only."""),

    H(1, "3 Managing the coaching process"),
    H(2, "3.1 Using a coaching model"),
    P("""I propose GROW (Whitmore) because it is simple, easy to remember on site and can be used in
      a ten minute conversation in a site cabin or a full hour in the office. A session would run:
      Goal, what the coachee wants from this session and overall; Reality, what is happening now,
      with the coach asking for facts; Options, everything the coachee could do; Will, what they
      will do, by when and how they will know. For example, a new site supervisor on the Roman
      fort excavation near Llandrindod Wells whose team keeps finishing late could set the goal of
      leaving site on time three days out of five. The coach manages the overall process by
      revisiting the goal at every session and tracking actions. Strengths of GROW: well known,
      flexible, action-focused. Limitations: it can become a tick-list if the coach rushes to Will
      without exploring Reality properly, and it says little about feelings, which matter when
      someone has had a bad week in the rain."""),
    H(2, "3.2 Tools and techniques"),
    T(
        ["Tool or technique", "How it identifies preferences or agrees goals"],
        ["Wheel of competence", "Coachee scores themselves 1-10 on eight areas of the supervisor job (recording, team leading, client liaison, health and safety, etc.). The low scores they care about become goals."],
        ["Myers-Briggs (MBTI)", "Already used on our leadership course. Helps a coachee see, for example, that they prefer to think before speaking, so site briefings could be prepared the night before."],
        ["Learning styles questionnaire", "Shows whether the coachee learns by doing or by reading, so actions are set in a way they will actually carry out."],
        ["Scaling questions", "'On a scale of 1-10 how confident are you running a section with a client watching?' Then 'what would get you one point higher?' turns a vague wish into a goal."],
        ["Skills Passport review", "Many of our staff have the archaeology Skills Passport; reviewing the gaps gives ready-made, measurable goals."],
    ),
    P("""Using two or three of these at the start means goals come from evidence and from the
      coachee's own view, not from what the coach thinks they need."""),
    H(2, "3.3 Monitoring and reviewing progress"),
    P("""Monitoring: at the start of each session the coachee reports on actions from last time,
      which shows whether things are moving; re-scoring the wheel of competence every three
      sessions gives a visual record of change; and where the coachee agrees, feedback from the
      Project Manager or team is gathered, as it shows whether others notice a difference.
      Reviewing: a mid-point review against the original goals decides whether to carry on,
      change the goals or stop, and a final review compares the first and last wheel and asks
      the coachee what they can now do. A simple measure such as days finishing on time, or
      client complaints, can show progress on specific goals, although not everything in
      leadership can be counted."""),

    H(1, "4 Records, reflection and supervision"),
    H(2, "4.1 Purpose of coaching records"),
    P("""For the coachee, records remind them what they committed to, show how far they have come
      and give them something to bring to their appraisal if they choose. For the coach, records
      are how they prepare for the next session, track patterns, show the coaching has happened
      and evidence their practice for supervision and CPD. Records also protect both if there is
      a dispute. We already keep context sheets and site diaries on everything we dig; coaching
      records should be just as disciplined but far more private. Best practice: agreed with the
      coachee, factual and brief, no unnecessary personal data, stored securely, only shared with
      consent, and deleted after an agreed period under UK GDPR."""),
    H(2, "4.2 Reflective practice and supervision"),
    P("""Reflective practice matters because coaches learn most from looking back at what they did,
      as Kolb's cycle and Schön's reflection-on-action describe. A coach who never reflects will
      repeat the same habits, such as rushing to solutions, and their coaching will not improve.
      Supervision matters because coaches hear difficult things and need somewhere confidential to
      take them, to check their ethical decisions and to notice their blind spots. Hawkins and
      Shohet describe supervision as having a developmental, resourcing and qualitative function.
      Without supervision a coach can become over-involved, miss a safeguarding or safety issue,
      or drift into managing rather than coaching. For a small organisation like ours it is also
      how we would know the coaching is worth the time we give it, which is a strong argument for
      making supervision compulsory for every coach."""),

    H(1, "References"),
    P("Whitmore, J. (2017) Coaching for Performance. 5th edn. London: Nicholas Brealey."),
    P("Hawkins, P. and Shohet, R. (2012) Supervision in the Helping Professions. 4th edn. Maidenhead: Open University Press."),
    P("Kolb, D. (1984) Experiential Learning. Englewood Cliffs: Prentice Hall."),
    P("Schön, D. (1983) The Reflective Practitioner. New York: Basic Books."),
    P("CIfA (2023) Regulations for registered organisations. Reading: Chartered Institute for Archaeologists."),
    P("""Declaration: I confirm that this assignment is my own work and that all sources have been
      acknowledged. Owain Pritchard, 14 March 2025."""),
]

CASE = Case(
    name="v_8587_300_field_archaeology_docx",
    unit="8587-300",
    kind="structured-docx",
    files=[SourceFile("O Pritchard 300 assignment.docx", BLOCKS)],
    labels={
        "1.1": "when the Project Manager is three hours away",
        "1.2": "help the coachee plan how to keep going without them",
        "1.3": "find a burial the day before the groundworks start",
        "1.4": "he only relaxed when I showed him the list",
        "2.1": "credibility is earned on site",
        "2.2": "a manager may expect a report",
        "2.3": "a concern about unsafe practice in a trench cannot be kept",
        "3.1": "leaving site on time three days out of five",
        "3.2": "turns a vague wish into a goal",
        "3.3": "re-scoring the wheel of competence every three",
        "4.1": "coaching records should be just as disciplined but far more private",
        "4.2": "making supervision compulsory for every coach",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        "identifying": ["Declan Moriarty", "j.pennock@cambrianarch.co.uk"],
    },
    about="Commercial archaeology project officer's 300 Word assignment with numbered headings 1.1-4.2 and own titles, tools table in 3.2, references, declaration; a colleague's full name in 1.4 and the HR adviser's e-mail in 2.3 planted.",
)
