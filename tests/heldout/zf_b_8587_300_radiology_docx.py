"""8587-300 Understanding Good Practice in Coaching: a CT superintendent radiographer's first-person essay, DOCX with his own thematic headings and no AC labels.

Owen Pritchard is the CT superintendent radiographer in the imaging department of St
Cuthbert's General Hospital, Darlington. He wants to set up internal coaching for newly
qualified (band 5) radiographers and has already coached two colleagues for 302 ("Coachee 1"
and "Coachee 2"). He wrote 300 as an essay, in the first person, in Word with heading styles:
a Title and eleven Heading 1 sections in his own words ("Why I am writing this", "What a
coach does, from hello to goodbye", "Getting started", "Is it working?", "Conclusion" ...)
and a reference list. There is not one AC number, and he never quotes the task wording:
every criterion is answered in his own words. (kind "unstructured".)

Shapes: 1.1 is argued across the opening section and the next one (label in "What coaching
is for here"); 2.1 (first contact, rapport, trust) and 2.2 (contracting: why, process,
content, the three-way conversation with a line manager) share the section "Getting
started", one after the other; 2.3 is written as what he would say to the trust's board;
3.1 proposes GROW inside a wider start-middle-end process; 3.2 names four tools (wheel of
life, scaling, strengths cards, a values sort) and how each respects preferences; 3.3 has
two methods (scaling at every session, a three-way review) plus a goal tracker; 4.1 in
"Keeping notes"; 4.2 is answered only in the Conclusion, after a paragraph summing up the
essay, including what happens when a coach does not reflect or take supervision.

Clean: no planted details. Not identifying: Owen's own name, Coachee 1 and Coachee 2, the
radiology services manager, the MRI superintendent and his coaching supervisor by role,
St Cuthbert's General Hospital, the Hounsfield Suite, Lister Road, Darlington, Teesside,
Siemens Somatom, GE, Philips, Datix, the Society and College of Radiographers, the HCPC,
NHS England, the NHS Leadership Academy and its Mary Seacole Programme, the Florence
Nightingale Foundation, Marie Curie, Wilhelm Roentgen (history), Whitmore (GROW), Hawkins
and Smith, Kline, Egan, Gibbs, Kolb, Schon, Passmore, de Haan, Clutterbuck, Megginson,
the EMCC and the ICF.

No declaration anywhere (False). Evidence matrix: None (300 is a written assignment; none
expected, none given).
"""

from corpus.case import Case, H, P, SourceFile

