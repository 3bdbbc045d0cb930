"""8587-302 Extended coaching: an IT service desk team leader's single PDF with a log table.

Tomasz Nowicki leads the IT service desk at a housing association in Newcastle and
coaches three colleagues from other teams. He wrote in Word and saved as PDF: a heading
per section and per AC (criterion wording as the heading, his answer below), no evidence
matrix, and the declaration at the end. His coaching log under AC 2.4 is a Date / Client /
Duration / Notes table with a chemistry call he marked "(not counted)" and two
supervision rows.

Practice, as an assessor counts it (the log under AC 2.4):
    Client 1  "1 hr 30" 90, "1 hr" 60, "1:15" 75, "60 min" 60        = 285
    Client 2  "60 min" 60, "90 mins" 90, "1 hr" 60, "1:15" 75        = 285
    Client 3  "1:15" 75, "1 hr" 60, "1 hr 30" 90, "45 min" 45        = 270
    -> 840 minutes (14 h), 12 sessions, 3 individuals.
    Not counted: the 11/09 chemistry call "20 mins (not counted)", "Supervision 1" 1 hr 30
    and "Supervision 2" 1 hr (150 minutes of supervision), the "Total coaching" row.
    => minutes 840, sessions 12, individuals 3, supervision 150.

Anonymisation slips: Client 2's manager's e-mail in the contract section, Client 1's first
name in a reflection, and Client 3's initial+surname as the signature under her feedback
form. Not identifying: Tomasz's own name, his supervisor Dr Helen Marsh named where the
supervision summary asks for the supervisor, Newcastle, the housing association, ITIL,
OSKAR, the GROW model, Jackson and McKergow, Whitmore, Hawkins and Smith, the EMCC.
"""

