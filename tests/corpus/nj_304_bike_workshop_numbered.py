"""8587-304 Undertaking an Extended Period of Mentoring: a bike shop workshop manager's portfolio, unstyled.

Marcus Oyelaran runs the workshop of an independent bike shop in Bristol and mentors two new
staff for twelve hours: an apprentice mechanic ("Mentee 1") and a career changer on the shop
floor ("Mentee 2"). His Word file has no heading styles, only the AC numbers he typed, and
opens with an evidence matrix. Two details slip through.

Planted (2): Mentee 1's personal email address, pasted into the contract summary
("lewis.tranter99@hotmail.co.uk"); Mentee 2's first name, which is also a word, in the
feedback answer ("Frank"). Lower-case "to be frank" appears once in a reflection and is
not a name.

Clean but tricky: his own name on the cover and in the declaration, his tutor named where
the cover asks; the shop's name and its landline and workshop email on the cover; brands and
products (Shimano, SRAM, Brompton, Strava, Excel, WhatsApp), a competitor (Halfords),
schemes and bodies (Cytech, the Cycle to Work scheme, British Cycling), a public figure (Sir
Chris Hoy), the Tour de France, Bristol places (Gloucester Road, Stokes Croft, the Bristol
and Bath Railway Path), job titles (Senior Mechanic, Workshop Manager, Store Owner), months,
weekdays, "Kolb's cycle" in a bike shop, GROW, "Tell, Show, Do", VARK.
"""

from .case import Case, H, P, SourceFile, T

