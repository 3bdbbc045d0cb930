"""8584-201 mentoring skills: a hospital sterile services supervisor, one DOCX with an evidence matrix.

Yvonne Marsh is a Decontamination Supervisor in the Sterile Services Department (SSD) of
Castlebrook General Hospital. She mentors a newly started Decontamination Technician she calls "T"
throughout. Single DOCX: a title line, an evidence matrix table pointing at her own headings
("Planning it", "What we agreed", "The sessions", ...), a log table with Booked and Actually
columns, one filled-in ILM session record form (for the 20 March session, already in the log), a
pasted mentee feedback form, a plan table and a signed declaration.

Traps in the log: Booked column as a clock range or "30 mins"/"45 mins", Actually column as a
clock range ("14:05-14:50"), "40 mins", "1 hr 5", "35 mins", "50'", "1h10"; 17 March did not
happen (washer disinfector broke down), moved to Thursday 20 March; 31 March DNA (T off sick);
a Total row "4 hrs 45 mins" that is wrong; the 24 March session observed by her tutor, with a
20-minute debrief afterwards; a last session (17 April, canteen, "about 25 minutes") described only
in a paragraph under the log; T shadowing her on the quarterly audit walk-round (2 hrs) said not to be
mentoring; a tutorial on 2 April the tutor cancelled.

Planted (3): in the session record form's "Mentee name" field she forgot to change, "Tomasz
Wrobel"; his first name alone in the trust section, "Tomasz"; his personal e-mail on the pasted
feedback form, "tomwrobel88@gmail.com".
Not identifying: her own name; "T"; her tutor Sue Barraclough (named as tutor); the SSD manager
by role; Castlebrook General Hospital; Steris/washer disinfector; the tracking system "TrakSure";
GROW, Egan's SOLER, Johari window, Honey and Mumford, Clutterbuck.

Practice truth (the log, plus the paragraph under it):
  S1 Mon 3 Mar 14:05-14:50 = 45 (first meeting and the mentoring agreement: counts);
  S2 Mon 10 Mar "40 mins" = 40;
  Mon 17 Mar did not happen -> excluded;
  S3 Thu 20 Mar "1 hr 5" = 65 (also on the session record form, "13:00-14:05": the same session);
  S4 Mon 24 Mar "35 mins" = 35 (observed by her tutor: counts);
  Mon 31 Mar DNA -> excluded;
  S5 Mon 7 Apr "50'" = 50;
  S6 Mon 14 Apr "1h10" = 70;
  S7 Thu 17 Apr canteen, prose only, "about 25 minutes" = 25.
  45 + 40 = 85, + 65 = 150, + 35 = 185, + 50 = 235, + 70 = 305, + 25 = 330.
  minutes 330; sessions 7; individuals 1 (T, also "Tomasz Wrobel"/"Tomasz": one person).
  Her Total row "4 hrs 45 mins" = 285 is wrong (the rows add to 305) and was written before 17 Apr.
  Not: the audit walk-round shadowing (2 hrs, "not mentoring"); the Booked column; 17 and 31 Mar.
  Supervision: debrief after the observed session "20 minutes" = 20; meeting with her tutor
  Wed 16 Apr 10:00-11:10 = 70; the 2 Apr tutorial cancelled by the tutor -> excluded.
  20 + 70 = 90.
"""

from corpus.case import Case, H, P, SourceFile, T

LOG = T(
    ["Wk", "Date", "Booked", "Actually", "Where", "What we covered", "Next steps (T's)"],
    ["1", "Mon 3 Mar", "14:00-14:30", "14:05-14:50", "side office, clean side",
     "Getting to know each other, the mentoring agreement, confidentiality, what T wants out of it",
     "Write down the 3 things he finds hardest"],
    ["2", "Mon 10 Mar", "30 mins", "40 mins", "side office",
     "His list: ortho trays, TrakSure scanning, speaking up at the 7am huddle",
     "Look at the set lists for the ortho trays with Bev on packing"],
    ["3", "Mon 17 Mar", "30 mins", "didnt happen - WD3 broke down, all hands on deck", "-", "-",
     "moved to Thursday"],
    ["3", "Thu 20 Mar", "30 mins", "1 hr 5", "canteen", "See session record below", "Run one huddle item"],
    ["4", "Mon 24 Mar", "30 mins", "35 mins", "side office (Sue observing)",
     "Practised what he would say at huddle, what to do when someone talks over him",
     "Do the huddle item on Weds"],
    ["5", "Mon 31 Mar", "30 mins", "DNA - T off sick", "", "", ""],
    ["5", "Mon 7 Apr", "45 mins", "50'", "side office",
     "How the huddle went (well!), the ortho tray he got wrong and sent back from theatres",
     "Ask theatres for the tray feedback sheet himself"],
    ["6", "Mon 14 Apr", "45 mins", "1h10", "side office",
     "Review of the goals, what next, ending the mentoring properly",
     "Put his name down for the Level 3 decontam course"],
    ["", "", "Total", "4 hrs 45 mins", "", "", ""],
)

