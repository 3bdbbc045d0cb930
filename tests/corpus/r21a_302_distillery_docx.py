"""8587-302 coaching log in Word from a Speyside malt whisky distillery: the two coachees' logs side by side in one table, a row per week and a column per coachee plus a column for her own supervision and tutor contacts; lengths "40 mins", "30 mins", "10:00-11:30", "1hr15", "1 h 20 m", "2½ hours", "45 mins - actually 55, see note 1", "50 mins", "35 mins", "1hr", "90'", "1.25 hrs"; a silent-season week with no session, a coachee off sick and the session moved to the next week, a session cancelled on the day and done by phone the next day, an observed session whose tutor feedback is written in both the coachee's column and the supervision column, a joint session written in both coachees' columns, her own HR workshop "not counted", and a Totals row adding the joint session to both and leaving out the tutor's feedback. Clean.

Fiona McAllister, operations manager at a malt whisky distillery on Speyside, coaches C1, a
stillman who wants to become a shift lead, and C2, a visitor centre guide who wants to run the
tasting programme. Supervision: "1-2-1 with my supervisor" twice, "catch-up with Alasdair
(tutor)" once, his 20-minute feedback after the observed session.

Row by row:
  C1: 7 Jan "40 mins" 40; 14 Jan "10:00-11:30" 90; 21 Jan "1 h 20 m" 80; w/c 27 Jan silent
      season, none; 4 Feb "45 mins - actually 55, see note 1" 55; 11 Feb "1hr15" observed 75;
      18 Feb cancelled on the day, by phone 19 Feb "35 mins" 35; 4 Mar "1hr" 60; 11 Mar "40 mins" 40
      40 + 90 = 130; + 80 = 210; + 55 = 265; + 75 = 340; + 35 = 375; + 60 = 435; + 40 = 475 (8)
  C2: 9 Jan "30 mins" 30; 16 Jan "1hr15" 75; 23 Jan cancelled (sick) 0; 29 Jan "2½ hours" 150;
      6 Feb "50 mins" 50; w/c 10 Feb none; 20 Feb "1hr" 60; 6 Mar "1.25 hrs" 75; 13 Mar "45 mins" 45
      30 + 75 = 105; + 150 = 255; + 50 = 305; + 60 = 365; + 75 = 440; + 45 = 485 (7)
  Joint 26 Feb "90'" in both columns, once: 90 (1)
  475 + 485 = 960; + 90 = 1050 minutes = 17 h 30 in 16 sessions.
  Her Totals row: C1 "9h15" = 555 (45 not 55, plus the joint 90); C2 "9h35" = 575 (plus the
  joint 90); "18h50" = 1130.
Not counted: 3 Mar HR coaching skills workshop ("my own training, not counted").
Supervision: 24 Jan "1.5" 90; 5 Feb "40 mins" 40; 11 Feb tutor feedback "20 mins" 20 (in two
columns, once); 21 Feb "10:00-11:10" 70; 27 Mar only booked. 90 + 40 + 20 + 70 = 220 (her
"3h20" = 200 leaves out the feedback).

Practice truth: 1050 minutes in 16 sessions with two coachees; supervision 220 minutes.
"""

