"""8587-302 practice: a distillery visitor centre manager's coaching diary in plain text, every length in prose.

Morag Lindsay manages the visitor centre at a Highland distillery and coaches two of her
team: Coachee A (Finlay, a tour guide) and Coachee B (Ifeoma, shop and tastings
supervisor); the contract note says so once, then the diary uses first names and once
"Coachee B" again. There is no table: dated paragraphs written the evening of each session,
lengths in words ("about forty minutes", "an hour and a quarter", "ninety minutes", "an
hour and forty minutes", "an hour and ten minutes"). Tricky: Ifeoma's session booked for an
hour and a half stopped by a fire alarm after fifty-five minutes; a cancelled session moved
to the Friday; a follow-up "pencilled in" for June; the tour length ("seventy-five minutes")
and a 12-hour requirement mentioned in passing; a "Looking back" section retelling the 17
February two hours and the fire alarm session (same sessions); her own totals sentence
(right). Supervision: an hour and an hour and a half with her coaching supervisor, and a
forty-five minute phone tutorial.

Practice truth: Finlay 40 + 90 + 120 + 100 + 60 + 75 = 485, Ifeoma 30 + 55 + 75 + 90 + 120
+ 70 = 440; 925 minutes in twelve sessions with two coachees; supervision 60 + 45 + 90 = 195.
"""

from .case import Case, P, SourceFile

BLOCKS = [
    P("Coaching diary - ILM unit 302 - Morag Lindsay, Visitor Centre Manager, Glenarrach Distillery"),
    P("""About this diary. I coach two people from my own team. In the signed contracts they are
      Coachee A (Finlay, one of our tour guides) and Coachee B (Ifeoma, who supervises the shop
      and the tastings bar). Both of them said they were happy for me to use their first names
      in the diary itself. I wrote each entry on the evening of the session, on my laptop at
      the kitchen table, so the times are what I remembered on the day. The unit asks for at
      least 12 hours, and I planned fortnightly sessions of roughly ninety minutes with each
      of them from February to March."""),
    P("""Monday 3 February. First proper conversation with Finlay, really a chemistry chat over
      coffee in the still house office. We spoke for about forty minutes. He was wary at first,
      he thought coaching meant he was in trouble. I explained what it is and isn't and he
      said he'd give it a go."""),
    P("""Wednesday 5 February. Ifeoma's chemistry meeting, half an hour in the shop before we
      opened. She knew exactly what she wanted: to be ready to apply for the deputy manager
      post in the summer."""),
    P("""Monday 10 February. Finlay, first full session, an hour and a half. Contract signed. We
      used GROW. His goal is to redesign the premium tour so it runs to time and to be the
      person who trains the seasonal guides in April."""),
    P("""Wednesday 12 February. Ifeoma. We had booked an hour and a half but the fire alarm went
      off in the bottling hall after fifty-five minutes and we never got back to it, so that
      is what I've counted. We did manage the contract and a strengths questionnaire."""),
    P("""Monday 17 February. Finlay again, two hours this time, because he wanted to rehearse the
      new tour script with me as the awkward customer. Our standard tour lasts seventy-five
      minutes and his version ran to ninety, which he worked out for himself."""),
    P("""Wednesday 19 February. Ifeoma cancelled, a cask delivery came a day early and she had to
      check it in. We moved to Friday 21 February instead: an hour and a quarter, working
      through her SWOT for the deputy role."""),
    P("""Monday 24 February. Supervision with my coaching supervisor, Alasdair, by video for an
      hour. I talked about coaching people I manage and whether Ifeoma could be honest with me
      about the shop."""),
    P("""Tuesday 25 February. Finlay, an hour and forty minutes. Options for cutting the tour down.
      He came with three ideas of his own, which is a first."""),
    P("""Thursday 27 February. Ifeoma, ninety minutes. Reality check on her SWOT, then options for
      getting management experience before the summer."""),
    P("""Monday 3 March. Finlay for an hour. He ran the new tour on Saturday and it finished on
      time. We planned the training for the seasonal guides."""),
    P("""Wednesday 5 March. Coachee B, two hours. We did a 360 using the feedback forms from three
      of the shop staff and went through them together. Hard for her to hear some of it."""),
    P("""Friday 7 March. Tutorial with my ILM tutor, Catriona, forty-five minutes on the phone,
      mostly about how to write up 2.1 and whether the 360 counts as a diagnostic tool (it
      does)."""),
    P("""Monday 10 March. Finlay, last session, an hour and a quarter. Review of his goals and the
      feedback form. He has trained two of the seasonal guides already."""),
    P("""Wednesday 12 March. Ifeoma, closing session: an hour and ten minutes. Review, feedback
      form, and she has her application drafted."""),
    P("""Monday 17 March. Second supervision with Alasdair, an hour and a half, in person this time
      when I was in Inverness for the regional meeting. We looked at endings and at how I felt
      about Ifeoma possibly leaving my team."""),
    P("""I've pencilled in a follow-up with each of them in June, about an hour each, to see how the
      summer season is going, but that is after I hand in."""),
    P("""Looking back. The turning point with Finlay was the two hours of role play on 17 February:
      once he heard himself over-run he stopped defending the old script. With Ifeoma, the fire
      alarm session felt like a failure at the time but the strengths questionnaire we squeezed
      in became the thing she kept coming back to. My own learning is that I rush to options
      when I am the coachee's manager, because I already know the answer I want."""),
    P("""Adding it all up I make it 15 hours 25 minutes of coaching over twelve sessions, plus 3
      hours 15 minutes of supervision and tutorial. I confirm this diary is my own work and an
      honest record. Morag Lindsay."""),
]

