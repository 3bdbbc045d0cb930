"""8584-201 Developing Mentoring Skills: a co-operative bakery shift leader's portfolio, unstyled.

Lorraine Hutchings mentors an apprentice baker, "Mentee A", for three one-hour sessions.
Her Word file has no heading styles: only the numbers she typed give it structure. The
ILM diary fields are filled in with her own name as mentor and "Mentee A" as client and
signature; the tutor meeting names her tutor where the form asks. Nothing is to be flagged.

Clean but tricky: Bristol places and a road named after a town (Gloucester Road, Stokes
Croft, Easton, Bedminster), brands (Hobart, Rofco, Greggs, Tesco), a TV programme and a
campaign ("The Great British Bake Off", the Real Bread Campaign), a book title, the Harbour
Festival, theorists (Whitmore, Kolb, Clutterbuck), the feedback sandwich, imperative
headings, sentence-initial "Trust", "Friday", "September", and the centre's enquiries@
address.
"""

from .case import Case, H, P, SourceFile, T

PORTFOLIO = [
    H(0, "Unit 201 Developing Mentoring Skills – Portfolio"),
    P("Learner: Lorraine Hutchings    ILM registration number: R2250819"),
    P("Centre: Avon Workplace Learning, enquiries@avonworkplacelearning.co.uk"),
    T(
        ["Name of Mentor", "Lorraine Hutchings"],
        ["Client Ref/ID", "Mentee A"],
        ["Start Date of Activity", "5 September 2025"],
        ["Total number of hours completed", "3 hours"],
        ["Signature of Mentor", "L. Hutchings"],
        ["Signature of Mentee", "Mentee A"],
    ),
    H(1, "1.1 Plan for mentoring"),
    P("""I am a shift leader at Wildflour, a bakery co-operative on Gloucester Road in Bristol
      with a second shop in Bedminster. Mentee A is a nineteen-year-old apprentice baker from
      City of Bristol College. He is good with his hands but nervous about running the early
      shift. Confidentiality was agreed: yes. We will meet three times in September, for one
      hour each, in the flour store office after the morning bake, when the Rofco ovens are
      off and it is quiet."""),
    H(1, "1.2 Agreed goals"),
    P("""Session 1 goal: Mentee A will write and follow his own production plan for one Friday
      early shift by 19 September. Session 2 goal: he will explain the sourdough schedule to a
      new volunteer without help by 26 September. Session 3 goal: he will decide one area of
      the bakery he wants to lead next year."""),
    H(1, "2.1 Record of mentoring sessions"),
    T(
        ["Session", "Date", "Time", "Summary"],
        ["1", "Friday 5 September 2025", "1 hour", "Agreed how we will work. Talked about the early shift. He chose to write a production plan."],
        ["2", "Friday 12 September 2025", "1 hour", "Reviewed his plan: it worked but he forgot the Hobart mixer clean-down. Goal 2 agreed."],
        ["3", "Friday 26 September 2025", "1 hour", "He taught a volunteer the sourdough timings. Chose to lead the Harbour Festival stall next summer."],
    ),
    H(1, "2.2 Questioning and listening"),
    P("""I used open questions like "What would a good Friday look like?" and "What got in the
      way?" I tried not to jump in. Listening properly meant putting my phone away. Using the
      GROW model from Whitmore helped me keep to the point: goal, reality, options, way
      forward."""),
    H(1, "2.3 Feedback"),
    P("""After session 2 I gave feedback using the feedback sandwich: his plan was clear and
      realistic, the mixer clean-down was missed, and the bread was the best we had from an
      apprentice. He said it made sense and he added a checklist. September's Real Bread
      Campaign visit went well partly because of that checklist."""),
    H(1, "2.4 Trust"),
    P("""Trust came from two things. First, I told him about my own disasters, including the
      day I burnt forty loaves for Greggs' old wholesale customer. Second, I kept what he told
      me about college to myself. He has since asked for more sessions, which I take as a
      sign he trusts me."""),
    H(1, "2.5 Records"),
    P("""I kept this diary and a short note after each session in a locked drawer. Only Mentee A
      is used as his name. Nothing went on the staff WhatsApp group."""),
    H(1, "3.1 Review of my performance"),
    P("""What went well: I planned properly and he met his goals. Even better if: I let him find
      answers more. Kolb's learning cycle helped me see that he learns by doing, so the best
      sessions followed a real shift. Clutterbuck says mentors learn too, and I learnt that I
      talk too fast when I am nervous."""),
    H(1, "3.2 Meeting with my tutor"),
    T(
        ["Tutor name", "Bernadette Oyelaran-Hughes"],
        ["Date and length", "Tuesday 30 September 2025, 1 hour, Stokes Croft office"],
        ["Purpose", "Review my mentoring and plan my development"],
        ["Agreed outcomes", "Practise silence; ask for mentee feedback in writing; read one mentoring book"],
    ),
    H(1, "3.3 My development plan"),
    T(
        ["What", "How", "When"],
        ["Use silence better", "Wait before asking the next question", "October"],
        ["Get written feedback", "Use a one-page form after each session", "From November"],
        ["Read more", "Clutterbuck, Everyone Needs a Mentor", "December"],
        ["Mentor again", "Mentor the next Easton apprentice", "January"],
    ),
    P("""Reading list: Whitmore, J. (2017) Coaching for Performance. Clutterbuck, D. (2014)
      Everyone Needs a Mentor. For fun: The Tassajara Bread Book, and every series of The
      Great British Bake Off."""),
    P("Declaration: this is my own work. Lorraine Hutchings"),
]

CASE = Case(
    name="ny_201_bakery_numbered",
    unit="8584-201",
    kind="numbered-unstyled",
    files=[SourceFile("L Hutchings unit 201.docx", PORTFOLIO)],
    labels={},
    expected_checks={"declaration": True, "evidence_matrix": False, "identifying": []},
    about="Bakery shift leader's unstyled 201 portfolio: diary fields with own name and Mentee A, tutor named in the tutor box, Bristol places and brands, a TV show and book; nothing to flag.",
)
