"""8584-201 mentoring: a leisure-centre duty manager's PDF, dates in one column and clock times in another.

Marcus Bell mentors a young lifeguard, "Tom" (a name he says he has changed). His record
table has a Date column with dates only and a Time column with the clock times written
three different ways ("10:00–11:30", "1400-1500", "10.15am to 11am"). One session was
observed by his tutor, who debriefed him straight after (a row of its own); a last session
is booked but has not happened. His 1-hour tutor meeting is in prose only.
"""

from .case import Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "Unit 201 Developing Mentoring Skills"),
    P("Marcus Bell - Duty Manager, Riverside Leisure Centre"),
    P("""Authenticity: I declare that this is all my own work. My mentee's name has been
      changed to Tom to keep him anonymous."""),
    H(1, "AC 1.1 Preparing a mentoring plan"),
    P("""Tom is eighteen and has just qualified as a pool lifeguard. His supervisor asked
      if I would mentor him because he was quiet on poolside and reluctant to challenge
      swimmers. My plan covered who (Tom and me), what (confidence in dealing with the
      public and his NPLQ refresher), when (weekly, working round the shift pattern),
      where (the first aid room, which is private, or on poolside when it was useful to see
      the real thing) and how long, aiming for about an hour each time for five weeks. I
      booked the sessions against the rota two weeks ahead and left a gap before his
      refresher so we could check progress."""),
    H(1, "AC 1.2 Goals"),
    P("""We agreed these goals in the first session. Goal 1: by the end of May Tom will
      give a clear verbal warning to swimmers breaking pool rules on every shift,
      which I will see on my walk rounds. Goal 2: Tom will run the Sunday inflatable session
      briefing by himself at least once before his refresher. For the second session we
      added a goal to complete his rescue log paperwork within the shift."""),
    H(1, "AC 2.1 Evidence of mentoring over three hours"),
    P("""My record of mentoring is below. The date column shows the day and the time
      column the times we started and finished, taken from the booking sheet and corrected
      afterwards if we ran over."""),
    T(["Date", "Time", "Who", "Summary"],
      ["02/05", "10:00–11:30", "Tom", "First meeting. Contract, confidentiality, goals agreed, talked about his shifts so far."],
      ["09/05", "1400-1500", "Tom", "Role played warning a group of teenagers. Tom wrote his own script."],
      ["16/05", "10.15am to 11am", "Tom", "Session observed by my tutor. Reviewed his first week of giving warnings."],
      ["16/05", "11am to 11.20am", "Tutor debrief (Karen, my tutor)", "Feedback on the observed session - see AC 3.1"],
      ["23/05", "13:30-14:15", "Tom", "Planned the inflatable briefing; he practised it on me."],
      ["13/06", "10:00–10:45", "Tom", "Planned - follow up after his refresher, not yet held"]),
    P("""That makes four sessions held with Tom, three hours and fifty minutes in total, and
      one more planned."""),
    H(1, "AC 2.2 Questioning and listening"),
    P("""I mostly used open questions like "How did that feel?" and "What stopped you?",
      and when Tom gave one-word answers I waited rather than filling the silence. The
      funnel technique worked well: starting wide about the shift and then narrowing down
      to the moment he did not blow the whistle. I listened for what he did not say,
      which was that he felt younger than the swimmers he had to warn."""),
    H(1, "AC 2.3 Feedback"),
    P("""After he role played warning the teenagers I told him his words were fine but
      he looked at the floor, and we practised eye contact and standing tall on the
      poolside chair. A week later I saw him warn two lads off the diving boards and I
      gave him feedback right there that it was calm and clear."""),
    H(1, "AC 2.4 Trust"),
    P("""I built trust by being honest that I had found the same thing hard at his age,
      and by never raising anything he told me in the staff room. The second example is that
      when he made a mistake with the rescue log I sat with him to put it right instead of
      reporting it up, which he mentioned in his feedback."""),
    H(1, "AC 2.5 Records"),
    P("""Besides the table I kept a page of notes for each meeting in a blue folder in the
      duty office: the actions Tom agreed, what went well and what I would try next time.
      Times and dates went in the table so the hours can be checked."""),
    H(1, "AC 3.1 Reviewing my performance"),
    P("""Karen observed my third session and gave feedback straight after. She said I
      asked good questions but talked over the end of Tom's answers twice, and that I should
      let him set the agenda. Tom's feedback sheet said the role play was the most useful part.
      My strengths are planning and encouragement; I need to slow down and listen longer."""),
    H(1, "AC 3.2 Meeting with my tutor"),
    P("""I met Karen on 6 June for our tutorial; we met for an hour in her office at the
      college. The purpose was to look back over all the sessions. We agreed that I had
      met the three hours, that I should write goals with numbers in, and that I would
      keep using role play because it suits practical people like lifeguards."""),
    H(1, "AC 3.3 Future development"),
    P("""My plan for the next six months: mentor one more new lifeguard from September
      using the same record; read Clutterbuck on developmental mentoring by August; and ask
      my manager for a place on the Level 3 course in January. I will measure this by
      completing a second record and getting feedback from both mentees."""),
]

CASE = Case(
    name="py_201_clock_times_pdf",
    unit="8584-201",
    kind="structured-pdf",
    files=[SourceFile("bell-unit201.pdf", BLOCKS)],
    labels={
        "1.1": "booked the sessions against the rota two weeks ahead",
        "1.2": "give a clear verbal warning to swimmers",
        "2.1": "corrected afterwards if we ran over",
        "2.2": "The funnel technique worked well",
        "2.3": "looked at the floor, and we practised eye contact",
        "2.4": "sat with him to put it right instead of reporting it up",
        "2.5": "a page of notes for each meeting in a blue folder",
        "3.1": "talked over the end of Tom's answers twice",
        "3.2": "we met for an hour in her office",
        "3.3": "read Clutterbuck on developmental mentoring by August",
    },
    # Time column:
    #   02/05 10:00–11:30       -> 90  counted
    #   09/05 1400-1500         -> 60  counted
    #   16/05 10.15am to 11am   -> 45  counted (observed by the tutor still counts)
    #   16/05 11am to 11.20am   -> supervision 20 (tutor's debrief on the observation)
    #   23/05 13:30-14:15       -> 45  counted
    #   13/06 10:00–10:45       -> excluded, planned, not yet held
    # minutes 90+60+45+45 = 240 (again: 45+45=90, +60=150, +90=240); learner's prose total
    #   "three hours and fifty minutes" is his own slip (it is 4 h) - a sentence total, not a session.
    # sessions 4; individuals 1 (Tom).
    # supervision: debrief 20 + tutorial on 6 June "for an hour" 60 = 80. The 3.1 prose about
    #   Karen's observation feedback is the same debrief, not another one.
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        "minutes": 240,
        "sessions": 4,
        "individuals": 1,
        "supervision_minutes": 80,
    },
    about="Leisure centre duty manager; PDF, date and clock-time columns in three formats, observed session + debrief row, planned row, tutorial in prose.",
)
