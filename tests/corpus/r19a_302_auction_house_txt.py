"""8587-302 coaching log as plain text from a country auction house, written as two sale catalogues: each session a "Lot" with an Estimate (planned) and a Hammer (actual) length, a PASSED lot re-offered as 4A, a WITHDRAWN lot (did not attend), a chemistry lot counted for one coachee and marked not counted for the other (but added into that sale's total), a joint mock valuation day catalogued in both sales, an observed lot with the tutor's debrief, sale totals and a grand total that double-counts, supervision held and only booked and a phone tutorial. Clean.

Fiona Marsh, head of saleroom at an auction house in the Welsh Marches, coaches Coachee 1
(junior ceramics cataloguer) and Coachee 2 (senior porter training to value). Hammer lengths:
"40 mins", "1hr15", "1 h 20 m", "90'", "an hour", "10:00-11:30", "1hr30", "0.75" for Coachee
1; "25 mins" (chemistry, "not counted towards my 12 hours"), "1hr", "1hr10", "1 hr 5",
"1hr30" (the joint lot again), "55 mins" for Coachee 2. Sale One's totals are right; Sale
Two's Hammer total "6 hrs 5" includes the uncounted chemistry; the grand total "15 hrs 35"
adds the joint lot twice as well. Supervision: 1.5 hrs (7 Feb), 10:00-11:15 (21 Mar), a
30-minute phone tutorial, the tutor's 20-minute debrief after the observed lot; a third
supervision only booked. Clean: Coachee 1/2, auction houses, potters, painters and
furniture makers, reference books, coaching and supervision theorists, Shropshire towns.

Practice truth: Coachee 1 570 (8 lots incl. the joint one) + Coachee 2 250 (4) = 820 minutes
in 12 sessions with two coachees; supervision/tutorial 90 + 30 + 20 + 75 = 215 minutes.
"""

from .case import Case, H, P, SourceFile, T

BLOCKS = [
    H(1, "ILM Level 3 - Unit 302 Undertaking an Extended Period of Coaching"),
    P("Fiona Marsh, Head of Saleroom. Fine art, antiques and general sales, six sales a month."),
    H(2, "Plan and contract"),
    P("""I am coaching two people: Coachee 1, a junior cataloguer in the ceramics and glass
      department, and Coachee 2, a senior porter who wants to move into valuing. The plan was
      12 hours between them over January to April, fortnightly sessions of an hour in the
      boardroom on the days after a sale (Thursdays for Coachee 1, Fridays for Coachee 2),
      with a joint session before the spring valuation day. Three-way agreements were signed
      with each coachee and their line manager (the Head of Ceramics for Coachee 1, the
      Warehouse Manager for Coachee 2): confidentiality except for safety or the law, the
      line managers told attendance and goals only, 48 hours to cancel except on sale days."""),
    P("""Because I think in catalogues, I have written my log as two "sales". Each session is a
      lot. Estimate = the time I planned. Hammer = what it actually came to. Passed = didn't
      happen and re-offered later. Withdrawn = did not attend."""),
    H(2, "SALE ONE - COACHEE 1 (junior cataloguer, ceramics and glass)"),
    T(
        ["Lot", "Date", "Subject", "Estimate", "Hammer"],
        ["1", "Thu 9 Jan", "Chemistry - do we want to work together? She said yes on the spot", "30 mins", "40 mins"],
        ["2", "Thu 16 Jan", "Three-way contract with the Head of Ceramics, goals agreed", "1 hr", "1hr15"],
        ["3", "Thu 30 Jan", "Wheel of work and a confidence scale; her goal to catalogue a single-owner collection alone", "1 hr", "1 h 20 m"],
        ["4", "Thu 13 Feb", "-", "1 hr", "PASSED - she was at the valuation day in Church Stretton. Re-offered as 4A"],
        ["4A", "Thu 20 Feb", "GROW on the Clarice Cliff collection - how to describe and estimate a 'Bizarre' line", "1 hr", "90'"],
        ["5", "Thu 6 Mar", "OBSERVED by my tutor. Her first rostrum practice and what she felt when the room went quiet. Tutor's debrief with me after, 20 mins in the boardroom", "1 hr", "an hour"],
        ["6", "Thu 20 Mar", "Her catalogue draft for the Spring Fine Sale - the Moorcroft and the Lowry print", "1 hr", "10:00-11:30"],
        ["6A", "Thu 27 Mar", "JOINT with Coachee 2 - mock valuation day, both on the front desk, me as the public (see Sale Two, lot 6)", "1 hr 30", "1hr30"],
        ["7", "Thu 3 Apr", "Final review, feedback form, ending", "1 hr", "0.75"],
        ["", "SALE ONE TOTAL", "", "9 hrs", "9 hrs 30"],
    ),
    H(2, "SALE TWO - COACHEE 2 (senior porter, training to value)"),
    T(
        ["Lot", "Date", "Subject", "Estimate", "Hammer"],
        ["1", "Fri 10 Jan", "Chemistry. Not counted towards my 12 hours - we hadn't agreed to go ahead until the next week", "30 mins", "25 mins"],
        ["2", "Fri 17 Jan", "Three-way contract with the Warehouse Manager, goals: value a general sale's worth of lots with no more than five changed by a valuer", "1 hr", "1hr"],
        ["3", "Fri 31 Jan", "-", "1 hr", "WITHDRAWN - did not attend (loading a house clearance in Craven Arms, forgot)"],
        ["4", "Fri 14 Feb", "Learning styles questionnaire (Honey and Mumford) and a SWOT on moving from portering to valuing", "1 hr", "1hr10"],
        ["5", "Fri 28 Feb", "His first 20 valuations from the general sale - what the changes tell him", "1 hr", "1 hr 5"],
        ["6", "Thu 27 Mar", "JOINT with Coachee 1 - mock valuation day (see Sale One, lot 6A)", "1 hr 30", "1hr30"],
        ["7", "Fri 11 Apr", "Final review - four lots changed out of 60. Feedback form", "1 hr", "55 mins"],
        ["", "SALE TWO TOTAL", "", "7 hrs", "6 hrs 5"],
    ),
    P("GRAND TOTAL (both sales): 15 hrs 35 hammer against 16 hrs estimate."),
    H(2, "Supervision and tutorials"),
    P("""Supervision 1 - Fri 7 February, 1.5 hrs, with my coaching supervisor (an EMCC-accredited
      coach the firm pays for). We used Hawkins and Shohet's seven-eyed model. Outcome: I
      coach the porter the way I was trained in the saleroom - by telling - and I need to
      let Coachee 2 get valuations wrong in a safe place."""),
    P("""Phone tutorial with my centre tutor, Wed 12 February, 30 mins, about the withdrawn lot
      and whether to put it in the log (yes)."""),
    P("""My tutor observed lot 5 on 6 March and gave me 20 minutes of feedback afterwards (noted
      in the lot): good use of silence, but I summarised too early."""),
    P("""Supervision 2 - Fri 21 March, 10:00-11:15. The joint session plan and ending well with
      both coachees. Outcome: agree the ending date at the start of the last month, not the
      last session."""),
    P("Supervision 3 is booked for 25 April to review the whole programme."),
    H(2, "Not in the log"),
    P("""I ran the cataloguing workshop for all the new staff on 5 February (2 hours, Coachee 1
      there). That was training. I also give Coachee 2 five minutes most sale mornings on the
      lots he is unsure about - that is just the job."""),
    H(2, "Reflection"),
    P("""Whitmore's line about awareness and responsibility is the thing I keep coming back to:
      Coachee 1 knows more about Clarice Cliff than I do, and my job was to help her believe
      it on the rostrum, not to add to what she knows. The Antiques Roadshow clip she brought
      to lot 4A was her idea. With Coachee 2 the SWOT showed he already had the eye; what he
      lacked was the vocabulary, and Miller's guides and the Bonhams and Christie's online
      catalogues gave him that."""),
    P("Declaration: this portfolio is my own work. F. Marsh, 14 April"),
]

