"""8587-304 mentoring (plain text): a prison education manager's reflective account.

Sian Maddox, curriculum manager for the education contractor in a Category C prison in the
Midlands, mentors two newly appointed tutors through their first term inside. One .txt
file (she wrote it in the prison's locked-down system and exported it): a long reflective
account under loose headings with the criterion numbers in brackets, no log and no table.
Every session is in the prose only ("On 4 March I met Mentee C for just over an hour (70
minutes)"), she writes her own subtotal sentences, one corridor conversation is marked as
not counted, and a third supervision is booked but not yet held. Thoughtful, long-sentenced
voice. She never writes about gathering feedback from her mentees: 3.2 is unanswered.

Practice, as an assessor counts it (the dated sessions in the prose):
    Mentee C: 14 Jan "an hour" 60, 28 Jan "an hour and a half" 90, 11 Feb "just under an
              hour (55 minutes)" 55, 4 Mar "(70 minutes)" 70, 18 Mar "two hours" 120,
              25 Mar "an hour" 60                                           = 455, 6 sessions
    Mentee J: 15 Jan "45 minutes" 45, 29 Jan "from one o'clock until half past two" 90,
              12 Feb "an hour" 60, 5 Mar "an hour and a quarter" 75, 19 Mar "50 minutes" 50
                                                                            = 320, 5 sessions
    => minutes 775, sessions 11, individuals 2.
    Not counted: the 25 Feb corridor conversation with Mentee J (she marks it "informal chat
    – not counted"), her subtotals ("six hours and forty minutes", "12 hours 55 minutes").
    Supervision: 20 Feb "an hour" 60 + 26 Mar "45 minutes" 45 = 105; 22 April booked only.

Clean: no identifying details. Not identifying: Sian's own name, her supervisor named only
by role (Head of Learning and Skills), Mentee C and Mentee J, the prison as "the
establishment", Kolb, Gibbs, Schön, Clutterbuck, Megginson, Daloz, the GROW model, the
Novus-style contractor described in general terms, VARK.
"""

from corpus.case import Case, H, P, SourceFile

