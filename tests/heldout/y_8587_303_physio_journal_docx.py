"""8587-303 reflective journal, DOCX with Word headings: an NHS musculoskeletal physiotherapy team lead.

Owen Pritchard is Clinical Team Lead for community MSK physiotherapy at Pennine Community
Health NHS Trust (clinics in Oldham and Ashton-under-Lyne). For unit 302 he coached three
Band 5 physiotherapists, "Coachee 1", "Coachee 2" and "Coachee 3". His journal opens with a
front sheet table the centre asks for (learner, assessor, coaching supervisor), then the
centre's Unit 303 evidence matrix filled in (his name, his signature as "O. Pritchard", the
evidence titles), then Heading 1 sections and Heading 2 "AC 1.1 ..." headings, a SWOT table
for 1.2 and a six-month plan table for 2.2, references, and a signed declaration.

Clean: nothing planted. Not identifying: his own name and signature, the assessor and the
coaching supervisor in the front sheet fields that ask for them, the Trust, Oldham,
Ashton-under-Lyne, HCPC, CSP, EMCC, ICF, NHS Leadership Academy, authors cited (Gibbs,
Schon, Kline, Egan, Whitmore, Passmore, Jackson and McKergow, Luft and Ingham, Steve Peters),
models (GROW, OSKAR, Johari window), "Coachee 1/2/3", job titles and bands.
"""

