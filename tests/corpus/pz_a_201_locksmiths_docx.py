"""8584-201 portfolio on the ILM templates: a Planned/Actual log with a DNA row and a wrong TOTAL, session records that repeat three of the log's sessions under different numbers, the last session only in prose, a tutor-observed session with its debrief.

Shaun Keeble, senior locksmith and workshop supervisor at a family-run locksmith and
key-cutting firm with three shops in Leicester, mentors "Apprentice J", a 17-year-old Level 2
locksmithing apprentice. His Word portfolio follows the ILM templates: evidence matrix, the
diary front page (where his "Total number of hours completed" is wrong), plan and goals, a
log table of his own with Planned and Actual columns ("1 hr 15", "45 mins", "DNA", "1h20",
"half an hour") and a TOTAL row he added wrong ("3 hrs 40" for 3 h 50), then the last session
(11 Feb, 4.15 to 5.15) written only as a paragraph after the log. Then the template session
records for three of the log sessions, numbered 1-3 (record 3 is the log's session 4 of
23 Jan, the log's session 3 being the DNA), with durations written again ("1 hr 15 mins",
"45 mins", "80 mins"). The tutor watched the 23 Jan session and gave 25 minutes' feedback
afterwards; the one-hour tutor meeting is on the supervision template. Not counted, in his
words: sitting in on the branch manager mentoring another apprentice (about 40 minutes) and
a 10-minute chat with J. about his college work.

Practice truth: 75 + 45 + 80 + 30 + 60 = 290 minutes in 5 sessions with one mentee;
supervision/tutorial 25 + 60 = 85 minutes.
"""

