"""D2.01 (legacy, marked): a second-year student peer-mentors first-years at a sixth-form college.

Amira Haddad is in her second year at a Sheffield sixth-form college and is a peer mentor
on the college's study-skills scheme for first-year students. Her DOCX has a small cover
table (her tutor named on it), a Heading per section with one sentence of her own about
it, and answers typed as '1.', '2.' ... with the questions not copied in. She answers
questions 7 and 8 together in one paragraph headed '7 & 8.', the importance of outcomes
first and then three examples; q7 and q8 are labelled in their own halves of it. Question
4 and 5 are one line each of a list joined by semicolons. She signs a declaration.

Clean but dense: her mentees are Mentee 1 and Mentee 2, the head of student services
only by role; her tutor Joanne Firth is on the cover (not identifying); Carl Rogers,
Maslow, Egan, the TED questions, SMART, Pendleton; Kooth, YoungMinds, UCAS, Google
Classroom, Costa; Hillsborough, Meadowhall, the Supertram.
"""

from corpus.case import Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "D2.01 Developing effective listening and questioning skills – knowledge assignment"),
    T(
        ["Name", "Amira Haddad"],
        ["Centre", "Don Valley Sixth Form College, Sheffield"],
        ["Tutor", "Joanne Firth"],
        ["Programme", "ILM Level 2 Award in Mentoring for Young Learners"],
        ["Submitted", "3 December 2025"],
    ),

    H(1, "Section 1"),
    P("""In this section I say what I think mentoring is and what kind of person a good peer
      mentor has to be, based on my training days and my first term on the scheme."""),
    P("""1. Mentoring is a relationship where someone with a bit more experience supports
      another person to settle in, learn and make their own decisions. In our college it
      means second-years helping first-years through the jump from school to A levels,
      which is bigger than people expect."""),
    P("""2. The role of a mentor is to listen, encourage, help the mentee set goals and find
      their own solutions, and point them towards the right help in college. I am not
      their teacher and I am not their counsellor. I am more like a guide who has walked
      the same corridor a year earlier."""),
    P("""3. An effective mentor is approachable, patient, reliable, non-judgemental and
      good at keeping things confidential. They also need to be honest, including about
      their own struggles, and organised enough to turn up when they said they would."""),
    P("""4. Arriving on time to every session and messaging through Google Classroom if I
      have to rearrange; meeting in the open study area or the library where staff are
      around; staying within the college's peer mentoring code, for example never sharing
      a mentee's problems with my friends and never giving them lifts home."""),
    P("""5. Telling the mentee what to do instead of helping them decide; making fun of a
      worry because it seems small to me, like being scared of getting the Supertram on
      their own; being on my phone during a session or turning up late and distracted."""),
    P("""6. Respect matters because a mentee will only open up if they feel you take them
      seriously and do not look down on them. Carl Rogers said people grow when they feel
      accepted without conditions, and I have seen this: Mentee 2 only told me she was
      thinking of dropping chemistry after three weeks of me just listening."""),

    H(1, "Section 2"),
    P("""Section 2 is about setting outcomes and what gets in the way, which is where most of
      my real problems as a mentor have come from."""),
    P("""7 & 8. Agreeing learning outcomes is important because it gives the sessions a
      purpose and makes both of us clear about what we are working towards. If the mentee
      chooses the outcome with me, they own it and are more motivated to do it, whereas
      an outcome I pick for them feels like homework. Outcomes have to be appropriate:
      realistic for a sixteen-year-old with a full timetable, and small enough to achieve
      in a few weeks so they get a sense of progress. Maslow's idea that people need to
      feel safe and settled before they can aim higher fits too, because some first-years
      need a basic outcome like knowing where to go before anything academic. Agreeing
      outcomes also means my tutor can check we are working on the right things. Three
      examples from my mentoring, written the SMART way: Mentee 1 will use a weekly
      planner on Google Classroom to hand in every psychology homework on time for the
      next four weeks; Mentee 2 will speak to her chemistry teacher before half term about
      the topics she is finding hardest; Mentee 1 will go to one enrichment club by the
      end of November so he knows people outside his tutor group."""),
    P("""9. Personal things: low confidence or anxiety, which means the mentee does not
      say what is actually wrong; and things going on at home, like caring for a younger
      brother or a part-time job at Meadowhall that takes up every evening."""),
    P("""10. Practical things: clashing timetables, because first-years and second-years
      have different free periods, and not having a quiet place to talk during exam
      season when the library is full."""),
    P("""11. For timetables, we book a fixed slot at the start of term and keep Thursday
      lunchtime as a back-up. For space, student services let us use the small interview
      room by reception, and in good weather we sit outside with a drink from Costa."""),
    P("""12. I would listen and be kind, but I would not try to sort out personal problems
      myself because I am not trained for that. I would explain that if anything makes
      me worried about their safety I have to pass it on to the safeguarding team the
      same day. For other things I would suggest the college counsellor, Kooth or the
      YoungMinds website, and help them book an appointment if they want me to."""),
    P("""13. First I would ask myself honestly whether the problem is me, for example
      whether I am being too pushy. Then I would talk it through with the head of student
      services, who runs the scheme, in confidence. If it still is not working we would
      agree a change of mentor, and I would make sure the mentee knows it is not their
      fault."""),

    H(1, "Section 3"),
    P("""Finally, listening and questions, the skills I practised most with a partner on the
      training days and still find hardest to do naturally."""),
    P("""14. Effective listening is concentrating fully on what the other person is saying
      and how they say it, including their body language and tone, without interrupting
      or thinking about my own reply."""),
    P("""15. It is important because the mentee feels valued, which builds trust, and
      because you only find out the real issue if you listen for it. Mentee 1 kept
      saying he was fine, but he mentioned the bus from Hillsborough three times, and
      it turned out he was missing first lessons because of it."""),
    P("""16. I use Egan's SOLER (sitting squarely, open posture, leaning forward slightly,
      eye contact, relaxed) so my body shows I am paying attention. I also paraphrase what
      they have said and ask if I have got it right, like "so it's the coursework deadline
      that's stressing you, more than the exam?"."""),
    P("""17. Open questions cannot be answered with yes or no; they start with what, how,
      why or the TED words (tell me, explain, describe) and get the mentee thinking and
      talking. Closed questions have a short factual answer and are good for checking
      details or getting a decision."""),
    P("""18. Open: "How are you finding the step up from GCSE?" and "What would a good week
      look like for you?". Closed: "Have you spoken to your teacher yet?" and "Is
      Thursday still OK for next time?"."""),
    P("""19. Feedback should be specific, timely, balanced and about behaviour, not
      personality. I use Pendleton: the mentee says what went well, I add what I noticed
      went well, then we talk about what could be better and agree one thing to try.
      When Mentee 2 showed me her revision plan I said the colour coding was really clear
      and asked how she could fit in past papers."""),
    P("""20. When I receive feedback I listen all the way through without getting
      defensive, ask questions to understand it, thank the person and decide what I will
      do differently. My tutor told me after an observed session that I filled every
      silence; now I count to five."""),

    P("""Declaration: I confirm that the answers above are my own work.
      Signed: Amira Haddad    Date: 03/12/2025"""),
]

