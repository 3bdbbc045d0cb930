"""8584-200 Understanding Mentoring in PDF: a crisp factory's packing shift leader, six planted details.

Lorraine Twigg, Shift Team Leader in the packing hall of a crisp and snack factory in
Corby, answers the unit 200 assignment brief for her ILM Level 2 Award in Effective
Mentoring. She typed it in Word with the AC numbers as headings and saved it as a PDF: a
cover table, answers to 1.1-1.4, 2.1-2.5 and 3.1-3.3, an example record she filled in from
her own notes, and the brief's declaration. She draws on two people she mentored
informally on nights and mostly calls them "a new starter" or "my mentee", except:

Planted (6): the first mentee's full name, Nigerian, in the 1.2 example ("Chiamaka Eze");
her first name alone in the 1.3 barriers and 2.5 trust answers ("Chiamaka"); her line
manager by title and surname, Punjabi, in the 1.3 barriers answer ("Mr Sandhu"); her partner
by a first name that is also a word ("Will", in 2.5; "Will" also opens a question in 1.3,
is GROW's Will stage in 2.2, and "will" runs through the text); the second mentee's full
name, Polish, typed without its accent, in a table cell of the example record in 3.3
("Jakub Zielinski"); and his nickname in the 2.3 listening answer ("Kuba").

Clean but tricky: the learner's own name on the cover and declaration; her tutor in the
cover's Tutor field ("Mohammed Iqbal"); potato varieties named like people (Lady Rosetta,
King Edward, Maris Piper); brands Golden Wonder, Seabrook, Tesco, Aldi; Ishida weighers;
Weldon Road, Corby, Kettering; BRCGS, Unite; the Duke of Edinburgh's Award; Clutterbuck and
Megginson, Whitmore's GROW, Hawkins' CLEAR, Egan's SOLER, the CEDAR model, Pendleton, the
Johari window (Luft and Ingham), Maslow; "Mentee A" and "Mentee B" in the 3.2 goals.

Unit 200 is a knowledge assignment: no portfolio evidence matrix is expected (None). The
brief's declaration is typed with her name (True). No practice figures are given.
"""

