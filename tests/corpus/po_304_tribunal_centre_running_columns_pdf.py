"""8587-304 practice evidence as PDF: a tribunal centre's log with a running-total column per mentee and a joint session in both.

Yasmin Haddad, delivery manager at a tribunal hearing centre, mentors two newly promoted team
leaders, M1 (listings) and M2 (clerks). Her log has Date, Who, Type, Mins and Notes plus two
running-total columns in h:mm, "M1 running" and "M2 running". Tricky: the joint session (90,
starred, footnoted "in both running totals") is in both running columns, and her closing line
adds the two final running totals (7:25 + 7:50 = 15 hrs 15), counting the joint session twice;
the true total is 13 hrs 45. The running columns repeat the last value on the DNA and
cancelled rows. The Type column also holds a shadowing row (she sat in on the regional lead
mentor's session: "not counted"), an observed 1:1 (counts) followed by the tutor's feedback
(supervision), two supervision rows, and a team leader induction workshop she delivered to nine
team leaders including both mentees ("training – not mentoring, not counted", 180). Mentees
coded throughout; supervisor and tutor by role only: clean.

Practice truth: 825 minutes in 13 sessions with two mentees; supervision 30 + 75 + 60 = 165.
"""

from .case import Case, H, P, SourceFile, T

HEADER = ["Date", "Who", "Type", "Mins", "M1 running (h:mm)", "M2 running (h:mm)", "Notes"]

BLOCKS = [
    H(0, "8587-304 Extended Period of Mentoring – Mentoring log"),
    P("""Yasmin Haddad, Delivery Manager, Eastgate Tribunal Hearing Centre. September to December
      2025."""),
    P("""My two mentees were both promoted to team leader in the summer: M1 leads the listings team
      and M2 leads the clerks. I kept one log for both, with a running total for each of them so I
      could see they were both getting a fair share of the 12 hours. Other things I did for the
      mentoring (shadowing, supervision, the tutor's feedback) are in the same log so it is all in
      one place, but they are not in the running totals."""),
    T(
        HEADER,
        ["02/09/25", "M1", "1:1 – contracting", "60", "1:00", "", "Agreement signed; copy of page 1 to the Operations Manager"],
        ["04/09/25", "M2", "1:1 – contracting", "60", "", "1:00", "Agreement signed; copy of page 1 to the Operations Manager"],
        ["16/09/25", "M1", "1:1", "75", "2:15", "", "Goals; team climate survey results"],
        ["18/09/25", "M2", "1:1", "DNA", "", "1:00", "Hearing overran, M2 clerking in room 2"],
        ["23/09/25", "M2", "1:1 (rebooked)", "70", "", "2:10", "Goals; strengths questionnaire"],
        ["30/09/25", "–", "Shadowing", "60", "–", "–", "I sat in on the regional lead mentor's session with one of her mentees. Learning for me – not counted"],
        ["07/10/25", "M1 + M2", "Joint session", "90*", "3:45", "3:40", "Running the morning huddle"],
        ["14/10/25", "M1", "1:1 – observed", "60", "4:45", "", "Observed by my ILM tutor"],
        ["14/10/25", "ILM tutor", "Feedback on observation", "30", "–", "–", "Straight after the observed session"],
        ["21/10/25", "M2", "1:1", "65", "", "4:45", "Difficult conversation with a clerk about lateness"],
        ["28/10/25", "Regional lead mentor", "Supervision", "75", "–", "–", "See supervision notes"],
        ["04/11/25", "M1", "1:1", "Cancelled", "4:45", "", "I was needed in court 3. Moved to 06/11"],
        ["06/11/25", "M1", "1:1", "55", "5:40", "", "Listings backlog plan"],
        ["11/11/25", "M2", "1:1", "80", "", "6:05", "Review of goals; climate survey re-run planned"],
        ["18/11/25", "9 TLs incl. M1 and M2", "TL induction workshop", "180", "–", "–", "Training I delivered for the region – not mentoring, not counted"],
        ["25/11/25", "M1", "1:1", "60", "6:40", "", "Delegating to his deputy"],
        ["27/11/25", "M2", "1:1", "45", "", "6:50", "Rota fairness"],
        ["09/12/25", "Regional lead mentor", "Supervision", "60", "–", "–", "See supervision notes"],
        ["11/12/25", "M1", "1:1 – final review", "45", "7:25", "", "Feedback form; ending"],
        ["12/12/25", "M2", "1:1 – final review", "60", "", "7:50", "Feedback form; ending"],
    ),
    P("""* Joint session with both mentees. The 90 minutes is in both running totals because both of
      them were there for all of it."""),
    P("""Totals: M1 7 hrs 25, M2 7 hrs 50, so 15 hrs 15 mins of mentoring altogether, which is over
      the 12 hours."""),

    H(1, "Supervision notes"),
    P("""Tutor feedback, 14/10: my tutor watched my session with M1. Good use of open questions and
      I let him reach his own plan; I summarised too often, which interrupted his thinking."""),
    P("""Supervision, 28/10: with the regional lead mentor, who is an accredited mentor. We
      discussed mentoring two people who are peers and who compare notes, and how to keep each
      one's sessions confidential from the other, especially after the joint session."""),
    P("""Supervision, 09/12: endings. We agreed I would offer both mentees a review in March rather
      than just stopping, and that I would not mentor anyone I directly line manage next year."""),
    P("I confirm this is my own work and an accurate record. Y. Haddad 15/12/2025"),
]

CASE = Case(
    name="po_304_tribunal_centre_running_columns_pdf",
    unit="8587-304",
    kind="structured-pdf",
    files=[SourceFile("Y Haddad 304 mentoring log.pdf", BLOCKS)],
    labels={},  # practice only
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        "identifying": [],  # mentees coded M1/M2; tutor and supervisor by role
        # Counted rows (Mins): M1 02/09 60, 16/09 75, 14/10 observed 60, 06/11 55, 25/11 60,
        # 11/12 45 = 60 + 75 = 135; + 60 = 195; + 55 = 250; + 60 = 310; + 45 = 355 (6 sessions).
        # M2 04/09 60, 23/09 70, 21/10 65, 11/11 80, 27/11 45, 12/12 60
        # = 60 + 70 = 130; + 65 = 195; + 80 = 275; + 45 = 320; + 60 = 380 (6 sessions).
        # Joint 07/10 90 (once). 355 + 380 = 735; + 90 = 825 = 13 h 45.
        # Running totals: M1 355 + 90 = 445 = 7:25; M2 380 + 90 = 470 = 7:50 (both right); her
        # "15 hrs 15" = 445 + 470 = 915 counts the joint 90 twice: wrong.
        # Not: 18/09 DNA; 04/11 cancelled; 30/09 shadowing 60 ("not counted"); 18/11 induction
        # workshop 180 ("not counted"); 14/10 tutor feedback, 28/10 and 09/12 supervision.
        "minutes": 825,
        "sessions": 13,  # 6 + 6 + 1 joint
        "individuals": 2,  # M1, M2
        # 14/10 tutor feedback 30 + 28/10 supervision 75 + 09/12 supervision 60 = 165
        "supervision_minutes": 165,
    },
    about="Tribunal centre delivery manager; 304 PDF log with Mins plus one h:mm running-total column per mentee, a starred joint session in both running columns and a closing total adding the two (15h15 for a true 13h45), running values repeated on DNA/cancelled rows, shadowing and group induction workshop not counted, observed 1:1 + tutor feedback, two supervision rows.",
)
