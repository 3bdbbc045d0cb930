"""8587-305 Reflecting on Mentoring Skills: a specialty coffee roastery's head roaster, journal as PDF.

Declan Mulvaney is Head Roaster at a specialty coffee roastery and café group in Brighton and
mentored a trainee roaster ("Mentee R") and a barista moving into training ("Mentee B"; he says
the letters stand for their jobs, not their names). His PDF journal has dated entries, a
strengths and weaknesses table, a supervision box and a six-month plan. Nothing is to be flagged.

Clean but tricky: his own name on the cover and in the declaration, his supervisor named where
the supervision box asks, the centre's enquiries@ address; coffee origins that read like names
(Yirgacheffe, Huila, Santos, Sidama), brands and software (La Marzocco, Probat, Loring, Cropster,
Square, Shopify, WhatsApp, Microsoft Teams), the Specialty Coffee Association and the UK Barista
Championship, a public figure and his book (James Hoffmann, "The World Atlas of Coffee"),
Brighton places, some named after people (Churchill Square, the Royal Pavilion, North Laine,
Kemptown, Hove, Preston Park), the Brighton Marathon, theorists in prose and references (Gibbs,
Schön, Kolb, Clutterbuck, Megginson, Daloz, Driscoll's "What? So what? Now what?", Brookfield's
lenses, Luft and Ingham's Johari Window), SWOT, months and days at sentence starts, job titles
(Head Roaster, Head of Coffee, Operations Director).
"""

from .case import B, Case, H, P, SourceFile, T

