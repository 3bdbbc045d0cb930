"""8587-304 mentoring log in Markdown from a cathedral gift shop: one table per month (October to January) with the mentee in a column, each month ending in a month-total row and, from November, a "Running total" row and the next month opening with "b/f"; November's running total is added wrong (10 hrs 40 for 10 hrs 20) and the error is carried into December's b/f and the grand total; a volunteer mentee who leaves for the welcome desk after three sessions and her replacement, so three mentees on a two-mentee unit; a group session for both current mentees written once; a cancelled row and a did-not-attend row; an observed session with the tutor's 20 minutes of feedback in the notes column; lengths "45 mins", "1 hr 15", "1.5 hrs", "50m", "ninety minutes", "1.25h", "40 mins"; a December supervision call only in the reflection. No declaration. Planted: the first mentee's real first name slipping into a December note.

Gillian Marsh, manager of the gift shop in a cathedral's visitor centre (four paid staff, about
thirty volunteers), mentors M1 (her assistant manager, who wants to take on the buying), M2 (a
volunteer who wants to lead the volunteer rota; leaves the programme in November) and M3 (the new
volunteer coordinator, from late November).

Month by month:
  Oct: 2 Oct M1 "45 mins" 45; 3 Oct M2 "30 mins" 30; 9 Oct M1 "1 hr 15" 75; 10 Oct M2 "1hr" 60;
       23 Oct M1 "1.5 hrs" 90; 24 Oct M2 "cancelled - M2 poorly" 0
       45 + 30 = 75; + 75 = 150; + 60 = 210; + 90 = 300 (5). "October total 5 hrs" right.
  Nov: b/f 5 hrs; 6 Nov M1 "50m" 50; 7 Nov M2 "1 hr" 60 (her last); 20 Nov M1 "1 hr" observed 60;
       21 Nov M3 "1 hr 30" 90; 27 Nov M1 + M3 group "1 hr" 60
       50 + 60 = 110; + 60 = 170; + 90 = 260; + 60 = 320 (5). "November total 5 hrs 20" right;
       "Running total 10 hrs 40" wrong (300 + 320 = 620 = 10 hrs 20).
  Dec: b/f 10 hrs 40; 4 Dec M1 "45 mins" 45; 5 Dec M3 "ninety minutes" 90; 11 Dec M1 "DNA" 0;
       12 Dec M3 "1.25h" 75; 18 Dec M1 "1 hr" 60; 19 Dec M3 "40 mins" 40
       45 + 90 = 135; + 75 = 210; + 60 = 270; + 40 = 310 (5). "December total 5 hrs 10" right;
       "Running total 15 hrs 50" (true 620 + 310 = 930 = 15 hrs 30).
  Jan: b/f 15 hrs 50; 8 Jan M1 "45 mins" 45; 9 Jan M3 "50 mins" 50. 95 (2). "January total 1 hr
       35"; "GRAND TOTAL 17 hrs 25" (true 930 + 95 = 1025 = 17 hrs 05).
  By mentee: M1 45 + 75 + 90 + 50 + 60 + 45 + 60 + 45 = 470 (8); M2 30 + 60 + 60 = 150 (3);
  M3 90 + 90 + 75 + 40 + 50 = 345 (5); group 60 (1). 470 + 150 = 620; + 345 = 965; + 60 = 1025 (17).
Supervision: 14 Nov supervision with the diocese's L&D adviser "1 hr" 60; 20 Nov tutor's feedback
after the observation "20 mins" 20 (in the log note and again in the supervision list: once);
15 Jan ILM tutorial "55 mins" 55; 16 Dec supervision call, reflection only, "40 mins" 40.
60 + 20 = 80; + 55 = 135; + 40 = 175.

Practice truth: 1025 minutes in 17 sessions with three mentees; supervision 175 minutes.
"""

from .case import B, Case, H, P, SourceFile, T

HDR = ["Date", "Mentee", "Time", "Notes"]

