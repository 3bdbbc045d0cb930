"""8587-300 Understanding Good Practice in Coaching: a glass container works' shift production manager, a Word report saved as PDF.

Rajinder ("Raj") Bhamra is a shift production manager at a glass bottle and jar works near Barnsley
and writes a proposal for coaching newly promoted hot end team leaders. It is a report saved
to PDF: a cover table (his tutor named where it asks), a short contents list, then twelve
headings of his own numbered "1." to "12.". The heading numbers clash with the AC numbers
(his "3." heading answers 1.2 and 1.3, his "4." answers 2.2 and 2.1), and only some headings
carry the AC in brackets.

Shapes: 1.2 and 1.3 under one heading "(1.2, 1.3)", in two paragraphs; contracting (2.2)
answered before initiating (2.1) under one heading "(2.2 / 2.1)"; the barriers (1.4) come late,
as heading 10 with no AC number, after records; reflective practice and supervision (4.2)
under heading 11 with the consequences of not doing it continued in the Conclusion; 3.2 as a
short table of tools followed by a paragraph. References list, no declaration (this centre
collects it on a separate cover sheet not included), no evidence matrix expected.

Clean: no planted details. Not identifying: his own name, his tutor on the cover, "TL1" as an
example team leader, the works manager, HR business partner and shift managers by role,
Dearne Valley Glass, Barnsley, the HSE, IS machines and lehrs, the EMCC, Whitmore, Jackson and
McKergow (OSKAR), Belbin, Luft and Ingham, Kolb, Gibbs, Schon, Hawkins and Shohet, Clutterbuck.
"""

from corpus.case import Case, H, P, SourceFile, T

