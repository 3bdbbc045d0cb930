"""8587-301 Understanding Good Practice in Mentoring: a council reablement team manager, PDF, planted.

Lindsey Harker manages a home-care reablement team for a county council and proposes a
mentoring scheme for newly recruited Reablement Support Workers (RSWs), using a six-pair
pilot that is already running. PDF; her headings paste each criterion's wording after its
number; a pilot pairs table; Egan's Skilled Helper as the model; references and a signed
declaration. No evidence matrix (the unit expects none).

Planted (3): a mentee's full name left in the pilot pairs table, copied from the HR list
("Chantelle Wardle"); a service user by title and surname in the ethics section
("Mrs Ormerod"); a pilot mentee's personal e-mail address quoted in the records section
("jodie.pickersgill@yahoo.co.uk").

Clean but tricky: her own name on the cover and declaration, the assessor the cover asks
for ("Assessor: Colin Ashby"); North Yorkshire Council, County Hall, South Tees Hospitals
NHS Foundation Trust, the Friarage Hospital and "the James Cook", Skills for Care, CQC, Unison, Age UK; places
that read like names (Richmond, Bedale, Thirsk, Leyburn, Catterick Garrison); Mosaic,
CM2000, Teams; theorists with citations and possessives (Kram, Clutterbuck, Egan's, Garvey,
Megginson et al., Honey and Mumford, Schön, Hawkins and Shohet); the EMCC code; capitalised
job titles; mentors referred to by role only.
"""

