"""D2.02 Undertaking supervised mentoring: a sixth-former's reading mentor diary, DOCX, two planted details.

Nia Roberts-Hale, Year 12, mentors a Year 8 boy with his reading at a secondary school in
Wrexham. The centre's diary template: Section 1 outcomes, a session table with a "Mentee"
column, a supervision table, Section 3 answers under the 3a-3d questions.

Planted (2): one row of the session table gives the mentee's first name ("Kian") where
the others say "Mentee 1"; and the Section 3 reflection names his English teacher, a third
party, by title and surname ("Miss Hughes").

Clean but tricky: her own name, her supervisor named in the template's "Supervisor" field
and the supervision table (Mr Gethin Evans, Head of Sixth Form), the Diary of a Wimpy Kid,
Percy Jackson and Alex Rider books and Rodrick, a Wimpy Kid character, authors (Jeff Kinney, Rick Riordan, Anthony Horowitz,
Roald Dahl), Wrexham AFC, Sparx Reader, the Tudor Library (a room),
weekday names at the start of rows.

Practice truth: sessions 30 + 30 + 30 (the 3rd, moved from Monday to Thursday after a trip)
+ 35 + 30 + 30 = 185 minutes, six sessions, one mentee ("Kian" is Mentee 1). Supervision
30 + 30 + 30 + 30 + 20 + 30 = 170 (the fifth cut short by the bell).
"""

from .case import Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "Mentoring Diary – D2.02 Undertaking supervised mentoring"),
    T(
        ["Learner name", "Nia Roberts-Hale"],
        ["Centre", "Ysgol Bryn Offa Sixth Form, Wrexham"],
        ["Supervisor", "Mr Gethin Evans (Head of Sixth Form)"],
    ),
    H(1, "Section 1 – Overall outcomes agreed with my mentee"),
    P("""My mentee is in Year 8 and reads about two years below his age. His English teacher
      asked the sixth form for reading mentors and I said yes because I want to be a primary
      teacher. In our first session we talked about what he wanted and agreed three outcomes:
      to finish a whole book by himself for the first time (he picked Diary of a Wimpy Kid by
      Jeff Kinney), to read aloud in class at least once without asking to skip, and to get his
      Sparx Reader score up by 20 points. We wrote them inside the front cover of his reading
      record so he sees them every time he opens it."""),

    H(1, "Section 2 – Mentoring sessions and supervision"),
    H(2, "2a Mentoring sessions (30 minutes each)"),
    T(
        ["No.", "Date", "Mentee", "Time", "What we did"],
        ["1", "Monday 13 January", "Kian", "12.50 – 1.20", "Agreed outcomes, chose the book, talked about what he likes (football, Wrexham AFC)"],
        ["2", "Monday 20 January", "Mentee 1", "12.50 – 1.20", "Read chapter 1 together, taking turns a page each"],
        ["–", "Monday 27 January", "Mentee 1", "–", "No session – Year 8 trip. Moved to Thursday"],
        ["3", "Thursday 30 January", "Mentee 1", "12.50 – 1.20", "He read 4 pages alone, I only helped with 2 words"],
        ["4", "Monday 3 February", "Mentee 1", "12.50 – 1.25", "Practised reading aloud with expression, went 5 mins over"],
        ["5", "Monday 10 February", "Mentee 1", "12.50 – 1.20", "Finished the book!! Talked about the next one (Percy Jackson)"],
        ["6", "Monday 24 February", "Mentee 1", "12.50 – 1.20", "Review of the outcomes, Sparx up 26 points, he read aloud in English"],
    ),
    P("""All sessions were in the Tudor Library at lunchtime. In session 4 he wanted to do the
      voices for Rodrick, which is why we ran over, and I didn't want to stop him when he was
      enjoying it."""),
    H(2, "2b Reviews with my supervisor after each session"),
    T(
        ["After session", "Date", "Minutes", "What we talked about"],
        ["1", "Monday 13 January", "30", "How to keep it his choice, not mine"],
        ["2", "Monday 20 January", "30", "I corrected every mistake – let him self-correct first"],
        ["3", "Thursday 30 January", "30", "Praise that is specific; counting to five before helping"],
        ["4", "Monday 3 February", "30", "Keeping to time; whether reading aloud in class is realistic"],
        ["5", "Monday 10 February", "20", "Cut short by the bell – planning the ending"],
        ["6", "Monday 24 February", "30", "Looking back at all six; what I would change"],
    ),

    H(1, "Section 3 – Reviewing my progress"),
    H(2, "3a Think about your own performance as a mentor and what worked well"),
    P("""What worked best was letting him choose the book and the football chat at the start of
      each session, because it got him relaxed before reading. I also think taking turns a page
      each in session 2 meant he didn't feel tested. I got better at waiting when he was stuck
      instead of jumping in with the word."""),
    H(2, "3b What did you learn about yourself?"),
    P("""I learned I am quite impatient, which surprised me because my friends say I'm calm. When
      he was stuck on a word my instinct was to say it straight away. I also learned I like
      planning and I felt a bit lost when the session didn't go to plan."""),
    H(2, "3c What might you do differently as a result of your reflection"),
    P("""I would talk to his English teacher at the start instead of the end. Miss Hughes told me
      in February that he had been reading aloud in her lessons since the start of the month,
      and I could have used that much sooner to build his confidence. I would also set a timer
      on my phone so sessions finish on time."""),
    H(2, "3d What skills do you still need to develop further?"),
    P("""Patience and using silence, asking open questions about the story instead of "did you
      like it?", and giving feedback that says exactly what he did well. I want to keep
      mentoring next year, maybe with a Year 7, and try Alex Rider or something by Roald Dahl
      or Anthony Horowitz if they don't like Rick Riordan."""),
    P("""I confirm this diary is my own work. Signed: Nia Roberts-Hale  Date: 3 March 2025"""),
]

CASE = Case(
    name="nl_d202_reading_mentor_planted_docx",
    unit="D2.02",
    kind="structured-docx",
    files=[SourceFile("Nia Roberts-Hale D2.02 diary.docx", BLOCKS)],
    labels={
        "section-1": "wrote them inside the front cover of his reading record",
        "section-2": "I didn't want to stop him when he was enjoying it",
        "section-3": "I felt a bit lost when the session didn't go to plan",
        "q2a": "He read 4 pages alone, I only helped with 2 words",
        "q2b": "I corrected every mistake – let him self-correct first",
        "q3a": "the football chat at the start of each session",
        "q3b": "I learned I am quite impatient",
        "q3c": "set a timer on my phone so sessions finish on time",
        "q3d": "asking open questions about the story",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": None,
        "identifying": ["Kian", "Miss Hughes"],
        # 30 + 30 + 30 + 35 + 30 + 30 = 185 (27 Jan no session)
        "minutes": 185,
        "sessions": 6,
        "individuals": 1,
        # 30 + 30 + 30 + 30 + 20 + 30 = 170
        "supervision_minutes": 170,
    },
    about="Sixth-former's D2.02 reading mentor diary: mentee's first name in one table cell, his English teacher by title and surname in 3c; supervisor in the template field, authors and book titles, Wrexham AFC, Tudor Library clean; 185 min in six sessions (a moved session, one over time), 170 min supervision (one cut short).",
)
