"""8587-304 extended mentoring: a theme park's ride operations manager, a portfolio in two DOCX files (main + appendices).

Dawn Whitfield is Ride Operations Manager at Hollowmere Adventure Park in Staffordshire. She
mentors two newly promoted Ride Area Supervisors, "M1" (Thrill Zone) and "M2" (Family Zone),
from pre-season in February through opening and into May. The main document has a cover table
with her signed declaration, an evidence matrix that points into the appendices, and "AC 1.1 –"
style headings with short answers that lean on the appendices. The second file holds Appendix A
(plan), B (log), C (two session records), D (supervision records) and E (feedback scores).

Traps: the log has Booked and Held columns, both clock ranges, a Mins column and a Running total
column that is right until 22 April, where she adds 100 instead of 90, so every running figure
after it is 10 too high and her "965 minutes = 16 hours 5 mins" is wrong (955). A row cancelled
(the Log Flume leak) and rebooked two days later; a DNA row; a joint pre-season inspection walk
with both mentees on one row (one session, both individuals); the joint walk and the observed
session again as session records in Appendix C; a booked final review after hand-in. Not
counted, in the main document: an evacuation drill M2 ran while she watched and a safety meeting
M1 shadowed her at. Supervision: three tutor contacts (a Teams call "1 hr 15 mins", the
observation debrief, a visit as a clock range), and her monthly 1-2-1 with the Park Operations
Director which she says is line management, not supervision.

Clean: no planted details. Her own name; M1/M2; her tutor Rob Denholm named on the cover and the
supervision records; the park, the Vortex, the Log Flume, Staffordshire; Belbin, SWOT, Hawkins'
CLEAR model, Kolb, Gibbs, Megginson and Clutterbuck, Egan.

Practice truth (Appendix B, Held column / Mins):
  5 Feb  M1 10:00-11:10 = 70 (first meeting, contract: counts)
  6 Feb  M2 14:00-14:50 = 50 (first meeting, contract)
  19 Feb M1 10:05-11:20 = 75
  20 Feb M2 cancelled (Log Flume) -> excluded
  22 Feb M2 09:00-10:30 = 90
  4 Mar  M1 + M2 joint 13:00-15:15 = 135 (one session; its App. C record is the same session)
  18 Mar M1 10:00-11:00 = 60 (observed; its App. C record is the same session)
  19 Mar M2 DNA -> excluded
  26 Mar M2 14:00-15:20 = 80
  8 Apr  M1 08:00-08:45 = 45
  9 Apr  M2 07:50-09:05 = 75
  22 Apr M1 10:00-11:30 = 90
  23 Apr M2 10:00-11:00 = 60
  7 May  M1 17:30-18:40 = 70
  8 May  M2 17:30-18:25 = 55
  20 May M1 booked, after hand-in -> excluded
  running: 70, 120, 195, 285, 420, 480, 560, 605, 680, 770, 830, 900, 955.
  Her running total column: right to 680, then 780 (680 + 100), 840, 910, 965: 10 too high.
  minutes 955; sessions 13; individuals 2 (M1, M2).
  Not: the Vortex evacuation drill M2 led, "about 40 minutes" (his job, not counted); the
  insurers' safety meeting M1 shadowed (2 hours, not counted); the 29 January invitation e-mail.
  Supervision: 27 Feb Teams "1 hr 15 mins" = 75; 18 Mar observation debrief 11:15-11:45 = 30;
  30 Apr tutor visit 10:00-11:30 = 90.  75 + 30 + 90 = 195.  Not the monthly 1-2-1 with the Park
  Operations Director (her line management, she says not supervision).
"""

from corpus.case import Case, H, P, SourceFile, T

