"""Cross-checks on the practice figures: where the submission disagrees with them, they are UNCERTAIN."""

from marker.rubric import Requirements
from marker.submission.model import Block, Document
from marker.submission.practice import practice
from marker.submission.practice_doubts import doubts
from marker.submission.practice_lines import practice_lines
from marker.submission.practice_rules import PracticeRow

REQ = Requirements(hours=3, supervision_hours=1)


def doc(*blocks: Block) -> Document:
    return Document("log.docx", None, "", tuple(blocks))


def table(*rows: str, number: int = 1) -> Block:
    return Block("log.docx", "table", "\n".join(rows), number)


def para(text: str, number: int, kind: str = "paragraph", level: int | None = None) -> Block:
    return Block("log.docx", kind, text, number, level=level)


def log(total: str) -> Block:
    return table("Date | Mentee | Duration", "03/02/2026 | Mentee A | 90 mins", "10/02/2026 | Mentee B | 1 hr",
                 "17/02/2026 | Mentee A | 1h 30m", f"Total | | {total}")


def test_a_total_that_agrees_leaves_the_figures_sure():
    p = practice([doc(log("4 hrs"))])
    assert (p.minutes, p.doubts, p.uncertain) == (240, (), 0)
    assert "as read: 3 h met" in practice_lines(p, REQ)[0]


def test_the_learners_total_disagreeing_with_the_rows_makes_the_figures_uncertain():
    p = practice([doc(log("5 hrs"))])
    assert p.minutes == 240 and p.uncertain == 1
    assert "table 1 row 5" in p.doubts[0].text and not p.doubts[0].supervision
    line = practice_lines(p, REQ)[0]
    assert "UNCERTAIN" in line and "as read:" not in line and "table 1 row 5" in line


def test_weekly_subtotals_are_checked_against_the_rows_since_the_last_one():
    lines = ["3 March - Mentee A - 1 hour", "5 March - Mentee B - 30 minutes", "Week total: 1 and a half hours",
             "10 March - Mentee A - 2 hours", "Week total: 2 hours"]
    sure = practice([doc(*[para(t, n) for n, t in enumerate(lines, start=1)])])
    assert (sure.minutes, sure.doubts) == (210, ())
    lines[-1] = "Week total: 3 hours"
    wrong = practice([doc(*[para(t, n) for n, t in enumerate(lines, start=1)])])
    assert len(wrong.doubts) == 1 and "¶5" in wrong.doubts[0].text


def test_a_running_total_column_that_ends_elsewhere_than_the_sum():
    rows = ["Date | Mentee | Hours | Running total", "01/03 | A | 1 | 1", "08/03 | A | 2 | 3", "15/03 | B | 1.5 | 4.5"]
    assert practice([doc(table(*rows))]).doubts == ()
    rows[-1] = "15/03 | B | 1.5 hours-ish | 6"
    p = practice([doc(table(*rows))])
    assert any("running total" in r.why for r in p.rows)
    assert p.uncertain >= 1 and any("row 4" in d.text for d in p.doubts)


def test_a_column_of_session_lengths_named_total_is_not_a_running_total():
    rows = ["Date | Mentee | Total hours", "01/03 | A | 2", "08/03 | A | 1", "15/03 | B | 1.5"]
    assert practice([doc(table(*rows))]).doubts == ()


def test_a_session_given_two_lengths_in_the_log_and_its_record():
    record = table("Date | 10/02/2026", "Mentee | Mentee B", "Duration | 45 minutes", number=2)
    p = practice([doc(log("4 hrs"), record)])
    assert p.minutes == 240 and len(p.doubts) == 1
    assert "table 2" in p.doubts[0].text and "table 1 row 3" in p.doubts[0].text


