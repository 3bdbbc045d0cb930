"""8587-304 Extended Period of Mentoring: a portfolio in two files, an index whose contents
page and evidence matrix both list every criterion, and the evidence itself as a PDF.

Grace Mensah, a deputy head of year at a secondary school, mentors two early-career
teachers. "01 Index.docx" has a contents page ("AC 1.1 Mentoring plan ........ 2") and an
evidence matrix naming, for every AC, the section and page of "02 Evidence.pdf" where the
evidence is. The matrix promises a supervision summary for 3.4 "to follow"; it was never
written, so nothing answers 3.4.
"""

from .case import Case, H, P, SourceFile, T

INDEX = [
    H(0, "Unit 304 Portfolio – Grace Mensah"),
    T(
        ["Learner", "Grace Mensah"],
        ["Registration number", "R4410287"],
        ["Centre", "Northgate Teaching School Alliance"],
    ),
    P("""Declaration: I confirm that the evidence in this portfolio is my own and that the
      mentoring took place as recorded."""),
    H(1, "Contents"),
    P("AC 1.1 Mentoring plan ........ 1"),
    P("AC 1.2 Goals agreed with mentees ........ 1"),
    P("AC 1.3 Mentoring agreement ........ 2"),
    P("AC 2.1 Diagnostic tools ........ 2"),
    P("AC 2.2 Mentoring model ........ 3"),
    P("AC 2.3 Observed session ........ 3"),
    P("AC 2.4 Session records ........ 4"),
    P("AC 3.1 Reflective log ........ 5"),
    P("AC 3.2 Feedback from mentees ........ 5"),
    P("AC 3.3 Communication skills review ........ 6"),
    P("AC 3.4 Supervision summary ........ 6"),
    H(1, "Evidence matrix"),
    T(
        ["AC", "Evidence", "Where"],
        ["1.1", "Mentoring plan", "02 Evidence, p. 1"],
        ["1.2", "Goals agreed with mentees", "02 Evidence, p. 1"],
        ["1.3", "Mentoring agreement", "02 Evidence, p. 2"],
        ["2.1", "Diagnostic tools", "02 Evidence, p. 2"],
        ["2.2", "Mentoring model", "02 Evidence, p. 3"],
        ["2.3", "Observed session", "02 Evidence, p. 3"],
        ["2.4", "Session records", "02 Evidence, p. 4"],
        ["3.1", "Reflective log", "02 Evidence, p. 5"],
        ["3.2", "Feedback from mentees", "02 Evidence, p. 5"],
        ["3.3", "Communication skills review", "02 Evidence, p. 6"],
        ["3.4", "Supervision summary (to follow)", "02 Evidence, p. 6"],
    ),
]

EVIDENCE = [
    H(1, "Mentoring plan"),
    P("""I will mentor two early-career teachers, Mentee 1 in science and Mentee 2 in English, for
      six hours each between October and February. Sessions are fortnightly, forty-five to
      sixty minutes, in my office during period 6 when neither of them teaches, with one
      observed lesson each in the spring term."""),
    H(1, "Goals agreed with mentees"),
    P("""Mentee 1 chose to reduce low-level disruption with her Year 9 group so that starters
      begin within two minutes of the bell. Mentee 2 wanted to mark a full set of Year 11 essays
      within a week without working past 7pm. Both goals were written in their own words in
      the first session."""),
    H(1, "Mentoring agreement"),
    P("""The agreement, signed by both mentees and copied to the ECT induction tutor, says that
      what we discuss stays between us except a safeguarding concern, which I would have to
      pass to the designated safeguarding lead. The induction tutor hears only dates
      attended."""),
    H(1, "Diagnostic tools"),
    P("""I used the Teachers' Standards self-audit with each mentee to rate themselves on the
      eight standards; Mentee 1 scored lowest on behaviour management, which confirmed her
      goal. With Mentee 2 I used a one-week time diary that showed eleven hours of marking."""),
    H(1, "Mentoring model"),
    P("""I used the GROW model. For Mentee 2 the Reality stage was the time diary; the Options
      included whole-class feedback sheets and marking in the department's Wednesday
      collaborative slot, which she chose as her Way forward."""),
    H(1, "Observed session"),
    P("""My line manager observed session four. Her notes record that I used open questions
      throughout, summarised the mentee's options before asking her to choose, and held a
      long silence while the mentee worked out why the starter kept failing."""),
    H(1, "Session records"),
    T(
        ["Date", "Mentee", "Duration", "Focus and agreed action"],
        ["3 Oct", "Mentee 1", "60 min", "Contracting; self-audit; goal on starters"],
        ["17 Oct", "Mentee 1", "45 min", "Seating plan trial agreed"],
        ["10 Oct", "Mentee 2", "60 min", "Contracting; time diary set as task"],
        ["24 Oct", "Mentee 2", "50 min", "Whole-class feedback sheet drafted"],
    ),
    H(1, "Reflective log"),
    P("""After session two I noticed I had suggested the seating plan myself instead of waiting;
      the key learning for my CPD is to ask what she had already tried before offering any
      idea. After session three I started ending every session by asking the mentee to
      summarise."""),
    H(1, "Feedback from mentees"),
    P("""Each mentee completed a three-question slip at the end of every session. Mentee 2 wrote
      that the whole-class feedback idea "gave me my Sunday back"; Mentee 1 asked for shorter
      gaps between sessions, so we moved to weekly ten-minute check-ins."""),
    H(1, "Communication skills review"),
    P("""Reviewing the observation notes and the feedback slips, my questioning has improved but
      I still fill silences too early on the phone. I give feedback that is specific, but I
      have been told I sometimes soften it so much that the point is lost."""),
]

CASE = Case(
    name="f_portfolio_index",
    unit="8587-304",
    kind="portfolio",
    files=[SourceFile("01 Index.docx", INDEX), SourceFile("02 Evidence.pdf", EVIDENCE)],
    labels={
        "1.1": "in my office during period 6",
        "1.2": "starters begin within two minutes of the bell",
        "1.3": "pass to the designated safeguarding lead",
        "2.1": "Teachers' Standards self-audit",
        "2.2": "marking in the department's Wednesday",
        "2.3": "held a long silence while the mentee",
        "2.4": "Seating plan trial agreed",
        "3.1": "ask what she had already tried before offering",
        "3.2": "gave me my Sunday back",
        "3.3": "soften it so much that the point is lost",
        "3.4": None,
    },
    expected_checks={"declaration": True, "evidence_matrix": True, "identifying": []},
    about="Two-file portfolio: contents page and evidence matrix list every AC; 3.4 promised, never written.",
)
