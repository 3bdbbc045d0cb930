"""MD36 36-hour workplace mentoring diary: a limestone quarry's site manager, DOCX, weekly tables.

Owen Pritchard, site manager at a limestone quarry, mentors three staff ("Mentee 1", a
weighbridge clerk; "Mentee 2", a plant operator; "Mentee 3", a trainee shotfirer) over seven
weeks. Each week is its own table with hours as decimals and a "Week total" row; a grand
total follows the last week. One week has a cancelled row (blast day). Supervision is written
up separately in "Supervision notes" and is in no table. Practice figures only (labels={}):
the MD36 rubric is known to be wrong.

Assessor's arithmetic, week by week (hours -> minutes):
  Week 1: M1 2 (120), M2 1.5 (90), M3 1.5 (90)                      = 300; "Week total 5" excluded
  Week 2: M1 2 (120), M2 2 (120), M3 2 (120)                        = 360; "Week total 6" excluded
  Week 3: M1 1.5 (90), M2 2 (120), M3 cancelled (blast day) excluded,
          M3 rebooked 2.5 (150)                                     = 360; "Week total 6" excluded
  Week 4: M1 2 (120), M2 2 (120), M3 2 (120)                        = 360; "Week total 6" excluded
  Week 5: M1 2.5 (150), M2 2 (120), M3 2 (120)                      = 390; "Week total 6.5" excluded
  Week 6: M1 2.5 (150), M2 2.5 (150), M3 1.5 (90)                   = 390; "Week total 6.5" excluded
  Week 7: M1 1 (60), M2 1 (60), M3 1 (60), closing reviews          = 180; "Week total 3" excluded
  Grand total 39 hours -> excluded (it agrees)
  minutes 300+360+360+360+390+390+180 = 2340 (39 h); sessions 21 (7 each); individuals 3.
  Supervision notes: 14 Mar 1 hour (60) + 4 Apr 45 minutes (45) + 25 Apr tutorial 1 hour (60) = 165.
"""

from corpus.case import Case, H, P, SourceFile, T


def week(n, start, rows, total):
    head = ["Date", "Mentee", "Activity", "Hours"]
    return [H(2, f"Week {n} (w/c {start})"), T(head, *rows, ["", "", "Week total", total])]


BLOCKS = [
    H(0, "Workplace Mentoring Diary (36 hours)"),
    P("Owen Pritchard, Site Manager, Craig-y-Nos Limestone Quarry. Diary period 3 March to 18 April."),
    H(1, "Planning and organising the mentoring"),
    P("""Three mentees, each with a weekly session, booked for the quiet end of the day after the
      last lorry has gone through the weighbridge. I planned six weeks and added a seventh for
      closing reviews, so that blast days and breakdowns would not push the total under 36 hours.
      Each mentee signed a short contract covering confidentiality, the quarry's safety rules
      overriding everything, and the hours we would keep."""),
    P("""Goals: Mentee 1 wants to move into the sales office and needs to handle difficult
      hauliers on the phone. Mentee 2 wants his loading shovel assessment and to mentor new
      starters himself. Mentee 3 is working towards his shotfirer ticket and wants to be confident
      briefing the blast team."""),
    H(1, "Mentoring record"),
]
BLOCKS += week(1, "3 Mar", [
    ["3 Mar", "Mentee 1", "Contract and goals", "2"],
    ["4 Mar", "Mentee 2", "Contract and goals", "1.5"],
    ["6 Mar", "Mentee 3", "Contract and goals", "1.5"]], "5")
BLOCKS += week(2, "10 Mar", [
    ["10 Mar", "Mentee 1", "Skills audit, phone scripts", "2"],
    ["11 Mar", "Mentee 2", "Skills audit, walk round the plant", "2"],
    ["13 Mar", "Mentee 3", "Skills audit, reading the blast plan", "2"]], "6")
