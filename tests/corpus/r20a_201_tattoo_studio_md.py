"""8584-201 practice evidence in Markdown from a tattoo studio: the log is an export from the studio's booking app (Ref, Date, Start, End, Service, Client, Status, Price) in which mentoring was booked as £0 appointments, with statuses Completed, Cancelled by studio, No-show and Booked (the final review had not happened when she exported), a paying cover-up the apprentice shadowed, and the app's summary line; her own session notes below repeat every session and correct two lengths (a session cut short by a walk-in, the final review that ran over the booking). A convention-stall chat is not counted in her words. Support: a Zoom tutorial, a supervision call with the tattooist who trained her, the tutor's feedback after a video-observed session, a tutorial only booked. Clean.

Jodie Penhallow owns a two-chair tattoo studio in Plymouth and mentors Apprentice K, in the
first year of a two-year apprenticeship, who wants to do her first paid tattoo by the summer.
Because everything in the studio goes through the booking app, Jodie booked the mentoring as
appointments and pasted the export. App slots: #4410 10:00-10:45, #4452 10:00-11:00, #4498
cancelled by the studio, #4501 18:00-19:00 (her note: stopped at 18:40 for a walk-in), #4533
10:00-11:30, #4560 No-show, #4561 17:30-18:30 (tutor watching on video, 20 minutes of feedback
after), #4590 Booked (her session note: it ran 1hr10 on 7 April). #4515 is a paying client's
cover-up K shadowed. The summary line "Total booked time: 11h 15m" is the app's, not hers.
Her own notes give "45 mins", "an hour", "40 mins", "1½ hrs", "1 hr", "1hr10". A 26 March
convention-stall chat "about an hour" is "not counting it".

Practice truth: 45 + 60 + 40 + 90 + 60 + 70 = 365 minutes in 6 sessions with one mentee;
support 35 + 50 + 20 = 105 minutes.
"""

from .case import B, Case, H, P, SourceFile, T

BLOCKS = [
    H(1, "Unit 201 - Developing Mentoring Skills"),
    P("""Jodie Penhallow. Owner and lead artist, two-chair private studio, Plymouth. ILM Level 2
      Award in Effective Mentoring."""),
    H(2, "Who I'm mentoring and why"),
    P("""Apprentice K started with me last September. In this write-up she is just K. She draws
      beautifully but she is nervous with clients, rushes the stencil stage, and has never had
      to tell a customer no. A tattoo apprenticeship is mostly learning by watching and doing;
      the mentoring was for the other half - confidence, talking to clients, running her own
      book."""),
    H(2, "Plan and goals"),
    P("""Once a week for six weeks, an hour where we could, in the studio before we open (10am)
      or after the last client. I booked the sessions in the booking app like appointments so
      nobody else booked the chair. Goals we agreed on 3 March and wrote on the back of her
      sketchbook: (1) do a full consultation for a walk-in on her own, including saying no to
      something she shouldn't do, by the end of March; (2) plan, price and do her first paid
      flash piece by the end of April; (3) pass my hygiene audit of her station with no
      actions."""),
    H(2, "Log - export from the booking app"),
    P("""Exported 5 April. The app calls everyone a client - K is "Apprentice K". Paying clients'
      names are replaced by the app's client number."""),
    T(
        ["Ref", "Date", "Start", "End", "Service", "Client", "Status", "Price"],
        ["#4410", "03/03", "10:00", "10:45", "Mentoring (first chat)", "Apprentice K", "Completed", "£0.00"],
        ["#4452", "10/03", "10:00", "11:00", "Mentoring", "Apprentice K", "Completed", "£0.00"],
        ["#4498", "17/03", "10:00", "11:00", "Mentoring", "Apprentice K", "Cancelled by studio", "£0.00"],
        ["#4501", "19/03", "18:00", "19:00", "Mentoring", "Apprentice K", "Completed", "£0.00"],
        ["#4515", "21/03", "12:00", "15:00", "Cover-up, forearm (K shadowing)", "Client 2291", "Completed", "£360.00"],
        ["#4533", "24/03", "10:00", "11:30", "Mentoring + hygiene audit", "Apprentice K", "Completed", "£0.00"],
        ["#4560", "31/03", "10:00", "11:00", "Mentoring", "Apprentice K", "No-show", "£0.00"],
        ["#4561", "02/04", "17:30", "18:30", "Mentoring (tutor observing on video)", "Apprentice K", "Completed", "£0.00"],
        ["#4590", "07/04", "10:00", "11:00", "Mentoring - review", "Apprentice K", "Booked", "£0.00"],
    ),
    P("Appointments: 9 | Completed: 6 | Total booked time: 11h 15m | Revenue: £360.00"),
    P("""The cover-up on 21/03 isn't mentoring - K was watching me work, which is her apprenticeship.
      It's only in the export because it was on the same day's screen. The export is the
      bookings, so my own notes on each session are below and they are the actual times."""),
    H(2, "My session notes"),
    H(3, "Session 1 - 3 March (45 mins)"),
    P("""First chat. What she wants out of the apprenticeship and what she's scared of (talking to
      clients, being asked for something she can't do yet). Agreed the three goals, and that
      what she tells me stays with me unless it's a safety thing. I mostly listened."""),
    H(3, "Session 2 - 10 March (an hour)"),
    P("""Consultations. We role-played three walk-ins: someone who wants a name on their neck, a
      Sailor Jerry swallow, a cover-up of an ex's name. She found the "no" ones hardest. I
      asked her what she would want to hear if she were the client."""),
    P("17 March - I cancelled, a client's appointment ran over from the night before. Rebooked for the 19th."),
    H(3, "Session 3 - 19 March (40 mins)"),
    P("""The app says 18:00-19:00 but a walk-in came to the door at 18:40 and K said take it, so we
      stopped. 40 minutes. She had done her first consultation on her own the day before and
      wanted to go through it - she'd said no to a hand piece on a 19-year-old and felt bad. I
      gave her feedback on what she did well first, then one thing to change."""),
    H(3, "Session 4 - 24 March (1½ hrs)"),
    P("""Hygiene audit of her station against the council's licence conditions, then pricing her
      flash sheet. Two actions from the audit (sharps bin position, barrier film on the clip
      cord). We priced the flash using what the Ed Hardy style sheets go for in the shop."""),
    P("""26 March - we were both on the studio's stall at the tattoo convention in Exeter and
      talked about pricing for about an hour between customers. I'm not counting it, we were
      serving on the stall the whole time."""),
    P("31 March - K didn't turn up. She had been up all night with her little brother in A&E and forgot to message. We didn't rearrange - she had the observed session on the 2nd."),
    H(3, "Session 5 - 2 April (1 hr) - observed"),
    P("""My tutor watched on a video call from her office. K talked me through the plan for her
      first paid flash piece, booked for 12 April. I used the scaling question (how ready, 1 to
      10) and she said 7. Afterwards my tutor gave me 20 minutes of feedback: I asked good open
      questions but answered two of them myself."""),
    H(3, "Session 6 - 7 April (1hr10) - final review"),
    P("""This was after I exported the app so it still says Booked. It ran over to 11:10 because
      she wanted to do the feedback form there and then. Goal 1 done, goal 3 done (re-audit
      clean), goal 2 booked for the 12th."""),
    P("So that's 6 sessions and 6 hrs 5 mins with K."),
    H(2, "Tutorials and supervision"),
    B("12 March - Zoom tutorial with my tutor, 35 mins, going over my plan and the goals."),
    B("""28 March - supervision call with the tattooist who trained me (he mentors apprentices for
      the studio group I'm in and agreed to supervise me for this), 50 mins. He told me to stop
      fixing her stencils."""),
    B("2 April - 20 mins feedback from my tutor after the observed session (above)."),
    B("9 April - tutorial booked to go through this write-up before I submit it."),
    H(2, "How I did"),
    P("""Using the mentoring skills checklist from the course (listening, questioning, feedback,
      building trust) I'd score myself well on trust and listening and worst on questioning -
      my tutor and my own mentor both said the same thing, that I jump in. K's feedback form
      said the role-plays were the best bit and that she'd like more notice when I cancel. The
      old-school way I was taught - do what you're told for two years, like Sailor Jerry's
      apprentices did - is not how I want to bring K on, and the sessions made me see how much
      of my teaching was just telling."""),
    P("I confirm this is all my own work. Jodie Penhallow, 8 April."),
]

