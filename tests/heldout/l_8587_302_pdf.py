"""8587-302 Extended period of coaching (PDF made from Word): a logistics depot shift manager.

Gareth Oyelaran, night shift manager at a regional distribution depot for a supermarket
chain near Daventry, coaches two newly promoted team leaders (Coachee 1 on goods-in,
Coachee 2 on picking). One PDF saved from Word: answers under the criteria as headings and a
coaching log Date | Coachee | Time | Notes whose Time column holds ranges in two habits
('09:30-10:45' and '2-3pm'). The log has a 'Sub-total page 1' row and then continues with
the header repeated. One session was observed by his assessor (counts); one row is him
shadowing his own manager coaching (does not count); two supervision rows. No signed
declaration. Blunt, short-sentence voice.

Practice, as an assessor counts it (End minus Start of each coaching row):
    Page 1: 8 Jan 09:30-10:45 = 75 (C1, chemistry/contract), 10 Jan 2-3pm = 60 (C2, contract),
            17 Jan 13:00-14:30 = 90 (C1), 19 Jan 10:00-11:15 = 75 (C2),
            [24 Jan 11:00-12:00 shadowing his manager: not counted],
            31 Jan 2-3.30pm = 90 (C1), 2 Feb 06:30-07:45 = 75 (C2)      = 465 (6 sessions)
            'Sub-total page 1 ... 7 hrs 45' not counted (restates the rows).
    Page 2: [7 Feb 16:00-17:00 supervision], 14 Feb 09:00-10:30 = 90 (C1, observed),
            16 Feb 1-2pm = 60 (C2), 28 Feb 13:30-14:45 = 75 (C1), 2 Mar 09:30-10:45 = 75 (C2),
            [7 Mar 3-4.30pm supervision], 14 Mar 10:00-11:00 = 60 (C1),
            16 Mar 2-3pm = 60 (C2)                                     = 420 (6 sessions)
    => 885 minutes (14h 45m), 12 sessions, 2 individuals; supervision 60 + 90 = 150.

Clean: Coachee 1 and Coachee 2 throughout. Not identifying: Gareth's own name, his
assessor and his coaching supervisor (roles), his general manager (a role), Daventry,
Whitmore, the GROW model, Hawkins and Smith, Kolb, Belbin, DISC, the Wheel of Work.
"""

from corpus.case import Case, H, P, SourceFile, T

HEADER = ["Date", "Coachee", "Time", "Notes"]

LOG_PAGE_1 = T(
    HEADER,
    ["Mon 8 Jan", "Coachee 1", "09:30-10:45", "First meeting. Chemistry, contract signed, three-way with GM after."],
    ["Wed 10 Jan", "Coachee 2", "2-3pm", "First meeting. Contract. Wheel of work done as homework."],
    ["Wed 17 Jan", "Coachee 1", "13:00-14:30", "DISC profile results. Goal 1 options."],
    ["Fri 19 Jan", "Coachee 2", "10:00-11:15", "Wheel of work talked through. Goal setting."],
    ["Wed 24 Jan", "Shadowed my GM coaching a shift supervisor (observing only)", "11:00-12:00", "Watched how he contracts. Not my coaching."],
    ["Wed 31 Jan", "Coachee 1", "2-3.30pm", "Goods-in backlog. GROW."],
    ["Fri 2 Feb", "Coachee 2", "06:30-07:45", "End of nights. Tired. Short on options."],
    ["Sub-total page 1", "", "7 hrs 45", ""],
)

LOG_PAGE_2 = T(
    HEADER,
    ["Wed 7 Feb", "Supervision – coaching supervisor", "16:00-17:00", "See 3.4."],
    ["Wed 14 Feb", "Coachee 1", "09:00-10:30", "Observed by my assessor. Review of goal 1."],
    ["Fri 16 Feb", "Coachee 2", "1-2pm", "Difficult conversation prep."],
    ["Wed 28 Feb", "Coachee 1", "13:30-14:45", "Delegation. Belbin roles in his team."],
    ["Sat 2 Mar", "Coachee 2", "09:30-10:45", "How the conversation went."],
    ["Thu 7 Mar", "Supervision – coaching supervisor", "3-4.30pm", "See 3.4."],
    ["Thu 14 Mar", "Coachee 1", "10:00-11:00", "Final session. Review and close."],
    ["Sat 16 Mar", "Coachee 2", "2-3pm", "Final session. Review and close."],
)

