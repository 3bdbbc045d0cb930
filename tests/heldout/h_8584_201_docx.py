"""8584-201 mentoring (single DOCX): a veterinary nurse mentors a student veterinary nurse.

Bethan Rowlands, Registered Veterinary Nurse at a small-animal practice in Shrewsbury,
mentors a first-year student veterinary nurse on placement. One DOCX with Word headings per
criterion, a mentoring log table (Date | Mentee | Duration | Notes) whose durations are
typed every which way ("45 mins", "1 hr 15", "1.5 hrs", "2½ hours", "40 mins"), one DNA row,
a booked-but-not-yet-held final session as the last dated row, and her own "Total" row;
her two tutorials sit in a separate small table under 3.2. Warm, slightly anxious voice.

Practice, as an assessor counts it (the log table):
    06/01 45 mins 45, 13/01 "1 hr 15" 75, 27/01 "1.5 hrs" 90, 10/02 "2½ hours" 150,
    17/02 40 mins 40                                              = 400, 5 sessions
    20/01 DNA (college block week) - not delivered, not counted
    03/03 "planned" final review - not yet held, not counted
    "Total delivered" row (6 hrs 40 mins) - a total row, not counted
    tutorials (separate table): 22/01 1 hr 60, 19/02 30 mins 30    = 90 supervision
    => minutes 400, sessions 5, individuals 1, supervision 90.

Clean: the mentee is "SVN A" throughout. Not identifying: Bethan's own name, her tutor
Mr Okafor, the clinical director as a role, Shrewsbury, the RCVS, Clutterbuck, Megginson,
Egan, Kolb, the GROW model.
"""

