"""8584-201 developing mentoring skills: an agri-tech software engineer, Markdown portfolio with a session table.

Hannah Greaves is a Senior Software Engineer in a company that makes farm-management software,
working hybrid. She mentors a first-year software engineering degree apprentice, whom she calls
"DA" throughout, and writes her portfolio in Markdown, as she writes everything at work:
"#" headings by AC, a Markdown evidence matrix, and one session table with a Length column in
developer shorthand ("1h", "45m", "1h 15m", "55m") and a Total row ("3h 55m"). A
skipped week sits in the table as its own row: the 18 Feb session did not happen because the
sprint demo overran, and they had "a quick 10 min Slack huddle instead ... not counting it".
Below the table she says that pairing on a ticket (about 2 hours one Thursday) is normal work,
not mentoring. Tutorial support is the one meeting with her ILM tutor, "booked for 1h, ran to
1h 20m". Declaration typed at the end.

Clean: her own name only; roles (Engineering Manager, tech lead, apprenticeship coach,
ILM tutor); tools and things (GitHub, Jira, Slack, Teams, pull requests, GROW, SBI, Kolb).

Practice truth (the session table):
  1 Tue 4 Feb "1h" = 60 (intro, agreement, goals: counts); 2 Tue 11 Feb "45m" = 45 (Teams);
  Tue 18 Feb "skipped" -> excluded (10 min Slack huddle "not counting it");
  3 Tue 25 Feb "1h 15m" = 75; 4 Tue 11 Mar "55m" = 55.
  60 + 45 = 105, + 75 = 180, + 55 = 235.
  minutes 235 (= her Total "3h 55m", not added); sessions 4; individuals 1 (DA).
  Not: 18 Feb 10 min Slack huddle ("not counting it"); ~2h pairing on a ticket (normal work);
  the plan's "about an hour" and "fortnightly"; "within a day"; "5 minute timer".
  Supervision: tutor meeting Thu 20 Mar "booked for 1h, ran to 1h 20m" = 80.
"""

from corpus.case import B, Case, H, P, SourceFile, T

MATRIX = T(
    ["AC", "Evidence", "Where in this doc"],
    ["1.1", "Mentoring plan", "1.1"],
    ["1.2", "Agreed goals", "1.2"],
    ["2.1", "Session log (4 sessions)", "2.1 / 2.5"],
    ["2.2", "Questioning and listening notes", "2.2"],
    ["2.3", "Feedback examples", "2.3"],
    ["2.4", "Trust", "2.4"],
    ["2.5", "Session log + notes in our private repo", "2.5"],
    ["3.1", "Self review + DA feedback form", "3.1"],
    ["3.2", "Tutor meeting notes", "3.2"],
    ["3.3", "Development plan", "3.3"],
)

LOG = T(
    ["#", "Date", "Length", "Where", "What we covered / actions"],
    ["1", "Tue 4 Feb", "1h", "Office, small meeting room",
     "Intro, what mentoring is and isn't, agreement. Goals drafted. Action: DA to list the things that scare him in code review."],
    ["2", "Tue 11 Feb", "45m", "Teams (DA working from home)",
     "Code review fears - 'everyone will see my mistakes'. Read two of my old PRs with their comments. Action: open one small PR this week."],
    ["-", "Tue 18 Feb", "skipped", "-",
     "Sprint demo overran. Quick 10 min Slack huddle instead to check his PR was up - not counting it."],
    ["3", "Tue 25 Feb", "1h 15m", "Office",
     "Went through the review comments on his PR together. Practised replying to a comment he disagreed with. Estimation: he picked a ticket to size himself."],
    ["4", "Tue 11 Mar", "55m", "Office",
     "Final session. Goals reviewed, feedback form, what next. He has merged 4 PRs and sized 3 tickets."],
    ["", "Total", "3h 55m", "", "4 sessions"],
)

