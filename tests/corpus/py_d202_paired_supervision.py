"""D2.02 supervised mentoring: a sixth-former's diary, start and finish columns, supervision rows after each session.

Aisha Rahman, a Year 12 student, peer-mentors a Year 7 pupil ("my mentee" / "Y7") for the
school's transition scheme. Her table has Start and Finish columns with bare times ("3.30",
"4.00") for each mentoring session and, on the next row, the supervision with Mr Hale. One
week her mentee was absent (no session, no supervision); one supervision was cut to 20
minutes; one session was at lunchtime. Her own total row is at the bottom.
"""

from .case import Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "Mentoring Diary - D2.02 Undertaking supervised mentoring"),
    P("Candidate: Aisha Rahman, Year 12. Centre: Holmewood Academy Sixth Form."),
    H(1, "Section 1 - Identify and agree overall outcomes for mentoring sessions"),
    P("""My mentee is in Year 7 and was finding the move from primary school hard,
      especially getting organised for homework and making friends outside her tutor group.
      In our first meeting I asked her what she would like to be different by Easter. We
      agreed three outcomes: she would use a homework planner every day, she would join
      one lunchtime club, and she would feel able to ask a teacher for help. Before the first
      session I took these to Mr Hale, my supervisor, who said the club outcome was good
      because it was something we could see, and suggested we add a way of measuring the
      planner, so we agreed she would show me it each week."""),
    H(1, "Section 2 - Undertake supervised mentoring"),
    P("""Below is the record of my mentoring sessions and the supervision straight after each
      one. Times are from the sign-in sheet in the library where we met."""),
    T(["Date", "Activity", "Start", "Finish", "Notes"],
      ["10 Jan", "Mentoring", "3.30", "4.00", "Got to know each other, looked at her planner (empty)."],
      ["10 Jan", "Supervision with Mr Hale", "4.00", "4.30", "He said I talked more than she did."],
      ["17 Jan", "Mentoring", "3.30", "4.00", "Planner has 3 days filled in. Talked about clubs."],
      ["17 Jan", "Supervision with Mr Hale", "4.00", "4.30", "Practised open questions."],
      ["24 Jan", "Mentoring", "-", "-", "Not counted - mentee absent (ill). No supervision this week."],
      ["31 Jan", "Mentoring", "3.30", "4.05", "Went to look at the chess club together. Ran over by 5 min."],
      ["31 Jan", "Supervision with Mr Hale", "4.05", "4.35", "Talked about letting her choose."],
      ["7 Feb", "Mentoring", "3.30", "4.00", "She joined chess club! Planner 5 days out of 5."],
      ["7 Feb", "Supervision with Mr Hale", "4.00", "4.30", "Feedback - I gave good praise."],
      ["21 Feb", "Mentoring", "12.40", "1.10", "Lunchtime because of parents' evening. Asking teachers for help."],
      ["21 Feb", "Supervision with Mr Hale", "3.30", "4.00", "After school the same day."],
      ["28 Feb", "Mentoring", "3.30", "4.00", "Last session. Looked back at the outcomes. She is happier."],
      ["28 Feb", "Supervision with Mr Hale", "4.00", "4.20", "Only 20 mins - he had a meeting."],
      ["Total", "6 sessions", "", "", "Mentoring 3 hours 5 mins, supervision 2 hours 50 mins"]),
    H(2, "Main issues, outcomes and actions"),
    P("""Session 1: homework planner. Action: fill it in every night for a week. Session 2:
      clubs. Action: look at the clubs list with her form tutor. Session 3: visited the chess
      club. Action: go on Thursday on her own. Session 4: reviewed progress. Action: keep
      going. Session 5: how to ask a teacher for help. Action: ask her maths teacher about
      fractions. Session 6: review of all three outcomes and what she will do next term."""),
    H(1, "Section 3 - Review own progress"),
    H(2, "My own performance and what worked well"),
    P("""What worked well was going with her to the chess club instead of just telling her
      about it. She told me afterwards she would never have gone in on her own. Bringing
      the planner to every session also worked because we could both see progress."""),
    H(2, "What I learned about myself"),
    P("""I learned that I fill silences because they make me nervous, and that if I wait,
      younger students will usually say something. I also learned I am more patient than I
      thought I was."""),
    H(2, "What I might do differently"),
    P("""Next time I would meet somewhere less public than the library, because she did not
      want to talk about friends with other students nearby. I would also plan a question
      to start each session rather than just saying hello and hoping."""),
    H(2, "Skills I still need to develop"),
    P("""I still need to get better at listening without thinking about what I am going to
      say next, and at summarising, which Mr Hale said I forget to do at the end of a
      session. I want to practise this if I mentor again next year."""),
    H(2, "Keeping records"),
    P("""I kept this diary in a folder that stayed with Mr Hale, and I never wrote my
      mentee's name in it, only 'my mentee' or Y7, so that it was confidential."""),
    P("By submitting I confirm that this assessment is my own work. Aisha Rahman"),
]

CASE = Case(
    name="py_d202_paired_supervision",
    unit="D2.02",
    kind="legacy-questions",
    files=[SourceFile("aisha_rahman_D202_diary.docx", BLOCKS)],
    labels={
        "section-1": "what she would like to be different by Easter",
        "section-2": "the supervision straight after each one",
        "q2a": "fill it in every night for a week",
        "q2b": "He said I talked more than she did.",
        "section-3": "never wrote my mentee's name in it",
        "q3a": "she would never have gone in on her own",
        "q3b": "I fill silences because they make me nervous",
        "q3c": "somewhere less public than the library",
        "q3d": "listening without thinking about what I am going to say next",
    },
    # Rows:
    #   10 Jan mentoring 3.30-4.00 -> 30;   supervision 4.00-4.30 -> 30
    #   17 Jan mentoring 3.30-4.00 -> 30;   supervision 4.00-4.30 -> 30
    #   24 Jan mentoring "-" -> excluded, "Not counted - mentee absent" (did not attend)
    #   31 Jan mentoring 3.30-4.05 -> 35;   supervision 4.05-4.35 -> 30
    #   7 Feb  mentoring 3.30-4.00 -> 30;   supervision 4.00-4.30 -> 30
    #   21 Feb mentoring 12.40-1.10 -> 30 (lunchtime, across 1 o'clock); supervision 3.30-4.00 -> 30
    #   28 Feb mentoring 3.30-4.00 -> 30;   supervision 4.00-4.20 -> 20
    #   Total row -> excluded (it agrees: 3 h 5 min and 2 h 50 min)
    # minutes 30+30+35+30+30+30 = 185 (again: 6 x 30 = 180, + the 5 minutes over on 31 Jan = 185)
    # sessions 6; individuals 1; supervision 30+30+30+30+30+20 = 170 (again: 5 x 30 + 20 = 170).
    expected_checks={
        "declaration": True,
        "evidence_matrix": None,
        "minutes": 185,
        "sessions": 6,
        "individuals": 1,
        "supervision_minutes": 170,
    },
    about="Sixth-form peer mentor; start/finish columns with bare times, supervision row after each session, absent week, lunchtime session, own total row.",
)
