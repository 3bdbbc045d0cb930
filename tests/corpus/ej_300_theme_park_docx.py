"""8587-300 Understanding Good Practice in Coaching: a theme park's rides operations manager, DOCX.

Priya Chandran manages rides operations at a seasonal theme park and coaches the ride
supervisors, most of them in their early twenties and promoted from ride host. She writes a
report in Normal style with plain lines of her own ("Closing week", "The shape of our year",
"Paperwork, and why I stopped resenting it") that never name a criterion. What is tricky: it
opens with a coaching story about a supervisor who froze during a ride evacuation debrief,
and the story carries the coaching model (OSKAR, with scaling) and how she managed the
process; the purpose of coaching comes after that; barriers and their remedies are two
sentences inside a paragraph about the park's seasonal calendar; contracting is spread over
two paragraphs (the rationale is labelled, the steps come after); ethics names the
Association for Coaching code, the Equality Act and under-eighteen staff; the tools
paragraph and the monitoring paragraph sit side by side; records and reflection share a
heading that is about paperwork. Kolb, Gibbs, Whitmore and Jackson and McKergow are cited;
the conclusion names every topic again, and a reference list and a one-line declaration
close the document.
"""

from .case import Case, P, SourceFile

BLOCKS = [
    P("Coaching ride supervisors: a report"),
    P("Priya Chandran - Rides Operations Manager"),
    P("""This report is about how I coach the ride supervisors at the theme park where I manage
      rides operations. I explain what coaching is for in a business like ours, what I do as a
      coach and what that asks of me, the obstacles and how I get past them, how I begin with a
      new coachee and agree how we will work, keeping it safe and ethical, the model and tools I
      use, how we track progress, the records we keep, and why I reflect on my coaching and have
      supervision. I begin with a story from the end of last season."""),
    P("Closing week"),
    P("""In the last week of October one of our coasters stopped on the lift hill with a full
      train, and the crew had to walk thirty-two guests down the emergency stairs. Nobody was
      hurt. The supervisor on shift, promoted in July, handled the evacuation well, but at the
      debrief afterwards in front of the engineers and the duty manager she froze and let
      everyone else talk. She asked me the next day if she was cut out for the job. We had
      already agreed to start coaching over the winter, and this became the first thing she
      wanted to work on."""),
    P("""I used OSKAR (Jackson and McKergow, 2007), which is solution focused and suits people
      who are already doing more right than they think. We started with the Outcome: what would
      she like to be different at the next debrief? She said she wanted to be the one who opens
      it and keeps it on track. Then I asked her to put herself on a scale of one to ten for how
      close she was, and she said three. Asking what made it three and not zero brought out her
      Know-how: she had run the evacuation calmly, she knew the ride better than anyone in the
      room and she had briefed her crew well. I Affirmed that, and she chose an Action, which
      was to write herself a three-line running order for any debrief and practise it at the
      next winter maintenance meeting. At the Review a fortnight later she was at six. The
      strength of OSKAR is that it builds confidence quickly; the limitation is that with
      someone who genuinely lacks a skill, looking for what already works can skate over the
      gap, so with a new supervisor learning the safety paperwork I would use GROW (Whitmore,
      2017) instead, which spends longer on the reality and the options."""),
    P("""Coaching, as I use the word, is helping someone get better at their work by helping
      them think, rather than by telling them. For the park it matters because supervisors are
      promoted young and quickly, the season is short and intense, and a supervisor who cannot
      lead a crew of ten ride hosts in front of a thousand guests an hour is a safety risk as
      well as a service one. Training teaches them the ride operating procedures; coaching is
      what turns a good ride host into someone other people will follow. It also saves money,
      because supervisors who feel supported come back the next season."""),
    P("""My part as the coach is to create the conditions for the supervisor to work out their
      own answers. I am also their line manager's manager, so I have to be very clear that in a
      coaching session I am not assessing them or solving their problems for them. My
      responsibilities are to keep to what we agreed, prepare for each session, listen far more
      than I talk, challenge them when they are letting themselves off lightly, keep confidences
      within the limits we set, keep notes, know when something needs a different kind of help,
      and look after my own development as a coach."""),
    P("""To do that I need knowledge, skills and the right behaviours. Knowledge: of a few
      coaching models and when each fits, of tools, of the Association for Coaching code, of our
      HR policies and where to refer someone. Skills: active listening, open and challenging
      questions, summarising, giving feedback that is specific, helping someone set goals, and
      keeping useful records. Behaviours: patience, curiosity rather than judgement, keeping my
      word, and resisting the operations manager's habit of fixing everything myself."""),
    P("The shape of our year"),
    P("""The park opens at Easter and closes after Halloween. In summer everyone works long days
      and there is no spare room anywhere on site. From November to March the supervisors are on
      maintenance and training shifts, with more time but less motivation, and a few are laid
      off and come back in spring. Coaching gets dropped first when it is busy, and some
      supervisors arrive thinking coaching means they are in trouble because their last manager
      used it for poor performance; so I do the main block of sessions in winter, keep summer
      ones to twenty-minute check-ins before gates open, and explain at the start that coaching
      is something we offer our best people, not a warning. When there is nowhere quiet we book
      the first aid training room, and for the supervisors on winter lay-off we meet by video
      call."""),
    P("""I never start coaching with a formal meeting. I spend a shift working alongside the
      supervisor on their ride first, then invite them for a coffee in the staff canteen, tell
      them a bit about my own background (I started as a ride host on the log flume at
      seventeen) and ask what they want out of the year. Mostly I listen. If they want to go
      ahead we book a first session, and I send a short note in my own words about what coaching
      with me looks like."""),
    P("""Contracting is where trust starts. Without a clear agreement a supervisor may assume
      that what they say goes straight to their line manager, or the line manager may expect
      coaching to fix someone's timekeeping. Agreeing it openly deals with the power imbalance
      between us, sets the boundaries, and protects both of us if there is a problem later."""),
    P("""In practice we go through a one-page agreement at the first session: the number and
      length of sessions, where we meet, what happens if a session is cancelled, what is
      confidential and the exceptions (a safety risk to guests or staff, safeguarding, or a
      breach of law), what I write down and where it is kept, and how we will end. Then there is
      a short three-way conversation with their line manager, who agrees to release them and
      hears only the broad goals the supervisor chooses to share. All three of us sign it."""),
    P("""Safe and ethical coaching for me means working to the Association for Coaching code of
      ethics and our own HR policies, keeping within what I am competent to do, and referring on
      to our employee assistance programme when the real issue is health, money or home. Some of
      our ride hosts are sixteen and seventeen, so a supervisor talking about their crew may
      tell me something that is a safeguarding matter, and I follow the park's safeguarding
      procedure. Under the Equality Act I make reasonable adjustments, for example written
      summaries for a supervisor with dyslexia, and I make sure coaching is not only offered to
      the supervisors who remind me of myself. Notes are handled in line with UK GDPR."""),
    P("""For finding out what someone prefers and agreeing goals I use a small set of tools. The
      Honey and Mumford learning styles questionnaire tells me whether a supervisor learns by
      doing or by thinking first, which changes how I suggest they practise. A wheel of ride
      leadership, eight spokes such as briefing the crew, handling complaints and reading the
      queue, lets them score themselves and pick the area that matters most. Strengths cards
      help quieter supervisors talk about what they do well, and role play lets them rehearse a
      difficult conversation with a guest or a crew member before the real one. Scaling
      questions pin a vague goal down to something we can both see."""),
    P("""To see whether coaching is working we use several things. The scaling at the start of
      each session shows how the supervisor sees their own progress. Each spring they score the
      wheel again so we can compare. I ask the duty managers and two of their ride hosts for a
      few lines of feedback at the middle and end of the season, which tells us whether anyone
      else has noticed a difference. We also look at things we measure anyway, like their ride's
      throughput and near-miss reports, although these are affected by the weather and the
      ride's reliability as much as the supervisor."""),
    P("Paperwork, and why I stopped resenting it"),
    P("""The signed agreement, the wheel scores, my session notes and the supervisor's action
      plan are our records. For me they are a memory of what we agreed, a way to spot patterns
      across sessions, evidence that the coaching was done properly and ethically, and the raw
      material for my reflection and supervision. For the supervisor they are a reminder of
      their own actions, proof of how far they have come, and something to take to their
      appraisal. All of it is stored in a restricted folder, not on their HR file, and shared
      with them."""),
    P("""Kolb (1984) changed my mind about reflection: experience on its own does not teach you
      much unless you stop to think about what happened and try something different. After each
      session I write a few lines using Gibbs' (1988) reflective cycle, and it was writing up
      the debrief story that showed me I had nearly jumped in with advice in the first session.
      Supervision matters for the same reason, plus one more: I cannot see my own blind spots.
      Every two months I meet an experienced coach supervisor through a regional coaching
      network, who helped me notice I was coaching the younger supervisors more directively than
      the older ones. Supervision protects the coachee, keeps my practice ethical and keeps me
      learning."""),
    P("""To finish, coaching has become part of how we run rides. In this report I have set out
      why it matters here, my role and what it asks of me, the barriers and how I deal with
      them, starting and contracting, ethics, the model and tools, tracking progress, records,
      and reflection and supervision. The supervisor from the story opened every debrief this
      season."""),
    P("References"),
    P("Gibbs, G. (1988) Learning by Doing. Oxford: Further Education Unit, Oxford Polytechnic."),
    P("Jackson, P. Z. and McKergow, M. (2007) The Solutions Focus. 2nd edn. London: Nicholas Brealey."),
    P("Kolb, D. A. (1984) Experiential Learning. Englewood Cliffs, NJ: Prentice Hall."),
    P("Whitmore, J. (2017) Coaching for Performance. 5th edn. London: Nicholas Brealey."),
    P("Association for Coaching (2021) Global Code of Ethics. Available from the AC website."),
    P("I confirm that this report is my own work. Priya Chandran"),
]

CASE = Case(
    name="ej_300_theme_park_docx",
    unit="8587-300",
    kind="unstructured",
    files=[SourceFile("Chandran coaching report.docx", BLOCKS)],
    labels={
        "1.1": "turns a good ride host into someone other people will follow",
        "1.2": "create the conditions for the supervisor to work out",
        "1.3": "resisting the operations manager's habit of fixing everything",
        "1.4": "so I do the main block of sessions in winter",
        "2.1": "I never start coaching with a formal meeting",
        "2.2": "Contracting is where trust starts",
        "2.3": "referring on to our employee assistance programme",
        "3.1": "put herself on a scale of one to ten",
        "3.2": "A wheel of ride leadership",
        "3.3": "affected by the weather and the ride's reliability",
        "4.1": "a way to spot patterns across sessions",
        "4.2": "I cannot see my own blind spots",
    },
    expected_checks={"declaration": True, "evidence_matrix": None},
    about="Theme park rides manager's 8587-300 report DOCX: opening evacuation-debrief story carries the OSKAR model, purpose after it, barriers and remedies two sentences inside a paragraph on the seasonal calendar, contracting over two paragraphs, own plain headings, Kolb and Gibbs, references and a declaration.",
)
