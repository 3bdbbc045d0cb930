"""8587-301 Understanding Good Practice in Mentoring: a council planning officer's assignment, PDF from Word.

Farhan Siddiqui is a principal planning officer in a district council's development
management team and mentors graduate planners on the council's RTPI-accredited
scheme. He wrote in Word with Heading 1/2 styles and saved it as PDF. Most headings carry
an AC number, but he answered several criteria under one heading: '1.2 and 1.3', and
'3.2 and 3.3', each answered in its own paragraphs beneath. Appendix 1 is a mentee
feedback form he used as an example of a record for 4.1; the 4.1 label stays in his answer,
not the form. No declaration; no matrix (a knowledge unit).

Planted: in the appendix, the mentee's signature name under the feedback form (Chloe
Harrington) and her work e-mail address on the form.
"""

from corpus.case import B, Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "Unit 301: Understanding Good Practice in Mentoring within an Organisational Context"),
    P("""Farhan Siddiqui, Principal Planning Officer (Development Management), Broadmere
      District Council. ILM Level 5 Certificate in Effective Coaching and Mentoring."""),

    H(1, "Introduction"),
    P("""Our planning service runs a two-year graduate scheme. Each year we recruit two or
      three graduates with a planning degree, who work towards chartered membership of the
      Royal Town Planning Institute (RTPI) through its Assessment of Professional
      Competence. Every graduate is given a mentor from outside their own team; I mentor
      two graduates at present, referred to here as Mentee 1 (first year, householder
      applications) and Mentee 2 (second year, major applications). This assignment uses
      that scheme as its context throughout."""),

    H(1, "1.1 The purpose of mentoring in our organisation"),
    P("""Mentoring is a relationship in which a more experienced person supports the
      learning and development of a less experienced one, mainly by helping them reflect
      and by sharing knowledge and experience, over a sustained period. Clutterbuck
      describes developmental mentoring as helping someone make significant transitions
      in knowledge, work or thinking. In a council planning service the purpose is
      practical. Graduates arrive knowing planning law from university but not how to
      handle an angry objector at a committee meeting, how to negotiate with a developer's
      agent, or how to manage a caseload of forty applications against statutory deadlines.
      Mentoring helps them make that transition faster and more safely than learning by
      trial and error. For the council the benefits are retention (planners are scarce and
      neighbouring authorities and private consultancies recruit ours), quicker progress to
      chartership, and a culture where asking for help is normal. Mentoring is also used for
      officers stepping up to team leader and as part of our positive action programme."""),

    H(1, "1.2 and 1.3 The mentor's role, and what a mentor needs"),
    P("""The mentor's role is different from the line manager's and from a coach's. The
      line manager allocates cases, signs off reports and assesses performance. A coach
      works on a specific performance goal, usually over a shorter period, and does not
      need to know the field. A mentor in our scheme has been through chartership and
      knows the job, and uses that experience to guide, but the agenda is the mentee's.
      I act as a sounding board, a source of professional knowledge, a role model and
      sometimes a door-opener, for example arranging for Mentee 2 to shadow an appeal
      hearing. My responsibilities across the relationship are to agree a clear contract
      at the start, to meet as agreed, to keep confidences within the limits we set,
      to encourage the mentee to take ownership of their own development, to keep records,
      to avoid stepping into their line manager's territory by commenting on their cases,
      to refer on to HR or occupational health when something is outside my role, and to
      close the relationship properly when the scheme ends."""),
    P("""The knowledge a mentor needs includes the RTPI competences and the APC process,
      the council's policies (including safeguarding and dignity at work), at least one
      mentoring model and an understanding of how adults learn. The skills are listening,
      open and probing questioning, summarising, giving balanced feedback, helping someone
      set goals, and managing a conversation to time. The behaviours are harder to teach:
      patience, genuine curiosity about the other person, being non-judgemental, modelling
      the professional standards we expect, and keeping my own views out of their choices.
      I used the EMCC competence framework as a checklist and found my gap was in behaviour:
      I want to share stories from my own career more than the mentee needs to hear them."""),

    H(1, "1.4 Barriers and how to get past them"),
    P("""The first barrier is workload and time. Planning officers are measured on how many
      applications they determine within eight weeks, so an hour of mentoring feels like an
      hour lost. We overcome this by the scheme allowing one hour a fortnight in work time,
      recorded in the time-recording system under its own code, so it is visible and
      protected. The second is hierarchy: a graduate may be reluctant to admit difficulties
      to a principal officer. Pairing mentees with a mentor from a different team helps, as
      does my being open about mistakes I made early on. The third barrier is the open-plan
      office at Broadmere House, with no private space; we book the small interview rooms
      on the ground floor or walk by the river. A fourth is mismatched expectations, which
      a clear contract at the start deals with."""),

    H(1, "2.1 Getting the relationship going"),
    P("""I use several methods. A first informal meeting before anything is agreed, where we
      talk about backgrounds and why each of us is involved, and the mentee is free to ask
      for a different mentor afterwards. Sharing my own route into planning, including the
      planning appeal I lost in my first year, so the relationship feels two-way. Asking
      the mentee to bring their APC log so we start with their own priorities. And agreeing
      how we will communicate between meetings, since Teams messages can easily turn into
      a help desk."""),

    H(1, "2.2 Contracting"),
    P("""The rationale for contracting is that both parties, and the organisation, need the
      same understanding of what the mentoring is for and how it will work; without one,
      misunderstandings about confidentiality or purpose damage trust. A contract also
      makes the relationship safer and more ethical by setting boundaries before they are
      tested. Our contract covers the purpose and goals, frequency and length of meetings,
      venue, confidentiality and its limits, what if anything is reported to the line
      manager or scheme coordinator, record keeping, how to raise concerns, and how and
      when the relationship ends. The process: the scheme coordinator introduces us and
      explains the scheme's expectations; in our first full meeting the mentee and I go
      through the template and agree each section in our own words; we both sign it and
      the coordinator receives a copy of the first page only; and we review it at six
      months to check it still fits."""),

    H(1, "2.3 Safe and ethical mentoring"),
    P("""Safe and ethical mentoring means keeping the mentee's interests at the centre.
      Confidentiality is the foundation, but with clear limits stated at the start: risk of
      harm to themselves or others, or serious misconduct such as a breach of the planning
      code of conduct, would have to be passed on. Conflicts of interest need managing.
      In planning this is real: if Mentee 2 were handling an application that I had
      previously advised the applicant on at pre-application stage, I would tell the
      scheme coordinator and we would not discuss that case at all. Practical safety means
      meeting in council buildings or public places, not at home. Working within my
      competence means referring wellbeing issues on to the employee assistance programme.
      Equality matters too: I must not favour a mentee who reminds me of myself. I follow
      the EMCC Global Code of Ethics and the RTPI Code of Professional Conduct."""),

    H(1, "3.1 Managing the process"),
    P("""I manage the relationship using Clutterbuck's five stages of developmental
      mentoring. Building rapport takes the first one or two meetings: getting to know each
      other and testing whether the pairing works. Setting direction follows, when we agree
      goals linked to the APC competences and the mentee's career aims. Progression is the
      main part, where the mentee brings issues and reviews their actions, and I try to
      move from guiding to challenging as confidence grows. Winding down begins about three
      months before the end of the scheme, when we review what has been achieved and what
      the mentee will do without me. Moving on is the final meeting and after, when the
      relationship may become an informal professional friendship. Within individual
      meetings I use GROW to keep the conversation purposeful. Managing the process means
      noticing which stage we are in and not rushing, for example not pushing for goals
      before there is enough rapport to be honest about them."""),

    H(1, "3.2 and 3.3 Tools for goals, and checking progress"),
    P("""Several tools help identify preferences and agree goals. A skills self-assessment
      against the RTPI competences, scored one to five, shows the mentee where they feel
      weakest and gives us an agreed starting point. A learning preferences conversation
      (I use Honey and Mumford's questionnaire loosely) tells me whether the mentee wants
      to read, watch, or try things, so goals can be set in a way that suits them. A simple
      career timeline, drawn on flipchart paper, helps mentees like Mentee 1 who are unsure
      what they want in five years. SMART objectives then turn those preferences into goals
      we can both recognise. Mentee 2 found a force-field analysis useful for a goal about
      presenting at planning committee, listing what helped and what held her back."""),
    P("""Progress is monitored in more than one way. At the start of each meeting we go
      through the actions from last time, which keeps the mentee accountable and shows
      early if a goal is unrealistic. Every three months the mentee rescores the skills
      self-assessment, which makes progress visible in a way daily work does not. The APC
      log itself is a record of experience that we review together before each submission
      window. And I ask for short feedback on the mentoring at six months, using the form
      in Appendix 1, which tells me whether the process is working for them."""),

    H(1, "4.1 Why records matter"),
    P("""For the mentee, records of each meeting are a reminder of what they agreed to do,
      evidence of their development that feeds directly into the APC log, and something
      to look back on when they doubt their progress. For the mentor, records show what
      has been covered, allow me to prepare, help me spot patterns, and provide evidence
      that I have met my responsibilities if the scheme coordinator or a complaint ever
      asks. They also give me material for supervision. Records are brief, agreed with the
      mentee, kept on the restricted drive and deleted a year after the scheme ends under
      the council's retention schedule. An example of the mentee feedback form, which is
      itself part of the record, is in Appendix 1."""),

    H(1, "4.2 Reflection and supervision"),
    P("""I would argue that a mentor who does not reflect or take supervision puts the mentee
      at risk. The mentor has influence over a junior colleague's career, and without
      reflection that influence goes unexamined: I would keep repeating the same habits,
      such as telling stories about my own career, without noticing their effect. Using
      Gibbs' cycle after each meeting gives me a structure to learn from what happened.
      Supervision goes further, because I cannot see my own blind spots; my monthly
      supervision with the council's organisational development lead has already shown
      me that I avoid challenge with mentees I like. Supervision is also where ethical
      dilemmas can be tested before they cause harm. For a profession that already
      expects reflective practice for CPD, mentoring without it would be inconsistent."""),

    H(1, "References"),
    B("Clutterbuck, D. (2014) Everyone Needs a Mentor. 5th edn. London: CIPD."),
    B("Gibbs, G. (1988) Learning by Doing. Oxford: FEU."),
    B("Honey, P. and Mumford, A. (1992) The Manual of Learning Styles."),
    B("RTPI (2023) Code of Professional Conduct. London: Royal Town Planning Institute."),

    H(1, "Appendix 1: Mentee feedback form (six-month review)"),
    T(
        ["Question", "Response"],
        ["Name and e-mail", "Chloe Harrington, chloe.harrington@broadmere.gov.uk"],
        ["What has been most useful?", "Talking through the committee presentation before I did it."],
        ["What could be better?", "Sometimes we run out of time for my own topics."],
        ["How well does your mentor listen? (1-5)", "4"],
        ["Any other comments", "Happy to continue for year two."],
    ),
    P("Signed: Chloe Harrington     Date: 12 September 2025"),
]

