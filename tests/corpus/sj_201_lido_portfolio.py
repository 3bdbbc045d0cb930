"""8584-201 Developing Mentoring Skills: an outdoor lido duty manager's two-file portfolio.

Hannah Brightwell is a duty manager at a charitable trust's heated outdoor lido and mentors
a lifeguard who wants to become a shift supervisor. The main file is a Word document with
her own section headings and sub-headings that carry the AC number in brackets at the end
("What I planned (1.1)"). She answers 2.4 (trust) before 2.2 and 2.3, says "as I said in
1.1" in her records answer, gives 2.2 a two-line answer followed by a long worked example
under its own sub-heading, and points to the appendix for 2.1 and 3.2: the session log and the tutor
meeting record live only in "Appendix 1 - records.pdf", so the labels for those two are in
the PDF. There is no evidence matrix; she signs a declaration on the cover.
"""

from .case import B, Case, H, P, SourceFile, T

PORTFOLIO = [
    H(0, "Developing Mentoring Skills - Portfolio of Evidence"),
    T(
        ["Learner", "Hannah Brightwell"],
        ["Unit", "8584-201 Developing Mentoring Skills"],
        ["Workplace", "Farleigh Lido Trust"],
        ["Tutor", "Southfield Adult Learning"],
    ),
    P("""Learner declaration: I declare that this portfolio and the records in Appendix 1 are my own
      work and a true account of the mentoring I carried out. Signed H. Brightwell, 12 June 2025."""),
    H(1, "Background"),
    P("""Farleigh Lido is a 50 metre heated outdoor pool run by a small charitable trust, open
      all year, with around forty staff, most of them seasonal lifeguards. I am one of three duty
      managers. My mentee is a lifeguard in his second season who wants to become a shift
      supervisor, so he will be in charge of the poolside team when I am in the office. I call
      him M in this portfolio. This portfolio covers how I planned the mentoring, the goals,
      the sessions themselves, how I used questioning, feedback and trust, my records, and a
      look back at my own performance with my tutor's help."""),

    H(1, "Section A - Getting started"),
    H(2, "What I planned (1.1)"),
    P("""Before we met I wrote a simple plan. Five sessions of 40 to 50 minutes, every second
      Tuesday from March to May, at 7.15 am before the early swim finishes, in the first aid room
      because it has a door that shuts and nobody else uses it at that time. First session:
      getting to know each other, signing the agreement and looking at the supervisor job
      description together so he could score himself against it. Sessions two to four: working
      on the goals using GROW. Last session: reviewing progress and ending the mentoring
      properly. I also planned to observe him running a poolside briefing once, with his
      permission, and to keep a short record after each session."""),
    H(2, "Goals we agreed (1.2)"),
    P("""We agreed these in the first session, in his words:"""),
    B("""Run the pre-opening poolside briefing for the whole lifeguard team on my own by the end
      of April, covering the rota, water quality readings and any hazards."""),
    B("""Deal with a complaint from a member of the public on poolside without radioing for the
      duty manager, and write the incident form myself."""),
    B("""Complete the supervisor module of the NPLQ refresher and pass the written test before the
      summer season starts."""),

    H(1, "Section B - The mentoring"),
    H(2, "Evidence of three hours of mentoring (2.1)"),
    P("""Please see Appendix 1, part A, for the session log. In short it was five sessions,
      3 hours 35 minutes altogether."""),
    H(2, "How trust was developed (2.4)"),
    P("""M was wary at first. He told me later that he thought being mentored by a duty manager
      meant he was being watched for mistakes. In the first session I made it clear this was
      separate from his appraisal, that what he said stayed between us unless it was a safety
      or safeguarding matter, and I wrote that into the agreement we both signed. I told him
      about the first time I had to clear the pool in a thunderstorm and got it completely
      wrong, which made him laugh and relax. After that, the thing that built trust most was
      doing what I said I would: when I promised to get him a copy of the supervisor
      competency sheet I had it on his locker the next morning. By session three he was
      bringing me things I had not asked about, such as feeling out of his depth with older
      lifeguards, which I took as a sign he trusted me."""),
    H(2, "Questioning and listening (2.2)"),
    P("""I mainly used open questions and summarised back what I heard. I tried to listen more
      than I talked. An example is below."""),
    H(3, "Example from session 3"),
    P("""M came in annoyed because a regular swimmer had shouted at him about lane ropes. My
      first instinct was to tell him what I would have done, but I asked "What happened, from
      the start?" and just listened, nodding and keeping quiet even when he paused. When he had
      finished I summarised: "So it wasn't the shouting that bothered you most, it was that
      the other lifeguards watched and you didn't know what to say?" He said yes, that was
      exactly it. I then asked "What would you want them to see next time?" and "What could you
      say in the first ten seconds?" He came up with the idea of having a standard opening line
      and moving the conversation off the poolside. I only asked one closed question, "Would
      you like to practise it now?", and we role-played it twice. Looking back, the silence
      after his first answer did more than any question, because it let him get to the real
      problem himself."""),
    H(2, "Feedback to support his development (2.3)"),
    P("""I watched M run the pre-opening briefing on 15 April. Afterwards I asked him how he
      thought it went first, then gave feedback that was specific: he covered water quality and
      the rota clearly and in under five minutes, which was good, but he read from his phone
      and did not check that the two new starters understood the hazard at the deep end steps.
      I suggested he ask one person to repeat back the hazard. We agreed he would try it at the
      next briefing. At session 4 he said it had worked and he now does it every time."""),
    H(2, "Records (2.5)"),
    P("""As I said in 1.1, I planned to keep a short record after each session. I kept the signed
      agreement, his self-scoring against the job description, a session record sheet for
      every meeting with the date, length, what we discussed and the actions, and my notes from
      the observed briefing. I wrote each record within a day while it was fresh and gave M a
      copy. The paper copies are in the locked cabinet in the duty office and the electronic
      ones are in a folder only I can open, and they will be shredded or deleted a year after
      the mentoring ends. The records are in Appendix 1."""),

    H(1, "Section C - Looking back"),
    H(2, "Review of my mentoring performance (3.1)"),
    P("""Overall I think the mentoring went well: M met two of his three goals and is booked on
      the NPLQ module. My strengths were being organised, building trust and being honest in
      feedback. My weaknesses were jumping in with solutions too early in the first two
      sessions, which M mentioned in his feedback, and letting session two overrun because I
      took a radio call, which was my fault for not handing the radio over. I also realised I
      did not always leave enough time to agree the action at the end."""),
    H(2, "Meeting with my tutor (3.2)"),
    P("See Appendix 1, part C, for the record of my one-hour meeting with my tutor."),
    H(2, "What I will develop next (3.3)"),
    P("""My development plan: first, to get better at letting silences run before I speak, by
      counting to five in my head, and to ask the duty manager I shadow to watch for it; second,
      to finish every session with five minutes for actions, timed on my watch; and third, to
      mentor a second lifeguard next season and go on the Level 3 coaching and mentoring course
      by the end of the year, which my manager has agreed to fund."""),
]