BLOCKS = [
    H(0, "UNIT 8587-304 UNDERTAKING AN EXTENDED PERIOD OF MENTORING WITHIN AN ORGANISATIONAL CONTEXT"),
    P("Reflective account – Sian Maddox – Curriculum Manager, prison education"),
    P("""A note on how this account is written. I work in a Category C men's prison where the
      education department is run by an outside contractor, and I have kept everything about
      the establishment, the learners and my two mentees general on purpose. I refer to my
      mentees as Mentee C and Mentee J, which are not their initials. I have not kept a
      separate log because we are not allowed to take paper out of the department, so the
      dates and times of the sessions are all written into this account."""),

    H(1, "Context"),
    P("""New tutors in prison education have a hard first term. Most have taught in colleges or
      schools, and nothing prepares them for a classroom where learners can be moved to
      another wing halfway through a course, where the keys and the radio matter more than
      the lesson plan, and where a session can be locked down with ten minutes' notice. We
      lose a lot of new tutors in the first six months. In January two new tutors joined my
      team, Mentee C teaching functional skills English and Mentee J teaching a level 1
      catering qualification in the staff kitchen, and the Head of Learning and Skills
      asked me to mentor both of them as part of this qualification."""),

    H(1, "Planning the mentoring (1.1)"),
    P("""I planned twelve to thirteen hours across the spring term, roughly six hours with
      each of them, in sessions of between forty-five minutes and two hours. Because our day
      is built around the regime (movement to education at 08:45 and 13:45, lunch lock-up,
      roll checks) the only reliable time for mentoring is the lunch lock-up, when learners
      are back on the wings and tutors are free, or the Friday afternoon when there is no
      education. I planned sessions on Wednesdays for Mentee C and Thursdays for Mentee J
      during lunch lock-up, fortnightly, with longer ones moved to Friday afternoons if
      we needed them. We met in the small tutors' room next to the library because the
      staff room is shared with the gym officers and is never private. I had to think
      about resources differently as well: no laptops go in that room, so I printed what
      we needed the day before, and I kept my own notes in the secure staff area of the
      contractor's system rather than on paper."""),

    H(1, "Agreeing what we would work on (1.2)"),
    P("""I did not want to arrive with a list of things for them to fix. At our first meetings I
      asked each of them to tell me about the best lesson and the worst lesson they had taught
      so far inside, and then what they would need to be able to do by Easter to feel they
      were doing the job rather than surviving it. From those conversations we agreed two
      goals each. Mentee C chose to get her group of eight learners to complete their reading
      assessments before the end of March despite transfers, and to plan lessons that can
      be picked up by a learner who missed the last one. Mentee J chose to manage the
      kitchen safely with knives and heat in the room without relying on the officer to do
      it for him, and to get three learners through the level 1 practical. Both sets of
      goals were written up in the secure notes and I read them back at the start of the
      second session to check they were still right."""),

    H(1, "Contracting (1.3)"),
    P("""The contract was more complicated than the textbook examples because there are more
      stakeholders. There was a written agreement between me and each mentee, which the Head
      of Learning and Skills also signed, covering how often we would meet, that sessions
      could be cancelled by either of us if the regime changed, how notes would be kept, and
      confidentiality. Confidentiality had a clear exception that everyone in prison work
      understands: anything relating to security, safeguarding or a risk of harm has to be
      reported through the proper channels, and I cannot keep that in the mentoring room. I
      made that exception explicit at the first session and asked each of them to say in
      their own words what it meant, which I found worked much better than just reading it
      out. The Head of Learning and Skills agreed that she would not ask me about the content
      of the sessions, only whether they were happening."""),

    H(1, "The sessions"),
    P("""My first meeting with Mentee C was on 14 January and lasted an hour, most of it spent on
      the contract and on her worst lesson so far, when three of her learners were taken for
      a legal visit and she did not know whether to carry on. The next day, 15 January, I met
      Mentee J for 45 minutes; he was quieter and more guarded, and we mostly talked about
      how he had come into prison education from a hotel kitchen."""),
    P("""On 28 January I spent an hour and a half with Mentee C, and we used the reading
      assessment results to look at where each learner was. On 29 January I had Mentee J
      from one o'clock until half past two and we walked the kitchen together with his risk
      assessment, which led to a long conversation about his fear of confrontation. On 11
      February Mentee C and I met for just under an hour (55 minutes) because a lock-down
      ended the session early, and on 12 February Mentee J and I had an hour on his
      practical assessment plan."""),
    P("""By half term I had delivered six hours and forty minutes of mentoring across the two of
      them, a little behind where I wanted to be."""),
    P("""On 25 February I bumped into Mentee J in the corridor after an incident on the wing and
      we talked for about twenty minutes about how shaken he was. I have not counted this
      as a session (informal chat – not counted) because it was not planned and we had no
      agreed focus, but I mention it because it made me think about how much of mentoring in
      a prison happens in the spaces between sessions."""),
    P("""After half term the sessions got longer and more focused. On 4 March I met Mentee C
      for just over an hour (70 minutes) to plan her catch-up pack for learners who miss a
      lesson, and on 5 March I spent an hour and a quarter with Mentee J on how he would
      assess the three learners. On 18 March Mentee C and I had two hours on a Friday
      afternoon, working through her scheme of work for the summer term, and on 19 March
      Mentee J and I had 50 minutes reviewing his goals, since his practical assessments were
      done. My last session with Mentee C was an hour on 25 March, where we looked back at
      both goals and talked about how she would carry on without me."""),
    P("""That brings the total to 12 hours 55 minutes, which meets the twelve hours."""),

    H(1, "Tools and how I used them (2.1)"),
    P("""I used two diagnostic tools. With Mentee C I used the VARK questionnaire, not because I
      believe learning styles decide how people learn, but because it started a conversation
      about how her learners prefer to take in information. She realised she taught almost
      entirely through reading, with learners who mostly struggle to read, and that became
      the basis of her catch-up pack. With Mentee J I used a simple SWOT analysis of himself
      as a tutor. His strengths were all about the food and his weaknesses were all about
      the people, which told us both where to focus, and his "threats" column was mostly
      about the officers, which surprised me."""),

    H(1, "The model I used (2.2)"),
    P("""I used GROW for most sessions, but I found that Daloz's model of support, challenge and
      vision fitted mentoring new staff better than a pure coaching model, so I used it to
      think about the balance of each session. With Mentee J the early sessions were nearly
      all support, because his confidence was so low after the incidents, and I deliberately
      moved towards challenge after half term by asking him to set his own assessment
      dates and hold the group to them. Inside a session GROW gave us a shape: the goal, the
      reality of the last fortnight, the options, and what he would do before I next saw
      him. Using both together helped Mentee J move from wanting the officer to control
      the kitchen to running it himself."""),

    H(1, "Knowledge, skills and behaviours (2.3)"),
    P("""The knowledge I drew on was the difference between mentoring and line management
      (Clutterbuck and Megginson), and my own ten years of teaching in prisons, which I had
      to be careful not to overuse. The skills were questioning, especially open questions
      about feelings, and listening. In the session after the corridor conversation I let
      Mentee J set the agenda and did not fill the silences, and after a long pause he
      said he had been thinking of leaving. We had the most useful conversation of the whole
      term after that. The behaviour I was most conscious of was being ethical: I am their
      manager's manager, and more than once I had to say, "I'm hearing this as your mentor,
      not as your manager", and mean it."""),

    H(1, "How I recorded the process (2.4)"),
    P("""Because nothing written can leave the department, my record is the secure notes area on
      the contractor's system. From the first conversation, where each of them agreed to be
      mentored, to the final session, I kept one dated note per session with the time, the
      goal worked on, the agreed actions and whether the actions from last time were done.
      The Head of Learning and Skills can see that a note exists but not read it. This
      account is written from those notes, which is why I am confident of the dates and
      times above."""),

    H(1, "Reflecting on each session (3.1)"),
    P("""I used Gibbs' reflective cycle after each session, writing a short paragraph in the
      same secure notes. Looking back across the eleven sessions, the key learning for me was
      about control. In the early sessions with both mentees I took over whenever they
      described a difficult moment, because I have been there and I know what works. Schön's
      idea of reflection-in-action helped me catch myself doing it during the sessions by
      March, for example stopping mid-sentence with Mentee C on 4 March and asking her what
      she thought instead. My CPD action from this is to do the contractor's coaching skills
      course in the summer, so that I have more tools than my own experience."""),

    H(1, "My communication skills (3.3)"),
    P("""Questioning: my open questions are good, but I ask two at once when I am nervous, and
      both mentees answered only the second one. Listening: I learned to listen for what was
      behind the words. When Mentee J kept saying the kitchen was "fine", I asked him what
      "fine" meant to him, which opened up a conversation about a learner who had
      threatened him. Feedback: I give feedback in a very direct way, and with Mentee C I
      learned to soften it by asking her to tell me first what she would change, which meant
      she usually said it before I did. Silence was the skill that made most difference, and the one
      I found hardest."""),

    H(1, "Supervision (3.4)"),
    P("""I had supervision with the Head of Learning and Skills on 20 February for an hour and
      on 26 March for 45 minutes. In the first session we talked about the corridor
      conversation and whether I should have counted it. Her view, which I agree with, was
      that it was support rather than mentoring, and the outcome was that I now tell both
      mentees that they can ask for an unplanned session, so that these moments can become
      proper sessions with a focus. In the second session the outcome was a plan for ending
      the mentoring with Mentee J, who was anxious about it, by handing him over to a peer
      buddy in the catering team. We have a third supervision booked for 22 April to review
      how the endings went, which is after this account is due."""),

    P("Sian Maddox, 30 March"),
]

