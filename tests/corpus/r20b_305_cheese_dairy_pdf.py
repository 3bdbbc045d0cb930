"""8587-305 reflective journal as PDF: a Somerset farmhouse cheese dairy's production manager, six planted details.

Fenella Draycott, Production Manager at a farmhouse cheese dairy near Shepton Mallet in
Somerset, reflects on mentoring two of her team for her ILM Level 3 Certificate: Mentee 1, an
agency worker from Portugal now a permanent make-room team leader, and Mentee 2 ("M2"), a
dairy operative moving into the maturing store. Own headings with the AC in brackets, a development
plan table, then an appendix of photo captions and a pasted e-mail. No declaration in this
file (it is on her cover sheet).

Planted (6): Mentee 1's full name, Portuguese with a cedilla, in a photo caption ("Tiago
Gonçalves"); his first name alone in the feedback passage ("Tiago"); the team's nickname for
him ("Gonzo"); M2's line manager, the head cheesemaker, in the pasted e-mail's From line ("Hope
Castellanos") and her sign-off ("Hope"; every lower-case "hope" is the verb); and her
mobile in the e-mail's signature block ("07700 900 236").

Clean but tricky: the learner's own name on the title block; her supervisor in the
Supervisor line her centre asks for ("Ruth Okonedo"); cheeses named like people (the
dairy's own Old Ebenezer and Lady Agnes, Baron Bigod, Cornish Yarg, Stinking Bishop);
Montgomery's and Westcombe, the Specialist Cheesemakers Association, the World Cheese
Awards, West Country Farmhouse Cheddar PDO, the Royal Bath & West Show; Cheddar Gorge,
Shepton Mallet; Tetra Pak, Kilner; Clutterbuck's stages, GROW, Egan's
SOLER, the Johari window, Honey and Mumford, Kolb, Gibbs, Schön; Microsoft Teams.
"""

