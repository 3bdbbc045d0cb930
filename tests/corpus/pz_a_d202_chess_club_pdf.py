"""D2.02 mentoring diary as a PDF: a chess club junior helper's table with a DNA week (and a short phone supervision that still happened), a rearranged session, an observed session with the supervisor's feedback as the review, a half-term row, a right running total, the sixth session only in prose, a final total added wrong, a college tutorial, a group coaching morning and a chat not counted.

Tobi Adebayo, 17, a junior helper at his town chess club, mentors "S.", an 11-year-old junior
who loses his temper when he loses and had stopped entering tournaments. His supervisor is
Bernadette, who runs the junior section. The diary table has the time with S. as he wrote it
("6.30-7.00pm", "35 mins", "30 mins", "40 minutes", "Half an hour") and the review after it
("7.05-7.35pm", "half an hour", "10 mins on the phone", "25 mins feedback", "20 min"). Week 3
S. did not come and Tobi rang Bernadette for ten minutes; the session was rearranged to the
Thursday and keeps the number 3. In session 4 Bernadette sat in and her feedback was the
review. Half term has a row with no session. A running total after session 5 is right; session 6
(28 October, 6.30 to 7.05, review 7.10 to 7.45) is only in the prose; his final total says
"3 hrs 10" for 3 h 20. He had a 45-minute tutorial with his college tutor. Not counted, in his
words: the junior group coaching morning (1 hr 30, eight juniors including S.) and a 5-minute
chat at the Saturday congress.

Practice truth: 30 + 35 + 30 + 40 + 30 + 35 = 200 minutes in 6 sessions with one mentee;
supervision/tutorial 30 + 30 + 10 + 30 + 25 + 20 + 35 + 45 = 225 minutes.
"""

from .case import Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "MENTORING DIARY: D2.02"),
    T(
        ["Centre Name", "Severn Vale College"],
        ["Candidate Name", "Tobi Adebayo"],
        ["Candidate Registration No", "YL-20551"],
    ),
    P("""I help at the junior section of my local chess club on Tuesday evenings. My mentee is
      called S. in this diary. My supervisor is Bernadette, who runs the junior section."""),
    H(1, "Section 1 - Identify and agree overall outcomes for mentoring sessions"),
    P("""S. is 11. He is a strong player for his age but he stopped entering tournaments after
      he swept the pieces off the board when he lost a game in the summer. His mum asked if
      someone could help. At our first meeting we agreed two outcomes: that he would enter the
      under-12 section of the November congress, and that he would shake hands after every
      game he loses. Before the first session I showed these to Bernadette, who said the
      handshake outcome was good because we could both see if it happened."""),
    H(1, "Section 2 - Undertake supervised mentoring"),
    P("""We meet in the small room next to the main hall before the junior club starts. After
      each session I sit down with Bernadette to go through how it went."""),
    T(
        ["Session", "Date", "Time with S.", "Main issues / outcome / action", "Review with supervisor"],
        ["1", "Tue 16 Sept", "6.30-7.00pm", "Got to know each other, agreed the two outcomes. Action: notice when he starts feeling angry in a game", "7.05-7.35pm with Bernadette"],
        ["2", "Tue 23 Sept", "35 mins", "The rapidplay where he knocked the pieces off. What happened just before. Action: tell me one game where he stayed calm", "half an hour"],
        ["3", "Tue 30 Sept", "Did not come (DNA)", "His mum messaged that he had a cold", "10 mins on the phone with Bernadette about rearranging"],
        ["3", "Thu 2 Oct (rearranged)", "30 mins", "A routine for after a bad move: sit on his hands and count to five. Action: try it at club", "30 mins"],
        ["4", "Tue 7 Oct", "40 minutes", "Bernadette sat in and watched. We practised what to say after losing, with me losing on purpose", "25 mins feedback from Bernadette after S. went into the hall"],
        ["5", "Tue 14 Oct", "Half an hour", "His league match: he lost but shook hands. Talked about entering the congress", "20 min (she had to set up the boards)"],
        ["-", "Tue 21 Oct", "-", "Half term - no club", "-"],
    ),
    P("Running total after session 5: 2 hrs 45 mins with S., 2 hrs 25 mins of reviews."),
    P("""Session 6 was on Tuesday 28 October from 6.30 to 7.05. It was our last one. S. has
      entered the under-12 section of the congress and has shaken hands after every game he
      lost this half term, even the one against his brother. We talked about what he will do
      if he loses his first game at the congress. My last review with Bernadette was after it,
      7.10 to 7.45, and we went over the whole diary."""),
    P("""Altogether: 6 sessions, 3 hrs 10 mins mentoring, 3 hrs of reviews with my supervisor."""),
    P("""I also had a tutorial with my college tutor, Mr Hollis, on 4 November for 45 minutes to
      check my diary before I handed it in."""),
    P("""Not counted: on Saturday 11 October I helped at the junior group coaching morning, 1 hr
      30, with eight juniors including S. That was teaching chess, not mentoring. I also had
      a 5 minute chat with S. at the Saturday congress sign-up, which wasn't a session."""),
    H(1, "Section 3 - Review own progress"),
    H(2, "My performance and what worked well"),
    P("""Losing on purpose in session 4 worked well because S. could practise shaking hands when
      it didn't matter. Bernadette said my calm voice helped him calm down."""),
    H(2, "What I learned about myself"),
    P("""I learned that I want to fix things quickly. When S. was upset in session 2 I started
      giving him advice before he had finished telling me what happened."""),
    H(2, "What I might do differently"),
    P("""I would agree a back-up day at the start, because the week he was ill we nearly lost a
      whole week, and I would keep the diary on the same night instead of the next day."""),
    H(2, "Skills I still need to develop"),
    P("""Asking open questions when someone is upset, and waiting for the answer. Bernadette says
      I still ask "was it because...?" questions that give the answer away."""),
    P("By submitting I confirm that this assessment is my own work. Tobi Adebayo, 5 November"),
]

