"""D2.02 supervised mentoring: a 17-year-old cadet sergeant in an air cadet squadron, plain text.

Ellie Marsh is a Cadet Sergeant with 1287 (Kingsbridge) Squadron of the RAF Air Cadets. She
mentors a new 13-year-old cadet she calls "Cadet X", on parade nights (Tuesday and Thursday,
19:00-21:30), with reviews afterwards with the squadron training officer. She typed it in a
text editor: a header block copied from the front of the diary form, the brief's three section
titles typed as plain lines, one paragraph per session and per review, 3a-3d as "a)" "b)"
"c)" "d)" lines with her own headings, a summary table typed with pipes at the end, and the
form's "By submitting..." line with her name.

Traps: session lengths written as "19:15-19:45", "35 mins", "19:30 till 20:00", "40 mins",
"19:20 - 19:50", "30 mins" (after a uniform inspection of about 10 minutes she doesn't count)
and "25 mins"; a week with no parade (the squadron was bag-packing for the Wings Appeal) moved to
the Thursday; a week Cadet X didn't come (school trip) on which the review still happened, 25
minutes; a review cut to 20 minutes; a review done on the phone on the Saturday; a seventh,
extra session with no review; a field day afternoon with Cadet X she says was not a proper
session. Her summary table totals the mentoring right (220 = 3 hrs 40) but her line "Reviews
with Flt Lt Okoro: 6 x 30 mins = 3 hours, plus the one on 8 Oct so about 3 and a half hours"
is wrong: the reviews come to 195. The Section 1 check with her supervisor has no length.

Clean: no planted details. Her own name; "Cadet X"; her supervisor Flight Lieutenant Sam Okoro
named in the header (the form asks) and in the reviews; the squadron number and town, Tesco,
the Wings Appeal, the Duke of Edinburgh's Award, the RAF.

Practice truth:
  Mentoring:
    S1 Tue 10 Sep 19:15-19:45      = 30
    Tue 24 Sep no parade (Wings Appeal), moved to Thu 26 -> nothing
    S2 Tue 17 Sep "35 mins"        = 35
    S3 Thu 26 Sep "19:30 till 20:00" = 30
    S4 Tue 1 Oct  "40 mins"        = 40
    Tue 8 Oct Cadet X didn't come (school trip) -> no session
    S5 Thu 10 Oct 19:20 - 19:50    = 30
    S6 Tue 15 Oct "30 mins" after a uniform inspection "about 10 mins" she doesn't count = 30
    S7 Tue 22 Oct "25 mins" (extra) = 25
    30 + 35 = 65, + 30 = 95, + 40 = 135, + 30 = 165, + 30 = 195, + 25 = 220.
    minutes 220; sessions 7; individuals 1.  Her table total "220 mins = 3 hrs 40" is right.
    Not: the field day on Sat 19 Oct ("most of the afternoon", "not a proper mentoring session").
  Reviews (supervision):
    R1 10 Sep 20:45-21:15 = 30; R2 17 Sep "half an hour" = 30; R3 26 Sep "only 20 mins" = 20;
    R4 1 Oct "30 mins" = 30; 8 Oct review without a session "25 minutes" = 25;
    R5 Sat 12 Oct phone "half an hour" = 30; R6 15 Oct 21:00-21:30 = 30; none after S7.
    30 + 30 = 60, + 20 = 80, + 30 = 110, + 25 = 135, + 30 = 165, + 30 = 195.
    The Section 1 check of the outcomes with Flt Lt Okoro on 5 Sep was "just quickly at the office
    door", no length given: not a timed review, nothing added.
    Her "6 x 30 mins = 3 hours, plus the one on 8 Oct so about 3 and a half hours" rounds every
    review to 30: the reviews held come to 195 (3 hrs 15).
  supervision_minutes 195.
"""

from corpus.case import Case, H, P, SourceFile, T

