"""8587-300 Understanding Good Practice in Coaching: a builders' merchant's L&D adviser, essay PDF with numbered headings of his own.

Tomasz Nowak is Learning and Development Adviser for a family-owned builders' merchant with
fourteen branches across West Yorkshire and East Lancashire, and writes a proposal essay for
bringing coaching to branch managers and yard supervisors. His headings are numbered "1." to
"14." and never quote the criteria: "2. Why coach at Carr & Hebden?" answers 1.1, "3. Coach,
not manager" 1.2 and so on, so the essay numbers and the AC numbers clash ("2." is not 2.x,
"4." is not 4.x). A reference list closes it; there is no declaration and no matrix.

Clean, nothing to flag, but full of things that look like names: theorists and authors
(Whitmore, Gallwey, Downey, Starr, Clutterbuck and Megginson, Kline, Carl Rogers, Egan,
Hawkins and Shohet, Proctor, Kolb, Schon, Gibbs, Honey and Mumford, Belbin, Goleman, Locke
and Latham, Luft and Ingham, Kimsey-House, Passmore, de Haan), organisations (Carr & Hebden, the Builders
Merchants Federation, CIPD, EMCC, ICF, the Association for Coaching, ILM, ICO, Investors in
People, Mind), places (Halifax, Huddersfield, Burnley, Todmorden), products (Microsoft
Teams, Sage), job titles (Branch Manager, Yard Supervisor, Regional Director), and his own
name. No learner, coachee or colleague is named.
"""

from corpus.case import B, Case, H, P, SourceFile

