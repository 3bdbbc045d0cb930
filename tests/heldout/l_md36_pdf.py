"""MD36 36-hour mentoring diary (PDF downloaded from Google Docs): a fire control watch manager.

Owen Pritchard, watch manager in a fire and rescue service's joint control room in South
Wales, mentors three new control operators over twelve weeks. One PDF from Google Docs: a
short introduction, then a week-by-week grid (Week 1 ... Week 12 rows, one column per mentee
holding minutes, a Supervision column) with a Totals row, then a page of notes per phase and
a signed declaration. One session met a 999 surge and was cancelled; one mentee was on
annual leave one week. Every filled mentee cell is one session (he says so). The MD36
rubric is known to be wrong, so no labels: practice and anonymisation only.

Practice, as an assessor counts it (the grid's week rows):
    Mentee A: 60+75+60+90+60+75+60+90+60+75+60+90 = 855 (12 sessions)
    Mentee B: 60+60+90+60+75+60+[A/L]+75+90+60+75+60 = 765 (11 sessions)
    Mentee C: 45+60+75+[cancelled]+90+60+90+60+75+60+90+60 = 765 (11 sessions)
    => 2385 minutes (39h 45m), 34 sessions, 3 individuals.
    Supervision column: weeks 1, 4, 7, 10, 12 = 60+45+60+45+60 = 270.
    The Totals row (855 | 765 | 765 | 270) and the "39 hrs 45 mins" line restate the rows.

Clean: Mentee A, B and C throughout. Not identifying: Owen's own name, his group manager
(his supervisor, by role), South Wales, the fire and rescue service, NFCC, JESIP, Vision
(the mobilising system), Clutterbuck, Megginson, Kolb, the GROW model, Hawkins and Shohet.
"""

from corpus.case import Case, H, P, SourceFile, T

GRID = T(
    ["Week", "Mentee A (mins)", "Mentee B (mins)", "Mentee C (mins)", "Supervision (mins)"],
    ["Week 1", "60", "60", "45", "60"],
    ["Week 2", "75", "60", "60", "-"],
    ["Week 3", "60", "90", "75", "-"],
    ["Week 4", "90", "60", "cancelled – 999 surge", "45"],
    ["Week 5", "60", "75", "90", "-"],
    ["Week 6", "75", "60", "60", "-"],
    ["Week 7", "60", "A/L", "90", "60"],
    ["Week 8", "90", "75", "60", "-"],
    ["Week 9", "60", "90", "75", "-"],
    ["Week 10", "75", "60", "60", "45"],
    ["Week 11", "60", "75", "90", "-"],
    ["Week 12", "90", "60", "60", "60"],
    ["Totals", "855", "765", "765", "270"],
)

