"""8584-201 Developing Mentoring Skills: a canal boatyard senior boatbuilder's portfolio, DOCX, three planted details.

Steve Latham (ILM reg. 51207736) is senior boatbuilder at a canal-side boatyard on the
Shropshire Union and mentors a first-year apprentice boatbuilder over seven Tuesdays. Word
portfolio with the criteria as headings; the plan includes the mentoring agreement as a
two-column table, the log is a table with a Total row, and the tutor meeting is a small
record form.

Planted (3): the apprentice's full name in the "Mentee" cell of the agreement table
("Callum Rourke"), the only place his surname appears; his first name alone in the 3.1
review, quoting his feedback form ("Callum"); and his manager, the Workshop Manager, by
title and surname in the plan ("Mr Hargreaves").

Clean but tricky: the learner's own name, number and sign-off; the tutor in the record form
that asks for her ("Tutor: Helen Okoro"); the yard named after a person (Brindley Wharf),
Thomas Telford and James Brindley as engineers, the Lord Hill (a pub), Telford and
Market Drayton (towns), Canal & River Trust, Makita and Festool, the Wolves, Clutterbuck,
Parsloe and Wray, Kolb, the GROW model, job titles with capitals, weekdays and months.

Practice truth: 45 + 60 + 60 + 50 + 75 + 40 = 330 minutes in six sessions with one mentee
(28 Jan cancelled); supervision: tutor meeting 10:00-11:05 = 65 + a 15-minute tutorial
phone call = 80.
"""

