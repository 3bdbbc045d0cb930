"""Practice figures: only sessions delivered count, and every row left out says why."""

import json
import random

import pytest

from marker.rubric import Requirements
from marker.submission.model import Block, Document
from marker.submission.practice import practice
from marker.submission.practice_lines import practice_lines


def doc(*blocks: Block, name: str = "diary.docx") -> Document:
    return Document(name, None, "", tuple(blocks))


def table(*rows: str, number: int = 1) -> Block:
    return Block("diary.docx", "table", "\n".join(rows), number)


def para(text: str, number: int = 1, kind: str = "paragraph") -> Block:
    return Block("diary.docx", kind, text, number)


def rows_by_why(p) -> dict[str, list]:
    found: dict[str, list] = {}
    for row in p.rows:
        found.setdefault(row.why, []).append(row)
    return found


LOG = table(
    "Date | Mentee | Duration | Running total | Notes",
    "03/02/2026 | Mentee A | 1 hr 15 | 1 hr 15 | Goals agreed",
    "10/02/2026 | Mentee B | 45 mins | 2 hrs | Went well",
    "17/02/2026 | Mentee A | 1 hour (planned) | | Final review",
    "18/02/2026 | Mentee B | 20 mins (not counted) | | Phone call to rearrange",
    "19/02/2026 | Supervisor | 1 hr | | Supervision with my supervisor",
    "20/02/2026 | ILM tutor | 30 mins | | Tutorial",
    "24/02/2026 | Senior mentor | 1h30m | | Observation of an experienced mentor",
    "26/02/2026 | Mentee A | cancelled | | Mentee off sick",
    "27/02/2026 | Mentee B | an hour-ish? | | ",
    "28/02/2026 | Mentee B | all afternoon | | Long one",
    "Total | | 2 hrs | |",
)


def test_a_log_counts_delivered_sessions_and_says_why_each_other_row_is_left_out():
    p = practice([doc(LOG)])
    assert (p.minutes, p.sessions, p.individuals) == (75 + 45 + 60, 3, ("Mentee A", "Mentee B"))
    why = rows_by_why(p)
    assert [r.minutes for r in why["counted"]] == [75, 45, 60]  # "an hour-ish?" reads as an hour
    assert why["planned"][0].minutes == 60
    assert why["learner marked not counted"][0].minutes == 20
    assert why["counted as supervision"][0].minutes == 60
    assert why["counted as tutorial"][0].minutes == 30
    assert (p.supervision_minutes, p.supervision_sessions) == (90, 2)
    assert why["observation"][0].minutes == 90
    assert why["cancelled or did not happen"][0].minutes is None
    assert why["duration not read"][0].text.startswith("28/02/2026")  # listed, never dropped
    assert why["total row"][0].minutes == 120
    assert all(r.location.startswith("diary.docx table 1 row ") for r in p.rows)


def test_the_same_session_in_a_log_and_in_its_own_record_counts_once():
    record = table("Date | 03/02/2026", "Mentee | Mentee A", "Duration | 75 minutes", number=2)
    sentence = para("On 10 February I met Mentee B for 45 minutes and we reviewed her goals.", number=9)
    p = practice([doc(LOG, record, sentence)])
    assert p.sessions == 3
    repeats = [r for r in p.rows if r.why.startswith("same session as")]
    assert [r.why for r in repeats] == ["same session as diary.docx table 1 row 2", "same session as diary.docx table 1 row 3"]


def test_records_alone_count_one_session_each():
    records = [table(f"Session {n} record", f"Date | 0{n}/03/2026", "Duration | 1 hour", "Planned length | 1 hour", number=n)
               for n in range(1, 4)]
    p = practice([doc(*records)])
    assert (p.minutes, p.sessions) == (180, 3)


