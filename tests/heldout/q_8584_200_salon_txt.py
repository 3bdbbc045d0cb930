"""8584-200 Understanding Mentoring (TXT): a salon group's senior stylist.

Chantelle Osei, senior stylist and apprentice lead at a group of three hair salons in
Leeds, answers the 200 assignment in a plain text file: she pastes each task's question
text above her answer and numbers them every which way - in Task 1 she counts the
questions from one ('Q1.', 'Question 2', '3)', 'Q4.'), in Tasks 2 and 3 she uses the AC
numbers but in different styles ('2.1', 'Question 2.2', '2.3)', 'Q2.4', 'Q3.1'). The 2.1
skills are a pipe table. Declaration at the end.

Clean but tricky: her own name on the cover, 'Apprentice B' and 'Mentee A' (pseudonyms),
Leeds, Habia, the NHBF, the salon owner and the education manager (roles), Clutterbuck,
GROW, CLEAR, Hawkins, CEDAR, Pendleton, Maslow.
"""

from corpus.case import Case, P, SourceFile, T

SKILLS = T(
    ["Skill", "What it looks like in the salon", "Why it matters"],
    ["Listening", "Stopping what I am doing, facing the apprentice, not checking the column book",
     "They only tell you the real problem once they know you are actually listening"],
    ["Questioning", "Open questions first, then checking questions", "Helps them work things out"],
    ["Giving feedback", "Specific, straight after a service, in private",
     "Apprentices are used to being told off in front of clients"],
    ["Role modelling", "Doing the boring jobs too - sweeping, towels",
     "They copy what you do, not what you say"],
)

