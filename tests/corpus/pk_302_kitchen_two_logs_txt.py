"""8587-302 coaching: a head chef's plain-text notes, one decimal-hours log per coachee, then session notes.

Marco, head chef for a contract caterer running a staff restaurant, coaches two of his chefs,
Jess and Sam. He typed everything in Notepad: a log per coachee, one line a session, lengths
in decimal hours written loosely ("0.5 hrs", ".5 hr", "1.25hrs", ".75hrs", "1 hr"), each log
with its own total line. One session had both of them together and appears in both logs,
marked as the same session. A Sam session turned into a welfare conversation that he says he
is not counting; a Jess session was cancelled ("-"). His overall line adds the two log totals
and so counts the joint hour twice (15.5 hrs). After the logs come session notes that retell
three sessions in words and minutes (the same sessions again). Supervision is written the same
loose way: a 1:1 with his tutor, the tutor's debrief after observing a session, and a
supervision with his executive chef; the course induction day is mentioned and not counted.

Practice truth: Jess 30 + 90 + 75 + 60 (joint) + 45 + 90 + 60 = 450; Sam 30 + 75 + 90 + 90 +
75 + 60 = 420 without the joint hour; 870 minutes in thirteen sessions with two coachees;
supervision 60 + 30 + 75 = 165.
"""

from .case import Case, P, SourceFile

BLOCKS = [
    P("ILM L3 Coaching & Mentoring - Unit 302 coaching record - Marco (Head Chef)"),
    P("""Site: staff restaurant at a corporate HQ, contract catering. I coached two of my chefs
      between May and July 2024. Both agreed I could use their first names. Sessions were in the
      chef's office after lunch service (2.30ish) when the kitchen is quiet. Plan was 6-8
      sessions each, about 1-1.5 hrs, so 12+ hrs total between the two. Model: GROW, plus a
      skills scale (1-10) for each section of the kitchen which we redid at the end."""),
    P("""Jess - chef de partie, wants to run the grill section on her own and go for junior sous.
      Sam - commis, wants to get to chef de partie and stop freezing when the checks pile up.
      Contract: confidential except anything about food safety or someone's safety, coaching is
      separate from their reviews with the catering manager, 24 hrs notice to cancel."""),
    P("JESS - coaching log (date / hours / what we did)"),
    P("07/05 - 0.5 hrs - chemistry chat and contract signed. Skills scale: grill 5/10"),
    P("14/05 - 1.5 hrs - Goal: grill on her own by August. Reality: who she relies on and when"),
    P("28/05 - 1.25hrs - Options for prepping the grill mise en place the night before"),
    P("04/06 - 1 hr - JOINT with Sam (same session is in Sam's log). Handover between sections"),
    P("11/06 - .75hrs - observed by Colin (my ILM tutor) for my assessment. Timing the grill orders"),
    P("25/06 - - - cancelled, big function that night, all hands"),
    P("02/07 - 1.5 hrs - Ran the grill solo for a week. What went wrong on the Thursday"),
    P("16/07 - 1 hr - review + close. Skills scale: grill 8/10. Feedback sheet done"),
    P("Jess total = 7.5 hrs (7 sessions)"),
    P("SAM - coaching log (date / hours / what we did)"),
    P("08/05 - .5 hr - chemistry chat and contract. Skills scale: pressure on the pass 3/10"),
    P("15/05 - 1.25 hrs - Goal: stay calm when 10+ checks are on. What happens in his head"),
    P("29/05 - 1.5 hrs - Options: reading the board, calling for help early"),
    P("04/06 - 1 hr - JOINT with Jess - same session as in Jess's log, not a second one"),
    P("""12/06 - 0.75 hrs - turned into a welfare chat about his housing. Referred him to the
      employee assistance line. Not counting this as coaching."""),
    P("19/06 - 1.5 hrs - back on track. Role-played a busy service with me as the board"),
    P("03/07 - 1.25 hrs - He ran the pass for a Friday service (with me next to him)"),
    P("17/07 - 1 hr - review + close. Skills scale: pressure on the pass 7/10. Feedback sheet done"),
    P("Sam total = 8 hrs (7 sessions, not incl 12/06)"),
    P("Overall: 15.5 hrs coaching, 14 sessions."),
    P("SUPERVISION / TUTOR"),
    P("30/04 - ILM course induction day at the college (full day). Not supervision, just for the record."),
    P("21/05 - 1:1 with my tutor Colin at the college - 1 hr. Went through my contract and log."),
    P("11/06 - Colin's debrief after he observed my session with Jess - 0.5 hrs."),
    P("09/07 - supervision with Marion (exec chef for the region, she's a trained coach) - 1.25 hrs."),
    P("SESSION NOTES"),
    P("""14/05 Jess. An hour and a half, longer than I meant. Once she'd said the goal out loud she
      didn't stop. I used the 1-10 scale and asked what would make it a 6, which got her going.
      I need to stop finishing her sentences."""),
    P("""04/06 Jess and Sam together. The hour went quickly. I set it up because both of them had
      mentioned the handover between the grill and the pass. They sorted more between them than
      I could have told them. Risk: Sam was quieter with Jess there."""),
    P("""19/06 Sam. 90 minutes. After the 12/06 conversation I checked he was OK to carry on; he
      was. The role play with me calling checks at speed worked better than talking about it. He
      said afterwards that was the first time he'd practised being under pressure without
      customers waiting."""),
    P("""Supervision notes. Colin said on 21/05 that my contract was fine but I needed to be
      clearer that I'm their boss as well as their coach, so I added a line about it. His
      debrief on 11/06: good questions, but I filled every silence and I told Jess what to do
      twice. Marion on 09/07 helped me think about how to end the coaching without it just
      stopping, so I did the skills scale again and a feedback sheet in the last sessions."""),
    P("""Reflection. The biggest thing I learned is that in a kitchen I'm always giving
      instructions, and coaching is the opposite. The joint session was a good idea for the
      handover problem but not for Sam's confidence. Next time I would keep joint sessions for
      practical things only. I'll keep supervision with Marion going quarterly."""),
    P("Declaration - I confirm this is my own work. Marco, 24/07/2024"),
]

