"""8584-200 Understanding Mentoring: a leisure centre swim school coordinator's assignment, DOCX, three planted details.

Rhiannon Pugh (ILM reg. 44102987), swim school coordinator at a council leisure centre in
Bridgend, answers 1.1 to 3.3 under the criteria as headings, using her own mentoring of a
new swimming teacher as the running example.

Planted (3): the 1.3 barriers answer calls the mentee's line manager "Mr Okafor" (a third
party named, titled surname); the 2.4 feedback example names a parent who complained as
"D. Whitlock" (initial and surname); and the 3.3 records answer pastes the mentee's mobile
number from the contact sheet, "07700 900317".

Clean but tricky: the learner's own name and number, the tutor named on the cover sheet
(Tutor: Alun Rees), Clutterbuck, Megginson, Egan, Kolb, the GROW model, the Johari window,
Swim England, the Aneurin Bevan pool (a pool named after a person), Halo Leisure,
Legend (booking software), the Ospreys, Porthcawl, "my mentee", days and months.
"""

from .case import B, Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "Unit 8584-200 Understanding Mentoring – Written Assignment"),
    T(
        ["Learner", "Rhiannon Pugh"],
        ["ILM registration no.", "44102987"],
        ["Centre", "Bridgend College Business Training"],
        ["Tutor", "Alun Rees"],
        ["Date submitted", "12 May 2025"],
    ),

    H(1, "1.1 The role of an effective mentor"),
    P("""A mentor is a more experienced person who helps someone else learn and grow by
      sharing experience and, more importantly, by helping them think things through for
      themselves. Clutterbuck (2004) describes the mentor as offering "off-line help" –
      somebody outside the line management chain who the mentee can be honest with. In my
      job at Halo Leisure I mentor new swimming teachers in their first term. The role is to
      listen, to challenge gently, to act as a sounding board, to open doors (for example
      getting them onto Swim England CPD) and to be a role model on poolside. An effective
      mentor does not tell the mentee what to do; they help the mentee find their own
      answer and keep what is said confidential within agreed limits."""),

    H(1, "1.2 How mentoring can benefit mentees in a range of situations"),
    P("""New starter: my mentee joined in January from a lifeguard role and had never taught.
      Having someone to debrief with after each Saturday lesson meant she settled much faster
      and her confidence grew because she could make mistakes safely."""),
    P("""Promotion: when one of our senior teachers stepped up to Deputy Swim School Manager,
      being mentored by the Aquatics Manager at another site helped her learn the budgeting
      side and the politics of the role without feeling judged by her own boss."""),
    P("""Returning to work: a teacher coming back after maternity leave was mentored for six
      weeks, which helped her catch up on the new Swim England Learn to Swim framework and
      rebuild her network."""),
    P("""In each case the benefit is the same underneath: Megginson and Clutterbuck (2005)
      say mentoring speeds up learning and builds confidence, and that is exactly what we
      see on poolside."""),

    H(1, "1.3 Potential barriers"),
    B("Time – lessons run back to back on a Saturday and there is no natural gap."),
    B("""The line manager not supporting it – Mr Okafor, her manager on the early shift,
      thought the sessions were "a chat over coffee" and kept putting her on cover."""),
    B("Lack of trust at the start, especially if the mentor is more senior."),
    B("Mismatched expectations: the mentee expecting to be told what to do."),
    B("Noise and lack of a private space – the Aneurin Bevan pool viewing gallery is not private."),

    H(1, "1.4 Overcoming the barriers"),
    P("""For time, we booked a fixed slot (Tuesday 1pm, a quiet lesson-free hour) and put it on
      the Legend rota system as a non-teaching block so it could not be overwritten. For the
      manager issue I explained to him what mentoring is and what the centre gains, and
      showed him the agreement; once he saw it was planned with goals he stopped moving her.
      For trust and expectations we used a written agreement in the first meeting covering
      confidentiality, who leads and what mentoring is not. Using the Johari window at the
      start helped too, because I shared something about my own first year teaching, which
      opened up the "hidden" area on both sides. For the space problem we moved to the small
      first aid room behind reception, door closed."""),

    H(1, "2.1 Key skills of an effective mentor"),
    B("Active listening"),
    B("Open and probing questions"),
    B("Building rapport and trust"),
    B("Giving balanced, specific feedback"),
    B("Goal setting (SMART)"),
    B("Organisation and record keeping"),
    B("Self-awareness and knowing the limits of the role"),

    H(1, "2.2 A mentoring model"),
    P("""I use the GROW model (Whitmore, 2009). Goal: what does the mentee want from this
      session and overall? Reality: where are they now, what is happening on poolside?
      Options: what could they do, brainstorming without judging. Will (or Way forward):
      what will they actually do, by when, and how will we know? In our third session my
      mentee's goal was to manage a group of eight Stage 3 children without shouting; we
      spent most of the time on Options and she chose to try a whistle signal and a
      "freeze on the wall" rule, which she tried the next Saturday. I also use Egan's
      Skilled Helper stages when a session is more about a problem than a goal."""),

    H(1, "2.3 Questioning and listening"),
    P("""Open questions ("What happened when…?", "How did that feel?") get the mentee talking,
      probing questions dig into the detail, and a summary at the end checks I have got it
      right. Listening means giving full attention – phone face down, facing them, nodding,
      not planning my answer while they talk. Reflecting back her own words, for example
      "so you felt the parents were watching you, not the children", often gets the mentee
      to go deeper than another question would. Silence is useful as well: if I wait, she
      usually fills the gap with the thing that really matters."""),

    H(1, "2.4 Giving feedback"),
    P("""Feedback should be timely, specific, balanced and about behaviour, not personality.
      I ask the mentee to assess herself first, then add what I saw. When a parent,
      D. Whitlock, complained that her child had been left at the shallow end for too long,
      I did not just pass on the complaint: I asked my mentee what she had noticed in that
      lesson, then described what I had seen from the gallery, and we agreed one change
      (rotating the lane every five minutes). Kolb's cycle fits well here because feedback
      turns an experience into reflection and a plan to try something different."""),

    H(1, "2.5 Developing trust"),
    P("""Trust comes from doing what you say you will do, keeping confidences, being honest
      about your own mistakes and never using what is said in mentoring against the mentee.
      I made it clear at the start that nothing she told me would go to her manager unless
      it was a safeguarding matter. Small things matter – turning up on time, remembering
      what she said last week (her brother plays for the Ospreys academy, which became our
      ice-breaker) and following up on actions."""),

    H(1, "3.1 Planning effective sessions"),
    P("""Planning starts before the first meeting: agree the purpose with the organisation,
      book a private room and a regular time, and prepare the agreement. Each session then
      needs a rough structure – check in, review actions, the main topic, agree new actions
      – but the mentee sets the agenda. I send a short message two days before asking what
      she wants to cover, which means she arrives having thought about it and we do not
      waste the first twenty minutes. Planning also means thinking about the end: we agreed
      eight sessions to the end of the summer term and a review at session four."""),

    H(1, "3.2 Examples of goals"),
    B("To teach a Stage 1 class on her own, using the lesson plan, by half term."),
    B("To complete the Swim England Level 2 teaching qualification by September."),
    B("To handle a parent's complaint on poolside calmly, using the centre's procedure, within six weeks."),

    H(1, "3.3 Records required"),
    P("""Records needed are the mentoring agreement, a contact sheet, a log of sessions (date,
      length, topics, actions) and any review notes. They matter because they show progress
      to the mentee, protect both parties if there is a disagreement about what was agreed,
      and are evidence for my ILM course. They must be kept securely under GDPR – ours sit
      in a locked drawer in the swim office, not on the shared drive. My contact sheet for
      this mentoring has her mobile (07700 900317), emergency contact and the agreed session
      times, and it is destroyed when the mentoring ends."""),

    H(1, "Learner declaration"),
    P("I declare that this assignment is my own work. Signed: Rhiannon Pugh, 12/05/2025, Porthcawl."),
]

