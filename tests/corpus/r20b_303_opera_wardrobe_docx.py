"""8587-303 reflective journal in Word: a touring opera company's deputy head of wardrobe, clean.

Siobhán Kilbride, Deputy Head of Wardrobe at a touring opera company based in Leeds,
reflects on coaching two of her wardrobe team for her ILM Level 3 Certificate. Word
headings of her own wording with the AC in brackets, a feedback table, her supervision
record on the centre's form and a six-month development plan table. The coachees are
"Coachee 1 (Cutter)" and "Coachee 2 (Dresser Supervisor)", C1 and C2 in tables, and
nobody else is named who needs anonymising.

Clean but tricky: the learner's own accented name and ILM number on the cover and
declaration; her coaching supervisor in the form's Supervisor field and by first name in
her reflection ("Anjali Mehta-Rowe", "Anjali"); productions and characters with people's
names (Carmen, Tosca, Madama Butterfly, Cio-Cio-San, Don Giovanni, The Marriage of Figaro,
Cherubino, the Countess), composers (Bizet, Puccini, Mozart); Bermans & Nathans, Angels
Costumes, Whaleys of Bradford; Leeds Grand Theatre, Theatre Royal Newcastle, The Lowry,
Hull New Theatre; BECTU; Whitmore's GROW, Kline's Thinking Environment, Hawkins and Shohet,
Gibbs, Kolb, the Johari window, Belbin, Honey and Mumford; Microsoft Teams, Excel; months.
"""

