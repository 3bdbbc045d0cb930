"""8587-303 Reflecting on Coaching Skills: a recruitment branch manager's journal on her centre's two-column template (DOCX).

Priya Chandarana manages the Leicester office of a regional recruitment agency and coached two
consultants for unit 302 ("C1" and "C2"). Her centre gives learners a Word template made of
tables: the left cell of each row is a prompt written by the centre (with the AC number in
it), the right cell is where the learner answers. A cover table, the unit 303 evidence
matrix, Section One and Section Two tables, a CPD plan table for 2.2 and a declaration row.
All her answers are in the right-hand cells; there are no headings except the template's
section titles.

Planted (1): in the 1.1 feedback cell she pastes C2's text message with the mobile number it
came from ("07700 900386").

Clean but tricky: her own name (cover, declaration); her supervisor by role only ("my
supervisor, an EMCC-accredited coach supervisor"); the assessor named in the cover's
"Assessor" cell (a role the form asks to name); job titles (area director, the Loughborough
branch manager); the agency as an organisation; Zoom; places (Leicester, Loughborough,
Birmingham); theorists and their books (Nancy Kline's Time to Think and Thinking
Environment, Hawkins and Smith's CLEAR), GROW and the Wheel of Work.
"""

from corpus.case import Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "Reflective Journal - Unit 303 Reflecting on Coaching Skills within an Organisational Context"),
    T(
        ["Learner name", "Priya Chandarana"],
        ["Organisation", "Fosse Way Recruitment, Leicester branch"],
        ["Assessor", "Mr Colin Ablewhite"],
        ["Date submitted", "28/04/2025"],
    ),

    H(1, "Reflective Journal evidence matrix"),
    T(
        ["Unit 303 AC", "Reflective Journal Evidence Title", "Reference Number"],
        ["AC 1.1 Examine the effectiveness of own coaching practice", "Section One, table 1; 302 coaching log and feedback forms", "RJ1, 302/E4, 302/E7"],
        ["AC 1.2 Strengths and areas for improvement", "Section One, table 2", "RJ2"],
        ["AC 2.1 Review of own coaching ability", "Section Two, table 3", "RJ3"],
        ["AC 2.2 Development plan (6 months)", "Section Two, CPD plan", "RJ4"],
    ),

    H(1, "Section One"),
    P("Table 1"),
    T(
        ["Prompt", "Your response"],
        ["AC 1.1 Using your unit 302 evidence, what do your coaching records show about the effectiveness of your coaching?",
         """I coached C1 (a trainee consultant, eight months in) and C2 (a senior consultant
         moving into a team lead role) for six sessions each between October and March. My
         session records show that C1 met both of her goals: she now runs her own client
         visits and her placements went from one a month to three in February. C2 met one of
         two: she runs the Monday team meeting, but she has not yet had the performance
         conversation with a consultant that she set as her second goal. Reading the records
         back in one go, the sessions where I wrote down the coachee's own words for the
         action were the ones where the action happened. Where my record says 'agreed to' in
         my words, it mostly did not happen."""],
        ["AC 1.1 What did you learn from supervision about the effectiveness of your coaching?",
         """I had two supervision sessions with my supervisor, an EMCC-accredited coach
         supervisor from outside the company. In the first she listened to a recording of
         session three with C1 and pointed out that I asked eleven questions in the first
         ten minutes and C1 spoke for less time than I did. That was uncomfortable, but it
         is the single most useful piece of evidence I have. In the second we looked at why
         C2's second goal had stalled and she asked whether it was C2's goal or mine. It
         was mine, really, because I am her manager and I want that conversation to
         happen."""],
        ["AC 1.1 What feedback did you receive from coachees and others, and what does it tell you?",
         """Both coachees filled in the short feedback form after every session. C1's scores
         went up steadily and she wrote that the Wheel of Work was the thing that made her
         see she was avoiding business development. C2 was more mixed, and her final text
         to me sums it up. Text from 07700 900386, 14 March: "Honestly didn't think I'd get
         much out of it as you know me too well, but the team meeting stuff really helped.
         The last goal felt like your goal not mine tbh x". My area director, who sat in on
         the three-way review at the end, said the team meeting had changed noticeably. So
         the evidence says my coaching worked well with someone new and less well where
         I was too close to the coachee and the outcome."""],
    ),
    P("Table 2"),
    T(
        ["Prompt", "Strengths", "Areas for improvement"],
        ["AC 1.2 Knowledge",
         """I know GROW well and used it in every session, and I know the recruitment
         business, so I understood the coachees' targets and pressures straight away.""",
         """I know only one model. When GROW stalled with C2 I had nothing else to try. I also
         need to understand more about contracting when I am the coachee's manager."""],
        ["AC 1.2 Skills (including communication)",
         """I build rapport quickly, which is my job after all, and I summarise well; both
         coachees said my summaries helped.""",
         """Questioning: I stack questions and ask too many. Listening: I listen for the
         solution, like I do with candidates, not for the person. I fill silences within
         two seconds."""],
        ["AC 1.2 Behaviours (including interpersonal)",
         """Reliable: I kept every session, on time, even in January. Warm, and coachees felt
         safe enough to say when something was not helping.""",
         """I slip into manager mode when the coachee reports to me. I am impatient when
         progress is slow and it shows in my face, according to C2."""],
    ),

    H(1, "Section Two"),
    P("Table 3"),
    T(
        ["Prompt", "Your response"],
        ["AC 2.1 Review your coaching ability. What development opportunities have you identified for your questioning?",
         """The recording showed eleven questions in ten minutes, and many of them were two
         questions joined with 'and'. I want to practise asking one short open question and
         then stopping. Opportunity: the peer coaching triad our training provider runs
         monthly on Zoom, where an observer counts your questions. I have signed up from
         May."""],
        ["AC 2.1 ... for your listening?",
         """I listen like a recruiter, for the useful fact. Nancy Kline's Thinking Environment
         is about listening to help the other person think, which is the opposite of what I
         do all day. Opportunity: read Time to Think and do the one-day Thinking Environment
         taster in Birmingham in June, then try a no-interruption opening in every session."""],
        ["AC 2.1 ... for your wider communication strategies?",
         """Body language and pace. C2 said she could see when I was impatient. I will ask my
         supervisor to watch a video session specifically for non-verbal signals, and I will
         learn a second model, CLEAR (Hawkins and Smith), because its Contracting and
         Listening stages would have helped with C2. Longer term, I would like to coach
         someone outside my own team so I am not the coachee's manager."""],
    ),
    P("CPD plan (covering May to October 2025, agreed with my supervisor on 11 April)"),
    T(
        ["Development goal", "Actions", "Timescale", "Measure of success", "Support"],
        ["AC 2.2 Ask one question at a time",
         "Peer triad monthly; write three one-line questions before each session",
         "May - October 2025",
         "Observer counts fewer than five questions in the first ten minutes by the September triad",
         "Training provider triad"],
        ["AC 2.2 Listen to help the coachee think",
         "Read Time to Think; Thinking Environment taster; no-interruption opening in every session",
         "Book by end of May, taster in June, practice from July",
         "Coachee feedback form 'I felt listened to' scored 5/5 by at least two coachees",
         "Supervisor, L&D budget for taster"],
        ["AC 2.2 Learn a second model",
         "Learn CLEAR and use it with at least one coachee",
         "July - September 2025",
         "A recorded session using CLEAR discussed in supervision",
         "Supervisor"],
        ["AC 2.2 Coach outside my own team",
         "Ask the Loughborough branch manager for a coachee from her team",
         "Agree by August, six sessions September - December",
         "Contract signed; coachee sets both goals in her own words",
         "Area director"],
        ["AC 2.2 Keep supervision going",
         "Book supervision every two months after the course ends",
         "May, July, September",
         "Three sessions held and notes kept",
         "Company coaching budget"],
    ),

    T(
        ["Learner declaration",
         """I confirm that this reflective journal is my own work and that the coaching it
         refers to took place. Signature: P. Chandarana   Date: 28/04/2025"""],
    ),
]

CASE = Case(
    name="w_8587_303_recruitment_template_docx",
    unit="8587-303",
    kind="structured-docx",
    files=[SourceFile("PChandarana 303 Reflective Journal.docx", BLOCKS)],
    labels={
        "1.1": "I asked eleven questions in the first ten minutes",
        "1.2": "I listen for the solution, like I do with candidates",
        "2.1": "try a no-interruption opening in every session",
        "2.2": "Observer counts fewer than five questions in the first ten minutes",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": True,
        "identifying": ["07700 900386"],
    },
    about="Recruitment branch manager's 303 on a centre template of prompt cells and answer cells (AC numbers in the prompts), evidence matrix, CPD plan table; a coachee's mobile number pasted with her text message; supervisor by role, assessor named in a cover cell.",
)
