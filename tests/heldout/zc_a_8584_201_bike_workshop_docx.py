"""8584-201 mentoring skills: an independent bike shop's workshop manager, DOCX diary, names left in.

Callum Reid runs the workshop at Wheelhouse Cycles, an independent bike shop in Stirling. He
mentors the shop's first apprentice mechanic, 17, in his first year of a Modern Apprenticeship.
He wrote it in Word with his own plain headings ("About the mentoring", "The plan", "Diary of
sessions" with a Heading 2 per date, then "Asking and listening", "Feedback", "Trust", "How I
did", "Tutor meeting", "What next"), no evidence matrix, no declaration. The criteria are answered
under his own headings without AC numbers. At the end of the diary he pasted the ILM session
record form he filled in for the last session, signed by both of them.

Traps: every diary entry gives its length a different way: "Booked 4 till 5. Actually 4.20 to
5.05"; "Time: 1 h 20 m"; "after close, 5.30–6.15"; "sat out the back on the bench with a brew for
an hour" (prose only); "half an hour on the phone" (the apprentice was off sick); "1hr 10". A
week lost to the post-holiday stocktake; a did-not-turn-up entry where he waited 20 minutes; a
day at the apprentice's Cytech course he says he doesn't count; the last session again as the
pasted session record (Start 17:30, Finish 18:40). His total line adds the six up right
(5 hrs 30). Tutor contact: a 15-minute call to check the plan, and the one-hour meeting, first
booked for 20 June and cancelled by the tutor, then held on Teams as "1:00 to 2:05pm".

Planted (left in): the apprentice's full name "Kieran Doyle" in the opening paragraph, "Kieran"
alone in the diary and the reflection, and "K. Doyle" on the mentee signature line of the pasted
session record. Not identifying: the learner's own name (and "C. Reid" above it), his tutor Morag
named as tutor, the shop, Stirling, Cytech, Shimano, Park Tool, GROW, Egan, the Johari window,
Honey and Mumford.

Practice truth (the diary; the pasted record repeats session 6):
  Tue 14 May   booked 4-5, actually 4.20 to 5.05         = 45
  Tue 21 May   "1 h 20 m"                                = 80
  Tue 28 May   no session (shop shut for stocktake), moved -> nothing
  Sat 1 June   after close, 5.30–6.15                    = 45
  Tue 4 June   "for an hour" on the bench                = 60
  Fri 7 June   Cytech course day with him (not counted)  -> excluded
  Tue 11 June  didn't turn up, waited 20 minutes         -> excluded
  Thu 13 June  "half an hour on the phone"               = 30
  Tue 18 June  "1hr 10" (= record 17:30–18:40, same)     = 70
  45 + 80 = 125, + 45 = 170, + 60 = 230, + 30 = 260, + 70 = 330.
  minutes 330; sessions 6; individuals 1.  His line "45 + 80 + 45 + 60 + 30 + 70 = 330 minutes,
  5 hrs 30" is right.
  Supervision: 23 May call with his tutor "15 minutes" = 15; the hour meeting booked 20 June
  (tutor cancelled) -> excluded; held 25 June on Teams "1:00 to 2:05pm" = 65.  15 + 65 = 80.
"""

