"""MD36 workplace mentoring diary as a plain text file from a removals and storage firm, logged mentee by mentee: a list of dated lines under each of four mentees with lengths "1 hr", "1hr 15", "1.5 hrs", "2 hrs", "1:45", "10:00-11:30", "1.25h", "2½ hours", "ninety minutes", "1:30", "45 mins"; a cancelled session and one moved to the next week; a did-not-attend; a porter who hands in his notice after four sessions and an office-moves coordinator who takes his place; a group session for three mentees written under each of them and added into each mentee's subtotal; a subtotal added wrong (P1 "15 hrs 15" for 15 hrs 45) and a grand total built on it; an observed session; two sessions with the storage supervisor only in the reflections, from his notebook ("I'm counting both"); an hour shadowing the managing director, "not in my totals"; a phone supervision only in the reflections and a June supervision still to come. No declaration. Clean.

Craig Dunmore, operations manager at a family removals and storage firm in Bristol, mentors P1 (a
crew leader who wants to become a move surveyor), P2 (a porter/driver going for his Class 2 licence,
who leaves in March), P3 (the storage warehouse supervisor) and P4 (the office-moves coordinator,
from April).

  P1: 05/02 "1 hr" 60; 12/02 "1hr 15" contract 75; 26/02 "1.5 hrs" 90; 11/03 "2 hrs" 120;
      25/03 "1:45" 105; 08/04 "cancelled" 0; 10/04 "1 hr 30" 90; 22/04 "1 hr 15" observed 75;
      06/05 "2 hrs" 120; 20/05 "1 hr" review 60
      60 + 75 = 135; + 90 = 225; + 120 = 345; + 105 = 450; + 90 = 540; + 75 = 615; + 120 = 735;
      + 60 = 795 (9). His subtotal "15 hrs 15 (inc. group)": true 795 + 150 = 945 = 15 hrs 45.
  P2: 06/02 "45 mins" 45; 13/02 "1 hr" contract 60; 27/02 "DNA" 0; 03/03 "1 hr 20" 80;
      17/03 "50 mins" last 50
      45 + 60 = 105; + 80 = 185; + 50 = 235 (4). Subtotal "3 hrs 55" right.
  P3: 07/02 "10:00-11:30" 90; 21/02 "1.25h" 75; 07/03 "2½ hours" 150; 21/03 "ninety minutes" 90;
      04/04 moved; 09/04 "1 hr 10" 70; 17/04 "1hr" 60; 02/05 "1:30" 90; 16/05 "45 mins" 45;
      23/05 "1 hr" review 60
      90 + 75 = 165; + 150 = 315; + 90 = 405; + 70 = 475; + 60 = 535; + 90 = 625; + 45 = 670;
      + 60 = 730 (9). Subtotal "14 hrs 40 (inc. group)" = 730 + 150 = 880, right.
      Reflections only: 14/03 "40 minutes", 28/03 "35 mins", "I'm counting both": + 75 = 805 (11).
  P4: 01/04 "1 hr 30" 90; 15/04 "1 hr" 60; 29/04 "1.5h" 90; 13/05 "1 hr 15" 75; 27/05 "50 mins" 50
      90 + 60 = 150; + 90 = 240; + 75 = 315; + 50 = 365 (5). Subtotal "8 hrs 35 (inc. group)" = 515, right.
  Group 30/04 P1, P3, P4 "2½ hrs" 150, under three mentees, once (1).
  795 + 235 = 1030; + 805 = 1835; + 365 = 2200; + 150 = 2350 minutes = 39 hrs 10 in
  9 + 4 + 11 + 5 + 1 = 30 sessions.
  His GRAND TOTAL "42 hrs 25" = 915 + 235 + 880 + 515 = 2545 (the group three times, P1 short by 30).
Not counted: 09/05 shadowing the MD mentoring the new sales surveyor, 1 hour, "not in my totals".
Supervision: 19/02 supervision "1 hr" 60; 22/04 tutor's feedback after the observed session
"20 mins" 20; 14/05 ILM tutorial "1.5 hrs" 90; 24/03 phone supervision, reflections only, "half an
hour" 30; 04/06 booked 0. 60 + 20 = 80; + 90 = 170; + 30 = 200.

Practice truth: 2350 minutes in 30 sessions with four mentees; supervision 200 minutes.
"""

from .case import Case, P, SourceFile

