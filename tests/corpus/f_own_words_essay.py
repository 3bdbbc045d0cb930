"""8584-200 Understanding Mentoring: a first-person essay in the learner's own words, in
her own order, with no headings or numbers.

Priya Shah, a team leader in a council contact centre, writes one continuous essay. She
starts with trust, answers questioning and listening over two paragraphs, puts barriers and
how to get round them in separate paragraphs, and rarely uses the criteria's words ("what
I'm there to do" for the mentor's role, "things that get in the way" for barriers). She
never gives examples of goals (3.2): nothing answers it.
"""

from .case import Case, P, SourceFile

BLOCKS = [
    P("Mentoring in a contact centre – Priya Shah, R3390271"),
    P("""When Mentee A joined my team last month the first thing I realised was that nothing would
      work unless she believed I was on her side. People open up to someone who keeps their word,
      so I have made a point of never cancelling our catch-ups, of telling her about the calls I
      got wrong when I was new, and of keeping what she says out of the team meeting."""),
    P("""So what am I there to do? I see myself as a guide who has walked the same path a year or
      two ahead. I am not Mentee A's line manager and I do not check her call stats; I help her think
      problems through, open doors to people in other teams, and act as a role model for how
      to handle an angry caller calmly."""),
    P("""Most of the work happens through the way I ask things. I start wide – "how did this week
      go?" – and narrow down with follow-ups like "what did you say next?" I try never to put
      the answer in the question, because Mentee A will just agree with me."""),
    P("""The other half is hearing her properly. I turn my chair away from the screens, repeat
      back the gist of what she has said in my own words, and notice when her tone doesn't
      match her words, which is usually when something is bothering her."""),
    P("""There are things that could get in the way. Our rotas change weekly and Mentee A is on
      lates while I am on earlies. The floor is open-plan and everyone can overhear. And
      because I am a team leader, she might think anything she says will end up in her
      probation review."""),
    P("""I will get round the rota problem by asking the workforce planner to give us a shared
      half hour on Wednesdays. We will meet in the quiet room by reception, not at my desk. And
      I have told Mentee A plainly that our conversations are separate from her probation, which
      her manager has confirmed to her in writing."""),
    P("""I follow a simple four-step process borrowed from our council's leadership course: agree
      what she wants from the session, look honestly at where things stand now, list the
      options together, and finish with one step she will take before we next meet."""),
    P("""Before each meeting I look at my notes from the last one, book the quiet room and send
      Mentee A a one-line message asking what she wants to talk about, so we use the half hour on
      her priorities and not mine."""),
    P("""When I tell Mentee A how something went I keep it about the call, not about her: "when the
      caller raised his voice you talked over him" rather than "you were rude". I say what went
      well first, give one thing to work on, and ask her what she will try differently."""),
    P("""The people who gain are not only new starters like Mentee A. An experienced adviser moving
      to the complaints team can learn its unwritten rules quickly, someone coming back from
      maternity leave can catch up on system changes without embarrassment, and the
      organisation keeps staff who might otherwise leave in their first three months."""),
    P("""I keep a short note of every meeting: the date, what we discussed and what Mentee A agreed
      to do. The notes stay in a password-protected folder, Mentee A can read them whenever she
      likes, and I will delete them six months after we finish under the council's retention
      rules."""),
    P("""Looking at what all this asks of me, the abilities that matter most are patience,
      empathy, being organised enough to keep the meetings going, and the self-awareness to
      notice when I am slipping into telling rather than guiding."""),
]

CASE = Case(
    name="f_own_words_essay",
    unit="8584-200",
    kind="unstructured",
    files=[SourceFile("Shah mentoring essay.docx", BLOCKS)],
    labels={
        "1.1": "walked the same path a year or two ahead",
        "1.2": "coming back from maternity leave",
        "1.3": "everyone can overhear",
        "1.4": "shared half hour on Wednesdays",
        "2.1": "patience, empathy, being organised",
        "2.2": "borrowed from our council's leadership course",
        "2.3": "never to put the answer in the question",
        "2.4": "you talked over him",
        "2.5": "keeps their word",
        "3.1": "send Mentee A a one-line message",
        "3.2": None,
        "3.3": "password-protected folder",
    },
    expected_checks={"declaration": False, "evidence_matrix": None, "identifying": []},
    about="First-person essay in own words, out of order, answers across two paragraphs, 3.2 unanswered.",
)
