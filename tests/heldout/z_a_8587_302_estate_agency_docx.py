"""8587-302 extended coaching: an independent estate agency's branch manager, DOCX portfolio with one combined log.

Tom Gillespie is Sales Branch Manager at an independent estate agency with four branches. He
coaches two negotiators: "Coachee A", a lettings negotiator moving across to sales valuations,
and "Coachee B", a sales negotiator four months into the job who dreads vendor price
conversations. The DOCX opens with the 302 evidence matrix and a cover table, then the plan,
goals and contract, diagnostics (a wheel of work for A; a call-listening scorecard and SWOT for
B), models (GROW with A, OSCAR with B), and a single coaching log for both coachees with Date |
Coachee | Session | Planned | Actual | Notes columns. The log opens with two chemistry meetings
he marks "Not counted - chemistry", has a cancelled-and-moved row, a DNA row, a "Subtotal" row
midway and a "TOTAL 13 hrs 40 (not incl. chemistry)" row, which is right. Actual lengths:
"1 hr 15", "1 hr", "1.5 hrs", "09:00–10:10", "50 mins", "1 hr 5", "1hr 30", "1 hr 20",
"1.25 hrs", "45 mins". The 24/02 session with A was observed on Zoom by his ILM tutor and is
written up again on the tutor's "Feedback on the learner's coaching" form (10:00–11:05), with
15 minutes of feedback straight after. A valuation masterclass he ran for all six negotiators
is said to be training, not coaching. Supervision: two meetings with the tutor plus the
observation feedback; a peer coaching circle on 14/03 "cancelled by my tutor". Signed declaration.

Clean: no planted details. His own name; "Coachee A"/"Coachee B"; the agency's directors, the
lettings manager and his ILM tutor by role; Harcourt Lane (the agency's trading name),
Propertymark, Rightmove, GROW, OSCAR, SWOT, Honey and Mumford, the Global Code of Ethics.

Practice truth (the coaching log):
  Not counted (his word): 06/01 A chemistry 35 mins; 06/01 B chemistry 30 mins.
  A: 13/01 1 hr 15 = 75; 27/01 1.5 hrs = 90; 10/02 50 mins = 50; 24/02 1 hr 5 = 65 (observed,
     counts); 10/03 1 hr = 60; 24/03 1.25 hrs = 75.
     75 + 90 = 165, + 50 = 215, + 65 = 280, + 60 = 340, + 75 = 415.
  B: 14/01 1 hr = 60; 28/01 cancelled, moved -> excluded; 30/01 09:00–10:10 = 70;
     11/02 1 hr = 60; 25/02 DNA -> excluded; 04/03 1hr 30 = 90; 11/03 1 hr 20 = 80;
     25/03 45 mins = 45.
     60 + 70 = 130, + 60 = 190, + 90 = 280, + 80 = 360, + 45 = 405.
  minutes 415 + 405 = 820 (= his TOTAL "13 hrs 40", not added); sessions 6 + 6 = 12;
  individuals 2 (A, B).
  Subtotal row "6 hrs 45" = 75 + 60 + 90 + 70 + 50 + 60 = 405 (not added).
  Not: the chemistry meetings (he says not counted); the tutor's observation form (same session
  as the 24/02 row); the masterclass for six negotiators "1.5 hrs" (training); Planned column.
  Supervision: 17/02 tutor 11:00–12:00 = 60; 24/02 observation feedback "15 mins" = 15;
  17/03 tutor "1 hr 10" = 70; 14/03 peer circle cancelled -> excluded.  60 + 15 + 70 = 145.
"""

from corpus.case import B, Case, H, P, SourceFile, T

MATRIX = T(
    ["Unit 302", "Portfolio Evidence Titles", "Reference Number"],
    ["AC 1.1 Produce a plan for effective coaching to take place for 12 hours", "Coaching plan", "1"],
    ["AC 1.2 Agree appropriate topics, goals and/or outcomes", "Goals agreed with A and B", "2"],
    ["AC 1.3 Agree an appropriate and confidential contract", "Coaching contract", "3"],
    ["AC 2.1 Use diagnostic or assessment tools", "Diagnostics", "4"],
    ["AC 2.2 Use a recognised model of coaching", "Models used", "5"],
    ["AC 2.3 Knowledge, skills and behaviours", "KSB statement, tutor observation", "6, 8"],
    ["AC 2.4 Record an auditable coaching process", "Coaching log", "7"],
    ["AC 3.1 Reflect on each session", "Reflective log", "9"],
    ["AC 3.2 Gather ongoing feedback", "Session feedback", "10"],
    ["AC 3.3 Review communication skills", "Communication review", "11"],
    ["AC 3.4 Outcomes of supervision", "Supervision records", "12"],
)