BLOCKS = [
    H(0, "MD36 Mentoring Diary – 36 hours"),
    P("Owen Pritchard · Watch Manager, Joint Fire Control · Diary period: 6 January to 30 March"),

    H(1, "Introduction"),
    P("""I am a watch manager in our joint fire control room, which takes every 999 fire call for
      three counties and mobilises the appliances. New control operators do a six week
      classroom course and then join a watch, and the first three months on watch are where we
      lose people: the calls are hard, the shift pattern is brutal and the room can feel
      cliquey. This year three new operators joined my watch at once and my group manager
      agreed I could mentor all three as my MD36 practice. I refer to them as Mentee A, Mentee B
      and Mentee C. They came from very different places: a call centre, the ambulance service's
      non-emergency line, and a university degree in criminology."""),
    P("""How I kept the diary: I met each mentee once a week, on a day shift, in the training room
      at the back of control, and wrote the length of each session in minutes in the grid the
      same day. So every number in a mentee's column is one session. Supervision with my group
      manager is in its own column. Where a session did not happen I wrote why instead of a
      number."""),

    H(1, "Weekly grid"),
    GRID,
    P("""Total mentoring: 39 hrs 45 mins across the three mentees, over the 36 hours required.
      Supervision: 4 hrs 30 mins with my group manager."""),

    H(1, "Notes – weeks 1 to 4"),
    P("""The first sessions were about contracting and getting to know each of them. We agreed
      confidentiality with the usual limits (anything affecting public safety or a colleague's
      welfare) and that I would not be part of their probation sign-off; another watch manager
      did that. Mentee A wanted to stop freezing when a caller screams. Mentee B wanted to learn
      the mobilising system, Vision, faster than the course allowed. Mentee C wanted to feel part
      of the watch. In week 4 a 999 surge from flooding meant every operator was on the floor,
      including me, and Mentee C's session was cancelled; we did not rebook it because week 5
      was already long. Supervision in week 1 set up how my group manager and I would work, and
      in week 4 he challenged me on whether I was mentoring three people or running a training
      course."""),

    H(1, "Notes – weeks 5 to 8"),
    P("""This was the middle phase and the sessions got more personal. Mentee A took a call in
      week 5 from a child in a house fire and we gave the whole of the following session to it,
      alongside the formal defusing the service provides. I was careful not to act as a
      counsellor and reminded her of the occupational health route. Mentee B was on annual leave
      in week 7. Mentee C's sessions were the longest in this phase because she had started to
      talk about how left out she felt on nights. I used GROW with Mentee B, who likes
      structure, and more open, Clutterbuck-style developmental conversations with the other
      two. In week 7 supervision we used Hawkins and Shohet's seven-eyed model to look at what
      was going on between me and Mentee C, and I realised I was trying too hard to fix the
      watch for her."""),

    H(1, "Notes – weeks 9 to 12"),
    P("""The last phase was about independence and ending. Mentee B now trains others on Vision
      shortcuts. Mentee A took a second child-involved call in week 10 and told me afterwards she
      had used her own breathing routine and felt in control. Mentee C organised the watch's
      Christmas-in-March meal, which tells you something. We ended each mentoring relationship
      in week 12 with a review against the goals and an agreement to keep a monthly informal
      catch-up that is not mentoring and not in this diary. My final supervision in week 12 was
      a review of the whole diary against Kolb's cycle."""),

    H(1, "What I have learned"),
    P("""Three mentees at once was a lot on top of running a watch. I learned to protect the time
      even when control was busy, because the one time I let it slip (week 4) was the week
      Mentee C most needed it. I learned that my instinct as a watch manager is to take charge,
      which is right on a fire call and wrong in a mentoring session. Megginson's point that the
      mentee owns the agenda is now written on the inside of my notebook."""),

    H(1, "Declaration"),
    P("""I declare that this diary is a true record of the mentoring I carried out and that the
      work is my own. Signed: Owen Pritchard   Date: 31 March"""),
]

CASE = Case(
    name="l_md36_pdf",
    unit="MD36",
    kind="legacy-questions",
    files=[SourceFile("MD36 Mentoring Diary - O Pritchard - Google Docs.pdf", BLOCKS)],
    labels={},
    expected_checks={
        "declaration": True,
        "evidence_matrix": None,
        # A 60+75+60+90+60+75+60+90+60+75+60+90 = 855; B 60+60+90+60+75+60+75+90+60+75+60 = 765
        # (wk 7 A/L); C 45+60+75+90+60+90+60+75+60+90+60 = 765 (wk 4 cancelled). 855+765+765 = 2385.
        # Totals row and the "39 hrs 45 mins" line restate the grid; supervision column excluded.
        "minutes": 2385,
        "sessions": 34,  # 12 + 11 + 11, one session per filled cell
        "individuals": 3,  # Mentee A, B, C
        "supervision_minutes": 270,  # weeks 1, 4, 7, 10, 12: 60 + 45 + 60 + 45 + 60
        "identifying": [],
    },
    about="Fire control watch manager mentoring three new control operators; MD36 PDF from Google Docs with a Week 1-12 grid, one minutes column per mentee, a Supervision column and a Totals row, one cancelled cell and one A/L cell; signed; clean.",
)
