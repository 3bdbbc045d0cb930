"""8584-200 Understanding Mentoring: a touring theatre company's wardrobe supervisor, plain text.

Rhiannon Pryce is wardrobe supervisor at a small touring theatre company based in Cardiff
and is about to mentor the company's two costume apprentices. She typed her answers in a
text editor with whatever numbering came to hand: 'Q1.', 'Question 2', '3)', 'Q.5', '10)'
and so on, one number per criterion in the rubric's order (1 to 12). For some (Question 2,
3), Q.6), 10), Question 12) she pasted the question's full wording in before her answer;
for the rest only the number and a word or two. She skipped the question on giving feedback (2.4) entirely: her numbering
jumps from 7 to 9 and a note at the end says she will add it, so 2.4 is unanswered (None).
A typed declaration with her name closes it. No matrix (a knowledge unit).

Clean but dense with traps: "Apprentice A/B", the company's artistic director and her
tutor by role, the Sherman Theatre, Chapter Arts Centre, Cardiff and the Edinburgh Fringe,
Arts Council of Wales, Creative & Cultural Skills and BECTU, GROW, Egan's Skilled Helper,
the Clutterbuck and Megginson stages, Kolb, Rogers, Johari, Whitmore and a reading list.
"""

from corpus.case import B, Case, P, SourceFile

