"""8587-305 Reflecting on Mentoring Skills: a senior instructor at an outdoor education centre, PDF.

Kirsty Galbraith is a senior instructor at a residential outdoor education centre in the
Lake District and mentors two newly qualified instructors through their first season. Her
reflective essay is saved as PDF with plain lines of her own ("Reading back", "Night
navigation", "The drying room", "Autumn and winter") that never name a criterion. What is
tricky: how effective her mentoring has been is spread over two paragraphs, the log and
feedback cards first and then supervision and an observed session, where she weighs it up
(labelled); the development opportunities come out of a story about a night navigation
exercise in which she took over from her mentee, told as a story and then reviewed for
questioning and listening; her strengths and weaknesses are two sentences inside a paragraph
about the centre's banter and drying-room debriefs; the six-month plan is prose over two
paragraphs with months and measures, not a table. Johns, Kolb and Kline are cited, an
introduction and conclusion touch every topic, references. No declaration.
"""

from .case import Case, P, SourceFile

BLOCKS = [
    P("Reflecting on my mentoring - Kirsty Galbraith"),
    P("Senior Instructor, residential outdoor education centre, Cumbria"),
    P("""This season I mentored two instructors in their first year at the centre, one straight
      from university and one who had changed career from accountancy. In this piece I look at
      how well my mentoring has actually worked, using my mentoring log, their feedback and my
      supervision; at my strengths and weaknesses as a mentor, including how I communicate and
      relate to people; at what my questioning and listening are like and what I should do to
      develop; and I finish with my plan for the next six months and how I will measure it. I
      have used Johns' model of structured reflection throughout."""),
    P("Reading back"),
    P("""My log records sixteen mentoring meetings over the season, usually an hour on a
      changeover day, plus a lot of conversations in minibuses that I did not log. Of the eleven
      goals my two mentees set, eight were reached, including both of them running a full canoe
      session on the lake with a school group unsupervised by July. After each meeting they fill
      in a card with two questions, what helped and what did not. The cards are mostly positive,
      but one phrase keeps coming up from the career changer: 'I'd have liked to work it out
      myself'."""),
    P("""In August our head of training, who supervises all the centre's mentors, sat in on one
      of my meetings and we talked about it afterwards in supervision. She said I was warm and
      the mentee clearly trusted me, but I answered three of my own questions before the mentee
      had a chance to. Putting that next to the log and the cards, I think my mentoring has been
      effective for the practical, safety-critical side of the job, where the goals were met and
      met early, and much less effective at helping my mentees think for themselves, which is
      what mentoring is supposed to be about. Without the supervision I would have read the
      positive cards and stopped there."""),
    P("Night navigation"),
    P("""The clearest example came in October. One of my mentees was leading a night navigation
      exercise for a group of Year 9s on the fell above the centre, with me shadowing. At a
      stream junction she took the wrong branch. I could see it straight away. I asked 'Are you
      sure this is the right way?', she said 'No', and within a minute I had the map and was
      leading. Nobody was at risk; the ground was easy and we were twenty minutes from the road.
      Afterwards she said, quietly, that she had realised her mistake a moment before I spoke
      and had been about to stop the group. I had taken away the best learning she would have
      had all season."""),
    P("""Going through it with Johns' cues, the problem was not my navigation but my questioning
      and listening. 'Are you sure?' is a closed question that tells the person they are wrong.
      An open one, such as 'What are you noticing about the ground?', would have let her find
      it. And I was not listening to her at all, I was listening to my own alarm. Kline (1999)
      says people think best when they know they will not be interrupted, and that is true on a
      fell at night as well as in a meeting room. So the development I need is less about
      outdoor skills and more about mentoring ones: a course on coaching and mentoring
      conversations, a peer mentoring circle with instructors from other centres where we can
      practise on each other, and more observed sessions with feedback. The Institute for
      Outdoor Learning also runs webinars on mentoring that I have never found time for."""),
    P("The drying room"),
    P("""Outdoor centres have their own culture. Most of the real debriefing happens in the
      drying room at the end of the day, surrounded by wet cagoules, and a lot of it is banter.
      New instructors learn quickly that you are supposed to laugh off a bad session. It is a
      good place for informal support but not for saying you were scared on the ghyll scramble.
      My strengths, as the cards and my supervisor see them, are my technical knowledge, staying
      calm, being reliable and being easy to approach; my weaknesses are that I use too much
      instructor jargon, I rush quieter people and fill their pauses, and I get impatient when
      someone takes longer than I would. So I now hold mentoring meetings somewhere other than
      the drying room, usually a walk along the lake shore, and I try to show the new
      instructors that it is normal to talk about what went wrong, starting with my own
      mistakes."""),
    P("""Kolb (1984) describes learning as a cycle of doing, reflecting, making sense of it and
      trying again, and I recognise that outdoor instructors are good at the doing and poor at
      the reflecting, me included. Writing this is the first time I have gone round the whole
      cycle on my mentoring rather than my kayaking."""),
    P("Autumn and winter"),
    P("""From November to January, when the centre is quiet, I will book the two-day coaching
      and mentoring conversations course run by our county's outdoor education service, which I
      have pencilled in for the second week of December, and I will start the peer mentoring
      circle in January with the two other centres on the lake. Success will be that I attend
      the course, that the circle has met at least twice by the end of January, and that I can
      name three questioning techniques I am using that I did not use before. I will also change
      my feedback card to add a third question, 'Did you get to work things out for yourself?'"""),
    P("""From February to April, with the new season's instructors arriving, I will ask the head
      of training to observe two of my meetings, one in February and one in April, and I will
      record one more myself with the mentee's agreement and count how many times I interrupt.
      Success will be that by the end of April the observer's feedback no longer mentions me
      answering my own questions, that the cards from both new mentees score 'worked it out
      myself' as yes in at least three out of four meetings, and that I have attended two
      Institute for Outdoor Learning webinars. I will review the whole plan with my supervisor
      at the end of April and write the next one."""),
    P("""Looking back over the season, the evidence from my log, the feedback cards and
      supervision tells a more honest story than my own impression. My strengths and weaknesses
      are clearer, the night navigation showed me what my questioning and listening are really
      like and where I need to develop, and I have a plan for the winter and spring with dates
      and measures. The mentee from that night is now leading night navigation on her own."""),
    P("References"),
    P("Johns, C. (2013) Becoming a Reflective Practitioner. 4th edn. Chichester: Wiley-Blackwell."),
    P("Kline, N. (1999) Time to Think. London: Ward Lock."),
    P("Kolb, D. A. (1984) Experiential Learning. Englewood Cliffs, NJ: Prentice Hall."),
    P("Institute for Outdoor Learning (2023) Professional Development Framework. Penrith: IOL."),
]

CASE = Case(
    name="ej_305_outdoor_centre_pdf",
    unit="8587-305",
    kind="unstructured",
    files=[SourceFile("Galbraith reflective essay.pdf", BLOCKS)],
    labels={
        "1.1": "Putting that next to the log and the cards",
        "1.2": "I use too much instructor jargon",
        "2.1": "So the development I need is less about outdoor skills",
        "2.2": "pencilled in for the second week of December",
    },
    expected_checks={"declaration": False, "evidence_matrix": None},
    about="Outdoor centre instructor's 8587-305 PDF essay: effectiveness over log-and-cards and supervision paragraphs, night-navigation story leading to development opportunities, strengths and weaknesses in two sentences inside a drying-room culture paragraph, six-month plan in prose over two paragraphs, Johns, Kolb, Kline, references, no declaration.",
)
