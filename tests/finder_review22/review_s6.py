UNIT = "8587-300"
REFS = ["1.1", "1.2", "1.4"]
import os
PDF = os.environ.get("PDF") == "1"
LABELS = os.environ.get("LABELS") == "1"
def P(t): return ("paragraph", t)
def H(ref, t): return ("heading", (f"AC {ref} " if LABELS else "") + t, 2)
def docs(doc):
    b = [("heading", "Coaching in the contact centre", 1),
         ("heading", "Introduction", 2),
         P("This report will describe the purpose of effective coaching within an organisational context and explain the role and responsibilities of an effective coach."),
         P("I lead a team of twelve agents on the collections line of a utility company's contact centre in Leeds. Turnover is high, and most new agents leave within a year, mostly because they feel unsupported on difficult calls."),
         H("1.1", "Why coach?"), P("Coaching in our call centre is a series of one-to-one conversations that help agents improve call handling and reach their own targets, which lifts customer satisfaction scores across the floor."),
         H("1.2", "The coach"), P("The coach agrees the contract, keeps the sessions confidential, keeps to time, challenges the agent, and refers on anything outside their competence such as debt worries or health problems."),
         H("1.4", "Obstacles"), P("Time is the main obstacle because agents are on the phones all day; we will schedule sessions in the quiet hour after ten. Some agents distrust coaching, so it is offered to all."),
    ]
    return [doc("essay.pdf" if PDF else "essay.docx", *b, pdf=PDF)]
