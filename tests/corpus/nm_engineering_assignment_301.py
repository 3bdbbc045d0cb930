"""8587-301 Understanding Good Practice in Mentoring: an engineering firm's assignment.

Dean Marsden, a maintenance engineer, illustrates his answers with his own mentoring of
an apprentice, and forgot to anonymise him: the apprentice's full name when he is
introduced, his first name alone in later answers, his supervisor named in prose with
a title, an example of a mentoring record with the apprentice as initial and surname,
and the apprentice's mother mentioned by her first name and surname.

Traps: authors (Clutterbuck, Megginson, Kram, Parsloe, Klasen and Clutterbuck, Honey
and Mumford, Whitmore's GROW), the firm (Calder Precision Engineering Ltd), the college,
places (Halifax, Huddersfield), job titles, the learner's own name in the header and
his tutor by first name.
"""

from .case import Case, H, P, SourceFile, T

ASSIGNMENT = [
    P("Dean Marsden – ILM Level 3 Unit 301 assignment – Calder Valley Skills Centre"),
    P("By submitting I confirm that this assignment is my own work."),
    H(1, "Task 1.1 – Purpose of mentoring in my organisation"),
    P("""Calder Precision Engineering Ltd in Halifax takes on four apprentices a year from
      Huddersfield New College. Mentoring is there to help them settle, pass their
      apprenticeship and stay with us; Clutterbuck (2004) calls this developmental
      mentoring. Last year I mentored Ryan Kowalczyk, a second-year maintenance
      apprentice who was thinking of leaving."""),
    H(1, "Task 1.2 – Role and responsibilities of a mentor"),
    P("""A mentor is a guide, a sounding board and sometimes a door-opener (Megginson and
      Clutterbuck, 1995). My responsibilities were to keep our meetings confidential, to
      turn up, and to know when to refer Ryan to someone else, such as the college's
      welfare officer."""),
    H(1, "Task 1.3 – Skills, knowledge and behaviours"),
    P("""Listening, questioning, giving feedback and knowing the organisation. Parsloe and
      Leedham (2017) add patience and the ability to challenge without judging."""),
    H(1, "Task 1.4 – Overcoming barriers"),
    P("""Shift work and noise on the shop floor were the main barriers. We met in the
      quality office before the day shift. Ryan's supervisor, Mr Haigh, was not keen at
      first but agreed once I explained that mentoring would not take Ryan off the
      tools for more than an hour a fortnight."""),
    H(1, "Task 2.1 – Starting the relationship"),
    P("""I started with something we had in common: both of us had done the same
      apprenticeship at the same college, fifteen years apart."""),
    H(1, "Task 2.2 – Contracting"),
    P("""Contracting sets expectations on both sides (Klasen and Clutterbuck, 2002). Ours
      covered confidentiality, how often we would meet and what I would tell his
      supervisor, which was nothing beyond attendance."""),
    H(1, "Task 2.3 – Safe and ethical practice"),
    P("""Because Ryan was 17 when we started, safeguarding applied. When his mother, Joanne
      Kowalczyk, rang me directly about his hours, I explained that I could not discuss
      our conversations and passed her to HR."""),
    H(1, "Task 3.1 – Managing the process with a model"),
    P("""I used Whitmore's GROW model inside Kram's phases of initiation, cultivation,
      separation and redefinition, so that each meeting had a shape and the relationship
      as a whole had an ending."""),
    H(1, "Task 3.2 – Tools and techniques"),
    P("""Honey and Mumford's learning styles questionnaire showed Ryan as a strong
      pragmatist, so we used real breakdown jobs as learning examples."""),
    H(1, "Task 3.3 – Monitoring progress"),
    P("""We reviewed progress every six weeks against the goals on his apprenticeship
      tracker and his college reports."""),
    H(1, "Task 4.1 – The purpose of mentoring records"),
    P("""Records remind both parties what was agreed and show progress. An example of a
      record I kept is below; in future I would use a code instead of the name."""),
    T(
        ["Date", "Mentee", "Discussed", "Next step"],
        ["14/03/2025", "R. Kowalczyk", "Thinking of leaving", "Talk to college tutor"],
        ["28/03/2025", "R. Kowalczyk", "Fault-finding confidence", "Shadow Steve on the press line"],
    ),
    H(1, "Task 4.2 – Reflective practice and supervision"),
    P("""Reflection keeps me learning from each meeting, and supervision with my tutor,
      Karen, gave me somewhere to take the difficult call from his mother."""),
]

CASE = Case(
    name="nm_engineering_assignment_301",
    unit="8587-301",
    kind="numbered-unstyled",
    files=[SourceFile("assignment.docx", ASSIGNMENT)],
    labels={
        "1.1": "thinking of leaving",
        "1.2": "door-opener",
        "1.3": "challenge without judging",
        "1.4": "quality office before the day shift",
        "2.1": "fifteen years apart",
        "2.2": "nothing beyond attendance",
        "2.3": "passed her to HR",
        "3.1": "initiation, cultivation",
        "3.2": "strong pragmatist",
        "3.3": "apprenticeship tracker",
        "4.1": "use a code instead of the name",
        "4.2": "difficult call from his mother",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": None,
        "identifying": ["Ryan Kowalczyk", "Ryan", "Mr Haigh", "Joanne Kowalczyk", "R. Kowalczyk", "Steve"],
    },
    about="Engineering mentoring assignment illustrated with an unanonymised apprentice, his supervisor, his mother and a record table.",
)
