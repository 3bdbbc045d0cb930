"""8587-300 Understanding Coaching: a rail maintenance section manager's assignment.

Oluwaseun Adeyemi manages a track maintenance section for Network Rail out of Milton
Keynes and coaches his team leaders. His coachees are "TL1" and "TL2" throughout; the
cover sheet the centre issues asks for his line manager, whom he then calls by first name.
Nothing is to be flagged.

Traps: theorists in prose and references every way (Hawkins and Smith, Whitmore, Egan's
Skilled Helper, Hay's transactional analysis, Maslow, Belbin, Passmore, Gallwey, Starr),
organisations (Network Rail, NHS England, Avanti West Coast, the ORR, EMCC), places (Milton
Keynes, Bletchley, Wolverton, Euston, the West Coast Main Line), software (Microsoft Teams,
SharePoint, Power BI, Ellipse), a programme (Aspire), job titles, months and days at sentence
starts, a book and a song quoted, acronyms.
"""

from .case import B, Case, H, P, SourceFile, T

ASSIGNMENT = [
    H(0, "ILM Level 3 Unit 300 – Understanding the Skills, Principles and Practice of Effective Coaching"),
    T(
        ["Learner name", "Oluwaseun Adeyemi"],
        ["ILM registration number", "R7730194"],
        ["Centre", "Chiltern Leadership Academy"],
        ["Line manager (must be named)", "Gareth Pritchard, Infrastructure Maintenance Delivery Manager"],
        ["Date submitted", "14 March 2025"],
    ),
    H(1, "Declaration"),
    P("""I declare that this assignment is all my own work and that all sources are
      acknowledged. Signed: Oluwaseun Adeyemi"""),
    H(1, "Introduction"),
    P("""I am a Section Manager (Track) for Network Rail, based at the Milton Keynes
      maintenance delivery unit. My section looks after forty miles of the West Coast Main
      Line between Bletchley and Kings Langley, with five team leaders and about sixty track
      operatives working mostly nights. Since joining the Aspire programme last year I have
      been coaching two of my team leaders, whom I call TL1 and TL2 here. Both agreed to be
      described as long as they are not named."""),
    H(1, "Task 1.1 The purpose of coaching in an organisational context"),
    P("""Coaching in a safety-critical organisation has a clear purpose: to help people
      improve their own performance by thinking for themselves, so that good decisions get
      made at three in the morning when no manager is on site. Whitmore defines coaching as
      unlocking a person's potential to maximise their own performance, and that is exactly
      what the route needs from team leaders. Network Rail's Everyone Home Safe Every Day
      commitment only works if the people in the possession can make judgements themselves.
      Coaching also supports the business plan: our Control Period 7 targets for asset
      reliability are set by the ORR, and meeting them depends on team leaders who plan
      work well. Finally, coaching retains people. Last year we lost three good team leaders
      to contractors, and the exit interviews all mentioned feeling unsupported."""),
    H(1, "Task 1.2 The role and responsibilities of a coach"),
    P("""The coach's role is to create the space in which the coachee thinks: asking rather
      than telling, holding them to what they agreed, and believing they can find the answer.
      Responsibilities include agreeing a contract, keeping confidences within agreed limits,
      managing time and boundaries, staying within competence and referring on when something
      is beyond coaching, for example to the Employee Assistance Programme or Occupational
      Health. Starr stresses that the coach is responsible for the process and the coachee
      for the content. As a line manager coaching my own staff, I also have to be clear
      which hat I am wearing; the coaching sessions are not the place where I check
      timesheets."""),
    H(1, "Task 1.3 Skills, knowledge and behaviours of an effective coach"),
    B("Skills: active listening, powerful questions, summarising, giving feedback, goal setting."),
    B("Knowledge: a coaching model such as GROW, ethics and boundaries, how adults learn."),
    B("""Behaviours: patience, curiosity, respect, holding back my own solutions even when I
      know the track better than the coachee does."""),
    P("""Egan's Skilled Helper model adds the idea of helping the client see their blind spots,
      and his SOLER acronym is a good reminder of the non-verbal side of listening."""),
    H(1, "Task 1.4 Overcoming barriers to coaching"),
    P("""Shift patterns are the biggest barrier. Nights, weekend possessions and on-call
      weeks leave almost no common time, so we hold sessions on Microsoft Teams on a
      Wednesday afternoon before the night shift, and protect them in the roster. A second
      barrier is culture: a lot of people in maintenance see coaching as soft. I deal with
      this by linking each coaching goal to something measurable in Power BI, such as
      repeat faults or late hand-backs. The third barrier is my position as their manager,
      which I manage by agreeing at the start what I will and will not take from sessions
      into their performance reviews."""),
    H(1, "Task 2.1 Initiating a productive working relationship"),
    P("""Monday is the worst day to start anything in my section, so I held the first
      meetings on a Thursday, away from the depot, in a meeting room at the Wolverton
      office. I explained what coaching is and is not, shared a little of my own story
      and asked what they wanted from it. Rapport came from taking their concerns seriously
      and matching their language, which is blunt. Using Hay's transactional analysis, I
      tried to stay in Adult and invite Adult back, instead of the Critical Parent that
      managers slip into when a hand-back is late."""),
    H(1, "Task 2.2 Contracting in coaching"),
    P("""Contracting sets expectations and protects both sides. Hay describes three levels of
      contract: administrative (when, where, how long, how to cancel), professional (what the
      coaching is for and what success looks like) and psychological (the unspoken
      expectations). In our written agreement we covered the practical arrangements, goals,
      confidentiality and its limits (any safety breach will always be reported), how notes
      are stored on SharePoint with restricted access, and how either side can end the
      coaching. Writing it down made the psychological contract easier to talk about."""),
    H(1, "Task 2.3 Safe and ethical practice"),
    P("""Safe practice means working within the EMCC Global Code of Ethics: confidentiality
      with clear limits, no conflicts of interest hidden, keeping to competence, and
      respecting the coachee's autonomy. It also means knowing when to refer. When TL2
      mentioned that he was not sleeping between shifts, we agreed he would speak to
      Occupational Health rather than carry on coaching around it. Records are kept under
      GDPR and Network Rail's own information policy, and never shared with HR unless the
      coachee agrees."""),
    H(1, "Task 3.1 Managing a coaching process with a recognised model"),
    P("""I use the GROW model (Whitmore, 2017): Goal, Reality, Options and Will. With TL1 the
      goal was to plan a full weekend possession without my help. Reality was honest: he
      had never written a work package on his own. Options included shadowing the Avanti
      West Coast planning liaison, taking the Ellipse training, or co-writing one package
      with me first. Will was the most useful stage, because naming a date made it real.
      GROW is simple enough to carry into a depot cabin, which is why I chose it over the
      CLEAR model that Hawkins and Smith describe, although I use CLEAR's final step of
      reviewing what was useful about the session itself."""),
    H(1, "Task 3.2 Tools and techniques to identify preferences and agree goals"),
    B("The Wheel of Life, adapted as a wheel of the team leader job with eight spokes."),
    B("Belbin team roles, to see which roles each team leader plays in a night gang."),
    B("Maslow's hierarchy of needs, to talk about why safety comes before everything else."),
    B("Scaling questions: on a scale of one to ten, how ready are you to run a possession?"),
    B("SMART goals, written in the session and saved to the shared folder."),
    P("""During February the wheel showed that TL2 rated himself lowest on paperwork, which
      surprised us both and became his first goal."""),
    H(1, "Task 3.3 Monitoring and reviewing progress"),
    P("""Progress is monitored by revisiting the goal at the start of every session, by the
      coachee's own scaling scores over time, and by a mid-point review after six weeks.
      Because my team leaders like numbers, each one keeps a simple tracker in Excel of the
      work packages he has written and the hand-backs that ran late. At the final review
      we compare where they started with where they are, and decide together whether to
      close the coaching or set a new goal."""),
    H(1, "Task 4.1 The purpose of coaching records"),
    P("""Records give continuity, so each session starts where the last stopped. They hold
      both of us to the actions agreed and show progress over time. For the coach they are
      evidence for supervision and for the ILM qualification; for the coachee they are a
      reminder of what they achieved. They also protect both parties if there is ever a
      dispute about what was agreed. Our records use the codes TL1 and TL2 and are stored
      in a restricted SharePoint library."""),
    H(1, "Task 4.2 Reflective practice and supervision"),
    P("""Reflection turns experience into learning. Kolb's cycle and Gibbs both make the point
      that without stopping to think, we repeat the same mistakes. Supervision goes further
      because someone else notices what I cannot. Hawkins and Smith's seven-eyed model shows
      the many places supervision can look, from the coachee's situation to what is going on
      in me. Passmore argues that supervision is also where ethical dilemmas are tested.
      Last month my supervisor helped me see that I had been rescuing TL1 whenever he went
      quiet. Gareth, my line manager, has agreed that supervision time counts as working
      time, which says something about how the route now sees coaching."""),
    H(1, "Conclusion"),
    P("""Timothy Gallwey's "The Inner Game of Tennis" talks about the opponent inside one's
      own head, and most of my team leaders would recognise him. Coaching will not fix a
      broken rail, but it grows people who can. When TL1 handed back his first possession on
      time, the night gang played "Don't Stop Me Now" on the minibus radio all the way back
      to the depot. NHS England has used coaching for years to keep clinical leaders; I would
      like the railway to catch up."""),
    H(1, "References"),
    B("Belbin, R.M. (2010) Team Roles at Work. 2nd edn. Oxford: Butterworth-Heinemann."),
    B("Egan, G. (2014) The Skilled Helper. 10th edn. Belmont, CA: Brooks/Cole."),
    B("Gallwey, W.T. (1974) The Inner Game of Tennis. New York: Random House."),
    B("""Hawkins, P. and Smith, N. (2013) Coaching, Mentoring and Organizational Consultancy:
      Supervision, Skills and Development. 2nd edn. Maidenhead: Open University Press."""),
    B("Hay, J. (2007) Reflective Practice and Supervision for Coaches. Maidenhead: Open University Press."),
    B("Maslow, A.H. (1943) 'A theory of human motivation', Psychological Review, 50(4), pp. 370-396."),
    B("Passmore, J. (ed.) (2021) The Coaches' Handbook. Abingdon: Routledge."),
    B("Starr, J. (2021) The Coaching Manual. 5th edn. Harlow: Pearson."),
    B("Whitmore, J. (2017) Coaching for Performance. 5th edn. London: Nicholas Brealey."),
    P("Word count: 1,690"),
]

CASE = Case(
    name="nz_300_rail_coaching",
    unit="8587-300",
    kind="structured-docx",
    files=[SourceFile("Adeyemi O - Unit 300 assignment.docx", ASSIGNMENT)],
    labels={
        "1.1": "we lost three good team leaders",
        "1.2": "the coachee for the content",
        "1.3": "holding back my own solutions",
        "1.4": "protect them in the roster",
        "2.1": "matching their language, which is blunt",
        "2.2": "Writing it down made the psychological contract",
        "2.3": "rather than carry on coaching around it",
        "3.1": "naming a date made it real",
        "3.2": "rated himself lowest on paperwork",
        "3.3": "whether to close the coaching or set a new goal",
        "4.1": "if there is ever a dispute about what was agreed",
        "4.2": "rescuing TL1 whenever he went quiet",
    },
    expected_checks={"declaration": True, "evidence_matrix": None, "identifying": []},
    about="Rail section manager's coaching assignment: theorists cited every way, Network Rail and other bodies, towns and a main line, software, a programme, job titles, a book and a song, his line manager named where the cover sheet asks and then by first name; nothing to flag.",
)
