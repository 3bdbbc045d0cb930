"""8587-304 Extended Period of Mentoring: a portfolio whose headings are the criteria turned
into the learner's own questions ("How did I plan the twelve hours?", "What did we agree to
work towards?"), with no numbers anywhere.

Gareth Hughes, a station manager in a fire and rescue service, mentors two newly promoted
crew managers. His questions use his words, not the handbook's: "contract" is "ground
rules", "diagnostic tools" are "the questionnaires". His supervision he never wrote up.
"""

from .case import Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "Mentoring portfolio – Gareth Hughes"),
    P("Unit 304, Level 3 Certificate in Effective Coaching and Mentoring. Two mentees, October to March."),
    H(1, "Getting started"),
    H(2, "How did I plan the twelve hours?"),
    P("""I planned six sessions of an hour with each crew manager, every three weeks, at the start
      of a day shift before the appliance checks so that a shout would not cut us short. We met
      at the training centre, not on station, so that their watches did not see them being
      mentored. I set out the dates for the whole period in a calendar invite in September and
      allowed two reserve dates each for when operational duties got in the way."""),
    H(2, "What did we agree to work towards, and why those things?"),
    P("""Each of them chose their own focus at the first meeting, after we had talked through what
      had surprised them since promotion. The first wanted to lead a hot debrief after an
      incident without it turning into blame; the second wanted to have a difficult attendance
      conversation with a firefighter who had been her friend for ten years. We wrote each one
      as a target with a date and checked they fitted the service's crew manager development
      framework."""),
    H(2, "What ground rules did we set, and who else knew?"),
    P("""We wrote a short agreement together and signed it. It says what we talk about stays
      between us unless there is a risk to safety or a disciplinary matter, which I would have to
      raise with the group manager, and that I will not discuss them with their own station
      managers. Their station managers agreed in writing to the release time without being told
      the content."""),
    H(1, "During the mentoring"),
    H(2, "Which questionnaires did I use to find out what they needed?"),
    P("""I used the service's leadership behaviours self-assessment at the start, which showed one
      mentee rated herself lowest on challenging poor performance, and a Honey and Mumford learning
      styles questionnaire that told me the other mentee learns by doing, so we rehearsed debriefs
      rather than discussing them. Both results fed straight into their targets."""),
    H(2, "How did a mentoring model shape the conversations?"),
    P("""I followed the Egan skilled helper model: first the current picture, then the preferred
      picture, then the way forward. With the debrief goal, the current picture was a debrief that
      ended in an argument; the preferred picture was one where the crew named their own
      learning; the way forward was three open questions he would always ask. By the fourth
      session he had used them at two incidents."""),
    H(2, "What did I do as a mentor that helped, and how did I listen and question?"),
    P("""I asked more than I told. When she said she could not face the attendance conversation I
      asked what the firefighter would say if he were in the room, and then stayed quiet while she
      worked it out. I summarised back what I had heard at the end of each topic, and I kept to
      the agreement even when her station manager asked me how she was doing."""),
    H(2, "How are the sessions recorded?"),
    T(
        ["Date", "Mentee", "Length", "Focus", "Agreed action"],
        ["7 Oct", "Mentee A", "1 hr", "First meeting, agreement", "Draft target"],
        ["14 Oct", "Mentee B", "1 hr", "First meeting, agreement", "Draft target"],
        ["28 Oct", "Mentee A", "1 hr", "Self-assessment results", "Watch another debrief"],
        ["4 Nov", "Mentee B", "1 hr", "Learning styles results", "Plan the conversation"],
        ["18 Nov", "Mentee A", "1 hr", "Rehearsed a debrief", "Use three questions"],
        ["25 Nov", "Mentee B", "1 hr", "Rehearsed the conversation", "Book the meeting"],
        ["9 Dec", "Mentee A", "1 hr", "Two debriefs reviewed", "Ask crew for feedback"],
        ["16 Dec", "Mentee B", "1 hr", "Conversation held", "Follow-up letter"],
        ["13 Jan", "Mentee A", "1 hr", "Crew feedback", "Coach a colleague"],
        ["20 Jan", "Mentee B", "1 hr", "Attendance improving", "Review in a month"],
        ["10 Feb", "Mentee A", "1 hr", "Review and close", "None: ended"],
        ["17 Feb", "Mentee B", "1 hr", "Review and close", "None: ended"],
    ),
    P("""Every meeting has a one-page note signed by both of us from the first contact email to the
      closing review, kept in a locked cabinet at the training centre."""),
    H(1, "Looking back"),
    H(2, "What did I learn after each meeting?"),
    P("""After every session I wrote three lines: what went well, what I would change, and what it
      told me about myself. The pattern across the twelve entries is that I rescue people when they
      are stuck; by January I was waiting longer before offering anything, and I have put that on
      my own development plan for next year."""),
    H(2, "What did they say about the sessions?"),
    P("""At the end of each session I asked both mentees to rate it out of five and say one thing to
      change. The scores rose from three to five over the period; the most useful comment was that
      I should stop telling fire-ground stories, which I did."""),
    H(2, "How good is my communication, honestly?"),
    P("""Listening is my strongest skill now, but my questioning still slips into closed questions
      when I am tired after a night shift, and my feedback can be too blunt: one mentee said it felt
      like a drill-yard debrief. I have started writing my feedback down before I give it, which
      softens it without losing the message."""),
]

CASE = Case(
    name="fx_question_headings_304",
    unit="8587-304",
    kind="portfolio",
    files=[SourceFile("Hughes mentoring portfolio.docx", BLOCKS)],
    labels={
        "1.1": "allowed two reserve dates each",
        "1.2": "lead a hot debrief after an incident",
        "1.3": "agreed in writing to the release time",
        "2.1": "leadership behaviours self-assessment",
        "2.2": "the Egan skilled helper model",
        "2.3": "what the firefighter would say if he were in the room",
        "2.4": "kept in a locked cabinet at the training centre",
        "3.1": "I rescue people when they are stuck",
        "3.2": "stop telling fire-ground stories",
        "3.3": "like a drill-yard debrief",
        "3.4": None,
    },
    expected_checks={"declaration": False, "evidence_matrix": False, "identifying": []},
    about="Headings are the criteria reworded as the learner's own questions; no numbers anywhere.",
)
