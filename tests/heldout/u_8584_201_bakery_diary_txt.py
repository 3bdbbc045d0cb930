"""8584-201 mentoring practice: a craft bakery's shift manager, plain text, a prose diary whose times are all in words.

Lorraine Batty runs the early shift at a craft bakery and mentors a new apprentice baker she
calls Robin ("not her real name", she says). She typed everything in Notepad: numbered
answer paragraphs for 1.1 to 3.3 with no real headings, and the diary entries for 2.1/2.5 as
dated prose where every time is in words ("half past two until a quarter past three"). One
entry is a session cancelled when the deck oven broke; one is the apprentice's probation
review with the head baker, which she sat in on and says she has not counted. Tutor support:
"a quick fifteen-minute call" and the one-hour college meeting ("ten o'clock until eleven").
Slip: she pastes Robin's thank-you e-mail with the real address in its header.

Assessor's arithmetic, entry by entry:
  Tue 4 Mar  half past two - quarter past three               = 45
  Tue 11 Mar two o'clock - three                               = 60
  Tue 18 Mar cancelled (deck oven)                             -> excluded
  Thu 20 Mar ten to two - twenty-five to three (13:50-14:35)   = 45
  Tue 25 Mar five past two - quarter past three (14:05-15:15)  = 70
  Tue 1 Apr  half past two - half past three                   = 60
  Tue 8 Apr  two o'clock - twenty to three                     = 40
  Probation review with the head baker, half an hour           -> excluded (not hers, not counted)
  minutes 45 + 60 + 45 + 70 + 60 + 40 = 320 (her "five hours and twenty minutes");
  sessions 6; individuals 1 (Robin).
  Tutor: 14 Mar call fifteen minutes + 3 Apr meeting 10:00-11:00 sixty = 75.
"""

from corpus.case import Case, P, SourceFile

