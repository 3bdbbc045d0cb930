"""D2.02 mentoring diary in Word: a college student's online mentoring of a Year 10 pupil, one video call lost after 25 minutes, reviews with her tutor the next day.

Chloe Brennan, 18, on a Level 3 Health and Social Care course at an FE college, mentors a
Year 10 girl at her old school through the school's online "Step Up" scheme on Teams, and
reviews each session with her course tutor, Mr Doyle, who is her supervisor. She calls the
mentee "A". Section 2 has a sub-heading per session with a "Mentoring" paragraph and a
"Review with Mr Doyle" paragraph, lengths in words and figures. Tricky: session 3's call
dropped ("we lost connection after 25 minutes") and was left there (25, a session); because
of it Mr Doyle asked her to do a seventh, extra session (counted); one review cut to 20
minutes by a meeting and finished two days later for 15 (35 in all); a session moved from
Monday to Wednesday for a parents' evening; half term with no session; a session that ran 5
minutes over and the last planned one 10 over; the recurring Teams invite she pasted in
Section 1 (booked slots, not sessions) carries the pupil's school e-mail address; the
December Step Up training (2 hours) not counted.

Practice truth: 30 + 35 + 25 + 30 + 30 + 40 + 30 = 220 minutes in seven sessions with one
mentee; supervision 30 + 30 + 30 + (20 + 15) + 30 + 30 + 30 = 215.
"""

from .case import Case, H, P, SourceFile

BLOCKS = [
    H(0, "MENTORING DIARY: D2.02 Undertaking supervised mentoring"),
    P("ILM Level 2 Award in Mentoring for Young Learners"),
    P("Name: Chloe Brennan      Supervisor: Mr Doyle (course tutor)      Mentee: A, Year 10"),

    H(1, "Section 1 - Identify and agree overall outcomes for mentoring sessions"),
    P("""I am doing my mentoring through Step Up, which is my old school's online mentoring scheme
      where college students mentor Year 10s on Teams. Before Christmas I did the Step Up mentor
      training, two hours after college in December, about safeguarding, what to do if a mentee
      tells you something worrying and how the online sessions work. That was training so it is
      not in my diary."""),
    P("""The scheme coordinator set up the sessions as a recurring Teams meeting. This is what the
      invite said:"""),
    P("""Step Up e-mentoring - Chloe / A. Every Monday 16:30 - 17:00, 6 occurrences from
      13/01/2025. Organiser: Step Up Mentoring, St Bede's. Attendees: 19AKhan@stbedes-school.org.uk;
      c.brennan@student.westfieldcollege.ac.uk"""),
    P("""A is in Year 10 and was put forward by her head of year because her attendance has dropped
      and she says she doesn't see the point of her GCSEs. In our first session we agreed two
      outcomes: to get her attendance back above 95% by Easter, and to choose what she wants to do
      after Year 11 and find out what grades she needs for it. I showed these to Mr Doyle before
      the first session and he said they were good because we could both check them."""),

    H(1, "Section 2 - Undertake supervised mentoring"),
    H(2, "Session 1 - Monday 13 January"),
    P("""Mentoring (Teams, 4.30 to 5pm, 30 minutes): introductions, what Step Up is, ground rules
      (camera on, it stays between us unless she's at risk). Agreed the two outcomes. She was very
      quiet and kept her camera pointed at the ceiling for the first ten minutes."""),
    P("""Review with Mr Doyle (Tuesday 14th, 30 minutes): I said I found the silences awful on a
      video call. He said to tell her it's OK to think and that I'll wait."""),
    H(2, "Session 2 - Monday 20 January"),
    P("""Mentoring (Teams, 35 minutes - we went 5 minutes over because she was telling me about her
      mock results): talked about which lessons she skips and why. It's mainly Monday mornings. She
      wants to do hairdressing or childcare but doesn't know what she needs."""),
    P("""Review with Mr Doyle (Tuesday 21st, 30 minutes): we talked about whether I should have
      stopped on time. He said a few minutes is fine if it's the mentee talking."""),
    H(2, "Session 3 - Monday 27 January"),
    P("""Mentoring (Teams): we were looking at the college website together for the childcare
      course but her wifi kept dropping and we lost connection after 25 minutes. We tried to get
      back on for a bit but couldn't, so we left it there and I messaged her through Step Up to
      say see you next week."""),
    P("""Review with Mr Doyle (Tuesday 28th, 30 minutes): what to do when the tech fails - have a
      back-up plan like the phone through the school. Because session 3 was short he said I should
      do an extra session at the end so A still gets six proper ones."""),
    H(2, "Session 4 - Monday 3 February"),
    P("""Mentoring (Teams, 30 minutes): her attendance was 93% for January, up from 88%. We made a
      list of what she needs for the childcare course (4s in English and maths)."""),
    P("""Review with Mr Doyle: only 20 minutes on the Tuesday because he got called into a meeting,
      so we finished it on Thursday 6th for another 15 minutes. We talked about me praising her
      too much and whether it sounds fake."""),
    H(2, "Session 5 - Wednesday 12 February"),
    P("""Mentoring (Teams, 30 minutes): moved from Monday because it was parents' evening at St
      Bede's. She had told her mum about the childcare course. Set a target of going to every
      Monday morning lesson until half term."""),
    P("""Review with Mr Doyle (Thursday 13th, 30 minutes): he asked me what questions I used. I
      realised I ask a lot of "do you" questions so I'm going to write some open ones down."""),
    P("No session in half term (17th February)."),
    H(2, "Session 6 - Monday 24 February"),
    P("""Mentoring (Teams, 40 minutes, 10 over): she went to every Monday lesson! Looked back at both
      outcomes. Attendance 96% for February. She's booked onto the college open evening."""),
    P("""Review with Mr Doyle (Tuesday 25th, 30 minutes): how to end the mentoring well, and that the
      extra session next week should be about what happens after Step Up."""),
    H(2, "Session 7 (extra) - Monday 3 March"),
    P("""Mentoring (Teams, 30 minutes): the extra session. Talked about the open evening, which she
      went to with her mum, and who she can talk to in school now. Said goodbye. She did the Step Up
      feedback form."""),
    P("""Review with Mr Doyle (Tuesday 4th March, 30 minutes): went through my whole diary and her
      feedback form, and what I want to improve."""),

    H(1, "Section 3 - Review own progress"),
    H(2, "Think about your own performance as a mentor and what worked well"),
    P("""The outcomes worked well because they had numbers, so A could see her attendance going up
      every week and so could I. Being online was harder than I thought but it meant she could do it
      from home, which she said she preferred. Having the review the next day every week meant I
      didn't make the same mistake twice."""),
    H(2, "What did you learn about yourself?"),
    P("""That I'm more patient than I thought, but I panic when something goes wrong, like the wifi in
      session 3. I also learned that I over-praise when I'm nervous."""),
    H(2, "What might you do differently as a result of your reflection"),
    P("""Have a back-up plan for every online session, and write my open questions down before each
      session instead of making them up as I go."""),
    H(2, "What skills do you still need to develop further?"),
    P("""Open questions, staying calm when something goes wrong, and giving feedback that is specific
      instead of just "well done"."""),

    H(1, "Declaration"),
    P("I declare that this mentoring diary is my own work. Signed: Chloe Brennan   Date: 5 March 2025"),
]

