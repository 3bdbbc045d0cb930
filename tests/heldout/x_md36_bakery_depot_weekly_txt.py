"""MD36 36-hour mentoring diary: a bakery depot night shift manager's plain-text diary, weekly headings and bullet entries.

Kevin Marsh is night shift manager at a plant bakery's distribution depot and mentors three
newly promoted team leaders, J., K. and R. His diary is a .txt file: a few paragraphs on
planning, contracts and goals, then twelve weekly headings ("Week 3 - w/c 20 Jan") with
one bullet per entry in his own shorthand ("Tue 7th - 1 hr with J."), and after each week a
line "Running total: ..." that he works out himself. In week 6 he adds 3.5 hours as 4.5
(20.5 written as 21.5), and every later running total carries the extra hour, so his final
"39 hrs" is an hour too many. Entries also hold a cancelled session, a did-not-attend, two
group sessions with all three, two tutorials at college / on Teams (he says they are not in
his total), two sessions with his mentoring supervisor (the depot's operations manager),
a half-term week with one session, and a follow-up "booked" for April. Reflections,
feedback and a supervision plan close it. No declaration.

Planted (2): R.'s mobile number in the entry where R. cancels ("07912 554381"); K.'s full
name in the feedback section ("Kirsty Donaghy").
Clean but tricky: route names and places (Wakefield, Normanton, the M62, Castleford),
customers (Co-op, Morrisons), Belbin, GROW, Honey & Mumford.

Assessor's arithmetic, week by week (held sessions only):
  W1  J 60, K 60, R 60                                   = 180  (cum 180)
  W2  J 90, K 90, R cancelled Thu -> Fri R 75            = 255  (cum 435)
  W3  group J+K+R 120 (once), K 45; tutorial 60 (sup.)   = 165  (cum 600)
  W4  J 60, R 90, K DNA                                  = 150  (cum 750)
  W5  K 90, J 60, R 120                                  = 270  (cum 1020)
  W6  J 90, K 60, R 60; supervision 30 (sup.)            = 210  (cum 1230 = 20.5 h;
                                                          he writes 21.5)
  W7  R 60 (half term)                                   =  60  (cum 1290)
  W8  K 90, J 75, group J+K+R 120 (once)                 = 285  (cum 1575)
  W9  R 60, K 45, J 60; tutorial 45 (sup.)               = 165  (cum 1740)
  W10 R 90, K 60, J cancelled                            = 150  (cum 1890)
  W11 J 90, K 60, R 60                                   = 210  (cum 2100)
  W12 J 60, K 60, R 60; supervision 45 (sup.)            = 180  (cum 2280 = 38 h;
                                                          he writes 39)
  April follow-up with R "booked" -> excluded.
  minutes 2280; sessions 3+3+2+2+3+3+1+3+3+2+3+3 = 31; individuals 3 (J., K., R.).
  supervision 60 (W3 tutorial) + 30 (W6) + 45 (W9 tutorial) + 45 (W12) = 180.
"""

from corpus.case import B, Case, H, P, SourceFile

