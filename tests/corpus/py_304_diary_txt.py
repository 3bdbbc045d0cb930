"""8587-304 mentoring: a plain-text diary, am/pm times, a running total in each entry, two mentees called L.

Fiona Mackay, a logistics planner, wrote her mentoring diary in a text editor. Each entry
opens with the day, the times ("10.15am to 11am", "2pm-3.30pm") or a length in words ("half
an hour", "2½ hours"), and ends with "Running total: ...". Her two mentees are Mentee A
(Lewis) and Mentee B (Leah) - the same first initial. A rota call "doesn't count towards my
hours", one session was rescheduled, and her two supervision sessions are diary entries of
their own.
"""

from .case import Case, P, SourceFile

ENTRIES = [
    """Entry 1 - Tue 6 Jan, 10.15am to 11am, Mentee A (Lewis). First meeting. We went through
    the agreement and he told me about his move from the warehouse floor into planning. Running
    total: 45 mins.""",
    """Entry 2 - Tue 13 Jan, 10am to 12.30pm, Lewis. A long one, 2½ hours, because we built his
    route planning spreadsheet together after the goal setting. Running total: 3h 15m.""",
    """Entry 3 - Thu 15 Jan, Mentee B (Leah). Half an hour getting to know each other and
    signing the agreement; she could not stay longer because of the 11 o'clock trunking call.
    Running total: 3h 45m.""",
    """Entry 4 - Tue 20 Jan, 2pm-3.30pm, Leah. Goals: the driver hours rules and presenting at
    the Monday ops meeting. Used the skills scan. Running total: 5h 15m.""",
    """Entry 5 - Thu 22 Jan, quick call with Lewis, about 15 mins, about swapping a rota day.
    This doesn't count towards my hours - it was admin, not mentoring. Running total: 5h 15m.""",
    """Entry 6 - Tue 27 Jan, 9am-10.30am, Lewis. Reviewed his first week of running the
    spreadsheet live; two late deliveries, we looked at why. Running total: 6h 45m.""",
    """Entry 7 - Wed 28 Jan, 1pm-2pm, supervision with Dev, my supervisor for the programme.
    Talked about Leah being so quiet and whether I was the right mentor. Supervision so far: 1h.""",
    """Entry 8 - Tue 3 Feb, 2pm to 3.45pm, Leah. Rehearsed her first ops meeting slot twice;
    she timed herself. Running total: 8h 30m.""",
    """Entry 9 - Tue 10 Feb, Lewis. Rescheduled to Thursday 12 Feb - he was off sick. Running
    total: 8h 30m.""",
    """Entry 10 - Thu 12 Feb, 10am-11.30am, Lewis. Rescheduled session. Problem solving on the
    Scottish routes. Running total: 10h.""",
    """Entry 11 - Tue 17 Feb, 2pm-3pm, Leah. Debrief of her ops meeting presentation, which went
    well apart from the questions at the end. Running total: 11h.""",
    """Entry 12 - Thu 19 Feb, 10am-11.15am, Lewis. Final review against his goals, feedback
    form. Running total: 12h 15m.""",
    """Entry 13 - Tue 24 Feb, 2pm-3pm, Leah. Final review, feedback form, what next. Running
    total: 13h 15m.""",
    """Entry 14 - Wed 25 Feb, supervision 2 with Dev, an hour and a half over lunch. Went
    through the whole diary. Supervision total: 2h 30m.""",
]