def test_records_written_as_paragraphs():
    blocks = [para("Session 1", 1, "heading"), para("Date: 3 March 2026", 2), para("Mentee: A", 3), para("Duration: 45 minutes", 4),
              para("Session 2", 5, "heading"), para("Date: 10 March 2026", 6), para("Mentee: B", 7), para("Duration: 1 hr 15", 8)]
    p = practice([doc(*blocks)])
    assert (p.minutes, p.sessions, len(p.individuals)) == (120, 2, 2)


def test_practice_only_in_sentences_with_the_learners_own_subtotals():
    text = [
        para("I planned eight sessions of an hour each, as the unit asks for at least 3 hours."),
        para("My first session with Mentee A, on 6 January, lasted an hour and a half. I met Mentee B on 8 January "
             "for 1 hour 15 minutes. By the end of January I had completed 2 hours 45 minutes of mentoring."),
        para("On 3 February Mentee A and I met for 1h 45m, and on 5 February I saw Mentee B for 45 minutes. "
             "There was also a ten-minute phone call with Mentee B, which I have not counted."),
        para("After the third session I noticed that within ten minutes I was giving advice."),
        para("In total I mentored 2 individuals over four sessions, 5 hours 15 minutes in all."),
        para("I met my tutor on 20 February for an hour to review my mentoring."),
    ]
    p = practice([doc(*text)])
    assert (p.minutes, p.sessions, len(p.individuals), p.supervision_minutes) == (90 + 75 + 105 + 45, 4, 2, 60)
    left = {r.minutes: r.why for r in p.rows if not r.counted}
    assert left[165] == "the learner's own total" and left[315] == "the learner's own total"
    assert left[10] in ("learner marked not counted", "part of a session, not its length")
    assert left[480 // 8] in ("planned", "a requirement or a plan, not a session")


def test_a_running_total_in_a_row_without_a_header_is_not_another_session():
    p = practice([doc(table("03/02/2026 | Mentee A | 1 hr | 1 hr", "10/02/2026 | Mentee A | 45 mins | 1 hr 45"))])
    assert (p.minutes, p.sessions) == (105, 2)
    assert any("running total" in r.why for r in p.rows)


def test_start_and_finish_columns_and_planned_beside_actual():
    p = practice([doc(table("Date | Coachee | Start | Finish | Planned length | Actual length",
                            "03/02/2026 | C1 | 10:00 | 11:30 | 1 hour |  ",
                            "10/02/2026 | C2 |  |  | 1 hour | 50 mins"))])
    assert (p.minutes, p.sessions, p.individuals) == (90 + 50, 2, ("C1", "C2"))


def test_a_supervision_log_of_its_own():
    supervision = table("Date | Supervisor | Duration | What we discussed", "05/02/2026 | H. Ward | 1 hr | My questioning",
                        "05/03/2026 | H. Ward | 1 hr 15 | Endings", number=2)
    p = practice([doc(LOG, supervision)])
    assert p.sessions == 3 and p.supervision_minutes == 90 + 60 + 75


def test_bare_hours_under_an_hours_column():
    p = practice([doc(table("Date | Client | Activity | Hours | Running total", "06/01/2026 | Client 1 | Contracting | 2 | 2",
                            "07/01/2026 | Client 2 | Goals | 1.5 | 3.5", " | | Total hours | 3.5 | "))])
    assert (p.minutes, p.sessions, len(p.individuals)) == (210, 2, 2)


def test_a_pdf_log_read_as_lines_still_counts_each_row():
    lines = ["Date Mentee Length Notes", "2 March Mentee X 1h30m Agreed goals and the", "agreement 9 March Mentee Y 45 mins",
             "11 March Mentee X 15 mins (not", "counted) e-mail", "Total to date 2 hrs 15 mins"]
    blocks = [Block("log.pdf", "paragraph", line, n, page=1) for n, line in enumerate(lines, 1)]
    p = practice([Document("log.pdf", None, "", tuple(blocks))])
    assert (p.minutes, p.sessions) == (135, 2)
    assert {r.why for r in p.rows if not r.counted} == {"learner marked not counted", "the learner's own total"}


def test_the_learners_stated_number_when_nobody_is_named():
    p = practice([doc(para("On 3 March we met for an hour."), para("Overall I mentored two people this term."))])
    assert len(p.individuals) == 2


# --- requirement lines ----------------------------------------------------------------------

def _lines(minutes, sessions, each, supervision, req):
    p = practice([doc(table("Date | Mentee | Duration", *[f"0{n + 1}/03/2026 | Mentee A | {m} mins" for n, m in enumerate(each)]),
                      table("Date | Supervisor | Duration", *[f"1{n}/03/2026 | Tutor | {m} mins" for n, m in enumerate(supervision)],
                            number=2))])
    assert (p.minutes, p.sessions) == (minutes, sessions)
    return practice_lines(p, req)


def test_hours_are_ok_only_when_met():
    req = Requirements(hours=3, supervision_hours=1, supervision_sessions=2)
    ok = _lines(180, 3, [60, 60, 60], [30, 30], req)
    assert "as read: 3 h met" in ok[0] and "1 h met" in ok[1] and "2 sessions met" in ok[1]
    short = _lines(170, 3, [60, 60, 50], [45], req)
    assert "SHORT of 3 h (0 h 10 min to go)" in short[0] and "OK" not in short[0]
    assert "SHORT of 1 h" in short[1] and "SHORT of 2 sessions" in short[1]


def test_sessions_of_a_minimum_length():
    req = Requirements(sessions=3, session_minutes=30, supervision_sessions=2, supervision_minutes=30)
    short = _lines(85, 3, [30, 30, 25], [30, 20], req)
    assert "SHORT of 3 sessions of 30 min or more (1 to go)" in short[0]
    assert "SHORT of 2 sessions of 30 min or more" in short[1]
    assert "as read: 3 sessions of 30 min or more met" in _lines(90, 3, [30, 30, 30], [30, 30], req)[0]


def test_the_rows_line_counts_what_was_left_out():
    line = practice_lines(practice([doc(LOG)]), Requirements(hours=3))[-1]
    assert line.startswith("practice rows: 5 counted, 6 left out (")
    assert "1 planned" in line and "1 total row" in line and "1 observation" in line


# --- the JSON interface and bad input --------------------------------------------------------

def test_extract_json_lists_every_practice_row(tmp_path, capsys):
    import docx

    from marker.cli import main

    path = tmp_path / "log.docx"
    document = docx.Document()
    document.add_paragraph("Mentoring log")
    rows = [line.split(" | ") for line in LOG.text.split("\n")]
    grid = document.add_table(rows=len(rows), cols=5)
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            grid.cell(r, c).text = text
    document.save(str(path))
    assert main(["extract", str(path), "--unit", "8584-201", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert (out["hours"], out["sessions"], out["individuals"], out["supervision_hours"], out["supervision_sessions"]) == (
        3.0, 3, 2, 1.5, 2)
    # keys are added, never renamed: the first six are the interface scripts already read
    assert {tuple(sorted(r)) for r in out["practice_rows"]} == {
        ("counted", "kind", "location", "minutes", "sessions", "text", "uncertain", "why")}
    unsure = [r for r in out["practice_rows"] if r["uncertain"]]
    # the rows not read for sure, and the learner's "Total 2 hrs" that disagrees with the rows counted
    assert out["practice_uncertain"] == len(unsure) + len(out["practice_doubts"]) == 2
    assert [r["text"][:10] for r in unsure] == ["28/02/2026"]  # "all afternoon"
    assert "row 12" in out["practice_doubts"][0]
    assert sum(r["counted"] for r in out["practice_rows"]) == 5
    assert {"planned", "total row", "observation"} <= {r["why"] for r in out["practice_rows"]}


def test_nothing_here_raises():
    pieces = ["1 hr 15", "|", "\n", "Total", "03/02", "Mentee A", "planned", "½", "10:00–", "–11:30", "Date", "Duration",
              "Hours", ":", "session 3", "(not counted)", "supervision", " ", "99", "31/13/2026", "an hour and a", "Date: "]
    rng = random.Random(13)
    for _ in range(400):
        blocks = []
        for n in range(rng.randint(1, 4)):
            text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 30)))
            kind = rng.choice(["table", "paragraph", "heading"])
            blocks.append(Block("f.pdf" if n % 2 else "f.docx", kind, text, n + 1, page=1 if n % 2 else None))
        p = practice([doc(*blocks)])
        practice_lines(p, Requirements(hours=1, sessions=2, session_minutes=30, supervision_hours=1))


