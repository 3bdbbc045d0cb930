"""8587-304 Extended mentoring: a police control room supervisor's reflective account, prose only.

Sarah Lomax is a police staff supervisor in a force control room and mentors two call
handlers. She wrote one flowing account in Word with a title and no headings, roughly in
the order of the criteria but never naming them. All her practice is told in sentences,
with her own subtotal per mentee and a grand total. She never describes a diagnostic or
assessment tool, so AC 2.1 is genuinely unanswered (label None). She forgot the
declaration: her name and the date close the account, but nothing declares it her own work.

Practice, as an assessor counts it (her sentences):
    Mentee 1  06/01 "an hour and a half" 90, 20/01 "seventy minutes" 70, 03/02 "two hours" 120
              (listening in on live calls, then the debrief: one session), 17/02 "fifty
              minutes" 50, 10/03 "an hour" 60                         = 390 (her "6 hours 30 minutes")
    Mentee 2  08/01 "an hour" 60, 22/01 "an hour and a quarter" 75, 05/02 "ninety minutes" 90,
              19/02 "forty-five minutes" 45, 12/03 "an hour and twenty minutes" 80
                                                                      = 350 (her "5 hours 50 minutes")
    -> 740 minutes (12 h 20), 10 sessions, 2 individuals.
    Not counted: the 29/01 corridor talk "ten minutes or so, which I haven't counted", the
    14/02 session cancelled for a major incident, her subtotals and "12 hours 20 minutes
    altogether", and the two supervision sessions: "an hour" (30/01) and "about forty-five
    minutes" (04/03) = 105 minutes of supervision.
    => minutes 740, sessions 10, individuals 2, supervision 105.

Clean: Mentee 1 and Mentee 2 throughout. Not identifying: Sarah's own name, the College of
Policing, the force, Egan, Clutterbuck, Megginson, Kram, Rogers, Gibbs, Daloz, THRIVE.
"""

from corpus.case import Case, P, SourceFile

