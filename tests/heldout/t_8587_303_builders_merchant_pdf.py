"""8587-303 reflective journal as PDF: a builders' merchant branch manager, dated entries then a review, two names left in.

Rachel Oduya manages a builders' merchant branch and has coached three of her team as part of
the certificate. Her journal (Word saved as PDF) starts with five dated reflective entries
(Gibbs-style, unheaded paragraphs), then "Looking back" sections she titles herself rather than
by criterion number, a SWOT-style strengths and improvements passage, and a six-month plan as a
table with a short lead-in. She calls her coachees Coachee 1 to 3, but slipped twice: in one
entry she names Coachee 2 in full, and she quotes feedback from the yard supervisor as
"D. Kaczmarek". Supervisor unnamed; authors (Gibbs, Luft and Ingham, Egan, Whitmore) are not
identifying. No practice figures (a reflective unit). Signed declaration.
"""

from corpus.case import Case, H, P, SourceFile, T

PLAN = T(
    ["Development goal", "Actions", "Timescale", "Measure of success"],
    ["Ask before advising", "Count three questions before any suggestion; record in session notes", "July - September",
     "Session notes show no advice before the third question in 8 of 10 sessions"],
    ["Listening for feeling, not only facts", "Egan's SOLER and reflecting feelings; practise in peer triads at the regional network",
     "August - October", "Supervisor's observation in October notes reflection of feelings"],
    ["Clearer written feedback", "Use a short what worked / what next template after each session", "September - November",
     "Coachee feedback forms score clarity 4 or 5"],
    ["Coaching knowledge", "Read Whitmore's Coaching for Performance; attend one CIPD webinar on coaching culture", "by December",
     "Summary note shared with supervisor"],
    ["Coach outside my own branch", "Offer coaching to a supervisor at the Corby branch", "October - December",
     "Contract signed and four sessions held by end of December"],
)

BLOCKS = [
    H(0, "Reflective Journal - Unit 8587-303"),
    P("Rachel Oduya - Branch Manager, Hartwell Building Supplies, Kettering"),

    H(1, "Journal"),
    P("""14 March. First real session with Coachee 1, a counter assistant who wants to move into sales.
      What happened: I had planned GROW but we spent the whole hour on Reality. How I felt: frustrated,
      I wanted to get to actions. Evaluation: she left with more clarity than a rushed action plan would
      have given her. Next time: let the session take the shape it needs."""),
    P("""28 March. Session with Aaron Whitfield on the yard. He asked me straight out if this was about his
      forklift incident. I had not thought how coaching from the branch manager might look. I said no and
      explained the contract again, but I could see he didn't fully believe me. Learning: the power
      difference is real even when I don't feel it."""),
    P("""11 April. Supervision with my coaching supervisor. We talked about the 28 March session and the
      Johari window: my blind spot is how much my job title talks before I do."""),
    P("""2 May. Coachee 3 (trade counter) cancelled twice. When we met I asked what was getting in the way and
      it turned out she felt she had nothing to bring. We used a scaling question and she found a goal in ten
      minutes. Learning: a blank page is hard; structure helps some people start."""),
    P("""30 May. Collected end of programme feedback. The yard supervisor, D. Kaczmarek, said Coachee 2 "asks
      for help now instead of waiting till it goes wrong". Coachee 1 wrote that I "sometimes answer my own
      questions"."""),

    H(1, "Looking back - how effective has my coaching been?"),
    P("""Taking my session records, the supervision notes and the feedback together, my coaching was most
      effective where I let the coachee lead. Coachee 1's goal (a sales trial day) was met, Coachee 3 found a
      goal she owned, and the yard supervisor's comment about Coachee 2 shows a change in behaviour that
      others noticed. It was least effective in the early sessions, where my notes show I was steering towards
      actions and the supervision session made me see how my role as branch manager affected what people said.
      Checking my records against the feedback, the same weakness appears in both: I answer my own questions."""),

    H(1, "Strengths and areas to improve"),
    P("""Knowledge: I know GROW and the contracting process well; I know less about other models and about
      diagnostics. Skills: I am a good organiser and keep to time; my open questioning has improved but my
      listening is still for facts more than for feelings. Behaviour: I am warm and approachable but I
      rush to fix things. Communication: clear and direct, sometimes too direct in writing. Interpersonal:
      people trust me on the shop floor, but my position as their manager gets in the way more than I
      thought, which is my biggest area to improve."""),

    H(1, "Reviewing my ability and opportunities to develop"),
    P("""Questioning: I need to hold back my suggestions, and the opportunity is the peer coaching triads at
      the regional managers' network where someone can watch for it. Listening: I listen to solve, not to
      understand, so I want to practise reflecting feelings using Egan's SOLER as a starting point.
      Communication: my written feedback to coachees is short and blunt, so I will use a template. Other
      opportunities are ongoing supervision every two months and coaching someone from another branch,
      where the manager relationship does not get in the way."""),

    H(1, "My development plan (July to December)"),
    P("""The plan below runs for six months from July, with a timescale and measure of success against each
      goal, and I will review it with my supervisor in September and December."""),
    PLAN,

    P("Declaration: I confirm this journal is my own work. Signed R. Oduya 12/06"),
]

CASE = Case(
    name="t_8587_303_builders_merchant_pdf",
    unit="8587-303",
    kind="structured-pdf",
    files=[SourceFile("Oduya 303 reflective journal.pdf", BLOCKS)],
    labels={
        "1.1": "the same weakness appears in both: I answer my own questions",
        "1.2": "my listening is still for facts more than for feelings",
        "2.1": "I listen to solve, not to understand",
        "2.2": "runs for six months from July, with a timescale and measure",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": None,
        # 28 March entry names Coachee 2 in full; 30 May quotes the yard supervisor by initial + surname
        "identifying": ["Aaron Whitfield", "D. Kaczmarek"],
    },
    about="Builders' merchant branch manager; 8587-303 PDF journal of five dated Gibbs-style entries, then self-titled review sections, a strengths/improvements passage across knowledge, skills, behaviour, communication, interpersonal, and a six-month plan table; a coachee's full name and a third party's initial + surname left in.",
)
