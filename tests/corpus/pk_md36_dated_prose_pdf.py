"""MD36 36-hour mentoring diary: a builders' merchant area manager's PDF of dated prose paragraphs.

Bronwen, area manager for a builders' merchant, mentors four branch supervisors: Femi, Carys,
Aled and Mo (who left the company in October after three sessions). Her diary is one dated
paragraph per contact under a heading per month, with lengths in words ("three quarters of an
hour", "an hour and a quarter", "from eight until ten", "ninety minutes") and a few in figures
("1 hr 45", "9.00-10.30"). Two group sessions have Femi, Carys and Aled together (the first
followed by a lunch she says she has not counted). Each month ends with an "Hours so far"
sentence (running totals, right). One Aled session became a line-management conversation
that she says she is not counting; a Carys session was cancelled; a one-day course is CPD.
Tutorials, reflective practice meetings with her L&D business partner and her tutor's debrief
after an observed session are in the same paragraphs. Her summary-of-activity table still
puts the uncounted hour in Aled's row, so its total (37 hrs 10) is an hour high.

Practice truth: September 585 + October 685 + November 675 + December 225 = 2,170 minutes
(36 h 10) in twenty-five sessions with four mentees; supervision 60 + 75 + 30 + 45 + 90 = 300.
"""

from .case import Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "Workplace Mentoring Diary (36 hours)"),
    P("Bronwen - Area Manager, South Wales branches (builders' merchant)"),
    P("ILM workplace mentoring diary task (MD36). Tutor: Ian. Supervisor: Gwen, L&D Business Partner"),
    H(1, "Planning and organising mentoring sessions"),
    P("""I mentored four branch supervisors from September to December 2024. All four were new
      in post and had come up from the yard or the trade counter, so the common theme was
      making the move from doing the job to running a team. I met each of them at their own
      branch, in the branch office or the canteen, usually fortnightly, and planned two group
      sessions so they could learn from each other. I aimed for around 40 hours so that
      cancellations would not leave me short of 36."""),
    P("""Each of us signed a one-page contract at the first meeting covering confidentiality
      (including the fact that I am also their area manager, and that mentoring conversations
      would not be used in their performance reviews), how often we would meet, how to cancel,
      and what each of them wanted from it. Femi wanted to get his branch's stock accuracy up;
      Carys wanted to deal with a long-serving driver who ignores her; Aled wanted to plan his
      week instead of firefighting; Mo wanted to decide whether management was for him."""),
    H(1, "Undertake mentoring sessions"),
    H(2, "September"),
    P("""Monday 2 September. First meeting with Femi at the Cardiff branch, an hour. Contract
      signed. He scored himself on a simple skills wheel; stock control and delegation were his
      lowest."""),
    P("""Tuesday 3 September. Carys, Newport, three quarters of an hour. Contract. She was
      guarded and I did most of the talking, which I noted for next time."""),
    P("""Wednesday 4 September. Aled, Bridgend, an hour. Contract and skills wheel."""),
    P("""Thursday 5 September. Mo, Swansea, half an hour. Contract. He was honest that he wasn't
      sure he wanted the job."""),
    P("""Monday 16 September. Femi, from eight until ten, before the yard got busy. We walked the
      yard together and he picked the three product lines with the worst stock accuracy."""),
    P("""Tuesday 17 September. Carys, an hour and a half. We mapped her team on a
      stakeholder grid; the driver is high influence, low support."""),
    P("""Wednesday 18 September. Aled, 1 hr 45. A time log of his last week: 60% reactive."""),
    P("""Thursday 19 September. Mo, an hour and a quarter. Values exercise - what he likes
      about the counter and what he likes about leading."""),
    P("""Friday 20 September. Tutorial with Ian, an hour on Teams. He checked my contracts and
      asked how I would manage being both line manager and mentor."""),
    P("Hours so far: 9 hrs 45 mins."),
    H(2, "October"),
    P("""Tuesday 1 October. Femi, from 8 until 9.30. Stock accuracy on his three lines is up
      from 82% to 90%. We looked at what he could delegate to his assistant."""),
    P("""Wednesday 2 October. Carys, two hours. Role play of the conversation with the driver,
      twice, with her playing him the second time."""),
    P("""Thursday 3 October. Mo told me on the phone on Monday that he has accepted a job with a
      competitor. We had our last session today, forty minutes, mostly about what he learned
      about himself and what to ask for in his new job."""),
    P("""Monday 7 October. Aled, ninety minutes. Planned a week in blocks; he will protect
      Tuesday mornings for planning."""),
    P("""Friday 11 October. First group session: Femi, Carys and Aled together at the Swansea
      branch, 10am to 12.30, then lunch together (which I haven't counted). Each brought one
      problem and the other two coached them through it."""),
    P("""Tuesday 15 October. Reflective practice meeting with Gwen, an hour and a quarter. We
      talked about Mo leaving and whether I had missed signs."""),
    P("""Monday 21 October. Femi, an hour and a half."""),
    P("""Tuesday 22 October. Carys - cancelled, stock take."""),
    P("""Wednesday 23 October. Aled, an hour. I am not counting this one: it turned into a
      conversation about a till shortfall at his branch, which I had to have as his line
      manager, not as his mentor. I told him so at the time."""),
    P("""Thursday 24 October. Carys, rebooked, 1 hr 45. She had had the conversation with the
      driver. It went better than she expected."""),
    P("Hours so far: 21 hrs 10 mins."),
    H(2, "November"),
    P("""Monday 4 November. Femi, two hours, observed by Ian for my assessment. Ian gave me half
      an hour of feedback straight after in the branch office: good questions, but I let Femi
      off the hook when he said he "hadn't had time"."""),
    P("""Tuesday 5 November. Carys, an hour and a half."""),
    P("""Wednesday 6 November. Aled, two hours. Back on track after 23 October; we agreed to keep
      the two roles separate by meeting off site."""),
    P("""Thursday 14 November. 'Coaching for managers' one-day course at head office. CPD for me,
      not mentoring."""),
    P("""Monday 18 November. Femi, 1 hr 15."""),
    P("""Tuesday 19 November. Carys, ninety minutes. Her team survey results."""),
    P("""Wednesday 20 November. Aled, 1 hr 30."""),
    P("""Friday 22 November. Second group session, on Teams this time, 9.00-10.30. Femi, Carys
      and Aled. Topic: Christmas trade and rotas."""),
    P("""Tuesday 26 November. Reflective practice with Gwen, 45 minutes. Endings."""),
    P("Hours so far: 32 hrs 25 mins."),
    H(2, "December"),
    P("""Monday 2 December. Femi, closing review, an hour and a half. Stock accuracy 94%."""),
    P("""Tuesday 3 December. Carys, closing review, an hour."""),
    P("""Wednesday 4 December. Aled, closing review, an hour and a quarter."""),
    P("""Thursday 5 December. Second tutorial with Ian, an hour and a half, going through this
      diary and my plan for supervision next year."""),
    H(1, "Summary of activity"),
    T(
        ["Mentee", "Sessions", "Hours"],
        ["Femi", "7", "10 hrs 45"],
        ["Carys", "7", "10 hrs"],
        ["Aled", "7", "10 hrs"],
        ["Mo (left in October)", "3", "2 hrs 25"],
        ["Group sessions (Femi, Carys, Aled)", "2", "4 hrs"],
        ["Total", "26", "37 hrs 10"],
    ),
    H(1, "Feedback and reflections of effectiveness of mentoring activity"),
    P("""I asked each mentee for feedback at the end on a short form. Femi said the yard walk
      was the most useful thing because it made the problem visible. Carys said the role play
      was uncomfortable but worked. Aled was honest that the 23 October conversation made him
      wary for a while. Mo sent me a message after he left to say the values exercise helped
      him decide."""),
    P("""The group sessions were the most effective part of the programme: supervisors at the
      same level believed each other in a way they did not always believe me. The one-to-ones
      worked best where there was a concrete measure (stock accuracy, the time log). The
      biggest challenge was wearing two hats. I should not have mentored someone I line-manage
      without agreeing in advance what would happen if a performance issue came up."""),
    H(1, "Tutorial reflections of effectiveness of mentoring activity"),
    P("""Ian's first tutorial and Gwen's first reflective practice meeting both came back to the
      same point, my dual role, and that is what I would change first. Ian's feedback after
      the observed session made me challenge more. For future mentoring I will keep a monthly
      reflective practice meeting with Gwen and ask for a mentor outside my line for
      myself."""),
    P("By submitting I confirm that this assignment is my own work. Bronwen, 9 December 2024"),
]

