"""8587-303 Reflecting on Coaching Skills: the centre's Word template, heading styles kept.

A hospital pharmacy lead fills in the centre's reflective journal template: an
authentication form (learner, registration number, supervisor, tutor), the evidence
matrix listing every AC, then for each AC the criterion and the handbook's guidance
pasted above her own answer. Anonymised coachees; models, authors and the centre's
generic address appear.
"""

from corpus.case import B, Case, H, P, SourceFile, T

C11 = "Examine the effectiveness of their own coaching practice based on evidence, including records, supervision and feedback"
C12 = "Identify own strengths and areas for improvement of their own knowledge, skills and behaviour, including communication and interpersonal skills"
C21 = "Review own coaching ability to identify future development opportunities, including the use of questioning, listening and communication strategies"
C22 = "Produce a relevant development plan covering a minimum of 6 months, including timescales and measures of success"

BLOCKS = [
    H(0, "Reflective Journal: Unit 303 Reflecting on Coaching Skills within an Organisational Context"),
    H(1, "Authentication sheet"),
    T(
        ["Name of learner", "Priyanka Deshmukh"],
        ["ILM registration number", "D3381904"],
        ["Centre", "Midlands Coaching Academy"],
        ["Coaching supervisor", "Martin Ellery"],
        ["Tutor", "Joanne Whitcombe"],
        ["Signature", "P. Deshmukh"],
        ["Date completed", "2 December 2026"],
    ),
    P("""Learner declaration: I confirm that the work in this reflective journal is my own and
      that the evidence referred to was produced by me during my unit 302 coaching."""),
    P("Completed journals are returned to the centre office at enquiries@centre.example."),

    H(1, "Reflective Journal evidence matrix"),
    T(
        ["Unit 303", "Reflective Journal Evidence Title", "Reference Number"],
        ["AC 1.1 " + C11, "Summary examination of my coaching; coaching diary; feedback forms", "RJ1, 302/4, 302/7"],
        ["AC 1.2 " + C12, "Strengths and areas for improvement statement", "RJ2"],
        ["AC 2.1 " + C21, "Review of my coaching ability", "RJ3"],
        ["AC 2.2 " + C22, "CPD plan January to June", "RJ4"],
    ),

    H(1, "Section One"),
    H(2, "AC 1.1"),
    P(C11),
    P("""Guidance: Referencing the evidence collected for unit 302, the learner presents a
      summary examination of the effectiveness of their coaching practice. Coaching Diary,
      Reflective Log, Feedback to coach from individual being coached, Outcomes of a
      supervision session, Feedback on the learner's coaching."""),
    P("Learner response (RJ1):"),
    P("""I coached two pharmacy technicians in the hospital dispensary, Coachee A and Coachee B,
      for a total of twelve and a half hours between June and October. My coaching diary shows
      that Coachee A came with a clear goal, to be ready to apply for the band 5 medicines
      management role, and by session six she had completed her accuracy checking
      accreditation and had an interview date. Coachee B's goal was vaguer, to feel less
      overwhelmed by the Monday discharge rush, and our records show we spent three sessions
      on the Reality stage of GROW before he could say what he actually wanted."""),
    P("""The feedback forms after each session were mostly positive. Coachee A rated every
      session 4 or 5 out of 5. Coachee B's ratings rose from 2 to 5, and in session four he
      wrote that the scaling questions helped him see that things were better than he
      thought. The observation by my tutor in session five noted good rapport, but also that I
      moved to options too quickly."""),
    P("""Supervision gave me the most honest picture. In my first supervision session I
      described feeling stuck with Coachee B, and my supervisor asked whose goal I was
      working towards; I realised I had been pushing him towards a rota change I thought
      was sensible. Overall I would say my coaching was effective for a coachee with a clear
      goal but less effective where the goal needed shaping, because my pharmacist training
      makes me want to solve problems quickly."""),

    H(2, "AC 1.2"),
    P(C12),
    P("""Guidance: A learner statement or record which identifies relevant strengths and areas
      for improvements focusing on knowledge, skills and behaviour, including communication
      and interpersonal skills."""),
    P("Learner response (RJ2):"),
    T(
        ["", "Strengths", "Areas for improvement"],
        ["Knowledge", "GROW and OSCAR; contracting; confidentiality limits in an NHS trust",
         "Few tools beyond scaling and the wheel; limited knowledge of psychometrics"],
        ["Skills", "Summarising; keeping sessions to time; clear records",
         "Staying with silence; asking one question at a time"],
        ["Behaviour", "Reliable, calm, non-judgemental",
         "Impatience to fix things; steering towards my own solution"],
    ),
    P("""My communication strength is clarity, which comes from years of counselling patients on
      their medicines. Interpersonally I build trust quickly with people who are like me,
      but I was slower with Coachee B, who is quieter. My clearest weakness is stacking
      questions, asking two or three at once so the coachee answers the easiest; my tutor
      counted five stacked questions in one observed session."""),

    H(1, "Section Two"),
    H(2, "AC 2.1"),
    P(C21),
    P("""Guidance: A learner statement or record which outlines a review of own coaching
      ability and identifies future development opportunities which include the use of
      questioning, listening and communication strategies."""),
    P("Learner response (RJ3):"),
    P("""Taking my diary, feedback and supervision together, I am a competent beginner. The
      development opportunities I see are, first, learning to ask one clean question and then
      wait, which I could practise in the trust's coaching network triads. Second, listening
      for what is not said: my supervisor suggested I notice energy and body language, and
      the trust runs a course on this. Third, reading more widely, for example Kline's work on
      attention and Clutterbuck on developmental conversations. There is also an opportunity
      to coach a junior pharmacist through the foundation year, which would give me a third
      coachee with a different kind of goal."""),

    H(2, "AC 2.2"),
    P(C22),
    P("""Guidance: A Development Plan for a minimum of 6 months which includes clear
      targets/goals and details of development in relevant areas, (discussed with
      supervisor/tutor). Development Plan should include timescales and ways in which success
      will be measured."""),
    P("Learner response (RJ4): CPD plan agreed with my supervisor on 25 November."),
    T(
        ["Development goal", "Actions", "Timescale", "Measure of success"],
        ["Ask single, open questions", "Triad practice monthly; audio-record two sessions", "January to March",
         "No more than one stacked question per recorded session"],
        ["Stay with silence", "Count five seconds before speaking; note in reflective log", "January to June",
         "Coachee feedback mentions time to think"],
        ["Broaden my toolkit", "Attend the trust's values cards workshop; try two new tools", "By April",
         "Two tools used and reviewed in supervision"],
        ["Coach a third coachee", "Agree a foundation pharmacist coachee through the education lead", "Start in May",
         "Contract signed and three sessions held by end of June"],
    ),
    B("Review of the plan with my supervisor at the end of March and again at the end of June."),

    H(1, "References"),
    P("Clutterbuck, D. (2014) Everyone Needs a Mentor. London: CIPD."),
    P("Kline, N. (1999) Time to Think. London: Ward Lock."),
    P("Whitmore, J. (2017) Coaching for Performance. London: Nicholas Brealey."),
]

CASE = Case(
    name="b_303_template",
    unit="8587-303",
    kind="structured-docx",
    files=[SourceFile("303_journal_Deshmukh.docx", BLOCKS)],
    labels={
        "1.1": "whose goal I was working towards",
        "1.2": "stacking questions",
        "2.1": "coaching network triads",
        "2.2": "values cards workshop",
    },
    expected_checks={"declaration": True, "evidence_matrix": True, "identifying": []},
    about="Pharmacy lead's 303 journal in the centre template: matrix, pasted criteria and guidance above answers; clean.",
)
