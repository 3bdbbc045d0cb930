"""8587-300 Understanding Good Practice in Coaching: each criterion and its guidance pasted
above the answer, no numbers, no heading styles.

Aisha Rahman, operations manager for a group of four GP surgeries, copies every AC's
wording from the unit brief into her Word document as a plain line, pastes the brief's
guidance paragraph (and sometimes the task) under it, and answers below in her own
words, over two or three paragraphs. Nothing is numbered and nothing is styled, so the
pasted wording is the closest match to every criterion: the evidence is what follows it.
The answer to AC 3.3 (monitoring progress) runs on into a second paragraph after a
short table of review points.
"""

from .case import Case, H, P, SourceFile, T

BLOCKS = [
    P("ILM Level 3 Certificate in Effective Coaching and Mentoring"),
    P("Unit 300 – Understanding Good Practice in Coaching within an Organisational Context"),
    P("Learner: Aisha Rahman – Riverside Primary Care Network – submitted 14 May 2025"),
    P("""I declare that this assignment is all my own work and that I have acknowledged all
      the sources I have used."""),

    H(2, "Learning outcome 1 Understand effective coaching within an organisational context"),
    H(3, "Describe the purpose of effective coaching within an organisational context"),
    P("""Guidance: Provide a clear description of effective coaching, its benefits and uses.
      The learner should situate this within their own organisation or other organisational
      context familiar to them."""),
    P("""Our network is four GP practices with about 140 staff, from receptionists to GP
      partners. Coaching here means a structured conversation in which someone is helped to
      find their own way forward on a work issue, rather than being told what to do. The coach
      asks, listens and challenges; the person being coached does the thinking and owns the
      actions. It is short term and tied to a goal, which is how I tell it apart from the
      longer mentoring we offer new practice nurses."""),
    P("""The reason we are introducing it is practical. Our reception leads have been promoted
      from the front desk and now manage former colleagues, and when something goes wrong they
      bring it to me to fix. If they were coached to solve problems themselves we would have
      supervisors who can handle an angry patient queue at 8am without ringing me, fewer
      grievances and less turnover. We lost six receptionists last winter, and exit
      interviews said they felt nobody listened. Coaching is also cheaper than sending people
      on courses, it fits around clinics, and the learning is about their real situation."""),

    H(3, "Explain the role and responsibilities of an effective coach"),
    P("""Guidance: Clearly explain the role of an effective coach as distinct from other roles
      (e.g., mentor, trainer, supervisor, etc.) The learner should also explain the
      responsibilities of the coach throughout a coaching relationship and referencing any
      boundaries or limitations."""),
    P("""A coach's job is to help the coachee think, not to give the answer. That is different
      from my role as a line manager, where I sometimes have to direct, and from a trainer,
      who teaches a procedure such as the new triage system. A mentor shares their own
      experience and advice; a coach mostly does not, even when they have it."""),
    P("""The responsibilities change as the relationship goes on. At the start the coach agrees
      a contract, explains confidentiality and its limits, and checks the person actually wants
      coaching. During the sessions the coach keeps to time, stays neutral, keeps notes and
      holds the coachee to the actions they chose. At the end the coach reviews what has been
      achieved and closes the relationship properly instead of letting it fizzle out. Throughout,
      the coach must know the limits of the role, for example referring a receptionist who
      discloses a debt crisis to the employee assistance programme rather than trying to coach
      it."""),

    H(3, "Identify the skills, knowledge and behaviours required of an effective coach"),
    P("""Guidance: State and distinguish between the knowledge, skills and behaviour required to
      be an effective coach within their own or other organisational context. The learner may
      want to refer to established frameworks and/or recognised standards for coaches."""),
    T(
        ["Knowledge", "Skills", "Behaviours"],
        ["A coaching model such as GROW and when to use it", "Open and probing questions",
         "Patience: letting the coachee get there"],
        ["The practice's policies, especially confidentiality and safeguarding", "Active listening and summarising",
         "Non-judgemental, even about mistakes with patients"],
        ["The EMCC competence framework", "Giving feedback that is specific", "Keeping promises and confidences"],
        ["How change affects people", "Rapport building", "Curiosity rather than fixing"],
    ),
    P("""Of these I think the behaviours matter most in a surgery. Our staff are used to
      clinicians who instruct, so a coach who resists the urge to rescue and stays
      non-judgemental about a complaint that went badly is unusual, and is what makes people
      open up."""),

    H(3, "Identify how to overcome potential barriers to coaching"),
    P("""Guidance: Identify two or more potential barriers to coaching relating to the coach,
      coachee and organisation or working context. For each potential barrier the learner
      should provide potential ways in which these could be overcome or minimised."""),
    P("""Time is the biggest barrier. Clinics and phone lines run all day and a coaching session
      feels like a luxury. We will book sessions as protected time in the rota, at 2pm when the
      phones are quietest, and keep them to 45 minutes."""),
    P("""The second barrier is that I am the coachee's manager's manager, so people may tell me
      what they think I want to hear. I will contract clearly that sessions are not part of
      appraisal, and where possible swap coachees with the practice manager at another site.
      The third is scepticism: some staff think coaching is a sign you are failing. I will start
      with volunteers who are respected by the team and ask them to talk about it at the staff
      meeting, so it is seen as a perk, not a punishment."""),

    H(2, "Learning outcome 2 Understand the importance of effective and ethical contracting in coaching"),
    H(3, "Identify methods to initiate a productive working relationship with an individual"),
    P("""Guidance: Identify at least two methods to initiate and build a productive working
      relationship with an individual. The learner should consider establishing rapport and
      the building of trust."""),
    P("""Before the first session I will have a ten-minute chemistry chat, so the coachee can
      decide whether they want to work with me. In the first session I will ask about them
      before the work issue, notice their language and pace and match it, and explain how I
      like to work."""),
    P("""I will also share something honest about myself, such as the time I double-booked the
      flu clinic and had to face forty patients in the car park, because it shows that mistakes
      are survivable here. Trust then comes from doing what I say: starting on time, sending
      the notes within a day, and never repeating anything from a session."""),

    H(3, "Explain the rationale for and process of contracting in coaching"),
    P("""Guidance: Explain the justification of contracting in coaching and how this process
      supports safe and ethical coaching practice. The learner should state what a contract
      should contain and explain the process to achieve successful contracting with the
      individual and key stakeholders within an organisational context."""),
    P("""Contracting is agreeing, before the coaching starts, what it is for and how it will
      work. Without it the coachee may think I am reporting back to their manager, or expect
      me to fix things. A clear contract protects both of us and gives us something to go back
      to if things drift."""),
    P("""The process has two stages. First a three-way meeting with the coachee and their
      practice manager agrees the broad aim and that the content stays confidential, with only
      attendance reported. Then the coachee and I agree the detail: number and length of
      sessions, where we meet, cancellations with 24 hours' notice, what notes I keep and
      that they can see them, the limits of confidentiality for safeguarding, and how either
      of us can end it. We both sign it and review it at the halfway session."""),

    H(3, "Describe what represents safe and ethical practice in coaching"),
    P("""Guidance: Describe safe and ethical practice in coaching. The learner should consider
      practical safety, confidentiality and potential conflicts of interests and values. The
      learner may wish to reference relevant coaching frameworks, codes of ethics or
      standards."""),
    P("""Safe practice starts with the room: a private office with a window in the door, not the
      staff kitchen, and never after the building is locked. Confidentiality is the core of it,
      with the agreed exceptions of risk to the coachee, to patients or a crime. Notes are kept
      in a locked folder on the network drive, not in the clinical system."""),
    P("""Ethical practice means working within my competence and being honest about conflicts of
      interest. I would not coach a receptionist who has a live grievance against a partner,
      because I sit in the partners' meeting. I follow the EMCC Global Code of Ethics, which
      asks coaches to respect the client's autonomy and to have supervision."""),

    H(2, "Learning outcome 3 Understand the process of effective coaching within their own workplace"),
    H(3, "Explain how to manage a coaching process using a recognised coaching model"),
    P("Task: Explaining how to manage a coaching process and proposing a recognised model that is "
      "most appropriate to the organisation and the individuals being coached."),
    P("""I propose the GROW model (Whitmore) because it is simple enough for a busy surgery and
      gives each session a clear shape. The coach helps the coachee set the Goal for the
      session, explore the Reality, generate Options and agree the Way forward."""),
    P("""Across the whole process I will manage it in stages: contracting, a first session to
      set the overall goals, four to six fortnightly sessions each run on GROW, a midpoint
      review with the three-way check-in, and a closing session. For example, with a reception
      lead whose goal was to stop her team arguing over the rota, Reality showed the rota was
      published late, Options included a swap board in the staff room, and the Way forward was
      to publish two weeks ahead."""),

    H(3, "Describe a range of coaching tools and techniques that can be used to identify preferences and agree goals or outcomes to facilitate the coaching process"),
    P("""Guidance: Justify the use of reflective practice and the role of supervision in
      coaching."""),
    P("""The wheel of work is a circle split into eight areas such as workload, relationships and
      skills; the coachee scores each out of ten, which shows quickly where they want to
      focus. A learning styles questionnaire helps me understand whether someone prefers to
      talk things through or to go away and read."""),
    P("""Scaling questions ('where are you now out of ten, and what would one point higher look
      like?') turn a vague wish into a goal. SMART goal setting then pins it down with a date
      and a measure. Finally a simple SWOT, done on a flipchart, suits coachees who like to see
      the whole picture before they commit."""),

    H(3, "Explain methods for monitoring and reviewing progress towards goals"),
    P("""Guidance: Describe two or more methods for monitoring and reviewing progress and
      consider their relative effectiveness in assessing progress towards and achievement of
      goals."""),
    P("""At the start of each session we look back at the actions from last time. I keep a one
      page progress sheet for each coachee with these review points:"""),
    T(
        ["Review point", "What we look at"],
        ["Every session", "Actions done, scaling score for each goal"],
        ["Midpoint", "Three-way check-in with the line manager"],
        ["Final session", "Goals achieved, evidence, what next"],
    ),
    P("""The scaling score is the most useful method because the coachee rates themselves and can
      see the movement, but it is subjective. Hard evidence is more objective, for example the
      number of complaints about reception in a month, which fell from eleven to four for one
      site. Combining the two gives a fair picture. The midpoint check-in is the weakest method,
      because managers tend to comment on attitude rather than the agreed goals."""),

    H(2, "Learning outcome 4 Understand the role of recording, reflection and supervision in coaching"),
    H(3, "Explain the purpose of coaching records for coach and coachee"),
    P("""Guidance: Explain the purpose and importance of coaching records. The learner should
      provide information on the different types of coaching records and their use and
      consider relevant legislation with regard to confidentiality and data management."""),
    P("""Records are the contract, a short note of each session with the goal, key points and
      actions, and the progress sheet. For the coach they are a memory aid, they show the
      coaching was done properly if it is ever questioned, and they are what I take to
      supervision. For the coachee, the agreed actions in writing make them more likely to act
      and let them see how far they have come."""),
    P("""Because records hold personal data, UK GDPR applies: I only record what is needed, keep
      them secure, tell the coachee what is kept and why, and shred them six months after the
      coaching ends, which is what our practice's retention schedule says for staff
      development notes."""),

    H(3, "Justify the importance of reflective practice and supervision within a coaching context"),
    P("""Guidance: Justify the use of reflective practice and the role of supervision in
      coaching. The learner may wish to reference relevant coaching frameworks, codes of ethics
      or standards and their own experience."""),
    P("""Coaching is a skill and skills drift without review. After each session I write a short
      reflection using Gibbs' cycle. Without it I would not have noticed that I kept offering
      solutions to the coachees I like most, which undermines their ownership."""),
    P("""Supervision matters even more because I cannot see my own blind spots. A supervisor
      protects the coachee by checking I am working ethically, supports me when a session
      brings up something hard, and develops my skill. If I did not reflect or have
      supervision I could drift into managing instead of coaching and nobody would notice until
      a coachee complained, which is why the EMCC code makes supervision an expectation, not
      an option."""),
]

CASE = Case(
    name="u300_pasted_questions",
    unit="8587-300",
    kind="numbered-unstyled",
    files=[SourceFile("Unit 300 assignment.docx", BLOCKS)],
    labels={
        "1.1": "angry patient queue at 8am",
        "1.2": "employee assistance programme",
        "1.3": "resists the urge to rescue",
        "1.4": "perk, not a punishment",
        "2.1": "double-booked the flu clinic",
        "2.2": "cancellations with 24 hours' notice",
        "2.3": "live grievance against a partner",
        "3.1": "publish two weeks ahead",
        "3.2": "SWOT, done on a flipchart",
        "3.3": "fell from eleven to four",
        "4.1": "retention schedule",
        "4.2": "solutions to the coachees I like most",
    },
    expected_checks={"declaration": True, "evidence_matrix": None, "identifying": []},
    about="GP network manager; every criterion and its guidance pasted as plain lines above a 2-3 paragraph answer; no numbers, no styles.",
)
