"""8587-305 Reflecting on Mentoring Skills: a plant nursery production manager's Markdown journal, answers under the pasted criterion text with no numbers.

Gareth Llewellyn is Production Manager at Brambleside Nurseries near Ledbury, Herefordshire (a
wholesale perennial grower with a retail garden centre). For 304 he mentored an apprentice
propagator ("Mentee 1") and a newly appointed retail plant-area supervisor ("Mentee 2"),
September to February. He keeps notes in Obsidian and wrote 305 there, exported as a .md:
a "#" title, a "##" evidence matrix as a Markdown table (AC number and full criterion text,
then where to look, by section name), "## Journal entries" with dated "###" entries from his
304 log, then four "##" sections whose headings are the criterion text pasted from the
handbook with no AC number (he changed "their own" to "my own" in the first of them), and the
plan as a Markdown table. (kind "unstructured": no AC numbers outside the matrix.)

Shapes: the dated journal entries come before the summary sections and talk about the same
things (records, supervision, feedback) in passing; the labels are in the four criterion
sections only. The 10 Oct entry pastes a session record whose header names Mentee 1 in
full. The 1.1 section weighs records, feedback and supervision and quotes Mentee 1 by her
first name. The plan runs April to October 2025 (seven months) with timescales and measures.

Planted (2): the mentee's full name in the pasted session record ("Chloe Ashworth") and her
first name alone in the 1.1 section ("Chloe"). Not identifying: Gareth's own name (also "G.
Llewellyn" on the record), Mentee 1 / Mentee 2, his tutor and the nursery's owner and head
grower by role, Brambleside Nurseries, Ledbury, Hereford, Malvern, the RHS, the Chelsea
Flower Show, the Malvern Spring Festival, Hillier, Beth Chatto (her gravel garden, a famous
garden), the Veitch Memorial Medal, Kolb, Gibbs, Clutterbuck,
Megginson, Egan, Kline.

No declaration (False). Evidence matrix present (True).
"""

from corpus.case import Case, H, P, SourceFile, T

