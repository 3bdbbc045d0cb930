"""D2.02 supervised mentoring diary as a PDF from a children's hospice charity shop: Section 1's agreeing meeting with the 16-year-old mentee and his mum, which the learner says is "not one of my six sessions" and not counted, and a 20-minute phone call with her supervisor about the outcomes before the first session; Section 2's table with a mentoring column and a "Supervision after" column: a did-not-attend Saturday with no supervision, the session done the next Saturday, a supervision cut to 25 minutes, one session with no supervision of its own because the next week's hour covered both, a session that ran to 45 minutes, a final session observed by her college tutor (his 15-minute feedback, then her supervisor's 30); a Total row that says "6 x 30 mins = 3 hrs" for both columns; a 15-minute chat to sign his DofE form that she says was not a session. Declaration signed. Clean (the mentee is "J" throughout, as the hospice's safeguarding policy asks).

Julie Fenwick, manager of a children's hospice charity shop, mentors J, 16, a Saturday volunteer
doing the volunteering section of his Duke of Edinburgh's Silver Award. Supervisor: Kath, the
charity's area retail manager.

Mentoring:
  Sat 25 Jan  agreeing meeting with J and his mum, "about 40 minutes", "not one of my six
              sessions, and I haven't counted it in my mentoring time"          not counted
  1  Sat 1 Feb   "30 mins"                                                   30
  2  Sat 8 Feb   "30 mins"                                                   30
  3  Sat 15 Feb  "J did not come in"                                          0
  3  Sat 22 Feb  "35 mins"                                                   35
  4  Sat 1 Mar   "30 mins"                                                   30
  5  Sat 8 Mar   "45 mins (he wanted to finish pricing the books)"           45
  6  Sat 15 Mar  "30 mins - observed by my college tutor"                    30
  30 + 30 = 60; + 35 = 95; + 30 = 125; + 45 = 170; + 30 = 200 minutes = 3 h 20 in 6 sessions.
  Her Total row: "6 x 30 mins = 3 hrs".
  Sat 22 Mar: 15 minutes signing his DofE form, "not a mentoring session, not counted".
Supervision: Wed 29 Jan phone call with Kath about the outcomes "20 minutes" 20; after 1 "30 mins"
30; after 2 "25 mins" 25; 15 Feb none; after 3 (22 Feb) "30 mins" 30; after 4 "see session 5" 0;
after 5 "1 hr (sessions 4 and 5 together)" 60; after 6 tutor's feedback "15 mins" 15 and Kath
"30 mins" 30.
  20 + 30 = 50; + 25 = 75; + 30 = 105; + 60 = 165; + 15 = 180; + 30 = 210. Her Total row "3 hrs".

Practice truth: 200 minutes in 6 sessions with one mentee; supervision 210 minutes.
"""

