"""D2.02 supervised mentoring: a 16-year-old junior sculler at a rowing club, mentee replaced, DOCX.

Hannah Oduya is 16 and rows in the J16 squad at Wyebridge Rowing Club. As part of the club's
junior leadership programme she is doing the ILM Level 2 Award in Mentoring for Young Learners
through the sixth form college. She mentors a new 12-year-old junior, "Rower B", on Saturdays
after the morning outing, with a review afterwards with the Junior Head Coach. After two sessions
Rower B breaks her wrist and her parents decide she will stop rowing; the supervisor agrees a
replacement, "Rower C", a 13-year-old, as the brief's note allows, and Hannah does five sessions
with him. She wrote it in Word: a details table copied from the diary form, the three section
headings as Word headings, a short record table for each session with its review written under
it, Section 3 under her own sub-headings, a summary table at the end and the "By submitting"
line with her name.

Traps: session lengths as "11:30–12:00", "35 mins", "11:30–12:05", "30 mins", "11:40–12:10",
"40 mins"; the Section 1 outcomes meeting with Rower B ("about 20 minutes") and the new outcomes
meeting with Rower C ("15 mins") she says are not among her sessions; the Section 1 check with
her supervisor, 15 minutes, which is supervision; 28 September no session (Rower B has stopped)
but a 20-minute review about the replacement; a review done by video call on the Sunday (25
mins) because the coach was away at a head race; a half-term erg session with Rower C and two
other juniors she calls coaching, not mentoring; a last review cut to 15 minutes. Her summary
table lists the 5 October outcomes meeting as "15 (not counted)" and then adds it into her total
anyway: "245 mins (4 hrs 5)" is 15 too high. Her reviews total, 225 (3 hrs 45), is right.

Clean: no planted details. Her own name; Rower B and Rower C throughout; her supervisor Mark
Feeney, Junior Head Coach (the form asks, and in the reviews); the club, the college, British
Rowing, the River Wye.

Declaration: "By submitting I confirm that this assessment is my own work – Hannah Oduya": True.
Evidence matrix: not expected for D2.02: None.

Practice truth:
  Mentoring:
    Sat 7 Sep outcomes meeting with Rower B, "about 20 minutes", not one of her sessions -> no
    S1 Sat 14 Sep Rower B 11:30-12:00          = 30
    S2 Sat 21 Sep Rower B "35 mins"            = 35
    Sat 28 Sep no session (Rower B stopped)    -> no
    Sat 5 Oct outcomes meeting with Rower C "15 mins", "not counted" -> no
    S3 Sat 12 Oct Rower C 11:30-12:05          = 35
    S4 Sat 19 Oct Rower C "30 mins"            = 30
    Sat 26 Oct half-term erg session, Rower C + two others, "coaching, not mentoring" -> no
    S5 Sat 2 Nov Rower C 11:40-12:10           = 30
    S6 Sat 9 Nov Rower C "40 mins"             = 40
    S7 Sat 16 Nov Rower C "30 mins"            = 30
    30 + 35 = 65, + 35 = 100, + 30 = 130, + 30 = 160, + 40 = 200, + 30 = 230.
    minutes 230; sessions 7; individuals 2 (Rower B, Rower C).
    Her table total 245 adds the 5 Oct "15 (not counted)".
  Supervision (reviews and the Section 1 check with Mark Feeney):
    Wed 11 Sep outcomes check "15 minutes" = 15; S1 review 12:15-12:45 = 30; S2 review "half an
    hour" = 30; Sat 28 Sep review about the replacement "20 mins" = 20; S3 review "30 minutes" = 30;
    S4 review by video Sun 20 Oct "25 mins" = 25; S5 review 12:20-12:50 = 30; S6 review "30 mins"
    = 30; S7 review "15 mins" = 15.
    15 + 30 = 45, + 30 = 75, + 20 = 95, + 30 = 125, + 25 = 150, + 30 = 180, + 30 = 210, + 15 = 225.
  supervision_minutes 225 (her "225 mins (3 hrs 45)" is right).
"""

