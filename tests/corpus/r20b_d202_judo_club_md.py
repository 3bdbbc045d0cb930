"""D2.02 mentoring diary in Markdown: a sixth-former helping at a judo club, four planted details.

Tobias Henshall, Year 12, a brown belt, volunteers at the junior sessions of a judo club in
St Helens and mentors a Year 9 pupil his school referred to the club. He
kept his diary in a Markdown app under the brief's three section headings: outcomes, a
session table and a supervision table, then his Section 3 answers. He was told to call his
mentee "Mentee A" and mostly does, except:

Planted (4): the mentee's first name, Polish, in the outcomes agreed with him ("Kacper");
the nickname the club uses, in the session table ("Kaz"); the mentee's older brother by a
first name that is also a word, in 3b ("Rich"; lower-case "protein-rich" also appears); and
the mentee's head of year by title and double-barrelled surname in 3c ("Mrs Bello-Hartley").

Clean but tricky: his own name and candidate number; his supervisor in the diary's
Supervisor line and by "Sandra" in the supervision table ("Sandra Kelleher", Head Coach);
Jigoro Kano and the Kodokan, Kate Howey, Lucy Renshall and
Team GB; British Judo, Mizuno and Adidas judogi; throws (osoto gari, ippon seoi nage);
Haydock, Cowley sixth form; Year groups, weekdays and months.

Practice: six sessions with Mentee A (30 + 30 + 35 + 30 + 30 + 30 = 185 min); 14 Nov he was
off sick (no session, no supervision). Supervision after each: 30 + 30 + 30 + 40 + 30 + 30
= 190 min.
"""

from .case import B, Case, H, P, SourceFile, T

