"""MD36 workplace mentoring diary in Markdown from a broiler hatchery, whose record is her Outlook calendar exported to CSV and pasted line by line (quoted Subject, Start Date, Start Time "09:00:00", End Date, End Time, Location, Required Attendees): "Canceled:" rows that Outlook keeps, a slot still showing for a mentee who did not come, a slot that ran 20 minutes over, supervision and the tutor's feedback as calendar rows of their own, a January supervision that is only booked, group sessions for two and three mentees, a mentee who leaves after three sessions and her replacement, a ride-along session not in the calendar that she counts, and a per-mentee "Summary of activity" that adds each group session to every mentee in it. Planted: the leaving mentee's full name left in the Required Attendees column and the replacement's first name in the feedback section.

Helen Brough, hatchery operations manager at a broiler hatchery near Thirsk, mentors W (the
vaccination team leader), X (a setter room operator, who leaves for a feed mill job after three
sessions), Y (the chick quality supervisor) and Z (the new dispatch supervisor, from October).
She says the calendar times are what happened unless a note says otherwise: 23/09 W "ran to
10:20"; 09/10 Y did not come (DNA) though the slot is still there. Her summary "W 16h 50, X 2h
45, Y 16h 30, Z 13h 15, TOTAL 49h 20, 34 sessions" counts the two group sessions under each
mentee in them. Supervision: 21/10 tutor feedback 10:30-11:00, 12/11 supervision 13:00-14:30,
16/12 Teams tutorial 16:00-16:45; 16/09 supervision "Canceled:"; 06/01 supervision booked.

Practice truth: W 740 (9) + X 165 (3) + Y 720 (9) + Z 570 + ride-along 75 = 645 (8) + groups
120 + 150 = 270 (2) = 2540 minutes in 31 sessions with four mentees; supervision 30 + 90 + 45 = 165.
"""

from .case import B, Case, H, P, SourceFile, T

