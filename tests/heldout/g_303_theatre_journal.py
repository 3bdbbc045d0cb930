"""8587-303 Reflecting on Coaching Skills: a theatre's deputy head of stage keeps a dated journal.

Tamsin Achterberg is deputy head of stage at a producing theatre and coached three stage
technicians for unit 302. Her 303 evidence is a reflective journal in Word: an intro, then
entries headed only by their dates, in the order she wrote them, with no criterion numbers
anywhere. The criteria are answered inside the entries as they came up: the evidence review
(1.1) after reading back her records and supervision notes, strengths and weaknesses (1.2)
after a bad session in tech week, the review of her questioning and listening (2.1) after a
recorded session, and the six-month plan (2.2) as a table in the last entry.

She uses "Coachee 1", "Coachee 2" and "Coachee 3", but left in: Coachee 2's first name in an
entry written late at night, Coachee 3's initial and surname as the signature on a feedback
form she pasted in, and Coachee 1's mobile number in a pasted text message. Traps: her head
of production by role and name, show titles, Whitmore, Kolb, Gibbs, Hawkins, GROW, the
Association for Coaching, BECTU.
"""

from corpus.case import Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "Coaching Journal – Unit 303"),
    P("""Tamsin Achterberg, Deputy Head of Stage, Wexley Playhouse. ILM Level 3 Certificate in
      Effective Coaching and Mentoring. I kept this journal from October to February while
      coaching three of our stage technicians (Coachee 1, Coachee 2 and Coachee 3) for unit
      302. My supervisor was Ruth Okafor, the Playhouse's people development lead, who met
      me three times. My head of production, Ms Farrant, agreed that coaching could come out
      of the stage department's training hours."""),

    H(1, "Tuesday 14 October"),
    P("""First real session with Coachee 1 after the chemistry chat last week. He wants to
      run the flys for the Christmas show without me standing behind him. I used GROW and it
      went fine on paper, but reading my notes back I wrote four lines about what I
      suggested and one line about what he said. Not a great sign. Note to self: the record
      should be about him."""),
    P("""He texted afterwards, which I'm keeping because it made my week: "Thanks for today,
      honestly helped. Can we do Thursday instead of Friday?" (07823 551046, 14/10, 18:42). I
      said yes, then realised Thursday is a matinee day. Rebooked."""),

    H(1, "Wednesday 5 November"),
    P("""Tech week for the panto. I had a session booked with Coachee 2 at 10am and I nearly
      cancelled it. Did it anyway, badly. I was tired and I kept jumping in with solutions.
      Writing this at midnight. Dan looked relieved when I ended it early, which says it
      all. Using Gibbs to make myself think about it properly:"""),
    P("""What I'm good at. Knowledge: I know every job backstage and I know the safety side
      (LOLER, working at height) inside out, which the coachees trust. Skills: I'm good at
      breaking a goal into steps and at summarising. Behaviour: I'm reliable, I turn up, and
      I think I'm warm; people talk to me. Communication and interpersonal: I read the room
      well with a crew and I can tell when someone is bluffing."""),
    P("""What I'm not good at. Knowledge: I've read Whitmore but I don't really know any model
      beyond GROW, so when a session doesn't fit GROW I'm stuck. Skills: I talk too much and
      I ask closed questions when I'm under pressure. Behaviour: when I'm tired I become the
      deputy head of stage again and start giving instructions, which is my day job and the
      opposite of coaching. Communication: I finish people's sentences. Interpersonal: I am
      uncomfortable with silence and with people being upset, so I rescue them too early."""),

    H(1, "Monday 17 November"),
    P("""Supervision with Ruth. I took my session notes and the feedback forms from the first
      round. She asked me to count how many of my recorded actions were the coachee's idea.
      Out of eleven actions across the three coachees, four were theirs. That stung."""),

    H(1, "Friday 12 December"),
    P("""End of the first half. I sat down with everything: my session records for all three,
      the notes from two supervisions and the feedback forms. Looking at it honestly: the
      coaching is working for the coachees in outcome terms. Coachee 1 ran the flys for the
      first preview alone; Coachee 3 got through her first get-out as a crew chief. But my
      records show I am steering. The supervision notes say the same thing from the outside,
      and the feedback is kinder than it should be, probably because I'm their boss's deputy.
      The clearest evidence is the record of actions: when I compare who proposed each one,
      my share drops from seven of eleven in October to three of nine in December. So the
      records, supervision and feedback all say I have improved but am still too directive,
      and the feedback on its own would have told me I was brilliant. Coachee 3's form:"""),
    T(
        ["Coaching feedback", ""],
        ["What helped most?", "Having time to plan the get-out properly and talk through the crew list"],
        ["What would you change?", "Sometimes I'd like to get to the answer myself"],
        ["Overall (1–5)", "5"],
        ["Signed", "J. Tennant"],
    ),

    H(1, "Thursday 8 January"),
    P("""Recorded a session with Coachee 2 (with his permission) to hear myself. Listened back on
      the train. I asked twenty-three questions in forty minutes; nine were closed and three
      were really advice with a question mark on the end ("have you thought about asking the
      crew chief?"). My listening was better than I feared when I was calm, but I
      interrupted him twice when he paused. Communication: I use a lot of backstage shorthand
      that he understands but that makes it feel like a work conversation, not a coaching
      one."""),
    P("""So where can I develop? Questioning: I want to move from closed questions to open and
      then to the deeper ones that Whitmore talks about, which means practising them
      deliberately, maybe with a peer coach. Listening: I need to leave silences and stop
      interrupting; the Association for Coaching runs a short listening skills webinar series
      and there is co-coaching through the ILM group. Communication: I want to learn to
      contract more clearly at the start so a session doesn't drift into a production
      meeting. Ruth also suggested shadowing an experienced coach from the Arts Council
      leadership programme. The biggest opportunity is simply recording more sessions and
      counting my closed questions each time, because that is the only honest measure I
      have found."""),

    H(1, "Tuesday 20 January"),
    P("""Third supervision. Ruth asked what Kolb would call my next experiment. I said: one
      session with no advice at all. Did it with Coachee 1 on Saturday morning before the
      matinee. It was hard, and the best session I have done. He came up with a plan to teach
      the new casuals the rail system that was better than mine would have been."""),

    H(1, "Monday 9 February – my plan for the next six months"),
    P("""Putting it together. This plan runs from March to August and I'll review it with
      Ruth at each supervision."""),
    T(
        ["What I want to develop", "What I will do", "By when", "How I'll know"],
        ["Questioning", "Record one session a month and tally open, closed and advice questions; practise with a co-coaching partner", "Monthly, March to August",
         "Closed questions below a quarter of all questions by June"],
        ["Listening", "Association for Coaching listening webinars; count my interruptions on each recording", "Webinars done by end of April",
         "No more than one interruption per recorded session by July"],
        ["Communication and contracting", "Start every session by agreeing what it is and isn't; no backstage shorthand", "From March",
         "Coachee feedback says the sessions feel different from work"],
        ["Models beyond GROW", "Read Hawkins and Smith and try OSKAR with one coachee", "By end of May", "Used a second model in at least three sessions"],
        ["Directiveness", "Ask coachees to write their own actions in the record", "From March",
         "At least eight in ten recorded actions proposed by the coachee by August"],
        ["Supervision", "Book supervision every six weeks, take recordings to it", "March to August", "Four supervision notes on file by end of August"],
    ),
    P("""Reading this back, the plan is really about one thing: letting the coachee do the
      work. BECTU's mentoring scheme for women in technical theatre is also recruiting
      coaches in the summer, which would be a good test once the plan is done."""),

    P("""Declaration: this journal is my own work. Tamsin Achterberg, 10 February 2026."""),
]

CASE = Case(
    name="g_303_theatre_journal",
    unit="8587-303",
    kind="unstructured",
    files=[SourceFile("Achterberg coaching journal 303.docx", BLOCKS)],
    labels={
        "1.1": "my share drops from seven of eleven in October",
        "1.2": "so I rescue them too early",
        "2.1": "counting my closed questions each time",
        "2.2": "eight in ten recorded actions proposed by the coachee",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        # Coachee 2's first name in a late-night entry, Coachee 3's initial+surname signing a
        # feedback form, Coachee 1's mobile in a pasted text; Ruth Okafor is her supervisor
        "identifying": ["Dan", "J. Tennant", "07823 551046"],
    },
    about="Theatre deputy head of stage's 303 journal: entries headed only by dates, ACs answered inside entries, plan table last; a first name, an initial+surname signature and a phone number left in.",
)
