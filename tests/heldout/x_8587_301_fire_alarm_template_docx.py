"""8587-301 Understanding Good Practice in Mentoring: a fire and security installer's training coordinator, centre answer template (DOCX).

Sunita Ramsay is training and competence coordinator at a fire alarm and security systems
installer in Leicestershire and proposes a mentoring scheme for apprentice engineers. Her
centre's answer booklet is a Word template: a cover table, a heading per learning outcome,
and under each a two-column table whose rows are "criterion and task" cell on the left and
the learner's answer cell on the right, with a header row ("Assessment criterion and task" /
"Learner response"). The question cells repeat the AC text and task from the handbook; all
her words are in the answer cells, some of them long with several paragraphs run together.
After the tables: Appendix 1, a "completed example" of the scheme's matching form that she
meant to anonymise - the name is "[removed]" but the apprentice's mobile number is still
there - and Appendix 2, references. The template's declaration box is signed.

Planted (1): the apprentice's mobile in Appendix 1 ("07832 614509"). Clean but tricky: her
own name on the cover and declaration, the centre's assessor named where the cover asks,
the company (Beacon Fire & Security), bodies and standards (BAFE, NSI, BS 5839, the Fire
Industry Association), a panel manufacturer that reads like a word (Gent), Leicester,
Coalville, Loughborough, theorists (Clutterbuck, Megginson, Kolb, Whitmore, Parsloe) and
the EMCC code.
"""

from corpus.case import Case, H, P, SourceFile, T

HEAD = ["Assessment criterion and task", "Learner response"]

LO1 = T(
    HEAD,
    ["1.1 Describe the purpose of effective mentoring within an organisational context. Task: Describing the purpose of effective mentoring within the organisation.",
     """Beacon Fire & Security designs, installs and maintains fire alarm and intruder systems for
     schools, care homes and warehouses across the East Midlands. We take on four or five
     apprentice engineers a year. An apprentice spends most of the week in a van with whichever
     engineer is free, so what they learn depends on who they get. The purpose of mentoring here
     would be to give each apprentice one experienced person, not their supervisor, who helps
     them develop over the whole apprenticeship: to pass their end-point assessment, to build
     the confidence to talk to clients on site, and to stay with us. Last year two of our five
     apprentices left in their first year and both said in their exit interview that they felt
     like a spare pair of hands. Mentoring also passes on knowledge from our older engineers,
     several of whom retire in the next five years, and supports our BAFE and NSI audits,
     which ask how we keep engineers competent."""],
    ["1.2 Explain the role and responsibilities of an effective mentor. Task: Explaining both the roles and responsibilities of an effective mentor within the organisation, setting out clearly what is expected of a mentor at each stage of the mentoring relationship from initiation to completion.",
     """The role of the mentor is to be a guide and sounding board, helping the apprentice to
     think things through and find their own way, rather than a trainer who tells them what to
     do or a supervisor who checks their work. Responsibilities at each stage: At the start, the
     mentor contacts the apprentice within a week of matching, has an informal first meeting and
     agrees the mentoring agreement. In the middle, the mentor meets monthly, helps the apprentice
     set and review goals, listens, challenges, shares experience when it is useful, keeps
     confidences, keeps brief records and refers anything outside their competence (for example
     health or money worries) to HR. Towards the end, the mentor reviews progress against goals,
     helps the apprentice plan for after the end-point assessment and closes the relationship
     properly, then gives feedback on the scheme to me. Throughout, they are a role model, and on
     our sites that means being seen to isolate a panel properly even when the client is in a
     hurry."""],
    ["1.3 Identify the skills, knowledge and behaviours required of an effective mentor. Task: Setting out the key knowledge and skills and behaviours that mentors will need to carry out the role effectively.",
     """Knowledge: the apprenticeship standard and end-point assessment; BS 5839, the Fire
     Industry Association's guidance and how our jobs run, from a two-zone panel to a networked
     Gent system; our policies on safeguarding (many of our sites are schools and care homes),
     lone working and welfare; the mentoring agreement and the limits of the role. Skills:
     active listening, open questions, summarising, goal setting, giving specific feedback,
     and being able to hold a conversation on the phone at the end of a long day, since
     mentors and apprentices are rarely on the same job. Behaviours: patience, reliability
     (turning up when you said you would), confidentiality, being non-judgemental with an
     apprentice who has just set off a whole school's sounders by mistake, and honesty about
     your own mistakes."""],
    ["1.4 Identify how to overcome potential barriers to mentoring. Task: Identifying two or more potential barriers to mentoring which may be encountered by the mentor, the individual(s) being mentored and the organisation. You should suggest ways to overcome or minimise the identified barriers within your work setting.",
     """Mentor: time. Engineers are paid partly on jobs completed and call-outs. To overcome this,
     mentoring time is booked on the job sheet as a non-chargeable code so it does not count
     against them, and meetings can be at the Coalville depot at the start of the day when vans
     are loaded. Mentee: the culture of "keep your head down". Apprentices worry that admitting
     they do not understand a loop fault will get back to their supervisor. We will overcome
     this by never matching an apprentice with an engineer they regularly work with and by
     making the confidentiality rules clear in the first meeting. Organisation: cost and the
     view from some managers that "we never had mentors". I will start with a pilot of four
     pairs, train the mentors in one day, and report retention and end-point assessment results
     to the Operations Director after a year."""],
)

