"""8587-301 Good Practice in Mentoring: a supermarket distribution shift manager's own numbering.

Gareth Owusu runs a goods-in shift at a supermarket's regional distribution centre and
mentors new team leaders. He wrote his 301 assignment in Word with his own scheme: 'Part
A' to 'Part D' as headings, answers numbered 'A1', 'A2' ... under them, and the only link to
the unit's criteria is a small mapping table at the very start (A1 = 1.1 and so on). His
headings are his own words, not the criteria. He ran out of time for D2 (4.2, reflection
and supervision): the heading is there with a note that it will follow (label None). There
is no declaration.

Identifying details left in: the team leader he mentored, first by full name and later by
first name alone, and the e-mail address of the site trainer he copied into his first e-mail
to the mentee.
"""

from corpus.case import Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "Unit 301 – Understanding Good Practice in Mentoring"),
    P("Gareth Owusu | Goods-In Shift Manager | Brightways Foods, Harlow Regional Distribution Centre"),
    P("ILM Level 3 Certificate in Effective Coaching and Mentoring – written assignment, submitted 20 February 2026"),
    P("How my answers line up with the assessment criteria:"),
    T(
        ["My section", "Criteria"],
        ["A1, A2, A3, A4", "1.1, 1.2, 1.3, 1.4"],
        ["B1, B2, B3", "2.1, 2.2, 2.3"],
        ["C1, C2, C3", "3.1, 3.2, 3.3"],
        ["D1, D2", "4.1, 4.2"],
    ),

    H(1, "Part A – Mentoring at Harlow RDC"),
    H(2, "A1. What it's for"),
    P("""Harlow RDC moves around 1.4 million cases a week to 180 stores. We run three shifts
      and each shift has roughly a dozen team leaders, most of whom were promoted from the
      floor after being the best picker or the quickest reach truck driver. Being good at the
      job and being good at leading people who do the job are not the same thing, and
      historically we lost a lot of new team leaders in their first six months, either
      back to the floor or out of the business. Mentoring at the RDC exists to close that
      gap. A new team leader is paired with an experienced shift manager who is not their
      line manager, and the mentor helps them find their own way of leading, handling the
      first difficult conversations, reading the productivity reports and coping with the
      pressure of the Christmas peak. For the business, the purpose is retention and a
      pipeline of future shift managers. Since we started the scheme two years ago we have
      kept seven of our last nine new team leaders past their first year. For the mentee
      it is a safe person to ask the questions you cannot ask your own boss."""),

    H(2, "A2. Being a mentor – the job and the duties"),
    P("""Clutterbuck describes the mentor as someone who offers off-line help with significant
      transitions, and that is the best description I have found for what I do. The role is
      partly to share experience (I have done every job on this site), partly to act as a
      sounding board, and partly to open doors, for example getting a mentee a day in the
      transport office. It is different from coaching, where the coach needn't know the
      job, and very different from managing. I never set my mentee's targets and I never
      comment on their performance to their manager. My responsibilities are to keep to the
      agreement we make, to turn up, to keep what is said confidential within the limits we
      agreed, to keep records, to know when an issue is beyond me and signpost it (HR, the
      Retail Trust helpline, occupational health), and to end the relationship well when it
      has done its job. I am also responsible for not creating a mini version of me. The
      first team leader I mentored started copying the way I run briefings, and I had to
      steer him to find his own style."""),

    H(2, "A3. What a good mentor needs"),
    P("""Skills: listening properly (not planning what to say next), asking open questions,
      summarising, giving honest feedback, helping someone set goals, and writing short
      clear notes. Knowledge: the operation itself, how the business works beyond the
      warehouse floor, the mentoring process and a model such as Clutterbuck's, our
      policies on confidentiality and data, and who to refer to. Behaviours: being
      approachable, patient, reliable and non-judgemental, and being a role model on the
      floor, because mentees watch what you do at 3am more than what you say in a meeting.
      If I had to pick one behaviour it is keeping my promises, because on a night shift
      a mentor who cancels twice stops being a mentor."""),

    H(2, "A4. Getting past the barriers"),
    P("""The biggest barrier at the RDC is the operation itself. When a trunk is late or the
      chilled chamber goes down, mentoring is the first thing to go. We overcome this by
      booking sessions at the shift crossover when both people are on site, and the general
      manager agreed that mentoring time is protected except during peak weeks. The second
      barrier is shifts: mentor and mentee may be on different patterns, so we pair people
      whose shifts overlap, and we use Teams calls if we must. Third, some mentees do not
      see the point or feel they have been sent; we deal with that by making the scheme
      voluntary and holding a chemistry meeting before anyone commits. Fourth, the
      relationship can be too close if the mentor is a mate from the floor, so we never
      pair friends and the pairing is done by the learning and development team, not by
      the mentees themselves."""),

    H(1, "Part B – Starting well"),
    H(2, "B1. Building the relationship from day one"),
    P("""My first mentee on the scheme was Lewis Hargreaves, a new team leader on nights who
      came up from the ambient picking team. I met him for a brew in the canteen before
      anything formal, told him how I had nearly walked out in my own first year as a team
      leader, and asked what he hoped to get from it. Methods that work for me: meet on
      neutral ground, not in my office; do most of the listening in the first meeting;
      share something about yourself so it is not one-way; agree early how they like to
      be contacted and how much challenge they want; and follow through on the first
      small promise. I had said I would send Lewis the pick-rate report I use, and I sent
      it that night. That did more for trust than anything I said."""),

    H(2, "B2. Why we contract and how"),
    P("""The mentoring agreement sets out what we are both signing up to, and it exists
      because mentoring sits outside the normal management line. Without it, nobody knows
      what the mentor will pass on, and the mentee's line manager may feel undermined. The
      agreement covers the purpose and goals, how often and where we meet (fortnightly,
      one hour, at the crossover), confidentiality and its limits, what records are kept
      and who sees them, how either of us can end it without blame, and what the line
      manager is told (that we are meeting, nothing more). The process is: a chemistry
      meeting, then the draft agreement sent by email, then a three-way conversation with
      the line manager so that expectations are shared, then both of us sign at the first
      session. We look at it again at the three-month review. L&D keep a copy so the
      pairing is on record. I copied our site trainer into the first email at
      marcia.belle@brightwaysfoods.co.uk so she could log the pairing."""),

    H(2, "B3. Keeping it safe and ethical"),
    P("""Safe and ethical mentoring at the RDC means a few concrete things. Confidentiality,
      except where there is a risk to safety or a legal duty: if a mentee told me about a
      forklift near miss that had not been reported, I would have to act, and I tell
      mentees this at the start. Boundaries: I am not a counsellor, so welfare issues go to
      occupational health or the Retail Trust. Conflicts of interest: I do not mentor anyone
      on my own shift, and I step back from any disciplinary or promotion panel involving a
      mentee. Equality: I follow the Equality Act 2010 and the company's dignity at work
      policy, and I make sure the scheme is open to part-time and agency-converted team
      leaders, not just the full-timers. Data: notes are kept in line with GDPR. I use the
      EMCC code as my guide where company policy says nothing."""),

    H(1, "Part C – How I run it"),
    H(2, "C1. The model I use"),
    P("""I use Clutterbuck's mentoring stages as the shape of the whole relationship, with
      GROW inside each session. Building rapport comes first, in the chemistry meeting and
      the first session. Setting direction is when we agree what the mentee wants to achieve
      over the six months. Progression is the longest phase, where most of the learning
      happens and where I use GROW to structure each conversation. Winding down is when I
      start handing more of the agenda to the mentee, and moving on is the formal close and
      review. Knowing the stages helps me manage the process because I can tell where we
      are. With Lewis we were stuck in setting direction for two sessions because his goal
      kept changing, and recognising that let me slow down instead of rushing to actions."""),

    H(2, "C2. Tools for preferences and goals"),
    P("""I use four tools. A simple self-assessment against the team leader competency
      framework, where the mentee rates themselves and we pick the two lowest to work on. A
      short learning preferences chat based on Honey and Mumford, so I know whether they
      want to read something first or just have a go on shift. A timeline exercise, where
      the mentee draws the high and low points of their career so far, which often shows
      what motivates them. And a goal sheet where every goal is written in SMART terms in
      the mentee's own words, with a measure they can see in the productivity reports. With
      Lewis the self-assessment showed he rated himself lowest on holding people to account,
      which became his first goal."""),

    H(2, "C3. Checking progress"),
    P("""At each session we start by looking at the actions from last time. Every three months
      the mentee repeats the competency self-assessment so we can both see whether the
      scores have moved, and I ask them for an example that backs up any change. With the
      mentee's agreement we also look at hard measures such as absence on their team and
      pick accuracy, because they are already reported weekly. The final review compares
      where they are now with the goals in the agreement and decides whether to close or
      extend. Lewis moved from a two to a four on accountability over six months and had
      his first return-to-work interview without asking his manager to sit in."""),

    H(1, "Part D – Records, reflection and supervision"),
    H(2, "D1. Why we keep records"),
    P("""For me as the mentor, records mean I remember what we agreed, I can plan the next
      session, I can show L&D the scheme is working, and I have evidence of my own practice
      for this qualification. For the mentee, the records are theirs as much as mine: the
      goal sheet shows progress they cannot see day to day, and the agreement reminds both
      of us of what we promised. We keep the agreement, a one-page session note with
      actions, the self-assessment scores and a closing review. Notes are kept on the L&D
      SharePoint with access for the two of us only, never in personnel files, and are
      deleted a year after the relationship ends. The mentee sees everything I write about
      them and can ask for changes."""),

    H(2, "D2. Reflection and supervision"),
    P("""[Still working on this part – I will add it when I send the log for unit 304.]"""),

    H(1, "Sources"),
    P("Clutterbuck, D. (2014) Everyone Needs a Mentor. CIPD."),
    P("EMCC Global Code of Ethics (2021)."),
    P("Honey, P. and Mumford, A. (1992) The Manual of Learning Styles."),
    P("Brightways Foods (2024) Team Leader Competency Framework, internal."),
]

