"""MD36 36-hour workplace mentoring diary: a fire station watch manager, PDF with per-mentee record tables in decimal hours.

Dawn Castell is Blue Watch Manager at a wholetime fire station in a county fire and rescue
service. She mentors the station's three newly promoted Crew Managers, one on each of the
other watches, and codes them by watch: R (Red), W (White) and G (Green). The PDF follows the
task's four sub-headings. Her "brief mentoring records" are one table per mentee with an "Hrs"
column in decimals, as the service's training records are kept ("2.0", "1.5", "1.0"). W's
18/02 row has "-" for hours: abandoned after 10 minutes when W's appliance was mobilised to a
road traffic collision ("Not counted, rebooked for 20/02"). A joint incident command workshop
with all three on 10/03 is its own table ("3.0", one session for all three). A summary of
activity table gives per-mentee sessions and hours and a Total row. Outside the records she
says that preparation and write-up (about 30 minutes a session) is not included and that R
shadowed her on two night shifts as acting Watch Manager (not mentoring, not counted).
Tutorial support and supervision are one table mixing her ILM tutor's tutorials and her
Station Manager's supervision, lengths as "1 hr", "45 mins", "1.5 hrs", with a fourth
tutorial "to be arranged" in May. Signed declaration.

Clean: no personal names; ranks and roles only (Station Manager, Group Manager, ILM tutor);
tools (SWOT, 360, Johari window, GROW, IPDS, NOG); codes R, W, G.

Practice truth (the record tables):
  R: 06/01 2.0 = 120 (contract and goals, counts); 20/01 1.5 = 90; 03/02 1.5 = 90;
     17/02 2.0 = 120; 03/03 1.5 = 90; 17/03 1.5 = 90; 31/03 1.0 = 60; 14/04 1.5 = 90.
     120+90 = 210, +90 = 300, +120 = 420, +90 = 510, +90 = 600, +60 = 660, +90 = 750.
  W: 07/01 1.5 = 90; 21/01 2.0 = 120; 04/02 1.5 = 90; 18/02 "-" abandoned after 10 mins,
     not counted -> excluded; 20/02 2.0 = 120; 04/03 1.5 = 90; 18/03 1.5 = 90; 01/04 1.5 = 90;
     15/04 1.0 = 60.  90+120 = 210, +90 = 300, +120 = 420, +90 = 510, +90 = 600, +90 = 690,
     +60 = 750.
  G: 08/01 1.5 = 90; 22/01 1.5 = 90; 05/02 2.0 = 120; 19/02 1.5 = 90; 05/03 1.5 = 90;
     19/03 2.0 = 120; 02/04 1.5 = 90 (tutor observed part of it on Teams: counts);
     16/04 1.0 = 60.  90+90 = 180, +120 = 300, +90 = 390, +90 = 480, +120 = 600, +90 = 690,
     +60 = 750.
  Joint workshop 10/03 3.0 = 180, once.
  minutes 750 + 750 + 750 + 180 = 2430 (= her Total 40.5 hrs, not added); sessions
  8 + 8 + 8 + 1 = 25; individuals 3 (R, W, G).
  Not: W 18/02 10 mins abandoned (her "Not counted"); prep and write-up ~30 mins a session;
  R's two night shifts shadowing her ("not counted"); the
  summary table's per-mentee and Total rows; the "1.5-2 hrs" plan; 36-hour target.
  Supervision/tutorials: 13/01 tutorial 1 hr = 60; 31/01 SM supervision 45 mins = 45;
  24/02 tutorial 1 hr = 60; 28/03 SM supervision 45 mins = 45; 07/04 tutorial 1.5 hrs = 90
  (includes the debrief of the observed 02/04 session); May tutorial "to be arranged" ->
  excluded.  60+45 = 105, +60 = 165, +45 = 210, +90 = 300.
"""

from corpus.case import B, Case, H, P, SourceFile, T