CASE = Case(
    name="r20a_201_tattoo_studio_md",
    unit="8584-201",
    kind="unstructured",
    files=[SourceFile("Penhallow_201_log.md", BLOCKS)],
    labels={},  # practice log only
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        # Clean: Apprentice K only; Jodie Penhallow is the learner; Sailor Jerry and Ed Hardy (tattoo
        # artists / flash styles), Client 2291 (app number), Plymouth, Exeter; tutor and the trainer
        # who supervises by role only.
        "identifying": [],
        # App export, with her notes for the actual lengths:
        #   #4410 03/03 10:00-10:45 45 (note "45 mins")
        #   #4452 10/03 10:00-11:00 60 (note "an hour")
        #   #4498 17/03 Cancelled by studio 0
        #   #4501 19/03 18:00-19:00 booked, note: stopped at 18:40 -> "40 mins" 40
        #   #4515 21/03 cover-up, K shadowing a paying client: not mentoring, 0
        #   #4533 24/03 10:00-11:30 90 (note "1½ hrs")
        #   #4560 31/03 No-show 0
        #   #4561 02/04 17:30-18:30 60 (observed on video, her session; note "1 hr")
        #   #4590 07/04 "Booked" in the export; her note: held, "1hr10" 70
        #   45 + 60 = 105; + 40 = 145; + 90 = 235; + 60 = 295; + 70 = 365 = 6 h 05 (her "6 hrs 5 mins" agrees).
        # Not: app summary "Total booked time: 11h 15m" (= 45+60+60+60+180+90+60+60+60 = 675);
        #   26/03 convention stall "about an hour" ("I'm not counting it"). Each session also has a
        #   note: the same session, not a second one.
        "minutes": 365,
        "sessions": 6,
        "individuals": 1,  # Apprentice K
        # 12 Mar Zoom tutorial "35 mins" 35; 28 Mar supervision call "50 mins" 50; 2 Apr tutor feedback
        # "20 mins" 20; 9 Apr tutorial booked 0. 35 + 50 + 20 = 105.
        "supervision_minutes": 105,
    },
    about="Tattoo studio owner; 201 Markdown with a booking-app export (mentoring as £0 appointments, Cancelled/No-show/Booked statuses, a paying cover-up shadowed, app summary) and session notes correcting two lengths, a convention-stall chat not counted, tutorial, supervision, video-observation feedback, booked tutorial; clean.",
)
