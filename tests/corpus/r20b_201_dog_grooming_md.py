"""8584-201 Developing Mentoring Skills in Markdown: a dog grooming salon's senior groomer, five planted details.

Kelly-Ann Marsden, Senior Groomer and salon supervisor at a dog grooming salon in
Whitchurch, Cardiff, mentors a first-year grooming apprentice for her ILM Level 2 Award in
Effective Mentoring. She wrote the portfolio in a Markdown note app: a cover block, plan and
goals, a log table, short session notes, a pasted WhatsApp exchange, her tutor meeting, a
review and a development plan. The apprentice is "Mentee A" or "my apprentice", except:

Planted (5): the apprentice's typed name on the signed agreement ("Jade Brennan"); her name
in lower case as the sender in the pasted WhatsApp chat ("jade"); the nickname Kelly-Ann
uses back to her in the same chat ("Jadey"); the chat's header with the apprentice's mobile
("+44 7700 900562"); and the apprentice's nan, by a first name that is also a word, in the
trust reflection ("Grace"; the lower-case "grace" of "a week's grace" also appears).

Clean but tricky: the learner's own double-barrelled name on the cover and agreement; her
tutor, double-barrelled too, in the tutor-meeting field ("Gareth Pryce-Jones"); dogs with
people's names (Winston, Dexter, Mabel, Biscuit); breeds named after people (Cavalier King
Charles Spaniel, Jack Russell, Lhasa Apso, Bichon Frise); Andis, Wahl and Oster clippers;
City & Guilds, the iPET Network, Groom Wales; Whitchurch Road, Llandaff, Cardiff; Kolb,
Whitmore's GROW, Egan's SOLER, Pendleton and the Johari window.

Practice: five sessions with Mentee A (45 + 60 + 50 + 60 + 45 = 260 min); the 16/03
session was cancelled (not counted); one tutor meeting of 60 minutes.
"""

from .case import B, Case, H, P, SourceFile, T

