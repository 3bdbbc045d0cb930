"""8587-304 extended mentoring: a dairy herd manager, DOCX, a record form per session plus a summary log.

Ruth Llewelyn is Herd Manager on a (fictional) 600-cow cooperative dairy farm in Carmarthenshire
and mentors two new herdspersons, "Mentee 1" (from an arable background) and "Mentee 2" (a
college leaver). Her portfolio opens with an evidence matrix, answers 1.1 to 2.3 under headings,
then in 2.4 gives a summary log of every session followed by one "Session record" form (a
two-column Word table) per session: the same sessions twice. One booked session (3 December,
Mentee 2) was cancelled for a difficult calving and has its own form marked CANCELLED and a log
row with "-". The log's Total row (13 hrs 50) is right. Two supervision sessions are two short
forms in 3.4. One planted detail: a relief milker's full name in session 4's record form
("Darren Pugh"). Otherwise clean: the cooperative, AHDB, NMR milk recording, the vet practice,
Kolb, Clutterbuck, GROW, Carmarthen, Llandeilo, the Towy valley.

Assessor's arithmetic (each session once; the forms repeat the log):
  Mentee 1: S1 04/11 13:30-14:30 60; S3 18/11 13:30-14:45 75; S5 02/12 13:30-14:30 60;
            S7 16/12 13:00-14:30 90; S9 13/01 13:30-14:40 70; S11 27/01 13:30-14:30 60
            = 60+75 = 135; +60 = 195; +90 = 285; +70 = 355; +60 = 415 (6 sessions)
  Mentee 2: S2 05/11 14:00-15:00 60; S4 19/11 14:00-15:15 75; S6 10/12 14:00-15:30 90;
            S8 17/12 14:00-15:00 60; S10 14/01 14:00-15:10 70; S12 28/01 14:00-15:00 60
            = 60+75 = 135; +90 = 225; +60 = 285; +70 = 355; +60 = 415 (6 sessions)
  415 + 415 = 830 min = 13 h 50 (Total row, right). Not: 03/12 cancelled (log row and form);
  the record forms (the same sessions again); the Total row. Sessions 12; individuals 2.
  Supervision: 26/11/24 tutor on Teams 60 + 20/01/25 10:00-11:15 people development manager 75
  = 135.
"""

from corpus.case import B, Case, H, P, SourceFile, T


def record(title, rows):
    """One session record form: a heading and a two-column table, as in her template."""
    return [H(3, title), T(*[[k, v] for k, v in rows])]


MATRIX = T(
    ["Criterion", "Evidence", "Where to find it"],
    ["1.1", "Mentoring plan", "Section 1"],
    ["1.2", "Goals for each mentee", "Section 1"],
    ["1.3", "Mentoring agreement, three-way section", "Section 1"],
    ["2.1", "Skills checklist and learning styles", "Section 2"],
    ["2.2", "Clutterbuck stages and GROW", "Section 2"],
    ["2.3", "Knowledge, skills, behaviours", "Section 2"],
    ["2.4", "Summary log and session records 1-12", "Section 2.4"],
    ["3.1", "Reflection box on every record, summary", "Section 3"],
    ["3.2", "Mentee feedback box on every record", "Section 3"],
    ["3.3", "Communication review", "Section 3"],
    ["3.4", "Two supervision records", "Section 3"],
)