BLOCKS = [
    P("WORKPLACE MENTORING DIARY (36 HOURS) - Craig Dunmore, Operations Manager"),
    P("""Family removals and storage firm, Bristol. 40 staff, 12 lorries from 3.5 tonne to 18 tonne, a
      containerised storage warehouse with 900 wooden containers. Household moves, office moves,
      packing, storage. Busy season May to September and the end of every month."""),
    P("1. PLANNING AND ORGANISING"),
    P("""I asked for volunteers at the January staff meeting and picked three: P1, a crew leader with 11
      years' experience who wants to become a move surveyor (pricing jobs in people's homes); P2, a
      porter/driver going for his Class 2 licence who wants to lead a crew; P3, our storage warehouse
      supervisor, who has been in the job a year and is finding managing the warehouse lads hard.
      P2 left in March (he got a driving job with a courier firm) and P4, our office-moves
      coordinator, joined in April."""),
    P("""Plan: 36+ hours February to May, about an hour and a half a fortnight each, in my office or out
      on a job where it makes sense, never on the last working day of the month. Contracts agreed one
      to one at the first or second session: confidential unless it's safety or the law, I won't use
      anything from the mentoring in their appraisals, 24 hours to cancel unless a job runs over,
      notes in my locked drawer. Each signed a one-page contract."""),
    P("Goals:"),
    P("P1 - carry out 10 home surveys on his own with quotes within 5% of the final job cost."),
    P("P2 - pass his Class 2 test; lead a 3-man crew on a local move."),
    P("P3 - hold a return-to-work and a disciplinary investigation meeting on his own; container audit with no missing lots."),
    P("P4 - run the Clifton office move (200 workstations) as lead coordinator."),
    P("2. MENTORING SESSIONS - BY MENTEE"),
    P("MENTEE P1 - crew leader"),
    P("05/02 - first meeting, 1 hr. What he wants, what mentoring is. He's been asked to quote jobs before and said no."),
    P("12/02 - contract and goals, 1hr 15."),
    P("26/02 - 1.5 hrs. Went through three surveys I'd done - where the money is lost (pianos, lofts, access)."),
    P("11/03 - 2 hrs. Came out on a survey with me in Keynsham and we did the mentoring in the van before and after."),
    P("25/03 - 1:45. His first survey on his own. Quote was 12% under. Why?"),
    P("08/04 - cancelled - three-crew job in Bath ran over."),
    P("10/04 - 1 hr 30 (the one from the 8th)."),
    P("22/04 - 1 hr 15, observed by my tutor. Reviewed surveys 2-4, all within 8%."),
    P("30/04 - GROUP with P3 and P4: planning the Clifton office move - 2½ hrs."),
    P("06/05 - 2 hrs. Survey checklist he's written himself. Confidence 8/10."),
    P("20/05 - review, 1 hr. 9 surveys done, 7 within 5%. Feedback form."),
    P("Subtotal P1: 15 hrs 15 (inc. group)"),
    P("MENTEE P2 - porter/driver"),
    P("06/02 - first meeting, 45 mins."),
    P("13/02 - contract and goals, 1 hr."),
    P("27/02 - DNA. Phoned in sick that morning."),
    P("03/03 - 1 hr 20 (rearranged). Theory test booked. Leading a crew - what does the crew need from you?"),
    P("""17/03 - 50 mins. P2 handed his notice in on the 14th - courier job, more money, home every night.
      Last session: what he's learned and what he'll take with him."""),
    P("Subtotal P2: 3 hrs 55"),
    P("MENTEE P3 - storage warehouse supervisor"),
    P("07/02 - first meeting and contract, 10:00-11:30."),
    P("21/02 - 1.25h. The lads - who he finds hard and why (two of them are older than him and were there first)."),
    P("07/03 - 2½ hours. Container audit planning, then walked the warehouse together."),
    P("21/03 - ninety minutes. Return-to-work role play."),
    P("04/04 - moved, P3 on his forklift instructor course. Did it on 09/04 instead."),
    P("09/04 - 1 hr 10. He held the return-to-work on the 7th. Went OK."),
    P("17/04 - 1hr. Investigation meeting prep - the damaged wardrobe."),
    P("30/04 - GROUP with P1 and P4: Clifton office move - 2½ hrs."),
    P("02/05 - 1:30. Investigation meeting debrief."),
    P("16/05 - 45 mins. Container audit results: 2 lots mislabelled, none missing."),
    P("23/05 - review, 1 hr. Feedback form."),
    P("Subtotal P3: 14 hrs 40 (inc. group)"),
    P("MENTEE P4 - office-moves coordinator (from April)"),
    P("01/04 - first meeting and contract, 1 hr 30."),
    P("15/04 - 1 hr. The Clifton move plan - what she's never done before (IT disconnection, out-of-hours working)."),
    P("29/04 - 1.5h. Client meeting rehearsal."),
    P("30/04 - GROUP with P1 and P3: Clifton office move - 2½ hrs."),
    P("13/05 - 1 hr 15. Move weekend debrief - 200 workstations, two crates lost for an hour, found."),
    P("27/05 - review, 50 mins. Feedback form."),
    P("Subtotal P4: 8 hrs 35 (inc. group)"),
    P("GRAND TOTAL: 42 hrs 25"),
    P("3. FEEDBACK AND REFLECTIONS"),
    P("""Feedback forms from P1, P3 and P4, and a text from P2 after he left. P1 said the van sessions on
      a real survey were worth more than anything in the office. P3 said the role plays felt daft
      but he used the exact words in his return-to-work. P4 said having P1 and P3 in the group
      session meant she heard what goes wrong on the lorry and in the warehouse, not just in the
      office."""),
    P("""Two sessions with P3 aren't in the log above because I wrote them in my notebook on the warehouse
      floor and only found them when I was typing this up: 14/03, 40 minutes, about the racking
      inspection and who he should tell; and 28/03, 35 mins, about a customer complaint (a piano
      damaged in storage) and how he answered it. I'm counting both."""),
    P("""Different programmes: the one-to-ones worked for the people goals (P3's meetings, P2's crew) and
      the group session worked for the big job, because the three of them worked the problems out
      between them. With P2 I was too slow - by the time we got going he'd already decided to
      leave. On 09/05 I went with our MD to watch him mentor our new sales surveyor, 1 hour - that
      was shadowing for my own learning, so it's not in my totals."""),
    P("""My own performance: I'm good at the practical stuff and bad at silence. I also booked P1 more
      time than the others because his goal is closest to my old job."""),
    P("4. TUTORIAL AND SUPERVISION"),
    P("19/02 - supervision with my mentor supervisor (external, through the trade association), 1 hr."),
    P("22/04 - my tutor's feedback after watching the P1 session, 20 mins."),
    P("14/05 - ILM tutorial at the college, 1.5 hrs."),
    P("04/06 - supervision booked."),
    P("""When P2 left I had a phone supervision on 24/03, half an hour, because I took it personally.
      My supervisor asked what P2 had got out of the five weeks rather than what I'd lost, and that
      helped. My tutor's feedback on 22/04 was that I answer P1's questions with stories about my
      own surveys - useful, but it stops him thinking. In future I'll book supervision monthly from
      the start and take the notes of each session to it, not just the ones that worry me."""),
]

