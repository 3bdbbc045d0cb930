"""8587-303 reflecting on coaching: an offshore wind farm technician supervisor's journal, DOCX, own headings.

Rhodri Evans supervises turbine technicians at an offshore wind farm's operations base and
writes a reflective journal under Word headings he chose himself ("Why I coach", "Strengths,
gaps and where I go next", "Looking at the numbers", ...), never criterion numbers. 1.2 and
2.1 are answered together in one section; 1.1 is touched on briefly in the opening section
and answered properly two sections later ("Looking at the numbers"), where the label is.
Planted: a coachee's full name early on and his first name alone later; and under a pasted
coachee feedback form, her signature line with her full name.
"""

from corpus.case import Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "Reflective Journal - Reviewing my Coaching Practice"),
    P("Rhodri Evans, Technician Supervisor, Gwynt Teg Offshore Wind Farm operations base, Mostyn."),
    H(1, "Why I coach"),
    P("""I started coaching because our technicians are very good at fixing turbines and much less
      good at telling anyone when something is wrong with them. Over the last five months I have
      coached two technicians, one of them Callum Fraser, who had just come back from a long stint
      on the transfer vessel rota and wanted to step up to lead technician. I will look at what my
      records, supervision and the coachees' own feedback show further down; in short the picture is
      better than I feared in some places and worse in others."""),
    P("""The base runs on tides and weather windows. A coaching session can be cancelled at 5am
      because the swell is over two metres, and that shaped a lot of what happened."""),
    H(1, "Strengths, gaps and where I go next"),
    P("""My strengths are that I am calm, I know the work, and people trust that I will not take what
      they say to the operations manager. My questions are short and practical. My gaps are about
      behaviour more than knowledge: I still go into fixing mode the moment a coachee describes a
      fault, because that is what I have been paid to do for fifteen years, and my feedback tends to
      be all positive because I dislike the awkwardness of saying what did not work."""),
    P("""Looking ahead, the biggest opportunity is in questioning. When I listened back to a recorded
      session I heard myself ask 'have you tried resetting the converter' three times, which is advice
      dressed up as a question. I want to get to the point where I can stay with 'what have you
      noticed' for longer. I also want to practise challenging feedback with a colleague before I use
      it with a coachee, and to learn to listen for feelings, not just facts, when someone describes a
      near miss."""),
    H(1, "Looking at the numbers"),
    P("""My log shows fourteen hours of coaching across the two coachees, eleven sessions held and four
      cancelled for weather, which I rebooked every time. Session notes show goals being reviewed at
      every meeting. In supervision, my supervisor pointed out that in eight of eleven notes the
      action was written in my words rather than the coachee's, which tells me I was still driving.
      Feedback scores averaged 4.3 out of 5 for usefulness but only 3.1 for 'I set the agenda'. Taken
      together, the evidence says my coaching helped, Callum was made lead technician in March, but I
      was more directive than a coach should be."""),
    H(1, "Feedback form - second coachee, final session"),
    T(["Question", "Response"],
      ["What was most useful?", "Being asked what I thought before being told anything."],
      ["What could be better?", "Sometimes ran out of time because of the boat."],
      ["Score for usefulness (1-5)", "5"],
      ["Would you recommend coaching to a colleague?", "Yes"]),
    P("Signed: Aoife Brennan    Date: 14 March"),
    H(1, "The next six months"),
    P("""My development plan runs from April to September."""),
    T(["What", "How", "By when", "How I will know"],
      ["Ask before advising", "Use a 'three questions first' rule in every session; tally in my notes",
       "End of May", "Tally shows three questions before any suggestion in 9 of 10 sessions"],
      ["Give balanced feedback", "Practise with a fellow supervisor in our monthly peer session",
       "End of June", "Coachees' feedback forms mention something to improve"],
      ["Listen for feelings", "Attend the Samaritans-run listening workshop offered by HR",
       "July", "Certificate, and one supervision discussion about it"],
      ["Coachee sets the agenda", "Coachee writes the action in their own words",
       "Ongoing, review in September", "'I set the agenda' score above 4"]),
    P("""I will review the plan with my supervisor in July and again at the end of September."""),
    P("I confirm that this journal is my own work. Rhodri Evans"),
]

CASE = Case(
    name="r_8587_303_windfarm_journal_docx",
    unit="8587-303",
    kind="structured-docx",
    files=[SourceFile("R_Evans_303_reflective_journal.docx", BLOCKS)],
    labels={
        "1.1": "in eight of eleven notes the action was written in my words",
        "1.2": "I still go into fixing mode",
        "2.1": "advice dressed up as a question",
        "2.2": "Use a 'three questions first' rule in every session",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": None,
        "identifying": ["Callum Fraser", "Callum", "Aoife Brennan"],
    },
    about="Offshore wind farm technician supervisor; journal under his own Word headings, 1.2 and 2.1 in one section, 1.1 glanced at early and answered later; a coachee's full then first name, and a signature under a feedback form, planted.",
)
