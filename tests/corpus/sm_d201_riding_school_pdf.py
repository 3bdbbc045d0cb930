"""D2.01 knowledge assignment: a 16-year-old young helper at a riding school, Google Docs PDF.

Lily Hargreaves helps at a riding school at weekends and mentors a 12-year-old who has just
started as a Saturday helper. She wrote the assignment in Google Docs and downloaded it as
PDF. Sections 1 and 2 use the questions pasted as headings with their number and marks
("1. Briefly describe what mentoring is about (2 marks)"), several long enough to wrap onto a
second line; Q4 and Q5 are one heading over a two-column table (appropriate beside
inappropriate behaviour, labels in cells); Q8 is answered before Q7, which refers back to
"the outcomes above". In section 3 she stops pasting the questions and writes "Q14", "Q15",
"Q16", "Q17 and Q18" (two paragraphs, the examples as bullets) and "Q19". Q20 (how to
receive feedback) is missing altogether, and nothing else says how to receive feedback, so
q20 is None. Each section ends with a short "What I learnt from this section" paragraph of
her own (the section labels). A short introduction names the topics; signed declaration.

Planted (1): the mentee's first name, twice, in Q2 and Q16 ("Poppy"). Not identifying: the
riding school, the British Horse Society, the yard manager by role, the ponies (Biscuit,
Major), the learner's own name.
"""

from .case import B, Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "Knowledge Assignment: D2.01 Developing Effective Listening and Questioning Skills"),
    T(
        ["Candidate name", "Lily Hargreaves"],
        ["Centre", "Moorside Youth Awards Centre"],
        ["Date", "17 May 2025"],
    ),
    P("""I help at Hollinwood Riding School every Saturday and Sunday and I have been mentoring a
      new Saturday helper who is 12 since February. In this assignment I answer the questions
      about what a mentor does and how they should behave, learning outcomes and barriers, and
      listening, questions and feedback."""),

    H(1, "Section 1 - The effective mentors role, responsibilities, characteristics and behaviours"),
    H(2, "1. Briefly describe what mentoring is about (2 marks)"),
    P("""Mentoring is when someone who has more experience helps a newer person to learn and
      grow in confidence, over a few weeks or months. The mentor doesn't just tell them what
      to do, they help them work it out and support them while they do."""),
    H(2, "2. Briefly describe the role of a mentor (2 marks)"),
    P("""The mentor is there to support the mentee, listen to them, help them set goals, give
      them feedback and be someone they can go to with questions. With Poppy my role is to
      show her the yard routines and be the person she asks when she is not sure,
      so she doesn't feel silly asking the instructors."""),
    H(2, "3. What are the main characteristics of an effective mentor? (2 marks)"),
    P("""Patient, a good listener, reliable, honest and friendly but still a bit of a role model.
      They should also be calm around the horses because the mentee will copy that."""),
    H(2, "4 and 5. Give three examples of appropriate behaviour for a mentor (6 marks) and three examples of inappropriate behaviour for a mentor (6 marks)"),
    T(
        ["Appropriate behaviour", "Inappropriate behaviour"],
        ["Turning up on time every Saturday like I promised", "Laughing when they get something wrong, like tacking up backwards"],
        ["Letting her lead a pony in while I walk beside her", "Telling other helpers what she told me in private"],
        ["Wearing my hat and gloves so she sees me doing it right", "Doing the job for her because it's quicker"],
    ),
    H(2, "6. Briefly describe why it is important to respect mentees (2 marks)"),
    P("""If you don't respect them they won't trust you or tell you when they are struggling, and
      they will stop coming. Respect means listening to their ideas even when they are younger
      than you, and not treating them like a little kid."""),
    P("""What I learnt from this section: being a mentor is more about how you act
      than what you know, because the mentee copies you."""),

    H(1, "Section 2 - The importance of agreeing learning outcomes and recognising and overcoming barriers"),
    H(2, "8. Give three examples of appropriate learning outcomes (12 marks)"),
    P("""I have done question 8 first because it makes 7 easier to explain."""),
    B("""By the end of March the mentee will be able to groom a pony safely on her own,
      including picking out the feet, with me only watching."""),
    B("""By the Easter holidays she will be able to tack up Biscuit correctly and have it
      checked by an instructor, three Saturdays in a row."""),
    B("""Within six weeks she will know the names of all twelve ponies and which ones need to be
      tied up away from the others."""),
    H(2, "7. Explain the importance of agreeing appropriate learning outcomes (10 marks)"),
    P("""Agreeing learning outcomes like the ones above is important because then both of you know
      what you are working towards. If they are agreed together the mentee feels they own them
      and tries harder, instead of it just being things I want. They need to be appropriate,
      which means not too easy so they are boring and not too hard so she gives up, and right
      for her age and what she is allowed to do, because helpers under 14 are not allowed to
      lead the bigger horses. They should be clear and have a time so you can tell when they
      have been reached and celebrate it. Also if you write them down you can look back and
      see how far the mentee has come, which is really good for their confidence. Without
      agreed outcomes mentoring just turns into chatting."""),
    H(2, "9. Give two examples of personal things that can get in the way of being mentored (6 marks)"),
    P("""Being shy or nervous, so they don't ask for help or say when they don't understand. And
      things going on at home or at school, like exams or friendship problems, which
      mean they are not concentrating."""),
    H(2, "10. Give two examples of practical things that can get in the way of being mentored (6 marks)"),
    P("""Not being able to get a lift to the yard every week, so sessions get missed. And the yard
      being really busy on a Saturday morning with lessons, so there is no time to talk."""),
    H(2, "11. Give two examples of how to handle practical things that get in the way of the mentee being mentored (6 marks)"),
    P("""For the busy yard, we do our catch-up at lunchtime when the ponies are turned out,
      sitting on the hay bales. For lifts, I asked the yard manager if she could come on
      Sundays instead when her mum can drive her, and we swapped."""),
    H(2, "12. What do you do if a mentee wants help with personal problems? (5 marks)"),
    P("""Listen to them and be kind, but don't try to fix it yourself if it is serious, because I am
      not trained for that. I would tell them I can't keep it secret if someone is at risk
      and then tell the yard manager, who is the welfare officer. For smaller things I can
      suggest who they could talk to, like a parent or a teacher."""),
    H(2, "13. Briefly explain what you will do if you cannot get on with your mentee (5 marks)"),
    P("""First try to work out why, and talk to them about it calmly, maybe we just need to do
      different jobs together. If it still doesn't work, ask the yard manager for advice and if
      needed she can find them a different mentor, which isn't anyone's fault."""),
    P("""What I learnt from this section: most problems have a practical answer if
      you talk about them early."""),

    H(1, "Section 3 - The importance of effective listening and questioning skills"),
    H(2, "Q14"),
    P("""Effective listening is giving someone your full attention and trying to understand what
      they mean and how they feel, not only the words. It means not interrupting and not
      thinking about what you're going to say next."""),
    H(2, "Q15"),
    P("""Because then the mentee feels their ideas matter and they will open up more. You also find
      out what they actually need instead of guessing, and you don't miss it when they are
      worried about a pony or scared of being kicked."""),
    H(2, "Q16"),
    P("""One way is repeating back in your own words what they said, for example when Poppy said
      she hated mucking out I said "so it's the wheelbarrow that's the hard bit?" and she said
      yes. Another is body language: stopping what I'm doing, facing her and nodding, not
      carrying on with the haynets while she talks."""),
    H(2, "Q17 and Q18"),
    P("""The two main types are open questions and closed questions. Open questions can't be
      answered with yes or no, so the person has to explain and you learn more. Closed
      questions have a short answer like yes, no or a fact, which is good for checking
      something quickly."""),
    P("Examples:"),
    B("Open: What was the best part of today? How did you feel when Major spooked?"),
    B("Closed: Have you done the water buckets? Is your hat done up?"),
    H(2, "Q19"),
    P("""Give feedback soon after, in private, and be specific about what they did, not about them
      as a person. Start with what went well, then one thing to work on and how, then
      finish positive. Ask them first how they think they did. Keep it short because
      people only remember a couple of things."""),
    P("""What I learnt from this section: listening properly takes more effort than talking, and
      a good question is worth more than advice."""),

    P("""Declaration: I confirm this is all my own work. Signed Lily Hargreaves 17/05/2025"""),
]

