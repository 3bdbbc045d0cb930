"""8587-304 mentoring log as a Notepad file: a scenery workshop supervisor's dash-separated lines, durations in every spelling, and a running total that slips.

Darren Fitzgerald, workshop supervisor at a company that builds theatre scenery, mentors two
first-year apprentice carpenters he calls "Ash" and "Birch" (pseudonyms they chose). Practice
evidence only, typed line by line in Notepad: "date - who - how long - what we did - total
so far". The lengths are written as they came: "50m", "1h", "1h 10m", "90 min", "1.5 hrs",
"2 hrs", "45m". Three GROUP lines with both apprentices (one session each, length once).
Tricky: his running total drops ten minutes on 27/01 (6h 00m + 1h 10m written as 7h 00m)
and carries the slip to a closing "TOTAL MENTORING 15h 45m" (true 15h 55m); a week of no
sessions during the panto get-in; a toolbox talk to the whole workshop that both apprentices
attended, marked "not mentoring, not counted"; a supervision block with a tutor review and
a supervision session.

Practice truth: Ash 325 + Birch 360 + group 270 = 955 minutes in 13 sessions with two
mentees; supervision 60 + 90 = 150.
"""

from .case import Case, P, SourceFile

BLOCKS = [
    P("UNIT 304 - MENTORING LOG"),
    P("Darren Fitzgerald - Workshop Supervisor, Northern Scenic Ltd, Salford"),
    P("""Mentees: two first year apprentice carpenters (Level 2 site carpentry at college on day
      release). I've called them Ash and Birch in here - not their real names, they picked them,
      it's a joinery joke. Sessions were in the mezzanine office or at the quiet bench at the back
      when the office was full. GROUP = both of them together, counted once in the total."""),
    P("Format: date - who - how long - what we did - total so far"),
    P("06/01 - Ash - 50m - first meeting, what mentoring is and isn't, agreement signed - total 0h 50m"),
    P("07/01 - Birch - 1h - first meeting, agreement signed, he was very quiet - total 1h 50m"),
    P("13/01 - Ash - 1h 10m - goals: read a drawing without asking, do a cut list for a flat on his own - total 3h 00m"),
    P("14/01 - Birch - 90 min - goals: confidence on the panel saw, get in on time (!) - total 4h 30m"),
    P("20/01 - GROUP Ash + Birch - 1.5 hrs - walk round the workshop, what would they change for safety, both had good ideas - total 6h 00m"),
    P("27/01 - Ash - 1h 10m - checked his first cut list, 2 mistakes, talked through how he got them - total 7h 00m"),
    P("28/01 - Birch - 50m - late twice this week, talked about what's going on (kept private) - total 7h 50m"),
    P("03/02 - GROUP Ash + Birch - 2 hrs - both built a practice flat from a drawing then we reviewed them together - total 9h 50m"),
    P("10/02 - Ash - 45m - reading drawings for the panto set, section views - total 10h 35m"),
    P("11/02 - Birch - 1h 10m - panel saw signed off by the foreman!! next goal - total 11h 45m"),
    P("12/02 - toolbox talk on wood dust for the whole workshop, both lads there - 30m - not mentoring, not counted"),
    P("17/02 - 21/02 - no sessions, panto get-in week, everyone on site at the theatre"),
    P("24/02 - Ash - 1.5 hrs - did the cut list for the pirate ship deck on his own, no mistakes - total 13h 15m"),
    P("25/02 - Birch - 90 min - on time every day for 3 weeks, talked about what helped - total 14h 45m"),
    P("03/03 - GROUP Ash + Birch - 1h - final review together, feedback forms, what next - total 15h 45m"),
    P("TOTAL MENTORING 15h 45m (12 needed)"),
    P("SUPERVISION / TUTOR REVIEWS"),
    P("12/02 - review with my tutor Sue at the college - 1h - went through the log and my goals for the mentees, she said my sessions were too much me talking"),
    P("05/03 - supervision with Sue - 1.5 hrs - looked back over the whole thing, the feedback forms, what I'd do different next time"),
    P("""Notes - The group sessions worked better than I thought. Ash is more confident and he
      pulled Birch along with him, and Birch said more in the group than in his 1 to 1s. Next time
      I'd do the goals in a group session as well. Sue pointed out that I was setting the actions
      for them, so from February I asked them to write their own actions in their notebooks."""),
    P("Declaration - this log is my own work and a true record of the mentoring. D Fitzgerald 07/03/25"),
]

CASE = Case(
    name="pp_304_scenic_workshop_running_total_txt",
    unit="8587-304",
    kind="unstructured",
    files=[SourceFile("304 mentoring log DFitzgerald.txt", BLOCKS)],
    labels={},  # practice only
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        "identifying": [],  # "Ash" and "Birch" are declared pseudonyms; tutor named
        # Ash 1:1: 06/01 "50m" 50 + 13/01 "1h 10m" 70 + 27/01 "1h 10m" 70 + 10/02 "45m" 45
        #   + 24/02 "1.5 hrs" 90 = 50 + 70 = 120; + 70 = 190; + 45 = 235; + 90 = 325 (5)
        # Birch 1:1: 07/01 "1h" 60 + 14/01 "90 min" 90 + 28/01 "50m" 50 + 11/02 "1h 10m" 70
        #   + 25/02 "90 min" 90 = 60 + 90 = 150; + 50 = 200; + 70 = 270; + 90 = 360 (5)
        # GROUP (both, once each): 20/01 "1.5 hrs" 90 + 03/02 "2 hrs" 120 + 03/03 "1h" 60 = 270 (3)
        # 325 + 360 = 685; + 270 = 955 = 15h 55m.
        # His running total: 6h 00m + 1h 10m written "7h 00m" on 27/01 (10 min short) and carried
        # on, so "TOTAL MENTORING 15h 45m" is 10 minutes low; the true figures are expected.
        # Not: 12/02 toolbox talk, 30m ("not mentoring, not counted"); 17/02-21/02 no sessions;
        # the "total so far" values; the TOTAL line.
        "minutes": 955,
        "sessions": 13,
        "individuals": 2,  # Ash, Birch
        # 12/02 tutor review "1h" 60 + 05/03 supervision "1.5 hrs" 90 = 150
        "supervision_minutes": 150,
    },
    about="Scenery workshop supervisor; 304 Notepad log of dash-separated lines, lengths as '50m', '1h 10m', '90 min', '1.5 hrs', '2 hrs', three GROUP sessions with both pseudonymous apprentices plus 1:1s, a running total that drops 10 min on 27/01 and carries the slip into a wrong closing TOTAL, a not-counted toolbox talk, a no-sessions week, tutor review and supervision lines.",
)
