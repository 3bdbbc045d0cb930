"""8587-304 mentoring portfolio in Word from an iron foundry: a summary log plus session records that disagree on one session, and she says which is right.

Dawn Ashcroft, production manager at a grey iron jobbing foundry in Tipton, mentors Mentee A
(a moulding line operator newly made team leader) and Mentee B (a metallurgical lab
technician moving into quality). Her portfolio opens with an evidence matrix, then a summary
log (No. / Date / Mentee / Length / Focus) with lengths typed any way ("1hr", "45 mins",
"1hr15", "1.5", "2½ hours", "1.25", "DNA"), and her own Total row "15 h 45". Five session
records follow, each repeating a logged session with a clock time. Record 5 says 10:00-11:00
where the log says 1.5; she writes that the record is right (they stopped when the furnace
was tapped) and that the log total still has the 1.5 in it. An hour-long phone session with
B from the night shift is only in prose ("we talked for an hour"), added to her corrected
total of "16¼ hours". Supervision: 1 hr 30, the tutor's 20 minutes of feedback after the
observed session, and "an hour" in prose. Planted: Mentee A's full name in record 1's Mentee
field, his first name in record 7's notes, and his line manager by title and surname.

Practice truth: A 60 + 75 + 60 + 150 + 75 + 60 = 480; B 45 + 90 + 60 + 75 + 90 + 75 + 60 =
495; 975 minutes in thirteen sessions with two mentees; supervision 90 + 20 + 60 = 170.
"""

from .case import B, Case, H, P, SourceFile, T


def record(number, date, mentee, time, tools, notes, comments):
    return [
        H(2, f"Session record - session {number}"),
        T(
            ["Date", date],
            ["Mentee", mentee],
            ["Time", time],
            ["Tools / model used", tools],
            ["What happened", notes],
            ["Mentee's comments", comments],
        ),
    ]


BLOCKS = [
    H(0, "ILM Level 3 Certificate in Effective Coaching and Mentoring - Unit 8587-304 Portfolio"),
    P("Dawn Ashcroft, Production Manager - grey iron jobbing foundry, Tipton, West Midlands"),
    H(1, "Evidence matrix"),
    T(
        ["AC", "Evidence", "Where"],
        ["1.1", "Mentoring plan", "Section 1"],
        ["1.2", "Goals for each mentee", "Section 1 and session records 1 and 5"],
        ["1.3", "Contracts (three-way)", "Section 1 and Appendix A (signed copies)"],
        ["2.1", "Skills matrix, learning styles, 360", "Session records 1, 7 and 9"],
        ["2.2", "GROW", "Session records 5, 7, 9 and 13"],
        ["2.3", "Observation by my tutor, session records", "Session record 9, Section 3"],
        ["2.4", "Summary log and session records", "Section 2"],
        ["3.1, 3.2", "Reflections and mentee comments on each record", "Section 2"],
        ["3.3", "Review of communication", "Section 3"],
        ["3.4", "Supervision", "Section 4"],
    ),
    H(1, "Section 1 - Plan, goals and contracts"),
    P("""We pour about 60 tonnes a week of grey and SG iron castings, mostly pump bodies and
      valve parts, on one Disamatic line and a hand moulding floor. Mentee A has been on the
      moulding line for six years and was made team leader in December; his line manager,
      Mr Haworth, asked for him to be mentored because he was still doing the job instead of
      running the team. Mentee B is a lab technician who wants to move into the quality
      engineer role when it comes up in the summer."""),
    P("""Plan: 12 hours minimum over January to early March, about six hours each, weekly or
      fortnightly, in the training room by the canteen (not my office, which looks onto the
      line). Longer sessions on the shop floor when it makes sense. Contracts are three-way:
      A with his line manager, B with the Quality Manager. They cover confidentiality (except
      health and safety), what the managers hear, 24 hours to cancel, and my notes being kept
      in the locked cabinet in HR."""),
    B("Mentee A goals: run the line for a full shift without going on a machine himself; hold a weekly five-minute team brief; cut mould scrap on the line from 4.1% to under 3%."),
    B("Mentee B goals: lead one customer concession investigation from start to finish; present the monthly scrap report at the quality meeting; pass the Cast Metals Federation sand-testing course."),
    H(1, "Section 2 - Mentoring record"),
    H(2, "Summary log"),
    T(
        ["No.", "Date", "Mentee", "Length", "Focus"],
        ["1", "09/01", "A", "1hr", "Chemistry, contract, goals"],
        ["2", "10/01", "B", "45 mins", "Chemistry and contract"],
        ["3", "16/01", "A", "1hr15", "Skills matrix for a team leader"],
        ["4", "17/01", "B", "1.5", "Learning styles; goals"],
        ["5", "23/01", "A", "1.5", "GROW - scrap"],
        ["6", "31/01", "B", "1hr", "Concession investigation plan"],
        ["7", "06/02", "A", "2½ hours", "On the line - watched him run the shift, then debrief"],
        ["8", "13/02", "B", "DNA", "Night shift cover - she forgot"],
        ["9", "14/02", "B", "1hr15", "Observed by my tutor - rehearsing the scrap report"],
        ["10", "20/02", "A", "1.25", "Team brief - how the first three went"],
        ["11", "27/02", "B", "1.5", "Concession report feedback"],
        ["12", "05/03", "A", "1hr", "Final review"],
        ["13", "06/03", "B", "1hr15", "Final review"],
        ["", "", "", "Total 15 h 45", ""],
    ),
    P("""Note on session 5: the log says 1.5 but the session record is right - we stopped at
      11:00 because the furnace was being tapped and I was needed on the pouring deck. I filled
      the log in from memory at the end of the week. The total above still has the 1.5 in it."""),
    P("""Not in the log: on 20 February Mentee B rang me from the night shift, where she was
      covering the lab, and we talked for an hour about the scrap figures she'd found. It was
      a proper session (she set the goal for it and we used GROW), so I have counted it. With
      that and session 5 put right, my real total is 16¼ hours."""),
    *record(
        1, "Thursday 9 January", "Callum Brierley", "13:00 - 14:00",
        "Skills matrix (started), contracting",
        """First meeting, then his line manager joined for the contract. He said he feels
        guilty watching other people work.""",
        "'Didn't know what to expect. Better than I thought.'",
    ),
    *record(
        5, "Thursday 23 January", "Mentee A", "10:00 - 11:00",
        "GROW",
        """Goal: mould scrap under 3%. Reality: 4.1% last quarter, mostly crush and sand
        inclusions on two patterns. Options: he listed five, chose to get the operators to tag
        every scrapped mould for a fortnight. Stopped at 11 - tapping.""",
        "'Short one but I know what I'm doing this week.'",
    ),
    *record(
        7, "Thursday 6 February", "Mentee A", "07:30 - 10:00 (on the line, then the training room)",
        "Observation of him running the shift; 360 feedback from his crew; GROW debrief",
        """I watched for two hours without saying anything. He went on the core-setting machine
        twice. In the debrief Callum said he hadn't noticed he'd done it. The 360 from his crew
        said the same thing more bluntly.""",
        "'Hard to hear. Fair though.'",
    ),
    *record(
        9, "Friday 14 February", "Mentee B", "14:00 - 15:15",
        "GROW, feedback",
        """Observed by my tutor. B rehearsed presenting the January scrap report as she would
        at the quality meeting; I asked questions the Quality Manager would ask and gave
        feedback after. Tutor gave me 20 minutes of feedback afterwards.""",
        "'Glad we practised the awkward questions.'",
    ),
    *record(
        13, "Thursday 6 March", "Mentee B", "09:00 - 10:15",
        "Review against goals, feedback form",
        """Concession investigation done and signed off by the customer. Presented the
        February scrap report herself. Sand-testing course booked for April.""",
        "'More confident in the quality meeting. Would do it again.'",
    ),
    P("Records for the other sessions are in my notebook and can be brought to the assessment."),
    H(1, "Section 3 - Review of my communication"),
    P("""My tutor's observation said my questions were good but I rushed to fill silences when B
      was thinking, and that I summarised well at the end. On the line with A I found it very
      hard not to step in, which is the same fault I was mentoring him out of."""),
    H(1, "Section 4 - Supervision"),
    P("""Supervision 1 was on 30 January with my supervisor, the group training manager, who is a
      qualified mentor - 1 hr 30. Outcome: stop offering answers to A's problems on the line;
      ask him what he would tell one of his crew."""),
    P("""My tutor's feedback after the observed session on 14 February was 20 minutes. Outcome:
      count to five before speaking when B goes quiet."""),
    P("""Supervision 2 was on 3 March and lasted an hour. Outcome: plan the endings and the
      handover to their managers; don't let the mentoring drift on after the final reviews."""),
    P("Declaration: I confirm that this portfolio is my own work. D. Ashcroft, 14 March."),
]

