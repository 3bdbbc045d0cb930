"""8587-305 Reflecting on Mentoring Skills: a students' union volunteer coordinator's reflective journal, plain text, three planted details.

Siân Pritchard (ILM 62237015), Volunteering Coordinator at a students' union in Cardiff,
reflects on mentoring a new Activities Coordinator for her 304. Typed in Notepad: numbered
sections "1.1 EFFECTIVENESS" etc. in capitals, prose, a development plan as a plain table.
She calls her mentee "my mentee" or "M1" and signs off with her initials.

Planted (3): a slip pasting the mentee's personal e-mail into the section on records
("kez.mcbride92@hotmail.co.uk"); her first name alone in the strengths section ("Kerry");
and the mentee's personal mobile in the same records passage ("07700 900884").

Clean but tricky: the learner's own name and number, her supervisor named in the
supervision summary line the centre asks for (and by first name in prose), Clutterbuck,
Schön, Kolb and Egan,
the Johari window, the Aneurin Bevan Room and the Glamorgan Building, Cardiff Met, Teams,
OneDrive, Canva and Trello, the NUS, months and days, job titles.
"""

from .case import Case, H, P, SourceFile, T

BLOCKS = [
    P("ILM LEVEL 5 COACHING AND MENTORING - UNIT 8587-305 REFLECTIVE JOURNAL"),
    P("Name: Siân Pritchard    ILM number: 62237015    Role: Volunteering Coordinator, Cardiff Students' Union"),
    P("Supervisor for this unit (name): Rhodri Llewellyn-Jones"),
    P("======================================================================"),
    H(1, "1.1 EFFECTIVENESS OF MY MENTORING PRACTICE"),
    P("""Between October and March I mentored M1, who joined the Union as Activities Coordinator
      straight from being a student officer at Cardiff Met. We had nine sessions, about
      thirteen hours, in the Aneurin Bevan Room on the second floor of the Union or on Teams.
      To judge how effective it was I looked at three kinds of evidence rather than how it
      felt."""),
    P("""Records: my session notes show that her goals shifted from "survive freshers" to
      planning the whole year of societies training, which suggests she moved from coping to
      leading. By session 6 the action points were all hers, where in session 1 I had written
      most of them. Supervision: Rhodri pointed out in January that my notes were full of what
      I said and thin on what she said, which told me I was still doing too much of the
      talking. Feedback: her end-of-session ratings went from 3s to 5s, but the written comments
      are more honest than the numbers - in November she wrote "sometimes it feels like a to-do
      list meeting". Taken together I would say the mentoring was effective for her practical
      goals but slower to help with her confidence, which was what she actually asked for."""),
    P("""Records note. I have kept all notes in the locked cabinet and on the Union's OneDrive.
      One slip to own up to here: at the start M1 asked me to send the session notes to her
      personal address, kez.mcbride92@hotmail.co.uk, or text 07700 900884 if a session moved,
      because she was still locked out of her staff account. I did, and I have since deleted
      them from my sent items; from now on notes only go through work accounts."""),

    H(1, "1.2 STRENGTHS AND AREAS FOR IMPROVEMENT"),
    P("""Strengths. I am organised, I prepare well and I am good at building rapport quickly; Kerry
      said after the second session that she "felt like she could say anything". I know the
      Union inside out so I can open doors, for example getting her onto the NUS training
      course. Interpersonally I am warm and I notice when someone is upset."""),
    P("""Areas for improvement. Knowledge: I knew Clutterbuck's stages in theory but I didn't
      notice we had skipped straight from rapport building to progress making without really
      setting direction. Skills: I give advice too early, and my questions get longer when I am
      nervous. Behaviour: I avoid conflict, so when M1 missed two actions in a row I didn't
      mention it, which probably didn't help her. The Johari window helped here: the advice
      habit was in my blind spot until supervision showed it to me."""),

    H(1, "2.1 FUTURE DEVELOPMENT OPPORTUNITIES"),
    P("""Reviewing my questioning, listening and communication together, the opportunities I
      see are: practising short open questions and then stopping; listening for feelings as
      well as tasks (Egan's idea of listening to the whole person); learning to challenge
      kindly, using the contract to name the missed actions rather than ignoring them; and
      reflecting in action, as Schön describes, so I catch myself about to give advice in the
      moment rather than in my notes afterwards. There is a chance to mentor a sabbatical
      officer next year through the NUS mentoring scheme, which would stretch me because
      they are elected and I am not their manager in any sense."""),

    H(1, "2.2 DEVELOPMENT PLAN (APRIL - OCTOBER)"),
    T(
        ["Area", "Action", "Timescale", "Measure of success"],
        ["Asking not telling", "One-question-at-a-time rule; keep a tally in my notes", "April - June",
         "Notes show more of the mentee's words than mine"],
        ["Challenge", "Practise naming missed actions in supervision role play with Rhodri", "May",
         "Missed actions raised within the same session every time"],
        ["Listening for feelings", "Read Egan; use one feelings reflection per session", "June - August",
         "Mentee feedback mentions feeling understood"],
        ["Direction setting", "Use a goals worksheet in session 2 of every new mentoring", "From September",
         "Written direction agreed by session 2"],
        ["New context", "Mentor a sabbatical officer via NUS scheme", "September - October",
         "Six sessions done, both of us rate it 4+"],
    ),
    P("""I will review this plan with my supervisor every two months on Teams and keep it in
      Trello with the rest of my CPD, with a Canva version on my office wall so I can't ignore
      it. Kolb's cycle says the learning only happens if I actually try things and look back
      at them, so each line has something to try, not just something to read."""),
    P("SP, Tuesday 8 April 2025. Glamorgan Building hot desk."),
]

CASE = Case(
    name="nl_305_students_union_planted_txt",
    unit="8587-305",
    kind="numbered-unstyled",
    files=[SourceFile("Pritchard 305 journal.txt", BLOCKS)],
    labels={
        "1.1": "effective for her practical goals but slower to help with her confidence",
        "1.2": "when M1 missed two actions in a row I didn't mention it",
        "2.1": "they are elected and I am not their manager",
        "2.2": "One-question-at-a-time rule; keep a tally in my notes",
    },
    expected_checks={
        "declaration": False,
        "evidence_matrix": None,
        "identifying": ["kez.mcbride92@hotmail.co.uk", "07700 900884", "Kerry"],
    },
    about="Students' union coordinator's 305 text journal: mentee's personal e-mail and mobile pasted in a records note, her first name alone in strengths; supervisor named on the form line and in prose, Aneurin Bevan Room, Glamorgan Building, Cardiff Met, NUS, Clutterbuck/Egan/Schön/Kolb clean.",
)
