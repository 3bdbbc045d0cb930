"""8587-304 Extended Period of Mentoring: a hotel executive housekeeper's portfolio, one styled DOCX.

Bernadette Quinn runs housekeeping at a country-house hotel near Harrogate and mentors two
newly promoted supervisors, Mentee A (floors) and Mentee B (public areas and laundry). Her
one Word document has heading styles per section, an evidence matrix, the contract, and a
single log table with Planned and Actual columns in minutes, where her two supervision
meetings sit among the mentoring rows marked "S" in a Type column. One of Mentee B's
sessions was planned but not held; the log's Total row adds planned and actual across
mentoring and supervision together.

Practice, as an assessor counts it (the Actual column of M rows only):
    Mentee A: 06/01 60, 20/01 90, 03/02 80, 17/02 70, 03/03 90, 17/03 55      = 445 (6)
    Mentee B: 08/01 50, 22/01 75, 12/02 95 (row written "J. Okonkwo"),
              24/02 60, 10/03 65, 19/03 60                                  = 405 (6)
    05/02 Mentee B planned 90, Actual "–", not held                          excluded
    S rows: 29/01 actual 60, 05/03 actual 75 (planned 60 each)             supervision 135
    "Total (incl. supervision)" row 1080 / 985                              a total
    => minutes 850, sessions 12, individuals 2, supervision 135.

Anonymisation: two details left in: in the log she typed Mentee B's real initial and
surname "J. Okonkwo" in the Mentee column of the rebooked session, and the contract gives
Mentee A's personal e-mail for rearranging sessions. Not identifying: her own name, her
tutor named on the cover, the Rooms Division Manager by role, Honey and Mumford, GROW,
Clutterbuck, Megginson, Hawkins, Harrogate, Ripon, HotSOS, Forbes Travel Guide, AA.
"""

