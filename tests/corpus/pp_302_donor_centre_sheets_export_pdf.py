"""8587-302 coaching log as a Google Sheets export to PDF: header row repeated on each page, a Total row, and a supervision tab.

Priya Raman, manager of a blood donor centre, coaches two of her staff, coded C1 (a senior
donor carer on the day team) and C2 (the team leader of a mobile session team). Practice
evidence only: the sheet "Coaching log" printed over two pages with "Rows to repeat" on, so
the header row is at the top of both pages, then the second tab, "Supervision", under it on
page 2. Duration is in minutes; no start times, no row numbers. Tricky: three "Postponed"
rows with 0, each session held later on a row saying "rescheduled from ..." (count those
once); a 3-way row (C1, her line manager and Priya) whose duration she typed as "(45)" and
marked "Not coaching - not counted", which is why the sheet's SUM skips it and the Total row (895) is right; the
line manager's full name left in that row's notes; on the supervision tab a cancelled row
with 0 and a group supervision with the ILM tutor; no declaration in a bare export.

Practice truth: C1 450 + C2 445 = 895 minutes in 14 sessions with two coachees;
supervision 60 + 75 + 90 = 225.
"""

from .case import Case, P, SourceFile, T

HEADER = ["Date", "Coachee", "Type", "Duration (mins)", "Status", "Notes"]

PAGE_1 = [
    ["03/03/25", "C1", "Chemistry", "30", "Held", "Is coaching right for her, is it OK that I'm her manager"],
    ["04/03/25", "C2", "Chemistry", "30", "Held", "Met at the centre between mobile sessions"],
    ["10/03/25", "C1", "Coaching", "75", "Held", "Contract signed. Goals: lead the morning huddle, deal with faint incidents without calling me"],
    ["11/03/25", "C2", "Coaching", "60", "Held", "Contract signed. Goals: plan mobile rotas 6 wks ahead, cut late set-ups"],
    ["24/03/25", "C1", "Coaching", "70", "Held", "GROW on the huddle. Action: run Thursday's huddle"],
    ["25/03/25", "C2", "Coaching", "0", "Postponed", "Mobile session in Penrith overran. Rebooked 01/04"],
    ["01/04/25", "C2", "Coaching", "65", "Held", "Rescheduled from 25/03. Rota planning - what gets in the way"],
    ["07/04/25", "C1", "Coaching", "80", "Held", "Huddle went OK. Faint incident role play"],
    ["14/04/25", "C1", "3-way", "(45)", "Not coaching",
     "Dawn Fairclough (C1's line manager), C1 and me - do the goals fit her PDR? Not coaching - not counted"],
    ["15/04/25", "C2", "Coaching", "75", "Held", "Rota template done. Talked about saying no to area office"],
    ["28/04/25", "C1", "Coaching", "0", "Postponed", "C1 on her venepuncture refresher. Moved to 06/05"],
    ["29/04/25", "C2", "Coaching", "85", "Held", "Late set-ups down from 5 to 1 this month. Wheel of life"],
    ["06/05/25", "C1", "Coaching", "60", "Held", "Rescheduled from 28/04. Handled 2 faints on her own"],
    ["12/05/25", "C2", "Coaching", "0", "Postponed", "Short staffed, I was on the floor. Moved to 20/05"],
]

PAGE_2 = [
    ["19/05/25", "C1", "Coaching", "75", "Held", "Confidence scaling 4 -> 7. Planning to train new starters"],
    ["20/05/25", "C2", "Coaching", "70", "Held", "Rescheduled from 12/05. Difficult conversation with a driver"],
    ["02/06/25", "C1", "Final review", "60", "Held", "Both goals met. Feedback form done"],
    ["03/06/25", "C2", "Final review", "60", "Held", "Both goals met. Feedback form done"],
    ["", "", "Total", "895", "", "14.92 hrs"],
]

BLOCKS = [
    P("Unit 302 coaching log - P Raman - Riverside Donor Centre"),
    P("Coaching log"),
    P("Key: C1 = Senior Donor Carer (day team), C2 = Team Leader (mobile team 2). All sessions in the quiet room unless it says."),
    T(HEADER, *PAGE_1),
    T(HEADER, *PAGE_2),
    P("Supervision"),
    T(
        ["Date", "With", "Type", "Duration (mins)", "Notes"],
        ["19/03/25", "External coaching supervisor", "1:1 supervision", "60", "Coaching my own staff - boundaries. Contract wording"],
        ["30/04/25", "External coaching supervisor", "1:1 supervision", "75", "The 3-way meeting - did I slip into manager mode?"],
        ["14/05/25", "ILM tutor", "Group supervision", "0", "Cancelled - tutor ill, rearranged to 28/05"],
        ["28/05/25", "ILM tutor + 5 other learners", "Group supervision", "90", "Endings. Feedback forms"],
        ["", "", "Total", "225", "3.75 hrs"],
    ),
]

CASE = Case(
    name="pp_302_donor_centre_sheets_export_pdf",
    unit="8587-302",
    kind="structured-pdf",
    files=[SourceFile("P Raman 302 coaching log.pdf", BLOCKS)],
    labels={},  # practice only
    expected_checks={
        "declaration": False,  # a bare spreadsheet export, nothing signed
        "evidence_matrix": False,
        "identifying": ["Dawn Fairclough"],  # C1's line manager, full name in the 14/04 row
        # Held rows, Duration (mins):
        # C1: 03/03 30 + 10/03 75 + 24/03 70 + 07/04 80 + 06/05 60 (rescheduled from 28/04)
        #   + 19/05 75 + 02/06 60 = 30 + 75 = 105; + 70 = 175; + 80 = 255; + 60 = 315; + 75 = 390;
        #   + 60 = 450 (7 sessions)
        # C2: 04/03 30 + 11/03 60 + 01/04 65 (rescheduled from 25/03) + 15/04 75 + 29/04 85
        #   + 20/05 70 (rescheduled from 12/05) + 03/06 60 = 30 + 60 = 90; + 65 = 155; + 75 = 230;
        #   + 85 = 315; + 70 = 385; + 60 = 445 (7 sessions)
        # 450 + 445 = 895 = the sheet's Total (right; 895 / 60 = 14.92 hrs).
        # Not: 25/03, 28/04, 12/05 Postponed (0); 14/04 3-way "(45)", "Not coaching - not counted";
        # the Total row; the repeated header rows.
        "minutes": 895,
        "sessions": 14,
        "individuals": 2,  # C1, C2
        # Supervision tab: 19/03 60 + 30/04 75 + 28/05 group supervision 90 = 225 (its Total, right);
        # not 14/05 cancelled (0).
        "supervision_minutes": 225,
    },
    about="Blood donor centre manager; 302 Google Sheets export as PDF, header row repeated at the top of page 2, minutes column, three Postponed rows each held later as 'rescheduled from', a 3-way row typed '(45)' and marked not coaching so the SUM Total is right, line manager's full name in that row, supervision tab with a cancelled row and a group supervision, no declaration.",
)
