"""8587-304 Undertaking Mentoring: a hotel front office manager's portfolio.

Grace Okonkwo-Bell manages the front office of a city-centre hotel in Chester and mentors
a new guest experience supervisor. Her prose calls the mentee "my mentee" or "M1", but the
session record template she copied asks for the mentee's name and she filled it in, and
later she slips into the mentee's first name twice.

Planted: the mentee's full name in the session record table ("Priya Raman") and her first
name alone in the reflections ("Priya").

Traps: hotel groups and brands (Whitbread, Premier Inn, Hilton, IHG), places (Chester, the
Rows, Eastgate Clock, Grosvenor Park), software (Opera PMS, Fourth, Microsoft Teams,
SharePoint, TripAdvisor), job titles (Guest Experience Supervisor, General Manager, Night
Auditor), theorists (Megginson and Clutterbuck, Hay, Belbin, Maslow, Hawkins and Smith,
Kolb), the learner's own GM and supervisor named where the form asks, a room named after a
person, a training programme, months and days at sentence starts.
"""

from .case import B, Case, H, P, SourceFile, T

PORTFOLIO = [
    H(0, "Unit 304 Undertaking Mentoring – Portfolio of Evidence"),
    T(
        ["Learner", "Grace Okonkwo-Bell"],
        ["Registration number", "R6087731"],
        ["Employer", "The Bridgegate Hotel, Chester"],
        ["Line manager (name and role)", "Marcus Fairweather, General Manager"],
        ["Mentoring supervisor (name and role)", "Lorna Batty, L&D Business Partner"],
    ),
    P("I declare that this portfolio is my own work. Grace Okonkwo-Bell"),
    H(1, "Evidence matrix"),
    T(
        ["AC", "Evidence"],
        ["1.1 – 1.3", "Plan, goals and agreement (sections 1 to 3)"],
        ["2.1 – 2.4", "Tools, model, session records (sections 4 to 6)"],
        ["3.1 – 3.4", "Reflections, feedback and supervision (sections 7 to 9)"],
    ),
    H(1, "1.1 Mentoring plan"),
    P("""Twelve hours of mentoring with one mentee (M1), who joined us from Premier Inn as a
      Guest Experience Supervisor in October. Sessions of sixty to ninety minutes every two
      weeks, on Tuesday afternoons when occupancy is lowest, in the Grosvenor Room or on
      Microsoft Teams when she is on the night audit rota. Her development is linked to the
      Whitbread-style standards she already knows and to our own Bridgegate Way service
      programme."""),
    H(1, "1.2 Agreed topics and goals"),
    B("Lead the morning stand-up for front office and housekeeping by December."),
    B("Handle escalated complaints at the desk without calling the duty manager."),
    B("Build a rota in Fourth that meets the labour budget for a full month."),
    H(1, "1.3 Mentoring agreement"),
    P("""We agreed confidentiality with one limit (safeguarding and anything affecting guest
      safety), how to cancel, where notes are kept (a restricted SharePoint folder) and that
      only attendance is shared with Marcus as General Manager. The agreement was signed by
      both of us and by Lorna as the scheme's sponsor."""),
    H(1, "2.1 Diagnostic tools"),
    P("""We used Belbin's team roles questionnaire, which showed M1 as a Completer Finisher
      and Implementer, and a skills audit against the Guest Experience Supervisor job
      description. Maslow's hierarchy was a useful way to talk about the night shift, when
      basic needs like sleep crowd everything else out."""),
    H(1, "2.2 Mentoring model"),
    P("""I used Megginson and Clutterbuck's five stages (rapport, direction, progression,
      winding down, moving on) for the relationship, with GROW inside each session. The
      direction stage took longer than I planned because she kept bringing Hilton and IHG
      standards as the benchmark, and we had to agree what good looks like here."""),
    H(1, "2.3 Knowledge, skills and behaviours"),
    P("""Throughout the sessions I used open questions, summarising and silence. Hay's
      transactional analysis helped when a complaint left her shaken: I stayed in Adult
      instead of jumping into Nurturing Parent, and she worked out her own next step."""),
    H(1, "2.4 Session records"),
    T(
        ["Session record", ""],
        ["Mentee name", "Priya Raman"],
        ["Mentee role", "Guest Experience Supervisor"],
        ["Mentor", "Grace Okonkwo-Bell"],
    ),
    T(
        ["Date", "Duration", "Topic", "Actions agreed"],
        ["Tue 08/10/2024", "90 minutes", "Agreement, goals, Belbin results", "Observe two stand-ups"],
        ["Tue 22/10/2024", "60 minutes", "Stand-up structure", "Draft a stand-up agenda"],
        ["Tue 05/11/2024", "75 minutes", "Complaint handling at the desk", "Use LAST on the next complaint"],
        ["Tue 19/11/2024", "60 minutes", "Rota in Fourth", "Build December rota draft"],
        ["Tue 03/12/2024", "90 minutes", "Leading the stand-up", "Lead stand-up on Friday"],
        ["Tue 17/12/2024", "60 minutes", "TripAdvisor responses", "Reply to three reviews"],
        ["Tue 07/01/2025", "75 minutes", "Labour budget", "Compare rota to budget"],
        ["Tue 21/01/2025", "90 minutes", "Mid-point review", "Revise goals"],
        ["Tue 04/02/2025", "60 minutes", "Escalations", "Shadow the Night Auditor"],
        ["Tue 18/02/2025", "60 minutes", "Final review", "Close and plan next steps"],
    ),
    H(1, "3.1 Reflections on each session"),
    P("""October. The first session ran over because I explained too much about the hotel. I
      learned to let the mentee lead the agenda."""),
    P("""November. The complaint session was the best so far. Priya told me afterwards that
      being asked what she would do, instead of being told, made her feel trusted. I noticed
      that I wanted to tell her how I handle the Rows tourists, and did not."""),
    P("""December. Leading the stand-up went well; she was nervous about the Head Housekeeper,
      who has been here twenty years. Kolb's cycle helped us plan the next attempt."""),
    P("""January. Mid-point review: two goals on track, the rota goal behind because Fourth was
      updated and her access changed. We agreed a new date rather than dropping it."""),
    H(1, "3.2 Feedback"),
    P("""After each session the mentee completed a short form with a score out of five and one
      comment. Scores ranged from 3 to 5, and the lowest was the first session. Her comment in
      January said "I like that you don't give me the answer", which I keep as a reminder. Priya
      also asked for shorter sessions on busy weeks, which we did."""),
    H(1, "3.3 Communication skills review"),
    P("""My questioning improved most: the recordings show fewer closed questions by
      December. Listening is still where I slip on a busy day; I look at the Opera PMS screen
      when I should be looking at her. My feedback is specific but sometimes too long."""),
    H(1, "3.4 Supervision"),
    P("""I had two supervision sessions with Lorna Batty, in November and January, using Hawkins
      and Smith's seven-eyed model. In the first she helped me see I was mentoring M1 towards
      being me. In the second we looked at how the General Manager's expectations were
      leaking into our sessions, and I agreed to keep the rota goal hers, not his."""),
]

CASE = Case(
    name="nz_304_hotel_portfolio",
    unit="8587-304",
    kind="portfolio",
    files=[SourceFile("Okonkwo-Bell 304 portfolio.docx", PORTFOLIO)],
    labels={
        "1.1": "when occupancy is lowest",
        "1.2": "Build a rota in Fourth that meets the labour budget",
        "1.3": "only attendance is shared with Marcus",
        "2.1": "basic needs like sleep crowd everything else out",
        "2.2": "agree what good looks like here",
        "2.3": "instead of jumping into Nurturing Parent",
        "2.4": "Shadow the Night Auditor",
        "3.1": "I learned to let the mentee lead the agenda",
        "3.2": "I like that you don't give me the answer",
        "3.3": "I look at the Opera PMS screen",
        "3.4": "mentoring M1 towards being me",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": True,
        "identifying": ["Priya Raman", "Priya"],
    },
    about="Hotel front office mentoring portfolio: the mentee coded in prose but named in the session record form and by first name in reflections; hotel brands, Chester's sights, hospitality software, theorists, GM and supervisor named where the form asks.",
)
