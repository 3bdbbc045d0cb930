"""8587-301 Understanding Good Practice in Mentoring: a paper mill's training coordinator, PDF.

Gareth Pryce is training coordinator at a paper mill (two tissue machines and a converting
hall) and proposes mentoring for operators newly promoted to machine crew leader. He wrote
a report in Word and saved it as PDF: nine sections under his own titles that never quote
a criterion, in his own order, several criteria sharing a section:
"Why the mill needs this" (1.1, benefits to the new crew leader and then benefits to the
mill: the look-alike pair, label in the mill paragraph), "Getting off on the right foot"
(2.1 then 2.2), "The mentor's job and what it takes" (1.2 then 1.3), "What will get in the
way" (1.4; a barrier first raised in passing in "Getting off on the right foot"), "A shape
for the conversations" (3.1, Clutterbuck's phases, four paragraphs, label in the fourth),
"Working out what each person needs" (3.2), "Is it working?" (3.3), "Safe, fair and written
down" (2.3 and then 4.1 in one section), "Looking after the mentors" (4.2). At the end a
"Where to find each criterion" table maps every AC to a section and a page; its page numbers
are his guesses from the Word file, not checked against the PDF. No declaration.

Clean: mentees are "a new crew leader", "Mentee A"; managers by role. Not identifying:
the learner's own name, Clutterbuck, Megginson, Kolb, Gibbs, the EMCC, Honey and Mumford.
"""

