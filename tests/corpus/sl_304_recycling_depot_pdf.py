"""8587-304 Undertaking an Extended Period of Mentoring: a council recycling depot's operations manager, PDF.

Kwame Asante manages the waste and recycling depot of a district council and mentored two
newly promoted crew supervisors (Mentee A and Mentee B). His portfolio was written in Word
and saved as PDF. It opens with a contents page that points at page numbers (sections only,
no criteria: not an evidence matrix). Headings mix "AC1.1", "1.3)" and "Criterion 1.2",
with the contract (1.3) answered before the goals (1.2); "2.1 & 2.2 Tools and model" is one
heading over a tools paragraph and three model paragraphs; the session log (2.4) is only in an appendix at the end; and
"3.1 & 3.2" is one heading over a table with a reflection column and a feedback column per
session (the labels are in cells). The model label is in the third paragraph under
that heading. Clean: mentees are letters; the tutor and supervisor are named only where
the form asks; the council, the Waste Services Manager (a role) and Egan are not identifying.

Practice truth: Mentee A 60 + 75 + 60 + 70 + 60 + 45 + 60 = 430; Mentee B 60 + 60 + 90 + 55
+ 60 + 50 + 65 = 440; joint session 60 once; 430 + 440 + 60 = 930 minutes in 15 sessions
with 2 individuals. Supervision 60 + 45 + the tutor's 20-minute debrief after the observed
session = 125.
"""

