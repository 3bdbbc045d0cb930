"""8584-201 mentoring portfolio in Word from the ticket office of a ferry terminal: a portfolio evidence matrix at the front, then the handbook's Mentoring Diary filled in: a one-page session log with Planned and Actual columns (a did-not-attend row with the planned hour still in it, the rescheduled session two days later, "45 mins", "1 hr 15", "50m", "1:05" meaning an hour and five minutes, "40 mins") and a TOTAL row that adds the missed hour back in, followed by the handbook's per-session record page for every one of the same five sessions (each session written twice); a session observed by the tutor with her 25-minute debrief; a ten-minute pep talk the learner says is not a session; the 1-hour tutor meeting on the "Outcomes of a supervision session" page. Planted: the mentee's full name typed into the "Signature of Mentee" box.

Owain Griffiths, ticket office supervisor at the Stena Line terminal at Fishguard Harbour, mentors
one ticket office clerk, "A" (Client Ref/ID A), twenty, in her first year, who wants to run the
disrupted-sailings rebooking desk on her own and move on to the freight desk. Tutor: Bethan Morgan
(named on the supervision page, as the form asks).

Session log (page 2), Planned / Actual:
  1  Tue 4 Mar   planned 45 mins  actual "45 mins"                      45
  2  Tue 11 Mar  planned 1 hr     actual "DNA - swapped shifts, forgot"  0
  2  Thu 13 Mar  planned 1 hr     actual "1 hr 15" (rescheduled)         75
  3  Tue 18 Mar  planned 45 mins  actual "50m"                           50
  4  Tue 25 Mar  planned 1 hr     actual "1:05" observed by the tutor    65
  5  Tue 1 Apr   planned 30 mins  actual "40 mins" final review          40
  45 + 75 = 120; + 50 = 170; + 65 = 235; + 40 = 275 minutes = 4 h 35 in 5 sessions.
  His TOTAL row: "5 hrs 35" = 335 (the DNA row's planned hour added in). The front sheet's "Total
  number of hours completed: 4 hrs 35 mins" is right.
Session records (pages 3-7): the same five sessions again ("45 minutes", "1hr 15m", "50 mins",
"1 hour 5 mins", "40 mins"): not new sessions.
Not counted: Thu 27 Mar, ten minutes with A before her first solo shift on the rebooking desk ("not a
mentoring session, I haven't counted it").
Supervision: 25 Mar tutor's debrief after the observed session "25 mins" 25; 3 Apr 1-hour meeting
with the tutor "10:00-11:00" 60. 25 + 60 = 85.

Practice truth: 275 minutes in 5 sessions with one mentee; supervision 85 minutes.
"""

