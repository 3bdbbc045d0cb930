"""8587-304 Undertaking an Extended Period of Mentoring: a county record office's senior archivist runs a group mentoring programme, PDF.

Imogen Threlfall is senior archivist at a county record office in Kendal and runs its
first "new professionals" mentoring programme for four trainee archive assistants, whom she
calls Mentee A, B, C and D everywhere. The programme is two group sessions for all four
plus one-to-one mentoring with the two she chose for the unit, A and C (she explains the
ILM limit of two). Her log is one table with a "Who" column ("A, B, C, D" for the group
rows), lengths in mixed forms ("2h", "45m", "1h15", "2h30"), a did-not-attend row for C
(rebooked), a planned January group follow-up, and a closing "Total" row. Her Part 3 is a
single running reflection with no AC numbers; supervision is one paragraph inside it
(three sessions given as 45 minutes, an hour on Teams and a half-hour check-in, and a fourth
postponed). The cataloguing clinic of 7 November is retold in the model section ("two and a
half hours") - the same group session.

Planted (1): a depositor by title and surname in the reflection ("Mrs Harrowby"). Clean
but tricky: the pseudonyms, the Lowther estate papers (a collection), the Archives and
Records Association, The National Archives, Kendal, Carlisle, Barrow, Clutterbuck and
Megginson, Kolb, Hawkins and Shohet, the Johari window, the Head of Service by role.

Assessor's arithmetic, row by row:
  1  12/09 A, B, C, D group session 1 (launch), 13:30-15:30, 2h     -> 120 (once)
  2  19/09 A 1:1 introductory/contracting, 45m                      -> 45 (contracting counts)
  3  20/09 C 1:1 introductory/contracting, 1h                       -> 60
  4  03/10 A 1:1, 1h15                                              -> 75
  5  04/10 C 1:1, DNA (reading room cover), "-"                     -> excluded
  6  11/10 C 1:1 (rebooked), 1h                                     -> 60
  7  17/10 A 1:1, 1h                                                -> 60
  8  31/10 C 1:1, 1h30                                              -> 90
  9  07/11 A, B, C, D group session 2 (cataloguing clinic), 2h30    -> 150 (once)
  10 14/11 A 1:1, 1h                                                -> 60
  11 21/11 C 1:1, 1h                                                -> 60
  12 05/12 A 1:1 final review, 1h                                   -> 60
  13 06/12 C 1:1 final review, 1h                                   -> 60
  14 Jan   group follow-up, planned                                 -> excluded
  Total row "15h" -> never added.
  minutes 120+45+60+75+60+60+90+150+60+60+60+60 = 900 (= 15 h, matches her total);
  sessions 12; individuals 4 (A, B, C, D).
  Supervision paragraph: 8 Oct 45 min + 15 Nov an hour (60) + 10 Dec half an hour (30);
  the 19 Dec one postponed -> 45 + 60 + 30 = 135.
"""

from corpus.case import B, Case, H, P, SourceFile, T

LOG = T(
    ["No.", "Date", "Who", "Type", "Time", "Length", "Notes"],
    ["1", "12/09/24", "A, B, C, D", "Group session 1", "13:30-15:30", "2h", "Launch. Johari window, ground rules, group agreement"],
    ["2", "19/09/24", "A", "1:1 intro", "10:00-10:45", "45m", "Agreement signed, skills self-assessment started"],
    ["3", "20/09/24", "C", "1:1 intro", "14:00-15:00", "1h", "Agreement signed, self-assessment"],
    ["4", "03/10/24", "A", "1:1", "10:00-11:15", "1h15", "Goals agreed (see 1.2)"],
    ["5", "04/10/24", "C", "1:1", "-", "-", "DNA - C covering reading room, forgot. Rebooked"],
    ["6", "11/10/24", "C", "1:1", "14:00-15:00", "1h", "Goals agreed (see 1.2)"],
    ["7", "17/10/24", "A", "1:1", "10:00-11:00", "1h", "Enquiry letters, drafting practice"],
    ["8", "31/10/24", "C", "1:1", "13:30-15:00", "1h30", "Depositor meeting prep"],
    ["9", "07/11/24", "A, B, C, D", "Group session 2", "10:00-12:30", "2h30", "Cataloguing clinic"],
    ["10", "14/11/24", "A", "1:1", "10:00-11:00", "1h", "Review of self-assessment"],
    ["11", "21/11/24", "C", "1:1", "14:00-15:00", "1h", "Talk to the public searchers' group"],
    ["12", "05/12/24", "A", "1:1", "10:00-11:00", "1h", "Final review, ending"],
    ["13", "06/12/24", "C", "1:1", "14:00-15:00", "1h", "Final review, ending"],
    ["14", "Jan 25", "A, B, C, D", "Group follow-up", "", "", "Planned - lunch and catch up"],
    ["", "", "", "Total", "", "15h", "12 sessions held"],
)

