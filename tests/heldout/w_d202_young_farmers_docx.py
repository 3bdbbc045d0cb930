"""D2.02 Undertaking supervised mentoring: a Young Farmers' Club member's mentoring diary (DOCX).

Callum Ashdown, 18, studies agriculture at college and is a member of a Young Farmers' Club in
south Shropshire. He mentors a 14-year-old new member preparing for his first stockjudging
competition, "my mentee" throughout. Word document with his own capitalised headings, a
sessions table and a reviews table that share the same dates row for row. The 21 January
session was cancelled because the mentee had flu, so that date has no review either. The 4
February review was done by phone later that evening because the club leader (his
supervisor) was called away to lambing. One session was on a Saturday at the college sheep
unit and ran to forty minutes.

Planted (1): the mentee's first name in one cell of the reviews table ("Tomos"); everywhere
else he is "my mentee" or "he".

Clean but tricky: his own name; his supervisor named in the template field "Supervisor"
(Mrs Gwen Davies, Club Leader) and otherwise "the club leader" or "she"; the club and the
county federation, the Memorial Hall, the college sheep unit, the county rally and national
finals; Texel and Suffolk ewes; "his mum" by role only.

Practice truth: sessions 30 + 30 + 35 + 30 + 40 + 30 = 195 minutes in six sessions with one
mentee (21 January cancelled, ill). Reviews 30 + 30 + 30 + 25 (phone) + 30 + 30 = 175.
"""

from corpus.case import Case, H, P, SourceFile, T

SESSIONS = T(
    ["No.", "Date", "Time", "Mins", "Where", "What we did"],
    ["1", "Tue 7 Jan", "7.30 - 8.00pm", "30", "Memorial Hall side room",
     "Got to know each other, what he wants from YFC, agreed the three outcomes"],
    ["2", "Tue 14 Jan", "7.30 - 8.00pm", "30", "Memorial Hall side room",
     "Went through the scorecard for a class of four ewes using photos on my laptop"],
    ["-", "Tue 21 Jan", "-", "-", "-", "CANCELLED - mentee ill (flu). His mum messaged the club leader"],
    ["3", "Tue 28 Jan", "7.30 - 8.05pm", "35", "Memorial Hall side room",
     "He gave his first set of reasons out loud to me, stopped halfway, we started again"],
    ["4", "Tue 4 Feb", "7.30 - 8.00pm", "30", "Memorial Hall side room",
     "Notes on a card instead of a full script, practised with the card"],
    ["5", "Sat 15 Feb", "10.00 - 10.40am", "40", "College sheep unit (open day)",
     "Handled real Texel and Suffolk ewes for the first time, placed a class of four"],
    ["6", "Tue 25 Feb", "7.30 - 8.00pm", "30", "Memorial Hall side room",
     "Looked back at the outcomes, he is entered for the county rally in April"],
)

REVIEWS = T(
    ["Date", "How", "Time", "What we talked about"],
    ["Tue 7 Jan", "Face to face", "8.10 - 8.40pm", "Whether three outcomes were too many for a first go"],
    ["Tue 14 Jan", "Face to face", "8.10 - 8.40pm", "I talked too much about my own first competition"],
    ["Tue 21 Jan", "-", "-", "No review, no session (mentee ill)"],
    ["Tue 28 Jan", "Face to face", "8.15 - 8.45pm", "Letting him restart without making a big deal of it"],
    ["Tue 4 Feb", "Phone", "9.00 - 9.25pm", "She was called out to lambing so rang me later. The card idea, and how I told Tomos his reasons were good"],
    ["Sat 15 Feb", "Face to face", "10.50 - 11.20am", "Safety with the ewes, and letting him decide the placings"],
    ["Tue 25 Feb", "Face to face", "8.10 - 8.40pm", "Looking back on all six, what I would do next time"],
)

