"""D2.02 mentoring diary in Word from a junior archery club: an entry per Saturday under week headings, lengths "10:00-10:30", "35 mins", "30 mins", "½ hour", "40 minutes", "10.00-10.30"; reviews with the Lead Coach worded as "review", "chat with the Lead Coach on the phone" and "went over it with the Lead Coach", the college tutor's feedback after an observed session, a Saturday the range was closed on the morning (gales) with the session done by video call on the Sunday, a review cancelled and then held for two sessions together, a week the mentee was ill, January beginners' course helping and her own Young Leader course "not counted", and a summary line. Planted: the mentee's first name in one entry and his mother by title and surname in another.

Megan Lloyd, 17, a sixth-former who helps at a junior archery club near Shrewsbury, mentors J
(13), who joined after the beginners' course and wants to shoot his first 252 badge round.
Supervisor: the club's Lead Coach. Her college tutor observed session 4.

Row by row:
  1 Sat 1 Feb "10:00-10:30" 30; 2 Sat 8 Feb "35 mins" 35; 3 Sat 15 Feb range closed, video call
  Sun 16 Feb "30 mins" 30; 4 Sat 22 Feb "½ hour" 30 (observed); 5 Sat 1 Mar "40 minutes" 40;
  Sat 8 Mar J ill, no session; 6 Sat 15 Mar "10.00-10.30" 30
  30 + 35 = 65; + 30 = 95; + 30 = 125; + 40 = 165; + 30 = 195 (6)
Not counted: January beginners' course (4 x 2 hrs, helping the coaches); her Young Leader course.
Reviews: 1 "half an hour" 30; 2 "25 mins" 25; 3 phone Tue "20 mins" 20; 4 "30 minutes" 30 + tutor's
feedback "15 mins" 15; 5 cancelled (held with 6); 6 "1 hr (for 5 and 6)" 60.
30 + 25 = 55; + 20 = 75; + 30 = 105; + 15 = 120; + 60 = 180. Her summary "Reviews 2h45 with the
Lead Coach + 15 mins with my tutor" = 165 + 15 = 180.

Practice truth: 195 minutes in 6 sessions with one mentee; supervision/tutor 180 minutes.
"""

from .case import Case, H, P, SourceFile

