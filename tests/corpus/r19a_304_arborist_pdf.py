"""8587-304 mentoring portfolio as a PDF from a tree surgery contractor: mentoring kept inside the firm's weekly site diary, one table per week with a toolbox-talk (TBT) minutes column, a Mentoring column ("45 (M1)", "1h (M2)", "1.5h (M1)", "75 (M2)", "1h20 (M2)", "DNA (M2)") and an hours-on-site column, week total rows (one adding the tutor's debrief), rain days with a called-off session and a rescue refresher not counted, a joint session, a session moved two days, a Sunday phone session only in the typed-up records, records repeating three diary lengths, a season total from the week totals, supervision held, and one cancelled and rebooked after submission. Clean.

Sian Prothero, contracts manager at an arboricultural contractor in Worcestershire, mentors two
climbers who have just become crew leaders, Mentee 1 (M1) and Mentee 2 (M2). Her site diary has
one row per day. The w/c 16 Sep week total "2h15" adds Alan's 25-minute debrief to the 60-minute
joint session and the 50-minute observed one (true 110). M1 rang her on Sunday 13 October and
they made it a proper session, 7pm to 8pm; it is only in record M1-7. Her "season total" of 15 hrs
is the sum of the week totals (900): it carries the debrief and misses the Sunday call. Three
more typed records repeat diary lengths (45 mins, 1 hr, 1 hr). Supervision: 1 hr on Zoom,
the 25-minute debrief, 1.25 hrs; a third, 23 October, cancelled and rebooked for 6 November.
Clean: Mentee 1/2, estates and towns, a landscape gardener, chainsaw makers, trade bodies,
theorists.

Practice truth: M1 45 + 90 + 50 + 70 + 90 + 60 + 60 = 465 (7); joint 60 (1);
M2 60 + 75 + 80 + 90 + 45 + 60 = 410 (6): 935 minutes in 14 sessions with two mentees;
supervision 60 + 25 + 75 = 160 minutes.
"""

from .case import B, Case, H, P, SourceFile, T

HEAD = ["Day", "Site / job", "Crew", "TBT", "Mentoring", "On site", "Notes"]

