"""8584-201 Developing Mentoring Skills: an independent bookshop's assistant manager, Word portfolio.

Callum Reid is assistant manager of an independent bookshop in Whitby and mentors a new
18-year-old bookseller. His diary is the centre's template copied once per session: a
two-column table for each session (session no., date, time, where, goal, what happened,
actions, mentee's comment). In the first table the "Mentee" field has her full name; from
session 2 he writes "M", as his tutor told him to anonymise (he says so), but he never went
back to fix session 1. Session 4's table records a session that did not happen (M off sick)
with its booked time still in the Time row. A summary table at the end lists the six held
sessions again with durations and a total (the same sessions, not more). The tutorial record
is a form table naming the tutor where it asks, with a 15-minute phone call mentioned in it.
No evidence matrix.

Planted (1): the mentee's full name in session 1's table ("Jade Fenwick").

Clean but tricky: his own name; the tutor's name in the tutorial record's "Tutor name" field;
authors and books (Terry Pratchett, Bram Stoker's Dracula, Philip Pullman, Sally Rooney),
Whitby places (the Abbey steps, Flowergate, Church Street), Gardners (the book wholesaler),
Batch, Bookshop.org, the Booksellers Association, Goth Weekend.

Practice arithmetic (times in the session tables; durations again in the summary):
  S1 1 Oct 9.00-9.50 50 | S2 8 Oct 9.00-10.00 60 | S3 15 Oct 8.45-9.40 55
  S4 22 Oct booked 9.00-10.00, "Did not happen - M off sick" -> excluded
  S5 29 Oct 9.00-10.05 65 | S6 5 Nov 9.00-9.45 45 | S7 12 Nov 9.00-10.00 60
  50+60+55+65+45+60 = 335 (50+60=110, +55=165, +65=230, +45=275, +60=335); 6 sessions; 1 mentee.
  Summary table repeats the same six (and "5 hrs 35 mins" total = 335): never added again.
Tutorial: 19 Nov 16.00-17.00 60 + phone call 3 Oct 15 minutes = 75.
"""

from corpus.case import B, Case, H, P, SourceFile, T


def session(no, date, time, where, mentee, goal, happened, actions, comment):
    return T(
        ["Session no.", no],
        ["Date", date],
        ["Time", time],
        ["Where", where],
        ["Mentee", mentee],
        ["Goal for this session", goal],
        ["What happened", happened],
        ["Actions agreed", actions],
        ["Mentee's comment", comment],
    )


