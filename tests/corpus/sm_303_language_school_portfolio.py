"""8587-303 Reflecting on Coaching Skills: an English language school's director of studies, Word journal + PDF appendices.

Anjali Mehta is director of studies at a private English language school on the south coast
and coached two senior teachers (Coachee 1 and Coachee 2) for unit 302. Two files. The Word
journal opens with a cover table, a signed authentication statement and the handbook's
Reflective Journal evidence matrix (criterion wording, evidence title, reference number)
whose references point at journal paragraphs ("J1.3-J1.5") and at the appendices file
("App 3"). The journal numbers its own paragraphs J1.1, J1.2 ... and its headings are
"Criterion 1.1 - ..." and one combined "1.2 & 2.1) ..." heading, under which strengths and
areas for improvement come first and the review of questioning, listening and communication
follows in separate paragraphs. The 1.1 answer is five paragraphs with its label in the
fourth (the supervision evidence); the 2.1 label is in the third of its paragraphs. The
journal's 2.2 heading only says where the plan is: the six-month CPD plan is Appendix 3 of
the PDF, and its label is in a plan table cell there. Appendix 1 (supervision record) and
Appendix 2 (feedback summary) support 1.1 but answer nothing on their own. An introduction
and a closing summary touch every topic.

Clean: coachees are numbers; the supervisor is named only on the supervision record form,
which asks for it. Not identifying: the school, the British Council, English UK, CELTA and
DELTA, Nancy Kline, GROW, the learner's own name and initial on the authentication.
"""

from .case import Case, H, P, SourceFile, T

C11 = "Examine the effectiveness of their own coaching practice based on evidence, including records, supervision and feedback"
C12 = "Identify own strengths and areas for improvement of their own knowledge, skills and behaviour, including communication and interpersonal skills"
C21 = "Review own coaching ability to identify future development opportunities, including the use of questioning, listening and communication strategies"
C22 = "Produce a relevant development plan covering a minimum of 6 months, including timescales and measures of success"

