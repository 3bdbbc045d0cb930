"""8587-304 Extended period of mentoring (TXT): a hospital lead pharmacy technician.

Hollie Brennan, lead pharmacy technician in the aseptic unit of an NHS hospital pharmacy
in Hull, mentors two newly registered pharmacy technicians. She introduces them as
'Mentee 1 (Tomasz)' and 'Mentee 2 (Aisha)' and then uses both the pseudonyms and the first
names. A plain text file typed in Notepad, numbered answers ('1.1 -', '2.3 -') with no other
structure, and a two-page log typed as pipe tables with a 'Carried forward' row at the foot
of page 1 and a 'Brought forward' row at the top of page 2. Two sessions are group sessions
with both mentees. One row is a corridor catch-up she marks 'not counted'. Brisk, slightly
clinical voice; no declaration.

Practice, as an assessor counts it (the log rows):
    Page 1: 08/04 M1 chemistry/contract 1 hr = 60, 09/04 M2 chemistry/contract 55 mins = 55,
            16/04 M1 1 hr 20 = 80, 17/04 M2 1 hr = 60, 23/04 M1+M2 group 1 hr 30 = 90 (once),
            [25/04 M2 15 mins 'not counted'], 30/04 M1 45 mins = 45, 01/05 M2 1 hr 10 = 70
            = 460 (7 sessions). 'Carried forward 7 hrs 40' restates them.
    Page 2: ['Brought forward 7 hrs 40'], [07/05 supervision 1 hr], 14/05 M1 1 hr 15 = 75,
            15/05 M2 1 hr 15 = 75, 28/05 M1 1 hr 30 = 90, 29/05 M2 1 hr = 60,
            04/06 M1+M2 group 1 hr = 60 (once), [11/06 supervision 1 hr 15],
            18/06 M1 50 mins = 50, 19/06 M2 55 mins = 55           = 465 (7 sessions)
            'Total 15 hrs 25' restates them.
    => minutes 925, sessions 14, individuals 2 (Mentee 1 = Tomasz, Mentee 2 = Aisha),
       supervision 60 + 75 = 135.

Planted: the mentees' first names (Tomasz, Aisha) and Tomasz's mobile number, which she
copied into the contract section (07812 559204). Not identifying: Hollie's own name, the
chief pharmacist and her mentor-supervisor (roles), Hull, the NHS trust, the GPhC,
the APTUK, Clutterbuck, GROW, Honey and Mumford, the SLAM model.
"""

from corpus.case import Case, P, SourceFile, T

HEAD = ["Date", "Who", "Duration", "Type", "Notes"]

PAGE_1 = T(
    HEAD,
    ["08/04", "Mentee 1 (Tomasz)", "1 hr", "Chemistry + contract", "Agreement signed"],
    ["09/04", "Mentee 2 (Aisha)", "55 mins", "Chemistry + contract", "Agreement signed"],
    ["16/04", "Mentee 1", "1 hr 20", "1:1", "Learning styles questionnaire, goals"],
    ["17/04", "Mentee 2", "1 hr", "1:1", "Skills self-assessment, goals"],
    ["23/04", "Mentee 1 + Mentee 2", "1 hr 30", "Group", "Both together: preparing for the aseptic audit"],
    ["25/04", "Mentee 2", "15 mins", "Corridor catch-up", "not counted - informal"],
    ["30/04", "Mentee 1", "45 mins", "1:1", "Worksheet errors"],
    ["01/05", "Mentee 2", "1 hr 10", "1:1", "Night shift anxiety"],
    ["Carried forward", "", "7 hrs 40", "", ""],
)

PAGE_2 = T(
    HEAD,
    ["Brought forward", "", "7 hrs 40", "", ""],
    ["07/05", "Me + mentor-supervisor", "1 hr", "Supervision", "See 3.4"],
    ["14/05", "Mentee 1", "1 hr 15", "1:1", "Checking technique, feedback from audit"],
    ["15/05", "Mentee 2", "1 hr 15", "1:1", "First solo night shift debrief"],
    ["28/05", "Mentee 1", "1 hr 30", "1:1", "Final accuracy check prep"],
    ["29/05", "Mentee 2", "1 hr", "1:1", "Rota and study time"],
    ["04/06", "Mentee 1 + Mentee 2", "1 hr", "Group", "Both: sharing what they had learned"],
    ["11/06", "Me + mentor-supervisor", "1 hr 15", "Supervision", "See 3.4"],
    ["18/06", "Mentee 1", "50 mins", "1:1", "Closing review"],
    ["19/06", "Mentee 2", "55 mins", "1:1", "Closing review"],
    ["Total", "", "15 hrs 25", "", ""],
)

