"""D2.02 peer-mentoring log typed in Notepad by a Year 12 student: mentoring and supervision pairs, a cancelled row with its 30' still in the cell, a group-webinar tutorial.

Callum Reid, 17, a Year 12 student on his sixth form's peer mentoring scheme, mentors K, a
Year 9 student who wanted help organising revision and settling into her GCSE options. They
meet in the library study room on Mondays period 6; straight after each session he has his
supervision with the peer mentoring coordinator in her office. His log is one pipe-separated
line per session or supervision: Date | What | Length | Done? | Notes. Lengths "30'",
"30 mins", "35'", "half hour", "20'", "40'", "45'". Tricky: the 07/10 mentoring row is
CANCELLED (K off sick) but still has "30'" in the Length cell, and his closing TOTAL
mentoring (3 hrs 45) adds it in; a tutorial that was a group webinar with the course tutor
for peer mentors from three schools; a 1-1 tutorial on Teams; half term with no sessions.
He put K's personal e-mail address in a note.

Practice truth: 30 + 30 + 35 + 30 + 30 + 40 = 195 minutes in 6 sessions with one mentee;
supervision 30 + 30 + 30 + 20 + 30 + 30 = 170 plus tutorials 45 + 20 = 65, so 235.
"""

from .case import Case, P, SourceFile

BLOCKS = [
    P("D2.02 MENTORING LOG"),
    P("Callum Reid - Year 12 - peer mentor"),
    P("""Mentee: K (Year 9). I'm only using her first initial. We meet in the library study room
      on Mondays period 6 and then I have supervision with the peer mentoring coordinator in her
      office straight after."""),
    P("""Outcomes we agreed in session 1: K wants to (1) have a revision timetable she actually
      uses (2) stop leaving homework till Sunday night (3) feel OK about asking teachers for help."""),
    P("Date | What | Length | Done? | Notes"),
    P("23/09 | Mentoring 1 | 30' | yes | first meeting, got to know each other, agreed the outcomes above, ground rules"),
    P("23/09 | Supervision 1 | 30' | yes | went over how it went - I talked too much, she was shy. Next time ask more questions"),
    P("30/09 | Mentoring 2 | 30 mins | yes | made a revision timetable together on paper"),
    P("30/09 | Supervision 2 | 30' | yes | better, I asked more. Coordinator said give her time to answer"),
    P("07/10 | Mentoring 3 | 30' | CANCELLED | K off sick. (left the 30' in by mistake)"),
    P("07/10 | Supervision | - | no | no session so no supervision"),
    P("14/10 | Mentoring 3 | 35' | yes | she'd used the timetable 3 days out of 5! ran over a bit, she wanted to show me her planner"),
    P("14/10 | Supervision 3 | 30' | yes | talked about praising effort not just results"),
    P("16/10 | Tutorial (webinar) | 45' | yes | online group webinar with the course tutor, all the peer mentors from our school and two other schools. Active listening and what to put in our logs"),
    P("21/10 | Mentoring 4 | half hour | yes | homework on Sunday nights - why it happens. She said it's because of her weekend job"),
    P("21/10 | Supervision 4 | 20' | yes | cut short, coordinator had a parents meeting"),
    P("28/10 | half term - no sessions"),
    P("04/11 | Mentoring 5 | 30' | yes | asking teachers for help - practised what to say to her maths teacher. Emailed her the timetable template after to kt.marsh09@hotmail.co.uk as she can't get on her school email at home"),
    P("04/11 | Supervision 5 | 30' | yes | coordinator said I shouldn't email her personal address, use the school system. Noted!"),
    P("11/11 | Mentoring 6 | 40' | yes | last one. Went back over the 3 outcomes, she filled in the feedback sheet. Went over time saying goodbye"),
    P("11/11 | Supervision 6 | 30' | yes | how to end mentoring well, what I'd do next time"),
    P("18/11 | Tutorial 1-1 (Teams) | 20' | yes | course tutor checked my log and reflections"),
    P("TOTAL mentoring = 3 hrs 45"),
    P("TOTAL supervision = 2 hrs 50 (plus tutorials 1 hr 5)"),
    P("""What I learned: at the start I thought mentoring was giving advice. Supervision after
      every session helped because I could change something the next week straight away. The
      biggest thing was waiting for K to answer instead of filling the silence. Next time I
      would agree how we contact each other at the start so I don't use personal email."""),
    P("I confirm this log is my own work - Callum Reid 20/11"),
]

CASE = Case(
    name="ps_d202_sixth_form_peer_mentor_txt",
    unit="D2.02",
    kind="unstructured",
    files=[SourceFile("D202 mentoring log Callum Reid.txt", BLOCKS)],
    labels={},  # practice only
    expected_checks={
        "declaration": True,
        "evidence_matrix": None,
        "identifying": ["kt.marsh09@hotmail.co.uk"],  # mentee's personal e-mail (04/11 note)
        # Mentoring rows marked yes:
        # 23/09 "30'" 30 + 30/09 "30 mins" 30 + 14/10 "35'" 35 + 21/10 "half hour" 30
        # + 04/11 "30'" 30 + 11/11 "40'" 40 = 30 + 30 = 60; + 35 = 95; + 30 = 125; + 30 = 155; + 40 = 195
        # = 3 h 15 (6 sessions).
        # Not: 07/10 Mentoring 3 CANCELLED with "30'" still in the Length cell; his "TOTAL
        # mentoring = 3 hrs 45" (225 = 195 + the cancelled 30'); "period 6"; 28/10 half term;
        # "3 days out of 5"; supervision and tutorial rows.
        "minutes": 195,
        "sessions": 6,
        "individuals": 1,  # K
        # Supervision: 23/09 30 + 30/09 30 + 14/10 30 + 21/10 20 + 04/11 30 + 11/11 30
        #   = 30 + 30 = 60; + 30 = 90; + 20 = 110; + 30 = 140; + 30 = 170 (his "2 hrs 50")
        # Tutorials: 16/10 group webinar 45 + 18/11 1-1 on Teams 20 = 65 (his "1 hr 5")
        # 170 + 65 = 235.
        # Not: 07/10 Supervision "-" / no; the two TOTAL lines.
        "supervision_minutes": 235,
    },
    about="Year 12 peer mentor; D2.02 Notepad log of pipe-separated lines pairing six mentoring sessions with supervision, lengths \"30'\", '30 mins', \"35'\", 'half hour', \"40'\", a CANCELLED row with 30' left in its Length cell and added into his wrong TOTAL, a group-webinar tutorial and a 1-1 tutorial, the mentee's personal e-mail in a note.",
)
