"""D2.02 Undertaking Supervised Mentoring: a second-year hairdressing student's PDF diary, a session table and a reviews table.

Tegan Hollins, 17, is in her second year of a Level 3 hairdressing course at a further
education college in Swindon and mentors a first-year student in the college's training
salon. She calls her mentee "K" throughout. Her diary follows the brief's sections with her
own headings ("Section 1 - What we agreed", "Section 2 - The sessions", "Section 3 - Looking
back", then 3a to 3d pasted from the brief as sub-headings). Two tables: seven session rows
(one cancelled and rearranged, so six delivered, some longer than 30 minutes) and six
supervision reviews with her lecturer, one cut short by a fire alarm. Signed declaration.

Planted (1): the mentee's real first name slips into a review row ("Kacey's mum rang the
salon").

Clean but tricky: her own name at the top and in the declaration; the supervisor by role
("my salon lecturer"); K; the Salon International show; Toni&Guy as a salon chain; Swindon College;
the blow dry stages; weekdays at the start of table rows.

Assessor's arithmetic:
  Sessions: 1 Wed 15 Jan 30; 2 Wed 22 Jan 35; 3 Wed 29 Jan cancelled (K on the college
            trip to the Salon International show, excluded); 4 Fri 31 Jan 30 (the
            rearranged one); 5 Wed 5 Feb 40; 6 Wed 12 Feb 30; 7 Wed 26 Feb 30
            -> 30+35+30+40+30+30 = 195 minutes, 6 sessions, 1 individual (K = Kacey).
  Reviews:  30 + 30 + 30 + 25 (fire alarm) + 30 + 30 = 175 supervision minutes.
            No review for the cancelled session.
"""

from corpus.case import Case, H, P, SourceFile, T

SESSIONS = T(
    ["No.", "Date", "Time", "How long", "What we did", "What K will do next"],
    ["1", "Wed 15 Jan", "12.30-1.00", "30 mins", "Got to know each other, talked about her first term and what she finds hard", "Bring her assessment tracker next week"],
    ["2", "Wed 22 Jan", "12.30-1.05", "35 mins", "Looked at her tracker together, she has 3 blow dry assessments failed on timing", "Time herself on a practice head"],
    ["3", "Wed 29 Jan", "-", "-", "Cancelled - K was on the college trip to the Salon International show", "Rearranged for Friday"],
    ["4", "Fri 31 Jan", "12.30-1.00", "30 mins", "She timed herself at 52 minutes for a blow dry, target is 45. Broke it into stages", "Sectioning faster - use more clips"],
    ["5", "Wed 5 Feb", "12.20-1.00", "40 mins", "Watched her do a practice blow dry on the block and gave feedback on her sectioning", "Book a real client in the training salon"],
    ["6", "Wed 12 Feb", "12.30-1.00", "30 mins", "Her first real client went over time - talked about why, she said the client kept talking", "Practise polite ways to keep working while chatting"],
    ["7", "Wed 26 Feb", "12.30-1.00", "30 mins", "She passed her blow dry assessment at 44 minutes! Looked back at what we agreed", "Carry on with her colouring units on her own"],
)

REVIEWS = T(
    ["Review", "Date", "How long", "What we talked about"],
    ["1", "Wed 15 Jan", "30 mins", "I asked too many questions in a row and didn't wait for answers"],
    ["2", "Wed 22 Jan", "30 mins", "Keeping what K told me about her tracker private from her group"],
    ["3", "Fri 31 Jan", "30 mins", "Kacey's mum rang the salon to ask how she was getting on - what I should say (nothing, pass it to my lecturer)"],
    ["4", "Wed 5 Feb", "25 mins", "How I gave feedback on the sectioning. Cut short - fire alarm"],
    ["5", "Wed 12 Feb", "30 mins", "Not jumping in with my own client stories"],
    ["6", "Wed 26 Feb", "30 mins", "Ending the mentoring and what I learnt overall"],
)