BLOCKS += week(3, "17 Mar", [
    ["17 Mar", "Mentee 1", "Role play: the late haulier", "1.5"],
    ["18 Mar", "Mentee 2", "Mock assessment questions", "2"],
    ["19 Mar", "Mentee 3", "Cancelled - blast day", "0"],
    ["21 Mar", "Mentee 3", "Rebooked: briefing practice", "2.5"]], "6")
BLOCKS += week(4, "24 Mar", [
    ["24 Mar", "Mentee 1", "Shadowing plan for sales office", "2"],
    ["25 Mar", "Mentee 2", "Coaching a new starter, he led", "2"],
    ["27 Mar", "Mentee 3", "Review of the first real briefing", "2"]], "6")
BLOCKS += week(5, "31 Mar", [
    ["31 Mar", "Mentee 1", "Complaint handling, feedback from sales manager", "2.5"],
    ["1 Apr", "Mentee 2", "Before the assessment", "2"],
    ["3 Apr", "Mentee 3", "Risk assessment wording", "2"]], "6.5")
BLOCKS += week(6, "7 Apr", [
    ["7 Apr", "Mentee 1", "Her first week in the sales office", "2.5"],
    ["8 Apr", "Mentee 2", "Passed; planning to mentor starters", "2.5"],
    ["10 Apr", "Mentee 3", "Briefing observed by the quarry manager", "1.5"]], "6.5")
BLOCKS += week(7, "14 Apr", [
    ["14 Apr", "Mentee 1", "Closing review", "1"],
    ["15 Apr", "Mentee 2", "Closing review", "1"],
    ["17 Apr", "Mentee 3", "Closing review", "1"]], "3")
BLOCKS += [
    P("GRAND TOTAL: 39 hours mentoring over seven weeks, three mentees."),
    H(1, "Progress towards goals and impact on role"),
    P("""Mentee 1 now takes the haulier calls that used to come to me and has a trial in sales.
      Mentee 2 passed his loading shovel assessment first time and has been given the next two new
      starters. Mentee 3 has run four blast briefings and the quarry manager signed off his briefing
      competence. Feedback cards from each mentee, and a note from the quarry manager, are attached."""),
    H(1, "Supervision notes"),
    P("""14 March, 1 hour with my supervisor. I was treating the three mentees the same way. She
      asked which of them I found hardest and why; it was Mentee 3, because he reminds me of myself
      at his age and I kept telling him what I would do."""),
    P("""4 April, 45 minutes by phone. We talked about Mentee 2 wanting to mentor others already and
      whether I was holding him back. Agreed to let him lead week 4 and week 6."""),
    P("""25 April, tutorial with my ILM tutor, 1 hour. Looked back over the diary. In future I will
      book supervision every fortnight from the start instead of when I feel stuck, and take one
      session's notes to each supervision so it is about real practice."""),
    H(1, "Reflection"),
    P("""Different mentoring relationships needed different things. Mentee 1 needed practice and
      encouragement, Mentee 2 needed stretching and then getting out of the way, and Mentee 3 needed
      me to stop giving answers. The hardest challenge was the blast days, which took priority over
      everything, and the best thing I did was build in the extra week."""),
    P("I confirm this diary is my own work and a true record. O. Pritchard"),
]

CASE = Case(
    name="r_md36_quarry_docx",
    unit="MD36",
    kind="legacy-questions",
    files=[SourceFile("pritchard_mentoring_diary_36h.docx", BLOCKS)],
    labels={},
    expected_checks={
        "declaration": True,
        "evidence_matrix": None,
        "identifying": [],
        "minutes": 2340,
        "sessions": 21,
        "individuals": 3,
        "supervision_minutes": 165,
    },
    about="Limestone quarry site manager; seven weekly tables of decimal hours each with a 'Week total' row, a grand total, a cancelled blast-day row and its rebooking; supervision notes outside the tables; nothing to flag.",
)
