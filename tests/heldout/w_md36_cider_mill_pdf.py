"""MD36 36-hour mentoring diary: a Herefordshire cider mill's production manager, a log in decimal hours with weekly subtotals, PDF.

Rosalind Heywood is production manager at a cider mill and mentors four supervisors through
the autumn harvest, coded Mentee A (press house), B (bottling line), C (warehouse and
dispatch) and D (visitor centre and shop). Her log is one long Word table saved as PDF that
runs over three pages: a "Week N" line opens each week and a "Week N subtotal" row closes it,
with hours as decimals (1.25 = an hour and a quarter). Tutorial rows sit in the log with
their hours in brackets, which she says are kept out of the subtotals; so is a sat-in
session marked with an asterisk. Tricky: two group sessions of all four, one held and one
cancelled during a press breakdown (the cancelled one shows "(1.5)" as booked); a DNA
rebooked the next week; an observed session whose tutor feedback (0.5) is in the notes; a
grand total row (right: 40.75); a tutorial "booked" for after hand-in in the prose.

Planted (2): B's mobile number in a notes cell ("07812 556093"); an orchard contractor's
full name in a notes cell ("Dai Probert"). Clean but tricky: Mentee A-D, the Head
Cidermaker and her ILM tutor by role, Honey and Mumford, GROW, SWOT, Clutterbuck, Hereford,
Ledbury, the Three Counties Show, the mill's name.

Assessor's arithmetic (hours column, mentoring rows only; x60 for minutes):
  W1  A 1.0 + B 1.0 + C 1.0 + D 1.0                     = 4.0   (4 sessions)
  W2  A 1.5 + B 1.5 + C 1.25 + D 1.5                    = 5.75  (4)
  W3  A 1.0 + B 1.25 + D 1.0 (C DNA; tutorial (1.0))    = 3.25  (3)
  W4  Group A-D 1.5 + C 1.25 (rebooked)                 = 2.75  (2)
  W5  A 1.0 + B 1.0 + D 1.25 (sat-in * (1.0) excluded)  = 3.25  (3)
  W6  A 1.25 + C 1.0 + D 1.0 (observed; feedback 0.5)   = 3.25  (3)
  W7  B 1.0 + C 1.0 (group CANCELLED (1.5))             = 2.0   (2)
  W8  A 1.0 + B 1.25 + C 1.0 + D 0.75                   = 4.0   (4)
  W9  A 1.0 + B 1.0 + C 1.0 + D 1.0 (group tutorial (1.5)) = 4.0 (4)
  W10 A 1.25 + B 1.0 + C 1.25 + D 1.0                   = 4.5   (4)
  W11 A 1.0 + B 1.0 + C 1.0 + D 1.0                     = 4.0   (4)
  4.0 + 5.75 = 9.75; + 3.25 = 13.0; + 2.75 = 15.75; + 3.25 = 19.0; + 3.25 = 22.25;
  + 2.0 = 24.25; + 4.0 = 28.25; + 4.0 = 32.25; + 4.5 = 36.75; + 4.0 = 40.75 hours
  = 40.75 x 60 = 2445 minutes; sessions 4+4+3+2+3+3+2+4+4+4+4 = 37; individuals 4 (A, B, C, D).
  Supervision: 26/9 tutorial 1.0 = 60 + 16/10 tutor's feedback on the observed session
  0.5 = 30 + 7/11 group tutorial 1.5 = 90 -> 180; the 1 December tutorial is booked, not held.
"""

from corpus.case import Case, H, P, SourceFile, T

HEADER = ["Date", "Mentee", "Hrs", "Notes"]


def week(n: str, start: str) -> list[str]:
    return [f"Week {n}", f"w/c {start}", "", ""]


def subtotal(n: str, hrs: str) -> list[str]:
    return ["", f"Week {n} subtotal", hrs, ""]


