"""D2.02 whole diary as plain text: a sixth-former mentoring a younger swimmer, one session split into two parts on one day.

Aisha Khan, a Year 12 volunteer at her swimming club, mentors a 12-year-old squad swimmer
she calls "Poppy" (declared not her real name). Her supervisor is the club's head coach,
named by role. Plain text from her phone's notes app, her own section headings in capitals.
Sessions are a paragraph each with clock times in the style "8.15 to 8.45", one in words
("forty minutes"). Tricky: session 3 was in two parts on one day (ten minutes before
training and twenty after) which she counts as one session; a Saturday the pool was shut
(no session, no review); reviews with her supervisor in prose after each session, one
given by clock times, one "forty-five minutes"; her "over three hours" of reviews (right:
3 hrs 20); the plan of "half an hour before training every Saturday".

Practice truth: 30 + 30 + (10 + 20) + 35 + 40 + 35 = 200 minutes in six sessions with one
mentee; supervision 30 + 30 + 30 + 35 + 30 + 45 = 200.
"""

from .case import Case, P, SourceFile

BLOCKS = [
    P("D2.02 MENTORING DIARY - Aisha Khan - Year 12 - Millbrook Amateur Swimming Club"),
    P("""The swimmer I mentored is 12 and in the development squad. I have called her Poppy in
      this diary, which is not her real name. My supervisor is the club's head coach. The plan
      was half an hour before training every Saturday in the club room upstairs, with a review
      with the head coach straight after training."""),

    P("SECTION 1 - WHAT WE AGREED"),
    P("""At our first meeting Poppy told me she wanted to move up to the performance squad but
      panics at galas and false starts. We agreed three outcomes for the six weeks: to have a
      pre-race routine she can do on the blocks, to swim at the county gala in February
      without pulling out, and to be able to tell her coach when she is nervous instead of
      hiding in the changing rooms. She wrote them in her training log with a smiley face
      next to each one, and the head coach read them and said they were right for her age."""),

    P("SECTION 2 - SESSIONS AND REVIEWS"),
    P("""Session 1, Sat 4 January, 8.15 to 8.45. Getting to know each other, what mentoring is,
      the three outcomes. Review with the head coach afterwards for half an hour: he said I
      did most of the talking and should ask her more about why she swims."""),
    P("""Session 2, Sat 11 January, 8.15 to 8.45. I asked her what she thinks about on the blocks
      and she said "everyone watching". We made a list of things she can control. Review 9.00
      to 9.30 - the head coach said the list was a good idea but it should be her list, not
      mine, because I'd written most of it."""),
    P("""Session 3, Sat 18 January. The pool timetable changed so we did it in two bits on the
      same morning: 8.05 to 8.15 before training and 9.50 to 10.10 after. I'm counting this as
      one session in two parts. She practised a breathing routine (four in, four out) on the
      poolside. Review 10.15 to 10.45, about whether splitting it lost the flow. It did a bit."""),
    P("""Sat 25 January - the pool was shut because the boiler broke, so no session and no
      review. I messaged her mum to say we'd carry on next week."""),
    P("""Session 4, Sat 1 February, 8.10 to 8.45. We rehearsed her routine on the actual blocks
      before anyone else arrived, then she did a practice false start and carried on. Review
      35 minutes - he asked me what I would do if she pulled out of the gala and I didn't have
      an answer."""),
    P("""Session 5, Sat 8 February, forty minutes before training. The gala was the next day.
      Mostly she talked and I listened, which is the first time that has happened properly.
      Review half an hour: what to say to her after the gala whatever happens."""),
    P("""Session 6, Sat 15 February, 8.15 to 8.50. She swam at the county gala and did not pull
      out, and she told her coach she was nervous before the 100m. We went through all three
      outcomes and she ticked them off. Review forty-five minutes because the head coach wanted
      to go through the whole six weeks with me."""),
    P("That is well over three hours of reviews with my supervisor altogether."),

    P("SECTION 3 - LOOKING BACK"),
    P("""3a How I did and what worked well. The thing that worked best was practising on the
      real blocks before the pool opened, because the routine stopped being an idea and became
      something her body knew. Being there every Saturday at 8 also worked - she said she knew
      I'd turn up."""),
    P("""3b What I learned about myself. I learned that I want to fix things for people quickly,
      and that with a younger person I slip into being a coach telling her what to do rather
      than a mentor helping her work it out."""),
    P("""3c What I'd do differently. Next time I would not split a session into two parts, and I
      would let the mentee write the list herself from the very first week."""),
    P("""3d Skills I still need. Listening without planning my next question in my head, and
      asking "what do you think?" before giving my own view. The head coach also wants me to
      get better at writing up the diary the same day."""),

    P("Declaration: this diary is my own work and a true record of my mentoring. Aisha Khan 16/02/25"),
]

CASE = Case(
    name="pl_d202_swimming_club_txt",
    unit="D2.02",
    kind="legacy-questions",
    files=[SourceFile("Aisha Khan D2.02 diary.txt", BLOCKS)],
    labels={
        "section-1": "pre-race routine she can do on the blocks",
        "section-2": "I'm counting this as one session in two parts",
        "section-3": "the routine stopped being an idea",
        "q2a": "We rehearsed her routine on the actual blocks",
        "q2b": "what I would do if she pulled out of the gala",
        "q3a": "she said she knew I'd turn up",
        "q3b": "I want to fix things for people quickly",
        "q3c": "I would not split a session into two parts",
        "q3d": "without planning my next question in my head",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": None,
        "identifying": [],  # "Poppy" is a declared pseudonym; supervisor by role
        # Sessions: S1 8.15-8.45 30 + S2 8.15-8.45 30 + S3 8.05-8.15 10 and 9.50-10.10 20 = 30
        #   (one session in two parts, her word) + S4 8.10-8.45 35 + S5 "forty minutes" 40
        #   + S6 8.15-8.50 35 = 30 + 30 = 60; + 30 = 90; + 35 = 125; + 40 = 165; + 35 = 200.
        # Not: 25 January pool shut; the plan's "half an hour before training every Saturday".
        "minutes": 200,
        "sessions": 6,
        "individuals": 1,  # Poppy
        # Reviews: S1 half an hour 30 + S2 9.00-9.30 30 + S3 10.15-10.45 30 + S4 35
        #   + S5 half an hour 30 + S6 forty-five minutes 45 = 30 + 30 = 60; + 30 = 90; + 35 = 125;
        #   + 30 = 155; + 45 = 200 ("well over three hours", right).
        "supervision_minutes": 200,
    },
    about="Sixth-form swimming club volunteer; D2.02 diary as plain text with capitalised section lines, sessions as paragraphs with '8.15 to 8.45' times, one session in two parts on one day (one session), a pool-shut week, supervision reviews in prose (clock times, 'half an hour', 'forty-five minutes'), declared pseudonym, supervisor by role.",
)
