"""8587-304 extended mentoring: a building society branch manager's portfolio (PDF), a start/finish log.

Lorraine Haigh manages the Holmfirth branch of a Yorkshire building society and mentors two
newly appointed assistant branch managers, "M1" and "M2" throughout. Her portfolio is a
Word document saved as PDF, sections headed "1.1 Plan" and so on. The log is one table for
everything: a Type column says Mentoring or Supervision, and the rows give only Start and
Finish times, no durations. One session with M2 was interrupted by a cash delivery and
finished after close, so it takes two rows ("pt 1" and "pt 2"). Two rows are cancelled with
their times still filled in (M2 off sick; the supervisor's own cancellation), and the last
row is a follow-up call still to come ("Planned"). Under the log she restates the totals.
Nothing to flag: the mentees are M1/M2 throughout, the supervisor is a role, the area
manager is a role, and the rest is organisations, places (Holmfirth, Slaithwaite,
Huddersfield), Outlook and Teams, the Consumer Duty, Clutterbuck and GROW.

Assessor's arithmetic, row by row (Start -> Finish); M1 on Mondays, M2 on Wednesdays:
  09/09 Mentoring M1 08:30-09:30 = 60
  11/09 Mentoring M2 16:00-17:15 = 75
  23/09 Mentoring M1 08:30-09:45 = 75
  25/09 Mentoring M2 16:00-17:00 = 60
  30/09 Supervision 13:00-14:00 = 60 (supervision)
  07/10 Mentoring M1 08:30-09:20 = 50
  09/10 Mentoring M2 16:00-17:00 CANCELLED, M2 off sick -> excluded
  16/10 Mentoring M2 16:00-17:00 = 60 (the rebooked one)
  21/10 Mentoring M1 08:30-09:40 = 70
  04/11 Mentoring M1 08:30-09:30 = 60
  06/11 Mentoring M2 12:15-12:50 pt 1 = 35 } one session
  06/11 Mentoring M2 17:15-18:00 pt 2 = 45 } 35 + 45 = 80
  13/11 Supervision 10:00-11:00 CANCELLED by supervisor -> excluded
  20/11 Supervision 10:00-11:15 = 75 (supervision)
  20/11 Mentoring M2 16:00-17:10 = 70
  25/11 Mentoring M1 08:30-10:00 = 90 (she observes M1's huddle and debriefs: mentoring)
  04/12 Mentoring M2 16:00-17:00 = 60
  09/12 Mentoring M1 08:30-09:45 = 75
  11/12 Mentoring M2 15:45-17:00 = 75
  06/01 Mentoring M1 08:30-09:30 = 60
  08/01 Mentoring M2 16:00-17:00 = 60
  15/01 Supervision 14:00-15:00 = 60 (supervision)
  22/01 Mentoring M1 09:00-09:30 Planned -> excluded
  M1: 60 + 75 + 50 + 70 + 60 + 90 + 75 + 60 = 540 (8 sessions)
  M2: 75 + 60 + 60 + 80 + 70 + 60 + 75 + 60 = 540 (8 sessions, 06/11 once)
  minutes 540 + 540 = 1080; sessions 16; individuals 2.
  The line under the log ("18 hours ... 9 each ... 3 hrs 15 of supervision") restates them.
  supervision 60 + 75 + 60 = 195.
"""

from corpus.case import B, Case, H, P, SourceFile, T

