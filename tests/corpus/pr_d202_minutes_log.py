"""D2.02 Undertaking supervised mentoring: one log of minutes, mentoring and supervision side by side.

Ellie Shaw, a Year 13 reading mentor, mentors a Year 9 pupil (Pupil X). Her whole diary is
one table whose time columns are bare minutes ("Time with mentee (mins)", "Supervision
(mins)"), her supervisor initialling each row; one week the pupil did not attend (the
supervision still happened), and a Totals row ends it.

Practice truth: six sessions, 30+30+40+30+35+30 = 195 minutes, one mentee; supervision
30 x 7 = 210 minutes in seven sessions.
"""

from .case import Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "D2.02 Mentoring Diary – Ellie Shaw"),
    P("Centre: Hollins Park School Sixth Form. I confirm this diary is my own work."),
    H(1, "Section 1 – Identify and agree overall outcomes for mentoring sessions"),
    P("""I mentored one pupil, Pupil X, in Year 9, in paired reading sessions in the library after
      school. My supervisor is Mrs Patel (MP), the literacy coordinator. Pupil X and I agreed that
      by Christmas he would finish one whole book he had chosen himself and read a page aloud to
      his form tutor without stopping."""),
    H(1, "Section 2 – Undertake supervised mentoring"),
    H(2, "2a Mentoring sessions"),
    P("""Every session and every supervision meeting is in the log below, in minutes."""),
    T(
        ["Date", "Pupil", "Time with mentee (mins)", "What we did", "Supervision (mins)", "Supervisor initials"],
        ["06/10/2025", "Pupil X", "30", "Got to know each other; reading interests", "30", "MP"],
        ["13/10/2025", "Pupil X", "30", "Started a football biography", "30", "MP"],
        ["20/10/2025", "Pupil X", "40", "Read two chapters aloud in turns", "30", "MP"],
        ["03/11/2025", "Pupil X", "DNA", "Pupil X absent – we used the time to plan", "30", "MP"],
        ["10/11/2025", "Pupil X", "30", "Predicting what happens next", "30", "MP"],
        ["17/11/2025", "Pupil X", "35", "He read a whole chapter alone", "30", "MP"],
        ["24/11/2025", "Pupil X", "30", "Review and choosing the next book", "30", "MP"],
        ["Totals", "", "195", "", "210", ""],
    ),
    H(2, "2b Supervision"),
    P("""Mrs Patel watched the first ten minutes of two sessions and then we talked in her office. The
      week Pupil X was absent we still met and planned how to restart without making him feel
      guilty. In most meetings she asked me three questions: what did he do that surprised you,
      what did you do that helped, and what will you try next week. Writing the answers down in
      my diary straight afterwards helped me to see patterns, for example that he read best when
      the book was about something he already knew, and that he stopped trying whenever I took
      over the reading myself. She also suggested that I let him hold the book and turn the pages,
      which sounds small but made him feel in charge of the session."""),
    H(1, "Section 3 – Review own progress"),
    H(2, "3a What worked well"),
    P("""Pupil X read more when I stopped correcting every word; Mrs Patel suggested I wait until the
      end of the sentence."""),
    H(2, "3b What I learned about myself"),
    P("""I learned that I get embarrassed on other people's behalf, which made me rush in to help
      when he stumbled. I also found that I am more patient with younger pupils than with my own
      friends, which surprised me."""),
    H(2, "3c What I would do differently"),
    P("""I would let him choose the book from the very first session instead of bringing three for
      him to pick from."""),
    H(2, "3d Skills I still need"),
    P("""I need to practise giving praise that is specific, because 'good job' stopped meaning
      anything to him after a few weeks."""),
]

CASE = Case(
    name="pr_d202_minutes_log",
    unit="D2.02",
    kind="legacy-questions",
    files=[SourceFile("ellie-shaw-diary.docx", BLOCKS)],
    labels={
        "section-1": "Identify and agree overall outcomes for mentoring sessions",
        "section-2": "Undertake supervised mentoring",
        "section-3": "Review own progress",
        "q2a": "Every session and every supervision meeting is in the log below",
        "q2b": "restart without making him feel guilty",
        "q3a": "stopped correcting every word",
        "q3b": "embarrassed on other people's behalf",
        "q3c": "instead of bringing three",
        "q3d": "'good job' stopped meaning anything",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": None,
        "identifying": [],
        "minutes": 195,
        "sessions": 6,
        "individuals": 1,
        "supervision_minutes": 210,
    },
    about="Sixth-form reading mentor; one table of bare minutes for mentoring and supervision, a DNA week, a Totals row.",
)
