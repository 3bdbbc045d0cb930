"""8587-302 extended coaching: a bus depot operations manager's Word portfolio, a log with a Type column and a footnoted row.

Marcus Oyelaran is operations manager at a bus depot and coaches two newly promoted duty
team leaders, called Coachee A and Coachee B. His portfolio answers 1.1 to 3.4 under the
AC numbers and short titles he typed himself ("AC 1.1 - the plan"). The log has a Type column:
Chemistry, Contracting, Coaching, Coaching (observed), Final review and Supervision. The
supervision rows sit in the same table with no coachee. One row, A's coaching on 3 March,
carries a footnote marker "(1)" and the footnote under the table says it turned into a rota
conversation and is not counted. B's 11 February session was cancelled (sick). The observed
session on 24 February was followed by a 30-minute debrief with the tutor, written in its
notes cell. His Total row says 20h30. Slip: a feedback table signs one comment with Coachee
B's real full name. Theorists (Whitmore, GROW, Hawkins), the bus company, places: not flagged.

Assessor's arithmetic (minutes):
  A: 06/01 chemistry 30 + 13/01 contracting 60 + 27/01 90 + 10/02 90 + 24/02 observed 75
     + 10/03 90 + 24/03 90 + 07/04 final 75 = 600 (8 sessions); 03/03 footnoted, not counted.
  B: 07/01 chemistry 30 + 14/01 contracting 60 + 28/01 90 + 17/02 90 + 04/03 105
     + 17/03 90 + 25/03 90 + 08/04 final 75 = 630 (8 sessions); 11/02 cancelled.
  minutes 600 + 630 = 1230 (= his Total 20h30); sessions 16; individuals 2.
  Supervision: 03/02 tutor 60 + 24/02 debrief after observation 30 + 31/03 tutor 60 = 150.
"""

from corpus.case import B, Case, H, P, SourceFile, T

LOG = T(
    ["Date", "Coachee", "Type", "Time", "Duration", "Notes"],
    ["06/01", "A", "Chemistry", "14:00-14:30", "30 min", "Are we a fit? Agreed to go ahead"],
    ["07/01", "B", "Chemistry", "14:00-14:30", "30 min", "As above"],
    ["13/01", "A", "Contracting", "10:00-11:00", "1 hr", "Contract signed, 3-way with depot manager for last 10 min"],
    ["14/01", "B", "Contracting", "10:00-11:00", "1 hr", "Contract signed"],
    ["27/01", "A", "Coaching", "13:30-15:00", "1 hr 30", "GROW - goal 1 (absence calls)"],
    ["28/01", "B", "Coaching", "13:30-15:00", "1 hr 30", "Wheel of work, goal setting"],
    ["03/02", "-", "Supervision", "16:00-17:00", "1 hr", "Tutor, college. See 3.4"],
    ["10/02", "A", "Coaching", "13:30-15:00", "1 hr 30", "Difficult conversation prep"],
    ["11/02", "B", "Coaching", "-", "-", "Cancelled, B off sick. Rebooked 17/02"],
    ["17/02", "B", "Coaching", "13:30-15:00", "1 hr 30", "Rebooked session. Delegation"],
    ["24/02", "A", "Coaching (observed)", "10:00-11:15", "1 hr 15", "Observed by tutor. 30 min debrief with tutor after, 11:30-12:00"],
    ["03/03", "A", "Coaching (1)", "13:30-14:30", "1 hr", "Rota changes"],
    ["04/03", "B", "Coaching", "13:30-15:15", "1 hr 45", "Handling the union rep"],
    ["10/03", "A", "Coaching", "13:30-15:00", "1 hr 30", "Review of goal 1, new goal 3"],
    ["17/03", "B", "Coaching", "13:30-15:00", "1 hr 30", "Delegation follow-up"],
    ["24/03", "A", "Coaching", "13:30-15:00", "1 hr 30", "Absence figures"],
    ["25/03", "B", "Coaching", "13:30-15:00", "1 hr 30", "Shift pattern proposal rehearsal"],
    ["31/03", "-", "Supervision", "16:00-17:00", "1 hr", "Tutor, Teams. See 3.4"],
    ["07/04", "A", "Final review", "10:00-11:15", "1 hr 15", "Goals reviewed, close"],
    ["08/04", "B", "Final review", "10:00-11:15", "1 hr 15", "Goals reviewed, close"],
    ["", "", "Total coaching", "", "20 hrs 30", "excl. supervision and (1)"],
)

