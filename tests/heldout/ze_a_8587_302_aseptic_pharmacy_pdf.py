"""8587-302 extended coaching: a hospital aseptic pharmacy unit manager coaches two staff, PDF made from Word.

Owen Maddox is Aseptic Services Manager at the Royal Wharfedale Hospital pharmacy aseptic unit,
which makes chemotherapy, parenteral nutrition and other injectables in cleanrooms. He coaches two
of his staff from January to April 2025: "C1", a pharmacy technician newly trained to approve
finished products for release, and "C2", a senior pharmacy assistant just made Cleanroom Team
Leader. He wrote it in Word with heading styles ("1.1 Plan", "2.4 Records"...) and saved it as a
PDF: a details table, an evidence matrix, background, one heading per AC, one log table per
coachee under 2.4 with per-coachee subtotals and a grand total, two session records, a
supervision table under 3.4 and the "By submitting" line with his name.

Traps: one table per coachee with Planned and Held columns; durations "14:00–15:00", "1.25h",
"1 hr", "90 mins", "1 hr 15", "13:30–14:20", "11:00–11:30", "1 hr 10", "1½ hrs", "10:00–11:30",
"45 mins", "75 min"; C1's 5 February a DNA (annual leave, both forgot) rebooked for the Friday;
C2's 30 January cancelled (an isolator failed its pressure test) and held on the Monday; a booked
final C2 session after hand-in; C2's first session a three-way contracting meeting with her and
the Lead Pharmacist (counts: a contracting session with the coachee); C1's observed session
(counts) and both it and C2's 27 February session again as session records; C1's subtotal
"460 mins (7 hrs 40)" is wrong (470), so his grand total "920 mins = 15 hrs 20" is 10 short.
Not counted by him: a 45-minute glove-change training session he ran for the whole unit, a QA
self-inspection C2 shadowed, and the Trust coaching network meeting (CPD, "not supervision").
Supervision: two tutor sessions and the observation debrief in a table, plus a 15-minute phone
call to his tutor about C2's disclosure recorded only in his 2.3 reflection.

Clean: no planted details. His own name; C1/C2; his tutor Helen Achebe (named in the details and
supervision table); the Lead Pharmacist and the Chief Pharmacist by title only; the hospital,
the Trust, QA; GROW (Whitmore), the skills audit, 360, Kolb.

Declaration: "By submitting I confirm that this assignment is my own work. Owen Maddox": True.
Evidence matrix: True.

Practice truth (2.4 tables, Held / Duration):
  C1  Wed 8 Jan 14:00-15:00                 = 60 (chemistry and contract: counts)
      Wed 22 Jan "1.25h"                    = 75
      Wed 5 Feb DNA                         -> excluded
      Fri 7 Feb "1 hr" (rebooked)           = 60
      Wed 19 Feb 14:00-15:30 "90 mins" observed by Helen on Teams = 90 (counts; record repeats it)
      Wed 5 Mar "1 hr 15"                   = 75
      Wed 19 Mar 13:30-14:20 "50 mins"      = 50
      Wed 2 Apr "1 hr"                      = 60
      60 + 75 = 135, + 60 = 195, + 90 = 285, + 75 = 360, + 50 = 410, + 60 = 470 (7 sessions).
      His subtotal "460 mins (7 hrs 40)" is 10 short.
  C2  Thu 9 Jan 11:00-11:30 three-way contracting with the Lead Pharmacist = 30
      Thu 16 Jan "1 hr 10"                  = 70
      Thu 30 Jan cancelled (isolator)       -> excluded
      Mon 3 Feb "1½ hrs" (rebooked)         = 90
      Thu 13 Feb 10:00-11:30                = 90
      Thu 27 Feb "45 mins"                  = 45 (record repeats it)
      Thu 13 Mar "75 min"                   = 75
      Thu 27 Mar "1 hr"                     = 60
      Thu 10 Apr booked, after hand-in      -> excluded
      30 + 70 = 100, + 90 = 190, + 90 = 280, + 45 = 325, + 75 = 400, + 60 = 460 (7 sessions).
      His subtotal 460 is right.
  minutes 470 + 460 = 930 (15 hrs 30); sessions 14; individuals 2.
  His "Total 920 mins = 15 hrs 20" carries the C1 error.
  Not: the glove-change training (45 min, whole unit), the QA self-inspection C2 shadowed (2 hrs).
  Supervision: Tue 28 Jan Teams 14:00-15:00 = 60; Wed 19 Feb debrief after the observation
  "20 mins" = 20; Thu 27 Feb "a 15-minute phone call" with Helen (2.3 only) = 15; Tue 25 Mar
  "1.5 hrs" = 90.  60 + 20 = 80, + 15 = 95, + 90 = 185.  Not the Trust coaching network meeting
  (2 hrs, CPD, he says not supervision).
  supervision_minutes 185.
"""

