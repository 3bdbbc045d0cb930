"""8584-201 Developing Mentoring Skills: a care home's portfolio, forms in a second file (PDF).

Lorraine Beckett, a senior carer at a residential home near Harrogate, mentors a new care
assistant. She wrote "my mentee" in the account but forgot the forms: his full name is in
the session records, his first name alone in the review and a photo caption, his line
manager is named, the log writes him surname first with an initial ("Nowak K"), and the
appendix PDF has his printed name under the signed feedback form.

Traps: her own name and her tutor's (the cover asks for them, and the tutor meeting names
him by first name), Honey and Mumford, the GROW model, the CQC, Skills for Care, job titles
(Registered Manager, Deputy Manager), months, places, and the centre's generic address.
"""

from .case import Case, H, P, SourceFile, T

PORTFOLIO = [
    H(0, "ILM Level 2 Award in Effective Mentoring – Unit 201 Portfolio of Evidence"),
    T(
        ["Learner name", "Lorraine Beckett"],
        ["Learner registration number", "R6610284"],
        ["Centre", "Daleside Training"],
        ["Tutor / assessor", "Paul Grierson"],
        ["Date submitted", "21 November 2025"],
    ),
    P("Learner declaration: I confirm this portfolio is my own work. Signed: Lorraine Beckett"),
    H(1, "Evidence matrix"),
    T(
        ["AC", "Evidence", "Where"],
        ["1.1", "Mentoring plan", "Section 1"],
        ["1.2", "Goals", "Section 1"],
        ["2.1 2.5", "Session records and log", "Section 2 and Appendix"],
        ["2.2 2.3 2.4", "Account of the sessions", "Section 2"],
        ["3.1 3.2 3.3", "Review, tutor meeting, development plan", "Section 3"],
    ),
    H(1, "1.1 My mentoring plan"),
    P("""Oakfield House is a 48-bed residential home outside Harrogate. New care assistants
      complete the Care Certificate in their first twelve weeks, but our Registered Manager
      noticed that several left before finishing it. I offered to mentor our newest care
      assistant for six fortnightly sessions of about forty minutes, in the quiet lounge
      after the morning medication round, so that he would have someone outside his line
      management to talk to. His line manager, Gail Thornton, agreed to cover the floor
      while we met."""),
    H(1, "1.2 Agreed goals"),
    P("""In the first session we agreed three goals: to complete the remaining Care
      Certificate standards by the end of January, to feel confident handing over to the
      night staff, and to learn how to move a resident safely with the standing hoist
      without waiting for a senior."""),
    H(1, "2.1 Session records"),
    T(
        ["Session record", ""],
        ["Mentee", "Kacper Nowak, Care Assistant"],
        ["Mentor", "Lorraine Beckett, Senior Carer"],
        ["Date", "12 September 2025"],
        ["Agreed actions", "Read standards 5 and 6; shadow the evening handover on Tuesday"],
    ),
    H(1, "2.2 Questioning and listening"),
    P("""I tried to use open questions and to let silences run. When he said handovers were
      'fine', I asked what a good handover would look like to him, and he described being
      interrupted by the nurse on duty. Reflecting that back helped him see it was the
      interruptions, not his English, that threw him."""),
    H(1, "2.3 Feedback"),
    P("""After he shadowed the evening handover I used the GROW model to structure the next
      session and gave feedback on what I had seen: specific, about the task and not the
      person, with one thing to keep and one to change."""),
    H(1, "2.4 Building trust"),
    P("""Trust came from keeping to our contract. Kacper told me in the third session that
      he had nearly handed his notice in during August, and I kept that between us as we
      had agreed, apart from the support he asked me to arrange."""),
    H(1, "2.5 Mentoring log"),
    T(
        ["Date", "Mentee", "Length", "What we covered"],
        ["12/09/2025", "Nowak K", "40 mins", "Contract, goals, learning styles"],
        ["26/09/2025", "Nowak K", "45 mins", "Handover worries"],
        ["10/10/2025", "Nowak K", "40 mins", "Feedback on the shadowed handover"],
        ["24/10/2025", "Nowak K", "35 mins", "Standing hoist practice"],
        ["07/11/2025", "Nowak K", "40 mins", "Care Certificate progress"],
        ["21/11/2025", "Nowak K", "45 mins", "Review and ending"],
    ),
    H(1, "3.1 Review of my performance"),
    P("""Honey and Mumford's questionnaire showed I am an activist, and I noticed I wanted
      to jump in with solutions. The Deputy Manager observed the fourth session and said my
      questions were good but I talked for too long after them."""),
    H(1, "3.2 Meeting with my tutor"),
    P("""I had a one-hour meeting with Paul, my tutor, on 15 October at the centre. We went
      through my log and he suggested I let my mentee write the actions himself."""),
    H(1, "3.3 Future development"),
    P("""By March I want to mentor a second new starter and complete the ILM Level 3. I will
      ask Skills for Care about their mentoring network and read up on the CQC's guidance
      on supervision."""),
    P("Daleside Training · Harrogate · info@dalesidetraining.co.uk · 01423 500600"),
]

APPENDIX = [
    H(0, "Appendix – forms"),
    T(
        ["Mentee feedback form", ""],
        ["What did you find most useful?", "Practising the handover with someone who listened"],
        ["What could be better?", "Longer sessions"],
        ["Mentee signature", "K. Nowak"],
        ["Print name", "Kacper Nowak"],
        ["Date", "21/11/2025"],
    ),
    P("Photo 1: Kacper practising a transfer with the standing hoist, 24 October"),
    T(
        ["Tutor meeting record", ""],
        ["Tutor name", "Paul Grierson"],
        ["Learner", "Lorraine Beckett"],
        ["Length", "1 hour"],
    ),
]

CASE = Case(
    name="nm_care_home_201",
    unit="8584-201",
    kind="portfolio",
    files=[SourceFile("portfolio.docx", PORTFOLIO), SourceFile("appendix-forms.pdf", APPENDIX)],
    labels={
        "1.1": "cover the floor while we met",
        "1.2": "move a resident safely with the standing hoist",
        "2.1": "shadow the evening handover on Tuesday",
        "2.2": "not his English, that threw him",
        "2.3": "one thing to keep and one to change",
        "2.4": "nearly handed his notice in",
        "2.5": "Standing hoist practice",
        "3.1": "talked for too long after them",
        "3.2": "write the actions himself",
        "3.3": "mentor a second new starter",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": True,
        "identifying": ["Gail Thornton", "Kacper Nowak", "Kacper", "Nowak K", "K. Nowak"],
    },
    about="Care home mentoring portfolio; mentee named in records, log (surname, initial), review, caption and an appendix PDF's form; tutor and learner named where asked.",
)
