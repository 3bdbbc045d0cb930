"""8587-304 mentoring: a PDF log in weeks, week totals and running totals, carried over to a second table.

Lorraine Ashby, a practice manager at a GP surgery, mentors two receptionists (Mentee A
and Mentee B). Her log is split by week with a "Week total" and "Running total" line after
each week; the table breaks at the end of week 3 and the second table opens with a
"Brought forward" row. Lengths are "1h30", "1h", "45m". A DNA row and the rescheduled
session, and supervision with her supervisor sits in the same table.
"""

from .case import Case, H, P, SourceFile, T

HEAD = ["Date", "Mentee", "Length", "Notes"]

BLOCKS = [
    H(0, "ILM Level 3 Unit 304: Extended Period of Mentoring"),
    P("Lorraine Ashby - Practice Manager, Brookfield Medical Practice"),
    P("Declaration of authenticity: this portfolio is my own work. Signed L. Ashby"),
    H(1, "Learning outcome 1: planning"),
    H(2, "1.1 Plan"),
    P("""Both mentees joined the reception team in the autumn. I planned six weeks of
      mentoring, each mentee once a week for an hour to an hour and a half, in my office
      with the door shut, on Monday and Wednesday lunchtimes when the phones are covered
      by the duty team. My target was twelve hours in total. I gathered the practice's
      patient access policy, the complaints procedure and an anonymised set of difficult
      call transcripts as resources."""),
    H(2, "1.2 Goals"),
    P("""Mentee A wanted to be confident handling aggressive callers and to move to the
      prescriptions desk within six months. Mentee B wanted to understand the appointment
      system well enough to train the next new starter. We agreed the goals in the first
      session by each of them writing down where they wanted to be by Easter and me asking
      how we would both know they had got there."""),
    H(2, "1.3 Contract"),
    P("""We each signed a mentoring agreement: confidentiality with the exception of
      patient safety or safeguarding, one week's notice to cancel, sessions recorded in
      outline only, and the senior partner kept informed of attendance but not content.
      The senior partner countersigned as the stakeholder."""),
    H(1, "Learning outcome 2: mentoring"),
    H(2, "2.1 Diagnostic tools"),
    P("""I used a skills self-assessment grid from our induction pack with both mentees,
      scoring twelve reception tasks from 1 to 5. Mentee A scored herself 1 on "callers who
      swear", which became the focus of her first goal. With Mentee B we did a SWOT, which
      showed her strength was the clinical system and her threat was the pace of Monday
      mornings."""),
    H(2, "2.2 Mentoring model"),
    P("""I used the Clutterbuck and Megginson model of developmental mentoring, moving
      from building rapport through setting direction to progress making, and at the end
      winding up, with GROW questions inside each session."""),
    H(2, "2.3 Skills and behaviours"),
    P("""I had to keep my manager hat off. When Mentee A told me about a mistake on the
      repeat prescriptions I asked how she would like to put it right rather than treating
      it as a performance issue, which was the ethical line we agreed in the contract."""),
    H(2, "2.4 Mentoring log"),
    P("""My log is set out week by week, with the week's mentoring and the running total
      of mentoring hours underneath each week so I could see I was on track."""),
    T(HEAD,
      ["02/02", "Mentee A", "1h30", "Contracting, self-assessment grid, goals"],
      ["04/02", "Mentee B", "1h", "Contracting, SWOT"],
      ["", "Week 1 total", "2h30", "Running total 2h30"],
      ["09/02", "Mentee A", "1h15", "Role play of an aggressive caller"],
      ["11/02", "Mentee B", "DNA", "Off sick - rescheduled to 16/02"],
      ["", "Week 2 total", "1h15", "Running total 3h45"],
      ["16/02", "Mentee B", "1h30", "Rescheduled session. Appointment templates."],
      ["18/02", "Supervision - Jan (my supervisor)", "1h", "See 3.4"],
      ["19/02", "Mentee A", "1h", "Reviewed real calls from the week"],
      ["", "Week 3 total", "2h30", "Running total 6h15 (mentoring only)"]),
    P("Log continued"),
    T(HEAD,
      ["", "Brought forward", "6h15", ""],
      ["23/02", "Mentee A", "1h30", "Prescriptions desk - sat with her for the first hour"],
      ["25/02", "Mentee B", "1h15", "Planned her training session for the new starter"],
      ["", "Week 4 total", "2h45", "Running total 9h00"],
      ["02/03", "Mentee A", "1h", "Progress against goals"],
      ["04/03", "Mentee B", "1h30", "Debrief of the training she delivered"],
      ["", "Week 5 total", "2h30", "Running total 11h30"],
      ["09/03", "Mentee A", "45m", "Final review, feedback form"],
      ["11/03", "Mentee B", "1h", "Final review, feedback form"],
      ["12/03", "Supervision - Jan", "1h", "See 3.4"],
      ["", "Week 6 total", "1h45", "Running total 13h15"]),
    H(1, "Learning outcome 3: reviewing my practice"),
    H(2, "3.1 Reflection"),
    P("""I kept a reflective log after every session. The key learning point was that the
      best sessions were the ones built around something real from the week, like a call
      that went wrong, rather than the topic I had planned. I now ask each mentee to bring
      one real example."""),
    H(2, "3.2 Feedback from mentees"),
    P("""At the end of each session I asked two questions: what was most useful today, and
      what should we do differently next time. Mentee B said in week two that she felt
      rushed, so I moved her sessions off Monday, the busiest day of the week."""),
    H(2, "3.3 Communication skills"),
    P("""Looking at my session notes, I summarised well but sometimes asked two questions in
      one breath. Mentee A's feedback form said I was a good listener but could be more
      direct with feedback, so in the last sessions I gave it straight and specific."""),
    H(2, "3.4 Supervision"),
    P("""I had two supervision sessions with Jan, the practice's clinical lead and my
      supervisor for this unit. In the first we discussed the boundary between mentor and
      manager, and the outcome was that I would hand any performance matters to the
      deputy. In the second we reviewed the whole log and she challenged me to let the
      mentees set the agenda from the start next time."""),
    P("""Total for the unit: 13 hours 15 minutes of mentoring with two mentees, and
      2 hours of supervision."""),
]