from corpus.case import B, Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "ILM Level 3 Certificate in Effective Coaching and Mentoring"),
    P("Unit 8587-302: Undertaking an extended period of coaching within an organisational context"),
    P("Learner: Tomasz Nowicki | ILM no. TN-302-40981 | Tyneside Business Skills | November 2025"),
    H(1, "Introduction"),
    P("""I am the team leader of the IT service desk at a housing association with about 900
      staff across the North East. Part of my role in the last year has been to support the
      organisation's new coaching culture programme, and for this unit I coached three
      colleagues who were referred through the programme. None of them report to me, which
      was deliberate, because coaching your own team members mixes up the roles. In this
      portfolio they are Client 1 (a housing officer), Client 2 (a repairs planner) and Client
      3 (a newly promoted income team supervisor)."""),
    H(1, "Section 1 - Prepare for coaching"),
    H(2, "1.1 Produce a plan for effective coaching to take place for 12 hours"),
    P("""I planned four sessions with each client over about seven weeks, with the first session
      longer (90 minutes) to allow for contracting, and the rest at about an hour, which gave
      a planned total of 12 to 14 hours. I booked the small meeting room on level 2 of our
      Gateshead office for all the sessions because it has no glass wall and is away from
      the housing teams. Client 3 works from a different office on Mondays, so her sessions
      were on Mondays at 2pm when she was in Gateshead anyway. I kept a fortnightly rhythm
      so there was time for actions between sessions. Resources I planned: the coaching
      agreement, a wheel of work life, a time audit sheet, my session record template and
      a Microsoft Forms feedback form, plus the OSKAR question cards from the programme."""),
    H(2, "1.2 Agree appropriate topics, goals and/or outcomes relevant to the context of individual(s) being coached"),
    P("""Goals were agreed in each client's first session using the wheel (see 2.1) and then made
      SMART together. I asked each client to write the goal in their own words on the record
      so it belonged to them."""),
    B("""Client 1: to reduce her reopened tickets with the repairs team from around 12 a month to
      5 or fewer by the end of October, by getting the detail right first time on the
      repairs request."""),
    B("""Client 2: to run his Monday planning meeting in 30 minutes instead of 75, with a written
      agenda, for four weeks in a row."""),
    B("""Client 3: to hold a one-to-one with each of her six team members every month, including
      the two who were her peers before her promotion."""),
    P("""These goals were relevant because they were all things their managers had raised in
      appraisals, but the clients chose the measures themselves."""),
    H(2, "1.3 Agree an appropriate and confidential contract with individual(s) and other stakeholders"),
    P("""I used the programme's coaching agreement and held a three-way meeting with each line
      manager before the first session, so that the manager could say what they hoped for and
      then hear that the content of sessions would stay confidential. Those short meetings
      were not coaching sessions, so they are not in my log or my hours. We agreed that the
      manager would only be told whether sessions were attended and, at the end, whatever the
      client chose to share. The agreement covers confidentiality and its limits (risk of
      harm, fraud or safeguarding), note keeping under GDPR, cancellations (24 hours' notice,
      otherwise the session is lost), and that either of us can end the coaching. Client 2's
      manager asked to be sent the session dates, so I added her as a contact on the
      agreement (l.harker@northgate-housing.example.org) for dates only."""),
    H(1, "Section 2 - Carry out coaching"),
    H(2, "2.1 Use diagnostic or assessment tools to effectively coach within an organisational context"),
    P("""I used two tools. First, every client scored a wheel of work life (eight segments, 1–10)
      in session 1. Client 3 scored 'relationships with my team' at 3, which turned her
      vague wish to 'be a better manager' into the one-to-one goal. Second, Client 2 did a
      time-tracking audit of a typical week before session 2, logging what he did every 30
      minutes. It showed that the Monday meeting plus the follow-up e-mails it created took
      almost five hours of his week, which is why he chose the meeting as his goal. I also
      used a simple confidence scale at the start and end of each session."""),
    H(2, "2.2 Use a recognised model of coaching during the coaching process which supports the individual(s) to achieve their goals"),
    P("""I used the OSKAR model (Jackson and McKergow) rather than GROW because it is solution
      focused, which suited three people who already knew their jobs well. The scaling step
      made the biggest difference. I would ask 'on a scale of 1 to 10, where are you now?',
      then 'what puts you at a 4 and not a 1?', which made them name what they were already
      doing right. Client 1 realised she already got the detail right when she filled the
      repairs form in while still on the phone, and that became her action. For Client 3 the
      Know-how step was useful because she borrowed an approach from a supervisor she had
      admired. Each record is laid out under the OSKAR headings."""),
    H(2, "2.3 Demonstrate the knowledge, skills and behaviours of an effective and ethical coach, including communication techniques of questioning and listening"),
    P("""Knowledge: I read Whitmore's Coaching for Performance and the programme's handbook, and
      worked to the EMCC Global Code of Ethics. Skills: I used open questions, summarising and
      scaling, and I listened at what Whitmore calls level 3, for tone and energy as well as
      words. When Client 2 said 'the meeting is fine really' in a flat voice, I said I had
      noticed his voice drop and asked what 'fine' meant. He then talked for ten minutes about
      feeling that nobody listened to him in the meeting either. Behaviours: I kept to time,
      did not give advice about repairs planning even though I had opinions, and when Client 3
      became upset about a former peer I paused the session and asked whether she wanted to
      carry on, change topic or stop. Ethically, I referred Client 1 to our wellbeing service
      when she mentioned sleeping badly, rather than trying to coach on it."""),
    H(2, "2.4 Record an auditable coaching process from initial contact to completion"),
    P("""The log below is the master record: every contact from the first call to the last
      session, with my supervision in the same table so the dates line up. Each session line
      matches a session record (OSKAR headings, actions, confidence scores) kept in an
      encrypted folder, and the agreements are signed and scanned."""),
    T(
        ["Date", "Client", "Duration", "Notes"],
        ["08/09/2025", "Client 1", "1 hr 30", "Contracting, wheel of work life, goal"],
        ["10/09/2025", "Client 2", "60 min", "Contracting, wheel, time audit set"],
        ["11/09/2025", "Client 3", "20 mins (not counted)", "Chemistry call on Teams before agreeing to coaching"],
        ["15/09/2025", "Client 3", "1:15", "Contracting, wheel, goal"],
        ["22/09/2025", "Client 1", "1 hr", "Scaling; form while on the phone"],
        ["24/09/2025", "Client 2", "90 mins", "Time audit review, goal agreed"],
        ["29/09/2025", "Client 3", "1 hr", "Planning one-to-ones"],
        ["01/10/2025", "Supervision 1", "1 hr 30", "Group supervision with tutor, 4 coaches"],
        ["06/10/2025", "Client 1", "1:15", "Reopened tickets down to 7"],
        ["08/10/2025", "Client 2", "1 hr", "Agenda template"],
        ["13/10/2025", "Client 3", "1 hr 30", "The two former peers"],
        ["20/10/2025", "Client 1", "60 min", "Final: 4 reopened tickets in October"],
        ["22/10/2025", "Client 2", "1:15", "Final: meeting at 35 mins"],
        ["27/10/2025", "Client 3", "45 min", "Final: 6 of 6 one-to-ones held"],
        ["03/11/2025", "Supervision 2", "1 hr", "One-to-one supervision"],
        ["Total coaching", "", "14 hrs", ""],
    ),
    H(1, "Section 3 - Review coaching practice"),
    H(2, "3.1 Reflect on each session and identify key learning to support continuous professional development"),
    P("""After every session I wrote a short reflection under three headings: what happened, so
      what, now what. The main learning points were these. In Client 2's first session I
      talked too much while explaining the time audit, so now I send the instructions in
      writing beforehand. With Bethany I noticed that I relaxed when she was doing well and
      stopped challenging her, which meant her second session was pleasant but not very useful. In
      Client 3's third session I learned that silence after an emotional moment is not
      something I need to fill. Overall, I learned that my service desk habit of solving
      the ticket quickly is the biggest risk to my coaching."""),
    H(2, "3.2 Gather ongoing feedback on effectiveness of their coaching for each session and show evidence of this"),
    P("""At the end of every session the client filled in a two-question feedback form in
      Microsoft Forms on their phone: 'How useful was today (1–5)?' and 'What should I do more
      or less of?'. All twelve forms were returned. Scores were 4 or 5 except Client 1's second
      session, which scored 3 with the comment 'felt a bit cosy', which matched my own
      reflection. Client 2 asked for fewer questions at the start and more time on actions,
      so I shortened my check-in. At the end each client filled in a final feedback form;
      Client 3's is below."""),
    T(
        ["Final feedback", "Client 3"],
        ["What was most helpful?", "Being asked what I already do well. I didn't know I had a method."],
        ["What could the coach improve?", "Sometimes summarised too quickly before I'd finished."],
        ["Would you recommend coaching?", "Yes"],
    ),
    P("Signature: K. Lindqvist"),
    H(2, "3.3 Review and evidence own ability to use effective communication skills, including questioning, listening and giving feedback in order to facilitate coaching practice"),
    P("""I recorded two sessions (with consent) and counted my questions. In Client 2's second
      session, 14 of my 31 questions were closed; by his last session it was 5 of 28. My
      listening is better than I expected, but the recording showed I summarise too soon,
      which Client 3 also noticed. For giving feedback I used the approach of asking first
      ('how do you think that went?') and then adding my observation, which worked well with
      Client 1, who is hard on herself. The clients made faster progress in the sessions where
      I talked less, and the two sessions where I talked most had the lowest scores."""),
    H(2, "3.4 Summarise the outcomes of on-going supervision for a minimum of two sessions of effective coaching to improve practice"),
    P("Supervisor: Dr Helen Marsh, programme coaching supervisor."),
    P("""Supervision 1 (1 October, group of four coaches, 90 minutes) used the seven-eyed model of
      Hawkins and Smith. I brought Client 1's 'cosy' session. The outcome was that I agreed to
      name the pattern out loud with her at the next session, and that went well. Supervision
      2 (3 November, one-to-one, an hour) looked at my endings. Dr Marsh asked what I wanted
      the clients to take away, and I realised I had been ending on my summary not theirs. The
      agreed outcome is that every final session from now on ends with the client's own
      summary, and I will keep supervision every two months after the course."""),
    H(1, "Declaration"),
    P("""I confirm that this portfolio is my own work, that the coaching took place as recorded,
      and that the clients agreed to their anonymised records being used for assessment."""),
    P("Signed: Tomasz Nowicki    Date: 14/11/2025"),
]

