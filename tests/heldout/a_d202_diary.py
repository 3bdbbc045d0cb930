"""D2.02 (legacy, marked) Mentoring diary: a sixth-former mentors a Year 7 pupil.

Ellie Warburton, a Year 12 student, mentors a Year 7 pupil ("Pupil K") in a homework club
and reviews each session with her supervisor. One DOCX with the diary's printed section
headings as Heading 1 and the section 3 questions typed out as Heading 2. Section 2 has an
overview table of sessions and supervision, then one write-up per mentoring session and
one per supervision review, so each session is written down twice.

Practice, as an assessor counts it (overview table, checked against the write-ups):
    mentoring:   "30 mins" 30, "12:40–13:15" 35, "half an hour" 30, "35 mins" 35,
                 "30 mins" 30, "12:40–13:10" 30                       = 190, 6 sessions
    supervision: 30, 30, 30, 30, "40 mins" 40, 30                    = 190
    Not counted: the 04/11 row (planned, pupil on a trip – no session), the Total row
    ("3 h 10" twice), the write-ups "Session 1 (30 minutes)" ... which repeat the table, and
    the ten-minute introduction with his form tutor, which she says is not a session.
    => minutes 190, sessions 6, individuals 1, supervision 190.

Anonymisation: "Pupil K" throughout, but the photo caption gives his first name. Not
identifying: Ellie's own name and candidate number, the supervisor named where the
supervision sign-off asks for a name, the school and town.
"""

