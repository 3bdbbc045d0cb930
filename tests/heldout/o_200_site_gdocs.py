"""8584-200 Understanding Mentoring: an assistant site manager's answers, PDF downloaded from Google Docs.

Dale Ackroyd is assistant site manager on a 140-home development for a regional
housebuilder near Wakefield and mentors apprentices on site. He wrote in Google Docs and
downloaded a PDF, so every paragraph arrives as short hard-broken lines (one block per
line, about 60 characters). His headings are his own short questions ('What is
mentoring?', 'What gets in the way?', 'How do I keep records?') with no criterion numbers
and not in rubric order. 1.3 and 1.4 share one heading in separate paragraphs. He never
gives examples of goals (3.2 is genuinely unanswered: his planning section talks about
the session, not about goals). No declaration; no matrix (a knowledge unit).

Clean but dense: Apprentice A, Apprentice B and 'the dryliner' as pseudonyms; Clutterbuck,
Whitmore, GROW, Egan's SOLER, Pendleton, Covey, Kolb; CITB, CSCS, the NHBC, Mates in Mind,
Makita, Hilti, Greggs; Wakefield, Ossett, the M62; his site manager by role only.
"""

import textwrap

from corpus.case import Case, H, P, SourceFile

LABELS = {
    "1.1": "the person who has already made the mistakes",
    "1.2": "back on the tools after his knee operation",
    "1.3": "the noise and the rush of a live site",
    "1.4": "walk the scaffold together before the lads arrive",
    "2.1": "patience, even on a day when the concrete is late",
    "2.2": "Where are you now, what could you do",
    "2.3": "if I fire questions at them like a toolbox talk",
    "2.4": "straight after the job while it is fresh",
    "2.5": "I told him about the lintel I set upside down",
    "3.1": "book the site cabin for half an hour",
    "3.2": None,
    "3.3": "photos of his work on the site tablet",
}
_KEEP = "\x00"


def lines(text: str, width: int = 60) -> list:
    """A paragraph as Google Docs exported it: short hard-broken lines, label phrases whole."""
    flat = " ".join(text.split())
    for phrase in LABELS.values():
        if phrase:
            flat = flat.replace(phrase, phrase.replace(" ", _KEEP))
    return [P(line.replace(_KEEP, " ")) for line in textwrap.wrap(flat, width)]