def test_a_row_counted_as_supervision_only_by_its_heading_though_it_names_a_mentee():
    def row(text: str, person: str | None) -> PracticeRow:
        return PracticeRow(text, "log.docx ¶4", 60, True, "counted as supervision", "supervision", person=person)

    weak = doubts([row("27 Feb - 1 hr", "Mentee A")])
    assert len(weak) == 1 and weak[0].supervision and "Mentee A" in weak[0].text
    assert doubts([row("27 Feb - supervision with my manager - 1 hr", "Mentee A")]) == ()
    assert doubts([row("27 Feb - Jo Smith - 1 hr", None)]) == ()


def test_a_summary_per_mentee_agrees_with_their_sessions():
    summary = table("Mentee | Sessions | Hours", "Mentee A | 2 | 3", "Mentee B | 1 | 1", number=2)
    assert practice([doc(log("4 hrs"), summary)]).doubts == ()


def test_a_length_takes_the_date_written_after_it():
    text = "My supervisor saw me for an hour on 2 February and for an hour and a quarter on 23 February."
    p = practice([doc(para(text, 1))])
    assert (p.supervision_minutes, p.supervision_sessions) == (135, 2)


def test_a_type_cell_saying_mentoring_outweighs_a_heading_about_supervised_mentoring():
    blocks = [para("Section 2 - Undertake supervised mentoring", 1, "heading", 1),
              table("Date | Kind | With | Length", "2 Oct | Mentoring | M | forty minutes",
                    "2 Oct | Supervision | Head of Sixth | half an hour", number=2)]
    p = practice([doc(*blocks)])
    assert (p.minutes, p.sessions, p.supervision_minutes) == (40, 1, 30)


def test_a_group_cell_is_everyone_in_it_and_an_observation_debrief_is_a_session():
    rows = ["Date | Who | Session | Hours", "05/09 | Group: A, B, C | Induction | 3",
            "07/11 | A | Peer observation debrief | 2"]
    p = practice([doc(table(*rows))])
    assert (p.minutes, len(p.individuals)) == (300, 3)


def test_a_total_longer_than_any_session_is_read_only_as_the_learners_total():
    lines = [f"{d} March - Mentee A - 2 hours" for d in range(1, 8)]
    lines += ["That makes 13 and a half hours of mentoring.", "I gave 48 hours' notice of every session."]
    p = practice([doc(*[para(t, n) for n, t in enumerate(lines, start=1)])])
    assert p.minutes == 14 * 60
    totals = [r for r in p.rows if r.kind == "total"]
    assert [t.minutes for t in totals] == [810] and not any(r.minutes == 48 * 60 for r in p.rows)
    assert len(p.doubts) == 1 and "¶8" in p.doubts[0].text


def test_one_length_for_each_date_listed():
    p = practice([doc(para("I had supervision with my manager on 30 January and on 2 March, an hour each time.", 1))])
    assert (p.supervision_minutes, p.supervision_sessions, p.supervision_each) == (120, 2, (60, 60))


def test_a_mentees_code_is_a_person_but_a_criterion_is_not():
    lines = ["Session 1 (1 hour) - 9 Feb - FF1: goals.", "Session 2 (1 hour) - 9 Feb - FF2: goals, AC1 evidence."]
    p = practice([doc(*[para(t, n) for n, t in enumerate(lines, start=1)])])
    assert (p.minutes, p.sessions, set(p.individuals)) == (120, 2, {"FF1", "FF2"})


def test_a_log_whose_length_column_has_no_unit_is_uncertain_not_zero():
    rows = ["Date | Mentee | Contact | Topic", "03/02/2026 | Mentee A | 1.5 | goals", "10/02/2026 | Mentee B | 1 | plan"]
    p = practice([doc(table(*rows))])
    assert p.uncertain == 1 and "column 3" in p.rows[0].location
    assert "UNCERTAIN" in practice_lines(p, REQ)[0]
    rated = ["Date | Mentee | Confidence (1-10) | Topic", "03/02/2026 | Mentee A | 6 | goals", "10/02/2026 | Mentee B | 7 | plan"]
    assert practice([doc(table(*rated))]).uncertain == 0  # a rating, not a length


