"""8587-301 Understanding Good Practice in Mentoring: a housing association contact centre team leader, PDF exported from Google Docs.

Aled Pritchard leads a team in the repairs contact centre of a Welsh housing association and
writes a proposal for a mentoring scheme for new call handlers. He wrote it in Google Docs
and downloaded it as PDF: a title, a pasted table of contents (heading names with page
numbers), then each criterion as a heading with the AC wording retyped in full ("1.1 Describe
the purpose of effective mentoring within an organisational context"), his answer under it,
sub-points as bullets, one table (tools), and a reference list and declaration at the end.
Some answers run past their heading into the next topic (2.1 ends with a line about when the
contract is agreed), and 4.1 and 4.2 share one heading, "4. Records, reflection and supervision".

Clean (identifying []): mentees are "Mentee A" and "Mentee B" in the worked example,
colleagues are by role (Contact Centre Manager, Repairs Planner, HR Business Partner), the
organisation (Cartref Dyfed Housing), places (Carmarthen, Llanelli, Ammanford), software
(Genesys, Teams, Google Docs), bodies (EMCC, ICO, Housing Ombudsman) and theorists
(Clutterbuck, Megginson, Kolb, Gibbs, Hawkins and Shohet, Honey and Mumford, Whitmore).
"""

from corpus.case import B, Case, H, P, SourceFile, T

TOOLS = T(
    ["Tool / technique", "What it does", "How it helps with preferences and goals"],
    ["Learning styles questionnaire (Honey and Mumford)",
     "Shows whether the mentee prefers to learn by doing, watching, reading or trying ideas out",
     "A reflector gets call recordings to listen to before a session; an activist gets to try it live with me sitting in"],
    ["Wheel of work life",
     "Mentee scores eight areas of the job from 1 to 10",
     "The lowest scores become the first goals, chosen by the mentee not the manager"],
    ["Call quality scores and Genesys stats",
     "Real data on handling time, first-time fix and complaints",
     "Turns a vague goal ('get better at calls') into a number we can both track"],
    ["SWOT",
     "Mentee lists strengths, weaknesses, opportunities and threats",
     "Good for the ones who want to move into the Repairs Planner or supervisor roles"],
)

