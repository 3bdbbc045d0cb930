"""D2.02 mentoring diary as plain text from a Young Farmers' Club: a summary grid at the top of section 2 (Session, Date, Mentoring, Review) whose review column total "3 hrs" assumes six half-hour reviews that did not all happen, then an entry per session; lengths "7.30-8pm", "35 mins", "half an hour", "40 minutes", "0.5 hr", "20:00-20:35"; a lambing week with messages instead of a meeting, a Saturday session on the mentee's farm observed by the supervisor, reviews 3 and 4 held together for an hour, a review by phone the next day, one review cancelled and never made up, a stock-judging practice run by the club leader she says is not one of her six, and a tutorial with her college tutor. Clean: cattle and sheep breeds and a calf's name.

Ffion Morgan, 17, a member of a Young Farmers' Club in Carmarthenshire doing the ILM Level 2
Award in Mentoring for Young Learners through her college, mentors "L" (14), a new member
who wants to enter the junior stock-judging competition at the county rally. Her supervisor is
the club leader. Mentoring total "3 hrs 20" is right; review total "3 hrs" is not (reviews
held: 30, 25 by phone, 60 for 3 and 4 together with the observation feedback, 30; review 5
cancelled by the leader and not made up). A 15-minute tutorial with her college tutor counts
with the reviews. Not counted in her words: the spring show judging practice (about an hour,
four juniors, run by the club leader).

Practice truth: 30 + 35 + 30 + 40 + 30 + 35 = 200 minutes in 6 sessions with one mentee;
supervision/tutorial 30 + 25 + 60 + 30 + 15 = 160 minutes.
"""

from .case import Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "D2.02 Undertaking supervised mentoring - Mentoring diary"),
    P("Name: Ffion Morgan. Centre: the college (ILM Level 2 Award in Mentoring for Young Learners)."),
    P("""Where I mentor: my Young Farmers' Club. We meet on Tuesday nights in the village hall and go to
      members' farms for stock judging practice. My mentee is L, who is 14 and joined in January.
      My supervisor is our club leader."""),
    H(1, "Section 1 - Identify and agree overall outcomes for mentoring sessions"),
    P("""L wants to enter the junior stock judging at the county rally in May but she has never judged
      anything in front of people and she told me she "goes red and forgets everything". She knows
      her sheep (her family run Texels and a few Jacob sheep) but has never done cattle. At the
      first session we agreed two outcomes: (1) she will give reasons for placing a class of four
      animals out loud, in front of me and one other member, without notes, by the end of March;
      (2) she will judge a class of cattle as well as sheep. The club leader agreed these with us
      before session 2."""),
    H(1, "Section 2 - Undertake supervised mentoring"),
    P("Summary (I filled this in as I went):"),
    T(
        ["Session", "Date", "Mentoring", "Review"],
        ["1", "Tue 4 Feb", "7.30-8pm", "30 mins"],
        ["2", "Tue 11 Feb", "35 mins", "25 mins (phone, Wed)"],
        ["-", "Tue 18 Feb", "lambing - messaged", "-"],
        ["3", "Tue 25 Feb", "half an hour", "see 4"],
        ["4", "Sat 1 Mar", "40 minutes", "an hour (3 and 4 together)"],
        ["5", "Tue 11 Mar", "0.5 hr", "cancelled"],
        ["6", "Tue 18 Mar", "20:00-20:35", "8.40-9.10pm"],
        ["Total", "", "3 hrs 20", "3 hrs"],
    ),
    H(2, "Session 1 - Tuesday 4 February, village hall kitchen, 7.30-8pm"),
    P("""Got to know each other properly. I asked her what she likes about the club and what scares her
      about the rally. We agreed the outcomes and that what she tells me stays between us unless
      I'm worried about her safety, and then I'd tell the club leader. Review with the club leader
      straight after, 30 mins: she said I talked too much about my own first rally."""),
    H(2, "Session 2 - Tuesday 11 February, village hall, 35 mins"),
    P("""We watched a video of last year's senior judging and I asked her what the judge was looking at.
      She noticed things I hadn't. Review: the club leader had to go home early so she rang me on
      the Wednesday, 25 mins."""),
    P("""Tuesday 18 February - no session. L's family were in the middle of lambing and she couldn't
      come. We messaged instead about which ewes had twins. Not a session and no review."""),
    H(2, "Session 3 - Tuesday 25 February, village hall, half an hour"),
    P("""Practised giving reasons with photos of four Texel shearlings on my phone. She did it twice
      with notes and once without. Her review got moved - see session 4."""),
    H(2, "Session 4 - Saturday 1 March, L's farm, 40 minutes"),
    P("""A real class of four in the shed: I asked her to place them and give reasons to me and her
      little brother. The club leader came to watch. We did the review for sessions 3 and 4
      together afterwards in the farmhouse kitchen, an hour, including her feedback from watching
      me: good questions, but I should wait longer before helping."""),
    H(2, "Session 5 - Tuesday 11 March, village hall, 0.5 hr"),
    P("""Cattle for the first time - photos of Welsh Black and Hereford heifers. She found it much
      harder. The review didn't happen because the club leader was calving (a heifer called Duchess
      had trouble) and we never fitted it in after."""),
    H(2, "Session 6 - Tuesday 18 March, village hall, 20:00-20:35"),
    P("""She gave reasons on a class of four Beltex tups from photos, out loud, no notes, to me and
      another member. Outcome 1 done. Review with the club leader after, 8.40-9.10pm."""),
    P("""Not one of my six: Saturday 22 March at the spring show the club leader ran a judging practice
      for L and three other juniors, about an hour. I was there but it wasn't my session so I
      haven't counted it."""),
    P("""Thursday 20 March - 15 minutes with my college tutor going through this diary to check I'd
      written up every review."""),
    H(1, "Section 3 - Review own progress"),
    P("""3a. What worked well was using real animals and real photos instead of talking about judging.
      The shed session on L's farm was the best because she was on her own ground."""),
    P("""3b. I learned that I like to fill silences and tell stories about myself. The club leader
      noticed this in the first review and again when she watched me."""),
    P("""3c. Next time I would plan the reviews better, so one doesn't get lost like review 5, and I
      would start cattle earlier because it's the harder half."""),
    P("""3d. I still need to get better at waiting after a question and at giving feedback that isn't
      just "that was good"."""),
    P("I confirm that this diary is my own work. Ffion Morgan."),
]