from .case import Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "Unit 304 Portfolio – Undertaking an Extended Period of Mentoring within an Organisational Context"),
    T(
        ["Learner", "Kwame Asante"],
        ["Job title", "Operations Manager, Waste & Recycling, Fen Marsh District Council"],
        ["Tutor", "Dave Kirkland"],
        ["Workplace supervisor", "Linda Poole"],
    ),
    H(1, "Contents"),
    T(
        ["Section", "Page"],
        ["Introduction", "2"],
        ["Section 1 – Planning", "2"],
        ["Section 2 – Mentoring in practice", "4"],
        ["Section 3 – Review", "6"],
        ["Appendix 1 – Session log", "9"],
        ["Appendix 2 – Agreement (anonymised)", "10"],
    ),
    H(1, "Introduction"),
    P("""Our depot runs 38 collection rounds with around 120 drivers and loaders. In the summer
      two loaders were promoted to crew supervisor, each responsible for a zone of rounds. It
      is a big jump: yesterday they were on the back of the lorry, today they are telling their
      mates to stop cutting corners. I mentored both from January to April. This portfolio
      covers the plan, goals and contract, the tools and model, how I mentored, the log, my
      reflections and feedback, my communication skills and supervision."""),

    H(1, "Section 1 – Planning"),
    H(2, "AC1.1 Plan"),
    P("""I planned at least 12 hours in total, seven sessions of about an hour with each mentee,
      fortnightly, plus a joint session at the end, January to April. Sessions are at 1.30pm,
      after the rounds are back and tipped, in the training room upstairs, away from the
      transport office. Mentee A on Tuesdays, Mentee B on Thursdays. I allowed for the fact
      that snow or a fleet breakdown can wipe out a week, so any session lost is rebooked the
      following week rather than skipped. Resources: the council's mentoring agreement
      template, the supervisor competency framework, a SWOT template, session note sheet,
      and a feedback slip."""),
    H(2, "1.3) Mentoring agreement"),
    P("""Before we started I met each mentee and then the Waste Services Manager as the
      stakeholder. The agreement (Appendix 2) covers: purpose and goals; seven sessions plus a
      joint one; confidentiality and its limits (health and safety breaches, safeguarding,
      anything illegal or a serious breach of the code of conduct); that I would not use
      anything from mentoring in their probation reviews, even though I sign those off; notes
      kept in my locked cabinet and shared with the mentee; 24 hours' notice to cancel; and
      either party can end it. The manager signed to agree the aims and that he would only get
      a yes or no on whether sessions were happening."""),
    H(2, "Criterion 1.2 Goals"),
    P("""Agreed at session 1 in each mentee's words and linked to the zone targets:"""),
    P("""Mentee A: "Sort out missed bins in my zone" – get reported missed collections on his
      rounds under 30 a week by April. "Be the boss without losing my mates" – hold a
      five-minute toolbox talk with each crew every Monday."""),
    P("""Mentee B: "Get on top of the paperwork" – complete vehicle defect and incident reports
      correctly first time, checked by the transport office. "Stop doing the lifting myself" –
      stay off the back of the lorry and supervise from the cab or the pavement."""),

    H(1, "Section 2 – Mentoring in practice"),
    H(2, "2.1 & 2.2 Tools and model"),
    P("""Tools. In session 2 each mentee rated himself against the council's supervisor
      competency framework (12 competences, scored 1 to 4). Mentee A scored himself lowest on
      "managing performance", which explained why missed bins were sliding: he would not pull
      up a crew he used to work on. Mentee B scored himself 4 on everything practical and 1 on
      "written communication". I then did a SWOT with each; Mentee B's threats column was
      full of "getting blamed for accidents", which turned his paperwork goal from a chore
      into protecting himself and his crew."""),
    P("""Model. I used Egan's skilled helper model, which has three stages: the current picture
      (what is going on?), the preferred picture (what do you want instead?) and the way
      forward (how will you get there?)."""),
    P("""It worked well with people who are practical and do not like talking about feelings
      for long. With Mentee A, the current picture was a crew who laughed off his instructions.
      The preferred picture was a crew who did the checks without being told. For the way
      forward he chose to ask the crew to write the Monday toolbox talk themselves, which
      got them owning it instead of him nagging, and missed bins in his zone dropped to 22 a
      week by the end of March."""),
    P("""Each session followed the same shape, so both mentees knew what to expect, and the model
      kept me from jumping straight to the way forward before we understood the problem."""),
    H(2, "2.3 Knowledge, skills and behaviours"),
    P("""My tutor observed session 6 with Mentee A on 25 March. His notes say I opened with
      a recap of the last actions, used open questions ("What happened when you tried it?"),
      summarised and let a silence run when Mentee A was deciding whether to report a
      loader for not wearing his gloves. Ethically I had to be careful: that was a health and
      safety issue, so I reminded him of the limits we agreed and left the decision about how
      to raise it with him, which he did the same day. I also used my knowledge of the
      disciplinary procedure to explain his options without making the decision for him."""),

    H(1, "Section 3 – Review"),
    H(2, "3.1 & 3.2 Session reflections and feedback"),
    T(
        ["Session", "My reflection / key learning", "Mentee feedback (slip)"],
        ["A1 / B1", "Contracting took longer with A, who worried about probation; being clear about my two hats mattered more than I expected",
         "A: 'OK, still not sure'. B: 'good to have time set aside'"],
        ["A2 / B2", "The competency self-rating got them talking about weak spots they would never have raised",
         "A: 4/5. B: 'didn't know I was that bad at writing, helpful though'"],
        ["A3 / B3", "I gave B the answer on the defect form instead of letting him find it; next time hand him the form",
         "B: 'quicker when you just show me'"],
        ["A4 / B4", "Silence works on A; he fills it with the real issue",
         "A: 'you let me talk it out'. B: 4/5"],
        ["A5 / B5", "I over-prepared questions for B and the session felt like an interview",
         "B: 'bit formal today'"],
        ["A6 / B6", "Observed session; keeping to the contract on the gloves issue was the right call",
         "A: 'sorted the gloves thing myself'. B: 5/5"],
        ["A7 / B7", "Ending: both wanted to carry on informally, agreed monthly coffee",
         "A: 'I'm more of a supervisor now'. B: 'paperwork is fine now'"],
        ["Joint", "Putting the two together let them support each other without me",
         "Both: 'should have done this earlier'"],
    ),
    H(2, "3.3 Communication skills"),
    P("""Questioning: better than I expected, but I ask "why" too much, which can sound like a
      telling-off to someone used to being blamed on the rounds; I have started using "what"
      and "how" instead. Listening: my strength, according to both slips and my tutor. Giving
      feedback: I was too vague with Mentee B until session 5, saying "good job" about reports
      that still had gaps; after supervision I started pointing to the exact box on the form."""),
    H(2, "3.4 Supervision"),
    P("""Session 1 (12 February, an hour with my workplace supervisor): the outcome was to stop
      answering Mentee B's questions for him; I now hand him the form and ask where he would
      start. Session 2 (2 April, 45 minutes): we discussed the gloves issue and my dual role;
      the outcome was that I write up any safety-related limit at the time, and that I plan
      a proper ending. My tutor also gave me twenty minutes of feedback after observing
      session 6 on 25 March, which fed into the second supervision."""),

    P("Declaration: I confirm this portfolio is my own work. K. Asante, 09/05/2025"),

    H(1, "Appendix 1 – Session log"),
    T(
        ["Date", "Mentee", "Session", "Length", "Notes"],
        ["07/01/25", "A", "1", "60 mins", "Contracting, goals"],
        ["09/01/25", "B", "1", "60 mins", "Contracting, goals"],
        ["21/01/25", "A", "2", "1 hr 15", "Competency self-rating"],
        ["23/01/25", "B", "2", "60 mins", "Competency self-rating"],
        ["04/02/25", "A", "3", "1 hr", "SWOT"],
        ["06/02/25", "B", "3", "1 hr 30", "SWOT, defect forms"],
        ["18/02/25", "A", "-", "-", "Cancelled – gritting call-out, rebooked 25/02"],
        ["20/02/25", "B", "4", "55 mins", "Incident report practice"],
        ["25/02/25", "A", "4", "70 mins", "Toolbox talk plan"],
        ["06/03/25", "B", "5", "1 hr", "Staying off the lorry"],
        ["11/03/25", "A", "5", "1 hr", "Missed bins data"],
        ["20/03/25", "B", "6", "50 mins", "Review of reports"],
        ["25/03/25", "A", "6", "45 mins", "Observed by tutor (tutor feedback to me afterwards, 20 mins – supervision, not in total)"],
        ["03/04/25", "B", "(7)", "-", "Planned – not held, B off sick; rebooked 17/04"],
        ["08/04/25", "A", "7", "1 hr", "Final review"],
        ["17/04/25", "B", "7", "65 mins", "Final review"],
        ["30/04/25", "A + B", "Joint", "1 hr", "Joint session: winter round planning"],
        ["", "", "Total", "15 hrs 30 mins", ""],
    ),
    H(1, "Appendix 2 – Mentoring agreement (anonymised)"),
    T(
        ["Item", "Agreed"],
        ["Parties", "Mentor (Operations Manager), Mentee A / Mentee B, Waste Services Manager (stakeholder)"],
        ["Sessions", "Seven of about one hour each, fortnightly, plus one joint session, January – April 2025"],
        ["Confidentiality", "Private except health and safety, safeguarding, illegal acts or serious code of conduct breaches"],
        ["Probation", "Nothing from mentoring is used in probation reviews"],
        ["Records", "Mentor's notes in locked cabinet, shared with mentee, destroyed 12 months after end"],
        ["Signed", "Mentor, mentee and stakeholder, 07/01/25 and 09/01/25"],
    ),
]

