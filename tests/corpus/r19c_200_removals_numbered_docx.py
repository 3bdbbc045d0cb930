"""8584-200 Understanding Mentoring: a removals firm's crew supervisor, unstyled DOCX.

Dean Whitlock is a crew supervisor at the Leeds depot of a removals and storage firm and is
about to mentor two new porters (Mentee A and Mentee B). He typed the whole report in Normal
style and pasted the brief's task wording above every answer, numbered four different ways:
"Q1.1", "Question 1.2", "AC 1.3/1.4" (one answer for both: barriers and their fixes in the
same paragraphs), "2.1)" with a skills table, "2.2 -", "Q2.3", "Question 2.4", "AC2.5",
then bare "3.1", "3.2", "3.3". The brief's "Task 2 In this task..." and "Task 3 ..." lead-ins
are left in. The pasted task text shares most of its words with the criteria, so the
question's words are never the answer. The benefits answer (1.2) runs to four paragraphs:
three situations for the porters, then a paragraph on what the firm gets out of it (the
"benefits" look-alike), with the label in the second situation. Trust (2.5) is touched on
in the listening answer too, but answered under AC2.5. Signed declaration.

Clean: the mentees are Mentee A and Mentee B; the transport planner, HR and the depot
manager appear by role only. Not identifying: the learner's own name, Leeds, GROW, Whitmore.
"""

from .case import Case, P, SourceFile, T

