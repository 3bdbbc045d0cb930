"""8587-301 Understanding Good Practice in Mentoring: a sugar beet factory's shift manager, unstyled DOCX.

Alison Fenwick is a process shift manager at a sugar beet factory that runs round the clock
through the five-month "campaign" (September to February) and does its maintenance in the
summer. She proposes mentoring for newly qualified process technicians joining the shift
crews from the apprenticeship. She typed the assignment in Word with no heading styles: every
line is Normal, and each answer sits under a typed line that numbers the criterion a
different way ("Q1.1", "Question 1.2 -", "1.3)", "2.1/2.2", "AC2.3", "AC1.4", "3.1", "3.3)",
"LO4 AC1", "LO4 AC2") followed by the AC's wording; 3.2 has only the AC's full wording, no
number. For 1.2 and 2.3 she also pasted the handbook's guidance below the wording. She
answered out of order: 1.4 comes after 2.3, with a line saying she left it till she had
written the contracting part. 2.1 and 2.2 share one line, initiation then contracting;
1.2 runs over two paragraphs, role then responsibilities (label in the second). No
declaration.

Clean: "Mentee 1", "a new technician", managers and the apprenticeship tutor by role. Not
identifying: the learner's own name, Clutterbuck, Megginson, Gibbs, Schon, Honey and Mumford,
the EMCC, UK GDPR, the Equality Act, COMAH.
"""

from .case import Case, P, SourceFile