LO2 = T(
    HEAD,
    ["2.1 Identify methods to initiate a productive working relationship with an individual. Task: Identifying how mentors will commence mentoring with an individual from the initial contact and how they will build good relationships in their mentoring by building rapport and establishing trust.",
     """Matching: I will match using a short form (see Appendix 1 for an example) that asks the
     apprentice about their interests, how they like to be contacted and what they want help
     with, so the pair has something in common from the start. First contact: the mentor
     phones or texts, whichever the apprentice ticked, within a week, and they meet somewhere
     neutral, the depot canteen or a cafe, not the office. Rapport: the first meeting is about
     getting to know each other, how each got into the trade, football, vans, whatever comes up.
     Trust: the mentor does what they said they would do, keeps confidences, and tells a story
     against themselves early on. Either person can ask for a different match in the first six
     weeks with no questions asked."""],
    ["2.2 Explain the rationale for and process of contracting in mentoring. Task: Explaining why effective contracting should take place between mentor and the individual and where appropriate stakeholders, including the process of establishing the contract as well as the content and nature of the contract.",
     """Rationale: without a contract, people assume different things. An apprentice might think
     everything is secret, and then feel let down if a safety issue is passed on; a supervisor
     might think the mentor will report back on attitude. A contract agreed at the start
     prevents that and makes the relationship a partnership. Process: the mentor explains the
     scheme at the first meeting, they go through the agreement template together, change
     anything that does not fit, and both sign at the second meeting, so the apprentice has time
     to think. I, as scheme coordinator, see only that an agreement exists, not what is in it.
     Content: purpose and goals, how often and where they meet, how to cancel, confidentiality
     and its exceptions (safety, safeguarding, anything illegal), what records are kept and who
     sees them, length (twelve months) and how it ends. The apprentice's supervisor and the
     training provider are stakeholders: they agree the scheme's aims at induction but not the
     content of the meetings."""],
    ["2.3 Describe what represents safe and ethical practice in mentoring. Task: Providing reassurances to the organisation by describing how mentoring will be carried out in a safe and ethical environment.",
     """Mentors will follow the EMCC Global Code of Ethics and our own policies. In practice:
     some apprentices are 16 or 17, so our safeguarding policy applies in full, meetings are in
     open or public places, no lifts home alone, and contact is through company phones and
     within working hours; confidentiality has clear exceptions that the apprentice is told
     about at the start; no mentor mentors someone they supervise or assess; mentors respect
     differences of age, background and belief and do not push personal questions; notes are
     brief, factual and stored on the company system; and mentors know when to refer to HR, the
     employee assistance line or the training provider. Mentors will be DBS checked, which they
     already are for school sites, and trained before they start."""],
)

