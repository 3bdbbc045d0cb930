"""8587-302 extended coaching: an indoor climbing centre's manager, plain text, log as dash lines.

Owain Pritchard manages a (fictional) indoor climbing centre, The Boulder Barn, in north Wales
and coaches two of his duty instructors, "Coachee C" (a route setter who wants to become head
setter) and "Coachee D" (a new duty manager who avoids difficult conversations with customers).
He typed the portfolio in a text editor: numbered criteria as plain lines, no styles, a few
typos. The log is a run of lines "05/02 - 60 mins - Coachee C - ...": one line is CANCELLED,
and one session is written as two lines (12/03, 45 mins "part 1" until the fire alarm, then
30 mins "part 2" after it): one session of 75 minutes. A TOTAL line restates the sum (16 hrs
30, right). Supervision is in prose only: a Zoom session of an hour and a quarter and a face
to face one of 90 minutes. Clean: coachees are letters; names in the text are theorists
(Whitmore, Kline, Rogers, Hawkins and Shohet), climbing bodies (BMC, Mountain Training),
places (Caernarfon, Llanberis, the Ogwen valley, Tremadog) and routes.

Assessor's arithmetic (log lines):
  C: 05/02 60 + 12/02 75 + 26/02 90 + 12/03 (45 + 30 = 75, one session) + 26/03 60 + 09/04 60
     + 23/04 90 = 60+75 = 135; +90 = 225; +75 = 300; +60 = 360; +60 = 420; +90 = 510 (7 sessions)
  D: 06/02 60 + 13/02 60 + 27/02 45 + 13/03 90 + 27/03 75 + 10/04 60 + 24/04 90
     = 60+60 = 120; +45 = 165; +90 = 255; +75 = 330; +60 = 390; +90 = 480 (7 sessions)
  510 + 480 = 990 min = 16 h 30 (the TOTAL line, right, not added). 05/03 CANCELLED excluded.
  Sessions 14; individuals 2.
  Supervision (3.4 prose): 6 March Zoom "an hour and a quarter" 75 + 16 April face to face
  90 minutes = 165.
"""

from corpus.case import Case, H, P, SourceFile

LOG_LINES = [
    "05/02 - 60 mins - Coachee C - chemistry + contracting, agreement signed, what does head setter actually mean",
    "06/02 - 60 mins - Coachee D - chemistry + contracting, agreement signed",
    "12/02 - 75 mins - Coachee C - wheel of performance, goals set",
    "13/02 - 60 mins - Coachee D - VIA strengths results, goals set",
    "26/02 - 90 mins - Coachee C - GROW on setting a full comp circuit, options list",
    "27/02 - 45 mins - Coachee D - GROW on the refund complaint, what stops her",
    "05/03 - CANCELLED - Coachee C - comp set-up overran, moved to 12/03",
    "12/03 - 45 mins - Coachee C - part 1, reviewing comp feedback (stopped, fire alarm - evacuated)",
    "12/03 - 30 mins - Coachee C - part 2, same session picked up after the alarm, actions agreed",
    "13/03 - 90 mins - Coachee D - role play of a customer complaint x3",
    "26/03 - 60 mins - Coachee C - managing the setting team, delegation",
    "27/03 - 75 mins - Coachee D - real complaint debrief, went well",
    "09/04 - 60 mins - Coachee C - head setter application, evidence",
    "10/04 - 60 mins - Coachee D - closing the centre on her own, rota conversation",
    "23/04 - 90 mins - Coachee C - review of goals and ending",
    "24/04 - 90 mins - Coachee D - review of goals and ending",
    "TOTAL - 16 hrs 30 mins (C 8 hrs 30, D 8 hrs)",
]