CASE = Case(
    name="pj_302_distillery_narrative_txt",
    unit="8587-302",
    kind="unstructured",
    files=[SourceFile("Morag Lindsay coaching diary 302.txt", BLOCKS)],
    labels={},  # practice only
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        # Finlay (Coachee A): 3 Feb "about forty minutes" 40 (chemistry) + 10 Feb "an hour and a
        #   half" 90 + 17 Feb "two hours" 120 + 25 Feb "an hour and forty minutes" 100 + 3 Mar
        #   "an hour" 60 + 10 Mar "an hour and a quarter" 75 = 40 + 90 + 120 + 100 + 60 + 75 = 485
        # Ifeoma (Coachee B): 5 Feb "half an hour" 30 (chemistry) + 12 Feb "fifty-five minutes" 55
        #   (booked 90, stopped by the alarm) + 21 Feb "an hour and a quarter" 75 + 27 Feb "ninety
        #   minutes" 90 + 5 Mar "two hours" 120 + 12 Mar "an hour and ten minutes" 70
        #   = 30 + 55 + 75 + 90 + 120 + 70 = 440
        # 485 + 440 = 925 (= her 15 hours 25 minutes, right).
        # Not: 19 Feb cancelled; June follow-ups (pencilled in); the plan's "ninety minutes"; the
        # tour's "seventy-five minutes" and "ninety"; "at least 12 hours"; "Looking back" (17 Feb
        # and 12 Feb again); the totals sentence.
        "minutes": 925,
        "sessions": 12,  # Finlay 6 + Ifeoma 6
        "individuals": 2,  # Finlay = Coachee A, Ifeoma = Coachee B
        # 24 Feb supervision "an hour" 60 + 7 Mar tutorial "forty-five minutes" 45 + 17 Mar
        # supervision "an hour and a half" 90 = 195 (= her 3 hours 15 minutes)
        "supervision_minutes": 195,
    },
    about="Distillery visitor centre manager; plain-text coaching diary with no table, every length in words, Coachee A/B = Finlay/Ifeoma, a fire-alarm session counted at its actual length, cancelled-and-moved session, pencilled-in follow-ups, tour lengths as noise, retold sessions, right totals sentence, supervision and phone tutorial in prose.",
)
