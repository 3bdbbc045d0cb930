"""8587-300 Understanding Good Practice in Coaching (PDF from Google Docs): a fintech engineering manager.

Asha Venkatesan, engineering manager at a payments start-up in Manchester, writes the 300
assignment as an essay in Google Docs and downloads it as a PDF. The export keeps Google's
document outline at the top (a list of her headings), her headings are her own words with
no criterion numbers ('Why we bother', 'Getting started with someone'), and two reviewer
comments from a colleague who proof-read it came out as markers ('[a]', '[b]') with the
comment text at the end. She answers in her own order: barriers (1.4) sit near the end,
contracting before relationship-building, records and reflection woven into one section
but in separate paragraphs; the role of the coach (1.2) runs across two paragraphs. No
declaration, no matrix (a knowledge unit).

Clean: no coachee is named (an 'engineer on my team', 'a senior developer'). Not
identifying: Asha's own name, the proof-reader (only as 'Reviewer'), the CTO (a role),
the FCA, Slack, Jira, Whitmore, GROW, OSCAR, the EMCC and ICF codes, Kolb, Schön, Hawkins
and Smith, Belbin, the Equality Act, UK GDPR.
"""

from corpus.case import Case, H, P, SourceFile

OUTLINE = [
    "Why we bother",
    "What a coach is (and isn't)",
    "What a good coach needs",
    "Contracting",
    "Getting started with someone",
    "Staying safe and ethical",
    "Running the process",
    "Tools for finding out what someone wants",
    "Is it working?",
    "Notes, reflection and supervision",
    "What gets in the way",
]

