"""8587-304 Extended mentoring: a log saved from Google Docs as PDF, whose rows wrap over lines.

Gareth Lloyd, a fire station watch manager, mentors two firefighters (Mentee A and Mentee
B). One table holds every contact: a "With" column that also names his supervisor and his
tutor, a start time, a duration ("1 hr", "45 mins", "1h 30m", "2 hrs"), a running total
and long notes that wrap onto two or three lines in the PDF. One session the mentee did
not attend, a corridor catch-up he marked "(not counted)", and two sessions on one day with
different mentees. Afterwards he retells two sessions with their dates and times.

Practice truth: ten sessions, 60+45+90+75+120+90+75+105+60+60 = 780 minutes, two mentees;
supervision 60 (named supervisor) + 90 (group tutorial) = 150 minutes in two sessions.
"""

from .case import Case, H, P, SourceFile, T

LOG = [
    ["06/01/26", "Mentee A", "09:00", "1 hr", "1 hr", "Contract agreed; he wants to pass his crew commander assessment"],
    ["08/01/26", "Mentee B", "14:00", "45 mins", "1 hr 45", "Contract agreed; she wants to lead the community safety visits"],
    ["13/01/26", "Mentee A", "09:00", "1h 30m", "3 hrs 15", "Walked through the assessment framework and picked two weak areas"],
    ["15/01/26", "Mentee B", "14:00", "–", "3 hrs 15", "Did not attend – called out to a house fire, rebooked"],
    ["20/01/26", "My supervisor", "16:00", "1 hr", "–", "Supervision with Gail on giving answers"],
    ["22/01/26", "Mentee B", "14:00", "1 hr 15", "4 hrs 30", "Planned her first safety visit script and rehearsed the opening"],
    ["27/01/26", "Mentee A", "09:00", "2 hrs", "6 hrs 30", "Mock incident command exercise on the yard, then a debrief"],
    ["29/01/26", "Mentee B", "14:00", "1 hr 30", "8 hrs", "Debrief of her first visit; what she would change"],
    ["30/01/26", "Mentee A", "12:30", "10 mins (not counted)", "8 hrs", "Quick catch-up in the corridor about a shift swap"],
    ["03/02/26", "Mentee A", "09:00", "1 hr 15", "9 hrs 15", "Feedback on his written answers"],
    ["05/02/26", "Mentee B", "14:00", "1 hr 45", "11 hrs", "Second visit debrief and a plan for the school talk"],
    ["10/02/26", "ILM tutor (group tutorial)", "18:00", "1 hr 30", "–", "Tutorial on ending mentoring relationships"],
    ["12/02/26", "Mentee A", "09:00", "1 hr", "12 hrs", "Final review and ending"],
    ["12/02/26", "Mentee B", "14:00", "1 hr", "13 hrs", "Final review and ending"],
]

BLOCKS = [
    H(0, "Extended Mentoring – Unit 304 Portfolio"),
    P("Name: Gareth Lloyd    ILM registration: R2290475    Centre: Mid Wales Fire Training"),
    P("""I declare that this is my own work and that the mentoring recorded took place."""),
    H(1, "AC 1.1 Planning twelve hours"),
    P("""I booked sessions around our four-watch shift pattern, mornings for Mentee A on his
      day shifts and afternoons for Mentee B, in the station's lecture room. I planned six
      sessions each of one to two hours, which allowed for one to be lost to a call-out."""),
    H(1, "AC 1.2 Topics and goals"),
    P("""Mentee A wanted to pass his crew commander assessment at the first attempt. Mentee B wanted
      to lead the community safety visits to older residents on her own by the spring."""),
    H(1, "AC 1.3 Contract"),
    P("""We agreed a written contract, countersigned by the station manager, that sessions would
      be confidential except where safety was at risk, and that the station manager would be told
      attendance only."""),
    H(1, "AC 2.1 Diagnostic tools"),
    P("""Mentee A self-assessed against the national crew commander framework, and Mentee B
      completed a learning styles questionnaire that showed she learns best by rehearsal."""),
    H(1, "AC 2.2 Mentoring model"),
    P("""I followed Clutterbuck's stages of a mentoring relationship, and we named each stage out
      loud so the mentees knew when we were moving towards the ending."""),
    H(1, "AC 2.3 Skills and ethics"),
    P("""I resisted telling war stories from my own promotion and asked open questions instead; I
      declined to pass on what Mentee B told me about a colleague when the watch manager asked."""),
    H(1, "AC 2.4 Record of mentoring"),
    P("""Every contact is in the table below, including supervision and tutorials, with a running
      total of mentoring hours."""),
    T(["Date", "With", "Start", "Duration", "Running total", "Notes"], *LOG),
    H(1, "AC 3.1 Reflection on two sessions"),
    P("""On 13 January Mentee A and I spent 1h 30m on the framework. I noticed that I talked for
      most of the first half hour and resolved to ask before telling."""),
    P("""The final session with Mentee B on 12 February lasted an hour. She said the school talk
      was the first time she had felt like a leader, which made the whole effort worth it."""),
    H(1, "AC 3.2 Feedback"),
    P("""Both mentees rated each session on a simple card; Mentee A's lowest score came after the
      mock exercise, where he felt I had judged him in front of the crew."""),
    H(1, "AC 3.3 Communication skills"),
    P("""Reviewing my notes, my questions became shorter and more open, and I gave feedback the
      same day rather than saving it for the next session."""),
    H(1, "AC 3.4 Supervision"),
    P("""Gail, my supervisor, challenged my habit of telling war stories; the tutorial gave me a
      simple structure for endings that I used with both mentees."""),
]

CASE = Case(
    name="pr_304_pdf_log",
    unit="8587-304",
    kind="structured-pdf",
    files=[SourceFile("gareth-lloyd-304.pdf", BLOCKS)],
    labels={
        "1.1": "four-watch shift pattern",
        "1.2": "older residents on her own by the spring",
        "1.3": "station manager would be told attendance only",
        "2.1": "she learns best by rehearsal",
        "2.2": "named each stage out loud",
        "2.3": "declined to pass on what Mentee B told me",
        "2.4": "including supervision and tutorials",
        "3.1": "resolved to ask before telling",
        "3.2": "judged him in front of the crew",
        "3.3": "the same day rather than saving it",
        "3.4": "simple structure for endings",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        "identifying": [],
        "minutes": 780,
        "sessions": 10,
        "individuals": 2,
        "supervision_minutes": 150,
    },
    about="Fire watch manager; PDF log with wrapping rows, supervisor and tutor in the 'With' column, DNA, not counted, two sessions one day.",
)