from .case import Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "ILM Level 2 Award in Mentoring for Young Learners"),
    P("Unit D2.02 Undertaking supervised mentoring - Mentoring Diary"),
    P("Candidate: Julie Fenwick. Shop Manager, children's hospice charity shop. Supervisor: Kath (Area Retail Manager)."),
    P("""Mentee: J. I have used his initial only because the hospice's safeguarding policy does not allow
      young volunteers' names in anything that goes outside the shop."""),
    H(1, "Section 1 - Identify and agree overall outcomes for mentoring sessions"),
    P("""J is 16 and started volunteering with us on Saturdays in January for the volunteering section of
      his Duke of Edinburgh's Silver Award. He is very shy with customers but quick and careful with
      stock. On Sat 25 January I met him and his mum in the back room to agree what we wanted from
      the mentoring, about 40 minutes. This was to agree the outcomes, not one of my six sessions,
      and I haven't counted it in my mentoring time."""),
    P("Overall outcomes agreed:"),
    P("1. J can run the till on his own for a whole Saturday morning, including refunds and Gift Aid."),
    P("2. J prices and lays out the book section himself."),
    P("3. J greets customers and offers help without being prompted."),
    P("""Before the first session I rang Kath on Wed 29 January and we went through the outcomes
      (20 minutes). She thought outcome 3 was the important one and the others would help it, and
      asked me to keep the sessions short and practical."""),
    H(1, "Section 2 - Undertake supervised mentoring"),
    T(
        ["Session", "Date", "Mentoring", "Main issues, outcomes and actions", "Supervision after"],
        ["1", "Sat 1 Feb", "30 mins", "The till: sales and Gift Aid. Action: shadow our Saturday till volunteer for an hour.", "30 mins"],
        ["2", "Sat 8 Feb", "30 mins", "Refunds. He did two on his own with me standing by. Action: greet 5 customers next week.", "25 mins (Kath had to get to the Alnwick shop)"],
        ["3", "Sat 15 Feb", "J did not come in - half term, away with his family (didn't let us know)", "-", "-"],
        ["3", "Sat 22 Feb", "35 mins", "Half term chat - what happens if you can't come (ring the shop). Greeting customers - he'd done 3.", "30 mins"],
        ["4", "Sat 1 Mar", "30 mins", "Book section: pricing guide, what sells. Action: re-do the children's books shelf.", "see session 5"],
        ["5", "Sat 8 Mar", "45 mins (he wanted to finish pricing the books)", "Shelf done - sold 14 books that day. He offered help to a customer without being asked.", "1 hr (sessions 4 and 5 together)"],
        ["6", "Sat 15 Mar", "30 mins - observed by my college tutor", "Review of the three outcomes. Till on his own all morning last week. Feedback from J.", "Tutor's feedback 15 mins, then 30 mins with Kath"],
        ["Total", "", "6 x 30 mins = 3 hrs", "", "6 x 30 mins = 3 hrs"],
    ),
    P("""J came in the Saturday after (22 March) and we had 15 minutes while I signed his DofE form - not a
      mentoring session, not counted."""),
    H(1, "Section 3 - Review own progress"),
    P("""After session 1 Kath asked me how much of the 30 minutes I had talked for. I guessed half. It was
      probably more. In sessions 2 and 3 I tried to ask him what he thought first and then wait, and
      the waiting was hard because he is quiet and I fill silences. By session 5 he was telling me
      what he wanted to do next, which was the books."""),
    P("""The missed Saturday in February annoyed me at first but Kath said it was a chance to talk about
      reliability without telling him off, and that went well in session 3 - he said nobody had told
      him what to do if he couldn't come."""),
    P("""Combining the supervision for sessions 4 and 5 was not ideal: by the 8th I'd forgotten some of
      what happened on the 1st. My tutor watched session 6 and said my questions were good but I
      answered the last one myself. Areas to improve: leaving silences; writing notes straight
      after, not at closing time; agreeing at the start what happens if he can't come."""),
    P("Candidate declaration: I confirm that this diary is my own work. Julie Fenwick, 22 March 2025."),
]

CASE = Case(
    name="r22a_d202_hospiceshop_pdf",
    unit="D2.02",
    kind="legacy-questions",
    files=[SourceFile("Fenwick D2.02 mentoring diary.pdf", BLOCKS)],
    labels={},  # practice log only
    expected_checks={
        "declaration": True,  # "Candidate declaration: I confirm that this diary is my own work. Julie Fenwick"
        "evidence_matrix": None,  # D2.02 is a legacy diary unit: no portfolio evidence matrix expected
        # Clean: Julie Fenwick the learner; Kath her supervisor (named where the diary asks); J the
        # mentee's initial; the till volunteer, his mum and the tutor unnamed; Alnwick a place.
        "identifying": [],
        # 25 Jan agreeing meeting "about 40 minutes" - "not one of my six sessions ... haven't counted it".
        # 1 Feb "30 mins" 30; 8 Feb "30 mins" 30; 15 Feb "did not come in" 0; 22 Feb "35 mins" 35;
        # 1 Mar "30 mins" 30; 8 Mar "45 mins" 45; 15 Mar observed "30 mins" 30.
        # 30 + 30 = 60; + 35 = 95; + 30 = 125; + 45 = 170; + 30 = 200 (6). Total row "6 x 30 mins = 3 hrs".
        # Not: 22 Mar 15 mins signing the DofE form ("not a mentoring session, not counted").
        "minutes": 200,
        "sessions": 6,
        "individuals": 1,  # J
        # 29 Jan phone call with Kath "20 minutes" 20; after 1 "30 mins" 30; after 2 "25 mins" 25;
        # 15 Feb none; after 3 "30 mins" 30; after 4 "see session 5" 0; after 5 "1 hr" 60;
        # after 6 tutor's feedback "15 mins" 15 and Kath "30 mins" 30.
        # 20 + 30 = 50; + 25 = 75; + 30 = 105; + 60 = 165; + 15 = 180; + 30 = 210. Total row "3 hrs".
        "supervision_minutes": 210,
    },
    about="Children's hospice charity shop manager; D2.02 PDF diary with an agreeing meeting not counted, a pre-session supervisor call, a DNA Saturday redone, supervision cut short, combined and followed by tutor feedback, an overrun, and a Total row of 6 x 30 mins for both columns; declaration; clean.",
)
