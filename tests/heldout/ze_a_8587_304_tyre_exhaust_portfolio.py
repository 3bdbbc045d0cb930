"""8587-304 extended mentoring: a tyre and exhaust centre manager, portfolio of a main DOCX and an appendix PDF.

Darren Royle manages the Dewsbury branch of Tread & Pipe Autocentres, a regional chain of tyre,
exhaust, brakes and MOT centres. From March to June 2025 he mentors his new Assistant Centre
Manager "M1" (came from retail) and a fitter, "M2", who wants to become Senior Technician. M2
hands his notice in after three sessions and leaves; with his tutor's agreement Darren takes on
another fitter, "M3", in his place. The main file is a DOCX with a cover table (signed
declaration), an evidence matrix, and each criterion's wording pasted as a heading with his answer
under it. The appendices are a PDF he printed from Word: the plan, the agreement summary, a
timesheet extract (his actual branch timesheet, with the mentoring rows coded MENT among all his
other work), two session records and the feedback cards.

Traps: the practice log is a timesheet with other work mixed in (OPS, H&S, a stock count, an area
manager visit), hours as decimals ("1.25", "0.75", "2.00") beside start and finish times, and
"Week total" rows that add up all his working hours. The cancelled 19 March M2 row (ramp failure)
still carries "1.00" in the Hrs column, and his main-document total "17.5 hours of mentoring"
includes it (truth 16.5). M2's row for 16 April "not held, left 11 Apr"; M3's 15 May a DNA (went
home sick); M3's 12 June booked after hand-in. A joint session with M1 and M3 (one session, two
individuals). The observed session and the joint session again as session records in the
appendix. Tutor contact coded SUP in the timesheet: a Teams supervision, the feedback after the
observation, a visit. Not counted, by him: the toolbox talk to all fitters (H&S), and M1 watching
him handle a complaint on 23 May (coded OPS, "shadowing – not counted"). A WhatsApp exchange with
the tutor about replacing M2 has no length.

Planted (2), both in the appendix PDF's timesheet: M2's real first name in the note on his last
session, "Kyle's handed his notice in", and a customer's mobile number in an OPS row, "07700
900413". Not identifying: Darren; M1/M2/M3; his tutor Angela Price (cover, 3.4, the SUP rows);
"the area manager"; Tread & Pipe, Dewsbury; Belbin, Egan, Honey and Mumford.

Declaration: cover table "I confirm that this portfolio is all my own work – D. Royle": True.
Evidence matrix: True.

Practice truth (Appendix 2, MENT rows with a finish time):
  Mon 3 Mar   M1 14:00-15:00 1.00 = 60
  Wed 5 Mar   M2 16:00-16:45 0.75 = 45
  Mon 17 Mar  M1 14:00-15:15 1.25 = 75
  Wed 19 Mar  M2 CANCELLED (ramp) "1.00" -> excluded
  Fri 21 Mar  M2 12:30-13:30 1.00 = 60 (rebooked)
  Mon 31 Mar  M1 14:00-15:30 1.50 = 90
  Wed 2 Apr   M2 16:00-17:00 1.00 = 60 (last one)
  Wed 16 Apr  M2 not held, left 11 Apr -> excluded
  Thu 17 Apr  M3 16:00-16:45 0.75 = 45 (first meeting: counts)
  Mon 28 Apr  M1 14:00-15:00 1.00 = 60 (observed: counts)
  Thu 1 May   M3 16:00-17:15 1.25 = 75
  Mon 12 May  M1 + M3 13:00-15:00 2.00 = 120 (joint: one session)
  Thu 15 May  M3 DNA -> excluded
  Mon 19 May  M1 14:00-15:30 1.50 = 90
  Thu 22 May  M3 16:00-17:30 1.50 = 90
  Mon 2 Jun   M1 14:00-15:00 1.00 = 60
  Thu 5 Jun   M3 16:00-17:00 1.00 = 60
  Thu 12 Jun  M3 booked, after hand-in -> excluded
  60 + 45 = 105, + 75 = 180, + 60 = 240, + 90 = 330, + 60 = 390, + 45 = 435, + 60 = 495,
  + 75 = 570, + 120 = 690, + 90 = 780, + 90 = 870, + 60 = 930, + 60 = 990.
  minutes 990 (16.5 hrs); sessions 14; individuals 3 (M1, M2, M3; "Kyle" is M2).
  His "17.5 hours" adds the cancelled row's 1.00.
  Not: toolbox talk (H&S, all fitters), 23 May complaint shadowing (OPS), Week total rows,
  the App. 3 records (repeat 28 Apr and 12 May).
  Supervision (SUP rows): Tue 25 Mar Teams 10:00-11:00 = 60; Mon 28 Apr feedback 15:10-15:40 = 30;
  Tue 10 Jun visit 10:00-11:00 = 60.  60 + 30 + 60 = 150.  The WhatsApp messages have no length.
  supervision_minutes 150.
"""

