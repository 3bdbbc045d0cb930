"""8587-304 mentoring log on a two-sheet template with a carried-forward subtotal and a b/f row, where the first mentee left and "Mentee 2" in the log is "Kai" in the prose.

Gail Ransome, assistant manager at an independent garden centre in Cheshire, mentors newly
appointed department supervisors. Her first mentee, the new café supervisor ("Mentee 1" in
the log, "my first mentee" in the prose), left the business in November after five
sessions; the new houseplants and gifts supervisor took her place ("Mentee 2" in the log;
"my second mentee, Kai", a name she chose for him, in the prose). The provider's template
has eight rows a sheet and a Duration (hrs) column, so sheet 1 ends "Total c/f 7.25" and
sheet 2 starts "b/f 7.25". The hours are written as they came: "1", "0.75", "1¼ hrs", "45'"
(minutes, in an hours column), "1.5", "1.25". One row is a Christmas cancellation with a
dash. Supervision and tutorial record below the log; her reflection on the change of mentee.

Practice truth: Mentee 1 285 (5) + Mentee 2/Kai 585 (9) = 870 minutes in 14 sessions with
two mentees; supervision/tutorial 60 + 75 + 60 = 195.
"""

from .case import Case, H, P, SourceFile, T

BLOCKS = [
    H(1, "Unit 304 - Mentoring log"),
    P("Learner: Gail Ransome   Role: Assistant Manager, garden centre (independent, 60 staff)   Unit: 8587-304"),
    P("""Mentees are new department supervisors. Sessions in the staff room before opening
      (8.00) unless it says. Durations are in hours."""),
    H(2, "Mentoring log - Sheet 1 of 2"),
    T(
        ["Date", "Mentee", "Purpose / topics", "Duration (hrs)", "Outcome / actions"],
        ["02/10/24", "Mentee 1", "First meeting - contracting, what she wants from mentoring, ground rules", "1", "Agreement signed. Goal: write the café rota herself by Christmas"],
        ["09/10/24", "Mentee 1", "Rota planning - staff hours against footfall figures", "0.75", "She'll draft November's rota"],
        ["16/10/24", "Mentee 1", "Team member who is always late - role played the conversation", "1¼ hrs", "Has the conversation Friday"],
        ["30/10/24", "Mentee 1", "Review of goals. She told me she's applying for jobs nearer home", "1", "Keep going with the rota goal either way"],
        ["13/11/24", "Mentee 1", "Last session - she leaves 22/11. What she's taking with her, feedback form", "45'", "Ended well, feedback form done"],
        ["04/12/24", "Mentee 2", "First meeting - contracting (started as houseplants & gifts supervisor 25/11)", "1", "Agreement signed"],
        ["11/12/24", "Mentee 2", "Goals - stock ordering, leading the Christmas late openings", "1.5", "Two goals agreed and written down"],
        ["18/12/24", "Mentee 2", "CANCELLED - Christmas, both of us needed on the shop floor", "-", "Rebooked for January"],
        ["Total c/f", "", "", "7.25", ""],
    ),
    H(2, "Mentoring log - Sheet 2 of 2"),
    T(
        ["Date", "Mentee", "Purpose / topics", "Duration (hrs)", "Outcome / actions"],
        ["b/f", "", "", "7.25", ""],
        ["08/01/25", "Mentee 2", "How the late openings went - what he'd do again", "1", "Writes up his own lessons list"],
        ["15/01/25", "Mentee 2", "Stock ordering - reading the till reports together", "0.75", "First spring order on his own"],
        ["22/01/25", "Mentee 2", "Speaking at the morning huddle - he dreads it", "1.25", "Will do Thursday's huddle"],
        ["05/02/25", "Mentee 2", "Giving feedback to his team", "1", "Try it with the Saturday staff"],
        ["12/02/25", "Mentee 2", "Quick one - huddle went OK, planning the next", "45'", "Doing two huddles a week now"],
        ["26/02/25", "Mentee 2", "Spring planning and his goals for the season", "1.5", "Plan agreed with the centre manager"],
        ["05/03/25", "Mentee 2", "Final review, feedback form, how we'll keep in touch", "1", "Mentoring ended"],
        ["TOTAL", "", "", "14.5", ""],
    ),
    H(2, "Supervision and tutorial record"),
    T(
        ["Date", "With", "Duration", "What we discussed"],
        ["17/10/24", "Tutor (1:1 at the training centre)", "1 hr", "My mentoring plan, contracting, whether my sessions were too short"],
        ["27/11/24", "Centre manager (my mentoring supervisor)", "1¼ hrs", "Mentee 1 leaving - had I ended it well? Agreed I'd take on the new supervisor to finish my hours, tutor OK'd it by email"],
        ["19/02/25", "Centre manager (my mentoring supervisor)", "1 hr", "Progress with Kai, the huddles, planning the ending"],
    ),
    H(2, "Reflection - change of mentee"),
    P("""My first mentee left the business in November for a job nearer home. I was worried I'd
      done something wrong, but in supervision we went through it and she had told me in
      October it was about the travelling. We used the last session to look back at what she'd
      achieved, and she did write the November rota on her own."""),
    P("""My second mentee, Kai (not his real name - he chose it), started at the end of November,
      so I began again with contracting in December. Kai was very different - quiet, and he
      hated speaking in front of the team. The Christmas cancellation set us back but by
      February Kai was doing two huddles a week. With two mentees one after the other I think I
      was more structured the second time, because I'd learned how long goal-setting takes."""),
    P("I declare this log is my own work and a true record. Gail Ransome, 07/03/25"),
]

