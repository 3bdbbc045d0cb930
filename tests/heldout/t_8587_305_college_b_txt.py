"""8587-305 Reflecting on Mentoring Skills: an FE college maths curriculum lead, plain text with numbered answers.

Delroy Whitworth leads GCSE maths resits at a further education college and mentored two
new lecturers ("NL1" and "NL2") for his unit 304. For 305 he typed a plain text file: a
header block, then four answers numbered "1." to "4." with the task restated in capitals
(QUESTION 1 = AC 1.1, 2 = 1.2, 3 = 2.1, 4 = 2.2), no criterion numbers anywhere. Strengths
and weaknesses are dashed lists; the six-month development plan is typed as a pipe table.
He refers back to his 304 log and supervision notes, quotes feedback, and signs off at the
end.

Planted (2): NL2's first name in a feedback quote he pastes from an email ("Stacey-Ann"), and a
student discussed in a mentoring session, by full name ("Connor Briggs").
Clean but tricky: his own name; the college (Calderbrook College), places (Halifax,
Huddersfield, Brighouse), bodies (ETF, EMCC, Ofsted), products (Sparx, Teams, Padlet),
theorists (Schön, Kolb, Johari window, Clutterbuck, Kline, Megginson), and roles (Head of
Department, the Quality Lead, my supervisor).
"""

from corpus.case import B, Case, H, P, SourceFile, T