BLOCKS = [
    H(0, "Unit 301 - Mentoring in the Repairs Contact Centre"),
    P("Aled Pritchard | Team Leader, Repairs Contact Centre | Cartref Dyfed Housing | ILM L3 Coaching and Mentoring"),
    H(2, "Contents"),
    P("Introduction ........ 1"),
    P("1.1 Purpose of mentoring ........ 1"),
    P("1.2 Role and responsibilities ........ 2"),
    P("1.3 Skills, knowledge and behaviours ........ 2"),
    P("1.4 Barriers ........ 3"),
    P("2.1 Starting the relationship ........ 3"),
    P("2.2 Contracting ........ 4"),
    P("2.3 Safe and ethical practice ........ 4"),
    P("3.1 Managing the process ........ 5"),
    P("3.2 Tools and techniques ........ 5"),
    P("3.3 Monitoring progress ........ 6"),
    P("4. Records, reflection and supervision ........ 6"),

    H(1, "Introduction"),
    P("""Cartref Dyfed Housing manages about 9,000 homes across Carmarthen, Llanelli and
      Ammanford. Our repairs contact centre has 34 call handlers and we recruit ten to twelve a
      year. Around a third leave in their first six months, usually saying the calls were harder
      than they expected. The Contact Centre Manager has asked me to propose a mentoring scheme
      where experienced handlers mentor new ones. This document sets out how it would work."""),

    H(1, "1.1 Describe the purpose of effective mentoring within an organisational context"),
    P("""Mentoring is a developmental relationship where a more experienced person helps someone
      else learn, think things through and grow in confidence, mostly by asking and listening
      rather than instructing (Clutterbuck, 2014). In our contact centre the purpose would be
      to get new call handlers through the hard first months, so that they stay. Training
      teaches them the repairs system and the scripts; it cannot teach them how to cope with a
      tenant who has had no heating for a week and is shouting at them. A mentor who has been
      there can. For the organisation the purpose is to cut the cost of turnover, which the HR
      Business Partner puts at around four thousand pounds per leaver, improve first-time fix
      and keep tenant satisfaction up ahead of the Housing Ombudsman's new complaint code."""),

    H(1, "1.2 Explain the role and responsibilities of an effective mentor"),
    P("""The mentor's role changes as the relationship goes on. At the start they build rapport,
      explain what mentoring is and agree the contract. In the middle they help the mentee set
      goals, ask questions that make them think, share experience when it helps, and challenge
      when the mentee is avoiding something. Near the end they review what has been achieved
      and help the mentee become independent, so the ending is planned, not a fizzle."""),
    P("""Responsibilities: keeping to the agreed sessions; keeping what is said confidential
      within the agreed limits; keeping brief records; knowing when something is beyond them and
      referring on (for example to the Employee Assistance Programme); not acting as the
      mentee's line manager; and getting supervision themselves. A mentor is not there to do the
      mentee's wrap-up work for them or to sort out their disputes with the team leader."""),

    H(1, "1.3 Identify the skills, knowledge and behaviours required of an effective mentor"),
    B("""Skills: active listening, open and probing questions, summarising, giving and receiving
      feedback, goal setting, and being comfortable with silence, which is hard for people who
      spend all day filling silences on the phone."""),
    B("""Knowledge: a mentoring model such as GROW, the limits of confidentiality, our policies
      (safeguarding, data protection, grievance), and how the contact centre actually works, so
      the mentor knows the pressures the mentee is under."""),
    B("""Behaviours: patience, being non-judgemental, honesty, reliability, respect for the
      mentee's choices, and modelling the calm, tenant-first approach we want on the phones."""),

    H(1, "1.4 Identify how to overcome potential barriers to mentoring"),
    P("""Barrier 1, for the mentor: time. Every minute off the phones shows on the wallboard. Our
      service level is 80 per cent of calls answered in 60 seconds and team leaders are judged
      on it. To overcome this, mentoring time would be scheduled in Genesys as an offline
      activity, like training, so it does not count against the mentor or the team."""),
    P("""Barrier 2, for the mentee: worry that what they say will get back to their team leader,
      especially as mentors are on the same floor. We would minimise this by matching mentees
      with a mentor from a different team and holding sessions in the first-floor quiet room,
      not at the desks."""),
    P("""Barrier 3, for the organisation: the scheme losing momentum after the launch, as our last
      buddy scheme did. I would set up a quarterly review with the Contact Centre Manager and
      report retention figures for mentored and non-mentored starters so the value stays
      visible."""),

    H(1, "2.1 Identify methods to initiate a productive working relationship with an individual"),
    P("""Contact starts with a short informal chat in the new starter's second week, after they
      come off the classroom training, so they have a face to go to before they are on live
      calls. The first proper meeting is a chemistry meeting where each side says a bit about
      themselves, what they hope for and what worries them. Rapport is built by finding common
      ground (a mentor who also started in the contact centre with no housing background is
      worth a lot), using the mentee's own words back to them, and keeping promises from the
      very first meeting. Trust grows when the mentor shares some of their own early mistakes,
      like the first time I booked an emergency repair as routine."""),
    P("""The contract would then be agreed in the second meeting, once the mentee has decided they
      want to go ahead."""),

    H(1, "2.2 Explain the rationale for and process of contracting in mentoring"),
    P("""Contracting matters because it makes expectations clear on both sides and stops
      misunderstandings later: how often we meet, what we will and will not talk about, what
      happens to notes, and what the manager gets told. Without it, a mentee can feel ambushed
      when something reaches their team leader, or a mentor can be pulled into a grievance. The
      process: the mentor explains the draft agreement, the mentee takes it away for a couple of
      days, they meet to agree changes, then both sign. The team leader signs a short section
      that says they will not ask for session content, only whether sessions are happening.
      Content would include: aims, frequency (fortnightly, 45 minutes, for six months), venue,
      cancellation with 24 hours' notice, confidentiality and its limits, record keeping,
      how either side can end it without blame, and a review date."""),

    H(1, "2.3 Describe what represents safe and ethical practice in mentoring"),
    P("""Safe and ethical practice means the mentor works within their competence, keeps agreed
      boundaries and protects the mentee. In practice: confidentiality is kept except where there
      is a risk of harm to the mentee or others, or a safeguarding concern about a tenant that
      the mentee has heard on a call, which must go through our safeguarding lead; notes are kept
      in line with UK GDPR and ICO guidance; no mentor mentors someone they line manage; and
      mentors follow the EMCC Global Code of Ethics. The organisation should also be reassured
      that mentors get supervision, that mentees can change mentor without explaining why, and
      that sessions are never held in the car park or the pub."""),

    H(1, "3.1 Explain how to manage a mentoring process using a recognised mentoring model"),
    P("""I propose Clutterbuck and Megginson's five stages of the mentoring relationship, with
      GROW (Whitmore) inside each session. Stage one, building rapport: chemistry meeting and
      contract. Stage two, setting direction: the mentee chooses two or three goals. Stage three,
      progression: regular sessions, each run on GROW, with actions checked at the next session.
      Stage four, winding down: the mentor deliberately steps back and the mentee leads the
      agenda. Stage five, moving on: a review session and a proper ending, with a thank you.
      For example, Mentee A in the pilot set the goal of handling a damp and mould call without
      escalating it; stages two and three ran over eight sessions before she did it alone. The
      model suits us because new handlers need a clear structure at first and then need to be
      let go, which is what stage four is for."""),

    H(1, "3.2 Describe a range of mentoring tools and techniques that can be used to identify preferences and agree goals or outcomes to facilitate the mentoring process"),
    TOOLS,
    P("""In the pilot, Mentee B's learning styles result showed a strong reflector, which explained
      why she froze on live calls but did well in role play after watching. The tools should be
      offered, not forced, and the mentee keeps their own results."""),

    H(1, "3.3 Explain methods for monitoring and reviewing progress towards goals"),
    P("""Method one is the action log: every session ends with actions, dated, in the mentee's own
      words, and the next session starts by going back over them. Method two is using the
      numbers the centre already has, such as call quality scores each month, so progress is
      measured, not just felt. Method three is a formal review at three months and at the end,
      where the mentee rescores the wheel of work life and compares it with the first one. If
      a goal is stalling, the review is where we ask whether it is still the right goal."""),

    H(1, "4. Records, reflection and supervision"),
    P("""Records matter to both sides. For the mentee they are a record of what they agreed to do
      and evidence of progress they can take to their appraisal if they choose to. For the
      mentor they keep sessions joined up, show the scheme is working, and protect both people
      if there is ever a dispute about what was said. Best practice: brief, factual, agreed with
      the mentee, stored securely and deleted six months after the relationship ends."""),
    P("""Reflective practice is important because a mentor who does not look back repeats the same
      mistakes. Using Kolb's cycle or Gibbs, the mentor asks after each session what happened,
      what they felt, what worked and what they would do differently. Supervision matters for
      the same reason, plus safety: Hawkins and Shohet describe supervision as developing the
      mentor, supporting them and checking quality. Without it a mentor can drift into
      rescuing, collude with a mentee against a manager, or carry a heavy story from a session
      with nobody to talk to about it. That leads to burnout and to poor mentoring that nobody
      notices until the mentee leaves."""),

    H(2, "References"),
    P("Clutterbuck, D. (2014) Everyone Needs a Mentor. 5th edn. CIPD."),
    P("Megginson, D. and Clutterbuck, D. (2009) Further Techniques for Coaching and Mentoring. Routledge."),
    P("Hawkins, P. and Shohet, R. (2012) Supervision in the Helping Professions. 4th edn. Open University Press."),
    P("Whitmore, J. (2017) Coaching for Performance. 5th edn. Nicholas Brealey."),
    P("EMCC (2021) Global Code of Ethics."),

    P("""I confirm that this assignment is my own work. Signed: Aled Pritchard, 14/03/2025"""),
]

CASE = Case(
    name="t_8587_301_housing_b_pdf",
    unit="8587-301",
    kind="structured-pdf",
    files=[SourceFile("Unit 301 - Mentoring in the Repairs Contact Centre.pdf", BLOCKS)],
    labels={
        "1.1": "puts at around four thousand pounds per leaver",
        "1.2": "so the ending is planned, not a fizzle",
        "1.3": "spend all day filling silences on the phone",
        "1.4": "scheduled in Genesys as an offline activity",
        "2.1": "I booked an emergency repair as routine",
        "2.2": "stops misunderstandings later",
        "2.3": "never held in the car park or the pub",
        "3.1": "which is what stage four is for",
        "3.2": "why she froze on live calls but did well in role play",
        "3.3": "rescores the wheel of work life and compares it with the first one",
        "4.1": "evidence of progress they can take to their appraisal",
        "4.2": "collude with a mentee against a manager",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": None,
        "identifying": [],
    },
    about="Housing association contact centre team leader; Google Docs PDF with a pasted contents list, AC wording retyped as headings, 4.1 and 4.2 under one shared heading, 2.1 running on into contracting; clean, pseudonyms and theorists only.",
)
