"""8584-201 mentoring practice: a household waste recycling centre supervisor's ILM template, session forms only.

Kerry Blenkinsop supervises a council household waste recycling centre run by a contractor
and mentors a new site operative, "EM-01" on every form. She used the handbook's Mentoring
Diary template as it comes: the cover box (with the total hours and both signatures), the
AC 1.1 and 1.2 prompts with her answers under them, one session record form per session
(Session no. / Date / Duration and the GROW-style boxes), the reflective log with one
column per session date, then 3.1 to 3.3. There is no summary log: the forms are the only
record of times. Form 4 is for a session that never happened (the site was shut for an
amber wind warning) and says so, with the boxes filled "n/a". The next form is numbered 5.
The cover's "Total number of hours completed" restates the forms. A portfolio evidence
matrix sits at the front.

Planted (1): the mentee signed the cover box with his real initial and surname and she did
not anonymise it ("D. Kowalczyk").

Clean but tricky: her own name (mentor signature, declaration), her tutor by role, her site
manager and "the other operative" by role, Amazon and Doncaster (where he worked before),
the Met Office, WAMITAB, GROW, the welfare cabin.

Assessor's arithmetic (session forms, Duration box):
  Form 1  03/02  "1 hour"                 -> 60
  Form 2  10/02  "45 minutes"             -> 45
  Form 3  17/02  "1.30pm - 2.30pm"        -> 60
  Form 4  24/02  "0 - did not take place" -> excluded
  Form 5  03/03  "50 mins"                -> 50
  Form 6  10/03  "1 hr 15 min"            -> 75
  minutes 60 + 45 + 60 + 50 + 75 = 290; sessions 5; individuals 1.
  Cover "4 hours 50 mins" restates them (290) -> never added.
  Tutor: 25 Feb tutorial call "about 15 minutes" + 14 Mar meeting 2pm to 3pm (60) -> 75.
"""

from corpus.case import B, Case, H, P, SourceFile, T


def form(no, date, duration, review, goal, reality, options, chosen, willing, fb_given, fb_from, nxt):
    return T(
        ["Session no.", no],
        ["Date", date],
        ["Duration", duration],
        ["Review of client's progress from last session (if applicable)", review],
        ["Goal/focus/topic for today's meeting", goal],
        ["Reality/current situation", reality],
        ["Options generated to achieve goal", options],
        ["Chosen option & target date", chosen],
        ["Willingness of mentee", willing],
        ["Feedback you gave to the mentee", fb_given],
        ["Feedback from mentee on the mentoring session", fb_from],
        ["Date and venue of next session", nxt],
    )


