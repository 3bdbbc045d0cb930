"""8587-305 Reflecting on Mentoring Skills: a food bank volunteer coordinator's reflection, as text.

Bernadette Oyelaran coordinates volunteers at a town food bank and mentored four new shift
leads. Her plain text reflection has no headings or lines and is written like a letter to
herself. She starts with what others said about her (a short 360-style round of feedback
and her supervisor) and then her own view of strengths and weak spots, before she asks
"was any of it worth it?" and weighs the records; her development ideas come in one paragraph
focused on listening and questions and a short later one on other chances; the six-month
plan is three goal paragraphs, each with a month and a "how I'll know". A closing paragraph
touches every topic.
"""

from .case import Case, P, SourceFile

BLOCKS = [
    P("My mentoring year at the food bank - a reflection by Bernadette Oyelaran"),
    P("""I coordinate about sixty volunteers at our town's food bank, which runs from a church hall
      three days a week and a warehouse unit on the industrial estate. Last September the trustees
      asked me to mentor four volunteers who were stepping up to lead shifts. This reflection is me
      trying to be honest about how that went: what people told me, what I think I am good and not so
      good at, whether the mentoring did what it was meant to, what I could do to get better, and
      what I am going to do over the next six months."""),
    P("""At the end of the year I asked each of the four mentees, our operations manager and my
      supervisor from the county volunteer centre to answer three questions anonymously: what
      should I keep doing, what should I stop, and what should I start. Keep doing came back the
      same from nearly everyone: being calm, being available, knowing everyone's name and making
      people feel they matter. Stop came back as 'answering your phone in our sessions' (twice) and
      'sorting things out for us'. Start included 'asking what we think before you say what you
      think'."""),
    P("""Putting that next to my own view, my strengths are warmth, patience and knowing how the food
      bank works from top to bottom, so I can explain the referral system or the warehouse rota
      without notes. People trust me with their worries, which matters because some of our shift
      leads have used the food bank themselves. My weak spots are the ones my mentees named. I am a
      fixer: if a mentee says the Thursday rota is short I have rung round before they have finished
      the sentence. My questions tend to be closed, my listening is interrupted by a phone I cannot
      put down, and I do not know much about mentoring as a subject, only what I picked up from being
      mentored myself years ago. I also avoid difficult conversations, which is not good when a shift
      lead needs to hear that a volunteer's behaviour is unacceptable."""),
    P("""So was any of it worth it? The aim was for the four new leads to run a shift without calling me.
      My mentoring diary has a line for every session, and in the first two months I was called out to
      eleven of their shifts; in the last two months, to two. Three of the four now run shifts on their
      own and one has gone on to train new volunteers. That is a real result. But when I read the diary
      properly, the 'what we agreed' column is full of things I agreed to do for them, like ringing the
      warehouse or rewriting the rota, rather than things they would do. My supervisor pointed this out
      at our second session, and the feedback round says the same. I would say my mentoring was
      effective at building confidence and keeping these volunteers, which in a charity is no small
      thing, and less effective at building their independence."""),
    P("""The biggest thing I could work on is how I listen and ask questions. The county volunteer
      centre runs a free evening course called Mentoring Conversations, which is mainly about
      open questions, reflecting back and not jumping in, and I have put my name down. I would like
      to pair up with the mentor at the neighbouring town's food bank so we can watch each other's
      sessions and tell each other honestly how many times we gave the answer instead of asking. And
      the simplest thing of all: phone off and in my bag during sessions."""),
    P("""Other chances I could take are the Trussell network's online sessions for food bank managers,
      which sometimes cover supporting volunteers, and more regular supervision: I have only had three
      sessions this year and I would like one every six weeks."""),
    P("""Here is what I will do over the next six months, from October to March."""),
    P("""Goal one, by the end of November: complete the Mentoring Conversations course. I'll know it
      worked if, in the December sessions, I ask what the mentee thinks before I offer anything,
      which my peer partner will tally for me."""),
    P("""Goal two, December to February: watch two of my neighbouring mentor's sessions and have her
      watch two of mine, with my phone off in every session. I'll know it worked when the 'what we
      agreed' column in my diary has more of the mentee's actions than mine, checked each month."""),
    P("""Goal three, by the end of March: have one difficult conversation I would normally avoid, with
      a mentee's agreement to role play it first, and ask for a supervision session every six weeks.
      I'll know it worked when the same keep, stop, start round in March no longer says 'sorting
      things out for us'."""),
    P("""To finish, the people I mentored, my diary and my supervisor all tell a similar story: I am kind,
      available and a fixer. The mentoring kept four good people and gave them confidence; the next
      step is to let them find their own answers, and the course, the peer pairing and the plan above
      are how I intend to do that."""),
]

CASE = Case(
    name="ez_305_food_bank_txt",
    unit="8587-305",
    kind="unstructured",
    files=[SourceFile("oyelaran_reflection.txt", BLOCKS)],
    labels={
        "1.1": "So was any of it worth it?",
        "1.2": "I am a fixer",
        "2.1": "The biggest thing I could work on",
        "2.2": "Goal one, by the end of November",
    },
    expected_checks={"declaration": False, "evidence_matrix": None, "identifying": []},
    about="Food bank mentoring reflection as text: feedback round first, strengths and weak spots before effectiveness, effectiveness in own words, development over two paragraphs, plan as three goal paragraphs under a one-line lead-in.",
)
