"""Practice shapes that round 15's logs showed (written by writers who read no marker code): each in small."""

from marker.submission.durations import durations_in, read_length
from marker.submission.model import Block, Document
from marker.submission.practice import practice


def table(*rows: str, number: int = 1, file: str = "log.docx") -> Block:
    return Block(file, "table", "\n".join(rows), number)


def test_a_spreadsheets_times_with_seconds_are_read():
    assert read_length("00:45:00", "guess").minutes == 45
    assert [d.minutes for d in durations_in("13:30:00 – 14:15:00")] == [45]
    p = practice([Document("log.docx", None, "", (table(
        "Date | Start | End | Duration | Activity | Comments",
        "03/03/2025 | 13:30:00 | 14:15:00 | 00:45:00 | Mentoring | First meeting",
        "17/03/2025 | 14:00:00 | 14:00:00 | 00:00:00 | Mentoring | DNA – stuck on a transfer",
        "24/03/2025 | 13:30:00 | 14:40:00 | 01:10:00 | Mentoring | Walked the route"),))])
    assert (p.minutes, p.sessions) == (115, 2)



PLATFORM = "ID | Coachee | Scheduled | Duration (min) | Status | Coach notes"


def test_a_platforms_export_counts_the_time_its_notes_say_was_actually_taken():
    """The Duration column is the time booked: 'Ran over – actual 75 mins' is what was held; a 'Rescheduled' booking
    'Moved to S-1114' was not; 'Coachee A; Coachee B' on a joint session are two coded people, and a full name
    written once among them is asked about, not counted as a third."""
    rows = ["S-1041 | Coachee A | 2025-01-08 14:00 | 30 | Completed | Chemistry call",
            "S-1042 | Maddie Hart | 2025-01-09 09:30 | 30 | Completed | Chemistry call",
            "S-1050 | Coachee A | 2025-01-15 14:00 | 90 | Completed | Contracting",
            "S-1051 | Coachee B | 2025-01-16 09:30 | 90 | Completed | Contracting",
            "S-1080 | Coachee B | 2025-02-14 15:00 | 60 | Completed | Ran over – actual 75 mins. Rehearsed her talk",
            "S-1085 | Coachee A | 2025-02-19 14:00 | 60 | Completed | Ended early – actual 40 mins (radio call)",
            "S-1091 | Coachee A; Coachee B | 2025-02-26 10:00 | 120 | Completed | Joint session",
            "S-1110 | Coachee A | 2025-03-26 14:00 | 60 | Rescheduled | Moved to S-1114 (section meeting clash)",
            "S-1114 | Coachee A | 2025-03-28 11:00 | 60 | Completed | Delegation"]
    p = practice([Document("log.docx", None, "", (table(PLATFORM, *rows),))])
    assert (p.minutes, p.sessions) == (30 + 30 + 90 + 90 + 75 + 40 + 120 + 60, 8)
    assert sorted(p.individuals) == ["Coachee A", "Coachee B"]


def test_a_length_with_a_footnotes_mark_is_read():
    assert read_length("90*", "minutes").minutes == 90


def _text(*paragraphs: str) -> Document:
    return Document("log.txt", None, "", tuple(Block("log.txt", "paragraph", t, n) for n, t in enumerate(paragraphs, 1)))


def test_a_night_session_in_two_24_hour_parts_is_one_session_and_a_capitals_title_with_its_ref_heads_supervision():
    p = practice([_text(
        "01 – Mon 06/01/25 – C1 – 1400-1450 – Contracting, agreement signed.",
        "05 – Mon 03/02/25 – C1 (nights) – 0215-0250 and 0410-0440 – Two parts, stopped for a medevac tasking.",
        "SUPERVISION (3.4)",
        "The first was on 12/02/25 on Teams and lasted an hour and a half: coaching people I also line manage.")])
    assert (p.minutes, p.sessions, p.supervision_minutes) == (115, 2, 90)


def test_a_grid_with_a_column_of_minutes_per_mentee_counts_each_figure_and_a_group_once():
    grid = table("Date | Aled | Bryony | Callum | Day total (mins) | Tutor / sup (mins) | Notes",
                 "Mon 01/09 | 60 | 60 |  | 120 |  | Contracting – Aled, then Bryony",
                 "Wed 10/09 |  |  |  |  | 60 | Tutorial with ILM tutor",
                 "Wed 17/09 |  | DNA |  | 0 |  | Bryony – ticketing system crashed",
                 "Thu 25/09 | 90G | 90G | 90G | 90 |  | Group: debriefing your team after a matchday",
                 "Mon 13/10 |  |  |  |  | 75 | Supervision – Head of People",
                 "Mon 20/10 | 65 | canc |  | 65 |  | Bryony cancelled. Moved to Thu",
                 "Sept–Oct totals | 125 | 150 | 90 | 275 | 135 | ")
    p = practice([Document("log.docx", None, "", (grid,))])
    assert (p.minutes, p.sessions, sorted(p.individuals), p.supervision_minutes) == (275, 4, ["Aled", "Bryony", "Callum"], 135)


def test_a_grids_day_total_is_not_its_date_column():
    grid = table("Week | Aled | Bryony | Day total | Notes", "Mon 01/09 | 60 | 60 | 120 | Contracting",
                 "Mon 08/09 | 45 |  | 45 | Goals")
    p = practice([Document("log.docx", None, "", (grid,))])
    assert (p.minutes, p.sessions) == (165, 3)


def test_moved_to_the_next_goal_is_no_cancellation():
    p = practice([Document("log.docx", None, "", (table(
        "Date | Mentee | Mins | Notes", "03/03/2025 | Freya | 45 | Goal 1 met, moved to next goal",
        "10/03/2025 | Freya | 60 | Moved to next week: her shift changed", "17/03/2025 | Freya | 60 | Goals"),))])
    assert (p.minutes, p.sessions) == (105, 2)
