"""8587-301 Understanding good practice in mentoring (DOCX essay): a games studio QA lead.

Tomasz Wróbel-Hart, QA lead at an independent video games studio in Dundee, writes the 301
assignment as a continuous essay with a handful of his own headings ('Why bother?', 'Getting
started', 'Keeping it honest'). No AC numbers anywhere. He answers out of order - barriers
first, because that is what the studio's directors worry about - and in his own words rather
than the brief's: 'the paperwork' for records, 'the first coffee' for the initial contact.
Declaration at the end, references list.

Clean: the learner's own name in the title block, the studio directors and the HR partner
(roles), Dundee, the EMCC, Clutterbuck, Megginson, Kram, Kolb, Schön, Hawkins and Shohet,
GDPR and the Equality Act 2010 are not identifying.
"""

from corpus.case import Case, H, P, SourceFile

BLOCKS = [
    H(0, "Mentoring at a small games studio"),
    P("ILM Level 3 Certificate in Effective Coaching and Mentoring - Unit 301 assignment"),
    P("Tomasz Wróbel-Hart, QA Lead"),

    H(1, "Why bother?"),
    P("""When I suggested a mentoring scheme to our two directors the first thing they asked
      was what would stop it working, so I will start there. Crunch is the biggest risk: in
      the six weeks before a release nobody has time for anything, and mentoring is the
      first meeting to go. The second is that we are forty people, so a mentor is often
      also the person who reviews your bug reports, and a junior tester is not going to tell
      their reviewer they are struggling. Third, about half the team work remotely from
      other parts of Scotland and Poland, and a video call at 5pm is not the same as a chat
      in the kitchen. What I would do: protect mentoring in the production schedule as a
      ticket like any other task, and agree before each release that sessions drop to
      fifteen minutes rather than stopping; never pair someone with a mentor from their own
      team; and for remote staff, put sessions in the morning when people are fresh and
      keep cameras optional. If a mentee will not engage, the mentor should ask what would
      make it worth their time, not just give up."""),
    P("""So why bother? Because the studio hires graduates who are brilliant at games and
      have never had a job. Mentoring, to me, is an experienced person helping a less
      experienced one to grow into the work and the industry on their own terms - the
      mentee sets the agenda. For us that means fewer graduates leaving after the first
      year, which cost us four testers last year, faster progression from QA into design
      or code, and passing on the unwritten knowledge about how a certification submission
      to the console platforms actually goes. Megginson and Clutterbuck call this
      developmental mentoring, and it fits us better than the sponsorship kind where a
      senior person opens doors."""),

    H(1, "What the mentor does"),
    P("""The mentor is not a manager, a trainer or a coach, though they borrow from all
      three. A trainer teaches a skill with a right answer; a coach works on a specific
      performance goal and does not need to know the industry; a mentor draws on their own
      experience but lets the mentee decide what to do with it. Responsibilities change
      through the relationship. At the start: agree the contract and get to know the mentee.
      In the middle: help them set goals, challenge and support, share experience, keep
      notes, and know when to refer on - to HR, to occupational health, to the employee
      assistance line. At the end: review what has been achieved and close the relationship
      properly so the mentee does not feel dropped, which in Kram's phases is the separation
      stage people forget."""),
    P("""Underneath that, a mentor needs to know some things, be able to do some things, and
      behave in a certain way, and these are different. Knowledge: a mentoring model, the
      studio's policies, how the industry works, and the limits of their own role. Skills:
      listening, open questioning, summarising, giving feedback, and helping someone set a
      goal. Behaviours: patience, being non-judgemental when someone admits they broke the
      build, keeping confidences, and being honest about their own mistakes. The EMCC
      competence framework has eight categories, and the one I think our leads would most
      need to work on is 'understanding self' - knowing that a senior developer's
      impatience shows even on a video call."""),

    H(1, "Keeping it honest"),
    P("""The paperwork matters more than people think. Mentors should keep the signed
      agreement, brief notes of each session with agreed actions, the mentee's goals and how
      they are progressing, and their own reflections. Mentees keep their own copy of goals
      and actions. Records let both people see progress, stop the mentor muddling up what
      two different mentees said, and give evidence if there is ever a complaint. Best
      practice under GDPR: keep only what is needed, store it in a restricted folder, not
      the shared drive the whole studio can search, and delete it six months after the
      relationship ends unless the mentee asks us to keep it."""),
    P("""Before any of that starts, there needs to be a contract. Without one a mentor and
      mentee can have completely different ideas of what they are doing - one thinks it is a
      friendly chat, the other thinks it is a route to promotion. The contract protects
      both people and the studio. It should cover: how often and for how long, where or on
      which platform, confidentiality and what would break it (risk of harm, serious
      misconduct, anything illegal), what the line manager is told, record keeping, and how
      either person can end it without it being awkward. The process I would use is a
      first meeting to talk it through, a written draft the mentee can change, then a short
      three-way conversation with the line manager so expectations are shared, with the
      mentee's agreement about what the manager hears. It should be reviewed at the halfway
      point."""),

    H(1, "Getting started"),
    P("""The first coffee sets the tone. I would have the mentee choose from two or three
      possible mentors after reading a short profile of each, so they pick someone they
      think they can talk to. The mentor then sends a friendly message, not a calendar
      invite with no text. In the first meeting the mentor talks about their own route into
      games, including the bad bits, asks the mentee about theirs, and listens more than
      talks. Rapport comes from finding common ground - with us that is usually which games
      we grew up on. Trust comes later, from doing what you said you would and from keeping
      confidences, and from the mentor admitting they do not know everything."""),

    H(1, "The model and the tools"),
    P("""For managing the whole process I would recommend Clutterbuck's five stages: building
      rapport, setting direction, progression, winding down and moving on. Its strength is
      that it shows the mentor what each stage needs and reminds us to plan the ending. Its
      weakness is that real relationships do not move neatly from one stage to the next, and
      remote mentoring can stall at rapport for a long time. Inside each session, GROW is
      simpler and most of our leads already know it from sprint retrospectives, so I would
      combine them: Clutterbuck for the shape, GROW for the conversation."""),
    P("""Three tools I would use to find out what the mentee needs and agree goals. First, a
      skills self-assessment against our QA career ladder - the mentee rates themselves and
      the gaps become goals. Second, a learning styles questionnaire, with the warning that
      it is a conversation starter, not a diagnosis; a tester who prefers to learn by doing
      will get more from pairing on a test plan than from reading documentation. Third, a
      career timeline exercise where they draw where they want to be in two years and work
      back. Goals would then be agreed as SMART goals, written by the mentee in their own
      words, because a goal the mentor writes is the mentor's goal."""),
    P("""To monitor progress I would use a short review at the start of every session
      (what happened with last time's actions), which is quick but relies on the mentee
      being honest; and a more formal progress check every three months against the goals,
      using evidence such as the bug reports they have written or a design test they have
      passed, which is more objective but takes longer. The two together work better than
      either, and the mentee's own rating of their confidence out of ten at each review is
      a cheap way to spot when something has gone wrong between checks."""),

    H(1, "Safe and ethical"),
    P("""The directors need to know mentoring will be safe. Practically: sessions in a
      meeting room with a glass wall or on a work video platform, not in someone's flat or
      the pub. Ethically: mentors follow the EMCC Global Code of Ethics, keep to the
      contract, and do not use what they hear for anything else - a mentor must never
      bring something from a session into a performance review. Conflicts of interest are
      real in a studio this size, so nobody mentors someone they line manage or who is
      going for the same promotion. Mentors must treat people fairly under the Equality
      Act 2010, and know when an issue is beyond them, such as mental health, and refer
      to the employee assistance line. Mentoring stops if it is doing harm."""),

    H(1, "Looking at ourselves"),
    P("""Finally, mentors need to reflect and they need supervision. Reflection - Schön's
      reflection-on-action, or Kolb's cycle of doing, reviewing, concluding and planning -
      is how a mentor gets better rather than just older. Supervision, as Hawkins and Shohet
      describe it, gives the mentor a place to take difficult situations, check their ethics
      and look after their own wellbeing. Without it, a mentor can drift into giving advice
      all the time, create a mentee who depends on them, or miss that they have crossed a
      line. In a studio where everyone is tired in crunch, that is when mistakes happen. I
      am proposing monthly group supervision for our mentors with an external supervisor."""),

    H(1, "References"),
    P("""Clutterbuck, D. (2014) Everyone Needs a Mentor. 5th edn. London: CIPD.
      Hawkins, P. and Shohet, R. (2012) Supervision in the Helping Professions. Maidenhead:
      Open University Press. Kram, K. (1985) Mentoring at Work. Glenview: Scott Foresman.
      Megginson, D. et al. (2006) Mentoring in Action. London: Kogan Page.
      EMCC Global Code of Ethics (2021)."""),
    P("""I declare that this assignment is my own work and that all sources are
      acknowledged."""),
]

CASE = Case(
    name="q_8587_301_gamesstudio_docx",
    unit="8587-301",
    kind="unstructured",
    files=[SourceFile("301 assignment - Wrobel-Hart.docx", BLOCKS)],
    labels={
        "1.1": "which cost us four testers last year",
        "1.2": "trainer teaches a skill with a right answer",
        "1.3": "impatience shows even on a video call",
        "1.4": "never pair someone with a mentor from their own team",
        "2.1": "which games we grew up on",
        "2.2": "one thinks it is a friendly chat",
        "2.3": "a meeting room with a glass wall",
        "3.1": "remote mentoring can stall at rapport for a long time",
        "3.2": "a conversation starter, not a diagnosis",
        "3.3": "a cheap way to spot when something has gone wrong between checks",
        "4.1": "the shared drive the whole studio can search",
        "4.2": "gets better rather than just older",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": None,
        "identifying": [],
    },
    about="Games studio QA lead's 301 as a Word essay: own headings, no AC numbers, answers out of order (barriers first, records before contracting, supervision last) and in his own words; clean - own name, Dundee, EMCC, Clutterbuck, Kram, Hawkins and Shohet.",
)
