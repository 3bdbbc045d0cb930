"""8584-201 practice record in Word from a driving school: one session-record form per session and no summary log at all.

Delyth Rowlands, senior driving instructor (ADI) and one of the two owners of a driving
school in Swansea, mentors a trainee driving instructor on a trainee licence who has failed
his Part 3 once. She calls him "Trainee K" throughout, and keeps the record as the school's
two-column session form (Date / Mentee / Start / Finish / Topics / Actions / Signed), one
per meeting, with no log or total anywhere. Traps: times in every style ("2.15pm" to "3pm",
"1730"/"1815", "12:50"/"1:35" over lunchtime, "9am"/"10.20"); a cancelled form with dashes
for times; a Part 3 mock drive on the same form that she says is training, not mentoring,
and not counted; her tutor meeting on the same form with the mentee field "n/a"; a quarter
of an hour phone call with her tutor only in prose. Planted: the trainee's full name typed
into one form's Mentee field and his first name in the Signed field of the last.

Practice truth: 60 + 45 + 45 + 45 + 80 + 40 = 315 minutes in six sessions with one mentee;
supervision 60 + 15 = 75.
"""

from .case import Case, H, P, SourceFile, T


def record(date, mentee, start, finish, topics, actions, signed):
    return T(
        ["Date", date],
        ["Mentee", mentee],
        ["Start", start],
        ["Finish", finish],
        ["Topics", topics],
        ["Actions", actions],
        ["Signed", signed],
    )


BLOCKS = [
    H(0, "ILM Level 2 Award in Effective Mentoring - Unit 201 Developing Mentoring Skills"),
    P("Delyth Rowlands - Senior ADI and co-owner, a four-car driving school in Swansea"),
    H(1, "About the mentoring"),
    P("""My mentee is a trainee driving instructor who works for us on a trainee licence (the
      pink badge). I'll call him Trainee K. He passed Parts 1 and 2 easily but failed his Part 3
      (the ability to instruct test) in December, and he is booked for his second attempt in
      April at the Llansamlet test centre. He has one more attempt after that before his
      licence runs out, so it matters. His ORDIT trainer is my business partner, so the driving
      and the instruction training are his job. My job as mentor was everything around that:
      confidence, planning his week, dealing with nervous pupils and parents, and not going to
      pieces when the examiner is in the back."""),
    P("""The plan we agreed at the first meeting was six sessions, one a week, each about 45
      minutes to an hour, in the office above the shop on Walter Road or in my car between
      lessons when that was all we had. That would give us well over the three hours. His
      goals are in the first two records."""),
    H(1, "Session records"),
    P("""I used the school's own session record form for every meeting (we use it for pupils'
      lesson notes too), so every meeting is below in date order. K signed each form on my
      tablet."""),
    H(2, "Session record 1"),
    record(
        "Tuesday 4 February 2025",
        "Trainee K",
        "10:00",
        "11:00",
        """First meeting. Explained what mentoring is and what it isn't (I'm not his trainer).
        Confidentiality - what he tells me stays with me unless it's about safety on the road
        or a pupil. What went wrong on his first Part 3 in his own words: he said he froze when
        the examiner's pupil made a mistake at a roundabout and he took the controls
        without a word.""",
        """K to write down the three kinds of lesson he dreads. Me to send him the plan
        and the dates for the next five weeks.""",
        "D.R. / K.O.",
    ),
    H(2, "Session record 2"),
    record(
        "Tuesday 11 February 2025",
        "Trainee K",
        "2.15pm",
        "3pm",
        """His list: nervous pupils, pupils who argue, and being watched. Agreed two goals:
        (1) by the end of March, deliver three full lessons with a nervous pupil using a
        client-centred brief he plans himself, with the pupil rating the lesson 4 or 5 out of
        5; (2) do two lessons with me in the back as the 'examiner' and score himself on the
        DVSA marking sheet before I show him mine.""",
        "K to pick the three pupils and ask them. Me to find a blank marking sheet.",
        "D.R. / K.O.",
    ),
    H(2, "Session record 3"),
    record(
        "Tuesday 18 February 2025",
        "Trainee K",
        "-",
        "-",
        "CANCELLED - K had flu. Rebooked for Thursday 20th after his last lesson.",
        "-",
        "D.R.",
    ),
    H(2, "Session record 4"),
    record(
        "Thursday 20 February 2025",
        "Kieran Oduwole",
        "1730",
        "1815",
        """In my car in the Morrisons car park after his last lesson. A pupil had panicked on
        the Fforestfach roundabout that afternoon. I asked him what he noticed first, what he
        said, and what he wishes he'd said. Mostly I listened - he worked out for himself that
        he starts talking faster when the pupil is scared.""",
        "K to try 'slow voice, short words' with pupil 2 next week.",
        "D.R. / K.O.",
    ),
    H(2, "Session record 5"),
    record(
        "Wednesday 26 February 2025",
        "Trainee K",
        "09:00",
        "10:30",
        """Part 3 mock drive with one of his pupils - I sat in the back as the examiner and
        marked him. This was a training session, not a mentoring session: I've kept the form
        so the record is complete but I have NOT counted it in my mentoring time.""",
        "Marking sheet given to K and to his trainer.",
        "D.R. / K.O.",
    ),
    H(2, "Session record 6"),
    record(
        "Tuesday 4 March 2025",
        "Trainee K",
        "12:50",
        "1:35",
        """Lunchtime in the office. Went through the mock marking sheet: he scored himself
        harder than I did on risk management and easier on 'adapting the plan'. Feedback from
        me on the mock, good first, then the one thing to change (he sticks to his plan when
        the pupil is telling him something else). Two of the three nervous pupils done, both
        rated 5.""",
        "K to let the pupil change the plan at least once next lesson and tell me how it felt.",
        "D.R. / K.O.",
    ),
    H(2, "Session record 7"),
    record(
        "Tuesday 11 March 2025",
        "Trainee K",
        "9am",
        "10.20",
        """The longest one - he wanted to talk about whether he even wants to be an instructor.
        A parent had shouted at him on the phone about the cost of lessons. We used the wheel
        of life for ten minutes and he rated the job itself 8 but the business side 3. I asked
        what would make the business side a 5.""",
        """K to shadow our office manager for an hour on bookings and complaints. Third
        nervous pupil booked for next week.""",
        "D.R. / K.O.",
    ),
    H(2, "Meeting with my tutor"),
    record(
        "Thursday 13 March 2025",
        "n/a - meeting with my ILM tutor, on Teams",
        "16:00",
        "17:00",
        """Reviewed my records so far and my plan for the last session. She asked why I'd
        counted the mock drive at first (I had, in an early draft) and we agreed it was
        training. Talked about my habit of giving the answer when K goes quiet. Agreed I'd try
        counting to five in my head before speaking.""",
        "Me: use silence in session 8. Write up 3.1 using the skills list from the handbook.",
        "D.R.",
    ),
    H(2, "Session record 8"),
    record(
        "Tuesday 18 March 2025",
        "Trainee K",
        "10:00",
        "10:40",
        """Final review. Goal 1 met - three nervous-pupil lessons, all rated 5. Goal 2 met - two
        'examiner in the back' lessons, and the second time his self-score matched mine on
        every competence but one. He filled in the mentee feedback form. He said the most
        useful thing was being asked what he noticed instead of being told.""",
        "K to carry on with his trainer until the test. We'll have a coffee after it, pass or fail.",
        "D Rowlands / Kieran",
    ),
    H(1, "Tutor support"),
    P("""As well as the Teams meeting on 13 March, my tutor rang me on 25 March and we spent a
      quarter of an hour going through my feedback form from K before I put this together."""),
    H(1, "Looking back"),
    P("""Keeping one form per session was easy because I already fill it in for pupils, but I
      can see now it doesn't add up my time for me, and I had to go back through them to check
      I'd done the three hours. Next time I'd keep a simple log on the front page as well.
      Trust came slowly: the turning point was the car park session, when I didn't tell him
      what he should have done. He passed his Part 3 on 9 April."""),
    P("Declaration: I confirm this record is my own work. D. Rowlands, 14 April 2025."),
]

