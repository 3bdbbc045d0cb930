"""8587-305 Reflecting on Mentoring Skills: a department store section manager's plain-text journal.

Siobhan McAllister manages a section in a John Lewis shop in St Helens and mentors a new
section leader she calls "Partner A". She typed the journal in a text editor with the AC
numbers at the start of lines, and filled in her line manager's name where the centre's
template asks for it. Nothing is to be flagged.

Traps: a Partnership and its words (Partners, Waitrose, the Partnership Council), a rival
(Marks & Spencer), places (St Helens, Church Square, Liverpool ONE, Warrington), software
(Power BI, SharePoint, Workday, Microsoft Teams), a song title with "Mr" in it and its band,
a book and its author, a public figure from retail television, theorists (Megginson and
Clutterbuck, Kolb, Gibbs, Schön, Belbin, Tuckman), days and months at line starts,
sentence-initial capitals after bullets, acronyms (KPI, NPS, CPD).
"""

from .case import Case, P, SourceFile, T

JOURNAL = [
    P("UNIT 305 REFLECTIVE JOURNAL - REFLECTING ON MENTORING SKILLS"),
    P("Name: Siobhan McAllister"),
    P("Registration no: R4402865"),
    P("Line manager (required): Declan Farrelly, Branch Manager"),
    P("""Declaration: I confirm this journal is my own work and that the mentee has agreed to
      it being used for assessment. Siobhan McAllister, 2 June 2025"""),
    P("""Context. I am a Section Manager on the shop floor at John Lewis in St Helens, looking
      after Home and Technology. Since January I have mentored a newly promoted section leader,
      whom I call Partner A. Everyone who works for the John Lewis Partnership is a Partner,
      so the pseudonym is how we talk anyway. We met fortnightly for an hour in the Partner
      dining room or on Microsoft Teams when the rota did not allow it."""),
    P("1.1 Examining the effectiveness of my mentoring practice"),
    P("""Evidence. My session records (eleven sessions so far), notes from two supervision
      meetings with the centre tutor, Partner A's feedback after each session, and her KPIs
      in Power BI. Her section's NPS rose from 61 to 74 between February and May, and her
      Workday rota errors dropped to none in April. Those figures are hers, not mine, but
      she links them to our sessions in her feedback."""),
    P("""Tuesday sessions worked better than Thursday ones. Looking at the records, the
      Thursday sessions were mostly about problems from the week and I slipped into fixing
      them. Megginson and Clutterbuck describe mentoring as helping someone make significant
      transitions in knowledge, work or thinking, and on Thursdays I was only making the
      transition for her. In supervision my tutor asked me who owned the problem at the end
      of the session. Honestly, it was often me. After that I started closing each session by
      asking Partner A to say what she would do next, before I said anything."""),
    P("""Feedback. The comments on the session forms changed over time from "useful advice" to
      "you made me think it through", which I take as evidence that the mentoring became less
      directive and more effective. Kolb's cycle helped me see that I was giving her the
      conclusions without the experience."""),
    P("1.2 My strengths and areas for improvement"),
    P("""Knowledge. Strong on the business and the Partnership's ways of working; weaker on
      mentoring theory beyond Megginson and Clutterbuck and the GROW model."""),
    P("""Skills. Good at building rapport quickly and at structuring a session. Weaker at
      silence, and at asking the second, deeper question."""),
    P("""Behaviour. Reliable and positive. Sometimes too keen to rescue. Partner A described me
      as "a bit of a Mary Portas", which I think she meant kindly."""),
    P("""Communication and interpersonal skills. Warm, direct and clear. I need to slow down;
      I talk at shop floor speed. Belbin would call me a Shaper, and Tuckman's storming stage
      is where I am most comfortable, which is not always true for a new section leader."""),
    P("2.1 Reviewing my mentoring ability and future development"),
    P("""Questioning. Monday mornings are my worst time for this: I ask leading questions
      because I already know the answer from the weekend figures. I want to use more open
      and hypothetical questions, and to stop stacking two questions together."""),
    P("""Listening. Schön's idea of reflection-in-action fits here. I will notice when I start
      planning my reply and go back to listening. Gibbs' cycle is useful after sessions, but
      the change has to happen in the room."""),
    P("""Communication. Partner A is a reader and thinks on paper, so I will send a short
      summary through SharePoint after each session rather than relying on what was said.
      I have started "Radical Candor" by Kim Scott, which is good on caring personally
      while challenging directly."""),
    P("""A small thing: at our last session we laughed that "Mr Brightside" by The Killers was
      playing in Technology for the third time that morning, and it broke the ice before a
      hard conversation about a complaint. Humour is a strength I should keep."""),
    P("2.2 Development plan, June to December 2025"),
    T(
        ["Area", "Action", "By when", "Measure of success"],
        ["Questioning", "Use a question bank from the CPD session; one open question at a time",
         "End of August 2025", "Partner A's feedback mentions being asked rather than told"],
        ["Listening", "Record one session with consent and review it with my tutor",
         "September 2025", "Fewer interruptions counted on the recording"],
        ["Communication", "Written summary on SharePoint within 24 hours of each session",
         "From June 2025", "Summaries sent after every session"],
        ["Wider practice", "Mentor a second Partner from the Warrington shop",
         "October to December 2025", "Agreement signed and three sessions held"],
        ["Theory", "Read Clutterbuck's Everyone Needs a Mentor and compare with my practice",
         "By November 2025", "A one-page reflection for my tutor"],
    ),
    P("""Wednesday 4 June: agreed this plan with Declan at my quarterly review, and he has
      offered to free two hours a month from the rota. Marks & Spencer in Liverpool ONE runs
      a mentoring scheme for its section managers, and I have asked the Partnership Council
      whether we could do something similar across the North West shops."""),
    P("""References. Clutterbuck, D. (2014) Everyone Needs a Mentor. 5th edn. London: CIPD.
      Gibbs, G. (1988) Learning by Doing. Oxford Polytechnic. Kolb, D.A. (1984) Experiential
      Learning. Prentice Hall. Megginson, D. and Clutterbuck, D. (2005) Techniques for
      Coaching and Mentoring. Elsevier. Schön, D.A. (1983) The Reflective Practitioner. Basic
      Books. Scott, K. (2017) Radical Candor. St Martin's Press."""),
]

CASE = Case(
    name="nz_305_retail_journal",
    unit="8587-305",
    kind="numbered-unstyled",
    files=[SourceFile("Siobhan McAllister 305 journal.txt", JOURNAL)],
    labels={
        "1.1": "who owned the problem at the end",
        "1.2": "I talk at shop floor speed",
        "2.1": "stop stacking two questions together",
        "2.2": "Mentor a second Partner from the Warrington shop",
    },
    expected_checks={"declaration": True, "evidence_matrix": None, "identifying": []},
    about="Department store mentoring journal in plain text: the Partnership and its Partners, a rival store, towns and a shopping centre, retail software, a song with 'Mr' in its title, a book's author, a TV retail expert in passing, theorists, days at line starts, her line manager where the template asks; nothing to flag.",
)