BLOCKS = [
    P("Unit 300 – coaching good practice – Asha V (final)"),
    P("Document outline: " + " / ".join(OUTLINE)),

    H(1, "Why we bother"),
    P("""I manage three squads of software engineers (22 people) at a payments company that
      moves money for online retailers. We are regulated by the FCA, we grow fast, and we hire
      a lot of engineers who are technically brilliant and have never been responsible for
      anything except their own code. For us, coaching exists to close that gap quickly. When
      a senior developer becomes a tech lead, coaching is how we help them find their own way
      of leading rather than copying the last person. The purpose for the organisation is very
      practical: we keep people (replacing an engineer costs us roughly six months of their
      salary once you count recruitment and ramp-up), we make better decisions because people
      are encouraged to think rather than escalate, and we build a culture where asking for
      help is normal. Whitmore puts it as raising awareness and responsibility, and that is
      exactly what a start-up needs from everyone.[a]"""),

    H(1, "What a coach is (and isn't)"),
    P("""A coach helps someone reach their own goals by helping them think. The coach does not
      hand over answers. In engineering that is hard, because the culture rewards whoever
      knows the answer fastest, and a manager who coaches has to resist being that person.
      The coach is responsible for the process: creating the space, asking the questions,
      keeping to the agreement, keeping confidentiality within its limits, and making sure
      the sessions stay focused on what the coachee wants rather than what the company
      wants."""),
    P("""The coachee is responsible for the content and the actions. I find it useful to spell
      out what a coach does at each stage: at the start, agreeing a clear contract; in the
      middle, challenging and supporting in roughly equal measure; at the end, reviewing,
      celebrating and letting go rather than becoming a permanent crutch. Coaching is not line
      management, performance review or mentoring, even though the same person may do all
      four on different days."""),

    H(1, "What a good coach needs"),
    P("""Knowledge, skills and behaviours are different things and I think people mix them up.
      Knowledge is knowing models like GROW and OSCAR, knowing the EMCC or ICF competencies,
      knowing the limits of coaching and when to refer. Skills are what you can actually do in
      the room: listen properly, ask a short open question, stay silent, summarise, reflect
      back feelings, give clear feedback. Behaviours are how you show up: curious, patient,
      non-judgemental, reliable, and honest about your own mistakes. A coach can have all the
      knowledge and none of the behaviours, which in my experience is the engineer who has
      read every book on leadership and still interrupts."""),

    H(1, "Contracting"),
    P("""I have learned to contract before anything else, because engineers like explicit
      agreements - we write API contracts for a reason. The rationale is that both people know
      what coaching is for, what it is not, and what happens if it goes wrong. Without a
      contract, coaching from a manager quietly turns into performance management. The process
      I follow is: a first conversation about purpose and what the person wants; then the
      practicalities (six sessions of 45 minutes, fortnightly, on a video call or in a booth,
      24 hours to cancel); then confidentiality and its limits; then what, if anything, goes to
      their line manager; then how we will review and end. I write it up in a shared document
      and we both add a comment to say we agree. If the coachee's manager is a stakeholder, we
      hold a short three-way at the start so expectations are explicit.[b]"""),

    H(1, "Getting started with someone"),
    P("""To start a productive relationship I avoid the meeting-room feel. The first
      conversation is over coffee, away from Slack, and I ask about them before the job: how
      they got into engineering, what they enjoy, what is getting in the way. I share a bit
      of my own story too, including the time I took down the payments API on a Friday
      afternoon, because it shows I am not the finished article. Matching their pace and
      language matters - some engineers want a whiteboard, some want to walk. Rapport builds
      trust, and trust builds when I do exactly what I said I would."""),

    H(1, "Staying safe and ethical"),
    P("""Safe and ethical coaching means working within a code (we adopted the EMCC Global Code
      of Ethics), staying within my competence and referring on to our employee assistance
      programme or HR when it is about health or a grievance, keeping notes securely under UK
      GDPR, respecting difference under the Equality Act, and being very open about conflicts
      of interest. The biggest ethical risk for a manager-coach is dual role: I never use what
      someone told me in coaching to decide their pay or promotion, and if I cannot separate
      the two I find them a coach from another department."""),

    H(1, "Running the process"),
    P("""I manage the overall process using GROW inside each session and a simple arc across
      sessions (contract, explore, act, review, close). GROW's strength is that it is easy
      to learn and easy to explain to a coachee; its weakness is that engineers can treat it
      like a checklist and race to Options. To manage that I sometimes start with Reality,
      especially when someone arrives stressed about an incident. For coachees who are
      already high performing I have used OSCAR, because it adds Affirm and review, which
      fits our sprint retrospectives nicely."""),

    H(1, "Tools for finding out what someone wants"),
    P("""Before goals are agreed I use a few tools to find out preferences. A wheel of
      engineering leadership (eight segments: technical direction, delivery, people, hiring,
      stakeholders, incidents, writing, self-care) that the coachee scores 1-10; Belbin team
      roles, which our company already uses, to talk about how they prefer to contribute;
      a 'best and worst week' timeline; and sometimes role play of a difficult conversation.
      The wheel is my favourite because the coachee picks the low segments themselves and we
      turn one or two into a goal they own."""),

    H(1, "Is it working?"),
    P("""Progress is monitored in three ways. The coachee re-scores the relevant wheel segments
      every second session, which shows movement. We agree one observable measure for each
      goal (for example 'runs the incident review without me present') and check it at each
      review. And with the coachee's agreement we ask one or two colleagues for short
      feedback at the mid-point, which is more objective than self-scoring but slower and
      more awkward to arrange."""),

    H(1, "Notes, reflection and supervision"),
    P("""Records matter to both sides. For me, session notes are a memory aid across a
      fortnight, a way of spotting patterns, and protection if a coaching conversation is ever
      questioned. For the coachee, their own notes and action list show progress and keep
      them accountable. I keep brief notes in a private folder that only I can open and delete
      them a year after coaching ends; the coachee keeps their own actions in whatever tool
      they like, usually Jira."""),
    P("""Reflection and supervision are where a coach actually improves. Kolb and Schön both
      argue that experience becomes learning only when you stop to think about it, so I write
      five lines after each session. Supervision adds the thing reflection cannot: someone
      outside the relationship noticing what I cannot see. My supervisor once pointed out that
      I coach the engineers I like for longer. Without supervision that bias would have
      carried on unchecked, and coachees who need coaching most would have got the least.
      Hawkins and Smith describe supervision as protecting the client and developing the coach,
      and I would justify it on both grounds."""),

    H(1, "What gets in the way"),
    P("""Barriers I have met: time, because in a start-up every week is a release week (we book
      sessions the day after a release, never the day before); the coachee seeing me as their
      boss, which I handle through the contract and by offering a coach from another squad;
      engineers who think coaching is 'soft' (I start with a concrete problem they care about,
      like a flaky deployment pipeline, so the value is obvious); and the organisation
      measuring only delivery, which our CTO is tackling by putting coaching into the
      engineering leadership framework."""),

    H(2, "Comments"),
    P("[a]Reviewer: maybe add the figure from the engagement survey here?"),
    P("[b]Reviewer: good - this is the bit people skip."),
]

CASE = Case(
    name="p_300_fintech_gdocs_pdf",
    unit="8587-300",
    kind="unstructured",
    files=[SourceFile("Unit 300 - coaching good practice - Asha V (final) - Google Docs.pdf", BLOCKS)],
    labels={
        "1.1": "replacing an engineer costs us roughly six months of their salary",
        "1.2": "celebrating and letting go rather than becoming a permanent crutch",
        "1.3": "has read every book on leadership and still interrupts",
        "1.4": "we book sessions the day after a release, never the day before",
        "2.1": "I took down the payments API on a Friday afternoon",
        "2.2": "we write API contracts for a reason",
        "2.3": "I find them a coach from another department",
        "3.1": "its weakness is that engineers can treat it like a checklist",
        "3.2": "a 'best and worst week' timeline",
        "3.3": "which is more objective than self-scoring but slower",
        "4.1": "delete them a year after coaching ends",
        "4.2": "I coach the engineers I like for longer",
    },
    expected_checks={
        "declaration": False,
        "evidence_matrix": None,
        "identifying": [],
    },
    about="Fintech engineering manager's 300 essay as a Google Docs PDF: document outline line at the top, own-words headings with no numbers, criteria out of order (contracting before rapport, barriers last), 1.2 across two paragraphs, reviewer comment markers and comments at the end; clean.",
)
