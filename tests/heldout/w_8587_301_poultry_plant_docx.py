"""8587-301 Understanding Good Practice in Mentoring: a poultry processor's L&D adviser, DOCX with shared headings.

Marcin Zielinski is learning and development adviser at a poultry processing plant in
Norfolk and writes a proposal to replace the site's informal "coaching buddy" scheme with
proper mentoring for new line leaders. Word headings carry the AC numbers, but several
criteria share one heading: "1.3 and 1.4", "2.1 and 2.2" and "4.1 / 4.2", each answered in
separate paragraphs under it (skills first then barriers; starting the relationship first
then contracting; records then reflective practice). 3.2 and 3.3 have their own headings,
3.1 sits under a heading with no number ("The model"). He slips between "coachee" and
"mentee" because the old scheme used coaching words. An introduction and conclusion touch
most topics. References. No declaration.

Planted (1): a coachee's line manager on the old buddy scheme, by full name, in the
barriers paragraph ("Gary Threlfall").
Clean but tricky: Clutterbuck, Megginson, Kram, Whitmore, Gibbs; EMCC, CIPD, BRC, Red
Tractor, Kogan Page, Nicholas Brealey; Norfolk, Attleborough; Polish, Lithuanian; job titles
(Shift Manager, Hygiene Manager, Site Director); mentee pseudonyms in an example.
"""