JOURNAL = [
    H(0, "Reflective Journal - Unit 303 Reflecting on Coaching Skills within an Organisational Context"),
    T(
        ["Name of learner", "Anjali Mehta"],
        ["Job title", "Director of Studies, Southcliff School of English"],
        ["Centre", "Weald Leadership Centre"],
        ["Supporting file", "Mehta_303_Appendices.pdf (Appendices 1-3)"],
    ),
    H(1, "Authentication"),
    P("""I confirm that this reflective journal and its appendices are my own work and that the
      coaching described took place. Signature: A. Mehta. Date completed: 30 May 2025."""),

    H(1, "Unit 303 Reflective Journal evidence matrix"),
    T(
        ["Unit 303 Reflecting on Coaching Skills within an Organisational Context", "Reflective Journal Evidence Title", "Reference Number"],
        ["Section One", "", ""],
        ["AC 1.1 " + C11, "How effective was my coaching? Supervision record. Feedback summary", "J1.1-J1.5; App 1; App 2"],
        ["AC 1.2 " + C12, "Strengths and areas for improvement", "J2.1-J2.3"],
        ["Section Two", "", ""],
        ["AC 2.1 " + C21, "Reviewing my questioning, listening and communication", "J2.4-J2.7"],
        ["AC 2.2 " + C22, "CPD plan June - December 2025", "App 3"],
    ),

    H(1, "Introduction"),
    P("""Southcliff is a year-round school for adult and junior students from about forty
      countries, accredited by the British Council, with twenty-two teachers in winter and up
      to sixty in the summer. For unit 302
      I coached two of our senior teachers for six hours each between January and April:
      Coachee 1, who was preparing to step up to assistant director of studies, and Coachee 2,
      our teacher trainer, who wanted to give better feedback after lesson observations. This
      journal examines how effective my coaching was using my records, feedback and
      supervision, identifies my strengths and areas for improvement, reviews my questioning,
      listening and communication, and points to my development plan."""),

    H(1, "Criterion 1.1 - How effective was my coaching?"),
    P("""J1.1 I have used three kinds of evidence: my own session records and reflective log
      from unit 302, the feedback both coachees gave (summarised in Appendix 2), and my two
      supervision sessions (Appendix 1). I have tried to judge effectiveness against what the
      coachees wanted to achieve, not against how the sessions felt to me."""),
    P("""J1.2 Records. My session records show that Coachee 1 met both of her goals: she chaired
      the weekly academic meeting from February, and she wrote the new placement test
      procedure herself. Coachee 2 met one of two goals. His observation feedback now starts
      with the teacher's own view, but his second goal, cutting his written feedback from four
      pages to one, stalled. When I read my records in order I noticed that from session 4 the
      actions for Coachee 2 were written in my words, which suggests I had started to lead."""),
    P("""J1.3 Feedback. Coachee 1 scored every session 4 or 5 out of 5 and wrote that she "came
      out knowing what to do on Monday". Coachee 2's scores were lower (3, 3, 4, 2, 4, 4), and
      after session 4 he wrote that he "felt steered". That matches what the records show.
      The other evidence I had was the teachers' own end-of-term survey, where two staff
      mentioned that Coachee 1's meetings were "shorter and more useful", which suggests the
      coaching reached beyond the coachee."""),
    P("""J1.4 Supervision. My supervisor listened to my account of session 4 with Coachee 2 and
      asked what I wanted him to do about the written feedback. I said "cut it down", and she
      pointed out that I had never asked him what he wanted, because I was his line manager's
      line manager and had an opinion of my own. It was an uncomfortable moment, but it
      showed me that the stalled goal was more my goal than his. In the second supervision we
      looked at a recording (with consent) of session 6, where I asked him what a good
      written report would do for a teacher, and he redesigned the form himself."""),
    P("""J1.5 Overall, my coaching was effective where I kept out of the content (Coachee 1, and
      Coachee 2's first goal) and less effective where I had a stake in the answer. The
      evidence from all three sources points the same way, which makes me trust it."""),

    H(1, "1.2 & 2.1) What I do well, what I need to work on, and where I go next"),
    P("""J2.1 Strengths. Knowledge: I know the job my coachees do inside out (I have done CELTA and
      DELTA and taught for fifteen years) and I know GROW well, which means I can follow their thinking quickly. Skills: I am good at structuring
      a session and at summarising; both coachees said my summaries helped them see what
      they had decided. Behaviour: I am reliable and well prepared, I kept every session, and
      I protected the time even in a busy February intake. Interpersonal: people find me warm,
      and I build rapport easily with people from different cultures, which our staffroom
      needs."""),
    P("""J2.2 Areas for improvement. Knowledge: I know one model only, and when Coachee 2 was
      stuck I had nothing else to try. Skills: I ask two or three questions in a row and
      then answer one of them myself. Behaviour: I find it hard to stay neutral when I have a
      view, and my face shows it. Communication: as a former teacher I over-explain, and in
      coaching that fills the space the coachee should be using."""),
    P("""J2.3 In short, my strengths are structure, summarising, reliability and rapport; my
      areas for improvement are range of approaches, question stacking, neutrality and
      saying less."""),
    P("""J2.4 Reviewing my coaching ability as a whole, I am a capable new coach with good habits
      around the session and weaker habits inside it. Three areas stand out for development:
      questioning, listening and communication."""),
    P("""J2.5 Questioning. My recording of session 6 showed 11 occasions where I stacked
      questions. My strategy is to ask one question and then stop, and to build a small bank
      of questions that do not lead, for example "What would you like to happen?" and "What
      else?". I also want to learn a second model, probably Kline's Thinking Environment,
      which is built on asking fewer, better questions."""),
    P("""J2.6 Listening. I listen well for content but not for what is underneath. When Coachee 2
      said the written reports were "expected", I heard a fact where there was a feeling. I
      will practise listening for the words people stress and reflect them back before I
      move on, and I will ask my supervisor to listen to one recording only for that."""),
    P("""J2.7 Communication. My development opportunity is to talk less and show less: shorter
      contributions, and noticing my facial expression when I disagree. I will also join the
      peer coaching trios that the regional English UK group is starting, so that I coach
      people outside my own school, where I have no stake in the answer."""),

    H(1, "Criterion 2.2 - Development plan"),
    P("""J3.1 My CPD plan for June to December 2025 is Appendix 3 in the appendices file. I
      discussed it with my supervisor on 20 May and it builds on the areas above."""),

    H(1, "Summary"),
    P("""Looking back at my records, feedback and supervision has shown me where my coaching
      worked and where it did not. I have identified my strengths and areas for improvement,
      reviewed my questioning, listening and communication, and set out a plan with
      timescales and measures for the next six months."""),
]