JOURNAL = [
    H(0, "Unit 305 Reflecting on Mentoring Skills – Reflective Journal"),
    T(
        ["Learner", "Declan Mulvaney"],
        ["ILM registration", "R9901573"],
        ["Centre", "South Downs Leadership (enquiries@southdownsleadership.co.uk)"],
        ["Employer", "Lanes Roasting Co., North Laine, Brighton"],
    ),
    H(1, "Background"),
    P("""I am Head Roaster at a roastery that supplies our own four cafés in Brighton and Hove and
      about sixty wholesale customers. Between March and August I mentored two colleagues for
      twelve hours each: Mentee R, a trainee roaster in her first year on the Probat, and Mentee
      B, an experienced barista moving into a training role at our Kemptown café. I chose the
      letters for their jobs (roaster, barista), not their names."""),
    H(1, "Journal Entries"),
    P("""Monday 3 March. First session with Mentee R. I talked for forty minutes about roast
      curves in Cropster. She nodded a lot. Driscoll's three questions: What? I lectured. So
      what? She learnt nothing she could not read. Now what? Next time she brings a roast and
      I ask questions."""),
    P("""Thursday 13 March. Mentee B at the Churchill Square café after close. Clutterbuck
      describes developmental mentoring as helping someone make their own transition; for
      Mentee B the transition is from doing to teaching. She asked how I train people on the La
      Marzocco. I turned it round and asked how she learnt. She said by watching James Hoffmann
      videos at two in the morning. We laughed, then built her first training plan from
      that."""),
    P("""April. Mentee R roasted a washed Yirgacheffe and a natural Sidama and cupped them with
      me. She found the under-development in the Sidama herself. Kolb's cycle in action:
      experience, reflection, a theory about airflow, and a new roast to test it. We also
      visited a roastery near the Royal Pavilion that runs a Loring, so she could see a
      different drum. Writing it up with Gibbs' cycle afterwards, my feeling was pride, and my
      analysis was that she learns fastest when she compares."""),
    P("""Wednesday 7 May. Supervision with my tutor (see box below). I described feeling
      frustrated when Mentee B cancelled twice. My supervisor asked whose frustration it was
      and what it told me. Schön calls this reflection-on-action; I would call it being caught
      out. I had been treating the cancellations as a lack of commitment, when Mentee B was
      covering shifts during the Brighton Marathon weekend."""),
    P("""June. Mentee R entered the UK Barista Championship heats as a roaster supporting a
      competitor. Megginson and Clutterbuck write about sponsorship as part of a mentor's role.
      I put her name forward to the Head of Coffee; that was my sponsorship."""),
    P("""Tuesday 15 July. Mentee B ran her first training session for two new starters at the
      Preston Park café. I watched and did not step in, even when the milk steaming demo went
      wrong. Afterwards she said that was the most useful thing I had done all year."""),
    T(
        ["Supervision record", ""],
        ["Supervisor", "Priyanka Deol, ILM tutor, South Downs Leadership"],
        ["Dates", "Wednesday 7 May and Wednesday 2 July 2025, 60 minutes each, Microsoft Teams"],
        ["Outcomes", "Notice my frustration; ask before assuming; plan endings early"],
    ),
    H(1, "1.1 Effectiveness of my mentoring"),
    P("""Both mentees met their goals. Mentee R roasts three of our single origins unsupervised,
      including the Huila and the Santos, and her roast defects on Cropster fell from one in
      six batches to one in twenty. Mentee B has trained four new baristas and our Square
      sales data shows fewer remade drinks at Kemptown. Looking through Brookfield's four lenses:
      my view, my mentees' feedback forms, my supervisor's comments and the literature all
      agree I am strong on technical credibility and weak at holding back. Daloz's balance of
      support, challenge and vision helped me see I gave a lot of vision and not enough
      challenge."""),
    H(1, "1.2 Strengths and areas for improvement"),
    T(
        ["Strengths", "Areas for improvement"],
        ["Technical knowledge of roasting and brewing", "Talking too much in early sessions"],
        ["Building rapport quickly", "Assuming reasons for behaviour"],
        ["Sponsoring mentees' development", "Challenging when goals slip"],
    ),
    P("""A SWOT analysis and the Johari Window (Luft and Ingham) helped me here: my mentees both
      saw my impatience before I did. It was in their blind-spot feedback, not mine."""),
    H(1, "2.1 Future development opportunities"),
    P("""I want to improve my questioning and listening. Options include a Specialty Coffee
      Association trainer course, peer mentoring with the Head of Coffee at another roastery,
      and continuing supervision. Our Operations Director has agreed to fund one course."""),
    H(1, "2.2 Development plan, September 2025 to February 2026"),
    T(
        ["Goal", "Action", "By", "Measure of success"],
        ["Ask more, tell less", "Plan three open questions before each session", "September", "Mentee feedback says I listened"],
        ["Challenge well", "Practise the feedback model from my supervision notes", "October", "One challenging conversation per mentee, logged"],
        ["Train the trainer", "SCA trainer course", "December", "Certificate gained"],
        ["Share practice", "Peer mentoring with another roastery via WhatsApp group", "February", "Four peer calls held"],
    ),
    P("""Winter is our busiest season for wholesale, with Christmas orders through Shopify
      doubling in December, so I have kept the course for after the peak. On my shelf for the
      plan: Hoffmann's "The World Atlas of Coffee" for the technical side, and Clutterbuck for
      the mentoring side."""),
    H(1, "References"),
    B("Brookfield, S. (2017) Becoming a Critically Reflective Teacher. 2nd edn. San Francisco: Jossey-Bass."),
    B("Clutterbuck, D. (2014) Everyone Needs a Mentor. 5th edn. London: CIPD."),
    B("Daloz, L.A. (2012) Mentor. 2nd edn. San Francisco: Jossey-Bass."),
    B("Driscoll, J. (2007) Practising Clinical Supervision. 2nd edn. Edinburgh: Baillière Tindall."),
    B("Gibbs, G. (1988) Learning by Doing. Oxford: Oxford Polytechnic."),
    B("Megginson, D. and Clutterbuck, D. (2005) Techniques for Coaching and Mentoring. Oxford: Elsevier."),
    B("Schön, D.A. (1983) The Reflective Practitioner. New York: Basic Books."),
    P("Declaration: I confirm this journal is my own work. Declan Mulvaney, 29 August 2025"),
]

CASE = Case(
    name="nk_305_coffee_roastery_pdf",
    unit="8587-305",
    kind="structured-pdf",
    files=[SourceFile("Mulvaney D 305 journal.pdf", JOURNAL)],
    labels={},
    expected_checks={"declaration": True, "evidence_matrix": None, "identifying": []},
    about="Coffee roastery head roaster's 305 journal PDF: Mentee R/B explained, coffee origins, espresso and roaster brands, James Hoffmann and his book, Churchill Square and Brighton places, theorists, supervisor named in the supervision box; nothing to flag.",
)
