"""8584-200 Understanding Mentoring: a hospital switchboard team leader in the centre's Word answer template, its printed prompts left in.

Dawn Eckersley leads a shift of telephonists on the switchboard of an NHS trust's two
hospitals and is about to mentor a new telephonist. Her centre (Pennine Skills Centre) gives
learners a Word template: a cover table, a printed instruction box, a styled heading per
learning outcome, and for every criterion the printed prompt "AC n.n" line with the criterion
wording, a "Task:" line, a blue "Guidance:" line that learners are told to delete (she
deleted none of them), a "Your answer:" line and, where she did not overwrite it, the
placeholder "[Type your answer here]". Every printed prompt quotes the handbook, so the
criterion's own words are in the document many times; her answers are in her own words.

Shapes: 1.3 and 1.4 answered together in the 1.3 box (each barrier followed by how to get round
it), the 1.4 box holding only the placeholder and "See 1.3"; trust (2.5) written as the last
paragraph of the 2.4 feedback box, the 2.5 box adding one short paragraph of its own; 2.1 as
the template's three-column skills table she filled in, with a sentence after it; 3.2 goals
as a numbered list typed as paragraphs. The template's declaration at the end is signed
with her typed name and a date.

Planted (2): the new telephonist's full name in the 1.1 answer ("Shannon Pryce") and her first
name alone later in 1.2, 3.1 and 3.2 ("Shannon"). Not identifying: Dawn's own name, her tutor
on the cover where the template asks, the trust, the centre, the switchboard manager and the
rota coordinator by role, GROW, CEDAR, Egan, Clutterbuck, the 2222 crash line, Vocera, the
Calderdale places.

No practice requirements for this unit. No evidence matrix expected (None).
"""

from corpus.case import Case, H, P, SourceFile, T

GUIDE = "Guidance (delete this text before submitting):"

