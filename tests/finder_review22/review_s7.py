UNIT = "8584-201"
REFS = ["1.1","1.2","2.1","2.2","2.3","2.4","2.5","3.1","3.2","3.3"]
import os
PDF = os.environ.get("PDF", "1") == "1"
HEAD = os.environ.get("HEAD", "Appendix 1 Contents of the mentoring sessions")
def P(t): return ("paragraph", t)
K = "heading" if PDF else "paragraph"
def docs(doc):
    b = [("heading", "Mentoring portfolio", 1),
         ("heading", "AC 1.1 Mentoring plan", 2),
         P("My plan for mentoring Jo, a new library assistant, is six sessions over three months in the quiet room upstairs. What each session covers and how long it takes is in Appendix 1."),
         ("heading", "AC 1.2 Agreed goals", 2),
         P("We agreed that she would run the Saturday session alone by November and learn the shelf numbers of the adult non-fiction stock within a month."),
         ("heading", "AC 2.1 Evidence of sessions", 2),
         P("The session records in Appendix 2 show six sessions of at least thirty minutes, three and a half hours in all, each signed by Jo and by me."),
         ("heading", HEAD, 1),
         (K, "Session 1 Getting to know each other and ground rules 30"),
         (K, "Session 2 Agreeing goals and how we will measure them 45"),
         (K, "Session 3 Shadowing me on the enquiry desk 60"),
         (K, "Session 4 Running the Saturday rhyme time with me 45"),
         (K, "Session 5 Reviewing the shelf number quiz results 30"),
         (K, "Session 6 Final review and next steps 30"),
         ("heading", "Appendix 2 Session records", 1),
         P("Session 1, 3 March, 30 minutes. We talked about how Jo came to the library and what worries her most, which is the enquiry desk on a busy Saturday."),
    ]
    return [doc("portfolio.pdf" if PDF else "portfolio.docx", *b, pdf=PDF)]