def test_the_number_of_people_the_learner_states_is_checked_against_those_named():
    said = para("Over the term I mentored three individuals from the warehouse team.", 9)
    p = practice([doc(log("4 hrs"), said)])
    assert len(p.individuals) == 2 and len(p.doubts) == 1 and "¶9" in p.doubts[0].text
    said = para("Over the term I mentored two individuals from the warehouse team.", 9)
    assert practice([doc(log("4 hrs"), said)]).doubts == ()


LOG3 = ("Date | Mentee | Duration", "03/02/2026 | Mentee A | 1 hr", "10/02/2026 | Mentee B | 1 hr",
        "17/02/2026 | Mentee A | cancelled")


def record(date: str, mentee: str, number: int) -> Block:
    return table(f"Date | {date}", f"Mentee | {mentee}", "Time spent | 1 hr", number=number)


def test_a_session_record_that_agrees_with_the_log_is_the_same_session_and_sure():
    p = practice([doc(table(*LOG3), record("03/02/2026", "Mentee A", 2))])
    assert (p.minutes, p.sessions, p.doubts) == (120, 2, ())


def test_a_session_record_naming_another_mentee_than_the_log_that_day_is_a_doubt():
    p = practice([doc(table(*LOG3), record("10/02/2026", "Mentee A", 2))])
    assert p.uncertain and "names Mentee A on 10/2" in p.doubts[0].text


def test_a_session_record_the_log_does_not_hold_or_marks_cancelled_is_a_doubt():
    missing = practice([doc(table(*LOG3), record("24/02/2026", "Mentee B", 2))])
    assert missing.uncertain and "the log does not hold" in missing.doubts[0].text
    cancelled = practice([doc(table(*LOG3), record("17/02/2026", "Mentee A", 2))])
    assert cancelled.uncertain and "the log leaves out" in cancelled.doubts[0].text


def test_the_number_of_sessions_the_learner_states_is_checked_against_those_counted():
    said = para("In total I delivered 2 hours of mentoring across 3 sessions.", 2)
    p = practice([doc(table(*LOG3), said)])
    assert p.minutes == 120 and any("3 sessions" in d.text for d in p.doubts)
    right = para("In total I delivered 2 hours of mentoring across two sessions.", 2)
    assert practice([doc(table(*LOG3), right)]).doubts == ()


def test_a_log_kept_newest_first_with_a_carried_forward_row_and_a_running_total_at_the_top():
    page2 = table("Date | With | Length | Notes", " | Running total to date | 8 hrs 45 | ",
                  "27/01 | M2 | 1 hr 15 | Ending", " | Carried forward from page 1 | 7 hrs 30 | 6 sessions")
    page1 = table("Date | With | Length | Notes", "18/11 | M2 | 1 hr 15 | a", "11/11 | M1 | 1 hr 15 | b",
                  "28/10 | M2 | 1 hr 15 | c", "21/10 | M1 | 1 hr 15 | d", "16/10 | M2 | 1 hr 15 | e",
                  "14/10 | M1 | 1 hr 15 | f", " | Page total | 7 hrs 30 | ", number=2)
    p = practice([doc(page2, page1)])
    assert (p.minutes, p.sessions, p.doubts) == (525, 7, ())
    assert [r.why for r in p.rows if not r.counted] == ["total row"] * 3


def test_a_total_row_counting_sessions_in_words_is_read_from_zero_to_twenty():
    # "zero" once raised ValueError (its 0 was taken for no word at all); "fourteen" went unread
    assert practice([doc(log("4 hrs over zero sessions"))]).minutes == 240
    assert any("fourteen sessions" in d.text for d in practice([doc(log("4 hrs over fourteen sessions"))]).doubts)
    assert practice([doc(log("4 hrs over three sessions"))]).doubts == ()
