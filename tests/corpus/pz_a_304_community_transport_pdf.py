"""8587-304 mentoring portfolio as a PDF with one log per mentee: a joint session written in both logs, per-mentee subtotals and a TOTAL that counts the joint session twice, a rescheduled row and a DNA, a tutor-observed session whose debrief is in the log note and the supervision table, the closing session only in prose, a training session not counted.

Ruth Adeyemi, volunteer development officer at a community transport charity in Wolverhampton
(dial-a-ride minibuses and group hire), mentors two newly appointed volunteer leaders: Mentee A
(volunteer drivers' rota lead) and Mentee B (group-hire trips leader). Section 2.4 has a log
table for each mentee with lengths as she typed them ("1 hr 15", "1h20", "1.5 hrs", "2 hours", "45 mins", "10:00–11:30", "1h45");
the 24 October planning session with both of them appears in both tables, marked JOINT. Each
table ends with a subtotal (both right) and her TOTAL adds the two subtotals, so the joint
session is in it twice. Mentee B's closing session (28 November, 10:00 to 11:00) is described
only in the paragraph after the logs, with a running claim "15 hrs 20". Her tutor observed the
17 October session; the 30-minute feedback is noted in Mentee B's log and again as a row of the
supervision table. A safeguarding training session she co-delivered is marked as not counted.

Practice truth: Mentee A alone 365 (5) + Mentee B alone 315 (4) + joint 120 (1) = 800 minutes in
10 sessions with two mentees; supervision/tutorial 60 + 30 + 75 = 165 minutes.
"""

from .case import Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "Unit 304 Extended Mentoring - Portfolio"),
    T(
        ["Learner", "Ruth Adeyemi"],
        ["Role", "Volunteer Development Officer, community transport charity"],
        ["Centre", "Black Country Third Sector Skills"],
    ),
    H(1, "1.1 Planning twelve hours of mentoring"),
    P("""I planned fourteen hours across September to November with two new volunteer leaders,
      roughly fortnightly for each, at the depot office or out on the minibus runs where the work
      is. Because both of them are volunteers with day jobs I planned around the weekday runs
      they already drive, and built in one joint session for winter planning
      because their two teams share the same five minibuses."""),
    H(1, "1.2 Topics and goals"),
    P("""Mentee A wanted to brief a shift of volunteer drivers confidently, including the
      vehicle safety checks, and to set up a winter rota without me. Mentee B wanted to lead a group-hire
      day trip on her own, including the risk assessment, and to handle volunteers who ignore
      instructions. We agreed the goals at the first session using a simple goal sheet."""),
    H(1, "1.3 Contract"),
    P("""Both signed an agreement covering confidentiality and its limits (safeguarding and
      anything unsafe on the road), cancelling with a day's notice where possible, and that
      the operations manager would know we were meeting but not the content."""),
    H(1, "2.1 Diagnostic tools"),
    P("""Mentee A completed a confidence scale against the rota lead role profile. Mentee B
      did a SWOT on leading group trips, which showed that risk assessments were the weak
      spot she had not mentioned out loud."""),
    H(1, "2.2 Model"),
    P("""I used GROW, and for Mentee B's difficult volunteer the OSCAR model, because she already
      knew the outcome she wanted and needed options."""),
    H(1, "2.3 Skills and behaviours"),
    P("""My tutor observed my session with Mentee B on 17 October and fed back that I used
      silence well but rescued Mentee B once when she hesitated over the risk assessment."""),
    H(1, "2.4 Mentoring logs"),
    P("""One log per mentee, kept on the shared drive and printed for this portfolio. The joint
      session on 24 October is in both logs because it was part of both mentees' plans."""),
    H(2, "Mentee A - volunteer drivers' rota lead"),
    T(
        ["Date", "Length", "Topic", "Notes / actions"],
        ["05/09", "1 hr 15", "Contracting, agreement signed, confidence scale", "Goals written on the goal sheet"],
        ["19/09", "1h20", "Briefing a drivers' shift", "She'll brief Monday's drivers, I'll stand back"],
        ["03/10", "-", "Rescheduled to 10/10", "Two minibuses off the road for MOT - all hands on driving"],
        ["10/10", "1.5 hrs", "Winter rota", "Draft rota to the operations manager by the 20th"],
        ["24/10", "2 hours", "JOINT with Mentee B - planning the winter timetable together", "Shared minibus calendar"],
        ["07/11", "45 mins", "Volunteer who keeps skipping the walk-round check", "She'll have the conversation on Monday"],
        ["21/11", "1 hr 15", "Final review and feedback form", "Mentoring closed"],
        ["Subtotal Mentee A", "8 hrs 05", "", ""],
    ),
    H(2, "Mentee B - group-hire trips leader"),
    T(
        ["Date", "Length", "Topic", "Notes / actions"],
        ["12/09", "1 hr", "Contracting, agreement signed, SWOT", "Goals on the goal sheet"],
        ["26/09", "DNA", "Did not attend", "Day trip ran late, no signal to let me know"],
        ["17/10", "10:00–11:30", "Risk assessment for the Christmas lights trip", "Observed by my tutor Sandra; 30 mins feedback from her after Mentee B left"],
        ["24/10", "2 hours", "JOINT with Mentee A - same session as in A's log", "Shared calendar"],
        ["14/11", "1h45", "Leading the Christmas lights trip - how it went, the volunteer who ignored her", "OSCAR; she will speak to him one to one"],
        ["Subtotal Mentee B", "6 hrs 15", "", ""],
    ),
    P("TOTAL (A + B): 14 hrs 20"),
    P("""Mentee B's closing session was on 28 November, 10:00 to 11:00, in the depot office. We
      looked back at her SWOT and she has now led three group trips on her own, including the
      risk assessment. She filled in the feedback form. That brings my hours to 15 hrs 20."""),
    P("""Not counted: on 6 November I co-delivered the charity's safeguarding training for twelve
      volunteer drivers, both mentees among them, for 3 hours. That was training, not
      mentoring, so it is not in my hours."""),
    H(1, "3.1 Reflection"),
    P("""After each session I wrote three lines: what happened, what I learned, what I'll change.
      The pattern was that I plan too much content; the best sessions were the ones where the
      mentee brought a real problem from that week's runs."""),
    H(1, "3.2 Feedback"),
    P("""Both mentees gave me a score out of five and one comment after each session. Mentee A's
      comment after the joint session was that it was the first time she had planned anything
      with the group-hire team rather than around them."""),
    H(1, "3.3 Communication skills"),
    P("""My questioning got better once I stopped asking two questions at once. Listening in the
      depot yard with engines running was hard, and I learned to move us somewhere quieter
      before anything important."""),
    H(1, "3.4 Supervision"),
    T(
        ["Date", "With", "Length", "Outcome"],
        ["15/10", "Operations manager (my mentoring supervisor)", "1 hr", "Boundaries - Mentee A is also a friend outside work; agreed I keep work and social separate"],
        ["17/10", "Sandra, ILM tutor - feedback on the observed session with Mentee B", "30 mins", "Let the silence run; don't rescue"],
        ["12/11", "Operations manager", "1 hr 15", "Planning endings for both mentees; how to count the joint session"],
        ["Total supervision", "2 hrs 45", "", ""],
    ),
    P("""The 12 November supervision is where I learned that the joint session should only be
      counted once. I have left my logs as they were at the time."""),
    P("I confirm that this portfolio is my own work. Ruth Adeyemi, 2 December"),
]