CASE = Case(
    name="pp_d202_online_mentoring_dropped_call_docx",
    unit="D2.02",
    kind="legacy-questions",
    files=[SourceFile("Chloe Brennan D2.02 diary.docx", BLOCKS)],
    labels={},  # practice only
    expected_checks={
        "declaration": True,
        "evidence_matrix": None,
        # the pupil's school e-mail in the pasted invite; "A" alone is not listed; Mr Doyle is the
        # supervisor the form asks to name; the learner's own e-mail is not listed
        "identifying": ["19AKhan@stbedes-school.org.uk"],
        # Mentoring: S1 13 Jan 30 + S2 20 Jan 35 + S3 27 Jan 25 ("lost connection after 25 minutes")
        # + S4 3 Feb 30 + S5 Wed 12 Feb 30 (moved from Mon 10th) + S6 24 Feb 40 + S7 (extra) 3 Mar 30
        # = 30 + 35 = 65; + 25 = 90; + 30 = 120; + 30 = 150; + 40 = 190; + 30 = 220.
        # Not: the recurring invite's "16:30 - 17:00, 6 occurrences" (booked slots); the December
        # Step Up training (2 hours); half term 17 Feb (no session).
        "minutes": 220,
        "sessions": 7,
        "individuals": 1,  # A
        # Reviews with Mr Doyle: 14 Jan 30 + 21 Jan 30 + 28 Jan 30 + (4 Feb 20 + 6 Feb 15 = 35)
        # + 13 Feb 30 + 25 Feb 30 + 4 Mar 30 = 30 + 30 + 30 = 90; + 35 = 125; + 30 = 155;
        # + 30 = 185; + 30 = 215. (Showing him the outcomes before session 1: no length given.)
        "supervision_minutes": 215,
    },
    about="College student; D2.02 Word diary of online (Teams) mentoring, a heading per session with Mentoring and Review-with-tutor paragraphs, a call lost after 25 minutes and an extra seventh session because of it, a review split 20 + 15 over two days, a moved session, pasted recurring invite (booked slots) with the pupil's school e-mail, training not counted.",
)