from corpus.case import B, Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "Unit 303 Reflective Journal: Reflecting on Coaching Skills within an Organisational Context"),
    T(
        ["Learner", "Owen Pritchard"],
        ["Role", "Clinical Team Lead, MSK Physiotherapy, Pennine Community Health NHS Trust"],
        ["Centre assessor", "Joanne Feeney"],
        ["Coaching supervisor", "Helen Marsh, Consultant Physiotherapist"],
        ["Period reviewed", "January to June 2025 (unit 302 coaching)"],
    ),

    H(1, "Unit 303 Reflective Journal evidence matrix"),
    T(
        ["Name of learner", "Owen Pritchard"],
        ["Signature", "O. Pritchard"],
        ["Date completed", "18 July 2025"],
    ),
    T(
        ["Assessment criterion", "Reflective Journal Evidence Title", "Reference Number"],
        ["AC 1.1 Examine the effectiveness of own coaching practice", "Section One: effectiveness review; coaching log; supervision notes; coachee feedback forms", "1"],
        ["AC 1.2 Identify own strengths and areas for improvement", "Section One: SWOT analysis", "2"],
        ["AC 2.1 Review own coaching ability to identify future development opportunities", "Section Two: review of questioning, listening and communication", "3"],
        ["AC 2.2 Produce a development plan covering a minimum of 6 months", "Section Two: CPD plan August 2025 to January 2026", "4"],
    ),

    H(1, "Section One - Reviewing my coaching practice"),
    H(2, "AC 1.1 Examining the effectiveness of my coaching"),
    P("""Between January and June I delivered thirteen hours of coaching to three Band 5
      physiotherapists in their first rotation with our service. To judge how effective it was I
      have gone back over four sources: my coaching log and session notes, the notes from my three
      supervision sessions, the feedback forms each coachee completed at the end, and my
      reflective log, which I wrote up using Gibbs' cycle after each session."""),
    P("""The records show that all three coachees reached at least one of their goals. Coachee 1
      wanted to run the lower back pain class on her own and has led it every week since April.
      Coachee 2 wanted to reduce his over-running appointments; his clinic template shows
      over-runs fell from around four a day to one. Coachee 3's goal, to feel confident
      discharging patients rather than keeping them on "just in case", was only partly met:
      her average treatment episode fell from seven sessions to six, but in her feedback she
      wrote that she still "feels guilty" at discharge."""),
    P("""The supervision notes give a less flattering picture than the outcomes. In my first
      supervision session my supervisor asked me to play back part of a recorded session (with
      Coachee 2's consent), and I talked for more than half of it. My notes say "clinician mode":
      I was assessing and advising, exactly as I would with a patient. The second and third
      supervision notes show me working on this, and my session notes from March onwards are
      noticeably more about what the coachee said and less about what I suggested."""),
    P("""The coachees' feedback backs this up. All three rated the sessions 4 or 5 out of 5 for
      usefulness, but two commented that early sessions "felt a bit like a clinical supervision"
      and that I "answered questions before we'd finished thinking". Putting the evidence
      together, my coaching was effective at getting results, but early on the results came
      partly from my advice rather than the coachee's own thinking, which is less likely to
      last. Measured against the EMCC competence framework, I would place myself at foundation
      level, moving towards practitioner in the second half of the programme."""),

    H(2, "AC 1.2 My strengths and areas for improvement"),
    P("""I used a SWOT analysis, checked against my supervisor's comments and the feedback forms, and
      covered knowledge, skills and behaviour, including communication and interpersonal skills."""),
    T(
        ["", "Strengths", "Weaknesses / areas for improvement"],
        ["Knowledge", "Good grasp of GROW and of the difference between coaching and clinical supervision in theory",
         "Only one model; little knowledge of solution-focused approaches such as OSKAR"],
        ["Skills", "Structuring sessions and goal setting; summarising accurately",
         "Questioning: too many closed and diagnostic questions, a habit from patient assessment"],
        ["Behaviour", "Reliable and well prepared; kept every session despite clinic pressures",
         "Slipping into expert mode and fixing problems"],
        ["Communication", "Clear, calm and structured; good written session summaries",
         "Filling silences; answering before the coachee has finished thinking"],
        ["Interpersonal", "Builds rapport quickly and is trusted by junior staff",
         "Hierarchy: as their team lead I can be too reassuring and avoid challenge"],
    ),
    P("""Opportunities: the Trust's new internal coaching network and the NHS Leadership Academy's
      coaching register. Threats: clinic pressure, and the fact that I line manage the people I
      coach, which makes real challenge harder. The biggest lesson from this is that my
      clinical habits of questioning are my greatest weakness as a coach."""),

    H(1, "Section Two - Planning my development"),
    H(2, "AC 2.1 Reviewing my coaching ability and future opportunities"),
    P("""Questioning. My session notes show the same pattern as a subjective assessment: "When did
      it start? Is it worse in the morning?". For coaching I need open, future-focused questions.
      Opportunities: practise with a question bank based on Whitmore's GROW questions and on
      OSKAR; join a peer coaching trio through the Trust's coaching network, where an observer
      will count my open and closed questions; and read Passmore's work on coaching practice."""),
    P("""Listening. I listen well for content, as I do with patients, but I listen to diagnose, and
      so I interrupt. I want to learn to listen to understand. Opportunities: Kline's Time to Think
      and its idea of attention without interruption; recording one session a month (with
      consent) and reviewing it with my supervisor; the EMCC webinar series on listening."""),
    P("""Communication strategies. I need to contract more openly about the hierarchy, telling
      coachees at the start that I will sometimes challenge them and that it is not a performance
      conversation, and to use silence deliberately. The Johari window (Luft and Ingham) will help
      me ask for feedback on my blind spots. I also want to coach someone outside my own team,
      through the coaching network, so I can practise without the line-management relationship
      getting in the way, and I will look at the CSP's leadership webinars."""),

    H(2, "AC 2.2 Development plan August 2025 to January 2026"),
    T(
        ["Development goal", "Actions", "Timescale", "Measure of success"],
        ["Ask more open, future-focused questions",
         "Build a question bank from GROW and OSKAR; monthly peer coaching trio with an observer",
         "Bank by end of August; trios September to January",
         "Observer counts at least 3 open questions for every closed one by January"],
        ["Listen to understand, not to diagnose",
         "Read Time to Think; record one session a month and review it in supervision",
         "Book by end of September; recordings October to December",
         "Supervisor notes no more than two interruptions per recorded session"],
        ["Challenge and contract with people I line manage",
         "Add hierarchy and challenge to my contracting script; coach one person outside my team",
         "Script by September; new coachee October to January",
         "New coachee's end feedback says I challenged them usefully"],
        ["Broaden my models",
         "Learn OSKAR and Egan's skilled helper; use OSKAR in at least three sessions",
         "October to December",
         "Written reflection comparing GROW and OSKAR discussed in supervision in January"],
        ["Keep supervision and reflection going",
         "Supervision every six weeks; reflective log after every session using Gibbs",
         "August to January",
         "Four supervision records and a complete reflective log by end of January"],
    ),
    P("""I agreed this plan with my coaching supervisor on 15 July and we will review it together in
      October and at the end of January."""),

    H(1, "References"),
    B("Gibbs, G. (1988) Learning by Doing. Oxford Further Education Unit."),
    B("Kline, N. (1999) Time to Think. Ward Lock."),
    B("Jackson, P. and McKergow, M. (2007) The Solutions Focus. Nicholas Brealey."),
    B("Passmore, J. (ed.) (2016) Excellence in Coaching. Kogan Page."),
    B("Peters, S. (2012) The Chimp Paradox. Vermilion. (Recommended by my supervisor on managing my urge to fix.)"),
    B("Whitmore, J. (2017) Coaching for Performance. 5th edn. Nicholas Brealey."),

    P("""Declaration of authenticity: I confirm that this reflective journal is my own work.
      Signed: O. Pritchard   Date: 18 July 2025"""),
]

CASE = Case(
    name="y_8587_303_physio_journal_docx",
    unit="8587-303",
    kind="structured-docx",
    files=[SourceFile("Pritchard_O_Unit303_Journal.docx", BLOCKS)],
    labels={
        "1.1": "the results came partly from my advice",
        "1.2": "clinical habits of questioning are my greatest weakness",
        "2.1": "I listen to diagnose, and so I interrupt",
        "2.2": "at least 3 open questions for every closed one",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": True,
        "identifying": [],
    },
    about="NHS community physiotherapy team lead; clean 303 journal in styled DOCX with front sheet (assessor, coaching supervisor), filled evidence matrix with signature, SWOT table, 6-month plan table, references to authors.",
)