BLOCKS = [
    P("ILM L3 Certificate Effective Coaching and Mentoring - Unit 8587-304"),
    P("Hollie Brennan - Lead Pharmacy Technician, Aseptic Services"),
    P("""Mentees: two pharmacy technicians who registered with the GPhC last autumn and joined
      the aseptic unit in March. I call them Mentee 1 (Tomasz) and Mentee 2 (Aisha) below.
      I use both, sorry, it is how I wrote my notes."""),

    P("1.1 - Plan"),
    P("""12 hours minimum across two mentees, April to June. Plan was a chemistry/contract
      session each, then fortnightly 1:1s of about an hour, plus two group sessions where both
      mentees came together because they share the same first-year hurdles. Sessions booked
      at 15:30 after the last compounding run, in the unit office, never in the clean room
      changing area. Supervision with my mentor-supervisor booked for May and June. I got the
      chief pharmacist to agree protected time in the rota before I asked either of them.
      Resources: the unit's competency framework, learning styles questionnaire, a skills
      self-assessment grid, and the log below."""),

    P("1.2 - Goals"),
    P("""Agreed in session 2 for each, from the self-assessment. Mentee 1: pass his final
      accuracy checking assessment by the end of June with no more than one minor error, and
      cut worksheet errors flagged at second check from about 4 a week to 1 or none. Mentee 2:
      complete her first solo night on-call shift without ringing the senior on-call
      pharmacist for anything that is in the SOP, and book protected study time for her
      accredited checking course. Aisha changed her first goal from 'be less anxious' to the
      on-call one after I asked what 'less anxious' would look like on a Tuesday at 3am."""),

    P("1.3 - Contract"),
    P("""One page agreement, signed at the first session by each mentee and me, copied to the
      chief pharmacist as stakeholder with their permission. Covers: purpose, frequency and
      length, confidentiality and its limits (patient safety, fitness to practise, anything
      illegal), that I am not their line manager for these sessions even though I sign off
      their competencies, notes, and ending. Contact for rearranging: my work extension, and
      for Mentee 1 his mobile 07812 559204, which he asked me to use instead of Teams. The
      chief pharmacist agreed not to ask me about content, only whether sessions happened."""),

    P("2.1 - Diagnostics"),
    P("""Two tools. Honey and Mumford learning styles questionnaire: Tomasz came out a strong
      reflector and theorist, which explained why he kept asking for the reason behind every
      step of the SOP and why he froze when a consultant on the ward wanted an answer
      immediately. We linked that to his checking goal, building in a 'reason card' for each
      check. Skills self-assessment against the competency framework for Mentee 2: she rated
      herself 2 out of 5 for 'working without direct supervision' and 4 or 5 for everything
      technical. That gap is exactly where her on-call goal came from."""),

    P("2.2 - Model"),
    P("""Clutterbuck's developmental mentoring stages as the overall shape (rapport, direction,
      progress, winding down, moving on) and GROW inside the 1:1s. The group sessions were
      different: more like an action learning set, with each of them bringing one problem and
      the other asking questions before I said anything. The model helped them reach their
      goals because it kept the ownership with them. Mentee 1 passed his accuracy check on
      26/06 with zero errors."""),

    P("2.3 - Knowledge, skills and behaviours"),
    P("""Knowledge of the unit and the checking process helped, but I tried not to lead with
      it. Skills I used: open questions, reflecting back, summaries, scaling. An ethical point
      came up on 01/05 when Mentee 2 told me a colleague had been signing off a worksheet he
      had not checked. That is a patient safety matter, covered by the limits in our contract.
      I reminded her of that and we agreed she would raise it with the aseptic manager with me
      present, which she did the next morning."""),

    P("2.4 - Records"),
    P("""First contact: email from the chief pharmacist to both on 02/04 introducing me, and my
      follow-up the same day. Then the signed agreements, the log (below), a short notes sheet
      per session kept in a locked drawer in the unit office, and a closing review form. Each
      mentee has their own copy of their notes sheets."""),
    P("Mentoring log - page 1"),
    PAGE_1,
    P("Mentoring log - page 2"),
    PAGE_2,

    P("3.1 - Reflection"),
    P("""After each session I wrote three lines: what happened, what I noticed about me, what
      next. Key learning: with Tomasz I over-explained because we are both theorists and it was
      comfortable; the session on 30/04 was really me teaching. With Aisha I learned to
      slow down when she is anxious rather than rushing to reassure. The group sessions taught
      me most - they were better mentors to each other than I expected, so I will use a group
      format again."""),

    P("3.2 - Feedback"),
    P("""Each notes sheet ends with two boxes the mentee filled in: 'What helped today?' and
      'What would you change?'. Read together, the patterns were: Mentee 1 wanted more
      practice and less talk; Mentee 2 valued the group sessions most and asked for one more,
      which became the 04/06 session. I changed the 14/05 session with Mentee 1 to be almost
      all hands-on checking practice in response."""),

    P("3.3 - Communication"),
    P("""Questioning: good open questions, but too many of them, stacked. Listening: I listen
      for errors, because that is what a checker does all day, and I had to consciously
      switch that off. Feedback: the SLAM model from our trust's leadership course (specific,
      linked, actionable, motivating) worked well after the audit, because the mentees could
      see exactly what to change."""),

    P("3.4 - Supervision"),
    P("""07/05, 1 hour: my mentor-supervisor noticed I described both mentees mainly in terms of
      errors. Outcome: I started each session with what had gone well since last time. 11/06,
      1 hr 15: ending well and the worksheet disclosure. Outcome: she agreed I had followed the
      contract, and suggested I ask both mentees to write their own 'moving on' plan, which I
      used in the closing reviews."""),
]

