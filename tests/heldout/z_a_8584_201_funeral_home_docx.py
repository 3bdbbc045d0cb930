"""8584-201 developing mentoring skills: a family funeral directors' senior arranger, DOCX under her own "Part" headings.

Carol Henshaw is Senior Funeral Arranger at the Kirkby branch of a three-branch family funeral
directors. She mentors a trainee funeral arranger who joined in November from a hotel reception
job. Her opening sentence names the trainee in full and says she will call her "T" from then on,
and she mostly does. The DOCX has an evidence matrix at the front (AC | what | where), her own
"Part 1/2/3" headings with the ACs in brackets, a log table with Planned and Actual columns and
a TOTAL row, then "My notes on each session" which write the same sessions up again in prose
(each with its length again), then the reflective parts. Writing is warm, a bit wordy, with
the odd typo ("recieved", "definately", "there" for "their").

Durations are as she types them: a clock range "10:00–11:05", "45 mins", "1 hr 15", "55 mins",
and one Actual cell that says only "an hour and a bit (see my notes)"; her notes for that day say
"we started late at 10.30 ... finished at 11.40, so 1 hr 10 in all". One row is CANCELLED (she
was called to a hospital removal) and one is DNA (T off sick). The final session, on 14 March
on the bench in the garden of remembrance, is only in prose under the table ("about 40
minutes ... not in the table because I'd already typed it up"). The 25 Feb session was observed
by her tutor/assessor, who gave 20 minutes of feedback straight after. Her TOTAL row says
"5hrs 20" which is an adding slip: the table's delivered rows make 5 hrs 10, and the prose
session is on top. Not sessions: T sitting in on four of Carol's arrangement meetings with
families in January ("about 1½ hrs each ... that's her watching me work so I haven't counted
it"). Tutor meeting for 3.2 on Teams, "2pm till 3.10pm (it ran over)". Signed declaration.

Planted (2): the mentee's full name in the first paragraph, "Aimee Costello" (then "I will call
her T"), and her first name alone once in the trust section, "Aimee".
Clean otherwise: her own name; Allerton & Sons (a firm named after people); the funeral
director and her tutor/assessor by role; NAFD, GROW, SWOT; the Walton and Kirkby branches
(places).

Practice truth (log table + notes + the prose session):
  Tue 7 Jan 10:00–11:05 = 65 (first session, agreement and goals: counts);
  Tue 14 Jan "45 mins" = 45; Tue 21 Jan CANCELLED -> excluded; Thu 23 Jan "1 hr 15" = 75;
  Tue 4 Feb DNA -> excluded; Tue 11 Feb "an hour and a bit" = 70 (her notes: 10.30 to 11.40,
  "1 hr 10"); Tue 25 Feb "55 mins" = 55 (observed, counts); Fri 14 Mar "about 40 minutes" = 40
  (prose only).
  65 + 45 = 110, + 75 = 185, + 70 = 255, + 55 = 310, + 40 = 350.
  minutes 350; sessions 6; individuals 1 (T = Aimee Costello).
  Not: the TOTAL row "5hrs 20" (= 320, wrong; the table's rows give 310); the notes' repeated
  lengths for the same sessions; the planned "10-11"/"2-3" column; January sit-ins "about 1½
  hrs each" x4 (shadowing her, not counted); the planned "six sessions of about an hour".
  Supervision: 25 Feb tutor/assessor feedback after the observation "20 minutes" = 20;
  Wed 5 Mar tutor meeting 2pm till 3.10pm = 70.  20 + 70 = 90.
"""

from corpus.case import B, Case, H, P, SourceFile, T

MATRIX = T(
    ["AC", "What I have put in", "Where"],
    ["1.1", "My plan", "Part 1"],
    ["1.2", "Goals we agreed", "Part 1"],
    ["2.1", "Session log and my notes", "Part 2"],
    ["2.2", "Questions and listening", "Part 2"],
    ["2.3", "Feedback", "Part 2"],
    ["2.4", "Trust", "Part 2"],
    ["2.5", "Records", "Part 2"],
    ["3.1", "Looking back at how I did", "Part 3"],
    ["3.2", "Meeting with my tutor", "Part 3"],
    ["3.3", "My development plan", "Part 3"],
)

