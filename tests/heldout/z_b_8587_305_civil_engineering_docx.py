"""8587-305 reflective journal: a civil engineering consultancy's associate director, styled DOCX with the centre's matrix up front and a pasted feedback form.

Tom Hadfield is an Associate Director in the bridges and structures team of a civil
engineering consultancy's Leeds office. For unit 304 he mentored two graduate engineers
towards ICE chartership, "Mentee 1" and "Mentee 2". The journal opens with a details table
and the centre's Unit 305 evidence matrix filled in (name, "T Hadfield" as signature, date,
evidence titles and reference numbers), then four numbered sections under his own question
headings with no AC numbers ("1. Did my mentoring work?"...), in criterion order. In section
1 he pastes Mentee 1's end-of-mentoring feedback form, signature line and all. Section 2 is
prose plus a table of strengths and improvements by knowledge / skills / behaviour, section 4
a six-month plan table. Hours are mentioned in passing (not a practice unit; no log here).
References; signed declaration.

Planted (2): Mentee 1's name on the signature line of the pasted feedback form ("Aaron
Whitfield"); Mentee 2's first name slipping into the strengths section ("Megan").
Clean otherwise: his own name and signature; roles (the Director who runs the firm's ICE
training scheme and is his mentoring supervisor, ILM tutor, checking engineer, project
manager); ICE, IStructE, the ICE Professional Review, UK-SPEC, EMCC; Leeds, Wakefield,
the A64; Kolb, Gibbs, Clutterbuck, Megginson, Egan, Kline, Hawkins and Shohet; GROW.
"""

