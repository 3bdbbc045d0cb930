"""8584-201 portfolio on the handbook's diary template: a pottery's senior thrower mentoring an apprentice, with an evidence matrix, a planned/actual log with a running total, two sessions again as template records, and a counted three-way first session with the line manager.

Lorraine Cope, senior thrower at a ceramics factory in Stoke-on-Trent, mentors a new
apprentice thrower, "Apprentice A". She uses her centre's Word template: the cover table
(with "Total number of hours completed: 4 hrs 35 mins"), an evidence matrix, the plan and goals
tables, her own session log (Session | Date | Planned | Actual | Running total | Notes), the
mentoring record page for two of the sessions, the reflective log and the tutor meeting page.
Actual lengths: "14:00-14:40", "1h20", "half an hour", "1.25 hrs", "50 minutes".

Tricky: session 1 is a three-way meeting with A and the production manager (A's line
manager) which she calls "our first mentoring session" (counted); a cancelled row (A off sick)
and its rearranged short session; a row where A shadowed her glazing, "not a mentoring session,
not counted", with "(30 mins)"; an observed session with the tutor's 15-minute feedback
(supervision); a follow-up only booked; a Total row and the cover total, both right; the
records for sessions 2 and 4 ("80 mins", "1 hr 15 mins") repeat log rows. Supervision: the
tutor's observation feedback, the one-hour tutor meeting, half an hour with the factory's
training manager; a second tutorial only booked.

Practice truth: 40 + 80 + 30 + 75 + 50 = 275 minutes (4 h 35) in 5 sessions with one mentee;
supervision 15 + 30 + 60 = 105.
"""

from .case import Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "ILM Level 2 Award in Effective Mentoring Skills – Unit 201 Developing Mentoring Skills"),
    H(1, "Mentoring Diary"),
    T(
        ["Name of Mentor", "Lorraine Cope"],
        ["Client Ref/ID", "Apprentice A"],
        ["Start Date of Activity", "04/03/2025"],
        ["Total number of hours completed", "4 hrs 35 mins"],
        ["Signature of Mentor", "L Cope   Date 02/04/2025"],
        ["Signature of Mentee", "Apprentice A   Date 02/04/2025"],
    ),
    H(1, "Evidence matrix"),
    T(
        ["AC", "Evidence", "Where to find it"],
        ["1.1", "Mentoring plan", "Page 2"],
        ["1.2", "SMART goals", "Page 2"],
        ["2.1", "Session log and records (4 hrs 35 mins)", "Pages 3–5"],
        ["2.2", "Reflective log – questions and listening", "Page 6"],
        ["2.3", "Feedback given, mentee feedback form", "Pages 4–5, 7"],
        ["2.4", "Reflective log – trust", "Page 6"],
        ["2.5", "Session log and mentoring records", "Pages 3–5"],
        ["3.1", "Review of my performance", "Page 7"],
        ["3.2", "Tutor meeting and observation", "Page 8"],
        ["3.3", "Development plan", "Page 8"],
    ),
    H(2, "AC 1.1 Prepare a plan for effective mentoring of an individual"),
    T(
        ["Write a brief profile of the person you are mentoring", "Apprentice A is 17 and started on the throwing wheels in January. Good hands, but loses heart when a piece collapses and goes quiet rather than asking."],
        ["Has confidentiality been agreed? Yes/No", "Yes – at the first session, with the production manager present"],
        ["Where will you meet for the sessions?", "The sample room off the throwing shop, or at my wheel when we need clay"],
        ["What makes this venue suitable?", "Quiet, a door that closes, and the wheels are close by"],
        ["Planned duration of the sessions", "About an hour, Tuesdays after break"],
        ["Number of sessions", "5 or 6"],
    ),
    H(2, "AC 1.2 State the agreed goals of the mentoring session"),
    T(["Record here the SMART Goals of the person you are mentoring",
       "1. Throw ten matching 1lb mugs to within 5 mm of the template by the end of March. 2. Ask for help at least once a day instead of waiting for me to notice."]),

    H(2, "AC 2.1 / 2.5 Session log"),
    T(
        ["Session", "Date", "Planned", "Actual", "Running total", "Notes"],
        ["1", "04/03/25", "45 mins", "14:00-14:40", "0:40", "Three-way meeting with A and the production manager (A's line manager) to agree goals and confidentiality – our first mentoring session"],
        ["2", "11/03/25", "1 hr", "1h20", "2:00", "Centring and cylinders – lots of questions"],
        ["–", "18/03/25", "1 hr", "cancelled", "2:00", "A off sick"],
        ["3", "20/03/25", "(rearranged)", "half an hour", "2:30", "Short one at the end of the shift – the collapsed jugs"],
        ["–", "22/03/25", "–", "(30 mins)", "–", "A shadowed me glazing – not a mentoring session, not counted"],
        ["4", "25/03/25", "1 hr", "1.25 hrs", "3:45", "Observed by my tutor. Pulling handles; A asked for help twice"],
        ["5", "01/04/25", "1 hr", "50 minutes", "4:35", "Final review – ten mugs within 4 mm, both goals met"],
        ["6", "15/04/25", "1 hr", "booked", "", "Follow-up after her first month on production"],
        ["Total", "", "", "4 hrs 35 mins", "", "5 sessions"],
    ),
    H(3, "Mentoring record"),
    T(["Session no.", "2", "Date", "11/03/2025", "Duration", "80 mins"]),
    T(
        ["Review of client's progress from last session (if applicable)", "First session after goals were set"],
        ["Goal/focus/topic for today's meeting", "Centring – why her cylinders twist"],
        ["Feedback you gave to the mentee", "Her hands are steady but she speeds the wheel up when she is nervous"],
        ["Feedback from mentee on the mentoring session", "Liked being asked what she thought went wrong first"],
        ["Date and venue of next session", "18/03, sample room"],
    ),
    H(3, "Mentoring record"),
    T(["Session no.", "4", "Date", "25/03/2025", "Duration", "1 hr 15 mins"]),
    T(
        ["Review of client's progress from last session (if applicable)", "Eight mugs within 5 mm"],
        ["Goal/focus/topic for today's meeting", "Pulling handles"],
        ["Feedback you gave to the mentee", "She asked for help twice without prompting – I told her that was the goal working"],
        ["Feedback from mentee on the mentoring session", "Nervous with the tutor watching but fine after ten minutes"],
        ["Date and venue of next session", "01/04, sample room"],
    ),

    H(2, "Reflective log – AC 2.2 and AC 2.4"),
    T(
        ["", "Session date 11/03", "Session date 25/03"],
        ["How did you develop trust with mentee?", "Told her about the first hundred pots I binned when I started in 1998", "Let her choose what to throw while the tutor watched"],
        ["Examples of questions you asked", "What did you feel just before it collapsed?", "What would you do differently on the next one?"],
        ["Listening techniques you used", "Stopped my own wheel so she knew I was listening", "Repeated back her words about the handles"],
    ),

    H(2, "AC 3.1 Review own mentoring performance"),
    P("""I talk while she works and I need to wait until she stops the wheel. Her feedback form said
      the sessions made her less scared of asking, which was her second goal."""),
    H(2, "AC 3.2 Meeting with tutor"),
    T(
        ["Name of Mentor", "Lorraine Cope"],
        ["Observation/Recording/Discussion", "Observation of session 4 on 25/03 with 15 minutes of feedback afterwards; discussion meeting on 03/04, 1 hour, going through my diary and reflective log"],
        ["Name of supervisor/tutor", "Sandra Hollins (ILM tutor)"],
        ["Date", "25/03/2025 and 03/04/2025"],
    ),
    P("""I also had half an hour with our training manager, who is a qualified coach, on 27/03 to
      talk about the cancelled session and whether I was pushing A too hard. A second tutorial
      with Sandra is booked for 22/04."""),
    H(2, "AC 3.3 Areas for future development"),
    P("""Wait for the wheel to stop before I speak; write the record the same day; mentor one of next
      year's apprentices from their first week."""),
    P("I confirm that this portfolio is my own work. Lorraine Cope, 04/04/2025"),
]

