"""8587-305 Reflecting on Mentoring Skills: a hotel sous chef's reflective journal, as a DOCX.

Donna Whitfield is sous chef in a country house hotel kitchen and mentored three commis
chefs for unit 304. Her reflection has Word headings of her own ("Introduction", "A bad
Saturday", "Taking stock", "Where next", "Did it work?", "The next six months") and answers
the criteria out of order: it opens with a service that went wrong, then her strengths and
weak spots as a SWOT told in prose (not a table), then development opportunities
(listening and questions first, with a short second paragraph on a professional body and
conferences), and only then whether her mentoring worked, from the mentees' feedback and
her head chef's observation (the fuller paragraph) and her diary (the next one). The
six-month plan is a Word table (month, what I'll do, how I'll know) after a lead-in
paragraph about going through it with her supervisor. The introduction and a last line
touch every topic. One commis chef's first name is planted.
"""

from .case import Case, P, SourceFile, T

BLOCKS = [
    P("Reflective journal: mentoring in the kitchen"),
    P("Donna Whitfield, Sous Chef - ILM Level 3 Certificate in Effective Coaching and Mentoring"),
    P("Introduction"),
    P("""From September to March I mentored three commis chefs in the kitchen of the hotel where I
      am sous chef. This journal is my attempt to be honest about it: what I do well and what I
      do badly as a mentor, what I need to learn next, especially about how I listen and ask
      questions, whether the mentoring did any good judging by my diary, the chefs' feedback and
      what my head chef saw, and what I will do about it over the next six months."""),
    P("A bad Saturday"),
    P("""The moment I think about most was a Saturday in November with a hundred and ten covers and
      a wedding in the orangery. Mateusz, one of my commis, burnt his wrist on a tray and then
      plated the fish course for table twelve with the wrong sauce. I shouted at him across the
      pass, in front of the whole brigade. Two days later, in our mentoring session, he hardly
      spoke. I had spent eight weeks telling him our sessions were a safe place to talk about
      anything, and in thirty seconds on a Saturday night I had undone it."""),
    P("Taking stock"),
    P("""If I am honest with myself, that Saturday shows both sides of me. Doing a SWOT on myself
      with my head chef helped me see it. My strengths are real: I know the food, the kitchen and
      the hotel inside out; I am organised, and every mentoring session happened when it was meant
      to, which is not easy in a kitchen; I am a good role model on technique and standards; and
      the commis trust me to tell them straight when something is not good enough. I am also good
      at breaking a skill down, which helped all three of them with butchery. My weaknesses are
      just as clear. Under pressure I go back to the kitchen way of talking, which is loud and
      blunt. In sessions I talk too much and fill silences. My questions are mostly closed,
      because in a kitchen you only ask 'Is it done?' and 'Are you ready?' I know a lot about
      cooking and very little about mentoring as a subject, and I struggle to hide my impatience
      when someone is slow to get to the point. The opportunities are that the hotel group has a
      mentoring network I have never used, and the threat is time, because a short-staffed
      kitchen always wins over a mentoring session."""),
    P("Where next"),
    P("""The biggest thing I need to develop is how I listen and the questions I ask. My head chef
      suggested I try a simple rule in sessions: count to five after asking a question before I say
      anything else. I also want to learn to use more open questions, such as 'What would you do
      differently on the next service?' instead of telling them. The hotel group's learning team
      runs a two-day course on mentoring conversations, which includes practising with feedback
      from an observer, and my manager has agreed to pay for it. Peer mentoring with another sous
      chef in the group, where we would observe each other's sessions, would give me honest
      feedback from someone who knows kitchens. And I need to keep separating the pass from the
      mentoring room, which means learning to give feedback during service in a different way,
      calmly and later."""),
    P("""Beyond that, I would like to join the group's mentoring network and go to its quarterly
      meetings, and to look at joining a professional body such as the EMCC, which would give me a
      code of ethics, webinars and contact with mentors outside hospitality. The Master Chefs'
      conference in spring has a session on developing young chefs, which would also be useful."""),
    P("Did it work?"),
    P("""Judged by what others say, my mentoring did more good than I expected but less than I
      hoped. All three commis filled in the feedback form at the end. Two rated the sessions as
      very useful, and one wrote that I was 'the first chef who ever asked what I wanted to do'.
      Mateusz rated them as useful but wrote that he 'never knew which Donna would turn up',
      which is fair. My head chef, who is also my supervisor for this qualification, sat in on two
      sessions and met me monthly. His notes say my sessions were well planned and the goals were
      clear, but that I answered two of my own questions and spent most of one session talking
      about my own career. Against the outcomes we set, the results are good: two of the three
      moved up to demi chef de partie on schedule and the third is close."""),
    P("""My mentoring diary tells a similar story. Of the twenty-four sessions I logged, twenty-two
      happened on time, and the goals set in each were mostly met by the following session. But
      reading the diary back, most of the actions in it came out of my mouth, not theirs, which
      matches my supervisor's point about talking too much."""),
    P("The next six months"),
    P("""I went through this plan with my head chef at our last supervision meeting. We agreed it
      should focus on listening and questions first, and we will review it together at the end of
      every second month."""),
    T(
        ["When", "What I'll do", "How I'll know"],
        ["April", "Book and attend the two-day mentoring conversations course",
         "Course completed; three techniques written in my diary and tried in sessions"],
        ["April to June", "Use the count-to-five rule and at least three open questions in every session",
         "My head chef observes one session in June and counts my questions and interruptions"],
        ["May", "Set up peer mentoring with a sous chef from our sister hotel, observing each other once a month",
         "Three observations done by the end of July, with written feedback from each"],
        ["June", "Join the group's mentoring network and attend the quarterly meeting",
         "Attended, and one idea from it used with a mentee"],
        ["July to September", "Mentor two new commis using what I have learned, giving service feedback calmly and afterwards",
         "Their end-of-mentoring feedback says the ideas were mostly theirs; no shouting at the pass"],
        ["September", "Review the whole plan with my head chef and decide on EMCC membership",
         "Plan reviewed and a new one written for the next six months"],
    ),
    P("""Writing all this down has been uncomfortable, but I now know what kind of mentor I am, what
      the evidence says about it, and what I am going to change."""),
]

CASE = Case(
    name="ek_305_hotel_kitchen_docx",
    unit="8587-305",
    kind="unstructured",
    files=[SourceFile("Whitfield 305 reflective journal.docx", BLOCKS)],
    labels={
        "1.1": "more good than I expected but less than I hoped",
        "1.2": "Doing a SWOT on myself with my head chef",
        "2.1": "count to five after asking a question",
        "2.2": "Set up peer mentoring with a sous chef",
    },
    expected_checks={"declaration": False, "evidence_matrix": None, "identifying": ["Mateusz"]},
    about="Hotel kitchen mentoring reflection DOCX: own headings, a bad service first, SWOT in prose, development before effectiveness, effectiveness over two paragraphs, six-month plan as a table after a lead-in.",
)
