"""D2.01 Developing Effective Listening and Questioning Skills: a sixth-former's answers.

Aaliyah Begum, 17, is a peer mentor at a youth club in Birmingham and answers the twenty
questions of the D2.01 knowledge assignment under the question headings. Clean: when she
gives examples she says "Person A", "a Year 8" or "my mentee". Traps: her own name and the
centre's details on the cover sheet, the assessor named where the mark sheet asks, social
media brands (Instagram, Snapchat, TikTok, WhatsApp), places (the Bullring, Sparkhill,
Stratford Road), the youth club and charity names, celebrities as examples (Gareth
Southgate, Simon Cowell), a TV series title (Ted Lasso), acronyms (DBS, GCSE, SEND), days
of the week and capitalised words at the start of short answers.
"""

from .case import Case, H, P, SourceFile, T

ANSWERS = [
    H(0, "Knowledge Assignment: D2.01 Developing Effective Listening and Questioning Skills"),
    T(
        ["Centre Number", "084417"],
        ["Centre Name", "Stratford Road Youth Project"],
        ["Candidate Registration No", "YL2-55813"],
        ["Candidate Name", "Aaliyah Begum"],
        ["Assessor", "Mr Desmond Achterberg"],
    ),
    H(1, "The effective mentor's role, responsibilities, characteristics and behaviours"),
    H(2, "1. Briefly describe what mentoring is about"),
    P("""Mentoring is when someone with a bit more experience helps another person to get
      where they want to be, by talking things through with them and supporting them to
      find their own way, not doing it for them."""),
    H(2, "2. Briefly describe the role of a mentor"),
    P("""The mentor listens, asks questions, helps the mentee set goals and keeps checking in.
      At the youth project my role is to meet a Year 8 once a week and help with whatever
      is worrying them, like settling in at secondary school."""),
    H(2, "3. What are the main characteristics of an effective mentor?"),
    P("""Patient, friendly but not a best mate, reliable, good at listening and honest. They
      also need to keep things private unless someone is at risk."""),
    H(2, "4. Give three examples of appropriate behaviour for a mentor"),
    P("""Turning up on time every Tuesday. Keeping your phone away during the session. Telling
      the youth worker if the mentee says something that means they are not safe, and
      explaining to the mentee that you have to do this."""),
    H(2, "5. Give three examples of inappropriate behaviour for a mentor"),
    P("""Adding your mentee on Instagram or Snapchat or messaging them on WhatsApp outside the
      project rules. Laughing at their ideas or putting them down like Simon Cowell does on
      the telly. Telling other people at school what they said in the session."""),
    H(2, "6. Briefly describe why it is important to respect mentees"),
    P("""If they do not feel respected they will not open up and will stop coming. Respect
      means they trust you with the real problem, not just the easy one."""),
    H(1, "The importance of agreeing learning outcomes and recognising and overcoming barriers"),
    H(2, "7. Explain the importance of agreeing appropriate learning outcomes"),
    P("""Agreeing outcomes means both of you know what you are working towards, so the
      sessions do not just turn into a chat. If the mentee helps decide them they are more
      likely to care about them. Outcomes also need to be realistic for their age and
      what they can do, because if they are too big the mentee gives up and feels worse. You
      can check them each week so you can both see progress, and it helps the supervisor
      see that the mentoring is working. Without outcomes it is hard to know when to finish."""),
    H(2, "8. Give three examples of appropriate learning outcomes"),
    P("""To hand in every piece of maths homework on time for the next four weeks. To join one
      after-school club by half term. To be able to say what they want to do after their
      GCSEs and one step to get there."""),
    H(2, "9. Give two examples of personal things that can get in the way of being mentored"),
    P("""Being shy or not trusting adults or older students. Problems at home, like looking after
      younger brothers and sisters, that take up their headspace."""),
    H(2, "10. Give two examples of practical things that can get in the way of being mentored"),
    P("""Not being able to get to the youth project because the bus from Sparkhill does not run
      late. Clashes with other things such as football training on the same night."""),
    H(2, "11. Give two examples of how to handle practical things that get in the way"),
    P("""Move the session to straight after school so they do not need the late bus. Swap to a
      different night, or meet at the library near the Bullring if that is easier for them
      and the youth worker agrees."""),
    H(2, "12. What do you do if a mentee wants help with personal problems?"),
    P("""Listen and do not judge, but do not try to be a counsellor. Tell the youth worker
      if it is serious and help the mentee find the right support, such as Childline or the
      school's SEND team. Never promise to keep a secret that puts them at risk."""),
    H(2, "13. Briefly explain what you will do if you cannot get on with your mentee"),
    P("""Talk to my supervisor first and try to work out why. If it still does not work it is
      better for the mentee to be matched with someone else, and that is not a failure."""),
    H(1, "The importance of effective listening and questioning skills"),
    H(2, "14. What is effective listening?"),
    P("""Giving the person your full attention, hearing the words and also noticing how they
      say them, and checking you have understood."""),
    H(2, "15. Why is effective listening important?"),
    P("""It makes the mentee feel that they matter, and you actually understand the problem
      before trying to help, so you do not help with the wrong thing."""),
    H(2, "16. Give two examples of how you show that you have listened"),
    P("""Repeating back what they said in my own words, for example "so it is the walk home
      that worries you, not the school itself". Remembering what they told me last week
      and asking about it."""),
    H(2, "17. Describe the two main types of questions which help understanding"),
    P("""Open questions, which start with what, how or why and let the person say more. Closed
      questions, which have a yes or no answer and are good for checking facts."""),
    H(2, "18. Give two examples of each type of question"),
    P("""Open: "What was the best bit of your week?" and "How do you think you could get the
      homework done on a Friday?" Closed: "Did you go to the club on Thursday?" and "Is the
      bus still a problem?" """),
    H(2, "19. Briefly describe how to give feedback"),
    P("""Start with something they did well, be specific about what could be better and how,
      and finish on something positive. Do it privately and soon after. Gareth Southgate
      was good at this with young players, and in Ted Lasso the coach always believes in
      them first, which makes the hard feedback easier to hear. For example with Person A
      I said the revision timetable was brilliant and asked what would help them stick to it."""),
    H(2, "20. Briefly describe how to receive feedback"),
    P("""Listen without arguing, say thank you, ask questions if it is not clear, and then
      decide what you will do about it. I got feedback from my supervisor that I talk too
      fast, and now I slow down."""),
    P("By submitting I confirm that this assessment is my own work. Aaliyah Begum, Friday 16 May 2025."),
]

