"""8584-200 Understanding Mentoring: a creamery's packing hall team leader, PDF with "Question N (AC)" headings and one question missed.

Craig Haverstock is team leader in the packing hall of a cheese creamery in the Yorkshire
Dales, about to mentor a new starter. He copied the assignment brief's question numbering
into his headings as "Question 1 (1.1)" to "Question 12 (3.3)", with his answer as prose
underneath; the skills answer (2.1) is a small table with a sentence after it. He missed
Question 11 (3.2, examples of goals) altogether: the headings jump from Question 10 (3.1) to
Question 12 (3.3), and nowhere does he give example goals (3.1 says only that goals are agreed
at the first meeting). The centre's declaration lines at the end are left blank (unsigned).

Planted (1): a colleague by first name alone, the previous team leader who mentored him
("Bernie"), named twice. Clean but tricky: his own name, his tutor named on the cover where
it asks, the creamery ("Dales Fold Creamery"), cheeses and places that look like names
(Wensleydale, Swaledale, Hawes, Northallerton), the BRC audit, GROW, Egan's SOLER and the
"Mentee" he has not met yet.
"""

from corpus.case import Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "Unit 8584-200 Understanding Mentoring - Assignment"),
    P("Learner: Craig Haverstock    Tutor: Mrs J. Alderson    Centre: Swale Training Partnership"),
    P("""Organisation: Dales Fold Creamery, Hawes, packing hall (wrapping and labelling Wensleydale and
      Swaledale for the supermarkets). Word count approx. 1,650."""),

    H(1, "Question 1 (1.1)"),
    P("""An effective mentor is an experienced person who supports someone newer to help them
      grow in their job, by listening, asking questions and sharing experience, not just by
      telling them what to do. In my new mentoring role the main activities will be: meeting
      the new starter regularly, agreeing with them what they want to work on, helping them set
      goals and check progress, giving honest feedback, being someone they can come to with
      problems they would not take to the shift manager, and keeping simple records. The mentor
      is not the person's boss in the sessions. A big part of the role is being a good example
      on the line, for instance always doing the metal detector checks properly even when we
      are behind, because a new starter copies what they see, not what they are told."""),

    H(1, "Question 2 (1.2)"),
    P("""Mentoring can benefit people in lots of situations. Three from our creamery:"""),
    P("""A new starter. The packing hall is noisy, fast and full of rules about hygiene and
      allergens. A new starter with a mentor learns the unwritten stuff faster (where to stand,
      who to ask) and is less likely to leave in the first month, which a lot of our agency
      staff do."""),
    P("""Someone stepping up. When an operator becomes a line leader they suddenly have to tell
      their mates what to do. A mentor who has done it can help them work out how to handle
      that without falling out with everyone. This is what happened to me when I was made up
      and Bernie, who ran the packing hall before me, mentored me through it."""),
    P("""Someone coming back. A colleague coming back after long-term sickness or maternity leave
      may have lost confidence and missed changes to the lines. A mentor can help them catch
      up at their own pace and rebuild confidence without it being a disciplinary thing."""),

    H(1, "Question 3 (1.3)"),
    P("""Time is the biggest barrier, because the lines run on a tight schedule and if the
      supermarket orders come in late everything else gets dropped, including mentoring. Shift
      patterns are the second, because I am on days and new starters often start on lates, so
      we might hardly overlap. The third is the relationship: if the mentee sees me as a
      team leader who reports back to the shift manager, they will not be honest about what
      they are struggling with. A fourth is noise, the hall is so loud that you cannot have a
      proper conversation anywhere near the lines."""),

    H(1, "Question 4 (1.4)"),
    P("""For time, I will book the sessions in the production plan as a fixed half hour, the same
      as a training slot, so the shift manager cannot just cancel them, and if one has to be
      moved it is rebooked the same week. For shifts, I will ask for the new starter to do their
      first month on days, and if not we will meet at the changeover at two o'clock. For the
      relationship, I will be clear at the first meeting about what stays between us and what I
      would have to pass on (food safety and anyone's safety), and I will not mentor anyone in my
      own team. For noise, we will use the training room by the canteen, not the office, which
      feels like being called in."""),

    H(1, "Question 5 (2.1)"),
    T(
        ["Skill", "What it looks like", "Why it matters"],
        ["Listening", "Eye contact, not interrupting, nodding, summarising back", "They feel heard and tell you the real problem"],
        ["Questioning", "Open questions, one at a time", "They think it through themselves"],
        ["Giving feedback", "Specific, about the work not the person", "They know what to keep and what to change"],
        ["Building rapport", "Being friendly, remembering things they said", "They will come to you"],
        ["Organising", "Booking sessions, keeping notes", "Nothing falls through the cracks"],
    ),
    P("""Of these I think listening is the one people forget is a skill, because everyone thinks
      they already do it."""),

    H(1, "Question 6 (2.2)"),
    P("""I plan to use the GROW model because it is simple and we already use it in team leader
      training. Goal: what the mentee wants to get out of this session or this month. Reality:
      where they are now, what has happened, what they have tried. Options: all the different
      things they could do, where I try to get them to come up with the ideas and only add
      mine at the end. Way forward (or Will): what they are actually going to do and by when.
      In the packing hall it would work like this: a new starter comes in saying the labeller
      is getting on top of them, and I would ask first what they want to get out of the half
      hour. Reality is they can run it with someone watching but panic when the film
      snaps. Options could be practising threading on the spare machine, watching a night shift
      operator, or writing their own checklist. Way forward might be two practice sessions on
      the spare labeller before Friday. Next session we start by checking how that went."""),

    H(1, "Question 7 (2.3)"),
    P("""I am going to use open questions to get the mentee talking, like "How did the first week
      go?" or "What was the hardest part of that shift?", rather than closed ones like "Was it
      OK?" which just get a yes. Probing questions help me get to the bottom of something, for
      example "What happened just before the line stopped?" I will use closed questions only to
      check facts. For listening I will use Egan's SOLER (sit squarely, open posture, lean in,
      eye contact, relaxed), which is why the quiet room matters. I will summarise back what I
      heard to check I have understood it and so they know I was listening. I am going to try
      to leave silences, because at work I usually jump in with the answer and then the
      mentee never works it out for themselves."""),

    H(1, "Question 8 (2.4)"),
    P("""I will give feedback as soon as possible after something happens, in private, never on
      the line in front of others. I will start by asking them how they think it went, then say
      something specific they did well, then one thing to improve, and finish with what they
      can do next time. I will keep it about what they did, not about them as a person, for
      example "you didn't check the date code on the first pack" not "you're careless". Most of
      our new starters have had bad experiences of being shouted at in previous jobs, so
      feedback from a mentor needs to feel like help, not a telling off. I will also ask them
      for feedback on me."""),

    H(1, "Question 9 (2.5)"),
    P("""Trust takes time. I will build it by keeping to what we agree, turning up on time and not
      cancelling, and keeping what they tell me confidential (apart from the safety exceptions
      I will explain on day one). Being honest about my own mistakes helps. Bernie told me once
      about the time he mislabelled a whole pallet of Wensleydale as Swaledale and it went to
      the depot in Northallerton, and after that I felt I could tell him anything. I would do the
      same. A barrier to trust here is that the mentee knows I am a team leader, so I will not
      mentor anyone I manage and I will never bring up something from a session in a work
      situation."""),

    H(1, "Question 10 (3.1)"),
    P("""Before the first session I will ask the new starter to fill in a short form about their
      experience, what they find hard, and when suits them, and I will look at their induction
      checklist. At the first meeting we will go through a mentoring agreement that says how
      often we meet (weekly for the first month, then fortnightly), where (the training room),
      how long (half an hour), what is confidential and how either of us can end it, and we
      will agree what they want to work on and their goals. Before each session I will re-read
      my notes and their actions from last time so we can pick up where we left off, and I will
      book the room and the slot in the production plan. I will plan sessions round the BRC
      audit week because nobody has time that week."""),

    H(1, "Question 12 (3.3)"),
    P("""I need to keep the signed mentoring agreement, a short record of each session (date,
      time, how long, what we talked about, actions agreed) and the goals. The reasons are that
      it shows what was agreed if there is ever a disagreement, it lets both of us see progress
      over time, and I can use it for my own development and my next ILM unit. The main things
      to think about are confidentiality and data protection: the records should only say what
      is needed, be agreed with the mentee, be kept in a locked drawer or a password-protected
      file and not on my phone, and not be shown to the shift manager without the mentee's
      permission. They should be destroyed once the mentoring is finished and no longer
      needed, in line with GDPR."""),

    H(1, "Learner declaration"),
    P("I confirm that the work submitted is my own and that I have acknowledged all sources used."),
    P("Learner signature: ______________________    Date: ____________"),
]

