"""8587-302 extended coaching: a council crematorium's bereavement services team leader, DOCX with no heading styles.

Sian Pritchard is Bereavement Services Team Leader at Fernhill Crematorium, run by the borough
council. From January to April 2024 she coaches "CA", newly promoted to Senior Crematorium
Technician, and "CB", a Bereavement Services Officer who wants to deputise for Sian in the office.
She typed it in Word without using heading styles: a title line, her details as plain lines,
every criterion as a plain numbered line ("1.1 The plan") followed by her answer, the coaching
log under 2.4 as one table per month with brought-forward and carried-forward rows, two session
records, a supervision table under 3.4 and the "By submitting" line. No evidence matrix.

Traps: the monthly tables have Planned and Held columns and "B/f" and "Month total" / "C/f"
rows; durations "30 mins", "10:00–11:30", "1 hr 20", "50m", "14:00–15:15", "an hour",
"13:00–14:10", "1 hr 30", "09:30–10:45", "1¼ hrs", "55 mins", "40 mins", "1 hr 10",
"10:00–11:00", "14:00–15:00" and "an hour and a bit" (its session record gives 11:00 to 12:10,
70 minutes). CA's 9 January chemistry chat is on the log as "30 mins – not counting, he hadn't
agreed yet" (excluded: her word). CB's 25 January postponed (a large funeral needed every member
of staff) and held on 5 February; CB's 14 March a DNA; CB's 28 March a three-way mid-point review
with her and the Bereavement Services Manager (counts: a session with the coachee); CA's 27
February observed by the tutor (counts) with a 30-minute debrief (supervision); a follow-up with
CB booked for May, after hand-in. Her March month total is "4 hrs 15" (it is 4 hrs 5), so her
carried-forward "12 hrs 50" and final "Total 17 hrs 10" are 10 minutes too high. CB came to a
funeral directors' liaison meeting to watch Sian chair it: not coaching, she says. Supervision:
two one-to-one tutor sessions, the observation debrief, and a two-hour group tutorial on Teams
she lists in her supervision table ("each of us brought a coaching case").

Clean: no planted details. Her own name; CA/CB; her tutor Neil Hartigan (details lines and
supervision table); the Bereavement Services Manager by title; Fernhill Crematorium, the
borough council, the funeral directors (no firm named); OSCAR (Gilbert and Whittleworth),
Thomas-Kilmann, the wheel of work, the employee assistance programme.

Declaration: "By submitting I confirm that this assignment is my own work. Sian Pritchard":
True. Evidence matrix: none: False.

Practice truth (2.4 monthly tables, Held / Length):
  Jan  Tue 9 Jan CA "30 mins – not counting"  -> excluded
       Tue 16 Jan CA 10:00-11:30 = 90; Thu 18 Jan CB "1 hr 20" = 80; Thu 25 Jan CB postponed -> no;
       Tue 30 Jan CA "50m" = 50.                            90 + 80 + 50 = 220 (her "3 hrs 40": right)
  Feb  B/f row -> no. Mon 5 Feb CB 14:00-15:15 = 75; Tue 13 Feb CA "an hour" = 60;
       Tue 27 Feb CA 13:00-14:10 observed = 70; Thu 29 Feb CB "1 hr 30" = 90.
                                               75 + 60 + 70 + 90 = 295 (her "4 hrs 55": right)
       C/f 220 + 295 = 515 (her "8 hrs 35": right)
  Mar  B/f row -> no. Tue 12 Mar CA 09:30-10:45 = 75; Thu 14 Mar CB DNA -> no;
       Thu 21 Mar CB "1¼ hrs" = 75; Tue 26 Mar CA "55 mins" = 55;
       Thu 28 Mar CB three-way review "40 mins" = 40.
                                               75 + 75 + 55 + 40 = 245 (her "4 hrs 15" = 255: wrong)
       C/f 515 + 245 = 760 (her "12 hrs 50" = 770: wrong)
  Apr  B/f row -> no. Tue 9 Apr CA "1 hr 10" = 70; Thu 11 Apr CB 10:00-11:00 = 60;
       Tue 23 Apr CA 14:00-15:00 = 60; Thu 25 Apr CB "an hour and a bit" (record 11:00 to 12:10)
       = 70; Thu 9 May CB booked -> no.       70 + 60 + 60 + 70 = 260 (her "4 hrs 20": right)
  220 + 295 = 515, + 245 = 760, + 260 = 1020.
  minutes 1020 (17 hrs 00); sessions 3 + 4 + 4 + 4 = 15; individuals 2 (CA, CB).
  Her "Total 17 hrs 10" carries the March error.
  Not: the chemistry chat, the liaison meeting CB watched, the B/f, month total and C/f rows, the
  two session records (27 Feb and 25 Apr again).
  Supervision: Wed 7 Feb Teams "1 hr" = 60; Tue 27 Feb debrief 14:15-14:45 = 30; Mon 18 Mar group
  tutorial on Teams 10:00-12:00 = 120; Wed 3 Apr "1 hr 15" = 75.
  60 + 30 = 90, + 120 = 210, + 75 = 285.
  supervision_minutes 285.
"""

