"""8587-305 Reflecting on Mentoring Skills: a shipyard fabrication manager's journal as PDF.

Beverley Tranter mentors two apprentices at a North Devon shipyard, "Mentee 1" and
"Mentee 2", and reflects on her practice with dated entries, photos of workshop sessions,
a stakeholder table and a development plan.

Planted (3): a photo caption names Mentee 1 by first name ("Kwame"); a journal entry gives
his personal e-mail address ("kb.asante88@gmail.com"); the stakeholder table names his line
manager ("Fiona Strachan"). The full name sits in a short table cell so the PDF never
breaks it across lines.

Clean but tricky: a captioned photo that uses the pseudonym, the centre's info@ address,
her supervisor named where the form asks, theorists in prose (Gibbs, Schön, Kolb,
Clutterbuck, Garvey, Brockbank and McGill, Daloz), a vessel and a building named after
people (the tug "Lady Margaret", the Grenville Shed), places (Appledore, Bideford,
Barnstaple, the Torridge), bodies and schemes (Lloyd's Register, EngineeringUK, Make UK,
the Tomorrow's Engineers programme), job titles, months and days.
"""

from .case import B, Case, H, P, SourceFile, T

JOURNAL = [
    H(0, "Unit 305 – Reflecting on Mentoring Skills within an Organisational Context"),
    T(
        ["Learner", "Beverley Tranter"],
        ["ILM registration", "R1187460"],
        ["Centre", "Tarka Training Centre (info@tarkatraining.co.uk)"],
        ["Employer", "Torridge Marine Fabrication Ltd, Appledore"],
    ),
    H(1, "Background"),
    P("""I am Fabrication Manager at a yard on the Torridge estuary that builds and refits
      workboats and tugs. We take four apprentices a year from Petroc in Barnstaple. This
      year I mentored two of them, Mentee 1 (a second-year welder) and Mentee 2 (a first-year
      plater), for twelve hours each between January and June, mainly in the Grenville Shed
      and the drawing office."""),
    T(
        ["Stakeholder", "Role in the mentoring"],
        ["Mentee 1's line manager", "Fiona Strachan (Welding Supervisor)"],
        ["Mentee 2's line manager", "Plating Foreman, days"],
        ["Apprenticeship provider", "Petroc, Barnstaple"],
    ),
    H(1, "Journal"),
    P("""Tuesday 14 January. First session with Mentee 1. Gibbs' cycle afterwards: I felt
      awkward because he would not make eye contact. Analysis: in his culture, and at his
      age, looking down at a manager is respect, not disinterest. I had read it wrongly.
      Action: ask, do not assume."""),
    P("""Thursday 30 January. Mentee 1 asked me to send the session notes to his personal
      address, kb.asante88@gmail.com, because he cannot open the company system at college.
      I did, and then realised this broke our own records policy. I raised it in supervision."""),
    P("""Monday 17 February. Mentee 2, in the drawing office. Using Clutterbuck's idea of
      developmental mentoring, I stepped back from teaching him plate development and asked
      what he already knew. He knew more than I expected."""),
    P("""Figure 1: Mentee 2 marking out a bulkhead plate on the Lady Margaret refit, March
      (photo used with his consent, face not shown)."""),
    P("""Wednesday 9 April. Supervision with my tutor. Schön's reflection-in-action: I noticed
      that I change my tone when the mentee goes quiet, but only when we talked it through
      did I see I speed up and fill the gap. Brockbank and McGill call this the mentor taking
      back the learning space."""),
    P("""Figure 2: Kwame with the flange jig he designed for the tug, May."""),
    P("""Friday 16 May. Mentee 1 presented his jig at the Tomorrow's Engineers day at Bideford.
      Lloyd's Register surveyors were there and asked him good questions. Kolb would say the
      cycle closed: experience, reflection, a new idea, and trying it out."""),
    T(
        ["Supervision record", ""],
        ["Supervisor name", "Desmond Achterberg, ILM tutor, Tarka Training Centre"],
        ["Dates", "Wednesday 9 April and Wednesday 4 June 2025"],
        ["Outcomes", "Keep all records on company systems; slow down when a mentee is quiet; ask for feedback after every session"],
    ),
    H(1, "1.1 Effectiveness of my mentoring"),
    P("""Both mentees met their goals and their college reports improved. Daloz describes the
      mentor as a guide who supports, challenges and provides vision. I was strong on support
      and vision, weaker on challenge: Mentee 2's feedback said I was "too nice about bad
      welds". Garvey reminds me that mentoring is a relationship, so effectiveness has to be
      judged from both sides."""),
    H(1, "1.2 Strengths and areas for improvement"),
    T(
        ["Strengths", "Areas for improvement"],
        ["Technical credibility in the shed", "Challenging poor work"],
        ["Patience and listening", "Keeping to data protection rules"],
        ["Encouraging apprentices to show their work", "Reading cultural cues"],
    ),
    H(1, "2.1 and 2.2 Development plan, July to December 2025"),
    T(
        ["Goal", "Action", "By", "Measure"],
        ["Challenge well", "Practise the SBI feedback model", "August", "Mentees say feedback was clear"],
        ["Records", "Use only the company system; brief new mentees at contracting", "July", "No personal addresses used"],
        ["Cultural awareness", "Make UK inclusion course", "October", "Course completed"],
        ["Share practice", "Talk at an EngineeringUK mentoring event", "December", "Talk delivered"],
    ),
    H(1, "References"),
    B("Brockbank, A. and McGill, I. (2006) Facilitating Reflective Learning through Mentoring and Coaching. London: Kogan Page."),
    B("Clutterbuck, D. (2014) Everyone Needs a Mentor. 5th edn. London: CIPD."),
    B("Daloz, L.A. (2012) Mentor. 2nd edn. San Francisco: Jossey-Bass."),
    B("Garvey, B. (2011) A Very Short, Fairly Interesting and Reasonably Cheap Book about Coaching and Mentoring. London: Sage."),
    B("Gibbs, G. (1988) Learning by Doing. Oxford: Oxford Polytechnic."),
    B("Kolb, D.A. (1984) Experiential Learning. Englewood Cliffs, NJ: Prentice Hall."),
    B("Schön, D.A. (1983) The Reflective Practitioner. New York: Basic Books."),
    P("Declaration: I confirm that this is my own work. B. Tranter, 27 June 2025"),
]

CASE = Case(
    name="ny_305_shipyard_planted_pdf",
    unit="8587-305",
    kind="structured-pdf",
    files=[SourceFile("Tranter_B_305_Reflective_Journal.pdf", JOURNAL)],
    labels={},
    expected_checks={"declaration": True, "evidence_matrix": None, "identifying": ["Kwame", "kb.asante88@gmail.com", "Fiona Strachan"]},
    about="Shipyard fabrication manager's 305 journal PDF with a mentee's first name in a photo caption, his personal e-mail and his line manager named; a pseudonymous caption, a tug and a shed named after people, supervisor, centre info@ clean.",
)
