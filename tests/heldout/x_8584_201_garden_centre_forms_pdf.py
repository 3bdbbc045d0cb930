"""8584-201 mentoring practice: a garden centre's plant area supervisor, PDF with printed session forms and a summary log.

Darren Holt supervises the plant area of a family garden centre and mentors a new seasonal
assistant, "S" on every form. His PDF has a short plan, then six "Mentoring Session Record"
forms printed from the centre's template, each a grid with two fields per line ("Date: ...
Session no: ...", "Start time: ... Finish time: ...", "Location: ... Duration: ...") and
free-text boxes under it, then a one-page summary log that repeats the same six sessions
(plus a cancelled week) with a Total row, then his review, tutor meeting and plan. Headings
are his own ("Part 1 - Planning"), with the AC in brackets. No evidence matrix; a signed
declaration.

Planted (1): in his review he slips and calls the mentee by her first name once ("Shannon").
Clean but tricky: his own name and "D. Holt" on every form, the assistant manager and the
owner by role, plant names that look like names (Busy Lizzie, Sweet William, Black-eyed
Susan, Creeping Jenny), the RHS.

Assessor's arithmetic (forms = summary log, each session once):
  1  04/03 12:30-13:20  50 min
  2  11/03 12:30-13:30  60 min
  -  18/03 cancelled (S off sick)          -> excluded
  3  25/03 12:30-13:15  45 min
  4  01/04 08:00-09:10  70 min
  5  08/04 12:30-13:25  55 min
  6  15/04 12:30-13:30  60 min
  50+60 = 110, +45 = 155, +70 = 225, +55 = 280, +60 = 340; summary Total "5 hrs 40 mins" =
  340, right, never added; the forms and the summary rows are the same sessions.
  minutes 340; sessions 6; individuals 1 (S = Shannon).
  Tutor: 14/03 phone call 15 min + 23/04 meeting 10:00-11:00 60 min -> supervision 75.
"""

from corpus.case import Case, H, P, SourceFile, T


def form(no, date, start, finish, duration, place, aim, summary, actions):
    return [
        H(2, "MENTORING SESSION RECORD"),
        T(
            ["Mentor:", "D. Holt", "Mentee:", "S"],
            ["Date:", date, "Session no:", no],
            ["Start time:", start, "Finish time:", finish],
            ["Location:", place, "Duration:", duration],
        ),
        P("Aim of session: " + aim),
        P("Summary of discussion: " + summary),
        P("Actions agreed: " + actions),
        P("Signed (mentor): D Holt Signed (mentee): S"),
    ]


