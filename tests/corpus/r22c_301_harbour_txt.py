"""8587-301 Understanding Good Practice in Mentoring: a harbour authority's senior pilot, plain text.

Gareth Lloyd-Evans is a senior marine pilot at a port's harbour authority (pilots who board
ships by launch and take them in and out of the river and docks). Trainee pilots take three
to four years to reach the top licence class, moving up by ship size, and he proposes a
formal mentoring scheme for them. He wrote in a plain text editor on the pilot station
computer and submitted the .txt file. There are no numbers anywhere: each answer sits under a
pasted line of wording and nothing else. For most criteria he pasted the AC wording from the
unit; for 1.1, 2.1 and 3.2 he pasted the wording of the assignment brief's task instead
("Describing the purpose of effective mentoring within the organisation.", "Identifying how
mentors will commence mentoring ...", "Describing three or more tools and techniques ...").
Kind "unstructured" (the lead's change: the writer chose "numbered-unstyled", but no answer is numbered and the
brief's wording above 1.1, 2.1 and 3.2 is not the criteria's, so it reads as an essay with pasted prompts).

Traps:
- Roles/responsibilities and skills/knowledge/behaviours (1.2 and 1.3) are answered together
  under one pasted line joining both AC wordings with " and also ", in one run of three
  paragraphs: role against the marine superintendent and the training pilot (1.2 label,
  first paragraph), responsibilities through the relationship (second), skills, knowledge
  and behaviours (1.3 label, third).
- Out of order: after LO1 he answers 2.2 (contracting) before 2.1 (initiating), then 2.3,
  then LO4 (4.1 records, 4.2 reflection and supervision) before LO3 (3.1, 3.2, 3.3), with no
  note about the order.
- 1.4 names barriers by who they affect (mentor, trainee, the port), label in the port
  paragraph.
- 3.1 uses Kram's phases of a mentoring relationship, with a worked example of a trainee
  moving from Class 3 to Class 2; label in the example.
- A typed authentication statement at the end ("I confirm that this assignment is all my
  own work ..."): declaration True. Unit 301 expects no evidence matrix: None.

Clean: "a trainee", "Trainee A" in the example; the harbour master, the marine
superintendent, the pilotage manager and the training pilot by role. Not identifying: the
learner's own name, Kram, Clutterbuck, Kolb, Gibbs, Proctor, the EMCC, UK GDPR, the Port
Marine Safety Code, the Equality Act, the harbour authority (not named).
"""

from .case import Case, P, SourceFile

