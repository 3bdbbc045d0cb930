"""8587-302 Undertaking an Extended Period of Coaching: a grain merchant's operations manager, two PDFs (portfolio and a spreadsheet log export).

Marcus Fenwick is operations manager at an agricultural merchant's grain store in
Lincolnshire. He coaches two people for the unit, "Coachee A" (a trainee grain buyer) and
"Coachee B" (the weighbridge supervisor). His portfolio is one PDF with numbered headings
answering every AC; his coaching log is a second PDF printed from his Excel workbook, so
the sheet's print title (file name and sheet) and the column header row repeat at the top
of each page; page 2 holds only the last session and the totals. The "Hours" column is in
decimal hours (0.75, 1.25, 1.50). The log mixes every row type in one Type column: a three-way chemistry meeting with Coachee A and his Head of
Trading that Marcus marks "not coaching - not counted" (and says again in 1.3), a session
cancelled for harvest intake (0.00), two supervision rows, and two SUMIF total rows at the
end (coaching 14.25, supervision 2.50), which restate the rows and are never added.

Planted (2): Coachee B's first name signing a feedback comment he quotes ("Shona"), and a
haulier's driver by full name in his reflection ("Dave Pickering"). Clean but tricky: his
own name on both files, the external supervisor by role only, the Head of Trading by role,
places (Boston, Spalding, Lincoln, Sutterton, the Wash), Red Tractor, the company
("Fosdyke Grain"), GROW (Whitmore), the Wheel of Work and the company's colour profile.

Assessor's arithmetic, row by row (log PDF, Hours column in decimals; start/finish agree):
  r1  02/09 A  Chemistry (3-way) 0.75  "not coaching - not counted"   -> excluded (his word)
  r2  09/09 A  Coaching 08:00-09:00 1.00                               -> 60
  r3  10/09 B  Coaching 14:00-15:15 1.25                               -> 75
  r4  23/09 A  Coaching 08:00-09:30 1.50                               -> 90
  r5  24/09 B  Cancelled (harvest intake) 0.00                         -> excluded
  r6  01/10 B  Coaching 14:00-15:00 1.00                               -> 60
  r7  07/10 A  Coaching 08:00-09:15 1.25                               -> 75
  r8  14/10 -  Supervision 16:00-17:00 1.00                            -> supervision 60
  r9  15/10 B  Coaching 14:00-15:30 1.50                               -> 90
  r10 04/11 A  Coaching 08:00-09:00 1.00                               -> 60
  r11 05/11 B  Coaching 14:00-15:15 1.25                               -> 75
  r12 18/11 A  Coaching 08:00-09:30 1.50                               -> 90
  r13 19/11 B  Coaching 14:00-15:00 1.00                               -> 60
  r14 02/12 -  Supervision 10:00-11:30 1.50                            -> supervision 90
  r15 09/12 A  Coaching 08:00-09:00 1.00                               -> 60
  (page 2: print title and header row repeated)
  r16 10/12 B  Coaching 14:00-15:00 1.00                               -> 60
  "Total coaching hours" 14.25 and "Total supervision hours" 2.50 -> totals, never added.
  minutes 60+75+90+60+75+90+60+75+90+60+60+60 = 855 (= 14.25 h, matches his total);
  sessions 12; individuals 2 (A and B; "Shona" is B).
  supervision 60 + 90 = 150 (the same two sessions retold in 3.4, not again).
"""

from corpus.case import B, Case, H, P, SourceFile, T

