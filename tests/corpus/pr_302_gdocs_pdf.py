"""8587-302 Extended coaching: a Google Docs PDF with a terse log and a bulleted supervision list.

Ben Adeyemi, a gym manager, coaches two personal trainers he calls PT1 and PT2. His log is
typed fast: "1hr", "90mins", "1.5hrs", "45min", "1hr15"; a January subtotal row; a row for a
session PT2 "didn't show"; a WhatsApp check-in he says he is not counting. Supervision and
the tutorial are bullets under their own heading, one of them naming only his supervisor.
He ends with "Sessions completed: 9 (12 hrs 45 mins)".

Practice truth: nine sessions, 60+90+90+45+75+120+90+105+90 = 765 minutes, two coachees;
supervision 60 + 60 + 90 (group tutorial) = 210 minutes in three sessions.
"""

from .case import B, Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "302 Coaching Portfolio – Ben Adeyemi"),
    P("ILM reg: R9902217 | Centre: Thames Valley Leisure Academy"),
    P("I declare this is all my own work."),
    H(1, "1.1 Plan"),
    P("""Plan: 12 hours minimum, weekly-ish, in the spin studio before the gym opens at 6am, about
      an hour each time, two coachees, booked in the staff calendar so no classes clash."""),
    H(1, "1.2 Goals"),
    P("""PT1 – build a client base of 20 paying clients by March. PT2 – pass her level 4 practical
      at the first go, which she failed last year by two marks."""),
    H(1, "1.3 Contract"),
    P("""Signed agreement with both coachees and our area manager: confidential, area manager only
      told whether we met, and no coaching notes used for commission decisions."""),
    H(1, "2.1 Diagnostic tools"),
    P("""Wheel of life for PT1 (his work section scored a 3) and the level 4 mock marking sheet for
      PT2, which showed her weakest area was the client consultation."""),
    H(1, "2.2 Model"),
    P("""I used the GROW model every session, written on the studio whiteboard so they could photograph
      it after. Goal first, then reality (PT1's diary showed only six regular clients), options
      (PT1 came up with eight, from free taster sessions to a referral card), and the way forward
      as one action each that they would text me about by Friday."""),
    H(1, "2.3 Skills and ethics"),
    P("""Kept it non-directive even when PT1 asked me to just give him my sales script, and kept
      PT2's exam nerves out of our team chat."""),
    H(1, "2.4 Coaching log"),
    T(
        ["#", "Date", "Coachee", "Length", "Focus"],
        ["1", "07/01/26", "PT1", "1hr", "Contracting, goal: build a client base of 20"],
        ["2", "09/01/26", "PT2", "90mins", "Contracting, goal: pass level 4"],
        ["3", "14/01/26", "PT1", "1.5hrs", "Sales conversations"],
        ["4", "16/01/26", "PT2", "45min", "Revision plan"],
        ["", "Subtotal Jan", "", "4.75hrs", ""],
        ["5", "21/01/26", "PT1", "1hr15", "Role play with a hesitant client"],
        ["6", "23/01/26", "PT2", "1hr", "Didn't show – on a course, forgot to tell me"],
        ["7", "28/01/26", "PT2", "2hrs", "Mock practical assessment"],
        ["8", "30/01/26", "PT1", "10mins", "WhatsApp check-in (not counting this)"],
        ["9", "04/02/26", "PT1", "1.5hrs", "Reviewing his client numbers: 14 now"],
        ["10", "06/02/26", "PT2", "1hr45", "Feedback on the mock"],
        ["11", "11/02/26", "PT1", "90mins", "Final review"],
    ),
    P("Sessions completed: 9 (12 hrs 45 mins)"),
    H(1, "3.4 Supervision and tutorials"),
    B("20/01/26 – supervision call with Anne Fox (coach supervisor) – 1hr"),
    B("03/02/26 – Anne again, on Teams – 1hr – we looked at my habit of selling to my own coachees"),
    B("10/02/26 – group tutorial at the centre – 1.5hrs"),
    P("""Anne's main challenge to me was that I manage both coachees and sell memberships myself, so
      I had to watch that my targets did not leak into their sessions."""),
    H(1, "3.1 Reflection"),
    P("""The mock assessment session was the most useful: PT2 coached me through the practical and
      then told me what she would do differently. Key learning: let them lead the session plan."""),
    H(1, "3.2 Feedback"),
    P("""Feedback by a thumbs-up poll in our chat after each session, plus a longer form at the end;
      PT1 asked for more challenge and less cheerleading."""),
    H(1, "3.3 Communication skills"),
    P("""Listening: better when I stopped demonstrating exercises mid-session. Questions: fewer,
      shorter. Feedback: I now ask them to score themselves before I say anything."""),
]

CASE = Case(
    name="pr_302_gdocs_pdf",
    unit="8587-302",
    kind="structured-pdf",
    files=[SourceFile("ben-adeyemi-302.pdf", BLOCKS)],
    labels={
        "1.1": "before the gym opens at 6am",
        "1.2": "failed last year by two marks",
        "1.3": "no coaching notes used for commission decisions",
        "2.1": "his work section scored a 3",
        "2.2": "written on the studio whiteboard",
        "2.3": "just give him my sales script",
        "2.4": "WhatsApp check-in",
        "3.1": "let them lead the session plan",
        "3.2": "more challenge and less cheerleading",
        "3.3": "score themselves before I say anything",
        "3.4": "my habit of selling to my own coachees",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        "identifying": [],
        "minutes": 765,
        "sessions": 9,
        "individuals": 2,
        "supervision_minutes": 210,
    },
    about="Gym manager; terse Google Docs PDF log ('1hr15', '45min'), no-show, not counting, supervision bullets naming only the supervisor.",
)