BLOCKS = [
    P("Unit 304 – Undertaking an extended period of mentoring: reflective account"),
    P("Sarah Lomax, Level 3 Certificate in Coaching and Mentoring, Red Rose Learning"),
    P("""I have worked in the force control room for fourteen years, the last six as a
      supervisor on one of the five response shifts. We take 999 and 101 calls and dispatch
      officers, and new call handlers have a ten-week training course followed by a period
      of tutoring on the floor. Once the tutoring ends they are on their own, and that is
      when many of them struggle. Our retention figures for staff in their first year are
      poor, so the control room manager agreed that I could mentor two members of staff as
      my practice for this unit. I will call them Mentee 1 and Mentee 2. Mentee 1 had been a
      call handler for four months and was thinking about leaving. Mentee 2 had been a call
      handler for three years and had just started training as a dispatcher, which is a very
      different job."""),
    P("""Before I started I had to plan how I could fit twelve hours of mentoring around a
      shift pattern of two days, two nights and four rest days. I decided to work with their
      shift patterns rather than mine, and to meet at the start of their day shifts before
      they logged on, when I could get them released from the floor for an hour or so without
      affecting call answering. I aimed for five sessions with each of them, one every two
      weeks from January to March, each of an hour to two hours, which would give a little
      over twelve hours between them. We used the training room on the first floor, which is
      the only room in the building where you cannot hear the control room. I made sure I
      had cover for my own role booked through the duty planning unit, and I planned one
      longer session for each where we would be on the floor together so I could see them
      at work. The resources I needed were the mentoring agreement from my course pack, the
      dispatcher training workbook for Mentee 2, and a notebook for each mentee."""),
    P("""In the first session with each of them we talked about what they wanted from mentoring
      and I asked them to think about what would be different in three months' time if it had
      worked. Mentee 1 said she wanted to stop dreading the domestic abuse calls, and we turned
      that into two outcomes: to be able to complete a domestic abuse risk assessment on a
      live call without having to ask a supervisor, and to take at least two weeks of her
      leave, which she had been saving because she felt guilty leaving the team short. Mentee
      2 wanted to pass his dispatcher sign-off by the end of March and to get his confidence
      back on the radio, which he had lost after being told off on air by a sergeant in his
      first week. We agreed these by talking them through and then each of them wrote them in
      their own words on the first page of their notebook. I think that mattered, because
      when Mentee 2 was doubting himself later I could point to his own handwriting."""),
    P("""We drew up a written mentoring agreement in the first session and both signed it. It
      covered how often we would meet, how long for, where, what I would and would not share,
      and how either of us could end the mentoring. The confidentiality part was the most
      important in a police setting. We agreed that anything said stayed between us except
      if it showed a risk to someone's safety, a criminal offence or a breach of the Code of
      Ethics, in which case I would have to act, but I would tell them first. I also met the
      control room manager, who was the other stakeholder, and we agreed in writing that he
      would be told only that sessions had taken place and, at the end, whether the mentee
      felt the goals were met. I made it clear in that meeting that mentoring was separate
      from performance management and that I would not be asked about either mentee's
      performance, which he accepted."""),
    P("""I followed Egan's Skilled Helper model through the sessions. It has three stages: the
      current picture, the preferred picture and the way forward. With Mentee 1 we spent the
      whole first two sessions on the current picture, because her story about the domestic
      abuse calls kept changing the more she told it. It was only in the preferred scenario
      stage that she said what she actually wanted was to feel she had done everything
      right when a call ended, even if the outcome was bad. That changed the goal from 'stop
      dreading' to something she could control, and the way forward was a checklist she made
      herself from the risk assessment questions and the THRIVE headings. With Mentee 2 the
      model kept us focused on what he could do, not on the sergeant, and in the way forward
      stage he decided to practise radio procedure out loud in his car on the way to work,
      which sounds odd but worked."""),
    P("""Being a good mentor in this job means knowing the control room, but also knowing when
      to keep that knowledge to myself. Clutterbuck and Megginson describe developmental
      mentoring as helping the mentee to do things their own way, and that was what I tried
      to do. I used open questions, summarising and paraphrasing, and I tried to listen
      without planning my answer, using Rogers' core conditions of empathy, congruence and
      unconditional positive regard. A good example was when Mentee 1 told me she had cried
      in the car park after a call. My instinct was to tell her what the welfare options were,
      but instead I said 'that sounds like it stayed with you' and waited. She then told me it
      was not the call, it was that nobody had asked her afterwards if she was alright, which
      was something I could actually change as a supervisor. Ethically, I was careful about
      the line between mentor and supervisor, and when Mentee 1 told me about a disagreement
      with her shift sergeant I did not take it up myself, because that would have broken
      our agreement; I helped her plan how she would raise it."""),
    P("""I kept a record of every contact, starting with my first e-mail to each of them asking
      whether they would like a mentor, through to the closing session. For each session I
      wrote a page in my A4 day book on the same day: the date, start and finish times, what
      we covered, the actions agreed and what I thought about it afterwards. The actions
      were copied into the mentee's own notebook so that we both had them. Here is a summary
      of the sessions from those records."""),
    P("""With Mentee 1, our first session was on 6 January and lasted an hour and a half. We
      agreed the mentoring agreement and her goals. The second, on 20 January, ran to seventy
      minutes and was mostly about the calls she dreaded. On 3 February we spent two hours
      together: for the first forty minutes she took live calls while I listened in on the
      second headset, and then we debriefed in the training room. The fourth, on 17 February,
      was fifty minutes, and she brought the checklist she had made. The last, on 10 March,
      was an hour; she had booked her leave and had completed three risk assessments without
      help. That makes 6 hours 30 minutes with Mentee 1."""),
    P("""With Mentee 2, the first session on 8 January took an hour, and we agreed his goals. The
      second, on 22 January, was an hour and a quarter, working through his workbook. We
      bumped into each other in the corridor on 29 January and talked for ten minutes or so
      about the rota, which I haven't counted as a session. On 5 February we met for ninety minutes,
      sitting together on a dispatch position on a quiet morning. The session booked for 14
      February was cancelled because of a major incident, so we met on 19 February instead,
      for forty-five minutes. The closing session on 12 March was an hour and twenty
      minutes and he had passed his sign-off two days before. That makes 5 hours 50 minutes
      with Mentee 2, and 12 hours 20 minutes altogether."""),
    P("""After every session I used Gibbs' reflective cycle in my day book to look at what
      happened and what I would do differently. The key learning points for me were these.
      After the first session with Mentee 1 I realised I had filled every pause, and she had
      hardly spoken about the calls at all. After Mentee 2's second session I noticed that I
      kept slipping into teaching him radio procedure, which is the trainers' job and not
      mine. The session where I listened in on Mentee 1's calls taught me that I judge too
      quickly: I thought she had handled a call badly, but when she explained her reasons they
      were good ones. For my own development, I have learned that my biggest strength as a
      supervisor, which is fixing things quickly, gets in the way when I am mentoring."""),
    P("""I asked both mentees for feedback at the end of every session by asking two questions,
      'what helped today?' and 'what should I do differently next time?', and I wrote their
      answers in my day book. Mentee 2 said after our second session that it 'felt like being
      back in training', which matched what I had noticed, and from then on I asked him what
      he wanted from each session before we started. Mentee 1 said the most useful thing was
      the session on the floor, because I 'saw what it's actually like now'. My supervisor
      also gave me feedback after reading my day book, which is covered below."""),
    P("""Looking back at my communication skills, my questioning got better over the ten
      sessions. In the early sessions I asked a lot of questions beginning 'have you tried',
      which are really advice dressed up as questions. By March I was asking 'what would
      help?' and 'what else?' instead. My listening is good on the phone, because that is my
      job, but face to face I had to learn to use silence and to watch body language as well
      as hear words. Giving feedback is the skill I found hardest outside of a supervisor's
      role. When I gave Mentee 2 feedback on his radio work I used the approach Daloz
      describes of support and challenge together: I told him his transmissions were clear
      and calm, then asked what he thought the sergeant would say about his call signs. He
      laughed and said 'too many'. The feedback landed because he had said it first."""),
    P("""I had two supervision sessions with the force's mentoring lead, who supervises all the
      mentors in the organisation. The first, on 30 January, lasted an hour. We looked at my
      day book and she asked me why my notes were all about what the mentees did and not what
      I did. The outcome of that session was that I started writing one line about my own
      behaviour after each session, and agreed to stop offering solutions in the second half
      of the programme. The second supervision session, on 4 March, took about forty-five
      minutes and was about endings, because both mentees were close to their goals and I
      was worried Mentee 1 would feel dropped. We agreed that I would plan a final session
      that looked forward rather than back and offer a single follow-up coffee a month later.
      Supervision made me see that the mentoring relationship has phases, as Kram describes,
      and that the separation phase needs as much planning as the start."""),
    P("""What I will take forward is that mentoring is not a smaller version of supervising. I
      have put myself forward to be one of the control room's mentors for the new intake in
      the summer and I will continue with supervision every quarter."""),
    P("Sarah Lomax, March 2025"),
]

