"""D2.02 whole diary: an engineering apprentice mentoring a Year 10 pupil on a weekly work taster.

Ellie Marsh, a second-year apprentice at a precision engineering firm, mentors Tyler (15)
on Thursday afternoons; her supervisor is the apprentice training officer, Dave. The
diary follows the mark sheet's three sections under her own headings. Sessions are a
paragraph each with a spoken-style clock range ("1.30 to 2.05", "started at 1.40 and
finished at 2.10", "1.25 to 2.00"); the reviews are a small table with a Length column in
mixed words and figures. Tricky: the intro's "meant to be half an hour, from 1.30 to 2.00"
(the plan); a week with no session and no review ("none"); a ten-minute chat at the bus
stop she says she has not counted; a review cut to 25 minutes; a review held jointly with
another apprentice mentor (one review, its length once); "three hours of reviews" (right);
3a retelling session 6 as "the whole forty minutes" (the same session); "twenty minutes" of
revision a night (not a session).

Practice truth: 30 + 35 + 30 + 30 + 35 + 40 = 200 minutes in six sessions with one mentee;
supervision 30 + 30 + 25 + 30 + 35 + 30 = 180.
"""

from .case import Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "Mentoring Diary – Unit D2.02 Undertaking supervised mentoring"),
    T(
        ["Candidate", "Ellie Marsh"],
        ["Registration no.", "YL-24-7710"],
        ["Centre", "Tarrant Precision Engineering – Apprentice Academy"],
    ),
    P("""I am a second-year engineering apprentice at Tarrant Precision. The company runs a work
      taster for Year 10 pupils from Hartfield Academy every Thursday afternoon, and this year
      the apprentices were asked to mentor one pupil each as part of the Young Learners award.
      My mentee is Tyler, who is 15 and wants to be a mechanic but has been talking about
      leaving school at 16 without his maths GCSE. My supervisor is Dave Mercer, our apprentice
      training officer."""),

    H(1, "Section 1: Agreeing the overall outcomes with my mentee"),
    P("""Before I met Tyler, Dave and I read what his form tutor had written on the referral form
      and talked about what six half-hour sessions could realistically change. In the first
      session Tyler and I agreed three outcomes for the six weeks: (1) find out exactly what
      he needs to get on a motor vehicle apprenticeship, (2) make a maths revision plan that
      he actually sticks to, and (3) be able to phone an adult he doesn't know, because that
      makes him anxious. We wrote them on a card he kept in his overalls pocket. Dave agreed
      they were realistic and said the third one might matter most."""),

    H(1, "Section 2: The six sessions and my reviews with Dave"),
    H(2, "2a Mentoring sessions"),
    P("""We met in the training room above the workshop after Tyler had finished his taster
      activity. Each session was meant to be half an hour, from 1.30 to 2.00, before the
      minibus took the pupils back to school."""),
    P("""Session 1, Thursday 6 March: 1.30 to 2.00. Getting to know each other and agreeing the
      outcomes (see Section 1). He hardly said anything until I asked about his moped."""),
    P("""Session 2, Thursday 13 March: 1.30 to 2.05. We looked up the entry requirements for the
      college's motor vehicle course on my phone. He needs a grade 4 in maths. He went very
      quiet after that."""),
    P("Thursday 20 March: no session, Tyler was off school ill, so no review either."),
    P("""Session 3, Thursday 27 March: the minibus was late so we started at 1.40 and finished at
      2.10. Maths revision plan – he picked twenty minutes on three nights a week, not the hour
      a night his teacher wanted."""),
    P("""Session 4, Thursday 3 April: 1.30 to 2.00. He had done two of the three nights. We talked
      about what stopped him on the third (his Xbox)."""),
    P("""Session 5, Thursday 24 April, after the Easter break: 1.25 to 2.00. We practised a phone
      call to the college admissions line with me as the receptionist, then he rang them for
      real on the training room phone."""),
    P("""Session 6, Thursday 1 May: 1.30 to 2.10. Review of the three outcomes and ending. He has
      booked himself onto the college open evening."""),
    P("""Thursday 8 May: I saw Tyler at the bus stop after work and we chatted for about ten
      minutes about his options. It wasn't planned so I have not counted it as a session."""),

    H(2, "2b Reviews with my supervisor"),
    P("""After each session I went straight down to Dave's office for a review. He used the same
      three questions every time: what went well, what was hard, and what will you try next
      time. He signed my diary after each one."""),
    T(
        ["Review", "Date", "Length", "Main point"],
        ["1", "6 March", "30 mins", "I talked for most of the session. Try letting silences happen."],
        ["2", "13 March", "half an hour", "What to do when Tyler went quiet about maths"],
        ["–", "20 March", "none", "No session (Tyler ill)"],
        ["3", "27 March", "25 mins", "Dave got called to the CNC cell so we stopped early"],
        ["4", "3 April", "30 mins", "Joint review with Kyle, the other apprentice mentor – we compared notes"],
        ["5", "24 April", "35 mins", "The phone call – Dave said I should have let Tyler plan it himself"],
        ["6", "1 May", "30 mins", "Ending well, and what I have learned"],
    ),
    P("That makes three hours of reviews altogether."),

    H(1, "Section 3: Looking back on my progress"),
    H(2, "3a My performance and what worked well"),
    P("""The card in his overalls pocket worked better than anything else. In session 6 we spent
      the whole forty minutes going back over the card, and he could tick off two of the three
      outcomes himself. Letting him choose twenty minutes of revision instead of an hour also
      worked, because it was his number and not his teacher's. I was reliable: I was in the
      training room every Thursday before he got there, even the week the minibus was late."""),
    H(2, "3b What I learned about myself"),
    P("""I learned that I fill silences because they make me uncomfortable, not because the other
      person needs me to. I also learned I am more patient with a 15-year-old I hardly know than
      I am with my own little brother."""),
    H(2, "3c What I would do differently"),
    P("""I would let the mentee plan things himself, like the phone call, instead of me writing the
      script for him. I would also write my diary on the Thursday night, not from memory at the
      weekend."""),
    H(2, "3d Skills I still need to develop"),
    P("""Open questions, because I still start too many questions with "do you". And summarising:
      Dave says I jump from one thing to the next without checking I have understood. I want to
      get better at both before I mentor next year's pupils."""),

    P("""I confirm this diary is my own work and that the sessions and reviews happened as I have
      written them. Ellie Marsh, 9 May 2025"""),
]