BLOCKS = [
    H(0, "My Mentoring Diary"),
    P("ILM Level 2 Award in Mentoring for Young Learners - Unit D2.02"),
    P("Tegan Hollins, Level 3 Hairdressing (2nd year), Swindon College training salon"),
    P("Supervisor: my salon lecturer"),

    H(1, "Section 1 - What we agreed"),
    P("""My mentee is a first year on the Level 2 course. I am calling her K. Our lecturer
      asked me to mentor her because she was falling behind on her practical assessments
      and kept saying she wanted to leave and work in a shop. In our first session we sat
      in the staff room and agreed what we wanted to get out of six sessions. K picked them
      herself with a bit of help: pass her blow dry assessment inside the 45 minutes by
      half term; stop missing Wednesday practicals (she had missed four); and feel OK about
      asking the lecturers for help instead of waiting until she has got it wrong. I wrote
      them on the inside cover of her tracker so she sees them every time she opens it.
      My lecturer checked them and said they were realistic for six weeks."""),

    H(1, "Section 2 - The sessions"),
    P("""We met on Wednesdays at lunchtime in the staff room or the empty training salon. The
      third one was cancelled because K went on the college trip to the Salon International
      show, so we did it on the Friday instead. After every session I met my lecturer for
      a review."""),
    SESSIONS,
    REVIEWS,
    P("""The session I am proudest of is session 5. I watched her blow dry a block head and I
      could see straight away that her sections were far too big, which is why it took her
      so long. Instead of telling her, I asked her to show me how she would section it if
      she had all the time in the world, and then how she did it when she was rushing. She
      saw the difference herself. I only told her one thing, to use more clips, and she
      laughed because that is what the lecturers say all the time. In review 4 my lecturer
      said I had given feedback like a proper stylist trainer would, even though the fire
      alarm cut us short."""),

    H(1, "Section 3 - Looking back"),
    H(2, "3a Think about your own performance as a mentor and what worked well"),
    P("""What worked best was making K do the thinking. When she timed herself and broke the
      blow dry into stages (sectioning, rough dry, round brush, finish) she could see
      exactly where the minutes were going, and she fixed it herself. Meeting at lunchtime
      away from her group helped her talk, and having the goals written on her tracker
      kept us both on track. She did not miss a Wednesday practical after session 2."""),
    H(2, "3b What did you learn about yourself?"),
    P("""I learnt that I talk a lot when I am nervous and I fill every gap with a story about
      my own clients. I also found out that I am more patient than I thought, and that I
      actually like helping someone get better at something, which makes me think I might
      want to be an assessor or a trainer in a salon one day, maybe at Toni&Guy."""),
    H(2, "3c What might you do differently as a result of your reflection"),
    P("""Next time I would start by asking what the mentee already thinks is going wrong
      before looking at any paperwork, because in session 2 I went straight to her tracker
      and she went quiet. I would also plan around college trips and half term properly at
      the start instead of finding out the week before."""),
    H(2, "3d What skills do you still need to develop further?"),
    P("""I still need to get better at waiting after I ask a question, at least five seconds,
      and at not asking three questions at once. I also need to practise giving feedback
      when something has gone badly, because I only really had to give good news."""),
    P("""My records: I kept this diary, the two tables above, and a page of notes after each
      session in a notebook that stays in my locker. I wrote K, never her name, and I will
      give the notebook to my lecturer to shred when the course ends."""),

    P("Declaration: this diary is my own work. Signed Tegan Hollins 3 March 2025"),
]

CASE = Case(
    name="u_d202_salon_pdf",
    unit="D2.02",
    kind="structured-pdf",
    files=[SourceFile("Tegan Hollins D2.02 diary.pdf", BLOCKS)],
    labels={
        "section-1": "I wrote them on the inside cover of her tracker",
        "section-2": "She saw the difference herself",
        "section-3": "a notebook that stays in my locker",
        "q2a": "She timed herself at 52 minutes for a blow dry",
        "q2b": "Not jumping in with my own client stories",
        "q3a": "she could see exactly where the minutes were going",
        "q3b": "I fill every gap with a story about my own clients",
        "q3c": "I went straight to her tracker and she went quiet",
        "q3d": "at least five seconds, and at not asking three questions",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": None,
        "identifying": ["Kacey"],
        # 30+35+30+40+30+30 = 195 (row 3 cancelled)
        "minutes": 195,
        "sessions": 6,
        "individuals": 1,
        # 30+30+30+25+30+30 = 175
        "supervision_minutes": 175,
    },
    about="Hairdressing student's D2.02 PDF diary: brief-section headings with pasted 3a-3d questions, seven-row session table with a cancelled and rearranged session and some sessions over 30 minutes, six-row review table with one cut short; mentee's first name slips into a review row.",
)
