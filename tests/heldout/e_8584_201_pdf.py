"""8584-201 mentoring records (PDF): a senior carer in a care home mentors a new care assistant.

Bernadette Kowalczyk, senior care assistant on the dementia floor of a 60-bed care home in
Leicester, mentors a newly started care assistant through her first two months. One PDF:
a short plan and goals, then one record per session laid out as labelled lines ("Date:",
"Time spent:", "Mentee:") with durations written in words, the 1-hour tutor meeting as its
own record, reflection and a development plan, and a summary table with a total at the end.

Practice, as an assessor counts it (the session records; the summary table repeats them):
    "one hour" 60, "forty-five minutes" 45, "an hour and a half" 90, "two hours" 120,
    "forty-five minutes" 45                                                  = 360, 5 sessions
    supervision: the tutor meeting, "one hour"                               = 60
    Not counted: the summary table rows (repeats of the records) and its "Total" row.
    => minutes 360, sessions 5, individuals 1, supervision 60.

Anonymisation slips: the mentee's first name in a reflection ("Priya"), initial and surname
in the Mentee field of record 3 ("P. Chauhan"), and her mobile number in record 1. Not
identifying: Bernadette's own name, her tutor Mr Okafor, the home manager as a role,
Clutterbuck, Egan, the Johari window, Leicester.
"""

