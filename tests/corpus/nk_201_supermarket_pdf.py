"""8584-201 Developing Mentoring Skills: a discount supermarket assistant manager's portfolio (PDF).

Kerry Bamforth is an Assistant Store Manager at an Aldi store in Wombwell, near Barnsley, and
mentors a new Store Assistant for three and a half hours over four sessions. She uses the
handbook's diary template, codes the mentee "Mentee 1" in the Client Ref/ID box and in her
account, but typed the mentee's printed name into the "Signature of Mentee" box, and in her
self-review slips into the mentee's first name, which is also a word.

Planted (2): the mentee's name on the signature line ("Summer Hinchliffe") and her first
name alone in the review ("Summer"). No season is ever written as "summer" in the text.

Clean but tricky: her own name as mentor and signature, her tutor named in the tutor-meeting
box and again by first name in the same section, the centre's info@ address; Aldi, Lidl,
Specialbuys, the Christmas advert's Kevin the Carrot, Meadowhall, Barnsley, Wombwell,
Doncaster Road, Christmas Eve and the August bank holiday, job titles (Store Manager, Area
Manager, Store Assistant), theorists (Kolb, Honey and Mumford, Whitmore's GROW, the CEDAR
feedback model), an evidence matrix with capitalised headings.
"""

from .case import B, Case, H, P, SourceFile, T

