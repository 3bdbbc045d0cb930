"""MD36 36-hour mentoring diary: a commercial archaeology unit's project officer, DOCX.

Imogen Featherstone is a Project Officer at a (fictional) commercial archaeology contractor,
Three Shires Archaeology, and mentors three site assistants she calls M1, M2 and M3 (a graduate
in her first job, a career changer from the Army, and a returner after five years out). She uses
the task's four sub-headings and answers each bullet under a run-in label of her own. The diary
log is one Word table with hours in decimals ("1.5", "1.75", "2.0"); two group sessions (all
three mentees) are one row each; one row is cancelled (trench flooded), one is a planned
follow-up after the diary closed. Her TOTAL row says 44.75, an arithmetic slip: the rows add up
to 45.75 (she dropped an hour somewhere), and she repeats 44.75 in her prose. Supervision is in
a separate two-row table (a college tutorial and a session with the Head of Fieldwork), and a
third supervision is only booked for March (planned). One planted detail: M2's work e-mail
address, left in the header of an e-mail she pasted as feedback. Signed declaration.

Assessor's arithmetic (diary log, decimal hours):
  M1: 02/09 1.5 + 10/09 2.0 + 01/10 1.5 + 22/10 2.0 + 05/11 1.75 + 19/11 1.5 + 10/12 1.25
      + 14/01 1.5 + 28/01 1.0 = 14.0 h = 840 min (9 sessions)
  M2: 03/09 1.5 + 12/09 1.75 + 03/10 2.0 + 24/10 1.5 + 07/11 2.25 + 21/11 1.0 + 12/12 1.5
      + 16/01 1.5 + 30/01 1.0 = 14.0 h = 840 min (9 sessions)
  M3: 05/09 1.0 + 13/09 1.5 + 11/10 1.25 + 25/10 2.0 + 08/11 1.5 + 22/11 2.0 + 13/12 1.75
      + 17/01 1.25 + 31/01 1.0 = 13.25 h = 795 min (9 sessions)
  Group (M1, M2, M3): 24/09 2.5 + 03/12 2.0 = 4.5 h = 270 min (2 sessions, each once)
  840 + 840 = 1680; + 795 = 2475; + 270 = 2745 min = 45.75 h; 9 + 9 + 9 + 2 = 29 sessions.
  Not counted: 04/10 M3 cancelled (flooded, "-"); 11/02/25 planned follow-up (1.0); the TOTAL
  row (44.75, wrong by 1.0) and the prose repeating it.
  Supervision table: 15/10/24 tutorial 1.5 h = 90 + 20/01/25 Head of Fieldwork 1.0 h = 60 = 150.
  Not: the supervision booked for 6 March (planned, 1 hour).
"""

from corpus.case import B, Case, H, P, SourceFile, T

