"""D2.01 Knowledge Assignment (Award in Mentoring for Young Learners): a sailing school's senior instructor, styled DOCX.

Callum Reid is a senior instructor at a sailing school on a coastal harbour that runs RYA
dinghy courses for children and teenagers every summer. He mentors the assistant
instructors, sixteen- and seventeen-year-olds who came through the school's own courses and
now help on the children's groups. He answered the D2.01 questions in Word with the three
section titles from the assessment sheet as Heading 1 (pasted with their quirks, e.g.
"The effective mentors role, responsibilities, characteristics and behaviours") and each
question as a Normal line, numbered however he felt like it that day: "Q1.", "Question 2",
"3)", "4.", "Q5", "Question 6 -", "7)", "Q8", ... with the question wording and, for most, the
marks in brackets.

Traps:
- Q2 and Q3 are answered together under one line "Questions 2 & 3 - role of a mentor and
  characteristics of an effective mentor": the first paragraph is the role (q2 label), the
  second the characteristics (q3 label).
- Q8 (three examples of appropriate learning outcomes) is answered in a table: one line of
  lead-in, then a table of outcome / why it fits, label in a cell.
- Q13 (cannot get on with your mentee) is answered before Q12 (personal problems); the
  numbers are in his lines, so the order is visible.
- Q17 and Q18 (two types of questions, two examples each) stay separate, but Q18 repeats the
  type names from Q17; labels are in the descriptions (q17) and in the example questions
  (q18).
- Q9/Q10/Q11 (personal and practical barriers, handling practical ones) share vocabulary
  (tides, weather, lifts, exams); labels are in each answer's own example.
- The rubric also marks by section: the section-1/2/3 labels are phrases in each section's
  first answer (Q1, Q7, Q14), distinct from those questions' own labels.
- The assessment sheet's line "By submitting I confirm that this assessment is my own work"
  is kept at the end with his name typed under it: declaration True. No evidence matrix is
  expected for D2.01: None.

Clean: assistant instructors by role ("an assistant", "my mentee"), the principal and the
RYA trainer by role. Not identifying: the learner's own name, the RYA, Childline, the
sailing school (not named).
"""