PORTFOLIO = [
    H(0, "Unit 201 Developing Mentoring Skills – Portfolio of Evidence"),
    P("Learner: Kerry Bamforth   ILM registration number: R6630195"),
    P("Centre: Dearne Valley Skills Hub (info@dearnevalleyskills.co.uk)"),
    H(1, "Evidence Matrix"),
    T(
        ["AC", "Evidence", "Page"],
        ["1.1, 1.2", "Mentoring Plan and Agreed Goals", "1-2"],
        ["2.1, 2.5", "Mentoring Diary and Session Records", "2-3"],
        ["2.2 - 2.4", "Questioning, Feedback and Trust", "3-4"],
        ["3.1 - 3.3", "Self-Review, Tutor Meeting, Development Plan", "4-5"],
    ),
    H(1, "1.1 Mentoring Plan"),
    P("""I work at the Aldi store on Doncaster Road in Wombwell. Our Store Manager asked me to
      mentor a new Store Assistant who started in September. She is eighteen, it is her first
      job, and she was finding the speed on the tills hard. Who: Mentee 1. What: support with
      till speed and confidence on the shop floor. When: four sessions on Tuesday afternoons,
      after the lunchtime rush and before the evening delivery. Where: the staff room, with
      the door shut. Frequency: weekly, then a final review two weeks later. I checked with the
      Area Manager that the time could come out of the training budget."""),
    H(1, "1.2 Agreed Goals"),
    B("Session 1 and 2 goal: reach the store's scan-rate target on three shifts in a row by the end of October."),
    B("Session 3 and 4 goal: run the Specialbuys aisle reset on a Thursday with no help by mid-November."),
    H(1, "2.1 Mentoring Diary"),
    T(
        ["Name of Mentor", "Kerry Bamforth"],
        ["Client Ref/ID", "Mentee 1"],
        ["Start Date of Activity", "7 October 2025"],
        ["Total number of hours completed", "3.5 hours"],
        ["Signature of Mentor", "K. Bamforth"],
        ["Signature of Mentee", "Summer Hinchliffe"],
    ),
    T(
        ["Session", "Date", "Length", "Summary and actions"],
        ["1", "Tue 7 Oct", "1 hour", "Agreement, confidentiality, what is hard about the tills. Action: note scan rate each shift."],
        ["2", "Tue 14 Oct", "45 minutes", "Looked at her scan-rate notes. She noticed she slows down when there is a queue. Action: try the two-hand technique."],
        ["3", "Tue 21 Oct", "1 hour", "Target hit twice. Talked about the Specialbuys reset and how to plan it. Action: shadow Thursday reset."],
        ["4", "Tue 4 Nov", "45 minutes", "Review of goals. Reset done with a little help. Action: lead the next reset alone."],
    ),
    H(1, "2.2 Questioning and Listening"),
    P("""I asked open questions such as "What happens to your hands when the queue builds up?"
      and "What would help you feel calmer on a busy Saturday?" I listened for how she talked
      about the customers. In session 2 she went quiet when I asked about Saturdays, so I
      waited instead of filling the silence. She then told me a customer had shouted at her the
      week before. If I had kept talking I would never have found that out. Whitmore's GROW
      model gave each session a shape: goal, reality, options and the way forward."""),
    H(1, "2.3 Feedback"),
    P("""I used the CEDAR model for feedback after I watched her on the till: context,
      examples, diagnosis, actions and review. I told her the context (the 4pm rush), gave
      two examples of what I saw, asked her what she thought was going on, and we agreed
      actions together. She said she liked being asked before being told. At session 4 she
      gave me feedback too: that I talk fast when I am busy."""),
    H(1, "2.4 Building Trust"),
    P("""I told her at the start that what she said stayed between us unless she was at risk. I
      kept to that when the Store Manager asked how she was getting on: I only said she was
      doing well. I also told her about my first Christmas Eve on the tills, when I cried in the
      warehouse after a customer threw a turkey crown at me. Lidl or Aldi, every new starter
      has a day like that."""),
    H(1, "2.5 Records"),
    P("""I kept the diary above and wrote a short note after each session. The notes are in a
      locked cabinet in the manager's office. I used Mentee 1 in the notes."""),
    H(1, "3.1 Review of My Performance"),
    P("""What went well: she hit her scan-rate target three times by the end of October and
      did the Specialbuys reset nearly on her own. Even better if: I asked fewer questions
      at once. Summer told me in the last session that the most useful thing was being
      allowed to say she was struggling without feeling stupid. Honey and Mumford's
      questionnaire says I am a Pragmatist, which explains why I want to fix things quickly.
      Kolb's cycle helped me see that she learns best by trying it on the till and then
      talking about it, not by me explaining first."""),
    H(1, "3.2 Meeting with My Tutor"),
    T(
        ["Tutor name", "Anwen Pryce-Jones"],
        ["Date and length", "Wednesday 12 November 2025, 1 hour, Barnsley"],
        ["Purpose", "Review my mentoring sessions and plan my development as a mentor"],
        ["Agreed outcomes", "Ask one question at a time; slow down; mentor a second colleague"],
    ),
    P("""Anwen said my records were clear but that my goals could be more measurable. We agreed
      I would use the store's own KPIs as measures next time."""),
    H(1, "3.3 Development Plan"),
    T(
        ["What I will develop", "How", "By when"],
        ["One question at a time", "Write my key question down before each session", "December 2025"],
        ["Slow down", "Ask the mentee to tell me if I rush", "January 2026"],
        ["Mentor again", "Mentor the next new starter after the August bank holiday", "September 2026"],
        ["Learn from others", "Visit the mentoring scheme at the Meadowhall store", "March 2026"],
    ),
    P("""I also want to help with the induction for the Christmas temps, when the store gets
      busy and Kevin the Carrot is on every screen."""),
    P("Declaration: I confirm this portfolio is my own work. Kerry Bamforth, 20 November 2025"),
]

CASE = Case(
    name="nk_201_supermarket_pdf",
    unit="8584-201",
    kind="portfolio",
    files=[SourceFile("Bamforth K 201 portfolio.pdf", PORTFOLIO)],
    labels={},
    expected_checks={"declaration": True, "evidence_matrix": True, "identifying": ["Summer Hinchliffe", "Summer"]},
    about="Discount supermarket assistant manager's 201 portfolio PDF: the mentee's printed name in the Signature of Mentee box and her wordlike first name in the review; Aldi, Lidl, Kevin the Carrot, Barnsley places, tutor on the form and by first name.",
)