LOG = T(
    ["No.", "Date", "Mentee", "Time", "Length", "Record"],
    ["1", "04/11/24", "Mentee 1", "13:30-14:30", "1 hr", "Record 1"],
    ["2", "05/11/24", "Mentee 2", "14:00-15:00", "1 hr", "Record 2"],
    ["3", "18/11/24", "Mentee 1", "13:30-14:45", "1 hr 15", "Record 3"],
    ["4", "19/11/24", "Mentee 2", "14:00-15:15", "1 hr 15", "Record 4"],
    ["5", "02/12/24", "Mentee 1", "13:30-14:30", "1 hr", "Record 5"],
    ["-", "03/12/24", "Mentee 2", "-", "-", "Cancelled, calving"],
    ["6", "10/12/24", "Mentee 2", "14:00-15:30", "1 hr 30", "Record 6"],
    ["7", "16/12/24", "Mentee 1", "13:00-14:30", "1 hr 30", "Record 7"],
    ["8", "17/12/24", "Mentee 2", "14:00-15:00", "1 hr", "Record 8"],
    ["9", "13/01/25", "Mentee 1", "13:30-14:40", "1 hr 10", "Record 9"],
    ["10", "14/01/25", "Mentee 2", "14:00-15:10", "1 hr 10", "Record 10"],
    ["11", "27/01/25", "Mentee 1", "13:30-14:30", "1 hr", "Record 11"],
    ["12", "28/01/25", "Mentee 2", "14:00-15:00", "1 hr", "Record 12"],
    ["", "", "", "Total", "13 hrs 50", ""],
)

