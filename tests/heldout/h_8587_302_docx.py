"""8587-302 coaching portfolio (single DOCX): an NHS estates supervisor coaches two new chargehands.

Priya Nandakumar, estates maintenance supervisor at an acute hospital trust in Leeds,
coaches two newly promoted chargehands (an electrician and a plumber) through their first
months running a team. One DOCX portfolio: an evidence matrix at the front pointing each
criterion at numbered sections and session records, the plan and contract, a session index
table with its own total, then thirteen records on the trust's coaching form, each with
"Date:", "Coachee:", "Time started:" and "Time finished:" lines. Record 5 is one group
session with both coachees; Records 6 and 11 are her supervision meetings on the same form
("Coachee: N/A"). A tidy, procedural voice; the declaration at the end is the template's,
left unsigned.

Practice, as an assessor counts it (the records, Time started to Time finished):
    Coachee A: R1 07:30-08:30 60, R3 07:30-09:00 90, R7 07:30-09:15 105, R9 07:30-09:00 90,
               R12 07:30-08:45 75                                           = 420, 5 sessions
    Coachee B: R2 13:00-14:00 60, R4 13:00-14:30 90, R8 13:00-14:45 105, R10 13:00-14:30 90,
               R13 13:00-14:15 75                                           = 420, 5 sessions
    Group, A and B together: R5 10:00-11:30 90 (one session, counted once)   =  90, 1 session
    => minutes 930, sessions 11, individuals 2.
    Not counted: the session index table (it lists the same records again) and its
    "Total coaching" row (15.5 hrs); the matrix.
    Supervision: R6 14:00-15:00 60 + R11 15:00-16:00 60 = 120.

Anonymisation slips: Coachee B's first name in the communication review (section 6), and
his mobile number in Record 2. Not identifying: Priya's own name, her coaching supervisor
Mr Lindqvist, the Head of Estates as a role, Leeds, the trust, HTM 00-01, Whitmore, GROW,
Hawkins, Egan, Kline.

Declaration: the template's declaration with a blank signature line (declaration False).
"""

from corpus.case import Case, H, P, SourceFile, T

MATRIX = T(
    ["Criterion", "Evidence", "Where to find it"],
    ["1.1 Plan for 12 hours", "Coaching plan and schedule", "Section 2"],
    ["1.2 Topics, goals, outcomes", "Goals agreed at the first sessions", "Records 1 and 2"],
    ["1.3 Contract", "Three-way coaching agreement", "Section 3"],
    ["2.1 Diagnostic tools", "Self-assessment wheel; 360 feedback from the team", "Records 3 and 4"],
    ["2.2 Coaching model", "GROW used in every session", "Record 5 (group) and Record 7"],
    ["2.3 Knowledge, skills, behaviours", "Session notes", "Record 8"],
    ["2.4 Auditable record", "Session index and all records", "Section 4, Records 1–13"],
    ["3.1 Reflection on each session", "Reflection box in each record; summary", "Section 5"],
    ["3.2 Feedback each session", "Coachee feedback box in each record; summary", "Section 5"],
    ["3.3 Communication skills review", "Review", "Section 6"],
    ["3.4 Supervision outcomes", "Supervision records", "Records 6 and 11"],
)


def _record(number: int, date: str, coachee: str, start: str, finish: str, *notes: str) -> list:
    """One filled-in copy of the trust's coaching record form."""
    return [
        H(2, f"Record {number}"),
        P(f"Date: {date}"),
        P(f"Coachee: {coachee}"),
        P(f"Time started: {start}"),
        P(f"Time finished: {finish}"),
        *[P(n) for n in notes],
    ]


