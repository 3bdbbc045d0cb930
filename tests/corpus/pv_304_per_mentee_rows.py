"""8587-304 mentoring: one table row per mentee, every session packed into one cell.

Hannah Okafor-Reid, an associate at an architecture practice, mentors three architectural
assistants (Femi, Grace, and Ollie, who started in February). Her log is one row per mentee:
Mentee, Stage, "Sessions (date - length)" holding every contact separated by semicolons, and a
per-mentee total; a last row adds them all up. Lengths come as "20 min", "1 hr", "1 hr 30",
"1 hr 15" and "45 min"; cancelled, DNA and booked contacts sit in the same cells. Supervision
and tutorials are a second, smaller table in the same shape. Her reflection tells one session
again in prose, and mentions corridor chats she did not count.

Practice truth: Femi 20 + 60 + 60 + 45 + 75 = 260, Grace 45 + 60 + 90 + 60 + 50 = 305,
Ollie 30 + 60 + 60 + 40 = 190; 755 minutes in fourteen sessions with three mentees;
supervision and tutorials 60 + 25 + 45 = 130 minutes in three.
"""

from .case import Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "Unit 304 - Undertaking an Extended Period of Mentoring"),
    H(1, "Record of mentoring practice"),
    P("Learner: Hannah Okafor-Reid, Associate, Lyle Brook Architects"),
    P("""Declaration: I confirm that this record is my own work and that the mentoring took place
      as described. Femi, Grace and Ollie are made-up names."""),
    H(2, "Background"),
    P("""Our practice takes on architectural assistants between Part 1 and Part 2 of their
      training, and each is given a mentor outside their project team. This year I mentored three.
      Femi and Grace started with me in January; Ollie joined the practice in February and was
      added to my list. Sessions were in the small meeting room or, for the first ones, over
      coffee round the corner, and they covered everything from the RIBA professional experience
      record to how to push back on a project architect."""),
    P("""I have set the log out by mentee rather than by date, because that is how I think about
      the relationships. Each row lists every contact I had with that person, including the ones
      that did not happen, with the length of the ones that did."""),
    H(2, "Mentoring log by mentee"),
    T(
        ["Mentee", "Stage", "Sessions (date - length)", "Total for mentee"],
        ["Femi", "Part 1 year out, 2nd month",
         "9 Jan - 20 min (chemistry coffee); 16 Jan - 1 hr; 30 Jan - 1 hr; 13 Feb - 45 min; "
         "27 Feb - cancelled (site visit); 13 Mar - 1 hr 15", "4 hrs 20"],
        ["Grace", "Part 2 year out",
         "10 Jan - 45 min (first meeting); 24 Jan - 1 hr; 7 Feb - 1 hr 30; 21 Feb - 1 hr "
         "(observed by my assessor); 7 Mar - 50 min; 28 Mar - booked", "5 hrs 05"],
        ["Ollie", "Part 1 year out, joined Feb",
         "5 Feb - 30 min (chemistry); 19 Feb - 1 hr; 5 Mar - DNA (forgot, deadline day); "
         "12 Mar - 1 hr; 19 Mar - 40 min", "3 hrs 10"],
        ["All mentees", "", "14 sessions", "12 hrs 35"],
    ),
    H(2, "Supervision and tutorials"),
    T(
        ["With", "Date - length", "About"],
        ["Marcus (practice director), supervision", "17 Jan - 1 hr", "setting boundaries with three mentees"],
        ["My assessor, feedback after observing me with Grace", "21 Feb - 25 min", "my questioning"],
        ["ILM tutor, tutorial on Teams", "14 Mar - 45 min", "evidence for 304 and 305"],
    ),
    H(2, "Reflection"),
    P("""The session with Grace on 7 February, an hour and a half, was the one where the
      relationship turned. She arrived upset about a comment from her project architect on a
      drawing she had worked late on, and instead of reassuring her I asked what she thought the
      comment was really about. She worked out for herself that it was about the programme, not
      her, and then planned how she would raise the programme with him. It is the session I
      learnt most from."""),
    P("""Femi needed structure. The chemistry coffee was short because he wanted to get straight
      into his professional experience record, and we used a simple agenda every time after that.
      The cancelled session at the end of February was lost to a site visit we were both on, and I
      should have rebooked it sooner than I did."""),
    P("""Ollie is the one I am least sure about. He missed the March session because of a deadline
      and was embarrassed about it, which I tried to make easy. I also had a few quick corridor
      chats with him about his portfolio; they were helpful but they were not sessions, so I have
      not counted them anywhere."""),
    P("""Supervision with Marcus in January helped me decide that I would not take on a fourth
      mentee this year, and my assessor's feedback after the observation was that I still ask
      two questions at once. I have been working on asking one and waiting."""),
]

CASE = Case(
    name="pv_304_per_mentee_rows",
    unit="8587-304",
    kind="structured-docx",
    files=[SourceFile("okafor-reid-304-mentoring.docx", BLOCKS)],
    labels={},  # a practice log only: its figures are measured, not the evidence finder
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        "identifying": [],
        # Femi 20 + 60 + 60 + 45 + 75 = 260 (not 27 Feb cancelled); Grace 45 + 60 + 90 + 60
        # (observed) + 50 = 305 (not 28 Mar booked); Ollie 30 + 60 + 60 + 40 = 190 (not 5 Mar DNA);
        # 260 + 305 + 190 = 755 = her 12 hrs 35. Not the per-mentee totals, the All mentees row,
        # the 7 Feb session told again in the reflection, or the corridor chats.
        "minutes": 755,
        "sessions": 14,  # Femi 5 + Grace 5 + Ollie 4
        "individuals": 3,  # Femi, Grace, Ollie
        # Marcus 60 (17 Jan) + assessor feedback 25 (21 Feb) + ILM tutorial 45 (14 Mar) = 130
        "supervision_minutes": 130,
    },
    about="Architecture practice associate; one row per mentee with every session in one semicolon-separated cell, per-mentee totals, a supervision table of the same shape, a session retold in prose.",
)
