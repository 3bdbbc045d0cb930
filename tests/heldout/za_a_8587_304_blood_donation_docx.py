"""8587-304 extended mentoring: a mobile blood donation team's session manager, DOCX portfolio.

Fiona Kettlewell is a Donor Session Manager (a registered nurse) running mobile blood donation
sessions in village and church halls across Shropshire for the national blood service. She
mentors two newly appointed Session Supervisors, "SS1" and "SS2". One DOCX: a front sheet table
with a signed learner declaration, an evidence matrix (AC | Evidence | Section), "AC n.n" headings,
one log table for both mentees with Planned and "Actual (h:mm)" columns, per-mentee hours typed
under the table, the signed mentoring agreement's signature block, a tutor's observation record
for one session, and a pasted e-mail from SS2 as feedback.

Traps: durations in h:mm ("1:10", "0:50", "1:05") that read like clock times; one Actual cell
holding both the mentoring and the clinic times ("12:45-13:25 (clinic 13:30-16:30)"); a session in
the van driving back from Ludlow; a joint session with both mentees (one session, counted once);
a blank Actual with the note "ran exactly to time" (the planned 1:00); a session cancelled when the
clinic was moved at short notice; a session lost because she got SS2's leave wrong; an 8-minute
logistics call "not counted"; the observed session also written up on the tutor's observation
record (10:00-11:05); her per-mentee hours each include the joint session, so her "total 14:50"
counts it twice; a debrief with SS2 in a corridor after a donor fainted, "haven't logged it";
her line manager's monthly 1:1s, which she says are not supervision.

Planted (4): SS1's signature under the agreement, "K. Hollings"; SS2's full name in the pasted
e-mail's From line, "Priya Ramsden"; SS2's mobile in the e-mail signature, "07700 900482"; SS2's
first name alone in the 3.1 reflection, "Priya".
Not identifying: her own name; SS1/SS2; her tutor (named on the observation form as observer,
"Ann Threlfall"); her line manager by role; the blood service, Shropshire towns and venues;
Egan's Skilled Helper, GROW, SWOT, Kolb, the Johari window.

Practice truth (the log table):
  1 06/01 SS1 Actual 1:10 = 70 (first meeting and agreement: counts)
  2 07/01 SS2 0:50 = 50 (first meeting and agreement)
  3 14/01 SS1 "12:45-13:25 (clinic 13:30-16:30)" = 40 (mentoring only)
  4 21/01 SS2 van, 0:50 = 50
  5 28/01 SS1 + SS2 joint 1:30 = 90 (one session, counted once)
  6 04/02 SS1 cancelled (clinic moved to Telford) -> excluded
  7 11/02 SS2 Actual blank, "ran exactly to time", Planned 1:00 = 60
  8 18/02 SS1 1:05 = 65 (observed by tutor; also the observation record 10:00-11:05: same session)
  9 25/02 SS2 not held (SS2 on leave, her mistake) -> excluded
  10 04/03 SS2 1:20 = 80
  11 11/03 SS1 0:55 = 55
  12 18/03 SS2 1:00 = 60
  13 25/03 SS1 1:15 = 75
  14 01/04 SS2 phone 0:08 "not counted" -> excluded
  15 08/04 SS1 1:00 = 60
  16 09/04 SS2 0:45 = 45
  70 + 50 = 120, + 40 = 160, + 50 = 210, + 90 = 300, + 60 = 360, + 65 = 425, + 80 = 505,
  + 55 = 560, + 60 = 620, + 75 = 695, + 60 = 755, + 45 = 800.
  minutes 800; sessions 13; individuals 2 (SS1 = K. Hollings, SS2 = Priya Ramsden/Priya).
  Check by mentee: SS1 70 + 40 + 65 + 55 + 75 + 60 = 365; SS2 50 + 50 + 60 + 80 + 60 + 45 = 345;
  joint 90.  365 + 345 + 90 = 800.  Her "SS1 7:35" = 455 and "SS2 7:15" = 435 each include the
  joint 90, so her "total 14:50" = 890 counts it twice.
  Not: the corridor debrief at Shrewsbury (~20 mins, "haven't logged it"); the 8-minute call; the
  clinic 13:30-16:30; rows 6 and 9.
  Supervision: 29/01 tutor on Teams "1 hr" = 60; 18/02 tutor's debrief after the observed session
  "25 minutes" = 25; 19/03 face to face 10.30-12.00 = 90.  60 + 25 + 90 = 175.  Not: the line
  manager's monthly 1:1s ("not supervision").
"""