BLOCKS = [
    H(0, "Mentoring Diary"),
    P("ILM Level 2 Award in Effective Mentoring - Unit 201 Developing Mentoring Skills"),
    T(
        ["Name of Mentor", "Kerry Blenkinsop"],
        ["Client Ref/ID", "EM-01"],
        ["Start Date of Activity", "3rd February 2025"],
        ["Total number of hours completed", "4 hours 50 mins"],
        ["Signature of Mentor", "K Blenkinsop", "Date", "12/03/25"],
        ["Signature of Mentee", "D. Kowalczyk", "Date", "12/03/25"],
    ),

    H(1, "Portfolio Evidence Matrix"),
    T(
        ["Assessment criteria", "Evidence", "Page"],
        ["1.1 Prepare a plan", "Mentoring Diary - plan", "2"],
        ["1.2 Agreed goals", "Mentoring Diary - SMART goals", "2"],
        ["2.1 3 hours of mentoring", "Session record forms 1-6", "3-8"],
        ["2.2 Questioning and listening", "Reflective log", "9"],
        ["2.3 Feedback", "Session record forms", "3-8"],
        ["2.4 Trust", "Reflective log", "9"],
        ["2.5 Records", "Session record forms, cover sheet", "1, 3-8"],
        ["3.1 Review own performance", "Review", "10"],
        ["3.2 Meeting with tutor", "Tutor meeting summary", "10"],
        ["3.3 Future development", "Development plan", "11"],
    ),

    H(1, "AC 1.1 Prepare a plan for effective mentoring of an individual"),
    P("Write a brief profile of the person you are mentoring"),
    P("""EM-01 started with us in January as a site operative. He is 23 and came from a
      picking job at Amazon's warehouse near Doncaster, so he is used to hard work and
      targets but he has never worked with the public and never worked outdoors. The site is
      busy, the public can be rude when we turn them away with trade waste or without a
      booking, and there is a lot to learn about what goes in which container. My site
      manager asked me to mentor him because two of the last three new starters left within
      two months."""),
    P("Has confidentiality been agreed? Yes/No"),
    P("""Yes. We agreed at the first session that what he tells me stays with me unless it is a
      safety issue or something the site manager has to know by law, and we both signed the
      mentoring agreement."""),
    P("Where will you meet for the sessions?"),
    P("In the welfare cabin at the site, with the door shut and the radio turned down."),
    P("What makes this venue suitable?"),
    P("""It is the only place on site that is warm and private. We meet on a Monday because it is
      our quietest day and the other operative can cover the gate, and I booked the sessions
      before the lunchtime rush or after it so we are not interrupted by queues backing up
      onto the road."""),
    T(
        ["Planned duration of the sessions", "About an hour", "Number of sessions", "6"],
    ),

    H(1, "AC 1.2 State the agreed goals of the mentoring session"),
    P("Record here the SMART Goals of the person you are mentoring"),
    B("""By the end of March, deal with a customer who has brought in trade waste on his own,
      using the site script, without calling me over. Measured by: me watching from the cabin
      on three occasions."""),
    B("""By the end of February, pass the site's container quiz (all 28 streams, from
      plasterboard to fridges) with no more than two wrong."""),
    B("""Start his WAMITAB certificate by April, with the first unit booked."""),
    P("""For session 2 our small goal was the quiz practice and for session 3 the script, so each
      session had its own target as well."""),

    H(1, "AC 2.1 / 2.3 / 2.5 Session record forms"),
    P("(For completion by the mentor when carrying out their mentoring sessions. One copy per session.)"),
    form("1", "03/02/25", "1 hour",
         "n/a - first session",
         "Getting to know each other, agreement, what he wants from the job",
         "Finds the public stressful, especially when people argue about trade waste. Likes the container work",
         "Talked about what he'd like to get better at first",
         "Agreed the three goals (see 1.2), signed the agreement. Next time: container quiz practice",
         "Very keen, asked if we could meet every week",
         "Told him he had done well to spot the gas bottle in the general waste on his second day",
         "Said it was good to have someone to ask who wasn't the boss",
         "10th February, welfare cabin"),
    form("2", "10/02/25", "45 minutes",
         "Has been learning the containers from the signs, got 19 out of 28 on first try at the quiz",
         "Container quiz",
         "Mixes up rigid plastics and mixed plastics, and where small electricals go",
         "Flash cards; walking the site with me; taking photos of the signs on his phone",
         "Walk the site every morning for a week, try the quiz again by 17/02",
         "Good, he liked the photos idea best",
         "Told him 19 is already better than I got at first and showed him the three he lost points on",
         "'Walking round helped more than sitting down'",
         "17th February, welfare cabin, 1.30pm"),
    form("3", "17/02/25", "1.30pm - 2.30pm",
         "Quiz passed, 27 out of 28!",
         "Dealing with a customer who has trade waste",
         "Avoids the conversation, comes and gets me. Worried people will shout at him",
         "Role play the script; watch me do two; do one with me next to him; read the council policy",
         "Role play now, then do one with me next to him this week",
         "Nervous but said he would try",
         "After the role play I said his opening was clear and polite but he apologised four times, and one sorry is enough",
         "Said the role play was awkward but useful",
         "24th February, welfare cabin"),
    form("4", "24/02/25", "0 - did not take place",
         "Session did not take place. Amber wind warning from the Met Office, site shut at 11am, containers tied down and everyone sent home",
         "n/a", "n/a", "n/a", "n/a", "n/a", "n/a", "n/a",
         "Moved to 3rd March, same place"),
    form("5", "03/03/25", "50 mins",
         "Did a trade waste refusal with me next to him last week, and one on his own on Saturday",
         "How it went on Saturday, and the WAMITAB booking",
         "The man on Saturday swore at him but left without dumping anything. Shaken but pleased",
         "Talk it through; write down what worked; ask the site manager for the WAMITAB form",
         "Write down his own version of the script in his words by 10/03. Ask for the form this week",
         "Very. He brought the form to the session already filled in",
         "Told him that keeping calm while someone swears at you is the hardest part of this job and he did it",
         "'I didn't think I could do that'",
         "10th March, welfare cabin"),
    form("6", "10/03/25", "1 hr 15 min",
         "Has his own script, two more refusals done on his own, WAMITAB unit 1 booked for April",
         "Review of all goals and what next",
         "All three goals met or started. Still doesn't like the phone",
         "Keep going on his own; I step back; he could buddy the next new starter",
         "He will show the next starter the containers in April",
         "Good, a bit sad it's finished",
         "Went through each goal with him and said what I had seen change since February",
         "Filled in the mentee feedback sheet, said he'd recommend it",
         "Finished - informal catch ups once a month"),
    P("""That is five sessions that actually happened, and they add up to 4 hours 50 minutes
      with one person, so more than the three hours needed even without the one we lost to
      the wind."""),
    P("""I filled each form in on the cabin PC straight after the session and printed it for him
      to check, so he could change anything he thought was wrong before it went in the
      folder. The folder lives in the locked drawer in the site office."""),

    H(1, "Reflective log - AC 2.2 and AC 2.4"),
    P("Client ref/ID: EM-01"),
    T(
        ["", "Session date 03/02/25", "Session date 10/02/25", "Session date 17/02/25"],
        ["How did you develop trust with mentee?",
         "Told him about my first week when I put a fridge in the wrong cage and nobody told me",
         "Kept my promise to bring the quiz sheet",
         "Did the role play myself first so I looked daft before he had to"],
        ["Examples of questions you asked",
         "What made you apply here? What's the worst bit so far?",
         "Which three do you always get wrong? Why do you think that is?",
         "What do you think they are thinking when you say no?"],
        ["Listening techniques you used",
         "Let him finish, nodded, summarised back what he said about the public",
         "Repeated his words back - 'the plastics are a nightmare'",
         "Noticed he went quiet when I mentioned shouting, asked about it"],
        ["What went well?", "He talked a lot more than I expected", "The walk round idea came from him", "The role play"],
        ["What could you do better?", "I did most of the talking for the first 20 minutes", "Stopped looking at my watch", "Asked two questions at once"],
    ),
    T(
        ["", "Session date 03/03/25", "Session date 10/03/25"],
        ["How did you develop trust with mentee?",
         "Did not tell the site manager about the swearing customer until he said I could",
         "Asked him honestly what I could have done better"],
        ["Examples of questions you asked",
         "What did you do that worked? What would you keep?",
         "Looking back, what are you proudest of?"],
        ["Listening techniques you used",
         "Silence after he finished, waited for him to add more",
         "Summarised all three goals back to him in his words"],
        ["What went well?", "He did most of the talking", "Good ending"],
        ["What could you do better?", "Nothing much", "Let him lead the review more"],
    ),

    H(1, "AC 3.1 Review own mentoring performance"),
    P("""Using my mentoring diary and reflective log, and the feedback sheet EM-01 filled in, I think
      I was good at the practical side: planning, keeping the sessions going when the site was
      busy, and finding things that suited him like walking the site. Against the list of
      mentor skills from our workshop I was strongest on building rapport and giving
      feedback, and weakest on questioning. My reflective log shows I asked two questions at
      once more than once and did most of the talking at the start. It got better: by session
      5 he was doing most of the talking. His feedback sheet said I was 'easy to talk to and
      didn't make me feel thick', which mattered to me."""),

    H(1, "AC 3.2 Meeting with my tutor"),
    P("""I met my tutor at the training centre on Friday 14th March from 2pm to 3pm. The purpose
      was to go through the forms and reflective log together and talk about what I had
      learned. She asked why session 4 had a form at all, and I said I wanted the folder to
      show what happened every Monday, even the one we lost. She agreed it was good practice.
      The main outcome was that I need to plan my questions before a session, not just the
      topic. We also agreed I should look at another model apart from GROW. She had also rung
      me on 25th February for about 15 minutes after I emailed her about the lost session,
      to check I would still have enough hours and to talk through moving it."""),

    H(1, "AC 3.3 Identify and plan areas for future development as a mentor"),
    T(
        ["What", "How", "When", "How will I know"],
        ["Better questions", "Write three open questions on a card before every session", "Next mentee (April)", "Reflective log shows one question at a time"],
        ["Let the mentee lead", "Ask the mentee to bring the agenda", "From April", "He or she talks first in every session"],
        ["Mentor the next starter", "Ask the site manager for the April starter", "April - June", "Agreement signed"],
    ),

    H(1, "Declaration"),
    P("""I confirm that this is my own work and that the sessions recorded took place.
      Signed: K Blenkinsop   Date: 17/03/25"""),
]