RECORD = T(
    ["ILM Mentoring Session Record", ""],
    ["Mentor", "Yvonne Marsh"],
    ["Mentee name", "Tomasz Wrobel"],
    ["Date / time", "Thursday 20 March, 13:00-14:05"],
    ["Purpose of session", "Go through the ortho tray set lists and his worries about speaking at huddle"],
    ["Summary of discussion",
     "T had been through the set lists with Bev and said it made more sense now he knew which "
     "instruments the surgeons actually use. Most of the session was about huddle. He said he "
     "doesn't speak because the older techs have been here 20 years. I asked what he would want "
     "a new person to do if he had been here 20 years and he said 'speak up if something is wrong'. "
     "He went quiet then said 'so I should'."],
    ["Actions agreed", "T to take one item to huddle (the missing tray labels) next week"],
    ["Mentor reflection", "Went over time because we were in the canteen and it was relaxed. "
     "Not a bad thing but I need to watch my own time, I had to rush back for the 2pm delivery."],
)

FEEDBACK_FORM = T(
    ["Mentee feedback", ""],
    ["What has been most useful?", "Practising huddle. Knowing someone is on my side."],
    ["What could your mentor do differently?", "Sometimes she answers her own questions. "
     "Maybe give me a bit longer."],
    ["Would you recommend mentoring to a new starter?", "Yes definitely"],
    ["Contact (if you are happy to be contacted by the centre)", "tomwrobel88@gmail.com"],
)

PLAN = T(
    ["What I want to get better at", "Why", "What I will do", "By when", "How I'll know"],
    ["Waiting longer after a question", "T's feedback and Sue both said I answer my own questions",
     "Count to 5 in my head, ask Bev to watch me at the next new starter's mentoring",
     "end of June", "Bev says I left the gap at least 3 times in a session"],
    ["Feedback that is specific", "My feedback after the tray mistake was too general at first",
     "Use the what I saw / the effect / what next way Sue showed me, write it down before I say it",
     "July", "New starter can tell me back what the feedback was"],
    ["Keep my strength - being approachable", "T said knowing someone is on his side was the most useful",
     "Keep the canteen sessions and open door", "ongoing", "Next mentee's feedback form"],
    ["Mentor the next new starter", "To carry on building the skills",
     "Ask the SSD manager to make it part of induction", "September intake", "Agreed with manager"],
)