BLOCKS = [
    H(1, "8587-304 Extended Period of Mentoring - log"),
    P("Gillian Marsh - Shop Manager, Cathedral Shop. ILM L3 Certificate in Coaching and Mentoring."),
    H(2, "Who and why"),
    P("""The shop is in the visitor centre at the west end of the cathedral: books, candles, icons,
      tea towels, a lot of Christmas. Four paid staff and about thirty volunteers, most of them
      retired and most of them very good at selling. Everything we make goes to the cathedral's
      fabric fund."""),
    P("""**M1** is my assistant manager. She wants to take over the buying (trade fairs, suppliers, the
      Christmas range). **M2** is a volunteer of six years who wanted to lead the volunteer rota.
      **M3** is our new volunteer coordinator, who started in November. M2 moved to the welcome desk
      team in November and stopped the mentoring, so M3 took her place - three people in all,
      though never more than two at once. Sessions in the shop office on Wednesdays (M1) and
      Thursdays (M2, then M3) at 9am before we open at 10. Each contract agreed with the mentee and
      the Head of Retail: confidential unless safeguarding, the Head of Retail only hears that we are
      meeting, notes in the safe."""),
    H(2, "October"),
    T(
        HDR,
        ["2 Oct", "M1", "45 mins", "First meeting. What mentoring is. She's been waiting to be asked about buying for two years."],
        ["3 Oct", "M2", "30 mins", "First meeting. Nervous."],
        ["9 Oct", "M1", "1 hr 15", "Contract - with the Head of Retail for the first part. Goals: Christmas range buying plan; an Easter order on her own."],
        ["10 Oct", "M2", "1hr", "Contract. Goal: write and run the Advent volunteer rota."],
        ["23 Oct", "M1", "1.5 hrs", "Christmas buying plan - margins, last year's sell-through. Used a SWOT."],
        ["24 Oct", "M2", "cancelled - M2 poorly", ""],
        ["**October total**", "", "**5 hrs**", ""],
    ),
    H(2, "November"),
    T(
        HDR,
        ["b/f", "", "5 hrs", ""],
        ["6 Nov", "M1", "50m", "Supplier meeting debrief. She let the rep set the price."],
        ["7 Nov", "M2", "1 hr", "M2 told me she's moving to the welcome desk team and wants to stop. Last session - what she's taking with her."],
        ["20 Nov", "M1", "1 hr", "Observed by my tutor. Negotiation role play. Tutor gave me 20 mins feedback after."],
        ["21 Nov", "M3", "1 hr 30", "First meeting and contract together (she'd heard about it from M2). Goal: volunteer rota for Advent and Christmas."],
        ["27 Nov", "M1 + M3", "1 hr", "Together: walking the Christmas floor plan - where the volunteers stand, what sells where."],
        ["**November total**", "", "**5 hrs 20**", ""],
        ["**Running total**", "", "**10 hrs 40**", ""],
    ),
    H(2, "December"),
    T(
        HDR,
        ["b/f", "", "10 hrs 40", ""],
        ["4 Dec", "M1", "45 mins", "Christmas sales so far. What she'd change for next year."],
        ["5 Dec", "M3", "ninety minutes", "Rota gaps for the carol services. Options."],
        ["11 Dec", "M1", "DNA", "Covering the Christmas market stall - forgot."],
        ["12 Dec", "M3", "1.25h", "She ran the volunteers' briefing on the 10th. Went well."],
        ["18 Dec", "M1", "1 hr", "Margaret's Easter buying plan - she's done it without me. Three suppliers, one new."],
        ["19 Dec", "M3", "40 mins", "Short one - the shop was manic."],
        ["**December total**", "", "**5 hrs 10**", ""],
        ["**Running total**", "", "**15 hrs 50**", ""],
    ),
    H(2, "January"),
    T(
        HDR,
        ["b/f", "", "15 hrs 50", ""],
        ["8 Jan", "M1", "45 mins", "Final review. Easter order placed on her own. Feedback form."],
        ["9 Jan", "M3", "50 mins", "Final review. Rota covered every Christmas shift. Feedback form."],
        ["**January total**", "", "**1 hr 35**", ""],
        ["**GRAND TOTAL**", "", "**17 hrs 25**", ""],
    ),
    H(2, "Supervision"),
    B("14 Nov - supervision with the diocese's L&D adviser (she supervises the clergy mentors too), 1 hr."),
    B("20 Nov - my tutor's feedback after observing me with M1 (20 mins)."),
    B("15 Jan - ILM tutorial, 55 mins."),
    H(2, "Reflection"),
    P("""Doing the log month by month made me see how uneven it was: M1 got more than twice the time
      M3 did, partly because M3 started late and partly because buying is my favourite subject and
      I enjoyed those sessions more. My supervisor picked that up in November before I did."""),
    P("""M2 leaving threw me. I thought I'd done something wrong. When I talked it through - I had a
      supervision call on 16 Dec that I forgot to put in the log, 40 mins - I could see she had got
      what she came for: she wanted to know whether she liked organising people, and found out she
      would rather talk to visitors. The group session on the Christmas floor was the best thing I
      did: M1 and M3 sorted out between them who stands where, and I said almost nothing."""),
    P("""My tutor's feedback in November was that I answer my own questions when M1 hesitates. I've
      tried counting to five since. Next time I'll agree in the contract what happens if someone
      wants to stop, so it doesn't feel like a failure on either side."""),
]

