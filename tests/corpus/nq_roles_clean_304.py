"""8587-304 Undertaking Coaching Practice: a council portfolio full of the learner's own roles, nothing to flag.

Marcus Delacroix-Webb, a revenues team leader, coaches two colleagues he codes "Client 1"
and "Client 2". His own manager, assessor, IQA and course tutor are named by role all over
the portfolio, and the assessor's comments use his first name.

Traps: "my line manager, Rosalind Achebe", "Ms Hewitt (assessor)", "our IQA, Dr Farah
Qureshi", a course tutor named after "my course tutor", "Marcus" alone after the cover gives
the full name, weekdays and months short, job titles (Head of Revenues, Team Leader),
products (Northgate, Excel), places (Stockport, Hazel Grove), theorists in running text.
"""

from .case import B, Case, H, P, SourceFile, T

PORTFOLIO = [
    H(0, "Unit 304 Coaching Practice Portfolio"),
    T(
        ["Candidate name", "Marcus Delacroix-Webb"],
        ["Candidate number", "R3381504"],
        ["Centre", "Pennine Leadership Centre"],
        ["Assessor", "Ms Hewitt"],
    ),
    P("I declare that this portfolio is my own work. Signed: Marcus Delacroix-Webb"),
    H(1, "1.1 Coaching plan"),
    P("""I lead a team of eleven revenues officers at the Stockport office. With the agreement
      of my line manager, Rosalind Achebe, Head of Revenues, I offered coaching to two
      colleagues: Client 1, a new officer struggling with Northgate, and Client 2, a senior
      officer preparing for a team leader interview."""),
    H(1, "1.2 Goals"),
    P("""Client 1 wanted to clear his recovery backlog without asking for help by March; Client 2
      wanted to go into her interview able to describe her own leadership style."""),
    H(1, "1.3 Agreements"),
    P("""Each agreement covered confidentiality, what I would share with Rosalind (attendance
      only), and how we would end. We met on Tues and Weds mornings before the phones opened."""),
    H(1, "2.1 Diagnostic tools"),
    P("""I asked each client to score their confidence from one to ten at the start and the end
      of every session, and used the gap between the two scores to open the next one."""),
    H(1, "2.2 Model of coaching"),
    P("""I used the GROW model, with Whitmore's emphasis on awareness, and borrowed Kline's
      idea of a thinking environment for the first ten minutes of every session."""),
    H(1, "2.4 Coaching records"),
    T(
        ["Date", "Client", "Mins", "Topic"],
        ["Tue 4 Feb", "Client 1", "45", "Northgate recovery screens"],
        ["Wed 12 Feb", "Client 2", "60", "Interview preparation"],
        ["Tue 25 Feb", "Client 1", "40", "Confidence on the phones"],
        ["Wed 5 Mar", "Client 2", "55", "Mock interview feedback"],
    ),
    H(1, "2.3 Skills and behaviours"),
    P("""Ms Hewitt (assessor) observed session four and noted that my questions were open but
      stacked. Mr Pryce, my course tutor, suggested I write one question on a card and wait."""),
    H(1, "3.2 Feedback"),
    P("""'Marcus, your log is clear and your reflections are honest.' I was pleased, but she
      also asked for more on how Client 2 chose her own actions."""),
    H(1, "3.1 Reflection"),
    P("""Our IQA, Dr Farah Qureshi, sampled the portfolio in March and asked me to show where
      each client set the agenda. Looking back, Client 1 set it only once."""),
    P("""Reading my session notes back, I can see a pattern. With Client 2 I asked short open
      questions and waited, because she came with a clear goal and I trusted her to work
      through it. With Client 1 I filled every pause, partly because he was new and partly
      because I manage the team he works in and felt responsible for his results. Rosalind
      pointed out in supervision that I was coaching him as his team leader, not as his
      coach, and that the contract we had agreed said the opposite. From the third session I
      changed two things: I let him open each session by saying what he wanted from it, and
      I stopped bringing the Northgate reports with me. The sessions were slower, but by the
      end he was setting his own actions and finishing most of them. Client 2 got the team
      leader post in April, and she put that down to the mock interview, but I think the
      earlier sessions on what she wanted from the role mattered more. Whitmore's point that
      awareness comes before responsibility fits both of them."""),
    B("Hazel Grove office move in April meant one session was held on Teams."),
    B("I used Excel to track each client's actions between sessions."),
    H(1, "3.3 Review of my practice"),
    P("""Next year I will record one session with consent and review it against the ILM
      competences before my next appraisal."""),
    H(1, "3.4 Supervision"),
    T(
        ["Supervision date", "Supervisor", "Notes"],
        ["Fri 14 Feb", "Rosalind Achebe", "Boundaries with a client who reports to me"],
        ["Fri 14 Mar", "Rosalind Achebe", "Ending the coaching well"],
    ),
]

CASE = Case(
    name="nq_roles_clean_304",
    unit="8587-304",
    kind="portfolio",
    files=[SourceFile("portfolio.docx", PORTFOLIO)],
    labels={
        "1.1": "a new officer struggling with Northgate",
        "1.2": "describe her own leadership style",
        "1.3": "attendance only",
        "2.1": "used the gap between the two scores",
        "2.2": "thinking environment",
        "2.3": "write one question on a card",
        "2.4": "Mock interview feedback",
        "3.1": "Client 1 set it only once",
        "3.2": "chose her own actions",
        "3.3": "record one session with consent",
        "3.4": "Boundaries with a client who reports to me",
    },
    expected_checks={"declaration": True, "evidence_matrix": False, "identifying": []},
    about="Council coaching portfolio with coded clients; the learner's line manager, assessor, IQA and course tutor named by role; his first name alone; nothing to flag.",
)