BLOCKS = [
    H(0, "Unit 201 Developing Mentoring Skills - Evidence"),
    P("Darren Holt - Plant Area Supervisor, Fernleigh Garden Centre"),
    P("ILM Level 2 Award in Effective Mentoring"),

    H(1, "Part 1 - Planning (1.1, 1.2)"),
    P("""Every spring we take on seasonal staff for the bedding plant rush. This year our assistant
      manager asked me to mentor one of them, who I call S in this work. S is 18, just left
      college, and had never worked in retail. She knows more about plants than she thinks but
      freezes when customers ask her anything. I planned six sessions of about an hour, once a
      week on a Tuesday at 12.30 when the lunch cover comes on, in the little office at the back
      of the potting shed where we don't get disturbed. The one exception was planned as an early
      start before opening so we could walk the watering round while it was quiet. I used the
      centre's session record form for every meeting and kept a summary log at the back."""),
    P("""We agreed the goals in the second session, once S had seen the place for a week. They were:
      (1) to do the Saturday watering round on her own by mid April, (2) to answer customer
      questions on our top twenty bedding plants without going to find someone, and (3), which S
      chose, to deal with a customer complaint without panicking. We wrote them at the top of her
      form and she picked the order."""),

    H(1, "Part 2 - Session records (2.1, 2.5)"),
    *form("1", "04/03/2025", "12:30", "13:20", "50 mins", "Potting shed office",
          "Get to know each other, explain mentoring, agreement.",
          """Talked about why she applied and what she liked at college. Went through the
          mentoring agreement (confidential apart from safety, weekly, she can cancel) and we
          both signed it. She said her worry is customers.""",
          "S to write down three things she wants from the season. DH to book Tuesdays."),
    *form("2", "11/03/2025", "12:30", "13:30", "1 hr", "Potting shed office",
          "Agree goals.",
          """Looked at her three things. Agreed the three goals (watering round, top 20 bedding
          plants, complaints). She wants complaints last because it scares her most.""",
          "S to shadow Saturday watering. DH to print the top 20 list."),
    *form("3", "25/03/2025", "12:30", "13:15", "45 mins", "Potting shed office",
          "Plant knowledge - top 20 list.",
          """Missed last week as S was ill. Quiz on the top 20 list, she got 14. She knew the
          Latin better than the common names, e.g. knew Impatiens but not Busy Lizzie, and
          Rudbeckia but not Black-eyed Susan.""",
          "S to label the 6 she didn't know in the bedding tunnel with me Thursday."),
    *form("4", "01/04/2025", "08:00", "09:10", "1 hr 10 mins", "Bedding tunnels / outside beds",
          "Walk the watering round, S leading.",
          """Early start before we open. S led the whole round and told me what each area needs
          and why. Only missed the hanging baskets by the café.""",
          "S to do Saturday round with me only checking at the end."),
    *form("5", "08/04/2025", "12:30", "13:25", "55 mins", "Potting shed office",
          "Complaints.",
          """Role play with a dead Sweet William and an angry customer (me). First go she
          apologised six times. Second go she asked what happened and offered the refund policy.""",
          "S to watch the assistant manager handle the returns desk Saturday morning."),
    *form("6", "15/04/2025", "12:30", "13:30", "1 hr", "Potting shed office",
          "Review goals, feedback, what next.",
          """Watering round done alone on 12/04. Top 20 quiz 19 out of 20. Handled a real
          complaint on Sunday about Creeping Jenny that died. Feedback form filled in.""",
          "Carry on with the top 50 list. S to look at the RHS Level 2 course. Keep in touch monthly."),

    H(1, "Summary log"),
    T(
        ["No.", "Date", "Time", "Duration", "Main focus"],
        ["1", "Tue 04/03", "12:30-13:20", "50 mins", "Agreement, getting to know each other"],
        ["2", "Tue 11/03", "12:30-13:30", "1 hr", "Goals agreed"],
        ["-", "Tue 18/03", "-", "-", "Cancelled - S off sick"],
        ["3", "Tue 25/03", "12:30-13:15", "45 mins", "Top 20 plant quiz"],
        ["4", "Tue 01/04", "08:00-09:10", "1 hr 10 mins", "Watering round, S leading"],
        ["5", "Tue 08/04", "12:30-13:25", "55 mins", "Complaints role play"],
        ["6", "Tue 15/04", "12:30-13:30", "1 hr", "Review and feedback"],
        ["", "", "TOTAL", "5 hrs 40 mins", "6 sessions"],
    ),
    P("""Six sessions came to 5 hours 40 minutes altogether, which is well over the 3 hours
      needed, over seven weeks with one lost to sickness."""),
    P("""Records: I filled in a form at the end of each session while we were both still in the
      office, and S signed it, so she could see what I'd written about her. The forms above are
      the full record of each one; this table is just so it's all on one page. They are kept in
      the locked drawer in the potting shed office with the signed agreement."""),

    H(1, "Part 3 - How it went (2.2, 2.3, 2.4, 3.1)"),
    P("""Questioning and listening. My habit is to tell people the answer, it's quicker in a busy
      shop. With S I made myself ask first. In the watering round I kept asking "why does that
      bed get less?" and she always knew, she just hadn't been asked. I listened for the bits
      where she went quiet, which were always about customers, not plants."""),
    P("""Feedback. After the complaints role play I told her straight what had changed between the
      first go and the second: she stopped saying sorry and started asking questions. I said the
      one thing to add was to offer the refund earlier. She wrote it on her hand, which made me
      laugh, but she did it on the Sunday."""),
    P("""Trust. I told her about my first season when I watered a whole bench of cacti every day
      and killed the lot. It helped her see everyone gets things wrong. I also kept to what the
      agreement said - nothing went to the assistant manager unless S said so, and when she was
      off sick I didn't ask why, I just rebooked."""),
    P("""Looking at my own performance against the list of mentor skills we did on the course, I
      was good at planning and keeping it regular, and weak at letting her lead at the start. In
      sessions 1 and 2 I did most of the talking. Shannon said on the feedback form that I was
      "a good teacher", which is nice but not quite the point of mentoring, so I need to ask more
      and tell less. By session 4 she was leading and I was only checking."""),

    H(1, "Part 4 - Tutor meeting and next steps (3.2, 3.3)"),
    P("""I had a short phone call with my tutor on 14/03, about 15 minutes, to check the goals were
      measurable. Then I met my tutor at the centre on 23/04 from 10:00 to 11:00. We went through
      the forms and the summary log. The purpose was to look back at the mentoring and agree what
      I work on next. She pointed out that my goals were measurable but my notes on the forms say
      very little about what S said, mostly what I said. We agreed I should write one quote from
      the mentee on every form in future."""),
    T(
        ["What I will work on", "How", "When", "How I'll know"],
        ["Asking more, telling less", "Ask three open questions first, then advice only if asked", "Next seasonal intake, Feb 2026",
         "Mentee feedback doesn't call me a teacher"],
        ["Better notes", "One quote from the mentee on every form", "From next mentee",
         "Tutor or manager checks 3 forms"],
        ["Mentor more than one person", "Ask the owner to let me mentor two of next year's seasonals", "By March 2026",
         "Two agreements signed"],
    ),
    P("""Declaration: I confirm this is my own work and the sessions took place as recorded.
      Signed: Darren Holt 28/04/2025"""),
]

CASE = Case(
    name="x_8584_201_garden_centre_forms_pdf",
    unit="8584-201",
    kind="portfolio",
    files=[SourceFile("Darren Holt - Unit 201.pdf", BLOCKS)],
    labels={
        "1.1": "at 12.30 when the lunch cover comes on",
        "1.2": "which S chose, to deal with a customer complaint",
        "2.1": "Six sessions came to 5 hours 40 minutes altogether",
        "2.2": "I listened for the bits where she went quiet",
        "2.3": "the one thing to add was to offer the refund earlier",
        "2.4": "watered a whole bench of cacti every day",
        "2.5": "this table is just so it's all on one page",
        "3.1": "which is nice but not quite the point of mentoring",
        "3.2": "my notes on the forms say very little about what S said",
        "3.3": "Ask three open questions first",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        "identifying": ["Shannon"],
        # forms = summary rows (same sessions once): 50+60+45+70+55+60 = 340 = "5 hrs 40 mins";
        # 18/03 cancelled excluded.
        "minutes": 340,
        "sessions": 6,
        "individuals": 1,  # S (Shannon)
        # 14/03 phone call 15 + 23/04 10:00-11:00 60 = 75
        "supervision_minutes": 75,
    },
    about="Garden centre plant supervisor; PDF of six printed session forms (two fields per line) plus a summary log repeating them with a cancelled week and a Total row; tutor call + hour; mentee's first name slips once in the review.",
)
