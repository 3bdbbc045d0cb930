"""8587-301 Understanding Good Practice in Mentoring: a farriery practice's master farrier, DOCX with no heading styles and mixed numbering.

Dafydd Rees is a master farrier, partner in a four-forge farriery practice in Carmarthenshire and
an Approved Training Farrier, and proposes a mentoring scheme for the practice's apprentice
farriers, replacing the trade's old "hold horses for a year and get shouted at" apprenticeship.
He typed it in Word with no heading styles at all: every heading is a Normal paragraph. He
numbers his answers 1 to 12 in the order of the handbook, in whatever style came to hand:
"Q1.", "Question 2", "3)", an unnumbered answer under the full pasted task text for 1.4, "Task
2" lines, "Q5.", "Question 6 (contracting)", "7)", "Task 3", "Q8. and Q9." (3.1 and 3.2 under
one label, one paragraph each), "10)", "Question 11", "12.". His numbers are not AC numbers:
"Question 2" answers 1.2, "3)" 1.3, "10)" 3.3, "Question 11" 4.1, "12." 4.2. Typos and trade
words ("hot shoeing", "the forge van", "dressing the foot"). His draft mentoring agreement is
pasted into 2.2 as a table with a real apprentice's details. Signed declaration at the end.

Planted (3): a current apprentice's mobile in the pasted agreement ("07791 448203"), a former
apprentice's first name in 1.4 ("Kyle"), and a client by initial and surname in 2.3
("D. Vaughan"). Not identifying: Dafydd's own name, the practice's name, his business partner
and the practice's vet contacts by role, Carmarthen, Llandeilo, Hereford (the college), the
Farriers Registration Council, the Farriers (Registration) Act 1975, the Worshipful Company of
Farriers, Clutterbuck, Honey and Mumford, GROW, Hawkins.

No evidence matrix expected (None).
"""

from corpus.case import Case, P, SourceFile, T

