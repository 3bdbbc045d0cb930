"""8587-305 Reflecting on Mentoring Skills: a pharmacy manager's journal and its appendix PDF.

Harjit Sandhu manages a community pharmacy and mentors a trainee pharmacy technician. The
journal names her once in full and then by her first name, which is also a word ("Joy");
the appendix PDF logs her surname first with an initial ("Mensah, J."), has her signature
and contact details under a pasted e-mail, and names her previous supervisor by title.

Traps: pharmacy chains and services (Boots, Well Pharmacy, Pharmacy First, PharmOutcomes,
ProScript), the GPhC, places (Wolverhampton, Dudley Road, Molineux), the learner's tutor
named by role and then by first name, months that are names (May, June), joy as a word.
"""

from .case import B, Case, H, P, SourceFile, T

JOURNAL = [
    H(0, "Unit 305 Reflective Journal"),
    T(
        ["Learner", "Harjit Sandhu"],
        ["Registration number", "R6153308"],
        ["Tutor", "Ruth Ellery"],
    ),
    P("I confirm that this journal is my own work. Harjit Sandhu"),
    H(1, "1.1 How effective was my mentoring?"),
    P("""I manage a community pharmacy on Dudley Road in Wolverhampton, two streets from
      Molineux, which makes match days interesting. In September the area manager asked me to
      mentor Joy Mensah, our new trainee pharmacy technician, through her first year of the
      GPhC-accredited course. We met every other Wednesday before opening."""),
    P("""My evidence is the mentoring log and feedback form in the appendix, notes from two
      supervision meetings with my tutor, Ruth Ellery, and the course's own progress reports.
      By May my mentee had passed every unit on time and was running the Pharmacy First
      consultations log in PharmOutcomes without checking with me."""),
    P("""The work brought me real joy. Joy told me at the review that what helped most was
      that I never took over the ProScript screen while she was learning it, even when the
      queue reached the door."""),
    P("""Looking at the log again, the sessions that worked were the ones where she brought the
      topic. In October I arrived with a plan to cover the controlled drugs register and she
      wanted to talk about a customer who had shouted at her; I kept to my plan for twenty
      minutes before I noticed she had stopped writing anything down. In supervision my tutor
      asked what I had been protecting by sticking to the plan, and the honest answer was my
      own sense of being a good manager. After that I opened every session by asking what she
      wanted to use the time for, and kept my list for the last ten minutes. The progress
      reports show the change as well as her feedback does: she finished two units early in
      the new year, and she now checks prescriptions for the care home orders on Thursdays
      without asking me first, which was the goal she set herself in September."""),
    H(1, "1.2 Strengths and areas for improvement"),
    B("Strength: patience at the counter and in sessions."),
    B("""Area to improve: I answer my own questions. Ruth noticed this in my recording and
      suggested counting to five."""),
    B("""Area to improve: I compare our pharmacy with Boots and Well Pharmacy too often, which
      my mentee found discouraging."""),
    H(1, "2.1 Questioning, listening and communication"),
    P("""I used open questions well when we planned her learning, but less when she was upset.
      After a difficult customer complaint in June I went straight to what she should have
      said. Listening first would have let her find it."""),
    H(1, "2.2 Development plan"),
    T(
        ["What", "How", "When", "Measure"],
        ["Wait after questions", "Count to five; ask Ruth to observe again", "By October 2025",
         "Ruth's observation notes"],
        ["Mentor a second trainee", "Offer to mentor the next dispensing assistant", "From January 2026",
         "Mentee's feedback form"],
    ),
]

APPENDIX = [
    H(0, "Appendix – mentoring records"),
    T(
        ["Date", "Mentee", "Minutes", "Topic"],
        ["04/09/2024", "Mensah, J.", "45", "Agreement and goals"],
        ["18/09/2024", "Mensah, J.", "40", "Course timetable"],
        ["02/10/2024", "Mensah, J.", "45", "Controlled drugs register"],
        ["16/10/2024", "Mensah, J.", "35", "Customer complaints"],
    ),
    T(
        ["Mentee feedback form", ""],
        ["Most useful", "Being allowed to make mistakes on the quiet mornings"],
        ["Could be better", "More time before opening"],
        ["Signed", "J. Mensah"],
        ["Date", "21/05/2025"],
    ),
    P("Email from my mentee after her first unit result (pasted with her agreement):"),
    P("""Hi Harjit, I passed! Thank you for the Wednesday mornings. Mrs Kowalczyk, my old
      supervisor at the dispensary, says hello. Joy"""),
    P("joy.mensah@outlook.com | Mobile 07700 900418"),
]

CASE = Case(
    name="nx_pharmacy_305",
    unit="8587-305",
    kind="portfolio",
    files=[SourceFile("journal.docx", JOURNAL), SourceFile("appendix.pdf", APPENDIX)],
    labels={
        "1.1": "without checking with me",
        "1.2": "I answer my own questions",
        "2.1": "Listening first would have let her find it",
        "2.2": "Offer to mentor the next dispensing assistant",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": None,
        "identifying": ["Joy Mensah", "Joy", "Mensah, J.", "J. Mensah", "Mrs Kowalczyk",
                        "joy.mensah@outlook.com", "07700 900418"],
    },
    about="Pharmacy mentoring journal and appendix PDF: the mentee in full, by a first name that is a word, surname-comma-initial in the log, initial and surname under a form, her old supervisor by title, her e-mail and phone.",
)
