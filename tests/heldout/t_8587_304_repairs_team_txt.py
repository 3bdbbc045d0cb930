"""8587-304 mentoring portfolio as plain text: a housing association repairs supervisor whose practice is a prose diary.

Niamh Costello supervises the repairs planning team at a housing association and mentors two
new starters she calls M1 (a trainee surveyor) and M2 (a repairs planner) from September to
November. She typed everything in Notepad: short capitalised headings, answers in paragraphs,
then "MENTORING DIARY" with a dated paragraph per day. Times are written every way ("10:00
to 10:45", "half one till twenty five to three", "an hour and a half", "2pm to 3.30"). Tricky:
M1 did not turn up on 30 September (emergency leak) and was rebooked; a joint session with
both on 14 October counts once; M2 shadowed her on a void inspection on 4 November, which she
says she is not counting; two supervision sessions with the L&D manager and a half-hour ILM
tutorial; a closing summary restating the total and retelling the joint session. Slips: M2's
mobile number in one entry and a tenant's full name in another. No declaration, no matrix.

Practice truth (diary):
  M1: 2 Sep 45 + 16 Sep 90 + 7 Oct 90 + 28 Oct 75 + 11 Nov 90 + 25 Nov 60 = 450 (6)
  M2: 3 Sep 65 + 17 Sep 90 + 1 Oct 90 + 29 Oct 75 + 12 Nov 90 + 26 Nov 75 = 485 (6)
  Joint 14 Oct 10:00-12:00 120 (1)
  450 + 485 + 120 = 1055 (her "17 hours 35 minutes"); 13 sessions; 2 individuals.
  Not: 30 Sep DNA; 4 Nov shadowing (2 hours, not counted, her word).
  Supervision: 10 Oct 60 + 14 Nov 75 + 20 Nov tutorial 30 = 165.
"""

from corpus.case import Case, H, P, SourceFile