from corpus.case import Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "8584-201 Undertake mentoring of an individual – Mentoring Records"),
    P("Name: Bernadette Kowalczyk. Workplace: residential and dementia care home, Leicester. Tutor: Mr Okafor."),
    P("""About this mentoring. I have worked in care for nineteen years and I am a senior on the
      dementia floor. Our home manager asked me to mentor a new care assistant who started in
      January with no care experience, because last year we lost three new starters in their
      first month. In these records I call her my mentee."""),

    H(1, "My plan for the mentoring"),
    P("""I planned five sessions across eight weeks, at least three hours in total, held in the
      quiet lounge at the end of the early shift so she was not rushing off the floor. The first
      session would be getting to know each other and agreeing goals, the middle sessions would
      each take one part of the job she found hardest, and the last would review how far she had
      come. I cleared the dates with the deputy manager so cover was on the rota, and I kept a
      spare date in week eight in case a session had to move."""),
    H(1, "Goals we agreed"),
    P("""At our first session we agreed three goals together and wrote them in her induction
      folder: to feel confident supporting a resident who becomes distressed in the afternoon;
      to complete a full personal care routine on her own to the home's standard by week six;
      and to write daily care notes that the nurse does not send back for changes."""),

    H(1, "Session records"),
    P("""I wrote each record up the same evening from my notebook and kept the paper copies in
      the locked drawer in the seniors' office, not in her staff file."""),
    P("Session 1"),
    P("Date: 13 January 2026"),
    P("Time spent: one hour"),
    P("Mentee: new care assistant (my mentee)"),
    P("""What we did: Introductions, what mentoring is and is not, agreed the goals above and how
      we would keep things confidential. She gave me her number, 07700 900462, so she could text
      if she was going to be late off the floor. I mostly listened. I asked her what a good
      shift would look like for her and she said going home without crying in the car."""),
    P("Session 2"),
    P("Date: 22 January 2026"),
    P("Time spent: forty-five minutes"),
    P("Mentee: my mentee"),
    P("""What we did: Talked through a resident who shouts in the afternoons. I used open
      questions like what do you notice just before it starts, and then reflected back what she
      said so she could hear her own answer, that it was always around tea time when the
      corridor is busy. She decided to try sitting with the resident before the tea trolley
      comes round."""),
    P("Session 3"),
    P("Date: 3 February 2026"),
    P("Time spent: an hour and a half"),
    P("Mentee: P. Chauhan"),
    P("""What we did: She shadowed me on a full personal care routine and then did one herself
      while I watched, and we debriefed in the lounge. I gave her feedback straight after,
      starting with what went well: she talked to the resident the whole way through and asked
      before every step. The one thing to work on was leaving the call bell within reach."""),
    P("Session 4"),
    P("Date: 17 February 2026"),
    P("Time spent: two hours"),
    P("Mentee: my mentee"),
    P("""What we did: Care notes. We took two hours because we went through a week of her notes
      side by side with the nurse's comments and rewrote three of them together. She worked out
      her own rule: write what you saw and did, not what you think."""),
    P("Session 5"),
    P("Date: 3 March 2026"),
    P("Time spent: forty-five minutes"),
    P("Mentee: my mentee"),
    P("""What we did: Review of the three goals. She has done personal care on her own since week
      five and the nurse has not sent a note back for a fortnight. We agreed the mentoring would
      end here and she would come to me informally when she needs to."""),

    H(1, "How I built trust"),
    P("""I was careful never to tell the other staff what she said in our sessions, even when one
      of the night team asked me if she was coping. I shared a mistake of my own from my first
      year, when I forgot to record a fall, and that was the moment she opened up. Clutterbuck
      says the mentor has to be approachable before anything else and I saw that; once Priya
      knew I would not judge her she brought me the things she was worried about, not just the
      things she was proud of."""),

    H(1, "Meeting with my tutor"),
    P("Date: 10 February 2026"),
    P("Time spent: one hour"),
    P("With: my tutor, Mr Okafor (video call)"),
    P("""We went through my first three records. Mr Okafor asked why I had started giving advice
      in session three when I had been so careful to ask questions in session two. I realised
      that as soon as it was practical care I switched into senior carer mode. He suggested I ask
      her to assess herself first before I gave any feedback, which I did in session five."""),

    H(1, "Review of my own performance"),
    P("""Looking back, I was strongest at listening in the first two sessions and weakest at
      holding back my own way of doing things. Using the Johari window with Mr Okafor helped me
      see a blind spot: I think I am patient, but I interrupt when I know the answer. Egan's
      skilled helper model reminded me that the mentee should own the action, and in session
      four I rewrote her notes for her instead of letting her try first, so I would do that
      differently next time."""),

    H(1, "My future development as a mentor"),
    T(
        ["Area to develop", "What I will do", "By when"],
        ["Self-assessment before feedback", "Always ask the mentee to rate themselves first", "Next mentee, April 2026"],
        ["Mentoring more than one new starter", "Shadow the deputy manager running a group induction", "June 2026"],
        ["Knowledge of mentoring theory", "Read Clutterbuck's Everyone Needs a Mentor", "May 2026"],
    ),

    H(1, "Summary of mentoring time"),
    T(
        ["Session", "Date", "Time spent"],
        ["1", "13/01/2026", "one hour"],
        ["2", "22/01/2026", "forty-five minutes"],
        ["3", "03/02/2026", "an hour and a half"],
        ["4", "17/02/2026", "two hours"],
        ["5", "03/03/2026", "forty-five minutes"],
        ["Total", "", "six hours"],
    ),
    P("""Altogether that is more than the three hours the unit asks for, with one mentee over
      eight weeks, and every session has its own record above."""),
    P("""Learner declaration: I declare that this is my own work and that the mentoring sessions
      took place as recorded."""),
    P("Signed: B. Kowalczyk    Date: 9 March 2026"),
]

CASE = Case(
    name="e_8584_201_pdf",
    unit="8584-201",
    kind="structured-pdf",
    files=[SourceFile("B Kowalczyk 8584-201 mentoring records.pdf", BLOCKS)],
    labels={
        "1.1": "held in the quiet lounge at the end",
        "1.2": "write daily care notes that the nurse does not",
        "2.1": "more than the three hours the unit asks",
        "2.2": "what do you notice just before it starts",
        "2.3": "leaving the call bell within reach",
        "2.4": "I shared a mistake of my own",
        "2.5": "wrote each record up the same evening",
        "3.1": "I interrupt when I know the answer",
        "3.2": "I switched into senior carer mode",
        "3.3": "Shadow the deputy manager running a group induction",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        # session records: 60 + 45 + 90 + 120 + 45 = 360; the summary table repeats them and
        # its "Total" row (six hours) is a total
        "minutes": 360,
        "sessions": 5,
        "individuals": 1,
        "supervision_minutes": 60,  # the tutor meeting, "one hour"
        "identifying": ["Priya", "P. Chauhan", "07700 900462"],
    },
    about="Senior carer in a dementia care home; 8584-201 PDF with one Date/Time spent/Mentee record per session, durations in words, and a summary table; three planted details.",
)
