"""MD36 diary in Markdown: a canal charity's waterway supervisor, monthly log tables with planned and actual, a running total that slips by an hour, a mentee who leaves after two sessions and her replacement, group sessions, and a phone session in prose only.

Gwen Latimer, waterway operations supervisor for a canal and river charity in the West
Midlands, mentors the team leaders of her lock-keeping and towpath crews, as "A", "B", "C"
and later "D". She types her diary in Markdown. Each month is its own table: Date | Mentee |
Planned | Actual | What we covered | Running total (h:mm), with a subtotal row under each
month and a TOTAL row at the end. The Actual column mixes "1h20", "50 mins", "90 mins",
"1.25 hrs", "1h 40", "10:00-11:45", "an hour and a half", "1.75 hrs", "2 hours", "95 mins".

Tricky: C leaves the charity after two sessions (an email, no session) and D takes her place;
three group sessions with A, B and D (one length each, counted once; one observed by her
tutor, with a 20-minute debrief that is supervision); a DNA and a no-show each followed by a
rearranged session; a cancelled row; a half-hour "chemistry chat" with D that she says she is
not counting; a three-way review run by A's line manager that she says is not counted; a
final review with D only booked for January. Her running total goes wrong on 15/10 (17:35
written 18:35) and carries the extra hour to the end, so her TOTAL row (42h 00) and her
summary (42 hours 40 minutes) are an hour high, while her monthly subtotals are right. A
40-minute phone session with A on 19 December is only in her prose and she counts it.
Supervision and tutorials are a table in the tutorial section; the third tutorial is booked.

Practice truth: Sep 560 + Oct 905 + Nov 610 + Dec 385 + phone 40 = 2500 minutes (41 h 40) in
27 sessions with four mentees (A, B, C, D); supervision 60 + 45 + 90 + 20 + 75 = 290.
"""

from .case import Case, H, P, SourceFile, T

HEADER = ["Date", "Mentee", "Planned", "Actual", "What we covered", "Running total"]

