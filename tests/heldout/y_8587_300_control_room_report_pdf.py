"""8587-300 as a proposal report, PDF: a police control room supervisor proposes coaching for call handlers.

Dev Raghunathan supervises a team of 999/101 call handlers in the Force Contact and Control
Centre of Severnvale Constabulary. He wrote unit 300 as a report to the centre's senior
leadership proposing a coaching pilot, in Word with numbered headings of his own ("4. Getting
started with a coachee") each followed by the AC it covers in brackets, and exported it to
PDF. A skills/knowledge/behaviours table for 1.3 and a short monitoring table for 3.3. The
cover block carries his personal mobile for the tutor. No declaration; no evidence matrix for
this unit. No practice: 8587-300 is a knowledge unit.

Planted (3): his personal mobile on the cover ("07723 418906"); a call handler in his team by
full name in the barriers section ("Tariq Mahmood"); the control room inspector by title and
surname in the ethics section ("Inspector Hallam").
Not identifying: his own name, Severnvale Constabulary, College of Policing, the Competency
and Values Framework, THRIVE, TRiM, EMCC, Whitmore, OSKAR, Honey and Mumford, Schon, Kolb,
Hawkins and Shohet, job titles (Chief Inspector, Force Contact Manager).
"""

from corpus.case import B, Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "Coaching in the Force Contact and Control Centre: a proposal"),
    P("ILM Level 3 Certificate in Effective Coaching and Mentoring - Unit 300"),
    P("""Dev Raghunathan, Control Room Supervisor (Team 3), Force Contact and Control Centre,
      Severnvale Constabulary. Tutor queries to my mobile please, 07723 418906, as I am on
      shifts and do not always see my work e-mail."""),

    H(1, "1. Why coaching, and why here (AC 1.1)"),
    P("""The Force Contact and Control Centre (FCCC) takes around 1,900 calls a day on 999 and 101.
      Call handlers work a four-on, four-off pattern of twelve-hour shifts, make risk decisions on
      every call using the THRIVE model, and regularly deal with distressing calls. Last year we
      lost 23% of new call handlers in their first twelve months, and exit interviews mention
      feeling "thrown in" after the ten-week training course and only hearing from a supervisor
      when a quality assurance (QA) audit goes badly."""),
    P("""The purpose of coaching in this setting is to improve performance by helping people unlock
      their own ability, rather than by instruction. Training tells a new call handler what the
      policy says; QA tells them where they fell short; coaching is about helping call handlers
      think for themselves about the decisions they make under pressure, so that they become more
      confident, more consistent and more resilient. For the organisation, the purpose is better
      risk decisions, fewer complaints, better retention and a workforce that reflects the
      College of Policing's Competency and Values Framework, particularly "emotionally aware" and
      "take ownership". For the individual, it is a protected space to work on what matters to
      them, whether that is handling abusive callers or preparing for a dispatcher role."""),

    H(1, "2. What a coach does (AC 1.2)"),
    P("""The role of the coach is to facilitate the coachee's thinking and learning, not to solve
      their problems or judge them. In our setting one point needs saying clearly: the coach is
      not there to audit calls. QA assessors and supervisors do that. Coaches will be trained
      volunteers from the supervisor and senior call handler grades, and they will not coach
      anyone in their own team."""),
    P("The responsibilities of the coach at each stage of the relationship are:"),
    B("""Initiation: hold a chemistry meeting, explain what coaching is and is not, and check the
      coachee wants to take part (it is voluntary)."""),
    B("""Contracting: agree goals, practicalities, confidentiality and its limits in writing, including
      a three-way conversation with the line supervisor."""),
    B("""During the relationship: prepare for each session, keep to time, use a recognised model,
      keep accurate records, stay within their competence and refer on where needed (to
      Occupational Health, the TRiM practitioners or the Employee Assistance Programme)."""),
    B("""Review: check progress against goals at the midpoint and adjust the contract if needed."""),
    B("""Ending: hold a final review, agree how the coachee will carry on developing, collect
      feedback and close or hand over records properly."""),
    P("""Throughout, the coach is responsible for their own development and for attending
      supervision."""),

    H(1, "3. Skills, knowledge and behaviours (AC 1.3)"),
    T(
        ["Area", "What an effective FCCC coach needs", "Why"],
        ["Skills", "Active listening, open questioning, summarising, giving balanced feedback, goal setting, managing time in short sessions",
         "Sessions are short and people arrive straight off a busy floor"],
        ["Knowledge", "A recognised coaching model (GROW); the limits of coaching; knowing the THRIVE risk model well enough to follow what the coachee describes; force support services and how to refer",
         "Credibility, and knowing when something is not a coaching matter"],
        ["Behaviours", "Non-judgemental, patient, reliable (never cancels for floor demand unless critical), keeps confidences, models the CVF values",
         "Call handlers are used to being judged on every call"],
    ),

    H(1, "4. Barriers and how we get round them (AC 1.4)"),
    P("""For the coach, the main barrier is demand. When the queue goes red, everyone is pulled onto
      calls, and coaching will always lose unless time is protected. For the coachee, the barrier
      is perception: in a culture of audits, being "put on coaching" sounds like being in
      trouble. One of my team, Tariq Mahmood, asked me straight out whether he was being coached
      because of his QA scores, and that was before we had even started. A second coachee barrier
      is fatigue; a session at the end of a night shift will achieve little. For the organisation,
      the barriers are cost (abstraction from the floor) and a command-and-control culture in
      which supervisors are expected to have the answer."""),
    P("""To overcome these, sessions will be held on the monthly rostered training day, which is
      already abstracted from the floor, so coaching does not compete with the call queue. We
      will pair coaches with call handlers from a different team, which removes the line
      management link and the fear that it feeds into appraisals. The pilot will be launched as
      open to everyone, starting with volunteers including high performers, so that coaching is
      seen as development, not remedy. No session will be booked after a night shift. The cost
      will be tracked against retention: replacing one call handler costs the force around
      eleven weeks of training, so keeping even two people pays for the pilot."""),

    H(1, "5. Getting started with a coachee (AC 2.1)"),
    P("""The first contact will be an informal e-mail from the coach introducing themselves and
      offering a 20-minute chemistry meeting away from the floor, in the quiet room on the second
      floor rather than a supervisor's office. In that meeting the coach explains how coaching
      works, asks what the coachee hopes to get from it and what has worked for them before, and
      answers questions honestly. Rapport is built by matching the coachee's pace and tone,
      showing genuine interest in them as a person, and sharing something of the coach's own
      experience as a call handler, for example the first call that shook them. Trust is built
      by explaining confidentiality clearly at the start, doing what you say you will do, and
      letting the coachee set the agenda. If either person feels the match is wrong, the coachee
      can ask for a different coach with no questions asked."""),

    H(1, "6. Contracting (AC 2.2)"),
    P("""The rationale for contracting is that both people, and the organisation, need to know what
      they are signing up to. A clear contract prevents misunderstandings about confidentiality,
      keeps the focus on agreed goals, sets boundaries so coaching does not drift into
      counselling or performance management, and gives both parties something to come back to
      if things go wrong. In a police setting it also makes clear where confidentiality must be
      broken."""),
    P("""The process has three steps. First, the coach and coachee agree a draft contract at the
      first full session. Second, there is a three-way conversation with the coachee's team
      supervisor to agree the broad goals and what the supervisor will (and will not) be told:
      attendance and the broad goal only, never the content. Third, the contract is signed by
      coach and coachee and reviewed at the midpoint. The contract covers: goals; number,
      length and frequency of sessions; venue; confidentiality and its limits; record keeping
      and who can see records; what happens if a session is cancelled; how the relationship
      ends; and how feedback will be collected."""),

    H(1, "7. Keeping it safe and ethical (AC 2.3)"),
    P("""All coaches will work to the EMCC Global Code of Ethics. Confidentiality is central, but it
      is not absolute: if a coachee discloses something that amounts to misconduct under the
      Standards of Professional Behaviour, or a risk to themselves or others, the coach must act,
      and the coachee is told this at the start. Inspector Hallam has agreed, as the pilot's
      sponsor, that coaching notes will never be used in disciplinary or performance processes,
      and this will be written into the pilot's terms."""),
    P("""Coaches will work within their competence. Call handlers hear traumatic calls, and a coach
      is not a counsellor: where a coachee shows signs of trauma or distress the coach will
      pause the coaching and refer to TRiM, Occupational Health or the Employee Assistance
      Programme. Records will be handled under the Data Protection Act and the force's
      information management policy. Coaches will avoid dual relationships (no coaching of
      anyone they line manage or are close friends with), will attend supervision, and will
      keep sessions in a private space. Coachees can end coaching at any time without it being
      recorded against them."""),

    H(1, "8. Managing the process with a model (AC 3.1)"),
    P("""I propose the GROW model (Whitmore, 2009) as the main model for the pilot. I considered
      OSKAR, which is solution focused and works well for experienced staff, but GROW is simpler
      to learn for new coaches and fits short sessions. Each session moves through Goal (what
      does the coachee want from this session and overall), Reality (what is happening now,
      what evidence is there), Options (what could they do) and Will (what will they do, by
      when, and how committed are they)."""),
    P("""The process as a whole will be managed as six sessions of 45 minutes over three months:
      session one contracts and sets overall goals; sessions two to five work on the goals using
      GROW, each starting with a review of the last session's actions; session three doubles as
      a midpoint review; and session six is the final review and ending. The coach manages the
      process by keeping to time, keeping the coachee's goals at the centre, recording actions,
      and noticing when the process needs to change, for example going back to the Goal stage
      if the coachee's aims shift."""),

    H(1, "9. Tools and techniques (AC 3.2)"),
    P("""Coaches will use at least three tools, chosen to suit the person:"""),
    B("""Scaling: "On a scale of 1 to 10, how confident are you taking a call from a suicidal
      caller?" followed by "What would move you one point up?". This helps agree a realistic
      goal and shows progress."""),
    B("""Wheel of work: the coachee rates their satisfaction with eight areas of the job (call
      handling, colleagues, shift pattern, learning, wellbeing and so on). It shows where their
      priorities really are and helps them choose a goal that matters to them."""),
    B("""Call review by choice: the coachee picks one call they are proud of and one they found
      difficult, and listens back with the coach (with the recording retrieved legitimately
      through the QA system). Starting from strength suits people used to audits."""),
    B("""Learning preferences: a short Honey and Mumford questionnaire helps the coach adapt, for
      example giving a reflector time to think between sessions and an activist something to
      try on the next shift."""),

    H(1, "10. Monitoring and reviewing progress (AC 3.3)"),
    P("""Progress will be monitored in several ways, and each supports progress towards goals
      differently:"""),
    T(
        ["Method", "How it works", "How it helps progress"],
        ["Action log", "Actions agreed at the end of each session are reviewed at the start of the next",
         "Keeps momentum; shows the coachee what they have done"],
        ["Rescaling", "At sessions three and six we re-score the same scaling question",
         "Gives a simple measure the coachee owns"],
        ["Midpoint review", "Session three includes a review of goals and the contract",
         "Lets goals be changed if they no longer fit"],
        ["QA trend", "With consent, the coachee looks at their own QA scores before and after",
         "Links coaching to performance without the coach auditing"],
    ),

    H(1, "11. Records (AC 4.1)"),
    P("""Records matter to both sides. For the coach, they give continuity between sessions that may
      be a month apart, evidence of what was agreed, material for supervision and reflection, and
      protection if there is ever a complaint. For the coachee, records show progress over time,
      remind them of their commitments and give them ownership: the coachee keeps their own copy
      of the action log and can add to it between sessions. Best practice means recording facts
      and agreed actions rather than opinions, storing records on the restricted coaching drive
      and never on force intelligence or HR systems, sharing them with the coachee, and deleting
      them twelve months after the coaching ends."""),

    H(1, "12. Reflective practice and supervision (AC 4.2)"),
    P("""Reflective practice is essential because coaching is a skill that is learned through
      experience, and experience alone does not teach anything unless you think about it. Kolb's
      learning cycle and Schon's idea of reflection-in-action and reflection-on-action both show
      that coaches improve by stopping to ask what happened, why, and what they will do
      differently. Without reflection, a coach repeats the same habits, for example a
      supervisor-coach who keeps slipping into giving answers because that is what the floor
      rewards."""),
    P("""Supervision matters even more in this environment. Using the seven-eyed model of Hawkins and
      Shohet, a supervisor can help the coach see what is going on in the coachee, in the
      relationship and in themselves. Without supervision a coach can drift into rescuing, collude
      with a coachee against their supervisor, miss signs that a coachee needs referral, or absorb
      the distress of the calls the coachee describes, which is a real risk of vicarious trauma
      for people who have taken similar calls themselves. Supervision protects the coachee, the
      coach and the force, and it keeps the quality of coaching consistent across the pilot. For
      these reasons I am recommending that every coach has supervision every six weeks and keeps
      a reflective log, and that the pilot is not started until supervision is in place."""),
]