BLOCKS = [
    H(0, "Unit 8587-302 Undertaking an Extended Period of Coaching"),
    P("Gareth Oyelaran – Night Shift Manager – ILM Level 3 Certificate in Coaching"),

    H(1, "Context"),
    P("""I run nights at a 400,000 square foot ambient depot. 140 people on a night shift.
      In December two of my best operatives were promoted to team leader. One runs goods-in,
      one runs a picking section. Neither had managed anyone before. My GM asked me to coach
      them instead of sending them on the two day course, which nobody remembers. I call them
      Coachee 1 (goods-in) and Coachee 2 (picking)."""),

    H(1, "1.1 Produce a plan for effective coaching to take place for 12 hours"),
    P("""Plan: six sessions each, 60 to 90 minutes, roughly fortnightly, January to mid March.
      That gives at least 12 hours across both. I booked the training room on the mezzanine,
      not my office, because my office is where people get told off. Sessions at the start or
      end of their shift, never in the middle, so they are not worrying about the floor. I
      built in slack for peak weeks. Each session had the same shape: review actions, the
      topic, options, actions. I shared the dates with both of them and with the GM so rotas
      could cover. Two supervision sessions booked in February and March with the coaching
      supervisor the company uses."""),

    H(1, "1.2 Agree appropriate topics, goals and/or outcomes relevant to the context"),
    P("""Coachee 1 wanted to get the goods-in backlog under 20 trailers by 6am without asking
      for extra agency staff, and to stop doing the work himself. Coachee 2 wanted to deal with
      two pickers who were always late back from break, because she used to be on breaks with
      them. Both also had a shared goal from the GM: be able to run the morning handover
      without me. We wrote each goal as a number where we could. Coachee 2 changed hers in
      session two to be about confidence in the conversation, not just the lateness."""),

    H(1, "1.3 Agree an appropriate and confidential contract with individual(s) and other stakeholders"),
    P("""Each of them signed a one page coaching agreement in the first session. It says what
      coaching is and is not, that what we say stays in the room, and the exceptions: health
      and safety, gross misconduct, anyone at risk. It says I am not their line manager in the
      sessions even though I am on the shift. Then we had a short three-way meeting with the GM
      straight after, where he agreed he would get progress from them and not from me, and
      that nothing from coaching would be used in their probation reviews. The GM signed the
      bottom of both agreements. Coachee 2 asked for that in writing, which was fair."""),

    H(1, "2.1 Use diagnostic or assessment tools to effectively coach within an organisational context"),
    P("""I used two tools. Coachee 1 did a DISC profile through HR. It came out high D. We
      talked about how that helps on a night shift and where it goes wrong, like shouting
      across the dock. He said nobody had ever told him he shouts. Coachee 2 did the Wheel of
      Work as homework before session two. She scored confidence with her old friends at 3
      out of 10 and everything else 6 or above, which is why her goal changed. With Coachee 1
      I also used Belbin later on, to look at who in his team could take over checking paperwork
      so he stopped doing it himself."""),

    H(1, "2.2 Use a recognised model of coaching"),
    P("""GROW, from Whitmore, in every session. It suits how people think in a depot: where are
      we, where do we need to be, what can we do, who does what by when. With Coachee 2 I
      spent longer on Reality because she kept jumping to Options. In session four we did not
      get past Reality at all and that was the right call. She needed to say out loud how
      it felt to be the boss of people she used to go to the pub with."""),

    H(1, "2.3 Demonstrate the knowledge, skills and behaviours of an effective and ethical coach"),
    P("""Knowledge: I read Whitmore and the Hawkins and Smith chapter on contracting. Skills:
      open questions, silence, summarising. My best question was asking Coachee 1 "what would
      happen if you didn't unload that trailer yourself?" He went quiet and then said
      "nothing, someone else would." Behaviours: I kept to the contract. Ethics came up once.
      Coachee 2 told me about a picker with a drink problem. That is a safety issue on a
      forklift site so I told her I had to pass it on, as agreed in the contract, and we
      talked about her telling the GM herself first. She did."""),

    H(1, "2.4 Record an auditable coaching process from initial contact to completion"),
    P("""Initial contact was the GM's email on 3 January and my chat with each of them on the
      floor that week. Then agreements, session notes, the log below, and a closing review for
      each on 14 and 16 March. Session notes are on a one page form, stored in a locked
      cabinet in the shift office. The log is typed from the forms."""),
    LOG_PAGE_1,
    P("Log continued."),
    LOG_PAGE_2,

    H(1, "3.1 Reflect on each session and identify key learning"),
    P("""After each session I wrote three lines: what worked, what didn't, what I'll change.
      Main themes. Sessions 1: too much talking from me about the depot. Sessions 2: the tools
      gave us something to talk about, good. Session 3 with Coachee 1 (31 Jan): I gave him the
      answer on trailer order. Wrong. Session 3 with Coachee 2: she was shattered at the end of
      nights and I should have rebooked. The observed session went better than I expected;
      having someone in the room made me slow down. Last two sessions each: I learned that
      closing well matters, so we wrote down what they would keep doing without me. The
      shadowing on 24 Jan taught me the GM contracts much more tightly than I do."""),

    H(1, "3.2 Gather ongoing feedback on effectiveness of coaching for each session"),
    P("""At the end of every session I asked two questions: what was most useful today, what
      should I do differently next time. Answers went on the form. Coachee 1 said twice that
      he wanted me to stop giving examples from when I was a team leader. Coachee 2 said the
      early morning slot on 2 February was useless and she was right. I also asked the GM for
      feedback in March. He said the morning handovers had improved. My assessor gave written
      feedback on the observed session by email."""),

    H(1, "3.3 Review own ability to use effective communication skills"),
    P("""Questioning: better than I thought. Listening: weaker. I listen to fix, not to
      understand, which is what a shift manager does all night. In the observed session my
      assessor counted that I interrupted four times in the first twenty minutes and only once
      after. Feedback: I give it straight, which Coachee 1 liked and Coachee 2 found harsh at
      first. I changed to asking permission first, "can I give you some feedback on that?"
      That small thing made a big difference to how she took it."""),

    H(1, "3.4 Summarise the outcomes of on-going supervision"),
    P("""Supervision 1, 7 February, one hour with the coaching supervisor on Teams. Outcome:
      she pointed out that I was rescuing Coachee 1 by giving him answers, and asked me to
      hold back and sit with the silence. I tried that in the next session and he came up with
      the delegation idea himself. Supervision 2, 7 March, an hour and a half. Outcome: we
      worked on ending well, and on the drink problem disclosure and whether I handled it
      right. She thought I did. I came away with a closing review format that I then used in
      both final sessions."""),
]