BLOCKS = [
    H(1, "MD36 Workplace Mentoring Diary"),
    P("Gwen Latimer – Waterway Operations Supervisor – canal and river charity, West Midlands – September to December 2024"),
    P("""My mentees are the team leaders of our lock-keeping and towpath crews. I have called them
      A, B, C and D in this diary, in the order I started with them, so nobody can be identified."""),

    H(2, "Planning and organising mentoring sessions"),
    P("""I planned for about 40 hours so that a stoppage or a flood week would not leave me short
      of 36. Each mentee gets a one to one roughly every fortnight, an hour to an hour and a half,
      in the meeting room at the depot (the lock cottage office is too cramped and the public walk
      past the window), plus a group session each month for all of them, because the crews keep
      handing problems over to each other at shift change. I put the Planned column in my tables
      so I could see how far we drifted from the plan; the Actual column is what really happened."""),
    P("""Contracting: each mentee signed our one-page agreement at their first session – fortnightly
      meetings, confidential except for safety or safeguarding, either of us can rearrange with a
      day's notice, and the sessions are nothing to do with their appraisal. Goals were agreed in
      the first or second session and written at the top of each mentee's page in my notebook."""),

    H(2, "Undertake mentoring sessions"),
    H(3, "Log – September"),
    T(
        HEADER,
        ["03/09", "A", "1h", "1h20", "Contracting, agreement signed. Goal: run the winter stoppage briefing herself", "1:20"],
        ["05/09", "B", "1h", "1h", "Contracting. Goal: get his volunteers signing the lock log every shift", "2:20"],
        ["10/09", "C", "1h", "50 mins", "Contracting. Goal: plan the towpath vegetation programme", "3:10"],
        ["17/09", "A", "1.5h", "90 mins", "Strengths questionnaire, talked through the results", "4:40"],
        ["19/09", "B", "1.5h", "DNA", "Stoppage at the bottom lock – he rang me at 9.40", "4:40"],
        ["20/09", "B", "(rearranged from 19th)", "1.25 hrs", "Volunteer rota and the lock log", "5:55"],
        ["24/09", "C", "1.5h", "1h 40", "Contractor meeting she dreads – role play", "7:35"],
        ["26/09", "A", "1.5h", "10:00-11:45", "Drafted her stoppage briefing", "9:20"],
        ["", "September subtotal", "", "9h 20", "7 sessions", "9:20"],
    ),
    H(3, "Log – October"),
    T(
        HEADER,
        ["01/10", "C", "–", "–", "Email from C: she has a permanent job with another employer and leaves on 11/10. We ended the mentoring by email. No session", "9:20"],
        ["01/10", "B", "1.5h", "an hour and a half", "Feedback from two volunteers; what he does with it", "10:50"],
        ["03/10", "A", "1.5h", "1.5 hrs", "Rehearsed the briefing", "12:20"],
        ["04/10", "D", "–", "half an hour", "Chemistry chat with D over a brew in the mess room – informal, not counting it", "–"],
        ["08/10", "D", "1h", "1h10", "Contracting with D (took over C's crew). Goal: manage his first winter works", "13:30"],
        ["10/10", "A, B, D (group)", "2h", "13:30-15:45", "Group: handover at shift change – what each crew needs from the others", "15:45"],
        ["15/10", "B", "1.5h", "1h 50", "The volunteer who ignores him", "18:35"],
        ["17/10", "D", "1.5h", "CANCELLED", "Both called out to a breach on the embankment", "18:35"],
        ["22/10", "A", "1.5h", "2 hours", "She ran the briefing – went through what happened", "20:35"],
        ["24/10", "D", "1.5h", "95 mins", "Skills self-assessment, winter works plan", "22:10"],
        ["29/10", "B", "1.5h", "1h 30", "Lock log signed every shift for 3 weeks – goal 1 met", "23:40"],
        ["31/10", "D", "1.5h", "1.75 hrs", "Method statement for the lock gate replacement", "25:25"],
        ["", "October subtotal", "", "15h 05", "9 sessions", "25:25"],
    ),
    H(3, "Log – November"),
    T(
        HEADER,
        ["05/11", "A", "1.5h", "1h15", "Second goal: chairing the crew meeting", "26:40"],
        ["07/11", "B", "1.5h", "90 mins", "His second goal – delegating the weed boat", "28:10"],
        ["12/11", "D", "1.5h", "2h", "First week of winter works, what went wrong", "30:10"],
        ["14/11", "A, B, D (group)", "2h", "10:00-12:20", "Group: winter works safety – observed by my tutor", "32:30"],
        ["19/11", "A", "–", "1h", "3-way review with A and her line manager (area ops manager). Her manager ran it, I was there to support A. Not counted", "32:30"],
        ["21/11", "B", "1.5h", "No-show", "B on leave – my mistake, I hadn't checked the rota", "32:30"],
        ["26/11", "B", "(rearranged)", "1h 45", "Delegating – he has handed the weed boat to a volunteer", "34:15"],
        ["28/11", "D", "1.5h", "1h20", "Difficult call with a boater complaint", "35:35"],
        ["", "November subtotal", "", "10h 10", "6 sessions", "35:35"],
    ),
    H(3, "Log – December"),
    T(
        HEADER,
        ["03/12", "A", "1.5h", "1h 30", "Final review with A, both goals met", "37:05"],
        ["05/12", "D", "1.5h", "1.25 hrs", "Winter works review", "38:20"],
        ["10/12", "B", "1.5h", "1h 40", "Final review with B", "40:00"],
        ["12/12", "A, B, D (group)", "2h", "13:00-15:00", "Closing group session – the new handover sheet", "42:00"],
        ["07/01", "D", "1.5h", "booked", "D's final review, after this diary goes in", "–"],
        ["", "December subtotal", "", "6h 25", "4 sessions", "42:00"],
        ["", "TOTAL", "", "42h 00", "26 sessions", ""],
    ),
    P("""One session is not in the tables. On 19 December A rang me from the depot about her
      interview for the permanent supervisor post and we talked it through for 40 minutes. It was
      a proper mentoring conversation – she set out what she wanted to say and I asked the
      questions I thought the panel would ask – so I am counting it even though it was on the
      phone."""),
    P("""My total is therefore 42 hours in the log plus the 40 minutes on the phone: 42 hours 40
      minutes over 27 sessions with four mentees."""),

    H(2, "Feedback and reflections of effectiveness of mentoring activity"),
    P("""I asked each mentee for feedback at their final review using the charity's short feedback
      form, and the area operations manager gave me feedback on A at the three-way review. A said
      the stoppage briefing rehearsal was the most useful thing we did; B said he would have
      liked the group sessions earlier. Losing C after two sessions taught me to agree at the
      contracting stage what happens if someone leaves: I had no ending with her at all."""),
    P("""The one to one sessions worked best for the practical goals (the lock log, the briefing),
      and the group sessions worked best for anything that crossed crews. I talk too much in the
      group sessions – my tutor counted that I answered three questions that were meant for D."""),

    H(2, "Tutorial reflections of effectiveness of mentoring activity"),
    T(
        ["Date", "With", "What", "Length"],
        ["18/09", "Tutor (Mr Joseph, college)", "Tutorial 1 – setting up this diary, contracting", "1 hr"],
        ["08/10", "Anwen Price, coaching supervisor", "Supervision – C leaving and starting again with D", "45 mins"],
        ["13/11", "Tutor", "Group tutorial with five other learners", "1½ hrs"],
        ["14/11", "Tutor", "Feedback after observing the group session", "20 mins"],
        ["02/12", "Anwen Price", "Supervision – endings, and the three-way review", "1h 15"],
        ["15/01", "Tutor", "Tutorial 3 – booked", "–"],
    ),
    P("""Supervision with Anwen challenged me most. She asked why I had let A's manager run the
      three-way review, and whether my mentees were telling me what they thought I wanted to hear.
      In future I will book supervision every six weeks from the start rather than when something
      goes wrong, and I will ask the next group of mentees to run the group sessions themselves."""),

    P("""Declaration: I confirm that this diary is my own work and a true record of the mentoring I
      have done. Gwen Latimer, 20 December 2024"""),
]

