"""8584-201 Developing Mentoring Skills: a craft bakery's production shift leader, one plain text file of prose notes.

Lorna Beddoes leads the early shift at a family craft bakery in Shrewsbury and mentors a
first-year apprentice baker, whom she calls "R" throughout (she explains why once). She
typed everything into Notepad: a few short paragraphs per criterion with her own
capitalised lead-ins ("MY PLAN", "GOALS WE AGREED"), then her session notes in prose only,
each starting with a date line on its own ("Monday 3rd February 2025") and giving the
length in words with the minutes in brackets ("just over an hour (65 mins)"). The third
session was a WhatsApp video call while R was off with a bad back; the call died after 25
minutes and they did not reconnect, and she says she has counted the 25 minutes. A
ten-minute catch-up in the canteen two days later she says she has not counted. The plan
mentions "six or seven sessions of about an hour" (planned, not delivered). Her tutor:
a 15-minute phone call in February and the one-hour meeting in March, which has its own
date line among the notes. Signed declaration at the end, no evidence matrix.

Planted (1): a night-shift baker by full name in a session note ("Kev Marsden"). Clean but
tricky: R (initial), the owners' surname in the bakery's name ("Pritchard's Bakery"),
job titles (head baker, production manager), Real Bread Campaign, BIAB, Shrewsbury and
Market Drayton, the Honey and Mumford questionnaire, GROW, Kolb.

Assessor's arithmetic, note by note:
  Mon 3 Feb   "just under the hour (55 mins)"                       -> 55
  Mon 10 Feb  "just over an hour (65 mins)"                         -> 65
  Mon 17 Feb  video call, cut short "after 25 minutes", counted     -> 25
  Wed 19 Feb  canteen catch-up ten minutes, "not counted"           -> excluded
  Mon 24 Feb  "an hour and a quarter (75 mins)"                     -> 75
  Mon 3 Mar   "three quarters of an hour (45 mins)"                 -> 45
  Mon 10 Mar  "a full hour (60 mins)"                               -> 60
  Mon 17 Mar  "about fifty minutes (50 mins)"                       -> 50
  The 1.1 plan ("six or seven sessions of about an hour") and the closing sentence
  ("six hours and a quarter") restate or forecast, never added.
  minutes 55+65+25+75+45+60+50 = 375; sessions 7; individuals 1 (R).
  Tutor: 12 Feb phone call 15 mins + 20 Mar meeting 2.00-3.00pm 60 mins -> supervision 75.
"""

from corpus.case import Case, P, SourceFile