from .case import Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "ILM Level 2 Award in Effective Mentoring - Unit 201 Developing Mentoring Skills"),
    T(
        ["Learner", "Shaun Keeble"],
        ["Job role", "Senior locksmith / workshop supervisor"],
        ["Centre", "Soar Valley Training Partnership"],
        ["Registration no.", "L2M-40817"],
    ),
    H(1, "Portfolio Evidence Matrix"),
    T(
        ["AC", "Evidence", "Page"],
        ["1.1", "Mentoring Diary - plan (profile, venue, duration)", "2"],
        ["1.2", "Mentoring Diary - SMART goals", "2"],
        ["2.1", "Mentoring log and session records", "3-5"],
        ["2.2", "Reflective log", "6"],
        ["2.3", "Session records - feedback given", "4-5"],
        ["2.4", "Reflective log", "6"],
        ["2.5", "Mentoring log, session records", "3-5"],
        ["3.1", "Review of own performance", "7"],
        ["3.2", "Outcomes of a supervision session", "7"],
        ["3.3", "CPD plan", "8"],
    ),
    H(1, "Mentoring Diary"),
    T(
        ["Name of Mentor", "Shaun Keeble"],
        ["Client Ref/ID", "Apprentice J"],
        ["Start Date of Activity", "07/01/2025"],
        ["Total number of hours completed", "4 hrs 40"],
    ),
    H(2, "AC 1.1 Prepare a plan for effective mentoring of an individual"),
    T(
        ["Write a brief profile of the person you are mentoring",
         """Apprentice J is 17 and in the first year of his Level 2 locksmithing apprenticeship.
         He is good with his hands on the bench but goes quiet with customers and hates the
         phone. He asked for a mentor after a customer complained he had 'said nothing' on a
         lockout job."""],
        ["Has confidentiality been agreed? Yes/No", "Yes - in the agreement at session 1. Only that we are meeting goes to the owner, not what we talk about."],
        ["Where will you meet for the sessions?", "The back office above the Belgrave Road shop, door shut, phone on divert"],
        ["What makes this venue suitable?", "Quiet, private, and away from the counter so customers can't walk in on us"],
        ["Planned duration of the sessions", "1 hour (last one 30 mins)"],
        ["Number of sessions", "5"],
    ),
    H(2, "AC 1.2 State the agreed goals of the mentoring session"),
    T(
        ["Record here the SMART Goals of the person you are mentoring",
         """1. Fit a multipoint lock on his own by Easter, signed off by me.
         2. Explain the job and the price to the customer before starting, on every call-out
         for four weeks, checked by customer feedback cards.
         3. Answer the shop phone for one hour each Saturday by the end of February."""],
    ),
    H(2, "Mentoring log (AC 2.1 / 2.5)"),
    P("""I booked an hour each Tuesday after the shop closed. Actual is what really happened.
      Full write-ups of the first sessions are on the session record pages after this."""),
    T(
        ["Session", "Date", "Planned", "Actual", "What we did"],
        ["1", "Tue 07/01", "1 hr", "1 hr 15", "Mentoring agreement, ground rules, his three goals"],
        ["2", "Tue 14/01", "1 hr", "45 mins", "Multipoint locks on the practice door. Cut short - I got called out to a lockout in Oadby"],
        ["3", "Tue 21/01", "1 hr", "DNA", "J. off sick and didn't ring in. Rearranged to Thursday"],
        ["4", "Thu 23/01", "1 hr", "1h20", "UPVC mechanisms, then role play of explaining a job to a customer. Observed by my tutor - see supervision"],
        ["5", "Tue 04/02", "30 mins", "half an hour", "Check-in in the van between two jobs - how the feedback cards are going"],
        ["TOTAL", "", "4 hrs 30", "3 hrs 40", ""],
    ),
    P("""Our last session was on Tuesday 11 February, in the café across the road from the shop
      because the office was full of stock, from 4.15 to 5.15. We went back over the three
      goals: he fitted a multipoint lock on his own the week before, with me only checking,
      and he has done the Saturday phone twice. He filled in the mentee feedback form and we
      agreed to keep in touch informally."""),
    P("""Not counted in my hours: on 28 January I sat in on our branch manager's mentoring
      session with the other apprentice at the Narborough Road shop, about 40 minutes, to see
      how she does it - that was her mentoring, not mine. I also had a 10 minute chat with J.
      on 30 January when he asked about his college assignment; it wasn't a session."""),
    H(2, "Session records (AC 2.1 / 2.3 / 2.5)"),
    T(
        ["Session no.", "1", "Date", "07/01/2025", "Duration", "1 hr 15 mins"],
    ),
    T(
        ["Review of client's progress from last session (if applicable)", "First session"],
        ["Goal/focus/topic for today's meeting", "Agreement and goals"],
        ["Reality/current situation", "Confident at the bench, not with customers. Avoids the phone."],
        ["Options generated to achieve goal", "Watch me on call-outs; practise a script; take the phone on quiet Saturdays"],
        ["Chosen option & target date", "Practise the customer explanation first, by end of January"],
        ["Willingness of mentee", "Keen on the lock goal, nervous about the phone one"],
        ["Feedback you gave to the mentee", "Told him his bench work is already better than mine was at his age"],
        ["Feedback from mentee on the mentoring session", "'Better than I thought it would be'"],
        ["Date and venue of next session", "14/01, back office"],
    ),
    T(
        ["Session no.", "2", "Date", "14/01/2025", "Duration", "45 mins"],
    ),
    T(
        ["Review of client's progress from last session (if applicable)", "Has been writing down what he says on call-outs"],
        ["Goal/focus/topic for today's meeting", "Multipoint locks"],
        ["Reality/current situation", "Can strip one down but loses track putting it back"],
        ["Options generated to achieve goal", "Photos at each step; a checklist; doing it slower with me watching"],
        ["Chosen option & target date", "Photos on his phone at each step, try again next week"],
        ["Willingness of mentee", "Good"],
        ["Feedback you gave to the mentee", "Said exactly which step he missed (the gearbox spacer) instead of 'nearly'"],
        ["Feedback from mentee on the mentoring session", "Annoyed we got cut short - so was I"],
        ["Date and venue of next session", "21/01, back office"],
    ),
    T(
        ["Session no.", "3", "Date", "23/01/2025", "Duration", "80 mins"],
    ),
    T(
        ["Review of client's progress from last session (if applicable)", "Missed Tuesday (ill). Used the photos and got the lock back together first time"],
        ["Goal/focus/topic for today's meeting", "Explaining a job and price to a customer"],
        ["Reality/current situation", "He starts working before saying anything"],
        ["Options generated to achieve goal", "A three-line script; me playing an angry customer; watching me"],
        ["Chosen option & target date", "Script and role play; use it on every call-out from Monday"],
        ["Willingness of mentee", "Went red in the role play but did it three times"],
        ["Feedback you gave to the mentee", "Third go was clear and calm - told him that was the one to copy"],
        ["Feedback from mentee on the mentoring session", "Didn't like my tutor watching at first, fine by the end"],
        ["Date and venue of next session", "04/02, van"],
    ),
    H(1, "Reflective log (AC 2.2 / 2.4)"),
    T(
        ["", "Session date 07/01", "Session date 23/01", "Session date 11/02"],
        ["How did you develop trust with mentee?", "Told him about my own first lockout going wrong", "Kept to the ten minutes of feedback cards he asked for", "Let him lead the review"],
        ["Examples of questions you asked", "'What would a good day at work look like?'", "'What did the customer need to hear first?'", "'What are you proudest of?'"],
        ["Listening techniques you used", "Summarising back", "Silence - waited for him", "Reflecting his words back"],
        ["What went well?", "Goals were his, not mine", "The role play", "He did most of the talking"],
        ["What could you do better?", "Stop filling pauses", "Not laugh when I play the customer", "Meet somewhere quieter"],
    ),
    H(1, "AC 3.1 Review own mentoring performance"),
    P("""Using my reflective log and my tutor's observation, my strengths are practical
      demonstration and being honest about my own mistakes. I talk too much when he goes quiet,
      and I let a call-out cut session 2 short when I should have asked someone else to go."""),
    H(1, "AC 3.2 Outcomes of a supervision session"),
    T(
        ["Date", "Who", "How long", "What came out of it"],
        ["23/01/2025", "Claire (my tutor) - observed session 4 of my log and gave me feedback afterwards in the staff kitchen", "25 mins",
         "She said my role play was the best part. I should ask more questions before giving him the answer."],
        ["18/02/2025", "Claire - tutor meeting at the training centre", "1 hour",
         "Went through my log, records and feedback form. She pointed out my total was wrong; we agreed I had protected the sessions badly from call-outs."],
    ),
    H(1, "AC 3.3 CPD plan"),
    P("""By June I will ask the owner to make mentoring time a booked job on the system so
      nobody sends me out in the middle of a session. I will mentor the next apprentice from
      their first week and use a question list so I talk less."""),
    P("I declare that this portfolio is my own work and that the sessions took place as recorded. Shaun Keeble 19/02/2025"),
]