BLOCKS = [
    H(0, "Unit 304 - Undertaking an Extended Period of Mentoring"),
    P("""Sian Prothero, Contracts Manager. Tree surgery and vegetation management contractor,
      four climbing crews, Worcestershire and the Welsh borders."""),
    H(1, "1. Plan and agreements"),
    P("""Both my mentees are climbers who became crew leaders this summer. Mentee 1 (M1) has ten
      years on the ropes but has never had to deal with clients or price a job. Mentee 2 (M2) is
      younger, a very good climber, and struggles to tell older groundies what to do. I planned
      12 hours between them from September to the end of October, mostly on site at lunch or
      at the end of the day (in the van or the cab), with the final reviews in the office."""),
    P("""Agreements were signed with each of them and with our Operations Director on 2 and 3
      September: what is said stays between us unless it is a safety matter; sessions are
      not appraisals; a rain day moves a session rather than cancelling it. Tools: Honey and
      Mumford's learning styles questionnaire, a SWOT each, and a short 360 from their crews
      in week 3. Model: GROW, with the Reality stage done on site where we can see the tree."""),
    H(1, "2. Site diary - mentoring weeks"),
    P("""This is our normal site diary with the mentoring added. TBT = toolbox talk (minutes).
      Mentoring in minutes unless it says h. On site = hours."""),
    H(2, "w/c 2 September"),
    T(
        HEAD,
        ["Mon 2", "Hagley estate - crown reductions, beech avenue", "M1, M2 + 2 ground", "15", "45 (M1)", "8.5", "M1 agreement signed - Ops Director there too"],
        ["Tue 3", "Stourport - TPO oak reduction", "M2 + 1 ground", "10", "1h (M2)", "7", "M2 agreement signed"],
        ["Wed 4", "RAIN - yard day", "all", "20", "-", "4", "Session with M1 planned after lunch - called off, sent everyone home at 12"],
        ["Week total", "", "", "45", "1h45", "19.5", ""],
    ),
    H(2, "w/c 9 September"),
    T(
        HEAD,
        ["Mon 9", "Bewdley - riverside willows, pollarding", "M1 + 2 ground", "15", "1.5h (M1)", "9", "In the van at lunch and after. SWOT"],
        ["Thu 12", "Yard - saw servicing", "M2", "-", "75 (M2)", "3", "Learning styles questionnaire - strong Activist"],
        ["Week total", "", "", "15", "2h45", "12", ""],
    ),
    H(2, "w/c 16 September"),
    T(
        HEAD,
        ["Mon 16", "Kidderminster - school boundary", "M1, M2 + 2 ground", "15", "60 (M1 + M2)", "8", "Both together - near-miss review on the rigging from last week"],
        ["Wed 18", "Worcester - cemetery limes", "M1 + 1 ground", "15", "50 (M1)", "7.5", "OBSERVED by Alan (tutor). 25 min debrief with him after in the van"],
        ["Fri 20", "Office", "M2", "-", "DNA (M2)", "-", "Forgot - dentist"],
        ["Week total", "", "", "30", "2h15", "15.5", ""],
    ),
    H(2, "w/c 23 September"),
    T(
        HEAD,
        ["Tue 24", "Wyre Forest - ash dieback felling", "M2 + 3 ground", "15", "1h20 (M2)", "8", "360 results"],
        ["Thu 26", "RAIN - yard", "all", "-", "-", "-", "Aerial rescue refresher for M1, M2 and the crews, 2 hrs - training, NOT mentoring"],
        ["Week total", "", "", "15", "1h20", "8", ""],
    ),
    H(2, "w/c 30 September"),
    T(
        HEAD,
        ["Mon 30", "Hartlebury - hedge line and veteran oak survey", "M1 + 1 ground", "15", "70 (M1)", "7", "Pricing his first job - the client meeting"],
        ["Tue 1 Oct", "Droitwich - housing estate", "M2 + 2 ground", "15", "1.5h (M2)", "8", ""],
        ["Week total", "", "", "30", "2h40", "15", ""],
    ),
    H(2, "w/c 7 October"),
    T(
        HEAD,
        ["Mon 7", "Ombersley - sectional fell over a conservatory", "M1 + 2 ground", "15", "1.5h (M1)", "9", ""],
        ["Week total", "", "", "15", "1h30", "9", ""],
    ),
    P("w/c 14 October - on leave."),
    H(2, "w/c 21 October"),
    T(
        HEAD,
        ["Tue 22", "Malvern - roadside limes", "M2 + 2 ground", "15", "-", "8", "Session with M2 moved to Thursday - traffic management overran"],
        ["Thu 24", "Yard", "M2", "-", "45 (M2)", "2", ""],
        ["Week total", "", "", "15", "45", "10", ""],
    ),
    H(2, "w/c 28 October"),
    T(
        HEAD,
        ["Mon 28", "Office", "M1", "-", "1h (M1)", "-", "Final review"],
        ["Tue 29", "Office", "M2", "-", "1h (M2)", "-", "Final review"],
        ["Week total", "", "", "-", "2h", "-", ""],
    ),
    P("""Season total mentoring (adding up the week totals): 15 hrs. Hours on site for the same
      weeks: 89."""),
    H(1, "3. Mentoring records"),
    P("""I kept a record for every session in my site notebook, numbered per mentee (the joint one
      has both numbers). Four are typed up here; the rest are in the appendix."""),
    P("""Record M1-1 - Mon 2 Sept, 45 mins in the cab at Hagley. Agreement, what he wants: to
      price and run a job from the client's first phone call. The beech avenue is said to be
      Capability Brown's and the estate manager wanted to talk about that, not the work - M1
      let him and we talked about why that mattered."""),
    P("""Record M1-3 / M2-3 - M1 and M2 together, Mon 16 Sept, 1 hr. The near-miss: a rigging line that ran
      when the groundie let the friction device slip. M2 had seen it happen and didn't say
      anything to an older man. M1 told her how he'd been told off by his first crew leader.
      Best session so far."""),
    P("""Record M1-7 - Sunday 13 October, phone, 7pm to 8pm. Not in the site diary because it
      wasn't a work day. He rang about whether to go for his Level 4 in arboriculture and I
      asked if we could make it a proper session; we went through Goal, Reality and Options
      and he chose to start in January."""),
    P("""Record M2-7 - Tue 29 Oct, 1 hr, final review. Her crew's 360 scores on "clear
      instructions" went from 2.8 to 4.1. She now gives the plan at the TBT and asks each
      person to say their job back."""),
    H(1, "4. Supervision"),
    P("""Supervision 1 - Wed 11 September, Zoom, 1 hr, with a mentor supervisor who used to be a
      Lantra assessor. We looked at my contracting and the rain-day rule. Outcome: keep my
      own crew work out of M1's sessions."""),
    P("""Alan, my tutor, observed my session with M1 at Worcester cemetery on 18 September and
      debriefed me for 25 minutes afterwards (in the diary)."""),
    P("""Supervision 2 - Wed 9 October, 1.25 hrs. The DNA and why I didn't chase M2. Outcome: I
      avoid conflict with M2 in the way she avoids it with her crew."""),
    P("""Supervision 3 was booked for 23 October but my supervisor was ill; it is rebooked for
      6 November, after this goes in."""),
    H(1, "5. Reflection"),
    B("""The site diary was the right place for the log - it's where I write everything - but
      it made the mentoring look like a side job. Next time a separate sheet."""),
    B("""Kolb's cycle fits tree work: the session straight after a difficult fell worked better
      than any in the office."""),
    P("I confirm that this portfolio is my own work. Sian Prothero, 4 November"),
]