BLOCKS = [
    H(0, "Bringing coaching into the branches"),
    P("""ILM Level 3 Certificate in Effective Coaching and Mentoring - Unit 300: Understanding Good
      Practice in Coaching within an Organisational Context"""),
    P("Tomasz Nowak, Learning and Development Adviser, Carr & Hebden Ltd. Word count: 2,350 (not counting references)"),

    H(1, "1. Introduction"),
    P("""Carr & Hebden is a family-owned builders' merchant with fourteen branches from Burnley to
      Huddersfield, about 420 staff, and a head office and central distribution yard in Halifax.
      Most of our branch managers started on the trade counter or in the yard and were promoted
      because they were good at the job, not because they had been trained to lead people. Our
      staff survey last year put "my manager helps me develop" at 41%, the lowest score of any
      question. The Regional Director has asked me to propose how coaching could help. This essay
      sets out that proposal, drawing on the coaching literature and on the practice codes of the
      main professional bodies."""),

    H(1, "2. Why coach at Carr & Hebden?"),
    P("""Whitmore (2017) defines coaching as unlocking a person's potential to maximise their own
      performance, helping them to learn rather than teaching them. Gallwey (1974) put it as
      reducing the interference between what someone could do and what they actually do. In our
      branches the interference is usually confidence and habit: a yard supervisor who can drive
      every vehicle on site but does not know how to tell a driver his loading is unsafe. The
      CIPD (2023) describes coaching as development through one-to-one conversations focused on
      specific goals, usually short term, which fits us well."""),
    P("""The purpose for us is threefold. First, to help newly promoted managers make the shift from
      doing to leading, because at present they fall back on doing the job themselves. Second, to
      raise performance in specific areas the business measures - delivery accuracy, credit
      control, health and safety audit scores - by giving managers a structured way to work on
      them. Third, retention: the Builders Merchants Federation reports high turnover in yard
      roles across the industry, and our exit interviews say people leave managers, not the
      company. Coaching is also cheaper than sending people on courses they forget by Monday,
      because the learning happens on the job and is tied to a real goal."""),

    H(1, "3. Coach, not manager"),
    P("""The coach's role is to help the coachee find their own answers. Downey (2003) describes a
      spectrum from directive (telling, advising, instructing) to non-directive (listening,
      reflecting, asking questions that raise awareness) and places coaching towards the
      non-directive end. That is the big difference from the other roles our managers already
      play. A trainer passes on a set skill, a mentor shares their own experience over a longer
      time, and a line manager directs the work and judges performance. A coach does none of
      those in the session, even if they do them the rest of the week."""),
    P("""The coach's responsibilities run through the whole relationship. At the start they must
      contract clearly and check the person actually wants coaching. During it they keep the
      agreed time and confidentiality, hold the coachee to what they said they would do, and
      keep records. They must know their limits and refer on, for example to our Employee
      Assistance Programme, if a conversation moves into mental health or debt. At the end they
      review the goals with the coachee, close the relationship properly and feed back on the
      scheme, without breaking confidences. Starr (2016) adds that the coach is responsible for
      the process but the coachee is responsible for the content and the results, which is a
      useful line for managers who are used to owning everything."""),

    H(1, "4. What a good coach needs"),
    P("""I have split this into knowledge, skills and behaviours, using the EMCC competence
      framework and the ICF core competencies as a check."""),
    B("""Knowledge: a coaching model and how to use it; the limits of coaching and when to refer;
      our policies on confidentiality, data protection and safeguarding; enough understanding of
      the coachee's role to ask good questions, without needing to be the expert."""),
    B("""Skills: active listening at the three levels described by Kimsey-House and colleagues;
      open and probing questions; summarising and reflecting back; giving and receiving feedback;
      goal setting. Kline (1999) adds the skill of attention itself, not interrupting, which on a
      busy trade counter is rarer than it sounds."""),
    B("""Behaviours: the core conditions from Carl Rogers (1961) - empathy, genuineness and
      unconditional positive regard; patience; belief that the coachee can find the answer;
      reliability (turning up when the yard is busy); and self-awareness. Goleman's (1998) work on
      emotional intelligence is relevant here, especially self-regulation."""),

    H(1, "5. What gets in the way"),
    P("""For the coach, the main barrier is time and the habit of telling. A branch manager with a
      queue of builders at the counter will always find something more urgent than a coaching
      conversation. We can minimise this by timetabling sessions before the branch opens (we open
      at 7am, so 6.15 to 7.00 is realistic) and by making coaching part of the manager's
      objectives rather than an extra."""),
    P("""For the coachee, barriers are mistrust and fear of judgement, especially if the coach is
      their own manager. A yard supervisor may not admit he is struggling with a driver if he
      thinks it will come up at his appraisal. The answer is to use coaches from another branch
      wherever possible, and to make the confidentiality agreement explicit and in writing."""),
    P("""For the organisation, the barrier is a culture where asking for help looks weak and where
      results are measured weekly. Senior support is the fix: the Regional Director has agreed to
      be coached first and say so publicly, and we will report results in the same terms as other
      branch figures, such as delivery accuracy, so coaching is seen as part of the business."""),

    H(1, "6. Starting well"),
    P("""The relationship starts before the first session. I propose an informal chemistry meeting
      of about twenty minutes, in person at the coachee's branch, where the coach explains what
      coaching is and is not, and both decide whether to go ahead. This gives the coachee a real
      choice, which matters for commitment. Rapport is built by matching the coachee's pace and
      language, showing genuine interest in their branch, and being honest about how the
      arrangement works. Trust is built mainly by keeping promises, starting on time and
      keeping confidences, and it is earned over the first few sessions rather than given. A
      third method is to use a short self-assessment at the start, so the coachee's own view
      sets the agenda and not the coach's."""),

    H(1, "7. The coaching agreement"),
    P("""Contracting matters because it makes the expectations of everyone clear before anything
      goes wrong, protects the coachee and the coach, and makes coaching different from an
      ordinary chat with the boss. Without it, a coachee's line manager may expect a report on
      every session, or a coachee may assume the coach will sort out their pay grade."""),
    P("""The process has three stages. First, a three-way meeting with the coachee, the coach and
      the line manager to agree the broad goals and what the manager will and will not be told.
      Second, a one-to-one contract between coach and coachee covering the number and length of
      sessions, where and when, cancellation, confidentiality and its limits, how records are
      kept, and how the relationship ends. Third, a review of the contract at the midpoint, since
      goals often change. The three-way stage is based on the organisational contracting approach
      in Hawkins and Shohet (2012), and it is the part our managers are least used to."""),

    H(1, "8. Keeping coaching safe and ethical"),
    P("""Safe and ethical coaching starts with the codes of the professional bodies: the EMCC and
      Association for Coaching Global Code of Ethics and the ICF Code of Ethics both require
      confidentiality, competence, managing conflicts of interest and respect for the coachee.
      In practice at Carr & Hebden this means confidentiality with clear limits: a coach must
      break it if there is a risk to someone's safety, which on a builders' merchant yard
      includes forklift and lorry movements, or evidence of fraud or theft. Coaches must not
      coach people in their own reporting line where it can be avoided, and must declare any
      conflict, such as coaching someone who is applying for the same job. Records must follow
      UK GDPR and the ICO's guidance. Sessions should be in a private room, not the canteen, and
      the coach must refer on to the EAP or to Mind's resources when a conversation goes beyond
      coaching."""),

    H(1, "9. A model for the branches"),
    P("""I propose GROW (Whitmore, 2017): Goal, Reality, Options, Will. It is simple enough for a
      branch manager to learn in a day, it suits short practical sessions, and most of our
      managers have heard of it. To manage a coaching process with GROW the coach agrees the
      overall goal in the first session, then uses the four stages within each session and across
      the programme: early sessions spend longer on Goal and Reality, later ones on Options and
      Will. For example, a branch manager whose credit control is poor would set a goal for
      overdue accounts, look honestly at why accounts go overdue at her branch, generate options
      such as a weekly call list, and commit to one action before the next session."""),
    P("""Its strengths are clarity and a focus on action. Its weaknesses are that it can become a
      checklist, and that it skips quickly over Reality, where people often need more time. It also
      assumes the goal is clear at the start. For more complex issues OSCAR or Egan's (2014)
      Skilled Helper model would give more room to explore, but for a first scheme GROW is the
      most practical and I would train coaches to go back to Reality when a goal turns out to be
      wrong."""),

    H(1, "10. Tools we could use"),
    P("""The first tool is the wheel of performance, a circle split into the parts of the job, which
      the coachee scores from 1 to 10. It shows the coachee's own priorities and gives a picture
      to come back to at the end. The second is a learning styles questionnaire (Honey and
      Mumford, 1992), which tells the coach how the person prefers to learn; a yard supervisor
      who is an Activist will want to try things, while a Reflector needs time to think between
      sessions. The third is Belbin team roles, which we already use in management training, to
      help a coachee see why they clash with some of their team. The fourth is the Johari window
      (Luft and Ingham, 1955), useful when a coachee has had 360 feedback that surprised them.
      Goals are then agreed using SMART, because Locke and Latham (1990) showed that specific and
      challenging goals lead to better performance than vague ones."""),

    H(1, "11. Keeping track of progress"),
    P("""I propose three methods. The first is rescoring: the wheel of performance or self-assessment
      is repeated at the midpoint and the end, so both can see movement. The second is business
      data, where the goal allows it - delivery accuracy, audit scores, overdue accounts - because
      it is objective and the business trusts it, although it can miss what the coachee has
      actually learnt. The third is a short review at the start of each session of the action
      agreed last time, which keeps momentum and shows early if a goal is not working. A
      midpoint review with the line manager, within the contract, adds feedback from others.
      Combining self-assessment with hard data gives the best picture."""),

    H(1, "12. Records"),
    P("""For the coach, records show what was agreed, help them prepare for the next session without
      relying on memory, and provide evidence of the hours and quality of their coaching for
      supervision and accreditation. They also protect the coach if there is ever a dispute about
      what was said. For the coachee, records are a reminder of their actions and a way to see
      their own progress over time. Records should include the contract, session notes, goals and
      actions, and any tool results. Under UK GDPR they must be kept secure, only as long as
      needed, and the coachee has a right to see what is held about them. At Carr & Hebden the
      coachee's copy would be kept by them and the coach's notes would be kept in a restricted
      folder on Sage, never in the branch manager's personnel file."""),

    H(1, "13. Reflection and supervision"),
    P("""Reflective practice is essential because coaching skills only improve if the coach learns
      from what happened. Kolb (1984) shows learning as a cycle of experience, reflection,
      conceptualising and trying again; a coach who never reflects just has the same experience
      over and over. Schon (1983) distinguishes reflection-in-action, noticing during the session
      that a question has shut the coachee down, from reflection-on-action afterwards, for which
      Gibbs (1988) gives a structure. Without it a branch manager coach will slide back into
      telling within weeks, which is exactly the habit we are trying to change."""),
    P("""Supervision is just as important and I would argue it should be compulsory for our coaches.
      Proctor (1986) sets out its three functions: formative (developing skill), normative
      (checking ethics and standards) and restorative (supporting the coach). Hawkins and Shohet's
      seven-eyed model shows how supervision looks at the coachee, the coach, the relationship and
      the organisation. The risk without it is real: a coach could miss a safeguarding issue, get
      drawn into a conflict of interest, or burn out, and nobody would know. Passmore and de Haan
      both argue that supervision is what keeps coaching ethical in organisations, and the EMCC
      expects its members to have it. I propose monthly group supervision on Microsoft Teams for
      our coaches, led by an external accredited supervisor."""),

    H(1, "14. Conclusion"),
    P("""Coaching could help Carr & Hebden turn good tradespeople into good managers, but only if it
      is contracted properly, kept confidential, built on a simple model, measured, recorded and
      supervised. I recommend a pilot with six coaches and twelve coachees from the Todmorden,
      Burnley and Halifax branches, with results reviewed after six months, and a bid for the
      Investors in People award once it is running."""),

    H(1, "References"),
    P("CIPD (2023) Coaching and mentoring factsheet. London: CIPD."),
    P("Downey, M. (2003) Effective Coaching. 2nd edn. London: Texere."),
    P("Egan, G. (2014) The Skilled Helper. 10th edn. Belmont: Brooks/Cole."),
    P("Gallwey, W.T. (1974) The Inner Game of Tennis. New York: Random House."),
    P("Gibbs, G. (1988) Learning by Doing. Oxford: Further Education Unit."),
    P("Goleman, D. (1998) Working with Emotional Intelligence. London: Bloomsbury."),
    P("Hawkins, P. and Shohet, R. (2012) Supervision in the Helping Professions. 4th edn. Maidenhead: Open University Press."),
    P("Honey, P. and Mumford, A. (1992) The Manual of Learning Styles. Maidenhead: Peter Honey."),
    P("Kline, N. (1999) Time to Think. London: Ward Lock."),
    P("Kolb, D. (1984) Experiential Learning. Englewood Cliffs: Prentice Hall."),
    P("Locke, E. and Latham, G. (1990) A Theory of Goal Setting and Task Performance. Englewood Cliffs: Prentice Hall."),
    P("Rogers, C. (1961) On Becoming a Person. Boston: Houghton Mifflin."),
    P("Schon, D. (1983) The Reflective Practitioner. New York: Basic Books."),
    P("Starr, J. (2016) The Coaching Manual. 4th edn. Harlow: Pearson."),
    P("Whitmore, J. (2017) Coaching for Performance. 5th edn. London: Nicholas Brealey."),
]

