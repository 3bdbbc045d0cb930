"""MD36 workplace mentoring diary: an airline base's cabin crew manager, DOCX with a log in block-time h:mm.

Gareth Pryce is a Base Cabin Crew Manager for Skyline Atlantic at Manchester. He mentors newly
promoted Cabin Managers (the senior crew member on a flight): CM1, CM2 and CM3 from January; CM2
leaves for another airline at the end of February and CM4, promoted in March, takes his place.
The diary is a Word document under the task's four sub-headings, with a contract extract and a
pasted feedback message, then a log laid out month by month, one table a month, durations in
"block time" h:mm as airline people write them, with a month subtotal, brought-forward and running
total rows under each table, and the tutorials in prose at the end.

Traps: sessions in the crew room, on Teams and "down-route" in hotels in Orlando, Dubai,
Barbados and New York; a cancelled row (rostered to a flight) and a later one (strike disruption);
a DNA row with 0:00; two group sessions (three mentees each, counted once each); a line check
flight he says he does not count, only the 0:45 debrief after it; CM4's first coffee marked
"(n/c)" that he still adds into the March subtotal (9:20 for a true 8:50), so every running total
after it is 30 minutes high and his grand total 37:40 is wrong; a planned final row in May; a
one-hour session with CM4 in the Orlando hotel in prose only ("I haven't added it to the log").
Tutorials: a group tutorial, the observation debrief, a one-to-one as a clock range, and one
still booked.

Planted (left in): CM1's personal mobile "07700 914283" in the contract extract; CM3's full name
"Sophie Lindqvist" signing off a pasted feedback message; CM4's full name "Tom Hendry" on the
signature line of his agreement. Not identifying: his own name, CM1-CM4, the airline, Manchester
and the down-route cities, his tutor by role, Clutterbuck, GROW, Kolb, Hawkins and Shohet's
seven-eyed model, the CRM and line check terms.

Practice truth (block time; the log tables plus the prose session):
  Jan: 08 CM1 1:00 = 60 (contracting: counts); 09 CM2 0:50 = 50; 11 CM3 1:10 = 70; 17 CM1 2:00 = 120
       (Orlando); 23 CM3 1:30 = 90; 24 CM2 cancelled (rostered) -> excluded; 30 CM2 1:15 = 75.
       60 + 50 = 110, + 70 = 180, + 120 = 300, + 90 = 390, + 75 = 465 (7:45, his subtotal right).
  Feb: 06 CM1 1:20 = 80; 07 CM3 2:30 = 150 (Dubai); 13 CM1+CM2+CM3 workshop 3:00 = 180 (once);
       20 CM2 1:00 = 60 (his last); 21 CM3 DNA 0:00 -> excluded; 27 CM1 line check, flight not
       counted, debrief 0:45 = 45.
       80 + 150 = 230, + 180 = 410, + 60 = 470, + 45 = 515 (8:35 right; running 16:20 right).
  Mar: 05 CM4 coffee 0:30 "(n/c)" -> excluded, his word; 06 CM1 1:30 = 90; 12 CM4 contracting 1:20
       = 80; 14 CM3 1:05 = 65 (Teams); 20 CM1 2:15 = 135 (Barbados); 26 CM4 1:00 = 60 (observed);
       28 CM3 1:40 = 100.
       90 + 80 = 170, + 65 = 235, + 135 = 370, + 60 = 430, + 100 = 530 (8:50).  His subtotal 9:20
       (= 560, with the n/c 0:30), running 25:40 (true 25:10).
  Apr: 03 CM4 1:15 = 75; 10 CM1 cancelled (strike disruption) -> excluded; 11 CM3 1:50 = 110 (JFK);
       17 CM1+CM3+CM4 peer case review 2:30 = 150 (once); 24 CM4 1:10 = 70; 25 CM1 1:00 = 60.
       75 + 110 = 185, + 150 = 335, + 70 = 405, + 60 = 465 (7:45 right); his running 33:25 (true
       32:55).
  May: 02 CM3 1:30 = 90; 08 CM4 1:25 = 85; 15 CM1 1:20 = 80; 22 CM4 planned (1:00) -> excluded.
       90 + 85 + 80 = 255 (4:15 right).  His GRAND TOTAL 37:40; true 32:55 + 4:15 = 37:10 = 2230.
  Prose: 19 April, Orlando hotel, CM4, "a proper session, an hour" = 60 (not in his log or total).
  minutes 2230 + 60 = 2290.
  sessions: Jan 6 + Feb 5 + Mar 6 + Apr 5 + May 3 + 1 prose = 26.
  individuals 4 (CM1, CM2, CM3, CM4; CM2 left in February, CM4 replaced him).
  Not: the line check flight itself; CM4's coffee (n/c); cancelled, DNA and planned rows; the
  subtotal, brought-forward, running and grand total rows.
  Tutorials: 31 Jan group tutorial at the training provider "2 hours" = 120; 26 Mar observation
  debrief "30 minutes" = 30; 2 May one-to-one 10:00-11:15 = 75; 29 May booked -> excluded.
  120 + 30 + 75 = 225.
"""

