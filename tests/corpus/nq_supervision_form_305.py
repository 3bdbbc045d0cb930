"""8587-305 Reflecting on Mentoring Skills: a college PDF with the handbook's supervision form, nothing to flag.

Owain Pritchard, a construction lecturer, mentors two apprentices he calls "Mentee A" and
"Mentee B". His PDF uses the handbook's tutor-meeting form ("Name of supervisor/tutor"),
a supervision table whose narrow cells wrap "(my supervisor)" onto a second line, weekday
abbreviations, months, products, places and theorists in running text.
"""

from .case import Case, H, P, SourceFile, T

JOURNAL = [
    H(0, "Unit 305 Reflective Journal – Owain Pritchard"),
    T(
        ["Learner name", "Owain Pritchard"],
        ["ILM registration number", "R5120938"],
        ["Centre", "Coleg Glannau Training"],
    ),
    P("Declaration of authenticity: this journal is my own work."),
    H(1, "Record of meeting with supervisor / tutor"),
    T(
        ["Name of supervisor/tutor", "Mr Okoye"],
        ["Date of meeting", "Mon 10 February 2025"],
        ["Points discussed", "My log of sessions with Mentee A and Mentee B; contracting; ending well"],
        ["Signature of supervisor/tutor", "E. Okoye"],
    ),
    T(
        ["Supervision", "With", "Mins", "What I took away"],
        ["Thu 13 Feb", "Gail Porter (my supervisor)", "60", "Let Mentee B set the agenda, not the site diary"],
        ["Tue 11 Mar", "Gail Porter (my supervisor)", "45", "Notice when I start to teach instead of mentor"],
        ["Fri 4 Apr", "Mr Okoye (tutor)", "30", "Evidence for 2.2 needs dates"],
    ),
    H(1, "1.1 The effectiveness of my mentoring"),
    P("""Between January and May I mentored two second-year bricklaying apprentices on the
      Wrexham and Mold sites. Mentee A wanted to pass his NVQ observation first time and did;
      Mentee B wanted to stay on the course after a bad placement and is still with us, which
      I count as the real result. Klasen and Clutterbuck describe mentoring as helping someone
      make significant transitions, and that fits Mentee B better than any target."""),
    H(1, "1.2 Strengths and areas for improvement"),
    P("""My strength is credibility on site; my weakness is that I slip into instructing.
      Daloz's map of support and challenge showed me I gave Mentee A plenty of challenge and
      Mentee B almost none. We met on Thu afternoons in the site cabin, and I used Google
      Forms for a short check-in before each session."""),
    P("""Looking back at the records, the sessions with Mentee A were tidy and ended with
      actions every time, while the sessions with Mentee B wandered. At first I saw that as
      my failure, but Gail Porter helped me see that the wandering was where Mentee B said
      what was really going on: a difficult foreman, money worries and a long bus journey
      from Flint on a Mon morning. When I stopped steering back to the NVQ unit, he started
      bringing his own agenda. I also learnt that the site cabin on a Thu afternoon was the
      wrong place for the harder conversations, because anyone could walk in, so from April
      we met in a quiet classroom at the college instead. Mr Okoye asked me in our tutorial
      whether I would have noticed this without keeping the log, and honestly I would not:
      writing up each session that evening was what let me see the pattern. Kolb's cycle
      describes it well enough, but the point for me is simpler: I learn from what I write
      down, not from what I remember."""),
    H(1, "2.1 Future development of my mentoring"),
    P("""I want to mentor apprentices from other trades next year, so I will observe a
      plumbing colleague mentoring in September and ask Construction Skills Wales about
      their mentor network."""),
    H(1, "2.2 Development plan"),
    T(
        ["What", "How", "When"],
        ["Stop instructing", "Ask before I show; note each time I grab the trowel", "Sept 2025"],
        ["Contracting", "Written agreement in the first session", "Oct 2025"],
        ["Supervision", "Termly meeting with my supervisor", "Dec 2025"],
    ),
]

CASE = Case(
    name="nq_supervision_form_305",
    unit="8587-305",
    kind="structured-pdf",
    files=[SourceFile("Pritchard 305 journal.pdf", JOURNAL)],
    labels={
        "1.1": "count as the real result",
        "1.2": "slip into instructing",
        "2.1": "observe a plumbing colleague",
        "2.2": "note each time I grab the trowel",
    },
    expected_checks={"declaration": True, "evidence_matrix": None, "identifying": []},
    about="College lecturer's PDF journal with coded mentees; the handbook's supervisor/tutor form names Mr Okoye, a narrow table wraps 'Gail Porter (my supervisor)', weekdays short; nothing to flag.",
)