from .case import Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "Mentoring new crew leaders at the mill"),
    P("ILM Level 3 Certificate in Effective Coaching and Mentoring - Unit 301"),
    P("Gareth Pryce, Training Coordinator"),

    H(1, "1. Why the mill needs this"),
    P("""Our mill runs two tissue machines and a converting hall around the clock on a four-shift
      pattern. When a machine crew leader retires or moves on, we promote the best operator on
      the crew. They know the machine inside out, but overnight they are responsible for five
      people who were their mates last week, for the quality of every reel that comes off, and
      for stopping the line if something is unsafe. At the moment they get a two-day
      supervisory course and then they are on their own."""),
    P("""Mentoring is a longer-term, one-to-one relationship in which a more experienced person
      supports someone's learning and development by sharing experience, listening, and helping
      them think through problems and make their own decisions. For a new crew leader the
      benefit is having someone outside their own line to talk to about the things the
      course cannot cover: telling a friend he is on a final warning, or deciding at three in
      the morning whether a web break is worth a call to the shift manager."""),
    P("""For the mill, the purpose is different but just as real. Of the last eight crew leaders
      promoted, three asked to go back to operating within a year. Each time we lost a good
      operator and an investment in training, and the crew lost confidence. Mentoring is
      there to stop the mill losing good operators twice over, and to pass on the know-how of
      the senior crew leaders before they retire, which is also why our health and safety
      manager supports the proposal: new leaders who feel able to ask are new leaders who
      stop the line when they should."""),

    H(1, "2. Getting off on the right foot"),
    P("""Mentors will be experienced crew leaders from the other machine or the converting hall,
      never from the mentee's own crew. The first contact will be the mentor calling in at
      the start of the mentee's shift for a cup of tea, before any formal meeting, so that the
      first time they talk properly is not in an office with a form. The first proper meeting
      is for getting to know each other: how each of them came to the mill, what the mentor
      found hard when they stepped up, and what the mentee is worried about. Mentors will
      share one story of a night that went wrong for them, because it tells the mentee that
      mistakes can be talked about. Shift patterns will make it hard to meet at all, which I
      come back to in section 4."""),
    P("""At the second meeting they agree a mentoring agreement. The rationale is that both people
      need the same picture of what they are doing before anything sensitive comes up, and that
      the mentee's manager needs to trust the process without hearing what is said. It covers
      how often and where they meet, how to cancel, what is confidential and the exceptions
      (safety, safeguarding, anything illegal), what the mentee wants to get out of it, how
      notes are kept, and how and when it will end. The mentee's shift manager joins for the
      first part of that meeting to agree the broad aims, then leaves before the detail is
      settled. It is a discussion first and a signature second, and it gets looked at
      again after three months."""),

    H(1, "3. The mentor's job and what it takes"),
    P("""The mentor is not the mentee's manager, trainer or counsellor. The shift manager sets
      targets and deals with performance; the training team teaches the systems; occupational
      health and the employee assistance programme deal with personal problems. The mentor's
      role is to be a sounding board and a source of experience, and to help the mentee
      develop their own way of leading. Their responsibilities change over time: early on,
      making contact, building rapport and agreeing the agreement; in the middle, meeting
      regularly, listening, asking, sharing experience when it is useful, challenging when the
      mentee avoids something, and keeping confidences; at the end, reviewing what has changed
      and closing properly. They must know the limits of the role and refer on, because a
      mentor who tries to sort out a mentee's debts is out of their depth."""),
    P("""What a mentor needs to bring falls into three groups. Knowledge: the crew leader role
      and its procedures, the mill's people policies, what mentoring is and is not, a
      mentoring model, and where to refer. Skills: listening, open questions, summarising,
      feedback, helping set goals, telling a story from experience in a way the mentee can
      use. Behaviours: patience, discretion, reliability, and the humility to say that
      the mentor's own way is one way of doing it, not the only way. The behaviours matter
      most; a crew leader can have thirty years on the machine and still make a poor mentor
      if every conversation ends with "what I'd do is"."""),

    H(1, "4. What will get in the way"),
    P("""The biggest barrier is the four-shift pattern, which means a mentor on one machine and a
      mentee on the other may not share a shift for weeks. Second, the mill's culture: people
      who came up from the shop floor can see asking for help as weakness, especially in front
      of their old crew. Third, mentors are themselves busy crew leaders, and the mentoring is
      the first thing dropped when a machine goes down. And fourth, some mentors will
      mentor the way they were managed twenty years ago."""),
    P("""Each of these can be reduced. We will pair mentors and mentees on the same shift letter,
      even if they are on different machines, so they are at work at the same time, and pay
      an hour's overtime for a meeting at handover when that is not possible. Every new crew
      leader gets a mentor as standard, so nobody is seen as needing one. Mentoring time will
      be logged as a training activity so it counts in the mentor's objectives. And mentors
      will have a half-day briefing before they start, so they know what is expected."""),

    H(1, "5. A shape for the conversations"),
    P("""I propose Clutterbuck and Megginson's five phases of a developmental mentoring
      relationship: building rapport, setting direction, progression, winding down, and moving
      on. It is a model of the whole relationship rather than of one conversation."""),
    P("""Its strengths for us are that it reminds mentors the relationship has to be built
      before it can be used, and that it plans the ending from the start, which stops
      relationships drifting on until someone stops turning up. It is simple to explain in a
      briefing."""),
    P("""Its weaknesses are that it does not tell a mentor what to do within a single meeting, and
      the phases do not arrive neatly. A mentee can slip back to needing reassurance months in.
      So I would give mentors a simple structure for each meeting as well (what has happened,
      what do you want from today, what will you do), used inside the phases."""),
    P("""In practice the mentor would spend the first month or so on rapport, then help the mentee
      set direction. For example, Mentee A in our pilot said he wanted to "be taken seriously".
      In setting direction the mentor asked what being taken seriously would look like on a
      night shift, and he settled on running the start-of-shift briefing himself instead of
      leaving it to the senior operator. Progression meant trying it, reporting back and
      adjusting; winding down began when he said he no longer needed to rehearse it with the
      mentor beforehand."""),

    H(1, "6. Working out what each person needs"),
    P("""Three tools. A self-assessment against our crew leader competence framework, scored by
      the mentee before the first setting-direction meeting, shows where they feel weakest.
      The Honey and Mumford learning styles questionnaire tells the mentor whether the mentee
      prefers to learn by having a go, by watching, by reading or by planning, which shapes
      what they agree: a mentee who learns by watching might spend a shift shadowing a
      respected crew leader on the other machine. A simple timeline exercise, where the mentee
      plots their highs and lows since promotion, often shows what they actually want to work
      on. Goals from these are then written as SMART goals in the mentee's own words."""),

    H(1, "7. Is it working?"),
    P("""Progress will be checked at every meeting by going back over the actions from last time,
      and at three and six months by re-scoring the competence self-assessment. Between
      those, the mentee can ask two members of their crew for a few lines of feedback before
      the six-month review, which gives a view from the people they lead. The self-scoring
      shows how the mentee sees their progress, the crew feedback shows whether anyone else
      has noticed, and the action review keeps things moving month by month."""),

    H(1, "8. Safe, fair and written down"),
    P("""Meetings should be held somewhere private but not isolated: the training room or the
      canteen's quiet corner, not a mentor's car in the car park at the end of a night shift.
      Nobody mentors on the machine floor, where there is noise and moving plant. Mentors
      keep confidences as agreed and must never use what a mentee tells them in a
      disciplinary or in a promotion decision. Mentors will declare any conflict of interest,
      such as being related to someone on the mentee's crew, and step back. We will follow
      the EMCC Global Code of Ethics."""),
    P("""Records matter to both people. For the mentor, the agreement and short meeting notes are
      a reminder of what was said and agreed, a way to see progress, and something to take to
      supervision. For the mentee, their own copy of the goals and actions is a record of how
      far they have come, which is motivating in the low months and useful at their appraisal
      if they choose to share it. Records are personal data, so under UK GDPR they are kept to
      what is needed, held in a locked cabinet in the training office or a restricted folder,
      and destroyed six months after the relationship ends."""),

    H(1, "9. Looking after the mentors"),
    P("""Reflective practice, for example using Gibbs' cycle after each meeting, makes mentors
      look at what they did and why it worked or didn't, rather than just how the mentee
      got on. Without it, mentors repeat their habits and never notice that they talked for
      most of the hour. Supervision matters because mentors will hear difficult things and
      make judgement calls about confidentiality, and they need somewhere safe to take that. I
      propose a group supervision session for mentors every two months, run by me, and a
      named manager they can go to between times."""),

    H(1, "Where to find each criterion"),
    T(["AC", "Section", "Page"],
      ["1.1", "1. Why the mill needs this", "1"],
      ["1.2", "3. The mentor's job and what it takes", "2"],
      ["1.3", "3. The mentor's job and what it takes", "2"],
      ["1.4", "4. What will get in the way", "3"],
      ["2.1", "2. Getting off on the right foot", "1"],
      ["2.2", "2. Getting off on the right foot", "2"],
      ["2.3", "8. Safe, fair and written down", "4"],
      ["3.1", "5. A shape for the conversations", "3"],
      ["3.2", "6. Working out what each person needs", "3"],
      ["3.3", "7. Is it working?", "4"],
      ["4.1", "8. Safe, fair and written down", "4"],
      ["4.2", "9. Looking after the mentors", "4"]),
    P("References: Clutterbuck, D. and Megginson, D. (2005) Making Coaching Work. London: CIPD. EMCC (2021) Global Code of Ethics. Gibbs, G. (1988) Learning by Doing. Oxford: FEU. Honey, P. and Mumford, A. (1992) The Manual of Learning Styles."),
]

