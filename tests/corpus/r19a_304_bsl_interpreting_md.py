"""8587-304 mentoring log in Markdown from a sign language interpreting agency: one mentee's in-person log split over two pages with Planned/Actual columns, a carried-forward and a brought-forward row and a page-2 total added wrong; a cancelled session replaced the same evening by a phone session that exists only in a pasted e-mail thread and her note under it; the other mentee's sessions as a pasted Zoom usage report (Duration, Participants, Total Participant Minutes) mixed with a test meeting, two supervision meetings, a session split by a dropped connection and a no-show where she sat alone for 15 minutes, with her own Zoom sum counting the no-show; an observed session with the tutor's debrief, a tutor call, a conference coffee not counted, a tutorial only booked. Planted: Mentee X's full name, first name and personal e-mail in the pasted e-mails.

Joanne Pryce, senior interpreter and mentoring coordinator at an interpreters' co-operative in
Leeds, mentors two newly registered BSL/English interpreters: Mentee X in the office and Mentee
Y (in Hull) on Zoom. X's log: "1 hr 10", "1hr15", "—" (cancelled 11 Feb), "50 mins", then on
page 2 "1 h 20 m", "90'" (observed, 30-minute debrief), "0.75", "1hr"; c/f and b/f "3 hrs 15"
are right, page-2 Total "8 hrs 5" is 15 minutes high (true 7 h 50) and neither includes the
11 Feb phone session (7.00-7.40pm) she counts. Y's Zoom rows: 47, 65, 4 + 60 (one session,
wifi dropped), 75, 80, 60, 55 minutes; "Test meeting" 1, "Supervision" 90 and "Group
supervision" 70 are not Y's; 13/03 is 15 minutes with 1 participant (Y never joined). Her
"Y: 7 hrs 41" sums every "Mentoring - Y" row, the no-show included. Tutor call 20 minutes.

Practice truth: X 70 + 75 + 40 + 50 + 80 + 90 + 45 + 60 = 510 (8); Y 47 + 65 + 64 + 75 + 80 +
60 + 55 = 446 (7): 956 minutes in 15 sessions with two mentees; supervision/tutorial
90 + 70 + 30 + 20 = 210 minutes.
"""

from .case import B, Case, H, P, SourceFile, T

