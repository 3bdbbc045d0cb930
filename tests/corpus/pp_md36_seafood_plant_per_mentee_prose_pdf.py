"""MD36 diary as PDF: a seafood factory production manager's session notes in prose only, grouped by mentee, lengths in words.

Mark Ellison, production manager at a seafood processing plant in Grimsby, mentors three
shift team leaders, Farah (hygiene, days), Lukas (nights) and Dean (packing, back shift),
from October to January. He kept a notebook per mentee, so the diary has a section per
mentee with one dated prose paragraph per session, and no table anywhere. Lengths are in the
prose: "just over an hour (65 mins)", "from 2pm until ten to four", "just under two hours
(1 hr 55)", "an hour and three quarters", "45 minutes", and so on. Tricky: one joint
workshop with all three, in its own section (one session, length once); a session cut short
by a machine fault (50 minutes, counted); a night when Lukas rang in sick (no session); a
closing get-together that is only booked; the September two-day mentoring course (training,
not counted); his summary line (38 hours 5 minutes, 25 sessions) is right. Supervision and
tutorials are only in his reflective prose at the end: three tutorials (one a group
tutorial) and three supervision meetings with the HR business partner, plus a tutorial that
is only booked. The mentees are named by their real first names throughout, and Lukas's
mobile number is written into his section.

Practice truth: Farah 710 + Lukas 715 + Dean 740 + joint 120 = 2285 minutes in 25 sessions
with three mentees; supervision 60 + 90 + 60 + 45 + 45 + 45 = 345.
"""

from .case import Case, H, P, SourceFile