from .case import B, Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "Reflective Journal – Unit 8587-303 Reflecting on Coaching Skills"),
    T(
        ["Learner", "Siobhán Kilbride"],
        ["ILM membership no.", "60655012"],
        ["Role", "Deputy Head of Wardrobe"],
        ["Coachees", "Coachee 1 (Cutter), Coachee 2 (Dresser Supervisor)"],
        ["Period covered", "September 2024 – February 2025"],
    ),

    H(1, "How effective has my coaching been? (1.1)"),
    P("""I coached two of the wardrobe team over the autumn and winter tour – nine sessions
      with Coachee 1 and eight with Coachee 2, mostly in the wardrobe office at the Leeds
      base and twice on Microsoft Teams from digs. The autumn season was Carmen and a
      revival of Tosca; the spring season is Madama Butterfly and The Marriage of Figaro.
      To judge how effective I was I have looked at my own records, my supervision notes
      and the feedback the coachees gave me."""),
    P("""My session records show that both coachees reached their main goal. Coachee 1 wanted
      to lead a fitting with a principal without the Head of Wardrobe in the room, and by
      November she ran the Cio-Cio-San fittings alone. Coachee 2 wanted to cut the time her
      dressers spent on quick changes, and the Act 2 change for the Countess in Figaro came
      down from ninety seconds to sixty in the technical rehearsal at the Leeds Grand
      Theatre. But reading the records back, my notes say a lot about what they did and
      very little about what I did, and two sessions have no note at all because we were
      packing the Tosca wagons for the Theatre Royal Newcastle."""),
    P("""Supervision gave me a harder picture. In my December session Anjali asked me to
      replay a conversation using the seven-eyed model (Hawkins and Shohet), and I realised
      I had taken over the problem of the Don Giovanni hire stock from Bermans & Nathans
      because it was my budget too. I was coaching with one eye on my own job."""),
    T(
        ["Feedback (1–5)", "C1", "C2", "Comment"],
        ["I felt listened to", "5", "4", "C2: 'Sometimes you already had an answer in mind'"],
        ["I set my own goals", "4", "3", "C2: 'The quick-change target was partly yours'"],
        ["I left with clear actions", "5", "5", ""],
        ["Sessions were worth the time", "5", "4", "C1: 'Worth it even mid-tour'"],
    ),
    P("""Putting the three together: effective on outcomes, less effective on ownership,
      especially with Coachee 2, where our jobs overlap most."""),

    H(1, "Strengths and areas to improve (1.2)"),
    P("""Knowledge. I know the work inside out – I have cut for Puccini and Mozart
      productions for nineteen years – which gives me credibility, but it is also the
      problem: I know the answers. My knowledge of coaching itself is newer. I know GROW
      well, but I only met Kline's Thinking Environment this year and have not used it
      properly yet."""),
    P("""Skills. Communication: I explain clearly and I adapt to people – Coachee 1 is a
      Reflector (Honey and Mumford) so I send questions before a session, Coachee 2 a
      Completer Finisher (Belbin) so we use a checklist. My listening drops when I am
      tired, and I interrupt. Interpersonal: people trust me and tell me things; the risk
      is that I rescue rather than challenge."""),
    P("""Behaviour. I keep confidences and keep my word, and I held to the contract when the
      Head of Wardrobe asked how Coachee 2 was "getting on". My area to improve is holding
      back – the Johari window exercise in supervision showed my "blind" pane is how
      quickly I finish people's sentences."""),

    H(1, "Reviewing my coaching ability (2.1)"),
    H(2, "Questioning"),
    P("""I ask good opening questions but my follow-ups are leading ("Would it help if you
      pre-set the Cherubino jacket?"). Strategy: in the Options stage of GROW, only ask
      "What else?" until the coachee runs out, and write my own idea down rather than
      saying it."""),
    H(2, "Listening"),
    P("""I listen well for facts but miss feelings. Strategy: try Kline's rule of no
      interruption for the first ten minutes, and summarise the feeling as well as the
      content before moving on."""),
    H(2, "Communication"),
    P("""My written follow-ups are long. Strategy: a three-line e-mail after each session
      (goal, actions, next date) in the shared Excel tracker instead of my own notes."""),
    P("""Reflecting with Gibbs' cycle on the Tosca week, the pattern is clear: under tour
      pressure I go back to being the Deputy Head of Wardrobe. Kolb reminds me to try the
      new approach and then reflect again, not just to know it."""),

    H(1, "Supervision record"),
    T(
        ["Supervisor", "Anjali Mehta-Rowe, coach supervisor (EMCC)"],
        ["Date", "10 December 2024, 75 minutes, Teams"],
        ["Discussed", "Sessions 4–6 with C2; the hire-stock issue; my habit of solving"],
        ["Agreed", "Notice when the problem is also mine; name it in the session; bring a recording in February"],
    ),

    H(1, "Development plan, March – August 2025 (2.2)"),
    T(
        ["Area", "Action", "By when", "Measure of success"],
        ["Questioning", "Use 'What else?' in every Options stage; note how often I offer my own idea", "March – April 2025", "No more than one suggestion per session, from my own notes"],
        ["Listening", "Read Kline (1999); try ten-minute no-interruption opening", "By end of April 2025", "Coachee feedback 'felt listened to' 5/5 from both"],
        ["Communication", "Three-line follow-up e-mail in the Excel tracker", "From March 2025, every session", "Every session recorded within 24 hours"],
        ["Supervision", "Bi-monthly with Anjali; bring one recording (with consent)", "April, June, August 2025", "Three sessions held, each with an action I then try"],
        ["Coaching outside wardrobe", "Offer coaching to a member of the stage management team", "Start by June 2025", "Six sessions completed and reviewed by end of August"],
    ),
    P("""I will review the plan at the end of the spring tour (Hull New Theatre, 10 May) and
      again in August before the autumn season at The Lowry. My BECTU rep has also
      offered a place on a union-funded coaching refresher in July."""),

    H(1, "Declaration"),
    P("I declare that this reflective journal is my own work. Siobhán Kilbride, 28/02/2025"),
    P("""References: Hawkins, P. and Shohet, R. (2012) Supervision in the Helping Professions.
      Kline, N. (1999) Time to Think. Whitmore, J. (2017) Coaching for Performance.
      Costume hire suppliers named: Bermans & Nathans, Angels Costumes, Whaleys (Bradford)
      Ltd for fabric."""),
]

CASE = Case(
    name="r20b_303_opera_wardrobe_docx",
    unit="8587-303",
    kind="structured-docx",
    files=[SourceFile("S Kilbride 303 reflective journal.docx", BLOCKS)],
    labels={},
    expected_checks={
        "declaration": True,
        "evidence_matrix": None,
        # Nobody to anonymise: Siobhán Kilbride (learner), Anjali Mehta-Rowe / Anjali (her
        # supervisor, in the form's field), operas and characters, composers, suppliers.
        "identifying": [],
    },
    about="Touring opera deputy head of wardrobe's clean 303 Word journal: supervisor double-barrelled in the form and by first name, Carmen/Tosca/Cio-Cio-San/Cherubino/the Countess, Puccini and Mozart, Bermans & Nathans, The Lowry, Coachee 1/2 and C1/C2, accented learner name, theorists.",
)
