"""8587-301 Understanding Good Practice in Mentoring: a hospital pathology lab's assignment as PDF.

Carys Meredith is a Senior Biomedical Scientist in a blood sciences laboratory in Cardiff and
mentors trainee biomedical scientists through their registration portfolio. The assignment
calls them "Mentee 1" and "Mentee 2". Answering 4.1 she pastes an extract of her own
mentoring agreement as an example record, and in 2.2 names the stakeholder she contracted with.

Planted (3): Mentee 1's full name in a table cell of the pasted agreement ("Ffion
Prydderch"), her personal e-mail address in the same table ("ffionp.bms@gmail.com"), and her
training officer named in the contracting answer ("Gwilym Rees").

Clean but tricky: the learner's name on the cover and declaration, her tutor named where the
cover asks, the centre's info@ address; the IBMS, HCPC and UKAS, analysers and software
(Roche cobas, Sysmex, WinPath, Datix, Microsoft Teams), a building named after a person (the
Cochrane Building), Welsh places (Cardiff, the Heath, Llandaff, Penarth, Caerphilly), the role
"Training Officer" in capitals elsewhere, theorists and models (Kram, Clutterbuck, Megginson et
al., Parsloe and Leedham, Klasen and Clutterbuck, Daloz, Zachary, Downey's TGROW, Tell/Show/
Do, Honey and Mumford, Belbin, the Johari Window, Gibbs, Johns, Kolb), months and days.
"""

from .case import B, Case, H, P, SourceFile, T

