"""8587-302 coaching log as a PDF from an air ambulance charity: one numbered log for two coachees split over two pages with a "Carried forward" row at the foot of the first table and a "Brought forward" row at the head of the second, Planned and Actual columns ("30 mins", "1h15", "0700-0830", "1 h 20 m", "1.5", "45 mins", "2½ hours", "90'", "1hr15", "10:00-11:10", "55 mins", "an hour"), a chemistry session the learner says is not in his hours but which his carried-forward figure includes, a session stood down when the aircraft was tasked (not counted, redone two days later), a cancelled row and a DNA, a joint human-factors session with both coachees observed by his tutor (debrief after), a clinical debrief he says is not coaching, and supervision held, cancelled and rebooked, and only booked. Clean.

Dan Whitcombe, clinical team leader (critical care paramedic) at a helicopter emergency
medical service charity in the south-west, coaches Coachee A (a dispatcher on the critical
care desk) and Coachee B (a newly appointed specialist paramedic). Page one carries forward
"5 h 55" actual: it includes B's 20-minute chemistry, which the row itself says is "Not in my
hours". The joint session on 24/02 is one row for both coachees, "2½ hours". His TOTAL "17 h
30" is 20 minutes high for the same reason. A 40-minute post-incident debrief with B is "not
coaching". Supervision: 20/02 "1 h 30", his tutor's 30-minute debrief after the observed
joint session, a tutorial cancelled on 10/03 and held by phone on 14/03 for 40 minutes,
26/03 "1hr", and a third supervision booked for 16/04.

Practice truth: A 30 + 75 + 90 + 90 + 150 + 90 + 70 + 55 = 650 and B 60 + 80 + 45 + 75 + 60 + 60
= 380: 1030 minutes in 14 sessions with two coachees; supervision 90 + 30 + 40 + 60 = 220.
"""

from .case import Case, H, P, SourceFile, T

HEAD = ["No.", "Date", "Coachee", "Planned", "Actual", "Mode / where", "Focus and tools"]

