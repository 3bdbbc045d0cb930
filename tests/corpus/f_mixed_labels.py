"""8587-300 Understanding Good Practice in Coaching: typed labels in every style at once.

Aisha Rahman, a practice manager at a GP surgery, wrote her assignment in Word without
heading styles. Her numbering drifts as she goes: "Q1.1", "Question 1.2", "LO1 AC3",
"1.4)", "LO2 AC1", "2.2/2.3" for two criteria answered together, "Q3.1", "Question 3.2 -",
"3.3)", "LO4 AC1" and "4.2". Several answers run over three or four paragraphs and one
over a table.
"""

from .case import Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "ILM Level 3 Certificate in Coaching – Unit 300 assignment"),
    P("Name: Aisha Rahman    ILM number: R6620418    Date: 14 March"),
    H(1, "Section 1 Effective coaching in my organisation"),
    P("Q1.1"),
    P("""Coaching in our practice exists to help staff solve their own problems rather than
      bringing every issue to the partners. Since we merged with the Hillside surgery we have
      had more change than ever, and coaching gives receptionists and nurses time to think
      about how they will adapt."""),
    P("""The purpose for the organisation is to keep good people: turnover on reception was
      forty per cent last year and exit interviews said staff felt unsupported."""),
    P("Question 1.2"),
    P("""An effective coach is responsible for setting up a safe, confidential space, for keeping
      to the agreed time and for holding the coachee to the actions they set themselves. The
      coach does not give advice or solve the problem."""),
    P("""The coach is also responsible for knowing when coaching is not the right intervention,
      for instance when a nurse needs clinical supervision or occupational health support, and
      for referring on."""),
    P("LO1 AC3"),
    P("""The skills a coach needs are listening, questioning, summarising and giving feedback. The
      knowledge includes a coaching model, the limits of confidentiality and how our practice
      works. The behaviours are patience, curiosity and being non-judgemental, which I find the
      hardest when a coachee complains about a partner I work closely with."""),
    P("1.4)"),
    P("""Barriers I expect are time, because clinics overrun and coaching is the first thing to be
      cancelled; a coachee who has been sent rather than chosen to come; and the organisation
      seeing coaching as a remedy for poor performance."""),
    P("""To overcome these I will book sessions at the start of the day before clinics open, make
      sure each coachee volunteers, and explain to the partners at the practice meeting that
      coaching is development, not discipline."""),
    H(1, "Section 2 Contracting"),
    P("LO2 AC1"),
    P("""I will start every coaching relationship with an informal chemistry meeting over coffee,
      where the person can ask me anything and decide whether they want to go ahead. After that
      I will use the first session to learn about their role and what a good outcome would look
      like for them, and I will share something about my own first year as a manager."""),
    P("2.2/2.3"),
    P("""Contracting matters because it makes expectations explicit: how often we meet, what is
      confidential, what the coachee's line manager will hear and what happens if a session is
      missed. The process I follow is an initial conversation, a written agreement that both of
      us sign, and a three-way meeting with the line manager where appropriate."""),
    P("""Safe and ethical practice means following the ILM and EMCC codes, working within my
      competence, keeping records securely under GDPR and telling the coachee at the outset the
      one exception to confidentiality: a risk of harm to them or to patients."""),
    H(1, "Section 3 Managing the process"),
    P("Q3.1"),
    P("""I will use the OSKAR model because it is solution-focused and suits busy clinical staff.
      We start with the Outcome the coachee wants, then Scaling from one to ten, then the Know-how
      and resources they already have, then Affirm and Action, and finally Review at the next
      session."""),
    P("Question 3.2 -"),
    P("""The tools I propose are a wheel of life to help the coachee see which areas matter most,
      a learning styles questionnaire so I know whether they prefer to talk things through or
      read beforehand, and scaling questions to turn vague hopes into goals."""),
    T(
        ["Tool", "How it helps agree goals"],
        ["Wheel of life", "Shows the coachee where the gaps are so goals come from them"],
        ["Learning styles questionnaire", "Tells me how the person likes to work"],
        ["Scaling questions", "Turn 'I want to be less stressed' into 'from a 4 to a 7 by June'"],
    ),
    P("3.3)"),
    P("""Progress will be monitored by revisiting the scaling score at the start of every session,
      and reviewed at the halfway point with a short written review that the coachee completes
      before we meet."""),
    H(1, "Section 4 Records, reflection and supervision"),
    P("LO4 AC1"),
    P("""Records matter to the coach because they remind me what was agreed and show my practice
      is accountable; they matter to the coachee because the action notes are theirs to keep and
      check progress against. I keep them on the practice's secure drive, never in my own
      email."""),
    P("4.2"),
    P("""Reflective practice is how a coach improves; without it I would repeat the same habits,
      such as jumping in with solutions. Supervision protects the coachee and me: a supervisor
      notices when I am too close to a situation, as happened when a coachee talked about a
      partner I report to."""),
]

CASE = Case(
    name="f_mixed_labels",
    unit="8587-300",
    kind="numbered-unstyled",
    files=[SourceFile("Rahman unit 300.docx", BLOCKS)],
    labels={
        "1.1": "turnover on reception was forty per cent",
        "1.2": "occupational health support, and for referring on",
        "1.3": "complains about a partner I work closely with",
        "1.4": "before clinics open, make sure each coachee volunteers",
        "2.1": "informal chemistry meeting over coffee",
        "2.2": "a written agreement that both of us sign",
        "2.3": "the ILM and EMCC codes",
        "3.1": "suits busy clinical staff",
        "3.2": "from a 4 to a 7 by June",
        "3.3": "revisiting the scaling score",
        "4.1": "never in my own email",
        "4.2": "jumping in with solutions",
    },
    expected_checks={"declaration": False, "evidence_matrix": None, "identifying": []},
    about="Unstyled Word: labels 'Q1.1', 'Question 1.2', 'LO1 AC3', '1.4)', '2.2/2.3', 'LO4 AC1'.",
)