CASE = Case(
    name="pk_md36_dated_prose_pdf",
    unit="MD36",
    kind="structured-pdf",
    files=[SourceFile("Bronwen MD36 mentoring diary.pdf", BLOCKS)],
    labels={},  # practice only
    expected_checks={
        "declaration": True,
        "evidence_matrix": None,
        # Sept: Femi 2/9 an hour 60 + 16/9 eight until ten 120; Carys 3/9 three quarters 45
        #   + 17/9 an hour and a half 90; Aled 4/9 an hour 60 + 18/9 1 hr 45 105;
        #   Mo 5/9 half an hour 30 + 19/9 an hour and a quarter 75 = 585 (her 9 h 45)
        # Oct: Femi 1/10 8-9.30 90 + 21/10 90; Carys 2/10 two hours 120 + 24/10 1 hr 45 105;
        #   Mo 3/10 forty minutes 40; Aled 7/10 ninety minutes 90; group 11/10 10am-12.30 150
        #   (lunch not counted) = 685 (running 1270, her 21 h 10). Not 22/10 cancelled,
        #   not 23/10 Aled an hour (not counted, her word).
        # Nov: Femi 4/11 two hours 120 (observed) + 18/11 1 hr 15 75; Carys 5/11 90 + 19/11
        #   ninety minutes 90; Aled 6/11 two hours 120 + 20/11 1 hr 30 90; group 22/11
        #   9.00-10.30 90 = 675 (running 1945, her 32 h 25). Not 14/11 course.
        # Dec: Femi 90 + Carys 60 + Aled an hour and a quarter 75 = 225
        # 585 + 685 + 675 + 225 = 2170 (36 h 10). Not the "Hours so far" lines or the
        # summary table (Aled 10 hrs and total 37 hrs 10 include the uncounted 23/10 hour).
        "minutes": 2170,
        # Femi 7 + Carys 7 + Aled 6 + Mo 3 + group 2 = 25 (her table says 26)
        "sessions": 25,
        "individuals": 4,  # Femi, Carys, Aled, Mo
        # Ian tutorial 20/9 60 + Gwen 15/10 75 + Ian's debrief 4/11 30 + Gwen 26/11 45
        # + Ian tutorial 5/12 90 = 300
        "supervision_minutes": 300,
    },
    about="Builders' merchant area manager; MD36 PDF diary of dated prose paragraphs by month, lengths mostly in words, two group sessions of three, a mentee who left, monthly 'Hours so far' lines, a not-counted line-management session still in the summary table (total an hour high), tutorials/reflective practice/debrief in the prose, CPD course.",
)