from .case import Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "Knowledge Assignment: D2.01 Developing Effective Listening and Questioning Skills"),
    P("Candidate name: Callum Reid"),
    P("Centre: Harbourside Youth Training"),
    P("""Context: I am a senior instructor at a sailing school. Every summer we run week-long dinghy
      courses for children aged 8 to 16, and our assistant instructors are teenagers of 16 and
      17 who learned to sail with us. This year I am mentoring three of them through their
      first full season as assistants, while they work towards their RYA Dinghy Instructor
      award."""),

    H(1, "The effective mentors role, responsibilities, characteristics and behaviours"),
    P("Q1. Briefly describe what mentoring is about (2 marks)"),
    P("""Mentoring is a relationship where someone with more experience supports a less experienced
      person to learn and grow, mainly by listening, asking questions and sharing experience,
      so the mentee finds their own way forward rather than being told what to do. For our
      assistants it is about growing from a good sailor into someone who can look after a
      group of children on the water."""),

    P("Questions 2 & 3 - role of a mentor and characteristics of an effective mentor (2 + 2 marks)"),
    P("""The role of a mentor is to be someone the mentee can talk to honestly about how they are
      getting on, help them set goals, share experience, give feedback and point them towards
      other help when they need it. I am not their instructor on the course they are helping
      with and I don't assess their instructor award, so they can tell me about the day a
      capsize drill went wrong without worrying it counts against them."""),
    P("""An effective mentor is approachable, patient, a good listener, honest, reliable and
      non-judgemental, and a good role model. With sixteen-year-olds it also helps to remember
      what it felt like to be sixteen and in charge of a boatload of eight-year-olds."""),

    P("4. Give three examples of appropriate behaviour for a mentor (6 marks)"),
    P("""Keeping to the times we agree, even on a busy changeover day, so the mentee knows they
      matter. Keeping what they tell me confidential unless someone is at risk, and telling
      them at the start when I would have to pass something on. Admitting my own mistakes, for
      example telling them about the time I launched a group on a falling tide and had to
      carry the boats back up the slipway."""),

    P("Q5 Give three examples of inappropriate behaviour for a mentor (6 marks)"),
    P("""Taking over and sorting out their problems for them, like going and telling off a parent
      who had been rude to my mentee. Gossiping about the mentee to other staff, even as a
      joke in the boathouse. Messaging the mentee privately late at night or on my personal
      social media; all contact goes through the school's group chat with another adult in it,
      in line with our safeguarding policy."""),

    P("Question 6 - Briefly describe why it is important to respect mentees (2 marks)"),
    P("""If mentees feel respected they will trust you and be honest, and they will learn to respect
      the children they teach. Teenagers are very quick to notice when an adult is talking
      down to them, and if they feel patronised they just stop turning up to the sessions."""),

    H(1, "The importance of agreeing learning outcomes and recognising and overcoming barriers"),
    P("7) Explain the importance of agreeing appropriate learning outcomes (10 marks)"),
    P("""Agreeing learning outcomes at the start gives the mentoring a purpose, so that we are not
      just chatting on the pontoon every week. It means both of us know what we are working
      towards and can see progress, which keeps a teenager motivated through a long summer.
      The outcomes have to be agreed, not handed down: if my mentee chooses the outcome, she
      owns it and is much more likely to work at it. They also need to be appropriate, which
      means realistic for a sixteen-year-old in one season, linked to what they actually want
      (most want their instructor award), and safe. An outcome like "run the whole course on
      my own" is not appropriate for an assistant, because an assistant must always work under
      a qualified instructor. Agreed outcomes also make it easier to review at the end of the
      season and to celebrate what they have achieved, which matters for confidence."""),

    P("Q8 Give three examples of appropriate learning outcomes (12 marks)"),
    P("These are three outcomes I have agreed with assistants this season:"),
    T(["Learning outcome", "Why it is appropriate"],
      ["Give the morning briefing to a group of six children on her own, with the instructor listening, by the end of July",
       "Builds confidence in front of a group; safe because the instructor is there; measurable"],
      ["Run a capsize recovery demonstration that the children can copy, by the third course of the season",
       "A key skill for the instructor award that she picked herself as her weakest area"],
      ["Keep a reflective log after every teaching day for four weeks",
       "Helps him learn from each day and is evidence for his instructor portfolio"]),

    P("9. Give two examples of personal things that can get in the way of being mentored (6 marks)"),
    P("""Shyness or lack of confidence: one of my assistants hardly spoke in our first two meetings
      because she was worried about saying something stupid in front of an adult. Pressure
      from exams and home: several of ours are doing A levels, and in June one mentee was
      too worried about results day to think about anything else."""),

    P("10. Give two examples of practical things that can get in the way of being mentored (6 marks)"),
    P("""Time and tides: our days are set by the tide and the weather, so a meeting planned for
      4pm can disappear because the wind has dropped and the groups are late back in.
      Transport: most assistants are too young to drive, rely on lifts from parents and have
      to leave the moment the last boat is washed down."""),

    P("11. Give two examples of how to handle practical things that get in the way of the mentee being mentored (6 marks)"),
    P("""For time and tides, we book our meetings for the first half hour after lunch on days when
      the groups are ashore doing theory, which is fixed whatever the weather. For transport,
      we hold meetings during the assistant's paid hours instead of after them, so nobody has to
      ask a parent to wait, and if needed we do a short video call in the evening with their
      parent's agreement."""),

    P("13) Briefly explain what you will do if you cannot get on with your mentee (5 marks)"),
    P("""First I would look at myself and whether I am the problem, and talk to the mentee honestly
      about how the meetings are going, because sometimes clearing the air fixes it. I would
      also talk it over with my own supervisor. If it still isn't working, the fair thing is to
      arrange a different mentor for them, explained as a better match rather than anyone's
      fault, so they do not lose out."""),

    P("12) What do you do if a mentee wants help with personal problems? (5 marks)"),
    P("""Listen and be supportive, but remember I am not a counsellor. I would help them think about
      who could help, such as a parent, a teacher, their GP or Childline, and tell them where to
      find that help. If anything suggests they or someone else is at risk of harm, I must pass
      it to our designated safeguarding lead straight away, as I would have explained at our
      first meeting, and I would tell the mentee I am doing it."""),

    H(1, "The importance of effective listening and questioning skills"),
    P("Q14 What is effective listening? (3 marks)"),
    P("""Effective listening is giving the other person your full attention and trying to understand
      what they mean and how they feel, not just the words. It means not interrupting, not
      planning what you will say next, and checking you have understood."""),

    P("Q15 Why is effective listening important? (3 marks)"),
    P("""It shows the mentee they are being taken seriously, which builds trust. It helps me
      understand what is really going on, so I don't jump to the wrong solution. And it helps
      the mentee think, because often they work the answer out while talking it through."""),

    P("Q16 Give two examples of how you show that you have listened (6 marks)"),
    P("""Summarising back what they said in my own words, for example "So the worst bit was when
      the parents were watching from the slipway?", which lets them correct me. Body language:
      facing them, putting my radio down and nodding, rather than watching the boats over
      their shoulder."""),

    P("Q17 Describe the two main types of questions which help understanding (4 marks)"),
    P("""Open questions can't be answered with yes or no; they start with what, how, why or tell me
      about, and they get the mentee talking and thinking. Closed questions can be answered
      with yes, no or a fact, and they are useful for checking details or getting a clear
      decision at the end of a conversation."""),

    P("Q18 Give two examples of each type of question (4 marks)"),
    P("""Open: "What went well on the water today?" and "How did you feel when the child in the Topper
      wouldn't come back in?". Closed: "Did you tell the instructor?" and "Shall we meet again
      on Thursday?"."""),

    P("Q19 Briefly describe how to give feedback (6 marks)"),
    P("""Give it soon after the event, in private, and start by asking how they think it went.
      Be specific about what they did rather than about them as a person, say what went well
      as well as what could be better, and agree one thing to try next time. For example, after
      a briefing: "The children all knew where the safety boat would be, which was great; next
      time try getting them to tell you the plan back.\""""),

    P("Q20 Briefly describe how to receive feedback (4 marks)"),
    P("""Listen to all of it without arguing or making excuses, ask questions if it isn't clear,
      and thank the person for it. Then think about it afterwards and decide what to do with
      it. I ask my mentees for feedback at the end of each meeting, and the hardest one to hear
      was "you talk too much about when you were racing"."""),

    P("By submitting I confirm that this assessment is my own work"),
    P("Name: Callum Reid    Date: 30/08"),
]

