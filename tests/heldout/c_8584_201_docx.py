"""8584-201 Developing Mentoring Skills: a care home senior's two-file DOCX portfolio.

Dawn Pickering, senior care assistant at a residential care home in Kendal, mentors one
new care assistant ("Mentee J") through her first two months. File 1 is her assignment:
a declaration, an evidence matrix that points at pages of file 2, and short answers under
"Question 1.2"-style lines typed as plain bold-less paragraphs (no Word heading styles).
File 2 ("Appendix 1") holds the mentoring plan, a session log table with mixed duration
formats, one session record per logged session, and the tutor meeting record. Where the
matrix points at Appendix 1 (1.1, 2.1, 2.5, 3.2) the label is in the appendix.

Practice, as an assessor counts it (the session log in Appendix 1):
    S1 "45 mins" 45, S2 "1 hr 15" 75, S3 "10:00–11:30" 90, S4 "2½ hours" 150, S5 "40 minutes" 40
    -> 400 minutes (6 h 40), 5 sessions, 1 individual.
    Not counted: S6 "1 hr (planned)" for 12/05 (not yet held), the "Total" row, the tutor
    meeting row "1 hour" (supervision, AC 3.2), and Session Records 1–5 (the same sessions).
    => minutes 400, sessions 5, individuals 1, supervision 60.

Anonymisation slips: the mentee's first name in record 3, a resident's full name in record
4, the mentee's mobile in the plan, and the mentee's initial+surname as her signature
under record 5. Not identifying: Dawn's own name, her tutor Gareth Lowe named on the
tutor-meeting form, Larchfield House, Kendal, Skills for Care, the Care Certificate,
Clutterbuck, Kolb, Megginson.
"""

from corpus.case import B, Case, H, P, SourceFile, T

