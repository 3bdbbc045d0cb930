"""MD36 36-hour mentoring diary as PDF: a print works' decimal-hours log over several pages, footnoted rows, a split session and a wrong total.

Dominic Shaw, shift production manager at a commercial print works, mentors three team
leaders, Kerry (finishing), Ade (press hall) and Marta (dispatch), from September to December.
Practice evidence only: one Word table, header row repeated at each page break with a "Page
subtotal" row (right, the group session included) before it, hours in decimals ("1.75", "2.25"). Tricky: Ade's session
on 21 October split by a press breakdown into "part 1" (1.0) and "part 2" (0.75) rows on the
same day (one session); a group session with all three (once); footnoted rows: "¹" Kerry's
session whose first half hour was her appraisal, entered as 1.25 for the mentoring part only,
"²" Marta's session rescheduled, "³" a forklift refresher he ran for eight operators
(training, "not in my total"); a DNA; two tutorial rows and a supervision meeting described
only in prose after the log; Marta's final review, planned for 27 November, moved to
2 December and reported only in a paragraph under the log (1.5, counts); his closing total
adds the page subtotals wrongly (42.5 for 42.0), so "44.0 hours" is wrong: the truth is 43.5.

Practice truth: Kerry 810 + Ade 840 + Marta 840 + group 120 = 2610 minutes in 25 sessions
with three mentees; supervision 60 + 30 + 60 = 150.
"""

from .case import Case, H, P, SourceFile, T

HEADER = ["Date", "Mentee / activity", "Hours", "Notes"]

PAGE_1 = [
    ["02/09/25", "Kerry", "1.5", "First meeting, mentoring agreement"],
    ["03/09/25", "Ade", "1.5", "First meeting, mentoring agreement"],
    ["04/09/25", "Marta", "1.5", "First meeting, mentoring agreement"],
    ["09/09/25", "Kerry", "2.0", "Goals: cutting waste on the folder-gluer"],
    ["10/09/25", "Ade", "1.5", "Goals: make-ready times on press 4"],
    ["11/09/25", "Marta", "2.0", "Goals: van loading plan, fewer missed collections"],
    ["12/09/25", "Tutorial – ILM tutor", "1.0", "Planning the diary (tutorial, not mentoring)"],
    ["16/09/25", "Kerry", "1.75", "Waste figures, root cause"],
    ["17/09/25", "Ade", "2.0", "Shift handover with the night press crew"],
    ["18/09/25", "Marta", "1.5", "Talking to drivers about late loading"],
    ["23/09/25", "Kerry", "2.0", "Running her first team brief"],
    ["25/09/25", "Marta", "0", "DNA – two agency staff didn't show, she was loading"],
    ["30/09/25", "Kerry, Ade, Marta (group)", "2.0", "Group session: handovers between finishing, press and dispatch"],
]

PAGE_2 = [
    ["02/10/25", "Marta ²", "2.0", "Absence on her team"],
    ["07/10/25", "Kerry", "1.5", "Feedback from her team brief"],
    ["08/10/25", "Ade", "2.0", "Make-ready figures, what's changed"],
    ["14/10/25", "Forklift refresher ³", "3.0", "8 operators, yard"],
    ["15/10/25", "Marta", "2.25", "Planning the Christmas peak"],
    ["21/10/25", "Ade – part 1", "1.0", "Session stopped: press 4 down, I was called to the hall"],
    ["21/10/25", "Ade – part 2", "0.75", "Same session finished after the press was back"],
    ["22/10/25", "Kerry", "2.0", "Dealing with a grievance in her team"],
    ["28/10/25", "Tutorial – ILM tutor (phone)", "0.5", "Checking stakeholder feedback for the diary"],
]

PAGE_3 = [
    ["04/11/25", "Ade", "2.0", "Training his deputy"],
    ["05/11/25", "Marta", "1.5", "Peak rota, agency booking"],
    ["11/11/25", "Kerry ¹", "1.25", "Progress against goals"],
    ["18/11/25", "Ade", "1.5", "360 feedback from press crew"],
    ["19/11/25", "Marta", "1.75", "Feedback from the transport manager"],
    ["25/11/25", "Kerry", "1.5", "Final review and feedback form"],
    ["26/11/25", "Ade", "1.75", "Final review and feedback form"],
    ["27/11/25", "Marta", "0.0", "Final review planned – moved to December (see below)"],
]

