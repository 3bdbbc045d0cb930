"""8584-200 Understanding Mentoring: a structured assignment saved as PDF, from a college.

Daniel Okoye, a learning support practitioner at a further education college, will mentor
16–18 year old students on study programmes. Headings are "Task 1.1 ..." throughout
(rendered bold in the PDF, no outline); Task 2.1 is a table; a footer prints page numbers.
"""

from .case import B, Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "ILM Level 2 Award in Effective Mentoring Skills"),
    H(1, "Unit 8584-200 Understanding Mentoring"),
    P("Learner: Daniel Okoye    Registration number: R5520871    Centre: Castlegate Learning Partnership"),
    P("""Authenticity statement: I declare that this is my own work. Where I have used ideas
      from books or websites I have said where they came from."""),
    P("Word count: 1,890 (not including the table and references)"),

    H(1, "Task 1"),
    H(2, "Task 1.1 What a mentor does"),
    P("""I work in the learning support team at Castlegate College. From September I will be a
      mentor for students aged 16 to 18 who have been flagged by their tutors as at risk of
      dropping out, usually because of poor attendance or because they are struggling with
      the move from school to college."""),
    P("""My role as a mentor is to support the student's personal development and help them to
      stay on their course and reach their potential. It is different from being their tutor
      or a teacher because I am not assessing their work or teaching them content, and it is
      different from the college counselling service because I am not there to deal with
      mental health problems. The main things I will do are: meet the student one to one on a
      regular basis, help them identify what they want to achieve, help them break this into
      steps, encourage and motivate them, listen without judging, and share some of my own
      experience of college when it is useful. I also need to know when to refer on, for
      example to the safeguarding team or student wellbeing, and I must keep to the college
      safeguarding policy because I am working with under 18s. A good mentor gradually makes
      themselves less needed, so the student becomes independent and can manage on their own
      by the end of the year."""),

    H(2, "Task 1.2 Benefits of mentoring"),
    P("""The benefits of the mentoring I am about to do, and of mentoring in general, can be
      seen in a range of situations:"""),
    P("""At college, for students at risk of leaving: mentoring gives the student one trusted
      adult who checks in with them. Our own figures from last year showed that students who
      had a mentor were more likely to complete their course. The student gets help to plan
      their time, catch up on missed work and feel they belong, which improves attendance
      and results."""),
    P("""In a workplace, for apprentices: many of our engineering apprentices are mentored by
      a more experienced technician at their employer. The apprentice learns the unwritten
      rules of the workplace, gets practical tips and has someone to go to if they are
      struggling, so they are less likely to give up the apprenticeship."""),
    P("""In the voluntary sector: I volunteer with a refugee support charity that runs a
      befriending and mentoring scheme. A mentor there might help a newly arrived young person
      to register with a GP, find an ESOL class or apply for their first job. The benefit is
      practical independence and confidence in a new country."""),
    P("""In each case the mentee gets support to set goals and reach them, builds confidence and
      becomes more independent, and the organisation benefits too through better retention."""),

    H(2, "Task 1.3 Potential barriers to effective mentoring"),
    P("""I have identified three potential barriers that could affect my mentoring."""),
    P("""1. The student not wanting to be mentored. Students are referred by their tutor, so
      some of them will see mentoring as a punishment for poor attendance. If they feel forced
      into it they may not turn up or may not engage, which is a barrier because mentoring
      only works if the mentee wants it."""),
    P("""2. Safeguarding and vulnerability. Some of the students are vulnerable, for example
      young carers or care leavers. Meeting one to one with a young person carries risks for
      them and for me, and they may disclose something serious, which I must handle
      correctly."""),
    P("""3. Timetabling. Students have full timetables and part time jobs, and many rely on
      college buses that leave at set times, so there is not much time to fit mentoring in
      without them missing lessons."""),

    H(2, "Task 1.4 How to overcome the barriers"),
    P("""Student not wanting to be mentored: in the first meeting I will explain that the
      mentoring is there to help them and is not a disciplinary process, and ask what they
      would want to get from it. Letting them choose some of the focus gives them ownership.
      I will agree a short trial of three sessions and then ask if they want to carry on. If
      the student would rather have a different mentor, for example someone of the same
      gender, I will arrange this with my manager."""),
    P("""Safeguarding: I will always meet in a room with a glass panel in the door, in a
      public area of the college during the day, and never contact students through my
      personal phone or social media, only through college email and Teams. At the start I
      will explain the limits of confidentiality in words they understand, so they know that
      if they tell me they are at risk of harm I have to pass it to the designated
      safeguarding lead. I have completed the college's level 2 safeguarding training."""),
    P("""Timetabling: I will look at each student's timetable and book sessions in their free
      periods or straight after their last lesson, before the buses go. Sessions will be
      shorter, about 30 to 40 minutes, so they are easier to fit in, and I will send a
      reminder through Teams the day before."""),

    H(1, "Task 2"),
    H(2, "Task 2.1 Key skills for an effective mentor"),
    T(
        ["Key skill", "What I would see a good mentor doing", "How I will use it"],
        ["Building rapport", "Friendly, relaxed, finding common ground",
         "Chat about their course or interests before getting into goals"],
        ["Active listening", "Eye contact, nodding, summarising, not checking a phone",
         "Reflect back what the student says so they know I heard them"],
        ["Questioning", "Open and probing questions, few closed questions",
         "Help the student work out their own plan for catching up on coursework"],
        ["Goal setting", "Helping the mentee set SMART targets",
         "Agree one or two small targets each session, e.g. attendance"],
        ["Giving feedback", "Specific, balanced, focused on behaviour",
         "Praise progress with attendance and be honest about what still needs work"],
        ["Being non-judgemental", "Not showing disapproval, respecting their choices",
         "Young people open up when they do not feel told off"],
    ),

    H(2, "Task 2.2 A mentoring model I will use"),
    P("""I am going to use the CLEAR model, developed by Peter Hawkins. I chose it because it
      starts with a contract, which suits our college setting where boundaries and
      safeguarding need to be clear. The stages are:"""),
    B("""Contracting – agree the purpose of the session, what the student wants to talk about,
      how long we have and the confidentiality rules."""),
    B("""Listening – let the student talk about what is going on for them, using active
      listening so I understand the situation from their side."""),
    B("""Exploring – use questions to help the student understand the problem better and
      think about what they could do. This is where we look at options."""),
    B("""Action – the student decides what they are going to do before the next session,
      such as emailing their English teacher to ask for the missed worksheets."""),
    B("""Review – at the end we check what has been agreed and how the session went, and at
      the start of the next one we look back at whether the actions happened."""),
    P("""In practice at Castlegate a session will follow this order in about 40 minutes. With
      younger students I will spend longer on the listening stage because they often need
      time to settle before they say what is really wrong."""),

    H(2, "Task 2.3 Questioning and listening"),
    P("""The way I question and listen will decide whether the student opens up. Many of our
      students are used to adults telling them what to do, so if I ask lots of closed
      questions it will feel like an interrogation and they will give one word answers."""),
    P("""I will use open questions to get them talking, such as 'What has been going well this
      week?' or 'How are you finding the course so far?'. If the answer is vague I will use
      probing questions like 'What happens on the mornings you miss the bus?' to get to the
      real issue. Hypothetical questions can help them imagine change, for example 'If you
      were up to date with your assignments, what would be different?'. I will use closed
      questions at the end to confirm actions, for example 'Will you be in on Monday for
      maths?'."""),
    P("""For listening, I will use active listening skills: facing the student, keeping an open
      posture, not interrupting and allowing pauses, because teenagers often say the
      important thing after a silence. I will paraphrase and summarise what I hear to check I
      have it right, and listen for feelings as well as facts. If a student says 'it's fine'
      with their hood up and no eye contact, I will gently say what I notice. Listening
      properly shows the student they matter, and it means the actions we agree come from
      them, so they are more likely to do them."""),

    H(2, "Task 2.4 Giving feedback"),
    P("""I will give feedback regularly, both praise and developmental feedback. Young people
      who are at risk of dropping out often only hear negative things, so I want to notice
      and name progress, but in a way that is specific, for example 'You were in for all
      of your sessions this week apart from Tuesday, that's your best week this term' rather
      than just 'well done'."""),
    P("""When something needs to improve I will use the CEDAR model: Context (why we are
      talking about it), Examples (what actually happened), Diagnosis (asking the student why
      they think it happened), Action (what they will do differently) and Review (when we
      will look at it again). This fits mentoring because the student does most of the
      thinking. I will always give feedback in private, about the behaviour not the person,
      and straight after the event where I can. I will also ask students for feedback on
      the sessions using a short form at the end of each half term."""),

    H(2, "Task 2.5 Developing trust"),
    P("""Trust is hard to build with some of our students because they have been let down by
      adults before. I will develop trust by being consistent and reliable: same day, same
      room, on time, and if I say I will chase up a missing grant payment, I do it. Small
      things matter, like remembering the name of their dog or asking how the football
      match went."""),
    P("""I will be honest about confidentiality from the first session, so they are never
      surprised. I will also show respect by treating them as young adults, letting them set
      the agenda and not judging their choices. Sharing a little about my own experience,
      like that I failed my first year of A levels and went to college instead, shows them
      I have been there too. Keeping boundaries is also part of trust – I will be friendly
      but I am not their friend, and they need to know I will behave the same way each
      time."""),

    H(1, "Task 3"),
    H(2, "Task 3.1 Planning effective mentoring sessions"),
    P("""Planning starts before I meet the student. The tutor's referral form tells me why the
      student has been referred, and I will look at their attendance and progress data on
      the college system. At the first session we will complete an initial needs assessment
      together – a one page form where the student rates themselves on things like
      attendance, organisation, confidence, and getting on with others, and writes down what
      they want to change. This shows where the gaps are."""),
    P("""We will then agree a mentoring agreement which sets out how often we meet (every two
      weeks for one term, then review), where (the learning support quiet room), what is
      confidential, and what the student and I will each do. Both of us sign it and a copy
      goes on the student's file. Before each session I will reread my notes and think about
      which stage of CLEAR we are at. I will choose times that do not clash with lessons and
      plan for shorter sessions if the student struggles to concentrate. At the end of each
      session we book the next one."""),

    H(2, "Task 3.2 Goals that could be agreed"),
    P("""Goals need to be SMART so the student and I know when they have been met. Examples I
      would expect to agree include:"""),
    B("""Attendance: to raise attendance from 78% to at least 90% by the February half term,
      checked on the weekly register report."""),
    B("""Coursework: to hand in the two overdue Unit 3 assignments to the Level 2 business
      tutor by Friday 21 November."""),
    B("""Confidence: to ask at least one question in each maths lesson for the next three
      weeks."""),
    P("""For a goal to be effective the student has to want it, so I will ask them how much
      it matters to them and what might stop them. The goal should be a stretch but
      achievable, and broken into small steps. We will review the goals at every session
      and change them if their situation changes."""),

    H(2, "Task 3.3 Records the mentor keeps"),
    P("""I will keep the signed mentoring agreement, the initial needs assessment, a session
      record for each meeting showing the date, length, what was discussed, goals and actions
      agreed, and any concerns, and the end of term review. The records are needed to track
      the student's progress towards their goals, to show what was agreed if there is any
      disagreement later, and to provide evidence for the college that the mentoring
      scheme is working. They also help me reflect on my own practice as a mentor."""),
    P("""The records will be kept on the college's secure student tracking system, which only
      authorised staff can see, and not on paper in my bag or on my own laptop. Under data
      protection law I must keep them accurate, only record what is necessary and keep them
      no longer than the college retention policy allows. Any safeguarding concerns are
      recorded separately on the safeguarding system, not in the mentoring notes. Students
      are told what will be written down about them and can ask to see it."""),

    H(1, "References"),
    P("Hawkins, P. and Smith, N. (2013) Coaching, Mentoring and Organizational Consultancy. 2nd edn. Maidenhead: Open University Press."),
    P("Castlegate College (2024) Safeguarding and Child Protection Policy. Internal document."),
]

CASE = Case(
    name="u200_pdf",
    unit="8584-200",
    kind="structured-pdf",
    files=[SourceFile("assignment.pdf", BLOCKS)],
    labels={
        "1.1": "makes themselves less needed",
        "1.2": "refugee support charity",
        "1.3": "see mentoring as a punishment",
        "1.4": "glass panel in the door",
        "2.1": "Chat about their course or interests",
        "2.2": "Peter Hawkins",
        "2.3": "hood up and no eye contact",
        "2.4": "that's your best week this term",
        "2.5": "remembering the name of their dog",
        "3.1": "tutor's referral form",
        "3.2": "from 78% to at least 90%",
        "3.3": "secure student tracking system",
    },
    expected_checks={"declaration": True, "evidence_matrix": None, "identifying": []},
    about="FE college learning support; PDF with bold 'Task 1.1' headings, a table, page footers.",
)