from .case import B, Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "ILM Level 2 Award in Effective Mentoring Skills"),
    P("Unit 8584-201 Developing Mentoring Skills - Portfolio of evidence"),
    P("Learner: Owain Griffiths. Ticket Office Supervisor, Fishguard Harbour ferry terminal."),
    H(1, "Portfolio evidence matrix"),
    T(
        ["AC", "Evidence", "Where"],
        ["1.1", "Mentoring diary - profile, venue, planned sessions", "p.2"],
        ["1.2", "Mentoring diary - SMART goals", "p.2"],
        ["2.1", "Session log and session records 1-5", "pp.2-7"],
        ["2.2", "Reflective log", "p.8"],
        ["2.3", "Session records (feedback boxes)", "pp.3-7"],
        ["2.4", "Reflective log", "p.8"],
        ["2.5", "Session log and session records", "pp.2-7"],
        ["3.1", "Review of own performance", "p.9"],
        ["3.2", "Outcomes of a supervision session", "p.9"],
        ["3.3", "CPD plan", "p.10"],
    ),
    H(1, "Mentoring Diary"),
    T(
        ["Name of Mentor", "Owain Griffiths"],
        ["Client Ref/ID", "A"],
        ["Start Date of Activity", "04/03/2025"],
        ["Total number of hours completed", "4 hrs 35 mins"],
        ["Signature of Mentor", "O Griffiths   Date 02/04/25"],
        ["Signature of Mentee", "Ceri Lloyd   Date 02/04/25"],
    ),
    H(2, "Profile and plan"),
    P("""A is 20 and has been in the ticket office since last April. She is quick on the booking
      system and good with foot passengers but goes quiet when a sailing is cancelled and the queue
      fills up with angry drivers, and she hands those over to me or the other supervisor. She has
      asked about the freight desk, which needs someone who will stand their ground with hauliers.
      Confidentiality agreed: yes - nothing goes to the Port Manager except that we are meeting, and
      I keep my notes in the supervisors' locked cabinet."""),
    P("""Where: the crew mess room upstairs when there's no sailing in the next hour (between the
      08:45 and the 14:30 Rosslare sailings), never at the counter. Planned: 5 sessions, 45 mins to
      1 hour, Tuesdays, about 4 hours altogether."""),
    H(2, "SMART goals"),
    B("Run the disrupted-sailings rebooking desk on her own for a full cancelled sailing by the end of April."),
    B("Complete the freight bookings and dangerous goods declarations e-learning by 30 April."),
    H(2, "Session log"),
    T(
        ["No.", "Date", "Planned", "Actual", "Notes"],
        ["1", "Tue 4 Mar", "45 mins", "45 mins", "First meeting, what mentoring is, confidentiality, goals"],
        ["2", "Tue 11 Mar", "1 hr", "DNA - swapped shifts, forgot", "Rebooked for Thursday"],
        ["2", "Thu 13 Mar", "1 hr", "1 hr 15", "Rescheduled. Cancelled sailing role play"],
        ["3", "Tue 18 Mar", "45 mins", "50m", "Dangerous goods e-learning plan"],
        ["4", "Tue 25 Mar", "1 hr", "1:05", "Observed by my tutor (Bethan). Debrief with her after"],
        ["5", "Tue 1 Apr", "30 mins", "40 mins", "Final review and feedback form"],
        ["TOTAL", "", "4 hrs", "5 hrs 35", ""],
    ),
    P("""(Thu 27 Mar I also had ten minutes with A before her first solo shift on the rebooking desk -
      more of a pep talk. Not a mentoring session, I haven't counted it.)"""),
    H(2, "Session record 1"),
    T(
        ["Session no.", "1", "Date", "04/03/25", "Duration", "45 minutes"],
    ),
    T(
        ["Review of client's progress from last session", "N/A - first session"],
        ["Goal/focus/topic for today's meeting", "Getting to know each other, what mentoring is and isn't, confidentiality, her goals"],
        ["Reality/current situation", "Confident on routine bookings. Hands over any complaint about a cancelled sailing."],
        ["Options generated to achieve goal", "Shadow me on the next cancellation; role play; the freight e-learning"],
        ["Chosen option & target date", "Role play next session; e-learning started by 18/03"],
        ["Willingness of mentee", "8/10"],
        ["Feedback you gave to the mentee", "Her regulars ask for her by name - that's trust she has already earned"],
        ["Feedback from mentee on the mentoring session", "Glad it's not a disciplinary thing"],
        ["Date and venue of next session", "11/03, crew mess room"],
    ),
    H(2, "Session record 2"),
    T(
        ["Session no.", "2", "Date", "13/03/25 (moved from 11/03 - A didn't come, she'd swapped shifts and forgot)", "Duration", "1hr 15m"],
    ),
    T(
        ["Review of client's progress from last session", "Had watched me handle the 9th March weather cancellation"],
        ["Goal/focus/topic for today's meeting", "Dealing with an angry driver when the sailing is off"],
        ["Reality/current situation", "'I freeze and say sorry too much.'"],
        ["Options generated to achieve goal", "Role play with me as the driver; a script for the first 30 seconds; ask for help earlier instead of handing over"],
        ["Chosen option & target date", "Use her own opening line at the next cancellation"],
        ["Willingness of mentee", "7/10 - nervous"],
        ["Feedback you gave to the mentee", "Second role play much calmer - she let me finish before answering"],
        ["Feedback from mentee on the mentoring session", "The role play was cringe but helped"],
        ["Date and venue of next session", "18/03, crew mess room"],
    ),
    H(2, "Session record 3"),
    T(
        ["Session no.", "3", "Date", "18/03/25", "Duration", "50 mins"],
    ),
    T(
        ["Review of client's progress from last session", "Used her opening line on Saturday's late sailing - it worked"],
        ["Goal/focus/topic for today's meeting", "Freight desk - the dangerous goods e-learning"],
        ["Reality/current situation", "Module 1 of 4 done"],
        ["Options generated to achieve goal", "A module a week in the quiet hour after the 08:45 sails; ask the freight clerk to go through a real declaration"],
        ["Chosen option & target date", "Modules 2-4 by 30 April"],
        ["Willingness of mentee", "9/10"],
        ["Feedback you gave to the mentee", "Good that she set her own deadline"],
        ["Feedback from mentee on the mentoring session", "Shorter was better"],
        ["Date and venue of next session", "25/03 - tutor observing"],
    ),
    H(2, "Session record 4"),
    T(
        ["Session no.", "4", "Date", "25/03/25 (observed by tutor)", "Duration", "1 hour 5 mins"],
    ),
    T(
        ["Review of client's progress from last session", "Modules 2 and 3 done"],
        ["Goal/focus/topic for today's meeting", "Running the rebooking desk alone - what would she need?"],
        ["Reality/current situation", "Knows the system; worried about the queue watching her"],
        ["Options generated to achieve goal", "Me nearby but not at the desk; a laminated card of the rebooking rules; start with a midweek cancellation"],
        ["Chosen option & target date", "Next midweek cancellation, me in the back office"],
        ["Willingness of mentee", "8/10"],
        ["Feedback you gave to the mentee", "She came up with the laminated card herself"],
        ["Feedback from mentee on the mentoring session", "Weird with someone watching but forgot after 10 mins"],
        ["Date and venue of next session", "01/04"],
    ),
    H(2, "Session record 5"),
    T(
        ["Session no.", "5", "Date", "01/04/25", "Duration", "40 mins"],
    ),
    T(
        ["Review of client's progress from last session", "Ran the rebooking desk alone on 27/03 for the cancelled 14:30"],
        ["Goal/focus/topic for today's meeting", "Review of both goals, ending, feedback form"],
        ["Reality/current situation", "Goal 1 met. E-learning module 4 left."],
        ["Options generated to achieve goal", "Finish module 4; ask Port Manager about a freight desk trial"],
        ["Chosen option & target date", "Module 4 by 30/04"],
        ["Willingness of mentee", "10/10"],
        ["Feedback you gave to the mentee", "Three things she does better than in March"],
        ["Feedback from mentee on the mentoring session", "On the form"],
        ["Date and venue of next session", "None - finished. Door open."],
    ),
    H(2, "Reflective log"),
    P("""Looking back over the five sessions, I talked too much in the first one and filled every
      silence. By session 3 I was asking one question and waiting. The role play in session 2 was
      the turning point - she was embarrassed, I was embarrassed, and we laughed, and after that she
      told me things about the queue she hadn't told anyone. The missed session on the 11th was my
      fault as much as hers: I booked it without checking the rota."""),
    H(2, "Outcomes of a supervision session"),
    T(
        ["Date", "03/04/25"],
        ["Time / duration", "10:00-11:00 (1 hour)"],
        ["Name of supervisor/tutor", "Bethan Morgan"],
        ["Purpose", "Review my mentoring of A using the diary and reflective log"],
        ["Outcomes", "I give advice too soon; I should book sessions off the rota, not my diary; next time agree an ending from the start"],
    ),
    P("""Bethan also observed session 4 on 25 March and gave me 25 mins of feedback straight after in the
      back office: she counted how many times I said "have you thought about" (six) and we talked
      about turning them into open questions."""),
    H(2, "CPD plan"),
    B("Open questions - write three before each session and use them."),
    B("Take the Level 3 Certificate next year if the Port Manager agrees."),
    P("Learner declaration: By submitting I confirm that this assignment is my own work. O. Griffiths, 4 April 2025."),
]

