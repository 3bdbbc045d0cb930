"""8584-201 portfolio in Markdown from a dental laboratory: one log with a Type column and a length in every format.

Ross Kettlewell, senior crown and bridge technician at a commercial dental laboratory in
Leeds, mentors a second-year apprentice dental technician ("J") who is on day release at
college. He wrote the portfolio in a notes app and exported it as Markdown. His one log
table has a Type column (Face to face / Phone / Teams / Observation / Tutorial /
Supervision) and a Length column in whatever he typed that day: "45 mins", "20 mins",
"1hr15", "10:00-11:30", "1 h 20 m", "25 mins", "30 mins", "1.5", "90'". Traps: an
Observation row (his session watched by his tutor, so still mentoring) followed the same day
by a Tutorial row (her feedback); a DNA row with a dash; a Teams webinar he and J watched
together that he says is not mentoring and not counted; a Supervision row with the lab
manager; a tutorial row in bare decimal hours; his totals written "6:40" and "2:25". Clean:
J, tutor and lab manager by role; Ivoclar, IPS e.max, the Vita shade guide.

Practice truth: 45 + 20 + 75 + 90 + 80 + 90 = 400 minutes in six sessions with one mentee;
supervision 25 + 30 + 90 = 145.
"""

from .case import B, Case, H, P, SourceFile, T

BLOCKS = [
    H(1, "Unit 201 Developing Mentoring Skills - portfolio"),
    P("**Learner:** Ross Kettlewell, Senior Technician (crown & bridge)"),
    P("**Workplace:** commercial dental laboratory, Leeds - 22 technicians, work for about 140 practices"),
    P("**Mentee:** J, second-year apprentice dental technician (Level 5 apprenticeship, one day a week at college)"),

    H(2, "Plan"),
    P("""J has been in the lab for 18 months. His models and dies are good but he has had three
      crowns sent back by practices since Christmas for the wrong shade, and he told our lab
      manager he wasn't sure he was cut out for ceramics. She asked me to mentor him because I
      trained in the same college and I'm not his line manager."""),
    B("Who: me and J, one to one."),
    B("When: about once a week from early April to mid May, 45 minutes to an hour and a half, Monday or Tuesday afternoons when the van runs are done."),
    B("Where: the small consulting room we use for shade-taking (it has the daylight lamp), or Teams in his college weeks."),
    B("What: shade matching and layering, confidence, and the plan for his final-year portfolio."),

    H(2, "Goals we agreed"),
    P("""Agreed at the first session and firmed up in the third. (1) No crowns returned for shade
      for six weeks, checked on the remakes sheet. (2) Build and layer three e.max anterior
      crowns start to finish on his own, with me checking only at the end. (3) Have his
      final-year portfolio topic chosen and agreed with college by the end of May."""),

    H(2, "Log"),
    P("""Everything to do with the mentoring is in this one table. Only the Face to face, Phone,
      Teams and Observation rows are mentoring; the Tutorial and Supervision rows are my own
      support, and I've added them up separately at the bottom."""),
    T(
        ["Date", "Type", "With", "Length", "Notes"],
        ["07/04/25", "Face to face", "J", "45 mins", "First meeting. Ground rules, confidentiality (except patient safety), what he wants out of it. Plan and dates."],
        ["10/04/25", "Phone", "J", "20 mins", "J rang from college in a state about his wax-up assessment. Mostly listened, asked what he'd tell a first year."],
        ["14/04/25", "Face to face", "J", "1hr15", "Goals agreed (above). Looked at the three remakes together under the daylight lamp. He spotted the problem himself on two."],
        ["22/04/25", "Teams", "J", "10:00-11:30", "College block week so on Teams. Talked through the Vita shade guide and how he takes a shade from a photo. Open questions, let him lead."],
        ["28/04/25", "Face to face", "J", "-", "DNA - J off sick."],
        ["01/05/25", "Observation", "J (tutor observing)", "1 h 20 m", "My tutor sat in on this one. J layered crown 1 while I asked questions; feedback to J on his incisal layer."],
        ["01/05/25", "Tutorial", "Tutor", "25 mins", "Tutor's feedback to me after the observation."],
        ["02/05/25", "Teams", "J", "45 mins", "Ivoclar webinar on layering - J and I watched it together on Teams. Not really mentoring so not counted."],
        ["06/05/25", "Supervision", "Lab manager", "30 mins", "Supervision with our lab manager, who mentors the apprentices."],
        ["08/05/25", "Tutorial", "Tutor", "1.5", "My 1-hour tutor meeting (it ran over)."],
        ["13/05/25", "Face to face", "J", "90'", "Final review. Crowns 2 and 3 done on his own. No shade remakes since 14/04. Portfolio topic agreed (zirconia vs e.max for bruxists). Feedback form."],
    ),
    P("**Totals:** mentoring 6:40 · tutorials and supervision 2:25"),

    H(2, "Questioning and listening"),
    P("""On the phone on 10/04 I nearly told him what to do about his wax-up, and stopped myself.
      Asking "what would you tell a first year who'd done this?" got him to list the fixes
      himself. In the observed session my tutor counted my questions - 14 open, 3 closed - but
      said two of the open ones were really advice with a question mark on the end."""),

    H(2, "Feedback to J"),
    P("""I gave feedback on each crown under the lamp, always starting with what he could see
      was right before we looked at the shade. On crown 1 the incisal third was too grey; I
      asked him to compare it with the tab before I said anything, and he saw it."""),

    H(2, "Trust"),
    P("""Two things built trust. First, I told him about my own shade remakes when I was an
      apprentice, including one that went back three times. Second, when he was off sick on
      28/04 I didn't mention it to the lab manager as a problem, and he knew that because she
      asked him how he was rather than where he was."""),

    H(2, "Tutor meeting"),
    P("""The tutor meeting on 8 May was meant to be an hour and went on for an hour and a half.
      We went through my log and the observation feedback. Agreed outcomes: stop turning
      advice into questions; ask J to summarise at the end of each session instead of me; use
      the mentoring skills checklist from the handbook to review myself (3.1)."""),

    H(2, "Review of my performance"),
    P("""Using the handbook's skills list: strong on rapport and on giving feedback at the bench;
      weaker on summarising and on leaving silences. The observation backs this up."""),

    H(2, "Development plan"),
    B("Summarising: J summarises every session from now on; I check it against my notes. Review in July."),
    B("Silence: count to five after a question. Ask the lab manager to watch one session with a new apprentice in September."),
    B("Strength to build on: bench feedback - offer to run a half-day on it for the other seniors by October."),
]

