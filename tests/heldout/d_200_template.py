"""8584-200 Understanding Mentoring: a care home senior carer answers in the centre's Word template.

Joanne Whitlock, a senior care assistant in a nursing home, is about to mentor a new care
assistant. The centre's template prints each task's prompt in a table row and leaves the
row below for her answer; she typed into every answer row except 3.2, which still holds
the template's "[Type your answer here]" (label None). For 2.1 she added her own three-
column skills table under the task table, as the prompt asks. The template's footer gives
the centre's generic enquiries address, which identifies nobody.

Identifying details left in: her line manager's full name, and the new starter she is going
to mentor, first by full name and later by his first name alone.
"""

from corpus.case import Case, H, P, SourceFile, T

PLACEHOLDER = "[Type your answer here]"

BLOCKS = [
    H(0, "ILM Level 2 Award in Effective Mentoring Skills"),
    P("Unit 200 (8584-200) Understanding Mentoring – Learner Assignment Template"),
    T(
        ["Learner name", "Joanne Whitlock"],
        ["ILM registration number", "JW-2291-0487"],
        ["Centre", "Northgate Care Training Ltd"],
        ["Workplace", "Larkspur House Nursing Home, Kettering"],
        ["Date submitted", "12 May 2025"],
    ),
    H(1, "Declaration of authenticity"),
    T(
        ["I confirm that the work submitted is my own and that any sources I have used are acknowledged.", ""],
        ["Learner signature", "J Whitlock"],
        ["Date", "12/05/2025"],
    ),
    P("""Instructions: answer every task in the row beneath it. Relate your answers to your own
      workplace. The suggested word count is 1,000 – 2,000 words."""),

    H(1, "Task 1"),
    P("""In this task, before you begin your new work, you are finding out more about what the
      mentor does, the benefits and any potential barriers."""),
    T(
        ["1.1", "Considering your new mentoring role in supporting individuals, describe the essential parts of the work and the main activities."],
        ["Answer", """Mentoring is a one to one relationship where someone more experienced helps a
          less experienced person to learn and grow in the job, at their own pace. At Larkspur
          House my manager Gail Henshaw has asked me to mentor new care assistants through
          their first three months. The main activities are meeting regularly, helping the
          mentee to set goals, listening, sharing what I have learnt on the floor, giving
          honest feedback and pointing them to the right person when it is not something I can
          help with. I am not their trainer (the moving and handling trainer does that), I am
          not their supervisor who does their appraisal, and I am not a counsellor. My job is to
          be someone they can be honest with, so they can find their feet and keep learning
          once the induction booklet is signed off."""],
        ["1.2", "Outline the main benefits of the mentoring you are about to undertake by describing at least three situations where the mentoring will add value."],
        ["Answer", """Situation 1 – a new starter with no care experience. Our next starter, Kacper
          Nowak, has come from warehouse work. Mentoring will help him settle, learn how we do
          personal care with dignity and ask the questions he might feel silly asking in
          handover. New carers who feel supported are much less likely to leave in the first
          twelve weeks, which is when we lose most people.
          Situation 2 – a carer returning after long-term sickness. Mentoring gives them a safe
          person to rebuild their confidence with, and we can set small goals so they are not
          overwhelmed on their first week back.
          Situation 3 – a senior carer stepping up to medication rounds. Once the formal
          training is finished, mentoring helps them to turn the training into everyday
          practice and to talk through mistakes without feeling judged.
          Outside care, a small business owner could benefit from a mentor from a business
          network, and a young person at a youth club could be helped to plan their next step
          after school."""],
        ["1.3", "There are likely to be potential barriers which will affect the success of your mentoring. Outline two or more and explain why they are each a potential barrier."],
        ["Answer", """Time: we work twelve hour shifts and the floor is always busy, so mentoring
          sessions are the first thing to be cancelled when someone rings in sick. If sessions
          keep being cancelled the mentee feels they are not a priority.
          Shift patterns: the mentee and I may not be on the same shifts, so we could go two
          weeks without seeing each other.
          Trust and willingness: some new starters worry that anything they tell me will be
          passed straight to the manager, so they will not admit what they find hard.
          Language and confidence: some of our staff have English as a second language and may
          nod along rather than say they did not understand."""],
        ["1.4", "Provide an explanation of how to overcome each of the potential barriers to effective mentoring that you have identified."],
        ["Answer", """Time – I will book sessions on the rota in advance and ask the manager to
          protect them as training time, so they are planned rather than squeezed in.
          Shift patterns – we will agree at the first meeting which day in the fortnight we
          are both on, and we can use a short phone call on the work mobile if a session has to
          move.
          Trust – I will explain confidentiality and its limits at the start, in a mentoring
          agreement, so the mentee knows that only safeguarding concerns would be passed on.
          Language – I will check understanding by asking them to tell me back in their own
          words, and I will write the agreed goals down in plain English."""],
    ),

    H(1, "Task 2"),
    P("In this task, you are now considering how best to prepare yourself for the practical mentoring."),
    T(
        ["2.1", "Consider the key skills you need to be effective in your role as a mentor. Present a minimum of two of these skills in a table which gives essential information about those skills."],
        ["Answer", "My key skills are in the table below."],
    ),
    T(
        ["Key skill", "What it looks like", "Why it matters in a care home"],
        ["Active listening", "Eye contact, nodding, not checking my phone, summarising back",
         "New carers often hide their worries; listening properly lets them say what is really wrong"],
        ["Questioning", "Open questions such as 'how did that feel?', then closed ones to check facts",
         "Helps the mentee work out the answer so they remember it on a night shift when I am not there"],
        ["Empathy", "Remembering my own first weeks, taking their feelings seriously",
         "The first time you lose a resident is hard and nobody warns you"],
        ["Giving feedback", "Specific, kind, straight after the event",
         "Bad habits in moving and handling must be corrected early for safety"],
    ),
    T(
        ["2.2", "Select a model or process that you are planning to follow with an individual in your mentoring sessions and describe how it will work in your organisation or situation."],
        ["Answer", """I will follow the GROW model (Whitmore). Goal – what does the mentee want to
          get out of this session or this month. Reality – where are they now, what has happened
          on shift, what is going well. Options – what could they do, such as shadowing a
          senior, watching the training video again or practising with the equipment when it is
          quiet. Way forward – what will they do before we next meet and how will we know it has
          happened. It suits us because it fits into a thirty minute session in the quiet room
          after the lunchtime meds round."""],
        ["2.3", "Explain how you are going to use your knowledge of questioning and listening techniques effectively in mentoring individuals."],
        ["Answer", """I will start with open questions like 'what has been the hardest part of this
          week?' because they get the mentee talking and show me what matters to them. I will
          use probing questions to go deeper ('what happened next?') and closed questions only
          to check facts, like whether they have done their fire training. I will use active
          listening, giving my full attention, reflecting back what they said and summarising at
          the end so they know I have understood. I will also listen for what they are not
          saying, for example a carer who talks about everything except nights may be
          struggling with nights. Silence is allowed, and I will not fill it."""],
        ["2.4", "Part of your role will be to give feedback to individuals. Describe how you will do this in an effective way."],
        ["Answer", """I will give feedback as soon as I can after something happens, in private, and
          about the behaviour not the person. I will use the feedback sandwich carefully:
          something they did well, the thing to improve, and then encouragement, but I will make
          sure the middle part is not lost. For example: 'You talked Mrs B through the whole
          wash and she was calm. Next time pull the curtain fully before you start. You are
          getting really confident with her.' I will ask them how they thought it went first,
          because often they already know."""],
        ["2.5", "It will take time to develop trust with individuals in mentoring situations, describe what can be done to achieve this."],
        ["Answer", """Trust comes from doing what I say I will do. I will turn up to every session,
          keep what is said between us unless it is a safeguarding matter, and be honest about
          my own mistakes when I started. I will agree boundaries at the first meeting, for
          example that I am not their line manager and will not be part of their probation
          review. I will show respect for their experience from other jobs; Kacper has run a
          team of pickers and knows a lot about working safely. Being a role model on shift
          matters too, because they will trust what I say in sessions if they see me do it on
          the floor."""],
    ),

    H(1, "Task 3"),
    P("In this task, you are making sure that you are fully prepared for the mentoring and you are selecting relevant documents to complete."),
    T(
        ["3.1", "Explain your method for planning effective mentoring sessions and how you will plan to use any forms or templates as evidence."],
        ["Answer", """Before the first meeting I will ask the mentee to fill in a short self
          assessment questionnaire that rates their confidence in each part of the care
          certificate, so I can see the gaps. At the first meeting we will complete the
          mentoring agreement together (how often, where, how long, confidentiality, what
          happens if one of us wants to stop). Before each session I will look back at the last
          record and decide what to check on, and I will book the quiet room. After each
          session I will fill in the session record. The questionnaire, agreement and session
          records will be my evidence for the next unit."""],
        ["3.2", "Select at least two goals that would be agreed between you and the individual you are mentoring and describe what you would consider for the goals to become effective."],
        ["Answer", PLACEHOLDER],
        ["3.3", "Give reasons for the selection of records that the mentor is required to keep, identifying examples, and explaining the main considerations in keeping those records."],
        ["Answer", """I will keep the mentoring agreement, the self assessment, a short record of each
          session (date, length, what we discussed, goals, actions) and my own reflective
          notes. Records show what was agreed so nobody can be confused later, they let both of
          us see progress, and they are evidence for my qualification. The main considerations
          are confidentiality and GDPR: records will be kept in the locked drawer in the
          training office, not on my own phone, with residents never named, and the mentee
          can read anything I write about them. They will be destroyed when the mentoring
          ends and my qualification is assessed."""],
    ),
    P("Northgate Care Training Ltd · Unit 200 template v3.2 · Please return completed templates to info@northgatecaretraining.co.uk"),
]

CASE = Case(
    name="d_200_template",
    unit="8584-200",
    kind="structured-docx",
    files=[SourceFile("Unit 200 template J Whitlock.docx", BLOCKS)],
    labels={
        "1.1": "be someone they can be honest with",
        "1.2": "ask the questions he might feel silly asking in handover",
        "1.3": "we could go two weeks without seeing each other",
        "1.4": "only safeguarding concerns would be passed on",
        "2.1": "The first time you lose a resident is hard",
        "2.2": "fits into a thirty minute session in the quiet room",
        "2.3": "a carer who talks about everything except nights",
        "2.4": "Next time pull the curtain fully before you start",
        "2.5": "will not be part of their probation review",
        "3.1": "rates their confidence in each part of the care certificate",
        "3.2": None,
        "3.3": "kept in the locked drawer in the training office",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": None,
        # the footer's info@ address is the centre's, not a person's
        "identifying": ["Gail Henshaw", "Kacper Nowak", "Kacper"],
    },
    about="Care home senior carer in the centre's Word template: answers in rows under printed prompts, own skills table, 3.2 left as the placeholder; manager and mentee named; centre info@ footer.",
)