from corpus.case import Case, H, P, SourceFile, T

MAIN = [
    H(0, "Unit 304 – Undertaking an Extended Period of Mentoring within an Organisational Context"),
    T(
        ["Learner", "Darren Royle"],
        ["Employer", "Tread & Pipe Autocentres – Dewsbury branch"],
        ["Job role", "Centre Manager"],
        ["Tutor", "Angela Price"],
        ["Files", "This document + Appendices 1–4 (PDF)"],
        ["Declaration", "I confirm that this portfolio is all my own work – D. Royle, 11/06/2025"],
    ),
    H(1, "Evidence matrix"),
    T(
        ["AC", "Evidence", "Where"],
        ["1.1", "Plan", "1.1 below; Appendix 1"],
        ["1.2", "Goals", "1.2; Appendix 1"],
        ["1.3", "Mentoring agreement", "1.3; Appendix 1"],
        ["2.1", "Belbin, skills matrix", "2.1"],
        ["2.2", "Egan Skilled Helper", "2.2; Appendix 3"],
        ["2.3", "Skills and ethics", "2.3"],
        ["2.4", "Timesheet extract, session records", "2.4; Appendices 2 and 3"],
        ["3.1", "Reflections", "3.1"],
        ["3.2", "Feedback cards", "3.2; Appendix 4"],
        ["3.3", "Communication", "3.3"],
        ["3.4", "Supervision", "3.4; Appendix 2 (SUP rows)"],
    ),
    H(1, "About the centre"),
    P("""We're a six-bay centre doing tyres, exhausts, brakes, batteries, alignment and MOTs, with
      seven fitters, an apprentice, two on the front desk, me and the assistant manager. Most of our
      work is walk-in or booked online the day before, so the day is unpredictable: a coach firm
      brings in three vehicles at once or a ramp goes down and everything moves. That shaped how I
      planned the mentoring. I was asked by the area manager to mentor the new assistant manager
      (M1), who came to us from running a phone shop, and I offered a second place to one of the
      fitters who'd asked about progression (M2)."""),

    H(1, "1.1 Produce a plan for effective mentoring to take place for 12 hours"),
    P("""The plan (Appendix 1) was two one-hour sessions a month with each of them for four months,
      March to June, which is 16 hours on paper, so I had slack for cancellations, plus one joint
      session in the bays on quoting. M1's sessions are Monday afternoons at 2, after the morning
      rush. The fitters' sessions are at 4pm midweek in the last hour of their shift, so they're
      not losing money on bonus jobs. We use the customer waiting room when it's quiet or the
      office with the door shut. I put every session on my timesheet as MENT so I could prove the
      hours, and blocked the time on the bay planner so the front desk wouldn't book me out."""),
    H(1, "1.2 Agree appropriate topics, goals and/or outcomes relevant to the context of individual(s) being mentored"),
    P("""M1 (agreed 3 and 17 March): to run the centre on his own on Saturdays from May; to lift his
      quote-to-job conversion from 55% to 65% by the end of May (the company tracks this weekly);
      and to handle a customer complaint to the end without handing it to me. M2 (agreed 5 and
      21 March): to pass his MOT tester training and take over as second tester by the summer. M3
      (agreed 17 April and 1 May): to take the Level 3 diagnostics course and to be the one who
      supervises the apprentice on exhausts, which means explaining things rather than doing them.
      All three have numbers or dates against them so we'd know if we got there."""),
    H(1, "1.3 Agree an appropriate and confidential contract with individual(s) and other stakeholders"),
    P("""Each mentee signed the company's mentoring agreement (summary in Appendix 1), and the area
      manager signed it as sponsor for M1. The key points: what we talk about stays between us,
      the mentoring notes never go in their personnel file, and I won't use anything from a
      session in an appraisal, even though I do their appraisals. The exception is safety – if
      something puts a customer or a fitter at risk I have to act, and I said that plainly in
      each first session because in a tyre bay it isn't hypothetical. We also agreed they set the
      agenda, and that either side can end it. When M2 left I ended his agreement in the 2 April
      session and started a new one with M3."""),

    H(1, "2.1 Use diagnostic or assessment tools to effectively mentor within an organisational context"),
    P("""I used a Belbin questionnaire and our own technician skills matrix. M1 came out as a
      Resource Investigator and Plant, which explained why he's brilliant at chatting to customers
      and bad at following up quotes – he loses interest once the conversation's over. That led
      straight to his conversion goal and a follow-up routine. For the fitters I used the skills
      matrix, which rates each of them 1–4 on 20 tasks; M3 rated himself 4 on exhausts and 1 on
      'can teach this task to someone else', which is where his apprentice goal came from. I also
      tried the Honey and Mumford learning styles with M1 but we didn't get much from it."""),
    H(1, "2.2 Use a recognised model of mentoring during the mentoring process which supports the individual(s) to achieve their goals"),
    P("""I used Egan's Skilled Helper model because it's three stages I could remember under
      pressure: what's going on (current picture), what do you want instead (preferred picture),
      and how will you get there (the way forward). With M1 the current picture stage was the
      useful one, because once we'd gone through his quotes for a week he could see that most
      lost jobs were ones he'd never rung back. With M3 the joint session on 12 May was the way
      forward stage done for real – walking the bays with M1 and working out between them who
      says what to a customer about an exhaust quote (record in Appendix 3)."""),
    H(1, "2.3 Demonstrate the knowledge, skills and behaviours of an effective and ethical mentor, including communication techniques of questioning and listening"),
    P("""I know the trade but I had to learn the difference between telling and mentoring. The skill
      I worked on most was asking instead of telling – 'what would you do?' before 'here's what I'd
      do'. I used open questions and summarising, and I tried to listen to the end of the sentence,
      which Angela picked up on in the observation. The ethics came up on 22 May. M3 told me that
      on the day the torque wrench was away for calibration some wheel nuts were torqued by feel
      rather than with the wrench, by him and another fitter. That is a customer safety issue
      and outside our confidentiality, and I told him so there and then. We agreed he'd help me
      find the jobs on the system that afternoon so we could call the customers back in to
      re-torque, and he did. I kept the mentoring side separate from the disciplinary side by
      asking the area manager to handle any follow-up."""),
    H(1, "2.4 Record an auditable mentoring process from initial contact to completion"),
    P("""First contact with M1 was a conversation with the area manager and M1 in February; with the
      fitters it was a notice in the staff room asking who'd like a mentor, then a chat. Every
      session went on my branch timesheet the same day, so the record is the timesheet itself:
      Appendix 2 is the extract for the weeks with mentoring in, and the MENT rows are the mentoring
      (the rest is my normal work, left in so it can be checked against the company system). M2's
      rows stop when he left on 11 April and M3's start on the 17th. Two session records are in
      Appendix 3. From the timesheet that is 17.5 hours of mentoring across the three mentees, over
      the 12 needed."""),
    P("""Not counted: the toolbox talks (I do one most weeks for all the fitters, it's H&S) and on
      23 May M1 watched me deal with a complaint at the desk, which is on the timesheet as OPS
      because it was shadowing, not mentoring."""),

    H(1, "3.1 Reflect on each session and identify key learning to support continuous professional development"),
    P("""After each session I wrote three lines in my notebook: what went well, what didn't, what I'll
      change. The main points: 3 Mar (M1) – I did most of the talking. 5 Mar (M2) – short and
      awkward, he wasn't sure what mentoring was. 17 Mar (M1) – the role-play complaint worked.
      21 Mar (M2) – rebooked after the ramp, better; he opened up about the MOT course. 31 Mar (M1)
      – I realised I was trying to turn M1 into me; he does Saturdays differently and that's fine.
      2 Apr (M2) – he told me he was leaving; I was disappointed and had to not show it. 17 Apr
      (M3) – starting again with someone new was easier the second time. 28 Apr (M1, observed) –
      nerves, I rushed. 1 May (M3) – the skills matrix did the work. 12 May (joint) – the best
      session, they taught each other. 19 May (M1) – conversion up to 63%. 22 May (M3) – the torque
      issue. 2 Jun and 5 Jun – they both set the agenda and I mostly listened."""),
    H(1, "3.2 Gather ongoing feedback on effectiveness of their mentoring for each session and show evidence of this"),
    P("""At the end of every session the mentee scored it out of ten on a card and wrote one thing that
      helped and one thing that didn't; the cards are summarised in Appendix 4. M1's scores went
      from 6 to 9. His comment after 31 March ('stop telling me how you'd do Saturdays') stung but
      was fair and I changed how I ran the next one. M3's cards were mostly 8s, and his one 'didn't
      help' was when I took a phone call in a session, so my phone now goes in the drawer. The area
      manager's feedback as sponsor was M1's conversion figure and that he'd run two Saturdays
      alone without a single call to me."""),
    H(1, "3.3 Review and evidence own ability to use effective communication skills, including questioning, listening and giving feedback in order to facilitate mentoring practice"),
    P("""Questioning has improved the most: I used to ask 'why didn't you...?', which is an accusation
      in a tyre bay, and now I ask 'what got in the way?'. Listening is still my weak spot. I
      interrupt when a fitter is slow to get to the point, because I'm always half thinking about
      the bays, and Angela's observation showed it – I finished M1's sentences twice. Giving
      feedback: I'm direct, which the fitters like, but M1 wanted more of the why, so I've started
      saying what I saw, why it matters, and asking what he thinks."""),
    H(1, "3.4 Summarise the outcomes of on-going supervision for a minimum of two sessions of effective mentoring to improve practice"),
    P("""I had three contacts with Angela, all on the timesheet as SUP. 25 March (Teams, an hour): we
      talked about mentoring people I also manage, and she suggested writing the safety exception
      into the agreement, which I did. 28 April (the observation of M1 and half an hour of feedback
      after): Angela's feedback on the observation was blunt – good rapport, too much talking,
      finishing his sentences – and I've been working on it since. 10 June (her visit, an hour): we
      went through the timesheet and the records, how to end well with M1 and M3, and my plan to
      mentor the apprentice next year. We also messaged on WhatsApp when M2 left, and she agreed I
      could replace him with M3 and told me to note why in the portfolio, which is in 1.3."""),
]