CASE = Case(
    name="pk_302_kitchen_two_logs_txt",
    unit="8587-302",
    kind="unstructured",
    files=[SourceFile("marco 302 coaching record.txt", BLOCKS)],
    labels={},  # practice only
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        # Jess: 07/05 0.5 h 30 + 14/05 1.5 h 90 + 28/05 1.25 h 75 + 04/06 1 h 60 (joint)
        #   + 11/06 .75 h 45 (observed, counts) + 02/07 1.5 h 90 + 16/07 1 h 60 = 450
        #   (not 25/06 cancelled)
        # Sam: 08/05 .5 h 30 + 15/05 1.25 h 75 + 29/05 1.5 h 90 + 19/06 1.5 h 90
        #   + 03/07 1.25 h 75 + 17/07 1 h 60 = 420; 04/06 joint already counted under Jess;
        #   12/06 0.75 h not counted (his word)
        # 450 + 420 = 870. Not: the log totals (7.5 h, 8 h), the "Overall: 15.5 hrs" line
        # (930, joint hour twice), the session notes (14/05, 04/06, 19/06 again).
        "minutes": 870,
        "sessions": 13,  # Jess 7 (incl. joint) + Sam 6 (excl. joint); not his "14"
        "individuals": 2,  # Jess, Sam
        # 21/05 Colin 1 h 60 + 11/06 Colin's debrief 0.5 h 30 + 09/07 Marion 1.25 h 75 = 165;
        # not the 30/04 induction day
        "supervision_minutes": 165,
    },
    about="Head chef; Notepad text with one decimal-hours log per coachee ('.5 hr', '1.25hrs'), a joint session in both logs, a not-counted welfare chat, an overall line counting the joint hour twice, session notes retelling sessions, loose supervision lines.",
)
