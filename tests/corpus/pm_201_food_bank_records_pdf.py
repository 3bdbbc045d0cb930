"""8584-201 practice evidence as PDF: a food bank coordinator's session records (one page each) plus a summary log of the same sessions.

Rukhsana Begum, volunteer coordinator at a community food bank, mentors a new warehouse shift
lead. She calls him "Mentee A" in the summary log and on every record form, but her
reflections call him Dev (the same person). Practice evidence only. The centre's record form
is a two-column table of fields (Session no., Date, Time, Length, Focus, Agreed actions),
one form per page, with the length in words ("one hour and a quarter"); the summary log at
the end lists the same five sessions with decimal hours ("1.25", "0.75"). Tricky: every
session appears twice (record and log row); 14 May rescheduled to 16 May; 21 May a DNA row;
a Saturday when Mentee A shadowed her running the distribution, marked in the log "not a
session – not counted"; the log's total (5.5) is right. Supervision in prose: an hour with her
tutor and a 20-minute phone call.

Practice truth: 60 + 75 + 45 + 90 + 60 = 330 minutes in five sessions with one mentee;
supervision 60 + 20 = 80.
"""

from .case import Case, H, P, SourceFile, T


def record(no, date, time, length, focus, actions, extra=None):
    rows = [
        ["Session no.", no],
        ["Date", date],
        ["Time", time],
        ["Length", length],
        ["Focus of session", focus],
        ["Agreed actions", actions],
    ]
    if extra:
        rows.append(["Comments", extra])
    return [H(2, f"Mentoring Session Record – Session {no}"), T(*rows),
            P("Mentor signature: R. Begum      Mentee signature: Mentee A")]


BLOCKS = [
    H(0, "Unit 201 – Evidence of Mentoring Practice"),
    P("Rukhsana Begum – Volunteer Coordinator, Eastfield Community Food Bank"),
    P("""These are my session records for the mentoring I did for Unit 201. I have used
      "Mentee A" on the forms to keep his name off them. He is a volunteer who became our
      Wednesday evening warehouse shift lead in April. Each form was filled in by hand at the
      end of the session and typed up on the centre's template, one page per session. The
      summary log at the end lists the same sessions."""),

    *record("1", "Wednesday 7 May 2025", "6.30pm – 7.30pm", "One hour",
            "Getting to know each other, mentoring agreement, what he wants from the role",
            "Mentee A to list the three parts of the shift he finds hardest"),
    *record("2", "Friday 16 May 2025", "6.30pm – 7.45pm", "One hour and a quarter",
            "Goals: running the shift briefing, dealing with late volunteers",
            "Try a five-minute briefing at the start of the next shift",
            "Rescheduled from Wednesday 14 May – Mentee A had a hospital appointment"),
    *record("3", "Wednesday 28 May 2025", "6.45pm – 7.30pm", "Three quarters of an hour",
            "How the first briefings went. Role play of talking to a late volunteer",
            "Speak to the two regular late arrivals privately"),
    *record("4", "Wednesday 4 June 2025", "6.15pm – 7.45pm", "An hour and a half",
            "Stock rotation problems, delegating the date checks",
            "Give date checks to one volunteer per shift, write it on the rota"),
    *record("5", "Wednesday 11 June 2025", "6.30pm – 7.30pm", "One hour",
            "Final review of goals, feedback form",
            "Keep meeting monthly on an informal basis"),

    H(1, "Summary log"),
    T(
        ["Date", "Mentee", "Hours", "Notes"],
        ["07/05/25", "Mentee A", "1.0", "Session 1"],
        ["14/05/25", "Mentee A", "–", "Moved to 16/05 (hospital appt)"],
        ["16/05/25", "Mentee A", "1.25", "Session 2"],
        ["21/05/25", "Mentee A", "0", "DNA – forgot, rang next day to apologise"],
        ["24/05/25", "Mentee A", "3.0", "Shadowed me running Saturday distribution – not a session, not counted"],
        ["28/05/25", "Mentee A", "0.75", "Session 3"],
        ["04/06/25", "Mentee A", "1.5", "Session 4"],
        ["11/06/25", "Mentee A", "1.0", "Session 5 – final review"],
        ["Total", "", "5.5", "mentoring sessions only"],
    ),

    H(1, "Reflections"),
    P("""Dev was much more confident by the fourth session. At the start he would apologise
      before asking the volunteers to do anything, and by June he was running the briefing
      without notes. The DNA on the 21st worried me at first, but when Dev rang the next day
      it gave us a chance to talk about how he manages his own time, which became part of
      session 3."""),
    P("""Supervision: I met my tutor, Mr Okafor, for an hour on 18 June at the training centre
      to talk through these records and what I would do differently. He had also rung me for
      20 minutes in May to check I was keeping proper records."""),
    P("Declaration: this is a true record of my mentoring and my own work. R. Begum, 20 June 2025"),
]

CASE = Case(
    name="pm_201_food_bank_records_pdf",
    unit="8584-201",
    kind="portfolio",
    files=[SourceFile("RBegum_201_session_records.pdf", BLOCKS)],
    labels={},  # practice only
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        # Records (the same sessions as the log rows, counted once):
        # 1: 7 May 6.30-7.30 "One hour" 60; 2: 16 May 6.30-7.45 "One hour and a quarter" 75;
        # 3: 28 May 6.45-7.30 "Three quarters of an hour" 45; 4: 4 June 6.15-7.45 "An hour and a half" 90;
        # 5: 11 June 6.30-7.30 "One hour" 60.
        # 60 + 75 = 135; + 45 = 180; + 90 = 270; + 60 = 330 (= log total 5.5 hrs, right).
        # Not: 14/05 moved; 21/05 DNA; 24/05 shadowing row 3.0 (marked not counted); Total row;
        # each record's log row again.
        "minutes": 330,
        "sessions": 5,
        "individuals": 1,  # Mentee A = Dev
        # Reflections prose: Mr Okafor 18 June an hour 60 + May phone call 20 = 80
        "supervision_minutes": 80,
    },
    about="Food bank volunteer coordinator; 201 practice PDF with one record-of-fields form per session (lengths in words) plus a summary log of the same sessions in decimal hours, rescheduled, DNA and a not-counted shadowing row, 'Mentee A' in forms and 'Dev' in reflections, supervision in prose.",
)
