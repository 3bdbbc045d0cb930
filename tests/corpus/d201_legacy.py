"""D2.01 (legacy, marked): the knowledge assignment of numbered questions, from a school.

Chloe Barnes, a teaching assistant who mentors Year 9 pupils, answers the twenty questions
under the three section headings printed in the brief (Heading 2). Section 1 answers start
"1. ..." directly; section 2 restates each question on its own line and answers below it;
section 3 writes "Q14." and "Question 17 –". Section labels point at the section heading.
"""

from .case import B, Case, H, P, SourceFile, T

S1 = "The effective mentors role, responsibilities, characteristics and behaviours"
S2 = "The importance of agreeing learning outcomes and recognising and overcoming barriers"
S3 = "The importance of effective listening and questioning skills"

BLOCKS = [
    H(1, "Knowledge Assignment: D2.01 Developing effective listening and questioning skills"),
    T(
        ["Centre Number", "208815"],
        ["Centre Name", "Hillcrest Academy Trust Training"],
        ["Candidate Registration No", "ML2-24-0193"],
        ["Candidate Name", "Chloe Barnes"],
    ),

    H(2, S1),
    P("""1. Mentoring is about one person helping another person to develop and reach their
      potential by giving them time, support and encouragement. In school it is a
      relationship where a trusted adult helps a young person to work out what they want
      to achieve and how to get there, at their own pace."""),
    P("""2. The role of a mentor is to listen, support and guide the mentee, help them set
      goals and encourage them to find their own solutions. A mentor is a positive role
      model and a critical friend, not a teacher who tells them what to do, and knows
      when to pass a concern on to someone else."""),
    P("""3. The main characteristics of an effective mentor are being a good listener, patient,
      approachable and non-judgemental, honest, reliable, encouraging and able to keep
      things confidential. They also need to be enthusiastic and believe that young people
      can change."""),
    P("4. Three examples of appropriate behaviour for a mentor are:"),
    B("""Turning up on time for every session and doing what you said you would do, for example
      if I promise to find out about the after school coding club I bring the information
      next time. This shows the mentee they are important."""),
    B("""Keeping clear boundaries, such as only meeting in school in a room with a window in the
      door and never giving out my personal mobile number or adding pupils on social
      media."""),
    B("""Listening properly and respecting the mentee's views, even when I do not agree, and
      praising effort as well as results."""),
    P("5. Three examples of inappropriate behaviour for a mentor are:"),
    B("""Gossiping about what a mentee has said in the staff room, or telling their form tutor
      things that were shared in confidence when there is no safeguarding reason."""),
    B("""Telling the mentee what to do or lecturing them, for example 'you just need to stop
      messing about in science', instead of helping them think it through."""),
    B("""Trying to be their friend rather than their mentor, like sharing jokes about other
      teachers or giving them lifts home, which blurs the boundaries and could put both
      of us at risk."""),
    P("""6. It is important to respect mentees because without respect there is no trust and
      they will not open up. Young people can tell straight away if an adult is looking down
      on them. Respect means taking their views seriously, using their preferred name and
      not judging their background, and it also shows them how to treat other people."""),

    H(2, S2),
    P("7. Explain the importance of agreeing appropriate learning outcomes (10 marks)"),
    P("""Agreeing learning outcomes at the start gives the mentoring a purpose and a direction.
      Without them, sessions can turn into a nice chat every week but nothing actually
      changes for the young person. When the outcomes are agreed together, rather than
      decided by me or by the school, the mentee owns them and is much more motivated to
      work towards them."""),
    P("""The outcomes need to be appropriate. That means realistic for the young person's age
      and situation, linked to what they actually want, and broken down into small steps.
      If an outcome is too big, such as 'get better at school', the mentee will not know
      where to start and will give up. SMART outcomes (specific, measurable, achievable,
      realistic and time bound) mean we can both see progress, which builds confidence. One
      of my Year 9 mentees lit up when we looked at her merit points chart and she could
      see she had doubled them since half term."""),
    P("""Agreed outcomes also help me as a mentor to plan sessions, to know when the mentoring
      has done its job and can end, and to show the school what has been achieved. They
      also protect the relationship, because if the mentee's form tutor or parents expect
      something different, we can point back to what was agreed."""),

    P("8. Give three examples of appropriate learning outcomes (12 marks)"),
    P("""Here are three outcomes that would be appropriate for the Year 9 pupils I mentor:"""),
    B("""By the end of the spring term, the mentee will hand in every piece of homework on time
      for four weeks in a row, checked on the homework app every Friday in our session.
      This is appropriate because missing homework is the main reason he gets
      detentions."""),
    B("""By the Easter holidays, the mentee will be able to use a traffic light planner to
      revise for her end of year tests, and will have a planner written for all her
      subjects. This is appropriate because she panics before tests and does not know how
      to start revising."""),
    B("""Within six weeks, the mentee will use the time out card and go to the learning
      support base instead of walking out of a lesson when he feels angry, with no more
      than one walk out recorded on the behaviour system. This is appropriate because it
      gives him a safer way to manage his feelings and keeps him in school."""),
    P("""All three are specific and can be measured, and they were chosen with the pupils, not
      for them."""),

    P("9. Give two examples of personal things that can get in the way of being mentored (6 marks)"),
    P("""The first is low self-esteem. A young person who believes they are 'thick' or 'always
      in trouble' may not believe mentoring can help, so they do not engage or they give
      up as soon as something goes wrong."""),
    P("""The second is problems at home, such as parents separating, a young carer role or money
      worries. If a mentee is tired or worried about home they will find it hard to focus on
      goals about school, and they may not want to talk about the real reason they are
      struggling."""),

    P("10. Give two examples of practical things that can get in the way of being mentored (6 marks)"),
    P("""One practical barrier is timetabling. Sessions have to fit around lessons, and pupils do
      not want to miss PE or their favourite subject, while the school does not want them
      missing core lessons. Sessions also get cancelled for exams, trips and mock week."""),
    P("""Another practical barrier is finding a suitable place to meet. Rooms are often booked,
      and meeting in the library or a corridor means other pupils can see and hear, which
      embarrasses the mentee."""),

    P("11. Give two examples of how to handle practical things that get in the way of the mentee being mentored (6 marks)"),
    P("""For timetabling, I agree a regular slot with the pupil and their head of year that
      rotates, so they never miss the same lesson twice, for example period 2 one week and
      period 3 the next. I put the sessions in the school calendar at the start of term so
      they are not forgotten, and I email the teacher whose lesson it is beforehand."""),
    P("""For the meeting place, I book the small meeting room next to student services for the
      whole term in advance. If it is not available, we walk and talk around the field or
      use a quiet corner of the learning support base, which the pupils feel comfortable
      in."""),

    P("12. What do you do if a mentee wants help with personal problems? (5 marks)"),
    P("""I would listen calmly and without judging, and let them say what they need to say.
      I would not promise to keep a secret, because if it is a safeguarding matter I must
      pass it on to our Designated Safeguarding Lead the same day and record it on the
      school's safeguarding system. If it is not a safeguarding issue but is beyond my role,
      such as bereavement or anxiety, I would explain that I am not a counsellor and, with
      their agreement, refer them to the school counsellor, the school nurse or a service
      like Kooth. I would still carry on mentoring them on their goals."""),

    P("13. Briefly explain what you will do if you cannot get on with your mentee (5 marks)"),
    P("""First I would reflect on why, and talk to my supervisor about it, because it might be
      something I can change, like the way I ask questions. I would also talk honestly with
      the mentee about how the sessions are going and whether we could do something
      differently, for example meeting while doing an activity like shooting hoops
      instead of sitting across a table. If it still does not work, I would agree with my
      supervisor to find the mentee a different mentor, and make sure it is presented to
      the pupil as nobody's fault."""),

    H(2, S3),
    P("""Q14. Effective listening is giving the speaker your full attention and trying to
      understand what they mean, not just the words. It includes watching body language
      and tone, not interrupting and checking you have understood."""),
    P("""Q15. Effective listening is important because it shows the young person that they
      matter and that I am interested in them, which builds trust. It also means I
      understand the real problem instead of guessing, so the goals we agree are the right
      ones. Many of the pupils I mentor say no adult ever listens to them."""),
    P("""Q16. Two examples of how I show I have listened:"""),
    B("""Summarising or paraphrasing what the mentee said, for example 'So what you're saying
      is you don't mind maths, it's sitting next to Jayden that winds you up?'. This lets
      them correct me if I have it wrong."""),
    B("""Non-verbal signals such as nodding, keeping eye contact without staring, an open
      posture and putting my lanyard and phone away, and remembering what they told me last
      week and asking about it."""),
    P("""Question 17 – The two main types of questions which help understanding are open
      questions and closed questions. Open questions cannot be answered with yes or no and
      they encourage the mentee to talk and explain their thoughts. Closed questions can be
      answered with a short fact or yes or no, and they are useful for checking
      information or confirming what has been agreed."""),
    P("""Question 18 – Open: 'What would make Tuesday mornings easier for you?' and 'How did you
      feel when you got your test result back?'. Closed: 'Did you bring your planner?' and
      'Shall we meet again on Thursday at break?'."""),
    P("""Question 19 – To give feedback I would do it in private and as soon as possible after
      the event. I start by asking the mentee how they think it went, then say something
      specific they did well, then one thing to work on, and finish with encouragement and
      what to try next. I would describe what happened and not criticise the person, so I
      would say 'you walked out of French before asking for the time out card' rather than
      'you were badly behaved'. I keep it short and check they understand."""),
    P("""Question 20 – When I receive feedback I listen to all of it without arguing or making
      excuses, ask questions if I am not sure what is meant, and thank the person for it.
      Afterwards I think about what I can learn and act on it, for example my supervisor
      told me I talk too much in sessions, so now I count to five before filling a
      silence."""),
    P("By submitting I confirm that this assessment is my own work. Chloe Barnes"),
]