CSV = [
    '"Subject","Start Date","Start Time","End Date","End Time","Location","Required Attendees"',
    '"Mentoring - W (first meeting)","02/09/2024","09:00:00","02/09/2024","10:00:00","Hatchery office",""',
    '"Mentoring - X (first meeting)","03/09/2024","13:30:00","03/09/2024","14:15:00","Hatchery office","Priya Chauhan"',
    '"Mentoring - Y (first meeting)","04/09/2024","09:00:00","04/09/2024","09:45:00","Hatchery office",""',
    '"Contracting - W","09/09/2024","09:00:00","09/09/2024","10:30:00","Meeting room 1",""',
    '"Contracting - X","10/09/2024","13:30:00","10/09/2024","14:30:00","Meeting room 1","Priya Chauhan"',
    '"Contracting - Y","11/09/2024","09:00:00","11/09/2024","10:15:00","Meeting room 1",""',
    '"Mentoring - W","16/09/2024","09:00:00","16/09/2024","10:30:00","Hatchery office",""',
    '"Canceled: Supervision - D","16/09/2024","13:00:00","16/09/2024","14:30:00","Teams",""',
    '"Canceled: Mentoring - X","17/09/2024","13:30:00","17/09/2024","14:30:00","Hatchery office","Priya Chauhan"',
    '"Mentoring - Y","18/09/2024","09:00:00","18/09/2024","10:30:00","Chick room",""',
    '"Mentoring - W","23/09/2024","09:00:00","23/09/2024","10:00:00","Vaccination room",""',
    '"Mentoring - X","24/09/2024","13:30:00","24/09/2024","14:30:00","Hatchery office","Priya Chauhan"',
    '"Mentoring - Y","25/09/2024","09:00:00","25/09/2024","10:30:00","Hatchery office",""',
    '"Group - W Y (biosecurity audit walk)","30/09/2024","08:00:00","30/09/2024","10:00:00","Whole site",""',
    '"Mentoring - W","07/10/2024","09:00:00","07/10/2024","10:30:00","Hatchery office",""',
    '"Mentoring - Z (first meeting + contract)","08/10/2024","14:00:00","08/10/2024","15:30:00","Meeting room 1",""',
    '"Mentoring - Y","09/10/2024","09:00:00","09/10/2024","10:00:00","Hatchery office",""',
    '"Mentoring - Y (rearranged)","10/10/2024","11:00:00","10/10/2024","12:00:00","Hatchery office",""',
    '"Mentoring - W","14/10/2024","09:00:00","14/10/2024","10:30:00","Hatchery office",""',
    '"Mentoring - Z","15/10/2024","14:00:00","15/10/2024","15:30:00","Dispatch bay",""',
    '"Observed - Mentoring - Y (tutor observing)","21/10/2024","09:00:00","21/10/2024","10:30:00","Chick room",""',
    '"Tutor feedback","21/10/2024","10:30:00","21/10/2024","11:00:00","Hatchery office",""',
    '"Mentoring - Z","22/10/2024","14:00:00","22/10/2024","15:00:00","Dispatch bay",""',
    '"Mentoring - W","28/10/2024","09:00:00","28/10/2024","10:30:00","Hatchery office",""',
    '"Group - W Y Z (hatch window data)","04/11/2024","08:00:00","04/11/2024","10:30:00","Meeting room 1",""',
    '"Mentoring - Z","05/11/2024","14:00:00","05/11/2024","15:30:00","Hatchery office",""',
    '"Mentoring - Y","11/11/2024","09:00:00","11/11/2024","10:30:00","Chick room",""',
    '"Supervision - D","12/11/2024","13:00:00","12/11/2024","14:30:00","Teams",""',
    '"Mentoring - W","18/11/2024","09:00:00","18/11/2024","10:00:00","Vaccination room",""',
    '"Mentoring - Z","19/11/2024","14:00:00","19/11/2024","15:30:00","Dispatch bay",""',
    '"Mentoring - Y","25/11/2024","09:00:00","25/11/2024","10:30:00","Hatchery office",""',
    '"Canceled: Mentoring - Z","26/11/2024","14:00:00","26/11/2024","15:30:00","Dispatch bay",""',
    '"Mentoring - W (review)","02/12/2024","09:00:00","02/12/2024","10:30:00","Hatchery office",""',
    '"Mentoring - Z","03/12/2024","14:00:00","03/12/2024","15:30:00","Hatchery office",""',
    '"Mentoring - Y (review)","09/12/2024","09:00:00","09/12/2024","10:30:00","Hatchery office",""',
    '"Mentoring - Z (review)","10/12/2024","14:00:00","10/12/2024","15:00:00","Hatchery office",""',
    '"Tutorial (Teams) - ILM","16/12/2024","16:00:00","16/12/2024","16:45:00","Teams",""',
    '"Supervision - D","06/01/2025","13:00:00","06/01/2025","14:30:00","Teams",""',
]