APPENDIX = [
    H(1, "Appendix 1 - Mentoring records"),
    P("Farleigh Lido Trust - mentoring records - H. Brightwell - mentee M"),
    H(2, "Part A: session log"),
    T(
        ["Session", "Date", "Length", "What we covered", "Action agreed"],
        ["1", "04/03/2025", "50 minutes", "Agreement signed, self-scoring against supervisor job description, goals",
         "M to read supervisor competency sheet"],
        ["2", "18/03/2025", "45 minutes", "Goal 1: planning the briefing, what a good one looks like",
         "Watch two briefings by other supervisors"],
        ["3", "01/04/2025", "40 minutes", "The lane rope complaint and having an opening line",
         "Try the opening line on poolside"],
        ["4", "22/04/2025", "40 minutes", "Feedback on his observed briefing; goal 2 progress",
         "Ask one person to repeat back the hazard"],
        ["5", "13/05/2025", "40 minutes", "Review of all three goals and closing the mentoring",
         "M to book the NPLQ supervisor module"],
        ["", "", "Total 3 hours 35 minutes", "", ""],
    ),
    P("""Observed briefing, 15 April, 6.50 am, about 6 minutes, not counted in the hours above.
      Notes: clear on rota and water quality; read from phone; did not check new starters had
      understood the deep end steps hazard."""),
    H(2, "Part B: M's comments at the last session"),
    P("""M wrote on the review form: "Helped me feel like I can actually do the supervisor job.
      At the start Hannah gave me the answers a bit quick but it got better. The opening line
      idea was the most useful thing.\""""),
    H(2, "Part C: record of tutor meeting"),
    P("""Date: 20 May 2025. Length: 1 hour, online. Present: myself and my tutor from Southfield
      Adult Learning."""),
    P("""We went through my session records and M's comments. My tutor asked what I had found
      hardest; I said keeping quiet. She pointed out that in my records the actions were nearly
      always written in my words, not M's, and suggested asking the mentee to write the action
      himself next time. We talked about whether I should mentor someone I might supervise in
      future and agreed it was workable with a clear agreement. We agreed three development
      points, which are in section 3.3 of my portfolio. Signed by tutor and learner."""),
]

CASE = Case(
    name="sj_201_lido_portfolio",
    unit="8584-201",
    kind="portfolio",
    files=[SourceFile("Brightwell 201 portfolio.docx", PORTFOLIO), SourceFile("Appendix 1 - records.pdf", APPENDIX)],
    labels={
        "1.1": "in the first aid room because it has a door",
        "1.2": "Run the pre-opening poolside briefing for the whole lifeguard team",
        "2.1": "The lane rope complaint and having an opening line",
        "2.2": "the silence after his first answer did more",
        "2.3": "did not check that the two new starters understood",
        "2.4": "the first time I had to clear the pool",
        "2.5": "I wrote each record within a day",
        "3.1": "jumping in with solutions too early",
        "3.2": "asking the mentee to write the action himself",
        "3.3": "counting to five in my head",
    },
    expected_checks={"declaration": True, "evidence_matrix": False},
    about="Lido duty manager's 201 in two files: own headings with the AC in brackets, trust answered before questioning and feedback, a two-line 2.2 answer whose worked example carries the label, 2.1 and 3.2 answered only in the PDF appendix, 'as I said in 1.1', no matrix, declaration.",
)
