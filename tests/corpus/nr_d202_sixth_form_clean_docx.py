"""D2.02 Undertaking supervised mentoring: a Year 12 peer mentor's diary, styled DOCX under the mark sheet's headings, clean, practice-only.

Keira Danso is a Year 12 student at St Aidan's Catholic Academy in Sutton Coldfield and a
peer mentor for Year 8. Her ILM Level 2 Award in Mentoring for Young Learners diary is one Word
file with heading styles following the brief's Section 1-3 headings: a cover table (centre,
candidate), agreed outcomes, a session log and a supervision log, a short note of each
session, her Section 3 review and a signed declaration. The brief asks for "the name of the
mentee"; she writes "Mentee A" and says why. Practice-only (labels={}); her figures are
labelled.

Clean (identifying = []) but crowded with look-alikes: the school (a saint), houses named after
people (Brontë, Turing, Seacole, Attenborough), the Malala Room and the Rosalind Franklin block;
books, authors and characters (Of Mice and Men with George and Lennie, Holes and Stanley
Yelnats, Louis Sachar, Alex Rider, Anthony Horowitz); Aston Villa and Ollie Watkins; Cadbury
World; apps and games (Sparx Maths, Seneca, Google Classroom, Duolingo, Minecraft, EA Sports
FC); places (Sutton Coldfield, Sutton Park); Egan's SOLER and GROW;
capitalised roles (Head of Year 8, Peer Mentoring Coordinator); her own name on the cover and
declaration.

Practice truth: seven sessions with Mentee A, 30 + 30 + 35 + 30 + 25 + 30 + 30 = 210 minutes;
seven supervision reviews, 30 x 6 + 40 = 220 minutes.
"""

