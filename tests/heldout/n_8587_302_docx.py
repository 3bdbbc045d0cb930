"""8587-302 Extended coaching (DOCX): a recycling plant shift manager coaches two team leaders.

Declan Murphy-Hart, shift manager at a materials recycling facility on Teesside, coaches
two line team leaders (C1 picking line, C2 baler and yard) over seven weeks, plus one
group session that also took in the new weighbridge lead (C3). A Word report with numbered
headings, then a coaching log table Date | Coachee | Time | Notes where the length is only
ever a time range, typed '10.00 - 11.15' or '13:30 to 14:00'. The log runs over a page
break; he started the second table with the last row of the first by mistake and wrote
'duplicate - ignore' in its notes. Supervision sits in its own small table. Plain, direct
voice; no declaration.

Practice, as an assessor counts it (the log, time ranges):
    08/01 C1 10.00-11.15 = 75 (contracting), 10/01 C2 13:30-14:30 = 60,
    15/01 C1 10.00-11.30 = 90, 17/01 C2 13:30-14:45 = 75, 22/01 C1 14.00-15.30 = 90,
    24/01 C2 13:30-14:00 = 30 (cut short), 29/01 C1+C2+C3 group 09.00-10.30 = 90 (once),
    05/02 C1 10.00-11.30 = 90, 07/02 C2 13:30-15:00 = 90, 12/02 C1 10.00-11.00 = 60,
    [12/02 C1 repeated on the next page, 'duplicate - ignore': excluded],
    14/02 C2 13:30-14:45 = 75, 19/02 C1 10.00-11.15 = 75, 21/02 C2 13:30-14:30 = 60
    => 960 minutes, 13 sessions, 3 individuals (C1, C2, C3).
    Supervision table: 30/01 14.00-15.00 = 60, 20/02 13:00 to 13:45 = 45 => 105.

Anonymisation slip: a log note gives C2's mobile number ("07700 900412").
Not identifying: Declan's own name, his coach supervisor (by role), the operations manager
(a role), Teesside, the Environment Agency, WAMITAB, Whitmore, GROW, OSKAR, Hawkins,
Passmore, the Johari window.
"""

from corpus.case import Case, H, P, SourceFile, T

LOG_PAGE_1 = T(
    ["Date", "Coachee", "Time", "Notes"],
    ["08/01", "C1", "10.00 - 11.15", "Chemistry and contracting, signed"],
    ["10/01", "C2", "13:30 to 14:30", "Chemistry and contracting, signed"],
    ["15/01", "C1", "10.00 - 11.30", "Goals, wheel of life"],
    ["17/01", "C2", "13:30 to 14:45", "Goals, wheel of life"],
    ["22/01", "C1", "14.00 - 15.30", "Moved to afternoon, line stoppage in the morning"],
    ["24/01", "C2", "13:30 to 14:00", "Cut short - baler jam, called back to yard"],
    ["29/01", "C1, C2 + C3 (weighbridge lead) group", "09.00 - 10.30", "Group session on handovers between shifts"],
    ["05/02", "C1", "10.00 - 11.30", "Johari window, feedback from her line"],
    ["07/02", "C2", "13:30 to 15:00", "C2 swapping to nights from 10/02 - text him on 07700 900412 to rebook"],
    ["12/02", "C1", "10.00 - 11.00", "OSKAR, small steps on absence"],
)

LOG_PAGE_2 = T(
    ["Date", "Coachee", "Time", "Notes"],
    ["12/02", "C1", "10.00 - 11.00", "duplicate - ignore"],
    ["14/02", "C2", "13:30 to 14:45", "Nights, met at shift change"],
    ["19/02", "C1", "10.00 - 11.15", "Final review and close"],
    ["21/02", "C2", "13:30 to 14:30", "Final review and close"],
)

SUPERVISION = T(
    ["Date", "Supervision", "Time"],
    ["30/01", "With my coach supervisor, on Teams", "14.00 - 15.00"],
    ["20/02", "With my coach supervisor, at the college", "13:00 to 13:45"],
)

