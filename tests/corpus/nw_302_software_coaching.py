"""8587-302 Undertaking an Extended Period of Coaching: a software test lead's record (numbered, unstyled).

Callum Fraser is QA Lead at a software company in Glasgow and coaches a junior test
engineer for twelve hours. He types his own criterion numbers into plain paragraphs. His
prose says "the coachee" or "C1", but the coaching log he exported from a spreadsheet
keeps the coachee's initial and surname, and the end-of-coaching feedback form he pasted
in carries her signature.

Planted: initial and surname in the log ("M. Kowalczyk") and her signature under the
feedback form ("Marta Kowalczyk").

Traps: software and brands (Jira, Confluence, Slack, GitHub, Zoom, Spotify's squad model),
Agile job titles (Scrum Master, Product Owner, Head of Engineering), laws and models named
after people (Conway's law, Tuckman, GROW by Whitmore, the Johari window, Myers-Briggs),
a book title (The Five Dysfunctions of a Team), a famous programmer as an example, Glasgow
streets, the learner's own supervisor named where the form asks, days at line starts.
"""

from .case import Case, P, SourceFile, T

RECORD = [
    P("Unit 8587-302 Undertaking an Extended Period of Coaching within an Organisational Context"),
    P("Learner: Callum Fraser. Organisation: Thistlecode Ltd, Merchant City, Glasgow. Coaching supervisor: Fiona McTaggart (external, EMCC accredited)."),
    P("Evidence matrix"),
    T(
        ["Criteria", "Evidence"],
        ["1.1 - 1.3", "Plan, goals, contract (below)"],
        ["2.1 - 2.4", "Tools, model, practice, log"],
        ["3.1 - 3.4", "Reflections, feedback, skills review, supervision"],
    ),
    P("1.1 Plan for 12 hours of coaching"),
    P("""I planned twelve hours with one coachee (C1), a junior test engineer six months into
      the job. We agreed sessions every fortnight on a Thursday afternoon, outside sprint
      planning and release days, in the small meeting room on the fourth floor (called
      "Ada" after Ada Lovelace, like all our rooms) or on Zoom on her home-working days. I
      blocked the sessions in both calendars for the whole quarter before we started so
      that releases could not push them out."""),
    P("1.2 Agreed topics and goals"),
    P("""In the chemistry session C1 said she wanted to be taken seriously by developers. We
      turned that into three goals: raise defects in Jira that developers accept first time
      (measured by fewer "cannot reproduce" closures), present the test summary at the
      sprint review herself, and automate one regression pack in the next quarter. Her
      line manager, the Head of Engineering, agreed these fit her development plan."""),
    P("1.3 Contract"),
    P("""A three-way contract was signed by C1, her manager and me. Confidentiality: session
      content stays between us; the manager only hears whether sessions happened and the
      goals at the start and end. Limits: risk of harm, gross misconduct, or security
      breaches. Cancellation: 24 hours' notice in Slack. Notes: kept in a private Confluence
      space only I can see."""),
    P("2.1 Diagnostic tools"),
    P("""First, a Myers-Briggs report she had from a previous job showed a strong preference
      for introversion, which helped explain why stand-ups drained her. Second, we used a
      short 360 with four developers and the Scrum Master. It showed her defect reports
      were thorough but too long, which gave us something concrete to work on for goal one.
      The Johari window helped her see that the developers valued things she did not notice
      she did."""),
    P("2.2 Coaching model"),
    P("""I used GROW (Whitmore) in each session and Tuckman's stages as background when she
      talked about her squad, which had just been re-formed under the Spotify squad model.
      GROW kept the sessions focused on her options rather than my advice; the Will stage
      ended every session with one action she wrote in her own words."""),
    P("2.3 Skills, knowledge and behaviours"),
    P("""I used open questions, silence and reflecting back her exact words. When she said she
      felt "like the person who only brings bad news", I repeated it and waited, and she
      connected it to Conway's law and how the teams were split. Ethically I had to be
      careful because I am in the same department; I declared that and agreed I would never
      use anything from the sessions in a performance review."""),
    P("2.4 Coaching log"),
    T(
        ["Date", "Coachee", "Type", "Duration (mins)", "Focus"],
        ["Thu 06/02/2025", "M. Kowalczyk", "Chemistry", "30", "Fit, expectations"],
        ["Thu 20/02/2025", "M. Kowalczyk", "Coaching", "90", "Contract and goals"],
        ["Thu 06/03/2025", "M. Kowalczyk", "Coaching", "90", "360 results"],
        ["Thu 20/03/2025", "M. Kowalczyk", "Coaching", "120", "Defect writing practice"],
        ["Thu 03/04/2025", "M. Kowalczyk", "Coaching", "90", "Sprint review nerves"],
        ["Thu 17/04/2025", "M. Kowalczyk", "Coaching", "120", "Automation options"],
        ["Thu 01/05/2025", "M. Kowalczyk", "Coaching", "90", "Mid-point review"],
        ["Thu 15/05/2025", "M. Kowalczyk", "Coaching", "90", "Ending and next steps"],
    ),
    P("3.1 Reflections on each session"),
    P("""Session 1 (chemistry): I talked too much about the company. Session 2: the contract
      took longer than planned; next time send it before. Session 3: the 360 results upset
      her and I nearly reassured her too quickly. Session 4: practising a defect report live
      in Jira worked better than talking about it. Session 5: I learned to stay with the
      feeling before moving to options. Session 6: she chose GitHub Actions for the
      automation; I had to keep my own opinion out. Session 7: mid-point review showed two
      goals met. Session 8: a good ending; I should plan endings from the start."""),
    P("3.2 Feedback"),
    P("""After each session C1 rated usefulness from one to five in a two-question form (average
      4.4). At the end she completed the organisation's coaching feedback form, pasted
      below."""),
    T(
        ["End of coaching feedback", ""],
        ["What was most useful?", "Being asked what I thought before anyone told me. Practising the sprint review out loud."],
        ["What could the coach do differently?", "Sometimes the questions came too fast and I needed more time."],
        ["Signed (coachee)", "Marta Kowalczyk"],
        ["Date", "15/05/2025"],
    ),
    P("3.3 Review of my communication skills"),
    P("""The feedback that my questions come too fast matches what my supervisor heard in a
      recording. My listening has improved: I now summarise before asking a new question. My
      feedback is specific, but I tend to soften it so much that the point gets lost, which
      Lencioni describes well in The Five Dysfunctions of a Team as artificial harmony."""),
    P("3.4 Supervision"),
    P("""I had two supervision sessions with Fiona McTaggart on Zoom, each of an hour, in March
      and May. Outcomes of the first: I was treating the coachee as a junior version of
      myself, and agreed to ask more about what she wanted rather than what I would want.
      Outcomes of the second: plan endings earlier, and look for a coachee outside
      engineering next time to avoid the department conflict. As Linus Torvalds said about
      code, talk is cheap; for me the test is whether I change what I do next quarter."""),
    P("Declaration: I confirm this record is my own work and an accurate account of the coaching. Callum Fraser, 30 May 2025."),
]

CASE = Case(
    name="nw_302_software_coaching",
    unit="8587-302",
    kind="numbered-unstyled",
    files=[SourceFile("Fraser_302_coaching_record.docx", RECORD)],
    labels={
        "1.1": "so that releases could not push them out",
        "1.2": "fewer \"cannot reproduce\" closures",
        "1.3": "24 hours' notice in Slack",
        "2.1": "why stand-ups drained her",
        "2.2": "one action she wrote in her own words",
        "2.3": "never use anything from the sessions in a performance review",
        "2.4": "Defect writing practice",
        "3.1": "I should plan endings from the start",
        "3.2": "Sometimes the questions came too fast",
        "3.3": "I tend to soften it so much",
        "3.4": "a junior version of myself",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": True,
        "identifying": ["M. Kowalczyk", "Marta Kowalczyk"],
        "minutes": 720,
        "sessions": 8,
        "individuals": 1,
        "supervision_minutes": 120,
    },
    about="Software test lead's numbered coaching record: coachee coded in prose but initial and surname in the exported log and her signature on the feedback form; software brands, Agile titles, laws named after people, a book title, supervisor named.",
)