from .case import B, Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "Growing our own: a mentoring scheme for new Reablement Support Workers"),
    T(
        ["Learner", "Lindsey Harker"],
        ["Job title", "Reablement Team Manager (Hambleton & Richmondshire)"],
        ["Organisation", "North Yorkshire Council, Health and Adult Services"],
        ["Qualification / unit", "ILM Level 3 Certificate in Effective Coaching and Mentoring, 8587-301"],
        ["Assessor", "Colin Ashby"],
        ["Date submitted", "14 April 2025"],
    ),
    P("""Reablement is short-term home care, usually up to six weeks, that helps people regain
      their independence after a hospital stay or a crisis at home. My team of 38 RSWs
      covers Northallerton, Thirsk, Bedale, Richmond, Leyburn and Catterick Garrison, taking
      most of our referrals from the Friarage Hospital and the James Cook, both run by South
      Tees Hospitals NHS Foundation Trust. Since October we have been running a six-pair pilot
      in which experienced Senior RSWs mentor new starters for their first six months. This
      assignment sets out why the scheme matters and how it should work if the Assistant
      Director agrees to extend it across the county."""),

    H(1, "1.1 Describe the purpose of effective mentoring within an organisational context"),
    P("""Mentoring is a developmental relationship in which a more experienced person helps a
      less experienced one to learn, think things through and grow in confidence, over a
      longer period than coaching and with more sharing of the mentor's own experience
      (Clutterbuck, 2014). In reablement the purpose is very concrete. New RSWs do three days
      of induction and some shadowing and are then alone in people's homes, often rural ones
      forty minutes from the next colleague, making judgement calls about risk, dignity and
      how much to do for someone versus encouraging them to do it themselves. That last
      judgement is the whole point of reablement and it cannot be taught in a classroom. The
      purpose of mentoring for us is therefore to help new workers develop that judgement
      faster, to support them through the Care Certificate, and above all to keep them:
      we lost 11 of 26 new starters last year within six months, and exit interviews mention
      feeling isolated far more than pay. Every leaver costs the council roughly £4,000 in
      recruitment and training, so mentoring supports both the quality of care that CQC
      inspects and the service's budget."""),

    H(1, "1.2 Explain the role and responsibilities of an effective mentor"),
    P("""The mentor's role is different from the other people around a new RSW. The line
      manager (a Senior RSW or me) allocates work, supervises and appraises. The trainer
      delivers induction and moving and handling. The Care Certificate assessor signs off the
      standards. The mentor does none of these things: they are a more experienced colleague,
      ideally from a different patch, who listens, shares what they have learned, and helps
      the mentee reflect and find their own answers. Kram's (1983) distinction between career
      functions and psychosocial functions is useful: in our scheme the mentor mainly provides
      the psychosocial side, such as role modelling, acceptance and friendship, while the line
      manager keeps the career side. Responsibilities at each stage:"""),
    B("""Initiation: contact the mentee in their first week, arrange an introductory meeting in
      person, explain what mentoring is and is not, and agree the mentoring agreement."""),
    B("""During the relationship: meet at least every three weeks for about an hour, by phone or
      Teams in between if rotas make that impossible; help set and review goals; share
      experience without taking over; keep confidences within the agreed limits; keep brief
      notes; and refer on anything beyond the role, such as a safeguarding concern, a
      performance issue or a mentee's health."""),
    B("""Completion: at around six months, review what has been achieved against the goals,
      agree how the mentee will keep developing, end the formal relationship positively and
      give feedback to me on the scheme."""),
    P("""The boundaries matter: a mentor is not a second line manager, is not there to check
      timesheets on CM2000, and must never be asked to report on their mentee's performance."""),

    H(1, "1.3 Identify the skills, knowledge and behaviours required of an effective mentor"),
    T(
        ["Knowledge", "Skills", "Behaviours"],
        ["Reablement practice, the Care Act 2014 and the council's policies", "Active listening",
         "Patience with someone who is overwhelmed after a hard visit"],
        ["Safeguarding procedures and when to escalate", "Open and reflective questioning",
         "Confidentiality and discretion"],
        ["The Care Certificate standards", "Giving honest, balanced feedback", "Reliability – turning up, calling back"],
        ["The mentoring model and the scheme's agreement", "Goal setting and reviewing",
         "Role modelling person-centred values on every visit"],
        ["Support available (Unison, Employee Assistance, Age UK for clients)", "Managing time around rotas",
         "Openness about own mistakes"],
    ),
    P("""The EMCC competence framework groups these in a similar way and is the standard we will
      use when recruiting mentors."""),

    H(1, "1.4 Identify how to overcome potential barriers to mentoring"),
    P("""The pilot has already shown me the barriers. For the mentor, the main one is time: Senior
      RSWs have their own calls and the rota is rebuilt daily. We overcome it by putting one
      protected hour every three weeks into the rota for both people, and counting it as paid
      time. For the mentee, the barrier is confidence: a new worker may worry that admitting
      they struggled on a visit will get back to their manager. The answer is matching with a
      mentor from a different team and being clear in the agreement what stays private. For
      the organisation, the barriers are geography and the culture of "we've always just
      learned on the job". Rural patches mean meetings by phone or Teams in between face-to-face
      ones, and the culture is being addressed by having the Assistant Director launch the
      scheme at the all-staff briefing, and by asking the first mentees to talk about it at
      team meetings."""),
    P("Pilot pairs (October – March):"),
    T(
        ["Pair", "Mentor", "Mentee", "Base", "Started"],
        ["1", "Senior RSW, Thirsk", "New RSW (started Sept)", "Thirsk", "7 Oct"],
        ["2", "Senior RSW, Richmond", "Chantelle Wardle", "Catterick Garrison", "14 Oct"],
        ["3", "Senior RSW, Northallerton", "New RSW (started Oct)", "Bedale", "21 Oct"],
        ["4", "Senior OT assistant", "New RSW (started Oct)", "Northallerton", "4 Nov"],
        ["5", "Senior RSW, Bedale", "New RSW (started Nov)", "Leyburn", "18 Nov"],
        ["6", "Senior RSW, Leyburn", "New RSW (started Nov)", "Richmond", "2 Dec"],
    ),
    P("""Pair 4 shows one way round the mentor shortage: a senior occupational therapy
      assistant volunteered, which also brought a therapy perspective to reablement."""),

    H(1, "2.1 Identify methods to initiate a productive working relationship with an individual"),
    P("""The first contact should be a phone call from the mentor in the mentee's first week,
      not an email, because a voice is friendlier and new starters are flooded with emails.
      The first meeting should be face to face, somewhere neutral such as the café at County
      Hall or a quiet corner at the Friarage, and should be mostly about getting to know each
      other: why they came into care, what they did before, what worries them. Rapport is
      built by the mentor sharing something real about their own first weeks, by listening
      more than talking, and by remembering details next time. Trust is built by agreeing
      confidentiality early, by doing what you said you would do, and by the mentor being
      reachable: in the pilot, mentors who sent a quick message after the mentee's first solo
      weekend had noticeably better relationships by the second meeting."""),

    H(1, "2.2 Explain the rationale for and process of contracting in mentoring"),
    P("""Contracting means agreeing openly how the relationship will work. The rationale is that
      without it, people bring different expectations: a mentee might expect the mentor to
      sort out their rota, and a mentor might assume they should report concerns to the
      manager. A clear agreement protects both, makes the relationship safe, and gives the
      organisation confidence that time is being used well. The process in our scheme is:"""),
    B("a three-way conversation at the start between mentor, mentee and the mentee's line manager to agree the broad purpose (for example, getting through the Care Certificate and settling in) and that the manager will not ask for details;"),
    B("a one-to-one meeting where mentor and mentee go through the written agreement together, adapt it and both sign it;"),
    B("a review of the agreement at the three-month point and again at the end."),
    P("""The agreement covers: purpose and goals; how often, where and how long to meet; how to
      contact each other and when not to (not during calls, not after 8pm); confidentiality
      and its limits; what notes are kept and who sees them; how to cancel; and how either
      person can end the relationship without blame, through me, if it is not working."""),

    H(1, "2.3 Describe what represents safe and ethical practice in mentoring"),
    P("""Safe practice starts with physical safety. Mentoring meetings happen in council
      buildings or public places, not in anyone's home or car, and lone working rules apply
      if mentor and mentee meet at the end of a rural shift. Confidentiality is the centre of
      ethical practice, and its limits must be explained from the first meeting: if a mentee
      discloses something that puts a client or themselves at risk, the mentor has to act.
      A real example from the pilot: a new worker told her mentor that Mrs Ormerod, a client
      in Leyburn, had asked her to collect her pension and keep twenty pounds for herself as a
      thank you. The mentor was right to explain that this had to go to the Senior RSW under
      the safeguarding and gifts policies, and to support the mentee through reporting it
      rather than doing it for her. Conflicts of interest also matter: a mentor should not
      mentor someone they manage, are related to, or are likely to be assessing, and should
      say so if such a conflict arises later. Mentors must respect the mentee's values and
      background, work within their competence, and follow the EMCC Global Code of Ethics,
      which the scheme has adopted. Finally, mentors need support themselves (see 4.2), which
      is part of keeping the practice safe."""),

    H(1, "3.1 Explain how to manage a mentoring process using a recognised mentoring model"),
    P("""I propose Egan's Skilled Helper model, which has three stages: the current scenario
      (what is going on?), the preferred scenario (what do I want instead?) and the way
      forward (how will I get there?). In a mentoring conversation about a difficult visit, the
      mentor first helps the mentee tell the story and notice what they might be missing, then
      helps them picture what a good outcome would look like, then helps them choose realistic
      actions. Over the six months the same shape manages the whole process: early meetings
      spend most time in stage one, building the picture of the new job; the middle meetings
      set preferred scenarios and goals; the later ones focus on the way forward and on
      independence. Strengths of the model: it is simple enough for a Senior RSW with no
      coaching background to learn in a day, it puts the mentee's own story first, which suits
      reablement's person-centred values, and it works for both practical and emotional
      issues. Weaknesses: it can feel slow to people who want answers, mentors can get stuck
      in stage one and let sessions become a moan, and it says little about how to close a
      relationship. In the pilot we compensated by adding Clutterbuck's idea of winding down
      and moving on to the final two meetings."""),

    H(1, "3.2 Describe a range of mentoring tools and techniques that can be used to identify preferences and agree goals or outcomes to facilitate the mentoring process"),
    P("""Care Certificate self-assessment. The mentee scores themselves against the fifteen
      standards before the second meeting. It shows where they feel least confident, and the
      mentor can compare this with what the assessor has signed off; gaps become goals."""),
    P("""Learning styles questionnaire. Honey and Mumford's questionnaire is crude, but in the
      pilot it helped mentors see that some new RSWs learn best by doing and reflecting later
      (activists), and others want to read the policy first. Mentors adapted how they shared
      experience, for example offering to let a reflector see their own written visit notes."""),
    P("""A "best visit / worst visit" exercise. The mentee describes the visit they felt best and
      worst about that fortnight. It reveals values and preferences better than any form, and
      preferred scenarios for Egan's stage two come straight out of it."""),
    P("""SMART goals written on the agreement. Once a priority is clear the mentor helps the
      mentee turn it into something specific, for example "carry out a full kitchen
      assessment with a client independently by the end of January". Goals are the mentee's
      words, not the mentor's."""),

    H(1, "3.3 Explain methods for monitoring and reviewing progress towards goals"),
    P("""First, a simple progress sheet with each goal rated red, amber or green by the mentee at
      every meeting. It is quick, gives a visual trend, and makes the mentee own the
      judgement, though it is subjective. Second, evidence from the Care Certificate workbook
      and the assessor's sign-offs, which is objective but only covers part of what we care
      about. Third, a three-way review at three months with the line manager, which connects
      mentoring to the job and can uncover support the mentee needs from the organisation,
      but may make the mentee more guarded. Used together they balance each other: the RAG
      sheet catches how someone feels, the workbook shows what they can do, and the review
      checks both against what their manager sees. At scheme level I will monitor retention of
      mentored versus non-mentored starters at six and twelve months."""),

    H(1, "4.1 Explain the purpose of mentoring records for mentor and mentee"),
    P("""For the mentee, records are a reminder of what was agreed, evidence of their development
      for supervision and appraisal if they choose to share it, and something to look back on
      to see how far they have come. For the mentor, records keep sessions focused, help them
      prepare, show they are meeting their commitment, and protect them if something said is
      later disputed, especially a safeguarding disclosure. For the council, anonymised
      records show the scheme is happening and let me evaluate it. The records are: the
      signed agreement, a brief note of each meeting (date, topics, actions, no sensitive
      detail), the RAG progress sheet and the end-of-scheme evaluation. They must be kept to
      UK GDPR and the council's retention schedule: stored in the scheme's restricted folder
      on the council network, never in Mosaic (which is for client records) and never on
      personal phones or email. One pilot mentee asked for her notes to be sent to
      jodie.pickersgill@yahoo.co.uk because she could not get on to council email at home;
      the mentor rightly said no and we sorted out her remote access instead, but it showed me
      the guidance needs to say this in plain words."""),

    H(1, "4.2 Justify the importance of reflective practice and supervision within a mentoring context"),
    P("""Reflective practice is essential because mentors learn mostly from their own mentoring,
      and without reflection they simply repeat what they do. Schön's reflection-on-action is
      what turns a conversation that went badly into a better one next time. In care, where
      many mentors were themselves never mentored, there is a real risk of passing on bad
      habits ("just get the calls done") unless mentors stop and look at their practice.
      Supervision matters for three reasons, which Hawkins and Shohet describe as
      developmental, resourcing and qualitative. Developmental: an experienced supervisor helps
      a mentor improve. Resourcing: mentors hear distressing things, such as a mentee's first
      death on a call, and need somewhere to put them; a mentor carrying that alone is at
      risk of burnout and of leaving, which is exactly what the scheme is trying to prevent.
      Qualitative: supervision protects mentees and clients, because a supervisor may spot
      collusion, over-involvement or a missed safeguarding issue that the mentor cannot see.
      If mentors do not reflect or receive supervision, the scheme becomes a buddy system that
      depends on luck. I will therefore run group supervision for mentors every six weeks and
      ask each mentor to keep a short reflective log."""),

    H(1, "References"),
    P("Clutterbuck, D. (2014) Everyone Needs a Mentor. 5th edn. London: CIPD."),
    P("Egan, G. (2014) The Skilled Helper. 10th edn. Belmont: Brooks/Cole."),
    P("EMCC Global (2021) Global Code of Ethics. Brussels: EMCC."),
    P("Garvey, B., Stokes, P. and Megginson, D. (2018) Coaching and Mentoring: Theory and Practice. 3rd edn. London: Sage."),
    P("Hawkins, P. and Shohet, R. (2012) Supervision in the Helping Professions. 4th edn. Maidenhead: Open University Press."),
    P("Kram, K. (1983) 'Phases of the mentor relationship', Academy of Management Journal, 26(4), pp. 608-625."),
    P("Skills for Care (2024) The Care Certificate standards."),
    P("""Declaration of authenticity: I confirm that this assignment is entirely my own work.
      Signed L. Harker, 14/04/2025"""),
]