BLOCKS = [
    P("ILM Level 3 Certificate in Effective Coaching and Mentoring"),
    P("Unit 8587-302 Undertaking an Extended Period of Coaching within an Organisational Context"),
    P("Owain Pritchard - Centre Manager, The Boulder Barn, Caernarfon"),
    P("Submitted April 2025"),
    P("------------------------------------------------------------"),

    H(1, "1.1 Plan for 12 hours of coaching"),
    P("""I planned 14 sessions, 7 with each coachee, of 60 to 90 minutes, fortnightly from February
      to the end of April. That gives about 16 hours so that if a couple of sessions are lost to
      comps or staff sickness I still clear the 12 hours. Sessions are in the upstairs meeting
      room before we open at 12 on Wednesdays (Coachee C) and Thursdays (Coachee D), never on the
      floor because the minute you are on the floor a customer wants you. I booked them into the
      staff rota as "admin" so nobody gets rota'd over them. Resources: coaching agreement,
      wheel of performance, VIA strengths survey (free online), GROW question prompts, a session
      record sheet and a notebook each. I told the owners the plan in January and they agreed to
      pay the time."""),

    H(1, "1.2 Topics and goals"),
    P("""Coachee C is a route setter, 4 years with us, wants to step up to head setter when the
      current one leaves in the summer. Goals agreed in session 2: (a) design and set a full
      competition circuit himself for the April bouldering league, start to finish, and (b)
      lead the setting team of three on one reset without me stepping in."""),
    P("""Coachee D is a new duty manager, promoted from instructor in January. Excellent climber
      and coach, hates conflict. Her goals: (a) deal with a customer complaint from start to
      finish without passing it up to me, by the end of March; (b) close the centre on her own
      including the cash-up and the incident book, twice by the end of April. Both sets of goals
      were checked against what the owners want from the duty manager and head setter roles so
      they fit the business as well as the person."""),

    H(1, "1.3 Contract"),
    P("""Each coachee signed a written agreement in their first session. It covers: number and length
      of sessions, place and time, 24 hours notice to rearrange, that coaching is voluntary, what
      is confidential and what isnt (safety issues, safeguarding of junior members, anything
      illegal), how notes are kept (my locked cabinet, first initial only), and that either of us
      can stop the coaching. The owners signed a stakeholder part agreeing they will not ask me
      what was said, only whether sessions happened and whether goals were met in broad terms.
      Because I am the line manager of both, we agreed a rule that I say "coach hat" or "manager
      hat" if I ever need to switch, and that nothing from a session goes in their appraisals."""),

    H(1, "2.1 Diagnostic tools"),
    P("""Two tools. The wheel of performance for Coachee C, eight spokes he chose himself (setting
      skill, grading, creativity, team leading, time management, safety, customer feedback,
      confidence). He scored team leading 3/10 and setting skill 9/10, which made it obvious the
      head setter gap was people not routes. For Coachee D I used the VIA character strengths
      survey. Her top strengths were kindness and fairness, and we used that to reframe
      complaints: handling a refund properly is being fair to the customer and to the centre,
      not a fight. I repeated the wheel with C in April and team leading had gone to 6."""),

    H(1, "2.2 Coaching model"),
    P("""GROW (Whitmore) was used in every working session. Example, 26/02 with Coachee C. Goal: set the
      full league circuit of 30 problems by 14 March. Reality: he can set any single problem but
      has never planned a whole circuit, and the other setters wait for him to tell them what to do.
      Options: copy last years plan, ask the old head setter, or draw the circuit on the wall map
      first and hand problems out by grade. Will: he picked the wall map and gave each setter a
      colour, by Friday. The league circuit went up on time and got the best feedback we have had.
      With Coachee D the Options stage was where she moved, because she had only ever seen two
      choices, give the refund or get me."""),

    H(1, "2.3 Knowledge, skills and behaviours"),
    P("""Knowledge: I know the business and the BMC participation statement, but in coaching I tried
      not to use it as a shortcut. Skills: open questions, summarising, silence, and
      reflecting back the exact words the coachee used. When Coachee D said "I just freeze" I
      said "you freeze" and waited, and she told me about a customer who had shouted at her in
      her first week as an instructor, which nobody knew about. Behaviours: I kept to time,
      kept everything confidential and, ethically, I turned down Coachee C's request in session 4
      to tell him whether he would get the head setter job, because that is a manager decision
      and not mine to hint at in a coaching session."""),

    H(1, "2.4 Coaching log"),
    P("""Log as typed up from my notebook. Each line is date - length - coachee - what we did. Full
      session record sheets for every line are in the appendix folder."""),
    *[P(line) for line in LOG_LINES],
    P("""Note on 12/03 - this was one session, the fire alarm went off 45 mins in (a customer burnt
      toast in the cafe) and we had to evacuate, we went back up after and finished it. I've
      written it as two lines so the times are honest."""),

    H(1, "3.1 Reflection after each session"),
    P("""I wrote a short reflection on the back of every record sheet, three questions: what worked,
      what didnt, what I will do next time. Key learning that came out of them: in the first
      sessions with Coachee C I got excited about the routes and started setting problems in my
      head, so from session 3 I left my chalk bag and shoes downstairs, which sounds daft but
      stopped me talking as a climber. With Coachee D I noticed I rushed to reassure her, which
      stopped her feeling the discomfort she needed to work through. Both of these went into my
      CPD log as things to practise, and my next step is the Mountain Training coaching
      workshop in the autumn."""),

    H(1, "3.2 Feedback after each session"),
    P("""Every session ended with two questions, "what was most useful today?" and "what should I do
      differently?", and the coachee wrote their answer on the record sheet before leaving. Coachee
      D wrote after 27/02 "less questions at once please!" which was fair, I had asked three in one
      breath. Coachee C wrote after the fire alarm session that splitting it actually helped
      because he had time to think on the car park. I also asked the owners for feedback in April
      and they said both were visibly more confident on the floor."""),

    H(1, "3.3 My communication skills"),
    P("""Questioning: better at open questions, still stack questions when nervous (see Coachee D's
      feedback). Listening: I used Kline's idea of not interrupting and it was the single biggest
      change, the sessions got slower and deeper. I am still not great at listening for feelings as
      well as facts, which Rogers would call empathic understanding. Feedback: I learnt to ask
      the coachee to assess themselves first, then add mine, and to keep it to one point not
      five. Where I need to improve is challenge, I am too nice, and Coachee C could have been
      pushed harder on delegation earlier."""),

    H(1, "3.4 Supervision"),
    P("""I had two supervision sessions with an external coach supervisor who works with outdoor
      centres in the Ogwen valley. The first was on 6 March on Zoom, an hour and a quarter. We used
      the seven-eyed model (Hawkins and Shohet) to look at my relationship with Coachee D. Outcome:
      I was rescuing her, partly because I promoted her and felt responsible. We agreed I would let
      her sit with a problem for longer and not offer options until she had given two of her own.
      The second was on 16 April at a cafe in Llanberis, 90 minutes. Outcome: we looked at endings
      and at the manager/coach conflict with Coachee C and the head setter job, and she confirmed
      I had been right to keep out of it. She suggested I find a peer coach at another wall for
      ongoing supervision, and I have asked the manager at the Tremadog centre."""),

    P("""I confirm this is all my own work and the coaching took place as logged.
      O. Pritchard 28/04/25"""),
]

