"""8584-200 Understanding Mentoring: a commercial laundry's night shift team leader, Word saved as PDF.

Donna Kearsley leads the night shift at a commercial laundry that washes for hotels and two
hospital trusts, and is about to mentor new production operatives (mostly agency staff
taken on permanently, several with little English). She wrote in Word and saved as PDF.
Every answer sits under a heading of the form "Question N: <her own title> (AC)", the
bracket at the end giving the criterion; several headings are long enough to wrap onto a
second line. Her question numbers are her own running count, not the criteria: she answers
trust (2.5) before feedback (2.4) and goals (3.2) before planning (3.1), so "Question 9" is
3.2 and "Question 10" is 3.1. "Question 3" covers 1.3 and 1.4 together (barriers in one
paragraph, how she will get round them in the next). The benefits answer (1.2) is four
paragraphs with its label in the third (her second situation, starters with little
English); the model answer (GROW) has its
label in its third paragraph. The skills (2.1) are a two-column table whose header is two
plain cells, label in a cell. A cover table, an introduction and a conclusion touching every
topic, a short reference list and a signed declaration.

Planted (2): a former new starter she helped, by first name, in the benefits answer
("Marek"); a hotel's head housekeeper by initial and surname in the feedback answer
("T. Salt"). Not identifying: the laundry, Stoke-on-Trent, the hospital trusts (not named),
the Production Manager and the agency by role, her tutor on the cover where the form asks,
Whitmore (GROW), the learner's own name and "D. Kearsley".
"""

