"""8584-201 Developing Mentoring Skills: a banker mason in a cathedral works yard, DOCX.

Owain Pritchard is a banker mason in the works department of a cathedral and mentors a
first-year apprentice mason, whom he calls J throughout. He writes up his mentoring as one
continuous account in Normal style, with plain lines of his own ("The yard", "When we met",
"A sprung arris", "Looking at myself") and two tables: the meetings, with a "How long"
column, and his future development. What is tricky: the criteria come out of the unit's
order; the plan (who, what, when, where, how often) follows a paragraph about the yard's
working week; trust is spread over two paragraphs, the first-day one (labelled) between the
plan and the goals and the other after the questioning; the evidence of three hours is the
sentence introducing the meetings table, and records follow it; the feedback he gave is
carried by the story of a ruined stone, and questioning and listening come after that; his
review of his own performance runs over two paragraphs and the hour with his tutor is two
sentences inside the second; future development is a table. Pendleton, Egan and Gibbs are
cited, an introduction and a conclusion touch every topic, references, and a declaration. No
practice figures are set.
"""

from .case import Case, P, SourceFile, T

BLOCKS = [
    P("Developing Mentoring Skills - my mentoring of an apprentice mason"),
    P("Owain Pritchard, Banker Mason, Cathedral Works Department"),
    P("""This is my account of mentoring J, a first-year apprentice in our stone yard, from
      March to May. It covers how I planned the mentoring and the goals we agreed, the meetings
      we had and how long they took, how I used questions and listening, the feedback I gave,
      how we built trust, the records I kept, how I think I did, the hour I spent with my tutor,
      and what I want to work on next as a mentor. J has read this and is happy for it to be
      used, as long as his name is not."""),
    P("The yard"),
    P("""Our works department has nine masons, two carvers and three apprentices, and we spend
      our days cutting new stone to replace the decayed pieces on the cathedral, mostly from
      templates drawn in the setting-out room. Apprentices go to college one day a week and
      spend the rest of the week on the banker with one of us. J came to us last September from
      a building course and is good with his hands but very quiet. The master mason asked me to
      mentor him because I trained here myself and I am not his day-to-day supervisor."""),
    P("""We planned it together at the end of February. It would be just the two of us, meeting
      every other Thursday afternoon for up to an hour once the saws are off, in the tracing
      room above the yard, which is quiet and has a table, from the first Thursday in March to
      the end of May. We would talk about whatever J wanted, but mainly his confidence on the
      banker and his college portfolio, and in between he could ask me anything on the yard. The
      master mason agreed to the time off the banker."""),
    P("""Trust started on the first day, when I told J that what he said to me would stay with
      me unless someone's safety was at risk, and that I would not report on him to the master
      mason. I kept to that, and I also told him about my own first year, when I dropped a
      finished finial, so he knew I had made mistakes too."""),
    P("""The goals J chose were to work a moulded stone from a template on his own, checked only
      at the end, by the end of May; to have his college portfolio up to date with photographs
      and notes of three finished stones by his college review on 20 May; and to ask at least
      one question in the Monday morning yard meeting each week, because he never spoke in them."""),
    P("When we met"),
    P("""Altogether we met four times for three hours and forty-five minutes in all, as the
      table shows. I have not counted the short chats on the banker."""),
    T(
        ["When", "Where", "What we talked about", "How long"],
        ["Thursday 6 March", "Tracing room", "Getting to know each other, agreeing how we would work, his goals", "45 minutes"],
        ["Thursday 20 March", "Tracing room", "The moulded stone, how he plans his cuts, the yard meeting", "1 hour"],
        ["Thursday 3 April", "Tracing room", "The sprung arris, what went wrong, portfolio photographs", "1 hour"],
        ["Thursday 1 May", "Yard bench (tracing room in use)", "Progress on all three goals, his first stone worked alone", "1 hour"],
    ),
    P("""After each meeting I filled in a mentoring record sheet with the date, how long, what
      we talked about, actions agreed and progress on each goal, and J signed it. I also kept a
      goals sheet that we updated together, and a short reflective diary about how I thought
      each meeting went. The sheets are in a folder in the locked drawer in the tracing room, J
      has a copy of each, and nothing goes on his personnel file. When the mentoring finishes,
      the records will be kept for my qualification and then shredded."""),
    P("A sprung arris"),
    P("""In the second week of April J was working a piece of window tracery and, pushing to
      finish before the weekend, he struck too hard with the claw chisel and sprung the arris,
      knocking a chunk off the edge. The stone was ruined and he was mortified. I waited until
      the Thursday rather than saying anything in front of the yard. I used Pendleton's rules
      (Pendleton et al., 1984): I asked him first what had gone well on the stone, and he said
      the setting out, which was true. Then I asked what he would change, and he said he should
      have gone back to the boaster for the last pass. I agreed, told him specifically that his
      setting out was as good as a third-year's and that the mistake came from rushing, not from
      skill, and we agreed he would stop and check before the last pass on every stone for a
      month. He did, and the moulded stone he worked alone in May had no faults."""),
    P("""I asked far more than I told. In the first meeting I used open questions like 'What
      made you want to be a mason?' and 'What is the hardest part of the week for you?', and
      because J is quiet I let the silences run rather than filling them. When he talked about
      the yard meeting I reflected it back ('So it is not the question that worries you, it is
      the others looking at you?') and he said yes, that was it exactly. I used closed questions
      to check facts, such as 'Have you marked the bed joint?', and probing ones like 'What
      would you do differently on the next one?' I listened the way Egan (2014) describes with
      SOLER: sitting square on, open, leaning in a bit, eye contact and relaxed, which in a
      tracing room full of templates means moving the templates off the table first."""),
    P("""Trust grew because I did what I said. I turned up every other Thursday even when I was
      busy, I found him the college notes he had lost, and I never mentioned the sprung arris in
      front of anyone. By the third meeting he was bringing his own questions."""),
    P("Looking at myself"),
    P("""Looking back with Gibbs' (1988) cycle, I think I did well at listening, at keeping to
      the arrangements and at giving feedback that J could use. The best evidence is that all
      three goals were met: he worked the moulded stone alone, his portfolio was up to date for
      his review, and he asked a question in the yard meeting in five weeks out of eight. J's
      feedback form said the meetings 'made me less scared to ask'."""),
    P("""Where I was weaker was at the start. In the first meeting I talked too much about my
      own apprenticeship and nearly set his goals for him. On 24 April I had a one-hour meeting
      with my ILM tutor at the college, where we went through my record sheets and she listened
      to me describe the sprung arris meeting. She helped me see that my questions were good but
      that I still steered J towards my answers, and suggested I let him summarise at the end of
      each meeting instead of me, which I did in May. I also need to get better at spotting when
      a quiet person is struggling, rather than waiting for them to say so."""),
    P("Over the next year I want to work on these things:"),
    T(
        ["What I want to get better at", "How", "When"],
        ["Not steering the mentee towards my own answers", "Let the mentee summarise and set the actions at every meeting; ask my tutor to observe one", "From the next apprentice in September"],
        ["Noticing when a quiet mentee is struggling", "Read up on non-verbal communication and check in on the banker weekly, not just at meetings", "By Christmas"],
        ["Knowing more mentoring models", "Learn the GROW model properly and try it with the next apprentice", "By October"],
        ["Mentoring more than one apprentice", "Mentor the September apprentices and compare my notes", "September to July"],
    ),
    P("""To sum up, I planned the mentoring with J and agreed three goals, we met for nearly
      four hours, I used questioning and listening and gave feedback after the sprung arris, we
      built trust, I kept records, I have reviewed how I did and met my tutor, and I know what I
      want to improve. J now wants to mentor the next apprentice when he is in his third year."""),
    P("References"),
    P("Egan, G. (2014) The Skilled Helper. 10th edn. Belmont, CA: Brooks/Cole."),
    P("Gibbs, G. (1988) Learning by Doing. Oxford: Further Education Unit."),
    P("""Pendleton, D., Schofield, T., Tate, P. and Havelock, P. (1984) The Consultation: An
      Approach to Learning and Teaching. Oxford: Oxford University Press."""),
    P("I confirm that this is my own work. Owain Pritchard"),
]

CASE = Case(
    name="ej_201_cathedral_masons_docx",
    unit="8584-201",
    kind="unstructured",
    files=[SourceFile("Pritchard mentoring account.docx", BLOCKS)],
    labels={
        "1.1": "meeting every other Thursday afternoon for up to an hour",
        "1.2": "The goals J chose were to work a moulded stone",
        "2.1": "Altogether we met four times for three hours",
        "2.2": "I asked far more than I told",
        "2.3": "told him specifically that his setting out",
        "2.4": "Trust started on the first day",
        "2.5": "I filled in a mentoring record sheet",
        "3.1": "I think I did well at listening",
        "3.2": "I had a one-hour meeting with my ILM tutor",
        "3.3": "Let the mentee summarise and set the actions",
    },
    expected_checks={"declaration": True, "evidence_matrix": False},
    about="Cathedral banker mason's 8584-201 account DOCX: plan after a paragraph on the yard, goals in prose, three hours introduced above a meetings table, feedback carried by a ruined-stone story, trust over two paragraphs, tutor hour two sentences inside the review, development table, references, declaration.",
)