from .case import B, Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "ILM Level 2 Award in Effective Mentoring – Unit 8584-200 Understanding Mentoring"),
    T(
        ["Learner", "Lorraine Twigg"],
        ["ILM registration no.", "61904417"],
        ["Centre", "Nene Valley Training Partnership"],
        ["Tutor", "Mohammed Iqbal"],
        ["Workplace", "Packing hall, snack factory, Weldon Road, Corby"],
        ["Submitted", "14 May 2025"],
    ),

    H(1, "1.1 The role of an effective mentor"),
    P("""Mentoring is a longer-term, one-to-one relationship where someone with more experience
      helps another person to learn and grow, mostly by helping them think for themselves.
      Clutterbuck and Megginson describe it as off-line help in making significant transitions
      in knowledge, work or thinking. At our factory a mentor is not the person's line manager,
      trainer or counsellor. A trainer shows you how to set up the Ishida weigher; a line manager
      checks you hit your cases per hour; a mentor helps you work out how you want to develop
      and what gets in your way. The main activities of a mentor are: agreeing what the mentoring
      is for, meeting regularly, listening, asking questions, sharing experience when it helps,
      giving honest feedback, keeping confidences and knowing when to refer on (for example to
      HR, occupational health or the Unite rep)."""),

    H(1, "1.2 How mentoring benefits people in different situations"),
    P("""New starter in a factory. When Chiamaka Eze came to us from agency work she was quick
      on the line but did not believe she could go for a permanent post. Mentoring on nights
      gave her someone to ask the "stupid questions" (her words) about the BRCGS audit and the
      allergen changeover, and she applied for and got a permanent operative job within four
      months."""),
    P("""Someone stepping up. A new team leader benefits from a mentor who has done the job:
      how to handle the first difficult conversation, how to run a shift brief, how to say no
      to the planners when the Golden Wonder and Seabrook co-pack orders land on the same
      night as the Tesco and Aldi own-label runs."""),
    P("""Voluntary sector and young people. I volunteer with a Duke of Edinburgh's Award group
      in Kettering. A mentor there helps a fifteen-year-old stick at the volunteering section
      and think about what they are good at, which builds confidence for school and work."""),

    H(1, "1.3 Potential barriers to effective mentoring"),
    B("""Time and shift patterns. We run 24/7 on four-on four-off. Will the mentor and mentee
      ever be on the same shift? Often not."""),
    B("""The line manager. When I was mentoring Chiamaka on nights, her line manager, Mr Sandhu, would
      not release her from the line for half an hour because we were short on the fryer side,
      so sessions kept being cancelled."""),
    B("""Trust. People think anything they say to a team leader goes straight to HR."""),
    B("""Language and confidence. A lot of our operatives speak English as a second language
      and some are nervous of anything that looks like an appraisal."""),
    B("""The environment. The packing hall is loud and there is nowhere private except the
      canteen, which is never empty."""),

    H(1, "1.4 Overcoming the barriers"),
    P("""Time: agree sessions at handover, when both shifts overlap, and book them into the rota
      the same way we book training, so they are protected. Line manager: agree the mentoring
      with the manager at the start, set out the benefit to them (a more confident operative,
      fewer mistakes at changeover) and put the cover arrangements in writing. Trust: a simple
      contract that says what stays between us and the exceptions (safety, safeguarding, the
      law). Language: plain English, check understanding by asking the mentee to say it back,
      offer a colleague who shares their language as a second mentor if they prefer. Environment: book the training room.
     """),

    H(1, "2.1 Key skills of an effective mentor"),
    B("Active listening – showing you have heard, not just waiting to talk."),
    B("Questioning – mostly open questions, with closed questions to check facts."),
    B("Empathy and a non-judgemental approach."),
    B("Goal setting – helping the mentee set their own SMART goals."),
    B("Giving feedback that is specific and balanced."),
    B("Summarising and role modelling – doing what you say you will do."),

    H(1, "2.2 A mentoring model"),
    P("""I would use GROW (Whitmore). Goal: what do you want from this? Reality: where are you
      now, what have you tried? Options: what could you do? Will/Way forward: what will you do,
      by when? It suits the factory because it is short and practical and fits a half-hour
      slot. I have also read about Hawkins' CLEAR model (Contract, Listen, Explore, Action,
      Review), which I like because it starts with contracting – at work that matters, because
      otherwise people assume the session is a disciplinary."""),

    H(1, "2.3 Using questioning and listening"),
    P("""Open questions ("What happened on the changeover?", "How did you feel when the line
      stopped?") get the mentee talking and thinking. Probing questions go deeper ("What made
      that harder than usual?"). Closed and checking questions are for facts and agreement
      ("So you will ask for the Lady Rosetta spec sheet by Friday?"). Listening means Egan's
      SOLER – sitting square, open posture, leaning in, eye contact, relaxed – plus nodding,
      silence and summarising. On nights Kuba (as the whole shift calls him) went quiet when I
      asked why he hadn't applied for the forklift course; instead of filling the silence I
      waited, and he told me he was worried about the written test."""),

    H(1, "2.4 Giving feedback"),
    P("""Feedback should be specific, timely and about the behaviour, not the person. I would use
      the CEDAR model (Context, Examples, Diagnosis, Actions, Review) for anything that needs
      more than a quick word, and Pendleton's rules after an observed task: the mentee says what
      went well first, then I add, then they say what they'd do differently, then I add. I
      would avoid the feedback sandwich on our shop floor – people know the "but" is coming."""),

    H(1, "2.5 Developing trust"),
    P("""Trust comes from doing what you said: turning up when you said you would, keeping
      things confidential and being honest when you don't know. Setting boundaries at the start
      helps – I am your mentor, not your manager, and I will only share something if someone is
      at risk. Sharing your own mistakes (I once sent out a full pallet of King Edward-labelled
      bags with Maris Piper crisps inside) makes it more equal. With Chiamaka the turning point
      was when she told me her partner Will had lost his job on the fryer side and she was
      worried about money; I listened, told her about the employee assistance line, and did not
      mention it to anyone. After that she brought real issues to the sessions. The Johari
      window (Luft and Ingham) is a useful way to show a mentee that both of you have blind
      spots."""),

    H(1, "3.1 Planning for effective mentoring sessions"),
    P("""Before the first session I would send a short needs questionnaire (what do you want to
      get better at, what gets in your way, how do you like to learn) and look at any training
      records. The first meeting agrees a mentoring agreement: how often, where, how long,
      confidentiality and what happens if either of us needs to cancel. I would also think about the person's
      needs – Maslow reminds me someone worried about their rent is not ready to talk about a
      career plan."""),

    H(1, "3.2 Examples of goals"),
    B("""Mentee A (new operative): complete the allergen changeover on Line 4 without supervision
      and sign off the checklist correctly three nights in a row by the end of June."""),
    B("""Mentee B (aspiring team leader): lead the start-of-shift brief on his line twice a week
      for four weeks and ask the team for feedback at the end."""),

    H(1, "3.3 Records to keep"),
    P("""The mentor should keep a record of each session: date, time and length, what was
      discussed, goals and progress, actions agreed and by whom, and the date of the next
      meeting, plus a short note of the mentor's own reflection. Records must be kept securely
      (locked drawer or password-protected file), shared only with the mentee, and kept no
      longer than needed, in line with UK GDPR and the Data Protection Act 2018. The mentee should
      be able to see them. Below is the record I filled in from my own notes after one of the
      night sessions, to show the layout I would use."""),
    T(
        ["Field", "Entry"],
        ["Mentee", "Jakub Zielinski"],
        ["Date / length", "Night shift, 03:00, 30 minutes, training room"],
        ["Focus", "Forklift counterbalance course – worries about the written test"],
        ["Progress", "Has watched the induction videos; unsure about reading speed"],
        ["Actions", "Mentee: ask the trainer for the practice paper. Mentor: find out if the test can be read aloud"],
        ["Next meeting", "Same time next rota block"],
        ["Mentor reflection", "I nearly answered for him – remember to wait"],
    ),

    H(1, "Declaration"),
    P("By submitting I confirm that this assignment is my own work. Lorraine Twigg, 14/05/2025"),
]

CASE = Case(
    name="r22b_200_crisp_factory_pdf",
    unit="8584-200",
    kind="structured-pdf",
    files=[SourceFile("Twigg L 8584-200 assignment.pdf", BLOCKS)],
    labels={},
    expected_checks={
        "declaration": True,
        "evidence_matrix": None,
        # Not: Lorraine Twigg (learner), Mohammed Iqbal (tutor in the cover's Tutor field),
        # Lady Rosetta / King Edward / Maris Piper (potatoes), Golden Wonder, Seabrook, the Duke
        # of Edinburgh's Award, theorists, "Mentee A"/"Mentee B", "Will" opening a question and GROW's "Will".
        "identifying": ["Chiamaka Eze", "Chiamaka", "Mr Sandhu", "Will", "Jakub Zielinski", "Kuba"],
    },
    about="Crisp factory shift leader's 200 knowledge answers in PDF, planted: Nigerian mentee full name then first name, manager 'Mr Sandhu', partner 'Will' beside a question opening 'Will', Polish name in a record table cell, nickname 'Kuba'; potato varieties, brands, tutor field clean.",
)