LOG = T(
    ["Date", "Coachee", "Session", "Planned", "Actual", "Notes"],
    ["06/01", "A", "Chemistry", "30 mins", "35 mins", "Not counted - chemistry meeting. Agreed to go ahead."],
    ["06/01", "B", "Chemistry", "30 mins", "30 mins", "Not counted - chemistry meeting. Agreed to go ahead."],
    ["13/01", "A", "1", "1 hr", "1 hr 15", "Contract signed. Wheel of work. Goals agreed."],
    ["14/01", "B", "1", "1 hr", "1 hr", "Contract signed. SWOT. Goals agreed. Call scorecard explained."],
    ["27/01", "A", "2", "1 hr", "1.5 hrs", "Reality of the first two valuations she shadowed. Options for her first solo one."],
    ["28/01", "B", "2", "1 hr", "Cancelled - B on a valuation, moved to 30/01", ""],
    ["30/01", "B", "2", "1 hr", "09:00–10:10", "Scorecard results from 5 recorded calls. Exceptions - the calls that went well."],
    ["10/02", "A", "3", "1 hr", "50 mins", "Her first solo valuation. What she'd keep, what she'd change."],
    ["11/02", "B", "3", "1 hr", "1 hr", "Price conversation role play, twice. Scaling 3 to 5."],
    ["", "", "", "", "Subtotal 6 hrs 45", ""],
    ["24/02", "A", "4", "1 hr", "1 hr 5", "Observed by ILM tutor on Zoom. Pricing evidence for valuations."],
    ["25/02", "B", "4", "1 hr", "DNA - B off sick, not rebooked", ""],
    ["04/03", "B", "4", "1 hr", "1hr 30", "Two real vendor calls listened back to together. Small actions."],
    ["10/03", "A", "5", "1 hr", "1 hr", "Valuation number 4. Winning instructions vs just valuing."],
    ["11/03", "B", "5", "1 hr", "1 hr 20", "Price reduction conversation with a vendor - he led it, I listened in."],
    ["24/03", "A", "6", "1 hr", "1.25 hrs", "Final review against goals. Ending."],
    ["25/03", "B", "6", "1 hr", "45 mins", "Final review against goals. Scaling now 7."],
    ["", "", "", "", "TOTAL 13 hrs 40 (not incl. chemistry)", ""],
)

