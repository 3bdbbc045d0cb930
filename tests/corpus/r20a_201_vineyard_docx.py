"""8584-201 mentoring log in Word from a Sussex vineyard: a week-numbered table with Planned and Actual columns ("40 mins", "1hr15", "10:05-10:50", "an hour", "1.5", "45 mins") and a running-total column that goes 10 minutes wrong at the observed session and carries the error into the TOTAL row, a rained-off row moved to the Thursday, a DNA, a chat in the tractor cab she says she is not counting, a 2am frost-alarm phone session only in prose that she counts, and her season's Google Calendar pasted as an agenda (planned slots, a tutor call that overran, a tutorial cancelled by the tutor and one only booked). Planted: the mentee's full name in one calendar line and his first name alone in the reflection.

Claire Ashdown, assistant vineyard manager at a sparkling-wine vineyard in East Sussex,
mentors "T", a Polish vineyard hand taken on permanently after two harvests who wants to be a
crew supervisor. Her log is a Word table, one row per farm week. Actual lengths: "40 mins",
"1hr15", "10:05-10:50", "an hour" (observed by her tutor, with a 15-minute talk after), "1.5"
(hours), "45 mins"; "Rained off" and "DNA" rows carry no time; the 14 May tractor-cab chat
("20 mins") is "not a proper session so not counting it". Her running total jumps from 2:40 to
3:50 at the observed session (should be 3:40) and her TOTAL row says "6 hrs 5 mins"; her
Planned total "7 hrs 15" is the plan. A 9 May 2am frost-alarm call of "half an hour" is only in
her prose and she counts it. The pasted calendar is her plan, not a record: its mentoring slots
are not sessions. Tutor support: a call on 24 April that the calendar shows as 45 minutes but
that "ran to an hour", the 15-minute talk after the observation, a 12 May tutorial cancelled by
the tutor and a 3 June tutorial only booked.

Practice truth: 40 + 75 + 45 + 60 + 90 + 45 + 30 = 385 minutes in 7 sessions with one mentee;
tutor support 60 + 15 = 75 minutes.
"""

