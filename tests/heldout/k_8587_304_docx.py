"""8587-304 Extended mentoring (DOCX): a domiciliary care coordinator mentors two new senior carers.

Priya Natarajan, care coordinator at a home care agency in Leicester, mentors two care
workers newly promoted to senior carer (field supervisor) roles, April to June. One DOCX
with no log table: plan, goals and contract as short sections, then eight session records,
each a set of labelled paragraphs with "Session length:" written a different way ('one
hour', '1hr 10', '90 minutes', '1 hour 40', '¾ hour', 'two hours', '2hrs 15', '1 hour 50
minutes'). Record 4 was booked for 30 April, postponed, and held on 7 May: one session. Two
supervision meetings summarised in prose. No evidence matrix; signed declaration.

Practice, as an assessor counts it (the eight records):
    Mentee 1: R1 60 + R3 90 + R5 45 + R7 135 = 330   (4 sessions)
    Mentee 2: R2 70 + R4 100 + R6 120 + R8 110 = 400  (4 sessions)
    => 730 minutes (12h 10m, as she says), 8 sessions, 2 individuals.
    Not counted: the postponed 30 April booking (record 4 is one session, held 7 May).
    Supervision with the registered manager: 21 May 45 + 25 June 60 = 105.

Anonymisation slips: Mentee 1's personal e-mail address in record 3, and Mentee 2's first
name ("Bartek") once in the communication review. Not identifying: Priya's own name, the
registered manager (a role), Leicester, CQC, the Care Certificate, Clutterbuck, Megginson,
Kram, the OSKAR and GROW models, Belbin.
"""

from corpus.case import Case, H, P, SourceFile