ASSIGNMENT = [
    P("ILM Level 2 Award in Effective Mentoring Skills"),
    P("Unit 8584-201 Developing Mentoring Skills – Assignment"),
    T(
        ["Learner name", "Dawn Pickering"],
        ["ILM number", "DP-84201-77315"],
        ["Centre", "Lakeland Care Training Partnership"],
        ["Date submitted", "9 May 2025"],
    ),
    P("Declaration of authenticity"),
    P("""I confirm that this assignment and the records in Appendix 1 are my own work, and that
      the mentoring sessions took place as I have described them."""),
    P("Signed: Dawn Pickering      Date: 09/05/2025"),
    P("Evidence matrix"),
    T(
        ["AC", "What the evidence is", "Where to find it"],
        ["1.1", "Mentoring plan", "Appendix 1, page 1"],
        ["1.2", "Agreed goals", "Question 1.2 below (also Session Record 1)"],
        ["2.1", "Session log and session summaries", "Appendix 1, pages 2–5"],
        ["2.2", "Questioning and listening", "Question 2.2 below"],
        ["2.3", "Feedback to mentee", "Question 2.3 below"],
        ["2.4", "Building trust", "Question 2.4 below"],
        ["2.5", "Session Records 1–5", "Appendix 1, pages 3–5"],
        ["3.1", "Review of my performance", "Question 3.1 below"],
        ["3.2", "Record of meeting with my tutor", "Appendix 1, page 6"],
        ["3.3", "My development plan", "Question 3.3 below"],
    ),
    P("Background"),
    P("""Larchfield House is a 38-bed residential home for older people on the edge of Kendal,
      about half of our residents living with dementia. I have worked here for eleven years
      and I am a senior on days. Our manager asked me to mentor a new care assistant who
      started in February. She had done two weeks in a supermarket before this and had no
      care experience, and she was finding the pace and the personal care hard. I will call
      her Mentee J. My plan, log and the records of each session are in Appendix 1."""),
    P("Question 1.1 – Prepare a plan for effective mentoring of an individual"),
    P("Please see my mentoring plan, Appendix 1 page 1."),
    P("Question 1.2 – State the agreed goals of the mentoring sessions"),
    P("""We agreed the goals together in the first session, after I asked her what was worrying
      her most. She picked two things and I added one because it is part of her probation."""),
    B("""Goal 1 (sessions 1–3): complete the six Care Certificate workbook standards she was
      behind on and have them signed off by the deputy manager by 31 March."""),
    B("""Goal 2 (sessions 2–4): carry out a full morning personal care routine for a resident who
      needs the stand aid, with me observing, without needing me to step in."""),
    B("""Goal 3 (sessions 4–5): hand over at least one resident at the 2pm handover herself,
      using the SBAR headings, by the end of April."""),
    P("""Goal 1 was easy to measure because the standards are either signed or not. For goal 2 we
      agreed I would not step in unless someone was at risk, and she would count it as done
      when she had managed it twice in a row."""),
    P("Question 2.1 – Provide evidence of mentoring with an individual over a period of at least 3 hours"),
    P("See the log and the session records in Appendix 1, pages 2–5."),
    P("Question 2.2 – Use questioning and listening techniques to support the individual being mentored"),
    P("""I tried to ask more than tell, which is hard when you are a senior because you are used to
      giving instructions all day. In session 2 she said she 'just froze' when a resident was
      agitated. Instead of telling her what to do, I asked 'what did you notice just before
      he got upset?' and then 'what might he have been trying to tell you?'. She worked out
      that he wanted the toilet and could not find the words. I used reflecting back a lot,
      repeating her last few words so she would carry on, and I tried to leave gaps. When I
      listened properly I found out that the real problem with the workbooks was not time but
      that she was embarrassed about her spelling, which I would never have guessed."""),
    P("Question 2.3 – Provide feedback to support individual development"),
    P("""After I watched her do the morning routine in session 4, I used the feedback sandwich
      I learned on my Level 3, but I tried to make the middle bit specific. I told her she had
      talked to the resident the whole way through and explained every step, which is exactly
      what we want. Then I said that she had put the sling on before checking the brakes on
      the stand aid and that this was the one thing she must change, and I showed her the
      order again. I finished by telling her she was quicker than most new starters. The next
      week she did it twice without me stepping in, so the feedback changed what she did."""),
    P("Question 2.4 – Describe how trust was developed with the individual being mentored"),
    P("""The first thing was confidentiality. I told her at the start that what she said in our
      sessions stayed between us unless it was about a resident's safety, and I kept to that
      even when the deputy asked me how she was getting on. Secondly, I shared my own mistakes:
      I told her about my first week when I cried in the sluice room, and she laughed and said
      she had done the same. After that she talked much more openly. Thirdly, I did what I said
      I would do, for example I printed the workbook pages in a bigger font for her the very
      next day. Megginson and Clutterbuck talk about the mentor being someone who is on your
      side, and I think she only started to believe that around session 3."""),
    P("Question 2.5 – Maintain appropriate records of all mentoring sessions"),
    P("See Session Records 1–5 in Appendix 1."),
    P("Question 3.1 – Review own mentoring performance"),
    P("""I used Kolb's learning cycle to look back at each session in my records, and I compared
      myself with the qualities of a good mentor from our course notes (approachable, a good
      listener, honest, patient, a role model). My strengths are that I am approachable and I
      know the job inside out, so my examples were real. Mentee J said on her feedback sheet
      that I 'never made her feel stupid'. My weakness is that I jump in to solve things. In
      session 3 I caught myself writing her workbook answer for her, and I had to stop and
      hand the pen back. I also over-ran in session 4 because I did not plan the time. If I
      am honest, I was sometimes mentoring her the way I would want to be mentored, not the
      way that suited her."""),
    P("Question 3.2 – Provide evidence of a 1-hour meeting with their tutor"),
    P("See the tutor meeting record, Appendix 1 page 6."),
    P("Question 3.3 – Identify and plan areas for future development as a mentor"),
    T(
        ["What I want to develop", "How", "By when", "How I will know"],
        ["Stop jumping in with answers", "Count to five before I speak; ask one more question first",
         "Next mentee (June)", "Ask my next mentee at the mid-point review"],
        ["Planning session timings", "Write a start and finish time on each plan and keep to it",
         "From June", "No session over-runs by more than 10 minutes"],
        ["Mentoring qualification", "Ask the manager about the Level 3 Certificate in Coaching and Mentoring",
         "Appraisal in September", "Booked on the course"],
    ),
    P("""I will build on being approachable by offering to be the named buddy for every new
      starter on days, which the manager has agreed to try from the summer."""),
]