BLOCKS = [
    H(0, "MENTORING DIARY - D2.02 UNDERTAKING SUPERVISED MENTORING"),
    T(
        ["Name", "Callum Ashdown"],
        ["Club", "Clun Valley YFC (Shropshire Federation of Young Farmers' Clubs)"],
        ["Supervisor", "Mrs Gwen Davies, Club Leader"],
        ["Dates", "January - February"],
    ),

    H(1, "SECTION 1: THE OUTCOMES WE AGREED"),
    P("""My mentee joined the club in October. He is 14 and lives on a farm but his family keep
      beef cattle, not sheep, and he wanted to have a go at sheep stockjudging because most of
      his friends in the club do it. The club leader asked me to mentor him because I have
      judged at the county rally for four years and got through to the national finals
      last year. In our first session I asked him what he would like to be able to do by
      Easter and we agreed three outcomes together: (1) to judge a class of four ewes and
      place them in order with the scorecard, (2) to give his reasons out loud to a judge
      for two minutes without stopping, and (3) to enter the junior stockjudging at the
      county rally in April. He said number two scared him the most so we
      agreed to do a bit of it every week rather than leave it to the end. I typed the three
      outcomes into a note on his phone while he watched so he had them with him."""),

    H(1, "SECTION 2: MY MENTORING SESSIONS AND REVIEWS"),
    P("""The sessions were on club nights, before the main meeting started at 8.15, in the side
      room at the Memorial Hall because it is quiet and the club leader is always in the
      building. One was at the college open day instead because there were real sheep to
      handle. The reviews with my supervisor were on the same nights, after the session and
      usually while the others were doing the quiz, so the dates in the two tables
      match."""),
    H(2, "(a) Mentoring sessions - 30 minutes each"),
    SESSIONS,
    P("""Session 3 went over by five minutes because he wanted to do his reasons all the way
      through once more before we stopped. The open day session was longer because it took
      ages to catch the ewes."""),
    H(2, "(b) Reviews with my supervisor after each session"),
    REVIEWS,
    P("""On 4 February the review was on the phone because the club leader was called out halfway
      through the evening to a ewe that was struggling, so she rang me at nine when she got
      back. It was still a proper review, we just did it from our kitchens."""),

    H(1, "SECTION 3: REVIEWING MY PROGRESS"),
    H(2, "3(a) My own performance as a mentor and what worked well"),
    P("""I think I was good at making it relaxed. We always started with five minutes on how his
      week had gone on the farm, which got him talking before he had to talk about sheep.
      The best thing I did was the card with four words on it (frame, legs, fleshing,
      breed character) instead of a full script, because when he lost his place he could
      look down and carry on. The open day worked well too because he got his hands on real
      sheep and stopped being nervous of them."""),
    H(2, "3(b) What I learned about myself"),
    P("""I found out I am not as patient as I thought I was. When he was stuck on his reasons in
      session 3 I wanted to just say the answer for him. I also learned that I talk about
      myself a lot when I am nervous, which the club leader noticed in the second review, and
      that I actually quite like helping someone more than I like competing."""),
    H(2, "3(c) What I might do differently"),
    P("""Next time I would ask the mentee to set the outcomes in his own words instead of me
      typing them, because looking back they sound like my words. I would also keep my own
      competition stories for the end of the session, if he asks, not the start. And I would
      plan for a session getting cancelled, because when he had flu we lost a week and I had
      not thought about what to do then."""),
    H(2, "3(d) Skills I still need to develop"),
    P("""Listening without jumping in is the big one. I also need to get better at giving
      feedback that is specific, because in session 4 I just said "that was really good" and
      he asked me what was good about it and I could not say straight away. I want to do
      the young farmers' leadership training next winter and maybe mentor two new members
      next year."""),

    P("""I confirm this mentoring diary is my own work and that the sessions and reviews took
      place as written. Signed: Callum Ashdown   Date: 3 March"""),
]

CASE = Case(
    name="w_d202_young_farmers_docx",
    unit="D2.02",
    kind="structured-docx",
    files=[SourceFile("Callum Ashdown D2.02 mentoring diary.docx", BLOCKS)],
    labels={
        "section-1": "I typed the three outcomes into a note on his phone",
        "section-2": "usually while the others were doing the quiz",
        "section-3": "I actually quite like helping someone more than I like competing",
        "q2a": "He gave his first set of reasons out loud to me",
        "q2b": "Letting him restart without making a big deal of it",
        "q3a": "The best thing I did was the card with four words",
        "q3b": "I am not as patient as I thought I was",
        "q3c": "ask the mentee to set the outcomes in his own words",
        "q3d": "get better at giving feedback that is specific",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": None,
        "identifying": ["Tomos"],
        # sessions table "Mins": 30 + 30 + 35 + 30 + 40 + 30 = 195; 21 Jan cancelled (ill)
        "minutes": 195,
        "sessions": 6,
        "individuals": 1,
        # reviews: 7 Jan 30 + 14 Jan 30 + 28 Jan 30 + 4 Feb phone 9.00-9.25 = 25
        #          + 15 Feb 30 + 25 Feb 30 = 175; 21 Jan none
        "supervision_minutes": 175,
    },
    about="Young Farmers' Club member's D2.02 diary: sessions table and reviews table with the same dates, 21 Jan cancelled for flu (no review either), one review by phone (25 min), a 40-minute Saturday session; the mentee's first name once in a review cell; supervisor in the template field.",
)
