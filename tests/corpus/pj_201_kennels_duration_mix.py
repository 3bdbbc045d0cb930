"""8584-201 whole portfolio: an animal rescue kennel supervisor's log whose Duration column mixes every format.

Bethan Pryce, kennel supervisor at a rescue centre, mentors Kayleigh, a new kennel assistant.
Her Word portfolio answers 1.1 to 3.3 under numbered headings. The log's column is headed
"Duration (hrs)" but she wrote the lengths as they came: "50 min", "1h05", "one hour",
"90'", "¾ hr", "1 hr 20 mins" and a bare "1.5" (hours, as the heading says). Tricky: a
"3-way review" row (Kayleigh's probation review run by the centre manager, 40 mins) that
she says in the row and again under the log she has not counted; a week with no session;
her Total row (right: 8 hrs); the 17 March session retold in the trust section as "three
quarters of an hour" (the same session); a plan of "seven sessions of roughly an hour"
(planned, not delivered). Supervision is in prose: an hour with her tutor (10.00 to 11.00)
and an earlier 20-minute tutorial call.

Practice truth: 50 + 65 + 60 + 90 + 45 + 80 + 90 = 480 minutes in seven sessions with one
mentee; supervision 60 + 20 = 80.
"""

from .case import Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "ILM Level 2 Award in Effective Mentoring Skills – Unit 201 Developing Mentoring Skills"),
    P("Portfolio of evidence – Bethan Pryce, Kennel Supervisor, Moorbank Animal Rescue"),

    H(1, "1.1 My mentoring plan"),
    P("""Kayleigh joined us in January as a kennel assistant. She is 19, it is her first job
      with animals and she is brilliant with the nervous dogs but freezes when the phone rings
      or when a member of the public asks her something about adopting. My manager Mark asked
      me to mentor her as part of my ILM course. I planned to meet her every Monday after the
      2pm walk in the staff room, because the kennels are quiet then and nobody else needs the
      room. I planned seven sessions of roughly an hour from February to the end of March,
      with a review at the end. I told Kayleigh she could cancel if a dog needed her and that we
      would always rebook. I kept a folder with the mentoring agreement, a goals sheet, the log
      and a feedback form for her to fill in at the end."""),

    H(1, "1.2 Goals we agreed"),
    P("""In our second session we agreed two goals using SMART. Goal 1: pass her dog handling
      assessment with Mark by the end of March. Goal 2: take adoption enquiry calls on her own,
      using the phone script, at least three times a week by the end of March. Kayleigh wrote
      them on the goals sheet herself and we both signed it. For each session we also set a
      small goal, for example in session 4 to get through the phone script twice without
      looking at it."""),

    H(1, "2.1 / 2.5 Mentoring log"),
    P("""This is the log I kept in the folder. I wrote it up the same day, usually straight after
      the session while Kayleigh did the 4pm feeds, and Kayleigh initialled each line.
      Durations are in hours unless I've written otherwise (sorry, I wasn't very consistent)."""),
    T(
        ["Date", "Session", "Duration (hrs)", "What we did / actions"],
        ["Mon 3 Feb 2025", "1 – getting to know each other", "50 min",
         "Explained mentoring, confidentiality and what goes to Mark. Agreement signed. Agreed to keep Mondays."],
        ["Mon 10 Feb", "2", "1h05", "Goals set (see 1.2). Action: K to listen to me take 2 calls"],
        ["Mon 17 Feb", "3", "one hour", "Talked through the kennel 14 incident, she led it. Action: read the bite prevention leaflet"],
        ["Mon 24 Feb", "3-way review", "40 mins", "Probation review – Kayleigh, me and Mark. Not counted (Mark's meeting)"],
        ["Mon 3 Mar", "4", "90'", "Phone script role play x 4, then she took a real call with me beside her"],
        ["Mon 10 Mar", "-", "-", "No session, K on annual leave"],
        ["Mon 17 Mar", "5", "¾ hr", "Short one – vet in. Reviewed goal 1, booked a practice assessment"],
        ["Mon 24 Mar", "6", "1 hr 20 mins", "Watched her practice handling assessment then gave feedback (see 2.3)"],
        ["Mon 31 Mar", "7 – final review", "1.5", "Both goals reviewed. Passed her assessment with Mark on 28/3! Feedback form done"],
        ["Total", "", "8 hrs", "not counting the review with Mark"],
    ),
    P("""That is well over the 3 hours. The 24 Feb review was Kayleigh's probation review with
      Mark, the centre manager. I was there to support her but it was his meeting, so I haven't
      counted it as mentoring."""),

    H(1, "2.2 Questioning and listening"),
    P("""I used open questions a lot more than I normally would at work. Instead of "Are you OK
      with the phone?" I asked "What goes through your head when the phone rings?" That one
      question got more out of her than the whole first session. When she talked about the
      kennel 14 incident I stayed quiet and let her finish, even when there was a long pause,
      and then summarised back what I had heard. She told me afterwards nobody had let her
      explain it properly before."""),

    H(1, "2.3 Feedback"),
    P("""After watching her do the handling assessment practice on 24 March I gave her feedback
      straight away using what went well / even better if. What went well: she read the dog's
      body language and gave him space. Even better if: she kept the lead shorter on the ramp.
      I made sure the feedback was about what she did, not about her as a person. She then asked
      me for feedback on her phone calls too, which she would never have done in February."""),

    H(1, "2.4 Building trust"),
    P("""Two things helped. First, I kept what she told me confidential, including about her
      anxiety, and I told her at the start exactly what I would and wouldn't pass on to Mark.
      Second, I did what I said I would: when the vet was in on 17 March and I only had three
      quarters of an hour I still turned up rather than cancel, and when I promised to find her
      the handling video from our training portal I had it on her phone the next morning. By
      session 5 she was bringing her own problems to the session instead of waiting for me to
      ask."""),

    H(1, "3.1 Reviewing my performance"),
    P("""I used the mentor skills checklist from the course handbook (based on Clutterbuck's
      mentor competences) and scored myself before the first session and after the last. My
      strengths are rapport and being organised. My weakest area was listening without jumping
      in with a solution: in the first two sessions I gave Kayleigh the answer to almost
      everything, which goes against the idea of the mentee owning the goal. Kayleigh's
      feedback form said I was "easy to talk to" but also "sometimes you finish my sentences",
      which matches what I found on the checklist."""),

    H(1, "3.2 Meeting with my tutor"),
    P("""I met my tutor Graham at the training centre on 7 April for an hour (10.00 to 11.00).
      The purpose was to go through my log and my skills checklist before I wrote this up. We
      agreed that my next step is to practise silence and to write a short reflective note
      after each session rather than just a log entry. Graham had also rung me on 12 February
      for a 20-minute tutorial call to check my plan before I got too far in, and he suggested
      making the goals measurable, which is why goal 2 says three times a week."""),

    H(1, "3.3 My development plan"),
    T(
        ["What I want to develop", "How", "By when", "How I'll know"],
        ["Listening without jumping in", "Count to five before I speak; ask my next mentee to flag it",
         "End of June", "No 'finish my sentences' comments on the next feedback form"],
        ["Reflective writing", "One short reflective note after every session", "From my next mentee",
         "Graham checks three notes"],
        ["Build on my organisation – mentor a second new starter", "Ask Mark for one of the April intake",
         "September", "Agreement signed"],
    ),
    P("""I will also keep in touch with Kayleigh informally once a month, and ask Mark whether I can
      join the centre's volunteer mentor network."""),

    H(1, "Declaration"),
    P("I confirm this portfolio is my own work and the log is a true record. Bethan Pryce 14/04/2025"),
]

