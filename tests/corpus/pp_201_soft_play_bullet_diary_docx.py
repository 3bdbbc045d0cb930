"""8584-201 whole portfolio in Word: a soft play centre shift supervisor's diary typed as bullet points from her phone.

Shona Barclay, shift supervisor at a soft play and party centre in Fife, mentors Jade, a new
17-year-old party host. Every criterion 1.1 to 3.3 is answered under "AC" headings. The
mentoring diary is a run of bullets copied from the notes app on her phone, in her own
shorthand ("Tue 4th Feb - 1 hr with J."), the month given only when it changes. Tricky: a
bullet saying the half-term session was postponed and moved to Thursday the 27th, logged
again on that day ("the one moved from the 18th", one session); Jade shadowing two parties,
which Shona says was not a session and did not count; Jade's first solo party, which Shona
was not at (not a session); a short session when the ball pool pump broke; the plan's "eight
sessions of about 45 minutes" (planned). Her closing line "6 hrs altogether" is right.
Supervision is only in the reflective prose: a 20-minute phone call with her tutor after
session 3, mentioned in 3.1, and the tutor meeting "10 till quarter past 11" in 3.2. Jade is
her real first name, throughout the prose; the diary says "J.".

Practice truth: 60 + 45 + 50 + 75 + 30 + 60 + 40 = 360 minutes in seven sessions with one
mentee; supervision 20 + 75 = 95.
"""

from .case import B, Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "ILM Level 2 Award in Effective Mentoring Skills"),
    P("Unit 201 Developing Mentoring Skills – Portfolio"),
    P("Learner: Shona Barclay    Centre: Forth Valley Training    Workplace: Bounce Barn Soft Play & Parties, Kirkcaldy"),

    H(1, "AC 1.1 Plan for mentoring"),
    P("""Jade started with us at the end of January as a party host. She is 17, left school last
      summer and this is her first proper job. She is great with the wee ones but she goes bright
      red and rushes when she has to speak to a room full of parents, and the party host has to
      do the welcome, the safety talk and the birthday song. My manager asked if I would mentor
      her as my ILM project and Jade was happy to do it. My plan was to meet every Tuesday at
      half four once the last party has gone, in the café area when it is empty, from the start
      of February to the end of March. I planned eight sessions of about 45 minutes, with the
      first one for getting to know each other and the mentoring agreement and the last one to
      review. Things I needed: the agreement form from the course, a goals sheet, the party host
      checklist, the party room for practising, and my phone for notes. If a Tuesday was too busy
      (half term and Easter) I would move it to the Thursday."""),

    H(1, "AC 1.2 Goals"),
    P("""In session 2 we agreed two goals together and wrote them on the goals sheet. Goal 1 - run
      a birthday party on her own from start to finish, including the welcome and safety talk, by
      the middle of March. Goal 2 - do the safety talk without reading it off the card, checked by
      me watching her at two parties. Each session we also set a small target for the week, like
      practising the welcome to me twice or timing herself doing the safety talk."""),

    H(1, "AC 2.1 Mentoring diary"),
    P("""I kept the diary in the notes app on my phone because I never have a pen on the floor. I
      have copied it in here the way I wrote it, typos and all, with a bit added in brackets where
      it wouldn't make sense to anyone else."""),
    B("Tue 4th Feb - 1 hr with J. First one. Explained what mentoring is and isnt, went through the agreement and we both signed it. She told me about her nerves with the parents."),
    B("Tue 11th - 45 mins with J. Goals agreed and written on the goals sheet (see 1.2). Action - watch how I do the welcome on Saturday."),
    B("Tue 18th - postponed, half term and we were mobbed till 6. Moved to Thurs 27th."),
    B("Thu 20th - J. shadowed me at two parties, just watching and helping with the food. Not a session, didnt count it."),
    B("Thu 27th - 50 mins with J. (the one moved from the 18th). Talked about what she noticed on Thursday. She had written down 5 things!"),
    B("Tue 4th Mar - 1 hr 15 with J. Role played the welcome and safety talk in party room 2, then feedback (see 2.3). Action - practise the talk without the card."),
    B("Tue 11th - 30 mins with J. Short one, the ball pool pump broke and I had to get the engineer out."),
    B("Sat 15th - J. ran her first party by herself!! I was off, she texted me a thumbs up after."),
    B("Tue 18th - 1 hr with J. Went over Saturday. Safety talk done without the card twice now so goal 2 met."),
    B("Tue 25th - 40 mins with J. Last one. Reviewed both goals, she did the feedback form, talked about what next."),
    P("""That's 6 hrs altogether, double what the unit asks for. The Thursday when J. shadowed me
      and her own party on the 15th are in the diary because they are part of the story but they
      were not mentoring sessions."""),

    H(1, "AC 2.2 Questioning and listening"),
    P("""I am a talker so this was the hardest part for me. I wrote three open questions on a post-it
      before each session so I wouldn't just fire closed ones at her. The one that opened her up
      was "What's the worst thing that could happen at a party?" She said forgetting the fire exits
      in the safety talk in front of all the parents, and that gave us the whole plan for goal 2.
      I tried to listen more than I spoke, nod, and say back what she'd said in my own words so she
      knew I'd got it. When she went quiet I waited instead of jumping in, which felt really long
      but she usually carried on."""),

    H(1, "AC 2.3 Feedback"),
    P("""After the role play on the 4th of March I gave feedback straight away. I asked her first
      how she thought it went (she said "rubbish"), then I told her what I actually saw. I told her
      the welcome speech was warm and clear and the kids were looking at her, not at the ball pool.
      The bit to work on was speed - she gabbled the safety talk because she wanted it over. I
      suggested she pause after each exit and point at it. Next time she did exactly that and it
      was much slower and calmer. I kept it about what she did, not about her, and I finished on
      something positive."""),

    H(1, "AC 2.4 Building trust"),
    P("""Jade was quite guarded at first and said "fine" to everything. Two things made a difference.
      In the first session I shared my own disaster from my first party, when I called the birthday
      girl by the wrong name in front of forty people, and she laughed and then told me about the
      dad who had complained about her. Also I stuck to the agreement - when my manager asked how
      Jade was getting on I said she should ask Jade, and I told Jade I had said that. I also never
      cancelled on her. Even the week the pump broke I still saw her for half an hour rather than
      leave her hanging."""),

    H(1, "AC 2.5 Records"),
    P("""My records are the agreement, the goals sheet, the diary above and Jade's feedback form. I
      typed the diary up from my phone notes the same night as each session so I didn't forget
      anything, and printed it at the end of each month. Jade initials the printed copy and it's
      kept in the locked drawer in the office with the agreement, not on the shared computer. I
      only wrote what we did and the actions, nothing private she told me."""),

    H(1, "AC 3.1 Reviewing my performance"),
    P("""To review myself I used the mentoring skills checklist from the course workbook, which is
      based on the skills Clutterbuck says an effective mentor needs, and Jade's feedback form. I
      scored myself after session 1 and again after session 7. My checklist scores showed I was
      weakest at summarising - I would end a session with "right, see you next week" and no recap,
      so the actions sometimes got lost. I got better at open questions (3 up to 4 out of 5) and
      building rapport was my strongest. After session 3 I rang my tutor Morag because I wasn't
      sure if I was doing too much of the talking, and we talked for about 20 minutes. She told me
      to try the post-it questions, and that worked. Jade's form said I was "really easy to talk
      to" and "good at making me laugh when I'm stressed", but she also ticked "sometimes" for
      "my mentor checked I understood the actions", which matches my checklist."""),

    H(1, "AC 3.2 Meeting with my tutor"),
    P("""I met Morag at the training centre in Glenrothes on Wednesday 2 April, from 10 till quarter
      past 11. The purpose was to review my mentoring before I finished the portfolio. We went
      through my diary and the checklist together and she asked me what I'd do differently with a
      new mentee. We agreed two outcomes: that I would end every session with a summary and the
      actions written down, and that I would ask my manager about mentoring another new starter
      after the summer so I can keep practising."""),

    H(1, "AC 3.3 Future development"),
    T(
        ["Area", "What I will do", "When", "How I'll know it worked"],
        ["Summarising (development area)", "Practise summarising at the end of every session and write the actions down in front of the mentee",
         "Next mentee, from August", "Mentee feedback form ticks 'always' for checking actions"],
        ["Open questions (build on it)", "Keep the post-it of three open questions for every session",
         "Ongoing", "I can look back at my notes and see which ones worked"],
        ["Rapport (strength)", "Use it to help my manager set up a buddy system for all new party hosts",
         "By October half term", "Buddy list on the staff board"],
    ),

    H(1, "Learner declaration"),
    P("I confirm that this portfolio is all my own work and the diary is a true record of the sessions. Signed: Shona Barclay   Date: 07/04/2025"),
]

