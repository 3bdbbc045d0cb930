"""8587-301 Understanding Good Practice in Mentoring: a family funeral business, PDF.

Marian Tolley is a funeral director and the training lead for a family-owned funeral
business with five branches in the Black Country. She mentors newly appointed funeral
arrangers, who meet bereaved families, through their first six months. Her essay is saved as
a PDF with plain lines of her own ("Front of house", "A first week", "Keeping each other
safe", "Looking back") that never name a criterion. What is tricky: the purpose is spread
over two paragraphs (the clearer one labelled); starting the relationship is told as the
story of one arranger's first week; the purpose of records is two sentences inside the
contracting paragraph; the model (Clutterbuck's stages with Tell, Show, Do) comes before the
tools and monitoring; barriers and ethics share a heading, each in its own paragraph; the
mentor's role comes late, and knowledge, skills and behaviours are a three-row table. Rolfe
and Schön are cited, the introduction and conclusion touch every topic, and a reference list
ends it. No declaration.
"""

from .case import Case, P, SourceFile, T

BLOCKS = [
    P("Mentoring new funeral arrangers"),
    P("Marian Tolley - ILM Level 3 Certificate in Effective Coaching and Mentoring"),
    P("""I have been a funeral director for nineteen years and for the last five I have also
      looked after training for our family firm, which has five branches across the Black
      Country. Every new funeral arranger is mentored by me for their first six months. This
      essay explains why we mentor, how I begin and agree the relationship, the model, tools and
      reviews I use, the notes we keep, the obstacles and the ethics, what my job as a mentor is
      and what it takes, and why I reflect and have supervision."""),
    P("Front of house"),
    P("""An arranger is the first person a family meets after someone dies. They sit with people
      on the worst day of their lives, take down every detail of the funeral, talk about money,
      and then make it all happen with the crematorium, the minister, the florist and the
      newspaper. You cannot learn it from a manual. Mentoring, for us, is an experienced
      colleague walking beside a new one while they grow into the role, helping them learn from
      what happens and find their own way of doing it, rather than copying mine."""),
    P("""For the business, mentoring protects the families we serve, because a supported
      arranger makes fewer mistakes and is kinder under pressure. It keeps good people: before
      we started, two out of five new arrangers left within a year, usually worn down by the
      emotional side, and in the three years since only one has. It passes on the unwritten
      knowledge of a firm that has been here since 1921, and it gives the mentee someone outside
      their branch to talk to."""),
    P("A first week"),
    P("""When Dawn (not her real name) joined our Dudley branch last spring, I did not start
      with a meeting. On her first morning I made her a cup of tea, told her how I came into the
      trade after my own father's funeral, and asked what had brought her to us. On day two she
      sat in on an arrangement with me and afterwards I asked what she had noticed, and mostly
      listened. On the Friday I explained what mentoring with me would and would not be, gave
      her a short page about myself, and asked her to think over the weekend about whether she
      wanted it and what she hoped to get from it. She told me later that the cup of tea
      mattered more than anything I said."""),
    P("""The following week we agreed how we would work together, because without that the
      relationship rests on assumptions. Her branch manager might expect me to report on her,
      she might think I was checking up on her, and we could both drift. We went through a
      written agreement: fortnightly meetings of an hour for six months, at a different branch
      so she could speak freely, phone contact in between for anything urgent, what stays
      between us and the exceptions (risk to her or someone else, or a serious breach of our
      standards), how to cancel, and how we would end. The branch manager signed to release her
      for meetings and sees only the dates. My notes help me remember what we agreed and spot
      patterns to take to supervision, and her own notes and goals let her see how far she has
      come. They are stored in a restricted folder on our system, which she can read at any
      time, and deleted a year after we finish, as UK GDPR requires."""),
    P("""The shape of the six months follows Clutterbuck's (2004) stages of a developmental
      relationship: building rapport, setting direction, making progress, winding down and
      moving on. Knowing the stages helps me manage the whole thing rather than drift from
      meeting to meeting: I know that the first weeks are for trust, that goals come once we
      know each other, that around month five I should start preparing for the ending. Its
      weakness is that real relationships do not move in straight lines, and a bad funeral in
      month four can send us back to rapport. For practical skills, such as completing the
      cremation forms or measuring for a coffin, I use Tell, Show, Do inside that frame. It is
      quick and safe, but it is directive, so I do not use it for the harder things like how to
      handle a family arguing over a will."""),
    P("""To find out how a new arranger learns best and what they want to work on, I use a few
      tools. Our arranger competency framework lists twelve areas from first call to aftercare,
      and the mentee rates themselves on each. A short learning styles questionnaire (VARK)
      shows whether they would rather read, watch or do. Role play with a colleague acting as a
      family lets them practise the money conversation before they have it for real, and a
      simple timeline of the funeral week on a sheet of paper helps them see where their worries
      sit. Goals come out of these and are written down in their words, not mine."""),
    P("""We check progress at every meeting by looking back at last time's actions and asking
      the arranger to rate each goal out of ten. Every six weeks I sit in on an arrangement with
      an observation checklist and we talk it through afterwards. Families return a feedback
      card after the funeral, and although cards are rarely critical, the comments show what
      families noticed. At the end the mentee repeats the competency self-assessment so we can
      compare. Ratings are subjective and cards are kind, which is why I use more than one
      method."""),
    P("Keeping each other safe"),
    P("""The biggest obstacles in our work are time, emotion and distance. Families arrive
      without appointments, so a planned meeting can vanish; I book meetings for first thing in
      the morning, when calls are fewer, and rearrange within the week rather than cancelling.
      Some arrangers have a bad experience of being mentored, or of bereavement themselves, and
      hold back; I go slowly and let them lead. The branches are spread out, so some meetings
      are by video call. And when an arranger has had a child's funeral, the mentoring waits:
      first they need a debrief and time off, and our employee assistance line."""),
    P("""Mentoring well in a funeral home starts with confidentiality both ways: what the
      arranger tells me stays with me within the limits we agreed, and families' details are
      never used in our conversations without need and never written in my notes by name. I
      follow the National Association of Funeral Directors code of practice and our own
      policies, and the Equality Act matters in a trade that serves every faith and none: a
      mentee may need help arranging a funeral in a tradition they do not know, and I must never
      let my own beliefs colour that. I keep out of branch disputes and stay clear of mentoring
      anyone I manage directly. If an arranger tells me something that suggests a family member
      is at risk, I follow our safeguarding procedure."""),
    P("""My job as a mentor is not to manage the arranger, train them in procedures, or counsel
      them. It is to help them think, to share my experience when it is useful, to encourage, to
      challenge gently when they are hard on themselves, and to point them towards the right
      help. My responsibilities are to keep to our agreement, prepare for each meeting, keep
      confidences and records, know my limits, use supervision and end the relationship
      properly."""),
    P("What it takes from me:"),
    T(
        ["", "What I need"],
        ["Knowledge", "Our procedures and the law on registration and cremation; mentoring models and tools; the NAFD code; where to refer people"],
        ["Skills", "Listening without rushing to fill silences, open questions, summarising, honest feedback, helping set goals, keeping good notes"],
        ["Behaviours", "Patience, reliability, warmth, and not assuming my way is the only way"],
    ),
    P("Looking back"),
    P("""I reflect after every meeting using Rolfe et al.'s (2001) three questions: What
      happened? So what does it mean? Now what will I do? Schön (1983) would call this
      reflection-on-action. In our trade it is not optional: without it I would repeat the same
      habits and carry every family's grief home with me. Supervision matters for the same
      reasons and more. Every month I meet a bereavement counsellor the firm pays for, and every
      quarter our three mentors meet together. Supervision showed me that I was steering mentees
      away from talking about their own feelings because I was uncomfortable with mine, which I
      could never have seen alone. It protects the mentee, keeps me ethical and keeps me well
      enough to keep doing this."""),
    P("""I hope this shows why mentoring matters to us, how I begin and agree it, the model,
      tools and reviews I use, the records, the obstacles and ethics, my role and what it takes,
      and why I reflect and have supervision. Dawn arranged her hundredth funeral in March."""),
    P("References"),
    P("Clutterbuck, D. (2004) Everyone Needs a Mentor. 4th edn. London: CIPD."),
    P("Fleming, N. D. (2001) Teaching and Learning Styles: VARK Strategies. Christchurch: N. D. Fleming."),
    P("""Rolfe, G., Freshwater, D. and Jasper, M. (2001) Critical Reflection for Nursing and the
      Helping Professions. Basingstoke: Palgrave."""),
    P("Schön, D. A. (1983) The Reflective Practitioner. New York: Basic Books."),
    P("National Association of Funeral Directors (2021) Code of Practice. Solihull: NAFD."),
]

