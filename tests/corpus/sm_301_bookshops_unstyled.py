"""8587-301 Understanding Good Practice in Mentoring: a bookshop chain's area manager, unstyled DOCX with appendices.

Rhiannon Pugh is area manager for a chain of twelve bookshops in Wales and the Marches and
proposes a mentoring scheme in which experienced branch managers mentor newly promoted
assistant managers; she ran a one-mentee pilot last autumn. Her Word file uses no heading
styles. The lines that introduce answers take every form: 1.1 is answered under the pasted
criterion text with no number at all, then "1.2)", "Q3 -" (meaning 1.3), "AC1.4" with the
criterion pasted after it, "Task 2 (b)" answered before "Task 2 (a)", "Task 2 (c)",
"Criterion 3.1", one line "Criterion 3.2 and 3.3" over two answers, and "4.1 / 4.2" over
records then reflection and supervision. The model answer (Kram's phases) is four
paragraphs with its label in the fourth; the 2.1 answer quotes the welcome e-mail she sent
her pilot mentee and its label is in her own words after it. Two appendices: the pilot's
mentoring agreement and a blank meeting record. An introduction and a conclusion touch
every topic; a word count line, references, no declaration.

Planted (3): the pilot mentee's first name in the pasted e-mail and again in the model
answer ("Corinne"); her full name and mobile number in the agreement in Appendix A, which
Rhiannon forgot to blank out ("Corinne Blyth", "07700 900274"). Not identifying: Inkwell
Books, the branches' towns, Kram, Clutterbuck, the EMCC, the learner's own name and her
"R. Pugh" on the agreement, the mentee's bare initials "C. B." on its signature line.
"""

