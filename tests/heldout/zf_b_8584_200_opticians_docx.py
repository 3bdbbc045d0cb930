"""8584-200 Understanding Mentoring: an opticians' branch manager's written report as a DOCX with no heading styles and mixed numbering.

Rebecca Thornhill is the branch manager and a dispensing optician at the Preston (Fishergate)
branch of ClearView Opticians, a fourteen-branch chain in Lancashire and Cumbria. The chain
is starting a mentoring scheme for first-year optical assistants and she is about to mentor a
trainee who starts at the Kirkham branch in June. She typed the report in Word with no
heading styles at all: every line is a Normal paragraph (kind "numbered-unstyled"), and her
numbering wanders as she goes - "Q1.1", "Question 1.2 and 1.3", "1.4)", "AC2.1", "2.2 -",
"Q2.3", "AC 2.4", "3.1", "3.2)", "Q3.3" - each followed by her own short paraphrase of the
task, not the handbook's wording.

Shapes: 1.2 and 1.3 are answered together under one line "Question 1.2 and 1.3" (benefits
first, in four situations, then barriers as a list typed as paragraphs); the 2.1 answer is
a table (skill / what it looks like / why it matters here) with the label in a cell; 2.5 is
skipped in order ("2.5 - I've put this at the end") and answered after Q3.3 under "2.5 (as
promised)"; Q3.3 pastes her draft mentee contact sheet. A short introduction and a reference
list frame the report; the declaration is typed at the end with her name and date
("I confirm that this report is all my own work") - an authentication statement, so True.

Planted (2): a patient named by initial and surname in the 1.2/1.3 answer ("G. Pemberton"),
and the trainee's mobile number on the pasted draft contact sheet in Q3.3 ("07700 900318").
The trainee herself is never named. Not identifying: Rebecca's own name, her tutor on the
header line (Sanjay Mehta, the centre's form asks for the tutor), the Kirkham branch manager
and the area manager by role, ClearView Opticians, Ribble Valley Training, Fishergate,
Preston, Kirkham, ABDO, the GOC, Topcon, Optix, SharePoint,
Microsoft Teams, Whitmore (GROW), Egan (SOLER), Clutterbuck, Megginson, Luft and Ingham.

Evidence matrix: None (200 is a written report; the unit expects none and there is none).
"""

from corpus.case import Case, P, SourceFile, T

