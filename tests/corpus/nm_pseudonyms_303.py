"""8587-303 Reflecting on Coaching Skills: a bank's journal with coded clients, nothing to flag.

Gareth Pugh, a branch manager, keeps a reflective journal on coaching three colleagues he
calls "C1", "C2" and "Client 3" throughout. His coaching supervisor and his tutor are
named where the journal template asks for them and again in his entries by first name;
his development plan has months and dates.

Traps for the anonymisation check: months and days that are names (June, April, May),
words that are first names (Will, Grace, Hope, Rich, Faith), places that are surnames
(Lincoln, Chester, Wells, Preston), organisations (Lloyds Banking Group, Sainsbury's,
the Co-op, Marks & Spencer), job titles, a witness line for his own manager, and the
centre's generic e-mail and switchboard in a footer.
"""

from .case import B, Case, H, P, SourceFile, T

JOURNAL = [
    H(0, "Reflective Journal – Unit 303"),
    T(
        ["Learner name", "Gareth Pugh"],
        ["ILM registration number", "R9031775"],
        ["Coaching supervisor", "Siân Roberts"],
        ["Tutor", "Mike Osborne"],
    ),
    P("Statement of authenticity: I confirm that the work in this journal is my own."),
    H(1, "1.1 How effective was my coaching?"),
    P("""Between April and September I coached three colleagues across our Lincoln and
      Chester branches: C1, a new customer service adviser; C2, an assistant manager
      preparing for promotion; and Client 3, a mortgage adviser whose confidence had
      dropped after a complaint. My records show 22 sessions. Looking at the session
      notes, the supervision notes and the feedback forms together, my coaching was most
      effective with C2, where the goal was clear, and least effective with Client 3,
      where I was too quick to reassure."""),
    P("""In supervision in June, Siân asked me what I would do differently if I had to
      start again with Client 3. I said I would contract more carefully about the limits
      of what coaching can fix. Grace under pressure is something Client 3 wanted to
      build, and I think I modelled anxiety instead."""),
    H(1, "1.2 Strengths and areas for improvement"),
    P("""Strengths: building rapport, summarising, holding sessions to time. Areas to
      improve: silence, and resisting the urge to advise. Will I ever be comfortable with
      a long pause? My Regional Director thinks it will come with practice. C1 said that
      I 'always seemed to have an answer ready', which was meant kindly but told me a lot.
      Hope is not a plan, as my first manager at Lloyds Banking Group used to say."""),
    H(1, "2.1 Reviewing my coaching ability"),
    P("""Using the feedback from my coachees, my supervisor and my tutor, my questioning is
      now more open but still too long. Mike pointed out in our tutorial on 3 July that I
      ask two questions at once. My listening is better at level 2 than level 3. I also
      noticed that when a session was at our Preston office on a Friday, I rushed the
      ending to catch the train back to Wells."""),
    B("Questioning: shorter questions, one at a time."),
    B("Listening: notice the energy, not only the words."),
    B("Communication: check understanding before moving to options."),
    H(1, "2.2 Development plan (October 2025 – April 2026)"),
    T(
        ["Objective", "Actions", "By when", "Measure of success"],
        ["Use silence well", "Record two sessions (with consent) and count my interruptions", "December 2025",
         "Fewer than three interruptions per session"],
        ["Ask one question at a time", "Write single questions in my notes; ask C2 for feedback", "January 2026",
         "Feedback forms mention clear questions"],
        ["Widen my practice", "Coach a colleague from the Co-op partnership scheme", "March 2026",
         "Six sessions completed"],
        ["Supervision", "Monthly supervision with Siân", "April 2026", "Six supervision notes"],
    ),
    P("""The plan covers six months. I will review it with my manager in the May appraisal
      round and with my supervisor each month."""),
    P("Books and articles I used this year:"),
    T(
        ["Author", "Title", "Year"],
        ["Whitmore, J.", "Coaching for Performance", "2017"],
        ["Starr, J.", "The Coaching Manual", "2016"],
        ["Hawkins, P. and Smith, N.", "Coaching, Mentoring and Organizational Consultancy", "2013"],
        ["Grant, A. M.", "The Solution-Focused Inventory", "2012"],
    ),
    T(
        ["Witness statement", ""],
        ["Witness (learner's line manager)", "Rich Duffy, Regional Director"],
        ["Statement", "I confirm Gareth coached three colleagues as described in this journal."],
    ),
    P("Coastline Training Centre · info@coastline-training.co.uk · switchboard 01522 880 440"),
]

CASE = Case(
    name="nm_pseudonyms_303",
    unit="8587-303",
    kind="structured-docx",
    files=[SourceFile("journal.docx", JOURNAL)],
    labels={
        "1.1": "too quick to reassure",
        "1.2": "resisting the urge to advise",
        "2.1": "ask two questions at once",
        "2.2": "count my interruptions",
    },
    expected_checks={"declaration": True, "evidence_matrix": None, "identifying": []},
    about="Coaching journal with coded clients; months, wordlike first names, places, organisations, supervisor and tutor by first name; nothing to flag.",
)
