"""8587-304 mentoring portfolio: a distillery's production manager, two files (DOCX narrative + PDF records).

Fiona Balfour mentors two staff at a whisky distillery: "Mentee 1" (an apprentice stillman)
and "Mentee 2" (the bottling line lead). Her narrative (DOCX) opens with an evidence matrix
that points at sections and pages of a second file, a PDF of records: section A the log,
section B the record of the observed session, section C feedback slips. The log has a
subtotal row, a brought-forward row, a first phone contact marked "(not counted)", the tutor's
debrief after the observed session, and her own total. The observed session appears twice:
as a log row and in its own record in section B. Supervision: two supervision sessions in
the narrative (3.4) and the tutor debrief in the log. Planted: her line manager's full name
in the contract section, and Mentee 1 as initial and surname on one feedback slip.

Assessor's arithmetic, log row by row (PDF section A):
  10 Jan M1 initial phone contact, 15, "(not counted)"   -> excluded (her word)
  17 Jan M1 contracting meeting                60        -> 60
  19 Jan M2 contracting meeting                60        -> 60
  31 Jan M1 session 2                          90        -> 90
   2 Feb M2 session 2                          75        -> 75
  14 Feb M1 session 3                          80        -> 80
  16 Feb M2 session 3                          70        -> 70
  Subtotal 435                                           -> excluded (it agrees)
  Brought forward 435                                    -> excluded
  28 Feb M1 session 4                          90        -> 90
   2 Mar M2 session 4, observed by tutor       60        -> 60 (observed sessions count)
   2 Mar tutor debrief on the observation      30        -> supervision 30
  16 Mar M1 session 5                          75        -> 75
  18 Mar M2 session 5                          90        -> 90
  30 Mar M1 session 6, final review            60        -> 60
   1 Apr M2 session 6, final review            60        -> 60
  Total mentoring 870                                    -> excluded (it agrees)
  Section B record of 2 Mar (60 minutes)                 -> the same session again, not added
  minutes 60+60+90+75+80+70+90+60+75+90+60+60 = 870 (14 h 30); sessions 12 (six each);
  individuals 2 (D. Kowalczyk on the slip is Mentee 1).
  Supervision: 8 Feb supervision 60 + 22 Mar supervision 60 (narrative 3.4) + debrief 30 = 150.
Planted: "Colin Threlfall" (line manager, narrative 1.3) and "D. Kowalczyk" (slip, section C).
"""

from corpus.case import Case, H, P, SourceFile, T

NARRATIVE = [
    H(0, "ILM 8587-304 Extended Period of Mentoring - Portfolio Narrative"),
    P("Fiona Balfour, Production Manager, Glen Corran Distillery. Records are in the separate file 'Balfour_304_records.pdf'."),
    H(1, "Evidence matrix"),
    T(["AC", "Where to find the evidence"],
      ["1.1", "Narrative, Planning; Records section A, page 1 (log)"],
      ["1.2", "Narrative, Goals"],
      ["1.3", "Narrative, Contract"],
      ["2.1", "Narrative, Tools; Records section B"],
      ["2.2", "Narrative, Model"],
      ["2.3", "Records section B, page 2 (observed session)"],
      ["2.4", "Records section A, pages 1-2"],
      ["3.1", "Narrative, Reflection"],
      ["3.2", "Records section C, page 3"],
      ["3.3", "Narrative, Communication skills"],
      ["3.4", "Narrative, Supervision"]),
    H(1, "Planning"),
    P("""I planned six sessions per mentee between January and April, alternating weeks so that I
      was never away from the stillhouse two days running. Each session was pencilled for 60 to 90
      minutes, which gave a planned total of fourteen hours against the twelve required, allowing
      for the spring shutdown eating into one or two dates."""),
    H(1, "Goals"),
    P("""Mentee 1 wants to pass his stillman competency sign-off by April and to stop relying on the
      senior stillman for cut points. Mentee 2 wants to reduce changeover time on the bottling line
      and to run the weekly line meeting herself. Both goals came out of the contracting meeting,
      where I asked each of them to describe the job they want to be doing in a year."""),
    H(1, "Contract"),
    P("""We signed a short mentoring agreement covering frequency, where we meet (the visitor centre
      meeting room, never the shop floor), confidentiality and its limits around safety and HMRC
      duty rules. The third signature is my line manager, Colin Threlfall, as sponsor; he agreed
      he would ask the mentees, not me, how it was going."""),
    H(1, "Tools"),
    P("""With Mentee 1 I used a skills self-rating against the competency framework, which
      showed he rated himself higher on spirit safe operation than the senior stillman did. With Mentee 2 I used a
      simple SWOT of the line and a time-and-motion sheet she filled in herself over a week."""),
    H(1, "Model"),
    P("""I followed Clutterbuck's five stages of building rapport, setting direction, progression,
      winding down and moving on. The winding down stage is clear in sessions five and six, where the
      mentees brought the agenda and I mostly listened."""),
    H(1, "Reflection"),
    P("""After each session I wrote three lines: what happened, what I learned, what I will change.
      Across the twelve, the learning I return to is that I mentor Mentee 1 like an apprentice and
      Mentee 2 like a peer, and the apprentice got fewer chances to choose the topic."""),
    H(1, "Communication skills"),
    P("""The tutor's observation notes say my questions were open but stacked two or three at a
      time. I have worked on asking one and stopping. My feedback has become more specific since I
      started quoting back what the mentee actually did on the line."""),
    H(1, "Supervision"),
    P("""I had two supervision sessions with the centre's mentor supervisor: 8 February, one hour,
      and 22 March, one hour. The first helped me see that I was protecting Mentee 1 from mistakes
      he needed to make; the second was about ending the relationship without it feeling like a
      withdrawal of support. My tutor also gave me a half-hour debrief after the observed session
      on 2 March, shown in the log."""),
    P("Declaration: this portfolio is my own work. F. Balfour"),
]

