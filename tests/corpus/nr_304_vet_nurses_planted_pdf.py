"""8587-304 Extended Period of Mentoring: a veterinary group's clinical head nurse, PDF portfolio on the ILM templates, planted.

Rebecca Hartshorne RVN is Clinical Head Nurse for Wyre Forest Veterinary Group (a hospital in
Kidderminster and branches in Bewdley and Stourport-on-Severn) and mentors two Registered
Veterinary Nurses new to the group: Mentee A, six months qualified, and Mentee B, an
experienced nurse who joined from a corporate practice in Birmingham. The portfolio is the ILM
templates filled in and saved as one PDF: matrix header and authentication, Portfolio Evidence
Matrix, a mentoring diary per mentee (profile, goals, contract), diagnostics, session logs and
selected mentoring records, reflective log, feedback, a communication review, supervision
outcomes, the tutor's observation form, and an appendix of photographs with captions.

Planted (4): initials alone in Mentee A's log for the clinical lead she met ("met with HB");
a client by title and double-barrelled surname in a mentoring record ("Mrs Nwachukwu-Pryce");
the student nurse Mentee A now supervises, by a Shona first name alone ("Tinotenda"); a kennel
assistant's full name in a photo caption ("Carys Bevan").

Clean but tricky: the learner's own name and post-nominals, her own initials "RH" in the log,
the tutor the cover names ("Tutor: Alan Prothero"); pets with people's names (Alfie, Monty,
Duchess, Bramble) and breeds named after people (Cavalier King Charles, Jack Russell,
Dobermann, Gordon Setter); drugs, foods and kit (Metacam, Vetmedin, Bravecto, Royal Canin,
Hill's, Bair Hugger, RxWorks); the RCVS, BVNA and Day One Competences; the Herriot Suite;
places (Kidderminster, Bewdley, Stourport-on-Severn, Worcester, Load Street, the Severn Valley
Railway) and the Mug House; Kidderminster Harriers; theorists and models with and without
citations (Egan's Skilled Helper, Clutterbuck's phases, Megginson, Benner, Honey and Mumford,
Gibbs, Kolb, Daloz, the Johari window); Mentee A and Mentee B.

Practice truth: Mentee A seven sessions 60 + 90 + 60 + 60 + 90 + 75 + 60 = 495; Mentee B six
sessions 45 + 60 + 60 + 60 + 45 + 60 = 330; 825 minutes, 13 sessions, 2 mentees. Supervision
60 + 15 (observation debrief) + 60 = 135 minutes.
"""

