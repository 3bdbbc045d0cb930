"""MD36 Workplace mentoring diary (36 hours): a charity manager's diary as one plain text file.

Marcus Bell, head of operations at a community charity, mentors three newly appointed
service managers. The whole diary is a .txt file (saved from a notes app), with the task's
sub-headings typed as plain lines, a pipe-separated activity log with a running-total
column, tutorial and supervision rows, contacts he marked "(not counted)" and a planned
follow-up. The MD36 rubric is known to be wrong (it lacks the task's first section), so
this case carries practice and anonymisation expectations only, and no labels.

Practice, as an assessor counts it (the activity log; the running total agrees row by row):
    J. Okafor       90+90+120+60+90+90+90+120   = 750  (8 sessions)
    T. Brennan      60+90+90+90+75+90+90+90     = 675  (8 sessions)
    L. Fairweather  90+120+90+90+120+60+90+90   = 750  (8 sessions)
    -> 2,175 minutes (36 h 15), 24 sessions, 3 individuals.
    Not counted as mentoring: the chemistry meeting and the phone call ("(not counted)"),
    the three course tutorials (60 + 90 + 60 = 210) and the three workplace supervisions
    (45 + 60 + 75 = 180), which together are 390 minutes of supervision and tutorials, the
    planned follow-up on 29/04, the running-total column and the "TOTAL" line.
    The summary's "36 hours 15 minutes with three mentees" restates the log.
    => minutes 2175, sessions 24, individuals 3, supervision 390.

Anonymisation: contracts and reflections say Mentee 1, 2 and 3, but the log names the
mentees by initial and surname. Not identifying: his own name, the charity and its
towns, the course tutor and workplace supervisor referred to only by role, Clutterbuck,
Kram, Hawkins and Shohet, the seven-eyed model, the GROW model.
"""

from corpus.case import Case, H, P, SourceFile, T

LOG = T(
        ["Date", "Mentee / activity", "What we did", "Time", "Running total (mentoring only)"],
        ["08/01/2024", "—", "Chemistry meeting with a possible fourth mentee", "30 mins (not counted)", "–"],
        ["10/01/2024", "J. Okafor", "Contracting, 360 results", "1h30m", "1h 30"],
        ["12/01/2024", "T. Brennan", "Contracting, strengths profile", "60 mins", "2h 30"],
        ["15/01/2024", "L. Fairweather", "Contracting, learning needs analysis", "09:30–11:00", "4h 00"],
        ["19/01/2024", "Tutorial", "Course tutorial 1 – contracting", "1 hour", "–"],
        ["24/01/2024", "J. Okafor", "Goal setting, stakeholder map", "1.5 hours", "5h 30"],
        ["26/01/2024", "T. Brennan", "Goal setting", "1 hr 30", "7h 00"],
        ["29/01/2024", "L. Fairweather", "Goal setting, shadowing plan", "2 hrs", "9h 00"],
        ["02/02/2024", "Supervision", "Workplace supervision 1", "45 mins", "–"],
        ["07/02/2024", "J. Okafor", "Presentation to the board – rehearsal", "2 hrs", "11h 00"],
        ["09/02/2024", "T. Brennan", "Delegation", "90 minutes", "12h 30"],
        ["12/02/2024", "L. Fairweather", "Review of shadowing", "1h30m", "14h 00"],
        ["14/02/2024", "T. Brennan", "Phone call to rearrange", "10 mins (not counted)", "–"],
        ["21/02/2024", "J. Okafor", "Feedback from the board", "1 hr", "15h 00"],
        ["23/02/2024", "T. Brennan", "Difficult conversation prep", "1.5 hours", "16h 30"],
        ["26/02/2024", "L. Fairweather", "Budget planning", "1 hr 30", "18h 00"],
        ["01/03/2024", "Tutorial", "Course tutorial 2 – diagnostics", "1 hr 30", "–"],
        ["06/03/2024", "J. Okafor", "Team restructure options", "1h30m", "19h 30"],
        ["08/03/2024", "T. Brennan", "Review of goals", "1 hr 15", "20h 45"],
        ["11/03/2024", "L. Fairweather", "Interview practice", "14:00–16:00", "22h 45"],
        ["15/03/2024", "Supervision", "Workplace supervision 2", "1 hour", "–"],
        ["20/03/2024", "J. Okafor", "Restructure – consultation", "90 mins", "24h 15"],
        ["22/03/2024", "T. Brennan", "Influencing senior managers", "1h30m", "25h 45"],
        ["25/03/2024", "L. Fairweather", "Feedback on interview", "1 hour", "26h 45"],
        ["03/04/2024", "J. Okafor", "Review", "1.5 hrs", "28h 15"],
        ["05/04/2024", "T. Brennan", "Review", "1 hr 30", "29h 45"],
        ["08/04/2024", "L. Fairweather", "New role – first 30 days plan", "90 mins", "31h 15"],
        ["12/04/2024", "Tutorial", "Course tutorial 3 – review of diary", "1 hour", "–"],
        ["17/04/2024", "J. Okafor", "Closing session", "2 hrs", "33h 15"],
        ["19/04/2024", "T. Brennan", "Closing session", "1 hr 30", "34h 45"],
        ["22/04/2024", "L. Fairweather", "Closing session", "1h30m", "36h 15"],
        ["24/04/2024", "Supervision", "Workplace supervision 3", "1 hr 15", "–"],
        ["29/04/2024", "J. Okafor", "Follow-up", "1 hour (planned)", "–"],
        ["TOTAL", "", "", "36 hours 15 minutes", "36h 15"],
)

