"""8587-303 Reflecting on Coaching Skills: a recruitment agency branch manager's journal, DOCX with matrix and appendices.

Tom Fairbairn manages the industrial and driving desk of a recruitment agency and coached two
consultants (Coachee R and Coachee S) for unit 302. His Word file opens with a contents list
and an evidence matrix whose "Where evidenced" column points at lettered sections and
paragraph numbers ("Section A, paras 2-5"; "Appendix 1"), repeating each criterion's words.
The answers are under headings of his own with the AC in brackets. They are long: the 1.1
answer has five paragraphs and its label is in the fourth (the supervision evidence); the
1.2 label is in the third paragraph (interpersonal skills); the 2.1 label is in the fourth
of four. The development plan (2.2) is a table with its label in a cell. Two appendices
(a supervision summary and a feedback summary) hold supporting evidence but answer no
criterion on their own; an introduction and a conclusion touch every topic. Clean: coachees
are letters, the supervisor is a role, the CRM, the REC and theorists are not identifying.
"""

from .case import Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "Reflective Journal – Unit 303 Reflecting on Coaching Skills within an Organisational Context"),
    P("Tom Fairbairn | Branch Manager, Industrial & Driving | Keystone Recruitment, Northampton"),
    H(1, "Contents"),
    P("Introduction – Evidence matrix – Section A – Section B – Section C – Section D – Conclusion – Appendix 1 Supervision summary – Appendix 2 Feedback summary – Declaration"),
    H(1, "Introduction"),
    P("""This journal reflects on the twelve hours of coaching I did with two consultants in my
      branch for unit 302. It examines how effective my coaching was using my records,
      supervision and feedback, identifies my strengths and areas for improvement, reviews my
      questioning, listening and communication to find development opportunities, and sets out
      a development plan for the next six months."""),
    H(1, "Evidence matrix"),
    T(
        ["AC", "Criterion", "Where evidenced"],
        ["1.1", "Examine the effectiveness of their own coaching practice based on evidence, including records, supervision and feedback",
         "Section A, paras 1-5; Appendices 1 and 2"],
        ["1.2", "Identify own strengths and areas for improvement of their own knowledge, skills and behaviour, including communication and interpersonal skills",
         "Section B, paras 1-4"],
        ["2.1", "Review own coaching ability to identify future development opportunities, including the use of questioning, listening and communication strategies",
         "Section C, paras 1-4"],
        ["2.2", "Produce a relevant development plan covering a minimum of 6 months, including timescales and measures of success",
         "Section D, table"],
    ),

    H(1, "Section A – How effective was my coaching? (AC 1.1)"),
    P("""A1. I coached two consultants for six hours each between October and March. Coachee R had
      been with us eight months and wanted to move from temp to permanent recruitment. Coachee
      S had four years' experience but her billing had dropped and she described herself as
      "stuck". I used GROW in every session, kept a session record for each, had two
      supervision sessions and collected feedback after every session. I have used all three
      sources to judge how effective I was."""),
    P("""A2. Records. My session records show both coachees set and mostly met their goals.
      Coachee R placed her first two permanent candidates in February. Coachee S's goals were
      less clear-cut: she chose to rebuild her client base and by March had four new clients
      on the system, but her billing had not yet recovered. Reading the records back, I can see
      that the actions in my early sessions were mine, not theirs: "TF to send R the interview
      guide". From session 3 onwards the actions are written in the coachee's own words."""),
    P("""A3. Feedback. Both coachees filled in a short card after each session (Appendix 2).
      Coachee R's scores rose from 3 to 5. Coachee S scored session 2 as 2 out of 5 and wrote
      that it "felt like a sales meeting", which was uncomfortable to read but accurate: I
      had slipped into talking about her numbers because that is what I do in her monthly
      one-to-one."""),
    P("""A4. Supervision. My supervisor's challenge in December was the most useful evidence of
      all, because she made me replay a session I thought had gone well. When I described
      session 3 with Coachee S, she asked how much of the hour I had been talking, and when I
      worked it out it was more than half, so the session I was proud of was really me
      coaching myself out loud. We agreed I would record (with consent) one session and count.
      The recording of session 5 showed I was down to about a third."""),
    P("""A5. Taken together, the evidence says I was effective with Coachee R, where the goal was
      concrete and new, and less effective with Coachee S, where my role as her manager and my
      focus on figures got in the way."""),

    H(1, "Section B – Strengths and areas for improvement (AC 1.2)"),
    P("""B1. Knowledge. I know the recruitment cycle inside out and know GROW well. My area for
      improvement is knowledge of other models: I used GROW even when Coachee S needed
      something more exploratory, and I had no second tool to reach for."""),
    P("""B2. Skills and communication. My summarising is a strength; both coachees said it helped
      them see their own thinking. My questioning is an area for improvement: I ask good
      open questions at the start but turn to closed and leading ones when I think I know the
      answer. My listening is better one-to-one than on Teams, where I multitask."""),
    P("""B3. Behaviour and interpersonal skills. My strength is that people find me approachable
      and I am good at building rapport quickly; Coachee R said she felt she could say
      anything. My weakness is patience with silence and with a coachee who is not moving.
      With Coachee S my frustration showed in my face and my tone, and she picked it up
      straight away, which is the opposite of the non-judgemental stance coaching needs."""),
    P("""B4. In summary: strengths are rapport, summarising and knowledge of the business; areas to
      improve are my range of models, leading questions, silence and keeping my manager hat
      off."""),

    H(1, "Section C – Reviewing my coaching ability (AC 2.1)"),
    P("""C1. Looking across my records, feedback and supervision, three development opportunities
      stand out: questioning, listening, and communication more generally."""),
    P("""C2. Questioning. I need a strategy for the moment I think I know the answer. I will use
      a list of 'clean' questions from Nancy Kline's Time to Think, especially "What else?" and
      "What more do you think or feel or want to say?", and ask one question at a time."""),
    P("""C3. Listening. My listening slips on Teams. I will coach face to face wherever possible,
      and when I cannot, I will close my email and phone and take notes by hand so my attention
      is on the screen."""),
    P("""C4. Communication. My tone and body language give away my judgement. My strategy is to
      notice the moment I feel impatient, take a breath and ask the coachee what they need
      from the rest of the session, and to video one practice session with a peer coach so I
      can see what they see. I will also agree at contracting which conversations belong in
      coaching and which in my one-to-ones, so my communication as a coach is not muddled with
      my communication as a manager."""),

    H(1, "Section D – Development plan, April to October (AC 2.2)"),
    T(
        ["Development need", "Action", "Timescale", "Measure of success"],
        ["Range of models", "Read and practise the CLEAR model and a solutions-focused approach; use one with a new coachee",
         "April – June", "Used at least one non-GROW model in three sessions, noted in records"],
        ["Leading questions", "Clean questions list on the desk; record a session and count leading questions",
         "May, then again in August", "Leading questions halved between the two recordings"],
        ["Silence and patience", "Count to seven after a question before saying anything",
         "From April, reviewed in supervision", "Supervisor and coachee feedback mention space to think"],
        ["Manager vs coach role", "Only coach people outside my own desk from July",
         "July – October", "Two new coachees from the permanent desk; feedback scores 4+"],
        ["Supervision", "Book supervision every eight weeks", "April – October", "Four sessions held and recorded"],
    ),

    H(1, "Conclusion"),
    P("""Examining my records, supervision and feedback has shown me what I do well and where I
      need to grow. My review of questioning, listening and communication has given me clear
      development opportunities, and the plan above gives me six months of actions with
      timescales and measures."""),

    H(1, "Appendix 1 – Supervision summary"),
    T(
        ["Date", "With", "Main points"],
        ["04/12/2024", "External coach supervisor", "Talk time in session 3; agreed to record a session with consent"],
        ["19/02/2025", "External coach supervisor", "Recording showed talk time down to a third; discussed manager/coach boundary with Coachee S"],
    ),
    H(1, "Appendix 2 – Feedback summary"),
    T(
        ["Session", "Coachee R (score / comment)", "Coachee S (score / comment)"],
        ["1", "3 – useful but a lot of questions", "3 – OK"],
        ["2", "4 – I know what to do on Monday", "2 – felt like a sales meeting"],
        ["3", "4", "3 – better"],
        ["4", "5 – really helped me plan the call", "4 – didn't feel judged this time"],
        ["5", "5", "4"],
        ["6", "5 – thank you", "4 – clearer about what I want"],
    ),
    H(1, "Declaration"),
    P("I confirm this journal is my own work. Tom Fairbairn, 28 March 2025"),
]

CASE = Case(
    name="sl_303_recruitment_docx",
    unit="8587-303",
    kind="structured-docx",
    files=[SourceFile("Fairbairn 303 reflective journal.docx", BLOCKS)],
    labels={
        "1.1": "the session I was proud of was really me coaching myself out loud",
        "1.2": "my frustration showed in my face and my tone",
        "2.1": "video one practice session with a peer coach",
        "2.2": "Count to seven after a question before saying anything",
    },
    expected_checks={"declaration": True, "evidence_matrix": True, "identifying": []},
    about="Recruitment branch manager's 303 DOCX: contents line and evidence matrix pointing at lettered sections and paragraph numbers, long answers with labels in 4th (1.1), 3rd (1.2) and 4th (2.1) paragraphs, plan table label in a cell, supervision and feedback appendices, intro and conclusion touching every criterion, clean, declaration.",
)
