"""8584-200 Understanding Mentoring: a county school meals service's area catering supervisor, Google Docs PDF.

Sharon Ellery is an area catering supervisor for a county council's school meals service and
looks after eleven primary school kitchens; she is about to mentor newly appointed kitchen
assistants. She wrote the assignment in Google Docs and downloaded it as PDF. It opens with a
contents table whose second column gives the ACs each numbered section covers and whose third
gives the page (an evidence matrix of sorts: every AC is mapped to a section and a page).
Her nine sections are numbered "1." to "9." and every heading ends with the criteria in
brackets ("(AC 1.3 & 1.4)"); several are long enough to wrap onto a second line in the PDF.
Her order is her own: planning and goals (3.1, 3.2) come straight after the barriers,
before the skills, the model, questioning, feedback and trust, and records last. Two
headings each cover two criteria, answered in separate paragraphs below them. The benefits
answer (1.2) is four paragraphs and its label is in the fourth (the third situation); the
model answer (CLEAR) has its label in the third of four paragraphs. Skills are a table, as
the task asks, with the label in a cell. An introduction and a conclusion mention every
topic in passing, a short reference list and a signed declaration close it.

Planted (2): a kitchen assistant she helped informally last year, by first name, in the
benefits answer ("Shannon"); a head teacher by title and surname in the barriers answer
("Mrs Ashdown"). Not identifying: the council and its service, the schools (named after
places), Hawkins (CLEAR), Whitmore, the Food Standards Agency, the learner's own name on
the cover and declaration.
"""

