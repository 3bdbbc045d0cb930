"""8587-301 Good Practice in Mentoring: a housing repairs supervisor's assignment, PDF, four planted details.

Declan Moriarty (learner no. 60271559), repairs supervisor for a housing association in
Salford, answers 1.1 to 4.2 in a PDF exported from Word, criteria as headings, drawing on
his mentoring of a trainee surveyor.

Planted (4): the 2.2 example contract table has the mentee's full name in a cell
("Aaliyah Brennan"); the 3.3 answer slips into her first name ("Aaliyah") after it;
the 2.1 answer names her line manager, a third party ("Gary Lomax"); and the 4.1 answer
quotes her personal e-mail ("aaliyah.b94@gmail.com") as how they swapped notes.

Clean but tricky: the learner's name and number, Clutterbuck, Megginson, Garvey, Kolb,
Gibbs, Hawkins and Shohet, the EMCC Global Code of Ethics, the Equality Act 2010, GDPR,
GROW, CLEAR, the Johari window, MBTI, Honey and Mumford, Salford Quays, Pankhurst House
(an office named after a person), Totalmobile (job software), Teams, the EAP, Decent Homes.
No declaration: only a signed word-count line.
"""

from .case import B, Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "ILM Level 3 – Unit 8587-301 Understanding Good Practice in Mentoring within an Organisational Context"),
    P("Declan Moriarty | Learner number 60271559 | Repairs Supervisor, Irwell Valley Homes"),

    H(1, "1.1 Purpose of mentoring in an organisational context"),
    P("""In a housing association mentoring exists to develop people in a way the organisation
      benefits from as well as the individual. For us the purpose is retention and
      succession: we struggle to recruit surveyors, so we grow our own from trainees and
      operatives, and mentoring is how knowledge held by long-serving staff gets passed on
      before they retire. Clutterbuck (2004) calls this developmental mentoring – the
      mentee sets the agenda and the mentor helps them learn, rather than sponsoring their
      career. It also supports our customer promise, because a confident surveyor diagnoses
      damp and mould right first time instead of sending three operatives out."""),

    H(1, "1.2 Role and responsibilities of an effective mentor"),
    P("""The mentor's role is to help the mentee work through their own ideas and reach their own
      solutions: a sounding board, a challenger and a source of experience. Responsibilities
      include keeping to the agreed boundaries and confidentiality, turning up prepared,
      keeping records, referring on when something is outside the role (for example
      wellbeing issues to the EAP), and ending the relationship well. Megginson et al.
      (2006) stress the mentor's responsibility for the mentee's independence, which means
      making yourself less needed over time."""),

    H(1, "1.3 Skills, knowledge and behaviours"),
    T(
        ["Skills", "Knowledge", "Behaviours"],
        ["Active listening, open questioning, summarising, goal setting, record keeping",
         "Mentoring models (GROW, CLEAR), the organisation's structure and policies, codes of ethics, limits of the role",
         "Patience, honesty, respect, being non-judgemental, reliability, role modelling"],
    ),

    H(1, "1.4 Overcoming potential barriers"),
    P("""Time is the biggest barrier in repairs – emergencies always win. Booking sessions in
      Totalmobile as a non-productive slot protects them. Hierarchy is another: if the mentor
      is senior, the mentee may only say what they think you want to hear, so a mentor from a
      different team or a clear confidentiality agreement helps. A third is location; our
      staff are spread across Salford, so we alternate between Pankhurst House and a video
      call. Finally, mismatched expectations are dealt with by contracting properly at the
      start (see 2.2)."""),

    H(1, "2.1 Methods to initiate a productive relationship"),
    P("""An informal first "chemistry" meeting lets both people decide whether they can work
      together before anything is signed. Sharing something about yourself (Johari window –
      reducing the blind and hidden areas) builds rapport. Agreeing practicalities early, and
      involving the line manager in a three-way conversation about the purpose, helps too:
      when I started with my mentee we had a short three-way with Gary Lomax, her line
      manager, so that he knew what mentoring was for and that the content would stay
      confidential. Using a profile tool such as MBTI in session one can also give both
      people a shared language about preferences."""),

    H(1, "2.2 Contracting – rationale and process"),
    P("""Contracting makes the relationship safe and ethical: both sides know what to expect,
      where confidentiality ends, how often they will meet and how it will end. Without it,
      mentoring drifts or turns into line management. The process is: discuss expectations
      at the first meeting; agree practical and psychological terms; involve stakeholders
      (the line manager and sponsor) on purpose and boundaries only; write it down and both
      sign; then revisit it at a mid-point review. Below is the agreement I used."""),
    T(
        ["Mentoring agreement", ""],
        ["Mentor", "Declan Moriarty"],
        ["Mentee", "Aaliyah Brennan"],
        ["Frequency", "Fortnightly, 1 hour, Pankhurst House room 2 or Teams"],
        ["Confidentiality", "Content stays between us unless there is a safety or safeguarding risk"],
        ["Review", "After session 4; no-fault ending either side"],
    ),

    H(1, "2.3 Safe and ethical practice"),
    P("""Safe and ethical practice means confidentiality with clear limits, avoiding conflicts of
      interest (I would not mentor someone whose promotion I decide), staying inside my
      competence and referring on, and treating people fairly under the Equality Act 2010.
      The EMCC Global Code of Ethics gives a framework for this. Records are held under
      GDPR. Practical safety matters too: meeting in a public room or office, not in a van on
      an estate at 7pm."""),

    H(1, "3.1 Managing the process using a recognised model"),
    P("""I manage the whole relationship using Clutterbuck's stages – building rapport, setting
      direction, progression, winding down, and moving on – and use GROW within each session.
      In practice this means the first two sessions are about rapport and direction, the
      middle ones about progress against goals with GROW keeping each one focused, and the
      last planned session is a deliberate wind-down where we agree what happens next."""),

    H(1, "3.2 Tools and techniques"),
    B("""A wheel of competence for the trainee surveyor role, scored 1-10, shows where the
      mentee wants to focus and becomes the basis for goals."""),
    B("""A learning styles questionnaire (Honey and Mumford) helps agree how she prefers to
      learn – site visits with me versus reading the Decent Homes guidance."""),
    B("""Role play, for example a difficult conversation with a tenant, practised before it
      happens for real."""),
    B("""SMART goal setting with a one-page goals sheet the mentee owns."""),

    H(1, "3.3 Monitoring and reviewing progress"),
    P("""Progress can be monitored by reviewing actions at the start of each session, by
      rescoring the competence wheel every six weeks and by a formal mid-point review against
      the contract. Each method keeps the goals visible: when we rescored the wheel in week six,
      Aaliyah could see her damp and mould diagnosis had moved from 4 to 7, which motivated
      her more than anything I said. Feedback from colleagues on site is another source."""),

    H(1, "4.1 Purpose of mentoring records"),
    P("""For the mentor, records show what was agreed, help prepare for the next session, give
      evidence for supervision and protect both parties. For the mentee, they are a record of
      their own learning and actions they can look back on. We kept a shared action sheet –
      she e-mailed hers from aaliyah.b94@gmail.com because her work e-mail was not set up on
      her phone, and I printed them for the file."""),

    H(1, "4.2 Reflective practice and supervision"),
    P("""Without reflection a mentor simply repeats habits. Kolb's cycle and Gibbs' reflective
      cycle turn each session into learning; I would argue this is essential, because the
      mentor's blind spots are invisible from inside. Supervision (Hawkins and Shohet) adds a
      second pair of eyes, protects the mentee by checking ethical issues, and supports the
      mentor's wellbeing. A mentor who does neither is working unsafely, however well meaning.
      I now take a short note after every session on the tram home past Salford Quays."""),

    P("""Word count 1,640. Declan Moriarty, 21/03/2025."""),
]