BLOCKS = [
    H(0, "Workplace Mentoring Diary (36 hours)"),
    P("Mark Ellison – Production Manager, North Quay Seafoods, Grimsby – October 2024 to January 2025"),
    P("""This diary covers my mentoring of three of our shift team leaders, all promoted from the
      line in the last year. I kept a separate notebook for each of them, so I have written the
      diary up the same way, one section per person, with a paragraph for each session in date
      order. Before I started I went on the two-day mentoring course at the college in September;
      that was training for me and is not counted anywhere below."""),

    H(1, "Planning and contracting"),
    P("""I met each of them first to agree how we would work: roughly fortnightly, in the training
      room off the canteen because it is away from the noise and nobody walks through, at a time
      that suits their shift. The agreement covers confidentiality (except food safety or anyone
      being at risk), that the sessions are for them and not part of their appraisal, and that
      either of us can rearrange with a day's notice. Each of them chose two or three goals in the
      first or second session, written on the goals sheet in their notebook."""),

    H(1, "Session notes – Farah (Hygiene Team Leader, days)"),
    P("""2 October. Our first proper session, just over an hour (65 mins). Went through the agreement
      and she signed it. Farah said her biggest worry is the cleaning crew on lates ignoring her
      because she used to be one of them. Goal 1: get the late crew signing the cleaning schedule
      without her chasing."""),
    P("""9 October. An hour and a half. Used the skills self-assessment from the course. She rated
      herself low on "giving instructions". Goal 2: run the 6am hygiene brief herself every day by
      the end of November."""),
    P("""16 October. From 2pm until ten to four. Long one. Talked through the swab failure on line 3
      and how she handled the auditor. I mostly listened; she worked out herself that she had
      taken the blame for something that wasn't hers."""),
    P("""30 October. 50 minutes – cut short when the metal detector on line 2 failed and I was called
      down. We had done the main thing, her plan for talking to the late crew."""),
    P("""6 November. Two hours. Role played the conversation with the late crew supervisor twice,
      swapping parts. Feedback: she was clear but apologised too much."""),
    P("""27 November. An hour and three quarters. She had the conversation; schedule signed every
      night for two weeks. Goal 1 met. Started on the hygiene brief."""),
    P("""11 December. An hour and a half. She ran four briefs on her own. Talked about the Christmas
      peak and keeping standards up with agency staff."""),
    P("""8 January. An hour and twenty minutes. Review of both goals, both met. Impact on her role:
      the technical manager has asked her to train the new hygiene operatives."""),

    H(1, "Session notes – Lukas (Night Team Leader)"),
    P("""We swap shifts a lot so I gave Lukas my number and took his (07700 900417) so he could text
      me if a session needed to move."""),
    P("""3 October, 6am after his shift. An hour. Agreement signed. He is tired at that time so we
      agreed to keep sessions on Thursday mornings straight after nights and finish by 7.30."""),
    P("""10 October. An hour and a quarter. Goals: hit the night yield target four nights out of five,
      and stop covering breaks himself so he can manage the floor."""),
    P("""17 October. Ninety minutes. Went through a week of yield figures together. He could see the
      losses are all in the first hour after changeover."""),
    P("""24 October. He rang in sick so no session; we picked up the following week."""),
    P("""31 October. Just under two hours (1 hr 55). Changeover plan – he drew it out on the
      whiteboard and I asked questions. Best session so far."""),
    P("""14 November. An hour and a half. Yield target hit three nights out of five. Talked about
      the operative who keeps challenging him in front of the team."""),
    P("""28 November. Two hours. Practised what to say to that operative. He decided to do it one to
      one at the start of the shift rather than on the floor."""),
    P("""12 December. An hour – he was on a double so we kept it short. Yield four nights out of five
      for two weeks. Goal 1 met."""),
    P("""9 January. An hour and three quarters. Final review. He now has a break rota and only covers
      in emergencies. Goal 2 met. He wants to do the Level 3 in team leading next."""),

    H(1, "Session notes – Dean (Packing Team Leader, back shift)"),
    P("""7 October. 45 minutes, our first meeting before his 2pm start. Agreement signed. He was
      sceptical – "is this because I'm doing something wrong?" – so we spent most of it on what
      mentoring is and isn't."""),
    P("""14 October. An hour and a half. Goals: cut label errors on the packing line, and get his
      team to raise problems with him instead of going straight to me."""),
    P("""21 October. Two and a half hours. We walked the whole packing hall together with his process
      map and stopped at every point where a label can go wrong. He found three."""),
    P("""4 November. An hour. Talked about why his team come to me. He thinks it's because I was
      their team leader before him."""),
    P("""18 November. An hour and fifty minutes. Used the 360 feedback from his team. Hard reading
      for him; we went through it slowly and he picked two things to act on."""),
    P("""2 December. Two hours. Label errors down from eleven in October to four in November. Agreed
      that I will send his team back to him when they come to me."""),
    P("""16 December. An hour and a quarter. Christmas peak. He has started a five-minute huddle at
      the start of each shift."""),
    P("""13 January. An hour and a half. Final review: label errors at two a month, and his team now
      raise things at the huddle. Both goals met."""),

    H(1, "Joint session – all three"),
    P("""20 November. Farah, Lukas and Dean together, two hours, in the training room at 1.30 so that
      it overlapped with all three shifts. A workshop on shift handovers – what each of them needs
      from the others. They agreed a one-page handover sheet which is now in use."""),
    P("""A closing get-together for all three is booked for 27 January, after this diary goes in."""),
    P("""That comes to 38 hours 5 minutes of mentoring across 25 sessions, counting the joint
      workshop once."""),

    H(1, "Reflection on supervision and tutorial support"),
    P("""My tutor, Helen, gave me three tutorials. The first, on 14 October, was an hour at the
      college and was mainly about my diary and whether I was doing too much telling. The second,
      on 25 November, was a group tutorial with four other learners and lasted an hour and a half;
      hearing how the others handle mentees who used to be their peers was the most useful part of
      the whole course for me. The third, on 15 January, was an hour on Teams going through this
      diary before I handed it in. I have one more booked for 29 January."""),
    P("""I also had supervision with our HR business partner, who is a qualified coach. We met three
      times, on 23 October, 4 December and 14 January, for 45 minutes each time. She challenged me
      on Dean's 360 feedback session – whether I had pushed him to pick actions too quickly – and
      on how much I was still stepping in for Lukas. In future I want supervision booked in for the
      whole period at the start, every four weeks, rather than arranging it as I go."""),

    P("""Declaration: I confirm this diary is my own work and that the sessions recorded took place.
      Mark Ellison, 20 January 2025"""),
]