BLOCKS = [
    P("ILM Level 2 Effective Mentoring Skills - Unit 201 Developing Mentoring Skills"),
    P("Lorna Beddoes - Early Shift Leader, Pritchard's Bakery, Shrewsbury"),
    P("""I have called my mentee R all the way through this because she is 17 and still an
      apprentice, and her college said not to use apprentices names in coursework. She is
      fine with it."""),

    P("MY PLAN (1.1)"),
    P("""R started with us in September on a Level 2 baking apprenticeship. She is quick with
      her hands and good on the bread line but she panics when something goes wrong and she
      will not ask for help, she just tries to fix it and gets behind. The head baker asked if
      I would mentor her as part of my course. I planned six or seven sessions of about an
      hour, on Mondays after the shift finishes at half twelve, because Monday is our quietest
      bake and we are both on site anyway. We meet in the staff room upstairs not the office so
      it doesnt feel like she is in trouble. I got the production manager to agree that the
      time is paid. I asked R before we started what she wanted to get out of it and I looked
      at her college reviews, so the plan was built round her and not just round what I thought
      she needed. I kept a plastic wallet with the agreement, her goals sheet and my notes."""),

    P("GOALS WE AGREED (1.2)"),
    P("""We agreed three goals in the second session after I asked her what a good month would
      look like. 1. To run the sourdough mixing on her own on a Monday, start to finish, by
      the middle of March, checked by me against the recipe sheet. 2. To tell the shift leader
      within five minutes when something goes wrong on the line, instead of trying to fix it
      herself, every time, for a month. 3. To pass her first college practical (enriched
      doughs) in March. She wrote them on the goals sheet herself and we both signed it."""),

    P("MY SESSION NOTES (2.1 and 2.5)"),
    P("""These are my notes from each session, typed up from my notebook the same evening.
      I put how long each one was at the start of the note."""),

    P("Monday 3rd February 2025"),
    P("""Just under the hour (55 mins). First session. Talked about what mentoring is and what it
      isnt, that I am not her manager in these sessions and nothing goes back to the head baker
      unless it is about safety. Read through the agreement together and we both signed it.
      She told me about her last job in a cafe where she got shouted at for asking questions.
      Action for R: think about what she wants to be able to do by Easter."""),

    P("Monday 10th February 2025"),
    P("""Just over an hour (65 mins). Goals session (see above). Used GROW loosely. When we got to
      goal 2 she went quiet and I waited, and she said the real reason she doesnt shout up is
      she thinks people will think she is thick. We talked about how every baker on the line
      has binned a batch, me included. Action: R to watch how the others flag problems this
      week and tell me next time."""),

    P("Monday 17th February 2025"),
    P("""Video call on WhatsApp because R was off with her back. We had only got 25 minutes in
      when her phone died and she couldnt get it charged in time, so we left it. I have
      counted the 25 minutes we did get. We managed to go through what she saw last week:
      she noticed that Kev Marsden on nights writes problems on the whiteboard as well as
      saying them, and she liked that because she does not have to say it in front of
      everyone. Action: try the whiteboard."""),

    P("Wednesday 19th February 2025"),
    P("""Quick catch up with R in the canteen, ten minutes, just to finish off what we lost on
      Monday. Not counted as a session, it was more of a chat over a brew."""),

    P("Monday 24th February 2025"),
    P("""An hour and a quarter (75 mins). We did the sourdough mix together with her leading
      and me only answering when she asked. I gave her feedback afterwards: she got the
      hydration right and her timings were spot on, but she forgot to log the dough
      temperature, which is the one thing the head baker checks. She wrote it on her hand
      there and then. She used the whiteboard twice this week. Action: lead the mix again next
      Monday with me watching from the other bench."""),

    P("Monday 3rd March 2025"),
    P("""Three quarters of an hour (45 mins). Short one as there was a big wedding order. Talked
      about the college practical, she is worried about enriched doughs. I asked her what she
      would tell a new apprentice who was worried and she basically gave herself the answer
      (practise the brioche twice at home). Action: practise, and ask college for the marking
      sheet."""),

    P("Monday 10th March 2025"),
    P("""A full hour (60 mins). R ran the whole sourdough mix on her own today, I stayed out of
      the bakery. Everything logged, dough temp included. We spent the session on what went
      well and I asked her to score her confidence out of 10 now against February, she said 7
      against 3. Action: the practical on Thursday."""),

    P("Monday 17th March 2025"),
    P("""About fifty minutes (50 mins). Last session. She passed the practical with a merit. We
      went back over all three goals: goal 1 met, goal 2 met (she has flagged every problem for
      four weeks, mostly on the whiteboard), goal 3 met. She filled in the feedback form. We
      agreed to carry on with a chat once a month but not as formal sessions."""),

    P("Thursday 20th March 2025 - meeting with my tutor"),
    P("""One hour at college, 2.00 to 3.00pm. Went through my notes and the skills checklist
      with my tutor before writing up 3.1. See 3.2 below."""),

    P("""So that is seven sessions and six hours and a quarter in total, well over the three
      hours. The canteen chat is not in that."""),

    P("QUESTIONING AND LISTENING (2.2)"),
    P("""The thing that worked best was not filling the silence. In the 10th February session I
      would normally have jumped in, but I waited and that is when she told me the real reason.
      I used open questions like "what happened next?" and "what would you do differently?"
      and I tried to ask one question at a time. Turning it round (what would you tell a new
      apprentice) worked really well in March because she came up with her own answer and so
      she actually did it. I also repeated back what she said in my own words so she knew I
      had heard her properly."""),

    P("FEEDBACK (2.3)"),
    P("""The best example was the 24th February mix. I said what went well first and meant it,
      then the one thing to fix, and I kept it about the dough log and not about her. Because
      it was one thing and it was specific she fixed it straight away and it has been right
      ever since. I also fed back to her in the last session how much more she speaks up on the
      line now, which she said nobody had noticed before."""),

    P("TRUST (2.4)"),
    P("""First, I told her straight at the start exactly what would stay between us and what
      would go to the head baker (only safety), and I stuck to it, even when the production
      manager asked me how she was getting on. Second, I told her about the time I dropped a
      whole rack of tin loaves on my second week and hid them in the bin. She laughed and after
      that she started telling me about her own mistakes. Third, I always turned up, even the
      week of the wedding order."""),

    P("REVIEWING MY PERFORMANCE (3.1)"),
    P("""I used the mentoring skills checklist from the workshop at the start and the end, and
      R's feedback form. Strengths are being approachable and being organised, R said I was
      "easy to talk to and always had my notes". My weak spot is that I am a fixer: in the first
      two sessions I gave her the answer to almost everything and she just nodded. From Kolb's
      cycle in the workbook I could see I was doing the doing and not the reviewing, so after
      each session I started writing two lines on what I did, not just what she did. The
      Honey and Mumford questionnaire says I am an activist, which did not surprise anyone at
      work."""),

    P("MEETING WITH MY TUTOR (3.2)"),
    P("""Before the proper meeting I had a quick 15 minute phone call with my tutor on 12th
      February to check my goals were measurable, which is why goal 2 has "within five
      minutes". The proper meeting was on 20th March for an hour. The purpose was to go through
      my notes and what R said on her form. My tutor asked me to pick the session I was least
      happy with and I said the video call, because I rushed it knowing the battery was low. We
      agreed I need to practise summarising at the end of each session and that I should look
      at going on to the Level 3."""),

    P("MY DEVELOPMENT (3.3)"),
    P("""1. Stop fixing. Next time I mentor I will count to five before answering and ask a
      question back first. I will know it has worked if my next mentee's form does not say I
      give the answers. By the end of the summer."""),
    P("""2. Summarising. End every session with a summary in my own words and check it with the
      mentee. Ask the head baker to sit in on one session by July and tell me if I did it."""),
    P("""3. Learn more. Enrol on the ILM Level 3 in September and go to one BIAB or Real Bread
      Campaign training day where they talk about apprentices. Market Drayton college does one
      in the autumn."""),

    P("""DECLARATION: I confirm that this is all my own work and the mentoring happened as I have
      written it. Signed Lorna Beddoes 24/03/2025"""),
]

