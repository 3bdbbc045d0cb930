"""8587-302 practice evidence as plain text: a coastguard watch manager's 24-hour clock log with a wrong total and a code that slips to a first name.

Morag Sinclair, watch manager at a maritime rescue coordination centre, coaches two officers,
C1 and C2. Her Notepad log gives each session only as four-digit 24-hour times
("1400-1450"), never a length, one numbered line per entry. Tricky: a night session in two
parts round a medevac tasking (0215-0250 and 0410-0440, one session of 65 minutes); a session
stopped early by a MAYDAY (1000-1045, counts 45); a postponed entry and a DNA entry with no
times; a joint session with both coachees (once); her TOTAL line "16 hrs 20 mins (13
sessions)" is wrong: she took the split night session as 0215-0440 (145 minutes instead of 65).
In her reflections C1 becomes "Ewan" (the 03/02 night session and the 17/02 joint session
match C1's lines; one individual, a planted identifying slip). Supervision only in prose: an
hour and a half and an hour and a quarter.

Practice truth: 900 minutes in 13 sessions with two coachees; supervision 90 + 75 = 165.
"""

from .case import Case, P, SourceFile

BLOCKS = [
    P("UNIT 302 – COACHING LOG, REFLECTIONS AND SUPERVISION"),
    P("Morag Sinclair, Watch Manager, Solway Maritime Rescue Coordination Centre"),
    P("""Coachees: C1 = Maritime Operations Officer, 2 years in post, going for the Senior MOO
      board in May. C2 = MOO, newly qualified on the radio desk. Both on my watch. Times are
      24hr, as on the watch log."""),
    P("LOG"),
    P("01 – Mon 06/01/25 – C1 – 1400-1450 – Contracting, agreement signed, page 1 (names/dates only) copied to SMOO. Strengths cards."),
    P("02 – Tue 07/01/25 – C2 – 1000-1100 – Contracting, agreement signed. Confidence wheel on the desk tasks."),
    P("03 – Mon 20/01/25 – C1 – 1400-1515 – Goal: SMOO board in May. GROW on the interview and the in-tray exercise."),
    P("04 – Tue 21/01/25 – C2 – 1000-1045 – Stopped at 1045, MAYDAY came in and we both went back on the desks. Not rebooked, picked up next time."),
    P("05 – Mon 03/02/25 – C1 (nights) – 0215-0250 and 0410-0440 – Two parts, stopped for a medevac tasking in between. One session. Board questions."),
    P("06 – Tue 04/02/25 – C2 – POSTPONED, C2 on the radio refresher course. Moved to 11/02."),
    P("07 – Tue 11/02/25 – C2 – 1000-1130 – Confidence wheel again. Role play of a difficult relay with a fishing skipper."),
    P("08 – Mon 17/02/25 – C1 + C2 – 1400-1530 – Joint session, both asked to work on the handover at watch change. One session, both coachees."),
    P("09 – Mon 03/03/25 – C1 – 1400-1500 – Feedback on his development centre personality report. What it means for the board."),
    P("10 – Tue 04/03/25 – C2 – 1000-1110 – Taking the lead on a live incident with me in the room. Goal review."),
    P("11 – Mon 17/03/25 – C1 – 1400-1455 – Mock board questions, feedback."),
    P("12 – Tue 18/03/25 – C2 – DNA. Swapped shifts and forgot. Rebooked 24/03."),
    P("13 – Mon 24/03/25 – C2 – 1000-1100 – Goal review. Wants to mentor the next new MOO herself."),
    P("14 – Mon 31/03/25 – C1 – 1400-1530 – Final review, feedback form, ending."),
    P("15 – Tue 01/04/25 – C2 – 1000-1130 – Final review, feedback form, ending."),
    P("TOTAL 16 hrs 20 mins (13 sessions)"),

    P("REFLECTIONS (3.1)"),
    P("""06/01 and 07/01 – Contracting with people on my own watch felt awkward. I had to be clear
      that what they say in coaching does not go into their appraisals, and that the SMOO only
      sees that the sessions happened. Key learning: say the boundaries out loud, don't assume."""),
    P("""21/01 – The MAYDAY cut us short. C2 was more rattled by being stopped than by the call
      itself. I need a plan for interrupted sessions instead of just leaving it."""),
    P("""03/02 – Ewan was much more open at two in the morning than he ever is on days. I talked too
      much after the medevac because I was still buzzing from it. Key learning: take a minute
      before restarting."""),
    P("""17/02 – The joint session worked better than I expected. Ewan and C2 challenged each other
      on handovers in a way they would not have done with me on my own. I used more summarising
      than questioning, which was right for a pair."""),
    P("""03/03 to 01/04 – I have got better at staying with the coachee's goal and not drifting into
      giving advice about the board, because I sat it myself and want to tell them what worked
      for me. Both feedback forms said the questions made them think; C2's said I sometimes
      answer for her when she pauses."""),

    P("SUPERVISION (3.4)"),
    P("""I had two supervision sessions with an accredited coach in the regional learning and
      development team. The first was on 12/02/25 on Teams and lasted an hour and a half: we
      looked at coaching people I also line manage, and agreed I would stop coaching when I am
      also their duty manager on the same shift. The second, on 19/03/25 at the regional office,
      lasted an hour and a quarter: we worked on my habit of filling pauses, and she suggested I
      write down my question and wait for the answer before writing the next one."""),
    P("Declaration – this is all my own work. M. Sinclair 07/04/25"),
]

CASE = Case(
    name="po_302_coastguard_watch_times_txt",
    unit="8587-302",
    kind="unstructured",
    files=[SourceFile("302 log reflections supervision - M Sinclair.txt", BLOCKS)],
    labels={},  # practice only
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        "identifying": ["Ewan"],  # C1's real first name in the 03/02 and 17/02 reflections
        # 01 C1 1400-1450 = 50; 02 C2 1000-1100 = 60; 03 C1 1400-1515 = 75;
        # 04 C2 1000-1045 = 45 (stopped by a MAYDAY; delivered 45);
        # 05 C1 0215-0250 = 35 + 0410-0440 = 30 -> 65 (one session in two parts);
        # 07 C2 1000-1130 = 90; 08 C1+C2 joint 1400-1530 = 90 (once); 09 C1 1400-1500 = 60;
        # 10 C2 1000-1110 = 70; 11 C1 1400-1455 = 55; 13 C2 1000-1100 = 60;
        # 14 C1 1400-1530 = 90; 15 C2 1000-1130 = 90.
        # 50 + 60 = 110; + 75 = 185; + 45 = 230; + 65 = 295; + 90 = 385; + 90 = 475; + 60 = 535;
        # + 70 = 605; + 55 = 660; + 60 = 720; + 90 = 810; + 90 = 900 = 15 h 00.
        # Her TOTAL "16 hrs 20 mins" is wrong (900 - 65 + 145 = 980: entry 05 taken as 0215-0440).
        # Not: 06 postponed; 12 DNA; the TOTAL line.
        "minutes": 900,
        "sessions": 13,
        "individuals": 2,  # C1 (= Ewan), C2
        # Prose: 12/02 "an hour and a half" = 90; 19/03 "an hour and a quarter" = 75. 90 + 75 = 165.
        "supervision_minutes": 165,
    },
    about="Coastguard watch manager; 302 Notepad log of numbered lines with 24-hour 'HHMM-HHMM' times only, a night session in two parts round a medevac, a MAYDAY-shortened session, postponed and DNA lines, joint session, TOTAL wrong by treating the split session as one range, C1 slipping to 'Ewan' in reflections, supervision only in prose.",
)
