"""8587-303 Reflecting on Coaching Skills: a drainage contractor's operations manager, reflective journal as a PDF with cover sheet and evidence matrix.

Paul Ashworth is operations manager at a drainage and CCTV survey contractor in Stockport. For
unit 302 he coached two newly promoted crew leaders, "Coachee 1" (a jetting crew) and "Coachee
2" (a CCTV survey crew), six sessions each. This 303 journal is a Word document saved as PDF:
an authentication sheet (declaration signed, tutor named where it asks), the handbook's
Reflective Journal evidence matrix filled in with his own titles and references (the matrix
repeats each AC's wording), then his own headings, none carrying an AC number. 

Shapes: 1.1 examined across three paragraphs (records, feedback, supervision) with the
label in the second; 1.2 as a strengths / areas table by knowledge, skills, behaviour,
communication and interpersonal, with a paragraph after it; the development plan (2.2) comes
BEFORE the review that leads to it (2.1), which sits under "How I got to the plan"; the plan
runs May to November (seven months). References at the end.

Clean: no planted details. Not identifying: Paul's own name and signature, his tutor on the
authentication sheet, Coachee 1 / Coachee 2, the contracts manager and MD by role, ClearFlow
Drainage, United Utilities, Stockport and Trafford Park, WinCan, the NVQ, Kolb, Gibbs, Hawkins
and Shohet (seven-eyed model), Nancy Kline, Whitmore, Johari.
"""

