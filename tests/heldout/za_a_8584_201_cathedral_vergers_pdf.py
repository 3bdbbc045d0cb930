"""8584-201 mentoring skills: a cathedral's head verger, PDF of dated prose diary entries, clean.

Malcolm Drury is Head Verger at St Aldhelm's Cathedral. He mentors a newly appointed Assistant
Verger, "B" throughout. One PDF (typed in Word, saved as PDF): a cover table (learner, centre,
tutor, unit), headings of his own with the AC number in brackets, the practice as dated prose
diary entries under "The diary (2.1)", each with its time written his way, then a "Summary of
hours" table whose running total takes in the tutor meeting ("Total 6 hrs ... double the 3 hours").
No evidence matrix, no declaration.

Traps: a clock range in words ("10.15 to 11.00"); "an hour"; a session broken off when a funeral
cortège arrived early and picked up later ("2.00 to 2.20", then "3.10 to 3.40": one session of
50); the 28 January session cancelled for the bishop's visitation and held on Thursday 30th ("40
min"); a walk round the building "an hour and a quarter"; "Half an hour only"; a Candlemas
rehearsal (about three hours) he says was training for the service, not mentoring; a short
tutor phone call in prose only, not in his table; the tutor meeting in the table's running total.

Clean: his own name; "B"; the Dean, the Canon Precentor, the Chapter Clerk by role; his tutor
Helen Okafor on the cover table where it asks; St Aldhelm's Cathedral, the Lady Chapel, the
Chapter House; Clutterbuck, Egan's SOLER, the Johari window, Kolb, GROW.

Practice truth (the diary entries; the summary table agrees on every session):
  D1 Tue 7 Jan 10.15 to 11.00 = 45 (first meeting, the mentoring agreement: counts);
  D2 Tue 14 Jan "for an hour" = 60;
  D3 Tue 21 Jan 2.00 to 2.20 = 20, then 3.10 to 3.40 = 30: one session, 20 + 30 = 50;
  Tue 28 Jan cancelled (bishop's visitation) -> excluded;
  D4 Thu 30 Jan "40 min" = 40;
  D5 Tue 4 Feb "an hour and a quarter" = 75;
  D6 Tue 11 Feb "Half an hour only" = 30.
  45 + 60 = 105, + 50 = 155, + 40 = 195, + 75 = 270, + 30 = 300.
  minutes 300; sessions 6; individuals 1 (B).
  His table's "Total 6 hrs" = 360 = 300 + the 60-minute tutor meeting row.
  Not: Candlemas rehearsal Sat 1 Feb (about three hours, "not mentoring"); 28 Jan.
  Supervision: tutor phone call Thu 23 Jan "about a quarter of an hour" = 15 (prose only);
  tutor meeting Thu 13 Feb 2pm to 3pm at the college = 60.  15 + 60 = 75.
"""

from corpus.case import Case, H, P, SourceFile, T

SUMMARY = T(
    ["Date", "What", "Time", "Running total"],
    ["7 Jan", "Session 1", "45 min", "0:45"],
    ["14 Jan", "Session 2", "1 hr", "1:45"],
    ["21 Jan", "Session 3 (in two halves)", "50 min", "2:35"],
    ["30 Jan", "Session 4", "40 min", "3:15"],
    ["4 Feb", "Session 5", "1 hr 15", "4:30"],
    ["11 Feb", "Session 6", "30 min", "5:00"],
    ["13 Feb", "Meeting with tutor", "1 hr", "6:00"],
    ["", "Total", "", "6 hrs"],
)

PLAN = T(
    ["Area", "What I will do", "When", "How I will know"],
    ["Letting the mentee find his own answer",
     "Use GROW properly and stop at Options instead of jumping to my way; ask the Canon Precentor to sit in once",
     "From the September mentoring of the next assistant verger",
     "At least half of the actions in the log are ones he suggested"],
    ["Giving feedback that is specific", "Write down what I saw before I give any feedback, use it the same day",
     "Now", "B or the next mentee can repeat it back correctly"],
    ["Strength: knowledge of the building and the liturgy",
     "Turn the walk round into a written guide for new vergers so it is not just in my head",
     "By Easter", "Guide used at the next induction"],
    ["Further learning", "Ask the Chapter Clerk about funding the Level 3 coaching and mentoring certificate",
     "Before the budget in March", "Place booked"],
)