BLOCKS = [
    H(1, "D2.02 Undertaking supervised mentoring – Mentoring Diary"),
    P("**Mentor:** Tobias Henshall (Year 12, Cowley sixth form) · Candidate no. 4471-208"),
    P("**Supervisor:** Sandra Kelleher, Head Coach (British Judo Level 2 coach, 3rd Dan)"),
    P("""**Mentee:** Mentee A, Year 9. His school referred him to the club's Thursday beginners'
      session (breakfalls, grips and throws, no free fighting – randori – until the coaches
      say) because he was getting into trouble at lunchtimes."""),

    H(2, "Section 1 – Overall outcomes agreed"),
    P("""At our first meeting Sandra, Mentee A and I sat down in the club office and agreed what
      the six sessions were for. I asked him what he wanted from coming and he said "to not
      get sent out of lessons". We turned it into these outcomes, which Kacper wrote on the
      whiteboard himself:"""),
    B("Come to all six Thursday sessions on time and in kit."),
    B("Learn breakfalls and one throw (osoto gari) well enough to show the Year 7s at the end."),
    B("Use the 'bow and breathe' thing from the start of the session when he feels angry at school – at least once a week, and tell me about it."),
    B("Follow the dojo rules (bow on and off the mat, no randori without a coach, respect your partner)."),

    H(2, "Section 2 – Mentoring sessions (2a)"),
    T(
        ["Date", "Length", "What we did", "How it went"],
        ["17 Oct", "30 mins", "Getting to know each other, dojo rules, breakfalls", "Quiet, arms folded, but stayed"],
        ["24 Oct", "30 mins", "Grips and breakfalls; talked about school", "Laughed when I fell over my own belt"],
        ["31 Oct", "35 mins", "Osoto gari with a crash mat, then talked about a detention", "Everyone calls him Kaz now, he likes it"],
        ["7 Nov", "30 mins", "Throw practice; the breathing thing", "Said he used it in maths"],
        ["14 Nov", "–", "Off sick – no session", "–"],
        ["21 Nov", "30 mins", "Practised showing the throw to someone else", "Nervous but did it"],
        ["28 Nov", "30 mins", "Showed two Year 7s the breakfalls; review of outcomes", "Proud – asked to keep coming"],
    ),

    H(2, "Section 2 – Review with my supervisor (2b)"),
    T(
        ["Date", "Length", "What we talked about"],
        ["17 Oct", "30 mins", "Sandra said I talked too much and should let him answer"],
        ["24 Oct", "30 mins", "Whether to ask about school or wait for him to bring it up"],
        ["31 Oct", "30 mins", "The detention story – what I should pass on and what I shouldn't"],
        ["7 Nov", "40 mins", "Open questions practice; we role-played with Sandra as him"],
        ["21 Nov", "30 mins", "How to end the sessions without him feeling dropped"],
        ["28 Nov", "30 mins", "Final review of my performance; what I need to work on"],
    ),

    H(2, "Section 3 – Review of my own progress"),
    H(3, "3a What worked well"),
    P("""Being there every week on time worked, because people have let him down before.
      Doing something physical while we talked worked much better than sitting down – he
      talked more on the mat between throws than he ever did in the office. Letting him teach the
      Year 7s at the end was the best thing, because it showed him he was good at
      something. I think my open questions got better after the role play in week 4."""),
    H(3, "3b What I learned about myself"),
    P("""I talk too much when it goes quiet. I also found out I judge people quickly: I thought
      he would be trouble and he wasn't. He told me his older brother Rich trained here years
      ago and got thrown out, and I realised he expected the same to happen to him. I
      learned I can be patient if I remind myself. I also learned that I like helping
      people – I might do sports coaching at uni."""),
    H(3, "3c What I would do differently"),
    P("""I would agree with him at the start exactly what I would tell Sandra or the school,
      because in week 3 he told me about a detention and asked if I would "grass him up" to
      Mrs Bello-Hartley, his head of year. I didn't know what to say and had to check with
      Sandra afterwards. I would also not promise to "always be here", because the sessions
      were always going to end in December. And I would bring a protein-rich snack – he
      came straight from school with nothing to eat and was flat by half past five."""),
    H(3, "3d Skills I still need to develop"),
    B("Being comfortable with silence instead of filling it."),
    B("Asking open questions without thinking about it (I still start with 'Did you...')."),
    B("Giving feedback that is specific, not just 'good job'."),
    B("Knowing the safeguarding rules properly – I want to do the British Judo safeguarding course in the spring."),
    P("""Role models I used with him: Kate Howey and Lucy Renshall, Team GB judoka who both talk about
      judo giving them discipline, and Jigoro Kano's "mutual welfare and benefit", which is
      on the wall under the Kodokan photo. Club judogi are Mizuno or Adidas, and he has
      borrowed a spare. We also went to watch the juniors' competition at Haydock in
      December (with his mum's permission and Sandra there)."""),
    P("I confirm this diary is a true record of my mentoring. Tobias Henshall, 5 December"),
]

CASE = Case(
    name="r20b_d202_judo_club_md",
    unit="D2.02",
    kind="portfolio",
    files=[SourceFile("henshall-d202-diary.md", BLOCKS)],
    labels={},
    expected_checks={
        "declaration": True,
        "evidence_matrix": None,
        # Not: Tobias Henshall (learner), Sandra Kelleher / Sandra (supervisor in the diary's
        # Supervisor line), Kano / Howey / Renshall, Kodokan, Mizuno, "protein-rich", Mentee A.
        "identifying": ["Kacper", "Kaz", "Rich", "Mrs Bello-Hartley"],
        # 17/10 30 + 24/10 30 + 31/10 35 + 07/11 30 + 21/11 30 + 28/11 30 = 185; 14/11 off sick
        "minutes": 185,
        "sessions": 6,
        "individuals": 1,
        # 30 + 30 + 30 + 40 + 30 + 30 = 190
        "supervision_minutes": 190,
    },
    about="Sixth-former's D2.02 judo club diary in Markdown, planted: Polish mentee 'Kacper' in the agreed outcomes, nickname 'Kaz' in the session table, brother 'Rich' beside 'protein-rich', head of year 'Mrs Bello-Hartley'; supervisor in her line and by first name, Jigoro Kano, Kate Howey, Kodokan clean.",
)
