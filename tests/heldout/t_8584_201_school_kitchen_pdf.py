"""8584-201 mentoring portfolio as PDF: a school kitchen cook supervisor, a numbered log and structured answers.

Lorna Haig is cook supervisor in the kitchen of a secondary school and mentors a new
assistant cook she calls "J" throughout. Her Word portfolio, saved as PDF, answers 1.1 to 3.3
under the criterion numbers written as her own short headings ("1.1 Plan"). Her log has a
row per session: one cancelled for an Environmental Health visit and rearranged two days
later, a half-hour "not counted" row (J doing the council allergen e-learning with Lorna
beside her), a planned follow-up after half term, and a Total row (right). Tutor support is
in prose: a 15-minute phone call early on and the one-hour meeting at college (4.00 to
5.00pm). Slip: at the end she pasted J's feedback form with the name and personal e-mail
still on it.

Assessor's arithmetic (log, "Length" column):
  1  Tue 7 Jan   14:15-15:00  45 mins   held           -> 45
  2  Tue 14 Jan  14:15-15:15  1 hr      held           -> 60
  3  Tue 21 Jan  14:15-15:05  50 mins   held           -> 50
  4  Tue 28 Jan  -            -         cancelled (EHO) -> excluded
  4  Thu 30 Jan  14:00-14:40  40 mins   held (rearranged) -> 40
  -  Mon 3 Feb   10:00-10:30  30 mins   "Not counted" (e-learning) -> excluded
  5  Tue 4 Feb   14:15-15:25  1 hr 10   held           -> 70
  6  Tue 11 Feb  14:15-15:00  45 mins   held (review)  -> 45
  7  Tue 25 Feb  14:15-15:00  45 mins   planned        -> excluded
  Total row "5 hrs 10 mins" restates them -> never added.
  minutes 45 + 60 + 50 + 40 + 70 + 45 = 310; sessions 6; individuals 1 (J).
  Supervision: 9 Jan phone call 15 + 18 Feb tutor meeting 4.00-5.00pm 60 = 75.
"""

from corpus.case import B, Case, H, P, SourceFile, T

LOG = T(
    ["No.", "Date", "Time", "Length", "Status", "What we covered / action"],
    ["1", "Tue 7 Jan", "14:15-15:00", "45 mins", "Held", "Getting to know each other, agreement signed, confidentiality"],
    ["2", "Tue 14 Jan", "14:15-15:15", "1 hr", "Held", "Goals agreed (see 1.2). Action: J to shadow the allergen check at service"],
    ["3", "Tue 21 Jan", "14:15-15:05", "50 mins", "Held", "Allergen matrix - went through the 14 allergens using the menu cycle"],
    ["4", "Tue 28 Jan", "-", "-", "Cancelled", "EHO inspection, kitchen closed to everything else. Rearranged"],
    ["4", "Thu 30 Jan", "14:00-14:40", "40 mins", "Held", "Rearranged session. Pastry batch sizes for 600 covers"],
    ["-", "Mon 3 Feb", "10:00-10:30", "30 mins", "Not counted", "Sat with J while she did the council allergen e-learning - training not mentoring"],
    ["5", "Tue 4 Feb", "14:15-15:25", "1 hr 10", "Held", "Ordering and stock rotation, she did the Friday order with me watching"],
    ["6", "Tue 11 Feb", "14:15-15:00", "45 mins", "Held", "Review of goals, feedback form given out"],
    ["7", "Tue 25 Feb", "14:15-15:00", "45 mins", "Planned", "Follow up after half term"],
    ["Total", "", "", "5 hrs 10 mins", "6 held", ""],
)

