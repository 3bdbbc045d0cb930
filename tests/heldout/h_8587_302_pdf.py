"""8587-302 coaching (single PDF): a contact-centre team manager coaches two advisers.

Marcus Delaney, team manager in the customer contact centre of an energy supplier in
Sunderland, coaches two customer advisers who want to become team coaches. One PDF exported
from Word: plan, contract, tools and model in prose, then a coaching log typed as plain
lines, not a table ("03/02/26  Coachee 2  10:00-11:15  goal review"), then three session
records that repeat three of the logged sessions in more detail, then a supervision record
for the first of his two supervision meetings. Brisk, list-happy voice.

Practice, as an assessor counts it (the log lines, start to finish):
    Coachee 1: 13/01 60, 20/01 90, 27/01 90, 04/02 75, 17/02 90, 24/02 60        = 465, 6
    Coachee 2: 14/01 60, 21/01 90, 28/01 90, 03/02 75, 11/02 90, 18/02 60,
               25/02 60                                                            = 525, 7
    => 990 minutes, 13 sessions, 2 individuals.
    Not counted: 10/02 Coachee 1 cancelled (off sick); the three session records (20/01,
    03/02, 17/02 again, same times); his "16 hours 30" summary line; the two supervision
    lines in the log.
    Supervision: 06/02 16:00-17:00 60 (also its own record) + 26/02 15:00-16:15 75 = 135.

Anonymisation slips: in the 03/02 session record the Coachee field carries Coachee 2's full
name, and the same record gives her mobile number. Not identifying: Marcus's own name, his
coaching supervisor Dawn Fairley, Sunderland, Whitmore, GROW, the Myers-Briggs, Honey and
Mumford, Hawkins and Smith.
"""

from corpus.case import Case, H, P, SourceFile

