"""8587-300 Good Practice in Coaching: above each answer the learner pasted the criterion,
then the handbook's guidance ("Amplification:") and indicative content, then answered; two
criteria answered together under "AC 2.2 and 2.3". No heading styles: all Normal text.

Fiona MacLeod, a learning partner in a bank's contact centre, writes for her head of
people. The pasted guidance and content lists share every word of the criterion; her
answers do not always. Her answer to 4.1 is only "Covered under 3.1 above" and 3.1's own
answer is about the GROW model, so nothing answers 4.1 with evidence of its own.
"""

from .case import Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "ILM Level 3 Unit 300 – Written assignment"),
    T(
        ["Learner", "Fiona MacLeod"],
        ["Registration no.", "R2209817"],
        ["Word count", "2,640"],
    ),
    P("AC 1.1 Describe the purpose of effective coaching within an organisational context"),
    P("""Amplification: Provide a clear description of effective coaching, its benefits and uses.
      The learner should situate this within their own organisation or other organisational
      context familiar to them."""),
    P("""Indicative content: Definition of coaching, its benefits and uses within an organisational
      context (which can encompass a range of locations and environments)."""),
    P("""In our contact centre coaching is a conversation that helps an adviser find their own way
      to handle calls better, rather than being told. We use it after quality reviews, when an
      adviser moves to the complaints line, and with new team managers. It matters to the bank
      because advisers who are coached stay longer: our attrition in the first year fell from
      forty to twenty-eight per cent after team managers started weekly coaching huddles."""),
    P("AC 1.2 Explain the role and responsibilities of an effective coach"),
    P("""Amplification: Clearly explain the role of an effective coach as distinct from other roles
      (e.g., mentor, trainer, supervisor, etc.) The learner should also explain the
      responsibilities of the coach throughout a coaching relationship and referencing any
      boundaries or limitations."""),
    P("""A coach in our centre does not tell the adviser the answer, which is what separates them
      from the floor walker or the trainer who teaches the system. The coach is responsible for
      agreeing what the sessions are for, keeping the adviser's confidence, staying within what
      coaching can help with and referring anything about health or debt to the right team, and
      closing the relationship with a review. Their role stops where performance management
      starts; that belongs to the line manager."""),
    P("AC 1.3 Identify the skills, knowledge and behaviours required of an effective coach"),
    P("""Amplification: State and distinguish between the knowledge, skills and behaviour required to
      be an effective coach within their own or other organisational context. The learner may
      want to refer to established frameworks and/or recognised standards for coaches."""),
    P("""Skills are what the coach does: listening to the end of a sentence, asking open questions,
      summarising. Knowledge is what the coach knows: a model such as GROW, our call quality
      standards and where the limits of coaching are. Behaviours are how they come across:
      curious, non-judgemental, consistent. The ILM's own coaching standards group them in much
      the same way."""),
    P("AC 1.4 Identify how to overcome potential barriers to coaching"),
    P("""Amplification: Identify two or more potential barriers to coaching relating to the coach,
      coachee and organisation or working context. For each potential barrier the learner should
      provide potential ways in which these could be overcome or minimised."""),
    P("""Call volumes are our worst enemy: when queues build, coaching is cancelled first. We now
      schedule it in the quiet hour after 2pm and the workforce planners protect it. Some
      advisers also distrust coaching because it used to follow a bad quality score, so we keep
      coaching and quality reviews on separate days and with different people."""),
    P("AC 2.1 Identify methods to initiate a productive working relationship with an individual"),
    P("""Amplification: Identify at least two methods to initiate and build a productive working
      relationship with an individual. The learner should consider establishing rapport and the
      building of trust."""),
    P("""I start with a chemistry conversation of fifteen minutes, off the floor, where I share a
      short bio and the adviser says what they want from coaching; either of us can decide not to
      go ahead. Then I build rapport by matching their pace and using their own words back to
      them, and I keep every promise I make about times and confidentiality."""),
    P("AC 2.2 and 2.3 Explain the rationale for and process of contracting in coaching / Describe what represents safe and ethical practice in coaching"),
    P("""Amplification: Explain the justification of contracting in coaching and how this process
      supports safe and ethical coaching practice. Describe safe and ethical practice in coaching.
      The learner should consider practical safety, confidentiality and potential conflicts of
      interests and values."""),
    P("""Contracting: a written agreement is signed at the first session because advisers need to
      know what happens to what they say. The process has three steps: a three-way conversation
      with the adviser and their team manager about the aims, a private conversation about
      confidentiality and how often we meet, and a signed one-page agreement reviewed at the
      halfway point."""),
    P("""Safety and ethics: sessions are held in the glass meeting pods, visible but not
      overheard. I follow the EMCC code; I would not coach someone I line manage, and if an
      adviser disclosed a vulnerable customer being harmed I would have to pass that on, which
      I tell them at the start. Notes are kept under UK GDPR."""),
    P("AC 3.1 Explain how to manage a coaching process using a recognised coaching model"),
    P("""Amplification: Explain the purpose and importance of coaching records. The learner should
      provide information on the different types of coaching records and their use and consider
      relevant legislation with regard to confidentiality and data management."""),
    P("""I manage each coaching relationship with GROW: the goal for the programme and for each
      session, the reality shown by call recordings, options the adviser generates, and the will
      they commit to before leaving. Its strength is that advisers learn it quickly and start
      using it on themselves; its weakness is that it can become a checklist if the coach rushes
      the reality stage."""),
    P("AC 3.2 Describe a range of coaching tools and techniques that can be used to identify preferences and agree goals or outcomes to facilitate the coaching process"),
    P("""Amplification: Justify the use of reflective practice and the role of supervision in
      coaching. The learner may wish to reference relevant coaching frameworks, codes of ethics
      or standards and their own experience."""),
    P("""Three tools I use: the adviser listens to two of their own calls and marks the moments they
      would change; a learning styles questionnaire so that we know whether they prefer to try
      things or think first; and a scaling question from one to ten for confidence on difficult
      calls, which becomes the goal."""),
    P("AC 3.3 Explain methods for monitoring and reviewing progress towards goals"),
    P("""Amplification: Describe two or more methods for monitoring and reviewing progress and
      consider their relative effectiveness in assessing progress towards and achievement of
      goals."""),
    P("""We monitor progress through the adviser's own confidence score repeated every session,
      and through their quality scores each month. The first shows how they feel, the second what
      customers experience; used together they stop either of us fooling ourselves."""),
    P("AC 4.1 Explain the purpose of coaching records for coach and coachee"),
    P("Covered under 3.1 above."),
    P("AC 4.2 Justify the importance of reflective practice and supervision within a coaching context"),
    P("""Reflecting after each session, using Gibbs' cycle, is how I notice that I talked too much or
      steered the adviser towards my answer. Supervision every six weeks with our senior coach
      gives me someone outside the situation to check my ethics and my blind spots; without it a
      coach can drift into advising or collude with an adviser against their manager."""),
]

CASE = Case(
    name="fx_amplification_300",
    unit="8587-300",
    kind="numbered-unstyled",
    files=[SourceFile("MacLeod_Unit300.docx", BLOCKS)],
    labels={
        "1.1": "forty to twenty-eight per cent",
        "1.2": "referring anything about health or debt",
        "1.3": "listening to the end of a sentence",
        "1.4": "schedule it in the quiet hour after 2pm",
        "2.1": "a chemistry conversation of fifteen minutes",
        "2.2": "a three-way conversation",
        "2.3": "glass meeting pods",
        "3.1": "start using it on themselves",
        "3.2": "a learning styles questionnaire",
        "3.3": "stop either of us fooling ourselves",
        "4.1": None,
        "4.2": "collude with an adviser against their manager",
    },
    expected_checks={"declaration": False, "evidence_matrix": None, "identifying": []},
    about="Criterion, pasted amplification and indicative content above each answer; 'AC 2.2 and 2.3' answered together.",
)