BLOCKS = [
    H(0, "Mentoring Diary – 36 hours"),
    P("Dominic Shaw, Shift Production Manager, Kestrel Print & Packaging, Wakefield"),
    P("""I mentored three team leaders who were promoted in the summer: Kerry in finishing,
      Ade in the press hall and Marta in dispatch. We met in the training room off the
      canteen, usually at the start of the back shift. Hours are in decimals as the
      company timesheets are. The log went over three pages in Word so I put a subtotal at
      the bottom of each page."""),
    T(
        HEADER,
        *PAGE_1,
        ["Page subtotal", "", "19.25", "mentoring only"],
        HEADER,
        *PAGE_2,
        ["Page subtotal", "", "11.5", "mentoring only"],
        HEADER,
        *PAGE_3,
        ["Page subtotal", "", "11.25", "mentoring only"],
    ),
    P("""¹ The first half hour of this meeting was Kerry's appraisal with the works manager,
      which I sat in on. I have put 1.25 for the mentoring part only."""),
    P("""² Rescheduled from 30/09 because of the group session."""),
    P("""³ Training I ran as part of my job – not mentoring, not in my total."""),
    P("""Marta's final review happened on 2 December and is the last mentoring session of the
      diary: 1.5 hours, feedback form done."""),
    P("Total mentoring hours: 42.5 (pages 1 to 3) + 1.5 (Marta, 2 December) = 44.0 hours."),
    H(1, "Supervision"),
    P("""Apart from the two tutorials in the log, I had one supervision meeting with
      Lorraine, the site's HR business partner, who is a qualified mentor. We met for an
      hour on 30 October to talk about the grievance in Kerry's team and where my role as
      her manager ended and my role as her mentor began."""),
    H(1, "Stakeholder feedback"),
    P("""All three mentees filled in a feedback form at their final review. The transport
      manager and the press hall supervisor also gave written comments, which are in the
      appendix to this diary."""),
    P("Declaration: I declare this diary is my own work and a true record. D. Shaw, 5/12/2025"),
]

CASE = Case(
    name="pm_md36_print_works_footnoted_pdf",
    unit="MD36",
    kind="structured-pdf",
    files=[SourceFile("D Shaw MD36 mentoring diary.pdf", BLOCKS)],
    labels={},  # practice only
    expected_checks={
        "declaration": True,
        "evidence_matrix": None,
        # Kerry: 02/09 1.5 + 09/09 2.0 + 16/09 1.75 + 23/09 2.0 + 07/10 1.5 + 22/10 2.0 + 11/11 1.25¹ + 25/11 1.5
        #   = 1.5 + 2.0 = 3.5; + 1.75 = 5.25; + 2.0 = 7.25; + 1.5 = 8.75; + 2.0 = 10.75; + 1.25 = 12.0; + 1.5 = 13.5
        #   = 810 min (8 sessions)
        # Ade: 03/09 1.5 + 10/09 1.5 + 17/09 2.0 + 08/10 2.0 + 21/10 (1.0 + 0.75, one session) + 04/11 2.0
        #   + 18/11 1.5 + 26/11 1.75 = 1.5 + 1.5 = 3; + 2 = 5; + 2 = 7; + 1.75 = 8.75; + 2 = 10.75; + 1.5 = 12.25;
        #   + 1.75 = 14.0 = 840 min (8 sessions, the split one once)
        # Marta: 04/09 1.5 + 11/09 2.0 + 18/09 1.5 + 02/10² 2.0 + 15/10 2.25 + 05/11 1.5 + 19/11 1.75
        #   + 2 Dec final review 1.5 (prose) = 1.5 + 2 = 3.5; + 1.5 = 5; + 2 = 7; + 2.25 = 9.25; + 1.5 = 10.75;
        #   + 1.75 = 12.5; + 1.5 = 14.0 = 840 min (8 sessions)
        # Group 30/09 Kerry, Ade, Marta 2.0 = 120 (once, 1 session)
        # 810 + 840 + 840 + 120 = 2610 (43.5 h). Page subtotals 19.25 + 11.5 + 11.25 = 42.0 (right, group in p.1).
        # Not: 25/09 DNA; 14/10 forklift refresher³ (training, not in total); 27/11 planned row (0.0);
        # tutorial rows; repeated headers; page subtotals; the learner's "44.0 hours" (wrong; 42.5 should be 42.0).
        "minutes": 2610,
        "sessions": 25,  # Kerry 8 + Ade 8 + Marta 8 + group 1
        "individuals": 3,  # Kerry, Ade, Marta
        # 12/09 tutorial 1.0 = 60 + 28/10 phone tutorial 0.5 = 30 + 30 Oct supervision with Lorraine an hour 60 = 150
        "supervision_minutes": 150,
    },
    about="Print works shift manager; MD36 log as a three-page PDF table with the header repeated and right page subtotals, decimal hours, a session split in two rows on one day, group session, footnoted rows (part-meeting taken off, rescheduled, training not counted), DNA, a final review moved and reported in prose, tutorial rows, supervision in prose, wrong closing total.",
)