PLAN = [
    H(0, "Unit 8587-304 Undertaking an extended period of mentoring"),
    P("Learner: Priya Natarajan    Role: Care Coordinator    Employer: home care agency, Leicester"),

    H(1, "Introduction"),
    P("""Our agency provides home care to around 180 people across the city, mostly older
      people and some younger adults with physical disabilities. In March two of our care
      workers were promoted to senior carer. The job means doing spot checks on other carers,
      care plan reviews in people's homes and covering the on-call phone. Both had been good
      carers for years, but neither had supervised anyone. The registered manager asked me to
      mentor them for three months. In this assignment they are Mentee 1 and Mentee 2."""),

    H(1, "Plan for 12 hours of mentoring (1.1)"),
    P("""I planned four sessions with each mentee, every fortnight from mid April to the end of
      June, of one to two hours each, which would give at least twelve hours between them. I
      booked them on Mondays for Mentee 1 and Wednesdays for Mentee 2, in the small meeting
      room at the office, because both of them do split shifts and the gap in the middle of the
      day is when they are free. I checked the rota with the scheduler so that no call would be
      left uncovered, and I agreed with the registered manager that sessions would come out of
      paid time. I put a review point after session two to check whether fortnightly was
      enough, and planned the last session for each as a closing review."""),

    H(1, "Topics and goals (1.2)"),
    P("""Mentee 1 wanted to feel confident doing spot checks on carers who used to be her
      colleagues, especially giving feedback on poor practice, and to get her care plan reviews
      written up within 48 hours as the policy says. Mentee 2 wanted to manage the on-call
      phone without panicking and to learn to say no to extra shifts, because he had been doing
      sixty-hour weeks since his promotion. We agreed the topics at the first session, and
      wrote each goal as something we could both see had happened by the end of June."""),

    H(1, "Mentoring contract (1.3)"),
    P("""I used a written contract signed by me, each mentee and the registered manager as the
      stakeholder. It said how often and where we would meet, that sessions could be moved
      but not dropped, and that the content of sessions is confidential between mentor and
      mentee. The registered manager would only hear whether sessions happened and, at the
      end, a summary the mentee agreed to share. The exception is safeguarding: if something
      put a client or colleague at risk I would follow the agency's safeguarding policy, and I
      would tell the mentee first. Both mentees were given a copy, and a copy is in their HR
      file without any session notes."""),

    H(1, "Record of the mentoring process"),
    P("""The process started with an e-mail from the registered manager on 2 April introducing
      me to both mentees, then a phone call from me to each to ask if they wanted a mentor, and
      then the contracting sessions below. It closed with a final review with each mentee and a
      short summary for the registered manager. Below are my records of all eight sessions,
      written up the same day. In total I mentored for 12 hours 10 minutes."""),

    H(2, "Record 1 – Mentee 1"),
    P("Date: Monday 14 April"),
    P("Session length: one hour"),
    P("""What we did: contracting. Went through the contract and confidentiality, talked about
      what mentoring is. She signed it and took it home to read again."""),
    P("""My reflection: I explained too much. Next time let her ask questions first."""),
    P("""Feedback from mentee: she said it was clearer than she expected and she was relieved it
      was not "another supervision"."""),

    H(2, "Record 2 – Mentee 2"),
    P("Date: Wednesday 16 April"),
    P("Session length: 1hr 10"),
    P("""What we did: contracting, then he talked a lot about how tired he is. Agreed the goals
      above."""),
    P("""My reflection: I was worried about his hours and nearly went to the registered manager
      myself. I need to remember it is his goal to solve, not mine."""),
    P("""Feedback from mentee: "good to offload", but he wanted more practical tips next time."""),

    H(2, "Record 3 – Mentee 1"),
    P("Date: Monday 28 April"),
    P("Session length: 90 minutes"),
    P("""Tools used: she filled in a strengths questionnaire before the session, which she sent
      me from m.okonjo88@outlook.com because her work e-mail was not set up yet. We also did a
      confidence scale of 1 to 10 for each part of the spot check."""),
    P("""What we did: used the OSKAR model. Outcome: carers take her feedback seriously.
      Scaling: she rated herself 3 for giving feedback on poor practice. Know-how: she is
      excellent at the care itself and carers respect that. Affirm and action: she would do one
      spot check with the experienced field supervisor watching. Review next time."""),
    P("""My reflection: the scaling question opened things up more than any question I asked in
      the first session. I want to use scaling with Mentee 2 as well."""),
    P("""Feedback from mentee: the questionnaire showed her strengths she had not thought of as
      strengths."""),

    H(2, "Record 4 – Mentee 2"),
    P("Date booked: Wednesday 30 April – postponed, his car broke down on a morning call"),
    P("Date held: Wednesday 7 May"),
    P("Session length: 1 hour 40"),
    P("""Tools used: a time audit of a typical week, which he filled in during the session, and
      the same 1 to 10 scale for how he felt on call."""),
    P("""What we did: GROW on saying no to extra shifts. He saw from the time audit that he had
      worked 58 hours the week before. Options he came up with: tell the scheduler his maximum,
      switch his phone off on rest days, and ask for on-call training."""),
    P("""My reflection: I noticed I went quiet and let him get to the answer, which worked.
      Rescheduling straight away rather than waiting for the next slot kept the momentum."""),
    P("""Feedback from mentee: he said the time audit "made it real" and he would show it to his
      partner."""),

    H(2, "Record 5 – Mentee 1"),
    P("Date: Monday 12 May"),
    P("Session length: ¾ hour"),
    P("""What we did: short session because I was called to a safeguarding concern. Reviewed
      her observed spot check. She gave feedback to a carer about hand hygiene and it went
      well."""),
    P("""My reflection: cutting a session short is not fair on the mentee. I should have handed
      the call to the on-call senior instead."""),
    P("""Feedback from mentee: she said she understood but it was a bit rushed."""),

    H(2, "Record 6 – Mentee 2"),
    P("Date: Wednesday 28 May"),
    P("Session length: two hours"),
    P("""What we did: practised on-call scenarios: a carer off sick at 6am, a client not
      answering the door. He talked me through what he would do and we compared it with the
      policy. He had told the scheduler his maximum hours and it had been accepted."""),
    P("""My reflection: I used too many closed questions during the scenarios, like "would you
      ring the family?", which just got yes or no. I changed to "what would you do first?"
      halfway through."""),
    P("""Feedback from mentee: more confident about on call, and the practical practice was what
      he had asked for in session one."""),

    H(2, "Record 7 – Mentee 1"),
    P("Date: Monday 9 June"),
    P("Session length: 2hrs 15"),
    P("""What we did: her care plan write-ups. She is still taking four or five days. We looked at
      where the time goes, and she decided to write up in the car straight after each visit
      while it is fresh. Also talked about a carer who refused her feedback."""),
    P("""My reflection: I should have set a clearer end time, we ran over. But she needed the
      time for the difficult carer situation."""),
    P("""Feedback from mentee: she rated the session 9 out of 10 and said she wished the
      mentoring was going on longer."""),

    H(2, "Record 8 – Mentee 2"),
    P("Date: Wednesday 18 June"),
    P("Session length: 1 hour 50 minutes"),
    P("""What we did: closing review. He rated himself 7 for on call, up from 2 in May. Hours now
      around 42 a week. He wants to do his Level 3 diploma next."""),
    P("""My reflection: ending felt awkward because he wanted to keep meeting. I should have
      talked about the ending from the middle of the relationship."""),
    P("""Feedback from mentee: he wrote on the review form that the mentoring "probably stopped
      me leaving"."""),
    P("""(Mentee 1's closing review was held within record 7 because her last planned date fell
      in my annual leave.)"""),

    H(1, "Knowledge, skills and behaviours (2.3)"),
    P("""The knowledge I used was mostly about the mentoring models (OSKAR and GROW) and
      Clutterbuck's developmental mentoring, where the mentee sets the agenda. The skills were
      questioning, especially scaling and open questions, listening without rushing to solve,
      and summarising what I heard at the end of each session. The behaviours I tried to show
      were keeping confidentiality, being reliable about dates even when the rota was chaotic,
      and treating them as equals even though I am senior to them in the office."""),

    H(1, "Review of my communication skills (3.3)"),
    P("""My questioning improved over the three months. At the start I asked closed questions
      and too many at once. By the end I was using scaling and "what else?" and leaving a gap.
      My listening was good when I was calm and poor when I was busy; session five with Mentee 1
      shows that. I was worst at giving feedback, because I wanted to be liked. With Bartek I
      once told him his on-call plan was fine when it had a gap in it, and he found out the
      hard way the next weekend. Since then I give feedback the way Megginson describes: what I
      saw, the effect, and a question about what he might do differently."""),

    H(1, "Supervision (3.4)"),
    P("""I had two supervision meetings about my mentoring with the registered manager. On 21
      May (45 minutes) we talked about the shortened session and agreed I would hand over the
      on-call phone whenever I have a mentoring session, which I did from then on. On 25 June
      (one hour) we reviewed the whole programme; the outcome was that I will write a short
      guide for future mentors in the agency and that I need to plan endings from the
      contracting stage."""),

    H(1, "Declaration"),
    P("""I declare that this is my own work and that the mentoring records are a true account.
      Signed: Priya Natarajan   Date: 30 June"""),
]