BLOCKS = [
    H(0, "Unit 8587-302 Undertaking an Extended Period of Coaching"),
    P("""Dan Whitcombe - Clinical Team Leader, helicopter emergency medical service (HEMS) charity.
      Two aircraft, one base, 24-hour critical care desk. ILM Level 3 Certificate in Effective
      Coaching and Mentoring."""),
    H(1, "1. Context and plan"),
    P("""I am coaching two people. Coachee A is a dispatcher on our critical care desk who has been
      asked to act up as desk lead on nights. Coachee B is a paramedic who has just passed his
      critical care course and is now a specialist paramedic on the aircraft. Both asked for
      coaching through the charity's development scheme. Neither reports to me directly."""),
    P("""Plan: 12 hours in total over January to early April, roughly six hours each plus a joint
      session. Sessions of an hour, fortnightly, booked around the 12-hour shift pattern - A on
      Mondays, B on Wednesdays. Face to face in the crew room or the base meeting room where
      possible, Teams when one of us is on nights. Everyone on base knows the aircraft comes
      first: if we are tasked mid-session, the session stops and we rebook it within the week."""),
    P("""Contracting was three-way: A with the Operations Manager (Dispatch) and B with the Clinical
      Lead. Confidentiality except where there is a risk to patients, crew or the coachee; the
      managers get attendance and the goals only; 48 hours to cancel unless tasked or sick;
      notes kept by me on the charity's secure drive and deleted six months after we finish."""),
    H(1, "2. Coaching log"),
    P("""All actual times are from my notebook. Page 1 carries forward to page 2."""),
    T(
        HEAD,
        ["1", "Mon 06/01", "A", "30 mins", "30 mins", "Crew room, base",
         "Chemistry. What coaching is and isn't (not clinical supervision, not appraisal). A keen to start."],
        ["2", "Wed 08/01", "B", "30 mins", "20 mins", "Teams",
         "Chemistry. B wanted a week to think and went ahead on 15/01. Not in my hours."],
        ["3", "Mon 13/01", "A", "1 hr", "1h15", "Base meeting room",
         "Three-way contract with A and the Operations Manager. Goals: run the desk alone on a two-aircraft night; hand over to the day lead in under ten minutes."],
        ["4", "Wed 15/01", "B", "1 hr", "1 hr", "Base meeting room",
         "Contract with B and the Clinical Lead. Goals: lead a pre-flight brief; teach one session at the regional study day."],
        ["5", "Mon 27/01", "A", "1 hr", "0700-0830", "Crew room before day shift",
         "Wheel of work, then GROW on goal 1. She rated 'making a decision with two jobs live' 3 out of 10."],
        ["6", "Wed 29/01", "B", "1 hr", "Stood down", "Crew room",
         "Aircraft tasked after 25 mins. Not counted - we redid it on the 31st."],
        ["7", "Fri 31/01", "B", "1 hr", "1 h 20 m", "Crew room",
         "VIA strengths survey results. His top strength is fairness, which is why he hates telling a senior doctor to wait."],
        ["8", "Mon 10/02", "A", "1 hr", "Cancelled", "-", "A on her recertification course. Moved to 12/02."],
        ["", "Carried forward (page 1)", "", "7 hrs", "5 h 55", "", ""],
    ),
    P("Coaching log (continued)"),
    T(
        HEAD,
        ["", "Brought forward", "", "7 hrs", "5 h 55", "", ""],
        ["9", "Wed 12/02", "A", "1 hr", "1.5", "Dispatch desk, quiet afternoon",
         "Went through a real two-aircraft night from the desk log. What she noticed, what she'd do again."],
        ["10", "Fri 14/02", "B", "1 hr", "45 mins", "Teams (B on nights)",
         "Planning his pre-flight brief. I asked, he wrote. He wants it under 90 seconds."],
        ["11", "Mon 24/02", "A + B", "2 hrs", "2½ hours", "Training room",
         "JOINT. Human factors coaching on the motorway RTC job, desk and aircraft side by side. My tutor observed the first hour; her debrief with me was 30 mins after."],
        ["12", "Mon 03/03", "A", "1 hr", "90'", "Base meeting room",
         "Handover. She timed her last five: 14, 12, 12, 9, 8 minutes. Scaling question - now 7 out of 10."],
        ["13", "Wed 05/03", "B", "1 hr", "DNA", "-", "Forgot - had swapped onto nights. Rebooked."],
        ["14", "Fri 07/03", "B", "1 hr", "1hr15", "Crew room",
         "His first real pre-flight brief. Feedback from the pilot and the doctor. GROW on the study day."],
        ["15", "Mon 17/03", "A", "1 hr", "10:00-11:10", "Crew room",
         "Acting up on nights from April - what support she wants from the day lead."],
        ["16", "Wed 19/03", "B", "1 hr", "1 hr", "Teams", "Rehearsed the first ten minutes of his study-day session."],
        ["17", "Mon 31/03", "A", "1 hr", "55 mins", "Base meeting room", "Final review. Both goals met. Feedback form."],
        ["18", "Wed 02/04", "B", "1 hr", "an hour", "Crew room", "Final review. Brief done, study day booked for May. Feedback form."],
        ["", "TOTAL", "", "18 hrs", "17 h 30", "", ""],
    ),
    P("""Not in the log: after the child drowning job on 9 March I sat with B in the hangar for about
      40 minutes. That was a post-incident debrief under our wellbeing policy, not coaching, and
      I have not counted it. The monthly clinical governance days are not in the log either."""),
    H(1, "3. Supervision and tutorials"),
    T(
        ["When", "Who / what", "How long", "Notes"],
        ["Thu 20/02", "Supervision 1 - my coaching supervisor (external, the charity pays)", "1 h 30",
         "Seven-eyed model. I am coaching B like a clinician - fixing - and A like a colleague. Why?"],
        ["Mon 24/02", "Tutor's debrief after the observed joint session", "30 mins",
         "Strong contracting at the start of the joint session; I interrupted A twice."],
        ["Mon 10/03", "Tutorial", "-", "Cancelled by my tutor. Rebooked."],
        ["Fri 14/03", "Tutorial (phone)", "40 mins", "Portfolio so far; how to write up the stood-down session."],
        ["Wed 26/03", "Supervision 2 - coaching supervisor", "1hr", "Ending well with both coachees."],
        ["Wed 16/04", "Supervision 3", "booked", "Review of the whole programme."],
    ),
    H(1, "4. Reflection"),
    P("""Whitmore says awareness and responsibility are what coaching builds, and the log shows where
      I got that right and wrong. With A the scaling questions did the work: she measured her own
      handovers and watched the number fall. With B I kept wanting to teach, which Hawkins and
      Shohet would say is me bringing my own clinical habits into the room, and my supervisor
      caught it. The stood-down session taught me to start every session with the one thing the
      coachee must leave with, in case the radio goes."""),
    P("""Declaration: I confirm that this is my own work and that the coachees' names have been
      removed. D. Whitcombe, 7 April."""),
]