from .case import Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "ILM Level 2 Award in Effective Mentoring Skills"),
    P("Unit 8584-200 Understanding Mentoring – written assignment"),
    T(
        ["Learner name", "Donna Kearsley"],
        ["Job title", "Shift Team Leader (nights)"],
        ["Organisation", "Brightwell Linen Services, Stoke-on-Trent"],
        ["Centre", "Potteries Training Partnership"],
        ["Tutor", "Alan Whitehurst"],
        ["Date", "14 March 2025"],
    ),

    H(1, "Introduction"),
    P("""Brightwell is a commercial laundry. We wash, dry, iron and pack bed linen, towels and
      theatre gowns for about sixty hotels and two hospital trusts, 24 hours a day, six days a
      week. On nights I have 31 operatives across the tunnel washer, the dryers, the flatwork
      ironers and despatch. From April the company is taking on twelve new operatives, most of
      them agency staff who are being made permanent, and the Production Manager has asked the
      team leaders to mentor them for their first three months. This assignment covers the
      role of a mentor, the benefits, the barriers and how to overcome them, the skills I will
      need, a mentoring model, questioning and listening, trust, feedback, goals, planning
      the sessions and the records I will keep."""),

    H(2, "Question 1: what a mentor does on the wash floor (1.1)"),
    P("""Mentoring is when a more experienced person supports someone less experienced to
      develop and find their feet, mainly by listening, asking questions and sharing their own
      experience, over a period of time. It is not the same as training. The new operatives
      are trained on the machines by our trainer in their first week, and their supervisor is
      me or the other team leader, who checks their output and deals with attendance. As a
      mentor I will be the person they can come to with the things they would not ask a
      supervisor, and I will help them work out their own answers rather than just telling
      them. I am not a counsellor either: if something personal comes up that I can't help
      with, I will point them to the Employee Assistance line or HR."""),
    P("""The main activities of the role will be: meeting each mentee regularly at a set time,
      agreeing with them what they want to get out of it, helping them set goals and review
      them, listening, giving honest feedback, being a good role model on the floor (PPE,
      manual handling, not cutting corners on the ironer), keeping what they tell me
      confidential within the limits we agree, and keeping short records. It also means
      knowing when to step back, because the aim is that by the end they don't need me."""),

    H(2, "Question 2: How mentoring will help our new starters in three different situations (1.2)"),
    P("""Mentoring benefits people in different ways depending on where they are starting from.
      These are the three situations I expect with the new starters on nights."""),
    P("""Situation 1 – agency worker made permanent. Someone who has worked here through the
      agency already knows the machines but has never been part of the team. They have often
      been moved round every night to fill gaps and nobody has asked what they are good at.
      Mentoring gives them one person who takes an interest, helps them understand the
      permanent contract, the bonus scheme and the sickness policy, and helps them feel they
      belong. Last year Marek went permanent and I spent ten minutes with him most nights
      for the first month, and he said that was the reason he stayed."""),
    P("""Situation 2 – a new starter with limited English. Two of the April starters have been
      in the UK less than a year. For them the benefit is mostly confidence. A mentor can go
      through the safety signs and the paperwork slowly, check they have understood without
      making them feel stupid, and help them set a goal such as being able to do the shift
      handover in English. If they are confident enough to speak up about a jam in the
      feeder they are safer and so is everyone else."""),
    P("""Situation 3 – an operative who wants to move up. Some of the new starters will
      already have supervisory experience from other jobs. For them mentoring can link what
      they do now to the next step, for example aiming for the ironer team leader job when
      it comes up. The benefit is career development: having someone help them plan what
      experience they need and practise the interview."""),

    H(2, "Question 3: Barriers to mentoring new operatives on a three-shift site, and how I plan to overcome them (1.3 and 1.4)"),
    P("""The first barrier is time. On nights the line does not stop, and if a machine goes
      down everyone is pulled onto it, so a mentoring session can disappear at the last
      minute. The second barrier is language: if my mentee doesn't understand me or is too
      embarrassed to say so, the sessions will not work. The third is trust, because to a new
      operative I am the boss who signs their timesheets and they may not want to admit
      problems to me. A fourth barrier is the environment: the floor is loud and hot
      and there is nowhere private except the canteen."""),
    P("""To overcome the time problem I will book sessions at the start of the shift, before the
      first hotel run comes in, and agree with the Production Manager that those 30 minutes
      are protected unless there is a breakdown, in which case I rebook within the week. For
      language I will use short sentences, pictures and the translated safety cards, check
      understanding by asking them to show me rather than asking "do you understand?", and
      if needed ask a colleague who speaks their language to join for the first session with
      their agreement. For trust I will agree at the start what stays between us and what I
      would have to pass on, and I will keep the mentoring separate from anything to do with
      discipline. For the environment I will use the training room, which is empty at night."""),

    H(2, "Question 4: Key skills (2.1)"),
    P("The table shows the key skills I will need and what each one looks like in practice on nights."),
    T(
        ["Skill", "What it looks like on nights"],
        ["Active listening", "Giving the person my full attention, away from the noise, and summarising back what they said"],
        ["Questioning", "Asking open questions so they do the talking, e.g. what part of the shift is hardest for you?"],
        ["Empathy", "Noticing when someone has gone quiet on the line and asking how they are, not just why output is down"],
        ["Giving feedback", "Specific, about what they did, balanced, and straight after it happened"],
        ["Role modelling", "Wearing my own PPE and doing the manual handling properly even when we are behind"],
        ["Goal setting", "Helping them set small SMART goals they choose themselves"],
    ),

    H(2, "Question 5: The mentoring model I am going to use and how it will work at Brightwell (2.2)"),
    P("""I am going to use the GROW model (Whitmore). It has four stages: Goal, Reality, Options
      and Will (or Way forward). It is simple to remember, and I can use it in a 30-minute
      session or even a ten-minute chat at the end of a shift."""),
    P("""Goal is what the mentee wants to achieve, either overall or from this session. Reality
      is where they are now, what is happening and what they have tried. Options is all the
      different things they could do, and the idea is that they come up with them, not me.
      Will is what they are actually going to do, by when, and how they will know they have
      done it."""),
    P("""In practice it would go like this. A new operative says she wants to move from
      folding to the ironer. Goal: be signed off on the ironer within eight weeks. Reality:
      she has watched but never fed it, and she is nervous of the rollers. Options: shadow a
      feeder on two shifts, practise with the trainer, read the safe system of work, start on
      pillowcases before sheets. Will: she picks the two shadow shifts and asks the trainer
      herself, and we review at our next session. I will write the Will stage on the
      session sheet so we both have it."""),

    H(2, "Question 6: Questioning and listening (2.3)"),
    P("""I will mainly use open questions (what, how, tell me about) because they get the
      mentee talking and thinking. Closed questions are useful to check a fact or agree an
      action, for example "so you'll do that by Friday?". Probing questions help go deeper
      when an answer is vague: "what exactly happened when the cage tipped?" I will try not
      to ask leading questions like "you didn't enjoy that, did you?" because they put words
      in their mouth."""),
    P("""For listening I will face the person, keep eye contact (without staring), let them
      finish, and not plan my answer while they are still speaking. Then I will summarise
      back what I heard, which shows I listened and lets them correct me. With the mentees
      who have less English I will leave longer pauses, because they may need time to find
      the words, and a silence is not a problem to be filled."""),

    H(2, "Question 7: Trust (2.5)"),
    P("""Trust will take time, especially as I am also a team leader. At the first meeting I will
      explain clearly what mentoring is for and agree confidentiality: what they tell me stays
      with me unless it is about safety, safeguarding or something illegal. Then I have to
      keep to it. I will turn up when I say I will, do what I promise (for example chasing a
      wrong payslip the next day) and admit when I don't know something. Telling them about
      my own first weeks, when I jammed the folder twice in one night, shows I am human.
      Keeping discipline completely separate from mentoring is important, because one slip
      there and the trust would be gone with that person and probably with the rest of the
      shift as well."""),

    H(2, "Question 8: Giving feedback to new operatives (2.4)"),
    P("""I will give feedback as soon as I can after the thing happened, in private, and about
      the work, not the person. I will start by asking them how they think it went, then say
      what went well and one thing to improve, with an example, and finish with what they
      will do next time. For example, after a hotel complaint about stained pillowcases last
      winter (T. Salt, the head housekeeper at one of the city hotels, rang the office
      twice) I had to talk to the operative on the packing line. I asked her to show me how
      she checked the pillowcases, praised that she was fast and tidy, and then showed her
      the rejects light she had been missing. She suggested checking every tenth bundle,
      which came from her and so she stuck to it."""),

    H(2, "Question 9: Goals (3.2)"),
    P("""Goals will be agreed with the mentee, not handed to them, and written down as SMART.
      Two examples. Goal 1: "By the end of May I will be able to run the dryer changeover on
      my own, checked by my mentor on three shifts." Goal 2: "Within eight weeks I will lead
      the shift handover for my section in English at least once a week." For the goals to
      be effective they need to matter to the mentee, be small enough to achieve in the three
      months, and have a clear way of knowing when they are done."""),

    H(2, "Question 10: How I will plan the mentoring sessions, including the forms I will use as evidence (3.1)"),
    P("""Before the first session I will ask each mentee to fill in a short getting-to-know-you
      questionnaire (what they did before, what they find hard, what they want from the
      job), with help if their reading is limited. At the first session we will go through it
      and sign a mentoring agreement covering how often we meet, where, confidentiality and
      how to cancel. I plan six sessions of 30 minutes, every other week, at the start of the
      shift in the training room. Before each session I will look at the last session sheet
      and the goal we set so I know what to ask about, and I will leave the agenda open
      enough that the mentee can bring what matters to them that week."""),

    H(2, "Question 11: Records (3.3)"),
    P("""I will keep the signed agreement, the questionnaire, a session sheet for each meeting
      (date, length, what we talked about, goals and actions) and a final review. Records show
      what was agreed so we don't rely on memory, show progress over the three months and
      are evidence for my ILM course. They will be kept in a locked drawer in the team
      leaders' office and only shared with the mentee. I will not use full surnames on
      anything that goes to my tutor, and they will be shredded six months after the
      mentoring ends, in line with GDPR."""),

    H(1, "Conclusion"),
    P("""Mentoring the April starters will take effort on a busy night shift, but the benefits are
      clear. I have described what a mentor does, how mentoring helps in three situations,
      the barriers and how to overcome them, the skills I need, how I will use GROW,
      questioning and listening, building trust, feedback, goals, planning and records."""),
    H(1, "References"),
    P("Whitmore, J. (2017) Coaching for Performance. 5th edn. London: Nicholas Brealey."),
    P("ILM (2021) Level 2 Award in Effective Mentoring Skills handbook."),
    P("Declaration: I confirm that this assignment is all my own work. Signed: D. Kearsley   Date: 14/03/2025"),
]

