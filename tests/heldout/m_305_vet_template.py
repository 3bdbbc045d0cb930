"""8587-305 Reflecting on Mentoring Skills: a veterinary head nurse's answers in the centre's Word template.

Gemma Fairclough is head veterinary nurse at a three-site small-animal practice and
mentored two student veterinary nurses for unit 304. The centre's template has one
two-column table per learning outcome: the printed criterion text on the left, her answer
on the right. Two of her answers (1.1 and 2.2) say only 'see Appendix B': Appendix B, after
the tables, holds her evidence review and her development plan, and those labels are in
the appendix, never in the pointer cells. A signed declaration; no matrix.

Planted: Student B's initial and surname in the supervision note she pasted into Appendix
B (H. Okonjo), and the same student's mobile number as it showed on her phone.
"""

from corpus.case import Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "Unit 305 Reflecting on Mentoring Skills within an Organisational Context"),
    P("""Learner name: Gemma Fairclough    Centre: North Pennine Training Partnership
      Organisation: Calderbrook Veterinary Group (Halifax, Sowerby Bridge and Hebden Bridge)"""),
    P("""Context: I am head nurse across our three surgeries. For unit 304 I mentored two
      student veterinary nurses, Student A (first year, at our main hospital) and Student B
      (second year, at the branch surgery), from October to March. Both are on the RCVS
      licence to practise route with a college placement. I have written my answers in the
      boxes below; where the box was too small I have put the answer in Appendix B."""),

    H(1, "Learning outcome 1: Be able to review the effectiveness of their mentoring practice"),
    T(
        ["Assessment criterion", "Learner response"],
        ["1.1 Examine the effectiveness of their own mentoring practice based on evidence, including records, supervision and feedback",
         "See Appendix B."],
        ["1.2 Identify own strengths and areas for improvement of their own knowledge, skills and behaviour, including communication and interpersonal skills",
         """I did a SWOT on myself with my supervisor and then checked it against the
         feedback. Knowledge: my clinical knowledge is a strength and the students trust it,
         and I know the RCVS Day One Competences well, but I knew little about mentoring
         models before this course, so I leaned on Clutterbuck's stages without really
         using them to plan. Skills: I am good at demonstrating and explaining, which
         is teaching rather than mentoring. My communication is warm and clear on the ward
         but I tend to lecture when a student brings me a problem, and I answer my own
         questions. Interpersonal: I build rapport quickly, students say I am approachable,
         and I notice when someone is struggling. Behaviour: my biggest weakness is that I
         slip into solving the problem for them, especially in a busy consult list, and I
         am inconsistent about protecting mentoring time when theatre overruns. I would
         also say I avoid difficult conversations; I waited three weeks to raise Student
         A's lateness."""],
    ),

    H(1, "Learning outcome 2: Be able to plan for their own development in mentoring"),
    T(
        ["Assessment criterion", "Learner response"],
        ["2.1 Review own mentoring ability to identify future development opportunities, including the use of questioning, listening and communication strategies",
         """Questioning: I ask 'have you thought about...' which is advice dressed as a
         question. My opportunity is to use more open questions that start with what and
         how, and to let the student answer before I ask another; I will keep a tally card
         in my tunic pocket for a month. Listening: I listen well when we sit down, but on
         the ward I half listen while doing something else. I will only hold mentoring
         conversations sitting down in the nurses' office, and summarise back before
         responding. Communication: I want to give feedback that is specific and balanced,
         using Pendleton's model which my supervisor suggested, instead of general praise
         followed by a 'but'. I will also ask the students to write the action points in
         their own words rather than me dictating them."""],
        ["2.2 Produce a relevant development plan covering a minimum of 6 months, including timescales and measures of success",
         "See Appendix B."],
    ),

    H(1, "Appendix A: Session dates"),
    T(
        ["Month", "Student A", "Student B"],
        ["October", "2 sessions", "2 sessions"],
        ["November", "2 sessions", "2 sessions"],
        ["December", "1 session", "1 session"],
        ["January", "2 sessions", "2 sessions"],
        ["February", "2 sessions", "2 sessions"],
        ["March", "1 session", "1 session"],
    ),

    H(1, "Appendix B"),
    H(2, "B1 What my records, supervision and feedback show"),
    P("""My records. I kept a session record for each of the twenty meetings using the
      practice's mentoring form. Reading them all together, the goals agreed in the first
      two sessions were mostly reached (Student A passed her first-year practical skills
      and Student B completed her anaesthesia case log early), so the mentoring did help
      them progress. But when I counted who set the actions, nearly two thirds of the
      actions on my forms were ones I had proposed. That tells me the students were
      following my plan more than their own, which is not really mentoring."""),
    P("""Supervision. I had three supervision sessions with our clinical director, who is
      also an experienced mentor. In the second one I brought a difficult session about
      Student B's confidence after a patient died on the table. She asked me what I had
      wanted to happen in that session, and I realised I had wanted to make the student
      feel better rather than let her work out what she needed. My supervision note from
      that day reads: 'H. Okonjo very low after the spay death – I reassured, should have
      asked more. Next time hold the silence.' Supervision has been where I learned most."""),
    P("""Feedback. Both students filled in a short questionnaire in January and March.
      Student A scored me 5 out of 5 on approachability and 3 out of 5 on 'helps me find my
      own answers'. Student B wrote that she valued that I always answered messages, but
      this became a problem: she was messaging me on my day off from her own mobile (my
      phone showed 'Student B – 07836 502917' at ten at night on Boxing Day), which
      blurred the boundary we had agreed. Overall the evidence says I was effective at supporting and
      keeping them on track, and less effective at building their independence."""),

    H(2, "B2 My development plan (April to October)"),
    T(
        ["Development area", "Actions", "Timescale", "Measure of success"],
        ["Open questions", "Tally card of question types; practise with a colleague",
         "April to May, then monthly check", "Over half my questions open by June"],
        ["Holding silence", "Count to five before speaking; discuss in supervision",
         "April to July", "Supervisor sees improvement in a recorded session"],
        ["Student-led actions", "Students write their own actions at the end",
         "From the next student intake, September", "Students set at least eight in ten actions"],
        ["Feedback", "Use Pendleton; attend the BVNA mentoring webinar",
         "Webinar in May; use from June", "Feedback questionnaire score of 4 or 5"],
        ["Boundaries", "Mentoring contact only through the practice phone and e-mail",
         "Immediately", "No out of hours messages by October review"],
    ),
    P("""I will review this plan with the clinical director at six months, in October, when
      the next two students start."""),

    P("""Learner declaration: I confirm that the evidence in this workbook is my own work.
      Signed: G. Fairclough   Date: 28/03/2026"""),
]

CASE = Case(
    name="m_305_vet_template",
    unit="8587-305",
    kind="structured-docx",
    files=[SourceFile("305 workbook Gemma Fairclough.docx", BLOCKS)],
    labels={
        "1.1": "nearly two thirds of the actions on my forms",
        "1.2": "I slip into solving the problem for them",
        "2.1": "keep a tally card in my tunic pocket",
        "2.2": "Students set at least eight in ten actions",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        # Student B's initial and surname in a pasted supervision note, her mobile number as
        # it showed on the learner's phone; Student A/B, the clinical director, RCVS, BVNA, towns: not identifying
        "identifying": ["H. Okonjo", "07836 502917"],
    },
    about="Veterinary head nurse's 305 Word template: one table per outcome, criterion text left, answer right; 1.1 and 2.2 'See Appendix B' with the answers there; an initial+surname and a phone left in.",
)
