"""8584-201 Developing Mentoring Skills: the centre's two-column template, where some rows
answer in the cell and others say "See Appendix 1" or "Please see Appendix 2 – session
notes"; each appendix holds the answers under the learner's own sub-headings.

Owen Pritchard, a sous chef at a hotel kitchen, mentors a commis chef. His plan and goals
are one appendix with two sub-headings; his three session notes are another; the tutor
meeting is a third. 3.3 he answered in the row; 2.4 he left for "later" and never wrote.
"""

from .case import Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "Unit 201 Developing Mentoring Skills – Learner Record"),
    T(
        ["Learner name", "Owen Pritchard"],
        ["Centre", "Severn Hospitality Academy"],
        ["Date submitted", "20 March 2026"],
    ),
    T(
        ["Assessment criteria", "Learner evidence"],
        ["1.1 Prepare a plan for effective mentoring of an individual", "See Appendix 1"],
        ["1.2 State the agreed goals of the mentoring sessions", "See Appendix 1 (goals)"],
        ["2.1 Provide evidence of mentoring with an individual over a period of at least 3 hours",
         "Please see Appendix 2 – session notes"],
        ["2.2 Use questioning and listening techniques to support the individual being mentored",
         """In the second session I asked "what would a good Saturday service look like for you?"
         and then just waited. He talked for several minutes about being frightened of the pass,
         which I would never have found out by telling him what to do. I repeated back what he
         said about the head chef shouting so that he knew I had heard it properly."""],
        ["2.3 Provide feedback to support individual development",
         """After he ran the garnish section on his own I told him that his mise en place was the
         tidiest on the line that night, and that the one thing to change was calling back
         orders out loud so the pass knows he has heard them. He tried it the next service."""],
        ["2.4 Describe how trust was developed with the individual being mentored", "To follow"],
        ["2.5 Maintain appropriate records of all mentoring sessions", "See Appendix 2"],
        ["3.1 Review own mentoring performance",
         """Looking back against the skills list from the course, my listening improved over the
         three sessions but I still jump in with answers when the kitchen is busy. My mentee said
         he found the first session too rushed because I kept checking the clock, which was
         fair."""],
        ["3.2 Provide evidence of a 1-hour meeting with their tutor to support own development as a mentor",
         "See Appendix 3"],
        ["3.3 Identify and plan areas for future development as a mentor",
         """By the end of June I will sit in on two mentoring conversations run by our executive
         chef and ask for feedback on my questioning, and I will book the hotel's coaching
         skills morning in May. I will know this has worked when my mentee notes show more of his
         ideas than mine."""],
    ),
    H(1, "Appendix 1 – Plan and goals"),
    H(2, "My plan"),
    P("""My mentee is in his first kitchen job after college and struggles with the pace of a
      full Saturday service. We planned three sessions of an hour each, on Tuesday afternoons
      between lunch and dinner service when the kitchen is quiet, in the staff room rather than
      on the line. I booked the room with the duty manager and agreed the time with the head
      chef so it did not come out of his break."""),
    H(2, "Goals we agreed"),
    P("""Goal 1: to run the garnish section on a Friday service without needing help by the end
      of March. Goal 2: to keep a prep list he writes himself for two weeks, so that he starts
      each shift knowing what comes first. We agreed both at the first session and wrote them on
      the plan sheet."""),
    H(1, "Appendix 2 – Session notes"),
    H(2, "Session 1 – 3 February 2026, 1 hour"),
    P("""Talked about how he came into cooking and what he finds hardest. Agreed goals. He said
      the noise at the pass makes him freeze. Action: write tomorrow's prep list before he
      leaves."""),
    H(2, "Session 2 – 17 February 2026, 1 hour"),
    P("""Reviewed the prep lists: he had written eight of ten. We talked about the pass and what
      a good Saturday would look like. Action: shadow the garnish section for two services."""),
    H(2, "Session 3 – 3 March 2026, 1 hour 10 minutes"),
    P("""He ran garnish alone on Friday and the head chef noticed. We reviewed both goals and
      agreed he will keep the prep list going on his own. Total time mentoring: 3 hours 10
      minutes across three sessions, each signed by both of us."""),
    H(1, "Appendix 3 – Meeting with my tutor"),
    P("""I met my tutor, Ms Adeyemi, for an hour on 10 March at the academy. We went through my
      session notes and she pointed out that all the actions in them were mine, not his. We
      agreed that in future I would ask my mentee to write his own actions, and that I would
      bring my reflective notes to our next review in April."""),
    P("Declaration: I confirm this work is my own. Signed O. Pritchard"),
]

CASE = Case(
    name="fx_appendix_rows_201",
    unit="8584-201",
    kind="portfolio",
    files=[SourceFile("Pritchard_201_record.docx", BLOCKS)],
    labels={
        "1.1": "in the staff room rather than on the line",
        "1.2": "keep a prep list he writes himself",
        "2.1": "Total time mentoring: 3 hours 10",
        "2.2": "just waited",
        "2.3": "calling back orders out loud",
        "2.4": None,
        "2.5": "shadow the garnish section for two services",
        "3.1": "kept checking the clock",
        "3.2": "all the actions in them were mine",
        "3.3": "sit in on two mentoring conversations",
    },
    expected_checks={"declaration": True, "evidence_matrix": True, "identifying": []},
    about="Two-column template whose rows point to appendices holding answers under sub-headings.",
)