CASE = Case(
    name="pz_a_304_community_transport_pdf",
    unit="8587-304",
    kind="structured-pdf",
    files=[SourceFile("Adeyemi 304 portfolio.pdf", BLOCKS)],
    labels={},  # a practice log: its figures are measured, not the finder (its few criterion labels were dropped)
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        "identifying": [],  # mentees as A and B; Sandra the tutor is staff
        # Mentee A's log: 05/09 "1 hr 15" 75; 19/09 "1h20" 80; 03/10 rescheduled "-" 0; 10/10 "1.5 hrs" 90;
        #   24/10 "2 hours" 120 JOINT; 07/11 "45 mins" 45; 21/11 "1 hr 15" 75.
        #   Subtotal check: 75 + 80 = 155; + 90 = 245; + 120 = 365; + 45 = 410; + 75 = 485 = 8 h 05 (hers agrees).
        #   A alone (without the joint): 75 + 80 + 90 + 45 + 75 = 365 in 5 sessions.
        # Mentee B's log: 12/09 "1 hr" 60; 26/09 DNA 0; 17/10 "10:00–11:30" 90 (observed, still counted);
        #   24/10 "2 hours" 120 JOINT (the same session as A's 24/10); 14/11 "1h45" 105.
        #   Subtotal check: 60 + 90 = 150; + 120 = 270; + 105 = 375 = 6 h 15 (hers agrees).
        #   B alone: 60 + 90 + 105 = 255, + 28/11 prose "10:00 to 11:00" 60 = 315 in 4 sessions.
        # Joint 24/10: 120 once, one session.
        # 365 + 315 = 680; + 120 = 800 = 13 h 20.
        # Not: subtotals 8 hrs 05 / 6 hrs 15; "TOTAL (A + B): 14 hrs 20" (485 + 375 = 860, joint twice);
        #   "15 hrs 20" running claim; 03/10 rescheduled; 26/09 DNA; 06/11 safeguarding training 3 hours
        #   ("not in my hours"); "fourteen hours" planned; supervision rows.
        "minutes": 800,
        "sessions": 10,  # A: 05/09, 19/09, 10/10, 07/11, 21/11; B: 12/09, 17/10, 14/11, 28/11; joint 24/10
        "individuals": 2,  # Mentee A, Mentee B
        # 15/10 "1 hr" 60 + 17/10 tutor feedback "30 mins" 30 (also noted in B's log row: once)
        # + 12/11 "1 hr 15" 75 = 60 + 30 = 90; + 75 = 165 (her "Total supervision 2 hrs 45" agrees).
        "supervision_minutes": 165,
    },
    about="Community transport charity volunteer officer; 304 PDF with a log per mentee, a joint session in both logs, right subtotals and a TOTAL counting the joint twice, rescheduled and DNA rows, tutor-observed session whose 30-min debrief is in the log and the supervision table, closing session only in prose with a running claim, training session not counted.",
)