CASE = Case(
    name="c_8587_304_prose",
    unit="8587-304",
    kind="unstructured",
    files=[SourceFile("Unit 304 reflective account S Lomax.docx", BLOCKS)],
    labels={
        "1.1": "two days, two nights and four rest days",
        "1.2": "domestic abuse risk assessment on a live call",
        "1.3": "separate from performance management",
        "2.1": None,
        "2.2": "in the preferred scenario stage",
        "2.3": "that sounds like it stayed with you",
        "2.4": "a page in my A4 day book",
        "3.1": "I judge too quickly",
        "3.2": "felt like being back in training",
        "3.3": "advice dressed up as questions",
        "3.4": "one line about my own behaviour",
    },
    expected_checks={
        "declaration": False,  # her name and the date close the account; no declaration
        "evidence_matrix": False,
        # Mentee 1: 90 + 70 + 120 + 50 + 60 = 390; Mentee 2: 60 + 75 + 90 + 45 + 80 = 350.
        # The corridor talk she did not count, the cancelled 14/02 session, her subtotals and
        # total, and supervision are excluded.
        "minutes": 740,
        "sessions": 10,
        "individuals": 2,
        "supervision_minutes": 105,  # 60 (30/01) + 45 (04/03)
        "identifying": [],
    },
    about="Police control room supervisor; one DOCX of flowing prose, no headings; practice and subtotals in sentences; AC 2.1 unanswered; no declaration; clean.",
)
