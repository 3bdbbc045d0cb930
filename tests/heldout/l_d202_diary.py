"""D2.02 (legacy, marked) mentoring diary as DOCX: a primary school HLTA mentors an apprentice TA.

Bernadette Quinlan, a higher level teaching assistant at a two-form-entry primary school in
Swindon, mentors a new apprentice teaching assistant in Year 2. One Word document with the
mark sheet's section titles and questions as headings and her answers under them. Section 2
is a prose diary: one paragraph per session, the durations only in sentences ("we spoke for
about an hour and a quarter"), each followed by her supervision with the deputy head, also
timed in words. After the diary she adds a summary table of time per mentee covering the
same six sessions and six supervisions (count once). No learner declaration. Chatty,
sometimes rambling voice.

Practice, as an assessor counts it (the diary, once):
    Mentoring: S1 about forty minutes = 40, S2 half an hour exactly = 30,
               S3 about an hour and a quarter = 75, S4 thirty-five minutes = 35,
               S5 three quarters of an hour = 45, S6 forty minutes again = 40
               => 265 minutes (the table's 4 hrs 25 mins restates these), 6 sessions, 1 mentee.
    Supervision: half an hour = 30, thirty minutes = 30, twenty minutes = 20,
                 half an hour = 30, half an hour = 30, forty minutes = 40 => 180 (table: 3 hrs).

Anonymisation slip: the mentee is "my mentee" / "the apprentice" everywhere except once in the
Section 3 reflection, where her first name "Tasha" slips in. Not identifying: Bernadette's own
name, the deputy head (her supervisor, by role), Swindon, Ofsted, the SENCo (a role),
Clutterbuck, Kolb, the GROW model, Read Write Inc.
"""

from corpus.case import Case, H, P, SourceFile, T

SUMMARY = T(
    ["Mentee", "Sessions", "Time mentoring", "Supervision after sessions"],
    ["My mentee (apprentice TA, Year 2)", "6", "4 hrs 25 mins", "3 hrs"],
)