from .case import Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "Rhiannon Pugh - 8587-301 Understanding Good Practice in Mentoring within an Organisational Context"),
    P("Inkwell Books Ltd | ILM Level 3 Certificate in Effective Coaching and Mentoring | Cambrian Learning Partnership"),
    P("Word count: 2,140 (not including appendices)"),

    H(1, "Introduction"),
    P("""Inkwell Books runs twelve shops from Chepstow to Aberystwyth, most with a branch manager,
      an assistant manager and three to six booksellers. When someone is promoted to assistant
      manager they get a week's training at head office in Hereford and are then on their own.
      Last year two of our five new assistant managers left within the year. This report makes
      the case for a mentoring scheme. It covers why mentoring matters to us, the mentor's role,
      skills and barriers, how mentoring relationships start and are contracted, safe and
      ethical practice, a mentoring model and tools, how progress is monitored, and records,
      reflection and supervision. Where I can, I draw on the pilot I ran from September to
      December with one new assistant manager."""),

    H(1, "Task 1"),
    H(2, "Describe the purpose of effective mentoring within an organisational context"),
    P("""Mentoring is a relationship in which a more experienced person helps a less experienced
      one to grow, by sharing experience and by helping them to think for themselves. Unlike
      coaching it is usually longer term and the mentor usually has experience of the path the
      mentee is on."""),
    P("""For Inkwell the purpose is to help new assistant managers make the jump from being the
      best bookseller in the shop to managing the people they used to work alongside, to pass
      on the things we never write down (how to read the local market, how to handle a
      publisher's rep who wants the window, how to get through the Christmas quarter without
      burning out the team), and to keep good people. Independent-minded booksellers do not
      always take well to being managed, and a mentor from another branch gives a new
      manager somewhere safe to test their thinking. For the business it means steadier
      branches, better succession for branch manager roles, and a culture where
      experienced managers feel their knowledge is valued."""),

    H(2, "1.2) Role and responsibilities of the mentor"),
    P("""The mentor's role is to be a guide and sounding board: someone who has done the job,
      listens, asks questions, shares their own experience when it helps, and encourages the
      mentee to find their own way. They are not the mentee's line manager, not a trainer and
      not a counsellor."""),
    P("""Responsibilities through the relationship: at the start, to make contact quickly, agree
      how the relationship will work and write it into an agreement; during it, to meet when
      agreed (monthly, for about an hour), help the mentee set and review goals, keep
      confidences within the agreed limits, be honest, keep brief notes, and refer the mentee
      to the area manager or HR for anything outside the mentor's remit; and at the end, to
      review progress with the mentee, close the relationship properly and feed back to me on
      how the scheme is working, without passing on what the mentee said."""),

    H(2, "Q3 - Skills, knowledge and behaviours required of an effective mentor"),
    P("""Skills: listening properly, asking open questions, summarising, giving feedback that is
      specific and kind, helping with goal setting, and knowing when to keep quiet."""),
    P("""Knowledge: how our shops are run, the stock system and the seasonal calendar; what
      mentoring is and a model to follow; the company's policies on grievance, wellbeing and
      data protection; and where to refer someone."""),
    P("""Behaviours: patience, reliability, discretion, being a good role model on the shop floor,
      and genuine curiosity about the mentee rather than telling stories about how it was done
      in the old days. A mentor who sighs at the mention of the new till system is not
      going to help anyone."""),

    H(2, "AC1.4 Identify how to overcome potential barriers to mentoring"),
    P("""Distance is the first barrier: our branches are up to two hours apart by road and most
      managers do not drive for work. To overcome this, meetings can alternate between video
      calls and meeting half way, for example at the Builth Wells branch, with travel paid.
      The second barrier is staffing: a manager cannot leave a shop with only a Saturday
      bookseller on the floor, so mentoring time is planned into the rota a month ahead.
      The third is the mentee's fear that the mentor reports back to me; the agreement makes
      clear that it does not. The fourth is the culture of "you learn by doing it", which I
      will tackle by asking two of our longest-serving branch managers, who are respected
      across the company, to be the first mentors."""),

    H(1, "Task 2"),
    H(2, "Task 2 (b) Why and how we would contract"),
    P("""I am answering (b) first because the agreement comes up in (a). Contracting sets out
      what both people, and the company, can expect. Without it a mentee might think the
      mentor will get them promoted, a mentor might think they can tell the mentee what to do,
      and the area manager might expect updates. Making it explicit protects the relationship
      and means that if it goes wrong there is something to go back to."""),
    P("""The process: the mentor and mentee talk through expectations at the first meeting, using
      a standard agreement as a starting point (Appendix A shows the one from the pilot); they
      change anything that does not suit them; both sign, and I receive only a note that an
      agreement exists and how long it runs. The content covers the aims, how often and where
      they meet, confidentiality and when it would be broken (a risk to someone's safety, a
      crime, gross misconduct), what notes are kept, how to cancel, and how either side can
      end it without blame. We revisit it after three months because needs change once the
      first Christmas is over."""),

    H(2, "Task 2 (a) Starting the relationship"),
    P("""The mentor should make first contact personally and within a week of being paired. In
      the pilot I sent this e-mail:"""),
    P("""'Hi Corinne, I'm really pleased you said yes to being the first mentee on our pilot.
      No preparation needed for our first chat - I'd just like to hear how the first month
      has gone and what you'd like to get out of this. How about coffee at the Hay shop on
      Thursday at 10? Rhiannon'"""),
    P("""Looking back, the e-mail worked because it was short and made it sound like a
      conversation rather than a meeting. Other methods: a first meeting somewhere neutral
      and away from both shops, so neither person is on their own territory; the mentor
      talking honestly about their own first year as a manager, including the mistakes,
      which builds trust faster than anything; asking the mentee what they want, not
      presenting a plan; agreeing the ground rules together; and keeping every promise from
      the first meeting on, starting with ringing back when you say you will."""),

    H(2, "Task 2 (c) Safe and ethical practice"),
    P("""Mentors will follow the EMCC Global Code of Ethics, which we will go through at the
      mentor briefing. For us safe and ethical practice means: no one mentors someone they
      manage; confidentiality with known exceptions; meeting in public or open places such as a
      café or a branch office with the door open, not at someone's home; not using the
      relationship for personal gain (for example to poach a good bookseller for your own
      branch); treating every mentee fairly regardless of age, background or disability;
      keeping notes secure; recognising when something is beyond a mentor, such as a mental
      health crisis or a grievance, and referring it; and mentors having somewhere to take
      their own concerns. The agreement records all of this."""),

    H(1, "Task 3"),
    H(2, "Criterion 3.1 Managing the process - Kram's phases of mentoring"),
    P("""Managing a mentoring process means looking after the relationship over its whole life,
      not just running good meetings. I propose Kathy Kram's four phases of mentoring as the
      model, because it describes how a relationship develops over months, which fits a
      twelve-month scheme."""),
    P("""Initiation (the first two or three months): the pair get to know each other, contract,
      and the mentee starts to see the mentor as someone who can help. The mentor's job is to
      build rapport and agree goals."""),
    P("""Cultivation (the middle of the year): the most productive phase, with regular meetings,
      goals being worked on, the mentor giving career support (advice, challenge, opening
      doors to head office buying meetings) and psychosocial support (confidence, role
      modelling). Separation: as the mentee becomes more independent, meetings become less
      frequent and the mentor deliberately steps back. Redefinition: the relationship ends
      formally or becomes an informal, more equal friendship."""),
    P("""In practice the mentor manages the process by knowing which phase they are in and
      acting on it. In the pilot I stayed in initiation too long and kept making suggestions,
      and Corinne only started bringing her own problems once I stopped filling the hour with
      my ideas. Mentors will also have a checklist of milestones (agreement signed, goals
      agreed, three-month review, planned ending) so the relationship does not just
      fizzle out when the shops get busy."""),

    H(2, "Criterion 3.2 and 3.3"),
    P("""Tools and techniques. First, a self-assessment against our assistant manager competency
      framework, which the mentee scores and the mentor discusses with them; the lowest two or
      three scores are where goals usually come from. Second, a "best and worst day" exercise,
      where the mentee describes one of each from the last month, which brings out preferences
      and what energises them far better than a questionnaire. Third, a learning styles
      conversation: some mentees want to read and reflect, others want to try things straight
      away, and the mentor adapts. Fourth, a career timeline drawn on a sheet of A3. From these
      the pair agree two or three SMART goals and write them on the agreement."""),
    P("""Monitoring and reviewing progress. Each meeting opens with the actions from last time:
      done, partly done, not done, and what got in the way, so progress is checked monthly and
      the mentee stays accountable. At three and nine months the mentee re-scores the
      competency self-assessment, so both can see movement in black and white. Business
      measures help as a third method: for a goal such as running the Christmas rota, the
      branch's own sales and staff sickness figures show whether it worked."""),

    H(1, "Task 4"),
    H(2, "4.1 / 4.2 Records, reflection and supervision"),
    P("""Records. The mentor keeps the agreement and a short record of each meeting (Appendix B):
      date, length, topics in outline, actions. The mentee keeps their goals and their own
      notes. Records are important for the mentor because with a month between meetings it
      is easy to forget what was agreed, and they show the mentor kept to the agreement. For
      the mentee they are a record of progress to look back on, and useful evidence at their
      appraisal if they choose to share them. Best practice: brief, factual, agreed, stored
      on the company's secure drive not in personal e-mail, kept under UK GDPR and deleted a
      year after the end."""),
    P("""Reflection and supervision. Reflective practice means the mentor thinking back over each
      meeting (what went well, what they would change, what it stirred up in them) and
      learning from it. Supervision means discussing their mentoring, confidentially, with
      someone more experienced. Both are essential because experienced managers mentor the
      way they manage unless something makes them stop and notice. Without reflection a
      mentor repeats the same mistakes, like my habit in the pilot of answering my own
      questions; without supervision a mentor is alone with difficult disclosures, may become
      over-involved, or may not realise a mentee needs more help than mentoring can give.
      I will provide quarterly group supervision for mentors with an external supervisor."""),

    H(1, "Conclusion"),
    P("""A mentoring scheme would give our new assistant managers support that a week at head
      office cannot. With clear roles, the right skills, a plan for barriers, proper
      contracting, safe and ethical practice, Kram's phases as a model, simple tools, regular
      monitoring, good records, reflection and supervision, it is affordable and realistic.
      I recommend a pilot with four pairs from the spring."""),
    H(1, "References"),
    P("Clutterbuck, D. (2014) Everyone Needs a Mentor. 5th edn. London: CIPD."),
    P("EMCC Global (2021) Global Code of Ethics."),
    P("Kram, K. E. (1983) 'Phases of the mentor relationship', Academy of Management Journal, 26(4), pp. 608-625."),

    H(1, "Appendix A - Mentoring agreement (pilot, Sept - Dec)"),
    T(
        ["Mentor", "R. Pugh, Area Manager"],
        ["Mentee", "Corinne Blyth, Assistant Manager, Hay-on-Wye"],
        ["Mentee mobile", "07700 900274"],
        ["Purpose", "Support in first months as assistant manager"],
        ["Frequency", "Monthly, about an hour, in person or video"],
        ["Confidentiality", "Nothing shared without agreement, except risk to safety, crime or gross misconduct"],
        ["Records", "Mentor keeps meeting notes on the company drive; mentee keeps own goals"],
        ["Ending", "Either party may end it at any time; review at three months"],
        ["Signed", "R. Pugh / C. B. 03/09/2024"],
    ),
    H(1, "Appendix B - Meeting record template"),
    T(
        ["Date", "Length", "Topics (outline only)", "Actions - who and by when", "Next meeting"],
        ["", "", "", "", ""],
    ),
]

