"""8587-304 mentoring: a plain-text e-portfolio export, one evidence item per block of fields.

Craig Hollis, a signalling maintenance team leader on the railway, mentors two apprentices
(Mentee R and Mentee S). His evidence lives in the training provider's e-portfolio, and he
handed in its text export: each item a block of "Field: value" lines, among them Duration
(hh:mm, the session itself) and Off-the-job hours (decimal, which adds preparation and
write-up and so is always larger). The export also holds a reflective account that has
off-the-job hours but no session, the same session uploaded twice (the second rejected by the
assessor as a duplicate), a session not completed because a possession overran, progress
reviews with the assessor, a supervision item, an assessor observation with a separate
feedback item, a planned item, and a summary line of off-the-job hours at the top.

Practice truth: 45 + 40 + 75 + 60 + 60 + 120 + 50 + 60 + 60 = 570 minutes in nine sessions
with two mentees; supervision and reviews 60 + 30 + 20 = 110 minutes in three.
"""

from .case import Case, P, SourceFile

ITEMS = [
    ("0401", "Mentoring - first meeting and agreement with Mentee R", "Practice log", "08/01/2025", "00:45", "1.00",
     "Accepted", "Agreed ground rules and that we'd meet every other Wednesday after the early turn."),
    ("0402", "Mentoring - first meeting and agreement with Mentee S", "Practice log", "10/01/2025", "00:40", "1.00",
     "Accepted", "S was quieter than R. Agreed to start with her questions about the fault log."),
    ("0405", "Progress review 1", "Tutorial / progress review", "15/01/2025", "01:00", "1.00",
     "Accepted", "Review with my assessor, Lorraine, about my mentoring so far and the 304 plan."),
    ("0407", "Mentoring session 2 - Mentee R", "Practice log", "22/01/2025", "01:15", "1.75",
     "Accepted", "Point machine failures: he explained, I asked. Write-up took 30 mins."),
    ("0408", "Reflective account - my first month as a mentor", "Reflective account", "26/01/2025", "", "2.00",
     "Accepted", "Written at home, not a session."),
    ("0410", "Mentoring session 2 - Mentee S", "Practice log", "24/01/2025", "01:00", "1.50",
     "Accepted", "Her confidence on the radio with the signaller."),
    ("0412", "Mentoring session 3 - Mentee R", "Practice log", "05/02/2025", "01:00", "1.50",
     "Accepted", "Talked through his first night possession."),
    ("0413", "Mentoring session 3 - Mentee R", "Practice log", "05/02/2025", "01:00", "1.50",
     "Rejected - duplicate of 0412", "Uploaded twice by mistake when the app froze."),
    ("0415", "Supervision - my line manager on my mentoring", "Supervision", "07/02/2025", "00:30", "0.50",
     "Accepted", "Section manager, about balancing R and S fairly."),
    ("0418", "Mentoring session 3 - Mentee S (lineside walk)", "Practice log", "12/02/2025", "02:00", "2.50",
     "Accepted", "Walked the Up Main with her between two locations; mentoring the whole way."),
    ("0420", "Mentoring session 4 - Mentee S", "Practice log", "26/02/2025", "00:00", "0.00",
     "Not completed", "Cancelled - the possession overran and we were both still on track."),
    ("0421", "Mentoring session 4 - Mentee R", "Practice log", "05/03/2025", "00:50", "1.25",
     "Accepted", "His apprenticeship end-point assessment worries."),
    ("0423", "Observed mentoring session - Mentee S", "Practice log (observed)", "12/03/2025", "01:00", "1.00",
     "Accepted", "Lorraine observed me mentoring S in the depot mess room."),
    ("0424", "Observation feedback", "Tutorial / progress review", "12/03/2025", "00:20", "0.33",
     "Accepted", "Lorraine's feedback straight after the observation."),
    ("0426", "Mentoring session 5 - Mentee R", "Practice log", "19/03/2025", "01:00", "1.50",
     "Accepted", "Review of goals; R wants to carry on informally."),
    ("0428", "Mentoring session 5 - Mentee S (final review)", "Practice log", "02/04/2025", "01:00", "",
     "Planned", "Booked for after this export."),
]

BLOCKS = [
    P("PORTFOLIO EXPORT - ILM Level 5 Coaching and Mentoring"),
    P("Learner: Craig Hollis    Unit: 8587-304    Generated: 28/03/2025 08:14"),
    P("Items in this export: 17    Total off-the-job hours recorded (accepted and submitted items): 18.33"),
    P("""Learner statement: I confirm that the evidence in this portfolio is my own work and an
      honest record of my mentoring. My mentees are called Mentee R and Mentee S here at their
      request."""),
    P("""Learner note for the assessor: the Duration field is how long the session itself lasted.
      Off-the-job hours are what the apprenticeship system wants, and include getting ready and
      writing up, so they are always bigger. Please use Duration for my mentoring hours."""),
]
for number, title, kind, date, duration, otj, status, notes in ITEMS:
    BLOCKS += [
        P(f"=== Evidence item {number} ==="),
        P(f"Title: {title}"),
        P(f"Evidence type: {kind}"),
        P(f"Date of activity: {date}"),
        P(f"Duration: {duration}"),
        P(f"Off-the-job hours: {otj}"),
        P(f"Status: {status}"),
        P(f"Learner notes: {notes}"),
    ]
BLOCKS += [
    P("=== Evidence item 0430 ==="),
    P("Title: Reflection on my mentoring practice (unit 304)"),
    P("Evidence type: Reflective account"),
    P("Date of activity: 27/03/2025"),
    P("Duration:"),
    P("Off-the-job hours: 1.50"),
    P("Status: Submitted"),
    P("""Learner notes: Mentoring on the railway is different from mentoring in an office because
      so much of the learning happens on track, where safety comes first and conversation comes
      second. The best session I had with S was the lineside walk in February, two hours between
      locations, where she asked more questions than in all our mess-room sessions put together.
      With R the sessions worked best after a real job, when he had something to make sense of.
      I learnt from Lorraine's observation that I close down silences too quickly, and from my
      section manager that I was giving R more time because he asks for it, which was not fair on
      S. In the second half of the period I tried to keep the sessions even and to let the
      mentee lead. I also learnt to protect the sessions: the one that was lost to an overrunning
      possession was never rebooked, and I regret that."""),
    P("=== End of export ==="),
]

CASE = Case(
    name="pv_304_eportfolio_export",
    unit="8587-304",
    kind="unstructured",
    files=[SourceFile("hollis-304-portfolio-export.txt", BLOCKS)],
    labels={},  # a practice log only: its figures are measured, not the evidence finder
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        "identifying": [],
        # Duration of accepted practice-log items: R 45 (0401) + 75 (0407) + 60 (0412) + 50 (0421)
        # + 60 (0426) = 290; S 40 (0402) + 60 (0410) + 120 (0418) + 60 (0423, observed) = 280;
        # 290 + 280 = 570. Not 0413 (duplicate), 0420 (not completed), 0428 (planned), the
        # reflective accounts, or any off-the-job hours.
        "minutes": 570,
        "sessions": 9,  # R 5 + S 4
        "individuals": 2,  # Mentee R and Mentee S
        # progress review 60 (0405) + supervision 30 (0415) + observation feedback 20 (0424) = 110
        "supervision_minutes": 110,
    },
    about="Railway signalling team leader; e-portfolio text export of Field: value blocks, Duration vs larger off-the-job hours, a rejected duplicate, a not-completed item, reflective accounts.",
)
