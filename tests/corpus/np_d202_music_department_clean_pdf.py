"""D2.02 whole diary: a Year 12 music student mentoring a Year 8 guitarist, PDF, clean.

Amira Haddad (registration YL-25-0418), a sixth-former at a secondary academy, mentors a
Year 8 pupil she calls "Robin" (not his real name) on Tuesday lunchtimes towards his Grade 3
guitar exam and the spring concert. Her supervisor, named in the cover form, is the Head of
Music, Mrs Kettlewell. Sections 1 to 3 under the mark sheet's headings; the sessions are a
Start/End table and the reviews a table with a Time column. Nothing is to be flagged.

Clean but tricky: her own name and number; the supervisor the form asks to name (and
"Mrs Kettlewell" again in the diary); a declared pseudonym; bands, songs and products that
read like names (Florence + the Machine and "Dog Days Are Over", Arctic Monkeys, Fender,
Marshall amp, Yamaha, JustinGuitar, GarageBand, Spotify); the Elgar Room; Trinity College
London and Rockschool; the Brewery Arts Centre in Kendal; Chelsea (his team) and Florence
(a school trip); Egan's SOLER; a sentence opening with "Will"; days and months.

Practice: the intro plans "six Tuesday lunchtimes, 12.45 to 1.15" (planned); 21 Jan
cancelled; 18 Feb half term; a ten-minute corridor chat she did not count; session 4
observed for ten minutes by Mrs Kettlewell (counts once); 3a retells session 6 as "that
last 45 minutes" (same session); her "3 hours 5 minutes" of reviews is right.
"""

from .case import Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "Mentoring Diary – D2.02 Undertaking supervised mentoring"),
    T(
        ["Candidate name", "Amira Haddad"],
        ["Registration number", "YL-25-0418"],
        ["Centre", "Brockholes Academy Sixth Form"],
        ["Supervisor (name and role)", "Mrs H. Kettlewell, Head of Music"],
        ["Mentee", "Year 8 pupil – called \"Robin\" in this diary (not his real name)"],
    ),
    P("""I am in Year 12 doing A level Music and I play guitar and piano. The music department
      asked three sixth-formers to mentor younger pupils who have instrumental lessons but are
      struggling to keep going with them. My mentee is a Year 8 boy who I will call Robin.
      He has guitar lessons with the peripatetic teacher on Thursdays but had not practised
      since October and was thinking of giving up. We planned six Tuesday lunchtimes, 12.45 to
      1.15, in the Elgar Room (the small practice room next to the music office)."""),

    H(1, "Section 1 - Identify and agree overall outcomes for mentoring sessions"),
    P("""Before the first session I met Robin briefly at the end of a Year 8 music lesson, just
      to say hello and ask what he wanted. In the first session we agreed three outcomes for
      the six weeks. 1. Practise at least four times a week and keep a practice log on his
      phone. 2. Be ready to take his Trinity College London Grade 3 guitar exam in March (not
      necessarily pass, but be ready to sit it). 3. Play one song in front of other people,
      ideally at the spring concert. He picked "Dog Days Are Over" by Florence + the Machine
      for number 3 because his sister plays it all the time. I typed the outcomes up and
      emailed them to Mrs Kettlewell, who read them and agreed them by email the same
      afternoon. She said outcome 2 should be about being ready, not passing, because the
      exam date was not up to us, so we kept that wording."""),

    H(1, "Section 2 - Undertake supervised mentoring"),
    H(2, "2a Mentoring sessions (Tuesdays, Elgar Room)"),
    T(
        ["No.", "Date", "Start", "End", "What we did"],
        ["1", "Tue 7 Jan 2025", "12:45", "13:15", "Got to know each other, agreed the 3 outcomes, set up practice log on his phone"],
        ["2", "Tue 14 Jan", "12:45", "13:20", "Looked at his log (2 days). Talked about what gets in the way – Xbox and football"],
        ["–", "Tue 21 Jan", "12:45", "13:15", "CANCELLED – Robin had a detention. Rearranged for next week"],
        ["3", "Tue 28 Jan", "12:50", "13:20", "Broke the exam pieces into 4-bar chunks. He used JustinGuitar for the chord changes"],
        ["4", "Tue 4 Feb", "12:45", "13:15", "Mrs Kettlewell watched the first 10 mins. He played the first exam piece through twice"],
        ["5", "Tue 11 Feb", "12:40", "13:15", "Recorded him on GarageBand so he could hear himself. He was shocked how good it sounded"],
        ["–", "Tue 18 Feb", "", "", "Half term – no session"],
        ["6", "Tue 25 Feb", "12:45", "13:30", "Played \"Dog Days\" to me and two of his friends. Reviewed all 3 outcomes. Ending"],
    ),
    P("""Also on Wednesday 19 February Robin stopped me in the corridor for about ten minutes to
      say he was nervous about the exam. It wasn't a planned session so I haven't counted it,
      but I told Mrs Kettlewell about it at the next review."""),
    P("""In session 3 I noticed he always stopped at the same chord change, so I stopped
      correcting him and asked him where he thought it was going wrong. He could tell me
      exactly. I didn't want to just be another teacher telling him what to do."""),

    H(2, "2b Reviews with my supervisor"),
    P("""After each session I met Mrs Kettlewell in the music office, either straight after
      lunch in her free period or after school the same day. She asked me what went well,
      what I found hard and what I would change, and she signed each entry in my paper copy."""),
    T(
        ["Review", "Date", "Time spent", "What we talked about"],
        ["1", "7 Jan", "30 mins", "I talked too much and gave him loads of advice. Try asking more"],
        ["2", "14 Jan", "half an hour", "How to talk about the Xbox without sounding like his mum"],
        ["3", "28 Jan", "30 mins", "Breaking things into chunks worked – use it for the concert song too"],
        ["4", "4 Feb", "40 mins", "She had watched the start so we went over time. My body language (SOLER)"],
        ["5", "11 Feb", "25 mins", "Fire drill at 3.10 cut it short"],
        ["6", "25 Feb", "30 mins", "Ending well, what I learned, and what I'd do next year"],
    ),
    P("That is 3 hours 5 minutes of reviews with my supervisor in total."),

    H(1, "Section 3 - Review own progress"),
    H(2, "3a My performance and what worked well"),
    P("""The practice log on his phone worked better than anything I said, because he could see
      the gaps himself and I never had to nag. Recording him on GarageBand in session 5 was
      the turning point: he had thought he sounded awful and he didn't. In that last 45
      minutes he played to his friends, which was outcome 3 even though it wasn't the spring
      concert. I was reliable – I was in the Elgar Room every week before he arrived, even
      the week of my mock exams. Will he keep going? He has booked the exam for 20 March and
      asked if I can help again next term, which I think is a yes."""),
    H(2, "3b What I learned about myself"),
    P("""I learned I am a bit of a perfectionist and that I want to fix every wrong note,
      which is fine for my own playing but not for mentoring someone who is twelve. I also
      learned that I am better at explaining than I thought, but that explaining is not the
      same as mentoring."""),
    H(2, "3c What I would do differently"),
    P("""I would ask Robin to choose what we work on at the start of each session instead of me
      deciding beforehand. I would write my diary on the Tuesday itself, not on Sunday night,
      because I forgot some of what he said. And I would agree at the very start what happens
      if a session is cancelled, as the detention week left us both unsure."""),
    H(2, "3d Skills I still need to develop"),
    P("""Listening without planning what I am going to say next – Mrs Kettlewell said I
      nod but my eyes are already somewhere else. Asking open questions that are not really
      hints. Giving feedback that is one thing at a time rather than a list of five."""),

    H(1, "Other bits"),
    P("""Things Robin talked about that helped us get on: he supports Chelsea and I support
      Arsenal, which gave us something to argue about; he wants a Fender Squier and a Marshall
      amp for his birthday instead of the Yamaha acoustic he has now; he listens to Arctic
      Monkeys on Spotify. Our music department is going to the Brewery Arts Centre in Kendal
      in April and the choir trip to Florence is in July; he wants to do Rockschool exams
      after Trinity."""),
    P("""Declaration: I confirm this diary is my own work and is a true record of my mentoring
      sessions and reviews. Amira Haddad, 3 March 2025. Checked and signed by supervisor:
      H. Kettlewell"""),
]