from corpus.case import Case, P, SourceFile, T

BLOCKS = [
    P("ILM Level 3 Certificate in Effective Coaching and Mentoring"),
    P("Unit 302 Undertaking an Extended Period of Coaching within an Organisational Context"),
    P("Learner: Sian Pritchard"),
    P("Job title: Bereavement Services Team Leader, Fernhill Crematorium (borough council)"),
    P("Tutor: Neil Hartigan"),
    P("Coachees: CA (Senior Crematorium Technician) and CB (Bereavement Services Officer)"),
    P("Introduction"),
    P("""Fernhill carries out around 2,400 cremations a year with two cremators, two chapels and a
      team of eleven: technicians, chapel attendants and the office. In December two of the team
      moved into bigger roles at once. CA was promoted to Senior Crematorium Technician after eight
      years as a technician and is now responsible for the cremators, the maintenance contractor
      and the technicians' rota. CB is a Bereavement Services Officer who takes bookings from
      funeral directors and deals with families, and has asked to deputise for me in the office.
      Both asked for coaching when I said I was doing this course. Our working day is fixed by the
      service diary – services every 40 minutes from 9:20 – so every session had to fit around
      funerals."""),

    P("1.1 The plan"),
    P("""My plan was two coachees, eight sessions each, roughly 75 minutes a time, over January to
      April, giving about 20 hours on paper for the 12 required, because I knew some would be
      lost to the diary. CA on Tuesdays (the lightest service day), CB on Thursdays after the
      morning bookings. We meet in the small interview room off the office, which families use
      for arranging and which is quiet outside arranging times, with the phone diverted. I
      prepared an agreement, a goals sheet, the wheel of work and the Thomas-Kilmann
      questionnaire, and a notebook for each of them to keep. I also planned to review halfway
      through, with CB's manager present for CB because the deputising role is his decision."""),
    P("1.2 Goals and topics"),
    P("""CA's goals: to manage the contractor for the cremator reline in April without me in the
      meetings, and to write the technicians' rota for the second quarter himself, fairly, with no
      swaps left unfilled. CB's goals: to deal with a funeral director's complaint from start to
      finish on her own, to deputise for me one day a week from April, and to say no to a family's
      request she can't meet without feeling she has let them down. We agreed these in the first
      two sessions with each of them after the wheel of work (CA) and the questionnaire (CB). They
      are all things the service needs, which is how I got the Bereavement Services Manager to
      agree to the time."""),
    P("1.3 Contract"),
    P("""The coaching agreement was signed by each of us, and for CB by the Bereavement Services
      Manager as stakeholder. It covers confidentiality – what we say stays in the room unless
      there's a risk to someone or a breach of the cremation regulations – and that I won't bring
      anything from coaching into their supervision or appraisal, even though I'm their manager.
      Because of how our days work we agreed the service diary comes first, and a session moved for
      a funeral is moved within the week, not dropped. CB's three-way meeting at the halfway point
      was in the agreement from the start so it wasn't a surprise."""),

    P("2.1 Diagnostic tools"),
    P("""CA used a wheel of work (eight areas of the senior technician role, score 1–10). He scored
      himself 9 on the cremators and 3 on 'managing outside people', which is the contractor, so
      that went straight into his first goal. CB did the Thomas-Kilmann conflict questionnaire and
      came out very high on accommodating and low on competing, which explained why complaints
      from funeral directors ended up on my desk – she gives way and then passes it up. Seeing that
      in black and white helped her choose the complaint goal herself."""),
    P("2.2 Coaching model"),
    P("""I used OSCAR (Outcome, Situation, Choices and consequences, Actions, Review) from Gilbert and
      Whittleworth. I chose OSCAR because it starts with the outcome and then looks at consequences,
      which suits people who work somewhere where a mistake can't be undone. With CA it worked
      well: in the 12 March session the Choices stage is where he decided to write a one-page brief
      for the contractor rather than phone them. With CB the Review stage at the start of each
      session was the most useful part, because she could see she had actually done the action."""),
    P("2.3 Skills, knowledge and behaviours, and ethics"),
    P("""I had to be careful about boundaries. On 29 February CB told me she was finding the baby
      funerals hard and not sleeping. Coaching is not counselling and I am not trained for that, so
      I said so, gently, and we talked about the employee assistance programme, which she rang
      that week. We kept the coaching on her goals. Other behaviours I worked on were staying
      non-judgemental with CA when his rota idea was one I thought wouldn't work (it did), and
      being honest that I am also their manager. My questioning and listening skills are in 3.3."""),
    P("2.4 Records"),
    P("""First contact was a conversation with each of them in December and an e-mail with the
      agreement. I kept the log month by month in a Word table, with the total carried from one
      month to the next so I could see how far I'd got towards 12 hours, and a notebook page per
      session. Two of the session records follow the log."""),
    P("January"),
    T(
        ["Date", "Coachee", "Planned", "Held", "Length", "Notes"],
        ["Tue 9 Jan", "CA", "–", "Held", "30 mins", "Chemistry chat – not counting, he hadn't agreed yet"],
        ["Tue 16 Jan", "CA", "10:00", "10:00–11:30", "90 mins", "Agreement signed; wheel of work"],
        ["Thu 18 Jan", "CB", "11:00", "Held", "1 hr 20", "Agreement; questionnaire"],
        ["Thu 25 Jan", "CB", "11:00", "Postponed – large funeral, all staff needed", "–", "Moved to Mon 5 Feb"],
        ["Tue 30 Jan", "CA", "10:00", "Held", "50m", "Contractor goal"],
        ["", "", "", "Month total", "3 hrs 40", ""],
    ),
    P("February"),
    T(
        ["Date", "Coachee", "Planned", "Held", "Length", "Notes"],
        ["", "", "", "B/f", "3 hrs 40", ""],
        ["Mon 5 Feb", "CB", "14:00", "14:00–15:15", "", "Rebooked from 25 Jan; complaint goal"],
        ["Tue 13 Feb", "CA", "10:00", "Held", "an hour", "Rota"],
        ["Tue 27 Feb", "CA", "13:00", "13:00–14:10", "", "Observed by Neil – see record"],
        ["Thu 29 Feb", "CB", "11:00", "Held", "1 hr 30", "First complaint handled; EAP"],
        ["", "", "", "Month total", "4 hrs 55", ""],
        ["", "", "", "C/f", "8 hrs 35", ""],
    ),
    P("March"),
    T(
        ["Date", "Coachee", "Planned", "Held", "Length", "Notes"],
        ["", "", "", "B/f", "8 hrs 35", ""],
        ["Tue 12 Mar", "CA", "09:30", "09:30–10:45", "", "Contractor brief"],
        ["Thu 14 Mar", "CB", "11:00", "DNA – she forgot, training day", "–", ""],
        ["Thu 21 Mar", "CB", "11:00", "Held", "1¼ hrs", "Saying no to families"],
        ["Tue 26 Mar", "CA", "10:00", "Held", "55 mins", "Q2 rota done"],
        ["Thu 28 Mar", "CB", "11:00", "Three-way with the Bereavement Services Manager", "40 mins", "Mid-point review; deputising from April agreed"],
        ["", "", "", "Month total", "4 hrs 15", ""],
        ["", "", "", "C/f", "12 hrs 50", ""],
    ),
    P("April"),
    T(
        ["Date", "Coachee", "Planned", "Held", "Length", "Notes"],
        ["", "", "", "B/f", "12 hrs 50", ""],
        ["Tue 9 Apr", "CA", "10:00", "Held", "1 hr 10", "Reline week 1 – he ran the meetings"],
        ["Thu 11 Apr", "CB", "10:00", "10:00–11:00", "", "First deputising day"],
        ["Tue 23 Apr", "CA", "14:00", "14:00–15:00", "", "Final – review of goals"],
        ["Thu 25 Apr", "CB", "11:00", "Held", "an hour and a bit", "Final – see record"],
        ["Thu 9 May", "CB", "11:00", "Booked (follow-up)", "", "After I hand this in"],
        ["", "", "", "Month total", "4 hrs 20", ""],
        ["", "", "", "Total", "17 hrs 10", ""],
    ),
    P("""On 7 March CB came with me to the quarterly funeral directors' liaison meeting to watch how I
      chair it, because she'll have to one day. That was her idea and it was useful but it wasn't
      coaching, so it's not in the log."""),
    P("Session record – CA, Tuesday 27 February (observed by Neil Hartigan)"),
    T(
        ["Time", "13:00 to 14:10, interview room"],
        ["Outcome", "CA: a rota for April–June that he can defend to the technicians"],
        ["Situation", "Two technicians always get the Saturday cover; one has complained"],
        ["Choices", "Rotate Saturdays; ask for volunteers first; pay incentive (not his to give)"],
        ["Actions", "Draft a rotating rota and show it to both technicians before it goes up"],
        ["Review", "Next session – how they reacted. Score 7/10"],
    ),
    P("Session record – CB, Thursday 25 April"),
    T(
        ["Time", "11:00 to 12:10, interview room"],
        ["Outcome", "CB: to look back at her three goals and decide what's next"],
        ["Situation", "Complaint handled alone (Feb); deputised twice; said no to a family asking for a later time and they thanked her"],
        ["Choices", "Stop; carry on monthly; a follow-up in May"],
        ["Actions", "One follow-up in May; she'll apply for the registrar training"],
        ["Review", "Score 10/10 – 'I didn't think I could do any of this in January'"],
    ),

    P("3.1 Reflection on each session"),
    P("""After each session I wrote a short reflection in my notebook (what happened, what I felt,
      what I'd do differently). The main learning: in January I talked too much, because I'm used to
      explaining things to families. In February, with CB's disclosure, I learnt where coaching
      stops. In the observed session I learnt that I rescue people when they go quiet – Neil counted
      four times I filled a silence that CA was about to fill. In March the DNA annoyed me more than
      it should have, and the three-way review showed me CB was more confident in front of her
      manager than with me. In April I mostly asked and listened, and both of them did the
      summarising, which I take as the biggest change in me."""),
    P("3.2 Feedback"),
    P("""I asked each coachee for a score on a scale of one to ten at the end of every session and
      one sentence on what helped; the scores are on my notebook pages and in the session records.
      CA's scores went from 5 to 9, CB's from 6 to 10. The lowest was CA's 5 in January ('too many
      forms'), after which I stopped bringing paperwork to sessions. The Bereavement Services
      Manager's feedback at the three-way review was that CB 'sounds like a deputy now'. The
      contractor told CA the reline briefing was the clearest they'd had from any site, which he
      passed on to me, pleased."""),
    P("3.3 Communication skills"),
    P("""Questioning: I moved from closed to open questions over the four months, but I still catch
      myself slipping into the voice I use with families, soft and reassuring, which makes people
      want to be looked after rather than think. Listening: I'm a good listener in the sense of
      being patient, but Neil showed me I listen for the problem and then jump to solving it.
      Feedback: I give it warmly but vaguely. I have started saying exactly what I saw ('you asked
      the funeral director what outcome they wanted before you explained') which CB said was more
      use than 'well done'."""),
    P("3.4 Supervision"),
    T(
        ["Date", "With", "Length", "Outcomes"],
        ["Wed 7 Feb", "Neil – one-to-one (Teams)", "1 hr", "Coaching my own team; write the EAP boundary into my notes"],
        ["Tue 27 Feb", "Neil – debrief after observing CA", "14:15–14:45", "Stop rescuing; count to five"],
        ["Mon 18 Mar", "Group tutorial (Teams), Neil and five learners", "10:00–12:00", "Each of us brought a coaching case; mine was the DNA"],
        ["Wed 3 Apr", "Neil – one-to-one (at Fernhill)", "1 hr 15", "Endings; my development plan"],
    ),
    P("""I count the group tutorial as supervision because we each brought a coaching case and Neil
      supervised the discussion. The outcomes that changed my practice: in February, to write down
      where coaching ends and the EAP starts before it came up again; after the observation, to stop
      rescuing. In the group tutorial, Neil's challenge was that I was coaching the problem, not the
      person, which made me ask CB how she was finding the role, not just how the complaint went.
      In April we planned how to end well, which is why both final sessions were reviews, and my
      plan to coach one of the chapel attendants next year."""),
    P("By submitting I confirm that this assignment is my own work. Sian Pritchard"),
]