BLOCKS = [
    P("ILM Level 3 Certificate in Effective Coaching and Mentoring"),
    P("Unit 301 - Understanding Good Practice in Mentoring within an Organisational Context"),
    P("Name: Alison Fenwick    Job title: Process Shift Manager"),
    P("""Background: our factory slices, diffuses and crystallises sugar beet from the growers in
      our area. During the campaign we run 24 hours a day, seven days a week, on five shift
      crews, and process around twelve thousand tonnes of beet a day. Process technicians
      control the diffusers, the evaporators, the lime kiln and the pan floor from the
      central control room and out on the plant. For the last three years we have trained
      our own through a Level 3 apprenticeship. This assignment is a proposal for mentoring
      those technicians in their first campaign after they qualify."""),

    P("Q1.1 Describe the purpose of effective mentoring within an organisational context"),
    P("""Mentoring is a longer-term relationship in which someone more experienced supports another
      person's learning and development, mainly by listening, questioning and sharing
      experience, so the mentee builds their own judgement. It is about the person's growth as
      much as the job."""),
    P("""In our factory the purpose is very specific. An apprentice spends three years mostly on
      day shift with a tutor watching them. Then they qualify and go onto a shift crew in the
      middle of a campaign, and on a night shift they may be the only person watching the
      evaporator station when something goes wrong. We have lost four of our last eleven
      newly qualified technicians within two campaigns, and exit interviews say the same
      thing: the jump from apprentice to crew member was lonely. Mentoring is there to make
      that jump less lonely, to keep people we have spent three years training, and to pass
      on the kind of plant knowledge that is not in any operating procedure, such as what the
      pan floor sounds like just before a pan boils over. For the business this protects
      a big investment and, on a COMAH site, supports safety, because a technician who feels
      able to ask is a technician who asks before acting."""),

    P("Question 1.2 - Explain the role and responsibilities of an effective mentor"),
    P("""Guidance: Clearly explain the role of an effective mentor as distinct from other roles (e.g.,
      coach, trainer, and supervisor). The learner should also explain the responsibilities of
      the mentor throughout a mentoring relationship and referencing any boundaries or
      limitations."""),
    P("""The mentor's role is to be an experienced person outside the mentee's line who the mentee
      can go to with anything about their work and their development. They share experience
      when it helps, but mostly they listen and help the mentee think. This is different from
      the shift manager, who supervises and deals with performance and discipline, and from
      the apprenticeship tutor, who teaches and assesses. It is also different from a coach,
      who would work on a specific goal over a few sessions and would not normally offer their
      own experience. Our mentors will be senior technicians from a different crew."""),
    P("""The responsibilities change during the relationship. At the start the mentor makes contact,
      builds rapport and agrees the mentoring agreement. In the middle they meet as agreed,
      listen, ask questions, share experience, challenge where the mentee is avoiding
      something and keep confidences. Towards the end they help the mentee review what has
      changed and close the relationship well, usually after the first full campaign. Through
      all of it the mentor has to stay inside the limits of the role: a mentor does
      not sign off competence or tell the shift manager how the mentee is doing, and they refer
      on to occupational health or the employee assistance line for anything personal they
      are not equipped to deal with."""),

    P("1.3) Identify the skills, knowledge and behaviours required of an effective mentor"),
    P("""Skills: listening properly, open and probing questions, summarising, giving feedback that
      is specific and balanced, helping someone set goals, and telling a story from your own
      experience in a way that helps rather than lectures. Knowledge: the technician role and
      the plant, the site's people policies and where to refer, what mentoring is and is not,
      a mentoring model, and the ethical code we follow. Behaviours: patience, honesty,
      discretion, reliability, and treating the mentee as an equal adult even though they
      are new. The best operator on the site is not automatically a good mentor; a senior
      technician who answers every question with "when I started we just got on with it"
      would do more harm than good."""),

    P("""2.1/2.2 Identify methods to initiate a productive working relationship with an individual /
      Explain the rationale for and process of contracting in mentoring"""),
    P("""We will start before the campaign does. Each new technician will meet their mentor during
      the summer maintenance period, when the plant is shut and people have time. The first
      meeting is informal, a walk round the plant with a brew afterwards, and is about getting
      to know each other: how each came to the factory, what the mentee enjoyed in the
      apprenticeship and what worries them about shift work. The mentor shares their own
      first night shift, which was usually a disaster. Where we can, we will let the mentee
      pick from two possible mentors after meeting both, because a relationship they have
      chosen starts with more trust."""),
    P("""The contract, which we will call the mentoring agreement, comes at the second meeting. The
      rationale is that both people need to know what they are signing up to before anything
      difficult comes up, and the shift manager needs to trust the arrangement without being
      told what is said. It also sets out the limits of confidentiality, which protects both
      mentor and mentee. The process is that the shift manager, mentor and mentee meet for the
      first ten minutes to agree the broad aim (for example, to be signed off to run the
      evaporator station alone by Christmas) and that the manager will only be told whether
      meetings are happening. The manager then leaves and the two of them agree the rest:
      how often and where they meet, how contact works between meetings, what stays private
      and the exceptions, how notes are kept, and how it will end. They both sign it and take
      a copy, and it is reviewed at the halfway point of the campaign."""),

    P("AC2.3 Describe what represents safe and ethical practice in mentoring"),
    P("""Guidance: Describe safe and ethical practice in mentoring. The learner should consider
      practical safety, confidentiality and potential conflicts of interests and values. The
      learner may wish to reference relevant mentoring frameworks, codes of ethics or
      standards."""),
    P("""Practical safety comes first on a site like ours. Mentoring meetings happen in the training
      room or a meeting room, never out on the plant, where there is noise, heat and moving
      machinery, and never in someone's car at the end of a night shift. Meetings should be
      in working hours, or in the hour after handover paid as overtime, so nobody is mentoring
      or being mentored when exhausted. Confidentiality is kept as agreed, with the limits
      written in the agreement: anything that puts someone at risk, a safety breach on the
      plant, or anything illegal must be passed on. A mentor must never use what they hear
      in a disciplinary or a grading decision. Conflicts of interest are declared; mentors
      will not mentor a relative or anyone on a crew they are likely to lead. Mentors will
      respect the mentee's values and background under the Equality Act and the site's dignity
      at work policy, and we will follow the EMCC Global Code of Ethics."""),

    P("AC1.4 Identify how to overcome potential barriers to mentoring"),
    P("""(I left this one until after section 2, because most of my answers to the barriers come out
      of the agreement.)"""),
    P("""The first barrier is the campaign itself. For five months everyone works twelve-hour shifts
      and the plant comes first; a mentor on a different crew may not see the mentee for
      weeks. We will overcome this by pairing mentor and mentee on crews that overlap at
      handover, by holding the first meetings in the summer shutdown, and by allowing a
      phone or Teams call between meetings. The second barrier is culture: a new technician may
      think that asking for help makes them look weak in front of a crew that has run the
      plant for twenty years. Offering a mentor to every new technician as standard, not to
      those who are struggling, deals with most of that. The third is the mentors themselves.
      Some senior technicians will instruct rather than mentor, so every mentor will do a
      half-day briefing and join the mentors' supervision group. The last is the shift
      manager, who might see mentoring as time off the plant; involving them in the
      three-way start and showing them the retention figures should help."""),

    P("3.1 Explain how to manage a mentoring process using a recognised mentoring model"),
    P("""I will use Clutterbuck and Megginson's five stages of a developmental mentoring
      relationship: building rapport, setting direction, progression, winding down, and moving
      on. It is a model of the whole relationship, which suits a mentoring that lasts a full
      campaign. Its strengths are that mentors can see where they are and what comes next,
      and that it builds the ending in from the start. Its weakness is that it gives no
      structure for a single meeting and relationships rarely move through the stages in a
      straight line, so mentors will also use a simple three-question structure in each
      meeting (what has happened, what do you want from today, what will you do next)."""),
    P("""In practice, for Mentee 1 in our trial last campaign, rapport was built during the summer
      walk-rounds. In setting direction she said she wanted to "stop panicking on the pan
      floor", and with her mentor she turned that into being able to run a full pan cycle
      on nights without calling for help. Progression meant working towards it over several
      weeks, reviewing each attempt at the next meeting. Winding down started in January,
      when the meetings went monthly, and moving on meant agreeing that she could still ring
      her mentor during the next campaign as a colleague."""),

    P("""Describe a range of mentoring tools and techniques that can be used to identify preferences
      and agree goals or outcomes to facilitate the mentoring process"""),
    P("""Three tools. A skills self-assessment against the technician competence framework, done
      before setting direction, shows which areas of the plant the mentee feels least sure of
      and gives them words for their goals. The Honey and Mumford learning styles questionnaire
      shows how they prefer to learn: an activist might learn the evaporators by taking the
      panel with the mentor beside them, a reflector by shadowing a senior technician for a
      full shift first. And a simple "start, stop, continue" exercise at the first setting
      direction meeting, where the mentee lists what they want to start doing, stop doing and
      keep doing, helps turn worries into goals. The goals are then written as SMART goals in
      the mentee's own words, and the mentor checks commitment by asking how important each one
      is to them."""),

    P("3.3) Explain methods for monitoring and reviewing progress towards goals"),
    P("""Every meeting starts with a review of the actions from the last one, which keeps the
      mentee moving and lets problems show early. At the halfway point of the campaign the
      mentee re-scores the skills self-assessment, and the difference from their first scores
      shows progress they often don't notice themselves. Third, because competence sign-off is
      recorded by the training department, the mentee can see which stations they have been
      signed off on since the mentoring began, which is objective evidence. The self-scoring
      is the least reliable on its own, since new technicians tend either to underrate or
      overrate themselves, so the three methods are used together and discussed at the final
      review."""),

    P("LO4 AC1 Explain the purpose of mentoring records for mentor and mentee"),
    P("""For the mentor, records (the agreement, short notes of each meeting and agreed actions)
      are a memory aid across a long campaign of broken sleep, a way of noticing patterns, and
      something to take to supervision. They also show that the mentor kept to the agreement
      if anything is ever questioned. For the mentee, their own copy of goals and actions is
      something to look back on in February to see how far they have come, and they can
      choose to use it in their first annual appraisal. Records contain personal data, so
      under UK GDPR they hold only what is needed, are kept in a locked cabinet in the
      training office or a restricted folder, the mentee can see them, and they are destroyed
      six months after the mentoring ends."""),

    P("LO4 AC2 Justify the importance of reflective practice and supervision within a mentoring context"),
    P("""Reflective practice matters because mentoring skills only improve if the mentor looks back
      at what they did and why. A mentor who uses Gibbs' cycle after each meeting will notice,
      for example, that they answered a question the mentee could have worked out, and
      try something different next time. Schon's idea of reflecting in action also matters on
      a shift, when a mentor has to decide on the spot whether to share their own story. A
      mentor who never reflects will simply repeat the way they were brought up on the plant."""),
    P("""Supervision matters because mentors will hear things that are hard to carry alone: a
      mentee who is not coping with nights, or who saw something unsafe and did not report it.
      They need somewhere confidential to work out what to do, to check they are staying
      within their role, and to look after themselves. Without supervision a well-meaning
      mentor could break a confidence that did not need breaking, or keep one that should
      have been passed on. I propose a supervision group every six weeks during the campaign,
      run by the training manager, with one-to-one time available on request."""),
    P("""References: Clutterbuck, D. and Megginson, D. (1999) Mentoring Executives and Directors.
      Gibbs, G. (1988) Learning by Doing. Schon, D. (1983) The Reflective Practitioner. EMCC
      (2021) Global Code of Ethics."""),
]