BLOCKS = [
    P("ILM Level 2 Award in Effective Mentoring"),
    P("Unit 200 Understanding Mentoring - written report"),
    P("Rebecca Thornhill, Branch Manager / Dispensing Optician, ClearView Opticians, Fishergate (Preston)"),
    P("Tutor: Sanjay Mehta     Centre: Ribble Valley Training     Date: 12 May 2025"),

    P("Introduction"),
    P("""ClearView Opticians has 14 branches across Lancashire and south Cumbria. Last year we lost
      five of our eleven new optical assistants (OAs) before the end of their first year, and the
      exit interviews all said roughly the same thing - they felt thrown in at the deep end and
      did not want to keep asking their own manager "stupid questions". From June the company is
      giving every new OA a mentor from another branch. I have volunteered, and my first mentee
      is a trainee OA starting at our Kirkham branch. This report sets out what I have found out
      about mentoring before I start."""),

    P("Q1.1 What does the mentor actually do - the essential parts and the main activities"),
    P("""The most important thing I have learnt is that the mentor is not the trainee's manager.
      Her manager at Kirkham will train her on the tills, the pre-test equipment and our
      procedures, set her targets and do her probation review. My job is different - I will be
      a sounding board rather than a second line manager, someone from outside her branch she can
      think things through with. Because I have done her job (I started as a Saturday OA in 2009)
      I can share what it was like, but the point is to help her find her own answers, not to
      give her mine."""),
    P("""The main activities will be: agreeing a simple mentoring agreement with her at the first
      meeting (how often, where, what is confidential and what is not); meeting every fortnight
      for about 45 minutes; helping her set a few goals of her own and review them; listening
      and asking questions; giving honest feedback when she asks for it; pointing her to help
      such as the ClearView Academy e-learning, the ABDO optical assistant course and the area
      trainer; keeping brief records; and at the end, reviewing what she has got out of it and
      closing the relationship properly rather than letting it fizzle out."""),

    P("Question 1.2 and 1.3 - benefits (in different situations) and then barriers"),
    P("""Benefits. Mentoring helps in more than one situation. The first is a brand new starter.
      In the first twelve weeks an OA has to learn frame styling, the autorefractor, the
      non-contact tonometer, the Topcon OCT scanner, repairs, collections and the booking system
      all at once. A mentor gives her a safe person to go to who isn't marking her, so she asks
      the questions she would not ask her manager and stops pretending she understands."""),
    P("""The second is dealing with difficult customers. Last winter one of my own OAs was in
      tears in the staff room after a patient (G. Pemberton) shouted at her in front of a full
      waiting area over a repair that was not ready. What helped her was not me sorting out the
      complaint, it was talking it through afterwards, working out what she could say next time
      and realising it was not personal. A mentor can give that space without it being part of
      a performance conversation."""),
    P("""The third is career decisions. Many OAs wonder after a year or two whether to train as a
      dispensing optician, go into contact lenses or move into management. A mentor who has made
      those choices can help her weigh them up. A fourth situation is someone coming back after
      maternity leave or long sickness, when the systems and the team have changed and their
      confidence has dropped - mentoring helps them settle back in faster."""),
    P("""Barriers. 1. Time - our clinic diaries are full and Saturday is the busiest day, so
      mentoring is the first thing to be dropped when we are short staffed. 2. Distance - Kirkham
      is nine miles from Preston and she doesn't drive and the bus takes forty minutes, so
      face-to-face meetings cost her time. 3. I am a manager. Even though I am not her manager,
      she may see me as "management" and tell me what she thinks I want to hear, and she may
      worry that things will get back to Kirkham. 4. Her confidence - new OAs are often quiet
      and will not say they are struggling until it is too late. 5. Me - I am used to fixing
      things quickly on the shop floor, and I could easily slip into telling her what to do."""),

    P("1.4) How I will get round each of those"),
    P("""Time: the area manager has agreed that mentoring time is booked in the rota, so each
      session is blocked out in the rota like a clinic appointment and cannot be given away for
      walk-ins. If a session has to move we rebook it before we leave, we do not just cancel.
      Distance: we will alternate - one meeting face to face at Kirkham (I will travel, not her)
      and the next on Microsoft Teams from the staff room, with the door shut. Me being a
      manager: I will say clearly in the first meeting, and write into the agreement, that I
      am not her manager, that I will not report back to Kirkham, and that the only exception is
      if someone is at risk or the law or GOC rules are being broken. Her confidence: I will start
      with small, quick wins so she sees progress early, and ask her at the end of each session
      what was useful and what was not, so she gets used to saying it. My habit of fixing: I have
      asked my tutor to point it out whenever she sees it in my practice sessions, and I will use
      a model (see 2.2) that keeps me asking rather than telling."""),

    P("AC2.1 Key skills of a mentor (table)"),
    P("I have picked five skills. I think the first two are the most important for me."),
    T(
        ["Skill", "What it looks like", "Why it matters at ClearView"],
        ["Active listening", "Giving full attention, nodding, summarising back, letting her finish the whole story before I say anything", "OAs spend all day half-listening with a queue at the desk; she needs one person who properly listens"],
        ["Questioning", "Mostly open questions (what, how, tell me about); probing follow-ups; closed questions only to check facts", "Helps her work out her own answers, which she will remember better than mine"],
        ["Giving feedback", "Specific, balanced, about what she did not who she is, and asked for first", "She will be learning practical skills where small mistakes cost money (remakes)"],
        ["Empathy and patience", "Remembering what my first month felt like; not rushing her", "New starters who feel judged leave - that is exactly what happened last year"],
        ["Organisation", "Booking sessions, keeping records, following up actions", "If I am disorganised she will think the scheme is not important"],
    ),

    P("2.2 - The model I will use"),
    P("""I am going to use the GROW model, which was made popular by Sir John Whitmore in
      Coaching for Performance. It is a coaching model but it works for mentoring conversations
      because it gives a simple order to follow. G is for Goal - what does she want to get out
      of this session, or out of the next three months? R is Reality - where is she now, what
      has she tried, what is happening at Kirkham? O is Options - what could she do? Options is
      where I will have to sit on my hands, because my instinct is to give her my list. I will
      ask her for at least three ideas before I offer any of mine, and I will ask permission
      first ("can I add one?"). W is Will, or Way forward - what will she actually do, by when,
      and how will she know she has done it? At ClearView I will write the Will actions onto the
      record sheet at the end of each session so we start the next one by looking at them."""),
    P("""For the mentoring relationship as a whole I also like Clutterbuck and Megginson's idea
      that it moves through stages - building rapport, setting direction, making progress,
      winding down and moving on - because it reminds me that the first meeting is about getting
      to know each other and the last is about ending well."""),

    P("Q2.3 Using questioning and listening"),
    P("""Questioning. I will use open questions to get her talking ("what happened when...?",
      "how did that feel?", "what would you like to be different?"), probing questions to go
      deeper ("what makes you say that?", "what else?"), and hypothetical questions to help her
      think ahead ("if the tonometer reading looked wrong, what would you do?"). I will keep
      closed questions for checking ("so that's Thursday at nine?") and avoid leading questions
      like "don't you think you should tell your manager?" because that is just advice with a
      question mark on it. I will also try to ask one question at a time - I have noticed I fire
      three at once."""),
    P("""Listening. I will use Egan's SOLER (sit squarely, open posture, lean in, eye contact,
      relaxed) when we are face to face, and on Teams I will turn off notifications. I will
      reflect back her words, summarise at the end of each topic, and leave silences, because
      the second answer after a pause is often the real one. Where we meet matters too: in the
      staff room or the contact lens room, not on the shop floor with a phone going. On Teams I
      will listen for tone, because I cannot see her properly on a small staff-room screen."""),

    P("AC 2.4 Feedback"),
    P("""I will only give feedback when she asks for it or when I have asked if she would like it.
      I will ask her first what she thinks went well and what she would change, because she will
      often spot it herself. Then I will be specific and describe what she did, not what she is.
      For example, instead of "your dispensing is a bit careless" I would say "your PD reading
      was spot on, but the fitting heights on the varifocals were two millimetres out, which is
      why the patient could not read with them". I will balance it - what worked and one or two
      things to change, not ten - and finish by agreeing what she will try next time. Timing
      matters: feedback is best soon after the event but in private, never in front of
      customers. The Johari window (Luft and Ingham) explains why it is worth it: feedback is how
      she learns about her blind spots."""),

    P("2.5 - I've put this at the end"),

    P("3.1 Planning the sessions"),
    P("""Before the first session I will send her the ClearView mentoring agreement to read, so
      nothing in it is a surprise. Before each session after that I will read my record of the
      last one, check which actions she agreed, and think of two or three questions to open
      with, but I will let her set the agenda - I will send her a two-line reminder of what we
      agreed and ask what she wants to bring this time. Practical planning: book the room or the
      Teams link, check the rota at both branches, allow 45 minutes plus ten for writing up. The
      forms I plan to use are the company's mentoring agreement (signed by both of us), a
      session record (date, topics, her actions, next date), an action log that carries over
      from session to session, and a short mid-point and end feedback form. These will also be
      my evidence for unit 201."""),

    P("3.2) Two goals we might agree"),
    P("""Goal 1: to carry out pre-tests on her own by 31 August - the autorefractor, the
      non-contact tonometer and the OCT scan - and be signed off by the Kirkham manager as
      competent. It is specific, measurable (signed off or not), achievable in twelve weeks,
      relevant to her job and has a date. Goal 2: to handle one customer complaint from start to
      finish on her own, following our complaints procedure, before her six-month review, and
      talk it through with me afterwards. For a goal to be effective it has to be hers not mine,
      SMART, small enough to start this week, and written down so we can review it. If she wants
      a longer-term goal such as starting the ABDO course, we would break it into steps."""),

    P("Q3.3 Records - which ones and why"),
    P("""The mentoring agreement is needed because it is the record of what we both agreed about
      confidentiality, frequency and boundaries, and we can go back to it if something goes
      wrong. Session records are needed so that each session builds on the last, so actions are
      not forgotten, and so the scheme can show it is working (the company wants numbers of
      sessions and whether mentees stay). My own reflective notes help me improve. Feedback
      forms give her a voice. The main considerations are that the records are factual and
      brief, that she sees and agrees what is written about her, that they are kept securely
      under UK GDPR and the Data Protection Act 2018, and that they are only kept as long as
      needed (the company says one year after the mentoring ends). I will keep them in the
      locked mentoring folder on SharePoint, not on the branch PC next to the patient records
      in Optix. Below is the contact sheet I have drafted ready for June:"""),
    P("""MENTEE CONTACT SHEET (draft) - Mentee: new trainee OA, Kirkham branch - Start date: 2 June
      - Mobile: 07700 900318 - Best time to contact: after 5.30pm - Preferred: text, not calls -
      Mentor: R. Thornhill, Fishergate"""),

    P("2.5 (as promised) Developing trust"),
    P("""Trust will take time and I cannot ask for it, I have to earn it. The things I think
      matter most: keep confidences, and be clear from the start about the few things I could not
      keep to myself; do what I say I will do, turn up on time and never cancel at the last
      minute; be honest about my own mistakes - I once ordered a whole pair of varifocals with the
      wrong prism and had to ring the lab in a panic, and telling her that will show her it is
      safe to admit things; listen without judging; and be consistent, the same person in week
      ten as in week one. Small things count too, like remembering what she told me last time
      and asking how it went."""),

    P("References"),
    P("Whitmore, J. (2017) Coaching for Performance, 5th edn. London: Nicholas Brealey."),
    P("Clutterbuck, D. and Megginson, D. (2005) Making Coaching Work. London: CIPD."),
    P("Egan, G. (2014) The Skilled Helper, 10th edn. Belmont: Brooks/Cole."),
    P("I confirm that this report is all my own work.   Rebecca Thornhill   12/05/2025"),
]

