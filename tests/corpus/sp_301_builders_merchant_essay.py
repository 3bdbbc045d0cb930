"""8587-301 Understanding Good Practice in Mentoring: a builders' merchant's L&D partner, DOCX essay.

Lauren Ashby is the regional learning and development partner for a chain of builders'
merchants (38 branches) and proposes mentoring for the trainee branch managers on its
graduate and internal-promotion scheme. She wrote it as an essay in Word: Heading 1 sections
numbered "1." to "11." with titles of her own that never quote or number the criteria, so
the section numbers mean nothing rubric-wise ("3. The first conversation" answers 2.1, "5.
What a good mentor knows, does and is like" answers 1.3). Her order: purpose (1.1), the
mentor's job through the stages (1.2), starting the relationship (2.1), the agreement (2.2),
skills/knowledge/behaviours (1.3), what could go wrong (1.4), safety and ethics (2.3), the
model (3.1), tools (3.2), checking progress (3.3), looking after the mentors (4.2). The
purpose answer is three paragraphs with its label in the third; the model answer (Egan's
Skilled Helper) is four paragraphs with its label in the fourth; the barriers answer is
three paragraphs with its label in the third. 4.1 (the purpose of records) is not
answered: she never writes about records beyond a passing mention that the agreement is
signed, and her conclusion doesn't list it, so 4.1 is None. A short reference list and a
signed declaration.

Planted (2): a trainee who left the scheme, by first name, in the purpose answer
("Callum"); a trade customer by title and surname in the ethics answer ("Mr Tranter").
Not identifying: the company, its branches' towns, the Builders Merchants Federation,
Egan, Honey and Mumford, the EMCC, the learner's own name.
"""

from .case import Case, H, P, SourceFile

