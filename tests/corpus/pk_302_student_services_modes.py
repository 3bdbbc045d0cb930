"""8587-302 coaching: a university advice centre team leader's log with a Mode column and 12-hour times.

Priyanka, team leader in a university's student advice centre, coaches two student advisers:
"RM" in the contracting section (Rosa in the log) and Tom. One chronological Word table has
Date, Coachee, Mode (Teams / phone / in person) and a Time column of 12-hour ranges written
as she types them ("9.45-10.15am", "2.30pm - 4.00pm", "11.30am-1pm", "12.15-1.30pm",
"4pm-5.15pm"). Both coachees start with a 30-minute Teams chemistry call. One session was
interrupted by a fire alarm and finished after lunch ("9.00-9.40am / 1.15-1.55pm", one
session); Tom's 24 October session was postponed to the 31st; a CPD webinar she attended sits
in the same table. Her total line says 16 hrs 50 mins, thirty minutes high. Supervision is a
separate table: reflective practice meetings and a group supervision with her coaching
supervisor and an ILM tutorial; the December meeting was cancelled.

Practice truth: Rosa 30 + 90 + 90 + (40 + 40) + 75 + 75 + 90 = 530; Tom 30 + 90 + 90 + 75 +
90 + 75 = 450; 980 minutes in thirteen sessions with two coachees; supervision 60 + 120 + 45
= 225.
"""

from .case import Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "Unit 302: Undertaking an Extended Period of Coaching within an Organisational Context"),
    P("ILM Level 3 Certificate in Effective Coaching and Mentoring - Priyanka, Team Leader, Student Advice Centre"),
    H(1, "1.1 Planning the coaching"),
    P("""I planned for two coachees from my own team and at least 14 hours between them so that
      a cancellation would not leave me short of the 12. Each of them has a half-hour chemistry
      call on Teams first, then roughly fortnightly sessions of 75-90 minutes, Tuesdays for one
      and Thursdays for the other, in the small interview room on the ground floor (not my
      office, so it doesn't feel like a meeting with the boss). Where diaries don't allow,
      Teams or phone is fine. Resources: the GROW model, a wheel of work satisfaction, a values
      card sort and a simple action log we both keep."""),
    H(1, "1.2 / 1.3 Goals and contracting"),
    T(
        ["Coachee", "Role", "Goal agreed", "Contract"],
        ["RM", "Student adviser (money advice)",
         "Manage a caseload of 40 without taking work home; go for senior adviser in the spring",
         "Signed 8 Oct. Confidential; her manager is me, so we agreed coaching notes never go in her appraisal file."],
        ["Tom", "Student adviser (housing)",
         "Handle angry callers without escalating to me; lead the team's housing fair",
         "Signed 10 Oct. Same terms; Tom asked that we keep to Thursdays."],
    ),
    P("""RM asked to be referred to by her initials in anything that leaves the team, so she is RM
      in the contracting table; in the log below I use her first name, Rosa, with her
      agreement."""),
    H(1, "2.4 Coaching log"),
    T(
        ["Date", "Coachee", "Mode", "Time", "Focus / tools used"],
        ["Tue 1 Oct 2024", "Rosa", "Teams", "9.45-10.15am", "Chemistry call - what coaching is, whether she wants it"],
        ["Thu 3 Oct", "Tom", "Teams", "3.00-3.30pm", "Chemistry call"],
        ["Tue 8 Oct", "Rosa", "In person", "2.30pm - 4.00pm", "Contract signed. Wheel of work satisfaction: caseload 3/10"],
        ["Thu 10 Oct", "Tom", "In person", "9.45-11.15am", "Contract. GROW - goal: fewer escalations"],
        ["Wed 16 Oct", "-", "Webinar", "12.30-1.30pm", "CPD: 'Ethics in workplace coaching' (EMCC webinar) - not a coaching session"],
        ["Tue 22 Oct", "Rosa", "In person", "11.30am-1pm", "Values card sort. Why she says yes to everything"],
        ["Thu 24 Oct", "Tom", "-", "-", "Postponed - Tom on leave. Moved to 31 Oct"],
        ["Thu 31 Oct", "Tom", "In person", "2.00-3.30pm", "Reality: listened to two of his calls together"],
        ["Tue 5 Nov", "Rosa", "In person", "9.00-9.40am / 1.15-1.55pm",
         "One session in two parts - fire alarm at 9.40, building closed until lunch. Options for saying no"],
        ["Thu 14 Nov", "Tom", "Teams", "8.30-9.45am", "Options for de-escalation; he chose two phrases to try"],
        ["Tue 19 Nov", "Rosa", "Phone", "4pm-5.15pm", "She was working from home. Tried saying no twice; one went well"],
        ["Thu 28 Nov", "Tom", "In person", "1.30-3pm", "Housing fair plan; escalations down from 6 a week to 2"],
        ["Tue 3 Dec", "Rosa", "In person", "12.15-1.30pm", "Senior adviser application - evidence for each criterion"],
        ["Thu 12 Dec", "Tom", "Phone", "11am-12.15pm", "Review and closing; feedback form"],
        ["Tue 17 Dec", "Rosa", "Teams", "10-11.30am", "Review and closing; feedback form"],
    ),
    P("Total coaching: 16 hrs 50 mins across 13 sessions (Rosa 7, Tom 6)."),
    H(1, "2.1 / 2.2 Tools and model"),
    P("""I used GROW as the backbone with both. With Rosa the wheel of work satisfaction showed
      that her caseload was the problem, not the job; the values card sort then showed "being
      helpful" at the top, which is why she says yes to everything. With Tom, listening to two
      of his calls together was the most useful Reality step: he heard himself raise his voice
      before the student did."""),
    H(1, "3.4 Supervision"),
    T(
        ["Date", "What", "With", "Time"],
        ["Wed 9 Oct", "Reflective practice meeting", "Helen, coaching supervisor (Careers Service)", "3.00-4.00pm"],
        ["Wed 6 Nov", "Group supervision", "Helen and three other staff coaches", "10am-12pm"],
        ["Fri 29 Nov", "Tutorial (ILM)", "Anwar, my tutor - Teams", "45 mins"],
        ["Wed 11 Dec", "Reflective practice meeting", "Helen", "Cancelled - Helen off sick, not rearranged before I submitted"],
    ),
    P("""Outcomes: in October Helen challenged me on coaching someone I line manage; we agreed
      I would name it at the start of every session with Rosa and check she still wanted to go
      on. The group supervision was the first time I had heard other coaches admit to giving
      advice; I came away with a rule of asking three questions before offering anything.
      Anwar's tutorial was about my records: he wanted the tools named against each
      session, which is why the log has a Focus column."""),
    H(1, "3.1 Reflection"),
    P("""The fire alarm session with Rosa was better in the second half: she had spent the
      morning thinking and came back with her own options. I had been rushing Options in
      earlier sessions. Phone worked surprisingly well with Rosa; Teams less so with Tom, who
      kept looking at his emails."""),
    H(1, "Declaration"),
    P("I confirm this is my own work and that the coaching log is a true record. Priyanka, 20/12/2024"),
]

