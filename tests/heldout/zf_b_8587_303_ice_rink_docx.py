"""8587-303 Reflecting on Coaching Skills: an ice rink's skating development manager's reflective journal on the centre's Word template, prompts left in.

Kirsty Blackwood is Skating Development Manager at Peak Ice Arena, Chesterfield (run by Peak
Leisure Trust). For 302 she coached three staff: "Coachee 1" (an ice operations duty
supervisor), "Coachee 2" (a newly qualified Skate UK coach) and "Coachee 3" (the front-of-house
team leader). Her 303 is typed into her centre's template (Pennine Skills Academy, "Unit 303
Reflective Journal learner template v2.3"), a DOCX with heading styles: Title, Heading 1 for
"Learner authentication", "Reflective Journal evidence matrix", "Section One", "Section
Two", "References", "Appendix A/B", and Heading 2 for each AC with the full criterion text.

Template prompts left in: the instructions paragraph at the top; "[enter number]" for the
ILM registration number; under each AC heading a "Guidance (delete before submitting): ..."
paragraph paraphrasing the handbook's evidence expectations; "[Type your response here]"
left below her 1.1 answer; "[insert ref]" in the matrix row for AC 2.1; the template's
"e.g." example row left as the first row of the CPD plan table; "Word count: [enter]". No
label sits in any prompt or guidance text.

Shapes: 1.1 examines records, feedback and supervision in turn and comes to a verdict; 1.2
is a strengths / areas table (label in a cell) with a paragraph after it; 2.1 reviews
questioning, listening and communication and names opportunities; 2.2 is the template's CPD
table, April to October 2025 (seven months, timescales and measures); two appendices (coachee
feedback summary, supervision notes) back up 1.1.

Clean: no planted details. Not identifying: Kirsty's own name (also "K Blackwood" as the
signature), her tutor/supervisor Graham Ellery (named in the authentication table field
that asks for the tutor/supervisor, and again as "Graham" alone in the 1.1 answer and in
Appendix B, as the supervisor),
Coachee 1-3, the Steelers' academy coach by role, Peak Ice Arena, Peak Leisure
Trust, Pennine Skills Academy, Chesterfield, Sheffield, Queen's Park, Zamboni, Torvill and
Dean, the Betty Callaway Award (a rink award named after a coach), Skate UK, British Ice
Skating, the Sheffield Steelers, Whitmore, Hawkins and Smith, Kline, Egan, Gibbs, Kolb,
Downey.

Declaration signed in the authentication table (True). Evidence matrix present and
completed except one "[insert ref]" (True).
"""

