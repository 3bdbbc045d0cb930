"""8587-305 Reflecting on Mentoring Skills: an HR journal and a typed appendix, a few slips.

Priyanka Raval, an HR business partner, mentors a graduate trainee. Her journal calls him
"my mentee" but the appendix (a text file of session notes) gives his full name, the journal
then slips into his first name alone, and a note from his manager writes him surname first
with an initial in running text.

Traps: theorists in running text (Megginson and Clutterbuck, Peters's chimp model, Kram),
products (Workday, Power BI, MS Teams), places (Milton Keynes, Bedford), job titles (HR
Business Partner, Graduate Scheme Lead), her own course tutor and IQA by role, weekdays and
months short.
"""

from .case import Case, H, P, SourceFile, T

JOURNAL = [
    H(0, "Unit 305 Reflective Journal"),
    T(
        ["Learner name", "Priyanka Raval"],
        ["Registration number", "R2297730"],
        ["Course tutor", "Dr Anwen Hughes"],
    ),
    P("I confirm this reflective journal is my own work."),
    H(1, "1.1 The effectiveness of my mentoring"),
    P("""From Sept to Feb I mentored a graduate trainee in our Milton Keynes office, mostly on
      MS Teams because he was based in Bedford. Megginson and Clutterbuck's idea of
      developmental mentoring suited us: he set the agenda, I offered perspective. By Feb he
      had led his first Workday rollout briefing, which was his main goal. Femi said at our
      last session that he no longer dreaded Mondays."""),
    H(1, "1.2 Strengths and areas for improvement"),
    P("""Kram's career and psychosocial functions helped me see that I was strong on the career
      side and weak on the psychosocial one. Peters's chimp model gave us a shared language
      when his nerves took over before presentations. His manager's note said: 'Since Oct,
      Adeyemi F. has presented twice to the Graduate Scheme Lead without notes.'"""),
    P("""The evidence for my effectiveness is mixed. The clearest result is the Workday
      briefing, which he planned and delivered himself, and the feedback from the Graduate
      Scheme Lead that he now asks for stretch work rather than waiting to be given it. Less
      clear is whether the mentoring helped with his confidence outside presentations: he
      still rarely speaks in team meetings, and when I asked him about it in our last
      session he said it was not something he wanted to work on, which I have to respect.
      My own notes show that in the autumn I talked too much about my own graduate years,
      thinking it would reassure him. In supervision my course tutor asked what the stories
      were for, and I realised they were mostly for me. From January I kept my examples to
      one per session and asked more about what he had already tried. On a Tue in February
      he said the sessions had become 'more his', which is the best feedback I received all
      year. I also changed how we recorded actions, so that he wrote them in his own words
      in a shared document on MS Teams rather than my summarising them in an e-mail after
      each session, and he completed far more of them once they were written in his words."""),
    H(1, "2.1 Future development of my mentoring"),
    P("""My course tutor, Dr Hughes, suggested I take on a mentee from outside HR next year.
      Our IQA asked for more evidence of how I ended the relationship, which I will plan
      from the start next time. I will also build a Power BI page to track mentees' goals."""),
    H(1, "2.2 Development plan"),
    T(
        ["Objective", "Action", "Target date"],
        ["Mentor outside HR", "Ask the Graduate Scheme Lead for a finance trainee", "Sept 2025"],
        ["End well", "Agree the ending in the first session", "Oct 2025"],
        ["Psychosocial support", "Read Kram (1985) and discuss it in supervision", "Nov 2025"],
    ),
]

NOTES = [
    P("Appendix B - session notes (typed up from my notebook)"),
    P("Tue 17 Sept - first session with Femi Adeyemi. Contract, confidentiality, goals."),
    P("Thu 3 Oct - presentation nerves. Chimp model. He will rehearse twice before the next one."),
    P("Wed 15 Jan - Workday briefing rehearsal on MS Teams. Good pace; too many slides."),
]

CASE = Case(
    name="nq_hr_journal_305",
    unit="8587-305",
    kind="structured-docx",
    files=[SourceFile("journal.docx", JOURNAL), SourceFile("appendix-b-notes.txt", NOTES)],
    labels={
        "1.1": "no longer dreaded Mondays",
        "1.2": "weak on the psychosocial one",
        "2.1": "mentee from outside HR",
        "2.2": "Agree the ending in the first session",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": None,
        "identifying": ["Femi Adeyemi", "Femi", "Adeyemi F."],
    },
    about="HR mentoring journal and a typed text appendix; mentee's full name only in the appendix, his first name alone in the journal, surname and initial in a quoted note; theorists, products and places in running text.",
)