CASE = Case(
    name="g_301_rdc_numbering",
    unit="8587-301",
    kind="structured-docx",
    files=[SourceFile("G Owusu 301 assignment FINAL.docx", BLOCKS)],
    labels={
        "1.1": "kept seven of our last nine new team leaders",
        "1.2": "not creating a mini version of me",
        "1.3": "mentees watch what you do at 3am",
        "1.4": "so we never pair friends",
        "2.1": "I sent it that night",
        "2.2": "a three-way conversation with the line manager",
        "2.3": "a forklift near miss that had not been reported",
        "3.1": "we were stuck in setting direction for two sessions",
        "3.2": "we pick the two lowest to work on",
        "3.3": "moved from a two to a four on accountability",
        "4.1": "two of us only, never in personnel files",
        "4.2": None,
    },
    expected_checks={
        "declaration": False,
        "evidence_matrix": None,
        # the mentee by full name, then first name alone; the trainer's e-mail pasted in
        "identifying": ["Lewis Hargreaves", "Lewis", "marcia.belle@brightwaysfoods.co.uk"],
    },
    about="Supermarket RDC shift manager's 301 with his own 'Part A'/'A1' numbering mapped to ACs only by a table at the start; D2 (4.2) left to follow; mentee and trainer e-mail left in; no declaration.",
)
