"""MD36 mentoring diary log as PDF: a football stadium's grid with one column per mentee, group sessions marked "G" in every attendee's column.

Lewis Mensah, matchday operations manager at a football club's stadium, mentors four
supervisors: Aled (hospitality), Bryony (stewarding), Callum (retail) and Dami (ticket office).
His spreadsheet has a row per date and a column per mentee holding that person's minutes, a
"Day total (mins)" column, a "Tutor / sup (mins)" column and Notes, printed as two tables
(September-October and November-December, header repeated) each ending in a totals row, then a
grand total line. Tricky: group sessions are entered in EVERY attendee's column with a "G"
("90G" three times, "120G" four times) but are one session each, and the legend and the Day
total count them once; the per-mentee column totals in the totals rows therefore add up to
more than the day totals (1390 v 1210, 1550 v 1010); two days with three and two separate 1:1s
in one row; DNA and "canc" cells; an observed session with a 30-minute tutor debrief on the
same row (supervision column); tutorials and supervision in their own column, not in the day
totals. Day totals, page totals and the grand total (2220 = 37 hours) are right.

Practice truth: 1210 + 1010 = 2220 minutes in 17 + 14 = 31 sessions with four mentees;
supervision 135 + 135 = 270.
"""

from .case import Case, H, P, SourceFile, T

HEADER = ["Date", "Aled", "Bryony", "Callum", "Dami", "Day total (mins)", "Tutor / sup (mins)", "Notes"]

BLOCKS = [
    H(0, "Workplace Mentoring Diary (36 hours) – Section 2: Mentoring log"),
    P("""Lewis Mensah, Matchday Operations Manager, Castlegate Athletic FC (Castlegate Stadium).
      September to December 2025."""),
    P("""I mentored the four matchday supervisors who were appointed in the summer: Aled
      (hospitality), Bryony (stewarding), Callum (retail and kiosks) and Dami (ticket office).
      I kept the log on a spreadsheet with a column for each of them, so I could see at a glance
      who I had seen and how much. All sessions were on non-matchdays in the boardroom or the
      ticket office meeting room."""),
    P("""How to read it: the number in a person's column is the minutes of their session. G means a
      group session – it is the same session for everyone marked G, so it is only in the day
      total once. DNA = did not attend, canc = cancelled. Tutorials and supervision are in their
      own column and are NOT in the day total."""),

    H(1, "Log – September and October 2025"),
    T(
        HEADER,
        ["Mon 01/09", "60", "60", "", "", "120", "", "Contracting – Aled, then Bryony"],
        ["Tue 02/09", "", "", "75", "60", "135", "", "Contracting – Callum, then Dami"],
        ["Wed 10/09", "", "", "", "", "", "60", "Tutorial with ILM tutor – planning the diary"],
        ["Mon 15/09", "90", "", "", "", "90", "", "Goals; matchday skills audit"],
        ["Tue 16/09", "", "90", "80", "", "170", "", "Goals; matchday skills audit"],
        ["Wed 17/09", "", "", "", "DNA", "0", "", "Dami – ticketing system crashed, couldn't leave the office"],
        ["Mon 22/09", "", "", "", "85", "85", "", "Dami rebooked; goals; skills audit"],
        ["Thu 25/09", "90G", "90G", "90G", "", "90", "", "Group: debriefing your team after a matchday. Dami on leave"],
        ["Mon 06/10", "60", "", "70", "", "130", "", ""],
        ["Tue 07/10", "", "75", "", "60", "135", "", ""],
        ["Mon 13/10", "", "", "", "", "", "75", "Supervision – Head of People (accredited mentor)"],
        ["Mon 20/10", "65", "canc", "", "", "65", "", "Bryony cancelled – safety officer's meeting. Moved to Thu"],
        ["Thu 23/10", "", "60", "55", "75", "190", "", "Three 1:1s back to back"],
        ["Sept–Oct totals", "365", "375", "370", "280", "1210", "135", ""],
    ),

    H(1, "Log – November and December 2025 (continued)"),
    T(
        HEADER,
        ["Mon 03/11", "75", "", "", "60", "135", "", ""],
        ["Tue 04/11", "", "80", "60", "", "140", "30", "Callum's session observed by my tutor; 30 min debrief with the tutor afterwards"],
        ["Mon 10/11", "90G", "90G", "", "90G", "90", "", "Group: handling complaints on the concourse. Callum on leave"],
        ["Mon 17/11", "", "", "75", "50", "125", "", ""],
        ["Tue 18/11", "60", "DNA", "", "", "60", "", "Bryony DNA – forgot (her words). Not rebooked"],
        ["Mon 24/11", "", "", "", "", "", "60", "Supervision – Head of People"],
        ["Mon 01/12", "60", "75", "", "", "135", "", "Final 1:1 reviews"],
        ["Tue 02/12", "", "", "70", "65", "135", "", "Final 1:1 reviews"],
        ["Mon 08/12", "120G", "120G", "120G", "120G", "120", "", "Closing group session – all four. Feedback forms"],
        ["Wed 10/12", "", "", "", "", "", "45", "Tutorial – reviewing the diary before Section 3"],
        ["Thu 11/12", "", "", "", "70", "70", "", "Extra session Dami asked for before the Boxing Day fixture"],
        ["Nov–Dec totals", "405", "365", "325", "455", "1010", "135", ""],
    ),
    P("""Grand total of mentoring: 1210 + 1010 = 2220 minutes = 37 hours. Tutorials and
      supervision: 135 + 135 = 270 minutes (4½ hours). The person columns add up to more than the
      day totals because a group session is in each person's column."""),
    P("""Declaration: I confirm that this diary is my own work and a true record of my mentoring.
      Lewis Mensah, 15 December 2025"""),
]

