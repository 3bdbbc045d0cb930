"""8584-200 Understanding Mentoring: a garden centre's plant area team leader, PDF assignment with the ACs pasted as headings.

Callum Brereton leads the plants team at an independent garden centre near Chester and is
about to mentor seasonal staff. His centre's template pastes each assessment criterion as a
heading ("AC 1.1 Describe the role of an effective mentor") and he answers underneath in
short paragraphs, a numbered list for the key skills (2.1), and a small two-column table of
barriers and how to overcome them that covers 1.3 and 1.4 together (the barrier column answers
1.3, the "how I'd overcome it" column 1.4). Word count line and a signed declaration at the end.

Planted (1): his own first mentor, a former manager and so a third party, by full name in his
description of the mentor's role ("Brenda Hollis").

Clean but tricky: his own name at the top and in the declaration; the garden centre
("Meadowbank Garden Centre"), the RHS, HR; plant cultivars with person-like names (Rosa
'Gertrude Jekyll', Clematis 'Nelly Moser', Hydrangea 'Annabelle'); places (Chester,
Tattenhall); models (GROW, Egan's SOLER); "a new starter ... herself" with no name; job
titles; months and weekdays.
"""

from corpus.case import Case, H, P, SourceFile, T

BARRIERS = T(
    ["Barrier", "How I'd overcome it"],
    ["Time - in spring the plant area is flat out and there is never a quiet hour", "Book sessions before opening at 8.30 on Tuesdays, the quietest day, and protect them on the rota like a delivery slot"],
    ["The mentee being worried the mentor will report back to the manager", "Agree at the first meeting what stays between us and what doesn't, and stick to it so they see it is true"],
    ["Age gap - a 17-year-old Saturday worker may not want to open up to someone in their thirties", "Meet somewhere informal like the cafe, let them pick the topics, and share my own mistakes from when I started"],
    ["Mentor being the mentee's team leader as well", "Be clear which hat I have on, and if a problem is really about performance, handle it separately outside the mentoring"],
)