CASE = Case(
    name="ze_a_8587_302_crematorium_docx",
    unit="8587-302",
    kind="numbered-unstyled",
    files=[SourceFile("Sian Pritchard Unit 302 Coaching.docx", BLOCKS)],
    labels={
        "1.1": "two coachees, eight sessions each, roughly 75 minutes",
        "1.2": "manage the contractor for the cremator reline",
        "1.3": "we agreed the service diary comes first",
        "2.1": "did the Thomas-Kilmann conflict questionnaire",
        "2.2": "I chose OSCAR because it starts with the outcome",
        "2.3": "Coaching is not counselling and I am not trained for that",
        "2.4": "I kept the log month by month in a Word table",
        "3.1": "I rescue people when they go quiet",
        "3.2": "a score on a scale of one to ten",
        "3.3": "slipping into the voice I use with families",
        "3.4": "I was coaching the problem, not the person",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        "identifying": [],
        # Jan 90 + 80 + 50 = 220 (not the 30-min chemistry chat she doesn't count, 25 Jan postponed);
        # Feb 75 + 60 + 70 (observed) + 90 = 295; Mar 75 + 75 (1¼ hrs) + 55 + 40 (three-way) = 245
        # (14 Mar DNA); Apr 70 + 60 + 60 + 70 ("an hour and a bit" = 11:00 to 12:10) = 260 (9 May booked).
        # 220 + 295 + 245 + 260 = 1020.  Her March "4 hrs 15" (255) makes C/f 12 hrs 50 and "Total
        # 17 hrs 10" 10 too high.  B/f, month total, C/f rows and the two records not added.
        "minutes": 1020,
        "sessions": 15,
        "individuals": 2,
        # 60 (7 Feb) + 30 (debrief 14:15-14:45) + 120 (group tutorial 10:00-12:00) + 75 (1 hr 15) = 285.
        "supervision_minutes": 285,
    },
    about="Council crematorium's bereavement services team leader coaching two staff; 302 in Word with no heading styles, a month-by-month log with B/f, month total and C/f rows and a wrong March total carried to the end, a chemistry chat she doesn't count, a postponement, a DNA, a three-way review, an observed session and a final 'hour and a bit' timed in its record, a group tutorial in the supervision table, no evidence matrix; clean.",
)
