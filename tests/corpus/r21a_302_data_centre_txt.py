"""8587-302 coaching log as plain text from a colocation data centre, copied from an Outlook thread: after each session the learner e-mailed himself a note with the start time and how long it "ran for" ("Started 14:00, ran for 35 mins", "kicked off 09:30, ran for about three quarters of an hour", "started 10:00, finished 11:20", "ran for 1h 30", "ran for 1.5", "ran for an hour", "ran for 45 mins (actually 50 ...)"); the first note forwarded to his tutor with the same text quoted beneath; a "Re: session Tuesday" thread in which the coachee cancels on the morning after an overnight incident and the session is done by phone the next evening; a session interrupted by a chiller alarm and finished later the same day, counted as one; a no-show; supervision and a tutorial arranged and noted in the same thread style; an observed session with the tutor's feedback; a vendor call he sat in on and an induction he ran "not counted"; a closing total built on the old 45. No declaration. Planted: coachee B's full name in the From/To lines of the pasted thread.

Rob Kershaw, shift operations manager at a colocation data centre near Slough, coaches A (a
critical facilities engineer moving into shift lead) and B (a NOC analyst who wants to run
incident bridges). Supervision with his coaching supervisor (Sandra Ahmed) twice and a
tutorial with his tutor (Claire Hadley), who also observed a session.

Row by row (the e-mails):
  A: Mon 6 Jan "Started 14:00 ... ran for 35 mins" 35 (the FW to Claire quotes it again: once);
     Mon 13 Jan "started 10:00, finished 11:20" 80; Mon 20 Jan "ran for 1h 30" 90;
     Mon 27 Jan 14:00 to the alarm at 14:25 (25) + "16:00-16:30" (30), "counting it as one
     session, 55 mins" 55; Mon 10 Feb "ran for 1hr15" observed 75; Mon 24 Feb "ran for 45 mins
     (actually 50 ...)" 50; Mon 10 Mar "ran for 1h20" 80; Mon 24 Mar "ran for 40 mins" 40
     35 + 80 = 115; + 90 = 205; + 55 = 260; + 75 = 335; + 50 = 385; + 80 = 465; + 40 = 505 (8)
  B: Tue 7 Jan "ran for about three quarters of an hour" 45; Tue 14 Jan "ran for 1hr10" 70;
     Tue 21 Jan cancelled that morning; by phone Wed 22 Jan "started 20:00, ran for 40 mins" 40;
     Tue 4 Feb "ran for 50 mins" 50; Tue 11 Feb no-show 0; Tue 18 Feb "ran for 1.5" 90;
     Tue 4 Mar "ran for an hour" 60; Tue 18 Mar "ran for 55 mins" 55
     45 + 70 = 115; + 40 = 155; + 50 = 205; + 90 = 295; + 60 = 355; + 55 = 410 (7)
  505 + 410 = 915 minutes = 15 h 15 in 15 sessions. His total "A 8h20, B 6h50 = 15h10" = 910
  uses 45 for 24 Feb.
Not counted: Thu 6 Mar the UPS vendor call he sat in on ("not coaching, not counted"); the
Hall 4 induction ("training, not coaching").
Supervision/tutorial: Thu 30 Jan supervision "ran for 1hr05" 65; 10 Feb Claire's feedback "half
an hour" 30; Tue 25 Feb tutorial "ran for 45 mins" 45; Thu 13 Mar supervision "ran for 70
mins" 70. 65 + 30 = 95; + 45 = 140; + 70 = 210.

Practice truth: 915 minutes in 15 sessions with two coachees; supervision 210 minutes.
"""

from .case import Case, P, SourceFile

