"""8587-301 Understanding Good Practice in Mentoring: a ferry company's marine training officer, DOCX.

Fiona MacRae is the marine training officer of a ferry operator and is proposing a mentoring
scheme for engineer cadets and newly promoted officers. Word headings, but the numbering in
them is all over the place: the first three criteria are numbered as questions in order
("Q1.", "Question 2 -", "3)"), meaning 1.1, 1.2 and 1.3, and from 1.4 on she switches to the
criterion numbers in assorted forms ("AC 1.4", "Criterion 2.1 -", "(2.2)", "2.3", "Q3.1",
"Task 3.2", "3.3)", "AC4.1", "4.2"). Skills, knowledge and behaviours are a three-column
table. Section headings are her own, a header line repeats the company's document control
text, the introduction lists every topic, the model is Clutterbuck's five stages, and a
reference list and a signed declaration close it.
"""

from .case import B, Case, H, P, SourceFile, T

BLOCKS = [
    P("Islands Link Ferries | Marine Training | Uncontrolled when printed"),
    H(0, "Mentoring in the Fleet: a proposal"),
    P("""ILM Level 3 Certificate in Effective Coaching and Mentoring. Unit 301: Understanding Good
      Practice in Mentoring within an Organisational Context. Fiona MacRae, Marine Training
      Officer."""),
    H(1, "Introduction"),
    P("""Islands Link runs nine vessels on eleven routes, with crews working two weeks on, two
      weeks off. We take on four to six engineer cadets a year and promote around ten people to
      officer grades. At the moment they learn by watching whoever they happen to sail with.
      This proposal covers the purpose of mentoring for the company, the mentor's role,
      skills and barriers, starting the relationship and contracting, safe and ethical
      practice, a mentoring model, tools, monitoring, records, and reflection and
      supervision. It is written for the Marine Superintendent, who has to approve it."""),

    H(1, "Section 1 - Effective mentoring in the fleet"),
    H(2, "Q1. Purpose of mentoring at Islands Link"),
    P("""Mentoring is a longer-term relationship in which an experienced person supports the
      learning and development of a less experienced one, sharing knowledge and experience but
      helping the mentee to work things out for themselves. For us the purpose is practical:
      to get cadets through their sea time and their Certificate of Competency exams, to help
      newly promoted officers handle being in charge of people they used to work alongside, and
      to pass on the knowledge of the older engineers before they retire. Over a third of our
      chief and second engineers are over 55, and much of what they know about our older
      vessels is not written down anywhere. Mentoring also supports retention: we lost three of
      last year's cadets to offshore wind, and exit interviews said they felt nobody was
      looking out for them."""),
    H(2, "Question 2 - The mentor's role and responsibilities"),
    P("""A mentor at Islands Link is an experienced officer, usually from another vessel, who
      meets the mentee regularly to help them develop. They are not the mentee's line manager
      and not their assessor for the Training Record Book, which keeps those conversations
      honest. What is expected at each stage:"""),
    B("""Initiation: make contact within two weeks of being matched, hold an introductory
      conversation, agree the mentoring agreement and check expectations on both sides."""),
    B("""Middle stage: meet at least once a rotation, either in person at the terminal or by
      video when on leave, help the mentee set and review goals, share experience, listen,
      challenge, keep confidences and keep brief records."""),
    B("""Throughout: act as a role model, especially on safety culture, and refer on anything
      outside the mentor's competence, such as fatigue, mental health or a complaint about
      a senior officer."""),
    B("""Completion: review what has been achieved, plan next steps, close the relationship
      formally and give feedback on the scheme to the training office."""),
    H(2, "3) Skills, knowledge and behaviours"),
    T(
        ["Knowledge", "Skills", "Behaviours"],
        ["The CoC syllabus and the Training Record Book", "Active listening, including on a bad video line",
         "Patience with someone who has just failed an oral exam"],
        ["Our vessels, routes and Safety Management System", "Open and probing questions",
         "Confidentiality and discretion on small crews"],
        ["The mentoring model and agreement", "Giving balanced, specific feedback",
         "Being reliable when rotas clash"],
        ["Company policies on welfare, bullying and safeguarding", "Summarising and goal setting",
         "Modelling a just culture where mistakes are reported"],
    ),
    H(2, "AC 1.4 Barriers and how to get past them"),
    P("""Barrier for the mentor: rotations. The mentor and mentee are often on different vessels
      and opposite swings. To minimise this we match pairs who share a swing where possible, and
      allow meetings by video during leave, with the time paid as training."""),
    P("""Barrier for the mentee: the culture on board can be 'you learn it the hard way, like I
      did'. A cadet may not want to admit to a mentor that they do not understand the
      purifier, in case it gets back to the Chief. We overcome this by keeping mentors off the
      mentee's own vessel and by making the confidentiality rules very clear at the start."""),
    P("""Barrier for the organisation: cost and cover. Mentors need training and time, and the
      Marine Superintendent's budget is tight. I propose starting with six pairs, training the
      mentors in a single day at the Oban terminal, and measuring the effect on cadet
      retention and exam pass rates to make the case for more."""),

    H(1, "Section 2 - Contracting"),
    H(2, "Criterion 2.1 - First contact and building the relationship"),
    P("""The training office makes the match and sends both people a short profile, and the mentor
      makes first contact by phone rather than email, because a voice is friendlier. The
      first meeting should be informal, over a coffee at the terminal, talking about how they
      came to sea and what they want from it. Rapport is built by showing interest, using the
      mentee's language, and the mentor being open about their own early struggles; I still
      tell people about flooding the engine room bilge on my second trip. Trust builds when the
      mentor keeps promises and keeps confidences. Either person can ask for a rematch in the
      first month without giving a reason."""),
    H(2, "(2.2) The mentoring agreement"),
    P("""Contracting is needed so that mentor, mentee and the company all know what the
      relationship is for and what its limits are. Without it a mentee could reasonably
      assume everything is confidential, then feel betrayed if a safety issue is passed on.
      The process is: an introductory conversation about expectations; a draft written
      agreement using the training office template; a conversation to adapt it; and both
      signing, with a copy to the training office that shows only the names and dates. The
      agreement covers the purpose and goals, how often and how they will meet, how to cancel
      and rearrange around rotas, confidentiality and the exceptions (safety, safeguarding,
      illegality), what records are kept and who sees them, the length of the arrangement
      (twelve months) and how either side can end it. The training office is a stakeholder, so
      it agrees the overall aims but not the content of conversations."""),
    H(2, "2.3 Keeping it safe and ethical"),
    P("""Mentors will follow the EMCC Global Code of Ethics and the company's own policies. Safe
      and ethical practice means: confidentiality with clear, agreed exceptions; no mentoring
      of someone you line manage or assess; meeting in appropriate places (mess rooms and
      terminal offices, not cabins); extra care with cadets who are under 18 on joining, who
      are covered by the safeguarding policy; no pressure to share personal information;
      respecting diversity, since crews are mixed in age, nationality and gender; recording
      only what is needed and storing it securely; and mentors knowing when and how to refer,
      to the Designated Person Ashore, HR or the employee assistance line. These rules will be
      in the mentor training day so the company can be confident mentoring is not a risk."""),

    H(1, "Section 3 - The mentoring process"),
    H(2, "Q3.1 Managing the process using Clutterbuck's five stages"),
    P("""I propose Clutterbuck's model of developmental mentoring because it follows a
      relationship over time rather than a single conversation, which suits a twelve-month
      scheme. Rapport building: the first one or two meetings, getting to know each other and
      agreeing the contract. Direction setting: the mentee decides what they want to achieve,
      for example passing the Chief Mate's orals or running a watch. Progress making: the
      longest stage, meeting each rotation, working on goals, reviewing actions, with the
      mentee taking more ownership as it goes. Winding down: as goals are met, the mentor
      checks the mentee has the confidence and support to carry on. Moving on: a final review
      and a formal close, sometimes becoming an informal friendship. The mentor manages the
      process by knowing which stage they are in and not skipping ahead to goals before rapport
      is there."""),
    H(2, "Task 3.2 Tools and techniques"),
    P("""I propose three tools. A self-assessment against the Training Record Book competences,
      colour-coded red, amber, green by the mentee, which turns a long list into two or three
      clear priorities. A timeline exercise, where the mentee draws their path from now to
      their next certificate, which suits people who think visually and often shows gaps nobody
      had spotted. And a short preferences questionnaire at the first meeting: how they prefer to
      meet, whether they like to read up beforehand, and what has helped them learn before. From
      these the pair agree SMART goals and write them on the agreement."""),
    H(2, "3.3) Monitoring progress"),
    P("""Progress will be monitored in two main ways. First, every meeting starts with a review of
      the actions from last time and the RAG self-assessment is redone every three months, so
      the mentee can see amber turning green. Second, at six months there is a short review with
      the training office, using the mentee's own summary, to check the goals are still right.
      The Training Record Book sign-offs and exam results give a third, external measure."""),

    H(1, "Section 4 - Records, reflection and supervision"),
    H(2, "AC4.1 Records"),
    P("""Mentors will keep the signed agreement and a one-page note of each meeting: date, how
      long, what was discussed in outline, and actions. The mentee keeps their own copy and
      their goals. Records matter because on a two-weeks-on pattern a month can pass between
      meetings and nobody remembers what was agreed; they show the mentee their progress; and
      they show the company the scheme is running. To follow best practice records will be
      brief, factual, agreed with the mentee, stored in the company's secure SharePoint area and
      not on personal devices, kept under UK GDPR, and deleted a year after the end."""),
    H(2, "4.2 Reflective practice and supervision"),
    P("""Engineers are used to investigating what went wrong after a breakdown; reflective
      practice applies the same habit to the mentor's own conversations. After each meeting
      the mentor jots down what went well, what they would change and what they noticed about
      their own reactions. Supervision is a regular meeting with an experienced supervisor or
      the training officer to discuss cases confidentially. Without reflection, mentors slip
      into telling war stories instead of listening; without supervision they carry worries
      alone, may miss a safeguarding concern, or may not notice they are over-involved. I will
      run a quarterly group supervision call for all mentors and keep a log of themes."""),

    H(1, "Conclusion"),
    P("""A small, well-contracted scheme with trained mentors, a clear model, simple tools and
      proper records and supervision is realistic for Islands Link. I ask the Marine
      Superintendent to approve a six-pair pilot from April."""),
    H(1, "References"),
    P("Clutterbuck, D. (2014) Everyone Needs a Mentor. 5th edn. London: CIPD."),
    P("EMCC Global (2021) Global Code of Ethics for Coaches, Mentors and Supervisors."),
    P("Merchant Navy Training Board (2023) Cadet Training Record Book guidance."),
    P("""I confirm that this is my own work and that I have referenced all sources used.
      Signature: F. MacRae    Date: 21 February 2025"""),
    P("Islands Link Ferries | Marine Training | Uncontrolled when printed"),
]

CASE = Case(
    name="sj_301_ferry_docx",
    unit="8587-301",
    kind="structured-docx",
    files=[SourceFile("MacRae 301 Mentoring in the Fleet.docx", BLOCKS)],
    labels={
        "1.1": "much of what they know about our older vessels",
        "1.2": "make contact within two weeks of being matched",
        "1.3": "Patience with someone who has just failed an oral exam",
        "1.4": "we match pairs who share a swing where possible",
        "2.1": "makes first contact by phone rather than email",
        "2.2": "feel betrayed if a safety issue is passed on",
        "2.3": "mess rooms and terminal offices, not cabins",
        "3.1": "not skipping ahead to goals before rapport is there",
        "3.2": "colour-coded red, amber, green by the mentee",
        "3.3": "the mentee can see amber turning green",
        "4.1": "a month can pass between meetings and nobody remembers",
        "4.2": "slip into telling war stories instead of listening",
    },
    expected_checks={"declaration": True, "evidence_matrix": None},
    about="Ferry training officer's 301 with Word headings whose numbering mixes question order ('Q1.', 'Question 2', '3)' for 1.1-1.3) with AC numbers in many forms, skills table, own section headings, repeated header line, Clutterbuck stages, references, signed declaration.",
)
