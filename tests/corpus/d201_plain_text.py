"""D2.01 (legacy, marked): the knowledge assignment typed into a plain text file, numbered
four different ways, one answer for two questions, and section 3 without numbers.

Jordan Ellis, a youth worker at a community sports trust, writes his answers in Notepad
and emails the .txt file: no styles at all. Section 1 uses "Q1." and "Q2:", section 2
"Question 7" alone on a line with the answer below, then "8)" and "Questions 9 and 10"
answered together; section 3 copies each question's full wording (no number) and
answers under it. Section titles are typed lines ("Section 2 – ...").
"""

from .case import Case, P, SourceFile

S1 = "Section 1 – The effective mentors role, responsibilities, characteristics and behaviours"
S2 = "Section 2 – The importance of agreeing learning outcomes and recognising and overcoming barriers"
S3 = "Section 3 – The importance of effective listening and questioning skills"

BLOCKS = [
    P("D2.01 Knowledge Assignment"),
    P("Candidate: Jordan Ellis   Candidate registration no: ML2-24-0577   Centre: Riverside Sports Trust Learning"),

    P(S1),
    P("""Q1. Mentoring is about someone with more experience giving their time to help a young
      person grow in confidence and make their own choices, at a pace that suits them."""),
    P("""Q2: A mentor listens, encourages, helps the young person set goals and challenges them
      when they are selling themselves short. They are a role model and signpost to other help."""),
    P("""Q3. Effective mentors are trustworthy, consistent, patient, good listeners and genuinely
      interested in the young person, and they stay positive on the bad weeks too."""),
    P("""Q4. Appropriate behaviour: arriving on time and ending on time; remembering what the
      young person told me last week, like the name of their little sister; and keeping
      professional boundaries, such as meeting at the sports hall and not at their home."""),
    P("""Q5. Inappropriate behaviour: lending money; promising to keep a secret that involves
      someone being hurt; and messaging them on my personal Instagram."""),
    P("""Q6. Respect matters because the young people I work with are used to adults who talk
      down to them; if I do not respect them they will just stop coming to the sessions."""),

    P(S2),
    P("Question 7"),
    P("""Agreeing learning outcomes gives the sessions a point. If the young person helps decide
      them they own them and are more motivated; it also means we can both see progress, which
      builds confidence, and it stops the mentoring drifting into a chat about football every
      week."""),
    P("""8) Three appropriate learning outcomes: to attend college four days out of five by the
      end of term; to complete the level 1 coaching badge by June; to be able to ask for help
      from a tutor without walking out of the class."""),
    P("Questions 9 and 10"),
    P("""Personal things that get in the way: feeling embarrassed to be seen with a mentor, and
      problems at home such as caring for a parent, which leaves no energy for anything else.
      Practical things that get in the way: no bus fare to get to the sessions, and training
      clashing with the only time the room is free."""),
    P("""11. To handle the practical things I give out bus passes from the trust's hardship
      fund, and I move the session to straight after training so it never clashes."""),
    P("""12. If a mentee wants help with personal problems I listen and do not judge, but I do not
      try to be a counsellor. I tell them what help is available, like the school nurse or
      Childline, and if there is any risk I pass it to our safeguarding lead the same day."""),
    P("""13. If I cannot get on with a mentee I would first talk to them honestly about it, and
      then to my supervisor, and if it still is not working I would ask for them to be
      matched with another mentor, without blaming them."""),

    P(S3),
    P("What is effective listening?"),
    P("""Giving someone your full attention, hearing the feelings behind the words and showing
      them you have understood, not just waiting for your turn to talk."""),
    P("Why is effective listening important?"),
    P("""Because young people can tell when you are pretending. If they feel heard they open up
      and trust you, and you find out what is really going on rather than guessing."""),
    P("Give two examples of how you show that you have listened"),
    P("""I repeat back in my own words what they said, and I remember details next time, for
      example asking how their nan's operation went."""),
    P("Describe the two main types of questions which help understanding"),
    P("""Open questions, which start with what, how or why and let the person answer in their own
      way, and probing questions, which dig a bit deeper into something they have said."""),
    P("Give two examples of each type of question"),
    P("""Open: 'What was the best bit of your week?' and 'How did the trial go?'. Probing:
      'What made you decide to walk out?' and 'Can you tell me more about that?'."""),
    P("Briefly describe how to give feedback"),
    P("""Give it soon after, in private, about the behaviour not the person, and say what was good
      as well as what to work on, then agree one thing to try next time."""),
    P("Briefly describe how to receive feedback"),
    P("""Listen to the end without interrupting or defending myself, thank them, ask a question if
      I do not understand, and decide what I will change."""),
    P("I confirm that this assignment is my own work. Jordan Ellis"),
]

CASE = Case(
    name="d201_plain_text",
    unit="D2.01",
    kind="legacy-questions",
    files=[SourceFile("D2.01 answers Jordan Ellis.txt", BLOCKS)],
    labels={
        "q1": "at a pace that suits them",
        "q2": "selling themselves short",
        "q3": "stay positive on the bad weeks",
        "q4": "name of their little sister",
        "q5": "personal Instagram",
        "q6": "talk down to them",
        "q7": "chat about football every week",
        "q8": "level 1 coaching badge",
        "q9": "caring for a parent",
        "q10": "no bus fare",
        "q11": "trust's hardship fund",
        "q12": "Childline",
        "q13": "without blaming them",
        "q14": "waiting for your turn to talk",
        "q15": "when you are pretending",
        "q16": "nan's operation",
        "q17": "dig a bit deeper",
        "q18": "What was the best bit of your week?",
        "q19": "agree one thing to try next time",
        "q20": "without interrupting or defending myself",
        "section-1": "responsibilities, characteristics and behaviours",
        "section-2": "recognising and overcoming barriers",
        "section-3": "importance of effective listening and questioning",
    },
    expected_checks={"declaration": True, "evidence_matrix": None, "identifying": []},
    about="Youth worker's D2.01 answers in a .txt file: Q1./Q2:/Question 7/8)/Questions 9 and 10, section 3 restating the questions without numbers.",
)
