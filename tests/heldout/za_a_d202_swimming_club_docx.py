"""D2.02 supervised mentoring: a 16-year-old assistant swimming teacher, laid out as a 36-hour diary.

Ellie Fairbrother, 16, is an assistant teacher at Kingsmere Swimming Club's Saturday learn-to-swim
sessions. For the Level 2 Award in Mentoring for Young Learners she mentors "R", a 13-year-old
who has just started as a poolside helper. The club's coaching officer gave her "the diary layout
from the adult mentoring course" (the 36-hour diary brief), so the DOCX is laid out under that
brief's five headings, not the D2.02 sections: "Basic mentoring contract" (her outcomes, Section
1), "Brief mentoring records" (a short record per session), "Summary of activity" (one long table
of every session and review in date order with a Mins column and a running total of both, a
January subtotal, a brought-forward row and a TOTAL), "Tutorial activity and feedback" (the
reviews with her supervisor, the head coach), and "Reflections" (Section 3, under her own
paragraph openers). A front table names her supervisor where it asks. Learner statement at the end.

Traps: the running total mixes sessions and reviews, and goes wrong at the combined review
(280 for 270), so her TOTAL "6 hrs 50" is ten minutes high and is not the mentoring time; a first
outcomes meeting the supervisor cancelled (done by text, 0); a week the pool was closed (fouling);
a session cut to 20 minutes when the keyholder was late; a session "about 35 mins" between heats
at the county gala; a review "about 15 mins" in the supervisor's car; reviews 4 and 5 held
together on a Tuesday evening (45, once); an extra seventh session; help with R's paperwork on
WhatsApp "not a session".

Clean: her own name; R; her supervisor Linda Gale on the front table where it asks (the head coach
in the prose); R's mum (no name); the coaching officer by role; Kingsmere Swimming Club, the
leisure centre, the county gala; Swim England, the Learn to Swim framework, the Level 1 Assistant
Teacher course.

Practice truth (the Summary of activity table):
  S1 Sat 4 Jan 7.30-8.00 = 30; S2 Sat 11 Jan 7.30-8.05 = 35; Sat 18 Jan pool closed -> none;
  S3 Sat 25 Jan 7.30-8.00 = 30; S4 Sat 1 Feb 7.40-8.00 = 20 (keyholder late);
  S5 Sun 9 Feb county gala "about 35 mins" = 35; S6 Sat 15 Feb 7.30-8.00 = 30;
  S7 Sat 22 Feb 7.30-8.00 = 30 (extra).
  30 + 35 = 65, + 30 = 95, + 20 = 115, + 35 = 150, + 30 = 180, + 30 = 210.
  minutes 210; sessions 7; individuals 1 (R).
  Not: WhatsApp help with R's paperwork ("not a session"); 18 Jan; the running total and TOTAL.
  Supervision: Thu 2 Jan outcomes meeting cancelled, done by text (0); R1 Sat 4 Jan 9.00-9.30 = 30;
  R2 Sat 11 Jan 9.00-9.30 = 30; R3 Sat 25 Jan in the car "about 15 mins" = 15;
  R4+5 Tue 11 Feb 6.00-6.45pm = 45 (one meeting); R6 Sat 15 Feb 9.00-9.30 = 30;
  R7 Sat 22 Feb 9.00-9.40 = 40.
  30 + 30 = 60, + 15 = 75, + 45 = 120, + 30 = 150, + 40 = 190.
  Her running total: right to 225 after S5, then 280 (should be 270) after the combined review,
  so 310, 340, 370, 410, "TOTAL 6 hrs 50" (true 210 + 190 = 400 = 6 hrs 40).
"""

from corpus.case import Case, H, P, SourceFile, T

SUMMARY = T(
    ["Date", "Activity", "Time", "Mins", "Running total"],
    ["Thu 2 Jan", "Meeting with supervisor to agree outcomes - she was ill, we did it by text instead", "-", "0", "0"],
    ["Sat 4 Jan", "Mentoring session 1", "7.30-8.00am", "30", "30"],
    ["Sat 4 Jan", "Review 1 with supervisor", "9.00-9.30", "30", "60"],
    ["Sat 11 Jan", "Mentoring session 2", "7.30-8.05", "35", "95"],
    ["Sat 11 Jan", "Review 2", "9.00-9.30", "30", "125"],
    ["Sat 18 Jan", "No session - pool closed (fouling)", "-", "-", "125"],
    ["Sat 25 Jan", "Mentoring session 3", "7.30-8.00", "30", "155"],
    ["Sat 25 Jan", "Review 3 - in the head coach's car on the way home", "about 15 mins", "15", "170"],
    ["", "January subtotal", "", "170", ""],
    ["", "Brought forward", "", "", "170"],
    ["Sat 1 Feb", "Mentoring session 4 (keyholder late, started 7.40)", "7.40-8.00", "20", "190"],
    ["Sun 9 Feb", "Mentoring session 5 - county gala, between heats", "about 35 mins", "35", "225"],
    ["Tue 11 Feb", "Reviews 4 and 5 together (supervisor away on the 1st, gala too busy)", "6.00-6.45pm", "45", "280"],
    ["Sat 15 Feb", "Mentoring session 6", "7.30-8.00", "30", "310"],
    ["Sat 15 Feb", "Review 6", "9.00-9.30", "30", "340"],
    ["Sat 22 Feb", "Mentoring session 7 (extra one)", "7.30-8.00", "30", "370"],
    ["Sat 22 Feb", "Review 7", "9.00-9.40", "40", "410"],
    ["", "TOTAL", "", "", "6 hrs 50"],
)