BLOCKS = [
    T(
        ["Learner", "Malcolm Drury"],
        ["Job title", "Head Verger, St Aldhelm's Cathedral"],
        ["Centre", "Diocesan Learning and Development Centre"],
        ["Tutor", "Helen Okafor"],
        ["Unit", "8584-201 Developing Mentoring Skills"],
    ),

    H(1, "Background"),
    P("""There are five vergers at the cathedral. We look after the building, set up for every
      service, lead processions, and deal with anything that happens, from a lost child to a
      funeral arriving early. It is a job you learn by doing, and new vergers usually learn by
      following whoever is on shift, which means they pick up everybody's habits. B joined us
      in December from the hotel trade. The Dean asked me to mentor him for his first months
      so he would learn it properly and, I think, so he would stay."""),

    H(1, "How I planned it (1.1)"),
    P("""I planned six sessions of around 45 minutes, one a week on a Tuesday, because Tuesday is the
      quietest day with no choral evensong and only the morning Eucharist. Times would be either
      after the morning service or early afternoon, in the vestry or the Chapter House when it is
      free, never in the nave where visitors can overhear. I looked at B's induction checklist
      and his probation objectives first to see what he needed, and I asked him what he was
      least sure of. I put the sessions on the vergers' rota so someone else was covering the
      door. The first session would be to agree what we were doing and sign the ILM mentoring
      agreement, and the last one would be a review. I planned to keep a notebook and write
      each session up the same evening. I expected at least one to be lost to a funeral or
      something happening, so I allowed an extra week at the end."""),

    H(1, "Goals agreed (1.2)"),
    P("""We agreed these at the first session. I asked B to put them in his own words:"""),
    P("""(a) To be able to set the Lady Chapel and the High Altar for a said Eucharist on his own,
      without checking with another verger, by the middle of February."""),
    P("""(b) To lead the procession at a weekday service without prompting, by the end of
      February."""),
    P("""(c) To know what to do in the three emergencies we practise (a fall, a lost child, an
      evacuation) and be able to explain each one back to me."""),
    P("""Each session also had its own goal that we set at the end of the one before, which is in
      the diary."""),

    H(1, "The diary (2.1)"),
    P("""Tuesday 7 January. 10.15 to 11.00, in the vestry after the morning Eucharist. First meeting.
      We went through the mentoring agreement, confidentiality, and how often we would meet. I
      asked what had surprised him most about the job. He said how much of it is about people
      and not about candles. We agreed the three goals. Next session's goal: the Lady Chapel
      set-up."""),
    P("""Tuesday 14 January. We met in the Chapter House for an hour. Went through the Lady Chapel
      set-up. Instead of showing him, I asked him to talk me through what he would put out and
      why, and we checked it against the sacristy book. He knew more than he thought. Next
      goal: do it on his own on Thursday and tell me how it went."""),
    P("""Tuesday 21 January. We started at 2.00 in the vestry and at 2.20 the funeral cortège arrived
      forty minutes early, so we both went to the west door. We picked up again 3.10 to 3.40,
      which in a way was better because we talked about what had just happened, what he noticed,
      what he would do if he had been on his own. Next goal: read the emergency procedures."""),
    P("""Tuesday 28 January. Cancelled, the bishop's visitation, all hands. Rearranged for the
      Thursday."""),
    P("""Thursday 30 January. 40 min in the vestry. The emergency procedures. I used 'what if'
      questions: what if a child is lost during evensong, what if the alarm goes in the middle
      of a service. B got the evacuation muddled so we agreed to walk the routes next week."""),
    P("""Saturday 1 February B and I were both at the Candlemas rehearsal, about three hours, but that
      was training for the service with the whole team, not mentoring, so I do not count it."""),
    P("""Tuesday 4 February. We walked the building together, all the evacuation routes and the
      assembly point, and talked as we went, roughly an hour and a quarter. He explained each
      route back to me at the door it uses. This covered goal (c)."""),
    P("""Tuesday 11 February. Half an hour only, B had a dentist appointment. We reviewed all three
      goals. He has set the Lady Chapel on his own four times and led the weekday procession
      twice. He asked if he could carry on meeting me once a month and I said yes."""),
    P("""Summary of hours:"""),
    SUMMARY,
    P("""So I have done double the 3 hours."""),

    H(1, "Questioning and listening (2.2)"),
    P("""The main technique I used was asking B to explain before I showed him anything. In the
      hotel trade he was used to being told, and at first he waited for me to tell him. On 14
      January I asked 'what would you put out first, and why?' and then said nothing, and after
      a long pause he started. From then on he did most of the talking. I used 'what if'
      questions for the emergencies because you cannot practise a real one. For listening I
      used Egan's SOLER, mainly sitting at an angle rather than across the vestry table, and I
      tried to reflect back the words he used. When he said the funeral arriving early was
      'chaos', I asked what made it chaos for him, and it turned out to be not knowing who was in
      charge, which is a much more useful thing to work on than the funeral itself."""),

    H(1, "Feedback (2.3)"),
    P("""After he set the Lady Chapel on his own the first time, I checked it and told him exactly
      what was right (the order of the vessels, the credence table) and the one thing that was
      wrong (the wrong frontal for the season), and asked him how he could check the colour in
      future. He found the liturgical calendar on the sacristy wall himself. I think telling
      someone precisely what they got right matters as much as what they got wrong, otherwise
      they do not know what to keep doing. At the end I asked him for feedback on me. He said
      I should let him make more mistakes, which was fair."""),

    H(1, "Building trust (2.4)"),
    P("""Two things built trust. First, at the first session I was clear that the sessions were
      confidential unless it was a safeguarding matter, and that I was not reporting back to the
      Dean about his probation; the Dean would only know whether we were meeting, not what we
      talked about. Second, on the day of the early funeral I let B see that I was flustered
      too, and afterwards I told him the worst thing that happened to me in my first year (I
      locked a canon in the crypt). He told me later that was when he stopped worrying about
      looking stupid in front of me. I also always turned up when I said I would, and when the
      28th was cancelled I rearranged it for two days later, not the next week."""),

    H(1, "Keeping records (2.5)"),
    P("""I kept a notebook in my cassock pocket and wrote each session up the same evening as the
      diary above, with the date, the time, where we met, what we did and his next goal. The
      summary table adds up the hours. The signed mentoring agreement is in the vergers' office
      filing cabinet, which is locked. I have used B instead of his name."""),

    H(1, "How I did as a mentor (3.1)"),
    P("""Clutterbuck says a mentor should help the mentee to think things through rather than give
      advice. On that measure I did better as the weeks went on, but in the first two sessions
      I gave too much advice. What went well: B met all his goals, and his own feedback was that
      the sessions helped. What went less well: I am used to being the expert and I find it hard
      not to step in. Looking at it on the Johari window, I knew I liked to be in charge but I
      did not know how much until B told me to let him make more mistakes, that was in my blind
      area. Using Kolb's cycle, the early funeral was the best learning for both of us because
      we had the experience and then reflected on it straight away, which makes me think
      mentoring should follow real events and not only the planned topics."""),

    H(1, "Tutor meeting (3.2)"),
    P("""Helen rang me on Thursday 23 January, about a quarter of an hour, to check I had started and
      had the paperwork, and to book our meeting. The meeting itself was on Thursday 13 February,
      2pm to 3pm at the college."""),
    P("""The purpose was to review my mentoring of B and what I had learnt. I took my notebook and the
      diary. Helen asked me to pick the session I was proudest of and the one I was least happy
      with. Proudest was the walk round, least happy was the first one where I talked most of the
      time. She asked what was different and I said in the walk round he was leading. We agreed
      three outcomes: to stop at Options in GROW instead of jumping to my way, to write feedback
      down before giving it, and to look at the Level 3 qualification. She said the habit I need
      to lose is finishing the mentee's sentences, which I had not noticed I did."""),

    H(1, "Future development (3.3)"),
    P("""Two areas to develop and one strength to build on. My plan:"""),
    PLAN,
]

