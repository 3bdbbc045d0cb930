"""8587-302 Undertaking an Extended Period of Coaching: a veterinary practice clinical director, PDF with a start/finish log.

Siân Everett is clinical director of a three-site veterinary practice in Shropshire and
coaches two registered veterinary nurses, "R" and "M", over twelve weeks. Her log gives only
start and finish times (no length column) plus a running total in h:mm, so every length has to
be worked out from the times. It includes a chemistry meeting with each coachee (counted, she
says so), a did-not-attend row (M called into an emergency caesarean), a practice triad with
fellow ILM learners she marks "n/c - not counted", a planned three-way close still to come,
and a closing "Total" line. Session 11 was observed by her supervisor, followed by a
15-minute debrief. Supervision is in its own table, also by start and finish. Headed by
section, criterion numbers in brackets after her own titles. No evidence matrix; signed.

Planted (2): R's full name left in the signature block of the pasted contract ("Sophie
Pryce"), and a client named by title and surname in a reflection ("Mrs Fairbrother").
Clean but tricky: her own name, the practice (Meadowbank Veterinary Group), places (Ludlow,
Church Stretton, Craven Arms), bodies (RCVS, BVNA, VDS), a Labrador called Bramble, job titles
(Head Nurse, Practice Manager, the partners), theorists (Whitmore, Rogers, Kline, Gibbs).

Assessor's arithmetic (from the start/finish times):
  R: 09/01 13:00-13:30 30 (chemistry, counted); 16/01 12:30-13:45 75; 30/01 12:30-13:30 60;
     13/02 12:30-14:00 90; 27/02 17:00-18:20 80; 13/03 12:30-13:50 80 (observed, counts);
     27/03 12:30-13:30 60.  R = 30+75+60+90+80+80+60 = 475, 7 sessions
  M: 09/01 13:45-14:15 30 (chemistry, counted); 20/01 12:30-13:30 60; 03/02 DNA -> excluded;
     06/02 17:15-18:45 90; 20/02 12:30-13:40 70; 06/03 12:30-13:50 80; 20/03 12:30-13:45 75;
     03/04 12:30-13:30 60.  M = 30+60+90+70+80+75+60 = 465, 7 sessions
  24/01 practice triad 18:00-18:45, marked n/c -> excluded; 24/04 planned -> excluded;
  running-total column and "Total 15:40" line never added.
  minutes 475+465 = 940 (= 15 h 40); sessions 14; individuals 2 (R = Sophie Pryce, M).
  Supervision: 05/02 14:00-15:00 60 + 12/03 18:30-20:00 90 + 13/03 13:50-14:05 debrief 15 = 165.
"""

from corpus.case import B, Case, H, P, SourceFile, T

LOG = T(
    ["#", "Date", "Coachee", "Start", "Finish", "Focus", "Running total"],
    ["1", "09/01/25", "R", "13:00", "13:30", "Chemistry meeting", "0:30"],
    ["2", "09/01/25", "M", "13:45", "14:15", "Chemistry meeting", "1:00"],
    ["3", "16/01/25", "R", "12:30", "13:45", "Contract, wheel of life", "2:15"],
    ["4", "20/01/25", "M", "12:30", "13:30", "Contract, strengths cards", "3:15"],
    ["-", "24/01/25", "(triad)", "18:00", "18:45", "ILM practice triad on Teams - n/c, not counted", "3:15"],
    ["5", "30/01/25", "R", "12:30", "13:30", "Goal 1: anaesthetic monitoring", "4:15"],
    ["-", "03/02/25", "M", "12:30", "-", "DNA - M called into emergency caesarean", "4:15"],
    ["6", "06/02/25", "M", "17:15", "18:45", "Goals, GROW on clinic workload", "5:45"],
    ["7", "13/02/25", "R", "12:30", "14:00", "Client conversations, estimates", "7:15"],
    ["8", "20/02/25", "M", "12:30", "13:40", "Nurse clinics business case", "8:25"],
    ["9", "27/02/25", "R", "17:00", "18:20", "Euthanasia consults, boundaries", "9:45"],
    ["10", "06/03/25", "M", "12:30", "13:50", "Rehearsing the partners' meeting", "11:05"],
    ["11", "13/03/25", "R", "12:30", "13:50", "Dental admissions (observed by supervisor)", "12:25"],
    ["12", "20/03/25", "M", "12:30", "13:45", "After the partners' meeting", "13:40"],
    ["13", "27/03/25", "R", "12:30", "13:30", "Review and ending", "14:40"],
    ["14", "03/04/25", "M", "12:30", "13:30", "Review and ending", "15:40"],
    ["-", "24/04/25", "R + M", "12:30", "", "Planned: three-way close with Head Nurse", ""],
    ["", "", "", "", "Total", "14 sessions", "15:40"],
)

