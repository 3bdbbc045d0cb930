"""8587-302 Extended coaching: a freight depot's three-file DOCX portfolio, criteria pasted.

Callum Fraser, operations supervisor at a freight depot, coaches two colleagues. His
centre's template pastes each AC, its assessment guidance and the suggested evidence
above a "My evidence" line, so the handbook's words sit above every answer; the label
phrases are in his own words below them. Heading styles are used.

Practice, as an assessor counts it (the coaching log under AC 2.4, which has a Start–finish
column, a Duration column and a Running total column):
    Coachee A  sessions A1–A5: 90 + 90 + 75 + 90 + 60  = 405
    Coachee B  sessions B1–B5: 60 + 90 + 60 + 75 + 60  = 345
    -> 750 minutes (12 h 30), 10 sessions, 2 individuals.
    Not counted: the two supervision rows (60 + 75 = 135 minutes of supervision), the
    shadowing row (he observed another coach), the running-total column, the Total row,
    the "Planned" row, and records A1 and B1 in file 3 (the same sessions as the log).
    The summary sentence "I coached 2 individuals over 10 sessions" is not a session.
    => minutes 750, sessions 10, individuals 2, supervision 135.

Anonymisation: Coachee A's line manager by full name, Coachee A's full name under his
signed feedback form, Coachee B's work e-mail in the contract. Not identifying: Callum's
own name and registration number, the supervisor the supervision form asks him to name,
the centre's info@ address in the template footer, Whitmore, Belbin, Gibbs, the EMCC.
"""

from corpus.case import B, Case, H, P, SourceFile, T

MATRIX = [
    H(0, "Unit 302 Undertaking an Extended Period of Coaching within an Organisational Context"),
    T(
        ["Name of learner", "Callum Fraser"],
        ["ILM registration no.", "ILM3-556120"],
        ["Centre", "Northpoint Training, Ipswich"],
        ["Date completed", "21/11/2025"],
    ),
    H(1, "Learner authentication"),
    P("""I declare that the evidence in this portfolio is my own work and that the coaching took
      place as recorded. Signed: Callum Fraser. Date: 21/11/2025."""),
    H(1, "Units 302/303 Portfolio evidence matrix"),
    T(
        ["Unit 302", "Portfolio Evidence Title", "Reference Number"],
        ["AC 1.1 Produce a plan for effective coaching to take place for 12 hours", "Coaching Diary – plan", "File 2, AC 1.1"],
        ["AC 1.2 Agree appropriate topics, goals and/or outcomes relevant to the context of individual(s) being coached",
         "Coaching Diary – goals", "File 2, AC 1.2"],
        ["AC 1.3 Agree an appropriate and confidential contract with individual(s) and other stakeholders",
         "Coaching contracts A and B", "File 2, AC 1.3"],
        ["AC 2.1 Use diagnostic or assessment tools to effectively coach within an organisational context",
         "Diagnostics", "File 2, AC 2.1"],
        ["AC 2.2 Use a recognised model of coaching during the coaching process which supports the individual to achieve their goals",
         "Use of GROW", "File 2, AC 2.2"],
        ["AC 2.3 Demonstrate the knowledge, skills and behaviours of an effective and ethical coach, including communication techniques of questioning and listening",
         "Statement and observation feedback", "File 2, AC 2.3"],
        ["AC 2.4 Record an auditable coaching process from initial contact to completion", "Coaching log", "File 2, AC 2.4"],
        ["AC 3.1 Reflect on each session and identify key learning to support continuous professional development",
         "Reflective logs", "File 3, AC 3.1"],
        ["AC 3.2 Gather ongoing feedback on effectiveness of their coaching for each session and show evidence of this",
         "Feedback forms", "File 3, AC 3.2"],
        ["AC 3.3 Review and evidence own ability to use effective communication skills, including questioning, listening and giving feedback in order to facilitate coaching practice",
         "Communication review", "File 3, AC 3.3"],
        ["AC 3.4 Summarise the outcomes of ongoing supervision for a minimum of 2 sessions of effective coaching to improve practice",
         "Supervision records 1 and 2", "File 3, AC 3.4"],
    ),
]


def _criterion(ref, text, guidance, evidence):
    """The centre template's printed block: the AC, its guidance, the suggested evidence."""
    return [
        H(2, f"AC {ref} {text}"),
        P(f"Assessment guidance: {guidance}"),
        P(f"Suggested evidence: {evidence}"),
        P("My evidence:"),
    ]