from corpus.case import Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "Mentoring Diary: D2.02"),
    T(
        ["Centre name", "Wyebridge Sixth Form College"],
        ["Candidate name", "Hannah Oduya"],
        ["Organisation", "Wyebridge Rowing Club – junior section"],
        ["Mentee", "Rower B (Sept), then Rower C (Oct–Nov) – see Section 2"],
        ["Supervisor", "Mark Feeney, Junior Head Coach"],
    ),
    H(1, "Section 1 - Identify and agree overall outcomes for mentoring sessions"),
    P("""The club asked the J16s on the leadership programme to each mentor one of the new juniors
      who joined after the summer Learn to Row course, because a lot of them give up by Christmas.
      I was paired with Rower B, who is 12. On Saturday 7 September after the outing I sat with her
      and her mum in the clubhouse for about 20 minutes and we talked about what she wanted. I
      haven't counted this as one of my sessions because it was just agreeing the outcomes. We
      agreed three:"""),
    P("""1. to scull a single on her own to the bridge and back before the clocks change, without
      anyone in the launch next to her"""),
    P("2. to do the capsize drill in the pool session so she stops being scared of falling in"),
    P("3. to come every Saturday until Christmas"),
    P("""On Wednesday 11 September at land training I went through them with Mark in the coaches'
      office, which took 15 minutes. He said number 1 might be too much by October because the
      river comes up in autumn, and to make it 'to the bridge and back if the river is on green'.
      He also said number 3 was her mum's outcome more than hers, so at the first session I asked
      her and she said she wanted to keep it."""),
    P("""When Rower B stopped (see below) I had new outcomes with Rower C on 5 October: to get a seat
      in the J14 quad for the Christmas head race, to stop getting angry with himself when he
      catches a crab, and to learn the calls so he can cox the younger ones. Mark agreed these the
      same morning."""),

    H(1, "Section 2 - Undertake supervised mentoring"),
    P("""My sessions were on Saturdays after the junior outing, in the clubhouse upstairs with the
      door open, and my review with Mark was straight after while the boats were being washed down.
      Rower B stopped rowing after two sessions, so I did five more with Rower C, seven in all.
      Each session has a record and then what Mark and I talked about."""),
    T(
        ["Session 1", "Saturday 14 September, 11:30–12:00"],
        ["Mentee", "Rower B"],
        ["Main issues", "Getting to know each other. She is scared of the single because she's seen people fall in off the pontoon."],
        ["Outcome", "She said the scary bit is the first two strokes off the landing stage, not the rowing."],
        ["Action", "Ask Mark to be on the landing stage next week when she pushes off."],
    ),
    P("""Review 12:15–12:45. I told Mark I'd mostly asked yes/no questions because she was shy. He
      showed me how to turn 'do you like rowing?' into 'what's the best bit of a Saturday?' and we
      practised a few. He also said it was good that I found out the scary bit was the push-off."""),
    T(
        ["Session 2", "Saturday 21 September, 35 mins"],
        ["Mentee", "Rower B"],
        ["Main issues", "She went out in the single for the first time with Mark on the stage. She got to the boathouse bend and back."],
        ["Outcome", "We watched the video her mum took and she spotted her own hands were too low."],
        ["Action", "Capsize drill at the pool next month."],
    ),
    P("""Review – half an hour. Mark said it was a really good session because she noticed her own
      mistake and I didn't tell her. I said it felt weird not correcting her when I could see it.
      He said that's the difference between mentoring and coaching and I should hang on to that."""),
    P("""Tuesday 24 September Rower B fell off her bike and broke her wrist. Her mum messaged the
      club and then told Mark the following week that she wasn't going to carry on rowing. So
      there was no session on Saturday 28 September. Mark and I still had our review time, 20 mins,
      and we talked about whether I should wait for her or have a new mentee. He said the brief
      lets you have a replacement if the mentee can't continue and suggested Rower C, who had said
      he wanted someone to talk to about the quad selection."""),
    T(
        ["Session 3", "Saturday 12 October, 11:30–12:05"],
        ["Mentee", "Rower C"],
        ["Main issues", "I'd met him on 5 Oct for 15 mins to agree outcomes (not counted). This was the first proper one. He thinks the coaches have already picked the quad."],
        ["Outcome", "He doesn't actually know how selection works, so he's guessing."],
        ["Action", "Ask Mark how the quad is picked, himself, not through me."],
    ),
    P("""Review 30 minutes. Mark asked what I'd have done if Rower C had got upset about selection.
      I said I didn't know, and we talked about just letting him say it and not trying to fix it.
      Mark also said it was right that Rower C should ask him himself."""),
    T(
        ["Session 4", "Saturday 19 October, 30 mins"],
        ["Mentee", "Rower C"],
        ["Main issues", "He asked Mark about selection. It's on ergs and seat racing in November. He crabbed twice in the outing and threw his hat in the river."],
        ["Outcome", "He said he gets angry because everyone can see. We talked about what he does after a crab and what he could do instead."],
        ["Action", "Have one word to say to himself after a crab (he chose 'next')."],
    ),
    P("""Review – Mark was away at a head race with the senior squad, so we did it on a video call on
      Sunday 20 October, 25 mins. He said I did well not to laugh about the hat. I said I nearly
      did."""),
    P("""Saturday 26 October was half term and I ran an erg session for Rower C and two other J14s
      on technique. That was coaching the group, not mentoring, so it's not one of my sessions."""),
    T(
        ["Session 5", "Saturday 2 November, 11:40–12:10"],
        ["Mentee", "Rower C"],
        ["Main issues", "Erg test next week. He's worried his 2k time isn't good enough."],
        ["Outcome", "We split the 2k into four 500s and he set a target split for each one."],
        ["Action", "Practise the first 500 at the target split twice this week."],
    ),
    P("""Review 12:20–12:50. Mark said I was talking more than Rower C for the first ten minutes. We
      counted it on the recording on my phone (Rower C said I could record it) and he was right. We
      agreed I would ask one question and then wait."""),
    T(
        ["Session 6", "Saturday 9 November, 40 mins"],
        ["Mentee", "Rower C"],
        ["Main issues", "He hit his target 2k and got into the seat racing. He's learned six calls."],
        ["Outcome", "He coxed the J12s for ten minutes on Thursday and said it was 'terrifying but fine'."],
        ["Action", "Cox one more outing before the head race."],
    ),
    P("Review 30 mins. We talked about how to end the mentoring properly next week."),
    T(
        ["Session 7", "Saturday 16 November, 30 mins"],
        ["Mentee", "Rower C"],
        ["Main issues", "He got the 3 seat in the quad. We looked back at his three outcomes – all three done or nearly."],
        ["Outcome", "Agreed to finish, and he can still find me on Saturdays."],
        ["Action", "Race the Christmas head."],
    ),
    P("""Review 15 mins – Mark had to go and lock the boathouse because the river was rising. He said
      to write Section 3 while it's fresh."""),

    H(1, "Section 3 - Review own progress"),
    P("""I wrote up each session on my phone in the changing room straight after, then put it into
      this document the same evening, so the records are from the day not from memory."""),
    P("What worked well"),
    P("""I think the best thing I did was the video in session 2, because Rower B saw her own
      mistake and it meant more than me saying it. With Rower C, breaking the 2k into 500s worked
      because it made a scary thing smaller. Keeping it at the same time and place every week
      helped too, and having the review straight after while I still remembered everything."""),
    P("What I learned about myself"),
    P("""I talk a lot, especially when it's quiet, which Mark proved with the recording. I also found
      out I get impatient when someone doesn't try, which I didn't expect, because it happened with
      Rower C in session 4 when he said he 'wasn't bothered' about the quad and I nearly told him
      off. And I was more upset than I thought when Rower B stopped."""),
    P("What I would do differently"),
    P("""Next time I would ask my mentee what they want to talk about first instead of having my
      list ready. I'd also meet the parent at the start, because Rower B's mum knew she was
      thinking of stopping before I did."""),
    P("Skills I still need"),
    P("""Waiting after a question. Asking open questions without planning them. And how to give
      feedback without it sounding like coaching, because at a rowing club everyone is always
      telling juniors what to fix and I don't want to be another person doing that."""),

    P("Summary"),
    T(
        ["No.", "Date", "Mentee", "Mentoring (mins)", "Review with Mark (mins)"],
        ["–", "Wed 11 Sep", "–", "–", "15 (outcomes check)"],
        ["1", "Sat 14 Sep", "Rower B", "30", "30"],
        ["2", "Sat 21 Sep", "Rower B", "35", "30"],
        ["–", "Sat 28 Sep", "(Rower B stopped)", "–", "20"],
        ["–", "Sat 5 Oct", "Rower C", "15 (outcomes – not counted)", "–"],
        ["3", "Sat 12 Oct", "Rower C", "35", "30"],
        ["4", "Sat 19 Oct", "Rower C", "30", "25 (video, Sun)"],
        ["5", "Sat 2 Nov", "Rower C", "30", "30"],
        ["6", "Sat 9 Nov", "Rower C", "40", "30"],
        ["7", "Sat 16 Nov", "Rower C", "30", "15"],
        ["Total", "", "", "245 mins (4 hrs 5)", "225 mins (3 hrs 45)"],
    ),
    P("By submitting I confirm that this assessment is my own work – Hannah Oduya"),
]