BLOCKS = [
    H(0, "Unit 304 - Undertaking an Extended Period of Mentoring"),
    P("Imogen Threlfall, Senior Archivist, Fellside Archive Centre (county record office), Kendal"),
    P("ILM Level 3 Certificate in Effective Coaching and Mentoring - portfolio"),

    H(1, "Part 1: Planning the programme"),
    H(2, "The plan (1.1)"),
    P("""We took on four trainee archive assistants this year on the new county traineeship,
      which is the first time we have had more than one at once. They are based across our
      three sites (Kendal, Carlisle and Barrow), they rarely see each other, and two of them
      had already said they felt out on a limb. I was asked to set up a mentoring programme for
      them. Because the unit allows a maximum of two individuals, I designed it in two layers:
      two group sessions for all four trainees, which I ran, and one-to-one mentoring for
      Mentee A and Mentee C, who I chose because they are at the two furthest sites. Mentees B
      and D have one-to-one mentors at their own sites outside this unit."""),
    P("""The plan was two group sessions of two to two and a half hours at Kendal, where the
      search room is closed on Thursday mornings, and five or six one-to-ones each of about an
      hour, alternating between their site and mine, with video as a fallback in bad weather
      over Shap. That gives at least twelve hours. I booked the group sessions first, then the
      one-to-ones around the reading room rota, and asked the Head of Service to protect the
      time. Resources: the group agreement, a one-to-one agreement each, a skills
      self-assessment based on the Archives and Records Association (ARA) competency framework, the Johari window exercise, a
      session record and my log."""),
    H(2, "Goals and topics (1.2)"),
    P("""The group set its own topics at the first session on a flipchart: cataloguing
      standards, handling difficult enquiries, and what a career in archives looks like without
      a masters, and what The National Archives' accreditation means for us. In the one-to-ones I asked each of them to bring their self-assessment and
      pick the two areas they most wanted to move. Mentee A chose writing replies to research
      enquiries without her line manager rewriting them, with the goal of having three replies
      sent unchanged by December, and getting a place on the archives masters course. Mentee C
      chose dealing with depositors face to face, with the goal of leading a deposit meeting on
      her own before Christmas, and giving a short talk to the public searchers' group. We
      agreed the goals in writing at the second one-to-one and checked them against their
      traineeship plan."""),
    H(2, "Contract (1.3)"),
    P("""There are two levels of contract. The group agreed ground rules at the first session:
      what is said in the room stays in the room, nobody has to share, phones away, and
      anything about a colleague is talked about as a situation not a person. Each one-to-one
      mentee signed an agreement with me covering how often we meet, cancelling with notice,
      confidentiality and its limits (safeguarding, a risk to someone's safety, or a breach of
      the law or of data protection), what notes I keep and where, and how either of us can end
      it. The trainees' line managers and the Head of Service signed a short stakeholder page
      agreeing the purpose of the programme and that they will be told attendance and the broad
      goals, never what was discussed."""),

    H(1, "Part 2: Mentoring"),
    H(2, "Diagnostic tools (2.1)"),
    P("""I used two tools. The skills self-assessment has twenty statements from the ARA
      framework, each scored 1 to 4. Mentee A scored herself 1 on written communication with
      the public, which surprised me because her catalogues are excellent, and it turned out
      she was scared of getting the tone wrong with family historians. That became her first
      goal. In the first group session I used the Johari window: each trainee listed what
      they thought they were good at and the others added what they saw. Mentee C learnt that
      the others saw her as calm and clear when she showed people round, which she had no idea
      about, and it gave her the confidence to pick the depositor goal."""),
    H(2, "Mentoring model (2.2)"),
    P("""I followed Clutterbuck and Megginson's developmental mentoring, with its five stages:
      building rapport, setting direction, making progress, winding down and moving on. The
      group sessions did a lot of the rapport building for all four. The cataloguing clinic on
      7 November ran for two and a half hours and was the progress-making stage in the group:
      each trainee brought a box they were stuck on and the others helped. For Mentee C the
      direction stage took two sessions because she kept choosing goals she thought I would
      like; once she picked her own, progress was fast and she led the Lowther estate papers
      deposit meeting on 2 December. In the winding down sessions in December we looked back at
      the self-assessment together and planned how they would carry on without me."""),
    H(2, "Knowledge, skills and behaviours (2.3)"),
    P("""Knowledge: of archive practice and the traineeship, but also of where my role stops;
      when Mentee A talked about money worries I pointed her to the employee assistance line
      rather than trying to help myself. Skills: open questions, summarising, and listening
      for what was not said. When Mentee C kept saying "it's fine" about the depositor work I
      asked her what "fine" would look like on a good day, and she said "not feeling sick
      before they arrive", which was the real conversation. In the group, I used silence and
      waited for the quieter ones. Behaviours: I kept to time, kept confidences even when a
      line manager asked me directly how Mentee A was doing, and I was open about my own early
      mistakes, such as the time I sent a searcher the wrong parish register."""),
    H(2, "Record of the mentoring (2.4)"),
    P("""My log below shows every contact from the launch to the final reviews, including the
      session Mentee C missed and the January follow-up that is only planned. Each held session
      has a one-page record with the actions agreed and the mentee's initials, kept in a
      locked cabinet and a restricted folder on the county network."""),
    LOG,
    P("""The group sessions count once each in the total however many trainees came. A and C
      also had their share of the group time, but I have not counted it twice."""),

    H(1, "Part 3: Reflection, feedback and supervision"),
    P("""After every session I wrote a short reflection using Kolb's cycle, what happened, what I
      noticed, what it means and what I will try next. Reading them back, the key learning is
      that I talk too much in group sessions. At the launch session I filled every pause and
      the trainees let me. By the clinic in November I was asking the group to answer each
      other's questions before I did, and the energy in the room was completely different. My
      CPD point from this is to plan my questions for group sessions as carefully as the
      content."""),
    P("""One session I reflected on at length was the preparation session with Mentee C on 31
      October. She was dreading a depositor, Mrs Harrowby, who wanted family letters returned
      after forty years on deposit. I slipped into telling her what to say, because I had dealt
      with the same family before. Afterwards I wrote that I had taken the problem off her
      instead of helping her own it, and in the next session I let her lead the planning."""),
    P("""For feedback, I used a two-question card at the end of every session ("What helped
      today? What would make the next one better?") and an anonymous online form after each
      group session. The cards from the one-to-ones were mostly positive, but Mentee A wrote
      in October that she wanted fewer of my stories and more time to think. The anonymous
      group form after the launch said the Johari exercise was the best part and the
      introduction was far too long, which is why the clinic started with the work straight
      away."""),
    P("""Reviewing my communication: my questioning has improved most. My early session records
      show long, leading questions; the later ones are short and open, and I now use scaling
      questions with both mentees. My listening is better one-to-one than in a group, where I
      still get pulled into the loudest voice. On feedback I learnt to ask the mentee how they
      thought something went before saying anything myself, and to give one specific thing to
      change. Mentee A said the feedback on her enquiry replies was the most useful thing in
      the programme because it was about the letter and not about her."""),
    P("""Supervision: I had three sessions with a mentor supervisor from the regional archives
      network, who supervises mentors in several record offices. The first, on 8 October, was
      45 minutes in person at Carlisle; the outcome was that I separate my role as their
      senior colleague from my role as mentor by saying which one I am speaking as. The second,
      an hour on Teams on 15 November, used Hawkins and Shohet's seven-eyed model to look at
      the Mrs Harrowby preparation session, and she helped me see I had been rescuing. The
      third was a half-hour check-in on the phone on 10 December about closing the one-to-ones
      well. A fourth, booked for 19 December, was postponed to January after the flood in the
      strongroom. What I am taking forward: name my role, notice when I rescue, and
      plan endings from the start."""),

    H(1, "Declaration"),
    P("""I declare that this portfolio is my own work and that the mentoring recorded took place.
      Imogen Threlfall, 20 January 2025"""),
]