BLOCKS = [
    H(0, "Unit 302 Undertaking an Extended Period of Coaching within an Organisational Context"),
    P("ILM Level 3 Certificate in Effective Coaching and Mentoring - Portfolio of Evidence"),
    H(1, "Portfolio evidence matrix"),
    T(["Name of learner", "Tom Gillespie"], ["Signature", "T Gillespie"], ["Date completed", "28/03/2025"]),
    MATRIX,

    H(1, "Coaching diary"),
    T(
        ["Name of Coach", "Tom Gillespie, Sales Branch Manager, Harcourt Lane Estate Agents"],
        ["Client Ref/ID", "Coachee A, Coachee B"],
        ["Start Date of Activity", "06/01/2025"],
        ["Total number of hours completed", "13 hrs 40"],
    ),

    H(2, "1. Coaching plan (AC 1.1)"),
    P("""Coachee A has been a lettings negotiator with us for two years and has asked to move across
      to sales. The directors have agreed she can start doing sales valuations from February if
      she is ready, which is the main reason for coaching her: she knows property and she knows
      landlords, but she has never valued a house for sale or pitched for an instruction against
      other agents. Coachee B joined the sales team in September from hospitality. He is great
      with buyers on viewings, but avoids calling vendors with feedback or, worst of all, to talk
      about reducing the price, and his pipeline is suffering."""),
    P("""The plan: six coaching sessions each of about an hour, every fortnight, from mid January
      to the end of March, preceded by a 30 minute chemistry meeting with each. Six sessions each
      at an hour gives 12 hours; I expected some to run over and some to be lost to the job, so
      I built in the flexibility to add a seventh if I needed to. A's sessions are Mondays at 10,
      B's Tuesdays at 10, in the first floor meeting room, which is the only room without a glass
      wall onto the office. I block out the diary on the office system as 'Training' so nobody books
      a valuation into the slot, and the phones go to the front desk. Resources: the wheel of work
      template, a call scorecard I adapted from our sales training, a GROW and an OSCAR prompt
      sheet, recorded calls from our phone system (with the coachee's permission), comparables
      and our valuation pack for A, and my coaching log. I prepared for each session the night
      before by reading the last entry in the log and the action agreed."""),

    H(2, "2. Topics and goals (AC 1.2)"),
    P("""I didn't want to hand them goals, so I used the first session with each to agree them. With
      A we started from the wheel of work (below) and she scored 'progression' at 3 out of 10.
      I asked her what a 9 would look like and she said 'doing my own valuations and winning some'.
      From that we agreed:"""),
    B("""A1: complete four sales valuations on her own by the end of March, using the valuation pack
      and three comparables each, with me reviewing each one afterwards."""),
    B("""A2: win at least one of those as an instruction."""),
    P("""With B I used his SWOT and the call scorecard. He said the calls he puts off are price
      conversations with vendors. We agreed:"""),
    B("""B1: make every vendor feedback call within 24 hours of a viewing, tracked on the CRM, by the
      end of February."""),
    B("""B2: lead a price reduction conversation with a vendor on his own by the end of March, and
      move his own confidence score from 3 to 7."""),
    P("""Both goals fit where they are. A's are the step the directors need to see before she moves
      to sales, and B's are the part of a sales negotiator's job that decides whether he hits
      target. I agreed the outline of the goals with the sales director as the stakeholder, but
      the detail stayed between me and each coachee."""),

    H(2, "3. Coaching contract (AC 1.3)"),
    P("""I used the ILM contract and added our own clauses. We went through it in session 1 with
      each coachee and both signed; the sales director signed as the stakeholder. The points I
      made sure we talked about, not just signed, were:"""),
    B("Confidentiality: what is said stays between coach and coachee. The sales director gets dates and attendance only, and a short end-of-coaching summary that the coachee writes and approves."),
    B("Limits: anything about a breach of consumer protection law, money laundering checks or someone's safety I would have to act on."),
    B("Recording: calls from the phone system are only used with the coachee's agreement, listened to together and not kept."),
    B("Cancellations: either of us can move a session with 24 hours' notice; the job comes first but we rebook in the same week."),
    B("Review after 3 sessions and a no-fault ending if it isn't working."),
    P("""Because I'm B's line manager, I also wrote in that nothing from coaching would be used
      in his probation review, and I offered him the option of a coach from another branch. He
      chose me. I followed the Global Code of Ethics on conflicts of interest in
      doing this and took the line manager question to supervision."""),

    H(2, "4. Diagnostic tools (AC 2.1)"),
    P("""Wheel of work (A): eight areas scored 1-10 in the first session. Progression 3, skills 5,
      relationships 8, recognition 4. It told me the coaching was about progression and skills
      for the sales role, not about confidence in general, which was my assumption going in.
      We re-scored it in the final session: progression 8, skills 7."""),
    P("""Call scorecard and SWOT (B): before session 2, with his agreement, we pulled five of his
      recorded vendor calls and he scored each against eight points (opening, reason for call,
      feedback given, price discussed, next step agreed, and so on). He scored himself lower
      than I would have on everything except 'price discussed', which he scored 0 on all five
      calls because he never mentioned price. That was the link to goal B2. His SWOT threats box
      said 'vendors shouting at me', which we came back to in session 3. I also used Honey and
      Mumford with A, which showed a strong Theorist, and that's why her valuation pack became
      such a big part of her sessions."""),

    H(2, "5. Models used (AC 2.2)"),
    P("""With A I used GROW. Her goals were clear and long term, and GROW's structure kept each session
      on one valuation. In session 3 her Reality was that she had priced the house well but lost
      the room when the vendor said another agent had valued it £20,000 higher, and her Options
      included 'ask them what the other agent showed them', which she used on valuation four
      and won the instruction (goal A2)."""),
    P("""With B I switched to OSCAR after session 1. GROW had him listing everything that goes
      wrong. OSCAR's focus on the outcome and on what is already working suited him better. The
      Scaling step did the most: we scaled his confidence on price calls each session (3, 3,
      5, 6, 7, 7) and each time I asked what had moved him up a point, and he could always name it.
      The Review step at the start of each session was where he told me about the calls he'd
      made since."""),

    H(2, "6. Knowledge, skills and behaviours (AC 2.3)"),
    P("""Knowledge: GROW and OSCAR, the diagnostics above, and the difference between coaching
      and the sales management I do all day. My biggest risk was using my own valuation knowledge
      to tell A the answer, so I made a rule: I only gave a view if she asked me for it directly,
      and then only after she'd told me her own view first. Skills: open questions, silence and
      summarising. In the 11/03 session I listened in while B made the price call and said nothing
      for seventeen minutes, which was harder than any valuation I've done. Behaviours: I tried
      to stay non-judgemental (B had avoided these calls for months, and I'm the one who has been
      chasing him about his pipeline), patient and honest. When B didn't come on 25/02 I didn't
      chase him as his manager, I asked if he wanted to rebook, which he did for 04/03."""),
    P("""My ILM tutor observed my session with A on 24/02 by Zoom. The observation form is below.
      She picked out my use of summaries and my patience, and noted I asked three closed questions
      in a row when A was unsure about her comparables."""),

    H(2, "7. Coaching log - initial contact to completion (AC 2.4)"),
    P("""Initial contact for both was an email on 2 January inviting them to a chemistry meeting
      and explaining what coaching is and isn't, then the chemistry meetings on 6 January. After
      that every session is in the log below, which I updated in a spreadsheet within an hour of
      each session, with a longer note per session in a separate tab and the action agreed. I
      have not counted the chemistry meetings in my 12 hours. The signed contracts and the
      end-of-coaching summaries are in a locked folder on my drive. Completion was the final
      review on 24/03 (A) and 25/03 (B), where we re-scored the diagnostics and agreed the
      summaries."""),
    LOG,
    P("""I also ran a valuation masterclass for all six negotiators on 19/02 (1.5 hrs), which A came
      to, but that was training, not coaching, so it isn't in the log."""),

    H(2, "8. Feedback on the learner's coaching (tutor observation)"),
    T(
        ["Date", "24/02/2025"],
        ["Coachee", "Coachee A (session 4)"],
        ["Time", "10:00–11:05, Zoom, observer camera off"],
        ["Feedback to coach", "15 mins straight after on the same Zoom, coachee had left"],
        ["What went well", "Clear contracting recap. Good summaries, the coachee did most of the talking. Patient with silence."],
        ["To develop", "Three closed questions in a row around 10:35. Session ran 5 minutes over without checking."],
        ["Observer", "ILM tutor"],
    ),

    H(2, "9. Reflective log (AC 3.1)"),
    P("""I wrote a short reflection after every session under three headings: what happened, how it
      went, what I'll do differently. The key learning across all of them:"""),
    B("""After A's session 2 (1.5 hrs, 30 mins over): I let her tell me about every valuation she
      shadowed. Learning: agree the one thing we will focus on at the start."""),
    B("""After B's session 1: GROW wasn't working for him. Learning: choose the model for the person,
      not the other way round. Switched to OSCAR."""),
    B("""After B's DNA: my first thought was as his manager. Learning: notice which hat I'm wearing
      before I pick up the phone."""),
    B("""After the observed session: I hadn't noticed my closed questions at all. Learning: I
      don't hear my own questions when I'm keen to move on."""),

    H(2, "10. Feedback from coachees each session (AC 3.2)"),
    P("""At the end of every session I asked each coachee to rate the session from 1 to 5 for
      usefulness and to say one thing I should do differently. I logged it in the spreadsheet.
      A's ratings: 4, 3, 5, 4, 5, 5. B's: 3, 4, 4, 5, 5, 5. A's 3 was the long session 2 ('we went off
      track'), which matched my own reflection, and B's lowest was the first, before I changed
      to OSCAR. He said in session 2 'this feels more like it's about me'. I looked at the
      ratings and comments every fortnight, and the pattern I acted on was that both of them
      rated sessions highest when they left with one small action rather than three. At the end
      both completed the ILM feedback to coach form."""),

    H(2, "11. My communication skills (AC 3.3)"),
    P("""Questioning: open questions are my strength, but the observation showed I slip into
      closed ones when I'm keen to move on, so in sessions 5 and 6 I kept a list of five
      open questions on my pad and ticked them off. Listening: the 11/03 session was the best
      evidence, and B said afterwards that knowing I was listening without jumping in was the
      reason he kept going when the vendor pushed back. Feedback: I changed how I give it. In
      sales we give feedback fast and blunt. In coaching I asked the coachee for their view first
      and then gave one specific observation, such as telling A that she lost the room at the
      exact moment she looked down at her notes. Non-verbal: on Zoom I sat back from the camera
      for the observed session, which the tutor said looked more relaxed than leaning in."""),

    H(2, "12. Supervision (AC 3.4)"),
    P("""Supervision 1 - 17/02/2025, with my ILM tutor, 11:00–12:00 at the training centre. I
      brought the line manager issue with B. We talked about dual relationships and whether the
      contract clause was enough. Outcome: I added an extra check-in question at the start of
      each of B's sessions, 'which hat do you need me in today?', which he used once to ask me
      something as his manager and then we went back to coaching."""),
    P("""Observation feedback - 24/02/2025, 15 mins after the observed session (see section 8)."""),
    P("""The peer coaching circle on 14/03 was cancelled by my tutor, so I didn't get that one."""),
    P("""Supervision 2 - 17/03/2025, with my ILM tutor, on Teams, 1 hr 10. We went through the log
      and reflections and planned the endings. My tutor challenged me on how much I was still
      giving A my valuation opinion and asked whether she would be ready to value without me.
      Outcome: in A's final session I didn't give any view on her last valuation at all, and she
      was fine. The main thing supervision gave me is that the urge to give the answer is my
      need, not the coachee's."""),

    H(1, "Declaration"),
    P("""I confirm that the evidence in this portfolio is my own work and that the coaching and
      supervision sessions took place as recorded. Signed: Tom Gillespie Date: 28/03/2025"""),
]