BLOCKS = [
    P("MENTORING DIARY: D2.02"),
    P("Centre: Kingsbridge College (ILM centre) / 1287 (Kingsbridge) Squadron RAF Air Cadets"),
    P("Candidate name: Ellie Marsh (Cadet Sergeant)"),
    P("Mentee: Cadet X - a new cadet, age 13, joined in July. I've called her Cadet X in this diary so she can't be identified."),
    P("Supervisor: Flight Lieutenant Sam Okoro, squadron training officer"),
    P("Dates: September - October"),

    H(1, "Section 1 - Identify and agree overall outcomes for mentoring sessions"),
    P("""Cadet X joined the squadron in the summer and our Officer Commanding asked if one of the
      NCOs would mentor her because she was finding it hard to fit in and had said to her mum she
      might leave. She is very bright and already knows loads about aircraft but she won't talk in
      front of the flight and she goes bright red if she gets asked a question on parade. I met her
      on Thursday 5 September before parade, in the NCO room with the door open, and we talked about
      what she wanted to get out of it. We agreed three outcomes:"""),
    P("""1. to be able to speak up in the flight without going red, and by the end to answer a
      question in the aircraft recognition quiz in front of everyone"""),
    P("2. to pass her First Class classification exams before Christmas (she was worried about the navigation one)"),
    P("3. to have at least one friend in the flight she can sit with on the minibus"),
    P("""I then checked these with Flt Lt Okoro at the end of parade that night, just quickly at the
      office door, before the first proper session. He said number 3 was a good one but I shouldn't try to make friends
      for her, just help her work out how, and he said to make sure number 1 was her goal and not
      mine. I asked her again on the 10th and she said it was definitely hers."""),

    H(1, "Section 2 - Undertake supervised mentoring"),
    P("""Parade nights are Tuesday and Thursday 7pm till half 9. I did my sessions in the NCO room
      during the second half of the evening when the flight was doing drill or a lesson I didn't need
      to be at, and my reviews with Flt Lt Okoro straight after in the staff office. I ended up
      doing seven sessions because one felt rushed, and there is a table at the bottom adding it all
      up."""),
    P("""Session 1 - Tuesday 10 September - 19:15-19:45. We got to know each other. I told her how I
      nearly left in my first year because I was too shy to march at the front. She said the worst
      thing is being asked questions in the Monday classification lessons because everyone looks at
      her. We agreed she would put her hand up once in the next lesson, only if she knew the answer
      for sure. Action: hand up once."""),
    P("""Review 1 - same night, 20:45-21:15 with Flt Lt Okoro. I said I thought it went OK but I did
      most of the talking. He asked me what she said when I stopped talking and I couldn't really
      remember, which was the point. Next time: ask more, talk less."""),
    P("""Session 2 - Tuesday 17 September - 35 mins. She had put her hand up! Once, and got it right.
      We talked about the navigation exam. She thinks she can't do grid references. I asked her to
      show me one on the OS map and she could, she just panics when someone is watching. Action:
      practise grid references with her dad at home, 5 minutes a night."""),
    P("""Review 2 - half an hour. Flt Lt Okoro asked me why I kept answering for her when she went
      quiet, because he had walked past the door. I hadn't noticed I was doing it. We talked about
      waiting and counting in my head."""),
    P("""Tuesday 24 September - no parade, the whole squadron was bag packing at Tesco for the Wings
      Appeal. We moved the session to the Thursday."""),
    P("""Session 3 - Thursday 26 September - 19:30 till 20:00. Mostly about the minibus and the flight.
      She said she sits on her own because she doesn't know who to sit with. I asked who she talks to
      in lessons and she said one of the other new cadets. Action: ask that cadet if she wants to sit
      together on the trip to the air day. It felt rushed because I got called out to help with the
      radio cabinet key."""),
    P("""Review 3 - Flt Lt Okoro had to leave early for a staff meeting so our review was only 20 mins.
      We talked about how the session got interrupted and that I should ask another NCO to cover me
      next time."""),
    P("""Session 4 - Tuesday 1 October - 40 mins. The best one so far. She sat with the other cadet on
      the minibus and they are friends now. She also did her navigation mock and got 7 out of 10. We
      spent most of the time on speaking in front of people. She said she led the drill squad for the
      first time when the corporal was off and her voice went but she carried on. I asked what she
      would tell another new cadet who was scared of it, and she said 'just shout, nobody cares if
      it's wobbly', which was brilliant. Action: volunteer for one thing in the flight."""),
    P("""Review 4 - 30 mins. I told Flt Lt Okoro about the drill squad and he said the question about
      what she'd tell another cadet was a good one because it let her give herself advice. I learned
      that asking her to imagine someone else works better than asking about her."""),
    P("""Tuesday 8 October - Cadet X didn't come, she was on a school trip to France (she told me the
      week before, I forgot). Flt Lt Okoro said we would still have the review slot, so we had 25
      minutes on how the mentoring was going overall and what to do in session 5."""),
    P("""Session 5 - Thursday 10 October - 19:20 - 19:50. Navigation exam is next week. She was worried.
      We went through what she does when she panics. I used the scale thing Flt Lt Okoro showed me,
      'how worried out of 10', she said 8, and what would make it a 6. She said doing a practice paper
      under a timer. Action: practice paper at home with a timer."""),
    P("""Review 5 - Flt Lt Okoro wasn't at parade on the Thursday so we did it on the phone on the
      Saturday (12 Oct), half an hour. He asked whether I was doing her revision for her. I said no,
      I'm just asking questions, and he said good, because it has to be her pass not mine."""),
    P("""Session 6 - Tuesday 15 October. We did her uniform inspection together first because she
      wanted to get it right for the awards night, that was about 10 mins and I haven't counted it,
      then 30 mins mentoring. She PASSED navigation! 8 out of 10. We looked back at her three outcomes
      and she said 2 and 3 were done and 1 was nearly done. Action: answer a question in the aircraft
      recognition quiz next week."""),
    P("""Review 6 - 21:00-21:30. We talked about ending the mentoring. Flt Lt Okoro said I should ask her
      how she wants it to end rather than just stopping."""),
    P("""Saturday 19 October - field day at the training area. I was with Cadet X's team on the
      navigation exercise for most of the afternoon and we chatted loads, but that wasn't a proper
      mentoring session so I don't count it."""),
    P("""Session 7 - Tuesday 22 October - 25 mins (extra). I asked for one more because session 3 felt
      rushed and we hadn't properly finished. She answered a question in the quiz in front of the
      whole flight (it was a Chinook) and didn't go red, or only a bit. We agreed she can still come
      and find me if she wants to, but the mentoring is finished. No review after this one because
      Flt Lt Okoro was away planning annual camp, so I wrote my own reflection instead."""),

    H(1, "Section 3 - Review own progress"),
    P("""I kept this diary in the back of my cadet notebook during parade and typed it up at the end of
      each week. For each session I wrote the date, how long, what we talked about and the action,
      and for each review what Flt Lt Okoro said."""),
    P("a) My own performance as a mentor and what worked well"),
    P("""I think I was good at making her feel like I'd been in the same position, because I had. The
      things that worked were small actions every week that she could actually do, like putting her
      hand up once, and asking her what she'd tell someone else. I also think keeping to the same
      room and the same time helped because she knew what to expect. What didn't work so well was
      session 3, because I let myself get called away."""),
    P("b) What did I learn about myself?"),
    P("""I learned that I talk a lot when I'm nervous and I fill every gap, which is exactly what I
      was trying to help her stop worrying about. I also learned I'm quite patient when I notice I
      need to be. And that I like helping people more than I like being in charge of them, which
      surprised me because I always wanted to be a sergeant for the being in charge part."""),
    P("c) What might I do differently?"),
    P("""Ask another NCO to cover me so I don't get interrupted. Plan my first question before each
      session. Wait longer after I ask something - count to five. And next time I'd ask the mentee
      how she wants it to end at the start, not at the end."""),
    P("d) What skills do I still need to develop?"),
    P("""Listening without planning what I'm going to say next. Asking open questions without thinking
      about it, I still have to remind myself. Giving feedback that's more than 'well done' - saying
      exactly what she did well. I'm going to work on these when I mentor the next new intake in
      January and for my Duke of Edinburgh's Award gold volunteering."""),

    P("Summary table"),
    T(
        ["No.", "Date", "Mentoring (mins)", "Review"],
        ["1", "10/9", "30", "yes"],
        ["2", "17/9", "35", "yes"],
        ["3", "26/9", "30", "yes"],
        ["4", "1/10", "40", "yes"],
        ["5", "10/10", "30", "yes (phone 12/10)"],
        ["6", "15/10", "30", "yes"],
        ["7", "22/10", "25", "no - wrote my own"],
        ["Total", "", "220 mins = 3 hrs 40", ""],
    ),
    P("""Reviews with Flt Lt Okoro: 6 x 30 mins = 3 hours, plus the one on 8 Oct so about 3 and a half
      hours altogether."""),
    P("By submitting I confirm that this assessment is my own work. Ellie Marsh"),
]