def test_a_table_of_planned_sessions_is_a_plan():
    plan = table("Date | Mentee | Planned duration", "03/03/2026 | Mentee A | 1 hour", "10/03/2026 | Mentee A | 1 hour")
    p = practice([doc(plan)])
    assert p.sessions == 0 and {r.why for r in p.rows} == {"planned"}


def test_pseudonyms_in_sentences_and_iso_dates():
    p = practice([doc(para("On 2026-03-03 I met Sam for 45 minutes. On 2026-03-10 I met Ruth for an hour."),
                      para("The first supervision session lasted an hour and helped me a lot."))])
    assert (p.minutes, p.sessions, sorted(p.individuals), p.supervision_minutes) == (105, 2, ["Ruth", "Sam"], 60)


def test_the_learners_own_preparation_is_not_a_session():
    p = practice([doc(table("Date | Activity | Time spent", "03/03/2026 | Mentoring session with Mentee A | 1hr",
                            "05/03/2026 | Planning my next sessions | 30 mins", "06/03/2026 | Writing up session notes | 20 mins"))])
    assert (p.minutes, p.sessions, p.individuals) == (60, 1, ("Mentee A",))
    assert [r.why for r in p.rows if not r.counted] == ["preparation or write-up, not a session"] * 2


def test_a_summary_table_of_sessions_per_person_is_not_more_sessions():
    summary = table("Mentee | No. of sessions | Hours", "Mentee A | 2 | 1.75", "Mentee B | 1 | 0.75", number=2)
    p = practice([doc(LOG, summary)])
    assert p.sessions == 3
    assert [r.why for r in p.rows if r.location.startswith("diary.docx table 2")] == ["a summary of the sessions, not a session"] * 2


