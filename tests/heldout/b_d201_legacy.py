"""D2.01 (legacy, marked): numbered questions answered by a volunteer mentor.

A volunteer with a care leavers' charity types her own short section headings and numbers
answers every which way ("Q1.", "Question 2", "3)", "Q.9"), sometimes copying the question
first. She left question 13 unanswered, and named a young person and a social worker.
"""

from corpus.case import B, Case, H, P, SourceFile

BLOCKS = [
    H(1, "D2.01 Knowledge Assignment – Developing effective listening and questioning skills"),
    P("Candidate: Louise Farrant   Registration no: FL-55-30821   Centre: Harbourside Adult Learning"),

    H(2, "Section 1 – What a mentor is and does"),
    P("""Q1. Mentoring is when someone with more life experience gives their time to help
      another person think about where they want to get to and support them on the way. In
      our charity it is about a volunteer walking alongside a care leaver as they start to
      live on their own."""),
    P("""Question 2 Being a mentor means listening, encouraging, helping the young person set
      and stick to goals and helping them find their own solutions. I am not their social
      worker or their parent, and I signpost to the right service when something is beyond
      me."""),
    P("""3) An effective mentor is patient, reliable, a good listener, honest, non-judgemental
      and hopeful, and can keep things confidential. You need a thick skin sometimes too,
      because young people test you to see if you will give up on them."""),
    P("Q4. Appropriate behaviour:"),
    B("Keeping every appointment, and texting through the charity's work phone if I am running late."),
    B("Meeting in public places like the library café, and keeping my home address private."),
    B("Letting the young person lead the conversation, and following up on things they raise."),
    P("Q5. Inappropriate behaviour:"),
    B("Lending money, even a few pounds for the bus, because it changes the relationship."),
    B("Criticising their birth family, even when they do."),
    B("Making promises I cannot keep, such as 'I'll get you a flat by Christmas'."),
    P("""Q6. Respect matters because care leavers have often had decisions made about them
      without being asked. If I respect their choices, even ones I would not make, they
      learn that their voice counts and they are more likely to be honest with me."""),

    H(2, "Section 2 – Outcomes and barriers"),
    P("Q7. Explain the importance of agreeing appropriate learning outcomes"),
    P("""Agreed outcomes give the mentoring a point, so it is not just coffee and a chat. When
      the young person has chosen them they own them and are more motivated. They also help
      me to plan and to know when we have got somewhere, which matters because the charity
      only funds mentoring for a year. When I first met Tyler Brennan he said he just
      wanted "to be left alone", but after three meetings we agreed he wanted to be able to
      manage his own money, which gave us something real to work on."""),
    P("""They need to be appropriate, meaning realistic for that young person at that time and
      broken into steps, or they become another thing to fail at."""),
    P("Q8. Give three examples of appropriate learning outcomes"),
    B("Within two months, set up a weekly budget on his banking app and stay within it for four weeks running."),
    B("By the end of March, register with a GP near the new flat and book a first appointment himself."),
    B("Within three months, visit the college open evening and ask about the plastering course."),
    P("""Q.9 Personal barriers: a young person who has been let down by adults may not trust
      anyone, so they miss sessions to test me. Mental health can also get in the way, for
      example anxiety making it hard to leave the flat."""),
    P("""Q.10 Practical barriers: money for travel, as many care leavers cannot afford the bus
      fare, and phones being cut off, so they cannot be contacted."""),
    P("""Q.11 For travel, I meet near where they live or the charity reimburses bus fares on
      the day. For phones, we agree a backup, like leaving a message with the leaving care
      team, and I never give up after one missed call."""),
    P("""Q.12 If a mentee wants help with personal problems, I listen and do not judge, but I
      do not promise secrecy. Anything about risk of harm goes straight to the charity's
      safeguarding lead. For other problems I help them find the right service, for example
      Tyler needed help with debt and we rang StepChange together. Where there is a
      statutory worker I encourage them to talk to that person; in his case Mr R. Haldane
      from the leaving care team."""),

    H(2, "Section 3 – Listening and questions"),
    P("""14. What is effective listening? Listening with full attention to the words, the tone
      and the body language, so you understand what the person means and feels, and checking
      back that you have got it right."""),
    P("""15. Why is it important? Because it makes people feel valued, and care leavers
      often feel nobody has really heard them. It also stops me jumping to the wrong
      conclusion about what they need."""),
    P("""16. I show I have listened by reflecting back ('It sounds like the landlord's letter
      really shook you') and by remembering details from last time and asking about them,
      like how the job trial at the garden centre went."""),
    P("""17. The two main types are open questions, which invite a longer answer and get the
      person thinking (what, how, tell me about), and closed questions, which get a short
      answer or yes/no and are good for checking facts."""),
    P("""18. Open: 'What would a good week look like for you?' 'How did you sort it out last
      time?' Closed: 'Have you paid the electric this month?' 'Is Thursday still OK?'"""),
    P("""19. Giving feedback: in private, soon after, specific about what happened rather than
      about the person, starting with what went well, then one thing to work on, and asking
      them what they think. For example I told Tyler that he handled the call to the council
      really calmly and asked how he could use that next time."""),
    P("""20. Receiving feedback: listen to the end, do not get defensive, ask questions to
      understand, say thank you and then think about what to change. My coordinator told me
      I fill silences too quickly, which I am now working on."""),
    P("I declare that these answers are my own work. L. Farrant"),
]

CASE = Case(
    name="b_d201_legacy",
    unit="D2.01",
    kind="legacy-questions",
    files=[SourceFile("D201 answers Louise F.docx", BLOCKS)],
    labels={
        "q1": "walking alongside a care leaver",
        "q2": "I am not their social worker or their parent",
        "q3": "test you to see if you will give up on them",
        "q4": "keeping my home address private",
        "q5": "Criticising their birth family",
        "q6": "their voice counts",
        "q7": "charity only funds mentoring for a year",
        "q8": "plastering course",
        "q9": "miss sessions to test me",
        "q10": "phones being cut off",
        "q11": "never give up after one missed call",
        "q12": "StepChange",
        "q13": None,
        "q14": "checking back that you have got it right",
        "q15": "nobody has really heard them",
        "q16": "job trial at the garden centre",
        "q17": "good for checking facts",
        "q18": "Have you paid the electric this month?",
        "q19": "handled the call to the council",
        "q20": "fill silences too quickly",
        "section-1": "What a mentor is and does",
        "section-2": "Outcomes and barriers",
        "section-3": "Listening and questions",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": None,
        "identifying": ["Tyler Brennan", "Tyler", "R. Haldane"],
    },
    about="Care leavers' volunteer: own section headings, four numbering habits, q13 skipped; a young person and a worker named.",
)
