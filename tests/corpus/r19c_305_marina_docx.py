"""8587-305 Reflecting on Mentoring Skills: a marina's operations supervisor, DOCX journal.

Kirsty Dunmore is operations supervisor at a coastal marina (pontoons, boat hoist, fuel berth,
boatyard) and mentored two seasonal berthing assistants over the summer for unit 304 (Mentee
A and Mentee B). Her reflective journal opens with the handbook's authentication lines and
the Unit 305 evidence matrix filled in: each row pastes the AC's full wording and points at
her sections and page numbers ("Part Two, pp. 3-4"). Then a contents line, and four parts as
Heading 1 with mixed numbering ("Part One -", "2)", "Section 3:", "Part 4"). Inside the parts
her sub-headings are short Normal paragraphs she typed as bold lines ("What my records
show", "What the mentees said"), not styles. 1.1 is spread across Part One (records and
supervision) and Part Two (mentee feedback), with its label in Part Two; a SWOT table in
Part Two whose Opportunities column looks like development (2.1) but belongs to 1.2, whose
label is in the prose after the table; 2.1 in Section 3 says "going forward" rather than
"development opportunities"; the six-month plan (2.2) is a table in Part 4 after a long
lead-in. Signed authentication and declaration.

Clean: Mentee A and Mentee B; the harbour master and the yard foreman by role. Not
identifying: the learner's own name, the RYA, Gibbs, Egan, Kline, the Met Office.
"""

