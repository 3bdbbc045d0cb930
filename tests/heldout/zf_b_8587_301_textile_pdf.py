"""8587-301 Understanding Good Practice in Mentoring: a textile recycling charity's operations manager's report to trustees, PDF from Word, with its own numbered headings that clash with AC numbers.

Nadia Karimi is the Volunteer and Operations Manager at ReWear North, a textile recycling
charity in Bradford (clothing banks, a sorting warehouse on Canal Road, six charity shops and
a "Next Step" work placement scheme for people a long way from work). She wrote 301 as a
report to the trustees proposing a mentoring scheme, in Word with heading styles, and saved
it as PDF. The report numbers its own sections 1-14 with subsections, so the numbers a
reader sees are the report's, not the ACs': "2.1 The sorting floor" and "2.2 Why we need
mentors" are background, not AC 2.1/2.2; "3.1 For the mentee" and "3.2 For ReWear North" are
both AC 1.1; "4.1 Before the first meeting", "4.2 During" and "4.3 Ending well" are all AC
1.2. A "Contents and assessment map" table at the front points each AC at a report section.

Order differs from the handbook: sections run 1.1, 1.2, 1.3, 1.4, 2.1, 2.2, 3.1, 3.2, then
4.1 (section 11 Records) before 3.3 (section 12 Keeping track), then 2.3 (section 13 Safe
and ethical), then 4.2 in section 14 "Reflection, supervision and conclusion", where it is
argued before the closing recommendations.

Shapes: the 3.1 answer (section 9) is interrupted by a photo caption and an unrelated
paragraph about the new baler and the warehouse move, then resumes "Back to the model" for
the last two stages (label in the first part); 1.3 and 1.4 are tables (label in a cell); the
2.3 section pastes an e-mail from the charity's safeguarding lead, signed with her full name.

Planted (2): the third party's full name in the pasted e-mail's signature ("Marcia
Dunleavy") and a first name in the photo caption ("Tomasz"). Not identifying: Nadia's own
name, also written "N. Karimi" on the declaration and in the e-mail's "To" line and "Nadia"
in its greeting; the
trustees, the warehouse manager and line managers by role; the generic volunteering@ address; ReWear
North, Next Step, Canal Road, Bradford, Shipley, Keighley, TRAID, the Salvation Army,
Levi's, Barbour, the King's Award for Voluntary Service, the DBS, Clutterbuck, Megginson,
Kram, Whitmore (GROW), Egan, Kolb, Gibbs, Hawkins and Smith, the EMCC, Mentee X in the
example record.

Declaration typed and signed on the cover (True). Evidence matrix: None (301 is a written
assignment and none is expected; her contents-and-assessment map is a pointer table, not
the ILM matrix).
"""

