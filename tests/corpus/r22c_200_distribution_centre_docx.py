"""8584-200 Understanding Mentoring: a supermarket distribution centre's team leader, centre's Word template.

Tariq Mahmood is a night-shift team leader in the chilled chamber of a supermarket's regional
distribution centre (about 900 colleagues, picking for 140 stores, agency labour at peak).
He is about to mentor colleagues moving from agency to permanent contracts and a newly
promoted team leader. He typed into his training centre's Word template for Unit 200 and left
almost all of its furniture in place: a Title, the instructions paragraph that says to delete
the guidance ("Please delete the grey guidance text before you submit" - he did not), Heading
1 "Task 1" / "Task 2" / "Task 3", a Heading 2 per task number ("1.1", "1.2" ... "3.3" on their
own), and under each the brief's task wording as a Normal paragraph, a "Guidance:" paragraph
from the handbook's assessment guidance, a "Your answer:" line and, under 1.3 and 2.4, the
Word content-control placeholder "Click or tap here to enter text." that he typed underneath
rather than into. None of the template's prompt or guidance text holds a label.

Traps:
- 2.1 is answered inside a three-column table (the brief asks for a table), label in a cell;
  one line of lead-in above the table.
- 3.1 is split: the main answer (needs, questionnaire, planning each meeting) sits under 3.1;
  after 3.2 he adds "3.1 (cont.)" on where and when meetings happen and the agreement. The
  label is in the first part, under the template's own 3.1 heading.
- 1.3 and 1.4 follow the template's order; each barrier named in 1.3 is taken up again in
  1.4, so the barrier words (shift patterns, agency contracts, noise) repeat across the two.
  Labels sit in the 1.3 "why it is a barrier" text and the 1.4 "how to overcome" text.
- 1.2 names three situations (agency to permanent, a new team leader, a colleague returning
  from long-term sick) as a bulleted list with a sentence each; label in the second bullet.
- The template's declaration at the end is completed and signed: declaration True. Unit 200
  is an assignment, not a portfolio, so no evidence matrix is expected: None.

Identifying (planted): "Dean Pritchard", a picker the learner names in full in 1.2 as the
first colleague he will mentor, and "K. Wojcik", a colleague named by initial and surname in
3.3 as the owner of an induction checklist he quotes. Not identifying: the learner's own
name, the centre (Northgate Training), the supermarket and DC (not named), GROW, the feedback
sandwich, CEDAR, UK GDPR, the Equality Act, the shift manager and HR business partner by role.
"""

from .case import Case, H, P, B, SourceFile, T

GUIDE = "Please delete the grey guidance text before you submit."