from corpus.case import B, Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "Proposal: a mentoring scheme for new line leaders"),
    P("""ILM Level 3 Certificate in Effective Coaching and Mentoring - Unit 8587-301
      Understanding good practice in mentoring within an organisational context"""),
    P("Marcin Zielinski, Learning and Development Adviser, Eastfield Poultry, Attleborough site"),

    H(1, "Introduction"),
    P("""Eastfield Poultry's Attleborough site processes around 900,000 birds a week across two
      shifts and employs 1,100 people, about half of whom have English as a second language.
      Every year we promote 20 to 25 line operatives to line leader. Since 2021 new line
      leaders have been given a "coaching buddy", an experienced leader on the same shift, but
      there is no training, no agreement and no records, and the Site Director has asked me to
      propose something better. This document explains why mentoring is the right approach,
      what the mentor's role is, how relationships will be started and contracted, the model
      and tools, how progress and records will be managed and why mentors need reflection and
      supervision."""),

    H(1, "1.1 Purpose of mentoring at Eastfield"),
    P("""Mentoring here means pairing a new line leader with an experienced leader from the
      other shift who helps them grow into the role over six to nine months, mostly by
      asking questions and sharing experience, not by telling them what to do. For the
      business the purpose is clear: we lose about a third of new line leaders in their first
      year, mostly back to operative roles, and every one costs us their training and a gap
      on the line. Line leaders are also the people who make our BRC and Red Tractor
      standards happen on the floor at 4am, so their confidence matters for food safety, not
      just for morale. Mentoring also helps us develop people from the large Polish,
      Lithuanian and Portuguese parts of our workforce into leadership, which the Site
      Director has made a priority."""),

    H(1, "1.2 What a mentor does"),
    P("""The mentor's role is to be a trusted, more experienced colleague who is outside the
      mentee's line of management. Their responsibilities change over the relationship:"""),
    B("""At the start: meet within the first fortnight of the mentee's promotion, explain what
      mentoring is, agree the mentoring agreement and talk about what the mentee hopes to get
      out of it."""),
    B("""During: meet every two weeks for about an hour, in work time, help the mentee set and
      review goals, listen and ask questions, share their own experience when it helps, keep
      confidences within the agreed limits and keep a short record."""),
    B("""Throughout: model the standards they expect from line leaders (hygiene, PPE, how to
      talk to operatives), and signpost to HR, occupational health or the employee
      assistance line rather than trying to fix problems outside their role."""),
    B("""At the end: review progress, agree how the mentee will carry on developing and close
      the relationship properly, then give feedback on the scheme to L&D."""),

    H(1, "1.3 and 1.4 Skills, knowledge, behaviours and barriers"),
    P("""Mentors will need knowledge of the line leader job, the site's food safety and health
      and safety rules, the absence and disciplinary procedures (so they can signpost, not
      advise), and the mentoring model and agreement. Skills: active listening, open and
      probing questions, summarising, giving balanced feedback and helping someone set SMART
      goals. Behaviours: patience, being reliable about turning up, keeping confidences,
      respecting people from every background, and the honesty to say "I got that wrong once
      too". Being able to explain things clearly to someone whose first language is not
      English, without talking down to them, is a skill I would put near the top of the list
      for our site."""),
    P("""There are barriers for all three parties. For mentors the barrier is time: leaders
      are measured on line output and an hour away from the line feels like a risk. We will
      overcome this by building sessions into the shift pattern and telling Shift Managers
      that mentoring time is protected. For mentees the barrier is trust, especially where
      the buddy was on the same shift and could be seen as reporting back. Mentors will
      therefore always come from the other shift. For the organisation the barrier is
      managers who do not see the point. On the buddy pilot last year one coachee's manager,
      Gary Threlfall, cancelled her buddy sessions three weeks running because the line was
      short, and she gave up. To avoid this the Site Director will write to all Shift
      Managers before launch, and managers will sign the agreement as a stakeholder.
      Language is a fourth barrier; we will match on a shared language where we can and use
      the site's interpreters for the first meeting if needed."""),

    H(1, "2.1 and 2.2 Starting the relationship and contracting"),
    P("""L&D will match each new line leader with a mentor from the opposite shift, taking
      into account language, area of the plant and, where possible, the coachee's own
      preference from a short list of three. The mentor then makes first contact in person
      on the handover between shifts, not by email, because many of our leaders rarely read
      their email. The first meeting is a get-to-know-you over a coffee in the training room,
      not on the production floor, with the mentor sharing how they started on the line.
      Rapport is built by listening more than talking, remembering what the mentee said last
      time and doing what they promise. A no-fault rematch will be offered after the first
      month if the pair is not working."""),
    P("""Contracting is needed because without a clear agreement both sides fill the gaps with
      their own assumptions. The old buddy scheme showed this: mentees did not know whether
      what they said would get back to their Shift Manager, so they said very little. The
      process will be: first meeting to talk about expectations; the mentor brings the L&D
      agreement template to the second meeting and they adapt it together; both sign it; and
      the mentee's Shift Manager signs a short stakeholder section agreeing to release the
      mentee and not to ask what is discussed. The agreement covers the purpose and goals,
      frequency and length of meetings, where they meet, confidentiality and its limits
      (food safety, health and safety, safeguarding and anything illegal), what notes are kept
      and where, how to cancel and rearrange, a review point at three months and how either
      side can end it."""),

    H(1, "2.3 Safe and ethical practice"),
    P("""To reassure the business that mentoring is safe: mentors will follow the EMCC Global
      Code of Ethics and our own policies. No one mentors someone they manage or are related
      to. Meetings happen on site in the training room or canteen, never in cars or at home.
      Confidentiality has written exceptions and mentors know to go to HR the same day if
      they hear about bullying, harassment or a safety risk. Mentors will not give advice on
      immigration, money or health; they signpost to the employee assistance line. They will
      treat every mentee fairly whatever their nationality, age or gender, and notes will be
      kept to the minimum and stored in the locked L&D cabinet, under UK GDPR."""),

    H(1, "The model"),
    P("""I propose Kram's four phases of mentoring (initiation, cultivation, separation and
      redefinition) as the overall shape, because it reminds mentors that the relationship
      changes and has to end, which the buddy scheme never did. Initiation is the first month:
      matching, first meetings and the agreement. Cultivation is months two to six, when most
      of the work on goals happens and the mentee gradually takes more control of the agenda.
      Separation is planned from month six: the mentor steps back, meetings space out and the
      mentee reviews their progress. Redefinition is when they become colleagues, sometimes
      with the mentee becoming a mentor in turn. Within each meeting mentors will use GROW
      (Whitmore) as a simple structure, which many of our leaders already know from their
      team leader course. L&D will manage the process by checking in with each pair at the
      end of initiation and at the separation point so no pair just drifts."""),

    H(1, "3.2 Tools and techniques"),
    P("""Three tools will be used at the start. First, a line leader self-assessment against the
      competency framework, scored 1 to 4, which shows the mentee where to start. Second, a
      short learning preferences conversation using simple questions (do you learn best by
      watching, doing or reading?) rather than a long questionnaire, because several of our
      mentees find written English hard. Third, a "best and worst shift" exercise, where the
      mentee describes their best and worst shift as a leader so far; this usually brings out
      what they care about and what scares them. From these the pair agree two or three SMART
      goals, for example: "Mentee X will run the pre-shift briefing without help from the
      Shift Manager, in English, by the end of month three"."""),

    H(1, "3.3 Monitoring and reviewing progress"),
    P("""Progress will be monitored in three ways. Each meeting opens with a review of the actions
      from the last one, so the mentee sees small steps adding up. At three months the pair
      redo the self-assessment and compare the scores with the first one, which turns a vague
      sense of getting better into numbers the mentee can see. And with the mentee's
      agreement, the Shift Manager is asked at three and six months for two or three examples
      of change on the line, which gives an outside view and keeps the stakeholder involved."""),

    H(1, "4.1 / 4.2 Records, reflection and supervision"),
    P("""Records: mentors keep the signed agreement and a half-page note after each meeting with
      the date, length, topics in outline and actions; mentees keep a copy of their goals and
      actions. For the mentee, records show progress, which matters on night shift when
      tiredness makes everything feel the same; for the mentor they are a prompt for the
      next meeting and evidence that the scheme is running. Best practice: notes are brief,
      factual, written so the mentee could read them, stored in the locked L&D cabinet, never
      on personal phones, kept under UK GDPR and shredded a year after the relationship ends."""),
    P("""Reflective practice and supervision are not optional extras. Mentors on our site are
      strong, practical people who are used to solving problems fast; without reflection
      they will fall back into telling mentees what to do, which is exactly what the buddy
      scheme did. A short reflection after each meeting, using Gibbs' cycle, makes them ask
      what they did and why. Supervision, a monthly group session with me and a quarterly
      one-to-one, gives mentors somewhere to take the difficult things: a mentee who
      discloses a problem at home, a pair that is not working, or a mentor who has become a
      rescuer. Without it mentors burn out, problems go unnoticed until someone leaves, and
      poor practice spreads. That is why I am arguing that supervision time is protected in
      the same way as mentoring time."""),

    H(1, "Conclusion"),
    P("""A properly contracted scheme with trained mentors from the other shift, Kram's phases,
      three simple tools, clear records and regular supervision fixes the problems of the
      buddy scheme. I recommend a pilot with ten pairs from the spring promotions, reviewed
      after six months against first-year retention of line leaders."""),

    H(1, "References"),
    P("Clutterbuck, D. (2014) Everyone Needs a Mentor. 5th edn. London: CIPD."),
    P("Kram, K. E. (1983) Phases of the mentor relationship. Academy of Management Journal, 26(4)."),
    P("Megginson, D. et al. (2006) Mentoring in Action. 2nd edn. London: Kogan Page."),
    P("Whitmore, J. (2017) Coaching for Performance. 5th edn. London: Nicholas Brealey."),
    P("EMCC Global (2021) Global Code of Ethics."),
    T(
        ["Word count", "3,040 (excluding references)"],
    ),
]