from corpus.case import B, Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "Unit 8587-304 Undertaking an Extended Period of Mentoring within an Organisational Context"),
    T(
        ["Learner name", "Bernadette Quinn"],
        ["Job title", "Executive Housekeeper, Oakford Hall Hotel, near Harrogate"],
        ["Centre", "Yorkshire Dales Management College, Ripon"],
        ["Tutor", "Martin Ashworth"],
        ["Date submitted", "31 March 2025"],
    ),
    P("""Learner declaration: I confirm that the evidence in this portfolio is my own work and
      that the mentoring took place as recorded. Signed: Bernadette Quinn   Date: 31/03/2025"""),

    H(1, "Evidence matrix"),
    T(
        ["AC", "Evidence", "Section"],
        ["1.1", "Mentoring plan", "Section 1.1"],
        ["1.2", "Agreed goals for Mentee A and Mentee B", "Section 1.2"],
        ["1.3", "Mentoring agreement (both mentees, with line manager)", "Section 1.3"],
        ["2.1", "Skills wheel and learning styles questionnaire", "Section 2.1"],
        ["2.2", "Use of GROW", "Section 2.2"],
        ["2.3", "Knowledge, skills and behaviours", "Section 2.3"],
        ["2.4", "Mentoring log and record of the process", "Section 2.4"],
        ["3.1", "Reflections after each session", "Section 3.1"],
        ["3.2", "Mentee feedback after each session", "Section 3.2"],
        ["3.3", "Review of my communication", "Section 3.3"],
        ["3.4", "Supervision outcomes", "Section 3.4"],
    ),

    H(1, "Section 1 – Planning and contracting"),
    H(2, "1.1 Mentoring plan"),
    P("""In December the hotel promoted two of my team. Mentee A has been a room attendant
      here for six years and now supervises floors 2 and 3, which means inspecting other
      people's rooms for the first time. Mentee B led the laundry and now supervises public
      areas and laundry together. Our general manager wants both to be able to run a shift
      without me by Easter, when we go up to full occupancy for the wedding season."""),
    P("""I planned twelve sessions over eleven weeks, six each, of 60 to 90 minutes, about
      14 hours in all, which leaves room for a session to be lost and still reach 12. Sessions are on
      Mondays for Mentee A and Wednesdays for Mentee B, at 2pm after check-out rooms are
      finished and before turndown, which is the only quiet hour we have. We meet in the
      linen room office on the lower ground floor because it has a door that shuts and
      nobody from front office wanders in. Resources: the hotel's supervisor standards
      folder, the room inspection checklist, a flip pad, and the two tools in section 2.1.
      I also booked two supervision meetings with my tutor, one in late January and one in
      early March."""),

    H(2, "1.2 Agreed goals"),
    P("""I did not want to hand them goals from their job descriptions. In each first session
      I asked what a good shift would look like at Easter and what would have to be true
      for them to go home on time. We turned their answers into goals and checked each
      against SMART before we both initialled them."""),
    B("""Mentee A: inspect every room on her floors to the Forbes Travel Guide standard so
      that no cleanliness complaint on floors 2 and 3 is traced back to a missed check in
      March; hand back a failed room to the attendant herself instead of re-cleaning it."""),
    B("""Mentee A: finish her shift within 15 minutes of the end time on at least four days
      a week by the end of the mentoring."""),
    B("""Mentee B: write the public areas and laundry rota for April on her own and have it
      signed off without changes."""),
    B("""Mentee B: lead the 8am housekeeping briefing twice a week from February, in front of
      the whole department."""),

    H(2, "1.3 Contract"),
    P("""Each mentee signed a three-way agreement with me and the Rooms Division Manager, who
      is their line manager, in their first session. I explained that the manager would
      know the sessions were happening and what the goals were, but not what was said. The
      only exception is anything about safety or safeguarding. We used the same agreement
      for both; Mentee A's is below, with the signatures removed."""),
    T(
        ["Mentoring agreement – Oakford Hall Housekeeping", ""],
        ["Parties", "Mentor: Bernadette Quinn. Mentee: Mentee A. Stakeholder: Rooms Division Manager"],
        ["Purpose", "To support Mentee A to become a confident floor supervisor by Easter 2025"],
        ["Sessions", "Six sessions of 60–90 minutes, Mondays 2pm, linen room office"],
        ["Confidentiality", "What we discuss stays between mentor and mentee. The Rooms Division Manager will be told attendance and whether goals are met, nothing else. Safety or safeguarding concerns will be passed on after telling the mentee."],
        ["Cancellation", "At least 24 hours' notice unless a guest emergency; the session is rebooked within a week"],
        ["Records", "Mentor keeps session notes in the locked office cabinet; the mentee can read them at any time; names removed for ILM"],
        ["Mentee contact for rearranging", "shauna.pike88@gmail.com"],
        ["Ending", "A final review session; either party can end the mentoring early by talking it through first"],
        ["Signed", "Mentor / Mentee / Rooms Division Manager – 06/01/2025"],
    ),
    P("""I went through each line with them rather than handing it over, and Mentee B asked
      for the cancellation rule to include sickness, which we added to hers. I followed the
      EMCC Global Code of Ethics on confidentiality and on not mentoring anyone I line
      manage directly – both now report to the Rooms Division Manager, not to me."""),

    H(1, "Section 2 – Mentoring"),
    H(2, "2.1 Diagnostic tools"),
    P("""I used two tools. In the first session each mentee scored themselves from 1 to 10
      on a supervisor skills wheel I made from the hotel's supervisor standards: inspecting,
      delegating, rota planning, handling complaints, briefing the team, paperwork and
      time. Mentee A scored herself 8 on inspecting but 2 on delegating, which is why her
      goal is about handing failed rooms back instead of re-cleaning them herself. Mentee B
      scored 3 on briefing the team, which became her briefing goal. They scored the wheel
      again in the last session to show how far they had moved."""),
    P("""The second tool was the Honey and Mumford learning styles questionnaire. Mentee B
      came out strongly as a reflector, so I gave her the briefing notes a day early to
      think about instead of springing practice on her; Mentee A came out as an activist,
      so her sessions had more walking the floors and less talking in the office."""),
    H(2, "2.2 Mentoring model"),
    P("""I used GROW for every session. For Mentee A in session 3, Goal: hand back one failed
      room this week. Reality: she re-cleaned four rooms last week because "it's quicker
      than the argument". Options: she came up with three, and I added none. Will: she
      chose to hand back the next failed room with the checklist and stand with the
      attendant while they put it right. Keeping to the Options stage stopped me giving
      her my answer, and following the stages each time kept the sessions moving towards
      the goals rather than turning into a chat about the week."""),
    H(2, "2.3 Knowledge, skills and behaviours"),
    P("""Knowledge: I know the standards and the rooms inside out, which helped, but also made
      it tempting to teach. I used what I learned on the course from Clutterbuck and
      Megginson about developmental mentoring, where the mentee's own insight matters more
      than the mentor's experience. Skills: I used open questions ("what would you say to
      her if I wasn't here?"), summarising at the end of each GROW stage, and silence,
      which I found hard at first. In her third session Mentee B stopped talking halfway through
      describing the briefing and I waited instead of filling in, and she said quietly
      that she was scared of the chefs laughing at her accent. Listening for what was
      not being said was the most useful skill I used. Behaviours: I kept every session
      I said I would unless there was a genuine guest emergency, I kept to the agreement
      about what the manager was told, and I let them disagree with me."""),
    H(2, "2.4 Mentoring log"),
    P("""This log is the record of the whole process, from the first conversations with the
      Rooms Division Manager in December to the final reviews in March. Only the Actual
      column counts; Planned is what I booked. S means supervision with my tutor, M means
      mentoring."""),
    T(
        ["Date", "Mentee", "Type", "Planned (mins)", "Actual (mins)", "Focus / notes"],
        ["Mon 06/01", "Mentee A", "M", "60", "60", "First meeting, agreement signed, skills wheel, goals"],
        ["Wed 08/01", "Mentee B", "M", "60", "50", "First meeting, agreement signed, skills wheel – called away to a flood in room 14"],
        ["Mon 20/01", "Mentee A", "M", "90", "90", "Learning styles; GROW on handing back a failed room"],
        ["Wed 22/01", "Mentee B", "M", "90", "75", "Learning styles; April rota, first look"],
        ["Wed 29/01", "Tutor", "S", "60", "60", "Supervision 1 with Martin, Teams"],
        ["Mon 03/02", "Mentee A", "M", "90", "80", "Review of first hand-back; delegating"],
        ["Wed 05/02", "Mentee B", "M", "90", "–", "Not held – Mentee B off sick. Rebooked for 12/02"],
        ["Wed 12/02", "J. Okonkwo", "M", "90", "95", "Rebooked session: briefing practice, what is stopping her"],
        ["Mon 17/02", "Mentee A", "M", "60", "70", "Walked floor 3 together; inspection timing"],
        ["Mon 24/02", "Mentee B", "M", "60", "60", "First briefing done – review; rota draft 2"],
        ["Mon 03/03", "Mentee A", "M", "90", "90", "Finishing on time – where the day goes"],
        ["Wed 05/03", "Tutor", "S", "60", "75", "Supervision 2 with Martin, at the college"],
        ["Mon 10/03", "Mentee B", "M", "60", "65", "Rota signed off; planning the ending"],
        ["Mon 17/03", "Mentee A", "M", "60", "55", "Final review, skills wheel rescored"],
        ["Wed 19/03", "Mentee B", "M", "60", "60", "Final review, skills wheel rescored"],
        ["Total (incl. supervision)", "", "", "1080", "985", ""],
    ),
    P("""Mentoring delivered (Actual, M rows only): 14 hours 10 minutes over twelve sessions
      with two mentees."""),
    P("""Alongside the log, each mentee has a file with the signed agreement, both skills
      wheels, the notes of every session and their feedback slips, so anyone auditing can
      follow each mentoring relationship from the December conversation with the manager
      through to the closing review and the rescored wheel."""),

    H(1, "Section 3 – Reviewing my practice"),
    H(2, "3.1 Reflection after each session"),
    P("""I wrote a few lines after every session using Rolfe's what, so what, now what."""),
    T(
        ["Session", "What I learned / will do next time"],
        ["A1 06/01", "I talked for most of the goal-setting. Next time ask, then wait."],
        ["B1 08/01", "Leaving for the flood was right but I should have rebooked the missing 10 minutes there and then."],
        ["A2 20/01", "She solved the hand-back problem herself once I stopped offering options."],
        ["B2 22/01", "Reflector – she went quiet when I put her on the spot. Send material in advance."],
        ["A3 03/02", "Praise for the hand-back landed better when I named exactly what she said to the attendant."],
        ["B3 12/02", "The real barrier was confidence about her English, not the briefing content. Silence got us there."],
        ["A4 17/02", "Walking the floor suited her; I should have done it from the start."],
        ["B4 24/02", "She was ready to lead; I nearly talked her out of it by over-preparing her."],
        ["A5 03/03", "Her time problem was my rota, not her. Admitting that helped."],
        ["B5 10/03", "Started the ending conversation early, which made the last session calmer."],
        ["A6 17/03", "Skills wheel rescore was the best evidence of progress for both of us."],
        ["B6 19/03", "She asked to mentor the next laundry lead. That says more than any score."],
    ),
    P("""The pattern across all twelve is that I am at my best when I hold back and at my
      worst when I am worried about the outcome for the hotel. That is what I want to keep
      working on as part of my CPD."""),
    H(2, "3.2 Feedback from the mentees"),
    P("""At the end of each session I asked each mentee to fill in a feedback slip: how useful
      was today (1 to 5) and one thing I could do differently. I read them before planning
      the next session."""),
    T(
        ["Session", "Useful (1–5)", "One thing to do differently"],
        ["A1", "3", "Let me talk more"],
        ["B1", "4", "Nothing – sorry about the flood!"],
        ["A2", "5", "–"],
        ["B2", "3", "Give me time to think before asking"],
        ["A3", "5", "More time on the floor, less in the office"],
        ["B3", "5", "This one helped most"],
        ["A4", "5", "–"],
        ["B4", "4", "Trust me to do it"],
        ["A5", "4", "–"],
        ["B5", "5", "–"],
        ["A6", "5", "Keep meeting monthly?"],
        ["B6", "5", "–"],
    ),
    P("""Acting on the slips changed the mentoring: after "give me time to think" I started
      sending Mentee B a question the day before, and her scores went from 3 to 5. After
      "trust me to do it" I stopped rehearsing the briefing with her and she led it that
      Friday."""),
    H(2, "3.3 Review of my communication"),
    P("""Questioning: early on my questions were often advice with a question mark on the
      end, for example "have you thought about re-doing the checklist?". By March most of
      my questions were genuinely open and I used fewer of them. Listening: I got better at
      using silence and at listening for feelings, as in B3. Feedback: I learned to make
      feedback specific, saying exactly what they did and what happened as a result, and
      to ask them first how they thought it went, so my feedback confirmed theirs instead
      of replacing it. My weak spot is still that under time pressure I go back to telling.
      Mentee B's slip "trust me to do it" was the clearest feedback I had on my
      communication all year."""),
    H(2, "3.4 Supervision"),
    P("""Supervision 1 (29 January, 60 minutes, with my tutor on Teams): I brought the
      problem of Mentee A re-cleaning rooms. Martin used Hawkins' seven-eyed model to get
      me to look at the relationship, and I saw that I had been re-cleaning rooms myself
      for years – she was copying me. Outcome: I would stop doing it myself during the
      mentoring period, so my example matched what we were asking of her."""),
    P("""Supervision 2 (5 March, 75 minutes, at the college): we talked about ending.
      Outcome: plan the ending two sessions early, rescore the skills wheel together, and
      agree what contact continues afterwards so neither mentee feels dropped. We also
      agreed that I would keep a simple question log for my next mentee to count how many
      of my questions are open."""),
]

