"""8587-304 Undertaking an Extended Period of Mentoring: a regional theatre's company stage manager, Word portfolio with a log and session record forms.

Lowri Batstone is Company Stage Manager at a producing theatre in Cheltenham and mentors a
newly appointed Assistant Stage Manager, called "my mentee" or "the ASM" throughout. Her
portfolio has Word headings by learning outcome ("Part 1 - Planning") with the ACs named in
bold-style lines inside, a mentoring log, and then three of the centre's session record forms
(two-column tables) for sessions 2, 5 and 9, which repeat sessions already in the log. The
first row is a 30-minute chemistry meeting that she says is not counted in her twelve hours;
one session was cancelled (a tech rehearsal overran). Supervision is in its own short table.

Planted (2): the mentee's full name in the "Mentee" box of one session record form ("Ellie
Marsh"), the only place it appears; the show's director, a third party, named in full in a
reflection ("Gareth Lloyd-Evans").

Clean but tricky: her own name at the top and in the declaration; the supervisor named where
the form asks; the theatre ("the Regent Playhouse"), Stage
Management Association; plays (Blithe Spirit, An Inspector Calls); Cheltenham; Clutterbuck and Megginson, Kolb,
the GROW model, a skills wheel, a SWOT; job titles (DSM, Production Manager, Head of
Wardrobe).

Assessor's arithmetic (the log in Part 2; record forms are the same sessions):
  1  08/01 30 min chemistry meeting, "not counted in my 12 hours"   -> excluded (her word)
  2  15/01 90        -> 90
  3  22/01 90        -> 90
  4  29/01 60        -> 60
  5  05/02 90        -> 90
  6  12/02 cancelled, tech overran -> excluded
  7  19/02 2 hrs     -> 120
  8  26/02 90        -> 90
  9  05/03 90        -> 90
  10 12/03 90 final  -> 90
  Total row "12 hrs" restates -> never added.
  minutes 90+90+60+90+120+90+90+90 = 720; sessions 8; individuals 1.
  Forms for sessions 2, 5 and 9 repeat logged sessions -> not added again.
  Supervision: 06/02 60 + 13/03 75 = 135.
"""

from corpus.case import B, Case, H, P, SourceFile, T

LOG = T(
    ["#", "Date", "Length", "Where", "Focus", "Notes"],
    ["1", "08/01/2025", "30 mins", "Green room", "Chemistry meeting - do we want to work together?", "Not counted in my 12 hours"],
    ["2", "15/01/2025", "1 hr 30", "SM office", "Contracting, agreement signed, skills wheel", "Record form below"],
    ["3", "22/01/2025", "1 hr 30", "SM office", "Goals agreed, SWOT", ""],
    ["4", "29/01/2025", "1 hr", "Rehearsal room 2", "Running the prompt desk - fears", ""],
    ["5", "05/02/2025", "1 hr 30", "SM office", "Props list for Blithe Spirit - what went wrong", "Record form below"],
    ["6", "12/02/2025", "-", "-", "CANCELLED - tech rehearsal overran", "Moved to 19/02 and made longer"],
    ["7", "19/02/2025", "2 hrs", "Cafe bar (closed)", "Conflict with the Head of Wardrobe", ""],
    ["8", "26/02/2025", "1 hr 30", "SM office", "Calling a cue sequence - practice on the desk", ""],
    ["9", "05/03/2025", "1 hr 30", "SM office", "Feedback after her first show calling the book", "Record form below"],
    ["10", "12/03/2025", "1 hr 30", "Green room", "Final review and ending", ""],
    ["", "Total", "12 hrs", "", "8 mentoring sessions plus chemistry meeting", ""],
)

FORM_2 = T(
    ["SESSION RECORD", ""],
    ["Session no.", "2"],
    ["Date / time", "15/01/2025, 10:00 - 11:30"],
    ["Mentee", "ASM (first session after chemistry meeting)"],
    ["Purpose", "Contracting and where she is now"],
    ["What was discussed", "Went through the mentoring agreement line by line. She asked what I would tell the Production Manager and we agreed: attendance and goals only. She scored herself on the stage management skills wheel: prompt desk 2, props 7, people 4, paperwork 8."],
    ["Agreed actions", "Mentee to think about which two wheel scores matter most for the spring season"],
    ["Mentee feedback", "'Clearer than I expected, glad we did the agreement properly.'"],
    ["My reflection", "I talked for most of the first half hour. Next time let her lead after the agreement."],
)

