"""8584-201 mentoring log in Word from a sea-loch salmon farm: week-numbered rows with lengths as "45 mins", "1hr15", "90'", "0.75" (hours) and "1 h 20 m", a weather-cancelled row replaced the next day, a right "Jan/Feb so far" subtotal in decimal hours, a 20-minute video check-in she says she is not counting but still adds into her TOTAL, a pasted e-mail thread moving a session (with the mentee's signature block), the mentee's harvest shadowing not counted, a tutor call and a Teams tutor meeting held and one cancelled.

Morag Sinclair, assistant site manager at a salmon farm on a west-coast sea loch, mentors "B",
a husbandry technician in his first year. Her log has a "How long" column in five habits. The
week-3 session was called off for a gale (row kept, "-") and done the next day on shore. The
"Jan/Feb so far 4.25" row is right (255 minutes). The 18 February video call from the smolt
hatchery is "Not a proper session - not counting this one", but her TOTAL "5.92 hrs" (355
minutes) includes it. Session 2 was moved from Monday to Tuesday by an e-mail exchange pasted
under the log: the mentee's full name and mobile sit in the signature (planted), and his first
name slips into her reflection once. B shadowing her on a harvest day is not mentoring in her
words. Tutor support: a 25-minute phone call from her tutor, a booked Teams meeting on 13
February cancelled when the site connection failed, and the held meeting 10:30-11:40 on 3 March.

Practice truth: 45 + 75 + 90 + 45 + 80 = 335 minutes in 5 sessions with one mentee;
tutor support 25 + 70 = 95 minutes.
"""

from .case import B, Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "Unit 201 Developing Mentoring Skills"),
    P("""Morag Sinclair - Assistant Site Manager, marine site (Atlantic salmon), west coast.
      ILM Level 2 Award in Effective Mentoring, through the college's aquaculture department."""),
    H(1, "My mentee and the plan"),
    P("""My mentee is B, a husbandry technician who started with us in October straight from
      college in Oban. He is good on the boats but he has never done the weekly sea lice count
      on his own and he goes quiet when the vet or the fish health team are on site. I am
      calling him B in this log."""),
    P("""Plan: about an hour a week for six weeks in January and February, at the shore base or
      on the feed barge when it is quiet after the morning feed. Sessions depend on the
      weather because we can't get out to the pens in a gale, so I told him from the start
      that a weather day moves the session to the next day, not the next week."""),
    P("""Goals we agreed at the first session: (1) B carries out the weekly lice count on two
      pens by himself and his numbers are within 10% of the vet's count by the end of
      February; (2) his boat handling gets signed off by the site manager; (3) he can explain
      the feed camera readings to me without looking at his notes."""),
    H(1, "Mentoring log"),
    P("""Weeks are farm weeks from 6 January. No session in week 4 (I was on leave) or week 6
      (harvest week, everyone on the well-boat)."""),
    T(
        ["Wk", "Day", "Where", "How long", "What we did / actions"],
        ["1", "Mon 6 Jan", "Shore base office", "45 mins",
         """First meeting. Went through the mentoring agreement and confidentiality - what stays between
         us and what I would have to pass on (fish welfare or safety only). Agreed his three goals."""],
        ["2", "Tue 14 Jan", "Feed barge", "1hr15",
         """Moved from Mon 13th (see e-mails below). Feed cameras - what good and bad appetite looks like
         on screen. He spotted the pellet waste on pen 4 before I did."""],
        ["3", "Thu 23 Jan", "-", "-",
         "WEATHER. Gusts to 50 knots, boats tied up, nobody went out. Called off at 7am."],
        ["3", "Fri 24 Jan", "Mess room, shore base", "90'",
         """Instead of Thursday. Lice counting - went through the sampling protocol and the recording
         form, practised on photos from last year. Action: count pen 2 with me on Monday."""],
        ["5", "Wed 5 Feb", "Pen 7 walkway then office", "0.75",
         """Net cleaning rota and why we move the cleaner-fish hides. He asked good questions. Action:
         write the rota for w/c 17th himself."""],
        ["", "Jan/Feb so far", "", "4.25", ""],
        ["7", "Tue 18 Feb", "Video call (he was at the hatchery)", "20 mins",
         "Quick check-in while he was on the smolt course. Not a proper session - not counting this one."],
        ["8", "Mon 24 Feb", "Shore base office", "1 h 20 m",
         """Final review. He did the lice count on pens 2 and 5 by himself last week and both were
         within 10% of the vet's. Boat handling signed off on Friday. Went through his feedback form
         and what he wants to do next (his Level 3 in aquaculture)."""],
        ["", "TOTAL", "", "5.92 hrs", ""],
    ),
    H(2, "E-mails about moving session 2"),
    P("I have pasted these in as evidence of the change and of how we agreed it."),
    P("From: Euan Gillies"),
    P("Sent: 10 January 2025 16:42"),
    P("To: M Sinclair"),
    P("Subject: Monday"),
    P("""Hi Morag, any chance we could do Tuesday instead of Monday? I'm on the well-boat with the
      harvest crew all Monday. Cheers"""),
    P("Euan Gillies | Husbandry Technician | 07700 900561"),
    P("From: M Sinclair"),
    P("Sent: 10 January 2025 17:05"),
    P("Subject: RE: Monday"),
    P("""No problem - Tuesday 1pm on the barge, after the feed. Bring the camera log sheets from
      last week. M"""),
    H(1, "Not counted"),
    B("""Tue 4 Feb - B shadowed me for the whole harvest day on the well-boat (about 8 hours).
      That was his job training, not mentoring, so it is not in my log."""),
    B("""The 18 Feb video call - see the log. It was ten minutes of him telling me about the
      course and ten minutes of me telling him the rota, so not a mentoring session."""),
    H(1, "Tutor support"),
    P("""My tutor, Catriona, rang me on 29 January for 25 minutes to check my plan and the goals.
      She said goal 3 was hard to measure and we changed it to explaining the camera readings
      without notes."""),
    P("""The one-hour tutor meeting was booked on Teams for 13 February but the connection at the
      shore base kept dropping and we cancelled after a couple of minutes. We did it properly on
      Monday 3 March, 10:30-11:40, from the college's Oban campus. We went through the log,
      B's feedback form and my reflections. Outcomes: I ask a question and then fill the
      silence myself - Catriona counted it four times while I described session 5. My
      development points are to wait longer after a question and to plan one open question
      for each goal before a session."""),
    H(1, "Reflection"),
    P("""The weather made me plan better. When week 3 was called off I had the lice photos ready
      in the mess room, and it turned out to be one of the best sessions because there was no
      pressure of the pens. The best moment was the final review, when Euan explained the
      camera readings to me with the notes face down on the table. Trust came from me admitting
      I got my first lice counts wrong too, and from keeping what he told me about the vet
      between us."""),
    P("""I confirm this log is a true record of my mentoring and that the work is my own.
      Morag Sinclair, 4 March 2025"""),
]