FEEDBACK = T(
    ["Session", "What the coachee said"],
    ["A, 27/01", "Didn't expect to be asked so many questions, but I left with a plan. 4/5"],
    ["B, 28/01", "Good to look at everything at once on the wheel. 4/5"],
    ["A, 10/02", "Practising the words out loud helped. 5/5"],
    ["B, 17/02", "Felt a bit rushed at the end. 3/5"],
    ["B, 04/03", "This is the first time anyone has helped me with the union side - Leanne Purcell"],
    ["A, 24/03", "Useful to see the numbers going down. 4/5"],
    ["B, 08/04", "I'd do it again. More confident on the radio and in the office. 5/5"],
)

BLOCKS = [
    H(0, "Unit 302 - Undertaking an Extended Period of Coaching"),
    P("Learner: Marcus Oyelaran    Centre: Northgate Training    Depot: Hunslet Road"),

    H(1, "AC 1.1 - the plan"),
    P("""Two of our drivers were promoted to duty team leader in December and neither had managed
      people before. I offered each of them coaching over about three months, which I planned
      as a 30 minute chemistry meeting, an hour to contract, then roughly fortnightly sessions of
      an hour and a half, and a final review - around ten and a half hours each, so comfortably
      over twelve hours between the two of them even if a couple were lost. Sessions were
      booked on Mondays and Tuesdays after the morning peak in the small training room
      above the canteen, so there was no radio and no drivers knocking on the door."""),

    H(1, "AC 1.2 - topics and goals"),
    P("""Coachee A wanted to get on top of sickness absence calls, because the drivers on her
      shift ring in late and she was scrambling for cover every morning; her goal was to cut
      uncovered duties on her shift by half by April. Coachee B wanted to delegate the paperwork
      instead of staying two hours after every shift, and later added handling the union rep
      with confidence. We agreed these in the contracting session and revisited them at every
      third session."""),

    H(1, "AC 1.3 - contract"),
    P("""Each contract covered how often we met, confidentiality, what I would and would not pass
      to the depot manager, and that I was their coach in that room and their manager outside
      it. Because I am their second line manager, we wrote in that nothing said in coaching
      would be used in their probation. The depot manager joined the last ten minutes of the
      contracting meeting with A and agreed to the confidentiality clause in writing; he did
      the same by e-mail for B."""),

    H(1, "AC 2.1 - diagnostic tools"),
    P("""For B I used a wheel of work with eight spokes (workload, team, boss, skills and so on)
      scored out of ten; B scored "paperwork" at 2 and that became the first goal. For A I
      used the depot's own absence data as the diagnostic: we pulled up the last eight weeks of
      uncovered duties by day and she saw for herself that Mondays were the problem."""),

    H(1, "AC 2.2 - coaching model"),
    P("""I used GROW with both, because it is simple enough for a first-time coachee to
      follow. With A, the Reality stage was the eye opener: she realised she was waiting for
      calls rather than phoning round the spare drivers at six, and that became her Way
      Forward. I did not stick to it rigidly; with B some sessions were mostly Options."""),

    H(1, "AC 2.3 - skills and ethics"),
    P("""The hardest thing ethically was being their manager as well. When B told me about a
      driver she thought was drinking, I stopped the session and said that was a safety matter
      I could not keep in the room, which we had agreed in the contract, and we agreed together
      how she would report it. On listening, I practised not reaching for the rota on the desk,
      and asking "what else?" at least twice before moving on."""),

    H(1, "AC 2.4 - record of the coaching process"),
    P("""The log below runs from the chemistry meetings in January to the final reviews in April.
      Everything else (contracts, GROW sheets, feedback forms) is in the appendix folder,
      indexed by date to match the log."""),
    LOG,
    P("""(1) This session was booked as coaching but A came in upset about next month's rota and
      we spent the hour sorting it. That was me as her manager, so I have not counted it as
      coaching."""),

    H(1, "AC 3.1 - reflection after each session"),
    P("""I wrote a short reflection after each session on the back of the GROW sheet. The key
      learning that repeated was that I talk too soon; after 10/02 I wrote "let her get there".
      After 04/03 I noted that B had come with her own agenda for the first time, which I
      took as a sign the coaching was becoming hers rather than mine. These notes became my
      CPD log for the year."""),

    H(1, "AC 3.2 - feedback from each session"),
    P("""At the end of every coaching session the coachee filled in a two-line card with a score
      out of five. A summary is below; the cards are in the appendix."""),
    FEEDBACK,
    P("""The only 3 out of 5 was the rebooked 17/02 session, where I squeezed the hour and a half
      into a slot before a meeting. I now never book anything straight after a session."""),

    H(1, "AC 3.3 - my communication skills"),
    P("""Looking back over the recordings of two sessions and the tutor's observation notes, my
      questioning improved most. In January about half my questions were closed; by March it
      was down to a handful per session. My feedback is still too soft - I tend to cushion
      it so much that the point gets lost, which the tutor picked up on 24/02."""),

    H(1, "AC 3.4 - supervision"),
    P("""Supervision was with my tutor on 3 February (one hour at college), after the observed
      session on 24 February (a 30 minute debrief), and on 31 March (one hour on Teams). The
      first session challenged my plan to coach two people I manage; we agreed the manager-hat
      rule I then used in the 3 March session. The debrief gave me the point about soft
      feedback. In March we used Hawkins' seven-eyed model to look at my relationship with B,
      and I realised I had been protecting her from the union rep rather than coaching her to
      handle him."""),
    B("Outcome 1: a written rule for when I stop coaching and become the manager."),
    B("Outcome 2: feedback delivered in one sentence, then silence."),

    P("I declare that this portfolio is my own work. Signed: M Oyelaran, 14 April"),
]

