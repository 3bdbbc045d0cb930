"""8587-302 extended coaching: a coach holiday firm's head of tour managers, plain text, clean.

Craig Pennock is Head of Tour Managers at Heritage Coach Holidays, a coach tour operator based in
Bristol that runs five- to eight-day tours around Britain, mostly for older passengers. He coaches
two newly appointed Tour Managers (the person who leads the group on tour, alongside the driver),
"Coachee A" and "Coachee B" ("A" and "B" in the log). One .txt file typed in a text editor:
capitalised headings with the AC number after them, short paragraphs, and the coaching log under
"RECORDS 2.4" as one line per contact in date order (dd/mm, coachee, where, duration, notes), each
month ending with a "Month: X running total Y" line. Declaration at the end; no evidence matrix.

Traps: durations as "30 mins", "0930-1045", "1400-1445", "1h15", "1 hr", "90'", "2 x 40 mins
(0800-0840 and 1100-1140)" which he calls one session in two halves, "60 mins (actually 50, we
started late)", "1hr 30 (should say 1hr 10 - typo)", "1.75 hrs", "1 h 20 m", "45 mins", "55 mins";
A's chemistry meeting "Counted" but B's "chemistry chat ... not counted"; a three-way contracting
meeting with B and her line manager (counts; the manager is not a coachee); a B DNA and an A
cancellation (called out to cover a tour); his March month line uses the typo'd 1hr 30, so his
running totals end 20 minutes high ("14 h 40"); a phone session while A was on tour in Inverness;
a 2-hour customer care refresher for ten tour managers and drivers he says is training, not
coaching; a third supervision booked for after hand-in.

Clean: his own name; Coachee A/B; B's line manager and his tutor by role; Heritage Coach Holidays,
Bristol, Inverness, the Lake District; GROW, OSKAR, the Wheel of Life, Belbin, the Thomas-Kilmann
conflict instrument, Hawkins and Smith's seven-eyed model.

Practice truth (the log):
  A: 08/01 chemistry "30 mins" "Counted" = 30; 15/01 0930-1045 = 75 (contract, goals);
     29/01 "1h15" = 75; 12/02 "90'" = 90; 26/02 cancelled -> excluded;
     04/03 "60 mins (actually 50, we started late)" = 50; 18/03 "1.75 hrs" = 105;
     01/04 phone, on tour in Inverness, "45 mins" = 45.
     30 + 75 = 105, + 75 = 180, + 90 = 270, + 50 = 320, + 105 = 425, + 45 = 470 (7 sessions).
  B: 09/01 chemistry "20 mins - not counted" -> excluded (his word);
     16/01 three-way contract 1400-1445 = 45; 30/01 "1 hr" = 60; 13/02 DNA -> excluded;
     20/02 "2 x 40 mins" one session in two halves = 80; 05/03 "1hr 30 (should say 1hr 10 -
     typo)" = 70; 19/03 "1 h 20 m" = 80; 02/04 "55 mins" = 55.
     45 + 60 = 105, + 80 = 185, + 70 = 255, + 80 = 335, + 55 = 390 (6 sessions).
  minutes 470 + 390 = 860; sessions 7 + 6 = 13; individuals 2 (A, B).
  By month: Jan 30 + 75 + 45 + 75 + 60 = 285 (his "4 h 45", right); Feb 90 + 80 = 170 (his
  "2 h 50", right; running 455 = "7 h 35"); Mar 50 + 70 + 105 + 80 = 305, his "5 h 25" = 325 uses
  90 for 05/03 (running "13 h 00" should be 12 h 40 = 760); Apr 45 + 55 = 100 (his "1 h 40";
  running "14 h 40" should be 14 h 20 = 860).
  Not: B's chemistry chat; the customer care refresher (2 hrs, ten tour managers and drivers incl.
  A and B, "training not coaching"); 13/02 DNA; 26/02 cancelled.
  Supervision: 06/02 tutor 1:1 0800-0900 = 60; 12/03 group supervision on Zoom "1 h 30" = 90;
  23/04 booked, after hand-in -> excluded.  60 + 90 = 150.
"""

from corpus.case import Case, P, SourceFile