LOG = T(
    ["Date", "Type", "With", "Start", "Finish", "Where", "Notes"],
    ["09/09/24", "Mentoring", "M1", "08:30", "09:30", "Branch interview room", "First meeting, agreement drafted"],
    ["11/09/24", "Mentoring", "M2", "16:00", "17:15", "Branch interview room", "First meeting, agreement drafted"],
    ["23/09/24", "Mentoring", "M1", "08:30", "09:45", "Interview room", "Agreement signed, 360 results, goals"],
    ["25/09/24", "Mentoring", "M2", "16:00", "17:00", "Interview room", "Agreement signed, SWOT, goals"],
    ["30/09/24", "Supervision", "L&D Partner", "13:00", "14:00", "Head office, Huddersfield", "Sup 1"],
    ["07/10/24", "Mentoring", "M1", "08:30", "09:20", "Interview room", "Rota planning"],
    ["09/10/24", "Mentoring", "M2", "16:00", "17:00", "-", "CANCELLED - M2 off sick, rebooked 16/10"],
    ["16/10/24", "Mentoring", "M2", "16:00", "17:00", "Interview room", "Complaints handling"],
    ["21/10/24", "Mentoring", "M1", "08:30", "09:40", "Interview room", "Difficult conversation prep"],
    ["04/11/24", "Mentoring", "M1", "08:30", "09:30", "Teams", "Review of goal 1"],
    ["06/11/24", "Mentoring", "M2", "12:15", "12:50", "Interview room", "pt 1 - stopped, cash delivery"],
    ["06/11/24", "Mentoring", "M2", "17:15", "18:00", "Interview room", "pt 2 - same session finished after close"],
    ["13/11/24", "Supervision", "L&D Partner", "10:00", "11:00", "-", "CANCELLED by supervisor, moved to 20/11"],
    ["20/11/24", "Supervision", "L&D Partner", "10:00", "11:15", "Teams", "Sup 2"],
    ["20/11/24", "Mentoring", "M2", "16:00", "17:10", "Interview room", "Consumer Duty file checks"],
    ["25/11/24", "Mentoring", "M1", "08:30", "10:00", "Slaithwaite branch", "Observed M1 run huddle, then debrief"],
    ["04/12/24", "Mentoring", "M2", "16:00", "17:00", "Interview room", "Audit prep"],
    ["09/12/24", "Mentoring", "M1", "08:30", "09:45", "Interview room", "Second 360 pulse"],
    ["11/12/24", "Mentoring", "M2", "15:45", "17:00", "Interview room", "Goal review"],
    ["06/01/25", "Mentoring", "M1", "08:30", "09:30", "Interview room", "Final review, ending"],
    ["08/01/25", "Mentoring", "M2", "16:00", "17:00", "Interview room", "Final review, ending"],
    ["15/01/25", "Supervision", "L&D Partner", "14:00", "15:00", "Head office", "Sup 3"],
    ["22/01/25", "Mentoring", "M1", "09:00", "09:30", "Phone", "Planned - 2 week follow up call"],
)

