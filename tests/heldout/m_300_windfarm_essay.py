"""8587-300 Understanding Good Practice in Coaching: a wind farm operator's essay, DOCX.

Ailsa Munro is a shift operations team leader at the onshore control and maintenance
base of an offshore wind farm operator in Montrose. She wrote one continuous essay in the
first person with a few headings of her own ("Starting with the agreement", "Why bother
coaching technicians") and no AC numbers anywhere; she paraphrases the criteria in her
own words and answers them out of the rubric's order (contracting and ethics first,
records in the middle, reflective practice last), then a references list of theorists.
A signed declaration closes it. No matrix (a knowledge unit).

Clean but dense with traps: "Technician A", "Coachee 2", her operations manager and the
HR business partner by role, the Montrose base, Aberdeen, Dundee and the Bell Rock array,
the Global Wind Organisation, RenewableUK, EMCC, ICF and the Association for Coaching,
GROW, OSKAR, CLEAR and the seven-eyed model, and Whitmore, Passmore, Clutterbuck,
Megginson, Downey, Schön, Kolb, Hawkins and Smith.
"""

from corpus.case import Case, H, P, SourceFile

BLOCKS = [
    H(0, "Coaching in a wind farm operations team"),
    P("""Ailsa Munro – ILM Level 5 Certificate in Effective Coaching and Mentoring, Unit 300.
      Operations Team Leader, Bell Rock Offshore Wind, Montrose base."""),

    H(1, "Introduction"),
    P("""I lead a shift of eleven people at our onshore operations base in Montrose: control
      room operators who watch the turbines of the Bell Rock array around the clock, and
      the technicians who go offshore on the crew transfer vessels to fix them. Last year
      our operations manager asked four team leaders to start coaching newer staff, partly
      because we lose good technicians to rivals in Aberdeen within two years. In this
      essay I explain what I have learned about coaching well in a place like ours. I have
      not followed the order of the unit, because in my experience the agreement comes
      before anything else, so that is where I start. When I mention people I use
      pseudonyms such as Technician A and Coachee 2."""),

    H(1, "Starting with the agreement"),
    P("""Why contract at all? Because coaching at work always has three parties in the room
      even when only two are sitting there: me, the coachee and the company that pays for
      our time. If we do not agree at the start what we are doing, each of the three will
      assume something different. Hawkins and Smith call this making the implicit explicit.
      The contract protects the coachee from coaching being used as disguised performance
      management, and protects me from being pulled into things I am not qualified to
      handle. My process is in three steps. First, a short three-way conversation with the
      coachee and their line manager to agree the broad purpose and what the manager will
      and will not be told. Second, a one-to-one contracting session where the coachee and
      I agree the practical side and the psychological side: how often we meet (fortnightly,
      for an hour, for six months), where, how we cancel, what confidentiality means and its
      limits, how notes are kept, how we will know it is working and how either of us can
      end it. Third, we write this on one page that we both sign, and we revisit it at the
      halfway review, because a contract that is never looked at again is only paperwork."""),
    P("""Safe and ethical coaching, for me, comes down to a few things I try to hold every
      time. Practically safe: I never coach someone who has just come off a vessel after a
      rough transfer, and sessions happen in the small meeting room rather than the control
      room, where the alarms would interrupt and where others would overhear. Confidential,
      within stated limits: what is said stays between us unless there is a risk to
      someone's safety or a legal duty, and I say this out loud in the first session rather
      than burying it in the contract. Aware of conflicts of interest: I do not coach anyone
      on my own shift, because I also write their appraisals, and when the rota moved
      Technician A onto my shift I handed her to another team leader. Competent: I stay
      within my training and refer to occupational health or the employee assistance line
      when something is clinical. I use the EMCC Global Code of Ethics as my reference,
      and I would add that respecting the coachee's own values matters, even when their
      choice is not the one the company would like, such as leaving for a job ashore."""),

    H(1, "Why bother coaching technicians"),
    P("""Whitmore defines coaching as unlocking a person's potential to maximise their own
      performance, helping them to learn rather than teaching them. In an organisation the
      purpose is two-sided. For the individual, coaching gives protected time to think about
      their own goals, their confidence and how they handle pressure. For the organisation,
      it builds people who solve problems themselves, which in a control room at three in
      the morning is exactly what we need, and it helps us keep people we have spent two
      years training to Global Wind Organisation standards. In our base coaching is used
      for new team leaders stepping up, for technicians preparing for the senior technician
      assessment, and for people coming back after a long absence. Effective coaching in our
      setting is coaching that is linked to something real in the job and leaves the
      coachee more able to decide for themselves, not more dependent on the coach."""),

    H(1, "What gets written down"),
    P("""I keep a short record after each session: date, length, the goal we are working
      on, the main themes, actions agreed and who owns them. The coachee keeps their own
      notes too and I encourage that. For the coachee, records are a memory of what they
      committed to and a way of seeing their own progress when it feels slow; Coachee 2
      told me reading her first three action lists side by side was the first time she
      believed she had changed. For me as coach, records let me prepare, spot patterns
      across sessions, show that I kept to the contract, and take something concrete to
      supervision. They are also evidence if a concern is ever raised. Because they hold
      personal information they are stored on the restricted HR drive, not on the shift
      laptop, and kept only as long as our policy says under UK GDPR."""),

    H(1, "Running the conversations"),
    P("""The model I use to manage the process is GROW, from Whitmore. Over the whole
      relationship it works as a frame: the first sessions are mostly Goal and Reality,
      the middle ones Options, and the final ones Will and review. Within each session it
      gives me a route: I start by asking what the coachee wants from today and how they
      will know it was worth it (Goal); then what is actually happening now, with facts
      rather than opinions (Reality); then what they could do, generating at least three
      options before judging any (Options); and finally what they will do, by when, and how
      committed they are on a scale of one to ten (Will). If the score is below seven we
      go back to Options. I manage the process by keeping time, summarising at each
      transition, and by noticing when we have slid from Reality into complaining. For
      coachees who come in stuck on problems I sometimes use OSKAR instead, because its
      focus on what is already working suits people who have had a bad run."""),
    P("""The barriers I have met are mostly practical. Time is the biggest: shift patterns
      of twelve hours on, four days off mean coach and coachee are rarely in the building
      together, so I book sessions at the start of the rota cycle and we use video calls
      when the weather keeps a technician ashore in Dundee. The second is culture: in an
      engineering team asking for coaching can look like weakness, so we overcome it by
      having the senior technicians talk openly about being coached themselves. The third
      is the coachee's previous experience: people who have been through a disciplinary
      can assume coaching is the next step of that, which is why the contract states that
      nothing goes on file. A fourth is me: I am used to fixing faults, and the urge to give
      the answer is a barrier to the coachee thinking, which I manage through supervision."""),

    H(1, "The coach's job and what it takes"),
    P("""It helps to be clear what a coach is not. A trainer transfers a skill and checks it
      has been learned; a mentor shares their own experience and opens doors; a line
      manager directs the work and judges performance. The coach's role is to help the
      coachee find their own way forward through questions, listening and honest feedback,
      with the coachee owning both the goal and the answer. The responsibilities run across
      the relationship: to contract clearly at the start, to keep to the agreed boundaries
      and confidentiality, to keep the focus on the coachee's agenda and not the company's
      wish list, to keep records, to seek supervision, to refer on when an issue is beyond
      coaching, and to end the relationship well, with a review of what has been achieved."""),
    P("""What does an effective coach need? I think of it in three groups. Knowledge: of at
      least one coaching model, of how adults learn (Kolb's cycle is useful here), of the
      ethical code and of the organisation's policies and where to refer. Skills: active
      listening at the level Downey calls listening to understand, open and incisive
      questioning, summarising, giving feedback that is specific, and managing time in a
      session. Behaviours: patience, curiosity, being non-judgemental, keeping promises and
      confidences, and the self-awareness to notice my own reactions. The Association for
      Coaching competency framework and the ICF core competencies list similar things."""),

    H(1, "Tools for goals, and keeping track"),
    P("""Different coachees need different ways in. A wheel of work life, where the coachee
      scores eight areas of their job out of ten, is a quick way to surface what matters
      and choose a goal. A learning styles or preferences questionnaire tells me whether
      someone wants to talk things through or see them on paper first, so I can adapt.
      Scaling questions turn a vague wish into something measurable. For agreeing outcomes
      I use SMART goals, and for technicians who think visually I draw a simple timeline on
      the whiteboard from today to the goal with the steps on it. Psychometrics such as
      MBTI are available through HR but I only use them if the coachee asks."""),
    P("""To monitor progress I use a few methods, each doing a different job. The action log
      at the end of every session is reviewed at the start of the next one, which keeps
      momentum and makes it visible when something is stuck. Scaling against the original
      goal every fourth session shows the coachee how far they have moved, and a drop is a
      prompt to re-contract. A formal halfway review with the line manager checks the
      organisation still sees the goal as relevant. Finally the coachee keeps a short
      learning log, which shows learning that the action list never captures."""),

    H(1, "Getting started with someone new"),
    P("""Before any contract there has to be a relationship. I have found several ways to
      start one productively. An informal chemistry conversation over a coffee, where I
      explain what coaching is and is not and the coachee decides if they want me as coach.
      Meeting on neutral ground away from the control room. Sharing a little about myself
      so it is not one-way. Asking what has worked or not worked in previous development.
      And agreeing together how we will give each other feedback on the sessions."""),

    H(1, "Looking at my own practice"),
    P("""I would argue that a coach who does not reflect or have supervision is not safe to
      coach. Schön's distinction between reflection in action and on action matters here:
      in the session I need to notice when I am steering, and afterwards I need to ask why
      I did it. Without that habit I would repeat my blind spots with every coachee. Supervision
      adds what reflection alone cannot, another person who sees what I cannot see about
      myself, and Hawkins' seven-eyed model shows how much of the system is in play. It
      also protects the coachee, because ethical dilemmas are talked through before they
      become harm, and it protects me from carrying difficult conversations alone. In a
      safety-critical industry we would never let someone work on a turbine without
      competence checks, so coaching people without supervision makes no sense either."""),

    H(1, "References"),
    P("""Clutterbuck, D. and Megginson, D. (2005) Making Coaching Work. London: CIPD."""),
    P("""Downey, M. (2003) Effective Coaching. 2nd edn. London: Texere."""),
    P("""Hawkins, P. and Smith, N. (2013) Coaching, Mentoring and Organizational Consultancy. 2nd edn. Maidenhead: Open University Press."""),
    P("""Kolb, D. (1984) Experiential Learning. Englewood Cliffs: Prentice Hall."""),
    P("""Passmore, J. (ed.) (2016) Excellence in Coaching. 3rd edn. London: Kogan Page."""),
    P("""Schön, D. (1983) The Reflective Practitioner. New York: Basic Books."""),
    P("""Whitmore, J. (2017) Coaching for Performance. 5th edn. London: Nicholas Brealey."""),
    P("""EMCC, AC and ICF (2021) Global Code of Ethics for Coaches, Mentors and Supervisors."""),

    P("""Declaration: I confirm that this assignment is my own work and that all sources are
      acknowledged. Signed: Ailsa Munro. Date: 14 November 2025."""),
]

CASE = Case(
    name="m_300_windfarm_essay",
    unit="8587-300",
    kind="unstructured",
    files=[SourceFile("Unit 300 essay A Munro.docx", BLOCKS)],
    labels={
        "1.1": "builds people who solve problems themselves",
        "1.2": "the coachee owning both the goal and the answer",
        "1.3": "the self-awareness to notice my own reactions",
        "1.4": "book sessions at the start of the rota cycle",
        "2.1": "An informal chemistry conversation over a coffee",
        "2.2": "a one-to-one contracting session where the coachee",
        "2.3": "I do not coach anyone on my own shift",
        "3.1": "If the score is below seven we go back",
        "3.2": "scores eight areas of their job out of ten",
        "3.3": "Scaling against the original goal every fourth session",
        "4.1": "her first three action lists side by side",
        "4.2": "coaching people without supervision makes no sense either",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": None,
        # Technician A, Coachee 2, her manager by role, places, bodies, models and theorists: none identifying
        "identifying": [],
    },
    about="Wind farm team leader's 300 essay: first person, own headings, criteria paraphrased and out of order, references list; clean with theorists, models, bodies and places.",
)