BLOCKS = [
    H(1, "Unit 305 Reflective Journal - Reflecting on Mentoring Skills"),
    P("Gareth Llewellyn - Production Manager, Brambleside Nurseries, Ledbury"),
    P("ILM Level 3 Certificate in Effective Coaching and Mentoring. Written up March 2025 from my 304 notes."),
    P("""About us: family nursery, 40 staff, growing about 600 lines of perennials for garden centres.
      Our founder won the RHS Veitch Memorial Medal and we have had gold at the Chelsea Flower
      Show twice."""),

    H(2, "Evidence matrix"),
    T(
        ["Criterion", "Where in this journal"],
        ["AC 1.1 Examine the effectiveness of their own mentoring practice based on evidence, including records, supervision and feedback", "Section 'Examine the effectiveness...' plus journal entries 10 Oct, 21 Nov, 16 Jan"],
        ["AC 1.2 Identify own strengths and areas for improvement of their own knowledge, skills and behaviour, including communication and interpersonal skills", "Section 'Identify own strengths...'"],
        ["AC 2.1 Review own mentoring ability to identify future development opportunities, including the use of questioning, listening and communication strategies", "Section 'Review own mentoring ability...'"],
        ["AC 2.2 Produce a relevant development plan covering a minimum of 6 months, including timescales and measures of success", "Section 'Produce a relevant development plan...' (table)"],
    ),

    H(2, "Journal entries"),
    H(3, "12 Sept - first meeting, Mentee 1"),
    P("""Met Mentee 1 in the potting shed office. She's 18, second year of her horticulture
      apprenticeship with Hereford college, and wants to end up running propagation. Went
      through the agreement - fortnightly, 45 mins, Tuesday after the morning watering. She
      was quiet. I talked too much about how I started on the cutting benches at Hillier."""),
    H(3, "10 Oct - session 3, Mentee 1"),
    P("""Better session. She brought the problem herself for once (losses on the salvia cuttings).
      I copied the record in below."""),
    P("""SESSION RECORD - Brambleside mentoring scheme. Mentee: Chloe Ashworth (Apprentice,
      Propagation). Mentor: G. Llewellyn. Date: 10/10/24. Length: 50 min. Topics: salvia cutting
      losses on bench 4; confidence speaking up at the Monday production meeting. Actions (mentee):
      compare mist timer settings with head grower by 17/10; bring one point to Monday meeting.
      Actions (mentor): none. Next: 24/10."""),
    H(3, "21 Nov - supervision with my tutor"),
    P("""An hour on Teams. Took the session where Mentee 2 got upset about the Christmas staffing.
      Tutor asked what I was feeling at the time - honestly, irritated, because it was my
      staffing plan she was upset about. We talked about the difference between the mentor and
      the production manager in the room."""),
    H(3, "16 Jan - Mentee 2's mid-point feedback"),
    P("""Form back from Mentee 2. Scored me 4/5 overall. Most useful: "thinking through how to talk
      to the weekend team". Least useful: "when it turned into a meeting about stock levels"."""),
    H(3, "13 Feb - last session, Mentee 1"),
    P("""Final review. She has cut losses on her benches from about 30% to under 10% and has
      presented at the Monday meeting twice. She asked if we could keep meeting monthly. Said
      yes but informally. Felt proud and also a bit sad."""),

    H(2, "Examine the effectiveness of my own mentoring practice based on evidence, including records, supervision and feedback"),
    P("""I mentored two people for a total of thirteen sessions (seven with Mentee 1, six with
      Mentee 2). To judge how effective I was I went back through three kinds of evidence rather
      than relying on how I felt about it."""),
    P("""The records. My session records are consistent and every action was reviewed the next
      time, which I think is why both mentees made real progress - Mentee 1's bench losses
      fell from around 30% to under 10%, and Mentee 2 now plans the weekend rota herself. But
      when I lined the records up, the "Actions (mentor)" line tells a story. For Mentee 1 it is
      nearly always "none", which is how it should be. For Mentee 2 it is full of things I
      promised to do - check stock, ring the supplier, speak to the owner. I was doing her job
      for her because her job touched mine."""),
    P("""The feedback. Both mentees filled in mid-point and end forms. Mentee 1's end form said I
      "listened more as it went on", and in our last session Chloe said the best thing was that
      I never told her what to do about the salvias. Mentee 2 scored me 4/5 and 5/5 but both
      times wrote that some sessions turned into meetings about stock. That matches the
      records exactly."""),
    P("""Supervision. Two sessions with my tutor (November and January). The November one made me
      see that with Mentee 2 I had a conflict of interest I hadn't named: her problems were
      often caused by my decisions. Putting it together, the evidence says I was an effective
      mentor when the mentee's problem was not about me, and a manager in disguise when it was.
      The structure, follow-up and rapport were good throughout."""),

    H(2, "Identify own strengths and areas for improvement of their own knowledge, skills and behaviour, including communication and interpersonal skills"),
    P("""Knowledge - strength: I know horticulture and this nursery inside out, and I know the
      GROW model and the stages of a mentoring relationship (Clutterbuck and Megginson).
      Area: I know very little about other tools, and I'd never heard of supervision as a
      thing for mentors before this course."""),
    P("""Skills - strengths: organised, good at setting actions that are small enough to do, and
      I follow up. Areas: questioning (I still lead the witness - "have you thought about
      turning the mist down?") and leaving silence."""),
    P("""Behaviour - strengths: patient, reliable, I turn up when I say. Area: when something
      touches my own area I get defensive and start fixing, like I did with Mentee 2 over the
      Christmas staffing."""),
    P("""Communication and interpersonal - strengths: I'm calm and people find me easy to talk
      to; I'm good at explaining technical things without jargon, which mattered with an
      apprentice. Areas: I talk too much at the start of a relationship to fill the gap, and
      I am not good with tears - I go quiet in the wrong way, looking at the floor. I came into
      mentoring thinking my strength was my plant knowledge; I now think my plant knowledge is
      the thing most likely to get in my way."""),

    H(2, "Review own mentoring ability to identify future development opportunities, including the use of questioning, listening and communication strategies"),
    P("""Overall I'd say I'm a competent new mentor who is good at the mechanics and still
      learning the conversation. Questioning: I need to stop disguising suggestions as
      questions. The opportunity I have is to swap mentees with the garden centre manager so
      that I'm not mentoring anyone whose problems I cause, which will take away the pull to
      fix, and to practise with a question list (Egan's probes, and Kline's incisive question)
      kept in my notebook. Listening: I listen well for facts and badly for feelings. I've been
      offered a place on the RHS's mentoring skills day at Malvern in May, which includes
      listening practice in triads. Communication: at the start of every session I will say
      which hat I'm wearing and ask the mentee what they want from the hour before I say
      anything else. Other opportunities: the nursery owner wants three more mentors trained
      next year and has asked me to co-deliver it, which will force me to get clearer about
      what good mentoring is; and I could ask my tutor to observe one more session, because
      the observed session was where I learnt most."""),

    H(2, "Produce a relevant development plan covering a minimum of 6 months, including timescales and measures of success"),
    T(
        ["Month (2025)", "What I will develop", "How", "Measure of success"],
        ["April", "Questions not suggestions", "Question list in notebook; tally leading questions after each session", "Fewer than two leading questions per session by end of May"],
        ["May", "Listening for feelings", "RHS mentoring skills day at Malvern; practise reflecting feelings", "Certificate; next mentee's feedback mentions feeling listened to"],
        ["June", "No conflicts of interest", "Swap mentees with the garden centre manager; new line in agreement about roles", "No sessions about my own decisions in records June-October"],
        ["July", "Second model and tools", "Read Clutterbuck and Megginson properly; try wheel of life and scaling", "Both tools used with new mentee by end of August"],
        ["August", "Silence and tears", "Supervision focus; Kolb cycle after any session that gets emotional", "Reflections written for every hard session, not skipped"],
        ["September", "Observed practice", "Tutor observes one session", "Tutor feedback: mentee talks for at least 70% of the session"],
        ["October", "Helping others learn", "Co-deliver mentor training for three new mentors", "Training delivered; new mentors' feedback 4/5 or better"],
    ),
    P("""Reviewed with my tutor on 14 March. I'll look at it with her again in July and October.
      (Nothing to do with mentoring, but we're also at the Malvern Spring Festival in May with
      the Beth Chatto-style gravel border, so April and May will be tight.)"""),
]

CASE = Case(
    name="zf_b_8587_305_plant_nursery_md",
    unit="8587-305",
    kind="unstructured",
    files=[SourceFile("305 journal - Gareth Llewellyn.md", BLOCKS)],
    labels={
        "1.1": "a manager in disguise when it was",
        "1.2": "my plant knowledge is the thing most likely to get in my way",
        "2.1": "swap mentees with the garden centre manager so",
        "2.2": "Fewer than two leading questions per session",
    },
    expected_checks={
        "declaration": False,
        "evidence_matrix": True,
        "identifying": ["Chloe Ashworth", "Chloe"],
    },
    about="Plant nursery production manager's 305 as an Obsidian Markdown export: a Markdown matrix pointing at sections by name, dated journal entries first, then answers under the pasted criterion text with no numbers, a seven-month plan table; a pasted session record naming the mentee in full and her first name later in the 1.1 section; no declaration.",
)