SUPERVISION = T(
    ["Date", "Start", "Finish", "With", "Type"],
    ["05/02/25", "14:00", "15:00", "External coach supervisor", "1:1 on Zoom"],
    ["12/03/25", "18:30", "20:00", "External coach supervisor + 3 coaches", "Group supervision"],
    ["13/03/25", "13:50", "14:05", "External coach supervisor", "Debrief after observed session 11"],
)

BLOCKS = [
    H(0, "Unit 302: Undertaking an Extended Period of Coaching"),
    P("Siân Everett MRCVS, Clinical Director, Meadowbank Veterinary Group | ILM Level 3 Certificate in Effective Coaching and Mentoring"),

    H(1, "Section 1 - Before the coaching started"),
    H(2, "Planning the twelve hours (1.1)"),
    P("""Meadowbank has small-animal surgeries in Ludlow, Church Stretton and Craven Arms. I chose
      to coach two RVNs based at Ludlow: R, eighteen months qualified, who wants to become our
      lead anaesthesia nurse, and M, an experienced nurse who wants to set up nurse-led clinics.
      The plan was seven sessions each, roughly an hour to an hour and a half, which gives a
      little over the twelve hours with room for one lost session. Lunchtime is the only quiet
      part of the day, so most sessions were booked 12:30 to 13:30 in the Ludlow staff room
      with a 'do not disturb' sign, and a few after evening surgery. Because operations overrun,
      I booked every session on a day when neither of them was scrubbed in after lunch, using
      the theatre list the Practice Manager sends on Fridays. I also planned supervision at
      the start and about two thirds of the way through."""),

    H(2, "Topics and goals (1.2)"),
    P("""R's goals: to run anaesthetic monitoring for routine procedures without a vet checking
      every five minutes, signed off by two vets by the end of March; and to give estimates to
      clients herself rather than fetching a vet. M's goals: to write a business case for
      nurse-led weight and dental clinics and present it to the partners in March; and, her
      own addition, to stop staying until seven every night. Both sets of goals came from the
      wheel of life and strengths work in sessions 3 and 4 and fit the practice plan to make
      better use of RVNs under Schedule 3."""),

    H(2, "The contract (1.3)"),
    P("""Each coachee signed a coaching agreement in their second session after a chemistry
      meeting. It covers: seven sessions, times and place; 24 hours' notice to cancel (clinical
      emergencies excepted, which I expected); confidentiality, with the limits being animal
      welfare, a risk to someone's safety, or a breach of the RCVS Code of Professional Conduct;
      my notes kept in a locked cabinet in my office and destroyed six months after we finish;
      and the Head Nurse, as their line manager, agreeing the goals and agreeing to hear only
      attendance and progress, not content. She signed a separate section of the form. Extract
      of the signature block from R's copy:"""),
    T(
        ["Coach", "Siân Everett", "09/01/25"],
        ["Coachee", "Sophie Pryce", "16/01/25"],
        ["Line manager", "Head Nurse", "16/01/25"],
    ),

    H(1, "Section 2 - The coaching"),
    H(2, "Diagnostic tools (2.1)"),
    P("""With R I used a wheel of life adapted to nursing (theatre, consulting, clients, team,
      learning, home, health, money). She scored clients 3 out of 10, which is where the estimates
      goal came from; she was fine clinically but dreaded talking about money. With M I used a
      set of strengths cards; her top three were organiser, teacher and carer, and the one she
      never chose was 'saying no'. That shaped the late nights goal. In session 9 R and I also
      used a simple confidence scale (1 to 10) before and after each anaesthetic she monitored
      alone, which gave us evidence for the sign-off."""),

    H(2, "Coaching model (2.2)"),
    P("""I used GROW (Whitmore) throughout. In session 8, M's Goal was a business case the partners
      would actually say yes to. Reality: she had the clinical ideas but no figures. Options:
      ask the Practice Manager for consult numbers, copy a template from the BVNA, or phone a
      nurse at another practice who runs clinics. Will: she chose the consult numbers and the
      phone call, both done by the next session. I found the Reality stage did most of the work;
      once she saw she had no figures the rest followed. With R, GROW kept the sessions from
      turning into me teaching anaesthesia, which is the risk when the coach is the vet."""),

    H(2, "Knowledge, skills and behaviours (2.3)"),
    P("""The hardest part was keeping my clinical knowledge out of it. In session 7 R asked me
      straight out how I would explain a dental estimate, and instead of answering I asked what
      she thought the client most needed to hear. She said 'that we won't go over without
      calling', and built her own script around that. I used open questions, summaries and
      Rogers' idea of unconditional positive regard when M admitted she felt she had wasted ten
      years not pushing for clinics. Ethically, when R told me in session 9 that a colleague
      had been short with her after a euthanasia, I kept that within the session as agreed and
      helped her decide how to raise it herself, rather than going to the Head Nurse."""),

    H(2, "Coaching log (2.4)"),
    P("""Times are taken from my diary and the staff room booking sheet. Chemistry meetings are
      counted as coaching because we worked on expectations and the contract outline in them.
      Each numbered session also has a one-page session record (filed, not attached)."""),
    LOG,

    H(1, "Section 3 - Looking at my own practice"),
    H(2, "Reflection after each session (3.1)"),
    P("""I wrote a short Gibbs-style reflection after every session. The pattern was clear: when
      I arrived straight from consults the session was worse. After session 7, which followed
      a difficult morning with Mrs Fairbrother and her elderly Labrador, Bramble, I noticed I
      asked closed questions for the first twenty minutes. Key learning: I now take ten minutes
      between consulting and coaching. Other learning: I over-prepare options (session 6), I
      am better at the Goal stage than at Will, and ending sessions on time matters more to
      nurses than I thought because their afternoon list starts at two."""),

    H(2, "Feedback from the coachees (3.2)"),
    P("""At the end of every session each coachee gave me two scores out of 10 (how useful, how
      much I listened) and one comment on a card. R's listening scores went from 6 to 9. M's
      comment after session 4 was "felt like being interviewed", which led me to cut my
      questions down and allow more silence. After session 12 she wrote "you let me get there
      on my own today". I have kept all the cards."""),

    H(2, "My communication skills (3.3)"),
    P("""Questioning: my natural style, from years of taking histories, is a string of closed
      questions. The log of my reflections shows this improving from session 7. Listening: I
      tried Kline's approach of not interrupting for the first few minutes; with M it meant she
      said things she had never said to anyone at work. Feedback: I was too soft at first and
      praised everything; by session 10 I was giving specific feedback on her practice
      presentation, for example that she buried her best figure on slide six, and she moved it
      to slide one for the real thing. I still need to get better at challenging."""),

    H(2, "Supervision (3.4)"),
    SUPERVISION,
    P("""Outcomes, session one: my supervisor pointed out that I was the boss of both coachees
      and a vet advising nurses, which is a double power imbalance, and that I should name it
      at the start of every session. I did from session 6. Outcomes of the group session:
      another coach described the same habit of 'rescuing' coachees that I have, and we agreed
      each of us would wait until the coachee had offered two options before adding one. The
      debrief after the observed session: she noticed I fiddled with my pen when R was silent,
      which R may read as impatience. I now leave the pen on the table."""),

    P("""Declaration: I confirm this is my own work and the coaching recorded here took place.
      Signed: Siân Everett. Date: 11 April 2025"""),
]

