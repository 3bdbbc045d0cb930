"""8584-201 Developing mentoring skills (DOCX): a pharmacy chain dispensary supervisor.

Aisling Devlin, dispensary supervisor in a high-street branch of a pharmacy chain in
Leicester, mentors a newly started trainee dispenser. Her Word document answers the
criteria under short headings, then carries her evidence as session records only (no
summary log): one small two-column form per session ('Date of session:', 'Mentee:',
'Start time:', 'Finish time:', 'What we covered:', 'Agreed actions:'), and a supervision
record in the same form whose 'Mentee:' field says 'n/a - supervision with my tutor'.
Warm, slightly rambling voice; signed declaration at the end.

Practice, as an assessor counts it (the session records, start to finish):
    S1 14 Jan 13:00-13:45 = 45 (getting to know you), S2 21 Jan 13:00-13:40 = 40,
    S3 28 Jan 17:30-18:20 = 50, S4 4 Feb 13:05-13:50 = 45, S5 11 Feb 12:55-13:35 = 40
    => 220 minutes, 5 sessions, 1 individual (the trainee).
    Supervision record: 18 Feb 10:00-11:00 = 60.

Anonymisation slip: the first session record's 'Mentee:' field gives the trainee's full
name ("Callum Reddy"); the later records say "my trainee dispenser".
Not identifying: Aisling's own name, her tutor Mrs Janet Okafor (on the supervision
record), the branch pharmacist (a role), Leicester, the GPhC, the NHS, Clutterbuck,
Megginson, Rogers, Kolb, GROW.
"""

from corpus.case import Case, H, P, SourceFile, T


def record(number, date, mentee, start, finish, covered, actions):
    return [
        H(2, f"Session record {number}"),
        T(
            ["Date of session:", date],
            ["Mentee:", mentee],
            ["Start time:", start],
            ["Finish time:", finish],
            ["What we covered:", covered],
            ["Agreed actions:", actions],
        ),
    ]


RECORDS = [
    *record(1, "14 January", "Callum Reddy", "13:00", "13:45",
            """Getting to know each other, what mentoring is and is not, when we meet. He is
            worried about the speed of the dispensary at 5pm.""",
            "Both to think about what he wants from the sessions. Meet Tuesdays at lunch."),
    *record(2, "21 January", "my trainee dispenser", "13:00", "13:40",
            """Goals agreed (see 1.2). Talked through a bad afternoon with a queue of eight and
            a complaint about a missing item.""",
            "He will write down the three things that slow him down most this week."),
    *record(3, "28 January", "my trainee dispenser", "17:30", "18:20",
            """Evening session after close because lunch was lost to a stock delivery. His list:
            labels, finding split packs, answering the phone.""",
            "Try the split pack shelf system for a week. I will ask the pharmacist about phones."),
    *record(4, "4 February", "my trainee dispenser", "13:05", "13:50",
            """Split pack shelf is working. Talked about his first accuracy check error and how
            he felt. Feedback on his controlled drugs register entries.""",
            "Keep a near miss note for himself. Start the NVQ unit on stock."),
    *record(5, "11 February", "my trainee dispenser", "12:55", "13:35",
            """Review of goals and of our sessions. He has met goal 1 and 2 is nearly there.
            Agreed to carry on informally once a month.""",
            "Book monthly catch up. He will tell me what was most useful in writing."),
    H(2, "Supervision record"),
    T(
        ["Date of session:", "18 February"],
        ["Mentee:", "n/a - supervision with my tutor"],
        ["Start time:", "10:00"],
        ["Finish time:", "11:00"],
        ["What we covered:", """My five records, my questioning, how I handled the accuracy error
          conversation. Tutor: Mrs Janet Okafor."""],
        ["Agreed actions:", "Read about Rogers' core conditions. Plan for a second mentee."],
    ),
]

