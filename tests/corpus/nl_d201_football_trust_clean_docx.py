"""D2.01 knowledge assignment: a young volunteer at a football club's community trust, DOCX, clean.

Ellie-Mae Doyle, 17, a volunteer at a Merseyside football community trust's kicks sessions,
answers the 20 questions under "Question N" headings, sometimes with the question pasted,
sometimes not, in the three sections. A centre cover sheet names her, her learner number and
her assessor (by title and surname, as the form asks). Clean: her mentee is "my mentee" or
"him" throughout. Lookalikes: Everton and Tranmere Rovers, Goodison Park, Prenton Park, the
Dixie Dean statue, Birkenhead, Jürgen Klopp quoted, brands and apps (PlayStation,
Snapchat, Nike, WhatsApp), Childline, the trust's Safeguarding Lead by title, Mr
Motivator as a joke, days of the week starting sentences, and her signed declaration.
"""

from .case import Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "D2.01 Developing effective listening and questioning skills – Knowledge Assignment"),
    T(
        ["Learner", "Ellie-Mae Doyle"],
        ["Learner number", "YL-2025-0417"],
        ["Centre", "Wirral Sport Community Trust"],
        ["Assessor", "Mr K. Okonjo"],
    ),
    H(1, "Section 1 – The mentor's role"),
    H(2, "Question 1"),
    P("""Mentoring is when someone who has been through something helps someone who is going
      through it now. It goes on for a few weeks or months, it's about what the mentee wants,
      and the mentor helps them work it out themselves instead of just telling them."""),
    H(2, "Question 2 – Briefly describe the role of a mentor"),
    P("""My role is to meet my mentee every week at the Thursday kicks session, listen to what
      is going on for him, help him set aims and check how he's doing, be a good example,
      and tell the Safeguarding Lead if I'm worried about him being safe."""),
    H(2, "Question 3"),
    P("""A good mentor is patient, reliable, a good listener, friendly but not your mate, honest
      and encouraging. Jürgen Klopp said he's not interested in players who don't believe in
      themselves, and a mentor's job is kind of the opposite, you help them believe."""),
    H(2, "Question 4"),
    P("""Turning up every week on time. Keeping what they tell you private unless it's a safety
      thing. Praising them when they do something well, even if it's small."""),
    H(2, "Question 5"),
    P("""Gossiping about the mentee on Snapchat or in the group chat. Adding them on social
      media or messaging them privately on WhatsApp. Laughing at them or making them feel
      stupid when they get something wrong."""),
    H(2, "Question 6"),
    P("""If you don't respect them they won't trust you and won't open up, so the mentoring
      won't work. Everyone deserves respect, and showing it makes them feel they matter even
      if they're younger or they support Tranmere Rovers and you're an Everton fan."""),

    H(1, "Section 2 – Aims and what gets in the way"),
    H(2, "Question 7"),
    P("""If you agree the outcomes at the start you both know what you're working towards,
      which stops the sessions from just being a kickabout and a chat. Then you can check
      progress and the mentee can see they've achieved something at the end. They have to be
      agreed together, otherwise they're your goals not theirs."""),
    H(2, "Question 8"),
    P("""1. To get to school on time every day for a month, because he kept missing the first
      lesson. 2. To say one thing in the team talk at the Saturday match. 3. To stay calm
      when the ref gives a decision against him instead of shouting."""),
    H(2, "Question 9 – personal things"),
    P("""Being shy or embarrassed to talk about stuff. Worries at home, like money or parents
      splitting up, that take over everything else."""),
    H(2, "Question 10 – practical things"),
    P("""Transport, because the bus from Birkenhead to Prenton Park is rubbish on a weekday
      evening. Clashes, like homework, a PlayStation tournament or a family party."""),
    H(2, "Question 11"),
    P("""For transport you could move the session to straight after school at the trust's
      office, or the trust can sometimes help with a bus pass. For clashes you agree at the
      start to text a day before if you can't come (through the trust phone, not personal)
      and rearrange it for the same week."""),
    H(2, "Question 12"),
    P("""I would listen, but I am not a counsellor, so I would tell him I can't sort it myself
      and I'd go with him to see the Safeguarding Lead or tell him about Childline. If it was
      something serious I would have to pass it on, which I explain at the start."""),
    H(2, "Question 13"),
    P("""First I'd talk to him honestly about it, maybe we just got off on the wrong foot. If it
      still didn't work I'd talk to my supervisor at the trust and ask if he could have a
      different mentor, because it's about him getting help, not about me winning."""),

    H(1, "Section 3 – Listening and asking questions"),
    H(2, "Question 14"),
    P("""Effective listening is giving someone all your attention, phone away, and trying to
      understand what they mean and how they feel, not just hearing the words."""),
    H(2, "Question 15"),
    P("""Because if you don't listen properly you might get the wrong end of the stick and give
      the wrong help. It also shows them you care, and they will tell you more next time."""),
    H(2, "Question 16"),
    P("""Repeating back what they said in my own words. Remembering it the next week, like
      asking how his nan's birthday went."""),
    H(2, "Question 17"),
    P("""Open questions, which can't be answered with yes or no and get people talking, and
      closed questions, which get a quick fact or a yes or no and are good for checking."""),
    H(2, "Question 18"),
    P("""Open: "What was the best bit of Saturday's match for you?" and "How do you feel about
      going back to school on Monday?" Closed: "Did you get the bus OK?" and "Have you got
      your Nike boots back from your cousin?" """),
    H(2, "Question 19"),
    P("""Say something good first, then one thing to work on, then something encouraging to
      finish. Be specific and do it in private, not in front of the whole team like Mr
      Motivator shouting on the telly. Ask them what they think first."""),
    H(2, "Question 20"),
    P("""Listen to all of it without arguing, say thank you, ask questions if you don't get it,
      and think about it afterwards. When my coach at the Goodison Park camp (we met by the Dixie
      Dean statue every morning) said I talked
      over the younger ones I was annoyed at first, but he was right."""),
    P("""I confirm this is all my own work. Signed Ellie-Mae Doyle, Monday 10 February 2025."""),
]

