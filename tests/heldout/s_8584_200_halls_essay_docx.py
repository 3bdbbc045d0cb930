"""8584-200 understanding mentoring: a university halls of residence life coordinator, DOCX essay with no headings.

Bronwen Asante coordinates residence life in a university's halls and is about to mentor the
new student resident assistants. She wrote one continuous essay in Word: plain paragraphs, no
headings, no criterion numbers anywhere, and one table (her skills table, which answers the
key skills criterion). She answers roughly in the brief's order but folds barriers and how to
overcome them into neighbouring paragraphs, and her goals examples sit inside the planning
discussion. Planted: a previous mentee's first name in a reflective aside ("Keziah") and a
colleague's full name ("Dominic Achterberg", the accommodation officer). Not identifying: her
own name, theorists (Clutterbuck, Megginson, Egan), GROW, CEDAR, the university by type only.
"""

from corpus.case import Case, P, SourceFile, T

SKILLS = T(
    ["Skill", "What it looks like in halls", "Why it matters"],
    ["Active listening", "Eyes off the phone, nodding, summarising back what the RA said about a noisy flat",
     "RAs often bring the surface problem first; listening gets to the real one"],
    ["Open questioning", "\"What have you tried so far?\" rather than \"Have you told them to keep it down?\"",
     "Keeps the thinking with the RA so they can solve the next one alone"],
    ["Empathy", "Recognising that an RA is also a student with exams and a social life",
     "Without it the RA stops telling me when they are struggling"],
    ["Giving feedback", "Specific, soon after the event, and about behaviour not personality",
     "RAs improve fastest when they know exactly what to repeat"],
    ["Role modelling", "Turning up when I said, handling incidents calmly",
     "They copy what I do far more than what I say"],
)

