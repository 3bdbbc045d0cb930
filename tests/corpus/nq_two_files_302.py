"""8587-302 Undertaking Coaching: a logistics coach's records and reflections in separate files.

Ifeoma Nwachukwu, a shift manager at a distribution centre, coaches a team leader. The
records file names the coachee in full and in the log as surname and initial; the separate
reflections file uses his first name alone; the feedback form is signed by him; his own line
manager (not hers) is named by title and surname.

Traps: her coaching supervisor by name and role, her assessor, weekdays and months short,
the GROW model, Hawkins's CLEAR model, Amazon, Warehouse B, job titles.
"""

from .case import Case, H, P, SourceFile, T

RECORDS = [
    H(0, "Unit 302 Coaching Records"),
    T(
        ["Learner", "Ifeoma Nwachukwu"],
        ["Registration number", "R4409216"],
        ["Assessor", "Colin Marsh"],
    ),
    P("I confirm that this evidence is my own work. Signed: Ifeoma Nwachukwu"),
    H(1, "1.1 Planning the coaching"),
    P("""I planned eight fortnightly sessions with a new team leader on Warehouse B nights,
      held in the training room before his shift, because the floor is too noisy to think."""),
    H(1, "1.2 Goals"),
    P("""His goals were to run a pre-shift briefing without notes, to handle absence calls
      calmly, and to cut mis-picks on his aisles by a third."""),
    H(1, "1.3 Coaching agreement"),
    T(
        ["Coaching agreement", ""],
        ["Coachee", "Tomasz Wierzbicki, Team Leader, Warehouse B"],
        ["Coach", "Ifeoma Nwachukwu, Shift Manager"],
        ["Confidentiality", "Nothing shared with his manager except attendance"],
    ),
    P("""His line manager, Mr Cartwright, agreed to release him for an hour a fortnight."""),
    H(1, "2.4 Coaching log"),
    T(
        ["Date", "Coachee", "Mins", "Focus"],
        ["Thu 09/01/2025", "Wierzbicki T", "60", "Goals and contract"],
        ["Thu 23/01/2025", "Wierzbicki T", "55", "Briefing without notes"],
        ["Thu 06/02/2025", "Wierzbicki T", "60", "Absence calls role-play"],
        ["Thu 20/02/2025", "Wierzbicki T", "50", "Mis-pick data review"],
    ),
    T(
        ["Coachee feedback form", ""],
        ["What was most useful?", "Practising the absence calls out loud"],
        ["What would you change?", "More time on the data"],
        ["Coachee signature", "T. Wierzbicki"],
        ["Date", "20/02/2025"],
    ),
]

REFLECTIONS = [
    H(0, "Unit 302 Reflections"),
    H(1, "2.1 Tools"),
    P("""I used a wheel of work satisfaction in the first session to see where to start."""),
    H(1, "2.2 Model"),
    P("""I used the GROW model, and Hawkins's CLEAR model when a session needed contracting
      again halfway through."""),
    H(1, "2.3 Skills"),
    P("""Tomasz told me in the third session that he had been rehearsing the absence calls in
      his car. I reflected that back and asked what else he rehearsed, which opened up his
      fear of sounding like his old boss at Amazon."""),
    H(1, "3.1 Reflection on each session"),
    P("""Sessions one and two were mine more than his: I asked too many closed questions.
      From session three I let Tomasz choose the topic and the sessions came alive."""),
    P("""The log shows the change clearly. In the first two sessions I spoke for more than
      half the time, and the actions we agreed were mine: read the absence policy, watch me
      run a briefing. From the third session the actions were his, and he finished them. By
      the fourth he had run two briefings without notes and had taken three absence calls on
      his own, one of them from a picker who was angry about his rota. He told me he had
      used the same opening question I use in our sessions, which I took as a sign that the
      coaching had modelled something useful, not only talked about it. I still find it hard
      to stay out of the content when the data is bad, because the mis-pick figures are my
      figures too, and on a Thu night with the trailers late it is tempting to give the
      answer and move on. Contracting again halfway through helped: we agreed that if I
      started to advise he would say so, and he did, twice, which we both found funny and
      useful. I would build that into the agreement from the start next time, with every
      coachee, not only the ones I also manage."""),
    H(1, "3.2 Feedback"),
    P("""Colin Marsh, my assessor, observed session four and said I should summarise less."""),
    H(1, "3.3 Communication"),
    P("""I have learnt to slow my speech and to wait after a question, even on nights."""),
    H(1, "3.4 Supervision"),
    P("""Supervision with Joanna Blake, my coaching supervisor, helped me see that I was
      rescuing him when the data looked bad. We met on Mon 3 Feb and Mon 3 Mar."""),
]

CASE = Case(
    name="nq_two_files_302",
    unit="8587-302",
    kind="portfolio",
    files=[SourceFile("records.docx", RECORDS), SourceFile("reflections.docx", REFLECTIONS)],
    labels={
        "1.1": "the floor is too noisy to think",
        "1.2": "cut mis-picks on his aisles by a third",
        "1.3": "Nothing shared with his manager except attendance",
        "2.1": "wheel of work satisfaction",
        "2.2": "needed contracting again halfway",
        "2.3": "rehearsing the absence calls in his car",
        "2.4": "Absence calls role-play",
        "3.1": "the sessions came alive",
        "3.2": "summarise less",
        "3.3": "slow my speech",
        "3.4": "rescuing him when the data looked bad",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        "identifying": ["Tomasz Wierzbicki", "Mr Cartwright", "Wierzbicki T", "T. Wierzbicki", "Tomasz"],
    },
    about="Coaching records and reflections in two files; coachee in full, surname and initial in the log, initial and surname under his feedback form, first name alone in the other file; his line manager by title.",
)
