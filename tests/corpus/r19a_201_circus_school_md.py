"""8584-201 practice evidence in Markdown from a youth circus school: the log is a time-tracking app export (Description, Start date, Start time, Duration as hh:mm:ss) mixing mentoring with her rigging checks and two tutor calls, one session split into two timer entries by a fire alarm, one timer started late ("00:04:12") whose real length is in a note, a tutor call cut off and finished by phone off the app, the app's own Total row, a planned sixth session that fell in half term, session records repeating two lengths, shadowing and a show not counted. Planted: the mentee's real first name in one timer label, her e-mail in the agreement notes.

Rhiannon Pugh, head aerial coach at a youth circus school, mentors "J", a newly qualified
junior coach, on Mondays before the juniors' trapeze class. She pasted her timer app export.
Mentoring rows: 00:50:00, 01:05:00, 00:35:00 + 00:25:00 (22/09: one session either side of a
fire alarm, one of the labels reads "Mentoring Jasmine (1)"), 00:04:12 (29/09: she forgot to
start the timer; the note says 5.05 to 6.15pm), 00:55:00. "Rigging check" rows are her work.
Tutor calls: 00:50:00 and 00:25:00 (13/10, dropped on a train) finished on 15/10 with another
35 minutes on the phone, not in the app. The app's Total "06:44:12" is everything. Session
records below repeat 15/09 as "1hr05" and 22/09 as "1 hr". J's two shadowing Saturdays
(2 hrs each) and a trip to a circus show are not counted. Her own sums are right.

Practice truth: 50 + 65 + 60 + 70 + 55 = 300 minutes in 5 sessions with one mentee;
tutor support 50 + 25 + 35 = 110 minutes.
"""

from .case import B, Case, H, P, SourceFile, T

BLOCKS = [
    H(1, "Unit 201 Developing Mentoring Skills - Rhiannon Pugh"),
    P("""Head Aerial Coach, youth circus school (ages 7-18, about 200 students a week across
      trapeze, silks, juggling and acro). ILM Level 2 Award in Effective Mentoring."""),
    H(2, "Plan"),
    P("""My mentee is J, who passed her aerial coaching qualification in the summer and is
      co-teaching the Monday juniors' trapeze class with me. We planned 6 sessions x 45 mins =
      4½ hrs, Mondays at 5pm in the green room before the 6.15 class, from 8 September to
      13 October. J's goals: run the warm-up and the trapeze progressions on her own by the
      October showcase, and deal with a frightened student without calling me over."""),
    P("""Agreement notes: confidential between us unless it's a safeguarding matter, which goes
      to the Designated Safeguarding Lead; 24 hours' notice to cancel; we'll swap notes by
      e-mail (jaz.aerial@outlook.com), not WhatsApp, so nothing sits on the class group by
      mistake."""),
    H(2, "Log - export from my timer app"),
    P("""I time everything at work with the app so this is the export for September-October,
      straight from the CSV."""),
    T(
        ["Description", "Start date", "Start time", "Duration"],
        ["Mentoring J - agreement", "08/09/2025", "17:05", "00:50:00"],
        ["Rigging check studio 2", "09/09/2025", "09:00", "00:40:00"],
        ["Mentoring J", "15/09/2025", "17:10", "01:05:00"],
        ["Mentoring Jasmine (1)", "22/09/2025", "17:00", "00:35:00"],
        ["Mentoring J (2)", "22/09/2025", "17:50", "00:25:00"],
        ["Tutor call - Deb", "24/09/2025", "19:30", "00:50:00"],
        ["Mentoring J", "29/09/2025", "18:11", "00:04:12"],
        ["Rigging check studio 1", "01/10/2025", "09:00", "00:55:00"],
        ["Mentoring J - final review", "06/10/2025", "17:00", "00:55:00"],
        ["Tutor call - Deb", "13/10/2025", "19:30", "00:25:00"],
        ["", "", "Total", "06:44:12"],
    ),
    P("Notes on the export:"),
    B("Ignore the rigging checks - I use the same app for my work hours."),
    B("""22/09 - the fire alarm went off at 17:35 (toast in the café), we all went out to the car
      park and started again at 17:50. So that is one session in two bits: 35 + 25 = 1 hour."""),
    B("""29/09 - I forgot to start the timer until we were packing up. We actually went from 5.05
      to 6.15pm."""),
    B("""13/10 - the call with Deb (my tutor) dropped when her train went into a tunnel. We
      finished it on Wednesday 15/10 on the phone, another 35 mins, which isn't in the app."""),
    B("""There was no sixth session - 13/10 was half term and the building was shut, so we
      finished on five."""),
    P("My totals: mentoring 5 hrs exactly (5 sessions), tutor time 1 hr 50."),
    H(2, "Session records"),
    P("""15/09 - 1hr05. How J spots a student who is scared before they say so. I asked her what
      she noticed in last week's class and waited; she came up with three signs herself
      (grip, breathing, looking at the door). Action: she leads the warm-up next Monday."""),
    P("""22/09 - 1 hr (with a fire alarm in the middle). She led the warm-up and we talked it
      through. Feedback from me: her demo was brilliant but her instructions were too long. We
      agreed she'd try "show, one sentence, go"."""),
    P("""29/09 - Trapeze progressions: J wrote the sequence for the showcase group. I gave her
      the Johari window to fill in about her coaching and she added two things to her "blind"
      box from the parents' comments."""),
    P("""06/10 - Final review. J ran the whole juniors' class last Monday with me only spotting.
      The frightened student (she's 9) did her first knee hang with J talking her through it.
      Feedback form done."""),
    H(2, "Not counted"),
    B("""J shadowed me teaching the Saturday juniors twice (20/09 and 04/10, 2 hrs each). That was
      her watching me coach, not mentoring."""),
    B("""We went together to see a touring circus show in Stroud on 11/10 - a social, not a
      session."""),
    H(2, "Tutor calls"),
    P("""24/09 with Deb, 50 mins: the plan and whether "deal with a frightened student" is
      measurable. We changed it to "talk a frightened student through a first knee hang"."""),
    P("""13/10 and 15/10 with Deb (25 + 35 mins): my review. I talk too much in sessions - the
      same thing I told J about her instructions. My development goals: use silence, and ask
      one question at a time."""),
    P("I confirm this is my own work. R. Pugh, 20/10/2025"),
]

