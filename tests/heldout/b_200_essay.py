"""8584-200 Understanding Mentoring: a level 2 essay, first person, no task numbers.

A night-shift supervisor at a distribution depot writes one continuous piece in Word
(Normal paragraphs only), starting from what worries him, answering the tasks in his
own order and words. He forgot to anonymise the mentee and his manager.
"""

from corpus.case import Case, P, SourceFile

BLOCKS = [
    P("Understanding Mentoring – Daniel Whitfield"),
    P("ILM Level 2 Award in Effective Mentoring Skills. Learner number L20-4471839"),
    P("""I have worked at the Kettering distribution centre for nine years, the last four as a
      shift supervisor on nights. In March my manager, Graham Pickering, asked me to mentor
      Aisha Rahman, who has just been promoted from picker to team leader on the chilled
      section. I have never mentored anyone properly before, so this piece is me working out
      what I am going to do and why."""),
    P("""The thing I am most worried about is whether she will trust me, because I was her
      supervisor for two years and she is used to me telling her what to do. I think trust
      has to be earned and it takes a while. I will do exactly what I say I will do, even
      small things like ringing her back the same night when I said I would. I will tell her
      at the start that what she says in our sessions stays between us unless someone could
      get hurt, and then I will stick to that, even when the shift manager asks me how she is
      getting on. I am also going to own up to my own mistakes, like the night I lost a whole
      trailer of yoghurt because I didn't check the temperature log, so she can see it is
      safe to get things wrong in front of me. Over time, if she sees me being straight with
      her, she will be straight with me."""),
    P("""So what is the job actually? As I see it I am there to help Aisha grow into being a
      team leader in her own way, not to do it for her. That means meeting her regularly,
      listening, asking questions that make her think, sharing what I have learned the hard
      way when it is useful, and pointing her to people and training that can help, like the
      first line manager course. It is not the same as training her, which is showing her
      how to use the labour planning screen, and it is not counselling either. If something
      personal comes up that is bigger than me I will send her to the right place, like HR or
      the employee helpline, rather than trying to sort it out myself. I am more of a
      sounding board with a bit of experience behind it than a boss or a teacher."""),
    P("""Having someone like that helps people in lots of different places, not only at work.
      At the depot, Aisha will have someone to talk things through with before she has to
      deal with pickers who used to be her mates, and that should mean she settles in quicker
      and doesn't walk out in the first six months like two of the last three new team leaders
      did. The business gains too, because we keep people we have spent money training."""),
    P("""I can see the same thing outside work. At the boxing club where I help out on
      Saturdays, the older lads look out for the younger ones, and I watched a fourteen year
      old who had been excluded from school start turning up on time because someone he
      looked up to expected him to. My sister-in-law had a mentor from a small business
      network in her first year as a self-employed dog groomer, and it helped her price her
      work properly and not give up when money was tight. In a college, a mentor can help a
      student who is the first in their family to study to stay on the course when it gets
      hard."""),
    P("""To do any of this well I need some particular skills. Listening comes first, really
      listening and not just waiting for my turn to talk. Then asking good questions, the
      open kind. I need empathy, to put myself in her shoes. I need to be able to give
      feedback that helps, to help her set targets she can actually hit, to sum up what has
      been said so we both agree, and to be a good example, because there is no point
      telling her to be organised if I turn up late to our sessions."""),
    P("""There are a few things that could get in the way. Time is the obvious one. Nights are
      short staffed and when a lorry turns up late there is no chance of sitting down for half
      an hour. Then there is the history between us. She might think I am checking up on her
      for Graham, or just keep telling me what she thinks I want to hear. Where we meet is a
      problem as well, because the only quiet room on site is the first aid room and people
      walk in and out of it all night."""),
    P("""To get round the time problem I am going to book our sessions for the first hour of
      Tuesday shifts, which is always our quietest night, and ask for it to go on the rota so
      it is protected. For the trust side, at our first meeting we will write a simple
      agreement together saying what we will talk about, how often we will meet and that I
      will not be reporting back on her. I will also let her choose what we talk about. For
      the room, the training room in the office block is empty at night, so I will ask for a
      key card."""),
    P("""The model I am going to follow is GROW, which we covered on the course. G is the goal,
      what she wants to achieve. R is the reality, what is happening now. O is the options,
      all the different things she could do, and W is the way forward, what she will actually
      do and when. For example, she told me she dreads doing back-to-work chats with people
      who have been off sick. The goal might be to do them on her own with confidence. In the
      reality part we would talk about the last one she did and what went wrong. Then we
      would list options, like sitting in on one of mine, using the HR script or practising
      with me, and at the end she picks one and we put a date on it."""),
    P("""The way I ask and listen will make a big difference. I will mostly ask open questions
      like "What happened next?" or "What would you do differently?" and then probing ones to
      get more detail, and I will try not to ask leading questions that push her towards my
      answer. When she goes quiet I will count to ten in my head before I say anything,
      because she might be thinking. I will show I am listening by putting my phone away,
      looking at her, nodding, and repeating back what she said in my own words so she knows
      I got it. At the end I will sum up what we covered."""),
    P("""Giving her feedback is something I need to get right, because I am used to just
      telling people when they have done it wrong. I will ask her first how she thinks
      something went. Then I will be specific about what I saw, talk about what she did and
      not what she is like, say what went well as well as what could be better, and do it in
      private and soon after. For example after her first pre-shift huddle I would say that
      she explained the targets clearly but lost people when she read the safety notice off
      her phone, and ask what she could try next time."""),
    P("""Before each session I will sit down for ten minutes with a brew and read my notes from
      last time, so I remember what she said she would do. I will use the session plan form
      from the course to jot down what we might cover and any questions I want to ask, but I
      will keep it loose because it is her session. I will text her the day before to confirm
      the time and the room, and afterwards I will fill in the session record form while it
      is fresh. These forms will be my evidence for the next unit."""),
    P("""Two goals we might agree are these. By the end of June she will run the Monday absence
      meeting on her own without me there. And within eight weeks she will get the pick
      accuracy on her section up from 98.7% to 99.5% by coaching her two worst pickers. For
      goals to work they need to be hers, not mine, they need to be clear and measurable,
      possible in the time, and we need to agree when we will check on them."""),
    P("""Finally, records. I will keep the agreement we sign, the goals sheet, a short note of
      each session with what she is going to do, and my own reflections on how it went. The
      reasons are so we can both see progress, so I don't forget what we agreed, and as
      evidence for my qualification. I will only write down what is needed, keep it factual,
      let her see anything I write about her, and keep it all in a locked drawer in the shift
      office rather than in my van. When the mentoring finishes I will shred anything we no
      longer need, because of data protection."""),
    P("I confirm that this assignment is all my own work. Daniel Whitfield"),
]

CASE = Case(
    name="b_200_essay",
    unit="8584-200",
    kind="unstructured",
    files=[SourceFile("Unit 200 essay.docx", BLOCKS)],
    labels={
        "1.1": "sounding board with a bit of experience",
        "1.2": "self-employed dog groomer",
        "1.3": "only quiet room on site is the first aid room",
        "1.4": "always our quietest night",
        "2.1": "if I turn up late to our sessions",
        "2.2": "back-to-work chats",
        "2.3": "count to ten in my head",
        "2.4": "pre-shift huddle",
        "2.5": "trailer of yoghurt",
        "3.1": "ten minutes with a brew",
        "3.2": "pick accuracy",
        "3.3": "locked drawer in the shift office",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": None,
        "identifying": ["Graham Pickering", "Aisha Rahman", "Aisha", "Graham"],
    },
    about="Depot supervisor's level 2 essay: own order, paraphrase, a criterion over two paragraphs; names left in.",
)