CASE = Case(
    name="z_a_8587_302_estate_agency_docx",
    unit="8587-302",
    kind="portfolio",
    files=[SourceFile("Gillespie T - 302 Portfolio.docx", BLOCKS)],
    labels={
        "1.1": "I block out the diary on the office system as 'Training'",
        "1.2": "complete four sales valuations on her own by the end of March",
        "1.3": "nothing from coaching would be used in his probation review",
        "2.1": "he scored 0 on all five calls because he never mentioned price",
        "2.2": "what is already working suited him better",
        "2.3": "said nothing for seventeen minutes",
        "2.4": "Initial contact for both was an email on 2 January",
        "3.1": "choose the model for the person, not the other way round",
        "3.2": "they left with one small action rather than three",
        "3.3": "I kept a list of five open questions on my pad",
        "3.4": "the urge to give the answer is my need, not the coachee's",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": True,
        "identifying": [],
        # A: 75 + 90 + 50 + 65 (observed) + 60 + 75 = 415.  B: 60 + 70 (09:00-10:10) + 60 + 90
        # + 80 + 45 = 405; 28/01 cancelled, 25/02 DNA.  415 + 405 = 820 (= his TOTAL 13 hrs 40).
        # Not: chemistry 35 + 30 ("Not counted"); Subtotal 6 hrs 45; masterclass 1.5 hrs (training);
        # the observation form (same session as the 24/02 row).
        "minutes": 820,
        "sessions": 12,
        "individuals": 2,
        # 17/02 11:00-12:00 = 60; 24/02 observation feedback 15; 17/03 1 hr 10 = 70; 14/03 circle
        # cancelled.  60 + 15 + 70 = 145.
        "supervision_minutes": 145,
    },
    about="Estate agency branch manager; 302 DOCX with the 302 matrix and cover table, one combined log for two coachees with chemistry rows he marks not counted, a cancelled-and-moved row, a DNA, a Subtotal and a right TOTAL, lengths from '1.25 hrs' to '09:00–10:10', a Zoom observation written up again on the tutor's form, a masterclass not counted, a cancelled peer circle; clean.",
)