from .case import B, Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "ILM Level 3 Certificate in Effective Coaching and Mentoring"),
    P("Unit 8587-304 Undertaking an Extended Period of Mentoring within an Organisational Context"),
    P("Portfolio of Evidence"),
    T(
        ["Name of learner", "Rebecca Hartshorne RVN"],
        ["Signature", "R. Hartshorne"],
        ["Date completed", "16 December 2024"],
        ["Centre / tutor", "Severn Management Training – Tutor: Alan Prothero"],
    ),
    P("""Learner authentication: I confirm that this portfolio is my own work, that the mentoring
      took place as described, and that I have referenced any sources used.
      Signed: R. Hartshorne    Date: 16/12/2024"""),

    H(1, "Portfolio Evidence Matrix"),
    T(
        ["Unit 304", "Portfolio Evidence Title", "Reference Number"],
        ["AC 1.1 Produce a plan for effective mentoring to take place for 12 hours", "Mentoring Diary – Mentee A and Mentee B, plan", "E1, E2"],
        ["AC 1.2 Agree appropriate topics, goals and/or outcomes relevant to the context of individual(s) being mentored", "Mentoring Diary – goals", "E1, E2"],
        ["AC 1.3 Agree an appropriate and confidential contract with individual(s) and other stakeholders", "Mentoring contracts", "E1, E2"],
        ["AC 2.1 Use diagnostic or assessment tools to effectively mentor within an organisational context", "Diagnostics: LSQ, SWOT, Day One Competences self-rating", "E3"],
        ["AC 2.2 Use a recognised model of mentoring during the mentoring process which supports the individual to achieve their goals", "Mentoring records – model", "E4"],
        ["AC 2.3 Demonstrate the knowledge, skills and behaviours of an effective and ethical mentor, including communication techniques of questioning and listening", "Mentoring records; observation form", "E4, E8"],
        ["AC 2.4 Record an auditable mentoring process from initial contact to completion", "Session logs and mentoring records", "E4"],
        ["AC 3.1 Reflect on each session and identify key learning to support continuous professional development", "Reflective Log", "E5"],
        ["AC 3.2 Gather ongoing feedback on effectiveness of their mentoring for each session and show evidence of this", "Feedback record", "E6"],
        ["AC 3.3 Review and evidence own ability to use effective communication skills, including questioning, listening and giving feedback in order to facilitate mentoring practice", "Communication review", "E7"],
        ["AC 3.4 Summarise the outcomes of ongoing supervision for a minimum of 2 sessions of effective mentoring to improve practice", "Outcomes of supervision; feedback on my mentoring", "E8"],
    ),

    H(1, "Introduction"),
    P("""Wyre Forest Veterinary Group is an independent practice with a 24-hour hospital in
      Kidderminster and branch surgeries on Load Street in Bewdley, a short walk from the Severn Valley Railway
      station, and in Stourport-on-Severn. We
      employ 19 Registered Veterinary Nurses (RVNs) and six student nurses. Like most practices
      we lose too many nurses in their first two years, and the BVNA has been saying for some
      time that support in the first year makes the difference. As Clinical Head Nurse I set up
      a mentoring scheme for nurses new to the group, and this portfolio covers my first two
      mentees, Mentee A and Mentee B. Both agreed to their anonymised records being used."""),

    H(1, "E1 – Mentoring Diary: Mentee A"),
    H(2, "AC 1.1 Plan"),
    T(
        ["Brief profile of the client", "RVN, qualified six months ago from the Worcester college, first job, based at the Kidderminster hospital. Technically strong, anxious in theatre when the vet is under pressure, and avoids difficult conversations with clients on the phone."],
        ["Anticipated benefits", "Confidence in theatre, a safer transition from student to RVN, and staying with us past the first year."],
        ["Where will you meet?", "The Herriot Suite (our training room) at the Kidderminster hospital."],
        ["What makes this venue suitable?", "Private, away from the wards and the dispensary, booked on RxWorks so consults cannot be put in it."],
        ["Planned duration of the sessions", "60–90 minutes"],
        ["Number of sessions", "7 (fortnightly on Tuesdays, September to December)"],
    ),
    P("""I planned seven fortnightly sessions for Mentee A so the time would add up to at least seven
      hours between us, on Tuesday afternoons when the theatre list is lightest. The rota
      coordinator blocked the time for both of us so neither of us could be pulled onto the
      floor, and I kept a spare week in December in case of sickness or an emergency caseload."""),
    H(2, "AC 1.2 Goals agreed"),
    B("Goal A1: scrub in and monitor anaesthesia for three routine bitch spays without asking the vet to repeat instructions, by the end of October."),
    B("Goal A2: take two of the post-op callback phone calls each shift, including one where the client is unhappy, by mid-November."),
    B("Goal A3: be ready to supervise a student nurse on dentals by December."),
    H(2, "AC 1.3 Mentoring contract"),
    P("""The ILM contract was adapted to the practice. Both of us agreed to be honest and committed,
      to keep appointments and reschedule promptly, to keep discussions confidential, to review
      the contract after three sessions with a no-fault ending if it was not working, and to be
      open to giving and receiving feedback. I added two clauses: nothing from mentoring goes on
      her personnel file or into her appraisal unless she chooses to share it, and anything that
      puts an animal or a colleague at risk, or breaches the RCVS Code of Professional Conduct,
      would be raised, with her knowing first. Her clinical lead signed as stakeholder, agreeing
      to protect the time and not to ask me about content. Signatures: mentor (signed), client
      (signed – anonymised), stakeholder (signed)."""),

    H(1, "E2 – Mentoring Diary: Mentee B"),
    H(2, "AC 1.1 Plan"),
    T(
        ["Brief profile of the client", "RVN with four years' experience, joined the Bewdley branch from a large corporate practice in Birmingham. Confident clinically, but finding a small branch lonely and unsure how to run nurse clinics without a manager on site."],
        ["Anticipated benefits", "Settling in, building nurse clinics at Bewdley, and a clear route to a senior nurse role."],
        ["Where will you meet?", "The branch office at Bewdley, lunchtimes when the branch is closed."],
        ["What makes this venue suitable?", "The branch shuts 12–2 so there are no clients, and Mentee B does not have to travel."],
        ["Planned duration of the sessions", "45–60 minutes"],
        ["Number of sessions", "6 (fortnightly on Wednesdays)"],
    ),
    H(2, "AC 1.2 Goals agreed"),
    B("Goal B1: set up a weekly nurse weight clinic at Bewdley with at least six booked appointments a week by the end of November."),
    B("Goal B2: explain estimates and costs to clients confidently, with no complaints about estimates logged for her by December."),
    B("Goal B3: write a development plan towards a senior RVN role and discuss it with the Clinical Director."),
    P("""Mentee B's goals were agreed in the first session after she compared what she had done in
      her last job with what she wanted from this one, and the Clinical Director agreed that the
      nurse clinic goal fitted the branch's plans."""),
    H(2, "AC 1.3 Mentoring contract"),
    P("""As for Mentee A, with one change at Mentee B's request: she asked that the Clinical
      Director only hear her development plan when she was ready to show it. Stakeholder
      signature: Clinical Director (signed)."""),

    H(1, "E3 – AC 2.1 Diagnostic and assessment tools"),
    T(
        ["", "Mentee A", "Mentee B"],
        ["Name of diagnostic used", "Honey and Mumford Learning Styles Questionnaire; SWOT; self-rating against the RCVS Day One Competences", "Honey and Mumford Learning Styles Questionnaire; SWOT"],
        ["Client's learning style", "Strong Reflector, low Activist", "Strong Activist and Pragmatist"],
        ["Other results", "Rated herself 'advanced beginner' (Benner) in anaesthesia monitoring, 'competent' in everything else", "n/a"],
        ["Strengths", "Careful, thorough, good with nervous animals", "Clinically confident, good with clients face to face"],
        ["Weaknesses", "Freezes when spoken to sharply; avoids phone calls", "Estimates and money conversations; isolated"],
        ["Opportunities", "New anaesthetic monitoring kit; student nurses to teach", "No nurse clinics at Bewdley yet"],
        ["Threats", "Loss of confidence leading her to leave the profession", "Feeling like 'the new one' at a small branch"],
    ),
    P("""How the tools shaped the mentoring: the LSQ showed that Mentee A needs time to think before
      acting, so rather than throwing her into a busy list I arranged for her to observe two
      spays, then talk them through with me, before scrubbing in. Mentee B's Activist score told
      me she would get bored with talking, so we used short sessions and she went away to try
      things between them. The Day One Competences rating gave Mentee A a measurable baseline for
      Goal A1."""),

    H(1, "E4 – AC 2.2, 2.3 and 2.4 Mentoring records"),
    P("""Model: I used Egan's Skilled Helper (current scenario, preferred scenario, way forward)
      inside each session and Clutterbuck's (2004) phases of a mentoring relationship (rapport
      building, direction setting, progress making, winding down, moving on) across the whole
      relationship. With Mentee A the first two sessions were almost all rapport building and
      her current scenario, and it was only in session 3 that she could picture herself calm in
      theatre. Egan's preferred scenario stage is what turned that picture into Goal A1's three
      spays."""),
    H(2, "Session log – Mentee A (Kidderminster)"),
    T(
        ["No.", "Date", "Time", "Duration", "Notes"],
        ["1", "Tue 3 Sep 2024", "13:30–14:30", "60 mins", "First meeting, contract signed, LSQ"],
        ["–", "Thu 12 Sep 2024", "", "", "met with HB (Mentee A's clinical lead) to agree the stakeholder part of the contract – 20 mins, not mentoring so not counted"],
        ["2", "Tue 17 Sep 2024", "13:30–15:00", "90 mins", "SWOT, Day One self-rating, current scenario"],
        ["3", "Tue 1 Oct 2024", "13:30–14:30", "60 mins", "Preferred scenario, observed two spays before this"],
        ["4", "Tue 15 Oct 2024", "13:45–14:45", "60 mins", "First spay scrubbed in; contract reviewed"],
        ["5", "Tue 29 Oct 2024", "13:30–15:00", "90 mins", "Phone calls, role play of unhappy client"],
        ["–", "Tue 12 Nov 2024", "", "", "Mentee A off sick – did not take place"],
        ["6", "Tue 19 Nov 2024", "13:30–14:45", "75 mins", "Progress review, student supervision"],
        ["7", "Tue 3 Dec 2024", "13:30–14:30", "60 mins", "Winding down, feedback, ending"],
        ["", "", "Total", "8 hrs 15 mins", "RH"],
    ),
    H(2, "Session log – Mentee B (Bewdley)"),
    T(
        ["No.", "Date", "Time", "Duration", "Notes"],
        ["1", "Wed 11 Sep 2024", "12:15–13:00", "45 mins", "First meeting, contract, goals"],
        ["2", "Wed 25 Sep 2024", "12:00–13:00", "60 mins", "LSQ and SWOT, weight clinic plan"],
        ["3", "Wed 9 Oct 2024", "12:00–13:00", "60 mins", "Estimates conversation, client complaint"],
        ["4", "Wed 23 Oct 2024", "12:00–13:00", "60 mins", "Observed by my tutor, debrief 13:00–13:15"],
        ["5", "Wed 6 Nov 2024", "12:15–13:00", "45 mins", "Clinic numbers, development plan draft"],
        ["6", "Wed 27 Nov 2024", "12:00–13:00", "60 mins", "Review of goals, ending"],
        ["", "", "Total", "5 hrs 30 mins", "RH"],
    ),
    P("""Total mentoring: 13 hours 45 minutes over 13 sessions with two mentees, from first contact
      in September to the closing sessions in late November and early December. Every session
      has a mentoring record on the ILM template, kept in a locked cabinet in my office, with
      the signed contracts filed separately. Three records are copied below as examples."""),
    H(2, "Mentoring Record – Mentee A, session 5 (29 October, 90 mins)"),
    T(
        ["Review of progress", "Scrubbed in for two spays. Second one calm even when the vet asked for more isoflurane sharply."],
        ["Goal for today's meeting", "Goal A2 – the unhappy-client phone call."],
        ["Reality/current situation", "She lets the phone ring through to reception if she sees a callback is from someone who complained."],
        ["Options generated", "Script the first two sentences; role play with me; listen in on one of my calls; ask reception to warn her."],
        ["Chosen option & target date", "Role play today, then take one callback a shift from next week."],
        ["Willingness of client", "8/10"],
        ["Feedback you gave to the client", "In the role play you acknowledged the owner's worry before the facts, which is exactly right."],
        ["Feedback from client", "Role play felt silly for two minutes and then really useful."],
        ["Date and venue of next session", "12 November, Herriot Suite"],
    ),
    H(2, "Mentoring Record – Mentee B, session 3 (9 October, 60 mins)"),
    T(
        ["Review of progress", "Weight clinic poster up, four appointments booked."],
        ["Goal for today's meeting", "Goal B2 – talking about money."],
        ["Reality/current situation", "A client, Mrs Nwachukwu-Pryce, complained after Mentee B gave a verbal estimate for her cat's dental that was £180 under the final bill. Mentee B says at her old practice the reception team did all estimates."],
        ["Options generated", "Always use the RxWorks estimate template; give a range rather than a figure; ask a vet to check; practise the conversation."],
        ["Chosen option & target date", "Written range estimate for every procedure from next week; practise two with me now."],
        ["Willingness of client", "9/10"],
        ["Feedback you gave to the client", "You owned the mistake in the apology letter without blaming anyone, and that is why the complaint closed."],
        ["Feedback from client", "Wants more practice, less talking."],
        ["Date and venue of next session", "23 October, Bewdley (tutor observing)"],
    ),
    H(2, "Mentoring Record – Mentee A, session 6 (19 November, 75 mins)"),
    P("""Review of progress: three spays done (Goal A1 met, Day One anaesthesia now rated
      'competent'); taking callbacks every shift (Goal A2 met). Goal for today: Goal A3. Reality:
      Mentee A has now supervised Tinotenda, our student nurse, through two dentals on her own
      and found she enjoyed teaching. Options and chosen option: ask to be a named clinical coach
      for students next year. Feedback I gave: "You explained the dental chart to a student the
      way I wish someone had explained it to me." Feedback from client: wants to start winding
      down; next session the last."""),
    H(2, "AC 2.3 Knowledge, skills and behaviours"),
    P("""Knowledge: of Egan's model and Clutterbuck's phases, of the diagnostics, of the RCVS Code
      and our own policies, and of the clinical side, which I had to keep in check. Skills:
      questioning (open questions, scaling from 1 to 10 for confidence, and "what would you tell
      a student in your position?"), listening (summarising, reflecting her words back,
      noticing when Mentee A went quiet), and role play. Behaviours: patience, being
      non-judgemental about mistakes, and integrity. The ethical test came in session 5 with
      Mentee A, when she told me about a drug calculation error a colleague had made on a
      Dobermann that nobody reported. Because it was an animal welfare and patient safety issue
      I explained that it sat outside our confidentiality agreement, agreed with her that she
      would report it herself through the significant event process that week, and checked she
      had. I did not take over, and I took it to supervision. The observation form (E8) is
      independent evidence of the questioning and listening."""),

    H(1, "E5 – AC 3.1 Reflective Log"),
    T(
        ["Session", "What happened / how well I questioned and listened", "Key learning for my CPD"],
        ["A1", "I explained too much about mentoring.", "Short intro, then hand over."],
        ["A2", "Long silences; she filled them.", "Reflectors need space, not more questions."],
        ["A3", "I slipped into clinical teaching about spay technique.", "Mentor, not clinical coach – refer technique to the vet."],
        ["A4", "Contract review made her say what she really wanted.", "Reviews should be real conversations, not ticks."],
        ["A5", "Role play worked; the ethical issue rattled me.", "Know the limits of confidentiality by heart."],
        ["A6", "She is now teaching others.", "Plan the ending early so it is not a shock."],
        ["A7", "Good ending; she named what she will keep doing.", "Ask for the final feedback in writing and in words."],
        ["B1", "Talked at her pace; too fast for me.", "Match an Activist's pace but keep the notes."],
        ["B2", "SWOT showed loneliness as the real issue.", "Diagnostics can surface what questions miss."],
        ["B3", "Complaint handled well; I wanted to fix it for her.", "Stop rescuing."],
        ["B4", "Observed; nerves made my questions long.", "One question at a time."],
        ["B5", "Short session, lots done.", "Shorter can be better for some mentees."],
        ["B6", "She wants to keep meeting informally.", "Agree what happens after the contract ends."],
    ),
    P("""Reading the log as a whole using Gibbs' cycle, the clearest theme is that my instinct as a
      head nurse is to teach and rescue, and the mentoring worked best in the sessions where I
      did neither."""),

    H(1, "E6 – AC 3.2 Feedback on my mentoring"),
    P("""At the end of every session I asked each mentee to score the session out of 10 for
      usefulness and to tell me one thing to change. I wrote their words on the record."""),
    T(
        ["Session", "Mentee A", "Mentee B"],
        ["1", "7 – 'a lot of information'", "8 – 'good to have it agreed'"],
        ["2", "8 – 'I liked having time to think'", "7 – 'can we do more and talk less?'"],
        ["3", "7 – 'the technique bit wasn't what I needed'", "9 – 'practising was the best bit'"],
        ["4", "9", "7 – 'you seemed nervous with the observer'"],
        ["5", "9 – 'role play was useful'", "9"],
        ["6", "10", "9 – 'can we keep meeting?'"],
        ["7", "9 – 'I feel like a proper nurse now'", "–"],
    ),
    P("""I acted on the feedback between sessions: after Mentee B's comment in session 2 I cut the
      talking and built every later session around one practical task, and after Mentee A's
      comment in session 3 I stopped teaching technique and sent those questions to the vet.
      Mentee A's clinical lead and our Clinical Director also fed back in December: Mentee A is
      'a different nurse in theatre' and Bewdley's weight clinic now has nine bookings a week."""),

    H(1, "E7 – AC 3.3 Review of my communication skills"),
    P("""Questioning: my open and scaling questions helped both mentees find their own answers, but
      under pressure I ask long, stacked questions (my tutor counted four in the observed
      session). Listening: I listen well for facts and for silence with a reflective mentee like
      Mentee A, but with Mentee B I sometimes listened only until I had a solution ready.
      Feedback: my feedback was specific and tied to what the mentee actually did, which both
      mentees valued, but I find it hard to give challenging feedback to someone confident,
      and I never challenged Mentee B about leaving estimates to reception in her last job. Using
      the Johari window, that is something others could see before I did. My communication
      facilitated the mentoring best when I asked one short question and waited."""),

    H(1, "E8 – AC 3.4 Outcomes of supervision"),
    P("""Supervision session 1: Wednesday 9 October 2024, 18:00–19:00, on Teams with my tutor,
      Alan Prothero. We talked about my habit of teaching clinical technique in mentoring
      sessions and about Mentee B's loneliness at the branch. Outcomes: keep a note of every time
      I move into teaching, and refer clinical technique to the supervising vet; for Mentee B,
      link her with the nurses at Stourport for peer support. What I will do now: ask "what do
      you think?" before I offer anything."""),
    P("""Observation debrief: Wednesday 23 October 2024, 13:00–13:15, straight after my tutor
      observed Mentee B's fourth session at Bewdley. Outcome: one question at a time."""),
    P("""Supervision session 2: Monday 25 November 2024, 18:30–19:30, face to face at the centre
      in Worcester. We went through the drug error disclosure and whether I had handled it within
      the contract (he agreed that I had, and that I had been right to let her report it
      herself) and how to end both relationships. Outcomes: plan endings from the first session
      next time; agree in writing what informal contact continues afterwards; and build a
      mentoring supervision group for the other mentors in the practice. My main change to
      practice is to stop rescuing: Daloz's balance of support and challenge is the model I
      will use to check myself in future."""),
    H(2, "Feedback on the learner's mentoring (tutor observation)"),
    T(
        ["Name of mentor", "Rebecca Hartshorne"],
        ["Observation/Recording", "Observation at Bewdley branch"],
        ["Length of session observed", "60 minutes"],
        ["Name of supervisor/tutor", "Alan Prothero"],
        ["Date", "23 October 2024"],
    ),
    T(
        ["Skills and knowledge observed", "Comment on the mentoring practice observed"],
        ["Building a rapport", "Easy and warm; the mentee talks freely."],
        ["Following a process", "Clear current/preferred scenario/way forward."],
        ["Listening", "Good summaries. Tends to jump to solutions when the mentee pauses."],
        ["Questioning", "Several stacked questions early on; better later."],
        ["Giving feedback", "Specific and encouraging."],
        ["Asking for feedback", "Yes, scored and noted."],
        ["Areas for development", "One question at a time; leave pauses alone."],
    ),

    H(1, "Appendix – Photographs (used with consent)"),
    P("""Photo 1: Mentee A's theatre checklist card, laminated and clipped to the Bair Hugger
      stand in theatre 2."""),
    P("""Photo 2: Mentee B and Carys Bevan (kennel assistant) with the new post-op checklist on the
      recovery kennels at Bewdley (faces blurred)."""),
    P("""Photo 3: the Bewdley weight clinic board – this month's star patients are Alfie (Cavalier
      King Charles), Monty (Labrador), Duchess (rabbit) and Bramble (Jack Russell), with
      Royal Canin and Hill's weight diets on the shelf below. The board is by the window onto
      Load Street, opposite the Mug House."""),
    P("""Photo 4: the Stourport nurses' display on parasite control, Bravecto and Metacam leaflets,
      the Vetmedin heart clinic flyer and a Gordon Setter puppy poster from the Kidderminster Harriers charity calendar."""),

    H(1, "References"),
    P("Benner, P. (1984) From Novice to Expert. Menlo Park: Addison-Wesley."),
    P("Clutterbuck, D. (2004) Everyone Needs a Mentor. 4th edn. London: CIPD."),
    P("Daloz, L. (2012) Mentor: Guiding the Journey of Adult Learners. 2nd edn. San Francisco: Jossey-Bass."),
    P("Egan, G. (2014) The Skilled Helper. 10th edn. Belmont: Brooks/Cole."),
    P("Gibbs, G. (1988) Learning by Doing. Oxford: Further Education Unit."),
    P("Honey, P. and Mumford, A. (1992) The Manual of Learning Styles. Maidenhead: Peter Honey."),
    P("Megginson, D. et al. (2006) Mentoring in Action. 2nd edn. London: Kogan Page."),
    P("RCVS (2024) Code of Professional Conduct for Veterinary Nurses. London: RCVS."),
]

