"""8587-302 on nights: a plant-bakery shift manager's coaching log in 24-hour times that cross midnight, with supervision in a second Word file.

Marek Nowak, night shift manager at a plant bakery (bread and rolls, lines run 22:00-06:00)
near Wakefield, coaches two of his night team: C1, a mixing-room operator stepping up to
cover the shift lead, and C2, an oven operator working on speaking up at the start-of-shift
brief. Two files. The coaching log is a Word table with no length column: only the night the
shift started and a time span in 24-hour clock, most of them across midnight ("23:30-00:45",
"22:30-00:00", "23:50-01:05"), plus one meeting after a shift at 06:10. Tricky: a session
abandoned after 15 minutes when an oven tripped, marked "not counted" and redone; a three-way
review with C1 and her day-shift line manager that he counts as a coaching session; a total
line at the bottom. The supervision file holds a group webinar tutorial with the whole
cohort (counted, 1.5 hrs), two 1:1 supervisions with the site HR business partner, and a
second webinar he only watched as a recording and says he hasn't counted.

Practice truth: C1 540 (8, the three-way review included) + C2 475 (7) = 1015 minutes in 15
sessions with two coachees; supervision/tutorials 90 + 60 + 60 = 210.
"""

from .case import Case, H, P, SourceFile, T

LOG = [
    H(1, "Unit 302 - Coaching log"),
    P("Marek Nowak - Night Shift Manager, plant bakery (bread & rolls), nights 22:00-06:00, Sun-Thu"),
    P("""Coachees: C1 - mixing room operator, wants to be able to cover the shift lead when he's
      off. C2 - oven operator, good at the job but says nothing at the 22:00 brief even when he
      knows there's a problem. Both agreed to be coached and to their sessions being written up
      without names. The only quiet time on nights is after the first bake is loaded or on the
      02:00 break, so the sessions are at odd times. The date is the night the shift started,
      so 23:30-00:45 on Sun 12/01 means it finished on the Monday morning. Sessions in the
      training room off the canteen unless it says."""),
    T(
        ["No.", "Night of", "Time", "Coachee", "What we worked on / actions"],
        ["1", "Sun 12/01/25", "23:30-00:45", "C1", "Contracting - confidentiality, what coaching is, when we meet. Goal: run the mixing room for a full shift without calling the shift lead"],
        ["2", "Mon 13/01/25", "02:15-03:15", "C2", "Contracting. Goal: raise one issue himself at the 22:00 brief every week"],
        ["3", "Sun 19/01/25", "23:40-00:40", "C1", "What does the shift lead actually do - listed it, she's already doing half of it"],
        ["4", "Mon 20/01/25", "01:00-02:10", "C2", "Why he keeps quiet - came from a site where people got shouted down. Scaling 1-10, he's a 3"],
        ["5", "Sun 26/01/25", "22:15-23:30", "C1", "Dough temperature problems - she talked herself through what she'd do, I just asked"],
        ["6", "Mon 27/01/25", "23:50-01:05", "C2", "Practised what he'd say about the oven 2 door seal. Action: say it Tuesday"],
        ["7", "Sun 02/02/25", "00:30-01:30", "C1", "Covered 2 hrs of shift lead's break last week - what went well"],
        ["8", "Mon 03/02/25", "23:30-23:45", "C2", "Oven 3 tripped 15 mins in, I had to go. Not counted - redone Wed"],
        ["9", "Wed 05/02/25", "03:00-04:00", "C2", "He DID raise the door seal - engineer fixed it. Scaling now 5"],
        ["10", "Sun 09/02/25", "23:30-00:45", "C1", "Planning her first full shift covering (16/02)"],
        ["11", "Mon 10/02/25", "23:15-00:15", "C2", "What stops him at the brief now - it's the agency staff laughing"],
        ["12", "Sun 16/02/25", "22:30-00:00", "C1", "Covering tonight - prepped before the shift, went through the handover sheet"],
        ["13", "Mon 17/02/25", "02:00-03:30", "C2", "Long one - talked about going for the oven team leader job"],
        ["14", "Mon 24/02/25 (after shift)", "06:10-07:10", "C1 + her line manager (day production manager)", "3-way review. C1 led it herself, showed her covering log. I'm counting this as a coaching session - it was C1's session and we reviewed her goals"],
        ["15", "Mon 24/02/25", "23:30-00:30", "C2", "Review of goals, feedback form"],
        ["16", "Sun 02/03/25", "23:45-00:30", "C1", "Closing session, feedback form, what next (shift lead course in April)"],
    ),
    P("Total coaching: 16 hrs 55 mins, 15 sessions (No. 8 not counted). Supervision and tutorials are in the separate supervision record."),
    H(2, "Notes"),
    P("""Coaching at midnight is different. People are tired and more honest, and C2 said more at
      02:00 than he ever would in the day. But I had to stop twice for breakdowns, and one of
      those I couldn't count. The 3-way review was C1's idea - she wanted her day manager to
      see what she'd done on nights. It worked better than I expected because she ran it."""),
    P("Declaration: this is my own work and the log is a true record. Marek Nowak 05/03/25"),
]

