"""MD36 practice diary: a housing association log with a Type column mixing one-to-ones, group mentoring, an observed session, supervision, shadowing and team training, with monthly sub-totals.

Deborah Fenwick, neighbourhood manager at a housing association, mentors three housing
officers, Priya, Tom and Agnieszka, from September to November. One Word table: Date, Type,
With, Hrs (decimal), Notes, with a "Sub-total" row at the end of each month and a "Grand
total" row (right, 41.75). Type mixes "1:1 mentoring", "Group mentoring" (all three
together: one session each time, its length once), "1:1 mentoring – observed" (by her tutor:
counts), "Tutor feedback" after it, "Supervision", "Shadowing" (she sat in on the director
mentoring a regional manager: not hers), and "Training" (tenancy fraud briefing for 14 staff,
which she marks not mentoring). Tricky: a cancelled row rebooked next month; a DNA; a
tutorial phone call only in the prose below the log.

Practice truth: Priya 750 + Tom 660 + Agnieszka 735 + groups 360 = 2505 minutes in
twenty-three sessions with three mentees; supervision 60 + 30 + 90 + 20 = 200.
"""

from .case import Case, H, P, SourceFile, T

BLOCKS = [
    H(1, "MD36 Workplace Mentoring Diary"),
    P("Deborah Fenwick – Neighbourhood Manager – Fellside Homes Housing Association"),
    P("""My mentees are three housing officers who joined us this year: Priya (estate
      services), Tom (income) and Agnieszka (tenancy sustainment). I have kept one log for
      everything, with a Type column. Only the 1:1 and group mentoring rows count towards my
      36 hours; the sub-totals are for mentoring only. Hours are decimal."""),
    T(
        ["Date", "Type", "With", "Hrs", "Notes"],
        ["01/09/25", "1:1 mentoring", "Priya", "1.5", "First meeting, contract, confidentiality"],
        ["02/09/25", "1:1 mentoring", "Tom", "1.5", "First meeting, contract, confidentiality"],
        ["03/09/25", "1:1 mentoring", "Agnieszka", "1.5", "First meeting, contract, confidentiality"],
        ["08/09/25", "1:1 mentoring", "Priya", "2.0", "Learning styles questionnaire, goals"],
        ["09/09/25", "1:1 mentoring", "Tom", "2.0", "Learning styles questionnaire, goals"],
        ["10/09/25", "1:1 mentoring", "Agnieszka", "1.75", "Learning styles questionnaire, goals"],
        ["12/09/25", "Supervision", "ILM tutor", "1.0", "Supervision 1 – mentoring my own staff"],
        ["15/09/25", "Group mentoring", "Priya, Tom, Agnieszka", "2.5", "Action learning set – the void turnaround problem"],
        ["17/09/25", "Training", "Whole team (14)", "3.0", "Tenancy fraud briefing – training, not mentoring, not counted"],
        ["22/09/25", "1:1 mentoring", "Priya", "2.0", "Estate walkabouts – planning her own"],
        ["23/09/25", "1:1 mentoring", "Tom", "-", "Cancelled – Tom off sick, rebooked 01/10"],
        ["24/09/25", "1:1 mentoring", "Agnieszka", "2.0", "Safeguarding referral she was worried about"],
        ["Sub-total September", "", "", "16.75", ""],
        ["01/10/25", "1:1 mentoring", "Tom", "2.0", "Rebooked from 23/09. Arrears conversations"],
        ["06/10/25", "1:1 mentoring – observed", "Priya (tutor observing)", "1.5", "Observed for my assessment"],
        ["06/10/25", "Tutor feedback", "ILM tutor", "0.5", "Feedback on the observed session"],
        ["13/10/25", "1:1 mentoring", "Agnieszka", "2.0", "SWOT on her caseload"],
        ["14/10/25", "Shadowing", "Director + a regional manager", "1.5", "I sat in on the director's mentoring – not my mentoring"],
        ["20/10/25", "1:1 mentoring", "Priya", "2.0", "360 feedback from residents' association"],
        ["21/10/25", "1:1 mentoring", "Tom", "2.0", "360 feedback from his patch"],
        ["22/10/25", "1:1 mentoring", "Agnieszka", "1.5", "Impact on role so far"],
        ["27/10/25", "Group mentoring", "Priya, Tom, Agnieszka", "2.0", "Action learning set – difficult conversations"],
        ["Sub-total October", "", "", "13.0", ""],
        ["03/11/25", "1:1 mentoring", "Priya", "2.0", "Progress against goals"],
        ["04/11/25", "1:1 mentoring", "Tom", "2.0", "Progress against goals"],
        ["05/11/25", "1:1 mentoring", "Agnieszka", "2.0", "Progress against goals"],
        ["10/11/25", "Supervision", "ILM tutor + 3 learners", "1.5", "Group supervision – endings"],
        ["12/11/25", "1:1 mentoring", "Agnieszka", "DNA", "Emergency at a property, no message"],
        ["17/11/25", "1:1 mentoring", "Priya", "1.5", "Final review, feedback form"],
        ["18/11/25", "1:1 mentoring", "Tom", "1.5", "Final review, feedback form"],
        ["19/11/25", "1:1 mentoring", "Agnieszka", "1.5", "Final review, feedback form"],
        ["24/11/25", "Group mentoring", "Priya, Tom, Agnieszka", "1.5", "Closing action learning set"],
        ["Sub-total November", "", "", "12.0", ""],
        ["Grand total", "", "", "41.75", "mentoring hours (1:1 and group)"],
    ),
    P("""As well as the supervision rows, my tutor rang me on 29 October for a twenty minute
      tutorial to check my diary was on track before the November sessions."""),
    P("I declare that this diary is my own work. Deborah Fenwick, 28 November 2025"),
]

