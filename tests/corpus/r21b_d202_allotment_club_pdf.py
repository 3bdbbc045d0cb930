"""D2.02 mentoring diary as PDF from a school allotment club: wrapping diary rows, h.mm totals, a review that never met.

Holly Trevithick, a Year 12 student, mentors a Year 8 pupil ("P") at her school's lunchtime
allotment club, where P has been sent to help her settle after a bad start to the year. Her
diary, typed in Word and saved as PDF, has a mentoring table (Session / Date / Time / How
long / What we did) whose long cells wrap over two or three lines, and a supervision table
for her reviews with the teacher who runs the club. Traps: a missed session row with dashes
(P in detention) rebooked for after school; a row whose How long cell is blank ("12.30 -
1.05"); "half an hour" and "25 min" (fire drill); the club's Harvest Festival stall that she
says is not a session and hasn't counted; review 4 was written comments on her diary because
her supervisor was on a trip, not a meeting; review 3 cut to 20 minutes; review 6 "45 mins";
her totals written "3.15 hrs" and "2.35 hrs", meaning 3 h 15 and 2 h 35. Clean: P, the
supervisor by role, potato and bean varieties that look like names (Charlotte, Maris Piper,
King Edward, Aquadulce Claudia), Gardeners' World.

Practice truth: 30 + 35 + 30 + 35 + 25 + 40 = 195 minutes in six sessions with one mentee;
supervision 30 + 30 + 20 + 30 + 45 = 155.
"""

from .case import Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "Mentoring Diary - D2.02 Undertaking supervised mentoring"),
    T(
        ["Name", "Holly Trevithick"],
        ["Centre", "sixth form, ILM Level 2 Award in Mentoring for Young Learners"],
        ["Where I mentored", "the school allotment club (Tuesday lunchtimes)"],
    ),
    H(1, "Section 1 - Identify and agree overall outcomes"),
    P("""My mentee is a Year 8 pupil I will call P. Her Head of Year asked the club to take her
      because she had been in trouble a lot since September and didn't seem to have any friends
      in her tutor group. She likes being outside and her grandad has an allotment, so the
      allotment club was her choice."""),
    P("""In our first session we agreed three outcomes and wrote them in the front of the club
      seed diary: (1) P comes to club every Tuesday for six weeks and helps with one job from
      start to finish (she picked lifting the last of the potatoes and planting the broad beans
      for spring); (2) P talks to at least two other Year 8s at club by the end of the six
      weeks; (3) P has one week with no detentions. My supervisor agreed these at my first
      review."""),
    H(1, "Section 2 - Undertake supervised mentoring"),
    H(2, "2a Mentoring sessions"),
    T(
        ["Session", "Date", "Time", "How long", "What we did"],
        ["1", "Tue 10 Sep", "12.35 - 1.05", "30 mins",
         "Met at the shed. Talked about what she likes about her grandad's allotment. Agreed the three outcomes. Showed her where the tools live."],
        ["2", "Tue 17 Sep", "12.35 - 1.10", "35 mins",
         "Lifted the Charlotte and Maris Piper potatoes. She asked loads of questions and I let her find the answers in the club book instead of telling her."],
        ["-", "Tue 24 Sep", "-", "-",
         "P didn't come - she was in detention. Rearranged to Thursday after school with my supervisor's OK."],
        ["3", "Thu 26 Sep", "3.20 - 3.50", "half an hour",
         "After school. Sorted the King Edwards for the Harvest Festival. She told me about the detention and I just listened. She asked if she could bring someone next week."],
        ["4", "Tue 1 Oct", "12.30 - 1.05", "",
         "P brought a girl from her form to club (she joined the club, not the mentoring). Dug over the bed for the beans together. Outcome 2 half done."],
        ["5", "Tue 8 Oct", "12.35 - 1.00", "25 min",
         "Cut short by a fire drill. Sowed the Aquadulce Claudia broad beans - P did the whole row and labelled it herself."],
        ["6", "Tue 15 Oct", "12.35 - 1.15", "40 mins",
         "Last session. Looked back at the three outcomes in the seed diary - all met. She wants to keep coming to club. She filled in the feedback sheet."],
    ),
    P("""Not a session: on Saturday 5 October the club ran a stall at the school Harvest Festival
      for about two hours and P came and helped. That was the whole club, not mentoring, so I
      haven't counted it."""),
    P("Total mentoring: 3.15 hrs"),
    H(2, "2b Reviews with my supervisor"),
    P("""My supervisor is the Head of Biology, who runs the allotment club. We met in her lab
      after each session, usually the same day or the next."""),
    T(
        ["Review", "Date", "How long", "What we talked about"],
        ["1", "Tue 10 Sep", "30 mins", "The outcomes - she said they were good because P chose them. I talked too fast."],
        ["2", "Wed 18 Sep", "30 mins", "Letting P find answers herself. She said this was the best thing I did."],
        ["3", "Fri 27 Sep", "20 mins", "Cut short, she had a meeting. How I handled the detention conversation - listening, not judging."],
        ["4", "-", "-", "No meeting - she was on the Year 7 trip all week so she wrote comments on my diary instead."],
        ["5", "Wed 9 Oct", "30 mins", "Fire drill session. Next week is the last one - how to end it well."],
        ["6", "Wed 16 Oct", "45 mins", "Review of session 6 and of the whole six weeks, and what I'd do differently."],
    ),
    P("Total supervision: 2.35 hrs"),
    H(1, "Section 3 - Review own progress"),
    H(2, "3a My performance and what worked well"),
    P("""Doing a real job together worked best - P talked more with her hands in the soil than
      she ever did sitting down. Letting her look things up in the club book instead of me
      telling her made her feel she knew things, and by session 5 she was explaining to
      the new girl how deep to sow the beans."""),
    H(2, "3b What I learned about myself"),
    P("""I learned that I'm a better listener than I thought when I'm not nervous, and that I
      talk too fast when I am. I also learned I like being the one who knows where things are."""),
    H(2, "3c What I would do differently"),
    P("""I would plan the after-school option from the start, because lunchtime is only 40
      minutes once you take away queuing for food, and I'd have asked my supervisor for a
      different day for review 4 instead of just written comments."""),
    H(2, "3d Skills I still need to develop"),
    P("""Ending sessions on time (we ran over twice), slowing down when I explain things, and
      asking more open questions at the start instead of yes/no ones."""),
]

