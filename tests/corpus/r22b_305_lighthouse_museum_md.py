"""8587-305 reflective journal in Markdown: a lighthouse museum's learning and volunteer manager, clean.

Kenneth "Ken" Mowbray, Learning and Volunteer Manager at an independent lighthouse museum
on the Northumberland coast, reflects on mentoring two members of the team for his ILM
Level 3 Certificate in Coaching and Mentoring. He wrote a flowing Markdown journal with his
own headings (no AC numbers): a look back at the mentoring, what the evidence says, a
strengths and weaknesses section, a supervision note, and a development plan table. The
mentees are "Mentee 1 (volunteer guide)" and "Mentee 2 (learning assistant)", M1 and M2;
nobody is named who needs anonymising.

Clean but tricky: the learner's own name and his own short name ("Ken"); his supervisor in
a Supervisor field and by first name, a first name that is also a word ("Dr Sandy
Ferguson", "Sandy"); Grace Darling (historical), the Forfarshire (a ship), the RNLI
lifeboat Grace Darling, Longstone Lighthouse, the Farne Islands; Robert Stevenson and
Robert Louis Stevenson; Augustin Fresnel and the Fresnel lens; Chance Brothers; Smeaton's
Tower; the museum's coble, the Hope, and the lower-case "hope"; the museum cat, Stevenson;
Trinity House, Arts Council England, the National Lottery Heritage Fund; "dawn" in
lower case; Clutterbuck, Megginson, Kram, Gibbs, Kolb, Schön, Rolfe, Johns, Kline, Honey and
Mumford, Hawkins, SWOT, the Johari window; "Will" opening a question; "Mark" as a verb
opening a sentence.

Unit 305 expects a reflective journal evidence matrix; Ken did not include one (False). He
wrote no declaration or authentication statement (False). No practice figures.
"""

from .case import Case, H, P, SourceFile, T