BLOCKS = [
    P("ILM Level 2 Award in Effective Mentoring - Unit 8584-201 Developing Mentoring Skills"),
    P("Yvonne Marsh - Decontamination Supervisor, Sterile Services Department, Castlebrook General Hospital"),
    P("Evidence matrix"),
    T(
        ["AC", "Where to find it"],
        ["1.1 Prepare a plan", "Planning it"],
        ["1.2 State the agreed goals", "What we agreed"],
        ["2.1 3 hours mentoring", "The sessions (log)"],
        ["2.2 Questioning and listening", "Questions and listening, and session record"],
        ["2.3 Feedback", "Feedback, and T's feedback form"],
        ["2.4 Trust", "How I built trust"],
        ["2.5 Records", "The sessions - how I kept records"],
        ["3.1 Review own performance", "Looking back at myself"],
        ["3.2 Tutor meeting", "Meeting with Sue (tutor)"],
        ["3.3 Future development", "Where next - plan table"],
    ),

    H(1, "Background"),
    P("""I have worked in sterile services for 14 years, the last 5 as a supervisor on the clean side
      (inspection, assembly and packing). SSD is hard for new starters. You are in scrubs in a
      windowless room, you have to learn hundreds of instrument sets, and if you get one wrong a
      surgeon finds out in the middle of an operation. We lose about half of our new technicians
      in the first six months. T started in February from a warehouse job. He is quiet, very
      careful, and my manager asked me to mentor him because she thought he might be one of the
      ones we lose."""),

    H(1, "Planning it"),
    P("""Before the first session I looked at what T needed from his induction checklist and his
      first two weeks. He was signed off on the washers but not on assembly, and Bev on packing
      told me he never says anything at the 7am huddle even when he has a problem. I planned six
      sessions of about half an hour, once a week on a Monday at 2pm, because Mondays are our
      lighter afternoon once the weekend trays are done and the 2pm delivery has come in. I
      booked the little side office on the clean side so we did not have to de-gown and go out,
      and I put the sessions in the rota so the team knew not to knock. The plan was week 1 to
      agree what he wanted, weeks 2 to 5 on his goals, and week 6 to review and finish. I gave
      myself 3 hours as the minimum and planned for a bit more in case one got cancelled, which
      in SSD it will. I used the GROW model to structure each session and kept a notebook for
      my notes, which I typed up into the log each week."""),

    H(1, "What we agreed"),
    P("""At the first session T said the three things he found hardest were the ortho trays, the
      TrakSure scanning and speaking up. We made them into goals together and he wrote them on
      the back of his locker door:"""),
    P("""1. Assemble the 4 main ortho tray types with no returns from theatres by the end of April
      (he had two returned in February)."""),
    P("""2. Scan every tray on TrakSure at each stage without being reminded, checked by Bev for
      two weeks."""),
    P("""3. Raise at least one item himself at the 7am huddle before our last session."""),
    P("""Goals for the individual sessions were agreed at the end of each one (the Next steps column).
      For example session 2's goal was to understand why the ortho set lists are in the order
      they are, and session 4's goal was to rehearse his huddle item."""),

    H(1, "The sessions"),
    P("""This is my log. Booked is what I put in the rota, Actually is what happened."""),
    LOG,
    P("""After I did the total we had one more, on Thursday 17 April in the canteen, about 25
      minutes. T had done his huddle item again without me asking and wanted to tell me, and we
      talked about him going on the Level 3 course. It is not in the table because I had
      already printed it."""),
    P("""T also shadowed me on the quarterly audit walk-round on Tuesday 25 March (2 hrs) so he
      could see how the whole department fits together. That was not mentoring, it was part of
      his induction, so it is not in the log."""),
    P("""How I kept records: my notebook during the session (only a few words so I was still
      listening), typed up into the log the same day with his next steps in his words, and one
      full ILM session record form, which is below. The log and my notebook are kept in the
      locked drawer in the side office and the typed copy is on my H drive, not the shared
      drive. I used T not his name in everything I typed so it could be shown to my tutor."""),
    H(2, "Session record - 20 March"),
    RECORD,

    H(1, "Questions and listening"),
    P("""I used open questions to start each part of GROW, like 'what would good look like at huddle
      for you?', and then probing ones when he gave a short answer, which he always does at
      first. The best one was in the 20 March session (in the record above) when I turned his
      question back to him and asked what he would want a new person to do. He answered it
      himself. For listening I tried to use SOLER from our workshop, sitting square on and open,
      not behind the desk, which is partly why the canteen worked better. I also noticed that
      when T goes quiet he is thinking, not stuck, and if I leave it he usually comes back with
      something. The first two sessions I did not leave it, I filled the gap, and I have put
      that in my review. I summarised at the end of every session and asked him to say his
      next step back in his own words so it was his, not mine."""),

    H(1, "Feedback"),
    P("""The main feedback I gave was after a tray of his came back from theatre 4 with a missing
      retractor. My first go was too general ('you need to be more careful'), and he just
      nodded. On 7 April I did it again properly: I said what I saw on the return slip, what it
      meant for the theatre team (they had to open a second tray and the list ran late), and
      asked what he thought would stop it happening. He said he would count against the list
      out loud, which is what the experienced techs do, and I agreed that was the right fix.
      I also gave positive feedback after his first huddle item, that he had said it clearly
      and Bev had actioned it the same day, because he would never have known that otherwise.
      At the last session T filled in a feedback form for me:"""),
    FEEDBACK_FORM,

    H(1, "How I built trust"),
    P("""T did not trust me much at first, I am his supervisor and he thought the mentoring was
      because he was doing badly. Things I did:"""),
    P("""- At the first session I explained it was not performance management and that what he told
      me stayed between us unless it was a patient safety issue. We wrote that in the mentoring
      agreement and both signed it."""),
    P("""- I told him about my own first year, when I sent a tray to theatre with a bent scissor and
      was sure I was going to be sacked. He laughed and I think that was when he relaxed."""),
    P("""- When he told me in session 2 that one of the older techs kept taking over his trolley, I
      did not go and sort it out as the supervisor, which is what I would normally do. I asked
      him what he wanted to do and he decided to deal with it himself. I later heard from
      Tomasz that it had stopped, which meant more to him than if I had done it. That was the
      clearest example that he trusted me with something and I did not break it."""),
    P("""- I always turned up on time and rebooked the cancelled one within the same week so he
      could see it mattered."""),

    H(1, "Looking back at myself"),
    P("""Using Clutterbuck's list of mentor competences from the workshop, I think my strengths are
      being approachable and knowing the job (the ortho trays are my thing), and my weak area is
      managing myself in the session. I talk too much when there is a silence. On the Johari
      window this was a blind spot until Sue pointed it out when she observed me on 24 March
      and T said the same on his feedback form ('sometimes she answers her own questions'). The
      evidence for what went well is that he met all three goals: no tray returns in April,
      Bev signed off his scanning, and he has now done two huddle items. I also noticed that
      being his supervisor as well as his mentor made the first sessions stiff, and the
      sessions got better when we moved out of the office, so where you mentor matters as much
      as the questions. My Honey and Mumford style is Activist, and I think that is why I rush
      to fix things instead of letting him get there."""),

    H(1, "Meeting with Sue (tutor)"),
    P("""My tutor Sue Barraclough observed my session on 24 March and talked to me for 20 minutes in
      the office after T went back to the wash room. She said my questions were good but I did
      not wait for the answers. We had a tutorial booked for 2 April which Sue had to cancel
      (exam board), so my main one-to-one meeting with her was on Wednesday 16 April at the
      college, 10:00 - 11:10."""),
    P("""Purpose: to go through my log and records, look at what I had learnt as a mentor, and
      plan what to work on next. We went through the log together and she asked me why the
      canteen sessions were longer and better. I said because it did not feel like being called
      into the office. She asked whether T would have said the same things in the office and I
      said no. Outcomes agreed: I would practise leaving a five second gap after each question,
      use a set structure for feedback (what I saw, the effect, what next) and think about
      where I hold sessions. Sue also suggested I ask to mentor the next new starter so I keep
      practising. The biggest thing I took from the meeting was that I judge a session by
      how much I said and I should judge it by how much he said."""),

    H(1, "Where next"),
    P("""My development plan, building on what I am good at as well as what I need to improve:"""),
    PLAN,

    P("""Declaration: I confirm that this is my own work and that the mentoring took place as
      described. Signed: Yvonne Marsh Date: 22/04"""),
]