from corpus.case import Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "Unit 302: Undertaking an Extended Period of Coaching within an Organisational Context"),
    T(
        ["Learner", "Owen Maddox"],
        ["Role", "Aseptic Services Manager, Pharmacy Aseptic Unit, Royal Wharfedale Hospital"],
        ["Qualification", "ILM Level 3 Certificate in Effective Coaching and Mentoring"],
        ["Tutor", "Helen Achebe"],
        ["Coaching period", "8 January – 2 April 2025"],
    ),
    H(1, "Portfolio evidence matrix"),
    T(
        ["AC", "Evidence", "Section"],
        ["1.1", "Coaching plan", "1.1"],
        ["1.2", "Goals agreed with C1 and C2", "1.2"],
        ["1.3", "Coaching agreement and three-way meeting", "1.3"],
        ["2.1", "Skills audit, 360 feedback", "2.1"],
        ["2.2", "GROW", "2.2"],
        ["2.3", "Knowledge, skills, behaviours; ethical issue", "2.3"],
        ["2.4", "Coaching logs and two session records", "2.4"],
        ["3.1", "Reflections per session", "3.1"],
        ["3.2", "Session feedback slips", "3.2"],
        ["3.3", "Communication review and observation", "3.3"],
        ["3.4", "Supervision summary", "3.4"],
    ),
    H(1, "Background"),
    P("""The aseptic unit prepares around 180 doses a day: chemotherapy for the oncology day unit,
      parenteral nutrition for the neonatal unit and adult wards, and some monoclonal antibodies.
      Everything is made in grade A isolators inside grade B cleanrooms, and every product has to
      be checked and approved before release. We have 26 staff across technicians, assistants and
      pharmacists. Two of my team stepped up into new roles at the turn of the year and I offered
      to coach both of them as part of my Level 3. C1 is a pharmacy technician who has just
      completed the training to approve finished products for release, a big jump in
      responsibility. C2 is a senior pharmacy assistant who has just become Cleanroom Team Leader
      and now supervises the people she used to work alongside. Both agreed to be coached and to
      be written about under a code."""),

    H(1, "1.1 Plan for 12 hours of coaching"),
    P("""I planned 7 sessions each, booked fortnightly 60 to 90 minute slots, from the first week of
      January to the start of April, which gave roughly 8 hours per coachee on paper and room to
      lose a session each to the unit's workload. C1's slot was Wednesday afternoons, after the
      chemo run is finished; C2's was Thursday mornings, when the PN workload is lighter. We used
      the small office off the changing room corridor, not my office, because my office phone
      never stops. I blocked the time in the unit diary as 'meeting' so nobody could book over it.
      Resources: GROW prompt card, the aseptic competency framework, a notebook each, feedback
      slips. Contingency: if the unit goes down (an isolator fails, a QA hold) sessions move to
      the next working day rather than the next fortnight."""),
    H(1, "1.2 Topics, goals and outcomes"),
    P("""Goals came out of the first two sessions with each coachee, after the skills audit and, for
      C2, the 360. C1's goals: to complete fifty supervised product approvals with no errors and be
      signed off to approve independently by the end of March; and to lead the weekly chemo
      planning call with the oncology pharmacists by April, which she dreaded. C2's goals: to run
      the 08:00 huddle every day she's on shift, using a set format, within a month; to write the
      cleanroom rota for April herself; and to have one difficult conversation with a colleague
      about gowning without asking me to do it. All are tied to things the unit needs, which is
      why the Lead Pharmacist was happy to release the time."""),
    H(1, "1.3 Contract"),
    P("""Both signed a one-page coaching agreement in their first session. It sets out how often
      and where we meet, that the coachee sets the agenda, that notes are kept in a locked drawer
      and destroyed six months after the course, and that what is said is confidential except
      anything that affects product quality or patient safety, which in a GMP unit I cannot keep
      to myself. I put that in bold because I'm also their manager. C2's first session was a
      three-way meeting with her and the Lead Pharmacist for Aseptic Services, who wanted to know
      what the coaching would cover; we agreed he would get a one-line update at the mid-point
      from C2, not from me. C1's line manager is me, so there was no third party for her."""),

    H(1, "2.1 Diagnostic and assessment tools"),
    P("""With C1 I used the skills audit against the aseptic competency framework, which she
      scored herself on and I scored too. The gap was not knowledge – she knew the worksheets
      inside out – but confidence in rejecting a product made by a senior colleague. That changed
      her goal from 'get signed off' to 'get signed off and reject when I need to'. With C2 I used
      a short 360: five colleagues answered four questions about what she does well and what she
      could do as team leader. The strongest theme was 'she knows everything but doesn't tell
      people what she needs from them', which became the huddle goal."""),
    H(1, "2.2 Model of coaching"),
    P("""I used GROW as the backbone for every session, from Whitmore's Coaching for Performance.
      Goal for the session first, then Reality – what's actually happening, in numbers where
      possible – then Options and Will. It suited C1 because she likes structure, and by March she
      was setting the session goal herself before I asked. With C2 I spent longer in Reality,
      because her first answers were always what she thought she should say. GROW helped C1 get to
      her sign-off on 28 March: the Options stage in session 6 is where she came up with asking a
      pharmacist to role-play a senior technician pushing back on a rejection."""),
    H(1, "2.3 Knowledge, skills and behaviours of an ethical coach"),
    P("""Knowledge: GROW, the tools above, and the difference between coaching and managing, which
      matters because I line manage both. Skills: open questions, summarising, silence. Helen's
      observation of C1's session on 19 February showed me that I was asking leading questions
      dressed up as open ones ("have you thought about asking the pharmacist?"). Behaviours: being
      non-judgemental and keeping boundaries. The ethical test was C2's session on 27 February. She
      told me she had signed a cleaning log entry for a session she hadn't witnessed, because the
      colleague was new and she was sure it had been done. That is a data integrity issue and sits
      outside our confidentiality agreement. I told her so in the session, and we agreed she would
      raise it with QA herself the same day, which she did. That evening I had a 15-minute phone
      call with Helen to check I'd handled it right; she said telling C2 straight and letting her
      report it was the right call, and to note it in my reflections rather than my records."""),
    H(1, "2.4 Records from initial contact to completion"),
    P("""Initial contact was a conversation with each of them in December, followed by an e-mail
      with the agreement attached. The log for each coachee is below, with planned and held
      dates, then two session records as examples. I kept brief notes in the notebook and typed
      them up on the day."""),
    P("Coaching log – C1"),
    T(
        ["No.", "Planned", "Held", "Duration", "Focus", "Score"],
        ["1", "Wed 8 Jan 14:00", "Wed 8 Jan 14:00–15:00", "60 mins", "Chemistry and contract; skills audit to take away", "4"],
        ["2", "Wed 22 Jan 14:00", "Wed 22 Jan", "1.25h", "Skills audit results; goals", "4"],
        ["3", "Wed 5 Feb 14:00", "DNA – C1 on annual leave, we both forgot", "–", "", ""],
        ["4", "–", "Fri 7 Feb", "1 hr", "Rebooked. Her approval log so far (18/50)", "5"],
        ["5", "Wed 19 Feb 14:00", "Wed 19 Feb 14:00–15:30", "90 mins", "Observed by Helen (Teams). Rejecting a product", "4"],
        ["6", "Wed 5 Mar 14:00", "Wed 5 Mar", "1 hr 15", "Planning call; role-play idea", "5"],
        ["7", "Wed 19 Mar 14:00", "Wed 19 Mar 13:30–14:20", "50 mins", "Sign-off preparation", "5"],
        ["8", "Wed 2 Apr 14:00", "Wed 2 Apr", "1 hr", "Final review – signed off 28 Mar; led planning call 1 Apr", "5"],
        ["", "", "Subtotal C1", "460 mins (7 hrs 40)", "", ""],
    ),
    P("Coaching log – C2"),
    T(
        ["No.", "Planned", "Held", "Duration", "Focus", "Score"],
        ["1", "Thu 9 Jan 11:00", "Thu 9 Jan 11:00–11:30", "30 mins", "Three-way contracting with C2 and the Lead Pharmacist", "–"],
        ["2", "Thu 16 Jan 10:00", "Thu 16 Jan", "1 hr 10", "360 questions; goals", "3"],
        ["3", "Thu 30 Jan 10:00", "Cancelled – isolator 2 failed its pressure test", "–", "Rebooked Monday", ""],
        ["4", "–", "Mon 3 Feb", "1½ hrs", "360 results; huddle format", "4"],
        ["5", "Thu 13 Feb 10:00", "Thu 13 Feb 10:00–11:30", "90 mins", "Huddle going well; April rota", "4"],
        ["6", "Thu 27 Feb 10:00", "Thu 27 Feb", "45 mins", "The cleaning log (see 2.3)", "4"],
        ["7", "Thu 13 Mar 10:00", "Thu 13 Mar", "75 min", "Gowning conversation – rehearsal", "5"],
        ["8", "Thu 27 Mar 10:00", "Thu 27 Mar", "1 hr", "Review: huddle, rota done, conversation done", "5"],
        ["9", "Thu 10 Apr 10:00", "Booked – ending session (after hand-in)", "", "", ""],
        ["", "", "Subtotal C2", "460 mins (7 hrs 40)", "", ""],
    ),
    P("Total coaching: 920 mins = 15 hrs 20, over the 12 hours."),
    P("""Not in the logs: on 11 March I ran a 45-minute training session for the whole unit on the
      new glove-change procedure, which was training, not coaching, and on 20 March C2 shadowed me
      for the two-hour QA self-inspection, which she asked to do but isn't coaching either."""),
    P("Session record – C1, 19 February (observed)"),
    T(
        ["Time", "14:00 to 15:30, small office; Helen joined on Teams with camera on"],
        ["Goal for session", "C1: 'to feel OK about rejecting a product a senior made'"],
        ["Reality", "Approvals at 31/50, no errors. Has held back twice from querying a label because the maker was a senior technician."],
        ["Options", "Ask a pharmacist to back her; use the deviation form; say it out loud at the hatch; practise"],
        ["Will", "Next time, query at the hatch and write it on the worksheet. Tell me how it went."],
        ["Score / comment", "4 – 'odd with Helen watching but I said more than I expected'"],
    ),
    P("Session record – C2, 27 February"),
    T(
        ["Time", "45 minutes, small office"],
        ["Goal for session", "C2: the April rota. Changed after ten minutes (see 2.3)."],
        ["What happened", "Disclosure about the cleaning log. I explained the confidentiality limit; she chose to go to QA herself that day."],
        ["Will", "Go to QA before 2pm. Rota next session."],
        ["Score / comment", "4 – 'hard but fair'"],
    ),

    H(1, "3.1 Reflection and key learning"),
    P("""I wrote a short reflection after each session using Kolb's cycle (what happened, what I
      noticed, what it means, what I'll try). Key points in order: C1-1, I talked too much about
      the agreement. C2-1, the three-way meeting worked because C2 spoke first. C1-2 and C2-2,
      the tools gave us something concrete to talk about, which helped both of them open up. C1-4,
      after the DNA I was irritated, and noticed I was short with her for the first ten minutes.
      C1-5, the observation – my questions were leading. C2-5, I learnt that silence is not
      wasted time; she answered her own question after a long pause. C2-6, the disclosure – I was
      proud of how I handled it and a bit shaken. C1-6 and C2-7, role-play was the most useful
      technique for both. C1-8 and C2-8, they did the summarising, not me."""),
    H(1, "3.2 Feedback on each session"),
    P("""Both coachees scored each session out of five on a slip and wrote a comment; the scores are in
      the logs above. The three-way contracting meeting wasn't scored. Scores went from 3 and 4
      early to 5 at the end. The lowest (C2-2, a 3, 'too many questions, I didn't know what you
      wanted') made me slow down the Reality stage with her. The Lead Pharmacist's one-line
      mid-point update from C2 said the huddles were 'shorter and better'."""),
    H(1, "3.3 Communication skills"),
    P("""Questioning: my weakest area at the start. In the observation Helen counted eleven
      questions that were really suggestions. I now write down my first two questions before a
      session and check each is genuinely open. Listening: I'm better at listening to C2, maybe
      because I know her less well; with C1 I assumed I knew what she meant. Summarising back
      helped with both. Feedback: I used to give feedback as a manager ('that was good'); I've
      learnt to describe what I saw and ask what they noticed first, which C1 said made her think
      rather than just feel pleased."""),
    H(1, "3.4 Supervision"),
    T(
        ["Date", "Type", "Length", "Outcome"],
        ["Tue 28 Jan", "Tutor supervision (Teams)", "14:00–15:00", "Coaching someone you line manage; how to keep the GMP boundary in the agreement"],
        ["Wed 19 Feb", "Debrief after observation of C1-5", "20 mins", "Leading questions; let C1 summarise"],
        ["Tue 25 Mar", "Tutor supervision (face to face)", "1.5 hrs", "Ending well; my development plan; writing up"],
    ),
    P("""From the first supervision I rewrote the confidentiality line in the agreement to spell out
      the GMP exception. The debrief changed my questioning. And the outcome of the second
      supervision was a plan for ending the coaching properly rather than just stopping, and a
      development plan for myself, which includes coaching a third member of staff next year. I
      also went to the Trust coaching network meeting on 4 March (2 hours), which was useful CPD
      but not supervision, so I haven't counted it here."""),
    P("By submitting I confirm that this assignment is my own work. Owen Maddox, 14 April 2025"),
]