BLOCKS = [
    H(1, "Reflective journal – ILM Unit 8587-305 Reflecting on Mentoring Skills"),
    P("Kenneth Mowbray · Learning and Volunteer Manager · ILM no. 60590318 · May 2025"),

    H(2, "Looking back on six months of mentoring"),
    P("""From October to March I mentored two people at the museum. Mentee 1 (M1) is a volunteer
      guide, retired from the fishing fleet, who wanted to take on the school tours and was
      frightened of "a room full of ten-year-olds". Mentee 2 (M2) is our learning assistant, in
      her first museum job, who wanted to plan and run the Grace Darling outreach programme for
      Key Stage 2 on her own. I met M1 eight times and M2 seven times, in the lamp-room office or
      walking the headland, and kept a log and a short note after each session."""),
    P("""Both reached their goals, and that is the first piece of evidence. M1 now leads the Tuesday
      school tours, including the bit in the lens room where he explains how Augustin Fresnel's
      lens (ours was made by Chance Brothers in Smethwick) bent the light so a small lamp could be seen twenty miles out. M2 wrote and delivered
      the Grace Darling programme to six schools: the story of the Forfarshire wreck in 1838,
      Grace and her father rowing out from Longstone, on the Farne Islands, in the coble, and a visit to see the RNLI's
      old lifeboat, the Grace Darling, which is on loan to us this year. Teachers' evaluation
      scores averaged 4.7 out of 5."""),
    P("""But outcomes are not the same as effective mentoring. Looking at my notes, most of them
      record what the mentee did and what actions they agreed; very few say anything about what
      I did or how I felt. Two of M1's sessions have no note at all – both were the weeks of the
      winter storms when we had the Trinity House inspectors in."""),

    H(2, "What the evidence says"),
    P("""Mentee feedback (their end-of-mentoring forms): M1 gave me 5/5 for "felt listened to" and
      "helped me find my own answers"; M2 gave 4/5 for both, and wrote: "Sometimes you had already
      decided what the programme should look like." That stung, and it is fair. Grace Darling is
      my favourite story in the museum, and I think I was mentoring M2 towards my version of it."""),
    P("""Supervision evidence: in February, Sandy took me through the session where M2 proposed
      dropping the Stevenson family section (Robert Stevenson the engineer, and his grandson
      Robert Louis Stevenson, who wrote Treasure Island and trained as a lighthouse engineer
      before he gave it up). I argued for keeping it. Sandy asked whose programme it was. In
      Kram's terms M2 was ready to move from initiation into cultivation, taking more
      ownership, and I was holding on."""),
    T(
        ["Supervisor", "Dr Sandy Ferguson (coach-mentor supervisor, EMCC accredited)"],
        ["Date", "12 February 2025, 1 hour, video call"],
        ["Themes", "Ownership of the outreach programme; my enthusiasm as a risk; ending well with M1"],
        ["Agreed", "Ask M2 what she wants to keep; plan M1's ending two sessions ahead; notes on my own part"],
    ),
    P("""Putting it together – a SWOT first, then Kolb's cycle, then Rolfe's "What? So what? Now what?": what – both goals met, one
      mentee felt steered; so what – I am effective at building confidence and less effective at
      letting go when I care about the subject; now what – the plan below."""),

    H(2, "Strengths and what I need to work on"),
    P("""Knowledge: I know the museum, its collection and its stories inside out, and I know the
      volunteers. My mentoring knowledge is newer – I have read Clutterbuck and Megginson and
      Kram, and I use GROW, but I have not yet tried other approaches such as Kline's Thinking
      Environment."""),
    P("""Skills: I build rapport easily; M1 said he trusted me because I "knew what a coble was".
      I am good at practical problem-solving. My weaker skills are questioning – I ask one good
      open question and then a leading one – and summarising, which I forget to do when a
      session is going well. Communication is clear, but I talk too much."""),
    P("""Behaviour: I am reliable, I keep confidences (when the director asked me how M1 was
      "really" doing I said he would tell her himself), and I am enthusiastic. The Johari window
      exercise with Sandy put "enthusiasm that takes over" in my blind pane. Interpersonal: I
      adapt to people – M1 is an Activist (Honey and Mumford) and learns by doing, so we
      practised tours on the cat, Stevenson, who sleeps in the lens room; M2 is a Reflector, so
      I sent questions a day ahead."""),
    T(
        ["Strengths", "Areas for improvement"],
        ["Rapport; reliability; knowledge of the museum; practical support", "Leading questions; not summarising; steering when I care about the topic; thin notes on my own part"],
    ),

    H(2, "Reviewing my mentoring ability"),
    P("""Questioning. Mark the point in each session where I first offer an idea: in my notes for
      M2, it is usually in the first twenty minutes. Strategy: stay with "What else?" and "What
      would you like to do?" through the whole Options stage, and write my own ideas on a pad
      rather than saying them."""),
    P("""Listening. I listen well for the practical problem and less well for how the person feels:
      M1 mentioned twice that his wife was unwell before I picked it up. Strategy: summarise
      feelings as well as facts, and leave silence after a big answer."""),
    P("""Communication and records. Strategy: a short note after each session with three boxes –
      what the mentee did, what I did, what I'd do differently – using Gibbs' cycle or Johns' model for
      anything that felt difficult, and Schön's reflection-in-action as a prompt to notice in the moment
      when I start steering."""),
    P("""Will I keep this going once the summer season starts and we open at dawn for the lamp
      anniversary? Only if it is written down with dates, so here it is."""),

    H(2, "Development plan, June – December 2025"),
    T(
        ["What", "How", "When", "How I'll know"],
        ["Questioning", "Ideas on the pad, not out loud; 'What else?' through Options", "June – August 2025", "No more than one suggestion per session, counted in my notes"],
        ["Listening", "Summarise feelings; leave silence after a big answer", "From June 2025", "Mentees score 'felt listened to' 5/5"],
        ["Records", "Three-box note within 24 hours", "Every session from June", "All sessions recorded; Sandy reviews three"],
        ["Supervision", "Every two months with Sandy; bring one recording", "July, September, November 2025", "Three sessions, one action tried from each"],
        ["New practice", "Mentor two new volunteer guides for the Smeaton's Tower exchange visit", "September – December 2025", "Six sessions each; feedback forms"],
        ["Reading / CPD", "Kline, Time to Think; Hawkins on supervision; museum mentoring network", "By October 2025", "Try one new technique and reflect on it with Sandy"],
    ),
    P("""I will review this plan in September, when the Arts Council England and National Lottery
      Heritage Fund reports are due and the museum's coble, the Hope, comes back from
      restoration, and again in December. There is real hope here for the volunteer team – two
      more guides have asked for a mentor. — Ken"""),
]

CASE = Case(
    name="r22b_305_lighthouse_museum_md",
    unit="8587-305",
    kind="unstructured",
    files=[SourceFile("mowbray_305_reflective_journal.md", BLOCKS)],
    labels={},
    expected_checks={
        "declaration": False,
        "evidence_matrix": False,
        # Nobody to anonymise: Kenneth Mowbray / Ken (learner), Dr Sandy Ferguson / Sandy
        # (supervisor in the Supervisor field), Grace Darling and the Forfarshire, the lifeboat,
        # the Stevensons, Fresnel, Chance Brothers, Smeaton's Tower, the coble Hope, the cat
        # Stevenson, theorists, "Will"/"Mark" opening sentences, M1/M2.
        "identifying": [],
    },
    about="Lighthouse museum volunteer manager's clean 305 Markdown journal: supervisor 'Dr Sandy Ferguson'/'Sandy' in a form, Grace Darling, the Forfarshire, the Stevensons, Fresnel, a coble called the Hope, a cat called Stevenson, learner's own short name, no declaration, no matrix.",
)
