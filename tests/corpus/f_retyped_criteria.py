"""8587-303 Reflecting on Coaching Skills: each criterion retyped in full as a line of
ordinary text, in the learner's own person, then answered below it.

Tomasz Nowak, a senior engineer who coaches graduates at a water company, types each
criterion out as a bold-looking line in Normal style ("Examine the effectiveness of my own
coaching practice based on evidence, including records, supervision and feedback") with
no number, then answers in several paragraphs, some with short run-in lines of his own
("Strengths", "What my supervisor said"). His development plan is a table.
"""

from .case import Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "Reflecting on my coaching skills"),
    P("Tomasz Nowak – ILM Level 5 Coaching – Unit 303 – registration R2284615"),
    P("""I coach four graduate engineers in the asset management team. This account reviews six
      months of that coaching and sets out how I will develop."""),
    H(1, "Part 1: Reviewing my coaching"),
    P("Examine the effectiveness of my own coaching practice based on evidence, including records, supervision and feedback"),
    P("""I have three sources of evidence: my session records, two supervision meetings with our
      learning partner, and the feedback forms my coachees complete at the end of each session."""),
    P("What my records show"),
    P("""Reading back twenty-two session records, the goals set in the first sessions were vague
      ("get better at reports") and only became measurable once I started using scaling
      questions in month two. Eighteen of the twenty-two sessions ended with an action the
      coachee had chosen."""),
    P("What my supervisor said"),
    P("""My supervisor listened to a recording and pointed out that I asked three closed
      questions in a row whenever a coachee went quiet. She suggested counting to five before
      speaking, which I now do."""),
    P("""The feedback forms average 4.3 out of 5 for "the session helped me move forward", but the
      lowest scores were all from sessions held in the open-plan office."""),
    P("Identify my own strengths and areas for improvement of my knowledge, skills and behaviour, including communication and interpersonal skills"),
    P("Strengths"),
    P("""My technical knowledge means graduates trust me quickly, and I am good at building rapport
      on site visits where the conversation is less formal. I summarise well; two coachees
      mentioned it on their forms."""),
    P("Areas for improvement"),
    P("""I still slip into giving engineering answers when a graduate is stuck on a design issue,
      which turns coaching into instruction. My knowledge of coaching models beyond GROW is thin,
      and my body language when I am tired – arms folded, checking the time – has been noticed."""),
    H(1, "Part 2: Planning my development"),
    P("Review my own coaching ability to identify future development opportunities, including the use of questioning, listening and communication strategies"),
    P("""Looking at my questioning, I rely on "what" questions and rarely use hypothetical or
      scaling questions beyond the first session. My listening is strongest face to face and
      weakest on Teams calls, where I multitask. The opportunities I can see are a clean
      language workshop, observing an experienced coach from our HR team, and recording two
      sessions a quarter to review my question mix."""),
    P("""Communication with the graduates' line managers is the other gap: two managers did not
      know what their graduate was working on, so I will add a short three-way review at the
      midpoint of each coaching relationship."""),
    P("Produce a relevant development plan covering a minimum of 6 months, including timescales and measures of success"),
    P("My plan runs from April to the end of September."),
    T(
        ["What I will develop", "How", "By when", "How I will know"],
        ["Questioning range", "Clean language workshop; record two sessions a quarter", "June",
         "At least a third of my questions are open, non-'what' questions in the recordings"],
        ["Listening on Teams", "Camera on, notifications off, notes by hand", "May",
         "Feedback forms for remote sessions at 4.3 or above"],
        ["Knowledge of models", "Read and try the CLEAR model with one coachee", "August",
         "Written reflection comparing CLEAR with GROW"],
        ["Three-way reviews", "Midpoint meeting with each line manager", "September",
         "All four managers can name their graduate's coaching goal"],
    ),
]

CASE = Case(
    name="f_retyped_criteria",
    unit="8587-303",
    kind="structured-docx",
    files=[SourceFile("Nowak_303_reflection.docx", BLOCKS)],
    labels={
        "1.1": "asked three closed questions in a row",
        "1.2": "arms folded, checking the time",
        "2.1": "clean language workshop, observing an experienced coach",
        "2.2": "All four managers can name their graduate's coaching goal",
    },
    expected_checks={"declaration": False, "evidence_matrix": None, "identifying": []},
    about="Criteria retyped in full (first person) as plain lines, own run-in sub-heads, plan table.",
)