ASSIGNMENT = [
    H(0, "Unit 301 Understanding Good Practice in Mentoring within an Organisational Context"),
    T(
        ["Learner", "Carys Meredith"],
        ["Registration number", "R8801264"],
        ["Tutor", "Emrys Talbot-Hughes"],
        ["Centre", "Taff Learning Partnership (info@tafflearning.org.uk)"],
    ),
    H(1, "1.1 Purpose of mentoring in my organisation"),
    P("""I work in Blood Sciences in the pathology laboratory of a large teaching hospital in
      Cardiff, on the Heath site, in the Cochrane Building. Trainee biomedical scientists must
      complete the IBMS Registration Training Portfolio before they can register with the HCPC.
      Mentoring helps them make that transition from graduate to registered professional.
      Clutterbuck (2014) describes mentoring as off-line help with significant transitions in
      knowledge, work or thinking, and that is exactly what our trainees need."""),
    H(1, "1.2 Roles and responsibilities of a mentor"),
    P("""The mentor is not the Training Officer, who signs off competence, and not the line
      manager. The mentor helps the trainee reflect, plan, and build confidence and a network.
      Kram (1985) separates career functions (sponsorship, exposure, coaching, challenging
      work) from psychosocial functions (role modelling, acceptance, counselling, friendship).
      In a laboratory the psychosocial side is easy to forget. Responsibilities include keeping
      boundaries and confidentiality, keeping records, and referring on when something is
      outside my role."""),
    H(1, "1.3 Skills, knowledge and behaviours"),
    T(
        ["Knowledge", "Skills", "Behaviours"],
        ["The IBMS portfolio and HCPC standards", "Listening, open questions", "Patience"],
        ["Mentoring models and tools", "Giving balanced feedback", "Respect for the trainee's pace"],
        ["UKAS ISO 15189 quality rules", "Planning and record keeping", "Honesty about my own mistakes"],
    ),
    H(1, "1.4 Barriers to mentoring"),
    B("Mentor: shift work and on-call. I overcome this by booking sessions on Wednesday mornings when the Sysmex and Roche cobas lines are fully staffed."),
    B("Mentee: fear that mistakes discussed in mentoring will be reported. Overcome by a clear contract about what is shared."),
    B("Organisation: pressure on turnaround times. Overcome by agreeing protected time with the Laboratory Manager."),
    H(1, "2.1 Initiating a productive relationship"),
    P("""At the first meeting I explain my own route into the profession, including failing a
      portfolio section in 2011. Showing that I struggled builds rapport. I ask the trainee
      what they want from mentoring rather than telling them. Daloz (2012) describes the mentor
      as offering support, challenge and vision; at the start it is mostly support."""),
    H(1, "2.2 Contracting"),
    P("""Contracting makes expectations clear and protects the trainee. Our contract covers how
      often we meet, confidentiality and its limits (patient safety always comes first), where
      records are kept and how the relationship ends. Stakeholders matter too. For Mentee 1 I
      held a three-way meeting with her training officer, Gwilym Rees, so that the mentoring
      goals supported her portfolio deadlines without my becoming part of her assessment.
      Zachary (2012) calls this building the relationship on agreed ground rules."""),
    H(1, "2.3 Safe and ethical practice"),
    P("""I follow the HCPC Standards of Conduct, Performance and Ethics, the Equality Act 2010 and
      UK GDPR. Sessions take place in a private office, never at the bench. I do not discuss
      patient results in mentoring unless they are anonymised. If a trainee reports an error, I
      support them to raise it on Datix themselves."""),
    H(1, "3.1 Managing the mentoring process with a model"),
    P("""I use Downey's TGROW (Topic, Goal, Reality, Options, Wrap-up). For practical skills such
      as running a quality control check on the analysers, Tell/Show/Do works better. Klasen
      and Clutterbuck (2002) describe the relationship as moving through stages from building
      rapport to ending, and Parsloe and Leedham (2016) add that the mentor should plan the
      ending from the start. The limitation of TGROW is that it can feel like a checklist."""),
    H(1, "3.2 Tools and techniques"),
    B("Honey and Mumford's Learning Styles Questionnaire, to plan how each trainee learns best."),
    B("A SWOT analysis against the IBMS portfolio sections."),
    B("Belbin team roles, to talk about how the trainee fits into the shift team."),
    B("The Johari Window, to open up feedback from the bench."),
    H(1, "3.3 Monitoring and reviewing progress"),
    P("""We review actions at every session, track portfolio sections signed off, and ask for
      feedback from the trainee at the halfway point. Self-assessment is useful but optimistic;
      evidence signed off in the portfolio is objective but slow."""),
    H(1, "4.1 Purpose of mentoring records"),
    P("""Records give both people a shared memory of what was agreed, show progress, and provide
      evidence if a concern is raised. Below is the first part of the agreement I use, as an
      example of a mentoring record."""),
    T(
        ["Mentoring agreement", ""],
        ["Mentee", "Ffion Prydderch"],
        ["Role", "Trainee BMS, Blood Sciences"],
        ["Preferred contact", "ffionp.bms@gmail.com"],
        ["Meetings", "Fortnightly, Wednesday 9:00, 45 minutes"],
        ["Confidentiality", "Agreed; limits explained (patient safety, fitness to practise)"],
    ),
    P("""Records are stored in a restricted folder on Microsoft Teams, not in WinPath, and are
      deleted twelve months after mentoring ends."""),
    H(1, "4.2 Reflective practice and supervision"),
    P("""Gibbs' reflective cycle and Johns' model of structured reflection help me learn from each
      session. Kolb (1984) reminds me that learning needs both experience and reflection.
      Supervision with our Training Lead at Llandaff every quarter gives me a place to check my
      judgement. Without reflection and supervision a mentor repeats the same habits and can
      cross boundaries without noticing. Megginson et al. (2006) found that the best schemes
      support their mentors as well as their mentees."""),
    P("""Next year Mentee 2 will be placed at our Penarth and Caerphilly sites, and I will
      mentor her remotely on Teams for the first two months."""),
    H(1, "References"),
    B("Clutterbuck, D. (2014) Everyone Needs a Mentor. 5th edn. London: CIPD."),
    B("Daloz, L.A. (2012) Mentor. 2nd edn. San Francisco: Jossey-Bass."),
    B("Klasen, N. and Clutterbuck, D. (2002) Implementing Mentoring Schemes. Oxford: Butterworth-Heinemann."),
    B("Kram, K.E. (1985) Mentoring at Work. Glenview, IL: Scott, Foresman."),
    B("Megginson, D. et al. (2006) Mentoring in Action. 2nd edn. London: Kogan Page."),
    B("Parsloe, E. and Leedham, M. (2016) Coaching and Mentoring. 3rd edn. London: Kogan Page."),
    B("Zachary, L.J. (2012) The Mentor's Guide. 2nd edn. San Francisco: Jossey-Bass."),
    P("I confirm this is my own work. Carys Meredith, Friday 6 June 2025"),
]

CASE = Case(
    name="nk_301_pathology_lab_pdf",
    unit="8587-301",
    kind="structured-pdf",
    files=[SourceFile("Meredith_C_Unit301.pdf", ASSIGNMENT)],
    labels={},
    expected_checks={
        "declaration": True,
        "evidence_matrix": None,
        "identifying": ["Ffion Prydderch", "ffionp.bms@gmail.com", "Gwilym Rees"],
    },
    about="Pathology lab senior BMS's 301 assignment PDF: a pasted agreement with the mentee's name and personal e-mail in table cells, her training officer named in contracting; IBMS/HCPC/UKAS, analysers, the Cochrane Building, Welsh places, theorists, tutor on the cover.",
)