def test_an_undated_log_and_numbered_records_count_each_session_once():
    log = table("Session | Mentee | Duration", "1 | A | 45 mins", "2 | A | 1 hour")
    records = [table(f"Session {n} record", "Mentee | A", f"Date | {n}/03/2026", f"Duration | {m}", number=n + 1)
               for n, m in ((1, "45 minutes"), (2, "60 minutes"))]
    p = practice([doc(log, *records)])
    assert (p.minutes, p.sessions) == (105, 2)
    assert [r.why for r in p.rows if not r.counted] == ["same session as diary.docx table 1 row 2",
                                                        "same session as diary.docx table 1 row 3"]


def test_a_pdf_log_numbered_by_session_without_dates():
    lines = ["Session Mentee Length Running total", "Session 1 A 45 mins 45 mins", "Session 2 B 1 hour 1 hr 45",
             "Session 3 A 1h30m 3 hrs 15"]
    blocks = [Block("log.pdf", "paragraph", line, n, page=1) for n, line in enumerate(lines, 1)]
    p = practice([Document("log.pdf", None, "", tuple(blocks))])
    assert (p.minutes, p.sessions) == (195, 3)


def test_a_sessions_description_does_not_decide_what_the_row_is():
    p = practice([doc(table("Date | Mentee | Activity | Duration",
                            "03/03/2026 | Mentee A | Discussed her sales targets and what each colleague must do | 1 hour",
                            "10/03/2026 | Mentee A | We planned her first presentation and reviewed the total budget | 45 mins",
                            "17/03/2026 | Mentee A | Talked about what her supervisor expects at least weekly | 50 mins"))])
    assert (p.minutes, p.sessions, p.supervision_minutes) == (155, 3, 0)


