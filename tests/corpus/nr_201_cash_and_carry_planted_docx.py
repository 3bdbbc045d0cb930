"""8584-201 Developing Mentoring Skills: a cash and carry warehouse team leader's portfolio, styled DOCX, planted.

Nadia Lockwood is a Shift Team Leader at Belgrave Wholesale, a family-owned cash and carry
on the edge of Leicester's Golden Mile, and mentors a 23-year-old warehouse operative who
wants to become a Team Leader. Her portfolio is one Word file with heading styles: a cover
table naming her tutor, a signed declaration, the Portfolio Evidence Matrix, a plan with an
e-mail from the mentee's line manager pasted in, a session log and condensed diary sheets, a
reflective log, the mentee's feedback scores, notes of the one-hour tutor meeting and a CPD
plan. She calls the mentee "Mentee A" throughout, but slips.

Planted (4): the line manager's name in the pasted e-mail header ("Delroy Atkinson-Reid");
a colleague's first name in possessive form, which is also an English word ("Blessing's"
rota); a goods-in colleague by nickname alone ("Gaz"); the mentee's own first name, a Polish
short form, once in the trust answer ("Przemek").

Clean but tricky: the learner's own name (cover, e-mail "To:" line, sign-off), the tutor the
cover asks for ("Tutor: Marcia Pennington") and named again at the tutor meeting; the Golden
Mile, Belgrave Road, Leicester City; brands and firms (Tilda, KTC, Walkers,
Cobra, Heera, Eddie Stobart, Linde, Sage 200, RTITB, Microsoft Teams/Outlook); theorists
and models (Whitmore's GROW, Egan's SOLER, Clutterbuck, Megginson, Kolb, Luft and Ingham's
Johari window, Honey and Mumford); capitalised job titles (Team Leader, Site Manager).

Practice truth: five sessions with Mentee A, 45 + 60 + 60 + 50 + 40 = 255 minutes; one
tutor meeting of 60 minutes.
"""

