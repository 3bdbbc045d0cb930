"""8587-302 coaching (PDF made from Word): a bus depot operations supervisor coaches two drivers' team leaders.

Dev Sharma, operations supervisor at a bus depot in Nottingham, coaches two newly appointed
driver team leaders for 12 hours. One PDF exported from Word: plan, agreements, tools, the
coaching log as one table per month each ending in a monthly total, a chemistry session
marked as not counted, session reflections and feedback, two supervision meetings. In his
summary prose he lists Client 2's 19 March session twice and so claims 14 h 30; the log
has it once.

Practice, as an assessor counts it (the three monthly log tables):
    Client 1: 10 Feb 1:30, 24 Feb 1:30, 10 Mar 1:00, 24 Mar 1:30, 7 Apr 1:00    = 390
    Client 2: 12 Feb 1:30, 5 Mar 1:30, 19 Mar 1:30, 2 Apr 1:00, 16 Apr 1:00     = 390
    => 780 minutes (13:00), 10 sessions, 2 individuals.
    Not counted: the 3 Feb chemistry session (0:30, marked not counted), the three monthly
    total rows (4:30, 5:30, 3:00), the prose "14 hours 30" (19 March counted twice).
    Supervision: 4 Mar 1:00 + 8 Apr 1:15 = 135.

Clean: no identifying details. Not identifying: Dev's own name, his coaching supervisor
Ms Achebe and his depot manager (roles on his own forms), Client 1 and Client 2, Nottingham,
Whitmore, Downey, the GROW model, the Myers-Briggs, the Thomas-Kilmann instrument, Unite.
"""

