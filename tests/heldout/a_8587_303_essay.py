"""8587-303 Reflective journal as a first-person essay: a hospital pharmacy team leader.

Tomasz Nowak coached two pharmacy technicians for unit 302 and writes his 303 journal as
continuous prose in a DOCX: no headings, no criterion numbers, the criteria answered in
his own order (strengths first, the plan before the review of effectiveness) and in his own
words, some across two paragraphs. Fully anonymised (Coachee 1 and Coachee 2), with
theorists, models, professional bodies and places, and his own name and registration
number in the opening line. No practice expectations: the unit has no practice requirement.
"""

from corpus.case import Case, P, SourceFile

ESSAY = [
    P("""Reflective journal – Tomasz Nowak, ILM registration TN-7730-21, St Wilfrid's Hospital
      pharmacy, Leeds."""),
    P("""When I started coaching the two technicians in my team last autumn I thought the hard
      part would be finding the time. It turned out that the hard part was me. This journal
      looks back over the twelve hours of coaching I did with Coachee 1 and Coachee 2, my
      supervision and the feedback I received, and sets out what I want to do next."""),
    P("""I will start with what I am good at. People tell me I am calm and easy to talk to, and
      my coachees' feedback forms both gave me nine out of ten for building rapport. I know the
      technical side of pharmacy well, which helped Coachee 2 trust that I understood the
      pressure of the dispensary at 5pm. I am also organised: every session happened on the
      day it was booked, with the notes written the same afternoon."""),
    P("""What I am less good at is harder to write. My knowledge of coaching itself is still thin
      beyond Whitmore's GROW and a little of Gallwey's inner game, so when a session did not fit
      GROW I had nothing else to reach for. My behaviour under pressure is to fix things: as a
      team leader I am rewarded for solving problems quickly, and that habit leaks into coaching.
      In terms of communication, I speak clearly but I ask questions that contain the answer
      ('have you thought about asking the ward manager?'). Interpersonally, I avoid conflict,
      so I let Coachee 1 drift off her goal for two sessions rather than name it."""),
    P("""So for the next six months I have set myself a plan. From now until the end of April I
      will read Hawkins' work on the CLEAR model and try it in at least three sessions, and I
      will know it has worked if my session notes show the contracting stage every time. In
      May and June I will join the trust's coaching supervision group once a month, and the
      measure will be that I take a real case to every meeting. By the end of July I want my
      coachee feedback for 'asks questions that help me think' to be at least eight, from six
      now. Running through all six months, I will record one session a month, with consent,
      and count my leading questions; the target is fewer than three per session by
      September."""),
    P("""Was my coaching effective? The honest answer from my own records is: partly. Both
      coachees reached their first goal, and Coachee 2 passed her accuracy checking
      certificate in January, which she says she would not have attempted without the
      sessions. But my notes for sessions three and four with Coachee 1 contain more of my
      ideas than hers, and her goal about the aseptic unit rota never moved."""),
    P("""The other evidence points the same way. In my second supervision session my supervisor
      played back a two-minute section of a recording and asked me to count who spoke more; it
      was me, by a long way. The coachees' written feedback rated me highly for rapport and
      lowest for challenge. Put together, the records, the supervision and the feedback say
      the same thing, and I trust that conclusion more because three different sources
      agree."""),
    P("""Looking at my ability as a coach and where I can grow, the three areas are questioning,
      listening and how I communicate more broadly. For questioning, the opportunity is the
      trust's coaching supervision group, where members practise clean questions on each other.
      For listening, I want to listen for what is not being said, which Rogers calls
      understanding the person's inner world; a one-day active listening course run by the
      trust's learning and development team in March is the obvious opportunity. For wider
      communication, I want to learn to name things that are going wrong without damaging the
      relationship, and the EMCC's webinars on challenge in coaching conversations are free to
      members."""),
    P("""Schön describes the reflective practitioner as someone who learns from surprise. The
      surprise for me was how much of my management style I brought into the coaching room
      without noticing. Kolb's cycle helped me to turn that into a plan rather than a
      criticism of myself, and I now think of coaching as a skill I have started, not one I
      have finished."""),
    P("""References: Gallwey, W. T. (1974) The Inner Game of Tennis. Hawkins, P. and Smith, N.
      (2013) Coaching, Mentoring and Organizational Consultancy. Kolb, D. A. (1984)
      Experiential Learning. Rogers, C. (1961) On Becoming a Person. Schön, D. (1983) The
      Reflective Practitioner. Whitmore, J. (2017) Coaching for Performance."""),
    P("I confirm this journal is my own work. Tomasz Nowak"),
]

CASE = Case(
    name="a_8587_303_essay",
    unit="8587-303",
    kind="unstructured",
    files=[SourceFile("303 reflective journal.docx", ESSAY)],
    labels={
        "1.1": "her goal about the aseptic unit rota never moved",
        "1.2": "I ask questions that contain the answer",
        "2.1": "understanding the person's inner world",
        "2.2": "fewer than three per session by September",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        "identifying": [],
    },
    about="Hospital pharmacy team leader's 303 journal as a first-person essay; criteria out of order, paraphrased, across paragraphs; clean.",
)