PORTFOLIO = [
    H(0, "ILM Level 3 Certificate in Effective Coaching and Mentoring"),
    P("Unit 8587-302 Undertaking an Extended Period of Coaching within an Organisational Context"),
    P("Learner: Marcus Fenwick, Operations Manager, Fosdyke Grain Ltd (Boston store)"),
    P("""My coaching log is in the separate PDF (printed from my Excel workbook). My two
      coachees are called Coachee A and Coachee B in this portfolio and in the log."""),

    H(1, "1.1 Plan for 12 hours of coaching"),
    P("""Our business buys wheat, barley and oilseed rape from about 400 farms between Spalding
      and the Wash, dries and stores it, and sells it on to mills and maltsters. Coachee A is a
      trainee grain buyer, eighteen months in, who is good with numbers but goes quiet on the
      phone to older growers. Coachee B is our weighbridge supervisor, promoted from the
      intake team last spring and now managing four people she used to work beside."""),
    P("""I planned six sessions each, of an hour to an hour and a half, which gives a little over
      twelve hours between the two of them. Harvest is impossible (the store runs 6am to
      midnight from late July to mid September), so I planned to start the first week of
      September and finish before the Christmas shutdown. Coachee A at 8am on Mondays before
      the market report comes out, Coachee B at 2pm on Tuesdays when the lorries thin out. All
      sessions in the small meeting room above the lab, not my office, so it does not feel like
      being called in. Resources: coaching agreement, the Wheel of Work, the colour profile the
      company already paid for, a session record sheet and my Excel log."""),

    H(1, "1.2 Agreed topics and goals"),
    P("""I asked each of them in the first session what a good end of year would look like,
      and only then shared what the business needed, so the goals started from them. Coachee A
      wanted to "stop dreading Monday calls". We turned that into: to make his own weekly calls
      to his 40 growers without the senior buyer sitting in by the end of November, and to
      close at least five forward contracts himself before Christmas. Coachee B wanted her
      team to stop going round her to the intake manager. Her goals were to run a ten-minute
      shift handover every day with her team, and to hold one difficult conversation about
      timekeeping herself instead of passing it up. Both goals sheets were signed and copied
      to their managers (goals only, nothing else)."""),

    H(1, "1.3 Contract"),
    P("""Each coachee signed a coaching agreement covering the number and length of sessions,
      rearranging with a day's notice (harvest or breakdowns excepted), how notes are kept,
      and confidentiality. Confidentiality has three exceptions written in: anything unsafe on
      site, anything illegal, and anything that breaches our Red Tractor or food safety rules.
      Because Coachee B is in my line, the agreement also says that coaching notes are never
      used in her appraisal. For the stakeholders, I held a short three-way chemistry meeting
      with Coachee A and the Head of Trading on 2 September so he could agree the broad aims.
      That was a meeting about the coaching, not coaching, so I have kept it in the log but not
      counted it. Coachee B's manager is me, so her agreement has a line signed by our site
      director instead."""),

    H(1, "2.1 Diagnostic and assessment tools"),
    P("""Two tools. The Wheel of Work, which I used with both in session one: eight segments
      scored out of ten. Coachee A scored himself nine on market knowledge and three on
      relationships with growers, which told us the problem was confidence on the phone, not
      knowledge. Secondly the colour profile the company uses for all managers. Coachee B came
      out very strongly on the steady, supportive side, which made sense of why telling an old
      friend he was late again felt impossible to her. We used that to plan how she would open
      the conversation in her own style rather than copy mine. With Coachee A I also used a
      simple confidence scale (1-10) at the start of every session, recorded in the log
      notes."""),

    H(1, "2.2 Coaching model"),
    P("""I used GROW (Whitmore) throughout, with a short review of last time's actions at the
      start. An example from Coachee B on 15 October. Goal: get her team to come to her first.
      Reality: the lads on intake still rang the intake manager because that was the habit of
      ten years. Options: she came up with a daily handover, a notice on the weighbridge door,
      or asking the intake manager to send calls back to her. Will: she chose the handover and
      the intake manager's help, and by early November the calls to him had stopped. With
      Coachee A the Will stage was the turning point, because saying out loud "I will ring the
      three farms on the Sutterton road by Friday" made it real in a way a to-do list did
      not."""),

    H(1, "2.3 Knowledge, skills and behaviours"),
    P("""Knowledge: I know the grain trade and our site inside out, which is a risk as well as a
      help, because I am tempted to just tell them. Skills: I worked hard at open questions and
      at listening without planning my answer. With Coachee A I asked "What happens in your
      head when a grower says your price is rubbish?" and then said nothing for what felt like
      a minute. He told me he freezes because he thinks they are comparing him with the man
      who bought from them for thirty years. I reflected that back and we worked from there.
      Behaviours: I kept every session even during drilling, kept confidences, and when
      Coachee B told me something about a colleague's drinking I explained the safety exception
      in our contract and we agreed together how she would raise it with HR."""),

    H(1, "2.4 Auditable record of the coaching"),
    P("""The coaching log (separate PDF) runs from the first contact to the closing sessions in
      December. It is printed straight from the Excel workbook I kept on the shared drive, so
      every row shows the type of entry, the time and the hours as a decimal. The Type column
      separates real coaching from the other entries, and the two totals at the bottom are
      SUMIFs on that column, so the cancelled session, the supervision and the chemistry
      meeting are not in the coaching total. Behind each row is a one-page session record with
      the coachee's actions and their initials, which I can show at the assessment."""),

    H(1, "3.1 Reflection and key learning"),
    P("""I wrote a short reflection after every session, straight after, on the back of the
      session record: what went well, what I would change, what I learnt about myself. My
      biggest learning came from session four with Coachee A. A lorry from our haulier had
      tipped wheat in the wrong bay that morning and I was still angry with the driver, Dave
      Pickering, when the session started. I spent ten minutes telling Coachee A about it.
      That night I wrote that I had turned his hour into my hour. Since then I walk round the
      yard before every session and leave the day's problems at the bottom of the stairs. Key
      learning for my CPD: I rush to fill silence, I ask two questions at once when I am unsure,
      and I coach better in the morning than at 2pm when my head is full of lorries."""),

    H(1, "3.2 Feedback on my coaching"),
    P("""At the end of every session I asked two questions and wrote the answers in the log
      notes: "What was most useful today?" and "What should I do differently next time?" Both
      coachees also filled in a short form after sessions three and six. Coachee A's most
      useful moments were always the role plays. Coachee B's form after the final session
      said: "You let me get there myself, even when I was slow. Thanks for sticking with it.
      Shona". My external supervisor watched a recording of one session (with consent) and
      told me I summarised well but challenged too little. I acted on that by adding one
      "what would you say to someone else in your shoes?" question to each session."""),

    H(1, "3.3 Review of my communication skills"),
    P("""Questioning: at the start my questions were long and closed ("Don't you think you
      should ring them before harvest?"). By November most were short and open, and I used
      scaling questions with Coachee A every week. Listening: I learnt to stay with the silence.
      The clearest example is the grower question above, where the silence got me the real
      issue. I still sometimes listen for a gap to speak rather than to understand, which my
      supervisor spotted. Giving feedback: I used to soften it so much that the point got lost.
      With Coachee B I learnt to ask first how she thought the handover had gone, then say one
      thing that worked and one thing to change, specifically, with an example. She said this
      was the first time feedback from me had not felt like a telling-off."""),

    H(1, "3.4 Supervision"),
    P("""I had two supervision sessions with an external coach supervisor found through the
      centre. The first, on Teams on 14 October, was an hour. We talked about coaching someone I
      manage, and the outcome was that I open every session with Coachee B by saying which hat I
      am wearing, and write that in the agreement's review. The second was face to face in
      Lincoln on 2 December for an hour and a half. We went through the drinking concern and
      whether I had handled the confidentiality exception properly (she thought yes, but I should
      have recorded the conversation the same day), and we looked at my habit of rescuing
      Coachee A when he got stuck. The outcome I took away is to count to five before I help,
      and to ask my next coachees for feedback in writing as well as out loud."""),

    P("""Declaration: I confirm that this portfolio and the attached log are my own work and that
      the coaching took place as recorded. Signed: M. Fenwick   Date: 13 January 2025"""),
]