BLOCKS = [
    P("ILM Level 2 Award in Effective Mentoring Skills"),
    P("Unit 200 Understanding Mentoring - Assignment"),
    P("Name: Chantelle Osei    Centre: Leeds training provider    Date: 14 November"),
    P("""My context: I am senior stylist and apprentice lead across our three salons in Leeds.
      We take on four or five hairdressing apprentices a year and I am about to start
      mentoring them formally instead of just 'keeping an eye on them'."""),

    P("TASK 1"),
    P("Q1. Considering your new mentoring role in supporting individuals, describe the essential parts of the work and the main activities."),
    P("""For me mentoring is helping an apprentice find their own way through the first two
      years, not teaching them to cut - the educator and the college do that. The main
      activities are: meeting them regularly (every two weeks, 45 minutes, before the salon
      opens), helping them set goals, listening, giving honest feedback, pointing them to the
      right person when it is not my area, and keeping notes. A mentor is not their manager,
      not their trainer and definitely not their counsellor. The most important part of the
      work is being the person they can say 'I think I am in the wrong job' to without it
      getting back to the salon owner."""),

    P("Question 2 Outline the main benefits of the mentoring you are about to undertake by describing at least three situations where the mentoring will add value."),
    P("""Situation one: a school leaver in their first month, who has never worked and finds
      the salon loud and fast. Mentoring gives them someone to ask the 'stupid' questions, so
      they settle in and do not drop out in the first six weeks, which is when we lose
      most. Situation two: an apprentice who has failed a practical assessment at college.
      Mentoring helps them plan the resit and keeps them from giving up. Situation three:
      an older career changer - we had a 34-year-old apprentice last year who had been in
      banking. The benefit for her was someone to talk to about being junior to stylists half
      her age. Outside our salon I also think mentoring helps in community groups, like the
      youth project I volunteer with on Saturdays."""),

    P("3) There are likely to be potential barriers which will affect the success of your mentoring. Outline two or more and explain why they are each a potential barrier."),
    P("""Time is the first barrier: Saturdays and the weeks before Christmas are fully
      booked and a mentoring session is the first thing that gets cancelled. Second, the
      power difference. I am senior to them and I decide which clients they get to assist
      on, so an apprentice may not be honest with me. Third, the environment - there is
      nowhere private in a salon, and a conversation at the backwash is heard by everyone."""),

    P("Q4. Provide an explanation of how to overcome each of the potential barriers to effective mentoring that you have identified."),
    P("""For time, sessions go in the column book like a client appointment, before 9am on a
      Tuesday, our quietest day, so they are protected. For the power difference, I will
      agree in the contract that nothing said in mentoring affects their client list or
      reviews, and if an apprentice still would not open up I would offer them the other
      senior stylist as a mentor instead. For the environment, we will use the staff room at
      our smallest salon, which is empty before opening, or go for a walk to the café on
      the corner."""),

    P("TASK 2"),
    P("2.1 Consider the key skills you need to be effective in your role as a mentor. Present a minimum of two of these skills in a table which gives essential information about those skills."),
    SKILLS,
    P("""I put listening first on purpose. Apprentices in our industry get talked at all day
      by clients, stylists and the educator. Being listened to is rare for them."""),

    P("Question 2.2 Select a model or process that you are planning to follow with an individual in your mentoring sessions and describe how it will work in your organisation or situation."),
    P("""I will use GROW. Goal: what do you want from this session or this month? Reality:
      what is happening now - for example 'I have only done three blow-dries on the block
      this week'. Options: what could you do - ask to assist on the Thursday late, practise
      on a friend, watch a video. Will: what will you actually do and by when. It works in a
      salon because it is short and practical and fits in a 45-minute slot. I also like
      Hawkins' CLEAR model for the first meeting because the Contracting step makes us agree
      ground rules before anything else."""),

    P("2.3) Explain how you are going to use your knowledge of questioning and listening techniques effectively in mentoring individuals."),
    P("""Open questions like 'what happened with that client?' to get them talking, then
      probing questions - 'what did you notice about her face when you showed her the
      back?' - and closed questions only to check facts and agree actions. I will use
      active listening: nodding, not interrupting, repeating back what I heard in my own
      words. The hard part for me will be not filling silences. I am a hairdresser, I
      chat for a living, and I know I jump in. I will count to five in my head."""),

    P("Q2.4 Part of your role will be to give feedback to individuals. Describe how you will do this in an effective way."),
    P("""I will use the CEDAR model: Context, Examples, Diagnosis, Actions, Review. For
      example with Apprentice B who rushed a colour consultation: context (the client came
      back unhappy), example (the exact question that was skipped), diagnosis together (why
      did it get skipped - she was nervous about the time), actions (use the consultation
      card every time), review in two weeks. Feedback will always be in private, never on
      the salon floor, and I will ask them to assess themselves first, like Pendleton's rules,
      so it is a conversation not a telling-off."""),

    P("2.5 It will take time to develop trust with individuals in mentoring situations, describe what can be done to achieve this."),
    P("""Keep every promise, even small ones like turning up on time. Be clear about
      confidentiality at the start, including when I would have to pass something on (if
      they or someone else is at risk). Share my own mistakes - I burnt a client's fringe
      with straighteners in my first year and I will tell them about it. Do not gossip about
      other staff, because they will assume I gossip about them too. Over time, showing them
      I am on their side when things go wrong builds more trust than anything I say."""),

    P("TASK 3"),
    P("Q3.1 Explain your method for planning effective mentoring sessions and how you will plan to use any forms or templates as evidence."),
    P("""Before the first session I will ask each apprentice to fill in a short needs form:
      what they enjoy, what they find hard, what they want to be doing in two years. Then a
      mentoring agreement, signed by both of us, with times, place and confidentiality.
      Before each session I re-read the last session's notes and think of two or three
      questions. Sessions will be in the column book so the salon manager can plan around
      them. I will use the Habia apprenticeship standard as a checklist to spot gaps in
      skills, and the forms go in the apprentice's mentoring folder as evidence."""),

    P("3.2 Select at least two goals that would be agreed between you and the individual you are mentoring and describe what you would consider for the goals to become effective."),
    P("""Goal 1 for Mentee A: complete ten blow-dries on real clients, signed off by a
      stylist, by the end of January. Goal 2: answer the salon phone and book an
      appointment correctly, without asking for help, on five Tuesdays running. For goals to
      be effective they need to be SMART, they need to be the apprentice's own (I would
      ask 'does this matter to you?'), and they need to stretch them a bit without
      setting them up to fail. I would also check their commitment by asking what might get
      in the way."""),

    P("Question 3.3 Give reasons for the selection of records that the mentor is required to keep, identifying examples, and explaining the main considerations in keeping those records."),
    P("""Records I will keep: the signed agreement, the needs form, short notes from each
      session (date, what we talked about, actions), their goals and progress, and my own
      mentoring diary about how I did. Reasons: so we can both see progress, so I remember
      what they told me, and so there is evidence if anything goes wrong. Main
      considerations: GDPR and confidentiality - notes kept in a locked drawer in the office
      at the main salon, not on the salon iPad that everyone uses, only facts not opinions,
      and the apprentice can read their own notes whenever they want."""),

    P("""Declaration: I confirm that this assignment is all my own work. Chantelle Osei"""),
]

CASE = Case(
    name="q_8584_200_salon_txt",
    unit="8584-200",
    kind="numbered-unstyled",
    files=[SourceFile("Chantelle Osei 200 assignment.txt", BLOCKS)],
    labels={
        "1.1": "without it getting back to the salon owner",
        "1.2": "junior to stylists half her age",
        "1.3": "heard by everyone",
        "1.4": "go for a walk to the café on the corner",
        "2.1": "Being listened to is rare for them",
        "2.2": "fits in a 45-minute slot",
        "2.3": "I will count to five in my head",
        "2.4": "so it is a conversation not a telling-off",
        "2.5": "I burnt a client's fringe with straighteners",
        "3.1": "think of two or three questions",
        "3.2": "without setting them up to fail",
        "3.3": "not on the salon iPad that everyone uses",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": None,
        # Chantelle's own name, 'Mentee A' / 'Apprentice B', Leeds, Habia, GROW, CLEAR,
        # Hawkins, CEDAR, Pendleton: none identifying
        "identifying": [],
    },
    about="Salon group senior stylist's 200 as plain text: each question pasted above its answer, Task 1 counted 'Q1.', 'Question 2', '3)', 'Q4.', later tasks by AC number in mixed styles, a pipe-table of skills; clean - own name, pseudonyms, Habia, GROW, CLEAR, CEDAR.",
)
