"""D2.02 mentoring diary: a sixth-form peer mentor's diary as one small form table per entry.

Amira, a Year 12 student on her school's peer mentoring scheme, mentors a Year 8 pupil she
calls Kai (not his real name). Each diary entry is a heading and a two-column form table
("Time started", "Time finished", "Supervision review", ...), dated in whatever way she
wrote it that day (Tue 4th March, 11/03/25, 18.3.25). One week Kai did not come but she
still met her supervisor briefly; one review was cut short; the last session ran over. A
group tutorial at the college is mentioned in prose. Her totals at the end are right.

Practice truth: 30 + 35 + 30 + 35 + 30 + 45 = 205 minutes in six sessions with one mentee;
supervision and tutorial 30 + 30 + 15 + 30 + 20 + 30 + 40 + 60 = 255 minutes.
"""

from .case import Case, H, P, SourceFile, T

ENTRIES = [
    ("Diary entry 1 - Tue 4th March", [
        ["Time started", "4.00pm"], ["Time finished", "4.30pm"],
        ["What we did", "Got to know each other, agreed our ground rules and what Kai wants: to stop getting detentions for lateness."],
        ["Supervision review", "4.40-5.10pm with Jo (peer mentoring coordinator)"],
    ]),
    ("Diary entry 2 - 11/03/25", [
        ["Time started", "4.00pm"], ["Time finished", "4.35pm"],
        ["What we did", "Made a morning plan together. He chose to set two alarms."],
        ["Supervision review", "Half an hour with Jo straight after"],
    ]),
    ("Diary entry 3 - 18.3.25", [
        ["Time started", "-"], ["Time finished", "-"],
        ["What we did", "Kai didn't come (did not attend). His form tutor said he was on a trip."],
        ["Supervision review", "I still saw Jo for 15 minutes to talk about what to do"],
    ]),
    ("Diary entry 3 (rearranged) - Thursday 20 March", [
        ["Time started", "4.00pm"], ["Time finished", "4.30pm"],
        ["What we did", "Checked his late marks: two this week instead of five."],
        ["Supervision review", "4.30-5.00pm with Jo"],
    ]),
    ("Diary entry 4 - 25/03/25", [
        ["Time started", "4.05pm"], ["Time finished", "4.40pm"],
        ["What we did", "Talked about his friends waiting for him at the bus stop."],
        ["Supervision review", "20 minutes - Jo had to leave early"],
    ]),
    ("Diary entry 5 - Tue 1st April", [
        ["Time started", "4.00pm"], ["Time finished", "4.30pm"],
        ["What we did", "Reviewed the morning plan; he wants to keep it over Easter."],
        ["Supervision review", "30 mins with Jo"],
    ]),
    ("Diary entry 6 - 8/4/25", [
        ["Time started", "4.00pm"], ["Time finished", "4.45pm (we went over because it was our last one)"],
        ["What we did", "Last session: what has changed, what he'll do next term."],
        ["Supervision review", "4.50-5.30pm with Jo"],
    ]),
]

BLOCKS = [
    H(0, "Mentoring diary: D2.02"),
    P("ILM Level 2 Award in Mentoring for Young Learners - Undertaking supervised mentoring"),
    P("Mentor: Amira (Year 12)   Supervisor: Jo, peer mentoring coordinator"),
    H(1, "Section 1 - Overall outcomes"),
    P("""My mentee is in Year 8. I call him Kai in this diary, which is not his real name. We
      agreed the overall outcome that by Easter he would be on time to school on at least four
      days out of five, and that he would know who to talk to if something was making him
      late."""),
    H(1, "Section 2 - My sessions and supervision"),
]
for heading, rows in ENTRIES:
    BLOCKS += [H(2, heading), T(*rows)]
BLOCKS += [
    P("""As well as seeing Jo, I went to a group tutorial for all the peer mentors at the college
      on 27 March, which lasted 1 hour, where our tutor went through how to fill in the diary
      and we practised open questions."""),
    P("Total mentoring time: 3 hours 25 minutes (6 sessions). Total supervision and tutorial: 4 hours 15 minutes."),
    H(1, "Section 3 - Reviewing my progress"),
    P("""What worked well was letting Kai make the plan himself. When I suggested things he said
      yes but didn't do them; when he chose the two alarms he actually did it."""),
    P("""I learned that I talk too fast when I am nervous. Jo noticed it in the first review and
      I slowed down after that."""),
    P("""Next time I would arrange a back-up day in case my mentee misses a session, because
      week 3 threw us off."""),
    H(1, "Declaration"),
    P("Learner declaration: I confirm this diary is my own work. Amira, 9 April 2025."),
]

CASE = Case(
    name="pz_d202_peer_mentor_forms",
    unit="D2.02",
    kind="structured-docx",
    files=[SourceFile("Amira D2.02 diary.docx", BLOCKS)],
    labels={},  # practice only
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        # 1) 4.00-4.30 30 + 2) 4.00-4.35 35 + 3 rearranged) 4.00-4.30 30 + 4) 4.05-4.40 35
        # + 5) 4.00-4.30 30 + 6) 4.00-4.45 45 = 205. Not entry 3 of 18.3.25 (did not attend),
        # not the "Total mentoring time" line.
        "minutes": 205,
        "sessions": 6,
        "individuals": 1,  # "Kai" (a pseudonym, the only name used)
        # Jo: 1) 4.40-5.10 30 + 2) "half an hour" 30 + 18.3 15 (held though Kai did not come)
        # + 3r) 4.30-5.00 30 + 4) 20 + 5) 30 + 6) 4.50-5.30 40 = 195; group tutorial 27/3 60;
        # 195 + 60 = 255 (= her 4 h 15)
        "supervision_minutes": 255,
    },
    about="Sixth-form peer mentor; D2.02 diary as a form table per entry, start/finish times, dates in mixed formats, DNA week with a short supervision still held, cut-short review, prose group tutorial.",
)