FORM_5 = T(
    ["SESSION RECORD", ""],
    ["Session no.", "5"],
    ["Date / time", "05/02/2025, 14:00 - 15:30"],
    ["Mentee", "Ellie Marsh"],
    ["Purpose", "What happened with the Blithe Spirit props list"],
    ["What was discussed", "The missing seance table in the dress rehearsal. Used GROW: goal to have a props list she trusts; reality - she updated it from memory after rehearsals; options - photos, a checklist at the end of each call, asking the DSM; will - end-of-day check with the DSM for two weeks."],
    ["Agreed actions", "End-of-day props check with the DSM, photo of every preset"],
    ["Mentee feedback", "'Useful but I felt a bit told off at the start.'"],
    ["My reflection", "She was right. I opened with the mistake instead of asking how the week had gone."],
)

FORM_9 = T(
    ["SESSION RECORD", ""],
    ["Session no.", "9"],
    ["Date / time", "05/03/2025, 10:00 - 11:30"],
    ["Mentee", "ASM"],
    ["Purpose", "Debrief of her first show calling the book (An Inspector Calls matinee)"],
    ["What was discussed", "She called 142 cues and was late on two. She picked out both herself before I said anything. We talked about what she did in the moment and what she will do to stay ahead in the Act 2 sequence."],
    ["Agreed actions", "Mark stand-bys a page earlier in Act 2; ask to call the Thursday matinee too"],
    ["Mentee feedback", "'Best session so far - you let me get there myself.'"],
    ["My reflection", "Asking her to go first worked. I only added one thing she had missed."],
)

SUPERVISION = T(
    ["Date", "With", "Length", "Main outcome"],
    ["06/02/2025", "My supervisor, Dr A. Whitcombe (ILM tutor)", "1 hr", "How I open sessions; stop starting with the problem"],
    ["13/03/2025", "My supervisor, Dr A. Whitcombe (ILM tutor)", "1 hr 15", "Ending well; what to do with the mentee's request to carry on informally"],
)

