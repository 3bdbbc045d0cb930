"""8587-300 Understanding Good Practice in Coaching: a national park authority's area ranger manager, unstyled DOCX.

Huw Jenkins is Area Ranger Manager (North) at a national park authority and proposes coaching
for newly promoted ranger team leaders and estate workers. His Word file uses no heading
styles. Each answer is introduced by a plain line that starts with the criterion number and
a closing bracket, followed by his own paraphrase of the criterion, not the handbook's
words ("1.1) What is coaching for, in an organisation like ours?"). He answers barriers
("1.4)") before skills ("1.3)"), and one line, "2.1 and 2.2) Starting off with a coachee,
and agreeing the contract", introduces both: first contact and rapport in the first
paragraph, contracting in the next two. The 1.1 answer is three paragraphs with its label in
the third; the model answer (ACHIEVE, Dembkowski and Eldridge) is four paragraphs with its
label in the fourth. The knowledge, skills and behaviours are three plain lines starting
"Knowledge -", "Skills -", "Behaviours -" (bullets without a style). A title block with a word
count, an introduction and a conclusion that name every topic, references, no declaration.

Clean: no ranger or member of the public is named. Not identifying: the park authority, its
Director of Conservation by role, Dembkowski and Eldridge, Honey and Mumford, Gibbs,
Whitmore, the EMCC and ICF, the learner's own name.
"""

from .case import B, Case, P, SourceFile