from corpus.case import Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "ILM Level 2 Award in Effective Mentoring – Unit 8584-201 Developing Mentoring Skills"),
    P("Learner: Bethan Rowlands RVN   Workplace: small-animal practice, Shrewsbury   Tutor: Mr Okafor"),
    H(1, "Introduction"),
    P("""I have been a Registered Veterinary Nurse for nine years and I am the clinical coach
      for student nurses at our practice, but this is the first time I have mentored someone
      properly rather than just signing off their skills on the nursing progress log. Our
      new student started with us in January on the first year of her diploma. She came
      from working on a livestock farm and had never worked in a small-animal hospital. The
      clinical director agreed I could mentor her for this award. I call her SVN A
      (student veterinary nurse A) in this work so she cannot be identified, and I have left
      out the names of clients and their pets."""),
    P("""Coaching and mentoring are not the same thing. As her clinical coach I teach her
      tasks; as her mentor I help her think through how she is finding the job and what she
      wants from it. Megginson and Clutterbuck describe mentoring as off-line help from one
      person to another in making significant transitions, and going from a farm to a busy
      surgery with a waiting room full of worried owners is a big transition."""),

    H(1, "1.1 Plan for mentoring SVN A"),
    P("""Who: SVN A, first-year student, on placement with us four days a week and at college
      one day a week, with a block week at college every six weeks. What: weekly mentoring
      conversations about settling in, her confidence and her college work, not clinical
      teaching (that happens on shift). When: Tuesday afternoons after morning ops have been
      recovered, because the kennels are calm between two and four o'clock and I can get
      a colleague to cover the ward. Where: the nurses' office upstairs with the door closed, not
      the prep room where everyone walks through. How long: about an hour, longer if we
      are practising something, over roughly eight weeks. I planned six sessions and made
      sure I checked her college timetable before booking them. I told her she could move a
      session if she needed to and that I would never cancel one for a routine op."""),
    P("""Her needs came from a short chat at the end of her first week and from the placement
      paperwork. She was worried about talking to owners, especially when an animal was
      very poorly, and about keeping up with the anaesthetic monitoring charts, which she
      said were like a foreign language."""),

    H(1, "1.2 Agreed goals"),
    P("""At the first session we agreed goals together, and I asked her to write them in her
      own words in her placement book so they belonged to her:"""),
    P("""Goal 1 – by the end of February, complete an anaesthetic monitoring chart for a
      routine spay on her own, checked by a qualified nurse, with no more than one
      correction. Goal 2 – admit three routine surgical patients from start to finish,
      including the consent form conversation with the owner, by the end of February. Goal 3
      – have a plan for her college assignment on fluid therapy handed in on time."""),
    P("""I wanted the goals to be something we could both see happen, rather than "feel more
      confident", which is what she first said. Goal 3 was her idea, and I was glad because
      it showed she was starting to think ahead."""),

    H(1, "2.1 Evidence of three hours of mentoring"),
    P("""My mentoring log is below. I filled it in on the day on my phone and then typed it up
      every Friday. Adding up the sessions that actually took place, I mentored SVN A for six
      hours forty minutes, comfortably over the three hours required. One session was a DNA
      because she was at college, which was my mistake for not checking the block week
      dates again, and the last review is booked but has not happened yet as I write this."""),
    T(
        ["Date", "Mentee", "Duration", "Notes"],
        ["06/01/26", "SVN A", "45 mins", "First meeting. Getting to know each other, confidentiality, what mentoring is and isn't, agreed the three goals."],
        ["13/01/26", "SVN A", "1 hr 15", "Anaesthetic charts. Went through two old charts together, she talked me through what each line means."],
        ["20/01/26", "SVN A", "DNA", "Did not attend – college block week, I had not checked the dates. Rebooked for 27/01."],
        ["27/01/26", "SVN A", "1.5 hrs", "Talking to owners. Debrief of a difficult admission on the Saturday, then we role-played a consent conversation."],
        ["10/02/26", "SVN A", "2½ hours", "Long session: practised admitting a patient with me as the owner, then worked on her fluid therapy assignment plan."],
        ["17/02/26", "SVN A", "40 mins", "Progress check on goals 1 and 2. Goal 1 met on 16/02 (one correction). Two of three admissions done."],
        ["03/03/26", "SVN A", "1 hr (planned)", "Final review of goals and ending the mentoring – booked, not yet held."],
        ["Total delivered", "", "6 hrs 40 mins", ""],
    ),

    H(1, "2.2 Questioning and listening"),
    P("""I used the GROW model as a rough structure, but mostly I tried to ask open questions
      and then be quiet. In the session on talking to owners I asked her, "What was going
      through your head when the owner started crying?" and then, "What would you want
      someone to say to you if it was your dog?" She answered the second one much better
      than the first, and realised she already knew what to say but was frightened of
      getting it wrong. I used Egan's active listening, nodding, not interrupting, and
      summarising what I heard at the end of each part. I noticed that when I paraphrased
      her words back she often added something new, so I started doing it more on purpose.
      The hardest thing was not jumping in with the answer when she got stuck on a
      monitoring chart, because I could see the answer straight away."""),

    H(1, "2.3 Feedback"),
    P("""After she admitted her first real patient on her own I gave her feedback in the nurses'
      office at the end of the shift, because the prep room is too public. I told her
      specifically that she had checked the owner's phone number and the last meal time,
      which people often forget, and that she had spoken slowly and clearly. The thing to
      improve was that she stood over the owner while they were sitting down, so next time
      she should sit next to them to go through the consent form. She did this on the
      next admission without me saying anything, and the owner chatted away to her. I also
      gave her written feedback on her chart for goal 1, circling the one correction and
      writing what she had done well underneath."""),

    H(1, "2.4 How trust was developed"),
    P("""First example: at the first session I explained what I would and would not pass on.
      I said that what she told me stayed between us unless it was about animal welfare or
      her own safety, and that her mentoring notes would not be used in her placement
      assessment. When the head nurse asked me later how SVN A was "really" getting on, I
      said she should ask her, and I told SVN A I had said that. She told me at the next
      session that this was when she decided she could be honest with me."""),
    P("""Second example: I admitted my own mistake over the DNA. I had booked a session in
      her college week and I apologised rather than making out it was her fault. After that she was
      more willing to tell me when she had got something wrong, such as when she drew up
      the wrong volume of a premed and caught it herself. Being open about my own mistakes
      seemed to make it safer for her to be open about hers."""),

    H(1, "2.5 Records of mentoring sessions"),
    P("""The log table under 2.1 is my main record. As well as the log I kept a page for
      each session in a notebook that I keep in the locked drawer in the nurses' office,
      with the goal we worked on, what she said she would do next and what I needed to do
      before the next session. I wrote down her exact words for action points so she could
      check them. I did not write any client or pet names in the notebook, only the type of
      procedure, because I know how quickly notebooks get left lying around in a practice."""),

    H(1, "3.1 Review of my own performance"),
    P("""To review myself I used the list of mentor skills from our course handout, based on
      Clutterbuck's mentor competencies, and scored myself out of five for each one at the
      start and at the end. I moved up most on listening and on helping her set her own
      goals. I moved least on managing the relationship, because I let the timing slip
      with the DNA. I also used Kolb's cycle after each session: what happened, what I
      noticed, what I think it means and what I will try next time. The pattern that came
      out is that I am good at making people feel comfortable and at sharing my knowledge,
      but I share it too early. In the anaesthetic chart session I explained the whole
      chart before she had a go, and she told me afterwards she would have liked to try
      first. My strengths are empathy, patience and that I know the job really well;
      my weaknesses are telling instead of asking and not always planning around other
      people's timetables."""),

    H(1, "3.2 Meetings with my tutor"),
    P("""I had two tutorials with Mr Okafor during the mentoring, both on Teams:"""),
    T(
        ["Date", "Length", "What we covered"],
        ["22/01/26", "1 hr", "Review of my plan and log so far, the DNA, how to use silence"],
        ["19/02/26", "30 mins", "Progress against goals and how to end the mentoring well"],
    ),
    P("""The purpose of the first meeting was to look at how my mentoring was going and what I
      could improve. He went through my log and asked why the DNA happened, and pointed out
      that a mentor plan should include the mentee's other commitments, which is now in my
      plan template. He also asked me to record myself asking questions in one session (with
      her permission) and count how many were open, so I could see for myself how often I
      gave answers. When I did it in the 10 February session, I had asked eleven
      questions and answered four of them myself. The second tutorial helped me plan how
      to close the mentoring so SVN A knows she can still come to me as her clinical coach."""),

    H(1, "3.3 Areas for future development and my plan"),
    P("""Area 1 – asking before telling. Over the next three months I will use the question
      count from the recording again with the next student we take, and I want to get to
      no more than one answered-my-own-question per session. Area 2 – planning around the
      mentee's commitments. By April I will add the college block weeks to the practice
      rota calendar so every mentor can see them before booking sessions. Area 3 – building on
      a strength. My empathy with upset people is a strength, so I have asked the clinical
      director if I can run a short session for the whole nursing team on talking to owners
      at the end of life, which I will plan with my tutor's help before the summer."""),
    P("""I will review this plan with Mr Okafor at my last tutorial and again at my annual
      appraisal in September."""),

    H(1, "Declaration"),
    P("""I confirm that this assignment is my own work and that the mentoring described took
      place as recorded. Signed: Bethan Rowlands   Date: 24/02/2026"""),
]