CASE = Case(
    name="r22a_304_cathedral_md",
    unit="8587-304",
    kind="unstructured",
    files=[SourceFile("gillian-marsh-304-log.md", BLOCKS)],
    labels={},  # practice log only
    expected_checks={
        "declaration": False,  # no declaration or authentication statement
        "evidence_matrix": False,  # no matrix
        # M1's real first name in the 18 Dec note. Clean otherwise: Gillian Marsh the learner; M1-M3
        # codes; Head of Retail, the diocese's L&D adviser, the tutor unnamed.
        "identifying": ["Margaret"],
        # Oct: 45 (M1) + 30 (M2) = 75; + 75 (M1 "1 hr 15") = 150; + 60 (M2 "1hr") = 210; + 90 (M1 "1.5 hrs") = 300;
        #      24 Oct cancelled 0. (5) "October total 5 hrs" is right.
        # Nov: 50 (M1 "50m") + 60 (M2, her last) = 110; + 60 (M1 observed) = 170; + 90 (M3 "1 hr 30") = 260;
        #      + 60 (group M1 + M3, once) = 320. (5) Running total "10 hrs 40" wrong (620 = 10 hrs 20).
        # Dec: 45 (M1) + 90 (M3 "ninety minutes") = 135; 11 Dec DNA 0; + 75 (M3 "1.25h") = 210;
        #      + 60 (M1, "Margaret's") = 270; + 40 (M3) = 310. (5)
        # Jan: 45 (M1) + 50 (M3) = 95. (2)
        # 300 + 320 = 620; + 310 = 930; + 95 = 1025 (17 h 05); her GRAND TOTAL "17 hrs 25".
        # b/f, month total, running total and grand total rows are not sessions.
        "minutes": 1025,
        "sessions": 17,
        "individuals": 3,  # M1 (Margaret), M2, M3
        # 14 Nov supervision "1 hr" 60; 20 Nov tutor feedback "20 mins" 20 (log note and supervision
        # list, once); 15 Jan tutorial "55 mins" 55; 16 Dec supervision call (reflection only) "40 mins" 40.
        # 60 + 20 = 80; + 55 = 135; + 40 = 175.
        "supervision_minutes": 175,
    },
    about="Cathedral gift shop manager; 304 Markdown log in monthly tables with month totals, running totals and b/f rows (one added wrong and carried on), a volunteer who leaves and a replacement, group session, cancelled and DNA rows, observed session with tutor feedback, a supervision call only in the reflection; no declaration; mentee's first name slips in.",
)
