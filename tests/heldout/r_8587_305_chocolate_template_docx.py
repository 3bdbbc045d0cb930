"""8587-305 reflecting on mentoring: a chocolate factory's quality lead, DOCX answer template, answers in table cells.

Priyanka Desai filled in her centre's answer template: a cover table for her details, then one
table per learning outcome with three columns (AC, the criterion in full, "Learner response"),
her answer typed into the cell beside each criterion. Her development plan (2.2) is written
inside its cell as lines ("Action 1 - ... By: ... Measure: ...") rather than as a table of its
own. The template's guidance row above each table repeats the instruction to answer in the
right-hand column. Nothing to flag: mentees by role only, the tutor and line manager by role.
"""

from corpus.case import Case, H, P, SourceFile, T

HEAD = ["AC", "Assessment criterion", "Learner response"]

BLOCKS = [
    H(0, "ILM Unit 8587-305 Reflecting on Own Mentoring Skills - Learner Answer Template"),
    T(["Learner name", "Priyanka Desai"],
      ["Job role", "Quality Lead, Harcourt & Lyle Confectionery (moulding and enrobing lines)"],
      ["Centre", "Ribble Valley Training"],
      ["Date submitted", "11 October"]),
    P("Guidance: type your response in the right-hand column beside each criterion. The box will expand as you type."),
    H(1, "Learning outcome 1 - Be able to reflect on their own mentoring practice"),
    T(HEAD,
      ["1.1", "Examine the effectiveness of their own mentoring practice based on evidence, including records, supervision and feedback",
       """Over six months I mentored two people: a new quality technician on the enrobing line and a
       production team leader who wanted to understand allergen controls. My session records show
       fourteen meetings, all but one held on time, with actions followed up at the next meeting in
       twelve of them. The weak spot in my records is that the goals were only restated, never scored,
       so I cannot show progress in numbers for the team leader. In supervision my tutor challenged me
       on how often I ended up doing the task with the mentee rather than letting them try; she was
       right, and the technician's first solo line audit came later than it should have. Feedback from
       both mentees was positive about my knowledge but the team leader said she sometimes felt 'tested'
       rather than helped. Overall my mentoring worked for the technician, who now signs off line
       clearances alone, and only partly for the team leader."""],
      ["1.2", "Identify own strengths and areas for improvement of their own knowledge, skills and behaviour, including communication and interpersonal skills",
       """Strengths: I know food safety and HACCP very well, I am organised, and I explain technical
       things simply. People find me approachable on the line. Areas to improve: my knowledge of
       mentoring theory is thin beyond GROW; my questions slide into quizzing, which is where 'tested'
       came from; and I can come across as brisk when the line is running late, which shuts people
       down. I also need to get better at noticing when someone is anxious rather than unsure."""]),
    H(1, "Learning outcome 2 - Be able to plan for own development as a mentor"),
    T(HEAD,
      ["2.1", "Review own mentoring ability to identify future development opportunities, including the use of questioning, listening and communication strategies",
       """Looking at my questioning, I ask a lot of 'what is the critical limit for...' type questions,
       which are fine for training but not for mentoring. The opportunity is to ask fewer, more open
       questions and to let the mentee lead the topic. My listening is good when we are off the floor
       and poor on the line, so future sessions should always be in the quiet room by the lab. For
       communication, I could use short written summaries after each session so the mentee has the
       agreed actions in their own words. A further opportunity is to co-mentor with the site's
       engineering mentor to see a different style."""],
      ["2.2", "Produce a relevant development plan covering a minimum of 6 months, including timescales and measures of success",
       """Action 1 - read Clutterbuck and Megginson on mentoring stages and apply one idea per month.
       By: November to April. Measure: a note in each session record of the idea used.
       Action 2 - swap 'quiz' questions for open ones; ask a peer to observe one session.
       By: January. Measure: peer's tally shows at least 70 per cent open questions.
       Action 3 - hold every session in the lab quiet room, never on the line.
       By: from November. Measure: session records show location.
       Action 4 - take on a third mentee from the night shift and score goals from the start.
       By: February to April. Measure: goal scores recorded at sessions 1, 4 and 8.
       Review: with my tutor in January and with my line manager in April."""]),
    H(1, "Declaration"),
    T(["I confirm that the evidence in this template is my own work.", "Signed: P. Desai"]),
]

CASE = Case(
    name="r_8587_305_chocolate_template_docx",
    unit="8587-305",
    kind="structured-docx",
    files=[SourceFile("Desai_8587-305_answer_template.docx", BLOCKS)],
    labels={
        "1.1": "the goals were only restated, never scored",
        "1.2": "my questions slide into quizzing",
        "2.1": "so future sessions should always be in the quiet room by the lab",
        "2.2": "peer's tally shows at least 70 per cent open questions",
    },
    expected_checks={"declaration": True, "evidence_matrix": None, "identifying": []},
    about="Chocolate factory quality lead; centre answer template with each answer in the table cell beside the criterion, development plan as lines inside its cell; nothing to flag.",
)