BLOCKS = [
    P("ILM Level 3 Certificate in Effective Coaching and Mentoring"),
    P("Unit 8587-300: Understanding Good Practice in Coaching within an Organisational Context"),
    T(
        ["Learner", "Rajinder Bhamra"],
        ["Centre", "South Yorkshire Management College"],
        ["Tutor / assessor", "Dr Fiona Maitland"],
        ["Workplace", "Dearne Valley Glass, Barnsley works"],
        ["Word count", "3,140 (excluding references)"],
    ),
    P("""Contents: 1. Introduction 2. Why coach at Dearne Valley 3. The coach 4. Getting started 5. Safe and
      ethical 6. Managing the process 7. Tools 8. Monitoring 9. Records 10. Things that get in the
      way 11. Reflection and supervision 12. Conclusion. References."""),

    H(1, "1. Introduction"),
    P("""I have been asked by the works manager to put forward how we could use coaching to
      support people moving into the hot end team leader role. We have promoted six operators to
      team leader in the last eighteen months and three have struggled, mainly with leading the
      people they used to work alongside. This report sets out what coaching is for in our
      works, what a coach does, how it would start and be kept safe, the model and tools I
      propose and how we would record and review it."""),

    H(1, "2. Why coach at Dearne Valley (1.1)"),
    P("""The works runs 24/7 on a four-shift pattern and the furnace never goes out. Sand, soda ash
      and cullet are melted at about 1,500 degrees, cut into gobs and blown into bottles on the IS
      machines, annealed in the lehrs, inspected and palletised. A hot end team leader runs a
      shift of eight to ten operators and has to make quick calls on
      quality and safety at 3am with no manager on the floor. We train them well on the process
      but not on how to lead, think problems through or handle their own confidence. Every hour
      a machine runs bad ware costs us about forty thousand bottles, and a poor decision on a night shift
      usually starts with a team leader who did not want to ask for help."""),
    P("""So the purpose of coaching here is performance and independence: helping new team leaders
      get to their own answers, build confidence and judgement faster, and take ownership of
      their development. It is about unlocking what they can already do (Whitmore's "unlocking a
      person's potential") rather than more instruction. For the business that means steadier
      shifts, fewer escalations to the duty manager, better retention of team leaders and a
      culture where people ask questions before they act. It also links to our People Strategy
      aim of filling 70% of supervisory posts from within."""),

    H(1, "3. The coach - role, responsibilities, skills, knowledge and behaviours (1.2, 1.3)"),
    P("""Role. The coach is a facilitator of the coachee's thinking, not an expert adviser, a trainer
      or a line manager. On a site full of engineers the pull is to give the answer, and the coach
      is not there to fix the IS machine, they are there to help the team leader work out how they
      will. Responsibilities at each stage: at initiation, making contact, explaining what
      coaching is and is not, agreeing the contract with the coachee and the line manager and
      checking the coachee actually wants it; during the relationship, turning up prepared,
      keeping to the contract, helping set goals, challenging and supporting, keeping records,
      keeping confidentiality within its agreed limits and recognising when to refer (for
      example to occupational health or the Employee Assistance Programme); at completion,
      reviewing goals, celebrating progress, agreeing how the coachee will keep going without
      the coach, asking for feedback and closing the records. Throughout, the coach is
      responsible for their own development and for using supervision."""),
    P("""Skills, knowledge, behaviours. If I had to rank them I would put knowing where your own
      competence ends first, because a coach who strays into counselling or into process
      instructions does harm. Knowledge: a coaching model and tools, the EMCC code, our
      policies (confidentiality, data protection, safeguarding, grievance), and enough about the
      process to follow the conversation. Skills: active listening at all three levels,
      powerful open questions, summarising and reflecting back, giving feedback, rapport
      building, goal setting. Behaviours: patience, curiosity, non-judgement, integrity,
      keeping promises, self-awareness and holding back from rescuing."""),

    H(1, "4. Getting started: contracting and the first meetings (2.2 / 2.1)"),
    P("""Contracting first, because at Dearne Valley it has to happen before anything else. The reason to
      contract is that coaching in a workplace has more than two parties: the coachee, the coach
      and the organisation that pays for it. Without a contract, expectations differ, the line
      manager may expect a report, the coachee may think it is a disciplinary step, and the coach
      has no basis to say no. The process: an initial conversation with the coachee alone, then a
      three-way meeting with the coachee and their shift manager to agree the organisational
      goals and what the manager will and will not be told (attendance and broad progress only),
      then a written agreement signed by the coachee and coach covering purpose, number and
      length of sessions (six sessions of an hour over three months), venue, confidentiality
      and its limits, record keeping and access, cancellation, how either side can end it, and
      a review point after session three. The contract is revisited at that review, not filed
      and forgotten."""),
    P("""Starting the relationship. The first contact will be informal: a brew in the hot end mess room
      before anything formal, so the coachee meets the coach as a person. Methods to build
      rapport and trust: explaining coaching clearly and checking they are there by choice,
      finding common ground (most of us started on the cold end), matching their pace and
      language, listening more than talking, being open about the coach's own experience of
      being a new team leader, and keeping every promise from the first week. Coaches will be
      matched from a different shift so the coach is never the coachee's own manager, and the
      coachee can ask for a change with no questions asked."""),

    H(1, "5. Safe and ethical (2.3)"),
    P("""We run a furnace and forming machines that can burn or crush people, so one boundary is never negotiable: if anything said in a
      session suggests a risk to safety (an unsafe practice, someone unfit for work, a near miss
      not reported) the coach must act on it, and coachees are told this at contracting. Other
      parts of safe and ethical practice: working within competence and referring on, keeping
      confidentiality and explaining its limits, keeping records securely under UK GDPR,
      avoiding conflicts of interest (no coaching within your own line), equality and
      respect for difference, holding sessions in a private but visible place (the training
      room on the admin block, not someone's car), not using coaching information in
      appraisals or promotion decisions, and coaches following the EMCC Global Code of Ethics
      and attending supervision."""),

    H(1, "6. Managing the process (3.1)"),
    P("""I propose the OSKAR model (Jackson and McKergow): Outcome, Scaling, Know-how, Affirm and
      Action, Review. I considered GROW, which most of our managers know, but OSKAR suits engineers
      because it starts from what already works rather than what is broken, and our new team
      leaders are bombarded with what is broken. Managing the process means the coach runs the
      whole arc, not just single sessions: contract (section 4); session one sets the Outcome for
      the programme and the first scale; each session after that starts with Review of the last
      actions, uses Scaling to see where they are now, draws out Know-how (times it already went
      well), Affirms what they are doing right and agrees small Actions; the session-three
      review checks the contract and goals; the final session reviews the overall outcome and
      plans how the coachee keeps going. For example TL1 might set the outcome "my shift sorts
      its own breaks without me", scale it at 3, and find that on the one night it worked it was
      because he had briefed the rota at the start of shift."""),

    H(1, "7. Tools (3.2)"),
    T(
        ["Tool", "What it is", "How it helps with preferences and goals"],
        ["Scaling (0-10)", "The coachee rates where they are now and where they want to be",
         "Quick, numerical, fits people who like data; turns a vague goal into a measurable one"],
        ["Belbin team roles", "Self-perception inventory of preferred team roles",
         "Shows how they prefer to work and where they clash with their team, which shapes the goals"],
        ["Johari window (Luft and Ingham)", "Known/unknown to self and others",
         "Used with 360 feedback from their operators to find blind spots"],
        ["Wheel of performance", "Eight spokes from our team leader competencies, each rated",
         "The coachee picks which spokes to work on, so the goals are theirs"],
    ),
    P("""Of these, scaling is the one I expect to use most because it works in a ten-minute gap on a
      night shift as well as in a planned session. The wheel and Belbin would be done at the
      start to identify preferences and agree goals; the Johari window works best once trust is
      built, around session three, as it asks for feedback from their team. Whatever tools are
      used, the coach should check how the coachee likes to learn (Kolb) - some of our team
      leaders will want to try something on shift first and reflect after, others will want to
      read the procedure first."""),

    H(1, "8. Monitoring and reviewing progress (3.3)"),
    P("""Three methods. First, scaling at the start of each session against the goals set in session
      one, so progress (or not) is visible and the conversation turns to what moved the number.
      Second, evidence from the job: the shift handover KPIs they already report on, such as
      escalations to the duty manager, pack rates and job change times, looked at together every
      month so the coachee sees real change, not just how they feel. Third, a formal three-way
      review with the shift manager at the end, using the original goals, and a short
      questionnaire to their operators before and after. Each method supports progress in a
      different way: scaling keeps motivation up session to session, the KPIs keep it honest,
      and the three-way review links it back to what the organisation asked for."""),

    H(1, "9. Records (4.1)"),
    P("""For the coach, records are a memory between sessions (nights and rest days mean sessions can
      be three weeks apart), evidence that the contract has been kept, a base for reflection and
      supervision, and protection if there is ever a complaint. For the coachee, the coachee keeps
      their own action log, which makes them responsible for their actions and lets them see
      their progress over time. The organisation needs minimal records too: attendance, not
      content. Best practice: record facts and agreed actions, not opinions or diagnoses; agree
      at contracting who sees what; the coachee can see anything written about them; keep them
      secure (a locked cabinet and the restricted HR folder, never the shared shift drive);
      keep them only as long as needed (one year after the end) and destroy them securely; and
      comply with UK GDPR and our data retention policy."""),

    H(1, "10. Things that get in the way"),
    P("""For the coachee: shift work and fatigue, with sessions after nights being useless, and
      suspicion that coaching is a sign they are failing. We can overcome these by booking
      sessions on the first day shift after rest days, in paid time, and by presenting
      coaching as something all new team leaders get. For the coach: being pulled onto the
      floor. If a section goes down, the coachee is the one who gets called to the machine and the
      session is lost, so sessions will be off shift or with cover arranged by the shift
      manager in advance. Coaches may also slip into telling, which supervision will pick up.
      For the organisation: a culture of "just tell them the answer" and managers who want a
      report on their team leader. The three-way contracting meeting and a briefing for shift
      managers from the works manager should deal with this, and a coaching champion in HR
      (our HR business partner has agreed) will keep it visible."""),

    H(1, "11. Reflection and supervision (4.2)"),
    P("""I would argue that reflective practice and supervision are not optional extras but what
      keeps coaching safe and useful. Reflection (Kolb's cycle, Gibbs, Schon's reflection in and on
      action) is how a coach learns from each session rather than repeating the same habits;
      without it, a coach who always drifts into advice never notices. Supervision adds a second
      pair of eyes. Hawkins and Shohet describe its functions as developmental, resourcing and
      qualitative: it develops the coach, supports them when a session was heavy, and protects
      the quality of coaching and the coachee. In our setting, without supervision a coach marks
      their own homework. I propose coaches meet an external supervisor every six weeks and
      keep a reflective log after each session."""),

    H(1, "12. Conclusion"),
    P("""Coaching would give our new team leaders a space to think that the shift pattern does not
      otherwise allow. The risks are manageable if we contract properly, keep to the safety boundaries
      of the hot end and support our coaches. If coaches do not reflect or take supervision,
      the likely results are collusion with the coachee, advice dressed up as coaching, missed
      signs of stress, ethical slips such as passing things on to managers, and burnout in the
      coaches themselves, and the organisation would have no way of knowing coaching was doing
      any good. I recommend a pilot with the next three team leaders promoted."""),

    H(1, "References"),
    P("Clutterbuck, D. (2014) Everyone Needs a Mentor. 5th edn. London: CIPD."),
    P("EMCC Global (2021) Global Code of Ethics. Available at: emccglobal.org (accessed 3 March 2025)."),
    P("Hawkins, P. and Shohet, R. (2012) Supervision in the Helping Professions. 4th edn. Maidenhead: Open University Press."),
    P("Jackson, P.Z. and McKergow, M. (2007) The Solutions Focus. 2nd edn. London: Nicholas Brealey."),
    P("Whitmore, J. (2017) Coaching for Performance. 5th edn. London: Nicholas Brealey."),
]

