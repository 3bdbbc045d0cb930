"""8587-303 Reflecting on Coaching Skills: an insurance claims team manager's journal, PDF.

Oluwaseun Adeyemi manages a motor claims team at a mutual insurer and coached two team
leaders (Coachee A and Coachee B) for unit 302. He uses his centre's template saved as PDF:
a cover table, the handbook's Reflective Journal evidence matrix with a "Where evidenced"
column filled in, then Section One as a template table whose rows hold the criterion text
in one cell and his answer in the next (1.1 and 1.2), then Section Two with ordinary headings
for 2.1 and a development plan table for 2.2, whose label sits in a table cell. The matrix
repeats every criterion's wording, and an introduction and a closing summary touch every
topic. Signed declaration at the end.
"""

from .case import Case, H, P, SourceFile, T

C11 = "Examine the effectiveness of their own coaching practice based on evidence, including records, supervision and feedback"
C12 = ("Identify own strengths and areas for improvement of their own knowledge, skills and behaviour, "
       "including communication and interpersonal skills")
C21 = ("Review own coaching ability to identify future development opportunities, including the use of "
       "questioning, listening and communication strategies")
C22 = "Produce a relevant development plan covering a minimum of 6 months, including timescales and measures of success"

BLOCKS = [
    H(0, "Reflective Journal - Unit 303"),
    P("Reflecting on Coaching Skills within an Organisational Context"),
    T(
        ["Name of learner", "Oluwaseun Adeyemi"],
        ["Organisation", "Harrowgate Mutual Insurance, Motor Claims"],
        ["Centre", "Pennine Leadership Academy"],
        ["Date completed", "30 May 2025"],
    ),
    H(1, "Introduction"),
    P("""Between October and March I coached two team leaders in Motor Claims as my practical
      evidence for unit 302. Both had been promoted within the last year and wanted to get
      better at leading their teams through a very heavy claims period after the winter
      floods. This journal examines how effective my coaching was using my records, the
      feedback I gathered and my supervision, identifies my strengths and the areas I need
      to improve, reviews my coaching ability as a whole, and sets out a development plan for
      the next six months. I have used my centre's template for Section One because I found
      it helped me keep each answer to the point, and written Section Two more freely."""),
    H(1, "Reflective Journal evidence matrix"),
    T(
        ["Unit 303 criterion", "Reflective Journal evidence title", "Where evidenced"],
        ["AC 1.1 " + C11, "Examining my effectiveness (records, feedback, supervision)", "Section One, row 1, p. 2"],
        ["AC 1.2 " + C12, "Strengths and areas for improvement", "Section One, row 2, p. 2-3"],
        ["AC 2.1 " + C21, "Review of my coaching ability", "Section Two, p. 3"],
        ["AC 2.2 " + C22, "Six-month CPD plan", "Section Two, table, p. 4"],
    ),

    H(1, "Section One"),
    T(
        ["Assessment criterion", "Learner evidence"],
        ["AC 1.1 " + C11,
         """I coached two team leaders over thirteen hours in total (Coachee A 7 hours, Coachee B 6
         hours). To judge how effective this was I went back through my session records, the
         feedback forms both coachees filled in after each session, and my two supervision
         sessions with my coaching supervisor. The records show both coachees made
         progress on their goals: Coachee A now runs her own weekly one-to-ones, and Coachee B's
         team reduced the backlog of unallocated claims from 140 to under 40. But the feedback
         was uneven. Coachee A scored most sessions 4 or 5 out of 5, while Coachee B's scores
         dipped to 2 in session three, where he wrote "felt like I was being managed". When I
         reread my notes for that session, I had spent twenty minutes on claims figures,
         which is my day job talking, not coaching. Supervision confirmed this."""],
        ["AC 1.2 " + C12,
         """Strengths. Knowledge: I understand GROW well and know the claims operation inside out,
         so I can follow what coachees describe. Skills: I am organised, my records are complete,
         and coachees say I summarise well. Behaviour: I am reliable, never cancelled a session,
         and I stay calm when a coachee gets upset. Interpersonal: both said they found me easy
         to talk to. Areas for improvement. Knowledge: I know one model only and rely on it too
         heavily. Skills: I ask too many closed questions when I am under time pressure, and I
         fill silences. Communication: I slip into my manager voice, which Coachee B picked up.
         Behaviour: I want to fix things, and my impatience shows in my body language, such as
         tapping a pen, which my supervisor noticed on the recording."""],
    ),

    H(1, "Section Two"),
    H(2, "AC 2.1 Review of my coaching ability"),
    P("""Looking at my coaching as a whole, I am a competent beginner. The structure of a session
      is solid, and I can build rapport. Where I am weaker is in the moment-to-moment skills that
      make coaching different from managing."""),
    P("""Questioning. In my recording of session five with Coachee A, I counted 31 questions, of
      which 14 were closed and four were really suggestions with a question mark on the end
      ("Have you thought about asking HR?"). I want to develop a wider range of open and
      clean questions. The opportunity is the half-day Clean Language workshop our L&D team runs
      in the autumn, and practising with the coaching triad in our region."""),
    P("""Listening. I listen for the content and miss the feelings underneath. My supervisor suggested
      I practise listening at level 2 and 3 (Kimsey-House et al.), noticing tone and what is
      not said. I will ask a colleague to observe a session and note when I interrupt."""),
    P("""Communication strategies more widely. I need to manage my non-verbal signals, especially
      impatience, and to adjust how I speak to different people: Coachee B needed more space
      and less structure than Coachee A. Development opportunities are the peer coaching
      triad, continuing supervision every two months, reading Nancy Kline's Time
      to Think, and in time the ILM Level 5 in Coaching and Mentoring."""),
    H(2, "AC 2.2 Six-month development plan"),
    P("Discussed and agreed with my supervisor on 22 May 2025. Review dates are in my diary."),
    T(
        ["Development goal", "Actions", "Timescale", "Measure of success"],
        ["Ask more open and clean questions", "Clean Language workshop; use a question prompt card in sessions",
         "June to September 2025", "No more than 1 in 4 questions closed in a recorded session"],
        ["Listen beyond the words", "Level 2 and 3 listening practice in triad; observer notes interruptions",
         "June to August 2025", "Observer records fewer than 3 interruptions per hour"],
        ["Control impatience and non-verbal signals", "Review recordings; no pen in sessions; feedback from coachees",
         "July to October 2025", "Coachee feedback on 'felt listened to' averages 4.5 or above"],
        ["Learn a second model", "Read and try OSKAR with a new coachee", "September to November 2025",
         "Used with a coachee and reviewed in supervision"],
        ["Continue supervision", "Two-monthly supervision", "June to December 2025",
         "Four sessions held and themes logged"],
    ),

    H(1, "Summary"),
    P("""Looking back at the evidence, my records, feedback and supervision all point the same
      way: good structure and reliability, not yet enough depth in questioning and listening.
      My plan for the next six months targets exactly those, with clear dates and measures."""),
    H(1, "References"),
    P("Kimsey-House, H. et al. (2018) Co-Active Coaching. 4th edn. Boston: Nicholas Brealey."),
    P("Kline, N. (1999) Time to Think. London: Cassell."),
    P("Whitmore, J. (2017) Coaching for Performance. 5th edn. London: Nicholas Brealey."),
    H(1, "Declaration"),
    P("""I declare that this reflective journal is my own work and that the coaching it describes
      took place. Signed: O. Adeyemi   Date: 30/05/2025"""),
]

CASE = Case(
    name="sj_303_claims_pdf",
    unit="8587-303",
    kind="structured-pdf",
    files=[SourceFile("Adeyemi_303_Reflective_Journal.pdf", BLOCKS)],
    labels={
        "1.1": "felt like I was being managed",
        "1.2": "tapping a pen, which my supervisor noticed",
        "2.1": "four were really suggestions with a question mark",
        "2.2": "No more than 1 in 4 questions closed",
    },
    expected_checks={"declaration": True, "evidence_matrix": True},
    about="Claims manager's 303 PDF on a centre template: evidence matrix with 'Where evidenced' column repeating every criterion, 1.1 and 1.2 answered in criterion|answer template rows, 2.1 under a heading, 2.2 label inside a plan table cell, summary naming every topic, signed declaration.",
)
