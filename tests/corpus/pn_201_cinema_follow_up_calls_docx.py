"""8584-201 whole portfolio in Word: a cinema duty manager's log in minutes whose Notes add follow-up calls, one counted and one not.

Aoife Brennan, duty manager at an independent three-screen cinema, mentors Tomasz, newly
promoted to front-of-house supervisor. Her Word portfolio answers 1.1 to 3.3 under headings
that use the handbook's wording loosely ("What we agreed", "Keeping records"). The log's
length column is "Duration (mins)", bare numbers. Tricky: on 18 Feb the column says 45 but
the Notes add "plus 15 mins follow-up call" after the 9pm show to finish the same session,
which she says she has counted as 60 (one session, 60); on 27 Feb the column says 50 and the
Notes add "plus 15 mins follow-up call Mon 3 Mar", which she marks "not counted"; a
cancelled and rebooked row (projector fault); her Total row (right: 345 = 5 hrs 45,
"incl. the 15 min call on 18 Feb"); a plan of "six sessions of about 45 minutes" (planned);
the 4 March session retold in 2.3 as "a full hour" (the same session); the 18 Feb call
retold in 2.4. Supervision only in prose: the tutor meeting "from 2 until 3pm" and an
earlier 25-minute tutorial call.

Practice truth: 40 + 55 + 60 + 50 + 60 + 35 + 45 = 345 minutes in seven sessions with one
mentee; supervision 60 + 25 = 85.
"""

from .case import Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "Unit 201 – Developing Mentoring Skills"),
    P("Aoife Brennan | Duty Manager, The Picturedrome, Hexley | ILM Level 2 Award in Effective Mentoring Skills"),

    H(1, "Planning the mentoring (1.1)"),
    P("""Tomasz was made up to front-of-house supervisor in January after two years on the
      kiosk and the floor. He is great with customers but he had never had to tell his old
      mates what to do, and the general manager asked if I would mentor him through his
      first couple of months as part of my ILM course. Before we started I wrote a one page
      plan. It said who, why, where and when: Tomasz, to help him settle into leading the
      floor team, in the upstairs office, on Tuesday afternoons before the evening shows when
      the building is quietest. I planned six sessions of about 45 minutes between February
      and the end of March, with the last one as a review. I listed what I needed: a
      mentoring agreement, a goals sheet, my log and the feedback form from the course pack.
      I also thought about what could go wrong, mainly the cinema getting busy, and agreed
      with the GM that a session could be moved but not dropped."""),

    H(1, "What we agreed (1.2)"),
    P("""At session 2 we agreed two goals, which Tomasz worded himself and we both signed.
      First, to run the pre-show team briefing on his own three nights a week by the end of
      March, using a checklist he would write. Second, to deal with a staff lateness issue
      himself instead of passing it to me, following the company's absence procedure. We
      also agreed smaller goals for each session, written at the bottom of the log entry,
      for example to bring his draft briefing checklist to session 4."""),

    H(1, "Mentoring log (2.1)"),
    P("""Below is my log of the mentoring. The Duration column is in minutes. Where we
      carried on by phone I have put it in the notes."""),
    T(
        ["Date", "Session", "Duration (mins)", "Notes / actions"],
        ["Tue 4 Feb 2025", "1", "40",
         "Intro. Mentoring agreement signed – what stays between us and what I would have to pass to the GM. Agreed Tuesdays."],
        ["Tue 11 Feb", "2", "55", "Goals agreed and signed. Action: T to watch me do two briefings"],
        ["Tue 18 Feb", "3", "45",
         "Cut short – sold-out screening, I was needed on the floor. Plus 15 mins follow-up call after the 9pm show to finish his action plan (same session, I've counted it as 60)."],
        ["Tue 25 Feb", "–", "–", "Cancelled – projector fault on screen 2, all hands. Rebooked for Thursday"],
        ["Thu 27 Feb", "4", "50",
         "Briefing checklist (his draft). Role play of the lateness conversation. Plus 15 mins follow-up call Mon 3 Mar – he rang to check the rota wording, not counted (quick question)."],
        ["Tue 4 Mar", "5", "60", "Went through how the lateness conversation actually went. Feedback (see 2.3)"],
        ["Tue 11 Mar", "6", "35", "Short – he has now done 5 briefings on his own. Next: absence paperwork"],
        ["Tue 18 Mar", "7", "45", "Final review of both goals. Feedback form completed"],
        ["Total", "", "345", "= 5 hrs 45 mins (incl. the 15 min call on 18 Feb, not the one on 3 Mar)"],
    ),
    P("""This gives me nearly six hours of mentoring with one person against the three hours
      the unit asks for, all of it one-to-one with Tomasz."""),

    H(1, "Questioning and listening (2.2)"),
    P("""I tried to use TED questions (tell me, explain, describe) rather than asking yes or no
      questions. In the second session I asked him to describe a shift where he felt like the
      supervisor and one where he didn't, and the difference was whether his old friends from
      the kiosk were on. I also practised reflecting back: when he said the lateness was
      "not really a big deal", I said "you've mentioned it three times today", and he laughed
      and admitted it was bothering him a lot. I had to stop myself filling silences, which
      I am bad at."""),

    H(1, "Feedback (2.3)"),
    P("""On 4 March, a full hour, we went through how his lateness conversation had gone. I
      asked him to rate it first, then gave my feedback in the order the course taught us:
      something specific he did well, one thing to change, and how to do it next time. He had
      kept it private and stuck to the facts, which was good; he had also apologised three
      times, which took the weight out of it. We agreed he would write down his opening
      sentence before the next one. I made sure it was about the conversation and not about
      him as a person."""),

    H(1, "Building trust (2.4)"),
    P("""Trust mattered because I am one of the managers Tomasz reports to. At the start I
      was clear about confidentiality and its limits, so he knew what I would have to take
      to the GM (anything about safety or gross misconduct) and that everything else stayed
      with me. I also kept my promises. When the sold-out screening cut session 3 short I
      rang him after the 9pm show, as I said I would, so he didn't go home with half an
      action plan. Small things helped as well, like making the session about his agenda and
      letting him choose the order we did things in."""),

    H(1, "Keeping records (2.5)"),
    P("""I typed up the log within a day of each session and kept it in a folder in the
      office safe with the signed agreement and the goals sheet, so nobody else on the team
      could read it. Tomasz had a copy of everything except my own reflections. When a
      session moved or ran over I wrote it down as it happened rather than tidying it up
      afterwards."""),

    H(1, "How I did (3.1)"),
    P("""Looking back over my log and Tomasz's feedback form, I was good at keeping the
      sessions going when the cinema was busy and he said he always knew what we were
      working on. Against the mentor qualities in Parsloe's model I was weaker on letting
      the mentee find the answer: in sessions 1 and 2 I did most of the talking, and his
      feedback form says "sometimes I wanted to work it out myself". Where I improved was
      feedback, because I prepared it instead of saying what came into my head. I also
      noticed I find it hard to mentor someone I also manage, and I would set the boundaries
      out even more clearly next time."""),

    H(1, "Meeting with my tutor (3.2)"),
    P("""I met my tutor Declan at the training centre on 25 March from 2 until 3pm. We went
      through the log and my feedback form, and he challenged me on why I was giving Tomasz
      so many answers early on. Because of that meeting I decided to make listening my main
      development area. Declan had also given me a 25-minute tutorial call in early
      February to look at my plan, and he suggested I make the goals measurable, which is
      where "three nights a week" came from."""),

    H(1, "Next steps (3.3)"),
    T(
        ["Area to develop", "What I will do", "When", "Support"],
        ["Listening / not jumping in", "Ask at least three open questions before I offer any idea; ask my next mentee to tell me when I interrupt",
         "Next mentee, from May", "Declan, feedback forms"],
        ["Mentoring someone I manage", "Write a boundaries section into the agreement and go through it in session 1",
         "Next agreement", "GM to check it"],
        ["Confidence giving difficult feedback", "Go on the company's two-day feedback course",
         "Autumn 2025", "HR training budget"],
    ),

    H(1, "Declaration"),
    P("I confirm that this portfolio is my own work and that the mentoring log is accurate. Signed: Aoife Brennan. Date: 31/03/2025"),
]