CASE = Case(
    name="r21b_d202_allotment_club_pdf",
    unit="D2.02",
    kind="legacy-questions",
    files=[SourceFile("H Trevithick D2.02 mentoring diary.pdf", BLOCKS)],
    labels={},  # practice diary only
    expected_checks={
        "declaration": False,
        "evidence_matrix": None,
        # Clean: P; Holly Trevithick is the learner; Head of Year, Head of Biology by role; Charlotte,
        # Maris Piper, King Edward (potatoes), Aquadulce Claudia (broad bean).
        "identifying": [],
        # 2a table:
        #   1 "12.35 - 1.05" "30 mins" 30; 2 "12.35 - 1.10" "35 mins" 35; 24 Sep detention, dashes 0;
        #   3 "3.20 - 3.50" "half an hour" 30; 4 "12.30 - 1.05" blank = 35; 5 "25 min" 25;
        #   6 "12.35 - 1.15" "40 mins" 40. Harvest Festival stall "about two hours": "haven't counted it".
        # 30 + 35 = 65; + 30 = 95; + 35 = 130; + 25 = 155; + 40 = 195 = 3 h 15 ("3.15 hrs" agrees).
        "minutes": 195,
        "sessions": 6,
        "individuals": 1,  # P (the friend joined the club, not the mentoring)
        # 2b table: 1 "30 mins" 30; 2 "30 mins" 30; 3 "20 mins" 20; 4 written comments, no meeting 0;
        # 5 "30 mins" 30; 6 "45 mins" 45. 30 + 30 = 60; + 20 = 80; + 30 = 110; + 45 = 155
        # = 2 h 35 ("2.35 hrs" agrees).
        "supervision_minutes": 155,
    },
    about="Year 12 allotment club mentor; D2.02 Word-as-PDF diary with wrapping table rows, a missed detention row rebooked after school, a blank length beside a clock range, fire-drill short session, Harvest Festival stall not counted, a review that was only written comments, totals as '3.15 hrs'/'2.35 hrs'; clean.",
)
