"""8587-304 Undertaking an Extended Period of Mentoring: a secondary school teacher's portfolio.

Ifeoma Nwachukwu-Hart is Head of Year 9 at a secondary academy in Sheffield and mentors
two early career teachers for twelve hours in all. Clean: the mentees are "Mentee A" and
"Mentee B" throughout, pupils are "Pupil X". Traps: school buildings and houses named after
people (the Churchill Building, Attenborough House), educational theorists
and books (Dweck, Bloom's taxonomy, Rosenshine, Lemov's Teach Like a Champion, Hattie),
mentoring theory (Clutterbuck, Kolb, Gibbs, GROW), bodies and software (the Early Career
Framework, Keeping Children Safe in Education, Arbor, Microsoft Teams), a footballer
and a novel as classroom examples, streets, job titles (SENCo, Deputy Headteacher, Head of
Science), the learner, tutor and IQA named where the cover sheet asks.
"""

from .case import B, Case, H, P, SourceFile, T

PORTFOLIO = [
    H(0, "Unit 304 – Undertaking an Extended Period of Mentoring"),
    T(
        ["Candidate name", "Ifeoma Nwachukwu-Hart"],
        ["Centre", "Pennine Leadership College"],
        ["Tutor / assessor", "Gareth Lomas"],
        ["Internal quality assurer", "Priti Venkatesh"],
        ["Workplace", "Hallam Vale Academy, Wellington Road, Sheffield"],
    ),
    P("Learner declaration: I confirm that the evidence in this portfolio is my own work and that the mentoring took place as recorded. Signed: I. Nwachukwu-Hart"),
    H(1, "Evidence matrix"),
    T(
        ["AC", "Evidence"],
        ["1.1, 1.2, 1.3", "Section A: plan, goals, agreements"],
        ["2.1, 2.2, 2.3, 2.4", "Section B: tools, model, practice, mentoring log"],
        ["3.1, 3.2, 3.3, 3.4", "Section C: reflections, feedback, skills review, supervision"],
    ),
    H(1, "Section A"),
    H(2, "1.1 Plan"),
    P("""Twelve hours across two mentees, both early career teachers in their second year
      of the Early Career Framework: Mentee A teaches science, Mentee B teaches English. Six
      one-hour sessions each, fortnightly, from October to March. Sessions are in my office
      in the Churchill Building on Wednesdays period 6, which is the only slot none of us
      teaches, and on Microsoft Teams during the mock exam weeks. I am not either mentee's
      induction mentor, which keeps this separate from their formal ECF assessment."""),
    H(2, "1.2 Goals"),
    B("Mentee A: reduce low-level disruption in a Year 9 group so that starters begin within two minutes of the bell by Christmas."),
    B("Mentee B: plan a unit on Of Mice and Men using Bloom's taxonomy to stretch the top set, ready for the spring term."),
    B("Both: a realistic workload plan that keeps Sundays free."),
    P("""Goals were agreed in the first session of each relationship and checked against the
      school improvement plan with the Deputy Headteacher, who agreed them without seeing
      any session notes."""),
    H(2, "1.3 Agreements"),
    P("""Each mentee signed an agreement covering confidentiality and its limits (safeguarding
      concerns go to the DSL under Keeping Children Safe in Education), cancellation by
      email at least a day before, and that notes stay in a folder on the school's secure
      drive that only I can open. The Head of Science and the Head of English were told that
      the mentoring was happening and what the broad goals were, nothing more."""),
    H(1, "Section B"),
    H(2, "2.1 Diagnostic tools"),
    P("""For Mentee A we used a behaviour audit: I observed a lesson with a tally sheet of
      interruptions by minute, which showed the disruption peaked in the first five minutes.
      For Mentee B we used Dweck's growth mindset questionnaire, which showed a fixed
      mindset about her own planning ("I'm just not organised"). A simple workload diary
      for one week was used with both and showed Sunday was lost to marking."""),
    H(2, "2.2 Mentoring model"),
    P("""I followed Clutterbuck's stages for each relationship and GROW inside each session. In
      the progression stage Mentee A chose routines from Lemov's Teach Like a Champion and
      Rosenshine's principles of instruction; because she chose them, she used them. By
      February the tally showed starters beginning inside two minutes in four lessons out
      of five."""),
    H(2, "2.3 Knowledge, skills and behaviours"),
    P("""I used open questions, summarising, and holding silence. The ethical test came when
      Mentee B described a conversation with Pupil X that sounded like a safeguarding
      disclosure. I stopped the session, reminded her of the limit in our agreement, and
      we logged it on the safeguarding system together before continuing."""),
    H(2, "2.4 Mentoring log"),
    T(
        ["Date", "Mentee", "Minutes", "Focus", "Action"],
        ["02/10/2024", "Mentee A", "60", "Agreement and goals", "Invite mentor to observe"],
        ["09/10/2024", "Mentee B", "60", "Agreement and goals", "Complete mindset questionnaire"],
        ["16/10/2024", "Mentee A", "60", "Behaviour audit results", "Try a do-now task"],
        ["23/10/2024", "Mentee B", "60", "Mindset results", "Draft unit overview"],
        ["06/11/2024", "Mentee A", "60", "Routines from Lemov", "Practise entry routine"],
        ["13/11/2024", "Mentee B", "60", "Bloom's questions", "Write six hinge questions"],
        ["27/11/2024", "Mentee A", "60", "Progress check", "Re-tally one lesson"],
        ["04/12/2024", "Mentee B", "60", "Workload diary", "Batch marking on Thursdays"],
        ["15/01/2025", "Mentee A", "60", "Spring term plan", "Share routine with the department"],
        ["22/01/2025", "Mentee B", "60", "Unit launch", "Observe a Year 11 lesson"],
        ["05/02/2025", "Mentee A", "60", "Ending and next steps", "Close"],
        ["12/02/2025", "Mentee B", "60", "Ending and next steps", "Close"],
    ),
    H(1, "Section C"),
    H(2, "3.1 Reflections"),
    P("""Using Gibbs' cycle after each session, my key learning points were: I over-prepare and
      then try to cover my plan instead of theirs; humour helps, as when Mentee A compared
      her bottom set to Marcus Rashford's early season, all talent and no routine; and the
      mentees make faster progress when they choose the strategy. Kolb's idea of concrete
      experience explains why the observed lessons taught us more than any discussion."""),
    H(2, "3.2 Feedback"),
    P("""Each mentee completed a three-question card after every session. Mentee B wrote in
      December that "the workload diary was the first time anyone showed me where my time
      goes". Average usefulness was 4.5 out of 5. The Deputy Headteacher also passed on that
      Mentee A's Year 9 group had fewer behaviour points on Arbor than in the autumn term."""),
    H(2, "3.3 Communication skills review"),
    P("""Questioning: better, but I still ask two questions at once. Listening: I notice when
      a mentee goes quiet and ask about it, which Hattie would call feedback to the teacher.
      Giving feedback: clear, but I need to ask permission before giving it, which I forgot
      with Mentee B in November and she looked hurt."""),
    H(2, "3.4 Supervision"),
    P("""I had two supervision sessions of 45 minutes with Gareth Lomas, my tutor, in November
      and January. Outcomes: stop bringing a plan into sessions and bring questions instead;
      and separate my role as Head of Year from my role as mentor by meeting in a neutral
      room in Attenborough House rather than my office. I put both into practice in the spring
      term and the last four sessions felt more like the mentee's time."""),
]

CASE = Case(
    name="nw_304_school_portfolio",
    unit="8587-304",
    kind="portfolio",
    files=[SourceFile("Unit 304 portfolio - Nwachukwu-Hart.docx", PORTFOLIO)],
    labels={
        "1.1": "the only slot none of us teaches",
        "1.2": "keeps Sundays free",
        "1.3": "what the broad goals were, nothing more",
        "2.1": "peaked in the first five minutes",
        "2.2": "because she chose them, she used them",
        "2.3": "we logged it on the safeguarding system together",
        "2.4": "Write six hinge questions",
        "3.1": "instead of theirs",
        "3.2": "where my time goes",
        "3.3": "I still ask two questions at once",
        "3.4": "felt more like the mentee's time",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": True,
        "identifying": [],
        "minutes": 720,
        "sessions": 12,
        "individuals": 2,
        "supervision_minutes": 90,
    },
    about="Secondary school mentoring portfolio: clean; Mentee A/B and Pupil X, buildings and houses named after people, education theorists and books, the ECF and Arbor, a footballer as an example, tutor and IQA named on the cover.",
)
