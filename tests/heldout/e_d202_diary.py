"""D2.02 (legacy, marked) mentoring diary: a sixth-former mentors a Year 8 pupil with homework.

Niamh Gallagher, a Year 12 student at a Catholic secondary school in Liverpool, mentors a
Year 8 boy who keeps getting homework detentions. One DOCX written as a week-by-week diary:
"Section" headings, the questions as plain bold-less lines ("2a", "Q2b"), each week's entry
with the mentoring session, the review with her supervisor (the head of Year 8) and her own
"Running total" line. Week 3 is a group session with her mentee and a girl from his form
who asked to join; week 4 also has a tutorial with her college tutor for the award.

Practice, as an assessor counts it (the weekly entries):
    mentoring: week 1 "30 minutes" 30, week 2 "30 minutes" 30, week 3 group "40 minutes" 40
               (one session, two mentees), week 4 "30 minutes" 30, week 5 "35 minutes" 35,
               week 6 "30 minutes" 30                                       = 195, 6 sessions
    supervision: reviews 30, 30, 30, 30, 30, "20 minutes" 20 = 170, plus the 45-minute
                 tutorial with her college tutor (tutorials count with supervision) = 215
    Not counted as mentoring: the reviews and the tutorial, her running-total lines.
    => minutes 195, sessions 6, individuals 2, supervision 215.

Anonymisation slips: her mentee's first name in week 5, the full name of the girl who joined
the group session, and the mentee's mum's e-mail address in section 1. Not identifying:
Niamh's own name, her supervisor Mrs Adebayo (head of Year 8), her college tutor Mr Finch,
Liverpool, the GROW model, Clutterbuck, weekdays and months.

No signed declaration (declaration False).
"""

from corpus.case import Case, H, P, SourceFile