from corpus.case import B, Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "MENTORING DIARY: D2.02"),
    T(
        ["Centre Number", "301554"],
        ["Centre Name", "St Aldhelm's School, Sherborne"],
        ["Candidate Registration No", "YL2-25-0412"],
        ["Candidate Name", "Ellie Warburton"],
    ),
    P("""I mentored a Year 7 pupil in the lunchtime homework club as part of the school's
      peer mentoring scheme. In this diary I call him Pupil K. My supervisor was the Year 7
      pastoral lead."""),

    H(1, "Section 1 - Identify and agree overall outcomes for mentoring sessions"),
    P("""Before the first session I met Pupil K for ten minutes with his form tutor so he knew
      who I was; that was an introduction, not a mentoring session, so it is not in my
      table. He had been referred because he was getting homework detentions almost every
      week and had stopped coming to clubs. In our first session I asked him what he wanted
      to be different by Christmas. He said 'no more detentions' and 'to get into the
      football team', so we used those to agree three outcomes:"""),
    B("""To hand in all his homework on time for three weeks in a row before the Christmas
      holidays, checked on Satchel One every Friday."""),
    B("""To use a homework planner that he makes himself, and bring it to every session."""),
    B("""To go to football club at least once a week, because being allowed to play depends on
      having no detentions."""),
    P("""I showed these to my supervisor before our first session and she said they were
      realistic because they were his own words and we could check them each week."""),

    H(1, "Section 2 - Undertake supervised mentoring"),
    P("""All six sessions took place in the library office at lunchtime, and after each one I
      met my supervisor in her office for a review. The table gives the dates and times; my
      write-up of each session and each review follows it."""),
    T(
        ["Session", "Date", "Time with Pupil K", "Supervision review afterwards"],
        ["1", "Tue 07/10/2025", "30 mins", "30 mins"],
        ["2", "Tue 14/10/2025", "12:40–13:15", "30 mins"],
        ["3", "Tue 21/10/2025", "half an hour", "30 mins"],
        ["–", "Tue 04/11/2025", "Planned – Pupil K on a Year 7 trip, no session", "–"],
        ["4", "Tue 11/11/2025", "35 mins", "30 mins"],
        ["5", "Tue 18/11/2025", "30 mins", "40 mins"],
        ["6", "Tue 25/11/2025", "12:40–13:10", "30 mins"],
        ["Total", "", "3 h 10", "3 h 10"],
    ),
    H(2, "Carry out six mentoring sessions of 30 minutes each with one mentee"),
    P("""Session 1 (30 minutes). Main issues: we got to know each other and agreed the outcomes
      above. He told me he does his homework but forgets to hand it in because it is in the
      wrong bag. Outcome: we agreed that was the real problem, not the homework. Action for
      Pupil K: put every finished piece in one red folder."""),
    P("""Session 2 (35 minutes). Main issues: he had two detentions this week. We looked at
      Satchel One together and found he did not know how to see what was due. Outcome: he can
      now find his due dates. Action: check Satchel One every night before bed."""),
    P("""Session 3 (30 minutes). Main issues: he made his own homework planner with a column for
      each day and drew football boots next to things he had handed in. We did a times tables
      race at the end because he had finished early. Action: bring the planner every
      Tuesday."""),
    P("""Session 4 (35 minutes). Main issues: one detention in two weeks, for science. He was
      angry that it was 'unfair'. I let him talk and then asked what he could do next time.
      Outcome: he decided to ask the science teacher when he does not understand the task.
      Action: speak to his science teacher before Friday."""),
    P("""Session 5 (30 minutes). Main issues: no detentions for a week and he went to football
      club. He wanted to talk about a falling out with a friend, and I listened but kept us
      on track. Action: keep the planner going through the busy week before the trip."""),
    P("""Session 6 (30 minutes). Main issues: three weeks with no detentions. We looked back at
      the outcomes and he has met all three. He said he wants to carry on with the planner on
      his own. Outcome: mentoring ended well, and he will come to homework club on Thursdays
      without me."""),
    P("Photo 1: Kayden with the homework planner he designed in session 3."),
    H(2, "Meet with your supervisor after each mentoring session for 30 minutes to review and reflect on your performance and learning"),
    P("""Review 1 (30 minutes). We talked about how nervous I was. My supervisor said starting
      with the red folder was a good practical idea. Learning: keep it simple."""),
    P("""Review 2 (30 minutes). I told her that I had talked more than him. She asked me to count
      how many questions I asked next time and said I should sit beside him, not opposite, so it
      feels less like a lesson."""),
    P("""Review 3 (30 minutes). The planner was his idea, so she said I had done well to let him
      design it. Learning: mentees keep things they made themselves."""),
    P("""Review 4 (30 minutes). We talked about the science detention and how I stayed calm when
      he was angry. She explained the difference between listening and agreeing."""),
    P("""Review 5 (40 minutes). This one was longer because I wanted advice about the friendship
      problem. She reminded me what to do if he ever told me something worrying and who the
      safeguarding lead is. Learning: know where my role stops."""),
    P("""Review 6 (30 minutes). We looked at the whole diary. She said my records were clear and
      that ending on a plan for him to carry on alone was the right way to finish."""),
    T(
        ["Supervisor's name", "Mrs J. Holloway"],
        ["Supervisor's signature", "J Holloway – confirms the six reviews took place"],
    ),

    H(1, "Section 3 - Review own progress"),
    P("""I reviewed my progress with my supervisor after every session, three hours and ten minutes
      of reviews in all, and these are my answers to the four questions."""),
    H(2, "Think about your own performance as a mentor and what worked well"),
    P("""What worked well was letting him find his own answers. The red folder and the planner
      both came from him, and they worked because he owned them. I was also reliable: I turned
      up every Tuesday even in mock week, and he noticed that."""),
    H(2, "What did you learn about yourself?"),
    P("""I learned that I am more patient than I thought, but that I fill silences because they
      make me uncomfortable. I also learned that I like helping people and I might want to
      train as a teacher."""),
    H(2, "What might you do differently as a result of your reflection"),
    P("""I would ask more open questions from the very first session, and sit beside my mentee
      from the start. I would also plan the ending earlier so it does not feel sudden."""),
    H(2, "What skills do you still need to develop further?"),
    P("""I still need to get better at staying quiet and letting the mentee think, and at
      summarising what someone has said before I answer. I also want to learn more about
      how to deal with a mentee who is upset."""),
    P("By submitting I confirm that this assessment is my own work. Ellie Warburton"),
]

CASE = Case(
    name="a_d202_diary",
    unit="D2.02",
    kind="legacy-questions",
    files=[SourceFile("D2.02 mentoring diary.docx", BLOCKS)],
    labels={
        "section-1": "no more detentions",
        "section-2": "in the library office at lunchtime",
        "q2a": "times tables race",
        "q2b": "sit beside him, not opposite",
        "section-3": "three hours and ten minutes of reviews in all",
        "q3a": "even in mock week",
        "q3b": "I might want to train as a teacher",
        "q3c": "plan the ending earlier",
        "q3d": "deal with a mentee who is upset",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": None,
        # table: 30 + 35 + 30 + 35 + 30 + 30 = 190; 04/11 planned, Total row and the write-ups
        # excluded; the 10-minute introduction is marked by her as not a session (text made
        # explicit in the audit: it could have been read as a chemistry meeting)
        "minutes": 190,
        "sessions": 6,
        "individuals": 1,
        "supervision_minutes": 190,  # reviews 30 + 30 + 30 + 30 + 40 + 30
        "identifying": ["Kayden"],
    },
    about="Sixth-former's D2.02 diary; overview table plus per-session and per-review write-ups; planted first name in a photo caption.",
)