CASE = Case(
    name="sl_304_recycling_depot_pdf",
    unit="8587-304",
    kind="structured-pdf",
    files=[SourceFile("K Asante 304 portfolio.pdf", BLOCKS)],
    labels={
        "1.1": "any session lost is rebooked the following week",
        "1.2": "stay off the back of the lorry and supervise from the cab",
        "1.3": "he would only get a yes or no on whether sessions were happening",
        "2.1": "full of \"getting blamed for accidents\"",
        "2.2": "ask the crew to write the Monday toolbox talk themselves",
        "2.3": "reminded him of the limits we agreed and left the decision",
        "2.4": "Cancelled – gritting call-out, rebooked 25/02",
        "3.1": "I gave B the answer on the defect form instead of letting him find it",
        "3.2": "didn't know I was that bad at writing, helpful though",
        "3.3": "can sound like a telling-off to someone used to being blamed",
        "3.4": "I now hand him the form and ask where he would start",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,  # a contents page of sections and pages, no criteria
        "identifying": [],
        # Appendix 1. Mentee A: 07/01 60 + 21/01 "1 hr 15" 75 + 04/02 "1 hr" 60 + 25/02 70
        # + 11/03 "1 hr" 60 + 25/03 45 (observed, counts) + 08/04 "1 hr" 60
        # = 60 + 75 = 135; + 60 = 195; + 70 = 265; + 60 = 325; + 45 = 370; + 60 = 430.
        # Mentee B: 09/01 60 + 23/01 60 + 06/02 "1 hr 30" 90 + 20/02 55 + 06/03 "1 hr" 60
        # + 20/03 50 + 17/04 65 = 60 + 60 = 120; + 90 = 210; + 55 = 265; + 60 = 325; + 50 = 375;
        # + 65 = 440.
        # Joint 30/04 "1 hr" = 60, once. 430 + 440 = 870; + 60 = 930 (Total row 15 hrs 30 = 930).
        # Not: 18/02 cancelled; 03/04 planned, not held; the Total row; the tutor's 20-min feedback.
        "minutes": 930,
        "sessions": 15,  # 7 (A) + 7 (B) + 1 joint
        "individuals": 2,  # Mentee A, Mentee B
        # 3.4: 12 Feb an hour 60 + 2 Apr 45 + tutor feedback after observed session 25 Mar 20 = 125
        "supervision_minutes": 125,
    },
    about="Council recycling depot manager's 304 as PDF: contents page with page numbers (no matrix), 'AC1.1'/'1.3)'/'Criterion 1.2' with 1.3 before 1.2, '2.1 & 2.2' and '3.1 & 3.2' combined headings, model label in 3rd paragraph, reflection/feedback table with labels in cells, log only in appendix with cancelled/planned rows, joint session, observed session; clean; 930 min, 15 sessions, 2 mentees, 125 supervision.",
)
