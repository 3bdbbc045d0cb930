"""8587-302 coaching portfolio in Word from a tram network control centre: an Excel paste with Shift/From/To and formula Mins and Hrs columns that go negative for two night sessions past midnight ("-1370", "-22.83"), a formula TOTAL of "-1855", a planned final row the formula still filled, a cancelled row and a DNA row, a coachee who resigns (his closing call counted) and a replacement, a joint session with two coachees, an observed session with the tutor's debrief, a hand total that adds the planned row, supervision cut short by an incident and finished a week later, a tutorial only booked, an emergency exercise and corridor chats not counted. Planted: the leaver's full name, the replacement's first name.

Lorraine Pickup, duty control manager at a city tram network's control centre, coaches new
controllers on shift: Coachee A throughout, Coachee B until he resigned (chemistry, one night
session, a DNA and a 20-minute closing call she counts), then Coachee C. The Mins column is a
formula: right for day rows, negative for 12/03 23:30-00:40 (70) and 23/04 23:00-00:15 (75),
and "60" for the 07/05 row that is only planned. Her hand total "17 hrs 5 mins" corrects the
night rows but keeps the planned 60.

Practice truth: A 45 + 75 + 90 + 75 + 60 + 60 = 405 (6); B 30 + 70 + 20 = 120 (3);
C 60 + 75 + 90 + 75 + 50 = 350 (5); joint A + C 90 (1): 965 minutes in 15 sessions with three
coachees; supervision/tutorial 75 + 50 + 40 + 30 = 195 minutes.
"""

from .case import B, Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "Unit 302 - Extended Period of Coaching"),
    P("""Lorraine Pickup - Duty Control Manager, Network Control Centre. ILM Level 3 Certificate
      in Effective Coaching and Mentoring."""),
    H(1, "Context and plan"),
    P("""The control centre runs 24/7 on earlies (E, 06:30-14:30), lates (L, 14:30-22:30) and
      nights (N, 22:30-06:30). New controllers are passed as competent after six weeks but
      most of them still freeze on a disruption - a points failure or a vehicle on the track
      - because they are trying to remember the procedure instead of managing the network.
      I planned 12 hours with two new controllers, sessions of 60-90 minutes in the quiet
      room at the start or end of a shift when I am the duty manager on the same shift, so
      the desk is covered."""),
    P("""Coachee A's goal: run a full disruption (single-line working) as lead controller without
      asking me for the next step. Coachee B's goal: write incident log entries that the
      investigations team don't send back. Contracts were three-way with the Control Centre
      Manager: confidentiality except safety-critical matters, sessions only when the desk is
      covered, the manager told attendance only."""),
    H(1, "Coaching log"),
    P("""Pasted from my spreadsheet. Mins = To minus From, Hrs = Mins/60 (Excel formulas)."""),
    T(
        ["Shift", "Date", "Who", "Type", "From", "To", "Mins", "Hrs", "Notes"],
        ["E", "03/03/25", "A", "Chemistry", "07:00", "07:45", "45", "0.75", "Agreed to go ahead; contract signed 05/03"],
        ["L", "04/03/25", "B", "Chemistry", "15:00", "15:30", "30", "0.50", ""],
        ["E", "10/03/25", "A", "Session 1", "06:45", "08:00", "75", "1.25", "Goal and a confidence scale 1-10 (she said 4)"],
        ["N", "12/03/25", "B", "Session 1", "23:30", "00:40", "-1370", "-22.83", "After last tram. Incident log examples"],
        ["E", "17/03/25", "A", "CANCELLED", "", "", "", "", "Points failure at Old Market - all hands in the control room"],
        ["L", "19/03/25", "B", "DNA", "", "", "", "", "B off sick, didn't ring in to me"],
        ["E", "24/03/25", "A", "Session 2", "07:00", "08:30", "90", "1.50", "Walk-through of single-line working on the mimic"],
        ["-", "26/03/25", "B", "Closing call", "12:10", "12:30", "20", "0.33", "B resigned - see note. A proper ending so I am counting it"],
        ["E", "31/03/25", "A", "Session 3", "07:00", "08:15", "75", "1.25", ""],
        ["L", "02/04/25", "C", "Chemistry + contract", "16:00", "17:00", "60", "1.00", "C replaces B"],
        ["E", "07/04/25", "A + C", "Joint session", "07:00", "08:30", "90", "1.50", "Both together - incident log writing from a real log"],
        ["L", "09/04/25", "C", "Session 1", "15:30", "16:45", "75", "1.25", ""],
        ["E", "14/04/25", "A", "Session 4 (observed)", "07:00", "08:00", "60", "1.00", "Tutor observed. Debrief 08:05-08:35"],
        ["L", "16/04/25", "C", "Session 2", "16:00", "17:30", "90", "1.50", ""],
        ["N", "23/04/25", "C", "Session 3", "23:00", "00:15", "-1365", "-22.75", ""],
        ["E", "28/04/25", "A", "Session 5 - final", "07:00", "08:00", "60", "1.00", "Final review, feedback form"],
        ["L", "30/04/25", "C", "Session 4", "16:00", "16:50", "50", "0.83", ""],
        ["L", "07/05/25", "C", "Session 5 - final (planned)", "16:00", "17:00", "60", "1.00", "Booked"],
        ["", "", "", "TOTAL", "", "", "-1855", "-30.92", ""],
    ),
    P("""The TOTAL is rubbish because Excel can't do the two night sessions that went past
      midnight. By hand: 12/03 is 70 mins and 23/04 is 75 mins. Real total 17 hrs 5 mins."""),
    H(2, "Coachee B leaving"),
    P("""On 25/03 Coachee B (Ravi Chandran) told me he had got a signalling job with Network Rail
      and would be leaving at the end of the week. We had a 20-minute call on 26/03 to close
      off properly - what he had got from the sessions and what he'd take with him - so I've
      counted it. I asked the Control Centre Manager for a replacement and Coachee C started
      on 02/04."""),
    H(1, "Supervision"),
    P("""Supervision 1 - Thu 20/03 with our L&D team's coaching supervisor, 1hr15. Outcomes: I
      was treating the sessions like a competence check; my questions were all "what does
      the rule book say". I agreed to open each session with what the coachee wants from it."""),
    P("""Supervision 2 - Thu 17/04, booked for 90 minutes, but I was called to a tram and car
      collision at Cathedral Square after 50 minutes. We finished it on Thu 24/04 (40 mins).
      Outcomes: the joint session worked because A taught C; next time I will plan the ending
      with C at the start, since she joined late."""),
    P("""My tutor observed session 4 with A on 14/04 and debriefed me straight after in the quiet
      room, 08:05-08:35 (in the log). I have a tutorial booked with her for 12 May."""),
    H(1, "Not counted"),
    B("""Exercise Kestrel, 10/04 - A ran the desk in the network's emergency exercise and I sat
      behind her for 3 hours. That was her assessment, not coaching."""),
    B("""Two 10-minute chats with C in the corridor after handover - not sessions."""),
    H(1, "Reflection"),
    P("""The biggest change was A: at the start she put her confidence at 4, and on 28/04 she ran
      the whole Cathedral Square disruption as lead without looking at me once. Niamh picked
      up the incident log work faster than A did, mostly because A explained it to her in the
      joint session. Losing B taught me to agree what happens if someone leaves in the contract
      itself. Using GROW with a "what do you want from today" question at the start of every
      session, after the first supervision, made the sessions feel less like a competence
      check."""),
]

