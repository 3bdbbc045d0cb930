"""Cross-checks on what the practice reader passed over or read as the wrong kind: UNCERTAIN, not a sure figure."""

from dataclasses import replace

from marker.submission.model import Block, Document
from marker.submission.practice import practice
from marker.submission.practice_rules import SESSION, SUPERVISION, PracticeRow
from marker.submission.practice_unread import unread_doubts


def doc(*texts: str) -> Document:
    return Document("log.pdf", None, "", tuple(Block("log.pdf", "paragraph", t, n, page=1)
                                                for n, t in enumerate(texts, start=1)))


def test_dated_log_lines_that_no_row_read_make_the_figures_uncertain():
    # "h:mm" lengths beside a cumulative column: the reader does not take "1:30" for a duration
    lines = ["My mentoring log", "Date Client Activity Time (h:mm) Cumulative", "08/09/2025 Client A Goals 1:30 1:30",
             "15/09/2025 Client A Review 2:00 3:30", "22/09/2025 Client B Contracting 1:00 4:30"]
    p = practice([doc(*lines)])
    assert p.uncertain and any("3 dated lines" in d.text for d in p.doubts)


def test_a_log_read_row_by_row_is_not_doubted_for_its_dates():
    lines = ["08/09/2025 Client A Goals 90 minutes", "15/09/2025 Client A Review 2 hours",
             "22/09/2025 Client B Contracting 1 hour"]
    p = practice([doc(*lines)])
    assert (p.minutes, p.sessions, p.doubts) == (270, 3, ())


def test_supervision_with_no_mentoring_session_is_uncertain():
    lines = ["Supervision log", "08/09/2025 supervision with my mentor supervisor 1 hour",
             "15/09/2025 supervision with my mentor supervisor 45 minutes"]
    p = practice([doc(*lines)])
    assert p.supervision_minutes == 105 and p.sessions == 0
    assert any("no mentoring session" in d.text and d.supervision for d in p.doubts)


def test_a_supervision_row_that_names_its_own_mentee_is_doubted():
    # the heading made these records supervision; their own "Mentee:" field says they are sessions
    lines = ["Supervision records", "Record 1 Date: 4 March Mentee: Volunteer V Time spent: 45 mins",
             "Record 2 Date: 11 March Mentee: Volunteer V Time spent: 1 hour"]
    p = practice([doc(*lines)])
    assert p.supervision_minutes == 105
    assert any("names a mentee in its own field" in d.text and d.supervision for d in p.doubts)


def test_a_supervision_row_and_a_session_record_of_the_same_day_and_length_are_doubted():
    # a log's "Mentoring | Supervision" columns read in turn: the mentoring figure taken for supervision
    def row(text, kind, number, date=(14, 10)):
        return PracticeRow(text, f"log.pdf ¶{number}", 30, True, "counted", kind, date=date, block=("log.pdf", number, 1))
    log = row("14/10/2025 30 mins 30 mins", SUPERVISION, 1)
    record = row("Date 14/10/2025 Time 3.45–4.15pm", SESSION, 5)
    assert any("same day and length" in d.text for d in unread_doubts([], [log, record]))
    other_day = row("Date 21/10/2025 Time 3.45–4.15pm", SESSION, 5, date=(21, 10))
    assert not any("same day and length" in d.text for d in unread_doubts([], [log, other_day]))


def row(text, kind, number, minutes=30, counted=True, why="counted", date=(14, 10)):
    return PracticeRow(text, f"log.pdf ¶{number}", minutes, counted, why, kind, date=date, block=("log.pdf", number, 1))


def test_one_line_of_three_lengths_read_as_one_session_is_doubted():
    # "Week 1 Week 2 Week 3" over "40 mins 35 mins 30 mins": a grid with its sessions across
    line = "Time with my mentee 40 mins 35 mins 30 mins"
    grid = [row(line, SESSION, 3), row(line, "other", 3, counted=False, why="another figure for the same entry"),
            row(line, "other", 3, counted=False, why="another figure for the same entry")]
    assert any("3 lengths on one line" in d.text for d in unread_doubts([], grid))
    assert not any("lengths on one line" in d.text for d in unread_doubts([], grid[:2]))


def test_a_length_passed_over_in_a_paragraph_about_a_tutor_is_doubted_when_no_supervision_counted():
    said = Block("log.pdf", "paragraph", "We met for one hour at the college. My tutor said I filled the silences.", 7, page=1)
    left = row("We met for one hour at the college.", "other", 7, minutes=60, counted=False,
               why="no date or session named: not taken as a session")
    assert any(d.supervision and "about tutorial" in d.text for d in unread_doubts([said], [left]))
    held = row("Tutorial 20/03/2025 1 hour", "tutorial", 9, minutes=60, date=(20, 3))
    assert not unread_doubts([said], [left, held])