BLOCKS = [
    H(0, "Unit 201 - Developing Mentoring Skills"),
    P("""Hannah Greaves, Senior Software Engineer (Platform team). ILM Level 2 Award in Effective
      Mentoring Skills. Mentee: "DA", first year degree apprentice, software engineering."""),
    H(1, "Portfolio evidence matrix"),
    MATRIX,

    H(1, "1.1 Plan"),
    P("""DA joined in September straight from sixth form. He is bright and writes decent code,
      but he sits on finished work for days instead of opening a pull request, and in stand-up
      he says everything is 'fine'. The tech lead suggested I mentor him, and he agreed when I
      asked him directly."""),
    P("""Plan: four sessions of about an hour, fortnightly on Tuesdays at 2pm (after stand-up and
      lunch, before the afternoon meeting block), starting 4 February. We are both in the office
      on Tuesdays, so the plan was face to face in the small meeting room on the second floor,
      with Teams as the fallback if one of us was working from home. I kept the sessions out of
      his apprenticeship study day so they didn't eat into that. Resources: a shared private doc
      for actions, a couple of my own old pull requests with the review comments, and the team's
      estimation guide."""),
    H(1, "1.2 Agreed goals"),
    P("""Agreed at session 1 and tidied up at session 2:"""),
    B("By 11 March, open at least 3 pull requests within a day of finishing the work, instead of holding them back."),
    B("By 11 March, size 3 Jira tickets himself before refinement and compare with the team's estimate."),
    B("Say one real thing in stand-up each day - what he's stuck on, not 'fine'."),
    P("""Session goals were set at the end of the previous session (see the log)."""),

    H(1, "2.1 and 2.5 Mentoring log and records"),
    P("""My records are this log plus short notes after each session in a private repo only the
      two of us can see. The notes have the actions and what he said he'd try. I also kept my own
      reflections separately (section 3.1)."""),
    LOG,
    P("""Not in the log: on the Thursday of week 3 we paired for about 2 hours on a ticket he was
      stuck on. That's normal work on our team, not mentoring, so I haven't counted it. We also
      messaged on Slack between sessions, mostly him sending me a PR link."""),

    H(1, "2.2 Questioning and listening"),
    P("""I leaned on open questions ('What's the worst thing that could happen if you open it
      now?') and then scaling ('How ready is it, out of 10? What would make it a 7?'). When he
      said 'fine' I tried reflecting it back - 'fine?' - and waiting, which got a lot more out of
      him than another question. I used GROW roughly as the structure of each session. On Teams
      I found listening harder because I couldn't see him properly, so I asked him to turn his
      camera on, which he did for the second half."""),
    H(1, "2.3 Feedback"),
    P("""I used situation - behaviour - impact. After session 3: 'When you replied to the review
      comment you disagreed with (S), you explained your reasoning and linked the docs (B), and
      the reviewer changed their mind, which means your view counts on this team (I).' He said
      that was the first time he'd thought of review as a conversation rather than a mark."""),
    H(1, "2.4 Trust"),
    P("""I showed him my own early pull requests with their brutal comments, which was a bit
      embarrassing for me but made the point. I kept everything out of the team channels, and I
      didn't tell the tech lead anything except that sessions were happening, as we agreed. And
      when I had to skip 18 Feb I messaged him myself before the demo ran over rather than just not
      turning up."""),

    H(1, "3.1 Review of my mentoring"),
    P("""DA's feedback form scores (out of 10): builds rapport 9, listening 8, questioning 7,
      structured approach 7, friendly 9, helps me set goals 8, respect 10. His comment: 'Less
      scary than code review.' My own view, using the mentor skills from the course: my strength
      is credibility on the technical side and being approachable. My weak spots are structure
      (session 3 ran long because I got into the code itself) and that I can slip into solving
      his problem, which is what I do all day as an engineer."""),
    H(1, "3.2 Meeting with my tutor"),
    P("""Thu 20 March, Teams, with my ILM tutor. It was booked for 1h and ran to 1h 20m. Purpose:
      go through my log and reflections and talk about my development as a mentor. We talked
      about the skipped session, and whether the Slack huddle 'counted' (we agreed it didn't, it
      was a check-in), about how often I drifted into the technical detail, and about how to end
      the relationship without just stopping. Outcomes: keep a 5 minute timer for the 'doing' part
      of any session; finish with DA by handing over to his apprenticeship coach rather than
      vanishing; think about mentoring the next apprentice in September."""),
    H(1, "3.3 Development plan"),
    T(
        ["Area", "Type", "Action", "By"],
        ["Not solving their problem", "Development", "Ask 'what have you tried?' before any suggestion; record how often I jump in", "Next mentee, Sept"],
        ["Session structure", "Development", "Timebox each GROW stage; share the agenda at the start", "Next mentee, Sept"],
        ["Technical credibility / rapport", "Strength", "Offer to run the apprentice code review clinic once a month", "June"],
        ["Theory", "Development", "Read up on Kolb's cycle and use it in my reflections", "May"],
    ),
    P("""Declaration: I confirm this portfolio is my own work and the sessions happened as
      recorded. Hannah Greaves, 24 March 2025."""),
]

CASE = Case(
    name="y_8584_201_software_apprentice_md",
    unit="8584-201",
    kind="portfolio",
    files=[SourceFile("unit-201-portfolio-hgreaves.md", BLOCKS)],
    labels={},
    expected_checks={
        "declaration": True,
        "evidence_matrix": True,
        "identifying": [],
        # 4 Feb 60 + 11 Feb 45 + 25 Feb 75 + 11 Mar 55 = 235 (= "3h 55m" Total row, not added).
        # Not: 18 Feb skipped, 10 min Slack huddle "not counting it"; ~2 hours pairing (normal
        # work); "about an hour" plan; "5 minute timer".
        "minutes": 235,
        "sessions": 4,
        "individuals": 1,
        # Tutor meeting 20 Mar, booked 1h, "ran to 1h 20m" = 80.
        "supervision_minutes": 80,
    },
    about="Agri-tech software engineer; 201 Markdown portfolio with a session table in '1h'/'45m'/'1h 15m' shorthand, a skipped week whose Slack huddle is not counted, pairing not counted, Total row, a tutor meeting that overran; clean.",
)