BLOCKS = [
    H(0, "Mentoring Diary"),
    T(
        ["Name", "Ellie Fairbrother"],
        ["Qualification", "ILM Level 2 Award in Mentoring for Young Learners - D2.02 Undertaking supervised mentoring"],
        ["Organisation", "Kingsmere Swimming Club (Saturday learn-to-swim)"],
        ["Supervisor", "Linda Gale (Head Coach)"],
        ["Mentee", "R, 13, new poolside helper"],
    ),
    P("""Our coaching officer gave me this layout from the adult mentoring course because she said it
      was a good way to keep a diary. I have put the things the D2.02 brief asks for under these
      headings. The mentoring is under Brief mentoring records and Summary of activity, the reviews
      with my supervisor are under Tutorial activity and feedback, and Section 3 is under
      Reflections."""),

    H(1, "Basic mentoring contract"),
    P("""R started as a poolside helper in December. She swam at the club until last year and wants to
      be an assistant teacher like me when she is 16. Helpers hand out floats, help the little ones
      in and out and keep an eye on the shallow end, but R hardly talked to the children or the
      teachers and the head coach thought she might give up. I asked R if she would like me to
      mentor her and she said yes, and her mum said yes as well because she is under 16."""),
    P("""I was meant to talk my ideas through with my supervisor on Thursday 2nd January but she was
      ill, so we did it by text. She said make the outcomes things I could see R doing on poolside.
      At session 1, with R's mum sitting in for the first ten minutes, R and I agreed these
      outcomes:"""),
    P("""1. To give the 'everybody out' instruction to a group of six on her own, loud enough for all
      of them to hear, by half term."""),
    P("""2. To learn the names of every child in the Stage 2 group so she can talk to them by name."""),
    P("""3. To find out what the Level 1 Assistant Teacher course involves and what she needs to do
      before she is old enough."""),
    P("""We agreed I would not tell the head coach anything she said unless it was about someone's
      safety, and that if she wanted to stop she could just tell me. R wrote the outcomes on
      the inside of her club kit bag label so she would see them every week."""),

    H(1, "Brief mentoring records"),
    P("""The sessions were on Saturday mornings from 7.30 before the 8.00 learn-to-swim starts, in
      the viewing gallery, which is empty then and where the head coach can see us from poolside.
      After the learn-to-swim finishes at 9, I had my review with the head coach in the club
      office. This is what happened each time (times are in the Summary of activity table)."""),
    P("""Session 1, 4 Jan. Outcomes (see contract). I asked her what she liked about swimming when she
      was little. She said the teacher who knew her name. That is why outcome 2 is there."""),
    P("""Session 2, 11 Jan. Names. She knew four out of eleven. We made a list with a thing about each
      child (goggles colour, favourite float) to help her remember."""),
    P("""Session 3, 25 Jan. She said she can't shout. We practised the instruction in the empty
      gallery, quietly then louder. She laughed a lot. She said she would try it with the Stage
      1s who are the smallest."""),
    P("""Session 4, 1 Feb. Short because the keyholder was late. She did the 'everybody out' with the
      Stage 1s last week and they all got out. She was really proud."""),
    P("""Session 5, 9 Feb. At the county gala, sat on the bench by the warm-up pool between her heats
      (she was swimming and I was helping). Talked about being nervous and how that is like
      being nervous on poolside. She knows all eleven names now."""),
    P("""Session 6, 15 Feb. Looked up the Level 1 Assistant Teacher course on the Swim England website
      together. She found out you can't do it until 15 but you can log helper hours before."""),
    P("""Session 7, 22 Feb. The extra one, because session 4 was so short. Looked back at all three
      outcomes. She did the instruction to the Stage 2 group on her own this morning. She filled
      in a feedback slip for me."""),
    P("""I also helped R with her club helper paperwork on WhatsApp one evening, but that was not a
      session so it is not in here."""),

    H(1, "Summary of activity"),
    SUMMARY,
    P("""So that is 7 mentoring sessions and 7 reviews (reviews 4 and 5 were one meeting)."""),

    H(1, "Tutorial activity and feedback"),
    P("""Review 1 (4 Jan, 9.00-9.30). The head coach asked how I had started the session. I said I
      had asked R about when she was little and she said that was a good question because it let
      R talk about something easy first. She also asked why I had told R the outcomes instead of
      asking her, and I hadn't noticed I did that."""),
    P("""Review 2 (11 Jan). Talked about the names list. She said it was a good idea but it was my
      idea, and next time ask R how she remembers things."""),
    P("""Review 3 (25 Jan, in her car on the way home, about 15 mins, she had to leave early so she
      gave me a lift and we talked in the car). I said R laughed all through the practice and
      I thought that was bad. She said laughing means she felt safe to try, which is good."""),
    P("""Reviews 4 and 5 (Tue 11 Feb, 6.00-6.45pm before club training). The head coach was away on
      1st Feb and the gala was too busy, so we did both together. Session 4 was short and I felt
      I had wasted it, but she said a short session where R tells me about something she did
      is worth more than a long one where I talk. For the gala she said it was a good choice to
      talk about nerves because it was real for R right then."""),
    P("""Review 6 (15 Feb). We talked about the Assistant Teacher course and whether I should have
      just told R about it. She said no, finding it herself is better."""),
    P("""Review 7 (22 Feb, 9.00-9.40). Went through R's feedback slip and this diary. R wrote 'Ellie
      is kind and she listens and she didn't make me shout in front of everyone'. The head coach
      said I have got much better at letting R think of the answer, and that I should help mentor
      the next new helper with her."""),

    H(1, "Reflections"),
    P("""Looking back at the whole diary and all the reviews, my supervisor's comments were mostly
      about one thing: me deciding things for R instead of asking her. I have written my
      reflections under four questions from the brief."""),
    P("""What worked well: doing things for real. The best sessions were the gala one and the shouting
      practice, because R was doing something, not just talking. Also the names list, because
      by session 5 she knew every child in Stage 2 and she started talking to them. R met all
      three outcomes."""),
    P("""What I learnt about myself: I am patient with the little children in the water but I am not
      very patient with people my own age, I want them to hurry up. I also learnt I am better at
      explaining than at listening, which I didn't know before the reviews."""),
    P("""What I would do differently: ask R what she wanted to talk about at the start of every
      session instead of planning it all myself on Friday night. And I would ask the head coach
      for a back-up review time at the start, so that when she is away we don't have to squash
      two reviews into one."""),
    P("""Skills I still need to develop: waiting for an answer without filling the silence, and
      asking open questions. I would also like to do the Swim England safeguarding course
      because I wasn't sure what I would do if R had told me something worrying."""),
    P("""Learner statement: this diary is my own work and the sessions and reviews happened as I have
      written them. Ellie Fairbrother"""),
]