PORTFOLIO = [
    P("ILM Level 3 Certificate in Effective Coaching and Mentoring"),
    P("Unit 304 Undertaking an Extended Period of Mentoring within an Organisational Context"),
    T(
        ["Learner", "Marcus Oyelaran"],
        ["Workplace", "Spoke & Chain Cycles, Gloucester Road, Bristol. 0117 496 0832, workshop@spokeandchain.co.uk"],
        ["Tutor", "Helen Marchetti"],
        ["Submitted", "April 2025"],
    ),
    P("Evidence matrix"),
    T(
        ["AC", "Where to find the evidence"],
        ["1.1, 1.2, 1.3", "Planning section, contracts (Appendix 1)"],
        ["2.1, 2.2, 2.3", "Practice section"],
        ["2.4", "Mentoring log and session records (Appendix 2)"],
        ["3.1 to 3.4", "Review section, feedback forms (Appendix 3), supervision notes (Appendix 4)"],
    ),
    H(1, "1.1 Plan for 12 hours of mentoring"),
    P("""I mentored two people for six hours each. Mentee 1 is a nineteen-year-old apprentice
      mechanic working towards his Cytech qualifications. Mentee 2 is in his fifties and
      joined the shop floor after thirty years in insurance. Sessions were an hour,
      fortnightly, from October to March, on Tuesday mornings before we open at ten, which is
      our quietest time. We met in the workshop office, or once a month for Mentee 1 out on
      the Bristol and Bath Railway Path on a test ride, which he preferred to sitting down.
      Resources: a mentoring agreement, a skills self-assessment, a session record sheet and
      an Excel log. I planned the twelve hours around the Cycle to Work rush in spring, when
      there is no spare time at all."""),
    H(1, "1.2 Agreed goals and how they were agreed"),
    P("""In each first session I asked what they wanted to be able to do in six months and what
      was getting in the way, then we turned the answers into goals together and checked them
      against the shop's needs with the Store Owner."""),
    P("""Mentee 1: complete a full Shimano and SRAM groupset build unsupervised, to the
      Senior Mechanic's standard, by February; and keep his workshop time per service under
      ninety minutes."""),
    P("""Mentee 2: handle a Cycle to Work customer from first question to sale on his own; and
      feel confident talking about e-bikes, which worried him most."""),
    H(1, "1.3 Contract"),
    P("""Both mentees signed an agreement (Appendix 1, with names removed) covering six
      one-hour sessions, the dates, cancellation by text at least a day before, what stays
      confidential and the limits (safety in the workshop, anything illegal), and how notes
      are stored. The Store Owner signed a section agreeing the broad goals and that he will
      not ask what was said. For rearranging, Mentee 1 asked me to use his own email, so the
      summary page lists lewis.tranter99@hotmail.co.uk rather than the shop account. Because
      I sign off the apprentice's workshop hours, we agreed that mentoring notes are kept
      separate from his apprenticeship paperwork."""),
    H(1, "2.1 Diagnostic and assessment tools"),
    P("""For Mentee 1 I used the Cytech skills checklist as a self-assessment and then scored it
      myself separately. He rated himself high on wheel building and low on hydraulic
      brakes; I saw it the other way round, which became our first conversation and shaped
      his groupset goal. For Mentee 2 I used the VARK learning preferences questionnaire. He
      came out strongly read/write, so instead of showing him e-bikes on the floor I gave him
      the Brompton and Shimano dealer guides to read first, then we talked, then he tried it
      on a customer. I also asked both to rate their confidence out of ten on each goal at
      the start so we had a baseline."""),
    H(1, "2.2 Mentoring model"),
    P("""I used GROW for each session and Tell, Show, Do for practical workshop skills inside
      it. With Mentee 1 and the hydraulic brakes, the Goal was bleeding a set of brakes to
      the Senior Mechanic's standard. Reality: he had done two and both needed redoing.
      Options: watch a video, watch me, or do one with me watching. Way forward: I showed him
      once (Show), then he did one while I kept my hands in my pockets (Do). By session four
      he was bleeding brakes on customer bikes without checks. For Mentee 2, GROW helped him
      see that his e-bike fear was really fear of being asked something he could not answer,
      so his way forward was a line he could use: "Let me find out properly for you.\""""),
    H(1, "2.3 Knowledge, skills and behaviours"),
    P("""I used open questions ("What happened when the customer asked about range?"),
      summarising and holding silence, which is not natural for me in a noisy workshop. With
      Mentee 2, who is older than me, I had to listen more and advise less; he had handled
      difficult customers for thirty years and just needed to connect it to bikes. Ethically,
      when Mentee 1 told me another mechanic was skipping torque checks, I reminded him of
      the safety limit in our agreement and we agreed that he would raise it with the Senior
      Mechanic himself, with me present. I did not share anything else from our sessions."""),
    H(1, "2.4 Mentoring log"),
    T(
        ["Date", "Mentee", "Length", "Focus", "Action agreed"],
        ["01/10/2024", "M1", "60 min", "Agreement, goals, Cytech checklist", "Compare scores"],
        ["08/10/2024", "M2", "60 min", "Agreement, goals, VARK", "Read dealer guides"],
        ["15/10/2024", "M1", "60 min", "Hydraulic brakes, Tell Show Do", "Bleed two sets with me"],
        ["22/10/2024", "M2", "60 min", "E-bike questions he fears", "Practise one-line answer"],
        ["05/11/2024", "M1", "60 min", "Test ride on the Railway Path", "Time three services"],
        ["12/11/2024", "M2", "60 min", "First Cycle to Work sale", "Do two more alone"],
        ["03/12/2024", "M1", "60 min", "Torque checks concern", "Raise with Senior Mechanic"],
        ["10/12/2024", "M2", "60 min", "Customer complaint role play", "Use it on the floor"],
        ["14/01/2025", "M1", "60 min", "Groupset build plan", "Build under observation"],
        ["21/01/2025", "M2", "60 min", "Confidence scores review", "Lead Saturday demo"],
        ["11/02/2025", "M1", "60 min", "Review and ending", "Keep build log"],
        ["18/02/2025", "M2", "60 min", "Review and ending", "Mentor next new starter"],
    ),
    P("Total 12 hours. Each session has a record sheet in Appendix 2."),
    H(1, "3.1 Reflection and key learning"),
    P("""After each session I wrote a short reflection using Kolb's cycle, which my tutor found
      funny in a bike shop. Key learning: I talk too much when I am nervous, and to be frank
      I was nervous mentoring someone older than me. With Mentee 1 I learnt that the test
      rides were our best sessions, because walking or riding side by side made talking
      easier. I also learnt to stop fixing things myself when a mentee was struggling; the
      brake bleeding only improved when I kept my hands in my pockets."""),
    H(1, "3.2 Feedback on my mentoring"),
    P("""Both mentees filled in a feedback slip after each session (Appendix 3), with a score out
      of five and a comment. Mentee 1's scores went from three to five. After the complaint
      role play Frank said it was the first time since leaving insurance that he had felt his
      old skills counted for something. My tutor observed session eight and fed back that I
      asked good questions but answered two of them myself. I used that in the next session
      by counting to five before speaking."""),
    H(1, "3.3 Review of my communication skills"),
    P("""Questioning: my records show that in the first three sessions I mostly asked closed
      questions ("Did you check the pads?"). By the end most of my questions were open. The
      difference showed: open questions led to the mentee choosing his own actions, which he
      then did. Listening: I am better side by side than face to face, so I will keep using
      walks and rides. Feedback: I learnt to ask for their view first and then give one
      specific thing that went well and one to change. Mentee 2 said this was the first
      feedback in the shop he had not found "vague"."""),
    H(1, "3.4 Supervision"),
    P("""I had two one-hour supervision sessions with my tutor, in November and February.
      Outcome of the first: she helped me see I was treating Mentee 2 like a trainee rather
      than an experienced adult, and I changed my approach to ask more about what he already
      knew. Outcome of the second: we looked at how I handled the torque check concern. She
      agreed it was right to keep the mentee in control, but said I should have recorded it
      the same day, which I now do. For future mentoring I will plan walking sessions from
      the start and keep a note of how often I answer my own questions."""),
    P("""Everyone in the shop watched the Tour de France in July and Sir Chris Hoy's story came
      up in more than one session, which helped with goals. Half our customers compare us to
      Halfords, track their rides on Strava and ask about British Cycling routes out of
      Stokes Croft; my mentees now handle all of that."""),
    P("Declaration: I confirm that this portfolio is my own work. Marcus Oyelaran"),
]

CASE = Case(
    name="nj_304_bike_workshop_numbered",
    unit="8587-304",
    kind="numbered-unstyled",
    files=[SourceFile("MOyelaran 304 portfolio.docx", PORTFOLIO)],
    labels={
        "1.1": "around the Cycle to Work rush in spring",
        "1.2": "checked them against the shop's needs with the Store Owner",
        "1.3": "mentoring notes are kept separate from his apprenticeship paperwork",
        "2.1": "I saw it the other way round",
        "2.2": "I kept my hands in my pockets (Do)",
        "2.3": "raise it with the Senior Mechanic himself, with me present",
        "2.4": "Each session has a record sheet in Appendix 2",
        "3.1": "walking or riding side by side made talking easier",
        "3.2": "answered two of them myself",
        "3.3": "I am better side by side than face to face",
        "3.4": "treating Mentee 2 like a trainee",
    },
    expected_checks={"declaration": True, "evidence_matrix": True, "identifying": ["lewis.tranter99@hotmail.co.uk", "Frank"]},
    about="Bristol bike shop workshop manager's unstyled 304 portfolio: a mentee's personal email in the contract summary and the other mentee's wordlike first name in a feedback answer (with lower-case 'to be frank' elsewhere); the shop's own phone and email, Shimano, Brompton, Halfords, Sir Chris Hoy, Bristol places, an evidence matrix.",
)