BLOCKS = [
    P("UNIT 200 UNDERSTANDING MENTORING - ILM Level 2 Award in Effective Mentoring"),
    P("Rhiannon Pryce / Wardrobe Supervisor / Tidal Lantern Theatre, Cardiff / submitted to tutor by email"),
    P("""Background: we are a company of nine permanent staff who tour two shows a year
      around Wales and England, starting at Chapter Arts Centre and usually ending at the
      Edinburgh Fringe. This year, with money from Arts Council of Wales and a scheme run
      by Creative & Cultural Skills, we have taken on two costume apprentices for 18 months.
      I will be their mentor. I call them Apprentice A and Apprentice B below."""),

    P("Q1. Role of an effective mentor"),
    P("""A mentor is someone with more experience who helps another person grow, mainly by
      listening, asking good questions and sharing what they know when it is useful,
      rather than telling them what to do. For our apprentices the mentor is NOT their
      line manager (that is the production manager) and not their trainer (I teach them
      cutting and fitting, but in a different hat). The mentor is the person they can
      talk to about the whole job: how to survive get-ins at 6am, how to deal with a
      director who changes their mind, whether this is the career for them. The role is
      to build a relationship of trust, agree goals with the apprentice, meet regularly
      away from the workroom, keep notes, encourage, challenge gently, act as a role
      model and a sounding board, and know when something should go to someone else.
      The mentor should help the apprentice become independent, not rely on the mentor."""),

    P("Question 2 Describe how mentoring can benefit those being mentored in a range of situations"),
    P("""Situation one, someone new to a workplace: Apprentice A has never had a job
      before. Mentoring gives her a safe person to ask the questions she thinks are
      stupid, which means she settles in faster and is less likely to drop out in the
      first three months, when most apprentices leave. Situation two, someone moving into
      a new role: when our assistant stage manager stepped up to company stage manager
      last year, a mentor from another company helped her with confidence and with
      managing people who had been her equals. Situation three, someone returning after a
      break: a freelance dresser coming back after having a baby can be mentored to catch
      up on new equipment and rebuild confidence on tour. Situation four, someone
      thinking about their career: mentoring helps them see options, like moving into
      costume making for film, that they would not have thought of on their own."""),

    P("3) Identify potential barriers to effective mentoring"),
    P("""I can see several in our company. Time: touring means long days, travel and get-ins
      and mentoring is the first thing to be dropped. Place: there is no private room in
      a touring van or a shared dressing room, so conversations are overheard. Clash of
      roles: I am also the apprentices' trainer, so they might not tell me about mistakes.
      Personality or background: a mismatch in age or experience can make the apprentice
      feel talked down to. Lack of commitment from either side, for example if the
      apprentice was sent on the scheme and did not choose it. And lack of support from
      the organisation if the artistic director sees mentoring as a nice extra."""),

    P("Q4 - overcoming them"),
    P("""Time: book sessions into the tour schedule at the start, one every fortnight,
      ideally on travel days or the day off, so they do not compete with the show; put
      them on the company calendar so everyone can see them. Place: when we are at the
      Sherman Theatre or on tour, use the green room in the morning or go for a walk,
      which I find easier for difficult conversations anyway; online calls are fine when
      we are apart. Clash of roles: be open about the two hats at the start and agree that
      what is said in mentoring does not affect their assessment, and offer the option of
      a mentor from another company if it does not work. Personality: spend time getting
      to know each other and ask the apprentice how they like to be supported. Commitment:
      let them set their own goals so the mentoring is about what they want. Support from
      the organisation: I explained the benefits to the artistic director, who agreed the
      time and now asks about it in staff meetings, which sends a message."""),

    P("Q.5 Key skills"),
    B("active listening (giving full attention, summarising back, noticing body language)"),
    B("questioning, mostly open questions"),
    B("building rapport and trust"),
    B("giving constructive feedback"),
    B("goal setting and action planning"),
    B("empathy, being able to see it from their side (Rogers)"),
    B("patience and being non-judgemental"),
    B("keeping confidentiality"),
    B("time management and organisation"),
    B("self-awareness, knowing my own blind spots (the Johari window was useful here)"),

    P("""Q.6) Describe a mentoring model or process that can be followed when mentoring"""),
    P("""I would use the GROW model, which is simple enough to remember in a noisy workroom.
      G is Goal: what the apprentice wants to achieve, both in the long term (to be a
      costume supervisor by 25) and from this conversation. R is Reality: where they are
      now, what is happening, what they have already tried; I ask them to describe rather
      than judge. O is Options: all the possible ways forward, and I try not to add mine
      until they have run out. W is Will, or Way forward: which option they choose, the
      first step, when they will do it, and how I can check in. Across the whole
      relationship I would follow the stages Clutterbuck and Megginson describe, building
      rapport, setting direction, making progress, winding down and moving on, so the end
      at eighteen months is planned and not just a drift. Egan's Skilled Helper is
      another model my tutor showed us, with three stages (present scenario, preferred
      scenario, getting there), which I may use with Apprentice B, who likes to talk."""),

    P("Question 7 - questioning and listening"),
    P("""Open questions (what, how, tell me about) get the apprentice to think and to do
      most of the talking, for example 'what went well at the fitting today?' instead of
      'did the fitting go ok?'. Probing questions help get to the bottom of something:
      'what exactly did the director say?'. Reflective questions help them learn from
      experience, which links to Kolb's cycle: 'what would you do differently next time?'.
      I should avoid leading questions because then the apprentice just agrees with me.
      Listening is how the apprentice knows I take them seriously. Active listening means
      stopping what I am doing (putting the iron down), eye contact, nodding, not
      interrupting, then summarising back what I heard, so she can correct me and hear
      her own thoughts out loud. Listening for what is not said matters too, like when
      Apprentice B says everything is fine but will not look at me. Used together,
      questions and listening let the apprentice work out her own answer, which she is
      much more likely to act on than one I give her."""),

    P("Q9 Trust"),
    P("""Trust comes from doing what you say you will. I will turn up to every session on
      time, keep what is said confidential (except the safeguarding limits, which I will
      explain at the start), and never repeat things in the workroom. I will be honest,
      including admitting my own mistakes; when I tell them about the time I cut a whole
      bolt of velvet the wrong way, they see I am human. I will show an interest in them
      as people, not only as apprentices, remember what they told me last time and ask
      about it, and respect their decisions even when I would choose differently. Trust
      builds slowly, so I expect the first couple of sessions to be quite polite, and it
      can be lost quickly, so consistency is everything."""),

    P("10) Explain how to plan for effective mentoring sessions"),
    P("""Planning starts before the first session. I will ask each apprentice to fill in a
      short questionnaire about what they want from the apprenticeship, how they like to
      learn and what worries them, and go through the college's skills record with them so
      we know where the gaps are. In the first meeting we agree a simple mentoring
      agreement: how often (fortnightly, 45 minutes), where, confidentiality and its limits,
      and what happens if one of us has to cancel. Because we tour, I will plan the dates
      against the tour schedule a term ahead, choosing venues where we can talk privately,
      and avoid tech weeks completely because nobody can think straight then. Before each
      session I reread my notes from the last one so I can ask about the actions, and I
      ask the apprentice to bring one thing they want to talk about, so the session is led
      by them and not by whatever happened in the workroom that morning."""),

    P("Q11. goals"),
    P("""Examples of goals we might agree: for Apprentice A, to take a fitting on her own
      with an actor by the end of the first tour; to build a portfolio of ten finished
      pieces by the end of year one; to learn the wig and make-up basics so she can cover
      a dresser role. For Apprentice B, to run the wardrobe maintenance plot for a whole
      week at the Fringe; to decide by month twelve whether to specialise in making or in
      supervision; and to feel confident speaking up in production meetings."""),

    P("Question 12 Explain what records are required when mentoring an individual"),
    P("""I will keep the signed mentoring agreement, a short record of each session (date,
      length, what we discussed in outline, the actions agreed and by whom) and a note of
      any cancellations. These matter because they let both of us see progress over 18
      months, remind us what was promised, and give evidence for the apprenticeship
      reviews with the college. If there is ever a safeguarding concern, a dated record of
      what was said and what I did about it is essential. Records must be kept securely,
      in a locked drawer in the production office and not in the touring wardrobe
      skip, only shared with the apprentice's agreement, and kept no longer than needed
      under GDPR. The apprentice keeps her own learning log as well."""),

    P("(Q8 on feedback - I will add this when I have done the session with my tutor next week.)"),
    P("""Reading list: Clutterbuck, D. (2004) Everyone Needs a Mentor, CIPD. Megginson, D.
      et al. (2006) Mentoring in Action, Kogan Page. Egan, G. (2013) The Skilled Helper.
      Whitmore, J. Coaching for Performance. BECTU guide to working in theatre wardrobe."""),
    P("Declaration: this is my own work. Rhiannon Pryce, 3 March 2026"),
]

