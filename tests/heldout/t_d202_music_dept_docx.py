"""D2.02 mentoring diary, DOCX: a Year 12 peer mentor in a school music department.

Elliot Marsh, in Year 12, mentors a Year 9 drummer he calls "B" who has stopped coming to
practice, and meets the Head of Music (his supervisor, named in the diary's front table as the
form asks) after each session. The diary is a school template: a front table, "Section 1" to
"Section 3" headings, a dated heading per session with "Mentoring" and "Supervision" paragraphs
under it, and 3a to 3d answered as bold-ish lines in prose. Tricky: session 3 was called off
(B on a geography trip) and done two days later; session 4 was cut to 20 minutes by a fire
drill and that day's supervision was 25 minutes; session 5 ran to 35 minutes; the last
supervision ran to 45 minutes. The mentee is an initial; nothing to flag.

Practice truth:
  mentoring 30 (12 Jan) + 30 (19 Jan) + 30 (28 Jan, rearranged) + 20 (2 Feb, fire drill)
    + 35 (9 Feb, 12:40-13:15) + 30 (23 Feb) = 175, 6 sessions, 1 individual; 26 Jan cancelled.
  supervision 30 + 30 + 30 + 25 + 30 + 45 = 190.
"""

from corpus.case import Case, H, P, SourceFile, T

FRONT = T(
    ["Mentoring diary - D2.02", ""],
    ["Mentor", "Elliot Marsh (12JT)"],
    ["Mentee", "B (Year 9) - initial only"],
    ["Supervisor", "Mrs Adeyemi, Head of Music"],
    ["Where", "Practice room 2, music block"],
)

BLOCKS = [
    H(0, "ILM Award in Mentoring for Young Learners - Mentoring Diary"),
    FRONT,

    H(1, "Section 1 - Outcomes for the mentoring"),
    P("""B is in Year 9 and plays drums in the junior jazz band. Since Christmas he had stopped
      coming to rehearsals and Mrs Adeyemi thought he might drop music at GCSE options. At our
      first meeting I asked B what he wanted to get out of it and we agreed three outcomes
      together: come back to Thursday rehearsals every week, be ready to play the solo in the
      spring concert, and make a decision about GCSE music by options evening that he is happy
      with, whichever way it goes. We wrote them on a card that he keeps in his drum stick bag."""),

    H(1, "Section 2 - Mentoring sessions and supervision"),

    H(2, "Session 1 - Monday 12 January"),
    P("""Mentoring: 12:40 to 13:10 (30 minutes) in practice room 2. We talked about why he had
      stopped coming. He said the older drummers laugh when he messes up. I mostly listened. We
      agreed the outcomes above."""),
    P("""Supervision: 15:30 to 16:00 with Mrs Adeyemi. She said I did well not to jump in when he
      went quiet. I said I felt awkward with the silences."""),

    H(2, "Session 2 - Monday 19 January"),
    P("""Mentoring: 12:40 to 13:10. He played me the solo. It was better than he thinks. I asked
      him to rate himself out of ten and he said four, so we talked about what a six would sound
      like."""),
    P("""Supervision: 30 minutes after school. We talked about how to give praise that sounds real
      and not just being nice."""),

    H(2, "Session 3 - Wednesday 28 January"),
    P("""Monday's session was called off because B was on the Year 9 geography trip, so we did it
      on Wednesday instead. Mentoring: 12:40 to 13:10. He came to Thursday rehearsal last week!
      We practised counting in the band for the first bar."""),
    P("""Supervision: 30 minutes, 3.30 to 4. Mrs Adeyemi asked what I thought had made him come
      back and I realised it was that I had said I would be there too."""),

    H(2, "Session 4 - Monday 2 February"),
    P("""Mentoring: only 20 minutes because the fire alarm went at 1 o'clock (it was a drill) and we
      all had to go out onto the field. We got through the plan for the concert rehearsal."""),
    P("""Supervision: 25 minutes because Mrs Adeyemi had a department meeting. We talked about what
      to do when a session gets cut short, and she said to agree the one most important thing first."""),

    H(2, "Session 5 - Monday 9 February"),
    P("""Mentoring: 12:40 to 13:15, a bit over because he wanted to talk about options. He is thinking
      of taking music and drama. I asked him questions instead of telling him what I did."""),
    P("""Supervision: 30 minutes. I admitted I nearly told him to take music because I loved it.
      Mrs Adeyemi said that is the hardest bit of mentoring, not giving your own answer."""),

    H(2, "Session 6 - Monday 23 February"),
    P("""Mentoring: 12:40 to 13:10. Last session. He played the solo at the concert on Thursday and
      got a big clap. He has put music down for options. We looked back at the card with the three
      outcomes and ticked all of them."""),
    P("""Supervision: this one was longer, 45 minutes, because it was the last one and we went
      back over all six sessions."""),
    P("""So I did all six sessions with B, one every week apart from half term, and each time I had
      a review with my supervisor after it, six reviews in all."""),

    H(1, "Section 3 - Reviewing my progress"),
    P("""3a. My performance and what worked well. I think I was good at making B feel it was his
      choice to be there. What worked best was the rate yourself out of ten question because it
      gave us something to aim for each week."""),
    P("""3b. What I learned about myself. I learned that I am not very comfortable with silence and
      that I want to fix things for people. I also found out I am more patient than I thought when
      someone is finding something hard."""),
    P("""3c. What I would do differently. I would agree the most important thing at the very start of
      each session so that if we get cut short like the fire drill we have still done it. I would
      also keep my own opinions out of it from the start, not only after being told."""),
    P("""3d. Skills I still need to develop. Giving feedback that is honest when something is not
      good yet, not just positive things. And asking follow-up questions instead of moving on."""),

    P("Signed: Elliot Marsh    Date: 27/2    I confirm this diary is my own work."),
]

CASE = Case(
    name="t_d202_music_dept_docx",
    unit="D2.02",
    kind="structured-docx",
    files=[SourceFile("Elliot Marsh mentoring diary D2.02.docx", BLOCKS)],
    labels={
        "section-1": "a card that he keeps in his drum stick bag",
        "section-2": "the fire alarm went at 1 o'clock (it was a drill)",
        "q2a": "I did all six sessions with B, one every week",
        "q2b": "each time I had a review with my supervisor after it",
        "section-3": "more patient than I thought when someone is finding something hard",
        "q3a": "the rate yourself out of ten question",
        "q3b": "I am not very comfortable with silence",
        "q3c": "agree the most important thing at the very start",
        "q3d": "Giving feedback that is honest when something is not good yet",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": None,
        "identifying": [],  # B is an initial; Mrs Adeyemi is the supervisor the front table asks for
        # 12 Jan 12:40-13:10 30 + 19 Jan 30 + 28 Jan 30 (rearranged from 26 Jan) + 2 Feb 20 (fire drill)
        # + 9 Feb 12:40-13:15 35 + 23 Feb 30 = 30+30=60; +30=90; +20=110; +35=145; +30=175.
        "minutes": 175,
        "sessions": 6,
        "individuals": 1,
        # supervision 30 (12 Jan 15:30-16:00) + 30 + 30 (3.30-4) + 25 + 30 + 45 = 190
        "supervision_minutes": 190,
    },
    about="Year 12 peer mentor in a school music department; D2.02 DOCX diary with a front table, a dated heading per session with mentoring and supervision paragraphs, a called-off session done two days later, one cut to 20 min by a fire drill, a 25-min and a 45-min supervision; 3a-3d inline; clean.",
)
