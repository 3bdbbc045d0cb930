"""8587-301 Understanding Good Practice in Mentoring: a ward sister's assignment.

Bronwen Pritchard is a Ward Sister on an acute medical ward in Swansea who mentors newly
qualified nurses during preceptorship. Clean: her examples use "Mentee B", "Person A" and
"the preceptee". Traps: wards and buildings named after people (Nightingale Ward, the
Seacole Unit, the Morriston site's Gower Wing), the NHS and its bodies (NMC, RCN, Health
Education and Improvement Wales), nursing job titles and bands, theorists cited several
ways (Benner 1984; "Gibbs' reflective cycle"; "as Schön put it"; Megginson and
Clutterbuck; Kram), named tools (Myers-Briggs, Belbin, Maslow, the Johari window), a
founding politician and a TV drama as examples, Welsh place names, the learner and the
tutor named in the header and declaration, days and months.
"""

from .case import B, Case, H, P, SourceFile, T

ESSAY = [
    H(0, "Unit 301 – Understanding Good Practice in Mentoring within an Organisational Context"),
    P("Bronwen Pritchard – ILM Level 3 Certificate in Coaching and Mentoring – Tutor: Rhodri Evans"),
    H(1, "Evidence matrix"),
    T(
        ["AC", "Heading in this assignment"],
        ["1.1–1.4", "Mentoring on the ward"],
        ["2.1–2.3", "Starting well"],
        ["3.1–3.3", "Running the mentoring"],
        ["4.1–4.2", "Records and reflection"],
    ),
    H(1, "Mentoring on the ward"),
    H(2, "1.1 Purpose of mentoring in my organisation"),
    P("""I am Ward Sister on Nightingale Ward, a 28-bed acute medical ward at Morriston
      Hospital. Every September we take on four or five newly qualified nurses as Band 5
      Staff Nurses. Megginson and Clutterbuck describe mentoring as off-line help with
      significant transitions, and the move from student to registrant is exactly that. In
      our health board mentoring sits alongside the formal preceptorship programme run by
      the Practice Development Nurse. Its purpose is to keep new nurses in the profession:
      nationally a large share of newly registered nurses leave within their first years,
      and the RCN links this to feeling unsupported."""),
    H(2, "1.2 Role and responsibilities of a mentor"),
    P("""A mentor shares experience, opens doors and helps the mentee make sense of what they
      are seeing. Kram (1985) split this into career functions such as sponsorship and
      psychosocial functions such as role modelling and friendship. On the ward my
      responsibilities are to be available, keep what is said confidential within NMC
      limits, escalate anything that affects patient safety, and know when to refer to
      occupational health or the Employee Assistance Programme."""),
    H(2, "1.3 Skills, knowledge and behaviours"),
    B("Skills: listening on a noisy ward, asking questions that make people think, giving feedback that lands."),
    B("Knowledge: the NMC Code, preceptorship competencies, the health board's policies, a mentoring model."),
    B("Behaviours: being approachable at 3am, not gossiping at the nurses' station, admitting what I do not know."),
    P("""Knowledge can be learned from a book; the behaviours are shown every shift and
      mentees copy them whether I mean them to or not."""),
    H(2, "1.4 Barriers and how to overcome them"),
    P("""The mentor barrier is time: on a short-staffed shift mentoring is the first thing to go.
      I now book mentoring on the off-duty rota in Allocate as a protected hour. The mentee
      barrier is fear of looking incompetent; Person A told me she hid a drug error near-miss
      for a week because she thought it would go on her record. I overcome this by making it
      clear from the first meeting that mentoring is separate from her preceptorship
      sign-off. The organisational barrier is the hierarchy: Health Care Support Workers and
      Band 5s rarely speak up in front of consultants. Mentoring can model a different
      culture, a little like the older midwives in Call the Midwife taking the new ones under
      their wing."""),
    H(1, "Starting well"),
    H(2, "2.1 Initiating a productive working relationship"),
    P("""Two methods work for me. First, an informal meeting off the ward, usually a coffee in
      the Gower Wing café, where we talk about why they chose nursing before anything about
      goals. Second, agreeing ground rules together so the mentee has a say from the start.
      With Mentee B I also used a short Myers-Briggs discussion, which helped us both see
      that my need to plan clashed with her preference to keep options open."""),
    H(2, "2.2 Contracting"),
    P("""The mentoring contract records how often we meet, where, for how long, what is
      confidential and what is not, and how either of us can end it without blame. The reason
      for contracting is that it makes the unspoken explicit; a new nurse will not ask "will
      you tell the Ward Manager?" unless we have already answered it. The process is to
      draft it together in the first meeting, sign it, and revisit it at the three-month
      review."""),
    H(2, "2.3 Safe and ethical practice"),
    P("""Safe practice includes meeting somewhere private but not isolated, keeping notes on
      the secure drive, and being honest about conflicts of interest. I would not mentor a
      nurse I was also investigating after a Datix incident. The limits of confidentiality
      are patient safety, safeguarding and fitness to practise, and I explain these before
      anything else."""),
    H(1, "Running the mentoring"),
    H(2, "3.1 Managing the process with a recognised model"),
    P("""I use Clutterbuck's five stages: building rapport, setting direction, progression,
      winding down and moving on. Its strength is that it reminds me relationships have an
      end, which I tend to avoid. Its weakness is that real relationships do not follow the
      stages in order, especially when a mentee moves to nights. Benner (1984) adds a useful
      lens, from novice to expert, for judging how much structure a mentee needs at each
      stage."""),
    H(2, "3.2 Tools and techniques"),
    P("""The Johari window helps a mentee see what others notice about them. Belbin's team
      roles show where they fit in a ward team; many new nurses are Team Workers who avoid
      conflict. Maslow's hierarchy reminds me to check sleep, food and money before career
      plans, because a nurse on three night shifts in a row cannot think about a Band 6
      post. A SWOT analysis is quick and helps agree goals."""),
    H(2, "3.3 Monitoring and reviewing progress"),
    P("""Methods include checking actions at the start of each meeting, a formal review at three
      and six months against the preceptorship competencies, and feedback from colleagues
      on shift. The formal review is the most reliable but comes late; the action check is
      frequent but only shows what the mentee chooses to tell me."""),
    H(1, "Records and reflection"),
    H(2, "4.1 Purpose of mentoring records"),
    P("""Records protect both people. For the mentee they are a reminder of actions and a
      record of progress they can take to revalidation. For the mentor they show what was
      agreed if there is ever a dispute and they feed reflection. We use initials-free codes
      and store records for the length of the relationship only."""),
    H(2, "4.2 Reflective practice and supervision"),
    P("""Reflection is already part of nursing through revalidation. Gibbs' reflective cycle is
      the one most of us learned at university, and as Schön put it, we reflect in action on
      the ward and on action afterwards. Supervision for mentors is less common; I get
      mine from the Practice Development Nurse every six weeks. Aneurin Bevan built the NHS on
      the idea that nobody should be left without help, and I think mentors deserve that too."""),
    P("""Declaration: this assignment is my own work. Bronwen Pritchard, Monday 3 March 2025."""),
]

CASE = Case(
    name="nw_301_hospital_ward",
    unit="8587-301",
    kind="structured-docx",
    files=[SourceFile("B Pritchard Unit 301.docx", ESSAY)],
    labels={
        "1.1": "keep new nurses in the profession",
        "1.2": "know when to refer to occupational health",
        "1.3": "mentees copy them whether I mean them to or not",
        "1.4": "book mentoring on the off-duty rota in Allocate",
        "2.1": "why they chose nursing before anything about goals",
        "2.2": "makes the unspoken explicit",
        "2.3": "after a Datix incident",
        "3.1": "relationships have an end, which I tend to avoid",
        "3.2": "check sleep, food and money before career plans",
        "3.3": "only shows what the mentee chooses to tell me",
        "4.1": "a record of progress they can take to revalidation",
        "4.2": "we reflect in action on the ward",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": True,
        "identifying": [],
    },
    about="Ward sister's mentoring essay: clean; Nightingale Ward and other places named after people, NHS bodies and bands, theorists in several citation styles, named tools, Aneurin Bevan and a TV drama as examples, pseudonyms, tutor in the header.",
)
