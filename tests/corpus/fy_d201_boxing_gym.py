"""D2.01 Developing Effective Listening and Questioning Skills: a youth mentor's essay.

Kyle Banner volunteers as a mentor at a community boxing gym and answers the legacy
knowledge assignment as Word prose in Normal style, without the question numbers. He keeps
the three sections, under lines in his own words ("Being a mentor", "Aims and obstacles",
"Listening and asking"), but answers within each in his own order and words. Two questions
are pasted above their answers as plain lines; two pairs of questions are answered in one
paragraph each (the two types of question with their examples; practical obstacles and
how he handles them). An introduction and conclusion mention every topic.
"""

from .case import Case, P, SourceFile

BLOCKS = [
    P("Knowledge assignment: listening and questioning – Kyle Banner"),
    P("""This assignment is about mentoring young people at the community boxing gym where I
      volunteer. It covers what mentoring is, the role and qualities of a mentor, good and bad
      behaviour, respect, agreeing outcomes and examples of them, the personal and practical things
      that get in the way and what to do about them, listening, questions and feedback."""),
    P("Being a mentor"),
    P("""A mentor is someone a young person can look up to and who stays alongside them while they
      get where they want to go. At the gym that means being there each week, helping them set
      targets, cheering the progress and picking them up after a bad spar, and pointing them to
      youth workers or teachers when they need more than I can give."""),
    P("""Put simply, mentoring is one person with more life experience helping a younger one to grow in
      confidence and make their own choices, at their own speed, through regular conversations
      rather than lessons."""),
    P("""The mentors the lads rate are reliable, patient, honest even when it is not what they want to
      hear, and calm under pressure. They are also good listeners and never look down on anyone
      because of where they live."""),
    P("""Good behaviour looks like turning up on time every week, keeping what a young person says to
      yourself unless they or someone else is at risk, and praising effort, not just wins."""),
    P("""Bad behaviour is the opposite: shouting at a young person in front of the others, adding them
      on your own social media or messaging them late at night, and making promises you cannot keep,
      such as a place on the fight team."""),
    P("""Respect matters because most of the young people I mentor have been written off by someone
      already. If they feel judged they will stop coming, and if they feel respected they start to
      respect themselves."""),
    P("Aims and obstacles"),
    P("""Agreeing what we are working towards is what makes the mentoring go somewhere. If the young
      person chooses the outcome, they own it and will put the work in; if I choose it, it becomes
      another adult telling them what to do. Clear outcomes also let us both see progress, which keeps
      them coming back, and they stop the sessions drifting into just chatting. They have to be
      realistic too, because an outcome they cannot reach only proves to them that they fail."""),
    P("""Some outcomes I have agreed: to attend every training session for a month without being sent
      home for attitude; to apply for the college sports course before the closing date; and to go a
      whole week at school without a detention, checked with his head of year."""),
    P("""Some of what gets in the way is inside the young person. One lad I mentor is ashamed of his
      reading and goes quiet whenever anything is written down; another has a lot going on at home
      and some weeks cannot think about anything else."""),
    P("""Then there are practical obstacles: no money for the bus to the gym, and sessions clashing with
      a part-time job. For the bus we use the club's travel fund and I arrange lifts with another
      parent when allowed; for the job, we moved our sessions to Saturday mornings."""),
    P("What do you do if a mentee wants help with personal problems?"),
    P("""I listen first and do not try to sort it out myself. If it is about safety I tell him I have to
      pass it on and go straight to the gym's safeguarding lead. Otherwise I help him work out who is
      best placed to help, such as his school counsellor or a youth worker, and go with him if he
      wants."""),
    P("""If we really do not get on, I would not take it personally or force it. I would talk to the
      head coach, be honest with the young person that it is not working, and help them move to
      another mentor they click with better."""),
    P("Listening and asking"),
    P("""Listening properly means giving someone all of your attention, hearing the feelings behind the
      words as well as the words, and not planning what you will say while they are still talking."""),
    P("""It matters because young people can tell straight away when an adult is only half there. If
      they feel heard they open up, and I learn what is really going on instead of guessing."""),
    P("""I show I have listened by repeating back what he has said in my own words, for example "so it's
      not the training, it's the weigh-in that's worrying you", and by remembering things from last
      week, like asking how his nan's hospital appointment went."""),
    P("""The two kinds of question that help me understand are open ones, which get them talking, and
      probing ones, which get more detail. Open examples are "How did the sparring go tonight?" and
      "What would make school better for you?". Probing examples are "What happened just before you
      walked out?" and "Can you tell me more about that?"."""),
    P("""When I give feedback I do it privately, start with something they did well, then say one
      specific thing to improve and how, and finish positively, so they leave wanting another go."""),
    P("""When I receive feedback I try to listen without arguing, thank the person, ask a question if I do
      not understand, and think it over before deciding what to change."""),
    P("""To sum up, mentoring young people is about being a reliable role model with the right
      qualities and behaviour, respecting them, agreeing outcomes, dealing with obstacles, and
      listening, questioning and feedback."""),
    P("By submitting I confirm that this assessment is my own work."),
]

CASE = Case(
    name="fy_d201_boxing_gym",
    unit="D2.01",
    kind="unstructured",
    files=[SourceFile("Banner D2.01.docx", BLOCKS)],
    labels={
        "q1": "through regular conversations rather than lessons",
        "q2": "picking them up after a bad spar",
        "q3": "honest even when it is not what they want to hear",
        "q4": "praising effort, not just wins",
        "q5": "messaging them late at night",
        "q6": "written off by someone already",
        "q7": "they own it and will put the work in",
        "q8": "without being sent home for attitude",
        "q9": "ashamed of his reading",
        "q10": "no money for the bus to the gym",
        "q11": "moved our sessions to Saturday mornings",
        "q12": "safeguarding lead",
        "q13": "another mentor they click with better",
        "q14": "hearing the feelings behind the words",
        "q15": "can tell straight away when an adult is only half there",
        "q16": "it's the weigh-in that's worrying you",
        "q17": "probing ones, which get more detail",
        "q18": "What happened just before you walked out?",
        "q19": "leave wanting another go",
        "q20": "listen without arguing",
        "section-1": "Being a mentor",
        "section-2": "Aims and obstacles",
        "section-3": "Listening and asking",
    },
    expected_checks={"declaration": True, "evidence_matrix": None, "identifying": []},
    about="Legacy D2.01 answered as prose under the learner's own section lines, no numbers, two questions pasted above answers, paired answers in one paragraph.",
)
