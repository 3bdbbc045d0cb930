"""D2.01 (legacy, marked): a sixth-former's answers typed under the questions pasted into a .txt file.

Aaliyah Brooks, in Year 12, is a peer mentor to Year 8 students at her academy. She
copied the knowledge assignment into a plain text file and typed each answer on the
lines under its question, marks and all ("Q7 Explain the importance ... (10 marks)",
then "Answer:"). The section titles are pasted from the brief too; she ends each section
with a short "My summary" in her own words, which is where the section labels are. She
pasted the declaration from the form but left its signature line blank, so the
submission holds no signed declaration.

Clean: her mentees are Student A and Student B; the academy, the town, her teacher's
lessons on GROW and Egan's SOLER, and Carl Rogers are named.
"""

from corpus.case import B, Case, H, P, SourceFile

BLOCKS = [
    H(1, "ILM Level 2 Award in Mentoring for Young Learners"),
    P("KNOWLEDGE ASSIGNMENT: D2.01 DEVELOPING EFFECTIVE LISTENING AND QUESTIONING SKILLS"),
    P("Candidate name: Aaliyah Brooks   Centre: Fairfield Academy Sixth Form, Leicester   Date: 17 March 2025"),

    P("SECTION 1: The effective mentors role, responsibilities, characteristics and behaviours"),
    P("Q1 Briefly describe what mentoring is about (2 marks)"),
    P("""Answer: Mentoring is about someone who has been through something already helping
      someone who is going through it now. At our school sixth formers mentor Year 8s who
      are finding school hard, so it is like being a guide who has already walked the same
      corridors."""),
    P("Q2 Briefly describe the role of a mentor (2 marks)"),
    P("""Answer: The mentor listens, helps the mentee work out what they want to achieve and
      encourages them to get there. The mentor is not a teacher and does not tell them off,
      and if something serious comes up the mentor passes it on to the safeguarding lead."""),
    P("Q3 What are the main characteristics of an effective mentor? (2 marks)"),
    P("""Answer: Patient, trustworthy, a good listener, friendly but not trying to be their best
      friend, reliable and positive. Also someone who can remember what being in Year 8
      actually felt like."""),
    P("Q4 Give three examples of appropriate behaviour for a mentor (6 marks)"),
    P("Answer:"),
    B("Turning up on time every Wednesday lunchtime, because if I don't come it tells them they don't matter."),
    B("Meeting in the library where staff can see us, not somewhere private."),
    B("Keeping what they tell me confidential unless they or someone else could be hurt, and telling them that at the start."),
    P("Q5 Give three examples of inappropriate behaviour for a mentor (6 marks)"),
    P("Answer:"),
    B("Adding my mentee on Snapchat or giving out my personal number."),
    B("Gossiping to my friends about what Student A told me."),
    B("Doing their homework for them to make them like me."),
    P("Q6 Briefly describe why it is important to respect mentees (2 marks)"),
    P("""Answer: If I respect them they will respect me back and trust me. Year 8s can tell
      straight away if an older student is looking down on them, and then they just stop
      talking."""),
    P("""My summary of section 1: a good mentor is a reliable older student who listens, keeps
      boundaries and treats the younger student as an equal."""),

    P("SECTION 2: The importance of agreeing learning outcomes and recognising and overcoming barriers"),
    P("Q7 Explain the importance of agreeing appropriate learning outcomes (10 marks)"),
    P("""Answer: Agreeing learning outcomes is important because it gives the sessions a
      purpose, otherwise we would just chat about TikTok every week. When the mentee agrees
      the outcome themselves they are much more likely to work at it, because it is their
      goal and not something a teacher has told them to do. Outcomes also let both of us
      see progress, which builds the mentee's confidence when they can see they have done
      something. It is important that they are appropriate. If an outcome is too big,
      like 'get better grades', the mentee will give up, but if it is small and clear they
      can achieve it. When Student B and I started, he said he wanted to 'stop getting
      detentions'; we broke it down into something he could actually control, which was
      getting his planner signed every day. Appropriate also means it is something I can
      actually help with as a peer mentor and not something for a teacher or a counsellor.
      Our teacher showed us the GROW model, and agreeing the Goal first made the rest of the
      session easier to plan."""),
    P("Q8 Give three examples of appropriate learning outcomes (12 marks)"),
    P("Answer:"),
    B("By half term, Student A will hand in every science homework on time, checked in her planner each Wednesday."),
    B("Within four weeks, Student B will go a full week with his planner signed every day."),
    B("By the end of term, Student A will ask one question in class in each maths lesson, so she stops worrying about putting her hand up."),
    P("Q9 Give two examples of personal things that can get in the way of being mentored (6 marks)"),
    P("""Answer: Shyness, because a quiet Year 8 may not want to talk to an older student at
      all. Problems at home, for example a parent being ill, can mean they cannot think
      about school goals."""),
    P("Q10 Give two examples of practical things that can get in the way of being mentored (6 marks)"),
    P("""Answer: Clashes with lunchtime clubs, as the mentee may have to choose between
      mentoring and football. My mock exams, when I might not be able to come for two
      weeks."""),
    P("Q11 Give two examples of how to handle practical things that get in the way of the mentee being mentored (6 marks)"),
    P("""Answer: For clubs, we moved our session to Thursday form time with the head of year's
      permission. For my mocks, I told my mentee two weeks before and we agreed a short
      catch-up by the library desk so we did not lose touch."""),
    P("Q12 What do you do if a mentee wants help with personal problems? (5 marks)"),
    P("""Answer: I listen and stay calm and do not promise to keep it secret. I don't try to
      solve it myself. If it is serious, or anyone could be at risk, I tell the designated
      safeguarding lead the same day, and I tell the mentee that I am going to. If it is
      not serious I can help them think about which adult they could talk to, like their
      form tutor or the school counsellor."""),
    P("Q13 Briefly explain what you will do if you cannot get on with your mentee (5 marks)"),
    P("""Answer: First I would think about whether it is me, and try a different approach, like
      doing an activity together instead of just talking. If it still does not work I would
      talk to the teacher who runs the scheme, and she could swap my mentee to another
      mentor without it being anyone's fault."""),
    P("""My summary of section 2: outcomes need to be small, owned by the mentee and checked
      every week, and barriers can usually be planned around."""),

    P("SECTION 3: The importance of effective listening and questioning skills"),
    P("Q14 What is effective listening? (3 marks)"),
    P("""Answer: Effective listening is giving someone your full attention, hearing the
      feelings as well as the words, and showing them you have understood."""),
    P("Q15 Why is effective listening important? (3 marks)"),
    P("""Answer: Because a Year 8 can usually tell in about ten seconds whether you are
      really listening or just waiting to talk. If they feel heard they keep coming back and
      tell you what is really going on."""),
    P("Q16 Give two examples of how you show that your have listened (6 marks)"),
    P("""Answer: I sum up what they said at the end, for example 'so the main thing is that
      you feel left out at lunch, is that right?'. I also use SOLER, which we learnt from
      Egan: sitting squarely, open posture, leaning in a bit, eye contact and being relaxed,
      so my body shows I am listening too."""),
    P("Q17 Describe the two main types of questions which help understanding (4 marks)"),
    P("""Answer: Open questions cannot be answered with yes or no, so they get the mentee
      talking and explaining. Closed questions have a short answer and are useful for
      checking a fact or getting a decision."""),
    P("Q18 Give two examples of each type of question (4 marks)"),
    P("Answer:"),
    B("Open: 'What was the best part of your week?' and 'How do you feel about the maths test?'"),
    B("Closed: 'Did you bring your planner?' and 'Shall we meet on Thursday instead?'"),
    P("Q19 Briefly describe how to give feedback (6 marks)"),
    P("""Answer: Give feedback soon after, in private, and be specific about what they did,
      not about them as a person. Start with something they did well, then the thing to
      work on, and finish with encouragement. For example: 'You remembered your planner
      every day this week, that's brilliant. Next week let's get the homework column filled
      in too. I know you can do it.' Carl Rogers said people grow when they feel accepted,
      so I try to be kind even when the feedback is hard."""),
    P("Q20 Briefly describe how to receive feedback (4 marks)"),
    P("""Answer: Listen to the end without arguing, say thank you, ask questions if I don't
      understand and then think about what I can change. When my teacher told me I talked
      too much in my first session it stung, but she was right."""),
    P("""My summary of section 3: listening and asking open questions are the main tools a
      peer mentor has, and feedback has to go both ways."""),

    P("Candidate declaration: I confirm that this assignment is my own work."),
    P("Signed: ____________________    Date: ____________"),
]

