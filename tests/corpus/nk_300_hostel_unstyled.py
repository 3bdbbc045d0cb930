"""8587-300 Understanding Good Practice in Coaching: a homelessness hostel manager's assignment, unstyled.

Maxine Dearlove manages a 60-bed hostel in Southwark for a homelessness charity and coaches
her project workers. Her Word file has no heading styles, only the AC numbers she typed. Her
worked examples use "Coachee A" and "Coachee B" for staff and "Resident X" for a resident.
Nothing is to be flagged.

Clean but tricky: organisations that look like people or words (St Mungo's, Crisis, Shelter,
the Salvation Army, The Big Issue, Guy's and St Thomas'), programmes (Housing First, the
Psychologically Informed Environments approach), laws (Homelessness Reduction Act 2017,
Equality Act 2010, UK GDPR), places and streets (Southwark, Elephant and Castle, Old Kent
Road, Camberwell), software (InForm, Microsoft Teams, Zoom, SharePoint), job titles in
capitals (Head of HR, Team Leader, Project Worker, Director of Operations), theorists every
way ("(Whitmore, 2017)", "as Gallwey puts it", "Rogers' core conditions", "Egan's Skilled
Helper", de Haan, Kline's Time to Think, Jackson and McKergow's OSKAR, "as per Hawkins'
seven-eyed model", Hawkins and Smith's CLEAR, Kolb, Gibbs, Schön, Starr, Downey), book titles
in quotes, bodies (EMCC, ICF, Association for Coaching, CIPD), months and days, Christmas,
the learner's own name on the cover and declaration, her tutor named where the cover asks.
"""

from .case import B, Case, H, P, SourceFile, T