from .case import B, Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "Mentoring Diary: D2.02"),
    P("ILM Level 2 Award in Mentoring for Young Learners – Undertaking supervised mentoring"),
    T(
        ["Centre Number", "408812", "Centre Name", "St Aidan's Catholic Academy, Sutton Coldfield"],
        ["Candidate Registration No", "Y12-0317", "Candidate Name", "Keira Danso"],
    ),
    P("""About this diary: I am in Year 12 (Seacole house) and I was trained as a peer mentor for
      Year 8 in September. The task says the record should include the name of the mentee, but
      my supervisor and I agreed I would call him Mentee A, because this diary goes outside
      school to be checked. I have also left out his tutor group."""),

    H(1, "Section 1 - Identify and agree overall outcomes for mentoring sessions"),
    P("""I met Mentee A for the first time on Tuesday 24 September in the Malala Room during form
      time, with the Head of Year 8 there for the first few minutes to introduce us. It lasted
      about 20 minutes and we just got to know each other and talked about what he wanted from
      mentoring. This was not one of my six sessions. He is in Turing house (our houses are Brontë, Turing, Seacole and
      Attenborough), he is 12, he
      supports Aston Villa (his hero is Ollie Watkins) and he plays Minecraft and EA Sports FC
      with his cousins. His Head of Year put him forward for mentoring because he keeps missing
      homework and does not join in anything after school since moving up from primary."""),
    P("We agreed three overall outcomes for the sessions:"),
    B("1. Hand in all Sparx Maths and Seneca homework by the deadline on Google Classroom for four weeks in a row by the end of November."),
    B("2. Read his library book for 20 minutes at least four nights a week and tell me what happened in it each session."),
    B("3. Go to at least one after-school club by the end of November."),
    P("""I e-mailed the outcomes to my supervisor (the school's Peer Mentoring Coordinator) on
      Friday 27 September before the first session. She replied that they were suitable but
      asked me to make the reading one something he could check himself, so we added a reading
      log to the back of his planner."""),

    H(1, "Section 2 - Undertake supervised mentoring"),
    H(2, "Mentoring sessions"),
    P("""All sessions were on Wednesday lunchtimes in the quiet corner of the library in the
      Rosalind Franklin block, which closes to other students at lunchtime on Wednesdays."""),
    T(
        ["Session", "Date", "Time", "Length", "Main issues discussed", "Agreed actions for Mentee A"],
        ["1", "Wed 2 Oct 2024", "12:50–13:20", "30 mins", "Why homework gets missed (forgets, no phone reminders)", "Put homework deadlines in planner every lesson"],
        ["2", "Wed 9 Oct 2024", "12:50–13:20", "30 mins", "Planner check, reading book choice (Holes)", "Read 3 chapters; try the planner for another week"],
        ["3", "Wed 16 Oct 2024", "12:50–13:25", "35 mins", "Falling out with a friend at football; clubs list", "Look at the clubs board and pick two"],
        ["–", "Wed 23 Oct 2024", "–", "–", "No session – Mentee A on the Year 8 trip to Cadbury World", "–"],
        ["4", "Wed 6 Nov 2024", "12:50–13:20", "30 mins", "After half term: homework streak broken, why", "Use Sparx on his phone on the bus home"],
        ["5", "Wed 13 Nov 2024", "12:55–13:20", "25 mins", "Started late because of the fire drill. Clubs – chose chess and coding", "Go to coding club on Thursday"],
        ["6", "Wed 20 Nov 2024", "12:50–13:20", "30 mins", "Coding club went well; reading log", "Keep going to coding club, finish Holes"],
        ["7", "Wed 27 Nov 2024", "12:50–13:20", "30 mins", "Extra session because session 5 was short. Review of all three outcomes and ending", "Carry on with the planner on his own"],
        ["", "", "Total", "3 hrs 30 mins", "", ""],
    ),
    P("""Session notes. Session 1: he was very quiet and looked at the table most of the time, so I
      asked easy closed questions first and then open ones. Session 2: he had written homework in
      his planner on four days out of five. He has already read all the Alex Rider books by Anthony Horowitz,
      so he chose Holes by Louis Sachar because his cousin said it was funny, and he liked that Stanley Yelnats has a name that is the same
      backwards. Session 3: he told me about falling out with a friend at football in Sutton
      Park. I listened and did not give advice, I asked what he wanted to happen. We ran five
      minutes over because he was still talking, and my supervisor said that was OK this once.
      Session 4: his homework streak broke over half term. Instead of telling him off I asked
      what was different, and it was that he had no planner in the holidays. Session 5: the fire
      drill took the first five minutes. He picked coding club because of Minecraft. Session 6:
      he had been to coding club and made a game. Session 7: I added this session because
      session 5 was short. We went through the three outcomes: homework streak of three weeks
      (nearly four), reading log filled in most nights, and coding club every Thursday. He said
      he wants to keep seeing me sometimes, so we agreed he can find me in the library."""),

    H(2, "Reviews with my supervisor"),
    P("""After each session I met my supervisor in the sixth form office after school to go
      through my diary and talk about how I did."""),
    T(
        ["Review", "Date", "Time", "Length", "What we talked about"],
        ["1", "Wed 2 Oct 2024", "15:30–16:00", "30 mins", "Asking open questions when a mentee is shy"],
        ["2", "Wed 9 Oct 2024", "15:30–16:00", "30 mins", "Not doing the planner for him"],
        ["3", "Wed 16 Oct 2024", "15:30–16:00", "30 mins", "The friendship problem – when to pass things on to the Head of Year"],
        ["4", "Thu 7 Nov 2024", "15:30–16:00", "30 mins", "Moved to Thursday because my supervisor was off on the Wednesday. Not judging him about the homework streak"],
        ["5", "Wed 13 Nov 2024", "15:30–16:00", "30 mins", "Keeping to time when the session starts late"],
        ["6", "Wed 20 Nov 2024", "15:30–16:00", "30 mins", "Getting ready to end the mentoring"],
        ["7", "Wed 27 Nov 2024", "15:30–16:10", "40 mins", "Final review of the whole mentoring and my Section 3"],
        ["", "", "Total", "3 hrs 40 mins", ""],
    ),

    H(1, "Section 3 - Review own progress"),
    H(2, "My performance as a mentor and what worked well"),
    P("""I think I did well at making Mentee A feel safe to talk, because by session 3 he was
      telling me about things I had not asked about. What worked well was using SOLER (Egan),
      especially sitting at an angle instead of opposite him like a teacher, and using the GROW
      questions my supervisor showed me. The reading outcome worked because we talked about the
      book every week. We even compared Holes with Of Mice and Men, which I am doing for
      English, and he wanted to know why George shot Lennie, which was a strange conversation
      for a library."""),
    H(2, "What I learned about myself"),
    P("""I learned that I want to fix things for people. In session 2 I nearly wrote in his planner
      for him. I also learned that I am more patient than I thought, and that I am good at
      remembering what people tell me, which made him feel listened to."""),
    H(2, "What I might do differently"),
    P("""I would plan the ending from the start, because he was surprised when I said session 7 was
      the last one. I would also keep my notes straight after the session, not at the end of
      the day, because I forgot some of what he said in session 4."""),
    H(2, "Skills I still need to develop"),
    P("""Asking open questions without them sounding like a test, leaving silences, and knowing when
      something needs to go to an adult. I want to do the next level of mentoring training and
      mentor a Year 7 student next year. I might also try Duolingo with my next mentee if they
      want to learn a language, because having something to talk about helped a lot with
      Mentee A."""),

    P("""Declaration: I confirm that this mentoring diary is my own work and that the sessions and
      reviews took place as recorded. Signed: Keira Danso    Date: 29 November 2024"""),
]