CASE = Case(
    name="r19c_301_paper_mill_pdf",
    unit="8587-301",
    kind="structured-pdf",
    files=[SourceFile("Pryce_301_mentoring_report.pdf", BLOCKS)],
    labels={
        "1.1": "stop the mill losing good operators twice over",
        "1.2": "a mentor who tries to sort out a mentee's debts",
        "1.3": "thirty years on the machine and still make a poor mentor",
        "1.4": "pair mentors and mentees on the same shift letter",
        "2.1": "calling in at the start of the mentee's shift",
        "2.2": "It is a discussion first and a signature second",
        "2.3": "never use what a mentee tells them in a disciplinary",
        "3.1": "running the start-of-shift briefing himself",
        "3.2": "spend a shift shadowing a respected crew leader",
        "3.3": "gives a view from the people they lead",
        "4.1": "useful at their appraisal if they choose to share it",
        "4.2": "never notice that they talked for most of the hour",
    },
    expected_checks={"declaration": False, "evidence_matrix": None, "identifying": []},
    about="Paper mill training coordinator's 301 PDF: own section titles never quoting a criterion, own order, 2.1+2.2, 1.2+1.3 and 2.3+4.1 sharing sections, individual vs mill benefits look-alike, model label in 4th paragraph, end table mapping ACs to sections and wrong pages; no declaration.",
)
