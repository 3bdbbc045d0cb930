"""8587-303 Reflecting on Coaching Skills: a building society branch manager's reflection and notes.

Deborah Akinola manages a building society branch in Huddersfield and coached two cashiers,
coded Coachee A and Coachee B in her reflection. Her typed appendix of coaching notes pastes
the contract with Coachee A's full name, and the reflection slips into her first name twice.

Planted: "Priya Ramaswamy" (the contract in the appendix), "Priya" alone (the reflection).

Traps: the society, its products and systems (Pennine Building Society, Flexi Saver,
Helix), the FCA and Consumer Duty, a consumer champion and his website, the Governor of the
Bank of England by role, the Area Director and a Mortgage Adviser by role, her tutor named
where the form asks, places (Huddersfield, Holmfirth, Kirkgate), Whitmore, Kline, Gibbs.
"""

from .case import B, Case, H, P, SourceFile, T

REFLECTION = [
    H(0, "Unit 303 – Reflection on my coaching practice"),
    T(
        ["Learner", "Deborah Akinola"],
        ["Registration number", "R3361940"],
        ["Tutor", "Graham Ouseley"],
    ),
    P("I confirm that this reflection and the appendix are my own work. D. Akinola"),
    H(1, "Background"),
    P("""I manage the Huddersfield branch of the Pennine Building Society, with a sub-branch
      in Holmfirth on Tuesdays and Fridays. From October to March I coached two cashiers who
      want to become Customer Advisers: Coachee A, who has been with us four years, and
      Coachee B, who joined from a bank on Kirkgate last summer. Both agreed to their
      sessions being used for this qualification."""),
    H(1, "1.1 The effectiveness of my coaching"),
    P("""I have looked at three kinds of evidence: my session notes (the appendix), the
      feedback each coachee gave at the end of every session, and my two supervision
      sessions with my tutor. I have also looked at what changed at work."""),
    P("""Coachee A's goal was to be confident recommending a savings product without
      checking every answer with me. By February she was having Flexi Saver conversations on
      her own and logging them correctly in Helix. The compliance check in March found no
      Consumer Duty issues with her notes, which is the measure the Area Director cares about.
      Priya told me in our last session that what changed was being asked what she already
      knew before anyone told her anything, and that matches my notes: the sessions where I
      taught were the ones where her scores did not move."""),
    P("""Coachee B's results are mixed. His goal was to understand mortgages well enough to
      pass enquiries to our Mortgage Adviser with the right information. He did that, but his
      feedback forms are short and polite, and in supervision my tutor asked whether I knew
      what he really thought. I did not. When I asked him directly in session six, he said he
      felt the coaching was a test. I think the contract I agreed with him was too close to a
      performance review, and the Area Director's interest in the outcome made it worse. A
      contract that reads like an appraisal gets appraisal answers back, and that is the
      lesson I take from Coachee B."""),
    H(1, "1.2 Strengths and areas for improvement"),
    B("Strength: preparation. I read my notes before every session and came with the right questions."),
    B("Strength: knowledge of the products, which helped when a coachee asked for information."),
    B("Area for improvement: I slip into teaching when a coachee is stuck; my notes show it in five sessions."),
    B("Area for improvement: interpersonal warmth with quieter people; Coachee B needed more time before he opened up."),
    B("Area for improvement: contracting with the sponsor, so the Area Director's interest does not turn coaching into assessment."),
    P("""My communication with customers is good; I have won the society's service award twice.
      Coaching asks for something else: less talking. Priya once said she could hear me
      choosing the next question while she was still answering, and she was right."""),
    H(1, "2.1 Future development: questioning, listening and communication"),
    P("""Kline's Time to Think has made me see that my listening is mostly waiting. I want to
      give full attention and not interrupt, even with help. I also want to use fewer
      leading questions. In my notes I wrote down every question I asked in one session
      and counted: eleven of nineteen had an answer built in. Whitmore's advice to ask
      questions that raise awareness, beginning with what, when, who and how much, gives me a
      simple test to use before I speak. With quieter coachees I will allow silence and use
      written reflection between sessions so they can think away from me."""),
    H(1, "2.2 Development plan (April to September 2025)"),
    T(
        ["Objective", "Action", "Timescale", "Measure of success"],
        ["Fewer leading questions", "Count my questions in one recorded session a month",
         "April to September 2025", "Fewer than one in four leading by September"],
        ["Listen without interrupting", "Practise Kline's thinking partnership with a peer manager",
         "May to July 2025", "Peer observer's notes show no interruptions"],
        ["Contract with sponsors", "Agree in writing what the Area Director is told",
         "Before the next coaching starts", "Three-way contract signed"],
        ["Reflect after every session", "Use Gibbs' cycle for ten minutes after each session",
         "From April 2025", "A written reflection for every session"],
    ),
    P("""I will review this plan with my tutor in June and September. Martin Lewis often says on
      his MoneySavingExpert site that the best financial decisions come from asking the right
      questions; the same is true of coaching, and I now think the Governor of the Bank of
      England could do with a coach as much as any cashier."""),
]