CASE = Case(
    name="nr_d202_sixth_form_clean_docx",
    unit="D2.02",
    kind="legacy-questions",
    files=[SourceFile("D2.02 Mentoring Diary - Keira Danso.docx", BLOCKS)],
    labels={},
    expected_checks={
        "declaration": True,
        "evidence_matrix": None,
        "identifying": [],
        # Sessions with Mentee A (session log, times checked):
        #   S1 2 Oct 12:50-13:20 30; S2 9 Oct 12:50-13:20 30; S3 16 Oct 12:50-13:25 35;
        #   S4 6 Nov 12:50-13:20 30; S5 13 Nov 12:55-13:20 25; S6 20 Nov 12:50-13:20 30;
        #   S7 27 Nov 12:50-13:20 30 (extra session, delivered, counted)
        #   30 + 30 = 60, + 35 = 95, + 30 = 125, + 25 = 150, + 30 = 180, + 30 = 210 (her 3 hrs 30 mins)
        "minutes": 210,
        "sessions": 7,
        "individuals": 1,
        # Supervisor reviews: 2 Oct 30, 9 Oct 30, 16 Oct 30, 7 Nov 30, 13 Nov 30, 20 Nov 30,
        #   27 Nov 15:30-16:10 40. 30 x 6 = 180, + 40 = 220 (her 3 hrs 40 mins).
        "supervision_minutes": 220,
        # Not: the 24 Sep first meeting "about 20 minutes" in form time (she says not one of her six
        # sessions); 23 Oct no session (trip); the "Total 3 hrs 30 mins" and "Total 3 hrs 40 mins"
        # rows; the outcome "20 minutes at least four nights a week" and "four weeks in a row"; "five
        # minutes over" (already inside S3's 12:50-13:25) and the fire drill's "first five minutes"
        # (already outside S5's 12:55-13:20); "the first few minutes" of the Head of Year; the 27 Sep
        # e-mail to the supervisor (no meeting, no length); "three weeks (nearly four)".
    },
    about="Year 12 peer mentor's D2.02 diary, styled DOCX under the brief's section headings, practice-only, clean: saint-named school, houses Brontë/Turing/Seacole/Attenborough, Malala Room, Rosalind Franklin block, Holes/Stanley Yelnats/Of Mice and Men/George and Lennie, Aston Villa/Ollie Watkins, Cadbury World, Sparx/Seneca/Minecraft; first meeting not counted, trip cancellation, short session made up with an extra one, supervision moved a day.",
)
