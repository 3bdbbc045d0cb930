"""8587-304 mentoring practice: an orchestra's education manager, plain .txt, durations in every format.

Tomasz Wilk runs the education department of a regional symphony orchestra and mentors two
colleagues, "Mentee A" (newly appointed principal viola, now leading schools workshops) and
"Mentee B" (a new education officer). His .txt log writes durations however he typed them
that day: "45 mins", "1 hr 15", "1h30m", "90'", "2½ hours", "1h45m", "1 hr", "1h". One
session was a group session with both mentees and the deputy librarian ("C"), counted once.
One booking was a did-not-attend. Nothing to flag.

Assessor's arithmetic, entry by entry:
   3 Oct  A            "45 mins"      -> 45
   5 Oct  B            "1 hr 15"      -> 75
  17 Oct  A            "1h30m"        -> 90
  19 Oct  B            "90'"          -> 90
  31 Oct  A, B and C   "2½ hours"     -> 150, one group session counted once
   7 Nov  A            "1 hr"         -> 60
   9 Nov  B            DNA (booked 1 hr 15) -> excluded
  14 Nov  B            "1h45m"        -> 105 (the rebooked session)
  21 Nov  A            "90 mins"      -> 90
  28 Nov  B            "1 hr 15"      -> 75
   5 Dec  A            "45 mins"      -> 45
  12 Dec  B            "1h"           -> 60
  minutes 45+75+90+90+150+60+105+90+75+45+60 = 885 (14 hrs 45, his own total);
  sessions 11; individuals 3 (A, B, and C, mentored in the group session only; the
  log says C joined "as a mentee", so C is one of his mentees, not an observer).
  Supervision: 24 Oct "1 hr" + 2 Dec "50 mins" = 110.
"""

from corpus.case import Case, H, P, SourceFile

BLOCKS = [
    H(1, "ILM Level 5 - 8587-304 Extended Period of Mentoring"),
    P("Tomasz Wilk - Education Manager - Northern Sinfonia Trust (learning and participation team)"),
    H(1, "1.1 PLAN"),
    P("""Plan was for 12+ hours over Oct-Dec, fitted around the concert season, so never on a
      rehearsal day and never in the week of a schools tour. I booked a fortnightly slot with
      each mentee in the green room and kept one spare slot in December for anything that got
      bumped by an extra rehearsal call."""),
    H(1, "1.2 GOALS"),
    P("""Mentee A: run a primary school workshop for 60 children on her own, including managing
      behaviour, by January. Mentee B: write and deliver a teacher CPD twilight. Goals were agreed
      by each of them bringing three possible goals to session 1 and us choosing together the one
      that would matter most to the schools."""),
    H(1, "1.3 CONTRACT"),
    P("""Written agreement signed by mentee, me and the Head of Learning. Confidential apart from
      safeguarding of children and young people, which always goes to the designated lead. The Head
      of Learning gets a one-line update per month which the mentee reads first."""),
    H(1, "2.1 TOOLS"),
    P("""Mentee A did a learning styles questionnaire and a confidence scale (1 to 10) on leading
      groups, repeated in December. Mentee B used a 360 with three teachers from the pilot schools.
      Her confidence score went from 3 to 7 and the teachers all asked for less jargon."""),
    H(1, "2.2 MODEL"),
    P("""I used the Egan skilled helper model: current scenario, preferred scenario, getting there.
      Most useful was stage 2, asking what a brilliant workshop would look like through the eyes of
      a seven-year-old."""),
    H(1, "2.3 and 2.4 SESSION LOG"),
    P("""Sess 1 - 3 Oct - Mentee A - 45 mins - intro, contract, goals"""),
    P("""Sess 2 - 5 Oct - Mentee B - 1 hr 15 - intro, contract, goals"""),
    P("""Sess 3 - 17 Oct - Mentee A - 1h30m - confidence scale, planning first workshop"""),
    P("""Sess 4 - 19 Oct - Mentee B - 90' - 360 results, what the teachers said"""),
    P("""Sess 5 - 31 Oct - GROUP: Mentee A, Mentee B and C (deputy librarian, joining as a mentee for this one session only) - 2½ hours -
      planning the half-term family concert workshops, everyone brings one idea"""),
    P("""Sess 6 - 7 Nov - Mentee A - 1 hr - debrief on her first workshop, behaviour strategies"""),
    P("""9 Nov - Mentee B - booked 1 hr 15 - DNA (called in to cover a sick day, rebooked)"""),
    P("""Sess 7 - 14 Nov - Mentee B - 1h45m - drafting the twilight session"""),
    P("""Sess 8 - 21 Nov - Mentee A - 90 mins - she planned, I only asked questions"""),
    P("""Sess 9 - 28 Nov - Mentee B - 1 hr 15 - rehearsal of the twilight"""),
    P("""Sess 10 - 5 Dec - Mentee A - 45 mins - review, repeat confidence scale"""),
    P("""Sess 11 - 12 Dec - Mentee B - 1h - review and ending"""),
    P("""TOTAL = 14 hrs 45 (DNA not counted, group session counted once)"""),
    P("""In sessions I try to listen to the end of the sentence. In the group session I made sure
      C spoke first so that the two mentees did not take over, and I kept to the confidentiality of
      each one's goals even though they were in the same room."""),
    H(1, "3.1 REFLECTION"),
    P("""Honestly the first few sessions I talked too much. By sess 8 I had learned that the best
      thing I can do with a musician is give them the silence a rest gives in a score. My CPD
      action: go on the trust's listening skills day in February."""),
    H(1, "3.2 FEEDBACK"),
    P("""End of every session: two questions on a postcard, what helped and what didn't. Postcards
      are scanned in the appendix. Common theme from Mentee B was wanting me to share more of my own
      mistakes, which I started doing from sess 7."""),
    H(1, "3.3 COMMUNICATION SKILLS"),
    P("""I recorded sess 9 (with permission) and counted my questions. 14 of 22 were open, but 5
      were really advice with a question mark on the end. Feedback I gave was mostly praise; I need
      to be braver about the one thing that did not work."""),
    H(1, "3.4 SUPERVISION"),
    P("""Supervision 1 - 24 Oct - 1 hr with my supervisor at the ILM centre. Outcome: stop rescuing
      Mentee A when she gets stuck, count to ten instead."""),
    P("""Supervision 2 - 2 Dec - 50 mins by phone. Outcome: plan the ending early so the last
      session is not a surprise, and think about whether the group session format could carry on
      without me."""),
    P("I confirm that this work is my own. T. Wilk"),
]

CASE = Case(
    name="r_8587_304_orchestra_txt",
    unit="8587-304",
    kind="numbered-unstyled",
    files=[SourceFile("wilk_8587-304_log.txt", BLOCKS)],
    labels={
        "1.1": "never on a rehearsal day",
        "1.2": "bringing three possible goals to session 1",
        "1.3": "which always goes to the designated lead",
        "2.1": "the teachers all asked for less jargon",
        "2.2": "through the eyes of a seven-year-old",
        "2.3": "I made sure C spoke first",
        "2.4": "DNA (called in to cover a sick day, rebooked)",
        "3.1": "the silence a rest gives in a score",
        "3.2": "share more of my own mistakes",
        "3.3": "advice with a question mark on the end",
        "3.4": "count to ten instead",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        "identifying": [],
        "minutes": 885,
        "sessions": 11,
        "individuals": 3,
        "supervision_minutes": 110,
    },
    about="Orchestra education manager; plain-text log with durations as '45 mins', '1 hr 15', '1h30m', \"90'\", '2½ hours'; a three-mentee group session counted once, a DNA row; nothing to flag.",
)