from .case import B, Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "ILM Level 2 Award in Effective Mentoring - Unit 201 Developing Mentoring Skills"),
    P("""Claire Ashdown, Assistant Vineyard Manager. 38 acres of Chardonnay, Pinot Noir and Pinot
      Meunier for sparkling, plus a block of Bacchus for the still wine, on the South Downs side
      of East Sussex."""),
    H(1, "1. My mentee and my plan"),
    P("""My mentee is T. He came to us from Poland for two harvests as a seasonal picker and we
      took him on permanently in the winter. He is the best pruner on the team but when I ask
      him to run the crew he hands the job back to me. He wants to be a crew supervisor by next
      harvest. I am calling him T all the way through this log."""),
    P("""Plan: a session every Tuesday at 10:00 from budburst in April to the end of May, about an
      hour each, in the tasting room when it is shut or out in the rows when the job needs it.
      The frost season means I may have to move sessions at short notice (if we have had a frost
      night, nobody is fit for anything on the Tuesday morning), so we agreed that a cancelled
      Tuesday moves to the Thursday of the same week. I put the whole plan in my Google Calendar
      and shared it with him - the printout is at the end of this log."""),
    P("""Goals agreed at the first two sessions: (1) by the end of May T runs a frost night on his
      own using a written checklist (candles, wind machine, the temperature alarms) and I am not
      rung; (2) he leads the four-person tying-down crew for a full week in May and the rows are
      finished on time; (3) he can explain to the crew why we tie down the way we do, in English,
      without looking at me."""),
    H(1, "2. Mentoring log"),
    P("""Weeks are farm weeks (budburst was week 14). Running total is what I had done so far."""),
    T(
        ["Wk", "Date", "Where", "Planned", "Actual", "Running total", "What we did"],
        ["14", "Tue 1 Apr", "Tasting room", "30 mins", "40 mins", "0:40",
         """First meet. What he wants from the season and from me. Ground rules - what stays between
         us, what I would have to tell the vineyard manager (safety only). Plan signed by both."""],
        ["15", "Tue 8 Apr", "Bacchus block, rows 12-20", "1 hr", "1hr15", "1:55",
         """Budburst walk. Frost risk and what a frost night looks like from the inside. Goal 1
         agreed: a frost night on his own with the checklist by the end of May."""],
        ["16", "Tue 15 Apr", "-", "1 hr", "Rained off - moved to Thu", "1:55", "-"],
        ["16", "Thu 17 Apr", "Winery office", "1 hr", "10:05-10:50", "2:40",
         """Drafted the frost checklist together - he wrote it, I asked the questions. Goal 2 agreed:
         lead the tying-down crew for a week in May."""],
        ["17", "Tue 22 Apr", "Pinot Noir block", "1 hr", "an hour", "3:50",
         """OBSERVED by my tutor. T talked me through his crew rota for May and we role-played telling
         an older picker to redo a row. Tutor talked to me for 15 mins after T went back out."""],
        ["18", "Tue 29 Apr", "-", "1 hr", "DNA", "3:50",
         "He was off sick and didn't text. Spoke on the Wednesday - fine, just forgot."],
        ["19", "Tue 6 May", "Chardonnay block then office", "1 hr", "1.5", "5:20",
         """His first week running the crew. What went well, what didn't. He gave himself 6/10, I
         asked him what a 7 would have looked like."""],
        ["20", "Wed 14 May", "Tractor cab", "-", "20 mins", "5:20",
         "Chat while I was spraying. Not a proper session so not counting it."],
        ["21", "Tue 20 May", "Tasting room", "45 mins", "45 mins", "6:05",
         "Review of all three goals, his feedback form, what he works on over the summer."],
        ["", "TOTAL", "", "7 hrs 15", "6 hrs 5 mins", "", ""],
    ),
    P("""One more that is not in the table because I typed the table up on the Tuesdays: at 2am on
      Friday 9 May the frost alarm went off and T rang me from the top of the Pinot block. I
      didn't go out. We talked it through on the phone for half an hour with him reading the
      checklist to me and deciding himself when to light the candles. I am counting this as a
      mentoring session because it was exactly goal 1 - it was the most useful half hour of the
      whole thing. So in all I have 6 hours 35 minutes."""),
    H(1, "3. Tutor support"),
    B("""Thu 24 April - call with my ILM tutor about the observation. The calendar says 45 mins but
      it ran to an hour because we went through my plan for the last three sessions."""),
    B("""Tue 22 April - after the observed session my tutor gave me feedback for 15 minutes (see the
      log). Good open questions, but I filled the silences."""),
    B("Mon 12 May - tutorial cancelled by my tutor (ill). We didn't rearrange it."),
    B("Tue 3 June - tutorial booked to check the portfolio before I hand it in."),
    H(1, "4. Feedback from T"),
    P("""On his feedback form T wrote that the checklist was "his" and not mine, and that the role
      play about the older picker was hard but the thing he used most. He would like the
      sessions to carry on in the winter for pruning, when he will have a crew of eight."""),
    H(1, "5. Looking back"),
    P("""Clutterbuck says a mentor helps someone make significant transitions, and that is what
      this was: T moving from being one of the crew to running it. I think I got the balance of
      telling and asking wrong at the start. In the first two sessions I explained frost
      protection because I love talking about it; from week 16 I made him write the checklist
      and I only asked questions, and that is when it started to be his. Tomasz said the night of
      the frost alarm was the first time he felt like a supervisor, because I didn't come out."""),
    P("""The tractor-cab chat on 14 May was useful but it wasn't mentoring - I was driving and he
      was talking at the back of my head. I have left it out. Things I will do differently next
      time: book the sessions around the frost forecast instead of on a fixed day, and keep the
      log on my phone so a 2am phone call gets written down that night. I also want to read the
      Plumpton College mentoring notes my tutor sent about giving feedback to people working in
      a second language."""),
    H(1, "6. My Google Calendar for the season (printed)"),
    P("Agenda view, 1 April - 3 June, calendar 'Vineyard - Claire'."),
    B("Tue 1 Apr · 10:00 – 10:30 · Mentoring – Tomasz Nowak · Tasting room"),
    B("Tue 8 Apr · 10:00 – 11:00 · Mentoring T · Bacchus block"),
    B("Tue 15 Apr · 10:00 – 11:00 · Mentoring T"),
    B("Thu 17 Apr · 10:00 – 11:00 · Mentoring T (moved from Tue)"),
    B("Tue 22 Apr · 10:00 – 11:00 · Mentoring T – TUTOR OBSERVING"),
    B("Thu 24 Apr · 16:00 – 16:45 · Call with ILM tutor"),
    B("Tue 29 Apr · 10:00 – 11:00 · Mentoring T"),
    B("Tue 6 May · 10:00 – 11:00 · Mentoring T"),
    B("Mon 12 May · 14:00 – 15:00 · Tutorial (ILM) – cancelled"),
    B("Tue 13 May · 10:00 – 11:00 · Mentoring T – no, tying-down week, skip"),
    B("Tue 20 May · 10:00 – 10:45 · Mentoring T – final"),
    B("Tue 3 Jun · 16:00 – 16:45 · Tutorial – portfolio check"),
    P("""Declaration: I confirm that this log and the work in it are my own. Claire Ashdown, 27 May."""),
]

