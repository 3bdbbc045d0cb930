"""8587-305 reflecting on mentoring: a community interpreting agency's senior interpreter, plain text journal with a matrix.

Farida Okonjo-Reyes is a senior interpreter and mentor lead at a community interpreting agency
that supplies spoken-language interpreters to hospitals, GP surgeries and the courts. She
mentors newly qualified interpreters, called "Mentee 1" and "Mentee 2" in her journal. Her
submission is one plain text file: dated journal entries under date headings (no criterion
numbers in them), a six-month development plan written as a pipe table, and at the end an
evidence matrix mapping each criterion to the entries. The criteria are answered across the
entries rather than one per heading. Planted: Mentee 1's full name slips into one entry
("Lucia Ferreira") when she quotes a feedback form. Not identifying: her own name, her
supervisor and the agency's operations manager by role, the NRPSI and the NHS, Gibbs, Johari,
Clutterbuck, patient and court settings described without names.
"""

from corpus.case import Case, H, P, SourceFile, T

PLAN = T(
    ["What I will develop", "How", "When", "How I will know it worked"],
    ["Open questions instead of interpreter 'tests'", "Record two sessions (with consent) and tally question types",
     "March and May", "At least two thirds of my questions open on the May recording"],
    ["Listening for what is not said", "Peer observation by another mentor lead, then discuss",
     "By end of April", "Observer notes at least one point where I followed up a hesitation"],
    ["Written communication between sessions", "Send a three-line summary within 24 hours of every session",
     "From February, ongoing", "Mentees confirm at the July review that summaries were useful"],
    ["Mentoring knowledge beyond the basics", "Read Clutterbuck on developmental mentoring; attend one EMCC webinar",
     "By June", "A short note to my supervisor on one idea I have changed my practice by"],
    ["Mentoring a third interpreter in a new language pair", "Take on a Tigrinya interpreter from the spring cohort",
     "April to July", "Agreed goals reviewed at three points with scores recorded"],
)

MATRIX = T(
    ["Criterion", "Where in this journal"],
    ["1.1", "Entries 9 January and 23 January (records, supervision, feedback)"],
    ["1.2", "Entry 30 January"],
    ["2.1", "Entry 6 February"],
    ["2.2", "Development plan, after the 6 February entry"],
)

BLOCKS = [
    P("REFLECTIVE JOURNAL - ILM 8587-305 Reflecting on Mentoring Skills"),
    P("Farida Okonjo-Reyes, Senior Interpreter (Portuguese and Spanish) and Mentor Lead, Lanyard Language Services"),
    P("""I mentor newly qualified interpreters through their first six months of bookings. This
      journal covers my two current mentees, Mentee 1 (Portuguese, hospital and GP work) and
      Mentee 2 (Arabic, mostly magistrates' court). I have used my session notes, my supervision
      notes and the feedback forms the mentees fill in every third session."""),

    H(1, "9 January"),
    P("""Sat down with the whole file for the first time since October. Twelve sessions with
      Mentee 1, ten with Mentee 2. Reading my own notes back, the actions are clear but almost
      all of them were written by me, which tells me I have been running the sessions more than
      they have. Mentee 1's feedback form from November says, and I am copying it exactly, "Farida
      always knows the answer, I wish she let me get there" and it is signed Lucia Ferreira. That
      stung. On the other hand the hard evidence is good: Mentee 1 has had no complaints from the
      hospital since December and now takes mental health appointments, which she would not touch
      in the autumn."""),

    H(1, "23 January"),
    P("""Supervision with my own supervisor (the agency's clinical interpreting lead) today. We
      looked at the court bookings. She pointed out that my records for Mentee 2 show five
      sessions in a row spent on terminology and none on the emotional side, even though he told
      me in October that a sentencing hearing had upset him. Looking across records, supervision
      and the feedback together, my mentoring works well on technique and is weaker on the
      person. Mentee 2's feedback says sessions are "useful but like a lesson". My judgement:
      effective for building skill, only partly effective for building resilience and independence."""),

    H(1, "30 January"),
    P("""Strengths and weaknesses, honestly. Knowledge: I know interpreting ethics and the NRPSI
      code inside out, and I know the settings, but my knowledge of mentoring itself stops at
      what I picked up on the course. Skills: I explain well and I am very organised; my
      questioning is where I fall down because I ask questions I already know the answer to,
      like a trainer checking understanding. Behaviour: reliable and calm, but I fill silences.
      Communication: clear and warm in person, too brief in writing. Interpersonal: people say
      I am approachable, yet I can miss distress when it is polite and quiet, which is exactly
      what happened with Mentee 2. I did a quick Johari window with my supervisor and the blind
      area was all about that."""),

    H(1, "6 February"),
    P("""Reviewing my mentoring ability to work out where to go next. Questioning: I need to move
      from closed checking questions to open ones that let the mentee reach the point, so I will
      record sessions and count. Listening: I listen well to words and badly to pauses; a peer
      observing me would catch the moments I move on too fast. Communication strategies: a short
      written summary after each session would make up for my brisk style and give the mentee
      their own record. Other opportunities: an EMCC webinar, reading beyond the course notes,
      and mentoring someone in a language pair I do not speak, so I cannot fall back on correcting
      their terminology. Gibbs' cycle has helped me structure this entry and I will keep using it."""),

    H(1, "Development plan, February to July"),
    PLAN,
    P("""I will review this plan with my supervisor in April and again at the end of July, and
      with the operations manager at my annual review."""),

    H(1, "Evidence matrix"),
    MATRIX,
    P("I confirm that this journal is my own work. F. Okonjo-Reyes, 14 February"),
]

CASE = Case(
    name="s_8587_305_interpreting_agency_txt",
    unit="8587-305",
    kind="portfolio",
    files=[SourceFile("Okonjo-Reyes 305 reflective journal.txt", BLOCKS)],
    labels={
        "1.1": "my mentoring works well on technique and is weaker on the person",
        "1.2": "I ask questions I already know the answer to",
        "2.1": "I listen well to words and badly to pauses",
        "2.2": "At least two thirds of my questions open on the May recording",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": True,
        "identifying": ["Lucia Ferreira"],
    },
    about="Community interpreting agency mentor lead; plain-text journal under date headings with criteria answered across entries, a pipe-table six-month plan and an evidence matrix; mentee's full name planted once in a quoted feedback form.",
)