HEAD = ["Date", "Hrs", "Focus", "Progress towards goals / impact on role"]

REC_R = T(
    HEAD,
    ["06/01", "2.0", "Contract signed. SWOT. Goals agreed", "Goals: run a drill night; handle crew welfare conversations"],
    ["20/01", "1.5", "360 feedback from his crew read together", "Crew say he is 'still one of the lads' - he agrees"],
    ["03/02", "1.5", "Planning his first drill night", "Drill plan written by him"],
    ["17/02", "2.0", "Review of drill night; welfare conversation role play", "Drill went well; timing slipped"],
    ["03/03", "1.5", "Difficult conversation - firefighter late three times", "Had the conversation himself on 06/03"],
    ["17/03", "1.5", "Johari window - blind spots from 360", "Sees he avoids conflict with older FFs"],
    ["31/03", "1.0", "Second drill night review", "Ran to time. Goal 1 met"],
    ["14/04", "1.5", "Final review, SWOT repeated, feedback form", "Both goals met; wants to start IPDS WM pathway"],
)

REC_W = T(
    HEAD,
    ["07/01", "1.5", "Contract signed. SWOT. Goals agreed", "Goals: station admin up to date; confidence on the radio as OIC"],
    ["21/01", "2.0", "Admin backlog - what, why, what first", "List of 14 overdue items, prioritised by her"],
    ["04/02", "1.5", "Radio messages - informative messages practice", "Recorded herself on a practice message"],
    ["18/02", "-", "Abandoned after 10 mins - W's appliance mobilised to an RTC", "Not counted, rebooked for 20/02"],
    ["20/02", "2.0", "Radio practice continued; real incident debrief", "Her first OIC message at the RTC was clear"],
    ["04/03", "1.5", "Admin - 14 items down to 5", "Uses a weekly admin hour now"],
    ["18/03", "1.5", "360 results", "Crew trust her; want more explanation of decisions"],
    ["01/04", "1.5", "Explaining decisions - practice using NOG", "Briefing style changed at drills"],
    ["15/04", "1.0", "Final review, SWOT repeated, feedback form", "Admin up to date. Radio goal met"],
)

REC_G = T(
    HEAD,
    ["08/01", "1.5", "Contract signed. SWOT. Goals agreed", "Goals: pass ICL1 assessment; build rapport with his new watch"],
    ["22/01", "1.5", "ICL1 preparation - what the assessors look for", "Study plan agreed"],
    ["05/02", "2.0", "Tabletop incident scenario", "Sectorisation weak, knows it"],
    ["19/02", "1.5", "Rapport - moving from another station", "Asked to join the watch's Friday football"],
    ["05/03", "1.5", "Second tabletop scenario", "Sectorisation improved"],
    ["19/03", "2.0", "Mock ICL1 with me as assessor", "Passed the mock, nerves on the radio"],
    ["02/04", "1.5", "ICL1 debrief planning (tutor observed first 40 mins on Teams)", "Booked for 28/04"],
    ["16/04", "1.0", "Final review, SWOT repeated, feedback form", "Rapport goal met; ICL1 pending"],
)

JOINT = T(
    ["Date", "Hrs", "Who", "Focus", "Outcome"],
    ["10/03", "3.0", "R, W and G together", "Incident command workshop: three real incidents debriefed, each led one",
     "Peer feedback; they now meet monthly without me"],
)

SUMMARY = T(
    ["Mentee", "Sessions", "Hours"],
    ["R", "8", "12.5"],
    ["W", "8", "12.5"],
    ["G", "8", "12.5"],
    ["Joint workshop (all three)", "1", "3.0"],
    ["Total", "25", "40.5"],
)

