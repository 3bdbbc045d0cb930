"""8587-300 Understanding Good Practice in Coaching: a cyber security operations centre, DOCX.

Priya Raman is a shift lead in the security operations centre (SOC) of a managed security
services provider and proposes coaching for the analysts on her rota. She used her centre's
answer template and kept all of it: a contents list with page numbers, each criterion's full
wording as a Heading 2 ("AC 1.1 Describe the purpose of ..."), the handbook's guidance
pasted under it as a "Guidance:" paragraph, and the template prompt "[Type your answer
below - suggested 150-300 words]" left in under several. So the heading and the two
paragraphs under it carry the criterion's words and are never the answer. 1.3 and 1.4 share
one heading and one pasted guidance block; the skills/knowledge/behaviours answer comes
first and the barriers are a table after it (1.4 label in a table cell). 1.1 is spread over
the introduction (the alert-fatigue context) and its own section, where the label sits in
the middle paragraph of three. 3.3 is answered before 3.2 (she says the reviewing decides
which tools she picks). Long 4.2 answer with the label in the middle. Signed declaration.

Clean: analysts are "Analyst A", "a level 1 analyst"; the company is unnamed. Not
identifying: the learner's own name, Schön, Whitmore, OSKAR (Jackson and McKergow),
the EMCC, the NCSC, MITRE ATT&CK, Splunk.
"""

from .case import Case, H, P, SourceFile, T

GUIDE = "[Type your answer below - suggested 150-300 words]"