CASE = Case(
    name="za_a_8584_201_sterile_services_docx",
    unit="8584-201",
    kind="portfolio",
    files=[SourceFile("YMarsh 8584-201 mentoring portfolio.docx", BLOCKS)],
    labels={
        "1.1": "I booked the little side office on the clean side",
        "1.2": "he wrote them on the back of his locker door",
        "2.1": "Booked is what I put in the rota, Actually is what happened",
        "2.2": "when T goes quiet he is thinking, not stuck",
        "2.3": "he would count against the list out loud",
        "2.4": "I told him about my own first year",
        "2.5": "typed up into the log the same day with his next steps in his words",
        "3.1": "I think my strengths are being approachable and knowing the job",
        "3.2": "I judge a session by how much I said",
        "3.3": "My development plan, building on what I am good at",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": True,
        "identifying": ["Tomasz Wrobel", "Tomasz", "tomwrobel88@gmail.com"],
        # 45 (14:05-14:50) + 40 + 65 ("1 hr 5"; also the 20 Mar record) + 35 (observed) + 50 ("50'")
        # + 70 ("1h10") = 305, + 25 (17 Apr, prose only) = 330.  17 Mar not held, 31 Mar DNA.
        # Her Total "4 hrs 45 mins" (285) is wrong.  Not: audit walk-round shadowing (2 hrs).
        "minutes": 330,
        "sessions": 7,
        "individuals": 1,
        # Debrief after the observed session 20 + tutor meeting 10:00-11:10 = 70: 90.  2 Apr cancelled.
        "supervision_minutes": 90,
    },
    about="Hospital sterile services supervisor; 201 DOCX with a matrix pointing at her own headings, a Booked/Actually log ('14:05-14:50', '1 hr 5', \"50'\", '1h10'), a not-held and a DNA row, a wrong Total row, the same session on an ILM record form, a last session in prose only, audit shadowing not counted, an observed session's debrief, a cancelled tutorial; full name, first name and a personal e-mail planted.",
)