CASE = Case(
    name="np_d202_music_department_clean_pdf",
    unit="D2.02",
    kind="structured-pdf",
    files=[SourceFile("Amira Haddad D2.02 mentoring diary.pdf", BLOCKS)],
    labels={
        "section-1": "read them and agreed them by email the same afternoon",
        "section-2": "I didn't want to just be another teacher telling him",
        "section-3": "explaining is not the same as mentoring",
        "q2a": "Broke the exam pieces into 4-bar chunks",
        "q2b": "How to talk about the Xbox without sounding like his mum",
        "q3a": "he could see the gaps himself and I never had to nag",
        "q3b": "I am a bit of a perfectionist",
        "q3c": "choose what we work on at the start of each session",
        "q3d": "nod but my eyes are already somewhere else",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": None,
        "identifying": [],
        # 2a Start/End: S1 12:45-13:15 30 + S2 12:45-13:20 35 + S3 12:50-13:20 30
        #   + S4 12:45-13:15 30 + S5 12:40-13:15 35 + S6 12:45-13:30 45
        #   = 30 + 35 = 65; + 30 = 95; + 30 = 125; + 35 = 160; + 45 = 205.
        # Not: the intro's planned "12.45 to 1.15"; 21 Jan CANCELLED row (12:45-13:15 planned);
        # 18 Feb half term; 19 Feb corridor chat, ten minutes, "haven't counted it"; 3a's
        # "that last 45 minutes" (session 6 again). Session 4 observed: counted once.
        "minutes": 205,
        "sessions": 6,
        "individuals": 1,  # "Robin" (pseudonym)
        # 2b: 30 + "half an hour" 30 + 30 + 40 + 25 + 30 = 30 + 30 = 60; + 30 = 90; + 40 = 130;
        # + 25 = 155; + 30 = 185 (= "3 hours 5 minutes", right). Section 1 agreement by email: no meeting.
        "supervision_minutes": 185,
    },
    about="Sixth-former's D2.02 diary PDF mentoring a Year 8 guitarist, clean: supervisor named in the cover form and in prose, pseudonym 'Robin', Florence + the Machine, Fender/Marshall/Yamaha/JustinGuitar, Elgar Room, Kendal/Florence/Chelsea; Start/End session table with a cancelled row and a half-term row, uncounted corridor chat, review table with 'half an hour', a 40 and a 25.",
)