CASE = Case(
    name="pn_201_cinema_follow_up_calls_docx",
    unit="8584-201",
    kind="structured-docx",
    files=[SourceFile("Aoife Brennan - Unit 201 portfolio.docx", BLOCKS)],
    labels={
        "1.1": "on Tuesday afternoons before the evening shows",
        "1.2": "to run the pre-show team briefing on his own",
        "2.1": "nearly six hours of mentoring with one person",
        "2.2": "you've mentioned it three times today",
        "2.3": "something specific he did well, one thing to change",
        "2.4": "what I would have to take to the GM",
        "2.5": "kept it in a folder in the office safe",
        "3.1": "sometimes I wanted to work it out myself",
        "3.2": "he challenged me on why I was giving Tomasz",
        "3.3": "Ask at least three open questions before I offer any idea",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        # Log, "Duration (mins)": 4 Feb 40 + 11 Feb 55 + 18 Feb 45 plus the 15 min follow-up call
        # the learner says is the same session and counted (= 60) + 27 Feb 50 + 4 Mar 60 + 11 Mar 35
        # + 18 Mar 45 = 40 + 55 = 95; + 60 = 155; + 50 = 205; + 60 = 265; + 35 = 300; + 45 = 345.
        # Not: 25 Feb cancelled; the 3 Mar follow-up call ("not counted"); the Total row (345, right);
        # "six sessions of about 45 minutes" (plan); "a full hour" in 2.3 (4 Mar again); the
        # 9pm call retold in 2.4 (18 Feb again).
        "minutes": 345,
        "sessions": 7,  # the 18 Feb session and its follow-up call are one session
        "individuals": 1,  # Tomasz (T)
        # 3.2: tutor meeting 25 March 2 until 3pm = 60 + February tutorial call 25 = 85
        "supervision_minutes": 85,
    },
    about="Cinema duty manager; whole 201 Word portfolio, 'Duration (mins)' log whose Notes add a 15 min follow-up call to one session (counted, same session) and another marked not counted, cancelled and rebooked row, right total, plan and retold sessions, tutor meeting and tutorial call only in prose.",
)