BLOCKS = [
    H(0, "D2.02 Undertaking supervised mentoring – Mentoring diary"),
    P("Name: Bernadette Quinlan   Role: HLTA   Centre: Wiltshire Adult Skills"),

    H(1, "Section 1 - Identify and agree overall outcomes for mentoring sessions"),
    P("""Our school took on its first apprentice teaching assistant this September, working in
      Year 2 with me two days a week and with the other class the rest of the time. She is 17
      and straight from college. The head asked me to mentor her because I used to be a TA
      apprentice myself, a long time ago. In our first meeting we agreed three outcomes for
      the six sessions: that she would be able to run a phonics group on her own using the
      Read Write Inc. scripts, that she would feel confident managing behaviour at the carpet
      without looking at the teacher, and that she would know who to go to with a
      safeguarding worry. We wrote these on a card and she stuck it inside her planner so she
      would see it every morning."""),

    H(1, "Section 2 - Undertake supervised mentoring"),
    P("""We met on Wednesday afternoons during assembly practice, in the small group room off
      the library. My supervisor for this course is our deputy head, and she met me straight
      after each session in her office, usually before the end of school bell went. My diary
      is below, one entry per session, with the supervision after it."""),

    H(2, "2a Carry out six mentoring sessions of 30 minutes each with one mentee."),
    P("""Session 1, 17 September. This was mostly getting to know each other and agreeing the
      outcomes. She was very quiet and kept saying "I don't mind" to everything. I asked her
      about college and about why she picked schools and she brightened up talking about her
      little brother who has autism. We spent about forty minutes together in the end. Afterwards
      I had half an hour with the deputy head, who said I had done well to get her talking and
      suggested I let her pick the topic next time."""),
    P("""Session 2, 24 September. She picked phonics. We went through the Set 1 sounds and she
      practised on me being a child who keeps getting 'b' and 'd' mixed up. She was nervous
      but better than she thought. This was half an hour exactly because she had to get back
      for lunch duty. Supervision was thirty minutes; we talked about how I jumped in to correct
      her during the role play and whether that helped."""),
    P("""Session 3, 1 October. This one ran long. A boy in the class had hit her the day before
      and she was upset and thought she must have done something wrong. We spoke for about an
      hour and a quarter, which was far more than planned, but I did not feel I could stop. We
      went through the school's behaviour policy and what the teacher did, and I used GROW to
      help her think about what she would do if it happened again. The deputy head could only
      give me twenty minutes after because of a parent meeting, but she reminded me that a
      session running over is fine if the mentee needs it, as long as I am not doing the
      teacher's job."""),
    P("""Session 4, 8 October. Safeguarding. She had done the online training but did not know
      who our designated lead was, which worried me. We walked round and I showed her the
      posters and the log-in for reporting. It took thirty-five minutes. In supervision, half an
      hour, I admitted I was cross that nobody had shown her this in her first month, and the
      deputy head said that was useful feedback for the school, not just for me."""),
    P("""Session 5, 15 October. Carpet time and behaviour. She said she now stands at the side
      instead of at the back so the children can see her. I mostly listened. We talked for
      three quarters of an hour and she did most of the talking, which felt like a big change
      from session 1. Supervision was half an hour and the deputy head asked me to notice how
      much I said in each session, so I tried to count."""),
    P("""Session 6, 22 October. Last session before half term. We looked back at the card in
      her planner. She has run a phonics group on her own twice and says the carpet is
      "mostly fine". She still wants to do more on safeguarding. It was forty minutes again.
      Afterwards I had my last supervision, forty minutes, where we went through this diary and
      the deputy head signed it off."""),

    H(2, "2b Meet with your supervisor after each mentoring session for 30 minutes to review and reflect on your performance and learning"),
    P("""The supervision meetings are in each diary entry above. Looking back at them together,
      the biggest thing I took away was from the second one, when the deputy head asked me why
      I corrected my mentee in the middle of the role play. I said it was habit from working
      with children. She said a mentee is not a child and I should wait until the end and ask
      her how she thought it went. That changed how I ran every session after that."""),
    P("""Summary of time (the same sessions as the diary above):"""),
    SUMMARY,

    H(1, "Section 3 - Review own progress"),
    P("""For this section I went back through my diary and my supervision notes and picked out
      the things that came up more than once."""),

    H(2, "3a Think about your own performance as a mentor and what worked well"),
    P("""The thing that worked best was letting her choose the topic from session 2 onwards. She
      came with things she actually cared about and the sessions had more energy. Session 3
      worked well too even though it was long, because she trusted me enough to say she was
      upset. Clutterbuck says a mentor is there for the mentee's agenda, not their own, and
      when I stuck to that it went better."""),

    H(2, "3b What did you learn about yourself?"),
    P("""I learned that I treat adults a bit like children when I am nervous, by correcting and
      explaining too much. I also learned I get protective. When Tasha told me about being hit,
      my first thought was to go and find the teacher, when what she needed was for me to
      listen. Using Kolb's cycle after each supervision helped me see this was a pattern and
      not a one-off."""),

    H(2, "3c What might you do differently as a result of your reflection"),
    P("""Next time I would agree at the start how long sessions should be and stick to it more,
      and have a plan for when something big comes up, like booking an extra session instead of
      running over. I would also make sure an apprentice has had a proper safeguarding
      induction in week one, and I have asked the head to add it to the induction checklist."""),

    H(2, "3d What skills do you still need to develop further?"),
    P("""I need to get better at open questions; I still ask "did that go OK?" when I mean "how did
      that go?". I also want to learn more about giving feedback to adults, and the deputy head
      has offered to let me sit in on one of her feedback meetings with an NQT next term."""),
]

CASE = Case(
    name="l_d202_diary",
    unit="D2.02",
    kind="legacy-questions",
    files=[SourceFile("D2.02 diary B Quinlan.docx", BLOCKS)],
    labels={
        "section-1": "stuck it inside her planner",
        "section-2": "usually before the end of school bell went",
        "q2a": "stands at the side instead of at the back",
        "q2b": "a mentee is not a child",
        "section-3": "picked out the things that came up more than once",
        "q3a": "letting her choose the topic from session 2",
        "q3b": "I treat adults a bit like children",
        "q3c": "booking an extra session instead of running over",
        "q3d": "sit in on one of her feedback meetings",
    },
    expected_checks={
        "declaration": False,
        "evidence_matrix": None,
        # Diary: 40 + 30 + 75 + 35 + 45 + 40 = 265 (table "4 hrs 25 mins" is the same sessions).
        "minutes": 265,
        "sessions": 6,
        "individuals": 1,  # my mentee (= Tasha)
        "supervision_minutes": 180,  # 30 + 30 + 20 + 30 + 30 + 40 (table "3 hrs" is the same)
        "identifying": ["Tasha"],
    },
    about="Primary school HLTA mentoring an apprentice TA; D2.02 DOCX with a prose diary timed only in sentences ('about an hour and a quarter'), supervision after each, and a summary table restating the same time; no declaration; mentee's first name once in a reflection.",
)