def test_a_supervision_row_that_opens_with_the_sessions_mentee_is_doubted():
    log = [row("03/03 SVN Contracting 40 min", SESSION, 1, date=(3, 3)), row("10/03 SVN Blood pressure 1 hr", SESSION, 2, date=(10, 3)),
           row("07/04 SVN Ending and what next 35 minutes", SUPERVISION, 3, date=(7, 4))]
    assert any("opens like the sessions with SVN" in d.text for d in unread_doubts([], log))
    log[2] = row("07/04 Practice manager supervision 35 minutes", SUPERVISION, 3, date=(7, 4))
    assert not unread_doubts([], log)


def test_dated_rows_left_out_for_want_of_a_length_yet_holding_figures_are_doubted():
    # a timesheet's "Contact time | Travel" columns of h:mm not recognised: every session left out, none counted
    unread = [row(f"{day}/01 | Mentoring | Dean | 0:45 | 0:30 | 9", "other", day, minutes=None, counted=False,
                  why="no duration given", date=(day, 1)) for day in (14, 21)]
    assert any("2 dated rows hold figures" in d.text for d in unread_doubts([], unread))
    booked = row("01/04 | Mentoring - booked | Shannon", "other", 3, minutes=None, counted=False,
                 why="no duration given", date=(1, 4))
    assert unread_doubts([], unread[:1] + [booked]) == ()  # one such row, and one with no figure but its date


def test_length_fields_no_row_read_make_the_figures_uncertain():
    # an export's records run together on a PDF's page: "Duration: 01:15" read by no row
    lines = ["=== Evidence item 0401 === Title: Mentoring - Mentee R", "Date of activity: 08/01/2025",
             "Duration: 00:45", "Off-the-job hours: 1.00", "Status: Accepted Learner notes: Agreed ground rules.",
             "=== Evidence item 0407 === Title: Mentoring session 2 - Mentee R", "Date of activity: 22/01/2025",
             "Duration: 01:15", "Off-the-job hours: 1.75"]
    p = practice([doc(*lines)])
    assert any("length fields were not read" in d.text for d in p.doubts)


def test_a_session_longer_than_a_session_runs_is_doubted():
    day = row("14/10 | Mentee A | 7.5", SESSION, 1, minutes=450)
    hour = row("21/10 | Mentee A | 1", SESSION, 2, minutes=60, date=(21, 10))
    assert any("longer than a session runs" in d.text for d in unread_doubts([], [day, hour]))
    assert unread_doubts([], [hour]) == ()


def test_the_same_mentee_counted_twice_on_one_day_from_two_rows_is_doubted():
    log = replace(row("14/10 | Mentee A | 1 hr", SESSION, 1, minutes=60), person="Mentee A")
    again = replace(row("On 14 October Mentee A and I met for 45 minutes", SESSION, 7, minutes=45), person="Mentee A")
    other = replace(again, person="Mentee B")
    assert any("the same one twice" in d.text for d in unread_doubts([], [log, again]))
    assert unread_doubts([], [log, other]) == ()


def test_a_flattened_logs_rows_run_on_past_a_wrapped_line_set_as_a_heading():
    # "Luke &" / "Amira": a cell wrapped onto a line the PDF set as a heading; the log goes on under it
    blocks = [Block("log.pdf", "heading", t, n, page=1) for n, t in enumerate([
        "Date Start End Hrs Who Comment", "03/02/25 22:30 23:15 0.75 Lukasz first chat",
        "05/03/25 22:30 23:20 0.83 Luke &", "Amira", "17/03/25 22:30 23:30 1 Lukasz review"], start=1)]
    p = practice([Document("log.pdf", None, "", tuple(blocks))])
    assert (p.minutes, p.sessions) == (155, 3)


def test_a_supervision_row_labelled_with_the_sessions_mentee_is_doubted():
    session = row("03/03 with Mentee SVN Contracting approx 40 min", SESSION, 1, date=(3, 3))
    again = row("10/03 SVN Blood pressure about an hour", SESSION, 2, minutes=60, date=(10, 3))
    support = row("07/04 with Mentee SVN Ending and what next 35 minutes", SUPERVISION, 3, minutes=35, date=(7, 4))
    assert any("opens like the sessions with SVN" in d.text for d in unread_doubts([], [session, again, support]))


def test_a_flattened_log_names_the_person_by_its_place_under_the_header_and_reads_the_span():
    blocks = [Block("log.pdf", "heading", t, n, page=1) for n, t in enumerate([
        "Date Start End Hrs Code Who Comment", "03/02/25 22:30 23:15 0.75 M Lukasz first chat",
        "10/02/25 01:30 02:30 1 M Amira after the oven breakdown"], start=1)]
    p = practice([Document("log.pdf", None, "", tuple(blocks))])
    assert (p.minutes, p.sessions, p.individuals) == (105, 2, ("Lukasz", "Amira"))