BLOCKS = [
    P("ILM Level 3 Effective Coaching and Mentoring - Unit 301 Understanding Good Practice in Mentoring within an Organisational Context"),
    P("Dafydd Rees - Tywi Valley Farriers (Carmarthen & Llandeilo forges)"),
    P("""Intro - I'm a partner in our practice and I've been shoeing 22 years, ATF for 9. We have four
      forge vans and usually two apprentices at a time doing the four year apprenticeship with
      block release at Hereford. My partner asked me to write up how we would do proper mentoring
      for them so this assignment is that proposal. I've answered the tasks in order."""),

    P("Task 1"),
    P("Q1. Describing the purpose of effective mentoring within the organisation."),
    P("""In this trade apprentices used to spend a year just holding horses and sweeping the van out,
      and then maybe you got to pull a shoe. I had that and half the lads I started with at college
      quit. A farriery apprenticeship is over four years and its a lot more than shoeing - anatomy,
      forging, dealing with owners and vets, working safely round horses that can kill you, and
      driving to yards on your own by the end. The purpose of mentoring in our practice is to give
      each apprentice one experienced farrier who helps them develop as a farrier and a
      professional over the whole four years, builds their confidence and gets them to pass
      their diploma and work independently. For the practice it means we keep good people (it
      costs us a fortune to train one), protect our name with owners and vets, and pass on what
      the older farriers know before we retire."""),

    P("Question 2"),
    P("""Role - the mentor is a guide, role model and sounding board. Its different from whichever
      farrier they are out with that day who teaches them the job on the horse, and different from
      me as their employer who does their rota and pay. Responsibilities at each stage: at the
      start, meet them, get to know them, agree the mentoring agreement, find out what they want
      from it. In the middle, meet every two weeks, help set goals, look at their work, give honest
      feedback, share experience, keep it confidential within the limits, keep notes, and send them
      to the right person for stuff thats not mine to deal with like money or health. I will not
      be marking their shoe-making for college, that's the assessment side. At the end, review the
      goals, help them plan their next step (their diploma exam, staying on with us, going it
      alone), close it properly and ask how it was for them."""),

    P("3)"),
    P("""Knowledge - the craft obviously but also the Farriers Registration Council's code of
      professional conduct, horse welfare law, first aid, what the mentoring agreement says,
      safeguarding for the younger ones, and enough foot anatomy to know the difference between an
      abscess and a bruised sole because apprentices panic about it. Skills - listening, asking
      good questions, feedback that doesn't crush them, goal setting, patience when they are slow,
      being able to explain why not just how. Behaviours - honest, reliable, non judgemental, calm
      (horses pick up on it and so do apprentices), leading by example on safety every single time
      and admitting when I get it wrong."""),

    P("""Identifying two or more potential barriers to mentoring which may be encountered by the
      mentor, the individual(s) being mentored and the organisation. You should suggest ways to
      overcome or minimise the identified barriers within your work setting."""),
    P("""Mentor - we are out on the road from 7 till dark and a lot of us do shows and competitions,
      so the mentor is away most weekends in summer. Fix: sessions go in the diary like a client,
      blocked out, and if I'm away we do a video call. Mentee - they are scared to say they are
      struggling because in this trade you are expected to tough it out, our last apprentice Kyle
      left in his second year and told me after he was too embarrassed to say he couldn't keep up
      at college. Fix: be open from the first meeting that everyone struggles, check in weekly not
      just at sessions, and have a second mentor at the other forge they can go to. Organisation -
      money, because mentoring time is time not shoeing. Fix: my partner has agreed one hour per
      fortnight per apprentice paid, and I will show her the retention figures at the end of the
      year."""),

    P("Task 2"),
    P("Q5."),
    P("""How I'd start - first contact is a chat before they even start, at the trial week, so they know
      who their mentor is. First proper meeting in the first week, somewhere quiet, the office at
      the Carmarthen forge not the van. I like to make a shoe together before we talk about
      anything serious, it's how farriers relax and you learn loads about someone from how they
      work at the anvil. Building rapport - ask about their horses, who they look up to, tell them
      about my own apprenticeship including the bad bits. Trust - do what I say I'll do, keep
      things private, never have a go at them in front of an owner or the other farriers."""),

    P("Question 6 (contracting)"),
    P("""Why contract - so everybody knows where they stand. It sets out what mentoring is and isnt,
      confidentiality, how often we meet, and what happens if it goes wrong, and it protects the
      apprentice as well as me. Apprentices are often 16 or 17 and in this trade people have been
      taken advantage of. The process - I go through it with them at the first meeting, we change
      anything they want, they take it home for a week to read (and show their parents if they're
      under 18), then we sign. It is three way - my business partner signs it as well because she
      pays for the time and has to agree not to ask me what we talk about. We look at it again at
      six months."""),
    P("This is my draft agreement (filled in for our current apprentice as an example):"),
    T(
        ["Section", "Details"],
        ["Mentor", "Dafydd Rees, Partner and ATF"],
        ["Apprentice mobile", "07791 448203"],
        ["Start date", "3rd February 2025"],
        ["Meetings", "Every other Monday 4-5pm after the last yard, Carmarthen forge office"],
        ["Confidentiality", "What we discuss stays between us unless there is a risk to you, a horse, a client or the law"],
        ["Cancelling", "48 hrs notice, rebook same week"],
        ["Review", "At 6 months and 12 months"],
        ["Ending", "Either of us can end it, no fault, talk to my partner for a new mentor"],
        ["Signed", "Mentor / Apprentice / Partner"],
    ),

    P("7)"),
    P("""Safe and ethical - only registered farriers can shoe a horse under the Farriers (Registration)
      Act 1975, so apprentices always work under an ATF, and the horse's welfare comes first in
      mentoring the same as on the yard. An apprentice is never left alone under a horse at a new
      yard, and must never be pushed into doing a job they're unsure about because an owner is
      pushy. Example - a few years ago a livery owner D. Vaughan complained about a horse that went
      lame after a shoeing an apprentice at my old practice had done, and the apprentice got
      blamed in front of the whole yard when it was the farrier supervising who signed it off.
      That is what I want to avoid: apprentices are never left carrying the can. Other bits -
      confidentiality and its limits, mentoring only within what I know, referring on (GP,
      Samaritans, Farm Community Network), no money between mentor and apprentice, meetings in
      working hours at the forge, and respecting them whatever their background."""),

    P("Task 3"),
    P("Q8. and Q9."),
    P("""For the model I'd use Clutterbuck's five stages fit how an apprenticeship really goes -
      building rapport (first weeks, at the anvil), setting direction (what kind of farrier do
      they want to be, the four year plan), progression (most of the time, doing the work,
      reviewing), winding down (around the last year when they have their own clients under
      supervision) and moving on (the diploma, staying with us or setting up, staying friends).
      Managing the process means I keep an eye on which stage we are at and don't rush it, and
      inside each session I use GROW so there is a structure - goal, where they are now, options,
      what they'll do."""),
    P("""Tools and techniques - three I'd use. Honey and Mumford learning styles questionnaire at the
      start so I know if they learn by doing (most of them) or watching. A photo diary of every foot
      they finish, before and after, that we go through together, shows the work they enjoy and
      where they want to go, and we set goals from it - if its all riding horses we might set a
      goal to do ten heavy horses or remedial cases. A skills wheel with the bits of the job
      (forging, trimming, fitting, nailing, finishing, handling, talking to owners, paperwork)
      scored 1-10 by them and then by me, and the gaps become the goals. Also good old questions -
      "what would you do differently on that one?". These all let the apprentice pick, so the
      goals fit them not me."""),

    P("10)"),
    P("""Monitoring progress - regular review at the start of each fortnightly session of the actions
      from last time. The skills wheel done again every three months so we can both see it move.
      And the work itself - the horse coming back sound at the next shoeing is the best progress
      check, because a fresh set always looks good and six weeks later tells the truth, so for
      every horse they shoe we note how it was at the next visit and go through them. At six and
      twelve months a bigger review against the agreement with my partner in for the last ten
      minutes."""),

    P("Task 4"),
    P("Question 11"),
    P("""Records - the agreement, my short notes after each session (date, what we talked about,
      actions), the skills wheels and the photo diary. Why - for me so I remember and can see
      patterns, and can show what I've done if there is ever a problem or complaint. For them the
      apprentice owns the logbook, not me, its their record of what they've done and learnt for
      the college and the diploma and they take it with them. Best practice - keep it factual,
      store it safe (locked drawer, password on the laptop, photos in a private folder not on the
      practice Facebook page), GDPR, they can see what I write, only keep it as long as needed,
      and get the owner's consent for any photo of their horse."""),

    P("12."),
    P("""Reflection and supervision - I think they are essential. If I had had supervision in my first
      years as an ATF I'd have done things differently; without it I would have burnt out or turned
      into my old boss, who ran his apprentices the way he was run and never once questioned it.
      Reflecting after each session (I use a simple what went well / what didn't / what next) stops
      me repeating mistakes and makes me a better mentor over time. Supervision with my tutor or an
      experienced mentor outside the practice gives me somewhere to take the hard stuff, checks
      I'm staying ethical and not getting too close or too harsh, and gives me new ideas. Hawkins
      talks about supervision protecting the person being helped, not just the helper, and in a job
      where a mistake lames a horse that matters. If the mentor doesn't reflect or get supervision
      the apprentice suffers, the mentor gets stuck, and the practice gets the same problems as
      before."""),

    P("Declaration: I confirm this assignment is my own work."),
    P("Signed: Dafydd Rees    Date: 28/03/2025"),
]