CASE = Case(
    name="nn_200_swim_school_planted_docx",
    unit="8584-200",
    kind="structured-docx",
    files=[SourceFile("R Pugh 8584-200 assignment.docx", BLOCKS)],
    labels={
        "1.1": "somebody outside the line management chain",
        "1.2": "Having someone to debrief with after each Saturday lesson",
        "1.3": "Mismatched expectations: the mentee expecting to be told",
        "1.4": "put it on the Legend rota system as a non-teaching block",
        "2.1": "Self-awareness and knowing the limits of the role",
        "2.2": "spent most of the time on Options",
        "2.3": "phone face down, facing them, nodding",
        "2.4": "I ask the mentee to assess herself first",
        "2.5": "which became our ice-breaker",
        "3.1": "asking what she wants to cover",
        "3.2": "handle a parent's complaint on poolside calmly",
        "3.3": "protect both parties if there is a disagreement",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": None,
        "identifying": ["Mr Okafor", "D. Whitlock", "07700 900317"],
    },
    about="Swim school coordinator's 200 DOCX: line manager 'Mr Okafor', parent 'D. Whitlock', mentee's mobile in the records answer; tutor in cover table, Aneurin Bevan pool, Halo Leisure, Legend, Ospreys, Clutterbuck/Megginson/Whitmore/Egan/Kolb, GROW, Johari clean.",
)