CASE = Case(
    name="r19a_201_circus_school_md",
    unit="8584-201",
    kind="unstructured",
    files=[SourceFile("rhiannon-pugh-201-practice.md", BLOCKS)],
    labels={},  # practice log only
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        # J's real first name in one timer label ("Mentoring Jasmine (1)") and her personal e-mail
        # in the agreement notes. Deb is the tutor (staff).
        "identifying": ["Jasmine", "jaz.aerial@outlook.com"],
        # Timer export, mentoring rows only:
        #   08/09 "00:50:00" 50
        #   15/09 "01:05:00" 65
        #   22/09 "00:35:00" + "00:25:00" = 60, one session either side of a fire alarm
        #   29/09 "00:04:12" is the late-started timer; the note gives 5.05 to 6.15pm = 70
        #   06/10 "00:55:00" 55
        #   50 + 65 = 115; + 60 = 175; + 70 = 245; + 55 = 300 = 5 h (her "5 hrs exactly" agrees).
        # Not: rigging checks 00:40:00 and 00:55:00; the app's Total 06:44:12 (everything: 50+40+65+35+25+
        #   50+4:12+55+55+25 = 404 min 12 s); the plan's 6 x 45 = 4½ hrs; no sixth session; session
        #   records repeating 15/09 "1hr05" and 22/09 "1 hr"; J's shadowing 2 x 2 hrs; the show.
        "minutes": 300,
        "sessions": 5,  # 08/09, 15/09, 22/09, 29/09, 06/10
        "individuals": 1,  # J (= Jasmine)
        # Tutor calls: 24/09 "00:50:00" 50; 13/10 "00:25:00" 25; 15/10 phone "another 35 mins" 35.
        #   50 + 25 + 35 = 110 = 1 h 50 (her figure agrees).
        "supervision_minutes": 110,
    },
    about="Youth circus head aerial coach; 201 Markdown with a timer-app export (hh:mm:ss) mixing rigging checks and tutor calls, a session split by a fire alarm, a late-started timer fixed in a note, a tutor call finished off the app, app Total, repeated session records, shadowing and a show not counted; mentee's first name and e-mail planted.",
)
