"""8584-201 mentoring: a log table with no time column; each length is written in the Notes.

Hannah Lowe, head veterinary nurse at a small-animal practice, mentors a student veterinary
nurse (SVN). Her table is Date, Who, What we worked on, Notes, and how long each session
took is only in the Notes, in her own words: "approx 40 min, ran over", "about an hour",
"booked an hour but only got 25 mins", "1hr 10". One session did not happen (an emergency
came in) and was held two days later; the last note also mentions 20 minutes she spent
writing up. Her supervision with the practice manager is a row of the same table.

Practice truth: 40 + 60 + 45 + 25 + 70 + 35 = 275 minutes in six sessions with one mentee
(SVN); supervision 60 minutes in one.
"""

from .case import Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "Unit 201 Developing Mentoring Skills - Mentoring record"),
    P("Name: Hannah Lowe, Head Veterinary Nurse"),
    P("I declare that this is my own work and that my mentee is referred to as SVN."),
    H(1, "My plan"),
    P("""Weekly sessions of about 45 minutes on a Monday afternoon, when the theatre list is
      usually finished, over six weeks, in the prep room or the staff room."""),
    H(1, "Session log"),
    T(
        ["Date", "Who", "What we worked on", "Notes"],
        ["03/03", "SVN", "Contracting, her goals for the clinical skills log", "approx 40 min, ran over"],
        ["10/03", "SVN", "Taking blood pressure on cats", "about an hour, quiet afternoon"],
        ["17/03", "SVN", "Theatre prep", "Didn't happen - emergency GDV came in. Moved to Weds"],
        ["19/03", "SVN", "Theatre prep (from 17th)", "45 mins in the prep room after close"],
        ["24/03", "SVN", "Talking to a grieving owner", "booked an hour but only got 25 mins before she was called to consults"],
        ["31/03", "SVN", "Review of her skills log", "1hr 10, finished it off over a coffee"],
        ["01/04", "Practice manager (my supervisor)", "Supervision on how the mentoring is going", "1 hour"],
        ["07/04", "SVN", "Ending and what next", "35 minutes, then I wrote up my notes for 20 mins"],
    ),
    H(1, "Reflection"),
    P("""The short session on 24 March taught me to protect the time with the vet on duty, not
      just book it in the diary."""),
]

CASE = Case(
    name="pw_201_duration_in_notes",
    unit="8584-201",
    kind="structured-docx",
    files=[SourceFile("lowe-201-record.docx", BLOCKS)],
    labels={},  # a practice log only: its figures are measured, not the evidence finder
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        "identifying": [],
        "minutes": 275,  # 40 + 60 + 45 + 25 (not the booked hour) + 70 + 35 (not the 20 writing up) = 275
        "sessions": 6,  # 03/03, 10/03, 19/03, 24/03, 31/03, 07/04 (17/03 did not happen)
        "individuals": 1,  # SVN
        "supervision_minutes": 60,  # practice manager 01/04
    },
    about="Head vet nurse; lengths only in the Notes cell in loose words, a moved session, writing-up time in a note.",
)
