"""8587-302 extended coaching: a digital marketing agency's client services director, Markdown, his time-tracking export as the log.

Ollie Barraclough is Client Services Director at Brightwater Digital, a 40-person agency in
Bristol. He coaches two account managers, "Coachee A" (in the Bristol office) and "Coachee B"
(remote, in Cardiff, mostly on Teams). He wrote the whole thing in Markdown in the agency's wiki:
"## 1.1" style headings, a matrix table, bullets, a pasted Slack message and a pasted e-mail.

The new shape: his record of practice is an export from Harvest, the agency's time-tracking
tool, for an internal project "ILM Coaching". Every row has decimal Hours and a Task column that
mixes coaching sessions with Prep, Admin (portfolio writing) and Supervision rows, and Harvest's
own Total (20.25, right as software is) sums the lot. Inside the "Coaching session" task there is
a chemistry chat he says he is not counting and a no-show row on which he logged the 15 minutes
he waited. Below the table he does his own subtraction and gets 14.5 hours, forgetting the
no-show. One session with A (21 March, on the train, 40 mins) is not in Harvest at all. One of
A's sessions was observed by his tutor, with a 0.25 debrief row. Supervision: a tutor call, the
debrief, and a group supervision with the tutor and two other learners; a supervision booked for
14 March was moved to the 28th.

Planted (left in by mistake): Coachee A's full name "Hannah Okafor" on a pasted Slack message,
then "Hannah" alone in his 3.1 reflections; Coachee B's personal e-mail address
"devpatel.designs@outlook.com" in the header of a pasted e-mail. Not identifying: his own name,
the agency, Bristol/Cardiff, clients named as "the Halcyon pitch", the Head of Accounts by role,
GROW, OSKAR, CliftonStrengths, the Wheel of Work, Kline, Whitmore, Harvest, Slack, Teams.

Practice truth (Harvest rows with Task "Coaching session", plus the train session):
  09/01 A  chemistry chat 0.50 "(not counting this one)"  -> excluded, his word
  11/01 B  first session + contracting 1.25 = 75
  16/01 A  contracting, goals, wheel of work 1.50 = 90
  23/01 B  1.00 = 60
  30/01 A  1.00 = 60
  06/02 B  cut short, client escalation 0.50 = 30
  13/02 A  1.25 = 75
  20/02 B  1.50 = 90
  27/02 A  observed by tutor 1.00 = 60
  05/03 B  no-show, waited 15 mins 0.25 -> excluded (did not attend)
  07/03 B  1.00 = 60
  12/03 A  1.25 = 75
  19/03 B  in person 10:00-12:00, 2.00 = 120
  26/03 A  final session 1.00 = 60
  21/03 A  on the train, phone, "40 mins" (prose only, not in Harvest) = 40
  A: 90 + 60 + 75 + 60 + 75 + 40 + 60 = 460.   B: 75 + 60 + 30 + 90 + 60 + 120 = 435.
  460 + 435 = 895.  sessions: A 7 + B 6 = 13.  individuals 2.
  Harvest Total 20.25 = all rows: 0.5+1.25+0.5+1.5+1.0+1.0+1.0+0.5+1.25+1.5+1.0+0.25+2.0+0.25
  +1.0+1.25+2.0+1.0+1.5 = 20.25.  His "14.5 hours of actual coaching" = 20.25 - 0.5 - 0.5 - 2.0
  - 2.75 = 14.5, which still holds the 0.25 no-show: the coaching rows come to 14.25 (855 mins).
  Not: prep 0.50 (12/01), portfolio writing 2.00 (05/03), the no-show, the chemistry chat, the
  Harvest Total; the three-way contracting meetings with the Head of Accounts (not in Harvest,
  "I haven't counted them").
  Supervision: 01/02 tutor call 1.00 = 60; 27/02 debrief 0.25 = 15; 28/03 group supervision with
  the tutor 1.50 = 90 (the 14/03 booking moved to 28/03, once).  60 + 15 + 90 = 165.
"""

from corpus.case import Case, B, H, P, SourceFile, T

