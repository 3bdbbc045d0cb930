"""MD36 extended mentoring diary from a night operations manager: 24-hour times across midnight, c/f and b/f rows where each page of the Word table ended, and a Hrs column in decimals with "90m" and "an hour-ish".

Nadia Hussain, night operations manager at a 24/7 vehicle breakdown assistance contact
centre near Warrington (nights 19:00-07:00), mentors four people on her nights: Mentee A (a
new night team leader), B (a quality coach going for a team leader assessment centre), C (an
experienced team leader struggling with absence conversations, who moves to days in January)
and D (a senior call handler short on confidence). The log was a Word table printed to PDF;
at the foot of each page she added a "c/f" row and at the top of the next a "b/f" row, so
it reads c/f 12.75, b/f 12.75, c/f 25.0, b/f 25.0, TOTAL 41.0. Columns: Date (night of),
Time in 24-hour clock, Mentee, Hrs, Notes. Most spans cross midnight ("23:30-00:45",
"23:45-01:15", "00:00-01:15"); Hrs is decimal hours with two "90m" and one "an hour-ish"
(after handover, time "~07:15"). Tricky: a DNA row and a cancelled row; one session observed
by her tutor; C's two sessions after he moved to days are afternoon times; a tutorial and
supervision record with the tutor's debrief after the observation; C's full name slipped
into a note.

Practice truth: A 675 (10) + B 675 (9) + C 540 (8) + D 570 (9) = 2460 minutes (41 hrs) in
36 sessions with four mentees; tutorial/supervision 60 + 30 + 90 + 45 = 225.
"""

from .case import B, Case, H, P, SourceFile, T

HEADER = ["Date (night of)", "Time", "Mentee", "Hrs", "Notes"]