CASE = Case(
    name="t_8587_302_vets_b_pdf",
    unit="8587-302",
    kind="portfolio",
    files=[SourceFile("SEverett_302_portfolio.pdf", BLOCKS)],
    labels={
        "1.1": "using the theatre list the Practice Manager sends on Fridays",
        "1.2": "to stop staying until seven every night",
        "1.3": "agreeing to hear only attendance and progress, not content",
        "2.1": "the one she never chose was 'saying no'",
        "2.2": "once she saw she had no figures the rest followed",
        "2.3": "that we won't go over without calling",
        "2.4": "Times are taken from my diary and the staff room booking sheet",
        "3.1": "I now take ten minutes between consulting and coaching",
        "3.2": "felt like being interviewed",
        "3.3": "she buried her best figure on slide six",
        "3.4": "I now leave the pen on the table",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        "identifying": ["Sophie Pryce", "Mrs Fairbrother"],
        # R 30+75+60+90+80+80+60 = 475; M 30+60+90+70+80+75+60 = 465; 475+465 = 940
        # (DNA 03/02, n/c triad 24/01, planned 24/04, running totals and Total line excluded)
        "minutes": 940,
        "sessions": 14,
        "individuals": 2,
        # 60 + 90 + 15 (debrief after observed session) = 165
        "supervision_minutes": 165,
    },
    about="Veterinary clinical director coaching two RVNs; PDF log with start/finish times only and a running-total column, counted chemistry meetings, a DNA row, a not-counted practice triad, a planned row and a Total line; supervision table by times incl. observed-session debrief; coachee's name in a pasted signature block and a client by surname.",
)
