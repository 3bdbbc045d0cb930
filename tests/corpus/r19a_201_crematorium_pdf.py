"""8584-201 mentoring diary as a PDF from a council crematorium, kept newest first: a Time column of clock ranges beside a Length column, a countdown column "Still to do for my 3 hrs" ("2 hrs 20 still to do", "10 mins over!") that is not a length, a DNA row, a session cut short, an observed session with the tutor's 20-minute debrief in the same row, a right total, a building induction and a service engineer's visit not counted, a first tutorial cancelled, a tutor meeting held and a follow-up call only booked. Clean: Mentee A, a funeral firm named like a person, a chapel named after an alderman, theorists, trade bodies.

Dale Whitworth, senior crematorium technician in a council bereavement service, mentors
"Mentee A", who moved across from the cemetery grounds team. He added each week at the top of
his table, so it reads newest first. Lengths: "1½ hrs" (13:15-14:45), "55 mins" (14:00-14:55,
cut short for an early cortege), "1 hr 30" (10:00-11:30, observed by his tutor Pauline with a
20-minute debrief), "-" (DNA), "1 hr" (14:00-15:00), "40 mins" (14:00-14:40). The last column
counts down from 3 hours and is a trap. His total "5 hrs 35 mins over 5 sessions" is right.
Not counted, in his words: a 45-minute building induction for two new cemetery operatives and
the cremator engineer's visit Mentee A watched with him. Tutor support: the first tutorial on
11 March cancelled (tutor ill), the debrief, the 1-hour meeting that ran 16:00-17:10 on 8
April; a 30-minute call booked for 24 April. No declaration.

Practice truth: 40 + 60 + 90 + 55 + 90 = 335 minutes in 5 sessions with one mentee;
tutor support 20 + 70 = 90 minutes.
"""

from .case import Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "Unit 201 - Developing Mentoring Skills"),
    H(1, "Mentoring diary"),
    P("""Dale Whitworth, Senior Crematorium Technician, Hartley Green Crematorium (Bereavement
      Services). Centre: Borough Adult Learning. Tutor: Pauline Ashby."""),
    H(2, "Background and plan"),
    P("""Mentee A transferred to the crematorium from the cemetery grounds team in February. She
      has done the ICCM technician's course but has only worked the cremators with the
      supervisor beside her. I planned five sessions of about an hour on Thursday afternoons
      after the last service, in the office behind the crematory, from late February to early
      April, and a final review. The Alderman Hartley Chapel is usually empty after 2pm so we
      could walk through the committal route when we needed to."""),
    P("""Goals agreed at our first meeting: (1) to charge and run a cremator on her own with the
      log completed correctly, by the end of March; (2) to handle the identity card and
      cremated remains procedure with no checking errors for four weeks; (3) to talk to
      families and funeral directors in the chapel foyer without passing them to me."""),
    H(2, "Diary - newest at the top"),
    P("""I added each week above the last one so the latest is always first. The last column is
      how much I still had to do to reach the 3 hours the unit asks for."""),
    T(
        ["Date", "Time", "Length", "What we covered", "Still to do for my 3 hrs"],
        ["Thu 3 Apr", "13:15-14:45", "1½ hrs",
         """Final review against her three goals - all met. She talked the T. Cartwright & Sons
         arranger through a family's request for witness charging without me. Her feedback form.
         What next: the FBCA technicians' day in June.""", "done"],
        ["Thu 27 Mar", "14:00-14:55", "55 mins",
         """Cut short - an early cortege arrived for the 3pm. Identity cards and the cremated remains
         labels; she found the mistake I had planted in the practice card.""", "done"],
        ["Thu 20 Mar", "10:00-11:30", "1 hr 30",
         """OBSERVED - Pauline sat in. Mentee A charged cremator 2 and filled the log; I asked
         questions instead of telling. Debrief with Pauline after, 20 min in the office, on my
         questioning (too many closed ones at the start).""", "10 mins over!"],
        ["Thu 13 Mar", "14:00", "-",
         "DNA - A was called back to the cemetery to cover a burial. Not rearranged, we just carried on the next week.",
         "1 hr 20 still to do"],
        ["Thu 6 Mar", "14:00-15:00", "1 hr",
         """The cremator log and why every entry matters for the Ministry of Justice forms. Johari
         window - what she thinks I see about her that she doesn't.""", "1 hr 20 still to do"],
        ["Thu 27 Feb", "14:00-14:40", "40 mins",
         """First meeting - what mentoring is and isn't, the agreement (confidentiality, Thursdays,
         how to cancel), her goals.""", "2 hrs 20 still to do"],
    ),
    P("Total: 5 hrs 35 mins over 5 sessions (plus the DNA)."),
    H(2, "Not counted"),
    P("""Tue 18 March - I showed two new cemetery operatives round the crematory and the Garden of
      Rest, 45 minutes. That was a building induction, not mentoring, and Mentee A wasn't
      there."""),
    P("""Wed 26 March - the Facultatieve service engineer relined cremator 1 and Mentee A watched
      with me for most of the morning. Useful for her, but it was the engineer teaching both of
      us, not mentoring."""),
    H(2, "Tutor support"),
    P("""My first tutorial was booked for 11 March but Pauline was ill and it was cancelled. She
      observed session 4 on 20 March instead and we had the 20-minute debrief straight after
      (in the diary above)."""),
    P("""The 1-hour tutor meeting was on Tuesday 8 April at the training centre, 16:00 to 17:10.
      We used the diary and Mentee A's feedback form. Outcomes: I am good at making it safe to
      ask (she said she asked me things she wouldn't ask the supervisor), but I answer for her
      when she hesitates. Pauline linked this to Egan's SOLER and to Megginson and Clutterbuck
      on the mentor as a sounding board rather than an expert. She has booked a 30-minute call
      for 24 April to go over my development plan."""),
    H(2, "Looking back"),
    P("""Kolb's cycle helped me see why the observed session went well: we had done the log on
      paper in session 2, reflected on it, and then she did it for real. Next time I would book
      sessions when the chapel diary is light rather than every Thursday, because of the early
      cortege and the DNA. Dale W., 9 April."""),
]

