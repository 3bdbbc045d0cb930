"""8587-304 mentoring: a community OT's log where the actual time is written against the booking.

Nia, senior occupational therapist in a community rehab team, mentors two newly qualified OTs
on preceptorship: JK (Jas) and Ellie. Her Word log has a "Booked" column of 12-hour ranges
("1.00-2.30pm", "12.30-2.00pm") and an "Actual" column that only says how it differed: "as
booked", "ran over - finished 2.45", "started 12.50 (home visit ran late)", "stopped at 2.00
- urgent discharge", "ran over 15 mins", postponed twice in a row, "-" rows. The trust's
preceptorship study day is in the same table. Her totals row gives booked hours (every
mentoring row, 22 hrs) and actual hours (right). Supervision is a second table: reflective
practice meetings with her clinical lead (one cut short), a mentors' network group
supervision and a 1:1 with her ILM tutor; the December tutor meeting is still booked.

Practice truth: Jas 60 + 105 + 90 + 60 + 90 + 60 = 465; Ellie 60 + 70 + 90 + 105 + 90 + 60 =
475; 940 minutes in twelve sessions with two mentees; supervision 60 + 45 + 90 + 30 = 225.
"""

from .case import Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "ILM Level 3 Certificate in Effective Coaching and Mentoring"),
    P("Unit 304 - Undertaking an Extended Period of Mentoring within an Organisational Context"),
    P("Name: Nia   Role: Senior Occupational Therapist (Band 6), Community Rehabilitation Team"),
    H(1, "Background and plan (AC 1.1)"),
    P("""Our team took on two newly qualified occupational therapists in August on the trust's
      preceptorship programme. As well as their clinical supervision, each preceptee is offered
      a mentor from outside their line management. I offered to mentor both for the first four
      months. I booked fortnightly slots in our outlook calendars: Mondays 1.00-2.30pm with Jas
      and Wednesdays 12.30-2.00pm with Ellie, in the small clinic room at the health centre,
      with shorter first and last sessions. That gave 22 hours booked, so that even with the
      cancellations you always get in community work we would pass the 12 hours."""),
    H(1, "Agreements and goals (AC 1.2, 1.3)"),
    T(
        ["Mentee", "Goals", "Agreement"],
        ["JK (Jas)", "Manage a caseload of 18 without working late; confidence in discharge planning meetings",
         "Signed 02/09. Confidential except risk to patients or to her. Her clinical supervisor knows she has a mentor but not what we discuss."],
        ["Ellie", "Write assessment reports within 48 hours; present a case at the team meeting",
         "Signed 04/09. As above. Ellie asked to meet over lunch so she didn't lose visit time."],
    ),
    H(1, "Mentoring log (AC 2.4)"),
    T(
        ["Date", "Mentee", "Booked", "Actual", "What we worked on"],
        ["Mon 02/09", "Jas", "1.00-2.00pm", "as booked", "Agreement. Caseload mapping exercise"],
        ["Wed 04/09", "Ellie", "12.30-1.30pm", "as booked", "Agreement. Reviewed two of her reports against the standard"],
        ["Mon 16/09", "Jas", "1.00-2.30pm", "ran over - finished 2.45", "Time audit of a week; she had 9 hrs of travel"],
        ["Wed 18/09", "Ellie", "12.30-2.00pm", "started 12.50 (home visit ran late)", "Report template she could fill in the car"],
        ["Mon 30/09", "Jas", "1.00-2.30pm", "postponed - Jas off sick", ""],
        ["Wed 02/10", "Ellie", "12.30-2.00pm", "-", "Her induction week on the stroke unit; we agreed to skip"],
        ["Mon 07/10", "Jas", "1.00-2.30pm", "postponed again - my annual leave", ""],
        ["Mon 14/10", "Jas", "1.00-2.30pm", "as booked (finally!)", "Discharge planning meetings: who speaks when"],
        ["Wed 16/10", "Ellie", "12.30-2.00pm", "as booked", "Reports now 3 days on average. Planning her case presentation"],
        ["Mon 28/10", "Jas", "1.00-2.30pm", "stopped at 2.00 - urgent discharge", "Rehearsed her first discharge meeting"],
        ["Wed 30/10", "Ellie", "12.30-2.00pm", "ran over 15 mins", "Practised the case presentation with me as the team"],
        ["Tue 05/11", "Preceptorship study day (trust)", "9.00am-4.30pm", "attended, with both",
         "Not mentoring - CPD for all three of us. Not counted"],
        ["Mon 11/11", "Jas", "1.00-2.30pm", "as booked", "She chaired a discharge meeting; caseload now 17"],
        ["Wed 13/11", "Ellie", "12.30-2.00pm", "-", "Ellie cancelled - covering clinic. Rebooked for 20/11"],
        ["Wed 20/11", "Ellie", "12.30-2.00pm", "as booked", "Presented her case last week. Feedback from the team"],
        ["Mon 25/11", "Jas", "1.00-2.00pm", "as booked", "Review of goals, ending, feedback form"],
        ["Wed 27/11", "Ellie", "12.30-1.30pm", "as booked", "Review of goals, ending, feedback form"],
        ["", "TOTALS", "22 hrs booked", "15 hrs 40 mins actual", "12 sessions held"],
    ),
    H(1, "Tools and approach (AC 2.1 - 2.3)"),
    P("""The two tools that worked were the caseload map with Jas (colour-coding every patient by
      complexity and travel time, which showed her the problem was geography, not workload)
      and reviewing real reports with Ellie against the trust's documentation standard. I
      followed the stages of Clutterbuck's model loosely: building rapport, setting direction,
      progression, and winding up in November."""),
    H(1, "Support for my mentoring (AC 3.4)"),
    T(
        ["Date", "What", "Who", "Time"],
        ["Mon 09/09", "Reflective practice meeting", "Sue, clinical lead (my mentoring supervisor)", "1.00-2.00pm"],
        ["Thu 03/10", "1:1 with my tutor", "ILM tutor, on Teams", "45 mins"],
        ["Wed 23/10", "Group supervision", "Trust mentors' network, facilitated by Sue", "2.00-3.30pm"],
        ["Tue 19/11", "Reflective practice meeting", "Sue", "30 mins (cut short - she was called to the ward)"],
        ["Wed 04/12", "1:1 with my tutor", "ILM tutor", "booked"],
    ),
    P("""Outcomes: Sue challenged me in September about mentoring two people from my own team
      and how I would keep it separate from the times I give them clinical advice; we agreed I
      would say "mentor hat on" at the start. In the group supervision another mentor described
      letting her mentee cancel repeatedly, which made me rebook Jas firmly after the second
      postponement. My tutor asked me to collect feedback after every session, not just at the
      end, so from October I asked two quick questions at the close of each session."""),
    H(1, "Reflection (AC 3.1 - 3.3)"),
    P("""The postponements in October nearly lost the relationship with Jas: by the time we met
      on 14/10 it had been four weeks and she had stopped using the caseload map. Cutting the
      28/10 session short for an urgent discharge was the right call but I should have rebooked
      the lost half hour. With Ellie the lunchtime slot kept slipping because of visits. If I
      did this again I would book in a protected afternoon instead."""),
    P("""Feedback from both at the end: Jas said the caseload map was the most useful thing
      anyone had shown her; Ellie said she would have liked more sessions before her
      presentation."""),
    H(1, "Declaration"),
    P("I confirm that this portfolio is my own work and the log is an accurate record. Nia, 29/11/2024"),
]