CASE = Case(
    name="y_8587_300_control_room_report_pdf",
    unit="8587-300",
    kind="structured-pdf",
    files=[SourceFile("Unit 300 FCCC coaching proposal - D Raghunathan.pdf", BLOCKS)],
    labels={
        "1.1": "helping call handlers think for themselves",
        "1.2": "the coach is not there to audit calls",
        "1.3": "the THRIVE risk model well enough",
        "1.4": "pair coaches with call handlers from a different team",
        "2.1": "a 20-minute chemistry meeting away from the floor",
        "2.2": "a three-way conversation with the coachee's team supervisor",
        "2.3": "coaching notes will never be used in disciplinary",
        "3.1": "six sessions of 45 minutes over three months",
        "3.2": "the coachee picks one call they are proud of",
        "3.3": "we re-score the same scaling question",
        "4.1": "the coachee keeps their own copy of the action log",
        "4.2": "Without supervision a coach can drift into rescuing",
    },
    expected_checks={
        "declaration": False,
        "evidence_matrix": None,
        "identifying": ["07723 418906", "Tariq Mahmood", "Inspector Hallam"],
    },
    about="Police control room supervisor; 8587-300 proposal report as PDF under own numbered headings with the AC in brackets, bullets and two tables; personal mobile, a call handler's full name and an inspector by title and surname planted.",
)