BLOCKS = [
    H(0, "8584-201 Developing Mentoring Skills - Assignment"),
    P("Aisling Devlin, Dispensary Supervisor, Leicester branch"),

    H(1, "Introduction"),
    P("""I have worked in community pharmacy for nine years, starting on the counter and moving
      into the dispensary, and I have been dispensary supervisor at our branch for two years.
      We are a busy branch next to a health centre and we do around 400 items a day, more on a
      Monday. In January a new trainee dispenser started with us straight from college. The
      branch pharmacist asked me if I would mentor him as part of my ILM course, because we
      have lost the last two trainees within six months and she thought part of the reason was
      nobody had time for them. I was pleased to do it but also nervous, because I have never
      mentored anyone formally, I have only trained people on tasks, and I know those are not
      the same thing."""),

    H(1, "1.1 My plan"),
    P("""Before the first session I wrote a plan and showed it to the pharmacist. It said we would
      meet once a week for about 45 minutes for five or six weeks, on a Tuesday lunchtime when
      the pharmacist covers the bench, in the consultation room with the door shut. It said
      what mentoring would be for, which was helping him settle, cope with the pace and work
      out his own way of doing things, and what it would not be for, which was teaching him the
      dispensing procedures, because he has a separate trainer for that and the SOPs. I put in
      that I would keep a short record of each session and that he could see it any time. I
      also planned a backup: if lunch was lost to a delivery we would meet after close rather
      than skip, which happened once. I kept the plan to one page so he would actually read it."""),

    H(1, "1.2 Agreed goals"),
    P("""In the second session we agreed two goals together. The first was to be able to keep up
      with the 5pm rush without feeling panicked, which we measured by him saying how he felt
      on a scale of 1 to 5 at the end of a Friday. The second was to start his NVQ workbook and
      finish the first unit by the end of February. I suggested a third about customer
      complaints but he said he would rather leave that for now, and I agreed, because they
      need to be his goals and not mine."""),

    H(1, "2.1 Evidence of three hours of mentoring"),
    P("""My evidence is the five session records at the end of this document, which have the
      start and finish time of each session. Added up, the five sessions came to three hours
      and forty minutes with my trainee, so over the three hours. Session 3 was in the evening
      because of the delivery, as planned for in my backup."""),

    H(1, "2.2 Questioning and listening"),
    P("""I tried hard to ask open questions, like "what happens for you when the queue builds
      up?" instead of "do you get stressed?". In session 2 he told me about a complaint about
      a missing item, and instead of telling him what he should have said I asked him to tell
      me what the customer said word for word and what he said back. While he talked I did not
      write anything, I just listened and nodded, and I summarised at the end. He worked out
      himself that he had apologised for the pharmacy instead of explaining what would happen
      next. I also used a scaling question for the first goal, which gave us something to look
      at each week."""),

    H(1, "2.3 Feedback"),
    P("""The main feedback I gave was in session 4 about his controlled drugs register entries,
      which I check anyway as part of my job. I told him specifically what was right (dates
      and running balances all correct) and what needed changing (he was writing the supplier
      name in short form, which is not allowed), and asked how he wanted to remember it. He
      decided to put a sticky note on the inside of the register. I also fed back on his
      first accuracy check error. I made a point of saying an error caught at the check is the
      system working, not him failing, because I could see he was upset about it."""),

    H(1, "2.4 How trust developed"),
    P("""I think trust came from small things. I started by telling him I had nearly quit in my
      first month because I could not find anything in the drawers. I kept what he told me
      between us, and when the pharmacist asked how he was I told her he was doing fine and it
      was up to him to tell her more. When he made the accuracy error I did not mention it in
      front of the others. By session 4 he was bringing things to me on the shop floor between
      sessions, which he would not have done in January."""),

    H(1, "2.5 Records"),
    P("""I kept a record of every session on the same form, which are copied below. The originals
      are in a folder in the locked drawer in the pharmacist's office. I wrote them up straight
      after each session while I still remembered and read the actions back to him before he
      left, so we both agreed what was written."""),

    H(1, "3.1 Reviewing my performance"),
    P("""Looking back, I was good at keeping the sessions going and at listening, and the records
      show progress on both goals. I was not so good at the start at keeping my advice to
      myself. In session 1 I spent most of the time telling him about the dispensary, which
      is training, not mentoring. Clutterbuck and Megginson describe mentoring as helping
      someone do their own thinking, and reading that made me see that my records from the
      first two sessions had my ideas in the action box. Using Kolb's cycle after each session
      helped me notice this and change it. By session 5 the actions were all his."""),

    H(1, "3.2 Meeting with my tutor"),
    P("""I met my tutor for an hour on 18 February (the supervision record is below with the
      session records). We went through all five records. She said my questions were good but
      I sometimes asked two at once, and she gave me Rogers' core conditions to read, saying
      my empathy was obvious but I should think about congruence, being honest when something
      he did was not OK rather than softening it. This was useful because I realised I had
      softened the feedback about the register more than I needed to."""),

    H(1, "3.3 Future development"),
    P("""First, I want to practise asking one question at a time; I am going to ask a colleague
      to listen to me in a practice session and tally how often I double up. Second, I want
      to mentor a second trainee in the autumn and use GROW more deliberately, because I
      used it loosely this time. Third, I would like to go on the chain's coaching skills day
      in June, and I have asked my area manager to put me on it."""),

    H(1, "Session records"),
    *RECORDS,

    H(1, "Declaration"),
    P("""I declare that this assignment is my own work and the sessions recorded took place as
      described. Signed: Aisling Devlin Date: 24/02"""),
]

CASE = Case(
    name="n_8584_201_docx",
    unit="8584-201",
    kind="structured-docx",
    files=[SourceFile("8584-201 A Devlin.docx", BLOCKS)],
    labels={
        "1.1": "if lunch was lost to a delivery",
        "1.2": "they need to be his goals and not mine",
        "2.1": "three hours and forty minutes with my trainee",
        "2.2": "apologised for the pharmacy instead of explaining",
        "2.3": "an error caught at the check is the system working",
        "2.4": "could not find anything in the drawers",
        "2.5": "read the actions back to him before he left",
        "3.1": "By session 5 the actions were all his",
        "3.2": "I sometimes asked two at once",
        "3.3": "tally how often I double up",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        # Records: 13:00-13:45 = 45, 13:00-13:40 = 40, 17:30-18:20 = 50, 13:05-13:50 = 45,
        # 12:55-13:35 = 40 => 220.
        "minutes": 220,
        "sessions": 5,
        "individuals": 1,  # the trainee dispenser (= Callum Reddy in record 1)
        "supervision_minutes": 60,  # supervision record 10:00-11:00
        "identifying": ["Callum Reddy"],
    },
    about="Pharmacy dispensary supervisor mentoring a trainee dispenser; DOCX with session records only, each a two-column form with start and finish times, a supervision record in the same form ('n/a - supervision with my tutor'); mentee's full name in the first record's 'Mentee:' field.",
)
