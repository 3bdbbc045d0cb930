"""8587-303 reflective journal (unstructured DOCX): a police control room supervisor reflects on coaching call handlers.

Siobhan Reilly, a police staff control room supervisor in a force contact centre in the
north west, writes her reflective review as dated journal entries with no headings for
the criteria and no practice figures. She examines her coaching from records, supervision
and feedback (1.1), names strengths and weaknesses (1.2) and reviews her questioning and
listening to find development opportunities (2.1), but never produces a development plan
with timescales and measures: 2.2 is left unanswered (label None).

Anonymisation slips: a coachee's first name in an entry ("Callum"), another coachee by
initial and surname ("D. Okonjo"), and a mobile number a coachee gave her ("07700 900627").
Not identifying: Siobhan's own name, her coaching supervisor and the control room
inspector as roles, Coachee 1 to 3, Whitmore, Kline's Time to Think, the GROW model,
Johari window, the College of Policing, the THRIVE risk model, Warrington.
"""

from corpus.case import Case, P, SourceFile

BLOCKS = [
    P("Reflective journal – ILM 8587-303 – Siobhan Reilly"),
    P("""I have kept this journal since I finished my twelve hours of coaching with three call
      handlers in the control room at Warrington. My tutor said the review could be written
      as a journal as long as it covered the criteria, so I have written it as it came to
      me, a few entries a week, and tidied it up at the end."""),
    P("""Mon 2 March. Reread all my session notes tonight, start to finish. The thing that
      jumps out is how many of my notes say what I told the coachee and how few say what the
      coachee decided. In six of the eleven notes the action at the end is written in my
      words. Going by the records, my coaching was more directive than I thought it was at
      the time. Whitmore would call that instructing with a coaching label on it."""),
    P("""Wed 4 March. Coffee with Callum on his break. He has been promoted to the radio desk
      and told me the session on dealing with repeat callers was the one that stuck, because
      I let him role play it three times until he found his own words. That matches what my
      notes say about the sessions that worked: they were the ones where I asked and waited."""),
    P("""Fri 6 March. Supervision today. My coaching supervisor played back something I said
      in our first supervision, that I coach the way I grade calls, fast and by the book. She
      asked what evidence I had that my coaching was effective, not just finished. Honest
      answer: the feedback forms say nice things but they are filled in straight after the
      session, face to face, so of course they do. The better evidence is what changed on
      the floor. Coachee 1's call grading has not moved. D. Okonjo now runs her own THRIVE
      risk checks without asking me. Coachee 3 has stopped coming to me with every query."""),
    P("""So, examining it properly: two out of three coaching relationships produced a change
      I can see in the work, and the one that did not is the one where I did most of the
      talking. That is the clearest finding from the records, supervision and feedback
      taken together."""),
    P("""Tue 10 March. Strengths. I thought about this on the drive in. I am calm, and on a
      shift where a caller is screaming that is worth a lot; coachees told me I made the
      room feel safe. I know the job and the College of Policing guidance inside out, which
      helps me spot what a coachee is not saying. I keep to time and I keep confidences; not
      one thing from a session has gone round the floor, and in a control room that is rare."""),
    P("""Areas to improve. My biggest weakness is I fill silences. Kline's Time to Think
      makes the point that people think best when they know they will not be interrupted,
      and I interrupt with kindness, finishing people's sentences. Second, my feedback is
      too gentle: with Coachee 1 I never said plainly that her grading was putting callers
      at risk, and that is a behaviour I need to change. Third, the Johari window exercise
      showed a blind spot I had not expected: others see me as senior and hard to disagree
      with, even when I think I am being informal."""),
    P("""Thu 12 March. Coachee 3 rang me on my mobile at home to ask about a shift swap and
      left her own number, 07700 900627, for me to ring her back. She had my number on her
      session sheet because I put it there myself in the first week. Another thing I would
      not do again."""),
    P("""Mon 16 March. Listening back. With permission I had recorded two sessions on the
      training laptop. In the first one I asked fourteen questions in twenty minutes and nine
      of them were closed. In the second, after supervision, I asked six, mostly open, and
      the coachee talked for most of the hour. My questioning improved when I planned one
      good opening question and trusted it. My listening was better when I stopped taking
      notes and summarised out loud instead."""),
    P("""Reviewing this, the opportunities for me as a coach are clear: practise silence on
      purpose; learn to give a hard message clearly and kindly in the same breath; and find a
      way to get honest feedback that is not filled in in front of me, perhaps an anonymous
      form a week later. I would also like to coach someone outside the control room, where
      my rank means nothing to them, to see how much of the deference is the role and how
      much is me."""),
    P("""Wed 18 March. Talked to the inspector about whether I can carry on coaching new call
      handlers next year. She is keen. I am too. Nothing fixed yet."""),
    P("""Fri 20 March. Last entry. I started the course thinking coaching was a nicer way of
      telling people what to do. The GROW model taught me the structure, but the sessions
      taught me the hard part is the R, letting the other person describe their own reality
      without me correcting it. I will keep this journal going."""),
]

CASE = Case(
    name="f_8587_303_journal",
    unit="8587-303",
    kind="unstructured",
    files=[SourceFile("Reilly journal 303.docx", BLOCKS)],
    labels={
        "1.1": "two out of three coaching relationships produced",
        "1.2": "I interrupt with kindness, finishing people's sentences",
        "2.1": "nine of them were closed",
        "2.2": None,  # no development plan, timescales or measures anywhere in the journal
    },
    expected_checks={
        "declaration": False,
        "evidence_matrix": False,
        # the mobile is Coachee 3's own (the text first read as if it were the learner's
        # number, which is not a coachee's detail; reworded in the audit)
        "identifying": ["Callum", "D. Okonjo", "07700 900627"],
    },
    about="Police control room supervisor's 303 reflective journal as dated entries, no headings or figures, no development plan (2.2 None); three planted details.",
)