CASE = Case(
    name="po_md36_stadium_mentee_columns_pdf",
    unit="MD36",
    kind="structured-pdf",
    files=[SourceFile("L Mensah MD36 diary section 2 log.pdf", BLOCKS)],
    labels={},  # practice only
    expected_checks={
        "declaration": True,
        "evidence_matrix": None,
        "identifying": ["Aled", "Bryony", "Callum", "Dami"],  # mentees' real first names
        # Sept-Oct, one session per numeric person cell, a G group once:
        # 01/09 60 + 60; 02/09 75 + 60; 15/09 90; 16/09 90 + 80; 22/09 85; 25/09 G 90 (once);
        # 06/10 60 + 70; 07/10 75 + 60; 20/10 65; 23/10 60 + 55 + 75.
        # Day totals 120 + 135 = 255; + 90 = 345; + 170 = 515; + 85 = 600; + 90 = 690; + 130 = 820;
        # + 135 = 955; + 65 = 1020; + 190 = 1210. Sessions 2+2+1+2+1+1+2+2+1+3 = 17.
        # Nov-Dec: 03/11 75 + 60; 04/11 80 + 60 (Callum's observed, counts); 10/11 G 90 (once);
        # 17/11 75 + 50; 18/11 60; 01/12 60 + 75; 02/12 70 + 65; 08/12 G 120 (once); 11/12 70.
        # Day totals 135 + 140 = 275; + 90 = 365; + 125 = 490; + 60 = 550; + 135 = 685; + 135 = 820;
        # + 120 = 940; + 70 = 1010. Sessions 2+2+1+2+1+2+2+1+1 = 14.
        # 1210 + 1010 = 2220 = 37 h (his grand total right).
        # Not: the person-column totals (1390 and 1550 count each G session per attendee); totals
        # rows; 17/09 and 18/11 DNA; 20/10 canc; the tutor/sup column.
        "minutes": 2220,
        "sessions": 31,
        "individuals": 4,  # Aled, Bryony, Callum, Dami
        # Tutor / sup column: 10/09 60 + 13/10 75 = 135; 04/11 30 + 24/11 60 + 10/12 45 = 135.
        # 135 + 135 = 270.
        "supervision_minutes": 270,
    },
    about="Football stadium matchday operations manager; MD36 PDF grid with a row per date and a minutes column per mentee, group sessions as 'G' in every attendee's column but once in the Day total, two tables with repeated header and totals rows whose person totals exceed the day totals, DNA/canc cells, observed session with a tutor debrief in the Tutor/sup column on the same row, right grand total.",
)
