"""8587-304 Undertaking an Extended Period of Mentoring: a fulfilment centre manager's portfolio.

Craig Donnachie mentors two pickers-turned-team-coordinators at an outdoor-clothing
fulfilment centre near Daventry, written as "Mentee B" and "Mentee C" almost everywhere.

Planted (3): the session record form for Mentee B gives her full name ("Roisin Gallagher");
a later reflection calls her "Roisin" alone; the contracting section names her line manager
("Darren Whitlock") as the third party to the three-way contract.

Clean but tricky: theorists (Clutterbuck, Megginson, Kram, Honey and Mumford, Gibbs, Kolb,
Hawkins and Shohet), models (GROW, the Johari window), places (Daventry, DIRFT, Rugby,
Towcester, Northampton), brands and software (Karrimor, Manhattan WMS, Power BI, Microsoft
Teams), a programme (Women in Logistics), job titles at sentence starts, the learner's own
signature and his supervisor named on the supervision form.
"""

from .case import B, Case, H, P, SourceFile, T

PORTFOLIO = [
    H(0, "ILM Level 3 Unit 304: Undertaking an Extended Period of Mentoring"),
    T(
        ["Learner", "Craig Donnachie"],
        ["Registration number", "R9031146"],
        ["Workplace", "Northgate Outdoor Fulfilment Centre, DIRFT, Daventry"],
    ),
    H(1, "1.1 Planning twelve hours of mentoring"),
    P("""I am a Shift Operations Manager at a fulfilment centre that picks and ships outdoor
      clothing for brands including Karrimor. Two of our pickers were promoted to team
      coordinator this spring: Mentee B on days and Mentee C on nights. I planned six
      sessions of an hour to ninety minutes with each, over four months, in the training
      room on the mezzanine or on Microsoft Teams for Mentee C, who lives in Rugby."""),
    H(1, "1.2 Agreed goals"),
    T(
        ["Mentee", "Goals", "How agreed"],
        ["Mentee B", "Lead the day-shift start-up briefing; raise her team's pick rate to target in Manhattan WMS", "Skills audit and Johari window in session 1"],
        ["Mentee C", "Handle absence conversations; apply for the Women in Logistics development day", "Honey and Mumford questionnaire and GROW in session 1"],
    ),
    H(1, "1.3 Contract"),
    P("""Each mentee signed an agreement covering confidentiality (health and safety or
      safeguarding concerns will be passed on), session times, cancellation, how notes are
      kept and how to end the mentoring. For Mentee B, her line manager Darren Whitlock
      also signed, because the start-up briefing goal affects his shift plan. Towcester
      and Northampton agency staff are not involved in the scheme."""),
    H(1, "2.1–2.2 Tools and model"),
    B("A skills audit against the team coordinator role profile."),
    B("The Johari window, to compare how each mentee sees herself or himself with how the shift sees them."),
    B("Power BI dashboards of pick rate, which gave us hard evidence to review."),
    P("""I followed GROW throughout. Clutterbuck and Megginson warn that the model must not
      become a script, so I used it as a map rather than a form."""),
    H(1, "2.4 Session record – Mentee B, session 3"),
    T(
        ["Mentee name", "Roisin Gallagher"],
        ["Date / time", "Wednesday 14 May 2025, 13:30–15:00 (90 minutes)"],
        ["Goal reviewed", "Leading the start-up briefing"],
        ["What happened", "She had led two briefings. Talked through what she said and how the team reacted. Practised handling a challenge from an experienced picker."],
        ["Actions", "Lead all briefings next week; ask one picker for feedback"],
    ),
    H(1, "2.4 Mentoring log"),
    T(
        ["Date", "Mentee", "Minutes", "Format"],
        ["Wed 9 Apr", "Mentee B", "60", "Face to face"],
        ["Thu 10 Apr", "Mentee C", "60", "Teams"],
        ["Wed 23 Apr", "Mentee B", "90", "Face to face"],
        ["Thu 24 Apr", "Mentee C", "90", "Teams"],
        ["Wed 14 May", "Mentee B", "90", "Face to face"],
        ["Thu 15 May", "Mentee C", "90", "Face to face"],
    ),
    H(1, "3.1 Reflections"),
    P("""After session 3 I used Gibbs' reflective cycle. Roisin said she felt the older pickers
      were testing her, and I was tempted to step in and speak to them myself. Kram's work on
      the psychosocial function of mentoring reminded me that building her confidence was
      worth more than fixing the problem. Instead we rehearsed what she would say."""),
    P("""Mentee C's sessions on nights were harder: Teams calls at 6 a.m. after a shift are not
      ideal. Kolb's cycle helped me see that he learns best from concrete experience, so we
      moved to face-to-face sessions straight after his Thursday shift."""),
    H(1, "3.2 Feedback from mentees"),
    T(
        ["Mentee feedback", "Comment"],
        ["Mentee B, session 3", "Really helpful to practise what to say. More time next session."],
        ["Mentee C, session 2", "Better face to face. You listen more than my manager."],
    ),
    H(1, "3.4 Supervision"),
    T(
        ["Supervisor name", "Lorna Fitzsimmons, ILM tutor"],
        ["Sessions", "Friday 2 May and Friday 6 June 2025"],
        ["Outcomes", "Notice when I want to rescue; use Hawkins and Shohet's seven-eyed model to look at my own reactions; ask mentees for feedback in writing"],
    ),
    H(1, "References"),
    B("Clutterbuck, D. and Megginson, D. (2005) Making Coaching Work. London: CIPD."),
    B("Gibbs, G. (1988) Learning by Doing. Oxford: Oxford Polytechnic."),
    B("Hawkins, P. and Shohet, R. (2012) Supervision in the Helping Professions. 4th edn. Maidenhead: Open University Press."),
    B("Kram, K.E. (1985) Mentoring at Work. Glenview, IL: Scott, Foresman."),
    B("Kolb, D.A. (1984) Experiential Learning. Englewood Cliffs, NJ: Prentice Hall."),
    H(1, "Declaration"),
    P("I declare that this portfolio is my own work. Signed: Craig Donnachie, 20 June 2025"),
]

CASE = Case(
    name="ny_304_warehouse_planted",
    unit="8587-304",
    kind="portfolio",
    files=[SourceFile("Donnachie C - 304 Portfolio.docx", PORTFOLIO)],
    labels={},
    expected_checks={"declaration": True, "evidence_matrix": False, "identifying": ["Roisin Gallagher", "Roisin", "Darren Whitlock"]},
    about="Fulfilment centre manager's 304 portfolio with Mentee B's full name in a session record form, her first name in a reflection and her line manager named in the contract; otherwise pseudonyms, theorists, brands, places.",
)
