"""8587-301 Understanding the Principles and Practice of Effective Mentoring: a water company's graduate scheme lead, plain-text essay with AC references in brackets.

Farhan Siddiqui runs the graduate engineering scheme at a regional water company in the East
Midlands and is about to become a mentor co-ordinator. He wrote his assignment as a
continuous essay in a plain text editor: an introduction, then four parts with his own titles
("Part One: Why mentor at all?"), paragraphs that end with the AC they answer in brackets,
a short list of tools as lines starting with dashes, and a references list. No declaration (the centre's cover sheet was separate). Nothing to flag: he says he will
call graduates "Graduate A", "Graduate B" and so on, and otherwise writes about roles.

Clean but tricky: his own name at the top; theorists and authors (Clutterbuck, Megginson,
Kram, Whitmore, Kolb, Schön, Hawkins and Shohet, Gibbs, Luft and Ingham, Honey and Mumford),
models (GROW, the Johari window, the seven-eyed model); organisations (Ofwat, the Institution
of Civil Engineers, the Drinking Water Inspectorate, the EMCC, the CIPD); places
(Nottinghamshire, Derby, Lincoln, Carsington Water, the Trent Bridge offices); author
initials in the references ("Clutterbuck, D.", "Schön, D."); job titles; months.
"""

from corpus.case import Case, P, SourceFile