CASE = Case(
    name="ej_301_funeral_directors_pdf",
    unit="8587-301",
    kind="unstructured",
    files=[SourceFile("Tolley mentoring essay.pdf", BLOCKS)],
    labels={
        "1.1": "an experienced colleague walking beside a new one",
        "1.2": "not to manage the arranger, train them",
        "1.3": "Listening without rushing to fill silences",
        "1.4": "The biggest obstacles in our work",
        "2.1": "I made her a cup of tea",
        "2.2": "without that the relationship rests on assumptions",
        "2.3": "starts with confidentiality both ways",
        "3.1": "Clutterbuck's (2004) stages of a developmental relationship",
        "3.2": "Our arranger competency framework lists twelve areas",
        "3.3": "sit in on an arrangement with an observation checklist",
        "4.1": "My notes help me remember what we agreed",
        "4.2": "In our trade it is not optional",
    },
    expected_checks={"declaration": False, "evidence_matrix": None},
    about="Funeral arrangers' mentor's 8587-301 PDF essay: purpose over two paragraphs, first-week story for starting the relationship, records in two sentences inside contracting, Clutterbuck stages with Tell Show Do, barriers and ethics under one own heading, role late, knowledge-skills-behaviours table, Rolfe and Schön, references, no declaration.",
)