CASE = Case(
    name="zd_b_8587_300_glassworks_pdf",
    unit="8587-300",
    kind="structured-pdf",
    files=[SourceFile("Bhamra 8587-300 coaching report.pdf", BLOCKS)],
    labels={
        "1.1": "a machine runs bad ware costs us about forty thousand bottles",
        "1.2": "the coach is not there to fix the IS machine",
        "1.3": "knowing where your own competence ends first",
        "1.4": "the coachee is the one who gets called to the machine",
        "2.1": "a brew in the hot end mess room before anything formal",
        "2.2": "three-way meeting with the coachee and their shift manager",
        "2.3": "so one boundary is never negotiable",
        "3.1": "OSKAR suits engineers because it starts from what already works",
        "3.2": "scaling is the one I expect to use most",
        "3.3": "the shift handover KPIs they already report on",
        "4.1": "the coachee keeps their own action log",
        "4.2": "without supervision a coach marks their own homework",
    },
    expected_checks={
        "declaration": False,
        "evidence_matrix": None,
        "identifying": [],
    },
    about="Glass container works shift production manager's 300 report as a Word PDF: cover table and contents, his own headings '1.'-'12.' whose numbers clash with AC numbers, 1.2/1.3 and '2.2 / 2.1' under shared headings (contracting first), barriers late under an unnumbered title, 4.2 finished in the Conclusion, tools table; clean (OSKAR, Belbin, IS machines, Barnsley), no declaration.",
)