BLOCKS = [
    H(0, "ILM Level 3 Unit 304 - Undertaking an Extended Period of Mentoring"),
    P("Portfolio of evidence - Lorraine Haigh, Branch Manager, Marsden Vale Building Society (Holmfirth)"),
    P("""Both of my mentees are called M1 and M2 in everything below, including the log and the
      copies of the agreements, which have the names blanked out."""),

    H(1, "Section 1 - Planning"),
    H(2, "1.1 Plan"),
    P("""In the summer the Society promoted two people into Assistant Branch Manager roles at the
      same time. M1 was a senior customer adviser at our Slaithwaite branch with eleven years'
      service; M2 joined us from a high street bank where she had been a team leader in a call
      centre, so she knew people management but not branch life or mortgages. My area manager
      asked me to mentor both of them for their first four months."""),
    P("""My plan was for six hours with each of them, twelve hours in all, over September to
      January, and in the end it came to more because the sessions ran longer than an hour
      more often than not. I booked fortnightly slots as recurring Outlook appointments before
      we started: M1 at 8.30 on a Monday before the branch opens, because Slaithwaite is ten
      minutes away and she could come to me, and M2 at 4pm on a Wednesday after the doors
      close, because she has school runs in the morning. We used my branch interview room,
      which is private and has a sign for the door, with Teams as a fallback. I avoided the
      week of each month end and the week before Christmas when everyone is on the
      counter. Resources were the Society's 360 tool, a SWOT template, the agreement, a
      one-page session record each and this log."""),
    H(2, "1.2 Goals"),
    P("""We did not set goals at the first meeting. I asked each of them to bring three things they
      were worried about to the second session and we turned them into goals together, and I
      then checked them against the ABM role profile so they were relevant to the job."""),
    B("""M1: run the Monday team huddle at Slaithwaite herself by November, without the Branch
      Manager stepping in, and hold the first difficult conversation she has been putting off
      (a colleague's timekeeping) before Christmas."""),
    B("""M2: learn enough of the mortgage process to check a case file against the Consumer Duty
      checklist on her own, and pass the internal branch audit in December with no actions
      on her files."""),
    B("""Both: build a network of two or three other ABMs they can ring, because the role is lonely
      in a small branch."""),
    P("""M2's goal about files came out of her SWOT and was not on her original list; she agreed
      it was the one that would worry her most if the auditors turned up."""),
    H(2, "1.3 Contract"),
    P("""Each of them signed a mentoring agreement at the second session after a week to read the
      draft (copies attached, names removed). It covers: the hours and dates, where we meet,
      24 hours' notice to cancel and always rebooking within a fortnight, what I record and
      where it is kept (a locked drawer and my personal drive, not the shared drive), and the
      limits of confidentiality. Because we are a regulated firm, the agreement says plainly
      that anything that could be a conduct rule breach or a customer detriment issue cannot
      stay between us. Their line managers, M1's Branch Manager and M2's Area Manager, signed the
      stakeholder box agreeing the broad goals and that they would get no report of what was
      said, only a note at the end that the mentoring had finished. I am not either mentee's
      line manager, which I think is why the three-way part was so easy to agree."""),

    H(1, "Section 2 - Mentoring practice"),
    H(2, "2.1 Diagnostic and assessment tools"),
    P("""M1 did the Society's leadership 360 in September, with six colleagues answering. Her
      scores were high for customer focus and product knowledge and lowest for 'deals with poor
      performance', which went straight into her difficult conversation goal. We ran a short
      pulse version again in December and the same question had gone up from two to nearly four
      out of five. For M2 I used a SWOT, which she filled in herself and then we went through it
      line by line; the threats box was where the audit came from. I also used a simple
      confidence scale of one to ten at the start of each session with both of them, which
      told me more than I expected: when M2 put a three for mortgages in October I knew the
      plan for that session had to change."""),
    H(2, "2.2 Mentoring model"),
    P("""I used Clutterbuck's stages of a developmental mentoring relationship to manage the four
      months as a whole (rapport, direction setting, progress making, winding down, moving on)
      and GROW inside each session. The stages helped me not to rush: with M2, who came from
      outside, I spent the whole of the first session and part of the second on rapport and
      the Society's culture before any goal was mentioned. GROW then kept the sessions
      practical. On 21 October with M1 the Goal was to plan the timekeeping conversation;
      the Reality was that she had known the colleague for ten years and had covered for
      her; the Options she came up with ranged from an informal chat to asking HR to do
      it; the Will was to have the chat herself in the week and use the Society's
      attendance policy as her script. She did, and reported back that it went better than she
      feared. Winding down was deliberate in December, with fewer new topics and more
      reviewing."""),
    H(2, "2.3 Knowledge, skills and behaviours"),
    P("""Knowledge: I know the ABM role because I did it for four years, I know the Consumer Duty
      and audit requirements, and I knew the two models. Skills: I used open questions
      ("what would good look like on Monday morning?") and then probing ones ("what stops you
      saying that to her?"), and I tried to listen for what was not said. When M2 talked
      about her old bank she always said "we", and it took me three sessions to notice that
      she did not yet feel she belonged here; I reflected it back and she went quiet and
      then agreed. Behaviours: I kept every session, arrived prepared, kept confidences, and
      when M1 asked me what I thought of her Branch Manager I declined to comment, which
      I think was the ethical answer even though she was clearly fishing."""),
    H(2, "2.4 Record of the mentoring"),
    P("""Below is the one log I kept for everything, mentoring and supervision, in date order. I
      only ever wrote the start and finish times in it, straight from the Outlook invitations,
      and each mentoring row has a one-page session record behind it with actions and the
      confidence score."""),
    LOG,
    P("""That makes 18 hours of mentoring, 9 each, and 3 hrs 15 of supervision. The 6 November
      session with M2 is on two lines: we had moved it to her lunch hour that week at her
      request, then the cash delivery arrived early at ten to one and I had to sign for it; we picked the same session up again after close that day,
      so it is one session, not two. The 22 January call is booked but has not happened
      yet."""),

    H(1, "Section 3 - Reviewing my practice"),
    H(2, "3.1 Reflection on each session"),
    P("""After every session I wrote five lines in my reflective notebook: what happened, what I
      did well, what I would change, what I learnt, what next. Looking across them, the key
      learning points were: I over-prepare and then stick to my plan when the mentee wants to go
      somewhere else (the 25 September session with M2 is the clearest example); I am better
      face to face than on Teams, where I talk too much to fill the gaps; and the confidence
      score at the start is worth more than any agenda. After the 7 October session I wrote
      that I had given M1 my own rota spreadsheet instead of letting her build hers, and I
      stopped myself doing that kind of thing from then on. For my CPD I want to get better
      at following the mentee's agenda rather than mine."""),
    H(2, "3.2 Feedback on my mentoring"),
    P("""At the end of each session I asked both mentees two questions, 'what was most useful
      today?' and 'what should I do differently next time?', and wrote their answers on the
      session record. M2 said in October that I "kept bringing it back to the plan" when she
      wanted to talk about the audit, which matched my own reflection. M1 said in November that
      watching her huddle and then debriefing it was the most useful hour of the whole thing.
      Both completed the Society's short end-of-mentoring feedback form in January; M1 scored
      the relationship five out of five and M2 four, with the comment that the first two
      sessions felt slow. I took that to supervision."""),
    H(2, "3.3 My communication skills"),
    P("""Questioning: my questions got shorter. Early session records show me asking two or three
      questions in one breath; by December I was asking one and waiting. Listening: I learned
      to notice words and patterns, like M2's "we", and to summarise before moving on, which both
      mentees said helped them feel heard. Feedback: I gave M1 feedback on the huddle using the
      Society's 'what I saw, what it did, what next' format, and she said it was the first
      feedback she had had as a manager that she could actually use. I still soften
      challenge too much, and I want to be braver about saying what I see."""),
    H(2, "3.4 Supervision"),
    P("""I had three supervision sessions with the Society's Learning and Development Partner, who is
      an accredited mentor supervisor (the second was moved when she was called into a
      regulatory review). In the first, on 30 September, we looked at how I was managing
      two very different mentees at once, and she suggested I stop using the same session plan
      for both. In the second she challenged me about how much of my own experience I was
      sharing, and we agreed that I would ask permission before telling a story from my time
      as an ABM. In the third we reviewed the endings and the feedback, including M2's comment
      about slow starts; the outcome was that next time I will agree goals in the first session
      with an experienced mentee and keep the slower start for people new to the organisation.
      I have booked myself onto the Society's mentor network so that I keep having
      supervision after this course ends."""),

    H(1, "Declaration"),
    P("""I confirm that this portfolio is my own work and that the mentoring and supervision took
      place as recorded. Signed: L. Haigh   Date: 27/01/2025"""),
]