CASE = Case(
    name="r19a_201_salmon_farm_docx",
    unit="8584-201",
    kind="structured-docx",
    files=[SourceFile("M Sinclair - 201 mentoring log.docx", BLOCKS)],
    labels={},  # practice log only
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        # The mentee's full name (From line and signature), his mobile (signature) and his first name
        # alone in the reflection. Morag (the learner) and Catriona (her tutor) are not planted.
        "identifying": ["Euan Gillies", "07700 900561", "Euan"],
        # "How long" column:
        #   wk1 Mon 6 Jan "45 mins" 45
        #   wk2 Tue 14 Jan "1hr15" 75
        #   wk3 Thu 23 Jan "-" weather, called off: 0
        #   wk3 Fri 24 Jan "90'" 90
        #   wk5 Wed 5 Feb "0.75" (hours) 45
        #   45 + 75 = 120; + 90 = 210; + 45 = 255 = 4.25 h (her "Jan/Feb so far 4.25" agrees; not a session)
        #   wk7 Tue 18 Feb "20 mins" video call: "not counting this one" -> 0
        #   wk8 Mon 24 Feb "1 h 20 m" 80: 255 + 80 = 335 = 5 h 35 = 5.58 h.
        # Her TOTAL "5.92 hrs" = 355 / 60: she added the 20-minute call she said she would not count.
        # Not: the e-mails (they only move session 2; no new session); 4 Feb harvest shadowing ~8 hours
        #   (his job training, "not in my log"); "about an hour a week for six weeks" (the plan).
        "minutes": 335,
        "sessions": 5,  # 6 Jan, 14 Jan, 24 Jan, 5 Feb, 24 Feb
        "individuals": 1,  # B
        # Tutor: 29 Jan phone call "25 minutes" 25; 13 Feb Teams cancelled (dropped after a couple of
        #   minutes, "we cancelled") 0; 3 Mar "10:30-11:40" 70. 25 + 70 = 95.
        "supervision_minutes": 95,
    },
    about="Sea-loch salmon farm assistant site manager; 201 Word log with '45 mins', '1hr15', \"90'\", '0.75', '1 h 20 m', a gale-cancelled row redone next day, a right decimal subtotal, a check-in she won't count but adds into her TOTAL, a pasted e-mail thread with the mentee's name and mobile, shadowing not counted, a cancelled and a held tutor meeting.",
)
