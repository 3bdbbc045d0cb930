"""MD36 36-hour mentoring diary: a university teaching-labs senior technician, PDF, a long log with monthly subtotals and a running total.

Niamh Cafferty is senior technician in the undergraduate teaching laboratories of a chemistry
department. She mentors three newly appointed lab technicians, whom she calls Mentee A, B and
C throughout. Her diary answers the twelve MD36 criteria under her own short headings
("1 Preparing", "2 Contracting" ...) and then gives the whole log as one long table exported
from her spreadsheet: Date, Who, 1:1/Group, Activity, Time (h:mm) and Running total. After
each month there is a "September subtotal" style row, and the running total column repeats on
every row, including a DNA row, a sick-day cancellation and a planned January follow-up that
has not happened. Monthly group sessions with all three (counted once each). Tutorial
support in prose under 11: a one-hour tutorial and a 45-minute supervision call, with a
third booked for January (not delivered). Places, the university, COSHH and the theorists
(Clutterbuck, Kolb, Honey and Mumford, Egan) only: nothing to flag.

Assessor's arithmetic (minutes):
  September: 03/09 group 2:00 120 + 10/09 A 1:30 90 + 11/09 B 1:30 90 + 12/09 C 1:15 75
             + 24/09 A 1:30 90 + 25/09 B DNA 0 (excluded) + 26/09 C 1:30 90 = 555 (6 sessions)
  October:   01/10 group 2:30 150 + 08/10 A 2:00 120 + 09/10 B 2:00 120 + 10/10 C 1:45 105
             + 22/10 A 1:30 90 + 23/10 B 1:45 105 + 24/10 C 2:00 120 = 810 (7 sessions)
  November:  05/11 group 2:00 120 + 12/11 A 1:45 105 + 13/11 B 1:30 90
             + 14/11 C cancelled (sick) 0 (excluded) + 19/11 C 1:30 90 + 26/11 A 1:30 90
             + 27/11 B 2:00 120 = 615 (6 sessions)
  December:  03/12 group 2:00 120 + 10/12 A 1:00 60 + 11/12 B 1:00 60 + 12/12 C 1:15 75
             = 315 (4 sessions)
  January:   08/01 group follow-up PLANNED 1:30 -> excluded.
  minutes 555 + 810 + 615 + 315 = 2295 (= 38:15, her TOTAL row and last running total);
  sessions 6 + 7 + 6 + 4 = 23; individuals 3 (A, B, C).
  Subtotal rows, running total column and TOTAL row never added.
  Supervision: 17 Oct tutorial 1 hour 60 + 28 Nov supervision call 45 min 45 = 105;
  the January tutorial is booked, not delivered.
"""

from corpus.case import Case, H, P, SourceFile, T

# (date, who, mode, activity, minutes, status) ; status None = held
_MONTHS = [
    ("September", [
        ("03/09", "A, B, C", "Group", "Contracting and introductions, lab tour from a mentee's eye", 120, None),
        ("10/09", "A", "1:1", "Skills audit; goals", 90, None),
        ("11/09", "B", "1:1", "Skills audit; goals", 90, None),
        ("12/09", "C", "1:1", "Skills audit; goals", 75, None),
        ("24/09", "A", "1:1", "Prep room workflow, week 1 practicals", 90, None),
        ("25/09", "B", "1:1", "-", 0, "DNA - B on open day duty, not told"),
        ("26/09", "C", "1:1", "Waste streams and COSHH folder", 90, None),
    ]),
    ("October", [
        ("01/10", "A, B, C", "Group", "Group: dealing with demonstrators and academics", 150, None),
        ("08/10", "A", "1:1", "Instrument booking; gas chromatograph basics", 120, None),
        ("09/10", "B", "1:1", "Catch-up for missed 25/09; instrument diary", 120, None),
        ("10/10", "C", "1:1", "Stock control spreadsheet", 105, None),
        ("22/10", "A", "1:1", "Feedback from first solo set-up", 90, None),
        ("23/10", "B", "1:1", "Confidence with students, role play", 105, None),
        ("24/10", "C", "1:1", "Review goals, reorder points", 120, None),
    ]),
    ("November", [
        ("05/11", "A, B, C", "Group", "Group: near-miss reporting case study", 120, None),
        ("12/11", "A", "1:1", "Planning the Y2 organic practical", 105, None),
        ("13/11", "B", "1:1", "Rota swaps and saying no", 90, None),
        ("14/11", "C", "1:1", "-", 0, "Cancelled - C off sick"),
        ("19/11", "C", "1:1", "Rebooked: supplier call practice", 90, None),
        ("26/11", "A", "1:1", "Progress to goals, 360 feedback form", 90, None),
        ("27/11", "B", "1:1", "Progress to goals, 360 feedback form", 120, None),
    ]),
    ("December", [
        ("03/12", "A, B, C", "Group", "Group closing review and feedback forms", 120, None),
        ("10/12", "A", "1:1", "Final 1:1, impact on role", 60, None),
        ("11/12", "B", "1:1", "Final 1:1, impact on role", 60, None),
        ("12/12", "C", "1:1", "Final 1:1, impact on role", 75, None),
    ]),
]