NOTES = [
    P("APPENDIX – COACHING NOTES (typed up from my notebook)"),
    P("COACHING CONTRACT"),
    P("Coachee: Priya Ramaswamy, Cashier, Huddersfield branch"),
    P("Coach: Deborah Akinola, Branch Manager"),
    P("""Purpose: to build confidence in savings conversations so that the coachee can move
      to Customer Adviser. Six sessions of 60 minutes, fortnightly, in the interview room
      after close on Wednesdays."""),
    P("""Confidentiality: what is said stays between us. The Area Director will be told dates
      of sessions and whether the goal was met, nothing else."""),
    P("Signed by both, 2 October 2024."),
    P("SESSION NOTES – COACHEE A"),
    T(
        ["Session", "Date", "Focus", "Coachee score (1-10)", "Action agreed"],
        ["1", "02/10/2024", "Contract and goal", "3", "List the questions customers ask most"],
        ["2", "16/10/2024", "Savings conversations", "4", "Role-play a Flexi Saver enquiry"],
        ["3", "30/10/2024", "Checking with me", "4", "Try one conversation without checking"],
        ["4", "13/11/2024", "What went well", "6", "Two conversations alone each week"],
        ["5", "27/11/2024", "Consumer Duty notes", "7", "Ask compliance for a sample check"],
        ["6", "11/12/2024", "Review and ending", "8", "Apply for the Customer Adviser role"],
    ),
    P("SESSION NOTES – COACHEE B"),
    T(
        ["Session", "Date", "Focus", "Coachee score (1-10)", "Action agreed"],
        ["1", "09/10/2024", "Contract and goal", "5", "Read the mortgage referral guide"],
        ["2", "23/10/2024", "Mortgage enquiries", "5", "Shadow the Mortgage Adviser for an hour"],
        ["3", "06/11/2024", "Information to pass on", "5", "Draft a referral checklist"],
        ["4", "20/11/2024", "Using the checklist", "6", "Use it for every enquiry for a fortnight"],
        ["5", "04/12/2024", "Feedback from the adviser", "6", "Ask the adviser which referrals lacked detail"],
        ["6", "15/01/2025", "How the coaching feels", "6", "Recontract: drop the scoring"],
    ),
    P("""SUPERVISION – summary of two sessions with my tutor (November and February):
      talking less; what my silence is for; the sponsor's influence on the contract."""),
]

CASE = Case(
    name="nv_building_society_303",
    unit="8587-303",
    kind="portfolio",
    files=[SourceFile("Akinola 303 reflection.docx", REFLECTION), SourceFile("Appendix - coaching notes.txt", NOTES)],
    labels={
        "1.1": "A contract that reads like an appraisal",
        "1.2": "choosing the next question while she was still answering",
        "2.1": "eleven of nineteen had an answer built in",
        "2.2": "Fewer than one in four leading by September",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": None,
        "identifying": ["Priya Ramaswamy", "Priya"],
    },
    about="Building society coaching reflection with a typed appendix: a coachee coded in the text but named in full in the pasted contract, her first name alone twice in the reflection; products, regulators, a consumer champion, roles.",
)
