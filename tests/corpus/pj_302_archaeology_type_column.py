"""8587-302 practice log: an archaeology unit's single activity table with a Type column and a Cumulative column.

Niamh Gallagher, project officer at a county archaeology unit, coaches two site supervisors,
Tomasz and Grace. Everything she did for the unit is in one Word table, one row per
activity, with a Type column: Chemistry, Coaching, Final review, Tutor supervision, Peer
supervision, 3-way review, and a row whose Mins cell says "Cancelled". A "Cumulative
coaching (hrs)" column in decimals repeats the running total on every row, supervision rows
included. Tricky: the 3-way review with Grace's line manager (45 mins) that she says does
not count; peer supervision with a trained coach in the unit that she counts as
supervision; the Totals row (right); a flooded site moving a session a week; an evidence
matrix at the top.

Practice truth: Tomasz 30 + 90 + 90 + 75 + 90 + 60 = 435, Grace 30 + 75 + 90 + 60 + 90 +
60 = 405; 840 minutes in twelve sessions with two coachees; supervision 60 + 45 + 75 = 180.
"""

from .case import B, Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "Unit 302 Coaching Portfolio – Section 2: Coaching and Supervision Log"),
    P("Niamh Gallagher, Project Officer, Severn Vale Archaeology – ILM Level 3 Certificate in Effective Coaching and Mentoring"),

    H(1, "Evidence matrix"),
    T(
        ["AC", "Evidence", "Location"],
        ["1.1, 1.2", "Coaching plan and goals for each coachee", "Section 1"],
        ["1.3", "Signed coaching contracts (anonymised)", "Appendix A"],
        ["2.1, 2.2, 2.3", "Coaching log and session notes", "Section 2 and Appendix B"],
        ["2.4", "Coaching and supervision log", "Section 2 (this section)"],
        ["3.1, 3.2, 3.3", "Reflective log and feedback forms", "Section 3"],
        ["3.4", "Supervision rows in the log + supervision notes", "Section 2 and Appendix C"],
    ),

    H(1, "How I kept the log"),
    P("""I keep one table for everything to do with the coaching, because that is how our
      timesheets work on site: every activity gets a row and a Type. Only the Chemistry,
      Coaching and Final review rows are coaching, and only those go into the cumulative
      column. Supervision rows are there so I can show both of my supervision sessions with my
      tutor, plus the peer supervision with Ruth, who is a qualified coach in the unit and
      supervises the other staff coaches. I have counted the peer supervision as supervision."""),
    T(
        ["Date", "Type", "With", "Mins", "Cumulative coaching (hrs)", "Notes"],
        ["06/03/25", "Chemistry", "Tomasz", "30", "0.5", "On site at Lower Farm, in the welfare cabin"],
        ["07/03/25", "Chemistry", "Grace", "30", "1.0", "Teams – she was on the Ashby dig"],
        ["13/03/25", "Coaching", "Tomasz", "90", "2.5", "Contract signed. GROW – goal: plan a dig without ringing me"],
        ["14/03/25", "Coaching", "Grace", "75", "3.75", "Contract signed. Wheel of life for work; goal: run the finds shed"],
        ["20/03/25", "Tutor supervision", "Dr Farah Iqbal (ILM tutor)", "60", "3.75", "Supervision 1 – contracting with someone I used to dig alongside"],
        ["27/03/25", "Coaching", "Tomasz", "90", "5.25", "Reality: went through his last three site diaries"],
        ["28/03/25", "Coaching", "Grace", "90", "6.75", "Options for delegating finds washing"],
        ["03/04/25", "3-way review", "Grace + Phil (her line manager)", "45", "6.75", "Doesn't count – Phil's review of her objectives, I only sat in"],
        ["10/04/25", "Coaching", "Tomasz", "Cancelled", "6.75", "Site flooded, moved to 17/04"],
        ["17/04/25", "Coaching", "Tomasz", "75", "8.0", "Rescheduled session. Learning styles questionnaire"],
        ["24/04/25", "Peer supervision", "Ruth (senior project officer, qualified coach)", "45", "8.0", "Brought my worry that I was advising Grace, not coaching her"],
        ["25/04/25", "Coaching", "Grace", "60", "9.0", "Way forward: a finds shed rota she wrote herself"],
        ["01/05/25", "Coaching", "Tomasz", "90", "10.5", "Planned the Mill Lane evaluation with him leading"],
        ["02/05/25", "Coaching", "Grace", "90", "12.0", "Reviewed the rota after two weeks"],
        ["15/05/25", "Final review", "Tomasz", "60", "13.0", "Goals reviewed, feedback form, ending"],
        ["16/05/25", "Final review", "Grace", "60", "14.0", "Goals reviewed, feedback form, ending"],
        ["22/05/25", "Tutor supervision", "Dr Farah Iqbal (ILM tutor)", "75", "14.0", "Supervision 2 – endings and what I do next"],
        ["Totals", "", "", "", "14.0", "Coaching 14 hrs in 12 sessions; supervision 3 hrs (incl. peer)"],
    ),

    H(1, "Supervision outcomes (short version – full notes in Appendix C)"),
    B("""Supervision 1 (Farah): agreed I would name at the start of every session that Tomasz
      and I used to be on the same dig team, and check he is comfortable with me coaching him."""),
    B("""Peer supervision (Ruth): Ruth asked me how many of Grace's options had been mine. The
      honest answer was most of them. From then on I waited for three options from Grace before
      adding anything."""),
    B("""Supervision 2 (Farah): how to end well. Farah suggested a written summary of progress
      for each coachee, which I used in the final reviews."""),

    H(1, "Declaration"),
    P("I confirm that this log is an accurate record of my coaching and supervision. Niamh Gallagher, 30 May 2025"),
]

CASE = Case(
    name="pj_302_archaeology_type_column",
    unit="8587-302",
    kind="structured-docx",
    files=[SourceFile("NGallagher_302_section2_log.docx", BLOCKS)],
    labels={},  # practice only
    expected_checks={
        "declaration": True,
        "evidence_matrix": True,
        # Coaching rows (Type Chemistry / Coaching / Final review), Mins column:
        # Tomasz: 06/03 chemistry 30 + 13/03 90 + 27/03 90 + 17/04 75 + 01/05 90 + 15/05 final 60
        #   = 30 + 90 + 90 + 75 + 90 + 60 = 435
        # Grace: 07/03 chemistry 30 + 14/03 75 + 28/03 90 + 25/04 60 + 02/05 90 + 16/05 final 60
        #   = 30 + 75 + 90 + 60 + 90 + 60 = 405
        # 435 + 405 = 840 (= the cumulative 14.0 hrs and the Totals row, both right).
        # Not: 03/04 3-way review 45 ("Doesn't count"); 10/04 cancelled; the Cumulative column;
        # the Totals row; the supervision rows.
        "minutes": 840,
        "sessions": 12,  # Tomasz 6 + Grace 6
        "individuals": 2,  # Tomasz, Grace
        # 20/03 tutor supervision 60 + 24/04 peer supervision 45 + 22/05 tutor supervision 75 = 180
        # (= the Totals row's "supervision 3 hrs"); not the 3-way review
        "supervision_minutes": 180,
    },
    about="County archaeology unit project officer; one activity table with a Type column (Chemistry/Coaching/Final review/Tutor supervision/Peer supervision/3-way review), a decimal Cumulative column repeated on every row, a not-counted 3-way review, a 'Cancelled' Mins cell and rescheduled row, Totals row, evidence matrix.",
)