from corpus.case import Case, H, P, SourceFile, T

LOG = T(
    ["No", "Date", "Who", "Where", "Planned", "Actual (h:mm)", "Notes"],
    ["1", "06/01", "SS1", "Base office, Shrewsbury", "1:00", "1:10", "First meeting, agreement signed, skills scan"],
    ["2", "07/01", "SS2", "Base office", "1:00", "0:50", "First meeting, agreement signed, skills scan"],
    ["3", "14/01", "SS1", "St Mary's church hall, Bridgnorth", "0:45",
     "12:45-13:25 (clinic 13:30-16:30)", "Before set-up. SWOT on her first month"],
    ["4", "21/01", "SS2", "Van", "-", "0:50",
     "In the van on the way back from Ludlow, I drove. Donor flow problems at the session"],
    ["5", "28/01", "SS1 + SS2", "Base office", "1:30", "1:30", "Joint session - rota planning and the new donor app"],
    ["6", "04/02", "SS1", "-", "1:00", "", "Cancelled - session moved to Telford at short notice"],
    ["7", "11/02", "SS2", "Base office", "1:00", "", "ran exactly to time. Handling a complaint from a donor"],
    ["8", "18/02", "SS1", "Base office", "1:00", "1:05", "Observed by my tutor (see observation record)"],
    ["9", "25/02", "SS2", "-", "1:00", "", "Not held - SS2 on annual leave, I'd got the rota wrong"],
    ["10", "04/03", "SS2", "Base office", "1:00", "1:20", "Her 3 month review, what she wants to say"],
    ["11", "11/03", "SS1", "Community centre, Oswestry", "1:00", "0:55", "Delegating to the donor carers"],
    ["12", "18/03", "SS2", "Base office", "1:00", "1:00", "Confidence running the session on her own"],
    ["13", "25/03", "SS1", "Base office", "1:00", "1:15", "Career - the clinical route or management"],
    ["14", "01/04", "SS2", "Phone", "-", "0:08", "just logistics about her assessment day - not counted"],
    ["15", "08/04", "SS1", "Base office", "1:00", "1:00", "Final review, ending"],
    ["16", "09/04", "SS2", "Base office", "1:00", "0:45", "Final review, ending"],
)

AGREEMENT = T(
    ["Mentoring agreement - signatures", ""],
    ["Mentor", "F Kettlewell"],
    ["Mentee", "K. Hollings"],
    ["Stakeholder (line manager of mentee)", "Area Donor Services Manager - signed"],
    ["Date", "06/01"],
)

OBSERVATION = T(
    ["Observation of mentoring practice", ""],
    ["Learner", "Fiona Kettlewell"],
    ["Observer", "Ann Threlfall (tutor)"],
    ["Date and time", "18/02, 10:00-11:05"],
    ["Mentee", "SS1"],
    ["Strengths observed", "Good rapport, mentee did most of the talking in the first half. "
     "Clear summary at the end with actions in the mentee's words."],
    ["Areas to develop", "Second half became advice-giving once the mentee asked 'what would you do?'. "
     "Try handing the question back."],
    ["Debrief", "25 minutes after the session, in the base office"],
)

EMAIL = T(
    ["E-mail pasted as evidence for 3.2", ""],
    ["From", "Priya Ramsden"],
    ["Sent", "10 April"],
    ["Subject", "Mentoring - feedback like you asked"],
    ["Message",
     "Hi Fiona, you asked for honest feedback so here it is. The sessions that helped most were the "
     "complaint one and the one before my review, because I went in knowing what I wanted to say. "
     "The van one was good too, funny how it's easier to talk when you're not looking at each other. "
     "The one thing I'd change is the joint session, I didn't say much with SS1 there. Thanks for "
     "everything, I feel like I can run a session on my own now. "
     "Mob: 07700 900482"],
)

