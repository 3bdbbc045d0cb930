"""8587-300 Understanding Good Practice in Coaching: a fire and rescue watch manager's essay, DOCX.

Sian Pritchard, a watch manager, writes her coaching assignment as a reflective essay with
no headings or section lines at all, opening with a story about a firefighter who failed a
promotion assessment. She answers in her own order: the first meeting and contract early,
barriers in the middle, the purpose of coaching in the service only after that and in her
own words ("what the service gets back"), ethics over two separated paragraphs (the first
the fuller, the second a short return to it after the model), her model with a weakness,
tools, "how I'd work out whether it paid off" for monitoring, then records, then reflection
with a quote from Schön and supervision. The conclusion names every topic; references.
"""

from .case import Case, P, SourceFile

BLOCKS = [
    P("Coaching on watch: an essay for my ILM Level 3 Certificate - Sian Pritchard"),
    P("""Two years ago one of my firefighters failed the crew manager assessment centre for the
      second time. He knew the job better than anyone on the watch, but in the interview he froze.
      Our station manager suggested I 'have a word', and what followed was my first real attempt at
      coaching rather than telling. This essay uses that and later experience to look at what
      coaching is for in a fire and rescue service, what the coach does and needs, what gets in
      the way, starting and contracting, ethics, models and tools, monitoring, records, and why
      reflection and supervision matter."""),
    P("""Getting started well makes all the difference. In a service where rank matters, a coachee
      can easily see a watch manager as someone who will judge them, so my first conversation is
      always off the station floor, usually on a walk round the drill yard, and I start by asking
      what they want from the next year rather than telling them what I think they need. I explain
      honestly what coaching is and is not, share that I was coached myself when I went for watch
      manager, and spend most of the time listening. Small things count: turning up on time,
      remembering what they said last time, and matching their language rather than using
      management jargon."""),
    P("""Once we agree to go ahead, I put the arrangement in writing. The agreement covers how often we
      meet (every three weeks for an hour, on day shifts), where, what the goals broadly are, what is
      confidential and what is not, that I keep brief notes which the coachee can see, that notes are
      held under the service's data protection policy and destroyed six months after we finish, and
      what, if anything, goes to the station manager. The reason for doing this is that it stops
      misunderstandings before they happen: the coachee knows exactly what they are signing up to,
      I know my limits, and the station manager cannot later ask for a report I never promised. We
      draft it together in the second meeting, both sign it, and revisit it halfway through."""),
    P("""The obstacles are real. Shift patterns mean a coachee and I may only share one day shift in
      four; I get round that by agreeing with the group manager that coaching can happen on the
      coachee's own watch with cover arranged. Operational calls interrupt sessions, so we meet on
      training days when appliances are less likely to be turned out, and accept that some sessions
      will be cut short. Some firefighters have had 'development conversations' that were really
      disciplinary, and are suspicious; I deal with that through the contract and by never coaching
      anyone on a formal improvement plan. And the coach can be the barrier: I have had to accept
      that I am not the right coach for someone I had a public disagreement with, and found them a
      coach from another station."""),
    P("""What the service gets back from coaching is people who solve their own problems and are ready
      for the next rank. Our People Strategy talks about 'growing leaders from within', and coaching
      is how that happens in practice: it helps firefighters prepare for promotion, helps newly
      promoted crew managers settle into leading former peers, and supports people returning from
      long-term injury. Unlike a training course, it works on the individual's own goals in their own
      situation, and unlike mentoring it does not rely on the coach having done the exact job."""),
    P("""Keeping coaching safe starts with confidentiality and its limits. I am clear that if a
      coachee tells me something that suggests a risk to themselves or others, or a breach of
      operational safety, I will have to act, and I tell them that before they tell me anything.
      I work to the EMCC Global Code of Ethics, do not coach anyone in my direct line, keep sessions
      in a room where we can be seen but not heard, and refer anyone showing signs of trauma or
      stress after an incident to the service's occupational health and trauma support team,
      because that is counselling, not coaching. The Equality Act matters too: I make sure the way
      I run sessions does not disadvantage, for example, a firefighter with dyslexia."""),
    P("""I use the GROW model. Goal: with the firefighter who froze, it was 'to give a structured
      answer to a scenario question under pressure'. Reality: what happened last time and what he
      already did well. Options: he came up with rehearsing with a colleague, using the STAR
      structure, and recording himself. Will: which of those he would do before our next session.
      GROW is simple, everyone can remember it, and it pushes towards action, which suits a service
      that likes to get things done. Its weakness is that it assumes the goal is clear at the start;
      often the real goal only appears halfway through, and I have learned to go back to Goal rather
      than pressing on."""),
    P("""Conflicts of interest are the other ethical trap in a small service: everybody knows
      everybody. If I find I am coaching someone who is competing with my own friend for a post, I
      say so and offer to hand over."""),
    P("""Three tools help at the start. A learning styles questionnaire shows whether someone prefers
      to learn by doing or by reading, so for a hands-on firefighter I suggest practice drills
      rather than reading lists. A self-assessment against the service's leadership framework, where
      the coachee rates themselves from one to five on each behaviour, shows where they think the
      gaps are. And a simple timeline, drawing their career so far on a sheet of paper, often shows
      what they actually want. From these we agree goals in their words and test them against
      SMART."""),
    P("""How I'd work out whether it paid off: at every third session we go back to the goals and the
      coachee re-rates themselves on the leadership framework, which shows their own sense of
      progress quickly but is subjective. With their agreement I also ask their crew manager for
      two or three lines of observation, which is slower but gives an outside view. The hard
      measure is the outcome itself, passing the assessment centre, but that comes late and can
      depend on luck, so I use all three together."""),
    P("""Notes matter to both of us. For the coachee, the agreement, the self-assessments and a short
      summary of actions after each session are a record of the journey, something to look back on
      before an assessment. For me, session notes help me prepare, spot patterns and show that I kept
      to the contract if anything is ever questioned. They are stored on the service's secure drive
      in a folder only I can open, never on my personal phone, and kept in line with GDPR."""),
    P("""Schön wrote that practitioners 'reflect in action' as well as on it, and that is what I try
      to do: noticing during a session that I am about to give the answer, and stopping. After each
      session I write ten minutes of reflection using Gibbs' cycle. It was this that showed me I
      talked too much in my early sessions. Supervision gives me a second pair of eyes: every six
      weeks I meet a qualified coach from the service's coaching network who challenges my
      assumptions, checks my ethics and gives me somewhere to take the sessions that worry me. A
      coach who never reflects or takes supervision keeps repeating the same mistakes and has no
      protection against their own blind spots, which is why the EMCC expects both."""),
    P("""Looking back at that firefighter, he passed at the third attempt. In this essay I have covered
      the purpose of coaching in the service, the coach's role, skills and behaviours, barriers,
      starting and contracting, ethics, GROW, tools, monitoring, records, reflection and supervision."""),
    P("""Reading this back, I have not said clearly what the coach's part is, and people confuse it with
      instructing. My job is to help the coachee think, not to think for them: to hold the structure
      of the sessions, keep to the contract, ask the questions that move them on, and stay out of
      line management while I am coaching. A drill instructor tells you how to pitch a ladder; a
      coach asks what you would do differently next time. I am also responsible for ending the
      relationship well when the goals are met."""),
    P("""Being a good coach takes listening that is more than waiting to speak, sharp open questions,
      and summarising; knowledge of at least one model, of the service's leadership framework and
      of the ethics code; and behaviours like patience, curiosity and not rushing to fix things,
      which for a watch manager used to giving orders is the hardest part of all."""),
    P("""References: EMCC Global (2021) Global Code of Ethics. Schön, D. (1983) The Reflective
      Practitioner. New York: Basic Books. Whitmore, J. (2017) Coaching for Performance. London:
      Nicholas Brealey."""),
]

CASE = Case(
    name="ez_300_fire_station_docx",
    unit="8587-300",
    kind="unstructured",
    files=[SourceFile("Pritchard coaching essay.docx", BLOCKS)],
    labels={
        "1.1": "What the service gets back from coaching",
        "1.2": "A drill instructor tells you how to pitch a ladder",
        "1.3": "listening that is more than waiting to speak",
        "1.4": "The obstacles are real",
        "2.1": "on a walk round the drill yard",
        "2.2": "it stops misunderstandings before they happen",
        "2.3": "occupational health and trauma support team",
        "3.1": "assumes the goal is clear at the start",
        "3.2": "drawing their career so far on a sheet of paper",
        "3.3": "How I'd work out whether it paid off",
        "4.1": "a record of the journey",
        "4.2": "second pair of eyes",
    },
    expected_checks={"declaration": False, "evidence_matrix": None, "identifying": []},
    about="Fire service coaching essay DOCX: no lines at all, opens with a story, contracting early and purpose late in own words, ethics over two separated paragraphs, role and skills after the conclusion, Schön quote, references.",
)