LOG = T(
    ["Date", "Mentee", "Hrs", "What we did", "Progress / impact on role"],
    ["02/09/24", "M1", "1.5", "First meeting. Contract, expectations, how the diary works",
     "Contract signed. M1 nervous about context sheets"],
    ["03/09/24", "M2", "1.5", "First meeting. Contract, ground rules, previous experience in the Army",
     "Contract signed. Wants to move into survey"],
    ["05/09/24", "M3", "1.0", "First meeting. Contract. What has changed since 2019",
     "Contract signed. Worried about the new digital recording"],
    ["10/09/24", "M1", "2.0", "Competence self-rating against the CIfA matrix, agree goals",
     "Goals 1 and 2 agreed (see Goals)"],
    ["12/09/24", "M2", "1.75", "Self-rating, goal setting, looked at GPS kit together",
     "Goals agreed. Booked onto Leica course"],
    ["13/09/24", "M3", "1.5", "Self-rating, goals. Tablet recording walk-through",
     "Goals agreed. Will use tablet for one trench"],
    ["24/09/24", "M1, M2, M3 (group)", "2.5", "Group session on the Chalkhill site: recording a cremation deposit",
     "All three recorded a feature start to finish"],
    ["01/10/24", "M1", "1.5", "Reviewed M1's context sheets line by line",
     "Fewer gaps on sheets; supervisor noticed"],
    ["03/10/24", "M2", "2.0", "Survey practice, levelling a section",
     "Levels within 5mm of mine"],
    ["04/10/24", "M3", "-", "Cancelled - trench flooded overnight, rebooked for 11/10", "-"],
    ["11/10/24", "M3", "1.25", "Digital recording problems, questions on the app",
     "Recorded a whole trench on the tablet"],
    ["22/10/24", "M1", "2.0", "Planning a small evaluation trench herself",
     "Drew up trench plan, checked by me"],
    ["24/10/24", "M2", "1.5", "Feedback on his first site survey",
     "Survey accepted by the Project Manager"],
    ["25/10/24", "M3", "2.0", "Finds processing, confidence with the new finds codes",
     "Trained two volunteers in the finds shed"],
    ["05/11/24", "M1", "1.75", "Talking to the client's groundworkers",
     "Handled the machine driver on her own"],
    ["07/11/24", "M2", "2.25", "GPS survey of the whole site, then debrief",
     "Ran the rover on his own all afternoon"],
    ["08/11/24", "M3", "1.5", "Return to work review, hours and childcare",
     "Agreed a 4-day week with the PM"],
    ["19/11/24", "M1", "1.5", "Reviewed goal 1, what is still hard",
     "Goal 1 met (sheets signed off)"],
    ["21/11/24", "M2", "1.0", "Short one - rain stopped play. Career options talk",
     "Looked at the survey technician job spec"],
    ["22/11/24", "M3", "2.0", "Supervising volunteers, delegating",
     "Ran the Saturday volunteer day"],
    ["03/12/24", "M1, M2, M3 (group)", "2.0", "Group: planning the post-excavation assessment",
     "Each took a section of the report"],
    ["10/12/24", "M1", "1.25", "Report writing, her section on the ditches",
     "First draft in"],
    ["12/12/24", "M2", "1.5", "CAD drawing of the survey",
     "Plan drawn for the report"],
    ["13/12/24", "M3", "1.75", "Finds report section",
     "Draft in, good"],
    ["14/01/25", "M1", "1.5", "Review of progress, next goal: site supervisor",
     "Applied for acting supervisor role"],
    ["16/01/25", "M2", "1.5", "Interview prep for survey technician",
     "Interview booked 3 Feb"],
    ["17/01/25", "M3", "1.25", "Review: confidence back?",
     "Self-rating up on 6 of 8 areas"],
    ["28/01/25", "M1", "1.0", "Closing session, what next", "Ending agreed"],
    ["30/01/25", "M2", "1.0", "Closing session", "Ending agreed"],
    ["31/01/25", "M3", "1.0", "Closing session", "Ending agreed"],
    ["11/02/25", "M1, M2, M3", "1.0", "PLANNED - follow-up coffee when the assessment report is out", ""],
    ["TOTAL", "", "44.75", "", ""],
)

SUPERVISION = T(
    ["Date", "With", "Hrs", "What we covered"],
    ["15/10/24", "ILM tutor - tutorial at the training centre", "1.5",
     "My diary so far, the group session, whether I was doing M2's thinking for him"],
    ["20/01/25", "Head of Fieldwork (my workplace supervisor for this diary)", "1.0",
     "Endings, M3's hours, how the company could run mentoring for all new starters"],
)