CASE = Case(
    name="p_8587_304_pharmacy_txt",
    unit="8587-304",
    kind="numbered-unstyled",
    files=[SourceFile("8587-304 H Brennan.txt", BLOCKS)],
    labels={
        "1.1": "never in the clean room changing area",
        "1.2": "what 'less anxious' would look like on a Tuesday at 3am",
        "1.3": "only whether sessions happened",
        "2.1": "building in a 'reason card' for each check",
        "2.2": "the other asking questions before I said anything",
        "2.3": "which she did the next morning",
        "2.4": "email from the chief pharmacist to both on 02/04",
        "3.1": "they were better mentors to each other than I expected",
        "3.2": "almost all hands-on checking practice in response",
        "3.3": "I listen for errors, because that is what a checker does all day",
        "3.4": "mainly in terms of errors",
    },
    expected_checks={
        "declaration": False,
        "evidence_matrix": False,
        # page 1: 60 + 55 + 80 + 60 + 90 (group, once) + 45 + 70 = 460 (25/04 'not counted');
        # page 2: 75 + 75 + 90 + 60 + 60 (group, once) + 50 + 55 = 465; carried/brought
        # forward and total rows excluded. 460 + 465 = 925.
        "minutes": 925,
        "sessions": 14,
        "individuals": 2,  # Mentee 1 = Tomasz, Mentee 2 = Aisha
        "supervision_minutes": 135,  # 07/05 1 hr + 11/06 1 hr 15
        # first names beside the pseudonyms and Tomasz's mobile in 1.3; Hollie Brennan,
        # the chief pharmacist, Hull, GPhC, Clutterbuck, Honey and Mumford: not identifying
        "identifying": ["Tomasz", "Aisha", "07812 559204"],
    },
    about="Hospital pharmacy lead technician's 304 as a plain text file: numbered answers, two-page pipe-table log with carried/brought-forward and total rows, two group sessions, a 'not counted' corridor row; mentees as 'Mentee 1 (Tomasz)' / 'Mentee 2 (Aisha)', a mobile number planted.",
)
