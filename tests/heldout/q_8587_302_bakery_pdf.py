"""8587-302 Extended period of coaching (PDF): an industrial bakery's production manager.

Sanjay Rao, a production manager at a plant bakery in the West Midlands that makes rolls
and bloomers for supermarkets, coaches two newly appointed line leaders. Word headings
saved as PDF ('1.1 Plan', '2.4 Records'), a coaching log table whose time column mixes
'0930-1015', '10:00-11:30', '1.25h', '2½ hours', '1h 30m' and '1 hr 15'; a September
'Subtotal' row and a 'Total' row; a did-not-attend row; one session observed by his tutor,
with the tutor's debrief as its own row; two supervision sessions recorded in 3.4 and in a
separate supervision table. Signed declaration.

Practice, as an assessor counts it (the log):
    12/09 A chemistry 0930-1015 = 45, 13/09 B chemistry 1400-1445 = 45, 19/09 A 10:00-11:30
    = 90, 20/09 B 1400-1530 = 90, 26/09 A 1.25h = 75, [27/09 B DNA], [Subtotal 5 hrs 45],
    03/10 B 13:30-15:00 = 90, 10/10 A 10:00-11:15 observed = 75, [10/10 tutor debrief
    11:30-12:00: supervision], 17/10 B 2½ hours = 150, 24/10 A 1 hr 15 = 75, 31/10 B 1 hr
    = 60, 07/11 A 1.5h = 90, 14/11 B 1h 30m = 90, 21/11 A 1400-1500 = 60, 22/11 B 1 hr 15
    = 75, [Total 18 hrs 30]
    => minutes 1110, sessions 14, individuals 2 (Coachee A = D. Mensah, Coachee B),
       supervision 30 (debrief) + 60 (15/10) + 75 (12/11) = 165.

Planted: Coachee A's initial and surname in the session record heading ('D. Mensah') and
the line manager's name ('Karen Whitlow') in the contract. Not identifying: Sanjay's own
name, the night manager (a role), the BRCGS standard, OSCAR, Kolb, the West Midlands.
"""

from corpus.case import Case, H, P, SourceFile, T

LOG = T(
    ["Date", "Coachee", "Time", "Type", "Notes"],
    ["12/09", "A", "0930-1015", "Chemistry / contract", "Contract signed"],
    ["13/09", "B", "1400-1445", "Chemistry / contract", "Contract signed"],
    ["19/09", "A", "10:00-11:30", "Coaching", "Wheel of life, goals"],
    ["20/09", "B", "1400-1530", "Coaching", "Strengths profile, goals"],
    ["26/09", "A", "1.25h", "Coaching", "Shift handover"],
    ["27/09", "B", "DNA", "Did not attend", "Called in to cover oven line 2"],
    ["Subtotal Sept", "", "5 hrs 45", "", ""],
    ["03/10", "B", "13:30-15:00", "Coaching", "Rescheduled from 27/09"],
    ["10/10", "A", "10:00-11:15", "Coaching (observed by tutor)", "Handling a waste overrun"],
    ["10/10", "Tutor", "11:30-12:00", "Tutor debrief", "Feedback on observed session"],
    ["17/10", "B", "2½ hours", "Coaching", "Extended - action plan for audit"],
    ["24/10", "A", "1 hr 15", "Coaching", "Conversation with the night manager"],
    ["31/10", "B", "1 hr", "Coaching", "After the audit"],
    ["07/11", "A", "1.5h", "Coaching", "Team briefing practice"],
    ["14/11", "B", "1h 30m", "Coaching", "Delegation"],
    ["21/11", "A", "1400-1500", "Final review", "Ending"],
    ["22/11", "B", "1 hr 15", "Final review", "Ending"],
    ["Total", "", "18 hrs 30", "", "14 sessions"],
)

SUPERVISION = T(
    ["Date", "With", "Length", "Outcome"],
    ["15/10", "Coaching supervisor", "1 hour", "See 3.4"],
    ["12/11", "Coaching supervisor", "1 hr 15", "See 3.4"],
)

