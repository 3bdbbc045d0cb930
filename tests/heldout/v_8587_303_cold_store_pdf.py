"""8587-303 Reflecting on Coaching Skills: a frozen food distribution centre's shift manager, PDF.

Nadia Kowalczyk is a night shift manager at a (fictional) frozen food distribution centre near
Wakefield and has coached two of her team leaders, "TL1" and "TL2", for unit 302. Her
reflective review is a PDF saved from Word: a cover table, "Part A / Part B" headings with the
criteria numbers in brackets, a strengths and improvements table by area (knowledge, skills,
behaviour, communication, interpersonal), the development opportunities in prose, and a plan
table from October 2025 to April 2026 with timescales and measures. References and a signed
declaration. Two planted slips: TL1's real first name once in 1.1 ("Callum"), and TL2's
personal mobile number, given where she explains where TL2's WhatsApp feedback came from
("07700 900623"). Otherwise clean: Gibbs, Schön, Luft and Ingham (Johari window), Hawkins and
Smith, Whitmore, the Bradford Factor, the EMCC competence framework, WMS, Wakefield,
Leeds.
"""

from corpus.case import B, Case, H, P, SourceFile, T

STRENGTHS = T(
    ["Area", "Strengths", "Areas for improvement"],
    ["Knowledge", "Know the operation, KPIs and WMS inside out; understand GROW well",
     "Only know one model; little theory on ethics or contracting beyond the course notes"],
    ["Skills", "Setting up sessions, contracting, using data such as pick rates as a diagnostic",
     "Holding silence; letting the coachee choose the option"],
    ["Behaviour", "Reliable: never cancelled a session; keep confidences",
     "Slip into manager mode when the shift is going badly"],
    ["Communication", "Clear and direct, good at summarising",
     "Stack questions; too many closed questions when tired"],
    ["Interpersonal", "Build rapport quickly, people tell me things",
     "Avoid challenging people I like; rescue rather than stretch"],
)

PLAN = T(
    ["Development goal", "Actions", "Timescale", "Measure of success"],
    ["Ask better questions (one question at a time, mostly open)",
     "Record two sessions (with consent) and count open, closed and stacked questions",
     "Oct - Dec 2025", "Stacked questions halved between the first and second recording"],
    ["Listen without planning my reply",
     "Practise 'listening triads' at the regional coaching network; ten-second rule in sessions",
     "Nov 2025 - Feb 2026", "Coachee feedback scores for 'felt listened to' at 4 or 5 every session"],
    ["Challenge and stretch, not rescue",
     "Work through challenge with my supervisor using Hawkins and Smith's model; agree one stretching action per session",
     "Jan - Mar 2026", "Supervisor observes one session and confirms challenge used; coachees' actions not watered down"],
    ["Broaden knowledge beyond GROW",
     "Read and try one other model (OSKAR) with a new coachee; attend an EMCC webinar on ethics",
     "Feb - Apr 2026", "Used OSKAR in three sessions and written a reflection comparing it with GROW"],
    ["Keep coaching separate from managing",
     "Coach team leaders from the day shift, not my own; say which hat I am wearing",
     "Oct 2025 - Apr 2026", "Two coachees from outside my line by April; no 'manager mode' comments in feedback"],
)

