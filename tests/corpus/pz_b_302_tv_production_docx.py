"""8587-302 portfolio as one DOCX: a TV production manager's planned/actual log, three of its sessions again as coaching records, a coachee who leaves after two sessions and a replacement, and two three-way meetings with a line manager, one counted and one not.

Callum Reid, production manager at an independent TV production company in Salford, coaches
Coachee A (an assistant producer) and Coachee B (a production coordinator on a freelance
contract). B's contract ended early, after two sessions, and the new production coordinator,
Coachee C, took her place; his tutor agreed a third individual and the centre recorded why.
The log is a table No. | Date | Coachee | Planned | Actual | Notes, where Planned is always
minutes ("60 mins", "90 mins") and Actual is written any way: "45 mins", "1h", "14:00-15:10",
"1h20", "90 mins", "1.25 hrs", "1h 30", "40 minutes", "1h45", "2 hours", "1h 15",
"10:00-11:30", "1h 20", "an hour and a half". Below it, coaching records on the handbook's
template for sessions 3, 8 and 12 give the same sessions again ("70 mins", "1 hour 30
minutes", "2 hrs").

Tricky: session 1 is a three-way contracting meeting with A and her series producer (her line
manager), which he counts as a coaching session; row 18 is C's probation review with her line
manager that he joined for the last half hour and says is not a coaching session and not
counted. A cancelled row (B's contract ended), a rescheduled row (A on location), a session cut
short (40 minutes, counted), an observed session with the tutor's 20-minute debrief
(supervision), C's final review only booked, and his Total row "18.5 hrs (14 sessions)",
which is right. Supervision and tutorials are a table under 3.4, the last tutorial booked.

Practice truth: A 565 (7) + B 140 (2) + C 405 (5) = 1110 minutes in 14 sessions with three
coachees; supervision 60 + 20 + 45 + 70 = 195.
"""

from .case import Case, H, P, SourceFile, T


def record(n: str, coachee: str, date: str, duration: str, rows: list[tuple[str, str]]):
    return [
        H(3, f"Coaching record – session {n}"),
        T(["Client Ref/ID", coachee, "Session No.", n], ["Date of Session", date, "Duration", duration]),
        T(*[[k, v] for k, v in rows]),
    ]