def test_a_log_that_runs_on_into_a_second_table_keeps_its_header():
    first = table("Date | Mentee | Duration | Running total", "03/03/2026 | A | 45 | 45", "10/03/2026 | B | 1.5 | 2.25")
    second = table("17/03/2026 | A | 60 | 3.25", "24/03/2026 | B | 30 | 3.75", number=2)
    p = practice([doc(first, second)])
    assert (p.minutes, p.sessions, len(p.individuals)) == (45 + 90 + 60 + 30, 4, 2)
    assert p.rows[-1].location == "diary.docx table 2 row 2"


def test_a_log_of_two_columns():
    p = practice([doc(table("Date | Time spent", "03/03/2026 | 1 hr", "10/03/2026 | 45 mins", "Total | 1 hr 45"))])
    assert (p.minutes, p.sessions) == (105, 2)


def test_diary_entries_whose_heading_holds_the_date():
    blocks = [para("Session 1 – 14 October 2025", 1, "heading"),
              para("We met for 30 minutes in the library. We spent ten minutes on his planner.", 2),
              para("Supervision: I met Mrs Patel for 30 minutes afterwards.", 3),
              para("Session 2 – 21 October 2025", 4, "heading"),
              para("This time we met for 35 minutes.", 5),
              para("Reflection on session 2", 6, "heading"),
              para("I spent 20 minutes explaining things I should have asked about.", 7)]
    p = practice([doc(*blocks)])
    assert (p.minutes, p.sessions, p.supervision_minutes, p.supervision_sessions) == (65, 2, 30, 1)


# --- logs nobody tuned the checks to (issue 13) ----------------------------------------------

def test_planned_and_actual_columns_named_alone():
    p = practice([doc(table(
        "Date | Coachee | Planned | Actual | Notes",
        "12/01/2026 | Coachee 1 | 60 mins | 1 hr 15 | Goals",
        "19/01/2026 | Coachee 1 | 90 mins | 1.30 | Rota",
        "21/01/2026 | Coachee 2 | 90 mins | – | Cancelled: short-staffed",
        "02/03/2026 | Coachee 2 | 90 mins | | Final review",
    ))])
    assert (p.minutes, p.sessions) == (75 + 90, 2)
    # a planned time and no actual one is planned, unless the row says it was cancelled
    assert [r.kind for r in p.rows if not r.counted] == ["cancelled", "planned"]


def test_a_range_is_listed_as_uncertain_and_the_strip_never_says_ok():
    p = practice([doc(table(
        "Date | Mentee | Duration",
        "03/02/2026 | Mentee A | 2 hrs",
        "10/02/2026 | Mentee A | 60-90 mins",
    ))])
    assert (p.minutes, p.sessions, len(p.individuals)) == (120, 1, 1)
    (unsure,) = [r for r in p.rows if r.doubtful]
    assert (unsure.counted, unsure.minutes, unsure.kind) == (False, None, "uncertain")
    lines = practice_lines(p, Requirements(hours=1))
    assert "UNCERTAIN" in lines[0] and "check the rows" in lines[0] and "OK" not in lines[0]
    assert "1 UNCERTAIN" in practice_lines(p, Requirements(hours=1), short=True)[-1]
    short = practice_lines(p, Requirements(hours=3))[0]
    assert "UNCERTAIN" in short and "SHORT of 3 h" in short


def test_a_certain_log_still_says_ok():
    p = practice([doc(table("Date | Mentee | Duration", "03/02/2026 | Mentee A | 2 hrs"))])
    assert "as read: 1 h met" in practice_lines(p, Requirements(hours=1))[0]


def test_two_sessions_in_one_row():
    p = practice([doc(table("Date | Mentee | Duration", "07/10/2025 | T | 2 x 30 mins", "14/10/2025 | T | 30 mins"))])
    assert (p.minutes, p.sessions, p.session_minutes) == (90, 3, (30, 30, 30))


