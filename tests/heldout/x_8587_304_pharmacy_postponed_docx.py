"""8587-304 extended mentoring: a hospital pharmacy's lead technician, DOCX portfolio whose log mixes duration formats.

Sinead Gallagher is Lead Pharmacy Technician (Education and Training) in an NHS hospital
pharmacy. She mentors two newly qualified pharmacy technicians, whom she calls MA and MB
throughout, for six sessions each from January to March. Word headings numbered by AC.
Her log's Duration column is written as she recorded it at the time: "50m", "1h 10m" and
"1.5 hrs". A row dated 06/03 (MA, "1.5 hrs") is marked "postponed - see 14/3": she had
written it in advance and MA was pulled onto the aseptic unit; the rescheduled session is
logged on 14/03. A Total row restates the sum. The first session with MA is a chemistry
meeting plus agreement (counts). A 20-minute three-way contracting meeting with MB's line
manager is mentioned in prose and explicitly not counted. Supervision is a separate short
table: two with her clinical supervisor, one with her ILM tutor on Teams, and a final
tutorial "booked" with no length (not delivered yet). Evidence matrix and signed declaration.

Planted (2): MB's mobile number, which MB wrote on the agreement and Sinead copies into 1.3
("07834 219506"); MB's first name signing a feedback quote in 3.2 ("Leanne").
Clean but tricky: her own name; roles (Chief Pharmacist, aseptic lead, Principal Pharmacist);
bodies and tools (GPhC, Honey and Mumford, Whitmore's GROW, ACPT); pseudonyms MA/MB.

Assessor's arithmetic (the log in 2.4):
  MA: 09/01 1h 10m = 70 (chemistry + agreement, counts); 23/01 1.5 hrs = 90; 06/02 50m = 50;
      20/02 1h 10m = 70; 06/03 "postponed - see 14/3" -> excluded; 14/03 1.5 hrs = 90;
      27/03 1h 10m = 70.  70+90 = 160, +50 = 210, +70 = 280, +90 = 370, +70 = 440.
  MB: 13/01 50m = 50; 27/01 1h 10m = 70; 10/02 1.5 hrs = 90; 24/02 50m = 50;
      10/03 1h 10m = 70; 24/03 1.5 hrs = 90.  50+70 = 120, +90 = 210, +50 = 260, +70 = 330,
      +90 = 420.
  minutes 440 + 420 = 860 (her Total row "14h 20m" = 860, right, never added);
  sessions 6 + 6 = 12; individuals 2 (MA, MB).
  Not counted: 15/01 three-way meeting with MB's line manager, ~20 min (she says so).
  Supervision table: 31/01 1h = 60; 28/02 45m = 45; 28/03 1h 10m = 70; 11/04 "booked", no
  length -> excluded.  60 + 45 = 105, + 70 = 175.
"""

from corpus.case import B, Case, H, P, SourceFile, T

LOG = T(
    ["Date", "Mentee", "Duration", "Topic / tool / GROW stage", "Status"],
    ["09/01/25", "MA", "1h 10m", "Chemistry meeting + agreement signed. SWOT started (G)", "Held"],
    ["13/01/25", "MB", "50m", "Agreement signed. SWOT (G)", "Held"],
    ["23/01/25", "MA", "1.5 hrs", "Goals agreed, competency self-score (G/R)", "Held"],
    ["27/01/25", "MB", "1h 10m", "Honey & Mumford LSQ, goals agreed (G/R)", "Held"],
    ["06/02/25", "MA", "50m", "Checking log - where the errors come from (R)", "Held"],
    ["10/02/25", "MB", "1.5 hrs", "Aseptic worksheet walk-through, watching first (R/O)", "Held"],
    ["20/02/25", "MA", "1h 10m", "Five ways to build the checking log (O/W)", "Held"],
    ["24/02/25", "MB", "50m", "Ward phone queries - role play (O)", "Held"],
    ["06/03/25", "MA", "1.5 hrs", "Mock accuracy check review", "postponed - see 14/3"],
    ["10/03/25", "MB", "1h 10m", "Worksheet checks with me beside her (W)", "Held"],
    ["14/03/25", "MA", "1.5 hrs", "Mock accuracy check review (moved from 6/3)", "Held"],
    ["24/03/25", "MB", "1.5 hrs", "Final review, self-score repeated, feedback form", "Held"],
    ["27/03/25", "MA", "1h 10m", "Final review, self-score repeated, feedback form", "Held"],
    ["", "TOTAL", "14h 20m", "12 sessions held, 6 each", ""],
)

