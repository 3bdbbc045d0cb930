"""MD36 36-hour workplace mentoring diary: a log in bare hours with a running total.

Sofia Brennan, a practice nurse educator, mentors three newly qualified nurses (Client 1,
2 and 3). Her log's "Hours" column holds bare numbers ("2", "1.5", "0.25"), beside a
"Running total" column also in bare numbers; it carries tutorial rows, a phone call she
marked "(not counted)", an observation of another mentor, a closing review still planned
and a total row.

Practice truth: eighteen delivered sessions, 36.5 hours = 2190 minutes, three clients;
tutorials 1 + 1.5 + 1 = 3.5 hours = 210 minutes (the task's "tutorial
support/supervision").
"""

from .case import Case, H, P, SourceFile, T

LOG = [
    ("06/01/2026", "Client 1", "Introductory meeting and contracting", "2", "2"),
    ("07/01/2026", "Client 2", "Introductory meeting and contracting", "2", "4"),
    ("08/01/2026", "Client 3", "Introductory meeting and contracting", "1.5", "5.5"),
    ("09/01/2026", "ILM tutor", "Tutorial – planning the diary", "1", "5.5"),
    ("13/01/2026", "Client 1", "Feedback on the learning styles questionnaire", "2.5", "8"),
    ("14/01/2026", "Client 2", "Skills scan and goals", "2", "10"),
    ("15/01/2026", "Client 3", "Skills scan and goals", "2", "12"),
    ("16/01/2026", "Client 2", "Phone call to rearrange (not counted)", "0.25", "12"),
    ("20/01/2026", "Senior mentor", "Observation: sat in on an experienced mentor's session", "1.5", "12"),
    ("21/01/2026", "Client 1", "Wound care confidence, GROW", "2", "14"),
    ("22/01/2026", "Client 2", "Handling a complaint, role play", "2.5", "16.5"),
    ("23/01/2026", "Client 3", "Time management on a busy clinic list", "2", "18.5"),
    ("27/01/2026", "Client 1", "Review of goals", "2", "20.5"),
    ("03/02/2026", "ILM tutor", "Group tutorial – challenging my approach", "1.5", "20.5"),
    ("04/02/2026", "Client 2", "Review of goals", "2", "22.5"),
    ("05/02/2026", "Client 3", "Review of goals", "2.5", "25"),
    ("10/02/2026", "Client 1", "Preparing for first solo immunisation clinic", "2", "27"),
    ("11/02/2026", "Client 2", "Feedback from patients", "2", "29"),
    ("12/02/2026", "Client 3", "Delegating to the healthcare assistant", "2", "31"),
    ("17/02/2026", "Client 1", "Impact on role", "2", "33"),
    ("18/02/2026", "Client 2", "Impact on role", "1.5", "34.5"),
    ("19/02/2026", "Client 3", "Impact on role", "2", "36.5"),
    ("24/02/2026", "ILM tutor", "Tutorial – review of the diary", "1", "36.5"),
    ("03/03/2026", "Clients 1–3", "Closing review (planned)", "1", ""),
]

