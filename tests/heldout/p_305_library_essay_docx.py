"""8587-305 Reflecting on Mentoring Skills (DOCX essay): a public library service team librarian.

Farzana Hussain, team librarian for children's and young people's services in a
metropolitan borough's library service in West Yorkshire, mentored two library assistants
(Mentee B and Mentee D) working towards CILIP certification, and writes her 305
reflection as one continuous Word essay: a title, then paragraphs with no headings and no
criterion numbers. She answers in her own order: strengths and areas to improve first
(1.2), then how effective the mentoring was judged by her records, supervision and feedback
(1.1), then her six-month plan written as prose with months and measures, across two
paragraphs (2.2), and last the review of her questioning and listening that led to the
plan's choices (2.1). Academic, reference-heavy voice. No declaration, no matrix.

Clean but full of names that are not personal details: Mentee B, Mentee D, Clutterbuck,
Megginson, Kram, Daloz, Kolb, Gibbs, Schön, Johns, Whitmore's GROW, Egan's skilled helper,
Hawkins and Shohet, the EMCC competence framework, CILIP and its PKSB, Libraries Connected,
the Summer Reading Challenge, Kline, Microsoft Teams, Wakefield, Leeds Beckett University.
"""

from corpus.case import Case, H, P, SourceFile

BLOCKS = [
    H(0, "Reflecting on my mentoring practice: two library assistants and a year of learning"),
    P("Farzana Hussain - ILM Level 3 Certificate in Effective Coaching and Mentoring - Unit 8587-305"),

    P("""Between February and July I mentored two library assistants in our children's and young
      people's team, referred to here as Mentee B and Mentee D, as they worked towards CILIP
      certification. Mentee B is based at our central library in Wakefield and had been
      putting off her portfolio for two years; Mentee D joined us from a school library and
      wanted to move into a community engagement role. I met each of them roughly
      fortnightly for an hour, usually on Microsoft Teams because our branches are spread
      across the district, with a face-to-face session at the start and end. In this essay I
      reflect on what I did well and less well, how effective the mentoring was, and what I
      will do next, drawing on my session records, my reflective log, two supervision
      sessions and feedback from both mentees and their line managers."""),

    P("""I will begin with my own strengths and weaknesses, because writing them down first
      helped me be honest about everything else. Using the EMCC competence framework as a
      checklist, my clearest strength is what it calls 'managing the contract': both
      relationships had a written agreement, clear boundaries and a planned ending, and
      neither drifted. My knowledge of CILIP's Professional Knowledge and Skills Base (PKSB)
      was also a strength, because I could help each mentee see where their everyday work
      already met the criteria. My interpersonal strength is warmth; both mentees described
      me as easy to talk to. My weaknesses are mostly in communication. I am an enthusiastic
      person and I tend to fill pauses, and I am better at encouraging than challenging.
      Daloz argues that good mentors balance support, challenge and vision, and I was
      generous with support, reasonable on vision, and thin on challenge. Behaviourally, I
      also noticed that I over-prepared for sessions, arriving with a list of questions that
      sometimes crowded out what the mentee actually brought."""),

    P("""How effective was the mentoring? The evidence is mixed in an instructive way. My session
      records show that Mentee D achieved both her goals: she submitted her CILIP portfolio in
      June and was shortlisted for a community engagement post running the Summer Reading
      Challenge outreach. Mentee B made progress but did not submit; her records show the same
      action, 'draft the PKSB self-assessment', carried forward for four sessions in a row. When
      I read my reflective log alongside those records, using Gibbs' cycle, I could see that I
      had accepted her reasons each time instead of exploring them. My supervisor, using the
      seven-eyed model from Hawkins and Shohet, helped me see that I was colluding with her
      avoidance because I recognised it from my own chartership. The mentees' feedback forms
      confirm this: Mentee D wrote that I 'pushed just enough', while Mentee B wrote that the
      sessions were 'lovely and supportive', which I now read as a warning rather than a
      compliment. Her line manager told me she seemed more confident at work, so the
      relationship was not without value, but judged against the goal we agreed it was only
      partly effective, and the difference between the two relationships says more about my
      practice than about the mentees."""),

    P("""My development plan covers the six months from September to February. In September and
      October I will complete the short mentoring supervision workshop run by Libraries
      Connected and book supervision every six weeks with my supervisor, measured by four
      supervision sessions recorded in my log by the end of February. From October I will
      mentor one new assistant, and with their consent I will record two sessions, one in
      October and one in January, counting how often I fill a pause within three seconds; the
      measure of success is that the January count is half the October count."""),
    P("""In November I will read Egan's skilled helper model, particularly the sections on
      challenge, and by December I will try one explicit challenge per session using his
      'immediacy' skill, noting each in my log; success will be that my new mentee's
      mid-point feedback mentions being challenged as well as supported. In January I will
      ask to observe an experienced mentor from the Leeds Beckett University staff scheme,
      which my manager has arranged, and in February I will review the whole plan with my
      supervisor and rewrite it for the following six months."""),

    P("""The plan came out of a wider review of my mentoring ability, and of my questioning and
      listening in particular, which I did before choosing what to work on. Listening back to
      my notes, my questions were open but often too long, with a preamble explaining why I
      was asking, which Whitmore would say puts my agenda into the question. My listening
      was attentive but I listened for the next question rather than for what lay behind the
      answer; Kline calls this listening to reply. Johns' model of structured reflection
      helped me ask what I was trying to achieve when I jumped in, and the honest answer was
      to make the mentee feel better quickly. The opportunities open to me are supervision
      beyond the course, peer observation, recording sessions, the Libraries Connected
      workshops, reading, and mentoring someone outside the children's team so that I cannot
      rely on shared knowledge to carry the conversation. I chose the ones in my plan because
      they target the two habits that most limited my effectiveness with Mentee B."""),

    P("""References: Clutterbuck, D. (2014) Everyone Needs a Mentor. CIPD. Daloz, L. (2012)
      Mentor. Jossey-Bass. Egan, G. (2014) The Skilled Helper. Cengage. Gibbs, G. (1988)
      Learning by Doing. FEU. Hawkins, P. and Shohet, R. (2012) Supervision in the Helping
      Professions. Open University Press. Johns, C. (2013) Becoming a Reflective
      Practitioner. Wiley. Kline, N. (1999) Time to Think. Cassell. Kram, K. (1985)
      Mentoring at Work. Scott Foresman. Megginson, D. et al. (2006) Mentoring in Action.
      Kogan Page. Schön, D. (1983) The Reflective Practitioner. Basic Books. Whitmore, J.
      (2017) Coaching for Performance. Nicholas Brealey."""),
]

CASE = Case(
    name="p_305_library_essay_docx",
    unit="8587-305",
    kind="unstructured",
    files=[SourceFile("305 reflection F Hussain.docx", BLOCKS)],
    labels={
        "1.1": "carried forward for four sessions in a row",
        "1.2": "I was generous with support, reasonable on vision, and thin on challenge",
        "2.1": "I listened for the next question rather than for what lay behind the answer",
        "2.2": "the January count is half the October count",
    },
    expected_checks={
        "declaration": False,
        "evidence_matrix": False,
        # Mentee B / Mentee D, theorists, CILIP, Libraries Connected, Wakefield, Leeds
        # Beckett University, Microsoft Teams: all not identifying
        "identifying": [],
    },
    about="Library service team librarian's 305 as one Word essay with no headings or numbers: 1.2 first, then 1.1, the 2.2 plan as prose across two paragraphs, 2.1 last; clean but full of theorists, organisations, places and pseudonyms.",
)