SUPERVISION = T(
    ["Date", "With", "Length", "Outcome for my practice"],
    ["31/01/25", "Clinical supervisor (Principal Pharmacist, Education)", "1h",
     "Talked through MB freezing on the unit. Let her watch before doing; check whose goal it is"],
    ["28/02/25", "ILM tutor (Teams)", "45m",
     "Went through my log and how I use GROW. Reflect after every session, not just the hard ones"],
    ["28/03/25", "Clinical supervisor", "1h 10m",
     "Endings - plan a proper close and a 3 month follow up with each of them"],
    ["11/04/25", "ILM tutor", "-", "Final tutorial booked"],
)

MATRIX = T(
    ["AC", "Evidence", "Where"],
    ["1.1", "Plan, rota check, resources", "Section 1.1"],
    ["1.2", "Goal sheets (App. 2)", "Section 1.2"],
    ["1.3", "Signed agreements (App. 1)", "Section 1.3"],
    ["2.1", "SWOT, LSQ, self-score", "Section 2.1, log"],
    ["2.2", "GROW stages in log", "Section 2.2, log"],
    ["2.3", "Examples", "Section 2.3"],
    ["2.4", "Mentoring log", "Section 2.4"],
    ["3.1", "Session reflections", "Section 3.1"],
    ["3.2", "Feedback forms (App. 3)", "Section 3.2"],
    ["3.3", "Communication review", "Section 3.3"],
    ["3.4", "Supervision table", "Section 3.4"],
)

