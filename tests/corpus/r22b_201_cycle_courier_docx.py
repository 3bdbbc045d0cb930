"""8584-201 Developing Mentoring Skills in Word: a cycle courier co-op's operations lead, five planted details.

Callum Pryde, Operations Lead at a cargo-bike courier co-operative in Bristol, mentors a
new rider who wants to move into dispatch, for his ILM Level 2 Award in Effective Mentoring.
His Word portfolio opens with the centre's evidence matrix, then his plan, the signed
agreement, goals, a session log, notes, two photo captions, a pasted e-mail from his
mentee, her feedback, his tutor meeting, a review and a development plan. He calls her
"my mentee" or "Mentee 1" throughout, except:

Planted (5): the mentee's typed name in the agreement's signature cell ("Hodan Abdi",
Somali; it appears again in the pasted e-mail's From line); her first name alone in a photo
caption and in his trust reflection ("Hodan"); her personal e-mail in the From line
("hodan.abdi.rides@gmail.com"); her mobile in the e-mail's signature ("07700 900318"); and
the rider who buddies her on the early round, by a first name that is also a word, in the
session notes and the second photo caption ("Dawn"; the lower-case "dawn" of "the dawn
round" also appears).

Clean but tricky: the learner's own name on the cover, matrix and declaration; his tutor
in the tutor-meeting form ("Bethan Lloyd") and by first name in his review ("Bethan");
the lone initial "H" signing the e-mail (not listed: a single letter); cargo bikes and
brands named like people (Bullitt, Larry vs Harry, Brompton, Surly, Urban Arrow); Brunel
and the Clifton Suspension Bridge; Temple Meads, Stokes Croft, Gloucester Road, Bedminster;
the dispatch app Onfleet; Sustrans; Whitmore's GROW, Egan's SOLER, Pendleton, Kolb, Honey
and Mumford, the CEDAR model.

The 201 portfolio evidence matrix is present at the front (True); the declaration is signed
(True). No practice figures are given.
"""

