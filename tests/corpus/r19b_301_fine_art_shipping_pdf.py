"""8587-301 assignment as PDF: a fine art shipping firm's head of collections care, clean.

Ottilie Fairbrother (ILM 61530877) is Head of Collections Care at Hatherley & Crowe, a family
firm that packs, crates, stores and ships fine art and antiques from Cheltenham, and writes
her 301 about mentoring new art handlers and registrars. PDF with the ACs as numbered headings, her own examples, a tools
table, references and a signed declaration. Nothing is to be flagged.

Clean but tricky: her own name and number on the cover, in the declaration and the running
header line; her tutor where the cover asks ("Tutor: Dr Keith Amberley"); a firm made of two
surnames (Hatherley & Crowe), auction-house clients (Christie's, Sotheby's, Bonhams,
Phillips, Lyon & Turnbull), John Lewis and Marks & Spencer; makers and artists as objects (a Lowry, Clarice
Cliff, Moorcroft, Royal Doulton, Wedgwood, Chippendale, Lalique, Fabergé); Pate's Grammar
School, Cheltenham General Hospital, the Promenade, Montpellier, Bond Street; the Cheltenham
Festival and Antiques Roadshow; the warehouse cat Constable; book titles; theorists cited
every way (Clutterbuck, Megginson, Garvey, Downey, Whitmore, Egan, Rogers, Schön, Kolb,
Honey & Mumford, Belbin, Goleman, Maslow, Hawkins & Smith 2006, Luft & Ingham, Gibbs);
pseudonyms ("Mentee A", "Handler X", "Registrar 2", "Client 1", "Collector J"); job titles in
capitals; the centre's generic e-mail in the footer line.
"""