from .case import B, Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "Unit 200 Understanding Mentoring"),
    P("""ILM Level 2 Award in Effective Mentoring Skills. Sharon Ellery, Area Catering
      Supervisor (North), Kirkdale County Catering. Centre: Brackenfield Training. Submitted
      April 2025."""),
    H(1, "Contents"),
    T(
        ["Section", "Criteria covered", "Page"],
        ["Introduction", "-", "1"],
        ["1. What an effective mentor does in a school kitchen", "AC 1.1", "1-2"],
        ["2. How mentoring can help: three situations", "AC 1.2", "2"],
        ["3. Potential barriers and how I would overcome them", "AC 1.3, AC 1.4", "2-3"],
        ["4. Planning the sessions and the goals we would agree", "AC 3.1, AC 3.2", "3"],
        ["5. Key skills", "AC 2.1", "3"],
        ["6. The model I will follow", "AC 2.2", "4"],
        ["7. Questioning and listening", "AC 2.3", "4"],
        ["8. Feedback and trust", "AC 2.4, AC 2.5", "4-5"],
        ["9. Records", "AC 3.3", "5"],
        ["Conclusion, references and declaration", "-", "5"],
    ),

    H(1, "Introduction"),
    P("""Kirkdale County Catering cooks around 6,000 school lunches a day. I supervise eleven
      primary school kitchens in the north of the county, each run by a cook in charge with two
      to five kitchen assistants. Turnover among new kitchen assistants is high: of the
      fourteen we appointed last year, six had left within three months. My manager has asked
      me to start mentoring new starters in their first term. In this assignment I describe
      the role of a mentor and how mentoring can help, the barriers and how to overcome them,
      how I would plan sessions and set goals, the skills, model, questioning, listening,
      feedback and trust involved, and the records I would keep."""),

    H(1, "1. What an effective mentor does in a school kitchen (AC 1.1)"),
    P("""Mentoring is a supportive relationship in which a more experienced person helps someone
      else to learn and develop, mainly by helping them think things through rather than by
      telling them what to do. It is not the same as the training a cook in charge gives on
      the first day, and it is not supervision of their work. In our service the mentor would
      be someone outside the new starter's own kitchen, usually me or an experienced cook from
      another school, so that the new starter can talk freely about how things are going."""),
    P("""The main activities of an effective mentor are: meeting the new starter regularly and
      keeping to the times agreed; helping them work out what they want to get better at and
      setting goals with them; listening, asking questions and giving honest feedback;
      sharing my own experience of starting out when it helps; pointing them to the right
      people for things that are not mine to sort out, such as pay, HR or occupational health;
      keeping what they tell me confidential within agreed limits; and keeping simple records.
      An effective mentor also knows when to step back, so the mentee learns to stand on their
      own two feet behind the counter when the first sitting of Key Stage 1 comes through
      the door at ten to twelve."""),

    H(1, "2. How mentoring can help: three situations (AC 1.2)"),
    P("""Mentoring helps the person being mentored in different ways depending on their
      situation. I have picked three situations that happen in our kitchens every year."""),
    P("""Situation 1 - a new starter who has never worked in a kitchen. Many of our kitchen
      assistants are parents returning to work after a gap, because the hours fit school
      pick-up. They can feel out of their depth with the pace of service and the food
      hygiene rules. A mentor gives them a safe person to ask the "silly" questions, helps
      them set small goals for each week and builds their confidence, so they are more likely
      to stay past the first half term. Last year I kept an eye on Shannon at one of the
      village schools in this way, informally, and she is now the person her cook relies on."""),
    P("""Situation 2 - an assistant stepping up to cover as cook in charge. When a cook is off
      sick an experienced assistant sometimes covers. That is a big jump: ordering, the
      allergen matrix, dealing with the head teacher and the midday supervisors. Mentoring
      helps here by talking through what they are worried about before they start, and by
      reflecting afterwards on what went well, so that covering becomes a development step
      rather than a frightening week. The benefit is confidence and a route towards promotion."""),
    P("""Situation 3 - someone who has had a bad experience, for example a complaint from a
      parent or a telling-off after a food safety audit. Without support people often lose
      their confidence or leave. A mentor can help them look at what actually happened, keep
      it in proportion and plan what they will do differently, which turns a knock into
      learning. The benefit here is mostly about resilience and wellbeing, and keeping
      someone we have already trained instead of advertising again."""),

    H(1, "3. Potential barriers to mentoring new kitchen staff and how I would overcome them (AC 1.3 & 1.4)"),
    P("""I can see four potential barriers. Time: kitchen assistants are contracted for three
      or four hours a day, almost all of it in service or cleaning down, so there is no slack
      for a conversation. Place: most of our kitchens have no office, just the kitchen itself
      and a store room, and the school may not have a spare room. Role confusion: if the mentor
      is seen as "someone from the area office", the new starter may think anything they say
      goes straight back to their manager. And the school: one head teacher, Mrs Ashdown, told
      me last year that she did not want "extra adults" wandering round at lunchtime, which
      shows that schools can see mentoring as an intrusion."""),
    P("""To overcome time, I would ask the service to pay for a half hour after cleaning down,
      once a fortnight, as part of the new starter's induction hours, so it is not squeezed
      into their own time. To overcome the problem of place, we can meet in the school
      hall after lunch has been cleared, or at the area office if that is nearer their bus
      route. For role confusion I would explain at the very first meeting what I would and
      would not pass on, and put it in the agreement. With the schools, I would speak to the
      head teacher before the first session, explain that mentoring is about keeping good
      staff in their kitchen, and agree where and when I will be on site, so it feels like
      something done with them rather than to them."""),

    H(1, "4. Planning effective mentoring sessions and the goals we would agree (AC 3.1 and 3.2)"),
    P("""Planning starts before the first meeting. I would ask the cook in charge for a few
      lines on how the new starter is settling in and send the new starter a short "getting to
      know you" form asking what they found easy and hard in the first fortnight and what they
      would like help with. At the first meeting we would go through the form and fill in a
      mentoring agreement together: how often we meet (fortnightly for the first term), where,
      how long (thirty to forty minutes), confidentiality and how to cancel. Before each
      session I would reread my notes and the actions from last time, and think of two or
      three open questions, but let the mentee set the agenda. Timing matters: never on a
      Friday when the kitchen does the deep clean, and never in the week of a menu change."""),
    P("""Examples of goals we might agree, made SMART:"""),
    B("""Pass the Level 2 Food Hygiene e-learning by the October half term, with one practice
      test done in our session beforehand."""),
    B("""Run the salad bar on her own for a full sitting by week eight, checking the allergen
      labels herself against the matrix."""),
    B("""Speak up at the weekly kitchen huddle at least once a week by Christmas, for example
      about stock running low."""),
    P("""Each goal is about something you can see or check, and I would ask the mentee how
      committed they are to it on a scale of one to ten, so that we change a goal if it is
      not really theirs."""),

    H(1, "5. Key skills an effective mentor needs (AC 2.1)"),
    T(
        ["Skill", "Why it matters in our kitchens"],
        ["Active listening", "New starters often only say the real worry at the very end"],
        ["Open questioning", "Helps them work out their own answer instead of waiting to be told"],
        ["Giving feedback", "Specific feedback on what I saw at the serving hatch"],
        ["Empathy and being non-judgemental", "Many have been out of work for years and feel judged"],
        ["Goal setting and summarising", "Keeps each session on track and ends with an action"],
        ["Role modelling", "I must follow the hygiene rules I am mentoring them on"],
    ),

    H(1, "6. The model I will follow (AC 2.2)"),
    P("""I will use the CLEAR model developed by Peter Hawkins. It has five stages: Contract,
      Listen, Explore, Action and Review. I chose it over GROW (Whitmore) because it begins
      with a contracting stage and ends with a review, and in a thirty-minute session after
      cleaning down I need both to stop the conversation drifting."""),
    P("""Contract: at the start of each session we agree what the mentee wants to talk about
      and what they want to have by the end of the half hour. Listen: I let them describe the
      situation in their own words, without jumping in, and summarise back what I have
      heard."""),
    P("""Explore: I ask questions that help them understand the situation and think about what
      they could do, for example "What would the cook see if it was going well?" Action: the
      mentee chooses what they will do before our next session and says it in their own
      words, which I write on the session note. Review: at the end we look back at what has
      been useful in the session, and at the next session we start with how the action went."""),
    P("""In practice it would work like this: a new starter who finds the first sitting
      overwhelming would agree the focus (Contract), describe a typical lunch (Listen), look at
      which part is hardest and what she could prepare in advance (Explore), choose to have
      the pudding trays plated before twelve (Action), and next time we would start by
      reviewing whether it helped (Review)."""),

    H(1, "7. How I will use questioning and listening to support the mentee (AC 2.3)"),
    P("""Open questions starting with what, how or tell me about let the mentee explain in
      their own words and show me what they think, not what I think. I will use closed
      questions only to check facts, for example "Was that the Tuesday?", and probing
      questions to go deeper when something comes up, such as "What was it about that which
      upset you?". I will avoid leading questions like "You were fine with that, weren't
      you?" because they tell the mentee the answer I want. Active listening means giving
      my full attention in a noisy place: turning my back to the dishwasher and
      keeping eye contact, nodding, not looking at my phone, then summarising and
      reflecting back what I have heard so the mentee knows I have understood and can
      correct me. Used together, these help the mentee feel heard, think things through
      and come to their own solutions, which is the whole point of mentoring."""),

    H(1, "8. Giving feedback and developing trust (AC 2.4 and AC 2.5)"),
    P("""Feedback. I will give feedback as soon as possible after I have seen something, in
      private and never in front of the rest of the kitchen or the children. I will use the
      CEDAR approach: Context (what the feedback is about), Examples (what I actually saw),
      Diagnosis (asking the mentee why they think it happened), Actions (what they will do)
      and Review (checking at the next session). I will start by asking them how they
      thought it went, describe behaviour rather than personality, and include what went well
      as well as what to improve, so it is balanced and they can act on it."""),
    P("""Trust. Trust is built over time, not promised. I will set clear expectations at the
      start, including what stays between us and the few things I would have to pass on,
      such as a food safety risk or a safeguarding concern, and then stick to that. I will
      do what I say I will do, turn up on time and never cancel at the last minute.
      Sharing my own first week, when I put a whole tray of fish fingers in the wrong oven,
      shows I am human and was new once. I will respect their views, set boundaries (I am
      not their friend or their manager), and know where to refer them if they need more
      help than I can give, for example the council's employee assistance line."""),

    H(1, "9. Records a mentor needs to keep and why (AC 3.3)"),
    P("""I will keep the signed mentoring agreement, the "getting to know you" form, a short
      note of each session (date, length, what we discussed in outline, the goals and the
      actions agreed) and the mentee's feedback at the end. The mentee will have a copy of
      the agreement, their goals and the actions. These records are needed because they show
      the progress the mentee is making towards their goals, help me prepare for the next
      session and remind us both what was agreed, and show my manager that mentoring is
      happening, without giving away what was said. They also help me review my own
      performance as a mentor. Because they are about a person, they come under data
      protection: I will keep them in a locked drawer at the area office and on the
      council's secure drive, not on my own phone, write only what is needed and factual,
      let the mentee see anything I write about them, and shred them a year after the
      mentoring ends."""),

    H(1, "Conclusion"),
    P("""Writing this has helped me think about what mentoring new kitchen staff would really
      involve: the role and its benefits, the barriers and how to get round them, careful
      planning and SMART goals, and the skills of questioning, listening, feedback and
      building trust, all backed up by proper records. I am looking forward to starting
      with the September intake."""),
    H(1, "References"),
    P("Hawkins, P. and Smith, N. (2013) Coaching, Mentoring and Organizational Consultancy. 2nd edn. Maidenhead: Open University Press."),
    P("Whitmore, J. (2017) Coaching for Performance. 5th edn. London: Nicholas Brealey."),
    P("Food Standards Agency (2024) Safer Food, Better Business for caterers."),
    H(1, "Declaration"),
    P("I confirm that this assignment is my own work. Signed: Sharon Ellery. Date: 11/04/2025"),
]