BLOCKS = [
    H(0, "Unit 201 Developing Mentoring Skills"),
    P("Callum Reid - Assistant Manager, Abbey Steps Books, Whitby"),
    P("ILM Level 2 Award in Effective Mentoring Skills - Coastal Skills Partnership"),

    H(1, "Section 1 - Planning (AC 1.1 and 1.2)"),
    H(2, "My plan"),
    P("""We are a small independent bookshop at the bottom of Flowergate with four staff and
      two Saturday people. In September we took on a new full-time bookseller, M, who is 18
      and came straight from sixth form. She knows far more about books than I did at her age
      but had never worked in a shop. The owner asked me to mentor her through her first few
      months. I planned weekly sessions on Tuesday mornings before we open at ten, in the
      stockroom at the back, for about an hour each, over seven weeks from the start of October
      to the middle of November. I picked Tuesday because the Gardners delivery comes on Monday
      and Wednesday, so Tuesday is the only quiet morning. I allowed one spare week as I knew
      October half term and Goth Weekend would be busy. Before the first session I wrote a one
      page plan with the dates, the things I thought she might want to work on (tills and
      Batch ordering, customer orders, handsell recommendations, dealing with difficult
      customers), a mentoring agreement, and a copy of this diary template."""),
    H(2, "Goals we agreed"),
    P("""I did not set the goals myself. At the first session I asked her what would make her
      feel she was doing the job properly by Christmas, and she came up with three. We wrote
      them down at session 2 and she signed them:"""),
    B("Goal 1 - to order customer special orders on Batch and Gardners on her own, with no mistakes, by the end of October."),
    B("Goal 2 - to choose and write the shelf-talkers for the new fiction table every week from November."),
    B("Goal 3 - to deal with a complaint or an angry customer herself, without going to find me or the owner."),
    P("""Each session also had its own small goal, written at the top of the diary page."""),

    H(1, "Section 2 - Mentoring diary (AC 2.1 - 2.5)"),
    P("""I used the centre's diary template for every session. Note: after session 1 my tutor
      reminded me that mentees should not be named, so from session 2 she is "M"."""),

    session("1", "Tuesday 1 October", "9.00 - 9.50", "Stockroom", "Jade Fenwick",
            "Get to know each other, agree how mentoring will work",
            """Explained what mentoring is and isn't, that it is not me checking up on her for the
            owner. Went through the agreement, both signed. Asked what she found hardest so far:
            the till and the phone.""",
            "M to write down three things she'd like to be good at by Christmas",
            "It was less scary than I thought"),
    session("2", "Tuesday 8 October", "9.00 - 10.00", "Stockroom", "M",
            "Agree goals",
            """She had written five things. We talked each one through and got it down to three
            (see Section 1). Started on goal 1, she did a special order on Batch while I watched
            and talked me through it.""",
            "Do all special orders this week, keep a list of anything she gets stuck on",
            "I like having it written down"),
    session("3", "Tuesday 15 October", "8.45 - 9.40", "Shop floor, before opening", "M",
            "Special orders - what went wrong",
            """Two orders had gone to the wrong customer. Instead of telling her what she did
            wrong I asked her to find the mistake herself from the Gardners screen. She found it
            (wrong account picked). Gave her feedback on the other eleven that were right.""",
            "Double check the account name before submitting",
            "I thought I was going to get told off"),
    session("4", "Tuesday 22 October", "9.00 - 10.00", "-", "M",
            "Shelf-talkers",
            "Did not happen - M off sick (half term cold). Moved the topic to next week.",
            "-",
            "-"),
    session("5", "Tuesday 29 October", "9.00 - 10.05", "Stockroom", "M",
            "Shelf-talkers for the fiction table",
            """She brought six drafts. We read the best one from the staff picks at another shop and
            compared. She rewrote her Sally Rooney one while I was there, it was much better.
            Goal 1 signed off, no mistakes for two weeks.""",
            "Fiction table talkers every Friday from 1 November",
            "Can we do the angry customer one next, I'm dreading it"),
    session("6", "Tuesday 5 November", "9.00 - 9.45", "Stockroom", "M",
            "Difficult customers",
            """Role played the customer who wants a refund on a book with a cracked spine. Then she
            told me about a real one from Goth Weekend (man shouting about a Dracula edition).
            Talked about what she did well.""",
            "Next time, try handling it herself before coming to get me",
            "Role play was awkward but it helped"),
    session("7", "Tuesday 12 November", "9.00 - 10.00", "Harbour cafe", "M",
            "Review and ending",
            """Went back over all three goals. 1 done, 2 done (her Pratchett table sold out), 3 done
            last Saturday, dealt with a complaint about a late order on her own. Feedback form
            filled in.""",
            "Keep meeting once a month informally",
            "You listened and didn't make me feel stupid"),

    H(2, "Summary of sessions"),
    T(
        ["Session", "Date", "Duration", "Main topic"],
        ["1", "01/10", "50 mins", "Agreement, getting to know each other"],
        ["2", "08/10", "1 hour", "Goals agreed, special orders"],
        ["3", "15/10", "55 mins", "Special order mistakes"],
        ["5", "29/10", "1 hr 5 mins", "Shelf-talkers"],
        ["6", "05/11", "45 mins", "Difficult customers"],
        ["7", "12/11", "1 hour", "Review and ending"],
        ["Total", "6 sessions", "5 hrs 35 mins", "(session 4 cancelled)"],
    ),
    P("""So I mentored M for five hours thirty-five minutes over six sessions, well over the three
      hours needed. Session 4 is not counted because it did not take place."""),

    H(2, "How I supported M"),
    P("""Questioning and listening (2.2). My natural habit is to explain. I made myself start each
      session with one open question, usually "how has the week been with the thing we talked
      about?" and then say nothing until she had finished. In session 3 I asked "where do you
      think it went wrong?" rather than pointing at the screen, and she found the mistake in
      about a minute. I nodded and repeated back the key words she used so she knew I had
      followed, and I kept my phone in the office."""),
    P("""Feedback (2.3). I used the praise sandwich to begin with but M saw through it quickly,
      so from session 3 I asked her first what she thought had gone well, then added what I had
      noticed, always about something specific ("your Pullman shelf-talker says why a reader
      would like it, not what happens in the book"). When she handled the Goth Weekend
      customer I told her exactly which bit was good: she offered the choice of an exchange
      before he had finished shouting."""),
    P("""Trust (2.4). Two things built trust. At the first session I told her what I would and
      would not pass on to the owner (only if something was a safety or legal issue) and stuck
      to it. And I owned up to my own mistakes: I told her about the time I ordered 40 copies of
      the wrong Whitby walking guide and we had them in the cellar for two years. After that she
      started bringing me her mistakes before I found them."""),
    P("""Records (2.5). I filled in the diary page at the end of each session while we were both
      there, so M could see what I wrote and add her own comment. The pages are kept in a
      folder in the office drawer that locks, and M has a photocopy of each page. Nothing
      is kept on the shop computer."""),

    H(1, "Section 3 - Reviewing my performance (AC 3.1 - 3.3)"),
    H(2, "Review of my mentoring"),
    P("""To review myself I used the mentor self-assessment from the course (based on the
      skills in Clutterbuck's model), M's feedback form and my diary. What went well: I kept to
      the plan, the goals were hers and all three were met. The diary shows that in sessions 1
      and 2 I did most of the talking, which I did not notice at the time. In session 6 I
      jumped in with the answer during the role play instead of letting her struggle through
      it, and she said afterwards she had nearly got there. M's form gave me top marks for
      listening and being approachable but said I could "let me work it out a bit longer". I
      agree with that, I think I rescue people because I don't like seeing them uncomfortable,
      and in a shop that can mean the new starter never learns the hard bits."""),
    H(2, "Tutorial record"),
    T(
        ["Tutorial / supervision record", ""],
        ["Learner", "Callum Reid"],
        ["Tutor name", "Helen Marsh"],
        ["Date", "19 November"],
        ["Time", "4.00pm - 5.00pm"],
        ["Where", "Coastal Skills Partnership, Scarborough"],
        ["Discussed", """Went through the diary and my self-assessment. Also followed up our phone call of
         3 October (15 minutes, about anonymising and the goals)."""],
        ["Outcomes for my development", """Helen pointed out that all my actions were for M and none were for
         me. Agreed I should set myself one mentor action per session next time, and read up on
         the GROW model before my next mentee."""],
        ["Signed", "Learner: C Reid   Tutor: H Marsh"],
    ),
    P("""The tutorial helped me see that I had been treating the diary as a record of M's
      progress only. Writing down one thing I would try myself each session would have shown my
      own development much more clearly."""),

    H(2, "My development plan (3.3)"),
    T(
        ["Area to develop", "What I will do", "When", "Support"],
        ["Letting the mentee struggle a bit longer", "Wait before helping; count to ten in role plays",
         "Next mentee (Saturday staff in spring)", "Ask M to tell me when I jump in"],
        ["Knowing a model", "Read about GROW and use it for session structure", "By February",
         "Course handbook, Booksellers Association mentoring webinar"],
        ["Recording my own learning", "One mentor action per session in the diary", "From next mentee",
         "Tutor to look at the first three pages"],
    ),

    H(1, "Declaration"),
    P("""I declare that this portfolio is my own work and that the mentoring took place as recorded.
      Signed: Callum Reid  Date: 25/11/2024"""),
]

