"""8587-300 assignment, DOCX: an aerospace machining plant's production manager, full of theorists, places and pseudonyms.

Gareth Brennan manages production at a precision machining plant on Deeside that makes wing
parts for an aircraft maker. His report answers the brief as "Task 1" to "Task 4" headings with
the criteria written as his own sub-headings, and draws on many named authors (Whitmore,
Gallwey, Downey, Grant, Hawkins and Smith, Kolb, Schon, Gibbs, Clutterbuck), codes (EMCC,
Association for Coaching), laws (Equality Act 2010, UK GDPR), places (Broughton, Wrexham,
Toulouse) and organisations. His one example coachee is "a setter I'll call Sam" (a
pseudonym he says he made up) and the others are roles. Nothing to flag: every name is an
author, place, organisation or pseudonym. A references list and a signed declaration.
"""

from corpus.case import B, Case, H, P, SourceFile

BLOCKS = [
    H(0, "Understanding the Principles and Practice of Coaching in an Organisational Context"),
    P("Unit 8587-300 written assignment - Gareth Brennan, Production Manager, Deeside Precision Components, Broughton"),

    H(1, "Introduction"),
    P("""Deeside Precision Components employs 240 people across three shifts machining wing ribs and
      brackets, most of which go to the aircraft maker's assembly line in Broughton with some
      shipped to Toulouse. We have an ageing workforce of skilled setters and a new intake of
      apprentices from the college in Wrexham. This report looks at how coaching could help us."""),

    H(1, "Task 1 - Coaching and the coach"),
    H(2, "Purpose of coaching here"),
    P("""Whitmore describes coaching as unlocking a person's potential to maximise their own performance.
      In our plant the purpose is very practical: we cannot afford for twenty years of know-how to walk
      out of the gate when our senior setters retire, and our apprentices need to become independent
      problem solvers, not people who wait for a supervisor. Coaching supports the business plan
      target of cutting scrap by 15% because the person who knows why a part is out of tolerance is
      usually the operator, and coaching draws that out rather than telling."""),
    H(2, "Role and responsibilities of the coach"),
    P("""The coach's role is to facilitate, not to instruct: to help the coachee set their own goals and find
      their own way to them (Downey calls this the non-directive end of the spectrum). The coach's
      responsibilities are different from the role: keeping the contract, keeping confidentiality within
      agreed limits, managing time, keeping accurate records, referring on when an issue is beyond coaching
      (for example a health or mental health issue to occupational health) and staying within their own
      competence."""),
    H(2, "Skills, knowledge and behaviours"),
    B("Skills: active listening, open and probing questions, summarising, giving balanced feedback."),
    B("""Knowledge: at least one coaching model, the organisation's policies, the limits of confidentiality,
      and enough understanding of the job to ask good questions without taking over the answer."""),
    B("""Behaviours: patience, curiosity, being non-judgemental and role modelling what you ask of others,
      such as turning up on time on a shop floor where lateness is a disciplinary matter."""),
    H(2, "Barriers and how to overcome them"),
    P("""The biggest barrier is shift work: a coach on days and a coachee on nights. We can overcome this by
      using the overlap hour at 6am and 2pm and paying the overtime. The second barrier is culture. On the
      shop floor being "coached" can sound like being in trouble, so we would start with volunteers and
      let them talk about it. The third is the manager as coach: a setter I'll call Sam (not his real name)
      told me he would never admit a mistake to someone who signs off his overtime, so where possible the
      coach should come from a different cell."""),

    H(1, "Task 2 - Starting and contracting"),
    H(2, "Initiating the relationship"),
    P("""Two methods I would use. First, a chemistry meeting away from the machines, in the training room,
      where the coach explains what coaching is and is not and the coachee decides whether to go ahead.
      Second, building rapport through matching the coachee's language and pace; Gallwey's point that
      the coach's job is to reduce interference means the first session should be about them, not the
      KPIs. Sharing a short coach profile beforehand also helps."""),
    H(2, "Contracting"),
    P("""Contracting matters because it makes the power and the boundaries visible. Without it a coachee on
      the shop floor will assume anything they say goes back to their supervisor. The process would be:
      an initial conversation, a three-way meeting with the coachee's cell leader to agree the business
      outcome, then a written agreement signed by coach and coachee covering confidentiality and its
      limits, frequency, cancellations, record keeping under UK GDPR, and how the relationship ends.
      The contract should be revisited at the midpoint, not filed and forgotten."""),
    H(2, "Safe and ethical practice"),
    P("""Safe practice includes holding sessions away from moving machinery, never in the cell itself. Ethical
      practice means following a code such as the EMCC Global Code of Ethics or the Association for
      Coaching code: being clear about confidentiality, avoiding conflicts of interest (not coaching your
      own direct report on a disciplinary issue), respecting diversity under the Equality Act 2010, and
      having supervision so the coach is not marking their own homework."""),

    H(1, "Task 3 - Managing the process"),
    H(2, "Using a model"),
    P("""I propose GROW (Whitmore, building on Gallwey's Inner Game) because it is simple enough to explain
      on a whiteboard in the canteen. Goal, Reality, Options, Will gives structure to a 45 minute session
      between shifts. Its strength is clarity. Its weakness, as Grant points out, is that it can become a
      mechanical checklist and it assumes the goal is clear at the start, which is often not so with an
      apprentice who does not yet know what good looks like. For them I would spend longer in Reality and
      be willing to go back to Goal after it."""),
    H(2, "Tools and techniques"),
    B("""A wheel of work, scoring eight parts of the setter role out of ten, to find where the coachee wants
      to focus and agree a goal from the lowest score they care about."""),
    B("""Scaling questions ("where are you now on a scale of one to ten, and what would one more point look
      like?") to turn a vague wish into a measurable goal."""),
    B("""A learning styles questionnaire such as Honey and Mumford, so that coaching with an activist happens
      at the machine and with a reflector over a written plan."""),
    B("""Psychometrics such as MBTI only through a qualified practitioner from HR."""),
    H(2, "Monitoring and reviewing progress"),
    P("""Monitoring: the coachee keeps a short action log and we check it at the start of every session, and
      where goals link to data we use it, such as first-off inspection pass rates from the quality system.
      Reviewing: a formal midpoint review against the original goals, with feedback from the cell leader,
      and a final review where the coachee scores themselves again on the wheel of work. Data alone can
      miss confidence, and self-scoring alone can flatter, so using both together gives the fairer picture."""),

    H(1, "Task 4 - Records, reflection and supervision"),
    H(2, "Purpose of records"),
    P("""For the coach, records give continuity between sessions, evidence of what was agreed, and material for
      reflection and supervision. For the coachee, their own records (action log, goals) keep ownership with
      them and show progress they might not otherwise notice. Records must be stored securely, kept only as
      long as needed and shared only as the contract allows."""),
    H(2, "Reflective practice and supervision"),
    P("""I would argue reflective practice is not optional for a coach. Kolb's cycle and Gibbs' model both make
      the point that experience alone does not produce learning; and Schon's reflection-in-action is what stops
      a coach ploughing on with a question that is clearly not landing. Supervision matters for a different
      reason: Hawkins and Smith describe it as developmental, resourcing and qualitative, and in a plant where
      the coach is likely to be a manager the qualitative function is the one we cannot do without. A coach
      with no supervision will drift back into telling and will not notice, and the coachee pays for it."""),

    H(1, "References"),
    P("""Clutterbuck, D. (2014) Everyone Needs a Mentor. Downey, M. (2003) Effective Coaching. Gallwey, W. T. (1974)
      The Inner Game of Tennis. Grant, A. (2011) Is it time to REGROW the GROW model? Hawkins, P. and Smith, N.
      (2013) Coaching, Mentoring and Organizational Consultancy. Kolb, D. (1984) Experiential Learning. Schon, D.
      (1983) The Reflective Practitioner. Whitmore, J. (2017) Coaching for Performance."""),
    P("I declare that this assignment is my own work. Gareth Brennan, 3 March"),
]