LOG = T(
    HEADER,
    week("1", "8 Sept"),
    ["Mon 8/9", "A", "1.0", "First meeting. Contract talked through and signed. Her worry: new press house crew"],
    ["Tue 9/9", "B", "1.0", "Contract signed. Rearrange by text - 07812 556093"],
    ["Wed 10/9", "C", "1.0", "Contract signed. Wants to sort the dispatch bay before Christmas orders"],
    ["Thu 11/9", "D", "1.0", "Contract signed. Nervous about managing seasonal staff"],
    subtotal("1", "4.0"),
    week("2", "15 Sept"),
    ["Mon 15/9", "A", "1.5", "Honey and Mumford questionnaire; 3 goals agreed"],
    ["Tue 16/9", "B", "1.5", "Questionnaire; goals: changeover times, line checks, confidence with engineers"],
    ["Wed 17/9", "C", "1.25", "Questionnaire; goals agreed"],
    ["Thu 18/9", "D", "1.5", "Questionnaire; goals agreed incl. running the shop rota herself"],
    subtotal("2", "5.75"),
    week("3", "22 Sept"),
    ["Mon 22/9", "A", "1.0", "GROW on the 6am start problem"],
    ["Tue 23/9", "B", "1.25", "SWOT of the bottling line team"],
    ["Wed 24/9", "C", "DNA", "Forklift refresher overran. Rebooked 1/10"],
    ["Thu 25/9", "D", "1.0", "Rota planning for October half term"],
    ["Fri 26/9", "Tutorial - ILM tutor (Teams)", "(1.0)", "Tutorial, not mentoring: checking my contracts and goals"],
    subtotal("3", "3.25"),
    week("4", "29 Sept"),
    ["Mon 29/9", "Group: A, B, C, D", "1.5", "Group session on harvest intake - who needs what from whom"],
    ["Wed 1/10", "C", "1.25", "Rebooked from 24/9. Dispatch bay layout"],
    subtotal("4", "2.75"),
    week("5", "6 Oct"),
    ["Mon 6/10", "A", "1.0", "Conflict with orchard contractor (Dai Probert) over bin weights - how to raise it"],
    ["Tue 7/10", "B", "1.0", "Line checks - she has started doing them at 10 and 2"],
    ["Wed 8/10", "Head Cidermaker + apprentice *", "(1.0)", "Sat in to watch how he mentors"],
    ["Thu 9/10", "D", "1.25", "First difficult conversation with a seasonal worker - role play"],
    subtotal("5", "3.25"),
    week("6", "13 Oct"),
    ["Mon 13/10", "A", "1.25", "Review of goal 1, crew now starting on time"],
    ["Wed 15/10", "C", "1.0", "Christmas order forecast"],
    ["Thu 16/10", "D", "1.0", "Observed by ILM tutor. Her feedback to me afterwards (0.5) - see tutorial notes"],
    subtotal("6", "3.25"),
    week("7", "20 Oct"),
    ["Mon 20/10", "Group: A, B, C, D", "(1.5)", "CANCELLED - press 2 breakdown during peak intake, all hands"],
    ["Tue 21/10", "B", "1.0", "Talking to engineers without apologising"],
    ["Thu 23/10", "C", "1.0", "Agency drivers"],
    subtotal("7", "2.0"),
    week("8", "27 Oct"),
    ["Mon 27/10", "A", "1.0", "End of pressing - what went well"],
    ["Tue 28/10", "B", "1.25", "Changeover times down from 50 to 35 min"],
    ["Wed 29/10", "C", "1.0", "Peak planning"],
    ["Thu 30/10", "D", "0.75", "Short - coach party arrived early"],
    subtotal("8", "4.0"),
    week("9", "3 Nov"),
    ["Mon 3/11", "A", "1.0", "Feedback from her crew (I asked 3 of them)"],
    ["Tue 4/11", "B", "1.0", "Feedback from the engineers"],
    ["Wed 5/11", "C", "1.0", "Dispatch bay - before and after photos"],
    ["Thu 6/11", "D", "1.0", "Christmas shop plan"],
    ["Fri 7/11", "Group tutorial (ILM tutor + 5 learners)", "(1.5)", "Challenged on doing all the talking in week 2"],
    subtotal("9", "4.0"),
    week("10", "10 Nov"),
    ["Mon 10/11", "A", "1.25", "Impact on role - what's different since September"],
    ["Tue 11/11", "B", "1.0", "Impact on role"],
    ["Wed 12/11", "C", "1.25", "Impact on role; wants to do the ILM Level 3 next year"],
    ["Thu 13/11", "D", "1.0", "Impact on role"],
    subtotal("10", "4.5"),
    week("11", "17 Nov"),
    ["Mon 17/11", "A", "1.0", "Final review, feedback form"],
    ["Tue 18/11", "B", "1.0", "Final review, feedback form"],
    ["Wed 19/11", "C", "1.0", "Final review, feedback form"],
    ["Thu 20/11", "D", "1.0", "Final review, feedback form"],
    subtotal("11", "4.0"),
    ["TOTAL MENTORING", "", "40.75", "Brackets and * not included"],
)

