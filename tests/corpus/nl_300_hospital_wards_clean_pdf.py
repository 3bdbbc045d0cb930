"""8587-300 Understanding Good Practice in Coaching: a hospital ward manager's assignment, PDF, clean.

Priya Raman (ILM no. 20931457), Ward Manager of an acute medical ward, writes about bringing
coaching into nursing leadership. Exported to PDF from Word; numbered criterion headings in
the form "AC 1.1 –". Clean: every coachee is "Coachee 1" or "Coachee 2". Things that look
like names and are not: wards and buildings named after people (the Florence Nightingale
ward, the Mary Seacole Building, the Edith Cavell education suite, Aneurin Bevan House), a
town (Kettering), theorists with initials and years (Whitmore, Downey, Hawkins and Smith,
Kline, Rogers, Schön, Gibbs, Passmore), models (GROW, OSKAR, CLEAR, the seven-eyed model),
bodies (NMC, EMCC, ICF, RCN), software (Datix, Healthroster, Microsoft Teams), job titles
(Matron, Chief Nurse, Practice Development Nurse), the coaching supervisor named on the
supervision form line ("Coaching supervisor (name): ..."), months, days, and her own
sign-off. No declaration of own work.
"""

from .case import B, Case, H, P, SourceFile, T

BLOCKS = [
    P("Priya Raman – ILM 20931457 – Level 5 Certificate in Effective Coaching and Mentoring"),
    H(0, "Unit 8587-300: Coaching for ward leaders – a proposal for the Medical Division"),
    P("""I am the Ward Manager of the Florence Nightingale ward, a 28-bed acute medical ward in
      the Mary Seacole Building. This assignment looks at how coaching could support our Band 6
      sisters and charge nurses, many of whom were promoted during the pandemic without any
      leadership preparation. Where I refer to people I have coached during the course I call
      them Coachee 1 and Coachee 2."""),

    H(1, "AC 1.1 – Purpose of coaching in the organisation"),
    P("""Whitmore (2017) defines coaching as unlocking people's potential to maximise their own
      performance, and Downey (2003) places it at the non-directive end of a spectrum from
      telling to pulling. In a hospital trust the purpose is to build leaders who can solve
      problems on the ward at 2am without phoning the Matron. Our staff survey shows that the
      charge nurses who leave within two years give lack of support as the top reason, so
      coaching also serves retention, the trust's People Plan and, ultimately, patient safety,
      because confident shift leaders escalate earlier."""),

    H(1, "AC 1.2 – Role and responsibilities of the coach"),
    P("""The coach's role is to create a thinking space, not to give the answer. Responsibilities
      include agreeing a clear contract, keeping to time and confidentiality, using a model
      and tools competently, holding the coachee to their own commitments, managing the
      boundary with counselling and with performance management, keeping records, seeking
      supervision and working within a code such as the EMCC/ICF Global Code of Ethics. A coach
      should not coach someone they line manage on issues where they hold the power, so I
      would coach sisters from the Aneurin Bevan House wards, not my own."""),

    H(1, "AC 1.3 – Skills, knowledge and behaviours"),
    T(
        ["Skills", "Knowledge", "Behaviours"],
        ["Listening at Kline's third level, with full attention", "Coaching models and tools", "Non-judgemental curiosity"],
        ["Powerful, open questions", "The NMC Code and trust policies", "Holding silence"],
        ["Summarising and reflecting back", "Ethics, contracting and boundaries", "Believing the coachee has the answer"],
        ["Challenging without rescuing", "How adults learn and change", "Modelling the professionalism we ask for"],
    ),

    H(1, "AC 1.4 – Overcoming barriers"),
    P("""The biggest barrier is releasing nurses from the numbers on a short-staffed ward. I
      would put coaching time on Healthroster as protected study hours, not "if the ward is
      quiet". A second barrier is the belief that coaching is remedial; the Chief Nurse
      launching it as a development offer for all new Band 6s would help. Cynicism from
      experienced staff can be met by piloting with volunteers and sharing results. Where the
      coachee is hesitant or worried about confidentiality, a clear contract and a coach from
      another division removes the fear of it getting back to their manager."""),

    H(1, "AC 2.1 – Initiating a productive relationship"),
    P("""Methods include a no-obligation chemistry conversation, sharing a short coach profile in
      advance, meeting somewhere neutral such as the Edith Cavell education suite rather than
      the ward office, and asking the coachee what has helped them learn before. With Coachee
      2 I spent the first twenty minutes just asking about her career so far and what a good
      shift looks like to her; the rapport came from showing I was interested in her view,
      not mine. Rogers' core conditions of empathy, congruence and unconditional positive
      regard underpin all of this."""),

    H(1, "AC 2.2 – Rationale for and process of contracting"),
    P("""Contracting makes explicit what is otherwise assumed: who the coaching is for, who pays,
      what the sponsor will hear, and what happens if something concerning is disclosed. In a
      three-way arrangement with a Matron as sponsor, the Matron agrees the broad aims in a
      short three-way meeting, then steps out; content stays between coach and coachee. The
      process: chemistry meeting; draft agreement covering goals, number and length of
      sessions, venue, cancellation, confidentiality and its limits (patient safety,
      safeguarding, fitness to practise), note-keeping and ending; signing; and re-contracting
      at each session ("what do you want from today?"). Passmore (2016) calls this the
      foundation of the working alliance."""),

    H(1, "AC 2.3 – Safe and ethical practice"),
    B("""Confidentiality with stated limits, explained before anything is disclosed, so a nurse
      is never surprised by a referral."""),
    B("Working within competence and referring to Occupational Health or the employee assistance line."),
    B("No dual relationships where I hold power, such as coaching my own staff on appraisal issues."),
    B("Notes kept minimal, stored securely, never on Datix or the patient record."),
    B("Respecting diversity; a third of our nurses trained overseas and may read feedback differently."),
    B("Regular supervision and adherence to the Global Code of Ethics."),

    H(1, "AC 3.1 – Managing the process with a recognised model"),
    P("""I would use GROW for single sessions and OSKAR (Jackson and McKergow, 2007) where the
      coachee is stuck, because the solution-focused "scale of 0 to 10" works well with nurses
      who are used to pain scores. Across a six-session programme the process runs: contract
      and goals in session 1; Reality and Options work in sessions 2 to 4, each starting with
      a review of actions; a mid-point check; and in session 6 a review of the overall goal
      and an ending. The coach manages the process by tracking where in the model the
      conversation is and bringing it back to the goal when it drifts into venting about the
      rota."""),

    H(1, "AC 3.2 – Tools and techniques for preferences and goals"),
    P("""A wheel of leadership with eight spokes (delegation, escalation, rota, difficult
      conversations and so on), self-scored, quickly shows preferences and priorities. A
      learning styles questionnaire helps me decide whether to use diagrams or talk. The
      miracle question from solution-focused practice ("if you came in on Monday and the
      problem had gone, what would you notice?") turns a complaint into a goal. Goals are
      then written in SMART form on the agreement."""),

    H(1, "AC 3.3 – Monitoring and reviewing progress"),
    P("""Progress is reviewed at the start of every session against the actions agreed. The
      wheel is re-scored at the mid-point and end, so the coachee can see the shape change. I
      would add a short three-way review with the sponsor at the end, using the coachee's own
      summary, and look at indirect measures such as fewer incident reports about handover on
      the coachee's shifts. Hawkins' CLEAR model ends each session with a Review step, which
      keeps monitoring going within sessions too."""),

    H(1, "AC 4.1 – Purpose of coaching records"),
    P("""For the coach, records provide continuity between sessions a fortnight apart,
      evidence of practice for supervision and accreditation, and protection if a complaint
      is made. For the coachee, a record of their goals and actions keeps them accountable and
      shows how far they have come; Coachee 1 said rereading her first session notes in
      March was "embarrassing but encouraging". Records are kept brief and factual, shared with
      the coachee, and stored under UK GDPR on a password-protected drive."""),

    H(1, "AC 4.2 – Reflective practice and supervision"),
    P("""Nurses already revalidate with the NMC using reflective accounts, so Gibbs' cycle is
      familiar; Schön (1983) adds reflection-in-action, noticing in the moment that I am
      about to rescue. Without reflection a coach repeats habits she cannot see. Supervision
      adds another pair of eyes: Hawkins and Smith's seven-eyed model looks at the coachee,
      the interventions, the relationship, the coach, the supervisor and the wider system. It
      protects the coachee, supports the coach's wellbeing after heavy sessions, and
      assures the trust of quality. My own supervision record is below."""),
    T(
        ["Supervision record", ""],
        ["Coaching supervisor (name)", "Dr Alison Fairbrother, EMCC accredited"],
        ["Date / mode", "Wednesday 12 February 2025, Microsoft Teams, 60 minutes"],
        ["Themes", "Contracting with a sponsor; my urge to fix; boundary with performance issues"],
        ["Actions", "Script the confidentiality limits; note when I speak first after a silence"],
    ),

    H(1, "References"),
    P("Downey, M. (2003) Effective Coaching. 2nd edn. London: Texere."),
    P("Hawkins, P. and Smith, N. (2013) Coaching, Mentoring and Organizational Consultancy. 2nd edn. Maidenhead: Open University Press."),
    P("Jackson, P.Z. and McKergow, M. (2007) The Solutions Focus. London: Nicholas Brealey."),
    P("Kline, N. (1999) Time to Think. London: Cassell."),
    P("Passmore, J. (2016) Excellence in Coaching. 3rd edn. London: Kogan Page."),
    P("Schön, D. (1983) The Reflective Practitioner. New York: Basic Books."),
    P("Whitmore, J. (2017) Coaching for Performance. 5th edn. London: Nicholas Brealey."),
    P("Priya Raman, Ward Manager, Kettering – April 2025"),
]