CASE = Case(
    name="pp_201_soft_play_bullet_diary_docx",
    unit="8584-201",
    kind="structured-docx",
    files=[SourceFile("Shona Barclay Unit 201.docx", BLOCKS)],
    labels={
        "1.1": "every Tuesday at half four once the last party has gone",
        "1.2": "Goal 1 - run a birthday party on her own from start to finish",
        "2.1": "That's 6 hrs altogether, double what the unit asks for",
        "2.2": "What's the worst thing that could happen at a party?",
        "2.3": "the welcome speech was warm and clear",
        "2.4": "I shared my own disaster from my first party",
        "2.5": "Jade initials the printed copy",
        "3.1": "My checklist scores showed I was weakest at summarising",
        "3.2": "We went through my diary and the checklist together",
        "3.3": "Practise summarising at the end of every session",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        "identifying": ["Jade"],  # the mentee's real first name, throughout the prose ("J." alone not listed)
        # Diary bullets: Tue 4 Feb "1 hr" 60 + Tue 11 Feb "45 mins" 45 + Thu 27 Feb "50 mins" 50
        # (the session postponed from 18 Feb, logged once) + Tue 4 Mar "1 hr 15" 75
        # + Tue 11 Mar "30 mins" 30 + Tue 18 Mar "1 hr" 60 + Tue 25 Mar "40 mins" 40
        # = 60 + 45 = 105; + 50 = 155; + 75 = 230; + 30 = 260; + 60 = 320; + 40 = 360 (= her 6 hrs).
        # Not: Tue 18 Feb postponed; Thu 20 Feb shadowing parties ("Not a session, didnt count it");
        # Sat 15 Mar her solo party (Shona not there); the plan's "eight sessions of about 45 minutes";
        # "half an hour" in 2.4 (the 11 Mar session again).
        "minutes": 360,
        "sessions": 7,
        "individuals": 1,  # Jade (J.)
        # 3.1: phone call with tutor after session 3, "about 20 minutes" = 20;
        # 3.2: tutor meeting 2 April "from 10 till quarter past 11" = 75. 20 + 75 = 95.
        "supervision_minutes": 95,
    },
    about="Soft play shift supervisor; whole 201 Word portfolio whose diary is phone-notes bullets ('Tue 4th Feb - 1 hr with J.'), a postponed bullet and the moved session logged later, uncounted shadowing and solo-party bullets, right 6 hrs total, supervision only in 3.1/3.2 prose (a 20-min call, '10 till quarter past 11').",
)