RECORDS = (
    record("Session record 1", [
        ("Date / time", "04/11/24, 13:30 to 14:30 (1 hr)"),
        ("Mentee", "Mentee 1"),
        ("Purpose", "First meeting. Agreement, expectations, what mentoring is"),
        ("Discussed", "Background in arable, why dairy, what feels hardest so far (early starts, reading cows)"),
        ("Actions", "Mentee 1 to fill in the skills checklist before next time"),
        ("Mentee feedback", "Glad it is not with the boss. Wants it practical"),
        ("My reflection", "Talked too much about the farm's history. Let them talk more next time"),
    ])
    + record("Session record 2", [
        ("Date / time", "05/11/24, 14:00 to 15:00 (1 hr)"),
        ("Mentee", "Mentee 2"),
        ("Purpose", "First meeting. Agreement"),
        ("Discussed", "College course, lambing placement, wants to be a herd manager one day"),
        ("Actions", "Skills checklist; learning styles questionnaire"),
        ("Mentee feedback", "Good, a bit formal"),
        ("My reflection", "Sat across the desk like an interview. Next time in the parlour office, side by side"),
    ])
    + record("Session record 3", [
        ("Date / time", "18/11/24, 13:30 to 14:45 (1 hr 15)"),
        ("Mentee", "Mentee 1"),
        ("Purpose", "Goals, checklist results"),
        ("Discussed", "Scored low on heat detection and foot trimming. Goals agreed (see 1.2)"),
        ("Actions", "Shadow the 4am heat check three mornings; keep own heat diary"),
        ("Mentee feedback", "Useful to see it written down"),
        ("My reflection", "GROW worked well for the heat detection goal; rushed Options"),
    ])
    + record("Session record 4", [
        ("Date / time", "19/11/24, 14:00 to 15:15 (1 hr 15)"),
        ("Mentee", "Mentee 2"),
        ("Purpose", "Goals, checklist results, one problem"),
        ("Discussed", "Upset after Darren Pugh shouted at her in the parlour over cluster attachment speed. "
                      "Talked about how to respond. Goals agreed"),
        ("Actions", "Mentee 2 to ask for a parlour routine walk-through with me, not with relief staff"),
        ("Mentee feedback", "Felt listened to"),
        ("My reflection", "Wanted to go and sort it myself. Did not. Kept to her deciding what to do"),
    ])
    + record("Session record 5", [
        ("Date / time", "02/12/24, 13:30 to 14:30 (1 hr)"),
        ("Mentee", "Mentee 1"),
        ("Purpose", "Heat diary review"),
        ("Discussed", "Spotted 6 of 9 cows in heat that the activity collars confirmed"),
        ("Actions", "Keep going; start foot trimming with the contractor on the 16th"),
        ("Mentee feedback", "Chuffed with the 6 out of 9"),
        ("My reflection", "Good use of data as feedback rather than my opinion"),
    ])
    + record("Session record - CANCELLED", [
        ("Date / time", "03/12/24, 14:00 (booked 1 hr)"),
        ("Mentee", "Mentee 2"),
        ("Purpose", "Parlour routine"),
        ("Discussed", "CANCELLED - both of us at a difficult calving with the vet. Rebooked for 10/12"),
        ("Actions", "-"),
        ("Mentee feedback", "-"),
        ("My reflection", "-"),
    ])
    + record("Session record 6", [
        ("Date / time", "10/12/24, 14:00 to 15:30 (1 hr 30)"),
        ("Mentee", "Mentee 2"),
        ("Purpose", "Parlour routine walk-through, then sit down"),
        ("Discussed", "Went through the routine step by step in the parlour, then talked about confidence"),
        ("Actions", "Run afternoon milking with me nearby but not in the pit, twice"),
        ("Mentee feedback", "Best one so far"),
        ("My reflection", "Mixing practical and talk suits her (Activist, see 2.1)"),
    ])
    + record("Session record 7", [
        ("Date / time", "16/12/24, 13:00 to 14:30 (1 hr 30)"),
        ("Mentee", "Mentee 1"),
        ("Purpose", "Foot trimming debrief"),
        ("Discussed", "Trimmed 4 cows with the contractor. Nervous with the crush"),
        ("Actions", "Watch the AHDB mobility scoring video; score 20 cows with me"),
        ("Mentee feedback", "Would like more time in the crush before Christmas"),
        ("My reflection", "Asked good questions but answered one myself"),
    ])
    + record("Session record 8", [
        ("Date / time", "17/12/24, 14:00 to 15:00 (1 hr)"),
        ("Mentee", "Mentee 2"),
        ("Purpose", "Milking review"),
        ("Discussed", "Ran two milkings; cell count unchanged; relief staff now fine with her"),
        ("Actions", "Take over the Thursday milk recording with NMR"),
        ("Mentee feedback", "Feels like part of the team now"),
        ("My reflection", "Progress faster than I expected; need to stretch her"),
    ])
    + record("Session record 9", [
        ("Date / time", "13/01/25, 13:30 to 14:40 (1 hr 10)"),
        ("Mentee", "Mentee 1"),
        ("Purpose", "Mobility scoring results"),
        ("Discussed", "Scores matched mine on 17 of 20 cows"),
        ("Actions", "Do the monthly mobility score for the whole herd in February"),
        ("Mentee feedback", "Good, wants feedback sooner"),
        ("My reflection", "Left a longer silence; Mentee 1 came up with the February plan himself"),
    ])
    + record("Session record 10", [
        ("Date / time", "14/01/25, 14:00 to 15:10 (1 hr 10)"),
        ("Mentee", "Mentee 2"),
        ("Purpose", "Milk recording, next steps"),
        ("Discussed", "Did the NMR recording on her own. Talked about the assistant herd manager route"),
        ("Actions", "Look at the Level 3 apprenticeship"),
        ("Mentee feedback", "Helpful to talk about the long term"),
        ("My reflection", "Careful not to promise a job I cannot give"),
    ])
    + record("Session record 11", [
        ("Date / time", "27/01/25, 13:30 to 14:30 (1 hr)"),
        ("Mentee", "Mentee 1"),
        ("Purpose", "Review and ending"),
        ("Discussed", "Both goals reviewed, heat detection met, foot trimming partly met"),
        ("Actions", "Carry on with the contractor; mentoring ends"),
        ("Mentee feedback", "See 3.2"),
        ("My reflection", "Good ending, agreed he can still come and ask"),
    ])
    + record("Session record 12", [
        ("Date / time", "28/01/25, 14:00 to 15:00 (1 hr)"),
        ("Mentee", "Mentee 2"),
        ("Purpose", "Review and ending"),
        ("Discussed", "Both goals met. Apprenticeship application started"),
        ("Actions", "Mentoring ends; check in at her 6-month review"),
        ("Mentee feedback", "See 3.2"),
        ("My reflection", "Proud of her. Need to let go"),
    ])
)

