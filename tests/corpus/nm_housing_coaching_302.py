"""8587-302 Extended Period of Coaching: a housing association's portfolio in three files.

Marcus Oduya, a neighbourhood services manager, coaches two housing officers. He calls them
"Client 1" and "Client 2" in his reflections, but his coaching agreement lists each client
surname first ("Adeyemi, Tunde"), his PDF log writes them as surname and initial, the plan
keeps one client's personal e-mail address, the second client's manager is named, and a
signed feedback form in the third file carries a printed name.

Traps: the GROW and CLEAR models, Whitmore, Hawkins and Smith, Downey's spectrum, "Mentee
A"-style codes, his coaching supervisor named where the form asks and again in prose, the
housing association and the council, places (Rotherham, Sheffield), job titles, and the
centre's assessments mailbox in a footer.
"""

from .case import Case, H, P, SourceFile, T

PLAN = [
    H(0, "Unit 302 – Coaching portfolio"),
    T(
        ["Name", "Marcus Oduya"],
        ["ILM registration", "R8804512"],
        ["Centre", "South Riding College"],
        ["Coaching supervisor", "Jill Hartley"],
    ),
    P("I declare that the coaching in this portfolio was carried out by me and that this is my own work."),
    H(1, "Evidence matrix"),
    T(
        ["Criteria", "Evidence", "File"],
        ["1.1, 1.2, 1.3", "Plan, goals, coaching agreement", "plan.docx"],
        ["2.1, 2.2, 2.3, 2.4", "Tools, model, skills, log", "log.pdf"],
        ["3.1, 3.2, 3.3, 3.4", "Reflections, feedback, supervision", "reflections.docx"],
    ),
    H(1, "1.1 Planning the coaching"),
    P("""Hallam Vale Homes manages 6,000 homes across Rotherham and the east of Sheffield.
      After a restructure two housing officers took on patches twice the size and both
      said they were struggling to prioritise. I planned fourteen hours of coaching over
      five months, fortnightly, booked in the small meeting room at our Rawmarsh office
      rather than my own office, so the sessions would not feel like management."""),
    H(1, "1.2 Goals"),
    P("""Client 1 wanted to cut the time spent on rent arrears letters and get out on the
      estates two mornings a week. Client 2 wanted to prepare for a senior officer
      interview and to stop taking complaints home with her."""),
    H(1, "1.3 Coaching agreement"),
    P("""We agreed in writing what would be shared with their managers (attendance only),
      how notes would be kept, and that safeguarding concerns about tenants would always
      be reported under the council's procedure."""),
    T(
        ["Client (surname, first name)", "Role", "Contact for rearranging"],
        ["Adeyemi, Tunde", "Housing Officer, north patch", "tunde.adeyemi83@gmail.com"],
        ["Walsh, Bernadette", "Housing Officer, south patch", "via her manager"],
    ),
    P("""Bernadette's manager, Colin Firth-Hayes, agreed to protect her diary for the
      sessions."""),
    P("South Riding College · Leadership and Management · assessments@southriding.ac.uk"),
]

LOG = [
    H(1, "2.1 Tools"),
    P("""Both clients completed a wheel of life adapted to work, and a values card sort in
      the second session. Client 2's wheel showed work-life balance at 2 out of 10."""),
    H(1, "2.2 Model"),
    P("""I used Whitmore's GROW model throughout, and Hawkins and Smith's CLEAR model to
      contract at the start of each session because it made the outcome of each hour
      explicit."""),
    H(1, "2.3 Skills"),
    P("""Following Downey's spectrum I tried to stay on the pull side, asking rather than
      telling. My biggest challenge was that both clients knew I could fix their problems
      with one phone call, and they sometimes waited for me to do it."""),
    H(1, "2.4 Coaching log"),
    T(
        ["Date", "Client", "Hours", "Theme"],
        ["05/05/2025", "Adeyemi T", "1", "Agreement and goals"],
        ["07/05/2025", "Walsh B", "1", "Agreement and goals"],
        ["19/05/2025", "Adeyemi T", "1", "Arrears letters: what can stop"],
        ["21/05/2025", "Walsh B", "1", "Complaints and boundaries"],
        ["02/06/2025", "Adeyemi T", "1", "Diary audit"],
        ["04/06/2025", "Walsh B", "1.5", "Interview preparation"],
        ["16/06/2025", "Adeyemi T", "1", "Estate mornings trial"],
        ["18/06/2025", "Walsh B", "1", "Mock interview"],
        ["30/06/2025", "Adeyemi T", "1", "Review"],
        ["02/07/2025", "Walsh B", "1", "After the interview"],
        ["14/07/2025", "Adeyemi T", "1", "Ending"],
        ["16/07/2025", "Walsh B", "1.5", "Ending"],
    ),
]

REFLECTIONS = [
    H(0, "Reflections"),
    H(1, "3.1 Reflection on each session"),
    P("""After each session I wrote a short reflection. In the fourth session with Client 2
      I noticed I was nodding along to her complaints about a tenant rather than helping
      her move forward, and I brought that to supervision."""),
    H(1, "3.2 Feedback"),
    P("""Each client filled in a feedback form at the end. Both said the sessions helped;
      Client 1 said the diary audit was an eye-opener."""),
    T(
        ["Coaching feedback form", ""],
        ["What helped most?", "Being asked what I would stop doing, not what to add"],
        ["Anything to change?", "Meet somewhere other than the office"],
        ["Signature", "B Walsh"],
        ["Printed name", "Bernadette Walsh"],
    ),
    H(1, "3.3 Communication"),
    P("""My questioning became sharper over the five months: I wrote fewer questions before
      each session and listened more. Summarising at the end of each stage of GROW kept
      the clients on track."""),
    H(1, "3.4 Supervision"),
    P("""I had three supervision sessions with Jill Hartley, my coaching supervisor. Jill
      used the seven-eyed model to look at what was happening between me and Client 2,
      and helped me see that I was rescuing her."""),
]

CASE = Case(
    name="nm_housing_coaching_302",
    unit="8587-302",
    kind="portfolio",
    files=[SourceFile("plan.docx", PLAN), SourceFile("log.pdf", LOG), SourceFile("reflections.docx", REFLECTIONS)],
    labels={
        "1.1": "small meeting room at our Rawmarsh office",
        "1.2": "stop taking complaints home with her",
        "1.3": "shared with their managers (attendance only)",
        "2.1": "values card sort",
        "2.2": "contract at the start of each session",
        "2.3": "waited for me to do it",
        "2.4": "Arrears letters: what can stop",
        "3.1": "nodding along to her complaints",
        "3.2": "what I would stop doing, not what to add",
        "3.3": "wrote fewer questions before each session",
        "3.4": "I was rescuing her",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": True,
        "identifying": ["Adeyemi, Tunde", "Walsh, Bernadette", "tunde.adeyemi83@gmail.com", "Bernadette",
                        "Colin Firth-Hayes", "Adeyemi T", "Walsh B", "B Walsh", "Bernadette Walsh"],
    },
    about="Housing coaching portfolio; clients surname-first in a table and a PDF log, a personal e-mail, a manager, a signed form; supervisor named where asked.",
)
