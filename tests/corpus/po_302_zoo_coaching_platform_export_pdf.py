"""8587-302 practice evidence as PDF: a zoo L&D lead's coaching-platform export, booked lengths only, actual times in the notes.

Hannah Greaves, learning and development lead at a zoo, coaches two staff: Coachee A (a senior
primate keeper aiming for team leader) and Coachee B (an education officer). Sessions are
booked on the zoo's coaching platform and she submits its export printed to PDF: ID, Coachee,
Scheduled, Duration (min), Status, Coach notes. She replaced the names with A and B, except in
one row she missed: B's chemistry call still shows "Maddie Hart" (planted; the next B row
follows up "the goals from our chemistry call", and she states there are two coachees).
Tricky: Duration is the BOOKED length; one session ran 15 minutes over ("actual 75 mins") and
one finished 20 minutes early ("actual 40 mins"), and she says she counts the actual times;
both chemistry calls are counted; a joint session with both coachees (120, once); a No-show,
a Cancelled by coachee row with its rebooked row, a Rescheduled row with its new booking; a
"Scheduled" 6-week follow-up in May (planned); the platform's summary line totals the booked
lengths (1,020 min) and her own line corrects it to 1,015. Supervision in a small h:mm table
(1:30 and 1:15) plus a 45-minute tutorial in prose.

Practice truth: 1,015 minutes in 15 sessions with two coachees; supervision 90 + 75 + 45 = 210.
"""

from .case import Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "Unit 302 – Appendix C: Coaching record"),
    P("""Hannah Greaves, Learning and Development Lead, Westmoor Zoo. ILM Level 3 Certificate in
      Effective Coaching and Mentoring."""),
    P("""I coached two members of staff between January and April 2025: Coachee A, a senior keeper
      in the primate section who wants to move up to team leader, and Coachee B, an education
      officer who presents to school groups and wants to present to the trustees. All our
      coaching is booked through CoachTrack, the platform our HR team uses, so below is the
      platform's session export, printed to PDF. I have replaced my coachees' names with Coachee
      A and Coachee B."""),
    P("""Please note the Duration column is the length the session was BOOKED for. Where a session
      ran longer or shorter I have put the actual time in the coach notes, and it is the actual
      time that I have counted."""),

    H(1, "CoachTrack – Sessions export – Coach: H. Greaves – 01/01/2025 to 30/04/2025"),
    T(
        ["ID", "Coachee", "Scheduled", "Duration (min)", "Status", "Coach notes"],
        ["S-1041", "Coachee A", "2025-01-08 14:00", "30", "Completed",
         "Chemistry call (Teams). Wants to lead the primate team; worried about managing friends"],
        ["S-1042", "Maddie Hart", "2025-01-09 09:30", "30", "Completed",
         "Chemistry call. Confidence presenting to adults, especially the board"],
        ["S-1050", "Coachee A", "2025-01-15 14:00", "90", "Completed",
         "Contracting, agreement signed. 360 questionnaire sent to 6 colleagues"],
        ["S-1051", "Coachee B", "2025-01-16 09:30", "90", "Completed",
         "Contracting, agreement signed. Goals from our chemistry call written up; strengths profile done"],
        ["S-1063", "Coachee A", "2025-01-29 14:00", "60", "No-show",
         "A called away to an animal health emergency. Rebooked S-1070"],
        ["S-1064", "Coachee B", "2025-01-30 09:30", "60", "Completed",
         "Strengths profile debrief. GROW on the trustees presentation"],
        ["S-1070", "Coachee A", "2025-02-05 14:00", "60", "Completed",
         "360 results. Two themes: delegating, difficult conversations"],
        ["S-1077", "Coachee B", "2025-02-13 09:30", "60", "Cancelled by coachee",
         "School group arrived early. Rebooked S-1080"],
        ["S-1080", "Coachee B", "2025-02-14 15:00", "60", "Completed",
         "Ran over – actual 75 mins. Rehearsed the first 5 minutes of her talk"],
        ["S-1085", "Coachee A", "2025-02-19 14:00", "60", "Completed",
         "Ended early – actual 40 mins (radio call, escape drill). Planned a conversation with a keeper"],
        ["S-1091", "Coachee A; Coachee B", "2025-02-26 10:00", "120", "Completed",
         "Joint session – both wanted to redesign the keeper talks programme together"],
        ["S-1096", "Coachee B", "2025-03-06 09:30", "60", "Completed",
         "Feedback from her trustees dry run. Handling questions she can't answer"],
        ["S-1102", "Coachee A", "2025-03-12 14:00", "90", "Completed",
         "Role play of the difficult conversation; he held it the next day"],
        ["S-1103", "Coachee B", "2025-03-13 09:30", "90", "Completed",
         "Debrief of the trustees presentation – went well. New goal: a conference abstract"],
        ["S-1110", "Coachee A", "2025-03-26 14:00", "60", "Rescheduled",
         "Moved to S-1114 (section meeting clash)"],
        ["S-1115", "Coachee B", "2025-03-27 09:30", "60", "Completed",
         "Final review, feedback form. Ending agreed"],
        ["S-1114", "Coachee A", "2025-03-28 11:00", "60", "Completed",
         "Delegation – what he has handed over and what he is holding on to"],
        ["S-1120", "Coachee A", "2025-04-09 14:00", "60", "Completed",
         "Final review, feedback form, 360 re-run agreed for the summer. Ending agreed"],
        ["S-1125", "Coachee B", "2025-05-14 09:30", "30", "Scheduled",
         "6-week follow-up"],
    ),
    P("""Export summary: Completed 15 | No-show 1 | Cancelled 1 | Rescheduled 1 | Scheduled 1 |
      Total duration (completed): 1,020 min"""),
    P("""The platform adds up the booked lengths. Because S-1080 ran 15 minutes over and S-1085
      finished 20 minutes early, my actual coaching time is 1,015 minutes, which is 16 hours 55
      minutes, with two coachees. The follow-up with B in May is booked but has not happened yet,
      so it is not included."""),

    H(1, "Supervision and tutorials (not on CoachTrack)"),
    T(
        ["Date", "With", "Length (h:mm)", "Main outcomes"],
        ["21/02/2025", "External coach supervisor (Teams)", "1:30",
         "Coaching colleagues I work with every day – agreed to say so openly at the start of each session; I was leading A towards my own answer on delegation"],
        ["04/04/2025", "External coach supervisor (in person)", "1:15",
         "Endings and follow-up; how to use the 360 re-run without it becoming an appraisal"],
    ),
    P("""I also had a 45-minute tutorial with my ILM tutor on 10 March, which was mainly about my
      reflective log and how much detail to put in it."""),
    P("Declaration: I confirm that this is my own work and a true record of the coaching I delivered. H. Greaves, 22 April 2025"),
]

