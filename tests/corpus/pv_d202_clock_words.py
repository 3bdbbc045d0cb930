"""D2.02 supervised mentoring: a prison reading mentor's diary, times as spoken clock words.

A serving prisoner who signs only as learner 4471 is a peer mentor on a reading
scheme, teaching three men on his wing to read (D, K and M). His diary is a heading per day
and a few sentences under it, and he gives every session as the clock times he would say out
loud: "from ten to two until half past two", "quarter to ten till half past ten", "9.15 until
10 o'clock", "1.30 to 2.45", "2 till 3". One session lost ten minutes to a roll check and he
says how long they actually worked; a lockdown cancels one, court another; he watches another
mentor and says he has not counted it; two men share a session when only one room is free;
his coordinator observes one session and gives feedback after; the last entry is next week's
plan.

Practice truth: 40 + 45 + 40 + 60 + 45 + 75 + 40 + 60 + 45 = 450 minutes in nine sessions
with three mentees; supervision and tutorial 60 + 60 + 15 = 135 minutes in three.
"""

from .case import Case, H, P, SourceFile

DAYS = [
    ("Monday 6th January", """First session with D, in the education block library, from ten to two
      until half past two. He knows most of his letters but gets stuck on blends. We agreed we'd
      meet Mondays and Fridays if the regime lets us."""),
    ("Wednesday 8th January", """Supervision with Mrs Hale, the scheme coordinator, quarter past ten
      till quarter past eleven. We went over how to keep the sessions confidential on the wing,
      because everyone knows who goes to the library."""),
    ("Friday 10th January", """Started with K, 9.15 until 10 o'clock. K is older than me and was
      embarrassed to be there, so we mostly talked and did one page."""),
    ("Monday 13th January", """D again, half one to twenty past two, but there was a roll check in
      the middle and we lost ten minutes, so we actually worked for 40 minutes."""),
    ("Wednesday 15th January", """K's session was cancelled. The wing was on lockdown all morning."""),
    ("Friday 17th January", """K, 2 till 3 in the afternoon instead. Best one so far, he read a whole
      page out loud without stopping."""),
    ("Monday 20th January", """No session with D, he was taken to court for the day."""),
    ("Tuesday 21st January", """I sat in and watched another mentor, who has been doing it for two years, run a
      session with his learner, about half an hour, to pick up tips. That was his mentoring not
      mine so I haven't counted it."""),
    ("Thursday 23rd January", """Started with M, my third learner, quarter to ten till half past ten.
      M can read a bit but never learnt properly and guesses a lot."""),
    ("Monday 27th January", """D, 1.30 to 2.45. Long one because the officer forgot to call
      movement and we kept going. He finished the first book."""),
    ("Wednesday 29th January", """Tutorial with my ILM tutor, Mr Adeyemi, who comes in on Wednesdays.
      An hour, going through what I need to write for the unit and how to do my reflection."""),
    ("Friday 31st January", """K and M together, because the officer would only open one room.
      Twenty past nine to ten. It worked better than I thought, they helped each other."""),
    ("Monday 3rd February", """D, quarter to two to quarter to three, and Mrs Hale sat in to observe
      me for my qualification."""),
    ("Monday 3rd February (after)", """Mrs Hale gave me feedback straight after the observation,
      about fifteen minutes. She said I need to let D get it wrong before I jump in."""),
    ("Wednesday 5th February", """M on his own, ten past nine to five to ten. He's stopped guessing
      so much, he sounds words out now."""),
    ("Friday 7th February", """Nothing today, I was on a visit. Next week: D on Monday at 1.30 and K
      on Wednesday if the regime allows."""),
]

BLOCKS = [
    H(0, "D2.02 Undertaking supervised mentoring - my mentoring diary"),
    P("Learner number 4471, peer mentor, reading scheme, education department"),
    P("""I declare that this diary is my own work and that everything in it happened as I have
      written it. The three men I mentor are written as D, K and M so nobody can be identified."""),
    H(1, "About my mentoring"),
    P("""I am a peer mentor on the reading scheme. Men on the wing who want to learn to read are
      matched with a mentor, and we meet in the education block library when the regime allows,
      usually for under an hour. I was trained in December and started with D in January, then
      K, then M. Mrs Hale, the scheme coordinator, supervises all the mentors and Mr Adeyemi is my
      ILM tutor. I have written the times the way I looked at the library clock."""),
    H(1, "Diary"),
]
for day, text in DAYS:
    BLOCKS += [H(2, day), P(text)]
BLOCKS += [
    H(1, "What I have learnt"),
    P("""The main thing is patience. When I started I wanted D to get it right so much that I said
      the word for him. Mrs Hale picked that up in the observation and now I count to five in my
      head before I help. It is hard, but D gets more words himself now."""),
    P("""The second thing is that the sessions are not just about reading. K needed to trust me
      before he would read in front of me, and the first session was nearly all talking. I used
      to think that was wasted time but it was the most important session we had."""),
    P("""Mentoring in here is always at the mercy of the regime: lockdowns, court, visits and roll
      checks all get in the way. I have learnt to keep a plan for each man so that when we do get
      time we use it, and not to take it personally when a session doesn't happen."""),
]

CASE = Case(
    name="pv_d202_clock_words",
    unit="D2.02",
    kind="structured-docx",
    files=[SourceFile("4471-d202-diary.docx", BLOCKS)],
    labels={},  # a practice log only: its figures are measured, not the evidence finder
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        "identifying": [],
        # D 40 (6 Jan, 13:50-14:30) + 40 (13 Jan, worked 40 after the roll check) + 75 (27 Jan)
        # + 60 (3 Feb, observed) = 215; K 45 (10 Jan) + 60 (17 Jan) = 105; M 45 (23 Jan)
        # + 45 (5 Feb, 9:10-9:55) = 90; K and M together 40 (31 Jan, 9:20-10:00);
        # 215 + 105 + 90 + 40 = 450. Not the lockdown, court, watching another mentor, or next week.
        "minutes": 450,
        "sessions": 9,  # D 4 + K 2 + M 2 + the joint K and M session 1
        "individuals": 3,  # D, K, M
        # Mrs Hale supervision 60 (8 Jan) + tutorial 60 (29 Jan) + observation feedback 15 (3 Feb) = 135
        "supervision_minutes": 135,
    },
    about="Prison peer reading mentor; a heading per day, session times as spoken clock words ('ten to two until half past two'), a roll check, lockdown, court, a shared session, observation feedback.",
)