CASE = Case(
    name="nr_304_vet_nurses_planted_pdf",
    unit="8587-304",
    kind="portfolio",
    files=[SourceFile("Hartshorne R 304 portfolio.pdf", BLOCKS)],
    labels={
        "1.1": "add up to at least seven hours between us",
        "1.2": "the Clinical Director agreed that the nurse clinic goal fitted",
        "1.3": "nothing from mentoring goes on her personnel file",
        "2.1": "rather than throwing her into a busy list",
        "2.2": "turned that picture into Goal A1's three spays",
        "2.3": "agreed with her that she would report it herself",
        "2.4": "Total mentoring: 13 hours 45 minutes over 13 sessions",
        "3.1": "as a head nurse is to teach and rescue",
        "3.2": "built every later session around one practical task",
        "3.3": "I never challenged Mentee B about leaving estimates",
        "3.4": "refer clinical technique to the supervising vet",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": True,
        "identifying": ["HB", "Mrs Nwachukwu-Pryce", "Tinotenda", "Carys Bevan"],
        # Mentee A log: 3 Sep 13:30-14:30 60; 17 Sep 13:30-15:00 90; 1 Oct 13:30-14:30 60;
        #   15 Oct 13:45-14:45 60; 29 Oct 13:30-15:00 90; 19 Nov 13:30-14:45 75; 3 Dec 13:30-14:30 60
        #   60 + 90 = 150, + 60 = 210, + 60 = 270, + 90 = 360, + 75 = 435, + 60 = 495 (her 8 hrs 15 mins)
        # Mentee B log: 11 Sep 12:15-13:00 45; 25 Sep 12:00-13:00 60; 9 Oct 60; 23 Oct 60 (observed);
        #   6 Nov 12:15-13:00 45; 27 Nov 60
        #   45 + 60 = 105, + 60 = 165, + 60 = 225, + 45 = 270, + 60 = 330 (her 5 hrs 30 mins)
        # 495 + 330 = 825 (her 13 hours 45 minutes)
        "minutes": 825,
        "sessions": 13,
        "individuals": 2,
        # Supervision 1, 9 Oct 18:00-19:00 = 60; observation debrief 23 Oct 13:00-13:15 = 15;
        # Supervision 2, 25 Nov 18:30-19:30 = 60. 60 + 15 + 60 = 135.
        "supervision_minutes": 135,
        # Not: 12 Sep "met with HB ... 20 mins" (stakeholder, no mentee, she says not counted); 12 Nov
        # Mentee A off sick; the "Total 8 hrs 15 mins", "Total 5 hrs 30 mins" rows and "13 hours 45
        # minutes"; the plans' "60-90 minutes", "45-60 minutes", "7", "6", "at least seven hours"; the
        # mentoring records' "(29 October, 90 mins)", "(9 October, 60 mins)", "(19 November, 75 mins)"
        # (the same sessions as log rows); the observation form's "60 minutes" (Mentee B session 4);
        # "24-hour hospital"; "the branch shuts 12-2"; "two minutes" of silly role play; "six months",
        # "four years", "first two years"; the observed two spays (clinical observation, not mentoring).
    },
    about="Veterinary group head nurse's 304, ILM templates saved as PDF with matrix, planted: clinical lead as initials in a log, client as Mrs + double-barrelled surname, student nurse by Shona first name, kennel assistant in a photo caption; look-alikes pets Alfie/Monty/Duchess/Bramble, King Charles/Jack Russell/Dobermann/Gordon Setter, Metacam/Vetmedin/Bravecto/RxWorks/Bair Hugger, Herriot Suite, Mug House, Kidderminster Harriers, Egan/Clutterbuck/Benner/Daloz, learner's own initials, tutor.",
)
