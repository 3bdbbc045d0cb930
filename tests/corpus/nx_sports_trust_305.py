"""8587-305 Reflecting on Mentoring Skills: a football club charity's mentoring lead, nothing to flag.

Callum Reid leads the mentoring of young sessional coaches at a football club's community
trust. He codes his mentees "Mentee 1" to "Mentee 3". The stadium's stands, its street and
the club's legends are all people's names; none is anyone he mentored.

Traps: football clubs and stands (Preston North End, the Bill Shankly Kop, the Alan Kelly
Town End, Sir Tom Finney Way), a book by an author without a date (Legacy by James Kerr,
Bounce, The Chimp Paradox), apps (Hudl, Veo, Playmaker, WhatsApp, Canva), job titles mid-
sentence (Head of Community, Safeguarding Officer, Lead Coach, Trustee), his own manager and
tutor named by role, months, weekdays, a letter to parents signed by him.
"""

from .case import B, Case, H, P, SourceFile, T

JOURNAL = [
    H(0, "Reflective Journal – Unit 305 Mentoring Skills"),
    T(
        ["Candidate", "Callum Reid"],
        ["Registration no.", "R7742160"],
        ["Tutor", "Mrs Bernadette Oyelaran"],
        ["Centre", "North West Leadership Academy"],
    ),
    P("I declare that this journal is all my own work. Callum Reid, April 2025"),
    H(1, "1.1 Effectiveness of my mentoring"),
    P("""I am the Lead Coach for the community trust at Preston North End. Our sessional coaches
      are mostly eighteen to twenty-two, on zero-hours contracts, and deliver the Premier
      League Kicks sessions on weeknights. From October to March I mentored three of them,
      Mentee 1, Mentee 2 and Mentee 3, meeting fortnightly in the lounge behind the Bill
      Shankly Kop before their Thursday sessions."""),
    P("""My evidence is my mentoring log, the feedback each mentee gave me in a Google Form,
      supervision notes and the observation my tutor, Mrs Oyelaran, made in February. Mentee 2
      now plans and runs a full session on his own and has applied to be a Lead Coach; Mentee 3
      left in January for a job at a leisure centre, after we had talked about what she wanted
      from work, which I count as a good outcome rather than a failure."""),
    P("""Our Head of Community, Dean Whittle, asked me to report on retention to the trustees.
      I reported numbers only. The Safeguarding Officer checked the mentoring agreement before
      the first sessions because two of the mentees were under eighteen when we started."""),
    H(1, "1.2 Strengths and areas to improve"),
    P("""My strength is that I know the job they do: I started as a sessional coach on the
      Alan Kelly Town End pitch eight years ago. That is also my weakness. I slip into coaching
      the coaching, telling them how I would set up a drill, when a mentor should help them work
      out what kind of coach they want to be. Watching my own sessions back on Veo and Hudl
      showed me how often I point and demonstrate rather than ask."""),
    P("""James Kerr's book Legacy, about the All Blacks, gave me the phrase "better people make
      better All Blacks", which the mentees liked more than anything I said. Bounce and The Chimp
      Paradox were less useful to them than to me."""),
    H(1, "2.1 Questioning, listening and communication"),
    B("I ask good opening questions and then answer them myself if the silence lasts."),
    B("""I listen better on the phone than face to face, where I am looking at the pitch
      booking on Playmaker."""),
    B("""WhatsApp messages between sessions work well for Mentee 1, who does not like talking,
      but they drift into arranging cover for the under-10s on Saturday mornings."""),
    H(1, "2.2 Development plan"),
    T(
        ["Goal", "Actions", "Timescale", "Success measure"],
        ["Ask, then wait", "Record two sessions; count my questions and the gaps after them", "May to July 2025",
         "Half my questions followed by a silence of five seconds"],
        ["Supervision", "Six-weekly supervision with my manager, Dean Whittle", "From June 2025",
         "Notes of each meeting on file"],
        ["Mentor new Lead Coaches", "Take on two new mentees from the September intake", "September to December 2025",
         "Both complete their first term"],
    ),
    H(1, "Appendix – letter to parents"),
    P("""Dear Parent/Carer, your son or daughter has been offered a place on our young coaches'
      mentoring scheme. Sessions take place at the stadium on Sir Tom Finney Way on Thursday
      evenings. Please sign and return the consent form by Friday 11 October. Yours
      faithfully, Callum Reid, Lead Coach, Community Trust"""),
]

CASE = Case(
    name="nx_sports_trust_305",
    unit="8587-305",
    kind="portfolio",
    files=[SourceFile("Callum Reid 305 journal.docx", JOURNAL)],
    labels={
        "1.1": "count as a good outcome rather than a failure",
        "1.2": "how often I point and demonstrate rather than ask",
        "2.1": "then answer them myself if the silence lasts",
        "2.2": "Half my questions followed by a silence",
    },
    expected_checks={"declaration": True, "evidence_matrix": None, "identifying": []},
    about="Football community trust mentoring journal: stands, a street and legends named after people, a book's author without a date, apps, job titles, his own manager and tutor; nothing to flag.",
)