CASE = Case(
    name="sm_301_bookshops_unstyled",
    unit="8587-301",
    kind="numbered-unstyled",
    files=[SourceFile("R Pugh 301 assignment final.docx", BLOCKS)],
    labels={
        "1.1": "a mentor from another branch gives a new manager somewhere safe",
        "1.2": "feed back to me on how the scheme is working",
        "1.3": "sighs at the mention of the new till system",
        "1.4": "mentoring time is planned into the rota a month ahead",
        "2.1": "made it sound like a conversation rather than a meeting",
        "2.2": "We revisit it after three months",
        "2.3": "to poach a good bookseller for your own branch",
        "3.1": "does not just fizzle out when the shops get busy",
        "3.2": "a \"best and worst day\" exercise",
        "3.3": "both can see movement in black and white",
        "4.1": "useful evidence at their appraisal if they choose to share them",
        "4.2": "mentor the way they manage unless something makes them stop",
    },
    expected_checks={
        "declaration": False,
        "evidence_matrix": None,
        "identifying": ["Corinne", "Corinne Blyth", "07700 900274"],
    },
    about="Bookshop chain area manager's 301 as unstyled DOCX: 1.1 under the pasted criterion with no number, then '1.2)', 'Q3 -', 'AC1.4', 'Task 2 (b)' before 'Task 2 (a)', 'Criterion 3.2 and 3.3' and '4.1 / 4.2' over two answers each, Kram model label in 4th paragraph, pasted welcome e-mail, agreement and record-template appendices, planted 'Corinne', 'Corinne Blyth' and a mobile number, no declaration.",
)