LOG = T(
    ["Date", "Planned", "Actual", "Where", "What we covered / actions"],
    ["Tue 7 Jan", "10-11", "10:00–11:05", "Arrangement room 2",
     "First session. Went through the mentoring agreement and both signed it. Agreed goals (Part 1). Action: T to read section 3 of the NAFD code."],
    ["Tue 14 Jan", "10-11", "45 mins", "Arrangement room 2",
     "Her first sit-in arrangement and how it felt. A family walked in without an appointment so we had to stop early. Action: write down 3 questions she would want to ask a family."],
    ["Tue 21 Jan", "10-11", "CANCELLED", "-",
     "I was called out to a removal at the hospital. Rebooked for Thursday."],
    ["Thu 23 Jan", "2-3", "1 hr 15", "Staff room",
     "Diploma workbook. Explaining costs and disbursements to families. Action: practise the cost sheet on me."],
    ["Tue 4 Feb", "10-11", "DNA", "-",
     "T off sick (migraine). Not rebooked, we just went back to every other Tuesday."],
    ["Tue 11 Feb", "10-11", "an hour and a bit (see my notes)", "Arrangement room 2",
     "Role play of a full arrangement meeting, me as the daughter. Action: sit in on 2 more then lead one."],
    ["Tue 25 Feb", "10-11", "55 mins", "Arrangement room 2",
     "Observed by my tutor/assessor. Went over the first arrangement T led on her own. Action: lead 2 more by 14 March."],
    ["", "", "TOTAL 5hrs 20", "", ""],
)

