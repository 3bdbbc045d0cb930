"""Legacy D2.01 Developing Effective Listening and Questioning Skills: a skatepark youth worker, DOCX.

Tyler Brennan, a volunteer at a community skatepark's youth project, answers the D2.01
knowledge assignment as three short pieces of prose under his own lines ("What mentoring is
at the park", "Setting aims and what gets in the way", "Listening, questions and feedback")
with no question numbers or pasted questions. Within each part he goes in his own order:
inappropriate behaviour straight after appropriate in one paragraph, practical barriers
before personal ones, examples of listening before why it matters, and the two types of
question with their examples in one paragraph. One young person's first name is planted.
He ends with a declaration that the work is his own.
"""

from .case import Case, P, SourceFile

BLOCKS = [
    P("Developing listening and questioning skills - Tyler Brennan"),
    P("Youth mentoring project, Riverside Skatepark"),
    P("What mentoring is at the park"),
    P("""Mentoring here means an older skater or youth worker spending regular time with a young
      person, helping them work out where they want to go and how to get there, on and off the
      board. It is about support and encouragement over months, not one-off advice."""),
    P("""My job as a mentor is to be someone they can rely on, to help them set their own aims, to
      keep them safe, and to point them towards the right help when it is something I can't deal
      with. A good mentor is patient, reliable, easy to talk to, honest, and someone who has been
      through a few knocks themselves."""),
    P("""Good behaviour from a mentor looks like: turning up when you said you would, every week;
      wearing your helmet and pads so you set the example you want them to copy; and keeping what
      they tell you private unless they or someone else could get hurt. What a mentor should never
      do is give out their personal number or add mentees on social media, swear at or make fun of
      a young person when they bail on a trick, or promise to keep a secret they can't keep."""),
    P("""Respect matters because a lot of the young people we see are used to adults talking down to
      them. If they feel you respect them, their views and their choices, they will come back, and
      they start to respect themselves a bit more too."""),
    P("Setting aims and what gets in the way"),
    P("""Agreeing what the young person wants to get out of mentoring gives both of you something to
      aim at and a way to see progress. If the aims are theirs, they care about them; if I set them,
      they drift off. Good aims also stop mentoring turning into just hanging out, and they let the
      project show funders what difference it makes."""),
    P("""Some aims we have agreed: Kai wanted to get back into college by September and we worked
      on his application together; one girl wanted to lead the Saturday beginners' session by the
      summer; another young person wanted to be able to talk to the police officer who visits
      without walking off."""),
    P("""Practical things that get in the way are money, because bus fares and a new deck cost more
      than some families have, and the weather, because the park is outdoors and sessions get
      rained off. We handle those by meeting in the indoor bowl at the leisure centre when it rains,
      and by the project paying bus fares and keeping a box of donated boards and safety gear to
      lend out."""),
    P("""Personal things are just as big: a young person who has been let down by adults before may
      not trust you, and some have a lot going on at home, like caring for a parent, which makes it
      hard to turn up or think about anything else."""),
    P("""If a mentee asks me for help with personal problems, I listen and take it seriously, but I
      don't try to fix things I am not trained for. I tell the youth project lead, who is our
      safeguarding officer, if there is any risk, and I help them get to the right service, like the
      young carers' group or the school counsellor."""),
    P("""If I can't get on with a mentee, I would talk it over with the project lead first, try to work
      out whether it is something I am doing, and if it still isn't working, ask for the young person
      to be matched with another mentor, so that it never feels like their fault."""),
    P("Listening, questions and feedback"),
    P("""Effective listening is giving the person your full attention, taking in what they say and how
      they say it, and showing them you've understood."""),
    P("""I show I have listened by putting my phone away and turning to face them, nodding, and then
      saying back what I heard, for example 'So it's not the trick that scares you, it's people
      watching you fall.' Another way is remembering what they told me last week and asking about
      it."""),
    P("""It matters because young people can tell when you're not really listening and they stop
      talking. When they feel heard they open up, and you find out the real problem."""),
    P("""The two main types of questions are open ones, which let them explain in their own words, and
      closed ones, which get a short answer and are good for checking facts. Open: 'What made you
      want to try the big ramp?' and 'How did it feel when you landed it?' Closed: 'Did you go to
      college today?' and 'Do you want to meet on Saturday?'"""),
    P("""When I give feedback I keep it specific and honest, start with something they did well, then
      say one thing to work on, and say it in private, not in front of their mates. When someone
      gives me feedback I try not to argue or make excuses, I say thanks, ask questions if I don't
      understand, and think about what I can change."""),
    P("I confirm that this assessment is all my own work."),
]

CASE = Case(
    name="ez_d201_skatepark_docx",
    unit="D2.01",
    kind="unstructured",
    files=[SourceFile("Brennan D2.01 answers.docx", BLOCKS)],
    labels={
        "q1": "not one-off advice",
        "q2": "to be someone they can rely on",
        "q3": "been through a few knocks themselves",
        "q4": "so you set the example you want them to copy",
        "q5": "give out their personal number",
        "q6": "used to adults talking down to them",
        "q7": "If the aims are theirs, they care about them",
        "q8": "back into college by September",
        "q9": "caring for a parent",
        "q10": "bus fares and a new deck",
        "q11": "indoor bowl at the leisure centre",
        "q12": "don't try to fix things I am not trained for",
        "q13": "matched with another mentor",
        "q14": "giving the person your full attention",
        "q15": "they stop talking",
        "q16": "it's people watching you fall",
        "q17": "open ones, which let them explain",
        "q18": "What made you want to try the big ramp?",
        "q19": "not in front of their mates",
        "q20": "I try not to argue or make excuses",
        "section-1": "What mentoring is at the park",
        "section-2": "Setting aims and what gets in the way",
        "section-3": "Listening, questions and feedback",
    },
    expected_checks={"declaration": True, "evidence_matrix": None, "identifying": ["Kai"]},
    about="Legacy D2.01 as prose under own section lines, no numbers or pasted questions, paired answers in one paragraph, practical barriers and remedies before personal ones, examples of listening before its importance, a planted first name, declaration.",
)
