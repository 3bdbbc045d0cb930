"""8584-200 Understanding Mentoring: numbered answers in a Word file with no heading styles.

A community sports trust's volunteer coordinator numbers her answers three ways ("Q1.1",
"Question 1.2 –", "1.3)"), answers task 2 under each task's full text pasted without its
number, puts skills in a table, and skipped the feedback task. No declaration. Anonymised:
her own name and number, "Mentee A", models and organisations only.
"""

from corpus.case import Case, H, P, SourceFile, T

BLOCKS = [
    H(1, "Unit 200 Understanding Mentoring"),
    P("Name: Bethany Lowther    Learner Registration No: B1179026"),
    P("Organisation: Riverside Community Sports Trust"),
    P("""Background: I coordinate about sixty volunteers who run the trust's after-school and
      holiday football, netball and walking sports sessions. Many of our volunteers are 16
      to 19 and doing their first ever role. From next month I will mentor new volunteer
      session leaders, starting with one (Mentee A) who joined us from the Duke of Edinburgh
      scheme."""),

    H(2, "Task 1"),
    P("""Q1.1 As a mentor my main job will be supporting new session leaders to grow in
      confidence and find their own way of leading, rather than telling them how I would do
      it. The main activities are meeting regularly (every two weeks for half an hour before
      a session), helping them set targets, listening, asking questions, sharing my own
      experience when it helps, giving encouragement, and helping them reflect on sessions
      they have led. I am not their coach on the pitch and I am not their manager; if there
      is something I cannot help with, like a problem at home, I point them to our
      safeguarding lead or to someone who can."""),
    P("""Question 1.2 – Mentoring adds value in lots of situations. For Mentee A, it will help
      her move from helping out to leading a session on her own, and gives her someone to go
      to when a parent complains. In a small business, such as the café that rents our
      clubhouse, an experienced owner mentoring a new one could help them avoid expensive
      mistakes with suppliers. At a sixth form college, mentoring helps a student choose
      between university and an apprenticeship by talking to someone who has done it. And in
      the voluntary sector more widely, mentoring keeps volunteers, because people who feel
      supported stay longer; last year we lost nine of our fourteen new volunteers before
      Christmas."""),
    P("""1.3) The barriers I think are most likely are: first, time, because volunteers are
      unpaid and fit us around school, college and part-time jobs, so sessions get cancelled;
      second, confidence and trust, because young volunteers may be too shy to say what is
      going wrong, especially to a staff member; and third, the environment, because our
      clubhouse is noisy and busy on session nights and there is nowhere private to talk."""),
    P("""1.4) To overcome the time barrier I will meet before sessions they are already coming
      to, so there is no extra journey, and agree the dates for the whole term in one go.
      For confidence and trust, we will agree together at the start what mentoring is and
      isn't, and I will make clear it is nothing to do with whether they get paid coaching
      work later. For the environment, we will use the small kit room with the door open
      or sit in the stand, which is quiet but still in view of others, which also keeps us
      both safe."""),

    H(2, "Task 2"),
    P("""Consider the key skills you need to be effective in your role as a mentor. Present a
      minimum of two of these skills in a table which gives essential information about those
      skills."""),
    T(
        ["Skill", "What it means", "Why it matters with young volunteers"],
        ["Active listening", "Full attention, nodding, summarising back", "They often say the real issue last"],
        ["Open questioning", "Questions starting what, how, tell me", "Gets them talking rather than yes/no"],
        ["Empathy", "Seeing it from their side", "Leading a session at seventeen is scary"],
        ["Goal setting", "Helping agree small, clear targets", "Gives them quick wins"],
        ["Role modelling", "Doing what I ask them to do", "They copy how I treat the children"],
    ),
    P("""Select a model or process that you are planning to follow with an individual in your
      mentoring sessions and describe how it will work in your organisation or situation."""),
    P("""I will use the GROW model. Goal: what does she want to get better at, for example
      running the warm-up for under-nines. Reality: what happens now, what has she tried,
      what went well. Options: what could she do, such as watching another leader, using
      our warm-up cards or trying games instead of drills. Way forward: which option she
      chooses and when she will try it. I have also read about Clutterbuck and Megginson's
      stages of a mentoring relationship, but GROW is easier to use in a thirty-minute
      chat before a session."""),
    P("""Explain how you are going to use your knowledge of questioning and listening
      techniques effectively in mentoring individuals."""),
    P("""I will start with open questions like "How did Saturday go?" and then use probing
      questions to get detail ("What did the children do when you blew the whistle?"). I
      will avoid asking why too much because it can sound like blame to a teenager. I will
      listen without interrupting, keep my phone in my bag, and use short summaries like
      "So the warm-up went fine but you lost them during the match" so she can check I have
      understood. I will also watch her body language, because a shrug can say more than
      the words."""),
    P("""It will take time to develop trust with individuals in mentoring situations, describe
      what can be done to achieve this."""),
    P("""Trust will come from being reliable, turning up when I said and following up on
      things, like finding out about the FA Playmaker course when she asked. I will keep
      what she tells me private unless it is a safeguarding worry, and explain that limit at
      the start. I will also be honest about my own mistakes, like the time I forgot the
      first aid kit at a tournament, so she knows she will not be judged."""),

    H(2, "Task 3"),
    P("""Q3.1 I will plan each session using the trust's mentoring plan form: date, what we
      agreed last time, what she wants to talk about, and any questions I want to ask. I
      text her two days before to check she is still coming and ask what she wants to cover.
      After the session I fill in the session record and file it. These forms will be my
      evidence for the practical unit."""),
    P("""Q3.2 Two goals we might agree: by half term, Mentee A will plan and lead the warm-up
      for the under-nines on her own every week; and by the end of the season she will
      complete the FA Playmaker course. For a goal to be effective it should be her choice,
      specific, measurable, realistic for a volunteer with A levels, and have a date, and we
      should break it into small steps and check progress each time."""),
    P("""Q3.3 The records I need to keep are the mentoring agreement, the session plans and
      session records with actions, a copy of her goals, and my own reflective notes. I keep
      them so we can see progress, so I remember what was said, and as evidence of the
      mentoring. Because she is under 18 I must follow our safeguarding and data protection
      policies: only write what is needed, keep records in the locked cabinet in the trust
      office (not in my car), let her see them, and destroy them when no longer needed. Any
      safeguarding concern is recorded separately and passed to our safeguarding lead on the
      same day."""),
    P("For any questions about our volunteering programme, contact volunteering@riversidesports.example."),
]

CASE = Case(
    name="b_200_unstyled",
    unit="8584-200",
    kind="numbered-unstyled",
    files=[SourceFile("Unit200_assignment_BLowther.docx", BLOCKS)],
    labels={
        "1.1": "I am not their coach on the pitch",
        "1.2": "café that rents our clubhouse",
        "1.3": "nowhere private to talk",
        "1.4": "sit in the stand",
        "2.1": "They often say the real issue last",
        "2.2": "warm-up cards",
        "2.3": "sound like blame to a teenager",
        "2.4": None,
        "2.5": "forgot the first aid kit",
        "3.1": "text her two days before",
        "3.2": "by the end of the season",
        "3.3": "locked cabinet in the trust office",
    },
    expected_checks={"declaration": False, "evidence_matrix": None, "identifying": []},
    about="Sports trust coordinator: mixed numbering, pasted task texts without numbers, skills table, 2.4 not answered, no declaration; clean.",
)