BLOCKS = [
    H(0, "ILM Level 2 Award in Effective Mentoring Skills - Unit 201 Developing Mentoring Skills"),
    P("""Carol Henshaw - Senior Funeral Arranger, Allerton & Sons Funeral Directors (Kirkby branch).
      Submitted March 2025."""),
    H(1, "Portfolio evidence matrix"),
    MATRIX,

    H(1, "Part 1 - Planning the mentoring (AC 1.1 and 1.2)"),
    P("""I am mentoring Aimee Costello, who I will call T from now on to keep it confidential. T is
      26 and joined us in November as a trainee funeral arranger. Before that she worked on a
      hotel reception for six years, so she is brilliant on the phone and with people generally,
      but she had never been near a bereaved family and she told me at her interview that she
      was worried she would 'say the wrong thing'. She is doing the NAFD Diploma in Funeral
      Arranging and Administration through the firm and her first workbook is due at the end of
      February. The funeral director asked if I would take her on as my mentee for the ILM, and
      T was happy to, as long as it didn't go back to him word for word."""),
    P("""My plan was six sessions of about an hour, one every other Tuesday from 7 January to
      mid March, at 10 in the morning in Arrangement Room 2 at our branch. Tuesday mornings are
      usually quiet for us because most funerals are later in the week, and I can divert the branch
      phone to Walton for the hour so we aren't interrupted. The room is the one families use,
      which I thought was a good thing, because it is where T will have to be confident, but it
      has a box of tissues on every table which made us both laugh the first time. If the room
      was needed for a family we would use the staff room upstairs. I took in a notebook for each
      of us, the NAFD code of practice, a blank arrangement form, our price list and the ILM diary
      pages printed off. Confidentiality was agreed in the first session and written into the
      agreement: what we talk about stays between us unless it is about a family being let down
      or someone's safety, and the funeral director only gets told that the sessions happened."""),
    P("""We agreed the goals together in the first session. I asked her what a good day would look
      like for her by Easter, and then we made them more specific (I had the SMART sheet from
      the course on the table):"""),
    B("""To lead three arrangement meetings on her own by 14 March, with me sitting in and only
      speaking if she asks me to."""),
    B("""To finish and hand in workbook 1 of her Diploma by 28 February."""),
    B("""Her own goal: to be able to go through the price list with a family without apologising
      for it, by the end of the sessions."""),
    P("""For each session we also set a smaller goal at the end of the one before, which is the
      action in the last column of the log."""),

    H(1, "Part 2 - The mentoring (AC 2.1 - 2.5)"),
    H(2, "Session log"),
    LOG,
    P("""The last session isn't in the table because I'd already typed it up. On Friday 14 March
      we had our final session on the bench in the garden of remembrance behind the branch as it
      was the first sunny day. It was about 40 minutes. We went back over the three goals. She has
      led three arrangements now (goal 1 done on the day), the workbook went in on the 26th (goal
      2 done) and she says she still apologises for the prices 'but only in my head'. We agreed a
      monthly catch up from April and she filled in the feedback form."""),
    P("""T also sat in on four of my arrangement meetings with families in January, about 1½ hrs
      each. I haven't counted those as mentoring, that's her watching me work, but we talked
      about them in the sessions."""),

    H(2, "My notes on each session"),
    P("""Session 1 - 7 Jan (10:00–11:05). Mostly getting to know each other and the agreement. She
      told me the thing she dreads is the silence when a family is crying and she doesn't know
      whether to say something. I told her I still don't always know either. Goals agreed."""),
    P("""Session 2 - 14 Jan (45 mins). We talked through her first sit-in. She said she was fine
      until the son started arguing with his sister about the hymns and she didn't know where to
      look. We had to stop at quarter to as a family came in without an appointment."""),
    P("""Session 3 - 23 Jan (1 hr 15). Rebooked from Tuesday. All about the costs. She hates the
      moment you hand over the estimate. We went through the disbursements line by line so she
      can explain what each one is, and I got her to practise on me."""),
    P("""Session 4 - 11 Feb. We started late at 10.30 because of a coffin delivery and finished at
      11.40, so 1 hr 10 in all. Full role play, me as a daughter whose mum had died in a care
      home. T did really well until I got cross about the cost of the flowers, then she
      apologised three times."""),
    P("""Session 5 - 25 Feb (55 mins). My tutor sat in on this one to observe me. We talked about
      the first arrangement T had led on her own the week before. I tried hard not to do all the
      talking because I knew I was being watched!"""),

    H(2, "Questioning and listening (AC 2.2)"),
    P("""I used a lot of open questions, and I have learnt to stop myself asking two at once. The
      ones that worked best were 'What did the son need to hear first?' when we talked about the
      argument over the hymns, because it moved her from how awful she felt to what the family
      needed, and 'What would you do differently if it happened tomorrow?' at the end of every
      session so she always left with something to try. When she was upset in session 2 I used a
      closed question on purpose ('Do you want to carry on or leave it for today?') to give her
      a way out. For listening, I sat beside her at the table rather than opposite, I didn't take
      notes while she was talking and wrote them up after, and I summarised back what she had
      said before I gave any view of my own. In our job you learn to be comfortable with silence
      with families, and I tried to use that with T as well."""),
    H(2, "Feedback (AC 2.3)"),
    P("""After the role play in session 4 I wrote my feedback on a postcard so she could keep it:
      two things she did well (she used the mum's name all the way through, and she checked the
      spelling of every name back to me) and one thing to work on (stop apologising for the
      price, say what it includes instead). She has it pinned up by her desk. I asked her to
      tell me first how she thought it went, and she was much harder on herself than I was,
      which told me the feedback needed to be mostly about what went right. After her first
      solo arrangement I fed back on the one moment that really mattered, when she left a long
      pause after the widow said she didn't want a religious service and let her carry on, and I
      told her that was exactly what the family needed. I think feedback that is that specific
      is what helped her believe she could do it."""),
    H(2, "How I built trust (AC 2.4)"),
    P("""The biggest thing was being honest about myself. In the first session I admitted I still
      cry in the car sometimes after a baby funeral, which I don't tell many people, and Aimee
      said afterwards that was when she decided she could tell me anything. I kept to what we
      agreed about confidentiality, even when the funeral director asked me in the corridor how
      'our new girl' was getting on. I just said the sessions were going well. I also made sure
      I never cancelled on her without rebooking the same week, apart from the week she was off,
      and I always turned the phone over and closed the door so she knew she had my full
      attention. By session 4 she was telling me things she was finding hard with the other
      staff, which she definately wouldn't have done in January."""),
    H(2, "Keeping records (AC 2.5)"),
    P("""I kept the log above as I went, and wrote my own notes on each session in my notebook the
      same day, then typed them up at the end of each week. Nothing with a family's name went in
      them, just there role like 'the son' or 'the widow'. The paper copies and the signed agreement went into
      the grey folder in the office safe, which only the funeral director and I have the code
      for, and the typed version is on my work laptop, password protected. Looking back, I
      should have filled the Actual column in straight away, because on 11 Feb I had to go back
      to my notebook to check what time we actually finished."""),

    H(1, "Part 3 - Reviewing my own performance (AC 3.1 - 3.3)"),
    H(2, "How I did (AC 3.1)"),
    P("""I recieved T's feedback form on 14 March. She gave me 5 out of 5 for being approachable
      and for listening, 4 for questioning, 4 for helping her set goals, and 3 for keeping
      sessions on track. Her comment was 'Carol made the scary bits feel normal'. I also did a
      SWOT on myself against the skills of an effective mentor from our course notes (rapport,
      listening, questioning, giving feedback, structure, goal setting). My strengths are rapport
      and listening, which I use every day with families anyway. My weakness is that I talk too
      much when a room goes quiet with a colleague, even though I don't do it with families, and
      my sessions wandered off the goal, which is why she scored me 3 for structure. I didn't
      use GROW properly until session 4, and that was my best session. My tutor's observation
      said the same thing about the structure, so I am taking it seriously."""),
    H(2, "Meeting with my tutor (AC 3.2)"),
    P("""Observation feedback, 25 Feb: my tutor/assessor observed session 5 and we had 20 minutes
      afterwards in the kitchen where she gave me her feedback. Good: I let T do most of the
      talking and asked good open questions. To work on: I rushed the end and didn't agree a
      date for the next session in the room."""),
    P("""Tutor meeting: Wednesday 5 March, on Teams, 2pm till 3.10pm (it ran over). The purpose was
      to go through my log, notes and reflective pieces and look at what I had learnt as a
      mentor. We talked about the cancelled session on 21 Jan and my tutor asked whether I had
      thought about how it felt for T to be cancelled for a removal. I hadn't really, because
      in our job the family always comes first and T knows that, but it made me see that I
      rescheduled around the business every time and never asked T what suited her. We also
      talked about structure and about using silence. Outcomes agreed: use a simple GROW sheet
      for each session; ask the mentee when to rebook rather than telling her; put the
      development plan together by the end of March; look into the NAFD courses."""),
    H(2, "My development plan (AC 3.3)"),
    T(
        ["What I want to develop", "Why", "How", "By when", "How I'll know"],
        ["Structure of sessions", "T scored me 3, tutor said the same",
         "GROW sheet for every catch up with T", "From April", "T scores me 4+ at her 6 month review"],
        ["Not filling silences with staff", "Own reflection (SWOT)",
         "Count to five before I speak", "Ongoing", "Ask T at each catch up"],
        ["Mentoring more new staff", "Strength in rapport",
         "Offer to mentor the new Walton trainee", "September 2025", "Agreed with funeral director"],
    ),
    P("""The other thing on my plan is to book the NAFD bereavement awareness day in June, because
      I've realised I learnt everything about supporting families on the job and I've never had
      any training in it, and I will be passing that on to T and whoever comes next."""),

    H(1, "Declaration"),
    P("""I confirm that this is all my own work and the mentoring sessions took place as I have
      recorded them. Signed: Carol Henshaw. Date: 21/03/2025"""),
]