CASE = Case(
    name="x_8584_201_craft_bakery_notes_txt",
    unit="8584-201",
    kind="portfolio",
    files=[SourceFile("Lorna Beddoes unit 201.txt", BLOCKS)],
    labels={
        "1.1": "Monday is our quietest bake and we are both on site",
        "1.2": "within five minutes when something goes wrong on the line",
        "2.1": "seven sessions and six hours and a quarter in total",
        "2.2": "I also repeated back what she said in my own words",
        "2.3": "Because it was one thing and it was specific",
        "2.4": "dropped a whole rack of tin loaves on my second week",
        "2.5": "typed up from my notebook the same evening",
        "3.1": "I was doing the doing and not the reviewing",
        "3.2": "I rushed it knowing the battery was low",
        "3.3": "count to five before answering and ask a question back",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        "identifying": ["Kev Marsden"],
        # 55+65+25+75+45+60+50 = 375; canteen 10 min not counted
        "minutes": 375,
        "sessions": 7,
        "individuals": 1,
        # tutor phone 15 + tutor meeting 60 = 75
        "supervision_minutes": 75,
    },
    about="Craft bakery shift leader's 201 in plain text: prose session notes each under a date line with lengths in words and minutes in brackets, a WhatsApp video session cut short at 25 min (counted), an uncounted canteen chat, tutor call and meeting; night-shift baker's full name planted.",
)