BLOCKS = [
    H(0, "Unit 302 – Undertake coaching in a work context (extended)"),
    P("Learner: Callum Reid   ILM registration: R5520931   Centre: Manchester Media Skills"),
    P("""My coachees are referred to as Coachee A, Coachee B and Coachee C throughout. All three
      agreed to their anonymised records being used for my qualification."""),

    H(1, "AC 1.1 Plan"),
    P("""I planned 12 sessions of 60–90 minutes for each of two coachees between January and March,
      in the small edit suite on the second floor when it is free (it has a door that shuts and no
      glass wall), fitted around our delivery dates. I put a Planned column in my log so I could
      see where the schedule slipped. Coachee B's freelance contract ended early, after two
      sessions; my tutor agreed that I could start again with Coachee C, who took over B's role,
      and the centre has recorded the reason for a third individual."""),
    H(1, "AC 1.2 Goals"),
    P("""Coachee A wanted to run the Friday edit review on her own without the series producer
      stepping in; Coachee B wanted to manage her workload on two shows at once; Coachee C wanted
      to get on top of the delivery paperwork and speak up in production meetings."""),
    H(1, "AC 1.3 Contract"),
    P("""Our first meeting was a three-way contracting meeting with Coachee A and her series producer,
      so that everyone agreed what would and would not be reported back: the series producer signed
      as the stakeholder and only hears whether sessions are happening. B and C signed the same
      contract on their own at their first sessions."""),
    H(1, "AC 2.1 Diagnostic tools"),
    P("""Coachee B completed the Wheel of Work in session 4; Coachee A and Coachee C did a SWOT, and
      C also did a learning styles questionnaire, which showed she likes to see an example first."""),
    H(1, "AC 2.2 Coaching model"),
    P("""I used GROW, writing the four headings on the whiteboard in the edit suite and letting the
      coachee fill them in; with C I used the Options stage twice in the same session when the
      first set of options all depended on other people."""),
    H(1, "AC 2.3 Skills and ethics"),
    P("""Because Coachee A works on my shows, I was careful never to use what she told me in session
      when I was setting the shooting schedule, and I told her so at contracting."""),

    H(1, "AC 2.4 Coaching log"),
    T(
        ["No.", "Date", "Coachee", "Planned", "Actual", "Notes"],
        ["1", "06/01/25", "A", "60 mins", "45 mins", "Three-way contracting: A, her series producer (line manager) and me. Agreement signed by all three. Counted as session 1"],
        ["2", "08/01/25", "B", "60 mins", "1h", "Contracting and goals with B"],
        ["3", "13/01/25", "A", "90 mins", "14:00-15:10", "GROW – first goal, the Friday edit review"],
        ["4", "15/01/25", "B", "90 mins", "1h20", "Wheel of Work; two shows at once"],
        ["5", "20/01/25", "B", "90 mins", "Cancelled", "B's contract ended early – she left on 24/01. No further sessions"],
        ["6", "22/01/25", "A", "90 mins", "90 mins", "SWOT; what the series producer does in reviews"],
        ["7", "29/01/25", "C", "60 mins", "1.25 hrs", "Chemistry and contracting with C (started 27/01 in B's role)"],
        ["8", "03/02/25", "A", "90 mins", "1h 30", "Observed by my tutor – debrief afterwards"],
        ["9", "05/02/25", "C", "90 mins", "40 minutes", "Cut short – edit suite crashed the night before delivery"],
        ["10", "10/02/25", "A", "90 mins", "Rescheduled", "Moved to 12/02 – A on location"],
        ["11", "12/02/25", "A", "(from 10/02)", "1h45", "A ran her first edit review; what happened"],
        ["12", "17/02/25", "C", "90 mins", "2 hours", "Delivery paperwork – she built her own checklist"],
        ["13", "24/02/25", "A", "90 mins", "1h 15", "Giving notes to a senior editor"],
        ["14", "26/02/25", "C", "90 mins", "10:00-11:30", "Speaking up in production meetings – role play"],
        ["15", "03/03/25", "C", "90 mins", "1h 20", "Review of her first meeting where she spoke up"],
        ["16", "05/03/25", "A", "90 mins", "an hour and a half", "Final review with A, feedback form"],
        ["17", "13/03/25", "C", "–", "30 mins", "C's probation review with her line manager – I was invited for the last half hour. Not a coaching session, not counted"],
        ["18", "17/03/25", "C", "90 mins", "booked", "C's final review"],
        ["", "Total", "", "", "18.5 hrs", "14 sessions"],
    ),
    P("Coaching records for three of the sessions above are below; the rest are in my notebook."),
    *record("3", "Coachee A", "13/01/2025", "70 mins", [
        ("Goal for today's meeting", "Lead the Friday edit review without the series producer stepping in"),
        ("Reality/current situation", "She prepares notes but hands over as soon as the series producer speaks"),
        ("Options generated to achieve goal", "Agree the running order beforehand; ask the series producer to hold comments to the end"),
        ("Chosen option & target date", "Talk to the series producer before the 24 January review"),
        ("Date and venue of next session", "22/01, edit suite 2"),
    ]),
    *record("8", "Coachee A", "03/02/2025", "1 hour 30 minutes", [
        ("Goal for today's meeting", "Prepare for her first edit review on her own"),
        ("Feedback you gave to the client", "Her running order was clear; she apologised before every note"),
        ("Feedback from coachee on the coaching session", "Useful, but I asked two questions at once twice"),
        ("Date and venue of next session", "10/02, edit suite 2 (later moved to 12/02)"),
    ]),
    *record("12", "Coachee C", "17/02/2025", "2 hrs", [
        ("Goal for today's meeting", "Get on top of the delivery paperwork"),
        ("Options generated to achieve goal", "Copy last series' checklist; ask the post supervisor; build her own"),
        ("Chosen option & target date", "Build her own checklist by 24/02 and test it on episode 3"),
        ("Date and venue of next session", "26/02, edit suite 2"),
    ]),

    H(1, "AC 3.1 Reflection"),
    P("""Losing Coachee B after two sessions showed me that I had not planned an ending: we never
      had one. With C I agreed at contracting what we would do if either of us had to stop."""),
    H(1, "AC 3.2 Feedback"),
    P("""Coachee A's feedback form said the most useful session was the one before her first edit
      review; C said she wanted more silence from me while she thought."""),
    H(1, "AC 3.3 Communication"),
    P("""My tutor's observation picked up that I stack questions; since then I write one question on
      the pad and wait."""),
    H(1, "AC 3.4 Supervision"),
    T(
        ["Date", "With", "Type", "Duration", "Outcomes"],
        ["27/01/25", "Dr Lena Hartmann, coaching supervisor", "Supervision", "1 hr", "Starting again with a new coachee; not comparing C with B"],
        ["03/02/25", "ILM tutor", "Debrief after observing session 8", "20 mins", "Stacked questions; good use of the whiteboard"],
        ["19/02/25", "ILM tutor", "Tutorial (Teams)", "45 mins", "Portfolio check, evidence for 2.1"],
        ["10/03/25", "Dr Lena Hartmann", "Supervision", "1h10", "Whether I was pushing A towards my own solution"],
        ["24/03/25", "ILM tutor", "Final tutorial – booked", "–", ""],
    ),
    P("""Supervision changed how I finish sessions: I now ask the coachee to say the action back in
      their own words rather than summarising it for them."""),
    P("""Declaration: this portfolio is my own work and the sessions recorded took place as
      described. Callum Reid, 14 March 2025"""),
]