CASE = Case(
    name="nn_301_housing_repairs_planted_pdf",
    unit="8587-301",
    kind="structured-pdf",
    files=[SourceFile("DMoriarty 8587-301.pdf", BLOCKS)],
    labels={
        "1.1": "we grow our own from trainees and operatives",
        "1.2": "referring on when something is outside the role",
        "1.3": "Patience, honesty, respect, being non-judgemental",
        "1.4": "Booking sessions in Totalmobile as a non-productive slot",
        "2.1": "An informal first \"chemistry\" meeting lets both people decide",
        "2.2": "Without it, mentoring drifts or turns into line management",
        "2.3": "not in a van on an estate at 7pm",
        "3.1": "a deliberate wind-down where we agree what happens next",
        "3.2": "practised before it happens for real",
        "3.3": "rescoring the competence wheel every six weeks",
        "4.1": "a record of their own learning and actions",
        "4.2": "the mentor's blind spots are invisible from inside",
    },
    expected_checks={
        "declaration": False,
        "evidence_matrix": None,
        "identifying": ["Aaliyah Brennan", "Aaliyah", "Gary Lomax", "aaliyah.b94@gmail.com"],
    },
    about="Housing repairs supervisor's 301 PDF: mentee full name in the contract table, first name in 3.3, her line manager named in 2.1, personal e-mail in 4.1; Pankhurst House, Salford Quays, EMCC, Equality Act, GROW/CLEAR/Johari/MBTI, Totalmobile, theorists clean; no declaration (a signed word-count line only).",
)