BLOCKS = [
    H(0, "Workplace Mentoring Diary"),
    P("Imogen Featherstone - Project Officer, Three Shires Archaeology"),
    P("""Three site assistants, September 2024 to January 2025. I have called them M1, M2 and M3
      throughout. They each agreed to me using the diary for my ILM assessment."""),

    H(1, "Planning and organising mentoring sessions"),
    P("""Our unit takes on new site assistants every spring and autumn and most of them learn the
      job by being shouted at across a trench. When our Head of Fieldwork asked for volunteers to
      mentor the autumn intake properly I said yes, partly for my ILM and partly because nobody
      did it for me."""),
    P("""Prepare and plan. I planned fortnightly sessions of about an hour and a half with each
      mentee, plus a group session when all three were on the same site. Sessions had to fit
      round fieldwork, so I booked them on the days the forecast was worst, when we would be in the
      welfare cabin anyway, and kept Friday afternoons free for rearranging. I planned a first
      meeting, a self-rating and goals meeting, then working sessions, a review in January and a
      closing session, roughly 40 hours in all. I set up a ring binder for each mentee, kept in the
      locked drawer in the site office, with the contract, the self-rating and the session notes."""),
    P("""Contracting. At each first meeting we went through a one-page mentoring contract: what
      mentoring is and is not (I am not their line manager and I do not sign off their probation),
      how often we meet, that either of us can end it, and confidentiality. The limits were spelled
      out: I would only break confidence for health and safety or safeguarding, and I would tell them
      first. We agreed that nothing from our sessions would be passed to the Project Managers
      without their say-so, which mattered to M2 most because he had an awkward start with one of
      them. The scope was the job and their next step in archaeology, not personal life, though M3
      asked to include her return-to-work worries and we added that in writing."""),
    P("""Goals. Each mentee rated themselves first and then wrote their own goals, which I helped to
      make specific. M1: (1) complete context sheets that the supervisor signs off without
      corrections by the end of November; (2) plan and run a small evaluation trench. M2: (1) carry
      out a GPS site survey on his own by November; (2) apply for a survey technician post. M3:
      (1) record a full trench on the tablet without ringing the office; (2) supervise a volunteer
      day. I made sure every goal could be seen by someone else on site, not just felt."""),

    H(1, "Undertake mentoring sessions"),
    P("""This part is the working end of the diary: the tools I used, how I questioned and listened,
      the log of sessions and what changed for each of them back on site."""),
    P("""Diagnostic and assessment tools. I used two. The first was a competence self-rating built
      from the CIfA competence matrix for site assistants: eight areas (excavation, recording,
      survey, finds, health and safety, communication, teamwork, report writing) scored 1 to 5 by
      the mentee and then by me, and we talked about where the scores differed. M1 scored herself 2
      on recording and I had her at 3, which told me the problem was confidence, not skill. The
      second was the Honey and Mumford learning styles questionnaire. M2 came out strongly
      Activist, which explained why the survey manual did nothing for him and why we went straight
      out with the rover instead. We repeated the self-rating in January."""),
    P("""Questioning and listening. I am a talker, so I made myself a rule of asking before telling.
      Open questions opened things up ("What happened when you got to the bottom of the ditch?"),
      then probing ones ("What made you decide it was natural?"), and I used closed questions only to
      check facts. In the 08/11 session M3 spent ten minutes on childcare before she got to the
      real issue, which was that she felt everyone thought she had gone soft. I kept quiet,
      nodded, and only summarised at the end. She said afterwards it was the first time someone had
      let her get to the point in her own time."""),
    P("""Mentoring three clients for at least 36 hours. The log below records every session with the
      three of them. The two group sessions are one row each and I have only counted their length
      once. The session on 4 October was cancelled when the trench flooded, and the February one is
      only planned. My total comes to 44.75 hours across the three site assistants."""),
    LOG,
    P("""Records. Besides the log, each binder has a short note of every session with the agreed
      action, and I marked progress against each goal in the right-hand column of the log. I
      wrote the impact on their role from what I saw on site, not just what they told me: when
      the Project Manager accepted M2's survey without changes on 24 October that went in the log
      the same evening. All the binders went to the mentees at the end and my copies are
      shredded except the log, which has no names in it."""),

    H(1, "Feedback and reflections of effectiveness of mentoring activity"),
    P("""I asked for feedback all the way through, not just at the end, and I have tried to be honest
      here about the bits that did not work."""),
    P("""Feedback from stakeholders. Each mentee filled in a five-question feedback slip in
      November and again at the end. M1 wrote that the context-sheet sessions were "the most useful
      thing anyone has done for me here". M3 said the group sessions were too rushed. M2 preferred to
      e-mail, and I have pasted his message exactly as it arrived:"""),
    P("""From: jordan.pask@threeshires-arch.co.uk - Sent: 31 January 2025 - Subject: mentoring
      feedback. "Honestly it was good. Best bit was being let loose with the rover and then talking
      it through after. Worst bit was when you told me what to say to the PM instead of letting me
      work it out, I'd have preferred to get it wrong myself." """),
    P("""The Head of Fieldwork also gave feedback: she said the site supervisors had noticed M1's
      sheets improving and that M2 had been put forward for the survey post on her recommendation."""),
    P("""Effectiveness of different programmes. I was really running three different programmes. The
      one-to-ones worked best for M1 and M3 because their goals were personal and about
      confidence. The group sessions were good for skills everybody needed, like recording a
      cremation, and the mentees learnt from each other, but an afternoon split three ways left M3
      feeling squeezed. With M2 the on-site practical sessions worked far better than the
      cabin ones, which fits his Activist score. If I did it again I would keep the group sessions
      but make them shorter and more frequent."""),
    P("""My own performance. The biggest challenge was M2, where I kept slipping into telling him
      what to do, as his e-mail says. With M3 the challenge was different: her worries went beyond
      the job and I had to keep the line between mentoring and counselling, which I did by
      pointing her to the employee assistance line. I am better at structure than at silence."""),

    H(1, "Tutorial reflections of effectiveness of mentoring activity"),
    P("""I had two proper supervision sessions while the diary was running. They are recorded
      here separately from the mentoring log."""),
    SUPERVISION,
    P("""How supervision informed and challenged my approach. The October tutorial challenged me
      more than I expected. My tutor read the M2 entries and asked who had written his action
      points. I had. She suggested I ask him to write his own actions in the binder and I started
      that on 24 October, which is when his survey goal really moved. In January the Head of
      Fieldwork made me think about endings: I had planned to just stop, and she suggested a formal
      closing session with each of them, which is why the last three rows exist."""),
    P("""Future supervision. For the spring intake I will have supervision every six weeks, not
      just twice, and I will take one real session note each time rather than talking in general.
      I have already booked a supervision with the Head of Fieldwork for 6 March (an hour) to start
      this, and I will ask the other mentors in the unit to meet as a peer supervision group once a
      quarter."""),

    P("""Declaration: By submitting I confirm that this assignment is my own work. Signed: Imogen
      Featherstone, 14 February 2025"""),
]