BLOCKS = [
    H(0, "ILM Level 2 Award in Effective Mentoring Skills"),
    P("Unit 8584-200 Understanding Mentoring - Learner Answer Template"),
    T(
        ["Learner name", "Dawn Eckersley"],
        ["ILM registration number", "L2M-0448172"],
        ["Centre", "Pennine Skills Centre, Halifax"],
        ["Tutor", "Graham Tuffnell"],
        ["Organisation / workplace", "Calderbrook Hospitals NHS Trust - Telecommunications (switchboard)"],
        ["Date submitted", "11 April 2025"],
    ),
    P("""Instructions to learners: type your answers in the boxes below each assessment criterion.
      Read the task and the guidance before you answer. Delete the blue guidance text before
      you submit. The suggested word count for this unit is 1,000 - 2,000 words. Remember to
      anonymise anyone you write about."""),

    H(1, "Learning outcome 1: Understand the role of the mentor and the benefits of mentoring"),
    P("AC 1.1 Describe the role of an effective mentor"),
    P("""Task: Considering your new mentoring role in supporting individuals, describe the essential
      parts of the work and the main activities."""),
    P(GUIDE + " Provide a clear description of the main activities and responsibilities of an effective mentor."),
    P("Your answer:"),
    P("""I work on the hospital switchboard which runs 24 hours a day for both our hospitals. We put
      through about 4,000 calls a day, we answer the 2222 crash and fire line, we page the doctors
      and run the Vocera badges, so new telephonists have a lot to learn and some of it is
      frightening. New starters are trained by a buddy for four weeks on the desk. The new
      telephonist I am mentoring, Shannon Pryce, started in January and has finished her
      buddy training. My role as her mentor is different from the buddy and different from
      being a supervisor. The buddy trains her on the system. The supervisor checks her work. I
      am the person she can talk to about how she is getting on, who helps her work out what
      she wants to get better at and supports her to do it herself. I am not the one who signs
      off her call audits, and we have agreed that."""),
    P("""The main activities are: meeting regularly at agreed times, listening, asking questions
      that help her think, helping her set goals and look at her progress, sharing my own
      experience when it helps (I was new here once and cried in the toilets after my first
      cardiac arrest call), encouraging her, and pointing her to other help like occupational
      health or the staff wellbeing hub if something is beyond me. A mentor also keeps simple
      records and keeps things confidential. An effective mentor is reliable and turns up."""),

    P("AC 1.2 Describe how mentoring can benefit those being mentored in a range of situations"),
    P("""Task: Outline the main benefits of the mentoring you are about to undertake by describing at
      least three situations where the mentoring will add value."""),
    P(GUIDE + """ State the benefits to individuals who receive mentoring. To meet this criterion, the
      learner must describe how mentoring benefits individuals in at least three different
      situations."""),
    P("Your answer:"),
    P("""Situation 1 - a new starter like Shannon. Switchboard has a high turnover in the first six
      months because people are not ready for the emergency calls or the rude callers. A mentor
      gives the new person someone to offload to and to plan with, so they settle in, gain
      confidence and stay. For her the benefit is confidence on her own on nights."""),
    P("""Situation 2 - an experienced telephonist coming back after six months off with stress. The
      system will have changed and they will be worried about how people see them. A mentor
      can help them plan a phased return with small goals and be someone neutral to talk
      to, which helps them get back to being independent on the desk."""),
    P("""Situation 3 - someone wanting promotion. One of our telephonists wants to apply for the
      senior telephonist post when it comes up. A mentor can help with career development,
      looking at the job description, what experience is missing and preparing for the
      interview. The trust benefits too because we grow our own seniors."""),
    P("""Outside work - I also help at the Sunday league my son plays in and mentoring there helps the
      young coaches find their feet the same way, so it is not just a hospital thing."""),

    P("AC 1.3 Identify potential barriers to effective mentoring"),
    P("""Task: There are likely to be potential barriers which will affect the success of your
      mentoring. Outline two or more and explain why they are each a potential barrier."""),
    P(GUIDE + " State two or more potential barriers to effective mentoring."),
    P("Your answer:"),
    P("""I have done the barriers and how to get over them together because it made more sense to me.
      (1.3 and 1.4)"""),
    P("""Barrier 1 - shifts. We work a 24/7 rota of earlies, lates and nights and we are hardly ever on
      the same shift, so finding time is the biggest problem and sessions could keep getting
      put off. How to overcome it: I have asked the rota coordinator to put us both on a late
      shift together every other Tuesday and we will meet for 45 minutes before the shift
      starts, which is paid time. If one gets missed we rebook within the week, not leave it."""),
    P("""Barrier 2 - nowhere private. The switchboard is one open room with six desks and the calls
      do not stop, you cannot have a private conversation in there and people would listen. This
      matters because she will not be honest if others can hear. How to overcome it: book the
      small quiet room on the second floor of the education centre, which is free in the
      afternoons, and never do mentoring at the desks."""),
    P("""Barrier 3 - I am a team leader. Even though I am not her line manager she might see me as a
      boss and only tell me what she thinks I want to hear, or worry it will go on her record.
      How to overcome it: agree at the start what is confidential and that nothing goes to
      the switchboard manager without her knowing, and let her set the agenda. If it does not
      work she can have a different mentor from the other site and I will not be offended."""),
    P("AC 1.4 Explain how to overcome the potential barriers to effective mentoring"),
    P("""Task: Provide an explanation of how to overcome each of the potential barriers to effective
      mentoring that you have identified."""),
    P(GUIDE + """ Using the two or more potential barriers identified, provide an explanation of how to
      overcome each of those potential barriers."""),
    P("Your answer:"),
    P("[Type your answer here]"),
    P("See 1.3."),

    H(1, "Learning outcome 2: Understand what makes a mentor effective in their role"),
    P("AC 2.1 List the key skills required to be an effective mentor"),
    P("""Task: Consider the key skills you need to be effective in your role as a mentor. Present a
      minimum of two of these skills in a table which gives essential information about those
      skills."""),
    P(GUIDE + """ Clearly set out a list of key skills required to be an effective mentor, including a
      minimum of two or more skills."""),
    P("Your answer (use the table):"),
    T(
        ["Skill", "Why it is important", "How I will use it"],
        ["Active listening", "So the mentee feels heard and I understand what is really going on, not what I assume",
         "I already do it all shift with callers - repeating back, not interrupting - now I need to do it without a script"],
        ["Questioning", "Helps her think things through and find her own answers",
         "Open questions mostly, closed ones to check facts"],
        ["Giving feedback", "So she knows what is going well and what to work on",
         "Specific, soon after, about the call not the person"],
        ["Empathy", "Emergency calls are upsetting and she needs to know that is normal",
         "Share my own first crash call story when it fits"],
        ["Goal setting", "Gives the sessions a direction", "SMART goals written in the agreement"],
        ["Being non-judgemental", "She will not open up if she thinks I am judging", "Watch my face and tone"],
    ),
    P("""Other skills I could have put in are summarising, role modelling and knowing when to refer on.
      [Type your answer here]"""),

    P("AC 2.2 Describe a mentoring model or process that can be followed when mentoring"),
    P("""Task: Select a model or process that you are planning to follow with an individual in your
      mentoring sessions and describe how it will work in your organisation or situation."""),
    P(GUIDE + """ Describe a model or process that can be followed for effective mentoring and how it
      works when mentoring an individual."""),
    P("Your answer:"),
    P("""I am going to use GROW (Whitmore). G is Goal - what does she want from this session and from
      the mentoring overall, for example "I want to feel OK on nights". R is Reality - where is she
      now, what has happened, what has she tried, how many nights has she done. O is Options -
      what could she do, I ask "what else?" a few times so she gets more than one idea, for
      example asking to sit in on the night senior's handover or listening back to recorded
      calls. W is Will or Way forward - what will she actually do and by when, and how sure is
      she out of 10. On our switchboard it will work like this: I will ask her what would a
      good week on nights look like for her, and then we work back from that. Each session
      starts by looking at last time's actions, and I keep a printed GROW sheet in the quiet
      room so we both follow it."""),

    P("AC 2.3 Explain how to use questioning and listening techniques to support individuals being mentored"),
    P("""Task: Explain how you are going to use your knowledge of questioning and listening techniques
      effectively in mentoring individuals."""),
    P(GUIDE + """ Explain how to use questioning and listening in the mentoring process and specifically
      how this can help individuals."""),
    P("Your answer:"),
    P("""Open questions (what, how, tell me about) get her talking and thinking for herself, for
      example "how did that night go?" instead of "was it OK?". Closed questions are useful to
      check facts or agree something, "so you will ask for the refresher on Thursday?". Probing
      questions go deeper - "what was it about that caller that threw you?". Checking
      questions make sure I have understood before I move on."""),
    P("""Listening - I will use active listening, which is giving full attention, nodding, not
      interrupting, and summarising back what she has said so she knows I have got it and can
      correct me. On switchboard we always have one ear on the next call so for mentoring I
      will have the headset off and both hands on the table, no phone. I will also let silences
      happen, because people often say the important thing after a pause. Using Egan's SOLER
      (sit squarely, open posture, lean in, eye contact, relaxed) will help me look like I am
      listening as well as actually listening. This supports her because she works things out
      herself and owns the answer, which builds her confidence more than me telling her."""),

    P("AC 2.4 Describe how to give feedback within a mentoring role"),
    P("""Task: Part of your role will be to give feedback to individuals. Describe how you will do this
      in an effective way."""),
    P(GUIDE + """ Describe how feedback can be provided to individuals being mentored. It may be useful
      to base this on the learner's own organisation/context or situation."""),
    P("Your answer:"),
    P("""I will use the CEDAR model (Context, Examples, Diagnosis, Actions, Review) rather than the
      feedback sandwich, because people on our team know the sandwich and just wait for the
      "but". Feedback should be specific, about what she did and not about her as a person,
      balanced, and given privately. Timing matters - straight after a difficult call is not the
      time, she needs a cup of tea first, so I will save it for our session unless it is
      urgent. I will ask her first how she thinks it went, so it is two-way, and agree one or
      two actions at the end rather than a list. I will also ask her for feedback on me."""),
    P("""Trust goes with this. She will only take feedback from someone she trusts. To build it I
      will do what I say I will do, turn up on time, and be honest about my own mistakes. I will
      not repeat anything she tells me to the switchboard manager unless there is a risk to
      patients or to her, and I will explain that limit in the first meeting so there are no
      surprises. I will not gossip on the desk, because if she hears me talk about anyone else
      she will assume I talk about her."""),

    P("AC 2.5 Describe how the mentor can develop trust with individuals they are mentoring"),
    P("""Task: It will take time to develop trust with individuals in mentoring situations, describe
      what can be done to achieve this."""),
    P(GUIDE + """ Describe how the mentor can build trust with individuals. It may also be useful to
      highlight barriers to developing trust and the methods the mentor could use to address
      these."""),
    P("Your answer:"),
    P("[Type your answer here]"),
    P("""See the end of 2.4, most of my trust answer is there. Also boundaries - we are mentor and
      mentee, not best friends, and Clutterbuck says respect both ways matters more than
      being liked."""),

    H(1, "Learning outcome 3: Understand how to organise mentoring"),
    P("AC 3.1 Explain how to plan for effective mentoring sessions"),
    P("""Task: Explain your method for planning effective mentoring sessions and how you will plan to
      use any forms or templates as evidence."""),
    P(GUIDE + """ Explain how to plan for mentoring sessions. Describe methods that would be used,
      including questionnaires or forms to assess the needs of individuals being mentored."""),
    P("Your answer:"),
    P("""First I will ask Shannon to fill in the trust's new starter self-assessment before our first
      meeting, it is a one page form where she scores herself 1-5 on things like emergency
      calls, paging, difficult callers and the directory. That shows me the gaps and gives us
      something to start from. At the first meeting we will go through the mentoring agreement
      from my course (how often, where, confidentiality, how to cancel, how it ends) and both
      sign it. Then I plan six sessions, every other Tuesday at 1.15 before the late shift, in
      the quiet room, 45 minutes each. Before each session I will read my notes from last time
      and her action points, and think of two or three opening questions. After each I fill in
      the session record. Where and when matters - not on the desk and not at the end of a
      night when she is shattered."""),

    P("AC 3.2 State examples of goals that would be agreed in an effective mentoring session"),
    P("""Task: Select at least two goals that would be agreed between you and the individual you are
      mentoring and describe what you would consider for the goals to become effective."""),
    P(GUIDE + " Give examples of at least two goals that would provide the focus of mentoring."),
    P("Your answer:"),
    P("""1. For Shannon to handle a full night shift on the emergency line with the night senior
      only as back-up, by the end of May."""),
    P("""2. To learn the on-call rotas for the five busiest specialties so she can page the right
      doctor without looking it up, within six weeks, checked by her picking ten random
      requests."""),
    P("""3. To use the trust's difficult caller procedure on the next abusive call instead of
      putting up with it, and talk it through with me after."""),
    P("""To make them effective they need to be SMART - specific, measurable, achievable, realistic
      and timed - and they have to be hers, agreed not given. I will ask how committed she is out
      of 10 and if it is under 7 we change the goal."""),

    P("AC 3.3 Explain what records are required when mentoring an individual"),
    P("""Task: Give reasons for the selection of records that the mentor is required to keep,
      identifying examples, and explaining the main considerations in keeping those records."""),
    P(GUIDE + " Explain what records need to be kept and why."),
    P("Your answer:"),
    P("""Records I will keep: the signed mentoring agreement (so we both remember what we agreed and
      can go back to it if there is a problem), the self-assessment form (to see progress at the
      end), a short record of each session with date, time, what we discussed in a few lines and
      the actions (so we can follow up and show progress), and the review at the end. These are
      also my evidence for the course. Considerations: they must be kept securely and
      confidentially because of GDPR and because it is about her - in a locked drawer in my
      office and in my password protected folder, not on the shared S drive where everybody
      can see. She can see anything I write about her. Keep it factual, not my opinions about
      her personal life. Agree how long they are kept and destroy them after the course."""),

    H(1, "Learner declaration"),
    P("""I confirm that the work in this assignment is my own and that any sources used have been
      acknowledged."""),
    T(
        ["Learner signature", "Dawn Eckersley"],
        ["Date", "11/04/2025"],
    ),
    P("Pennine Skills Centre - ILM answer template v3 - please do not remove this footer"),
]

