"""8584-201 mentoring practice: a lifeboat station's volunteer training coordinator, DOCX portfolio, a log turned on its side.

Rhiannon Teague coordinates volunteer training at a coastal lifeboat station and mentors a
new shore crew trainee, whom she calls "T" throughout (she says so at the start). Her session
log is transposed: one column per session (S1 to S7) and rows for date, start, finish, length
and status, with a last "Total" column restating the sum. One session was lost to a shout
(the pagers went, the boat launched). She also mentions shadowing the station's senior crew
trainer mentoring someone else, which is not her practice. Her tutor support is in a separate
small table: a phone call and a one-hour meeting. Own headings ("Part A - Getting started"),
an evidence matrix at the end pointing at them, and a signed declaration. Nothing to flag:
the mentee is an initial she chose, the others are roles (coxswain, Lifeboat Operations
Manager), and the RNLI-style names are organisations.

Assessor's arithmetic, column by column (the log in Part C):
  S1  5 Feb 19:00-19:45, 45 min, held (first meeting, agreement)  -> 45
  S2 12 Feb 19:00-20:00, 1 hr, held                               -> 60
  S3 19 Feb, -, "Shout - boat launched, not held"                 -> excluded
  S4 26 Feb 18:30-19:40, 1 hr 10, held                            -> 70
  S5  5 Mar 19:00-19:50, 50 min, held                             -> 50
  S6 12 Mar 10:00-11:00, 1 hr, held (exercise debrief with T)     -> 60
  S7 19 Mar 19:00-19:35, 35 min, held (closing)                   -> 35
  Total column "5 hr 20" restates them -> never added.
  Shadowing the senior crew trainer with another trainee, 40 min -> excluded (not hers).
  minutes 45+60+70+50+60+35 = 320; sessions 6; individuals 1 (T).
  Tutor support: 22 Feb phone call 30 min + 15 Mar meeting 1 hr -> supervision 30+60 = 90.
"""

from corpus.case import B, Case, H, P, SourceFile, T

LOG = T(
    ["", "S1", "S2", "S3", "S4", "S5", "S6", "S7", "Total"],
    ["Date", "5 Feb", "12 Feb", "19 Feb", "26 Feb", "5 Mar", "12 Mar", "19 Mar", ""],
    ["Start", "19:00", "19:00", "-", "18:30", "19:00", "10:00", "19:00", ""],
    ["Finish", "19:45", "20:00", "-", "19:40", "19:50", "11:00", "19:35", ""],
    ["Length", "45 min", "1 hr", "-", "1 hr 10", "50 min", "1 hr", "35 min", "5 hr 20"],
    ["Where", "Crew room", "Crew room", "-", "Boathouse slipway", "Crew room", "Launch tractor shed", "Harbour cafe", ""],
    ["Status", "Held", "Held", "Shout - boat launched, not held", "Held", "Held", "Held", "Held", "6 held"],
    ["Focus", "Agreement, what T wants", "Goals", "-", "Tractor checks walk-through", "Radio log practice", "Debrief of Sunday exercise", "Looking back, next steps", ""],
)

TUTOR = T(
    ["Date", "Who", "How long", "What about"],
    ["22 Feb", "ILM tutor (phone)", "30 min", "Checking my plan and the agreement wording"],
    ["15 Mar", "ILM tutor (college)", "1 hr", "Review of my mentoring so far, see Part D"],
)

MATRIX = T(
    ["AC", "Evidence", "Where"],
    ["1.1", "Mentoring plan", "Part A"],
    ["1.2", "Agreed goals", "Part A, S2 column of log"],
    ["2.1", "Session log, 6 sessions", "Part C"],
    ["2.2", "Questioning and listening", "Part B"],
    ["2.3", "Feedback given", "Part B"],
    ["2.4", "Trust", "Part B"],
    ["2.5", "Log and notes", "Part C"],
    ["3.1", "Review of own performance", "Part D"],
    ["3.2", "Tutor support record", "Part D"],
    ["3.3", "Development plan", "Part E"],
)