SUPERVISION = [
    H(1, "Unit 302 - Supervision and tutorial record"),
    P("""Marek Nowak. My coaching supervisor is the site HR business partner, who is a qualified
      coach and supervises the other coaches on site. Tutorials are with my course tutor, most
      of them as group webinars on Teams for the whole cohort."""),
    T(
        ["Date", "Type", "With", "Time", "What we covered / outcomes"],
        ["Tue 21/01/25", "Tutorial - group webinar (Teams)", "Course tutor and the rest of the cohort (9 of us)", "14:00-15:30", "Contracting and GROW. I asked about coaching on nights when people are shattered - tutor said keep it shorter and agree one action, not three"],
        ["Tue 11/02/25", "Supervision 1:1", "Site HR business partner", "06:15-07:15", "Went through sessions 1-7. Outcome: I was giving C2 the answers. Try scaling questions and wait. Also what to do when I get called away (session 8)"],
        ["Tue 18/02/25", "Tutorial - group webinar (Teams)", "Course tutor and cohort", "14:00-15:30", "I was asleep after nights so I watched the recording on 19/02 (about 40 mins of it). Not counted - I wasn't there live"],
        ["Tue 04/03/25", "Supervision 1:1 (phone)", "Site HR business partner", "15:00-16:00", "Ending the coaching with C1 and C2, the 3-way review, what I'd do differently. Outcome: build 3-way reviews in at the start next time"],
    ),
    P("Supervision and tutorials counted: 3 hrs 30 mins."),
    H(2, "What supervision changed"),
    P("""The first supervision changed how I ran the sessions with C2. I'd been trying to fix his
      problem for him. From session 9 I asked a scaling question at the start and left the
      silence, and he started bringing his own ideas. The second one helped me end the
      coaching properly instead of just stopping when the hours were done."""),
]

CASE = Case(
    name="ps_302_night_bakery_supervision_file_docx",
    unit="8587-302",
    kind="portfolio",
    files=[
        SourceFile("302 coaching log - M Nowak.docx", LOG),
        SourceFile("302 supervision record - M Nowak.docx", SUPERVISION),
    ],
    labels={},  # practice only
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        "identifying": [],  # coachees are C1/C2; supervisor, tutor and line manager by role only
        # Lengths from the 24-hour spans, across midnight where the end is before the start:
        # C1: 1 23:30-00:45 75 + 3 23:40-00:40 60 + 5 22:15-23:30 75 + 7 00:30-01:30 60
        #   + 10 23:30-00:45 75 + 12 22:30-00:00 90 + 14 06:10-07:10 60 (3-way review with her
        #   line manager, which he counts) + 16 23:45-00:30 45
        #   = 75 + 60 = 135; + 75 = 210; + 60 = 270; + 75 = 345; + 90 = 435; + 60 = 495; + 45 = 540 (8)
        # C2: 2 02:15-03:15 60 + 4 01:00-02:10 70 + 6 23:50-01:05 75 + 9 03:00-04:00 60
        #   + 11 23:15-00:15 60 + 13 02:00-03:30 90 + 15 23:30-00:30 60
        #   = 60 + 70 = 130; + 75 = 205; + 60 = 265; + 60 = 325; + 90 = 415; + 60 = 475 (7)
        # 540 + 475 = 1015 = 16 h 55 (his total line agrees).
        # Not: No. 8 23:30-23:45 (15 min, abandoned, "Not counted - redone Wed"); the "Total
        # coaching: 16 hrs 55 mins" line; nights 22:00-06:00 (shift times); "2 hrs of shift
        # lead's break" (C1 covering, not a session); the 02:00 break; supervision file rows.
        "minutes": 1015,
        "sessions": 15,
        "individuals": 2,  # C1, C2 (the day production manager is not a coachee)
        # 21/01 group webinar tutorial 14:00-15:30 90 + 11/02 supervision 06:15-07:15 60
        # + 04/03 supervision 15:00-16:00 60 = 90 + 60 = 150; + 60 = 210 (his "3 hrs 30 mins").
        # Not: 18/02 webinar 14:00-15:30 not attended live, recording "about 40 mins", "Not counted".
        "supervision_minutes": 210,
    },
    about="Plant-bakery night shift manager; 302 portfolio of a Word coaching log with only 24-hour time spans crossing midnight ('23:30-00:45', '22:30-00:00'), an abandoned not-counted session, a three-way review with the coachee's line manager counted as a session, and a separate supervision file with a group-webinar tutorial counted and a watched-recording webinar not counted.",
)