CASE = Case(
    name="zd_b_8584_200_hospital_switchboard_docx",
    unit="8584-200",
    kind="structured-docx",
    files=[SourceFile("8584-200 Dawn Eckersley answer template.docx", BLOCKS)],
    labels={
        "1.1": "I am not the one who signs off her call audits",
        "1.2": "coming back after six months off with stress",
        "1.3": "we are hardly ever on the same shift",
        "1.4": "book the small quiet room on the second floor",
        "2.1": "I already do it all shift with callers",
        "2.2": "what would a good week on nights look like",
        "2.3": "the headset off and both hands on the table",
        "2.4": "straight after a difficult call is not the time",
        "2.5": "not repeat anything she tells me to the switchboard manager",
        "3.1": "fill in the trust's new starter self-assessment before our first meeting",
        "3.2": "handle a full night shift on the emergency line",
        "3.3": "not on the shared S drive where everybody can see",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": None,
        "identifying": ["Shannon Pryce", "Shannon"],
    },
    about="Hospital switchboard team leader's 200 in the centre's Word template with every printed prompt, Task line, 'Guidance (delete this text...)' line and some '[Type your answer here]' placeholders left in; 1.3 and 1.4 answered together with the 1.4 box 'See 1.3', trust inside the 2.4 box, a filled skills table; signed; a new telephonist's full name then first name planted.",
)
