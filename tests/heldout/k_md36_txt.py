"""MD36 36-hour mentoring diary (TXT): an ambulance control team leader mentors three call handlers.

Rachel Dunmore, a team leader in an NHS ambulance service's emergency operations centre
(EOC), mentors three newly qualified emergency call handlers between January and March.
One plain text file typed in a notes app: dated diary entries, each ending with the time
in one of two habits ("Time: 1h 20m" or "Duration 50 mins"), a "Running total" line after
some entries, two supervision entries with her EOC duty manager and one cancelled session
(a major incident pulled her onto the floor; rebooked, and the rebooked session is its own
entry). The MD36 rubric is known to be wrong, so no labels: practice and anonymisation only.

Practice, as an assessor counts it (the dated mentoring entries only):
    Mentee A: 90 + 130 + 140 + 120 + 105 + 120 + 80 = 785   (7 sessions)
    Mentee B: 75 + 110 +  50 + 135 + 150 +  90 + 70 = 680   (7 sessions)
    Mentee C: 120 + 95 + 100 + 110 + 120 + 110 + 60 = 715   (7 sessions)
    => 2180 minutes (36h 20m), 21 sessions, 3 individuals.
    Not counted: the cancelled 29 Jan entry, the five "Running total" lines (4h 45m,
    10h 20m, 15h 10m, 23h 00m, 32h 50m) and the closing "Total mentoring" line (36h 20m),
    and the two supervision entries (60 + 80 = 140 supervision minutes).

Clean: Mentee A, B and C throughout. Not identifying: Rachel's own name, her duty manager
(a role), the EOC, NHS, JRCALC, Clutterbuck, Megginson, Kolb, the GROW model, Hawkins and
Shohet.

Signed learner declaration at the end (declaration True).
"""

from corpus.case import Case, P, SourceFile

