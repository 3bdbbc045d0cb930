"""8584-201 Developing Mentoring Skills: a university grounds team leader's portfolio, DOCX, clean.

Callum Fairweather (ILM 51836402), grounds team leader at a university estates department,
mentors an apprentice gardener he calls "Apprentice B" throughout. Word portfolio with an
evidence matrix, criteria as headings, a session log table and a tutorial record form.

Clean: nothing identifies the mentee or a third party. Tricky look-alikes: the learner's own
name, number and signed declaration; the tutor on the tutorial record form (Tutor: Priya
Raman); buildings and places named after people (the Rosalind Franklin Building, Darwin
Court, the Alan Turing lawn, Newnham Road, the Isaac Newton pub); the
RHS; theorists with citations (Clutterbuck 2004, Megginson 2006, Kolb 1984, Schön 1983);
the GROW model and SOLER; job titles with capitals (Head of Grounds);
John Deere; Planon (job software); Cambridge United; days and months.

Practice truth (log; 19 Feb cancelled, 12 Mar did not attend, Total row skipped):
60 + 45 + 50 + 60 + 40 + 55 = 310 minutes in six sessions with one mentee.
Supervision: tutorial 13:30 to 14:30 = 60, plus a 15-minute phone check-in = 75.
"""

from .case import B, Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "8584-201 Developing Mentoring Skills – Portfolio"),
    P("Callum Fairweather – ILM reg 51836402 – Grounds Team Leader, Estates & Facilities"),
    H(1, "Evidence matrix"),
    T(
        ["AC", "Evidence", "Page"],
        ["1.1 / 1.2", "Mentoring plan and agreed goals", "2"],
        ["2.1 / 2.5", "Session log", "3"],
        ["2.2 / 2.3 / 2.4", "Account of practice", "4"],
        ["3.1 / 3.2 / 3.3", "Review, tutorial record, development plan", "5-6"],
    ),

    H(1, "1.1 Mentoring plan"),
    P("""I am mentoring one of our first-year apprentices, who I will call Apprentice B in this
      portfolio to keep him anonymous. The Head of Grounds asked me to mentor him because he
      is good with machinery but struggles to plan his own week and had two near misses with
      the ride-on mower. My plan: six sessions of about an hour, fortnightly on Wednesday
      afternoons from February to the end of March, in the mess room at Darwin Court because
      it is away from the main depot. Before the first session I prepared an agreement, a
      goals sheet and a log, and I cleared the slot in Planon so no jobs would be allocated
      to either of us after 2pm on those days. I also planned a short review at session
      four to check it was working for him."""),

    H(1, "1.2 Agreed goals"),
    P("""At the first session we agreed two goals, written in his words on the goals sheet:
      (1) "Plan my own week on the job sheet every Monday without being chased", by the end
      of March; (2) "Pass the ride-on mower refresher with no faults" at the April
      assessment. Each session we also agreed one small goal, such as planning the
      hedge-cutting around the Rosalind Franklin Building himself."""),

    H(1, "2.1 and 2.5 Session log"),
    P("""I kept the log below and we both initialled each row on the paper copy. I wrote the
      notes up within a day of every session."""),
    T(
        ["Date", "Time", "Length", "Topics / actions", "Initials"],
        ["Wed 5 Feb", "14:00-15:00", "60 min", "Agreement, expectations, goals set", "CF / B"],
        ["Wed 12 Feb", "14:15-15:00", "45 min", "Job sheet walk-through, planned next week together", "CF / B"],
        ["Wed 19 Feb", "-", "-", "Cancelled – storm damage on the Alan Turing lawn, all hands", ""],
        ["Wed 26 Feb", "14:00-14:50", "50 min", "Near misses – what happened, his ideas for checks", "CF / B"],
        ["Wed 5 Mar", "14:00-15:00", "60 min", "Review at session 4 – going well, more time on mower", "CF / B"],
        ["Wed 12 Mar", "-", "-", "Did not attend – off sick", ""],
        ["Wed 19 Mar", "14:00-14:40", "40 min", "Practised pre-use checks on the John Deere", "CF / B"],
        ["Wed 26 Mar", "14:00-14:55", "55 min", "Final review of both goals, feedback form", "CF / B"],
        ["Total", "", "5 hrs 10", "", ""],
    ),

    H(1, "2.2 Questioning and listening"),
    P("""I used the GROW model to structure most sessions and open questions throughout. When
      we talked about the near misses I asked "Talk me through the morning before it
      happened" and then just listened. He told me he had been rushing because he did not
      know what his next job was – which turned a safety problem into a planning problem.
      I used SOLER (Egan) for my body language: sat at an angle, open posture, leaning in,
      eye contact, relaxed, which is harder than it sounds in a mess room with a radio on."""),

    H(1, "2.3 Feedback"),
    P("""On 19 March I watched him do his pre-use checks on the mower and gave feedback straight
      after, starting with his own view. He had missed the blade guard check; I described
      exactly what I saw rather than saying "you were careless", and he suggested taping a
      checklist inside the cab. By the final session he had done it every time for a month."""),

    H(1, "2.4 Trust"),
    P("""Trust built slowly. He was wary because I am also the person who signs off his
      timesheets. I told him at the start that what he said in sessions stayed between us
      unless it was about safety, and I kept to that. Telling him about my own first year,
      when I put a strimmer through a sprinkler head outside the Isaac Newton pub on a
      contract job, made a difference: after that he started bringing his own problems."""),

    H(1, "3.1 Review of my performance"),
    P("""I reviewed my performance using his feedback form, my log and Clutterbuck's (2004) list
      of mentor competences. Strengths: organisation and keeping every session despite a
      busy spring. Weaknesses: I talked too much in the first two sessions and offered
      solutions; Megginson (2006) warns that the mentee has to own the goal, and looking
      back at my notes I can see I set the first small goal, not him. Using Kolb's (1984)
      cycle and Schön's (1983) idea of reflection-on-action, I wrote a short note after
      sessions 4 to 6 and could see my questions getting more open."""),

    H(1, "3.2 Tutorial record"),
    T(
        ["Tutorial record form", ""],
        ["Learner", "Callum Fairweather"],
        ["Tutor", "Priya Raman"],
        ["Date / time", "2 April 2025, 13:30 to 14:30 (1 hour), Newnham Road training centre"],
        ["Purpose", "Review my mentoring log, feedback form and self-assessment"],
        ["Outcome", "Agreed I need to hold back and use silence; write a reflective note after every session"],
    ),
    P("""Before that, Priya rang me on 10 February for a 15-minute check-in on my plan. The
      tutorial showed me that my tendency to fix things is a strength as a team leader but
      gets in the way as a mentor, and we agreed the actions in my plan below."""),

    H(1, "3.3 Development plan"),
    T(
        ["Area", "Action", "By", "Success measure"],
        ["Holding back / silence", "Count to five before speaking; mentee to flag when I jump in", "July 2025",
         "Feedback form says I let him find the answer"],
        ["Reflective practice", "Reflective note after every session using Kolb", "From May", "Priya reviews three notes"],
        ["Wider experience", "Mentor a second apprentice from the September intake", "September 2025", "Agreement signed"],
    ),
    P("""I would also like to visit the RHS garden at Wisley with the apprentices and talk to
      their mentoring lead. Outside work I still watch Cambridge United, which is where half
      my small talk comes from."""),

    H(1, "Declaration"),
    P("This portfolio is my own work. Signed Callum Fairweather, 7 April 2025."),
]