BLOCKS = [
    P("ILM 8587-302 - Coaching log - Rob Kershaw"),
    P("""Shift Operations Manager, colocation data centre near Slough (three data halls, 24/7
      shifts). Coachees: A, a critical facilities engineer who wants to be a shift lead, and B,
      a NOC analyst who wants to run incident bridges on his own. Plan was 12+ hours over
      January to March, an hour a week each, A on Mondays at 14:00 after the early shift
      handover and B on Tuesdays at 09:30, in meeting room 2 (MR2). Contracts three-way with
      the Facilities Director (A) and the NOC Manager (B): confidential except safety, legal or
      a security breach; managers get attendance and goals only; 24 hours to cancel unless
      there's a live incident."""),
    P("""My log is my e-mails. After every session I e-mailed myself a note from my phone - start
      time and how long it ran for - and a couple of the arrangements are in the same threads,
      so I've copied the lot below in date order rather than retype it. I've taken out
      signatures and disclaimers."""),
    P("From: Rob Kershaw"),
    P("Sent: Mon 06/01/2025 15:02"),
    P("To: Rob Kershaw"),
    P("Subject: A - first meet"),
    P("""Started 14:00 in MR2, ran for 35 mins. Chemistry. A wants the shift lead job when it comes
      up in the spring and thinks he isn't 'a people person'. Asked if this goes in his file -
      no. He's in."""),
    P("From: Rob Kershaw"),
    P("Sent: Tue 07/01/2025 08:40"),
    P("To: Claire Hadley"),
    P("Subject: FW: A - first meet"),
    P("Claire - as you asked, this is the kind of note I'm keeping for the log. Rob"),
    P("-----Original Message----- From: Rob Kershaw Sent: Mon 06/01/2025 15:02 Subject: A - first meet"),
    P("""Started 14:00 in MR2, ran for 35 mins. Chemistry. A wants the shift lead job when it comes
      up in the spring and thinks he isn't 'a people person'. Asked if this goes in his file -
      no. He's in."""),
    P("From: Rob Kershaw"),
    P("Sent: Tue 07/01/2025 10:31"),
    P("To: Rob Kershaw"),
    P("Subject: B - intro"),
    P("""Kicked off 09:30, ran for about three quarters of an hour. Chemistry. B froze on the bridge
      call in December and the NOC Manager took over; he wants to be the one running it next
      time. Happy to go ahead."""),
    P("From: Rob Kershaw"),
    P("Sent: Mon 13/01/2025 11:31"),
    P("To: Rob Kershaw"),
    P("Subject: Re: contract - A"),
    P("""3-way with the Facilities Director done. Started 10:00, finished 11:20. Goals: (1) run the
      shift handover on his own for two weeks by end of Feb, no open actions missed; (2) lead a
      toolbox talk for the contractors."""),
    P("From: Rob Kershaw"),
    P("Sent: Tue 14/01/2025 10:52"),
    P("To: Rob Kershaw"),
    P("Subject: Re: Re: contract - B"),
    P("""With the NOC Manager. Started 09:30, ran for 1hr10. Goals: (1) run a P2 bridge call
      start to finish by the end of March; (2) write the post-incident report himself."""),
    P("From: Rob Kershaw"),
    P("Sent: Mon 20/01/2025 15:40"),
    P("To: Rob Kershaw"),
    P("Subject: A - GROW 1"),
    P("""Started 14:00, ran for 1h 30. GROW on the handover goal. Options he came up with: a
      written handover sheet, standing not sitting, asking each tech one question. Chose the
      sheet."""),
    P("From: Nathan Brierley"),
    P("Sent: Tue 21/01/2025 08:12"),
    P("To: Rob Kershaw"),
    P("Subject: Re: session Tuesday"),
    P("""Rob, sorry, P1 on hall 3 overnight, I'm still here and dead on my feet. Can't do 9:30.
      Can we do it by phone tomorrow?"""),
    P("From: Rob Kershaw"),
    P("Sent: Tue 21/01/2025 08:20"),
    P("To: Nathan Brierley"),
    P("Subject: RE: Re: session Tuesday"),
    P("No problem, go home. I'll ring you at 8pm tomorrow."),
    P("From: Rob Kershaw"),
    P("Sent: Wed 22/01/2025 21:05"),
    P("To: Rob Kershaw"),
    P("Subject: RE: Re: session Tuesday"),
    P("""Phone, started 20:00, ran for 40 mins. Went through the P1 while it was fresh - what he did
      on the bridge, what he'd do differently. He ran more of it than he thinks."""),
    P("From: Sandra Ahmed"),
    P("Sent: Mon 27/01/2025 09:00"),
    P("To: Rob Kershaw"),
    P("Subject: supervision Thursday"),
    P("Hi Rob, confirming Thurs 30 Jan 12:00 on Teams. Bring one session you're not sure about. Sandra"),
    P("From: Rob Kershaw"),
    P("Sent: Mon 27/01/2025 16:41"),
    P("To: Rob Kershaw"),
    P("Subject: A - session"),
    P("""Started 14:00, chiller alarm at 14:25 and we both had to go. Picked it up again 16:00-16:30.
      Counting it as one session, 55 mins. First week of his handover sheet: the night shift
      like it, the days don't."""),
    P("From: Rob Kershaw"),
    P("Sent: Thu 30/01/2025 13:10"),
    P("To: Rob Kershaw"),
    P("Subject: Re: supervision Thursday"),
    P("""Ran for 1hr05. Took the phone session with B. Sandra: I coached the incident, not the
      person - next time ask how he's doing before what happened."""),
    P("From: Rob Kershaw"),
    P("Sent: Tue 04/02/2025 10:25"),
    P("To: Rob Kershaw"),
    P("Subject: B - session"),
    P("""Started 09:30, ran for 50 mins. Asked how he was first (Sandra's point). Scaling his
      confidence on bridges: 4/10. What would make it a 5? A script for the first two minutes."""),
    P("From: Rob Kershaw"),
    P("Sent: Mon 10/02/2025 16:05"),
    P("To: Rob Kershaw"),
    P("Subject: A - observed"),
    P("""Started 14:00, ran for 1hr15, Claire at the back of MR2. Planning his toolbox talk. Her
      feedback after in the canteen, half an hour - I fill silences and I summarise too soon."""),
    P("From: Rob Kershaw"),
    P("Sent: Tue 11/02/2025 09:55"),
    P("To: Rob Kershaw"),
    P("Subject: Re: session Tuesday"),
    P("""Waited in MR2 09:30-09:50, B didn't show. On leave, forgot to tell me. No session."""),
    P("From: Rob Kershaw"),
    P("Sent: Tue 18/02/2025 11:10"),
    P("To: Rob Kershaw"),
    P("Subject: B - session"),
    P("""Started 09:30, ran for 1.5. Role-played a bridge: me as an angry customer's CTO. He used
      his two-minute script and kept control."""),
    P("From: Rob Kershaw"),
    P("Sent: Mon 24/02/2025 15:02"),
    P("To: Rob Kershaw"),
    P("Subject: A - session"),
    P("""Started 14:00, ran for 45 mins (actually 50 - A pointed out we didn't leave MR2 till 14:50).
      He gave the toolbox talk on Friday. What went well, what didn't."""),
    P("From: Rob Kershaw"),
    P("Sent: Tue 25/02/2025 17:30"),
    P("To: Rob Kershaw"),
    P("Subject: tutorial - portfolio check"),
    P("Teams with Claire, ran for 45 mins. Portfolio gaps: supervision outcomes, more on contracting."),
    P("From: Rob Kershaw"),
    P("Sent: Tue 04/03/2025 10:35"),
    P("To: Rob Kershaw"),
    P("Subject: B - session"),
    P("Started 09:30, ran for an hour. He ran a real P2 bridge last week. Wheel of skills for the report writing."),
    P("From: Rob Kershaw"),
    P("Sent: Thu 06/03/2025 15:00"),
    P("To: Rob Kershaw"),
    P("Subject: B - vendor call"),
    P("""Sat in on B's call with the UPS vendor (Schneider) about the battery string failures, 1
      hour, to see how he handled a supplier. Me observing - not coaching, not counted."""),
    P("From: Rob Kershaw"),
    P("Sent: Mon 10/03/2025 15:30"),
    P("To: Rob Kershaw"),
    P("Subject: A - session"),
    P("Started 14:00, ran for 1h20. Shift lead interview prep. Strengths cards."),
    P("From: Rob Kershaw"),
    P("Sent: Thu 13/03/2025 13:20"),
    P("To: Rob Kershaw"),
    P("Subject: supervision 2"),
    P("""Started 12:00, ran for 70 mins, Sandra on Teams. Endings - how to finish with A before his
      interview without it feeling like I'm dropping him."""),
    P("From: Rob Kershaw"),
    P("Sent: Tue 18/03/2025 10:40"),
    P("To: Rob Kershaw"),
    P("Subject: B - final"),
    P("Final review. Started 09:30, ran for 55 mins. Both goals met. Feedback form done."),
    P("From: Rob Kershaw"),
    P("Sent: Mon 24/03/2025 14:50"),
    P("To: Rob Kershaw"),
    P("Subject: A - final"),
    P("Final review. Started 14:00, ran for 40 mins. Interview is Thursday. Feedback form done."),
    P("""Not in my hours: the vendor call above, and the Hall 4 induction I ran for the January
      starters (A was one of them) - that was training, not coaching."""),
    P("Totals: A 8h20, B 6h50 = 15h10 of coaching. Supervision x2 and a tutorial with Claire."),
]