CASE = Case(
    name="c_8587_302_pdf",
    unit="8587-302",
    kind="structured-pdf",
    files=[SourceFile("Nowicki 302 coaching portfolio.pdf", BLOCKS)],
    labels={
        "1.1": "booked the small meeting room on level 2",
        "1.2": "reduce her reopened tickets",
        "1.3": "three-way meeting with each line manager",
        "2.1": "time-tracking audit of a typical week",
        "2.2": "The scaling step made the biggest difference",
        "2.3": "noticed his voice drop",
        "2.4": "The log below is the master record",
        "3.1": "stopped challenging her",
        "3.2": "two-question feedback form",
        "3.3": "14 of my 31 questions were closed",
        "3.4": "name the pattern out loud",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        # 285 (Client 1) + 285 (Client 2) + 270 (Client 3) = 840; the 20-minute chemistry
        # call marked "(not counted)", both supervision rows and the Total row excluded
        # (the three-way meetings with line managers are now marked as not coaching sessions
        # in the text, so they cannot be read as contracting sessions)
        "minutes": 840,
        "sessions": 12,
        "individuals": 3,
        "supervision_minutes": 150,  # 90 + 60
        "identifying": ["l.harker@northgate-housing.example.org", "Bethany", "K. Lindqvist"],
    },
    about="IT service desk lead; one structured PDF; Date/Client/Duration log with a '(not counted)' call and supervision rows; three planted details.",
)
