"""8587-304 mentoring log as PDF from a homeless charity's night shelter: wrapping rows, an overnight session, a joint session and a separate supervision table.

Sinead Farrelly, night services manager at a 30-bed direct-access night shelter in Coventry,
mentors two staff: Mentee 1 (a night worker newly made senior on nights) and Mentee 2 (the
volunteer coordinator). Most sessions happen in the evening before the doors open at 21:00 or
in the quiet hours after lights out. Her Word log, saved as PDF, has long Notes cells, so each
row wraps over two or three lines. Traps: a session from 23:30 on Thursday 14 November to
00:45 on Friday 15 November whose Length cell is blank; a joint session with both mentees
that her Total row counts for each ("17 h 15 m"); a session cancelled for an incident and
rebooked; a session observed by her tutor (still mentoring); lengths as "1 hr", "45 mins",
"1.5 hrs", "1½ hrs", "1 h 15", "2 hrs". Her supervision is in a second table: two supervision
sessions, "Tutor feedback after observation", a peer-supervision group on Zoom, and a tutorial
postponed to January. Clean: mentees numbered, guests never named, staff and
partners by role; St Brigid's hall, Coventry, the Council's SWEP.

Practice truth: Mentee 1 60 + 90 + 75 + 90 + 75 = 390; Mentee 2 45 + 90 + 60 + 75 + 60 + 75 =
405; joint 120 once; 915 minutes in twelve sessions with two mentees; supervision 60 + 30 +
90 + 75 = 255.
"""

from .case import B, Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "Unit 304: Undertaking an Extended Period of Mentoring"),
    P("Sinead Farrelly - Night Services Manager, night shelter and assessment hub, Coventry"),
    H(1, "Context and plan"),
    P("""The shelter opens at 21:00 and closes at 08:00, 30 beds, with a staff team of seven on a
      rota and around forty volunteers. I mentored two members of the team from October to
      December, which is the start of our busiest time. Mentee 1 has been a night worker for two
      years and was made senior night worker in September; she is running shifts for the first
      time. Mentee 2 is our volunteer coordinator, six months in post, who has never managed
      anyone before."""),
    P("""Plan: at least 12 hours between the two of them, roughly an hour to an hour and a half
      a week each, held in the small office at St Brigid's hall before doors open, or after
      lights out when the floor is quiet and another senior is on. Contracts were three-way
      with the Operations Manager and covered confidentiality (not safeguarding), what the
      Operations Manager would hear (dates, goals, nothing else), notes kept by me in a locked
      drawer, and cancelling if the floor needs us."""),
    B("Mentee 1 goals: run a full shift as senior without phoning me; write and lead her first team debrief after an incident; have a plan for the SWEP nights when we go up to 45 beds."),
    B("Mentee 2 goals: a volunteer induction she delivers herself; cut the number of unfilled volunteer shifts from about 12 a month to under 5; her first supervision with a volunteer."),
    H(1, "Mentoring log"),
    T(
        ["Date", "Mentee", "Times", "Length", "Notes"],
        ["Tue 1 Oct", "Mentee 1", "19:00-20:00", "1 hr",
         "First meeting and three-way contract with the Operations Manager. Goals agreed. She is worried the old hands won't take instructions from her."],
        ["Thu 3 Oct", "Mentee 2", "19:30-20:15", "45 mins",
         "First meeting and contract (Operations Manager joined for the last ten minutes). Goals. She wants to stop doing the rota at midnight at home."],
        ["Tue 8 Oct", "Mentee 1", "22:00-23:30", "1.5 hrs",
         "After lights out. Strengths questionnaire and a SWOT on running a shift. Threat she wrote: 'me, panicking'."],
        ["Wed 16 Oct", "Mentee 2", "18:45-20:15", "1½ hrs",
         "Volunteer shift gaps for the last three months on a flipchart. She spotted that almost all of them are Sundays. GROW on Sundays."],
        ["Tue 22 Oct", "Mentee 1", "23:00-", "-",
         "Cancelled - incident on the floor, police called, we were both on it till 02:00. Rebooked for Thursday."],
        ["Thu 24 Oct", "Mentee 1", "20:00-21:15", "1 h 15",
         "Rebooked session. Used Tuesday's incident: what happened, what she did, what she'd do again. Planned her first debrief."],
        ["Tue 29 Oct", "Mentee 2", "19:00-20:00", "1 hr",
         "Observed by my tutor. Mentee 2 rehearsed the induction she'd written; I asked questions and gave feedback after. Tutor's feedback to me is in the supervision table."],
        ["Thu 7 Nov", "Mentee 1 & Mentee 2", "18:30-20:30", "2 hrs",
         "Joint session on the winter plan - the SWEP nights need both staff and volunteers. They built the plan between them, I mostly asked questions."],
        ["Thu 14 / Fri 15 Nov", "Mentee 2", "23:30-00:45", "",
         "After lights out. Her first volunteer supervision had gone badly that afternoon; we went back over it. Forgot to fill in the length, it ran past midnight."],
        ["Tue 19 Nov", "Mentee 1", "19:00-20:30", "1.5 hrs",
         "She ran her first debrief last week (after the overdose on the 12th). Feedback from the team was good. What next - SWEP."],
        ["Tue 26 Nov", "Mentee 2", "19:00-20:00", "1 hr",
         "Unfilled shifts down to 6 in November. Second volunteer supervision went better - she used the questions we practised."],
        ["Tue 3 Dec", "Mentee 1", "18:30-19:45", "1 h 15",
         "Final review. All three goals met; ran the first SWEP night on her own on 28 Nov. Feedback form."],
        ["Thu 5 Dec", "Mentee 2", "19:00-20:15", "1 h 15",
         "Final review. Induction delivered twice, shifts unfilled down to 4. Feedback form. She wants to carry on informally."],
        ["Total", "", "", "17 h 15 m", "Joint session counted for both of them"],
    ),
    H(1, "Supervision log"),
    P("""I've kept my own support in a separate table so it doesn't get mixed up with the
      mentoring hours."""),
    T(
        ["Date", "What", "With", "Length"],
        ["Thu 10 Oct", "Supervision 1", "My supervisor (Head of Services, accredited coach)", "1 hr"],
        ["Tue 29 Oct", "Tutor feedback after observation", "My tutor, in the office after the session", "30 mins"],
        ["Tue 12 Nov", "Peer-supervision group", "Four mentors from other shelters in the region, on Zoom", "1.5 hrs"],
        ["Thu 28 Nov", "Supervision 2", "My supervisor", "1 h 15"],
        ["Tue 10 Dec", "Tutorial", "My tutor", "Postponed to January"],
        ["Total", "", "", "4 h 15 m"],
    ),
    H(1, "Outcomes of supervision"),
    P("""Supervision 1: my supervisor asked why I offer to sort things out at the end of every
      session. Outcome: end by asking the mentee what she will do, not what I will do."""),
    P("""Tutor feedback: good use of silence with Mentee 2; I summarised too early, before she
      had finished thinking. Outcome: summarise only at the end."""),
    P("""Peer supervision: the others challenged me on mentoring at midnight. Outcome: only
      after lights out if the other senior agrees and never after 01:00."""),
    P("""Supervision 2: the joint session, and ending well with both. Outcome: a proper final
      review with a feedback form, and an offer of an informal catch-up in the new year."""),
    H(1, "Reflection"),
    P("""The SWOT and the strengths questionnaire gave Mentee 1 words for what she was good at,
      which she needed before she could take charge of the floor. The flipchart of gaps did the
      same for Mentee 2. The overnight session on the 14th was the right thing to do that night
      but it broke my own rule about being fresh, and I've written that into my plan."""),
    P("I confirm this is my own work. Sinead Farrelly, 12 December."),
]

