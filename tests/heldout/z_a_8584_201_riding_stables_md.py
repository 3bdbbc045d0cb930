"""8584-201 developing mentoring skills: a riding school's yard manager, terse Markdown portfolio.

Rhys Llewellyn is Yard Manager at a BHS-approved riding centre with 22 horses. He mentors an
apprentice groom (Level 2 Equine Groom apprenticeship, 17) whom he calls "G" throughout. He wrote
the portfolio in Markdown in the notes app he uses for the yard rota: "#" headings that are his
own ("## The plan (1.1)"), short bullet lists, a matrix table at the top, and one session table
with a Time column and a Length column, a "Jan subtotal" row, a snow row, a "booked" row for
after the hand-in date, and a "Total so far" row. Short sentences, lower-case starts now and
then, few full stops in the table.

Durations: "7.30-8.15am" / "45 mins", "12.30-1.30" / "1 hr", "50 mins", "1.5 hrs". The county
show row has "all day" in the Time column and "40 mins (see below)" in Length; under the table he
explains "we were together about 2½ hours ... but we only properly sat down and talked for 40
mins in the lorry after her class, so I've only counted 40 mins" (his word wins). The 27 Jan
row is "snow - yard shut, no session"; the 17 Feb row is "booked 12.30, 1 hr (after hand in)".
Not mentoring, in the text: G watching him lunge a new horse for half an hour ("that's me
teaching her, not mentoring"). Tutor meeting on Zoom "6pm - 7.05pm". Signed declaration.

Clean: no planted details. His own name; his tutor named where his supervision form asks
("Tutor: Helen Marsh", the brief allows a tutor named where a form asks); the yard owner by role;
horses by name (Biscuit, Duke - animals, not people); BHS, Stage 2, EPA, GROW, Johari window,
Honey and Mumford; the county show; the riding centre's name.

Practice truth (the session table plus his show-day note):
  S1 Mon 6 Jan 7.30-8.15am "45 mins" = 45 (agreement and goals: counts);
  S2 Mon 13 Jan 12.30-1.30 "1 hr" = 60; S3 Mon 20 Jan "50 mins" = 50;
  [Jan subtotal "2 hrs 35" = 155: 45 + 60 + 50 = 155, a subtotal, not added];
  Mon 27 Jan snow, no session -> excluded;
  S4 Sat 1 Feb county show, "40 mins (see below)" = 40 (the 2½ hours together not counted by him);
  S5 Mon 10 Feb "1.5 hrs" = 90; Mon 17 Feb booked, after hand-in -> excluded (planned).
  45 + 60 = 105, + 50 = 155, + 40 = 195, + 90 = 285.
  minutes 285 (= his "Total so far 4 hrs 45", not added); sessions 5; individuals 1 (G).
  Not: the "2½ hours" at the show; the half-hour lunging demonstration; "about an hour" planned
  lengths; the Jan subtotal and Total so far rows.
  Supervision: Thu 13 Feb tutor meeting on Zoom 6pm - 7.05pm = 65.  65.
"""

from corpus.case import B, Case, H, P, SourceFile, T

