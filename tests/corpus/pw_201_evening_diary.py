"""8584-201 mentoring: an evening diary in a text file, sessions and reflections mixed, clock ranges.

Jess Whitaker, a volunteer Guide leader, mentors a new young leader (T) after the weekly
unit meeting. Her diary is a plain text file of dated entries, each starting with the day
and a clock range ("7–8.15pm", "6.45-7.30pm", "8.30 – 9.15pm"). Some entries are her own
reflections written late at night with their own times ("9.30–10pm") and no session; one
week was half term; one session was cut short. She talks to her ILM tutor once on the phone.
There is no declaration in the file.

Practice truth: 75 + 45 + 40 + 45 + 60 + 45 = 310 minutes in six sessions with one mentee
(T); supervision (tutor) 60 minutes in one.
"""

from .case import Case, H, P, SourceFile

ENTRIES = [
    "Tues 7 Oct, 7–8.15pm. First proper session with T after the girls went home. We agreed what "
    "she wants: to plan and run a whole evening by Christmas. Wrote our agreement on the back of the register.",
    "Thurs 9 Oct, 9.30–10pm. Reflection. Couldn't sleep, so wrote up what I noticed: I did most of the talking.",
    "Tues 14 Oct, 6.45-7.30pm. T and I planned the badge evening before the girls arrived. She chose the activities.",
    "Sun 19 Oct. Reflection – no session this week, but thinking about how I jump in when T hesitates.",
    "Tues 21 Oct, 7pm–7.40. Cut short, a parent needed me. We looked at T's plan for the campfire evening.",
    "Wed 22 Oct, 8–9pm. Phone call with my ILM tutor about the diary and about letting silences happen.",
    "Tues 28 Oct. Half term, no unit meeting, no session.",
    "Tues 4 Nov, 8.30 – 9.15pm. After the meeting T and I debriefed the opening activity she led on her own.",
    "Thurs 6 Nov, 10–10.20pm. Reflection on the debrief: I asked more than I told, for once.",
    "Tues 11 Nov, 7-8pm. Reviewed her goals; she is ready to plan the Christmas evening herself.",
    "Tues 18 Nov, 6.30–7.15pm. Our last session. T showed me her full plan and we talked about what next.",
]

BLOCKS = [H(1, "Mentoring diary – Unit 201"), P("Jess Whitaker, 3rd Ashdown Guides")]
BLOCKS += [P(entry) for entry in ENTRIES]
BLOCKS += [P("""Looking back, the late-night reflections were where I noticed my habits; the sessions
             were where T changed hers.""")]

CASE = Case(
    name="pw_201_evening_diary",
    unit="8584-201",
    kind="unstructured",
    files=[SourceFile("whitaker-201-diary.txt", BLOCKS)],
    labels={},  # a practice log only: its figures are measured, not the evidence finder
    expected_checks={
        "declaration": False,
        "evidence_matrix": False,
        "identifying": [],
        # 7 Oct 75 + 14 Oct 45 + 21 Oct 40 + 4 Nov 45 + 11 Nov 60 + 18 Nov 45 = 310; reflections not counted
        "minutes": 310,
        "sessions": 6,
        "individuals": 1,  # T
        "supervision_minutes": 60,  # ILM tutor phone call 22 Oct, 8–9pm
    },
    about="Volunteer Guide leader; evening text diary with clock ranges like '7–8.15pm', timed reflections that are not sessions.",
)
