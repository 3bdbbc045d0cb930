"""D2.02 supervised mentoring: a young bell ringer teaching a learner ringer, PDF diary written as dated prose entries.

Isla Brennan, 18, rings at her village church tower and mentors a 12-year-old learner ringer
she calls "R" (her choice, explained at the start). Her diary has no table at all: each entry
is a dated paragraph that says, in words, how long the session was and then how long she
spent with the tower captain (her supervisor) afterwards. One Friday R did not come (school
trip) and there was no review that week either; one review was done by phone the next
morning; she also mentions watching the captain teach R on a Sunday (not her mentoring) and a
seventh session planned for November. Nothing to flag: R is a pseudonym, the captain a role.

Assessor's arithmetic, entry by entry:
   6 Sep  session 1 "thirty-five minutes"            -> 35;  captain "half an hour"       -> 30
  13 Sep  session 2 "half an hour"                   -> 30;  captain "thirty minutes"     -> 30
  20 Sep  R did not come, no review                  -> excluded
  22 Sep  watched the captain teach R (Sunday)       -> excluded (shadowing)
  27 Sep  session 3 "half an hour"                   -> 30;  phone next morning "half an hour" -> 30
   4 Oct  session 4 "forty-five minutes"             -> 45;  captain "twenty minutes"     -> 20
  11 Oct  session 5 "thirty minutes"                 -> 30;  captain "half an hour"       -> 30
  18 Oct  session 6 "half an hour"                   -> 30;  captain "forty minutes"      -> 40
  November seventh session, planned                   -> excluded
  minutes 35+30+30+45+30+30 = 200; sessions 6; individuals 1;
  supervision 30+30+30+20+30+40 = 180.
"""

from corpus.case import Case, H, P, SourceFile

BLOCKS = [
    H(0, "Mentoring Diary - D2.02 Undertaking supervised mentoring"),
    P("Isla Brennan - St Wenna's Tower, Little Kelland. Supervisor: the tower captain."),
    P("""In this diary my mentee is called R. That is not her real initial, I picked it so nobody
      in the village could work out who she is from reading it."""),

    H(1, "Section 1 - What we agreed at the start"),
    P("""R is twelve and started learning to handle a bell in the summer. She can ring rounds
      with someone standing next to her but she panics if the rope gets away from her. Before
      the first session the captain, R and her mum and I sat in the ringing chamber and talked
      about what R wanted. We agreed three outcomes for the six sessions: to ring the treble in
      rounds for a whole touch with nobody standing by her, to learn to call "look to" and
      "stand" herself, and to feel OK about saying when she is tired instead of carrying on."""),

    H(1, "Section 2 - Diary of sessions and supervision"),
    P("""Each session was on a Friday practice night, before the adults arrived, so we had the
      tower to ourselves. After each one I stayed behind with the captain to talk about how it
      went. I have written down how long both took."""),
    P("""Friday 6 September. First session, thirty-five minutes because R was late and we ran on.
      We went over backstroke and handstroke again and I let her ring the treble with me just
      watching the rope, not holding it. She caught the sally every time. Action: practise
      counting the strokes out loud. Afterwards I had half an hour with the captain, who said I
      talked nearly the whole time and R hardly said anything."""),
    P("""Friday 13 September. Second session, half an hour. I tried asking her questions instead
      of telling her, like what did you notice when the bell went up too high. She said it felt
      like the rope was pulling her arms off. We worked on checking the bell gently. Action:
      she would try standing the bell by herself at the end. Thirty minutes with the captain after,
      mostly about how I could tell if she was tired."""),
    P("""Friday 20 September. R did not come, she was on a school trip and her mum forgot to
      tell us. No session and no review with the captain this week either. On the Sunday I
      watched the captain teach R before service for about twenty minutes, but that was his
      session and not mine so I have not counted it."""),
    P("""Friday 27 September. Third session, half an hour. She stood the bell on her own for
      the first time and looked round at me grinning. I said exactly what she had done right
      (she checked at handstroke and let the rope go up slowly). The captain had to leave
      early so we did the review by phone the next morning, half an hour."""),
    P("""Friday 4 October. Fourth session, forty-five minutes, because she asked to keep going
      and I checked she was OK first. She called "look to" and "stand" for the first time with
      three of us ringing. Review with the captain was only twenty minutes as the adults were
      arriving, but he said my feedback was getting much more specific."""),
    P("""Friday 11 October. Fifth session, thirty minutes. Whole touch of rounds with nobody
      standing by her. The rope did get away once and she said "I need to stop" straight away,
      which was outcome three. Half an hour with the captain afterwards going through the
      outcomes one by one."""),
    P("""Friday 18 October. Sixth session, half an hour. We looked back at the three outcomes and
      she decided she has done all three. She wants to start on call changes next. Forty minutes
      with the captain after, about ending the mentoring and handing her back to the normal
      practice night. I have a seventh session pencilled in for November to check on her, but
      that has not happened yet."""),

    H(1, "Section 3 - Looking back at my own progress"),
    P("""All my records are the diary pages above and the captain's notebook, which he keeps in
      the tower cupboard. I checked with him that R's mum was happy for me to write about her
      as long as her name is not used."""),
    P("""My performance and what worked well. The best thing was standing back and letting her
      hold the rope on her own earlier than I wanted to. Telling her exactly what went right,
      not just saying "good", made her try it again the same way."""),
    P("""What I learned about myself. I talk too much when I am nervous and I was more nervous
      than R was at the start. I did not know I did that until the captain said it."""),
    P("""What I would do differently. I would ask her mum for a phone number on day one so a
      missed Friday gets a message, not an empty tower and a wasted week."""),
    P("""Skills I still need to work on. Asking questions that are actually open (I still start
      a lot with "did you"), and keeping an eye on how tired someone is without making a fuss
      about it. I will try both when I help with the new learners at the next tower open day."""),
    P("Declaration: this diary is my own work. Isla Brennan, 25 October."),
]

CASE = Case(
    name="s_d202_bellringers_pdf",
    unit="D2.02",
    kind="legacy-questions",
    files=[SourceFile("Isla Brennan D2.02 diary.pdf", BLOCKS)],
    labels={
        "section-1": "to feel OK about saying when she is tired",
        "section-2": "before the adults arrived, so we had the tower to ourselves",
        "q2a": "She stood the bell on her own for the first time",
        "q2b": "he said my feedback was getting much more specific",
        "section-3": "the captain's notebook, which he keeps in the tower cupboard",
        "q3a": "letting her hold the rope on her own earlier",
        "q3b": "I talk too much when I am nervous",
        "q3c": "not an empty tower and a wasted week",
        "q3d": "I still start a lot with \"did you\"",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": None,
        "identifying": [],
        "minutes": 200,
        "sessions": 6,
        "individuals": 1,
        "supervision_minutes": 180,
    },
    about="Young bell ringer's D2.02 diary as a PDF of dated prose entries, durations in words, a did-not-attend week with no review, a phone review, a shadowed Sunday and a planned seventh session excluded; nothing to flag.",
)
