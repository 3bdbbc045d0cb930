"""8584-201 Developing Mentoring Skills: a garden centre plant area supervisor's portfolio.

Janine Horrocks supervises the plant area of an independent garden centre near Ormskirk and
mentors a horticulture apprentice. Her text calls him "the apprentice", but she captioned a
photo with his full name and later uses his first name once.

Planted: the caption's full name ("Kieran Boyle") and his first name alone ("Kieran").

Traps: plant varieties named after people (Rosa 'Gertrude Jekyll', Clematis 'Nelly Moser',
Rosa 'Darcey Bussell'), a TV gardener and a programme (Monty Don, Gardeners' World), the
RHS and its shows (RHS Chelsea, Tatton Park), chains (Dobbies, B&Q), places (Ormskirk,
Southport, Burscough), software (Microsoft Teams, Epos Now), theorists (Kolb, Honey and
Mumford, Egan, Megginson, Maslow, Whitmore), her tutor named where the form asks, job
titles, months at sentence starts.
"""

from .case import B, Case, H, P, SourceFile, T

PORTFOLIO = [
    H(0, "Unit 201 Developing Mentoring Skills – Portfolio"),
    T(
        ["Learner", "Janine Horrocks"],
        ["Registration number", "R1184026"],
        ["Centre", "West Lancs Training Partnership"],
    ),
    P("I confirm this portfolio is my own work. Janine Horrocks"),
    H(1, "1.1 Mentoring plan"),
    P("""I supervise the outdoor plant area at Meadowbank Garden Centre near Ormskirk. My
      mentee is a first-year apprentice working towards the RHS Level 2 Certificate, who I
      call the apprentice. The plan: six sessions between February and April, each of about
      forty minutes, on Wednesday mornings before the coach parties arrive, in the potting shed
      office. Topics come from his apprenticeship standard and from what he brings."""),
    H(1, "1.2 Agreed goals"),
    B("Identify the top fifty outdoor plants we sell by sight, with their care needs."),
    B("Answer customer questions on the shop floor without fetching me."),
    B("Plan and build the spring display by the main entrance."),
    H(1, "2.1 Mentoring evidence"),
    T(
        ["Date", "Time", "What we did"],
        ["05/02/2025", "40 minutes", "Agreement and goals; why he chose horticulture"],
        ["19/02/2025", "45 minutes", "Plant ID walk; roses and clematis"],
        ["05/03/2025", "40 minutes", "Customer questions; role play"],
        ["19/03/2025", "35 minutes", "Display planning"],
        ["02/04/2025", "40 minutes", "Building the display"],
        ["16/04/2025", "45 minutes", "Review and next steps"],
    ),
    P("""Photo 1: The spring display by the main entrance, planted with Rosa 'Gertrude Jekyll',
      Clematis 'Nelly Moser' and tulips."""),
    P("Photo 2: Kieran Boyle labelling the clematis bench for the Easter weekend."),
    H(1, "2.2 Questioning and listening"),
    P("""On the plant walk I asked open questions ("What would you tell a customer with a
      shady north-facing wall?") and waited. When he got stuck on Rosa 'Darcey Bussell' I
      asked what he could see, not what it was called. Egan's SOLER reminded me not to stand
      with my arms folded, which I do in the cold. Listening properly meant hearing that he was
      worried about the older customers who know more than him, which he only said once."""),
    H(1, "2.3 Feedback"),
    P("""March. After the role play I told him what went well (he asked the customer about
      their soil before recommending anything) and what to try next (write the plant name
      down for them). Kolb's cycle helped me give him time to reflect before I spoke; Honey
      and Mumford would call him a Pragmatist, he likes to try things straight away."""),
    H(1, "2.4 How trust was developed"),
    P("""Trust came from doing what I said I would and from admitting what I don't know. I told
      him about the time I sold a customer a shade plant for a south-facing patio. He laughed,
      and after that he asked more questions. Kieran told me in the review that he had nearly
      quit in January and that having a mentor who was not his line manager made it easier to
      say so. Maslow's point about safety first fits: he couldn't learn while he felt silly."""),
    H(1, "2.5 Records"),
    P("""I kept a mentoring agreement, a record of each session (above), and his feedback after
      each one, all in a folder locked in the office. Notes use "the apprentice" except where
      shown."""),
    H(1, "3.1 Review of my mentoring performance"),
    P("""I was better at planning than at letting him lead. Whitmore's GROW model kept sessions
      on track, but I moved to options too early. Megginson says a mentor helps the mentee
      make their own transitions, and I kept wanting to make them for him. Monty Don makes
      everything look effortless on Gardeners' World; mentoring, I found, is not."""),
    H(1, "3.2 Meeting with my tutor"),
    T(
        ["Tutor meeting record", ""],
        ["Tutor's name", "Alan Greenhalgh"],
        ["Date and length", "23/04/2025, 1 hour (Microsoft Teams)"],
        ["What we discussed", "My review, the apprentice's feedback, where to go next"],
        ["Agreed actions", "Observe a colleague mentoring at the Southport branch; read Megginson on stages"],
        ["Signed (tutor)", "A. Greenhalgh"],
    ),
    H(1, "3.3 Future development"),
    B("Let the mentee set the agenda for at least half of each session, from May."),
    B("Visit RHS Chelsea or Tatton Park with the next apprentice and use it as a mentoring day."),
    B("Take the Level 3 mentoring award next year; ask the owners about funding."),
    P("""April ended with the display finished and a customer at the till asking whether Dobbies
      or B&Q could match it. Neither could, and the apprentice heard it."""),
]

CASE = Case(
    name="nz_201_garden_centre",
    unit="8584-201",
    kind="portfolio",
    files=[SourceFile("Horrocks 201 portfolio.docx", PORTFOLIO)],
    labels={
        "1.1": "before the coach parties arrive",
        "1.2": "without fetching me",
        "2.1": "Plant ID walk; roses and clematis",
        "2.2": "which he only said once",
        "2.3": "write the plant name down for them",
        "2.4": "a shade plant for a south-facing patio",
        "2.5": "all in a folder locked in the office",
        "3.1": "I moved to options too early",
        "3.2": "Observe a colleague mentoring at the Southport branch",
        "3.3": "ask the owners about funding",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        "identifying": ["Kieran Boyle", "Kieran"],
    },
    about="Garden centre mentoring portfolio: the apprentice named in a photo caption and once by first name; plant varieties and a TV gardener named after people, horticultural bodies and shows, chains, towns, theorists, her tutor where the form asks.",
)