BLOCKS = [
    H(1, "Unit 201 Developing Mentoring Skills - portfolio"),
    P("""Rhys Llewellyn, Yard Manager, Pen-y-Bryn Riding Centre. ILM Level 2 Award in Effective
      Mentoring Skills. Hand in date 14 Feb 2025."""),

    H(2, "Evidence matrix"),
    T(
        ["AC", "Evidence", "Section"],
        ["1.1 plan", "The plan", "1"],
        ["1.2 goals", "Goals", "2"],
        ["2.1 3 hrs mentoring", "Session table + notes", "3"],
        ["2.2 questioning/listening", "How I did it", "4"],
        ["2.3 feedback", "How I did it", "4"],
        ["2.4 trust", "How I did it", "4"],
        ["2.5 records", "Session table + notes", "3"],
        ["3.1 review", "Looking back", "5"],
        ["3.2 tutor meeting", "Supervision record", "6"],
        ["3.3 future development", "Next steps", "7"],
    ),

    H(2, "1. The plan (1.1)"),
    P("""Who: G, apprentice groom, 17, started with us in September on the Level 2 Equine Groom
      apprenticeship. Good with the horses, hard worker, but she won't ask questions, so she
      guesses and then gets told off by the instructors in front of clients. Her end point
      assessment is in the spring and she is worried about the practical."""),
    P("""Why me: I'm the yard manager and I did my own apprenticeship here. The owner asked if I
      would mentor her for the ILM and G said yes."""),
    B("where - the tack room, door shut. it's warm, it's her space too, and nobody comes in at 12.30 because the liveries are all at lunch"),
    B("when - Mondays as the school is closed to clients on Mondays, 12.30 for about an hour. first one early morning before turnout because of the farrier"),
    B("how often - weekly in January then every other week, about 6 sessions, should be well over the 3 hours"),
    B("what I need - notebook, her apprenticeship portfolio, the EPA practical checklist, two mugs of tea"),
    B("confidentiality - agreed at session 1, it stays in the tack room unless it's a safety thing with a horse or with her"),

    H(2, "2. Goals (1.2)"),
    P("""we set these together in session 1. I asked her what would make her feel ready for the
      EPA and wrote down what she said, then we made them SMART:"""),
    B("""ask at least one question a day to an instructor or me instead of guessing - she ticks
      it off on the yard whiteboard - starting now, checked every session"""),
    B("""complete two full timed mock practicals on Duke before 10 February, one with me and one
      with the head instructor watching"""),
    B("""get her portfolio evidence for the health and safety unit finished and signed off by
      her assessor by the end of February"""),

    H(2, "3. Sessions (2.1 and 2.5)"),
    T(
        ["No", "Date", "Time", "Length", "Where", "What we did / actions"],
        ["1", "Mon 6 Jan", "7.30-8.15am", "45 mins", "tack room",
         "agreement, goals, what she wants from it. action - whiteboard question ticks"],
        ["2", "Mon 13 Jan", "12.30-1.30", "1 hr", "tack room",
         "went through the EPA checklist item by item, she rated herself red/amber/green. action - ask the head instructor about the bandaging"],
        ["3", "Mon 20 Jan", "12.30-1.20", "50 mins", "feed room office",
         "whiteboard - 4 ticks all week. she said asking is easier if she writes the question down first. action - book mock 1"],
        ["", "", "", "Jan subtotal 2 hrs 35", "", ""],
        ["-", "Mon 27 Jan", "-", "-", "-", "snow - yard shut, no session"],
        ["4", "Sat 1 Feb", "all day", "40 mins (see below)", "county show / lorry",
         "in hand class with Biscuit. talked after in the lorry"],
        ["5", "Mon 10 Feb", "12.30-2", "1.5 hrs", "tack room",
         "mock practical 1 then went through it together. action - mock 2 with head instructor"],
        ["6", "Mon 17 Feb", "booked 12.30", "1 hr (after hand in)", "tack room", "planned"],
        ["", "", "", "Total so far 4 hrs 45", "", ""],
    ),
    P("""Show day: we were together about 2½ hours at the county show what with loading, the
      drive and her in hand class, but we only properly sat down and talked for 40 mins in the
      lorry after her class, so I've only counted 40 mins. She came 4th and was gutted. We
      talked about the judge's comment on Biscuit's turnout and she decided herself to ask the
      judge after, which she did. That's goal 1 in action and I didn't suggest it."""),
    P("""Session 5 took longer because the mock practical itself took 35 minutes, then we went
      through it item by item with her checklist. She got everything except the tail bandage,
      which is the thing she has been too embarrassed to ask about since September."""),
    P("""She also watched me lunge the new horse for half an hour on the 4th. I haven't put that
      in the table, that's me teaching her, not mentoring."""),
    P("""Records: I write the table row on my phone the same day, straight after the session,
      and a few lines of notes in the back of my yard diary, which lives in my locker. I only
      ever write G. Her portfolio stays with her. The table shows the time and length of every
      session and what she agreed to do, so at the start of the next one I read her the action
      and we start from there. That's how I knew she'd done the bandaging question in week 2."""),

    H(2, "4. How I did it (2.2, 2.3, 2.4)"),
    H(3, "Questions and listening"),
    P("""I used GROW loosely. Open questions mostly. The one that worked was 'what would you tell
      a new girl who was scared to ask?' because she had loads of advice for someone else and
      then she heard herself. I also asked scaling questions - 'out of 10 how ready for the
      practical do you feel' - 3 in January, 7 after mock 1. For listening I didn't do anything
      else while she talked (no phone, not cleaning tack), nodded, and said back what I'd
      heard. In session 2 I realised I'd been finishing her sentences, so I stopped."""),
    H(3, "Feedback"),
    P("""After mock 1 I asked her first what went well, then told her three specific things:
      her grooming kit was laid out in the right order, she checked Duke's feet before and after,
      and her tail bandage was too loose to stay on in a lorry. I showed her on Duke rather than
      just telling her. She redid it twice and the third was good. I try to give feedback on the
      task, never on her. When she came 4th at the show she wanted to hear it was unfair and I
      didn't say that, I said the turnout was the thing to work on and it's in her control."""),
    H(3, "Trust"),
    P("""Two things. First I told her about the time I turned a horse out with its rug on back to
      front in my first month here and the owner still mentions it, so she knew I'd been where
      she is. Second, I didn't tell the instructors what she said in the tack room, even when one
      asked me straight out why G 'never asks anything'. I just said ask her yourself. She heard
      about that from someone else and told me in session 3. After that she talked a lot more."""),

    H(2, "5. Looking back (3.1)"),
    P("""G's feedback form (session 5): approachable 5/5, listens 5/5, asks good questions 4/5,
      helps me set goals 4/5, sessions organised 3/5. Comment: 'he doesn't make you feel thick'.
      I used the Johari window on myself with my tutor's help and did a quick self rating
      against the mentor skills on the course handout. Good at: rapport, being practical,
      showing not telling. Not good at: planning the session, I turn up and see what happens,
      which is why the sessions ran different lengths. Blind spot (from G's form and my tutor):
      I jump to fixing the problem when she's still explaining it. Mock 1 worked because it was
      planned. The chats that just happened mostly went round in circles."""),

    H(2, "6. Supervision record - meeting with my tutor (3.2)"),
    T(
        ["Date", "Thu 13 Feb 2025"],
        ["Time", "6pm - 7.05pm"],
        ["Where", "Zoom"],
        ["Tutor", "Helen Marsh"],
        ["Purpose", "review my mentoring so far and what I've learnt"],
    ),
    P("""Main discussion: we went through the table and my notes. My tutor picked up that all of
      G's actions were things I suggested except the judge one at the show. We talked about
      asking G to come up with her own action first, even if it's worse than mine. We also talked
      about whether the show should count, and agreed only the 40 mins we actually talked. She
      asked how I know when G is ready to move on and I said I just know, and she pushed me on
      that - I need something G can see, like her 1 to 10 score. Outcomes: let G set the action at
      the end of each session; write a short plan before each session; keep using the scaling
      question; finish the CPD plan."""),

    H(2, "7. Next steps (3.3)"),
    T(
        ["Area", "Action", "Date", "How I'll know"],
        ["Planning sessions", "3 line plan in my diary the night before", "from 17 Feb", "G scores organised 4+"],
        ["Letting her set actions", "ask 'what will you do?' and wait", "from 17 Feb", "her actions, not mine, in the table"],
        ["More mentoring", "mentor the next apprentice in September", "Sept 2025", "owner agrees"],
    ),
    P("""The big one for me is to do my BHS Stage 3 coaching so I can mentor riders as well as
      grooms, booked for autumn at the college. I also want to ask the owner if the next
      apprentice can have a mentor from day one, not after four months."""),

    H(2, "Declaration"),
    P("""This portfolio is my own work and the sessions happened as I've written them.
      Rhys Llewellyn 14/02/2025"""),
]