BLOCKS = [
    H(1, "Workplace Mentoring Diary (36 hours)"),
    P("""Helen Brough - Hatchery Operations Manager. Broiler hatchery near Thirsk: 1.2 million eggs set a
      week, Ross 308 and Cobb 500, day-old chicks delivered to farms across the Vale of York and the
      Wolds. 64 staff on three shifts."""),
    H(2, "1. Planning and organising the mentoring"),
    P("""Mentees: W, our vaccination team leader (wants to become hatchery supervisor); X, a setter room
      operator (wants to move into the hatchery's quality role); Y, our chick quality supervisor
      (new to managing people). X left us in late September for a job at a feed mill and Z, our new
      dispatch supervisor, joined the programme in October. I have used the letters all through."""),
    P("""Plan: 36+ hours from September to December, about an hour and a half a fortnight each, in the
      office or wherever the work is, never on a hatch morning. Two group sessions where the
      mentees' goals overlap (biosecurity, hatch window). Each contract was agreed with the mentee
      and their manager (the Production Manager for W and Y, the Quality Manager for X, the
      Transport Manager for Z): confidential except for bird welfare, food safety or anyone's
      safety; managers hear dates and goals; 24 hours to cancel; my notes locked in my office and
      shredded six months after we finish. Each of them signed the contract at the contracting
      session."""),
    B("W - goal: run the hatchery for a full hatch day as acting supervisor with no call-outs to me; vaccination error rate under 0.5%."),
    B("X - goal: pass the internal egg quality assessor sign-off."),
    B("Y - goal: hold her first return-to-work and first performance conversation on her own; chick grade-outs down to 1.5%."),
    B("Z - goal: dispatch schedule built by him a week ahead; no late deliveries in December."),
    H(2, "2. Mentoring record - my Outlook calendar"),
    P("""Everything I do at work is in my Outlook calendar, so I exported September to January to CSV and
      pasted it here. I took people's names out of the attendee column. The times are what happened
      unless I say otherwise in the notes under it."""),
    *[P(line) for line in CSV],
    P("Notes on the export:"),
    B("23/09 W - we ran on to 10:20 (he had a vaccinator fault to talk through)."),
    B("""09/10 Y - she didn't come, the hatch ran two hours late and she was on the line. The slot is
      still in the calendar. We did it the next day (the "rearranged" one)."""),
    B("""X told me on 24/09 that she'd been offered the feed mill job. That was our last session. I
      cancelled the 17/09 one myself because of an auditor's visit."""),
    B("21/10 - my tutor observed the Y session, then gave me half an hour's feedback (the Tutor feedback row)."),
    B("16/09 supervision was cancelled because D was off sick. The 06/01 supervision is booked - it hasn't happened yet."),
    B("""Not in the calendar: on Thursday 14 November I went out on the chick delivery run with Z, to
      see the job from the cab. We did a proper session on the way round - his schedule, the
      late-delivery log - 1h15 of it, and I'm counting that."""),
    H(3, "Summary of activity"),
    T(
        ["Mentee", "Sessions", "Hours"],
        ["W", "11", "16h 50"],
        ["X", "3", "2h 45"],
        ["Y", "11", "16h 30"],
        ["Z", "9", "13h 15"],
        ["TOTAL", "34", "49h 20"],
    ),
    P("(The group sessions are in each person's hours because each of them was there for all of it.)"),
    H(2, "3. Feedback and reflections"),
    P("""Feedback forms from all four (X did hers by e-mail after she left) and from two of the managers.
      W's manager said he had run a hatch day without ringing me for the first time in October.
      Gareth said the ride-along was the most useful hour, because I saw the job he was describing
      instead of nodding at it. Y said the observed session was hard because my tutor was there but
      that the return-to-work role play was what she needed."""),
    P("""The one-to-one programmes worked better than the group ones for the people goals (Y's
      conversations, Z's confidence), and the group sessions worked best for the technical ones -
      W and Y learned more about the hatch window from each other than from me. With X I never
      got past contracting and two sessions; if I had asked about her plans at the start I might
      have shaped the goal around the move she was already thinking of. Marek's and Newcastle
      disease vaccination came up in every session with W, because his job is the one where one
      mistake costs a whole flock."""),
    H(2, "4. Tutorial and supervision"),
    P("""Supervision with D (a mentor supervisor from the poultry company's L&D team) on 12 November was
      where I was challenged most: D asked why I mentor Y on Mondays at 9, straight after a weekend
      hatch, when she's at her most tired. I moved her sessions. My tutor's feedback after the
      observed session (21 October) was that I gave Y the answer twice when she was close to it
      herself. The Teams tutorial on 16 December was a portfolio check."""),
    P("""Next time I will book supervision for the first month, not wait until I have a problem, and I
      will agree a "what if you leave" line in every contract."""),
    P("Declaration: I confirm this diary is my own work. H. Brough, 20 December 2024."),
]