TUTORIAL = T(
    ["Date", "Type", "Length", "Feedback and what I changed"],
    ["13/01", "ILM tutorial (Teams)", "1 hr",
     "Tutor checked my contracts. Added what happens if the mentee is also on my watch in future."],
    ["31/01", "Supervision - Station Manager", "45 mins",
     "Talked about R seeing me as 'the boss'. SM challenged me to let R set the agenda."],
    ["24/02", "ILM tutorial (Teams)", "1 hr",
     "Reviewed records. Tutor: progress column too vague - now write what changed on the station."],
    ["28/03", "Supervision - Station Manager", "45 mins",
     "Ending the relationships; planning the joint group going on without me."],
    ["07/04", "ILM tutorial (Teams)", "1.5 hrs",
     "Debrief of observed session with G (02/04): I closed down his options too fast."],
    ["May", "ILM tutorial", "to be arranged", "Final tutorial"],
)

BLOCKS = [
    H(0, "Workplace Mentoring Diary - 36 hours"),
    P("""Dawn Castell, Watch Manager (Blue Watch). ILM assignment - reflective mentoring
      diary (36 hours of formal workplace mentoring). Period: January to April 2025."""),
    P("""All three people I mentored are newly promoted Crew Managers at my station, one on
      each of the other three watches. Because people on a fire station know everyone, I have
      coded them only by their watch: R (Red Watch), W (White Watch) and G (Green Watch). I have
      left out anything that would identify them, including their previous stations."""),

    H(1, "Planning and organising mentoring sessions"),
    H(2, "Preparing and planning"),
    P("""Our service started a mentoring scheme for new supervisory managers last year and I
      volunteered. I planned eight sessions with each CM over four months, fortnightly,
      1.5-2 hrs each, plus one joint workshop, which would take me over the 36 hours. Sessions
      are held on my day shifts when the CM is also on duty or on a development day, in the
      station training room with the appliance bay radio turned down, and we both stay on the
      run. That is the reality of mentoring on a fire station and all three agreed to it at the
      start. I booked the dates with each watch's Watch Manager so crewing wasn't affected."""),
    H(2, "Basic mentoring contracts"),
    P("""Each CM signed a one page contract at their first session (copies in the appendix,
      anonymised). The main points:"""),
    B("Eight sessions, fortnightly, on duty; either of us can rebook if mobilised."),
    B("""Confidential between us, except safety-critical issues, safeguarding, or a breach of
      the service's code of conduct, which I would have to pass on after telling them."""),
    B("I am not their line manager and nothing from mentoring goes into their IPDS records unless they choose to put it there."),
    B("Notes kept in my locked locker, destroyed six months after we finish."),
    B("The Station Manager (sponsor) is told attendance and overall goals only."),
    H(2, "Agreeing goals"),
    P("""Goals came out of a SWOT each CM did in the first session, and they chose two each.
      They are in the first row of each record below. Each goal was linked to the Crew Manager
      role map so that progress would show in their development portfolio."""),

    H(1, "Undertake mentoring sessions"),
    H(2, "Diagnostic and assessment tools"),
    P("""SWOT at the start and end. A short 360 (six questions, anonymous, to their crews) in
      January and again in March for R and W. The Johari window with R to talk about what his
      crew see that he doesn't. Tabletop incident scenarios with G as assessment practice for
      his incident command level 1 (ICL1)."""),
    H(2, "Questioning and listening"),
    P("""I used GROW loosely and a lot of open questions: 'What would a good drill night look
      like to your crew?' 'What did you notice on the radio?' The hardest part for me was
      listening rather than commanding, because on the fireground I give instructions all day.
      G told me in March that I had answered my own question three times in one session."""),
    H(2, "Brief mentoring records"),
    P("""One table per mentee. Hours are as the service records training, in decimals."""),
    P("R - Crew Manager, Red Watch"),
    REC_R,
    P("W - Crew Manager, White Watch"),
    REC_W,
    P("G - Crew Manager, Green Watch"),
    REC_G,
    P("Joint session"),
    JOINT,
    H(2, "Summary of activity"),
    SUMMARY,
    P("""The hours above are face to face mentoring only. I have not included preparation and
      writing up, which was about 30 mins a session. R also shadowed me on two night shifts when
      I was acting up to cover the Station Manager, but that was him watching me do my job, not
      mentoring, so not counted. There are also lots of short chats on the station yard which
      aren't in here."""),

    H(1, "Feedback and reflections of effectiveness of mentoring activity"),
    H(2, "Feedback from mentees and stakeholders"),
    P("""Each CM filled in a short feedback form at the final session and I asked 'what was
      useful, what wasn't' at the end of most sessions. R: 'Made me think about how I come
      across, which nobody has done before.' W: 'The radio practice was the most useful thing
      I've done since promotion.' G: 'Sometimes you tell me the answer - I'd rather work it
      out.' The Station Manager said the three CMs were 'noticeably more confident at drills',
      and two of the watch managers said the same."""),
    H(2, "Effectiveness of the different programmes"),
    P("""R's programme was about people and worked best through the 360 and role play. W's was
      practical (admin and radio) and the most measurable: 14 overdue items to none. G's was
      tied to an assessment and was the most structured, but also where I was most directive,
      which the tutor picked up. The joint workshop worked better than I expected - they learnt
      as much from each other as from me."""),
    H(2, "Review of my own performance"),
    P("""Strengths: organisation, knowing the role they are stepping into, credibility. Areas to
      improve: I slip into instructing, especially when time is short, and I was less patient
      with G, who is most like me. With W I learnt to let her set the pace because she had the
      most on her plate."""),

    H(1, "Tutorial reflections of effectiveness of mentoring activity"),
    H(2, "Tutorial activity and feedback"),
    TUTORIAL,
    P("""The supervision with my Station Manager challenged my approach the most, because he
      knows the three CMs and the station, and he could tell me when I was acting like their
      boss. The tutorials were more about the ILM and the records, but the observed session was
      the most useful single thing: I didn't know how quickly I closed G down until the tutor
      played it back to me."""),
    H(2, "Future approach to supervision"),
    P("""For the next intake of CMs I will book supervision with the Station Manager every six
      weeks from the start rather than when something comes up, ask a Watch Manager from another
      station to observe one session with each mentee, and join the service's mentor network
      meeting each quarter. I will also ask the Group Manager whether the service can provide
      a qualified mentoring supervisor for all mentors in the scheme."""),

    P("""By submitting I confirm that this assignment is my own work. D. Castell (WM), 22/04/2025"""),
]

