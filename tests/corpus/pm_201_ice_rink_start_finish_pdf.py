"""8584-201 whole portfolio as PDF: an ice rink duty manager whose log gives only Start and Finish times, one session split over a breakdown, and a wrong total.

Callum Reid, duty manager at a council-run ice rink, mentors Jodie, a new assistant skating
coach, for his ILM Level 2 portfolio. He wrote it in Word with numbered headings and saved it
as PDF; every criterion 1.1 to 3.3 is answered. The log table has Date, Start, Finish and
Notes columns and no length column, so every length has to be read from the clock times.
Tricky: session 3 on 18 March was stopped when the ice resurfacer broke down and finished
after lunch (two rows, one session, 40 + 35 minutes); 25 March cancelled (Jodie ill) and
rebooked for Thursday 27 March; a "Total" line under the log that is wrong (he wrote 6 hrs 50,
the rows make 6 hrs 40); a plan of "six sessions of about an hour" (planned, not delivered).
Supervision is in prose only: an hour with his tutor (half past one to half past two) and a
quarter-of-an-hour phone call earlier.

Practice truth: 50 + 70 + 75 + 75 + 90 + 40 = 400 minutes in six sessions with one mentee;
supervision 60 + 15 = 75.
"""

from .case import Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "ILM Level 2 Award in Effective Mentoring – Unit 201 Developing Mentoring Skills"),
    P("Learner: Callum Reid. Duty Manager, Glenburn Ice Arena. Submitted April 2025."),

    H(1, "1.1 Plan for mentoring"),
    P("""Jodie started with us in February as an assistant skating coach on the Learn to Skate
      programme. She is a strong skater but had never taught a class and she was nervous about
      talking to parents at the barrier. Our rink manager asked me to mentor her. I planned six
      sessions of about an hour, on Tuesday mornings before the public session opens at 10.30,
      in the first aid room because it is the only quiet room in the building when the ice is
      being cut. I booked the room in the rink diary up to the middle of April so nothing else
      could take it. I prepared a simple agreement, a goals sheet and a log sheet, and I agreed
      with the rink manager that the sessions would come out of my normal hours."""),

    H(1, "1.2 Agreeing goals"),
    P("""In the first session I asked Jodie what a good term would look like for her. From that
      we agreed two goals and wrote them down together. First, to run a Level 1 class of eight
      children on her own by the end of March with me watching from the barrier. Second, to give
      parents a short update at the end of each class without looking at her notes. We wrote both
      goals on the sheet in her words and she kept a copy in her kit bag."""),

    H(1, "2.1 Mentoring sessions"),
    P("""I mentored Jodie between 4 March and 8 April. The log below was filled in on the clipboard
      in the first aid room and typed up afterwards. I only wrote the start and finish times
      because that is what the rink diary uses."""),
    T(
        ["Date", "Start", "Finish", "Notes"],
        ["Tue 4 Mar 2025", "09:15", "10:05", "Session 1. Agreement signed, what mentoring is, confidentiality"],
        ["Tue 11 Mar", "09:10", "10:20", "Session 2. Goals agreed (see 1.2)"],
        ["Tue 18 Mar", "09:15", "09:55", "Session 3 (part 1). Stopped – resurfacer broke down, I was needed on the ice"],
        ["Tue 18 Mar", "13:30", "14:05", "Session 3 (part 2). Finished what we started in the morning"],
        ["Tue 25 Mar", "–", "–", "Cancelled, Jodie off sick. Moved to Thursday"],
        ["Thu 27 Mar", "16:00", "17:15", "Session 4. Watched her Level 1 class then talked it through"],
        ["Tue 1 Apr", "09:15", "10:45", "Session 5. Parents' updates practised, planning the last class"],
        ["Tue 8 Apr", "09:20", "10:00", "Session 6. Final review of both goals, feedback sheet"],
    ),
    P("Total: 6 hrs 50 mins over six sessions."),
    P("""Over six weeks that is more than the three hours the unit asks for, and the broken
      session on the 18th still counts as one session because we finished the same plan in the
      afternoon."""),

    H(1, "2.2 Questioning and listening"),
    P("""My natural style is to tell people what to do, because on a busy rink there is no time
      for anything else. With Jodie I tried to use open questions instead. When she said the
      class had gone badly I asked "What happened just before the little ones started crying?"
      rather than telling her what I had seen. I also used summarising, repeating back what she
      said in fewer words, so she knew I had listened. When she went quiet I counted in my head
      and waited rather than filling the gap."""),

    H(1, "2.3 Giving feedback"),
    P("""After watching her class on 27 March I gave feedback using the sandwich I learned on the
      course but I started by asking her to score herself out of ten first. She said four. I told
      her the warm-up games had every child moving within two minutes, which I had never managed,
      and then said the one thing to change was standing with her back to the barrier so she
      could see the whole group. I ended with the next step we had agreed rather than praise, as
      the tutor suggested, so the feedback led somewhere."""),

    H(1, "2.4 How trust was built"),
    P("""I think trust came from small things. I always turned up at 9.15 even on the day the
      resurfacer broke, and I came back after lunch to finish instead of dropping the session.
      I told her at the start that I would not pass anything she said to the rink manager unless
      it was about safety, and I kept to that when she admitted she had nearly quit in week two.
      I also told her about my own first coaching disaster, which made her laugh and made it
      easier for her to be honest about hers."""),

    H(1, "2.5 Keeping records"),
    P("""My records are the agreement, the goals sheet, the log above and a feedback sheet Jodie
      filled in at the end. I kept all of them in a folder locked in the duty office and the typed
      log on the rink's shared drive in a folder only I can open. Jodie signed the log sheet at the
      bottom of the clipboard copy at our last session."""),

    H(1, "3.1 Review of my own performance"),
    P("""Looking back using Kolb's cycle, my first two sessions were too much me talking. Jodie's
      feedback sheet says I "got better at waiting" and that the most useful thing was being
      asked to score herself first. Against the mentoring skills checklist in the handbook I
      improved most on listening and least on goal setting, because our second goal was never
      really measurable. My evidence for this is the feedback sheet, my own notes after each
      session and the fact that she now runs two classes a week on her own."""),

    H(1, "3.2 Supervision meeting with my tutor"),
    P("""I had my one hour supervision meeting with my tutor, Shona Baird, at the college on
      15 April, from half past one to half past two. We went through the log and the feedback
      sheet. She pointed out that my second goal could not be measured and we talked about how I
      will set goals next time. Before that she had phoned me on 13 March for a quarter of an hour
      to check my plan, which is when she suggested I ask Jodie to score herself. The meeting
      showed me that goal setting is the skill I most need to build on."""),

    H(1, "3.3 Development plan"),
    T(
        ["Development need", "Action", "When"],
        ["Setting measurable goals", "Use SMART checklist with my next mentee and ask Shona to check the first goals sheet", "By June"],
        ["Talking less in sessions", "Record one session (with consent) and count how long I talk", "Next mentee"],
        ["Mentoring more than one person", "Offer to mentor the two summer casual coaches", "July"],
    ),
    P("""The first action matters most to me because my tutor and I agreed it was where I fell
      short, and the recording idea was Jodie's suggestion."""),

    H(1, "Declaration"),
    P("I declare that this is my own work and that the mentoring took place as recorded. Signed: Callum Reid. Date: 22/04/2025"),
]

