"""8587-301 Understanding Good Practice in Mentoring (DOCX): a charity retail area manager.

Gordon McAllister, area manager for a national hospice charity's 14 shops across Glasgow
and Lanarkshire, writes the 301 report for a proposed mentoring scheme for new shop
managers. Word document with 'Task 1' to 'Task 4' headings (the brief's grouping) and
sub-headings 'Task 1.1' ... in his own style. Two oddities: his 3.3 sub-heading only says
'Covered at the end of 3.1 above', because he answered monitoring and review in the last
paragraphs of 3.1; and his 3.2 answer is a table of tools. A boxed 'case study' quote in
Task 1 comes from a shop manager he mentored informally last year. Direct, managerial
voice. Signed declaration; no matrix (a knowledge unit).

Planted: the mentee's full name under the case-study quote (Niamh O'Rourke) and her first
name alone in 4.1 (Niamh). Not identifying: Gordon's own name, the area manager and head
of volunteering (roles), Glasgow, Lanarkshire, the charity's 'Shop Leader Pathway', Gift
Aid, Clutterbuck, Tell/Show/Do, Honey and Mumford, Johari, Gibbs, the EMCC, UK GDPR.
"""

from corpus.case import Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "Proposal for a Shop Manager Mentoring Scheme"),
    P("ILM Unit 8587-301 Understanding Good Practice in Mentoring within an Organisational Context"),
    P("Gordon McAllister, Area Manager (Retail), Glasgow and Lanarkshire"),

    H(1, "Task 1"),
    H(2, "Task 1.1 Purpose of mentoring in our charity"),
    P("""Our charity raises a third of its hospice funding through its shops. In my area 14
      shops are run by a paid manager with a team of volunteers, and last year we lost five
      managers in their first year. Exit interviews say the same thing: they felt on their own.
      The purpose of mentoring here is to give every new manager an experienced manager from
      another shop who helps them settle, learn the unwritten parts of the job (how to price a
      wedding dress, how to keep volunteers coming back, what to do when the till is short),
      and grow in confidence. For the charity the benefits are retention, better shop income,
      and more volunteers, because volunteers stay where the manager is settled. Mentoring
      also gives experienced managers a development step without a promotion."""),
    T(["Case study", """'Having someone who'd been there made all the difference. I stopped
       phoning the area manager about everything and started working it out.' - Niamh
       O'Rourke, shop manager, first year"""]),

    H(2, "Task 1.2 The mentor's role and responsibilities"),
    P("""A mentor is a guide and sounding board, not a second line manager. At initiation the
      mentor makes contact within a week of the new manager starting, explains what mentoring
      is and agrees a contract. During the relationship the mentor meets monthly, listens,
      shares experience when it helps, challenges gently, keeps confidences, and refers on
      when something belongs to HR or the area manager. At completion, usually after nine
      months, the mentor leads a closing review and helps the mentee identify who else they
      can learn from. Responsibilities throughout: keep appointments, keep brief records, stay
      within the boundaries agreed, and never talk about the mentee's shop performance at
      area meetings."""),

    H(2, "Task 1.3 Knowledge, skills and behaviours"),
    P("""Knowledge: how a charity shop runs (Gift Aid, stock rotation, volunteer policy, health
      and safety), the charity's Shop Leader Pathway, and the basics of mentoring models and
      ethics. Skills: listening, open questioning, summarising, giving feedback, helping set
      goals. Behaviours: patience, reliability, confidentiality, being non-judgemental and
      showing the values we ask of volunteers. In my experience the skills can be taught in a
      day; the behaviours are what decide whether a mentor is any good, which is why I would
      choose mentors by how their volunteers talk about them."""),

    H(2, "Task 1.4 Barriers and how to overcome them"),
    P("""For the mentor: time, since managers run their shop six days a week. We will build
      one paid hour a month into their rota. For the mentee: fear that telling a mentor about
      problems will reach me; the contract will make clear nothing is passed on without
      consent, and mentors will come from a different area manager's patch where possible.
      For the organisation: distance, with shops up to 40 miles apart. We will allow video
      calls for every other meeting and pair managers on the same train line."""),

    H(1, "Task 2"),
    H(2, "Task 2.1 Starting well"),
    P("""The mentor will phone the new manager in their first week, then visit their shop on a
      quiet weekday morning and ask for a tour before any formal conversation. Seeing the
      shop through their eyes builds rapport quickly. In the first proper meeting the mentor
      will ask about the mentee's background, share something of their own first year, and
      agree how they will keep in touch. Trust is built by doing what was promised and by
      keeping confidences, which will be tested early, usually over a volunteer problem."""),

    H(2, "Task 2.2 Contracting"),
    P("""Contracting gives both people clear expectations and protects the mentee, the mentor and
      the charity. The process: discuss goals and expectations; agree the practical
      arrangements (monthly, an hour, where, how to cancel); agree confidentiality and its
      limits (safeguarding, theft, anything illegal); agree what, if anything, the area
      manager hears; agree records and how it will end. Both sign our one-page agreement,
      and the area manager, as a stakeholder, signs a short note agreeing not to ask for
      content. The contract is reviewed at three months."""),

    H(2, "Task 2.3 Safe and ethical practice"),
    P("""Mentoring will follow the EMCC Global Code of Ethics and our own safeguarding and data
      protection policies. Mentors will not mentor anyone they line manage or will
      interview for promotion. Meetings will be in a shop, a cafe or on video, never at
      someone's home. Mentors will receive safeguarding refresher training, because shop
      managers meet vulnerable adults among both customers and volunteers, and will know
      how to refer to our safeguarding lead. Notes will be kept securely and shared only with
      consent, and any concern will go through the normal whistleblowing route."""),

    H(1, "Task 3"),
    H(2, "Task 3.1 Managing the process"),
    P("""I propose Clutterbuck's developmental stages to manage the relationship: building
      rapport, setting direction, progression, winding down and moving on. It suits us because
      new managers need a lot of rapport and reassurance early and then become independent
      quickly. Within sessions, where a mentee needs to learn a practical task, mentors can
      use Tell/Show/Do, which fits shop work such as cashing up. The limitation of
      Clutterbuck's stages is that real relationships do not move neatly, and a crisis can
      send a relationship back to rapport; mentors will be told this is normal."""),
    P("""Monitoring and review: at the start of each meeting the mentee will rate progress on
      each goal from 1 to 10 and say why. Every three months the mentor and mentee will look
      at the shop's own figures (income against target, volunteer hours, stock processed) as
      an objective second measure. Self-rating is quick but can be over-optimistic; the
      figures are hard evidence but can move for reasons that have nothing to do with the
      mentee, so we will use both."""),

    H(2, "Task 3.2 Tools and techniques"),
    T(
        ["Tool", "How it identifies goals and preferences"],
        ["Shop manager skills wheel", "Mentee scores 8 areas of the job; low scores become candidate goals they choose"],
        ["Honey and Mumford learning styles", "Shows whether they learn best by doing, watching, reading or planning, so tasks are set to suit"],
        ["Johari window", "Used with a volunteer survey to surface blind spots in how the team sees them"],
        ["SMART goal sheet", "Turns the chosen areas into goals the mentee writes in their own words"],
    ),

    H(2, "Task 3.3 Monitoring and reviewing progress"),
    P("Covered at the end of 3.1 above."),

    H(1, "Task 4"),
    H(2, "Task 4.1 Records"),
    P("""Mentors will keep the signed agreement, a brief record of each meeting (date, length,
      topics, actions) and the goal sheet. Mentees keep their own copy and their own actions.
      Records help the mentor remember, show the mentee their progress, evidence that the
      scheme works and protect everyone if there is a dispute. Best practice under UK GDPR:
      record only what is needed, store it securely in the charity's system rather than
      personal phones, let the mentee see it, and delete it a year after the relationship
      ends. Last year Niamh kept a notebook of her own actions, which she still uses with her
      assistant manager."""),

    H(2, "Task 4.2 Reflective practice and supervision"),
    P("""Reflective practice means stopping after a session to look at what happened, why, and
      what to change; I would ask mentors to use Gibbs' cycle because it is easy to follow.
      Supervision is a regular conversation with someone outside the relationship. Both
      matter because mentors have blind spots: when I mentored informally last year I kept
      solving problems for my mentee and only noticed when the head of volunteering asked me
      why she still phoned me every day. Without reflection and supervision mentors repeat
      mistakes, drift beyond their competence and can harm the mentee, and the charity
      carries the risk. The scheme will provide group supervision every two months, led by
      the head of volunteering, who is a trained supervisor."""),

    H(1, "Declaration"),
    P("I confirm this report is my own work and that sources are acknowledged. Gordon McAllister, 3 October 2025"),
]