CASE = Case(
    name="r19a_302_tram_control_docx",
    unit="8587-302",
    kind="structured-docx",
    files=[SourceFile("L Pickup - 302 coaching portfolio.docx", BLOCKS)],
    labels={},  # practice log only
    expected_checks={
        "declaration": False,  # no own-work statement anywhere
        "evidence_matrix": False,
        # Coachee B's full name in the leaving note, Coachee C's real first name in the reflection.
        "identifying": ["Ravi Chandran", "Niamh"],
        # From/To (the Mins formula is wrong past midnight):
        #   03/03 A chemistry 07:00-07:45 45      04/03 B chemistry 15:00-15:30 30
        #   10/03 A 06:45-08:00 75                12/03 B 23:30-00:40 70 (Mins "-1370")
        #   17/03 A CANCELLED 0                   19/03 B DNA 0
        #   24/03 A 07:00-08:30 90                26/03 B closing call 12:10-12:30 20 ("counting it")
        #   31/03 A 07:00-08:15 75                02/04 C chemistry + contract 16:00-17:00 60
        #   07/04 A + C joint 07:00-08:30 90 (one session)
        #   09/04 C 15:30-16:45 75                14/04 A observed 07:00-08:00 60
        #   16/04 C 16:00-17:30 90                23/04 C 23:00-00:15 75 (Mins "-1365")
        #   28/04 A final 07:00-08:00 60          30/04 C 16:00-16:50 50
        #   07/05 C planned, "Booked": 0 (its formula Mins "60" is not delivered)
        #   45 + 30 = 75; + 75 = 150; + 70 = 220; + 90 = 310; + 20 = 330; + 75 = 405; + 60 = 465;
        #   + 90 = 555; + 75 = 630; + 60 = 690; + 90 = 780; + 75 = 855; + 60 = 915; + 50 = 965 = 16 h 05.
        # Formula TOTAL: positive Mins 820 (965 - 70 - 75 + 60 planned) - 1370 - 1365 = -1855; -1855/60 = -30.92.
        # Her hand total "17 hrs 5 mins" = 1025 = 965 + the planned 60.
        # Not: the 08:05-08:35 debrief (supervision); Exercise Kestrel 3 hours; corridor chats.
        "minutes": 965,
        "sessions": 15,
        "individuals": 3,  # A, B (= Ravi Chandran), C (= Niamh)
        # Supervision 1 "1hr15" 75; Supervision 2 cut off "after 50 minutes" 50, finished 24/04 "40 mins" 40;
        #   tutor's debrief 08:05-08:35 30; tutorial 12 May only booked 0. 75 + 50 + 40 + 30 = 195.
        "supervision_minutes": 195,
    },
    about="Tram control centre duty manager; 302 Word Excel paste with formula Mins/Hrs negative past midnight and a -1855 TOTAL, a planned row still filled, cancelled and DNA rows, a coachee resigning (closing call counted) and replaced, joint session, observed session with debrief, hand total adding the planned row, supervision cut short by an incident; leaver's name and replacement's first name planted.",
)
