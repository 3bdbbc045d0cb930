"""MD36 workplace mentoring diary: a city-centre casino's operations manager, Markdown.

Ruth Ashdown is Operations Manager at a city-centre casino (open noon to 6am): guest services,
the cash desk, the restaurant and the bar, and dealer training with the Gaming Manager. She
mentors four people over September to March: "M1", a trainee dealer (croupier) fresh from the
dealing school; "M2", the Guest Services Supervisor; "M3", the Restaurant Supervisor, who leaves
at the end of October after two sessions; and "M4", the new Bar Supervisor, who starts in
November and takes M3's place in the programme. She wrote the diary in Markdown (she keeps her
notes in Obsidian) under the brief's four sub-headings, with each mentee's record in a different
shape because she kept them differently: M1 as a table with a Start-finish, Length and Running
total column; M2 as a bulleted diary with lengths in words and symbols; M3 as one paragraph; M4
as a table with mixed clock ranges and durations. A joint floor-walk session for M1 and M4, a
separate record of the observed M2 session, a summary-of-activity table, tutorials and
supervision in their own section, and a typed declaration.

Traps: M1's running total goes wrong on 22 Jan (12h00 + 1h20 written as 13h40, not 13h20) and
carries the error to a final 16h10 (true 15h50); her summary table therefore says 16h10 for M1
and 41h10 overall (true 40h50). A cancelled M1 row (floor short through sickness), an M2
did-not-attend, an M3 session not held because she had left, an M4 session moved a week
(Christmas party nights), M2's observed session written up a second time as a session record,
M1's six hours shadowing New Year's Eve on the floor, M4's bar-side check-ins and a 15-minute
chat with M2 after close said not to count. Durations: "10:00-11:30", "1h45", "an hour",
"1 h 20 m", "90'", "2½ hours", "50 m", "1h15", "45 mins".

Planted: M2 is once written "K. Lindqvist" (a slip in the diary), M2's pasted text message gives
her mobile "07712 408551", and M4's pasted feedback e-mail carries "ellie.prout@hotmail.co.uk".
Not identifying: Ruth Ashdown (learner), the General Manager, the Gaming Manager, the Regional
Director and the group's mentoring coordinator by role, her tutor by role, the Gambling
Commission, Obsidian, Kolb, Clutterbuck, Megginson, GROW, Honey and Mumford.

Practice truth:
  M1 table: 11 Sep 10:00-11:30 = 90; 25 Sep 14:00-15:30 = 90; 9 Oct cancelled (floor short) -> 0;
      16 Oct 10:00-11:45 = 105; 30 Oct 09:30-11:00 = 90; 13 Nov 10:00-12:00 = 120;
      27 Nov 14:00-15:15 = 75; 11 Dec 10:00-11:00 = 60; 8 Jan 10:00-11:30 = 90;
      22 Jan 10:00-11:20 = 80; 5 Feb 10:00-11:30 = 90; 19 Feb 10:00-11:00 = 60.
      90 + 90 = 180, + 105 = 285, + 90 = 375, + 120 = 495, + 75 = 570, + 60 = 630, + 90 = 720,
      + 80 = 800, + 90 = 890, + 60 = 950 (15h50; 11 sessions). Her running total: 12h00 before
      22 Jan is right (720), then 13h40 (should be 13h20), 15h10, 16h10.
  M2 bullets: 12 Sep "an hour" = 60; 3 Oct "1 h 20 m" = 80; 24 Oct "90'" = 90;
      14 Nov did not attend -> 0; 21 Nov "1 h 10 m" = 70; 12 Dec "2½ hours" = 150;
      16 Jan "1 h" = 60; 6 Feb "1 h 30 m" = 90 (observed; the session record's 10.00-11.30 is
      the same session); 27 Feb "50 m" = 50.
      60 + 80 = 140, + 90 = 230, + 70 = 300, + 150 = 450, + 60 = 510, + 90 = 600, + 50 = 650
      (10h50; 8 sessions).
  M3 paragraph: 18 Sep "1h15" = 75; 2 Oct "an hour" = 60; 23 Oct not held (she had left).
      75 + 60 = 135 (2h15; 2 sessions).
  M4 table: 7 Nov 11:00-12:15 = 75; 28 Nov 1h30 = 90; 9 Dec moved to 16 Dec -> 0;
      16 Dec 1h = 60; 15 Jan 14:00-15:40 = 100; 29 Jan 1h15 = 75; 12 Feb 1 hr = 60;
      26 Feb 45 mins = 45; 5 Mar 1h 30 = 90.
      75 + 90 = 165, + 60 = 225, + 100 = 325, + 75 = 400, + 60 = 460, + 45 = 505, + 90 = 595
      (9h55; 8 sessions).
  Joint floor walk, M1 and M4, 20 Nov 10:00-12:00 = 120, once (1 session).
  minutes 950 + 650 + 135 + 595 + 120 = 2450 (40h50); sessions 11 + 8 + 2 + 8 + 1 = 30;
  individuals 4 (M1, M2, M3, M4).
  Her summary: 16h10 + 10h50 + 2h15 + 9h55 + 2h00 = 41h10, 20 minutes over (the running-total slip).
  Not: M1 shadowing New Year's Eve (~6 hours), M4's 5-10 minute bar check-ins, a 15-minute chat
  with M2 after close, all said not counted; the cancelled, DNA, not held and moved entries; the
  summary and running-total figures.
  Tutorials and supervision: Tutorial 1, 4 Oct, college, "1.5 hrs" = 90; supervision with the
  group's mentoring coordinator 15 Nov "1 hr" = 60; 17 Jan cancelled (snow); 31 Jan
  "1 hr 15" = 75; tutor's debrief after the observed session 6 Feb "11.35 - 12.05" = 30;
  Tutorial 2, 20 Feb, phone, "40 mins" = 40; Tutorial 3 booked for 14 May -> excluded.
  90 + 60 = 150, + 75 = 225, + 30 = 255, + 40 = 295.
"""

