"""8587-300 Understanding Good Practice in Coaching: a housing association manager's essay (PDF).

Olumide Adeyemi-Clarke is Neighbourhood Services Manager at a housing association in
Bristol. Clean: her worked examples use "Client X", "Person A" and "Coachee 2". Traps:
citations in every style (Whitmore, 2017; "as Clutterbuck argues"; "Hawkins and Smith's
seven-eyed model"; de Haan; van Nieuwerburgh; Grant et al.; Passmore & Fillery-Travis;
Downey's spectrum), tools named after people (Myers-Briggs, Belbin, Johari window,
Maslow, Kolb, Karpman's drama triangle), professional bodies (EMCC, ICF, CIPD, the
Association for Coaching), the regulator and housing bodies, Bristol places and streets,
capitalised job titles and teams, and a reference list with the learner's own name absent.
"""

from .case import Case, H, P, SourceFile, T

ESSAY = [
    H(0, "Unit 300: Understanding Good Practice in Coaching within an Organisational Context"),
    P("Candidate: Olumide Adeyemi-Clarke | ILM Level 3 Certificate in Effective Coaching and Mentoring"),
    P("Centre: Severn Vale Leadership Academy | Assessor: Dr Helen Ashworth"),
    H(1, "Evidence matrix"),
    T(
        ["Assessment criterion", "Section"],
        ["1.1, 1.2, 1.3, 1.4", "Part 1"],
        ["2.1, 2.2, 2.3", "Part 2"],
        ["3.1, 3.2, 3.3", "Part 3"],
        ["4.1, 4.2", "Part 4"],
    ),
    H(1, "Part 1: Effective coaching in Harbourside Homes"),
    H(2, "1.1 The purpose of coaching"),
    P("""Harbourside Homes owns around 9,000 homes across Bristol and South Gloucestershire.
      Whitmore (2017, p.13) defines coaching as "unlocking people's potential to maximise
      their own performance". In our organisation the purpose is practical: since the
      Regulator of Social Housing introduced the new consumer standards, our Neighbourhood
      Officers have to make more judgement calls on damp, mould and anti-social behaviour,
      and coaching builds that judgement faster than another policy document. The benefits
      we have seen include fewer escalations to the Head of Housing and better retention of
      officers in their first year."""),
    H(2, "1.2 The role and responsibilities of a coach"),
    P("""The coach's role is to help the coachee think, not to think for them. As Clutterbuck
      argues, the coach manages the process while the coachee owns the content. The coach's
      responsibilities are to contract clearly, keep confidentiality within agreed limits,
      stay within their competence and refer on when the issue is clinical or legal, and to
      keep records. Downey's spectrum from "push" to "pull" is useful here: a coach works at
      the pull end, while a Team Leader in a one-to-one often has to push."""),
    H(2, "1.3 Skills, knowledge and behaviours"),
    P("""Skills: active listening, powerful questions, summarising, giving feedback. Knowledge:
      coaching models, the EMCC Global Code of Ethics, the organisation's safeguarding
      procedure. Behaviours: curiosity, patience, holding back advice, and being
      non-judgemental when a coachee admits a mistake. Van Nieuwerburgh (2020) separates
      the skills from the "way of being", and I find that the behaviours are what coachees
      remember long after the session."""),
    H(2, "1.4 Barriers to coaching and how to overcome them"),
    P("""Three barriers: time (officers have caseloads of 400 homes), the coach's habit of
      fixing, and the organisational culture which rewards quick answers. For time, we book
      coaching into diaries on Microsoft Outlook as protected time and use Zoom for
      officers based at the Hartcliffe and Lawrence Weston offices. For the fixing habit,
      supervision helps (see 4.2). For culture, the Director of Customer Experience now
      opens each quarterly Leadership Forum with a coaching story, which signals that the
      time is valued."""),
    H(1, "Part 2: Relationships, contracting and ethics"),
    H(2, "2.1 Initiating a productive relationship"),
    P("""A chemistry session lets both sides check the fit before committing. In that first
      meeting I explain what coaching is and is not, ask what the person hopes for, and share
      something about myself. Matching coach and coachee from different teams also helps:
      Person A from the Income Team told me she would never have been open with someone from
      her own team. Rapport builds through matching pace and language, as de Haan (2008)
      notes, the relationship itself is the strongest predictor of a good outcome."""),
    H(2, "2.2 Contracting"),
    P("""Contracting sets out the practical arrangements (when, where, how often, how to
      cancel), the boundaries of confidentiality and who else has an interest. In a
      three-way contract the coachee's line manager agrees the broad goals but not the
      content of sessions. Contracting protects the coachee because they know in advance
      what will and will not be shared, and it protects the coach if a disclosure is made.
      The ICF (2019) describes contracting as an ongoing process, not a single form."""),
    H(2, "2.3 Safe and ethical practice"),
    P("""Safe practice covers the physical setting (a private room, not the open-plan floor at
      Temple Quay), confidentiality and its limits (safeguarding, fraud, risk of harm), and
      conflicts of interest such as coaching someone you also manage or investigate. For
      example, I would not coach Client X while I was hearing a grievance involving their
      team. Karpman's drama triangle reminds me not to slip into rescuing."""),
    H(1, "Part 3: Managing the coaching process"),
    H(2, "3.1 Using a recognised coaching model"),
    P("""The GROW model (Whitmore, 2017) moves from Goal to Reality to Options to Will. Its
      strengths are simplicity and a clear end point with actions. Its weaknesses are that
      it can become a checklist, and it assumes the goal is clear at the start, which is
      often not the case for Coachee 2 types who arrive saying "I'm just stuck". In
      practice I loop back from Reality to Goal when the real issue appears halfway
      through, which Passmore & Fillery-Travis (2011) note is common in workplace coaching."""),
    H(2, "3.2 Coaching tools and techniques"),
    P("""Myers-Briggs Type Indicator: describes preferences (for example introversion and
      extraversion) and opens a conversation about how the coachee likes to work. It costs
      money and needs a qualified practitioner, which we have in HR. Belbin team roles:
      helps a coachee see the role they play in a team; useful when a Plant is frustrated in
      a team of Completer Finishers. The Johari window: a simple drawing that shows blind
      spots, useful before a 360. The wheel of life: quick to use and good for agreeing
      priorities in a first session."""),
    H(2, "3.3 Monitoring and reviewing progress"),
    P("""Scaling questions ("where are you now, from one to ten?") are quick and repeated every
      session, so progress is visible, but they are subjective. A mid-point review against
      the goals in the contract is more structured and can involve the line manager, though
      it can feel like an appraisal. Objective measures, such as the number of cases closed
      within target on our Civica system, are the most convincing but only exist for some
      goals. I use all three and weigh the scaling score least."""),
    H(1, "Part 4: Records, reflection and supervision"),
    H(2, "4.1 The purpose of coaching records"),
    P("""Records include the contract, session notes, the coachee's action log, diagnostic
      results and feedback forms. For the coach they show the journey, support reflection
      and provide evidence if a complaint is made. For the coachee they hold the actions and
      show progress. Under UK GDPR, records are stored securely on SharePoint with access
      limited, use codes rather than names, and are deleted twelve months after the
      relationship ends."""),
    H(2, "4.2 Reflective practice and supervision"),
    P("""Reflective practice turns experience into learning, as in Kolb's cycle or Gibbs'
      reflective cycle. Supervision adds a second pair of eyes. Hawkins and Smith's
      seven-eyed model shows the many places a supervisor can look, from the coachee's
      world to the coach's own reactions. The Association for Coaching and the CIPD both
      expect coaches to be in regular supervision, and I have found that my supervisor
      notices patterns across my coachees that I cannot see from inside the sessions."""),
    H(1, "References"),
    P("Clutterbuck, D. and Megginson, D. (2005) Making Coaching Work. London: CIPD."),
    P("de Haan, E. (2008) Relational Coaching. Chichester: Wiley."),
    P("Downey, M. (2003) Effective Coaching. 2nd edn. London: Texere."),
    P("Hawkins, P. and Smith, N. (2013) Coaching, Mentoring and Organizational Consultancy. 2nd edn. Maidenhead: Open University Press."),
    P("International Coaching Federation (2019) ICF Core Competencies. Lexington: ICF."),
    P("Passmore, J. & Fillery-Travis, A. (2011) A critical review of executive coaching research. Coaching: An International Journal of Theory, Research and Practice, 4(2), 70-88."),
    P("van Nieuwerburgh, C. (2020) An Introduction to Coaching Skills. 3rd edn. London: Sage."),
    P("Whitmore, J. (2017) Coaching for Performance. 5th edn. London: Nicholas Brealey."),
    P("I declare that this is my own work and that all sources have been acknowledged. Olumide Adeyemi-Clarke, 21 February 2025."),
]

CASE = Case(
    name="nw_300_housing_association",
    unit="8587-300",
    kind="structured-pdf",
    files=[SourceFile("8587-300 Adeyemi-Clarke.pdf", ESSAY)],
    labels={
        "1.1": "builds that judgement faster than another policy document",
        "1.2": "the coachee owns the content",
        "1.3": "what coachees remember long after the session",
        "1.4": "opens each quarterly Leadership Forum",
        "2.1": "never have been open with someone from her own team",
        "2.2": "protects the coach if a disclosure is made",
        "2.3": "not to slip into rescuing",
        "3.1": "loop back from Reality to Goal",
        "3.2": "frustrated in a team of Completer Finishers",
        "3.3": "weigh the scaling score least",
        "4.1": "deleted twelve months after the relationship ends",
        "4.2": "patterns across my coachees",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": True,
        "identifying": [],
    },
    about="Housing association coaching essay in PDF: clean; citations in every style (de Haan, van Nieuwerburgh, et al., ampersands), tools named after people, pseudonyms, professional bodies, Bristol places, assessor on the cover.",
)