CASE = Case(
    name="po_302_zoo_coaching_platform_export_pdf",
    unit="8587-302",
    kind="structured-pdf",
    files=[SourceFile("Greaves H 302 Appendix C coaching record.pdf", BLOCKS)],
    labels={},  # practice only
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        "identifying": ["Maddie Hart"],  # Coachee B's full name left in one export row
        # Completed rows, actual minutes (booked unless the notes give the actual):
        # S-1041 A 30; S-1042 B (Maddie Hart) 30; S-1050 A 90; S-1051 B 90; S-1064 B 60;
        # S-1070 A 60; S-1080 B 75 (booked 60, "actual 75"); S-1085 A 40 (booked 60, "actual 40");
        # S-1091 A+B joint 120 (once); S-1096 B 60; S-1102 A 90; S-1103 B 90; S-1115 B 60;
        # S-1114 A 60; S-1120 A 60.
        # 30 + 30 = 60; + 90 = 150; + 90 = 240; + 60 = 300; + 60 = 360; + 75 = 435; + 40 = 475;
        # + 120 = 595; + 60 = 655; + 90 = 745; + 90 = 835; + 60 = 895; + 60 = 955; + 60 = 1015.
        # Platform total 1,020 = booked (1015 - 15 + 20); her own line 1,015 is right.
        # Not: S-1063 No-show; S-1077 Cancelled; S-1110 Rescheduled; S-1125 Scheduled (May).
        "minutes": 1015,
        "sessions": 15,  # 7 A-only + 7 B-only + 1 joint
        "individuals": 2,  # Coachee A; Coachee B (= Maddie Hart)
        # Supervision table 1:30 = 90 + 1:15 = 75; tutorial in prose 45. 90 + 75 + 45 = 210.
        "supervision_minutes": 210,
    },
    about="Zoo L&D lead; 302 coaching-platform export as PDF with BOOKED Duration (min) and actual times only in notes (75 over, 40 short), a coachee's full name left in one chemistry-call row, joint session, No-show/Cancelled/Rescheduled/Scheduled statuses, platform total of booked lengths corrected by her, h:mm supervision table plus a prose tutorial.",
)