CASE = Case(
    name="r21b_201_dental_lab_md",
    unit="8584-201",
    kind="portfolio",
    files=[SourceFile("kettlewell-201-portfolio.md", BLOCKS)],
    labels={},  # practice log only
    expected_checks={
        "declaration": False,
        "evidence_matrix": False,
        # Clean: J; Ross Kettlewell is the learner; tutor and lab manager by role; Ivoclar, IPS
        # e.max, Vita (brands); Leeds.
        "identifying": [],
        # Mentoring rows (Face to face / Phone / Teams / Observation):
        #   07/04 "45 mins" 45; 10/04 phone "20 mins" 20; 14/04 "1hr15" 75;
        #   22/04 Teams "10:00-11:30" 90; 28/04 DNA "-" 0 (not a session);
        #   01/05 Observation "1 h 20 m" 80 (delivered while observed: counts);
        #   02/05 Teams webinar "45 mins" - "not counted" -> excluded;
        #   13/05 "90'" 90.
        # 45 + 20 = 65; + 75 = 140; + 90 = 230; + 80 = 310; + 90 = 400 = 6 h 40 ("6:40" agrees).
        "minutes": 400,
        "sessions": 6,
        "individuals": 1,  # J
        # 01/05 Tutorial (feedback after observation) "25 mins" 25; 06/05 Supervision "30 mins" 30;
        # 08/05 Tutorial "1.5" = 90. 25 + 30 + 90 = 145 = 2 h 25 ("2:25" agrees).
        "supervision_minutes": 145,
    },
    about="Dental laboratory senior technician; 201 Markdown portfolio with one log carrying a Type column (Face to face/Phone/Teams/Observation/Tutorial/Supervision), lengths in nine formats, a DNA dash, a shared webinar not counted, tutorial in bare decimal hours, h:mm totals; clean.",
)