APPENDIX = [
    P("Appendix 1 – Mentoring plan, session log and records (D. Pickering, 8584-201)"),
    P("Page 1: Mentoring plan"),
    T(
        ["Mentee", "Mentee J, care assistant, started 10/02/2025"],
        ["Contact", "Mobile 07700 900462 (for changing session times only)"],
        ["Why mentoring", "New to care, struggling with pace and personal care, behind on Care Certificate"],
        ["Where", "The quiet lounge on the first floor, door closed, 'meeting' sign up"],
        ["When", "Monday afternoons after the 2pm handover, when the floor is calmer"],
        ["How long / how often", "About an hour, weekly or fortnightly, March to May; at least 3 hours in total"],
        ["How", "Sit-down sessions plus one session on the floor where I observe a morning routine"],
        ["Resources", "Care Certificate workbook, moving and handling policy, SBAR handover sheet"],
        ["Agreed with", "Home manager (for release from the floor) and Mentee J"],
    ),
    P("""I booked the sessions onto the rota two weeks ahead, so the shift lead would cover the
      floor and we would not be called away, and I planned the session on the floor for an
      early shift so I could watch a real morning routine."""),
    P("Pages 2–5: Session log"),
    P("""Below is my log of every session with Mentee J. The times come from my diary and the
      rota. The tutor meeting is in the log so everything is in one place, but it is not a
      mentoring session."""),
    T(
        ["Session", "Date", "Duration", "What we did"],
        ["1", "03/03/2025", "45 mins", "Getting to know each other, agreement, goals"],
        ["2", "17/03/2025", "1 hr 15", "Workbook standards 3 and 5; the agitated resident"],
        ["3", "24/03/2025", "10:00–11:30", "Workbooks signed off; handover sheet introduced"],
        ["4", "07/04/2025", "2½ hours", "Observed morning routine on the floor, then debrief"],
        ["5", "28/04/2025", "40 minutes", "First handover done by her; review of goals"],
        ["Tutor", "01/05/2025", "1 hour", "Meeting with my tutor (AC 3.2) – not mentoring"],
        ["6", "12/05/2025", "1 hr (planned)", "Ending session – not held yet"],
        ["Total", "", "6 hrs 40 mins", ""],
    ),
    P("""Each session also has its own record (below), which I filled in within 24 hours of each
      session on the centre's form and kept in the locked drawer in the seniors' office. Mentee
      J read each one and we both signed it."""),
    P("Session Record 1"),
    T(
        ["Date", "03/03/2025", "Duration", "45 minutes"],
        ["Purpose", "Agree how mentoring will work; set goals", "", ""],
        ["Summary", "Went through the mentoring agreement. She said the worst thing was the workbooks. Agreed goals 1–3 (see assignment Q1.2).", "", ""],
        ["Actions", "Mentee: bring workbook next time. Me: print workbook pages larger.", "", ""],
    ),
    P("Session Record 2"),
    T(
        ["Date", "17/03/2025", "Duration", "1 hour 15 minutes"],
        ["Purpose", "Workbooks; talk about the incident with the agitated resident", "", ""],
        ["Summary", "Worked through standards 3 and 5 together; she read her answers aloud to me. Talked through what happened with the resident, using questions.", "", ""],
        ["Actions", "Mentee: finish standard 6. Me: ask deputy to sign off on 24th.", "", ""],
    ),
    P("Session Record 3"),
    T(
        ["Date", "24/03/2025", "Duration", "1 hour 30 minutes"],
        ["Purpose", "Sign-off and handovers", "", ""],
        ["Summary", "All six standards signed off by the deputy in the session – goal 1 met. Jodie said she felt like a proper carer for the first time. Introduced the SBAR handover sheet and we role-played a handover.", "", ""],
        ["Actions", "Mentee: listen to three handovers and fill in SBAR for one resident.", "", ""],
    ),
    P("Session Record 4"),
    T(
        ["Date", "07/04/2025", "Duration", "2 hours 30 minutes"],
        ["Purpose", "Observe the morning routine (goal 2)", "", ""],
        ["Summary", "Observed her supporting Mrs Edna Rowley with washing, dressing and the stand aid. Good communication all the way through; sling on before brakes checked – talked about this straight after. Debrief in the quiet lounge.", "", ""],
        ["Actions", "Mentee: do the routine twice with the correct order; tell me when done.", "", ""],
    ),
    P("Session Record 5"),
    T(
        ["Date", "28/04/2025", "Duration", "40 minutes"],
        ["Purpose", "Handover and review", "", ""],
        ["Summary", "She handed over two residents at 2pm on her own – goal 3 met. Looked back at all three goals; agreed one last session in May to finish.", "", ""],
        ["Actions", "Mentee: think about what support she wants after mentoring ends.", "", ""],
    ),
    P("Signed (mentor): D. Pickering     Signed (mentee): J. Carr"),
    P("Page 6: Record of 1-hour meeting with my tutor"),
    T(
        ["Tutor", "Gareth Lowe"],
        ["Date and length", "01/05/2025, 1 hour, at the training centre"],
        ["Purpose", "To review my mentoring records and what I learned from mentoring Mentee J"],
    ),
    P("""We went through my five session records. Gareth pointed out that my records said a lot
      about what the mentee did and very little about what I did or how I felt, so from now on
      I will add a line for my own learning after each session. We talked about my habit of
      jumping in, and he suggested I try the 'count to five' rule and sometimes ask the mentee
      to summarise the session instead of me. The agreed outcome was that I will use both in
      the final session and write up how it went, and that I should think about the Level 3
      qualification."""),
]

