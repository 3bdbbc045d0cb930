UNIT = "8587-300"
REFS = ["1.1", "1.2", "1.3", "4.1", "4.2"]
import os, tomllib
from conftest import RUBRICS
PDF = os.environ.get("PDF") == "1"
def P(t): return ("paragraph", t)
R = tomllib.loads((RUBRICS / "8587-300.toml").read_text(encoding="utf-8"))
TASK = {c["ref"]: c["task"] for o in R["outcomes"] for c in o["criteria"]}
INTRO = ("In this assignment I look at how coaching could be introduced in the contact centre where I lead a team of twelve "
         "agents on the collections line, drawing on my own experience of being coached last year and on the reading.")
def docs(doc):
    b = [("heading", "Coaching in the contact centre", 1), P("The brief asked me to cover:")]
    b += [P(TASK[r]) for r in sorted(TASK)]
    b += [P(INTRO),
          ("heading", "Why coach?", 2), P("Coaching in our call centre is a series of one-to-one conversations that help agents improve call handling and reach their own targets, which lifts customer satisfaction scores across the floor."),
          ("heading", "The coach", 2), P("The coach agrees the contract, keeps the sessions confidential, keeps to time, challenges the agent, and refers on anything outside their competence such as debt worries or health problems."),
          ("heading", "What a coach needs", 2), P("A coach needs listening and questioning skills, knowledge of the GROW model and our call quality framework, and behaviours such as patience, honesty and being non-judgemental."),
          ("heading", "Notes", 2), P("Notes are kept in a locked folder with only goals and actions agreed, and the agent sees every note, so both of us remember what we agreed and can see the progress made."),
          ("heading", "Looking back", 2), P("After each session I write a reflective log using Gibbs and I take the hard ones to my supervisor every month, which keeps me inside my competence and keeps the agent safe."),
    ]
    return [doc("essay.pdf" if PDF else "essay.docx", *b, pdf=PDF)]