BLOCKS = [
    H(1, "Unit 304 Extended Mentoring - practice log"),
    P("""Joanne Pryce - Senior Interpreter and Mentoring Coordinator, an interpreters' co-operative
      in Leeds (BSL/English). ILM Level 3 Certificate in Effective Coaching and Mentoring."""),
    H(2, "The mentoring"),
    P("""Both mentees qualified and went on the register last autumn and are in their first year
      of work. Mentee X is based with us in Leeds and we meet in the small office. Mentee Y lives
      in Hull, so we meet on Zoom in the evening. Planned: 12 hours between them, an hour a
      fortnight each from January to April. X wants to take on court and police work without
      losing sleep over it. Y wants to build up enough regular bookings to give up her part-time
      shop job, and to stop accepting jobs she isn't ready for. Tools: a 360 from deaf clients
      and hearing colleagues (X), a SWOT and a booking diary audit (Y). Model: GROW, and
      Clutterbuck's developmental mentoring when it was more about the career than a task."""),
    H(2, "Mentee X - log (page 1 of 2)"),
    T(
        ["No.", "Date", "Planned", "Actual", "Notes"],
        ["1", "14 Jan", "1 hr", "1 hr 10", "Chemistry and contract - three-way with our operations manager"],
        ["2", "28 Jan", "1 hr", "1hr15", "360 feedback from deaf clients and co-workers"],
        ["3", "11 Feb", "1 hr", "—", "Cancelled - trial overran (see e-mails)"],
        ["4", "25 Feb", "1 hr", "50 mins", "Preparing for a police interview booking - terminology"],
        ["", "Carried forward", "4 hrs", "3 hrs 15", ""],
    ),
    H(2, "Mentee X - log (page 2 of 2)"),
    T(
        ["No.", "Date", "Planned", "Actual", "Notes"],
        ["", "Brought forward", "4 hrs", "3 hrs 15", ""],
        ["5", "11 Mar", "1 hr", "1 h 20 m", "Debrief of the police job. Vicarious trauma - what she does after a hard booking"],
        ["6", "25 Mar", "1 hr", "90'", "OBSERVED by my tutor. Tutor's debrief with me after, 30 mins"],
        ["7", "8 Apr", "1 hr", "0.75", "Her own supervision arrangements from May"],
        ["8", "22 Apr", "1 hr", "1hr", "Final review, feedback form, ending"],
        ["", "Total", "8 hrs", "8 hrs 5", ""],
    ),
    H(3, "E-mails about session 3"),
    P("From: Bethan Lloyd <bethan.lloyd.interp@gmail.com>"),
    P("Sent: Tue 11 Feb 2025 12:58"),
    P("Subject: Today 4pm"),
    P("""So sorry - the trial at the Crown Court has overrun and they've kept me for the afternoon.
      I can't make 4pm. Could we talk tonight instead? Bethan x"""),
    P("Reply (me), 13:10: Of course. I'll ring you at 7. Don't worry about it."),
    P("""From the same address, Wed 12 Feb 08:15: Thank you for last night - 40 minutes on the
      phone was exactly what I needed after that trial. See you on the 25th."""),
    P("""My note: I am counting the 11 Feb phone call as session 3 - it was 7.00 to 7.40pm and we
      worked properly through what had happened in court and how she was feeling. It isn't in
      the table because I had already printed page 1."""),
    H(2, "Mentee Y - Zoom usage report"),
    P("""Exported from our Zoom account's usage report (January to April). I have left every row in
      so it matches the export."""),
    T(
        ["Topic", "Start Time", "End Time", "Duration (Minutes)", "Participants", "Total Participant Minutes"],
        ["Mentoring - Y", "16/01/2025 18:00", "16/01/2025 18:47", "47", "2", "93"],
        ["Test meeting", "20/01/2025 09:12", "20/01/2025 09:13", "1", "1", "1"],
        ["Mentoring - Y", "30/01/2025 18:00", "30/01/2025 19:05", "65", "2", "129"],
        ["Supervision", "06/02/2025 13:00", "06/02/2025 14:30", "90", "2", "180"],
        ["Mentoring - Y", "13/02/2025 18:00", "13/02/2025 18:04", "4", "2", "8"],
        ["Mentoring - Y", "13/02/2025 18:06", "13/02/2025 19:06", "60", "2", "119"],
        ["Mentoring - Y", "27/02/2025 18:00", "27/02/2025 19:15", "75", "2", "150"],
        ["Mentoring - Y", "13/03/2025 18:00", "13/03/2025 18:15", "15", "1", "15"],
        ["Mentoring - Y", "20/03/2025 18:00", "20/03/2025 19:20", "80", "2", "160"],
        ["Group supervision", "03/04/2025 13:00", "03/04/2025 14:10", "70", "4", "276"],
        ["Mentoring - Y", "10/04/2025 18:00", "10/04/2025 19:00", "60", "2", "120"],
        ["Mentoring - Y", "24/04/2025 18:00", "24/04/2025 18:55", "55", "2", "110"],
    ),
    B("16/01 was chemistry and contracting (her agency manager signed the agreement by e-mail)."),
    B("13/02 is two lines because my wifi dropped after four minutes - it was one session."),
    B("""13/03 - Y didn't join. She'd been sent to a GP appointment in Beverley at short notice and
      her phone was off. I waited 15 minutes and closed the meeting."""),
    B("The supervision lines are mine (see below), and the test was me checking the new licence."),
    P("Y total from Zoom: 7 hrs 41. Both mentees: 8 hrs 5 + 7 hrs 41 = 15 hrs 46."),
    H(2, "Not counted"),
    P("""Y and I had a coffee at the interpreters' association conference in Manchester on 15
      March. We talked about her bookings, but it was 20 minutes in a queue for the buffet and
      not a session, so it is not in the log."""),
    H(2, "Supervision and tutor support"),
    P("""Supervision 1 - 6 February, Zoom, 90 minutes with my supervisor. Outcome: I was rescuing
      X by offering to swap her court bookings; I agreed to ask what she needs before I offer
      anything."""),
    P("""Supervision 2 - 3 April, group supervision on Zoom with two other mentors, 70 minutes.
      Outcome: how to end well - I'd not planned X's ending at all."""),
    P("""My tutor observed session 6 with X on 25 March and we had a 30-minute debrief afterwards.
      I also had a 20-minute call with her on 14 March about the no-show and whether to rebook
      (she said chase once, then leave it with Y). A final tutorial is booked for 29 April."""),
    H(2, "What I learned"),
    P("""Mentoring an interpreter is partly supervision in the professional sense, because the work
      is confidential and heavy, and I had to keep the boundary clear: I am not her clinical
      supervisor. Kolb helped me structure X's reflections on the trial. With Y the SWOT showed
      that the barrier was not skills but saying no to the wrong bookings, and by April she had
      turned down two."""),
]

