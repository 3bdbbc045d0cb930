"""8587-305 Reflecting on Mentoring Skills: a scaffolding contracts supervisor's report, as a PDF.

Kerry Mahon supervises scaffolding crews and has mentored three apprentices. She writes a
short report under her own plain lines ("Where I started", "What the lads and the paperwork
say", "Me, warts and all", "Next steps", "The plan") that do not match the criteria, and the
plan is a table with months and how she will know it worked. Effectiveness comes before
strengths; her supervisor's and the training provider's views sit inside the effectiveness
section; development opportunities are in the learner's words ("where I could learn more").
An opening paragraph names every topic, and a closing one sums them up.
"""

from .case import Case, P, SourceFile, T

BLOCKS = [
    P("Reflecting on my mentoring - Kerry Mahon, contracts supervisor"),
    P("""This report looks back over eight months of mentoring three scaffolding apprentices in our
      Teesside yard. I look at how well the mentoring went using my records, feedback and
      supervision, what I am good at and what I need to work on, where I could learn more, and
      I finish with a six-month plan."""),
    P("Where I started"),
    P("""I was asked to mentor the apprentices because I had come up through the trade myself and
      because our retention of first-year apprentices was poor: we lost four of nine last year,
      mostly in the first winter. I met each apprentice every fortnight for about an hour in the
      site cabin or the yard office, kept a mentoring diary, and had supervision every six weeks
      with our training provider's workplace mentor lead."""),
    P("What the lads and the paperwork say"),
    P("""The simplest measure is that all three apprentices are still with us, which has not happened
      for years, and two of them passed their CISRS Part One on the first attempt. Reading back
      through my diary, the sessions that worked best were the ones where the apprentice brought
      the topic, such as how to handle a foreman who shouts, or how to plan the drive to a job in
      Whitby. The weakest ones were where I had a checklist and went through it. The short review
      form I asked them to fill in every second month showed the same pattern: they rated the
      sessions highly for being listened to and lower for being pushed to think for themselves.
      One wrote, 'You sort things for me, which is good, but I don't learn how to sort them
      myself.' That comment stung, but it was fair, and it matched my diary, where the
      actions column is mostly in my handwriting."""),
    P("""My supervisor observed one session and said my rapport was excellent and that apprentices
      obviously trusted me, but that I jumped in with solutions within the first few minutes. The
      training provider's progress reviews also gave me an outside view: the apprentices' tutor
      noted better attendance at college and better portfolios. So on the evidence, my mentoring
      kept people in the trade and helped them cope, but it has not made them as independent as it
      should."""),
    P("Me, warts and all"),
    P("""What I am good at: I know the job, the tickets and the site politics, so my advice is credible.
      I am approachable and patient with lads who struggle with reading, and I keep confidences,
      which matters on a site where gossip travels fast. I keep good notes. What I need to work on
      is mostly about my communication. I give advice before I have asked enough questions, I do not
      leave silences, and my summarising is poor, so sessions end without a clear agreed action. I
      also know very little about mentoring models beyond what I was shown on the course, and I can
      be blunt in a way that works on site but not in a one-to-one."""),
    P("Next steps"),
    P("""Where I could learn more: the provider runs a free mentoring skills refresher each spring
      that includes a practical session on open questions and silence, and I have asked for a place.
      I want to buddy with the mentor at our Hartlepool depot and sit in on each other's sessions
      to give feedback on questioning and listening. The CITB website has webinars on supporting
      apprentices with learning difficulties, which would help with one of my lads, and I will
      keep my six-weekly supervision and bring a recording to it. Reading Clutterbuck on
      developmental mentoring would give me more than one way to run a session."""),
    P("The plan"),
    T(
        ["When", "What I will do", "How I will know it worked"],
        ["October", "Book the spring refresher; agree buddy sessions with the Hartlepool mentor",
         "Place confirmed; first buddy date in the diary"],
        ["November to December", "Ask at least three open questions before offering any advice; leave silences",
         "Buddy counts my questions; apprentices write their own action in the diary"],
        ["January", "Watch two CITB webinars on learning difficulties", "Changes agreed with my apprentice who has dyslexia"],
        ["February", "Read Clutterbuck and try his stages with the newest apprentice",
         "A short note to my supervisor on what changed"],
        ["March", "Attend the refresher; review the whole plan at supervision",
         "Review form scores for 'thinking for myself' go up"],
    ),
    P("""To sum up, the records and the feedback show that my mentoring kept apprentices in the job,
      that my strengths are credibility and trust and my weakness is jumping in, and that the
      development I have chosen and the plan above are aimed at making the apprentices more
      independent."""),
]

CASE = Case(
    name="ez_305_scaffolding_pdf",
    unit="8587-305",
    kind="unstructured",
    files=[SourceFile("Mahon mentoring reflection.pdf", BLOCKS)],
    labels={
        "1.1": "the actions column is mostly in my handwriting",
        "1.2": "What I need to work on is mostly about",
        "2.1": "sit in on each other's sessions",
        "2.2": "Book the spring refresher",
    },
    expected_checks={"declaration": False, "evidence_matrix": None, "identifying": []},
    about="Scaffolding mentoring report PDF: own plain lines that don't match criteria, effectiveness over two paragraphs with an apprentice's quoted comment, strengths and gaps in one paragraph, plan as a table, intro and summing-up.",
)
