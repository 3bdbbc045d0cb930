"""8584-201 Developing mentoring skills (PDF made from Word): a garden centre assistant manager.

Tom Hadley, assistant manager at an independent garden centre near Evesham, mentors a new
weekend supervisor on the plant area. One PDF saved from Word: a front sheet with a signed
declaration, answers under the assessment criteria as headings, and a session log table
with Start and End times but no duration column. One log row is a group session where his
mentee brought along another new supervisor (Mentee 2); one row is his tutorial with the
course tutor; the last row is 'TOTAL HOURS'. He never wrote a development plan (3.3 left
unanswered: his review stops at what went well and badly).

Practice, as an assessor counts it (the log, End minus Start):
    4 Mar 10:00-10:45 = 45 (chemistry and contracting), 11 Mar 09:30-10:30 = 60,
    18 Mar 14:00-15:15 = 75 (group: Mentee 1 and Mentee 2, one session),
    25 Mar 09:00-09:50 = 50, 1 Apr 13:30-14:40 = 70        => 300 minutes, 5 sessions
    Individuals: Mentee 1 (named in full in the first row) and Mentee 2 = 2.
    Tutorial 21 Mar 16:00-17:00 = 60 supervision minutes. 'TOTAL HOURS 5.0' not counted.

Anonymisation slip: the first log row names Mentee 1 in full ("Jodie Marsh (Mentee 1)": the
coordinator added the pseudonym so the two are plainly one person); everywhere
else she is Mentee 1. Not identifying: Tom's own name, his tutor Mrs Angela Petrie (named on
the front sheet), the garden centre's owner as a role, Evesham, the RHS, Clutterbuck,
Egan, Whitmore, the GROW model.
"""

from corpus.case import Case, H, P, SourceFile, T

LOG = T(
    ["Date", "Start", "End", "Who", "What we covered"],
    ["Tue 4 Mar", "10:00", "10:45", "Jodie Marsh (Mentee 1)", "Chemistry meeting and contracting in the café before opening."],
    ["Tue 11 Mar", "09:30", "10:30", "Mentee 1", "Goals for the spring season, GROW on the weekend rota."],
    ["Tue 18 Mar", "14:00", "15:15", "Mentee 1 and Mentee 2 (group)", "Group session on handling customer complaints about dead plants. Both new weekend supervisors."],
    ["Fri 21 Mar", "16:00", "17:00", "Tutorial – course tutor", "One-hour tutorial about my mentoring so far (not mentoring)."],
    ["Tue 25 Mar", "09:00", "09:50", "Mentee 1", "Review of the rota, first weekend running the plant area alone."],
    ["Tue 1 Apr", "13:30", "14:40", "Mentee 1", "Final session: goals reviewed, feedback both ways."],
    ["TOTAL HOURS", "", "", "", "5.0 hours mentoring (tutorial not included)"],
)

