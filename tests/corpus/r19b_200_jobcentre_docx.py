"""8584-200 Understanding Mentoring in Word: a Jobcentre work coach team leader's assignment, four planted details.

Declan Furey, Work Coach Team Leader at a Jobcentre in Bolton, answers the unit 200 tasks
under "Task 1.1 ..." Heading 2s, illustrating theory with his mentoring of a new work coach
last year. Most of the time she is "the new work coach" or "my mentee", but:

Planted (4): her full name when he introduces the example in 1.2 ("Priya Raghunathan"); her
first name alone in 2.4 (as "Priya's appointment") and again in 2.5 ("Priya"); a claimant by
a first name that is also a London district and a football club ("Chelsea"), in the feedback
example; and her mobile typed without spaces in the records answer ("07700900275").

Clean but tricky: the learner's own name in the cover table and the declaration; his tutor
where the cover table asks ("Sandra Whitticase"); job titles in capitals (WORK COACH, TEAM
LEADER, CUSTOMER SERVICE LEADER); DWP, Jobcentre Plus, Universal Credit, Restart, Access to
Work; Bolton places (Le Mans Crescent, the Market Place, Royal Bolton Hospital); Clutterbuck,
Megginson, Kram, Whitmore's GROW, Egan's SOLER, Rogers, Downey, Kolb, Honey & Mumford, Luft &
Ingham's Johari window, Maslow; "Customer X" and "Claimant B" as pseudonyms.
"""