MAIN = [
    H(0, "ILM Level 3 Certificate in Effective Coaching and Mentoring"),
    P("Unit 304 – Undertaking an Extended Period of Mentoring within an Organisational Context"),
    T(
        ["Learner name", "Dawn Whitfield"],
        ["Organisation", "Hollowmere Adventure Park"],
        ["Job title", "Ride Operations Manager"],
        ["Tutor", "Rob Denholm"],
        ["Date submitted", "13 May 2024"],
        ["Learner declaration", "I confirm that the evidence in this portfolio is my own work and that my mentees have agreed to it being used. Signed: D Whitfield"],
    ),
    H(1, "Evidence matrix"),
    T(
        ["AC", "Evidence", "Where"],
        ["1.1", "Mentoring plan", "Section 1.1, Appendix A"],
        ["1.2", "Goals agreed with each mentee", "Section 1.2, Appendix A"],
        ["1.3", "Mentoring agreement (signed by M1, M2 and the Park Operations Director)", "Section 1.3"],
        ["2.1", "Belbin, skills audit, SWOT", "Section 2.1, Appendix C"],
        ["2.2", "CLEAR model", "Section 2.2, Appendix C"],
        ["2.3", "Statement, tutor observation", "Section 2.3, Appendix D"],
        ["2.4", "Mentoring log, session records", "Section 2.4, Appendices B and C"],
        ["3.1", "Reflections", "Section 3.1"],
        ["3.2", "Feedback scores and comments", "Section 3.2, Appendix E"],
        ["3.3", "Communication review", "Section 3.3"],
        ["3.4", "Supervision records", "Section 3.4, Appendix D"],
    ),
    H(1, "Background"),
    P("""Hollowmere is a family theme park with 34 rides and attractions, open daily from the Easter
      holidays to the end of October, with a skeleton team over winter doing maintenance and
      pre-season checks. In January we promoted two ride hosts to Ride Area Supervisor. Each now
      runs a zone of about a dozen rides and up to 30 seasonal staff, most of them 17 to 20 years
      old. They had never managed anyone and were about to go from a quiet winter to opening day
      with 6,000 guests. I offered to mentor both of them through the season start. I have called
      them M1 (Thrill Zone) and M2 (Family Zone)."""),
    H(1, "AC 1.1 – Plan"),
    P("""The full plan is Appendix A. In short, fortnightly one-to-ones of about an hour with each
      mentee from February to May, plus one joint session walking the pre-season inspection route
      with both of them together, which comes to 14 hours on paper so I have room for the days a ride
      goes down and I'm needed. I timed the sessions around the park's year: mornings in pre-season
      when it's quiet, first thing before gates in opening week, and after park close from May when
      the days are full. We meet in the ops office with the radio handed to the duty manager, or on
      the park itself when the topic is a ride."""),
    H(1, "AC 1.2 – Goals"),
    P("""Goals were agreed over the first two sessions with each mentee, once they'd done the
      diagnostics (2.1). They are in Appendix A and on the first page of their notebooks. M1's main
      goal was to run his own zone briefing every morning of opening week without me there, and to
      have every ride in his zone pass its daily checks sign-off by 09:30 by the end of April. M2
      wanted to get his team's absence down (last season Family Zone had the worst absence on the
      park) and to have a return-to-work conversation with every absent host himself, not pass it
      to HR. Both goals are tied to what the park measures, which was on purpose so the Operations
      Director would back them."""),
    H(1, "AC 1.3 – Contract"),
    P("""I used a one-page mentoring agreement which we went through line by line in each first
      session, and which the Park Operations Director signed as the stakeholder, because the time
      comes out of his budget in peak season. It covers: how often and where we meet; that
      sessions are confidential except where there's a safety risk to guests or staff, which on a
      theme park has to be an exception; that the mentee sets the agenda; that nothing said in
      mentoring is used in their probation review even though I sign that review; that if I have to
      cancel I rebook within the same week; and how we end. The probation point mattered most to
      M2, who asked me straight out whether I'd be marking him on it."""),
    H(1, "AC 2.1 – Diagnostic and assessment tools"),
    P("""I used three. Belbin team roles – both did the questionnaire in the first fortnight. M1 is a
      Shaper, which explains the energy and also why his hosts find him a bit much. M2 came out as a
      Teamworker and Completer Finisher, which helped him see why he'd rather cover a shift himself
      than have a difficult conversation. The park's supervisor skills audit – they rated themselves
      against our 12 supervisor competences and I rated them too, and we talked about the gaps. The
      biggest one for M2 was the absence conversation, which changed his goal from 'reduce absence'
      to 'do every return-to-work myself'. And a SWOT of each zone, which M1 used to see that his
      late sign-offs were down to one ride (the Vortex) and the morning checks order, not his team."""),
    H(1, "AC 2.2 – Model"),
    P("""I used Hawkins' CLEAR model (Contract, Listen, Explore, Action, Review) because the Contract
      and Review stages suited two people who'd only just started managing. Every session began by
      agreeing what we'd cover and ended with a review of what they'd take away. It worked best on
      the joint walk on 4 March (see the session record in Appendix C): we contracted at the gate on
      what each of them wanted from it, and at every ride on the route M1 and M2 explored how their
      checks would run with new hosts, and by the end they had agreed between them a checks order for
      opening week that M1 still uses. M2 found the Explore stage hard at first and wanted me to
      tell him, so I slowed down and used more open questions there."""),
    H(1, "AC 2.3 – Knowledge, skills and behaviours"),
    P("""Knowledge: the CLEAR model, the tools, the park's competences, and the difference between
      mentoring and managing, which I read up on in Megginson and Clutterbuck. Skills: open
      questions, listening (Egan's levels of listening, trying to get past the words to what they
      meant), summarising, and giving feedback they could use. Rob's observation on 18 March said my
      questions were good but I answered some of them myself. Behaviours: patience, keeping
      confidences and being honest. The ethical test came on 26 March, when M2 told me one of his
      hosts had been coming in hungover. That's a safety matter on rides, so it was outside our
      confidentiality, and I told him so in the session and we agreed he'd deal with it that day
      and tell me when it was done, rather than me stepping in over his head."""),
    H(1, "AC 2.4 – Records"),
    P("""The whole process is in Appendix B (the log, from the first session to the last before hand-in)
      and Appendix C (two of the session records). First contact was an e-mail to both of them on
      29 January inviting them to have a mentor and explaining the ILM side. I filled in the log at
      the end of every session from my notebook, and each mentee has a copy of their own rows. Two
      things are not in the log on purpose: on 1 April M2 ran the Vortex evacuation drill with his
      team and I watched, about 40 minutes, and gave him feedback after, but that's his job and I
      was assessing it, so it isn't counted; and M1 shadowed me at the insurers' pre-opening safety
      meeting (2 hours), which wasn't mentoring either."""),
    H(1, "AC 3.1 – Reflection on each session"),
    P("""After each session I wrote a reflection in my notebook using Gibbs. The main learning points,
      session by session in short:"""),
    P("""5 Feb M1 – I spent too long on the agreement, 30 minutes. Next time send it before. 6 Feb M2 –
      he was nervous, I talked to fill the gaps. Let him think. 19 Feb M1 – Belbin was a hit, he
      recognised himself immediately. 22 Feb M2 – good session after the cancellation, he was ready;
      I learnt that rebooking quickly keeps the trust. 4 Mar joint – the best session; two mentees
      together challenged each other in a way I couldn't. 18 Mar M1 (observed) – I answered my own
      questions twice, Rob spotted it; I need to wait longer. 19 Mar M2 DNA – I was frustrated and had
      to remind myself he was ill, not avoiding me. 26 Mar M2 – the hungover host; I handled the
      boundary honestly and it didn't damage the relationship. 8 Apr M1 – opening week, we kept it to
      45 minutes and that was right. 9 Apr M2 – he'd done three return-to-works already; I let him
      lead the whole session. 22 Apr M1 – we went over time again, my fault. 23 Apr M2 – absence down
      by a third on last April. 7 May M1 and 8 May M2 – both talking about what they'd do for their
      own team leaders; I realised I'd moved from mentor to sounding board and that's how it should
      end."""),
    H(1, "AC 3.2 – Feedback"),
    P("""At the end of every session each mentee scored it out of five and wrote one comment on a
      feedback slip. They're summarised in Appendix E. Patterns: scores were lowest when I ran over
      or when I'd been called away (the 9 April session started with me on the radio), and highest on
      the joint walk and the sessions where they led. M2's comments early on were about wanting
      answers; later they were about having worked it out himself, which I take as the mentoring
      working. Because M1 wrote twice that sessions felt rushed in opening week, I moved the May
      sessions to after park close. The Operations Director also gave me a written comment in April
      as the stakeholder, which was that both zones were signing off faster than last year."""),
    H(1, "AC 3.3 – Communication"),
    P("""Questioning: I use open questions well when I'm calm and not when I'm busy – Rob's observation
      showed I answered my own questions twice in an hour. I've started writing three questions on a
      card before each session. Listening: much better face to face in the office than out on the
      park, where I'm half watching the rides; I now do park sessions only when the ride is the
      topic. Feedback: I've learnt to ask them to assess themselves first before I say anything,
      which M2 said made feedback feel less like a telling-off. Overall my biggest change has been
      waiting – I used to fill every silence, and the silences are where they did their thinking."""),
    H(1, "AC 3.4 – Supervision"),
    P("""I had three supervision contacts with Rob, my tutor; the records are Appendix D. The outcomes
      that changed my practice: from the first (27 February) I started sending the agreement ahead
      and using CLEAR's Contract stage properly; from the observation debrief (18 March) I stopped
      answering my own questions and started counting to five; and from the third (30 April) I
      planned a proper ending with each of them and a six-month plan for myself. I also talk about
      the mentoring in my monthly 1-2-1 with the Park Operations Director, but that's my line
      management, not supervision for the course, so I haven't included it."""),
]

