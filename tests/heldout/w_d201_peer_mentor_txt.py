"""D2.01 (legacy, marked): a sixth-form peer mentor's knowledge assignment as a .txt, "Q1." to "Q20." with each question pasted above its answer.

Aisha Rahman is a Year 12 student who mentors Year 7 pupils in her academy's peer mentoring
scheme, which is how she is doing the Award in Mentoring for Young Learners. She copied the
centre's question sheet into Notepad and typed her answer under each question: every
question line is "Qn." followed by the handbook wording and its marks, the three section
titles copied as typed lines, and the answers written like a 17-year-old writes (some
"alot", "definately", a missing apostrophe). Several answers reuse the question's own words
in their first line ("Effective listening is..."), so the labels sit on the learner's own
words further in. The answer to Q18 is two lines, "Open:" and "Closed:"; Q4, Q5 and Q8 use "1)", "2)", "3)"
inside a paragraph. Signed declaration under the centre's "By submitting" line.

Planted (1): her mentee's first name in an example in Q16 ("Kai").
Clean but tricky: Year 7, the head of year, the school counsellor and the safeguarding lead
by role, Childline, Kooth, Hollins Park Academy, Accrington, PE, the chess club.
"""

from corpus.case import Case, P, SourceFile

BLOCKS = [
    P("ILM Level 2 Award in Mentoring for Young Learners"),
    P("Knowledge Assignment: D2.01 Developing effective listening and questioning skills"),
    P("Centre name: Hollins Park Academy (Accrington)   Candidate name: Aisha Rahman"),

    P("The effective mentors role, responsibilities, characteristics and behaviours"),
    P("Q1. Briefly describe what mentoring is about (2 marks)"),
    P("""Mentoring is about an older or more experienced person helping someone find their feet.
      In our school it means Year 12s helping Year 7s get through their first year so they
      dont feel on their own in a big school."""),
    P("Q2. Briefly describe the role of a mentor (2 marks)"),
    P("""A mentor is there to listen, help the mentee work out what they want to get better at
      and encourage them. You are not their teacher and you are not their mate either, you are
      somewhere in the middle. You also point them to other people who can help."""),
    P("Q3. What are the main characteristics of an effective mentor? (2 marks)"),
    P("""Someone who is patient, reliable, a good listener and non-judgemental. Also someone who
      remembers what it felt like to be the youngest in the building."""),
    P("Q4. Give three examples of appropriate behaviour for a mentor (6 marks)"),
    P("""1) Turning up to every session on time, because if you dont they think you dont care.
      2) Keeping what they tell you private unless someone is at risk, and telling them that
      rule at the start. 3) Being a good example, like wearing the uniform properly and not
      being on my phone in the library when I'm meant to be with my mentee."""),
    P("Q5. Give three examples of inappropriate behaviour for a mentor (6 marks)"),
    P("""1) Adding them on social media or giving them your personal number. 2) Gossiping about
      what they told you to your own friends in the common room. 3) Doing their homework for
      them because it is quicker, they dont learn anything and its cheating."""),
    P("Q6. Briefly describe why it is important to respect mentees (2 marks)"),
    P("""Because if they feel looked down on they will just stop talking to you. Year 7s get told
      what to do all day by everyone and the mentoring should be one place where their opinion
      actually counts."""),

    P("The importance of agreeing learning outcomes and recognising and overcoming barriers"),
    P("Q7. Explain the importance of agreeing appropriate learning outcomes (10 marks)"),
    P("""Agreeing outcomes means you both know what the sessions are for. If I just decided
      what my mentee should work on, she might nod along but not actually want it, so she
      would not try. When they choose it with you they own it. It also means you can look
      back after a few weeks and see that something has changed, which is really motivating
      for someone who thinks they are rubbish at school. The outcomes have to be realistic
      though, if they are too big the mentee gives up and if they are too easy theres no
      point. Agreeing them also protects me, because if a teacher asks what we do in the
      sessions I can show them. And it helps you notice when the mentoring has done its job
      and can finish."""),
    P("Q8. Give three examples of appropriate learning outcomes (12 marks)"),
    P("""1) To get to every lesson on time for the next four weeks without needing a late slip,
      checked on the attendance system. 2) To put her hand up at least once in every maths
      lesson by half term, which she would tick off on a card. 3) To join one club at lunch
      time by Christmas and go to it at least three times, so she has friends outside her
      form."""),
    P("Q9. Give two examples of personal things that can get in the way of being mentored (6 marks)"),
    P("""Being shy or embarrassed, because some Year 7s think having a mentor means everyone will
      think something is wrong with them. And things going on at home, like parents splitting
      up or a new baby, which means they cant concentrate on anything at school."""),
    P("Q10. Give two examples of practical things that can get in the way of being mentored (6 marks)"),
    P("""Clashing timetables, because our sessions are in registration and sometimes Year 7 have
      assembly then. And having nowhere private to talk, the library is busy at lunch and
      everyone can hear you."""),
    P("Q11. Give two examples of how to handle practical things that get in the way of the mentee being mentored (6 marks)"),
    P("""For the timetable I check the assembly rota on a Monday and move our session to the
      Thursday if there is a clash. For the space I asked the head of year and now we can use
      the small meeting room next to student services, which you can book on a sheet on the
      door."""),
    P("Q12. What do you do if a mentee wants help with personal problems? (5 marks)"),
    P("""Listen to them and dont judge, but be honest that I am not a counsellor and I cant
      fix it. I would tell them about the school counsellor and things like Kooth or
      Childline. If what they tell me means they or someone else could get hurt I have to pass
      it to the safeguarding lead the same day, and I tell them that before I do it, not
      after."""),
    P("Q13. Briefly explain what you will do if you cannot get on with your mentee(5 marks)"),
    P("""First I would think about whether its me, like maybe I am being too bossy. Then I would
      try talking about it with them in a calm way. If it still does not work I would speak to
      the head of year who runs the scheme and ask if they can be matched with a different
      mentor, and make sure the mentee knows it is not their fault."""),

    P("The importance of effective listening and questioning skills"),
    P("Q14. What is effective listening? (3 marks)"),
    P("""Effective listening is when you listen properly to understand, not just wait for your
      turn. You pay attention to the words and also their face and tone of voice, and you
      dont get distracted thinking about what you are going to say back."""),
    P("Q15. Why is effective listening important? (3 marks)"),
    P("""Because if you dont listen properly you get the wrong end of the stick and try to
      solve the wrong problem. Also the mentee can tell definately when you are not
      listening, and they stop bothering to tell you things."""),
    P("Q16. Give two examples of how you show that your have listened (6 marks)"),
    P("""You can repeat back what they said in your own words, like "so it sounds like PE is the
      worst bit because of the changing rooms?" And you can remember things from last time and
      ask about them, for example when Kai told me he was nervous about his grandads hospital
      appointment, I asked him the week after how it went and he looked really surprised I
      remembered. Also nodding and keeping eye contact."""),
    P("Q17. Describe the two main types of questions which help understanding (4 marks)"),
    P("""Open questions, which cant be answered with yes or no so the person has to explain, and
      they usually start with what, how, tell me. And closed questions, which have a short
      answer and are good for checking facts or getting a decision at the end."""),
    P("Q18. Give two examples of each type of question (4 marks)"),
    P("Open: How did your first week in the new form go? What would make break times easier?"),
    P("Closed: Did you go to the chess club on Tuesday? Do you want to meet on Thursday instead?"),
    P("Q19. Briefly describe how to give feedback (6 marks)"),
    P("""Pick a good time and somewhere private. Start with something they did well so they dont
      go on the defensive, then talk about one thing to improve, and make it about what they
      did not who they are. Be specific, not just "that was good". Then ask what they think
      and agree something to try next time. I try not to give more than one thing to work on
      at once because Year 7s get overwhelmed."""),
    P("Q20. Briefly describe how to receive feedback (4 marks)"),
    P("""Listen to all of it without arguing back, even when I want to. Ask a question if I dont
      get what they mean, say thank you, and then actually think about it later instead of
      forgetting it. I got feedback from the head of year that I talk too fast and I have been
      trying to slow down, which is alot harder than it sounds."""),

    P("By submitting I confirm that this assessment is my own work"),
    P("Signed: Aisha Rahman      Date: 14/03/2025"),
]