from .case import B, Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "ILM Level 2 Award in Effective Mentoring – Unit 8584-201 Developing Mentoring Skills"),
    P("Steve Latham – Senior Boatbuilder, Brindley Wharf Boatyard – ILM reg. no. 51207736"),

    H(1, "1.1 Plan for mentoring an individual"),
    P("""The yard took on two apprentice boatbuilders last September. One of them was
      struggling: he is good with his hands but gets flustered when a job goes wrong, goes
      quiet and then rushes, and he was falling behind with his college portfolio. The
      Workshop Manager, Mr Hargreaves, asked if I would mentor him as part of my ILM course
      and agreed to release him for an hour a week out of the production schedule. My plan
      was six to seven sessions at two o'clock on Tuesdays in the mess room, when the
      morning crane lifts are done and the mess room is empty. I booked the first session,
      drew up the agreement below, got a notebook for the log and made a simple feedback form
      for the end. I planned for the first session to be about getting to know each other
      and the agreement, the second to set goals, the middle sessions to work on whatever he
      brought, and the last one to review."""),
    T(
        ["Mentoring agreement", ""],
        ["Mentor", "Steve Latham, Senior Boatbuilder"],
        ["Mentee", "Callum Rourke, Apprentice Boatbuilder (Year 1)"],
        ["When", "Tuesdays 2pm, about an hour, January to February 2025"],
        ["Where", "Mess room (or dry dock if we are looking at a job)"],
        ["Confidentiality", "What we say stays between us, except anything about safety or safeguarding, which I have to pass on"],
        ["Cancelling", "Either of us can cancel if the yard needs us – we rebook the same week if we can"],
        ["Signed", "Both signed 7/1/25"],
    ),

    H(1, "1.2 Agreed goals"),
    P("""We agreed the goals in the second session. I asked him what he wanted to be able to do
      by the spring that he could not do now, and he came up with most of it himself:"""),
    B("""Mark out and cut a replacement plank to the line first time, checking with the story
      stick, on the next hull that comes into the dry dock."""),
    B("""Get his college portfolio up to date – all Unit 3 evidence handed in by 28 February."""),
    B("""When something goes wrong on a job, stop and tell me or the chargehand before trying to
      fix it, rather than rushing."""),
    P("""We wrote them in the back of the log book and both initialled them. The third one was
      the hardest for him to say out loud."""),

    H(1, "2.1 Evidence of 3 hours of mentoring"),
    P("""Below is the log of our sessions. Five and a half hours in total across six meetings,
      so above the three hours the unit asks for. One session was cancelled when the dry dock
      flooded and everyone was needed to pump out."""),
    T(
        ["Date", "Where", "Length", "What we covered", "Actions agreed"],
        ["Tue 7 Jan 2025", "Mess room", "45 mins", "First meeting – what mentoring is and isn't, confidentiality, agreement signed", "He lists three things he wants from this year"],
        ["Tue 14 Jan", "Mess room", "1 hr", "Goals set (see 1.2). Talked about the caulking job on the butty", "Watch me set out a plank on Thursday"],
        ["Tue 21 Jan", "Paint shed", "1 hr", "The oak board he cut short – what happened, what he'd do next time", "Use the story stick and check twice"],
        ["Tue 28 Jan", "–", "–", "CANCELLED – dry dock flooded, all hands", "–"],
        ["Tue 4 Feb", "Mess room", "50 mins", "College portfolio worries, planning his evenings", "Book a study hour with college"],
        ["Tue 11 Feb", "Dry dock", "1 hr 15", "Watched him fit the new knees on a narrowboat hull, feedback after", "Practise reading the bevel gauge"],
        ["Tue 18 Feb", "Mess room", "40 mins", "Final review of the goals, his feedback form, what next", "Monthly catch-up informally"],
        ["Total", "", "5 hrs 30 mins", "", ""],
    ),

    H(1, "2.2 Questioning and listening"),
    P("""My natural style at work is to tell people how to do it. In mentoring I tried to ask
      instead. When he cut the oak board short I did not say what he had done wrong; I asked
      "Talk me through it from when you picked up the tape" and then "At what point did you
      start to feel rushed?" He worked out for himself that he had measured off the wrong
      end because he was trying to finish before the crane came. I used the GROW model
      loosely in the middle sessions – what do you want, what is happening now, what could
      you do, what will you do. I also made myself listen properly: phone in the locker,
      sitting side on rather than across the table, and summarising back what he said before
      I said anything of my own. A couple of times I let a silence run, and that is when he
      told me he was worried about failing college."""),

    H(1, "2.3 Feedback"),
    P("""On 11 February I watched him fit the knees on the hull in the dry dock and gave
      feedback straight after, on the towpath, not in front of the others. I asked him first
      how he thought it went. Then I said specifically what was good – he dry-fitted every
      knee before gluing, which he would never have done in January – and one thing to
      improve: he was still guessing the bevel instead of reading the gauge. I kept it to
      what I had seen, not general comments like "you're getting better". He asked for the
      same on his next job, which I took as a good sign."""),

    H(1, "2.4 How trust was developed"),
    P("""I think trust came from three things. First, the agreement: being clear at the start
      that I would not report back to the office on what he told me, apart from safety, and
      then sticking to it. Second, I told him about my own first year at a yard near
      Market Drayton when I split a whole length of elm and hid it behind the timber rack for
      a week – he laughed, and after that he was more open about his own mistakes. Third, I
      turned up every week on time and did what I said I would, like finding him the Canal &
      River Trust heritage skills booklet. We also found out we both follow the Wolves,
      which gave us something to talk about at the start of every session."""),

    H(1, "2.5 Records"),
    P("""I kept a small hardback log book in my locker with the agreement, the goals, a line for
      each session (date, length, what we covered, actions) and the feedback form at the
      end. I wrote each entry straight after the session, read it back to him and he ticked
      it. Nothing is on the yard computer. The log above is typed up from the book; the
      book itself is available for my assessor to see."""),

    H(1, "3.1 Review of my own performance"),
    P("""I reviewed how I did using the feedback form, my log and a self-assessment against the
      mentor skills in Clutterbuck (2004) and in Parsloe and Wray (2000). Callum wrote on his
      form that I was "calm and don't make you feel thick" and that the sessions "helped
      me sort my head out about college". My strengths were being approachable and practical,
      and using real jobs as the material. My weakness was that in the first two sessions I
      still gave answers too quickly – I counted eleven times in session 2 where I told him
      what to do. By session 5 I was asking more than telling. Looking at Kolb's cycle, I
      was good at the doing and the reviewing but I skipped the reflection part myself until
      my tutor pointed it out."""),

    H(1, "3.2 Meeting with my tutor"),
    T(
        ["Tutor meeting record", ""],
        ["Learner", "Steve Latham"],
        ["Tutor", "Helen Okoro"],
        ["Date / time", "25 February 2025, 10:00 – 11:05"],
        ["Where", "The Lord Hill, function room (tutor's drop-in day)"],
    ),
    P("""We went through my log, the feedback form and my self-assessment. The main point my
      tutor raised was that I had written down what he did in each session but not what I
      learned. She suggested I keep a reflection column in the log next time. We also talked
      about when to end a mentoring relationship, because he wants to carry on. Earlier, on
      29 January, my tutor had rung me for about 15 minutes after the cancelled session to
      check I was still on track for three hours, which I was."""),

    H(1, "3.3 Future development as a mentor"),
    T(
        ["Area to develop", "Action", "When", "How I will know"],
        ["Asking instead of telling", "Write three open questions before each session and tick them off", "From March", "Fewer than three 'tell' moments per session in my own notes"],
        ["Reflecting on my own learning", "Add a 'what I learned' column to the log", "Next mentee", "Every entry has it filled in"],
        ["Mentoring the second apprentice", "Ask the Workshop Manager to set it up after the boat show", "May 2025", "First session booked"],
        ["Wider skills", "Go on the Trust's mentoring refresher day at the Telford office", "Autumn", "Certificate of attendance"],
    ),
    P("""I would also like to read more about Thomas Telford and James Brindley for the heritage
      talks we give on open days, but that is for the yard, not for mentoring."""),

    H(1, "Declaration"),
    P("I confirm this is my own work and that the log is a true record. Signed Steve Latham, 3 March 2025."),
]

