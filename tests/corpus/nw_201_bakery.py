"""8584-201 Developing Mentoring Skills: a craft bakery team leader's portfolio.

Shannon Gallagher leads the early shift at a craft bakery in Leeds and mentors a bakery
apprentice from the late shift. Her prose says "my mentee" or "the apprentice", but the
session record template asks for the mentee's name and she filled it in, later she slips
into his first name, and she names his shift supervisor when writing about trust.

Planted: the mentee's full name in the session record ("Kieran Doyle"), his first name
alone in a reflection ("Kieran"), and his own line manager named ("Gary Pennock").

Traps: the learner's name on the cover and declaration, her tutor named where the form
asks, the bakery and its suppliers and customers (Booths, Leeds Kirkgate Market, Bettys),
places and streets (Chapel Allerton, Harrogate Road), job titles, products named after
people and places (Victoria sponge, Chelsea buns, Bakewell tart), a TV bake-off judge as an
example, theorists (Kolb, Honey and Mumford, Whitmore) and days at sentence starts.
"""

from .case import B, Case, H, P, SourceFile, T

PORTFOLIO = [
    H(0, "Unit 201 Developing Mentoring Skills – Portfolio"),
    T(
        ["Learner", "Shannon Gallagher"],
        ["Workplace", "Rise & Crumb Bakery, Chapel Allerton, Leeds"],
        ["Tutor", "Philip Marsden, Calder Training"],
    ),
    H(1, "Evidence matrix"),
    T(
        ["AC", "Evidence", "Page"],
        ["1.1, 1.2", "Mentoring plan and goals", "2"],
        ["2.1 – 2.5", "Session record and notes on skills, feedback and trust", "3-4"],
        ["3.1 – 3.3", "Self-review, tutor meeting, development plan", "5"],
    ),
    H(1, "1.1 Mentoring plan"),
    P("""Who: a first-year bakery apprentice on the late shift who asked for help with
      lamination and with speaking up in the shift handover. What: three hours of mentoring
      spread over four sessions. When: Wednesdays at 2pm, in the overlap between my early
      shift finishing and his late shift starting, so neither of us is on our day off.
      Where: the upstairs office, away from the ovens and the shop floor. I checked he
      was happy with this and that the Head Baker was fine with us using the office."""),
    H(1, "1.2 Agreed goals"),
    B("Session 1 and 2: produce a full batch of croissant dough that passes the Head Baker's check without a re-roll, by the end of May."),
    B("Session 3 and 4: give the handover to the early shift himself, covering stock, faults and orders, on at least two days a week."),
    H(1, "2.1 Mentoring session record"),
    T(
        ["Mentoring record", ""],
        ["Mentee name", "Kieran Doyle"],
        ["Mentee role", "Level 2 Bakery Apprentice"],
        ["Mentor", "Shannon Gallagher, Early Shift Team Leader"],
    ),
    T(
        ["Date", "Start", "Length", "What we covered", "Action points"],
        ["Wed 07/05/2025", "14:00", "45 minutes", "Getting to know each other, goals, confidentiality", "Watch me laminate on Friday"],
        ["Wed 14/05/2025", "14:00", "45 minutes", "Lamination faults, why the butter breaks", "Keep a fault log for a week"],
        ["Wed 21/05/2025", "14:00", "60 minutes", "Fault log review, handover nerves", "Write a handover checklist"],
        ["Wed 28/05/2025", "14:00", "30 minutes", "First handover done, next steps", "Do handovers Tue and Thu"],
    ),
    H(1, "2.2 Questioning and listening"),
    P("""In the second session I wanted to tell him what was wrong with his dough. Instead I
      asked "what do you notice when the butter starts to break through?" and he worked out
      the fridge was too cold overnight. I kept my questions open and used a lot of
      "tell me more". When he talked about handovers I noticed he went quiet and looked at
      the floor, so I left a pause and he said the early shift laughed at him once."""),
    H(1, "2.3 Feedback"),
    P("""After watching his batch on the Friday I gave feedback using what went well and even
      better if. What went well: he chilled the dough between turns. Even better if: he
      measured the butter temperature instead of guessing. He wrote the number on the
      fault log the next week, so the feedback was used."""),
    H(1, "2.4 Building trust"),
    P("""Trust was the hard part because he is on a different shift and did not know me. I
      told him at the start that nothing would go back to his supervisor without his say, and
      I kept to it even when Gary Pennock asked me in the car park how "the lad" was getting
      on. I also admitted I ruined a whole batch of Chelsea buns in my first month, which
      made him laugh. By session three he told me about the handover that went wrong."""),
    H(1, "2.5 Records"),
    P("""The record above was filled in straight after each session and kept in a locked
      drawer in the office. Actions were checked at the start of the next session. I used
      the template from the course handbook."""),
    H(1, "3.1 Reviewing my own performance"),
    P("""I used the skills list from Unit 200 to score myself out of five. Listening 4, open
      questions 3, feedback 4, planning 3. My weakest area was planning: in session three we
      ran over because I had not thought about timings. Kieran said in the last session that
      he liked that I did not just show him how to do it, which tells me the questioning is
      getting better. Like Paul Hollywood says on the telly, you cannot rush a good dough,
      and I think that is true of mentoring as well. Honey and Mumford's questionnaire showed
      I am an Activist, which explains why I want to jump in and fix things."""),
    H(1, "3.2 Meeting with my tutor"),
    P("""On Thursday 5 June I had a one-hour meeting with Philip Marsden on Microsoft Teams. The
      purpose was to look back over the four sessions and the record. He pointed out that my
      goals were measurable but the second one depended on other people letting my mentee
      speak. We agreed I would practise summarising before asking the next question, and
      that I would look at Kolb's cycle to plan the reflection part of each session."""),
    H(1, "3.3 Development plan"),
    T(
        ["What I want to improve", "How", "By when", "How I will know"],
        ["Planning session timings", "Write a timed agenda for each session", "July 2025", "Sessions finish on time three weeks running"],
        ["Open questions", "Use a question card with five openers from Whitmore", "August 2025", "Fewer yes/no questions in my notes"],
        ["Mentoring a second apprentice", "Ask the owner about the new starter in September", "September 2025", "A second mentoring agreement signed"],
    ),
    P("""I also want to visit Bettys in Harrogate on the bakery's training day to see how their
      team leaders mentor apprentices, and I will ask at Leeds Kirkgate Market whether the
      other bakers run anything similar. Booths, who we supply, have a mentoring scheme too."""),
    H(1, "Declaration"),
    P("This portfolio is my own work and the mentoring took place as described. Shannon Gallagher"),
]

CASE = Case(
    name="nw_201_bakery",
    unit="8584-201",
    kind="portfolio",
    files=[SourceFile("Gallagher unit 201 portfolio.docx", PORTFOLIO)],
    labels={
        "1.1": "in the overlap between my early shift finishing",
        "1.2": "passes the Head Baker's check without a re-roll",
        "2.1": "Keep a fault log for a week",
        "2.2": "the fridge was too cold overnight",
        "2.3": "measured the butter temperature instead of guessing",
        "2.4": "which made him laugh",
        "2.5": "kept in a locked drawer in the office",
        "3.1": "which explains why I want to jump in and fix things",
        "3.2": "practise summarising before asking the next question",
        "3.3": "A second mentoring agreement signed",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": True,
        "identifying": ["Kieran Doyle", "Gary Pennock", "Kieran"],
        "minutes": 180,
        "sessions": 4,
        "individuals": 1,
        "supervision_minutes": 60,
    },
    about="Bakery apprentice mentoring portfolio: mentee named in the record form and by first name in self-review, his shift supervisor named; bakery brands, Leeds places, bakes named after people, a TV judge, tutor on the cover.",
)