BLOCKS = [
    P("ILM LEVEL 3 CERTIFICATE IN EFFECTIVE COACHING AND MENTORING"),
    P("Unit 8587-305 Reflecting on Mentoring Skills within an Organisational Context"),
    P("Name: Delroy Whitworth    Centre: Calderbrook College (staff development)    Date: 20/06/2025"),
    P("-----------------------------------------------------------------------"),

    H(1, "1. EXAMINE HOW EFFECTIVE YOUR MENTORING WAS USING YOUR RECORDS, SUPERVISION AND FEEDBACK"),
    P("""I mentored two newly qualified lecturers in the maths department, NL1 at our Halifax
      campus and NL2 at Brighouse, for 13 hours between January and April (log and records in my
      unit 304 portfolio). Looking at the records first, both met their main goals: NL1 got
      her first lesson observation graded good after two requires improvement, and NL2 set up
      a peer revision scheme that 60 of her resit students used. My session records also show
      something less comfortable. In the first four sessions with NL1 nearly every action was
      worded by me. From session five, after supervision, the actions are in her words and
      she completed more of them, seven out of eight compared with four out of seven before.
      That is the clearest evidence I have that stepping back worked."""),
    P("""My supervisor's notes from our two sessions say I was good at building rapport and
      structure but tended to turn sessions into teaching-practice tutorials, which is what I
      do all day as curriculum lead. The feedback from the mentees backs this up. NL2 emailed
      after session 3: "Really helpful but I felt like I was being observed again, can we just
      talk? Stacey-Ann". NL1's end of mentoring form scored me 5/5 for reliability and 3/5 for
      "helped me find my own answers". Putting the three sources together, I was effective at
      getting results and keeping the relationship going but less effective as a mentor in
      the strict sense, because too many results came from my ideas rather than theirs."""),

    H(1, "2. IDENTIFY YOUR STRENGTHS AND AREAS FOR IMPROVEMENT (KNOWLEDGE, SKILLS, BEHAVIOUR INCL. COMMUNICATION AND INTERPERSONAL SKILLS)"),
    P("Strengths:"),
    P("""- Knowledge: I know the resit curriculum and the college systems inside out, and I
      understand GROW and Clutterbuck's stages well enough to explain them to the mentees."""),
    P("""- Skills: planning and organising, sessions always happened, records were up to date,
      goals were SMART."""),
    P("""- Behaviour: reliable and consistent; both mentees said they trusted me. I kept
      confidentiality when NL1 told me about a conflict with the Quality Lead."""),
    P("""- Interpersonal: I build rapport quickly, partly because I was a new lecturer in the same
      department eleven years ago and say so."""),
    P("Areas for improvement:"),
    P("""- Communication: I ask leading questions ("have you thought about using Sparx for
      that?") which are really suggestions. I also fill silences. When NL1 was talking about
      one of her students, Connor Briggs, who had walked out of her lesson, I jumped straight
      in with what I would do instead of asking what she thought had happened."""),
    P("""- Knowledge: I know little about mentoring theory beyond GROW, for example I had not come
      across Kline's Time to Think until my supervisor mentioned it."""),
    P("""- Behaviour: my default is the expert, which the Johari window exercise in the workshop
      showed is in my blind spot, others could see it before I could."""),

    H(1, "3. REVIEW YOUR MENTORING ABILITY AND IDENTIFY FUTURE DEVELOPMENT OPPORTUNITIES (QUESTIONING, LISTENING, COMMUNICATION)"),
    P("""Overall I would say I am a competent mentor who needs to become less of a teacher in the
      room. For questioning, the development I need is practice in asking genuinely open,
      non-leading questions and following up with a second question rather than an answer. The
      opportunity is the college's coaching skills workshop run by the ETF in October, and
      joining the peer mentoring triad the Head of Department is setting up, where I can be
      observed and get feedback on my questions specifically."""),
    P("""For listening, I want to practise listening without planning my reply. Opportunities:
      reading Kline and trying a Thinking Environment session in supervision, and recording
      (with consent) one session a term so I can hear how often I interrupt. For communication
      more broadly, I want to get better at giving honest feedback to experienced staff, not
      only new ones, because next year I am likely to mentor a lecturer moving from Huddersfield
      who has taught longer than I have. The EMCC webinars on challenging conversations and
      continuing supervision every six to eight weeks are the main routes for this."""),

    H(1, "4. DEVELOPMENT PLAN (MINIMUM 6 MONTHS, WITH TIMESCALES AND MEASURES OF SUCCESS)"),
    T(
        ["Goal", "Actions", "Timescale", "Measure of success"],
        ["Ask open, non-leading questions", "ETF coaching skills workshop; prepare three open questions before each session",
         "Workshop Oct 2025; ongoing to Dec 2025", "Recorded session shows 2 out of 3 of my questions are open; mentee rates 'helped me find my own answers' 4/5 or more"],
        ["Listen without interrupting", "Read Time to Think; record one session per term with consent",
         "Reading by end of Sept 2025; recordings Nov 2025 and Feb 2026", "Interruptions counted on recording halve between Nov and Feb"],
        ["Give challenging feedback to experienced staff", "Two EMCC webinars; practise in peer triad",
         "Sept 2025 - Jan 2026", "Triad feedback says my challenge is clear and respectful"],
        ["Keep supervision going", "Book supervision every 6-8 weeks with my supervisor",
         "July 2025 - Feb 2026", "At least four supervision sessions logged"],
        ["Widen knowledge of models", "Read Megginson and Clutterbuck on techniques; try OSCAR with next mentee",
         "By Dec 2025", "Used OSCAR in at least three sessions and reflected on it"],
    ),
    P("""I will review this plan with my supervisor in December 2025 and again at the end of
      February 2026, which takes it past six months."""),

    P("-----------------------------------------------------------------------"),
    P("I confirm this is my own work. Delroy Whitworth (typed signature) 20/06/2025"),
]

CASE = Case(
    name="t_8587_305_college_b_txt",
    unit="8587-305",
    kind="numbered-unstyled",
    files=[SourceFile("whitworth_305_reflection.txt", BLOCKS)],
    labels={
        "1.1": "seven out of eight compared with four out of seven before",
        "1.2": "I jumped straight in with what I would do",
        "2.1": "get feedback on my questions specifically",
        "2.2": "Interruptions counted on recording halve between Nov and Feb",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": None,
        "identifying": ["Stacey-Ann", "Connor Briggs"],
    },
    about="FE college maths lead; plain text with answers numbered 1-4 under capitalised restated tasks (no AC numbers), dashed strength/weakness lists, development plan as a pipe table; mentee's first name in a pasted email and a student by full name.",
)