BLOCKS = [
    H(0, "Developing Mentoring Skills - Unit 201 Portfolio"),
    P("Rhiannon Teague - Volunteer Training Coordinator, Porth Ysgawen Lifeboat Station"),
    P("""A note first: my mentee is a new shore crew trainee and I have called him T all the way
      through this portfolio. He knows this and was happy with it."""),

    H(1, "Part A - Getting started"),
    P("""Shore crew are the volunteers who get the boat down the slipway and back again, drive the
      launch tractor and keep the radio log. T joined in January with no sea background at all, he
      works in a bank in town. Our coxswain asked me to mentor him through his first three months
      as most trainees who leave do so before Easter."""),
    P("""My plan was simple and I wrote it on one side of A4. Seven evening sessions, weekly, on
      Tuesday training nights before the crew drill so he would be there anyway. One hour
      each, give or take. Crew room unless we needed to be with the kit. I put in a spare week
      because a shout can empty the station at any moment and I knew at least one would get
      lost, which it did. Each session would end with one action written in his training
      passbook so the two records matched."""),
    P("""Goals were agreed in S2, not S1, because in the first session he did not yet know what
      he did not know. We agreed: (1) to complete the launch tractor pre-use checks on his own,
      signed off by the head launcher, by the end of March; (2) to keep the radio log during a
      live exercise without prompting; and (3), his own one, to stop feeling like a spare part
      on the slipway when the pagers go off."""),

    H(1, "Part B - How I mentored"),
    P("""Questioning and listening. I had to stop myself explaining everything. What worked was
      asking him to talk me through something he had just watched, for example "tell me what
      the head launcher did first and why". I listened for where he went vague and that told me
      where the gap was. In S4 he kept saying "I think" about the tractor checks, so I asked what
      would make him sure, and he said being allowed to do it with nobody watching. That became
      the plan for the next week."""),
    P("""Feedback. After the Sunday exercise I gave him feedback on his radio log the same
      morning while it was fresh. I said what was good (every time was written in, he used
      the right call signs) and one thing to fix, he wrote the positions in words not figures,
      which the coastguard would query. I showed him an old log from a real shout so he could
      see what good looks like. He redid his page that afternoon without me asking."""),
    P("""Trust. Being honest about my own mistakes helped more than anything. I told him that on
      my first shout I forgot to chock the tractor wheels and the head launcher had to shout at
      me in front of everyone. After that he started asking the questions he had been too
      embarrassed to ask in front of the crew. I also made sure that what he said in our sessions
      stayed between us unless it was about safety, which I said clearly at S1 and put in the
      agreement we both signed."""),

    H(1, "Part C - Records"),
    P("""The log is set out with one column per session because that is how the training board in
      the crew room is laid out and I copied it straight from there. S3 never happened: the pagers
      went at ten to seven and the boat launched to a yacht on the rocks, so we were both on the
      slipway instead. Six sessions were held, five hours twenty minutes in all, which is
      comfortably over the three hours the unit asks for."""),
    LOG,
    P("""Alongside the log I kept short notes in the back of my own passbook and T kept his actions
      in his. The signed agreement is in the station training file. I have not counted the
      evening I shadowed our senior crew trainer mentoring another trainee (about 40 minutes),
      as that was me learning, not me mentoring T."""),

    H(1, "Part D - Looking back on my mentoring"),
    P("""Reviewing my performance honestly, the first two sessions were too much like a lecture.
      I had a list of things I thought he needed and I went through it. When I compared my notes
      with the skills list from our workshop I could see I was strong on goal setting and
      feedback, weaker on letting silences run. From S4 I changed the order so he spoke first
      every time, and T said at the end that those were the sessions he got most from. The
      tractor checks were signed off on 17 March, the radio log goal was met at the exercise,
      and he says he now knows where to stand when the pagers go."""),
    P("Tutor support record:"),
    TUTOR,
    P("""The phone call on 22 February was mostly about the agreement. The meeting on 15 March was
      the useful one: my tutor asked me to describe S2 minute by minute and then asked how many
      of the goals were worded by me and how many by him. The answer was two to one, and she
      suggested I let the mentee draft first next time and I only tidy up the wording."""),

    H(1, "Part E - What next for me"),
    B("""Let the mentee write the goals: with my next trainee in April, he or she drafts all
      goals before I say anything. Check: goals in their handwriting in the passbook."""),
    B("""Silences: count to five after a question. Ask the coxswain to sit in on one session by
      June and tell me how often I filled a gap."""),
    B("""Learn more: book onto the regional volunteer mentoring day in the autumn and read up on
      one mentoring model properly rather than half-remembering GROW from the workshop."""),

    H(1, "Evidence matrix"),
    MATRIX,
    P("""Declaration: I confirm this is my own work and that the mentoring recorded here took
      place as described. Signed Rhiannon Teague, 24 March."""),
]

CASE = Case(
    name="s_8584_201_lifeboat_docx",
    unit="8584-201",
    kind="portfolio",
    files=[SourceFile("R_Teague_201_portfolio.docx", BLOCKS)],
    labels={
        "1.1": "I put in a spare week because a shout can empty the station",
        "1.2": "to stop feeling like a spare part on the slipway",
        "2.1": "five hours twenty minutes in all",
        "2.2": "I listened for where he went vague",
        "2.3": "he wrote the positions in words not figures",
        "2.4": "I forgot to chock the tractor wheels",
        "2.5": "T kept his actions in his",
        "3.1": "the first two sessions were too much like a lecture",
        "3.2": "The answer was two to one",
        "3.3": "goals in their handwriting in the passbook",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": True,
        "identifying": [],
        "minutes": 320,
        "sessions": 6,
        "individuals": 1,
        "supervision_minutes": 90,
    },
    about="Lifeboat station training coordinator; transposed session log (one column per session) with a shout-cancelled column and a Total column, shadowing excluded, separate tutor table (phone call + meeting); matrix; nothing to flag.",
)