BLOCKS = [
    H(0, "Workplace Mentoring Diary – 36 hours"),
    T(
        ["Name", "Sofia Brennan"],
        ["Registration number", "R6604129"],
        ["Centre", "Pennine Health Education"],
    ),
    P("""This diary is my own work. The clients agreed to their anonymised records being used
      and I declare that the sessions took place as recorded."""),

    H(1, "Section 1 Planning and organising mentoring sessions"),
    H(2, "Preparing and planning the sessions"),
    P("""Before the first sessions I booked a quiet clinic room for each client once a week and
      drew up a twelve-week plan with the practice manager, so that the sessions fitted round
      the clinic rota and the clients' study days."""),
    H(2, "Contracting the scope and content"),
    P("""At each introductory meeting we agreed a written mentoring contract covering
      confidentiality, what the sessions would and would not cover, and how either of us could
      end the arrangement."""),
    H(2, "Agreeing goals"),
    P("""Each client set three goals for the twelve weeks: Client 1 chose to run a clinic on her
      own, Client 2 to handle patients' complaints calmly and Client 3 to organise her clinic
      list without help."""),

    H(1, "Section 2 Undertake mentoring sessions"),
    H(2, "Diagnostic and assessment tools"),
    P("""Each client completed a learning styles questionnaire and the practice nurse skills scan
      from the training hub at their first or second session. Client 3 scored lowest on
      organising a clinic list, which became the focus of her sessions."""),
    H(2, "Questioning and listening"),
    P("""I used the TGROW questions on a laminated prompt card and practised reflective listening,
      repeating the client's last few words back to her. Client 1 said this made her feel she
      had been heard for the first time since qualifying."""),
    H(2, "Mentoring three clients for thirty six hours"),
    P("""The log below is my record of all contact with the three clients. The hours column is
      the length of each contact in hours and the running total counts mentoring only."""),
    T(
        ["Date", "Client", "Activity", "Hours", "Running total"],
        *[list(row) for row in LOG],
        ["", "", "Total mentoring hours", "36.5", ""],
    ),
    H(2, "Records, progress and impact"),
    P("""For each session I kept a one-page record of goals, progress and actions, and at the end
      of each month I wrote what had changed in the client's role. By February Client 1 was
      running the Thursday immunisation clinic on her own, which the practice manager noted
      in her appraisal."""),

    H(1, "Section 3 Feedback and reflections of effectiveness of mentoring activity"),
    H(2, "Feedback from stakeholders"),
    P("""I collected feedback on a short form from each client after the review sessions and
      from the practice manager. The practice manager wrote that the new nurses asked her
      fewer questions about stock ordering because they now asked each other."""),
    H(2, "Effectiveness of different mentoring programmes"),
    P("""Comparing the one-to-one sessions with the preceptorship group sessions the practice
      already ran, the one-to-ones were better for confidence, while the group sessions
      shared practical knowledge faster, so I recommended a blend of the two."""),
    H(2, "My own workplace performance"),
    P("""My biggest challenge was Client 2, who wanted me to tell her what to do. Linking this
      to the other relationships, I saw that I gave more advice when I was tired at the end of
      a clinic day, so I moved her sessions to mornings."""),

    H(1, "Section 4 Tutorial reflections of effectiveness of mentoring activity"),
    H(2, "How tutorial support and supervision were used"),
    P("""In the group tutorial on 3 February my tutor challenged my habit of rescuing clients by
      asking what would happen if I said nothing for a whole minute. I tried it with Client 2
      and she found her own answer."""),
    H(2, "My approach to supervision in future"),
    P("""In future mentoring I will book supervision every six weeks with a peer mentor from
      another practice, and bring one recorded example of my questioning to each meeting."""),
]

CASE = Case(
    name="pmd36_diary",
    unit="MD36",
    kind="legacy-questions",
    files=[SourceFile("brennan-mentoring-diary.docx", BLOCKS)],
    labels={  # MD36's four sections as the task prints them (planning 1-3, sessions 4-7, feedback 8-10, tutorial 11-12)
        "section-1": "Planning and organising mentoring sessions",
        "section-2": "Undertake mentoring sessions",
        "section-3": "Feedback and reflections of effectiveness of mentoring activity",
        "section-4": "Tutorial reflections of effectiveness of mentoring activity",
        "q1": "drew up a twelve-week plan",
        "q2": "written mentoring contract",
        "q3": "three goals for the twelve weeks",
        "q4": "practice nurse skills scan",
        "q5": "laminated prompt card",
        "q6": "the running total counts mentoring only",
        "q7": "running the Thursday immunisation clinic",
        "q8": "fewer questions about stock ordering",
        "q9": "recommended a blend of the two",
        "q10": "moved her sessions to mornings",
        "q11": "said nothing for a whole minute",
        "q12": "peer mentor from another practice",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": None,
        "identifying": [],
        "minutes": 2190,
        "sessions": 18,
        "individuals": 3,
        "supervision_minutes": 210,
    },
    about="Practice nurse educator; log with bare-number hours, running total, tutorials, not-counted call, observation, planned row.",
)
