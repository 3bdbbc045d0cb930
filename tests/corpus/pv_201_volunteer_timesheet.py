"""8584-201 mentoring: a charity volunteer's expenses timesheet used as the practice log.

Gareth Pryce, a retired postman, volunteers as a mentor for young care leavers with a small
Welsh charity. He had no log of his own, so he handed in the charity's volunteer timesheet:
Date, Activity, Young person, Contact time, Travel, Total claimed, Miles. Contact time is the
time actually spent with the young person (h:mm); Total claimed adds the travel the charity
pays for, and Miles is a bare number that looks like a length. The sheet holds an induction
training day (no contact), a "first meeting" with each young person, a no-show where he
waited half an hour, a phone call to rearrange that he marks as not mentoring, supervision
with the volunteer coordinator (one of them group supervision), an online ILM tutorial, a
cancellation, a booked meeting and a TOTAL row summing every column.

Practice truth: 45 + 60 + 50 + 90 + 75 + 60 + 45 + 60 + 75 = 560 minutes in nine sessions
with two young people (Dean, Shannon); supervision 60 + 90 + 45 = 195 minutes in three.
"""

from .case import Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "Unit 201 Developing Mentoring Skills - record of mentoring practice"),
    P("Learner: Gareth Pryce"),
    P("""Declaration: I confirm that this record is my own work and a true account of my mentoring.
      The young people's names have been changed and both agreed to their sessions being used for
      my qualification."""),
    H(1, "Where I mentor"),
    P("""I volunteer with Camau Nesaf, a small charity in the Valleys that matches volunteer mentors
      with young people leaving foster or residential care. Each volunteer meets their young
      person somewhere public (a cafe, the library, the job centre) for an hour or so a week and
      helps with whatever is in front of them: money, forms, college, confidence. I was matched
      with two young people this winter, Dean (19) and Shannon (17)."""),
    P("""I did not keep a separate diary. The charity asks every volunteer to fill in a timesheet
      so that it can pay travel and report volunteer hours to its funder, and my tutor said I could
      use it as my log as long as I explained the columns. Contact time is the time I actually
      spent with the young person, or in supervision or training. Travel is the time getting
      there and back, which the charity counts for its funder but which is not mentoring. Total
      claimed is the two added together. Miles is my mileage claim at 45p a mile, not a time."""),
    H(1, "Volunteer timesheet, January to March"),
    T(
        ["Date", "Activity", "Young person", "Contact time", "Travel", "Total claimed", "Miles"],
        ["07/01", "Induction training day at head office (safeguarding, boundaries)", "-", "-", "0:40", "6:40", "22"],
        ["14/01", "First meeting - getting to know each other, agreeing how we'd work", "Dean", "0:45", "0:30", "1:15", "9"],
        ["21/01", "Mentoring - cafe in town, his benefits letter", "Dean", "1:00", "0:30", "1:30", "9"],
        ["23/01", "Supervision with volunteer coordinator (Rhian), one to one", "-", "1:00", "0:40", "1:40", "22"],
        ["28/01", "Mentoring - Dean did not turn up, I waited 30 mins", "Dean", "0:00", "0:30", "0:30", "9"],
        ["04/02", "First meeting - getting to know each other", "Shannon", "0:50", "0:20", "1:10", "6"],
        ["04/02", "Mentoring - went with him to his job centre appointment", "Dean", "1:30", "0:30", "2:00", "9"],
        ["11/02", "Phone call to rearrange - not mentoring, not counted", "Shannon", "0:10", "-", "0:10", "-"],
        ["18/02", "Mentoring - college open evening together", "Shannon", "1:15", "0:20", "1:35", "6"],
        ["25/02", "Mentoring - CV at the library", "Dean", "1:00", "0:30", "1:30", "9"],
        ["04/03", "Mentoring - opening a bank account", "Shannon", "0:45", "0:20", "1:05", "6"],
        ["06/03", "Group supervision with Rhian and three other volunteers", "-", "1:30", "0:40", "2:10", "22"],
        ["11/03", "Mentoring - planning for his warehouse interview", "Dean", "1:00", "0:30", "1:30", "9"],
        ["12/03", "ILM tutorial with my tutor (online, from home)", "-", "0:45", "-", "0:45", "-"],
        ["18/03", "Mentoring - cancelled by her support worker (placement move)", "Shannon", "-", "-", "-", "-"],
        ["25/03", "Mentoring - looking back over our sessions, ending with Dean", "Dean", "1:15", "0:30", "1:45", "9"],
        ["01/04", "Mentoring - booked, after this record was handed in", "Shannon", "", "", "", ""],
        ["TOTAL", "", "", "12:45", "6:30", "25:15", "147"],
    ),
    H(1, "What the sheet does not show"),
    P("""The first meetings were more than introductions. With Dean we agreed that he would set the
      agenda each week and that I would not chase him by text more than once; with Shannon we
      agreed to meet somewhere other than her placement, because she wanted the sessions to feel
      like hers. Both agreements shaped everything that followed."""),
    P("""The week Dean did not turn up I was annoyed, and I said so to Rhian in supervision. She
      asked what I thought his week had been like, and the honest answer was that I had no idea.
      The next time I saw him I asked rather than told, and he explained that he had been moved
      out of his flat for two nights. I would have lost him if I had gone in with a lecture."""),
    P("""The group supervision in March was the most useful hour of the term. Hearing three other
      volunteers describe the same pull I feel, to fix things for the young person rather than
      help them do it, made me notice how often I reach for the form and fill it in myself."""),
    H(1, "Reflection on my skills"),
    P("""My listening has improved most. At the start I filled every silence; by March I could sit
      with Shannon while she worked out what she wanted to ask the bank, and she asked it herself.
      I still give advice too early when I can see the answer, and my goal for the next match is to
      ask one more question before I offer anything."""),
    P("""Dean's interview is next week. Whatever happens, he prepared for it himself, with his own
      notes, and that would not have been true in January."""),
]

CASE = Case(
    name="pv_201_volunteer_timesheet",
    unit="8584-201",
    kind="structured-docx",
    files=[SourceFile("pryce-201-timesheet.docx", BLOCKS)],
    labels={},  # a practice log only: its figures are measured, not the evidence finder
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        "identifying": [],
        # Contact time of the mentoring rows only: Dean 45 (14/01) + 60 (21/01) + 90 (04/02)
        # + 60 (25/02) + 60 (11/03) + 75 (25/03) = 390; Shannon 50 (04/02) + 75 (18/02)
        # + 45 (04/03) = 170; 390 + 170 = 560. Not the travel, the training day, the 28/01
        # no-show, the not-counted phone call, the cancelled 18/03, the booked 01/04 or TOTAL.
        "minutes": 560,
        "sessions": 9,  # Dean 6 + Shannon 3
        "individuals": 2,  # Dean and Shannon
        # Rhian 60 (23/01) + group supervision 90 (06/03) + ILM tutorial 45 (12/03) = 195
        "supervision_minutes": 195,
    },
    about="Retired postman volunteering with care leavers; the charity's expenses timesheet with contact, travel, total-claimed and miles columns, training, a no-show, a TOTAL row.",
)