BLOCKS = [
    P("MENTORING DIARY - MD36 Workplace Mentoring (36 hours)"),
    P("Kevin Marsh, Night Shift Manager, Hollins Bakery distribution depot (Wakefield)"),
    P("Mentees: J., K. and R. - all three made up to Team Leader in December"),

    H(1, "Planning"),
    P("""In December the depot manager promoted three of the loaders on nights to Team Leader,
      one for each bank of loading bays. None of them had run a team before and the last two
      people we promoted from the floor both stepped back down within six months. I offered to
      mentor all three as my ILM diary. I planned to see each of them for roughly an hour a
      week, at the start of their shift (9pm) before the trailers start coming back off the M62, in the
      shift office, with a couple of group sessions when something affected all three (the new
      route planning system was due in January). Twelve weeks, Jan to end of March. I booked the
      sessions into the shift plan so the bays would be covered."""),

    H(1, "Contracting"),
    P("""Each of them signed a one page contract in their first session: roughly an hour a week
      for twelve weeks, what we talk about stays between us unless it's a health and safety
      breach or something I legally can't keep, they can cancel but must tell me by text before
      the shift, and my notes are kept in my locked drawer, not on the shared drive. I made it
      clear I'm still their shift manager, and that mentoring time is not their performance
      review. The depot manager agreed the time off the floor and signed the bottom of each
      contract."""),

    H(1, "Goals"),
    P("""Goals were agreed in week 2 after we'd done a SWOT each. J. - get his bank loaded to
      schedule 4 nights out of 5 by March. K. - stop doing the lads' jobs for them and actually
      delegate, and run the pre-shift briefing herself. R. - deal with lateness and sickness
      conversations instead of passing them up to me. All three: be confident using the new
      route planning system by the end of February."""),

    H(1, "Diary"),
    H(2, "Week 1 - w/c 6 Jan"),
    B("Tue 7th - 1 hr with J. First meeting, contract signed, talked about why he went for it."),
    B("Wed 8th - 1 hr with K. Contract signed. She's nervous about the older loaders."),
    B("Thu 9th - 1 hr with R. Contract signed. Quiet, didn't say much. Need to let him talk more."),
    P("Running total: 3 hrs"),

    H(2, "Week 2 - w/c 13 Jan"),
    B("Mon 13th - 1.5 hrs with J. SWOT, goals agreed."),
    B("Tue 14th - 1.5 hrs with K. SWOT, goals agreed. Her threats box was all about 'being liked'."),
    B("""Thu 16th - R. cancelled, short on the bays (he texted me from 07912 554381 at 8pm),
      moved to Fri."""),
    B("Fri 17th - 1 hr 15 with R. SWOT and goals. Sickness conversations came up straight away."),
    P("Running total: 7 hrs 15 mins"),

    H(2, "Week 3 - w/c 20 Jan"),
    B("""Tue 21st - 2 hrs with J., K. and R. together - group session on the new route planning
      system, went through the screens on the office PC."""),
    B("Wed 22nd - tutorial with my ILM tutor at college, 1 hr. (not mentoring so not in total)"),
    B("Thu 23rd - 45 mins with K. Delegation - she listed everything she did herself last night."),
    P("Running total: 10 hrs"),

    H(2, "Week 4 - w/c 27 Jan"),
    B("Mon 27th - 1 hr with J. Looked at his load times for the week, 2 nights out of 5 to schedule."),
    B("Wed 29th - 1.5 hrs with R. Belbin questionnaire - came out Completer Finisher / Monitor Evaluator."),
    B("Fri 31st - K. DNA. Found out later she'd covered a forklift driver who went home sick."),
    P("Running total: 12.5 hrs"),

    H(2, "Week 5 - w/c 3 Feb"),
    B("Mon 3rd - 1 hr 30 with K. (rearranged from Fri). Practised the pre-shift briefing."),
    B("Tue 4th - 1 hr with J. GROW on load times - options he came up with were better than mine."),
    B("""Thu 6th - 2 hrs with R. Walked the bays together at 4am and then talked through a
      lateness conversation he needs to have."""),
    P("Running total: 17 hrs"),

    H(2, "Week 6 - w/c 10 Feb"),
    B("Tue 11th - 1.5 hrs with J."),
    B("Wed 12th - 1 hr with K. She ran the briefing Monday! Talked about what went well."),
    B("Thu 13th - 1 hr with R. He had the lateness conversation. Went better than he expected."),
    B("""Fri 14th - supervision with the ops manager (my mentoring supervisor for this), 30 mins.
      Talked about me being their boss and their mentor at the same time."""),
    P("Running total: 21.5 hrs"),

    H(2, "Week 7 - w/c 17 Feb (half term)"),
    P("J. and K. both on leave - kids off school."),
    B("Wed 19th - 1 hr with R. Sickness policy - went through the return to work form."),
    P("Running total: 22.5 hrs"),

    H(2, "Week 8 - w/c 24 Feb"),
    B("Mon 24th - 1.5 hrs with K. Delegation again - she's handed over the trailer checks."),
    B("Tue 25th - 1 hr 15 with J."),
    B("""Thu 27th - 2 hrs with J., K. and R. together. Mid-point review, each one said where they
      are on their goals, then route planning system problems with the Morrisons
      and Co-op drops out at Castleford and Normanton."""),
    P("Running total: 27 hrs 15 mins"),

    H(2, "Week 9 - w/c 3 Mar"),
    B("Mon 3rd - 1 hr with R."),
    B("Wed 5th - 45 mins with K. Short one, two drivers off."),
    B("Thu 6th - 1 hr with J. 4 out of 5 to schedule last week - goal met, first time."),
    B("Fri 7th - tutorial with my tutor on Teams, 45 mins. Not counted in the 36."),
    P("Running total: 30 hrs"),

    H(2, "Week 10 - w/c 10 Mar"),
    B("Tue 11th - 1.5 hrs with R. Role played a sickness meeting, me as the driver."),
    B("Wed 12th - 1 hr with K."),
    B("Thu 13th - J. cancelled - stock take. Moved to Monday."),
    P("Running total: 32.5 hrs"),

    H(2, "Week 11 - w/c 17 Mar"),
    B("Mon 17th - 1.5 hrs with J. (rearranged). Making it stick - what happens when I stop."),
    B("Tue 18th - 1 hr with K."),
    B("Thu 20th - 1 hr with R."),
    P("Running total: 36 hrs"),

    H(2, "Week 12 - w/c 24 Mar"),
    B("Tue 25th - 1 hr with J. Final review, goals, feedback form."),
    B("Wed 26th - 1 hr with K. Final review, feedback form."),
    B("Thu 27th - 1 hr with R. Final review, feedback form."),
    B("Fri 28th - supervision with the ops manager, 45 mins. Endings and what I'd do next time."),
    P("Running total: 39 hrs"),
    P("""Coming up: Mon 7th April - 1 hr follow-up with R. booked (after the diary finishes, so
      not in the total)."""),

    H(1, "Feedback"),
    P("""I asked for a word at the end of most sessions and all three did a feedback form at the
      final review. J. said the group sessions were the most useful because he found out the
      other two were struggling too. K. wrote on hers (Kirsty Donaghy, TL Bank B) that "Kev
      listened more than he talked, which isn't like him on the floor". R. said the role play
      was awkward but it's the reason the real one went OK. The depot manager said lateness on
      R.'s bank is down and he hasn't had a sickness case passed up since February."""),

    H(1, "Reflections"),
    P("""The one to ones and the group sessions did different jobs. The group was good for the
      route planning system and for them seeing they weren't the only ones finding it hard. The
      one to ones were where the real stuff came out, like R. dreading the lateness chat. The
      hardest part for me was being their manager and their mentor. The ops manager's advice in
      supervision was to say out loud which hat I had on, and that worked. I talk too much on
      nights normally and K.'s comment shows I managed to change that in the sessions."""),
    P("""Tutorials: the college tutorial in January made me look at how I ask questions - I was
      asking leading ones ("don't you think you should...?"). The Teams tutorial in March
      challenged me on whether I was just fixing their problems for them, which with J. I was
      at the start."""),

    H(1, "Supervision next time"),
    P("""Next time I'd book supervision every three weeks from the start, not just when I
      remember. I'll keep the ops manager as supervisor as she knows the depot, but I'd like one
      session with someone outside the business, maybe through the college, so I get a view
      from someone who doesn't know the people."""),
]