CASE = Case(
    name="pj_201_kennels_duration_mix",
    unit="8584-201",
    kind="structured-docx",
    files=[SourceFile("Bethan Pryce 201 portfolio.docx", BLOCKS)],
    labels={
        "1.1": "every Monday after the 2pm walk in the staff room",
        "1.2": "Goal 2: take adoption enquiry calls on her own",
        "2.1": "That is well over the 3 hours",
        "2.2": "What goes through your head when the phone rings?",
        "2.3": "using what went well / even better if",
        "2.4": "exactly what I would and wouldn't pass on to Mark",
        "2.5": "I wrote it up the same day",
        "3.1": "sometimes you finish my sentences",
        "3.2": "The purpose was to go through my log",
        "3.3": "Count to five before I speak",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        # Log, "Duration (hrs)" column: 3 Feb "50 min" 50 + 10 Feb "1h05" 65 + 17 Feb "one hour" 60
        # + 3 Mar "90'" 90 + 17 Mar "¾ hr" 45 + 24 Mar "1 hr 20 mins" 80 + 31 Mar "1.5" (hrs) 90
        # = 50 + 65 = 115; + 60 = 175; + 90 = 265; + 45 = 310; + 80 = 390; + 90 = 480.
        # Not: 24 Feb 3-way probation review, 40 mins ("Not counted", and again below the log);
        # 10 Mar no session; the Total row (8 hrs = 480, right); "three quarters of an hour"
        # in 2.4 (the 17 Mar session again); the plan's "seven sessions of roughly an hour".
        "minutes": 480,
        "sessions": 7,
        "individuals": 1,  # Kayleigh (K)
        # 3.2: tutor meeting 7 April 10.00 to 11.00 = 60 + 12 February tutorial call 20 = 80
        "supervision_minutes": 80,
    },
    about="Rescue kennel supervisor; 201 portfolio whose 'Duration (hrs)' column mixes '50 min', '1h05', 'one hour', '90'', '¾ hr', '1 hr 20 mins', bare '1.5'; a not-counted 3-way probation review, a no-session week, right total, a session retold in prose, tutor hour + tutorial call in prose.",
)