APPENDICES = [
    H(0, "Unit 303 Reflective Journal - Appendices"),
    P("Anjali Mehta, Southcliff School of English. To be read with the journal (Word file)."),

    H(1, "Appendix 1 - Supervision record"),
    T(
        ["Supervisor", "Dr Fiona Cairns (external coach supervisor)"],
        ["Session 1", "13 March 2025, 60 minutes, video call"],
        ["Themes", "Session 4 with Coachee 2; manager/coach boundary; whose goal is it?"],
        ["Agreed actions", "Ask Coachee 2 what he wants from the report; record session 6 with consent"],
        ["Session 2", "24 April 2025, 60 minutes, in person"],
        ["Themes", "Recording of session 6: question stacking (11 times); listening for feeling"],
        ["Agreed actions", "One question at a time; read Kline; draft CPD plan for May"],
    ),

    H(1, "Appendix 2 - Coachee feedback summary"),
    T(
        ["Session", "Coachee 1 score", "Coachee 1 comment", "Coachee 2 score", "Coachee 2 comment"],
        ["1", "4", "Good to think out loud", "3", "Not sure yet"],
        ["2", "5", "Clear next steps", "3", "-"],
        ["3", "4", "-", "4", "Useful on the first goal"],
        ["4", "5", "Came out knowing what to do on Monday", "2", "Felt steered"],
        ["5", "5", "-", "4", "Better"],
        ["6", "5", "Thank you for the time", "4", "Redesigned the form myself"],
    ),

    H(1, "Appendix 3 - CPD plan, June to December 2025"),
    T(
        ["Development goal and actions", "Timescale", "Measure of success (support)"],
        ["1. Stop stacking questions: one question, then wait; keep a bank of non-leading questions on a card",
         "June - August",
         "No more than 3 stacked questions in a recorded session (supervisor reviews it in September)"],
        ["2. Learn a second approach: read Time to Think; practise a Thinking Session with a peer",
         "July - October",
         "Used with two coachees and noted in my records (peer coaching trio)"],
        ["3. Listen for feeling as well as content: reflect back stressed words before moving on",
         "June - December",
         "Coachee feedback forms mention feeling understood"],
        ["4. Say less, show less: shorter contributions; ask coachees to flag it",
         "From June",
         "Talk time under a third in a recorded session (supervisor)"],
        ["5. Coach outside my own line: join the English UK peer coaching trios and coach two teachers from other schools",
         "September - December",
         "Two external coachees, six sessions each, feedback scores of 4 or more"],
    ),
    P("Plan discussed with my supervisor on 20 May 2025 and reviewed at the end of September."),
]

CASE = Case(
    name="sm_303_language_school_portfolio",
    unit="8587-303",
    kind="portfolio",
    files=[
        SourceFile("Mehta_303_Reflective_Journal.docx", JOURNAL),
        SourceFile("Mehta_303_Appendices.pdf", APPENDICES),
    ],
    labels={
        "1.1": "the stalled goal was more my goal than his",
        "1.2": "then answer one of them myself",
        "2.1": "I heard a fact where there was a feeling",
        "2.2": "No more than 3 stacked questions",
    },
    expected_checks={"declaration": True, "evidence_matrix": True, "identifying": []},
    about="Language school director of studies' 303 portfolio: Word journal with signed authentication, the handbook's evidence matrix pointing at journal paragraph numbers and the PDF appendices, 1.1 label in the 4th of five paragraphs, combined '1.2 & 2.1)' heading, 2.2 only in Appendix 3's CPD plan table in the PDF, supervision record naming the supervisor where the form asks, clean.",
)