BLOCKS = [
    H(0, "Unit 8587-302 – Undertaking an Extended Period of Coaching within an Organisational Context"),
    P("Marcus Delaney – Team Manager, Customer Contact Centre (Sunderland) – Coaching supervisor: Dawn Fairley"),

    H(1, "Background"),
    P("""I manage a team of fourteen customer advisers on the billing and payments line. We
      take around 2,500 calls a day across the floor, mostly about bills, meter readings and
      payment plans, and a growing number from customers in financial difficulty. The centre
      wants every team to have a peer "team coach" who can support new advisers on the floor.
      Two of my advisers applied and my operations manager asked me to coach them over the
      winter. I refer to them as Coachee 1 and Coachee 2."""),

    H(1, "1.1 Coaching plan"),
    P("""My plan was for at least 12 hours of coaching over seven weeks, six or seven sessions
      each. The plan had these parts:"""),
    P("""Timing: one session per coachee per week, Coachee 1 on Tuesday mornings at 09:30 after
      the morning peak and Coachee 2 on Wednesday afternoons at 14:00. I blocked them out
      of the call schedule with workforce planning two weeks ahead, so they were not counted
      as available and nobody could pull them back onto the phones. Length: 60 to 90
      minutes. Location: the small meeting room on the second floor, away from the floor and
      with no headsets. Resources: the adviser competency framework, call recordings from our
      quality system, a learning styles questionnaire, a Myers-Briggs type report which both
      had already done on an induction course, and a printed GROW sheet. Review points:
      mid-point check in week 4 and close in week 7. Supervision: two meetings with Dawn
      Fairley, my coaching supervisor, in week 4 and week 7."""),

    H(1, "1.2 Topics and goals"),
    P("""I did not set the goals. At the first session I asked each coachee what a good team
      coach would do differently from what they do now, and we wrote the answers on the
      whiteboard and grouped them. From that each chose their own goals, which we made
      SMART together."""),
    P("""Coachee 1: to stay calm and in control on calls where the customer is shouting, measured
      by her quality scores on "customer handling" going from 3 to 4 out of 5 by the end of
      February; and to run one side-by-side listening session with a new starter."""),
    P("""Coachee 2: to give feedback to a colleague without sounding like a manager, shown by
      running two peer feedback chats on the floor; and to apply for the team coach role in
      the March round with a written example ready."""),

    H(1, "1.3 Coaching contract"),
    P("""We signed a three-way agreement: the coachee, me as coach and my operations manager as
      sponsor. It covers: seven weeks of weekly sessions; what is confidential (everything
      said in the session stays in the room, except anything that puts a customer or
      colleague at risk or breaks the vulnerable customer policy); what the operations
      manager receives (only the goals and whether they were met, never the content of the
      conversations); cancellations with at least 24 hours' notice by Teams message; notes
      kept on the restricted coaching drive, deleted six months after the award; and that my
      being their line manager does not mean coaching notes can be used in performance
      reviews. That last point mattered because I am both their manager and their coach,
      so I wrote it in bold and we talked it through before anyone signed."""),

    H(1, "2.1 Diagnostic and assessment tools"),
    P("""I used three tools. First, the Honey and Mumford learning styles questionnaire at the
      second session: Coachee 1 came out strongly as a reflector and Coachee 2 as an activist,
      which explained why Coachee 1 wanted to listen to her own calls first and Coachee 2
      just wanted to try things out on the floor. Second, their existing Myers-Briggs reports,
      used lightly to talk about how they prefer to give and receive feedback. Third, the
      quality system's call scores, which gave Coachee 1 a hard baseline for her customer
      handling goal."""),

    H(1, "2.2 Coaching model"),
    P("""I followed Whitmore's GROW model in every working session, with a printed sheet on the
      table so the coachee could see where we were. Goal for the session first, then Reality,
      which is where the call recordings came in, then Options, where I tried to get at
      least three before we looked at any of them, then Will, which we wrote down as an
      action with a date. For Coachee 2 the Options stage was where she
      found the idea of asking advisers to rate their own call first before she said anything,
      and she used that on the floor the following week."""),

    H(1, "2.3 Knowledge, skills and behaviours"),
    P("""Knowledge: the GROW model, the learning styles, the difference between coaching and
      managing. Skills: open and scaling questions ("On a scale of 1 to 10, how in control
      did you feel on that call?"), summarising, and listening for what was not said. When
      Coachee 1 said a shouting customer was "fine really", I reflected the word "really"
      back to her and waited, and she told me she had gone home and cried after one call in
      December. Behaviours: keeping to time, keeping my manager hat off, and being ethical,
      for example telling Coachee 2 that I could not coach her on a grievance she had raised
      and pointing her to HR instead."""),

    H(1, "2.4 Coaching log"),
    P("""This is my log, copied from my Outlook calendar and checked against the workforce
      planning schedule, so every session has a start and finish time that matches the
      hours the coachee was taken off the phones. Each line is date, who, time, and the
      main topic."""),
    P("13/01/26  Coachee 1  09:30-10:30  chemistry session, contract, goals"),
    P("14/01/26  Coachee 2  14:00-15:00  chemistry session, contract, goals"),
    P("20/01/26  Coachee 1  09:30-11:00  learning styles, call scores baseline"),
    P("21/01/26  Coachee 2  14:00-15:30  learning styles, MBTI and feedback"),
    P("27/01/26  Coachee 1  09:30-11:00  GROW – shouting customers"),
    P("28/01/26  Coachee 2  14:00-15:30  GROW – first peer feedback chat"),
    P("03/02/26  Coachee 2  10:00-11:15  goal review (moved from Weds, system outage)"),
    P("04/02/26  Coachee 1  09:30-10:45  listened to two of her calls together"),
    P("06/02/26  Supervision – Dawn Fairley  16:00-17:00  supervision 1"),
    P("10/02/26  Coachee 1  cancelled – off sick, moved to 17/02"),
    P("11/02/26  Coachee 2  14:00-15:30  options – team coach application"),
    P("17/02/26  Coachee 1  09:30-11:00  side-by-side planning, role play"),
    P("18/02/26  Coachee 2  14:00-15:00  written example for application"),
    P("24/02/26  Coachee 1  09:30-10:30  review and close"),
    P("25/02/26  Coachee 2  14:00-15:00  review and close"),
    P("26/02/26  Supervision – Dawn Fairley  15:00-16:15  supervision 2"),
    P("Total coaching delivered: 16 hours 30 minutes (Coachee 1 7 hrs 45, Coachee 2 8 hrs 45)."),

    H(2, "Session record – 20/01/26"),
    P("Coachee: Coachee 1   Time: 09:30-11:00   Room 2.04"),
    P("""Goal for today: understand how she learns best and get a baseline. Did the learning
      styles questionnaire together and talked through the result. Pulled her last ten
      call scores: customer handling averaging 3.1. Actions: she will listen back to two
      of her own difficult calls before next week. My reflection: I talked too much while
      explaining the questionnaire; next time give it out in advance. Her feedback:
      "Useful, I didn't know I was a reflector but it makes sense.\""""),

    H(2, "Session record – 03/02/26"),
    P("Coachee: Shannon Pryor   Time: 10:00-11:15   Contact: 07700 900417"),
    P("""Goal for today: review progress at the halfway point. She has held one peer feedback
      chat and wants to do the second with a more experienced adviser, which scares her.
      We used GROW on that. Options she came up with: ask the adviser to pick the call;
      start with what went well; do it in a quiet room. Will: by 13/02. My reflection: I
      let a silence run for a long time and she filled it with her real worry, which was
      about being seen as a know-it-all. Her feedback: she rated the session 9/10 and said the
      silence helped."""),

    H(2, "Session record – 17/02/26"),
    P("Coachee: Coachee 1   Time: 09:30-11:00   Room 2.04"),
    P("""Goal for today: plan the side-by-side session with a new starter. We role-played it,
      with me as the new starter being a bit defensive. Her customer handling score is now
      3.8. Actions: run the side-by-side next Thursday. My reflection: the role play worked
      far better than talking about it; I should use it earlier. Her feedback: "The role
      play was scary but that's why it was good.\""""),

    H(2, "Supervision record – 06/02/26"),
    P("Supervisor: Dawn Fairley   Time: 16:00-17:00   Teams"),
    P("""I brought the dual-role problem: being manager and coach. Dawn asked how I would know
      if a coachee was holding back because I do their reviews. We agreed I would ask each
      coachee directly at the next session, and that if either raises something about
      performance I will name which hat I am wearing before I answer. She also noticed from
      my notes that I was doing most of the Options stage myself."""),

    H(1, "3.1 Reflection on each session"),
    P("""I wrote a short reflection straight after every session, in the same three lines each
      time: what went well, what I would change, and what I learned about myself as a
      coach. The session records above show three of them. Across all thirteen sessions the
      key learning was that I move to solutions too fast. In the early sessions I was
      supplying options; by the last two weeks I was asking "what else?" at least three times
      before offering anything. For my CPD I have added "holding back in Options" to my
      development plan."""),

    H(1, "3.2 Feedback from the coachees"),
    P("""At the end of every session I asked each coachee for a score out of ten and one
      sentence: what helped and what did not. I kept these in a simple spreadsheet. Coachee 1's
      scores went from 6 to 9, and her comments moved from "a lot of information" to "felt
      like my session". Coachee 2 was steady at 8 or 9 but twice said sessions felt rushed at
      the end, so I started stopping ten minutes early to agree actions. My operations
      manager also gave feedback at the close that both coachees' quality scores had
      improved and that Coachee 2 had applied for the team coach role."""),

    H(1, "3.3 Review of my communication skills"),
    P("""Questioning: I got better at open and scaling questions but still slip into closed
      ones when I am tired, especially on Wednesday afternoons. Listening: the call centre
      habit of "listen for the problem and fix it" is hard to turn off; my best moments were
      when I noticed a word ("really", "scared") and reflected it back. Giving feedback: I
      am clear and specific, but I learned to ask the coachee to assess herself first, the
      same technique Coachee 2 then used on the floor, so it stopped feeling like an
      appraisal. Next I want to record one session, with consent, and count my questions."""),

    H(1, "3.4 Supervision outcomes"),
    P("""I had two supervision meetings with Dawn Fairley, 60 and 75 minutes. Outcomes of the
      first are in the record above: I now say which hat I am wearing, and I push for more
      options. In the second meeting we looked at endings. Outcome: I planned a proper
      closing session for each coachee, looking back at the goals and agreeing how they would
      keep going without me, rather than just stopping. Dawn also suggested Hawkins and
      Smith's seven-eyed model for my next supervision so I look at the relationship as
      well as the content. Both meetings changed what I did in the following session."""),

    H(1, "Declaration"),
    P("""I declare that the work in this portfolio is my own and that the coaching sessions
      took place as recorded. Signed: M. Delaney   Date: 2 March 2026"""),
]