BLOCKS = [
    H(0, "MD36 Workplace Mentoring Diary"),
    P("Rosalind Heywood - Production Manager, Wyebank Cider Mill, near Ledbury, Herefordshire"),
    P("September to November 2025"),

    H(1, "Planning and organising the mentoring"),
    P("""The mill takes on extra staff every autumn and the four supervisors who run the press
      house, bottling line, warehouse and visitor centre were all either new to the job or
      new to managing seasonal people. I offered each of them weekly mentoring through the
      harvest, knowing that October would be chaos. I call them Mentee A, B, C and D in this
      diary. Each signed a basic contract in week 1 covering what mentoring is and is not,
      confidentiality (apart from safety and food safety issues), meeting once a week for
      about an hour in the old cider barn office, and that they could stop at any time."""),
    P("""The log is below. Hrs are decimal hours, so 1.25 is an hour and a quarter. Each week has
      a subtotal of mentoring only. Anything in brackets is not mentoring and is not in the
      subtotals (tutorials, and a session I sat in on, marked *)."""),

    H(1, "Mentoring log"),
    LOG,
    P("""* Sat in on the Head Cidermaker's session with his apprentice to watch how someone else
      does it. Not my mentoring, so not counted."""),

    H(1, "Records, progress and impact"),
    P("""After each session I wrote a short record in a hardback book: goals, what we talked
      about, agreed action, and a line on progress. Every mentee had three goals. By the end
      A's crew were starting on time for six weeks running, B had cut changeovers from 50 to
      35 minutes, C's dispatch bay was relaid before the Christmas orders, and D was writing
      the shop rota herself. The impact on role section of each final review is in the
      appendix."""),

    H(1, "Feedback and reflection"),
    P("""I asked each mentee to fill in a short feedback form at the end, and I also asked
      three people from A's crew and the two engineers who work with B for a few lines each,
      with A's and B's agreement. The mentees said the group session in week 4 was the most
      useful single hour because they heard each other's problems, which is why it hurt to
      lose the second one in week 7. B wrote that I "sometimes answered for her". The group
      programme worked better for shared problems like harvest intake; one-to-one worked
      better for confidence. If I did this again I would put a group session in every third
      week from the start."""),
    P("""My own performance: I was good at keeping the sessions going through the busiest
      time of year, and only one session was lost to a DNA. I was not good at silence. The
      different relationships needed different things: A wanted challenge, D wanted
      reassurance first, and I was slow to notice that."""),

    H(1, "Tutorial support"),
    P("""My ILM tutor gave me a one-to-one tutorial on Teams in week 3, observed my session
      with D in week 6 and gave me half an hour of feedback straight after, and ran a group
      tutorial in week 9. The observation was the most useful: she counted that I asked
      eleven questions and answered four of them myself. I have one more tutorial booked for 1
      December to talk through this diary."""),
    P("""Plan for future supervision: I will ask the Head Cidermaker, who has mentored
      apprentices for years, to be my supervisor for next season, once a month for an hour,
      and I will bring one recorded reflection to each meeting. I will also read Clutterbuck
      on supervision before we start. The Three Counties Show in June is our next busy
      period and I will plan the sessions round it this time."""),

    P("""By submitting I confirm that this assignment is my own work. Signed: R. Heywood,
      24 November 2025"""),
]

CASE = Case(
    name="w_md36_cider_mill_pdf",
    unit="MD36",
    kind="structured-pdf",
    files=[SourceFile("Heywood R MD36 diary.pdf", BLOCKS)],
    labels={},  # practice only (the MD36 rubric is known to be wrong)
    expected_checks={
        "declaration": True,
        "evidence_matrix": None,
        "identifying": ["07812 556093", "Dai Probert"],
        # Weekly mentoring hours (see docstring): 4.0 + 5.75 + 3.25 + 2.75 + 3.25 + 3.25
        # + 2.0 + 4.0 + 4.0 + 4.5 + 4.0 = 40.75 h = 2445 min (= the TOTAL row, right).
        # Group 29/9 1.5 counted once; group 20/10 cancelled; 24/9 DNA; 8/10 sat-in *;
        # tutorial rows in brackets; subtotal rows and the TOTAL row never added.
        "minutes": 2445,
        "sessions": 37,
        "individuals": 4,  # Mentees A, B, C, D
        # 26/9 tutorial (1.0) 60 + 16/10 tutor's feedback (0.5) 30 + 7/11 group tutorial (1.5) 90
        # = 180; 1 December tutorial only booked.
        "supervision_minutes": 180,
    },
    about="Cider mill production manager's MD36 log PDF over three pages: Week N lines and weekly subtotal rows in decimal hours, tutorial and sat-in rows in brackets, a held and a cancelled group session of four, a DNA rebooked, observed session with 0.5 feedback, right grand total; a mobile number and a contractor's full name in notes cells.",
)
