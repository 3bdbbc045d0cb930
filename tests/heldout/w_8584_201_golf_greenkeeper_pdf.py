"""8584-201 mentoring practice: a golf club's deputy head greenkeeper, a dated diary saved as PDF.

Duncan Imrie is deputy head greenkeeper at a members' golf club on the edge of Edinburgh and
mentors a first-year apprentice greenkeeper, whom he calls "A" (he explains why). The
portfolio opens with his plan and goals in prose, then a diary: one short heading per dated
entry ("Tuesday 1 April - first sit-down") and a paragraph under it, every length written in
words ("forty-five minutes", "an hour and a quarter", "an hour and a half"). Tricky entries:
a day rained off with no session, rebooked two days later; a ten-minute word by the 9th green
that he says he has not counted; a last review "pencilled in" for after hand-in (planned);
the 17 April session retold in the trust section with its length ("that hour and a quarter");
a summary line restating the total. His tutorial is a small table with the hour he had and a
second, booked call that has not happened. No evidence matrix; signed declaration.

Planted (1): a club member who complained, by title and surname ("Mr Pickering").
Clean but tricky: the apprentice as "A", the head greenkeeper and course manager by role,
STRI and BIGGA, SRUC (the apprentice's college), Toro and John Deere machines, Edinburgh and
Fife, the 9th and 14th greens, GROW.

Assessor's arithmetic (diary entries):
  1 Apr "forty-five minutes" 45; 8 Apr "an hour" 60; 15 Apr rained off, no session (0);
  17 Apr "an hour and a quarter" 75; 22 Apr "ten minutes ... not counted it" (excluded);
  29 Apr "fifty minutes" 50; 6 May "an hour and a half" 90; 13 May "forty minutes" 40;
  20 May pencilled in, "half an hour" (planned, excluded).
  minutes 45 + 60 = 105, + 75 = 180, + 50 = 230, + 90 = 320, + 40 = 360; sessions 6;
  individuals 1 (A). "that hour and a quarter" in 2.4 is the 17 April session again;
  "six hours in all" restates the total.
  Tutorial table: 12 May, 1 hour = 60; 4 June call "booked" (not delivered) -> supervision 60.
"""

from corpus.case import B, Case, H, P, SourceFile, T

TUTORIAL = T(
    ["Date", "With", "How long", "What we covered"],
    ["Mon 12 May 2025", "Centre tutor, at the college", "1 hour",
     "Went through my diary entry by entry; my habit of fixing things for A; plan for my next apprentice"],
    ["Wed 4 June 2025", "Centre tutor, phone", "(booked)", "Feedback on this portfolio once marked"],
)