BLOCKS = [
    H(0, "Coaching in our Imaging Department"),
    P("Owen Pritchard - CT Superintendent Radiographer, St Cuthbert's General Hospital, Darlington"),
    P("ILM Level 3 Certificate in Effective Coaching and Mentoring - Unit 300 assignment - April 2025"),

    H(1, "Why I am writing this"),
    P("""When I qualified in 2011, the "support" for a new radiographer was a rota, a locker and a
      senior who said "shout if you need anything" and then disappeared into the Hounsfield
      Suite for eight hours. I survived, but plenty of people I trained with did not stay in
      the NHS. Last year our department lost four band 5 radiographers within eighteen months of
      qualifying. Preceptorship covers the clinical competencies well. What nobody covers is the
      thinking: how to handle a consultant who is rude on the phone, how to decide whether CT or
      MRI is where you want to go, how to stop taking the job home. Radiography has come a long
      way since Wilhelm Roentgen, and our kit has gone from the old Philips rooms to GE and
      Siemens scanners, but the way we support new staff has hardly moved. I think coaching
      could fill that gap, and this essay sets out what I have learnt about doing it well."""),

    H(1, "What coaching is for here"),
    P("""For me coaching is a structured conversation that helps someone think for themselves and
      then act. It is not training (which gives you the skills) and not preceptorship (which
      checks you can do them). In our department, the purpose would be to help people get
      unstuck and grow while they are doing a hard job, and in doing that to keep them. I see
      three purposes side by side. For the radiographer, it is about confidence, career
      direction and coping with the pressure of a 24-hour service. For the department, it is
      retention and better performance - coaching is far cheaper than recruiting a band 5 from
      overseas, and coached staff tend to take more ownership, so problems get solved on the
      shop floor rather than landing on the radiology services manager's desk. For patients, a
      radiographer who feels supported is calmer, makes fewer errors and has more patience with
      a frightened patient on the scanner table. In short, coaching in an NHS imaging department
      exists so that good people stay, and stay well. NHS England's People Plan and the Society and
      College of Radiographers both talk about a culture of support; coaching is one practical
      way of doing it rather than just saying it."""),

    H(1, "What a coach does, from hello to goodbye"),
    P("""I have learnt that the coach's role changes at each stage. At the start, my job is to
      make contact, explain what coaching is and is not, check it is what the person actually
      wants, and agree a contract. During the relationship my job is to hold the structure,
      listen far more than I talk, ask questions that help them think, challenge gently when
      they are going round in circles, and keep the focus on their goals rather than mine. I
      also have a duty to notice when coaching is not the right thing - if someone is clearly
      unwell or it is a performance issue, I should refer them on rather than keep coaching.
      At the end my job is to review what has changed, celebrate it, hand the ownership back
      completely and close properly."""),
    P("""The responsibilities run alongside: keeping confidentiality within the limits we agreed,
      keeping records, managing my own time and boundaries, being honest about what I am not
      qualified to do, and taking supervision myself. The hardest responsibility for me is one
      nobody writes down: I am a superintendent, so when I coach a band 5, I have to leave the
      superintendent at the door, because the moment I start solving their rota problem I have
      stopped coaching."""),

    H(1, "What it takes"),
    P("""Knowledge: a coach needs to know at least one model properly, the difference between
      coaching, mentoring, counselling and managing, the ethical codes (the EMCC and ICF codes
      are the ones I have read), the basics of data protection, and enough about the
      organisation to understand the pressures the coachee is under. Skills: deep listening,
      open and incisive questions, summarising, giving feedback, building rapport quickly,
      tolerating silence, and being able to challenge without wounding. Behaviours: curiosity,
      patience, reliability, genuine belief that the person has the answers, and humility.
      Nancy Kline's "Thinking Environment" put this best for me - the quality of someone's
      thinking depends on the quality of attention we give them. In a department where we
      interrupt each other constantly, learning to keep my mouth shut was the hardest skill of
      all."""),

    H(1, "What gets in the way"),
    P("""Barriers come from three directions. From the coach's side: time (I am on the CT rota as
      well as managing it), the temptation to advise, and the power gap if I coach someone more
      junior in my own modality. From the coachee's side: suspicion that coaching is a polite
      word for a capability process, fear that things will be passed on, and exhaustion after a
      twelve-hour shift. From the organisation's side: no protected time, rooms booked solid,
      and a culture where asking for help is seen as weakness."""),
    P("""What I would do about each. I would never coach someone I line manage; I would swap with
      the MRI superintendent, so the power gap shrinks. I would make the voluntary nature
      explicit and put confidentiality in writing, and say out loud that nothing goes into an
      appraisal unless the coachee chooses to take it there. Sessions would be booked in the
      roster as non-clinical time, never straight after a night shift, and held in the seminar
      room on the Lister Road side, away from the department. For the culture, I would ask the
      radiology services manager to be coached first and to talk about it - if the boss does it,
      it is not a sign of failure. And for my own urge to advise, I use a rule Coachee 2 caught
      me breaking: count to five before offering anything."""),

    H(1, "Getting started"),
    P("""The first contact matters more than I expected. With both of my coachees I began with a
      short informal chat - not a session - over coffee in the canteen, where I explained what
      coaching is, asked what made them interested and answered their questions. I was honest
      that I was learning. Rapport came from small things: meeting where they were comfortable,
      remembering what they had told me, matching their pace, and showing interest in them as a
      person (Coachee 1 and I bonded over a shared hatred of the old Siemens Somatom scanner
      that was finally replaced last spring). Trust came later and more slowly, from doing what
      I said I would, keeping what they said to myself, and admitting my own mistakes - I told
      Coachee 1 about the time I scanned the wrong side on a night shift in my first year and
      had to complete a Datix report, and I think that was the moment she started to talk
      properly."""),
    P("""Contracting is the part I used to skip, and I now think it is the foundation. The reason is
      simple: if we have not agreed what we are doing, why, and what the rules are, every
      misunderstanding later becomes a breach of trust. A contract protects the coachee, the
      coach and the organisation. The process I would follow: an initial conversation to check
      fit and expectations, then a first session where we go through a written agreement
      together and both sign it, then a review of the contract at the midpoint. Where a line
      manager is involved - for example if the department is paying for coaching linked to a
      development goal - I would hold a three-way conversation at the start so that the
      manager's hopes are heard, but then make clear that the content of the sessions stays
      between the two of us. The contract itself covers: purpose and goals; number, length and
      frequency of sessions; where and how; confidentiality and its limits (risk to the coachee,
      to patients or to others, and anything illegal); what records are kept and who sees them;
      what each of us is responsible for; how either of us can end it; and what happens if we
      bump into each other on the ward or in a crisis."""),

    H(1, "Safe, ethical - what I would say to the board"),
    P("""If I had to reassure our trust's board, I would say this. Coaching here would be voluntary
      and would never be used as a disciplinary tool. Every coach would work to a published code
      of ethics (the EMCC Global Code), would be trained, and would have regular supervision.
      Confidentiality would be clear from the first meeting, including the limits, and any
      safeguarding concern would follow the trust's existing procedures, not a separate coaching
      route. Records would meet UK GDPR and the trust's information governance rules, kept on
      the secure drive and never on personal phones. Coaches would work within their competence
      and refer on - occupational health, the employee assistance programme, the chaplaincy, the Marie Curie
      support line for staff caring for someone dying, or a counsellor - when something is beyond coaching. No coach would coach someone in their own
      reporting line, which avoids conflicts of interest. Coaching would respect difference:
      faith, culture, disability, working patterns. And coachees would have a way to raise a
      concern about their coach with someone other than the coach. That is what I would call a
      safe and ethical environment: clear rules, trained people, someone watching the
      watchers."""),

    H(1, "Running the process"),
    P("""I would manage each coaching relationship in three phases: beginning (contact,
      contracting, goals), middle (usually four to six sessions of about an hour, four weeks
      apart) and end (review, evaluation, close). Inside each session I would use GROW, from Sir
      John Whitmore. I have tried a couple of models but GROW suits a busy imaging department
      because it is simple enough to remember at the end of a long list and it always ends in an
      action. I would start each session by agreeing a goal for the hour, spend most of the
      time in Reality because that is where radiographers rush, then Options, then Will. One
      thing I changed after my 302 sessions: I now check the goal again after Reality, because
      twice the real issue turned out to be different from the one the coachee walked in with.
      I also keep the overall shape in mind - if we are in session five and still setting goals,
      the process is not being managed."""),

    H(1, "The toolkit"),
    P("""I would use four tools to help people find goals, each chosen for different preferences.
      The wheel of life suits people who think visually: they score eight areas of work and life
      out of ten and the gaps often show the goal. Scaling questions ("where are you now out of
      ten, and what would one point higher look like?") suit people who like to be concrete -
      most radiographers across the Teesside hospitals, in my experience - and they make progress measurable. Strengths cards
      suit people who are low in confidence, because starting from what they are good at makes
      the goal feel possible; Coachee 2 chose her goal of leading the CT trauma induction this
      way. A values card sort suits people making a career decision, such as CT versus
      ultrasound training, because the right answer is usually the one that fits their values.
      I would always offer a choice of tool rather than impose one, check how the person likes
      to think (talking, writing, drawing), and adapt for anyone with dyslexia or for whom
      English is a second language - several of our newer radiographers trained overseas."""),

    H(1, "Is it working?"),
    P("""I would use at least two methods to monitor progress. First, a quick scaling question at
      the start of every session against each goal, written on the record so we can both see
      the trend across sessions. Second, a formal review at the midpoint and the end, looking at
      the actions agreed each time and whether they happened, and - where a three-way contract
      exists - a short review with the line manager, led by the coachee. I also gave Coachee 1 a
      one-page goal tracker she kept herself, which she said helped more than anything I did.
      Where it makes sense I would add objective evidence, such as a competency signed off or a
      course started. Reviewing matters as much as monitoring: if a goal is no longer right, we
      change it rather than pretending."""),

    H(1, "Keeping notes"),
    P("""Coaches keep records for both people in the room. For the coachee, a record of goals and
      agreed actions is something to hold on to between sessions and a way to see how far they
      have come. For the coach, records give continuity (I do not want to ask the same question
      twice), evidence of what was agreed if there is ever a dispute, material for reflection
      and supervision, and proof for the organisation that coaching is happening. Best practice,
      as I understand it: keep records brief and factual, write them straight after the session,
      share them with the coachee or at least let them see them, store them securely under UK
      GDPR and the trust's information governance policy (password protected, on the trust
      drive, never in my bag on a scrap of paper), keep only what is needed for as long as it
      is needed, and destroy them at the end of the agreed retention period. Coachees have a
      right to see what is held about them, so nothing goes in a record that I would not be
      comfortable reading out to them."""),

    H(1, "Conclusion"),
    P("""I started with a department losing good people and a hunch that coaching could help. Having
      studied it and tried it, I think the hunch was right, provided it is done properly:
      contracted, confidential, structured, monitored and recorded. Coaching supports what the
      NHS Leadership Academy teaches on the Mary Seacole Programme, and costs far less than a
      Florence Nightingale Foundation scholarship."""),
    P("""The one thing I would insist on, above all of that, is reflection and supervision for
      every coach, and I would go as far as saying no coach should practise without them. The
      reason is that coaching happens in a closed room, and nobody sees what I do except the
      person least able to judge it. Reflective practice (I use Gibbs after each session, and
      Kolb's cycle when I look back across a month) is how I turn an hour of talking into
      learning. Without it I would repeat the same mistakes - I would never have noticed that I
      was rescuing Coachee 2 every time she got upset if I had not written it down and read it
      back a week later. Supervision does something reflection cannot, because it brings a
      second pair of eyes. Hawkins and Smith describe supervision as having three jobs:
      developing the coach, supporting the coach, and protecting quality for the coachee and
      the organisation. My supervisor spotted in our second meeting that I was bringing my own
      feelings about the rota into sessions with Coachee 1 - something no amount of solo
      reflection would have shown me. If coaches do not reflect or take supervision, the risks
      are real: they drift into advising and collusion, they miss the signs that someone needs
      more help than coaching can offer, they carry other people's distress home until they
      burn out, and the organisation has no assurance of quality. In a hospital, where the
      coachee's distress can end up on a scanner table with a patient, those risks are not
      small."""),

    H(1, "References"),
    P("Whitmore, J. (2017) Coaching for Performance. 5th edn. London: Nicholas Brealey."),
    P("Kline, N. (1999) Time to Think. London: Cassell."),
    P("Hawkins, P. and Smith, N. (2013) Coaching, Mentoring and Organizational Consultancy: Supervision, Skills and Development. 2nd edn. Maidenhead: Open University Press."),
    P("Passmore, J. (ed.) (2016) Excellence in Coaching. 3rd edn. London: Kogan Page."),
    P("de Haan, E. (2008) Relational Coaching. Chichester: Wiley."),
    P("Gibbs, G. (1988) Learning by Doing. Oxford: Further Education Unit."),
    P("Kolb, D. (1984) Experiential Learning. Englewood Cliffs: Prentice Hall."),
    P("Schon, D. (1983) The Reflective Practitioner. New York: Basic Books."),
    P("Clutterbuck, D. and Megginson, D. (2005) Making Coaching Work. London: CIPD."),
    P("EMCC (2021) Global Code of Ethics for Coaches, Mentors and Supervisors."),
]