CASE = Case(
    name="pk_302_student_services_modes",
    unit="8587-302",
    kind="structured-docx",
    files=[SourceFile("Priyanka_302_coaching_log_v3.docx", BLOCKS)],
    labels={},  # practice only
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        # Rosa (= RM): 1/10 9.45-10.15am 30 (chemistry, counts) + 8/10 2.30pm-4.00pm 90
        #   + 22/10 11.30am-1pm 90 + 5/11 9.00-9.40am 40 + 1.15-1.55pm 40 = 80 (one session)
        #   + 19/11 4pm-5.15pm 75 + 3/12 12.15-1.30pm 75 + 17/12 10-11.30am 90 = 530
        # Tom: 3/10 3.00-3.30pm 30 (chemistry) + 10/10 9.45-11.15am 90 + 31/10 2.00-3.30pm 90
        #   + 14/11 8.30-9.45am 75 + 28/11 1.30-3pm 90 + 12/12 11am-12.15pm 75 = 450
        # 530 + 450 = 980. Not: 16/10 CPD webinar (60), 24/10 postponed, the total line
        # (16 h 50 = 1010, thirty minutes high).
        "minutes": 980,
        "sessions": 13,  # Rosa 7 + Tom 6
        "individuals": 2,  # Rosa = RM; Tom
        # 9/10 reflective practice 3.00-4.00pm 60 + 6/11 group supervision 10am-12pm 120
        # + 29/11 tutorial 45 = 225; not 11/12 (cancelled)
        "supervision_minutes": 225,
    },
    about="University advice centre team leader; one log with a Mode column (Teams/phone/in person), 12-hour ranges incl. across noon, a fire-alarm session in two parts, RM = Rosa, CPD webinar row, postponed row, own total 30 high, supervision table with reflective practice/group supervision/cancelled.",
)