CASE = Case(
    name="z_a_8584_201_riding_stables_md",
    unit="8584-201",
    kind="portfolio",
    files=[SourceFile("unit201-rhys-llewellyn.md", BLOCKS)],
    labels={
        "1.1": "nobody comes in at 12.30 because the liveries are all at lunch",
        "1.2": "complete two full timed mock practicals on Duke before 10 February",
        "2.1": "we only properly sat down and talked for 40 mins",
        "2.2": "what would you tell a new girl who was scared to ask?",
        "2.3": "I showed her on Duke rather than just telling her",
        "2.4": "I just said ask her yourself",
        "2.5": "I write the table row on my phone the same day",
        "3.1": "I jump to fixing the problem when she's still explaining it",
        "3.2": "all of G's actions were things I suggested",
        "3.3": "do my BHS Stage 3 coaching so I can mentor riders",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": True,
        "identifying": [],
        # 45 + 60 = 105, + 50 = 155 (his Jan subtotal), + 40 (show day, his figure) = 195,
        # + 90 = 285 (his "Total so far 4 hrs 45").  Not: 27 Jan snow; 17 Feb booked;
        # the 2½ hours at the show; the half-hour lunging demo.
        "minutes": 285,
        "sessions": 5,
        "individuals": 1,
        # 13 Feb tutor meeting on Zoom 6pm - 7.05pm = 65.
        "supervision_minutes": 65,
    },
    about="Riding centre yard manager; terse 201 Markdown with matrix, one session table with Jan subtotal, snow and booked rows and a Total so far, a show day of '2½ hours' of which he counts 40 mins, a lunging demo not counted, Zoom tutor meeting 6pm - 7.05pm; clean, tutor named on a form and horses named.",
)
