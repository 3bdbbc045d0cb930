"""8587-302 coaching log in Word: a hotel front office manager's h:mm log with group sessions, footnoted rows and a wrong total.

Hannah Pike, front office manager at a city-centre hotel, coaches three receptionists
(Coachee A, B and C) for her Level 3 coaching unit. Practice evidence only, a .docx with one
log table whose Time column is in h:mm ("1:15", "0:45"). Tricky: a team coaching session
with all three (one session, its length once) and a closing group review; a row marked "*"
whose footnote says it was rescheduled (counts); a row marked "¹" whose footnote explains the
first 20 minutes (a return-to-work interview) were taken off, so the 1:00 in the cell is
coaching only; a cancelled row not rearranged; her Total (13:55) is an h:mm addition slip,
the rows make 13:15. Supervision only in prose (45 minutes, an hour, an hour and a half).

Practice truth: 60 + 45 + 75 + 90 + 90 + 60 + 75 + 60 + 50 + 60 + 70 + 60 = 795 minutes in
12 sessions with three coachees; supervision 45 + 60 + 90 = 195.
"""

from .case import Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "Unit 302: Undertaking an Extended Period of Coaching – Coaching Log"),
    P("Hannah Pike, Front Office Manager, The Wharfside Hotel"),
    P("""I coached three of my receptionists from January to March 2025. To keep the log
      anonymous they are Coachee A, B and C. Times are hours and minutes (h:mm)."""),
    T(
        ["Date", "Coachee", "Time", "Focus / notes"],
        ["06/01/25", "A", "1:00", "Contracting and goal setting (upselling rooms)"],
        ["06/01/25", "B", "0:45", "Contracting. Goal: handling complaints at the desk"],
        ["13/01/25", "A", "1:15", "Upselling script, what stops her asking"],
        ["14/01/25", "B", "1:30", "Complaint role plays"],
        ["20/01/25", "A, B and C (team)", "1:30", "Team coaching: how the desk shares complaints on a busy night"],
        ["27/01/25", "C", "1:00", "Contracting. Goal: night audit without calling the duty manager"],
        ["03/02/25", "A", "1:15", "Upselling results for January"],
        ["04/02/25", "B *", "1:00", "Using the complaints log"],
        ["10/02/25", "C", "0:50", "Night audit checklist"],
        ["17/02/25", "A ¹", "1:00", "Confidence after sickness absence"],
        ["24/02/25", "B", "cancelled", "Hotel full (conference), not rearranged"],
        ["03/03/25", "C", "1:10", "First audit done alone – review"],
        ["10/03/25", "A, B and C", "1:00", "Group review of goals and feedback forms"],
        ["Total", "", "13:55", ""],
    ),
    P("* Rescheduled from 28/01 because B was on a fire marshal course."),
    P("""¹ The first 20 minutes of this meeting were A's return-to-work interview, which is a
      management meeting, so I have not included it. The 1:00 is the coaching part only."""),
    H(1, "Supervision"),
    P("""My coaching supervisor is the group's learning and development partner. We had
      three supervision sessions: the first on 15 January for forty-five minutes over Teams,
      mainly about coaching people I line manage; the second on 12 February for an hour in
      person, when we talked about Coachee A's absence; and the last on 14 March, which lasted
      an hour and a half and was a review of the whole programme before I wrote my
      reflections."""),
    H(1, "Declaration"),
    P("I confirm that this log is a true record of the coaching I delivered. Hannah Pike, 21/03/2025"),
]

CASE = Case(
    name="pm_302_hotel_front_office_hmm_docx",
    unit="8587-302",
    kind="structured-docx",
    files=[SourceFile("Hannah Pike 302 coaching log.docx", BLOCKS)],
    labels={},  # practice only
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        # 06/01 A 60 + 06/01 B 45 + 13/01 A 75 + 14/01 B 90 + 20/01 team 90 (once) + 27/01 C 60
        # + 03/02 A 75 + 04/02 B* 60 + 10/02 C 50 + 17/02 A¹ 60 (coaching part only) + 03/03 C 70
        # + 10/03 group 60 (once)
        # 60 + 45 = 105; + 75 = 180; + 90 = 270; + 90 = 360; + 60 = 420; + 75 = 495; + 60 = 555;
        # + 50 = 605; + 60 = 665; + 70 = 735; + 60 = 795 (13:15).
        # Not: 24/02 cancelled; the return-to-work 20 minutes (already outside the 1:00);
        # the Total row 13:55 (wrong, 835).
        "minutes": 795,
        "sessions": 12,  # A 4, B 3, C 3, team 1, group review 1
        "individuals": 3,  # Coachee A, B, C
        # prose: 15 Jan forty-five minutes 45 + 12 Feb an hour 60 + 14 Mar an hour and a half 90 = 195
        "supervision_minutes": 195,
    },
    about="Hotel front office manager; 302 docx log in h:mm with a team coaching session and a group review (each once), footnoted rescheduled row and a row whose footnote says 20 min were taken off, cancelled row, wrong h:mm total (13:55 for 13:15), supervision only in prose.",
)
