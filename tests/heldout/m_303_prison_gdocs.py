"""8587-303 Reflecting on Coaching Skills: a prison education manager's account, PDF from Google Docs.

Tunde Bakare is curriculum manager for the education department of a category C prison,
run by a further education college under contract. For unit 302 he coached three tutors
(Coachee 1 to 3). He wrote this reflection in Google Docs and downloaded it as PDF, so
every paragraph arrives as short hard-broken lines (one block per line, about 58
characters). His headings are his own ('Why coaching matters here', 'What I learned',
'Going back to the evidence') with no AC numbers. He answers 1.1 across two separated
paragraphs: his records and supervision early on, and the coachees' feedback much later
under 'Going back to the evidence'; the label is in the second. No declaration, no matrix.

Planted: Coachee 2's first name alone, twice (Marcus), and a colleague's full name (the
deputy head of learning he mentions in passing, Denise Whitlow).
"""

import textwrap

from corpus.case import Case, H, P, SourceFile, T

LABELS = {
    "1.1": "two of the three rated my sessions lower on challenge",
    "1.2": "I rescue people when silence gets uncomfortable",
    "2.1": "count how many of my questions start with what or how",
    "2.2": "by the end of month six I want my recorded",
}
_KEEP = "\x00"


def lines(text: str, width: int = 58) -> list:
    """A paragraph as Google Docs exported it: short hard-broken lines, label phrases whole."""
    flat = " ".join(text.split())
    for phrase in LABELS.values():
        flat = flat.replace(phrase, phrase.replace(" ", _KEEP))
    return [P(line.replace(_KEEP, " ")) for line in textwrap.wrap(flat, width)]


