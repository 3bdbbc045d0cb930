"""8587-302 coaching diary as PDF: a head greenkeeper's dated paragraphs, lengths in every form, a joint session counted twice in his own total.

Tom Ashworth, head greenkeeper at a members' golf club, coaches his two deputies, Jamie and
Connor, for his Level 3 coaching unit. Practice evidence only: a Google Docs diary saved as
PDF, no tables, one paragraph per dated entry, each starting with the day and date. Lengths
are written as they came: "an hour", "50 mins", "1.25 hrs", "1:15", "an hour and a half",
"1 hr 10", "6.30 to 8.00", "forty minutes", "1:05", "an hour and a quarter", "7 till 8.20",
"1.5hrs". Tricky: a session moved for competition week (cancelled, then held on the
Thursday); a toolbox talk on spraying to the whole team, both deputies included ("training,
not coaching, not counting it"); a joint session with both deputies; a DNA; supervision only
in prose at the end, including a tutor's phone call; his closing total counts the joint
session in each deputy's figure (8 hrs 20 + 8 hrs 25 = 16 hrs 45), which is wrong: the
joint session counts once, so the truth is 15 hrs 15.

Practice truth: Jamie 410 + Connor 415 + joint 90 = 915 minutes in 13 sessions with two
coachees; supervision 60 + 75 + 20 = 155.
"""

from .case import Case, H, P, SourceFile

BLOCKS = [
    H(0, "Coaching Diary – ILM Unit 302"),
    P("Tom Ashworth, Head Greenkeeper, Hexley Golf Club. Coachees: Jamie and Connor (deputy head greenkeepers)."),
    P("""I wrote this up on my phone in the mess room after each session and pasted it into
      Google Docs. Most sessions were straight after the morning cut, when the lads have
      their break, so start times are early."""),

    P("""Monday 7 April 2025 – Jamie. First proper session, an hour in the mess room. Went
      through what coaching is and what it isn't, and the contract. Agreed the club manager
      gets to know that we're meeting and what the goals are, nothing else. Jamie signed it.
      He wants to be ready to step up if I ever leave."""),
    P("""Tuesday 8 April – Connor. First session, 50 mins. Same contract. Connor was quieter
      than Jamie and asked twice if this was about his timekeeping. Told him it wasn't."""),
    P("""Monday 14 April – Jamie. 1.25 hrs. Goals: plan and price the bunker renovation on the
      7th and 8th holes and present it to the greens committee in June. Used a skills audit
      against the head greenkeeper job description to see where the gaps are – budgeting
      and committee work came out lowest."""),
    P("""Wednesday 16 April – Connor. 1:15. Goals: take over the spraying records and the
      machinery maintenance schedule, and run the morning team brief twice a week. Did the
      same skills audit; he scored himself low on talking to the team."""),
    P("""Monday 28 April – Jamie. Didn't happen, competition week and we were cutting greens
      twice a day. Moved to Thursday."""),
    P("""Tuesday 29 April – Connor. 1 hr 10. GROW on the team brief. His options were to write
      it down first, or do it with me standing next to him, or start with the two new lads
      only. He picked the first one."""),
    P("""Thursday 1 May – Jamie. The moved session, an hour and a half. Bunker costs – sand,
      drainage, hire of a digger. He'd done more than I expected. I mostly asked questions."""),
    P("""Tuesday 6 May – Toolbox talk on spraying to the whole team, seven of us including
      Jamie and Connor, 45 mins. That was training, not coaching, so not counting it."""),
    P("""Monday 12 May – Jamie and Connor together, 6.30 to 8.00. Joint session on how they
      share out the jobs when I'm on holiday. Good to watch them sort it out between them
      without me."""),
    P("""Monday 19 May – Jamie. Forty minutes, short because of the frost damage on the 12th
      green. Reviewed his committee presentation outline."""),
    P("""Tuesday 20 May – Connor. He didn't turn up – overslept after the late watering shift.
      Rebooked for Thursday."""),
    P("""Thursday 22 May – Connor. 55 mins. Talked about the DNA first. Then how the team
      brief is going – he's done six on his own now."""),
    P("""Monday 2 June – Jamie. 1:05. Rehearsed the committee presentation. I played the
      awkward committee member."""),
    P("""Tuesday 3 June – Connor. An hour and a quarter. Machinery schedule – he's found two
      mowers overdue a service and sorted it."""),
    P("""Monday 16 June – Jamie. Final review, 7 till 8.20. Committee approved his bunker
      plan. Feedback form done."""),
    P("""Tuesday 17 June – Connor. Final review, 1.5hrs. Both goals met. Feedback form done."""),

    P("""Total coaching: Jamie 8 hrs 20 mins, Connor 8 hrs 25 mins (both including the joint
      session) = 16 hrs 45 mins. Well over the 12 hours."""),

    H(1, "Supervision"),
    P("""I had two supervision sessions with Ruth, a coach supervisor the club's HR consultant
      found for me. The first was on 30 April on Teams for an hour, mostly about coaching
      people I also manage. The second was on 10 June at her office, 9.30 until 10.45, where
      we went through this diary and she asked why I hadn't reflected more on Connor's DNA.
      My ILM tutor also rang me for twenty minutes in May to check I was on track."""),
    P("Learner declaration: this diary is my own work and a true record. T Ashworth 20/6/25"),
]

CASE = Case(
    name="pn_302_golf_club_dated_paragraphs_pdf",
    unit="8587-302",
    kind="unstructured",
    files=[SourceFile("Tom Ashworth coaching diary 302.pdf", BLOCKS)],
    labels={},  # practice only
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        # Jamie: 7 Apr an hour 60 + 14 Apr 1.25 hrs 75 + 1 May an hour and a half 90
        #   + 19 May forty minutes 40 + 2 Jun 1:05 65 + 16 Jun 7 till 8.20 80
        #   = 60 + 75 = 135; + 90 = 225; + 40 = 265; + 65 = 330; + 80 = 410 (6)
        # Connor: 8 Apr 50 + 16 Apr 1:15 75 + 29 Apr 1 hr 10 70 + 22 May 55 + 3 Jun an hour and
        #   a quarter 75 + 17 Jun 1.5hrs 90 = 50 + 75 = 125; + 70 = 195; + 55 = 250; + 75 = 325; + 90 = 415 (6)
        # Joint 12 May 6.30 to 8.00 = 90 (once, 1)
        # 410 + 90 + 415 = 915 = 15 hrs 15. His "16 hrs 45" (= 500 + 505) counts the joint 90 twice: wrong.
        # Not: 28 Apr moved (not held); 6 May toolbox talk 45 (training, not counted); 20 May DNA.
        "minutes": 915,
        "sessions": 13,
        "individuals": 2,  # Jamie, Connor
        # 30 April an hour 60 + 10 June 9.30 until 10.45 75 + tutor call twenty minutes 20 = 155
        "supervision_minutes": 155,
    },
    about="Golf club head greenkeeper; 302 Google Docs diary as PDF, one dated paragraph per entry, lengths in a dozen forms (words, decimals, h:mm, clock ranges), moved session, uncounted toolbox talk to the team, joint session, DNA, supervision and tutor call only in prose, own total counting the joint session twice (16 hrs 45 for 15 hrs 15).",
)
