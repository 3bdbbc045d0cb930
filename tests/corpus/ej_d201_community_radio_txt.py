"""D2.01 Developing Effective Listening and Questioning Skills: a community radio volunteer, TXT.

Maya Sandhu, seventeen, volunteers at a community radio station and mentors the younger
teenagers who present its Saturday youth show. She types the knowledge assignment in a text
file as an essay under three lines of her own ("Behind the desk at the station", "Where we
are heading and what trips us up", "Ears first, then the right questions"), which are the
section labels, with no question numbers and no pasted questions. What is tricky: within
each part she answers in her own order (the mentor's role before what mentoring is, bad
behaviour before good, examples of outcomes before why agreeing them matters, practical
obstacles and how she handles them before the personal ones, showing she has listened before
what listening is); respect is carried by a story about a presenter talked over by adults;
one personal obstacle is a sentence inside a paragraph about the show's rota; the two kinds
of question and their examples are separate paragraphs; receiving feedback comes before
giving it. An introduction and conclusion mention every topic; Egan and Rogers are cited
with a short reference list. No declaration.
"""

from .case import Case, P, SourceFile

BLOCKS = [
    P("Listening and questioning skills - knowledge assignment"),
    P("Maya Sandhu, youth volunteer, community radio"),
    P("""I have volunteered at our community radio station for three years, and since September
      I have been mentoring three younger volunteers, aged thirteen to fifteen, who present the
      Saturday morning youth show. This assignment covers what mentoring is and what a mentor
      does, what makes a good one and how they should and should not behave, why respect
      matters, agreeing aims and what gets in the way of them, what to do about personal
      problems or not getting on, and listening, questions and feedback."""),
    P("Behind the desk at the station"),
    P("""My job as a mentor is to be the person the younger presenters can come to who is not
      the station manager and not their parent. I help them decide what they want to get better
      at, like doing a live link without a script, I show them how things work in the studio, I
      encourage them when a show goes badly, and I get an adult involved when something is
      beyond me."""),
    P("""Mentoring is about an older or more experienced person giving their time to help a
      younger one grow in confidence and skills over a long time, mostly by talking and doing
      things together, so that in the end they can manage without you."""),
    P("""A good mentor is patient, easy to talk to, honest, reliable and enthusiastic, and knows
      when to keep quiet and let the other person have a go. The best mentor I had at the
      station never touched the desk when I was presenting, even when I messed up the fader."""),
    P("""Some behaviour is never okay for a mentor. Laughing at a mistake on air in front of the
      other volunteers is one, because it is exactly what they are scared of. Another is taking
      over the desk or the microphone to show them how it is done when it is supposed to be
      their show. A third is messaging them on my personal social media, which breaks the
      station's safeguarding policy."""),
    P("""The right things to do are turning up on time every Saturday, because they cannot go
      live without a volunteer over eighteen or a trained mentor in the building, keeping the
      studio rules myself, like no drinks near the desk, and giving them my full attention in
      our catch-ups instead of checking the playlist."""),
    P("""Respect matters more than I realised. In October one of the Year 8 presenters, who I
      will call R, came to a station meeting with an idea for a feature on young carers. Two of
      the adult presenters talked over her and then someone said it was a bit heavy for a
      Saturday. She did not speak for the rest of the meeting and nearly stopped coming. When I
      sat down with her afterwards and took the idea seriously, she made the feature and it was
      one of our best shows. Young people notice straight away if you treat them as less
      important because they are young, and if they feel looked down on they stop telling you
      things."""),
    P("Where we are heading and what trips us up"),
    P("""Aims we have agreed this year include: to present a whole hour live with only a running
      order, no script, by Christmas; to record and edit one interview with someone from the
      community by half term; and for R, to get her young carers feature on air before the end
      of term."""),
    P("""Agreeing aims like these is important because it means the mentee is working towards
      something they actually care about, not something I decided for them, so they try harder.
      It also means we can both see whether the mentoring is helping, and it keeps aims
      realistic, so nobody sets themselves up to fail on live radio."""),
    P("""Practical things get in the way too. The youth show is only an hour, and the studio is
      booked solid before and after, so there is no quiet place or time to talk; and two of my
      mentees rely on the bus, which on a Saturday only runs every hour. I deal with the first
      by having our catch-ups in the station kitchen during the news bulletin or by video call
      on a weeknight with a parent's agreement, and with the second by changing the rota so the
      bus riders are on the second half of the show."""),
    P("""The rota itself causes arguments, because everyone wants the first half hour when the
      listeners are awake. I now do it a month ahead and rotate it. One of the mentees is so
      nervous about going on air that she hardly sleeps on Friday nights, and another has a
      parent who thinks radio is a waste of time, and both of those things stop them getting the
      most out of being mentored. Sorting the rota fairly has at least stopped one argument
      every week."""),
    P("""If a mentee wants help with something personal, like bullying or problems at home, I
      listen properly and take them seriously, but I never promise to keep it secret. I tell the
      station's safeguarding lead, who is a trained adult, if there is any chance they are at
      risk, and I help them find the right person to talk to, because I am not trained to sort
      those things out."""),
    P("""If I could not get on with one of my mentees, I would first think honestly about
      whether it was something I was doing. Then I would talk to the volunteer coordinator, and
      if it still did not work I would ask for them to be given a different mentor, making sure
      they know it is nobody's fault."""),
    P("Ears first, then the right questions"),
    P("""I show I have listened by stopping what I am doing and turning my chair away from the
      desk to face them, nodding, and then saying back in my own words what I think they meant,
      like 'So it is not the live link you are worried about, it is your voice sounding weird?'
      Then they can tell me if I have got it right. Later I remember what they told me and ask
      about it."""),
    P("""Listening effectively means giving someone your whole attention, hearing the feelings
      behind the words as well as the words, and not planning what you are going to say while
      they are still talking. Egan (2014) calls it being really present with someone."""),
    P("""It is important because if someone feels listened to they trust you and tell you what
      is really going on. If you only half listen, young people notice and stop bothering, and
      you end up helping with the wrong problem."""),
    P("""The questions that help me understand a mentee are open questions and closed questions.
      Open ones cannot be answered with just yes or no, so the person has to explain and think.
      Closed ones get a short fact or a yes or no, which is useful for checking you have
      understood or getting a detail."""),
    P("""Open examples: 'What did it feel like when the mic went live?' and 'How would you like
      the next show to go?' Closed examples: 'Did you check the levels before you went on?' and
      'Is Saturday still okay for you?'"""),
    P("""When someone gives me feedback I try to listen to all of it without getting defensive
      or making excuses, ask questions if I do not understand, say thank you, and then think
      about it before deciding what to change. Rogers (1961) writes about being open to
      experience, and that includes hearing things about yourself you would rather not."""),
    P("""When I give feedback I do it soon after the show and in private, not in the studio with
      the others listening. I ask them how they think it went first, then tell them something
      specific they did well, one thing to work on and why, and end on something positive so
      they want to come back next week."""),
    P("""That is everything: what mentoring is and what I do as a mentor, what a good one is
      like and how they should and should not behave, respect, agreeing aims and the things that
      get in the way, personal problems and not getting on, and listening, questions and
      feedback. R's feature went out in December."""),
    P("References"),
    P("Egan, G. (2014) The Skilled Helper. 10th edn. Belmont, CA: Brooks/Cole."),
    P("Rogers, C. (1961) On Becoming a Person. Boston: Houghton Mifflin."),
]