CASE = Case(
    name="pz_b_302_tv_production_docx",
    unit="8587-302",
    kind="structured-docx",
    files=[SourceFile("C Reid 302 coaching portfolio.docx", BLOCKS)],
    labels={},  # a practice log: its figures are measured, not the finder (its few criterion labels were dropped)
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        "identifying": [],  # Coachees A-C; line managers by role; supervisor and tutor are the learner's own
        # A: 1 "45 mins" 45 (three-way contracting with her line manager, counted by him as session 1)
        #    + 3 "14:00-15:10" 70 + 6 "90 mins" 90 + 8 "1h 30" 90 (observed) + 11 "1h45" 105
        #    + 13 "1h 15" 75 + 16 "an hour and a half" 90
        #    = 45 + 70 = 115; + 90 = 205; + 90 = 295; + 105 = 400; + 75 = 475; + 90 = 565 (7)
        # B: 2 "1h" 60 + 4 "1h20" 80 = 140 (2; then her contract ended, row 5 cancelled)
        # C: 7 "1.25 hrs" 75 + 9 "40 minutes" 40 (cut short) + 12 "2 hours" 120 + 14 "10:00-11:30" 90
        #    + 15 "1h 20" 80 = 75 + 40 = 115; + 120 = 235; + 90 = 325; + 80 = 405 (5)
        # 565 + 140 = 705; + 405 = 1110 = 18h30; 7 + 2 + 5 = 14. His Total "18.5 hrs (14 sessions)" right.
        # Not: 5 Cancelled; 10 Rescheduled; 17 C's probation review "30 mins" (his word: not a
        # coaching session, not counted); 18 booked; the Planned column; the Total row; records for
        # sessions 3 ("70 mins"), 8 ("1 hour 30 minutes") and 12 ("2 hrs") repeat log rows 3, 8, 12.
        "minutes": 1110,
        "sessions": 14,
        "individuals": 3,  # A; B (left after two sessions); C (her replacement)
        # 27/01 supervision "1 hr" 60 + 03/02 tutor's debrief "20 mins" 20 + 19/02 tutorial "45 mins" 45
        # + 10/03 supervision "1h10" 70 = 60 + 20 = 80; + 45 = 125; + 70 = 195. Not 24/03 (booked).
        "supervision_minutes": 195,
    },
    about="TV production manager; 302 DOCX with a planned/actual log ('45 mins', '14:00-15:10', '1h20', '1.25 hrs', '40 minutes', 'an hour and a half'), three sessions repeated as template coaching records, Coachee B leaves after two sessions and C replaces her, a counted three-way contracting meeting and an uncounted three-way probation review, cancelled/rescheduled/booked rows, right Total row, supervision table with tutor debrief and a booked tutorial.",
)