BLOCKS = [
    P("ILM Level 2 Unit 201 Developing Mentoring Skills"),
    P("Lorraine Batty - Early Shift Manager - Crust & Crumb Bakehouse"),
    P("""My mentee is an apprentice baker who started in February. I have called her Robin in
      this work (not her real name) because she asked me not to use it."""),

    P("""1.1 Plan. Robin is on a level 2 baking apprenticeship and comes in at four in the
      morning like the rest of us, so the only time that works is after the bake when the shop
      is being run by the front of house team. My plan was to meet every Tuesday for about an
      hour from early March to early April in the upstairs office, with a notebook each. I
      wrote out a list of things to cover (the schedule, lamination, food safety, how to ask
      for help) but said we would go where she needed. I also checked with the owner that the
      hour after the bake could be paid time for both of us, which it is."""),

    P("""1.2 Goals. We agreed three goals in our second meeting. 1. To laminate croissant dough
      on her own to the standard the head baker signs off, by the end of April. 2. To run the
      proving schedule for one morning without me checking every tray. 3. (hers) To speak up
      when she doesn't understand an instruction instead of guessing, because guessing had
      cost us a batch of sourdough in her first week."""),

    P("""2.1 and 2.5 My mentoring diary. I kept this in my notebook and typed it up each week."""),
    P("""Tuesday 4 March. First meeting, upstairs office. We started at half past two and
      finished at a quarter past three. Talked about what mentoring is and isn't, that I am not
      her manager in these meetings, and what we would keep between us. Robin was very quiet.
      Action: think about what you want to get out of this."""),
    P("""Tuesday 11 March. From two o'clock till three. Goals agreed (see 1.2) and written in
      both notebooks. She said the lamination was what kept her awake at night. Action: watch
      the head baker's folding on Thursday and write down the turns."""),
    P("""Tuesday 18 March. Meant to meet at two but the deck oven went at one and I was on the
      phone to the engineer all afternoon, so no session. Moved to Thursday."""),
    P("""Thursday 20 March. Ten to two until twenty-five to three. Went through her notes on the
      turns. Good notes but she had missed the resting time between folds. Action: do one batch
      with me watching on Saturday."""),
    P("""Tuesday 25 March. Started at five past two and finished at a quarter past three, so an
      hour and ten minutes. Talked about Saturday's batch (see feedback, 2.3). Also the proving
      schedule, we drew it out together as a timeline on the whiteboard."""),
    P("""Tuesday 1 April. Half past two until half past three. She ran the proving schedule on
      Monday morning and only asked me twice. We talked about the time she didn't ask and the
      baguettes overproved. Action: ask, every time, even if it feels stupid."""),
    P("""Tuesday 8 April. Two o'clock until twenty to three, our last one. Looked back at the
      goals: lamination signed off by the head baker on the 7th, proving schedule done twice
      on her own. Robin filled in my feedback sheet."""),
    P("""That makes six meetings and five hours and twenty minutes altogether. I also sat in on
      Robin's probation review with the head baker on 27 March (about half an hour) but I
      have not counted that, it was his meeting not mine."""),

    P("""2.2 Questioning and listening. I am a talker, everyone at work will tell you that. I
      made myself ask one open question and then shut up. The one that worked best was "talk
      me through the last batch, from the fridge onwards". When she got to the bit she was
      unsure of her voice went quieter, and that told me more than asking "are you ok with
      it?" ever did. I also repeated back what she said in my own words to check."""),

    P("""2.3 Feedback. After the Saturday batch I told her straight away what was right (her
      butter was the right temperature, the turns were even) and one thing to change, which
      was that she rushed the rest between folds so the layers tore. I showed her a torn one
      and a good one side by side and let her say what was different. She did the next batch
      the following week and it was good enough to sell."""),

    P("""2.4 Trust. I told her about my own first year, when I dropped a full rack of
      wholemeal in front of the owner, and she laughed for the first time. I also kept to
      what I said about confidentiality: when she told me she was struggling with the early
      starts because of her bus, I didn't mention it to anyone, I just asked if she wanted
      help with it and she sorted a lift share herself. After that she started bringing me
      her questions during the shift as well."""),
    P("""This is the e-mail she sent after the last meeting (printed copy in my folder):"""),
    P("""From: j.marsh1999@outlook.com  Sent: 08 April 18:42  Subject: thank you -- Just wanted
      to say thanks for the meetings, I actually feel like I know what I'm doing now. See you
      at 4!"""),

    P("""3.1 Review of my performance. I think I did well on setting goals and on feedback.
      Where I was weaker was letting her come to her own answer: in the first two meetings I
      answered my own questions when she paused. My feedback sheet from Robin said "sometimes
      you finish my sentences" which was fair. The goals were met, which I'm pleased with, but
      I think she would have got there a week sooner if I had listened more at the start."""),

    P("""3.2 Tutor support. I had a quick fifteen-minute call with my tutor on 14 March to check
      my goals were worded properly. Then I met her at the college on 3 April from ten o'clock
      until eleven. We went through my diary and she asked me to pick the meeting I was least
      happy with. I picked 11 March because I had done most of the talking. She suggested
      counting to five after each question, and I tried it on 1 April and the silence was
      awful but Robin filled it."""),

    P("""3.3 Future development. (a) Keep the count-to-five habit and ask my next mentee to tell
      me when I interrupt, by the summer. (b) Go on the mentoring refresher the Guild runs in
      September. (c) Read up on the GROW model properly, as I only know it from the workshop
      handout. (d) Ask the owner if I can mentor the next apprentice starting in the autumn."""),

    P("""Declaration: I confirm that this is all my own work. Lorraine Batty 10/04"""),
]

CASE = Case(
    name="u_8584_201_bakery_diary_txt",
    unit="8584-201",
    kind="unstructured",
    files=[SourceFile("batty unit 201.txt", BLOCKS)],
    labels={
        "1.1": "the hour after the bake could be paid time for both of us",
        "1.2": "To run the proving schedule for one morning without me checking",
        "2.1": "six meetings and five hours and twenty minutes altogether",
        "2.2": "When she got to the bit she was unsure of her voice went quieter",
        "2.3": "she rushed the rest between folds so the layers tore",
        "2.4": "I dropped a full rack of wholemeal in front of the owner",
        "2.5": "I kept this in my notebook and typed it up each week",
        "3.1": "sometimes you finish my sentences",
        "3.2": "She suggested counting to five after each question",
        "3.3": "ask my next mentee to tell me when I interrupt",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        "identifying": ["j.marsh1999@outlook.com"],
        # 45 + 60 + 45 + 70 + 60 + 40 = 320; 18 Mar cancelled, 27 Mar probation review not counted
        "minutes": 320,
        "sessions": 6,
        "individuals": 1,
        "supervision_minutes": 75,  # 14 Mar call 15 + 3 Apr 10:00-11:00 60
    },
    about="Craft bakery shift manager; 201 plain text, numbered answers, prose diary with all times in words, cancelled entry, probation review not counted, tutor call + meeting; mentee's e-mail address in a pasted header.",
)