BLOCKS = [
    P("UNIT 8587-304 UNDERTAKING AN EXTENDED PERIOD OF MENTORING"),
    P("Fiona Mackay - Transport Planner, Carsewell Distribution"),
    P("I declare that this is my own work and that both mentees are anonymised."),
    P("1.1 PLAN"),
    P("""The plan was twelve hours or a bit more between January and February with two new
      planners, weekly or fortnightly, in the small meeting room by the transport office,
      avoiding the Monday and Friday peaks. I booked sessions in my calendar as 'mentoring
      - do not book over' and agreed with the transport manager that it counted as work
      time. Resources: the route planning spreadsheet, the driver hours guide, a skills scan."""),
    P("1.2 GOALS"),
    P("""Lewis: build and own a route planning spreadsheet for the north region by mid
      February, and plan a week's routes with no more than one late delivery. Leah: know
      the driver hours rules well enough to answer drivers' questions without checking,
      and present the planning figures at the Monday ops meeting. Goals were agreed in the
      first full session using 'what would success look like in six weeks?'."""),
    P("1.3 CONTRACT"),
    P("""Both signed an agreement: what is said stays between us except health and safety or
      legal issues, either of us can end the mentoring, and I would not be involved in their
      probation reviews. The transport manager signed it as the other stakeholder."""),
    P("2.1 DIAGNOSTIC TOOLS"),
    P("""The skills scan (rating 10 planning skills as 'can do', 'with help', 'not yet')
      showed Leah's gap was regulations, not the software. For Lewis I used a simple
      time log for a week, which showed he spent two hours a day fixing routes by hand."""),
    P("2.2 MODEL"),
    P("""I used GROW. Lewis liked the Options stage; Leah needed more time on Reality because
      she underrated what she already knew."""),
    P("2.3 SKILLS, KNOWLEDGE, BEHAVIOURS"),
    P("""I held back from solving the Scottish routes myself even though I could see the
      answer; I asked Lewis what the data told him and waited."""),
    P("2.4 MENTORING DIARY"),
    P("My diary entries, typed up the same day, with the running total of mentoring at the end of each:"),
] + [P(e) for e in ENTRIES] + [
    P("3.1 REFLECTION"),
    P("""Reading the diary back, the longest session (Entry 2) was too long; Lewis was tired
      by the end. Shorter, more frequent sessions suited both of them better."""),
    P("3.2 FEEDBACK"),
    P("""After each session I asked 'one thing that helped, one thing to change'. Leah asked
      me to send the agenda the day before, which I then did for both."""),
    P("3.3 COMMUNICATION SKILLS"),
    P("""My questions were better when I wrote three open ones down before each session. I
      give feedback too gently, and Dev suggested I say the main point first."""),
    P("3.4 SUPERVISION"),
    P("""The outcome of supervision 1 was a change of approach with Leah: more silence, less
      reassurance. The outcome of supervision 2 was my plan to take on a new mentee in
      April and to ask for an observation next time."""),
]

CASE = Case(
    name="py_304_diary_txt",
    unit="8587-304",
    kind="portfolio",
    files=[SourceFile("mackay_304_diary.txt", BLOCKS)],
    labels={
        "1.1": "do not book over",
        "1.2": "what would success look like in six weeks?",
        "1.3": "not be involved in their probation reviews",
        "2.1": "two hours a day fixing routes by hand",
        "2.2": "she underrated what she already knew",
        "2.3": "asked Lewis what the data told him and waited",
        "2.4": "typed up the same day",
        "3.1": "Lewis was tired by the end",
        "3.2": "send the agenda the day before",
        "3.3": "say the main point first",
        "3.4": "more silence, less reassurance",
    },
    # Diary entries:
    #   1 Lewis 10.15am to 11am -> 45        2 Lewis 10am to 12.30pm (2½ hours) -> 150
    #   3 Leah half an hour -> 30            4 Leah 2pm-3.30pm -> 90
    #   5 Lewis 15 mins -> excluded, "doesn't count towards my hours"
    #   6 Lewis 9am-10.30am -> 90            7 supervision 1pm-2pm -> supervision 60
    #   8 Leah 2pm to 3.45pm -> 105          9 Lewis rescheduled -> excluded, not held
    #   10 Lewis 10am-11.30am -> 90          11 Leah 2pm-3pm -> 60
    #   12 Lewis 10am-11.15am -> 75          13 Leah 2pm-3pm -> 60
    #   14 supervision an hour and a half -> supervision 90
    #   Every "Running total"/"Supervision total" -> excluded, running totals.
    #   The "11 o'clock" in entry 3 is a clock time, not a length.
    # minutes 45+150+30+90+90+105+90+60+75+60 = 795 = the diary's last running total 13h 15m
    #   (again: Lewis 45+150+90+90+75 = 450, Leah 30+90+105+60+60 = 345, 450+345 = 795)
    # sessions 10; individuals 2 (Lewis and Leah, both "L"); supervision 60+90 = 150.
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        "minutes": 795,
        "sessions": 10,
        "individuals": 2,
        "supervision_minutes": 150,
    },
    about="Logistics planner; plain-text diary entries, am/pm ranges and words, running totals, Lewis and Leah, admin call not counted, rescheduled entry.",
)