CASE = Case(
    name="k_8587_304_docx",
    unit="8587-304",
    kind="structured-docx",
    files=[SourceFile("304 Priya Natarajan mentoring.docx", PLAN)],
    labels={
        "1.1": "I checked the rota with the scheduler",
        "1.2": "to learn to say no to extra shifts",
        "1.3": "the registered manager as the stakeholder",
        "2.1": "a time audit of a typical week",
        "2.2": "Scaling: she rated herself 3 for giving feedback",
        "2.3": "treating them as equals even though I am senior",
        "2.4": "then a phone call from me to each",
        "3.1": "I used too many closed questions during the scenarios",
        "3.2": "probably stopped me leaving",
        "3.3": "I was worst at giving feedback",
        "3.4": "hand over the on-call phone whenever I have",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        # Records: M1 60 + 90 + 45 + 135 = 330; M2 70 + 100 + 120 + 110 = 400; = 730 (12h 10m).
        # Record 4 booked 30 April, held 7 May: one session of 100.
        "minutes": 730,
        "sessions": 8,
        "individuals": 2,  # Mentee 1, Mentee 2 (= Bartek)
        "supervision_minutes": 105,  # 21 May 45 + 25 June 60
        "identifying": ["m.okonjo88@outlook.com", "Bartek"],
    },
    about="Home care coordinator mentoring two new senior carers; 8587-304 DOCX of eight session records with 'Session length:' written eight ways, one rescheduled record, supervision in prose; mentee e-mail and a first name planted.",
)