CASE = Case(
    name="r22c_d201_sailing_school_docx",
    unit="D2.01",
    kind="legacy-questions",
    files=[SourceFile("Callum Reid D2.01 knowledge assignment.docx", BLOCKS)],
    labels={
        "section-1": "supports a less experienced person to learn and grow",
        "section-2": "just chatting on the pontoon every week",
        "section-3": "giving the other person your full attention",
        "q1": "growing from a good sailor into someone",
        "q2": "tell me about the day a capsize drill went wrong",
        "q3": "in charge of a boatload of eight-year-olds",
        "q4": "carry the boats back up the slipway",
        "q5": "going and telling off a parent who had been rude",
        "q6": "they just stop turning up to the sessions",
        "q7": "an assistant must always work under a qualified instructor",
        "q8": "she picked herself as her weakest area",
        "q9": "too worried about results day to think about anything else",
        "q10": "the wind has dropped and the groups are late back in",
        "q11": "during the assistant's paid hours instead of after them",
        "q12": "pass it to our designated safeguarding lead straight away",
        "q13": "explained as a better match rather than anyone's fault",
        "q14": "not planning what you will say next",
        "q15": "they work the answer out while talking it through",
        "q16": "watching the boats over their shoulder",
        "q17": "getting a clear decision at the end of a conversation",
        "q18": "the child in the Topper wouldn't come back in",
        "q19": "try getting them to tell you the plan back",
        "q20": "you talk too much about when you were racing",
    },
    expected_checks={"declaration": True, "evidence_matrix": None, "identifying": []},
    about="Sailing school senior instructor's D2.01 in styled Word: template section titles as headings, questions numbered 'Q1.', 'Question 2', '3)', '4.' and so on, Q2 and Q3 answered together, Q8 in a table, Q13 before Q12; 'By submitting' declaration.",
)