CASE = Case(
    name="za_a_8584_201_cathedral_vergers_pdf",
    unit="8584-201",
    kind="structured-pdf",
    files=[SourceFile("M Drury 201 mentoring.pdf", BLOCKS)],
    labels={
        "1.1": "never in the nave where visitors can overhear",
        "1.2": "without checking with another verger, by the middle of February",
        "2.1": "We picked up again 3.10 to 3.40",
        "2.2": "it turned out to be not knowing who was in charge",
        "2.3": "He found the liturgical calendar on the sacristy wall himself",
        "2.4": "I locked a canon in the crypt",
        "2.5": "I kept a notebook in my cassock pocket",
        "3.1": "I knew I liked to be in charge but I did not know how much",
        "3.2": "finishing the mentee's sentences",
        "3.3": "Two areas to develop and one strength to build on",
    },
    expected_checks={
        "declaration": False,
        "evidence_matrix": False,
        "identifying": [],
        # 45 (10.15 to 11.00) + 60 + 50 (2.00-2.20 and 3.10-3.40, one session) + 40 + 75 ("an hour
        # and a quarter") + 30 = 300.  28 Jan cancelled; Candlemas rehearsal not counted.
        # His "Total 6 hrs" includes the 1-hr tutor meeting row.
        "minutes": 300,
        "sessions": 6,
        "individuals": 1,
        # Tutor phone call ~15 (prose only) + tutor meeting 2pm to 3pm = 60: 75.
        "supervision_minutes": 75,
    },
    about="Cathedral head verger; 201 PDF with a cover table and dated prose diary entries, a session broken off by an early funeral and resumed (20 + 30), a cancelled-and-moved week, 'an hour and a quarter' in words, a Candlemas rehearsal not counted, a summary table whose running total takes in the tutor meeting, a tutor phone call in prose only; clean, no matrix or declaration.",
)
