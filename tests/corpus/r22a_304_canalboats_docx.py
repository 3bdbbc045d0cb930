"""8587-304 mentoring evidence in Word from a narrowboat hire yard, whose record is the learner's own weekly timesheet with all his other work in it: six weekly tables (Day, Activity, Code, Hrs) mixing boat handovers (HO), engine work (ENG) and admin (ADM) with mentoring (MEN) and supervision (SUP), hours as decimals ("0.75", "1.25", "0.83 (50 min)") and two as h:mm ("1:00", "1:15"), a Week total row of all his hours; a cancelled session with "0"; a session that "didn't happen" but keeps its 1.0 hours; a group session for both mentees written once; shadowing his supervisor coded MEN; an observed session and the tutor's feedback as a SUP row; an "Hours by code" summary (MEN 17.8, "less the shadowing" 16.3, which still holds the session that didn't happen); a tutorial on his day off only in the reflection. Evidence matrix at the front, declaration at the end. Clean.

Tom Ashcroft, base manager at a narrowboat hire yard on the Llangollen Canal, mentors M1 (a
second-year apprentice boat fitter who wants to do breakdown call-outs on his own) and M2 (a
customer handover instructor who wants to become assistant base manager). Supervisor: Anne.

MEN rows:
  M1: Mon 3 Mar "0.75" 45; Thu 6 Mar "1:00" contract 60; Mon 10 Mar "1.5" 90; Mon 17 Mar observed
      "1.0" 60; Mon 24 Mar "1.25" 75; Thu 3 Apr "1.0 - didn't happen, M1 called out" 0;
      Mon 7 Apr "1.5" 90; Thu 10 Apr review "0.5" 30
      45 + 60 = 105; + 90 = 195; + 60 = 255; + 75 = 330; + 90 = 420; + 30 = 450 (7)
  M2: Wed 5 Mar "1.25" 75; Tue 11 Mar "0 (cancelled ...)" 0; Wed 12 Mar "1:15" 75; Wed 19 Mar
      "0.75" 45; Tue 25 Mar "0.83 (50 min)" 50; Tue 1 Apr "1.0" 60; Wed 9 Apr review "0.75" 45
      75 + 75 = 150; + 45 = 195; + 50 = 245; + 60 = 305; + 45 = 350 (6)
  Group: Fri 21 Mar "Mentoring M1 & M2 together" "2.0" 120 (1)
  450 + 350 = 800; + 120 = 920 minutes = 15 h 20 in 14 sessions.
  Not: Thu 27 Mar "Shadowing Anne mentoring a lock-keeper volunteer", coded MEN, 1.5.
  His summary: MEN 3.0 + 2.75 + 3.75 + 3.58 + 2.0 + 2.75 = 17.83 "17.8"; "less the shadowing" 16.3
  (still has the 1.0 of 3 Apr; 16.33 - 1.0 = 15.33 = 920 minutes).
Week total rows are all his work: not mentoring.
Supervision: Thu 13 Mar "Supervision - Anne" SUP "1.0" 60; Mon 17 Mar "Tutor feedback" SUP "0.5" 30;
Wed 2 Apr ILM tutorial, reflection only, "about an hour and twenty minutes" 80. 60 + 30 + 80 = 170
(his SUP code total 1.5 leaves out the tutorial).

Practice truth: 920 minutes in 14 sessions with two mentees; supervision 170 minutes.
"""

from .case import B, Case, H, P, SourceFile, T

HDR = ["Day", "Activity", "Code", "Hrs"]