CASE = Case(
    name="zf_b_8587_300_radiology_docx",
    unit="8587-300",
    kind="unstructured",
    files=[SourceFile("Unit 300 essay - Owen Pritchard.docx", BLOCKS)],
    labels={
        "1.1": "exists so that good people stay, and stay well",
        "1.2": "I have to leave the superintendent at the door",
        "1.3": "learning to keep my mouth shut was the hardest skill",
        "1.4": "I would swap with the MRI superintendent",
        "2.1": "bonded over a shared hatred of the old Siemens Somatom",
        "2.2": "every misunderstanding later becomes a breach of trust",
        "2.3": "someone watching the watchers",
        "3.1": "I now check the goal again after Reality",
        "3.2": "Strengths cards suit people who are low in confidence",
        "3.3": "a one-page goal tracker she kept herself",
        "4.1": "nothing goes in a record that I would not be comfortable",
        "4.2": "the person least able to judge it",
    },
    expected_checks={
        "declaration": False,
        "evidence_matrix": None,
        "identifying": [],
    },
    about="CT superintendent radiographer's 300 as a first-person essay in a styled DOCX: eleven thematic headings, no AC numbers or task wording, 2.1 and 2.2 sharing 'Getting started', 4.2 answered only in the Conclusion; clean but full of eponyms (Hounsfield Suite, Lister Road, Mary Seacole Programme, Florence Nightingale Foundation) and theorists; no declaration.",
)