CASE = Case(
    name="o_d201_college_numbered",
    unit="D2.01",
    kind="legacy-questions",
    files=[SourceFile("D2.01 Amira Haddad.docx", BLOCKS)],
    labels={
        "q1": "the jump from school to A levels",
        "q2": "walked the same corridor a year earlier",
        "q3": "organised enough to turn up when they said",
        "q4": "never giving them lifts home",
        "q5": "scared of getting the Supertram on their own",
        "q6": "after three weeks of me just listening",
        "q7": "an outcome I pick for them feels like homework",
        "q8": "hand in every psychology homework on time",
        "q9": "a part-time job at Meadowhall",
        "q10": "first-years and second-years have different free periods",
        "q11": "keep Thursday lunchtime as a back-up",
        "q12": "pass it on to the safeguarding team",
        "q13": "whether I am being too pushy",
        "q14": "without interrupting or thinking about my own reply",
        "q15": "he mentioned the bus from Hillsborough three times",
        "q16": "the coursework deadline that's stressing you",
        "q17": "good for checking details or getting a decision",
        "q18": "What would a good week look like for you?",
        "q19": "the colour coding was really clear",
        "q20": "I filled every silence; now I count to five",
        "section-1": "what kind of person a good peer mentor",
        "section-2": "most of my real problems as a mentor",
        "section-3": "practised most with a partner on the training days",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": None,
        # Mentee 1/2, the head of student services by role, her tutor on the cover; Rogers,
        # Maslow, Egan, Pendleton, SMART, TED; Kooth, YoungMinds, Costa, Meadowhall,
        # Hillsborough, the Supertram: not identifying
        "identifying": [],
    },
    about="Sixth-form peer mentor's D2.01 DOCX: answers typed '1.', '2.' without the questions, 7 and 8 answered together under '7 & 8.', section lines in her own words; clean and dense.",
)