CASE = Case(
    name="r21b_304_night_shelter_pdf",
    unit="8587-304",
    kind="structured-pdf",
    files=[SourceFile("Farrelly S - 304 mentoring log.pdf", BLOCKS)],
    labels={},  # practice log only
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        # Clean: Mentee 1 / Mentee 2; Sinead Farrelly is the learner; Operations Manager,
        # Head of Services, tutor by role; St Brigid's hall, Coventry; SWEP.
        "identifying": [],
        # Mentoring log:
        #   1 Oct M1 19:00-20:00 "1 hr" 60 (contracting counts)
        #   3 Oct M2 19:30-20:15 "45 mins" 45
        #   8 Oct M1 22:00-23:30 "1.5 hrs" 90
        #   16 Oct M2 18:45-20:15 "1½ hrs" 90
        #   22 Oct M1 cancelled 0 (not a session)
        #   24 Oct M1 20:00-21:15 "1 h 15" 75
        #   29 Oct M2 19:00-20:00 "1 hr" 60 (observed: counts)
        #   7 Nov M1 & M2 joint 18:30-20:30 "2 hrs" 120, once
        #   14/15 Nov M2 23:30-00:45, blank length = 75 (over midnight)
        #   19 Nov M1 19:00-20:30 "1.5 hrs" 90
        #   26 Nov M2 19:00-20:00 "1 hr" 60
        #   3 Dec M1 18:30-19:45 "1 h 15" 75
        #   5 Dec M2 19:00-20:15 "1 h 15" 75
        # M1: 60 + 90 + 75 + 90 + 75 = 390 (5); M2: 45 + 90 + 60 + 75 + 60 + 75 = 405 (6); joint 120 (1).
        # 390 + 405 = 795; + 120 = 915 = 15 h 15. Her Total "17 h 15 m" adds the joint 120 twice (1035).
        "minutes": 915,
        "sessions": 12,
        "individuals": 2,
        # Supervision table: 10 Oct "1 hr" 60; 29 Oct tutor feedback after observation "30 mins" 30;
        # 12 Nov peer-supervision group "1.5 hrs" 90; 28 Nov "1 h 15" 75; 10 Dec tutorial postponed 0.
        # 60 + 30 = 90; + 90 = 180; + 75 = 255 = 4 h 15 (her total agrees).
        "supervision_minutes": 255,
    },
    about="Night shelter night services manager; 304 Word-as-PDF log with wrapping Notes rows, a session from 23:30 one day to 00:45 the next with no length, a joint session her total counts twice, cancelled-for-incident row, observed session; separate supervision table with tutor feedback, peer-supervision group, postponed tutorial; clean.",
)