CASE = Case(
    name="p_301_charityshops_docx",
    unit="8587-301",
    kind="structured-docx",
    files=[SourceFile("8587-301 G McAllister report.docx", BLOCKS)],
    labels={
        "1.1": "last year we lost five managers in their first year",
        "1.2": "never talk about the mentee's shop performance at area meetings",
        "1.3": "choose mentors by how their volunteers talk about them",
        "1.4": "pair managers on the same train line",
        "2.1": "ask for a tour before any formal conversation",
        "2.2": "signs a short note agreeing not to ask for content",
        "2.3": "never at someone's home",
        "3.1": "a crisis can send a relationship back to rapport",
        "3.2": "low scores become candidate goals they choose",
        "3.3": "Self-rating is quick but can be over-optimistic",
        "4.1": "delete it a year after the relationship ends",
        "4.2": "why she still phoned me every day",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": None,
        # the mentee's full name under the case-study quote, her first name alone in 4.1;
        # Gordon McAllister, Glasgow, Lanarkshire, the head of volunteering
        # (roles), Clutterbuck, Honey and Mumford, Johari, Gibbs, the EMCC: not identifying
        "identifying": ["Niamh O'Rourke", "Niamh"],
    },
    about="Charity retail area manager's 301 in Word with 'Task N' / 'Task N.N' headings; 3.3 answered at the end of 3.1 (its own heading only points back), 3.2 a table; mentee's full name under a case-study quote and first name later.",
)
