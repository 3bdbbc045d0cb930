"""8587-304 mentoring: a museum learning officer's PDF, a planned table then a separate actual table.

Fiona, learning and engagement officer at a city museum, mentors the two new learning
assistants: Zara (early years) and Dami (schools). Her plan is a table by week with the
mentees as columns headed only by role ("Early years LA", "Schools LA") and planned lengths,
ending in a planned total. What actually happened is a second table whose time column gives a
start and a length ("10am for 1 hr", "9.30, 1 hr 15", "2pm for 1.5 hrs") with exceptions: a
late start against a booked slot ("booked 2-3.30pm, started 2.15"), a half-term joint session
"11am-1pm incl. 20 min tea break", a cancelled session made up with a longer one, a Saturday
when she shadowed the education manager (not counted), a session observed by her ILM tutor
and his debrief as its own row. Her actual total is right. Supervision with the council's
mentoring lead and an ILM tutorial are in prose; a half-day L&D workshop is CPD, not counted.

Practice truth: Zara 60 + 90 + 90 + 90 + 120 + 60 = 510; Dami 60 + 75 + 75 + 90 + 90 + 60 =
450; joint 120 - 20 = 100; 1,060 minutes in thirteen sessions with two mentees; supervision
60 + 60 + 45 (Ruth) + 60 (tutorial) + 30 (debrief) = 255.
"""

from .case import Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "Unit 8587-304 Undertaking an Extended Period of Mentoring within an Organisational Context"),
    P("Fiona - Learning and Engagement Officer, City Museum and Art Gallery"),
    P("ILM Level 3 Certificate in Effective Coaching and Mentoring. Tutor: Kwame"),
    H(1, "1. Planning (AC 1.1)"),
    P("""In September the museum took on two new learning assistants: Zara, our early years
      learning assistant, who runs the toddler and family sessions, and Dami, our schools
      learning assistant, who delivers the Key Stage 2 workshops. Neither had worked in a museum
      before. My manager and I agreed that I would mentor both of them through their first term,
      with the aim of each being able to plan and run a session on their own by Christmas."""),
    P("""I planned roughly fortnightly sessions in the learning studio before we open, or in the
      afternoon when there are no school groups, and one joint session in October half term
      when there are no schools in. The plan below is what we agreed at contracting."""),
    T(
        ["Week beginning", "Early years LA", "Schools LA"],
        ["16 Sept", "Contracting, 1 hr", "Contracting, 1 hr"],
        ["30 Sept", "1.5 hrs", "1.5 hrs"],
        ["14 Oct", "1.5 hrs", "1.5 hrs"],
        ["28 Oct (half term)", "Joint session, 2 hrs", "(joint)"],
        ["11 Nov", "1.5 hrs (tutor observing)", "1.5 hrs"],
        ["25 Nov", "1.5 hrs", "1.5 hrs"],
        ["9 Dec", "Review, 1 hr", "Review, 1 hr"],
        ["Planned total", "18 hrs including the joint session", ""],
    ),
    H(1, "2. Contract and goals (AC 1.2, 1.3)"),
    P("""Each contract covered confidentiality (nothing goes to our manager without their
      agreement, except safeguarding), that mentoring is separate from their probation reviews,
      and that either of us could move a session with a day's notice. Goals: Zara - plan and
      run a family trail on her own; handle a parent who complains. Dami - adapt a workshop for
      a SEND group; manage a class whose teacher leaves the room."""),
    H(1, "3. What actually happened (AC 2.4)"),
    T(
        ["Date", "Who", "Start / how long", "Notes"],
        ["Tue 17 Sept", "Zara", "10am for 1 hr", "Contracting; goals; she did a skills audit against the LA job description"],
        ["Wed 18 Sept", "Dami", "2pm for 1 hr", "Contracting; goals; skills audit"],
        ["Tue 1 Oct", "Zara", "10am, 1 hr 30", "GROW on the family trail"],
        ["Thu 3 Oct", "Dami", "9.30, 1 hr 15", "Watched a recording of his first workshop together"],
        ["Sat 12 Oct", "Carla (education manager) + her volunteer", "1 hr",
         "I shadowed Carla mentoring one of her volunteers - her mentee, not mine. Not counted."],
        ["Tue 15 Oct", "Zara", "10am for 1.5 hrs", "Trail draft; what parents ask"],
        ["Thu 17 Oct", "Dami", "booked 2-3.30pm, started 2.15",
         "His school group overran; finished on time at 3.30. SEND adaptations"],
        ["Wed 30 Oct", "Zara and Dami together", "11am-1pm incl. 20 min tea break",
         "Half-term joint session: planning the Christmas family trail with both of them"],
        ["Tue 12 Nov", "Zara", "10am for 1.5 hrs", "Observed by Kwame (ILM tutor). Role play: the complaining parent"],
        ["Tue 12 Nov", "Kwame - debrief", "11.30am, 30 mins", "Tutor's feedback on the observed session"],
        ["Thu 14 Nov", "Dami", "9.30 for 1 hr 30", "Teacher-leaves-the-room scenarios"],
        ["Tue 26 Nov", "Zara", "cancelled", "Museum closed - burst pipe in the studio"],
        ["Thu 28 Nov", "Dami", "9.30 for 1.5 hrs", "Ran the SEND workshop on his own last week; what went well"],
        ["Tue 3 Dec", "Zara", "10am for 2 hrs", "Longer one to make up for 26 Nov; trail dry run"],
        ["Tue 10 Dec", "Zara", "10am for 1 hr", "Review and close; feedback form"],
        ["Thu 12 Dec", "Dami", "2pm for 1 hr", "Review and close; feedback form"],
    ),
    P("""Actual total: 17 hrs 40 mins of mentoring in 13 sessions (the joint session counted once,
      without the tea break), against 12 hours needed."""),
    H(1, "4. Tools, model and skills (AC 2.1 - 2.3)"),
    P("""The skills audit against the job description was my main diagnostic tool, repeated at
      the end; Zara moved from 2 to 4 on "managing visitor expectations" and Dami from 1 to 4 on
      "adapting content". With Dami, watching the recording of his workshop was more useful than
      any question I could ask; he spotted the moment the class drifted before I said anything.
      I used GROW loosely, and more strictly with Zara, who likes structure."""),
    H(1, "5. Supervision and review (AC 3.1 - 3.4)"),
    P("""My supervisor for this unit is Ruth, the mentoring lead for the council's museums
      service. We met three times: 24 September (1 hr), 22 October (1 hr) and 19 November (45
      mins). In October she asked why I was mentoring both in exactly the same way when they are
      so different, which led to the recordings with Dami. In November we talked about endings
      and about Zara starting to rely on me for decisions."""),
    P("""I also had a tutorial with Kwame on Teams on 8 October (1 hr) to check my plan and
      contracts, and his debrief after the observation (in the table above). His main point was
      that I answered my own questions; in the role play I asked "would you say sorry first?"
      instead of "what would you say first?"."""),
    P("""On 5 November I went to a half-day mentoring skills workshop run by the council's L&D
      team (3 hrs). Useful, but CPD rather than supervision, so I have not counted it."""),
    P("""Looking back, the joint session was the best one: they planned the Christmas trail
      between them and I mostly listened. The cancelled session in November cost us momentum
      with Zara and I should have rebooked within the week rather than making the next one
      longer."""),
    H(1, "Declaration"),
    P("I declare that this is my own work and a true record of my mentoring. Fiona, 16 December 2024."),
]

