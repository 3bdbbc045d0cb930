"""8587-304 mentoring portfolio in Word: a Savile Row tailoring house's head cutter, clean.

Aurelio Santangelo is HEAD CUTTER at Pemberton & Hale, a bespoke tailoring house on Savile
Row, and mentors two apprentices for his Level 5 Certificate: Mentee A (an under cutter)
and Apprentice B (a trainee coat maker). Word portfolio with Heading styles: a cover table,
the anonymised contract with its signature lines, plan and goals, a session log, two
session records, diagnostic tools, a supervision record and a short reflection. Nothing is
to be flagged.

Clean but tricky: his own name on the cover, the contract's mentor line, the supervision
form and the declaration; his supervisor in the supervision form's Supervisor field and
the cover ("Philippa Drummond-Hay", double-barrelled) and by first name in prose; the
tutor on the cover; houses and shops named after people (Pemberton & Hale, Henry Poole &
Co, Gieves & Hawkes, Anderson & Sheppard, Huntsman, Dege & Skinner, Ede & Ravenscroft,
Turnbull & Asser, Holland & Sherry, Marks & Spencer, John Lewis, Liberty); garments and
cloths named after people and places (a Chesterfield, a Norfolk jacket, raglan sleeves, a
cardigan, Prince of Wales check, Harris Tweed); Savile Row, Jermyn Street, Sackville Street,
Burlington Arcade; Guy's Hospital and the London College of Fashion; the Golden Shears and
London Fashion Week; the shop's dachshund Monty; customers as "Client 1", "Client 3" and
"Mr X"; job titles in capitals; Clutterbuck, Megginson, Kolb, Honey & Mumford, Belbin, Schön,
Egan, Rogers, Maslow, Goleman, Whitmore, Hawkins & Smith (2006) and Daloz; the centre's
generic e-mail in the footer.
"""