BLOCKS = [
    H(0, "ILM Level 2 Award in Effective Mentoring Skills"),
    P("Unit 8584-200 Understanding Mentoring - Assignment"),
    P("Learner: Callum Brereton    Organisation: Meadowbank Garden Centre, Tattenhall, near Chester"),

    H(1, "AC 1.1 Describe the role of an effective mentor"),
    P("""A mentor is someone with more experience who helps another person learn and develop
      in their job or career, mostly by helping them think things through rather than
      telling them what to do. An effective mentor listens, asks good questions, shares
      their own experience when it helps, gives honest feedback and encourages the mentee
      to set their own goals and take responsibility for them. They also keep things
      confidential, are reliable about turning up, and know where the line is between
      mentoring and managing. When I started in horticulture my mentor was Brenda Hollis,
      who ran the houseplants department. She never once told me how to do something
      without first asking me how I would do it, and that is the kind of mentor I want to
      be. An effective mentor also knows when to point the mentee to someone else, such as
      HR or the first aider, rather than trying to sort everything out themselves."""),

    H(1, "AC 1.2 Describe how mentoring can benefit those being mentored in a range of situations"),
    P("""New starters: a new seasonal worker in March has to learn hundreds of plant names,
      watering rotas and the till in a few weeks. A mentor helps them settle in faster,
      gives them someone safe to ask "stupid" questions, and makes it more likely they will
      stay for the whole season instead of leaving after a fortnight."""),
    P("""Someone stepping up: when a plant area assistant becomes a supervisor, mentoring
      helps them build confidence in leading people they used to work alongside, and
      gives them a place to talk through difficult conversations before they have them."""),
    P("""Someone returning to work: one of our staff came back after a year off with her
      baby. A mentor can help someone in that situation catch up with what has changed,
      such as the new stock system, and rebuild confidence without feeling judged."""),
    P("""Apprentices and students: a young person doing a horticulture apprenticeship gets
      help linking what they learn at college to real work, for example why we pot on
      Hydrangea 'Annabelle' in April and not June, and support with their portfolio."""),

    H(1, "AC 1.3 Identify potential barriers to effective mentoring"),
    H(1, "AC 1.4 Explain how to overcome the potential barriers to effective mentoring"),
    P("""I have put these two together in a table because each barrier goes with how I would
      get round it."""),
    BARRIERS,
    P("""Overcoming barriers is mostly about setting things up properly at the start. If the
      time is protected on the rota, the mentee knows the sessions matter and will not feel
      guilty about stepping away from the benches. If confidentiality is agreed in the
      first meeting and kept, the worry about reporting back goes away after a couple of
      sessions, because the mentee sees nothing has come back to them."""),

    H(1, "AC 2.1 List the key skills required to be an effective mentor"),
    P("1. Active listening - giving full attention, not planning what to say next"),
    P("2. Questioning - mainly open questions that get the mentee thinking"),
    P("3. Giving constructive feedback that is specific and balanced"),
    P("4. Building rapport and trust"),
    P("5. Goal setting, including helping the mentee write SMART goals"),
    P("6. Patience and keeping calm when the mentee is slow to get there"),
    P("7. Organisation - keeping appointments and records"),

    H(1, "AC 2.2 Describe a mentoring model or process that can be followed when mentoring"),
    P("""The model I would use is GROW. Goal: the mentee says what they want to achieve, for
      the whole mentoring or just for this session. Reality: we look at where they are now,
      what they have already tried and what is getting in the way. Options: the mentee
      comes up with as many ways forward as they can, and the mentor adds one only if they
      are stuck. Will (or Way forward): the mentee picks an option, says exactly what they
      will do and by when, and how they will know it has worked. For example, a new starter
      whose goal is to answer customer plant questions without fetching me might decide, in
      the Will stage, to learn the ten best-selling shrubs by Friday and test herself on the
      labels. Each new session starts by looking at how the last Will went."""),

    H(1, "AC 2.3 Explain how to use questioning and listening techniques to support individuals being mentored"),
    P("""Open questions such as "what happened when you tried that?" get the mentee talking
      and thinking for themselves, which is how they learn. Probing questions ("what makes
      you say that?") help them get underneath the first answer. Closed questions are
      useful at the end to check an action ("so you'll do it on Thursday?"). For
      listening, I would use Egan's SOLER: sit squarely, open posture, lean in a little, eye
      contact, relaxed. Listening properly shows the mentee they matter, and when I
      summarise back what I heard, they often hear their own problem more clearly and
      correct me, which is when they start to solve it. Staying silent after a question
      gives them time to think instead of me filling the gap with my own answer."""),

    H(1, "AC 2.4 Describe how to give feedback within a mentoring role"),
    P("""Feedback should be given soon after the event, in private, and be about what the
      person did, not about them as a person. I would start by asking the mentee how they
      think it went, because people usually know. Then say what went well, specifically,
      for example "you asked the customer what her garden was like before recommending
      anything, which is exactly right", and then one thing to improve with a reason, and
      agree what they will do next time. Too many points at once and nothing sticks."""),

    H(1, "AC 2.5 Describe how the mentor can develop trust with individuals they are mentoring"),
    P("""Trust comes from doing what you say you will do. If I say I will find out about a
      course for someone and then forget, they stop believing the rest. Keeping
      confidences is the biggest part of it: nothing from a session turns up in a team
      meeting. Being honest about my own mistakes helps as well, like the time I watered
      the whole of the alpine bench with liquid feed at the wrong strength. Showing
      interest in the person, not just the job, and not judging what they tell me, all build
      trust over time."""),

    H(1, "AC 3.1 Explain how to plan for effective mentoring sessions"),
    P("""Planning starts before the first session: agree with the manager why the mentoring
      is happening, then with the mentee agree how often, how long and where. Before each
      session I would reread my notes from last time and the actions agreed, think about
      what questions to ask but not script it, and book a room or quiet spot where we will
      not be interrupted by customers. Planning matters because without it sessions turn
      into a chat on the shop floor and nothing changes. The plan also needs an end date and
      a review session so the mentee can see what they achieved."""),

    H(1, "AC 3.2 State examples of goals that would be agreed in an effective mentoring session"),
    P("""- To be able to use the stock system to check and order plants without help by the
      end of April."""),
    P("""- To give the talk on pruning Rosa 'Gertrude Jekyll' and Clematis 'Nelly Moser' at
      the June customer evening, with notes, in front of 20 people."""),
    P("""- To complete the RHS Level 2 theory unit by the end of the season."""),
    P("""- To handle a customer complaint on her own and record it correctly."""),

    H(1, "AC 3.3 Explain what records are required when mentoring an individual"),
    P("""Records needed are the mentoring agreement (what we agreed about meetings and
      confidentiality), the goals, and brief notes of each session with the actions
      agreed. Notes are needed because without them it is easy to forget what was agreed
      and the mentee's progress cannot be shown; they also protect both people if there is
      ever a disagreement about what was said. The mentee should see what is written about
      them, and records must be kept securely, in a locked drawer or password-protected
      file, and only kept as long as needed, because of data protection (GDPR)."""),

    P("Word count: 1,480"),
    P("""I declare that this assignment is all my own work. Signed: Callum Brereton
      Date: 12 May 2025"""),
]

CASE = Case(
    name="u_8584_200_garden_centre_pdf",
    unit="8584-200",
    kind="structured-pdf",
    files=[SourceFile("C Brereton 8584-200.pdf", BLOCKS)],
    labels={
        "1.1": "know where the line is between mentoring and managing",
        "1.2": "someone safe to ask \"stupid\" questions",
        "1.3": "Age gap - a 17-year-old Saturday worker",
        "1.4": "protect them on the rota like a delivery slot",
        "2.1": "Active listening - giving full attention",
        "2.2": "Each new session starts by looking at how the last Will went",
        "2.3": "they often hear their own problem more clearly",
        "2.4": "Too many points at once and nothing sticks",
        "2.5": "watered the whole of the alpine bench with liquid feed",
        "3.1": "turn into a chat on the shop floor and nothing changes",
        "3.2": "handle a customer complaint on her own",
        "3.3": "protect both people if there is ever a disagreement",
    },
    expected_checks={"declaration": True, "evidence_matrix": None, "identifying": ["Brenda Hollis"]},
    about="Garden centre team leader's 200 PDF with the ACs pasted as headings, 1.3 and 1.4 answered together in a barrier/overcome table, numbered skills list, GROW; a former manager's full name planted; plant cultivars named after people.",
)