CASE = Case(
    name="u_8587_302_bus_depot_docx",
    unit="8587-302",
    kind="portfolio",
    files=[SourceFile("Oyelaran_302_portfolio.docx", BLOCKS)],
    labels={
        "1.1": "so comfortably over twelve hours between the two of them",
        "1.2": "cut uncovered duties on her shift by half by April",
        "1.3": "nothing said in coaching would be used in their probation",
        "2.1": "B scored \"paperwork\" at 2 and that became the first goal",
        "2.2": "she was waiting for calls rather than phoning round the spare drivers",
        "2.3": "I could not keep in the room, which we had agreed in the contract",
        "2.4": "indexed by date to match the log",
        "3.1": "These notes became my CPD log for the year",
        "3.2": "I now never book anything straight after a session",
        "3.3": "by March it was down to a handful per session",
        "3.4": "rather than coaching her to handle him",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        "identifying": ["Leanne Purcell"],
        # A 30+60+90+90+75+90+90+75 = 600; B 30+60+90+90+105+90+90+75 = 630; 600+630 = 1230
        # (03/03 footnoted not counted, 11/02 cancelled, supervision rows and Total excluded)
        "minutes": 1230,
        "sessions": 16,
        "individuals": 2,
        "supervision_minutes": 150,  # 03/02 60 + 24/02 debrief 30 + 31/03 60
    },
    about="Bus depot operations manager; 302 DOCX, log with Type column (chemistry, contracting, observed, supervision rows), footnoted row not counted, cancelled row, Total row; a coachee's full name signs one feedback row.",
)
