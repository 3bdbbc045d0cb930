"""MD36 mentoring diary: the log gives only a cumulative hours column, never a session's length.

Derek Asante, an operations manager at a bus depot, mentors three trainee controllers
(Client 1, Client 2, Client 3). His log is Date, Client, Focus, "Hours (cumulative)": after
each session he wrote the new total, so a session's length is the difference from the row
above. A did-not-attend row repeats the total; his two tutorials give their length in the
Focus cell and a dash in the hours column; an afternoon observing a senior mentor is noted
with the total unchanged; two sessions are with all three clients together.

Practice truth, the differences: 2 + 1.5 + 2 + 2.5 + 2 + 2 + 2 + 3 (group) + 2.5 + 2 + 1.5
+ 2 + 2.5 + 2 + 2 + 2 + 2.5 (group) + 1 = 37 hours = 2220 minutes in eighteen sessions with
three clients; tutorials 60 + 90 = 150 minutes in two.
"""

from .case import Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "MD36 Workplace Mentoring Diary"),
    P("Candidate: Derek Asante, Operations Manager"),
    P("I declare that this diary is a true record of my own mentoring."),
    H(1, "The mentoring"),
    P("""I mentored three trainee controllers through their first months on the control desk,
      in the depot training room, one to one and twice as a group of all three."""),
    H(1, "Diary log"),
    T(
        ["Date", "Client", "Focus", "Hours (cumulative)"],
        ["02/09", "Client 1", "Contract and goals", "2"],
        ["03/09", "Client 2", "Contract and goals", "3.5"],
        ["05/09", "Client 3", "Contract and goals", "5.5"],
        ["09/09", "Client 1", "Handling a late-running route", "8"],
        ["10/09", "Client 2", "DNA - called in to cover a duty", "8"],
        ["12/09", "Client 3", "Radio procedure", "10"],
        ["16/09", "ILM tutor", "Tutorial, 1 hr", "-"],
        ["17/09", "Client 2", "Rearranged session: driver welfare calls", "12"],
        ["23/09", "Client 1", "Incident log writing", "14"],
        ["24/09", "Clients 1, 2 and 3", "Group: a disruption exercise on the desk", "17"],
        ["30/09", "Client 3", "Confidence with drivers who push back", "19.5"],
        ["01/10", "Client 2", "Rota swaps and fairness", "21.5"],
        ["07/10", "Client 1", "Review of goals", "23"],
        ["08/10", "Observation", "I observed a senior mentor at another depot (not added)", "23"],
        ["14/10", "Client 3", "Review of goals", "25"],
        ["15/10", "Client 2", "Review of goals", "27.5"],
        ["21/10", "ILM tutor", "Tutorial, 1.5 hrs", "-"],
        ["22/10", "Client 1", "Night shift handover", "29.5"],
        ["28/10", "Client 3", "Leading the morning call", "31.5"],
        ["29/10", "Client 2", "Dealing with a complaint", "33.5"],
        ["04/11", "Clients 1, 2 and 3", "Group: lessons from the month", "36"],
        ["05/11", "Client 1", "Ending", "37"],
    ),
    H(1, "Reflection"),
    P("""The group exercise on 24 September showed me each client's style under pressure better than
      any one-to-one did; I used it to set the goals for October."""),
]

CASE = Case(
    name="pw_md36_cumulative_only",
    unit="MD36",
    kind="structured-docx",
    files=[SourceFile("asante-md36-diary.docx", BLOCKS)],
    labels={},  # a practice log only: its figures are measured, not the evidence finder
    expected_checks={
        "declaration": True,
        "evidence_matrix": None,
        "identifying": [],
        "minutes": 2220,  # last cumulative 37 h, checked row by row: the differences add to 37; 37 x 60 = 2220
        "sessions": 18,  # 22 rows less the DNA, two tutorials and the observation
        "individuals": 3,  # Clients 1, 2, 3
        "supervision_minutes": 150,  # tutorials 1 hr (16/09) + 1.5 hrs (21/10)
    },
    about="Bus depot operations manager; only an 'Hours (cumulative)' column, a DNA repeating the total, tutorials and an observation dashed.",
)