CASE = Case(
    name="sp_200_commercial_laundry_pdf",
    unit="8584-200",
    kind="structured-pdf",
    files=[SourceFile("Donna Kearsley Unit 200.pdf", BLOCKS)],
    labels={
        "1.1": "will be the person they can come to with the things",
        "1.2": "If they are confident enough to speak up about a jam",
        "1.3": "to a new operative I am the boss who signs their timesheets",
        "1.4": "agree with the Production Manager that those 30 minutes are protected",
        "2.1": "Noticing when someone has gone quiet on the line",
        "2.2": "she picks the two shadow shifts and asks the trainer",
        "2.3": "I will leave longer pauses, because they may need time",
        "2.4": "praised that she was fast and tidy",
        "2.5": "when I jammed the folder twice in one night",
        "3.1": "look at the last session sheet and the goal we set",
        "3.2": "lead the shift handover for my section in English",
        "3.3": "shredded six months after the mentoring ends",
    },
    expected_checks={"declaration": True, "evidence_matrix": None, "identifying": ["Marek", "T. Salt"]},
    about="Commercial laundry night team leader's 200 as a Word PDF: 'Question N: <own title> (AC)' headings, some wrapping, her own running question numbers with 2.5 before 2.4 and 3.2 before 3.1, 'Question 3' over 1.3 and 1.4, 1.2 label in the 3rd of four paragraphs, GROW label in 3rd paragraph, two-column skills table with a plain two-cell header, cover table with tutor, planted 'Marek' and 'T. Salt', signed declaration.",
)