BLOCKS = [
    H(0, "Unit 201 Developing Mentoring Skills - mentoring diary"),
    P("Duncan Imrie, Deputy Head Greenkeeper, Braidwood Golf Club, Edinburgh"),
    P("""I have called my mentee A throughout. He is our first-year apprentice and asked not to
      be named because the club is small and the members read everything that gets left in
      the clubhouse."""),

    H(1, "Before we started: my plan"),
    P("""A joined us in February from school. He is keen but he goes quiet when he gets
      something wrong and then hides in the shed. Our head greenkeeper asked me to mentor him
      through his first spring, which is the hardest part of the year on a course. My plan was
      one sit-down a week on a Tuesday at eleven, after the morning cut and before the
      members' lunchtime rush, in the greenkeepers' bothy with the kettle on, for up to an
      hour. Six or seven sessions between April and the middle of May. If the weather wrecked
      the day we would move to the Thursday rather than lose the week. I would write up each
      session the same evening and keep his college workbook alongside so we were not
      doubling up with what SRUC ask him to do."""),
    P("""Goals. At the second meeting we agreed three goals and wrote them in the front of the
      diary, in his words more or less:"""),
    B("to be signed off by the head greenkeeper to cut greens on the Toro on his own by the end of May"),
    B("to own up to mistakes straight away instead of hiding in the shed"),
    B("to finish the turf science unit of his college workbook by 16 May"),

    H(1, "The diary"),
    H(2, "Tuesday 1 April - first sit-down"),
    P("""We talked for forty-five minutes in the bothy. I explained what mentoring is and that
      it is not me being his boss, and we agreed what stays between us (everything, unless
      it is about safety). Mostly I let him talk about why he wanted to be a greenkeeper. He
      grew up next to a course in Fife and used to rake bunkers for pocket money."""),
    H(2, "Tuesday 8 April - goals"),
    P("""An hour. We set the three goals above. I asked him where he thought he was on cutting
      greens out of ten and he said two, which was harsher than I would have been. He wrote
      the goals himself, I only helped with the dates."""),
    H(2, "Tuesday 15 April - rained off"),
    P("""Course closed at eight, standing water on half the greens. A was sent home so there was
      no session. Moved to Thursday."""),
    H(2, "Thursday 17 April - the hollow tining"),
    P("""An hour and a quarter. On Wednesday A had hollow tined the 14th green at the wrong
      depth and had said nothing until the head greenkeeper found it. He came in expecting a
      row. I asked him what happened, then what he noticed when he was doing it, then what
      stopped him saying something. I kept my mouth shut while he worked it out, and he got to
      the answer himself: he thought he would be sacked. We agreed what he would do next time
      something goes wrong (radio me straight away, no matter what)."""),
    H(2, "Tuesday 22 April - quick word"),
    P("""Ten minutes standing by the 9th green checking he was OK after last week. Just a chat,
      I haven't counted it as a session."""),
    H(2, "Tuesday 29 April - feedback on the cut"),
    P("""Fifty minutes. I had watched him cut the practice green on the John Deere the day
      before. I told him first what was good: straight lines, he checked the height of cut
      before starting, and he walked the green for debris. Then one thing to work on: his
      turns on the apron were too tight and left a scuffed ring. I showed him the photo on my
      phone rather than just telling him. He asked if he could do the 3rd green the next
      morning to try again, which was the first time he had asked for anything."""),
    H(2, "Tuesday 6 May - the sprinkler"),
    P("""An hour and a half, longer than planned. Mr Pickering had complained at the pro shop
      that the sprinkler on the 12th soaked him on Saturday, and it was A who had set the
      timer. This time A came and told me himself before the complaint even reached me. We
      spent the session on how to handle a member face to face, and role played it twice.
      He went and apologised to the member himself that afternoon."""),
    H(2, "Tuesday 13 May - looking back"),
    P("""Forty minutes. We went back over the goals. Greens sign-off is booked with the head
      greenkeeper for 27 May. Owning up: he rated himself eight out of ten now. The workbook
      unit was handed in on the 14th. He asked if we could keep meeting once a month."""),
    H(2, "Tuesday 20 May - still to do"),
    P("""Pencilled in for half an hour over lunch to look at his sign-off plan. Not happened yet
      as I am handing this in before then."""),
    P("""So that is six sessions, six hours in all, which is double the three hours the unit
      asks for."""),

    H(1, "Looking back"),
    H(2, "Questions and listening"),
    P("""The thing I learnt was to ask about what he noticed, not what he did wrong. "What did
      the green look like when you finished?" gets a proper answer, "why did you do that?"
      gets a shrug. Listening for me meant not filling the silence, sitting with a cup of tea
      and waiting, which does not come naturally. I also repeated back what he had said in my
      own words so he knew I had got it."""),
    H(2, "Feedback"),
    P("""Looking back the feedback that worked best was the one with the photo, because it was
      about the grass and not about him. When I gave feedback without something to look at he
      took it personally."""),
    H(2, "How trust was built"),
    P("""Trust came from that hour and a quarter on the 17th more than anything. He expected to be
      shouted at and instead got asked questions, and the head greenkeeper never heard from
      me what A told me about being scared of the sack. After that he started radioing me
      about small things, which is exactly what we wanted. I also told him about the time I
      scalped the 18th green the week before a club championship, which made him laugh."""),
    H(2, "Records"),
    P("""This diary is my record. I wrote each entry the same evening in a notebook that
      lives in my locker, not in the bothy, and typed them up for this portfolio. A has the
      goals page photocopied in the front of his workbook."""),
    H(2, "Reviewing my own mentoring"),
    P("""I used the mentor skills checklist from our course day and the GROW model we were
      given. I am strong on being there and being patient. I am weak on letting him find his
      own answers: in the first two sessions I solved the problem for him every time, which is
      what a deputy head greenkeeper does all day but is not mentoring. When I compare the 17
      April entry with the 8 April one, the difference is that I asked four questions before
      giving any opinion at all, and he did most of the talking."""),
    H(2, "Tutorial"),
    P("My tutorial with the centre tutor is below."),
    TUTORIAL,
    P("""At the tutorial my tutor picked out that in nearly every entry I wrote what I said
      and hardly ever what A said. She asked me to rewrite one entry from his side, which I
      did for 6 May and it was an eye opener. We also talked about how I could mentor the
      next apprentice when A is still around, and she suggested pairing them."""),
    H(2, "What I want to get better at"),
    B("""Letting the mentee speak first: at every session with the next apprentice I ask two
      questions before giving any advice. I will know it is working if my notes have more of
      their words than mine."""),
    B("""Writing up: use a two-column notebook, his words one side, mine the other, from
      September."""),
    B("""Learning more: go on the BIGGA mentoring workshop in the winter and read the STRI
      guide on apprentice development before the next intake."""),

    P("""Declaration: this diary is my own work and the sessions happened as written.
      Signed Duncan Imrie, 16 May 2025"""),
]

CASE = Case(
    name="w_8584_201_golf_greenkeeper_pdf",
    unit="8584-201",
    kind="structured-pdf",
    files=[SourceFile("Imrie D - 201 mentoring diary.pdf", BLOCKS)],
    labels={
        "1.1": "one sit-down a week on a Tuesday at eleven",
        "1.2": "own up to mistakes straight away instead of hiding",
        "2.1": "six sessions, six hours in all",
        "2.2": "ask about what he noticed, not what he did wrong",
        "2.3": "the photo on my phone rather than just telling him",
        "2.4": "never heard from me what A told me",
        "2.5": "I wrote each entry the same evening in a notebook",
        "3.1": "I solved the problem for him every time",
        "3.2": "hardly ever what A said",
        "3.3": "ask two questions before giving any advice",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        "identifying": ["Mr Pickering"],
        # 1 Apr 45 + 8 Apr 60 + 17 Apr 75 + 29 Apr 50 + 6 May 90 + 13 May 40
        # = 45 + 60 = 105; + 75 = 180; + 50 = 230; + 90 = 320; + 40 = 360.
        # Not: 15 Apr rained off; 22 Apr ten minutes "haven't counted it"; 20 May pencilled in
        # (half an hour, planned); "that hour and a quarter on the 17th" (same session);
        # "six hours in all" (total).
        "minutes": 360,
        "sessions": 6,
        "individuals": 1,  # A
        # Tutorial table: 12 May 1 hour = 60; 4 June "(booked)" not delivered -> 60
        "supervision_minutes": 60,
    },
    about="Golf club deputy head greenkeeper's 201 diary PDF: dated entry headings with a paragraph each, lengths in words, rained-off day, uncounted ten-minute chat, pencilled-in last session, a session retold with its length, summary total; tutorial table with a booked future call; one member by title and surname.",
)
