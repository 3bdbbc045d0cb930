"""8587-302 coaching portfolio typed as plain text: a Planned/Actual log with a chemistry chat he says is not counted (but added into his January subtotal), a DNA and a rescheduled row, a joint session with both coachees, subtotals and a TOTAL carried wrong, a session record repeating one log row, the last session only in prose, supervision and a tutorial in prose with a tutor's observation feedback.

Kieran Doyle, production shift manager at a plastic toy moulding and assembly plant in
Telford, coaches two shift team leaders, Coachee X and Coachee Y. He typed the portfolio in
Notepad with his own AC numbers, so the log is a pipe table. Actual lengths: "20 mins",
"1 hr 15", "1h20", "1 hr", "DNA", "1.5 hrs", "10:00–11:30", "2½ hours", "Rescheduled to
24/02", "1 hr 45", "45 mins", "1 hr 30". His first contact with Coachee Y was a 20-minute
chemistry chat he marks "not counted"; Coachee X's first session was chemistry and
contracting together, which he counts. The January subtotal ("3 hrs 55") includes the 20
minutes he said he would not count; the February subtotal is right; the TOTAL ("14 hrs 25")
carries the January error. Session 6 is written up again as a session record. The last
session, Coachee Y's closing review on 12 March (2pm to 3.15pm), is only in the prose after
the log. His tutor observed session 9 and gave 20 minutes' feedback; supervision is two
dated paragraphs and a Zoom tutorial "about 40 minutes"; an ILM workshop day is not counted.

Practice truth: Coachee X 510 (6) + Coachee Y 350 (4) + joint 60 (1) = 920 minutes in 11
sessions with two coachees; supervision/tutorial 60 + 20 + 75 + 40 = 195 minutes.
"""

from .case import Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "ILM Level 3 Unit 302 Extended Coaching - Kieran Doyle"),
    P("Production Shift Manager, toy moulding and assembly plant. Registration 3C-22917."),
    H(1, "1.1 Plan"),
    P("""I planned 15 hours over January to March, weekly or fortnightly sessions of 1 to 1.5
      hours in the training room off the mezzanine, booked between shifts (10:00 or 14:00)
      so neither coachee is pulled back onto the line. I agreed with the plant manager that
      coaching time would go on the labour sheet as training."""),
    H(1, "1.2 Goals"),
    P("""Coachee X (days) wants to cut mould changeover time on the injection presses and to
      stop doing the setters' jobs for them. Coachee Y (nights) wants to bring scrap on line 3
      under 2% and to run her shift briefing without reading it off a sheet."""),
    H(1, "1.3 Contract"),
    P("""Written agreement with each: confidentiality (except health and safety and anything
      illegal), 24 hours' notice to cancel, the plant manager told only attendance. Coachee Y
      asked for it to say I would not use anything from coaching in her appraisal."""),
    H(1, "2.1 Tools"),
    P("""Coachee X did a wheel of work-life balance; it showed he was working 55 hours because he
      couldn't delegate. Coachee Y and I used the scrap Pareto from the MES system as the
      reality check for her goal."""),
    H(1, "2.2 Model"),
    P("""GROW for most sessions; with Coachee X I used the 'five whys' inside the Reality stage to
      get under the changeover problem."""),
    H(1, "2.3 Skills"),
    P("""The hardest thing was not giving the answer, because I know the presses better than
      both of them. I wrote "ASK" on the top of my notepad as a reminder."""),
    H(1, "2.4 Coaching log"),
    P("Planned = what I booked. Actual = what happened. Durations in hours unless it says."),
    T(
        ["No", "Date", "Coachee", "Planned", "Actual", "Notes"],
        ["-", "08/01", "Coachee Y", "-", "20 mins", "Chemistry chat, to see if we wanted to work together. Not counted - before any contract"],
        ["1", "13/01", "Coachee X", "1 hr", "1 hr 15", "Chemistry and contracting in one; agreement signed"],
        ["2", "15/01", "Coachee Y", "1 hr", "1h20", "Contracting and goals; scrap Pareto"],
        ["3", "20/01", "Coachee X", "1 hr", "1 hr", "Wheel of work-life balance; Goal"],
        ["4", "27/01", "Coachee Y", "1 hr", "DNA", "Didn't attend - covering a breakdown on line 3, forgot to tell me"],
        ["", "January subtotal", "", "4 hrs", "3 hrs 55", ""],
        ["5", "03/02", "Coachee X", "1.5 hrs", "1.5 hrs", "Five whys on changeover"],
        ["6", "05/02", "Coachee Y", "1.5 hrs", "10:00–11:30", "Scrap causes; see session record below"],
        ["7", "12/02", "Coachee X", "1.5 hrs", "2½ hours", "Long one - the press 7 stoppage had just happened, worked through it"],
        ["8", "19/02", "Coachee Y", "1.5 hrs", "Rescheduled to 24/02", "Night shift short-staffed"],
        ["9", "24/02", "Coachee Y", "1.5 hrs", "1 hr 45", "Practising her shift briefing. Observed by my tutor"],
        ["10", "26/02", "Coachee X", "1 hr", "45 mins", "Delegation plan for the setters"],
        ["", "February subtotal", "", "8 hrs 30", "8 hrs", ""],
        ["11", "03/03", "Coachee X + Coachee Y", "1 hr", "1 hr", "Joint session - the handover between days and nights, both together"],
        ["12", "05/03", "Coachee X", "1.5 hrs", "1 hr 30", "Final review, feedback form"],
        ["", "TOTAL", "", "15 hrs", "14 hrs 25", ""],
    ),
    P("""My last session was Coachee Y's closing review on Wednesday 12 March, 2pm to 3.15pm, in
      the training room. Scrap on line 3 was 1.8% for the last two weeks of February, and she
      ran the night briefing from memory in front of me the week before. She filled in the
      feedback form. That makes 15 hrs 40 altogether."""),
    H(2, "Session record - session 6"),
    T(
        ["Coachee", "Coachee Y"],
        ["Date", "Wednesday 5 February"],
        ["Start / finish", "10:00 / 11:30"],
        ["Goal", "Understand why scrap spikes at the start of nights"],
        ["Reality", "Pareto shows short shots on the first hour after start-up - tool temperature"],
        ["Options", "Longer warm-up; check sheet for setters; talk to days about handover"],
        ["Will", "Trial a 20-minute warm-up for two weeks and measure"],
        ["Feedback given", "Told her the way she read the Pareto was exactly what I'd want from a team leader"],
    ),
    H(1, "3.1 Reflection"),
    P("""The 12 February session went on for two and a half hours because Coachee X needed to
      talk after the stoppage; I let it run, and in supervision I decided that was right once
      but I need to agree an end time at the start."""),
    H(1, "3.2 Feedback"),
    P("""Each of them filled in a one-line card after every session. Coachee Y's cards went from
      "useful" to "I worked it out myself", which is what I wanted."""),
    H(1, "3.3 Communication"),
    P("""I talk too fast when I think I know the answer. My tutor's observation picked this up and
      I now count to three before asking the next question."""),
    H(1, "3.4 Supervision"),
    P("""Supervision 1 - 29 January - with Lorraine (HR business partner, my coaching supervisor)
      - 1 hour. We talked about coaching people I also manage, and agreed I would not coach
      Coachee X on anything that is in his performance objectives."""),
    P("""Observation - 24 February - my tutor Anita sat in on session 9 with Coachee Y and gave me
      feedback for 20 minutes after Coachee Y went back to the floor."""),
    P("""Supervision 2 - 4 March - Lorraine - 1h15. Endings, and whether the joint session was
      fair to both of them."""),
    P("""Tutorial - 11 March - with Anita on Zoom, about 40 minutes, going through my log and
      this portfolio."""),
    P("""I also went to the ILM coaching workshop day at college on 21 February. That was a taught
      day, not supervision, so I have not put it in."""),
    P("I confirm this portfolio is my own work. Kieran Doyle 14/03"),
]