CASE = Case(
    name="h_8587_302_pdf",
    unit="8587-302",
    kind="structured-pdf",
    files=[SourceFile("Delaney 8587-302 coaching portfolio.pdf", BLOCKS)],
    labels={
        "1.1": "blocked them out of the call schedule",
        "1.2": "each chose their own goals, which we made SMART together",
        "1.3": "I wrote it in bold and we talked it through",
        "2.1": "Coachee 1 came out strongly as a reflector",
        "2.2": "asking advisers to rate their own call first",
        "2.3": "I reflected the word \"really\" back to her",
        "2.4": "copied from my Outlook calendar",
        "3.1": "in the same three lines each time",
        "3.2": "I kept these in a simple spreadsheet",
        "3.3": "the call centre habit of \"listen for the problem and fix it\"",
        "3.4": "planned a proper closing session for each coachee",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        # log lines: Coachee 1 60 + 90 + 90 + 75 + 90 + 60 = 465 (10/02 cancelled);
        # Coachee 2 60 + 90 + 90 + 75 + 90 + 60 + 60 = 525; 465 + 525 = 990.
        # The 20/01, 03/02 and 17/02 session records repeat logged sessions; the
        # "16 hours 30 minutes" line is a total; supervision lines are not coaching.
        "minutes": 990,
        "sessions": 13,
        "individuals": 2,
        "supervision_minutes": 135,  # 06/02 16:00-17:00 (60) + 26/02 15:00-16:15 (75)
        "identifying": ["Shannon Pryor", "07700 900417"],
    },
    about="Contact-centre team manager coaching two advisers; 8587-302 single PDF, log as plain lines, three session records repeating logged sessions, a supervision record; full name and phone planted.",
)