CASE = Case(
    name="ze_a_d202_rowing_club_docx",
    unit="D2.02",
    kind="legacy-questions",
    files=[SourceFile("Hannah Oduya D2.02 diary.docx", BLOCKS)],
    labels={
        "section-1": "to scull a single on her own to the bridge",
        "section-2": "Rower B stopped rowing after two sessions",
        "q2a": "she spotted her own hands were too low",
        "q2b": "that's the difference between mentoring and coaching",
        "section-3": "I wrote up each session on my phone in the changing room",
        "q3a": "the best thing I did was the video",
        "q3b": "I get impatient when someone doesn't try",
        "q3c": "ask my mentee what they want to talk about first",
        "q3d": "how to give feedback without it sounding like coaching",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": None,
        "identifying": [],
        # Rower B: 30 (11:30-12:00) + 35 = 65; Rower C: 35 (11:30-12:05) + 30 + 30 (11:40-12:10) + 40
        # + 30 = 165; 65 + 165 = 230.  Not the two outcomes meetings (she doesn't count them), 28 Sep
        # (no session), the half-term erg group.  Her table's 245 adds the 5 Oct "15 (not counted)".
        "minutes": 230,
        "sessions": 7,
        "individuals": 2,
        # 15 (11 Sep outcomes check) + 30 + 30 + 20 (28 Sep, no session) + 30 + 25 (video) + 30 + 30
        # + 15 (cut short) = 225.
        "supervision_minutes": 225,
    },
    about="Junior sculler at a rowing club; D2.02 in Word with a record table per session and reviews below, a mentee who stops after two sessions and a replacement agreed with the supervisor, outcomes meetings she doesn't count, a review with no session, a video review, a group erg session called coaching, a summary total that adds a row marked not counted; clean.",
)