CASE = Case(
    name="r19a_304_bsl_interpreting_md",
    unit="8587-304",
    kind="unstructured",
    files=[SourceFile("j-pryce-304-mentoring-log.md", BLOCKS)],
    labels={},  # practice log only
    expected_checks={
        "declaration": False,  # no own-work statement
        "evidence_matrix": False,
        # Mentee X's full name and personal e-mail in the pasted From line, her first name in the sign-off.
        "identifying": ["Bethan Lloyd", "bethan.lloyd.interp@gmail.com", "Bethan"],
        # Mentee X, Actual column:
        #   1 14 Jan "1 hr 10" 70 (chemistry and contract, counted); 2 28 Jan "1hr15" 75;
        #   3 11 Feb "—" cancelled 0; 4 25 Feb "50 mins" 50
        #   70 + 75 + 50 = 195 = 3 h 15 (her c/f and b/f agree; not sessions)
        #   5 11 Mar "1 h 20 m" 80; 6 25 Mar "90'" 90 (observed, still hers); 7 8 Apr "0.75" 45; 8 22 Apr "1hr" 60
        #   195 + 80 = 275; + 90 = 365; + 45 = 410; + 60 = 470 = 7 h 50 (her Total "8 hrs 5" is 15 high).
        #   11 Feb phone session, e-mails and note, "7.00 to 7.40pm" 40 (she counts it): 470 + 40 = 510.
        # Mentee Y, Zoom Duration (Minutes), "Mentoring - Y" rows:
        #   16/01 47; 30/01 65; 13/02 4 + 60 = 64, one session; 27/02 75;
        #   13/03 15 with 1 participant: Y never joined, 0; 20/03 80; 10/04 60; 24/04 55
        #   47 + 65 = 112; + 64 = 176; + 75 = 251; + 80 = 331; + 60 = 391; + 55 = 446 = 7 h 26.
        #   Her "7 hrs 41" = 461 includes the no-show 15.
        # Not: Planned column; Participants and Total Participant Minutes columns; "Test meeting" 1;
        #   Supervision 90 and Group supervision 70 (supervision); 15 March conference coffee.
        # 510 + 446 = 956 (her "15 hrs 46" = 485 + 461 = 946).
        "minutes": 956,
        "sessions": 15,  # X: 14 Jan, 28 Jan, 11 Feb phone, 25 Feb, 11 Mar, 25 Mar, 8 Apr, 22 Apr; Y: 7
        "individuals": 2,  # Mentee X (= Bethan Lloyd), Mentee Y
        # Supervision 1 90; group supervision 70; observation debrief 30; tutor call 14 Mar 20;
        #   final tutorial only booked 0. 90 + 70 + 30 + 20 = 210.
        "supervision_minutes": 210,
    },
    about="Sign language interpreting co-op mentoring coordinator; 304 Markdown with a two-page Planned/Actual log (c/f, b/f, total 15 high), a cancelled session replaced by a phone session only in pasted e-mails, a Zoom usage report mixing test, supervision, split and no-show rows; mentee's name, first name and e-mail planted.",
)