BLOCKS = [
    P("ILM Level 2 Award in Effective Mentoring - Unit 200 Understanding Mentoring"),
    P("Written report - Dean Whitlock, Crew Supervisor, Leeds depot"),
    P("""Background: we are a family-owned removals and storage company with four depots.  Most new porters
      come to us through an agency, and a lot of them do not last beyond the first month. The
      depot manager has started a mentoring scheme for new starters and I have been asked to
      mentor two of them, who I will call Mentee A and Mentee B in this report."""),

    P("""Q1.1 Considering your new mentoring role in supporting individuals, describe the essential
      parts of the work and the main activities."""),
    P("""My job as a mentor is to be the person a new porter can come to with anything about
      the work, without it going straight to their manager. I am not their boss on the day
      (that is whoever is crew chief on their wagon) and I am not there to train them in the
      formal sense, because the manual handling and vehicle safety courses do that. The
      essential parts are helping them settle in, helping them work out what they want from
      the job, passing on what I have learned in eighteen years of moves, and giving honest
      feedback. The main activities will be a sit-down every two weeks in the depot canteen,
      working on the same crew once a fortnight so I can see how they are getting on, and
      helping them set and review small goals. I also have to know when to point them to HR or the safety rep. Mostly it is about getting them to think a job through
      for themselves instead of waiting to be told where every box goes."""),

    P("""Question 1.2 Outline the main benefits of the mentoring you are about to undertake by
      describing at least three situations where the mentoring will add value."""),
    P("""The first situation is the first fortnight on the wagons. New porters are often worn out,
      sore and embarrassed that they can't keep up with the lads who have done it for years. A
      mentor can reassure them this is normal, show them the tricks for lifting and carrying
      on stairs, and stop them either giving up or hurting themselves trying to prove
      something."""),
    P("""The second situation is dealing with customers on a difficult day. A lot of our work is
      emotional for the customer: a divorce, a bereavement clearance, an elderly lady moving
      into a care home after fifty years in the same house. New porters do not know what to
      say, and some go quiet and look rude. With a mentor they can talk it through afterwards,
      learn what helps, and next time feel confident to chat to the customer and handle
      their things with care. That is a real benefit to them because it is the part of the
      job that nobody teaches on a course."""),
    P("""The third situation is progression. Several of our drivers started as porters. A mentee who wants their C1 licence or to be a crew chief can use the
      mentoring to plan how to get there."""),
    P("""There are benefits to the company as well, which is why the depot manager is backing it:
      fewer damage claims, fewer injuries and fewer new starters walking out in week three."""),

    P("""AC 1.3/1.4 There are likely to be potential barriers which will affect the success of your
      mentoring. Outline two or more and explain why they are each a potential barrier.
      Provide an explanation of how to overcome each of the potential barriers to effective
      mentoring that you have identified."""),
    P("""Time and rotas. We are out on jobs from seven in the morning, sometimes until late, and
      the mentee and I will often be on different wagons in different towns. If we never see
      each other the mentoring stops before it starts. To get round this I will ask the
      transport planner to put us on the same wagon one day a fortnight, and we will do the
      sit-down at the end of that day instead of trying to find a separate slot."""),
    P("""The culture. Removals is still a bit old school, with a lot of "just get on with it" and
      banter. Nobody wants to be the one who can't lift, so a new porter may hide that they
      are struggling or hurt rather than say so. I will deal with this by going first: telling
      my mentee about my own bad first month, when I dropped a wardrobe down a stairwell, so
      it is obvious that admitting things is allowed. I will also keep what they tell me
      between us, so it does not turn into depot gossip."""),
    P("""Language. Some agency porters have English as a second language, so I will slow down,
      show rather than tell, and ask them to explain it back."""),

    P("Task 2 In this task, you are now considering how best to prepare yourself for the practical mentoring."),
    P("""2.1) Consider the key skills you need to be effective in your role as a mentor. Present a
      minimum of two of these skills in a table which gives essential information about those
      skills."""),
    T(["Skill", "What it means", "Why it matters with new porters"],
      ["Listening", "Giving full attention, not interrupting, noticing what is not said",
       "They will only tell me about a bad back or a problem with the crew chief if they feel heard"],
      ["Questioning", "Open questions to get them thinking, closed ones to check facts",
       "Helps them work out the answer instead of me just telling them"],
      ["Demonstrating", "Showing a technique properly and safely",
       "Show it once, then let them have a go while I watch"],
      ["Giving feedback", "Specific, timely and balanced comments on what they did",
       "So they know what to keep doing and what to change"],
      ["Patience", "Staying calm when they get it wrong",
       "Everyone is slow to begin with and shouting just makes them leave"]),

    P("""2.2 - Select a model or process that you are planning to follow with an individual in your
      mentoring sessions and describe how it will work in your organisation or situation."""),
    P("""I will use the GROW model (Whitmore), which has four stages. Goal: what they want to get
      out of this. Reality: where they are now. Options: what they could do. Will (or Way
      forward): what they will actually do and by when. In our depot it would go like this
      with a new porter at our first proper session. Goal - I would ask, what would a good
      first month look like for you? Reality - what has gone well on the jobs so far, and what
      has been hard? Options - if stairs are the problem, the refresher course or the
      two-person strap. Will - which of those will you do, and when shall we check? At the next
      sit-down we start by looking at what they said they would do."""),

    P("""Q2.3 Explain how you are going to use your knowledge of questioning and listening techniques
      effectively in mentoring individuals."""),
    P("""A lot of my best conversations with new lads have happened in the cab on the way back from
      a job, and I think that is because it is easier to talk side by side in the cab than
      sat across a table. I will use that. I will use open questions like "how did you find
      the customer today?" to get them talking, probing questions like "what made it harder?"
      to dig into a problem, and closed questions only to check facts or safety, for example
      "did you report it?". When I listen I will put my phone away, let them finish, and then
      summarise back what I heard so they know I got it and can correct me. I will also leave silences. Listening properly is also part of building trust, which I cover below."""),

    P("""Question 2.4 Part of your role will be to give feedback to individuals. Describe how you will
      do this in an effective way."""),
    P("""Feedback will be given as soon as I can after the job, while it is fresh, but always in
      private and never in front of the customer or the rest of the crew. I will be specific
      about what I saw, for example "you wrapped the dining table but the legs were not padded
      where they touched the tail lift", say what the effect was, and ask them what they would
      do differently. I will start by asking how they think it went, because they often know
      already. Positive feedback counts too."""),

    P("""AC2.5 It will take time to develop trust with individuals in mentoring situations, describe
      what can be done to achieve this."""),
    P("""Trust comes from doing what I say I will do: if I say I'll ring on Thursday, I ring on
      Thursday. I will also set out at the start what mentoring is and is not, so there are no
      surprises, and explain that what they tell me stays private unless it is about someone's
      safety, theft, or drink or drugs at work, which I would have to pass on. I will role
      model the behaviour I want, such as taking my share of the heavy lifts and owning up to
      my own mistakes. And I will let them make decisions, so they feel I respect them, not
      that I am checking up on them for the office."""),

    P("Task 3 In this task, you are making sure that you are fully prepared for the mentoring and you are selecting relevant documents to complete."),
    P("""3.1 Explain your method for planning effective mentoring sessions and how you will plan to use
      any forms or templates as evidence."""),
    P("""Before each session I will look at the rota on the Friday before, so I know we are on the
      same wagon and can book the canteen's corner table for the end of the day. I will re-read last time's notes and actions. The first session is for agreeing how we will work, using the centre's
      mentoring agreement template. After each session I will fill in the session record
      template together with my mentee in the last five minutes, and keep a short reflective
      log for myself. These forms will be my evidence for the practical unit."""),

    P("""3.2 Select at least two goals that would be agreed between you and the individual you are
      mentoring and describe what you would consider for the goals to become effective."""),
    P("""Goal one: complete the heavy items module (pianos, safes and American fridge freezers) and
      do three heavy-item jobs with an experienced crew by the end of week six. Goal two: lead
      the inventory and wrapping on a three-bedroom house move by the end of month three, with
      no damage reported. For goals to work they have to be the mentee's own, not mine, and
      they need to be specific, measurable, achievable with the jobs we actually get, relevant
      to what they want, and have a date on them (SMART). """),

    P("""3.3 Give reasons for the selection of records that the mentor is required to keep,
      identifying examples, and explaining the main considerations in keeping those records."""),
    P("""I will keep the signed mentoring agreement, session records with agreed actions, the
      mentee's goals, and my own reflective log. The agreement is kept because it shows what we
      both signed up to if there is a disagreement later. Session records let us see progress
      over time and stop the same issues going round in circles, and count as evidence. The reflective log helps me improve. The main considerations are
      confidentiality and data protection (UK GDPR): the records are about a real person, so
      I will use initials not names, keep paper copies in the locked drawer in the depot
      office, let the mentee see anything I write about them, and destroy them when the scheme and
      my assessment are finished."""),

    P("Declaration: I confirm that this report is my own work. Signed: Dean Whitlock. Date: 14/05/2025"),
]

