"""8587-303 Reflecting on Coaching Skills: a bank contact-centre team manager's e-portfolio, exported as text.

Shona McBride manages a team of twelve advisers in a bank's customer contact centre in
Leeds and coached three advisers for unit 302. Her centre's e-portfolio platform exports
the unit as plain text: a header, then one entry per upload with 'Criterion: 2.1' on its
own line, 'Evidence:' and her text, in the order she uploaded them (2.1, 1.2, 1.1, 2.2),
not rubric order. Assessor comments sit between the entries, including one that asks for
more on 1.1 before she uploaded it. Her 2.2 plan is a table. No declaration on the
export, no matrix.

Planted: in her 1.1 evidence she pasted a coachee's feedback e-mail with the name removed
but the sender's personal e-mail address left in (lou.baines.88@hotmail.co.uk).
"""

from corpus.case import Case, P, SourceFile, T

BLOCKS = [
    P("PathwayPro e-portfolio – evidence export"),
    P("Learner: Shona McBride | Learner ID: 118604 | Centre: Aire Valley Management Academy"),
    P("Qualification: ILM Level 5 Certificate in Effective Coaching and Mentoring"),
    P("Unit: 8587-303 Reflecting on Coaching Skills within an Organisational Context"),
    P("Assessor: Priya Shah | Export date: 28/11/2025 16:02 | Status: Submitted for assessment"),

    P("----- Upload 1 of 4 | uploaded 02/10/2025 21:47 | file: reflection_questioning_listening.docx -----"),
    P("Criterion: 2.1"),
    P("Evidence:"),
    P("""Looking back over my three coaching relationships, my questioning is the area where
      I have grown most and still have most to do. Our whole culture on the floor is
      built on call scripts and quality scorecards, so I am used to asking questions to
      check compliance, not to open up thinking. In early sessions I noticed I asked
      questions that already had my answer inside them ("have you thought about using
      the knowledge base more?"). Development opportunity: I want to get better at
      Nancy Kline's incisive questions and at staying with one powerful question instead
      of stacking three. My strategy is to write down three open questions before each
      session and to ask no more than one at a time, and to review a recording with
      consent once a month."""),
    P("""Listening: I listen well for facts, because that is what we train advisers to do on
      calls, but less well for feelings and values. Coachee B told me in session four that
      she was thinking of leaving the bank and I realised I had missed two earlier hints.
      My strategy is to practise Kline's attention without interrupting, and to reflect
      back feelings as well as content, which I will practise in our monthly coaching
      peer group."""),
    P("""Communication: I speak quickly and use a lot of contact-centre jargon (AHT, FCR,
      wrap time). With Coachee C, who is new to the bank, this got in the way. I also
      find it hard to challenge kindly. My strategy is to slow down, check
      understanding, and use Downey's spectrum to decide consciously whether I am being
      directive or non-directive at any moment."""),
    P("Assessor comment (Priya Shah, 09/10/2025): Good honest review across all three areas with a strategy for each. Please make sure your plan for 2.2 picks these strategies up."),

    P("----- Upload 2 of 4 | uploaded 12/10/2025 20:15 | file: strengths_and_improvements.docx -----"),
    P("Criterion: 1.2"),
    P("Evidence:"),
    P("""Strengths. Knowledge: I know the contact centre inside out after eleven years,
      from adviser to team manager, and I understand the FCA's Consumer Duty, which helps
      coachees link their goals to what the bank needs. I have also read widely on
      coaching for this course (Whitmore, Passmore, de Haan). Skills: I am organised,
      my session notes are thorough and I am good at helping people turn a vague wish
      into a specific goal. Behaviour: I am reliable and I keep confidences; none of my
      coachees' topics have reached their team leaders."""),
    P("""Areas for improvement. Knowledge: my coaching theory is narrow and I lean on
      GROW even where OSKAR or a solution-focused approach would suit better.
      Skills: as above, questioning and challenge. Behaviour: I slip into fixing mode
      when the phones are busy and I feel the pressure of service levels."""),
    P("""Communication and interpersonal skills: my written communication is clear and my
      interpersonal warmth means people relax quickly with me. But I talk too much when
      I am nervous, and in the Johari window exercise at our workshop, two colleagues
      said I can come across as rushed, which was in my blind spot. Interpersonally I
      need to get more comfortable with people being upset in front of me without
      trying to make it better straight away."""),
    P("Assessor comment (Priya Shah, 20/10/2025): Clear and covers knowledge, skills and behaviour. For 1.1 remember you need records, supervision AND feedback, not just your own view."),

    P("----- Upload 3 of 4 | uploaded 03/11/2025 22:31 | file: effectiveness_review.docx -----"),
    P("Criterion: 1.1"),
    P("Evidence:"),
    P("""To examine how effective my coaching has been I used three kinds of evidence: my own
      session records, my supervision notes and feedback from the three coachees."""),
    P("""Records. I delivered sixteen sessions between May and September. Reading the
      records again, I can see that the goals set in the first sessions were mostly met:
      Coachee A moved into the complaints team as she wanted, and Coachee C passed his
      probation. But the records also show that in six sessions the actions were written
      in my words, not theirs, which tells me I was steering more than I thought."""),
    P("""Supervision. I had three supervision sessions with the bank's internal coaching lead.
      Using Hawkins and Shohet's seven-eyed model, she helped me look at what was
      happening between me and Coachee B. Her challenge was that I had been treating B
      as a performance problem when the real topic was career direction, and that my own
      dislike of conflict kept me away from it. That was uncomfortable but accurate."""),
    P("""Feedback. I asked each coachee for short written feedback at the end. Coachee B
      sent hers by personal e-mail, which I have pasted below with her name removed:"""),
    P("From: lou.baines.88@hotmail.co.uk"),
    P("Sent: 26 September 2025 19:04"),
    P("Subject: Re: coaching feedback"),
    P("""Hi Shona, you asked for honest feedback so here goes. The sessions really helped me
      work out that I want to move into training, and I wouldn't have said that out loud
      to anyone else at work. The best bit was when you stopped asking about my stats
      and asked what I actually enjoy. If I'm honest the first couple of sessions felt a
      bit like a one-to-one with a manager. Thanks for sticking with me. [name removed]"""),
    P("""Bringing the three together, I would say my coaching was effective at helping
      people reach concrete work goals and at building trust, and less effective early on
      at letting the coachee set the agenda. The feedback and supervision both point to
      the same thing: I was most useful once I stopped acting like their manager."""),
    P("Assessor comment (Priya Shah, 10/11/2025): Good use of all three sources of evidence. Please check the pasted e-mail against the anonymisation guidance before final submission."),

    P("----- Upload 4 of 4 | uploaded 24/11/2025 21:09 | file: development_plan.xlsx (converted) -----"),
    P("Criterion: 2.2"),
    P("Evidence:"),
    P("""My development plan runs for six months from December 2025 to May 2026. I will
      review it with the coaching lead at each bi-monthly supervision and
      re-rate myself against the measures at the end of February and May."""),
    T(
        ["Development need", "Action", "Timescale", "Measure of success"],
        ["Questioning", "Prepare 3 open questions per session; one question at a time; learn Kline's incisive questions",
         "Dec 2025 – Feb 2026", "Recording shows at least 80% open questions"],
        ["Listening for feelings", "Reflect back feelings in every session; practise in peer coaching group",
         "Dec 2025 – May 2026", "Coachees rate 'felt heard' 5/5 on feedback form"],
        ["Communication", "Slow down; no jargon; check understanding at end of session",
         "Jan – Mar 2026", "No jargon in two recorded sessions"],
        ["Challenge", "Use Downey's spectrum; take one challenging moment to each supervision",
         "Jan – May 2026", "Supervisor observes one session and confirms appropriate challenge"],
        ["Wider models", "Read Passmore's Excellence in Coaching; use OSKAR with two new coachees",
         "Mar – May 2026", "Used OSKAR in at least four sessions and reflected on it"],
    ),
    P("""Success overall will mean that by the end of May I have coached two new coachees
      from the team leader group and their written feedback no longer describes my sessions
      as feeling like a one-to-one with a manager."""),
    P("Assessor comment (Priya Shah, 27/11/2025): Plan covers six months with timescales and measures. Ready for final assessment once the 1.1 e-mail has been checked."),
    P("----- End of export -----"),
]

CASE = Case(
    name="o_303_bank_portfolio_txt",
    unit="8587-303",
    kind="numbered-unstyled",
    files=[SourceFile("8587-303_McBride_S_export.txt", BLOCKS)],
    labels={
        "1.1": "most useful once I stopped acting like their manager",
        "1.2": "which was in my blind spot",
        "2.1": "staying with one powerful question instead of stacking three",
        "2.2": "re-rate myself against the measures at the end of February",
    },
    expected_checks={
        "declaration": False,
        "evidence_matrix": False,
        # the coachee's personal e-mail address in the pasted message; the learner, her
        # assessor Priya Shah, Coachee A-C, the coaching lead by role, Kline, Whitmore,
        # Passmore, de Haan, Downey, Hawkins and Shohet, the FCA, Leeds: not identifying
        "identifying": ["lou.baines.88@hotmail.co.uk"],
    },
    about="Bank contact-centre team manager's 303 e-portfolio export as text: 'Criterion: N.N' / 'Evidence:' entries in upload order (2.1, 1.2, 1.1, 2.2) with assessor comments between; a coachee's personal e-mail left in a pasted message.",
)
