"""D2.01 Developing Effective Listening and Questioning Skills: an air cadet sergeant, DOCX.

Callum Reid, eighteen, is a cadet sergeant at an air cadet squadron and mentors younger
cadets who are struggling or new. He answers the legacy knowledge assignment as prose
under three Word headings of his own ("Being a mentor on the squadron", "Aims, and what
stops them", "Really listening, and asking the right things") with no question numbers or
pasted questions. Within each part he goes in his own order: the mentor's role before what
mentoring is, bad behaviour before good, examples of outcomes before why agreeing them
matters, practical obstacles and how he handles them in one paragraph before the personal
ones, not getting on before personal problems, examples of listening before what it is and
why it matters, the two kinds of question and their examples in one paragraph, and
receiving feedback before giving it. An introduction mentions every topic; one cadet's
first name is planted; he ends with a declaration.
"""

from .case import Case, P, SourceFile

BLOCKS = [
    P("Listening and questioning skills - knowledge assignment"),
    P("Callum Reid, Cadet Sergeant"),
    P("""I am a cadet sergeant at our squadron and for the last year I have been mentoring younger
      cadets who are new or finding things hard. In this assignment I write about what mentoring
      is and what a mentor does, how a mentor should and should not behave and why respect
      matters, agreeing aims and what gets in the way of them, problems in the mentoring, and
      listening, questions and feedback."""),
    P("Being a mentor on the squadron"),
    P("""As a mentor I am the one a younger cadet can come to who is not staff and not
      in charge of them on parade. I help them decide what they are aiming for, like passing
      their first classification exams or getting on a camp, encourage them when they are
      struggling, show them how things are done, and pass them on to the staff when something is
      beyond me."""),
    P("""Mentoring itself is someone who has been through it helping someone newer to find their
      feet and build their confidence over months, by talking things through rather than
      giving orders."""),
    P("""The best mentors I had were approachable, patient, reliable and calm, and they never made
      me feel stupid for not knowing how to bull my boots. They were also good at listening and
      they kept their word."""),
    P("""There are things a mentor must never do. Shouting at a cadet or making an example of them in
      front of the flight is one; it is how some NCOs behave and it is the opposite of mentoring.
      Another is sharing what a cadet has told you with the other NCOs as gossip. A third is
      contacting them on your personal phone or social media instead of through the squadron's
      approved channels, which breaks the safeguarding rules."""),
    P("""The right way is to turn up on parade nights when you said you would and be on time, to
      keep your own uniform and drill to the standard you expect, and to keep your promises, even
      small ones like bringing in the map you said you would lend them."""),
    P("""Respect is important because a new thirteen-year-old can feel very small next to an
      eighteen-year-old sergeant. If they feel respected as a person, not just as the lowest rank,
      they will be honest with you and keep coming back. If they don't, they will just say 'yes
      sergeant' and tell you nothing."""),
    P("Aims, and what stops them"),
    P("""Some of the aims cadets I mentor have agreed with me are: to pass the leading cadet exams by
      the summer; to be confident enough to speak in front of the flight during a lesson; and, for
      Ellie, to complete the bronze Duke of Edinburgh expedition with the squadron without ringing
      home to be collected."""),
    P("""Agreeing aims like these matters because they give us both something to work towards and a
      way to see if the mentoring is working. If the cadet chooses the aim, they own it and try
      harder; if I choose it for them it is just another order. Agreeing them also makes sure they
      are realistic, so a cadet does not set themselves up to fail, and it means we can break a big
      aim into smaller steps and celebrate each one. Without agreed aims the mentoring just becomes
      a chat at the NAAFI counter."""),
    P("""Some of what gets in the way is practical. The squadron hut is busy and noisy on parade nights, so
      there is nowhere private to talk, and some cadets depend on a parent for a lift, so they miss
      weeks. I handle the first by using the empty briefing room or walking round the parade
      square while the others are at drill, and the second by arranging lifts with other parents
      through the staff and catching up by message through the squadron's app."""),
    P("""Personal things can stop a cadet getting anything from mentoring. One is being really shy or
      anxious, so they won't say what is wrong; another is having had a bad experience with an older
      cadet before, so they expect to be picked on."""),
    P("""If I couldn't get on with a cadet I was mentoring, I would first think about whether it was
      something I was doing, then talk to my squadron warrant officer, and if it still didn't work
      I would ask for them to have a different mentor, making sure they know it is not their
      fault."""),
    P("""If a cadet brings me something personal, like trouble at home or at school, I hear them out
      properly but I never promise to keep it secret, and I pass it on to the squadron's
      safeguarding officer whenever they might be at risk. I am not trained to sort out those
      things, so my part is making sure they get to someone who is."""),
    P("Really listening, and asking the right things"),
    P("""I show I am listening by putting my phone away, facing the cadet and looking at them, and
      nodding. Then I say back what I think they meant, like 'So it isn't the exam you're worried
      about, it's being the only one who fails it in front of your mates?' so they can tell me if I
      have got it wrong."""),
    P("""Effective listening means concentrating fully on the other person, paying attention to how
      they say something as well as what they say, and not thinking about your answer while they
      are still talking."""),
    P("""It matters because younger cadets soon notice if you are only pretending to listen and then
      they give up. If they feel listened to they get round to what is actually bothering them."""),
    P("""There are two main kinds of question. Open questions can't be answered with one word and
      get the cadet to explain, such as 'What did you find hardest on the navigation exercise?' or
      'How are you feeling about camp?' Closed questions get a yes or no or a fact, and are useful
      for checking, such as 'Have you got your kit list?' or 'Did you do the exam paper?'"""),
    P("""If I'm the one getting feedback, I try to listen to the end without getting defensive, ask
      them to explain if I don't understand, thank them, and then decide what I will do about it.
      That is hard when it is a younger cadet telling you your lesson was boring."""),
    P("""Giving feedback, I do it soon after, in private, and first I get them to say how it
      went for them. Then I say something they did well, one thing to improve with a reason, and
      finish on something positive, so they go away wanting to try again."""),
    P("By submitting this I confirm that this assessment is my own work."),
]