CASE = Case(
    name="z_a_8584_201_funeral_home_docx",
    unit="8584-201",
    kind="portfolio",
    files=[SourceFile("C Henshaw Unit 201 Portfolio.docx", BLOCKS)],
    labels={
        "1.1": "divert the branch phone to Walton for the hour",
        "1.2": "To lead three arrangement meetings on her own by 14 March",
        "2.1": "our final session on the bench in the garden of remembrance",
        "2.2": "What did the son need to hear first?",
        "2.3": "I wrote my feedback on a postcard so she could keep it",
        "2.4": "I still cry in the car sometimes after a baby funeral",
        "2.5": "the grey folder in the office safe",
        "3.1": "I talk too much when a room goes quiet with a colleague",
        "3.2": "I rescheduled around the business every time",
        "3.3": "book the NAFD bereavement awareness day in June",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": True,
        "identifying": ["Aimee Costello", "Aimee"],
        # 7 Jan 10:00-11:05 = 65; 14 Jan 45; 23 Jan 1 hr 15 = 75; 11 Feb "an hour and a bit" =
        # 70 (notes: 10.30-11.40); 25 Feb 55 (observed); 14 Mar ~40 (prose only).
        # 65 + 45 = 110, + 75 = 185, + 70 = 255, + 55 = 310, + 40 = 350.
        # Not: 21 Jan CANCELLED; 4 Feb DNA; TOTAL row "5hrs 20" (wrong, rows give 310);
        # the notes repeating the same sessions; four January sit-ins ~1½ hrs (not counted).
        "minutes": 350,
        "sessions": 6,
        "individuals": 1,
        # 25 Feb observation feedback 20 + 5 Mar tutor meeting 2pm-3.10pm = 70: 20 + 70 = 90.
        "supervision_minutes": 90,
    },
    about="Funeral directors' senior arranger; 201 DOCX with evidence matrix, own Part headings, a Planned/Actual log with CANCELLED and DNA rows, 'an hour and a bit' resolved in her notes, a wrong TOTAL row, the final session only in prose, sit-ins not counted, an observed session with 20 min feedback and a Teams tutor meeting that ran over; mentee's full name then first name planted.",
)
