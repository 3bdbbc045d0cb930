"""8587-305 reflective journal: a pest control company's branch service manager, styled DOCX.

Marcus Oduya is Branch Service Manager at the Leeds branch of a pest control company (Vermex
Environmental), with 19 field technicians covering food factories, restaurants, housing and
domestic call-outs. His 304 mentees were "Tech 1", a technician eight months into the job
struggling with food-factory contracts and their audits, and "Tech 2", an experienced
technician who wants to become the branch's field biologist. The 305 is a reflective journal in
Word with his own headings ("Looking at the evidence", "What I'm good at and what I'm not",
"Where next", "Plan - October to April"), no AC numbers in the body, a pasted box of his tutor's
comments after supervision 2, a strengths/improvements table by knowledge, skills, behaviour,
communication and interpersonal, a plan table, and the 305 evidence matrix filled in at the END
of the document rather than the front, then a signed declaration.

Traps for the finder: the AC text appears in the matrix at the end (the labels sit in the
answers, not the matrix); 1.1's examination is spread over records, supervision and feedback
paragraphs; 2.1 and 2.2 both talk about questioning and listening, the plan table repeats 2.1's
development areas as goals.

Clean: Marcus Oduya (learner), Frances Leigh (his tutor, in the header table and the pasted
tutor's comments box), Tech 1/Tech 2, the Technical Manager of a client food factory and the
Area Director by role, Vermex Environmental, BPCA, the PROMPT register, BRCGS, RSPH, EMCC,
Gibbs, Kolb, Schön, the Johari window, Nancy Kline, GROW, Clutterbuck, Leeds, Wakefield, Ficam
and other products.

No practice figures (305 is a reflective unit); his 304 hours are mentioned in passing only.
"""