BLOCKS = [
    T(
        ["ILM Level 3 Certificate in Effective Coaching and Mentoring", ""],
        ["Unit", "8587-304 Undertaking an Extended Period of Mentoring within an Organisational Context"],
        ["Learner", "Fiona Kettlewell"],
        ["Role", "Donor Session Manager (RGN), Shropshire mobile team"],
        ["Learner declaration", "I confirm that the work submitted is my own and that the mentoring took place as recorded. "
         "Signed F Kettlewell 14/04"],
    ),
    H(1, "Evidence matrix"),
    T(
        ["AC", "Evidence", "Section"],
        ["1.1", "Mentoring plan", "AC 1.1"],
        ["1.2", "Goals agreed at first meetings", "AC 1.2"],
        ["1.3", "Mentoring agreement (signatures copied in)", "AC 1.3"],
        ["2.1", "Skills scan, SWOT", "AC 2.1"],
        ["2.2", "Skilled Helper model", "AC 2.2"],
        ["2.3", "Account plus tutor observation record", "AC 2.3"],
        ["2.4", "Mentoring log", "AC 2.4"],
        ["3.1", "Reflections", "AC 3.1"],
        ["3.2", "Feedback scores and SS2's e-mail", "AC 3.2"],
        ["3.3", "Communication review", "AC 3.3"],
        ["3.4", "Supervision summaries", "AC 3.4"],
    ),

    H(1, "Background"),
    P("""I run mobile blood donation sessions across Shropshire, in church halls, community centres
      and a few workplaces. A session has a team of about ten: nurses, donor carers and a
      Session Supervisor who runs the floor while I look after the clinical side. We had two new
      Session Supervisors start in December, one promoted from donor carer (SS1) and one who
      came to us from a hospital outpatients department (SS2). I offered to mentor both for
      their first four months, which is also when they do their competency sign-off."""),

    H(1, "AC 1.1 Plan"),
    P("""I planned fortnightly sessions of an hour with each of them, January to mid April, seven
      each, which would come to 14 hours and leave room for the ones that would inevitably get
      lost (our sessions get moved at short notice when a venue falls through). The base office
      in Shrewsbury on non-clinic mornings, or before set-up at a venue if we were both on the
      same session that day, because a session day starts at 11 and there is a quiet hour
      before the donors arrive. I checked the dates against the session calendar and both their
      rosters before the first meeting. I planned one joint session in the middle on rota
      planning, as both of them needed it. I also asked my tutor to observe one session in
      February. Materials: the competency framework for Session Supervisors, a skills scan,
      a SWOT template, the Skilled Helper model notes from the workshop, and a notebook each."""),

    H(1, "AC 1.2 Goals"),
    P("""Goals were agreed at each first meeting using the competency framework and the skills scan.
      SS1 (coming from donor carer, so she knows the work but not how to lead her old friends):
      to delegate the donor carer allocation at the morning huddle without doing it herself, by
      March; and to complete her Session Supervisor competency sign-off by mid April. SS2 (new to
      the service, strong clinically): to learn the donor flow and run a session floor without
      needing to ask me, by her 3 month review; and to handle a donor complaint herself from start
      to finish. Both goals were written in their words on the agreement and revisited at each
      session."""),

    H(1, "AC 1.3 Contract"),
    P("""I used the ILM mentoring agreement with both, at the first meeting. We agreed how often,
      where, the 24 hour cancellation rule (except for clinical emergencies), that the mentoring
      is confidential except where there is a risk to donor or staff safety, and that the
      competency sign-off is done by someone else so that mentoring stays separate from
      assessment. The Area Donor Services Manager, who is their line manager, was the other
      stakeholder and signed both agreements; she agreed she would be told only whether sessions
      were happening. The signed originals are in the locked cabinet at base; SS1's signature
      block is copied below."""),
    AGREEMENT,

    H(1, "AC 2.1 Diagnostic tools"),
    P("""The skills scan at the first meeting asked each of them to score themselves 1 to 5 on the
      twelve competencies. SS1 scored herself 5 on donor care and 1 on 'leading the team', and
      said she felt like she was bossing her mates about. SS2 was the other way round: high on
      leading, low on 'knowledge of donor flow and the donor journey'. That shaped the whole
      plan. In session 3 SS1 did a SWOT on her first month and the weakness that came out was
      not confidence at all, it was that she did not know the rota rules well enough to defend
      her decisions, which is why she gave in whenever someone argued. We changed the joint
      session to cover the rota rules because SS2 needed them too."""),

    H(1, "AC 2.2 Mentoring model"),
    P("""I used Egan's Skilled Helper model: the current picture, the preferred picture, and the way
      forward. It suits mentoring in the blood service because people come with a real problem
      from last week's session, and the model lets them tell the story before jumping to
      actions. With SS2 in the van after Ludlow she told the story of a queue of angry donors,
      then I asked what a good session would have looked like, and she described it in detail,
      and then the way forward was hers: a second registration point when the queue goes past
      eight. She has done it at every session since. I used GROW as a quicker structure for the
      review sessions."""),

    H(1, "AC 2.3 Knowledge, skills and behaviours"),
    P("""Knowledge: the models, and the service itself, where I have 11 years. The observation
      record shows where that knowledge got in the way; when SS1 asked me what I would do, I told
      her, and the second half of the session became advice. Skills: open questions, summarising,
      silence, reflecting back feelings as well as facts. Behaviours and ethics: I kept what they
      told me confidential even when SS1 told me about a nurse she thought was rude to donors; I
      asked her what she wanted to do and supported her to raise it herself rather than me
      dealing with it as the manager. I was also careful with SS2 because of the power
      difference, I am senior to her on the floor. I never used anything from mentoring when I
      had to give her clinical feedback on a session day."""),
    OBSERVATION,

    H(1, "AC 2.4 Mentoring log"),
    P("""Everything from the first meeting to the final reviews is in this one log, typed up the same
      day from my notebook. Actual time is in hours and minutes."""),
    LOG,
    P("""Hours per mentee: SS1 7:35, SS2 7:15 - total 14:50."""),
    P("""Also, after the Shrewsbury session on 12/03 a donor fainted in the car park and I talked it
      through with SS2 in the corridor afterwards (about 20 mins). It was more of a clinical
      debrief than mentoring so I haven't logged it."""),

    H(1, "AC 3.1 Reflection"),
    P("""After each session I used Kolb's cycle in my notebook, three questions: what happened,
      what did I learn, what will I do next time. Key learning, session by session:"""),
    P("""06/01 and 07/01 first meetings: I filled in the agreement for them; next time let them
      read it and ask questions. 14/01: before set-up works but we both kept watching the door;
      the base office is better. 21/01 van: side by side talking is easier for some people,
      Priya told me more in the van than in the office. 28/01 joint: SS1 did all the talking,
      SS2 hardly spoke; joint sessions need a structure that brings in the quieter person.
      11/02: I let SS2 work out the complaint process herself from the policy, slower but she
      remembered it. 18/02 observed: I handed out advice as soon as I was asked. 04/03: SS2
      rehearsed her review; I learnt that rehearsal is a good mentoring tool. 11/03 and 25/03:
      SS1 was much more confident; I did less. Final reviews: both of them said what they had
      got out of it before I could say it for them, which is how it should be. The most
      important thing overall: the answer has to be theirs even when I know it."""),
    P("""The session I got most wrong was one that never happened: I booked SS2 for 25/02 when she
      was on leave. I learnt to check their leave as well as the clinic calendar."""),

    H(1, "AC 3.2 Feedback"),
    P("""At the end of each session I asked them to score it 1 to 5 for usefulness and give one
      comment, written on the notes sheet. SS1's scores were 3, 4, 4, 4, 5 and 5; SS2's were 4,
      5, 3 (the joint one), 4, 5, 5. The one low score for SS2 matched her e-mail below and was
      the reason I changed how I would run a joint session. SS1's comment on the observed session
      was 'you told me the answer', the same as my tutor's. I reviewed the scores at the end of
      February and again at the end, and changed the sessions each time."""),
    EMAIL,

    H(1, "AC 3.3 Communication skills"),
    P("""Questioning: I ask good opening questions but when a mentee asks me directly what I would
      do, I answer. The tutor's observation and SS1 both picked that up. I now say 'what options
      can you see?' first and only give my view if they still want it after that. Listening: I
      am a good listener one to one, worse in the joint session where I listened to whoever
      spoke loudest. Feedback: I used specific examples from session days, and found that asking
      them to assess themselves first made the feedback land better, because most of the time
      they had already spotted it."""),

    H(1, "AC 3.4 Supervision"),
    P("""Supervision 1 - 29/01, with my tutor on Teams, 1 hr. I took the joint session and the
      problem of mentoring someone (SS1) who used to be one of the donor carers I manage. My
      tutor asked what I was afraid would happen if I let SS1 struggle. Outcome: I agreed to stop
      rescuing her in sessions and to bring in a structure for joint sessions."""),
    P("""After the observed session on 18/02 my tutor gave me a 25 minute debrief (on the
      observation record above)."""),
    P("""Supervision 2 - 19/03, face to face at the training centre, 10.30-12.00. We went through my
      log, my reflections and both mentees' feedback scores. We talked about ending the
      mentoring well and what I would do differently with the next new supervisors. Outcome: a
      proper ending session with each, and for future mentoring, a check of leave as well as the
      calendar. I also have monthly 1:1s with my line manager where the mentoring gets mentioned,
      but those are not supervision. Supervision taught me to leave a gap where I would normally
      put the answer."""),
]