CASE = Case(
    name="m_301_planning_pdf",
    unit="8587-301",
    kind="structured-pdf",
    files=[SourceFile("Unit 301 assignment - F Siddiqui.pdf", BLOCKS)],
    labels={
        "1.1": "Mentoring helps them make that transition faster",
        "1.2": "to avoid stepping into their line manager's territory",
        "1.3": "I want to share stories from my own career",
        "1.4": "recorded in the time-recording system under its own code",
        "2.1": "the mentee is free to ask for a different mentor",
        "2.2": "the coordinator receives a copy of the first page",
        "2.3": "previously advised the applicant on at pre-application stage",
        "3.1": "not pushing for goals before there is enough rapport",
        "3.2": "Honey and Mumford's questionnaire loosely",
        "3.3": "the mentee rescores the skills self-assessment",
        "4.1": "feeds directly into the APC log",
        "4.2": "I avoid challenge with mentees I like",
    },
    expected_checks={
        "declaration": False,
        "evidence_matrix": None,
        # the mentee's signature name under the appendix feedback form and her e-mail on it;
        # Mentee 1/2, the scheme coordinator, Broadmere, RTPI, EMCC, theorists: not identifying
        "identifying": ["Chloe Harrington", "chloe.harrington@broadmere.gov.uk"],
    },
    about="Council planning officer's 301 assignment as PDF from Word: styled headings with AC numbers, '1.2 and 1.3' and '3.2 and 3.3' under one heading each, appendix feedback form with a signature name and e-mail.",
)
