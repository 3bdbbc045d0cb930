"""8584-200 Understanding the Role of a Mentor: a social enterprise café supervisor's answers, DOCX.

Jodie Marsh is kitchen supervisor at a social enterprise café that trains young people
leaving care. She used the centre's Word answer sheet but typed her own 'Question 1.1'
lines as Normal paragraphs (bold in her copy), not Word headings (the file is written without heading
styles), and under each she pasted the handbook's assessment guidance for that criterion
('The learner must: ...') before her answer. The labels are all in her answers, never in
the pasted guidance. A signed declaration ends it. No matrix (a knowledge unit).

Clean but dense with traps: "Trainee A/B/C", the Café Manager and her tutor by role, the
Seacole Room, Harbour Street, Square and Deputy by product name, the Prince's Trust and the
local authority's Leaving Care Team, CLEAR, GROW, Pendleton and CEDAR, Clutterbuck's book
title, months and weekdays, and a short reading list.
"""

from corpus.case import B, Case, H, P, SourceFile

BLOCKS = [
    H(0, "ILM Level 2 Award in Effective Mentoring - Unit 200 Understanding the Role of a Mentor"),
    P("Learner: Jodie Marsh. Centre: Eastbay Community Learning. Workplace: The Open Table Café, Harbour Street."),
    P("""Context: The Open Table is a social enterprise café. Every six months we take on
      four trainees aged 16 to 24, most referred by the council's Leaving Care Team, and
      train them for work in hospitality. I supervise the kitchen and I am about to become
      one of the café's two mentors. I have answered each question below using our café as
      my example, and I call the trainees Trainee A, B and C."""),

    H(1, "Question 1.1 Describe the role of an effective mentor"),
    P("""Guidance: The learner must provide a clear description of the main activities and
      responsibilities of an effective mentor."""),
    P("""A mentor is a more experienced person who supports someone else's development over
      time, mostly by helping them think things through and by sharing experience when it
      is useful. At the café the mentor is not the trainee's supervisor on shift and is not
      their trainer on food safety; the mentor is the person they meet once a week in the
      Seacole Room upstairs to talk about how things are going, at work and on the way to
      independence. The main activities are agreeing goals with the trainee, meeting them
      regularly, listening, asking questions, encouraging, giving honest feedback, opening
      doors (for example introducing them to a supplier who is hiring), keeping records, and
      knowing when to pass something on. The responsibilities are to be reliable, to keep
      to the agreement, to keep things confidential within its limits, to stay within what
      a mentor should do and refer on to the trainee's personal adviser or a counsellor when
      something needs a specialist, and to let the trainee lead."""),

    H(1, "Question 1.2 Describe how mentoring can benefit those being mentored in a range of situations"),
    P("""Guidance: The learner must state the benefits to individuals who receive mentoring.
      To meet this criterion, the learner must describe how mentoring benefits individuals in
      at least three different situations."""),
    P("""In our café, a trainee leaving care often has nobody at home to talk work over with.
      Mentoring gives them an adult who is on their side but is not paid to assess them, so
      they build confidence and learn how a workplace works, for example how to ask for a
      shift swap without walking out. Trainee A, who used to go silent when the Café Manager
      spoke to her, now asks for feedback herself."""),
    P("""In a small business, such as the bakery that supplies us, a new apprentice can be
      mentored by the owner's most experienced baker. The apprentice benefits because they
      learn the unwritten tricks of the trade faster and have someone to ask who is not the
      boss, which keeps them in the job through the hard first winter."""),
    P("""In a school or sixth form, a Year 12 student mentored by a volunteer from a local
      employer benefits by seeing what different careers are really like, setting goals for
      university or an apprenticeship, and having someone to check in with when revision
      goes wrong. In a voluntary group such as the food bank where I volunteer on
      Saturdays, a new volunteer mentored by an old hand settles in quicker and is more
      likely to stay."""),

    H(1, "Question 1.3 Identify potential barriers to effective mentoring"),
    P("""Guidance: The learner must state two or more potential barriers to effective
      mentoring."""),
    P("""The barriers I see at the café are: time, because on a Friday lunch the kitchen
      cannot spare anyone; trust, because many of our trainees have been let down by adults
      and are wary of anyone who says they want to help; the environment, because there is
      nowhere quiet downstairs and the Seacole Room is also the staff room; individual needs
      such as dyslexia, anxiety or a chaotic housing situation, which can mean a trainee
      misses sessions; and confusion of roles, when the mentor is also the person who tells
      them off for being late."""),

    H(1, "Question 1.4 Explain how to overcome the potential barriers to effective mentoring"),
    P("""Guidance: Using the two or more potential barriers identified, provide an
      explanation of how to overcome each of those potential barriers."""),
    P("""Time: mentoring is put on the rota in Deputy like any other shift, on a Tuesday or
      Wednesday afternoon when the café is quiet, so it does not depend on goodwill and the
      trainee can see it is taken seriously. Trust: I would build it slowly and by keeping
      small promises, and agree at the start what stays between us; this is covered more in
      2.5. Environment: we can book the Seacole Room as private, or walk to the park on
      Marine Parade, which many trainees find easier than sitting across a table. Individual
      needs: asking at the first meeting what helps them, sending reminders by text the day
      before, using pictures or voice notes instead of written forms where reading is hard,
      and linking with their personal adviser. Role confusion: a trainee is never mentored
      by their own shift supervisor, so the two mentors swap, and if that cannot happen we
      explain clearly which hat is being worn."""),

    H(1, "Question 2.1 List the key skills required to be an effective mentor"),
    P("""Guidance: Clearly set out a list of key skills required to be an effective mentor,
      including a minimum of two or more skills. Consideration should be given to what it is
      that the mentor can do or has to demonstrate in their role."""),
    P("""Active listening; asking open questions; empathy; being non-judgemental; giving
      clear and kind feedback; helping someone set SMART goals; summarising; knowing when to
      advise and when to hold back; role modelling the behaviour we expect on shift; good
      non-verbal communication, such as sitting side by side rather than opposite."""),

    H(1, "Question 2.2 Describe a mentoring model or process that can be followed when mentoring"),
    P("""Guidance: Describe a model or process that can be followed for effective mentoring
      and how it works when mentoring an individual. It may help to choose a model or
      process that is most relevant to the learner's organisation or situation."""),
    P("""I would use the CLEAR model, which comes from Peter Hawkins and which our tutor
      recommended for short sessions. Contracting: at the start of each meeting we agree
      what the trainee wants to talk about and what they want to leave with. Listening: I
      let them tell the story in their own words and reflect back what I hear. Exploring:
      with questions, we look at how the situation affects them and what they could do,
      for example Trainee B working out why he kept being late on Mondays. Action: they
      choose one thing to try before next week. Review: at the end we check what was
      useful, and next week we start by reviewing how the action went. GROW would also
      work, but CLEAR's first step fits trainees who need to feel in control."""),

    H(1, "Question 2.3 Explain how to use questioning and listening techniques to support individuals being mentored"),
    P("""Guidance: Explain how to use questioning and listening in the mentoring process
      and specifically how this can help individuals. Consider the types of questions and
      how they can be used to ensure the person being mentored is listened to effectively."""),
    P("""Open questions such as 'what happened?' or 'how did that feel?' let the trainee tell
      their own story, which helps them feel listened to and often lets them find the
      answer themselves. Closed questions have a place for checking facts, for instance 'so
      you are on the early shift on Thursday?'. Checking or summarising questions ('so what
      I'm hearing is you'd rather be front of house?') show I have understood and let them
      correct me. Active listening means putting my phone away, keeping eye contact without
      staring, nodding, and not interrupting even when I think I know what is coming. For a
      trainee who has rarely been listened to, being given full attention is supportive in
      itself and builds the confidence to speak up in the kitchen."""),

    H(1, "Question 2.4 Describe how to give feedback within a mentoring role"),
    P("""Guidance: Describe how feedback can be provided to individuals being mentored. It
      may be useful to base this on the learner's own organisation/context or situation and
      the types of individuals who will receive the feedback."""),
    P("""I would give feedback soon after the event, in private, and about behaviour rather
      than the person. Pendleton's rules suit our trainees: first ask the trainee what went
      well, then say what I think went well, then ask what they would do differently, and
      then add my own suggestion. That way they do most of the judging and the feedback
      does not feel like another adult telling them they failed. For harder messages the
      CEDAR model helps: Context, Examples, Diagnosis, Actions, Review. I would always end
      with something specific they did well, and check how the feedback landed."""),

    H(1, "Question 2.5 Describe how the mentor can develop trust with individuals they are mentoring"),
    P("""Guidance: Describe how the mentor can build trust with individuals. It may also be
      useful to highlight barriers to developing trust and the methods the mentor could use
      to address these."""),
    P("""Trust comes first from being reliable: turning up on time every week and doing what
      I said I would, however small. I would be open about my own background, including
      mistakes I made at their age, so the relationship is between two people and not an
      official and a case. At the first meeting we agree boundaries, such as what I will
      keep confidential and the few things I would have to share, for example if they told
      me they were at risk of harm, so nothing comes as a shock later. I would respect their
      choices even when I would choose differently, and let them see I take their goals
      seriously. Trust is hardest with trainees who have had many professionals come and
      go, so consistency over months matters more than any technique."""),

    H(1, "Question 3.1 Explain how to plan for effective mentoring sessions"),
    P("""Guidance: Explain how to plan for mentoring sessions. Describe methods that would
      be used, including questionnaires or forms to assess the needs of individuals being
      mentored and any agreements required between mentor and the individual (mentee).
      Consider where and when mentoring takes place so that mentoring is appropriate to the
      individual and their situation."""),
    P("""Before the first session I would look at the trainee's induction notes and the
      short 'about me' form every trainee fills in, which covers what they want from the
      placement and what support they need. In the first session we would go through a
      skills checklist for the kitchen and front of house so the trainee can mark where
      they feel confident and where they do not, and we would sign a simple mentoring
      agreement covering how often we meet, where, confidentiality and how to cancel.
      Before each later session I reread my notes, think about what the trainee wanted to
      work on, and book the room, choosing a time that fits their bus home. Planning also
      means thinking about safety, so sessions are in the café, not alone off site."""),

    H(1, "Question 3.2 State examples of goals that would be agreed in an effective mentoring session"),
    P("""Guidance: Give examples of at least two goals that would provide the focus of
      mentoring."""),
    B("By the end of March, open the till on Square and cash up on my own for two shifts without help."),
    B("Arrive on time for every Monday shift for the next four weeks."),
    B("Pass the Level 2 Food Hygiene certificate by the end of the placement."),
    B("Apply for two jobs in hospitality with a CV I have written myself before I finish in June."),

    H(1, "Question 3.3 Explain what records are required when mentoring an individual"),
    P("""Guidance: Explain what records are required to be kept by the mentor."""),
    P("""The records I would keep are the signed mentoring agreement; the needs form and
      skills checklist from the start; a short note of each session with the date, what we
      talked about, the goals and the actions agreed; and a mentoring diary where I reflect
      on how I am doing as a mentor. Records are needed so that progress can be seen over
      the six months, so that the trainee can look back at how far they have come, and so
      there is a record if a concern has to be passed on. They must be kept confidentially
      under GDPR, in the locked cabinet in the office or the café's password-protected
      drive, and only what is needed should be written down, because trainees have the
      right to see what is recorded about them."""),

    H(1, "Reading"),
    P("Clutterbuck, D., Everyone Needs a Mentor, CIPD."),
    P("Hawkins, P., Creating a Coaching Culture, Open University Press."),

    H(1, "Learner declaration"),
    P("""I declare that the work submitted is my own. Signed: Jodie Marsh. Date: 9 March 2026."""),
]

CASE = Case(
    name="j_200_cafe_questions",
    unit="8584-200",
    kind="numbered-unstyled",
    files=[SourceFile("Unit 200 answers - J Marsh.docx", BLOCKS)],
    labels={
        "1.1": "they meet once a week in the Seacole Room",
        "1.2": "learn the unwritten tricks of the trade faster",
        "1.3": "many of our trainees have been let down by adults",
        "1.4": "mentoring is put on the rota in Deputy",
        "2.1": "Active listening; asking open questions; empathy; being non-judgemental",
        "2.2": "we agree what the trainee wants to talk about",
        "2.3": "let the trainee tell their own story",
        "2.4": "first ask the trainee what went well",
        "2.5": "including mistakes I made at their age",
        "3.1": "a skills checklist for the kitchen and front of house",
        "3.2": "cash up on my own for two shifts",
        "3.3": "a mentoring diary where I reflect on how",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": None,
        # "Trainee A/B/C", the Café Manager, her tutor, rooms, streets, products: none identifying
        "identifying": [],
    },
    about="Social enterprise café supervisor's 200 in Word: 'Question 1.1' lines typed as Normal paragraphs, each followed by pasted handbook guidance, then the answer; clean with rooms, streets and products.",
)