CASE = Case(
    name="ps_304_garden_centre_replaced_mentee_pdf",
    unit="8587-304",
    kind="unstructured",
    files=[SourceFile("304 mentoring log - G Ransome.pdf", BLOCKS)],
    labels={},  # practice only
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        "identifying": [],  # Mentee 1 unnamed; "Kai" a declared pseudonym; staff by role only
        # Mentee 1: 02/10 "1" 60 + 09/10 "0.75" 45 + 16/10 "1¼ hrs" 75 + 30/10 "1" 60 + 13/11 "45'" 45
        #   = 60 + 45 = 105; + 75 = 180; + 60 = 240; + 45 = 285 (5)
        # Mentee 2 (= "my second mentee, Kai" in the prose, one person):
        #   04/12 "1" 60 + 11/12 "1.5" 90 + 08/01 "1" 60 + 15/01 "0.75" 45 + 22/01 "1.25" 75
        #   + 05/02 "1" 60 + 12/02 "45'" 45 + 26/02 "1.5" 90 + 05/03 "1" 60
        #   = 60 + 90 = 150; + 60 = 210; + 45 = 255; + 75 = 330; + 60 = 390; + 45 = 435; + 90 = 525; + 60 = 585 (9)
        # 285 + 585 = 870 = 14.5 h (her TOTAL 14.5 agrees; sheet 1 = 435 = 7.25 h, sheet 2 rows 435 = 7.25 h).
        # Not: 18/12 CANCELLED ("-"); "Total c/f 7.25" (subtotal); "b/f 7.25" (brought forward);
        # "TOTAL 14.5"; 8.00 opening time; supervision table rows.
        "minutes": 870,
        "sessions": 14,
        "individuals": 2,  # Mentee 1; Mentee 2 = Kai
        # 17/10 tutor "1 hr" 60 + 27/11 supervision "1¼ hrs" 75 + 19/02 supervision "1 hr" 60
        # = 60 + 75 = 135; + 60 = 195.
        "supervision_minutes": 195,
    },
    about="Garden centre assistant manager; 304 two-sheet template log in a Duration (hrs) column ('1', '0.75', '1¼ hrs', \"45'\", '1.5'), 'Total c/f 7.25' at the foot of sheet 1 and 'b/f 7.25' at the top of sheet 2, a first mentee who left after five sessions and a replacement called 'Mentee 2' in the log and 'my second mentee, Kai' in the prose, a cancelled Christmas row, supervision table.",
)