CASE = Case(
    name="nw_d201_youth_club",
    unit="D2.01",
    kind="legacy-questions",
    files=[SourceFile("D2.01 Aaliyah Begum.docx", ANSWERS)],
    labels={
        "q1": "find their own way, not doing it for them",
        "q2": "help with whatever is worrying them",
        "q3": "friendly but not a best mate",
        "q4": "Keeping your phone away during the session",
        "q5": "outside the project rules",
        "q6": "trust you with the real problem",
        "q7": "hard to know when to finish",
        "q8": "join one after-school club by half term",
        "q9": "take up their headspace",
        "q10": "football training on the same night",
        "q11": "so they do not need the late bus",
        "q12": "try to be a counsellor",
        "q13": "that is not a failure",
        "q14": "noticing how they say them",
        "q15": "you do not help with the wrong thing",
        "q16": "the walk home that worries you",
        "q17": "good for checking facts",
        "q18": "What was the best bit of your week?",
        "q19": "the revision timetable was brilliant",
        "q20": "now I slow down",
        "section-1": "settling in at secondary school",
        "section-2": "the mentee gives up and feels worse",
        "section-3": "checking you have understood",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": None,
        "identifying": [],
    },
    about="Young peer mentor's D2.01 question answers: clean; own name and assessor on the cover sheet, social media brands, Birmingham places, Simon Cowell, Gareth Southgate and Ted Lasso as examples, Person A.",
)