BLOCKS = [
    H(0, "Unit 8587-302 Portfolio - Sanjay Rao"),
    P("""Production Manager, plant bakery (rolls and bloomers), West Midlands. Coaching two
      line leaders appointed in August: Coachee A (morning shift, bread plant) and Coachee B
      (afternoon shift, rolls plant)."""),

    H(1, "1.1 Plan"),
    P("""I planned 12 hours minimum across both coachees between September and November,
      about seven sessions each. Sessions in the training room next to the hygiene
      changing area, never on the line where the noise means you have to shout. Timings
      around the shift pattern: Coachee A after her 06:00 start once the first bake is out,
      Coachee B before his 14:00 handover. I built in a spare week for each because a
      breakdown on a plant line takes priority over everything. Resources: a wheel of life
      sheet, the strengths profile HR uses, the log below and a session notes template.
      I also asked my tutor to observe one session in October."""),

    H(1, "1.2 Goals"),
    P("""Agreed in the second session with each coachee, not the first, so that the
      chemistry session was only about whether we could work together. Coachee A: cut the
      dough waste on her shift from 3.1% to under 2% by the end of November, and run a
      handover that takes ten minutes not thirty. Coachee B: get his team through the
      BRCGS audit in October with no non-conformance on his area, and delegate the hourly
      metal detector checks so he is not doing them himself. Both goals came from their own
      wheel of life and strengths results rather than from me."""),

    H(1, "1.3 Contract"),
    P("""Each coachee signed a three-part contract: the coachee, me, and their line
      manager as stakeholder. For Coachee A that was the day shift manager Karen Whitlow,
      who agreed that she would hear about progress only from Coachee A herself. Confidential
      except for food safety, health and safety or safeguarding. I am not their line manager,
      and we agreed I would not use anything from coaching in their probation review. We
      also agreed what happens if a session is cancelled for a line breakdown: rebooked
      within the same week."""),

    H(1, "2.1 Diagnostic tools"),
    P("""Wheel of life for Coachee A: she scored 'confidence with the team' at 3 and
      'technical' at 9, which told both of us the waste problem was a people problem, not a
      recipe problem. Strengths profile for Coachee B: his top strengths were 'reliability'
      and 'detail', and 'delegation' was his lowest. We linked that directly to the metal
      detector checks - he was doing them because he did not trust anyone else to."""),

    H(1, "2.2 Coaching model"),
    P("""I used OSCAR (outcome, situation, choices, actions, review) because the review
      step fits a production environment where everything is measured. Each session
      opened with the review of last time's actions. It supported the goals: Coachee A's
      waste was 1.8% for November, and Coachee B's area had zero non-conformances in the
      audit. I adapted the choices step for Coachee B by asking him to list options on the
      whiteboard, because he thinks better when he can see it."""),

    H(1, "2.3 Knowledge, skills and behaviours"),
    P("""The observed session on 10/10 is my best evidence here. My tutor noted that I let
      Coachee A sit in silence for nearly a minute when I asked what she would do
      differently at the next overrun, and that the answer she gave was her own. I used
      open questions and paraphrasing. The ethical issue was that the night manager asked
      me what Coachee A 'had been saying about him'. I told him that was confidential and
      suggested he speak to her directly."""),

    H(1, "2.4 Records"),
    P("""Initial contact: email to each coachee on 05/09 inviting them to a chemistry
      meeting, copied to their line managers. Then signed contracts, diagnostics, the
      session notes template, feedback slips, and the log below. Everything is kept in a
      locked cabinet in the production office and on a password-protected drive folder."""),
    H(2, "Session record - 19/09 - D. Mensah (Coachee A)"),
    P("""Wheel of life completed. Outcome she wants: less waste and a shorter handover.
      Agreed actions: she will measure her own handover time for a week. Next: 26/09."""),
    H(2, "Coaching log"),
    LOG,

    H(1, "3.1 Reflection"),
    P("""I kept a reflective log after every session using Kolb's cycle. The biggest
      learning was on 17/10: the 2½ hour session with Coachee B was too long. He was tired
      by the end and I was doing the thinking. I learned to stop at the actions step and not
      keep going because the time was there. I also noticed that I coach better on the
      afternoon shift than at 7am when my own head is still on the first bake."""),

    H(1, "3.2 Feedback"),
    P("""A feedback slip at the end of each session: a score out of 5 for usefulness and
      one comment. Coachee A averaged 4.4, Coachee B 3.9. The lowest score was 3 for the
      long session, with the comment 'too much in one go'. Coachee B's comments kept asking
      for more time on delegation, so I moved the 14/11 session to focus only on that."""),

    H(1, "3.3 Communication skills"),
    P("""Listening: I am good at listening for facts and numbers, which is what a
      production manager does, and weaker at hearing how someone feels about them. My
      questions got shorter over the weeks. Feedback: I used 'what went well, even better
      if' after Coachee A's handover practice, which she said was easier to take than a
      list of faults. The tutor's observation confirmed that my paraphrasing helped her
      hear her own plan back."""),

    H(1, "3.4 Supervision"),
    P("""Two supervision sessions with my coaching supervisor, plus the tutor debrief after
      the observed session. 15/10, an hour: we looked at the night manager's question and I
      agreed to restate confidentiality to both line managers in writing, which I did. 12/11,
      an hour and a quarter: ending the coaching well. Outcome: I will use a closing review
      with each coachee where they say what they will carry on without me."""),
    SUPERVISION,
    P("""Declaration of authenticity: I confirm this portfolio is my own work. Sanjay Rao,
      29/11."""),
]

CASE = Case(
    name="q_8587_302_bakery_pdf",
    unit="8587-302",
    kind="structured-pdf",
    files=[SourceFile("Rao_8587-302_portfolio.pdf", BLOCKS)],
    labels={
        "1.1": "a breakdown on a plant line takes priority over everything",
        "1.2": "so that the chemistry session was only about whether we could work together",
        "1.3": "she would hear about progress only from Coachee A herself",
        "2.1": "a people problem, not a recipe problem",
        "2.2": "he thinks better when he can see it",
        "2.3": "suggested he speak to her directly",
        "2.4": "copied to their line managers",
        "3.1": "keep going because the time was there",
        "3.2": "moved the 14/11 session to focus only on that",
        "3.3": "weaker at hearing how someone feels about them",
        "3.4": "restate confidentiality to both line managers in writing",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        # 45 + 45 + 90 + 90 + 75 (Sept, = the 5 hrs 45 subtotal) + 90 + 75 (observed) + 150
        # + 75 + 60 + 90 + 90 + 60 + 75 = 1110; 27/09 DNA, subtotal, total and the tutor
        # debrief row excluded. re-added: 345 + 90=435, +75=510, +150=660, +75=735, +60=795,
        # +90=885, +90=975, +60=1035, +75=1110.
        "minutes": 1110,
        "sessions": 14,
        "individuals": 2,  # Coachee A (= D. Mensah) and Coachee B
        "supervision_minutes": 165,  # debrief 30 + 15/10 60 + 12/11 75
        "identifying": ["D. Mensah", "Karen Whitlow"],
    },
    about="Plant bakery production manager's 302 as a Word-made PDF: log mixing '0930-1015', '10:00-11:30', '1.25h', '2½ hours', '1h 30m'; DNA, subtotal and total rows; an observed session with the tutor debrief as its own row; supervision table; 'D. Mensah' and a line manager's name planted.",
)
