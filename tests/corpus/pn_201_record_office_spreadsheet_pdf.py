"""8584-201 practice evidence as PDF: a record office's Excel sheet with Type, Start and Finish columns only and total rows whose SUM range stops short.

Joanne Mercer, senior archives assistant at a county record office, mentors Freya, a new
searchroom assistant. Practice evidence only: her Excel sheet printed to PDF, columns Date,
Type, With, Start, Finish and Notes, no length column, then two total rows in h:mm. Tricky:
the Type column mixes Mentoring, Mentoring (observed) (counts), Tutor feedback and Tutorial
(supervision), Shadowing (she sat in on the senior archivist mentoring his trainee, not
hers), Training (a document-handling session for six volunteers with Freya among them,
"not counted") and Cancelled; a session split round the searchroom's lunchtime opening into
"pt 1" and "pt 2" rows on one day (one session); the sheet's totals were written before she
added the last rows, so "Total mentoring 5:40" leaves out the final review (true 6:55) and
"Total tutorial 0:55" leaves out the 20 March tutor meeting (true 1:55).

Practice truth: 45 + 70 + 50 + 60 + 55 + 60 + 75 = 415 minutes in seven sessions with one
mentee; supervision 30 + 25 + 60 = 115.
"""

from .case import Case, H, P, SourceFile, T

BLOCKS = [
    H(1, "Appendix B – Mentoring log (printed from Excel)"),
    P("Joanne Mercer – Senior Archives Assistant, Hexley Record Office. Mentee: Freya (Searchroom Assistant). Jan – Mar 2025."),
    P("""I kept this in a spreadsheet on the shared drive (restricted folder). Times are from
      my Outlook calendar and were checked with Freya. The Type column is what the row was;
      only Mentoring rows are my mentoring."""),
    T(
        ["Date", "Type", "With", "Start", "Finish", "Notes"],
        ["14/01/2025", "Mentoring", "Freya", "10:00", "10:45", "First meeting. Agreement, confidentiality, her hopes for the 3 months"],
        ["21/01/2025", "Mentoring", "Freya", "10:00", "11:10", "Goals agreed (see goals sheet). Production slips and the reader enquiry log"],
        ["23/01/2025", "Tutorial", "ILM tutor (phone)", "16:00", "16:30", "Checked my plan and goals"],
        ["28/01/2025", "Cancelled", "Freya", "", "", "Freya off sick. Moved to next week"],
        ["04/02/2025", "Mentoring", "Freya", "10:00", "10:50", "Handling difficult readers – the lost-deed complaint"],
        ["06/02/2025", "Shadowing", "Senior Archivist + his trainee", "14:00", "15:00", "Sat in on his mentoring session to see how he uses questions. Not my mentoring"],
        ["11/02/2025", "Mentoring (observed)", "Freya", "10:00", "11:00", "Observed by my ILM tutor"],
        ["11/02/2025", "Tutor feedback", "ILM tutor", "11:00", "11:25", "Debrief on the observation"],
        ["18/02/2025", "Training", "6 volunteers incl. Freya", "13:30", "15:30", "Document handling for the cataloguing volunteers – training, not counted"],
        ["25/02/2025", "Mentoring", "Freya", "09:45", "10:40", "Progress on goal 1; she ran the enquiry desk alone on Saturday"],
        ["04/03/2025", "Mentoring (pt 1)", "Freya", "10:00", "10:35", "Stopped – searchroom opened early for a school group"],
        ["04/03/2025", "Mentoring (pt 2)", "Freya", "14:15", "14:40", "Same session finished after lunch"],
        ["11/03/2025", "Mentoring", "Freya", "10:00", "11:15", "Final review of both goals, feedback form"],
        ["20/03/2025", "Tutorial", "ILM tutor", "15:00", "16:00", "1 hour tutor meeting for 3.2 – went through this log"],
        ["", "", "", "", "", ""],
        ["Total mentoring (h:mm)", "", "", "", "5:40", "3 hrs needed"],
        ["Total tutorial (h:mm)", "", "", "", "0:55", ""],
    ),
    P("""Freya has seen this log and agrees it is a true record. Her feedback form and the
      goals sheet are in Appendix C."""),
    P("Learner declaration: I confirm this is my own work. J. Mercer 24/03/2025"),
]

CASE = Case(
    name="pn_201_record_office_spreadsheet_pdf",
    unit="8584-201",
    kind="structured-pdf",
    files=[SourceFile("JMercer_201_AppendixB_log.pdf", BLOCKS)],
    labels={},  # practice only
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        # Mentoring rows, Finish - Start:
        # 14/01 10:00-10:45 45 + 21/01 10:00-11:10 70 + 04/02 10:00-10:50 50
        # + 11/02 observed 10:00-11:00 60 + 25/02 09:45-10:40 55
        # + 04/03 pt 1 10:00-10:35 35 and pt 2 14:15-14:40 25 (one session, 60)
        # + 11/03 10:00-11:15 75
        # = 45 + 70 = 115; + 50 = 165; + 60 = 225; + 55 = 280; + 60 = 340; + 75 = 415 (6:55).
        # Not: 28/01 cancelled; 06/02 shadowing (someone else's mentoring); 18/02 training
        # (not counted); tutorial/feedback rows; the total rows. The sheet's "5:40" = 340 stops
        # before the 11/03 row: wrong.
        "minutes": 415,
        "sessions": 7,
        "individuals": 1,  # Freya
        # 23/01 16:00-16:30 30 + 11/02 tutor feedback 11:00-11:25 25 + 20/03 15:00-16:00 60 = 115
        # (the sheet's "0:55" leaves out 20/03: wrong)
        "supervision_minutes": 115,
    },
    about="Record office senior archives assistant; 201 Excel sheet as PDF with Type/With/Start/Finish and no length column, observed session + tutor feedback, shadowing and volunteer training not counted, cancelled row, a session in two parts round lunchtime, total rows whose SUM stops before the last rows (5:40 for 6:55, 0:55 for 1:55).",
)