CASE = Case(
    name="h_8584_201_docx",
    unit="8584-201",
    kind="structured-docx",
    files=[SourceFile("Rowlands RVN 8584-201 mentoring.docx", BLOCKS)],
    labels={
        "1.1": "the kennels are calm between two and four",
        "1.2": "with no more than one correction",
        "2.1": "comfortably over the three hours required",
        "2.2": "What would you want someone to say to you",
        "2.3": "she should sit next to them to go through",
        "2.4": "this was when she decided she could be honest",
        "2.5": "I did not write any client or pet names",
        "3.1": "scored myself out of five for each one",
        "3.2": "asked eleven questions and answered four of them myself",
        "3.3": "add the college block weeks to the practice rota",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        # log: 45 + 75 ("1 hr 15") + 90 ("1.5 hrs") + 150 ("2½ hours") + 40 = 400;
        # 20/01 DNA, 03/03 planned (not yet held) and the "Total delivered" row excluded
        "minutes": 400,
        "sessions": 5,
        "individuals": 1,  # SVN A
        "supervision_minutes": 90,  # tutorials table: 22/01 1 hr + 19/02 30 mins
        "identifying": [],
    },
    about="RVN mentoring a student vet nurse; 8584-201 single DOCX, log table with mixed duration formats, a DNA, a planned last row and a Total row, tutorials in a separate table; clean.",
)
