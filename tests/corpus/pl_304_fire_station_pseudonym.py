"""8587-304 whole portfolio: a fire station watch manager whose log calls a mentee "Mentee B" and whose reflections slip into his first name.

Kerry Dunstan, watch manager at a retained/wholetime fire station, mentors two newly
promoted crew managers. Her Word portfolio answers 1.1 to 3.4 under her own headings. The
log anonymises them as Mentee A and Mentee B, in h:mm ("0:45", "1:15"); in the reflective
sections she slips and calls Mentee B "Josh" (one individual, an identifying slip). Tricky:
a joint session with both mentees (one session, its length once); a DNA (Mentee B turned
out to a road traffic collision); the Total row (right, 15:45); two supervision sessions in
a separate table; a plan of "six sessions of about an hour" each.

Practice truth: A 45 + 90 + 75 + 60 + 90 + 60 = 420, B 45 + 75 + 90 + 90 + 75 + 60 = 435,
joint 90; 945 minutes in thirteen sessions with two mentees; supervision 60 + 75 = 135.
"""

from .case import B, Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "ILM Level 3 Certificate in Effective Coaching and Mentoring – Unit 304 Workplace Mentoring Portfolio"),
    P("Kerry Dunstan, Watch Manager (Blue Watch), Harbourside Fire Station"),

    H(1, "1.1 Mentoring plan"),
    P("""Two firefighters on my watch were promoted to crew manager in May and our group manager
      asked me to mentor them through their first three months in post. I planned six
      sessions of about an hour for each over June and July, to be held on day shifts after the 10:00
      equipment checks in the station's quiet room, so that neither of them would be pulled
      away unless the bells went down. Each mentee would have an initial meeting, four
      mentoring sessions and a final review, with at least 12 hours of mentoring in total
      across the two, plus two supervision sessions with my tutor. If a session was lost to a
      call I would rebook it within the same week."""),

    H(1, "1.2 Topics and goals"),
    P("""Mentee A wanted to run a safe and well visit programme for the watch without asking me
      for every decision, and to get through her incident command assessment. Mentee B's goals
      were to lead the morning parade with confidence and to start his Level 1 incident
      command portfolio. We wrote the goals on the agreement and reviewed them every session."""),

    H(1, "1.3 Mentoring agreement"),
    P("""We used the service's mentoring agreement template. It covered confidentiality (nothing
      leaves the room except a safeguarding or safety-critical issue), what I would report to
      the station manager, who is the other stakeholder, which was attendance only, how we
      would rebook sessions lost to calls, and that either of us could end the arrangement.
      The station manager signed it as well as both mentees."""),

    H(1, "2.1 Diagnostic and assessment tools"),
    P("""I used two tools. First, a Johari window exercise in the first proper session, where
      each mentee and I filled in adjectives and compared them, which showed Mentee A that the
      watch saw her as much more decisive than she saw herself. Second, the service's
      leadership behaviours 360, which each mentee sent to five colleagues; we used the gap
      between self and others scores to choose the focus for the middle sessions."""),

    H(1, "2.2 Mentoring model"),
    P("""I used Clutterbuck's stages of a developmental mentoring relationship: building rapport,
      setting direction, progression, winding down and moving on. The joint session on
      16 June on incident command was in the progression stage for both. I planned the final
      reviews as deliberate winding down sessions so the ending was not a surprise."""),

    H(1, "2.3 Knowledge, skills and behaviours"),
    P("""Knowledge: I read up on the difference between mentoring and line management, because I
      am also their watch manager. Skills: I tried to ask one open question and then stay
      quiet; in session 3 with Mentee A I counted to five in my head before speaking again and
      she filled the silence with the real problem. Behaviours: I kept to the agreement,
      including not mentioning anything from our sessions at the watch debrief. Ethically, when
      Mentee B told me about a personal worry I checked whether it was a welfare matter and
      pointed him to occupational health rather than trying to fix it myself."""),

    H(1, "2.4 Mentoring log"),
    P("Times are hours:minutes. Both mentees initialled each row."),
    T(
        ["Date", "Mentee", "Time", "Stage / content"],
        ["02/06/25", "Mentee A", "0:45", "Initial meeting, agreement signed"],
        ["03/06/25", "Mentee B", "0:45", "Initial meeting, agreement signed"],
        ["09/06/25", "Mentee A", "1:30", "Johari window, goals"],
        ["10/06/25", "Mentee B", "1:15", "Johari window, goals"],
        ["16/06/25", "Mentee A + Mentee B (joint)", "1:30", "Incident command scenarios together on the tabletop"],
        ["23/06/25", "Mentee A", "1:15", "360 results"],
        ["24/06/25", "Mentee B", "DNA", "Turned out to an RTC on the bypass – rebooked 26/06"],
        ["26/06/25", "Mentee B", "1:30", "360 results"],
        ["30/06/25", "Mentee A", "1:00", "Safe and well programme plan"],
        ["01/07/25", "Mentee B", "1:30", "Morning parade – what he will try"],
        ["07/07/25", "Mentee A", "1:30", "Assessment preparation"],
        ["08/07/25", "Mentee B", "1:15", "Portfolio started, first two entries"],
        ["14/07/25", "Mentee A", "1:00", "Final review, feedback form"],
        ["15/07/25", "Mentee B", "1:00", "Final review, feedback form"],
        ["Total", "", "15:45", "13 sessions"],
    ),

    H(1, "3.1 Reflection on each session"),
    P("""After every session I wrote three lines in my notebook: what happened, what I did well,
      what I'd change. The pattern across the thirteen sessions was that I was good at the
      practical side and weaker at the personal side. With Josh the turning point was the
      session on 1 July when he admitted that he dreads parade because he used to be one of
      the lads, and I realised I had spent four sessions on parade technique when the real
      issue was identity. Key learning for my CPD: listen for the feeling behind the task."""),

    H(1, "3.2 Feedback on my mentoring"),
    P("""I asked for feedback at the end of every session with a two-question card (what was
      useful, what should I do differently) and both completed the final feedback form. Most
      useful comment: Josh wrote that I "sometimes answer the question before he's finished
      thinking", which matched my own notes."""),

    H(1, "3.3 My communication skills"),
    P("""Questioning: better by the end, fewer closed questions. Listening: I was good at
      summarising but I rushed to solutions on the fireground topics where I am the expert.
      Feedback: I found it harder to give feedback to Mentee A because she is very
      self-critical, so I started asking her to go first and then added one thing. I will
      record one practice session with consent next time to hear myself."""),

    H(1, "3.4 Supervision"),
    T(
        ["Date", "With", "Length", "Outcome"],
        ["20/06/25", "ILM tutor", "1 hr", "Mentoring people I also manage: separate the roles out loud at the start"],
        ["11/07/25", "ILM tutor", "1 hr 15", "Endings – plan the winding down stage rather than just stopping"],
    ),
    P("""Both supervision sessions changed what I did. After the first I began every session by
      saying which hat I was wearing, and after the second I brought the final reviews forward
      and gave each mentee a written summary of their progress."""),
    B("Appendices: agreements, Johari sheets, 360 summaries, feedback cards (anonymised)."),

    H(1, "Declaration"),
    P("I declare that this portfolio is my own work. Kerry Dunstan, 25 July 2025"),
]