BLOCKS = [
    P("ILM Level 3 Certificate in Effective Coaching and Mentoring"),
    P("Unit 301 Understanding Good Practice in Mentoring within an Organisational Context - assignment"),
    P("Gareth Lloyd-Evans, Senior Pilot, Marine Operations"),
    P("""The port handles about 6,000 ship movements a year, from coasters and dredgers to 300 metre
      container ships and gas tankers. Every one of them is taken in or out by one of our 28
      pilots, who board from a pilot launch off the breakwater in all weathers. A new pilot
      joins us as an experienced master mariner and starts on the smallest ships (Class 4),
      working up through Class 3 and Class 2 to an unrestricted Class 1 licence over three to
      four years. This assignment sets out how we could add mentoring to that training."""),

    P("Describing the purpose of effective mentoring within the organisation."),
    P("""Mentoring is a relationship in which a more experienced person helps a less experienced one
      to learn and develop over a period of time, mostly by listening, asking questions and
      sharing their experience, so that the mentee grows their own judgement and confidence.
      It is not the same as training (which teaches a set skill), coaching (usually shorter,
      focused on a goal, with the coach not offering their own experience) or counselling."""),
    P("""Pilotage training here is thorough on the technical side: trainees do a set number of
      accompanied trips with a training pilot for each class, they are examined on the local
      knowledge, and the simulator is used for the difficult berths. What the training does
      not cover is the rest of being a pilot: coming in at 3am for a tanker after four hours'
      sleep, telling a foreign master politely that you are not taking his ship in with that
      crosswind, or coping after a near miss. A new pilot has been in command of their own
      ship for years and suddenly finds themselves the least experienced person on the roster.
      The purpose of mentoring is to give them somewhere to take all of that. For the port it
      supports the Port Marine Safety Code by keeping pilots confident enough to say no, and it
      protects a large investment, since each pilot costs the authority a great deal to train and
      we have lost two trainees in the last five years before they reached Class 2."""),

    P("""Explain the roles and responsibilities of an effective mentor and also Identify the skills,
      knowledge and behaviours required of an effective mentor"""),
    P("""The mentor's role is to be an experienced pilot, from outside the trainee's training chain,
      who the trainee can talk to freely about the job and their progress. The training pilot
      who accompanies them on trips is assessing them; the marine superintendent manages the
      roster and their performance; the mentor does neither. A mentor's job is to help the
      trainee think and to share experience where it is useful, not to sign anyone off
      or give an opinion on whether they are ready to move up a class. That separation is what
      lets a trainee admit they were frightened on a job, which they would never say to the
      person grading them."""),
    P("""The responsibilities change over the relationship. At the start the mentor contacts the
      trainee, builds rapport and agrees a mentoring agreement. During it they meet as agreed,
      listen, help the trainee set development goals, offer their own experience, challenge
      where it helps, keep confidences within the agreed limits, keep brief notes and go to
      supervision. They must know when something is beyond them, such as a trainee showing
      signs of fatigue or stress after an incident, and refer them to occupational health or
      the trauma support service. At the end they review what has been achieved and close the
      relationship, usually when the trainee gets their Class 2 licence."""),
    P("""Skills: active listening, open and probing questions, summarising, helping someone set
      goals, giving balanced feedback, and telling a sea story in a way that makes a point
      rather than showing off. Knowledge: the pilotage district and the licensing system, the
      authority's policies and support services, what mentoring is and a mentoring model, and
      the EMCC code of ethics. Behaviours: patience, honesty, discretion, reliability,
      respect for the trainee as a fellow professional, and being aware of their own
      attitudes. Our culture has a strong streak of "we all learned the hard way", and a
      mentor who believes that will not be much use to a trainee who is struggling."""),

    P("Identify how to overcome potential barriers to mentoring"),
    P("""For the mentor, the main barrier is the roster. Pilots work a tidal roster around the clock
      and a mentor and trainee may not be ashore at the same time for a week. We will pair
      people on the same roster watch where possible, agree to meet in the pilot station during
      the long gaps between tides, and use a phone call when that fails. A second barrier is
      mentors who default to telling; the mentor briefing and a supervision group deal with
      that."""),
    P("""For the trainee, the barrier is pride and fear. They were masters in charge of their own
      ship and may not want to look as if they need help, and they may worry that anything
      they say will reach the people deciding their next licence. Offering a mentor to every
      trainee from day one, and a clear confidentiality agreement, answer both."""),
    P("""For the port, the barrier is the cost of pilot time. A pilot in a mentoring meeting is not
      available for an act of pilotage, and when the port is busy the roster manager will
      always choose the ship. We will schedule meetings only in the predictable slack water
      periods and show the harbour master the cost of one lost trainee against two hours of
      mentoring a month."""),

    P("Explain the rationale for and process of contracting in mentoring"),
    P("""Contracting means agreeing at the start how the mentoring will work. The rationale is that
      both people need to know the rules before anything sensitive comes up. A trainee who is
      going to tell a mentor about a near miss needs to know first what will happen to that
      information; the mentor needs to know where their responsibility ends; and the
      pilotage manager needs to be confident mentoring time is used properly without being
      told what is said."""),
    P("""The process has two stages. First a short three-way meeting between the trainee, the mentor
      and the pilotage manager agrees the overall aim (for example to be ready for the Class 2
      examination within eighteen months) and what the manager will be told, which is only
      that meetings are happening. Then the mentor and trainee agree the rest between
      themselves and write it down: frequency (about every three weeks), place, how contact
      works between meetings, confidentiality and its exceptions, how notes are kept and for
      how long, and how the relationship will end. Both sign it. The one exception to
      confidentiality we must spell out is safety of navigation: a mentor cannot keep quiet
      about an unreported incident that puts a ship or crew at risk. The agreement is reviewed
      after six months."""),

    P("""Identifying how mentors will commence mentoring with an individual from the initial contact
      and how they will build good relationships in their mentoring by building rapport and
      establishing trust."""),
    P("""The first contact is the mentor introducing themselves in the pilot station when the trainee
      first joins, before any formal meeting. The first meeting is informal: a trip out on the
      launch together to watch a boarding, or a coffee in the mess, talking about how each
      came to pilotage, their sea careers and what the trainee is looking forward to or worried
      about. The mentor shares a short mentor profile in advance so the trainee knows who they
      are meeting. Rapport comes from listening and finding common ground; a pilot who has
      also come ashore after years in command knows how strange it feels. Trust is built by
      keeping to what was agreed, being honest about the mentor's own early mistakes (mine was
      touching a dolphin berthing a coaster in my first winter), and never passing on anything
      the trainee says outside the agreed limits."""),

    P("Describe what represents safe and ethical practice in mentoring"),
    P("""Safe practice starts with where and when. Meetings happen in the pilot station or the
      authority's offices, not on the launch or on a ship's bridge where the mentor is working,
      and not when either person has just come off a long night job. Virtual meetings are fine
      if private. Ethical practice covers confidentiality with clear limits, conflicts of
      interest (a mentor should not also be the trainee's training pilot or examiner, or a
      close friend or relative), respecting differences in background and values under the
      Equality Act, avoiding dependency, and recognising when mentoring is not the right help,
      such as after a traumatic incident, when the trainee should be referred to professional
      support. Mentors follow the EMCC Global Code of Ethics and the authority's own policies on
      fatigue and drug and alcohol testing, which override anything said in mentoring."""),

    P("Explain the purpose of mentoring records for mentor and mentee"),
    P("""Records are the signed agreement, brief notes of each meeting (date, topics in outline,
      goals and actions), any self-assessment the trainee completes, and the mentor's own
      reflective log. For the mentor, they are a memory aid over a relationship that can last
      two years with gaps of weeks, they show patterns (the same worry coming back each
      winter), and they are material for supervision. For the trainee, their copy of goals and
      actions shows progress towards the next class and can be used in their licence review
      if they choose. Records also show the mentoring was carried out properly. Because they hold
      personal data, under UK GDPR they are kept to the minimum, stored in the locked mentoring
      drawer at the pilot station or a restricted folder, shared only with the trainee and
      supervisor, and destroyed a year after the relationship ends. Nothing goes into the
      trainee's training file, which the examiners read."""),

    P("Justify the importance of reflective practice and supervision within a mentoring context"),
    P("""Pilots already debrief after a difficult act of pilotage; reflective practice asks mentors to
      do the same with their mentoring. Using Kolb's cycle or Gibbs' model, a mentor looks back at
      what happened, what they felt, why it went as it did, and what they will do next time.
      Without that, a mentor will keep mentoring the way they were treated, which in our
      profession often meant being shouted at on a bridge wing, and will not notice that they
      talk for most of the meeting."""),
    P("""Supervision matters because mentors will hear difficult things: a trainee who has lost
      confidence after a close-quarters situation, or who is thinking of giving up. Proctor's
      model describes supervision as normative (checking ethical and good practice), formative
      (developing the mentor) and restorative (supporting them). A mentor without supervision
      might keep a confidence that should have been broken or break one that should have been
      kept, or carry a trainee's distress home with nowhere to put it. I propose a mentors'
      supervision meeting every two months with the authority's external HR consultant, who
      is an accredited supervisor."""),

    P("Explain how to manage a mentoring process using a recognised mentoring model"),
    P("""I would use Kram's phases of a mentoring relationship: initiation, cultivation, separation
      and redefinition. Initiation is getting to know each other and agreeing how to work;
      cultivation is the main working period, where goals are set and worked on; separation is
      when the trainee needs the mentor less and the relationship winds down; redefinition is
      the new relationship afterwards, usually as colleagues. Its strength for us is that it
      fits a long relationship tied to licence stages and reminds mentors to plan the ending.
      Its weakness is that it describes the relationship, not what to do in a meeting, so
      mentors will also use a simple structure in each meeting (review, goal, options,
      actions) and Clutterbuck's guidance on developmental mentoring."""),
    P("""As an example, Trainee A in our informal trial started initiation in her first month.
      In cultivation she set a goal to feel confident on the tight swing off the lock
      entrance on an ebb tide, which is the last hurdle before Class 2. Her mentor didn't tell
      her how he does it; he asked what she noticed the ship doing and shared his own worst
      swing when she asked. Separation came after her Class 2 exam, and redefinition is that she
      now rings him occasionally as a colleague."""),

    P("""Describing three or more tools and techniques that you propose using to identify individual
      goals and how they take into account individual preferences and needs."""),
    P("""A self-assessment against the pilotage competence framework, done in the first few
      meetings, shows the trainee where they feel least confident and gives words for goals.
      A learning styles questionnaire (Honey and Mumford) helps the pair decide whether the
      trainee learns best from more simulator runs, from watching others, or from reading
      incident reports. A timeline exercise, in which the trainee draws their sea career and the
      road to Class 1, helps them see the licence stages as steps and decide what matters most
      now. Goals are written in the trainee's words, kept SMART, and checked for commitment
      with a scaling question."""),

    P("Explain methods for monitoring and reviewing progress towards goals"),
    P("""Three methods. Each meeting starts with a review of the last actions. Every six months the
      trainee repeats the self-assessment so both can see the change. And the trainee's own
      training record (trips completed, simulator sessions, exam dates) gives an objective
      measure of progress towards the next class. The training record is the most reliable but
      says nothing about confidence; the self-assessment covers confidence but depends on
      honesty. A trainee who scores herself lower after six months is often the one who has
      learned most, because she now knows what she doesn't know, which is why we talk about
      the scores rather than simply compare them."""),

    P("""I confirm that this assignment is all my own work and that I have acknowledged the sources
      I have used. Gareth Lloyd-Evans, 2 June."""),
    P("""References: Kram, K. (1985) Mentoring at Work. Clutterbuck, D. (2004) Everyone Needs a
      Mentor. Kolb, D. (1984) Experiential Learning. Gibbs, G. (1988) Learning by Doing. Proctor,
      B. (1986) Supervision: a co-operative exercise in accountability. EMCC Global Code of
      Ethics."""),
]

CASE = Case(
    name="r22c_301_harbour_txt",
    unit="8587-301",
    kind="unstructured",
    files=[SourceFile("301 assignment G Lloyd-Evans.txt", BLOCKS)],
    labels={
        "1.1": "confident enough to say no",
        "1.2": "give an opinion on whether they are ready to move up a class",
        "1.3": "a sea story in a way that makes a point",
        "1.4": "the roster manager will always choose the ship",
        "2.1": "touching a dolphin berthing a coaster in my first winter",
        "2.2": "a mentor cannot keep quiet about an unreported incident",
        "2.3": "fatigue and drug and alcohol testing",
        "3.1": "the tight swing off the lock entrance on an ebb tide",
        "3.2": "draws their sea career and the road to Class 1",
        "3.3": "she now knows what she doesn't know",
        "4.1": "the same worry coming back each winter",
        "4.2": "being shouted at on a bridge wing",
    },
    expected_checks={"declaration": True, "evidence_matrix": None, "identifying": []},
    about="Harbour authority senior pilot's 301 in plain text: no numbers anywhere, answers under pasted AC or brief-task wording, 1.2 and 1.3 together under one joined line, 2.2 before 2.1 and LO4 before LO3; typed authentication statement.",
)
