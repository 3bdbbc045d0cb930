"""8587-301 knowledge: a parcel courier depot's shift manager, Google Docs PDF, questions pasted above answers.

Marcus Quayle pasted the assignment questions (the criteria, in full) above each answer in a
Google Doc and downloaded it as PDF. Titles are bold body-size paragraphs, not heading sizes
(written here as level-3 headings, which the PDF writer sets bold at body size), and his
numbering drifts: "Q1.", "Q2.", then "Question 3", "Question 4", then "5)", "6)" and so on.
Planted: in his answer on contracting he pastes a colleague's e-mail address and mobile number.
"""

from corpus.case import Case, H, P, SourceFile

Q = lambda text: H(3, text)  # noqa: E731  bold paragraph, body size

BLOCKS = [
    Q("ILM Level 5 Certificate in Effective Coaching and Mentoring - Unit 8587-301 assignment"),
    P("Marcus Quayle - Shift Manager, Swiftline Parcels, Warrington hub"),
    Q("Q1. Describe the purpose of effective mentoring within an organisational context."),
    P("""In a parcel hub mentoring is there to pass on the know-how that never makes it into the
      procedures, like how to re-plan a van route at 6am when two drivers phone in sick. For the
      business it keeps good people, as our first-year turnover of sorters is high, and builds the
      next set of supervisors from inside rather than hiring."""),
    Q("Q2. Explain the role and responsibilities of an effective mentor."),
    P("""The mentor is a guide and a sounding board, not a boss. Responsibilities: keep to the agreed
      meetings, keep things confidential within the limits agreed, be honest, challenge when needed,
      and know the limits of the role, handing over to HR or occupational health when it is not
      something mentoring should deal with."""),
    Q("Question 3 Identify the skills, knowledge and behaviours required of an effective mentor."),
    P("""Skills: active listening, open questions, feedback, goal setting. Knowledge: of the job,
      the company's routes into promotion, and of a mentoring model. Behaviours: patient, reliable,
      non-judgemental, shows the same standards he expects, for example never cutting corners on the
      conveyor lock-off."""),
    Q("Question 4 Identify how to overcome potential barriers to mentoring."),
    P("""Shift patterns mean mentor and mentee may never be on together, so we book the overlap
      half-hour at 2pm. A mentee forced into it by their manager gets a first meeting where they can
      say no. Where there is a trust problem because the mentor is in their line, we swap mentors
      across shifts."""),
    Q("5) Identify methods to initiate a productive working relationship with an individual."),
    P("""Meet off the floor in the canteen before the shift, talk about them before talking about
      work, share a bit about my own start as an agency sorter, and agree ground rules together."""),
    Q("6) Explain the rationale for and process of contracting in mentoring."),
    P("""Contracting makes both people clear about what they are signing up to, so nobody is
      surprised later. The process: an initial chat, then a written agreement covering aims, how
      often, where, confidentiality and its limits, how to end it, and who else is involved, such
      as the line manager. For our scheme the agreement template comes from our L&D partner,
      on dean.holloway@swiftlineparcels.co.uk or 07700 900412, who also keeps the signed
      copies."""),
    Q("7) Describe what represents safe and ethical practice in mentoring."),
    P("""Keeping records secure under GDPR, not promising confidentiality I cannot keep where
      someone's safety is at risk, staying within my competence, no favouritism in overtime or shift
      allocation towards my mentee, and ending it properly rather than just letting it fade."""),
    Q("8) Explain how to manage a mentoring process using a recognised mentoring model."),
    P("""I would use Clutterbuck's stages. Rapport building in the first two meetings, then setting
      direction with the mentee's own goals, then progress making over the middle months, then
      winding down when they are doing it without me, and finally moving on, which might mean
      staying in touch as colleagues. Each meeting has a check on where we are in that cycle."""),
    Q("9) Describe a range of mentoring tools and techniques that can be used to identify preferences and agree goals or outcomes."),
    P("""A learning styles questionnaire to see whether they would rather be shown or read; a
      skills scan against the supervisor job description; SMART goals; and a simple timeline where
      the mentee draws their career so far and where they want the line to go."""),
    Q("10) Explain methods for monitoring and reviewing progress towards goals."),
    P("""Start each meeting by revisiting the action log, use a 1 to 10 scale for each goal every
      month, look at real hub data like mis-sort rates on their belt, and hold a formal review halfway."""),
    Q("11) Explain the purpose of mentoring records for mentor and mentee."),
    P("""Records let the mentee see how far they have come and remind both of us what was promised.
      For the mentor they are evidence for the qualification and protection if anything is
      questioned later."""),
    Q("12) Justify the importance of reflective practice and supervision within a mentoring context."),
    P("""Without reflecting I just repeat my habits. Supervision gives me someone to test my
      judgement against, especially on confidentiality calls, and stops me getting too involved.
      It also keeps quality consistent across the scheme."""),
    P("Declaration: I confirm this is all my own work. M Quayle"),
]

CASE = Case(
    name="r_8587_301_courier_gdocs_pdf",
    unit="8587-301",
    kind="structured-pdf",
    files=[SourceFile("8587-301 Marcus Quayle - Google Docs.pdf", BLOCKS)],
    labels={
        "1.1": "re-plan a van route at 6am",
        "1.2": "handing over to HR or occupational health",
        "1.3": "never cutting corners on the conveyor lock-off",
        "1.4": "we book the overlap half-hour at 2pm",
        "2.1": "my own start as an agency sorter",
        "2.2": "so nobody is surprised later",
        "2.3": "no favouritism in overtime or shift allocation",
        "3.1": "Each meeting has a check on where we are in that cycle",
        "3.2": "draws their career so far",
        "3.3": "mis-sort rates on their belt",
        "4.1": "protection if anything is questioned later",
        "4.2": "test my judgement against",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": None,
        "identifying": ["dean.holloway@swiftlineparcels.co.uk", "07700 900412"],
    },
    about="Parcel courier hub shift manager; Google Docs PDF with bold body-size titles, criteria pasted in full above answers numbered 'Q1.', 'Question 3', '5)'; a colleague's e-mail and mobile planted in one answer.",
)
