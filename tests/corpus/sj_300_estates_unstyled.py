"""8587-300 Understanding Good Practice in Coaching: a university estates manager, unstyled DOCX.

Alistair Penhaligon is Head of Soft Services (cleaning, portering, grounds) in a university's
estates department and is setting up coaching for his supervisors. No heading styles: every
answer is introduced by a number he typed at the start of a plain line, in a mix of forms
("Task 1.1", "1.3 and 1.4 -", "2.1)", "AC 2.3", "3.1:", "3.2/3.3", "Q4.2"). Two lines
introduce two criteria each, with the answers in separate paragraphs below; he answers
contracting (2.2) before starting the relationship (2.1); his ethics answer says "as I said
in 1.2"; his records answer points to an appendix that shows a blank session log template.
The OSKAR model, not GROW. Introduction and conclusion list every topic. No declaration, a
word count and a reference list.
"""

from .case import B, Case, P, SourceFile, T

BLOCKS = [
    P("ILM Level 3 Certificate in Effective Coaching and Mentoring"),
    P("Unit 8587-300 Understanding Good Practice in Coaching within an Organisational Context"),
    P("Alistair Penhaligon - Estates and Facilities, University of Eastmoor - February 2025"),
    P("Introduction"),
    P("""Estates and Facilities employs about 320 people, and around 40 of them are supervisors
      in cleaning, portering, grounds and events. Most were promoted from the team they now
      supervise and had very little development afterwards. The Director of Estates has asked
      me to set up an internal coaching offer for them, starting with a pilot of six. In this
      assignment I explain the purpose of coaching for us, the coach's role and the skills
      needed, barriers, how to start a relationship and contract, safe and ethical practice,
      managing the process with a model, tools, monitoring progress, records, and reflective
      practice and supervision."""),

    P("Task 1.1 The purpose of coaching in Estates and Facilities"),
    P("""Coaching in an organisation is a structured, confidential conversation that helps a
      person improve their performance and reach goals that matter to them and to the
      organisation. The coach does not give the answers; they help the person think. For
      Estates, the purpose is to help new supervisors make the move from doing the job to
      leading people who do the job: handling sickness absence conversations, motivating a
      night cleaning team they never see, dealing with academics who complain. Coaching also
      supports the university's People Strategy, which asks every department to grow its own
      leaders, and it is cheaper and more targeted than sending everyone on a generic course.
      Done well, it should reduce the 22% turnover we have among supervisors in their first
      year."""),

    P("Task 1.2 Role and responsibilities of an effective coach"),
    P("""The coach's role is to create the space for the coachee to think, and to keep the
      process on track. Their responsibilities change through the relationship."""),
    B("""Initiation: explain what coaching is and is not, check the person actually wants it,
      and agree a contract including confidentiality and its limits."""),
    B("""During the coaching: hold the coachee to their agenda rather than the coach's, ask
      questions, listen, challenge, keep to time and keep records."""),
    B("""Throughout: work within their competence, refer on when something is outside it (for
      example signs of stress or a grievance), and take the issues they are unsure about to
      supervision."""),
    B("""Completion: review progress against goals, celebrate what has been achieved, plan how
      the coachee keeps going alone, and close the relationship properly rather than letting
      it fade out after a cancelled session."""),

    P("1.3 and 1.4 - What a coach needs, and what gets in the way"),
    P("""A coach needs knowledge of a coaching model and tools, of the organisation and its
      policies, of ethics and confidentiality, and of their own limits. The skills are active
      listening, powerful open questions, summarising, reflecting back, giving and receiving
      feedback, and managing a session's time. The behaviours are being non-judgemental,
      patient, curious, honest, reliable with appointments, and believing the coachee can find
      their own way. In our department I would add being comfortable with people who did not
      enjoy school and are suspicious of anything that sounds like 'HR talk'."""),
    P("""Barriers come from three directions. For the coach, the main one is time: every
      manager I might train as a coach already runs a busy operation. I would overcome this by
      getting the Director to agree that coaching is part of their objectives, and by limiting
      each coach to two coachees. For the coachee, the barrier is suspicion that coaching means
      they are failing, which is strong among supervisors who came up through the ranks. I would
      position the pilot as development for people we want to keep, and ask the first six to be
      volunteers. For the organisation, it is shift patterns: the grounds team starts at 6am
      and the events team finishes at midnight. We can hold sessions at the crossover period and
      allow sessions on Teams. A final barrier is the coach also being the line manager, which I
      deal with by never pairing a coach with someone in their own reporting line."""),

    P("2.2 Contracting, why and how"),
    P("""Contracting matters because coaching only works if both people, and the organisation
      paying for it, have the same expectations. Without a contract the coachee does not know
      what will be reported to their manager, and the manager may assume they will get a
      report. The contract protects everyone and gives the coach something to go back to if
      things drift."""),
    P("""The process has two layers. First, a three-way meeting with the coachee and their line
      manager to agree the broad aims and, crucially, what the manager will and will not hear
      (only attendance and the final summary the coachee chooses to share). Second, a
      one-to-one contract between coach and coachee covering number and length of sessions
      (six sessions of an hour over four months), location, cancellation (48 hours' notice,
      otherwise it counts as used), confidentiality and its limits (risk of harm, gross
      misconduct, illegality), record keeping and data protection, and how either party can end
      the coaching. Both sign it and it is reviewed halfway."""),

    P("2.1) Starting a productive relationship"),
    P("""Before the contract, the first contact is a relaxed chemistry conversation of about
      twenty minutes, where the coachee can decide whether they want to work with this coach.
      I would ask coaches to meet on neutral ground like the staff café, not in the estates
      office where everyone can see. Rapport comes from small things: matching their pace,
      remembering their team's names, being genuinely interested in the work. Trust comes from
      doing what we say we will, being open about the limits of confidentiality, and not
      reporting anything back without consent. Some of our supervisors will be testing
      whether this is real, so the first few sessions matter most."""),

    P("AC 2.3 Safe and ethical practice"),
    P("""As I said in 1.2, a coach must work within their competence, and this is the centre of
      safe practice. Coaches will follow the EMCC Global Code of Ethics, which covers
      confidentiality, conflicts of interest, working within competence and respecting the
      client's autonomy. In practice this means: no coaching with anyone in your reporting line;
      sessions in private rooms or private Teams calls; notes stored on the secure drive and not
      on personal phones; immediate referral to the Employee Assistance Programme, Occupational
      Health or HR if mental health or a grievance comes up; and escalation to the
      safeguarding lead if there is any risk to a student or a child on campus. Coaches will
      also attend supervision (see 4.2). This should reassure the Director that coaching will
      not become an unregulated chat or a back door for performance management."""),

    P("3.1: Managing the process with the OSKAR model"),
    P("""I propose the OSKAR model (Jackson and McKergow, 2007) because it is solution-focused,
      and our supervisors respond better to 'what's working' than to digging into problems.
      Outcome: what does the coachee want from this session and from the coaching overall?
      Scale: on 0 to 10, where are they now towards that outcome? Know-how: what is already
      working, what has helped them get to a 4 rather than a 0? Affirm and Action: the coach
      affirms what they have done well and the coachee picks a small next step, often 'what
      would one point higher look like?'. Review: at the next session, what is better? Over
      six sessions the coach manages the process by opening with the review, keeping the
      outcome in view, and in the last session reviewing the overall scale and planning for
      the future."""),

    P("3.2/3.3 Tools to agree goals, and monitoring progress"),
    P("""Tools and techniques. Firstly, the scaling question built into OSKAR, which lets a
      coachee define success in their own terms. Secondly, a wheel of supervisory skills with
      eight spokes (rotas, absence, motivating, conflict, standards, communication, health and
      safety, upward management) that the coachee scores themselves on, which helps someone
      who cannot say what they want to pick a starting goal. Thirdly, a learning preferences
      questionnaire (Honey and Mumford) so the coach knows whether the coachee wants to try
      things out or think first, and plans actions to suit. Finally, for people who struggle
      with writing, goals can be drawn or talked through and the coach writes them down and
      reads them back."""),
    P("""Monitoring. At every session the coachee re-scores the outcome, so progress is visible on
      one page over time. Each session ends with an action and starts with a review of it.
      At the midpoint there is a short review of the contract and goals, and at the end a
      three-way meeting with the line manager where the coachee shares what they choose. I
      would also like to compare sickness absence and staff turnover in their teams before and
      after, though this is slow and has other causes."""),

    P("4.1. Why keep coaching records"),
    P("""Records help the coach prepare, so each session builds on the last; they give the
      coachee a record of their own goals and actions; and they show the organisation that
      coaching happened as agreed. They also protect the coach if there is ever a complaint.
      Best practice is to keep them brief and factual, agree with the coachee what is written,
      store them securely under UK GDPR on the university's secure drive, keep them only as
      long as the retention schedule allows, and give the coachee access on request. A blank
      version of the session log I propose is in Appendix A."""),

    P("Q4.2 Reflective practice and supervision"),
    P("""Reflective practice is how a coach learns from their own sessions: what went well, what
      they would do differently, what they noticed in themselves. Using a model such as Gibbs'
      cycle after each session stops the coach repeating the same mistakes and keeps them
      honest about their biases. Supervision adds another pair of eyes: a qualified supervisor
      helps the coach spot blind spots, check ethical dilemmas, and look after their own
      wellbeing, because coaching people through difficult situations is draining. Without
      reflection and supervision a coach may drift into telling, over-identify with a coachee
      from their old team, miss signs that something needs referring, or burn out. For the
      pilot, coaches will meet as a group with an external supervisor every six weeks."""),

    P("Conclusion"),
    P("""Coaching could make a real difference to our supervisors if it is set up properly, with
      clear contracts, ethical boundaries, a simple model, useful tools, monitoring,
      good records and supervision. I will take this plan to the Director in March."""),
    P("References"),
    P("Jackson, P. Z. and McKergow, M. (2007) The Solutions Focus. 2nd edn. London: Nicholas Brealey."),
    P("EMCC Global (2021) Global Code of Ethics for Coaches, Mentors and Supervisors."),
    P("Honey, P. and Mumford, A. (1992) The Manual of Learning Styles. Maidenhead: Peter Honey."),
    P("Appendix A - Session log template"),
    T(
        ["Date", "Session no.", "Outcome and scale today", "Action agreed", "Review next time"],
        ["", "", "", "", ""],
    ),
    P("Word count (excluding references and appendix): 1,840"),
]

CASE = Case(
    name="sj_300_estates_unstyled",
    unit="8587-300",
    kind="numbered-unstyled",
    files=[SourceFile("Penhaligon_8587-300.docx", BLOCKS)],
    labels={
        "1.1": "make the move from doing the job to leading people",
        "1.2": "check the person actually wants it",
        "1.3": "suspicious of anything that sounds like 'HR talk'",
        "1.4": "limiting each coach to two coachees",
        "2.1": "meet on neutral ground like the staff café",
        "2.2": "what the manager will and will not hear",
        "2.3": "not become an unregulated chat or a back door",
        "3.1": "what has helped them get to a 4 rather than a 0",
        "3.2": "a wheel of supervisory skills with eight spokes",
        "3.3": "progress is visible on one page over time",
        "4.1": "They also protect the coach if there is ever a complaint",
        "4.2": "over-identify with a coachee from their old team",
    },
    expected_checks={"declaration": False, "evidence_matrix": None},
    about="University estates manager's 300 as unstyled DOCX: typed numbers in mixed forms, two lines each introducing two criteria answered in separate paragraphs, 2.2 before 2.1, 'as I said in 1.2', an appendix template, OSKAR, topic-listing intro and conclusion, no declaration.",
)
