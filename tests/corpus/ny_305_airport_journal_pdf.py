"""8587-305 Reflecting on Mentoring Skills: an airport ramp supervisor's journal as PDF.

Siân Probert supervises ramp operations for a ground handler at Cardiff Airport and
mentors two new dispatchers, "Mentee X" and "Mentee Y". Her journal has dated entries, a
strengths table, a supervision box naming her supervisor where the form asks, and a
six-month plan. Nothing is to be flagged.

Clean but tricky: a song titled with a name ("Delilah") and a Welsh hymn ("Calon Lân"),
Welsh places (Rhoose, Barry, Llandaff) and the Six Nations, the adjective
"Welsh" starting sentences, airlines and bodies (TUI, Vueling, KLM, the CAA), theorists in
prose (Stephen Brookfield, Daniel Goleman, Julie Hay, Schön, Gibbs, Megginson) and in
references, software (Workday, Microsoft Teams, Viva Engage), job titles starting sentences
(Duty Manager, Dispatcher), acronyms (GSE, ULD, PPE), days and months.
"""

from .case import B, Case, H, P, SourceFile, T

JOURNAL = [
    H(0, "Unit 305 Reflective Journal: Reflecting on Mentoring Skills"),
    T(
        ["Name", "Siân Probert"],
        ["ILM number", "R3306742"],
        ["Employer", "Taff Aviation Services, Cardiff Airport"],
        ["Period covered", "January – June 2025"],
    ),
    H(1, "Context"),
    P("""I am a Ramp Operations Supervisor at Cardiff Airport in Rhoose. We turn round TUI,
      Vueling and KLM aircraft, and every turn depends on the dispatcher. This year I mentored
      two newly promoted dispatchers, Mentee X and Mentee Y, for just over twelve hours each.
      Dispatcher is a lonely job in the first months: you sign for the aircraft and the
      captain looks to you."""),
    H(1, "Journal entries"),
    P("""Monday 13 January. First session with Mentee X in the crew room at the Barry end of the
      terminal. I used Gibbs' cycle afterwards. Feelings: I was nervous, which surprised me.
      Evaluation: we agreed goals, but I did most of the talking about my own first winter.
      Welsh winters on an open apron are hard and I wanted to prepare her, but she needed to
      be heard first."""),
    P("""Thursday 6 February. Mentee Y, on Microsoft Teams because of a snow day. He had a
      delay caused by a missing ULD and blamed himself. Using Egan's skilled helper stages, I
      helped him tell the story, then find the blind spot: the loader had not been briefed.
      Duty Manager sign-off for his action plan came the same week."""),
    P("""Saturday 15 March. Six Nations weekend and the whole airport was red. The fans
      singing "Delilah" and "Calon Lân" in the terminal made it hard to hear, so we moved the
      session to the GSE workshop. Lesson: plan the venue around the fixture list."""),
    P("""April. Supervision session (see box below). Schön's reflection-in-action came up: I
      change my questions mid-session when I sense the mentee closing down, but I could not
      say how I know. Daniel Goleman would call it social awareness."""),
    T(
        ["Supervision record (required by centre)", ""],
        ["Supervisor name", "Emyr Llewellyn-Price, Learning and Development Partner"],
        ["Dates", "Wednesday 9 April and Wednesday 28 May 2025"],
        ["Key outcomes", "Stop filling silences; contract with the mentee's Duty Manager at the start; ask for written feedback after every session"],
    ),
    H(1, "1.1 How effective was my mentoring?"),
    P("""Looking at my session records, both mentees' feedback forms and supervision, the
      mentoring worked. Mentee X now dispatches alone on early shifts; Mentee Y has not had
      a dispatcher-caused delay since March. Stephen Brookfield's four lenses helped me check
      this from more than my own view: the mentees' eyes, a colleague's (the Duty Manager),
      theory, and my own experience."""),
    H(1, "1.2 Strengths and areas for improvement"),
    T(
        ["Strengths", "Areas for improvement"],
        ["Credibility: I have dispatched for nine years", "Telling stories about myself too early"],
        ["Calm under pressure, which mentees copy", "Filling silences"],
        ["Clear, well-kept records on Workday", "Giving specific rather than general feedback"],
    ),
    H(1, "2.1 Reviewing my questioning, listening and communication"),
    P("""Julie Hay's work on transactional analysis shows me that under time pressure I slip into
      a Parent voice. Questioning is better when I use short, open questions. Listening
      improves when I summarise before I ask anything. Megginson's point that the mentee
      should leave with more questions than answers is a good test."""),
    H(1, "2.2 Development plan, July to December 2025"),
    T(
        ["Development goal", "Actions", "Timescale", "Success measure"],
        ["Use silence", "Count to five before speaking; record two sessions with consent", "July–August", "Mentee talk time over 60 per cent"],
        ["Specific feedback", "Use the SBI model in every session", "September", "Feedback forms say feedback was clear"],
        ["Wider practice", "Join the airport's mentoring circle on Viva Engage; attend an EMCC Wales webinar", "October", "Two events attended"],
        ["Qualification", "Begin ILM Level 5 in Coaching and Mentoring at Llandaff", "December", "Enrolled"],
    ),
    H(1, "References"),
    B("Brookfield, S. (2017) Becoming a Critically Reflective Teacher. 2nd edn. San Francisco: Jossey-Bass."),
    B("Egan, G. (2014) The Skilled Helper. 10th edn. Belmont, CA: Brooks/Cole."),
    B("Gibbs, G. (1988) Learning by Doing. Oxford: Oxford Polytechnic."),
    B("Goleman, D. (1996) Emotional Intelligence. London: Bloomsbury."),
    B("Hay, J. (2009) Transactional Analysis for Trainers. 2nd edn. Hertford: Sherwood."),
    B("Megginson, D. et al. (2006) Mentoring in Action. 2nd edn. London: Kogan Page."),
    B("Schön, D.A. (1983) The Reflective Practitioner. New York: Basic Books."),
    P("""Declaration: I confirm this journal is my own work and that the mentees have consented
      to it being used in anonymised form. Signed: Siân Probert"""),
]

CASE = Case(
    name="ny_305_airport_journal_pdf",
    unit="8587-305",
    kind="structured-pdf",
    files=[SourceFile("SProbert_Unit305_Journal.pdf", JOURNAL)],
    labels={},
    expected_checks={"declaration": True, "evidence_matrix": None, "identifying": []},
    about="Airport ramp supervisor's 305 journal PDF: Mentee X/Y, supervisor named in the required box, a song titled with a name and a Welsh hymn, Welsh places, airlines, theorists with first names; nothing to flag.",
)