BLOCKS = [
    H(1, "ILM L3 Certificate in Effective Coaching & Mentoring — Unit 302"),
    P("""**Undertaking an extended period of coaching within an organisational context** · Ollie
      Barraclough · Client Services Director, Brightwater Digital (Bristol) · Jan–Mar 2024"""),
    P("""Context: Brightwater is a 40-person digital agency (paid social, SEO, a small web team). I
      look after the account management team. Our account managers get promoted for being good at
      the work and then get no help with the bit that's actually hard, which is managing clients
      and saying no to them. I coached two of them for this unit. I've called them Coachee A and
      Coachee B throughout. A is in the Bristol office; B works remotely from Cardiff so most of
      B's sessions were on Teams."""),

    H(2, "Evidence matrix"),
    T(
        ["AC", "Evidence", "Section"],
        ["1.1 Plan for 12 hours", "Plan + calendar", "1.1"],
        ["1.2 Topics / goals", "Goals per coachee", "1.2"],
        ["1.3 Contract", "Coaching agreement + 3-way", "1.3"],
        ["2.1 Diagnostic tools", "Wheel of Work, 360, CliftonStrengths", "2.1"],
        ["2.2 Model", "GROW / OSKAR", "2.2"],
        ["2.3 KSBs", "Statement", "2.3"],
        ["2.4 Auditable record", "Harvest export", "2.4"],
        ["3.1 Reflection each session", "Session notes", "3.1"],
        ["3.2 Feedback each session", "Slack/e-mail + scores", "3.2"],
        ["3.3 Communication review", "Statement", "3.3"],
        ["3.4 Supervision x2", "Supervision notes", "3.4"],
    ),

    H(2, "1.1 Plan"),
    P("""Twelve hours minimum across two coachees, so I planned for 14 to leave room for the
      inevitable client fire drills. Each coachee gets six sessions, fortnightly, January to end of
      March, alternating weeks so I'm only doing one a week:"""),
    B("A — Tuesdays 2pm, the small meeting room on the 2nd floor (not the glass one everyone walks past). 75–90 min."),
    B("""B — Tuesdays/Thursdays 10am on Teams, cameras on, plus one in-person session in Bristol
      mid-way when B is in for the quarterly all-hands. 60–90 min."""),
    B("""Resources: a Notion page per coachee (shared with them), the Wheel of Work template, last
      year's 360 reports, CliftonStrengths codes (we bought them for the whole team last year), a
      GROW question sheet on my desk."""),
    B("""Prep for me: 15 min before each session with my Slack on Do Not Disturb and my laptop shut
      except for Teams. I block the session in my calendar as "busy – private"."""),
    P("""I track all my time in Harvest like everyone else here, so I set up an internal project
      called "ILM Coaching" to log every session against, which doubles as my record (see 2.4).
      Total planned: A 6 × ~1.25h = 7.5h, B 6 × ~1.1h = 6.5h, so about 14h."""),

    H(2, "1.2 Topics and goals"),
    P("""I didn't want to hand them goals, so the first proper session with each started with the
      Wheel of Work (2.1) and "if this went brilliantly, what would be different by Easter?"."""),
    P("""**Coachee A** — topic: pushback with clients. A says yes to every out-of-scope request and then
      the team works weekends. Goals (her words, tidied): (1) hold a scope conversation with her two
      biggest clients by end of Feb and get any extra work costed as a change request; (2) cut her
      team's weekend hours on her accounts to zero for four weeks running by end of March."""),
    P("""**Coachee B** — topic: managing up and being seen while remote. Goals: (1) present the
      quarterly results to the Halcyon pitch client himself, not hand it to me; (2) agree a
      promotion development plan with the Head of Accounts by the end of March, with two stretch
      projects in it. B added a third at session 3: stop answering Slack after 7pm."""),
    P("""Both sets were written into their Notion page and they both edited the wording."""),

    H(2, "1.3 Contracting"),
    P("""I did a short chemistry chat with A on 9 Jan (half an hour over a coffee) just to see if she
      actually wanted coaching from someone two levels up. That isn't a coaching session, so I've
      logged it but not counted it. B and I skipped that and did contracting at the start of the
      first session."""),
    P("""The coaching agreement (one page, from the course template, adapted) covers: how often and how
      long; that sessions are confidential and nothing goes into their appraisal or into what I say
      at promotion panels unless they choose to share it; the limits (safeguarding, legal,
      gross misconduct); that the agenda is theirs; cancellation with 24 hours' notice; and how we
      end. The tricky one is that I'm their director. We wrote in that if I wear my director hat in a
      session I have to say "director hat" out loud, and either of them can call it. I'd say that
      was the most useful line in the whole contract."""),
    P("""Three-way: I met each of them with the Head of Accounts (their line manager) for 20 minutes
      to agree what the business hoped for and what the Head of Accounts would and wouldn't be told.
      They're not in Harvest and I haven't counted them as coaching. All three of us signed."""),

    H(2, "2.1 Diagnostic tools"),
    B("""**Wheel of Work** — eight spokes (clients, team, workload, skills, visibility, relationships with
      peers, work/life, progression), scored 1–10. A scored "work/life" 2 and "clients" 7, which was
      the whole conversation: she's good with clients *because* she never says no."""),
    B("""**360 report** from last year's review cycle — A's said "brilliant with clients, doesn't
      protect the team". She'd never read it properly."""),
    B("""**CliftonStrengths** — B's top five are Learner, Deliberative, Analytical, Restorative,
      Harmony. That explained a lot: B doesn't put himself forward because he wants to be certain
      first. We used it to reframe presenting as "Analytical in public" rather than "showing off"."""),
    P("""For B the strengths report changed the goal. He started with "be more confident", and after
      we looked at Deliberative he rewrote it as the Halcyon presentation, which is actually
      measurable."""),

    H(2, "2.2 Model"),
    P("""GROW for most sessions. With A, I switched to OSKAR from session 3 because GROW kept stalling
      at Options — she could list twenty options and pick none. OSKAR's scaling question
      ("where are you now out of ten on saying no, and what got you from 3 to 4?") got her moving.
      In session 4 she put herself at a 4 and by the final session she said 7. B stayed on GROW; the
      Reality stage on Teams worked better when I shared a blank Miro board and B typed."""),

    H(2, "2.3 Knowledge, skills, behaviours"),
    P("""Knowledge: the models, Whitmore's idea that awareness and responsibility are the point, and
      Kline's Time to Think for the listening side. Also knowing the business, which is double-edged
      — I know exactly which clients A should push back on and I had to not say so."""),
    P("""Skills: open questions, clean-ish questions ("and what kind of no is that?"), summarising,
      silence. On Teams, listening meant watching faces, not my other screen, so I closed Outlook.
      Behaviours: keeping the director hat off, being on time every time (I was late once, 6 min, and
      apologised), and being honest when I didn't know something. Ethics: when B told me in session 5
      that another team lead was talking over him in client calls, I didn't go and fix it as
      director. We worked out what B wanted to do about it and B did it."""),

    H(2, "2.4 Auditable record — Harvest export"),
    P("""Every session was logged in Harvest against the ILM Coaching project on the day, and I kept a
      Notion page per coachee with notes. Initial contact was a Slack DM to each of them on 4 Jan
      asking if they'd be up for it. Completion was A's final session on 26/03 (B's last session was
      the in-person one on 19/03; we have a follow-up planned for May). This is the raw export for
      the project, filtered to me:"""),
    T(
        ["Date", "Task", "Notes", "Hours", "Billable"],
        ["09/01/2024", "Coaching session", "A – chemistry chat (not counting this one, see 1.3)", "0.50", "No"],
        ["11/01/2024", "Coaching session", "B – first session + contracting (Teams)", "1.25", "No"],
        ["12/01/2024", "Prep", "read A's 360 report", "0.50", "No"],
        ["16/01/2024", "Coaching session", "A – contracting, goals, wheel of work", "1.50", "No"],
        ["23/01/2024", "Coaching session", "B – strengths debrief (Teams)", "1.00", "No"],
        ["30/01/2024", "Coaching session", "A", "1.00", "No"],
        ["01/02/2024", "Supervision", "call with tutor", "1.00", "No"],
        ["06/02/2024", "Coaching session", "B – cut short, client escalation (Teams)", "0.50", "No"],
        ["13/02/2024", "Coaching session", "A", "1.25", "No"],
        ["20/02/2024", "Coaching session", "B (Teams)", "1.50", "No"],
        ["27/02/2024", "Coaching session", "A – tutor observed", "1.00", "No"],
        ["27/02/2024", "Supervision", "tutor debrief after obs", "0.25", "No"],
        ["05/03/2024", "Admin", "ILM portfolio writing", "2.00", "No"],
        ["05/03/2024", "Coaching session", "B – no show (he was on the Halcyon pitch), waited 15 mins, rebooked Thu", "0.25", "No"],
        ["07/03/2024", "Coaching session", "B (Teams)", "1.00", "No"],
        ["12/03/2024", "Coaching session", "A", "1.25", "No"],
        ["19/03/2024", "Coaching session", "B – in person, Bristol office, 10:00–12:00", "2.00", "No"],
        ["26/03/2024", "Coaching session", "A – final session, review of goals", "1.00", "No"],
        ["28/03/2024", "Supervision", "group supervision with tutor (3 of us)", "1.50", "No"],
        ["", "", "Total", "20.25", ""],
    ),
    P("""Harvest says 20.25 but that's everything on the project. Take off the chemistry chat (0.5),
      prep (0.5), portfolio writing (2.0) and supervision (2.75) and you get 14.5 hours of actual
      coaching. On top of that there's one session that isn't in Harvest: A and I did a session by
      phone on 21/03 while I was on the train back from a client in London, 40 mins, because she had
      the big scope conversation the next morning and wanted to rehearse it. Harvest doesn't work
      offline and I forgot to add it after. So roughly 15 hours 10 in total, comfortably over 12."""),

    H(2, "3.1 Reflections (after each session)"),
    P("""I wrote two or three lines in Notion after every session: what worked, what didn't, what I'll
      try next. The short version:"""),
    B("11/01 B — I did 25 minutes of contracting before any coaching. Too long on Teams. Learning: send the agreement beforehand."),
    B("""16/01 A — the Wheel of Work did the heavy lifting. I talked too much in Options. Learning: ask
      "what else?" at least twice before I offer anything."""),
    B("23/01 B — strengths debrief landed well. Learning: tools give a remote coachee something to look at that isn't me."),
    B("30/01 A — she wanted me to tell her what to say to the client. I nearly did. Learning: hold the line, ask what she'd say."),
    B("""06/02 B — cut to 30 min by a client escalation on B's side. I was irritated. Learning: agree
      at the start what we'll do if a session gets cut, so it doesn't feel like failure."""),
    B("13/02 A — first go with OSKAR. Scaling question worked. Learning: swap models when one stalls, don't force it."),
    B("""20/02 B — B rehearsed the Halcyon results. I gave too much feedback in one go. Learning: one or
      two things, not seven."""),
    B("""27/02 A — observed. I felt watched and asked more closed questions than usual. Tutor picked it
      up (see 3.4). Learning: prepare three open questions on a Post-it."""),
    B("05/03 B — no show. Annoyed, then realised I'd booked it on a pitch day. Learning: check their calendar, not just mine."),
    B('07/03 B — the "director hat" line got used for the first time, by B. Good. Learning: the contract works if you use it.'),
    B("""12/03 A — Hannah had held the scope conversation with one client and got a change request
      signed. Learning: celebrate first, analyse second — I went straight to analysis."""),
    B("""19/03 B — in person was completely different; B talked twice as much. Learning: for a remote
      coachee, one face-to-face early on would have helped."""),
    B("21/03 A — phone on a train. Not ideal, but short and focused. Learning: the coachee's timing matters more than the room."),
    B("""26/03 A — review. She's at 7/10 on saying no. Learning: I need a proper ending ritual; this
      one fizzled out a bit."""),

    H(2, "3.2 Feedback"),
    P("""At the end of each session I ask two questions: "what was most useful?" and "what should I do
      differently next time?", and a score out of 5, which goes in the Notion page. A's scores ran 3,
      4, 4, 5, 4, 5, 5; B's 3, 4, 3, 4, 5, 5. Looking across them, the low scores are the sessions
      where I gave advice or ran over, and the high scores are the ones where they left with one
      concrete thing to do. Two pieces of written feedback I've kept:"""),
    P('''Slack, 13/02, 4:52 PM — Hannah Okafor: "thanks for today. the scaling thing was weirdly useful,
      I'm a 5 now not a 4 😂 will try the change request on Thurs"'''),
    P("""From: devpatel.designs@outlook.com · To: Ollie · Subject: coaching — "Hi Ollie, sending from my
      personal as my work laptop is in for repair. Just wanted to say the in-person session was
      the best one. I think the Teams ones were fine but I hold back more. Could we do the May one
      face to face? Also the feedback on the Halcyon deck was a lot at once — maybe pick the top
      two next time. Thanks."""),
    P("""I acted on both: from 07/03 I limited feedback to two points, and the May follow-up with B is
      booked in person. I also asked the Head of Accounts for a line at the end of March as the
      stakeholder: she said A's team had no weekend working on her accounts for the last four weeks."""),

    H(2, "3.3 Communication — how I did"),
    P("""Questioning: better, but under pressure (being observed, a short session) I go back to closed
      questions and to questions with the answer built in ("would it help to…?"). My tutor counted
      four leading questions in 20 minutes of the observed session, which was humbling."""),
    P("""Listening: strongest face to face. On Teams I caught myself reading Slack notifications on my
      second screen in the 23/01 session, so I now turn the second screen off. Silence is easier for
      me than for most directors, I think, but with B, who is Deliberative, I learnt that silence
      needed to be much longer — sometimes 20 seconds — before he'd say the real thing."""),
    P("""Giving feedback: my weak spot. I over-deliver. B's e-mail said so directly and the scores back
      it up. I now give two points maximum and ask them to pick which one to work on."""),

    H(2, "3.4 Supervision"),
    P("""Three supervision contacts with my tutor (all in Harvest above):"""),
    B("""01/02 — phone call, an hour. We talked about coaching people I manage. Outcome: add the
      "director hat" rule (which I then added to both agreements) and re-contract with A, who had
      started asking me for decisions in sessions."""),
    B("""27/02 — my tutor observed A's session and debriefed me for 15 minutes afterwards. Outcome:
      cut leading questions, prepare open questions, and stop summarising for her — let her
      summarise."""),
    B("""28/03 — group supervision with my tutor and two other learners, an hour and a half. (It was
      booked for 14/03 and moved.) We each brought a stuck moment. Mine was B going quiet on Teams.
      The others suggested giving B the questions in advance since he likes to think first.
      Outcome: for the May session I'll send B three questions the day before, and I'll write a
      proper ending session plan."""),
    P("""Biggest thing supervision gave me: I stopped treating coaching as "directing, but nicer"."""),
]