CASE = Case(
    name="w_8587_301_poultry_plant_docx",
    unit="8587-301",
    kind="structured-docx",
    files=[SourceFile("Zielinski_M_301_mentoring_proposal.docx", BLOCKS)],
    labels={
        "1.1": "lose about a third of new line leaders",
        "1.2": "meet within the first fortnight of the mentee's promotion",
        "1.3": "without talking down to them",
        "1.4": "Mentors will therefore always come from the other shift",
        "2.1": "makes first contact in person on the handover between shifts",
        "2.2": "both sides fill the gaps with their own assumptions",
        "2.3": "never in cars or at home",
        "3.1": "checking in with each pair at the end of initiation",
        "3.2": "describes their best and worst shift as a leader so far",
        "3.3": "redo the self-assessment and compare the scores",
        "4.1": "tiredness makes everything feel the same",
        "4.2": "a mentor who has become a rescuer",
    },
    expected_checks={
        "declaration": False,
        "evidence_matrix": None,
        "identifying": ["Gary Threlfall"],
    },
    about="Poultry plant L&D adviser's 301 DOCX: shared headings '1.3 and 1.4', '2.1 and 2.2', '4.1 / 4.2' with one paragraph per AC, 3.1 under an unnumbered 'The model' heading, coachee/mentee wording mixed, a coachee's manager named in full, Kram and GROW, no declaration.",
)