from .case import B, Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "ILM Level 2 Award in Effective Mentoring Skills"),
    P("Unit 8584-201 Developing Mentoring Skills – Portfolio of Evidence"),
    T(
        ["Name of learner", "Nadia Lockwood"],
        ["ILM registration no.", "40718823"],
        ["Centre", "Soar Valley Training, Leicester"],
        ["Tutor", "Marcia Pennington"],
        ["Organisation", "Belgrave Wholesale Ltd (cash and carry)"],
        ["Date completed", "3 March 2025"],
    ),
    P("""Learner declaration: I confirm that the evidence in this portfolio is my own work, that
      the mentoring took place as recorded, and that I have acknowledged any sources I have
      used. Signed: N Lockwood    Date: 3 March 2025"""),

    H(1, "Portfolio Evidence Matrix"),
    T(
        ["Unit 201 Developing Mentoring Skills", "Portfolio Evidence Titles", "Reference Number"],
        ["AC 1.1 Prepare a plan for effective mentoring of an individual", "Mentoring plan and profile, e-mail agreeing time and venue", "Doc 1"],
        ["AC 1.2 State the agreed goals of the mentoring sessions", "SMART goals", "Doc 1"],
        ["AC 2.1 Provide evidence of mentoring with an individual over a period of at least 3 hours", "Session log and diary sheets", "Doc 2"],
        ["AC 2.2 Use questioning and listening techniques to support the individual being mentored", "Reflective log – questioning and listening", "Doc 3"],
        ["AC 2.3 Provide feedback to support individual development", "Diary sheets – feedback given", "Doc 2"],
        ["AC 2.4 Describe how trust was developed with the individual being mentored", "Reflective log – trust", "Doc 3"],
        ["AC 2.5 Maintain appropriate records of all mentoring sessions", "Session log, diary sheets, note on records", "Doc 2"],
        ["AC 3.1 Review own mentoring performance", "Self-review table and mentee feedback form", "Doc 4"],
        ["AC 3.2 Provide evidence of a 1-hour meeting with their tutor to support own development as a mentor", "Outcomes of tutor meeting", "Doc 5"],
        ["AC 3.3 Identify and plan areas for future development as a mentor", "CPD plan", "Doc 6"],
    ),

    H(1, "Introduction"),
    P("""I am a Shift Team Leader at Belgrave Wholesale, a family-owned cash and carry just off
      Belgrave Road, at the top end of Leicester's Golden Mile. We supply corner shops,
      restaurants, takeaways and caterers across the East Midlands, so the warehouse is full of
      10kg sacks of Tilda rice, drums of KTC oil, Heera flour, Walkers crisps and pallets of
      Cobra beer. About forty pickers, drivers and forklift operators work across two shifts. Our
      Site Manager asked the team leaders to start mentoring newer staff who want to progress,
      and this portfolio covers my mentoring of one warehouse operative, who I call Mentee A
      throughout. All the documents follow the ILM templates, slightly shortened."""),

    H(1, "Doc 1 – AC 1.1 Plan for mentoring Mentee A"),
    H(2, "Profile of the person I am mentoring"),
    P("""Mentee A is 23 and has worked for us for eighteen months on the picking team in chilled
      and frozen. He moved to Leicester from Poland when he was fifteen, speaks English and Polish
      and is the person new Polish-speaking starters go to when they are stuck. He has his RTITB
      counterbalance licence and drives the Linde trucks when we are short. He told his appraisal
      he wants to be a Team Leader within two years, but he is quiet in briefings and admits he
      avoids telling older colleagues when they have picked wrong. His line manager put him
      forward for mentoring after that appraisal and he agreed to take part."""),
    H(2, "Has confidentiality been agreed?"),
    P("""Yes. At our first meeting we agreed that what we talk about stays between us, except
      anything about safety, the law or someone being at risk. His line manager will only hear
      that the sessions are happening and whether he wants to carry on."""),
    H(2, "Where will we meet and why is it suitable?"),
    P("""The training room upstairs above the trade counter. It has a door that shuts, a
      whiteboard and a window onto the car park rather than the warehouse. It is away from the
      pick face so nobody on his team sees him going in, which matters to him. The only problem
      is that people eat their dinner in there, so I put a 'Booked' sign on the door."""),
    H(2, "When, how long and how many"),
    T(
        ["Planned duration of the sessions", "About 1 hour (first meeting shorter)", "Number of sessions", "4 plus a first meeting"],
    ),
    P("""Sessions are on Tuesdays at 2.15pm, after the morning pick is loaded and before the late
      shift lorries come in. Mentee A normally works on Blessing's rota in chilled, which finishes
      at 2pm on a Tuesday, so he can stay on for the session and be paid for the time. For
      resources I printed a blank ILM diary sheet for each session and took a copy of the Team
      Leader job description and last month's KPI board. I asked his line manager to agree the
      time and saved his reply:"""),
    P("From: Delroy Atkinson-Reid"),
    P("Sent: 13 January 2025 16:42"),
    P("To: Nadia Lockwood"),
    P("Subject: RE: Mentoring - Tuesday afternoons"),
    P("""Hi Nadia, no problem, he can stay on Tuesdays and book it as training. Use the room
      upstairs but let the trade counter know so they don't send customers up. Cheers"""),

    H(1, "Doc 1 – AC 1.2 Agreed goals"),
    P("""We agreed these goals together at the first session. I started from what he wanted,
      which was to be a Team Leader, and asked him to score how ready he felt for each part of
      the job on a scale of 1 to 10. He gave himself 3 for talking to the team, so that became
      the first goal. I made sure each goal had a number and a date so that we would both know
      whether it had happened."""),
    B("""Goal 1: by the end of February, lead the 6am pre-shift briefing for the chilled team on
      his own at least twice, using a short plan he writes the day before."""),
    B("""Goal 2: within four weeks, give a colleague feedback about a mis-pick face to face at
      least three times, and note in his notebook how each one went."""),
    B("""Goal 3: by the end of March, complete the in-house stock control module on Sage 200 so
      he can cover the Team Leader's end-of-shift stock checks."""),

    H(1, "Doc 2 – AC 2.1 and AC 2.5 Session log"),
    P("""This is my log of every session. Each session also has an ILM diary sheet, which I have
      condensed underneath."""),
    T(
        ["Session", "Date", "Time", "Duration", "Venue", "Main focus"],
        ["1", "Tue 14 Jan 2025", "2.15–3.00pm", "45 mins", "Training room", "Getting to know each other, confidentiality, goals"],
        ["2", "Tue 21 Jan 2025", "2.15–3.15pm", "1 hr", "Training room", "Goal 1 – planning a briefing"],
        ["–", "Tue 28 Jan 2025", "–", "(1 hr planned)", "–", "Cancelled – stocktake. Moved to 4 Feb"],
        ["3", "Tue 4 Feb 2025", "2.10–3.10pm", "1 hr", "Training room", "Goal 2 – giving feedback to colleagues"],
        ["4", "Tue 11 Feb 2025", "2.15–3.05pm", "50 mins", "Canteen (training room in use)", "First briefing reviewed, Goal 3 started"],
        ["5", "Tue 18 Feb 2025", "2.15–2.55pm", "40 mins", "Training room", "Review of all goals and ending"],
        ["", "", "Total", "4 hrs 15 mins", "", ""],
    ),
    P("""That comes to 4 hours 15 minutes of mentoring over five sessions, which is over the 3
      hours required. I have not counted the ten minutes on 30 January when he caught me by the
      loading bay to ask about his forklift refresher, because it was not a planned session."""),

    H(2, "Session 1 – 14 January (45 mins)"),
    P("""We talked about how he came to work here, his family (his dad drives for Eddie Stobart)
      and the fact that we both support Leicester City, which broke the ice. I explained what
      mentoring is and what it isn't, we went through the confidentiality agreement and both
      signed it, and we used the scaling question to agree the three goals. Feedback I gave: that
      he had clearly thought about the Team Leader job more than he lets on. Feedback from
      mentee: "Less scary than I thought." Next session: 21 January, training room."""),
    H(2, "Session 2 – 21 January (1 hr)"),
    T(
        ["Review of progress", "He had watched the current Team Leader's briefing and made notes on what she does."],
        ["Goal for today", "Plan a five-minute pre-shift briefing he could deliver himself."],
        ["Reality", "He has never spoken to more than two or three people at once at work. The chilled team is nine people and three are older than his parents."],
        ["Options", "Notes on a card; ask the Team Leader to introduce him; start with the safety message everyone expects; practise with me first."],
        ["Chosen option and date", "Practise twice with me today, then lead the briefing on Thursday 30 January, safety message first."],
        ["Willingness of mentee", "7 out of 10 – nervous but wants to do it."],
        ["Feedback I gave", "The second time you practised you looked up from the card and slowed down, and it sounded like you meant it."],
        ["Feedback from mentee", "Practising out loud was awkward but it helped."],
        ["Date and venue of next session", "28 January, training room (later cancelled for stocktake)"],
    ),
    H(2, "Session 3 – 4 February (1 hr)"),
    T(
        ["Review of progress", "He led the briefing on 30 January. It went OK but one picker talked over him and he stopped."],
        ["Goal for today", "Goal 2 – how to tell a colleague they have mis-picked without it turning into a row."],
        ["Reality", "The mis-picks he sees are mostly from two older pickers who trained him. He has said nothing to them for months."],
        ["Options", "Tell the Team Leader and let her do it; leave a note on the pallet; talk to them at the end of the pick; use the 'what I saw, the effect, what next' way of giving feedback."],
        ["Chosen option and date", "Talk to one of them at the end of Thursday's pick using the three steps, and write down how it went."],
        ["Willingness of mentee", "6 out of 10."],
        ["Feedback I gave", "You came up with the three steps for the mis-pick yourself before I had even said what they were."],
        ["Feedback from mentee", "Wanted more time. We were interrupted when Gaz from goods-in knocked twice looking for a pallet truck."],
        ["Date and venue of next session", "11 February, training room"],
    ),
    H(2, "Session 4 – 11 February (50 mins)"),
    P("""The training room was taken by a fire marshal course so we used the corner of the
      canteen, which was noisier than I wanted. He had now led two briefings and given feedback
      about mis-picks twice. He said the first briefing went badly. I asked what made him think
      that, then pointed out what he had told me himself: three people asked him questions
      afterwards. Feedback I gave: "People don't ask questions about a briefing they didn't
      listen to." We started Goal 3 and he booked the Sage 200 stock module for 4 March.
      Feedback from mentee: the canteen was too public, next time the training room."""),
    H(2, "Session 5 – 18 February (40 mins)"),
    P("""We reviewed all three goals. Goal 1 achieved (three briefings), Goal 2 achieved (three
      conversations, one of them difficult), Goal 3 booked. We talked about what he would do
      next and agreed he will ask his line manager for a monthly catch-up about becoming a Team
      Leader. He filled in the ILM feedback form (Doc 4) and we closed the mentoring. Feedback I
      gave: that he is now the person the new starters and the older pickers both listen to,
      which is exactly what a Team Leader needs."""),

    H(2, "AC 2.5 How I kept records"),
    P("""I kept records in three ways: the log table above with dates, times, durations and
      venue; an ILM diary sheet for each session, filled in straight after with the GROW stages,
      the action agreed and the feedback both ways; and a reflective log for myself (Doc 3).
      Mentee A had a copy of each diary sheet the day after. I wrote 'Mentee A' on every sheet
      and kept the signed confidentiality agreement in a separate envelope. Everything is in the
      locked drawer in the team leaders' office and will be shredded six months after my result,
      which we agreed at the start."""),

    H(1, "Doc 2 – AC 2.3 Feedback to support development"),
    P("""The examples of feedback are in the diary sheets above. I always asked Mentee A first how
      he thought something had gone and then added my view, and I used the same 'what I saw, the
      effect, what next' structure I was teaching him, so he could see it working on himself.
      Most of my feedback pointed at something specific he had done well, because he is very hard
      on himself. After his first briefing he was ready to stop. If I had not shown him the
      evidence that people were listening, he would have given up on the briefings after the
      first one. When I did give him something to work on (in session 2, reading from his card)
      I made it about one thing he could change next time, not about him."""),

    H(1, "Doc 3 – AC 2.2 Questioning and listening (reflective log)"),
    P("""I used mostly open questions, such as "What would a good briefing look like to you?",
      scaling questions ("On a scale of 1 to 10, how ready do you feel?"), and probing questions
      when he gave a short answer ("What did he actually say?"). I try to avoid leading
      questions, but I am bad for them: in session 2 I caught myself saying "Don't you think it
      would be better to...?" and changed it to "What else could you try?"."""),
    P("""For listening I used Egan's SOLER (sitting at an angle, open posture, leaning in, eye
      contact, relaxed), summarising at the end of each part of GROW, and leaving silences. The
      silences made the biggest difference. In session 3 I asked him what stopped him
      challenging the older pickers, then I waited nearly half a minute and he said "because
      they knew me when I was the new lad". That changed the whole session, because the problem
      was not that he didn't know how to give feedback, it was how he saw himself with them."""),

    H(1, "Doc 3 – AC 2.4 How trust was developed"),
    P("""Trust took longer than I expected. He knows I am a Team Leader on the other shift and I
      think at first he expected me to report back. Three things helped. First, in session 1 I
      showed him exactly what I was writing and gave him a copy, so nothing was hidden. Second,
      when his line manager asked me in the canteen how "my mentee" was getting on, I said he
      was doing fine and that he could ask him himself, and I told Mentee A about it at the next
      session. After that Przemek started bringing his own notebook and telling me things I
      hadn't asked about, like a row with a driver. Third, I shared a mistake of my own: my
      first briefing as a Team Leader, when I read the whole thing off my phone. He laughed, and
      it was the first time he properly relaxed."""),

    H(1, "Doc 4 – AC 3.1 Review of my own mentoring performance"),
    P("Feedback from Mentee A (ILM feedback form, 18 February, scores out of 10):"),
    T(
        ["Key mentor attributes", "Score"],
        ["Builds rapport", "8"],
        ["Shows listening skills", "9"],
        ["Uses questioning skills to help me self-reflect", "7"],
        ["Has a structured approach to sessions", "8"],
        ["Is friendly", "10"],
    ),
    P("""His comment was "Made me think instead of telling me". I compared my own performance with
      the mentor skills Clutterbuck (2004) and Megginson et al. (2006) describe:"""),
    T(
        ["Skill", "How I did", "Evidence"],
        ["Listening", "Strength", "Silence in session 3; mentee scored 9"],
        ["Questioning", "Mixed", "Good open and scaling questions, but some leading ones; mentee scored 7"],
        ["Structure", "Strength", "GROW every session, goals all reviewed"],
        ["Feedback", "Good", "Specific and balanced, used his own evidence"],
        ["Managing the setting", "Weak", "Interruption in session 3, canteen in session 4"],
    ),
    P("""Overall I think the mentoring worked, because all three goals were met or booked and he
      now briefs the team without notes. My main weakness is patience. I still rush to Options
      when I can see the answer, and the 7 for questioning matches what I noticed myself. I also
      need to protect the space better; a public canteen was not fair on him."""),

    H(1, "Doc 5 – AC 3.2 Outcomes of meeting with my tutor"),
    T(
        ["Date", "Wednesday 26 February 2025"],
        ["Time and duration", "10.00–11.00am, 1 hour"],
        ["Place", "Microsoft Teams"],
        ["With", "My tutor, Marcia Pennington"],
    ),
    P("""Purpose: to review my diary sheets and reflective log, talk about what I had learned from
      mentoring Mentee A, and agree my CPD plan. We went through the sessions using Kolb's cycle
      (what happened, what I noticed, what it means, what I will try next). She asked about the
      leading questions and suggested I write down my exact questions straight after each
      session, because my memory of them is kinder than the truth. We also talked about the
      interruptions and the canteen, and about how to end a mentoring relationship well."""),
    P("""Agreed outcomes: (1) keep a question log with my next mentee; (2) learn one more tool
      before I start again, either the Johari window or a learning styles questionnaire; (3)
      book rooms through Outlook rather than relying on a sign on the door; (4) think about the
      Level 3 Certificate in Coaching and Mentoring."""),

    H(1, "Doc 6 – AC 3.3 CPD plan"),
    T(
        ["Area to develop", "What I will do", "By when", "How I will know"],
        ["Questioning", "Keep a question log for my next three sessions and mark any leading questions", "End of April 2025", "Fewer than two leading questions per session by the third"],
        ["Tools", "Learn the Johari window (Luft and Ingham) and Honey and Mumford's learning styles", "May 2025", "Used one of them with my next mentee"],
        ["Environment", "Book the training room through Outlook for every session", "From April 2025", "No interruptions logged"],
        ["Experience", "Mentor a picker from the late shift", "Start April, three sessions by end of June", "Goals agreed and reviewed, feedback form completed"],
        ["Qualification", "Ask the Site Manager about the ILM Level 3 Certificate", "September 2025", "Enrolled"],
    ),

    H(1, "References"),
    P("Clutterbuck, D. (2004) Everyone Needs a Mentor. 4th edn. London: CIPD."),
    P("Egan, G. (2014) The Skilled Helper. 10th edn. Belmont: Brooks/Cole."),
    P("Honey, P. and Mumford, A. (1986) The Manual of Learning Styles. Maidenhead: Peter Honey."),
    P("Kolb, D. (1984) Experiential Learning. Englewood Cliffs: Prentice Hall."),
    P("Megginson, D., Clutterbuck, D., Garvey, B., Stokes, P. and Garrett-Harris, R. (2006) Mentoring in Action. 2nd edn. London: Kogan Page."),
    P("Whitmore, J. (2017) Coaching for Performance. 5th edn. London: Nicholas Brealey."),
]

