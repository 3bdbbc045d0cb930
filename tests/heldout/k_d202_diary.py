"""D2.02 (legacy, marked) mentoring diary as a PDF: a university library apprentice mentors a student assistant.

Aisha Rahman, 19, a library and information apprentice at a university library in Leeds,
mentors a first-year student who has just started as a part-time student library assistant
and is struggling with the evening desk shifts. One PDF: the mark sheet's section titles
as headings, the questions typed as plain lines with her answers below them, and the
diary as a table that runs over two tables (header repeated on the second) whose first
row is "Brought forward". One diary row is a chat at the issue desk she marked "(not
counted – informal)". Earnest, careful voice.

Practice, as an assessor counts it (the diary rows):
    Mentoring: 1 Oct 30, 8 Oct 35, 15 Oct 30, 22 Oct 40, 29 Oct 30, 5 Nov 30 = 195, 6 sessions
    Supervision: 1 Oct 30, 8 Oct 30, 15 Oct 25, 22 Oct 30, 29 Oct 30, 5 Nov 35 = 180
    Not counted: the 13 Oct issue desk chat ("(not counted – informal)", 20 mins) and the
    "Brought forward" row (1 hr 35 mentoring, 1 hr 25 supervision, restating table one).
    => minutes 195, sessions 6, individuals 1, supervision 180.

Clean: the mentee is "my mentee" / "S" throughout. Not identifying: Aisha's own name, her
supervisor (the customer services team leader, by role), her apprenticeship tutor (role),
Leeds, the university library, CILIP, Clutterbuck, Kolb, the GROW model.

Signed learner declaration at the end (declaration True).
"""

from corpus.case import Case, H, P, SourceFile, T

HEADER = ["Date", "What", "How long", "Notes"]

DIARY_1 = T(
    HEADER,
    ["Wed 1 Oct", "Mentoring session 1", "30 mins", "Introductions, ground rules, what S wants to get out of it."],
    ["Wed 1 Oct", "Supervision", "30 mins", "With my team leader after the session."],
    ["Wed 8 Oct", "Mentoring session 2", "35 mins", "Evening desk shifts – what is hard."],
    ["Wed 8 Oct", "Supervision", "30 mins", "Talked about going over time."],
    ["Mon 13 Oct", "Chat with S at the issue desk (not counted – informal)", "20 mins", "She came to ask about fines on the self-service machines while I was on the desk."],
    ["Wed 15 Oct", "Mentoring session 3", "30 mins", "Practised dealing with noise complaints."],
    ["Wed 15 Oct", "Supervision", "25 mins", "Short, team leader needed for a fire drill."],
)

DIARY_2 = T(
    HEADER,
    ["Brought forward", "", "Mentoring 1 hr 35 mins; supervision 1 hr 25 mins", ""],
    ["Wed 22 Oct", "Mentoring session 4", "40 mins", "The student who shouted at her. Longer session."],
    ["Wed 22 Oct", "Supervision", "30 mins", "Feedback on session 4."],
    ["Wed 29 Oct", "Mentoring session 5", "30 mins", "Reading week, quiet. Reviewed outcomes."],
    ["Wed 29 Oct", "Supervision", "30 mins", "Planning the last session."],
    ["Wed 5 Nov", "Mentoring session 6", "30 mins", "Last session, looked back at the three outcomes."],
    ["Wed 5 Nov", "Supervision", "35 mins", "Final review, diary signed off."],
)