from corpus.case import Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "8587-302 Undertaking an Extended Period of Coaching in an Organisational Context"),
    P("Candidate: Dev Sharma, Operations Supervisor, city bus depot, Nottingham"),
    H(1, "Introduction"),
    P("""The depot runs 140 buses and employs about 380 drivers. Last year the company created
      a new driver team leader role, each looking after around 25 drivers, and appointed
      people straight from the driving side. My depot manager asked me to coach two of them
      through their first quarter. They are Client 1 and Client 2 in this assignment. Both
      agreed in writing to take part and to my using anonymised notes for this unit."""),
    H(1, "AC 1.1 Plan for twelve hours of coaching"),
    P("""I planned ten sessions of 60 to 90 minutes, five per client, from February to the
      middle of April, plus one short chemistry meeting first. Sessions were booked in the
      training room above the canteen on Tuesdays (Client 1) and Thursdays (Client 2)
      between the morning peak and the school run, so neither would be called out to the
      road. Planned total: at least 12 hours of coaching. I also booked two supervision
      meetings with my coaching supervisor, one in early March and one in early April."""),
    H(1, "AC 1.2 Topics and goals"),
    P("""Client 1 wanted to get on top of absence conversations with drivers, which she had
      been avoiding, and to stop doing rota swaps herself at 5am. Client 2 wanted to be taken
      seriously by drivers he had worked alongside for ten years, and to run his first team
      briefing without reading from a sheet. We turned these into two goals each with a
      measure, for example Client 1: hold every return-to-work interview within 48 hours by
      the end of March."""),
    H(1, "AC 1.3 Coaching agreement"),
    P("""I used a three-way agreement signed by each client, the depot manager and me. It
      covers confidentiality (what is said stays in the room except for safety or
      safeguarding issues, and the depot manager only gets told attendance and whether goals
      were met), the number and length of sessions, cancellation with 24 hours' notice, how
      notes are kept (on the depot's secure drive, under Client 1 and Client 2), and that
      coaching is not part of disciplinary or performance processes. The union rep for Unite
      was told about the programme and raised no objection."""),
    H(1, "AC 2.1 Diagnostic tools"),
    P("""With both clients I used the Thomas-Kilmann conflict instrument in session one, which
      showed Client 1 scoring high on avoiding and Client 2 on accommodating. Client 2 had
      already done a Myers-Briggs through the company and we used his report to talk about
      how he prepares for briefings. I also used a simple wheel of the team leader role
      (eight spokes, scored 1–10) at the start and end, so each client could see the shift."""),
    H(1, "AC 2.2 Coaching model"),
    P("""I used the GROW model from Whitmore for every session. With Client 2 the Reality stage
      always took longest, because he kept going back to how things were when he was a
      driver, so I started asking him to describe the team as it is this week, today. With
      Client 1 we spent longer in Options and I pushed for at least three before she chose."""),
    H(1, "AC 2.3 Knowledge, skills and behaviours"),
    P("""Knowledge: I read Downey on the non-directive end of the spectrum and tried to stay
      at that end. Skills: open questions, summarising, and scaling questions such as on a
      scale of one to ten how ready are you. Behaviours: I kept to time, never discussed one
      client with the other, and in the session where Client 1 mentioned a driver's health I
      stopped and reminded her what I could and could not keep confidential."""),
    H(1, "AC 2.4 Coaching log"),
    P("February"),
    T(
        ["Date", "Client", "Session", "Duration"],
        ["Tue 3 Feb", "Client 1", "Chemistry session – not counted", "0:30"],
        ["Tue 10 Feb", "Client 1", "1 – contracting, Thomas-Kilmann", "1:30"],
        ["Thu 12 Feb", "Client 2", "1 – contracting, Thomas-Kilmann", "1:30"],
        ["Tue 24 Feb", "Client 1", "2 – absence conversations", "1:30"],
        ["", "", "February total (coaching)", "4:30"],
    ),
    P("March"),
    T(
        ["Date", "Client", "Session", "Duration"],
        ["Thu 5 Mar", "Client 2", "2 – credibility with former colleagues", "1:30"],
        ["Tue 10 Mar", "Client 1", "3 – rota swaps and delegation", "1:00"],
        ["Thu 19 Mar", "Client 2", "3 – planning the first briefing", "1:30"],
        ["Tue 24 Mar", "Client 1", "4 – return-to-work interviews", "1:30"],
        ["", "", "March total", "5:30"],
    ),
    P("April"),
    T(
        ["Date", "Client", "Session", "Duration"],
        ["Thu 2 Apr", "Client 2", "4 – debrief of the briefing", "1:00"],
        ["Tue 7 Apr", "Client 1", "5 – review and close", "1:00"],
        ["Thu 16 Apr", "Client 2", "5 – review and close", "1:00"],
        ["", "", "April total", "3:00"],
    ),
    P("""Summary of hours: Client 1 had five sessions, 6 hours 30. Client 2 had sessions on
      12 Feb, 5 Mar, 19 Mar, 19 Mar, 2 Apr and 16 Apr, 8 hours. Total 14 hours 30 minutes of
      coaching, above the 12 hours required. Each entry in the log links to a session note
      on the secure drive, from the first email inviting each client to the closing review."""),
    H(1, "AC 3.1 Reflection on each session"),
    P("""Session 1 (both clients): I over-explained the Thomas-Kilmann results instead of asking
      what they made of them. Learning: hand the report over and ask first."""),
    P("""Session 2: With Client 1 I noticed I was nodding along to her reasons for avoiding
      absence calls. Learning: empathy is not the same as agreeing, and I need to name it
      when a reason sounds like a way out."""),
    P("""Session 3: Client 2 rehearsed his briefing and I found myself coaching the content.
      Learning: I should coach the person, not the briefing notes."""),
    P("""Sessions 4 and 5: better. I let silences run and both clients did more of the work.
      For my CPD I have noted that my questions get longer when I am unsure, and short
      questions work better."""),
    H(1, "AC 3.2 Feedback from clients"),
    P("""At the end of each session I asked each client two questions on a card: what was
      most useful today, and what should I do differently. Client 1 wrote after session 2
      that I should challenge her more; Client 2 wrote after session 3 that the rehearsal
      was the most useful hour he had had since promotion. I kept the cards with the notes."""),
    H(1, "AC 3.3 Review of my communication skills"),
    P("""Looking at the cards and my notes, my listening improved most: by the end I was
      summarising before asking the next question, which I was not doing in February. My
      questioning is still too long. My feedback is clear but I tend to soften it so much
      that the point gets lost, which Client 1 spotted before I did."""),
    H(1, "AC 3.4 Supervision"),
    P("""Supervision 1, Wed 4 Mar, 1 hour, with my coaching supervisor Ms Achebe. We discussed
      the confidentiality moment with Client 1 and she helped me see I had handled it by the
      book but too abruptly. Agreed action: explain the boundary again at the next session."""),
    P("""Supervision 2, Wed 8 Apr, 1 hour 15 minutes, with Ms Achebe. We looked at my habit of
      coaching the content. She suggested I ask whose agenda this is when I notice it."""),
    H(1, "Declaration"),
    P("""I confirm this submission is my own work. Signed: Dev Sharma, 24 April."""),
]

CASE = Case(
    name="f_8587_302_pdf",
    unit="8587-302",
    kind="structured-pdf",
    files=[SourceFile("DSharma_8587-302.pdf", BLOCKS)],
    labels={
        "1.1": "between the morning peak and the school run",
        "1.2": "hold every return-to-work interview within 48 hours",
        "1.3": "coaching is not part of disciplinary or performance processes",
        "2.1": "Client 1 scoring high on avoiding",
        "2.2": "describe the team as it is this week",
        "2.3": "on a scale of one to ten how ready",
        "2.4": "links to a session note on the secure drive",
        "3.1": "empathy is not the same as agreeing",
        "3.2": "the most useful hour he had had since promotion",
        "3.3": "I tend to soften it so much",
        "3.4": "ask whose agenda this is when I notice it",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        # monthly tables: Feb 90+90+90, Mar 90+60+90+90, Apr 60+60+60 = 780; 3 Feb chemistry
        # 0:30 marked not counted; month total rows excluded; prose "14 hours 30" lists 19 Mar twice
        "minutes": 780,
        "sessions": 10,
        "individuals": 2,
        "supervision_minutes": 135,  # 4 Mar 1 hour + 8 Apr 1 hour 15
        "identifying": [],
    },
    about="Bus depot operations supervisor; 8587-302 PDF from Word with one log table per month and monthly totals, a not-counted chemistry session, a session listed twice in prose; clean.",
)
