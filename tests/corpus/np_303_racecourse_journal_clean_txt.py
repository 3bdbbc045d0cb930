"""8587-303 Reflecting on Coaching Skills: a racecourse head of hospitality's journal, plain text, clean.

Siobhan Garvey (ILM no. 61502274) is Head of Hospitality at a National Hunt racecourse near
Kendal and coached two of her supervisors, "Coachee X" and "Coachee Y", for her 302. Her 303
is typed in a text editor with no criterion numbers at all: a header block, a run of dated
entries, "What the evidence says", "Strengths and what I need to improve", "Where I go from
here" and a six-month plan typed as pipe rows. Nothing is to be flagged.

Clean but tricky: her own name and number; the supervisor a centre template line asks for
("Supervisor: Dr Annette Kilbride"); racehorses and races that read like people (Mister
Mulligan, Lady Florence, Duke of Shannon, the Florence Arms Handicap Hurdle); stands and
suites named after people (the Princess Royal Stand, the Lord Lonsdale Suite); places
(Kendal, Cartmel, Grange-over-Sands, Shannon Airport, Chelsea); Westmorland and Furness
Council, "the NHS trust (University Hospitals of Morecambe Bay)", Racing Welfare,
St John Ambulance; Carlisle United and Kendal Town; theorists and book titles (Gibbs'
reflective cycle, Schön, Whitmore's "Coaching for Performance", Kline's "Time to Think",
Hawkins and Smith, de Haan, Passmore et al., Rogers); Insights Discovery, Planday, Teams;
capitalised job titles (Clerk of the Course, General Manager, Bars Supervisor); sentences
that open with "Will" and "Rose"; days and months.
"""

from .case import Case, P, SourceFile