BLOCKS = [
    H(0, "D2.02 Undertaking supervised mentoring – Mentoring diary"),
    P("Name: Aisha Rahman    Apprenticeship: Library, Information and Archives Assistant (Level 3)"),
    P("""I am an apprentice in customer services at the main university library. Every
      September the library takes on students as part-time assistants for the evening and
      weekend desk. My team leader asked me to mentor one of the new ones, a first-year
      student I will call S, because the new assistants often find the evening shifts hard
      and some give up before Christmas. S agreed to it, and we met on Wednesday afternoons in
      a group study room before her shift started."""),

    H(1, "Section 1 - Identify and agree overall outcomes for mentoring sessions"),
    P("""In the first session I asked S what a good evening shift would look like for her by
      November. She said nobody shouting at her, which we both laughed about because we can't
      control that. We talked it through and agreed three outcomes she could control: she would
      be able to ask a group of students to keep the noise down without panicking, she would
      know where to find the answer to the ten most common questions without ringing the duty
      manager, and she would tell her rota coordinator if a shift clashed with a lecture
      instead of just not coming in. I wrote them on a card and she kept it in her lanyard
      wallet."""),

    H(1, "Section 2 - Undertake supervised mentoring"),
    P("""All six sessions were in the same group study room on a Wednesday, and straight after
      each one I had supervision with my team leader in her office while S went to start her
      shift. My diary is in two tables because the first page ran out."""),
    P("2a Carry out six mentoring sessions of 30 minutes each with one mentee."),
    P("""I did six sessions with S between 1 October and 5 November, all about 30 minutes,
      except week two and week four when we ran over. In session three we role-played her
      asking me and my imaginary friends to be quiet, and she made up her own opening line,
      which was "sorry guys, this is a silent floor". By session five she had done it for real
      twice. The chat at the issue desk on 13 October was not a proper session, so I have not
      counted it."""),
    P("2b Meet with your supervisor after each mentoring session for 30 minutes to review and reflect on your performance and learning"),
    P("""I met my team leader after every session. The most useful one was after session four,
      when S told me a student had shouted at her and I told her what I would have done. My
      team leader said that I had jumped in with my own story before S had finished, and asked
      me how S might have felt. After that I tried to ask S what she thought first. In the last
      supervision we went through the whole diary and she signed it."""),
    P("My mentoring diary"),
    DIARY_1,
    DIARY_2,

    H(1, "Section 3 - Review own progress"),
    P("""To answer these I read my diary again and the notes from supervision, and I used the
      Kolb learning cycle we did with my apprenticeship tutor, looking at what happened, what I
      thought about it, what I learned, and what I would try next."""),
    P("3a Think about your own performance as a mentor and what worked well"),
    P("""The role play worked best. S is shy and she said practising in a room where nobody
      could hear made it much easier to do on the silent floor. The outcome card also worked,
      because she could see how far she had got each week. I think I was a good listener in
      most sessions and I kept to time apart from two weeks."""),
    P("3b What did you learn about yourself?"),
    P("""I learned that I want to fix things for people. When S was upset in session four I went
      straight into telling her my own story about a difficult reader. I also learned that I am
      more patient than I thought, because the same questions came up week after week and I did
      not mind."""),
    P("3c What might you do differently as a result of your reflection"),
    P("""Next time I would wait until the mentee had finished completely before saying
      anything, and then ask a question instead of telling a story. Clutterbuck says mentoring is
      about helping someone do their own thinking, and my story stopped S thinking. I would also
      agree at the start what happens if we bump into each other at work, because the chat at
      the desk was friendly but it muddled things."""),
    P("3d What skills do you still need to develop further?"),
    P("""I need to practise open questions, because I still ask "did that go OK?" rather than
      "how did that go?". I also want to get better at summarising at the end of a session. My
      plan is to ask my team leader if I can help with the induction for next year's student
      assistants and mentor one of them from the start of term."""),

    H(1, "Declaration"),
    P("""I declare that this mentoring diary is my own work and is a true record of my sessions
      and supervision. Signed: Aisha Rahman   Date: 7 November"""),
    P("Supervisor: customer services team leader – diary checked and signed 5 November"),
]

CASE = Case(
    name="k_d202_diary",
    unit="D2.02",
    kind="legacy-questions",
    files=[SourceFile("Aisha Rahman D2.02 diary.pdf", BLOCKS)],
    labels={
        "section-1": "she kept it in her lanyard wallet",
        "section-2": "while S went to start her shift",
        "q2a": "this is a silent floor",
        "q2b": "I had jumped in with my own story",
        "section-3": "I read my diary again and the notes",
        "q3a": "practising in a room where nobody could hear",
        "q3b": "I want to fix things for people",
        "q3c": "and my story stopped S thinking",
        "q3d": "help with the induction for next year's student",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": None,
        # Mentoring rows: 30 + 35 + 30 + 40 + 30 + 30 = 195. Not counted: the 13 Oct desk chat
        # she marked "(not counted – informal)", and the Brought forward row (95 / 85).
        "minutes": 195,
        "sessions": 6,
        "individuals": 1,  # S
        "supervision_minutes": 180,  # 30 + 30 + 25 + 30 + 30 + 35
        "identifying": [],
    },
    about="University library apprentice mentoring a student library assistant; D2.02 diary as a PDF whose table continues over two tables (header repeated) with a Brought forward row, one row marked '(not counted – informal)'; signed; clean.",
)