CASE = Case(
    name="nl_d201_football_trust_clean_docx",
    unit="D2.01",
    kind="legacy-questions",
    files=[SourceFile("Ellie-Mae Doyle D2.01.docx", BLOCKS)],
    labels={
        "q1": "the mentor helps them work it out themselves instead",
        "q2": "meet my mentee every week at the Thursday kicks session",
        "q3": "a mentor's job is kind of the opposite, you help them believe",
        "q4": "Praising them when they do something well, even if it's small",
        "q5": "Gossiping about the mentee on Snapchat",
        "q6": "makes them feel they matter even if they're younger",
        "q7": "stops the sessions from just being a kickabout and a chat",
        "q8": "To say one thing in the team talk at the Saturday match",
        "q9": "parents splitting up, that take over everything else",
        "q10": "the bus from Birkenhead to Prenton Park is rubbish",
        "q11": "the trust can sometimes help with a bus pass",
        "q12": "I am not a counsellor, so I would tell him",
        "q13": "it's about him getting help, not about me winning",
        "q14": "giving someone all your attention, phone away",
        "q15": "you might get the wrong end of the stick",
        "q16": "asking how his nan's birthday went",
        "q17": "can't be answered with yes or no and get people talking",
        "q18": "What was the best bit of Saturday's match for you?",
        "q19": "Say something good first, then one thing to work on",
        "q20": "I talked over the younger ones",
        "section-1": "Keeping what they tell you private unless it's a safety thing",
        "section-2": "text a day before if you can't come",
        "section-3": "Repeating back what they said in my own words",
    },
    expected_checks={"declaration": True, "evidence_matrix": None, "identifying": []},
    about="Football community trust volunteer's clean D2.01: mentee only 'my mentee', Everton/Tranmere Rovers, Goodison Park, Prenton Park, Birkenhead, Jürgen Klopp, Snapchat/WhatsApp/PlayStation/Nike, Childline, Mr Motivator, assessor named in cover form, signed declaration.",
)
