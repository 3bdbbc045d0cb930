"""8587-303 reflective journal in PDF: a county youth orchestra's assistant music director, clean.

Ffion Maddox, Assistant Music Director of a county youth orchestra in South Wales, reflects
on coaching two of the orchestra's section tutors for her ILM Level 3 Certificate in
Coaching and Mentoring. She wrote it in Word with the centre's headings and exported a PDF:
the 303 reflective journal evidence matrix, her reflections under 1.1, 1.2, 2.1 and 2.2, a
feedback summary table, her supervision record on the centre's form and a development plan
table. The coachees are "Coachee A (brass tutor)" and "Coachee B (string tutor)", "A" and
"B" in the table; nobody is named who needs anonymising.

Clean but tricky: the learner's own name on the cover, matrix and declaration; her coaching
supervisor in the form's Supervisor field and by first name in her reflection ("Dr Rajesh
Menon", "Rajesh"); composers and works with people's names in them (Elgar, "Nimrod" from
the Enigma Variations, Holst's The Planets, Dvorak, Vaughan Williams, Karl Jenkins' The
Armed Man, "Land of Hope and Glory", Prokofiev's Peter and the Wolf with Peter and the
Grandfather); Sir Henry Wood; a trophy named after a person (the Gwen Rees
Memorial Trophy, fictional); halls named after people (Hoddinott Hall, Brangwyn Hall) and
St David's Hall; instrument makers (Bach Stradivarius, Yamaha, Besson); the Arts Council of
Wales, ABRSM; Whitmore's GROW, Kline, Gibbs, Kolb, Schön, the seven-eyed model (Hawkins and
Shohet), Clutterbuck, Honey and Mumford, the Johari window, SWOT; "Will" opening a question.

The 303 reflective journal evidence matrix is included (True); the declaration is typed and
signed (True). No practice figures.
"""