CASE = Case(
    name="r19a_201_crematorium_pdf",
    unit="8584-201",
    kind="structured-pdf",
    files=[SourceFile("Whitworth_201_mentoring_diary.pdf", BLOCKS)],
    labels={},  # practice log only
    expected_checks={
        "declaration": False,  # signed "Dale W., 9 April" but no own-work statement
        "evidence_matrix": False,
        # Clean: Mentee A; Pauline Ashby is his tutor (staff); T. Cartwright & Sons is a funeral firm;
        # Alderman Hartley Chapel, Hartley Green, Garden of Rest are places; Egan, Megginson,
        # Clutterbuck, Kolb are theorists; ICCM, FBCA, Facultatieve, Ministry of Justice are bodies/firms.
        "identifying": [],
        # Newest first; Length column (Time agrees):
        #   27 Feb "40 mins" (14:00-14:40) 40
        #   6 Mar "1 hr" (14:00-15:00) 60
        #   13 Mar DNA 0
        #   20 Mar "1 hr 30" (10:00-11:30) 90, observed by the tutor: still his session
        #   27 Mar "55 mins" (14:00-14:55) 55
        #   3 Apr "1½ hrs" (13:15-14:45) 90
        #   40 + 60 = 100; + 90 = 190; + 55 = 245; + 90 = 335 = 5 h 35 (his total agrees).
        # Not: the "Still to do" column ("2 hrs 20", "1 hr 20", "10 mins over!": 180 - 40 = 140,
        #   140 - 60 = 80, 80 - 90 = -10); the 20 min debrief inside the 20 Mar row (tutor support);
        #   18 Mar induction 45 minutes; 26 Mar engineer's visit; "about an hour" in the plan.
        "minutes": 335,
        "sessions": 5,  # 27 Feb, 6 Mar, 20 Mar, 27 Mar, 3 Apr
        "individuals": 1,  # Mentee A
        # 11 Mar tutorial cancelled 0; 20 Mar debrief "20 min" 20; 8 Apr "16:00 to 17:10" 70;
        #   24 Apr call only booked 0. 20 + 70 = 90.
        "supervision_minutes": 90,
    },
    about="Council crematorium senior technician; 201 PDF diary newest first with Time ranges and a Length column, a countdown 'Still to do for my 3 hrs' column, DNA, a cortege-shortened session, observed session with the tutor's debrief in the row, right total, induction and engineer visit not counted, tutorial cancelled/held/booked; clean.",
)
