"""8584-201 mentoring log as a plain text file from a paintball centre: a week-by-week diary in loose prose, no tables, lengths "about 45 mins", "1.25h", "50m", "10:15-11:00", a "Running total" line after each week that goes wrong in week 5 (3h45 for 3h35), an Easter week where the Saturday session moved to the Thursday, a holiday week with nothing, 40 minutes of watching the mentee's safety brief that the learner says he is not counting (only the 50-minute talk after it), a half-hour with a second marshal "left out of the totals", the final session only in the reflection ("an hour and ten minutes"), and both tutor contacts (a 20-minute phone call, the 1-hour meeting that "ran to 1 hr 10") only in the reflection. No declaration. Clean.

Dean Hollis, site supervisor at a woodland paintball centre, mentors R, an 18-year-old junior
marshal who wants to give the safety brief on his own and become a lead marshal for the summer.
His tutor is Jo.

Session by session:
  Sat 12 Apr  "about 45 mins"                                                   45
  w/c 14 Apr  Sat 19th planned, Easter weekend, moved: Thu 17 Apr "1.25h"        75
  Wed 23 Apr  watched R's safety brief "40 mins or so - not counting that";
              "talked it through after for 50m"                                  50
  w/c 28 Apr  R on holiday, none
  Sat 10 May  "10:15-11:00"                                                      45
  Sat 17 May  reflection only: "an hour and ten minutes"                         70
  45 + 75 = 120; + 50 = 170; + 45 = 215; + 70 = 285 minutes = 4 h 45 in 5 sessions.
  His running totals: 45m, 2h, 2h50, 2h50, 3h45 (should be 3h35); the last session never added.
Not counted: Tue 6 May, 30 mins with T (another junior marshal) about his first aid course, "not
part of my 201 mentoring so I've left it out of the totals"; the 40 minutes watching the brief.
Supervision (reflection only): week 3 phone call to Jo "20 min call" 20; Mon 19 May tutor meeting
on Teams "ran to 1 hr 10" 70. 20 + 70 = 90.

Practice truth: 285 minutes in 5 sessions with one mentee; supervision 90 minutes.
"""

from .case import Case, P, SourceFile

BLOCKS = [
    P("8584-201 MENTORING LOG - Dean Hollis (site supervisor)"),
    P("""Mentee: R - junior marshal, 18, been with us since last summer. I'm using R for him all the way
      through. Sessions in the kit room or the café, never out on the fields because you can't talk
      with a game going on."""),
    P("""Goals (we wrote them on the back of a score sheet in the first session): 1. give the full safety
      brief to a group on his own, no prompts from me, by the end of May. 2. get signed off as a lead
      marshal for the summer season - 14 things on the lead marshal checklist."""),
    P("WEEK 1 - w/c 7 April"),
    P("""Sat 12th. First proper sit-down with R in the kit room after the last game, about 45 mins. Talked
      about what mentoring is and that it stays between us unless it's a safety thing. He was
      expecting a telling off. He wants to do the brief on his own and be a lead marshal by summer."""),
    P("Running total: 45m"),
    P("WEEK 2 - w/c 14 April"),
    P("""Was meant to be Sat 19th but it's Easter weekend, 400 players booked, no chance. Moved it to Thu
      17th - 1.25h in the café before the 10am group. The safety brief: what he says and what he
      forgets (goggles on in the safe zone, barrel socks, the 'dead' signal). He practised it on me
      twice. Second time much better."""),
    P("Running total: 2h"),
    P("WEEK 3 - w/c 21 April"),
    P("""Wed 23rd R did the safety brief for a kids' party (12th birthday, low impact). I stood at the
      back for it (40 mins or so - not counting that, that's just me doing my job) and then we
      talked it through after for 50m. He rushed the barrel sock bit and one of the dads noticed.
      He knew before I said anything, which is good."""),
    P("Running total: 2h50"),
    P("WEEK 4 - w/c 28 April"),
    P("Nothing - R on holiday in Tenerife."),
    P("Running total: 2h50"),
    P("WEEK 5 - w/c 5 May"),
    P("""Tue 6th - T (another junior marshal) asked if he could have half an hour with me about his first
      aid course, so I did 30 mins with him. That's not part of my 201 mentoring so I've left it out
      of the totals."""),
    P("""Sat 10th 10:15-11:00 in the kit room. Lead marshal checklist - he's ticked 9 of the 14. The
      ones left are all the ones where he has to tell adults what to do (stag dos). We talked about
      why that's harder than kids."""),
    P("Running total: 3h45 - past the 3 hours!"),
    P("REFLECTION"),
    P("""I thought mentoring would be me telling R how I do things. The first session showed me it isn't -
      he went quiet every time I told him something and opened up every time I asked him
      something. By week 3 I let him tell me what went wrong with the brief before I said a word
      and he'd already spotted it. The hardest bit for me is keeping my mouth shut."""),
    P("""In week 3 R told me something about a mate on site that I wasn't sure I could keep to myself, so
      I rang Jo, my tutor, and we had a 20 min call about where confidentiality stops. It was fine
      to keep it but I'd been right to check. My 1-hour meeting with Jo was on Teams on Mon 19 May
      and it ran to 1 hr 10 - we went through this log and she said I should have agreed the ending
      with R at the start."""),
    P("""Our last session was on Sat 17 May in the café, an hour and ten minutes, going through the
      feedback form and what happens next. He did a stag do brief on his own that morning and held
      the group. He's got 12 of the 14 ticked now and the other two will come in June."""),
    P("""What I'd do differently: write things down straight after, not at the end of the day - I nearly
      lost week 2 altogether. And book the sessions round the bookings sheet, not just Saturdays.
      Next I want to do the Level 3 and mentor T properly."""),
]

CASE = Case(
    name="r22a_201_paintball_txt",
    unit="8584-201",
    kind="unstructured",
    files=[SourceFile("dean hollis 201 log.txt", BLOCKS)],
    labels={},  # practice log only
    expected_checks={
        "declaration": False,  # no declaration or authentication statement anywhere
        "evidence_matrix": False,  # the log only, no matrix
        # Clean: Dean Hollis the learner; Jo his tutor; R and T are codes; Tenerife a place.
        "identifying": [],
        # Sat 12 Apr "about 45 mins" 45; Thu 17 Apr (moved from Sat 19th) "1.25h" 75;
        # Wed 23 Apr "50m" 50 (the 40 mins watching the brief "not counting that");
        # w/c 28 Apr none; Sat 10 May "10:15-11:00" 45; Sat 17 May (reflection only)
        # "an hour and ten minutes" 70.
        # 45 + 75 = 120; + 50 = 170; + 45 = 215; + 70 = 285 (5). His running totals (45m, 2h, 2h50,
        # 2h50, 3h45) are not sessions; 3h45 is wrong (215 = 3h35).
        # Not: Tue 6 May 30 mins with T ("left it out of the totals").
        "minutes": 285,
        "sessions": 5,
        "individuals": 1,  # R
        # Reflection only: week 3 phone call to Jo (tutor) "20 min call" 20; Mon 19 May 1-hour
        # meeting with Jo "ran to 1 hr 10" 70. 20 + 70 = 90.
        "supervision_minutes": 90,
    },
    about="Paintball centre site supervisor; 201 plain-text week-by-week log with running totals (one added wrong), Easter move, watching time not counted, a second marshal left out, last session and both tutor contacts only in the reflection; no declaration; clean.",
)