BLOCKS = [
    H(0, "8587-304 Undertaking an Extended Period of Mentoring"),
    P("Tom Ashcroft - Base Manager, narrowboat hire base, Llangollen Canal. ILM Level 3 Certificate in Effective Coaching and Mentoring."),
    H(1, "Evidence matrix"),
    T(
        ["AC", "Evidence"],
        ["1.1", "Mentoring plan (section 1)"],
        ["1.2", "Mentoring plan - goals"],
        ["1.3", "Contracts - signed copies held at the base, summary in section 1"],
        ["2.1", "Session notes (held at base); reflection"],
        ["2.2", "Reflection"],
        ["2.3", "Reflection; supervisor's notes"],
        ["2.4", "Timesheet record (section 2)"],
        ["3.1", "Reflection"],
        ["3.2", "Feedback forms M1 and M2"],
        ["3.3", "Reflection"],
        ["3.4", "Supervision - section 3"],
    ),
    H(1, "1. Plan"),
    P("""We hire out 22 narrowboats from the base for short breaks and weeks, March to October. Winter is
      maintenance: blacking the hulls, engine services, repaints. Once the season starts every
      Friday and Saturday is handovers - teaching people who've never steered anything bigger than a
      car how to take a 60-foot boat through a lock and across the aqueduct."""),
    P("""M1 is a second-year apprentice boat fitter. Goal: go out on breakdown call-outs on his own by
      May - diagnose, fix or tow, and deal with the hirers. M2 is one of our handover instructors.
      Goal: run the base on a Saturday changeover as acting assistant base manager by Easter. Plan:
      12+ hours between them, an hour a week each, in the office or on a boat, before the season
      gets busy. Contracts agreed with each and with the Fleet Manager for M1 (he's M1's line
      manager): what's said stays between us unless it's safety; notes in the office safe."""),
    H(1, "2. Record - my timesheet"),
    P("""I keep a timesheet for the company every week with codes, so I've used that as my record
      rather than keep two. HO = handovers, ENG = engine/hull work, ADM = admin, MEN = mentoring,
      SUP = supervision. Hours are decimal, except where I wrote them as hours:minutes."""),
    H(2, "w/c 3 March"),
    T(
        HDR,
        ["Mon 3", "Boat handovers x4 (staff familiarisation)", "HO", "3.5"],
        ["Mon 3", "Mentoring M1 - first meeting", "MEN", "0.75"],
        ["Tue 4", "Engine service - Kingfisher", "ENG", "4.0"],
        ["Wed 5", "Mentoring M2 - first meeting + contract", "MEN", "1.25"],
        ["Thu 6", "Mentoring M1 - contract (with Fleet Manager)", "MEN", "1:00"],
        ["Fri 7", "Admin / hire bookings", "ADM", "2.0"],
        ["Week total", "", "", "12.5"],
    ),
    H(2, "w/c 10 March"),
    T(
        HDR,
        ["Mon 10", "Mentoring M1", "MEN", "1.5"],
        ["Mon 10", "Blacking - Heron", "ENG", "5.0"],
        ["Tue 11", "Mentoring M2", "MEN", "0 (cancelled - breakdown at Grindley Brook, M2 went out with the van)"],
        ["Wed 12", "Mentoring M2 (from Tue)", "MEN", "1:15"],
        ["Thu 13", "Supervision - Anne", "SUP", "1.0"],
        ["Thu 13", "Boat handovers x2", "HO", "2.0"],
        ["Week total", "", "", "10.75"],
    ),
    H(2, "w/c 17 March"),
    T(
        HDR,
        ["Mon 17", "Mentoring M1 - observed by tutor", "MEN", "1.0"],
        ["Mon 17", "Tutor feedback", "SUP", "0.5"],
        ["Wed 19", "Mentoring M2", "MEN", "0.75"],
        ["Fri 21", "Mentoring M1 & M2 together - engine room walk-through for handovers", "MEN", "2.0"],
        ["Fri 21", "Admin", "ADM", "1.5"],
        ["Week total", "", "", "5.75"],
    ),
    H(2, "w/c 24 March"),
    T(
        HDR,
        ["Mon 24", "Mentoring M1", "MEN", "1.25"],
        ["Tue 25", "Mentoring M2", "MEN", "0.83 (50 min)"],
        ["Thu 27", "Shadowing Anne mentoring a lock-keeper volunteer", "MEN", "1.5"],
        ["Fri 28", "First hirers of the season - handovers x6", "HO", "6.0"],
        ["Week total", "", "", "9.58"],
    ),
    H(2, "w/c 31 March"),
    T(
        HDR,
        ["Tue 1", "Mentoring M2", "MEN", "1.0"],
        ["Thu 3", "Mentoring M1 - didn't happen, M1 called out to a breakdown at Ellesmere. Moved to Mon", "MEN", "1.0"],
        ["Thu 3", "Handovers", "HO", "4.0"],
        ["Week total", "", "", "6.0"],
    ),
    H(2, "w/c 7 April"),
    T(
        HDR,
        ["Mon 7", "Mentoring M1 (instead of Thu)", "MEN", "1.5"],
        ["Wed 9", "Mentoring M2 - review", "MEN", "0.75"],
        ["Thu 10", "Mentoring M1 - review", "MEN", "0.5"],
        ["Thu 10", "Engine services x2", "ENG", "5.0"],
        ["Week total", "", "", "7.75"],
    ),
    H(2, "Hours by code"),
    T(
        ["Code", "Hours"],
        ["MEN", "17.8"],
        ["MEN less the shadowing", "16.3"],
        ["SUP", "1.5"],
    ),
    H(1, "3. Supervision and reflection"),
    P("""Anne supervises mentors across the hire boat companies on this stretch of canal. In March she
      asked me what I was getting out of mentoring M1, and I said "a better engineer". She asked
      whether that was his goal or mine. It was mine - he wants to be trusted, not to be better
      at engines. That changed how I ran the next four sessions."""),
    P("""The observed session on 17 March was with M1 in the engine bay of Kingfisher. My tutor's
      feedback afterwards was that I keep my hands on the spanners - I show instead of asking. My
      second tutorial with her was at the college on Wed 2 April, my day off, so it isn't on the
      timesheet: about an hour and twenty minutes, mostly on how to end well with two mentees who
      will still work for me."""),
    P("""The session together on 21 March worked better than I expected: M2 asked M1 the questions a
      hirer would ask about the engine, and M1 had to explain it without jargon. Both said it was
      the most useful one. I also went with Anne on 27 March to watch her mentor one of the
      volunteer lock-keepers - I've put it on the timesheet because that's how I code my time, but
      it's shadowing, so I've taken it off the mentoring total."""),
    B("Learning: ask before I show (tutor)."),
    B("Learning: check whose goal it is (Anne)."),
    B("Next: book mentoring for the winter, not the start of the season - the call-outs will always win."),
    P("Declaration: By submitting I confirm that this assignment is my own work. T Ashcroft, 14 April 2025."),
]

