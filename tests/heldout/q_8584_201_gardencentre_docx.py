"""8584-201 Developing Mentoring Skills (DOCX portfolio): a garden centre assistant manager.

Marcus Ellery, assistant manager at a family-run garden centre near Shrewsbury, mentors a
newly promoted plant area supervisor through the spring rush. Word headings per AC ('AC 1.1
Plan'), a session log table with mixed duration habits (minutes, 'hr' and clock ranges
written two ways), a cancelled row and its rearranged session, an informal walk-round he
marks '(not counted)', a 'Total' row, and the 1-hour tutor meeting (3.2) in its own row.
An evidence matrix at the back and a signed declaration. He names his mentee in full in the
first session record ('Mentee: Bethany Cole') and by first name later, despite the note.

Practice, as an assessor counts it (the log):
    03/03 agreement 45 mins = 45, 10/03 1 hr 15 = 75, [17/03 cancelled],
    24/03 10:00-10:50 = 50, [28/03 walk-round 20 mins '(not counted)'],
    31/03 1400-1440 = 40, 07/04 50 mins = 50, ['Total 4 hrs 20' restates them],
    [14/04 tutor meeting 1 hr: supervision]
    => minutes 45 + 75 + 50 + 40 + 50 = 260, sessions 5, individuals 1, supervision 60.

Planted: the mentee's full name in the first session record and her first name alone later.
Not identifying: Marcus's own name, the centre manager (a role), Shrewsbury, the RHS,
GROW, Clutterbuck.
"""

from corpus.case import Case, H, P, SourceFile, T

LOG = T(
    ["Date", "Session", "Time / length", "What we covered"],
    ["03/03", "1 - agreement", "45 mins", "Mentoring agreement, what she wants from it, ground rules"],
    ["10/03", "2", "1 hr 15", "Goals set, rota problems on weekends"],
    ["17/03", "3", "cancelled", "Mothering Sunday delivery came early - rearranged"],
    ["24/03", "3 (rearranged)", "10:00-10:50", "Delegating watering and pricing to the Saturday staff"],
    ["28/03", "-", "20 mins", "Walk-round of the bedding benches together (not counted)"],
    ["31/03", "4", "1400-1440", "Team huddle she ran; feedback"],
    ["07/04", "5", "50 mins", "Review of goals, what next"],
    ["Total", "", "4 hrs 20", "5 sessions"],
    ["14/04", "Tutor meeting", "1 hr", "With my ILM tutor - see 3.2"],
)

MATRIX = T(
    ["AC", "Where the evidence is"],
    ["1.1", "Section AC 1.1 and the session log"],
    ["1.2", "Section AC 1.2"],
    ["2.1", "Session log and session records"],
    ["2.2", "Section AC 2.2 and session record 2"],
    ["2.3", "Section AC 2.3"],
    ["2.4", "Section AC 2.4"],
    ["2.5", "Session log, session records 1 and 2"],
    ["3.1", "Section AC 3.1"],
    ["3.2", "Section AC 3.2 (tutor meeting 14/04)"],
    ["3.3", "Section AC 3.3 development plan"],
)