CASE = Case(
    name="r21b_304_iron_foundry_docx",
    unit="8587-304",
    kind="structured-docx",
    files=[SourceFile("D Ashcroft 8587-304 portfolio.docx", BLOCKS)],
    labels={},  # practice log only
    expected_checks={
        "declaration": True,
        "evidence_matrix": True,
        # Planted: Mentee A's full name in record 1's Mentee field, his first name in record 7,
        # his line manager by title and surname. Clean: Mentee A/B; Dawn Ashcroft / D. Ashcroft is
        # the learner; Quality Manager, tutor, supervisor by role; Disamatic (a moulding line);
        # Cast Metals Federation; Tipton.
        "identifying": ["Callum Brierley", "Callum", "Mr Haworth"],
        # Summary log (records 1, 5, 7, 9, 13 repeat logged sessions, not extra ones):
        #   1 A "1hr" 60; 2 B "45 mins" 45; 3 A "1hr15" 75; 4 B "1.5" 90;
        #   5 A log "1.5" but record 10:00-11:00 and she says the record is right: 60;
        #   6 B "1hr" 60; 7 A "2½ hours" 150 (record 07:30-10:00 agrees); 8 B DNA 0 (not a session);
        #   9 B "1hr15" 75 (observed; record 14:00-15:15 agrees); 10 A "1.25" 75; 11 B "1.5" 90;
        #   12 A "1hr" 60; 13 B "1hr15" 75 (record 09:00-10:15 agrees).
        #   Prose: 20 Feb phone with B "an hour" 60, counted by her.
        # A: 60 + 75 + 60 + 150 + 75 + 60 = 480 (6). B: 45 + 90 + 60 + 75 + 90 + 75 + 60 = 495 (7).
        # 480 + 495 = 975 = 16 h 15 ("16¼ hours" agrees). Her log Total "15 h 45" = 945 has 90 for
        # session 5 and no phone session: 945 - 30 + 60 = 975.
        "minutes": 975,
        "sessions": 13,
        "individuals": 2,  # A (= Callum Brierley), B
        # 30 Jan "1 hr 30" 90; tutor feedback 14 Feb "20 minutes" 20; 3 Mar "an hour" 60.
        # 90 + 20 + 60 = 170.
        "supervision_minutes": 170,
    },
    about="Iron foundry production manager; 304 Word portfolio with evidence matrix, a summary log in mixed lengths and five session records repeating it, one record disagreeing with the log and she says the record is right, a phone hour only in prose, DNA, observed session; mentee's names and manager planted.",
)
