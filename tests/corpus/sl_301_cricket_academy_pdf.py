"""8587-301 Understanding Good Practice in Mentoring: a county cricket academy's player development lead, PDF template.

Gareth Bowen runs player development at a county cricket club's academy and proposes pairing
academy players (16 to 19) with senior professionals as mentors. He fills in his centre's
assignment template and saves it as PDF. Each task is a two-row table: the first row holds
the task number ("Task 1 (a)" ... "Task 4 (b)") and the centre's printed guidance, which
paraphrases the handbook's task wording and gives the AC; the second row is "Learner
response" and his answer. Where his answer outgrew the box he carried on in ordinary
paragraphs under the table ("continued:"), and the labels for 1.2 and 3.1 are in those
continuations. The template's cover page and a learner declaration row frame it; the
guidance cells repeat the criterion topics and are the distractors.

Planted (1): a former academy player named by first name in the purpose answer ("Josh").
Not identifying: the club, the ECB, the PCA, the Professional Cricketers' Trust, Clutterbuck,
the tutor named on the cover, Somerset Vale and the ground.
"""

from .case import Case, H, P, SourceFile, T


def task(number: str, guidance: str, answer: str):
    return T([number, guidance], ["Learner response", answer])


BLOCKS = [
    H(0, "Level 3 Certificate in Effective Coaching and Mentoring"),
    P("Unit 8587-301 Understanding Good Practice in Mentoring within an Organisational Context – Assignment Template"),
    T(
        ["Learner name", "Gareth Bowen"],
        ["Organisation", "Somerset Vale County Cricket Club – Academy"],
        ["Tutor", "Alison Marsh"],
        ["Submission date", "03/03/2025"],
    ),
    P("""Complete every task in the box provided. Boxes will expand as you type. Refer to the
      assessment criteria given for each task. Do not delete the guidance."""),

    H(1, "Task 1 – Effective mentoring within your organisation"),
    task("Task 1 (a)",
         "Describe the purpose of effective mentoring within your organisation. Consider why your organisation would use mentoring and who would benefit. (AC 1.1)",
         """Mentoring is a developmental relationship in which someone with more experience helps a
         less experienced person to learn and grow, over time, mostly by helping them reflect and
         make their own decisions. At the academy its purpose is to prepare young players for the
         life of a professional cricketer, not just the cricket. Our coaches already look after
         technique. What is missing is someone who has been through it: the pressure of a
         second-team debut, living away from home, social media, contracts, and what happens if
         you are released. Three years ago Josh, one of our brightest scholars, was released at
         18 and had nobody to talk to about it; he stopped playing altogether. For the club the
         purpose is retention of talent, players who are ready for the first team sooner, and
         meeting our duty of care under the ECB's player welfare standards."""),

    task("Task 1 (b)",
         "Explain both the role and the responsibilities of an effective mentor in your organisation, setting out what is expected at each stage of the relationship from initiation to completion. (AC 1.2)",
         """The mentor's role is to be a trusted, experienced guide: a sounding board, a role model,
         a source of experience and, sometimes, a challenger. They are not the player's coach and
         have no say in selection, which is what makes the relationship safe."""),
    P("""continued: At initiation the mentor is responsible for attending the academy's mentor
      briefing, meeting the player and a parent or guardian for under-18s, and agreeing the
      mentoring agreement. During the relationship they meet at least monthly, on a
      training day at the ground rather than somewhere private, listen, share experience,
      help the player set and review goals, keep confidences within the safeguarding limits
      and keep brief notes. At completion, usually the end of the season or when the player
      signs a professional contract or leaves, the mentor reviews progress with the player,
      hands over to the Professional Cricketers' Association's support if they are leaving
      the game, and formally closes the relationship with the academy manager."""),

    task("Task 1 (c)",
         "Identify the skills, knowledge and behaviours mentors will need to carry out the role effectively. (AC 1.3)",
         """Skills: listening, open questioning, summarising, giving feedback that is honest but
         kind, and helping a player set goals. Knowledge: the academy pathway and how contracts
         work, the safeguarding policy and who the club's safeguarding officer is, where to refer
         (the PCA, the Professional Cricketers' Trust, the club doctor), and the mentoring model
         we use. Behaviours: being reliable, keeping confidences, not gossiping in the dressing
         room, being a role model off the field as well as on it, and remembering that a
         17-year-old's dropped catch in front of the first team feels like the end of the
         world even if it isn't."""),

    task("Task 1 (d)",
         "Identify two or more potential barriers to mentoring for the mentor, the mentee and the organisation, and how these could be overcome in your work setting. (AC 1.4)",
         """Mentor: senior pros are away for much of the summer with the first team. We will match
         each player with a mentor who is injured, coaching or in the second team for part of the
         season, and allow video calls during away trips. Mentee: young players may not want to
         admit worries to a senior player in case it looks weak or gets back to the coaches. We
         will make confidentiality clear at the start and choose mentors who are known for being
         approachable. Organisation: the cricket committee may see mentoring as a distraction from
         cricket. We will start with a pilot of eight players and report retention and welfare
         outcomes at the end of the season."""),

    H(1, "Task 2 – Contracting"),
    task("Task 2 (a)",
         "Identify how mentors will start mentoring with an individual from the first contact and how they will build rapport and establish trust. (AC 2.1)",
         """The academy manager introduces the pair at a net session so the first contact is on
         familiar ground. The mentor then arranges a first meeting over lunch in the pavilion,
         with the player's parent joining for the first ten minutes if the player is under 18.
         Rapport comes from talking cricket first, asking about the player's own journey, and the
         mentor being honest about their own setbacks: most of our senior pros were released by
         somebody at some point. Trust is built by keeping promises, turning up when the first
         team schedule allows, and never repeating in the dressing room what a player has said."""),

    task("Task 2 (b)",
         "Explain why effective contracting should take place between mentor, mentee and stakeholders, the process of establishing the contract, and its content. (AC 2.2)",
         """Contracting matters even more with young players because there are more people with an
         interest: the player, their parents, the academy coaches and the club. Without a clear
         agreement a parent might expect reports on their son or daughter, or a coach might ask
         the mentor whether the player is ready for selection. The process is: the academy manager
         explains the scheme to player and parents; mentor and player have their first meeting;
         they draft the agreement together using the academy template; for under-18s a parent
         countersigns; the academy manager holds a copy showing only names, dates and
         frequency. Content: purpose and goals; how often and where they meet; how contact
         happens (only through the academy's approved messaging app, never private social
         media); confidentiality and its limits; what records are kept; how to end the
         relationship early."""),

    task("Task 2 (c)",
         "Describe how mentoring will be carried out in a safe and ethical environment, giving the organisation reassurance. (AC 2.3)",
         """Every mentor will have an enhanced DBS check and complete the ECB's Safeguarding Young
         People in Cricket course before they are matched. Meetings with under-18s take place in
         open areas of the ground during academy hours, never one-to-one in a car or at the
         mentor's home. Confidentiality has clear exceptions: any safeguarding concern goes to the
         club welfare officer the same day. Mentors must not give advice on contracts or agents,
         as they could have a conflict of interest, and must not discuss selection. Notes are kept
         on the academy's secure system, and players are treated equally regardless of background,
         school or whether their parents are members."""),

    H(1, "Task 3 – The mentoring process"),
    task("Task 3 (a)",
         "Explain how to manage a mentoring process and propose a recognised model most appropriate to your organisation. (AC 3.1)",
         """I propose Clutterbuck's five-stage model of developmental mentoring: building rapport,
         setting direction, progress making, winding down and moving on."""),
    P("""continued: It suits a season-long relationship because it describes how the relationship
      changes over time rather than just one conversation. In April and May the mentor focuses
      on rapport. By June the player has a direction, for example getting into the second team
      or managing A-level exams alongside cricket. The summer is progress making, with the
      mentor checking in monthly and after big moments like a debut or being dropped."""),
    P("""The mentor manages the process by recognising which stage they are in. The risk with
      senior pros is that they jump straight to advice before the rapport is there, so I will
      ask mentors to hold off on any goal talk until the second meeting. Winding down is planned
      for September, and moving on comes at the end-of-season review, when some relationships
      will turn into a lasting informal friendship."""),

    task("Task 3 (b)",
         "Describe three or more tools and techniques you propose to use to identify individual goals, taking account of individual preferences and needs. (AC 3.2)",
         """1. A 'wheel of life' adapted for cricketers, with segments for batting, bowling,
         fitness, education, family, friends, money and mental wellbeing; the player scores each
         from 1 to 10 and it quickly shows whether the worry is the cricket or everything around
         it. 2. A preferences conversation using a short card sort: the player picks cards showing
         how they like to learn (watching footage, talking, trying it) and how they like to be
         contacted. 3. A 'future self' exercise, where the player writes a short letter from
         themselves in three years' time, which often surfaces goals outside cricket. From these
         the pair agree two or three SMART goals, written in the player's own words."""),

    task("Task 3 (c)",
         "Explain how you will monitor and review individual progress towards goals, using a minimum of two methods. (AC 3.3)",
         """First, each monthly meeting opens with the player's own review of the actions from last
         time, which keeps them accountable. Second, the wheel is re-scored every three months, so
         the player sees the dips and gains and the mentor can spot a slide in wellbeing
         before it shows in performance. Third, a short mid-season review with the academy
         manager, using only what the player chooses to share, checks the goals are still
         realistic given selection and exams."""),

    H(1, "Task 4 – Records, reflection and supervision"),
    task("Task 4 (a)",
         "Explain why mentors are required to document and maintain mentor and mentee records, paying attention to best practice. (AC 4.1)",
         """Mentors keep the signed agreement and a brief note of each meeting: date, length, themes
         and actions. The player keeps their goals and their own notes. Records help the mentor
         pick up where they left off after a fortnight away with the first team, give the player
         a record of their own progress, and show the academy that meetings are actually
         happening, which matters for safeguarding. Best practice: brief and factual, shared with
         the player, nothing written that they would be upset to read, stored on the club's secure
         system rather than on a mentor's phone, kept under UK GDPR and deleted a year after the
         mentoring ends."""),

    task("Task 4 (b)",
         "Justify why reflective practice and supervision are important, including what may happen if the mentor does not reflect or undergo supervision. (AC 4.2)",
         """Cricketers are used to reviewing footage of their own dismissals; reflection asks mentors
         to do the same with their mentoring. A mentor who never reflects will repeat what worked
         for them as a player and assume it works for everyone. Supervision matters even more with
         young people. Without it, a mentor could miss signs that a player is not coping,
         become over-involved or cross a boundary without realising, or carry a worrying
         disclosure alone. Supervision also protects the club. I will run group supervision for
         mentors every six weeks with the club's welfare officer and an external mentor
         supervisor."""),

    T(["Learner declaration", "I confirm that this assignment is my own work and that all sources are acknowledged. Signed: G. Bowen   Date: 03/03/2025"]),
]