BLOCKS = [
    H(1, "Unit 8584-201 Developing Mentoring Skills – Mentoring Portfolio"),
    P("**Mentor:** Kelly-Ann Marsden · Senior Groomer, Whitchurch Road, Cardiff"),
    P("**ILM learner no.:** 61380452 · **Centre:** Taff Valley Learning"),
    P("**Mentee:** Mentee A – first-year apprentice groomer (City & Guilds Level 2 Dog Grooming)"),

    H(2, "1.1 My plan"),
    P("""Mentee A started with us in January and is on the iPET Network apprenticeship with one
      day a week at college. Our salon manager asked me to mentor her because she was
      struggling with confidence on the big breeds and with talking to owners. My plan:"""),
    B("Who: me and Mentee A, 1:1. I don't line-manage her, the salon manager does."),
    B("When: every other Sunday before we open (the salon is closed to customers till 10), February to March, about an hour each."),
    B("Where: the back office, or the drying room if the office is full of stock."),
    B("How: GROW model for each session, a short note afterwards, her feedback sheet at the end."),
    B("Support: a tutor meeting with Gareth at the end, and the Groom Wales mentoring guidance."),

    H(2, "Mentoring agreement (signed 02/02/2025)"),
    T(
        ["We agree", ""],
        ["Confidentiality", "What we talk about stays between us unless someone (or a dog) is at risk."],
        ["Time", "Five sessions of up to an hour, Sundays 9am, fortnightly."],
        ["Cancelling", "Give a week's grace if possible, or message the day before."],
        ["Records", "Kelly-Ann keeps short notes in the locked drawer; Mentee A can read them any time."],
        ["Signed (mentor)", "Kelly-Ann Marsden"],
        ["Signed (mentee)", "Jade Brennan"],
    ),

    H(2, "1.2 Goals we agreed"),
    B("Goal 1 – Do a full groom on a large double-coated dog on her own, start to finish, by the end of March."),
    B("Goal 2 – Run the check-in conversation with an owner on her own, including the matting talk, by mid-March."),
    B("Goal 3 – Get her hand-stripping up to the standard for her college assessment (a Border terrier or a Jack Russell) by April."),

    H(2, "2.1 and 2.5 Log of sessions"),
    T(
        ["Date", "Length", "What we covered", "Actions"],
        ["02/02/25", "45 mins", "Getting to know each other, agreement signed, goals agreed", "Mentee A to list what worries her about big dogs"],
        ["09/02/25", "1 hr", "Goal 1 – Winston the Newfoundland; talked through the prep", "Watch me do Winston's de-shed on Thursday"],
        ["23/02/25", "50 mins", "Goal 2 – role-played the check-in, matting talk", "Do two check-ins with me standing by"],
        ["09/03/25", "1 hr", "Goal 1 review – her first solo groom (Dexter, a Bernese)", "Book a Cavalier King Charles Spaniel and a Lhasa Apso next"],
        ["16/03/25", "–", "CANCELLED – Mentee A ill", "Rebooked for 23/03"],
        ["23/03/25", "45 mins", "Review of all three goals, feedback sheet, ending", "Keep practising stripping on Biscuit (our Jack Russell model)"],
    ),
    P("Total mentoring: 4 hours 20 minutes."),

    H(2, "Session notes (short)"),
    P("""**09/02.** She said big dogs "just look at me like they know I don't know what I'm
      doing". I asked what she did know – she listed more than she expected. We broke the
      Newfoundland groom into stages and she scored herself on each (scaling 1–10). The
      Andis clippers with the 5F blade scared her less than the high-velocity dryer, which
      surprised both of us. (She has her own Wahl cordless from college; the salon's are
      Oster A5s, which are heavier.)"""),
    P("""**23/02.** Role play of the check-in: I was an owner whose Bichon Frise was matted to the
      skin and who didn't want it shaved. I used open questions afterwards – "What did you
      notice about me when you said 'shave'?" She noticed the owner goes defensive and
      came up with saying "comfort clip" and showing photos."""),
    P("""**09/03.** First solo groom on Dexter. I stayed in the salon but out of her eyeline. Feedback
      using Pendleton: she went first (good: the bath and blow-out; not so good: nails took
      ages because Dexter kept pulling). I added that her scissoring on his feet was neat and
      that she kept calm when he shook water over both of us."""),

    H(2, "Messages (pasted from WhatsApp, with her permission)"),
    P("WhatsApp chat with +44 7700 900562"),
    P("""[15/03/2025, 21:47] jade: hiya so sorry i'm full of cold cant do tmrw 🤧 can we do next
      sun"""),
    P("""[15/03/2025, 21:52] Kelly-Ann: No worries Jadey, get better. 23rd 9am same place. Don't come
      in Monday if you're not right, Mabel's owner can wait"""),
    P("[15/03/2025, 21:53] jade: ur a star x"),

    H(2, "2.2 Questioning and listening"),
    P("""I used open questions to get her talking ("What would a good groom on Winston look
      like?"), probing questions to go deeper ("What is it about the dryer?") and scaling
      questions to see progress. I used Egan's SOLER and tried hard not to jump in with the
      answer, which is my habit because I've been grooming for twelve years. Summarising back
      what she had said helped her hear that she knew more than she thought."""),

    H(2, "2.3 Feedback"),
    P("""I gave feedback after her first solo groom and after the check-ins, always specific
      ("you explained the matting using the photos, and the owner relaxed") and always asking
      her view first. When the owner of a Cavalier King Charles Spaniel complained about a
      short cut, I kept the feedback on what she could control – checking the length with
      the owner using the comb guide – and not on the owner being difficult."""),

    H(2, "2.4 How trust developed"),
    P("""The first session was awkward – she answered in single words. I told her about the first
      Afghan hound I groomed, which took me five hours and ended with the owner in tears.
      She laughed and after that she talked more. I kept my word on confidentiality: when she
      told me her nan, Grace, who brought her up, had just moved into a care home and she was
      visiting every night, I didn't pass it on to the salon manager, but I did ask her if
      she wanted to, and she chose to tell him herself. Using the Johari window I also let her
      see some of my blind spots, which made it more equal."""),

    H(2, "3.2 Meeting with my tutor"),
    T(
        ["Tutor", "Gareth Pryce-Jones"],
        ["Date / length", "Thursday 27 March 2025, 1 hour, Microsoft Teams"],
        ["What we discussed", """My log and session notes. Gareth asked why I always give the
         answer when she's stuck on the salon floor but not in sessions. We talked about
         Kolb's cycle and whether my feedback gave her time to reflect before trying again."""],
        ["What I took away", """Leave a gap before I give my own view. Record my own part in the
         notes, not just hers. Ask her how she wants feedback on the floor."""],
    ),

    H(2, "3.1 Review of my mentoring"),
    P("""Mentee A met goals 1 and 2 and is close on goal 3. Her feedback sheet gave me 5/5 for
      listening and 3/5 for "letting me work things out", which matches what Gareth said. I
      think my strength is rapport and making sessions practical, using the real dogs in the
      book that week. My weakness is patience – on a busy Saturday I still take the clippers
      off her instead of asking a question. Looking at Kolb, I rushed her from experience to
      doing it again and skipped the reflecting."""),

    H(2, "3.3 Development plan"),
    T(
        ["What I want to improve", "How", "By when"],
        ["Holding back my answer", "Count to five before speaking; ask 'what else?' once", "June 2025"],
        ["Record keeping", "Use a template with a box for my own reflection", "May 2025"],
        ["Mentoring another apprentice", "Ask the salon manager to pair me with the September starter", "September 2025"],
    ),
    P("I confirm this portfolio is my own work. Kelly-Ann Marsden, 31/03/2025"),
]

CASE = Case(
    name="r20b_201_dog_grooming_md",
    unit="8584-201",
    kind="portfolio",
    files=[SourceFile("marsden-201-mentoring-portfolio.md", BLOCKS)],
    labels={},
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        # Not: Kelly-Ann Marsden (learner), Gareth Pryce-Jones / Gareth (tutor in the tutor
        # form), dogs (Winston, Dexter, Mabel, Biscuit), breeds, Andis/Wahl/Oster, "a week's grace".
        "identifying": ["Jade Brennan", "+44 7700 900562", "jade", "Jadey", "Grace"],
        # 02/02 45 + 09/02 60 + 23/02 50 + 09/03 60 + 23/03 45 = 260; 16/03 cancelled
        "minutes": 260,
        "sessions": 5,
        "individuals": 1,
        "supervision_minutes": 60,
    },
    about="Dog grooming senior groomer's 201 Markdown portfolio, planted: apprentice's typed name on the signed agreement, WhatsApp paste with her mobile header, lower-case 'jade' sender, 'Jadey', her nan 'Grace' beside 'a week's grace'; dogs with people's names, eponymous breeds, double-barrelled tutor clean.",
)