CASE = Case(
    name="x_md36_bakery_depot_weekly_txt",
    unit="MD36",
    kind="unstructured",
    files=[SourceFile("kmarsh_md36_diary.txt", BLOCKS)],
    labels={},  # MD36: only the practice figures and identifying details are measured
    expected_checks={
        "declaration": False,
        "evidence_matrix": None,
        "identifying": ["07912 554381", "Kirsty Donaghy"],
        # Weekly sums: 180, 255, 165, 150, 270, 210, 60, 285, 165, 150, 210, 180
        # 180+255 = 435; +165 = 600; +150 = 750; +270 = 1020; +210 = 1230; +60 = 1290;
        # +285 = 1575; +165 = 1740; +150 = 1890; +210 = 2100; +180 = 2280 (38 h).
        # His running totals are never added; from week 6 they are an hour high (39 at the end).
        "minutes": 2280,
        "sessions": 31,  # 3+3+2+2+3+3+1+3+3+2+3+3; the two group sessions once each
        "individuals": 3,  # J., K. (= Kirsty Donaghy), R.
        # tutorials 60 + 45, supervision with the ops manager 30 + 45: 60+30+45+45 = 180
        "supervision_minutes": 180,
    },
    about="Bakery depot night manager; MD36 .txt diary, weekly headings, bullet entries 'Tue 7th - 1 hr with J.', learner's running total with a +1 hr slip carried forward, cancelled/DNA/booked entries, two group sessions, tutorials and supervision marked not counted; phone and full name planted.",
)