LO3 = T(
    HEAD,
    ["3.1 Explain how to manage a mentoring process using a recognised mentoring model. Task: Explaining how to manage a mentoring process and proposing a recognised model that is most appropriate to the organisation and the individuals being mentored.",
     """I propose Clutterbuck and Megginson's five stages of developmental mentoring, because our
     relationships will run for a year and the model follows a relationship over time. Building
     rapport, in the first one or two meetings. Setting direction, where the apprentice decides
     what they want, for example to commission a small system on their own by the end of year
     two. Progression, the longest stage, monthly meetings working on goals and reviewing
     actions, with the apprentice taking more of the lead. Winding down, as the end-point
     assessment approaches, making sure they have other support in place. Moving on, a final
     review and a proper ending. Within each meeting mentors can use GROW (Whitmore) to
     structure the conversation. The mentor manages the process by knowing which stage they are
     at and not rushing to goals before trust is there; I will check in with each mentor every
     quarter."""],
    ["3.2 Describe a range of mentoring tools and techniques that can be used to identify preferences and agree goals or outcomes to facilitate the mentoring process. Task: Describing three or more tools and techniques that you propose using to identify individual goals and how they take into account individual preferences and needs. The tools or techniques should be appropriate to the organisation and the individual(s) being mentoring.",
     """1. A self-assessment against the apprenticeship standard, which the apprentice rates red,
     amber or green, so goals come from their own view of their gaps. 2. A learning styles
     questionnaire (Honey and Mumford, based on Kolb), so the mentor knows whether this person
     learns by doing, watching or reading, and can suggest activities that suit. 3. A "day in
     the life" exercise, where the apprentice talks the mentor through a recent job minute by
     minute; it shows where they were confident and where they hid behind the engineer, and
     is good for apprentices who do not like forms. From these the pair agree two or three SMART
     goals and write them on the agreement. Parsloe's point that the mentee should own the goal
     is why the apprentice writes them, not the mentor."""],
    ["3.3 Explain methods for monitoring and reviewing progress towards goals. Task: Explaining how you propose to monitor and review individual progress towards goals, including a minimum of two methods.",
     """First, every meeting opens with a review of the actions from last time, and the
     self-assessment is redone every four months, so the apprentice sees ambers turning green
     and the pair can change a goal that no longer fits. Second, a six-month review meeting with
     the apprentice, mentor and training provider, using the apprentice's own summary, checks
     the goals still line up with their apprenticeship progress. Third, outside measures we
     already have, such as signed job sheets and the training provider's progress reviews, give
     evidence that is not just the mentor's opinion. Using more than one method matters because
     apprentices tend to underrate themselves in the self-assessment."""],
)

LO4 = T(
    HEAD,
    ["4.1 Explain the purpose of mentoring records for mentor and mentee. Task: Explaining why mentors are required to document and maintain mentor and mentee records paying close attention to ensuring best practice is adopted.",
     """For the mentor, records are a memory between monthly meetings, show that the scheme is
     working and protect them if there is ever a complaint. For the mentee, their own copy of the
     goals and actions shows progress they would otherwise forget, which helps motivation, and
     can be used as evidence in their end-point assessment portfolio. Records will be the
     matching form, the signed agreement and a short note of each meeting (date, length, topics,
     actions). Best practice: brief and factual, agreed with the apprentice, no opinions about
     third parties, stored in a restricted folder on the company system rather than in the van
     or on a personal phone, kept in line with UK GDPR and the Data Protection Act 2018, and
     deleted twelve months after the mentoring ends."""],
    ["4.2 Justify the importance of reflective practice and supervision within a mentoring context. Task: Justifying why reflective practice and supervision are important within a mentoring context, including what may happen if the mentor does not reflect or undergo supervision.",
     """Our engineers already reflect after a fault: what happened, why, what do we change.
     Mentors need the same habit for their conversations, or they will keep doing what feels
     comfortable, usually telling stories about the old days, and never notice the apprentice
     has stopped talking. A few lines after each meeting (what went well, what I would change,
     what I noticed about myself) is enough. Supervision matters because a mentor may hear
     something worrying, such as an apprentice being bullied on a site or struggling with their
     mental health, and should not carry that alone or decide alone what to do. Without
     supervision, mentors can get over-involved, miss a safeguarding concern or drift into
     managing. I will hold a group supervision session for mentors every two months and be
     available in between, and I will have supervision myself from the training provider."""],
)

