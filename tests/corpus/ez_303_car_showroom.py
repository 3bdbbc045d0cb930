"""8587-303 Reflecting on Coaching Skills: a car showroom sales manager's reflective account as text.

Dean Okafor, sales manager at a franchised car dealership, coached four sales executives
and writes up his reflection as a plain text file with no headings at all. He starts with
what he is good at and not good at (strengths and gaps) before he weighs how well the
coaching worked, and that weighing runs over two separated paragraphs: the fuller one on
his session notes and the coachees' scores, a later one on his supervisor's view. Future
development is framed as "what I want to get better at next", and his six-month plan is
prose by month with how he will know it worked. An introduction and a short conclusion
touch every topic; a quote from Whitmore and a short reference list close it.
"""

from .case import Case, P, SourceFile

BLOCKS = [
    P("Reflective account - coaching in the showroom - Dean Okafor"),
    P("""I have been coaching four of our sales executives since the spring as part of my ILM
      certificate. In this account I look at what I bring to coaching and where I am weak, how well
      the coaching actually worked when I look at the notes, the scores and what my supervisor
      told me, what I want to get better at next, and my plan for the next six months."""),
    P("""Being honest, the thing I do best is build a relationship quickly. Fifteen years on the
      showroom floor means I can get anyone talking, and the executives tell me they feel relaxed in
      sessions. I also know the job inside out, which helps when a coachee is stuck on something
      like part-exchange valuations, and I am organised: every session started on time and had
      notes written up the same day. My interpersonal skills with people who are upset are good
      too; when Coachee C came in furious after losing a deal, I let him vent before we started.
      The flip side is that knowing the job inside out makes me want to give the answer. My
      questions are too often closed or leading ("Have you thought about offering the mats?"),
      I fill silences, and I am weak on the theory: I know GROW but could not tell you much about
      any other model or the EMCC competences. Under pressure at month end my patience runs
      short and I slip back into being the manager rather than the coach."""),
    P("""So did it work? I went back through my session notes for all twenty-two sessions and the
      scaling scores each coachee gave at the start and end of the programme. Three of the four
      moved their confidence score on their own goal by three points or more, and two of them hit
      the target they set, one on finance penetration and one on follow-up calls. But when I
      coloured my notes by who had come up with each action, well over half of the actions were
      really mine dressed up as questions, which tells me the results came partly from telling
      rather than coaching. The feedback forms the coachees filled in after every third session
      were kind but vague, mostly 'useful' and 'good chat', so I do not put much weight on them."""),
    P("""Sometimes I think the sales figures are the only measure anyone here cares about. Our dealer
      principal asked me in June whether coaching was worth the time off the floor, and I could
      only point at two executives who had improved. That is partly why I am doing this reflection
      properly rather than just saying it went well."""),
    P("""The clearest evidence came from my supervisor, an external coach the group pays for. I
      recorded two sessions, with the coachees' permission, and she listened to them with me. Her
      view was that I talked for around sixty per cent of the time and that my summaries steered
      the coachee towards my preferred option. She also said that my contracting was good and that
      coachees clearly trusted me. Put next to my own notes, this convinced me that my coaching is
      effective at building commitment but not yet at building the coachee's own thinking."""),
    P("""As Whitmore puts it, "Building awareness, responsibility and self-belief is the goal of the
      coach." I have been good at the self-belief part and poor at the responsibility part."""),
    P("""What I want to get better at next follows from all this. Most of all I need to learn to ask
      open questions and then stay quiet: I will practise with a peer coaching partner from our
      sister site in Wakefield, where we observe each other and count open against closed
      questions. I want to learn active listening properly, including reflecting back feelings
      rather than just facts, and the group runs a two-day coaching skills workshop in the autumn
      that covers this. I would also like to read more widely on models, starting with OSCAR, so
      that I have something other than GROW to fall back on, and to keep monthly supervision going
      because it is the one place I get an honest view of myself."""),
    P("""My plan runs from October to March. In October I book the workshop and set up the peer
      partnership; success is simply that both happen. In November and December I record one
      session a month and count my talking time and my open questions, aiming to get my share of
      the talking below forty per cent and open questions to three in every four by Christmas. In
      January I try OSCAR with one new coachee and write a page comparing it with GROW. In February
      and March I ask each coachee at the review who came up with their actions, and I will count
      it a success if at least two thirds are theirs. I review the plan with my supervisor at the
      end of each month and with the dealer principal at the end of March."""),
    P("""In short, I am good at relationships and organisation and poor at leaving room for the
      coachee. The notes, the scores and my supervisor all say the same thing, and my development
      ideas and plan are aimed at exactly that."""),
    P("""References: Whitmore, J. (2017) Coaching for Performance, 5th edition, London: Nicholas
      Brealey. EMCC (2015) Competence Framework. EMCC Global."""),
]

CASE = Case(
    name="ez_303_car_showroom",
    unit="8587-303",
    kind="unstructured",
    files=[SourceFile("okafor_303_reflection.txt", BLOCKS)],
    labels={
        "1.1": "coloured my notes by who had come up",
        "1.2": "The flip side is that knowing the job",
        "2.1": "count open against closed questions",
        "2.2": "My plan runs from October to March",
    },
    expected_checks={"declaration": False, "evidence_matrix": None, "identifying": []},
    about="Car showroom coaching reflection as text: no headings, strengths and gaps before effectiveness, effectiveness over two separated paragraphs, plan in prose by month, Whitmore quote, intro and conclusion.",
)
