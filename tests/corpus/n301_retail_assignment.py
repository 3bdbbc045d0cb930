"""8587-301 Understanding Good Practice in Mentoring: a clean assignment from a retailer.

Olumide Adeyemi, a store manager with a department-store chain, writes the unit 301
assignment about a mentoring scheme for new department managers. Nothing here should be
flagged, and much of it looks like a name: theorists in full ("David Clutterbuck",
"Kathy Kram") and in citations, models (GROW, OSKAR, CLEAR), organisations named after
people (John Lewis Partnership, Marks & Spencer), places named like people (Milton
Keynes, St Helens), "Mentee A" and "Client 2" pseudonyms, the learner and tutor on the
cover, and the centre's generic address in the template's footer line.
"""

from .case import B, Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "Unit 301 Assignment: Good Practice in Mentoring"),
    T(
        ["Learner name", "Olumide Adeyemi"],
        ["Learner registration no.", "R9012264"],
        ["Tutor name", "Fiona McAllister"],
        ["Word count", "2,640"],
    ),
    P("I declare that this assignment is my own work and that all sources are acknowledged."),
    H(1, "Task 1"),
    H(2, "1.1 The purpose of effective mentoring in our organisation"),
    P("""I manage a department store in Milton Keynes for a retailer that also trades from
      St Helens, Cardiff and Glasgow. David Clutterbuck defines mentoring as off-line help
      from one person to another in making significant transitions in knowledge, work or
      thinking. In our stores the purpose is to help newly promoted department managers
      through their first year, when most of those who leave do so, and to pass on the
      judgement that is never written in the operating manual."""),
    H(2, "1.2 Role and responsibilities of the mentor"),
    P("""The mentor is a guide, a sounding board and a critical friend, not an assessor.
      Kathy Kram distinguished career functions, such as sponsorship and coaching, from
      psychosocial functions, such as role modelling and friendship, and our mentors need
      both. Responsibilities include keeping the boundaries of the contract, keeping
      records and ending the relationship well."""),
    H(2, "1.3 Skills, knowledge and behaviours"),
    P("""An effective mentor listens actively, asks open questions, gives balanced feedback
      and knows the business well enough to open doors. Behaviours matter more than
      knowledge: patience, honesty, reliability and curiosity. Parsloe and Wray stress
      that a mentor who always has the answer creates dependence."""),
    H(2, "1.4 Overcoming barriers"),
    P("""Typical barriers are lack of time on a busy trading floor, mentors who are also the
      mentee's line manager, and mismatched expectations. We will protect one hour a
      fortnight in the rota, never pair a mentee with their own manager, and use a
      three-way meeting at the start, as the John Lewis Partnership and Marks & Spencer
      schemes both do, so that expectations are agreed in writing."""),
    H(1, "Task 2"),
    H(2, "2.1 Starting a productive relationship"),
    P("""The first meeting sets the tone. I would meet Mentee A away from the shop floor,
      share something of my own career, including my mistakes, and ask what they hope to
      get from mentoring. Rapport comes from keeping promises, so I would send the notes of
      the first meeting the same day."""),
    H(2, "2.2 Contracting"),
    P("""Contracting makes the relationship safe. It records the purpose, frequency, venue,
      confidentiality and its limits, what records are kept and how either party can end
      the arrangement. The process is to discuss each point, write it up and both sign,
      then review it at the third meeting. Klasen and Clutterbuck describe this as
      building the relationship's rules together rather than imposing them."""),
    H(2, "2.3 Safe and ethical practice"),
    P("""Safe practice means confidentiality with clear limits, staying within one's
      competence and referring on, for example to the Employee Assistance Programme, when a
      mentee raises a mental health concern. The EMCC Global Code of Ethics and the CIPD's
      guidance set the standard. In a previous scheme, Client 2 disclosed a debt problem;
      her mentor listened, then helped her contact StepChange rather than advising."""),
    H(1, "Task 3"),
    H(2, "3.1 Managing the process with a recognised model"),
    P("""I would use the GROW model (Whitmore, 2017) for individual sessions, within
      Clutterbuck's five phases of the relationship: building rapport, setting direction,
      progression, winding down and moving on. GROW keeps each conversation moving from
      goal to reality, options and will, and the phases remind the mentor where the
      relationship as a whole has reached."""),
    H(2, "3.2 Tools and techniques for preferences and goals"),
    P("""Useful tools are the Honey and Mumford learning styles questionnaire, a wheel of
      life, a SWOT analysis and psychometrics such as MBTI. For goals, SMART goals suit
      operational targets, while OSKAR's scaling questions help a mentee who cannot yet
      name a goal. Peter Hawkins' CLEAR model is useful when the goal concerns a
      relationship."""),
    H(2, "3.3 Monitoring and reviewing progress"),
    P("""Progress can be reviewed by revisiting the goals at each meeting, scaling confidence
      from one to ten, a mid-point three-way review and the mentee's own learning log. At
      the end, Kirkpatrick's four levels give a way to evaluate the whole scheme."""),
    H(1, "Task 4"),
    H(2, "4.1 The purpose of mentoring records"),
    P("""Records show what was agreed, provide continuity between meetings, evidence the
      mentee's progress and protect both parties if something goes wrong. For the mentor
      they are material for reflection and supervision; for the mentee a record of
      achievements. Records must be stored securely and kept only as long as needed under
      UK GDPR."""),
    H(2, "4.2 Reflective practice and supervision"),
    P("""Reflective practice (Schön, 1983) turns experience into learning, and Gibbs'
      reflective cycle gives mentors a simple structure. Supervision adds another view:
      Hawkins and Shohet's seven-eyed model helps a mentor notice what they bring to the
      relationship. Without it mentors repeat the same habits and can miss when they
      are out of their depth."""),
    H(1, "References"),
    P("Clutterbuck, D. (2014) Everyone Needs a Mentor. London: CIPD."),
    P("Hawkins, P. and Smith, N. (2013) Coaching, Mentoring and Organizational Consultancy. Maidenhead: Open University Press."),
    P("Klasen, N. and Clutterbuck, D. (2002) Implementing Mentoring Schemes. Oxford: Butterworth-Heinemann."),
    P("Kram, K. E. (1985) Mentoring at Work. Glenview: Scott Foresman."),
    P("Parsloe, E. and Wray, M. (2000) Coaching and Mentoring. London: Kogan Page."),
    P("Whitmore, J. (2017) Coaching for Performance. 5th edn. London: Nicholas Brealey."),
    P("Centre assignment template 2025 · Return to assessment@pennine-leadership.ac.uk or info@ilm-centre.example.org"),
]

CASE = Case(
    name="n301_retail_assignment",
    unit="8587-301",
    kind="structured-docx",
    files=[SourceFile("assignment-301.docx", BLOCKS)],
    labels={
        "1.1": "judgement that is never written in the operating manual",
        "1.2": "psychosocial functions",
        "1.3": "creates dependence",
        "1.4": "never pair a mentee with their own manager",
        "2.1": "send the notes of the first meeting the same day",
        "2.2": "review it at the third meeting",
        "2.3": "helped her contact StepChange",
        "3.1": "winding down and moving on",
        "3.2": "cannot yet name a goal",
        "3.3": "Kirkpatrick's four levels",
        "4.1": "kept only as long as needed",
        "4.2": "out of their depth",
    },
    expected_checks={"declaration": True, "evidence_matrix": None, "identifying": []},
    about="Clean assignment: theorists in full and cited, organisations and places that look like names, pseudonyms, template addresses.",
)