BLOCKS = [
    H(0, "Growing our own: a proposal for mentoring trainee branch managers"),
    P("""ILM Level 3 Certificate in Effective Coaching and Mentoring – Unit 8587-301 Understanding
      Good Practice in Mentoring within an Organisational Context"""),
    P("Lauren Ashby, Regional L&D Partner (Midlands), Haddon & Vale Builders Merchants"),

    H(1, "1. Why Haddon & Vale needs mentoring"),
    P("""Mentoring is a relationship, usually lasting months rather than weeks, in which someone
      with more experience helps a less experienced colleague to learn and grow, by sharing
      what they know and, more importantly, by helping the mentee think things through and
      make their own decisions. In our business that means an established branch manager
      supporting a trainee manager through the two years of our Branch Manager Pathway."""),
    P("""The pathway currently has 22 trainees, half of them graduates and half promoted from the
      yard, the counter or the drivers' room. Both groups struggle in the same places: dealing
      with trade customers who have known the branch for thirty years, managing people who
      were their peers last month, and understanding the commercial side (margins, stock
      turn, credit control). The training modules cover the theory; what they don't give is
      someone to talk to about the Tuesday morning when the timber delivery is short and three
      builders are waiting at the counter."""),
    P("""So the purpose of mentoring for the organisation is threefold. It speeds up the time it
      takes a trainee to run a branch on their own. It keeps them: we lost five of last
      year's cohort in the first year, and Callum told me at his exit interview that he
      never knew who he was supposed to ask. And it passes on the unwritten knowledge of our
      long-serving managers, several of whom retire in the next five years, before it walks
      out of the door with them."""),

    H(1, "2. What we will ask of our mentors"),
    P("""A mentor on the pathway is an experienced branch manager from a different branch, never
      the trainee's own line manager. The line manager judges performance; the mentor helps
      the trainee learn, which only works if the trainee can admit what they don't know.
      The mentor is not a trainer either, and not a counsellor."""),
    P("""What we expect changes as the relationship goes on. At the beginning the mentor gets in
      touch, has an informal first meeting, agrees the mentoring agreement and helps the
      trainee think about what they want from the two years. In the middle the mentor meets
      at least monthly, listens, asks, shares experience when it helps, helps set and review
      goals, and challenges when the trainee is avoiding something. They keep confidences
      within the agreed limits and signpost to HR or the employee assistance programme if
      something is beyond them. Towards the end the mentor reviews what has been achieved
      with the trainee, helps them plan their next steps, and closes the relationship properly
      with a final meeting rather than letting it fizzle out, then gives feedback on the
      scheme to L&D."""),

    H(1, "3. The first conversation"),
    P("""Mentors will make the first contact themselves, by phone, within a fortnight of being
      matched. The first meeting should be at the mentee's branch, not the mentor's, because
      it is less intimidating on home ground and it lets the mentor see the yard and the team
      the trainee is dealing with. The mentor should talk about their own early days,
      including a mistake or two, ask the trainee about their background and what they enjoy,
      and explain how mentoring works. Rapport builds through genuine interest and small
      things like remembering the name of the trainee's forklift driver next time. Trust
      builds more slowly, through keeping promises and keeping confidences."""),

    H(1, "4. The mentoring agreement"),
    P("""Every pair will agree and sign a mentoring agreement at the first or second meeting.
      The reason is that both people need to know what they have signed up to before anything
      difficult is discussed: how often they meet, how long for, where, how to cancel, what
      stays confidential and what does not (anything illegal, a safety risk, or a safeguarding
      concern), what the mentee wants from it, and how and when it ends. It protects the
      mentee from a mentor who oversteps, protects the mentor from being expected to fix
      everything, and reassures the business that time is used well."""),
    P("""The process is a conversation, not a form to sign. The mentor brings our template, they
      go through each part, and the mentee adds what matters to them. The line manager joins
      for the last fifteen minutes of a three-way discussion, to agree the broad development
      aims and to accept that the content of sessions stays private. The agreement is
      reviewed after six months."""),

    H(1, "5. What a good mentor knows, does and is like"),
    P("""Knowledge: the pathway and its modules, how our branches are run and measured, the
      company's people policies, the limits of the mentor's role and where to refer, and a
      recognised mentoring model. Skills: listening properly, asking open and probing
      questions, summarising, giving balanced feedback, helping someone set realistic goals,
      and sharing experience without lecturing. Behaviours: patience with someone who makes
      the mistakes you made twenty years ago, discretion, honesty, being reliable about
      meetings, and role modelling the company's values on the shop floor. The difference
      between them matters: a mentor can know the margin on every product and still be a poor
      mentor if they can't stop talking."""),

    H(1, "6. What could go wrong"),
    P("""There are barriers on all three sides. Mentors are busy branch managers with targets,
      and mentoring is the easiest thing to cancel when the branch is short-staffed. Mentees,
      particularly those promoted from the yard, may feel that having a mentor means they are
      seen as not coping. And the organisation's habit of measuring everything by sales can
      make time spent talking look like time wasted."""),
    P("""Distance is another one. Our branches are spread from Burton to Lincoln, and a mentor
      may be an hour's drive away, which makes it tempting to let meetings slip to every two
      or three months."""),
    P("""To overcome these we will put mentoring hours into mentors' objectives and recognise
      them in the branch league table, so that the time is protected and valued. We will tell
      every trainee that all of them get a mentor, so nobody feels singled out. Alternate
      meetings can be on Teams, and the regional manager meetings at head office give a
      natural chance to meet in person once a quarter."""),

    H(1, "7. Keeping it safe and above board"),
    P("""Mentoring needs to be safe physically and emotionally. Meetings should take place in a
      private office or a café, not in a vehicle, and mentors should be aware of lone working
      rules if they meet after hours. Confidentiality will be as agreed in the agreement, and
      mentors should not discuss their mentee with the mentee's manager beyond the three-way
      aims."""),
    P("""Conflicts of interest are a real risk in a business built on relationships. A mentor
      might, for example, hear that the trainee's branch is undercutting them for a big
      customer. I had a case like this in a pilot last year, when a trainee asked his mentor
      how to handle Mr Tranter, a builder who was playing the two branches off against each
      other on price. The mentor rightly said he couldn't advise on that one and suggested
      the trainee take it to his own manager. Mentors must declare a conflict and step back
      from it, and must not use anything they learn in mentoring for their own branch's
      benefit. We will follow the EMCC Global Code of Ethics."""),

    H(1, "8. A model to follow"),
    P("""The model I propose is Egan's Skilled Helper (Egan, 2014), which has three stages: the
      current picture (what is going on?), the preferred picture (what would be better?) and
      the way forward (how will I get there?). Each stage has three steps, such as helping the
      mentee tell their story, spotting blind spots and choosing the right issue to work on."""),
    P("""The strengths of this model for us are that it is built for helping conversations rather
      than performance coaching, it gives time to understanding the situation before jumping
      to solutions, and the blind spots step suits trainees who do not yet see how their
      behaviour comes across to the yard team."""),
    P("""Its weaknesses are that it can feel slow to managers who like quick fixes, the nine
      steps are a lot to learn, and a mentor may get stuck in the current picture because
      talking about problems feels productive. Mentors will need a briefing and a one-page
      prompt card."""),
    P("""To manage the process, the mentor uses the first two meetings mostly on the current
      picture, then moves to the preferred picture when the trainee is ready to set goals.
      For instance, a trainee who feels she has no authority with the yard lads might first
      describe what actually happens at the morning briefing, then picture a briefing where
      the team ask her the questions, and then plan small steps such as running the
      briefing from the yard rather than the office. Each meeting ends with an action the
      mentee chose."""),

    H(1, "9. Finding out what they want"),
    P("""Three tools will help. A self-assessment against the pathway's management
      competences, scored by the trainee before the first meeting, shows where they feel
      strong and weak. The Honey and Mumford learning styles questionnaire shows whether the
      trainee learns best by doing, watching, reading or planning, so the mentor can suggest
      activities that suit them (an activist might learn credit control by sitting with the
      credit controller for a morning, a theorist by reading the policy first). A SWOT done
      together helps turn all this into goals, which are then written up as SMART goals so
      both know what success looks like."""),

    H(1, "10. Checking progress"),
    P("""Progress will be checked in two ways. At each meeting the mentor opens by asking what
      happened with last time's action, which keeps things moving and shows patterns, such as
      actions that are always left undone. Every six months the trainee reviews their SMART
      goals and re-scores the competence self-assessment, which shows change over time. The
      first is quick but only shows what the trainee chooses to report; the second is more
      objective, especially if the trainee asks their own manager for a view before it."""),

    H(1, "11. Looking after the mentors"),
    P("""Reflective practice means mentors thinking back over a meeting to understand what went
      well and what they would do differently, for example using a simple what / so what /
      now what structure after each session. Mentors who do not reflect tend to mentor the way
      they manage, with answers and instructions, and never notice. Supervision gives mentors
      a regular, confidential space with an experienced supervisor to discuss difficult
      situations, ethical questions and their own development, and a check that they are
      staying within their role. Without it a mentor might miss the signs that a trainee
      needs more help than mentoring can give. I propose a quarterly group supervision for
      mentors led by L&D, with one-to-one supervision available on request."""),

    H(1, "Conclusion"),
    P("""Mentoring would help us keep and develop the managers we need. I have set out why we
      need it, what mentors will do, how relationships start and are agreed, what good
      mentors are like, the risks and how to manage them, keeping it safe and ethical, a
      model, tools, how progress will be checked and how we will support the mentors."""),
    H(1, "References"),
    P("Egan, G. (2014) The Skilled Helper. 10th edn. Belmont: Brooks/Cole."),
    P("EMCC (2021) Global Code of Ethics for Coaches, Mentors and Supervisors."),
    P("Honey, P. and Mumford, A. (1992) The Manual of Learning Styles. Maidenhead: Peter Honey."),
    P("I declare that this is my own work. Lauren Ashby, 9 June 2025"),
]