from .case import Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "Understanding Mentoring – Unit 8584-200"),
    T(
        ["Learner name", "Declan Furey"],
        ["ILM registration no.", "60992375"],
        ["Job title", "WORK COACH TEAM LEADER, Jobcentre Plus (Bolton)"],
        ["Tutor / assessor", "Sandra Whitticase"],
        ["Date submitted", "12 May 2025"],
    ),

    H(1, "Section 1 – The role of the mentor and the benefits of mentoring"),
    H(2, "Task 1.1 The role of an effective mentor"),
    P("""A mentor is a more experienced person who helps someone else learn and grow in their
      role by sharing experience, asking questions and encouraging them to find their own
      way (Clutterbuck, 2004). An effective mentor is not the mentee's manager: in my
      Jobcentre a TEAM LEADER manages performance, while a mentor is there for the person's
      development. The role includes agreeing what the mentoring is for, listening more than
      talking, being a sounding board, sharing how they handled similar situations without
      telling the mentee what to do, giving honest feedback, keeping things confidential and
      knowing when to refer the mentee elsewhere, for example to the Employee Assistance
      Programme. Megginson and Clutterbuck describe the mentor as helping with "significant
      transitions in knowledge, work or thinking", which for a new WORK COACH is the jump
      from a script to real conversations with claimants."""),
    H(2, "Task 1.2 How mentoring benefits those being mentored"),
    P("""When Priya Raghunathan joined my team last spring as a new work coach after six years
      in retail, I was asked to mentor her through her first six months. Mentoring helped her
      in several situations. As a new starter it gave her someone outside her line
      management to ask the "daft" questions about Universal Credit rules. When she was
      preparing for her first Restart referral panel it helped her plan what she would say.
      And when she had a difficult claimant it gave her somewhere safe to think it through
      afterwards. In other situations mentoring helps people returning from long-term sick
      or maternity leave, people moving into a CUSTOMER SERVICE LEADER role, and people from
      under-represented groups who are thinking about promotion. The benefits are
      confidence, faster learning, a wider network and feeling valued."""),
    H(2, "Task 1.3 Potential barriers to effective mentoring"),
    P("""Barriers include lack of time (our appointment diaries are full from 8.30 to 4.30),
      no private space in an open-plan office on the Market Place, the mentor also being the
      mentee's manager, mismatched expectations, poor listening, the mentee not being
      committed, and confidentiality worries in a small office where everyone knows
      everyone."""),
    H(2, "Task 1.4 How to overcome the barriers"),
    P("""Time can be protected by booking sessions as "development" in the diary so they are
      not overwritten. For space we used an interview room at the back, and once met at the
      library in Le Mans Crescent. Having someone from another team as mentor gets round the
      manager problem. A clear agreement at the start sets expectations and confidentiality,
      and regular reviews let either person say if it isn't working."""),

    H(1, "Section 2 – What makes a mentor effective"),
    H(2, "Task 2.1 Key skills"),
    P("""Active listening; open questioning; building rapport; giving constructive feedback;
      empathy; patience; goal setting; being organised; keeping confidentiality; knowing
      your own limits; and self-awareness, which the Johari window (Luft and Ingham) helps
      with."""),
    H(2, "Task 2.2 A mentoring model"),
    P("""I used the GROW model (Whitmore, 2017): Goal – what do you want from this session or
      from the mentoring? Reality – where are you now? Options – what could you do? Will –
      what will you do, and when? Around the sessions I followed Kram's phases: initiation,
      cultivation, separation and redefinition. Our mentoring moved through all four; by the
      end she was mentoring a newer colleague herself."""),
    H(2, "Task 2.3 Questioning and listening"),
    P("""Open questions ("What happened next?", "What would a good outcome look like?")
      encourage the mentee to think. Probing questions dig deeper, and a scaling question
      ("out of 10, how confident are you?") helps measure progress. Closed questions are
      useful for checking facts. For listening I use Egan's SOLER (sit squarely, open
      posture, lean in, eye contact, relaxed), summarising and reflecting back, and I try not
      to fill silences. Rogers' idea of empathic understanding reminds me to listen to the
      feeling as well as the facts. Downey's spectrum shows how far towards "telling" I can
      go – in mentoring I try to stay at the asking end."""),
    H(2, "Task 2.4 Giving feedback"),
    P("""Feedback should be specific, timely, balanced and about behaviour, not personality. I
      use the situation-behaviour-impact approach. For example, a claimant, Chelsea, had
      walked out of Priya's appointment in tears after being told her payment would be
      sanctioned. I asked my mentee first how she thought it went, then said specifically
      that she had explained the rules accurately but had read from the screen without
      looking up, and the claimant may have felt she wasn't being heard. We agreed she would
      explain the decision face to face and then show the screen. I ended with what she did
      well, which was following the safeguarding process afterwards."""),
    H(2, "Task 2.5 Developing trust"),
    P("""Trust comes from keeping confidentiality, doing what you say, being honest about your
      own mistakes and not judging. Early on I told her about a claimant I had got wrong in
      my first year. Priya later told me that was the moment she felt she could be honest
      with me. Trust also needs boundaries: I explained at the start what I would have to
      pass on, such as a safeguarding concern, so there were no surprises."""),

    H(1, "Section 3 – Organising mentoring"),
    H(2, "Task 3.1 Planning effective sessions"),
    P("""Before each session I reread my notes, thought about where the mentee was in their
      goals and booked a private room for an hour. At the start we set the agenda together
      and at the end agreed actions and the next date. Thinking about Honey and Mumford's
      learning styles helped me plan: my mentee was a Pragmatist, so we practised real
      conversations rather than talking about theory. Kolb's cycle reminded me to leave
      time for reflection. I also thought about Maslow – if a mentee is worried about their
      own money or health – one of my team spent a month visiting a parent on the wards at
      the Royal Bolton Hospital – that comes before development goals."""),
    H(2, "Task 3.2 Examples of goals"),
    P("""Examples: to complete a new claim interview unaided within six weeks; to handle a
      sanction conversation calmly using the agreed three-step explanation by the end of
      the month; to refer two claimants to Access to Work by the next review; to shadow a
      Restart provider meeting by the end of the quarter."""),
    H(2, "Task 3.3 Records required"),
    P("""Records should include the mentoring agreement, a short note of each session (date,
      length, topics, actions), goals and progress against them, and any feedback. They
      must be stored securely and in line with GDPR and DWP data rules, and shared only as
      agreed. Examples like Customer X or Claimant B should be anonymised. I learned this
      the hard way: I kept my mentee's mobile number, 07700900275, in my own paper notebook
      with the session notes, and left the notebook on a desk. Nothing happened, but now
      everything goes into a protected folder on the work system and personal numbers are
      not written down."""),

    H(1, "References"),
    P("Clutterbuck, D. (2004) Everyone Needs a Mentor. 4th edn. London: CIPD."),
    P("Downey, M. (2003) Effective Coaching. 2nd edn. London: Texere."),
    P("Egan, G. (2014) The Skilled Helper. 10th edn. Belmont: Brooks/Cole."),
    P("Kram, K. (1985) Mentoring at Work. Glenview: Scott Foresman."),
    P("Whitmore, J. (2017) Coaching for Performance. 5th edn. London: Nicholas Brealey."),

    H(1, "Declaration"),
    P("""I confirm that this assignment is my own work and that all sources have been
      acknowledged. Signed: Declan Furey. Date: 12/05/2025."""),
]

CASE = Case(
    name="r19b_200_jobcentre_docx",
    unit="8584-200",
    kind="structured-docx",
    files=[SourceFile("D Furey 8584-200 assignment.docx", BLOCKS)],
    labels={},
    expected_checks={
        "declaration": True,
        "evidence_matrix": None,
        # Not: Declan Furey (learner), Sandra Whitticase (tutor where the cover asks), the
        # GROW stage "Will", Customer X / Claimant B, Le Mans Crescent, theorists and authors.
        "identifying": ["Priya Raghunathan", "Chelsea", "Priya", "07700900275"],
    },
    about="Jobcentre work coach team leader's 200 DOCX with Task headings, planted: the new work coach's full name in 1.2, 'Priya's'/'Priya' later, a claimant 'Chelsea', her mobile unspaced in 3.3; tutor in the cover table, capitalised job titles, GROW's 'Will', DWP/Universal Credit, Bolton places, theorists clean.",
)