BLOCKS = [
    H(0, "ILM Level 2 Award in Mentoring - Unit 200 Understanding Mentoring - Assignment Template"),
    P("Learner name: Tariq Mahmood"),
    P("ILM registration number: 40311872"),
    P("Centre: Northgate Training (centre no. 7724)"),
    P("Date submitted: 14 March"),
    P("""Instructions: Type your answers in the space below each task. All task numbers correspond
      to the assessment criteria (task 1.1 refers to AC 1.1). The suggested word count for this
      unit is 1,000 - 2,000 words. """ + GUIDE),
    P("""Task context: You are about to become a mentor and want to ensure that you are thoroughly
      prepared for the task. In order to do this, you will need to find out more about best
      practice for the mentoring role."""),

    H(1, "Task 1"),
    P("""In this task, before you begin your new work, you are finding out more about what the
      mentor does, the benefits and any potential barriers."""),

    H(2, "1.1"),
    P("""Considering your new mentoring role in supporting individuals, describe the essential
      parts of the work and the main activities."""),
    P("""Guidance: Provide a clear description of the main activities and responsibilities of an
      effective mentor."""),
    P("Your answer:"),
    P("""I work nights as a team leader in the chilled chamber at our regional distribution
      centre. We pick and load chilled food for 140 stores, and the chamber runs at about three
      degrees, so it is cold, noisy (reach trucks, the wrapping machine, the voice-picking
      headsets) and fast. From April the site is starting a mentoring scheme and I have
      volunteered to be one of the first mentors."""),
    P("""A mentor is a more experienced colleague who helps someone else learn and settle in, mainly
      by listening, asking questions and sharing what they know, so the person works things out
      for themselves. It is not the same as being their team leader. A team leader sets
      targets, checks pick rates and deals with discipline; a trainer teaches a set skill like
      using the voice-pick system; a mentor is someone outside your line you can be honest
      with. I will not mentor anyone on my own team for that reason."""),
    P("""The main activities of the role are: meeting the mentee regularly at a time that suits the
      shift, agreeing at the start what we are working on and what stays between us, listening
      to what is going well and what isn't, helping them set small goals, giving honest
      feedback, sharing my own experience when it helps (I started as agency on nights
      myself), pointing them to other help such as HR or the employee assistance line, and
      keeping short notes. The essential part is that the mentor keeps the mentee's
      development at the centre and does not take over their problems for them."""),

    H(2, "1.2"),
    P("""Outline the main benefits of the mentoring you are about to undertake by describing at
      least three situations where the mentoring will add value."""),
    P("""Guidance: State the benefits to individuals who receive mentoring. To meet this criterion,
      the learner must describe how mentoring benefits individuals in at least three different
      situations."""),
    P("Your answer:"),
    B("""Agency to permanent. Every autumn we take on around sixty agency pickers for the Christmas
      peak and keep about twenty. The first person I will mentor is Dean Pritchard, a picker on
      nights who has just been made permanent. Mentoring helps someone in his position understand
      the things the agency induction never covered (the bonus scheme, holiday booking, how to
      apply for a reach truck licence) and feel part of the site rather than a temporary extra,
      which makes them more likely to stay past their first year."""),
    B("""A newly promoted team leader. Going from picker to team leader over people who were your
      mates last week is hard. A mentor who has done it can help them talk through handling a
      friend who is late again, so they grow into the job instead of either becoming a
      pushover or coming down too hard. The benefit is confidence and a better team."""),
    B("""A colleague returning after long-term sickness. Someone coming back after an operation or
      a period of stress may be nervous about the pace and the cold. A mentor can help them
      plan a phased return with their manager, notice if they are struggling, and build their
      confidence back up step by step."""),
    P("""In all three situations mentoring also helps the business: fewer leavers, fewer mistakes
      while people are settling in, and more people ready for promotion from inside."""),

    H(2, "1.3"),
    P("""There are likely to be potential barriers which will affect the success of your mentoring.
      Outline two or more and explain why they are each a potential barrier."""),
    P("""Guidance: State two or more potential barriers to effective mentoring."""),
    P("Your answer:"),
    P("Click or tap here to enter text."),
    P("""Shift patterns. Nights work four on, four off, and my mentee might be on the opposite set
      to me. If we are never on site together the meetings slip, and once a couple of meetings
      are missed the relationship loses its momentum."""),
    P("""Trust. People who have come through agencies are used to being told what to do and to being
      let go at short notice. They may worry that anything they say to a mentor, for example that
      they are finding the pick rate hard, goes straight back to their manager and counts
      against them. That fear would stop them talking honestly, and without honesty the
      mentoring is just a chat."""),
    P("""The environment. There is nowhere quiet in the chamber, the canteen is busy at break and the
      training room is booked by days. Trying to have a proper conversation in the cold with
      a reach truck reversing past is not going to work."""),

    H(2, "1.4"),
    P("""Provide an explanation of how to overcome each of the potential barriers to effective
      mentoring that you have identified."""),
    P("""Guidance: Using the two or more potential barriers identified, provide an explanation of
      how to overcome each of those potential barriers."""),
    P("Your answer:"),
    P("""Shift patterns: I will only be matched with someone on the same four-on-four-off set, and
      we will book the next meeting before we leave the last one. If rotas change, a short Teams
      call on a rest day (paid, agreed with the shift manager) keeps things going until we can
      meet properly."""),
    P("""Trust: at our first meeting we will agree in writing what stays between us and the only
      exceptions (safety, safeguarding, anything illegal). I will explain that I do not report
      back on performance and that my mentee's team leader is told only that we are
      meeting. Keeping my word on small things early on, like turning up when I said I would,
      is what builds trust."""),
    P("""The environment: the HR business partner has agreed that mentors can book the small
      meeting room by the gatehouse between 01:00 and 03:00, when nobody from days is in.
      It is warm, it has a door that shuts, and it is away from the chamber, so people
      will not see who is meeting whom."""),

    H(1, "Task 2"),
    P("""In this task, you are now considering how best to prepare yourself for the practical
      mentoring."""),

    H(2, "2.1"),
    P("""Consider the key skills you need to be effective in your role as a mentor. Present a
      minimum of two of these skills in a table which gives essential information about those
      skills."""),
    P("""Guidance: Clearly set out a list of key skills required to be an effective mentor,
      including a minimum of two or more skills."""),
    P("Your answer:"),
    P("The table below lists the skills I think matter most for mentoring on our site."),
    T(["Skill", "What it looks like", "Why it matters here"],
      ["Active listening", "Giving full attention, nodding, summarising back, not checking my radio",
       "Night workers often feel nobody on days listens to them"],
      ["Questioning", "Mostly open questions, then probing and checking questions",
       "Helps the mentee find their own answer instead of waiting to be told"],
      ["Empathy", "Understanding how the mentee feels without judging them",
       "I remember standing in the cold at 4am wondering why I took the job"],
      ["Giving feedback", "Specific, balanced, about behaviour not personality",
       "People need to know how they are doing before the pick-rate review does it for them"],
      ["Role modelling", "Doing what I ask others to do, on time, safe, calm",
       "New starters copy what they see, good and bad"],
      ["Goal setting", "Helping break a big aim into small SMART steps", "Keeps the mentoring moving"]),

    H(2, "2.2"),
    P("""Select a model or process that you are planning to follow with an individual in your
      mentoring sessions and describe how it will work in your organisation or situation."""),
    P("""Guidance: Describe a model or process that can be followed for effective mentoring and how it
      works when mentoring an individual."""),
    P("Your answer:"),
    P("""I will use the GROW model, which the site already uses for coaching conversations, so my
      mentees may have heard of it. G is Goal: what the mentee wants from this meeting and from
      the mentoring overall. R is Reality: where they are now, what is happening, what they
      have tried. O is Options: what they could do, with me adding my experience as one option
      among theirs. W is Way forward (or Will): what they will actually do before we next meet,
      and how committed they are to it."""),
    P("""As an example of how it will work here, a new permanent picker whose goal is to pass the
      reach truck course would, in Reality, tell me he has failed the theory once and is
      nervous of heights. In Options we might look at the practice papers in the training
      office, asking the trainer for a second go in the quiet hour, or pairing with an
      experienced driver on a break. In Way forward he picks one and we check it next time.
      The model keeps the meeting focused and stops it drifting into a general moan about the
      night shift."""),

    H(2, "2.3"),
    P("""Explain how you are going to use your knowledge of questioning and listening techniques
      effectively in mentoring individuals."""),
    P("""Guidance: Explain how to use questioning and listening in the mentoring process and
      specifically how this can help individuals."""),
    P("Your answer:"),
    P("""Open questions (what, how, tell me about) get the mentee talking and let them set the
      agenda, for example "How has your first month on nights been?". Probing questions
      follow up on something they said: "You said the loading bay is the worst part, what
      happens there?". Closed questions are useful only for checking facts or getting
      agreement: "So you'll speak to the trainer by Friday?". I will try to avoid leading
      questions like "You don't want to stay on agency, do you?" because they put my answer
      in the mentee's mouth."""),
    P("""Listening is the other half. I will practise active listening: putting my headset and radio
      away, keeping eye contact, not interrupting, and then summarising what I have heard so
      the mentee knows I got it and can correct me if I didn't. I will also listen for what is
      not said, such as someone who talks about everything except their team leader. Good
      listening helps the mentee feel taken seriously, which for someone who has spent a
      year being "the agency lad" can be the biggest thing I give them."""),

    H(2, "2.4"),
    P("""Part of your role will be to give feedback to individuals. Describe how you will do this in
      an effective way."""),
    P("""Guidance: Describe how feedback can be provided to individuals being mentored."""),
    P("Your answer:"),
    P("Click or tap here to enter text."),
    P("""I will use the CEDAR model rather than the feedback sandwich, because on our site people
      see through the sandwich straight away. Context: say what the feedback is about and why.
      Examples: give a real example I saw or they told me about. Diagnosis: ask them what they
      think was going on. Actions: agree together what they will do differently. Review:
      check at the next meeting how it went. For example, if a new team leader tells me she
      told off a picker in front of the whole aisle, I would first ask how she thinks it
      landed, then share what I noticed, then agree she tries having the next one in the
      office. Feedback will always be given in private, as soon as possible after the event,
      about what the person did rather than who they are, and I will ask for feedback on my
      mentoring too."""),

    H(2, "2.5"),
    P("""It will take time to develop trust with individuals in mentoring situations, describe what
      can be done to achieve this."""),
    P("""Guidance: Describe how the mentor can build trust with individuals."""),
    P("Your answer:"),
    P("""Trust is built by doing what you say. If I say I'll be in the meeting room at 01:15 I need
      to be there, not finishing a load. I will be open about my own background: I came in as
      agency on nights eight years ago and failed my first pick-rate review, which tells a new
      starter I am not judging them from above. Confidentiality is the biggest part. We will
      agree what stays between us and when I would have to pass something on (for example if
      someone said they were thinking of harming themselves, or saw a colleague drive a truck
      after drinking), and I will stick to that exactly. I will also set boundaries, such as
      not lending money or getting involved in disputes between colleagues, and refer them on
      to HR, occupational health or the employee assistance line when something is beyond me.
      Respecting the mentee's choices, even ones I wouldn't make, shows that it is their
      mentoring and not mine."""),

    H(1, "Task 3"),
    P("""In this task, you are making sure that you are fully prepared for the mentoring and you are
      selecting relevant documents to complete."""),

    H(2, "3.1"),
    P("""Explain your method for planning effective mentoring sessions and how you will plan to use
      any forms or templates as evidence."""),
    P("""Guidance: Explain how to plan for mentoring sessions. Describe methods that would be used,
      including questionnaires or forms to assess the needs of individuals being mentored and
      any agreements required between mentor and the individual (mentee)."""),
    P("Your answer:"),
    P("""Before the first meeting I will ask the mentee to fill in the site's two-page new starter
      questionnaire, which asks them to score themselves from 1 to 5 on things like using the
      voice-pick system, manual handling, knowing who to go to, and confidence on the
      trucks. This shows where the gaps are and gives us something to start the conversation
      with. I will also ask their team leader (with the mentee's permission) whether there is
      anything the mentee has asked for help with."""),
    P("""For each meeting I will plan by reading my notes from the last one, checking what actions
      were agreed, and jotting down two or three open questions to start with. I won't plan
      the whole meeting because it belongs to the mentee, but I will plan a rough shape using
      GROW so we finish with something agreed. I will use the ILM mentoring agreement template
      at the first meeting and the session record template after each one, and these will be
      my evidence for unit 201."""),

    H(2, "3.2"),
    P("""Select at least two goals that would be agreed between you and the individual you are
      mentoring and describe what you would consider for the goals to become effective."""),
    P("""Guidance: Give examples of at least two goals that would provide the focus of mentoring."""),
    P("Your answer:"),
    P("""Goal 1 (a new permanent picker): "Pass the reach truck theory and practical assessment by
      the end of June, with at least two practice sessions booked with the trainer in May." Goal
      2 (a new team leader): "Hold a one-to-one with each of my eight pickers before the end of
      the next four-week rota, using the site's one-to-one form." Goal 3 (someone returning
      from sickness): "Be back on full hours and hitting 95% of pick rate within eight weeks,
      with a check-in every Friday." For goals to be effective they need to be SMART, they need
      to be the mentee's own and written in their words, and I need to check how committed they
      are, for example by asking "on a scale of one to ten how likely are you to do this?". If
      the answer is below seven we change the goal, not the number."""),

    P("3.1 (cont.)"),
    P("""I forgot to say in 3.1 about where and when. Meetings will be in the small meeting room by
      the gatehouse in the quiet part of the night (01:00 to 03:00), for about 45 minutes every
      two weeks for the first three months and then monthly. Before the first proper meeting we
      will sign the mentoring agreement, which says how often we meet, how to rearrange, what is
      confidential and the exceptions, how the notes are kept, and that either of us can end it
      if it isn't working. I will also check with the shift manager that the time is covered
      on the rota so the mentee doesn't lose pick time by meeting me."""),

    H(2, "3.3"),
    P("""Give reasons for the selection of records that the mentor is required to keep, identifying
      examples, and explaining the main considerations in keeping those records."""),
    P("""Guidance: Explain what records are required to be kept by the mentor."""),
    P("Your answer:"),
    P("""The records I will keep are: the signed mentoring agreement, the needs questionnaire, a
      short session record for each meeting (date, length, what we discussed in outline, goals
      and actions agreed) and my own mentoring diary where I reflect on how I did. The
      agreement is kept so we can both go back to what we said if there is a disagreement. The
      session records help me remember where we got to, show the mentee their progress over
      time and give my assessor evidence that the mentoring happened. The diary helps me
      improve as a mentor and gives me things to take to my tutor."""),
    P("""I looked at the induction checklist K. Wojcik uses for agency starters in ambient as an
      example of what not to do: it has a column for "attitude" comments that the starter never
      sees. My records will be different. The main considerations are data protection under UK
      GDPR (only record what is needed, keep it secure in a locked drawer or a password-protected
      folder, and destroy it at an agreed time after the mentoring ends), confidentiality
      (nothing goes on the mentee's HR file), and openness: the mentee can see anything I write
      about them, so I write it as if they are reading it over my shoulder."""),

    H(1, "Learner declaration"),
    P("""I confirm that the work submitted for this assignment is my own and that any sources used
      have been acknowledged. I understand that false declaration is a form of malpractice."""),
    P("Signed: T. Mahmood    Date: 14/03"),
    P("""References: Whitmore, J. (2017) Coaching for Performance (GROW). ILM Unit 200 handbook
      (CEDAR feedback model, course notes)."""),
]

CASE = Case(
    name="r22c_200_distribution_centre_docx",
    unit="8584-200",
    kind="structured-docx",
    files=[SourceFile("Tariq Mahmood Unit 200 template.docx", BLOCKS)],
    labels={
        "1.1": "does not take over their problems for them",
        "1.2": "handling a friend who is late again",
        "1.3": "without honesty the mentoring is just a chat",
        "1.4": "we will book the next meeting before we leave the last one",
        "2.1": "Night workers often feel nobody on days listens to them",
        "2.2": "drifting into a general moan about the night shift",
        "2.3": "listen for what is not said",
        "2.4": "people see through the sandwich straight away",
        "2.5": "not lending money or getting involved in disputes",
        "3.1": "jotting down two or three open questions to start with",
        "3.2": "we change the goal, not the number",
        "3.3": "as if they are reading it over my shoulder",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": None,
        "identifying": ["Dean Pritchard", "K. Wojcik"],
    },
    about="Distribution centre night team leader's 200 in the centre's Word template with task wording, guidance and placeholders left in; 2.1 in a skills table, 3.1 continued after 3.2 as '3.1 (cont.)', three situations as bullets; declaration; two planted names.",
)