from corpus.case import B, Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "Workplace Mentoring Diary (MD36)"),
    P("""Ruth Ashdown - Operations Manager. Mentoring diary, September to March. I keep all my work
      notes in Obsidian so this diary started life as markdown notes and I've left it that way."""),
    P("""Who I mentored: I manage guest services, the cash desk, the restaurant and the bar, and I
      look after dealer training with the Gaming Manager, about 40 staff plus casuals. We are open
      from noon to 6am every day except Christmas Day, so a lot of my job is making sure a party
      of 60 doesn't arrive at the same time as the poker tournament. I mentored four people,
      referred to as M1 to M4:"""),
    B("M1 - trainee dealer, finished the dealing school in August, first job in a casino"),
    B("M2 - Guest Services Supervisor, two years in post, wants to move into events"),
    B("M3 - Restaurant Supervisor, new to supervising (left the company end of October)"),
    B("M4 - Bar Supervisor, started in November, joined the programme in M3's place"),

    H(1, "Planning and organising mentoring sessions"),
    H(2, "Preparing and planning"),
    P("""I planned a fortnightly session of about an hour and a half with each mentee from September
      to February, which would be about 36 hours across three people with a bit to spare. I
      planned round the casino's week, not office hours: nothing on a Friday or Saturday, nothing
      on big fight nights when the poker room is full, nothing in the December party fortnight
      except M2 who plans the party season. Most sessions are in the morning before we open.
      They are in the staff training room upstairs, which is off the gaming floor, and I put a
      sign on the door. I give my radio to the
      duty manager for the hour. Resources: a contract form I adapted from the group's mentoring
      scheme, a goals sheet, the Honey and Mumford learning styles questionnaire, the job
      descriptions, and a notebook for each of them. I prepare by rereading my last entry for that
      person and writing one opening question."""),
    H(2, "Contracting"),
    P("""Each mentee signed a simple contract at the first session (M4's at her first session in
      November). It covers: what mentoring is and isn't (I am not their line manager for this
      hour, even where I am the rest of the week - I line manage M1 and M2 directly), how often
      and how long, where, confidentiality and its limits (safeguarding and safer gambling are the
      obvious ones in a casino, with vulnerable customers, and anything that breaks the law or
      the Gambling Commission's rules, such as money laundering, or a serious health and safety
      risk), how notes are kept (my Obsidian vault is on an encrypted laptop, mentees are coded
      M1-M4), cancellation (24 hours, except when the floor is short, which nobody can plan), and
      that either of us can end it. The General Manager signed each contract as the stakeholder
      for the time release. With M1 and M2 we also talked about the conflict of being their
      manager; I offered them a mentor from another casino in the group instead and both chose to
      stay with me."""),
    H(2, "Agreeing goals"),
    P("""Goals came out of the first two sessions with each person, using GROW to get from a wish
      to something we could measure:"""),
    B("M1: deal roulette on a live table without an inspector standing over her by Christmas; be signed off on blackjack as a second game by February; be able to spot and report the signs of problem gambling in line with our safer gambling policy."),
    B("M2: plan and deliver the Christmas party season with the new online booking system; present one proposal to the General Manager and the Regional Director; apply for the Events Coordinator post when it comes up."),
    B("M3: run a weekly team briefing with the restaurant staff; get ready for the food hygiene inspection without the manager's help (not completed - she left)."),
    B("M4: cut bar stock wastage by a third by March; set up a bar rota that she owns; deal with a customer complaint herself from start to finish."),

    H(1, "Undertake mentoring sessions"),
    H(2, "Diagnostic and assessment tools"),
    P("""I used Honey and Mumford with all four. M1 came out as a strong Activist, which is why
      reading the game procedures manual was getting her nowhere - from then on we learned
      everything on a closed table before opening. M2 is a Theorist and wanted the evidence for
      everything, so for her proposal we gathered the customer numbers first. I also used a SWOT
      with M2 and M4, and with M1 a checklist of dealer competencies (from the group's dealer
      training: chip handling, roulette, blackjack, game protection) which she scored herself on
      in September and again in February. M4 did a simple self-assessment against her job
      description in her first session, which showed she was confident with customers and not
      at all with stock."""),
    H(2, "Questioning and listening"),
    P("""Mostly open questions and scaling questions. With M1 I learned to ask 'what did you
      notice?' after each shift she dealt, instead of telling her what she'd missed. With M2 the
      best question of the whole diary was 'what would the GM need to hear to say yes?', which
      turned her proposal round. Listening: M4 kept saying 'the staff won't like it', and when I
      reflected that back she realised she was the one who didn't like it. I also use silence a
      lot more than I did."""),
    H(2, "Mentoring records"),
    P("""My records for each person are below, kept in different ways because that is how I wrote
      them at the time. Times are from my notes or my diary."""),

    H(3, "M1 - trainee dealer"),
    T(
        ["Date", "Start-finish", "Length", "Running total", "Notes"],
        ["11 Sep", "10:00-11:30", "1h30", "1h30", "Contract, what she wants from the year"],
        ["25 Sep", "14:00-15:30", "1h30", "3h00", "Honey and Mumford, goals"],
        ["9 Oct", "-", "cancelled", "3h00", "Floor short - sickness, all dealers on tables"],
        ["16 Oct", "10:00-11:45", "1h45", "4h45", "Roulette - what the inspector sees"],
        ["30 Oct", "09:30-11:00", "1h30", "6h15", "Chip handling, game protection"],
        ["13 Nov", "10:00-12:00", "2h", "8h15", "Competency checklist, blackjack basics"],
        ["27 Nov", "14:00-15:15", "1h15", "9h30", "Party season prep, confidence"],
        ["11 Dec", "10:00-11:00", "1h", "10h30", "Short - party fortnight"],
        ["8 Jan", "10:00-11:30", "1h30", "12h00", "Christmas review, blackjack"],
        ["22 Jan", "10:00-11:20", "1h20", "13h40", "Dealt a full shift with no inspector on her - what she noticed"],
        ["5 Feb", "10:00-11:30", "1h30", "15h10", "Blackjack sign-off prep"],
        ["19 Feb", "10:00-11:00", "1h", "16h10", "Signed off. Final review and ending"],
    ),
    P("""M1 also shadowed me through New Year's Eve on the floor (about 6 hours) - that was training
      on the job, not mentoring, so it isn't in here."""),

    H(3, "M2 - Guest Services Supervisor"),
    B("12 Sep - an hour - contract, goals, SWOT started"),
    B("3 Oct - 1 h 20 m - SWOT finished, party season booking system, what worries her"),
    B("24 Oct - 90' - customer numbers, the proposal idea (a monthly poker and dinner night)"),
    B("14 Nov - did not attend. She was covering the cash desk for a sick colleague and forgot; texted later (below)"),
    B("21 Nov - 1 h 10 m - rescheduled session, proposal outline"),
    B("12 Dec - 2½ hours - long one, we went through the whole party season plan night by night and walked the route from the door to the function room"),
    B("16 Jan - 1 h - K. Lindqvist brought the party season figures and her draft proposal, what she'd do differently"),
    B("6 Feb - 1 h 30 m - observed by my tutor (see session record below)"),
    B("27 Feb - 50 m - final review, Events Coordinator application, ending"),
    P("""Her text after the missed session, pasted from my phone: "So sorry Ruth completely forgot,
      I was on the cash desk all afternoon. Text me on 07712 408551 if you want to swap the date, I
      can do Thursday." We also had a quick chat after close one night in January (15 minutes)
      which I have not counted."""),

    H(3, "M3 - Restaurant Supervisor"),
    P("""M3 and I met on 18 Sep (1h15, contract and goals) and 2 Oct (an hour, her first team
      briefing, which went well). Our session on 23 Oct was not held: she had handed in her notice
      the week before for a daytime job nearer home and left on 31 Oct. We had a short goodbye but
      it wasn't a session. I have kept her two sessions in my hours because they happened."""),

    H(3, "M4 - Bar Supervisor (joined in November)"),
    T(
        ["Date", "Time", "What we did"],
        ["7 Nov", "11:00-12:15", "Contract, self-assessment against job description, goals"],
        ["28 Nov", "1h30", "Bar wastage - SWOT"],
        ["9 Dec", "moved to 16 Dec", "Christmas party nights, all hands"],
        ["16 Dec", "1h", "Christmas stock, quick one"],
        ["15 Jan", "14:00-15:40", "Wastage figures, bar rota draft"],
        ["29 Jan", "1h15", "Complaint she handled herself"],
        ["12 Feb", "1 hr", "Rota launched - how did it go"],
        ["26 Feb", "45 mins", "Wastage down 28%"],
        ["5 Mar", "1h 30", "Final review and ending"],
    ),
    P("""M4 and I also have quick check-ins at the bar most nights I'm on, 5 or 10 minutes. Useful,
      but not mentoring sessions and not counted."""),

    H(3, "Joint session - M1 and M4"),
    P("""20 Nov, 10:00-12:00, before we opened. Both were new, so I did one floor walk with the two of
      them together: the customer's route from the door through reception, the gaming floor and
      the bar, where the gaming side and the hospitality side meet the same customer, and the
      safer gambling signs each of them should look out for. Counted once, two hours."""),

    H(3, "Session record - M2, 6 February (observed)"),
    T(
        ["Date", "6 Feb"],
        ["Time", "10.00 - 11.30"],
        ["Mentee", "M2"],
        ["Observer", "My ILM tutor"],
        ["Focus", "Practising the proposal to the General Manager"],
        ["Outcome", "M2 to present to the GM and Regional Director in March; she will cut it to five slides"],
        ["Tutor debrief", "11.35 - 12.05, staff training room"],
    ),

    H(3, "Summary of activity"),
    T(
        ["Mentee", "Sessions", "Hours"],
        ["M1", "11", "16h10"],
        ["M2", "8", "10h50"],
        ["M3", "2", "2h15"],
        ["M4", "8", "9h55"],
        ["Joint M1 + M4", "1", "2h00"],
        ["Total", "30", "41h10"],
    ),
    P("""Progress towards goals and impact on role: M1 was signed off on blackjack in February and
      deals roulette without an inspector over her. She has reported two safer gambling concerns
      correctly. M2's proposal went to the GM and Regional Director in March and was approved,
      and she has applied for the events post. M3 ran three team briefings before she left. M4's
      wastage is down 28%, not quite a third, and the bar rota is hers."""),

    H(1, "Feedback and reflections of effectiveness of mentoring activity"),
    H(2, "Feedback from stakeholders"),
    P("""I asked each mentee for feedback at the end of every session (two questions: what helped,
      what would you change) and noted it, and asked for written feedback at the end. M1 said
      learning on a closed table was what made it work. M2 said I sometimes answered my own
      questions. The General Manager said the bar and guest services were 'talking to each other
      for the first time in years'. M4 sent hers by e-mail, pasted here:"""),
    P("""From: ellie.prout@hotmail.co.uk - "Thanks for everything since November. The sessions made
      me feel I was allowed to change things behind the bar. The only thing I'd change is more
      notice when you have to move a session. The joint walk round was brilliant.\""""),
    H(2, "Effectiveness of different mentoring programmes"),
    P("""I effectively ran three kinds of programme. With M1 it was developmental mentoring close to
      on-the-job training, which worked because she is an Activist and a beginner; Clutterbuck's
      distinction between developmental and sponsorship mentoring helped me see I was doing some
      of both. With M2 it was career mentoring, more stretching, and I had to be careful not to
      sponsor her too openly because I manage her. With M4 it was induction mentoring for someone
      new to the company and to supervising. The short programme with M3 showed me that mentoring
      doesn't stop someone leaving for a job with better hours, and that's fine. The joint session
      worked better than I expected and I'd use it again for new starters."""),
    H(2, "My own performance"),
    P("""Strengths: building trust quickly, planning around the casino's week, using the closed
      tables as the classroom. Areas to improve: I answer my own questions (M2's feedback), and
      being line manager and mentor to M1 and M2 made me too directive at times. Kolb's cycle
      helped me write my reflections after each session - what happened, what I made of it, what
      I'd try next time. The hardest challenge was M3 leaving, because I felt I had failed her."""),

    H(1, "Tutorial reflections of effectiveness of mentoring activity"),
    H(2, "How tutorials and supervision were used"),
    B("Tutorial 1 - 4 Oct, at the college, 1.5 hrs. My plan and contracts. Challenge: was it ethical to mentor my own staff? We agreed I should offer them a mentor from another casino in the group, which I did."),
    B("Supervision - 15 Nov, with the group's mentoring coordinator, 1 hr. M3 leaving and whether I should take on M4. Helped me stop blaming myself."),
    B("Supervision - 17 Jan, cancelled (snow), rebooked."),
    B("Supervision - 31 Jan, group mentoring coordinator, 1 hr 15. Being too directive with M2; practised asking and waiting."),
    B("Tutor debrief after the observed session - 6 Feb, 11.35 - 12.05. I answered two of my own questions in the observed session; the tutor timed my silences."),
    B("Tutorial 2 - 20 Feb, phone, 40 mins. Endings, and this diary."),
    B("Tutorial 3 - booked for 14 May (after hand-in)."),
    P("""The supervision challenged me most on the manager-as-mentor question. Without it I would
      have carried on being directive and called it mentoring."""),
    H(2, "Future supervision"),
    P("""I will keep supervision with the group's mentoring coordinator every two months while I
      mentor, bring one recorded or observed session a year to it, and join the group's mentors'
      peer group which meets each quarter. I'll also use Megginson's idea of reviewing the
      relationship itself, not just the goals, at the midpoint of each programme."""),

    H(2, "Declaration"),
    P("By submitting I confirm that this assignment is my own work. Ruth Ashdown, 21 March"),
]