CASE = Case(
    name="c_8584_201_docx",
    unit="8584-201",
    kind="portfolio",
    files=[
        SourceFile("8584-201 Assignment - D Pickering.docx", ASSIGNMENT),
        SourceFile("8584-201 Appendix 1 - plan, log and records.docx", APPENDIX),
    ],
    labels={
        "1.1": "quiet lounge on the first floor, door closed",
        "1.2": "carry out a full morning personal care routine",
        "2.1": "Below is my log of every session",
        "2.2": "what did you notice just before he got upset?",
        "2.3": "checking the brakes on the stand aid",
        "2.4": "I cried in the sluice room",
        "2.5": "filled in within 24 hours of each session",
        "3.1": "I caught myself writing her workbook answer",
        "3.2": "add a line for my own learning",
        "3.3": "named buddy for every new starter",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": True,
        # log: 45 + 75 + 90 + 150 + 40 = 400; row 6 planned, "Total" row, tutor row and
        # Session Records 1–5 (repeats of the log) excluded
        "minutes": 400,
        "sessions": 5,
        "individuals": 1,
        "supervision_minutes": 60,  # the 1-hour tutor meeting of AC 3.2
        "identifying": ["Jodie", "Edna Rowley", "07700 900462", "J. Carr"],
    },
    about="Care home senior; assignment DOCX with matrix pointing at an appendix DOCX of plan, mixed-format log and session records; four planted details.",
)
