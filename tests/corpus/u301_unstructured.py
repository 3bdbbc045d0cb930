"""8587-301 Understanding Good Practice in Mentoring: a level 3 essay with no structure.

Rachel Adeyemi, assistant head at a primary school, writes her unit 301 answer as a
continuous essay in Word: Normal paragraphs only, no task numbers, no sub-headings, in an
order of her own (first contact and rapport before purpose; barriers late). Each AC is
answered in one or two paragraphs somewhere in the essay.
"""

from .case import Case, P, SourceFile

BLOCKS = [
    P("Good Practice in Mentoring at Oakfield Primary – Rachel Adeyemi – ILM Level 3 Unit 301"),
    P("""I confirm this essay is my own work and that I have referenced the sources I have
      used. Rachel Adeyemi, learner registration R2290457, Bridgewater Education Centre."""),
    P("""Oakfield is a two-form entry primary school with forty staff. Each year we appoint two
      or three early career teachers and several new teaching assistants, and from September
      I will lead a mentoring programme for them as well as mentoring two of them myself. This
      essay sets out how I understand good practice in mentoring in our setting."""),
    P("""The way a mentoring relationship starts has a big influence on whether it will be
      productive, so I will begin there. Before we meet I send the new colleague a short,
      friendly note with a photo and a few lines about my own career, including that my first
      year of teaching was in a challenging school in Croydon and that I nearly gave up at
      Easter, so they have an early sense of who I am and why I might be useful to them. The
      first meeting is informal, often over a cup of tea in the library after school rather
      than in my office, which carries the weight of leadership. I concentrate on building
      rapport by showing curiosity about them as a person, listening far more than I speak,
      noticing and matching their energy, and finding common ground. A second method I use is
      a 'hopes and fears' conversation, where we each write down what we hope to get from
      mentoring and what worries us, and then compare. This surfaces anxieties, such as fear
      that mentoring is a form of monitoring, so they can be addressed openly. Trust then
      grows through consistency: keeping to the times we agree, following through on small
      promises and respecting confidentiality from the very first conversation."""),
    P("""Mentoring, as I understand it, is a relationship in which a more experienced colleague
      supports the learning and development of another through conversation, challenge and
      encouragement, with the mentee taking responsibility for their own growth (Clutterbuck,
      2014). It differs from coaching, which tends to be shorter and focused on a specific
      aspect of performance, from training, which transfers defined knowledge or skills, and
      from counselling, which addresses personal and emotional difficulties. In a school the
      purpose of effective mentoring is to help new staff become confident, reflective
      practitioners quickly, to reduce the high rate at which teachers leave the profession in
      their first five years, and to pass on the practical wisdom that is not in any policy,
      such as how to handle a difficult conversation with a parent at the classroom door. The
      benefits reach the school as a whole: better retention saves recruitment costs, pupils
      get more consistent teaching, and mentors themselves sharpen their own practice by
      articulating it. Mentoring is also used at Oakfield for staff preparing for middle
      leadership and for support staff starting a teaching apprenticeship."""),
    P("""The role of the mentor is therefore to facilitate rather than to direct. A good mentor
      helps the mentee to think through their own situations, offers a perspective from
      experience when it is helpful, acts as a critical friend who will challenge
      assumptions, and sometimes as a sponsor who opens doors, for instance arranging for an
      early career teacher to observe an outstanding phonics lesson in our partner school. The
      mentor is not the mentee's line manager and must not become an informal assessor, even
      though in schools there is a strong pull towards judging lessons. The mentor's
      responsibilities run through the life of the relationship. At the start they agree the
      contract, boundaries and arrangements; during it they plan and hold regular sessions,
      use appropriate tools, create a mentee-centred space, give honest feedback and keep
      records; throughout they work ethically and within their competence, referring on when
      an issue is beyond the mentoring role; and at the end they review what has been
      achieved and close the relationship well, so the mentee leaves with a plan for their
      continuing development. Mentors also have a responsibility to take part in supervision
      and to keep their own practice under review."""),
    P("""A mentoring contract, or agreement, is essential and I would not begin without one.
      The rationale is that it makes expectations explicit, protects both people, and
      provides a reference point if problems arise later. In a school there are additional
      stakeholders, the headteacher and the induction tutor, so the process has two parts.
      First a brief three-way conversation agrees the purpose of the programme, the time
      allocated and, crucially, that the content of mentoring sessions is not reported to
      the headteacher or used in appraisal. Then the mentor and mentee agree their own
      contract in the first formal session. This covers the goals, how often and where we
      will meet, the limits of confidentiality including safeguarding, what notes will be
      kept and who can see them, how either person can end the relationship without blame,
      and when we will review the arrangement. We talk it through rather than simply signing
      a form, because the conversation is where real agreement is reached, and we revisit it
      at the end of the first term. Contracting also addresses the power imbalance, because as
      a member of the senior leadership team I am more senior than the people I mentor."""),
    P("""An effective mentor needs a mixture of knowledge, skills and behaviours. The knowledge
      includes an understanding of mentoring models and tools, of the school's policies
      (especially safeguarding, data protection and the staff wellbeing offer), of the early
      career framework that shapes new teachers' first two years, and of ethical codes such
      as the EMCC Global Code of Ethics. The skills are mostly interpersonal: active
      listening, skilful open and probing questioning, summarising, building rapport, helping
      set goals, giving feedback and keeping concise records. The behaviours are perhaps the
      hardest to get right. A mentor should be non-judgemental, patient, encouraging, honest
      and reliable, should respect confidentiality, and should be aware of how their own
      values shape their reactions. In my case I have strong views about behaviour management,
      and I have learned to notice when I am about to impose my classroom routines on someone
      whose style is simply different from mine."""),
    P("""To manage the process over time I propose to use Clutterbuck's five stage model of the
      developmental mentoring relationship: building rapport, setting direction, progression,
      winding down, and moving on. In the rapport stage the focus is on getting to know each
      other and agreeing the contract. Setting direction is where the mentee clarifies goals,
      using the tools described below. Progression is the longest stage, in which regular
      sessions work towards those goals; within each session I use a simple GROW structure so
      that every conversation ends with actions. Winding down involves reviewing achievements
      and reducing dependence, and moving on closes the formal relationship, sometimes turning
      it into an informal professional friendship. The strength of this model is that it
      reminds mentors that relationships change over time, and it gives explicit attention to
      ending well, which schools often neglect when the summer holiday simply interrupts
      everything. Its limitation is that it is descriptive rather than a session structure,
      so new mentors need a tool like GROW alongside it, and real relationships do not move
      neatly from one stage to the next. For example, one early career teacher I mentored
      went back to the rapport stage after a long absence for illness."""),
    P("""Several tools help to understand a mentee's preferences and to agree goals. A
      self-assessment against the teachers' standards asks the mentee to rate their confidence
      in each area and provides a shared starting point. A 'wheel of life' adapted for
      teaching, with segments such as planning, behaviour, workload, relationships with
      parents and wellbeing, is quick and visual and often reveals that the priority is not
      what either of us expected. Learning preference conversations, drawing loosely on Kolb's
      learning cycle, help me understand whether a mentee learns best by observing, by trying
      and reviewing, or by reading and discussing, so that actions suit them: one of last
      year's teachers learned far more from filming her own lesson than from watching mine.
      Finally, SMART goal setting turns the priorities into agreed outcomes, such as using a
      consistent attention signal in every lesson for three weeks and noting how long
      transitions take. Each tool respects individual needs because the mentee chooses which
      to use and interprets the results themselves."""),
    P("""Safe and ethical practice underpins all of this. Confidentiality is central, but it
      has limits: any safeguarding concern about a child must be passed to the designated
      safeguarding lead, and a serious risk to the mentee's own wellbeing would also have to
      be shared, so these limits are stated in the contract. Mentors must avoid conflicts of
      interest; for example I would not mentor a teacher whose performance I am formally
      reviewing that year. The Equality Act 2010 requires that mentoring is accessible and
      fair, so I make adjustments such as holding sessions at times that suit a colleague with
      caring responsibilities. Data protection law governs the notes we keep. Ethically,
      mentors should work within their competence and recognise when an issue, such as a
      mentee's anxiety or a dispute with a colleague, is not suitable for mentoring and needs
      occupational health, counselling or HR. Physically safe practice means meeting in
      suitable rooms on site during the working day, and using school accounts rather than
      personal phones for any online contact."""),
    P("""There are barriers to mentoring at every level. For the mentor, the greatest is time,
      because mentors are also teaching, and mentoring is the first thing squeezed during
      assessment weeks. The school can overcome this by timetabling a weekly protected slot
      for each mentoring pair and by treating that time as seriously as a lesson. For the
      mentee, a barrier can be the perception that mentoring is a remedial measure for those
      who are struggling; this is reduced by making mentoring routine for every new member of
      staff and by senior staff talking openly about their own mentors. Previous poor
      experiences are another barrier: a teaching assistant told me her last mentor only ever
      pointed out mistakes, so she dreaded sessions. Re-contracting carefully and giving her
      more control of the agenda helped. At organisational level, a culture of lesson grading
      can turn mentoring into judgement, which we are addressing by keeping mentoring entirely
      separate from appraisal and by training mentors in non-evaluative feedback."""),
    P("""Progress towards goals needs to be monitored and reviewed if mentoring is to achieve
      anything. The first method is a brief review of agreed actions at the start of every
      session, which keeps momentum but relies on the mentee's own account. The second is
      repeating the self-assessment or wheel at the end of each term and comparing the
      ratings, which gives a visible, measurable sense of change and is usually motivating,
      although it remains subjective. The third method is evidence from practice, such as the
      mentee's own lesson recordings, pupil work, or feedback from a colleague they have
      invited to observe, which is more objective and closer to the real impact on pupils but
      takes more time to gather. Used together they balance each other, and a structured
      review at the end of the year looks back at the original goals in the contract."""),
    P("""Records play an important part in this. The mentoring records I keep are the
      agreement, the self-assessments and other diagnostics, a short note of each session with
      actions, copies of any feedback forms, and my own reflective notes. Mentees keep their
      own learning journal. These records allow progress to be tracked, support the mentee's
      reflection, provide continuity when sessions are separated by holidays, and give
      evidence for evaluating the programme as a whole. Best practice is to write factual,
      concise notes that the mentee has seen and agreed, to keep only what is needed, and to
      store records securely in a restricted area of the school's cloud storage rather than
      in a notebook that could be left in a classroom. Under UK GDPR and the Data Protection Act
      2018 the mentee has a right to see what is held about them, and records should be
      deleted once they are no longer needed, which for us is one year after the mentoring
      ends. Anything relating to safeguarding is recorded on the school's separate
      safeguarding system and not in mentoring notes."""),
    P("""Finally, reflective practice and supervision are what keep mentoring safe and improving.
      Reflective practice means stepping back from experience to learn from it; Schön (1983)
      describes reflection in action during a conversation and reflection on action afterwards,
      and Gibbs' (1988) cycle offers a structure of description, feelings, evaluation,
      analysis, conclusion and action plan. After each session I spend ten minutes writing
      what happened and what I would do differently, and this feeds directly into my own
      professional development plan. Supervision provides a regular space to discuss mentoring
      with someone experienced outside the relationship; Hawkins and Shohet (2012) describe it
      as serving developmental, resourcing and qualitative functions. Our mentors will meet
      for group supervision each half term with a mentoring lead from our teaching school hub.
      Without reflection and supervision, mentors repeat habits they are unaware of, may drift
      into telling, can be left alone with ethical dilemmas such as a disclosure they are unsure
      how to handle, and can carry the emotional load of other people's difficulties until they
      are exhausted. The quality of the programme would then decline without anyone noticing.
      For these reasons I see supervision not as an optional extra but as a condition of
      mentoring well."""),
    P("References"),
    P("Clutterbuck, D. (2014) Everyone Needs a Mentor. 5th edn. London: CIPD."),
    P("EMCC Global (2021) Global Code of Ethics for Coaches, Mentors and Supervisors."),
    P("Gibbs, G. (1988) Learning by Doing. Oxford: Further Education Unit."),
    P("Hawkins, P. and Shohet, R. (2012) Supervision in the Helping Professions. 4th edn. Maidenhead: Open University Press."),
    P("Kolb, D. (1984) Experiential Learning. Englewood Cliffs, NJ: Prentice Hall."),
    P("Schön, D. (1983) The Reflective Practitioner. New York: Basic Books."),
]

CASE = Case(
    name="u301_unstructured",
    unit="8587-301",
    kind="unstructured",
    files=[SourceFile("essay.docx", BLOCKS)],
    labels={
        "1.1": "classroom door",
        "1.2": "outstanding phonics lesson",
        "1.3": "impose my classroom routines",
        "1.4": "only ever pointed out mistakes",
        "2.1": "hopes and fears",
        "2.2": "revisit it at the end of the first term",
        "2.3": "caring responsibilities",
        "3.1": "long absence for illness",
        "3.2": "filming her own lesson",
        "3.3": "invited to observe",
        "4.1": "left in a classroom",
        "4.2": "teaching school hub",
    },
    expected_checks={"declaration": True, "evidence_matrix": None, "identifying": []},
    about="Primary school assistant head; level 3 essay in Word, Normal paragraphs only, ACs in her own order.",
)