CASE = Case(
    name="nr_201_cash_and_carry_planted_docx",
    unit="8584-201",
    kind="structured-docx",
    files=[SourceFile("Lockwood N - 8584-201 portfolio FINAL.docx", BLOCKS)],
    labels={
        "1.1": "so nobody on his team sees him going in",
        "1.2": "lead the 6am pre-shift briefing for the chilled team",
        "2.1": "4 hours 15 minutes of mentoring over five sessions",
        "2.2": "I waited nearly half a minute and he said",
        "2.3": "given up on the briefings after the first one",
        "2.4": "I shared a mistake of my own",
        "2.5": "filled in straight after with the GROW stages",
        "3.1": "rush to Options when I can see the answer",
        "3.2": "my memory of them is kinder than the truth",
        "3.3": "Keep a question log for my next three sessions",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": True,
        "identifying": ["Delroy Atkinson-Reid", "Blessing's", "Gaz", "Przemek"],
        # Sessions with Mentee A, from the log (times checked against the durations):
        #   S1 14 Jan 2.15-3.00  45
        #   S2 21 Jan 2.15-3.15  60
        #   S3  4 Feb 2.10-3.10  60
        #   S4 11 Feb 2.15-3.05  50
        #   S5 18 Feb 2.15-2.55  40
        #   45 + 60 = 105, + 60 = 165, + 50 = 215, + 40 = 255 (= her 4 hrs 15 mins)
        "minutes": 255,
        "sessions": 5,
        "individuals": 1,
        # Tutor meeting 26 Feb 10.00-11.00 = 60.
        "supervision_minutes": 60,
        # Not: 28 Jan cancelled for stocktake ("(1 hr planned)"); the "Total 4 hrs 15 mins" row and
        # "4 hours 15 minutes" in the sentence after it; "the 3 hours required"; the ten minutes on
        # 30 Jan by the loading bay (she says not counted, not a planned session); the plan's "About
        # 1 hour" and "4 plus a first meeting"; the session headings' "(45 mins)" etc. repeat the log
        # rows; "five-minute pre-shift briefing", "6am", "2pm", "2.15pm" clock times; "nearly half a
        # minute" of silence; "eighteen months", "four weeks", "six months" shredding; 13 Jan 16:42
        # e-mail time; CPD plan dates.
    },
    about="Cash and carry team leader's 201 portfolio, styled DOCX with matrix, planted: line manager in a pasted e-mail header, colleague's name in possessive that is also a word (Blessing's rota), nickname Gaz, mentee's Polish short first name once; look-alikes Golden Mile/Belgrave Road, Tilda/KTC/Walkers/Cobra/Heera/Eddie Stobart/Linde/Sage 200, Leicester City, Egan/Clutterbuck/Megginson/Kolb/Johari/Honey and Mumford, tutor on cover.",
)