CASE = Case(
    name="r20a_md36_hatchery_md",
    unit="MD36",
    kind="legacy-questions",
    files=[SourceFile("H_Brough_MD36_diary.md", BLOCKS)],
    labels={},  # practice log only
    expected_checks={
        "declaration": True,
        "evidence_matrix": None,
        # X's full name in the Required Attendees column (four rows, one name); Z's first name in the
        # feedback. Clean: Helen Brough / H. Brough is the learner; D (supervisor's letter); Ross 308,
        # Cobb 500 (breeds); Marek's, Newcastle disease; Thirsk, Vale of York, the Wolds.
        "identifying": ["Priya Chauhan", "Gareth"],
        # Calendar (Start-End), her notes applied:
        # W: 02/09 09:00-10:00 60; 09/09 09:00-10:30 90; 16/09 09:00-10:30 90; 23/09 09:00-10:00 but
        #    "ran on to 10:20" 80; 07/10 90; 14/10 90; 28/10 90; 18/11 09:00-10:00 60; 02/12 90
        #    60 + 90 = 150; + 90 = 240; + 80 = 320; + 90 = 410; + 90 = 500; + 90 = 590; + 60 = 650; + 90 = 740 (9)
        # X: 03/09 13:30-14:15 45; 10/09 13:30-14:30 60; 17/09 Canceled 0; 24/09 13:30-14:30 60
        #    45 + 60 + 60 = 165 (3)
        # Y: 04/09 09:00-09:45 45; 11/09 09:00-10:15 75; 18/09 90; 25/09 90; 09/10 DNA 0;
        #    10/10 11:00-12:00 60; 21/10 observed 09:00-10:30 90; 11/11 90; 25/11 90; 09/12 90
        #    45 + 75 = 120; + 90 = 210; + 90 = 300; + 60 = 360; + 90 = 450; + 90 = 540; + 90 = 630; + 90 = 720 (9)
        # Z: 08/10 14:00-15:30 90; 15/10 90; 22/10 14:00-15:00 60; 05/11 90; 19/11 90; 26/11 Canceled 0;
        #    03/12 90; 10/12 14:00-15:00 60
        #    90 + 90 = 180; + 60 = 240; + 90 = 330; + 90 = 420; + 90 = 510; + 60 = 570 (7)
        #    + 14/11 ride-along "1h15", "I'm counting that" 75 = 645 (8)
        # Groups (once each): 30/09 W Y 08:00-10:00 120; 04/11 W Y Z 08:00-10:30 150 = 270 (2)
        # 740 + 165 = 905; + 720 = 1625; + 645 = 2270; + 270 = 2540 = 42 h 20. 9 + 3 + 9 + 8 + 2 = 31.
        # Her summary: W 740 + 270 = 1010 = 16h50 (11); X 165 = 2h45 (3); Y 720 + 270 = 990 = 16h30 (11);
        #   Z 645 + 150 = 795 = 13h15 (9); 1010 + 165 + 990 + 795 = 2960 = 49h20, 34 sessions.
        "minutes": 2540,
        "sessions": 31,
        "individuals": 4,  # W, X (Priya Chauhan), Y, Z (Gareth)
        # 21/10 "Tutor feedback" 10:30-11:00 30; 12/11 "Supervision - D" 13:00-14:30 90;
        # 16/12 "Tutorial (Teams)" 16:00-16:45 45; 16/09 Canceled; 06/01 booked. 30 + 90 + 45 = 165.
        "supervision_minutes": 165,
    },
    about="Broiler hatchery operations manager; MD36 Markdown diary whose record is a pasted Outlook CSV export (Canceled: rows, a DNA slot still showing, an overrun in a note, supervision and tutor-feedback rows, a booked January supervision), mentee leaving and replaced, group sessions, ride-along counted outside the calendar, summary double-counting groups; full and first name planted.",
)