CASE = Case(
    name="d_d201_pasted",
    unit="D2.01",
    kind="legacy-questions",
    files=[SourceFile("D2.01 assignment Aaliyah.txt", BLOCKS)],
    labels={
        "q1": "already walked the same corridors",
        "q2": "the mentor passes it on to the safeguarding lead",
        "q3": "remember what being in Year 8 actually felt like",
        "q4": "Meeting in the library where staff can see us",
        "q5": "Adding my mentee on Snapchat",
        "q6": "and then they just stop talking",
        "q7": "getting his planner signed every day",
        "q8": "ask one question in class in each maths lesson",
        "q9": "for example a parent being ill",
        "q10": "choose between mentoring and football",
        "q11": "catch-up by the library desk",
        "q12": "I tell the mentee that I am going to",
        "q13": "doing an activity together instead of just talking",
        "q14": "hearing the feelings as well as the words",
        "q15": "tell you what is really going on",
        "q16": "you feel left out at lunch",
        "q17": "useful for checking a fact or getting a decision",
        "q18": "Did you bring your planner?",
        "q19": "Next week let's get the homework column filled in too",
        "q20": "it stung, but she was right",
        "section-1": "treats the younger student as an equal",
        "section-2": "barriers can usually be planned around",
        "section-3": "feedback has to go both ways",
    },
    expected_checks={
        "declaration": False,  # the form's declaration is pasted in, but the signature line is blank
        "evidence_matrix": None,
        "identifying": [],
    },
    about="Sixth-form peer mentor's D2.01 in a .txt: questions and marks pasted above each answer, own section summaries, unsigned declaration; clean.",
)