BLOCKS = [
    P("ILM Level 3 Certificate in Effective Coaching and Mentoring"),
    P("8587-303 Reflecting on Coaching Skills within an Organisational Context - reflective journal"),
    P("Name: Siobhan Garvey    ILM no: 61502274    Job title: Head of Hospitality, Crossfell Park Racecourse"),
    P("Supervisor: Dr Annette Kilbride (external coach supervisor)    Centre: Lakes & Dales Leadership Academy"),
    P("=================================================================="),
    P("""Background. Crossfell Park is a small National Hunt course between Kendal and
      Grange-over-Sands with fourteen race days a year, a wedding and conference business in
      the Lord Lonsdale Suite, and around 300 casual staff on a big day. For my 302 I coached
      two of my supervisors for six hours each between October and March. Coachee X is our
      Bars Supervisor, promoted from the bar in the summer. Coachee Y is an Events Coordinator
      who wanted to work on managing her time and saying no. This journal looks back on that
      coaching using my session records, the feedback forms, my supervision notes and my own
      reflective log, which I kept using Gibbs' reflective cycle (1988)."""),
    P("------------------------------------------------------------------"),
    P("JOURNAL"),
    P("""Tuesday 8 October. First session with Coachee X in the Princess Royal Stand office,
      two days after the Florence Arms Handicap Hurdle meeting, which had gone badly for the
      bars (queues twenty deep at the Rose and Crown bar). I went in wanting to fix it. I had
      my own list of what had gone wrong and I could hear myself asking "Don't you think you
      should have moved staff from the Paddock bar?" which is a suggestion with a question
      mark on the end. Rose-tinted version: we agreed a goal. Honest version: I agreed a goal
      and he nodded. Feelings: embarrassed when I read my notes back."""),
    P("""Thursday 17 October. First session with Coachee Y on Teams because she was at a wedding
      fair in Kendal. Much better. I had Whitmore's "Coaching for Performance" open on the GROW
      chapter and stuck to the Reality questions for a full fifteen minutes before going
      anywhere near Options. She said afterwards it was the first time someone had let her
      finish a sentence about the Christmas party bookings."""),
    P("""Wednesday 6 November. Supervision with Dr Kilbride (first of three). I took the 8
      October recording notes. She asked me what I was afraid would happen if I didn't give
      Coachee X the answer. Truthfully: that the bars would be a mess on the next race day and
      the General Manager would blame me. She pointed out that this was my goal, not his, and
      that Hawkins and Smith would call it the organisation sitting in the room with us.
      Action: before each session write down my own agenda and then put the note in a drawer."""),
    P("""Monday 2 December. Coachee X session four. Did the drawer thing. Used silence
      properly for the first time: asked "What would a good race day look like for your
      team?" and then waited. It felt like a minute. He came up with rotating the two
      strongest bar staff between bars at the half-hour before each race, which is better
      than my idea. Reflection-in-action (Schön): I noticed my hand going for my pen to write
      down my own suggestion and stopped."""),
    P("""Friday 13 December. Coachee Y cancelled twice this month because of Christmas parties.
      Will I push her? No: we agreed in the contract that the season comes first. Rebooked for
      January."""),
    P("""Tuesday 14 January. Coachee Y, session four. She used Insights Discovery colours to
      describe the client who keeps changing her wedding menu (very "fiery red") and we
      worked out options for a conversation with her. I over-talked again at the end, when
      we were running out of time and I wanted an action written down. Kline's "Time to
      Think" says the quality of attention is everything, and my attention went to the clock."""),
    P("""Saturday 1 February. Race day, not a coaching day, but I watched Coachee X run the bars
      during the Duke of Shannon's race (the big local horse, so the busiest twenty minutes of
      the afternoon). He moved staff without looking at me once. Worth noting as evidence that
      the goal was his."""),
    P("""Wednesday 19 February. Supervision two. We listened to a ten-minute audio clip of my
      session with Coachee Y (with her permission). Dr Kilbride counted my questions: 14, of
      which 9 were open. She said my summaries were good but I often summarised and then added
      an opinion on the end. That is a habit I have from managing: "so you're saying X, which
      is fair, but..." """),
    P("""Thursday 13 March. Last sessions with both. Feedback forms collected. Coachee X wrote
      "you stopped telling me what to do around November and that's when it got useful".
      Coachee Y rated the sessions 9/10 and wrote that she now blocks out Friday mornings for
      planning. I felt proud and a bit sad."""),
    P("""Monday 24 March. Supervision three (closing). Reviewed the whole programme. Dr Kilbride
      asked what I would do differently if I started again tomorrow. Answer at the end of
      this journal."""),
    P("------------------------------------------------------------------"),
    P("WHAT THE EVIDENCE SAYS ABOUT HOW EFFECTIVE I WAS"),
    P("""Looking across the evidence, my coaching was effective in outcomes but uneven in
      process. Outcomes first: both coachees reached their main goals. Coachee X's bars served
      a record number of customers on the Lady Florence Chase day in March with average queue
      times we measured at under six minutes (from over fifteen in October), and Coachee Y has
      cut the number of events she runs without a written plan from most of them to none. The
      records show the change happened after the November supervision, and the session
      records from October show me proposing most of the actions myself. The feedback forms
      say the same thing in the coachees' words. Dr Kilbride's count of 14 questions with 9
      open was a useful hard number, and it matches my own log, where I scored my listening
      at 5 out of 10 in October and 8 out of 10 by March. De Haan's research that the
      relationship matters more than the technique rang true: the sessions with Coachee Y
      worked from the start because we already trusted each other, while with Coachee X I had
      to earn it by stopping telling. So the records, the feedback and supervision all point
      the same way: effective by the end, and the first third of the programme with Coachee X
      was closer to managing than coaching."""),
    P("------------------------------------------------------------------"),
    P("STRENGTHS AND WHAT I NEED TO IMPROVE"),
    P("""Strengths. Knowledge: I know GROW well and I know our business, so I can follow what a
      coachee is talking about without needing it explained. Skills: my summarising is
      accurate and coachees feel understood; I am organised and sessions started on time and
      were recorded properly. Behaviour: I am warm and consistent, and both coachees said they
      felt safe to be honest, which Rogers would call genuineness. Interpersonal: I am good
      at rapport with people I already know."""),
    P("""Areas for improvement. Skills: I still ask two questions at once when I am nervous,
      and I add opinions to my summaries. Communication: I use leading questions when I care
      about the outcome, which on a racecourse is most of the time. Knowledge: I only really
      know one model, and Passmore et al. make the point that a coach who only has GROW tends to
      force every conversation into four boxes. Behaviour: when I am worried about the
      business I pull the session towards my agenda, and I need to notice that earlier.
      Interpersonal: I was slower to build rapport with someone I line manage who had just
      been promoted, and I need to be more deliberate about contracting for that."""),
    P("------------------------------------------------------------------"),
    P("WHERE I GO FROM HERE"),
    P("""Reviewing my coaching as a whole, the development opportunities are mostly about
      questioning and listening rather than structure. Questioning: I want to move from
      "good open questions" to fewer, shorter ones, one at a time, and to stop turning
      suggestions into questions. Listening: I want to listen for what the coachee is not
      saying, not just summarise what they did say, which means practising silence in every
      conversation, not only coaching ones. Communication strategies: I want to separate
      clearly, out loud, when I am speaking as a manager and when as a coach, because with
      Coachee X the two got muddled. Opportunities I have identified: the General Manager
      has agreed I can coach one of the Racing Welfare placement students next season, which
      would be coaching someone I do not manage; the Academy runs a peer coaching triad on
      the first Thursday of each month; and Dr Kilbride has offered two more supervision
      sessions. I am also going to read Kline properly rather than the summary."""),
    P("SIX-MONTH DEVELOPMENT PLAN (April to September)"),
    P("| Development goal | Actions | By when | Measure of success |"),
    P("""| Ask one question at a time | Record two sessions (with consent) and count double
      questions | End of May, again end of August | Fewer than 2 double questions per session
      by August |"""),
    P("""| Summarise without adding opinion | Ask triad partners to flag it; practise in team
      meetings | June to July | Triad feedback says summaries are clean in 3 sessions running |"""),
    P("""| Coach someone I do not manage | Coach the Racing Welfare placement student for 6
      sessions | Start June, finish September | Completed, plus coachee feedback 8/10 or
      more |"""),
    P("""| Learn a second model | Read Kline and the OSKAR chapter in Jackson and McKergow; try
      OSKAR in 2 sessions | By end of July | Written reflection comparing it with GROW;
      discussed in supervision |"""),
    P("""| Keep supervision going | Two sessions with Dr Kilbride | July and September |
      Sessions held, actions reviewed at the second |"""),
    P("""| Manager hat / coach hat | Say which hat I am wearing at the start of every
      conversation with my team | From April | The team notice (ask at September 1:1s) |"""),
    P("""The answer to Dr Kilbride's question: if I started again tomorrow I would contract far
      more carefully with Coachee X about the difference between his manager and his coach,
      and I would keep my own agenda in the drawer from the very first session."""),
    P("------------------------------------------------------------------"),
    P("""Notes to self (not part of the journal): book the Shannon Airport flights for the
      Irish racing trip; check with Westmorland and Furness Council about the premises
      licence variation; Carlisle United v Kendal Town pre-season friendly is on the same
      Saturday as our open day; St John Ambulance and the NHS trust (University Hospitals of
      Morecambe Bay) need the medical plan by May; the Chelsea Flower Show trip is off;
      Planday rota for May still not published; Mister Mulligan's old owner wants to sponsor
      a race - pass to the Clerk of the Course."""),
    P("Siobhan Garvey, 30 March"),
]

CASE = Case(
    name="np_303_racecourse_journal_clean_txt",
    unit="8587-303",
    kind="unstructured",
    files=[SourceFile("Garvey 303 reflective journal.txt", BLOCKS)],
    labels={
        "1.1": "effective in outcomes but uneven in process",
        "1.2": "I still ask two questions at once when I am nervous",
        "2.1": "and to stop turning suggestions into questions",
        "2.2": "Fewer than 2 double questions per session by August",
    },
    expected_checks={"declaration": False, "evidence_matrix": None, "identifying": []},
    about="Racecourse head of hospitality's 303 journal, plain text with no AC numbers, clean: racehorses and races like names (Mister Mulligan, Lady Florence, Duke of Shannon, Florence Arms Handicap), Princess Royal Stand/Lord Lonsdale Suite, Kendal/Shannon Airport/Chelsea, council/NHS trust/Racing Welfare, Carlisle United, Gibbs'/Schön/Whitmore/Kline/Hawkins and Smith/de Haan/Passmore et al., supervisor on the template line, 'Coachee X'/'Coachee Y', 'Will'/'Rose' sentence openings.",
)
