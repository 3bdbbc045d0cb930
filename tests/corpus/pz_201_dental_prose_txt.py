"""8584-201 mentoring: a trainee dental nurse's mentor types her evidence as plain prose.

Lucy, the lead dental nurse at a two-surgery NHS practice, mentors Keira, a new trainee
dental nurse. She typed her whole submission in Notepad: headings are just lines of text,
and every session is a sentence or two in a paragraph, with the length written in words
("about twenty minutes", "an hour", "ninety minutes", "50 mins"). A fifth session is booked
for after the hand-in date. She mentions a morning shadowing another practice's mentor (not
hers, not counted), Keira's unplanned pop-in questions (she says she has not counted them),
a phone tutorial and a meeting with her supervisor. Her own total, "3 hours 45 minutes", is
five minutes more than the sessions she describes. There is no declaration.

Practice truth: 20 + 60 + 90 + 50 = 220 minutes in four sessions with one mentee (Keira);
supervision and tutorial 40 + 60 = 100 minutes.
"""

from .case import Case, H, P, SourceFile

BLOCKS = [
    H(0, "ILM Level 2 Award in Effective Mentoring Skills"),
    P("Unit 8584-201 Developing Mentoring Skills"),
    P("Name: Lucy (lead dental nurse)   Centre: Riverside Training"),
    H(1, "Background"),
    P("""I work as lead dental nurse in a two-surgery NHS dental practice. In February we took on
      a trainee dental nurse, Keira, who has just left school and has not worked in a clinical setting
      before. The practice owner asked me to mentor her alongside her college course, and I
      used this as my mentoring for the unit. Keira is happy for me to use her first name."""),
    H(1, "My plan"),
    P("""We agreed to meet on Tuesday afternoons when the second surgery is closed, in the staff
      room, for about an hour each time. Her goals were to (1) learn the decontamination cycle
      well enough to run it on her own by the end of March, and (2) feel confident talking to
      nervous patients at the front desk."""),
    H(1, "What happened in the sessions"),
    P("""My first meeting with Keira was on Tuesday 4th March. It was a short introductory chat of
      about twenty minutes where we talked about what mentoring is, agreed that what she tells
      me stays between us unless it is a patient safety issue, and fixed our Tuesday slot."""),
    P("""Session 1 was on Tuesday 11th March and lasted an hour. We went through the
      decontamination room step by step and I asked her to talk me through what she already
      knew before I added anything. She knew more than she thought."""),
    P("""Session 2 on Tuesday 18th March ran for ninety minutes, longer than planned, because
      Keira got upset about a patient who had shouted at her at the desk and we spent the first
      half hour on that before getting on to her goals. I mostly listened and used open
      questions ("what did you notice about how he was feeling?")."""),
    P("""Session 3 was on 25/3 and was 50 mins. She ran the full decontamination cycle while I
      watched and then we reviewed it together. She has now signed off that competency in her
      college record book."""),
    P("""Session 4 is booked for Tuesday 8th April, which is after the deadline for this
      portfolio, so I have not included it here."""),
    P("""Keira also pops into my office with questions most days, maybe five or ten minutes at a
      time. I haven't counted these as mentoring because they weren't planned sessions."""),
    P("""So in total I have mentored Keira for 3 hours 45 minutes over four sessions."""),
    H(1, "Other things I did"),
    P("""On Thursday 13th March I spent a morning (about 2 hours) shadowing Dawn, the lead nurse at
      our other branch, while she mentored her apprentice. I have not counted this as it was her
      mentoring and not mine, but it gave me ideas about using a checklist with Keira."""),
    P("""My tutor, Gareth, rang me for a 40 minute tutorial on 14 March to check my plan and goals.
      The practice manager, Sue, acts as my supervisor and we met for an hour on 27 March to
      talk about how the mentoring was going and about Keira's upset in session 2."""),
    H(1, "Reflection"),
    P("""I found it hard not to just tell Keira the answer, because in a busy surgery that is what
      we normally do. When I made myself ask first, she usually got there, and she remembered it
      better. Session 2 taught me that the plan has to bend when the mentee brings something
      more urgent; Sue said that was the right call and that I should write it into our
      agreement next time."""),
    P("""Next time I would agree a way to handle the pop-in questions, perhaps a notebook she
      brings to our Tuesday session, so they don't take over my day."""),
]

CASE = Case(
    name="pz_201_dental_prose_txt",
    unit="8584-201",
    kind="unstructured",
    files=[SourceFile("lucy 201 mentoring evidence.txt", BLOCKS)],
    labels={},  # practice only
    expected_checks={
        "declaration": False,  # no declaration anywhere
        "evidence_matrix": False,
        # 04/03 intro chat 20 ("about twenty minutes") + 11/03 session 1 60 ("an hour")
        # + 18/03 session 2 90 ("ninety minutes") + 25/03 session 3 50 ("50 mins") = 220.
        # Not: 08/04 session 4 (booked), pop-in questions (not counted, no figure),
        # her claim "3 hours 45 minutes" (a total, and 5 minutes over), 13/03 shadowing Dawn (2 h).
        "minutes": 220,
        "sessions": 4,
        "individuals": 1,  # Keira
        # Gareth tutorial 40 (14/03) + Sue supervision 60 ("an hour", 27/03) = 100
        "supervision_minutes": 100,
    },
    about="Dental practice lead nurse; prose-only .txt, lengths in words, booked session, shadowing, uncounted pop-ins, own total 5 minutes high, no declaration.",
)