from corpus.case import Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "ILM Level 2 – Developing Mentoring Skills (Unit 201)"),
    P("Callum Reid – Workshop Manager, Wheelhouse Cycles, Stirling"),

    H(1, "About the mentoring"),
    P("""Wheelhouse is an independent bike shop with a workshop of three mechanics including me. This
      year we took on our first ever apprentice, Kieran Doyle, who is 17 and in the first year of
      his Modern Apprenticeship in cycle maintenance. He's good with his hands but he's never had a
      job before, he's very quiet with customers and he gets flustered when the workshop is busy
      and there's a queue of bikes. The owner asked me to mentor him on top of the apprenticeship
      training, and my tutor said that would be fine for this unit. I'll call him "the apprentice"
      from here on."""),

    H(1, "The plan"),
    P("""I wanted to keep the mentoring separate from teaching him how to fix bikes, which I do all day
      anyway. The mentoring is about how he's getting on, his confidence, and the customer side. So
      the plan was:"""),
    T(
        ["What", "Detail"],
        ["Who", "Me and the apprentice"],
        ["How often", "Once a week for six weeks, May to June"],
        ["When", "Tuesdays 4 till 5, when the shop is quiet and the other two mechanics can cover"],
        ["Where", "The back office with the door shut, or the bench out the back if it's nice"],
        ["How long", "About an hour, so 6 hours in total if they all go ahead, which gives room if some are lost"],
        ["What I need", "A notebook for him, my diary, the apprenticeship framework, the customer feedback cards from the counter"],
    ),
    P("""Before each session I'd look at what he'd said the week before and at anything that had come
      up in the workshop, and write down a couple of questions to start with. I also had to square
      it with the owner that the apprentice's time off the tools for mentoring was paid."""),

    H(1, "Goals"),
    P("""We agreed these in the first session. I asked him what would make him feel like he was doing
      well by the end of June and wrote down what he said, then we made them into something we
      could check:"""),
    P("""1. Book in a customer's bike at the counter on his own, including explaining the price and the
      turnaround, at least five times by the end of June without calling me over."""),
    P("""2. Complete a full service (Silver service, our middle one) within the 90 minutes we quote, three
      times in a row, by the end of June."""),
    P("""3. Keep his own job list on the workshop whiteboard and ask for help before he gets stuck, not
      after."""),
    P("""Sessions 1 and 2 were about goals 1 and 3, session 3 onwards mainly goal 2 and pulling it all
      together."""),

    H(1, "Diary of sessions"),
    H(2, "Tuesday 14 May"),
    P("""Booked 4 till 5. Actually 4.20 to 5.05 – he was finishing a wheel build and I didn't want him
      to leave it half trued. First session. I explained what mentoring is and that it's not me
      checking up on him. Went through the goals. He said the counter is the worst bit because he
      doesn't know the prices and thinks customers can tell. Action: learn the three service prices
      and what's in each by next week."""),
    H(2, "Tuesday 21 May"),
    P("""Time: 1 h 20 m. He knew the prices. We role-played booking in a bike with me as a customer
      who wants it done by tomorrow. He said yes to everything, so we talked about what he could
      say instead. I asked him what a good mechanic does when the list is too long and he said
      'works faster', then after a bit 'tells someone'. Action: put his jobs on the whiteboard."""),
    H(2, "Tuesday 28 May"),
    P("""No session – shop shut for the stocktake after the bank holiday. Moved to Saturday."""),
    H(2, "Saturday 1 June"),
    P("""After close, 5.30–6.15. Talked about the first time he booked in a bike on his own (a kid's
      bike with a puncture, but it counts). He was really pleased. We started on goal 2 – his
      services are taking about two hours. Action: time himself on the next service and write down
      where the time goes."""),
    H(2, "Tuesday 4 June"),
    P("""Nice day so we sat out the back on the bench with a brew for an hour. He'd timed his service:
      40 minutes of it was the gears, because he keeps re-doing the indexing. I asked him what he
      thought the reason was and he said he wasn't sure he'd got it right so he did it again, so
      it's confidence, not skill. We agreed he'd do the gears once and then ask me to check, instead
      of three times on his own. Action: that, plus two more bookings at the counter."""),
    P("""Friday 7 June I went with him to his Cytech course day at the training centre because the
      owner wanted someone there. We talked a lot on the drive but it was his course, not mentoring,
      so I haven't counted it."""),
    H(2, "Tuesday 11 June"),
    P("""He didn't turn up – he'd swapped his day off with one of the others and forgotten to tell me.
      I waited 20 minutes and then got on with a wheel build. Not counted."""),
    H(2, "Thursday 13 June"),
    P("""He was off sick with his back but he texted to ask if we could still talk, so we did half an
      hour on the phone. Mostly about whether he was going to be in trouble for being off (he
      wasn't) and about the Silver service times – 1 hr 50, then 1 hr 35. Kieran said he'd stopped
      redoing the gears."""),
    H(2, "Tuesday 18 June"),
    P("""1hr 10. Last session. Looked back at all three goals: seven bookings on his own, two services
      under 90 minutes in a row (third one next week), and the whiteboard is his now. He said the
      best thing was being asked rather than told. The ILM session record for this one is below."""),
    T(
        ["MENTORING SESSION RECORD", ""],
        ["Date", "18/06"],
        ["Start time", "17:30"],
        ["Finish time", "18:40"],
        ["Purpose of session", "Review of goals, ending the mentoring"],
        ["Summary of discussion", "Progress on all three goals. What he'll keep doing. What he wants to work on next (Gold service, e-bikes)."],
        ["Actions agreed", "Third Silver service under 90 mins. Ask the owner about the Shimano e-bike course."],
        ["Mentor signature", "C. Reid"],
        ["Mentee signature", "K. Doyle"],
    ),
    P("Total: 45 + 80 + 45 + 60 + 30 + 70 = 330 minutes, 5 hrs 30."),

    H(1, "Asking and listening"),
    P("""My habit as a workshop manager is to tell people what's wrong with a bike, because that's the
      job. In mentoring I tried to ask instead. I used open questions ('what happened?', 'what do
      you think the reason was?'), and when he gave me a short answer I'd wait and then ask 'what
      else?'. The gears conversation on 4 June only happened because I asked why and then kept
      quiet long enough for him to get past 'I don't know'. For listening I used the SOLER thing
      from the course (Egan) – I turned my chair to face him, not the workshop, and I stopped
      looking at the bikes going past the window. I also repeated back what he'd said in my own
      words, which more than once made him say 'no, that's not quite it' and tell me the real
      thing."""),

    H(1, "Feedback"),
    P("""I tried to make feedback specific and about what he did, not about him. When he booked in the
      kid's bike I didn't just say well done, I told him that he'd given the mum a time and a price
      before she asked, which is exactly what makes customers trust the workshop. On the services I
      used his own timings as the feedback, so it wasn't me judging him – the clock was. I asked him
      what he thought first every time. The feedback that made the biggest difference was telling
      him his gears were right the first time on two bikes in a row, because he needed to hear it
      from someone else before he believed it."""),

    H(1, "Trust"),
    P("""At the start he was wary because I'm also the person who checks his work. Two things helped.
      First, I told him what's said in mentoring stays between us unless it's a safety thing, and I
      stuck to it – when he told me on 21 May he'd damaged a customer's carbon seatpost by
      over-tightening it and hadn't said, I didn't go to the owner, I helped him work out how to
      tell her himself, and he did. Second, I told him about my own first year, when I was so scared
      of the phone I let it ring out. He laughed and said he does that. After that he started
      bringing things to the sessions himself instead of waiting for me to ask. The other thing was
      just turning up: I never cancelled on him."""),

    H(1, "How I did"),
    P("""To review myself I used the list of mentor skills from the course, his comments at the end
      of each session, and my own notes, and I did the Honey and Mumford questionnaire, which says
      I'm an Activist – I want to fix things quickly, which explains a lot. What went well: keeping
      it regular, the trust, and the goals being things we could count. What I need to work on: I
      still jump to the answer, especially when it's about bikes; I nearly told him the gear
      problem on 4 June before he got there himself. And I'm not good at ending – I left the last
      session a bit vague about what happens now. Kieran said at the end he'd like me to carry on,
      which is nice but shows I didn't set up the ending well. Thinking about the Johari window,
      my tutor pointed out something I didn't know I did: I say 'to be fair' before I disagree
      with someone, and he'd picked up that it meant bad news was coming."""),

    H(1, "Tutor meeting"),
    P("""I had a quick call with Morag, my tutor, on 23 May, 15 minutes, to check my plan and goals
      were OK before I went too far. She said the goals were good but goal 3 needed a way of
      checking it, so we added the whiteboard."""),
    P("""The one-hour meeting was booked for 20 June but Morag had to cancel (inspection at the
      college). We did it on Teams on 25 June, 1:00 to 2:05pm. The purpose was to look back at the
      mentoring and what I'd learnt. We went through my diary session by session. Morag asked what
      I'd have done if he'd never brought up the gears, and I said I'd probably have told him in the
      end, which led to a good talk about when a mentor should step in. She said my biggest
      strength was the trust, and my biggest development area was holding back the answer. Agreed
      outcomes: a plan for my development (below), a proper closing conversation with the
      apprentice, and to think about mentoring the next apprentice we take on in September."""),

    H(1, "What next"),
    P("""Strengths I want to build on: keeping sessions regular and building trust, and setting goals
      you can measure. Things to develop: not jumping to the answer, ending properly, and feedback
      on softer things like customer service, which I find harder than feedback on mechanics."""),
    T(
        ["Area", "What I'll do", "By when", "How I'll know"],
        ["Not jumping to the answer", "Write 'WAIT' on the top of my notebook page and count to five after every question", "Next apprentice, from September", "Ask the new apprentice in the first review"],
        ["Ending well", "Agree at the first session how the mentoring will end and what happens after", "September", "Written into the first session notes"],
        ["Feedback on customer service", "Ask the owner to let me sit in on her customer service training for the shop staff", "August", "Done"],
        ["Mentoring skills", "Look at the ILM Level 3 coaching and mentoring certificate", "End of year", "Enrolled or not"],
    ),
]

