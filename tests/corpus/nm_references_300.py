"""8587-300 Understanding Good Practice in Coaching: an assignment thick with authors.

Natalie Brooks, a learning and development adviser at a water company, writes a tidy
assignment, saved as a PDF (its reference list runs on in one paragraph), with in-text
citations of every kind (Harvard and APA, "Whitmore, J., 2017",
"Clutterbuck (2004)", "as Julie Starr puts it", "Kolb's cycle", "the GROW model", "Sir
John Whitmore") and a reference list mixing APA, Harvard and a year-last style, some
entries with an edition, editors or "et al.". Nobody is to be anonymised: coachees are
"Coachee A" and "C2", and the only people named are authors, her tutor (on the cover)
and public figures.

Traps for the anonymisation check: author surnames that are common first names or
words (Grant, Kline, Rock, Starr, Hawkins, Gallwey), authors with initials before the
surname ("J. Passmore"), editors "(eds.)", organisations, places, job titles, months.
"""

from .case import Case, H, P, SourceFile, T

ASSIGNMENT = [
    H(0, "Understanding Good Practice in Coaching within an Organisational Context"),
    T(
        ["Learner", "Natalie Brooks"],
        ["Registration number", "R4471093"],
        ["Tutor", "Amanda Pryce"],
        ["Word count", "3,050"],
    ),
    P("I declare that this assignment is my own work and that all sources are referenced."),
    H(1, "1.1 The purpose of coaching in my organisation"),
    P("""Severn Dee Water employs 2,400 people across Shropshire and mid Wales. Since the
      2023 restructure our Head of People has asked for coaching to support new team
      leaders. Following Whitmore, J. (2017), I see the purpose of coaching as building
      awareness and responsibility; Clutterbuck (2004) adds that in an organisation it
      must also serve the organisation's goals, which in our case are the Ofwat
      performance commitments."""),
    H(1, "1.2 The role and responsibilities of a coach"),
    P("""The coach manages the process, not the content (Starr, 2016). As Julie Starr puts
      it, the coach is responsible for the conversation and the coachee for the results.
      Responsibilities include contracting, confidentiality and referral on when an issue
      is beyond the coach's competence (Passmore et al., 2013)."""),
    H(1, "1.3 Skills, knowledge and behaviours"),
    P("""Active listening at the levels described by Kimsey-House et al. (2011), powerful
      questions, and the Thinking Environment's attention (Kline, 1999) are the core
      skills. Behaviours include curiosity and holding back judgement, which Gallwey's
      Inner Game frames as quietening 'Self 1'."""),
    H(1, "1.4 Overcoming barriers"),
    P("""Barriers in our company include shift patterns, a culture of telling, and line
      managers who see coaching as remedial. Rock's SCARF model (Rock, 2008) helps explain
      why a coachee may feel threatened. I would overcome them by booking sessions around
      the shift rota and by explaining coaching at the Operations Directors' meeting in
      March."""),
    H(1, "2.1 Starting a productive relationship"),
    P("""A chemistry meeting, clear expectations and early rapport matter. When I began
      coaching Coachee A, a new team leader at our Shrewsbury depot, I spent the first
      half hour on what she wanted from coaching rather than on goals."""),
    H(1, "2.2 Contracting"),
    P("""Contracting sets out the practical, professional and psychological agreement
      (Hawkins and Smith, 2013). In a three-way contract the sponsor, usually the line
      manager, agrees the goals but not the content."""),
    H(1, "2.3 Safe and ethical practice"),
    P("""The Global Code of Ethics (EMCC, AC and ICF) requires confidentiality with stated
      limits, record keeping in line with GDPR, and supervision. I would refer C2 to our
      employee assistance programme if the conversation moved into mental health."""),
    H(1, "3.1 Managing the process with a model"),
    P("""I use the GROW model (Whitmore, 2017): Goal, Reality, Options, Way forward.
      Sir John Whitmore developed it with Graham Alexander in the 1980s, and it suits
      short sessions. For reviewing, Kolb's cycle reminds me that the coachee needs to
      reflect and conceptualise before planning the next experiment."""),
    H(1, "3.2 Tools and techniques"),
    P("""Psychometrics such as the MBTI (Myers and Briggs), the wheel of work, scaling
      questions from solution-focused practice (Iveson, George and Ratner, 2012) and
      Honey and Mumford's learning styles questionnaire help identify preferences."""),
    H(1, "3.3 Monitoring and reviewing progress"),
    P("""Progress is reviewed against the agreed goals at each session and formally at the
      midpoint and end, with the sponsor's view included. Grant (2011) recommends goal
      attainment scaling so that progress can be measured."""),
    H(1, "4.1 The purpose of coaching records"),
    P("""Records help the coach prepare, show the coachee their progress and protect both
      parties if a complaint arises. Records must be kept securely and destroyed after the
      agreed period (Information Commissioner's Office, 2023)."""),
    H(1, "4.2 Reflective practice and supervision"),
    P("""Reflective practice, whether through Gibbs' (1988) cycle or Schön's reflection-on-
      action, keeps the coach learning. Supervision gives a space to step back, as Peter
      Hawkins argues, and protects the coachee."""),
    P("""Further reading my tutor suggested: Clutterbuck, D. Everyone Needs a Mentor (CIPD, 2004);
      de Haan, E. Relational Coaching (Wiley, 2008); and Bachkirova, T., Jackson, P. and
      Clutterbuck, D. Coaching and Mentoring Supervision (Open University Press, 2011)."""),
    H(1, "References"),
    P("Clutterbuck, D. Everyone Needs a Mentor. 4th edn. London: CIPD, 2004."),
    P("Gallwey, W. T. (1974). The inner game of tennis. Random House."),
    P("Gibbs, G. 1988. Learning by Doing. Oxford: Oxford Polytechnic."),
    P("Grant, A. M. (2011) 'Is it time to REGROW the GROW model?', The Coaching Psychologist, 7(2), pp. 118–126."),
    P("Hawkins, P. & Smith, N. (2013). Coaching, mentoring and organizational consultancy (2nd ed.). Open University Press."),
    P("Iveson, C., George, E. and Ratner, H. (2012) Brief Coaching. Hove: Routledge."),
    P("Kimsey-House, H., Kimsey-House, K., Sandahl, P. and Whitworth, L. (2011) Co-Active Coaching. 3rd edn. Boston: Nicholas Brealey."),
    P("Kline, N. Time to Think. London: Ward Lock, 1999."),
    P("Passmore, J., Peterson, D. B. and Freire, T. (eds.) (2013) The Wiley-Blackwell Handbook of the Psychology of Coaching and Mentoring. Chichester: Wiley."),
    P("Rock, D. (2008). SCARF: a brain-based model for collaborating with and influencing others. NeuroLeadership Journal, 1, 44–52."),
    P("Starr, J. (2016) The Coaching Manual. 4th edn. Harlow: Pearson."),
    P("Whitmore, J. (2017) Coaching for Performance. 5th edn. London: Nicholas Brealey."),
]

CASE = Case(
    name="nm_references_300",
    unit="8587-300",
    kind="structured-pdf",
    files=[SourceFile("Brooks N - Unit 300.pdf", ASSIGNMENT)],
    labels={
        "1.1": "Ofwat performance commitments",
        "1.2": "responsible for the conversation",
        "1.3": "quietening 'Self 1'",
        "1.4": "Operations Directors' meeting",
        "2.1": "chemistry meeting",
        "2.2": "practical, professional and psychological",
        "2.3": "employee assistance programme",
        "3.1": "Graham Alexander",
        "3.2": "wheel of work, scaling",
        "3.3": "goal attainment scaling",
        "4.1": "protect both parties if a complaint arises",
        "4.2": "keeps the coach learning",
    },
    expected_checks={"declaration": True, "evidence_matrix": None, "identifying": []},
    about="Coaching assignment full of citations and a mixed-style reference list; coachees coded; nobody to anonymise.",
)