CASE = Case(
    name="x_8587_304_record_office_group_pdf",
    unit="8587-304",
    kind="structured-pdf",
    files=[SourceFile("Threlfall_304_portfolio.pdf", BLOCKS)],
    labels={
        "1.1": "with video as a fallback in bad weather over Shap",
        "1.2": "having three replies sent unchanged by December",
        "1.3": "talked about as a situation not a person",
        "2.1": "she was scared of getting the tone wrong with family historians",
        "2.2": "she kept choosing goals she thought I would like",
        "2.3": "I pointed her to the employee assistance line",
        "2.4": "including the session Mentee C missed",
        "3.1": "plan my questions for group sessions as carefully as the content",
        "3.2": "she wanted fewer of my stories and more time to think",
        "3.3": "about the letter and not about her",
        "3.4": "name my role, notice when I rescue",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        "identifying": ["Mrs Harrowby"],
        # 120+45+60+75+60+60+90+150+60+60+60+60 = 900; DNA row 5 and planned row 14 out, total row out
        "minutes": 900,
        "sessions": 12,
        "individuals": 4,
        # supervision 45 + 60 + 30 = 135 (19 Dec postponed)
        "supervision_minutes": 135,
    },
    about="Record office senior archivist's 304 PDF: group mentoring programme with two group sessions for four pseudonymous trainees plus one-to-ones with two, DNA and planned rows, Total row, group session retold in prose; supervision as a paragraph of a running reflection with a postponed session; a depositor by title and surname planted.",
)