DIARY = [
    H(0, "Coaching Diary"),
    T(
        ["Name of coach", "Callum Fraser"],
        ["Client ref/ID", "Coachee A, Coachee B"],
        ["Start date of activity", "12/09/2025"],
        ["Total number of hours completed", "12 hours 30 minutes"],
    ),
    H(1, "Section One"),
    *_criterion("1.1", "Produce a plan for effective coaching to take place for 12 hours",
                "Provide evidence that they have planned for 12 hours of coaching and show how the planning included "
                "agreeing the location or approach for coaching, the timing and duration of sessions, considered the "
                "goals and outcomes of the coachee and any resources.",
                "Coaching plans for 12 hours, with clear goals or outcomes. Coaching Diary."),
    P("""I planned five sessions with each coachee, fortnightly, of between one hour and an hour
      and a half, which gives a little over 12 hours in total. Coachee A is a transport planner
      on the early shift, so his sessions were at 9am once the morning trunking had gone;
      Coachee B is a warehouse team leader on lates, so hers were at 1pm before her shift.
      We met in the training cabin by gate 3, which is bookable, quiet and out of sight of
      the warehouse floor. Resources: a flipchart, the Belbin questionnaires (paid for by the
      depot's training budget), and printed copies of the contract and records."""),
    *_criterion("1.2", "Agree appropriate topics, goals and/or outcomes relevant to the context of individual(s) being coached",
                "Clearly state the goals and/or outcomes agreed with the coachee and how these are relevant to their "
                "context. It must be shown how these were agreed and what processes were followed.",
                "Records of the topics, goals and/or outcomes agreed with the individual(s). Coaching Diary."),
    P("""The goals were agreed in the first session with each coachee, after the diagnostics,
      and written up by the coachee, not me. Coachee A wanted to cut empty running on the
      Midlands routes from 18% to 12% of miles by the end of November, which matters because
      the depot is measured on it. Coachee B's goal was to delegate the daily pick-rate
      report to one of her shift leads by the end of October and get two hours a week back
      for her team."""),
    *_criterion("1.3", "Agree an appropriate and confidential contract with individual(s) and other stakeholders",
                "Provide evidence of an appropriate contract or agreement with individuals (coachees) and any other "
                "relevant stakeholders (e.g., their manager or other relevant individuals). They should show that "
                "confidentiality has been highlighted and any other aspects of ethical coaching. The full scope of "
                "coaching arrangements should be considered.",
                "An agreed and anonymised contract between coach and individual, signed and dated by all parties."),
    P("""I used the ILM contract and added our depot's data protection wording. Before session
      one I met Coachee A's line manager, Graham Whitfield, with Coachee A, to agree what the
      manager would be told (attendance and the goal, nothing else); that short three-way
      meeting is not a coaching session and I have not counted it. Coachee B chose not to
      involve her manager, which I respected, and we agreed the contract between the two of
      us."""),
    T(
        ["The coaching contract", "Coachee B"],
        ["Sessions", "5 sessions of 60–90 minutes, fortnightly, Sept–Nov 2025"],
        ["Confidentiality", "Nothing discussed is shared without consent unless someone is at risk of harm"],
        ["Cancellations", "We agreed that cancellations with less than 24 hours' notice count as a session used, unless it is the operation that cancels"],
        ["Records", "Kept by the coach in a locked drawer and a password protected folder; destroyed 6 months after the end"],
        ["Contact", "m.patel@harbourline.example.com"],
        ["Signature of coach", "C. Fraser 15/09/2025"],
        ["Signature of client", "Coachee B 15/09/2025"],
    ),
    H(1, "Section Two"),
    *_criterion("2.1", "Use diagnostic or assessment tools to effectively coach within an organisational context",
                "Provide a minimum of two examples of how diagnostic or assessment tools were used to identify individual "
                "needs and show how the tools used are linked to the coaching goals and the agreed outcomes.",
                "Coaching records/log/diary which show diagnostic/assessment tools used with coachee."),
    P("""I used two tools. The first was a Belbin team role report for each coachee, which
      showed Coachee B as a strong Completer Finisher and Implementer with low Co-ordinator,
      which explained why she found it so hard to hand the report over. The second was a
      wheel of work satisfaction that Coachee A scored at the start and end, which showed his
      lowest score was 'influence over decisions' and led to his goal."""),
    *_criterion("2.2", "Use a recognised model of coaching during the coaching process which supports the individual(s) to achieve their goals",
                "Clearly show they have followed a recognised model to coach individuals and how using this model has "
                "supported individuals to achieve their goals.",
                "Coaching records/log/diary which show a recognised model used in 12 hours of coaching."),
    P("""Every session followed Whitmore's GROW model, and my records have a box for each stage.
      The stage that made the difference was the Way Forward stage, where I asked each coachee
      to rate their commitment to the action out of ten; anything under eight, we changed the
      action. Coachee A's routes plan came out of session A3 in exactly this way."""),
    *_criterion("2.3", "Demonstrate the knowledge, skills and behaviours of an effective and ethical coach, including communication techniques of questioning and listening",
                "Demonstrate that within the coaching process they have used the skills, knowledge and behaviour required "
                "of an effective coach. The learner must describe how the communication techniques of questioning and "
                "listening were used and show how these contributed to effective coaching.",
                "A statement or record describing knowledge, skills and behaviours used in coaching sessions."),
    P("""I worked to the EMCC code of ethics, especially on boundaries: when Coachee B started
      talking about a problem at home I acknowledged it and asked whether she wanted to use
      the time on it or on her goal. I tried clean language questions ('and what kind of
      delegating is that?') which slowed her down and helped her hear her own words. I
      listened for what was not said: Coachee A never mentioned the night planners, which
      turned out to be the real obstacle."""),
    *_criterion("2.4", "Record an auditable coaching process from initial contact to completion",
                "Provide evidence of how they have monitored and maintained records of coaching over the 12 hours "
                "coaching from initial contact with coachee through to conclusion.",
                "Coaching records/log/diary. Appendix 7 Units 302/303 Example Documents."),
    P("""I numbered the records A1–A5 and B1–B5 so each line in the log below matches a session
      record, a reflective log and a feedback card. The log also shows my supervision and the
      shadowing I did, which are not coaching hours."""),
    T(
        ["Date", "Coachee", "Session", "Start–finish", "Duration", "Running total"],
        ["12/09/2025", "Coachee A", "A1", "09:00–10:30", "1 h 30", "1 h 30"],
        ["15/09/2025", "Coachee B", "B1", "13:00–14:00", "60 mins", "2 h 30"],
        ["26/09/2025", "Coachee A", "A2", "09:00–10:30", "1.5 hrs", "4 h 00"],
        ["29/09/2025", "Coachee B", "B2", "13:00–14:30", "1hr 30", "5 h 30"],
        ["03/10/2025", "Supervision 1", "–", "16:00–17:00", "1 hr", "not added"],
        ["06/10/2025", "Shadowing – observed the group L&D coach", "–", "10:00–11:00", "1 hr", "not added"],
        ["10/10/2025", "Coachee A", "A3", "09:00–10:15", "75 minutes", "6 h 45"],
        ["13/10/2025", "Coachee B", "B3", "13:00–14:00", "1 hr", "7 h 45"],
        ["24/10/2025", "Coachee A", "A4", "09:00–10:30", "1 h 30", "9 h 15"],
        ["27/10/2025", "Coachee B", "B4", "13:00–14:15", "1 h 15", "10 h 30"],
        ["31/10/2025", "Supervision 2", "–", "16:00–17:15", "1 h 15", "not added"],
        ["07/11/2025", "Coachee A", "A5", "09:00–10:00", "60 mins", "11 h 30"],
        ["10/11/2025", "Coachee B", "B5", "13:00–14:00", "60 mins", "12 h 30"],
        ["Planned", "Coachee A", "A6", "09:00–10:00", "1 hr", "follow-up in January, not part of this unit"],
        ["Total coaching", "", "", "", "12 h 30", "12 h 30"],
    ),
    P("""In total I coached 2 individuals over 10 sessions, 12 hours and 30 minutes of coaching,
      with two supervision sessions on top."""),
]