from .case import B, Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "Unit 8584-201 Developing Mentoring Skills – Portfolio"),
    P("Learner: Callum Pryde | ILM no. 61772309 | Centre: Avon Skills Hub | Operations Lead"),

    H(1, "Portfolio evidence matrix"),
    T(
        ["AC", "Portfolio evidence titles", "Ref"],
        ["1.1 Prepare a plan for effective mentoring", "Mentoring plan", "E1"],
        ["1.2 State the agreed goals", "Agreement and goals", "E2"],
        ["2.1 At least 3 hours of mentoring", "Session log", "E3"],
        ["2.2 Questioning and listening", "Session notes", "E4"],
        ["2.3 Feedback", "Session notes; mentee feedback", "E4, E6"],
        ["2.4 How trust was developed", "Reflection on trust", "E5"],
        ["2.5 Records of all sessions", "Session log; session notes", "E3, E4"],
        ["3.1 Review own mentoring performance", "Review", "E8"],
        ["3.2 1-hour meeting with tutor", "Tutor meeting record", "E7"],
        ["3.3 Plan for future development", "Development plan", "E9"],
    ),
    P("Name of learner: Callum Pryde    Signature: C. Pryde    Date completed: 20/06/2025"),

    H(1, "E1 Mentoring plan (1.1)"),
    P("""Mentee 1 joined the co-op in March as a rider. She is fast and reliable on the Bullitt
      and the Urban Arrow but wants to move into dispatch, which means learning the Onfleet routing, talking to
      clients on the phone and making calls under pressure when three riders are stuck on
      Gloucester Road at once. She also told me at interview that she gets anxious on the
      phone. The co-op agreed I would mentor her because I set up our dispatch desk."""),
    B("Who: me and Mentee 1, one to one. I am not her rota manager."),
    B("When: Tuesday afternoons after the lunch peak, fortnightly from April to June, up to an hour."),
    B("Where: the back of the workshop at Stokes Croft, or on a ride when it suits the topic."),
    B("How: GROW for each session, a short written note, a feedback sheet at the end."),
    B("Support: a one-hour tutor meeting with my ILM tutor in June."),

    H(1, "E2 Mentoring agreement and goals (1.2)"),
    T(
        ["We agree", ""],
        ["Confidentiality", "What we talk about stays with us unless someone's safety is at risk."],
        ["Sessions", "Fortnightly, up to an hour, Tuesday 2pm."],
        ["Cancelling", "Message at least the day before if you can."],
        ["Notes", "Callum keeps notes in the co-op's locked drive; Mentee 1 can see them."],
        ["Signed (mentor)", "Callum Pryde, 08/04/2025"],
        ["Signed (mentee)", "Hodan Abdi, 08/04/2025"],
    ),
    B("Goal 1 – Run the dispatch desk on her own for a full lunch peak (11:30–14:00) by the end of May."),
    B("Goal 2 – Take and log five client booking calls on her own without me on the line, by mid-May."),
    B("Goal 3 – Plan the route for the Temple Meads to Bedminster pharmacy round herself, using Onfleet, by June."),

    H(1, "E3 Session log (2.1, 2.5)"),
    T(
        ["Date", "Duration", "Topic", "Actions agreed"],
        ["08/04/25", "45 min", "Getting to know each other; agreement signed; goals", "Mentee 1 to shadow dispatch for an hour"],
        ["22/04/25", "1 hr", "Goal 2 – phone nerves, role play of a booking call", "Take two calls with me listening in"],
        ["06/05/25", "50 min", "Goal 1 – how I prioritise jobs on Onfleet", "Run the desk 12–1 with me nearby"],
        ["20/05/25", "1 hr", "Review of her first solo lunch peak", "Write up the three things that went wrong"],
        ["03/06/25", "–", "Postponed – she was on the hospital run all afternoon", "Moved to 10/06"],
        ["10/06/25", "45 min", "Goal 3 route plan; review of all goals; feedback sheet", "Keep dispatching Fridays"],
    ),
    P("Total: 4 hours 20 minutes over five sessions."),

    H(1, "E4 Session notes (2.2, 2.3, 2.5)"),
    P("""22/04. She said the phone "feels like an exam". I asked open questions – "What is the
      worst thing a client has said to you?" – and then a scaling question: how nervous, 1 to
      10, before a call? Eight. I used Egan's SOLER and kept quiet while she worked it out. She decided
      that having a script on the screen would take it down to a five. We role-played a
      booking from a solicitor in Clifton who wanted a same-hour run over Brunel's Suspension Bridge."""),
    P("""06/05. I talked through how I juggle jobs on Onfleet and she asked why I always give the
      longest run to Dawn. Honest answer: she's our fastest on the Larry vs Harry, and she
      knows every back lane from Stokes Croft to Bedminster. We agreed Mentee 1 would buddy with
      Dawn on the dawn round for a week to learn the lanes."""),
    P("""20/05. First solo peak. Feedback using Pendleton: she went first – good: stayed calm when
      the Surly's chain snapped on Gloucester Road and re-routed the job in two minutes; not so
      good: forgot to text the client. I added that her notes on the board were clearer than
      mine. We used the CEDAR model for the missed text: context, example, what caused it,
      action (a checklist by the screen), review next time."""),

    H(2, "Photos (with permission)"),
    P("[Photo 1: Hodan at the dispatch desk on her first solo lunch peak, 20 May]"),
    P("[Photo 2: Dawn and Mentee 1 loading the Bullitt outside Temple Meads]"),

    H(1, "E5 How trust developed (2.4)"),
    P("""Early on she only answered what I asked. Two things changed that. First, I told her about
      my first week dispatching, when I sent a rider with a Brompton to collect a fridge. She
      laughed and started telling me her own disasters. Second, I kept my word: when Hodan told
      me the phone nerves came from a bad job in a call centre before she came to Bristol, I
      kept it to myself and never mentioned it at the co-op meeting, even when someone asked why
      she wasn't on the phones yet. By the fourth session she was setting the agenda herself."""),

    H(1, "E6 Feedback from my mentee (pasted e-mail)"),
    P("From: Hodan Abdi <hodan.abdi.rides@gmail.com>"),
    P("To: dispatch@ (co-op shared inbox)"),
    P("Subject: mentoring feedback form"),
    P("""Hi Callum, form attached and here it is in the email in case. Listening 5, questions 4,
      feedback 5, would I recommend 5. Most useful was the script and the buddy week. Only thing
      is sometimes you jump in with the answer when I'm slow, I want to get there myself. Thanks
      for doing this. H"""),
    P("Sent from my phone – 07700 900318"),

    H(1, "E7 Tutor meeting (3.2)"),
    T(
        ["Tutor", "Bethan Lloyd"],
        ["Date / length", "Monday 16 June 2025, 1 hour, Teams"],
        ["Discussed", """My log and notes, the feedback e-mail, and why I jump in. We talked about
         Honey and Mumford – I'm an Activist and my mentee is a Reflector, so my pace is wrong
         for her. Kolb: give her the reflecting stage."""],
        ["Actions", """Count to five before offering an answer; add a box to my notes for my own
         reflection; ask mentee how she likes feedback."""],
    ),

    H(1, "E8 Review of my mentoring (3.1)"),
    P("""All three goals were met, goal 3 a week late. The feedback shows my listening is good but
      I rush her; Bethan said the same. I think my strengths are practical knowledge and making
      it fun – using real jobs and real streets, not theory. My weakness is patience. When a job
      is going wrong on the desk I take the headset off her instead of asking what she'd do.
      Looking at Kolb, I skipped her reflecting and went straight to "try again". Next time I
      would also write my notes the same day – two of mine were written a week later."""),

    H(1, "E9 Development plan (3.3)"),
    T(
        ["Area", "Action", "By when"],
        ["Jumping in", "Pause and ask 'what would you do?' before any advice", "August 2025"],
        ["Notes", "New template with a reflection box, filled in the same day", "July 2025"],
        ["Wider practice", "Mentor the next rider who wants to move into the workshop", "Autumn 2025"],
        ["Learning", "Read Whitmore, Coaching for Performance; Sustrans volunteer mentor training", "December 2025"],
    ),
    P("I declare this portfolio is my own work. Callum Pryde, 20/06/2025"),
]

CASE = Case(
    name="r22b_201_cycle_courier_docx",
    unit="8584-201",
    kind="portfolio",
    files=[SourceFile("Pryde_8584-201_portfolio.docx", BLOCKS)],
    labels={},
    expected_checks={
        "declaration": True,
        "evidence_matrix": True,
        # Not: Callum Pryde / C. Pryde (learner), Bethan Lloyd / Bethan (tutor in the tutor
        # form), Bullitt, Larry vs Harry, Brompton, Surly, Urban Arrow, Brunel, places, Onfleet,
        # the lower-case "dawn round", dispatch@ shared inbox.
        "identifying": ["Hodan Abdi", "Hodan", "hodan.abdi.rides@gmail.com", "07700 900318", "Dawn"],
    },
    about="Cycle courier co-op ops lead's 201 Word portfolio, planted: Somali mentee's name in the agreement signature cell and e-mail From line, first name in a photo caption, personal gmail and mobile, buddy rider 'Dawn' beside 'the dawn round'; cargo bike brands, Bristol places, tutor form clean.",
)