CASE = Case(
    name="no_201_boatyard_planted_docx",
    unit="8584-201",
    kind="structured-docx",
    files=[SourceFile("SLatham_8584-201_portfolio.docx", BLOCKS)],
    labels={
        "1.1": "at two o'clock on Tuesdays in the mess room",
        "1.2": "checking with the story stick",
        "2.1": "Five and a half hours in total across six meetings",
        "2.2": "At what point did you start to feel rushed?",
        "2.3": "he dry-fitted every knee before gluing",
        "2.4": "hid it behind the timber rack for a week",
        "2.5": "read it back to him and he ticked it",
        "3.1": "I counted eleven times in session 2",
        "3.2": "She suggested I keep a reflection column",
        "3.3": "Write three open questions before each session",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        "identifying": ["Callum Rourke", "Callum", "Mr Hargreaves"],
        # Log "Length": 7 Jan 45 + 14 Jan 60 + 21 Jan 60 + 4 Feb 50 + 11 Feb "1 hr 15" 75
        # + 18 Feb 40 = 45 + 60 = 105; + 60 = 165; + 50 = 215; + 75 = 290; + 40 = 330.
        # Not: 28 Jan CANCELLED; Total row (5 hrs 30 mins = 330, right).
        "minutes": 330,
        "sessions": 6,
        "individuals": 1,
        # 3.2: tutor meeting 10:00-11:05 = 65; 29 Jan tutorial phone call about 15; 65 + 15 = 80
        "supervision_minutes": 80,
    },
    about="Canal boatyard senior boatbuilder's 201 DOCX: apprentice's full name in the agreement table's Mentee cell, his first name in the review, Workshop Manager 'Mr Hargreaves'; tutor in record form, Brindley Wharf, Telford, the Lord Hill pub, Wolves clean; 330 min in six sessions, one cancelled, 80 min supervision.",
)
