"""8584-201 Developing Mentoring Skills: a leisure centre duty manager, DOCX portfolio with session records and a log.

Gemma Okafor-Hurst is a duty manager at a council-run leisure centre and mentors a newly
promoted pool supervisor, whom she calls "L" (for lifeguard) in the portfolio. The
portfolio uses the centre's template: a numbered section per criterion ("1.1 Mentoring plan",
"Section 2.1 - Evidence of mentoring"), then a summary log AND a one-table session record for
each held session, so every held session appears twice with its length (log row and its
record). The log has a cancelled row (L off sick), a planned follow-up still to come and a
"Total" row. Session 5 was observed by her ILM tutor, who gave a 20-minute debrief
afterwards; there is also the one-hour tutor meeting. No evidence matrix; signed declaration.

Planted (2): the mentee's real first name slips into one session record ("Jordan"), and a
swimming-lesson parent who complained is named by title and surname ("Mr Hallam").
Clean but tricky: her double-barrelled own name, her tutor named where the form asks
("Tutor: Sue Pennington"), the centre (Castlebrook Leisure Centre) and the trust (Active
Northfield), bodies (RLSS, Swim England, NPLQ), and job titles (Centre Manager, Swim
Coordinator).

Assessor's arithmetic (summary log; the session records repeat the same sessions):
  S1  3 Oct 17:30-18:15  45 min  held (first meeting, agreement)    -> 45
  S2 10 Oct              60 min  held                                -> 60
  S3 17 Oct              cancelled, L off sick                       -> excluded
  S4 24 Oct              50 min  held                                -> 50
  S5 31 Oct              40 min  held, observed by tutor             -> 40 (counts)
  S6  7 Nov              55 min  held                                -> 55
  S7 14 Nov              30 min  held (closing review)               -> 30
  S8 28 Nov              planned follow-up, not yet held             -> excluded
  Total row "4 hrs 40 mins" restates them -> never added. Session records = duplicates.
  minutes 45+60+50+40+55+30 = 280; sessions 6; individuals 1 (L, also "Jordan").
  Supervision: tutor debrief after S5, 20 min + tutor meeting 6 Nov, 60 min -> 80.
"""

from corpus.case import B, Case, H, P, SourceFile, T

LOG = T(
    ["No.", "Date", "Time", "Length", "Status", "Main topic"],
    ["1", "03/10/24", "17:30-18:15", "45 mins", "Held", "Getting to know each other, agreement signed"],
    ["2", "10/10/24", "17:30-18:30", "60 mins", "Held", "Goals, what L finds hardest"],
    ["3", "17/10/24", "-", "-", "Cancelled - L off sick", "-"],
    ["4", "24/10/24", "17:30-18:20", "50 mins", "Held", "Rota planning, covering sickness"],
    ["5", "31/10/24", "17:30-18:10", "40 mins", "Held (observed by tutor)", "Handling a complaint"],
    ["6", "07/11/24", "17:30-18:25", "55 mins", "Held", "NOP review walk-through"],
    ["7", "14/11/24", "17:30-18:00", "30 mins", "Held", "Review and close"],
    ["8", "28/11/24", "17:30", "-", "Planned (follow-up)", "Check in on rota goal"],
    ["", "", "Total", "4 hrs 40 mins", "6 held", ""],
)


def record(no, date, time, length, discussed, actions):
    return T(
        ["Session record", f"Session {no}"],
        ["Date / time", f"{date}, {time}"],
        ["Length", length],
        ["What we discussed", discussed],
        ["Actions agreed", actions],
    )