CASE = Case(
    name="np_301_reablement_planted_pdf",
    unit="8587-301",
    kind="structured-pdf",
    files=[SourceFile("LHarker_8587-301_assignment.pdf", BLOCKS)],
    labels={
        "1.1": "we lost 11 of 26 new starters last year",
        "1.2": "mainly provides the psychosocial side, such as role modelling",
        "1.3": "Patience with someone who is overwhelmed after a hard visit",
        "1.4": "putting one protected hour every three weeks into the rota",
        "2.1": "sent a quick message after the mentee's first solo weekend",
        "2.2": "a mentee might expect the mentor to sort out their rota",
        "2.3": "support the mentee through reporting it rather than doing it for her",
        "3.1": "get stuck in stage one and let sessions become a moan",
        "3.2": "It reveals values and preferences better than any form",
        "3.3": "the RAG sheet catches how someone feels",
        "4.1": "protect them if something said is later disputed",
        "4.2": "the scheme becomes a buddy system that depends on luck",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": None,
        "identifying": ["Chantelle Wardle", "Mrs Ormerod", "jodie.pickersgill@yahoo.co.uk"],
    },
    about="Council reablement team manager's 301 PDF with pasted-AC headings, planted: a mentee's full name in the pilot pairs table, a service user 'Mrs Ormerod' in the ethics example, a mentee's personal e-mail in the records section; look-alikes North Yorkshire Council/South Tees NHS trust/Friarage, Richmond/Bedale/Leyburn, Mosaic/CM2000, Kram/Egan's/Clutterbuck/Hawkins and Shohet, assessor on the cover.",
)