CASE = Case(
    name="zc_a_8584_201_bike_workshop_docx",
    unit="8584-201",
    kind="structured-docx",
    files=[SourceFile("Callum Reid - Unit 201 mentoring.docx", BLOCKS)],
    labels={
        "1.1": "the other two mechanics can cover",
        "1.2": "three times in a row, by the end of June",
        "2.1": "he'd stopped redoing the gears",
        "2.2": "kept quiet long enough for him to get past 'I don't know'",
        "2.3": "I used his own timings as the feedback",
        "2.4": "I told him about my own first year",
        "2.5": "The ILM session record for this one is below",
        "3.1": "I'm an Activist – I want to fix things quickly",
        "3.2": "when a mentor should step in",
        "3.3": "Write 'WAIT' on the top of my notebook page",
    },
    expected_checks={
        "declaration": False,
        "evidence_matrix": False,
        "identifying": ["Kieran Doyle", "Kieran", "K. Doyle"],
        # 45 (4.20 to 5.05) + 80 (1 h 20 m) + 45 (5.30–6.15) + 60 ("an hour") + 30 (phone) + 70
        # (1hr 10; the pasted record 17:30-18:40 is the same session) = 330.  Not: 28 May stocktake,
        # 7 June Cytech course, 11 June didn't turn up.
        "minutes": 330,
        "sessions": 6,
        "individuals": 1,
        # 23 May call 15 minutes; 25 June Teams 1:00 to 2:05pm = 65 (20 June cancelled by the tutor).
        "supervision_minutes": 80,
    },
    about="Independent bike shop's workshop manager; 201 Word diary under his own headings with a heading per date, each length a different way ('4.20 to 5.05', '1 h 20 m', 'an hour', 'half an hour on the phone', '1hr 10'), a stocktake week, a no-show, a course day not counted, the last session again as a pasted signed record, a right total, a tutor call plus a meeting cancelled then held; full name, first name and initial+surname planted.",
)