CASE = Case(
    name="pj_d202_apprentice_work_taster",
    unit="D2.02",
    kind="legacy-questions",
    files=[SourceFile("Ellie Marsh D2.02 diary.docx", BLOCKS)],
    labels={
        "section-1": "Agreeing the overall outcomes with my mentee",
        "section-2": "The six sessions and my reviews with Dave",
        "section-3": "Looking back on my progress",
        "q2a": "the minibus was late so we started at 1.40",
        "q2b": "He used the same three questions every time",
        "q3a": "The card in his overalls pocket worked better than anything",
        "q3b": "I fill silences because they make me uncomfortable",
        "q3c": "instead of me writing the script for him",
        "q3d": "I jump from one thing to the next",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": None,
        # 2a: S1 6/3 1.30 to 2.00 30 + S2 13/3 1.30 to 2.05 35 + S3 27/3 1.40 to 2.10 30
        #   + S4 3/4 1.30 to 2.00 30 + S5 24/4 1.25 to 2.00 35 + S6 1/5 1.30 to 2.10 40
        #   = 30 + 35 = 65; + 30 = 95; + 30 = 125; + 35 = 160; + 40 = 200.
        # Not: the intro's planned "half an hour, from 1.30 to 2.00"; 20/3 no session; 8/5 bus
        # stop chat, ten minutes, "not counted"; 3a's "whole forty minutes" (session 6 again);
        # "twenty minutes" of revision a night.
        "minutes": 200,
        "sessions": 6,
        "individuals": 1,  # Tyler
        # 2b: 30 + "half an hour" 30 + 25 + 30 (joint with Kyle, one review) + 35 + 30 = 180
        # (= "three hours of reviews", right); 20/3 "none"
        "supervision_minutes": 180,
    },
    about="Engineering apprentice mentoring a Year 10 work-taster pupil; D2.02 diary under own section headings, a paragraph per session with spoken-style clock ranges, a late start, an uncounted bus-stop chat, a planned slot in the intro, review table with 'half an hour'/'none'/cut-short/joint review, a retold session.",
)