DIARY = [
    P("MD36 MENTORING DIARY - Rachel Dunmore - EOC Team Leader"),
    P("Centre: regional skills academy. Qualification: ILM Level 3 Certificate in Mentoring."),
    P("""Background. I work in the emergency operations centre of our ambulance service as a team
      leader on Red watch. We had a big intake of new emergency call handlers in the autumn and
      the EOC manager asked experienced staff to mentor them through their first months on the
      floor, when a lot of people leave. I agreed to mentor three of them, who I call Mentee A,
      Mentee B and Mentee C here. None of them are on my own watch, so I am not their line
      manager, which I think matters. We meet in the quiet room off the floor, before or after
      shifts, and never while they are taking calls. My supervisor for this diary is the EOC
      duty manager. I have kept this diary on my phone and typed it up at the end."""),
    P("""How I set it up. At the first session with each mentee I explained what mentoring is and
      is not: I am not checking their call audits and I won't report what they tell me, unless it
      is a patient safety or welfare issue, in which case I would tell them first. We agreed to
      meet roughly weekly for about two hours and that they could cancel if the floor was busy.
      I used the GROW model as the basic shape of most sessions and Clutterbuck's idea that the
      mentee owns the agenda."""),
    P("DIARY ENTRIES"),
    P("""06/01 - Mentee A. First meeting and contracting. She is 22, came from retail, and is
      clearly very bright but terrified of getting a cardiac arrest call wrong. We agreed ground
      rules, confidentiality and what she wants from this: to feel in control of a call rather than
      the caller being in control. Time: 1h 30m"""),
    P("""08/01 - Mentee B. Contracting. He has done the job for three months at another service
      and transferred to us, so he is less nervous but finds our system different. He wants to
      get his call times down without cutting corners. Duration 75 mins"""),
    P("""13/01 - Mentee C. Contracting and first goals. Mentee C is older, ex-forces, very calm,
      but told me he is struggling with the emotional side of the calls and sleeping badly after
      nights. We talked about what he could bring to sessions and what should go to occupational
      health instead. Time: 2h 00m"""),
    P("Running total: 4h 45m"),
    P("""15/01 - Mentee A. Used GROW on 'taking control of the call'. Reality: she apologises to
      callers and repeats questions. Options she came up with: practise the opening script out
      loud, listen back to two of her own calls with me, and ask a senior handler to sit in.
      Time: 2h 10m"""),
    P("""20/01 - Supervision with the EOC duty manager. Talked about Mentee C and where the line
      is between mentoring and counselling. Her advice was to stay with what he wants to change
      at work and make sure he knows the wellbeing offer. Duration 60 mins"""),
    P("""22/01 - Mentee B. Looked at where his call time goes. He thinks it is the address
      search. We went through the mapping screen together and he set himself a target. Time: 1h
      50m"""),
    P("""27/01 - Mentee C. He had a bad run of calls at the weekend including a child. Mostly
      listening. He decided himself to book the TRiM (trauma risk) conversation and we agreed to
      come back to his goals next time. Duration 95 mins"""),
    P("Running total: 10h 20m"),
    P("""29/01 - Mentee A. Session cancelled - a major incident was declared just before we were
      due to start and I was pulled onto the floor. Rebooked for 3 Feb."""),
    P("""03/02 - Mentee A (rebooked session). Listened back to two of her calls. She noticed
      herself that she talks faster when the caller is panicking. She wants to practise slowing
      down. Time: 2h 20m"""),
    P("""05/02 - Mentee B. Short one, he had to get back for a late shift. Reviewed his address
      search target: he has cut nearly 20 seconds off. Duration 50 mins"""),
    P("""10/02 - Mentee C. Back to his goals. He wants to move to dispatch within a year. We
      drew a timeline and looked at what experience he needs. Time: 1h 40m"""),
    P("Running total: 15h 10m"),
    P("""12/02 - Mentee A. Role play of a difficult caller, then she role played me. She was much
      calmer. She set herself the goal of taking a call without apologising once. Time: 2h 00m"""),
    P("""17/02 - Mentee B. He got feedback from a call audit that he missed a safeguarding
      question. He was defensive at first. We talked about how to use audits rather than dread
      them. Time: 2h 15m"""),
    P("""19/02 - Mentee C. Talked about sleep and shift patterns and what he has tried. He has
      asked for a different rota pattern through his manager. Duration 110 mins"""),
    P("""24/02 - Supervision with the EOC duty manager. Reviewed the diary so far. She pointed out
      I am doing a lot of the talking in the sessions with Mentee B and suggested I try silence
      more. We talked about ending the relationships well. Time: 1h 20m"""),
    P("""26/02 - Mentee A. Reviewed her goals. She had a cardiac arrest call and talked the caller
      through CPR until the crew arrived. She was shaking telling me but proud. Time: 1h 45m"""),
    P("Running total: 23h 00m"),
    P("""03/03 - Mentee B. I tried the silence. It was uncomfortable and then he said more about
      why audits bother him than he had in six weeks. Time: 2h 30m"""),
    P("""05/03 - Mentee C. Shadowing plan for dispatch agreed with the dispatch team leader. He
      seems lighter. Duration 120 mins"""),
    P("""10/03 - Mentee A. Started talking about what happens when the mentoring ends. She wants to
      mentor someone from the next intake herself. Time: 2h 00m"""),
    P("""12/03 - Mentee B. Reviewed progress against the goals from January. Call times down,
      audits improving. Duration 90 mins"""),
    P("""17/03 - Mentee C. Review of the shadowing shifts. He says dispatch is what he wants. Time:
      1h 50m"""),
    P("Running total: 32h 50m"),
    P("""19/03 - Mentee A. Closing session. Went back over her first goal. Gave each other
      feedback. Time: 1h 20m"""),
    P("""24/03 - Mentee B. Closing session. He asked if he could still come to me with questions
      and we agreed informal contact is fine but the formal mentoring has ended. Duration 70
      mins"""),
    P("""26/03 - Mentee C. Closing session, shorter because he had been on nights. Time: 1h 00m"""),
    P("Total mentoring: 36h 20m (supervision not included)"),
    P("REFLECTION ON THE PROCESS"),
    P("""Looking back, the three mentees needed very different things from me. Mentee A needed
      someone to believe she could do it, and practical practice. Mentee B was the hardest
      because he did not think he needed a mentor; I think the turning point was when I stopped
      filling silences. Mentee C needed me to know my limits. Megginson and Clutterbuck talk
      about the mentor as a sounding board rather than an expert, and I found that harder than I
      expected because in the EOC being the expert is my whole job as a team leader."""),
    P("""Using Kolb's cycle on the Mentee B sessions: the experience was him being defensive about
      the audit, my reflection was that I was rushing to reassure him, the concept I took from
      supervision was that silence gives the other person room, and I tested it on 3 March. It
      worked better than anything I had tried."""),
    P("""What I would do differently: agree at the start how we handle cancellations on busy
      days, because the floor will always win in our job, and set an end date at the contracting
      stage so the ending does not come as a surprise. My supervision with the duty manager was
      useful both times and I would ask for it more often next time, perhaps monthly."""),
    P("""Development for me: I want to go on to the Level 5 and help set up a proper mentoring
      scheme for new call handlers in the EOC, because retention in the first year is our biggest
      problem."""),
    P("DECLARATION"),
    P("""I declare that this diary is a true record of the mentoring I have carried out and that
      the work is my own. Signed: Rachel Dunmore. Date: 30/03"""),
]

CASE = Case(
    name="k_md36_txt",
    unit="MD36",
    kind="legacy-questions",
    files=[SourceFile("MD36 diary R Dunmore.txt", DIARY)],
    labels={},
    expected_checks={
        "declaration": True,
        "evidence_matrix": None,
        # A 90+130+140+120+105+120+80=785; B 75+110+50+135+150+90+70=680;
        # C 120+95+100+110+120+110+60=715; 785+680+715=2180 (36h 20m, matches her total).
        # 29/01 cancelled; running-total and total lines excluded; supervision excluded.
        "minutes": 2180,
        "sessions": 21,  # 7 per mentee
        "individuals": 3,  # Mentee A, B, C
        "supervision_minutes": 140,  # 20/01 60 + 24/02 80
        "identifying": [],
    },
    about="Ambulance EOC team leader mentoring three call handlers; MD36 diary as a TXT of dated entries ending 'Time: 1h 20m' or 'Duration 50 mins', running-total lines, two supervision entries, one cancelled; signed; clean.",
)