def _hm(minutes: int) -> str:
    return f"{minutes // 60}:{minutes % 60:02d}"


def _log() -> list[list[str]]:
    rows = [["Date", "Who", "1:1/Group", "Activity", "Time (h:mm)", "Running total"]]
    running = 0
    for month, entries in _MONTHS:
        sub = 0
        for date, who, mode, what, minutes, status in entries:
            if status:
                rows.append([date, who, mode, f"{what} ({status})" if what != "-" else status, "0:00", _hm(running)])
                continue
            sub += minutes
            running += minutes
            rows.append([date, who, mode, what, _hm(minutes), _hm(running)])
        rows.append(["", f"{month} subtotal", "", "", _hm(sub), _hm(running)])
    rows.append(["08/01", "A, B, C", "Group", "Follow-up, 1 month on (PLANNED)", "(1:30)", _hm(running)])
    rows.append(["", "TOTAL", "", "23 sessions held", _hm(running), ""])
    return rows


BLOCKS = [
    H(0, "MD36 Workplace Mentoring Diary"),
    P("Niamh Cafferty - Senior Technician, Teaching Laboratories, School of Chemistry"),
    P("""Mentees: three new laboratory technicians appointed over the summer, referred to in this
      diary as Mentee A, Mentee B and Mentee C. They agreed to this and have read the diary."""),

    H(1, "1 Preparing and planning"),
    P("""Before anybody started I sat down with the lab manager and worked out what a new technician
      actually has to be able to do by Christmas, which is when the second year practicals get
      heavy. I then planned a rhythm rather than a fixed timetable: one group session at the start
      of each month for the things all three needed, and a one to one with each mentee every
      fortnight in between. I booked the small seminar room off the prep lab for all of them in
      the department calendar up to December so I was not hunting for a room each week. I
      blocked Wednesday and Thursday afternoons because practicals finish at one on those days
      and the prep room is quietest."""),

    H(1, "2 Contracting"),
    P("""The first group session on 3 September was the contracting session. We agreed what the
      mentoring was for (settling into the role and getting signed off on the core practicals),
      what it was not for (it is not line management and I would not be doing their probation
      reviews), how often, and what would stay in the room. The one exception we wrote down was
      safety: if something came up that put a student or colleague at risk I would have to take it
      further. Each mentee signed a one page agreement and the lab manager signed the bottom to
      show she accepted that our conversations were confidential."""),

    H(1, "3 Goals"),
    P("""Goals came out of the skills audit in each first one to one. Mentee A wanted to set up
      the Y2 organic practical on her own by the end of November. Mentee B, who came from a
      school lab, wanted to handle the GC and HPLC bookings and to stop deferring to every PhD
      student who asked for something. Mentee C wanted to own stock control for the teaching labs,
      including ordering. I wrote every goal as a finished-by date with a way of seeing it was done,
      and each of them kept their own copy in the front of their lab book."""),

    H(1, "4 Diagnostic and assessment tools"),
    P("""I used two tools. The first was the department's technician skills matrix, which lists
      around forty tasks scored 0 to 3; each mentee scored themselves and I scored them separately,
      and the gaps between the two scores were what we talked about first. Mentee C scored himself
      a 1 on waste handling where I would have given a 3, which told me more about his confidence
      than his knowledge. The second was the Honey and Mumford learning styles questionnaire,
      which I was a bit sceptical about, but it explained why Mentee A wanted everything written
      down before she would try it."""),

    H(1, "5 Questioning and listening"),
    P("""My natural style is to fix things, so I had to work at asking instead of telling. I used
      Egan's skilled helper stages loosely: let them tell the story, help them see what they
      wanted, then what they would do. In the role play with Mentee B on 23 October I asked her
      what she would say to the student and then simply waited, and the silence went on so long I
      nearly filled it, but she came up with a better line than mine. I also started summarising
      back at the end of each session in one sentence, which caught two misunderstandings early."""),

    H(1, "6 Mentoring three clients for 36 hours"),
    P("""The full log is below. Between September and December I held 23 sessions with the three
      mentees, four of them as a group, adding up to 38 hours 15 minutes. One session was a
      did-not-attend, one was cancelled for sickness and rebooked, and the January follow-up is
      only planned so it is shown in brackets and not counted in the total."""),

    H(1, "7 Records, progress towards goals and impact on role"),
    P("""After each session I added a line to the log and a few sentences to a notes page for that
      mentee, with the goal, what moved and the next action. By December all three goals had been
      met or nearly: Mentee A ran the Y2 organic set-up alone on 2 December; Mentee B now takes
      all instrument bookings and the academic who complained about her in October thanked her in
      the staff meeting; Mentee C has placed every teaching lab order since mid November without
      a single wrong catalogue number. The impact on role I noticed most was that the three of them
      now ask each other before they ask me."""),
    T(*_log()),
    P("""The subtotal rows are per month and the running total is carried from the spreadsheet.
      Times are the actual times in the room, not the booked slot."""),

    H(1, "8 Feedback from stakeholders"),
    P("""I collected feedback three ways. In November each mentee filled in a short form with three
      questions (what has helped, what hasn't, what should change). In December I asked the lab
      manager and two academics who run practicals how they found the new technicians. Mentee C
      wrote that the group sessions felt like a waste at first but the near-miss case study was
      the most useful hour of his induction. Mentee B wrote that she wished we had done the
      role plays sooner. The lab manager's comment was that set-up errors in practicals had
      halved compared with last year's new starters."""),

    H(1, "9 Effectiveness of different mentoring programmes"),
    P("""Running a mixed programme let me compare the two. The one to ones were better for the
      personal goals and for anything the mentee was embarrassed about. The monthly group was
      better for shared problems and it built a peer network that the one to ones could never
      have built. If I were designing it again I would keep the mix but reduce the group to ninety
      minutes, because the two and a half hour session in October lost energy after the break.
      Compared with the buddy scheme the department used before, which was informal and
      depended on who you were sat next to, this felt fairer and more visible."""),

    H(1, "10 Reviewing my own performance"),
    P("""The three relationships were very different. With Mentee A the challenge was pace: she
      wanted to be certain before acting, and I learned to give her the reading first and save
      the practice for the session. With Mentee B it was boundaries, because she kept bringing
      problems with her line manager and I had to keep returning her to what she could
      influence. With Mentee C it was that I liked him and probably went easy on his ordering
      errors in September, which I would not do again. Looking at Kolb's cycle, I was good at
      the doing and the reviewing, and weak at stepping back to draw conclusions until my tutor
      pushed me."""),

    H(1, "11 Tutorial support and supervision"),
    P("""I had a one hour tutorial with my ILM tutor at the centre on 17 October and a 45 minute
      supervision call with her on 28 November; a further tutorial is booked for 14 January. The
      October tutorial challenged me on the group sessions: she asked who was doing the talking,
      and when I counted honestly it was me for most of the first hour. That is why the November
      group session was built around a case study the mentees worked through themselves. The
      call in November was about Mentee B and the line manager issue, and she helped me see I
      was drifting into advocacy, which is not the mentor's job."""),

    H(1, "12 Future supervision"),
    P("""Next year the department wants me to mentor the two apprentices as well. I will ask the
      technical services manager to act as my supervisor with a forty five minute conversation
      every six weeks, booked in advance, and I will bring one session to each that did not go
      well rather than a general update. I will keep a supervision notes page at the back of the
      diary so that I can see whether the same issue keeps coming back."""),

    P("""Declaration: this diary is my own work and a true record of the mentoring I carried out.
      Signed: N. Cafferty   Date: 15/12"""),
]

CASE = Case(
    name="u_md36_teaching_labs_pdf",
    unit="MD36",
    kind="structured-pdf",
    files=[SourceFile("Cafferty_MD36_diary.pdf", BLOCKS)],
    labels={},  # the MD36 rubric lacks its first section (test_heldout_build): practice only
    expected_checks={
        "declaration": True,
        "evidence_matrix": None,
        "identifying": [],
        # 555 (Sep) + 810 (Oct) + 615 (Nov) + 315 (Dec) = 2295; DNA 25/09, cancelled 14/11,
        # planned 08/01, subtotal rows, running total column and TOTAL row excluded.
        "minutes": 2295,
        "sessions": 23,  # 6 + 7 + 6 + 4, the four group sessions once each
        "individuals": 3,  # Mentee A, B, C
        "supervision_minutes": 105,  # 17 Oct tutorial 60 + 28 Nov call 45; 14 Jan booked only
    },
    about="University teaching-labs technician; MD36 PDF diary, 12 answers, long log with monthly subtotal rows, running-total column, group sessions, DNA, sick cancellation and planned January row; tutorial + call in prose; clean.",
)