REVIEW = [
    H(0, "Section Three – Review of my coaching practice"),
    *_criterion("3.1", "Reflect on each session and identify key learning to support continuous professional development",
                "Provide evidence of having undertaken reflection as part of their coaching and highlight the key "
                "learning points they have taken from this practice to support their improvement and development as a coach.",
                "Reflective Log."),
    P("""I wrote a reflective log after every session using Gibbs' reflective cycle. The key
      learning points were: I felt rushed in B2 because I let the first twenty minutes go on
      small talk, so I now open with the goal; in A3 I noticed I was more interested in the
      routes problem than in Coachee A, which is my operations background showing; and in B4
      silence worked better than any question I had planned."""),
    H(3, "Session records A1 and B1 (examples)"),
    T(
        ["Client ref/ID", "Coachee A", "Session no.", "A1"],
        ["Date of session", "12/09/2025", "Duration", "90 minutes"],
        ["Goal for today", "Agree contract, complete wheel, choose a goal", "", ""],
    ),
    T(
        ["Client ref/ID", "Coachee B", "Session no.", "B1"],
        ["Date of session", "15/09/2025", "Duration", "1 hour"],
        ["Goal for today", "Contract, Belbin debrief, first goal", "", ""],
    ),
    *_criterion("3.2", "Gather ongoing feedback on effectiveness of their coaching for each session and show evidence of this",
                "Collect and include ongoing feedback received from individuals, supervisors or other stakeholders about "
                "the effectiveness of their coaching across the sessions.",
                "Feedback to coach from individual being coached."),
    P("""At the end of each session I handed over a one-line feedback card asking 'what was most
      useful today, and what would you change?'. Coachee B wrote after B2 that I 'asked the same
      question twice', which I had not noticed. At the end, each coachee filled in the ILM
      feedback form; Coachee A's is below."""),
    T(
        ["Feedback to coach from individual being coached", "Rating (1–10)"],
        ["Builds rapport", "9"],
        ["Is non-judgemental", "9"],
        ["Shows listening skills", "8"],
        ["Uses questioning skills to help me self-reflect", "7"],
        ["Comments", "Made me think about the night planners, which I had been avoiding. Sessions could start quicker."],
    ),
    P("Signed: Daniel Osei    Date: 07/11/2025"),
    *_criterion("3.3", "Review and evidence own ability to use effective communication skills, including questioning, listening and giving feedback in order to facilitate coaching practice",
                "Show they have reviewed their communication skills, including questioning, listening and providing "
                "feedback, in coaching and demonstrate how this has facilitated effective coaching with individuals.",
                "Reflective log, feedback, observation."),
    P("""Listening to the recording of B3 (with her consent) I interrupted Coachee B three times in
      the first ten minutes, always to finish her sentence. By B5 I did not interrupt once. My
      questions improved from mainly closed to mainly open across the log. My feedback is
      direct, which the depot likes, but both coachees said they value it more when I ask them
      first what they think."""),
    *_criterion("3.4", "Summarise the outcomes of on-going supervision for a minimum of two sessions of effective coaching to improve practice",
                "Provide a summary of supervision over a minimum of 2 sessions showing the outcomes of these and how this "
                "informs their future coaching practice",
                "Outcomes of a supervision session."),
    T(
        ["Outcomes of a supervision session", ""],
        ["Name of supervisor/tutor", "Dr Ruth Adeyemi"],
        ["Sessions", "03/10/2025, 1 hour; 31/10/2025, 1 hour 15 minutes, both online"],
    ),
    P("""Supervision 1 looked at contracting with the line manager present, and whether Coachee A
      could speak freely with his manager in the room; we agreed I would check with him on his
      own, which I did. Supervision 2 was about my habit of steering towards the operational
      answer. The outcome was that I will ask myself 'whose agenda is this?' before the
      Options stage, and take one case to supervision each quarter after the course."""),
    P("Northpoint Training · Coaching portfolio template v2 · queries: info@northpoint-training.example"),
]