BLOCKS = [
    P("ILM LEVEL 3 CERTIFICATE IN EFFECTIVE COACHING AND MENTORING"),
    P("UNIT 8587-302 UNDERTAKING AN EXTENDED PERIOD OF COACHING - CRAIG PENNOCK"),
    P("""Head of Tour Managers, Heritage Coach Holidays, Bristol. We run coach tours of five to eight
      days all over Britain, mostly for retired people, and I look after 28 tour managers (the TM is
      the person who leads the group on tour, does the commentary and sorts out everything that
      isn't driving). I have coached two of my newly appointed TMs. I call them Coachee A and
      Coachee B, or A and B in the log."""),

    P("PLAN - 1.1"),
    P("""The plan was 12 hours minimum, split over the two of them, January to April. Our rotas are
      the problem: a TM is away for a week on tour then home for a few days, and in the season
      they can be out three weeks in four. So I could not fix a weekday. Instead I put a coaching
      slot into each of their rotas as an office day every fortnight, so it is paid time and the
      tours desk cannot send them out on a tour without asking me first. Each slot is blocked as
      2 hours on the rota but I aimed for about an hour of coaching with the rest for them to do
      the actions. Where: the training room upstairs at the depot, not the drivers' rest room,
      which is too busy and everyone knows everyone. Phone sessions allowed if someone is away on
      tour. Resources: a coaching notebook each, the GROW and OSKAR sheets, the Wheel of Life,
      their tour audit reports. I planned 7 sessions each at roughly an hour = 14 hours, so I had
      2 hours spare for cancellations, which in this job you need."""),

    P("TOPICS AND GOALS - 1.2"),
    P("""A's topics came from her first tour audit and from her Wheel of Life: confidence with
      difficult passengers and taking charge when the driver is older and more experienced than
      her. Goals she set: (1) to handle the next passenger complaint on tour without ringing the
      office unless it goes past a refund request, (2) to run her own welcome briefing on the
      first morning in under 10 minutes with every passenger hearing the safety points, by the
      end of March. B's topics were about her own workload. She said she tries to do everyone's
      job, including loading the luggage. Goals: (1) to hand the rooming list and the luggage
      over to the hotel and driver completely on every tour by March, (2) to get 'meets standard'
      or better on her next tour audit. Both sets of goals were written by them in their
      notebooks, not by me, and we looked at them again in every session."""),

    P("CONTRACT 1.3"),
    P("""With A I did the contract in the second session on 15/01 using the ILM coaching agreement.
      With B I had a three way meeting with her and her line manager (the Senior Tour Manager
      for the coastal programme) on 16/01, because B had been told she needed coaching after a
      passenger complaint and I wanted everyone clear what it was and what it was not. In the
      contract we agreed: confidential between coach and coachee, except anything that is about
      passenger safety or safeguarding, which has to be reported under our incident policy
      (we carry a lot of elderly and vulnerable passengers); that nothing said in coaching goes
      into tour audits or appraisals; that the line manager only gets told whether sessions are
      happening; how to cancel (48 hours notice unless the rota changes). I was careful that B
      could see the line manager leave the room before we talked about the complaint itself.
      Both contracts are signed and kept in my locked cabinet."""),

    P("TOOLS 2.1"),
    P("""Wheel of Life with both at the start, which for A showed work confidence at 3 out of 10 but
      everything else 7 or 8, so it was clearly a work issue, not life. Belbin: B came out as a
      Completer Finisher and Implementer, which she said explained why she can't let go of the
      luggage. A did the Thomas-Kilmann conflict instrument in session 3 and was high on
      Accommodating and low on Competing, which is exactly the complaining passenger problem,
      she gives in too early and then has to ring the office. The tour audit reports were useful
      because they are done by a mystery passenger, so they are independent. I did not use the
      tools to label them, I used them to start a conversation, and I asked them what they made
      of the results before saying anything myself."""),

    P("MODEL 2.2"),
    P("""I used GROW for most sessions. With B I switched to OSKAR from March, because she is very
      solution focused and GROW kept dragging her back into the problem. OSKAR's scaling
      question worked really well for her: 'on a scale of 1 to 10 where is your handing over on
      a normal tour?' She said 4. 'What would make it a 5?' She said giving the driver the
      luggage list the night before instead of on the morning. That tiny step was what actually
      moved her goal on."""),

    P("KNOWLEDGE SKILLS AND BEHAVIOURS 2.3"),
    P("""Knowledge: the two models, the tools, and the job, because I was a TM for 9 years. The
      danger is that I know the answer to nearly everything they bring, so I made a rule for
      myself that I do not tell them what I would do unless they ask twice. Skills: questioning
      (open, then probing, then a summary), active listening, silence, reflecting back.
      Behaviours: being non judgemental, especially with B because of the complaint, and keeping
      boundaries. Ethics: I am their manager's manager, so I have power over both of them. I was
      open about that in the contract, and I stuck to it when A told me something a driver had
      said to a passenger that I would normally act on; I took it to supervision instead of to
      the transport manager. When B told me she was not sleeping on tour I asked whether she
      wanted signposting to the employee assistance line and she did, so I gave her the number
      and left it with her."""),

    P("RECORDS 2.4 (log at the end of this section)"),
    P("""Every contact from the first chemistry meeting to the last review is in the log below, typed
      up from my notebook on the day. Dates are dd/mm. I have put a monthly total and a running
      total at the end of each month so I could see I was on track for the 12 hours. Notes from
      each session (goal, what came up, actions, their score out of 10) are in the coaching
      notebooks."""),
    P("COACHING LOG"),
    P("JANUARY"),
    P("08/01 - A - drivers' rest room - 30 mins - chemistry, what coaching is, does she want it. Counted"),
    P("09/01 - B - drivers' rest room - 20 mins - chemistry chat - not counted, just to see if we got on"),
    P("15/01 - A - training room - 0930-1045 - contract, Wheel of Life, goals"),
    P("16/01 - B + her line manager - training room - 1400-1445 - three way contract meeting"),
    P("29/01 - A - training room - 1h15 - GROW on her first tours as TM, Thomas-Kilmann"),
    P("30/01 - B - training room - 1 hr - Belbin, what kind of TM she wants to be, goals"),
    P("January: 4 h 45 running total 4 h 45"),
    P("FEBRUARY"),
    P("12/02 - A - training room - 90' - the drunk passenger on the Lake District tour, what she did"),
    P("13/02 - B - DNA - swapped tours with another TM and forgot, rebooked"),
    P("""20/02 - B - training room - 2 x 40 mins (0800-0840 and 1100-1140) - one session in two halves,
      she had to meet a coach departure in between so we picked it up after she was back"""),
    P("26/02 - A - cancelled - A called out to cover a tour, another TM off sick"),
    P("February: 2 h 50 running total 7 h 35"),
    P("MARCH"),
    P("04/03 - A - training room - 60 mins (actually 50, we started late) - feedback from her tour audit"),
    P("05/03 - B - training room - 1hr 30 (should say 1hr 10 - typo) - sleep on tour, OSKAR"),
    P("18/03 - A - training room - 1.75 hrs - career conversation, trainer or TM for now"),
    P("19/03 - B - training room - 1 h 20 m - her welcome talk after the tour audit"),
    P("March: 5 h 25 running total 13 h 00"),
    P("APRIL"),
    P("01/04 - A - phone - 45 mins - she was on tour in Inverness. Final review"),
    P("02/04 - B - training room - 55 mins - final review"),
    P("April: 1 h 40 running total 14 h 40"),
    P("""Not in the log: on 25/02 I ran a 2 hr customer care refresher for ten tour managers and
      drivers, both A and B were on it. That is training not coaching so it is not in my hours."""),

    P("REFLECTION ON EACH SESSION 3.1"),
    P("""I wrote three lines in my notebook after every session: what went well, what I would change,
      what I learnt about myself. Summary by session:"""),
    P("""A 08/01 and B 09/01 chemistry: both were nervous of me as the boss. Learning: say out loud
      that this is not a performance conversation."""),
    P("""A 15/01: too much time on the Wheel of Life, rushed the goals. Learning: tools are a way in,
      not the session."""),
    P("""B 16/01: the three way meeting was tense. Learning: agree with the line manager beforehand
      what she will and won't say."""),
    P("""A 29/01 and B 30/01: both good. I talked less. Learning: my best sessions are when I have
      written the questions down first."""),
    P("""A 12/02: she relived the incident and got upset. I stayed with it and didn't rush to fix it.
      Learning: coaching sometimes needs space before goals."""),
    P("""B 13/02 DNA: I was irritated. Learning: my irritation is about my plan, not her."""),
    P("""B 20/02 in two halves: actually worked, because she came back from the departure with a real
      example. Learning: coach close to the real work."""),
    P("""A 04/03: started late because of me. Learning: protect the slot."""),
    P("""B 05/03: OSKAR instead of GROW - much better for her. Learning: fit the model to the person."""),
    P("""A 18/03: she decided to stay as a TM for a season before applying to be a trainer. I had
      hoped she would apply. Learning: keep my hopes out of it."""),
    P("""B 19/03 and both final reviews: they did most of the summarising. Learning: the most useful
      thing I can do at the end is ask them what they will take away."""),

    P("FEEDBACK 3.2"),
    P("""At the end of every session I asked each coachee to score the session out of 10 and say one
      thing that would make it better, which I wrote in the notebook with the date. A's scores
      went 6, 7, 8, 9, 8, 9, 9 and B's went 5, 7, 7, 8, 9, 9. The lowest of all was B's 5 at the
      three way meeting, and her comment was 'felt like I was in trouble'. From that I learnt to
      keep stakeholders out of the actual coaching. A's comment that kept coming back was 'more
      time on what I'll do next', so I moved the action part earlier. I also asked both for a
      short written comment at the end; A wrote 'you never told me what to do, which was
      annoying at first and then brilliant'."""),

    P("COMMUNICATION 3.3"),
    P("""Questioning: I looked back at my notes and I still ask 'have you thought about...?' which is
      advice dressed as a question. Over the sessions I got that down. Listening: the 12/02
      session with A showed me I can listen without jumping in; at the start of January I could
      not. Feedback: I gave B feedback on her welcome talk using what the mystery passenger had
      written, specific and about behaviour, and she said it was the first time anyone had told
      her what was good about it, not just what was wrong. My tutor said in supervision that I
      summarise well but too often, which breaks their flow, so now I summarise at the end of
      each GROW stage only."""),

    P("SUPERVISION 3.4"),
    P("""Supervision 1 - 06/02, 0800-0900, one to one with my tutor at the depot office. I brought the
      power issue (being their boss and their coach) and what A had told me about the driver. My
      tutor asked what my contract said, and whether the issue was about passenger safety. It
      was not, so it stayed in the session, and I encouraged A to raise it with the driver
      herself if she wanted, which she did. Outcome: I wrote a one line reminder of the
      confidentiality boundary into my session plan."""),
    P("""Supervision 2 - 12/03, group supervision on Zoom with my tutor and two other learners, 1 h
      30. We used Hawkins and Smith's seven-eyed model and I took eye 4, me as coach. The other
      learners spotted that I describe B's goals in my words and A's in hers, which suggested I
      still see B as a problem to fix because of the complaint. Outcome: switch to OSKAR with B,
      and stop reading the complaint file before sessions."""),
    P("""A third supervision is booked for 23/04, after I hand this in. What supervision has done to
      my practice is make me see my own agenda in the room."""),

    P("DECLARATION"),
    P("""I declare that this is my own work and that the coaching recorded here took place.
      Craig Pennock, 14/04"""),
]

