"""8587-302 Undertaking an Extended Period of Coaching: a dental practice manager's portfolio, plain text.

Ellen McGuigan coaches two members of a Leicester dental practice, "Client 1" and "Client
2". She writes her portfolio in a text editor and gives no declaration.

Planted (3): one coaching log row slips into initial and surname ("M. Castellanos") for
Client 2; the signed feedback form is countersigned by a named colleague ("Harjit Sandhu");
the contracting notes give Client 1's personal mobile ("07700 900418").

Clean but tricky: theorists with first names in prose (Timothy Gallwey, Nancy Kline, Carl
Rogers) and surnames (Whitmore, Hawkins, Maslow, Starr), models (GROW, CLEAR), bodies and
brands (NHS, CQC, GDC, Invisalign, Dentally, Microsoft Teams), places (Leicester,
Loughborough, Syston, Wigston, the Soar valley), the practice's own switchboard number in
the cover line, job titles, months and days starting sentences, her supervisor named in the
supervision box, and the feedback form signed "Client 2".
"""

from .case import B, Case, H, P, SourceFile, T

PORTFOLIO = [
    H(0, "UNIT 302 – UNDERTAKING AN EXTENDED PERIOD OF COACHING – PORTFOLIO"),
    P("""Ellen McGuigan | ILM reg. no. R7408853 | Practice Manager, Soar Valley Dental Care,
      Syston, Leicester | Practice switchboard 0116 496 0732"""),
    H(1, "SECTION 1 PLANNING, GOALS AND CONTRACT"),
    P("""Soar Valley Dental Care has two surgeries, in Syston and Wigston, with fourteen
      staff. I coached two colleagues for twelve hours between February and June. Client 1
      is a dental nurse training to become a treatment coordinator for our Invisalign
      patients. Client 2 is a receptionist who wants to manage the NHS contract figures on
      Dentally. Sessions were every two to three weeks, in the staff room at Syston after
      the last patient, or on Microsoft Teams."""),
    T(
        ["Client", "Goal", "Agreed in"],
        ["Client 1", "Run a full treatment coordinator consultation alone by May", "Session 1, using GROW"],
        ["Client 2", "Produce the monthly UDA report without help", "Session 1, using a skills scale"],
    ),
    P("""Contract notes. Both signed a written agreement: confidentiality except for patient
      safety or safeguarding, which goes to the registered manager under CQC rules; sixty to
      ninety minute sessions; 24 hours' notice to cancel; notes kept in a locked cabinet and
      destroyed after a year. Client 1 asked me to text reminders to her own phone, 07700
      900418, rather than the practice mobile."""),
    H(1, "SECTION 2 COACHING PROCESS"),
    P("""Tools. Client 1 completed a learning styles questionnaire and a wheel of her role with
      eight spokes, which showed she scored herself lowest on talking about money. Client 2's
      SWOT showed strong spreadsheet skills but fear of getting the figures wrong in front of
      the dentists."""),
    P("""Model. I used GROW (Whitmore) with both, and borrowed the final Review step from Hawkins'
      CLEAR model to ask at the end of every session what had been useful. Timothy Gallwey's
      idea that performance equals potential minus interference fitted Client 2 exactly: she
      knew how to do the report, the interference was fear."""),
    P("Coaching log."),
    T(
        ["Date", "Client", "Minutes", "Notes"],
        ["Mon 3 Feb", "Client 1", "60", "Contract and goal"],
        ["Wed 5 Feb", "Client 2", "60", "Contract and goal"],
        ["Mon 24 Feb", "Client 1", "90", "Wheel and options"],
        ["Wed 26 Feb", "M. Castellanos", "90", "SWOT and first draft of report"],
        ["Mon 17 Mar", "Client 1", "90", "Role play of a consultation"],
        ["Wed 19 Mar", "Client 2", "90", "Review of March report"],
        ["Mon 14 Apr", "Client 1", "90", "Observed consultation debrief"],
        ["Wed 16 Apr", "Client 2", "60", "Presenting figures at the practice meeting"],
        ["Mon 2 Jun", "Client 1", "60", "Final review"],
        ["Wed 4 Jun", "Client 2", "60", "Final review"],
    ),
    H(1, "SECTION 3 REFLECTION, FEEDBACK AND SUPERVISION"),
    P("""Reflection, March. Nancy Kline's Time to Think makes the point that the quality of a
      person's attention determines the quality of the other person's thinking. In the role
      play with Client 1 I interrupted twice. Carl Rogers' core conditions (empathy,
      congruence, unconditional positive regard) remind me why that matters: each interruption
      tells her that my thinking is more important than hers."""),
    P("Client feedback form, session 8."),
    T(
        ["Question", "Response"],
        ["What helped most today?", "Practising how to say the numbers to the dentists"],
        ["What could be better?", "A bit less time on the spreadsheet itself"],
        ["Client signature", "Client 2"],
        ["Witnessed by", "Harjit Sandhu, Lead Dental Nurse"],
        ["Date", "16 April 2025"],
    ),
    T(
        ["Supervision (name of supervisor required)", ""],
        ["Supervisor", "Moira Kettleborough, Leicester Leadership Academy"],
        ["Sessions", "Tuesday 11 March and Tuesday 20 May 2025, one hour each"],
        ["Outcomes", "Use silence instead of a second question; check Maslow's basic needs before a late-evening session; keep notes shorter"],
    ),
    P("""April was the turning point. Client 2 presented the UDA figures at the practice meeting
      in Loughborough and the principal dentist asked her to do it every month. Julie Starr's
      point that the coach is responsible for the process and the client for the content helped
      me resist preparing her slides for her."""),
    H(1, "REFERENCES"),
    B("Gallwey, W.T. (1974) The Inner Game of Tennis. New York: Random House."),
    B("Hawkins, P. (2012) Creating a Coaching Culture. Maidenhead: Open University Press."),
    B("Kline, N. (1999) Time to Think. London: Ward Lock."),
    B("Rogers, C. (1961) On Becoming a Person. Boston: Houghton Mifflin."),
    B("Starr, J. (2021) The Coaching Manual. 5th edn. Harlow: Pearson."),
    B("Whitmore, J. (2017) Coaching for Performance. 5th edn. London: Nicholas Brealey."),
]

CASE = Case(
    name="ny_302_dental_planted_txt",
    unit="8587-302",
    kind="portfolio",
    files=[SourceFile("McGuigan_302_portfolio.txt", PORTFOLIO)],
    labels={},
    expected_checks={"declaration": False, "evidence_matrix": False, "identifying": ["M. Castellanos", "Harjit Sandhu", "07700 900418"]},
    about="Dental practice manager's plain-text 302 portfolio with an initial-and-surname log row, a named countersignature on a feedback form and a client's personal mobile; practice switchboard, supervisor and theorists clean; no declaration.",
)