CASE = Case(
    name="pz_a_d202_chess_club_pdf",
    unit="D2.02",
    kind="legacy-questions",
    files=[SourceFile("Tobi Adebayo D2.02 mentoring diary.pdf", BLOCKS)],
    labels={},  # a practice log: its figures are measured, not the finder (its few criterion labels were dropped)
    expected_checks={
        "declaration": True,
        "evidence_matrix": None,
        "identifying": [],  # mentee "S." only; Bernadette (supervisor) and Mr Hollis (tutor) are staff
        # Time with S.:
        #   1) 16/09 "6.30-7.00pm" 30; 2) 23/09 "35 mins" 35; 3) 30/09 DNA 0; 3 rearranged) 02/10 "30 mins" 30;
        #   4) 07/10 "40 minutes" 40 (observed, still his session); 5) 14/10 "Half an hour" 30;
        #   21/10 half term, none.
        #   30 + 35 = 65; + 30 = 95; + 40 = 135; + 30 = 165 = 2 h 45 (his running total agrees).
        #   6) 28/10 prose "6.30 to 7.05" 35: 165 + 35 = 200 = 3 h 20 (his "3 hrs 10 mins" is wrong).
        # Not: the running total and "Altogether" lines; 11/10 group coaching morning 1 hr 30 ("Not
        #   counted", teaching chess); 5 minute chat ("wasn't a session"); the DNA row; half term.
        "minutes": 200,
        "sessions": 6,  # 16/09, 23/09, 02/10, 07/10, 14/10, 28/10
        "individuals": 1,  # S.
        # Reviews: 1) "7.05-7.35pm" 30; 2) "half an hour" 30; DNA week "10 mins on the phone" 10 (held);
        #   3r) "30 mins" 30; 4) "25 mins feedback" 25 (the observation debrief); 5) "20 min" 20;
        #   30 + 30 = 60; + 10 = 70; + 30 = 100; + 25 = 125; + 20 = 145 = 2 h 25 (his running total agrees);
        #   6) prose "7.10 to 7.45" 35: 145 + 35 = 180 = 3 h (his "3 hrs of reviews" agrees);
        #   college tutorial 04/11 "45 minutes" 45: 180 + 45 = 225.
        "supervision_minutes": 225,
    },
    about="Chess club junior helper; D2.02 PDF diary table ('6.30-7.00pm', '35 mins', '40 minutes', 'Half an hour'), DNA week with a 10-min phone supervision, rearranged session keeping its number, observed session with supervisor feedback as the review, half-term row, right running total, sixth session and its review only in prose, final total 10 minutes short, college tutorial, group coaching morning and a chat not counted.",
)