CASE = Case(
    name="pz_a_302_toy_factory_txt",
    unit="8587-302",
    kind="numbered-unstyled",
    files=[SourceFile("K Doyle 302 portfolio.txt", BLOCKS)],
    labels={},  # a practice log: its figures are measured, not the finder (its few criterion labels were dropped)
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        "identifying": [],  # Coachee X / Y; Lorraine and Anita are his supervisor and tutor
        # Actual column:
        #   08/01 Y chemistry "20 mins" - marked "Not counted" by him: excluded (his word wins)
        #   1) 13/01 X "1 hr 15" 75 (chemistry + contracting, which he counts)
        #   2) 15/01 Y "1h20" 80
        #   3) 20/01 X "1 hr" 60
        #   4) 27/01 Y DNA 0
        #   January, true: 75 + 80 + 60 = 215 = 3 h 35 (his subtotal "3 hrs 55" = 215 + the uncounted 20)
        #   5) 03/02 X "1.5 hrs" 90
        #   6) 05/02 Y "10:00–11:30" 90 (= "Session record - session 6", 10:00 / 11:30: same session, once)
        #   7) 12/02 X "2½ hours" 150
        #   8) 19/02 Y rescheduled 0
        #   9) 24/02 Y "1 hr 45" 105 (observed by tutor: still counted)
        #   10) 26/02 X "45 mins" 45
        #   February: 90 + 90 = 180; + 150 = 330; + 105 = 435; + 45 = 480 = 8 h (his subtotal agrees)
        #   11) 03/03 X + Y joint "1 hr" 60 (one session)
        #   12) 05/03 X "1 hr 30" 90
        #   log: 215 + 480 = 695; + 60 = 755; + 90 = 845 = 14 h 05 (his TOTAL "14 hrs 25" carries the 20)
        #   prose: 12/03 Y "2pm to 3.15pm" 75
        # 845 + 75 = 920 = 15 h 20 (his "15 hrs 40 altogether" carries the 20 too).
        # By coachee: X 75 + 60 + 90 + 150 + 45 + 90 = 510 (6); Y 80 + 90 + 105 + 75 = 350 (4); joint 60 (1);
        #   510 + 350 = 860; + 60 = 920.
        # Not: Planned column (4 + 8.5 + 2.5 = 15 hrs); subtotals, TOTAL, "15 hrs 40"; 08/01 chemistry;
        #   DNA; rescheduled; "two and a half hours" in the reflection (session 7 again); 21/02 workshop
        #   day; the "15 hours" plan; the 55 hours a week.
        "minutes": 920,
        "sessions": 11,
        "individuals": 2,  # Coachee X, Coachee Y
        # 29/01 supervision "1 hour" 60 + 24/02 tutor observation feedback "20 minutes" 20
        # + 04/03 supervision "1h15" 75 + 11/03 tutorial "about 40 minutes" 40
        # = 60 + 20 = 80; + 75 = 155; + 40 = 195. Not the 21/02 workshop day ("not supervision").
        "supervision_minutes": 195,
    },
    about="Toy factory shift manager; 302 plain-text portfolio with a Planned/Actual pipe log ('1 hr 15', '1h20', '10:00–11:30', '2½ hours', DNA, rescheduled), a chemistry chat marked not counted but added into a wrong January subtotal that carries into the TOTAL, a joint session, a session record repeating session 6, the last session only in prose, tutor observation feedback, supervision and a Zoom tutorial in prose, workshop day not counted.",
)