CASE = Case(
    name="pk_304_ot_booked_vs_actual",
    unit="8587-304",
    kind="portfolio",
    files=[SourceFile("Nia OT - 304 mentoring portfolio.docx", BLOCKS)],
    labels={},  # practice only
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        # Jas (= JK): 02/09 1.00-2.00pm as booked 60 + 16/09 1.00 to 2.45 105
        #   + 14/10 1.00-2.30 90 + 28/10 1.00 to 2.00 60 + 11/11 1.00-2.30 90
        #   + 25/11 1.00-2.00 60 = 465 (not 30/09, 07/10 postponed)
        # Ellie: 04/09 12.30-1.30 60 + 18/09 12.50 to 2.00 70 + 16/10 12.30-2.00 90
        #   + 30/10 12.30-2.00 + 15 = 105 + 20/11 12.30-2.00 90 + 27/11 12.30-1.30 60 = 475
        #   (not 02/10 or 13/11 "-")
        # 465 + 475 = 940 (= her 15 h 40). Not: booked times of rows that differed, the
        # 05/11 study day, the TOTALS row (22 hrs booked).
        "minutes": 940,
        "sessions": 12,
        "individuals": 2,  # Jas = JK; Ellie
        # 09/09 1.00-2.00pm 60 + 03/10 45 + 23/10 2.00-3.30pm 90 + 19/11 30 (cut short) = 225;
        # not 04/12 (booked)
        "supervision_minutes": 225,
    },
    about="Community OT; log with Booked 12-hour ranges and an Actual column of differences ('as booked', 'finished 2.45', 'started 12.50', 'ran over 15 mins'), postponed twice, study day row, booked-vs-actual totals row, JK = Jas, supervision table with a cut-short meeting and a booked one.",
)