CASE = Case(
    name="za_a_8587_304_blood_donation_docx",
    unit="8587-304",
    kind="portfolio",
    files=[SourceFile("Kettlewell F 8587-304 portfolio.docx", BLOCKS)],
    labels={
        "1.1": "there is a quiet hour before the donors arrive",
        "1.2": "to delegate the donor carer allocation at the morning huddle",
        "1.3": "so that mentoring stays separate from assessment",
        "2.1": "she did not know the rota rules well enough to defend her decisions",
        "2.2": "a second registration point when the queue goes past eight",
        "2.3": "I never used anything from mentoring when I had to give her clinical feedback",
        "2.4": "Everything from the first meeting to the final reviews is in this one log",
        "3.1": "the answer has to be theirs even when I know it",
        "3.2": "the reason I changed how I would run a joint session",
        "3.3": "asking them to assess themselves first made the feedback land better",
        "3.4": "leave a gap where I would normally put the answer",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": True,
        "identifying": ["K. Hollings", "Priya Ramsden", "07700 900482", "Priya"],
        # 70 + 50 + 40 (12:45-13:25, not the clinic) + 50 (van) + 90 (joint, once) + 60 (blank,
        # "ran exactly to time") + 65 (observed) + 80 + 55 + 60 + 75 + 60 + 45 = 800.  Not: the
        # cancelled and not-held rows, the 0:08 call ("not counted"), the corridor debrief.
        # Her "total 14:50" (890) counts the joint session in both mentees' hours.
        "minutes": 800,
        "sessions": 13,
        "individuals": 2,
        # 29/01 Teams 1 hr = 60; 18/02 debrief 25; 19/03 10.30-12.00 = 90: 175.
        "supervision_minutes": 175,
    },
    about="Mobile blood donation session manager mentoring two new session supervisors; 304 DOCX with front-sheet declaration, matrix, one h:mm log (mentoring and clinic times in one cell, a van session, a joint session, a blank Actual 'ran exactly to time', cancelled and not-held rows, an 8-min call not counted), per-mentee hours counting the joint twice, an observed session's record and debrief; signature, full name, mobile and first name planted.",
)