CASE = Case(
    name="r22a_md36_removals_txt",
    unit="MD36",
    kind="legacy-questions",
    files=[SourceFile("C Dunmore MD36 diary.txt", BLOCKS)],
    labels={},  # practice log only
    expected_checks={
        "declaration": False,  # no declaration or authentication statement
        "evidence_matrix": None,  # MD36 is a diary task: no evidence matrix expected
        # Clean: Craig Dunmore the learner; P1-P4 codes; MD, tutor, supervisor unnamed; Bristol,
        # Keynsham, Bath, Clifton places.
        "identifying": [],
        # P1: 05/02 "1 hr" 60; 12/02 "1hr 15" 75; 26/02 "1.5 hrs" 90; 11/03 "2 hrs" 120; 25/03 "1:45" 105;
        #     08/04 cancelled 0; 10/04 "1 hr 30" 90; 22/04 observed "1 hr 15" 75; 06/05 "2 hrs" 120;
        #     20/05 "1 hr" 60
        #     60 + 75 = 135; + 90 = 225; + 120 = 345; + 105 = 450; + 90 = 540; + 75 = 615; + 120 = 735;
        #     + 60 = 795 (9)
        # P2: 06/02 "45 mins" 45; 13/02 "1 hr" 60; 27/02 DNA 0; 03/03 "1 hr 20" 80; 17/03 "50 mins" 50
        #     45 + 60 = 105; + 80 = 185; + 50 = 235 (4)
        # P3: 07/02 "10:00-11:30" 90; 21/02 "1.25h" 75; 07/03 "2½ hours" 150; 21/03 "ninety minutes" 90;
        #     04/04 moved 0; 09/04 "1 hr 10" 70; 17/04 "1hr" 60; 02/05 "1:30" 90; 16/05 "45 mins" 45;
        #     23/05 "1 hr" 60
        #     90 + 75 = 165; + 150 = 315; + 90 = 405; + 70 = 475; + 60 = 535; + 90 = 625; + 45 = 670;
        #     + 60 = 730 (9); + reflections 14/03 "40 minutes" + 28/03 "35 mins" = 805 (11)
        # P4: 01/04 "1 hr 30" 90; 15/04 "1 hr" 60; 29/04 "1.5h" 90; 13/05 "1 hr 15" 75; 27/05 "50 mins" 50
        #     90 + 60 = 150; + 90 = 240; + 75 = 315; + 50 = 365 (5)
        # Group 30/04 "2½ hrs" 150, written under P1, P3 and P4, once (1).
        # 795 + 235 = 1030; + 805 = 1835; + 365 = 2200; + 150 = 2350 (39 h 10); 9 + 4 + 11 + 5 + 1 = 30.
        # Subtotals and "GRAND TOTAL: 42 hrs 25" are not sessions. Not: 09/05 shadowing the MD, 1 hour.
        "minutes": 2350,
        "sessions": 30,
        "individuals": 4,  # P1, P2, P3, P4
        # 19/02 "1 hr" 60; 22/04 tutor's feedback "20 mins" 20; 14/05 tutorial "1.5 hrs" 90;
        # 24/03 phone supervision (reflections only) "half an hour" 30; 04/06 booked 0.
        # 60 + 20 = 80; + 90 = 170; + 30 = 200.
        "supervision_minutes": 200,
    },
    about="Removals and storage operations manager; MD36 plain-text diary logged mentee by mentee (leaver and replacement, group session under three mentees and in their subtotals, one subtotal wrong, DNA, cancelled, moved), two notebook sessions only in the reflections, shadowing not counted, phone supervision only in prose; no declaration; clean.",
)