CASE = Case(
    name="r19a_304_arborist_pdf",
    unit="8587-304",
    kind="structured-pdf",
    files=[SourceFile("Prothero 304 mentoring portfolio.pdf", BLOCKS)],
    labels={},  # practice log only
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        # Clean: Mentee 1/2 (M1, M2); Alan is her tutor (staff); Hagley, Bewdley, Wyre Forest, Ombersley
        # and the rest are places; Capability Brown a landscape gardener; Lantra a body; Honey and
        # Mumford, Kolb theorists; the Ops Director by title.
        "identifying": [],
        # Mentoring column by week:
        #   2 Sep: Mon "45 (M1)" 45; Tue "1h (M2)" 60; Wed rain, called off 0 -> 105 (her "1h45" agrees)
        #   9 Sep: "1.5h (M1)" 90; "75 (M2)" 75 -> 165 ("2h45" agrees)
        #   16 Sep: "60 (M1 + M2)" 60, one joint session; "50 (M1)" 50 observed; "DNA (M2)" 0 -> 110
        #           (her "2h15" = 135 adds the 25 min debrief)
        #   23 Sep: "1h20 (M2)" 80; Thu rain, rescue refresher 2 hrs "NOT mentoring" -> 80 ("1h20")
        #   30 Sep: "70 (M1)" 70; "1.5h (M2)" 90 -> 160 ("2h40")
        #   7 Oct: "1.5h (M1)" 90 ("1h30")
        #   13 Oct Sunday phone, record M1-7 only, "7pm to 8pm" 60
        #   21 Oct: Tue "-" (moved); Thu "45 (M2)" 45 ("45")
        #   28 Oct: "1h (M1)" 60; "1h (M2)" 60 -> 120 ("2h")
        #   105 + 165 = 270; + 110 = 380; + 80 = 460; + 160 = 620; + 90 = 710; + 60 = 770; + 45 = 815;
        #   + 120 = 935 = 15 h 35.
        # Her season total "15 hrs" = 105+165+135+80+160+90+45+120 = 900: debrief in, Sunday call out.
        # Records M1-1, M1-3 / M2-3 and M2-7 repeat 2 Sep (45), 16 Sep (60) and 29 Oct (60): not again.
        # Not: TBT column (minutes of toolbox talks); On site hours (89); the plan's 12 hours.
        "minutes": 935,
        # M1: 2 Sep, 9 Sep, 18 Sep, 30 Sep, 7 Oct, 13 Oct, 28 Oct (7); joint 16 Sep (1);
        # M2: 3 Sep, 12 Sep, 24 Sep, 1 Oct, 24 Oct, 29 Oct (6).
        "sessions": 14,
        "individuals": 2,  # M1, M2
        # Supervision 1 "1 hr" 60; Alan's debrief "25 minutes" 25; Supervision 2 "1.25 hrs" 75;
        #   Supervision 3 cancelled, rebooked after submission 0. 60 + 25 + 75 = 160.
        "supervision_minutes": 160,
    },
    about="Tree surgery contracts manager; 304 PDF with mentoring inside the firm's weekly site diary (TBT minutes, Mentoring, On-site hours), week totals one adding the tutor's debrief, rain days, a rescue refresher not counted, joint session, a Sunday phone session only in a record, season total from week totals; clean.",
)
