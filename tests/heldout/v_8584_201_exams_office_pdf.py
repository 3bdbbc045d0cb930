"""8584-201 mentoring practice: a secondary school's exams officer, PDF, log durations in h:mm.

Lorraine Haskins is Exams Officer at a (fictional) secondary academy and mentors a newly
appointed exams assistant, whom she calls "E" everywhere. The school's ILM template has a
table header with her details, then the criteria as numbered headings ("AC 1.1 ..."). Her log
has a Time column (clock times such as 15:30) and a "Duration (h:mm)" column (0:45, 1:05 ...),
a DNA row that still shows the booked 1:00, and a Total row (5:35, right). The tutor meeting
is told only in prose: 4pm to 5pm at the college on 4 March. One planted slip: E's full name
in the review section ("Shannon Melville"), the only place it appears. Everything else is
clean: JCQ, the awarding bodies (AQA, Pearson, OCR), SENCo, the Head of Centre, Honey and
Mumford, the GROW model, Pendleton, places.

Assessor's arithmetic (log, Duration h:mm):
  06/01 0:45 = 45; 13/01 1:00 = 60; 20/01 DNA (1:00 booked) -> excluded;
  27/01 1:15 = 75; 03/02 0:50 = 50; 10/02 1:05 = 65; 24/02 0:40 = 40.
  45 + 60 = 105; + 75 = 180; + 50 = 230; + 65 = 295; + 40 = 335 min = 5:35 (Total row, right,
  not added). Sessions 6; individuals 1 (E).
  Tutor: 4 March, 4pm to 5pm = 60. supervision 60.
"""

from corpus.case import B, Case, H, P, SourceFile, T

LOG = T(
    ["Date", "Time", "Duration (h:mm)", "Focus", "Notes / actions"],
    ["Mon 06/01/25", "15:30", "0:45", "First meeting - agreement, what E wants from this", "Agreement signed by both"],
    ["Mon 13/01/25", "15:30", "1:00", "Goals (see 1.2)", "E to sit in on the access arrangements meeting"],
    ["Mon 20/01/25", "15:30", "1:00", "DNA - E off sick", "Not held, not counted"],
    ["Mon 27/01/25", "15:30", "1:15", "Mock exams week: what went wrong in the sports hall", "E to draft new seating plan"],
    ["Mon 03/02/25", "15:45", "0:50", "Seating plan draft, invigilator briefing", "E to lead Thursday briefing"],
    ["Mon 10/02/25", "15:30", "1:05", "Feedback on the briefing (see 2.3)", "E to run the AA room for mocks part 2"],
    ["Mon 24/02/25", "15:30", "0:40", "Review of goals and ending", "Next steps for the summer series agreed"],
    ["Total", "", "5:35", "6 sessions held", ""],
)