HEADER = ["Ref", "Date", "Coachee", "Type", "Start", "End", "Hours", "Notes / actions"]

LOG = [
    H(3, "Fenwick_ILM302_coaching_log.xlsx - Log - Marcus Fenwick ILM 302 coaching hours"),
    T(
        HEADER,
        ["1", "02/09/2024", "A", "Chemistry (3-way)", "08:30", "09:15", "0.75",
         "Intro with A and Head of Trading. Not coaching - not counted"],
        ["2", "09/09/2024", "A", "Coaching", "08:00", "09:00", "1.00",
         "Agreement signed. Wheel of Work. Confidence 3/10"],
        ["3", "10/09/2024", "B", "Coaching", "14:00", "15:15", "1.25",
         "Agreement signed. Colour profile debrief. Goal: handovers"],
        ["4", "23/09/2024", "A", "Coaching", "08:00", "09:30", "1.50",
         "GROW - Monday calls. Action: ring 3 growers"],
        ["5", "24/09/2024", "B", "Cancelled", "", "", "0.00",
         "Harvest intake overran, rebooked 01/10"],
        ["6", "01/10/2024", "B", "Coaching", "14:00", "15:00", "1.00",
         "Handover plan. Action: try for 1 week"],
        ["7", "07/10/2024", "A", "Coaching", "08:00", "09:15", "1.25",
         "Role play: price objection. Confidence 5/10"],
        ["8", "14/10/2024", "-", "Supervision", "16:00", "17:00", "1.00",
         "Supervision 1 (Teams), external supervisor"],
        ["9", "15/10/2024", "B", "Coaching", "14:00", "15:30", "1.50",
         "GROW - team going round her. Action: ask intake mgr for help"],
        ["10", "04/11/2024", "A", "Coaching", "08:00", "09:00", "1.00",
         "Review goal 1, calls going well. Confidence 7/10"],
        ["11", "05/11/2024", "B", "Coaching", "14:00", "15:15", "1.25",
         "Prep for timekeeping conversation"],
        ["12", "18/11/2024", "A", "Coaching", "08:00", "09:30", "1.50",
         "Forward contracts - 3 closed. Scaling"],
        ["13", "19/11/2024", "B", "Coaching", "14:00", "15:00", "1.00",
         "Debrief of the conversation. Feedback from team"],
        ["14", "02/12/2024", "-", "Supervision", "10:00", "11:30", "1.50",
         "Supervision 2 (Lincoln), external supervisor"],
        ["15", "09/12/2024", "A", "Coaching", "08:00", "09:00", "1.00",
         "Final review, 6 contracts closed. Next steps"],
    ),
    H(3, "Fenwick_ILM302_coaching_log.xlsx - Log - Marcus Fenwick ILM 302 coaching hours"),
    T(
        HEADER,
        ["16", "10/12/2024", "B", "Coaching", "14:00", "15:00", "1.00",
         "Final review. Handovers daily. Close"],
        ["", "", "", "Total coaching hours", "", "", "14.25", "SUMIF Type = Coaching"],
        ["", "", "", "Total supervision hours", "", "", "2.50", "SUMIF Type = Supervision"],
    ),
]