BLOCKS = [
    H(1, "MD36 - Extended mentoring diary"),
    P("Nadia Hussain - Night Operations Manager, vehicle breakdown assistance contact centre (24/7)"),
    H(2, "Mentoring contracts (summary)"),
    P("""I mentored four people on my nights (19:00-07:00). Each signed a basic contract at the
      first session: confidentiality and its limits, sessions in the quiet window between 23:00
      and 04:00 when call volumes drop, 60-90 minutes, in the small meeting room off the floor,
      and that either of us could pause a session if the queue went over 20 calls."""),
    B("Mentee A - new night team leader (promoted from call handler in September). Goal: handle escalated calls without passing them up to me."),
    B("Mentee B - quality coach. Goal: evidence and confidence for the team leader assessment centre in March."),
    B("Mentee C - experienced team leader. Goal: hold return-to-work and absence conversations he has been avoiding. Moved to days in January - we carried on by Teams."),
    B("Mentee D - senior call handler. Goal: confidence to lead the floor huddle and cover breaks as acting team leader."),
    H(2, "Mentoring log"),
    P("Times are 24-hour. The date is the night the shift started, so 23:30-00:45 on 02/10 finished on the 3rd."),
    T(
        HEADER,
        ["02/10/24", "23:30-00:45", "A", "1.25", "Contract signed. Goal agreed"],
        ["03/10/24", "01:00-02:00", "B", "1", "Contract signed. Mapped what the assessment centre looks for"],
        ["07/10/24", "23:15-00:15", "C", "1", "Contract. Why the absence conversations get put off"],
        ["09/10/24", "02:30-03:30", "D", "1", "Contract. Scaled confidence 3/10 leading the huddle"],
        ["14/10/24", "23:30-00:45", "A", "1.25", "Listened back to two escalated calls together"],
        ["16/10/24", "00:15-01:45", "B", "90m", "STAR examples for the assessment centre"],
        ["21/10/24", "23:00-00:00", "C", "1", "Planned a return-to-work conversation"],
        ["23/10/24", "03:00-04:00", "D", "DNA", "D phoned in sick - no session"],
        ["28/10/24", "23:30-00:30", "A", "1", "First escalation handled without me"],
        ["30/10/24", "23:45-01:15", "D", "1.5", "Rearranged from 23/10. Wrote her huddle notes together"],
        ["04/11/24", "01:30-02:30", "B", "1", "Feedback on her first mock presentation"],
        ["06/11/24", "23:30-00:45", "C", "1.25", "He held the conversation - what happened"],
        ["c/f", "", "", "12.75", ""],
    ),
    T(
        HEADER,
        ["b/f", "", "", "12.75", ""],
        ["11/11/24", "23:30-00:30", "A", "1", "Coaching her own call handlers - GROW"],
        ["13/11/24", "02:00-03:00", "D", "1", "Led the 02:00 huddle for the first time"],
        ["18/11/24", "23:15-00:45", "B", "1.5", "Mock interview"],
        ["20/11/24", "23:30-00:45", "C", "1.25", "Observed by my tutor on Teams (C agreed). Tutor debrief after - see tutorial record"],
        ["25/11/24", "after handover ~07:15", "A", "an hour-ish", "Stayed after shift - A had an abusive caller at 05:00, talked it through"],
        ["27/11/24", "00:30-01:30", "D", "1", "Covering breaks - what she's worried about"],
        ["02/12/24", "23:30-00:30", "B", "1", "In-tray exercise practice"],
        ["04/12/24", "23:00-00:15", "C", "1.25", "Two absence meetings this month, both done"],
        ["09/12/24", "01:00-02:00", "A", "1", "Mid-point review of goals"],
        ["11/12/24", "23:45-00:45", "D", "1", "Acting TL for two nights next week"],
        ["16/12/24", "", "B", "-", "Cancelled - ice, queue over 200 all night"],
        ["18/12/24", "23:30-00:45", "C", "1.25", "Last night-shift session for C (Dean Whitworth) before he moves to days"],
        ["c/f", "", "", "25.0", ""],
    ),
    T(
        HEADER,
        ["b/f", "", "", "25.0", ""],
        ["06/01/25", "23:30-00:45", "A", "1.25", "New year goals - escalations now rare"],
        ["08/01/25", "02:00-03:30", "B", "1.5", "Assessment centre date confirmed. Full practice run"],
        ["10/01/25", "14:00-15:00", "C", "1", "C on days now - Teams, I logged on early before my shift"],
        ["13/01/25", "23:30-00:30", "D", "1", "How the acting TL nights went"],
        ["20/01/25", "00:00-01:15", "A", "1.25", "Her own team's absence figures"],
        ["22/01/25", "23:15-00:45", "B", "90m", "Presentation feedback"],
        ["27/01/25", "23:30-00:30", "D", "1", "Huddle confidence now 7/10"],
        ["03/02/25", "23:30-00:45", "A", "1.25", "Planning her ending"],
        ["05/02/25", "01:00-02:00", "B", "1", "Nerves - what's in her control"],
        ["10/02/25", "23:45-00:45", "D", "1", "Applying for TL - talked through the application"],
        ["12/02/25", "15:00-16:00", "C", "1", "Teams - closing session, feedback form"],
        ["17/02/25", "23:30-00:30", "A", "1", "Closing session, feedback form"],
        ["19/02/25", "23:30-00:45", "B", "1.25", "Closing session before the assessment centre, feedback form"],
        ["24/02/25", "00:30-01:30", "D", "1", "Closing session, feedback form"],
        ["TOTAL", "", "", "41.0", "36 sessions, 4 mentees"],
    ),
    H(2, "Tutorial and supervision record"),
    T(
        ["Date", "Type", "Time", "Length", "Outcomes"],
        ["15/10/24", "Tutorial 1:1 with my tutor (Teams)", "10:00-11:00", "1 hr", "Contracting with four mentees at once; keeping the diary up to date on nights"],
        ["20/11/24", "Tutor's debrief after observing my session with C", "00:45-01:15", "30 mins", "I rescued C twice when he went quiet. Let him sit with it"],
        ["09/01/25", "Supervision with our L&D lead (qualified mentoring supervisor)", "13:00-14:30", "1.5 hrs", "Mentoring C remotely, boundaries with A who reports to me"],
        ["26/02/25", "Tutorial 1:1 with my tutor (Teams)", "11:00-11:45", "45 mins", "Ending well, feedback from all four, my supervision plan"],
    ),
    H(2, "Feedback and reflection"),
    P("""All four completed the feedback form. A said the sessions after bad calls were the most
      useful thing; B said the mock interviews; D said being asked, not told. C said the Teams
      sessions were harder to open up in, which matches what I felt. Mentoring on nights gave
      us time the day shift never has, but I had to be strict about the queue rule - twice I
      nearly broke off and once (16/12) we cancelled outright."""),
    P("""Supervision plan: I will keep supervision with the L&D lead every six to eight weeks
      and ask for one more observation, this time of a night session with a mentee who
      doesn't report to me."""),
    P("By submitting I confirm that this assignment is my own work. Nadia Hussain, 03/03/25"),
]