def test_hours_and_minutes_a_group_session_and_brought_forward():
    p = practice([doc(
        table("Date | Client(s) | Time (h:mm) | Cumulative",
              "08/09/2025 | Client A | 1:30 | 1:30",
              "22/09/2025 | Clients B, C & D | 2:30 | 4:00",
              "Week 1 total | | 4:00 | 4:00"),
        table("Date | Client(s) | Time (h:mm) | Cumulative",
              "Brought forward | | | 4:00",
              "29/09/2025 | Client C | 0:45 | 4:45", number=2),
    )])
    assert (p.minutes, p.sessions) == (90 + 150 + 45, 3)
    assert set(p.individuals) == {"Client A", "Client B", "Client C", "Client D"}
    assert [r.why for r in p.rows if not r.counted] == ["total row", "the learner's running total", "total row"]
    assert p.doubts == ()  # each total agrees with the rows counted


def test_a_record_of_mentoring_and_supervision_lines():
    p = practice([doc(
        para("Week 2 – w/c 6 October", kind="heading"),
        para("Mentoring: 12.30 – 1.05", number=2),
        para("Mentee: T and L together", number=3),
        para("What happened: L asked to join because she has the same worry about homework, so we met together.",
             number=4),
        para("Supervision: half an hour with Mr Evans", number=5),
    )])
    assert (p.minutes, p.sessions, p.supervision_minutes, p.supervision_sessions) == (35, 1, 30, 1)
    assert set(p.individuals) == {"T", "L"}


def test_did_not_attend_under_mentoring_leaves_the_supervision_beside_it():
    p = practice([doc(table(
        "Date | Pupil | Time with mentee (mins) | Supervision (mins)",
        "06/10/2025 | Pupil X | 30 | 30",
        "03/11/2025 | Pupil X | DNA | 30",
    ))])
    assert (p.minutes, p.sessions, p.supervision_minutes, p.supervision_sessions) == (30, 1, 60, 2)


def test_what_a_heading_or_the_sentence_before_says_the_time_was():
    p = practice([doc(
        para("Mentoring log", kind="heading"),
        para("2 Feb – Mentee J – 1 hr 30 – observed by my supervisor, Sue Grant, who gave me feedback", number=2),
        para("Supervision and tutorials", number=3, kind="heading"),
        para("27 Feb – Sue Grant – 1 hr – what she saw when she observed me", number=4),
        para("Review", number=5, kind="heading"),
        para("My practice manager supervises my mentoring. We met on 20 June for half an hour.", number=6),
    )])
    assert (p.minutes, p.sessions) == (90, 1)  # observed while mentoring: still a session
    assert (p.supervision_minutes, p.supervision_sessions) == (90, 2)


def test_an_undated_tutor_meeting_under_its_heading():
    p = practice([doc(
        para("AC 3.2 Provide evidence of a 1-hour meeting with their tutor", kind="heading"),
        para("We met for one hour at the college.", number=2),
    )])
    assert (p.supervision_minutes, p.supervision_sessions) == (60, 1)


def test_the_templates_client_ref_names_the_mentee():
    p = practice([doc(
        table("Name of Mentor | Nadia", "Client Ref/ID | M01"),
        table("Session no. | 1 | Date | 04/03/2025 | Duration | 1 hr 10 mins", number=2),
    )])
    assert (p.minutes, p.individuals) == (70, ("M01",))


def test_a_log_lines_own_planned_mark():
    p = practice([doc(
        para("Mon 16 Feb 2026 - 1hr - Mentee 1 - ending"),
        para("Next: Mon 23 Feb 2026 - 1hr - closing review with both (planned)", number=2),
    )])
    assert (p.minutes, p.sessions) == (60, 1)
    assert [r.why for r in p.rows if not r.counted] == ["planned"]


def test_a_line_that_names_the_supervisor_is_supervision():
    p = practice([doc(
        para("19 Jan 2026 - 1hr 30min - Mentee 1 - mapping her stakeholders"),
        para("22 Jan 2026 - supervision with Mo, my supervisor - 1 hour - my habit of rescuing", number=2),
        para("12 Feb 2026 - Mo again - 45 mins - endings", number=3),
    )])
    assert (p.minutes, p.sessions, p.supervision_minutes, p.supervision_sessions) == (90, 1, 105, 2)