from corpus.case import Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "Mentoring at ReWear North: a proposal to the Board of Trustees"),
    P("Prepared by Nadia Karimi, Volunteer and Operations Manager"),
    P("ILM Level 3 Certificate in Effective Coaching and Mentoring - Unit 301 Understanding good practice in mentoring within an organisational context"),
    P("March 2025"),
    P("""Declaration of authenticity: I declare that this report is my own work and that all sources
      used have been acknowledged. Signed: N. Karimi   Date: 21/03/2025"""),

    H(1, "Contents and assessment map"),
    T(
        ["Report section", "Page", "Assessment criteria covered"],
        ["1 Introduction", "2", "-"],
        ["2 About ReWear North", "2", "-"],
        ["3 Why mentor?", "3", "AC 1.1"],
        ["4 The mentor's job, start to finish", "3", "AC 1.2"],
        ["5 What a good mentor needs", "4", "AC 1.3"],
        ["6 Barriers and how we get past them", "5", "AC 1.4"],
        ["7 Starting a mentoring relationship", "6", "AC 2.1"],
        ["8 The mentoring agreement", "6", "AC 2.2"],
        ["9 Managing the process - our model", "7", "AC 3.1"],
        ["10 Tools for finding goals", "8", "AC 3.2"],
        ["11 Records", "9", "AC 4.1"],
        ["12 Keeping track of progress", "9", "AC 3.3"],
        ["13 Safe and ethical mentoring", "10", "AC 2.3"],
        ["14 Reflection, supervision and conclusion", "11", "AC 4.2"],
    ),

    H(1, "1. Introduction"),
    P("""The trustees asked me in January to look at whether mentoring could help us keep new shift
      leaders and get more Next Step placements into paid work. This report explains what good
      mentoring looks like, how we would run it safely, and what it would need from the charity.
      It is also my assignment for the ILM Level 3 Certificate, which is why the assessment map
      above shows where each criterion is covered."""),

    H(1, "2. About ReWear North"),
    H(2, "2.1 The sorting floor"),
    P("""We collect around 1,800 tonnes of textiles a year from 240 clothing banks across Bradford,
      Shipley and Keighley. Everything comes to the warehouse on Canal Road, where it is graded
      by hand: the best goes to our six shops, vintage (Levi's, Barbour and the like) to our
      online shop, and the rest is baled for reuse abroad or sold as rag. We have 62 paid staff
      and about 200 volunteers. In 2023 we received the King's Award for Voluntary Service."""),
    H(2, "2.2 Why we need mentors"),
    P("""Two problems. Our shift leaders are promoted from the sorting floor and seven of the last
      twelve have stepped back down or left within a year. And our Next Step scheme takes people
      who have been out of work for a long time, people in recovery, and refugees; the placement
      is twelve weeks, and our outcomes into work (31%) are behind TRAID and the Salvation Army
      trading schemes we benchmark against."""),

    H(1, "3. Why mentor?"),
    P("""Mentoring, as I use the word here, is a relationship in which a more experienced person
      helps someone less experienced to learn, grow and make their own decisions, drawing on the
      mentor's experience but not taking over. Its purpose within an organisation is to speed up
      and deepen learning that training alone does not reach, and to help people stay."""),
    H(2, "3.1 For the mentee"),
    P("""For a new shift leader, the purpose is to have someone who has been there to help them
      make the jump from "one of the team" to leading the team, without having to admit to their
      own manager that they are finding it hard. For a Next Step volunteer, it is about confidence,
      routine and belief: many have not had an adult in their life who expected anything of them.
      A mentor is someone in their corner who is not assessing them."""),
    H(2, "3.2 For ReWear North"),
    P("""For the charity, the purpose is retention, better leadership on the floor, and meeting our
      charitable aim of getting people into work. Mentoring is also cheap - it uses what we
      already have, which is experienced people who care. Put simply, mentoring turns the
      knowledge in our building into confidence in new people, and that is worth more to us
      than any course we could buy."""),

    H(1, "4. The mentor's job, start to finish"),
    P("""A mentor's role is to support, guide, listen, challenge and encourage. Their
      responsibilities change as the relationship moves on."""),
    H(2, "4.1 Before the first meeting"),
    P("""Read the referral (for Next Step) or talk to the shift leader's manager about the purpose;
      complete mentor training and have a current DBS check; prepare the agreement; think about
      where to meet (not the sorting floor, which is loud and public)."""),
    H(2, "4.2 During"),
    P("""At the first meeting: explain what mentoring is and is not, agree the mentoring agreement,
      and start to get to know each other. In the middle: meet regularly, help the mentee set
      and review goals, listen more than talk, share experience when it helps, challenge when
      the mentee is stuck, keep records, keep confidentiality within its limits, and refer on
      when something is outside the mentor's role. The mentor is responsible for turning up,
      being prepared, and keeping the focus on the mentee's goals and not their own. The mentee
      owns the goals and the actions - the mentor owns the process."""),
    H(2, "4.3 Ending well"),
    P("""Review progress against the goals, celebrate what has been achieved, ask for feedback,
      agree what happens next (e.g. the volunteer moves on to a job or to peer support) and
      close the relationship clearly, including what happens to the records."""),

    H(1, "5. What a good mentor needs"),
    T(
        ["", "What", "Why at ReWear North"],
        ["Knowledge", "How mentoring differs from managing and from counselling; one recognised model; safeguarding and data protection basics; what support exists (our HR, Next Step caseworkers, local services)", "So the mentor stays in role and knows when to refer on"],
        ["Skills", "Active listening, open questions, summarising, giving feedback, goal setting, building rapport across very different backgrounds", "Our mentees range from a 19-year-old care leaver to a 58-year-old former engineer from Syria"],
        ["Behaviours", "Patient, reliable, non-judgemental, honest, encouraging, a role model, respecting boundaries", "Someone in recovery can tell in seconds when they are being judged"],
    ),

    H(1, "6. Barriers and how we get past them"),
    T(
        ["Barrier", "Who it affects", "How we overcome or minimise it"],
        ["Time on shift - sorting targets, the van schedule", "Mentor and organisation", "30 minutes a fortnight booked on the rota as protected time, signed off by the warehouse manager"],
        ["Power - mentor is also the mentee's supervisor", "Mentee", "Never mentor someone in your own line; pair across sites (shops with warehouse)"],
        ["Trust and past experience of services", "Mentee (especially Next Step)", "Slow start, plain-English agreement, mentor shares some of their own story"],
        ["Language", "Mentee", "Pair with a mentor who shares a language where possible; use simple written actions; interpreters for the first meeting"],
        ["Mentor drifting into fixing or rescuing", "Mentor", "Training in GROW, monthly group supervision, and a named person to ring"],
        ["Scheme seen as a 'nice to have'", "Organisation", "Report outcomes to trustees each quarter so it stays on the agenda"],
    ),

    H(1, "7. Starting a mentoring relationship"),
    P("""The first contact will be a short introduction by the Next Step caseworker or the shift
      leader's manager, then an informal chat over a brew in the shop back room or the canteen -
      not a formal meeting. Mentors will start by talking about themselves a bit (how they came
      to ReWear, what they do), then ask about the mentee, and explain that this is about them.
      Rapport is built by meeting them where they are: using their words, finding common ground
      (often football, children, or what they found in a bag that week), being on time, and not
      reacting with shock to anything. Trust is built more slowly, by keeping promises, by being
      clear from day one about what stays between us, and by consistency. One thing I learnt in
      my own practice is to do something practical together in the first session - walk the
      floor, sort a cage - because some people talk far more easily side by side than face to
      face."""),

    H(1, "8. The mentoring agreement"),
    P("""The rationale for contracting is that everyone knows where they stand. Without an
      agreement, a mentee might think the mentor will get them a paid job, a mentor might think
      they can ring at 10pm, and a manager might expect a report on how the mentee is doing.
      Contracting prevents those misunderstandings, protects both people, makes the
      confidentiality limits clear before anything sensitive is said, and shows the charity
      that the scheme is being run properly."""),
    P("""The process: the mentor explains the agreement at the first meeting, reads it through with
      the mentee (many of our Next Step mentees have low literacy, so we read it aloud rather
      than hand it over), they change anything they both want changed, and both sign it. For
      shift leaders there is a three-way start with the line manager to agree the purpose, then
      the manager steps out. The agreement is reviewed at week six. The content: purpose and
      goals; how often, how long and where; how to contact each other and when not to;
      confidentiality and its limits (harm to self or others, safeguarding, crime); what records
      are kept and who sees them; responsibilities of each person; how to end early without
      blame; and how to raise a concern. The nature of it matters as much as the content: it is
      an agreement between two people, in plain English, not a legal contract."""),

    H(1, "9. Managing the process - our model"),
    P("""I propose Clutterbuck and Megginson's five stages as the shape of the whole relationship,
      because it fits a twelve-week placement well: building rapport (weeks 1-2), setting
      direction (weeks 2-4), progress making (weeks 4-10), and then winding down and moving on.
      The mentor's job is to know which stage they are in and not to rush it - most of our past
      informal mentoring failed because people went straight to giving advice in week one. For
      each session I propose GROW (Whitmore): goal for the session, reality, options, way
      forward. GROW is simple enough for volunteer mentors to learn in a morning, and it always
      ends with an action the mentee has chosen."""),
    P("Figure 2: Tomasz showing a Next Step volunteer how to grade denim on the sorting line (photo used with permission)"),
    P("""A note on timing: the new baler is being installed in May and the sorting floor will move to
      Unit 4 for six weeks, so the first mentoring pairs should start in July, not June, to avoid
      the disruption. The warehouse manager has agreed the summer rota with this in mind."""),
    P("""Back to the model: the last two stages are where mentoring is often managed badly. Winding
      down means reducing the frequency, checking what the mentee can now do on their own and
      reviewing the goals. Moving on means a clear ending - a last session, feedback both ways,
      and agreeing whether the two of them will stay in touch informally. At ReWear that often
      means the mentee becomes a mentor themselves a year later, which is the best outcome
      there is."""),

    H(1, "10. Tools for finding goals"),
    P("""Our mentees are very different, so mentors need more than one tool, and the mentee should
      choose. First, a wheel of life, adapted for work: eight spokes (money, confidence, skills,
      health, routine, people, home, future), scored out of ten. It is visual, works for people
      who do not like talking about themselves, and the lowest scores usually show the goal.
      Second, the "best week" question: describe a really good week three months from now. It
      suits people who think in stories rather than numbers. Third, skills cards: a deck of
      picture cards (driving, lifting, customer service, computers) that mentees sort into "can
      do", "want to learn", "not for me", which works across language barriers and low
      literacy. Fourth, SMART goal setting to turn whatever comes out of the first three into a
      goal with a date. Each tool respects different preferences - visual, verbal, practical -
      and the mentor should ask "how do you like to think things through?" before choosing."""),

    H(1, "11. Records"),
    P("""Records are needed for the mentee and for the mentor. For the mentee they are a reminder of
      what they agreed and evidence of how far they have come - for a Next Step volunteer, a
      record showing twelve weeks of goals met is something to show a job centre work coach. For
      the mentor they give continuity, protect them if something is disputed, support
      reflection and supervision, and let the charity show funders what mentoring achieves.
      Best practice: keep them short and factual, write them within 24 hours, agree them with
      the mentee, store them on the charity's secure drive (never on personal phones or in
      WhatsApp), follow UK GDPR and our data protection policy, keep them for one year after the
      mentoring ends and then delete them. A minimal example record:"""),
    P("""Session 3 - Mentee X (Next Step) - 14 Feb - Goal: apply for forklift course - Actions: ring
      college Mon; ask caseworker re bus pass - Next: 28 Feb"""),

    H(1, "12. Keeping track of progress"),
    P("""I propose two methods as standard. The first is a quick scale at the start of every
      session - "out of ten, how close are you to your goal?" - written on the record so the
      trend is visible. The second is a review at week six and week twelve, using the wheel of
      life again so the mentee can see the change for themselves. For shift leaders there is a
      third method: a short three-way review with their manager at the end, led by the shift
      leader. Mentors will also check actions from the last session first, every time. If a
      goal is no longer right it is changed, not quietly dropped."""),

    H(1, "13. Safe and ethical mentoring"),
    P("""I want the trustees to be confident that mentoring will be safe. Mentors will be trained,
      DBS checked where they work with adults at risk, and will follow the EMCC code of ethics
      and our own safeguarding policy. Mentoring will be voluntary for both sides. Mentors will
      not lend money, give lifts alone, or contact mentees on personal social media. Meetings
      will happen on ReWear premises in a room with a window in the door. Confidentiality will
      be explained at the start, with its limits. Mentors will respect difference - faith,
      culture, sexuality, addiction history - and will not impose their own views. They will
      work within their competence and refer on. Any safeguarding concern goes straight to the
      safeguarding lead. I asked her to confirm the referral route, and her reply is below:"""),
    P("""From: Volunteering Team <volunteering@rewearnorth.org.uk> To: N. Karimi Subject: RE:
      mentoring and safeguarding Hi Nadia - yes, any concern a mentor has goes to me the same day,
      by phone if urgent, and I will log it and decide next steps. Mentors should not
      investigate or promise to keep it secret. I'm happy to do a 30-minute session at mentor
      training. Best wishes, Marcia Dunleavy, Safeguarding Lead, ReWear North"""),
    P("""Finally, mentors will have supervision (section 14) and a named person to ring, so nobody is
      left holding something difficult on their own."""),

    H(1, "14. Reflection, supervision and conclusion"),
    P("""I have kept this section until last because I think it matters most. Reflective practice
      means stepping back after a session and asking what happened, why, and what I would do
      differently - I use Gibbs's cycle, and Kolb for the bigger picture. It is important
      because mentors learn from experience only if they think about it; otherwise it is just
      experience. Supervision adds a second person: Hawkins and Smith describe its functions as
      developmental, resourcing and qualitative - helping the mentor grow, supporting them, and
      checking the quality of the work. For volunteer mentors dealing with people in recovery or
      fleeing war, the resourcing part is not optional. If a mentor does not reflect or have
      supervision, they repeat mistakes, slide into rescuing or advising, miss safeguarding
      signs, take stories home and burn out, and the mentee gets a worse service. Without
      supervision a mentor is alone with it - and a volunteer who is alone with it quits. I
      therefore propose monthly group supervision led by me, with external supervision for me
      every quarter."""),
    P("""In conclusion, mentoring at ReWear North would cost us protected time, training and
      supervision, and would give us shift leaders who stay and more Next Step placements into
      work. I ask the trustees to approve a pilot of ten pairs from July."""),

    H(1, "References"),
    P("Clutterbuck, D. and Megginson, D. (2005) Making Coaching Work. London: CIPD."),
    P("Kram, K. (1985) Mentoring at Work. Glenview: Scott Foresman."),
    P("Whitmore, J. (2017) Coaching for Performance. 5th edn. London: Nicholas Brealey."),
    P("Hawkins, P. and Smith, N. (2013) Coaching, Mentoring and Organizational Consultancy. Maidenhead: Open University Press."),
    P("Egan, G. (2014) The Skilled Helper. Belmont: Brooks/Cole."),
]

