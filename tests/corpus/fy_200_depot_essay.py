"""8584-200 Understanding Mentoring: a depot supervisor's essay under headings of his own.

Dean Marsh, a shift supervisor at a food distribution depot, writes one continuous Word
essay in Normal style. His own headings ("Why bother?", "What went wrong", "Getting
ready") are plain lines, not Word headings and not the criteria. An introduction and a
conclusion each name every topic in a sentence. Benefits come first, then planning and
goals answered together in one paragraph, his role, questioning and listening over two
separated paragraphs (the first the fuller), barriers before how he got round them, and
the records last; references at the end. He rarely uses the criteria's words.
"""

from .case import Case, P, SourceFile

BLOCKS = [
    P("Mentoring on the night shift – Dean Marsh, learner number M5521904"),
    P("""In this essay I look at mentoring from the point of view of a night shift supervisor at a
      chilled food depot. I cover what a mentor does, who gets something out of it, what can stop
      it working and how to deal with that, the skills it takes, the model I follow, how I ask and
      listen, how I give feedback, how trust is built, how I prepare, the goals we set and the
      notes I keep."""),
    P("Why bother?"),
    P("""The obvious winner is a brand-new picker who has never worked in a cold store. Having
      someone a few weeks ahead of them who can explain the scanner, the pick rates and the
      unwritten rules of the canteen means they stop feeling lost by the end of their second week.
      A second group who come out better off are experienced drivers moving into the transport
      office, because nobody teaches you how to plan routes and they learn it from someone who has
      done it. Thirdly, agency staff hoping for a permanent contract get a clear picture of what the
      depot manager looks for, and in my experience more of them are taken on. Even the depot comes
      out ahead, because people who settle in stay, and recruiting a picker costs us far more than
      a few hours of a supervisor's time."""),
    P("Getting ready"),
    P("""Before the first meeting with Mentee C I sent him our short welcome questionnaire about what
      he already knew, what worried him and what he wanted to be doing in a year. From his answers
      and a chat with his team leader I could see the gap was in reading the pick plan, not in
      effort. We signed a one-page agreement saying when we would meet, that it stays between us
      and what each of us would do. As for what we would aim at, we agreed two things: to reach the
      standard pick rate on ambient aisles within six weeks, checked against the weekly report, and
      to pass the reach truck licence before the Christmas peak so he can cover the freezer."""),
    P("What I actually do"),
    P("""I am not Mentee C's boss and I am not there to train him on the kit; the trainers do that. My
      job is to be the person he can ask the questions he would feel daft asking anyone else, to
      share how I learned the job, to point him at the right people when something is outside what I
      know, and to help him work out his own answers rather than hand him mine. I also show him by
      example how to stay calm when a trailer turns up two hours late."""),
    P("Talking and hearing"),
    P("""Most of what I do happens through questions. I open with something wide like "how are you
      finding nights?" and let him talk, then I narrow in with "which part of the pick plan trips
      you up?" I only use closed questions to check facts, such as whether he has booked his
      licence test, and I never ask him something where the answer is hidden in the question. I then
      say back to him what I have heard in a sentence, so he can correct me before we go further."""),
    P("""When I am not making a decision for him, I try to keep quiet. The depot is noisy, so we sit in
      the drivers' rest room with the radio off and I put my phone face down on the table."""),
    P("What went wrong"),
    P("""Our first two meetings did not happen. Mentee C works four nights on and four off, while my
      pattern is the opposite half of the month, so there were weeks we were never in the building
      together. He was also wary of me because I sign off overtime, and he thought anything he said
      might be used against him. On top of that, his English is good but he is quicker reading than
      listening over the noise of the chillers."""),
    P("""To get round the shift clash I swapped one night a fortnight with another supervisor so that
      we overlap, and we meet in the first hour before the trailers arrive. I told him plainly, and
      put it in the agreement, that nothing he says reaches the overtime rota. For the noise I now
      write the main points on a card he keeps, which has helped more than anything I say."""),
    P("Telling someone how they did"),
    P("""After I watched him load a trailer I started with what went right, that the heavy pallets were
      at the bottom, then said exactly what I saw go wrong: "the chilled cages went on before the
      ambient ones, so the driver would have had to unload half of it at the first drop." I asked
      him what he would do next time and we agreed he would check the drop sheet first. I keep it to
      one thing to improve at a time and always about the job, not the person."""),
    P("Being someone he can rely on"),
    P("""He came to believe I was on his side because I kept the small promises: turning up when I
      said I would, finding out the answer I said I would find, and admitting the time I
      mis-keyed a delivery and cost the depot a fine. He knows where the line is, because we agreed
      that if he ever told me something about safety I would have to pass it on, and that anything
      else stays with me."""),
    P("What it takes"),
    P("""Looking back over the first two months, the things I have to be able to do are: listen without
      jumping in, ask good questions, read body language when someone says they are fine but are
      not, stay patient, give honest feedback without flattening someone, and set an example on the
      floor that I would be happy for him to copy."""),
    P("""The structure I follow in each meeting is the CLEAR model from our company's leadership pack,
      which I have put into my own words: we agree what the meeting is for, I mostly listen while he
      talks through how things are going, we look at what it means for him, we decide on one or two
      actions, and before he goes I check how he felt the meeting went and what to change."""),
    P("Keeping a paper trail"),
    P("""After every meeting I write up the date, what we talked about and the actions he agreed, in a
      notebook that stays in the locked supervisor's drawer, and I copy the actions into a message to
      him so he has them too. Those notes let me see whether he is moving forward, show the depot
      manager that mentoring is happening without giving away what was said, and remind me where I
      could have done better. They will be shredded three months after we finish, in line with the
      company's data protection policy."""),
    P("""To sum up, mentoring on nights has meant understanding my role, the benefits for new starters
      and the depot, the barriers and how to overcome them, the skills, the model, questions and
      listening, feedback, trust, planning, goals and records. I have learned a great deal and I will
      keep mentoring after the course."""),
    P("References"),
    P("Clutterbuck, D. (2014) Everyone Needs a Mentor. 5th edn. London: CIPD."),
    P("Hawkins, P. and Smith, N. (2013) Coaching, Mentoring and Organizational Consultancy. Maidenhead: Open University Press."),
]

CASE = Case(
    name="fy_200_depot_essay",
    unit="8584-200",
    kind="unstructured",
    files=[SourceFile("Marsh mentoring essay.docx", BLOCKS)],
    labels={
        "1.1": "feel daft asking anyone else",
        "1.2": "never worked in a cold store",
        "1.3": "four nights on and four off",
        "1.4": "swapped one night a fortnight",
        "2.1": "read body language when someone says they are fine",
        "2.2": "CLEAR model from our company's leadership pack",
        "2.3": "which part of the pick plan trips you up",
        "2.4": "the chilled cages went on before the ambient ones",
        "2.5": "kept the small promises",
        "3.1": "welcome questionnaire",
        "3.2": "reach truck licence before the Christmas peak",
        "3.3": "locked supervisor's drawer",
    },
    expected_checks={"declaration": False, "evidence_matrix": None, "identifying": []},
    about="Own-word headings as plain lines, intro and conclusion naming every topic, planning and goals in one paragraph, questioning over two paragraphs, references.",
)