CASE = Case(
    name="r20a_d202_young_farmers_txt",
    unit="D2.02",
    kind="legacy-questions",
    files=[SourceFile("Ffion Morgan D2.02 diary.txt", BLOCKS)],
    labels={},  # practice log only
    expected_checks={
        "declaration": True,
        "evidence_matrix": None,
        # Clean: L only; Ffion Morgan is the learner; Texel, Jacob, Welsh Black, Hereford, Beltex
        # (breeds), Duchess (a heifer); supervisor and tutor by role.
        "identifying": [],
        # S1 "7.30-8pm" 30; S2 "35 mins" 35; 18 Feb lambing, messages only 0; S3 "half an hour" 30;
        # S4 "40 minutes" 40 (observed, still hers); S5 "0.5 hr" 30; S6 "20:00-20:35" 35
        # 30 + 35 = 65; + 30 = 95; + 40 = 135; + 30 = 165; + 35 = 200 = 3 h 20 (her total agrees).
        # Not: 22 Mar spring show practice "about an hour" run by the club leader ("haven't counted it").
        "minutes": 200,
        "sessions": 6,
        "individuals": 1,  # L
        # Reviews: S1 "30 mins" 30; S2 phone "25 mins" 25; S3+S4 together "an hour" 60 (with the
        # observation feedback); S5 cancelled, never made up 0; S6 "8.40-9.10pm" 30.
        # 30 + 25 + 60 + 30 = 145 (her "3 hrs" is six times 30). 20 Mar tutorial "15 minutes" 15.
        # 145 + 15 = 160.
        "supervision_minutes": 160,
    },
    about="Young Farmers' Club member; D2.02 text diary with a summary grid whose review total assumes six reviews, lambing week messages not a meeting, observed farm session, two reviews held together, phone review, a review cancelled and lost, judging practice run by the leader not counted, college tutorial; clean breed and heifer names.",
)