CASE = Case(
    name="zc_a_8587_302_digital_agency_md",
    unit="8587-302",
    kind="structured-docx",
    files=[SourceFile("unit-302-coaching-portfolio.md", BLOCKS)],
    labels={
        "1.1": "I planned for 14 to leave room for the inevitable client fire drills",
        "1.2": "cut her team's weekend hours on her accounts to zero",
        "1.3": "either of them can call it",
        "2.1": "B doesn't put himself forward because he wants to be certain first",
        "2.2": "switched to OSKAR from session 3 because GROW kept stalling",
        "2.3": "I didn't go and fix it as director",
        "2.4": "Initial contact was a Slack DM to each of them",
        "3.1": "the coachee's timing matters more than the room",
        "3.2": "the low scores are the sessions where I gave advice or ran over",
        "3.3": "before he'd say the real thing",
        "3.4": "Biggest thing supervision gave me",
    },
    expected_checks={
        "declaration": False,
        "evidence_matrix": True,
        "identifying": ["Hannah Okafor", "Hannah", "devpatel.designs@outlook.com"],
        # Harvest "Coaching session" rows: A 90 + 60 + 75 + 60 + 75 + 60 = 420, B 75 + 60 + 30 + 90
        # + 60 + 120 = 435; plus A's 21/03 train call 40 (prose only) = 420 + 40 + 435 = 895.
        # Not: 09/01 chemistry (his word), 05/03 no-show 0.25, prep, portfolio writing, the Harvest
        # Total 20.25, the 3-way meetings.  His "14.5 hours" keeps the no-show; the rows are 14.25.
        "minutes": 895,
        "sessions": 13,
        "individuals": 2,
        # 01/02 call 1.00 = 60; 27/02 debrief 0.25 = 15; 28/03 group supervision 1.50 = 90.
        "supervision_minutes": 165,
    },
    about="Digital agency client services director; 302 in Markdown with his Harvest time-tracking export as the log: decimal hours, Task column mixing sessions with prep, portfolio writing and supervision, a chemistry row he doesn't count, a no-show row holding the 15 minutes he waited, a right software Total, his own subtraction that keeps the no-show, a phone session on a train in prose only, an observed session and debrief, group supervision; a full name, first name and personal e-mail planted.",
)