CASE = Case(
    name="pm_201_ice_rink_start_finish_pdf",
    unit="8584-201",
    kind="structured-pdf",
    files=[SourceFile("Callum Reid Unit 201.pdf", BLOCKS)],
    labels={
        "1.1": "in the first aid room because it is the only quiet room",
        "1.2": "to run a Level 1 class of eight children",
        "2.1": "more than the three hours the unit asks for",
        "2.2": "What happened just before the little ones started crying?",
        "2.3": "asking her to score herself out of ten first",
        "2.4": "when she admitted she had nearly quit in week two",
        "2.5": "in a folder only I can open",
        "3.1": "I improved most on listening and least on goal setting",
        "3.2": "goal setting is the skill I most need to build on",
        "3.3": "the recording idea was Jodie's suggestion",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        # Start/Finish only: 4 Mar 09:15-10:05 = 50; 11 Mar 09:10-10:20 = 70;
        # 18 Mar 09:15-09:55 = 40 + 13:30-14:05 = 35 -> one session (3, parts 1 and 2) = 75;
        # 27 Mar 16:00-17:15 = 75; 1 Apr 09:15-10:45 = 90; 8 Apr 09:20-10:00 = 40.
        # 50 + 70 = 120; + 75 = 195; + 75 = 270; + 90 = 360; + 40 = 400 (6 h 40).
        # Not: 25 Mar cancelled; the learner's "Total: 6 hrs 50 mins" (wrong, 410);
        # the plan's "six sessions of about an hour".
        "minutes": 400,
        "sessions": 6,  # the split 18 Mar session is session 3, one session
        "individuals": 1,  # Jodie
        # 3.2 prose: 15 April half past one to half past two = 60; 13 March phone call a quarter of an hour = 15
        "supervision_minutes": 75,
    },
    about="Ice rink duty manager; 201 portfolio as PDF, log with Start/Finish columns only, a session split by a breakdown into two rows on one day (one session), cancelled and rebooked row, wrong learner total (6 hrs 50 for 6 hrs 40), supervision in prose with clock-word times.",
)