CASE = Case(
    name="za_b_md36_casino_md",
    unit="MD36",
    kind="numbered-unstyled",
    files=[SourceFile("MD36 mentoring diary - R Ashdown.md", BLOCKS)],
    labels={},
    expected_checks={
        "declaration": True,
        "evidence_matrix": None,
        "identifying": ["K. Lindqvist", "07712 408551", "ellie.prout@hotmail.co.uk"],
        # M1 950 (running total 16h10 wrong from 22 Jan: 12h00 + 1h20 = 13h20, not 13h40);
        # M2 60+80+90+70+150+60+90+50 = 650 (14 Nov DNA; 6 Feb record is the same session);
        # M3 75+60 = 135 (left); M4 75+90+60+100+75+60+45+90 = 595 (9 Dec moved);
        # joint 20 Nov 120 once.  2450 = 40h50 (her summary 41h10).
        # Not: New Year's Eve shadowing, bar check-ins, the 15-minute chat after close.
        "minutes": 2450,
        "sessions": 30,
        "individuals": 4,
        # Tutorial 1 90 + supervision 60 + supervision 75 (17 Jan cancelled) + debrief 30
        # + Tutorial 2 40 = 295; Tutorial 3 booked.
        "supervision_minutes": 295,
    },
    about="City-centre casino operations manager; MD36 Markdown diary with each of four mentees recorded differently (table with a running total that slips by 20 min and feeds a wrong summary, bulleted diary in words and symbols, a paragraph, a mixed clock/duration table), a mentee who leaves after two sessions and her replacement, a joint floor walk, a floor-short cancellation, a DNA, an observed session recorded twice, shadowing, check-ins and a chat not counted, supervision cancelled by snow; initial+surname, a mobile and a personal e-mail planted.",
)
