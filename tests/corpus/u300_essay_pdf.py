"""8587-300 Understanding Good Practice in Coaching: a first-person essay saved as PDF.

Ben Okafor, a fire station watch manager, writes about coaching in the fire and rescue
service as one essay in Word and saves it as PDF. No headings, no numbers.
He answers in his own order and his own words: he starts from how a coaching
relationship gets going (AC 2.1) and what makes it safe (AC 2.3), comes to the purpose
of coaching (AC 1.1) only after that, runs the coach's role into the barriers (AC 1.2,
1.4), and spreads the coaching model (AC 3.1) and the tools (AC 3.2) over adjacent
paragraphs. He rarely uses the criteria's words: "kick off" for initiate, "agreement"
for contract, "keeping tabs on progress" for monitoring, "writing things down" for records.
"""

from .case import Case, P, SourceFile

BLOCKS = [
    P("Coaching on a fire station – Ben Okafor, learner R3390417 – ILM Unit 300"),
    P("""I am a watch manager at a two-pump fire station and I line manage twelve firefighters
      and two crew managers. This essay is my own work and sets out how I understand good
      coaching and how I would bring it onto my watch."""),
    P("""The hardest part of coaching is the first conversation, so I will begin there. On a
      watch everybody already knows everybody, which sounds like an advantage but is not:
      people have a fixed idea of me as the boss who signs off their development folders. To
      kick off a coaching relationship I would ask the firefighter to choose the time and place,
      which usually means the mess room after the evening meal rather than my office. I would
      start by asking about them, their family and what they want from the job in five years,
      and tell them honestly why I want to coach rather than manage them. A second approach
      is to begin with a small, low-risk topic that they pick, such as preparing for their
      driving course, so that they see coaching work before they bring anything personal."""),
    P("""Keeping it safe is part of that. Practically, sessions happen on station where others
      are around but out of earshot, and never after a difficult incident when people are
      tired and raw. What is said stays private, except where there is a risk to someone's
      safety or a breach of the service's code of conduct, and I say that at the start rather
      than surprising anyone later. Conflicts of interest are real because I write their
      appraisals; if someone wants to talk about a promotion board I am sitting on, I will
      refer them to a coach from another station. I would follow the Association for Coaching
      code of ethics."""),
    P("""Why coach at all? The fire and rescue service is changing from a command culture to one
      where firefighters are expected to lead community safety work, talk to schools and make
      decisions on their own at small incidents. Coaching helps people think for themselves,
      which orders cannot do. For the service the benefits are better decisions when no
      officer is present, better retention, and a pipeline of people ready for crew manager.
      For the firefighter it means being listened to in an organisation where rank usually
      decides who speaks. The last station inspection said our watch was over-reliant on the
      officer in charge, which is exactly the problem coaching is meant to fix."""),
    P("""As a coach my job is to help the firefighter find their own answer. I am not training
      them, as I would on a drill night, and I am not mentoring, where I might tell stories
      about my own career. From the first meeting to the last I am responsible for agreeing how
      we will work, keeping the sessions regular, holding back my own solutions and closing the
      coaching with a review. I also have to know where coaching stops: if someone discloses a
      problem with alcohol, that goes to occupational health, not into a GROW conversation."""),
    P("""There are things that will get in the way. Shift patterns mean a coachee may be on
      nights for four days and off for four, so sessions need to be booked well ahead and
      sometimes done by video call. Rank is the other obstacle; people will say what they think
      I want to hear. To get round it I will make clear the sessions are not appraisal, let
      them cancel without explanation, and arrange for crew managers to be coached by a watch
      manager from Eastfield so the line manager is never the coach."""),
    P("""What a coach needs to know, do and be is worth setting out. Knowledge: a model such as
      GROW, the service's policies and the basics of how adults learn. Skills: questioning,
      really listening, summarising and giving feedback that is specific. Behaviours: being
      patient, not judging, keeping promises and staying curious even when I think I know the
      answer, which on a fire station is hard because most of us were promoted for knowing the
      answer quickly."""),
    P("""I would agree the terms of the coaching in writing before the first real session. The
      reason is that it avoids misunderstandings and protects us both: the firefighter knows
      what I will and will not pass on to the station manager, and I know what they expect.
      The agreement covers how often we meet, for how long, where, what I write down, who sees
      it, the limits of confidentiality and how either of us ends it. I would take it to the
      station manager first so the organisation's part is agreed, then go through it with the
      coachee line by line and sign it together, and we would look at it again after three
      sessions."""),
    P("""To run the coaching itself I would use GROW, which firefighters pick up quickly because
      it mirrors the way we size up an incident: what do we want, what is in front of us, what
      are the options, what are we going to do. Each session would start by agreeing the goal
      for that hour, check the reality with facts rather than feelings, list at least three
      options before choosing, and end with an action the coachee commits to with a date."""),
    P("""Across several sessions GROW gives the whole process a shape too: early sessions spend
      longer on the goal, later ones on the way forward, and the last session reviews what was
      achieved against the goal set at the start. I would plan six sessions over three months
      for each firefighter, so the coaching fits between their development folder
      reviews."""),
    P("""Some tools help to find out what a person wants and how they like to work. A strengths
      card sort, where the coachee picks the ten cards that sound most like them, works well
      with people who do not like talking about themselves. A wheel of life with eight areas
      shows where someone is least satisfied, and a learning styles questionnaire tells me
      whether they would rather try something or read about it first."""),
    P("""Once a goal is emerging, scaling from one to ten makes it concrete, and writing it as a
      SMART goal fixes the date and the measure. For firefighters who think visually, I would
      draw a timeline on the whiteboard from today to their goal with the steps along it,
      which also shows where the obstacles are."""),
    P("""Keeping tabs on progress needs more than asking 'how's it going?'. At the start of
      each session we would look at the actions from last time and the coachee would give a
      score out of ten for each goal. Every couple of months we would check against evidence:
      for a firefighter aiming for crew manager, whether they have led a drill, written a risk
      assessment and taken charge at a small incident. The score shows how they feel, the
      evidence shows what they have done, and when the two disagree that is a good coaching
      conversation in itself."""),
    P("""Writing things down matters for both of us. For me, notes of each session are a
      reminder of where we got to, evidence that the coaching was done properly, and something
      to take to supervision. For the firefighter, a written action keeps them honest and a
      record of progress is encouraging to look back on. Notes would be kept in a locked
      cabinet in the watch office, with copies held on the service's secure drive, kept only as
      long as needed under data protection rules, and never put in the development folder
      without the coachee's agreement."""),
    P("""Finally, reflection and supervision are not optional extras. After every session I would
      write down what went well and what I would do differently, because without that I would
      slide back into the officer in charge who gives orders. Supervision from an experienced
      coach outside the station would protect coachees from my blind spots and give me
      somewhere to take the conversations that stay with me. The service asks firefighters to
      debrief every incident; it would be odd not to debrief coaching in the same way."""),
]

CASE = Case(
    name="u300_essay_pdf",
    unit="8587-300",
    kind="unstructured",
    files=[SourceFile("Okafor Unit 300 essay.pdf", BLOCKS)],
    labels={
        "1.1": "over-reliant on the officer in charge",
        "1.2": "goes to occupational health",
        "1.3": "promoted for knowing the answer quickly",
        "1.4": "watch manager from Eastfield",
        "2.1": "preparing for their driving course",
        "2.2": "look at it again after three sessions",
        "2.3": "refer them to a coach from another station",
        "3.1": "mirrors the way we size up an incident",
        "3.2": "strengths card sort",
        "3.3": "when the two disagree",
        "4.1": "without the coachee's agreement",
        "4.2": "debrief coaching in the same way",
    },
    expected_checks={"declaration": True, "evidence_matrix": None, "identifying": []},
    about="Watch manager's coaching essay as PDF: no headings or numbers, criteria answered out of order in his own words, model and tools each over two paragraphs.",
)
