"""8587-302 Extended Period of Coaching: a logistics depot's portfolio, log as a PDF.

Rebecca Lloyd-Jones, an operations manager at a distribution depot, coaches two shift
supervisors. Her coaching log (a PDF exported from the depot's template) refers to the
clients by initial and surname, one client's contact details sit in the plan, a signed
client feedback form carries the client's full name, and a photo caption names the
other client by first name. The centre's generic address is printed in the form footer,
and "Client 1" / "Client 2" are used in the reflective account.

Traps: the GROW model and OSKAR, Whitmore, Downey, Hawkins' CLEAR, Clutterbuck,
organisations (Brightwell Logistics, the Health and Safety Executive) and places
(Doncaster, the M18).
"""

from .case import B, Case, H, P, SourceFile, T

COVER = [
    H(0, "ILM Level 3 – Unit 302 Coaching Portfolio"),
    T(
        ["Learner name", "Rebecca Lloyd-Jones"],
        ["Registration no.", "R7730415"],
        ["Centre name", "Northgate Training"],
        ["Date of submission", "3 October 2025"],
    ),
    P("""Declaration of authenticity: I confirm that the evidence in this portfolio is my own
      work and that the coaching took place as recorded."""),
    H(1, "Portfolio evidence matrix"),
    T(
        ["AC", "Evidence", "Page"],
        ["1.1 1.2 1.3", "Coaching plan, goals and contract", "Log p. 1–2"],
        ["2.1 2.2 2.3", "Tools, model, skills", "Log p. 2–3"],
        ["2.4", "Coaching log", "Log p. 3"],
        ["3.1 3.2 3.3 3.4", "Reflection, feedback forms, supervision", "Reflective account"],
    ),
    P("Northgate Training · Portfolio template v4 · enquiries@northgate-training.ac.uk"),
]

LOG = [
    H(1, "1.1 Coaching plan"),
    P("""Brightwell Logistics runs a 24-hour distribution depot near Doncaster, beside the M18.
      Two shift supervisors promoted from the warehouse floor asked for support with leading
      their former colleagues. I planned twelve and a half hours of coaching over fourteen
      weeks: weekly sessions at first, then fortnightly, in the training room away from the
      shop floor, outside peak loading times, with supervision from my tutor twice."""),
    T(
        ["Client", "Contact", "Sessions planned"],
        ["J. Okafor (nights)", "jokafor@brightwell-logistics.co.uk", "7"],
        ["M. Brennan (days)", "07700 900318", "6"],
    ),
    H(1, "1.2 Goals"),
    P("""The night supervisor wanted to run a shift briefing without notes and to reduce
      picking errors on his shift from 1.8% to under 1%. The day supervisor wanted to handle
      a difficult conversation about lateness and to plan her route towards a shift manager
      role within two years."""),
    H(1, "1.3 Contract"),
    P("""The three-way contract was agreed with each client and the depot manager: the depot
      would know the goals and attendance, nothing else. Confidentiality was limited only by
      safety, in line with the Health and Safety Executive's guidance on reporting."""),
    H(1, "2.1 Diagnostic tools"),
    P("""Each client completed a wheel of work, and I used a 360 pulse survey of six team
      members at the start and the end, which gave a baseline on communication and trust."""),
    H(1, "2.2 Coaching model"),
    P("""I used the GROW model from Whitmore for most sessions and the OSKAR solution-focused
      model when a client was stuck, because scaling ('where are you now on a scale of
      ten?') kept the focus on small steps forward."""),
    H(1, "2.3 Skills and behaviours"),
    P("""I kept to the client's agenda, used open and scaling questions and reflected back
      what I heard. Following Downey's spectrum I tried to stay at the non-directive end,
      which was hard when I knew the answer to a rota problem."""),
    H(1, "2.4 Coaching log"),
    T(
        ["Date", "Client", "Duration", "Focus"],
        ["02/06/2025", "J. Okafor", "1 hour", "Contracting and goals; wheel of work"],
        ["04/06/2025", "M. Brennan", "1 hour", "Contracting and goals; 360 survey briefed"],
        ["09/06/2025", "J. Okafor", "1 hour", "Briefing practice"],
        ["11/06/2025", "M. Brennan", "1 hour", "Planning the lateness conversation"],
        ["16/06/2025", "J. Okafor", "1 hour", "Picking errors: root causes"],
        ["23/06/2025", "M. Brennan", "1 hour 30 mins", "Role-play of the conversation"],
        ["07/07/2025", "J. Okafor", "1 hour", "Briefing observed; feedback"],
        ["21/07/2025", "M. Brennan", "1 hour", "Career plan"],
        ["04/08/2025", "J. Okafor", "1 hour", "Error rate at 1.1%"],
        ["18/08/2025", "M. Brennan", "1 hour", "Review"],
        ["01/09/2025", "J. Okafor", "1 hour", "OSKAR on a stuck goal"],
        ["15/09/2025", "M. Brennan", "1 hour", "Ending"],
    ),
]

ACCOUNT = [
    H(0, "Reflective account"),
    H(1, "3.1 Reflection on each session"),
    P("""After each session I noted what went well, what I would change and my learning. The
      biggest lesson came in the sixth session, when Client 2 froze during the role-play and
      I realised I had made the scenario too close to a real colleague."""),
    H(1, "3.2 Feedback from clients"),
    P("""Each client completed the depot's feedback form after every session. One of the
      signed forms is copied below."""),
    T(
        ["Client feedback form – session 7", ""],
        ["What was most useful?", "Watching my own briefing back and picking what to change"],
        ["What could be better?", "More time on the error figures"],
        ["Rating (1–5)", "5"],
        ["Client signature", "Joseph Okafor"],
    ),
    P("Photo 2: Maria's action plan on the training room flipchart, 23 June"),
    H(1, "3.3 Communication skills"),
    P("""Comparing the 360 pulse survey at the start and end, and my own notes, my questioning
      moved from 'why' questions, which made Client 1 defensive, to 'what' and 'how'
      questions. I listened for energy and noticed when a client went quiet. Feedback was
      the skill I developed most, using Hawkins' CLEAR model to close each session."""),
    H(1, "3.4 Supervision"),
    P("""I had two supervision sessions with my tutor. The first helped me see that I was
      rushing to fix the rota problem; the second looked at how to end the coaching without
      leaving the day supervisor without support, and we agreed a light-touch check-in
      after the twelve hours, as Clutterbuck suggests for a planned ending."""),
]

CASE = Case(
    name="n302_logistics_coaching",
    unit="8587-302",
    kind="portfolio",
    files=[
        SourceFile("cover.docx", COVER),
        SourceFile("coaching-log.pdf", LOG),
        SourceFile("reflective-account.docx", ACCOUNT),
    ],
    labels={
        "1.1": "twelve and a half hours of coaching",
        "1.2": "reduce picking errors",
        "1.3": "the depot would know the goals and attendance",
        "2.1": "360 pulse survey of six team members",
        "2.2": "OSKAR solution-focused",
        "2.3": "non-directive end",
        "2.4": "Picking errors: root causes",
        "3.1": "froze during the role-play",
        "3.2": "Watching my own briefing back",
        "3.3": "made Client 1 defensive",
        "3.4": "light-touch check-in",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": True,
        "identifying": ["J. Okafor", "M. Brennan", "jokafor@brightwell-logistics.co.uk", "07700 900318",
                        "Joseph Okafor", "Maria"],
    },
    about="Depot coaching portfolio; clients as initial and surname in a PDF log, a signed form, a photo caption, contact details; the centre's address in the footer.",
)
