"""8584-200 Understanding Mentoring: a senior technician in a hospital sterile services unit, PDF.

Bethan Lloyd is a senior technician in the sterile services department of a district general
hospital in the Welsh borders, where surgical instruments are washed, checked, packed and
sterilised for the operating theatres. She is about to mentor two new technicians and the
health students who come on placement. Her assignment is continuous prose saved as PDF, with
a few plain lines of her own as headings ("Life in the department", "When it went wrong",
"Talking it through") that never name a criterion. What is tricky: it opens with a failed
informal mentoring of a night-shift technician, and that story carries the barriers, with
the remedies in the paragraph after it; the role is spread over two paragraphs (the clearer
one is labelled, the second cites Clutterbuck); the key skills are a two-column table
introduced by a sentence; trust is answered in two sentences inside the paragraph on
planning sessions; the model is CLEAR, not GROW; feedback uses CEDAR through an example
about a tray audit. The introduction and conclusion touch every topic and a reference list
ends it. No declaration.
"""

from .case import Case, P, SourceFile, T

BLOCKS = [
    P("Understanding Mentoring - written assignment"),
    P("Bethan Lloyd, Senior Technician, Sterile Services"),
    P("ILM Level 2 Award in Effective Mentoring Skills"),
    P("""I have worked in the sterile services department of our hospital for nine years, the
      last three as a senior technician on the late shift. From the spring I am going to be the
      mentor for our two new technicians and for the health students who come to us on
      placement. In this assignment I look at what a mentor does, the good mentoring can do in
      different places, what can get in the way and how to get round it, the skills a mentor
      needs, a model to follow, how to ask questions and listen, giving feedback, building
      trust, and finally planning sessions, setting goals and keeping records."""),
    P("Life in the department"),
    P("""Sterile services is a job you mostly learn by doing. New starters do two weeks of
      induction and competency sign-off with our training lead, but nobody can teach you from a
      folder how to spot a tray that has been packed in a hurry. Up to now new technicians have
      just been put with whoever was on shift, and in the last three years we have lost two good
      people before the end of their first year."""),
    P("When it went wrong"),
    P("""Last winter I was asked, informally, to keep an eye on a new technician on nights. It
      did not work, for three reasons. The first was time. Nights are short staffed, the washers
      never stop, and every talk we had was in a rush between cycles. The second was the place.
      The only quiet spot in the department is the staff room, which is shared with the whole
      shift, so she never said anything she did not want everyone to hear. The third was her.
      She had come from a warehouse, was embarrassed about how much she did not know, and I
      think she saw me as someone who might report back to the department manager about whether
      she passed her probation. Admitting she was struggling felt risky, so she was not really
      willing to be mentored at all. She left in March."""),
    P("""With the new technicians I want to deal with each of those things before they happen.
      For time, I have agreed with the department manager that mentoring goes on the rota as
      protected time, forty-five minutes a fortnight at the start of the late shift, before the
      afternoon lists send their instruments back. For the place, we will book a seminar room in
      the education centre, or walk round the hospital grounds if the technician would rather
      talk side by side. For the worry about being reported on, I will explain at the very first
      meeting what mentoring is and what it is not, that I have no part in probation decisions,
      and we will put this in a short written agreement. If a mentee would still rather talk to
      someone else, our quality lead has also done mentor training and can take over without any
      fuss."""),
    P("What I will actually be doing"),
    P("""Mentoring, as I understand it, is a longer-term relationship where someone with more
      experience helps another person to learn and develop in their own way. It is different
      from competency training, where the training lead shows new technicians how things must be
      done, from line management, which is the department manager's job, and from counselling.
      What I am there for is to be alongside the new technician: helping them work out what they
      want to get better at, sharing what I have learned the hard way, asking questions that
      make them think, encouraging them, setting a good example in the department, and pointing
      them to other people when something is outside what I can help with."""),
    P("""Clutterbuck (2004) describes mentoring as one person helping another through a
      significant change in their knowledge, work or thinking. For a new technician, that change
      is from following a checklist to being trusted to release instruments that will be used
      inside a patient."""),
    P("""Mentoring does good in lots of settings, not just ours. Here in the department it helps
      new technicians settle in, learn the parts of the job nobody writes down, and become
      independent enough to work a packing bench alone. For the health students on placement
      with us, a mentor helps them connect what they learn in class with real work and decide
      whether a career in the hospital is for them. My husband runs a small farm shop and cafe
      with six staff, and he mentored his first supervisor when she stepped up from the counter;
      it gave her the confidence to manage people she used to work beside. And in the voluntary
      sector, the hospital's volunteer drivers and ward visitors include retired people and
      sixth formers, and a mentor helps them feel part of the team."""),
    P("""These are the skills I think matter most, as someone watching me mentor would see them."""),
    T(
        ["Skill", "What it looks like in the department"],
        ["Listening", "Keeping quiet long enough for the technician to finish, and noticing when they go quiet"],
        ["Questioning", "Open questions that get them thinking rather than me handing over the answer"],
        ["Empathy", "Remembering what my own first night shift felt like, the noise and the heat"],
        ["Feedback", "Specific and fair, soon after the event, and in private"],
        ["Goal setting", "Helping them turn 'get better at orthopaedic sets' into something we can check"],
        ["Role modelling", "Doing the hand hygiene and tracking scans properly every time, even when rushed"],
    ),
    P("""The structure I want to use for each meeting is CLEAR, from Peter Hawkins (Hawkins and
      Smith, 2013). It has five stages. Contracting comes first: at the start of each meeting we
      agree what the technician wants to talk about and what they would like to leave with. Then
      Listening, where I let them tell me what is going on without jumping in. Exploring is
      where we look at it from different angles, what it feels like and what the options are.
      Action is agreeing the next step they will take before we meet again, and Review is
      checking at the end what was useful, and at the next meeting what happened. The first
      stage makes the technician decide what the meeting is for."""),
    P("Talking it through"),
    P("""Most of my mentoring will be asking questions and listening. I will mostly use open
      questions like 'What happened when you packed the hip set?' or 'How would you do it next
      time?' because they make the technician think it through and find their own answer instead
      of borrowing mine. Closed questions still have a place for checking facts and safety, such
      as 'Did you scan the tray?' or 'Was the indicator strip in?', and checking questions like
      'So you are saying the rota is the problem, not the work?' show I have understood and give
      them a chance to correct me. Listening properly means facing them, putting the scanner
      down, not finishing their sentences and being comfortable with a silence. Egan (2014)
      calls this being fully present with the person."""),
    P("""I will give feedback as soon as I can after the event, somewhere private, and I will
      ask the technician how they think it went first. I plan to use CEDAR (Zeus and
      Skiffington, 2002): Context, Examples, Diagnosis, Actions and Review. For instance, with
      the feedback after the tray audit I would set the scene, give real examples such as two
      count sheets left unsigned, let them work out why it happened, agree what they will do
      differently, and then check at the next audit, always saying specifically what went well
      too."""),
    P("Getting organised"),
    P("""Planning starts before I meet a new technician. I will send them a short questionnaire
      about what they feel confident with and what worries them, and look at their competency
      sign-off sheet to spot any gaps in skills. At the first meeting we will go through it
      together, agree how often and where we meet, what is confidential and when I would have to
      pass something on, and what notes I keep, and we will both sign a one-page agreement.
      Trust will come, I hope, from doing what I say I will and being honest about my own
      mistakes, like the time I sent a set to theatre with the wrong retractor in my first year.
      Keeping what they tell me between us, unless someone could be hurt, matters just as much.
      Before each meeting after that I will read my last notes, check the rota and book the
      room."""),
    P("""Goals need to be specific. Two examples for a new technician would be to assemble and
      check the general surgery sets on her own and have every one pass the quality check for
      two weeks in a row by the end of June, and to talk new theatre staff through our tray
      request system at their induction on three Thursdays in August. For a student on placement
      a goal might be to follow one instrument set all the way round the cycle and present what
      they found to the team before their placement ends. Each goal has to be realistic and
      something they actually want."""),
    P("""The agreement shows what we both signed up to. The questionnaire and the goals sheet
      show where the technician started. After each meeting I will write a short note with the
      date, what we talked about, the actions agreed and any progress, and the technician gets a
      copy, so we both remember what was agreed and can see how far they have come. My own
      mentoring diary lets me look back on how I am doing as a mentor. All of this is personal
      data, so it will be kept in a locked drawer in the supervisors' office, not on the shared
      drive, the technician can see it whenever they like, and it will be deleted a year after
      the mentoring ends, in line with GDPR and the health board's own policy."""),
    P("Last thoughts"),
    P("""Writing this has made me see there is more to mentoring than keeping an eye on someone.
      I am clearer about what a mentor is for and the good it does in different places, what got
      in the way last winter and what I will change, the skills I need, how CLEAR will shape my
      meetings, how I will question, listen, give feedback and build trust, and how I will plan,
      set goals and keep records."""),
    P("References"),
    P("Clutterbuck, D. (2004) Everyone Needs a Mentor. 4th edn. London: CIPD."),
    P("Egan, G. (2014) The Skilled Helper. 10th edn. Belmont, CA: Brooks/Cole."),
    P("""Hawkins, P. and Smith, N. (2013) Coaching, Mentoring and Organizational Consultancy:
      Supervision, Skills and Development. 2nd edn. Maidenhead: Open University Press."""),
    P("Zeus, P. and Skiffington, S. (2002) The Coaching at Work Toolkit. Sydney: McGraw-Hill."),
]

CASE = Case(
    name="ej_200_sterile_services_pdf",
    unit="8584-200",
    kind="unstructured",
    files=[SourceFile("Lloyd Understanding Mentoring.pdf", BLOCKS)],
    labels={
        "1.1": "to be alongside the new technician",
        "1.2": "Mentoring does good in lots of settings",
        "1.3": "every talk we had was in a rush",
        "1.4": "goes on the rota as protected time",
        "2.1": "Doing the hand hygiene and tracking scans properly",
        "2.2": "The structure I want to use for each meeting",
        "2.3": "find their own answer instead of borrowing mine",
        "2.4": "the feedback after the tray audit",
        "2.5": "being honest about my own mistakes",
        "3.1": "Planning starts before I meet a new technician",
        "3.2": "on three Thursdays in August",
        "3.3": "kept in a locked drawer",
    },
    expected_checks={"declaration": False, "evidence_matrix": None},
    about="Hospital sterile services technician's 8584-200 PDF essay: failed-mentoring story carries barriers, remedies next, role over two paragraphs, skills table, CLEAR model, CEDAR feedback example, trust in two sentences inside planning, intro and conclusion name every topic, references, no declaration.",
)
