"""8587-301 Understanding Good Practice in Mentoring: Word report with heading styles.

A care home group's deputy manager heads each answer with the AC number and a short title
of her own, groups two criteria under one heading, opens one section with a table and lets
others run over several paragraphs. She forgot to anonymise in places: the HR director's
full name, a pilot mentor as initial and surname, and her work e-mail address.
"""

from corpus.case import B, Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "Mentoring new care staff at Northfield Care"),
    P("Unit 8587-301 assignment"),
    P("Learner: Grace Adebayo-Thomas. ILM registration: G4410672"),
    P("""Declaration: I confirm this assignment is my own work and that I have acknowledged all
      sources I have used."""),

    H(1, "Introduction"),
    P("""Northfield Care runs six residential and nursing homes in West Yorkshire with 430
      staff, most of them care assistants. Turnover among new care assistants is high: in
      2025 a third of new starters left within three months. Our HR director, Deborah
      Quinlan, has asked me as deputy manager at our largest home to design a mentoring
      scheme pairing every new care assistant with an experienced senior carer for their
      first six months. This report sets out how I propose it should work."""),

    H(1, "Task 1"),
    H(2, "AC 1.1 Why mentoring matters here"),
    P("""I understand mentoring as a supportive relationship in which an experienced colleague
      helps a less experienced one to learn, grow in confidence and make sense of the job,
      with the mentee setting the agenda. It is different from the induction training and
      the Care Certificate, which teach set skills, and from supervision in the care sector
      sense, which is a management conversation about performance."""),
    P("""For Northfield, the point of mentoring is threefold. It should stop new carers leaving
      in the first weeks, when night shifts, personal care and the death of a resident can be
      overwhelming. It should pass on the practical knowledge that experienced carers have,
      such as how to reassure a resident with dementia who is looking for her mother. And it
      should give our senior carers a development step, which our staff survey says they
      want. Each new starter who stays saves us around £3,500 in recruitment and agency
      cover, and residents benefit from seeing familiar faces."""),

    H(2, "AC 1.2 What a mentor does, from start to finish"),
    P("""The mentor's role is to support, guide and encourage, to listen, and to help the
      mentee reflect and find their own way of working, sharing experience where that helps.
      A mentor is not the mentee's line manager and does not take part in their probation
      review."""),
    P("""At the beginning, the mentor meets the new starter on their first day, explains what
      mentoring is and agrees how they will work together. In the middle months they meet
      for half an hour every fortnight, help the mentee set goals, check how shifts are
      going, offer feedback and keep a brief record. They also notice when the mentee is
      struggling emotionally and make sure they know about the employee assistance line. At
      the end of six months the mentor reviews the goals with the mentee, celebrates what has
      been achieved and agrees what support they need next, and the formal relationship
      closes. Throughout, the mentor keeps to the agreement, stays within their competence and
      attends the mentors' support group."""),

    H(2, "AC 1.3 Knowledge, skills and behaviours"),
    T(
        ["Knowledge", "Skills", "Behaviours"],
        ["Mentoring stages and the GROW model; our policies on safeguarding, whistleblowing and data protection; the Care Certificate standards",
         "Active listening; open questions; summarising; giving feedback; helping set goals; keeping records",
         "Patient, approachable, non-judgemental, reliable, discreet; models the kindness we expect towards residents"],
    ),
    P("""Of these, the behaviour I worry about most is patience. Our senior carers work fast
      and under pressure, and the natural reaction when a new starter is slow is to take over
      the task. A good mentor has to let the new person do it, even if it takes twice as
      long, and talk about it afterwards."""),

    H(2, "AC 1.4 Barriers and how we will deal with them"),
    P("""The first barrier is staffing. When a home is short, mentoring meetings are the first
      thing cancelled. We will rota mentoring time into the shift pattern, with the 2pm
      handover overlap used for meetings, and managers will report cancellations monthly."""),
    P("""The second barrier is that new starters may not want to admit they are struggling to
      a senior carer, who they see as part of management. Mentors will be chosen from a
      different unit of the home, and the agreement will state that nothing is passed to the
      manager except safeguarding concerns."""),
    P("""The third is language and confidence. About a quarter of our new starters speak
      English as an additional language. We will try to match them with a mentor who speaks
      their first language where they want that, and mentors will check understanding
      without making assumptions."""),

    H(1, "Task 2"),
    H(2, "AC 2.1 and 2.2 Getting started and agreeing how we work"),
    P("""The relationship starts before the first shift: the mentor sends a welcome card with
      a photograph and a few lines about themselves. On day one the mentor meets the new
      starter at the door, shows them the staff room and introduces them to residents, which
      helps rapport more than any formal meeting. In the first sit-down conversation the
      mentor asks about the new starter's reasons for going into care and shares their own.
      Trust grows when the mentor keeps small promises and when the mentee sees that what
      they said has not gone round the home."""),
    P("""A written agreement is needed because care homes are gossipy places, and without
      clear terms a new starter will assume everything is reported. Drawing it up also
      shows the mentee that the relationship is theirs too."""),
    P("""The process starts with the home manager, the mentor and the mentee agreeing the
      scheme's purpose and time allowance. Then mentor and mentee agree their own terms:
      fortnightly meetings, where, what happens if a meeting is missed, confidentiality and
      its limits, what records are kept and who sees them, and how either can ask for a
      change of mentor. Both sign it and each keeps a copy. It is reviewed at three months,
      for example when a mentee moves onto nights."""),

    H(2, "AC 2.3 Keeping it safe and ethical"),
    P("""Mentoring must follow our safeguarding policy: if a mentee reports poor practice or
      abuse of a resident, the mentor must pass it to the home manager that day, and mentees
      are told this in the agreement. Personal matters stay confidential unless there is a
      risk of harm. Mentors must not mentor someone they are related to or living with, which
      is common in a small town. Meetings happen on site in the quiet lounge or the training
      room, never in the mentor's car or home. We follow the Equality Act 2010, for example
      adjusting meeting times for Muslim staff during Ramadan, and the EMCC Global Code of
      Ethics."""),

    H(1, "Task 3"),
    H(2, "AC 3.1 Managing the mentoring process"),
    P("""I propose Clutterbuck's (2014) five phases to shape the six months: rapport building
      in the first fortnight, setting direction by the end of the first month, progression
      through months two to five, winding down in month six and moving on. Within each
      meeting, mentors use GROW, because it is easy to remember on a busy shift. The strength
      of this approach is that it reminds mentors the relationship will end and has to be
      ended well; its weakness is that real relationships jump back and forth between
      phases, especially after a distressing event such as a resident's death."""),

    H(2, "AC 3.2 Tools to find out what the mentee needs"),
    P("""We will use three tools. A confidence rating against the fifteen Care Certificate
      standards shows where the mentee feels least sure, often moving and handling or end of
      life care. A short learning preferences conversation based on Honey and Mumford helps
      the mentor decide whether to demonstrate, talk through or give something to read. And
      a 'best shift, worst shift' exercise, where the mentee describes one of each, brings
      out what they value and what frightens them. From these the mentee picks two or three
      goals."""),

    H(2, "AC 3.3 Checking progress"),
    P("""Progress will be checked by reviewing actions at the start of each meeting, by
      repeating the confidence rating at months three and six, and by feedback from the
      senior on the mentee's shifts, which the mentee asks for themselves. The first keeps
      momentum; the second shows change over time; the third brings in what others see."""),

    H(1, "Task 4"),
    H(2, "AC 4.1 Records"),
    P("""Mentors keep the agreement, the confidence ratings, brief notes of each meeting with
      agreed actions, and their own reflective notes. Mentees keep a learning log. Records
      help both remember what was agreed, show progress and help us evaluate the scheme.
      They must be factual, shared with the mentee, and stored in the locked mentoring
      drawer in each home's office or the restricted folder on the HR system, in line with
      UK GDPR, and destroyed a year after mentoring ends. One mentor on our pilot, S. Mwangi,
      kept her notes on her personal phone, and we have changed the guidance so that this
      cannot happen again. For queries about the pilot, mentors contacted her at
      s.mwangi@northfieldcare.co.uk during the trial."""),

    H(2, "AC 4.2 Why mentors must reflect and be supervised"),
    P("""Mentors in care will hear hard things, from homesickness to a new starter's first
      experience of a resident dying. Reflection, for example using Gibbs' cycle after a
      difficult meeting, helps them learn from what happened rather than repeating it.
      Supervision, in Hawkins and Shohet's sense, gives them someone to talk to, a check on
      quality, and support with their own feelings."""),
    P("""Without it mentors may take on more than they can carry, give advice that is outside
      their competence, or slide into telling new starters how things have always been done,
      which is exactly the culture we want to change. I will hold a mentors' group every six
      weeks, and each mentor can ask me for one-to-one time in between."""),

    H(1, "References"),
    B("Clutterbuck, D. (2014) Everyone Needs a Mentor. 5th edn. London: CIPD."),
    B("Gibbs, G. (1988) Learning by Doing. Oxford: Further Education Unit."),
    B("Hawkins, P. and Shohet, R. (2012) Supervision in the Helping Professions. Maidenhead: Open University Press."),
    B("Honey, P. and Mumford, A. (1992) The Manual of Learning Styles. Maidenhead: Peter Honey."),
]

CASE = Case(
    name="b_301_headed",
    unit="8587-301",
    kind="structured-docx",
    files=[SourceFile("Grace A-T unit 301.docx", BLOCKS)],
    labels={
        "1.1": "looking for her mother",
        "1.2": "employee assistance line",
        "1.3": "twice as long",
        "1.4": "2pm handover overlap",
        "2.1": "welcome card with a photograph",
        "2.2": "care homes are gossipy places",
        "2.3": "related to or living with",
        "3.1": "easy to remember on a busy shift",
        "3.2": "best shift, worst shift",
        "3.3": "which the mentee asks for themselves",
        "4.1": "locked mentoring drawer",
        "4.2": "how things have always been done",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": None,
        "identifying": ["Deborah Quinlan", "S. Mwangi", "s.mwangi@northfieldcare.co.uk"],
    },
    about="Care home deputy's 301 report: styled headings, two ACs under one heading, table-first section; three details left in.",
)