CASE = Case(
    name="sp_301_builders_merchant_essay",
    unit="8587-301",
    kind="structured-docx",
    files=[SourceFile("Lauren Ashby 301 essay.docx", BLOCKS)],
    labels={
        "1.1": "never knew who he was supposed to ask",
        "1.2": "closes the relationship properly with a final meeting",
        "1.3": "still be a poor mentor if they can't stop talking",
        "1.4": "recognise them in the branch league table",
        "2.1": "remembering the name of the trainee's forklift driver",
        "2.2": "The process is a conversation, not a form to sign",
        "2.3": "must not use anything they learn in mentoring for their own branch",
        "3.1": "running the briefing from the yard rather than the office",
        "3.2": "sitting with the credit controller for a morning",
        "3.3": "actions that are always left undone",
        "4.1": None,
        "4.2": "tend to mentor the way they manage",
    },
    expected_checks={"declaration": True, "evidence_matrix": None, "identifying": ["Callum", "Mr Tranter"]},
    about="Builders' merchant L&D partner's 301 essay in Word: Heading 1 sections '1.' to '11.' with her own titles that never name a criterion (section numbers don't match ACs), her own order (2.1, 2.2 before 1.3 and 1.4), labels in 3rd/4th paragraphs, 4.1 (records) never answered (None), planted 'Callum' and 'Mr Tranter', signed declaration.",
)