ESSAY = [
    P("Farhan Siddiqui"),
    P("ILM Level 3 Certificate in Effective Coaching and Mentoring"),
    P("Unit 8587-301 Understanding the Principles and Practice of Effective Mentoring - written assignment"),
    P("Introduction"),
    P("""I lead the graduate engineering scheme at a regional water company serving about two
      million customers across Nottinghamshire, Derbyshire and Lincolnshire. Each September
      we take on around twenty graduates in civil, mechanical and process engineering, who
      rotate through four placements over two years, from the treatment works at Carsington
      Water to the network teams in Derby and Lincoln. From next year every graduate will
      have a mentor from outside their line, and I will co-ordinate the scheme. This
      assignment sets out what I understand about mentoring and how it applies to us. Where
      I use examples I refer to graduates as Graduate A, Graduate B and so on."""),

    P("Part One: Why mentor at all?"),
    P("""In our company mentoring has a clear organisational purpose. We lose about a quarter
      of our graduates before chartership, usually in the second year, when the novelty has
      gone and they are doing the unglamorous work of checking asset data. Exit interviews
      say the same thing: they did not know anybody senior who was not their manager, and
      they could not see where their career was going. Mentoring gives them that person.
      Beyond retention, it supports the Institution of Civil Engineers' route to
      chartership, which expects a mentor to sign off development objectives; it passes on
      knowledge from an ageing workforce, since a third of our senior engineers can retire
      within five years; and it fits the culture our regulator, Ofwat, pushes us towards, where
      people closest to the assets are trusted to make decisions. Clutterbuck (2014) calls
      this developmental mentoring, helping someone to do things for themselves, as opposed
      to the sponsorship model where a powerful patron opens doors. For a regulated utility
      the developmental model is the better fit. (1.1)"""),
    P("""The mentor's role is to be a trusted, more experienced guide who helps the mentee think
      through their own development, not a second manager. Kram (1985) splits this into
      career functions, such as exposure and challenging assignments, and psychosocial
      functions, such as role modelling, acceptance and friendship. In practice the mentor's
      responsibilities include keeping the agreed boundaries, turning up to sessions
      prepared, maintaining confidentiality within the limits agreed, challenging the
      mentee when they are avoiding something, signposting to other help (occupational
      health, the employee assistance line) rather than acting as a counsellor, and ending
      the relationship properly. A mentor on our scheme is also responsible for knowing when
      an issue is really a line management matter and handing it back. (1.2)"""),
    P("""Skills, knowledge and behaviours. The skills a mentor needs are active listening,
      open and probing questioning, summarising, giving and receiving feedback, and goal
      setting. The knowledge is partly about the organisation (how placements work, who
      signs off chartership objectives, where the politics are) and partly about mentoring
      itself: models, boundaries, ethics and where to refer. The behaviours are the ones our
      graduates say they value most: patience, being non-judgemental, reliability, and
      being honest about your own mistakes. A mentor who knows everything about pumping
      stations but cannot sit through a silence will not last long. (1.3)"""),
    P("""Barriers and how to overcome them. The most common barrier here is time, because
      mentors are senior engineers on call for incidents; the answer is to book sessions at
      the start for the year, keep them short and agree that a cancelled session is always
      rebooked within two weeks. The second is the mentor being in the mentee's reporting
      line, which stops honesty; we will match across directorates so a process graduate
      is never mentored by someone in the same treatment works. Third, a mismatch of
      expectations: the graduate wants a sponsor and the mentor thinks it is a chat. A
      matching conversation and a written agreement deal with that. Finally, geography: our
      sites are spread out, so some mentoring will be on Teams, and mentors will meet in
      person at least once a quarter. (1.4)"""),

    P("Part Two: Starting well"),
    P("""Methods to start a productive relationship include a first "getting to know you"
      meeting that is not yet mentoring, sharing something about yourself first, asking the
      mentee what they want and what a good mentor would look like to them, and meeting
      somewhere neutral such as the canteen at the Trent Bridge offices rather than the
      mentor's own desk. The Johari window (Luft and Ingham) is a useful early exercise,
      because the mentor can model openness by adding to the "open" pane first. A
      no-fault exit after the first two meetings also makes the relationship safer to
      start. (2.1)"""),
    P("""Contracting is the process of agreeing, out loud and ideally in writing, how the
      relationship will work. The rationale is that mentoring sits outside the normal line
      relationships, so nobody can assume the rules: if you do not agree them, each side fills
      the gaps with their own guesses and that is where trust breaks. The process we will
      use has four steps: (1) a conversation about expectations, hopes and worries on both
      sides; (2) agreeing practicalities, meaning frequency, length, venue and how to cancel;
      (3) agreeing confidentiality and its limits, which for us includes anything that
      threatens public health or drinking water quality, because that must be reported to
      the Drinking Water Inspectorate; (4) writing it up on one page that both sign and
      reviewing it at the midpoint. Where the line manager is a stakeholder, they see the
      goals but not the content. (2.2)"""),
    P("""Safe and ethical practice means the mentee is not harmed by the relationship. It
      covers confidentiality and being honest about its limits from the start, not
      exploiting the power difference (for example asking a graduate to do your own work),
      avoiding conflicts of interest such as mentoring someone whose promotion panel you
      sit on, staying within your competence and referring on when a mentee discloses
      stress or a health problem, keeping records securely under GDPR, and following a
      code such as the EMCC Global Code of Ethics. It also means not meeting alone in
      places that could put either person at risk, which matters on remote sites such as
      the reservoirs. (2.3)"""),

    P("Part Three: Running the mentoring"),
    P("""I would manage the process using Clutterbuck and Megginson's five phases of a
      developmental relationship: building rapport, setting direction, progression,
      winding down, and moving on. In the first two or three meetings the mentor's job is
      rapport and contracting. Setting direction is where goals are agreed, and it should
      not be rushed. Progression is the long middle, where most sessions use GROW (Whitmore)
      to go from a goal for the session to an action the mentee owns. Winding down is
      planned, not a fade-out: we will put a review at month ten and a final session at
      month twelve. Moving on means the relationship becomes informal or ends, and both
      people should agree which. Managing it this way stops the common problem of mentoring
      that just drifts and stops. (3.1)"""),
    P("""Tools and techniques that help identify preferences and agree goals:"""),
    P("""- A wheel of life or wheel of work, where the mentee scores areas such as technical
      skill, confidence with contractors and work-life balance, which shows preferences and
      gaps at a glance and gives a starting point for goals."""),
    P("""- A learning styles questionnaire (Honey and Mumford), so the mentor knows whether the
      mentee would rather try things or read first, which shapes the actions agreed."""),
    P("""- SMART goals, to turn "I want to be better at site meetings" into something that can
      be checked."""),
    P("""- The Johari window, which helps the mentee discover blind spots that can become goals."""),
    P("""- Timeline or career-line drawing, where the mentee draws the highs and lows of their
      career so far, which often shows what motivates them."""),
    P("""Used together these mean the goals come from the mentee and reflect how they prefer
      to learn, not just what the mentor thinks they need. (3.2)"""),
    P("""Monitoring and reviewing progress. Progress is monitored at each session by
      starting with the actions from last time: did the mentee do them, and what happened?
      This keeps the momentum going and shows the mentee their own progress. A simple
      progress log, kept by the mentee, with RAG ratings against each goal, makes drift
      visible early so it can be discussed rather than ignored. Rescoring the wheel at the
      midpoint and end gives a before-and-after picture that motivates. A formal review
      meeting halfway through checks the goals are still the right ones, because a
      placement change can make a goal irrelevant. Finally, feedback from the line manager
      on the ICE development objectives gives an outside view of progress, so the mentee is
      not relying only on their own judgement. (3.3)"""),

    P("Part Four: Records and reflection"),
    P("""Mentoring records serve both people. For the mentee, notes of each session are a
      memory of what was agreed, a way to hold themselves to their actions and, for our
      graduates, evidence for their ICE chartership portfolio. For the mentor, records show
      that the relationship has kept to its contract, help prepare for the next session
      without starting from scratch, and provide evidence of their own practice, for
      example for this qualification or for supervision. For the organisation they show
      the scheme is working. Records should be agreed in the contract, kept to the minimum
      needed, shared with the mentee, and stored securely. (4.1)"""),
    P("""Reflective practice and supervision are not optional extras; I would argue they are
      what make mentoring safe and keep it effective. Schön (1983) showed that professionals
      learn most from reflecting on action, and mentors are no different: without
      reflection a mentor repeats the same habits, for example the engineer's instinct to
      solve the problem, for years. Kolb's cycle and Gibbs' model give a structure so that
      reflection leads to a change, not just a feeling. Supervision adds what reflection
      alone cannot: another person who can see what the mentor cannot. Hawkins and Shohet's
      seven-eyed model shows how a supervisor can look at the mentee, the relationship and
      the mentor's own reactions. In a company where mentors and mentees work in the same
      organisation, supervision is also where ethical dilemmas get tested before they do
      damage. The case is therefore strongest for us precisely because our mentors are not
      professional mentors, and every mentor on the new scheme should have quarterly group
      supervision as part of the deal. (4.2)"""),

    P("References"),
    P("Clutterbuck, D. (2014) Everyone Needs a Mentor. 5th edn. London: CIPD."),
    P("Clutterbuck, D. and Megginson, D. (2005) Making Coaching Work. London: CIPD."),
    P("Hawkins, P. and Shohet, R. (2012) Supervision in the Helping Professions. Maidenhead: Open University Press."),
    P("Kram, K. (1985) Mentoring at Work. Glenview: Scott Foresman."),
    P("Schön, D. (1983) The Reflective Practitioner. New York: Basic Books."),
    P("Whitmore, J. (2017) Coaching for Performance. 5th edn. London: Nicholas Brealey."),
]

CASE = Case(
    name="u_8587_301_water_essay_txt",
    unit="8587-301",
    kind="numbered-unstyled",
    files=[SourceFile("8587-301 assignment F Siddiqui.txt", ESSAY)],
    labels={
        "1.1": "a third of our senior engineers can retire within five years",
        "1.2": "knowing when an issue is really a line management matter",
        "1.3": "cannot sit through a silence will not last long",
        "1.4": "a cancelled session is always rebooked within two weeks",
        "2.1": "adding to the \"open\" pane first",
        "2.2": "each side fills the gaps with their own guesses",
        "2.3": "mentoring someone whose promotion panel you sit on",
        "3.1": "a fade-out: we will put a review at month ten",
        "3.2": "the mentee draws the highs and lows of their career",
        "3.3": "makes drift visible early so it can be discussed",
        "4.1": "evidence for their ICE chartership portfolio",
        "4.2": "every mentor on the new scheme should have quarterly group supervision",
    },
    expected_checks={"declaration": False, "evidence_matrix": None, "identifying": []},
    about="Water company graduate scheme lead's 301 as a plain-text essay: own part titles, AC numbers in brackets at paragraph ends, dash list of tools, references; clean, Graduate A/B, theorists, regulators and East Midlands places.",
)