CASE = Case(
    name="pl_md36_housing_type_column",
    unit="MD36",
    kind="structured-docx",
    files=[SourceFile("D Fenwick MD36 diary.docx", BLOCKS)],
    labels={},  # practice only
    expected_checks={
        "declaration": True,
        "evidence_matrix": None,
        "identifying": ["Priya", "Tom", "Agnieszka"],  # mentees' real first names
        # Priya: 1.5 + 2.0 + 2.0 + 1.5 (observed) + 2.0 + 2.0 + 1.5 = 12.5 h = 750 (7 sessions)
        # Tom: 1.5 + 2.0 + 2.0 (01/10) + 2.0 + 2.0 + 1.5 = 11.0 h = 660 (6 sessions)
        # Agnieszka: 1.5 + 1.75 + 2.0 + 2.0 + 1.5 + 2.0 + 1.5 = 12.25 h = 735 (7 sessions)
        # Group: 15/09 2.5 + 27/10 2.0 + 24/11 1.5 = 6.0 h = 360 (3 sessions)
        # 750 + 660 = 1410; + 735 = 2145; + 360 = 2505 = 41.75 h (Grand total, right;
        # sub-totals 16.75 + 13.0 + 12.0 = 41.75, all right).
        # Not: 17/09 training 3.0 ("not counted"); 14/10 shadowing 1.5; 23/09 cancelled;
        # 12/11 DNA; sub-total and grand total rows; supervision / tutor feedback rows.
        "minutes": 2505,
        "sessions": 23,  # 7 + 6 + 7 + 3 group
        "individuals": 3,  # Priya, Tom, Agnieszka
        # 12/09 1.0 (60) + 06/10 tutor feedback 0.5 (30) + 10/11 1.5 (90) + 29/10 phone
        # tutorial "twenty minute" (20) = 200
        "supervision_minutes": 200,
    },
    about="Housing association neighbourhood manager; MD36 log with a Type column mixing 1:1, group mentoring (counted once), an observed session with tutor feedback, supervision, shadowing and uncounted team training; decimal hours, monthly sub-totals and a right grand total, cancelled and DNA rows, a tutorial call in prose.",
)
