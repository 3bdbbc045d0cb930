"""8587-304 extended mentoring (DOCX portfolio): a GP surgery reception lead mentors two new care navigators.

Joanne Whitcombe, reception and patient services lead at a GP surgery in Stockport with
14,000 patients, mentors two newly appointed care navigators. A DOCX portfolio: evidence
matrix pointing to sections, a plan, a mentoring agreement, tools, then eight session
records with "Start:" and "Finish:" lines (no log table anywhere, no stated durations),
each with reflection and the mentee's feedback, two supervision records with their own
Start/Finish, and a closing review. Labels sit in the records the matrix points to.

Practice, as an assessor counts it (Finish minus Start per session record):
    Mentee 1: 13:00-14:30 90, 12:30-14:00 90, 17:30-19:00 90, 13:00-14:30 90   = 360
    Mentee 2: 13:15-14:45 90, 13:00-14:30 90, 12:45-14:15 90, 13:00-14:30 90   = 360
    => 720 minutes, 8 sessions, 2 individuals.
    Supervision records: 16:00-17:00 60 + 09:30-10:15 45 = 105.
    Not counted: the plan's "12 hours" and the surgery opening hours in the context.

Clean: no identifying details. Not identifying: Joanne's own name, her supervisor (the
practice manager, Mrs Haworth, on the supervision forms), Mentee 1 and Mentee 2, the
partners and the PCN as roles, Stockport, Clutterbuck, Megginson, Kolb, Honey and Mumford,
the CLEAR model, Hawkins' seven-eyed model, the NHS.
"""

from corpus.case import Case, H, P, SourceFile, T


def session(number, mentee, date, start, finish, focus, happened, reflection, feedback):
    return [
        H(2, f"Session record {number}"),
        P(f"Mentee: {mentee}"),
        P(f"Date: {date}"),
        P(f"Start: {start}"),
        P(f"Finish: {finish}"),
        P(f"Focus: {focus}"),
        P(f"What happened: {happened}"),
        P(f"My reflection and learning: {reflection}"),
        P(f"Mentee feedback: {feedback}"),
    ]


