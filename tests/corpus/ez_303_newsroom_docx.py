"""8587-303 Reflecting on Coaching Skills: a regional newsroom's news editor, as a DOCX.

Martin Achebe, news editor of a regional daily, coached three trainee reporters and writes a
reflective essay with no section lines. He opens with a coachee's feedback email, works out
"did my coaching make any difference?" from his session log, a recorded session and his
supervisor's notes, then gives his strengths and weaknesses as a SWOT table he drew up with
his supervisor (whose Opportunities column partly anticipates his development ideas). His
development ideas are in a later paragraph, led by questioning and listening, and his
six-month plan is a paragraph per pair of months, ending with what will count as success.
Conclusion names every topic; a reference to the ICF core competencies.
"""

from .case import Case, P, SourceFile, T

BLOCKS = [
    P("Looking back on a year of coaching in the newsroom - Martin Achebe, News Editor"),
    P("""'You never once told me what to write, and somehow the piece got better.' That was an email
      from one of the three trainee reporters I coached this year, after her first front-page
      story. It is a nice thing to read, but it is only one voice, so in this essay I try to weigh
      up honestly how effective my coaching has been, what I do well and badly, what I should learn
      next and how, and set out a plan for the next six months."""),
    P("""Some background. On a regional daily, trainees learn mostly by being shouted at by the news
      desk. I wanted to try something different, and with the editor's agreement I coached three
      trainees for around ten sessions each, over lunch breaks in the small meeting room by the
      archive. Their goals were their own: one wanted to get better at interviewing bereaved
      families, one to find her own stories rather than rewriting press releases, and one to stop
      missing deadlines."""),
    P("""Did my coaching make any difference? My session log shows that all three trainees met at least
      part of their goal. The trainee who rewrote press releases now brings two original stories a
      week to conference, which I can count from the news list. The deadline trainee has missed one
      deadline in the last two months against five in the two months before we started. The
      interviewing goal is harder to measure, but the family of a road crash victim wrote to the
      editor to thank her for her sensitivity. When I listened back to a session I had recorded,
      with permission, and compared it with my log, I found the log made me sound better than I was:
      I had written 'coachee generated options', but on the tape I could hear myself supplying
      three of the four. My supervisor, a former features editor who now coaches, read my log
      alongside that recording and said the same. So the outcomes are real, but some came from my
      advice rather than from coaching, and the trainees' kind feedback should be read with that in
      mind: people rarely criticise the person who signs off their copy."""),
    P("""With my supervisor I drew up a SWOT of my coaching, which I reproduce as we wrote it."""),
    T(
        ["Strengths", "Weaknesses", "Opportunities", "Threats"],
        ["Trainees trust me and are open; I keep confidences; I know the craft well and can spot the real problem fast; calm under deadline pressure",
         "I fill silences and suggest answers; too many closed questions; I listen for the story, not the person; my feedback is blunt",
         "Group coaching course; peer observation with the sports editor; more supervision",
         "Deadlines eat sessions; my role as news editor makes trainees defer to me"],
    ),
    P("""The weakness that bothers me most is the listening one. As a journalist I am trained to listen
      for the line, the quote that makes the story, and I do the same in coaching: I half-listen
      until I hear something I can use, then jump on it. That is the opposite of what a coach should
      do. My interpersonal skills are otherwise good: I am warm and direct, and trainees say they
      can tell me anything."""),
    P("""Where I go from here is mostly about how I ask and how I listen. The most useful thing would
      be to practise coaching questions somewhere I am not the boss, so I have asked the sports
      editor, who did the same course, to observe two of my sessions and I will observe two of his,
      each of us noting every question the other asks and whether it was open. I want to go on the
      group's two-day coaching skills course, which includes listening at the level of feelings and
      values rather than content. I will also keep my supervision monthly, read the ICF core
      competencies on active listening and evoking awareness, and try ending each session by asking
      the trainee what they noticed about my questions."""),
    P("""Over the next six months the plan is as follows. October and November: set up the peer
      observation with the sports editor and record one session a month; I will measure my open
      questions as a share of all my questions, aiming for three quarters. December and January:
      attend the coaching skills course and try holding a silence of at least ten seconds after each
      question, checked on the recordings. February and March: coach a new trainee from the
      start using only questions in the options stage; success will be the trainee's own actions
      making up most of the action list, and a better score from my supervisor on her listening
      checklist. I will review progress with my supervisor each month and write a short note at
      the end of March."""),
    P("""To conclude: my coaching made a difference, but less of it was coaching than I thought. The
      records, a recording and my supervisor told me so. My strengths are trust and craft knowledge,
      my weaknesses are listening and patience, and the development I have chosen and my six-month
      plan are built around fixing them."""),
    P("Reference: International Coaching Federation (2019) ICF Core Competencies. Lexington: ICF."),
]

CASE = Case(
    name="ez_303_newsroom_docx",
    unit="8587-303",
    kind="unstructured",
    files=[SourceFile("Achebe 303 reflective essay.docx", BLOCKS)],
    labels={
        "1.1": "the log made me sound better than I was",
        "1.2": "I fill silences and suggest answers",
        "2.1": "practise coaching questions somewhere I am not the boss",
        "2.2": "Over the next six months the plan is as follows",
    },
    expected_checks={"declaration": False, "evidence_matrix": None, "identifying": []},
    about="Newsroom coaching reflection DOCX: opens with a coachee's quote, effectiveness from log, recording and supervisor, strengths as a SWOT table (with an Opportunities column) plus a listening paragraph, plan as prose by pairs of months.",
)