from .case import Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "ILM 8587-302 Undertaking an Extended Period of Coaching - Coaching Log"),
    P("Fiona McAllister, Operations Manager. ILM Level 3 Certificate in Effective Coaching and Mentoring."),
    H(1, "Context and plan"),
    P("""I work at a malt whisky distillery on Speyside: mashing, fermentation, the stillhouse, six
      bonded warehouses and a visitor centre with about 40,000 visitors a year. We are owned by
      a group that also blends for Johnnie Walker and sells a lot of our spirit as fillings, so
      the stillhouse runs 24/7 except in the silent season (late January), when the stills are
      off for maintenance."""),
    P("""My two coachees: C1 is a stillman with six years on the stills who wants to step up to
      shift lead. C2 is a visitor centre guide who wants to run our tasting programme. Plan:
      12 hours between them from January to mid March - about an hour a week each, C1 on
      Tuesdays in the stillhouse bothy at 13:00 (between the shift handover and the afternoon
      charge), C2 on Thursdays in the café at 09:00 before we open. Three-way contracts with the
      Distillery Manager (C1) and the Visitor Centre Manager (C2): what we talk about stays
      between us unless it's a safety or legal issue, managers only get attendance and the
      goals, 24 hours to cancel unless production needs him, notes kept in my locked drawer."""),
    P("""Goals. C1: (1) run the night shift as acting shift lead for a full week by the end of
      March with no spirit-safe cut errors; (2) give a toolbox talk to the whole shift. C2:
      (1) write and deliver a new 45-minute tasting that scores 4.5 or more on visitor feedback;
      (2) train two other guides to deliver it."""),
    H(1, "Log"),
    P("""I kept this as one table so I could see both of them and my own supervision week by
      week. Times are from my diary."""),
    T(
        ["Week", "C1 - stillhouse (Tuesdays)", "C2 - visitor centre (Thursdays)", "Supervision / tutor"],
        ["w/c 6 Jan", "Tue 7th - chemistry, in the bothy, 40 mins. Wary - 'is this a performance thing?' No.",
         "Thu 9th - chemistry in the café before opening, 30 mins. Keen.", "-"],
        ["w/c 13 Jan", "Tue 14th - 3-way contract with the Distillery Manager, 10:00-11:30. Goals set.",
         "Thu 16th - contract with the Visitor Centre Manager, 1hr15. Goals set.", "-"],
        ["w/c 20 Jan", "Tue 21st - 1 h 20 m. GROW on goal 1. Reality: he has never told an older stillman he's wrong.",
         "Thu 23rd - cancelled, C2 off sick. Moved to next week.",
         "Fri 24th - 1-2-1 with my supervisor, 1.5. I'm too quick to suggest options to C1."],
        ["w/c 27 Jan", "Silent season - stills off, C1 on the maintenance crew. No session.",
         "Wed 29th (the one from the 23rd) - 2½ hours. Her tasting script start to finish, she wanted to keep going and so did I.",
         "-"],
        ["w/c 3 Feb", "Tue 4th - 45 mins - actually 55, see note 1. Wheel of life for work: confidence 3/10.",
         "Thu 6th - 50 mins. Ran the new tasting on me. Feedback: too much chemistry, not enough story.",
         "Wed 5th - catch-up with Alasdair (tutor), Teams, 40 mins. Portfolio and contracting."],
        ["w/c 10 Feb", "Tue 11th - 1hr15, observed by Alasdair (tutor). Toolbox talk rehearsal. His feedback to me after, 20 mins.",
         "- (C2 at the Edinburgh trade fair)", "Tutor feedback after the observation, 20 mins (see C1 column)."],
        ["w/c 17 Feb", "Tue 18th - cancelled on the day, two men short on the stills. Did it by phone Wed 19th, 35 mins.",
         "Thu 20th - 1hr. The first real tasting: 4.2. What would make it a 5?",
         "Fri 21st - 1-2-1 with my supervisor, 10:00-11:10. Joint session plan; endings."],
        ["w/c 24 Feb", "Wed 26th - JOINT with C2. Warehouse 4 cask sampling: group coaching on giving each other feedback. 90'.",
         "Wed 26th - joint, same session as C1's (90').", "-"],
        ["w/c 3 Mar", "Tue 4th - 1hr. His week as acting shift lead is booked for the 17th. Scaling 7/10.",
         "Thu 6th - 1.25 hrs. Planning how she trains the other guides.",
         "Mon 3rd - HR's coaching skills workshop for all managers, 3 hrs. My own training, not counted."],
        ["w/c 10 Mar", "Tue 11th - final review, 40 mins, feedback form.",
         "Thu 13th - final review, 45 mins, feedback form.", "Supervision 3 booked for 27 March."],
        ["TOTALS", "9h15 (incl joint)", "9h35 (incl joint)", "3h20"],
    ),
    P("""Note 1: I wrote 45 in my diary but the bothy log book has us in at 13:00 and out at 13:55,
      so it was 55."""),
    P("Total coaching 18h50 - over the 12 hours. Two supervision sessions and a tutorial."),
    H(1, "Short reflection on the log"),
    P("""The side-by-side table helped me see that C2 was getting the longer sessions because the
      café is quiet at 9am, while C1's got squeezed by production. The phone session after the
      cancelled Tuesday was better than I expected - with no stillhouse noise he talked more.
      Alasdair's feedback after the observation was that I ask two questions at once; my
      supervisor said the same in February, so that is my main development point."""),
    P("Declaration: this is my own work. F. McAllister, 17 March."),
]

CASE = Case(
    name="r21a_302_distillery_docx",
    unit="8587-302",
    kind="structured-docx",
    files=[SourceFile("F McAllister 302 coaching log.docx", BLOCKS)],
    labels={},  # practice log only
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        # Clean: Fiona McAllister / F. McAllister is the learner; Alasdair is her tutor; Johnnie Walker
        # (a brand); Distillery Manager, Visitor Centre Manager; Speyside, Edinburgh.
        "identifying": [],
        # C1: 7 Jan "40 mins" 40; 14 Jan "10:00-11:30" 90; 21 Jan "1 h 20 m" 80; w/c 27 Jan none;
        #   4 Feb "45 mins - actually 55, see note 1" 55; 11 Feb "1hr15" observed 75;
        #   18 Feb cancelled on the day, phone 19 Feb "35 mins" 35; 4 Mar "1hr" 60; 11 Mar "40 mins" 40
        #   40 + 90 = 130; + 80 = 210; + 55 = 265; + 75 = 340; + 35 = 375; + 60 = 435; + 40 = 475 (8)
        # C2: 9 Jan "30 mins" 30; 16 Jan "1hr15" 75; 23 Jan cancelled 0; 29 Jan "2½ hours" 150;
        #   6 Feb "50 mins" 50; 20 Feb "1hr" 60; 6 Mar "1.25 hrs" 75; 13 Mar "45 mins" 45
        #   30 + 75 = 105; + 150 = 255; + 50 = 305; + 60 = 365; + 75 = 440; + 45 = 485 (7)
        # Joint 26 Feb "90'" in both columns, once: 90 (1)
        # 475 + 485 = 960; + 90 = 1050. TOTALS row (555 + 575 = 1130) and "18h50": not sessions.
        # Not: 3 Mar HR workshop ("my own training, not counted").
        "minutes": 1050,
        "sessions": 16,
        "individuals": 2,
        # 24 Jan "1.5" 90; 5 Feb "40 mins" 40; 11 Feb tutor feedback "20 mins" 20 (written in two
        # columns, once); 21 Feb "10:00-11:10" 70; 27 Mar booked 0. 90 + 40 = 130; + 20 = 150; + 70 = 220.
        "supervision_minutes": 220,
    },
    about="Speyside whisky distillery operations manager; 302 Word log with both coachees side by side (a column each plus a supervision column), silent-season week, sick cancellation moved, cancelled-on-the-day then phone, tutor feedback written in two columns, joint session in both columns, correction note, Totals row counting the joint twice; clean.",
)
