"""8587-302 Undertaking Coaching: a construction site manager's records and typed reflections.

Gareth Pugh, a site manager for a housebuilder, coaches two colleagues. The records file
codes one coachee "Coachee 2" but names the other in full in the contract, as "Begum R" in
the log and "R. Begum" under her feedback, and pastes an e-mail with her signature block.
The reflections (a text file) use her first name alone and name the second coachee by a
first name that is also a word ("Precious"), only ever beside her role.

Traps: the company and its developments named after people (Harland Homes, the Elgar Rise
and Brunel Fields sites), plant and software (JCB, Asite, Procore, CSCS), job titles
(Contracts Manager, Assistant Site Manager, Health and Safety Advisor), his own
contracts manager and coaching supervisor by role, weekdays, Whitmore and the GROW model.
"""

from .case import Case, H, P, SourceFile, T

RECORDS = [
    H(0, "Unit 302 – Coaching records"),
    T(
        ["Learner", "Gareth Pugh"],
        ["Registration number", "R8820417"],
        ["Assessor", "Huw Prosser"],
    ),
    P("I confirm that this evidence is my own work. Gareth Pugh"),
    H(1, "1.1 Coaching plan"),
    P("""Twelve hours over three months with two colleagues on the Elgar Rise development:
      fortnightly sessions of an hour in the site cabin, Tuesdays at 7am before the trades
      arrive, and two extra sessions on Brunel Fields when the programme moved us there."""),
    H(1, "1.2 Topics and goals"),
    P("""Coachee 1 wanted to run the Friday progress meeting herself and to take over the
      snagging process; Coachee 2 wanted to pass her CSCS black card and plan her first
      phase."""),
    H(1, "1.3 Coaching contract"),
    T(
        ["Coaching contract", ""],
        ["Coachee", "Rukhsana Begum, Assistant Site Manager"],
        ["Coach", "Gareth Pugh, Site Manager"],
        ["Confidentiality", "Only attendance shared with the Contracts Manager"],
    ),
    H(1, "2.4 Coaching log"),
    T(
        ["Date", "Coachee", "Hours", "Notes"],
        ["Tue 07/01/2025", "Begum R", "1", "Contract and goals"],
        ["Tue 21/01/2025", "Begum R", "1", "Running the progress meeting"],
        ["Tue 04/02/2025", "Coachee 2", "1", "CSCS card evidence"],
        ["Tue 18/02/2025", "Begum R", "1", "Snagging walk-round"],
    ),
    T(
        ["Coachee feedback", ""],
        ["What helped?", "Being asked what I thought before being told"],
        ["Coachee signature", "R. Begum"],
    ),
    P("E-mail from my coachee after the fourth session:"),
    P("""Thanks Gareth, the snagging walk-round went fine on my own. See you Tuesday.
      Rukhsana Begum | Assistant Site Manager | Harland Homes | 07911 204377"""),
]

REFLECTIONS = [
    H(0, "Unit 302 – Reflections"),
    H(1, "2.1 Diagnostic tools"),
    P("""I used a simple confidence scale and the company's competence matrix, which both
      coachees scored before the first session and again at the end."""),
    H(1, "2.2 Coaching model"),
    P("""I used the GROW model. Whitmore's emphasis on awareness and responsibility kept me
      from solving problems that were not mine."""),
    H(1, "2.3 Skills and behaviours"),
    P("""Rukhsana asked in the second session to practise chairing, so we role-played the
      Friday meeting with me as the awkward groundworker. I kept quiet for longer than I ever
      have on site."""),
    H(1, "3.1 Reflection on each session"),
    P("""My second coachee, Precious, brought her CSCS evidence folder to session three and I
      spent the hour filling in forms for her. Afterwards I saw that I had done the task, not
      the coaching."""),
    P("""Session four went better. I asked what she wanted from the hour, said nothing while
      she thought, and she chose to plan her first phase rather than talk about the card. We
      finished with three actions she wrote herself: book the groundworks subcontractor
      meeting, draft the phase programme, and ask the buyer for the materials schedule. She
      had done two of them by the next session. Reading my notes back after each session, I
      can see the same pattern on site: the more I tell, the less the team thinks for
      themselves, and the more calls I get at home on a Saturday."""),
    H(1, "3.2 Feedback"),
    P("""Each coachee scored every session out of ten on a card. The scores rose from six to
      nine once I stopped giving answers."""),
    H(1, "3.3 Communication skills"),
    P("""My questioning is better than my listening. I now ask, wait, and summarise before I say
      anything about the build programme, and I give feedback on what I saw, not on what I
      would have done."""),
    H(1, "3.4 Supervision"),
    P("""Supervision with Alun Davies, my coaching supervisor, in February and March helped
      me stop rescuing. My Contracts Manager, Lisa Hartnell, agreed I could keep coaching on
      the next site. The Health and Safety Advisor sat in on one session at my request."""),
]

CASE = Case(
    name="nx_site_coaching_302",
    unit="8587-302",
    kind="portfolio",
    files=[SourceFile("records.docx", RECORDS), SourceFile("reflections.txt", REFLECTIONS)],
    labels={
        "1.1": "Tuesdays at 7am before the trades",
        "1.2": "run the Friday progress meeting herself",
        "1.3": "Only attendance shared with the Contracts Manager",
        "2.1": "company's competence matrix",
        "2.2": "kept me from solving problems",
        "2.3": "with me as the awkward groundworker",
        "2.4": "Snagging walk-round",
        "3.1": "I had done the task, not the coaching",
        "3.2": "scores rose from six to nine",
        "3.3": "ask, wait, and summarise",
        "3.4": "helped me stop rescuing",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        "identifying": ["Rukhsana Begum", "Begum R", "R. Begum", "Rukhsana", "Precious", "07911 204377"],
    },
    about="Construction coaching records and typed reflections: coachee in full in the contract, surname and initial in the log, initial and surname under feedback, a pasted e-mail's signature block with a phone, her first name alone in the other file, a second coachee by a wordlike first name beside her role.",
)