CASE = Case(
    name="x_8584_200_creamery_questions_pdf",
    unit="8584-200",
    kind="structured-pdf",
    files=[SourceFile("Haverstock C 8584-200 assignment.pdf", BLOCKS)],
    labels={
        "1.1": "always doing the metal detector checks properly even when",
        "1.2": "is less likely to leave in the first month",
        "1.3": "new starters often start on lates, so we might hardly overlap",
        "1.4": "book the sessions in the production plan as a fixed half hour",
        "2.1": "listening is the one people forget is a skill",
        "2.2": "two practice sessions on the spare labeller before Friday",
        "2.3": "which is why the quiet room matters",
        "2.4": "feedback from a mentor needs to feel like help",
        "2.5": "I will never bring up something from a session",
        "3.1": "I will plan sessions round the BRC audit week",
        "3.2": None,
        "3.3": "not be shown to the shift manager without the mentee's permission",
    },
    expected_checks={
        "declaration": False,
        "evidence_matrix": None,
        "identifying": ["Bernie"],
    },
    about="Creamery packing hall team leader's 200 PDF under 'Question N (AC)' headings, skills table with a sentence after it, Question 11 (3.2 goals) missing entirely, blank unsigned declaration lines; a colleague's first name planted twice among cheese and place names.",
)
