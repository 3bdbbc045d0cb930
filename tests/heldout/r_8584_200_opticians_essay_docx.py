"""8584-200 knowledge: an optician's practice manager's essay, DOCX, no headings, no numbers, out of order.

Sunita Varma manages a branch of a high-street opticians and writes one continuous essay in
Normal paragraphs: no headings, no criterion numbers, no criterion wording. She answers in the
order her thinking goes (trust first, records next, the mentor's role after, planning and
goal examples last) and paraphrases throughout ("what gets in the way" for barriers, "being
someone they can rely on" for trust). Nothing to flag: colleagues only by role.

Order of answers in the essay: 2.5, 3.3, 1.1, 2.2, 1.3, 1.4, 2.1, 1.2, 2.3, 2.4, 3.1, 3.2.
"""

from corpus.case import Case, H, P, SourceFile

BLOCKS = [
    H(0, "Understanding mentoring - written assignment"),
    P("Sunita Varma, Practice Manager"),
    P("""When I think back to the person who helped me most in my first year as a dispensing
      assistant, what I remember is not anything clever she said but that she did what she said
      she would do. If a mentee is going to tell you that they froze when a customer shouted about
      the price of varifocals, they need to know it will not end up in the staff room. So the way
      a mentor becomes someone they can rely on is through small, repeated things: keeping
      appointments, being honest about what stays private and what cannot, owning up to your own
      mistakes, and never using what they told you against them in an appraisal."""),
    P("""That links to what should be written down. I would keep a short agreement signed by both
      of us saying how often we meet and what is confidential, a note after each meeting of what
      was talked about and what each of us agreed to do next, and a simple sheet tracking the aims
      we set so we can both see movement. Notes must be factual, kept locked away or password
      protected under data protection rules, and the mentee should be able to read anything I
      write about them."""),
    P("""A mentor in a practice like ours is a more experienced colleague who walks alongside a
      newer one. It is not the same as being their manager. The mentor's job is to share what they
      know about the work and the organisation, help the person think through problems rather than
      fix them, open doors to people and opportunities, and support them until they can stand on
      their own. A good mentor also knows when to stop and refer someone on, for example to
      occupational health."""),
    P("""The process I would follow has stages. First getting to know each other and agreeing how we
      will work; then working out together where the person wants to get to; then regular meetings
      where we look at progress and problems; and finally winding down so they leave more independent
      than when they came. This is close to the stages described by Clutterbuck, and inside each
      meeting I like the simple shape of where are you now, where do you want to be, and how will
      you get there."""),
    P("""Plenty of things can stop mentoring working. Time is the obvious one, because in a busy
      branch with a clinic running, nobody can be spared at 11 on a Saturday. Others are a mentee
      who was told to take part and resents it, a mentor who is also their line manager, a clash of
      personalities, or simply not knowing what the meetings are for."""),
    P("""Most of these can be dealt with. Meetings can be booked in the diary like an eye test so
      they are not the first thing dropped. Someone reluctant can be given a real choice and a say in
      what we talk about. Where the mentor manages the mentee, a mentor from another branch is
      better. If the two people really do not get on, a no-fault way out should be agreed at the
      start."""),
    P("""The abilities a mentor needs, as a list: listening properly; asking good questions;
      giving honest but kind feedback; being patient; keeping confidences; being organised; and
      knowing the job well enough to be credible."""),
    P("""The person being mentored gains in many ways. A newly qualified optometrist gains
      confidence with difficult patients; a returner after maternity leave catches up on new
      equipment without feeling judged; someone who wants promotion gets a view of what the next
      job involves; and a struggling trainee may decide to stay rather than leave."""),
    P("""When it comes to the conversation itself, I would ask open questions that start with what,
      how or tell me about, and use closed ones only to check facts. I would follow up with probing
      questions to go deeper. Listening means giving full attention with the phone away, nodding,
      summarising back what I heard, and noticing what is not said, such as a long pause before
      talking about a colleague."""),
    P("""Telling someone how they are doing should be timely, specific and about behaviour not
      personality. I would start by asking how they think it went, then say what I saw, the effect
      it had, and agree what to do next time, always in private."""),
    P("""Before meetings begin I would agree the number and length of sessions, pick a quiet room
      away from the shop floor, read any notes from last time, and have a rough outline, while
      leaving space for whatever the mentee brings."""),
    P("""Aims worth agreeing might be: to carry out a contact lens teach on their own within six
      weeks; to reduce spectacle remakes caused by measuring errors to none in a month; or to lead
      the Monday team huddle once a fortnight by the end of the quarter."""),
    P("I declare that this assignment is my own work."),
]

CASE = Case(
    name="r_8584_200_opticians_essay_docx",
    unit="8584-200",
    kind="unstructured",
    files=[SourceFile("varma_mentoring_assignment.docx", BLOCKS)],
    labels={
        "1.1": "walks alongside a newer one",
        "1.2": "a returner after maternity leave",
        "1.3": "nobody can be spared at 11 on a Saturday",
        "1.4": "booked in the diary like an eye test",
        "2.1": "The abilities a mentor needs, as a list",
        "2.2": "winding down so they leave more independent",
        "2.3": "a long pause before talking about a colleague",
        "2.4": "about behaviour not personality",
        "2.5": "never using what they told you against them",
        "3.1": "read any notes from last time",
        "3.2": "a contact lens teach on their own within six weeks",
        "3.3": "the mentee should be able to read anything I write",
    },
    expected_checks={"declaration": True, "evidence_matrix": None, "identifying": []},
    about="High-street opticians' practice manager; one essay in plain paragraphs, no headings or numbers, answers out of order in her own words; nothing to flag.",
)