CASE = Case(
    name="pl_304_fire_station_pseudonym",
    unit="8587-304",
    kind="structured-docx",
    files=[SourceFile("K Dunstan 304 portfolio.docx", BLOCKS)],
    labels={
        "1.1": "after the 10:00 equipment checks in the station's quiet room",
        "1.2": "run a safe and well visit programme for the watch",
        "1.3": "who is the other stakeholder, which was attendance only",
        "2.1": "between self and others scores to choose the focus",
        "2.2": "setting direction, progression, winding down and moving on",
        "2.3": "pointed him to occupational health rather than trying",
        "2.4": "Turned out to an RTC on the bypass",
        "3.1": "listen for the feeling behind the task",
        "3.2": "a two-question card (what was useful",
        "3.3": "I started asking her to go first and then added one thing",
        "3.4": "I began every session by saying which hat I was wearing",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        "identifying": ["Josh"],  # Mentee B's real first name, twice in 3.1/3.2
        # Log (h:mm):
        # A: 02/06 0:45 45 + 09/06 1:30 90 + 23/06 1:15 75 + 30/06 1:00 60 + 07/07 1:30 90
        #   + 14/07 1:00 60 = 45 + 90 = 135; + 75 = 210; + 60 = 270; + 90 = 360; + 60 = 420
        # B: 03/06 0:45 45 + 10/06 1:15 75 + 26/06 1:30 90 + 01/07 1:30 90 + 08/07 1:15 75
        #   + 15/07 1:00 60 = 45 + 75 = 120; + 90 = 210; + 90 = 300; + 75 = 375; + 60 = 435
        # Joint 16/06 1:30 = 90, once.
        # 420 + 435 + 90 = 945 = 15:45 (Total row, right).
        # Not: 24/06 DNA; Total row; the plan's "six sessions of about an hour".
        "minutes": 945,
        "sessions": 13,  # A 6 + B 6 + joint 1
        "individuals": 2,  # Mentee A; Mentee B = Josh
        # 3.4: 20/06 1 hr 60 + 11/07 1 hr 15 75 = 135
        "supervision_minutes": 135,
    },
    about="Fire station watch manager; whole 304 portfolio, log in h:mm with mentees as Mentee A/B, Mentee B slipping to his first name in reflections (one individual), a joint session counted once, DNA to an RTC, right total, supervision table.",
)
