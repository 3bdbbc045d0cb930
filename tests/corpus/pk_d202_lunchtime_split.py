"""D2.02 mentoring diary: a sixth-former's lunchtime sessions in 12-hour times, one split across break and lunch.

Imogen, a Year 12 student on her school's transition mentoring scheme, mentors a Year 7 boy
she calls Rory (not his real name; "R" in her notes). Her Section 2 log has one row per week
with the mentoring and the supervision both as 12-hour ranges in their own cells, lunchtime
ranges running across one o'clock ("12.40-1.10pm"). One week Rory was ill and there was no
supervision either ("n/a"); the make-up session that Friday was done in two parts, fifteen
minutes at break and fifteen at lunch; one session was cut short when the bell went early;
one review was a group supervision with the other peer mentors instead of a 1:1. The two
after-school mentor training sessions in December are mentioned and not counted. Her totals
are right.

Practice truth: 30 + 35 + (15 + 15) + 30 + 25 + 40 = 190 minutes in six sessions with one
mentee; supervision 30 + 30 + 30 + 45 + 30 + 35 = 200.
"""

from .case import Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "Mentoring Diary - D2.02 Undertaking supervised mentoring"),
    P("ILM Level 2 Award in Mentoring for Young Learners"),
    P("Name: Imogen (Year 12)   Supervisor: Mr Okafor, Head of Year 7"),
    H(1, "Section 1 - Identify and agree overall outcomes for mentoring sessions"),
    P("""Before I started I went to the two peer mentor training sessions after school in December
      (1 hour each, on 4th and 11th December), where Mr Okafor explained the scheme, how to keep
      things confidential and when we have to pass something on. These were training, not
      mentoring, so they are not in my log."""),
    P("""My mentee is a Year 7 boy. I am calling him Rory in this diary, which is not his real
      name, and sometimes R in my notes. His form tutor put him forward because he was on his
      own a lot at lunch and had said he didn't like secondary school. In our first session we
      agreed two outcomes: that by half term Rory would go to at least one lunchtime club every
      week, and that he could name two people in his year he could sit with. I checked these
      with Mr Okafor in my first supervision and he said they were realistic and measurable."""),
    H(1, "Section 2 - Undertake supervised mentoring"),
    P("""We met in the library study room at lunchtime, and I saw Mr Okafor in his office after
      school for my review."""),
    T(
        ["No.", "Date", "Mentoring", "Supervision review", "Main issues and agreed actions"],
        ["1", "Wed 8 Jan", "12.40-1.10pm", "3.30-4pm with Mr Okafor",
         "Getting to know each other. Agreed the two outcomes. R to look at the clubs list."],
        ["2", "Wed 15 Jan", "12.40-1.15pm", "3.30-4pm",
         "He went to chess club once but nobody talked to him. Action: go again and ask someone for a game."],
        ["-", "Wed 22 Jan", "n/a", "n/a",
         "Rory off ill. Mr Okafor was on the Year 7 trip so no supervision either."],
        ["3", "Fri 24 Jan", "10.50-11.05am (break) and 12.45-1pm (lunch)",
         "3.30-4pm",
         "Make-up session done in two parts because he had a catch-up test at the start of lunch. "
         "Chess club went better - he played a boy called (name removed) twice."],
        ["4", "Wed 29 Jan", "12.40-1.10pm",
         "3.30-4.15pm - group supervision with Mr Okafor and the other three peer mentors",
         "Talked about who he sits with. Action: sit with the chess boys on Friday."],
        ["5", "Wed 5 Feb", "12.40-1.05pm (bell went early for assembly)", "3.30-4pm",
         "He sat with them twice. He said lunch is \"alright now\"."],
        ["6", "Wed 12 Feb", "12.35-1.15pm", "3.30-4.05pm",
         "Last session. Looked back at the outcomes - both met. Ending and what he can do if things go wrong."],
    ),
    P("Total mentoring: 3 hours 10 minutes (6 sessions). Total supervision: 3 hours 20 minutes (6 reviews)."),
    H(1, "Section 3 - Review own progress"),
    H(2, "What went well"),
    P("""Letting Rory choose the club himself. I wanted him to try drama because I did drama, but
      when I asked him what he actually liked he said chess, and that is the one that worked. By
      session 5 he was sitting with the same group every day."""),
    H(2, "What I found difficult"),
    P("""Silences. Rory is very quiet and in the first two sessions I kept filling every gap. Mr
      Okafor told me in the first review to count to five in my head, and in session 2 Rory
      told me about the chess club only after a long pause. Splitting session 3 into two was also
      hard because the first part felt rushed."""),
    H(2, "What I learned from supervision"),
    P("""The group supervision was useful because the other mentors had the same problems,
      especially with mentees who only answer "yeah". One of them uses a drawing activity which I
      might try next time. Mr Okafor also made me think about how to end the mentoring so Rory
      didn't feel dropped, so in session 6 we talked about who he can go to now."""),
    H(2, "What I would do differently"),
    P("""Book the sessions for a day when there is no assembly, and have a back-up day in case he
      is off, so that I don't have to split a session again."""),
    H(1, "Declaration"),
    P("I confirm that this diary is my own work and a true record of my mentoring. Imogen, 14 February 2025"),
]

CASE = Case(
    name="pk_d202_lunchtime_split",
    unit="D2.02",
    kind="legacy-questions",
    files=[SourceFile("Imogen D2.02 mentoring diary.docx", BLOCKS)],
    labels={},  # practice only
    expected_checks={
        "declaration": True,
        "evidence_matrix": None,
        # 1) 12.40-1.10pm 30 + 2) 12.40-1.15pm 35 + 3) 10.50-11.05am 15 + 12.45-1pm 15 = 30
        # (one session in two parts) + 4) 12.40-1.10pm 30 + 5) 12.40-1.05pm 25
        # + 6) 12.35-1.15pm 40 = 190 (= her 3 h 10). Not 22 Jan (n/a), not the totals line.
        "minutes": 190,
        "sessions": 6,
        "individuals": 1,  # "Rory" (pseudonym) = R
        # 1) 3.30-4pm 30 + 2) 30 + 3) 30 + 4) 3.30-4.15pm 45 (group supervision)
        # + 5) 30 + 6) 3.30-4.05pm 35 = 200 (= her 3 h 20). Not the December training
        # sessions (2 x 60), not 22 Jan (n/a).
        "supervision_minutes": 200,
    },
    about="Sixth-former; D2.02 log with mentoring and supervision as 12-hour ranges in their own cells across one o'clock, an n/a week, a make-up session split across break and lunch, a group supervision review, training not counted.",
)