CASE = Case(
    name="sm_d201_riding_school_pdf",
    unit="D2.01",
    kind="legacy-questions",
    files=[SourceFile("Lily Hargreaves D2.01.pdf", BLOCKS)],
    labels={
        "q1": "they help them work it out and support them while they do",
        "q2": "so she doesn't feel silly asking the instructors",
        "q3": "calm around the horses because the mentee will copy that",
        "q4": "Letting her lead a pony in while I walk",
        "q5": "Doing the job for her because it's quicker",
        "q6": "not treating them like a little kid",
        "q7": "helpers under 14 are not allowed to lead the bigger horses",
        "q8": "know the names of all twelve ponies",
        "q9": "things going on at home or at school",
        "q10": "Not being able to get a lift to the yard every week",
        "q11": "when the ponies are turned out, sitting on the hay bales",
        "q12": "tell the yard manager, who is the welfare officer",
        "q13": "maybe we just need to do different jobs together",
        "q14": "trying to understand what they mean and how they feel",
        "q15": "worried about a pony or scared of being kicked",
        "q16": "so it's the wheelbarrow that's the hard bit?",
        "q17": "so the person has to explain and you learn more",
        "q18": "How did you feel when Major spooked?",
        "q19": "then one thing to work on and how",
        "q20": None,
        "section-1": "more about how you act than what you know",
        "section-2": "most problems have a practical answer",
        "section-3": "a good question is worth more than advice",
    },
    expected_checks={"declaration": True, "evidence_matrix": None, "identifying": ["Poppy"]},
    about="Riding school young helper's D2.01 as a Google Docs PDF: pasted questions with marks as headings (some wrap), Q4 and Q5 as one two-column table, Q8 before Q7, section 3 as bare 'Q14'..'Q19' with 'Q17 and Q18' together, Q20 missing (None), end-of-section 'What I learnt' lines as section labels, planted 'Poppy' twice, signed declaration.",
)