RECORDS = [
    *_record(1, "12/01/26", "Coachee A", "07:30", "08:30",
             """Focus: first session, contracting and goals. Coachee A has been an electrician at
             the trust for eleven years and was made chargehand in November. We went through
             the agreement and then I asked what a good first six months would look like.
             He said nobody on his team knew when their planned maintenance was due until the
             day. Goal agreed: to produce a four-week rolling PPM schedule that his team can see
             in the workshop, and to get his section's PPM completion from 81% to at least 95%
             by the end of March.""",
             """Reflection: I had prepared too many questions and rushed. Feedback from coachee:
             "Good to have a target I picked myself.\""""),
    *_record(2, "13/01/26", "Coachee B", "13:00", "14:00",
             """Focus: first session, contracting and goals. Coachee B came from a plumbing
             contractor and is new to the NHS. He is most worried about ward managers ringing
             him to complain about reactive jobs. Goal agreed: to handle complaints by phone
             and in person without passing them up to me, and to become an authorised person
             for water safety permits under the trust's HTM procedures before the summer. He gave
             me his mobile, 07700 900829, in case a session had to move at short notice.""",
             """Reflection: he talked more once we left the office and walked to the plant room.
             Feedback from coachee: wants shorter sessions because of the reactive jobs."""),
    *_record(3, "20/01/26", "Coachee A", "07:30", "09:00",
             """Focus: where he is now. Coachee A scored himself on a self-assessment wheel
             with eight chargehand skills from our job description, 1 to 10. He gave himself
             9 for technical knowledge and 3 for planning work for others, which matched the
             PPM figures and gave us a clear place to start.""",
             """Reflection: the wheel did the work; I hardly needed to ask anything. Feedback
             from coachee: "Seeing it on paper made it real.\""""),
    *_record(4, "22/01/26", "Coachee B", "13:00", "14:30",
             """Focus: where he is now. With his agreement I had collected short anonymous 360
             feedback from four of his team and two ward managers. It said he is fair and
             knows his trade but goes quiet on the phone and "disappears" when a complaint
             comes in. We used it to pick the complaints goal as the first one to work on.""",
             """Reflection: I should have warned him more about how blunt the comments were.
             Feedback from coachee: said it was hard to read but fair."""),
    *_record(5, "29/01/26", "Coachee A and Coachee B (group session)", "10:00", "11:30",
             """Focus: both coachees together, at their request, on the handover between the
             electrical and plumbing sections when a job needs both trades. We used GROW as a
             pair: the goal was a handover that does not lose jobs; in reality three jobs had
             been lost in January; options came from both of them, and they chose a shared job
             board in the workshop; will: Coachee A would set the board up and Coachee B
             would add every cross-trade job by Friday. Two weeks later no cross-trade job
             had been lost.""",
             """Reflection: harder to keep both in the conversation; Coachee A took over and I
             had to bring Coachee B back in. Feedback from both: the joint session was the most
             useful so far."""),
    *_record(6, "02/02/26", "N/A – supervision with Mr Lindqvist, my coaching supervisor", "14:00", "15:00",
             """Topics: the group session, and being their line manager as well as their coach.
             Outcomes: (1) in any future joint session I will agree in advance how we share
             the airtime; (2) I will keep coaching notes separate from the supervision file I
             keep as their manager, and tell them so; (3) I will stop bringing my own
             solutions to the Options stage and wait for at least three of theirs."""),
    *_record(7, "05/02/26", "Coachee A", "07:30", "09:15",
             """Focus: GROW on the PPM schedule. Goal: a draft four-week schedule. Reality:
             his team do PPM when there are no reactive jobs, which is never. Options: fixed
             PPM mornings, a named person each week, asking the helpdesk to hold routine calls
             until 10:00. Will: he chose fixed Tuesday and Thursday PPM mornings and would
             agree it with the helpdesk himself.""",
             """Reflection: I waited for three options as agreed in supervision. Feedback from
             coachee: 8/10, wanted more time on the helpdesk conversation."""),
    *_record(8, "10/02/26", "Coachee B", "13:00", "14:45",
             """Focus: complaints. We role-played a ward manager ringing about a blocked sluice
             for the third time. I played the ward manager. The first time through he
             apologised four times and promised a time he could not keep. We talked about what
             he can promise honestly, then ran it again, and he acknowledged the problem,
             gave the next step and a time to ring back. I was careful to keep my own view of
             that ward manager out of the session, because it was his relationship to build.""",
             """Reflection: role play worked better than discussion with him. Feedback from
             coachee: "I felt stupid for five minutes and then it clicked.\""""),
    *_record(9, "19/02/26", "Coachee A", "07:30", "09:00",
             """Focus: progress check. PPM completion is up to 90%. He has had pushback from
             two of his older electricians about the fixed mornings. We talked through how he
             might involve them rather than tell them.""",
             """Reflection: I asked a lot of closed questions today. Feedback from coachee:
             useful, 7/10."""),
    *_record(10, "24/02/26", "Coachee B", "13:00", "14:30",
             """Focus: the authorised person application. He has the technical knowledge but
             worries about the paperwork. We mapped out the steps and the evidence he needs.
             He has now taken two complaints calls himself without passing them on.""",
             """Reflection: good session, I kept quiet. Feedback from coachee: 9/10."""),
    *_record(11, "26/02/26", "N/A – supervision with Mr Lindqvist, my coaching supervisor", "15:00", "16:00",
             """Topics: endings, and my closed questions in Record 9. Outcomes: (1) plan final
             sessions that look back over the goals and forward to what each will do without
             me; (2) before my next coaching, write five open questions on a card and keep it in
             front of me; (3) read Kline's Time to Think on attention."""),
    *_record(12, "03/03/26", "Coachee A", "07:30", "08:45",
             """Focus: review and close. PPM completion for February was 96%, above his
             target. The schedule is on the workshop wall. He wants to coach the next
             chargehand himself.""",
             """Reflection: a good ending, I used the card of questions. Feedback from coachee:
             10/10, would like a follow-up in three months."""),
    *_record(13, "05/03/26", "Coachee B", "13:00", "14:15",
             """Focus: review and close. He handles complaints calls himself now and his AP
             application is submitted. Agreed a follow-up in April.""",
             """Reflection: he was more confident in this session than any before. Feedback
             from coachee: 9/10."""),
]