CASE = Case(
    name="sl_301_cricket_academy_pdf",
    unit="8587-301",
    kind="structured-pdf",
    files=[SourceFile("Bowen_G_301_assignment.pdf", BLOCKS)],
    labels={
        "1.1": "had nobody to talk to about it; he stopped playing altogether",
        "1.2": "hands over to the Professional Cricketers' Association's support",
        "1.3": "dropped catch in front of the first team",
        "1.4": "injured, coaching or in the second team for part of the season",
        "2.1": "most of our senior pros were released by somebody",
        "2.2": "a parent might expect reports on their son or daughter",
        "2.3": "never one-to-one in a car or at the mentor's home",
        "3.1": "hold off on any goal talk until the second meeting",
        "3.2": "a short letter from themselves in three years' time",
        "3.3": "spot a slide in wellbeing before it shows in performance",
        "4.1": "after a fortnight away with the first team",
        "4.2": "repeat what worked for them as a player",
    },
    expected_checks={"declaration": True, "evidence_matrix": None, "identifying": ["Josh"]},
    about="County cricket academy's 301 on a centre template saved as PDF: two-row tables per task ('Task 1 (a)'..'Task 4 (b)', printed guidance with the AC, then 'Learner response'), answers for 1.2 and 3.1 carried on in 'continued:' paragraphs below the box with the labels there, declaration as a table row; planted 'Josh'.",
)