BLOCKS = [
    H(0, "ILM Level 3 – Unit 8587-304 Extended Period of Mentoring – Portfolio"),
    P("Learner: Joanne Whitcombe. Role: Reception and Patient Services Lead."),
    H(1, "Evidence matrix"),
    T(
        ["AC", "Evidence", "Where"],
        ["1.1", "Mentoring plan", "Section A"],
        ["1.2", "Goals agreed with each mentee", "Section B"],
        ["1.3", "Mentoring agreement", "Section C"],
        ["2.1", "Learning styles questionnaire and skills audit", "Section D"],
        ["2.2", "CLEAR model", "Session records 1–8"],
        ["2.3", "Knowledge, skills and behaviours", "Session records 3 and 5"],
        ["2.4", "Session records from first contact to close", "Section E"],
        ["3.1", "Reflection on each session", "Session records 1–8"],
        ["3.2", "Mentee feedback", "Session records 1–8"],
        ["3.3", "Review of communication skills", "Section F"],
        ["3.4", "Supervision", "Supervision records 1 and 2"],
    ),
    H(1, "Context"),
    P("""Our surgery is open 8am to 6.30pm with extended hours on Tuesdays, and the front desk
      takes around 700 calls on a Monday. In December the partners changed two receptionist
      posts into care navigator posts, where staff signpost patients to the right clinician
      or service rather than just booking with a GP. Two new people started in January. I
      mentored both, and they are Mentee 1 and Mentee 2 throughout."""),
    H(1, "Section A – Plan"),
    P("""Plan: eight sessions of 90 minutes, four with each mentee, every other week from mid
      January to the end of February, making 12 hours. Sessions in the upstairs meeting room
      during the lunchtime closure of the phones, except one evening slot when Mentee 1 was
      on a late. I asked the practice manager to keep the rota clear for those slots and to
      be my supervisor for the programme. I planned a review in week eight."""),
    H(1, "Section B – Goals"),
    P("""Mentee 1 (came from a pharmacy counter): to signpost confidently to the PCN
      pharmacist, first contact physio and social prescriber without checking with a GP,
      measured by her own tally of calls she had to pass back. Mentee 2 (first job after
      college): to handle a distressed or angry caller calmly and close the call with a plan,
      measured by listening back to two recorded calls a fortnight with me."""),
    H(1, "Section C – Mentoring agreement"),
    P("""Each mentee signed an agreement with me, and the practice manager countersigned the
      page about what she would be told. We agreed what is said in sessions stays between us
      unless it concerns patient safety or safeguarding; the practice manager hears only
      whether sessions happened and whether goals moved; notes are kept in a locked folder
      and use Mentee 1 and Mentee 2, never a name; either of us can end the arrangement."""),
    H(1, "Section D – Tools"),
    P("""In the first sessions both mentees completed the Honey and Mumford learning styles
      questionnaire. Mentee 1 came out as a strong activist, which explained why she wanted
      to learn the signposting on live calls rather than from the folder. Mentee 2 was a
      reflector. I also used a skills audit built from the care navigator job description,
      scored by each mentee and again by me, and the gaps set the session topics."""),
    H(1, "Section E – Session records"),
    *session(1, "Mentee 1", "Mon 12 Jan", "13:00", "14:30",
             "Contracting, goals, learning styles",
             """We went through the agreement and she filled in Honey and Mumford. I used the
             CLEAR model (Contract, Listen, Explore, Action, Review) and spent most of the
             time in Listen.""",
             """I talked too much at the start about my own first year. Learning: keep my
             story to one minute.""",
             "Mentee 1 said she felt less like the new girl after the hour and a half."),
    *session(2, "Mentee 2", "Wed 14 Jan", "13:15", "14:45",
             "Contracting, goals, skills audit",
             """Agreement signed, skills audit done. Mentee 2 was quiet, so I gave her the audit
             to take away and we went through it at the end instead of scoring it in front
             of me.""",
             """A reflector needs time. Learning: send questions before the session.""",
             "She wrote on the feedback slip that having the audit to take away was a relief."),
    *session(3, "Mentee 1", "Mon 26 Jan", "12:30", "14:00",
             "Signposting to the first contact physio",
             """We listened to one of her calls together. I asked what made her hesitate before
             offering the physio, and she worked out that she was worried about patients
             thinking they were being fobbed off. In Explore she came up with her own script.""",
             """I used what I know of the care navigator protocols but held it back until she
             had tried. Knowledge of the pathway, the skill of waiting, and the behaviour of
             not taking over the call. Learning: hold back my own answer.""",
             "She asked for more live-call practice and less talking."),
    *session(4, "Mentee 2", "Wed 28 Jan", "13:00", "14:30",
             "Distressed callers",
             """We listened to a recorded call where a patient shouted about a repeat
             prescription. She had frozen. We used the CLEAR Action stage to plan three phrases
             she would use to slow a caller down.""",
             """I noticed I wanted to rescue her. Learning: let her stay with the discomfort a
             little longer before moving to actions.""",
             "Mentee 2 said this was the most useful session so far because it was a real call."),
    *session(5, "Mentee 1", "Tue 10 Feb", "17:30", "19:00",
             "Social prescriber and pharmacist referrals",
             """Evening session after her late. Her tally of calls passed back had dropped from
             eleven to four a week. She raised a worry about a colleague's attitude to certain
             patients and I reminded her of the agreement: I could listen, but if it became a
             patient safety matter I would have to act.""",
             """Ethically this was the hardest moment. I kept the boundary we had agreed and did
             not gossip. Learning: restate the boundary before she says more, not after.""",
             "She said she appreciated me being straight with her about what I would have to pass on."),
    *session(6, "Mentee 2", "Wed 11 Feb", "12:45", "14:15",
             "Closing the call with a plan",
             """Two more recorded calls. On the second she slowed the caller down on her own and
             offered a call back from the duty doctor.""",
             """I gave feedback using what went well, even better if. Learning: be specific,
             quote her own words back to her.""",
             "Her slip said the quotes of her own words made the feedback feel real."),
    *session(7, "Mentee 1", "Mon 23 Feb", "13:00", "14:30",
             "Review of goals, skills audit repeated",
             """Skills audit repeated; she scored herself higher than I did on the physio pathway
             and we talked about why.""",
             """Our scores differed and I almost argued. Learning: ask what evidence she is
             using before giving mine.""",
             "She said she wanted to keep meeting monthly, which we have agreed informally."),
    *session(8, "Mentee 2", "Wed 25 Feb", "13:00", "14:30",
             "Review and close",
             """Skills audit repeated, goals reviewed, agreement closed.""",
             """Ending well matters. Learning: plan the final session from the first.""",
             "Mentee 2 said she now feels she can handle a Monday morning on the phones."),
    H(1, "Supervision records"),
    H(2, "Supervision record 1"),
    P("Supervisor: Mrs Haworth, Practice Manager"),
    P("Date: Thu 5 Feb"),
    P("Start: 16:00"),
    P("Finish: 17:00"),
    P("""Discussed: my urge to rescue Mentee 2, using Hawkins' seven-eyed model to look at what
      I was bringing into the room. Outcome: I will count to ten before offering an action."""),
    H(2, "Supervision record 2"),
    P("Supervisor: Mrs Haworth, Practice Manager"),
    P("Date: Thu 5 Mar"),
    P("Start: 09:30"),
    P("Finish: 10:15"),
    P("""Discussed: the boundary moment in session 5 and ending the programme. Outcome: write a
      short closing letter to each mentee summarising the goals they met."""),
    H(1, "Section F – Review of my communication skills"),
    P("""Using the feedback slips and my own notes, my questioning got sharper, from long
      two-part questions in January to single short ones by session 7. My listening was best
      when I was not taking notes, so I stopped writing during the Listen stage. My feedback
      improved most once I started quoting the mentee's own words. Kolb would say I went round
      the cycle several times; Clutterbuck's point that a mentor helps someone make
      significant transitions in their thinking is what I want to keep working on."""),
    H(1, "Declaration of authenticity"),
    P("""I declare that this portfolio is my own work. Signed: Joanne Whitcombe. Date: 9 March."""),
]

CASE = Case(
    name="f_8587_304_docx",
    unit="8587-304",
    kind="portfolio",
    files=[SourceFile("Whitcombe 304 portfolio.docx", BLOCKS)],
    labels={
        "1.1": "during the lunchtime closure of the phones",
        "1.2": "measured by her own tally of calls",
        "1.3": "the practice manager hears only whether sessions happened",
        "2.1": "which explained why she wanted to learn",
        "2.2": "used the CLEAR Action stage to plan",
        "2.3": "the behaviour of not taking over the call",
        "2.4": "Agreement signed, skills audit done",
        "3.1": "restate the boundary before she says more",
        "3.2": "the most useful session so far because",
        "3.3": "stopped writing during the Listen stage",
        "3.4": "I will count to ten before offering",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": True,
        # Finish - Start per session record: Mentee 1 90+90+90+90, Mentee 2 90+90+90+90 = 720
        "minutes": 720,
        "sessions": 8,
        "individuals": 2,
        "supervision_minutes": 105,  # 16:00-17:00 (60) + 09:30-10:15 (45)
        "identifying": [],
    },
    about="GP surgery reception lead; 8587-304 DOCX portfolio with matrix, eight Start:/Finish: session records and no log table, two mentees, two supervision records; clean.",
)
