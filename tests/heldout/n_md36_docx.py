"""MD36 36-hour mentoring diary (DOCX): a probation service officer mentors new colleagues.

Grace Ogunleye, senior probation services officer in a probation delivery unit in the
West Midlands, mentors four newly recruited probation services officers (Mentee A to D)
from September to May. Her Word diary is a month-by-month summary table (rows are months;
columns 'Sessions', 'Hours', 'Mentees seen', 'Supervision hrs') with a final 'Year total'
row, followed by a short paragraph under each month's heading. The prose mentions one
session cancelled in April (not in the table's figures) and one planned for June. Measured,
professional voice; signed declaration at the end. The MD36 rubric is known to be wrong, so
no labels: practice and anonymisation only.

Practice, as an assessor counts it (the month rows; every session is one mentee, 1:1):
    Hours: Sep 3 + Oct 4.5 + Nov 4 + Dec 2 + Jan 5.5 + Feb 4.5 + Mar 5 + Apr 4 + May 3.5
    = 36 hours = 2160 minutes. Sessions: 3+4+4+2+5+4+5+4+3 = 34.
    Individuals: Mentee A, B, C, D = 4.
    Supervision hrs: 1 + 0 + 1 + 0 + 1 + 0 + 1.5 + 0 + 1 = 5.5 hours = 330 minutes
    (the March figure includes a 30-minute tutorial with her college tutor).
    The 'Year total' row (34 | 36 | 4 | 5.5) restates the months; the cancelled April
    session and the planned June session are in the prose only and not counted.

Clean: Mentee A to D throughout. Not identifying: Grace's own name, her senior probation
officer (her supervisor, by role), her college tutor (by role), the West Midlands, HMPPS,
the Probation Service, OASys, Clutterbuck, Megginson, Kolb, GROW, Egan, Daloz.
"""

from corpus.case import Case, H, P, SourceFile, T

SUMMARY = T(
    ["Month", "Sessions", "Hours", "Mentees seen", "Supervision hrs"],
    ["September", "3", "3", "A, B", "1"],
    ["October", "4", "4.5", "A, B, C", "0"],
    ["November", "4", "4", "A, B, C", "1"],
    ["December", "2", "2", "A, C", "0"],
    ["January", "5", "5.5", "A, B, C, D", "1"],
    ["February", "4", "4.5", "B, C, D", "0"],
    ["March", "5", "5", "A, B, C, D", "1.5"],
    ["April", "4", "4", "A, C, D", "0"],
    ["May", "3", "3.5", "B, D", "1"],
    ["Year total", "34", "36", "4", "5.5"],
)