CASE = Case(
    name="i_8587_304_docx",
    unit="8587-304",
    kind="structured-docx",
    files=[SourceFile("Unit 304 portfolio - B Quinn.docx", BLOCKS)],
    labels={
        "1.1": "the only quiet hour we have",
        "1.2": "what would have to be true for them to go home on time",
        "1.3": "Mentee B asked for the cancellation rule to include sickness",
        "2.1": "scored herself 8 on inspecting but 2 on delegating",
        "2.2": "Keeping to the Options stage stopped me giving her my answer",
        "2.3": "Listening for what was not being said",
        "2.4": "follow each mentoring relationship from the December conversation",
        "3.1": "I am at my best when I hold back",
        "3.2": "her scores went from 3 to 5",
        "3.3": "advice with a question mark on the end",
        "3.4": "she was copying me",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": True,
        # Actual column, M rows: A 60+90+80+70+90+55 = 445; B 50+75+95+60+65+60 = 405;
        # 05/02 planned but not held; S rows and the Total row excluded
        "minutes": 850,
        "sessions": 12,
        "individuals": 2,  # Mentee A, Mentee B (the 12/02 row's "J. Okonkwo" is Mentee B)
        "supervision_minutes": 135,  # S rows: 29/01 actual 60 + 05/03 actual 75
        "identifying": ["J. Okonkwo", "shauna.pike88@gmail.com"],
    },
    about="Hotel executive housekeeper; styled DOCX; one log with Planned | Actual columns, a session not held, supervision rows marked S; initial+surname and an e-mail left in.",
)
