"""8587-305 Reflecting on Mentoring Skills: an indoor snow centre's head of snowsports, DOCX.

Kirsty Lomax is head of snowsports at an indoor real-snow slope and mentored two newly
qualified ski instructors (Mentee A and Mentee B) for unit 304. Her Word journal has no
criterion numbers: two Heading 1s of her own ("Part One - What the evidence tells me",
"Part Two - Where I go from here"), and under them each criterion's wording pasted from the
handbook as a Heading 2 with her answer below. Her order is 1.1, 2.1, 1.2, 2.2: she
reviews her questioning, listening and communication straight after examining the evidence
and leaves strengths and the plan for Part Two. The 1.1 answer is five paragraphs with its
label in the fourth (supervision); the 2.1 answer's label is in its third paragraph
(listening); the plan (2.2) is a table with its label in a cell. An appendix of extracts
from her records and the mentees' feedback forms supports 1.1 but answers nothing by itself.
An introduction and a closing paragraph mention every topic; signed declaration at the end.

Planted (2): a parent who complained about a children's lesson, by title and surname, in the
1.1 answer ("Mrs Featherstone"); Mentee B's first name signing a feedback comment in the
appendix ("Declan"). Not identifying: the centre, Snowsport England, BASI, Egan, GROW, her
supervisor by role, the learner's own name (in full, and "Kirsty" in the same comment).
"""