CASE = Case(
    name="pk_304_museum_planned_then_actual_pdf",
    unit="8587-304",
    kind="structured-pdf",
    files=[SourceFile("Fiona_304_mentoring_portfolio.pdf", BLOCKS)],
    labels={},  # practice only
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        # Zara: 17/9 10am for 1 hr 60 + 1/10 1 hr 30 90 + 15/10 1.5 hrs 90
        #   + 12/11 1.5 hrs 90 (observed, counts) + 3/12 2 hrs 120 + 10/12 1 hr 60 = 510
        #   (not 26/11 cancelled)
        # Dami: 18/9 1 hr 60 + 3/10 1 hr 15 75 + 17/10 booked 2-3.30pm started 2.15 75
        #   + 14/11 1 hr 30 90 + 28/11 1.5 hrs 90 + 12/12 1 hr 60 = 450
        # Joint 30/10 11am-1pm 120 less 20 min tea break = 100, once
        # 510 + 450 + 100 = 1060 (= her 17 h 40). Not: the planned table (18 hrs), 12/10
        # shadowing Carla (60), the debrief row, the total sentence.
        "minutes": 1060,
        "sessions": 13,  # Zara 6 + Dami 6 + joint 1
        "individuals": 2,  # Zara (early years LA), Dami (schools LA)
        # Ruth 24/9 60 + 22/10 60 + 19/11 45 = 165; Kwame tutorial 8/10 60; Kwame debrief
        # 12/11 30; 165 + 60 + 30 = 255. Not the 5/11 L&D workshop (180, CPD).
        "supervision_minutes": 255,
    },
    about="Museum learning officer; PDF with a planned table by role then a separate actual table of 'start, length' cells, late start against a booked slot, joint session less a tea break, shadowing row, observed session + debrief row, prose supervision, CPD workshop not counted.",
)