CASE = Case(
    name="sm_200_school_catering_pdf",
    unit="8584-200",
    kind="structured-pdf",
    files=[SourceFile("Sharon Ellery - Unit 200 Understanding Mentoring.pdf", BLOCKS)],
    labels={
        "1.1": "pointing them to the right people for things that are not mine",
        "1.2": "keeping someone we have already trained instead of advertising again",
        "1.3": "shows that schools can see mentoring as an intrusion",
        "1.4": "meet in the school hall after lunch has been cleared",
        "2.1": "New starters often only say the real worry",
        "2.2": "What would the cook see if it was going well?",
        "2.3": "turning my back to the dishwasher",
        "2.4": "never in front of the rest of the kitchen or the children",
        "2.5": "a whole tray of fish fingers in the wrong oven",
        "3.1": "never on a Friday when the kitchen does the deep clean",
        "3.2": "Run the salad bar on her own for a full sitting",
        "3.3": "shred them a year after the mentoring ends",
    },
    expected_checks={
        "declaration": True,
        # the contents table maps every AC to a numbered section and a page
        "evidence_matrix": True,
        "identifying": ["Shannon", "Mrs Ashdown"],
    },
    about="School meals area supervisor's 200 as a Google Docs PDF: contents table mapping ACs to sections and pages, headings ending '(AC 1.3 & 1.4)' that wrap, 3.1/3.2 before 2.x, two double headings, 1.2 label in the 4th paragraph, CLEAR label in the 3rd of four, skills table, intro and conclusion naming every topic, planted 'Shannon' and 'Mrs Ashdown', signed declaration.",
)