from corpus.case import Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "Unit 8587-303 Reflecting on Coaching Skills within an Organisational Context"),
    P("Reflective Journal - ILM Level 3 Certificate in Effective Coaching and Mentoring"),
    H(1, "Authentication sheet"),
    T(
        ["Learner name", "Paul Ashworth"],
        ["Organisation", "ClearFlow Drainage Services Ltd, Stockport"],
        ["Centre", "Mersey Valley Training"],
        ["Tutor/Assessor", "Janet Fulford"],
        ["Learner declaration", "I confirm that this reflective journal is my own work and that all sources are acknowledged."],
        ["Signed", "P. Ashworth"],
        ["Date", "19 May 2025"],
    ),

    H(1, "Unit 303 Reflective Journal evidence matrix"),
    T(
        ["Name of learner", "Paul Ashworth"],
        ["Signature", "P. Ashworth"],
        ["Date completed", "19/05/2025"],
    ),
    T(
        ["Unit 303 Reflecting on Coaching Skills within an Organisational Context", "Reflective Journal Evidence Title", "Reference Number"],
        ["AC 1.1 Examine the effectiveness of their own coaching practice based on evidence, including records, supervision and feedback",
         "Looking back over my coaching", "RJ1 (pages 2-3); 302 log and records"],
        ["AC 1.2 Identify own strengths and areas for improvement of their own knowledge, skills and behaviour, including communication and interpersonal skills",
         "Strengths and areas to work on", "RJ2 (page 3)"],
        ["AC 2.1 Review own coaching ability to identify future development opportunities, including the use of questioning, listening and communication strategies",
         "How I got to the plan", "RJ4 (page 5)"],
        ["AC 2.2 Produce a relevant development plan covering a minimum of 6 months, including timescales and measures of success",
         "My development plan May - November", "RJ3 (page 4)"],
    ),

    H(1, "Looking back over my coaching"),
    P("""I coached two crew leaders for my 302 unit between January and April. Coachee 1 runs one of our
      jetting crews and was promoted from jetting operative in the autumn; his goal was to stop
      doing every job himself and get his two operatives working without him. Coachee 2 runs a
      CCTV survey van and wanted to get better at dealing with clients on site, especially
      United Utilities' inspectors, without losing his temper. Six sessions each, about an hour,
      in the meeting room at the yard or once in the van at Trafford Park when a job overran. I
      have looked back at my log, my session records, the feedback forms, my reflective notes
      and the two supervision sessions with my tutor to judge how effective I was."""),
    P("""Records. When I read my session records back in one go the pattern was obvious: in the first
      three sessions with each of them the records showed I had done most of the talking, because
      the action points are my ideas in my words ("get C1 to use the job sheet"), not theirs. From
      session four the actions are in their words and they are shorter and more specific. The log
      also shows I cancelled one of Coachee 1's sessions for an emergency collapse job and moved
      it to the next day, which kept the rhythm going. On outcomes, Coachee 1's crew now does
      its morning checks and paperwork without him and his jobs per week went from 9 to 12.
      Coachee 2 has had no complaints from the client since February."""),
    P("""Feedback. Both filled in a short form after every session, scoring 1-5. Coachee 1 averaged 3.5
      for the first three and 4.5 after; his comment in session two was "feels like a telling off
      with nicer words", which stung but was fair. Coachee 2 scored 4s throughout and said the
      most useful bit was role playing the client conversation. The contracts manager also said
      Coachee 2's site reports had improved. Supervision. My tutor observed session five with
      Coachee 2 and in our first supervision she pointed out I jumped in with a solution after
      about ten seconds of silence, twice. In the second we used Hawkins and Shohet's seven-eyed
      model to look at the relationship itself, and I realised I coach Coachee 1 differently
      because I used to do his job and I think I know the answer. Taken together, I'd say I was
      effective on outcomes but less effective than I thought on process for the first half."""),

    H(1, "Strengths and areas to work on"),
    T(
        ["", "Strengths", "Areas for improvement"],
        ["Knowledge", "GROW and how to run a session; I know the work inside out so I follow every example",
         "Other models and tools - I only really used GROW and scaling; ethics code I've only skimmed"],
        ["Skills", "Setting clear actions; summarising at the end", "Holding silence; asking one question at a time"],
        ["Behaviour", "Reliable - only one session moved, never late; honest", "Rescuing - wanting to fix it for them"],
        ["Communication", "Plain speaking, no jargon; rapport with site lads is a real strength",
         "Tone when I'm tired, comes across as a manager not a coach"],
        ["Interpersonal", "Both said they trusted me; easy to talk to", "Reading when someone is uncomfortable - I missed it with Coachee 1 early on"],
    ),
    P("""The strengths are mostly about being dependable and knowing the job. The areas for improvement
      nearly all come back to the same thing: I am used to being the one with the answer. I did a
      Johari window with my tutor and the blind spot she and both coachees named was that I nod
      and say "yeah, yeah" when I have already decided what I think."""),

    H(1, "My development plan May - November"),
    T(
        ["What I want to develop", "Actions", "By when", "How I will know (measure of success)", "Support"],
        ["Questioning - one question at a time, more open", "Write 5 open questions before each session; record three sessions and count my open questions",
         "May - July", "Two thirds of questions open on the recordings; no double questions", "Tutor, coachees' consent"],
        ["Listening - hold silence", "Practise Nancy Kline's Time to Think approach; count to five in my head",
         "June - August", "Coachees' feedback scores on 'I felt listened to' at 4+", "Reading, peer coaching"],
        ["Communication - coach not manager", "Sessions away from my office; no phone on the table; agree a signal for when I'm telling",
         "May onwards", "No 'telling off' comments in feedback; observed session by tutor", "Tutor observation in October"],
        ["Knowledge - wider toolkit and ethics", "Read EMCC code properly; learn OSKAR and the wheel of life and use each once",
         "August - October", "Used both with a new coachee and written up", "Library, CPD webinar"],
        ["Keep coaching", "Take on one new coachee from the next promotions", "September - November",
         "Six sessions held and a review with them", "MD's agreement, monthly supervision"],
    ),

    H(1, "How I got to the plan"),
    P("""Reviewing where I am as a coach: I'm good at getting to actions and I'm trusted, but my
      questioning and listening let me down. Going back through my notes and the observed session,
      I ask two questions at once when I'm nervous ("what happened and why do you think he did
      that?") and the coachee answers the easy one. I also close questions down too early. For
      questioning the opportunity is recording sessions (with consent) so I have real evidence,
      not my memory. For listening, my tutor suggested Nancy Kline's Time to Think and peer
      coaching with another learner on my course so I practise being the listener with someone
      who isn't my employee. For communication, the issue is tone and setting - in my office I
      sound like the boss - so changing where we meet and asking for feedback on it specifically
      is the development, and Kolb's cycle is a good way for me to keep reflecting after each
      session rather than just moving on to the next job. Other opportunities: the centre's CPD
      webinars, the EMCC local group in Manchester, and continuing supervision once a month with
      my tutor while I take on a new coachee. These are what I built the plan above around."""),

    H(1, "References"),
    P("Hawkins, P. and Shohet, R. (2012) Supervision in the Helping Professions. Maidenhead: Open University Press."),
    P("Kline, N. (1999) Time to Think. London: Cassell."),
    P("Kolb, D. (1984) Experiential Learning. Englewood Cliffs: Prentice Hall."),
    P("Whitmore, J. (2017) Coaching for Performance. London: Nicholas Brealey."),
]

CASE = Case(
    name="zd_b_8587_303_drainage_contractor_pdf",
    unit="8587-303",
    kind="structured-pdf",
    files=[SourceFile("Paul Ashworth 303 reflective journal.pdf", BLOCKS)],
    labels={
        "1.1": "the records showed I had done most of the talking",
        "1.2": "rapport with site lads is a real strength",
        "2.1": "I ask two questions at once when I'm nervous",
        "2.2": "record three sessions and count my open questions",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": True,
        "identifying": [],
    },
    about="Drainage contractor's operations manager; 303 journal PDF with an authentication sheet (signed, tutor named), the handbook matrix filled with his own titles, headings without AC numbers, 1.1 across records/feedback/supervision paragraphs, a five-row strengths/areas table, the seven-month plan table before the review that leads to it; clean (Coachee 1/2, WinCan, United Utilities).",
)