BLOCKS = [
    H(0, "ILM Level 2 - Unit 201 Developing Mentoring Skills"),
    T(
        ["Learner name", "Gemma Okafor-Hurst"],
        ["Job title", "Duty Manager, Castlebrook Leisure Centre (Active Northfield)"],
        ["Tutor", "Sue Pennington"],
        ["Date submitted", "2 December 2024"],
    ),
    P("""Confidentiality: my mentee is referred to as L throughout. L agreed to me using the
      records for my ILM course as long as they were anonymised."""),

    H(1, "1.1 Mentoring plan"),
    P("""L was promoted from senior lifeguard to pool supervisor in September and our Centre
      Manager asked me to mentor L through the first three months. My plan was for seven
      sessions every Thursday at half five, after the school swimming lessons finish and before
      the evening clubs arrive, in the small meeting room behind reception. I aimed for about
      45 minutes to an hour each, so at least five hours in all, which gives some room if a
      session is lost. I planned the first session as a getting-to-know-you and agreement
      meeting, then goals, then sessions led by whatever L brought, with a review at the end. I
      asked the Swim Coordinator to cover poolside for the first half hour so L would not be
      called away, which was the thing most likely to wreck the plan."""),

    H(1, "1.2 Agreed goals"),
    P("""We agreed three goals in session 2, written by L and tidied up together:"""),
    B("""Produce the four-weekly lifeguard rota on time and without gaps, checked by me for the
      first two and then done alone by the end of November."""),
    B("""Deal with a customer complaint on poolside without calling the duty manager, at least
      twice before the end of the mentoring."""),
    B("""Be able to talk through the Normal Operating Procedure and Emergency Action Plan with
      a new starter, as L will be running inductions from January."""),

    H(1, "2.1 Evidence of mentoring"),
    P("""The log below shows all of the sessions. Six were held, adding up to four hours forty
      minutes, so more than the three hours needed. Session 3 was cancelled as L was off with
      flu and we did not rebook because the next week was half term. Session 8 is a follow-up I
      have booked for after the submission date, it has not happened yet."""),
    LOG,

    H(1, "2.2 Questioning and listening"),
    P("""At first I asked too many questions that had the answer in them, such as "have you tried
      asking the casuals first?". My tutor picked this up when she observed session 5. After
      that I tried to ask one open question and then wait. In session 6 I asked "what worries
      you about doing the inductions?" and L talked for about five minutes about not wanting to
      get the EAP wrong in front of an older lifeguard. I listened without interrupting and
      then summarised back what I had heard, which made L laugh and say "I sound more worried
      than I am". Reflecting back like that helped L hear the worry and put it in proportion."""),

    H(1, "2.3 Feedback"),
    P("""I gave feedback on the first rota L produced by going through it together on the screen.
      I started by asking L to spot any problems, L found one of the two gaps, then I showed
      the other one (a Saturday with only one NPLQ holder on the teaching pool) and explained
      why it mattered for the RLSS ratio. I kept it to the rota and not to L, and said clearly
      what was good: the lesson cover was spot on. The second rota had no gaps at all."""),

    H(1, "2.4 How trust was developed"),
    P("""I was L's duty manager before I was L's mentor, so trust had to be built differently. I
      made a point of never mentioning anything from our sessions at the Monday managers'
      meeting, and when L told me in session 4 about struggling to tell friends on the team
      they could not swap shifts, I kept that to myself. I also shared that I had cried in the
      staff room after my first complaint as a supervisor, years ago at another centre, which
      L said later was the moment the sessions stopped feeling like a performance review."""),

    H(1, "2.5 Records"),
    P("""I used the centre template for a short record of each held session, filled in straight
      after in the meeting room and signed by both of us. They are kept in a locked drawer, not
      on the shared drive. Copies are below, with the log above as the summary."""),
    record(1, "03/10/24", "17:30-18:15", "45 mins",
           "What mentoring is and is not. L's first weeks as supervisor. Agreement read and signed.",
           "L to think about what to get out of the mentoring."),
    record(2, "10/10/24", "17:30-18:30", "1 hour",
           "Goals agreed (rota, complaints, inductions). Used GROW for the rota goal.",
           "L to draft November rota by 20th."),
    record(4, "24/10/24", "17:30-18:20", "50 mins",
           "Rota draft, covering sickness, saying no to friends who want to swap.",
           "L to use the swap request form for everyone, no favours."),
    record(5, "31/10/24", "17:30-18:10", "40 mins (observed)",
           """Complaint from Mr Hallam about his daughter's swimming lesson being cancelled, and
           how Jordan handled it on poolside. Talked through what went well and what to say
           next time. Tutor observed.""",
           "L to deal with the next complaint alone and tell me after."),
    record(6, "07/11/24", "17:30-18:25", "55 mins",
           "Walked through NOP and EAP as if for a new starter. L worried about getting it wrong.",
           "L to run a practice induction with me as the new starter."),
    record(7, "14/11/24", "17:30-18:00", "30 mins",
           "Review of the three goals, two met, inductions start in January.",
           "Follow-up booked 28 Nov."),

    H(1, "3.1 Review of my mentoring performance"),
    P("""Looking back, I think I was good at making the time happen and at keeping the sessions
      practical. Where I was weaker was letting L find answers. In the first two sessions I
      talked for more than half the time, and I only realised when I read my own records back
      and saw most of the actions were mine, not L's. From session 4 I started ending with
      "so what will you do?" and wrote down L's words exactly. L met the rota and complaints
      goals, and the induction goal is on track."""),

    H(1, "3.2 Meeting with my tutor"),
    P("""My tutor observed session 5 and spent 20 minutes with me afterwards going through it.
      I then had a one-hour meeting with her at the college on 6 November. We went through my
      records and she asked me to count how many of the questions in my notes were open. It
      was fewer than I thought, about one in three. She suggested I write my opening question
      before each session and not ask anything else until L has finished answering. I tried
      this in sessions 6 and 7 and it worked."""),

    H(1, "3.3 Areas for my future development"),
    T(
        ["What I want to develop", "How", "By when", "How I will know"],
        ["Open questions", "Write the first question down before each session, use TED prompts",
         "January", "Half my recorded questions are open"],
        ["Not rescuing the mentee", "Count to five before offering an answer",
         "February", "Actions in records in the mentee's words"],
        ["Mentoring more than one person", "Offer to mentor the new swim teacher in the spring",
         "April", "Second mentee agreement signed"],
    ),

    P("""Declaration: I confirm that this portfolio is my own work and the mentoring took place as
      recorded. Signed: Gemma Okafor-Hurst   Date: 02/12/2024"""),
]

