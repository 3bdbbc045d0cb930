"""Practice shapes that came to light once a PDF's log reached the reader as a table: each in small."""

import pytest

from marker.submission.model import Block, Document
from marker.submission.practice import practice
from marker.submission.practice_rules import UNCERTAIN


def para(text: str, number: int, kind: str = "paragraph", page: int | None = None) -> Block:
    return Block("diary.pdf" if page else "diary.docx", kind, text, number, page=page)


def table(*rows: str, number: int, page: int | None = None) -> Block:
    return Block("diary.pdf" if page else "diary.docx", "table", "\n".join(rows), number, page=page)


SESSIONS = ("Session | Date | Length | Main issues discussed",
            "1 | Sat 08/03/2025 | 30 minutes | Ground rules",
            "2 | Sat 15/03/2025 | 30 minutes | Her warm-up")
REVIEWS = ("Review | Date | Length | What we talked about",
           "1 | Sat 08/03/2025 | 30 minutes | I asked too many questions",
           "2 | Sat 15/03/2025 | 30 minutes | Letting her do the talking")


@pytest.mark.parametrize("page", [None, 2])
def test_a_table_introduced_by_the_sentence_above_it_is_what_that_sentence_says(page):
    """'… to go over how it went. My supervision record:' over a table headed 'Review': the supervision."""
    p = practice([Document(para("x", 1, page=page).file, None, "", (
        table(*SESSIONS, number=1, page=page),
        para("After each session I met Nadia for 30 minutes in the staff room to go over how it went. "
             "My supervision record:", 2, page=page),
        table(*REVIEWS, number=3, page=page)))])
    assert (p.minutes, p.supervision_minutes) == (60, 60)


def test_the_hours_the_unit_asks_for_reached_are_no_session():
    p = practice([Document("diary.docx", None, "", (
        para("Tuesday 6 May, 10:00 to 11:30 with Tom: contract and goals.", 1),
        para("Meeting with my tutor", 2, kind="heading"),
        para("I met Karen on 6 June for our tutorial; we met for an hour in her office at the college.", 3),
        para("We agreed that I had met the three hours, and that I should write goals with numbers in.", 4)))])
    assert (p.minutes, p.supervision_minutes) == (90, 60)


def _log(*rows: str) -> Document:
    return Document("diary.docx", None, "", (table("Date | Coachee | Minutes | Notes", *rows, number=1),))


def test_one_row_that_names_a_person_among_coded_coachees_is_one_of_them_and_asked_about():
    p = practice([_log("06/01 | Coachee 1 | 60 | Contracting", "08/01 | Coachee 2 | 60 | Contracting",
                       "13/01 | Coachee 1 | 90 | Goals", "15/01 | Coachee 2 | 90 | Goals",
                       "27/01 | R. Thorne | 90 | 360 results")])
    assert sorted(p.individuals) == ["Coachee 1", "Coachee 2"]
    assert any("R. Thorne" in d.text for d in p.doubts), p.doubts


def test_a_person_named_in_several_rows_beside_coded_coachees_is_counted_as_another():
    p = practice([_log("06/01 | Coachee 1 | 60 | Contracting", "08/01 | Coachee 2 | 60 | Contracting",
                       "13/01 | Coachee 1 | 90 | Goals", "15/01 | Coachee 2 | 90 | Goals",
                       "27/01 | Ravi | 90 | Contracting", "03/02 | Ravi | 90 | Goals")])
    assert len(p.individuals) == 3


def test_a_row_whose_notes_say_the_learner_sat_in_on_someone_elses_mentoring_is_not_a_session():
    p = practice([_log("01/10 | Ola | 60 | Goals", "02/10 | Huw and his commis | 60 | Sat in while Huw mentored his commis chef")])
    assert (p.minutes, p.sessions) == (60, 1)


def test_a_length_of_feedback_in_a_rows_notes_is_asked_about():
    p = practice([_log("23/09 | Sam | 90 | Observed by Mererid for my assessment; her feedback to me afterwards took 30 min")])
    assert p.minutes == 90
    assert [r.minutes for r in p.rows if r.kind == UNCERTAIN] == [30]


def test_a_row_marked_for_a_footnote_that_says_not_counted_is_left_out():
    p = practice([Document("diary.docx", None, "", (
        table("Date | Mentee | Minutes | Notes", "07/01 | Dev | 45 | First meeting", "22/01 | Dev * | 90 | He sat with me on the freight lane",
              "28/01 | Dev | 40 | Feedback", number=1),
        para("* not counted towards my hours – observation only.", 2)))])
    assert (p.minutes, p.sessions) == (85, 2)
    assert any(r.why.startswith("learner marked not counted (*") for r in p.rows)


def test_a_star_with_no_footnote_saying_so_leaves_the_row_counted():
    p = practice([Document("diary.docx", None, "", (
        table("Date | Mentee | Minutes | Notes", "07/01 | Dev | 45 | First meeting", "22/01 | Dev * | 90 | Coach party", number=1),
        para("* the session Dev chose the topic for.", 2)))])
    assert (p.minutes, p.sessions) == (135, 2)


def test_a_session_in_two_parts_on_one_day_is_one_session_of_both_parts_time():
    p = practice([Document("diary.docx", None, "", (table(
        "Date | Start | Finish | Notes", "Tue 18/02/25 | 14:00 | 15:00 | Session 2",
        "Tue 25/02/25 | 09:30 | 09:55 | Session 3 (part 1). Story time needed me so we stopped",
        "Tue 25/02/25 | 16:05 | 16:40 | Session 3 (part 2). Finished the role play", number=1),))])
    assert (p.minutes, p.sessions) == (60 + 25 + 35, 2)


