"""8587-302 Undertaking an Extended Period of Coaching: a car plant's paint shop manager, PDF, three planted details.

Declan Forsyth (ILM 70452219), Paint Shop Area Manager at a car plant near Sunderland,
coaches two team leaders, "Coachee 1" and "Coachee 2". PDF exported from Word, headings
"1.1 –" style, a combined log, per-session reflection paragraphs, a feedback form and a
supervision table.

Planted (3): one log row has Coachee 1 as initial and surname ("R. Thorne"); the pasted
feedback form is signed by her in full ("Rebecca Thorne"); and the contracting section names
Coachee 2's manager, a third party, by title and surname ("Mr Brannigan").

Clean but tricky: the learner's own name and number, his coaching supervisor named in the
supervision table, Washington and Houghton-le-Spring (towns like surnames), the Stadium of
Light, Whitmore, Downey's TGROW, Belbin, Insights Discovery, Passmore, Rogers, Kolb,
SAP and Power BI, job titles (Area Manager, Plant Director, HR Business Partner), months.

Practice truth. Coachee 1: 30 (chemistry) + 90 + 90 + 90 + 90 + 60 = 450, the 24 Feb row
did not attend. Coachee 2: 30 (chemistry) + 75 + 90 + 60 + 90 + 60 = 405; the 3-way with her
manager is marked not counted. 450 + 405 = 855 minutes (his total 14.25 hrs, right) in 12
sessions with 2 individuals. Supervision 60 + 90 = 150.
"""

from .case import B, Case, H, P, SourceFile, T

BLOCKS = [
    P("Declan Forsyth – ILM reg 70452219 – Level 5 Coaching and Mentoring – Unit 8587-302"),
    H(0, "Coaching portfolio: team leader development in the Paint Shop"),
    H(1, "1.1 – Plan for 12 hours of coaching"),
    P("""The Paint Shop runs three shifts with nine team leaders. Two of them were promoted from
      operator in the autumn and asked for support, so the Plant Director agreed I could coach
      both for my ILM. The plan was a 30-minute chemistry meeting with each, then five further
      sessions each of 60 to 90 minutes, fortnightly, from January to March, aiming for at least
      six hours per person so the total is over twelve. Sessions are held in the Washington
      meeting room in the admin block, away from the line, at shift changeover so no overtime is
      needed. I booked all dates in Outlook up front and told the shift managers they were
      protected."""),
    H(1, "1.2 – Topics and goals"),
    T(
        ["Coachee", "Topic", "Goal agreed"],
        ["Coachee 1", "Running the start-of-shift brief", "Deliver a five-minute brief every shift without notes by March"],
        ["Coachee 2", "Managing former peers", "Hold a return-to-work conversation with an operator she used to work beside"],
    ),
    P("""Both goals came from the coachees, not from me or the business; I only asked them to make
      them specific and measurable."""),
    H(1, "1.3 – Contract"),
    P("""Each coachee signed the plant's coaching agreement: purpose, number and length of
      sessions, venue, 48 hours' notice to rearrange, confidentiality and its limits (health and
      safety, safeguarding, gross misconduct), notes kept by me in a locked cabinet and shredded
      six months after the end. As Coachee 2 reports to another area, I also held a short
      three-way with her manager, Mr Brannigan, to agree the broad aim; he agreed he would
      not ask me about the content. The HR Business Partner had a copy of the agreement with
      the names and dates only."""),

    H(1, "2.1 – Diagnostic tools"),
    P("""Both completed Belbin team roles and the plant's leadership 360 (six raters each) before
      session 2. Coachee 1's 360 showed others rated her far higher than she rated herself on
      communication, which we used to challenge her belief that she "can't talk to a group".
      Coachee 2 used an Insights Discovery profile she had from a previous course; her strong
      red energy explained why former peers found her abrupt."""),
    H(1, "2.2 – Coaching model"),
    P("""I used Downey's TGROW: Topic first, because team leaders often arrive with three issues
      and need to choose one; then Goal, Reality, Options, Wrap-up. Whitmore's point that the
      coach raises awareness and responsibility kept me asking rather than telling. Over the
      programme, the sessions moved from mostly Reality (what is actually happening on the
      line) to mostly Options and Wrap-up as both got more confident."""),
    H(1, "2.3 – Knowledge, skills and ethical behaviour"),
    P("""I kept to the contract, including once when Coachee 2 started telling me about a
      colleague's drinking: I reminded her of the limits before she went further, and we agreed
      she would speak to HR herself. Questioning: I used scaling ("on a scale of one to ten,
      how ready are you?") and the "what else?" question repeatedly. Listening: I reflected
      back feelings as well as facts, which is uncomfortable in a plant where nobody talks
      about feelings. I recorded each session in my own log, with Rogers' unconditional positive
      regard in mind for the difficult ones."""),
    H(1, "2.4 – Record of the coaching process"),
    T(
        ["Date", "Coachee", "Type", "Minutes", "Notes"],
        ["06/01", "Coachee 1", "Chemistry", "30", "Agreement explained, signed"],
        ["08/01", "Coachee 2", "Chemistry", "30", "Agreement signed"],
        ["13/01", "Coachee 1", "Coaching", "90", "Goal set, Belbin reviewed"],
        ["15/01", "Coachee 2", "Coaching", "75", "Goal set"],
        ["20/01", "Coachee 2", "3-way with manager", "30", "Stakeholder meeting, not coaching – not counted"],
        ["27/01", "R. Thorne", "Coaching", "90", "360 results"],
        ["29/01", "Coachee 2", "Coaching", "90", "Insights profile, former peers"],
        ["10/02", "Coachee 1", "Coaching", "90", "Brief rehearsed"],
        ["12/02", "Coachee 2", "Coaching", "60", "Planning the return-to-work"],
        ["24/02", "Coachee 1", "Coaching", "DNA", "Off sick, rebooked"],
        ["26/02", "Coachee 2", "Coaching", "90", "Debrief of the return-to-work"],
        ["03/03", "Coachee 1", "Coaching", "90", "Observed brief debrief"],
        ["12/03", "Coachee 2", "Coaching", "60", "Final review and close"],
        ["17/03", "Coachee 1", "Coaching", "60", "Final review and close"],
        ["", "", "TOTAL (counted)", "855 mins = 14.25 hrs", ""],
    ),
    P("""Each entry links to a one-page session note with actions, in the folder; the agreements,
      360 reports and closing reviews complete the audit trail from first contact to
      completion."""),

    H(1, "3.1 – Reflection on each session and key learning"),
    P("""After session 1 with Coachee 1 I noted I had talked for half of it. After the 360
      session I learned that data opens a conversation better than opinion: she could not argue
      with six raters. With Coachee 2 the key learning was from 26 February, when I let a long
      silence run and she came up with her own plan for the next return-to-work. Kolb's cycle
      fits this: each session's reflection changed what I did in the next. My CPD log now has
      a line for each session."""),
    H(1, "3.2 – Feedback on each session"),
    P("""At the end of each session I asked two questions: what was most useful today, and what
      could I do differently. Answers are recorded in the notes column of my session notes. At
      the end each coachee filled in the feedback form below."""),
    T(
        ["End of programme feedback", ""],
        ["How useful was the coaching (1-5)?", "5"],
        ["What helped most?", "Being asked instead of told. Practising the brief in the Washington room before doing it for real."],
        ["What could the coach improve?", "Sometimes the questions were too long"],
        ["Coachee signature", "Rebecca Thorne"],
    ),
    H(1, "3.3 – Review of my communication skills"),
    P("""Looking at my recordings of two sessions and the feedback, my questions are often two
      questions in one, which Coachee 1 spotted on her form. My listening has improved: I now
      notice I am composing an answer while they talk and stop myself. Feedback I give is
      specific, but I tend to soften it too much, which Passmore warns can leave the coachee
      unsure what you meant. I will keep questions under ten words and state feedback once,
      clearly."""),
    H(1, "3.4 – Supervision"),
    T(
        ["Date", "Supervisor", "Length", "Outcome"],
        ["17/02/2025", "Anne-Marie Kettleborough (ILM coaching supervisor)", "60 mins",
         "Discussed the drinking disclosure; confirmed I handled the boundary correctly; practise re-contracting"],
        ["20/03/2025", "Anne-Marie Kettleborough (ILM coaching supervisor)", "90 mins",
         "Reviewed endings and my over-softened feedback; agreed to say the key message first"],
    ),
    P("""The outcome for my practice: after the first supervision I started every session by
      re-contracting; after the second I changed how I give feedback, starting with the key
      message and then the evidence."""),
    B("Declaration: I confirm this portfolio is my own work. D. Forsyth, 28 March 2025."),
    P("Paint Shop, Wearside Automotive, Houghton-le-Spring. Next stop: the Stadium of Light."),
]