BLOCKS = [
    P("ILM 8587-304 Undertaking Mentoring in an Organisational Context"),
    P("Niamh Costello - Repairs Planning Supervisor, Kestrel Homes"),
    P("""My two mentees are called M1 and M2 in this work. M1 is a trainee surveyor who joined in
      August from an apprenticeship with a building firm. M2 is a repairs planner who transferred
      to us from the contact centre."""),

    H(1, "PLAN"),
    P("""I planned for at least twelve hours, six sessions each over about twelve weeks, roughly
      an hour to an hour and a half, fortnightly, plus one joint session on a topic they both
      needed. Sessions in the small meeting room at the Canal Street office, first thing for M1
      because she is out on inspections most afternoons and early afternoon for M2 after the
      morning call peak. I told my manager the dates and put them in both Outlook calendars as
      private appointments. If a session had to be dropped I would rebook it the same week."""),

    H(1, "GOALS"),
    P("""We agreed topics and goals in the first meetings. M1 wanted to be confident diagnosing damp
      and mould on her own, so her goal was to complete five damp inspections solo with reports that
      the senior surveyor signs off without changes by the end of November. M2 wanted to stop
      relying on the team for scheduling decisions; her goal was to schedule a full week of
      contractor jobs on her own with under three re-visits needed. Both goals fit what the
      association needs after the Housing Ombudsman report on damp and mould last year."""),

    H(1, "CONTRACT"),
    P("""I wrote a one page mentoring agreement covering confidentiality and its limits, where notes
      are kept, how long for, what goes back to their line managers (only attendance and whether goals
      are met) and that either of us can end it. The two line managers signed it as stakeholders as
      well as M1, M2 and me, because they had to release the time. M2 asked that her old contact centre
      manager not be told anything, which I agreed to and wrote on her copy."""),

    H(1, "TOOLS AND MODEL"),
    P("""I used a skills audit based on the trainee surveyor competency list with M1 and a learning
      styles questionnaire with M2, and later a simple SWOT with both. The skills audit showed M1 scored
      herself lowest on writing up reports, not on the technical side, which surprised us both. For the
      model I used Clutterbuck's developmental mentoring approach, with GROW inside sessions when we
      needed to get to actions."""),

    H(1, "MENTORING DIARY"),
    P("""Mon 2 Sept. First meeting with M1, 10:00 to 10:45. Went through the agreement, she signed it
      and took it to her line manager. Mostly getting to know each other. She is quiet but very
      precise. Learning for me: I talked too much about my own background. Feedback from M1 at the end:
      "good to know who to ask"."""),
    P("""Tue 3 Sept. First meeting with M2, half one till twenty five to three. She talked a lot about
      the contact centre and why she left. I need to watch that I don't get pulled into the old
      stories. Feedback from M2: she liked that I wrote things down in front of her."""),
    P("""Mon 16 Sept. M1, an hour and a half. Skills audit. She was lowest on report writing. We agreed
      she would bring two of her reports next time. My learning: silence works, she filled it."""),
    P("""Tue 17 Sept. M2, 2pm to 3.30. Learning styles questionnaire, she is a strong activist so we agreed
      to learn the scheduling system by doing rather than reading the manual. I text her the night before
      each session on 07700 900582 as a reminder because she doesn't check Outlook. Feedback: 4/5."""),
    P("""Mon 30 Sept. M1 didn't turn up, she was on site at an emergency leak in a block on Pell Street.
      Rebooked for next Monday. Not counted."""),
    P("""Tue 1 Oct. M2, 1 hr 30. Went through last week's schedule. Three jobs needed re-visits because
      the wrong trade was sent. We used GROW to look at options. Feedback: 5/5, "I'd never have spotted
      that on my own". My learning: let her find the pattern, don't point it out."""),
    P("""Mon 7 Oct. M1 rebooked session, 9.30 to 11.00. Looked at her two reports. One was about a tenant,
      Gwen Albright, whose bathroom ceiling has had black mould for two years, and M1 had written it up
      very well technically but not said what the tenant should do in the meantime. Feedback from M1:
      "useful but I felt a bit judged on the first report". I need to ask before I comment."""),
    P("""Thu 10 Oct. Supervision with the L&D manager, 1 hour. See supervision section."""),
    P("""Mon 14 Oct. Joint session with M1 and M2, 10:00 to 12:00. Damp and mould: M1 explained the
      diagnosis side and M2 the scheduling side and they each realised why the other's job is hard.
      Best session so far. Feedback from both 5/5."""),
    P("""Mon 28 Oct. M1, 1 hr 15. SWOT on her first solo inspections. Two of five signed off.
      Feedback: 4/5. Learning: I am better at asking now but still rush the summary."""),
    P("""Tue 29 Oct. M2, 1 hr 15. SWOT. She scheduled Monday and Tuesday alone. Feedback: 4/5."""),
    P("""Mon 4 Nov. M2 shadowed me on a void inspection all morning, about 2 hours. I'm not counting this
      as mentoring, it was her seeing the job, not a mentoring conversation."""),
    P("""Mon 11 Nov. M1, an hour and a half. Four of five damp reports signed off. We talked about what
      the senior surveyor changed on the fifth. Feedback: 5/5."""),
    P("""Tue 12 Nov. M2, ninety minutes. A whole week scheduled alone, two re-visits. Goal met.
      Feedback: 5/5."""),
    P("""Thu 14 Nov. Supervision with the L&D manager, 1 hr 15 mins."""),
    P("""Wed 20 Nov. ILM tutorial at the college, half an hour, on writing this up."""),
    P("""Mon 25 Nov. M1 final session, 1 hour. Fifth report signed off last week, goal met. Looked back
      over the whole thing and what next. Feedback form completed."""),
    P("""Tue 26 Nov. M2 final session, 1 hr 15. Review and close. Feedback form completed."""),

    H(1, "SUMMARY OF HOURS"),
    P("""In total I did 17 hours 35 minutes of mentoring, including the joint session on 14 October
      (2 hours). I have not included the void inspection or the missed session on 30 September."""),

    H(1, "RECORDS"),
    P("""Everything from first contact to the last session is in the diary above, with the signed
      agreements, skills audit, questionnaire, SWOTs and both feedback forms in my evidence folder.
      The diary was typed up each evening from my handwritten notes, so the audit trail goes from the
      first email asking M1 and M2 if they wanted a mentor to the final feedback forms."""),

    H(1, "REFLECTION AND KEY LEARNING"),
    P("""The pattern across the sessions is that I improved most at holding back. Early on I talked
      about my own background and pointed things out; by November they were finding the answers.
      M1's "I felt a bit judged" was the most useful comment I got, and my CPD learning from it is
      to ask permission before giving feedback on someone's work. For my own development I have asked
      to go on the association's coaching skills day in January."""),

    H(1, "FEEDBACK"),
    P("""I asked for a score out of five and one comment at the end of every session and wrote them into
      the diary, so there is feedback for each session. Scores went from 3s and 4s to mostly 5s. Both
      mentees also filled in an end of programme form."""),

    H(1, "MY COMMUNICATION SKILLS"),
    P("""Questioning - good at open questions, I use "what would happen if" a lot. Listening - better than
      I thought, the skills audit session showed me silence gets more than a follow-up question.
      Feedback - my weak spot, as M1's comment shows, I went straight in with corrections on her report
      and should have asked her to mark it herself first."""),

    H(1, "SUPERVISION"),
    P("""Two supervision sessions with the L&D manager, who is a qualified coach. In October we
      discussed M2 bringing up the contact centre every session; the outcome was that I should
      name it kindly and ask if she wanted it as a topic, which I did and it stopped. In November we
      talked about endings and the outcome was to make the last sessions about looking forward,
      not a list of what was achieved. The ILM tutorial was about the write up rather than practice."""),
]