BLOCKS = [
    T(
        ["Learner name", "Lorraine Haskins"],
        ["Job title", "Exams Officer"],
        ["Organisation", "Brookfield Park Academy"],
        ["Unit", "8584-201 Developing Mentoring Skills"],
    ),

    H(1, "AC 1.1 Prepare a plan for effective mentoring of an individual"),
    P("""In December we appointed a new exams assistant to help me run the summer series. E has
      worked in the school office for three years but has never worked in exams and the rules
      from JCQ are a lot to take in at once. The Head of Centre agreed I could mentor E as part of
      my ILM. My plan was seven weekly sessions from January to the end of February, on Mondays
      at half three after the buses have gone, in my office with the door shut and the phone on
      divert. Each session about an hour. I timed it so we would finish before the mock results go
      out and before the summer entries deadline, because after that neither of us has a spare
      minute. I prepared a mentoring agreement, a simple goals sheet and a log, and asked E to
      bring a notebook to every session."""),

    H(1, "AC 1.2 State the agreed goals of the mentoring sessions"),
    P("""We agreed the goals in the second session after E had spent a week watching how the office
      runs. They are in E's words, tidied up a little:"""),
    B("""By the end of February, run the access arrangements room for a mock exam on her own,
      including the readers and the extra time."""),
    B("""Brief the invigilators before an exam session without reading from my notes."""),
    B("""Know where to look things up in the JCQ Instructions for conducting examinations instead of
      asking me every time."""),
    P("""For the single sessions we also agreed a small goal each time, which is what the Notes column
      of the log shows."""),

    H(1, "AC 2.1 Provide evidence of mentoring with an individual over a period of at least 3 hours"),
    P("""The log is below. Six sessions took place, five hours thirty five minutes in total, so over the
      three hours required. 20 January did not happen because E was off sick; I have left the
      booked hour in so the log shows it, but it is not in the total."""),
    LOG,

    H(1, "AC 2.2 Use questioning and listening techniques to support the individual being mentored"),
    P("""After the mocks in the sports hall went badly (two candidates were sat next to each other who
      should not have been), I wanted to tell E what went wrong. Instead I asked her to walk me
      through the morning from the moment she unlocked the hall. I used open questions ("What did
      you check first?") and then funnelled down ("When you looked at the seating plan, which
      version was it?"). That is how we found out she had printed the plan before the late
      entries were added, which nobody had thought of. I kept eye contact, took no notes until she
      finished and then summarised it back, and she corrected one detail, which showed she felt
      listened to rather than interrogated."""),

    H(1, "AC 2.3 Provide feedback to support individual development"),
    P("""On 6 February E gave her first invigilator briefing and I stood at the back. In our session
      on the 10th I used Pendleton's approach: I asked her first what had gone well (she said she
      remembered everything on the list), then what she would do differently (she spoke too fast),
      then gave my view. I agreed with both and added one thing she had not noticed: she looked at
      the floor when the senior invigilator questioned her, which made her seem unsure of a rule
      she actually had right. We practised answering a challenge while keeping her head up. At the
      next briefing she did."""),

    H(1, "AC 2.4 Describe how trust was developed with the individual being mentored"),
    P("""Trust was harder than I thought because I am senior to E and we share an office, so at first
      she was careful what she said. I explained in the first session that what she told me stayed
      between us, except anything about candidate malpractice, which I am obliged to report to the
      Head of Centre, and that I would tell her before doing so. I also owned up to my own worst
      exams day, when I once opened the wrong paper a day early and had to ring the awarding body.
      After that she brought me her mistakes instead of hiding them. Turning up on time every week
      with my phone on divert showed her the sessions mattered to me."""),

    H(1, "AC 2.5 Maintain appropriate records of all mentoring sessions"),
    P("""Records kept: the signed agreement, the goals sheet, the log above and a half-page session
      note for each session with date, focus, what was discussed and actions. I wrote the note
      within a day and E initialled it at the start of the next session so we both agreed it was
      accurate. Everything is kept in a locked drawer, with E referred to only by the initial, and
      the electronic log is in my personal area of the network, not the shared exams drive where
      the invigilators can see it."""),

    H(1, "AC 3.1 Review own mentoring performance"),
    P("""Looking back over the notes, I talked too much in the first two sessions. Using the
      skills checklist from the course and the GROW model as a yardstick, I was strong on Goal
      and Will but rushed Reality: I wanted to jump to options because I already knew the answer.
      The mock exams session was the turning point, because I had to find out what actually
      happened before I could help. E's end-of-mentoring feedback form gave me 4 out of 5 for
      listening and 3 for letting her find her own answers, which matches what I saw. The real
      proof was in the second mock week when Shannon Melville ran the access arrangements room on
      her own with two readers and a scribe and did not need to phone me once. Honey and Mumford's
      questionnaire from the workshop put me as a strong Pragmatist, which explains why I like to
      get to the solution quickly and why I need to hold back as a mentor."""),

    H(1, "AC 3.2 Provide evidence of a 1-hour meeting with their tutor to support own development as a mentor"),
    P("""I met my tutor at the college on 4 March from 4pm to 5pm. I took my log, the session notes and
      E's feedback form. We spent most of the hour on the session about the sports hall, and my tutor
      asked what I would have done if E had not found the cause herself. I admitted I would have
      told her, and we talked about how to give a hint with a question instead, for example "Which
      version of the seating plan did you print?" My tutor also pointed out that my log was
      good evidence but my session notes were thin on how E felt, and suggested a one-line
      "how did it feel" box. I have added that to my template."""),

    H(1, "AC 3.3 Identify and plan areas for future development as a mentor"),
    T(
        ["Area to develop", "Action", "By when", "How I will know"],
        ["Letting the mentee find the answer", "Ask at least three questions before offering any suggestion",
         "Next mentee, September", "Mentee feedback score for this goes from 3 to 4 or 5"],
        ["Recording how the mentee feels", "Use the new 'how did it feel' box on every note", "From now",
         "Tutor or line manager checks three notes"],
        ["Mentoring someone I do not manage", "Offer to mentor a new cover supervisor through the staff development team",
         "Spring term 2026", "Mentoring agreement signed"],
    ),

    H(1, "Declaration"),
    P("""I declare that this is my own work and that the mentoring described took place. Lorraine Haskins
      - 10 March 2025"""),
]

CASE = Case(
    name="v_8584_201_exams_office_pdf",
    unit="8584-201",
    kind="structured-pdf",
    files=[SourceFile("L Haskins 201 portfolio.pdf", BLOCKS)],
    labels={
        "1.1": "before the summer entries deadline",
        "1.2": "without reading from my notes",
        "2.1": "five hours thirty five minutes in total",
        "2.2": "printed the plan before the late entries were added",
        "2.3": "she looked at the floor when the senior invigilator",
        "2.4": "I once opened the wrong paper a day early",
        "2.5": "E initialled it at the start of the next session",
        "3.1": "I was strong on Goal and Will but rushed Reality",
        "3.2": "a one-line \"how did it feel\" box",
        "3.3": "Ask at least three questions before offering any suggestion",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        "identifying": ["Shannon Melville"],  # E's full name, once, in 3.1
        # 0:45 45 + 1:00 60 + 1:15 75 + 0:50 50 + 1:05 65 + 0:40 40 = 335 (Total 5:35, right)
        # Not: 20/01 DNA (1:00 booked); the Total row; Time column clock times.
        "minutes": 335,
        "sessions": 6,
        "individuals": 1,  # E
        "supervision_minutes": 60,  # 4 March 4pm to 5pm
    },
    about="School exams officer's 201 portfolio PDF: header details table, 'AC n.n' headings, log with clock-time column and 'Duration (h:mm)', DNA row keeping booked 1:00, right Total; tutor hour in prose; mentee's full name once in the review.",
)