APPENDICES = [
    H(0, "Appendices – Unit 304 – Darren Royle"),
    H(1, "Appendix 1 – Plan and agreement summary"),
    T(
        ["", "M1 (Assistant Centre Manager)", "M2 / M3 (fitters)"],
        ["When", "Mondays 14:00, twice a month, Mar–Jun", "Midweek 16:00, twice a month"],
        ["Length", "About an hour", "About an hour"],
        ["Where", "Office or waiting room", "Office or waiting room"],
        ["Joint", "One session with a fitter in the bays (quoting)", "Same"],
        ["Agreement", "Confidential except safety; notes not on file; mentee sets agenda; either side can end", "Same; M2's ended 2 Apr, M3's started 17 Apr"],
    ),
    H(1, "Appendix 2 – Timesheet extract (weeks with mentoring)"),
    P("Codes: MENT mentoring, SUP ILM supervision/tutor, OPS centre operations, H&S health and safety."),
    T(
        ["Date", "Start", "Finish", "Hrs", "Activity", "Code"],
        ["Mon 03/03", "08:00", "09:00", "1.00", "Open up, bookings", "OPS"],
        ["Mon 03/03", "14:00", "15:00", "1.00", "M1 – first meeting, agreement, goals", "MENT"],
        ["Tue 04/03", "07:45", "08:15", "0.50", "Toolbox talk – all fitters, TPMS", "H&S"],
        ["Wed 05/03", "16:00", "16:45", "0.75", "M2 – first meeting, agreement", "MENT"],
        ["Week total", "", "", "44.50", "", ""],
        ["Mon 17/03", "14:00", "15:15", "1.25", "M1 – Belbin, complaint role-play", "MENT"],
        ["Tue 18/03", "10:00", "10:30", "0.50", "Rang 07700 900413 (complaint)", "OPS"],
        ["Wed 19/03", "16:00", "17:00", "1.00", "M2 – CANCELLED, bay 3 ramp down", "MENT"],
        ["Fri 21/03", "12:30", "13:30", "1.00", "M2 – rebooked from Wed", "MENT"],
        ["Week total", "", "", "46.00", "", ""],
        ["Tue 25/03", "10:00", "11:00", "1.00", "ILM supervision – Angela (Teams)", "SUP"],
        ["Thu 27/03", "09:00", "12:00", "3.00", "Stock count – tyres", "OPS"],
        ["Week total", "", "", "42.25", "", ""],
        ["Mon 31/03", "14:00", "15:30", "1.50", "M1 – Saturday cover plan", "MENT"],
        ["Wed 02/04", "16:00", "17:00", "1.00", "M2 – Kyle's handed his notice in. Ending.", "MENT"],
        ["Thu 03/04", "11:00", "13:00", "2.00", "Area manager visit", "OPS"],
        ["Week total", "", "", "45.00", "", ""],
        ["Wed 16/04", "16:00", "", "", "M2 – not held, left 11 Apr", "MENT"],
        ["Thu 17/04", "16:00", "16:45", "0.75", "M3 – first meeting (replaces M2)", "MENT"],
        ["Week total", "", "", "38.00", "", ""],
        ["Mon 28/04", "14:00", "15:00", "1.00", "M1 – observed by Angela", "MENT"],
        ["Mon 28/04", "15:10", "15:40", "0.50", "ILM – Angela's feedback on obs", "SUP"],
        ["Thu 01/05", "16:00", "17:15", "1.25", "M3 – skills matrix, goals", "MENT"],
        ["Week total", "", "", "44.75", "", ""],
        ["Mon 12/05", "13:00", "15:00", "2.00", "M1 + M3 joint – quoting, bays 1–4", "MENT"],
        ["Thu 15/05", "16:00", "", "–", "M3 – DNA, went home sick", "MENT"],
        ["Week total", "", "", "43.50", "", ""],
        ["Mon 19/05", "14:00", "15:30", "1.50", "M1 – conversion figures", "MENT"],
        ["Thu 22/05", "16:00", "17:30", "1.50", "M3 – apprentice; torque issue", "MENT"],
        ["Fri 23/05", "14:00", "14:30", "0.50", "Complaint – M1 watching (shadowing, not counted)", "OPS"],
        ["Week total", "", "", "47.00", "", ""],
        ["Mon 02/06", "14:00", "15:00", "1.00", "M1 – review and ending", "MENT"],
        ["Thu 05/06", "16:00", "17:00", "1.00", "M3 – review", "MENT"],
        ["Week total", "", "", "41.00", "", ""],
        ["Tue 10/06", "10:00", "11:00", "1.00", "ILM – Angela's visit", "SUP"],
        ["Thu 12/06", "16:00", "17:00", "", "M3 – booked (after hand-in)", "MENT"],
    ),
    H(1, "Appendix 3 – Session records"),
    P("Record 1 – Monday 28 April, M1, observed by Angela Price"),
    T(
        ["Time", "14:00 – 15:00, office"],
        ["Current picture", "Ran his first Saturday alone. Two comebacks on balancing, one complaint he passed to me by phone."],
        ["Preferred picture", "A Saturday with no calls to me."],
        ["Way forward", "Write a Saturday checklist with the senior fitter; ring me only for safety."],
        ["Card", "7/10 – 'nervous with Angela there'"],
    ),
    P("Record 2 – Monday 12 May, M1 and M3 together"),
    T(
        ["Time", "13:00 – 15:00, bays 1–4 and front desk"],
        ["Current picture", "Exhaust quotes lost because the desk and the fitter tell the customer different things."],
        ["Preferred picture", "One story: fitter shows the customer the part, desk gives the price."],
        ["Way forward", "M3 to show M1 what to look for on a blow; M1 to change the quote script."],
        ["Cards", "M1 9/10, M3 8/10"],
    ),
    H(1, "Appendix 4 – Feedback cards"),
    T(
        ["Date", "Mentee", "Score /10", "Helped / didn't"],
        ["03/03", "M1", "6", "Clear about what mentoring is / long"],
        ["05/03", "M2", "6", "– / didn't know what to say"],
        ["17/03", "M1", "8", "Role-play / –"],
        ["21/03", "M2", "8", "Talking about the MOT course / –"],
        ["31/03", "M1", "6", "– / stop telling me how you'd do Saturdays"],
        ["02/04", "M2", "7", "Honest / –"],
        ["17/04", "M3", "7", "Relaxed / –"],
        ["28/04", "M1", "7", "Checklist idea / nervous with Angela there"],
        ["01/05", "M3", "8", "The matrix / you took a call"],
        ["12/05", "M1 / M3", "9 / 8", "Doing it in the bays / –"],
        ["19/05", "M1", "9", "Seeing the numbers / –"],
        ["22/05", "M3", "8", "– / –"],
        ["02/06", "M1", "9", "I led it / –"],
        ["05/06", "M3", "8", "Planning the apprentice bit / –"],
    ),
]

