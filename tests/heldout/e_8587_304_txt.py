"""8587-304 mentoring (plain text): a police control-room supervisor mentors two new call handlers.

Shaun Whitlock, a civilian control-room supervisor in a police force contact centre, mentors
two newly qualified call handlers. He typed everything into one .txt file: headings are just
numbered lines, and his log is typed up from a handwritten notebook, one line per contact
with times like "2-3.30pm", split over two notebook pages with a "Carried forward" line and a
page total on each, one cancelled contact, and two supervision lines.

Practice, as an assessor counts it (the log lines):
    page 1: Mentee 1 2-3.30pm 90, Mentee 2 10-11am 60, Mentee 1 2-3pm 60, Mentee 2 9.30-11am 90,
            Mentee 1 2-3.15pm 75, Mentee 2 10-10.45am 45                         = 420, 6
    page 2: Mentee 1 2-3.30pm 90, Mentee 2 1-2.30pm 90, Mentee 1 3-4pm 60, Mentee 2 2-4pm 120,
            Mentee 1 2-3pm 60, Mentee 2 10-11am 60                               = 480, 6
    supervision: 11am-12pm 60, 4-5pm 60                                          = 120
    Not counted: the cancelled contact of 25 Feb, the "Page 1 total", "Carried forward" and
    "Running total" lines.
    => minutes 900, sessions 12, individuals 2, supervision 120.

He never gathered feedback from his mentees on his mentoring (3.2 is labelled None): the
only feedback in the file is what he gave them and what his supervisor gave him.

Clean: Mentee 1 and Mentee 2, his supervisor (the control room manager, Mrs Banerjee),
Clutterbuck, Megginson, the 5 Cs model, the force's THRIVE risk model, Leeds, weekdays.
"""

from corpus.case import Case, SourceFile

LOG_PAGE_1 = """Page 1
Mon 2 Feb    2-3.30pm     Mentee 1   first meeting, contract signed, goals
Wed 4 Feb    10-11am      Mentee 2   first meeting, contract signed, goals
Mon 9 Feb    2-3pm        Mentee 1   went through 3 of his recorded calls
Wed 11 Feb   9.30-11am    Mentee 2   self-rating against call handler competencies
Fri 13 Feb   11am-12pm    supervision with my supervisor
Mon 16 Feb   2-3.15pm     Mentee 1   THRIVE grading practice on old incidents
Wed 18 Feb   10-10.45am   Mentee 2   short one, she was on a 12 hr shift
Page 1 total (mentoring) 7 hrs"""

LOG_PAGE_2 = """Page 2
Carried forward from page 1: 7 hrs
Mon 23 Feb   2-3.30pm     Mentee 1   angry callers, what he says first
Wed 25 Feb   CANCELLED    Mentee 2   moved onto nights at short notice, not rearranged
Tue 3 Mar    1-2.30pm     Mentee 2   confidence on the radio channel
Thu 5 Mar    3-4pm        Mentee 1   career options, talked about the dispatcher role
Tue 10 Mar   2-4pm        Mentee 2   sat with her on the radio desk then debrief
Thu 12 Mar   4-5pm        supervision with my supervisor
Mon 16 Mar   2-3pm        Mentee 1   final review against goals, closed
Wed 18 Mar   10-11am      Mentee 2   final review against goals, closed
Running total (mentoring) 15 hrs"""


def _para(text: str):
    return ("paragraph", " ".join(text.split()))


