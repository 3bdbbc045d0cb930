"""8584-201 mentoring: a care-home senior keeps her log newest-first, with the tutor meeting in it.

Bethan Rowlands, a senior carer in a residential home, mentors one new care assistant
("Mentee A"). She typed her log at the top of the portfolio with the latest entry first,
lengths as she jotted them ("1h15", "45 mins", "1 hr 15", "50 mins"), a cancelled session and
its rebooking, a corridor catch-up she marks "(not counted)", her own total row, and her
1-hour tutor meeting as a row of the same table.
"""

from .case import Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "ILM Level 2 Unit 201 Developing Mentoring Skills - Portfolio"),
    P("Learner: Bethan Rowlands. Setting: a 40-bed residential care home, day shift."),
    P("""Declaration: I confirm that the work in this portfolio is my own and that my mentee is
      referred to only as Mentee A."""),
    H(1, "Portfolio evidence matrix"),
    T(["AC", "Evidence", "Where"],
      ["1.1", "Mentoring plan", "Section 1"],
      ["1.2", "Agreed goals", "Section 1"],
      ["2.1, 2.5", "Mentoring log and notes", "Section 2"],
      ["2.2 - 2.4", "Reflective account", "Section 2"],
      ["3.1 - 3.3", "Review, tutor meeting, development plan", "Section 3"]),
    H(1, "Section 1 - Planning"),
    H(2, "1.1 My plan"),
    P("""Mentee A started with us in January as a care assistant on days. Her manager asked me
      to mentor her because she was struggling with confidence on the dementia corridor. I
      planned to meet her once a week on a Friday after the handover, in the small lounge
      which is quiet until the afternoon tea round, for about an hour each time, over six
      weeks. I checked the rota with the deputy manager so that we would both be on shift and
      a colleague could cover the floor. I planned to bring the home's care plan templates
      and the dementia communication leaflet from training as resources."""),
    H(2, "1.2 Goals we agreed"),
    P("""At our first session we agreed two goals. First, by the end of February she would
      write a care plan evaluation for two residents without needing it rewritten by the
      nurse. Second, she would lead the morning handover for her corridor on at least two
      shifts, using the SBAR prompt card. We agreed to check progress at every session and
      she wrote these goals at the front of her own notebook so she owned them."""),
    H(1, "Section 2 - Mentoring sessions"),
    H(2, "2.1 and 2.5 Mentoring log"),
    P("""This is the log I kept, with the most recent entry at the top because I added to
      it each week in the front of the file. Times are what I wrote at the end of each
      meeting."""),
    T(["Date", "Who", "Time", "What happened / actions"],
      ["14/03", "Mentee A", "1h15", "Final review. Both goals met; she led handover twice. Feedback form completed."],
      ["07/03", "Meeting with my tutor (Claire)", "1 hr", "Tutor meeting to review my mentoring - see 3.2"],
      ["03/03", "Mentee A", "45 mins", "Rebooked from 28/02. Second care plan evaluation checked together."],
      ["28/02", "Mentee A", "-", "Cancelled - she was on her moving and handling refresher. Rebooked for 03/03."],
      ["21/02", "Mentee A", "1 hr 15", "Practised handover with the SBAR card, role play of a difficult relative."],
      ["14/02", "Mentee A", "30 mins", "(not counted) quick catch-up in the corridor about a fall, not a planned session"],
      ["07/02", "Mentee A", "50 mins", "First session: got to know each other, ground rules, agreed goals."],
      ["", "Total mentoring", "4 hrs 5 mins", ""]),
    P("""I have kept the notes I wrote after each session behind this log. I recorded what
      we covered, the actions she agreed and one line about how I felt it went, so I could
      see my own progress as well as hers."""),
    H(2, "2.2 Questioning and listening"),
    P("""I used open questions such as "What happened on the corridor this morning?" and then
      let her talk, which was hard for me because I like to fix things. When she said she froze
      with a relative, I asked "What would you say if it happened again tomorrow?" and we
      practised her answer. I summarised back what I heard, which she said made her feel
      taken seriously."""),
    H(2, "2.3 Feedback"),
    P("""After she wrote her first care plan evaluation I gave feedback by saying one thing
      that was good, the person-centred wording, and one thing to change, which was to
      include the resident's own words. Her second evaluation needed no changes from the nurse
      and I told her so straight away, because specific praise builds confidence."""),
    H(2, "2.4 Building trust"),
    P("""Trust came from keeping what she said between us unless it was a safeguarding matter,
      which I explained at the start. I also told her about my own first month when I cried
      in the sluice, and she laughed and said she had done the same; after that she brought
      real problems to our sessions rather than saying everything was fine."""),
    H(1, "Section 3 - Reviewing my performance"),
    H(2, "3.1 Review of my mentoring"),
    P("""Looking back against the skills from Unit 200, my strengths were listening and
      being organised about the sessions. My weak point was that I sometimes gave the answer
      too quickly instead of letting her find it. Her feedback form said I was approachable
      but that our sessions sometimes ran over into her break, which I will watch."""),
    H(2, "3.2 Meeting with my tutor"),
    P("""On 7 March I had a one hour meeting with my tutor in the training room. We went
      through my log and my notes, and she asked me what I would do differently. The agreed
      outcomes were that I would try counting to five before speaking after a question, and
      that I would write SMART goals with a date in them from the start."""),
    H(2, "3.3 My development plan"),
    P("""By June I will mentor a second new starter and use a GROW sheet for each session.
      By September I want to complete the Level 3 award. I will ask the deputy manager to sit
      in on one session and give me feedback on whether I am letting the mentee do the
      talking, and I will keep the same log so I can compare."""),
]

CASE = Case(
    name="py_201_newest_first",
    unit="8584-201",
    kind="portfolio",
    files=[SourceFile("rowlands-201-portfolio.docx", BLOCKS)],
    labels={
        "1.1": "planned to meet her once a week on a Friday after the handover",
        "1.2": "without needing it rewritten by the nurse",
        "2.1": "with the most recent entry at the top",
        "2.2": "What would you say if it happened again tomorrow?",
        "2.3": "one thing to change, which was to include the resident's own words",
        "2.4": "she had done the same; after that she brought real problems",
        "2.5": "one line about how I felt it went",
        "3.1": "I sometimes gave the answer too quickly",
        "3.2": "try counting to five before speaking",
        "3.3": "By June I will mentor a second new starter",
    },
    # Log rows, newest first:
    #   14/03 Mentee A 1h15            -> 75   counted
    #   07/03 tutor meeting 1 hr       -> supervision 60
    #   03/03 Mentee A 45 mins         -> 45   counted (the rebooked session)
    #   28/02 Mentee A cancelled       -> excluded, cancelled
    #   21/02 Mentee A 1 hr 15         -> 75   counted
    #   14/02 Mentee A 30 mins         -> excluded, learner wrote "(not counted)"
    #   07/02 Mentee A 50 mins         -> 50   counted
    #   Total mentoring 4 hrs 5 mins   -> excluded, total row (agrees: 245)
    # minutes 75+45+75+50 = 245 (again: 50+75=125, +45=170, +75=245); sessions 4; one mentee.
    # The 3.2 prose repeats the tutor meeting ("a one hour meeting"): the same meeting, counted once.
    expected_checks={
        "declaration": True,
        "evidence_matrix": True,
        "minutes": 245,
        "sessions": 4,
        "individuals": 1,
        "supervision_minutes": 60,
    },
    about="Care home senior carer; log newest-first, tutor meeting in the log, cancelled+rebooked, a '(not counted)' row, own total.",
)