ASSIGNMENT = [
    H(0, "Unit 300: Understanding Good Practice in Coaching within an Organisational Context"),
    T(
        ["Learner", "Maxine Dearlove"],
        ["ILM number", "R2093318"],
        ["Tutor", "Rhiannon Coyle"],
        ["Organisation", "Riverside Hostels (a homelessness charity), Southwark"],
    ),
    H(1, "1.1 The purpose of coaching in my organisation"),
    P("""I manage a 60-bed hostel off the Old Kent Road. Our Project Workers support people who
      have slept rough, many with mental health and substance use needs. Staff turnover is high
      and burnout is common. Coaching is "unlocking people's potential to maximise their own
      performance" (Whitmore, 2017, p.13). For us its purpose is to help staff think clearly
      about hard situations, keep them in post, and build the reflective culture that the
      Psychologically Informed Environments (PIE) approach asks for. It sits alongside
      supervision and training, not instead of them."""),
    H(1, "1.2 The role and responsibilities of an effective coach"),
    P("""The coach manages the process and the coachee owns the content. As Gallwey puts it in
      "The Inner Game of Tennis", performance is potential minus interference, and the coach's
      job is to help reduce the interference. Responsibilities include contracting clearly,
      keeping confidentiality within agreed limits, managing time, keeping records, and
      knowing when to refer, for example to our Employee Assistance Programme or to the Head of
      HR if a disciplinary matter comes up. Starr (2021) adds that the coach is responsible for
      noticing their own judgements."""),
    H(1, "1.3 Skills, knowledge and behaviours of an effective coach"),
    T(
        ["Skills", "Knowledge", "Behaviours"],
        ["Active listening, open questions, summarising, silence", "Coaching models (GROW, OSKAR, CLEAR); trauma-informed practice", "Non-judgemental, curious, reliable"],
        ["Giving and receiving feedback", "Boundaries between coaching, supervision and counselling", "Keeps promises, arrives on time"],
        ["Goal setting", "EMCC Global Code of Ethics; UK GDPR", "Models reflection and admits mistakes"],
    ),
    P("""Rogers' core conditions (empathy, congruence and unconditional positive regard) underpin
      all of this. The Association for Coaching and the ICF competency frameworks describe the
      same behaviours in more detail."""),
    H(1, "1.4 Barriers to coaching and how to overcome them"),
    B("Coach: I am also the line manager, so staff may not speak freely. Overcome by coaching staff from another team and contracting clearly."),
    B("Coachee: exhaustion after incidents. Overcome by moving a session rather than running it badly, and by referring to debrief where needed."),
    B("Organisation: rota pressure over Christmas and bank holidays. Overcome by agreeing protected time with the Director of Operations and using Microsoft Teams or Zoom for night staff."),
    H(1, "2.1 Initiating a productive working relationship"),
    P("""I start with an informal chemistry conversation so the coachee can decide if they want to
      work with me. I share a short bio and explain what coaching is and is not. Egan's Skilled
      Helper reminds me that the first stage is about the person's story, so I let them talk.
      Rapport comes from matching pace, honesty about my own learning, and doing what I say I
      will do between sessions."""),
    H(1, "2.2 Contracting"),
    P("""Contracting sets expectations and protects both people. Our contract covers the number
      and length of sessions, venue, confidentiality and its limits (safeguarding, risk to
      life, gross misconduct), record keeping, how to cancel, and the three-way conversation
      with the coachee's Team Leader about goals. de Haan (2008) shows that the relationship is
      the strongest predictor of coaching outcomes, and a clear contract is where that
      relationship starts. When I coached Coachee A, we agreed in writing that nothing about
      her sessions would go on her personnel file in SharePoint."""),
    H(1, "2.3 Safe and ethical practice"),
    P("""Safe practice here means practical safety (never coaching in a room without an alarm
      on the ground floor), confidentiality, and avoiding conflicts of interest. The EMCC Global
      Code of Ethics and the Equality Act 2010 guide me. If a coachee tells me about a resident
      at risk, safeguarding comes before confidentiality, and the coachee knows that from the
      contract. I never record resident details in coaching notes: if a situation with Resident
      X comes up, I write "a resident" and nothing else."""),
    H(1, "3.1 Managing the coaching process with a model"),
    P("""I use GROW (Whitmore, 2017) for most sessions because it is easy to explain. For Coachee
      B, who always focused on what was going wrong, OSKAR (Jackson and McKergow, 2007) worked
      better because it starts from the Outcome and scales progress. Hawkins and Smith's CLEAR
      model (contract, listen, explore, action, review) is useful for short corridor coaching
      after an incident. The limitation of all three is that they can become a script; Downey
      (2003) warns against the coach following the model rather than the person."""),
    H(1, "3.2 Tools and techniques"),
    B("Scaling questions: 'On a scale of one to ten, how confident are you running a key-work session on your own?'"),
    B("The wheel of life, adapted to the job: rota, residents, team, learning, rest."),
    B("The Johari Window, to explore feedback from the team that the coachee had not seen."),
    B("Kline's 'Time to Think' approach: ten minutes of uninterrupted thinking at the start of a session."),
    H(1, "3.3 Monitoring and reviewing progress"),
    P("""Each session starts by reviewing actions from the last one. At sessions three and six we
      repeat the scaling questions and compare scores. I also ask, with consent, for feedback
      from the Team Leader at the end of the contract. Self-report is quick but biased; feedback
      from others is more objective but harder to get on a shift rota."""),
    H(1, "4.1 The purpose of coaching records"),
    P("""Records show what was agreed, track progress, and protect both coach and coachee if
      something is questioned later. I keep the contract, brief session notes and the actions.
      They are stored in a restricted Teams channel, not in InForm, which holds resident data.
      Under UK GDPR they are kept for twelve months after the coaching ends. Coachees can ask
      to see them."""),
    H(1, "4.2 Reflective practice and supervision"),
    P("""Reflective practice stops me repeating the same mistakes. Kolb's cycle and Gibbs (1988)
      give me a structure after each session, and Schön's reflection-in-action describes the
      moment I notice I am about to rescue someone. Supervision adds another pair of eyes. As
      per Hawkins' seven-eyed model, supervision can look at the coachee, the interventions,
      the relationship, the coach and the wider system. Without it, a coach working in a
      hostel can absorb the team's trauma without noticing. My own supervision is monthly with
      an external supervisor, paid for through our partnership with St Mungo's and Crisis."""),
    P("""In July I presented coaching to our trustees alongside a Shelter speaker and a vendor
      from The Big Issue who told the story of his own recovery. The Salvation Army hostel on
      Camberwell Road is now piloting our model, and a Housing First team at Elephant and Castle
      wants to follow. Our clinical link at Guy's and St Thomas' has asked for a copy of the
      contract template."""),
    H(1, "References"),
    P("""de Haan, E. (2008) Relational Coaching. Chichester: Wiley. Downey, M. (2003) Effective
      Coaching. London: Texere. Gallwey, W.T. (1974) The Inner Game of Tennis. New York: Random
      House. Gibbs, G. (1988) Learning by Doing. Oxford: FEU. Hawkins, P. and Smith, N. (2013)
      Coaching, Mentoring and Organizational Consultancy. 2nd edn. Maidenhead: Open University
      Press. Jackson, P.Z. and McKergow, M. (2007) The Solutions Focus. London: Nicholas
      Brealey. Kline, N. (1999) Time to Think. London: Cassell. Starr, J. (2021) The Coaching
      Manual. 5th edn. Harlow: Pearson. Whitmore, J. (2017) Coaching for Performance. 5th edn.
      London: Nicholas Brealey."""),
    P("Declaration: this assignment is my own work. Maxine Dearlove, Monday 3 November 2025"),
]

CASE = Case(
    name="nk_300_hostel_unstyled",
    unit="8587-300",
    kind="numbered-unstyled",
    files=[SourceFile("Unit300_MDearlove_final.docx", ASSIGNMENT)],
    labels={},
    expected_checks={"declaration": True, "evidence_matrix": None, "identifying": []},
    about="Homelessness hostel manager's unstyled 300 assignment: St Mungo's, Crisis, Shelter, The Big Issue, Guy's and St Thomas', theorists cited every way and a run-on reference list, job titles, Coachee A/B and Resident X, tutor on the cover; nothing to flag.",
)