CASE = Case(
    name="t_8584_201_leisure_b_docx",
    unit="8584-201",
    kind="portfolio",
    files=[SourceFile("GOkafor-Hurst_201.docx", BLOCKS)],
    labels={
        "1.1": "asked the Swim Coordinator to cover poolside for the first half hour",
        "1.2": "Deal with a customer complaint on poolside without calling the duty manager",
        "2.1": "adding up to four hours forty minutes",
        "2.2": "I sound more worried than I am",
        "2.3": "the lesson cover was spot on",
        "2.4": "I had cried in the staff room after my first complaint",
        "2.5": "filled in straight after in the meeting room and signed by both of us",
        "3.1": "saw most of the actions were mine, not L's",
        "3.2": "about one in three",
        "3.3": "Offer to mentor the new swim teacher in the spring",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        "identifying": ["Jordan", "Mr Hallam"],
        # 45 + 60 + 50 + 40 + 55 + 30 = 280 (S3 cancelled, S8 planned, Total row and the
        # session records not added again)
        "minutes": 280,
        "sessions": 6,
        "individuals": 1,
        # tutor debrief after observed S5 20 + tutor meeting 60 = 80
        "supervision_minutes": 80,
    },
    about="Leisure centre duty manager; centre template numbered by AC, summary log plus a record per held session (every session twice), cancelled and planned rows and a Total row, observed session with tutor debrief plus one-hour tutor meeting; mentee's first name and a parent slip through.",
)