BLOCKS = [
    H(0, "Unit 304: Undertaking an Extended Period of Mentoring within an Organisational Context"),
    T(
        ["Learner", "Sinead Gallagher"],
        ["Job title", "Lead Pharmacy Technician (Education & Training), Pharmacy Dept"],
        ["Mentees", "MA and MB - newly qualified pharmacy technicians, Band 5"],
        ["Period", "January - March 2025"],
    ),
    P("""Both mentees qualified last summer and started on our dispensary and aseptic rotation in
      September. I refer to them as MA and MB all through this portfolio; both agreed to that,
      and the anonymised agreements are in Appendix 1."""),

    H(1, "Section 1 - Planning"),
    H(2, "1.1 Plan"),
    P("""I planned twelve sessions, six each, from early January to the end of March, aiming for
      an hour to an hour and a half each so we would comfortably get past the 12 hours even if
      the winter pressures took a session or two off us. MA's sessions were on Thursday
      afternoons and MB's on Mondays, after the 2pm lull in the dispensary, in the education
      room on level 2 because it has a door that shuts and hardly any bleep signal. Before
      Christmas I checked the rota with the dispensary manager so that neither of them would be
      on a late on their day. Resources: the trust mentoring agreement template, a SWOT sheet,
      the Honey and Mumford learning styles questionnaire, our Band 5 competency framework and a
      session record sheet I made in Word. I kept a spare week at the end of March in case
      anything had to move, and one thing did (see the log)."""),
    H(2, "1.2 Agreeing goals"),
    P("""I didn't want to hand them goals ready made. In their first or second session I asked each
      of them to score themselves from 1 to 10 against the competency framework and then pick the
      three areas that worried them most. We talked those through and agreed goals in their own
      words, which they wrote on the goal sheet:"""),
    B("MA - complete his accuracy checking (ACPT) accreditation by April, with a log of 500 error free checks."),
    B("MA - lead the morning huddle in the dispensary once a week without the senior tech stepping in."),
    B("MB - be signed off on the aseptic unit's worksheet checks by the aseptic lead by end of March."),
    B("MB - take ward phone queries on her own, and stop apologising for asking questions (her words)."),
    P("""Both goal sheets were signed and copied to their line managers, as the ACPT and the aseptic
      sign-off need the managers too. Anything outside the goals, like MB's worries about the night
      rota, we agreed would be 'open time' at the end of a session."""),
    H(2, "1.3 Contracting"),
    P("""Each of them signed an agreement at the first session (Appendix 1, names removed). It
      covers six sessions of about 1 to 1.5 hours, when and where, 48 hours notice to cancel
      (bleep emergencies excepted), that my notes stay in a locked drawer and are shredded six
      months after we finish, and confidentiality: what they say stays with me unless there is
      a patient safety or fitness to practise concern, and if so I tell them first before going
      to the Chief Pharmacist. Their line managers signed page 2, which says they get the goals
      and a short final summary but nothing from the sessions themselves. MB's line manager
      wanted a three-way meeting to agree that, which we had on 15/01 for about 20 minutes. I
      haven't counted it in my hours as it was really her meeting. For rearranging MB gave me her
      mobile, 07834 219506, which she put on the agreement herself."""),

    H(1, "Section 2 - Mentoring practice"),
    H(2, "2.1 Diagnostic tools"),
    P("""I used three. The SWOT sheet in each first session: MA's weaknesses box was nearly all
      about speed, which led straight into the ACPT goal. The Honey and Mumford questionnaire
      in MB's second session showed MB as a strong Reflector and weak Activist, which explained
      why she hated being put on the aseptic unit without watching first, so we built her
      sign-off around watching, then doing it with me beside her, then on her own. The 1 to 10
      competency self-score we repeated at the final sessions to see the movement: MA went from
      4 to 8 on accuracy checking and MB from 3 to 7 on worksheet checks."""),
    H(2, "2.2 Mentoring model"),
    P("""I used GROW (Whitmore) and the log shows the stage each session mostly sat in. Goal and
      Reality took up most of the first two sessions each. Options came alive for MA in session 4
      when he came up with five ways of building his checking log, from asking for the quieter
      Saturday shift to checking the discharge (TTO) trays. Will was the written action at the
      end of each session, in their handwriting on the record sheet. Where GROW didn't fit was
      MB's night rota worries: she needed to talk rather than plan, so I let that run as open
      time and didn't force it into the model."""),
    H(2, "2.3 Knowledge, skills and behaviours"),
    P("""Knowledge: the competency framework and the ACPT and aseptic sign-off processes, and the
      model. Skills: open questions, reflecting back, summarising at the end. Behaviours: being on
      time, keeping confidences, and not judging. An example: when MB said "I just froze" about
      her first aseptic worksheet, I didn't reassure her, I asked "What did you notice just before
      you froze?" and waited. It was the pharmacist standing over her shoulder, which is something
      we could actually change. On ethics, I'm not MA's line manager but I am senior to him, so I
      was careful never to bring up in the dispensary anything he'd told me in a session."""),
    H(2, "2.4 Records"),
    P("""This is my log from the first sessions to the final reviews, written up on the day from the
      session record sheets. The durations are as I wrote them at the time, sorry they're not
      consistent."""),
    LOG,
    P("""First contact was by email on 6 January through the education team mailbox, to both of
      them, with the agreement attached to read beforehand. The 06/03 row is there because I'd
      filled the log in ahead - MA was pulled onto the aseptic unit that afternoon so it was put
      off and we did it on the 14th. The final sessions each ended with a written review, filed
      with the log and the record sheets."""),

    H(1, "Section 3 - Reviewing my practice"),
    H(2, "3.1 Reflection"),
    P("""After every session I wrote a few lines on the back of the record sheet under what went
      well, what I'd change and what I learnt. Some examples:"""),
    B("13/01 (MB): I talked too much about my own aseptic training. Learning: one story per session, max."),
    B("06/02 (MA): I jumped to solutions about his checking speed. Learning: stay in Reality longer."),
    B("10/02 (MB): letting her watch first worked. Learning: ask how someone learns before planning how."),
    B("14/03 (MA): better - I asked and then waited. He found his own answer about double checks."),
    P("""The main thing for my CPD is that I'm better at structure than at silence, so my
      revalidation reflective account for the GPhC this year will be about listening."""),
    H(2, "3.2 Feedback"),
    P("""At the end of every session I asked two questions, what was most useful today and what
      should I do differently next time, and wrote the answers in the last box of the record
      sheet. At the end they both filled in a feedback form (Appendix 3). Things I acted on:"""),
    B("""'Can we do less on the framework and more actual practice' (MA, 06/02) - so session 4
      became the five-options session."""),
    B("""'You never made me feel stupid for freezing. Honestly the most useful hour I've had since
      I qualified - Leanne' (MB, feedback form, 24/03)."""),
    B("""The aseptic lead told me MB was asking better questions on the unit, which I took as
      feedback from a stakeholder."""),
    H(2, "3.3 Communication skills"),
    P("""Questioning: my questions got more open from about session 3, but I tended to ask stacked
      questions ("what happened and how did you feel and what did the pharmacist say?") and they
      would only answer the last one. Listening: summarising back worked well, MA said it made him
      hear his own plan. Feedback: I used two stars and a wish, which we use with students. With
      MB the wish had to be small and specific or she heard it as criticism of everything."""),
    H(2, "3.4 Supervision"),
    P("I had three supervision sessions, with another booked:"),
    SUPERVISION,
    P("""The biggest outcome came from the first one. My supervisor asked whose goal the aseptic
      sign-off really was, and I realised I had half written it for MB. We re-agreed it in her
      own words in her third session. The tutorial in February changed my habit of only
      reflecting after the difficult sessions, and the March session means both of them have a
      follow-up in June."""),

    H(1, "Evidence matrix"),
    MATRIX,
    P("""Declaration: I confirm that this portfolio is my own work and that the mentoring took place
      as recorded. Signed: Sinead Gallagher. Date: 02/04/2025"""),
]