CASE = Case(
    name="pz_b_201_pottery_docx",
    unit="8584-201",
    kind="portfolio",
    files=[SourceFile("Cope L - Unit 201 portfolio.docx", BLOCKS)],
    labels={},  # a practice log: its figures are measured, not the finder (its few criterion labels were dropped)
    expected_checks={
        "declaration": True,
        "evidence_matrix": True,
        "identifying": [],  # Apprentice A only; the production manager by role; tutor is the learner's own
        # 1 04/03 "14:00-14:40" 40 (three-way with the line manager, her "first mentoring session")
        # + 2 11/03 "1h20" 80 + 3 20/03 "half an hour" 30 + 4 25/03 "1.25 hrs" 75 (observed)
        # + 5 01/04 "50 minutes" 50 = 40 + 80 = 120; + 30 = 150; + 75 = 225; + 50 = 275 = 4h35 (5).
        # Her Total row "4 hrs 35 mins" and the cover total agree (right).
        # Not: 18/03 cancelled; 22/03 shadowing "(30 mins)" (her word: not counted); 6 15/04 booked;
        # the Planned and Running total columns; records for sessions 2 ("80 mins") and 4
        # ("1 hr 15 mins") repeat log rows 2 and 4.
        "minutes": 275,
        "sessions": 5,
        "individuals": 1,  # Apprentice A
        # 25/03 tutor's feedback after observing "15 minutes" 15 + 27/03 training manager (a qualified
        # coach) "half an hour" 30 + 03/04 tutor discussion meeting "1 hour" 60 = 15 + 30 = 45; + 60 = 105.
        # Not 22/04 (booked).
        "supervision_minutes": 105,
    },
    about="Pottery senior thrower; 201 DOCX on the diary template with an evidence matrix, planned/actual log with a right running total, a counted three-way first session with the line manager, cancelled/rearranged rows, mentee shadowing her not counted, observed session with tutor feedback, booked follow-up, two sessions repeated as template records, tutor meeting and training-manager supervision, booked tutorial.",
)