BLOCKS = [
    H(0, "ILM Level 3 – Unit 8587-302 Coaching Portfolio"),
    P("Learner: Priya Nandakumar, Estates Maintenance Supervisor   Coaching supervisor: Mr Lindqvist   Submitted: 9 March 2026"),
    H(1, "Evidence matrix"),
    MATRIX,

    H(1, "1. Introduction"),
    P("""I supervise the maintenance workshop for the estates department of a large teaching
      hospital in Leeds. Two of our tradespeople were promoted to chargehand in the autumn,
      each now running a team of six, and the Head of Estates asked me to coach them through
      their first months. I call them Coachee A (electrical) and Coachee B (plumbing and
      water safety). All records use the trust's coaching record form."""),

    H(1, "2. Coaching plan"),
    P("""I planned at least twelve hours of coaching over eight weeks, around six hours for each
      coachee, with room for one joint session if a shared issue came up. Coachee A works
      early shifts, so his sessions were planned for 07:30 before the morning briefing;
      Coachee B covers the reactive helpdesk until lunch, so his were planned for 13:00. I
      booked the small meeting room in the estates building, not my office, so that the
      sessions felt different from our management one-to-ones. Sessions were 60 to 105
      minutes, weekly or fortnightly, and I asked the Head of Estates to agree that neither
      would be called out to a job during a session unless it was an emergency. Resources
      planned: the chargehand job description, a self-assessment wheel built from it, a
      short 360 feedback form, PPM completion reports, and the GROW sheet. Two supervision
      meetings with Mr Lindqvist were booked for early February and late February."""),

    H(1, "3. Coaching agreement"),
    P("""Each coachee signed a three-way agreement with me and the Head of Estates. It sets out
      the number and length of sessions, where they happen, 24 hours' notice for cancelling
      except for emergencies, that session content is confidential between coach and coachee,
      and what the Head of Estates will hear: the goals and whether they were met, nothing
      else. It also says that coaching notes will never be used in an appraisal or a
      capability process, which mattered because I am their line manager. The exceptions
      to confidentiality are safety (anything that puts patients, staff or the building at
      risk) and safeguarding. We agreed that either coachee could end the coaching at any
      time without it affecting their job, and the notes are kept in a locked cabinet and
      destroyed after the award is confirmed."""),

    H(1, "4. Session index"),
    P("""To make the process auditable I numbered every record from the first contact to the
      final review, including supervision, and kept this index up to date after each
      session so the hours can be checked against the records below and against the room
      bookings."""),
    T(
        ["Record", "Date", "Who", "Hours"],
        ["1", "12/01/26", "Coachee A", "1.0"],
        ["2", "13/01/26", "Coachee B", "1.0"],
        ["3", "20/01/26", "Coachee A", "1.5"],
        ["4", "22/01/26", "Coachee B", "1.5"],
        ["5", "29/01/26", "Coachee A and B (group)", "1.5"],
        ["6", "02/02/26", "Supervision", "1.0"],
        ["7", "05/02/26", "Coachee A", "1.75"],
        ["8", "10/02/26", "Coachee B", "1.75"],
        ["9", "19/02/26", "Coachee A", "1.5"],
        ["10", "24/02/26", "Coachee B", "1.5"],
        ["11", "26/02/26", "Supervision", "1.0"],
        ["12", "03/03/26", "Coachee A", "1.25"],
        ["13", "05/03/26", "Coachee B", "1.25"],
        ["Total coaching", "", "", "15.5"],
    ),

    H(1, "Session records"),
    *RECORDS,

    H(1, "5. Reflection and feedback across the sessions"),
    P("""Every record has a reflection box, which I filled in within an hour of the session, and
      a feedback box for the coachee's own words or score. Reading the reflections in
      order, the key learning for my development is that I coach best when I prepare less
      and listen more: the sessions I rated highest were the ones where a tool or a role play
      carried the conversation and I stepped back. My CPD goals from this are to practise
      open questioning (the card from supervision) and to do a short course on facilitating
      groups, because the joint session showed me I am not yet good at it."""),
    P("""For feedback, I asked at the end of each session for a score out of ten and one thing
      to change. Scores rose over the weeks for both coachees. The most useful piece of
      feedback was Coachee B's early request for shorter sessions; we kept them to
      ninety minutes or less after that except for the role play. The Head of Estates also
      fed back at the end that both sections' figures had improved."""),

    H(1, "6. Review of my communication skills"),
    P("""Questioning: I started with too many prepared questions and by Record 9 I was still
      slipping into closed ones. The question card helped. Listening: I listen well when I
      am not worried about the outcome. With Kwame I had to hold back because I know the
      ward managers and have my own views about them; keeping that out of the room meant
      listening to his account only. Using Egan's SOLER, especially sitting at an angle
      rather than across a desk, made the sessions feel less like management meetings.
      Feedback: I am good at specific feedback but I tend to give it before asking them
      how they think it went; in the last three sessions I asked first and they usually
      said what I was going to say."""),

    H(1, "Learner declaration"),
    P("""I confirm that this portfolio is my own work, that the coaching took place as recorded
      and that I have anonymised the people in it."""),
    P("Learner signature: ______________________   Date: ____________"),
]