BLOCKS = [
    P("Understanding Mentoring - written assignment"),
    P("Bronwen Asante, Residence Life Coordinator, Northgate and Weir Halls"),
    P("""Every September around forty second and third year students start as resident
      assistants, or RAs, in our halls. They live on a corridor with first years and are the
      first person anyone knocks for, whether it is a blocked sink or someone crying at 2am. From
      this year I will mentor the new RAs in small numbers across the first term, and this essay
      sets out how I understand that role."""),
    P("""A mentor, as I understand it, is a more experienced person who supports someone else's
      development over time, mostly by helping them think rather than by telling them. That
      makes it different from being their trainer, which I also am during induction week, and
      from being their line manager, which technically I am as well. A coach tends to work on a
      specific goal for a set period, and a counsellor works on emotional difficulties, which
      is something I must refer on rather than try to do. My job as their mentor is to be a
      sounding board, share what I have learned in eight years of halls work, help them set
      goals, challenge them kindly, and gradually step back as they grow into the role."""),
    P("""Mentoring benefits RAs in quite different situations. For a brand-new RA in their first
      fortnight, it means someone to check their judgement with before they make a call they
      cannot undo, such as whether to wake the duty manager. For an RA who is an international
      student, mentoring can help them understand unwritten British university habits, like
      flat parties that start at eleven, so they are not thrown by them. For an RA coming back
      for a second year, mentoring is about stretching them, for example towards leading
      training for new RAs or applying for graduate jobs with real examples. Outside halls the
      same is true: a volunteer at a students' union society or an apprentice in our estates team
      would gain confidence and independence in the same way."""),
    P("""There are barriers. The first is time: RAs are full-time students and exam weeks wipe
      out their diaries. The second is that I am also the person who can take their free room
      away if things go badly, so they may not want to admit a mistake to me. A third is
      where we meet, because my office is next to the main reception and everyone can see
      who is going in. Last, some RAs do not think they need a mentor at all and treat it as
      another box to tick."""),
    P("""To get round the time problem I will agree a rhythm at the start, every third week
      during term and none in exam weeks, and keep sessions short. For the power problem I will
      be clear in the agreement about what I would have to act on and what stays between us, and
      I will offer the option of being mentored by my opposite number in the other halls
      instead. The meeting place is easy to fix: we can use the quiet study room in Weir or walk
      round the lake. For the RAs who think they do not need it, I will ask them to set the
      agenda for the first meeting and show them what the last group got out of it."""),
    P("""The key skills of a mentor are in the table below, with what each one looks like in halls."""),
    SKILLS,
    P("""For a model I intend to use GROW, because it is simple enough to use in a twenty-minute
      conversation in a corridor. I start with the Goal, what the RA wants from this
      conversation or this term. Then Reality, what is actually happening now, who is involved
      and what they have tried. Then Options, where I ask them to come up with at least three
      possible ways forward before I say anything. Then Will, or Way forward, where they choose
      what they are going to do and by when. Clutterbuck and Megginson's work also reminds me that
      a mentoring relationship has stages, so the model sits inside a relationship that starts,
      matures and ends."""),
    P("""Questioning and listening are how I will keep the RA doing the thinking. Open questions
      such as "what would a good outcome look like for that flat?" get them to describe the
      goal in their own words. Probing questions follow up, and a closed checking question at
      the end ("so you will speak to them on Thursday?") makes sure we both agree. Listening is
      harder. I will use Egan's SOLER idea of posture, sitting square on and open, and resist the
      urge to fix things. Reflecting back the RA's exact words often shows them what they feel.
      Last year I mentored one RA informally, and when Keziah said she was "fine, just tired" three
      weeks running, it was only when I repeated it back to her that she told me she was thinking
      of leaving the course."""),
    P("""Feedback in the mentoring role has to be specific and fair. I plan to use the CEDAR
      approach: Context, Examples, Diagnosis, Actions and Review. For instance, after an RA runs
      their first flat meeting I would set the context, give two examples of what I saw, ask them
      what they think went on, agree one action, and review it at the next session. I will
      always ask them to assess themselves first, and keep the balance towards what went
      well, because new RAs are already very self-critical."""),
    P("""Trust develops slowly, and mainly through behaviour. I will keep every appointment,
      keep what they tell me confidential within the limits we agree, and be clear at the start
      about the few situations where I would have to share something, such as risk to life.
      Admitting my own mistakes helps; I still tell new RAs about the night I locked myself out
      of the duty office with the master keys inside. Setting boundaries matters too, so I will
      not message RAs late at night about mentoring, and they will know where else they can go,
      such as the wellbeing service, for things outside my remit. Our accommodation officer,
      Dominic Achterberg, has agreed to be a second contact for anyone who would rather not talk
      to me."""),
    P("""Planning sessions starts before the first meeting. I will send each RA a short
      questionnaire on what they feel confident about (fire alarms, conflict, homesickness) and
      what worries them, and use it to spot gaps. The first session agrees a mentoring agreement:
      how often we meet, where, for how long, confidentiality, and how either of us can end it.
      Before each later session I will re-read my notes and the RA's actions, and we will set the
      agenda together at the start. Timing matters: never in the week of a deadline."""),
    P("""Goals will depend on the RA. For a new RA a realistic goal would be to run a flat meeting
      about the cleaning rota by the end of October without me there, checked by the flat's own
      feedback. For a returning RA it could be to co-deliver one session of next year's RA training
      by June. A third example, for an RA who avoids conflict, is to have one difficult
      conversation with a resident in the next month and talk it through with me afterwards. I
      would check each goal is specific, realistic in their term timetable, and theirs, not mine."""),
    P("""Finally, records. I need a signed mentoring agreement, a short note of each session
      with date, length, what was discussed and actions agreed, and a record of progress against
      goals. These show what was agreed if memories differ, let the RA see how far they have come,
      and give me evidence of my own practice. Because they hold personal information about
      students they must be kept securely, only in the university's protected drive and not on
      my personal phone, shared with the RA, and deleted in line with data protection rules
      when the mentoring ends. I would not put anything in them that I would be unhappy for the
      RA to read."""),
    P("""I confirm that this assignment is my own work. Bronwen Asante"""),
]

CASE = Case(
    name="s_8584_200_halls_essay_docx",
    unit="8584-200",
    kind="unstructured",
    files=[SourceFile("Asante understanding mentoring.docx", BLOCKS)],
    labels={
        "1.1": "a sounding board, share what I have learned",
        "1.2": "understand unwritten British university habits",
        "1.3": "can take their free room away",
        "1.4": "walk round the lake",
        "2.1": "They copy what I do far more than what I say",
        "2.2": "at least three possible ways forward before I say anything",
        "2.3": "resist the urge to fix things",
        "2.4": "Context, Examples, Diagnosis, Actions and Review",
        "2.5": "locked myself out of the duty office",
        "3.1": "send each RA a short questionnaire",
        "3.2": "co-deliver one session of next year's RA training",
        "3.3": "not on my personal phone",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": None,
        "identifying": ["Keziah", "Dominic Achterberg"],
    },
    about="University halls residence life coordinator; Word essay in plain paragraphs plus a skills table, no headings or numbers, barriers and overcoming in adjoining paragraphs; a past mentee's first name and a colleague's full name planted.",
)