CASE = Case(
    name="za_a_d202_swimming_club_docx",
    unit="D2.02",
    kind="legacy-questions",
    files=[SourceFile("Ellie Fairbrother mentoring diary D2.02.docx", BLOCKS)],
    labels={
        "section-1": "on the inside of her club kit bag label",
        "section-2": "where the head coach can see us from poolside",
        "q2a": "We made a list with a thing about each child",
        "q2b": "laughing means she felt safe to try",
        "section-3": "my supervisor's comments were mostly about one thing",
        "q3a": "doing things for real",
        "q3b": "I am not very patient with people my own age",
        "q3c": "instead of planning it all myself on Friday night",
        "q3d": "waiting for an answer without filling the silence",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": None,
        "identifying": [],
        # 30 + 35 + 30 + 20 (keyholder late) + 35 (gala, "about 35 mins") + 30 + 30 (extra) = 210.
        # 18 Jan pool closed.  Her running total mixes in the reviews and goes wrong (TOTAL 6 hrs 50).
        "minutes": 210,
        "sessions": 7,
        "individuals": 1,
        # 2 Jan by text (0); 30 + 30 + 15 (car) + 45 (reviews 4 and 5 together) + 30 + 40 = 190.
        "supervision_minutes": 190,
    },
    about="Sixteen-year-old assistant swimming teacher mentoring a 13-year-old poolside helper; D2.02 DOCX laid out under the 36-hour diary brief's headings, one activity table mixing sessions and reviews with a January subtotal, brought-forward row and a running total that goes wrong, a closed-pool week, a 20-minute session, a gala session 'about 35', a car review, two reviews in one; clean.",
)