from .case import Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "Mentoring in the packing shed"),
    P("ILM Level 5 Certificate in Coaching and Mentoring – Unit 8587-301 Understanding Good Practice in Mentoring within an Organisational Context"),
    T(
        ["Learner", "Ottilie Fairbrother"],
        ["ILM no.", "61530877"],
        ["Organisation", "Hatherley & Crowe Fine Art Shipping, Cheltenham"],
        ["Job title", "HEAD OF COLLECTIONS CARE"],
        ["Tutor", "Dr Keith Amberley"],
        ["Date", "March 2025"],
    ),

    H(1, "Introduction"),
    P("""Hatherley & Crowe started in 1887 as a removals firm with a yard between the
      Promenade and Montpellier and is still run by the founding families. Today we pack,
      crate, store and ship fine art and antiques: a Lowry going from a house in the
      Cotswolds to Christie's or Phillips in London, a Fabergé cigarette case flying to a
      buyer in New York, a whole country-house library going into store. Two of our
      technicians once packed a collection in front of the cameras for Antiques Roadshow. We
      employ 38 staff: ART HANDLERS, CRATE MAKERS, DRIVERS, REGISTRARS who do the paperwork
      and customs, a client services team and the accounts office. This assignment
      looks at how mentoring works, and could work better, in an organisation like ours."""),

    H(1, "1.1 The purpose of mentoring in our organisation"),
    P("""Clutterbuck (2014) describes mentoring as off-line help from one person to another in
      making significant transitions in knowledge, work or thinking. In fine art shipping the
      knowledge that matters most is not in books: it is knowing that a Clarice Cliff Bizarre
      plate needs to travel upright and a Royal Doulton figure upside down in its foam, or
      how to tell a collector calmly that their frame will not fit through the lift. That knowledge has
      always passed from senior to junior staff informally. The purpose of a mentoring scheme
      here is to make that deliberate: to keep expertise in the firm as older technicians
      retire, to help new handlers become confident enough to lead a collection on their
      own, and to keep good people. In the last three years we have lost two trained
      handlers to the in-house teams at Bonhams and one to Sotheby's on Bond Street.
      Mentoring also supports our plan to develop DRIVERS into art handlers, which Megginson et al. (2006) would call
      developmental rather than sponsorship mentoring."""),

    H(1, "1.2 The role and responsibilities of the mentor"),
    P("""The mentor's role is to listen, question, share experience and help the mentee to
      reach their own conclusions. Responsibilities include agreeing a contract, keeping to
      the boundaries of confidentiality, managing time, keeping records, referring on when
      an issue is beyond the mentoring (for example health or HR matters), and ending the
      relationship well. Garvey, Stokes and Megginson (2014) point out that the mentor is
      responsible for the process, not for the mentee's decisions. In practice, when Mentee
      A asked me whether to apply for a job in the Lyon & Turnbull warehouse, my responsibility was to
      help her think it through, not to talk her out of it."""),

    H(1, "1.3 Skills, knowledge and behaviours of an effective mentor"),
    T(
        ["Skills", "Knowledge", "Behaviours"],
        ["Active listening (Egan's SOLER); open and probing questions",
         "Of the business, the trade and its ethics (the Antiques Trade Gazette, our terms of business, customs rules)",
         "Patience, honesty, keeping confidences"],
        ["Summarising and reflecting; giving feedback", "Of mentoring models and tools",
         "Non-judgemental: Rogers' unconditional positive regard"],
        ["Goal setting; challenging supportively",
         "Of own limits and where to refer (HR, the Employee Assistance line)",
         "Self-aware, reflective (Goleman's emotional intelligence)"],
    ),

    H(1, "1.4 Overcoming potential barriers"),
    P("""The main barriers here are time (the weeks before the big London sales leave no room
      for anything), hierarchy (a handler mentored by a head of department may say what he
      thinks I want to hear), and the culture of "you learn by watching". To overcome them
      we protect mentoring time in the calendar outside the sale seasons, pair mentors and mentees from
      different departments where possible, and agree in the contract that the mentee
      leads. Handler X, for example, is mentored by our customs registrar rather than by me,
      although he works mostly in my department."""),

    H(1, "2.1 Starting a productive working relationship"),
    P("""Methods include an informal first meeting away from the warehouse – coffee at the
      John Lewis café in town is neutral ground – sharing something about
      yourself, asking about the person's hopes rather than their job description, and
      agreeing how often to meet. With Registrar 2 I started by asking about the object that
      made her want to work with antiques; it was a Moorcroft vase her grandmother bought at
      Marks & Spencer's old Cheltenham store in the 1970s, which turned out to be a later
      copy, and the conversation that followed told me more about her than any CV."""),

    H(1, "2.2 Contracting"),
    P("""A contract sets expectations on both sides and protects the relationship. Ours covers
      the purpose and goals, frequency and length of meetings, confidentiality and its
      limits, note-taking and storage (GDPR), what happens if a session is missed, how
      the line manager is kept informed, and how either party can end the mentoring. Hawkins
      & Smith (2006) describe contracting at several levels – practical, psychological and
      organisational – and the organisational level matters here because the firm pays for
      the scheme and the MANAGING DIRECTOR wants to know it is working."""),

    H(1, "2.3 Safe and ethical practice"),
    P("""Safe and ethical mentoring means keeping confidentiality unless there is a risk of
      harm, avoiding conflicts of interest, not creating dependency, respecting difference
      and knowing my own limits. There are conflicts particular to our trade: a mentee who
      is offered cash for a "quiet" delivery, or a client relationship that crosses into
      friendship. When Mentee A told me that Client 1 had offered her a private cash job at
      the weekend, I listened, then
      reminded her of the firm's policy and of where the mentoring boundary sat: I would
      not report the conversation, but she needed to declare the offer herself. Likewise,
      Collector J's family dispute, which came up in a session about difficult house
      clearances, was not for the mentoring notes. I follow the EMCC Global Code of Ethics."""),

    H(1, "3.1 Managing the process with a recognised model"),
    P("""I use Clutterbuck's five stages of a developmental relationship – rapport building,
      direction setting, progress making, winding down and moving on – to manage the whole
      arrangement, and within sessions Whitmore's (2017) GROW model, which I was introduced
      to in "Coaching for Performance". Downey's (2003) spectrum from directive to
      non-directive helps me judge when to share my own experience. On a packing job
      the pull is always towards telling, because a mistake breaks something priceless."""),

    H(1, "3.2 Tools and techniques to identify preferences and agree goals"),
    T(
        ["Tool", "What it does", "How I use it"],
        ["Honey & Mumford Learning Styles Questionnaire", "Shows learning preferences",
         "Reflectors shadow a collection move before trying; Activists pack under supervision"],
        ["Belbin team roles", "Shows preferred team contribution", "Helps plan roles on a big installation"],
        ["Wheel of life / skills wheel", "Shows balance and priorities", "Session 1, repeated at review"],
        ["Johari window (Luft & Ingham)", "Opens up blind spots", "With feedback from colleagues"],
        ["SMART goals", "Makes goals measurable", "Agreed and recorded in session 2"],
    ),
    P("""Maslow's hierarchy reminds me that a new handler worried about rent or hours will not
      be thinking about learning the difference between Wedgwood and Lalique, so the first
      conversations are about settling in."""),

    H(1, "3.3 Monitoring and reviewing progress"),
    P("""We review goals every fourth session against the measures we agreed, for example
      "write the condition reports for a 200-item collection with fewer than five
      corrections" or "lead the crating of ten pieces, including one piece of
      Chippendale-period furniture, without a senior on site". Progress is also visible in
      our systems: every condition report is checked before a shipment leaves.
      A formal end-of-year review with the mentee and line manager closes the loop. When a
      goal is off track we use scaling questions and go back to Options rather than just
      setting a new deadline."""),

    H(1, "4.1 The purpose of mentoring records"),
    P("""Records give both parties a shared memory of what was agreed, show progress, support
      accountability and provide evidence for the scheme. For the mentee they are a record
      of their own learning; for the mentor they are material for reflection and
      supervision. Records are kept anonymised and securely – in our case in a restricted
      SharePoint folder, not in the shipment system – and are destroyed a year after the
      mentoring ends, in line with GDPR."""),

    H(1, "4.2 Reflective practice and supervision"),
    P("""Schön (1983) distinguishes reflection-in-action, adjusting while it happens, and
      reflection-on-action afterwards. Kolb's (1984) cycle and Gibbs' (1988) model give
      structure to the second. Reflection matters because mentors have blind spots; I did
      not notice that I always steered conversations back to packing ceramics until I reread my
      notes. Supervision adds another pair of eyes: Hawkins & Smith's (2006) seven-eyed
      model lets a supervisor look at the mentee, the relationship and the mentor's own
      reactions. Without it a mentor in a small firm can easily become a gatekeeper rather
      than a helper."""),

    H(1, "Conclusion"),
    P("""Mentoring suits a fine art shipper because the expertise lives in people. It will only
      work if it has protected time, clear contracts and mentors who are willing to listen
      more than they talk. Even Constable, the warehouse cat, knows the difference between a
      quiet Monday and a loading day; mentoring needs more of the quiet Mondays. I am
      proposing a pilot of four pairs to start after the Cheltenham Festival, when the
      sporting art shipments are out. My secondary school, Pate's Grammar School, ran a
      mentoring scheme for sixth formers that I still remember, and I would like our
      new ART HANDLERS to have something as good. One of them is taking the summer off to
      recover from an operation at Cheltenham General Hospital, and the scheme should be
      ready for his return."""),

    H(1, "References"),
    P("Clutterbuck, D. (2014) Everyone Needs a Mentor. 5th edn. London: CIPD."),
    P("Downey, M. (2003) Effective Coaching. London: Texere."),
    P("Garvey, B., Stokes, P. and Megginson, D. (2014) Coaching and Mentoring: Theory and Practice. London: Sage."),
    P("Gibbs, G. (1988) Learning by Doing. Oxford: FEU."),
    P("Hawkins, P. and Smith, N. (2006) Coaching, Mentoring and Organizational Consultancy. Maidenhead: Open University Press."),
    P("Kolb, D. (1984) Experiential Learning. Englewood Cliffs: Prentice Hall."),
    P("Megginson, D. et al. (2006) Mentoring in Action. 2nd edn. London: Kogan Page."),
    P("Schön, D. (1983) The Reflective Practitioner. New York: Basic Books."),
    P("Whitmore, J. (2017) Coaching for Performance. 5th edn. London: Nicholas Brealey."),

    H(1, "Declaration"),
    P("""I declare that this assignment is my own work and that the sources I have used are
      acknowledged. Ottilie Fairbrother, 14 March 2025."""),
    P("""Severn Vale Training Ltd – ILM Approved Centre – submissions and queries: assessments@severnvaletraining.co.uk"""),
]

CASE = Case(
    name="r19b_301_fine_art_shipping_pdf",
    unit="8587-301",
    kind="structured-pdf",
    files=[SourceFile("Fairbrother_8587-301.pdf", BLOCKS)],
    labels={},
    expected_checks={"declaration": True, "evidence_matrix": None, "identifying": []},
    about="Fine art shipping firm's head of collections care, clean 301 PDF: Hatherley & Crowe, Christie's/Sotheby's/Bonhams/Lyon & Turnbull, John Lewis, M&S, a Lowry, Clarice Cliff, Moorcroft, Wedgwood, Fabergé, Pate's Grammar School, the cat Constable, theorists every way, Mentee A/Handler X/Registrar 2/Client 1/Collector J, tutor on the cover, centre e-mail footer.",
)
