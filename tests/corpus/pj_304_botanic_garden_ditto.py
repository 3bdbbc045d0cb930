"""8587-304 practice log: a botanic garden's From/To log with ditto marks for the date, a tea break taken off, monthly sub-totals.

Rhiannon Hughes, senior horticulturist at a botanic garden, mentors the garden's two
apprentice gardeners, Oskar and Jess, on Tuesdays: Oskar first thing, Jess after lunch.
Her Word log has From and To columns in four-digit 24-hour times ("0800", "1330") and no
length; when both sessions fall on one Tuesday the second row's Date cell is a ditto mark
('"', once "ditto"). Tricky: two joint sessions with both apprentices ("Both"), one of which
says "less 20 min tea break"; a cancelled row under a ditto; a "June sub-total" and a "July
sub-total" row in h and min, then a "Grand total" (all right); a PLANNED August row.
Supervision is a second table of the same From/To shape with a booked row.

Practice truth: June 60 + 60 + 90 + 90 + 75 + (150 - 20) = 505; July 60 + 75 + 75 + 60 +
45 + 90 + 90 = 495; 1000 minutes in thirteen sessions with two mentees; supervision 60 +
45 + 90 = 195.
"""

from .case import Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "Unit 304 – Mentoring Log"),
    P("Rhiannon Hughes, Senior Horticulturist, Carrow Botanic Garden. Mentees: Oskar and Jess (Level 2 horticulture apprentices)."),

    H(1, "Mentoring sessions"),
    P("""Sessions are on Tuesdays, Oskar at the start of the day before the glasshouses open and
      Jess after lunch, in the potting shed office or walking round the garden. I have used the
      garden's 24 hour times. Where the date is the same as the row above I have put a ditto
      mark. Joint sessions with both of them together are written as Both."""),
    T(
        ["Date", "From", "To", "Mentee", "Notes"],
        ["Tue 3 June", "0800", "0900", "Oskar", "Introductory meeting, contract explained and signed"],
        ['"', "1330", "1430", "Jess", "Introductory meeting, contract explained and signed"],
        ["Tue 10 June", "0800", "0930", "Oskar", "Learning styles questionnaire; agreed three goals"],
        ['"', "1330", "1500", "Jess", "Learning styles questionnaire; agreed three goals"],
        ["Tue 17 June", "0800", "0915", "Oskar", "Plant ID is his weak spot – GROW on how to learn 20 families"],
        ['"', "–", "–", "Jess", "Cancelled – Jess off sick"],
        ["Tue 24 June", "0930", "1200", "Both", "Joint walk of the glasshouses – pest ID. Less 20 min tea break"],
        ["June sub-total", "", "", "", "8 h 25"],
        ["Tue 1 July", "0800", "0900", "Oskar", "Skills scan review against the apprenticeship standard"],
        ["ditto", "1330", "1445", "Jess", "Skills scan, and catching up the session she missed"],
        ["Tue 8 July", "0730", "0845", "Oskar", "Early start because of the heat. He planned the watering rota"],
        ['"', "1400", "1500", "Jess", "Answering visitors' questions – role play with me as a visitor"],
        ["Tue 15 July", "0800", "0845", "Oskar", "Short – college day"],
        ["Tue 22 July", "1330", "1500", "Jess", "Revision plan for her RHS Level 2 exam"],
        ["Tue 29 July", "0800", "0930", "Both", "Final joint review, feedback forms, what next"],
        ["July sub-total", "", "", "", "8 h 15"],
        ["Grand total", "", "", "", "16 h 40"],
        ["Tue 5 Aug", "0800", "0900", "Oskar", "PLANNED – end of first year check-in"],
    ),

    H(1, "Supervision"),
    P("""My supervisor is Alun, Head of Horticulture, who did the mentor training with the
      garden's apprenticeship provider. I also had a tutorial with my ILM tutor."""),
    T(
        ["Date", "Supervision with", "From", "To", "Notes"],
        ["Wed 18 June", "Alun Pritchard", "1500", "1600", "Goals – were Oskar's too big?"],
        ["Wed 16 July", "Sam Okoro, ILM tutor (Teams)", "1000", "1045", "Tutorial on my records and 2.1"],
        ["Wed 30 July", "Alun Pritchard", "1500", "1630", "Endings; joint sessions – do they work?"],
        ["Wed 6 Aug", "Alun Pritchard", "1500", "1600", "Booked"],
    ),

    P("""Declaration: I confirm that the sessions above took place as recorded and that this is my
      own work. R. Hughes, 1 August 2025"""),
]

CASE = Case(
    name="pj_304_botanic_garden_ditto",
    unit="8587-304",
    kind="structured-docx",
    files=[SourceFile("R Hughes 304 mentoring log.docx", BLOCKS)],
    labels={},  # practice only
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        # June: 3/6 Oskar 0800-0900 60 + 3/6 (") Jess 1330-1430 60 + 10/6 Oskar 0800-0930 90
        #   + 10/6 (") Jess 1330-1500 90 + 17/6 Oskar 0800-0915 75 + 24/6 Both 0930-1200 150 less
        #   20 tea = 130 → 60 + 60 + 90 + 90 + 75 + 130 = 505 (= "8 h 25", right)
        # July: 1/7 Oskar 0800-0900 60 + 1/7 (ditto) Jess 1330-1445 75 + 8/7 Oskar 0730-0845 75
        #   + 8/7 (") Jess 1400-1500 60 + 15/7 Oskar 0800-0845 45 + 22/7 Jess 1330-1500 90
        #   + 29/7 Both 0800-0930 90 → 60 + 75 + 75 + 60 + 45 + 90 + 90 = 495 (= "8 h 15", right)
        # 505 + 495 = 1000 (= "16 h 40", right). Not: 17/6 (") Jess cancelled; the two sub-total
        # rows and the grand total; 5 Aug PLANNED. Each "Both" row is one session, counted once.
        "minutes": 1000,
        "sessions": 13,  # June 6 + July 7
        "individuals": 2,  # Oskar, Jess
        # 18/6 1500-1600 60 + 16/7 tutorial 1000-1045 45 + 30/7 1500-1630 90 = 195; not 6 Aug (booked)
        "supervision_minutes": 195,
    },
    about="Botanic garden senior horticulturist; Word log with From/To four-digit times and no length, ditto marks (\") for repeated dates, two joint 'Both' sessions one less a 20 min tea break, cancelled under a ditto, monthly sub-totals and grand total, PLANNED row, supervision table with a booked row.",
)