BLOCKS = [
    H(0, "D2.02 Undertaking supervised mentoring – my mentoring diary"),
    P("Name: Niamh Gallagher   Year 12   Sixth form, Liverpool   January – March 2026"),
    P("""I am doing the Level 2 Award in Mentoring for Young Learners as part of my enrichment.
      My supervisor is Mrs Adebayo, head of Year 8, and she matched me with a Year 8 boy who I
      will call my mentee."""),

    H(1, "Section 1 – Identify and agree overall outcomes for mentoring sessions"),
    P("""Mrs Adebayo told me my mentee had eleven homework detentions since September and his mum
      had asked the school for help. Mrs Adebayo emailed his mum from school and copied me in so
      I could send the session dates, and his mum replied from d.brennan77@example.com to say
      she was happy for him to take part."""),
    P("""At our first meeting I asked him what he wanted. He said he wanted no more detentions
      because he misses football practice. We agreed these outcomes for the six weeks: he will
      write every piece of homework in his planner before he leaves the lesson; he will hand in
      homework on time for three weeks running; and he will know who to ask when he is stuck
      instead of just not doing it. We checked them with Mrs Adebayo who said they were
      realistic for six weeks."""),

    H(1, "Section 2 – Undertake supervised mentoring"),
    P("""All sessions were on Wednesday lunchtimes in the library study room, and my review with
      Mrs Adebayo was in her office straight after school the same day. I kept a running total
      of my mentoring time at the end of each week."""),
    P("2a Carry out six mentoring sessions of 30 minutes each with one mentee."),
    P("Q2b Meet with your supervisor after each mentoring session for 30 minutes to review and reflect."),

    P("Week 1 – Wednesday 14 January"),
    P("""Mentoring session (30 minutes): We got to know each other and I asked about his week.
      I used the GROW model to find out where he is now, and he showed me his planner which was
      completely empty apart from doodles. We agreed the outcomes above."""),
    P("""Review with Mrs Adebayo (30 minutes): She said I did well to let him talk. She asked me
      to think about what I would do if he did not turn up."""),
    P("Running total: 30 mins"),

    P("Week 2 – Wednesday 21 January"),
    P("""Mentoring session (30 minutes): We looked at his timetable together and colour-coded
      the days he gets homework. I asked him which subject was worst and he said science
      because he never knows what the homework actually is by the time the bell goes."""),
    P("""Review with Mrs Adebayo (30 minutes): We talked about how I ask questions. She noticed I
      answer my own questions when he goes quiet, so she told me to count to five in my head
      before I say anything."""),
    P("Running total: 1 hr"),

    P("Week 3 – Wednesday 28 January (group session)"),
    P("""Mentoring session (40 minutes): A girl from his form, Kelsey Marsh, has the same science
      problem and asked if she could come, and Mrs Adebayo said yes for one week. I ran it as a
      group with the two of them. They made up a rule together to photograph the board before
      they leave science, which he liked better because it was their idea not mine."""),
    P("""Review with Mrs Adebayo (30 minutes): We talked about the group session. It went over
      time because two people take longer, and I found it harder to listen to both. She said
      the group was good for him because he showed off less."""),
    P("Running total: 1 hr 40"),

    P("Week 4 – Wednesday 4 February"),
    P("""Mentoring session (30 minutes): Back to just him. He had handed in all his homework
      that week, his first full week this year. I asked him what he did differently and he
      said the board photo and writing it in the planner straight away."""),
    P("""Review with Mrs Adebayo (30 minutes): She asked me to give him feedback next time as
      well as praise, about something specific he could improve."""),
    P("""Also this week: tutorial with Mr Finch, my college tutor for the award, 45 minutes, to
      check my diary was on track. This is not part of my mentoring time."""),
    P("Running total: 2 hrs 10"),

    P("Week 5 – Wednesday 11 February"),
    P("""Mentoring session (35 minutes): Jayden had one late homework, in maths, because he got
      stuck and did not ask. We role-played asking the teacher at the end of the lesson, me
      being the teacher. I gave him feedback that his planner was now really clear but he
      should write who to ask next to each subject."""),
    P("""Review with Mrs Adebayo (30 minutes): She said the role-play was a good idea. We
      planned how to end the mentoring next week so he is not upset."""),
    P("Running total: 2 hrs 45"),

    P("Week 6 – Wednesday 25 February (after half term)"),
    P("""Mentoring session (30 minutes): Final session. We went through the three outcomes and
      he has met two, three weeks on time and the planner, and is nearly there with asking for
      help. He made a card of who to ask for each subject to keep in his planner."""),
    P("""Review with Mrs Adebayo (20 minutes, she had a meeting): Short final review. She said
      she will check his planner once a fortnight from now on so he keeps it up."""),
    P("Running total: 3 hrs 15"),

    H(1, "Section 3 – Review own progress"),
    P("""I read back all my diary entries before writing this and looked at the notes Mrs
      Adebayo gave me every week."""),
    P("3a What worked well"),
    P("""The planner check at the start of every session worked well because it gave us
      something to look at and talk about, and he started bringing it without being asked."""),
    P("3b What did I learn about myself"),
    P("""I learned that I am more patient than I thought, but I hate silence and fill it. I also
      learned I like working with younger pupils and I might look at primary teaching."""),
    P("3c What would I do differently"),
    P("""I would not do a group session again without planning it as a group, because I just
      did my normal session with two people and she got left out at times. Clutterbuck says
      the mentee should set the agenda, and next time I would ask him to bring one thing to
      talk about each week."""),
    P("3d Skills I still need to develop"),
    P("""I need to get better at giving feedback that is not just praise, and at listening
      without planning my next question. I am going to ask to help at the Year 7 reading
      club next term to practise."""),
]

CASE = Case(
    name="e_d202_diary",
    unit="D2.02",
    kind="legacy-questions",
    files=[SourceFile("Niamh Gallagher D2.02 diary.docx", BLOCKS)],
    labels={
        "section-1": "hand in homework on time for three weeks running",
        "section-2": "Wednesday lunchtimes in the library study room",
        "q2a": "photograph the board before they leave science",
        "q2b": "count to five in my head",
        "section-3": "I read back all my diary entries",
        "q3a": "he started bringing it without being asked",
        "q3b": "I hate silence and fill it",
        "q3c": "did my normal session with two people",
        "q3d": "help at the Year 7 reading club",
    },
    expected_checks={
        "declaration": False,
        "evidence_matrix": None,
        # weekly sessions 30 + 30 + 40 (group: one session, two mentees) + 30 + 35 + 30 = 195;
        # the 45-minute tutorial with her college tutor and her running-total lines excluded
        "minutes": 195,
        "sessions": 6,
        "individuals": 2,
        # reviews 30 + 30 + 30 + 30 + 30 + 20 = 170, plus the 45-minute tutorial with Mr Finch
        # (tutorials count with supervision) = 215
        "supervision_minutes": 215,
        "identifying": ["Jayden", "Kelsey Marsh", "d.brennan77@example.com"],
    },
    about="Sixth-former mentoring a Year 8 pupil; D2.02 weekly diary with a two-mentee group session, a college tutorial and her own running totals; no declaration; three planted details.",
)
