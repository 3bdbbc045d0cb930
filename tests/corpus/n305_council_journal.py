"""8587-305 Reflecting on Mentoring Skills: a clean journal from a local council.

Wojciech Nowak, a revenues team manager at a metropolitan borough council, reflects on
mentoring two graduate trainees, written as "Mentee 1" and "Mentee 2" throughout. The
journal is full of capitalised words that are not people: theorists and models (the
Johari window of Luft and Ingham, Maslow, Belbin, Tuckman, Myers-Briggs, Kolb (1984),
Gibbs (1988), Schön's reflection-in-action), job titles, council departments, days,
months, towns. His tutor is named on the cover as the form asks and by first name in
prose. Nothing here should be flagged.
"""

from .case import B, Case, H, P, SourceFile, T

JOURNAL = [
    H(0, "Unit 305 Reflective Journal"),
    T(
        ["Learner name", "Wojciech Nowak"],
        ["ILM registration no.", "R6671203"],
        ["Name of tutor", "Rhiannon Pryce"],
        ["Centre", "Metropolitan Leadership College"],
    ),
    P("""Declaration: I confirm that this reflective journal is entirely my own work."""),
    H(1, "AC 1.1 The effectiveness of my mentoring practice"),
    P("""Over nine months I mentored two graduate trainees in the Revenues and Benefits Service:
      Mentee 1, who joined from the National Graduate Development Programme, and Mentee 2,
      who moved across from Customer Services. My evidence is my session notes, feedback
      forms completed after every meeting and two supervision sessions with Rhiannon. Using
      Gibbs (1988) to structure my notes showed a pattern: my descriptions were detailed but
      my analysis was thin. Mentee 1 met all three goals; Mentee 2 met one and chose to
      change another, which I now count as a success because the choice was hers. Following
      Kolb (1984), I tried a different approach each month and reviewed it at the next
      supervision."""),
    P("""Feedback scores averaged 4.4 out of 5. Both mentees said sessions on Tuesday
      afternoons after the Council Tax billing run were rushed, so from March we moved to
      Thursday mornings in the Town Hall annexe in Rochdale."""),
    H(1, "AC 1.2 Strengths and areas for improvement"),
    P("""The Johari window (Luft and Ingham) helped me see that my blind spot is impatience:
      both mentees noticed it before I did. My strengths are structure and reliability,
      which fits my Belbin profile as a Completer Finisher and my ISTJ type on Myers-Briggs.
      I understand Maslow's point that people cannot focus on growth while they feel
      unsafe, and I am good at making sessions feel safe. My interpersonal weakness is
      that I fill silences; my knowledge of mentoring models is good but I rely too much on
      GROW. Tuckman's stages helped me explain to Mentee 2 why her new team felt hostile in
      the storming stage."""),
    H(1, "AC 2.1 Reviewing my mentoring ability"),
    P("""Schön's reflection-in-action is what I most want to develop: noticing during a session
      that I am asking leading questions. Reviewing my questioning, about half my questions
      in January were leading ('Have you thought about asking Finance?'). By June, after
      using a question bank drawn from Clutterbuck and Megginson, that was down to one in
      five. My listening is good at the level of facts; I still miss feelings. In
      communication generally I write clear notes but my spoken summaries run long."""),
    H(1, "AC 2.2 My development plan"),
    T(
        ["What I will develop", "How", "When", "How I will measure success"],
        ["Reflection-in-action", "Pause at the midpoint of each session and ask myself who is doing the talking",
         "July to December", "Mentee feedback: 'I did most of the talking' in 4 of 5 sessions"],
        ["Fewer leading questions", "Use the question bank; audio-record one session a month with consent",
         "July to October", "Under one in ten leading questions in the recordings"],
        ["A second model", "Learn and use the OSKAR model with a new mentee from Planning",
         "September to December", "Used in three sessions; reviewed in supervision"],
        ["Supervision", "Join the council's mentoring supervision group run by Organisational Development",
         "From September, monthly", "Attendance at five sessions"],
    ),
    P("""Rhiannon will review the plan with me in October, and I will review it myself in
      January, twelve months after I began mentoring."""),
]

CASE = Case(
    name="n305_council_journal",
    unit="8587-305",
    kind="structured-docx",
    files=[SourceFile("journal-305.docx", JOURNAL)],
    labels={
        "1.1": "my analysis was thin",
        "1.2": "my blind spot is impatience",
        "2.1": "that was down to one in five",
        "2.2": "who is doing the talking",
    },
    expected_checks={"declaration": True, "evidence_matrix": None, "identifying": []},
    about="Clean reflective journal: models named after people, job titles, departments, days and towns; tutor named on the cover and in prose.",
)