CASE = Case(
    name="v_8584_201_bookshop_docx",
    unit="8584-201",
    kind="portfolio",
    files=[SourceFile("Callum Reid 201 portfolio.docx", BLOCKS)],
    labels={
        "1.1": "Tuesday is the only quiet morning",
        "1.2": "to choose and write the shelf-talkers for the new fiction table",
        "2.1": "five hours thirty-five minutes over six sessions",
        "2.2": "where do you think it went wrong?",
        "2.3": "she offered the choice of an exchange",
        "2.4": "40 copies of the wrong Whitby walking guide",
        "2.5": "so M could see what I wrote and add her own comment",
        "3.1": "I rescue people because I don't like seeing them uncomfortable",
        "3.2": "all my actions were for M and none were for",
        "3.3": "Wait before helping; count to ten in role plays",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        "identifying": ["Jade Fenwick"],
        # 50 + 60 + 55 + 65 + 45 + 60 = 335 (S1..S3, S5..S7); S4 did not happen; summary table
        # repeats the same six and its "5 hrs 35 mins" total.
        "minutes": 335,
        "sessions": 6,
        "individuals": 1,  # Jade Fenwick = M
        # tutorial 19 Nov 4.00-5.00pm 60 + 3 Oct phone call 15 = 75
        "supervision_minutes": 75,
    },
    about="Bookshop assistant manager's 201 Word portfolio: a two-column table per session (one not held, booked time still shown), a summary table repeating the six held sessions with a total, tutorial record form naming the tutor with a 15-minute call inside; mentee's full name left in session 1's table.",
)