CASE = Case(
    name="nl_302_paint_shop_planted_pdf",
    unit="8587-302",
    kind="structured-pdf",
    files=[SourceFile("D_Forsyth_8587-302_portfolio.pdf", BLOCKS)],
    labels={
        "1.1": "aiming for at least six hours per person",
        "1.2": "Both goals came from the coachees, not from me",
        "1.3": "he agreed he would not ask me about the content",
        "2.1": "which we used to challenge her belief",
        "2.2": "often arrive with three issues and need to choose one",
        "2.3": "I reminded her of the limits before she went further",
        "2.4": "complete the audit trail from first contact",
        "3.1": "data opens a conversation better than opinion",
        "3.2": "what was most useful today, and what could I do differently",
        "3.3": "notice I am composing an answer while they talk",
        "3.4": "after the first supervision I started every session by re-contracting",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        "identifying": ["Mr Brannigan", "R. Thorne", "Rebecca Thorne"],
        # Coachee 1: 30 + 90 + 90 + 90 + 90 + 60 = 450 (24/02 DNA)
        # Coachee 2: 30 + 75 + 90 + 60 + 90 + 60 = 405 (20/01 3-way not counted)
        # 450 + 405 = 855; TOTAL row skipped
        "minutes": 855,
        "sessions": 12,
        "individuals": 2,
        # 60 + 90 = 150
        "supervision_minutes": 150,
    },
    about="Car plant paint shop manager's 302 PDF: initial+surname in one log row, coachee's full name signing the feedback form, Coachee 2's manager as 'Mr Brannigan'; supervisor in supervision table, Washington room, Houghton-le-Spring, Stadium of Light, TGROW/Belbin/Insights clean; 855 min in 12 sessions with 2 coachees, a DNA row and a not-counted 3-way.",
)