CASE = Case(
    name="r19a_302_auction_house_txt",
    unit="8587-302",
    kind="unstructured",
    files=[SourceFile("F Marsh 302 coaching log.txt", BLOCKS)],
    labels={},  # practice log only
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        # Clean: Coachee 1/2; Clarice Cliff, Moorcroft, Lowry (makers and a painter); Bonhams,
        # Christie's, Miller's (firms, guides); Whitmore, Hawkins and Shohet, Honey and Mumford
        # (theorists); Church Stretton, Craven Arms (places); line managers by title only.
        "identifying": [],
        # Sale One (Coachee 1), Hammer column:
        #   1 "40 mins" 40 (chemistry, counted: she says nothing against it)
        #   2 "1hr15" 75; 3 "1 h 20 m" 80; 4 PASSED 0; 4A "90'" 90;
        #   5 "an hour" 60 (observed, still her session); 6 "10:00-11:30" 90; 6A joint "1hr30" 90;
        #   7 "0.75" (hours) 45
        #   40 + 75 = 115; + 80 = 195; + 90 = 285; + 60 = 345; + 90 = 435; + 90 = 525; + 45 = 570
        #   = 9 h 30 (her Sale One total agrees). 8 sessions.
        # Sale Two (Coachee 2):
        #   1 chemistry "25 mins": "Not counted towards my 12 hours" -> 0
        #   2 "1hr" 60; 3 WITHDRAWN 0; 4 "1hr10" 70; 5 "1 hr 5" 65;
        #   6 joint "1hr30" = lot 6A of Sale One, the same session: 0 more
        #   7 "55 mins" 55
        #   60 + 70 = 130; + 65 = 195; + 55 = 250. 4 more sessions.
        #   Her Sale Two total "6 hrs 5" = 25 + 60 + 70 + 65 + 90 + 55 = 365: the uncounted chemistry
        #   and the joint lot are in it.
        # 570 + 250 = 820 = 13 h 40. Her grand total "15 hrs 35" = 570 + 365 = 935.
        # Not: Estimate column (9 hrs, 7 hrs, "16 hrs"); 5 Feb cataloguing workshop 2 hours (training);
        #   "five minutes most sale mornings" ("just the job").
        "minutes": 820,
        "sessions": 12,  # 8 in Sale One (with the joint lot) + 4 in Sale Two
        "individuals": 2,  # Coachee 1, Coachee 2
        # Supervision 1 "1.5 hrs" 90; tutorial 12 Feb "30 mins" 30; observation debrief 6 Mar
        #   "20 mins" 20; Supervision 2 "10:00-11:15" 75; Supervision 3 only booked 0.
        #   90 + 30 + 20 + 75 = 215.
        "supervision_minutes": 215,
    },
    about="Auction house head of saleroom; 302 plain-text log as two 'sale catalogues' (Lot, Estimate = planned, Hammer = actual, PASSED and re-offered, WITHDRAWN = DNA), chemistry counted for one coachee and not the other, joint lot in both sales, observed lot with debrief, totals double-counting; supervision held/booked; clean.",
)