CASE = Case(
    name="zc_a_d202_air_cadets_txt",
    unit="D2.02",
    kind="legacy-questions",
    files=[SourceFile("D2.02 mentoring diary E Marsh.txt", BLOCKS)],
    labels={
        "section-1": "to be able to speak up in the flight without going red",
        "section-2": "I ended up doing seven sessions because one felt rushed",
        "q2a": "she led the drill squad for the first time",
        "q2b": "asked me why I kept answering for her",
        "section-3": "I kept this diary in the back of my cadet notebook",
        "q3a": "small actions every week that she could actually do",
        "q3b": "I talk a lot when I'm nervous and I fill every gap",
        "q3c": "Ask another NCO to cover me so I don't get interrupted",
        "q3d": "Listening without planning what I'm going to say next",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": None,
        "identifying": [],
        # 30 (19:15-19:45) + 35 + 30 (19:30 till 20:00) + 40 + 30 (19:20 - 19:50) + 30 (after a
        # ~10 min inspection not counted) + 25 (extra) = 220; no parade 24 Sep, Cadet X away 8 Oct.
        # Not the field day afternoon.
        "minutes": 220,
        "sessions": 7,
        "individuals": 1,
        # reviews 30 + 30 + 20 (cut short) + 30 + 25 (8 Oct, no session) + 30 (phone) + 30 = 195;
        # none after S7.  Her "6 x 30 mins = 3 hours ... about 3 and a half hours" is not the figure.
        "supervision_minutes": 195,
    },
    about="Air cadet squadron's 17-year-old cadet sergeant; D2.02 as plain text under the brief's section lines: sessions as clock ranges and 'mins', a no-parade week moved, a mentee away with the review still held, a review cut to 20, a phone review, an uncounted inspection, an extra seventh session with no review, a field day not counted, a right mentoring total and a wrong reviews line; clean.",
)