APPENDICES = [
    H(0, "Unit 304 – Appendices – Dawn Whitfield"),
    H(1, "Appendix A – Mentoring plan"),
    T(
        ["", "M1 (Thrill Zone)", "M2 (Family Zone)"],
        ["Sessions", "6 one-to-ones, about 1 hour, fortnightly Feb–May", "6 one-to-ones, about 1 hour, fortnightly Feb–May"],
        ["Joint", "Pre-season inspection walk with M2, 2 hours, early March", "Pre-season inspection walk with M1, 2 hours, early March"],
        ["When", "Mondays 10:00 pre-season; 08:00 opening week; 17:30 after close from May", "Tuesdays 14:00 pre-season; 08:00 opening week; 17:30 after close from May"],
        ["Where", "Ops office (radio to duty manager) or on the park", "Ops office or on the park"],
        ["Goals", "Own morning zone briefing in opening week without me; all zone rides signed off by 09:30 by end of April", "Return-to-work conversation with every absent host himself; zone absence lower than last April"],
        ["Resources", "Belbin, skills audit, SWOT sheet, CLEAR prompt card, notebook", "Belbin, skills audit, SWOT sheet, CLEAR prompt card, notebook"],
    ),
    P("""Planned hours: 12 one-to-ones × 1 hour + 2-hour joint walk = 14 hours (the joint session counts
      once). If a ride breaks down I rebook in the same week."""),
    H(1, "Appendix B – Mentoring log"),
    T(
        ["Date", "Mentee", "Booked", "Held", "Mins", "Running total", "Notes"],
        ["Mon 5 Feb", "M1", "10:00-11:00", "10:00-11:10", "70", "70", "First meeting in ops office. Agreement signed, started goals."],
        ["Tue 6 Feb", "M2", "14:00-15:00", "14:00-14:50", "50", "120", "First meeting. Agreement signed. Skills audit to take away."],
        ["Mon 19 Feb", "M1", "10:00-11:00", "10:05-11:20", "75", "195", "Belbin results, skills audit, goals finalised."],
        ["Tue 20 Feb", "M2", "14:00-15:00", "Cancelled", "-", "195", "Log Flume hydraulic leak – I was needed on the ride. Rebooked Thurs."],
        ["Thu 22 Feb", "M2", "09:00-10:00", "09:00-10:30", "90", "285", "Belbin, skills audit, goals finalised."],
        ["Mon 4 Mar", "M1 + M2", "13:00-15:00", "13:00-15:15", "135", "420", "JOINT – pre-season walk of the inspection route, one session with both. Record in App. C."],
        ["Mon 18 Mar", "M1", "10:00-11:00", "10:00-11:00", "60", "480", "Observed by Rob. Record in App. C."],
        ["Tue 19 Mar", "M2", "14:00-15:00", "DNA", "-", "480", "Off sick – text came in at 13:50."],
        ["Tue 26 Mar", "M2", "14:00-15:00", "14:00-15:20", "80", "560", "Absence plan; the hungover host."],
        ["Mon 8 Apr", "M1", "08:00-09:00", "08:00-08:45", "45", "605", "Opening week – kept it short."],
        ["Tue 9 Apr", "M2", "08:00-09:00", "07:50-09:05", "75", "680", "Three return-to-works done. I was on the radio at the start."],
        ["Mon 22 Apr", "M1", "10:00-11:00", "10:00-11:30", "90", "780", "Vortex sign-off times; went over."],
        ["Tue 23 Apr", "M2", "10:00-11:00", "10:00-11:00", "60", "840", "Absence down by a third on last April."],
        ["Tue 7 May", "M1", "17:30-18:30", "17:30-18:40", "70", "910", "After close. Mentoring his own team leaders."],
        ["Wed 8 May", "M2", "17:30-18:30", "17:30-18:25", "55", "965", "After close. Review of goals."],
        ["Mon 20 May", "M1", "10:00-11:00", "", "", "", "Booked – final review (after hand-in)"],
    ),
    P("Total to date: 965 minutes = 16 hours 5 mins, which is over the 12 hours."),
    H(1, "Appendix C – Session records"),
    P("Session record 1 – joint session"),
    T(
        ["Date", "Monday 4 March"],
        ["Mentees", "M1 and M2 together"],
        ["Time started / finished", "13:00 / 15:15"],
        ["Where", "Inspection route, all zones, starting at the main gate"],
        ["CLEAR", "Contract: each said what they wanted from the walk. Listen/Explore: at each ride, how the morning checks will run with new hosts, what slows them down. Action: agreed a checks order for opening week. Review: what each would do differently on day one."],
        ["Actions", "M1 – write up the checks order and brief it. M2 – trial it on Family Zone for the soft-opening weekend."],
        ["Feedback", "M1 5/5 'best one yet'. M2 5/5 'good to hear how M1 does it'."],
    ),
    P("Session record 2 – observed session"),
    T(
        ["Date", "Monday 18 March"],
        ["Mentee", "M1 (observed by Rob Denholm, tutor)"],
        ["Time", "10:00 to 11:00"],
        ["Where", "Ops office"],
        ["CLEAR", "Contract: M1 wanted to talk about a host who keeps ignoring him. Explore: what he'd tried, what the host might be thinking, what Belbin told him about his own style. Action: a one-to-one with the host this week using questions, not instructions. Review: M1 summarised."],
        ["Feedback", "M1 4/5 'a bit weird with Rob there but useful'."],
    ),
    H(1, "Appendix D – Supervision records"),
    T(
        ["Date", "Type", "Length", "What we covered", "Outcome"],
        ["27 Feb", "Tutor supervision, Teams", "1 hr 15 mins", "Being a mentor to people I line manage; the cancelled session; CLEAR.", "Send the agreement before first sessions; use the Contract stage every time."],
        ["18 Mar", "Observation debrief (after M1's session)", "11:15 – 11:45", "Rob's observation: good questions, but I answered two of them myself; good summary at the end.", "Count to five after questions; let M1 summarise."],
        ["30 Apr", "Tutor visit to the park", "10:00 – 11:30", "Log and reflections; how to end well; my own development.", "Plan an ending session with each; write a six-month development plan."],
    ),
    P("""Not included: my monthly 1-2-1 with the Park Operations Director. We sometimes talk about the
      mentoring, but it's line management, not course supervision."""),
    H(1, "Appendix E – Feedback scores"),
    T(
        ["Date", "Mentee", "Score /5", "Comment"],
        ["5 Feb", "M1", "3", "Long on paperwork"],
        ["6 Feb", "M2", "3", "Not sure what to say yet"],
        ["19 Feb", "M1", "4", "Belbin was spot on"],
        ["22 Feb", "M2", "4", "Audit showed me the absence thing"],
        ["4 Mar", "M1 / M2", "5 / 5", "Best one yet / good to hear how M1 does it"],
        ["18 Mar", "M1", "4", "A bit weird with Rob there"],
        ["26 Mar", "M2", "4", "Glad you were straight with me"],
        ["8 Apr", "M1", "3", "Felt rushed"],
        ["9 Apr", "M2", "3", "You were on the radio"],
        ["22 Apr", "M1", "4", "Felt rushed again but useful"],
        ["23 Apr", "M2", "5", "I worked it out myself"],
        ["7 May", "M1", "5", "Better after close"],
        ["8 May", "M2", "5", "Want to keep meeting"],
    ),
]