from .case import B, Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "Unit 8587-304 – Mentoring portfolio"),
    T(
        ["Learner", "Aurelio Santangelo"],
        ["Job title", "HEAD CUTTER, Pemberton & Hale, Savile Row"],
        ["ILM number", "61847720"],
        ["Supervisor", "Philippa Drummond-Hay"],
        ["Tutor", "Graham Oduya"],
        ["Mentees", "Mentee A (UNDER CUTTER) and Apprentice B (trainee COAT MAKER)"],
    ),

    H(1, "1. Plan and context"),
    P("""Pemberton & Hale has made bespoke suits on Savile Row since 1902. We are eighteen
      people: two cutters, an under cutter, coat makers, trouser makers, a finisher and the
      shop. Like Henry Poole & Co, Huntsman and Anderson & Sheppard we train our own
      people, because the craft is still learned at the bench over five to seven years.
      My plan was twelve hours of mentoring across two mentees between September and
      February, fortnightly, in the cutting room after the shop closes at six, with the
      trimming table cleared. Each mentee gets six sessions of about an hour; a three-way
      review with the MANAGING DIRECTOR at the start and end sits outside the twelve
      hours."""),

    H(1, "2. Agreed goals"),
    B("""Mentee A: cut a full two-piece suit pattern for Client 1 from the measurements,
      checked by me but not corrected, by the end of January; take his first fitting alone
      by February; enter the Golden Shears next year."""),
    B("""Apprentice B: make up a complete Norfolk jacket with a half-belt to shop standard by
      February; learn to set a raglan sleeve; decide whether to take the London College of
      Fashion evening course in pattern cutting."""),

    H(1, "3. Mentoring contract (anonymised copy)"),
    T(
        ["Item", "Agreed"],
        ["Purpose", "Development as a craftsperson and in the trade; not performance management"],
        ["Meetings", "Fortnightly, about 1 hour, cutting room after close; cancel with 24 hours' notice"],
        ["Confidentiality",
         "What is said stays between us except safety, safeguarding or serious misconduct"],
        ["Records", "Mentor keeps brief notes in a locked drawer; mentee keeps own log; both may read them"],
        ["Stakeholders", "The MANAGING DIRECTOR hears only whether sessions happened and the goals, not content"],
        ["Ending", "Either may end it at any time; final review in February"],
    ),
    P("Mentee: Mentee A (signed)    Mentor: A. Santangelo (signed)    Date: 09/09/2024"),
    P("Mentee: Apprentice B (signed)    Mentor: A. Santangelo (signed)    Date: 11/09/2024"),

    H(1, "4. Diagnostic tools"),
    P("""In the first session with each mentee I used Honey & Mumford's Learning Styles
      Questionnaire and a skills matrix of the thirty tasks in our apprenticeship book,
      scored by the mentee and then by me. Mentee A is a strong Theorist who wants to know
      why a pattern works before he cuts it; Apprentice B is an Activist who learns with
      the needle in her hand. In session 3 I used Belbin's team roles with Mentee A because
      he was struggling to work with the coat makers: he came out as a Completer Finisher,
      which explained why he re-chalked every line twice. Maslow's hierarchy came up with
      Apprentice B, who was sofa-surfing in September; we dealt with where she was living
      before we talked about sleeves."""),

    H(1, "5. Session log"),
    T(
        ["Date", "Mentee", "Length", "Topic"],
        ["09/09/24", "Mentee A", "1 hr", "Contract, goals, LSQ, skills matrix"],
        ["11/09/24", "Apprentice B", "1 hr", "Contract, goals, LSQ, skills matrix"],
        ["23/09/24", "Mentee A", "1 hr", "Reading a customer's figure: Client 1's stooping shoulder"],
        ["25/09/24", "Apprentice B", "1 hr 15", "Somewhere to live; Norfolk jacket plan"],
        ["07/10/24", "Mentee A", "1 hr", "Belbin; working with the coat makers"],
        ["09/10/24", "Apprentice B", "1 hr", "Raglan sleeve on a Chesterfield for Mr X"],
        ["04/11/24", "Mentee A", "1 hr 15", "First pattern for Client 1"],
        ["06/11/24", "Apprentice B", "1 hr", "Evening course decision"],
        ["02/12/24", "Mentee A", "1 hr", "Pressure before London Fashion Week orders"],
        ["04/12/24", "Apprentice B", "1 hr", "Half-belt and pleats"],
        ["13/01/25", "Mentee A", "1 hr", "Golden Shears entry"],
        ["03/02/25", "Apprentice B", "1 hr", "Review and close"],
    ),

    H(1, "6. Session records (examples)"),
    H(2, "Mentee A – session 4, 04/11/2024"),
    P("""Goal: cut Client 1's pattern without me correcting it. Reality: he had drafted it twice
      and torn up the first, worried about the Prince of Wales check matching across the
      back seam. Options he found: chalk the check lines on the pattern; ask the coat maker
      how much inlay she wanted; cut the cloth from Holland & Sherry's spare length first.
      Way forward: a calico first, then the cloth on Thursday. My reflection: I held back
      from picking up the shears myself, which was hard. Open questions worked ("What does
      the check need to do at the seam?"). Feedback from Mentee A: "Useful – I knew the
      answer, I just didn't trust it." """),
    H(2, "Apprentice B – session 3, 09/10/2024"),
    P("""Goal: set a raglan sleeve on the Chesterfield overcoat Mr X ordered. Reality: she had
      seen it done once at Gieves & Hawkes on a trial day. Options: watch our senior coat
      maker; try on a cardigan-weight cloth first; ask me to demonstrate. Way forward: a
      practice sleeve in Harris Tweed offcuts. My reflection: I explained for too long –
      an Activist wants to try. She asked if Monty, the shop dachshund, could stay in the
      room, which told me she was more nervous than she showed. Feedback: "Less talking,
      more sewing please," which I took to heart."""),

    H(1, "7. Supervision record"),
    T(
        ["Mentor", "Aurelio Santangelo"],
        ["Supervisor", "Philippa Drummond-Hay (coach supervisor, external)"],
        ["Sessions", "15/10/2024 and 10/12/2024, 1 hour each, Teams"],
        ["Outcomes – October",
         """Using Hawkins & Smith's (2006) seven-eyed model we looked at my relationship with
         Apprentice B. I had become her rescuer over the housing problem. Outcome: signpost
         to the trade's benevolent fund and the Citizens Advice service, not solve it
         myself."""],
        ["Outcomes – December",
         """Mentee A's perfectionism. Philippa asked what I was modelling: I re-chalk too. Outcome:
         in the next session share my own mistakes, and use Schön's reflection-in-action
         to stop myself taking over."""],
    ),

    H(1, "8. Reflection"),
    P("""Kolb's cycle describes my year well: I had the concrete experience of mentoring, but
      the learning came from reflecting on it in supervision and trying something
      different. I know now that my instinct is to teach, as I was taught on Sackville
      Street thirty years ago, and that mentoring is something else: Clutterbuck and
      Megginson's developmental mentoring, where the mentee owns the agenda. Egan's
      Skilled Helper and Rogers' core conditions gave me language for what good sessions
      felt like. Daloz's idea of support, challenge and vision fitted Apprentice B: she
      needed support first, then challenge. Goleman's emotional intelligence reminded me
      to notice my own frustration. Whitmore's GROW was the right shape for a practical
      trade. Both mentees met their main goals. Apprentice B spent two weeks at home after
      an operation at Guy's Hospital in January but still finished her jacket, and Mentee
      A has his Golden Shears entry under way."""),
    P("""Two moments from the sessions stay with me. The same month, Marks & Spencer and John
      Lewis were both advertising "Savile Row inspired" suits, and Mentee A asked me why a
      bespoke suit costs twenty times as much. His answer to his own question, after a long
      silence, was better than mine would have been. And when Client 3, a well-known actor,
      came in for a fitting with his Turnbull & Asser shirts and asked for the Liberty print
      lining he had seen at Dege & Skinner, Apprentice B handled him on her own while I
      stayed in the cutting room. Next year I want to offer the scheme to the two new
      trouser makers and to one of the Jermyn Street shirtmakers we work with, and to compare
      notes with other houses – Dege & Skinner, Ede & Ravenscroft – on how they record
      apprentices' progress. I have also been asked to talk about the scheme at a
      breakfast for the shops in Burlington Arcade."""),
    P("""I confirm that this portfolio is my own work and that the mentoring took place as
      recorded. Aurelio Santangelo, 21 February 2025."""),
    P("City Tailoring Academy (ILM Approved Centre) – portfolios@citytailoringacademy.co.uk"),
]

CASE = Case(
    name="r19b_304_bespoke_tailor_docx",
    unit="8587-304",
    kind="portfolio",
    files=[SourceFile("Santangelo_8587-304_portfolio.docx", BLOCKS)],
    labels={},
    expected_checks={"declaration": True, "evidence_matrix": False, "identifying": []},
    about="Savile Row head cutter's clean 304 Word portfolio: Mentee A/Apprentice B, Client 1, Mr X, supervisor Philippa Drummond-Hay in cover and form and by first name, tutor on cover, tailoring houses named after people, Chesterfield/Norfolk/raglan/Prince of Wales check, Guy's Hospital, Golden Shears, a dachshund Monty, theorists, centre e-mail footer.",
)