CASE = Case(
    name="x_8587_302_grain_merchant_log_pdf",
    unit="8587-302",
    kind="portfolio",
    files=[
        SourceFile("Fenwick 302 portfolio.pdf", PORTFOLIO),
        SourceFile("Fenwick 302 coaching log.pdf", LOG),
    ],
    labels={
        "1.1": "Coachee B at 2pm on Tuesdays when the lorries thin out",
        "1.2": "to stop going round her to the intake manager",
        "1.3": "coaching notes are never used in her appraisal",
        "2.1": "scored himself nine on market knowledge and three on relationships",
        "2.2": "by early November the calls to him had stopped",
        "2.3": "explained the safety exception in our contract",
        "2.4": "the two totals at the bottom are SUMIFs on that column",
        "3.1": "I had turned his hour into my hour",
        "3.2": "told me I summarised well but challenged too little",
        "3.3": "the first time feedback from me had not felt like a telling-off",
        "3.4": "open every session with Coachee B by saying which hat",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        "identifying": ["Shona", "Dave Pickering"],
        # 60+75+90+60+75+90+60+75+90+60+60+60 = 855 (14.25 h); chemistry r1, cancelled r5, totals out
        "minutes": 855,
        "sessions": 12,
        "individuals": 2,
        # supervision rows r8 60 + r14 90 = 150
        "supervision_minutes": 150,
    },
    about="Grain merchant ops manager's 302: portfolio PDF plus an Excel log printed to PDF with the header row repeated per page, decimal Hours, a 3-way chemistry row marked not counted, a cancelled row, supervision rows and SUMIF total rows in the same log; coachee first name in a quoted comment and a haulier driver's full name planted.",
)