CASE = Case(
    name="t_8587_300_machining_plant_docx",
    unit="8587-300",
    kind="structured-docx",
    files=[SourceFile("G Brennan 8587-300 assignment.docx", BLOCKS)],
    labels={
        "1.1": "twenty years of know-how to walk out of the gate",
        "1.2": "The coach's responsibilities are different from the role",
        "1.3": "turning up on time on a shop floor",
        "1.4": "using the overlap hour at 6am and 2pm",
        "2.1": "Gallwey's point that the coach's job is to reduce interference",
        "2.2": "a three-way meeting with the coachee's cell leader",
        "2.3": "holding sessions away from moving machinery",
        "3.1": "be willing to go back to Goal after it",
        "3.2": "turn a vague wish into a measurable goal",
        "3.3": "Data alone can miss confidence, and self-scoring alone can flatter",
        "4.1": "keep ownership with them and show progress",
        "4.2": "the qualitative function is the one we cannot do without",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": None,
        # Authors (Whitmore, Gallwey, Downey, Grant, Hawkins and Smith, Kolb, Schon, Gibbs, Clutterbuck,
        # Honey and Mumford), codes, laws, places (Broughton, Wrexham, Toulouse), organisations and the
        # self-declared pseudonym "Sam": nothing identifying.
        "identifying": [],
    },
    about="Aerospace machining production manager; 8587-300 DOCX report under Task 1-4 headings with own sub-headings, bullets for skills and tools, many authors, codes, laws, places and a declared pseudonym; references; clean names case.",
)
