"""8587-305 reflective journal, PDF under her own headings: a regional newspaper's deputy news editor.

Claire Ashdown is Deputy News Editor of the Dorset Evening Courier (part of Harbourside Media)
and mentored two trainee reporters on their NCTJ diplomas for unit 304, calling them
"Mentee 1" and "Mentee 2". She wrote the journal in Google Docs and downloaded it as PDF. Her
four headings are her own words and carry no AC numbers ("What the evidence says about my
mentoring", "What I'm good at and what I'm not (yet)"...), in criterion order. She pastes
feedback: a line introducing a mentee's feedback form as a figure caption, and a Teams
message signed off with the mentee's first name. A six-month plan table. Signed declaration;
no Unit 305 evidence matrix although the handbook asks for one.

Planted (3): Mentee 1 by first name in the 1.1 prose ("Jade"); Mentee 1 by initial and surname
in a figure caption ("J. Okafor"); Mentee 2's sign-off on a pasted Teams message ("Ross").
Not identifying: her own name, the Courier and Harbourside Media, NCTJ, IPSO and the Editors'
Code, Press Gazette, Dorchester, Weymouth, Poole, Kolb, Gibbs, Clutterbuck, Megginson, Egan,
the Group Head of Content (her supervisor, by title).
"""

from corpus.case import B, Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "Unit 305 Reflective Journal"),
    P("""Claire Ashdown, Deputy News Editor, Dorset Evening Courier (Harbourside Media), Dorchester.
      Reflecting on my unit 304 mentoring, October 2024 to April 2025."""),

    H(1, "What the evidence says about my mentoring"),
    P("""For unit 304 I mentored two trainee reporters in their first year on the paper, both
      studying for the NCTJ Diploma in Journalism: Mentee 1, based in the Dorchester newsroom,
      and Mentee 2, who covers Weymouth and Portland. Between them I delivered fourteen hours of
      mentoring. The evidence I have used here is my mentoring diary and session records, the
      notes from my supervision sessions with the Group Head of Content, feedback from both
      mentees, and the reflective log I kept."""),
    P("""My diary shows that the relationships worked, but in different ways. Mentee 1 came in
      wanting help with shorthand speed and ended up working on something much bigger, her
      confidence in doorstepping and in calling bereaved families. In the first two sessions
      my records are mostly my own war stories. By the fourth session Jade was bringing her own
      agenda written on her phone, and the notes from then on are about her plans, not my
      memories. My supervision notes pick this up: in January my supervisor asked me how much of
      each session I was talking, and when I honestly estimated, it was more than half."""),
    P("Figure 1 - end-of-mentoring feedback form completed by J. Okafor, April 2025"),
    P('''"Claire was really supportive and always made time even on deadline days. The best session
      was when she made me plan out exactly what I would say on the doorstep instead of just
      telling me it gets easier. Sometimes the sessions went off on tangents about old stories,
      which were fun but not always useful."'''),
    P("""Mentee 2 was harder to read. He was quiet in sessions and my records show he set goals but
      did not always do the actions. After our last session he sent me this on Teams:"""),
    P('''"Thanks for everything, honestly the court reporting stuff has made such a difference, I
      covered a full day at Poole last week without ringing the desk once. Would have liked a
      bit more of a kick up the backside earlier tbh! Cheers, Ross"'''),
    P("""Putting the diary, supervision notes and feedback together, I think my mentoring was
      effective in building confidence and in giving practical help, but I relied too much on
      telling stories from my own career, and I was not challenging enough when actions were
      missed. Against the EMCC competences I was strongest on building the relationship and
      weakest on managing progress."""),

    H(1, "What I'm good at and what I'm not (yet)"),
    P("""I did a SWOT analysis on myself after my last supervision session and then asked both
      mentees and my supervisor whether they agreed with it."""),
    B("""Knowledge. Strength: I know the job inside out, the NCTJ syllabus, media law, the IPSO
      Editors' Code, so I can answer almost any question. Area for improvement: that is also the
      trap. I know very little mentoring theory beyond Clutterbuck, and I need to understand
      different models rather than relying on experience."""),
    B("""Skills. Strength: practical problem solving and planning, like the doorstep rehearsal.
      Area for improvement: holding mentees to their actions and reviewing progress properly."""),
    B("""Behaviour. Strength: I am available and generous with my time. Area for improvement: I
      rescue people on deadline, rewriting copy for them instead of letting them learn from it."""),
    B("""Communication. Strength: clear and direct in writing and on the newsdesk. Area for
      improvement: in mentoring I talk too much and tell too many stories; I need to leave space."""),
    B("""Interpersonal. Strength: warmth and humour, people open up to me easily. Area for
      improvement: I avoid conflict with quiet people, which is why I never pushed Mentee 2."""),
    P("""The honest summary is that my newsroom habits of talking fast and fixing things are my
      biggest weakness as a mentor."""),

    H(1, "Where I go from here: questioning, listening and how I communicate"),
    P("""Questioning: as a journalist I ask questions all day, but they are interview questions,
      designed to get facts out of someone. In mentoring I need questions that make the mentee
      think, and my records show I often ask one and then answer it myself. I want to practise
      open, reflective questions, and the questioning stage of Egan's Skilled Helper model gives
      me a structure for that. A mentoring skills day run by the Harbourside Media learning team
      in November is one opportunity; peer mentoring practice with the other ILM learners in my
      cohort is another."""),
    P("""Listening: I listen for the story, not for the person. When Mentee 2 was quiet I filled
      the gap. I want to practise listening without planning my next question, using silence
      and summarising, and I will ask my supervisor to sit in on one session (with consent) and
      give me feedback specifically on my listening."""),
    P("""Communication strategies: I need to contract differently, agreeing at the start how the
      mentee wants to be challenged when actions are missed, and to cut my own stories to one per
      session, and only if it is relevant. Reading Clutterbuck and Megginson on developmental
      mentoring and the Press Gazette's features on newsroom mentoring schemes will help, and I
      want to attend at least one EMCC webinar on difficult conversations."""),

    H(1, "My development plan, October 2025 to April 2026"),
    T(
        ["What I want to develop", "How", "When", "How I'll know it has worked"],
        ["Open, reflective questioning",
         "Harbourside skills day; question list based on Egan; monthly peer practice in my ILM cohort",
         "Skills day November; practice monthly to April",
         "Peer observer notes that I ask and then wait, with no self-answered questions, by February"],
        ["Listening for the person",
         "Supervisor observes one session and gives feedback on listening; summarise at every stage",
         "Observation in December; review in January",
         "Supervisor's feedback shows mentee talking for at least two-thirds of the session"],
        ["Challenge and follow-through",
         "Contract how each mentee wants to be challenged; review actions first in every session",
         "From my next mentee, October",
         "At least 80% of agreed actions completed or consciously changed, from my diary"],
        ["Less telling, fewer stories",
         "One story per session maximum; note in my diary every time I break it",
         "October to April",
         "Mentee feedback in April does not mention tangents or stories"],
        ["Mentoring theory",
         "Read Clutterbuck and Megginson; one EMCC webinar; discuss with supervisor",
         "By end of January",
         "Short written reflection on two models discussed in supervision in February"],
    ),
    P("""I discussed this plan with my supervisor at our July session and we will review it at
      Christmas and at the end of April, using Kolb's cycle for my diary reflections."""),

    P("""Declaration: this journal is my own work. Signed Claire Ashdown, 29 September 2025."""),
]

CASE = Case(
    name="y_8587_305_newsroom_reflection_pdf",
    unit="8587-305",
    kind="structured-pdf",
    files=[SourceFile("Claire Ashdown - Unit 305 reflective journal.pdf", BLOCKS)],
    labels={
        "1.1": "relied too much on telling stories from my own career",
        "1.2": "my newsroom habits of talking fast and fixing things",
        "2.1": "I listen for the story, not for the person",
        "2.2": "review it at Christmas and at the end of April",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        "identifying": ["Jade", "J. Okafor", "Ross"],
    },
    about="Regional newspaper deputy news editor; 305 journal as a Google Docs PDF under her own un-numbered headings, a figure caption naming a mentee by initial and surname, a pasted Teams message signed with a first name, a first name slipping past the pseudonym; 6-month plan table; no evidence matrix.",
)
