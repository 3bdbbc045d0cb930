"""8587-301 Understanding Good Practice in Mentoring: a solicitors' firm trainee mentoring report, PDF.

Priya Ramsden, a senior associate in a regional law firm, mentors trainee solicitors and
writes her assignment as a report with her own title lines ("The trainee year", "Before the
first meeting", "How a mentoring year runs", "Paper trail", "Staying honest with myself")
that do not match the criteria. Her order is her own: barriers to mentoring come early,
folded into the account of the trainee year; initiating the relationship and the contract
share one paragraph, with the contract's rationale in the next; the model and tools share
the "How a mentoring year runs" section; monitoring is "checking we are getting somewhere";
reflection quotes Kolb; supervision is in the same paragraph. Intro, conclusion, references.
"""

from .case import Case, P, SourceFile

BLOCKS = [
    P("Mentoring trainee solicitors: a report - Priya Ramsden, Senior Associate"),
    P("""This report describes mentoring in the trainee programme of a regional law firm of around
      two hundred staff. It covers what mentoring is for and what the firm gets from it, the
      mentor's role and responsibilities, the knowledge, skills and behaviour a mentor needs, the
      obstacles and how we deal with them, how a mentoring relationship is started and contracted,
      ethical and safe practice, the model and tools I use, how progress is reviewed, the records
      we keep, and reflective practice and supervision."""),
    P("The trainee year"),
    P("""Every trainee solicitor spends two years rotating through four seats, such as property,
      family, employment and litigation. Each seat has a supervising partner who allocates work and
      signs off competence. Alongside that, each trainee has a mentor from outside their seat, who
      stays with them for the whole two years. The point of the mentor is to give the trainee a
      place to think about their development, their career choices and the pressure of the job
      without it counting against them. For the firm, mentored trainees settle faster, more of them
      accept a newly qualified post with us rather than leaving for London, and they tell the
      graduate recruitment team that the scheme is why they applied. Mentoring also passes on the
      unwritten knowledge of the firm: which partner wants a draft by noon, how to handle a client
      who rings at nine at night."""),
    P("""A mentor in our scheme is deliberately not the trainee's supervisor. The supervising partner
      judges the work; I do not. I am there to listen, share my experience when it helps, ask the
      questions that help the trainee find their own answer, and point them to other sources of
      help. My responsibilities are to keep our meetings regular, keep confidences within the limits
      we agreed, keep simple records, stay within my competence, and close the relationship properly
      at qualification. I am not a counsellor, and I am not a route for complaints about a
      supervisor, although I will help a trainee work out how to raise one."""),
    P("""Doing that well needs three different things. Knowledge: of the training contract rules, the
      SRA competence statement, the firm's policies, and of mentoring itself, its models and ethics.
      Skills: active listening, open questioning, summarising, giving feedback that a bright and
      anxious trainee can hear, and helping them set goals. Behaviour: patience, discretion, being
      non-judgemental when a trainee admits they hate the law, and modelling the professional
      standards I expect of them."""),
    P("""The trainee year is also full of things that stop mentoring happening. Billable hours are
      the obvious one: a mentor with a target and a trainee with a deadline will both cancel. We ask
      mentors to book all meetings for the year in the first month and the training principal has
      made mentoring time a recognised non-chargeable code. Trainees worry that what they say will
      reach their supervising partner and affect their qualification; the contract deals with that.
      Some mentors are poorly matched, for example a litigator who cannot understand why a trainee
      loves conveyancing, so trainees can ask to switch after the first three months without giving
      a reason. Hybrid working means trainees and mentors may rarely be in the office on the same
      day, so we allow video meetings but ask for the first and last in person."""),
    P("Before the first meeting"),
    P("""I email a short biography before we meet, so the trainee knows who I am and that I once
      failed a seat assessment myself. The first meeting is lunch away from the office, where I ask
      about them before I ask about work, and explain what the scheme is for. At the second meeting
      we go through the firm's mentoring agreement together: how often we meet (monthly, for an
      hour), how to get hold of each other between meetings, what is confidential and the
      exceptions, what I record and where, how long records are kept, that the training principal
      only hears that meetings are taking place, and how either of us can end the relationship. We
      both sign it and the trainee keeps a copy."""),
    P("""Why bother with a written agreement between two lawyers? Because it sets the boundaries
      before anything sensitive is said. It protects the trainee, who knows exactly what will and
      will not go further, and it protects me from being drawn into their assessment. It also sets
      expectations on both sides, so that a missed meeting is a broken promise and not just a busy
      week."""),
    P("""Safe and ethical mentoring, for a firm of solicitors, starts with confidentiality both ways:
      the trainee's confidences and the firm's client confidentiality, so we never discuss client
      matters by name. I follow our mentoring code, based on the EMCC code, and the firm's equality
      and dignity at work policies. If a trainee describes harassment I explain that I cannot keep
      that to myself and help them report it. I declare any conflict of interest, for example if a
      trainee wants to qualify into my own team, where I would be part of the decision. Practically,
      meetings are in open-plan meeting pods or public cafés, and video meetings are on the firm's
      own system."""),
    P("How a mentoring year runs"),
    P("""I use Clutterbuck's developmental mentoring stages, which match the two-year training
      contract well: building rapport in the first seat, setting direction as the trainee starts to
      think about where to qualify, making progress through the middle seats, winding down as
      qualification approaches, and moving on to a peer relationship afterwards. Its strength is
      that it reminds me that the relationship changes and should end; its weakness is that it says
      little about what to do inside a single meeting, so I borrow GROW for individual sessions. It
      also assumes a smooth path, and a trainee who fails a seat can bring us back to the beginning."""),
    P("""Within that I use three tools. A strengths questionnaire in the first month shows what the
      trainee does naturally well. A self-assessment against the SRA competence statement, scored
      at the start of each seat, shows where they feel weakest and gives us goals they own. And a
      simple career values card sort helps trainees who are unsure where to qualify to see what
      matters to them. Goals are written in the trainee's own words and agreed at the start of each
      seat."""),
    P("""Checking we are getting somewhere: at the end of every seat we go back to the
      self-assessment and see what has moved. The trainee's seat appraisal, which they share with
      me if they choose, gives the supervising partner's view. And I ask the trainee every few
      months what has been most and least useful. The self-assessment is quick but generous; the
      appraisal is more objective but is about the work, not the mentoring."""),
    P("Paper trail"),
    P("""The records are the signed agreement, the self-assessments, and a few lines after each
      meeting on what we discussed and what the trainee will do. They help the trainee see how far
      they have come and prepare for their qualification review. They help me pick up where we left
      off, and they are evidence that the scheme is working. They are kept in a restricted area of
      the firm's document management system under UK GDPR and deleted a year after qualification."""),
    P("Staying honest with myself"),
    P("""Kolb describes learning as a cycle of 'concrete experience, reflective observation, abstract
      conceptualisation and active experimentation', and mentoring without the middle two steps is
      just chatting. After each meeting I note what happened and what I would change; it showed me
      that I steer trainees towards litigation, my own area. Supervision, a termly group session
      with the firm's external mentoring consultant, gives me a view I cannot get myself, helps with
      ethical grey areas and stops me carrying worries alone. Without both I would not improve."""),
    P("""In conclusion, mentoring gives our trainees support their supervisors cannot and gives the
      firm solicitors who stay. I have set out the role, what a mentor needs, the obstacles,
      starting and contracting, ethics, the model, tools, review, records and reflection."""),
    P("""References: Clutterbuck, D. (2014) Everyone Needs a Mentor. 5th edn. London: CIPD. Kolb, D.
      (1984) Experiential Learning. Englewood Cliffs: Prentice Hall. Solicitors Regulation Authority
      (2019) Statement of Solicitor Competence."""),
]

CASE = Case(
    name="ez_301_law_firm_pdf",
    unit="8587-301",
    kind="unstructured",
    files=[SourceFile("Ramsden 301 report.pdf", BLOCKS)],
    labels={
        "1.1": "more of them accept a newly qualified post",
        "1.2": "deliberately not the trainee's supervisor",
        "1.3": "Doing that well needs three different things",
        "1.4": "recognised non-chargeable code",
        "2.1": "I email a short biography before we meet",
        "2.2": "sets the boundaries before anything sensitive is said",
        "2.3": "we never discuss client matters by name",
        "3.1": "match the two-year training contract well",
        "3.2": "career values card sort",
        "3.3": "Checking we are getting somewhere",
        "4.1": "pick up where we left off",
        "4.2": "just chatting",
    },
    expected_checks={"declaration": False, "evidence_matrix": None, "identifying": []},
    about="Law firm trainee mentoring report PDF: own title lines not matching criteria, barriers folded into the first section, first meeting and agreement in one paragraph with the rationale next, Kolb quote, references.",
)