BLOCKS = [
    H(0, "Unit 300 Assignment - Coaching in the Security Operations Centre"),
    P("Learner: Priya Raman    Role: SOC Shift Lead    Centre assessor: see cover sheet"),
    P("Contents"),
    P("Introduction ........ page 2"),
    P("Section 1: AC 1.1 - 1.4 ........ page 2"),
    P("Section 2: AC 2.1 - 2.3 ........ page 4"),
    P("Section 3: AC 3.1 - 3.3 ........ page 5"),
    P("Section 4: AC 4.1 - 4.2 ........ page 7"),
    P("References and declaration ........ page 8"),

    H(1, "Introduction"),
    P("""Our SOC watches client networks around the clock for signs of attack. Analysts work
      twelve-hour shifts triaging alerts from the monitoring tools and escalating incidents. Most level 1 analysts join us from university or a bootcamp, and many
      leave within eighteen months, citing alert fatigue and no way to progress. This assignment sets out how
      coaching could help."""),

    H(1, "Section 1"),
    H(2, "AC 1.1 Describe the purpose of effective coaching within an organisational context"),
    P("""Guidance: Provide a clear description of effective coaching, its benefits and uses. The
      learner should situate this within their own organisation or other organisational
      context familiar to them."""),
    P(GUIDE),
    P("""Coaching is a structured, one-to-one conversation, or series of conversations, in which a
      coach helps someone improve their performance and reach goals they have chosen, mainly by
      asking questions and helping them find their own answers rather than by instructing (Whitmore)."""),
    P("""In the SOC the purpose would be practical. Our analysts already get plenty of technical
      training; what they lack is help to turn it into judgement on shift. A coached analyst
      learns to reason through an alert out loud instead of escalating anything they are unsure
      about, which is what makes a level 1 ready for level 2. It also gives them a protected half hour away
      from the queue, which matters in a job where people burn out quietly."""),
    P("""For the organisation: faster promotion from within instead of hiring level 2
      analysts, fewer unnecessary escalations, and better retention."""),

    H(2, "AC 1.2 Explain the role and responsibilities of an effective coach"),
    P("""Guidance: Clearly explain the role of an effective coach as distinct from other roles
      (e.g., mentor, trainer, supervisor, etc.) The learner should also explain the
      responsibilities of the coach throughout a coaching relationship and referencing any
      boundaries or limitations."""),
    P(GUIDE),
    P("""The coach's role is to help the coachee think, not to think for them.  Their shift lead supervises and judges
      performance, the threat intelligence team trains them, and senior analysts mentor them
      informally. A coach
      may know far less about malware than the coachee and still be effective, because the
      expertise they bring is in the conversation. For that reason I would not coach anyone on
      my own shift; coaches will be trained shift leads coaching analysts from another rota."""),
    P("""Responsibilities run through the relationship: at the start, contracting and
      explaining confidentiality; during it, preparing, keeping records, challenging and
      holding the coachee to their commitments; at the end, reviewing and closing properly.
      Throughout, the coach stays within their competence and refers on, for example to the
      employee assistance programme."""),

    H(2, "AC 1.3 Identify the skills, knowledge and behaviours required of an effective coach / AC 1.4 Identify how to overcome potential barriers to coaching"),
    P("""Guidance: State and distinguish between the knowledge, skills and behaviour required to be
      an effective coach within their own or other organisational context. The learner may want
      to refer to established frameworks and/or recognised standards for coaches. Identify two
      or more potential barriers to coaching relating to the coach, coachee and organisation or
      working context. For each potential barrier the learner should provide potential ways in
      which these could be overcome or minimised."""),
    P("""Using the EMCC competence framework as a guide, I would split it like this. Knowledge: a
      coaching model, the coaching contract and ethics, the limits of coaching, and enough
      understanding of SOC work and the analyst career path to ask sensible questions. Skills: listening, open and challenging questions, summarising, goal setting, feedback. Behaviours: curiosity, patience, discretion, and the self-discipline to resist giving the answer to an analyst who is stuck on a phishing
      triage, which for a shift lead is the hardest part."""),
    P("The barriers I expect, and what I would do about each:"),
    T(["Barrier", "Why it gets in the way", "How to overcome it"],
      ["Shift patterns", "Coach and coachee rarely share a day shift",
       "Hold sessions at the overlap between shifts, paid, and allow video calls"],
      ["The queue", "Nobody wants to step away while alerts stack up",
       "Book coaching into the rota as off-queue time, covered by the shift lead"],
      ["Coachee suspicion", "Analysts may think coaching means they are underperforming",
       "Offer it to everyone on the level 1 pathway and say so openly"],
      ["Coach habits", "Shift leads are used to solving problems fast",
       "Coach training plus supervision where they replay recordings of their questions"]),

    H(1, "Section 2"),
    H(2, "AC 2.1 Identify methods to initiate a productive working relationship with an individual"),
    P("""I would use an informal chemistry call of twenty minutes so the analyst can decide whether
      they want to work with this coach, a short questionnaire about their hopes, and a first session that is mostly about them rather than about goals: how they
      got into security, what a good shift feels like. Meeting away from the SOC floor, where the wall of screens pulls at them, helps too."""),

    H(2, "AC 2.2 Explain the rationale for and process of contracting in coaching"),
    P("""Guidance: Explain the justification of contracting in coaching and how this process
      supports safe and ethical coaching practice. The learner should state what a contract
      should contain and explain the process to achieve successful contracting with the
      individual and key stakeholders within an organisational context."""),
    P(GUIDE),
    P("""Contracting sets the ground rules before anything personal is discussed, so both people
      and the organisation know what to expect and nobody is surprised later. Ours would cover:
      sessions, cancellation, confidentiality and its exceptions (risk of harm, illegality,
      a security breach), records, aims, and how it ends. The process: a
      three-way meeting with the line manager, who states what the business hopes for but
      agrees not to ask about session content, then coach and coachee agree the detail alone
      and sign."""),

    H(2, "AC 2.3 Describe what represents safe and ethical practice in coaching"),
    P("""Guidance: Describe safe and ethical practice in coaching. The learner should consider
      practical safety, confidentiality and potential conflicts of interests and values."""),
    P("""Safe practice starts with the practical: a bookable room, not a car park at the end
      of a night shift. Ethically, the coach
      follows a recognised code (we would adopt the EMCC Global Code of Ethics), keeps
      confidences as contracted, stays within their competence, and avoids conflicts of
      interest, such as coaching someone they will shortly be interviewing for promotion. And here
      coachees may mention client incidents, so the coach must
      never write client names or indicators of compromise into coaching notes."""),

    H(1, "Section 3"),
    H(2, "AC 3.1 Explain how to manage a coaching process using a recognised coaching model"),
    P("""Guidance: Explain how to use a recognised coaching model for effective coaching. The learner
      should identify the strengths and weaknesses of the model and clarify how it can be used
      to manage the coaching process, supporting with relevant examples or context."""),
    P(GUIDE),
    P("""I would use OSKAR (Jackson and McKergow), a solution-focused model: Outcome (what do you
      want?), Scaling (where are you now on a scale of one to ten?), Know-how (what already
      works, and when have you done this before?), Affirm and Action (what is going well, and
      what is the next small step?) and Review (what is better since last time?)."""),
    P("""Its strength is that it starts from what already works, which suits people who spend
      their shift looking for what is wrong. Its weakness is that a coachee with a real problem may feel the
      focus on positives skips over it.
      To manage the process, I would use a whole session for the Outcome in the first meeting,
      then open every later session with Review and a fresh scale. For example, Analyst A rates
      her confidence escalating to a client at three out of ten; asked when it was a four, she
      remembers a call where she had written her points down first, and that becomes her
      next step."""),

    H(2, "AC 3.3 Explain methods for monitoring and reviewing progress towards goals"),
    P("""(I have answered 3.3 before 3.2 because how I review progress decides which tools I use.)"""),
    P("""First, the coachee's own scaling each session: quick but subjective. Second, evidence from the work itself: our
      ticketing system already records escalation accuracy and time to triage, so an analyst
      can see whether the share of escalations sent back as false positives is falling. Third, feedback from the level 2 analysts who receive their escalations. """),

    H(2, "AC 3.2 Describe a range of coaching tools and techniques that can be used to identify preferences and agree goals or outcomes to facilitate the coaching process"),
    P("""Guidance: Describe a minimum of three tools or techniques that can be used to facilitate the
      coaching process. The learner should include information on ways to assess the needs and
      preferences of individuals and approaches to agreeing goals and outcomes for coaching."""),
    P("""A wheel of work: the analyst rates eight areas (technical skill, client communication,
      shift wellbeing, teamwork and so on) and we talk about the lowest and the one they most
      want to move. A learning preferences conversation: labs, write-ups or shadowing an incident? Mapping their skills against the
      MITRE ATT&CK techniques they handle shows where the gaps are in a language they already
      use. Finally, SMART goals in the coachee's own words."""),

    H(1, "Section 4"),
    H(2, "AC 4.1 Explain the purpose of coaching records for coach and coachee"),
    P("""Guidance: Explain the purpose and importance of coaching records. The learner should provide
      information on the different types of coaching records and their use and consider
      relevant legislation with regard to confidentiality and data management."""),
    P("""For the coach, records (contract, session notes, actions, reflective log) are a memory
      between sessions, evidence of what was agreed, and material for supervision. For the coachee, a copy of the agreed
      actions and their own goal sheet means they own their progress and can see how far they
      have come. Under UK GDPR notes are personal data: minimal, factual, secure, and not kept
      longer than needed. Here notes go in an access-controlled folder outside the ticketing
      system where shift leads cannot browse them."""),

    H(2, "AC 4.2 Justify the importance of reflective practice and supervision within a coaching context"),
    P("""Guidance: Justify the use of reflective practice and the role of supervision in coaching.
      The learner may wish to reference relevant coaching frameworks, codes of ethics or
      standards and their own experience."""),
    P("""Reflective practice means looking back at a session, making sense of it and deciding
      what to do differently (Schön's reflection on action)."""),
    P("""It matters because coaching skill does not improve by itself. When I practised coaching on
      the course I thought my questions were open; when I listened back to a recording, I found
      most of them were solutions with a question mark on the end. Without that reflection I
      would have kept leading coachees to my answers and called it coaching.  Supervision adds another experienced person who notices your blind spots, checks
      your ethics, and helps with situations like an analyst disclosing burnout. Without it a coach can drift outside their competence without knowing it, and the
      analyst pays for that."""),

    H(1, "References"),

    P("Jackson, P. and McKergow, M. (2007) The Solutions Focus. 2nd edn. London: Nicholas Brealey."),

    P("Schön, D. (1983) The Reflective Practitioner. New York: Basic Books."),
    P("Whitmore, J. (2017) Coaching for Performance. 5th edn. London: Nicholas Brealey."),
    P("Declaration of authenticity: I declare that this assignment is my own work. Signed Priya Raman, 2 June 2025."),
]

CASE = Case(
    name="r19c_300_cyber_soc_docx",
    unit="8587-300",
    kind="structured-docx",
    files=[SourceFile("PRaman_8587-300_assignment.docx", BLOCKS)],
    labels={
        "1.1": "learns to reason through an alert out loud",
        "1.2": "may know far less about malware than the coachee",
        "1.3": "resist giving the answer to an analyst who is stuck",
        "1.4": "Book coaching into the rota as off-queue time",
        "2.1": "away from the SOC floor, where the wall of screens",
        "2.2": "agrees not to ask about session content",
        "2.3": "never write client names or indicators of compromise",
        "3.1": "she had written her points down first",
        "3.2": "shows where the gaps are in a language they already use",
        "3.3": "escalations sent back as false positives is falling",
        "4.1": "outside the ticketing system where shift leads cannot browse them",
        "4.2": "solutions with a question mark on the end",
    },
    expected_checks={"declaration": True, "evidence_matrix": None, "identifying": []},
    about="SOC shift lead's 300 on a kept template: contents with pages, every AC's full wording as Heading 2 with the guidance pasted beneath and a '[Type your answer below]' prompt, 1.3/1.4 under one heading, barriers table, 1.1 spread from intro, 3.3 before 3.2; clean.",
)