CASE = Case(
    name="pp_md36_seafood_plant_per_mentee_prose_pdf",
    unit="MD36",
    kind="structured-pdf",
    files=[SourceFile("M Ellison MD36 mentoring diary.pdf", BLOCKS)],
    labels={},  # practice only
    expected_checks={
        "declaration": True,
        "evidence_matrix": None,
        # the mentees' real first names throughout, and Lukas's mobile number
        "identifying": ["Farah", "Lukas", "Dean", "07700 900417"],
        # Farah: 2 Oct "just over an hour (65 mins)" 65 + 9 Oct "an hour and a half" 90
        #   + 16 Oct "from 2pm until ten to four" 110 + 30 Oct "50 minutes" 50 (cut short)
        #   + 6 Nov "two hours" 120 + 27 Nov "an hour and three quarters" 105
        #   + 11 Dec "an hour and a half" 90 + 8 Jan "an hour and twenty minutes" 80
        #   = 65 + 90 = 155; + 110 = 265; + 50 = 315; + 120 = 435; + 105 = 540; + 90 = 630;
        #   + 80 = 710 (8 sessions)
        # Lukas: 3 Oct "an hour" 60 + 10 Oct "an hour and a quarter" 75 + 17 Oct "ninety minutes" 90
        #   + 31 Oct "just under two hours (1 hr 55)" 115 + 14 Nov "an hour and a half" 90
        #   + 28 Nov "two hours" 120 + 12 Dec "an hour" 60 + 9 Jan "an hour and three quarters" 105
        #   = 60 + 75 = 135; + 90 = 225; + 115 = 340; + 90 = 430; + 120 = 550; + 60 = 610;
        #   + 105 = 715 (8 sessions; 24 Oct sick, no session)
        # Dean: 7 Oct "45 minutes" 45 + 14 Oct "an hour and a half" 90 + 21 Oct "two and a half
        #   hours" 150 + 4 Nov "an hour" 60 + 18 Nov "an hour and fifty minutes" 110
        #   + 2 Dec "two hours" 120 + 16 Dec "an hour and a quarter" 75 + 13 Jan "an hour and a
        #   half" 90 = 45 + 90 = 135; + 150 = 285; + 60 = 345; + 110 = 455; + 120 = 575; + 75 = 650;
        #   + 90 = 740 (8 sessions)
        # Joint workshop 20 Nov, all three, "two hours" 120 (1 session, once).
        # 710 + 715 = 1425; + 740 = 2165; + 120 = 2285 = 38 h 05 (his summary, right);
        # sessions 8 + 8 + 8 + 1 = 25.
        # Not: 24 Oct (sick); 27 Jan get-together (booked only); the September two-day course.
        "minutes": 2285,
        "sessions": 25,
        "individuals": 3,  # Farah, Lukas, Dean
        # Tutorials: 14 Oct "an hour" 60 + 25 Nov group tutorial "an hour and a half" 90
        # + 15 Jan "an hour" 60 = 210; supervision with the HR business partner 23 Oct, 4 Dec,
        # 14 Jan, "45 minutes each time" = 135. 210 + 135 = 345. Not the 29 Jan tutorial (booked).
        "supervision_minutes": 345,
    },
    about="Seafood plant production manager; MD36 PDF with no tables, a section per mentee of dated prose notes, lengths in words ('just over an hour (65 mins)', 'from 2pm until ten to four', 'just under two hours (1 hr 55)'), a joint workshop of all three, a cut-short session, a sick night, booked get-together, right summary line, tutorials and HR supervision only in reflective prose, mentees' first names and a mobile number.",
)
