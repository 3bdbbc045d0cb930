"""8587-303 coaching reflection: a water company's customer contact team manager, PDF, structured answers, two planted names.

Sunita Gill manages a customer contact team at a regional water company and has coached
three advisers over the year as part of her Level 5 certificate. Her reflective account
answers 1.1, 1.2, 2.1 and 2.2 under the centre template's headings, each followed by her
answer, with the development plan as a table (actions over nine months with dates and
measures). She calls her coachees C1, C2 and C3 but twice slips: one coachee's full name
appears in a sentence about feedback ("Callum Frost said ...") and the team leader of
another coachee is named as "Mrs Adeyemi". Whitmore, Kolb, Egan, Hawkins and Shohet, the
EMCC, Ofwat and Bristol are not identifying; neither is her tutor, whom she names only as
"my supervisor". No evidence matrix.
"""

from corpus.case import Case, H, P, SourceFile, T

PLAN = T(
    ["What I will develop", "Actions", "By when", "How I will know (measure)"],
    ["Questioning depth", "Record two sessions (with consent) and count open vs closed questions; read Whitmore ch. 6 again",
     "End of September", "Fewer than five closed questions in a 60 minute session"],
    ["Staying out of solutions", "Use a 'three options before mine' rule; ask supervisor to review one recording",
     "November", "Coachee feedback item 'I found my own answer' scores 4+ for three coachees"],
    ["Coaching across difference", "Coach one person outside my department (billing) via the internal coaching pool",
     "December to February", "Completed contract and 4 sessions; reflective log entry for each"],
    ["Supervision habit", "Book six-weekly supervision for the whole period; bring a specific session each time",
     "Ongoing to March", "Six supervision notes on file"],
    ["Accreditation", "Gather 50 further coaching hours and apply for EMCC Practitioner level",
     "March next year", "Application submitted"],
)

BLOCKS = [
    H(0, "ILM Level 5 Certificate in Effective Coaching and Mentoring"),
    P("Unit 8587-303 Reflecting on Coaching Skills within an Organisational Context"),
    P("Learner: Sunita Gill   Role: Customer Contact Team Manager   Submitted: June"),

    H(1, "1.1 Examine the effectiveness of your own coaching practice based on evidence, including records, supervision and feedback"),
    P("""Over the last eight months I coached three advisers from the contact centre for just
      under forty hours in total. I refer to them as C1, C2 and C3. To judge how effective that
      coaching was I looked at three kinds of evidence rather than relying on how the sessions
      felt."""),
    P("""First, my records. I kept a session log and a short note after every conversation. Read
      back in one sitting, the notes show a pattern I had not noticed at the time: in the first
      six sessions the actions were almost always mine ("I'll send you the guide", "I'll speak to
      scheduling"), and only from March onwards were they the coachee's. Goal outcomes were
      mixed. C1 reached her target of handling escalated leak calls without transfer; C2 moved
      from the contact centre into the complaints team, which was his goal; C3's goal of improving
      her quality scores was only partly met, because she went on long-term sick leave in April."""),
    P("""Second, feedback. I used a six-question form after every third session and a final review.
      The scores for 'I felt listened to' were high from the start, but 'I found my own way forward'
      only rose above 3 out of 5 in the spring. Callum Frost said in his final review that he had
      wanted me to challenge him more in the early sessions, and he was right."""),
    P("""Third, supervision. My supervisor used Hawkins and Shohet's seven-eyed model to get me to
      look at the relationship rather than the coachee. In our second supervision she pointed
      out that I described C3 in the same way I describe my own younger sister, which was
      uncomfortable but explained why I kept rescuing her. Taken together the evidence says my
      coaching was effective at building trust and less effective at transferring ownership until
      I changed my approach mid-way."""),

    H(1, "1.2 Identify own strengths and areas for improvement of your own knowledge, skills and behaviour, including communication and interpersonal skills"),
    P("""Strengths. I am good at building rapport quickly, which the feedback shows, and I know the
      business well enough to understand what a coachee is up against without it being explained.
      I listen well at the level of content and can summarise accurately, and I am reliable: no
      session was cancelled by me in eight months. My knowledge of the GROW model and of Egan's
      skilled helper is sound and I can move between them."""),
    P("""Areas for improvement. My biggest weakness is behavioural: I jump to solutions, because in
      my day job that is what I am paid to do. A second is that my listening is better at the
      words than the feeling; with C2, I missed how angry he was about being passed over until
      his team leader, Mrs Adeyemi, mentioned it to me in a corridor. A third is knowledge:
      I have read very little about coaching across difference and I coached three people who
      are all a lot like me in background."""),

    H(1, "2.1 Review own coaching ability to identify future development opportunities, including the use of questioning, listening and communication strategies"),
    P("""Questioning. I reviewed two recorded sessions (with consent) and counted. In February I
      asked 31 questions in 55 minutes, of which 17 were closed or leading. In May it was 22
      questions and 6 closed. That is progress, but my open questions still tend to be
      'what' questions about the task; I rarely ask about values or about what the person
      would be like if the goal was achieved, which Whitmore describes as the heart of awareness."""),
    P("""Listening. I still hear myself preparing the next question while the coachee is talking.
      The opportunity here is to practise Kolb-style reflection straight after sessions on what
      I heard and what I missed, and to ask my supervisor to listen to a recording."""),
    P("""Communication strategies. I rely heavily on verbal summaries. With C1, who thinks in
      pictures, a timeline we drew on a flipchart did more in ten minutes than my summaries had
      done in three sessions, so varying the medium is a real development opportunity. Other
      opportunities are the internal coaching pool that the company is setting up in
      Bristol, which would give me coachees from outside my department, and EMCC accreditation."""),

    H(1, "2.2 Produce a relevant development plan covering a minimum of 6 months, including timescales and measures of success"),
    P("""My plan runs from July to March, nine months, and each line has a date and a measure I
      can check without relying on my own opinion."""),
    PLAN,
    P("""I will review the plan with my supervisor at each six-weekly session and rewrite any line
      where the date has slipped, rather than quietly leaving it."""),

    P("""Declaration of authenticity: I confirm that this is my own work. Sunita Gill"""),
]

CASE = Case(
    name="u_8587_303_water_utility_pdf",
    unit="8587-303",
    kind="structured-pdf",
    files=[SourceFile("SGill_8587-303_reflection.pdf", BLOCKS)],
    labels={
        "1.1": "the actions were almost always mine",
        "1.2": "I jump to solutions, because in my day job",
        "2.1": "of which 17 were closed or leading",
        "2.2": "each line has a date and a measure I can check",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": None,
        "identifying": ["Callum Frost", "Mrs Adeyemi"],
    },
    about="Water company contact-centre manager; 303 PDF under template headings that restate the ACs, development plan table over nine months; a coachee's full name and a team leader's title+surname slip through among C1-C3 pseudonyms.",
)
