"""8587-302 Undertaking Coaching: a library service manager's coaching record as a PDF.

Hywel Probert manages a county library service's branches and coaches two branch
supervisors, "Coachee 1" and "Coachee 2" in his prose. His coaching log, exported from a
spreadsheet, gives Coachee 1 as "S. Kowalczyk", and the feedback form he pasted for
Coachee 2 still carries her signature.

Planted: "S. Kowalczyk" in the log and "Dean Morley" under "Signed:" on a feedback form.

Traps: the council and libraries named after people (the Carnegie Library, the Dylan
Thomas reading room), Libraries Connected, Arts Council England, places (Wrexham, Mold,
Llangollen), software (Spydus, Microsoft Teams, Power BI, SharePoint), theorists
(Whitmore, Hawkins and Smith, Egan, Hay, Belbin, Tuckman, Maslow, Rogers), a reading
scheme (the Summer Reading Challenge), a book title with a person in it ("Matilda") and its
author, his supervisor named where the centre's form asks, job titles, acronyms.
"""

from .case import B, Case, H, P, SourceFile, T

RECORD = [
    H(0, "Unit 302 Undertaking Coaching – Evidence"),
    T(
        ["Learner", "Hywel Probert"],
        ["ILM registration no.", "R2295814"],
        ["Coaching supervisor (as required by the centre)", "Ffion Jarvis, Principal Librarian"],
    ),
    P("Declaration: all of the work in this evidence is my own. H. Probert"),
    H(1, "1.1 Coaching plan"),
    P("""Twelve hours of coaching from January to April with two branch supervisors: six
      sessions each of an hour, fortnightly, in the Dylan Thomas reading room at the Carnegie
      Library in Wrexham or on Microsoft Teams for the branch in Llangollen. The plan fits
      around the Summer Reading Challenge preparation, which takes over from May."""),
    H(1, "1.2 Topics and goals"),
    B("""Coachee 1 (Mold branch supervisor): to lead her first community event and to manage a
      volunteer who keeps overriding her."""),
    B("""Coachee 2 (Llangollen branch supervisor): to build confidence in reporting to the
      Head of Culture and to use Power BI for her footfall figures."""),
    H(1, "1.3 Contract"),
    P("""A three-way contract with each coachee and the Head of Culture as sponsor covered
      purpose, confidentiality (only attendance and the agreed goals are shared), records kept
      in a restricted SharePoint site, cancellations and ending. Both coachees signed it at
      the first session."""),
    H(1, "2.1 Diagnostic tools"),
    P("""Belbin's self-perception inventory, a strengths card sort, and a simple wheel of the
      branch supervisor role. Maslow's hierarchy came up with Coachee 2, who said she could not
      think about targets while the roof of her branch was leaking onto the large print."""),
    H(1, "2.2 Coaching model"),
    P("""I used Whitmore's GROW model in each session, and Egan's Skilled Helper stages when a
      coachee was stuck between options. With Coachee 1 the options stage took two sessions
      because every option involved the volunteer."""),
    H(1, "2.3 Knowledge, skills and behaviours"),
    P("""Rogers' core conditions shaped how I listened. Hay's transactional analysis helped me
      see the volunteer as stuck in Critical Parent and Coachee 1 answering as Adapted Child,
      which she found freeing rather than blaming."""),
    H(1, "2.4 Coaching log"),
    T(
        ["Date", "Coachee", "Length", "Focus"],
        ["09/01/2025", "S. Kowalczyk", "60 mins", "Contract and goals"],
        ["16/01/2025", "Coachee 2", "60 mins", "Contract and goals"],
        ["23/01/2025", "S. Kowalczyk", "60 mins", "The volunteer: options"],
        ["30/01/2025", "Coachee 2", "60 mins", "Reporting to the Head of Culture"],
        ["06/02/2025", "S. Kowalczyk", "60 mins", "The volunteer: a plan"],
        ["13/02/2025", "Coachee 2", "60 mins", "Power BI footfall report"],
        ["27/02/2025", "S. Kowalczyk", "60 mins", "Community event planning"],
        ["06/03/2025", "Coachee 2", "60 mins", "Presenting to the management team"],
        ["20/03/2025", "S. Kowalczyk", "60 mins", "Event review"],
        ["27/03/2025", "Coachee 2", "60 mins", "Review"],
        ["03/04/2025", "S. Kowalczyk", "60 mins", "Closing session"],
        ["10/04/2025", "Coachee 2", "60 mins", "Closing session"],
    ),
    H(1, "3.1 Reflection on each session"),
    P("""January. I talked too much in the contracting sessions; Tuckman's forming stage applies
      to a coaching pair as well as a team, and I was rushing it. February. Coachee 1 planned a
      conversation with the volunteer and held it; my part was to ask what she would say first.
      March. Coachee 2 presented her Power BI report to the management team and was asked to
      share it with the other branches."""),
    H(1, "3.2 Feedback from coachees"),
    T(
        ["Coachee feedback form", ""],
        ["What was most useful?", "Being asked what I wanted from each session"],
        ["What could be better?", "Sessions were sometimes cut short by the Spydus upgrade"],
        ["Score (1 to 5)", "5"],
        ["Signed:", "Dean Morley"],
        ["Date", "10/04/2025"],
    ),
    P("""Coachee 1 gave feedback verbally after each session, noted in the log; her comment
      that I should stop finishing her sentences was the most useful thing anyone said to me
      this year."""),
    H(1, "3.3 Review of my communication skills"),
    P("""Questioning: I ask fewer leading questions than in January. Listening: I still finish
      sentences when I am tired. Feedback: better when I describe what I saw rather than what
      I think. At the Arts Council England workshop in March, the facilitator quoted Roald
      Dahl's "Matilda" on reading as a way out, and I realised my coachees needed that kind of
      room in sessions too."""),
    H(1, "3.4 Supervision"),
    P("""Two supervision sessions with Ffion, my supervisor, in February and April. Using Hawkins
      and Smith's seven-eyed model, she asked what was happening between me and Coachee 1 that
      mirrored the volunteer's behaviour. I had been overriding her in a quieter way, by
      choosing the topic. From March I let her set the agenda, and the sessions improved."""),
]

CASE = Case(
    name="nz_302_library_coaching",
    unit="8587-302",
    kind="structured-pdf",
    files=[SourceFile("Probert H - 302 coaching evidence.pdf", RECORD)],
    labels={
        "1.1": "which takes over from May",
        "1.2": "a volunteer who keeps overriding her",
        "1.3": "Both coachees signed it at",
        "2.1": "leaking onto the large print",
        "2.2": "every option involved the volunteer",
        "2.3": "found freeing rather than blaming",
        "2.4": "Presenting to the management team",
        "3.1": "my part was to ask what she would say first",
        "3.2": "stop finishing her sentences",
        "3.3": "needed that kind of room in sessions too",
        "3.4": "From March I let her set the agenda",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        "identifying": ["S. Kowalczyk", "Dean Morley"],
    },
    about="Library service coaching evidence PDF: one coachee as initial and surname in the log, the other's name under 'Signed:' on a feedback form; libraries and a reading room named after people, a children's book and its author, library software, theorists, supervisor where the form asks.",
)