CASE = Case(
    name="ze_a_8587_302_aseptic_pharmacy_pdf",
    unit="8587-302",
    kind="structured-pdf",
    files=[SourceFile("O Maddox Unit 302 coaching.pdf", BLOCKS)],
    labels={
        "1.1": "booked fortnightly 60 to 90 minute slots",
        "1.2": "fifty supervised product approvals with no errors",
        "1.3": "anything that affects product quality or patient safety",
        "2.1": "the skills audit against the aseptic competency framework",
        "2.2": "I used GROW as the backbone",
        "2.3": "leading questions dressed up as open ones",
        "2.4": "The log for each coachee is below",
        "3.1": "I learnt that silence is not wasted time",
        "3.2": "scored each session out of five on a slip",
        "3.3": "eleven questions that were really suggestions",
        "3.4": "the outcome of the second supervision was a plan",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": True,
        "identifying": [],
        # C1: 60 + 75 (1.25h) + 60 + 90 (observed) + 75 (1 hr 15) + 50 + 60 = 470 (his subtotal says 460).
        # C2: 30 (three-way contracting) + 70 + 90 (1½ hrs) + 90 + 45 + 75 + 60 = 460.
        # 470 + 460 = 930; his "920 mins = 15 hrs 20" is 10 short.  Not the C1 DNA, the C2 cancellation,
        # the booked 10 Apr session, the unit training or the QA shadowing; records repeat 19 Feb, 27 Feb.
        "minutes": 930,
        "sessions": 14,
        "individuals": 2,
        # 60 (28 Jan) + 20 (debrief) + 15 (phone call, in 2.3 only) + 90 (1.5 hrs, 25 Mar) = 185;
        # not the coaching network meeting.
        "supervision_minutes": 185,
    },
    about="Hospital aseptic pharmacy unit manager coaching two staff; 302 as a PDF from Word with AC headings, one Planned/Held log per coachee with a wrong C1 subtotal feeding a wrong total, a DNA and an isolator cancellation rebooked, a three-way contracting session, an observed session and a disclosure session repeated as records, a phone call to the tutor only in prose; clean.",
)
