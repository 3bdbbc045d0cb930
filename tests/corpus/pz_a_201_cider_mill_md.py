"""8584-201 practice log in Markdown: Planned clock ranges against Actual lengths, a cancelled and moved session, a March subtotal, "an hour and a bit" whose figure is in a session note further down, a TOTAL added short, things not counted, tutor support in prose.

Megan Howells, cellar team leader at a craft cider maker in Herefordshire, mentors "Mentee A",
a new cellar hand who came from retail. She typed her log in Markdown: a table with Planned
(clock ranges, "10:00–11:00") and Actual ("10:00–11:30", "1.5 hrs", "an hour and a bit",
"2½ hours") columns. The 10 March session was cancelled when the bottling line broke down and
moved to 12 March (its own row). A "March subtotal" row is right; the TOTAL counts "an hour
and a bit" as one hour and so is 10 minutes short. A session note for 2 April gives the
figure her phone timer showed (1 hr 10 mins) for the same session. Not counted, in her words:
the food safety refresher she ran for the whole production team (training) and a 20-minute
catch-up in the orchard. Tutor support is in prose: a 15-minute phone call and the one-hour
tutor meeting, which ran to 18:00–19:05.

Practice truth: 90 + 90 + 70 + 150 = 400 minutes in 4 sessions with one mentee;
tutor support 15 + 65 = 80 minutes.
"""

from .case import B, Case, H, P, SourceFile, T

BLOCKS = [
    H(1, "Unit 201 Developing Mentoring Skills - practice log"),
    P("""Megan Howells - cellar team leader, craft cider maker (about 30 staff, more at harvest).
      ILM Level 2 Award in Effective Mentoring, Wye Valley College."""),
    H(2, "Who I'm mentoring and the plan"),
    P("""Mentee A joined the cellar team in February after six years in retail. He is quick to
      learn but worried about the lab side - gravity readings, sulphite tests - because he
      "isn't a science person". We agreed to meet for an hour a fortnight in the lab office
      when the presses aren't running. His goals: take and record his own SG readings by the
      end of March, run the free SO2 test unsupervised by mid April, and rack a tank on his own
      before the end of April."""),
    H(2, "Log"),
    P("Planned = what was in the diary. Actual = what we really did."),
    T(
        ["Date", "Planned", "Actual", "What we did", "Next"],
        ["Mon 3 Mar", "10:00–11:00", "10:00–11:30", "Mentoring agreement, confidentiality, his three goals. Ran over - lots of questions about the lab", "10/03"],
        ["Mon 10 Mar", "10:00–11:00", "CANCELLED", "Bottling line broke down, all hands on. Moved to Wed 12th", "12/03"],
        ["Wed 12 Mar", "14:00–15:00", "1.5 hrs", "SG readings with the hydrometer - he did six tanks and wrote them up himself", "02/04"],
        ["March subtotal", "3 hrs", "3 hrs", "", ""],
        ["Wed 2 Apr", "14:00–15:00", "an hour and a bit", "Free SO2 test - he led it, I watched. See session note", "16/04"],
        ["Wed 16 Apr", "14:00–15:00", "2½ hours", "Racked tank 4 - he ran it start to finish, I stood back and we talked it through as we went. Final review at the end", "-"],
        ["TOTAL", "5 hrs", "6 hrs 30", "", ""],
    ),
    H(2, "Session note - Wed 2 April"),
    P("""This is the one I wrote down as "an hour and a bit" in the log. I had my phone timer
      running and it said 1 hr 10 mins when we stopped. Mentee A did the SO2 titration twice on
      his own; the second result matched mine. I gave him feedback on writing the result in
      the tank book straight away rather than on his hand. He said he'd felt "tested" the first
      time and we agreed I'd sit further back next time."""),
    H(2, "Not counted"),
    B("""23 April - I ran the food safety refresher (1 hr) for the whole production team, Mentee
      A included. That was training, not mentoring, so it's not in my hours."""),
    B("""25 April - 20 mins chat with Mentee A in the orchard at lunch about the harvest rota.
      Just a catch-up, not a session."""),
    H(2, "Tutor support"),
    P("""On 11 March I rang my tutor, Gareth, because of the cancelled session - 15 mins on the
      phone. He said moving it to the same week was fine and to note it in the log."""),
    P("""My 1-hour meeting with Gareth was on Teams on 29 April, 18:00–19:05 (it ran over). We
      went through the log and the session note and my feedback form from Mentee A. Gareth
      asked why I'd stood back during the racking, and I realised I'd planned that on purpose
      so he could own it. My development point is to stop answering my own questions."""),
    H(2, "Reflection"),
    P("""I thought 3 hours would be hard to fit in around the cellar but we did over 6. The
      cancelled week taught me to book sessions on days the line isn't running. The racking
      session was the best one, because it was real work and he was in charge of it."""),
    P("I confirm this log is my own work and a true record. Megan Howells, 30/04/2025"),
]

CASE = Case(
    name="pz_a_201_cider_mill_md",
    unit="8584-201",
    kind="unstructured",
    files=[SourceFile("megan-howells-201-log.md", BLOCKS)],
    labels={},  # practice only
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        "identifying": [],  # "Mentee A" only; tutor Gareth is staff
        # Actual column:
        #   3 Mar "10:00–11:30" 90 (the Planned "10:00–11:00" is not it)
        #   10 Mar CANCELLED 0 (Planned "10:00–11:00" not counted)
        #   12 Mar "1.5 hrs" 90
        #   2 Apr "an hour and a bit" = 70 by her session note ("1 hr 10 mins"), one session, not two
        #   16 Apr "2½ hours" 150
        # 90 + 90 = 180 (her March subtotal "3 hrs" agrees); + 70 = 250; + 150 = 400 = 6 h 40.
        # Her TOTAL "6 hrs 30" = 180 + 60 + 150 = 390: took the "bit" as nothing, 10 short.
        # Not: Planned column (3 hrs March, 5 hrs in all); subtotal and TOTAL rows; 23/04 food safety
        #   refresher 1 hr (training, "not in my hours"); 25/04 20 mins chat ("not a session");
        #   "3 hours" / "over 6" in the reflection; tutor support.
        "minutes": 400,
        "sessions": 4,  # 3 Mar, 12 Mar, 2 Apr, 16 Apr
        "individuals": 1,  # Mentee A
        # 11/03 phone call with tutor "15 mins" + 29/04 tutor meeting "18:00–19:05" 65 = 80.
        "supervision_minutes": 80,
    },
    about="Craft cider cellar team leader; 201 Markdown log with Planned clock ranges vs Actual ('10:00–11:30', '1.5 hrs', 'an hour and a bit', '2½ hours'), a cancelled-and-moved row, a right March subtotal and a TOTAL 10 minutes short, a separate session note giving the 'hour and a bit' as 1 hr 10, training and a chat not counted, tutor call and an over-running tutor meeting in prose.",
)