BLOCKS = [
    H(0, "Unit 304 - Undertaking an Extended Period of Mentoring"),
    P("Ruth Llewelyn, Herd Manager, Towy Vale Dairy Co-operative"),
    H(1, "Evidence matrix"),
    MATRIX,

    H(1, "Section 1 - Planning"),
    H(2, "1.1 Mentoring plan"),
    P("""We took on two new herdspersons in October, one from an arable farm and one straight from
      college. On a 600-cow unit milking three times a day, new staff either sink or swim, and we
      have lost three in two years. I planned twelve sessions, six each, fortnightly from November
      to the end of January, each one hour to an hour and a half, to give at least 12 hours in all.
      The slot is after the midday milking and feed push, 13:30 for Mentee 1 and 14:00 for Mentee 2,
      in the parlour office. I chose November to January because calving is block calving in the
      spring and nobody will have time for anything after mid-February. Every session gets a record
      form and a line in the summary log."""),
    H(2, "1.2 Goals"),
    P("""Goals came out of the skills checklist in the second session with each of them."""),
    B("""Mentee 1: spot cows in heat by eye and confirm against the activity collars, at least two
      out of three right by Christmas; and trim feet safely alongside the foot trimming
      contractor by the end of January."""),
    B("""Mentee 2: run afternoon milking on her own to the farm's routine, with no rise in cell
      count; and take over the monthly milk recording by mid-January."""),
    P("""Both sets of goals were agreed with the farm manager as well, so they match what a
      herdsperson here needs in the first six months."""),
    H(2, "1.3 Agreement"),
    P("""The written mentoring agreement covered: six sessions each, where and when, what happens if
      a session is lost to a calving or a breakdown (we rebook within a week), confidentiality and
      its limits (animal welfare, health and safety and anything illegal must be reported), how
      records are kept (the records stay in the locked office, mentees referred to by number),
      and either side can end it. The farm manager signed a three-way section agreeing to release
      the time and not to ask what was said, only to be told whether goals were met. Because I am
      their line manager's manager, I added that nothing from mentoring would be used in their
      probation review."""),

    H(1, "Section 2 - Mentoring"),
    H(2, "2.1 Diagnostic tools"),
    P("""I used the co-operative's herdsperson skills checklist (28 tasks, each marked "can do alone",
      "can do with help", "not yet") and Kolb's learning style inventory. Mentee 1 was "not yet" on
      heat detection and foot trimming, which became his goals. The learning style inventory put
      Mentee 2 as an Activist (diverging and accommodating in Kolb's terms), so I moved her
      sessions into the parlour to walk through things first and talk after. The activity collar
      data was also a tool: it gave Mentee 1 a score he could trust more than my opinion."""),
    H(2, "2.2 Mentoring model"),
    P("""I used Clutterbuck's stages of a developmental mentoring relationship: building rapport
      (sessions 1 and 2), setting direction (3 and 4), progression (5 to 10), winding down (the
      January reviews) and moving on (11 and 12). Inside single sessions I used GROW for the
      problem solving part. The model helped me see that Mentee 2 moved into progression quickly
      and that I needed to stretch her sooner, which is why she got the milk recording early."""),
    H(2, "2.3 Knowledge, skills and behaviours"),
    P("""Knowledge: twenty years with cows, but I tried to use it only when asked. Skills: open
      questions, silence, summarising, and checking what the mentee understood rather than
      assuming. The clearest example was session 4, when Mentee 2 came in upset after being shouted
      at by a relief milker. I asked what happened, what she wanted to happen next and what she
      could do, and I kept my own opinion of him to myself. Behaviours: I kept to the times even in
      a busy week, kept the content confidential, and when Mentee 2 asked whether she would get the
      assistant herd manager job if she did the apprenticeship, I was honest that I could not
      promise that."""),
    H(2, "2.4 Records"),
    P("""The summary log lists every session in order. Each line has a full session record form
      behind it, which follows the log, filled in straight after the session and initialled by the
      mentee at the next one."""),
    LOG,
    *RECORDS,

    H(1, "Section 3 - Review"),
    H(2, "3.1 Reflection on each session"),
    P("""Every record has a "My reflection" box which I filled in the same day. Reading them back, the
      pattern is that I talk too much in first sessions and answer my own questions when I am in a
      hurry (sessions 1 and 7). My key learning is to leave silences: in session 9 I waited and
      Mentee 1 came up with the February mobility plan on his own. For my CPD I will do the
      co-operative's half day on coaching conversations in March."""),
    H(2, "3.2 Feedback"),
    P("""Each mentee wrote a line in the "Mentee feedback" box at the end of every session. At the
      end I asked them each to write a short note. Mentee 1 wrote "I know when a cow is bulling now
      and I didn't in October, cheers". Mentee 2 wrote that the parlour walk-through sessions worked
      best and the first meeting felt like a job interview. The farm manager's feedback was that the
      relief milkers now ask Mentee 2 how she wants things done."""),
    H(2, "3.3 Communication skills"),
    P("""Questioning: I got better at open questions but still drift to closed ones when the session
      is running late. Listening: I am better when we are doing something side by side than across
      a desk. Feedback: using data (the collars, the mobility scores, the cell counts) made my
      feedback more believable and less personal, and I asked them to mark their own work before
      I gave mine. I need to get better at feedback on attitude rather than tasks."""),
    H(2, "3.4 Supervision"),
    T(
        ["Supervision 1", ""],
        ["Date", "26/11/24, 60 minutes on Teams"],
        ["With", "My ILM tutor"],
        ["Outcomes", "Talked through session 4. Tutor challenged me on whether I had protected Mentee 2 "
                     "enough; agreed I would speak to relief staff about behaviour as a manager, separately "
                     "from mentoring, and tell Mentee 2 I had done so."],
    ),
    T(
        ["Supervision 2", ""],
        ["Date", "20/01/25, 10:00 to 11:15"],
        ["With", "The co-operative's people development manager (a qualified mentor)"],
        ["Outcomes", "Endings. She helped me plan the winding down stage and warned me off making "
                     "promises about jobs. Agreed I will mentor next year's two apprentices."],
    ),
    P("""Both supervisions changed what I did: after the first I dealt with the relief staff as their
      manager, outside the mentoring, and after the second I held proper ending sessions."""),

    P("""Declaration: I confirm that this portfolio is my own work. Ruth Llewelyn, 7 February 2025"""),
]

