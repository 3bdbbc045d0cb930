"""8587-301 Understanding Good Practice in Mentoring, plain text: a county archive's senior archivist, clean.

Gwenllian Price, Senior Archivist (Collections) at a county archive in Shrewsbury, answers
the unit 301 assessment brief for her ILM Level 3 Certificate in Coaching and Mentoring.
She wrote it in a plain-text editor on the searchroom PC, with the brief's task numbers
typed at the start of each answer and no other structure. It is a proposal for a mentoring
scheme for new archive assistants and trainee conservators; anyone she has mentored is
"Mentee A" or "Trainee B", and nobody is named who needs anonymising.

Clean but tricky: the learner's own name at the top and in a closing line; historical
people and their papers (Charles Darwin, Clive of India, Wilfred Owen, Mrs Gaskell with a
title, Thomas Telford, Abraham Darby, Hilary Jenkinson); a fictional monk and his author
(Brother Cadfael, Ellis Peters); an award named after a person (the Jenkinson Award for
conservation, fictional); buildings and places (Shirehall, the Quarry, Attingham Park,
Ironbridge, Castle Foregate); HMS Shropshire (a ship); products and organisations (CALM,
Preservica, Microsoft Teams, The National Archives, the Archives and Records Association);
theorists and models named after people (Clutterbuck, Megginson, Kram, Zachary, Whitmore's
GROW, Egan's Skilled Helper, Kolb, Schön, Gibbs, Johns, Rolfe, Hawkins and Shohet, Honey and
Mumford, Kline); "Will" opening a question; "Mentee A" and "Trainee B".

Unit 301 is a knowledge assignment: no evidence matrix is expected (None). She typed no
declaration or authentication statement (False). No practice figures.
"""

from .case import Case, P, SourceFile