CASE = Case(
    name="zc_a_8587_304_theme_park_docx",
    unit="8587-304",
    kind="portfolio",
    files=[
        SourceFile("Dawn Whitfield 304 portfolio.docx", MAIN),
        SourceFile("Dawn Whitfield 304 appendices.docx", APPENDICES),
    ],
    labels={
        "1.1": "which comes to 14 hours on paper so I have room",
        "1.2": "have every ride in his zone pass its daily checks sign-off by 09:30",
        "1.3": "nothing said in mentoring is used in their probation review",
        "2.1": "changed his goal from 'reduce absence' to 'do every return-to-work myself'",
        "2.2": "we contracted at the gate on what each of them wanted",
        "2.3": "so it was outside our confidentiality, and I told him so",
        "2.4": "First contact was an e-mail to both of them on 29 January",
        "3.1": "I realised I'd moved from mentor to sounding board",
        "3.2": "Because M1 wrote twice that sessions felt rushed in opening week",
        "3.3": "the silences are where they did their thinking",
        "3.4": "from the observation debrief (18 March) I stopped answering my own questions",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": True,
        "identifying": [],
        # Held: 70 + 50 + 75 + 90 + 135 (joint, once) + 60 + 80 + 45 + 75 + 90 + 60 + 70 + 55 = 955;
        # 20 Feb cancelled, 19 Mar DNA, 20 May booked.  Her running total jumps 680 -> 780 on 22 Apr
        # (+100 for 90), so "965 minutes" is 10 too high.  App. C records repeat 4 Mar and 18 Mar.
        # Not: the evacuation drill (~40 min) and the safety meeting M1 shadowed.
        "minutes": 955,
        "sessions": 13,
        "individuals": 2,
        # 27 Feb "1 hr 15 mins" = 75; 18 Mar debrief 11:15-11:45 = 30; 30 Apr 10:00-11:30 = 90.
        # Not the monthly 1-2-1 with the Park Operations Director.
        "supervision_minutes": 195,
    },
    about="Theme park ride operations manager; 304 portfolio in two DOCX (AC-headed main file with signed cover and matrix, appendices with plan, log, records, supervision and scores); Booked/Held clock-range log with a running total that goes 10 too high, cancelled, DNA and booked rows, a joint session with both mentees, two sessions again as records, a drill and shadowing not counted, a line-manager 1-2-1 not supervision; clean.",
)