CASE = Case(
    name="w_8584_201_recycling_centre_docx",
    unit="8584-201",
    kind="portfolio",
    files=[SourceFile("Kerry Blenkinsop - Unit 201 Mentoring Diary.docx", BLOCKS)],
    labels={
        "1.1": "before the lunchtime rush or after it",
        "1.2": "deal with a customer who has brought in trade waste",
        "2.1": "five sessions that actually happened, and they add up",
        "2.2": "Which three do you always get wrong?",
        "2.3": "he apologised four times, and one sorry is enough",
        "2.4": "Did the role play myself first so I looked daft",
        "2.5": "printed it for him to check",
        "3.1": "didn't make me feel thick",
        "3.2": "I need to plan my questions before a session",
        "3.3": "Write three open questions on a card before every session",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": True,
        "identifying": ["D. Kowalczyk"],
        # Forms: 1 "1 hour" 60 + 2 "45 minutes" 45 + 3 "1.30pm - 2.30pm" 60 + 5 "50 mins" 50
        # + 6 "1 hr 15 min" 75 = 60 + 45 = 105; + 60 = 165; + 50 = 215; + 75 = 290.
        # Not: form 4 (did not take place); the cover's "4 hours 50 mins" (restates 290).
        "minutes": 290,
        "sessions": 5,
        "individuals": 1,  # EM-01
        # 3.2: tutor meeting 2pm to 3pm = 60 + 25 Feb tutorial call about 15 = 75
        "supervision_minutes": 75,
    },
    about="Recycling centre supervisor's 201 on the ILM Mentoring Diary template: session record forms only (no log), one form for a session lost to a wind warning, form numbering skips to 5, cover total restates the forms; mentee's unanonymised signature on the cover; matrix; tutor hour + 15-min call.",
)