from .case import Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "Reflective Journal - Unit 305 Reflecting on Mentoring Skills"),
    P("Learner: Kirsty Dunmore    Signature: K. Dunmore    Date completed: 30 September 2025"),
    P("""Authentication: I confirm that the evidence in this reflective journal is my own work and
      that the mentoring it describes took place as recorded."""),
    P("Unit 305 Reflective Journal evidence matrix"),
    T(["Unit 305 Reflecting on Mentoring Skills within an Organisational Context", "Reflective Journal Evidence Title", "Reference Number"],
      ["AC 1.1 Examine the effectiveness of their own mentoring practice based on evidence, including records, supervision and feedback",
       "Part One - Looking back over the season; Part Two - What the mentees said", "pp. 2-4"],
      ["AC 1.2 Identify own strengths and areas for improvement of their own knowledge, skills and behaviour, including communication and interpersonal skills",
       "Part Two - SWOT and what it tells me", "p. 4"],
      ["AC 2.1 Review own mentoring ability to identify future development opportunities, including the use of questioning, listening and communication strategies",
       "Section 3 - Going forward", "p. 5"],
      ["AC 2.2 Produce a relevant development plan covering a minimum of 6 months, including timescales and measures of success",
       "Part 4 - My plan to April", "p. 6"]),
    P("Contents: Part One p. 2 | Part Two p. 3 | Section 3 p. 5 | Part 4 p. 6"),

    H(1, "Part One - Looking back over the season"),
    P("""I supervise the berthing team at a marina of around four hundred berths. Every spring we
      take on seasonal berthing assistants, usually students or people who have sailed but never
      worked on a marina, and every year a few leave by July because it is harder than it looks:
      early starts, long days on the pontoons in all weathers, and boat owners who expect
      a lot. This season I mentored two of them, Mentee A and Mentee B, from April to
      September, for a total of fourteen hours across fifteen sessions, with three tutorial
      supervision sessions along the way."""),
    P("What my records show"),
    P("""My mentoring diary and the session records tell a mixed story. With Mentee A, sessions
      were regular, fortnightly, and each one ended with an action he chose, and most were done
      by the next time. With Mentee B, four sessions were moved or cut short because of the
      weather or the hoist schedule, and looking at the diary now, I was the one who moved
      three of them. My records also show I wrote very little about how the mentees felt,
      mostly what they did, which I think shows where my attention was."""),
    P("What supervision showed me"),
    P("""In my second supervision session my tutor asked me to describe a session with Mentee B
      in detail. As I talked I realised I had spent most of it explaining the tide tables and
      the berthing plan, because that is what I am comfortable with, while Mentee B had come
      wanting to talk about an owner who had been rude to her on the fuel berth. My tutor's
      comment, which I wrote down, was that I mentor with the harbour manual open. It was fair.
      After that I started each session by asking what the mentee wanted to use it for."""),

    H(1, "2) Part Two - What the mentees said, and what it tells me"),
    P("What the mentees said"),
    P("""Both mentees filled in the feedback form at the end of the season and I also asked the
      yard foreman, who worked alongside them, for his view. Mentee A rated the mentoring highly
      and said he now feels able to bring a forty-foot yacht onto a hammerhead berth on his
      own in a crosswind. Mentee B was more mixed: she said the early sessions were "more like
      training", but that after midsummer she felt listened to, and that talking through the
      rude owner gave her a way to handle him. The yard foreman said both were more confident
      than most seasonals by August."""),
    P("""Putting the records, the supervision and the feedback side by side, I would say my
      mentoring was effective for the practical side of the job from the start, and only
      became effective for the harder, personal side once I stopped leading with what I
      know. The turning point for Mentee B came after supervision, not before, and the
      diary shows that clearly. Her return for next season is probably the best measure;
      she has already said yes."""),
    P("SWOT and what it tells me"),
    T(["Strengths", "Weaknesses", "Opportunities", "Threats"],
      ["Knowledge of the marina and seamanship; calm under pressure; reliable",
       "Talking too much; slipping into instructing; notes that leave out feelings",
       "Tutor supervision; RYA instructor course; pairing with the harbour master",
       "Summer workload; my own habit of being the expert"]),
    P("""Reading the SWOT back, my strengths are real: I know the job, the mentees trusted my
      judgement, and I am calm when a boat is coming in too fast, which they both mentioned.
      My interpersonal skills are good in a crisis and with boat owners. The weaknesses are
      mostly in communication. The area I most need to improve is my habit of answering a
      question before the mentee has finished asking it, which cuts off what they were going
      to say. In knowledge terms I know seamanship well but I knew very little about
      mentoring models until this course, and I still tend to fall back on instructing."""),

    H(1, "Section 3: Going forward"),
    P("""Reviewing my mentoring overall, I am a capable mentor for practical learning and an
      unpractised one for anything else. The next step is to build the skills that help a
      mentee think for themselves."""),
    P("""Questioning: I want to use more open questions and fewer "did you check the warps?"
      questions, which are really instructions. I will use Egan's idea of probing for the
      story behind the problem, starting with "tell me about" questions."""),
    P("""Listening: the plan is to practise reflecting back a mentee's words before I reply, so I
      am sure I have heard them, and to notice feelings as well as facts, then write both in
      my records. Communication: I will ask the harbour master, who is a good listener, to sit
      in on one session and give me feedback on how much of it I talked for, and I will try
      sitting side by side on the pontoon bench rather than across my desk, which felt
      formal."""),

    H(1, "Part 4 - My plan to April"),
    P("""I discussed this plan with my tutor at our final supervision. It runs from October,
      through the winter when the marina is quieter and I will mentor one of our permanent
      yard hands, to the start of next season in April, when new seasonals arrive and I can
      test what I have learned."""),
    T(["Development goal", "Actions", "Timescale", "Measure of success"],
      ["Ask more open questions", "Keep a tally in my diary of open and closed questions each session",
       "October to December", "At least two thirds of my questions are open by December"],
      ["Reflect back before replying", "Practise in every session with the yard hand and in team briefings",
       "November to January", "Yard hand's feedback says he felt understood"],
      ["Record feelings as well as actions", "Add a 'how the mentee seemed' box to my session record",
       "From October", "Every record from November has this box filled in"],
      ["Talk less", "Harbour master observes one session and times how long I speak",
       "February", "I talk for less than a third of the session"],
      ["Learn more about mentoring", "Read Kline's Time to Think; attend the RYA instructor course",
       "By March", "Course completed; I can explain two models to a new mentor"],
      ["Test it with new seasonals", "Mentor two new seasonals from the first week of April",
       "April", "Both say in their feedback that the sessions were theirs"]),
    P("""Declaration: I declare that this journal is my own work. Kirsty Dunmore, 30 September 2025."""),
]

CASE = Case(
    name="r19c_305_marina_docx",
    unit="8587-305",
    kind="structured-docx",
    files=[SourceFile("K Dunmore Unit 305 Reflective Journal.docx", BLOCKS)],
    labels={
        "1.1": "only became effective for the harder, personal side",
        "1.2": "answering a question before the mentee has finished asking it",
        "2.1": "practise reflecting back a mentee's words before I reply",
        "2.2": "Keep a tally in my diary of open and closed questions",
    },
    expected_checks={"declaration": True, "evidence_matrix": True, "identifying": []},
    about="Marina operations supervisor's 305 Word journal: filled-in evidence matrix pasting each AC and pointing at parts/pages, mixed part numbering, typed sub-heading lines, effectiveness across two parts, SWOT table before the strengths prose, 'going forward' for development, plan table; clean.",
)