CASE = Case(
    name="ps_md36_breakdown_centre_nights_pdf",
    unit="MD36",
    kind="unstructured",
    files=[SourceFile("MD36 mentoring diary - N Hussain.pdf", BLOCKS)],
    labels={},  # MD36: practice only
    expected_checks={
        "declaration": True,
        "evidence_matrix": None,
        "identifying": ["Dean Whitworth"],  # Mentee C's full name in the 18/12 note
        # Lengths from the 24-hour spans (across midnight where end < start); Hrs agrees on every row.
        # A: 02/10 23:30-00:45 75 + 14/10 23:30-00:45 75 + 28/10 23:30-00:30 60 + 11/11 23:30-00:30 60
        #   + 25/11 "an hour-ish" 60 + 09/12 01:00-02:00 60 + 06/01 23:30-00:45 75 + 20/01 00:00-01:15 75
        #   + 03/02 23:30-00:45 75 + 17/02 23:30-00:30 60
        #   = 75 + 75 = 150; + 60 = 210; + 60 = 270; + 60 = 330; + 60 = 390; + 75 = 465; + 75 = 540; + 75 = 615; + 60 = 675 (10)
        # B: 03/10 01:00-02:00 60 + 16/10 00:15-01:45 "90m" 90 + 04/11 01:30-02:30 60 + 18/11 23:15-00:45 90
        #   + 02/12 23:30-00:30 60 + 08/01 02:00-03:30 90 + 22/01 23:15-00:45 "90m" 90 + 05/02 01:00-02:00 60
        #   + 19/02 23:30-00:45 75
        #   = 60 + 90 = 150; + 60 = 210; + 90 = 300; + 60 = 360; + 90 = 450; + 90 = 540; + 60 = 600; + 75 = 675 (9)
        # C: 07/10 23:15-00:15 60 + 21/10 23:00-00:00 60 + 06/11 23:30-00:45 75 + 20/11 23:30-00:45 75
        #   (observed by tutor: counts) + 04/12 23:00-00:15 75 + 18/12 23:30-00:45 75 + 10/01 14:00-15:00 60
        #   + 12/02 15:00-16:00 60
        #   = 60 + 60 = 120; + 75 = 195; + 75 = 270; + 75 = 345; + 75 = 420; + 60 = 480; + 60 = 540 (8)
        # D: 09/10 02:30-03:30 60 + 30/10 23:45-01:15 90 + 13/11 02:00-03:00 60 + 27/11 00:30-01:30 60
        #   + 11/12 23:45-00:45 60 + 13/01 23:30-00:30 60 + 27/01 23:30-00:30 60 + 10/02 23:45-00:45 60
        #   + 24/02 00:30-01:30 60
        #   = 60 + 90 = 150; then 7 x 60 = 420 -> 570 (9)
        # 675 + 675 = 1350; + 540 = 1890; + 570 = 2460 = 41 h. Sessions 10 + 9 + 8 + 9 = 36.
        # Page check: page 1 = 765 (12.75), page 2 rows = 735 (12.25), page 3 rows = 960 (16.0).
        # Not: 23/10 D "DNA" 03:00-04:00; 16/12 B cancelled ("-"); "c/f 12.75", "b/f 12.75",
        # "c/f 25.0", "b/f 25.0", "TOTAL 41.0"; nights 19:00-07:00; the 23:00-04:00 quiet window;
        # "60-90 minutes" (contract); "20 calls", "05:00", "02:00 huddle"; tutorial/supervision rows.
        "minutes": 2460,
        "sessions": 36,
        "individuals": 4,  # A, B, C (= Dean Whitworth), D
        # 15/10 tutorial 10:00-11:00 60 + 20/11 tutor's observation debrief 00:45-01:15 30
        # + 09/01 supervision 13:00-14:30 90 + 26/02 tutorial 11:00-11:45 45
        # = 60 + 30 = 90; + 90 = 180; + 45 = 225.
        "supervision_minutes": 225,
    },
    about="Breakdown-assistance contact centre night operations manager; MD36 diary printed from Word with 24-hour spans crossing midnight, decimal Hrs with '90m' and 'an hour-ish', 'c/f'/'b/f' rows at each page of the table (12.75, 25.0, TOTAL 41.0), four mentees, DNA and cancelled rows, a tutor-observed session with debrief, a mentee's full name in a note.",
)