CASE = Case(
    name="l_8587_302_pdf",
    unit="8587-302",
    kind="structured-pdf",
    files=[SourceFile("Unit 302 G Oyelaran coaching.pdf", BLOCKS)],
    labels={
        "1.1": "I built in slack for peak weeks",
        "1.2": "without asking for extra agency staff",
        "1.3": "would be used in their probation reviews",
        "2.1": "nobody had ever told him he shouts",
        "2.2": "we did not get past Reality at all",
        "2.3": "That is a safety issue on a forklift site",
        "2.4": "Initial contact was the GM's email on 3 January",
        "3.1": "I gave him the answer on trailer order",
        "3.2": "what should I do differently next time",
        "3.3": "I listen to fix, not to understand",
        "3.4": "a closing review format that I then used",
    },
    expected_checks={
        "declaration": False,
        "evidence_matrix": False,
        # Page 1: 75 + 60 + 90 + 75 + 90 + 75 = 465 (24 Jan shadowing excluded; sub-total row
        # excluded). Page 2: 90 (observed, counts) + 60 + 75 + 75 + 60 + 60 = 420. 465 + 420 = 885.
        "minutes": 885,
        "sessions": 12,  # 6 per coachee
        "individuals": 2,  # Coachee 1, Coachee 2
        "supervision_minutes": 150,  # 7 Feb 16:00-17:00 = 60 + 7 Mar 3-4.30pm = 90
        "identifying": [],
    },
    about="Logistics depot shift manager coaching two new team leaders; PDF from Word, log Date | Coachee | Time with ranges '09:30-10:45' and '2-3pm', a 'Sub-total page 1' row then the log continued, an assessor-observed session, a shadowing row, two supervision rows; no declaration; clean.",
)