CASE = Case(
    name="ej_d201_community_radio_txt",
    unit="D2.01",
    kind="unstructured",
    files=[SourceFile("Sandhu D2.01 assignment.txt", BLOCKS)],
    labels={
        "q1": "so that in the end they can manage without you",
        "q2": "not the station manager and not their parent",
        "q3": "patient, easy to talk to, honest, reliable and enthusiastic",
        "q4": "keeping the studio rules myself",
        "q5": "Laughing at a mistake on air",
        "q6": "treat them as less important because they are young",
        "q7": "something they actually care about, not something I decided",
        "q8": "present a whole hour live with only a running order",
        "q9": "hardly sleeps on Friday nights",
        "q10": "rely on the bus, which on a Saturday",
        "q11": "during the news bulletin or by video call",
        "q12": "tell the station's safeguarding lead",
        "q13": "talk to the volunteer coordinator",
        "q14": "hearing the feelings behind the words",
        "q15": "you end up helping with the wrong problem",
        "q16": "turning my chair away from the desk",
        "q17": "Open ones cannot be answered with just yes or no",
        "q18": "What did it feel like when the mic went live?",
        "q19": "soon after the show and in private",
        "q20": "without getting defensive or making excuses",
        "section-1": "Behind the desk at the station",
        "section-2": "Where we are heading and what trips us up",
        "section-3": "Ears first, then the right questions",
    },
    expected_checks={"declaration": False, "evidence_matrix": None},
    about="Community radio youth volunteer's D2.01 as a TXT essay under three own lines, no numbers or pasted questions, own order in each part, respect carried by a story, a personal obstacle inside a rota paragraph, question types and examples in separate paragraphs, receiving before giving feedback, Egan and Rogers, no declaration.",
)