from .case import B, Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "Unit 305 Reflecting on Mentoring Skills within an Organisational Context - Reflective Journal"),
    P("Kirsty Lomax, Head of Snowsports, Pennine Peaks Snow Centre. Submitted June 2025."),

    H(1, "Introduction"),
    P("""For unit 304 I mentored two instructors who qualified as Snowsport England Level 2 ski
      instructors last autumn and joined our team of thirty. Mentee A came to us from a
      summer job in outdoor education and Mentee B straight from a gap season in Austria.
      Between November and March we met fortnightly, 13 hours in total. This journal
      examines how effective my mentoring was using my records, the mentees' feedback and
      my supervision; reviews my questioning, listening and communication to find where I
      need to develop; identifies my strengths and areas for improvement; and sets out my
      development plan for the next six months."""),

    H(1, "Part One - What the evidence tells me"),
    H(2, "Examine the effectiveness of their own mentoring practice based on evidence, including records, supervision and feedback"),
    P("""I have three sources of evidence: my session records and reflective log (extracts in the
      appendix), the feedback forms both mentees filled in after every session, and my two
      supervision sessions with the centre's training and development manager, who is an
      accredited mentor. I have tried to look at what changed for the mentees, not just at
      whether the sessions were pleasant."""),
    P("""My records show that both mentees reached their main goals. Mentee A now teaches the
      Saturday children's club on her own and passed her internal observation in February.
      Mentee B's goal was to handle difficult adult beginners without losing his temper;
      the records show three sessions spent on one incident, when Mrs Featherstone
      complained that he had shouted at her son on the nursery slope. By March he had
      taught six weeks of adult beginner courses with no complaints."""),
    P("""The feedback tells a more mixed story. Mentee A scored every session 4 or 5 and wrote
      that she "always left with a plan". Mentee B scored the first three sessions 2 or 3,
      and his comments ("a bit like being told off again") show that early on he
      experienced the mentoring as an extension of the complaint, not as support. From
      session 4 his scores rose to 4 and 5."""),
    P("""Supervision explains the change. At my first supervision in December I described the
      sessions about the complaint, and my supervisor asked me whose agenda they had been. I
      realised I had been mentoring Mentee B as his manager, trying to make sure it never
      happened again, instead of helping him understand what had happened for him. We agreed
      I would hand the agenda back to him and start each session with his question, not mine.
      That is the point where his scores turned. At the second supervision in February we
      looked at my tendency to over-prepare, which leaves no room for the mentee."""),
    P("""Taking the three sources together, my mentoring was effective in outcome for both
      mentees, but for Mentee B it was effective late, and only once I separated my
      mentoring from my management."""),

    H(2, "Review own mentoring ability to identify future development opportunities, including the use of questioning, listening and communication strategies"),
    P("""Overall I am a confident mentor with good organisation and real knowledge of the job, but
      my skills inside the conversation are still developing. The review below covers the
      three areas the criterion asks about."""),
    P("""Questioning. I use open questions well at the start of a session ("What's been going
      on since we last met?") but when time runs short I switch to closed and leading ones
      ("So you'll try the snowplough drill first, yes?"). My development opportunity is to
      use a short set of questions for the Options stage that keep the choice with the
      mentee, and to ask one question at a time."""),
    P("""Listening. My reflective log shows the same pattern three times: a mentee says
      something in passing at the end and I miss it because I am already packing up. My
      strategy is to stop writing notes during the session, summarise at two points rather
      than only at the end, and leave the last five minutes open for anything else on their
      mind. I also want to practise listening for what is not said, which Egan calls
      listening for the core message."""),
    P("""Communication. On the slope I talk in short, loud instructions, and I carry that into
      mentoring. I need to slow down, soften my tone, and check my body language, especially
      standing over a mentee when they are sitting in the instructors' room. I will meet
      at the café tables instead, side by side, and record one session (with consent) to see
      myself."""),

    H(1, "Part Two - Where I go from here"),
    H(2, "Identify own strengths and areas for improvement of their own knowledge, skills and behaviour, including communication and interpersonal skills"),
    P("""Strengths. Knowledge: I know the instructor pathway, BASI and Snowsport England
      qualifications and our centre inside out, so I can point mentees to the right
      resources. Skills: I plan sessions well and keep good records. Behaviour: I am reliable
      and never cancelled, even in the February half-term rush. Interpersonal: mentees say
      I am approachable and honest, and Mentee A said I "made it OK to admit being
      scared of the Saturday club"."""),
    P("""Areas for improvement. Knowledge: I know one model (GROW) and used it rigidly. Skills:
      I over-prepare and fill silences. Behaviour: I blur my roles as manager and mentor.
      Communication and interpersonal skills: my slope voice is too direct for a mentoring
      conversation, and I can come across as impatient when a mentee goes round in circles."""),

    H(2, "Produce a relevant development plan covering a minimum of 6 months, including timescales and measures of success"),
    P("""I discussed this plan with my supervisor at our review on 21 May. It runs from June to
      December 2025."""),
    T(
        ["What I will develop", "How", "When", "How I will know"],
        ["Questioning", "Card of six Options questions; one question at a time",
         "June - September", "Recorded session shows mostly open questions in the Options stage"],
        ["Listening", "No notes during sessions; summarise twice; last five minutes left open",
         "From June", "Mentee feedback mentions feeling heard; nothing missed in the log"],
        ["Communication", "Sit side by side at the café tables; record one session",
         "July and November", "Tone and posture better on the second recording"],
        ["Separating roles", "Mentor only instructors I do not line manage",
         "September - December", "Two new mentees from the freestyle team, scores 4+"],
        ["A second model", "Learn Egan's skilled helper model on the October course",
         "October - December", "Used it with a mentee and reflected on it in my log"],
    ),

    H(1, "Closing thoughts"),
    P("""Looking at my records, the mentees' feedback and my supervision has shown me that my
      mentoring worked but could have worked sooner. I know my strengths and the areas I
      need to improve, I have reviewed my questioning, listening and communication, and
      my plan gives me clear steps, dates and measures for the next six months."""),

    H(1, "Appendix - extracts from my records and the mentees' feedback forms"),
    T(
        ["Session", "Mentee", "Record extract", "Feedback score and comment"],
        ["1", "A", "Agreement signed, goals set: Saturday club solo by Feb", "5 - always left with a plan"],
        ["2", "B", "Complaint discussed, what happened on the nursery slope", "2 - a bit like being told off again"],
        ["3", "B", "Complaint again; I suggested a script for difficult parents", "3"],
        ["4", "B", "He chose the topic: nerves with adult groups", "4 - better, my agenda this time"],
        ["5", "B", "Planning the adult beginner course", "5 - Really useful, thanks Kirsty - Declan"],
        ["6", "A", "Review of internal observation", "5"],
    ),
    B("Full records and all feedback forms are in my 304 portfolio."),

    H(1, "Declaration"),
    P("I declare that this journal is my own work. Signed: Kirsty Lomax  Date: 6 June 2025"),
]

CASE = Case(
    name="sm_305_snow_centre_docx",
    unit="8587-305",
    kind="structured-docx",
    files=[SourceFile("K Lomax 305 journal.docx", BLOCKS)],
    labels={
        "1.1": "I had been mentoring Mentee B as his manager",
        "1.2": "my slope voice is too direct for a mentoring conversation",
        "2.1": "I miss it because I am already packing up",
        "2.2": "Card of six Options questions",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": None,
        "identifying": ["Mrs Featherstone", "Declan"],
    },
    about="Snow centre head of snowsports' 305 DOCX: no numbers, each answer under the pasted criterion wording as a Heading 2 below her own Part headings, order 1.1, 2.1, 1.2, 2.2, 1.1 label in the 4th of five paragraphs, 2.1 label in the 3rd, plan table label in a cell, records/feedback appendix, intro and close naming every topic, planted 'Mrs Featherstone' and 'Declan', signed declaration.",
)