def test_a_record_of_start_and_finish_times_only():
    p = practice([doc(table("Session number | 1", "Date | Monday 6th January 2025", "Start time | 10.00",
                            "Finish time | 11.15", "Mentee | Mentee 1"))])
    assert (p.minutes, p.sessions, p.individuals) == (75, 1, ("Mentee 1",))


def test_a_bare_time_in_a_line_is_listed_as_uncertain_and_a_labels_number_is_no_range():
    p = practice([doc(
        para("26 Jan – Mentee K – 1.30 – role play"),
        para("2 Feb – Mentee 1 - 45 mins – goals", number=2),
        para("9 Feb – Session 3 – 1.5 hrs – review", number=3),
    )])
    assert (p.minutes, p.sessions) == (45 + 90, 2)
    assert [(r.text[:6], r.kind) for r in p.rows if not r.counted] == [("26 Jan", "uncertain")]


def test_a_heading_that_also_names_sessions_says_nothing_of_their_kind():
    p = practice([doc(
        para("2.4 Mentoring log and supervision", kind="heading"),
        para("3 March – Sam – 1 hr – goals agreed", number=2),
        para("Supervision and tutorials", number=3, kind="heading"),
        para("I had supervision on Fridays. On 10 March I mentored Sam for 45 minutes.", number=4),
    )])
    assert (p.minutes, p.sessions, p.supervision_sessions) == (105, 2, 0)


def test_a_weekday_before_my_supervisor_is_no_supervisors_name():
    p = practice([doc(
        para("3 March – supervision: on Monday, my supervisor and I met for 1 hour"),
        para("10 March – Monday lunchtime – 45 mins – goals", number=2),
    )])
    assert (p.minutes, p.sessions, p.supervision_minutes) == (45, 1, 60)


def test_a_long_line_with_times_of_its_own_is_not_folded_into_a_record():
    p = practice([doc(
        para("Date: 3 March 2026"),
        para("Mentee: Mentee A", number=2),
        para("Notes: we met for 45 minutes on 3 March and again on 5 March for an hour because she had a deadline",
             number=3),
    )])
    assert (p.minutes, p.sessions) == (105, 2)


def test_a_group_named_in_a_sentence_is_everyone_in_it():
    p = practice([doc(para("On 3 March I ran a group session with Mentees A, B and C for 2 hours."),
                      para("On 10 March I met Mentee A for 1 hour.", number=2))])
    assert (p.sessions, set(p.individuals)) == (2, {"Mentee A", "Mentee B", "Mentee C"})


def test_a_groups_letters_do_not_run_on_into_its_length():
    p = practice([doc(para("24 November 2025 – final joint review with Clients A and C, 1 hour."))])
    assert set(p.individuals) == {"Client A", "Client C"}


def test_a_score_up_to_a_figure_is_no_limit_and_a_criterion_quoted_in_a_matrix_is_no_tutorial():
    # The shipped demo portfolio's two misreadings: a session's notes 'Quality score up to 78%'
    # made it 'a requirement', and the evidence matrix's quoted criterion 'Provide evidence of a
    # 1-hour meeting with their tutor' was counted as a tutorial.
    text = [
        para("AC 3.2 Provide evidence of a 1-hour meeting with their tutor | Reflective account section 3.2"),
        para("24/02/2025 Mentee A 1h Quality score up to 78%. Explored options for the billing team."),
        para("03/03/2025 Mentee A 45 mins Reviewed goal 2. We agreed to meet for up to 2 hours next time."),
        para("I met my tutor, Gareth, for 1 hour on 19/03/2025 to review my mentoring."),
    ]
    p = practice([doc(*text)])
    assert (p.minutes, p.sessions, p.supervision_minutes) == (60 + 45, 2, 60), p.rows
    assert any(r.minutes == 120 and not r.counted for r in p.rows), "'up to 2 hours' is still a limit"