CASE = Case(
    name="ze_a_8587_304_tyre_exhaust_portfolio",
    unit="8587-304",
    kind="portfolio",
    files=[
        SourceFile("D Royle Unit 304.docx", MAIN),
        SourceFile("D Royle Unit 304 Appendices.pdf", APPENDICES),
    ],
    labels={
        "1.1": "two one-hour sessions a month with each of them",
        "1.2": "quote-to-job conversion from 55% to 65%",
        "1.3": "the mentoring notes never go in their personnel file",
        "2.1": "a Belbin questionnaire and our own technician skills matrix",
        "2.2": "three stages I could remember under pressure",
        "2.3": "torqued by feel rather than with the wrench",
        "2.4": "the MENT rows are the mentoring",
        "3.1": "I was trying to turn M1 into me",
        "3.2": "scored it out of ten on a card",
        "3.3": "interrupt when a fitter is slow to get to the point",
        "3.4": "Angela's feedback on the observation was blunt",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": True,
        "identifying": ["Kyle", "07700 900413"],
        # MENT rows held: 60 + 45 + 75 + 60 (21 Mar) + 90 + 60 + 45 (M3 first) + 60 (observed) + 75
        # + 120 (M1 + M3 joint, once) + 90 + 90 + 60 + 60 = 990 (16.5 hrs).  Not 19 Mar (cancelled,
        # "1.00" left in), 16 Apr (M2 gone), 15 May DNA, 12 Jun booked; not OPS/H&S/Week total rows.
        # His "17.5 hours" includes the cancelled row.
        "minutes": 990,
        "sessions": 14,
        "individuals": 3,
        # SUP rows: 60 (25 Mar) + 30 (feedback on obs) + 60 (10 Jun visit) = 150.
        "supervision_minutes": 150,
    },
    about="Tyre and exhaust centre manager; 304 portfolio of a DOCX (criterion wording as headings, signed cover, matrix) and an appendix PDF whose log is his branch timesheet with mentoring coded MENT among other work, decimal hours, week totals, a cancelled row still carrying 1.00 in his total, a mentee who leaves and is replaced, a joint session, a DNA and a booked row; planted mentee first name and a customer's mobile in the timesheet.",
)