BLOCKS = [
    H(0, "Unit 8584-201 Developing Mentoring Skills"),
    P("Learner: Lorna Haig    Centre: Tayside Adult Learning    Workplace: Castlebrae Academy school kitchen"),
    P("""My mentee is an assistant cook who started with us in December. I have called her J in
      this work to keep her anonymous."""),

    H(1, "1.1 Plan"),
    P("""J came to us from a cafe so she can cook, but a school kitchen is a different animal:
      600 lunches in a 70 minute service, allergen rules, and ordering through the council
      contract. Our catering manager asked me to mentor her through her first term. My plan
      was to meet J on a Tuesday afternoon once service and the clean-down are done, in the
      small office off the dry store, for about an hour each week for six weeks, with a review
      at the end. Tuesdays suit because there is no delivery and the kitchen is quiet by quarter
      past two. I booked the dates in the kitchen diary so the catering manager knew not to give
      either of us a job at that time, and I put the plan and agreement in a plastic wallet in the
      office so J could see it any time."""),

    H(1, "1.2 Goals"),
    P("""We agreed the goals at session 2 and J wrote them on the goals sheet. Goal 1: to carry
      out the allergen check at the servery on her own, with no errors on the check sheet, for two
      full weeks by half term. Goal 2: to place the Friday order on the council system by herself,
      within budget, by 11 February. For each session we also agreed a small goal, for example
      session 3 was to name the allergens in every dish on the week 2 menu without looking."""),

    H(1, "2.1 Evidence of 3 hours mentoring"),
    P("""My log is below. I filled it in straight after each session and J initialled it. Six
      sessions took place adding up to 5 hours 10 minutes, which is over the 3 hours needed.
      Session 4 was cancelled because the Environmental Health officer arrived unannounced and
      we did it on the Thursday instead."""),
    LOG,

    H(1, "2.2 Questioning and listening"),
    P("""At first I asked too many closed questions like "are you ok with that?" and J just said
      yes. I changed to open ones. In session 3 I asked her "talk me through what you do when a
      child says they have a nut allergy" and then kept quiet. She explained it step by step and
      I realised she was not sure where the allergy list for each year group was kept, which she
      would never have told me if I had asked a yes or no question. I also summarised back what she
      said at the end of each session so she could correct me if I had got it wrong."""),

    H(1, "2.3 Feedback"),
    P("""In session 5 I watched J do the Friday order and gave her feedback straight after. I
      started with what she did well, she checked the stock levels before ordering and didn't just
      copy last week. Then the thing to work on: she over-ordered bread rolls by two trays because
      she forgot the Year 11s were on study leave. I asked her how she could stop that happening and
      she came up with the idea of checking the school calendar before every order. The following
      week she got it right and was under budget by eight pounds."""),

    H(1, "2.4 How trust was developed"),
    P("""The first thing was being clear about confidentiality. At session 1 I explained that
      what she told me stayed between us unless it was a safety or safeguarding issue, and that
      was written in the agreement. The second thing was admitting my own mistakes. When J was
      upset about burning a tray of flapjack I told her about the time I served 300 portions of
      custard that had split and had to start again in the middle of service. She laughed and after
      that she brought problems to me instead of hiding them. Thirdly I always turned up when I said
      I would and when the EHO visit stopped session 4 I rebooked it with her that afternoon."""),

    H(1, "2.5 Records"),
    P("""Records kept: the signed mentoring agreement, the goals sheet, the session log above, and my
      own notes in a small notebook that I keep in the office drawer and not in the kitchen where
      anyone could read it. J keeps her own copy of the goals sheet and ticks off actions. I have
      kept J's feedback form at the end."""),

    H(1, "3.1 Review of my performance"),
    P("""Looking at my notes against the mentoring skills we covered on the course, I think I was
      good at planning and keeping to time, and the goals were measurable, J met both. Where I was
      weaker was that in the first two sessions I did most of the talking. Clutterbuck says a mentor
      should help the mentee to think things through for themselves and I was too quick to give
      answers because in a kitchen you are used to just telling people. From session 3 I tried to
      ask first and tell second. J's feedback form says she found me "really approachable" but that
      the first sessions felt "a bit like being trained not mentored", which matches my own view."""),

    H(1, "3.2 Meeting with tutor"),
    P("""I had a 15 minute phone call with my tutor on 9 January before I really started, to check
      my plan. Then I had my one hour meeting with her at the college on 18 February, 4.00 to
      5.00pm. We went through my log and notes and she asked what I would do differently. She
      pointed out that my goals were for J but I had not set any for myself as a mentor, so we
      agreed I would write one development goal for myself before starting with my next mentee,
      and that is where my plan in 3.3 came from."""),

    H(1, "3.3 Future development"),
    B("""Ask more than tell - use at least three open questions before giving any advice. I will
      note them in my notebook and check after each session. By the end of summer term."""),
    B("""Write a short reflection after every session not just the log. From my next mentee
      (the new kitchen porter starting in April)."""),
    B("""Find out if the council catering service has a mentors' network I could join and go to
      one meeting by October."""),

    H(1, "Appendix - mentee feedback form"),
    P("Name: Jordan Ellery    Email: jellery82@hotmail.co.uk    Date: 11/2"),
    P("""What went well? Lorna was really approachable and I could ask anything. Doing the order with
      her watching helped loads. What could be better? The first sessions felt a bit like being trained
      not mentored. Would you recommend mentoring to a new starter? Yes definitely."""),

    P("Declaration: I confirm that this is all my own work. Signed: L. Haig  Date: 24/02"),
]

CASE = Case(
    name="t_8584_201_school_kitchen_pdf",
    unit="8584-201",
    kind="structured-pdf",
    files=[SourceFile("Haig_L_8584-201.pdf", BLOCKS)],
    labels={
        "1.1": "the small office off the dry store",
        "1.2": "Goal 2: to place the Friday order on the council system",
        "2.1": "adding up to 5 hours 10 minutes",
        "2.2": "I realised she was not sure where the allergy list",
        "2.3": "she over-ordered bread rolls by two trays",
        "2.4": "300 portions of custard that had split",
        "2.5": "keep in the office drawer and not in the kitchen",
        "3.1": "in a kitchen you are used to just telling people",
        "3.2": "I had not set any for myself as a mentor",
        "3.3": "use at least three open questions before giving any advice",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        # J's pasted feedback form: her full name and personal e-mail
        "identifying": ["Jordan Ellery", "jellery82@hotmail.co.uk"],
        # Log Length column: 45 (7 Jan) + 60 (14 Jan) + 50 (21 Jan) + 40 (30 Jan, rearranged)
        # + 70 (4 Feb, "1 hr 10") + 45 (11 Feb) = 45+60=105; +50=155; +40=195; +70=265; +45=310.
        # Not: 28 Jan cancelled; 3 Feb "Not counted" e-learning 30; 25 Feb planned 45; Total row.
        "minutes": 310,
        "sessions": 6,
        "individuals": 1,  # J
        # 3.2: 9 Jan phone call 15 + 18 Feb meeting 4.00-5.00pm 60 = 75
        "supervision_minutes": 75,
    },
    about="School kitchen cook supervisor; 8584-201 PDF with a numbered log (cancelled and rearranged session, 'Not counted' e-learning row, planned row, right total), tutor call + hour in prose, pasted feedback form with the mentee's name and e-mail.",
)