CASE = Case(
    name="nn_201_university_grounds_clean",
    unit="8584-201",
    kind="portfolio",
    files=[SourceFile("Fairweather_C_8584-201.docx", BLOCKS)],
    labels={
        "1.1": "cleared the slot in Planon so no jobs would be allocated",
        "1.2": "Plan my own week on the job sheet every Monday",
        "2.1": "Practised pre-use checks on the John Deere",
        "2.5": "I wrote the notes up within a day of every session",
        "2.2": "Talk me through the morning before it happened",
        "2.3": "he suggested taping a checklist inside the cab",
        "2.4": "He was wary because I am also the person who signs off",
        "3.1": "I can see I set the first small goal, not him",
        "3.2": "Review my mentoring log, feedback form and self-assessment",
        "3.3": "Count to five before speaking; mentee to flag when I jump in",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": True,
        "identifying": [],
        # 5 Feb 60 + 12 Feb 45 + 26 Feb 50 + 5 Mar 60 + 19 Mar 40 + 26 Mar 55
        # = 60 + 45 = 105; + 50 = 155; + 60 = 215; + 40 = 255; + 55 = 310.
        # Not: 19 Feb cancelled, 12 Mar did not attend, Total row (5 hrs 10 = 310, right).
        "minutes": 310,
        "sessions": 6,
        "individuals": 1,  # Apprentice B
        # tutorial 13:30-14:30 = 60 + 10 Feb phone check-in 15 = 75
        "supervision_minutes": 75,
    },
    about="University grounds team leader's clean 201 DOCX: Apprentice B, tutor in tutorial form, Rosalind Franklin Building, Darwin Court, Alan Turing lawn, Isaac Newton pub, Newnham Road, theorists with citations, GROW/SOLER, John Deere/Planon, Cambridge United; 310 min in six sessions, cancelled and DNA rows, right Total, 75 min supervision.",
)