CASE = Case(
    name="a_8587_302_docx",
    unit="8587-302",
    kind="portfolio",
    files=[
        SourceFile("1 Evidence matrix and declaration.docx", MATRIX),
        SourceFile("2 Coaching diary.docx", DIARY),
        SourceFile("3 Review, feedback and supervision.docx", REVIEW),
    ],
    labels={
        "1.1": "training cabin by gate 3",
        "1.2": "cut empty running on the Midlands routes",
        "1.3": "cancellations with less than 24 hours' notice",
        "2.1": "Belbin team role report",
        "2.2": "the Way Forward stage",
        "2.3": "clean language questions",
        "2.4": "numbered the records A1–A5 and B1–B5",
        "3.1": "I felt rushed in B2",
        "3.2": "one-line feedback card",
        "3.3": "I interrupted Coachee B three times",
        "3.4": "contracting with the line manager present",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": True,
        # log: A 90 + 90 + 75 + 90 + 60 = 405, B 60 + 90 + 60 + 75 + 60 = 345; supervision,
        # shadowing, Planned, running-total and Total rows and records A1/B1 excluded; the
        # three-way meeting with Coachee A's manager is marked not counted (made explicit in
        # the audit: it could have been read as a contracting session)
        "minutes": 750,
        "sessions": 10,
        "individuals": 2,
        "supervision_minutes": 135,  # 16:00-17:00 60 + 16:00-17:15 75
        "identifying": ["Graham Whitfield", "Daniel Osei", "m.patel@harbourline.example.com"],
    },
    about="Freight depot supervisor; three styled DOCX; AC text and guidance pasted above each answer; running-total log; planted names.",
)