CASE = Case(
    name="r20a_302_air_ambulance_pdf",
    unit="8587-302",
    kind="structured-pdf",
    files=[SourceFile("Whitcombe 8587-302 coaching log.pdf", BLOCKS)],
    labels={},  # practice log only
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        # Clean: Coachee A / B; managers by title; Whitmore, Hawkins and Shohet (theorists); VIA, GROW,
        # HEMS; D. Whitcombe is the learner.
        "identifying": [],
        # Actual column, page 1:
        #   1 A "30 mins" 30 (chemistry, counted: nothing said against it)
        #   2 B "20 mins" chemistry "Not in my hours" -> 0
        #   3 A "1h15" 75; 4 B "1 hr" 60; 5 A "0700-0830" 90
        #   6 B "Stood down" after 25 mins, "Not counted" -> 0
        #   7 B "1 h 20 m" 80; 8 A Cancelled 0
        #   counted: 30 + 75 = 105; + 60 = 165; + 90 = 255; + 80 = 335 (5 sessions)
        #   His "Carried forward 5 h 55" = 355 = 335 + the 20-minute chemistry.
        # Page 2 (after "Brought forward", not a session):
        #   9 A "1.5" (hours) 90; 10 B "45 mins" 45; 11 A + B joint "2½ hours" 150 (once, observed)
        #   12 A "90'" 90; 13 B DNA 0; 14 B "1hr15" 75; 15 A "10:00-11:10" 70; 16 B "1 hr" 60
        #   17 A "55 mins" 55; 18 B "an hour" 60
        #   90 + 45 = 135; + 150 = 285; + 90 = 375; + 75 = 450; + 70 = 520; + 60 = 580; + 55 = 635;
        #   + 60 = 695 (9 sessions)
        #   335 + 695 = 1030 = 17 h 10. His TOTAL "17 h 30" = 355 + 695 = 1050.
        #   By coachee: A 30+75+90+90+150+90+70+55 = 650; B 60+80+45+75+60+60 = 380; 650 + 380 = 1030.
        # Planned: 7 hrs + 11 hrs = "18 hrs", the plan. Not: 9 March hangar debrief ~40 mins ("not coaching").
        "minutes": 1030,
        "sessions": 14,
        "individuals": 2,  # A, B
        # 20/02 "1 h 30" 90; 24/02 tutor debrief "30 mins" 30; 10/03 cancelled; 14/03 phone "40 mins" 40;
        # 26/03 "1hr" 60; 16/04 booked. 90 + 30 + 40 + 60 = 220.
        "supervision_minutes": 220,
    },
    about="Air ambulance clinical team leader; 302 PDF log for two coachees split across pages with carried/brought-forward rows, chemistry 'not in my hours' but in his c/f and TOTAL, a session stood down when tasked, cancelled and DNA rows, joint observed session with tutor debrief, post-incident debrief not coaching, supervision table held/cancelled/rebooked/booked; clean.",
)