CASE = Case(
    name="r22a_304_canalboats_docx",
    unit="8587-304",
    kind="structured-docx",
    files=[SourceFile("T Ashcroft 304 mentoring.docx", BLOCKS)],
    labels={},  # practice log only
    expected_checks={
        "declaration": True,  # "By submitting I confirm that this assignment is my own work. T Ashcroft"
        "evidence_matrix": True,  # an "Evidence matrix" table at the front, AC 1.1-3.4
        # Clean: Tom Ashcroft / T Ashcroft the learner; Anne his supervisor; M1, M2 codes; Fleet
        # Manager unnamed; boats Kingfisher, Heron; Grindley Brook, Ellesmere, Llangollen Canal.
        "identifying": [],
        # M1: 3 Mar "0.75" 45; 6 Mar "1:00" 60; 10 Mar "1.5" 90; 17 Mar observed "1.0" 60; 24 Mar "1.25" 75;
        #     3 Apr "didn't happen" 0 (1.0 left in the Hrs column); 7 Apr "1.5" 90; 10 Apr "0.5" 30
        #     45 + 60 = 105; + 90 = 195; + 60 = 255; + 75 = 330; + 90 = 420; + 30 = 450 (7)
        # M2: 5 Mar "1.25" 75; 11 Mar cancelled 0; 12 Mar "1:15" 75; 19 Mar "0.75" 45; 25 Mar "0.83 (50 min)" 50;
        #     1 Apr "1.0" 60; 9 Apr "0.75" 45
        #     75 + 75 = 150; + 45 = 195; + 50 = 245; + 60 = 305; + 45 = 350 (6)
        # Group 21 Mar M1 & M2 "2.0" 120, once (1).
        # 450 + 350 = 800; + 120 = 920 (15 h 20). Not: 27 Mar shadowing Anne (coded MEN, 1.5);
        # HO/ENG/ADM rows; Week total rows; his MEN 17.8 / 16.3.
        "minutes": 920,
        "sessions": 14,
        "individuals": 2,
        # 13 Mar "Supervision - Anne" "1.0" 60; 17 Mar "Tutor feedback" "0.5" 30; 2 Apr tutorial
        # (reflection only) "about an hour and twenty minutes" 80. 60 + 30 + 80 = 170.
        "supervision_minutes": 170,
    },
    about="Narrowboat hire base manager; 304 Word evidence whose record is his coded weekly timesheet with all his other work (decimal and h:mm hours, cancelled 0, a no-show keeping its hours, group session once, shadowing coded as mentoring, SUP rows), code summary still holding the no-show, tutorial only in the reflection; matrix and declaration; clean.",
)