CASE = Case(
    name="r22a_201_ferry_docx",
    unit="8584-201",
    kind="structured-docx",
    files=[SourceFile("Owain Griffiths 8584-201 portfolio.docx", BLOCKS)],
    labels={},  # practice log only
    expected_checks={
        "declaration": True,  # "By submitting I confirm that this assignment is my own work. O. Griffiths"
        "evidence_matrix": True,  # a "Portfolio evidence matrix" table at the front, AC 1.1-3.3
        # The mentee's full name typed into "Signature of Mentee". Clean otherwise: Owain Griffiths /
        # O Griffiths the learner; Bethan Morgan / Bethan the tutor (named where the form asks); Stena
        # Line, Fishguard Harbour, Rosslare, Port Manager.
        "identifying": ["Ceri Lloyd"],
        # Log (each session also has its own record page - counted once):
        # 4 Mar "45 mins" 45; 11 Mar DNA 0; 13 Mar rescheduled "1 hr 15" 75; 18 Mar "50m" 50;
        # 25 Mar "1:05" (h:mm) observed 65; 1 Apr "40 mins" 40.
        # 45 + 75 = 120; + 50 = 170; + 65 = 235; + 40 = 275 (5). TOTAL row "5 hrs 35" (335) adds the DNA hour.
        # Not: 27 Mar ten-minute pep talk ("not a mentoring session, I haven't counted it").
        "minutes": 275,
        "sessions": 5,
        "individuals": 1,  # A (Ceri Lloyd)
        # 25 Mar tutor's debrief after the observed session "25 mins" 25; 3 Apr tutor meeting
        # "10:00-11:00 (1 hour)" 60. 25 + 60 = 85.
        "supervision_minutes": 85,
    },
    about="Ferry terminal ticket office supervisor; 201 Word portfolio with evidence matrix, a planned/actual log (DNA row, rescheduled session, '1:05' as h:mm, TOTAL adding the missed hour) and every session again as a handbook record page, observed session with tutor debrief, pep talk not counted; mentee's full name in the signature box.",
)