CASE = Case(
    name="y_md36_fire_station_pdf",
    unit="MD36",
    kind="structured-pdf",
    files=[SourceFile("MD36 Mentoring Diary D Castell.pdf", BLOCKS)],
    labels={},
    expected_checks={
        "declaration": True,
        "evidence_matrix": None,
        "identifying": [],
        # R 120+90+90+120+90+90+60+90 = 750; W 90+120+90+120+90+90+90+60 = 750 (18/02 "-",
        # abandoned, "Not counted"); G 90+90+120+90+90+120+90+60 = 750 (02/04 observed: counts);
        # joint 10/03 3.0 = 180 once.  750 * 3 = 2250 + 180 = 2430 (= Total "40.5", not added).
        # Not: prep/write-up ~30 mins a session; R's two night shifts shadowing (not counted);
        # summary rows; plan "1.5-2 hrs"; "first 40 mins" observed (part of the 02/04 session).
        "minutes": 2430,
        "sessions": 25,
        "individuals": 3,
        # 60 + 45 + 60 + 45 + 90 = 300; May "to be arranged" excluded.
        "supervision_minutes": 300,
    },
    about="Fire station watch manager; MD36 PDF diary with one record table per mentee in decimal hours, an abandoned row with '-' hours, a joint 3-hour workshop for all three, a summary table with a Total, prep and shadowing not counted, mixed tutorial and Station Manager supervision table with a row to be arranged; clean.",
)