CASE = Case(
    name="w_8587_304_building_society_pdf",
    unit="8587-304",
    kind="structured-pdf",
    files=[SourceFile("L Haigh Unit 304 portfolio.pdf", BLOCKS)],
    labels={
        "1.1": "because she has school runs in the morning",
        "1.2": "bring three things they were worried about to the second session",
        "1.3": "anything that could be a conduct rule breach",
        "2.1": "the same question had gone up from two to nearly four",
        "2.2": "use the Society's attendance policy as her script",
        "2.3": "I declined to comment, which I think was the ethical answer",
        "2.4": "straight from the Outlook invitations",
        "3.1": "the confidence score at the start is worth more than any agenda",
        "3.2": "kept bringing it back to the plan",
        "3.3": "by December I was asking one and waiting",
        "3.4": "ask permission before telling a story from my time",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        "identifying": [],
        # M1: 60 + 75 + 50 + 70 + 60 + 90 + 75 + 60 = 540
        # M2: 75 + 60 + 60 + (35 + 45) + 70 + 60 + 75 + 60 = 540  (06/11 split once)
        # 540 + 540 = 1080. Not: 09/10 cancelled (sick), 22/01 planned, supervision rows.
        "minutes": 1080,
        "sessions": 16,  # 8 + 8, the 06/11 split session once
        "individuals": 2,  # M1, M2
        # 30/09 60 + 20/11 75 + 15/01 60 = 195; 13/11 cancelled by supervisor excluded
        "supervision_minutes": 195,
    },
    about="Building society branch manager's 304 PDF: one log with a Type column (Mentoring/Supervision), Start and Finish only, a session split over two rows (cash delivery), cancelled rows with times still filled in, a planned follow-up call, totals restated under the log; M1/M2 throughout, clean.",
)