BLOCKS = [
    H(0, "ILM Level 2 Award in Mentoring – Unit 8584-201 Developing Mentoring Skills"),
    T(
        ["Learner", "Tom Hadley"],
        ["Centre", "Vale Adult Learning"],
        ["Tutor", "Mrs Angela Petrie"],
        ["Submitted", "14 April"],
    ),
    P("""Learner declaration: I confirm that this assignment is my own work and that the
      mentoring described took place as recorded. Signed: Tom Hadley  Date: 14/04"""),

    H(1, "Introduction"),
    P("""I am assistant manager at a family-run garden centre near Evesham. We have about forty
      staff in the spring and summer, a lot of them part time or weekends only. This year the
      owner promoted two of the weekend team to weekend supervisor on the plant area, and asked
      me to mentor one of them as part of my course. I call her Mentee 1 in this assignment. She
      is 19 and studying horticulture at college in the week. She knows more about plants than I
      do, but she has never been in charge of people, and some of the weekend team are twice
      her age."""),

    H(1, "1.1 Prepare a plan for effective mentoring of an individual"),
    P("""Before the first meeting I wrote a one page plan. It said who the mentee was and why
      she was being mentored, how often we would meet (weekly on Tuesday when she is not at
      college, for about an hour), where (the café before we open, or the potting shed office
      if the café was busy), and that we would do at least five sessions between March and the
      start of April, before Easter which is our busiest weekend. I also planned what I would do
      in the first meeting: explain what mentoring is, agree confidentiality, and find out what
      she wanted. I booked all the dates in the staff diary so the rota would cover us. The plan
      also had a section on what I would not do, which was to manage her, because her line
      manager is the plant area manager, not me."""),

    H(1, "1.2 State the agreed goals of the mentoring sessions"),
    P("""In the contracting meeting and the second session Mentee 1 and I agreed three goals.
      First, by Easter she would be confident running the plant area on a Saturday without
      ringing the plant area manager. Second, she would be able to deal with an unhappy customer
      on her own, including deciding on a refund. Third, she would make the weekend watering and
      tidying rota herself and get the team to stick to it. She wrote them in her own words on
      the back of the plan and we both had a copy."""),

    H(1, "2.1 Provide evidence of mentoring over a period of at least 3 hours"),
    P("""My session log is below. Altogether I did five hours of mentoring in total, all with
      Mentee 1, over five sessions from 4 March to 1 April. One session was a group session
      because the other new weekend supervisor (Mentee 2) asked to join when we did complaints,
      and Mentee 1 was happy for her to come. The tutorial is in the log too but it is not
      mentoring."""),
    LOG,

    H(1, "2.2 Use questioning and listening techniques"),
    P("""I used the GROW model for most sessions, mainly because it stopped me from jumping
      straight to telling her what to do. When we talked about the rota I asked open questions
      like "what would a good Saturday look like?" and "who in the team would follow a rota
      without being asked?" I tried to listen more than I talked. In the third session she said
      the older staff ignore her, and instead of reassuring her straight away I asked her to
      tell me about the last time it happened, and just listened. She worked out herself that
      it was mostly one person and it was the way she asked, not her age. I also summarised at
      the end of each session so she could correct anything I had got wrong."""),

    H(1, "2.3 Provide feedback to support individual development"),
    P("""After her first Saturday in charge on her own I gave her feedback using what went well
      and even better if. What went well was that the watering got done by ten o'clock for the
      first time this year. Even better if she had told the team why, because two of them
      thought she was just being bossy. I tried to make it specific and about things she could
      change, which is what the course notes say about feedback. She said afterwards she
      preferred that to being told she was doing great, which is what the owner says to
      everyone."""),

    H(1, "2.4 Describe how trust was developed"),
    P("""I think trust came from three things. I was clear at the start that what she said
      stayed between us unless it was a safety issue, and I kept to that, even when the plant
      area manager asked me how she was getting on. I told him to ask her. I also admitted
      things I don't know, like the Latin names, so it did not feel like I was the expert on
      everything. And I did what I said I would do: when she asked me to find out about the
      refund limit I came back with the answer the next week. By the fourth session she told me
      she had nearly quit in February, which I don't think she would have said at the start."""),

    H(1, "2.5 Maintain appropriate records of all mentoring sessions"),
    P("""I kept a short note after every session in a notebook that stays in my locker, and
      typed the dates and times into the log above. The notes say what we talked about and what
      she agreed to do next, not anything personal. I showed Mentee 1 the log at the end so
      she could check it was fair, and I will shred the notebook once the course is marked."""),

    H(1, "3.1 Review own mentoring performance"),
    P("""Looking back, I think I was good at the practical side: booking the sessions,
      following them up, and giving feedback she could use. Where I was weaker was at the
      start, when I talked too much. In the second session I realised I had spent most of the
      hour telling her about how I learned to supervise. Clutterbuck says a mentor helps someone
      do their own thinking, and I was doing her thinking for her. From the third session I used
      more questions and counted to five before speaking, and the sessions got better. The
      group session was harder than I expected. Mentee 2 was louder and I found it hard to keep
      Mentee 1 involved. Egan's skilled helper idea of attending to the person helped me notice
      she had gone quiet, but I did not really fix it. Overall she met two of her three goals
      by Easter, and the third (the refund decision) she did once, on Easter Saturday, which
      she told me about proudly."""),

    H(1, "3.2 Evidence of a 1-hour meeting with my tutor"),
    P("""On 21 March I had a one-hour tutorial with Mrs Petrie, my course tutor, at the
      college. I took my log and notes. We talked about me talking too much, and she suggested
      I write down three questions before each session and only use my own story if the mentee
      asks for it. She also asked about the group session and whether it was still mentoring if
      two people are there. We agreed it could be, as long as the goals were Mentee 1's. After
      the tutorial I changed how I prepared for the last two sessions and brought my three
      written questions each time."""),
]

CASE = Case(
    name="k_8584_201_pdf",
    unit="8584-201",
    kind="structured-pdf",
    files=[SourceFile("8584-201 T Hadley final.pdf", BLOCKS)],
    labels={
        "1.1": "I booked all the dates in the staff",
        "1.2": "get the team to stick to it",
        "2.1": "five hours of mentoring in total, all with",
        "2.2": "it was the way she asked, not her age",
        "2.3": "the watering got done by ten o'clock",
        "2.4": "I told him to ask her",
        "2.5": "stays in my locker",
        "3.1": "I was doing her thinking for her",
        "3.2": "write down three questions before each session",
        "3.3": None,  # no development plan: the assignment ends after the tutorial
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        # End - Start: 45 + 60 + 75 (group, once) + 50 + 70 = 300; matches his 5.0 hours.
        # Tutorial row (60) is supervision; the TOTAL HOURS row is not a session.
        "minutes": 300,
        "sessions": 5,
        "individuals": 2,  # Mentee 1 (= Jodie Marsh) and Mentee 2
        "supervision_minutes": 60,  # tutorial 21 Mar 16:00-17:00
        "identifying": ["Jodie Marsh"],
    },
    about="Garden centre assistant manager mentoring a new weekend supervisor; PDF from Word with a Start | End log (no duration), a group row with two pseudonymised mentees, a tutorial row and a TOTAL HOURS row; 3.3 unanswered; mentee's full name in a log row.",
)