CASE = Case(
    name="w_d201_peer_mentor_txt",
    unit="D2.01",
    kind="legacy-questions",
    files=[SourceFile("Aisha Rahman D201.txt", BLOCKS)],
    labels={
        # each section's summary criterion is answered where its first question is (added at registration:
        # the D2.01 rubric marks each section as well as its questions)
        "section-1": "get through their first year so they dont feel on their own",
        "section-2": "she might nod along but not actually want it",
        "section-3": "not just wait for your turn",
        "q1": "get through their first year so they dont feel on their own",
        "q2": "you are not their mate either",
        "q3": "remembers what it felt like to be the youngest in the building",
        "q4": "not being on my phone in the library",
        "q5": "Gossiping about what they told you to your own friends",
        "q6": "one place where their opinion actually counts",
        "q7": "she might nod along but not actually want it",
        "q8": "put her hand up at least once in every maths lesson",
        "q9": "think something is wrong with them",
        "q10": "sometimes Year 7 have assembly then",
        "q11": "check the assembly rota on a Monday",
        "q12": "I tell them that before I do it, not after",
        "q13": "maybe I am being too bossy",
        "q14": "not just wait for your turn",
        "q15": "get the wrong end of the stick",
        "q16": "asked him the week after how it went",
        "q17": "they usually start with what, how, tell me",
        "q18": "What would make break times easier?",
        "q19": "make it about what they did not who they are",
        "q20": "without arguing back, even when I want to",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": None,
        "identifying": ["Kai"],
    },
    about="Sixth-form peer mentor's D2.01 in a .txt: 'Q1.' to 'Q20.' lines with the handbook question and marks pasted above each answer, section titles as typed lines, answers that restate the question first, Q18 as two lines, a mentee's first name in Q16, Childline/Kooth, signed under the centre's 'By submitting' line.",
)