from .case import Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "Unit 8587-305 Reflecting on my mentoring skills"),
    P("Fenella Draycott – Production Manager – ILM Level 3 Certificate in Effective Coaching and Mentoring"),
    P("Supervisor: Ruth Okonedo (accredited mentoring supervisor, via the centre)"),
    P("""Mentees: Mentee 1 – Make Room Team Leader (permanent since November 2024, previously
      agency); Mentee 2 (M2) – Dairy Operative moving into a Maturing Store Assistant role."""),

    H(1, "1. Looking at the evidence: how effective was my mentoring? (1.1)"),
    P("""Between October 2024 and March 2025 I mentored Mentee 1 for seven sessions and M2 for
      six, about thirteen hours in total, mostly in the farm shop's back room on Monday
      afternoons once the day's make is in the moulds. I have looked at three kinds of evidence: my
      session records, my two supervision sessions with Ruth, and feedback from both
      mentees and, with M2's agreement, from her line manager."""),
    P("""Records. My log shows that Mentee 1 met his main goal – to run the make room crew of
      six on his own, including the hygiene briefing in English. He ran the whole Old
      Ebenezer cheddar make through January with no batch held back by the lab.
      M2's goal was to be signed off on grading and turning in the maturing store; she is
      half way.
      The records are detailed on what the mentees did but thin on my own part, and the
      session in February where M2 cried is written up in one line."""),
    P("""Supervision. In my first supervision Ruth asked why all of Mentee 1's goals were
      practical and none were about how he felt leading people who had been his friends on the
      agency shift before. I had avoided it because it felt like prying. In the second, she pointed
      out that with M2 I was acting as a go-between with the head cheesemaker rather than helping her
      speak for herself."""),
    P("""Feedback. Tiago's feedback form gave me 5/5 on every question and his comment was
      "she believes me before I believe me". M2's form was more mixed: 3/5 for "I felt my
      mentor kept what I said private", because I had mentioned her timing problems to the
      head cheesemaker – I meant well, but it broke the contract. The head cheesemaker's e-mail (Appendix
      2) shows the outside view: M2 is more confident in the store but still comes to the
      head cheesemaker through me."""),
    P("""Overall, the mentoring was effective for Mentee 1 and partly effective for M2, where
      my own behaviour got in the way."""),

    H(1, "2. Strengths and areas for improvement (1.2)"),
    P("""Knowledge: I know the herd, the cheese and the people, and I know Clutterbuck's
      stages well enough to see that M2 and I never properly left "direction setting". My
      gap is knowledge of ethics: I had not read the EMCC code before this unit."""),
    P("""Skills – communication: I explain things simply, which matters with a team for
      whom English is often a second language; I used pictures and the curd itself rather
      than the Specialist Cheesemakers Association code. Interpersonal: I build rapport quickly. Area for
      improvement: I am uncomfortable with strong feelings and move the conversation on."""),
    P("""Behaviour: I am reliable – no session cancelled even at the Christmas peak – and I am
      warm. But I protect people too much, which is how I ended up talking about M2 to the
      head cheesemaker. Using the Johari window with Ruth, my blind spot is that I think of
      "helping" as doing things for people."""),

    H(1, "3. Questioning, listening and communication: where next? (2.1)"),
    P("""Questioning: my questions are mostly open, but when the answer is slow I turn them
      into closed ones. Strategy: allow silence, use a scaling question to help when
      someone is stuck, and try one "what would it take?" question per session."""),
    P("""Listening: Egan's SOLER comes naturally, but I listen for the solution. Strategy:
      summarise feelings back, and in the first ten minutes of each session do not offer
      any idea of my own."""),
    P("""Communication: with Mentee 1 I relied on demonstration, which suits his Activist
      style (Honey and Mumford), but it meant we rarely wrote goals down. Strategy: agree
      written goals in plain English and in Portuguese using the translation app, and send
      them on Microsoft Teams after each session. Reflecting with Gibbs and Kolb after each
      session, not just at the end, would have shown me these patterns sooner; Schön's
      reflection-in-action is what I want to build."""),

    H(1, "4. My six-month development plan, April – September 2025 (2.2)"),
    T(
        ["What", "How", "When", "Measure of success"],
        ["Holding silence and open questions", "One 'what would it take?' per session; count my closed questions from a recording", "April – June 2025", "Closed questions under a third of the total in a recorded session reviewed with Ruth in June"],
        ["Working with emotion", "Read and discuss a chapter on emotions in mentoring with Ruth; practise summarising feelings", "By end of May 2025", "Both mentees score 'I could talk about anything' 4 or more in July"],
        ["Ethics and contracting", "Read the EMCC code; re-contract with M2 including what goes to the head cheesemaker", "April 2025", "New contract signed by M2 and me; no breaches by September"],
        ["Mentoring across languages", "Bilingual goal sheets for agency team leaders before the autumn peak", "By August 2025", "Goal sheets used with the new team leaders in September"],
        ["Supervision", "Every two months with Ruth, one recording each time", "April, June, August 2025", "Three sessions held with actions followed up"],
    ),

    H(1, "Appendix 1 – Photos"),
    P("""Photo 1: The farm shop back room set up for a Monday mentoring session. The cheeses on
      the shelf are our Old Ebenezer cheddar and Lady Agnes soft cheese, next to a Baron
      Bigod and a Cornish Yarg we stock for the shop."""),
    P("""Photo 2: Tiago Gonçalves leading the cheddaring demonstration in the make room,
      January 2025, with the crew's curd knives and Kilner jars of starter laid out."""),
    P("""Photo 3: M2 turning cheeses in the maturing store (face turned away). Behind her are the
      Tetra Pak cartons for the whey trial and a Stinking Bishop from the Christmas order."""),
    P("""Note: the crew call Mentee 1 "Gonzo", which he says he likes; in the session on 13
      January he said being called by his nickname by people he now manages was part of
      the problem."""),

    H(1, "Appendix 2 – E-mail from M2's line manager (pasted with M2's consent)"),
    P("From: Hope Castellanos"),
    P("Sent: 18 March 2025 16:02"),
    P("Subject: RE: M2 – quick feedback for your ILM"),
    P("""Hi Fen, happy to help. She's definitely more confident in the store – graded it
      solo twice last week with the World Cheese Awards samples going out, no
      issues. What I'd still like is for her to come to me directly when something's wrong
      rather than via you. That's the bit I hope the mentoring can shift before the
      West Country Farmhouse Cheddar PDO inspection in May. Happy to chat.
      Hope"""),
    P("Hope Castellanos | Head Cheesemaker | m. 07700 900 236"),
    P("""I hope the evidence above shows that I have learned most from what went wrong with M2.
      Visits to Montgomery's and Westcombe with both mentees, and the Royal Bath & West
      Show, are booked for May and June. (Cheddar Gorge walk for the whole team on 2 May.)"""),
]

CASE = Case(
    name="r20b_305_cheese_dairy_pdf",
    unit="8587-305",
    kind="structured-pdf",
    files=[SourceFile("Draycott 305 reflective journal.pdf", BLOCKS)],
    labels={},
    expected_checks={
        "declaration": False,
        "evidence_matrix": None,
        # Not: Fenella Draycott / Fen (learner), Ruth Okonedo / Ruth (supervisor on the
        # centre's line), Old Ebenezer / Lady Agnes / Baron Bigod (cheeses), Montgomery's,
        # Westcombe, Kilner, Tetra Pak, M2, lower-case "hope", theorists.
        "identifying": ["Tiago", "Tiago Gonçalves", "Gonzo", "Hope Castellanos", "Hope", "07700 900 236"],
    },
    about="Somerset cheese dairy production manager's 305 PDF journal, planted: Portuguese mentee 'Tiago Gonçalves' in a photo caption, 'Tiago' in the feedback, nickname 'Gonzo', head cheesemaker 'Hope Castellanos'/'Hope' in a pasted e-mail beside the verb hope, her mobile; cheeses named like people, supervisor on the form clean.",
)