from corpus.case import B, Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "Unit 305 Reflective Journal: Reflecting on Mentoring Skills within an Organisational Context"),
    T(
        ["Learner", "Tom Hadfield"],
        ["Job", "Associate Director, Bridges and Structures, Leeds office"],
        ["Unit 304 evidence this journal draws on", "Mentoring diary (13.5 hours, two mentees), reflective log, two mentee feedback forms, supervision notes x3, tutor observation"],
        ["Mentees", "Mentee 1 and Mentee 2, graduate engineers working towards ICE chartership"],
    ),

    H(1, "Unit 305 Reflective Journal evidence matrix"),
    T(
        ["Name of learner", "Tom Hadfield"],
        ["Signature", "T Hadfield"],
        ["Date completed", "9 May 2025"],
    ),
    T(
        ["Unit 305 Reflecting on Mentoring Skills within an Organisational Context", "Reflective Journal Evidence Title", "Reference Number"],
        ["AC 1.1 Examine the effectiveness of their own mentoring practice based on evidence, including records, supervision and feedback",
         "Section 1 of this journal; 304 mentoring diary; feedback forms; supervision notes", "305/1"],
        ["AC 1.2 Identify own strengths and areas for improvement of their own knowledge, skills and behaviour, including communication and interpersonal skills",
         "Section 2 and strengths/improvements table", "305/2"],
        ["AC 2.1 Review own mentoring ability to identify future development opportunities, including the use of questioning, listening and communication strategies",
         "Section 3", "305/3"],
        ["AC 2.2 Produce a relevant development plan covering a minimum of 6 months, including timescales and measures of success",
         "Section 4 - six-month development plan", "305/4"],
    ),

    H(1, "1. Did my mentoring work?"),
    P("""I mentored two graduates in the team between October and March: Mentee 1, in his second
      year and a long way off his Professional Review, and Mentee 2, in her fourth year and aiming
      to submit for review this autumn. Between them that was 13.5 hours in the diary. I am going
      to judge whether it worked against three things: my own records, what my supervisor and
      tutor said, and what the two of them said."""),
    P("""The records are where I got my first surprise. In my diary I recorded for each session
      who brought the topic. When I went back through them for this journal, my records show I
      set the agenda in five of seven sessions with Mentee 1, usually by bringing a design
      problem from one of our jobs. That felt helpful at the time. But the diary also shows that
      his own goals (getting experience he could write up against the UK-SPEC attributes, and
      speaking up in design reviews) moved much less than hers did. With Mentee 2 the records read
      completely differently: she set the agenda every time, came with her draft Professional
      Review report and questions, and the actions column shows she did nearly everything she
      said she would."""),
    P("""Supervision said the same thing from another angle. My mentoring supervisor is the
      Director who runs our ICE training scheme, and in our second session in January she asked
      me to count how many minutes in my last session with Mentee 1 I had talked. I guessed a
      third; when I worked it out from my notes it was nearer two thirds. My ILM tutor observed a
      session with Mentee 2 in February and wrote that I 'gave space well' but 'filled the
      silence when the mentee was stuck rather than letting her work at it'."""),
    P("""The mentees' feedback is the best evidence I have that the mentoring made a difference,
      and also where it didn't. This is Mentee 1's form, as he filled it in:"""),
    T(
        ["Feedback to mentor from individual being mentored", ""],
        ["What did you find most useful?", "Going through real calcs from the A64 bridge job and having someone explain why, not just what."],
        ["What could your mentor have done differently?", "Asked me what I wanted to talk about a bit more. Sometimes I had something but didn't like to say."],
        ["Has the mentoring helped you reach your goals?", "Partly. More confident technically. Still don't say much in design reviews."],
        ["Overall rating (1-5)", "4"],
        ["Signed", "Aaron Whitfield    Date 28/03/25"],
    ),
    P("""Mentee 2's form was more positive (5 out of 5) and she wrote that the most useful thing was
      'being challenged on my review report, not being told it was fine'. Her project manager
      also told me she had started chairing the weekly design coordination meeting. So overall:
      effective with Mentee 2, who was ready to drive it, and only partly effective with Mentee 1,
      where my habit of turning mentoring into technical teaching got in the way of his goals."""),

    H(1, "2. What I'm good at, and what I need to work on"),
    P("""I used Gibbs' reflective cycle on the two relationships and then put the results into the
      table below under knowledge, skills and behaviour. The short version: my technical
      knowledge is a strength and a trap. It gives me credibility with graduates - they know I
      have been through review and have checked a lot of bridges - but it pulls me into teaching
      when the mentee needs to think. Interpersonally I am approachable and I think both of them
      trusted me; Megan told me in our last session she had told me things about the review she
      hadn't told anyone else in the office. My communication is clear, but I am a fast talker
      and I can overwhelm a quieter person, which is what happened with Mentee 1."""),
    T(
        ["", "Strengths", "Areas for improvement"],
        ["Knowledge", "ICE review process and UK-SPEC inside out; GROW and Clutterbuck and Megginson's stages of a mentoring relationship",
         "Mentoring as different from teaching; I knew the definition but didn't practise it"],
        ["Skills - communication", "Clear explanations; good at summarising at the end of a session",
         "Talking too much; closed and leading questions when a mentee is stuck"],
        ["Skills - interpersonal", "Approachable, easy to talk to, remember what people told me last time",
         "Reading a quiet mentee - I took silence as agreement"],
        ["Behaviour", "Reliable - never cancelled; kept confidences; honest feedback on report drafts",
         "Impatience when a session isn't 'getting anywhere'; taking over the agenda"],
    ),

    H(1, "3. Where I go from here"),
    P("""Looking at questioning first: the pattern in my reflective log and in the tutor's
      observation is asking a question and then answering it myself, or turning it into a
      closed one ('So would you check the bearing first?'). I want to get better at open
      questions that stay open, and at using silence. The opportunity here is practice with
      feedback: the firm has an internal mentoring circle that meets every other month, where
      mentors bring a recording or a case and others comment, and I have never been."""),
    P("""Listening: Nancy Kline's 'Thinking Environment' was on our course reading list and the
      idea of listening without interrupting is exactly what I need with someone like Mentee 1.
      I would like to do the one-day Time to Think workshop our L&D team runs. For communication
      more generally, I need to slow down and check understanding, and to notice the quieter
      person in the room - which applies to how I chair design reviews as well as to mentoring."""),
    P("""Other opportunities: keep going with supervision (my supervisor has offered to carry on
      quarterly), join the EMCC as an individual member for the webinars and the code of
      ethics, and take on a new graduate mentee in September when the next intake arrives, so
      that I put all this into practice straight away rather than forgetting it. I am also going
      to ask to mentor someone outside structures, where I can't fall back on technical
      answers."""),

    H(1, "4. Six-month development plan (May - October 2025)"),
    P("""I drafted this plan after our last supervision session on 6 May and talked it through
      with her then. I will review the plan with my mentoring supervisor every eight weeks, with
      the final review in late October, and bring my talking-time figures to each review."""),
    T(
        ["Development goal", "Actions", "By when", "How I'll know (measure of success)"],
        ["Talk less, ask more", "Write three open questions before each session; time my talking in one session a month",
         "Start May; monthly to October", "My talking time under a third in at least three recorded sessions"],
        ["Use silence and listen without interrupting", "Time to Think workshop (L&D); practise in mentoring circle",
         "Workshop by end of June", "Mentee feedback says they had space to think; circle feedback"],
        ["Mentoring not teaching", "Agree at the start of each session who sets the agenda - the mentee, every time",
         "From first session with new mentee, September", "Mentee sets the agenda in every session in my diary"],
        ["Continue supervision and peer learning", "Quarterly supervision; attend mentoring circle; join EMCC",
         "Supervision July and October; circle from June", "4 supervision/circle sessions attended by October"],
        ["Mentor outside my specialism", "Ask the scheme director to pair me with a graduate from another discipline",
         "Agreed by August", "Mentoring agreement signed by September"],
    ),

    H(1, "References"),
    P("Clutterbuck, D. and Megginson, D. (2005) Making Coaching Work. CIPD."),
    P("Gibbs, G. (1988) Learning by Doing. Oxford Polytechnic."),
    P("Hawkins, P. and Shohet, R. (2012) Supervision in the Helping Professions. Open University Press."),
    P("Kline, N. (1999) Time to Think. Cassell."),
    P("Egan, G. (2014) The Skilled Helper. Cengage."),

    P("""Declaration: I confirm this reflective journal is my own work. Tom Hadfield, 9 May 2025."""),
]

CASE = Case(
    name="z_b_8587_305_civil_engineering_docx",
    unit="8587-305",
    kind="structured-docx",
    files=[SourceFile("Hadfield_T_Unit305_Reflective_Journal.docx", BLOCKS)],
    labels={
        "1.1": "my records show I set the agenda in five of seven sessions",
        "1.2": "my technical knowledge is a strength and a trap",
        "2.1": "asking a question and then answering it myself",
        "2.2": "review the plan with my mentoring supervisor every eight weeks",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": True,
        "identifying": ["Aaron Whitfield", "Megan"],
    },
    about="Civil engineering consultancy associate director; 305 journal DOCX with the centre's matrix filled in up front, own question headings with no AC numbers, a pasted mentee feedback form, a knowledge/skills/behaviour table and a six-month plan table; the mentee's name on the pasted form's signature line and the other mentee's first name planted.",
)
