"""MD36 mentoring diary: an attendance register, one row per person per session.

Leanne Foster, a senior cabin crew member at a regional airline base, mentors four new
cabin crew (Jess, Marco, Aisha and Ben, who joined in the second month) through one-to-ones
and a monthly "mentoring circle". Her diary is the base's attendance register: Date, Session,
Attendee, Attended (Y/N), Start, Finish, Hrs. A circle appears as one row per invited crew
member, all with the same times, so its length is repeated on every row; absent members have
an N. One circle was cancelled for everyone, one one-to-one is an N, supervision and a tutorial
use the same register with her as the attendee, a one-to-one is rostered for later, and the
register ends with a "Total attendee hours" row that adds every Y row.

Practice truth: circles 90 + 90 + 120 and one-to-ones 45 + 40 + 45 + 60: 490 minutes in seven
sessions with four mentees; supervision and tutorial 60 + 45 = 105 minutes in two.
"""

from .case import Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "MD36 Workplace Mentoring Diary - Leanne Foster, Senior Cabin Crew"),
    P("""Declaration: I confirm that this diary is my own work and a true record of my mentoring.
      The crew I mentor are given made-up first names here."""),
    H(1, "How my mentoring works"),
    P("""At our base every new cabin crew member is given a senior crew mentor for their first
      six months on the line. I had four this spring: Jess, Marco and Aisha from February, and Ben
      from the second circle. Because our rosters rarely match, I run a monthly mentoring circle
      in the crew room for whoever is on the ground, and fit one-to-ones around standby days."""),
    P("""The register below is the base training register, which we have to keep for every
      session, so it has one row per person per session. A circle is one session for me however
      many people came, and its length only counts once towards my hours; the Hrs column is each
      attendee's time, which is what the base training team adds up."""),
    H(1, "Attendance register"),
    T(
        ["Date", "Session", "Attendee", "Attended", "Start", "Finish", "Hrs"],
        ["06/02", "Mentoring circle 1", "Jess", "Y", "10:00", "11:30", "1.5"],
        ["06/02", "Mentoring circle 1", "Marco", "Y", "10:00", "11:30", "1.5"],
        ["06/02", "Mentoring circle 1", "Aisha", "Y", "10:00", "11:30", "1.5"],
        ["10/02", "1:1 mentoring", "Jess", "Y", "14:00", "14:45", "0.75"],
        ["12/02", "1:1 mentoring", "Marco", "Y", "09:00", "09:40", "0.67"],
        ["14/02", "Supervision (me with Base Manager, Claire)", "Leanne", "Y", "15:00", "16:00", "1"],
        ["20/02", "Mentoring circle 2", "Jess", "Y", "10:00", "11:30", "1.5"],
        ["20/02", "Mentoring circle 2", "Marco", "N - sick", "10:00", "11:30", "0"],
        ["20/02", "Mentoring circle 2", "Aisha", "Y", "10:00", "11:30", "1.5"],
        ["20/02", "Mentoring circle 2", "Ben", "Y", "10:00", "11:30", "1.5"],
        ["24/02", "1:1 mentoring", "Aisha", "N - called out from standby", "13:00", "13:50", "0"],
        ["26/02", "1:1 mentoring", "Ben", "Y", "07:15", "08:00", "0.75"],
        ["06/03", "Mentoring circle 3", "Jess", "N", "10:00", "11:00", "0"],
        ["06/03", "Mentoring circle 3", "Marco", "N", "10:00", "11:00", "0"],
        ["06/03", "Mentoring circle 3", "Aisha", "N", "10:00", "11:00", "0"],
        ["06/03", "Mentoring circle 3", "Ben", "N", "10:00", "11:00", "0"],
        ["10/03", "1:1 mentoring", "Aisha", "Y", "16:00", "17:00", "1"],
        ["12/03", "ILM tutorial (online)", "Leanne", "Y", "18:00", "18:45", "0.75"],
        ["20/03", "Mentoring circle 4", "Jess", "Y", "10:00", "12:00", "2"],
        ["20/03", "Mentoring circle 4", "Marco", "Y", "10:00", "12:00", "2"],
        ["20/03", "Mentoring circle 4", "Aisha", "Y", "10:00", "12:00", "2"],
        ["20/03", "Mentoring circle 4", "Ben", "Y", "10:00", "12:00", "2"],
        ["27/03", "1:1 mentoring", "Marco", "Rostered", "15:00", "16:00", ""],
        ["", "Total attendee hours", "", "", "", "", "21.92"],
    ),
    P("""Circle 3 on 6 March did not happen: all four were rostered on the early Alicante rotation
      after a late roster change, so nobody attended and I stood it down. Marco's one-to-one on 27
      March is on the roster but after I handed this in."""),
    H(1, "Diary reflections"),
    P("""February. The first circle was awkward: three people who had only met in training, and
      me trying too hard to fill the silences. By the end Aisha had told a story about a
      difficult passenger and the others joined in, and I realised the circle works when I step
      back. The one-to-ones were more practical, about rosters, fatigue and how to ask the purser
      for help without looking weak."""),
    P("""Claire's supervision helped me separate mentoring from line management; I am not their
      manager and I had been slipping into telling them what the operations manual says instead
      of asking what they thought."""),
    P("""March. Losing the third circle to the roster was frustrating, and I learnt to book the
      circle on a day the rosters show most of the crew on the ground. The fourth circle, the
      longest, was the best session of the diary: Ben, the newest, asked the others how they
      coped with their first diversion, and I barely spoke."""),
    P("""My ILM tutorial was about how to evidence the circles for MD36. I have logged them in the
      register once per attendee because that is the base rule, but for my own hours a circle is
      one session of its own length."""),
]

CASE = Case(
    name="pv_md36_attendance_register",
    unit="MD36",
    kind="structured-docx",
    files=[SourceFile("foster-md36-register.docx", BLOCKS)],
    labels={},  # a practice log only: its figures are measured, not the evidence finder
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        "identifying": [],
        # circles once each: 90 (06/02) + 90 (20/02) + 120 (20/03) = 300; one-to-ones Jess 45
        # (10/02) + Marco 40 (12/02) + Ben 45 (26/02) + Aisha 60 (10/03) = 190; 300 + 190 = 490.
        # Not circle 3 (nobody attended), Aisha's N on 24/02, Marco rostered 27/03, the
        # per-attendee Hrs or the Total attendee hours row.
        "minutes": 490,
        "sessions": 7,  # 3 circles + 4 one-to-ones
        "individuals": 4,  # Jess, Marco, Aisha, Ben
        "supervision_minutes": 105,  # Claire 60 (14/02) + ILM tutorial 45 (12/03)
    },
    about="Senior cabin crew; the base attendance register with one row per attendee per circle, Y/N attendance, a circle nobody attended, a Total attendee hours row.",
)