CASE = Case(
    name="t_8587_304_repairs_team_txt",
    unit="8587-304",
    kind="unstructured",
    files=[SourceFile("niamh costello 304.txt", BLOCKS)],
    labels={
        "1.1": "first thing for M1 because she is out on inspections",
        "1.2": "schedule a full week of contractor jobs on her own",
        "1.3": "The two line managers signed it as stakeholders",
        "2.1": "scored herself lowest on writing up reports",
        "2.2": "For the model I used Clutterbuck's developmental mentoring approach",
        "2.3": "she is a strong activist so we agreed",
        "2.4": "the audit trail goes from the first email",
        "3.1": "ask permission before giving feedback on someone's work",
        "3.2": "there is feedback for each session",
        "3.3": "I use \"what would happen if\" a lot",
        "3.4": "name it kindly and ask if she wanted it as a topic",
    },
    expected_checks={
        "declaration": False,
        "evidence_matrix": False,
        # M2's mobile in the 17 Sept entry; a tenant's full name in the 7 Oct entry
        "identifying": ["07700 900582", "Gwen Albright"],
        # M1: 2 Sep 10:00-10:45 45 + 16 Sep an hour and a half 90 + 7 Oct 9.30-11.00 90
        #     + 28 Oct 1 hr 15 75 + 11 Nov an hour and a half 90 + 25 Nov 1 hour 60
        #     = 45+90=135; +90=225; +75=300; +90=390; +60=450.
        # M2: 3 Sep half one till twenty five to three 65 + 17 Sep 2pm-3.30 90 + 1 Oct 1 hr 30 90
        #     + 29 Oct 1 hr 15 75 + 12 Nov ninety minutes 90 + 26 Nov 1 hr 15 75
        #     = 65+90=155; +90=245; +75=320; +90=410; +75=485.
        # Joint 14 Oct 10:00-12:00 = 120, once.
        # 450 + 485 + 120 = 1055 (= her 17 hours 35 minutes). Not: 30 Sep DNA, 4 Nov shadowing
        # (about 2 hours, "not counting"), the summary's restated total and "2 hours" joint session.
        "minutes": 1055,
        "sessions": 13,  # 6 + 6 + 1 joint
        "individuals": 2,  # M1, M2
        # Supervision 10 Oct 1 hour 60 + 14 Nov 1 hr 15 mins 75 + ILM tutorial 20 Nov half an hour 30 = 165
        "supervision_minutes": 165,
    },
    about="Housing association repairs supervisor; 8587-304 as Notepad text, capitalised headings, practice as a dated prose diary with spoken-style times, a DNA, a joint session, a not-counted shadowing morning, two supervisions + a tutorial, a summary restating the total; mentee's mobile and a tenant's name left in.",
)