from corpus.case import Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "Unit 305 Reflective Journal - Reflecting on Mentoring Skills"),
    T(
        ["Name", "Marcus Oduya"],
        ["Job", "Branch Service Manager, Vermex Environmental (Leeds branch)"],
        ["Tutor / supervisor", "Frances Leigh"],
        ["Date", "3 October 2025"],
    ),

    H(1, "Intro"),
    P("""This journal looks back at the mentoring I did for Unit 304 between March and July with two
      of my field technicians, Tech 1 and Tech 2, and plans what I do next. We are a pest control
      company; my branch has 19 technicians who spend their day in vans going between food
      factories, restaurants, housing association blocks and people's kitchens. Tech 1 joined
      eight months before we started and was struggling with our food-factory contracts, where
      the customer is audited under BRCGS and the pest control file has to be perfect. Tech 2 has
      eleven years in and wants to become the branch's field biologist (the person who does the
      surveys and risk assessments for new contracts). The mentoring came to 13 hours 40 over 14
      sessions, which is in my 304 log."""),

    H(1, "Looking at the evidence"),
    P("""I went back through three kinds of evidence: my own records (the log and a session note for
      each session), my two supervision sessions and the observation, and the feedback from both
      mentees and from one customer. I used Gibbs' cycle to go through it, mainly the evaluation
      and analysis stages, because it made me say what was good and bad before I said why."""),
    P("""Records. My session notes have a box for 'who talked most' which I filled in honestly, and
      my own log shows I did most of the talking in five of the first seven sessions, all with
      Tech 1. After the midpoint that dropped to one out of seven. So I got better, but the early
      sessions were closer to training than mentoring. The log also shows I cancelled three
      sessions in June, all for wasp call-outs when we were short of technicians - every one of
      them was my choice, not the mentee's, and it told Tech 2 that mentoring came second. Goals:
      Tech 1's goal of passing a customer audit with no pest control non-conformances was met in
      June, and the Technical Manager at that food factory emailed to say his file was the best
      she had seen from us. Tech 2's goal of completing the RSPH Level 3 and shadowing three
      surveys was only half met - she did the surveys, but the course was postponed."""),
    P("""Supervision. In supervision 1 my tutor asked me to play back part of a session I had
      recorded with Tech 1's permission, and I heard myself answer my own question twice in two
      minutes. The observation in supervision 2 confirmed it was less by then but still there.
      Her comments are pasted below. The supervision also showed me I was treating the sessions
      like job reviews, with a list, because that is what I am used to."""),
    T(
        ["Tutor's comments after supervision 2 (copied from Frances Leigh's e-mail, 4 July)"],
        ["Marcus, real progress since May. You waited for Tech 2's answers and the silence didn't look comfortable but you held it. Two things to work on: you still close sessions by summarising for them instead of asking them to summarise, and your questions starting 'why' land as blame in a workplace where mistakes cost contracts. Good use of GROW - you went back to Reality when the Options ran dry."],
    ),
    P("""Feedback. Both mentees filled in a four-question form after every session. Tech 1's scores
      went from 3s to 5s and her comments moved from 'useful tips' to 'I worked it out myself',
      which is the change I wanted. Tech 2 scored everything 4 and wrote very little, which I
      first took as satisfaction and now think was politeness; when I asked her at the final
      review what she had really thought, she said the cancellations made her feel like an
      afterthought. Putting the three sources side by side, the evidence says my mentoring was
      effective for the person who needed direction and less effective for the one who needed
      space and commitment."""),

    H(1, "What I'm good at and what I'm not"),
    P("""I used a Johari window with my tutor and with Tech 1 (who was happy to help) to check my own
      view against theirs, then put the results in the table below."""),
    T(
        ["Area", "Strength", "To improve"],
        ["Knowledge", "Technical knowledge of pests, products (Ficam, rodenticides), BRCGS audits and the customers", "Knowledge of mentoring models beyond GROW; I only knew one"],
        ["Skills", "Planning and organising sessions around the van routes; record keeping", "Letting the mentee summarise; staying quiet"],
        ["Behaviour", "Reliable, honest, keeps confidences", "Cancelling for operational reasons; too directive early on"],
        ["Communication", "Clear, practical, uses examples", "'Why' questions; answering my own questions; jargon with customers"],
        ["Interpersonal", "Builds rapport quickly, people trust me", "Reading quieter people - I missed what Tech 2 wasn't saying"],
    ),
    P("""The pattern in the table is that my technical knowledge is a strength and a trap at the same
      time: it makes technicians trust me, and it makes me reach for the answer. My interpersonal
      strength is rapport with people like me (talkative, practical) and my weakness is with
      quieter people, where I fill the gaps. Tech 2 is quieter and I fill the gaps."""),

    H(1, "Where next"),
    P("""Questioning: I will swap why questions for what questions ('what was happening when the
      bait point got missed?' instead of 'why did you miss it?'), because in our industry a
      missed bait point can lose a contract and 'why' sounds like a disciplinary. I will also
      write my opening question down before every session and ask the mentee to summarise at
      the end, not me. Listening: I listen well face to face and badly on the phone, and half of
      my conversations with technicians are on the phone while they drive between jobs. I need
      to stop doing emails during those calls and try Nancy Kline's idea of giving full attention
      without interrupting, which I read about in Time to Think. Communication strategies: slow
      down, check understanding, and with customers cut the jargon."""),
    P("""Opportunities I have found: the BPCA runs a mentoring programme for new technicians across
      member companies, and being a mentor on it would give me mentees I do not manage, which
      would take away the power issue. Continuing supervision with my tutor (three more sessions
      are available through the centre). A peer mentoring arrangement with the Wakefield branch
      manager, who did the same ILM course last year, where we observe each other. Recording
      one session a month with permission and listening back. EMCC webinars, which are free to
      members and count towards the PROMPT CPD points I need anyway."""),

    H(1, "Plan - October to April"),
    P("""The plan runs from October to the end of April, seven months, and I will review it with my
      tutor in January and with my Area Director at my April appraisal."""),
    T(
        ["Goal", "What I'll do", "By when", "How I'll know (measure)", "Support"],
        ["1. Ask better questions", "Swap 'why' for 'what'; write opening question down; mentee summarises", "Start Oct, review end Dec", "Recording shows no 'why' questions and mentee summarises in 4 of 4 sessions", "Tutor, recordings"],
        ["2. Listen on the phone", "No emails during calls with techs; note one thing they said", "Oct - Jan", "Technicians say I'm listening (ask 3 in Jan)", "Peer mentor"],
        ["3. Mentor someone I don't manage", "Apply to BPCA mentor scheme", "Apply Oct, mentee by Dec", "Matched with a mentee; 4 sessions by April", "BPCA, Area Director"],
        ["4. Stop cancelling", "Sessions in the diary as 'customer' appointments, not admin", "From Nov", "No cancellations by me Nov - April", "Branch admin"],
        ["5. Learn a second model", "Read Clutterbuck; try OSCAR with BPCA mentee", "By Feb", "Used in 3 sessions, reflection written", "Tutor"],
        ["6. Supervision", "Three sessions with tutor, one with a recording", "Nov, Jan, Mar", "Three held, actions recorded", "Centre"],
        ["7. Peer observation", "Observe and be observed by Wakefield branch manager", "Once each by March", "Written feedback both ways", "Peer mentor"],
    ),
    P("""Success at the end of April will be: a new mentee outside my branch, no cancellations on my
      side, and recordings where I talk less than a third of the time."""),

    H(1, "Evidence matrix (Unit 305)"),
    T(
        ["Unit 305", "Reflective Journal Evidence Title", "Reference Number"],
        ["AC 1.1 Examine the effectiveness of their own mentoring practice based on evidence, including records, supervision and feedback", "Looking at the evidence (incl. tutor's comments)", "Pages 1-2"],
        ["AC 1.2 Identify own strengths and areas for improvement of their own knowledge, skills and behaviour, including communication and interpersonal skills", "What I'm good at and what I'm not (table)", "Page 3"],
        ["AC 2.1 Review own mentoring ability to identify future development opportunities, including the use of questioning, listening and communication strategies", "Where next", "Page 3-4"],
        ["AC 2.2 Produce a relevant development plan covering a minimum of 6 months, including timescales and measures of success", "Plan - October to April", "Page 4"],
    ),
    P("Name of learner: Marcus Oduya. Signature: M Oduya. Date completed: 3 October 2025"),
    P("""Declaration: I confirm this reflective journal is my own work. Marcus Oduya"""),
]

CASE = Case(
    name="za_b_8587_305_pest_control_docx",
    unit="8587-305",
    kind="structured-docx",
    files=[SourceFile("305 reflective journal M Oduya.docx", BLOCKS)],
    labels={
        "1.1": "my own log shows I did most of the talking in five of the first seven sessions",
        "1.2": "my technical knowledge is a strength and a trap at the same time",
        "2.1": "I will swap why questions for what questions",
        "2.2": "The plan runs from October to the end of April, seven months",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": True,
        "identifying": [],
    },
    about="Pest control branch service manager's 305 journal as styled DOCX: own headings with no AC numbers, 1.1 examined across records, supervision and feedback paragraphs with a pasted tutor's-comments box, a knowledge/skills/behaviour/communication/interpersonal table, a seven-month plan table, the evidence matrix filled in at the end not the front, signed declaration; clean (tutor named, Johari, Kline, BPCA, products).",
)