BLOCKS = [
    P("Cairn Fells National Park Authority"),
    P("ILM Level 3 Certificate in Effective Coaching and Mentoring"),
    P("Unit 300 – Understanding Good Practice in Coaching within an Organisational Context"),
    P("Huw Jenkins, Area Ranger Manager (North)"),
    P("Word count: 2,045 (not including references)"),

    P("Introduction"),
    P("""The Park Authority's ranger service has 46 staff: area rangers, ranger team leaders,
      estate workers and seasonal assistant rangers. Most of our team leaders were promoted
      because they were the best rangers, and then left to get on with managing people, which
      is a completely different job. This proposal sets out why coaching would help, what a
      coach does and needs, what could get in the way, how to start and contract, how to keep
      coaching safe and ethical, a model and tools to use, how to monitor progress, why
      records matter and why coaches need reflection and supervision."""),

    P("1.1) What is coaching for, in an organisation like ours?"),
    P("""Coaching is a one-to-one, usually short-term, relationship in which the coach helps
      someone improve their performance and reach goals they have chosen, mainly by asking
      questions that help them think, rather than by telling or teaching. The coachee has the
      answers; the coach's job is to help them find them. It is different from training, which
      transfers a skill, and from mentoring, where the mentor's own experience of the path is
      a big part of the value."""),
    P("""For the Park Authority the uses are fairly clear. Our team leaders need to get better at
      conversations they find hard: performance issues with seasonal staff, disagreements with
      farmers about footpath access, and briefing volunteers who have been doing the job longer
      than they have. Estate workers moving into the new supervisor posts need to plan work for
      others rather than just do it. Coaching can also support people returning from long-term
      sickness, which after two hard winters on the hill is more common than it used to be."""),
    P("""The organisational purpose is tied to our management plan. We have fewer staff than ten
      years ago and more visitors, so we need people to solve problems on the ground without
      ringing headquarters. Coaching builds that independence in a way a course in a hotel in
      Cardiff does not, because it works on the real problem in front of them. It should also
      help retention, since two of our last three team leaders left within eighteen months
      of promotion."""),

    P("1.2) What a coach does and is responsible for, from start to finish"),
    P("""A coach is not the coachee's line manager during the coaching, not their trainer and not
      a counsellor. In our scheme coaches will come from a different area team so that a
      coachee is never coached by their own manager. The coach's responsibilities change
      through the relationship."""),
    P("""At the start the coach makes contact, explains what coaching is and is not, checks that
      the coachee actually wants it, and agrees a contract. During the coaching the coach
      holds the sessions, keeps to time, uses a model, asks and listens, challenges where
      needed, keeps confidences within the agreed limits, keeps records and refers on anything
      outside their competence (mental health, a grievance, a safeguarding worry). At the end
      the coach reviews progress against the goals with the coachee, helps them plan how to
      keep going on their own, closes the relationship properly and gives anonymous feedback
      on the scheme. Throughout, the coach has to manage boundaries, because on a small team
      everyone knows everyone, and remember that the coachee owns the goals."""),

    P("1.4) What could get in the way, and what we can do about it"),
    P("""Coach barriers: our coaches will be busy area rangers with their own teams, so the risk
      is that coaching is what gets dropped on a wet Monday. We will protect it by writing
      coaching time (two hours a month) into coaches' work plans and counting it in their
      appraisals. Some coaches will also find it hard not to give advice, having been rangers
      for twenty years; the two-day coaching skills course and supervision will help with
      that."""),
    P("""Coachee barriers: a team leader may see being offered a coach as a sign that they are
      failing. We will present coaching as something every newly promoted person gets, and let
      them choose their coach from a shortlist of three. Distance is the other one: some of our
      staff work from bases an hour and a half apart by single-track road, so sessions can be on
      Teams, or at the halfway visitor centre."""),
    P("""Organisational barriers: the Authority's culture is quite hierarchical, and a coachee may
      worry that what they say gets back to their manager. The contract will make the limits of
      confidentiality clear and the Director of Conservation has agreed to say publicly that
      coaching notes are not used for appraisals or disciplinaries."""),

    P("1.3) What a coach needs to know, be able to do and how they should behave"),
    B("""Knowledge - what coaching is and how it differs from mentoring and training; at least one
      recognised model; the Authority's people policies (capability, grievance, wellbeing);
      the limits of confidentiality and when to refer; the EMCC or ICF competences as a
      standard to work towards."""),
    B("""Skills - active listening, open and probing questions, summarising and reflecting back,
      goal setting, giving and receiving feedback, challenging supportively, managing time
      in a session."""),
    B("""Behaviours - patience, curiosity, keeping confidences, being non-judgemental about a
      coachee's choices, reliability, and the self-discipline not to jump in with the
      answer because you happen to know how to fix a stile."""),

    P("2.1 and 2.2) Starting off with a coachee, and agreeing the contract"),
    P("""The first contact should be from the coach, by phone rather than e-mail, within a week of
      the match. I would suggest an informal first meeting, a chemistry conversation, on the
      coachee's own patch, walking if they prefer, where the coach listens far more than they
      talk, finds out about the coachee and their job, and explains how coaching works. Rapport
      comes from showing genuine interest and matching their pace; trust comes from being
      honest about what the coach will and will not share, and then being consistent."""),
    P("""Contracting is how both sides agree the rules before the real work starts. It matters
      because it makes expectations clear, protects the coachee (confidentiality and its
      limits), protects the coach (they are not there to fix everything) and protects the
      organisation (it knows what it is paying for). Without it, coaching can drift into a
      moan session or a management meeting in disguise."""),
    P("""The process has two parts. First a three-way meeting with the coachee's line manager for
      twenty minutes to agree the broad aims and that the manager will not ask what was said.
      Then the coach and coachee agree the detail on their own: number and length of sessions,
      where and when, cancellation, confidentiality and its exceptions (risk of harm,
      safeguarding, gross misconduct), what records are kept and who sees them, and how the
      coaching will end. Both sign it, and it is reviewed at the halfway point."""),

    P("2.3) Keeping it safe and ethical"),
    P("""Practical safety matters in our setting: if a session is a walk on the hill, the usual
      lone working and weather rules apply, the coachee chooses the route and someone at base
      knows where they are. Sessions indoors should be in a room with a window in the door,
      not in someone's Land Rover. Confidentiality follows the contract, and notes are kept
      on the HR drive, not on personal phones."""),
    P("""Conflicts of interest must be avoided: a coach should not coach someone they manage,
      someone they are related to, or someone in a disciplinary process they are involved
      in. If the coachee's goals conflict with the coach's values, for example about how the
      Authority deals with landowners, the coach should recognise it and stay neutral or
      hand over. Coaches will follow the EMCC Global Code of Ethics and will refer on if
      the coachee needs more help than coaching can give."""),

    P("3.1) Managing the process – the ACHIEVE model"),
    P("""I propose the ACHIEVE model (Dembkowski and Eldridge, 2003), which builds on GROW and
      has seven steps: Assess the current situation, Creative brainstorming of alternatives,
      Hone goals, Initiate options, Evaluate options, Valid action programme design, and
      Encourage momentum."""),
    P("""Its strengths are that it starts with the current situation rather than the goal, which
      suits people who arrive with a problem rather than a neat goal, and that the final step
      is about keeping going between sessions, which is where our coachees lose track during
      the busy summer. It is also clear enough for new coaches to follow."""),
    P("""Its weaknesses are that seven steps is a lot to remember and can feel mechanical, and a
      short session on Teams will rarely get through all of them. Coaches will need to treat
      it as a guide, not a script, and it could be too structured for a coachee who mainly
      needs to think out loud."""),
    P("""To manage the process a coach would use the first session to Assess and start Creative
      brainstorming, then work through Hone, Initiate and Evaluate over the middle sessions.
      For example, a team leader struggling with a volunteer group who ignore her briefings
      might hone her goal to leading one work party where the volunteers follow the agreed
      method. By session three she would design her own action programme, and the coach
      would encourage momentum with a short check-in text between sessions."""),

    P("3.2) Tools for finding out preferences and setting goals"),
    P("""A wheel of life adapted for work (eight segments such as planning, people, safety, own
      wellbeing) lets a coachee score themselves and pick where to focus; it is quick and
      visual, which suits people who don't like forms. A learning styles or preferences
      questionnaire, such as Honey and Mumford's, helps the coach see whether the coachee
      prefers to try things out or think them through first. SMART goal setting turns a vague
      aim into something measurable. Scaling questions ("on a scale of 1 to 10, how confident
      are you about briefing the volunteers?") are useful at every session because the coachee
      sets the number and says what would move it up one."""),

    P("3.3) Monitoring and reviewing progress"),
    P("""I would use two main methods. The first is a short review at the start of each session
      against the actions agreed last time, using the same scaling question so progress is
      visible as a number over time. The second is a halfway and final review against the
      SMART goals, including, if the coachee agrees, a short comment from their manager. The
      session reviews are more honest and frequent; the goal reviews are better at showing
      whether anything changed at work. A third, lighter method is asking the coachee to keep
      a brief reflective note between sessions."""),

    P("4.1) Why coaching records matter"),
    P("""Coaches should keep the signed contract, brief session notes (date, length, themes,
      actions) and review outcomes. Coachees should keep their own action notes. Records
      keep both sides honest about what was agreed, show progress, and protect the coach if
      there is ever a complaint. Under UK GDPR and the Data Protection Act 2018, notes should
      contain only what is needed, be stored securely on the HR drive with restricted access,
      be shared with the coachee on request, and be deleted a year after coaching ends."""),

    P("4.2) Why coaches need to reflect and have supervision"),
    P("""Reflective practice means looking back on a session to understand what happened and
      what to do differently, for example using Gibbs' cycle. Without it a coach keeps
      repeating the same habits, such as asking three questions at once. Supervision gives the
      coach a place to talk through difficult cases, check ethics and look after their own
      wellbeing. The EMCC expects coaches to have it. Without supervision a coach could miss
      that a coachee needs referring on, or carry someone else's problems home up the valley
      every night."""),

    P("Conclusion"),
    P("""Coaching would give our new team leaders support at the point they most need it. I have
      covered purpose, the coach's role, barriers, skills, starting and contracting, safe
      practice, the ACHIEVE model, tools, monitoring, records, and reflection and
      supervision."""),
    P("References"),
    P("Dembkowski, S. and Eldridge, F. (2003) 'Beyond GROW: a new coaching model', The International Journal of Mentoring and Coaching, 1(1)."),
    P("EMCC (2021) Global Code of Ethics for Coaches, Mentors and Supervisors."),
    P("Whitmore, J. (2017) Coaching for Performance. 5th edn. London: Nicholas Brealey."),
]