BLOCKS = [
    H(0, "D2.02 Undertaking supervised mentoring - my mentoring diary"),
    P("""Name: Megan Lloyd. Sixth form, ILM Level 2 Award in Mentoring for Young Learners. My
      supervisor: the Lead Coach at my archery club."""),
    P("""I have shot at the club since I was 11 and I help on the junior Saturday session. My
      mentee is J, who is 13 and joined in January after the beginners' course. In this diary
      he is J."""),
    H(1, "Section 1 - Identify and agree overall outcomes for mentoring sessions"),
    P("""J loves it but he gets upset when his arrows miss the boss and he rushes his shots to get
      it over with. He wants to shoot his first 252 badge round at 20 yards before Easter. At our
      first session we agreed three outcomes: (1) use the same shot routine for every arrow (stance,
      nock, set, draw, anchor, release, follow through) and say it out loud for a whole end; (2)
      keep a score book for six weeks; (3) shoot a full 252 round at 20 yards with the Lead Coach
      scoring. The Lead Coach agreed them and said what we talk about stays between me and J
      unless it's about him being safe."""),
    H(1, "Section 2 - Undertake supervised mentoring"),
    H(2, "Week 1 - Saturday 1 February"),
    P("""Mentoring 10:00-10:30 in the clubhouse before shooting. Getting to know him, the outcomes,
      the score book. He was shy until we talked about his Xbox."""),
    P("""Review with the Lead Coach straight after, half an hour. She said I asked good questions but
      didn't wait for the answers."""),
    H(2, "Week 2 - Saturday 8 February"),
    P("""Mentoring 35 mins on the range. Jacob's bow is 18lb and too heavy for him, which is why he
      rushes - he can't hold at full draw. I asked him what he noticed when he shot with the club's
      14lb bow. He said 'it's easier to think'."""),
    P("Review 25 mins. The Lead Coach is swapping his bow. I should have asked about the bow sooner."),
    H(2, "Week 3 - Saturday 15 February"),
    P("""Range closed on the morning - gales, the field was waterlogged and two boss stands blew
      over. We did the session on a video call on Sunday 16th instead, 30 mins, with his mum in
      the room. Went through his score book. He has shot 6 ends with the routine."""),
    P("""Chat with the Lead Coach on the phone on the Tuesday, 20 mins, about the video call and
      whether it counts. She said yes, it was a proper session."""),
    H(2, "Week 4 - Saturday 22 February"),
    P("""Mentoring ½ hour. My college tutor came to watch. J said the routine out loud for a whole
      end and then shot his best score so far (128 for half a round). I gave him feedback on his
      follow-through using 'what went well / even better if'."""),
    P("""My tutor gave me feedback after, 15 mins - I praise too much ('brilliant!' every arrow) so
      it means less. Then review with the Lead Coach, 30 minutes."""),
    H(2, "Week 5 - Saturday 1 March"),
    P("""Mentoring 40 minutes (we overran because he wanted to try the 30 yard line). Mrs Whitfield
      stayed and watched from the car park, which made him nervous at first. We talked about
      nerves on competition days."""),
    P("Review cancelled - the Lead Coach was judging at a tournament. We did reviews 5 and 6 together."),
    H(2, "Week 6 - Saturday 8 March"),
    P("J was ill (chest infection) and didn't come. No session, no review."),
    H(2, "Week 7 - Saturday 15 March"),
    P("""Mentoring 10.00-10.30. Last one. He shot the full 252 round with the Lead Coach scoring and
      got 241 - not the badge yet but his best ever, and he didn't rush once. We talked about what
      he'll do next and he filled in a feedback sheet."""),
    P("""Went over it with the Lead Coach after, 1 hr (for 5 and 6). What I'd do differently: fewer
      questions at once, less praise, more waiting."""),
    P("""Not counted: in January I helped on the Saturday beginners' course (4 x 2 hrs), but that was
      helping the coaches, not mentoring. I also did my Archery GB Young Leader course in half
      term, which is my own training."""),
    P("""Summary: mentoring total 3h15 (6 sessions). Reviews 2h45 with the Lead Coach + 15 mins
      with my tutor."""),
    H(1, "Section 3 - Review own progress"),
    H(2, "3a Think about your own performance as a mentor and what worked well"),
    P("""The score book worked well because J could see his progress himself. Asking him what he
      noticed with the lighter bow worked better than telling him."""),
    H(2, "3b What did you learn about yourself?"),
    P("""I talk to fill silences and I praise everything. I'm more patient than I thought though."""),
    H(2, "3c What might you do differently as a result of your reflection"),
    P("""Ask one question and wait. Save 'brilliant' for when it is."""),
    H(2, "3d What skills do you still need to develop further?"),
    P("""Giving feedback that is specific, and listening without planning what I'll say next."""),
    P("This diary is my own work. Signed: Megan Lloyd. Date: 20 March."),
]

CASE = Case(
    name="r21a_d202_archery_club_docx",
    unit="D2.02",
    kind="legacy-questions",
    files=[SourceFile("Megan Lloyd D2.02 diary.docx", BLOCKS)],
    labels={},  # practice log only
    expected_checks={
        "declaration": True,
        "evidence_matrix": None,
        # The mentee's first name in the week 2 entry; his mother by title and surname in week 5.
        # Clean: Megan Lloyd is the learner; the Lead Coach and her college tutor are unnamed;
        # Archery GB, Xbox.
        "identifying": ["Jacob", "Mrs Whitfield"],
        # 1 Feb "10:00-10:30" 30; 8 Feb "35 mins" 35; 15 Feb range closed, video call 16 Feb "30 mins" 30;
        # 22 Feb "½ hour" 30 (observed); 1 Mar "40 minutes" 40; 8 Mar ill 0; 15 Mar "10.00-10.30" 30
        # 30 + 35 = 65; + 30 = 95; + 30 = 125; + 40 = 165; + 30 = 195 (6)
        # Not: January beginners' course (helping, "not counted"); Young Leader course (own training);
        #   "Summary: mentoring total 3h15" (a total line).
        "minutes": 195,
        "sessions": 6,
        "individuals": 1,
        # Reviews: "half an hour" 30; "25 mins" 25; phone "20 mins" 20; "30 minutes" 30; tutor's
        # feedback "15 mins" 15; review 5 cancelled; "1 hr (for 5 and 6)" 60.
        # 30 + 25 = 55; + 20 = 75; + 30 = 105; + 15 = 120; + 60 = 180.
        "supervision_minutes": 180,
    },
    about="Sixth-former at a junior archery club; D2.02 Word diary by week, reviews worded three ways, tutor feedback after an observed session, range closed by gales with the session done by video call next day, two reviews held together, mentee ill, beginners' course helping not counted; mentee's first name and his mother by title and surname planted.",
)