BLOCKS = [
    P("ILM Level 3 Certificate in Coaching and Mentoring"),
    P("Unit 8587-301 Understanding Good Practice in Mentoring within an Organisational Context"),
    P("Gwenllian Price - Senior Archivist (Collections) - learner no. 60488127"),
    P("Proposal: a mentoring scheme for new staff at the county archive"),

    P("""Task 1.1 The purpose of mentoring in our organisation. We are a small service - eleven
      staff and about forty volunteers - looking after eight hundred years of the county's
      records, from medieval deeds to Charles Darwin's schoolboy letters, the Wilfred Owen family letters and the papers of the
      Clive of India estate. Much of what an archivist knows is learned on the job: which of the Darby ironworks ledgers are too fragile to produce,
      how to read a seventeenth-century hand, how to calm a family historian who has just found
      an ancestor in the workhouse register. Mentoring is how we pass that knowledge on. The
      purpose is to help new archive assistants and trainees settle in quickly, build
      confidence in the searchroom, and plan their own professional development, including
      the Archives and Records Association's registration scheme. It also helps us keep staff:
      two of the last four trainees left within a year."""),

    P("""Task 1.2 Roles and responsibilities of a mentor. A mentor is an experienced colleague who
      is not the mentee's line manager. Clutterbuck and Megginson's developmental model puts the emphasis on
      helping the mentee think and learn rather than on sponsoring them, and that is the model
      I propose. At the start, the mentor agrees the purpose, boundaries and practicalities. In
      the middle, the mentor listens, asks questions, shares experience when it is useful,
      challenges, and helps the mentee set and review goals. At the end, the mentor reviews
      what has been achieved and closes the relationship well, as Kram's final phases
      (separation and redefinition) describe. Throughout, the mentor is responsible for
      confidentiality, for keeping records, for recognising what is outside their competence
      and referring on (to HR, occupational health or the employee assistance line), and for
      looking after their own development through supervision."""),

    P("""Task 1.3 Skills, knowledge and behaviours. Knowledge: of the archive's work and
      culture, of a mentoring model, of our policies (data protection, safeguarding, dignity at
      work). Skills: active listening, open and probing questions, summarising, giving
      feedback, helping someone set goals, managing time. Behaviours: patience, respect,
      honesty, reliability, being non-judgemental, modelling the professional standards we
      expect in the searchroom. I would add curiosity - our best mentor, like Brother Cadfael in
      the Ellis Peters novels set a mile from our strongroom, is interested in people as well as
      puzzles. A mentor who has guided volunteers through the Attingham Park estate papers knows
      this."""),

    P("""Task 1.4 Barriers and how to overcome them. Time: the searchroom must be staffed every
      opening hour, so sessions would be timetabled on the Monday closed day. Hierarchy: a
      trainee may not want to admit mistakes to a senior archivist, so mentors will come from a
      different team from the mentee, and a contract will make the boundaries clear. Remote
      staff: our outreach officer works from the Ironbridge office, so Microsoft Teams sessions will be
      allowed. Culture: some colleagues see mentoring as "hand-holding"; we will share the
      outcomes (anonymised) with the management team. Will the mentee feel able to say no to a
      mentor they don't get on with? The scheme will allow a no-fault change of mentor after
      the first meeting."""),

    P("""Task 2.1 Starting a productive relationship. The first contact will be an informal
      chemistry meeting over coffee in the Shirehall canteen, not in either person's office or at the Castle Foregate outstore,
      where the mentor explains how they work and the mentee says what they hope for. Rapport
      comes from genuine interest, matching pace and language, and some self-disclosure: I tell
      new staff about the day I produced an uncatalogued box to a researcher and found it
      contained a letter from Mrs Gaskell. Trust is built by keeping confidences and by doing
      what you say you will do, session after session."""),

    P("""Task 2.2 Contracting. Contracting sets expectations on both sides and protects both
      people. Without it, mentees assume the sessions feed into appraisal, and mentors drift
      into managing. The process: discuss at the first meeting, write it up, both sign, review
      it at the mid-point. The contract covers purpose and goals, frequency and length (I
      propose monthly, an hour, for six months), location, confidentiality and its limits,
      note-keeping and who sees the notes, cancellation, how either party can end the
      relationship, and the role of the line manager. For trainees on the Jenkinson Award
      placement (named after Sir Hilary Jenkinson), where the funder expects a progress report, a three-way conversation with the
      line manager will agree what is reported (attendance and goals, never content)."""),

    P("""Task 2.3 Safe and ethical practice. Mentors will follow the EMCC Global Code of Ethics:
      confidentiality, working within competence, avoiding conflicts of interest, respecting
      difference. Confidentiality has clear limits - risk of harm to self or others,
      safeguarding (we have under-18 volunteers at the Quarry family history days) and
      illegal acts. Mentors will not mentor someone they line-manage. Records will be stored on
      the restricted drive, not in CALM or Preservica, which are our catalogue and digital
      preservation systems and far too public. Mentors will have access to supervision."""),

    P("""Task 3.1 Managing the process with a model. I propose Egan's Skilled Helper model for
      the overall relationship (current scenario, preferred scenario, getting there) and
      Whitmore's GROW inside each session, because staff already know GROW from management
      training. A typical session: review actions; Goal - what do you want from today; Reality -
      what is happening now; Options - what could you do; Will - what will you do and when.
      Across six months the mentor moves from exploring (where are you now?) to planning and
      then to reviewing and ending, in line with Zachary's preparing, negotiating, enabling and
      closing."""),

    P("""Task 3.2 Tools and techniques to identify preferences and goals. First, the Honey and
      Mumford learning styles questionnaire, so the mentor knows whether a mentee learns best by
      doing (an Activist in the strongroom) or by reading and thinking. Second, a skills
      self-assessment against the ARA competency framework, which shows gaps and strengths and
      gives goals a professional anchor. Third, a wheel of life or "wheel of work" to see which
      areas matter most to the mentee right now. Fourth, Kline's Thinking Environment for a
      session where the mentee needs uninterrupted time to work out what they want. Goals are
      then written as SMART goals - for example, Trainee B: "Answer the first-line enquiries
      inbox unsupervised for two weeks, with fewer than one in ten replies needing correction,
      by the end of March"."""),

    P("""Task 3.3 Monitoring and reviewing progress. Method one: each session starts with a review
      of agreed actions and a 1-10 scaling question on each goal, recorded in the mentoring log.
      Method two: a formal mid-point review at three months, using the skills self-assessment
      again so the mentee can see movement. Method three: evidence from the work itself - for
      Mentee A, the number of Thomas Telford bridge drawings she has repackaged to the conservation
      standard, checked by the conservator."""),

    P("""Task 4.1 The purpose of records. For the mentee, records show progress, remind them of
      actions and become evidence for professional registration. For the mentor, records are a
      memory, a basis for reflection and supervision, and evidence that the scheme is working.
      For the organisation, anonymised summaries show return on the time invested. Good
      practice: keep the minimum needed; agree with the mentee what is written; store securely
      on the restricted drive; keep separate from personnel files; retain for the life of the
      relationship plus six months, then destroy, in line with UK GDPR and the Data Protection
      Act 2018. The National Archives' guidance on retention schedules applies to us too."""),

    P("""Task 4.2 Reflective practice and supervision. Reflection turns experience into learning.
      Kolb's cycle shows that without reflection we just repeat experience; Schön distinguishes
      reflection-in-action (noticing during the session that I am talking too much) from
      reflection-on-action (afterwards); Gibbs, Johns and Rolfe's "What? So what? Now what?"
      give mentors simple structures for a reflective log. Supervision gives a mentor a space
      to be challenged, to check ethical dilemmas and to look after their own wellbeing;
      Hawkins and Shohet's seven-eyed model shows how much a supervisor can see that the mentor
      cannot. Without reflection or supervision a mentor can collude with a mentee, impose their
      own solutions, miss a safeguarding concern, or burn out - and the scheme would lose
      credibility quickly in a team of eleven. I therefore propose quarterly group supervision
      for all mentors, led by an external supervisor, and a reflective log for each mentor."""),

    P("""Summary for the management team: a six-month pilot with three pairs from April, using the
      contract, GROW and the log above, reviewed in October. Display material on HMS Shropshire
      and the Abraham Darby exhibition will be used as practical tasks for the mentees, and
      progress will be reported anonymously. Gwenllian Price, March 2025"""),
]

CASE = Case(
    name="r22b_301_county_archive_txt",
    unit="8587-301",
    kind="numbered-unstyled",
    files=[SourceFile("GPrice 301 assignment.txt", BLOCKS)],
    labels={},
    expected_checks={
        "declaration": False,
        "evidence_matrix": None,
        # Nobody to anonymise: Gwenllian Price (learner); historical people and their papers;
        # Brother Cadfael and Ellis Peters; the Jenkinson Award; HMS Shropshire; theorists;
        # "Will" opening a question; Mentee A, Trainee B.
        "identifying": [],
    },
    about="County archive senior archivist's clean 301 plain-text proposal: Darwin/Clive of India/Wilfred Owen/'Mrs Gaskell'/Telford/Darby papers, Brother Cadfael, a person-named award, HMS Shropshire, CALM/Preservica, many theorists, Mentee A/Trainee B, no declaration.",
)