CASE = Case(
    name="ek_d201_cadets_docx",
    unit="D2.01",
    kind="unstructured",
    files=[SourceFile("Reid D2.01 assignment.docx", BLOCKS)],
    labels={
        "q1": "by talking things through rather than giving orders",
        "q2": "not staff and not in charge of them on parade",
        "q3": "approachable, patient, reliable and calm",
        "q4": "keep your own uniform and drill to the standard",
        "q5": "making an example of them in front of the flight",
        "q6": "not just as the lowest rank",
        "q7": "If the cadet chooses the aim, they own it",
        "q8": "pass the leading cadet exams by the summer",
        "q9": "expect to be picked on",
        "q10": "depend on a parent for a lift",
        "q11": "walking round the parade square",
        "q12": "pass it on to the squadron's safeguarding officer",
        "q13": "talk to my squadron warrant officer",
        "q14": "concentrating fully on the other person",
        "q15": "only pretending to listen and then they give up",
        "q16": "being the only one who fails it",
        "q17": "can't be answered with one word",
        "q18": "What did you find hardest on the navigation exercise?",
        "q19": "first I get them to say how it went",
        "q20": "listen to the end without getting defensive",
        "section-1": "Being a mentor on the squadron",
        "section-2": "Aims, and what stops them",
        "section-3": "Really listening, and asking the right things",
    },
    expected_checks={"declaration": True, "evidence_matrix": None, "identifying": ["Ellie"]},
    about="Air cadet D2.01 as prose under three own Word headings, no numbers or pasted questions, each part in the learner's own order, practical obstacles and remedies in one paragraph, paired question types, receiving before giving feedback, a planted first name, declaration.",
)
