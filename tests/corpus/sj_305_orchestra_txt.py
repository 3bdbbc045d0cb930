"""8587-305 Reflecting on Mentoring Skills: an orchestra's learning and participation manager, TXT.

Gwen Pritchard runs the learning and participation team of a regional orchestra and mentored
two junior project coordinators (Mentee 1 and Mentee 2) for unit 304. Her journal is a plain
text file exported from her notes app: a file-name line and a title line at the top, an
evidence matrix typed as a pipe table with a "Where evidenced" column, then answers on plain
lines introduced by typed numbers. She answers 1.2 before 1.1 and her 1.1 says "as I said
in 1.2"; one line ("AC 2.1 & 2.2 - Looking ahead") introduces both LO2 criteria, with the
review in paragraphs and the six-month plan as a second pipe table below it. An opening
paragraph and a closing one mention every topic. No declaration.
"""

from .case import Case, P, SourceFile, T

BLOCKS = [
    P("Pritchard_G_8587-305_journal_FINAL(2).txt"),
    P("REFLECTIVE JOURNAL - UNIT 305 - REFLECTING ON MENTORING SKILLS WITHIN AN ORGANISATIONAL CONTEXT"),
    P("Gwen Pritchard, Learning and Participation Manager, Severn Valley Sinfonia. Submitted 3 July 2025."),
    P("Evidence matrix"),
    T(
        ["AC", "Evidence", "Where evidenced"],
        ["1.1", "Examining my mentoring using diary, feedback forms, supervision notes", "AC 1.1 section below; 304 portfolio sections 4-6"],
        ["1.2", "Strengths and areas for improvement", "AC 1.2 section below"],
        ["2.1", "Review of my mentoring ability", "AC 2.1 & 2.2 section, first part"],
        ["2.2", "Six-month development plan", "AC 2.1 & 2.2 section, plan table"],
    ),
    P("""This journal looks back on the 13 and a half hours of mentoring I did with two project
      coordinators between January and May. I go through my strengths and weaker areas, then
      how effective the mentoring really was according to my records, their feedback and
      supervision, and finally where I go from here, with a plan for the next six months.
      I've written it in the first person because that's what it is."""),

    P("AC 1.2 Strengths and areas for improvement"),
    P("""I started with a simple SWOT on a sheet of A3, then checked each point against the
      evidence, because it's easy to write what you hope is true."""),
    P("""Strengths. My knowledge of the sector is a real asset: I have run education projects
      for fifteen years, so when Mentee 2 was struggling to get schools to commit to the
      spring workshops I could help her think about how heads make decisions. Skills-wise I
      am good at structure, every session had a clear start and end, and my interpersonal
      skills are warm; both mentees said they felt comfortable from the first meeting.
      Behaviour: I'm consistent and I kept every session I booked, even in concert weeks."""),
    P("""Areas for improvement. Knowledge: I had read about the CLEAR model but not really
      understood the 'Listen' and 'Explore' stages, so I rushed them. Communication skills:
      I talk too much. On the recording from session 6 I spoke for well over half the
      session, which for a mentor is too much. I also use humour to get past awkward
      moments, which works with Mentee 1 but made Mentee 2 think I wasn't taking her
      worries seriously. Behaviour: I find it hard not to rescue, offering to ring a school
      myself instead of letting her work out how to do it."""),

    P("AC 1.1 Examining how effective my mentoring was"),
    P("""As I said in 1.2, it is easy to write what you hope is true, so I went back through three
      kinds of evidence. The mentoring diary shows 13.5 hours over eleven sessions, goals set
      in the first two sessions and reviewed at every one. Of the five goals set, four were met:
      Mentee 1 now leads the pre-concert talks for family audiences, and Mentee 2 secured
      nine schools for the spring programme, against a target of eight. The fifth goal
      (Mentee 1 writing her first Arts Council report section) was dropped by agreement when the
      deadline moved."""),
    P("""The feedback forms tell a more mixed story. Mentee 1 rated every session 4 or 5.
      Mentee 2's ratings were lower in February (3, 3, 2) and then rose to 5 after the
      supervision session where I realised I had been treating her like a younger version of
      me. My supervisor's notes from March record that I 'solve problems at speed and
      then wonder why the mentee isn't owning them'. Putting all three together, I would say
      the mentoring was effective in outcomes, less effective in the early process with
      Mentee 2, and that supervision was the turning point."""),
    P("""One more thing the records showed me, which I had not expected: my diary entries got
      shorter as the months went on. In January I wrote half a page after each session, what
      was said, what I noticed, what I'd do differently. By April it was three lines and an
      action. The sessions in April were, if anything, the better ones, so I don't think it
      hurt the mentees, but it means my evidence for the later sessions is thinner, and a
      couple of the reflections I'd like to draw on now simply aren't written down. Keeping a
      fuller record is something I'll carry forward."""),

    P("AC 2.1 & 2.2 - Looking ahead"),
    P("""Review of my ability. I'm a capable mentor for goal-focused, confident mentees and less
      good with quieter people who need more time. Questioning: I ask open questions but then
      answer them myself if there is a pause, so I need to learn to hold a silence. Listening:
      I listen for solutions, not for what the mentee is feeling. Communication generally: I
      need to cut my share of the talking and check my humour lands."""),
    P("""Opportunities I have identified: the ABO's mentoring network for arts managers, which
      runs peer mentoring pairs and a quarterly online forum; asking the orchestra's HR partner,
      who is an accredited coach, to observe me; recording and reviewing sessions with my
      mentee's permission; joining the EMCC as an individual member for their webinars; and
      supervision every two months with the same supervisor as for unit 304. My plan below
      runs from July to December and was agreed with my supervisor on 26 June."""),
    T(
        ["Development goal", "Action", "By when", "Measure of success"],
        ["Hold a silence after a question", "Count to five; review two recorded sessions", "End of September 2025",
         "Talking share under 40% in a recorded session"],
        ["Listen for feelings as well as facts", "Practise reflecting feelings in ABO peer pairs", "End of October 2025",
         "Peer partner feedback names it as a strength"],
        ["Stop rescuing", "Ask 'what could you try?' before offering help", "Ongoing, review November 2025",
         "No actions in my diary that are mine rather than the mentee's"],
        ["Adapt style to quieter mentees", "Take on a new mentee from the orchestra's admin team", "By December 2025",
         "Her feedback averages 4 or more from session 3"],
        ["Keep learning", "Two EMCC webinars; bi-monthly supervision", "July to December 2025",
         "Attendance logged; supervision notes show progress"],
    ),
    P("""Looking back over the whole thing, the records, feedback and supervision all agreed once I
      actually read them together. I'm proud of the outcomes, honest about the talking, and
      I have a plan. Next review with my supervisor: 4 September."""),
    P("[ends]"),
]

CASE = Case(
    name="sj_305_orchestra_txt",
    unit="8587-305",
    kind="numbered-unstyled",
    files=[SourceFile("Pritchard_G_8587-305_journal.txt", BLOCKS)],
    labels={
        "1.1": "treating her like a younger version of me",
        "1.2": "I spoke for well over half the session",
        "2.1": "answer them myself if there is a pause",
        "2.2": "Talking share under 40% in a recorded session",
    },
    expected_checks={"declaration": False, "evidence_matrix": True},
    about="Orchestra L&P manager's 305 as plain text: file-name and title lines, pipe-table evidence matrix with 'Where evidenced', 1.2 answered before 1.1 with 'as I said in 1.2', one line introducing 2.1 and 2.2 over a review and a plan table, no declaration.",
)