CASE = Case(
    name="r21a_302_data_centre_txt",
    unit="8587-302",
    kind="unstructured",
    files=[SourceFile("R Kershaw 302 coaching log (emails).txt", BLOCKS)],
    labels={},  # practice log only
    expected_checks={
        "declaration": False,
        "evidence_matrix": False,
        # B's full name in the From/To lines of the "Re: session Tuesday" thread.
        # Clean: Rob Kershaw is the learner; Claire Hadley (tutor) and Sandra Ahmed (supervisor);
        # Schneider (UPS vendor); Facilities Director, NOC Manager; Slough.
        "identifying": ["Nathan Brierley"],
        # A: 6 Jan "ran for 35 mins" 35 (the FW quotes it again: once); 13 Jan "started 10:00,
        #   finished 11:20" 80; 20 Jan "ran for 1h 30" 90; 27 Jan 14:00-14:25 + "16:00-16:30"
        #   "one session, 55 mins" 55; 10 Feb "ran for 1hr15" observed 75; 24 Feb "ran for 45 mins
        #   (actually 50 ...)" 50; 10 Mar "ran for 1h20" 80; 24 Mar "ran for 40 mins" 40
        #   35 + 80 = 115; + 90 = 205; + 55 = 260; + 75 = 335; + 50 = 385; + 80 = 465; + 40 = 505 (8)
        # B: 7 Jan "about three quarters of an hour" 45; 14 Jan "ran for 1hr10" 70; 21 Jan cancelled;
        #   22 Jan phone "ran for 40 mins" 40; 4 Feb "ran for 50 mins" 50; 11 Feb no-show 0;
        #   18 Feb "ran for 1.5" 90; 4 Mar "ran for an hour" 60; 18 Mar "ran for 55 mins" 55
        #   45 + 70 = 115; + 40 = 155; + 50 = 205; + 90 = 295; + 60 = 355; + 55 = 410 (7)
        # 505 + 410 = 915. "Totals: ... 15h10" (910, with 45 for 24 Feb) is a total line.
        # Not: 6 Mar vendor call ("not coaching, not counted"); Hall 4 induction (training).
        "minutes": 915,
        "sessions": 15,
        "individuals": 2,
        # 30 Jan supervision "ran for 1hr05" 65; 10 Feb Claire's feedback "half an hour" 30;
        # 25 Feb tutorial "ran for 45 mins" 45; 13 Mar supervision "ran for 70 mins" 70.
        # 65 + 30 = 95; + 45 = 140; + 70 = 210.
        "supervision_minutes": 210,
    },
    about="Colocation data centre shift operations manager; 302 text log copied from an Outlook thread of self-sent notes ('Started 14:00, ran for 35 mins'), a forwarded note quoting a session again, 'Re: session Tuesday' cancellation done by phone next evening, alarm-split session counted once, no-show, supervision and tutorial in the thread, uncounted vendor call; no declaration; coachee's full name in From/To lines.",
)