CASE = Case(
    name="nl_300_hospital_wards_clean_pdf",
    unit="8587-300",
    kind="structured-pdf",
    files=[SourceFile("P Raman 8587-300.pdf", BLOCKS)],
    labels={
        "1.1": "without phoning the Matron",
        "1.2": "coach sisters from the Aneurin Bevan House wards",
        "1.3": "Listening at Kline's third level, with full attention",
        "1.4": "as protected study hours, not",
        "2.1": "what a good shift looks like to her",
        "2.2": "the Matron agrees the broad aims in a short three-way meeting",
        "2.3": "so a nurse is never surprised by a referral",
        "3.1": "who are used to pain scores",
        "3.2": "turns a complaint into a goal",
        "3.3": "so the coachee can see the shape change",
        "4.1": "embarrassing but encouraging",
        "4.2": "noticing in the moment that I am about to rescue",
    },
    expected_checks={"declaration": False, "evidence_matrix": None, "identifying": []},
    about="Ward manager's clean 300 PDF: Florence Nightingale ward, Mary Seacole Building, Edith Cavell suite, Aneurin Bevan House, theorists with citations, GROW/OSKAR/CLEAR/seven-eyed, NMC/EMCC/Datix/Healthroster, Coachee 1/2, supervisor named in the supervision form, no declaration.",
)