CASE = Case(
    name="r20a_201_vineyard_docx",
    unit="8584-201",
    kind="structured-docx",
    files=[SourceFile("C Ashdown 201 mentoring log.docx", BLOCKS)],
    labels={},  # practice log only
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        # The mentee's full name in the first calendar line; his first name alone in the reflection.
        # Clean otherwise: Claire Ashdown is the learner; grape varieties (Chardonnay, Pinot Noir,
        # Pinot Meunier, Bacchus), Clutterbuck (theorist), Plumpton College, South Downs, East Sussex.
        "identifying": ["Tomasz Nowak", "Tomasz"],
        # Actual column:
        #   wk14 Tue 1 Apr "40 mins" 40 (first meet, counts)
        #   wk15 Tue 8 Apr "1hr15" 75
        #   wk16 Tue 15 Apr "Rained off - moved to Thu" 0
        #   wk16 Thu 17 Apr "10:05-10:50" 45
        #   wk17 Tue 22 Apr "an hour" 60 (observed by the tutor, still her session)
        #   wk18 Tue 29 Apr "DNA" 0
        #   wk19 Tue 6 May "1.5" (hours) 90
        #   wk20 Wed 14 May "20 mins" tractor cab: "not counting it" -> 0
        #   wk21 Tue 20 May "45 mins" 45
        #   40 + 75 = 115; + 45 = 160; + 60 = 220; + 90 = 310; + 45 = 355 (6 sessions).
        #   Her running total: 0:40, 1:55, 2:40, then 3:50 (should be 3:40), 5:20, 6:05: 10 minutes
        #   high from wk17 on; TOTAL "6 hrs 5 mins" = 365. Planned total "7 hrs 15" = 30 + 6 x 60 + 45 = 435.
        # Prose only: Fri 9 May 2am frost-alarm phone call "half an hour", "I am counting this": 30.
        #   355 + 30 = 385 = 6 h 25 (her "6 hours 35 minutes" is her 365 + 30).
        # Calendar printout: planned slots (10:00 – 11:00 etc.), not sessions; 13 May skipped.
        "minutes": 385,
        "sessions": 7,
        "individuals": 1,  # T (Tomasz Nowak)
        # 24 Apr call "ran to an hour" 60 (not the calendar's 45); 22 Apr tutor feedback "15 minutes" 15;
        # 12 May cancelled; 3 Jun booked. 60 + 15 = 75.
        "supervision_minutes": 75,
    },
    about="Sussex vineyard assistant manager; 201 Word log with Planned/Actual and a running total 10 minutes out from the observed session, rained-off row moved, DNA, a tractor-cab chat not counted, a 2am phone session only in prose, a pasted Google Calendar agenda of planned slots and tutorials (overran, cancelled, booked); mentee's full and first name planted.",
)