CASE = Case(
    name="py_304_weekly_running_pdf",
    unit="8587-304",
    kind="structured-pdf",
    files=[SourceFile("Ashby_Unit304_portfolio.pdf", BLOCKS)],
    labels={
        "1.1": "when the phones are covered by the duty team",
        "1.2": "where they wanted to be by Easter",
        "1.3": "kept informed of attendance but not content",
        "2.1": "scored herself 1 on",
        "2.2": "through setting direction to progress making",
        "2.3": "rather than treating it as a performance issue",
        "2.4": "the running total of mentoring hours underneath each week",
        "3.1": "bring one real example",
        "3.2": "moved her sessions off Monday",
        "3.3": "two questions in one breath",
        "3.4": "hand any performance matters to the deputy",
    },
    # Table 1: 02/02 A 1h30 -> 90; 04/02 B 1h -> 60; Week 1 total -> excluded (total);
    #   09/02 A 1h15 -> 75; 11/02 B DNA -> excluded; Week 2 total -> excluded;
    #   16/02 B 1h30 -> 90 (the rescheduled session, held); 18/02 supervision 1h -> supervision 60;
    #   19/02 A 1h -> 60; Week 3 total -> excluded.
    # Table 2: Brought forward 6h15 -> excluded; 23/02 A 1h30 -> 90; 25/02 B 1h15 -> 75;
    #   Week 4 total -> excluded; 02/03 A 1h -> 60; 04/03 B 1h30 -> 90; Week 5 total -> excluded;
    #   09/03 A 45m -> 45; 11/03 B 1h -> 60; 12/03 supervision 1h -> supervision 60; Week 6 total -> excluded.
    # The closing sentence ("13 hours 15 minutes ... 2 hours of supervision") is a total.
    # minutes 90+60+75+90+60+90+75+60+90+45+60 = 795
    #   (again: A 90+75+60+90+60+45 = 420, B 60+90+75+90+60 = 375, 420+375 = 795 = the learner's 13h15)
    # sessions 11 (A 6, B 5); individuals 2; supervision 60+60 = 120.
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        "minutes": 795,
        "sessions": 11,
        "individuals": 2,
        "supervision_minutes": 120,
    },
    about="GP surgery practice manager; PDF weekly log with week and running totals, brought-forward row in a second table, DNA+rescheduled, supervision rows.",
)