BLOCKS = [
    H(0, "Unit 8587-304 Undertaking an Extended Period of Mentoring"),
    P("Lowri Batstone, Company Stage Manager, the Regent Playhouse, Cheltenham"),
    P("""My mentee is an Assistant Stage Manager who joined the company in December, straight
      from drama school. I refer to her as "my mentee" or "the ASM" in this portfolio."""),

    H(1, "Part 1 - Planning"),
    P("AC 1.1 Plan for 12 hours"),
    P("""I planned ten sessions from January to March, an hour and a half each where the
      rehearsal schedule allowed, so that even if one or two were lost we would still reach
      twelve hours. I booked them on Wednesday mornings before rehearsals begin and
      pencilled them into the company schedule so the Production Manager could see them and
      not call the ASM for anything else. The first meeting was a short chemistry meeting so
      that she could say no if she did not want me as a mentor; I did not count it. I planned
      two supervision sessions with my tutor, one halfway and one near the end, and a
      session record form for every meeting."""),
    P("AC 1.2 Topics and goals"),
    P("""Topics came from her skills wheel and a SWOT in session 3. We agreed three goals: to
      call a full show from the prompt desk before the end of the spring season; to build a
      props list system she trusts so that nothing goes missing between rehearsal and stage;
      and, her choice, to handle disagreements with other departments herself instead of
      coming to find me. These fit the theatre's plan to train ASMs up to DSM within two
      years."""),
    P("AC 1.3 Contract"),
    P("""The agreement covered when and where we would meet, how to cancel, confidentiality and
      its limits (safety, safeguarding of the young company members, anything illegal), how
      I keep notes, and what the Production Manager, as stakeholder, would be told, which
      was attendance and progress against the goals and nothing else. The Production Manager
      signed the stakeholder section in a three-way meeting in January. We both agreed that
      either of us could end the mentoring early without needing a reason."""),

    H(1, "Part 2 - Mentoring practice"),
    P("AC 2.1 Diagnostic tools"),
    P("""The stage management skills wheel (eight areas, scored 1 to 10) showed that the prompt
      desk was her weakest area by far, at 2, even though she had called shows at drama
      school. Talking about that score was when she told me she freezes when the director is
      in the auditorium. The SWOT in session 3 gave us the third goal, because every threat
      she listed was a person in another department. We rescored the wheel in the final
      session: prompt desk 6, people 7."""),
    P("AC 2.2 Mentoring model"),
    P("""I used Clutterbuck and Megginson's idea of the mentee setting the agenda, with GROW
      inside each session to get to an action. The form for session 5 below shows a full
      GROW conversation about the props list. Over the whole relationship I followed the
      phases of building rapport, setting direction, progression and winding down, and the
      last session was deliberately about ending."""),
    P("AC 2.3 Knowledge, skills and behaviours"),
    P("""My knowledge of the job is deep, which helped her trust me but made me want to fix
      things. The skills I used most were open questions, summarising and silence. In
      session 7 she spent the first twenty minutes angry about the Head of Wardrobe, and I
      listened without taking sides even though I work with both of them. I asked "what do
      you need from her that you are not getting?" and she realised it was the costume
      change timings, which was a process problem not a personal one. Ethically, I kept to
      the agreement and did not pass on anything she said about colleagues."""),
    P("AC 2.4 Mentoring log and records"),
    P("""Below is my log, and after it the session record forms for three of the sessions as
      examples; the full set is in my mentoring folder."""),
    LOG,
    FORM_2,
    FORM_5,
    FORM_9,

    H(1, "Part 3 - Reviewing my practice"),
    P("AC 3.1 Reflection on each session"),
    P("""I wrote the "my reflection" box straight after every session and used Kolb's cycle to
      turn it into something I would do differently. The pattern across the sessions is
      clear: when I opened with a problem (sessions 2 and 5) she got defensive, and when I
      opened by asking how the week had gone she brought the problem herself. Another piece
      of learning was about my own reaction to directors. When Gareth Lloyd-Evans shouted at
      her during the Blithe Spirit tech, I wanted to step in, and in our next session I had
      to be careful not to make it about my feelings. For my CPD I have added observing an
      experienced mentor at the Stage Management Association's mentoring scheme."""),
    P("AC 3.2 Feedback from my mentee"),
    P("""I asked for one sentence of feedback at the end of every session and wrote it in the
      form word for word. The comments moved from "clearer than I expected" to "you let me
      get there myself". The hardest one was after session 5, when she said she felt told
      off, and that is what changed how I start sessions. At the end she also filled in an
      anonymous five-question evaluation for my tutor."""),
    P("AC 3.3 Communication skills review"),
    B("""Questioning: much better at open questions than in January, but I still ask two at
      once when I am in a hurry, and I fall back on "why" which can sound like blame."""),
    B("""Listening: I listened well in session 7 and badly in session 5, where I was
      already thinking about my reply; my tutor noticed the same thing."""),
    B("""Feedback: praise is easy for me, but I have learnt to let the mentee judge her own
      work first and then add what she missed, as in session 9."""),
    P("AC 3.4 Supervision"),
    SUPERVISION,
    P("""The outcome of the first supervision was a new opening for every session ("How has
      the week been?") instead of starting with what went wrong; the next two sessions were
      noticeably more open. In the second we talked about ending, because the ASM asked if
      we could keep meeting informally. My supervisor helped me agree a clear end, with a
      coffee every couple of months rather than carrying on as before."""),

    P("""Declaration: I confirm this is my own work. Lowri Batstone, 24 March 2025"""),
]

CASE = Case(
    name="u_8587_304_theatre_docx",
    unit="8587-304",
    kind="portfolio",
    files=[SourceFile("Batstone_304_portfolio.docx", BLOCKS)],
    labels={
        "1.1": "pencilled them into the company schedule",
        "1.2": "handle disagreements with other departments herself",
        "1.3": "either of us could end the mentoring early",
        "2.1": "she freezes when the director is in the auditorium",
        "2.2": "the phases of building rapport, setting direction",
        "2.3": "which was a process problem not a personal one",
        "2.4": "Feedback after her first show calling the book",
        "3.1": "when I opened with a problem (sessions 2 and 5)",
        "3.2": "an anonymous five-question evaluation for my tutor",
        "3.3": "I fall back on \"why\" which can sound like blame",
        "3.4": "a coffee every couple of months",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        "identifying": ["Ellie Marsh", "Gareth Lloyd-Evans"],
        # 90+90+60+90+120+90+90+90 = 720; chemistry (not counted, her word), cancelled, Total excluded;
        # record forms for sessions 2, 5, 9 are the same sessions
        "minutes": 720,
        "sessions": 8,
        "individuals": 1,
        # 60 + 75 = 135
        "supervision_minutes": 135,
    },
    about="Theatre company stage manager's 304 Word portfolio: log with an uncounted chemistry meeting, a cancelled row and a Total, three two-column session record forms repeating logged sessions, supervision table; mentee's full name in one form and the director in a reflection.",
)
