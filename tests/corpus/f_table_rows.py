"""8584-200 Understanding Mentoring: the centre's Word answer template, one table per
learning outcome, each criterion's answer in the cell beside its printed prompt.

Marcus Bell, a warehouse shift leader about to mentor a new team leader, fills in the
college's template: every row prints "AC 1.1 Describe the role ..." in the left cell and
his answer sits in the right-hand cell. No heading styles inside the tables. For 2.1 he
wrote "See Appendix 2" in the cell and put his skills table at the end; 3.3 he left
blank, so nothing in the submission answers it.
"""

from .case import Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "Level 2 Award in Mentoring – Unit 200 Answer Template"),
    T(
        ["Learner name", "Marcus Bell"],
        ["Registration number", "R7731902"],
        ["Centre", "Trentside College"],
    ),
    P("""Complete the right-hand column for every assessment criterion. Answers should be in
      your own words and relate to your own workplace."""),
    H(1, "Learning outcome 1: Understand the role of the mentor and the benefits of mentoring"),
    T(
        ["Assessment criterion", "Learner answer"],
        ["AC 1.1 Describe the role of an effective mentor",
         """In our distribution centre a mentor is the person a new team leader goes to when they
         do not want to ask their manager. My part is to listen first, help my mentee work out his own
         answers to rota and staffing problems, share what I learned when I stepped up from
         picker to shift leader, and point him to the training he can book. I am a guide and a
         sounding board, not his supervisor, so I keep what he tells me between us."""],
        ["AC 1.2 Describe how mentoring can benefit those being mentored in a range of situations",
         """Mentoring helps in more than one situation. A newly promoted leader gains confidence
         faster because someone has been there before. A picker returning after long-term sickness
         can rebuild routines with a friendly face on the floor. Someone thinking about the
         apprenticeship route can talk it through before committing, which stops people dropping
         out in the first month."""],
        ["AC 1.3 Identify potential barriers to effective mentoring",
         """The biggest barrier on our site is shift patterns: my mentee works earlies while I am on a
         rotating pattern. Another is the noise and lack of a private space on the warehouse
         floor. A third is that my mentee might see me as checking up on him for the operations
         manager."""],
        ["AC 1.4 Explain how to overcome the potential barriers to effective mentoring",
         """For the shifts, we will book our meetings in the overlap hour on Tuesdays and I will
         swap one shift a month if needed. For privacy we will use the training room upstairs,
         which can be booked on the intranet. To deal with the worry about checking up, I will
         agree at the start that nothing goes back to the operations manager without his
         say-so."""],
    ),
    H(1, "Learning outcome 2: Understand what makes a mentor effective in their role"),
    T(
        ["Assessment criterion", "Learner answer"],
        ["AC 2.1 List the key skills required to be an effective mentor", "See Appendix 2"],
        ["AC 2.2 Describe a mentoring model or process that can be followed when mentoring",
         """I will follow the GROW model. In the first meeting we set the Goal, for example my mentee
         wanting to run a shift handover on his own. Then we look at the Reality of where he is
         now, the Options open to him, and finally the Way forward, which is what he will do
         before we next meet. I like it because it is simple enough to use in a twenty minute
         slot between shifts."""],
        ["AC 2.3 Explain how to use questioning and listening techniques to support individuals being mentored",
         """I will mostly ask open questions such as "what happened when the agency staff didn't
         turn up?" and then use probing questions to get to the detail. I will avoid leading
         questions. When listening I will put my phone away, nod, summarise back what he said
         and leave silences so that he fills them rather than me."""],
        ["AC 2.4 Describe how to give feedback within a mentoring role",
         """Feedback will be specific and about behaviour, not personality. I will give it soon
         after the event, in private, and start by asking my mentee how he thought it went. I will
         use examples, say what worked as well as what to change, and agree one action to try
         next time."""],
        ["AC 2.5 Describe how the mentor can develop trust with individuals they are mentoring",
         """Trust comes from doing what I say I will do: turning up on time to every meeting,
         keeping his confidences, and admitting my own mistakes from my first year as a shift
         leader so he can see it is safe to be honest with me."""],
    ),
    H(1, "Learning outcome 3: Understand how to organise mentoring"),
    T(
        ["Assessment criterion", "Learner answer"],
        ["AC 3.1 Explain how to plan for effective mentoring sessions",
         """Before each session I will check the date and room are booked, look back over the
         notes from last time, and send my mentee a short message asking what he wants to cover. I
         will use the college's session plan form to set out the aim, the time and what we will
         review, and keep the completed forms in my folder as evidence."""],
        ["AC 3.2 State examples of goals that would be agreed in an effective mentoring session",
         """One goal is for my mentee to run the Monday handover briefing without me present within six
         weeks. A second is for him to complete the absence return interviews for his team
         himself by the end of the quarter. Both goals are specific, measurable and agreed by
         him, not set by me."""],
        ["AC 3.3 Explain what records are required when mentoring an individual", ""],
    ),
    H(1, "Appendix 2: Key mentoring skills"),
    T(
        ["Skill", "Why a mentor needs it"],
        ["Active listening", "So the mentee feels heard and the mentor understands the real issue behind a forklift rota complaint"],
        ["Questioning", "Open and probing questions help the mentee find answers himself"],
        ["Giving feedback", "Honest, specific feedback helps the mentee improve"],
        ["Patience", "Change on a busy site takes weeks, not days"],
    ),
    P("Declaration: I confirm this is my own work. Signed: M. Bell"),
]

CASE = Case(
    name="f_table_rows",
    unit="8584-200",
    kind="structured-docx",
    files=[SourceFile("Bell_Unit200_template.docx", BLOCKS)],
    labels={
        "1.1": "a sounding board, not his supervisor",
        "1.2": "can rebuild routines with a friendly face",
        "1.3": "lack of a private space on the warehouse",
        "1.4": "we will book our meetings in the overlap hour",
        "2.1": "behind a forklift rota complaint",
        "2.2": "twenty minute slot between shifts",
        "2.3": "leave silences so that he fills them",
        "2.4": "agree one action to try next time",
        "2.5": "admitting my own mistakes from my first year",
        "3.1": "college's session plan form",
        "3.2": "run the Monday handover briefing",
        "3.3": None,
    },
    expected_checks={"declaration": True, "evidence_matrix": None, "identifying": []},
    about="Answer template: one criterion per table row, a 'See Appendix 2' cell, a blank row.",
)