BLOCKS = [
    H(0, "Unit 303 – my coaching reflection"),
    *lines("""Tunde Bakare. Curriculum Manager, Education Department, HMP Ashcombe (delivered by
      Wessex Valley College). ILM Level 5 Certificate in Effective Coaching and Mentoring."""),

    H(1, "Why coaching matters here"),
    *lines("""Teaching in a prison is not like teaching in a college. Classes are interrupted by
      lockdowns, learners are moved to other establishments without warning, and tutors
      often work alone with groups who have had bad experiences of school. Tutors burn out.
      Our department had three resignations last year, and my head of learning and skills
      agreed that I would coach three tutors as part of my ILM programme, between March and
      August. I refer to them as Coachee 1 (a functional skills maths tutor, new to custody),
      Coachee 2 (an experienced English tutor who had been moved from the vocational
      workshops) and Coachee 3 (an ESOL tutor working part-time). Altogether I delivered
      eighteen sessions, mostly in the staff library after the afternoon unlock. I used
      GROW as my main structure and Kline's Thinking Environment ideas when I could."""),

    H(1, "Records and supervision"),
    *lines("""I started by rereading all eighteen of my session records side by side. What stood
      out was how much of each record was in my words. Goals written by me, actions that
      sounded like mine. With Coachee 1, three out of six action lists had something I had
      suggested on them. I had not noticed this at the time. My supervisor, the college's
      coaching lead, had asked me in our second supervision session in May to bring two
      records and to highlight the coachee's own words in green. There was not much green.
      She also pointed out that my records with Coachee 3 were half the length of the
      others, and asked whether that was because those sessions were short or because I
      was less engaged. Honestly it was the second: she is part-time and I had been fitting
      her in between meetings. Using Gibbs, the feeling I had was guilt, and the evaluation
      was that the records were showing a real gap in how evenly I was coaching."""),

    H(1, "What I learned"),
    *lines("""Looking at myself honestly, and using a simple SWOT that my supervisor suggested, I
      think my strengths are my knowledge of the prison context, which makes the tutors
      trust me quickly, and my interpersonal warmth: people tell me things. My
      communication is clear and I summarise well, which came up in the feedback too. My
      knowledge of coaching theory is improving but is still thin beyond GROW and I tend to
      fall back on it even when it does not fit."""),
    *lines("""The areas to improve are about behaviour more than knowledge. I rescue people when
      silence gets uncomfortable, jumping in with a suggestion or a story from my own
      teaching. Marcus said in one session that he 'could see me itching to tell him' and
      he was right. My listening is good at the start of sessions but drops off once I
      think I know where things are going. And my skill at challenge is weak: I am good at
      support and slow to say 'I notice you said that last time too'."""),
    *lines("""I also learned something about the setting. I had assumed the hardest thing for
      the tutors would be the learners, but for two of them it was the regime: the
      unpredictable movements, searches and the feeling of having no control over their
      own timetable. Coaching could not change that, but it could help them decide what
      they could control. Denise Whitlow, the deputy head of learning, asked me to share
      what I had learned in the autumn staff development day, which I will do."""),

    H(1, "My questioning, listening and the way I talk"),
    *lines("""Questioning. I ask too many closed and leading questions when I am tired. The
      strategy is simple and measurable: I will record three sessions (with consent,
      outside the secure area) and count how many of my questions start with what or how
      compared with do, did or have. I also want to practise the incisive questions from
      Kline, which I have read about but never used in a real session."""),
    *lines("""Listening. I want to move from listening to reply to what Kline calls listening
      to ignite. My strategy is to stop taking notes during sessions and write them after,
      and to use a short silence count of five before I speak when a coachee stops."""),
    *lines("""Communication. I am clear but I talk too much. My aim is for the coachee to talk
      for at least seventy percent of the session, which I will check on the recordings. I
      also want to get better at plain feedback, so I will use the situation, behaviour,
      impact structure my supervisor showed me."""),

    H(1, "Going back to the evidence"),
    *lines("""The other part of the evidence is what the tutors themselves said. I gave each of
      them a short feedback form after session four and at the end. All three said the
      sessions helped and that they felt listened to. But two of the three rated my sessions
      lower on challenge than on anything else, and Marcus wrote that 'it was a safe space
      but sometimes too comfortable'. Put together with my records and supervision, the
      picture is that I was effective at building trust and keeping tutors in post (all
      three are still with us), and less effective at helping them stretch."""),

    H(1, "Where I go next"),
    *lines("""This plan runs from September to the end of February, and I will review it with my
      supervisor each month. My overall measure is simple: by the end of month six I want my
      recorded sessions to show the coachee talking most of the time and choosing every
      action themselves."""),
    T(
        ["What I will develop", "How", "When", "How I will know"],
        ["Open questioning", "Record and count my questions", "Sept, Nov, Jan", "Over 70% open"],
        ["Staying with silence", "Five-second count; no notes in session", "From September", "Fewer rescues in recordings"],
        ["Challenge", "SBI feedback; practise in supervision", "Oct to Feb", "Challenge rated 4+ by coachees"],
        ["Theory beyond GROW", "Read Kline and Passmore; try OSKAR", "By December", "Used two models in sessions"],
        ["Even attention", "Book all coachees in the same slots", "From September", "Records of similar length"],
    ),
]

CASE = Case(
    name="m_303_prison_gdocs",
    unit="8587-303",
    kind="unstructured",
    files=[SourceFile("Coaching reflection - Unit 303 - Google Docs.pdf", BLOCKS)],
    labels=dict(LABELS),
    expected_checks={
        "declaration": False,
        "evidence_matrix": False,
        # Coachee 2's first name alone (twice), the deputy head of learning's full name;
        # his supervisor by role, Coachee 1-3, HMP Ashcombe, the college, Kline, GROW: not identifying
        "identifying": ["Marcus", "Denise Whitlow"],
    },
    about="Prison education manager's 303 reflection as a Google Docs PDF: short broken lines, own headings, 1.1 split over two separated parts, plan table; a coachee's first name twice and a colleague's full name left in.",
)