CASE = Case(
    name="h_8587_304_txt",
    unit="8587-304",
    kind="unstructured",
    files=[SourceFile("Maddox_304_reflective_account.txt", BLOCKS)],
    labels={
        "1.1": "the only reliable time for mentoring is the lunch lock-up",
        "1.2": "best lesson and the worst lesson they had taught",
        "1.3": "asked each of them to say in their own words",
        "2.1": "she taught almost entirely through reading",
        "2.2": "deliberately moved towards challenge after half term",
        "2.3": "I'm hearing this as your mentor, not as your manager",
        "2.4": "kept one dated note per session with the time",
        "3.1": "stopping mid-sentence with Mentee C on 4 March",
        "3.2": None,
        "3.3": "I ask two at once when I am nervous",
        "3.4": "they can ask for an unplanned session",
    },
    expected_checks={
        "declaration": False,
        "evidence_matrix": False,
        # prose only. Mentee C 60 + 90 + 55 + 70 + 120 + 60 = 455 (6 sessions);
        # Mentee J 45 + 90 (13:00-14:30) + 60 + 75 + 50 = 320 (5 sessions); 455 + 320 = 775.
        # 25 Feb corridor chat marked "informal chat – not counted"; her subtotal sentences
        # ("six hours and forty minutes", "12 hours 55 minutes") restate the sessions.
        "minutes": 775,
        "sessions": 11,
        "individuals": 2,
        "supervision_minutes": 105,  # 20 Feb an hour (60) + 26 Mar 45 minutes; 22 April only booked
        "identifying": [],
    },
    about="Prison education curriculum manager mentoring two new tutors; 8587-304 plain-text reflective account, sessions only in prose with her own subtotals, an uncounted corridor chat; 3.2 unanswered; no declaration; clean.",
)