RECORDS = [
    H(0, "Records - Fiona Balfour - 8587-304"),
    H(1, "Section A - Mentoring log"),
    T(["Date", "Who", "Activity", "Minutes"],
      ["10 Jan", "Mentee 1", "Initial phone contact (not counted)", "15"],
      ["17 Jan", "Mentee 1", "Contracting meeting", "60"],
      ["19 Jan", "Mentee 2", "Contracting meeting", "60"],
      ["31 Jan", "Mentee 1", "Session 2 - competency self-rating", "90"],
      ["2 Feb", "Mentee 2", "Session 2 - SWOT of the line", "75"],
      ["14 Feb", "Mentee 1", "Session 3 - cut points", "80"],
      ["16 Feb", "Mentee 2", "Session 3 - time-and-motion results", "70"],
      ["", "", "Subtotal", "435"]),
    T(["Date", "Who", "Activity", "Minutes"],
      ["", "", "Brought forward", "435"],
      ["28 Feb", "Mentee 1", "Session 4 - mock sign-off questions", "90"],
      ["2 Mar", "Mentee 2", "Session 4 - observed by tutor", "60"],
      ["2 Mar", "Tutor", "Debrief on the observed session", "30"],
      ["16 Mar", "Mentee 1", "Session 5", "75"],
      ["18 Mar", "Mentee 2", "Session 5 - planning the line meeting", "90"],
      ["30 Mar", "Mentee 1", "Session 6 - final review", "60"],
      ["1 Apr", "Mentee 2", "Session 6 - final review", "60"],
      ["", "", "Total mentoring", "870"]),
    H(1, "Section B - Record of the observed session"),
    P("""Session 4 with Mentee 2, 2 March, 60 minutes, observed by my tutor. Agenda set by the mentee:
      running the weekly line meeting. We used her time-and-motion sheet to agree the one change she
      would announce. I asked what she expected the operators to say and let her rehearse the opening
      twice. Tutor's note: good rapport, clear summarising, questions sometimes stacked."""),
    H(1, "Section C - Feedback slips"),
    P("""Slip, 14 February, from D. Kowalczyk: 'Going through the cut points with the actual spirit
      safe readings made more sense than the manual.'"""),
    P("""Slip, 18 March, Mentee 2: 'Useful to plan what I would say if the night shift pushed back.'"""),
    P("""Every session has a slip; the rest are in the paper file and say much the same thing."""),
]

CASE = Case(
    name="r_8587_304_distillery_portfolio",
    unit="8587-304",
    kind="portfolio",
    files=[SourceFile("Balfour_304_narrative.docx", NARRATIVE), SourceFile("Balfour_304_records.pdf", RECORDS)],
    labels={
        "1.1": "never away from the stillhouse two days running",
        "1.2": "describe the job they want to be doing in a year",
        "1.3": "he would ask the mentees, not me",
        "2.1": "rated himself higher on spirit safe operation",
        "2.2": "building rapport, setting direction, progression",
        "2.3": "let her rehearse the opening twice",
        "2.4": "Initial phone contact (not counted)",
        "3.1": "the apprentice got fewer chances to choose the topic",
        "3.2": "made more sense than the manual",
        "3.3": "stacked two or three at a time",
        "3.4": "protecting Mentee 1 from mistakes",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": True,
        "identifying": ["Colin Threlfall", "D. Kowalczyk"],
        "minutes": 870,
        "sessions": 12,
        "individuals": 2,
        "supervision_minutes": 150,
    },
    about="Distillery production manager; two-file portfolio whose matrix points at sections/pages of a records PDF; subtotal, brought-forward, '(not counted)' and tutor-debrief rows, observed session logged and recorded; line manager and a mentee as initial+surname planted.",
)