CASE = Case(
    name="pz_b_md36_canal_trust_md",
    unit="MD36",
    kind="structured-docx",
    files=[SourceFile("G Latimer MD36 mentoring diary.md", BLOCKS)],
    labels={},  # practice only
    expected_checks={
        "declaration": True,
        "evidence_matrix": None,
        "identifying": [],  # mentees A-D only; line manager by role; tutor and supervisor are the learner's own
        # September: 03/09 A "1h20" 80 + 05/09 B "1h" 60 + 10/09 C "50 mins" 50 + 17/09 A "90 mins" 90
        #   + 20/09 B "1.25 hrs" 75 + 24/09 C "1h 40" 100 + 26/09 A "10:00-11:45" 105
        #   = 80 + 60 = 140; + 50 = 190; + 90 = 280; + 75 = 355; + 100 = 455; + 105 = 560 = 9h20 (7)
        #   (her subtotal 9h 20 right). Not 19/09 B DNA.
        # October: 01/10 B "an hour and a half" 90 + 03/10 A "1.5 hrs" 90 + 08/10 D "1h10" 70
        #   + 10/10 group A,B,D "13:30-15:45" 135 (once) + 15/10 B "1h 50" 110 + 22/10 A "2 hours" 120
        #   + 24/10 D "95 mins" 95 + 29/10 B "1h 30" 90 + 31/10 D "1.75 hrs" 105
        #   = 90 + 90 = 180; + 70 = 250; + 135 = 385; + 110 = 495; + 120 = 615; + 95 = 710; + 90 = 800;
        #   + 105 = 905 = 15h05 (9) (her subtotal right).
        #   Not: 01/10 C leaving (email, no session); 04/10 D chemistry chat "half an hour" (her word:
        #   "not counting it"); 17/10 CANCELLED.
        # November: 05/11 A "1h15" 75 + 07/11 B "90 mins" 90 + 12/11 D "2h" 120
        #   + 14/11 group A,B,D "10:00-12:20" 140 (observed, counts, once) + 26/11 B "1h 45" 105
        #   + 28/11 D "1h20" 80 = 75 + 90 = 165; + 120 = 285; + 140 = 425; + 105 = 530; + 80 = 610
        #   = 10h10 (6). Not: 19/11 three-way review "1h" (her word: "Not counted"); 21/11 No-show.
        # December: 03/12 A "1h 30" 90 + 05/12 D "1.25 hrs" 75 + 10/12 B "1h 40" 100
        #   + 12/12 group A,B,D "13:00-15:00" 120 = 90 + 75 = 165; + 100 = 265; + 120 = 385 = 6h25 (4).
        #   Not 07/01 D (booked).
        # Log: 560 + 905 = 1465; + 610 = 2075; + 385 = 2460 = 41h00, 7 + 9 + 6 + 4 = 26 sessions.
        # Her running total jumps 15:45 + 1:50 to 18:35 (should be 17:35) on 15/10 and carries the
        # extra hour: TOTAL row "42h 00" is 2520, an hour high; not counted (total/subtotal/running).
        # Prose only: 19/12 phone session with A, 40 minutes, counted by her: 2460 + 40 = 2500 = 41h40,
        # 27 sessions. Her "42 hours 40 minutes over 27 sessions" is 60 minutes high.
        "minutes": 2500,
        "sessions": 27,
        "individuals": 4,  # A, B, C (left after 2 sessions), D (her replacement)
        # 18/09 tutorial "1 hr" 60 + 08/10 supervision "45 mins" 45 + 13/11 group tutorial "1½ hrs" 90
        # + 14/11 tutor's debrief on the observed session "20 mins" 20 + 02/12 supervision "1h 15" 75
        # = 60 + 45 = 105; + 90 = 195; + 20 = 215; + 75 = 290. Not 15/01 tutorial (booked).
        "supervision_minutes": 290,
    },
    about="Canal charity waterway supervisor; MD36 Markdown diary, monthly planned/actual tables with subtotals, a running total an hour out from 15/10 so the TOTAL row and stated total are high, mentee C leaves after two sessions and D replaces her, three group sessions (one observed, debrief), DNA/no-show/cancelled/rearranged rows, uncounted chemistry chat and three-way review, booked final review, a phone session only in prose, supervision table with a booked tutorial.",
)
