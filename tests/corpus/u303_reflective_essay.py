"""8587-303 Reflecting on Coaching Skills: a first-person reflective account, no headings.

Tom Harding, IT service desk manager at a university, writes his reflection as one
continuous Word essay in Normal style. He starts with what he is good and bad at (AC 1.2)
before weighing how well his coaching worked (AC 1.1, over two paragraphs, the second of
which brings in the evidence), puts his six-month plan (AC 2.2) in a table before he
explains where his development should go next (AC 2.1, across two paragraphs), and
writes in his own words throughout: "what I do well and where I fall down", "how much
difference the coaching really made", "the next steps for me as a coach".
"""

from .case import Case, P, SourceFile, T

BLOCKS = [
    P("Reflective account – Tom Harding, registration no. R8820164 – ILM Unit 303"),
    P("""This is my own work. I have coached three members of the service desk team since
      September, and this account looks back at that coaching and forward to what I want to
      do next."""),
    P("""I will start with what I do well and where I fall down, because writing that list was
      the most uncomfortable part of this unit. My strongest area is structure: the people I
      coach say they always know where we are in a session and that we finish with something
      to do. I am patient, I keep to time, and my knowledge of the GROW and CLEAR models is
      good enough that I no longer need the prompt card. I am also calm, which matters on a
      service desk where my team spend all day with frustrated callers."""),
    P("""Where I fall down is in the interpersonal side. I am an engineer by background and I
      like to fix things, so my questions become leading ones ('have you thought about
      escalating it?') when I can see an answer. I find silence awkward and fill it. When a
      coachee becomes emotional I move too quickly back to the work, which one of them described
      as 'changing the subject to the ticket queue'. I also know less than I should about
      coaching ethics beyond confidentiality."""),
    P("""The harder question is how much difference the coaching really made. It is easy to say
      it went well because people turned up and were polite. I tried to judge it against the
      goals we agreed, and on that basis two of the three coaching relationships worked and one
      mostly did not. The analyst who wanted to move into the networks team has been shortlisted
      for a post there, and the team leader who wanted to cut the backlog did so, but the newest
      analyst's goal of feeling more confident on the phones was too vague and we never pinned
      it down."""),
    P("""To be fairer to myself I went back to my session notes, my two supervision
      conversations and the feedback forms. The notes show the weaker relationship started
      without a clear goal, which is my fault, not hers. My supervisor listened to a recording
      and counted that I asked nine closed questions in the first ten minutes; I had thought
      it was two or three. The feedback forms averaged just over four out of five, but the lowest score in
      every form was for 'I felt listened to', which matches what my supervisor heard."""),
    P("""Taking all of that into account, my plan for the next six months is below. I have
      kept it to three goals so that I actually do them."""),
    T(
        ["What I will develop", "Actions", "By when", "How I will know it has worked"],
        ["Open questions", "Write my first three questions for each session in advance; ask a colleague to count closed questions in a recorded session",
         "End of month 2", "Fewer than three closed questions in the first ten minutes of a recording"],
        ["Staying with emotion", "Read Kline's Time to Think; practise in peer coaching trios",
         "Month 4", "No coachee feedback about me changing the subject; supervisor agrees"],
        ["Ethics", "Complete the EMCC ethics webinar series and discuss one case with my supervisor",
         "Month 6", "I can explain the code to a new coach without notes"],
    ),
    P("""Looking at the next steps for me as a coach more widely, the review above points at
      listening and questioning more than at any new model. The most useful opportunity is the
      university's peer coaching trios, where three coaches take turns to coach, be coached and
      observe, because the observer's notes would give me the evidence I clearly cannot see for
      myself."""),
    P("""I also want to widen how I communicate, not just what I ask. My coachees are mostly
      younger than me and two said they would have preferred a quick message between sessions
      to an email. I will agree how we keep in touch at the contract stage. A longer-term
      opportunity is to shadow the staff development team's coaches, who work with senior
      leaders, and to keep supervision going every two months after this course finishes,
      rather than dropping it as most people do."""),
    P("""Overall I am more confident as a coach than I was in September, but I am also more aware
      of how much I still talk when I should listen."""),
]

CASE = Case(
    name="u303_reflective_essay",
    unit="8587-303",
    kind="unstructured",
    files=[SourceFile("303 reflective account.docx", BLOCKS)],
    labels={
        "1.1": "nine closed questions in the first ten minutes",
        "1.2": "changing the subject to the ticket queue",
        "2.1": "peer coaching trios, where three coaches",
        "2.2": "Complete the EMCC ethics webinar series",
    },
    expected_checks={"declaration": True, "evidence_matrix": None, "identifying": []},
    about="Service desk manager's reflective account: one Normal-style essay, criteria answered out of order in his own words, two answers split over two paragraphs, the plan as a table.",
)