CASE = Case(
    name="zf_b_8587_301_textile_pdf",
    unit="8587-301",
    kind="structured-pdf",
    files=[SourceFile("301 Mentoring at ReWear North - N Karimi.pdf", BLOCKS)],
    labels={
        "1.1": "turns the knowledge in our building into confidence",
        "1.2": "the mentor owns the process",
        "1.3": "from a 19-year-old care leaver",
        "1.4": "pair across sites (shops with warehouse)",
        "2.1": "some people talk far more easily side by side",
        "2.2": "might think they can ring at 10pm",
        "2.3": "in a room with a window in the door",
        "3.1": "went straight to giving advice in week one",
        "3.2": "works across language barriers and low literacy",
        "3.3": "using the wheel of life again",
        "4.1": "something to show a job centre work coach",
        "4.2": "a volunteer who is alone with it quits",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": None,
        "identifying": ["Marcia Dunleavy", "Tomasz"],
    },
    about="Textile recycling charity manager's 301 as a report PDF from Word: own numbered sections 1-14 whose subsections ('2.1 The sorting floor', '4.1 Before the first meeting') clash with AC numbers, a contents-and-assessment map, 4.1 before 3.3 and 2.3 late, 3.1 interrupted by a photo caption and an off-topic paragraph, 4.2 in the conclusion; a safeguarding lead's full name in a pasted e-mail, a first name in a caption.",
)