CASE = Case(
    name="zf_b_8584_200_opticians_docx",
    unit="8584-200",
    kind="numbered-unstyled",
    files=[SourceFile("Unit 200 report R Thornhill.docx", BLOCKS)],
    labels={
        "1.1": "a sounding board rather than a second line manager",
        "1.2": "a safe person to go to who isn't marking her",
        "1.3": "she doesn't drive and the bus takes forty minutes",
        "1.4": "blocked out in the rota like a clinic appointment",
        "2.1": "letting her finish the whole story before I say anything",
        "2.2": "Options is where I will have to sit on my hands",
        "2.3": "not on the shop floor with a phone going",
        "2.4": "the fitting heights on the varifocals were two millimetres out",
        "2.5": "ordered a whole pair of varifocals with the wrong prism",
        "3.1": "send her a two-line reminder of what we agreed",
        "3.2": "carry out pre-tests on her own by 31 August",
        "3.3": "not on the branch PC next to the patient records",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": None,
        "identifying": ["G. Pemberton", "07700 900318"],
    },
    about="Opticians' branch manager's 200 report as an unstyled DOCX: mixed numbering ('Q1.1', 'Question 1.2 and 1.3', '1.4)', 'AC2.1', '2.2 -'), 1.2 and 1.3 answered together, 2.1 as a table, 2.5 deferred to after Q3.3; a patient as 'G. Pemberton' and the trainee's mobile on a pasted contact sheet; signed own-work statement.",
)
