"""8587-303 Reflecting on Coaching Skills: a surgery's practice log under pseudonyms, nothing to flag.

Tamsin Achterberg, a practice nurse, coaches three healthcare assistants and says at the
start that every name in her log is a pseudonym. Her log has a "Coachee:" field per session,
weekdays written short ("Thu"), her own practice manager and course tutor named by role,
and the assessor's feedback quoted with her first name.

Traps: "Coachee: Mark" under a pseudonym note, "My practice manager, Mrs Dale", "Mr Pryce,
my course tutor", weekday and month abbreviations, the learner's first name alone, job
titles, product names (SystmOne, Microsoft Teams), theorists in running text.
"""

from .case import Case, H, P, SourceFile, T

JOURNAL = [
    H(0, "Unit 303 Reflective Journal"),
    T(
        ["Learner", "Tamsin Achterberg"],
        ["Registration no.", "R7720419"],
        ["Centre", "Westgate Leadership Academy"],
    ),
    P("""I confirm this journal is my own work. All coachees' names used in this log are
      pseudonyms, chosen so that colleagues at the surgery cannot be recognised."""),
    H(1, "Session log"),
    T(
        ["Day", "Date", "Coachee", "Focus", "Length"],
        ["Thu", "6 Mar", "Mark", "Telephone triage confidence", "45 min"],
        ["Tue", "18 Mar", "Precious", "Using SystmOne templates", "40 min"],
        ["Thu", "3 Apr", "Mark", "Triage scripts", "50 min"],
        ["Wed", "16 Apr", "Dot", "Returning after maternity leave", "45 min"],
        ["Fri", "2 May", "Precious", "Diabetic foot checks", "40 min"],
    ),
    T(
        ["Session record 3", ""],
        ["Coachee", "Mark"],
        ["Date", "Thu 3 Apr"],
        ["Venue", "Microsoft Teams"],
        ["Agreed actions", "Draft three triage questions and test them on Monday's list"],
    ),
    H(1, "1.1 How effective my coaching was"),
    P("""Looking back over eleven sessions, my coaching worked best when the coachee chose
      the goal. Mark arrived at the third session with his own triage scripts, which showed
      me that the first two sessions had given him ownership. With Dot I led too much and
      the sessions drifted into handover chat."""),
    H(1, "1.2 Strengths and areas to develop"),
    P("""My practice manager, Mrs Dale, observed one session in April and said I summarise
      well but fill silences. Mr Pryce, my course tutor, read my log and noticed the same
      thing. Whitmore writes that awareness and responsibility are the coach's real
      products, and Gallwey's inner game helped me see my own interference. The
      assessor wrote on my draft: 'Tamsin, this is honest - now say what you will change.'"""),
    P("""Looking at the feedback forms together, all three coachees said the sessions felt
      safe, and two said they would have liked more challenge. Dot wrote that I 'always knew
      what to say', which I now read as a warning rather than praise: if I always have the
      words ready, I am probably supplying them. In supervision on a Thu afternoon in April
      my course tutor asked me to play back a recording of the second session with Mark and
      count how many of my questions were really suggestions. There were nine in forty
      minutes. That one exercise did more for my practice than anything I read, although
      Starr's chapter on listening at different levels gave me the words to describe what I
      had been doing. I also noticed that I coach differently on a Mon morning, before the
      phones open, than on a Fri afternoon, when I am tired and want the session to end with
      an action. The afternoon sessions were shorter and more directive, and the coachees'
      actions from them were less often completed."""),
    H(1, "2.1 Reviewing my coaching ability"),
    P("""My questions are shorter than in March, but I still rescue people when they hesitate.
      I will keep a tally of rescues in the log from June. Precious said the SystmOne
      session was the first time anyone had asked what she already knew."""),
    H(1, "2.2 Development plan"),
    T(
        ["Goal", "Action", "By", "Evidence"],
        ["Hold silence", "Count the seconds before I speak; aim for ten", "Jul", "Tally in my log"],
        ["Contract better", "Use a written agreement with each new coachee", "Sept",
         "Signed agreements"],
        ["Supervision", "Monthly call with my course tutor on Teams", "Oct", "Notes of each call"],
    ),
    P("Westgate Leadership Academy · Nurse Lead Programme · enquiries@westgateacademy.org.uk"),
]

CASE = Case(
    name="nq_pseudonym_log_303",
    unit="8587-303",
    kind="structured-docx",
    files=[SourceFile("journal.docx", JOURNAL)],
    labels={
        "1.1": "drifted into handover chat",
        "1.2": "summarise well but fill silences",
        "2.1": "keep a tally of rescues",
        "2.2": "Count the seconds before I speak",
    },
    expected_checks={"declaration": True, "evidence_matrix": None, "identifying": []},
    about="Practice nurse's coaching log under declared pseudonyms; 'Coachee: Mark' fields, weekdays short, her practice manager and course tutor by role; nothing to flag.",
)