from corpus.case import Case, B, H, P, SourceFile, T

BLOCKS = [
    H(0, "Workplace Mentoring Diary"),
    P("""Gareth Pryce - Base Cabin Crew Manager, Skyline Atlantic, Manchester base. Mentoring period
      January to May. Mentees: newly promoted Cabin Managers, referred to as CM1, CM2, CM3 and CM4."""),
    P("""A Cabin Manager (CM) is the senior crew member on board, responsible for the cabin, the crew of
      up to 12 and the passengers, and the link to the flight deck. We promote from experienced
      crew, give them a four-day course and a line check, and then they're on their own on a
      wide-body to Orlando with 300-odd passengers. Our retention of new CMs in the first year has
      been poor, so the base set up a mentoring scheme this year and I volunteered to mentor the
      first intake as my ILM practice."""),

    H(1, "Planning and organising mentoring sessions"),
    H(2, "Preparing and planning"),
    P("""Rosters are the big problem: crew fly a pattern that changes monthly, so I planned around
      the published roster rather than a fixed day. Each month I looked at each mentee's roster and
      mine and booked one session per mentee in the crew room at the report centre on a standby or
      office day, and where we were rostered on the same trip I booked a session down-route in the
      hotel (a quiet corner of the lobby, never the bar). I planned for 40 hours over five months,
      knowing some would be lost to disruption: 1:1s of 60-90 minutes, and two group sessions at the
      training centre, one in February and one in April. I prepared a folder for each mentee with the
      contract, the CM competency framework, their line check report and a session record sheet."""),
    H(2, "Contracting"),
    P("""Each mentee signed a mentoring agreement at their first session. It sets out: sessions monthly
      or more often as rosters allow; confidential, except where flight safety, security or a
      safeguarding issue is involved, in which case I will tell them first before I report it;
      mentoring is separate from the line check and base management processes - I do line checks
      as part of my job, so we agreed I would never use something said in mentoring in a line check
      report; either of us can end it; they set the agenda. The base manager agreed the scheme and
      the time as the stakeholder. Extract from CM1's agreement:"""),
    T(
        ["Mentee", "CM1"],
        ["Contact number (personal)", "07700 914283"],
        ["Preferred contact", "WhatsApp when on trips, work e-mail otherwise"],
        ["Meeting frequency", "Monthly minimum, extra down-route where rostered together"],
        ["Confidentiality", "As above - exceptions flight safety, security, safeguarding"],
        ["Signed", "CM1 / G Pryce, 8 January"],
    ),
    P("""CM2 left the company at the end of February (to a Gulf carrier, a good move for him) and we
      closed the mentoring properly at his last session. CM4 was promoted in March and took his
      place. We had a coffee first so he could decide if he wanted to do it, then the agreement at
      the next session. Signature page of CM4's agreement: Mentee: Tom Hendry. Mentor: G Pryce.
      12 March."""),
    H(2, "Agreeing goals"),
    P("""Each mentee set two or three goals at the first or second session, using their line check
      report and the competency framework. CM1: lead a full crew briefing without notes, and handle a
      disruptive passenger incident using the de-escalation steps and a correct report. CM2: build
      confidence with the flight deck - speak up in the pre-flight briefing. CM3: delegate the
      galley to the senior crew member instead of doing it herself, and get her post-flight paperwork
      done before leaving the aircraft. CM4: manage an older, very experienced crew who knew him as a
      junior, and pass his six-month review first time. We reviewed goals every session."""),

    H(1, "Undertake mentoring sessions"),
    H(2, "Diagnostic and assessment tools"),
    P("""Line check reports (the observed assessment every CM has) gave us an outside view of each
      mentee's strengths and gaps. The CM competency framework self-assessment: each scored
      themselves 1-4 on the 14 competencies and we compared it with the line check. CM3 scored
      herself 4 on 'task management' and her line check said 2 - she does everything herself, which
      is why the galley goal came out. I also used a simple wheel of confidence for CM2 (eight
      areas of the CM role, scored 1-10), which showed his lowest was working with captains."""),
    H(2, "Questioning and listening"),
    P("""Cabin crew are used to being told - everything is procedure - so the biggest change for them
      was me asking rather than telling. I used GROW loosely and a lot of 'what would you do?'
      questions with real incidents, and scenario questions ('the captain says no to a diversion
      and you've got a medical - what do you say?'). Listening down-route was easier than in the crew
      room, where there's noise and interruptions. My tutor's observation said I summarise well but
      sometimes ask a question and then give options straight after."""),
    H(2, "Mentoring record - log"),
    P("""Times are block time (h:mm) as we log everything else. Where we did a line check, the flight
      itself is my job and not mentoring, so only the debrief afterwards is counted."""),
    P("January"),
    T(
        ["Date", "Mentee", "Where", "Type", "Block", "Notes"],
        ["08 Jan", "CM1", "Crew room MAN", "Contracting + 1:1", "1:00", "Agreement signed, goals"],
        ["09 Jan", "CM2", "Crew room MAN", "Contracting + 1:1", "0:50", "Agreement, wheel of confidence"],
        ["11 Jan", "CM3", "Teams (on home standby)", "Contracting + 1:1", "1:10", "Agreement, self-assessment"],
        ["17 Jan", "CM1", "Down-route, Orlando hotel", "1:1", "2:00", "Briefing practice"],
        ["23 Jan", "CM3", "Crew room MAN", "1:1", "1:30", "Self-assessment v line check"],
        ["24 Jan", "CM2", "-", "1:1", "cancelled", "Rostered to a Tenerife at short notice"],
        ["30 Jan", "CM2", "Crew room MAN", "1:1", "1:15", "Flight deck briefing"],
        ["January subtotal", "", "", "", "7:45", ""],
        ["Running total", "", "", "", "7:45", ""],
    ),
    P("February"),
    T(
        ["Date", "Mentee", "Where", "Type", "Block", "Notes"],
        ["06 Feb", "CM1", "Crew room MAN", "1:1", "1:20", ""],
        ["07 Feb", "CM3", "Down-route, Dubai hotel", "1:1", "2:30", "Delegation - galley"],
        ["13 Feb", "CM1, CM2, CM3", "Training centre", "Group workshop", "3:00", "Disruptive passengers - scenarios"],
        ["20 Feb", "CM2", "Crew room MAN", "1:1 (last)", "1:00", "Leaving - closed the mentoring"],
        ["21 Feb", "CM3", "Crew room MAN", "1:1", "0:00", "DNA - called in sick"],
        ["27 Feb", "CM1", "MAN-MCO line check", "Debrief only", "0:45", "Flight not counted (line check = my job). Debrief after = mentoring"],
        ["February subtotal", "", "", "", "8:35", ""],
        ["Brought forward", "", "", "", "7:45", ""],
        ["Running total", "", "", "", "16:20", ""],
    ),
    P("March"),
    T(
        ["Date", "Mentee", "Where", "Type", "Block", "Notes"],
        ["05 Mar", "CM4", "Costa, terminal 2", "Coffee (n/c)", "0:30", "Not counted - just to see if he wanted a mentor"],
        ["06 Mar", "CM1", "Crew room MAN", "1:1", "1:30", ""],
        ["12 Mar", "CM4", "Crew room MAN", "Contracting + 1:1", "1:20", "Agreement signed"],
        ["14 Mar", "CM3", "Teams", "1:1", "1:05", "Paperwork before leaving aircraft"],
        ["20 Mar", "CM1", "Down-route, Barbados hotel", "1:1", "2:15", "The unruly passenger report"],
        ["26 Mar", "CM4", "Crew room MAN", "1:1 - observed by tutor", "1:00", "Older crew"],
        ["28 Mar", "CM3", "Crew room MAN", "1:1", "1:40", ""],
        ["March subtotal", "", "", "", "9:20", ""],
        ["Brought forward", "", "", "", "16:20", ""],
        ["Running total", "", "", "", "25:40", ""],
    ),
    P("April"),
    T(
        ["Date", "Mentee", "Where", "Type", "Block", "Notes"],
        ["03 Apr", "CM4", "Crew room MAN", "1:1", "1:15", ""],
        ["10 Apr", "CM1", "-", "1:1", "cancelled", "French ATC strike - disruption, all hands"],
        ["11 Apr", "CM3", "Down-route, New York hotel", "1:1", "1:50", ""],
        ["17 Apr", "CM1, CM3, CM4", "Training centre", "Group - peer case review", "2:30", "Each brought an incident"],
        ["24 Apr", "CM4", "Crew room MAN", "1:1", "1:10", ""],
        ["25 Apr", "CM1", "Crew room MAN", "1:1", "1:00", ""],
        ["April subtotal", "", "", "", "7:45", ""],
        ["Brought forward", "", "", "", "25:40", ""],
        ["Running total", "", "", "", "33:25", ""],
    ),
    P("May"),
    T(
        ["Date", "Mentee", "Where", "Type", "Block", "Notes"],
        ["02 May", "CM3", "Crew room MAN", "1:1 - final review", "1:30", ""],
        ["08 May", "CM4", "Crew room MAN", "1:1", "1:25", "Six-month review prep"],
        ["15 May", "CM1", "Crew room MAN", "1:1 - final review", "1:20", ""],
        ["22 May", "CM4", "Crew room MAN", "1:1 - final review", "(1:00) planned", "After submission"],
        ["May subtotal", "", "", "", "4:15", ""],
        ["Brought forward", "", "", "", "33:25", ""],
        ["GRAND TOTAL", "", "", "", "37:40", "Over the 36 hours"],
    ),
    P("""One more that isn't in the log: on 19 April CM4 and I were on the same Orlando trip and he asked
      on the first night if we could talk about a crew member who'd undermined him on the way out. We
      sat in the hotel lobby for an hour. It was a proper session - goal, options, what he'd do on the
      way home - but it was my rest day so I didn't put it on the sheet and I haven't added it to the
      log."""),
    H(2, "Records of progress and impact"),
    P("""Each mentee has a session record sheet for every session with the goal, what we discussed and
      actions. Impact on role: CM1 led a full briefing without notes by March and wrote an unruly
      passenger report in Barbados that the security team used as an example. CM3's post-flight
      paperwork is now done on board on every sector, and she delegated the galley on her New York
      trip. CM4 passed his six-month review early. CM2 left, but told me the mentoring had helped him
      get the job he went to."""),

    H(1, "Feedback and reflections of effectiveness of mentoring activity"),
    H(2, "Feedback from mentees and stakeholders"),
    P("""I asked each mentee at the end of every session what was useful and what to change, and at the
      end for a written comment. The base manager gave feedback as the stakeholder in April. One of
      the written comments, pasted from the crew messaging app:"""),
    P("""'Gareth - thanks for the last few months. The Dubai session was the one. I didn't realise I was
      doing the whole galley because I didn't trust anyone else to do it right. I've let go of it and
      the crew are happier and so am I. Only thing - the crew room sessions got interrupted a lot,
      the hotel ones were better. Sophie Lindqvist, Cabin Manager'"""),
    P("""CM1 and CM4 both said the group sessions were the most useful because they heard how the others
      handled things. CM2 said the early sessions were too much about the contract."""),
    H(2, "Effectiveness of the different mentoring programmes"),
    P("""Three ways of mentoring ran side by side: 1:1s in the crew room, 1:1s down-route, and group
      sessions. Down-route sessions were the longest and best - no interruptions, and both of us
      had just worked a flight together, so we had real examples. Crew room sessions were the
      easiest to schedule but the least effective, with people walking in. Teams worked for CM3 on
      standby but not for anything emotional. The group sessions did something 1:1s couldn't: they
      stopped each CM thinking they were the only one struggling. If I ran the scheme again I would
      start with a group session, not finish with one."""),
    H(2, "Review of my own performance"),
    P("""My strengths: knowing the job, which means the examples are real, and building trust quickly
      because I've flown with most of the crew. My weaknesses: I still slip into instructing,
      especially on procedures, and the line check conflict - being the person who assesses them and
      the person they confide in - needed more care than I expected, particularly with CM4, who was
      line checked by me in April. Using Kolb, the experience of CM2 telling me the contracting was
      too long led me to shorten it for CM4, and that went better."""),

    H(1, "Tutorial reflections of effectiveness of mentoring activity"),
    P("""Tutorial support and supervision: 31 January, group tutorial at the training provider with five
      other learners, 2 hours - we used Hawkins and Shohet's seven-eyed model to look at one case
      each; mine was the line check conflict, and the challenge I got was that I was trying to be
      neutral when I should be open about it. 26 March, my tutor observed the session with CM4 and
      debriefed me for 30 minutes afterwards - I give options straight after asking a question, and I
      should let the silence do the work. 2 May, one-to-one tutorial at the provider, 10:00-11:15,
      on my diary and the ending of the relationships. A final tutorial is booked for 29 May to look
      at my reflective review."""),
    P("""How supervision changed my approach: I now name the line check conflict in the contract
      instead of avoiding it; I ask and then wait; and I end relationships on purpose with a final
      review rather than letting rosters end them."""),
    P("""Future supervision: the base is running the scheme again in the autumn with six mentors. I've
      proposed that the mentors meet as a peer supervision group every six weeks (90 minutes, using
      the seven-eyed model), with a session from the training provider's tutor twice a year, and
      that I have one-to-one supervision with the Head of Cabin Services quarterly."""),
    P("By submitting I confirm that this assignment is my own work. Gareth Pryce"),
]

