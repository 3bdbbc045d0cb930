"""8584-201 mentoring: one record per session with a "Time spent:" field, in plain paragraphs.

Jordan Ellis, a charity shop volunteer coordinator, fills in the same short record for each
session: "Session 1", then "Date:", "Mentee:", "Time spent:", "What we did:". The times are
written "45 mins", "1 hr 15" and "half an hour". A tutorial with the course tutor is its own
record with "Type: tutorial".

Practice truth: sessions 45 + 75 + 30 + 60 = 210 minutes in four sessions with one mentee
(Volunteer V); tutorial 60 minutes in one.
"""

from .case import Case, H, P, SourceFile

RECORDS = [
    ("Session 1", "4 March", "Volunteer V", "45 mins", "Met in the back office, agreed what V wants: to run the till alone."),
    ("Session 2", "11 March", "Volunteer V", "1 hr 15", "Shadowed me on the till, then swapped over."),
    ("Session 3", "18 March", "Volunteer V", "half an hour", "Short check-in; V had covered a Saturday alone."),
    ("Session 4", "25 March", "Volunteer V", "1 hour", "Reviewed progress and agreed V will train the next volunteer."),
]

BLOCKS = [
    H(0, "Unit 201 Understanding mentoring - my records"),
    P("Name: Jordan Ellis"),
    P("Declaration: I declare this is my own work."),
    H(1, "Mentoring session records"),
]
for title, date, who, spent, what in RECORDS:
    BLOCKS += [H(2, title), P(f"Date: {date}"), P(f"Mentee: {who}"), P(f"Time spent: {spent}"), P(f"What we did: {what}")]
BLOCKS += [
    H(2, "Tutorial"),
    P("Date: 27 March"),
    P("Type: tutorial with my course tutor"),
    P("Time spent: 1 hour"),
    P("What we did: Talked through my records and what I would change."),
    H(1, "Reflection"),
    P("""I found it hard not to take the till over when a queue built up; next time I will agree a
      signal with the mentee for when they want help."""),
]

CASE = Case(
    name="pq_201_time_spent",
    unit="8584-201",
    kind="structured-docx",
    files=[SourceFile("ellis-201-records.docx", BLOCKS)],
    labels={},  # a practice log only: its figures are measured, not the evidence finder
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        "identifying": [],
        "minutes": 210,
        "sessions": 4,
        "individuals": 1,
        "supervision_minutes": 60,
    },
    about="Charity shop coordinator; a record per session with 'Time spent:' fields, a tutorial record.",
)
