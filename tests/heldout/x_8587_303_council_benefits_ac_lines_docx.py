"""8587-303 reflective journal: a council revenues and benefits team leader, DOCX with "AC 1.1" lines as plain paragraphs.

Lorraine Pickering leads a benefits assessment team at a district council and reflects on
the twelve hours of coaching she did for unit 302 with two assessors, "Coachee A" and
"Coachee B". She used no Word headings at all: each answer starts with a line she typed and
made bold herself ("AC 1.1 - How effective was my coaching?"), which the document holds as
an ordinary Normal paragraph (kind numbered-unstyled: every heading block is written as
Normal). Below that, prose, a pasted e-mail, a strengths / areas table and a six-month
development plan table. Signed declaration; no evidence matrix.

Planted (2): Coachee A by title and surname in 1.1 ("Mrs Pellegrini"); Coachee B's work
e-mail address in the header of an e-mail she pastes as feedback
("kieran.brannigan@northmoor.gov.uk").
Clean but tricky: her own name (and in the pasted e-mail's To line), the council and its
Northgate system, job titles (Revenues Manager), bodies, models and authors (Association for
Coaching, CIPD, ILM, GROW, OSCAR, Kline's Time to Think, Gibbs, Clutterbuck).
"""

from corpus.case import B, Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "Unit 303 Reflective Journal - Reflecting on Coaching Skills"),
    P("Lorraine Pickering - Team Leader, Benefits Assessment, Northmoor District Council"),
    P("""This journal looks back at the coaching I did for unit 302 between November and March with
      two benefits assessors in my section, Coachee A and Coachee B, twelve hours in all, and
      plans what I do next. I have used my session records, my three supervision notes, the
      coachees' feedback and my own reflective log."""),

    H(1, "AC 1.1 - How effective was my coaching?"),
    P("""Looking at my records first. Both coachees met their main goals. Coachee A wanted to clear
      her backlog of change of circumstances cases and get her average processing time under 10
      days; the Northgate report for March shows 8.6 days, down from 17. Coachee B wanted to
      handle difficult phone calls without transferring them to a senior, and transfers on his
      line went from about 12 a week to 2. So on outcomes, the coaching worked. But my session
      records also show that in the first four sessions with Coachee A I wrote down more of my
      own ideas than hers, and that three of her "actions" were really my suggestions."""),
    P("""Coachee A was the harder relationship. Mrs Pellegrini has been at the council 22 years,
      longer than me, and at first she treated the sessions as me checking up on her. My
      supervision notes from December record my supervisor asking "whose agenda is this?" and I
      had to admit it was mine. After that I went back to the Goal stage with her and let her
      re-word the goal herself, and the sessions changed. The records for sessions 5 to 8 are
      much shorter on my ideas and longer on hers."""),
    P("Coachee B sent me this after our last session, which I have kept with the records:"),
    P("""From: kieran.brannigan@northmoor.gov.uk Sent: 14 March 2025 16:02 To: Lorraine Pickering
      Subject: Coaching - thanks"""),
    P('''"Just wanted to say thanks for the sessions. The bit that helped most was when you made me
      say out loud what I was scared would happen on the calls. Didn't enjoy it at the time! The
      only thing I'd say is sometimes you went quiet for so long I thought you'd lost the
      thread."'''),
    P("""So the feedback, the records and the supervision agree: the coaching worked once I stopped
      steering, and my silences sometimes come across as disengagement rather than space. Taken
      together I would judge my practice as effective with B from the start and with A only from
      the fifth session."""),

    H(1, "AC 1.2 - My strengths and what I need to improve"),
    P("""I used a self-assessment against the Association for Coaching competencies and compared it
      with what the coachees and my supervisor said."""),
    T(
        ["", "Strengths", "Areas for improvement"],
        ["Knowledge", "GROW and how to use it across sessions; benefits regulations, so I can follow what they describe",
         "Other models - I only really know GROW. Limits of coaching: I nearly drifted into counselling with B"],
        ["Skills", "Summarising; goal setting; using the wheel of work to start a session",
         "Questioning: I ask leading questions when I already have an answer in mind"],
        ["Behaviour", "Reliable - never cancelled; kept confidences even with the Revenues Manager",
         "Steering; impatience when a coachee takes a long time to get to the point"],
        ["Communication", "Clear written records and session summaries",
         "Silence used badly - not signalling that I'm thinking with them"],
        ["Interpersonal", "Warm with people I know well, builds rapport fast with newer staff like B",
         "Less confident with long-serving staff who are older than me"],
    ),
    P("""The one that surprised me most was interpersonal: I assumed rapport was my strongest skill,
      but with someone more experienced than me I got defensive and filled the gaps by taking
      control."""),

    H(1, "AC 2.1 - Reviewing my coaching ability and where to develop"),
    P("""Questioning: my records show I ask closed or leading questions when I'm under time
      pressure, for example "so would it help if you blocked out Tuesday mornings?" rather than
      "what would help?". I want to build a bank of open questions for each GROW stage and
      practise them. A peer coaching triad with two colleagues from the ILM group, taking turns as
      coach, coachee and observer, would give me honest feedback on this."""),
    P("""Listening: I listen well for facts but not for feelings; with B it was only when he said
      "scared" in session 6 that I realised what was really going on. Reading Kline's Time to
      Think and practising the thinking environment in our team meetings is one opportunity;
      asking my supervisor to listen to a recorded session (with consent) is another."""),
    P("""Communication strategies: I need to explain silence at the start ("I'll sometimes pause to
      give you time to think") so it isn't taken as losing the thread, and to adapt my style to
      long-serving staff, contracting more openly about the fact that I am younger and newer.
      The CIPD's coaching webinars and the Association for Coaching's free member events are
      cheap ways to see other coaches handle this."""),

    H(1, "AC 2.2 - Development plan April to September 2025"),
    T(
        ["Development goal", "Actions", "Timescale", "Measure of success"],
        ["Open questions",
         "Write a question bank for each GROW stage; use it in every session; peer triad practice",
         "Bank by end April; triads monthly May - Sept",
         "Peer observer counts fewer than 2 leading questions in a 30 min session by September"],
        ["Listening for feelings",
         "Read Time to Think; reflect on one recorded session with my supervisor",
         "Book read by end of May; recording reviewed in July",
         "Supervisor notes at least two moments where I picked up feelings"],
        ["Explaining silence and contracting with experienced staff",
         "Add a line on silence to my contract; coach one long-serving colleague from another section",
         "New contract from May; new coachee June - September",
         "Coachee feedback at end does not mention silence as a problem"],
        ["Widen my models",
         "Learn OSCAR and Clutterbuck's developmental approach; try OSCAR with the new coachee",
         "July - August",
         "Write a short comparison in my reflective log and discuss with supervisor in September"],
        ["Supervision",
         "Monthly supervision with the Revenues Manager, one external session via the ILM centre",
         "Monthly, April - September",
         "Six supervision notes on file by the end of September"],
    ),
    P("""I will review this plan with my supervisor at the end of June and again at the end of
      September, using Gibbs' cycle for my reflective log entries, and update it if my coaching
      role changes after the restructure."""),

    P("""Declaration: I confirm this journal is my own work. Lorraine Pickering, 4 April 2025"""),
]

CASE = Case(
    name="x_8587_303_council_benefits_ac_lines_docx",
    unit="8587-303",
    kind="numbered-unstyled",
    files=[SourceFile("L Pickering 303 reflective journal.docx", BLOCKS)],
    labels={
        "1.1": "with A only from the fifth session",
        "1.2": "with someone more experienced than me I got defensive",
        "2.1": "I listen well for facts but not for feelings",
        "2.2": "fewer than 2 leading questions in a 30 min session",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": None,
        "identifying": ["Mrs Pellegrini", "kieran.brannigan@northmoor.gov.uk"],
    },
    about="Council benefits team leader; 303 journal whose 'AC 1.1 - ...' lines are plain (bold-by-hand) Normal paragraphs, a pasted feedback e-mail, strengths/areas table and 6-month plan table; coachee by title+surname and a work e-mail planted.",
)