BLOCKS = [
    ("heading", 0, "ILM 8587-304 Mentoring practice - Shaun Whitlock"),
    _para("""Learner: Shaun Whitlock. Role: control room supervisor (police staff), force contact
      centre, Leeds. Submitted March 2026."""),
    _para("""Background. Our contact centre takes 999 and 101 calls for the whole force and new
      call handlers go live on the phones after a six week course. A lot of them leave in the
      first year because the job is hard and nobody checks on them once they are on a team. I
      offered to mentor two new starters on my watch, called Mentee 1 and Mentee 2 here."""),
    ("heading", 1, "1. Planning"),
    _para("""1.1 My plan was for twelve hours of mentoring in total, six each, spread over seven
      weeks so it fitted round four on four off shifts. I booked the small meeting room next to
      the control room for every session because the canteen is too public for people in
      uniform walking through. I planned a first meeting, four or five working sessions and a
      closing review for each of them, and two supervision meetings with my supervisor,
      the control room manager. In the
      end I did more than twelve hours because two sessions ran long."""),
    _para("""1.2 Each mentee set their own topics. Mentee 1 wanted to get faster at grading
      incidents with THRIVE without always asking the supervisor, and to stay calm with abusive
      callers. Mentee 2 wanted to move to the radio dispatch desk within a year and to stop
      second guessing every call after she puts the phone down. We wrote a goal for each
      topic with a date, for example Mentee 1 grading ten test incidents correctly on his own
      by week six."""),
    _para("""1.3 We agreed a written contract at the first meeting, copied to my control room
      manager, Mrs Banerjee, as the stakeholder. It covered what mentoring is for, that it is separate from
      their probation reviews, how often we meet, that notes stay with me, and the one
      exception: anything about a risk to the public or a misconduct matter I have to pass on
      under force policy. The control room manager signed to say she would not ask me about
      the content, only whether sessions were happening."""),
    ("heading", 1, "2. Doing the mentoring"),
    _para("""2.1 I used two tools. The first was the force's own call handler competency framework
      which I turned into a self-rating sheet, one to five on each line. Mentee 2 rated
      herself a one on radio procedure and a four on everything else, which told us where to
      start. The second was grading old incidents with THRIVE as a test, marked against how
      they were actually graded at the time."""),
    _para("""2.2 I followed the 5 Cs model from Megginson and Clutterbuck's work, challenges,
      choices, consequences, creative solutions and conclusions. With Mentee 1 the challenge
      was freezing when a caller swears at him, his choices were to hang up, to warn them, or
      to carry on, and we talked through the consequences of each before he picked
      warning them once in a set form of words."""),
    _para("""2.3 Knowledge, skills and behaviours. I know the job inside out which is a risk,
      because it is tempting to just tell them. I tried to ask open questions and then shut up.
      When Mentee 2 told me she cried in the toilets after a sudden death call I did not jump
      in, I let her finish and asked what she needed from me. Ethically I told her about the
      force welfare service and left the choice to her rather than referring her myself."""),
    _para("""2.4 Below is my log, typed up from my notebook. I keep the notebook in my locker
      and it can be seen if needed."""),
    ("paragraph", LOG_PAGE_1),
    ("paragraph", LOG_PAGE_2),
    ("heading", 1, "3. Reflection"),
    _para("""3.1 After each session I wrote a line or two in the back of the notebook. First
      meetings: I talked too much about my own first year. 9 Feb: playing back his calls worked
      better than talking about them. 11 Feb and 16 Feb: the tools gave us something to look
      at instead of each other, easier for a quiet person. 23 Feb: I caught myself telling him
      what I would say to an angry caller, so I stopped and asked him instead. The cancelled
      session taught me to check the rota changes every week. For my CPD I want to learn more
      about active listening because that is what I use least on the floor."""),
    _para("""3.3 My questioning got better over the seven weeks. At the start I asked leading
      questions, don't you think you should have... By March I was asking what would you do
      differently. My listening is good when I am off the floor but poor if my radio is on, so
      I turned it off for sessions. Giving feedback is harder, I am used to giving it as a
      supervisor which is telling people what was wrong, and in mentoring I tried to ask them
      first how they thought the call went."""),
    _para("""3.4 Supervision. In the first supervision my supervisor pointed out that I was acting
      like their line supervisor in the sessions and we agreed I would not discuss any call
      that was under review. In the second she asked what I would do if Mentee 2 did not get
      the dispatch role, and the outcome was that I built a plan B into the final review so
      the mentoring did not end on one goal only."""),
    _para("""I confirm this is all my own work. Shaun Whitlock, signed 20/03/2026."""),
]

CASE = Case(
    name="e_8587_304_txt",
    unit="8587-304",
    kind="numbered-unstyled",
    files=[SourceFile("whitlock_8587-304.txt", BLOCKS)],
    labels={
        "1.1": "fitted round four on four off shifts",
        "1.2": "grading ten test incidents correctly on his own",
        "1.3": "separate from their probation reviews",
        "2.1": "rated herself a one on radio procedure",
        "2.2": "warning them once in a set form of words",
        "2.3": "cried in the toilets after a sudden death call",
        "2.4": "moved onto nights at short notice, not rearranged",
        "3.1": "I caught myself telling him what I would say",
        "3.2": None,
        "3.3": "I turned it off for sessions",
        "3.4": "I built a plan B into the final review",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        # page 1: 90 + 60 + 60 + 90 + 75 + 45 = 420; page 2: 90 + 90 + 60 + 120 + 60 + 60 = 480;
        # cancelled 25 Feb contact, page total, carried-forward and running-total lines excluded
        "minutes": 900,
        "sessions": 12,
        "individuals": 2,
        "supervision_minutes": 120,  # 11am-12pm 60 + 4-5pm 60
        # Mrs Banerjee is his supervisor (1.1 now says the supervisor is the control room
        # manager; before the audit the text named her only as manager and stakeholder)
        "identifying": [],
    },
    about="Police control-room supervisor; 8587-304 plain text typed from a notebook; one line per contact with '2-3.30pm' times, carried-forward line, a cancelled contact; 3.2 unanswered; clean.",
)