CASE = Case(
    name="x_8587_300_builders_merchant_essay_pdf",
    unit="8587-300",
    kind="structured-pdf",
    files=[SourceFile("T Nowak 8587-300 assignment.pdf", BLOCKS)],
    labels={
        "1.1": "help newly promoted managers make the shift from doing to leading",
        "1.2": "the coachee is responsible for the content and the results",
        "1.3": "which on a busy trade counter is rarer than it sounds",
        "1.4": "timetabling sessions before the branch opens",
        "2.1": "an informal chemistry meeting of about twenty minutes",
        "2.2": "a coachee's line manager may expect a report on every session",
        "2.3": "includes forklift and lorry movements",
        "3.1": "it skips quickly over Reality",
        "3.2": "a yard supervisor who is an Activist will want to try things",
        "3.3": "Combining self-assessment with hard data gives the best picture",
        "4.1": "never in the branch manager's personnel file",
        "4.2": "a coach who never reflects just has the same experience",
    },
    expected_checks={
        "declaration": False,
        "evidence_matrix": None,
        "identifying": [],
    },
    about="Builders' merchant L&D adviser; 300 essay PDF with its own numbered headings 1.-14. that never quote the ACs (numbers clash with AC numbers), references list, no declaration; clean but dense with theorists, bodies, places and job titles.",
)
