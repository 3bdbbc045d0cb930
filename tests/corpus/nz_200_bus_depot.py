"""8584-200 Understanding Mentoring: a bus driver trainer's essay with no headings.

Kwame Asante is a driver trainer at a bus depot in Gateshead and mentors newly qualified
drivers. He wrote one continuous essay with no task numbers, and calls his example mentee
"the new driver". Nothing is to be flagged.

Traps: operators and bodies (Go North East, Nexus, the DVSA, the Traffic Commissioner,
Unite), places (Gateshead, the Metrocentre, Newcastle, Sunderland, the Tyne Bridge),
routes and buses named after people (the Angel of the North, a bus named "Catherine
Cookson"), theorists every way (Clutterbuck, Megginson, Kolb, Honey and Mumford, Maslow,
Belbin, Tuckman, Whitmore's GROW, Egan's SOLER), a training programme, job titles, acronyms
(PCV, CPC, DCPC, SMART), sentence-initial capitals, a football club, the learner's own
Mam, the depot's manager by job title only.
"""

from .case import Case, P, SourceFile, T

ESSAY = [
    P("Kwame Asante – Registration number R3391052 – Understanding Mentoring assignment"),
    P("""Declaration of authenticity: I confirm that this is my own work. Signed Kwame Asante,
      Driver Trainer, 9 April 2025."""),
    P("""I have been a driver trainer at our Gateshead depot for six years, after twelve years
      driving the Quaylink and the routes out to the Metrocentre and Sunderland. Go North
      East runs a Driver Mentor scheme alongside its Driver Academy, and I mentor new drivers
      for their first three months after they pass the PCV test. In this essay my example is
      a new driver I mentored last winter, who I will call the new driver; she is happy to be
      described but not named."""),
    P("""A mentor, as I see it, is the person who has done the job for years and is there to
      help someone else find their feet in it. Clutterbuck talks about the mentor as a more
      experienced person who gives off-line help, which means help outside the line
      management chain. That matters at a depot because the Depot Operations Manager deals
      with complaints and discipline, and a new driver will not tell him they nearly clipped
      a parked car on Durham Road. The role is part guide, part sounding board and part
      critical friend: the mentor shares knowledge of the job, listens, encourages, challenges
      when needed and helps the mentee set their own goals, without doing the job for them."""),
    P("""Mentoring benefits new drivers in lots of situations. When someone is new to the job,
      it takes away the loneliness of the first solo shifts; the new driver said that knowing
      she could ring me on a late turn made the difference between staying and leaving. When
      someone returns after a long absence, such as an injury or a collision, a mentor helps
      rebuild confidence on the road. When someone is moving up, for example into the
      Inspector role or into training, a mentor helps them understand the politics. It also
      helps drivers from groups that are under-represented in the industry, including women
      and younger drivers, to see that the job is for them."""),
    P("""Barriers come up all the time. Shifts and rotas are the first: a mentor on earlies
      and a mentee on lates may not see each other for weeks. Then there is the culture of
      "we all learned the hard way", which makes some older drivers sneer at mentoring. Some
      mentees worry that anything they say will get back to management. And some mentors,
      me included at the start, talk too much and listen too little."""),
    P("""Getting past these barriers starts with agreeing how the mentoring will work. For the
      rota, I ask the Allocations team to put us on matching duties once a fortnight, and we
      meet in the canteen before the first departure. For culture, I keep it practical and
      tied to things drivers care about, like passing the Driver CPC modules and keeping a
      clean record with the Traffic Commissioner. For trust, we agree on day one what stays
      between us, and what I would have to pass on, which is anything about safety. And for my
      own habit of talking, I use a simple rule my Mam taught me: two ears, one mouth."""),
    P("""The key skills of a mentor are listening, asking good questions, giving feedback,
      building rapport, setting goals and knowing your limits. Belbin would probably put a
      good mentor down as a Coordinator and a Teamworker rather than a Shaper. Tuckman's
      forming, storming, norming and performing also reminds me that a mentoring pair goes
      through stages, just like a team does."""),
    P("""The model I follow is the one Clutterbuck and Megginson describe in five stages:
      building rapport, setting direction, progression, winding down and moving on. With
      the new driver, rapport came over a bacon sandwich and a shared hatred of the roadworks
      on the Tyne Bridge. Direction came when she chose her goals. Progression was the bulk of
      the winter. We wound down once she had done a month of lates on her own, and moving on
      was her joining the route 21 rota as a regular. Whitmore's GROW model sits inside each
      session: goal, reality, options, way forward."""),
    P("""Questioning and listening are the heart of it. Open questions like "How did the
      Angel of the North diversion go yesterday?" get a new driver talking. Probing questions
      ("What made that junction feel tight?") go deeper, and a closed question checks a fact
      before we move on. Egan's SOLER (sit squarely, open posture, lean in, eye contact,
      relax) works well in the canteen, where I sit side-on to stop it feeling like an
      interview. Listening means letting the new driver finish, then summarising, then
      checking I have it right."""),
    P("""Feedback needs to be specific, timely and about what was done, not the person. I use
      what I saw, what effect it had and what to try next. After one ride-along I said that
      she braked late for the stop outside the Sage, which threw two standing passengers
      forward, and asked what she could do to see the stop earlier. Kolb's learning cycle
      helps me plan feedback so that she reflects before I say anything; Honey and Mumford
      would call her a Reflector, so she needs a little time."""),
    P("""Trust grows when the mentor keeps their word and keeps confidences. It also grows
      when the mentor is honest about their own mistakes. I told her about the day I drove
      "Catherine Cookson", one of our named double-deckers, into a low branch on a
      diversion, and she laughed for a full minute. Maslow's hierarchy reminds me that she
      could not think about anything else until she felt safe in the job."""),
    P("""Planning a mentoring session means thinking about when and where, how long, what the
      mentee wants from it, and what was agreed last time. I check the duty sheets in
      advance, book the quiet room beside the Traffic Office, read my notes, and have the
      DVSA's Driver CPC syllabus handy in case she wants to look at a module."""),
    T(
        ["Example goal", "Why it works"],
        ["Drive a full late duty on route 21 without a call to Control by the end of February",
         "Specific, measurable and dated"],
        ["Complete the Disability Awareness module of Driver CPC within six weeks", "Achievable and relevant"],
        ["Handle one fare dispute calmly and write it up for discussion", "Builds confidence"],
    ),
    P("""Records should include a mentoring agreement signed by both of us, a short note of
      each meeting with the date, time spent, topics and actions, and notes of goals and
      reviews. They must be kept confidential, stored securely, and written using a
      pseudonym or initials under GDPR. Nexus and the Traffic Commissioner never see them,
      and neither does the depot management."""),
    P("""References: Clutterbuck, D. (2004) Everyone Needs a Mentor. CIPD. Egan, G. (2014) The
      Skilled Helper. Brooks/Cole. Honey, P. and Mumford, A. (1992) The Manual of Learning
      Styles. Megginson, D. and Clutterbuck, D. (2005) Techniques for Coaching and Mentoring.
      Whitmore, J. (2017) Coaching for Performance. Nicholas Brealey."""),
]

CASE = Case(
    name="nz_200_bus_depot",
    unit="8584-200",
    kind="unstructured",
    files=[SourceFile("Understanding mentoring - K Asante.docx", ESSAY)],
    labels={
        "1.1": "part guide, part sounding board",
        "1.2": "the difference between staying and leaving",
        "1.3": "talk too much and listen too little",
        "1.4": "two ears, one mouth",
        "2.1": "knowing your limits",
        "2.2": "joining the route 21 rota as a regular",
        "2.3": "I sit side-on to stop it feeling like an interview",
        "2.4": "threw two standing passengers forward",
        "2.5": "she laughed for a full minute",
        "3.1": "book the quiet room beside the Traffic Office",
        "3.2": "Handle one fare dispute calmly",
        "3.3": "neither does the depot management",
    },
    expected_checks={"declaration": True, "evidence_matrix": None, "identifying": []},
    about="Bus driver trainer's essay without headings: operators, transport bodies, towns, a bridge, a sculpture and a bus named after people, theorists every way, job titles, acronyms, 'my Mam', the mentee as 'the new driver'; nothing to flag.",
)