CASE = Case(
    name="pz_a_201_locksmiths_docx",
    unit="8584-201",
    kind="portfolio",
    files=[SourceFile("201 portfolio - S Keeble.docx", BLOCKS)],
    labels={},  # a practice log: its figures are measured, not the finder (its few criterion labels were dropped)
    expected_checks={
        "declaration": True,
        "evidence_matrix": True,
        "identifying": [],  # "Apprentice J" / "J." only; tutor and branch manager by first name or role
        # Log, Actual column:
        #   1) 07/01 "1 hr 15" 75; 2) 14/01 "45 mins" 45; 3) 21/01 "DNA" 0; 4) 23/01 "1h20" 80 (observed,
        #   still his session); 5) 04/02 "half an hour" 30.
        #   75 + 45 = 120; + 80 = 200; + 30 = 230 = 3 h 50 (his TOTAL says "3 hrs 40": wrong by 10).
        # Prose after the log: 11/02 4.15 to 5.15 = 60 (only written there).
        # Session records 1, 2, 3 = log 1 (07/01, 1 hr 15 mins), log 2 (14/01, 45 mins), log 4 (23/01,
        #   80 mins): the same sessions again, not added.
        # 230 + 60 = 290 = 4 h 50 (his front page "4 hrs 40" carries the TOTAL error).
        # Not: Planned column (1+1+1+1+0.5 = 4 hrs 30); DNA row; TOTAL row; front-page total;
        #   28/01 sitting in on the branch manager (~40, someone else's mentoring, "Not counted");
        #   30/01 10 minute chat ("it wasn't a session"); the 25-min debrief and the tutor hour.
        "minutes": 290,
        "sessions": 5,  # 07/01, 14/01, 23/01, 04/02, 11/02
        "individuals": 1,  # Apprentice J = J.
        # 23/01 tutor observation feedback "25 mins" + 18/02 tutor meeting "1 hour" 60 = 85.
        "supervision_minutes": 85,
    },
    about="Locksmith workshop supervisor; 201 ILM-template portfolio with a Planned/Actual log ('1 hr 15', '45 mins', DNA, '1h20', 'half an hour'), a TOTAL added wrong, last session only in prose, template session records repeating three log sessions under different numbers, tutor-observed session with 25-min debrief, shadowing and a chat marked not counted.",
)