from corpus.case import Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "Unit 303 Reflecting on Coaching Skills within an Organisational Context"),
    P("Reflective Journal - Pennine Skills Academy learner template v2.3 (September 2024)"),
    P("""Instructions: Complete every section of this template. Type your answers in the space below
      each assessment criterion. Delete the guidance text before you submit. Your journal should
      be 1,500-2,500 words excluding appendices. Save as: Surname_303_Journal.docx"""),

    H(1, "Learner authentication"),
    T(
        ["Field", "Details"],
        ["Learner name", "Kirsty Blackwood"],
        ["ILM registration no.", "[enter number]"],
        ["Job title / organisation", "Skating Development Manager, Peak Ice Arena (Peak Leisure Trust)"],
        ["Tutor/supervisor", "Graham Ellery"],
        ["Declaration", "I confirm that this reflective journal is my own work and that all sources have been acknowledged."],
        ["Signed", "K Blackwood"],
        ["Date", "28/03/2025"],
    ),

    H(1, "Reflective Journal evidence matrix"),
    T(
        ["Unit 303 assessment criterion", "Reflective Journal Evidence Title", "Reference Number"],
        ["AC 1.1 Examine the effectiveness of their own coaching practice based on evidence, including records, supervision and feedback", "Section One summary; coachee feedback summary; supervision notes", "Ref 1, App A, App B"],
        ["AC 1.2 Identify own strengths and areas for improvement of their own knowledge, skills and behaviour, including communication and interpersonal skills", "Strengths and areas table", "Ref 2"],
        ["AC 2.1 Review own coaching ability to identify future development opportunities, including the use of questioning, listening and communication strategies", "Review of my coaching ability", "[insert ref]"],
        ["AC 2.2 Produce a relevant development plan covering a minimum of 6 months, including timescales and measures of success", "CPD plan April-October 2025", "Ref 4"],
    ),

    H(1, "Section One"),
    H(2, "AC 1.1 Examine the effectiveness of their own coaching practice based on evidence, including records, supervision and feedback"),
    P("""Guidance (delete before submitting): Referencing the evidence collected for unit 302, present
      a summary examination of the effectiveness of your coaching practice. Refer to your
      coaching diary, reflective log, feedback from the individuals you coached, and the
      outcomes of supervision."""),
    P("""Ref 1. Between October and February I coached three colleagues at Peak Ice Arena: Coachee 1,
      a duty supervisor on ice operations who wanted to get better at leading the overnight
      resurfacing and maintenance crew; Coachee 2, a newly qualified Skate UK coach who wanted
      the confidence to run the Saturday Level 1-4 groups on her own; and Coachee 3, our
      front-of-house team leader, who wanted to deal with complaints without taking them home.
      My coaching diary shows sixteen sessions in total. Looking back through it, with my
      reflective log and the feedback, this is my honest examination."""),
    P("""Records. My diary and session records are complete and the actions are clear, which was a
      strength - every action was followed up at the next session. But reading them back in one
      go showed me a pattern I had not seen session by session: the sessions I rated as going
      well were nearly all the ones held away from the rink. Sessions in the cafe overlooking
      the ice, with the music, the Zamboni and people waving at us, were shorter, shallower and
      ended with actions I had more or less suggested. My records also show I spent far longer
      in Reality with Coachee 1 than with the others - because his problems were ones I knew how
      to solve, and I was really gathering information to fix them."""),
    P("""Feedback. All three coachees completed a mid-point and end feedback form (Appendix A).
      Coachee 2 and Coachee 3 rated the coaching 5/5 and both reached their goals: Coachee 2 now
      runs two Saturday groups alone and was shortlisted for our Betty Callaway Award for new
      coaches, and Coachee 3 has a routine for complaints and says she sleeps better. Coachee 1
      gave 3/5 and wrote that sessions "sometimes felt like a supervision with my boss's boss".
      That is fair. I am two grades above him, and in hindsight I should not have taken him on
      as a coachee without a much clearer contract."""),
    P("""Supervision. I had two supervision sessions with my tutor (Appendix B). The first helped me
      see that I was rescuing Coachee 1; the second, after my observed session, focused on my
      questions - Graham counted eleven closed questions in twenty minutes. Putting the three
      sources together, my verdict is that I was effective where the coachee's world was
      different from mine and much less effective where I was the expert in their problem, and
      that the evidence says the same thing whichever way I look at it."""),
    P("[Type your response here]"),

    H(2, "AC 1.2 Identify own strengths and areas for improvement of their own knowledge, skills and behaviour, including communication and interpersonal skills"),
    P("""Guidance (delete before submitting): Identify relevant strengths and areas for improvement,
      focusing on knowledge, skills and behaviour, including communication and interpersonal
      skills. You may use a table."""),
    P("Ref 2."),
    T(
        ["", "Strengths", "Areas for improvement"],
        ["Knowledge", "GROW, contracting, Skate UK structure, how the rink runs end to end", "Only one model; little on other tools; not read Kline or Downey properly yet"],
        ["Skills", "Goal setting, keeping to time, following up actions, summarising", "Too many closed and 'why' questions; I fill silences on the ice and in sessions"],
        ["Behaviour", "Reliable, warm, encouraging, I keep confidences", "I switch into manager mode and rescue, especially with operations staff"],
        ["Communication", "Clear, upbeat, good at explaining", "Talking over the end of people's sentences; body language when I'm impatient"],
        ["Interpersonal", "Build rapport fast, especially with younger staff", "Handling the power gap with someone I outrank"],
    ),
    P("""The strength I would most want to keep is that people leave my sessions with something to do
      by Thursday. The area I most need to work on is expertise: when I know the answer I stop
      coaching. Coachee 1's comment and both supervision sessions point at the same thing, and
      it shows up in my communication too - I finish people's sentences for them, which feels
      helpful to me and feels like being hurried to them."""),

    H(1, "Section Two"),
    H(2, "AC 2.1 Review own coaching ability to identify future development opportunities, including the use of questioning, listening and communication strategies"),
    P("""Guidance (delete before submitting): Outline a review of your own coaching ability and
      identify future development opportunities which include the use of questioning,
      listening and communication strategies."""),
    P("""Questioning. My questions are my weakest skill. Too many are closed ("did you speak to the
      crew?") and too many start with "why", which Coachee 1 heard as criticism. The opportunity
      here is practice with feedback: I have joined a coaching triad with two coaches from Peak
      Leisure Trust's swimming and gym sites, meeting monthly, where one coaches, one is coached
      and one only counts question types. Listening. I listen well for facts and poorly for
      feeling - I am already thinking about the solution. Kline's Thinking Environment
      workshop in Sheffield in June is a real opportunity to learn to give attention without
      interrupting, and I will ask for one session a month to be recorded (with consent) so I
      can hear myself. Communication. I need to slow down and to contract more clearly when I
      coach someone I outrank - naming the power gap out loud at the start, which I never did
      with Coachee 1. Wider opportunities: supervision with an external supervisor rather than
      only my tutor, reading Hawkins and Smith on supervision and Egan on challenge, and in 2026
      the ILM Level 5 in coaching, which the Trust has said it will part fund."""),

    H(2, "AC 2.2 Produce a relevant development plan covering a minimum of 6 months, including timescales and measures of success"),
    P("""Guidance (delete before submitting): Complete the CPD plan below. Your plan must cover at
      least 6 months and include timescales and measures of success. Discuss the plan with your
      supervisor/tutor."""),
    P("Ref 4. CPD plan (discussed with my tutor on 21 March)"),
    T(
        ["Development need", "Action", "Support / resources", "Timescale", "Measure of success"],
        ["e.g. Improve questioning skills", "e.g. Attend a workshop", "e.g. Tutor, line manager", "e.g. By June", "e.g. Feedback from coachees"],
        ["Open questions", "Monthly coaching triad; observer tallies my question types", "Two Peak Leisure Trust coaches", "April-September, monthly", "Closed questions under a third of the total by the September triad"],
        ["Listening without solving", "Thinking Environment workshop; record one session a month", "Kline, Time to Think; workshop in Sheffield", "Workshop June; recordings May-October", "Recordings show no interruptions in the first ten minutes"],
        ["Coaching people I outrank", "New contract wording naming the power gap; review with supervisor", "Tutor; HR for the wording", "May", "Used with next two coachees; no 'boss's boss' comments in feedback"],
        ["Second model and tools", "Learn and use one more model and two tools (scaling, wheel of life)", "Downey, Effective Coaching", "June-August", "Both tools used in real sessions by end of August"],
        ["Supervision", "Book an external supervisor", "Trust CPD budget", "From July, every 6 weeks", "Four sessions held by October, notes kept"],
        ["Review", "Repeat feedback forms with new coachees and compare with 302", "Template from Appendix A", "October", "Average 4.5/5 or better"],
    ),
    P("Word count: [enter]"),

    H(1, "References"),
    P("Whitmore, J. (2017) Coaching for Performance. London: Nicholas Brealey."),
    P("Kline, N. (1999) Time to Think. London: Cassell."),
    P("Downey, M. (2003) Effective Coaching. Texere."),
    P("Hawkins, P. and Smith, N. (2013) Coaching, Mentoring and Organizational Consultancy. Maidenhead: OUP."),
    P("Egan, G. (2014) The Skilled Helper. Belmont: Brooks/Cole."),
    P("Gibbs, G. (1988) Learning by Doing; Kolb, D. (1984) Experiential Learning."),

    H(1, "Appendix A - coachee feedback summary"),
    T(
        ["", "Mid-point", "End", "Comment (end form)"],
        ["Coachee 1", "3/5", "3/5", "Useful but sometimes felt like a supervision with my boss's boss"],
        ["Coachee 2", "4/5", "5/5", "I actually believe I can run a group now - like having Torvill and Dean in my corner!"],
        ["Coachee 3", "5/5", "5/5", "The complaint routine works and I've stopped replaying it at night"],
    ),

    H(1, "Appendix B - supervision notes (summary)"),
    P("""Session 1, 15 November, 60 minutes by Teams with my tutor. Brought Coachee 1's session 3.
      Graham asked whose problem the crew rota was. Outcome: I was rescuing; agreed to ask three
      questions before offering anything."""),
    P("""Session 2, 24 January, 90 minutes face to face at Queen's Park after the observed session.
      Focus on question types (eleven closed in twenty minutes) and on sitting with silence.
      Outcome: start the triad; read Hawkins and Smith; talk to the Sheffield Steelers' academy
      coach about how their coaches get supervised."""),
]

CASE = Case(
    name="zf_b_8587_303_ice_rink_docx",
    unit="8587-303",
    kind="structured-docx",
    files=[SourceFile("Blackwood_303_Journal.docx", BLOCKS)],
    labels={
        "1.1": "effective where the coachee's world was different from mine",
        "1.2": "I switch into manager mode and rescue",
        "2.1": "one only counts question types",
        "2.2": "Closed questions under a third of the total",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": True,
        "identifying": [],
    },
    about="Ice rink skating development manager's 303 on the centre's styled Word template with prompts left in ('[enter number]', guidance under each AC, '[Type your response here]', '[insert ref]', an 'e.g.' row in the CPD table); clean but with Zamboni, Torvill and Dean, the Betty Callaway Award, and the tutor named where the form asks; signed declaration, completed matrix.",
)