CASE = Case(
    name="d201_legacy",
    unit="D2.01",
    kind="legacy-questions",
    files=[SourceFile("answers.docx", BLOCKS)],
    labels={
        "q1": "at their own pace",
        "q2": "critical friend",
        "q3": "believe that young people can change",
        "q4": "after school coding club",
        "q5": "giving them lifts home",
        "q6": "using their preferred name",
        "q7": "doubled them since half term",
        "q8": "traffic light planner",
        "q9": "always in trouble",
        "q10": "mock week",
        "q11": "walk and talk around the field",
        "q12": "Kooth",
        "q13": "shooting hoops",
        "q14": "not just the words",
        "q15": "no adult ever listens to them",
        "q16": "sitting next to Jayden",
        "q17": "cannot be answered with yes or no",
        "q18": "Did you bring your planner?",
        "q19": "before asking for the time out card",
        "q20": "without arguing or making excuses",
        "section-1": "responsibilities, characteristics and behaviours",
        "section-2": "recognising and overcoming barriers",
        "section-3": "importance of effective listening and questioning",
    },
    # "Jayden", a pupil quoted in Q16, is a third party the handbooks ask to be anonymised.
    expected_checks={"declaration": True, "evidence_matrix": None, "identifying": ["Jayden"]},
    about="School TA's D2.01 answers: printed section headings, three numbering habits, 20 questions.",
)