CASE = Case(
    name="zc_a_md36_cabin_crew_docx",
    unit="MD36",
    kind="structured-docx",
    files=[SourceFile("Mentoring diary - G Pryce - MAN base.docx", BLOCKS)],
    labels={},
    expected_checks={
        "declaration": True,
        "evidence_matrix": None,
        "identifying": ["07700 914283", "Sophie Lindqvist", "Tom Hendry"],
        # Jan 465 + Feb 515 (group 3:00 once; line check debrief 0:45 only) + Mar 530 (not the n/c
        # coffee his 9:20 subtotal includes) + Apr 465 + May 255 = 2230, + 60 (19 Apr Orlando,
        # prose only) = 2290.  His GRAND TOTAL 37:40 is 30 min high and lacks the prose hour.
        "minutes": 2290,
        # 6 + 5 + 6 + 5 + 3 + 1 = 26 (cancelled 24 Jan and 10 Apr, DNA 21 Feb, planned 22 May out).
        "sessions": 26,
        "individuals": 4,
        # group tutorial 2 hours = 120; observation debrief 30 minutes = 30; 10:00-11:15 = 75;
        # 29 May only booked.  120 + 30 + 75 = 225.
        "supervision_minutes": 225,
    },
    about="Airline base cabin crew manager's MD36 DOCX diary under the task's sub-headings: monthly log tables in block time h:mm with subtotal, brought-forward and running rows, a '(n/c)' coffee folded into a subtotal so the grand total runs 30 minutes high, cancelled and 0:00 DNA rows, two group sessions, a line check where only the debrief counts, a mentee who leaves and his replacement, a hotel session in prose only, a tutorial still booked; a mobile and two full names planted.",
)