CASE = Case(
    name="r20c_301_sugar_factory_docx",
    unit="8587-301",
    kind="numbered-unstyled",
    files=[SourceFile("A Fenwick 301 assignment.docx", BLOCKS)],
    labels={
        "1.1": "what the pan floor sounds like just before a pan boils over",
        "1.2": "a mentor does not sign off competence",
        "1.3": "when I started we just got on with it",
        "1.4": "holding the first meetings in the summer shutdown",
        "2.1": "a walk round the plant with a brew afterwards",
        "2.2": "the manager will only be told whether meetings are happening",
        "2.3": "never use what they hear in a disciplinary or a grading decision",
        "3.1": "run a full pan cycle on nights without calling for help",
        "3.2": "a simple \"start, stop, continue\" exercise",
        "3.3": "signed off on since the mentoring began",
        "4.1": "a memory aid across a long campaign of broken sleep",
        "4.2": "mentors will hear things that are hard to carry alone",
    },
    expected_checks={"declaration": False, "evidence_matrix": None, "identifying": []},
    about="Sugar beet factory shift manager's 301 in unstyled Word: typed lines 'Q1.1', 'Question 1.2 -', '1.3)', '2.1/2.2', 'AC2.3', 'LO4 AC1', 3.2 by wording alone, pasted guidance under two, 1.4 answered after 2.3 with a note, role/responsibilities over two paragraphs; no declaration.",
)