CASE = Case(
    name="sp_300_national_park_unstyled",
    unit="8587-300",
    kind="numbered-unstyled",
    files=[SourceFile("H Jenkins 300 assignment.docx", BLOCKS)],
    labels={
        "1.1": "solve problems on the ground without ringing headquarters",
        "1.2": "a coachee is never coached by their own manager",
        "1.3": "not to jump in with the answer because you happen to know",
        "1.4": "writing coaching time (two hours a month) into coaches' work plans",
        "2.1": "on the coachee's own patch, walking if they prefer",
        "2.2": "the manager will not ask what was said",
        "2.3": "not in someone's Land Rover",
        "3.1": "hone her goal to leading one work party",
        "3.2": "what would move it up one",
        "3.3": "the same scaling question so progress is visible",
        "4.1": "be deleted a year after coaching ends",
        "4.2": "asking three questions at once",
    },
    expected_checks={"declaration": False, "evidence_matrix": None, "identifying": []},
    about="National park area ranger manager's 300 in unstyled Word: '1.1) <own paraphrase>' answer lines, 1.4 before 1.3, '2.1 and 2.2)' over rapport then two contracting paragraphs, 1.1 label in the 3rd of three paragraphs, ACHIEVE label in the 4th of four, knowledge/skills/behaviours as unstyled bullets, word count and references, no declaration, clean.",
)
