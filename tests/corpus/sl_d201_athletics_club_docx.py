"""D2.01 knowledge assignment: a 16-year-old young leader at an athletics club, DOCX.

Ellie Marsden is a young leader at her local athletics club and is doing the young learners'
mentoring award; she mentors a younger member who has just moved up to the under-13s. She
answers the twenty questions in Word under the three section headings, each section opened
by a sentence of her own about what it covers (the section labels). Question headings come
in every form: "Q1", "Question 2 -", "3)", "Q4 (3 marks)", the question pasted with no number
(Q6), "Q9 & Q10" over two paragraphs, Q12 answered before Q11, "Q17 + 18" over two
paragraphs, and "Q19." / "Q20." at the end. Q13 (what to do if you cannot get on with your
mentee) is skipped: her numbering goes from Q12 / Q11 straight to Section 3, so q13 is None.
She refers back ("like I said in Q14"). Signed declaration.

Planted (1): the mentee's first name in Q16 ("Kai"). Not identifying: the club, England
Athletics, the welfare officer by role, parkrun.
"""

from .case import Case, H, P, SourceFile

BLOCKS = [
    H(0, "D2.01 Developing effective listening and questioning skills – Knowledge Assignment"),
    P("Name: Ellie Marsden    Centre: Fenland Youth Leadership Programme    Club: Wisbech Harriers AC"),

    H(1, "Section 1 – The effective mentor's role, responsibilities, characteristics and behaviours"),
    P("""In this section I explain what I think mentoring is and how I try to act as a mentor at
      the club, from what I have done since September."""),
    H(2, "Q1"),
    P("""Mentoring is when someone who has been through something already helps someone newer to
      find their own way through it. It is not the same as coaching at the club because the
      coach tells you your drills, whereas a mentor helps with the stuff around it, like
      nerves before a race and fitting training round school."""),
    H(2, "Question 2 -"),
    P("""The role of a mentor is to meet the mentee regularly, listen to them, help them set aims,
      encourage them and share what worked for you, and tell a grown-up (our welfare officer)
      if something is worrying. I meet my mentee on Tuesday nights during the warm-down so it
      does not take anyone away from training."""),
    H(2, "3)"),
    P("""A good mentor is patient, a good listener, reliable, friendly but not trying to be their
      best mate, honest, and keeps things private unless someone might get hurt."""),
    H(2, "Q4 (3 marks)"),
    P("""1. Turning up every week when you said you would. 2. Cheering them on at a race even when
      they come last. 3. Keeping what they tell you to yourself unless it is a safety thing."""),
    H(2, "Q5"),
    P("""1. Laughing at them when they fall over in the hurdles. 2. Telling other people at the
      club what they said to you. 3. Messaging them privately on social media, which our club
      does not allow for young leaders."""),
    H(2, "Briefly describe why it is important to respect mentees"),
    P("""If you do not respect them they will not trust you or tell you what is really going on.
      Younger kids can tell straight away if you think they are annoying or babyish, and then
      they just say "fine" to everything."""),

    H(1, "Section 2 – Agreeing learning outcomes and overcoming barriers"),
    P("""This part is about setting aims with my mentee and the things that can stop mentoring
      working, and what I do about them."""),
    H(2, "Q7"),
    P("""It is important to agree outcomes together so that the mentee actually wants to do them,
      not just what I think. If they are agreed and written down we both know what we are
      working towards and can tell when they have been done, which feels good."""),
    H(2, "Q8"),
    P("""1. To run the whole 1500m at the club championships without walking. 2. To learn the
      three-step hurdle rhythm by Easter. 3. To come to training at least twice a week in
      January even though it is dark and cold."""),
    H(2, "Q9 & Q10"),
    P("""Personal: being shy or not confident talking to an older person, and things at home like
      a family member being ill which take up their head."""),
    P("""Practical: not having a lift to the track on a Tuesday, and clashing with other things
      like school clubs or homework."""),
    H(2, "Q12"),
    P("""I would listen, but I am not a counsellor and I am only 16, so I would not try to sort
      it out myself. I would tell them that I need to pass it on to the club welfare officer if
      it is serious, and then do that, and not promise to keep a secret I cannot keep."""),
    H(2, "Q11"),
    P("""For lifts I helped my mentee's mum find another family from her road who could share the
      driving. For clashes we moved our chat from before training to the warm-down at the end,
      so it does not clash with anything."""),

    H(1, "Section 3 – Listening and questioning"),
    P("""Here I write about listening, asking questions and feedback, which are the skills I
      have used most this year."""),
    H(2, "Q14"),
    P("""Effective listening means giving the person all your attention, not looking at your
      phone or thinking about your own race, and understanding what they mean as well as
      what they say."""),
    H(2, "Q15"),
    P("""Because if they feel listened to they open up and keep coming back, and you only find out
      the real problem if you listen properly instead of jumping in."""),
    H(2, "Q16"),
    P("""Like I said in Q14, you put your phone away. Two ways of showing it: repeating back what
      they said in my own words, for example when Kai said he hated the 800 I said "so it's the
      second lap that gets you?", and nodding and keeping eye contact when they are talking."""),
    H(2, "Q17 + 18"),
    P("""The two main types are open questions, which get people to talk and explain, and closed
      questions, which get a short answer like yes or no and are good for checking facts."""),
    P("""Open: "How did the race feel?" and "What do you want to get better at this term?" Closed:
      "Have you got your spikes?" and "Did you warm up?" """),
    H(2, "Q19."),
    P("""Start with something they did well, then one thing to work on and how, and end
      positive. Be specific, like "your arms were much better on the bend", and say it soon
      after, not a week later."""),
    H(2, "Q20."),
    P("""Listen to it all without arguing back, say thank you, ask a question if you don't
      understand, and then think about it afterwards even if you didn't like hearing it."""),

    P("I confirm that this assignment is all my own work.  Signed: Ellie Marsden   Date: 14/03/2025"),
]