CASE = Case(
    name="za_a_8587_302_coach_tours_txt",
    unit="8587-302",
    kind="numbered-unstyled",
    files=[SourceFile("CPennock_302.txt", BLOCKS)],
    labels={
        "1.1": "I put a coaching slot into each of their rotas as an office day",
        "1.2": "to run her own welcome briefing on the first morning in under 10 minutes",
        "1.3": "B could see the line manager leave the room",
        "2.1": "which is exactly the complaining passenger problem",
        "2.2": "That tiny step was what actually moved her goal on",
        "2.3": "I do not tell them what I would do unless they ask twice",
        "2.4": "typed up from my notebook on the day",
        "3.1": "my irritation is about my plan, not her",
        "3.2": "I learnt to keep stakeholders out of the actual coaching",
        "3.3": "advice dressed as a question",
        "3.4": "make me see my own agenda in the room",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        "identifying": [],
        # A: 30 (chemistry, "Counted") + 75 + 75 + 90 + 50 ("actually 50") + 105 + 45 = 470.
        # B: 45 (three-way contract) + 60 + 80 (2 x 40, one session) + 70 ("should say 1hr 10")
        # + 80 + 55 = 390.  470 + 390 = 860.  Not: B's chemistry chat ("not counted"), the
        # refresher (training), 13/02 DNA, 26/02 cancelled.  His "14 h 40" uses the typo'd 90.
        "minutes": 860,
        "sessions": 13,
        "individuals": 2,
        # 06/02 0800-0900 = 60; 12/03 group Zoom 1 h 30 = 90; 23/04 only booked.
        "supervision_minutes": 150,
    },
    about="Coach holiday firm's head of tour managers coaching two new tour managers; 302 plain text, one dated line per contact with monthly running-total lines, one chemistry counted and one not, a three-way contract, a session in two halves, an 'actually 50' and a 'should say 1hr 10 - typo' whose total still uses the typo, a phone session from a tour, DNA and cancelled lines, a refresher not counted; clean.",
)