CASE = Case(
    name="v_md36_archaeology_unit_docx",
    unit="MD36",
    kind="structured-docx",
    files=[SourceFile("IFeatherstone mentoring diary MD36.docx", BLOCKS)],
    labels={},  # the MD36 rubric is known to be wrong: its evidence is not measured (see test_heldout_build)
    expected_checks={
        "declaration": True,
        "evidence_matrix": None,
        "identifying": ["jordan.pask@threeshires-arch.co.uk"],  # M2's e-mail in the pasted header
        # M1: 1.5 + 2.0 + 1.5 + 2.0 + 1.75 + 1.5 + 1.25 + 1.5 + 1.0 = 14.0 h = 840 (9)
        # M2: 1.5 + 1.75 + 2.0 + 1.5 + 2.25 + 1.0 + 1.5 + 1.5 + 1.0 = 14.0 h = 840 (9)
        # M3: 1.0 + 1.5 + 1.25 + 2.0 + 1.5 + 2.0 + 1.75 + 1.25 + 1.0 = 13.25 h = 795 (9)
        # Group: 24/09 2.5 + 03/12 2.0 = 4.5 h = 270 (2, once each)
        # 840 + 840 + 795 + 270 = 2745 = 45.75 h. Her TOTAL 44.75 is a slip (1.0 short).
        # Not: 04/10 cancelled; 11/02/25 PLANNED 1.0; TOTAL row; prose "44.75".
        "minutes": 2745,
        "sessions": 29,  # 9 + 9 + 9 + 2
        "individuals": 3,  # M1, M2, M3
        # 15/10/24 tutorial 1.5 h = 90 + 20/01/25 Head of Fieldwork 1.0 h = 60 = 150;
        # not the supervision booked for 6 March (planned).
        "supervision_minutes": 150,
    },
    about="Archaeology project officer's MD36 diary DOCX: decimal-hours log with two group rows, a cancelled and a planned row, a TOTAL row wrong by 1.0 (44.75 for 45.75) repeated in prose; separate two-row supervision table plus a booked (planned) one; mentee's work e-mail in a pasted feedback header.",
)