CASE = Case(
    name="r19c_200_removals_numbered_docx",
    unit="8584-200",
    kind="numbered-unstyled",
    files=[SourceFile("Whitlock D Unit 200 report.docx", BLOCKS)],
    labels={
        "1.1": "getting them to think a job through for themselves",
        "1.2": "next time feel confident to chat to the customer",
        "1.3": "Nobody wants to be the one who can't lift",
        "1.4": "ask the transport planner to put us on the same wagon",
        "2.1": "Show it once, then let them have a go while I watch",
        "2.2": "what would a good first month look like for you?",
        "2.3": "easier to talk side by side in the cab",
        "2.4": "never in front of the customer or the rest of the crew",
        "2.5": "if I say I'll ring on Thursday, I ring on Thursday",
        "3.1": "look at the rota on the Friday before",
        "3.2": "lead the inventory and wrapping on a three-bedroom house move",
        "3.3": "keep paper copies in the locked drawer in the depot office",
    },
    expected_checks={"declaration": True, "evidence_matrix": None, "identifying": []},
    about="Removals firm crew supervisor's 200 as unstyled Word: brief's task text pasted above each answer numbered 'Q1.1', 'Question 1.2', 'AC 1.3/1.4' (one joint answer), '2.1)', '2.2 -', 'AC2.5', bare '3.1'; Task 2/3 lead-ins left in; skills table; benefits with a firm-benefits look-alike; clean.",
)