BLOCKS = [
    H(0, "Workplace Mentoring Diary (36 hours)"),
    P("Name: Grace Ogunleye. Role: Senior Probation Services Officer, probation delivery unit, West Midlands."),

    H(1, "Introduction"),
    P("""Our unit took on five new probation services officers (PSOs) last summer, after a long
      period of vacancies. I was asked by my senior probation officer to act as a workplace
      mentor to four of them through their first year, alongside their formal training and line
      management. In this diary they are Mentee A, B, C and D. All four hold caseloads of
      people on community orders and post-release licences, which is demanding work with
      risk, safeguarding and public protection always in view. My purpose as mentor was not to
      supervise their cases - that is their line manager's job - but to help them find their
      feet, build resilience and develop professional judgement. Sessions were one to one,
      normally an hour, in a bookable interview room or on Teams when office days did not
      line up. I kept a short note of every session and the summary below is built from those
      notes."""),

    H(1, "Summary of mentoring by month"),
    SUMMARY,
    P("""Mentees seen are by letter. Supervision hours include my supervision with my senior
      probation officer and, in March, a tutorial with my college tutor."""),

    H(1, "Notes by month"),
    H(2, "September"),
    P("""First meetings with Mentee A and Mentee B, plus a second session with Mentee A. In each
      first meeting we agreed what mentoring is for, confidentiality and its limits (any risk
      concern goes to the duty SPO), and how often to meet. I used a simple contract adapted
      from the Clutterbuck and Megginson examples. Supervision: one hour with my SPO to agree
      my approach and boundaries with line managers."""),

    H(2, "October"),
    P("""Mentee C joined after completing induction. Mentee B's sessions were mostly about
      writing court reports under time pressure; rather than showing her mine, I asked her to
      talk me through how she plans one. Mentee A brought a difficult home visit. I used GROW
      with both and started to notice I default to advice when the topic is risk."""),

    H(2, "November"),
    P("""Four sessions. Mentee C raised feeling out of her depth with a high-risk case and I spent
      most of that hour listening. Supervision (one hour) focused on exactly this: where
      mentoring ends and case supervision begins. My SPO suggested I use Egan's first stage
      more and resist problem-solving when risk is mentioned, and refer anything case-specific
      back to the line manager."""),

    H(2, "December"),
    P("""Quieter because of leave and the Christmas court schedule. Two sessions, with Mentees A
      and C. Mentee A reflected on her first three months using Kolb's cycle, which she found
      helpful enough to start using in her own reflective log."""),

    H(2, "January"),
    P("""Mentee D, who transferred from another unit, joined. Five sessions across all four
      mentees, including a longer first meeting with Mentee D. Supervision: one hour reviewing
      my notes; my SPO pointed out that my notes recorded my questions but not the mentees'
      answers, so I changed my note template."""),

    H(2, "February"),
    P("""Four sessions with Mentees B, C and D. Mentee B has been accepted onto the PQiP
      pathway and we used sessions to think about her learning goals. Mentee D struggled with
      OASys assessments and we looked at what gets in the way rather than how to fill them in."""),

    H(2, "March"),
    P("""Five sessions, one with each mentee and a second with Mentee C after a serious further
      offence review in the unit unsettled her. Supervision was one hour with my SPO plus a
      30-minute tutorial with my college tutor, who introduced me to Daloz's idea of support,
      challenge and vision; I realised I give plenty of support but not much challenge."""),

    H(2, "April"),
    P("""One session with Mentee B was cancelled when she was called to court at short notice
      and could not be rebooked before Easter; the four sessions in the table are the ones that
      took place. I tried adding more challenge, asking Mentee D what she would say to a
      colleague who avoided the same task she was avoiding."""),

    H(2, "May"),
    P("""Final reviews with Mentee B and Mentee D, and an extra session with Mentee D. We looked
      back at what had changed since the autumn and agreed how to end or continue. Mentee D
      asked to carry on; a review session is planned for June, which is not included above.
      Supervision: one hour with my SPO to review the year."""),

    H(1, "Reflections on the year"),
    P("""Across 36 hours with four mentees, what worked best was giving new officers a space that
      was not about performance, in a service where nearly everything is audited. What I need
      to keep working on is challenge: my instinct with new staff in a high-risk job is to
      protect them, and the feedback from Mentee A and Mentee D was that they wanted me to push
      a little harder. Next year I plan to mentor two officers rather than four, so I can go
      deeper, and to ask my SPO to observe one session."""),

    H(1, "Declaration"),
    P("""I confirm that this diary is a true record of the mentoring I carried out and that the
      reflections are my own. Signed: G. Ogunleye Date: 6 June"""),
]

CASE = Case(
    name="n_md36_docx",
    unit="MD36",
    kind="legacy-questions",
    files=[SourceFile("MD36 diary G Ogunleye.docx", BLOCKS)],
    labels={},
    expected_checks={
        "declaration": True,
        "evidence_matrix": None,
        # Hours by month 3+4.5+4+2+5.5+4.5+5+4+3.5 = 36 h = 2160; 'Year total' row restates them.
        # Cancelled April session (not in the table) and planned June session excluded.
        "minutes": 2160,
        "sessions": 34,  # 3+4+4+2+5+4+5+4+3
        "individuals": 4,  # Mentee A, B, C, D
        # Supervision hrs 1+0+1+0+1+0+1.5+0+1 = 5.5 h = 330 (March includes a 30-min tutorial)
        "supervision_minutes": 330,
        "identifying": [],
    },
    about="Probation services officer mentoring four new PSOs; MD36 DOCX month-by-month table (Sessions, Hours, Mentees seen, Supervision hrs) with a 'Year total' row and short prose per month, one cancelled and one planned session in prose only; clean.",
)