BLOCKS = [
    H(0, "Unit 8587-302: Undertaking an Extended Period of Coaching"),
    P("Declan Murphy-Hart - Shift Manager (Days), Materials Recycling Facility, Teesside"),

    H(1, "Context"),
    P("""The plant takes in around 600 tonnes a week of mixed dry recycling from four councils
      and sorts it into paper, card, plastics, cans and glass. I manage the day shift, 38
      people including agency staff, with two team leaders under me: C1 runs the picking line
      and C2 runs the baler and the yard. Both were promoted from the floor in the last year.
      Agency turnover, sickness and safety are our big three problems, and the operations
      manager asked me to coach both team leaders as part of my ILM Level 5 to get them
      thinking like managers. Safety matters more than anything here: we are regulated by the
      Environment Agency and last year a picker was injured on the line."""),

    H(1, "1.1 Coaching plan"),
    P("""I planned fourteen sessions over seven weeks, one a week with each coachee, 60 to 90
      minutes, in the training cabin away from the noise. I timed them for after the morning
      break when the line is steady. Total planned was about 15 hours so I had room to lose a
      couple and still clear 12. I added one group session in week 4 because both team leaders
      had raised shift handovers and it made sense to include the new weighbridge lead (C3),
      who is part of every handover. Each session had a purpose on the plan: weeks 1-2
      contracting and goals, 3-5 working on goals, 6 review, 7 close."""),

    H(1, "1.2 Topics and goals"),
    P("""C1 wanted to bring absence down on the picking line and feel less like "one of the lads
      telling the lads what to do". Her goal was to hold return to work interviews with every
      picker within a day, and to have one hard conversation she had been avoiding. C2 wanted
      to stop being called back to the baler every time it jams, which happens daily; his goal
      was to train two of his crew to clear jams safely so he could leave the yard for an hour.
      Both goals link to the plant's targets on absence and downtime, which the operations
      manager signed off."""),

    H(1, "1.3 Contract"),
    P("""We signed a three way agreement: coachee, me, and the operations manager. The key line
      was that the operations manager would get a one-line update each fortnight (attended, on
      track or not) and nothing else. I made clear I am still their line manager, and that
      anything said in coaching would not be used in their appraisal, but that a safety
      issue would have to be acted on. C2 asked if the sessions could be off the clock and I
      said no, they are work time and paid."""),

    H(1, "2.1 Diagnostic tools"),
    P("""I used the wheel of life in week 2 (adapted to eight areas of the job), the Johari window
      with C1 using anonymous comments from four of her pickers, and a simple time log for C2,
      where he wrote down every time he was called to the baler for a week. The time log was
      the eye opener: 23 call-outs in five shifts, of which only six needed him."""),

    H(1, "2.2 Coaching model"),
    P("""GROW for the first half and OSKAR once we were working on progress, because OSKAR's
      scaling and small next steps suited goals that move slowly, like absence. With C1 in
      February her scale for the hard conversation was a 3; I asked what would make it a 4,
      and she said writing down her first sentence. She wrote it in the session and had the
      conversation two days later."""),

    H(1, "2.3 Knowledge, skills and behaviours"),
    P("""I had to be careful here because I am their manager, which Passmore and others warn
      about. I kept coaching separate from managing by never raising performance issues in
      sessions, and by using the cabin, not my office. Listening at this plant means
      listening properly with ear defenders round your neck and a radio going; I turned my
      radio over to the other manager for every session. Questioning: I used open questions
      and tried Whitmore's awareness questions, "what do you notice when the baler jams?",
      which led C2 to see most jams happen in the last hour before he hands over."""),

    H(1, "2.4 Auditable record"),
    P("""The log below runs from first contact to close. First contact was my message to each
      team leader on 2 January offering coaching, saved with the signed agreements in the
      coaching folder in the shift office safe. Each session has a one page note in the same
      folder. The log crossed onto a second page and I copied a row by mistake, which I have
      marked rather than deleted so the record is not altered."""),
    LOG_PAGE_1,
    P("Coaching log (continued)"),
    LOG_PAGE_2,

    H(1, "3.1 Reflection after each session"),
    P("""My notes after each session use three headings: what happened, what I did, what I'll do
      next time. The main learning points over the sessions: in week 1 I over-explained the
      contract; in week 3 I noticed I wanted to fix the baler problem myself; the cut short
      session on 24/01 taught me to agree a plan B for call-outs; the group session showed me
      I am better one to one, as C3 hardly spoke and I did not draw him in. For CPD I have put
      group facilitation on my development plan."""),
    P("""Session by session, briefly, from my notes:"""),
    P("""08/01 and 10/01 (contracting). Both coachees were wary: coaching from your own manager
      sounds like a performance plan with a nicer name. I spent too long on the paperwork. Key
      learning: lead with why I am doing it and what is in it for them, then the form."""),
    P("""15/01 and 17/01 (goals). The adapted wheel worked better than I expected. C1 scored
      herself lowest on "being taken seriously by older pickers", which was not on my radar at
      all. I nearly jumped to a solution and stopped myself. Learning: the tool opens the door
      but I have to stay quiet long enough for them to walk through it."""),
    P("""22/01 (C1). The morning stoppage moved us to the afternoon and she was tired and short.
      I asked whether she wanted to carry on and she did. We got less done but she said it
      helped to talk. Learning: a lighter session is still a session; I do not have to force
      progress every time."""),
    P("""24/01 (C2, cut short). The baler jammed and the radio went. He went, of course. I was
      annoyed, then realised this was his goal in action: he is the only one who can clear it.
      We agreed that next time the first person called would be one of his crew."""),
    P("""29/01 (group). The handovers session produced a simple handover sheet that all three now
      use, so the outcome was good. My facilitation was not: C1 and C2 know me and talked, C3
      is new and barely said a word. Learning: in a group, go round once before the open
      discussion."""),
    P("""05/02 (C1, Johari). Reading the anonymous comments out loud was hard for her; two said
      she was "still one of us" in a way that meant she avoided decisions. I let the silence
      sit, and she said "that's fair". Learning: silence is a tool, not a gap."""),
    P("""07/02 and 14/02 (C2, around his move to nights). I met him at shift change on the 14th,
      at 13:30, which is early for him. We looked at his time log and he saw his crew had
      handled jams while he was on days off. Learning: numbers from the coachee persuade far
      more than anything from me."""),
    P("""12/02 (C1, OSKAR). Best session. She had held the hard conversation and we used
      scaling to find the next small step on absence. Learning: OSKAR fits slow goals."""),
    P("""19/02 and 21/02 (closing). Both reviewed progress against the goals in their own words.
      C1 has held return to work interviews within a day for four weeks running; C2 has left
      the yard for an hour three times without a call-back. I found endings awkward and
      rushed the last ten minutes of both, which is another thing for my plan."""),

    H(1, "3.2 Feedback each session"),
    P("""I closed each session with "what was useful today, and what should I do differently?"
      and wrote the answer on the session note. C1 said twice that I asked too many questions
      in a row. C2 said the time log was the most useful thing anyone had asked him to do. At
      the close both scored the coaching overall, C1 8 and C2 9, and C1 added she wanted it to
      continue monthly."""),

    H(1, "3.3 Communication skills review"),
    P("""Questioning: my questions got shorter and more open as the weeks went on, but I still
      stack them. Listening: good one to one, weaker in the group. Giving feedback: I used to
      give it as a manager, straight and fast; in coaching I learned to ask first what they
      thought, then add mine. With C2 after the nights move I fed back that his crew were
      clearing jams without him, with the numbers from his own time log, which landed far
      better than praise."""),

    H(1, "3.4 Supervision"),
    P("""Two supervision sessions with my coach supervisor, shown in the table. First (30/01): we
      looked at me coaching my own team leaders. Outcome: she suggested Hawkins' seven-eyed
      model to look at the relationship, and I agreed to name the line manager tension out
      loud in the next session, which I did with C1 and it cleared the air. Second (20/02):
      outcome was a plan for closing well, and a suggestion I get feedback in writing at the
      end so it is not just what they say to my face."""),
    SUPERVISION,

    H(1, "Conclusion"),
    P("""Doing this unit changed how I think about my job. Before, I thought my role was to know
      the answer, because on a plant floor there usually is one: a guard is on or it is off, a
      bale is to weight or it is not. Coaching asked me to hold back from that with two people
      I manage, and the results came from them, not me. Absence on the picking line is down,
      C2 is no longer on call for every jam, and the handover sheet from the group session is
      now used by the night shift too. The hardest part was being coach and manager at the same
      time. I would still do it, but I would be open about it from the first conversation, and
      next year I would like to coach a team leader from the other shift, where I am not the
      line manager, to see how different it feels. I would also like to keep supervision going
      after the course, because both sessions changed what I did the following week."""),
]