CASE = Case(
    name="sl_d201_athletics_club_docx",
    unit="D2.01",
    kind="legacy-questions",
    files=[SourceFile("Ellie Marsden D201.docx", BLOCKS)],
    labels={
        "q1": "the coach tells you your drills",
        "q2": "I meet my mentee on Tuesday nights during the warm-down",
        "q3": "friendly but not trying to be their best mate",
        "q4": "Cheering them on at a race even when they come last",
        "q5": "Laughing at them when they fall over in the hurdles",
        "q6": "Younger kids can tell straight away",
        "q7": "not just what I think",
        "q8": "three-step hurdle rhythm by Easter",
        "q9": "a family member being ill which take up their head",
        "q10": "not having a lift to the track on a Tuesday",
        "q11": "find another family from her road who could share the driving",
        "q12": "not promise to keep a secret I cannot keep",
        "q13": None,
        "q14": "not looking at your phone or thinking about your own race",
        "q15": "you only find out the real problem",
        "q16": "so it's the second lap that gets you?",
        "q17": "good for checking facts",
        "q18": "What do you want to get better at this term?",
        "q19": "your arms were much better on the bend",
        "q20": "without arguing back",
        "section-1": "how I try to act as a mentor at the club",
        "section-2": "the things that can stop mentoring working",
        "section-3": "the skills I have used most this year",
    },
    expected_checks={"declaration": True, "evidence_matrix": None, "identifying": ["Kai"]},
    about="Athletics club young leader's D2.01: section headings each opened by her own sentence, question headings as 'Q1', 'Question 2 -', '3)', 'Q4 (3 marks)', pasted Q6 text, 'Q9 & Q10' and 'Q17 + 18' over two paragraphs, Q12 before Q11, Q13 skipped (None), 'like I said in Q14', planted 'Kai', signed declaration.",
)
