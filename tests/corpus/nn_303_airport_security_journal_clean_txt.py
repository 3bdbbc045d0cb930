"""8587-303 Reflecting on Coaching Skills: an airport security duty manager's journal, plain text, clean.

Sinéad Gallagher (ILM 70315528), security duty manager at a regional airport, typed her
reflective journal in Notepad: dated entries, then a summary answering 1.1 to 2.2 with
the criteria numbers typed inline, a supervision record and a development plan.

Clean: coachees are "Coachee 1", "Coachee 2" and "'Jay' (not his real name)". Tricky
look-alikes: the airport named after a person (Liverpool John Lennon Airport), Speke, Hale Road, the Jack and Jill room (a training room), Downey
(2003), Rogers (2016), Hawkins and Smith's seven-eyed model, Goleman, GROW, OSKAR, the
Johari window, Rapiscan, Microsoft Bookings, Warrington Wolves, the supervisor a form asks
to be named (Supervisor: Mark Devlin), the learner's sign-off ("Sinéad") and her number,
capitalised job titles (Head of Security, Screening Officer), days and months.
"""

from .case import Case, P, SourceFile

BLOCKS = [
    P("ILM LEVEL 3 UNIT 8587-303 REFLECTIVE JOURNAL"),
    P("Sinéad Gallagher   ILM no 70315528   Security Duty Manager, Liverpool John Lennon Airport"),
    P("----------------------------------------------------------------"),
    P("JOURNAL ENTRIES"),
    P("""Mon 6 Jan - first session with Coachee 1, a Screening Officer who wants to move into a
      team leader role. Used GROW. Honestly I led too much, I had an answer for every
      Reality question. Note to self: shut up more."""),
    P("""Thu 16 Jan - Coachee 2 (new supervisor on the Rapiscan lanes) chemistry session in the
      Jack and Jill room. Good rapport. She wants help with confidence briefing the team at
      4am starts."""),
    P("""Wed 29 Jan - 'Jay' (not his real name) asked for coaching after a customer complaint.
      Tried OSKAR instead of GROW as he was already doing lots right - scaling question
      worked well, he put himself at 6 and we talked about what a 7 would look like."""),
    P("""Tue 11 Feb - supervision, see record below."""),
    P("""Fri 7 Mar - Coachee 1 led the whole session. I asked maybe six questions. Best session yet."""),
    P("----------------------------------------------------------------"),
    P("1.1 EXAMINING MY COACHING PRACTICE"),
    P("""Looking at my records across 14 sessions with three coachees, the early ones were
      me-heavy. My own notes from January have more of my ideas in them than theirs, and
      Coachee 1's feedback form said "you sometimes give me the answer before I've thought".
      Supervision showed the same pattern from another angle: when Mark asked me to replay a
      session I realised I talk when I'm uncomfortable with silence, which Downey (2003)
      would put well towards the directive end of his spectrum. The feedback from Coachee 2
      was much more positive (she rated me 9/10 for making her feel safe), and Jay's complaint
      score improvement suggests the OSKAR session helped. Weighing all three sources, my
      practice became more effective from February, once I started tracking how many
      questions I asked compared with statements."""),
    P("1.2 STRENGTHS AND AREAS FOR IMPROVEMENT"),
    P("""Strengths - knowledge: I know the GROW and OSKAR models well and the operational world
      my coachees work in. Skills: I build rapport fast, which Goleman would call social
      awareness, and my summarising is clear. Behaviour: reliable, I have never cancelled.
      Areas for improvement - knowledge: I don't know enough about psychological limits and
      when to refer on. Skills: tolerating silence and asking shorter questions (my questions
      are often three questions glued together). Behaviour and interpersonal: I get
      impatient when a coachee goes round in circles, and it shows on my face (Johari -
      that was my blind spot until Coachee 2 mentioned it). Communication: good face to
      face, weaker on Teams where I talk over the lag."""),
    P("SUPERVISION RECORD"),
    P("""Date: 11 Feb 2025   Supervisor: Mark Devlin (Head of Security, accredited coach)
      Length: 1 hr   Where: Hale Road office
      Discussed: my Jan sessions using the seven-eyed model (Hawkins and Smith), mainly eye 4
      (me) and eye 5 (the relationship). Agreed: record number of questions vs statements
      each session; try a 5 second pause."""),
    P("2.1 REVIEWING MY COACHING ABILITY"),
    P("""Questioning: I need to ask one question at a time and use more "what else?" follow-ups
      instead of moving on. Listening: I listen well for facts but less well for feelings; I
      want to practise Rogers' (2016) idea of listening for what is not being said and
      reflecting it back. Communication: on Teams I will switch to speaker view, mute while
      they talk and check in with "have I got that right?" These are the development
      opportunities I will take into my plan, together with some reading on when coaching
      should hand over to counselling."""),
    P("2.2 DEVELOPMENT PLAN (MARCH - SEPTEMBER 2025)"),
    P("""1. One question at a time - tally questions vs statements every session - by end of
      April - ratio at least 3:1 in my own records.
      2. Listening for feelings - reflect back one feeling per session, ask supervisor to
      listen to a recording - June - Mark's feedback says I picked up the emotional content.
      3. Referral boundaries - read the EMCC guidance and do the half-day course in Speke -
      July - can explain to a coachee when I would refer on.
      4. Remote coaching - two Teams sessions per month booked via Microsoft Bookings -
      September - coachee feedback rates remote sessions as good as face to face."""),
    P("""Next review with Mark: 30 September. Off to watch the Warrington Wolves on Sunday, so
      that's my reflection done for the week!"""),
    P("Sinéad"),
]

CASE = Case(
    name="nn_303_airport_security_journal_clean_txt",
    unit="8587-303",
    kind="numbered-unstyled",
    files=[SourceFile("Gallagher_303_journal.txt", BLOCKS)],
    labels={
        "1.1": "Weighing all three sources, my practice became more effective",
        "1.2": "my questions are often three questions glued together",
        "2.1": "listening for what is not being said",
        "2.2": "tally questions vs statements every session",
    },
    expected_checks={"declaration": False, "evidence_matrix": None, "identifying": []},
    about="Airport security duty manager's clean 303 journal, txt: Coachee 1/2 and 'Jay' (not his real name), Liverpool John Lennon Airport, Jack and Jill room, Downey/Rogers/Goleman/Hawkins and Smith, GROW/OSKAR/Johari, Rapiscan, Microsoft Bookings, Warrington Wolves, supervisor named in the supervision record, first-name sign-off, no declaration.",
)