CASE = Case(
    name="n_8587_302_docx",
    unit="8587-302",
    kind="structured-docx",
    files=[SourceFile("8587-302 coaching report DMH.docx", BLOCKS)],
    labels={
        "1.1": "Total planned was about 15 hours",
        "1.2": "train two of his crew to clear jams safely",
        "1.3": "would not be used in their appraisal",
        "2.1": "23 call-outs in five shifts",
        "2.2": "she said writing down her first sentence",
        "2.3": "turned my radio over to the other manager",
        "2.4": "marked rather than deleted so the record is not altered",
        "3.1": "taught me to agree a plan B for call-outs",
        "3.2": "C1 said twice that I asked too many questions",
        "3.3": "which landed far better than praise",
        "3.4": "name the line manager tension out loud",
    },
    expected_checks={
        "declaration": False,
        "evidence_matrix": False,
        # 75+60+90+75+90+30+90 (group, once)+90+90+60+75+75+60 = 960;
        # the repeated 12/02 row marked 'duplicate - ignore' excluded.
        "minutes": 960,
        "sessions": 13,
        "individuals": 3,  # C1, C2, C3 (C3 only in the 29/01 group session)
        "supervision_minutes": 105,  # 14.00-15.00 = 60 + 13:00 to 13:45 = 45
        "identifying": ["07700 900412"],
    },
    about="Recycling plant shift manager coaching two team leaders; DOCX log with time ranges only ('10.00 - 11.15', '13:30 to 14:00'), a three-person group session, a row repeated across a page break marked 'duplicate - ignore'; coachee's mobile number in a note.",
)
