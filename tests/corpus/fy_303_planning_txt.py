"""8587-303 Reflecting on Coaching Skills: a council planning team leader's reflection, plain text.

Owen Lacey, a team leader in a district council's planning department, saved his reflective
account from a web form as a .txt file. No numbers, no criterion words in his own lines
("How did it go?", "What went wrong", "Where next"). How effective his coaching was is
weighed twice: first on his records and coachees' feedback (the fuller), later on what his
supervisor saw, after a story of a session that went badly. His plan is prose, month by
month, with a second paragraph on reviewing it. An introduction and conclusion touch
every topic; references at the end.
"""

from .case import Case, P, SourceFile

BLOCKS = [
    P("Reflective account: coaching in the planning team – Owen Lacey"),
    P("""This reflective account looks back on six months of coaching two planning officers. I look at
      how effective my coaching has been using my records, feedback and supervision, at my strengths
      and the things I need to improve, at where I should develop next, especially in questioning,
      listening and communication, and I finish with my plan for the next six months."""),
    P("How did it go?"),
    P("""Going back through my session notes, Coachee 1 came to eight sessions and Coachee 2 to six. Both
      set goals at the start and I can trace what happened to each: Coachee 1 now chairs the weekly
      validation meeting on her own, which she would not do in January, and Coachee 2 reduced the
      number of applications he lets go past the deadline from five a month to one. Their feedback
      forms score me four or five out of five for feeling listened to, but both gave a three for
      "the sessions helped me find my own answers", and Coachee 2 wrote that I "sometimes already
      had the answer in mind". So the evidence says the coaching worked on outcomes, but I was more
      directive than a coach should be."""),
    P("""I am good at building rapport quickly and people tell me things; my knowledge of planning law
      means I understand their world; and I keep to time and follow up actions reliably. On the other
      side of the ledger, I talk too much when there is a silence, my questions are often closed or
      leading, I am less confident with coaching theory than with planning, and when I am tired my
      tone gets clipped, which Coachee 2 noticed and mentioned."""),
    P("What went wrong"),
    P("""The session I learned most from was in April. Coachee 2 arrived after a difficult public
      meeting and wanted to vent. I moved him on to his goal after five minutes because that is what
      the plan said, and he went quiet for the rest of the hour. I left feeling pleased that we had
      covered the agenda; he left without any action he believed in."""),
    P("""When I took that session to supervision, my supervisor listened to the recording with me and
      pointed out that I had interrupted him four times in the first ten minutes. She also compared
      my notes from the first and last sessions and said my later sessions had more of the coachee's
      words in them, which was encouraging. Her view and the coachees' forms point the same way."""),
    P("Where next"),
    P("""Reviewing all of this, what I most need to work on is the quality of my questions, how
      patiently I listen and how I come across when I am under pressure. The opportunities I have
      found are the council's two-day coaching conversations course in the spring, joining a peer
      coaching triad with two colleagues from housing so that I get observed and can observe others,
      recording sessions (with consent) to count my open and closed questions, and joining the
      Association for Coaching, whose webinars on listening are free to members. For my
      communication, I will ask for feedback on my tone from the triad."""),
    P("""My plan runs from July to December. In July I will book the coaching conversations course and
      join the triad; success is both confirmed in writing. From August to October I will record one
      session a month and count my questions, aiming for at least two open questions for every
      closed one by October. In September I will join the Association for Coaching and attend two
      listening webinars by the end of November, noting one change to my practice after each. By
      December, coachee feedback on "helped me find my own answers" should average four or more, and
      I will have gone a whole session without interrupting, as judged by the recording."""),
    P("""I will review this plan with my supervisor every two months, tick off what is done, and
      change the dates if the course is postponed."""),
    P("""In summary, my records, feedback and supervision show that my coaching gets results but can be
      too directive. I know my strengths and weaknesses, have found ways to develop my questioning,
      listening and communication, and have a six-month plan with dates and measures."""),
    P("References"),
    P("Association for Coaching (2021) Code of Ethics. London: AC."),
    P("Schön, D. (1983) The Reflective Practitioner. New York: Basic Books."),
]

CASE = Case(
    name="fy_303_planning_txt",
    unit="8587-303",
    kind="unstructured",
    files=[SourceFile("lacey_reflective_account.txt", BLOCKS)],
    labels={
        "1.1": "more directive than a coach should be",
        "1.2": "On the other side of the ledger",
        "2.1": "peer coaching triad with two colleagues from housing",
        "2.2": "My plan runs from July to December",
    },
    expected_checks={"declaration": False, "evidence_matrix": None, "identifying": []},
    about="Plain-text coaching reflection: own lines, effectiveness weighed over two separated paragraphs, a plan in prose by month, intro and conclusion touching every topic.",
)