CASE = Case(
    name="v_8587_302_climbing_centre_txt",
    unit="8587-302",
    kind="numbered-unstyled",
    files=[SourceFile("302_Pritchard_portfolio.txt", BLOCKS)],
    labels={
        "1.1": "I booked them into the staff rota as \"admin\"",
        "1.2": "checked against what the owners want from the duty manager",
        "1.3": "I say \"coach hat\" or \"manager hat\"",
        "2.1": "the head setter gap was people not routes",
        "2.2": "he picked the wall map and gave each setter a colour",
        "2.3": "not mine to hint at in a coaching session",
        "2.4": "Each line is date - length - coachee - what we did",
        "3.1": "I left my chalk bag and shoes downstairs",
        "3.2": "less questions at once please!",
        "3.3": "the sessions got slower and deeper",
        "3.4": "I was rescuing her, partly because I promoted her",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        "identifying": [],
        # C: 60 + 75 + 90 + (45 + 30) + 60 + 60 + 90 = 510 (7 sessions; 12/03 is one session)
        # D: 60 + 60 + 45 + 90 + 75 + 60 + 90 = 480 (7 sessions)
        # 510 + 480 = 990 = 16 h 30 (TOTAL line, right). Not: 05/03 CANCELLED; TOTAL line.
        "minutes": 990,
        "sessions": 14,
        "individuals": 2,  # Coachee C, Coachee D
        # 6 March Zoom, an hour and a quarter 75 + 16 April, 90 minutes = 165
        "supervision_minutes": 165,
    },
    about="Climbing centre manager's 302 portfolio as plain text: log as 'dd/mm - N mins - Coachee C - ...' lines with a CANCELLED line, one session split over two lines by a fire alarm (one session), right TOTAL line; two supervisions in prose (hour and a quarter, 90 minutes); clean (letters, theorists, Welsh places).",
)