DIARY = [
    P("WORKPLACE MENTORING DIARY – 36 HOURS"),
    P("Learner: Marcus Bell    Centre: Pennine Leadership Centre    Submitted: 10 May 2024"),
    P("""Context: Calder Valley Community Trust is a charity in Halifax running day services,
      a befriending scheme and a food bank across Calderdale. In the autumn we restructured
      and appointed three new service managers, all promoted from frontline roles. I offered
      each of them mentoring for their first four months in post, and this diary records
      that mentoring."""),

    P("PLANNING AND ORGANISING MENTORING SESSIONS"),
    P("""Preparing and planning. I planned eight sessions with each mentee, fortnightly, of
      roughly an hour and a half, which would give a little over 36 hours in total. Sessions
      were held in the meeting room at the Square Chapel offices or, for Mentee 3, at the
      Todmorden hub. I put the dates in all four diaries for the whole period in January so
      that sessions were not squeezed out by operational work."""),
    P("""Contracting. Each mentee signed a basic mentoring contract (copies in Appendix A,
      anonymised). We agreed confidentiality and its limits (safeguarding and gross
      misconduct), that I would not discuss their performance with their line manager, who
      in two cases is me, and that mentoring conversations would be kept separate from
      supervision by holding them in a different room on a different day. Mentee 2 asked
      that we could end the arrangement without it affecting her job, and we wrote a no-fault
      ending into all three contracts."""),
    P("""Goals. Each mentee set two or three goals using GROW in the second session. Mentee 1:
      present the day services budget to the board without notes. Mentee 2: delegate the
      weekly rota to her senior volunteer. Mentee 3: apply for the vacant area manager post
      and prepare for the interview."""),

    P("UNDERTAKE MENTORING SESSIONS"),
    P("""Diagnostic and assessment tools. Mentee 1 brought her 360-degree feedback from the
      management programme; Mentee 2 completed a strengths profile; for Mentee 3 we did a
      learning needs analysis against the area manager job description. Each tool fed
      straight into the goals above."""),
    P("""Questioning and listening. I used the GROW model and tried to listen at Clutterbuck's
      'level of meaning' rather than for facts. With Mentee 2, who tends to agree with
      everything, I used scaling questions ('how sure are you, one to ten?') so she could tell
      me when she disagreed without saying so."""),
    P("Activity log (all contacts, including those I have not counted as mentoring):"),
    LOG,
    P("""Summary of activity: 24 sessions, 36 hours 15 minutes with three mentees, plus three
      course tutorials and three workplace supervision sessions (shown in the log but not in
      the running total). Two contacts are marked not counted because they were not
      mentoring, and the follow-up with Mentee 1 on 29 April is planned, not yet held."""),
    P("""Progress towards goals and impact on role. Mentee 1 presented to the board in March
      and the budget was approved; she now chairs the monthly finance meeting. Mentee 2
      handed over the rota in week six and uses the time for volunteer supervision. Mentee 3
      was appointed area manager in April."""),

    P("FEEDBACK AND REFLECTIONS OF EFFECTIVENESS OF MENTORING ACTIVITY"),
    P("""Feedback. I asked each mentee for feedback at the end of each session and again on a
      short form at the end. Mentee 2 said the early sessions felt 'like another meeting with
      my boss', which made me change rooms and stop taking my laptop. The chief executive, as
      a stakeholder, said the three managers settled in faster than after the last
      restructure."""),
    P("""Effectiveness of different programmes. The structured programme with Mentee 3 (a clear
      end point, an interview) worked better than the open-ended programme with Mentee 2,
      where we drifted after session five. Kram's phases of mentoring helped me see that Mentee
      2 and I never really moved from initiation to cultivation, probably because I am also
      her manager."""),
    P("""My own performance. I am good at structure and at challenge, and less good at leaving
      space. Mentoring my own reports was the biggest challenge and I would not choose to do it
      again."""),

    P("TUTORIAL REFLECTIONS OF EFFECTIVENESS OF MENTORING ACTIVITY"),
    P("""The three course tutorials were with my course tutor and the three workplace
      supervisions with our trust's external supervisor. Supervision used Hawkins and Shohet's
      seven-eyed model, which helped me look at the relationship itself and not just the
      mentee's goals. It challenged my assumption that being the line manager would not
      matter."""),
    P("""Future supervision. I will keep a monthly supervision session for as long as I mentor,
      with an external supervisor rather than anyone in my line, and take one recorded
      session each quarter."""),
    P("By submitting I confirm that this assignment is my own work. Marcus Bell"),
]

CASE = Case(
    name="a_md36_txt",
    unit="MD36",
    kind="portfolio",
    files=[SourceFile("MD36 mentoring diary - M Bell.txt", DIARY)],
    labels={},
    expected_checks={
        "declaration": True,
        "evidence_matrix": None,
        "minutes": 2175,
        "sessions": 24,
        "individuals": 3,
        # tutorials count with supervision: tutorials 60 + 90 + 60 = 210, workplace
        # supervision 45 + 60 + 75 = 180
        "supervision_minutes": 390,
        "identifying": ["J. Okafor", "T. Brennan", "L. Fairweather"],
    },
    about="Charity manager's 36-hour diary as plain text; log with running total, tutorials, supervision, not-counted contacts; initial-and-surname mentees.",
)