CASE = Case(
    name="x_8587_304_pharmacy_postponed_docx",
    unit="8587-304",
    kind="portfolio",
    files=[SourceFile("SGallagher_Unit304_Portfolio.docx", BLOCKS)],
    labels={
        "1.1": "I kept a spare week at the end of March",
        "1.2": "pick the three areas that worried them most",
        "1.3": "a patient safety or fitness to practise concern",
        "2.1": "showed MB as a strong Reflector and weak Activist",
        "2.2": "Options came alive for MA in session 4",
        "2.3": "What did you notice just before you froze?",
        "2.4": "First contact was by email on 6 January",
        "3.1": "I'm better at structure than at silence",
        "3.2": "so session 4 became the five-options session",
        "3.3": "I tended to ask stacked questions",
        "3.4": "whose goal the aseptic sign-off really was",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": True,
        "identifying": ["07834 219506", "Leanne"],
        # MA 70+90+50+70+90+70 = 440 (06/03 postponed row excluded; 14/03 is the held one);
        # MB 50+70+90+50+70+90 = 420; 440 + 420 = 860 = her Total "14h 20m" (not added).
        # 15/01 three-way meeting (~20 min) not counted, as she says.
        "minutes": 860,
        "sessions": 12,
        "individuals": 2,
        # 31/01 60 + 28/02 45 + 28/03 70 = 175; 11/04 only booked.
        "supervision_minutes": 175,
    },
    about="Hospital pharmacy lead technician; 304 log with '50m' / '1h 10m' / '1.5 hrs' durations, a 'postponed - see 14/3' row and its rescheduled session, Total row, uncounted three-way meeting, separate supervision table with a booked row; mobile number and first name planted.",
)