CASE = Case(
    name="m_200_theatre_txt",
    unit="8584-200",
    kind="numbered-unstyled",
    files=[SourceFile("Unit200_RPryce_answers.txt", BLOCKS)],
    labels={
        "1.1": "help the apprentice become independent, not rely on the mentor",
        "1.2": "less likely to drop out in the first three months",
        "1.3": "there is no private room in a touring van",
        "1.4": "ideally on travel days or the day off",
        "2.1": "self-awareness, knowing my own blind spots",
        "2.2": "the end at eighteen months is planned",
        "2.3": "stopping what I am doing (putting the iron down)",
        # skipped: her numbering jumps from 7 to 9 and a note says she will add it
        "2.4": None,
        "2.5": "the time I cut a whole bolt of velvet",
        "3.1": "avoid tech weeks completely because nobody can think straight",
        "3.2": "run the wardrobe maintenance plot for a whole week",
        "3.3": "in a locked drawer in the production office",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": None,
        # Apprentice A/B, the artistic director, her tutor, theatres, towns, bodies,
        # models and theorists: none identifying
        "identifying": [],
    },
    about="Touring theatre wardrobe supervisor's 200 answers as plain text: mixed numbering (Q1., Question 2, 3), Q.6)), some questions pasted in full; 2.4 skipped; clean with traps.",
)