BLOCKS = [
    T(
        ["Name", "Nadia Kowalczyk"],
        ["Role", "Night Shift Manager"],
        ["Unit", "8587-303 Reflecting on Coaching Skills within an Organisational Context"],
        ["Date", "September 2025"],
    ),
    H(0, "Reflective Review of my Coaching Practice"),
    P("""This review looks back on the twelve hours of coaching I did with two of my team leaders on
      nights between March and August 2025 (TL1 and TL2), using my coaching log, the reflection
      sheets I filled in after each session, their feedback and my two supervision sessions. I
      have used Gibbs' reflective cycle to structure my thinking."""),

    H(1, "Part A - Reviewing the effectiveness of my coaching"),
    H(2, "How effective was my coaching? (1.1)"),
    P("""My records show that the coaching mostly worked. TL1's goal was to get his aisle's pick rate
      from 142 to 160 cases an hour without a rise in mispicks, and by the last session it was 158
      with mispicks down. TL2's goal was to deal with absence herself using the Bradford Factor
      triggers instead of passing everyone to me, and by July she had held six return to work
      interviews on her own. So the outcomes were good, but looking at how I got there is less
      comfortable."""),
    P("""Reading my reflection sheets in order, sessions 1 to 4 with TL1 are full of the words "I
      suggested". When I played back my notes from session 5, Callum said "you've already decided
      what I should do, haven't you?" and he was right. From then on I wrote my own question count
      on the sheet. The feedback forms tell the same story: TL1 scored "I found my own answers" at 2
      out of 5 in April and 4 in July."""),
    P("""TL2's feedback was better from the start, probably because I do not manage her directly. She
      sent most of her feedback by WhatsApp after the shift rather than on the form, from her own
      mobile (07700 900623), and I have screenshot the messages into Appendix B. She said the
      sessions were "the only hour in the week nobody wants something off me". My supervisor's
      view, after listening to my account of session 3 with TL2, was that I had done well on rapport
      but let her off the hook when she said she was too busy to hold the interviews."""),
    P("""Putting records, supervision and feedback together, I was effective at contracting, rapport
      and keeping sessions going on a night shift, and less effective at letting the coachee own
      the thinking, particularly with someone who reports to me."""),

    H(2, "My strengths and areas for improvement (1.2)"),
    P("""I used the Johari window (Luft and Ingham) with my supervisor to compare what I thought
      about myself with what the coachees and she had seen. The blind spot that came out was that
      I think of myself as a good listener, but both coachees said I finish their sentences when the
      shift is busy. The table pulls it together."""),
    STRENGTHS,
    P("""The interpersonal point hit me hardest: I get on well with TL1 and I avoided challenging him
      in case it spoilt that, which Schön would call a gap between my espoused theory and my theory
      in use."""),

    H(1, "Part B - Planning my development"),
    H(2, "Development opportunities (2.1)"),
    P("""From this review I have picked out where I most need to develop and what is available to me.
      Questioning: I need to stop stacking questions and ask fewer, better ones. Recording a couple
      of sessions, with permission, and counting my questions afterwards would show me exactly what
      I do. Listening: the regional coaching network meets in Leeds every other month and runs
      practice triads, where one person coaches, one is coached and one observes, which would give
      me honest feedback on my listening. Communication: I need to keep my manager voice out of
      coaching, and the simplest strategy is to coach people outside my own line, on days. Beyond
      those, continued supervision, EMCC webinars and reading about a second model would all help
      me grow, and my site manager has agreed to fund one external course next year."""),

    H(2, "My development plan (2.2)"),
    P("""The plan runs for seven months from October 2025, alongside my normal role, and will be
      reviewed with my supervisor in January and at the end of April."""),
    PLAN,
    P("""I will keep a short coaching journal through the plan and bring it to every supervision so
      progress against each measure can be checked, not just talked about."""),

    H(1, "References"),
    B("Gibbs, G. (1988) Learning by Doing. Oxford: Further Education Unit."),
    B("Hawkins, P. and Smith, N. (2013) Coaching, Mentoring and Organizational Consultancy. 2nd edn. Maidenhead: Open University Press."),
    B("Luft, J. and Ingham, H. (1955) The Johari window. Los Angeles: UCLA."),
    B("Schön, D. (1983) The Reflective Practitioner. London: Temple Smith."),
    B("Whitmore, J. (2017) Coaching for Performance. 5th edn. London: Nicholas Brealey."),

    P("""Learner declaration: I confirm that this is my own work. Signed N. Kowalczyk, 22/09/2025"""),
]

CASE = Case(
    name="v_8587_303_cold_store_pdf",
    unit="8587-303",
    kind="structured-pdf",
    files=[SourceFile("NKowalczyk_303_reflective_review.pdf", BLOCKS)],
    labels={
        "1.1": "less effective at letting the coachee own the thinking",
        "1.2": "I finish their sentences when the shift is busy",
        "2.1": "the simplest strategy is to coach people outside my own line",
        "2.2": "The plan runs for seven months from October 2025",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": None,
        "identifying": ["Callum", "07700 900623"],  # TL1's first name; TL2's personal mobile
    },
    about="Frozen food DC night shift manager's 303 review PDF: cover table, 'Part A/B' headings with (1.1) refs, effectiveness over four paragraphs from records, feedback and supervision, strengths/improvements table by area, opportunities prose, seven-month plan table; TL1's first name once and TL2's mobile number planted.",
)