CASE = Case(
    name="r21b_201_driving_school_docx",
    unit="8584-201",
    kind="structured-docx",
    files=[SourceFile("Rowlands D - 201 session records.docx", BLOCKS)],
    labels={},  # practice record only
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        # Planted: his full name typed into record 4's Mentee field; his first name in record 8's
        # Signed field. Clean: Trainee K / K.O.; Delyth Rowlands / D.R. is the learner; tutor,
        # business partner and office manager by role; Llansamlet, Fforestfach, Walter Road,
        # Morrisons, Swansea; DVSA, ORDIT.
        "identifying": ["Kieran Oduwole", "Kieran"],
        # One form per meeting, Start to Finish:
        #   R1 4 Feb 10:00-11:00 = 60
        #   R2 11 Feb 2.15pm-3pm = 45
        #   R3 18 Feb cancelled, dashes = 0 (not a session)
        #   R4 20 Feb 1730-1815 = 45
        #   R5 26 Feb 09:00-10:30 = 90 Part 3 mock: "training ... NOT counted" -> excluded
        #   R6 4 Mar 12:50-1:35 (pm, lunchtime) = 45
        #   R7 11 Mar 9am-10.20 = 80
        #   tutor meeting 13 Mar 16:00-17:00 = 60 -> supervision, not mentoring
        #   R8 18 Mar 10:00-10:40 = 40
        # 60 + 45 = 105; + 45 = 150; + 45 = 195; + 80 = 275; + 40 = 315 (5 h 15).
        "minutes": 315,
        "sessions": 6,  # R1, R2, R4, R6, R7, R8
        "individuals": 1,  # Trainee K (= Kieran Oduwole)
        # Tutor meeting 16:00-17:00 = 60; phone call 25 Mar "a quarter of an hour" = 15. 60 + 15 = 75.
        "supervision_minutes": 75,
    },
    about="Driving school senior ADI; 201 Word record as one two-column session form per meeting and no log, times in every style, a cancelled form, a Part 3 mock on the form she says is training and not counted, tutor meeting on the same form, phone tutorial in prose; trainee's name planted.",
)