from .case import Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "Unit 8587-303 Reflecting on Coaching Skills within an Organisational Context"),
    P("Reflective journal – Ffion Maddox, Assistant Music Director – ILM learner no. 60837265"),

    H(1, "Unit 303 Reflective journal evidence matrix"),
    T(
        ["Assessment criterion", "Evidence title", "Page"],
        ["1.1 Examine the effectiveness of own coaching practice", "Section 1.1 of this journal; feedback summary; supervision record", "2–3"],
        ["1.2 Identify own strengths and areas for improvement", "Section 1.2; SWOT", "3–4"],
        ["2.1 Review own coaching ability", "Section 2.1", "4"],
        ["2.2 Development plan, minimum 6 months", "Development plan table", "5"],
    ),
    P("Name of learner: Ffion Maddox    Signature: F Maddox    Date completed: 30/04/2025"),

    H(1, "1.1 How effective has my coaching been?"),
    P("""Between October and March I coached two of our section tutors, both professional
      players who give up their Saturdays to the orchestra. Coachee A, the brass tutor, wanted
      to run full-section rehearsals without me in the room; Coachee B, the string tutor, wanted
      to manage a difficult term when the orchestra doubled its younger players after the Arts
      Council of Wales grant. I held seven sessions with Coachee A and six with Coachee B, mostly
      in the green room at Hoddinott Hall after Saturday rehearsal, and three on Teams."""),
    P("""The evidence is mixed. My session records show both coachees reached their goals:
      Coachee A took the brass sectional for Holst's The Planets ("Mars" and "Jupiter") on
      his own from January, and the horns' entry in Elgar's "Nimrod" (Enigma Variations) finally came in together at the
      winter concert in St David's Hall. Coachee B redesigned the junior strings' seating plan
      and buddy system and had no drop-outs in the spring term, against five the term before.
      But my records are thinner for Coachee B – three sessions have only the action list – and
      when I reread them I could not tell how I had helped, only what she decided."""),
    T(
        ["Coachee feedback (1–5)", "A", "B", "Comment"],
        ["Felt listened to", "5", "4", "B: 'You sometimes finished my sentences'"],
        ["Set my own goals", "5", "4", "B: 'The buddy idea was partly yours'"],
        ["Clear actions each time", "4", "5", "A: 'I wanted more written down'"],
        ["Worth a Saturday afternoon", "5", "5", ""],
    ),
    P("""Supervision added the part I could not see. In February Rajesh asked me to describe a
      session with Coachee B using the seven-eyed model (Hawkins and Shohet), and I noticed I had talked about the
      second violins as "my" section – I used to lead them. We were both string players, and I
      had been coaching her towards my way of running a section. So: effective on outcomes,
      less effective on letting the coachee own the solution, especially where I know the job."""),

    H(1, "1.2 My strengths and areas to improve"),
    P("""Knowledge. Strong knowledge of the orchestra and of teaching young players; newer
      knowledge of coaching. I know GROW well; I have only just started using Kline's Thinking
      Environment and Schön's idea of reflection-in-action. Skills. I build rapport fast and
      explain clearly. My questions are good at the Goal and Reality stages and weaker at
      Options, where I suggest. Behaviours. I keep confidences – when the music director asked
      how Coachee A was "coping", I said that was for Coachee A to tell him – and I am
      reliable. I can be impatient, and I fill silences."""),
    T(
        ["Strengths", "Weaknesses"],
        ["Rapport and trust; knowing the orchestra; reliable", "Suggesting solutions; filling silence; thin notes"],
        ["Opportunities", "Threats"],
        ["Coaching the new youth section leaders; ABRSM mentoring network", "Concert season workload; my expertise pulling me into advising"],
    ),
    P("""Interpersonal skills: my Johari window exercise with Rajesh put "takes over" in my blind
      pane. Both coachees confirmed it kindly. Communication: I adapt well – Coachee A is an
      Activist (Honey and Mumford) and likes to try things in the next rehearsal; Coachee B is
      a Reflector and gets my questions by e-mail the day before."""),

    H(1, "2.1 Reviewing my coaching ability"),
    P("""Questioning. I ask open questions but my follow-ups lead ("Have you tried moving the
      trombones back?"). Strategy: in the Options stage, ask only "What else?" until the coachee
      stops, and write my own idea down instead of saying it. Listening. I listen for content
      and miss feeling: Coachee B mentioned being exhausted twice before I noticed. Strategy:
      reflect back feelings as well as facts; keep the first ten minutes free of interruption,
      as Kline suggests. Communication. My notes are too brief to review. Strategy: a short
      template with a box for what I did and what I would do differently, filled in within a
      day."""),
    P("""Gibbs' cycle on the worst session (Coachee B, 8 February): I felt defensive when she
      pushed back on the buddy plan, and instead of exploring that I defended it. Kolb reminds
      me the learning only counts if I try the new approach and review it. Will I keep this up
      in concert season? Only if it is on the plan with dates."""),

    H(1, "Supervision record"),
    T(
        ["Supervisor", "Dr Rajesh Menon, coaching supervisor"],
        ["Date / length", "15 February 2025, 1 hour, Teams"],
        ["Discussed", "Sessions 3–5 with Coachee B; my string-player identity; the buddy plan"],
        ["Agreed", "Name my own history in the session; hold back my ideas in Options; bring a recording in April"],
    ),

    H(1, "2.2 Development plan, May – October 2025"),
    T(
        ["Area", "Action", "Timescale", "Measure of success"],
        ["Questioning", "'What else?' only in Options; note any suggestion I make", "May – June 2025", "One suggestion or fewer per session in my notes"],
        ["Listening", "Reflect feelings; ten-minute no-interruption opening (Kline, Time to Think)", "From May 2025", "Both coachees score 'felt listened to' 5"],
        ["Records", "New template, completed within 24 hours", "Every session from May", "All sessions recorded; supervisor sees three"],
        ["Supervision", "Every two months with Rajesh; one recording with consent", "June, August, October 2025", "Three sessions held, one action from each tried"],
        ["Wider practice", "Coach two of the new youth section leaders (18+) before the summer course", "July – October 2025", "Six sessions each, reviewed with supervisor"],
        ["Reading", "Clutterbuck on coaching in teams; Whitmore, Coaching for Performance", "By August 2025", "Notes on two ideas I have tried"],
    ),
    P("""I will review the plan after the summer course, when we rehearse Dvorak's New World and
      Vaughan Williams for the Brangwyn Hall concert, and again in October. The orchestra won
      the Gwen Rees Memorial Trophy at the county eisteddfod last year; the music director wants
      the section tutors to take more of the preparation this year, so coaching will matter
      more, not less. For the family concert we are doing Prokofiev's Peter and the Wolf, Karl Jenkins' The
      Armed Man and, at the players' request, "Land of Hope and Glory" as an encore in the spirit
      of Sir Henry Wood. The Grandfather will be played by our new contrabassoon, if the loan
      from Besson's dealer arrives – the Bach Stradivarius trumpets and the Yamaha timpani came
      in March."""),

    H(1, "Declaration"),
    P("I confirm that this reflective journal is my own work. Ffion Maddox, 30 April 2025"),
]

CASE = Case(
    name="r22b_303_youth_orchestra_pdf",
    unit="8587-303",
    kind="structured-pdf",
    files=[SourceFile("Ffion Maddox 303 reflective journal.pdf", BLOCKS)],
    labels={},
    expected_checks={
        "declaration": True,
        "evidence_matrix": True,
        # Nobody to anonymise: Ffion Maddox (learner), Dr Rajesh Menon / Rajesh (supervisor in
        # the form's field), composers and works, Peter and the Grandfather, Sir Henry Wood,
        # the Gwen Rees Memorial Trophy, halls, instrument makers, theorists.
        "identifying": [],
    },
    about="Youth orchestra assistant MD's clean 303 PDF journal with evidence matrix: supervisor in the form and by first name, Elgar's 'Nimrod', Holst, Dvorak, Peter and the Wolf, Sir Henry Wood, a person-named trophy, Hoddinott/Brangwyn Halls, Bach Stradivarius, Coachee A/B, theorists.",
)