CASE = Case(
    name="v_8587_304_dairy_farm_docx",
    unit="8587-304",
    kind="portfolio",
    files=[SourceFile("Llewelyn R 8587-304.docx", BLOCKS)],
    labels={
        "1.1": "calving is block calving in the spring",
        "1.2": "match what a herdsperson here needs in the first six months",
        "1.3": "nothing from mentoring would be used in their probation review",
        "2.1": "a score he could trust more than my opinion",
        "2.2": "needed to stretch her sooner",
        "2.3": "I kept my own opinion of him to myself",
        "2.4": "The summary log lists every session in order",
        "3.1": "answer my own questions when I am in a hurry",
        "3.2": "I know when a cow is bulling now",
        "3.3": "made my feedback more believable and less personal",
        "3.4": "I dealt with the relief staff as their manager",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": True,
        "identifying": ["Darren Pugh"],  # relief milker, record 4
        # Mentee 1: 60 + 75 + 60 + 90 + 70 + 60 = 415 (6)
        # Mentee 2: 60 + 75 + 90 + 60 + 70 + 60 = 415 (6)
        # 415 + 415 = 830 = 13 hrs 50 (Total row, right). Each session once: the record forms
        # repeat the log. Not: 03/12 cancelled (log row and CANCELLED form); the Total row.
        "minutes": 830,
        "sessions": 12,
        "individuals": 2,  # Mentee 1, Mentee 2
        # 26/11/24 60 minutes + 20/01/25 10:00 to 11:15 75 = 135
        "supervision_minutes": 135,
    },
    about="Dairy herd manager's 304 portfolio DOCX: evidence matrix, summary log then a two-column record form for every session (same sessions twice), a cancelled calving row and CANCELLED form, right total; two supervision forms; relief milker's full name in one record form.",
)