def test_the_one_person_the_learner_says_they_mentored_is_the_sessions_individual():
    p = practice([Document("diary.docx", None, "", (
        para("I mentored Jordan, one of our library assistants, from February to March.", 1),
        table("Date | Start | Finish | Notes", "Tue 18/02/25 | 14:00 | 15:00 | Session 1", number=2)))])
    assert p.individuals == ("Jordan",)


def test_a_two_column_diary_of_dated_rows_is_an_entry_a_row_not_one_record():
    p = practice([Document("diary.docx", None, "", (
        table("Date | Mentee | Minutes", "03/03/25 | Sam | 60", number=1),
        para("Supervision", 2, kind="heading"),
        table("12/03/25 | Supervision with Jane, 1 hour. We talked about contracting.",
              "26/03/25 | Supervision with Jane, 45 minutes", "09/04/25 | Supervision with Jane, 1 hour", number=3)))])
    assert p.supervision_minutes == 165


def test_a_two_column_diary_headed_supervision_is_supervision():
    p = practice([Document("diary.docx", None, "", (
        table("Date | Mentee | Minutes", "03/03/25 | Sam | 60", number=1),
        table("Date | Supervision", "12/03/25 | With Jane, 1 hour", "26/03/25 | With Jane, 45 minutes", number=2)))])
    assert (p.minutes, p.supervision_minutes) == (60, 105)


def test_hours_summed_on_a_cover_sheet_are_the_learners_totals_not_sessions():
    p = practice([Document("diary.docx", None, "", (
        table("Learner | Ann Lee", "Unit | 8587-302", "Coaching hours | 12 hours 30 minutes", "Supervision hours | 3 hours",
              "Date submitted | 01/05/25", number=1),
        table("Date | Mentee | Minutes", "03/03/25 | Sam | 60", "10/03/25 | Sam | 60", number=2)))])
    assert (p.minutes, p.supervision_minutes) == (120, 0)
    assert {r.minutes for r in p.rows if r.kind == "total"} == {750, 180}
    assert any("12 h 30 min" in d.text for d in p.doubts), p.doubts


def test_numbered_entries_in_two_columns_are_each_an_entry_and_the_caption_is_only_their_tables():
    p = practice([Document("diary.docx", None, "", (
        para("Supervision log", 1, kind="heading"),
        table("Supervision 1 | 3 March 2025, 1 hour with Jane: contracting", "Supervision 2 | 17 March 2025, 45 minutes with Jane",
              "Supervision 3 | 31 March 2025, 1 hour with Jane", number=2),
        table("Date | Mentee | Minutes | Notes", "03/03/25 | Sam | 60 | Contracting", "10/03/25 | Sam | 60 | Goals", number=3)))])
    assert (p.minutes, p.supervision_minutes) == (120, 165)


def test_a_caption_still_holds_for_its_log_carried_on_in_a_second_table():
    log = ("Date | With | Minutes", "03/03/25 | Jane | 60")
    p = practice([Document("diary.docx", None, "", (
        para("Supervision log", 1, kind="heading"), table(*log, number=2), table(log[0], "17/03/25 | Jane | 45", number=3)))])
    assert p.supervision_minutes == 105


def test_a_row_whose_notes_say_not_in_total_is_left_out_but_not_for_a_part_in_brackets():
    p = practice([_log("03/03 | Ellie | 75 | First route set",
                       "04/03 | 6 new instructors | 180 | Belay refresher. Training – not coaching, not in total",
                       "25/03 | Raj | 45 | Observed by tutor (tutor feedback to me afterwards, 20 mins – supervision, not in total)")])
    assert (p.minutes, p.sessions) == (75 + 45, 2)


def test_superscript_footnotes_mark_rows_and_are_no_part_of_the_persons_name():
    p = practice([Document("diary.docx", None, "", (
        table("Date | Mentee | Hours | Notes", "02/09/25 | Kerry | 1.5 | First meeting", "11/11/25 | Kerry ¹ | 1.25 | Progress",
              "14/10/25 | Forklift refresher ³ | 3.0 | 8 operators", "15/10/25 | Marta | 2.0 | Peak rota", number=1),
        para("¹ The first half hour was her appraisal, which I sat in on. I have put 1.25 for the mentoring part only.", 2),
        para("³ Training I ran as part of my job – not mentoring, not in my total.", 3)))])
    assert (p.minutes, p.sessions) == (90 + 75 + 120, 3)
    assert sorted(p.individuals) == ["Kerry", "Marta"]


def test_a_footnote_that_times_a_part_of_the_row_leaves_the_row_counted():
    p = practice([Document("diary.docx", None, "", (
        table("Date | Coachee | Minutes", "03/02/25 | A | 75", "17/02/25 | A ¹ | 60", number=1),
        para("¹ The first 20 minutes of this meeting were A's return-to-work interview, so I have not counted them.", 2)))])
    assert (p.minutes, p.sessions) == (135, 2)


def test_the_header_repeated_inside_a_log_is_no_row_of_it():
    p = practice([_log("02/09/25 | Kerry | 60 | First meeting", "Date | Coachee | Minutes | Notes", "03/10/25 | Kerry | 60 | Goals")])
    assert (p.minutes, p.sessions) == (120, 2) and not p.doubts


def test_a_paragraph_labelled_supervision_counts_its_undated_time_as_supervision():
    p = practice([Document("diary.docx", None, "", (
        table("Date | Mentee | Minutes", "03/03/25 | Dev | 60", number=1),
        para("Dev was more confident by then. Supervision: I met my tutor, Mr Okafor, for an hour on 18 June at the "
             "training centre. He had also rung me for 20 minutes in May to check I was keeping proper records.", 2)))])
    assert p.supervision_minutes == 80  # the label within the paragraph a PDF ran on, as well as opening one