BLOCKS = [
    H(0, "ILM Level 3 Certificate in Effective Coaching and Mentoring"),
    P("Unit 8587-301 Understanding Good Practice in Mentoring within an Organisational Context - Learner answer booklet"),
    T(
        ["Learner name", "Sunita Ramsay"],
        ["Job title / organisation", "Training & Competence Coordinator, Beacon Fire & Security Ltd, Leicester"],
        ["Centre", "Soar Valley Management Training"],
        ["Assessor", "Gordon Ellwood"],
        ["Date submitted", "7 March 2025"],
    ),
    P("""Please type your answer in the right-hand box for each criterion. The boxes will expand as
      you type. Do not delete the question text."""),
    H(1, "Learning outcome 1: Understand the purpose and benefits of mentoring"),
    LO1,
    H(1, "Learning outcome 2: Understand how to establish a productive mentoring relationship"),
    LO2,
    H(1, "Learning outcome 3: Understand how to manage a mentoring process"),
    LO3,
    H(1, "Learning outcome 4: Understand recording, reflection and supervision"),
    LO4,
    H(1, "Appendix 1 - Example matching form (completed, name removed)"),
    T(
        ["Mentee", "[removed]"],
        ["Apprenticeship year", "Year 1, fire and security systems technician"],
        ["Based at", "Coalville depot"],
        ["Preferred contact", "Text first, then call. Mobile 07832 614509"],
        ["Interests", "Five-a-side, fixing up old motorbikes"],
        ["What I want help with", "Talking to customers on site, the maths on my college course"],
        ["Anything your mentor should know", "Prefer mornings, I get the train from Loughborough"],
    ),
    H(1, "Appendix 2 - References"),
    P("Clutterbuck, D. and Megginson, D. (2005) Making Coaching Work. London: CIPD."),
    P("Parsloe, E. and Leedham, M. (2016) Coaching and Mentoring. 3rd edn. London: Kogan Page."),
    P("Whitmore, J. (2017) Coaching for Performance. 5th edn. London: Nicholas Brealey."),
    P("EMCC Global (2021) Global Code of Ethics."),
    H(1, "Learner declaration"),
    T(
        ["I confirm that this assignment is my own work and that all sources have been acknowledged.", ""],
        ["Learner signature", "S. Ramsay"],
        ["Date", "07/03/2025"],
    ),
]

CASE = Case(
    name="x_8587_301_fire_alarm_template_docx",
    unit="8587-301",
    kind="structured-docx",
    files=[SourceFile("Ramsay S - 301 answer booklet.docx", BLOCKS)],
    labels={
        "1.1": "felt like a spare pair of hands",
        "1.2": "being seen to isolate a panel properly",
        "1.3": "set off a whole school's sounders by mistake",
        "1.4": "booked on the job sheet as a non-chargeable code",
        "2.1": "tells a story against themselves early on",
        "2.2": "both sign at the second meeting, so the apprentice has time",
        "2.3": "meetings are in open or public places, no lifts home alone",
        "3.1": "not rushing to goals before trust is there",
        "3.2": "where they hid behind the engineer",
        "3.3": "apprentices tend to underrate themselves in the self-assessment",
        "4.1": "rather than in the van or on a personal phone",
        "4.2": "never notice the apprentice has stopped talking",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": None,
        "identifying": ["07832 614509"],
    },
    about="Fire and security installer's training coordinator, 301 in a centre answer booklet: per-LO two-column tables of criterion/task cell and answer cell, cover table with assessor, an appendix matching form with the name removed but an apprentice's mobile left in; signed declaration box.",
)