CASE = Case(
    name="h_8587_302_docx",
    unit="8587-302",
    kind="portfolio",
    files=[SourceFile("PNandakumar 302 coaching portfolio.docx", BLOCKS)],
    labels={
        "1.1": "planned for 07:30 before the morning briefing",
        "1.2": "PPM completion from 81% to at least 95%",
        "1.3": "never be used in an appraisal or a capability process",
        "2.1": "9 for technical knowledge and 3 for planning",
        "2.2": "they chose a shared job board in the workshop",
        "2.3": "keep my own view of that ward manager out",
        "2.4": "numbered every record from the first contact",
        "3.1": "I coach best when I prepare less",
        "3.2": "early request for shorter sessions",
        "3.3": "sitting at an angle rather than across a desk",
        "3.4": "agree in advance how we share the airtime",
    },
    expected_checks={
        "declaration": False,  # the template's declaration, signature line left blank
        "evidence_matrix": True,
        # records: Coachee A 60 + 90 + 105 + 90 + 75 = 420; Coachee B 60 + 90 + 105 + 90 + 75
        # = 420; Record 5 group (A and B together) 90 once; 420 + 420 + 90 = 930.
        # The session index repeats the records; its "Total coaching" row (15.5) excluded.
        "minutes": 930,
        "sessions": 11,
        "individuals": 2,
        "supervision_minutes": 120,  # Records 6 and 11, 14:00-15:00 and 15:00-16:00
        "identifying": ["Kwame", "07700 900829"],
    },
    about="NHS estates supervisor coaching two new chargehands; 8587-302 DOCX portfolio, evidence matrix pointing at numbered session records with Date/Coachee/Time started/Time finished fields, a group session, supervision on the same form, an index with a total; unsigned declaration; two planted details.",
)