BLOCKS = [
    H(0, "ILM Level 2 Award in Effective Mentoring Skills"),
    P("Unit 201 Developing Mentoring Skills - portfolio of evidence"),
    P("Learner: Marcus Ellery. Assistant Manager, garden centre near Shrewsbury."),

    H(1, "AC 1.1 Plan for mentoring"),
    P("""The centre manager asked me to mentor our new plant area supervisor, who was promoted
      from the tills in February and had never managed anyone. Who: one mentee. What: settling
      into supervising six seasonal staff before Easter. When: Monday mornings before the
      coach parties arrive, roughly weekly through March and into April. Where: the staff
      room above the café, not on the shop floor where customers and her team can hear. I
      blocked the time on the rota so that neither of us was on the tills. Length about an
      hour, shorter if we were short-staffed. I planned five sessions to make sure I went over
      the three hours even if one got cancelled, which is what happened in week three."""),

    H(1, "AC 1.2 Agreed goals"),
    P("""We agreed these at session 2 after talking through where she felt least confident.
      Goal 1: by 7 April, hand the Saturday watering and pricing to two named seasonal staff
      so she is free to answer customer questions, checked by whether she is on the benches
      or behind them at 11am on a Saturday. Goal 2: run the Tuesday team huddle herself, five
      minutes, three points, from 31 March. Goal 3 (hers): stop apologising when she asks
      someone to do something - she would count her 'sorry's for a week."""),

    H(1, "AC 2.1 Mentoring over at least 3 hours"),
    P("The log below is what I kept on the clipboard in the office and typed up afterwards."),
    LOG,
    H(2, "Session record 1 - 03/03"),
    P("""Mentee: Bethany Cole. Plant area supervisor, started role 12/02. Agreement read
      through and signed by both of us. She said she wants to feel like a supervisor and not
      like a till assistant who has been given a radio. Agreed confidentiality except for
      safety or anything that breaks the law. Actions: she will think about which part of
      the week stresses her most."""),
    H(2, "Session record 2 - 10/03"),
    P("""Saturdays stress her most. We used GROW to get to the goals in 1.2. Reality: she was
      watering the whole outdoor area herself because 'it's quicker than explaining'.
      Options she came up with: a laminated watering plan, pairing the two seasonals, doing
      it before opening. Will: she chose the laminated plan."""),

    H(1, "AC 2.2 Questioning and listening"),
    P("""I used open questions mostly - 'what would it look like if Saturday went well?' -
      and then a closed question to pin down a date. When Bethany said 'it's fine' about
      the seasonals I left a pause rather than moving on, and she then told me one of them
      had been ignoring her. Listening properly there got us to the real problem, which a
      quick chat on the shop floor would have missed. I also summarised back at the end of
      each session so she could correct me."""),

    H(1, "AC 2.3 Feedback"),
    P("""On 31/03 I stood at the back of her first team huddle. Afterwards I told her one
      thing that worked (she gave each person a named job), and one thing to change (she read
      from her phone and did not look up). She tried it again the following Tuesday without
      the phone and told me herself that people asked more questions. I think specific
      feedback straight after the event was what made the difference."""),

    H(1, "AC 2.4 Building trust"),
    P("""Two things. First, I kept the sessions off the shop floor and never mentioned
      anything she told me to the centre manager, who only asked whether we were meeting.
      Second, I told her about my own first season as a supervisor when I lost a whole
      delivery of bedding to frost because I was too embarrassed to ask for help. She said
      later that story was when she stopped treating me as 'management'."""),

    H(1, "AC 2.5 Records"),
    P("""The session log above, one short record per session (what we discussed, actions,
      date of next session), and the signed agreement. Records are kept in a locked drawer
      in the office, and she has a copy of each. I have typed everything up for this
      portfolio but the originals stay in the drawer until I finish the course."""),

    H(1, "AC 3.1 Reviewing my own performance"),
    P("""I used the key skills from the course handout as a checklist after each session
      (questioning, listening, feedback, goal setting, trust). My strength is trust and
      feedback. My weak area is that I jump in with answers, especially about plants,
      because I have worked here eleven years. In session 4 I caught myself telling her
      how to lay out the benches when she had not asked. Bethany also said in her
      feedback that she would have liked more time to think before I offered ideas."""),

    H(1, "AC 3.2 Meeting with my tutor"),
    P("""14/04, one hour, with my ILM tutor at the training centre. Purpose: to look back at
      the five sessions and check my evidence. We talked through the cancelled week and
      whether I had planned enough slack (I had). She asked me to count how many times I gave
      an answer before asking a question, which is where my 3.3 plan comes from. Agreed
      outcome: I will mentor a second seasonal supervisor in the summer using Clutterbuck's
      idea of the mentee setting the agenda."""),

    H(1, "AC 3.3 Plan for development"),
    P("""Development plan. 1) Ask before I tell: in the next four sessions with my next
      mentee, ask at least two open questions before offering any idea, counted on the
      record sheet, by the end of July. 2) Read the RHS guide to supervising volunteers
      chapter on coaching conversations by June. 3) Ask the centre manager for a slot at
      the September managers' meeting to share what worked, so other departments can set
      up mentoring for new supervisors."""),

    H(1, "Evidence matrix"),
    MATRIX,
    P("""Declaration: I confirm that this portfolio is my own work and that the mentoring
      described took place. Signed: Marcus Ellery, 20/04."""),
]

CASE = Case(
    name="q_8584_201_gardencentre_docx",
    unit="8584-201",
    kind="portfolio",
    files=[SourceFile("201 portfolio M Ellery.docx", BLOCKS)],
    labels={
        "1.1": "the staff room above the café",
        "1.2": "count her 'sorry's for a week",
        "2.1": "a till assistant who has been given a radio",
        "2.2": "I left a pause rather than moving on",
        "2.3": "she read from her phone and did not look up",
        "2.4": "too embarrassed to ask for help",
        "2.5": "the originals stay in the drawer until I finish the course",
        "3.1": "how to lay out the benches when she had not asked",
        "3.2": "whether I had planned enough slack",
        "3.3": "ask at least two open questions before offering any idea",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": True,
        # 03/03 45 + 10/03 75 + 24/03 50 + 31/03 40 + 07/04 50 = 260; 17/03 cancelled,
        # 28/03 '(not counted)', Total row and the tutor meeting excluded.
        # re-added: 45+75=120, +50=170, +40=210, +50=260.
        "minutes": 260,
        "sessions": 5,
        "individuals": 1,
        "supervision_minutes": 60,  # 14/04 tutor meeting 1 hr
        # full name in session record 1, first name alone in 2.2 and 3.1
        "identifying": ["Bethany Cole", "Bethany"],
    },
    about="Garden centre assistant manager's 201 in Word: AC headings, a log mixing '45 mins', '1 hr 15', '10:00-10:50' and '1400-1440', a cancelled and a '(not counted)' row, a Total row, the tutor meeting as a row; the mentee's full name in a record and first name later.",
)