BLOCKS = [
    H(0, "Understanding Mentoring"),
    *lines("""Dale Ackroyd - ILM Level 3 Award in Mentoring - unit 200 written answers.
      Assistant Site Manager, Calder Vale Homes, Lupset Fields development, Wakefield."""),

    H(1, "What is mentoring?"),
    *lines("""Mentoring is when someone with more experience helps another person learn and
      grow, mostly by helping them think things through rather than telling them what to
      do. David Clutterbuck talks about it as helping someone make a big change in their
      knowledge, work or thinking. On a building site this is very real. We take on
      apprentices from Wakefield College and the CITB shared apprenticeship scheme every
      September, and most of them have never been on a live site before."""),

    H(1, "What does a mentor actually do on site?"),
    *lines("""A mentor on site is not the site manager and not the trade supervisor. I am
      the person who has already made the mistakes and can help a new starter avoid some
      of them, or at least understand them when they happen. The role is to listen, to
      help the apprentice work out what they want to get better at, to encourage them, to
      share what I know when it helps, and to point them to the right people, whether that
      is the health and safety adviser, the college tutor or Mates in Mind for mental
      health. A mentor should be a role model too. If I walk past a missing toe board the
      apprentice learns that it does not matter."""),

    H(1, "Who gets something out of it?"),
    *lines("""The first situation is a brand new apprentice. Apprentice A joined us at
      sixteen, straight from school in Ossett, and in the first month he did not know who
      to ask for anything. Having a mentor gave him one safe person to ask the daft
      questions, and he stayed when two others from his intake left."""),
    *lines("""The second situation is someone coming back to work. One of our joiners was
      off for five months and was nervous about being back on the tools after his knee
      operation. Mentoring helped him plan a phased return with the site manager, talk
      about his worries, and rebuild his confidence on the second-fix work first before
      going back on roofs."""),
    *lines("""The third is someone stepping up. Apprentice B has finished her bricklaying
      apprenticeship and wants to become a trade supervisor. Mentoring helps her see the
      bigger picture, like programmes, NHBC inspections and managing older trades who
      might not take a young woman seriously. A fourth situation is subcontractors new
      to our company, like the dryliner who joined from an agency, who benefit from
      someone explaining how our site works."""),

    H(1, "What gets in the way, and what can I do about it?"),
    *lines("""Barriers I have found. Time is the big one, because the programme always comes
      first and a mentoring chat feels like a luxury. Then there is the noise and the rush
      of a live site, where it is hard to have a proper conversation. Some apprentices are
      embarrassed to admit they do not know something, especially in front of the gang.
      The age gap can be a barrier, and so can the banter culture, where anything that
      looks like talking about feelings gets laughed at. Apprentices are also spread over
      different plots and sometimes different sites, and the weather changes everything."""),
    *lines("""How I get round them. For time, I agree a fixed slot with the site manager so it
      is part of the programme, not squeezed in. For the noise, we walk the scaffold
      together before the lads arrive at half seven, or meet in the cabin. For
      embarrassment, I make it clear that there is no such thing as a stupid question
      and I ask mine out loud too. For the banter, I keep mentoring low key and private,
      and I mention Mates in Mind at toolbox talks so it becomes normal. For spread-out
      apprentices, a quick phone call on a Friday keeps the contact going."""),

    H(1, "What makes a good mentor?"),
    *lines("""The key skills are: listening properly; asking open questions; patience, even
      on a day when the concrete is late; giving honest feedback; being organised and
      reliable; being able to explain things simply; knowing when to stay quiet; and
      being able to keep things confidential."""),

    H(1, "Is there a method to it?"),
    *lines("""I use the GROW model from John Whitmore, which I was shown on the course. Goal:
      what does the apprentice want to get out of this session and in the longer term.
      Reality: where are they now, what is actually happening, what have they tried.
      Options: what could they do, and I try to get at least three ideas from them
      before I add mine. Will (or Way forward): what will they do, by when, and how
      will we know. In practice I ask it in plain words: Where are you now, what could you
      do, what will you do. I also think about the relationship in stages, as Clutterbuck
      says: building rapport at the start, setting direction, making progress, and then
      winding down when they do not need me so much."""),

    H(1, "How do I ask and listen?"),
    *lines("""Questioning: I use open questions (what, how, tell me about) to get the
      apprentice thinking, and closed questions only to check facts, like have you got your
      CSCS card yet. Probing questions dig deeper, for example what exactly went wrong
      with that course of blocks. I have learned that if I fire questions at them like a
      toolbox talk they just shut down, so I ask one and wait. Listening: I use Egan's
      SOLER, so I face them, keep an open posture, lean in a bit, keep eye contact and
      stay relaxed. I summarise back what they said, which shows I listened and lets them
      correct me. Covey's seek first to understand, then to be understood is on a card in
      my wallet. Good listening helps the apprentice sort their own thoughts out, and
      good questions help them find the answer themselves so they own it."""),

    H(1, "How do I tell someone how they're doing?"),
    *lines("""I give feedback straight after the job while it is fresh, in private, and
      about what they did rather than about them as a person. I use Pendleton's rules:
      they say what went well, I say what went well, they say what they would do
      differently, and then I add mine. Praise has to be specific, so not just good job
      but your perps are spot on along that whole elevation. I try to finish with an
      action, so the feedback turns into learning, which fits Kolb's learning cycle."""),

    H(1, "How do I get them to trust me?"),
    *lines("""Trust comes from doing what I say I will do, every time. If I say I will bring
      the Hilti catalogue on Monday, I bring it. Keeping things confidential is the other
      big one; nothing they tell me goes round the cabin. Being honest about my own
      mistakes helps a lot. When Apprentice A was gutted about a wall he had to take down,
      I told him about the lintel I set upside down in my first year and he laughed and
      relaxed. I also buy the first round of bacon sandwiches from Greggs, which does no
      harm."""),

    H(1, "How do I plan a session?"),
    *lines("""Before a session I look at my notes from last time and check what the
      apprentice said they would do. I book the site cabin for half an hour and tell the
      site manager so we are not disturbed, and I make sure it is not the day of a big
      concrete pour. I think about what stage the relationship is at and what they
      might need from me, and I have a rough structure (catch up, GROW, actions) but I
      let them lead. After the session I write up my notes the same day. Planning matters
      because on site, if you do not plan it, it does not happen."""),

    H(1, "How do I keep records?"),
    *lines("""I keep a simple record of each session: date, how long, what we talked about,
      what the apprentice agreed to do, and anything I need to follow up. These help me
      remember where we are and show the progress over time, which is motivating for the
      apprentice. Apprentice A keeps photos of his work on the site tablet, which go into
      his college portfolio and we look at them together. Records also protect both of
      us if there is ever a disagreement, and they show the company that the scheme is
      working. They have to be kept securely and only shared with the apprentice's
      agreement, because of GDPR and because of trust. I keep mine in a locked drawer in
      the cabin, not on my phone, and the apprentice sees everything I write."""),
]

CASE = Case(
    name="o_200_site_gdocs",
    unit="8584-200",
    kind="unstructured",
    files=[SourceFile("Unit 200 Understanding Mentoring - Dale Ackroyd - Google Docs.pdf", BLOCKS)],
    labels=dict(LABELS),
    expected_checks={
        "declaration": False,
        "evidence_matrix": None,
        # Apprentice A/B, 'the dryliner', the site manager by role; Clutterbuck, Whitmore,
        # Egan, Pendleton, Covey, Kolb; CITB, NHBC, Mates in Mind, Hilti, Greggs, Ossett: not identifying
        "identifying": [],
    },
    about="Assistant site manager's 200 answers as a Google Docs PDF: short broken lines, own question headings without numbers, 1.3/1.4 under one heading, 3.2 (goals) unanswered; clean with theorists, brands and pseudonyms.",
)