CASE = Case(
    name="zd_b_8587_301_farriery_docx",
    unit="8587-301",
    kind="numbered-unstyled",
    files=[SourceFile("Dafydd Rees unit 301.docx", BLOCKS)],
    labels={
        "1.1": "apprentices used to spend a year just holding horses",
        "1.2": "I will not be marking their shoe-making for college",
        "1.3": "the difference between an abscess and a bruised sole",
        "1.4": "the mentor is away most weekends in summer",
        "2.1": "make a shoe together before we talk about anything serious",
        "2.2": "my business partner signs it as well because she pays",
        "2.3": "never left alone under a horse at a new yard",
        "3.1": "Clutterbuck's five stages fit how an apprenticeship really goes",
        "3.2": "A photo diary of every foot they finish",
        "3.3": "the horse coming back sound at the next shoeing",
        "4.1": "the apprentice owns the logbook, not me",
        "4.2": "I would have burnt out or turned into my old boss",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": None,
        "identifying": ["07791 448203", "Kyle", "D. Vaughan"],
    },
    about="Farriery practice partner's 301 as a DOCX with no heading styles, answers numbered 1-12 in mixed styles ('Q1.', 'Question 2', '3)', 'Q8. and Q9.', '12.') that are not AC numbers, 1.4 under its pasted task text with no number; a draft agreement table with an apprentice's mobile, a former apprentice's first name and a livery owner as initial and surname planted; signed.",
)
