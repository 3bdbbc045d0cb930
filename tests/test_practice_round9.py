"""Practice shapes the round 9 logs showed (written by writers who read no marker code): each
class of mistake in small, as a learner would write it."""

from marker.submission.model import Block, Document
from marker.submission.practice import practice


def doc(*blocks: Block, name: str = "diary.docx") -> Document:
    return Document(name, None, "", tuple(blocks))


def table(*rows: str, number: int = 1) -> Block:
    return Block("diary.docx", "table", "\n".join(rows), number)


def para(text: str, number: int = 1, kind: str = "paragraph") -> Block:
    return Block("diary.docx", kind, text, number)


def test_a_form_per_entry_with_start_and_finish_times_and_a_supervision_field_counts_the_session():
    p = practice([doc(
        para("Diary entry 1 - Tue 4th March", 1, "heading"),
        table("Time started | 4.00pm", "Time finished | 4.30pm", "What we did | Ground rules",
              "Supervision review | 4.40-5.10pm with Jo (peer mentoring coordinator)", number=2),
        para("Diary entry 2 - 11/03/25", 3, "heading"),
        table("Time started | 4.00pm", "Time finished | 4.35pm", "What we did | A morning plan",
              "Supervision review | Half an hour with Jo straight after", number=4),
    )])
    assert (p.minutes, p.sessions, p.supervision_minutes) == (65, 2, 60)


def test_the_mentee_named_on_a_line_of_their_own_is_the_one_individual():
    p = practice([doc(
        para("Mentee: Josh (pool lifeguard, qualified February 2025)", 1),
        table("Date | Entry | Time | Length", "27.03.25 | Session 1 - goals | 09:00-10:30 | 1h30m",
              "03.04.25 | Session 2 - radio practice | 09:30-10:30 | 60 mins", number=2),
    )])
    assert p.individuals == ("Josh",)


def test_a_tutors_debrief_told_after_the_observed_session_is_their_support_on_that_day():
    p = practice([doc(
        para("6. Monday 23 September 2024, 10:00-11:00. Dev session 2, observed by my ILM tutor Frank for my "
             "assessment. Frank then gave me a debrief from 11:00 to 11:30.", 1),
    )])
    assert (p.minutes, p.sessions, p.supervision_minutes) == (60, 1, 30)


def test_notes_that_say_only_booked_are_a_meeting_still_to_come():
    p = practice([doc(table(
        "Date | With | Type | Length | Notes",
        "Wed 19 Feb | Declan (ILM tutor) | Tutorial (Teams) | 45 mins | Evidence check",
        "Thu 3 Apr | Declan | Tutorial | 45 mins | Booked",
    ))])
    assert p.supervision_minutes == 45
    assert [r.why for r in p.rows if not r.counted] == ["planned"]


def test_a_joint_session_in_both_mentees_tables_is_one_session_with_both():
    p = practice([doc(
        table("No. | Date | Coachee | Topic | Time", "1 | Mon 3 Mar | Ash | Goals | 1 hr",
              "2 | Mon 10 Mar | Ash | Team goals, Mei there too | 14:00-15:30", number=1),
        table("No. | Date | Coachee | Topic | Time", "1 | Tue 4 Mar | Mei | Goals | 1 hr",
              "2 | Mon 10 Mar | Mei | Team goals, Ash there too | 14:00-15:30", number=2),
    )])
    assert (p.minutes, p.sessions) == (60 + 60 + 90, 3)
    assert [r.why.startswith("same session") for r in p.rows if not r.counted] == [True]


def test_a_figure_taken_off_the_learners_total_is_not_a_total_that_disagrees():
    p = practice([doc(
        table("Date | Coachee | Length", "Mon 3 Mar | Coachee 1 | 1 hr 30", "Tue 4 Mar | Coachee 2 | 1 hr", number=1),
        para("Total coaching: 2.5 hours (Ash 1.5 + Mei 1.5, less the joint session of 30 minutes, which is in both).", 2),
    )])
    assert p.minutes == 150 and not p.doubts, p.doubts


def test_a_mentee_written_without_a_label_in_an_observed_entry_keeps_the_session_theirs():
    p = practice([doc(
        para("24 Jan - supervision with Marcus (deputy head, my mentoring supervisor), 1 hour.", 1),
        para("• 13 Jan - first meeting with Rosa: getting to know each other, 3.45-4.30 (45 mins).", 2),
        para("• Thu 30 Jan - Rosa: feedback on the observation and next goals (1 hr 15 mins).", 3),
        para("• Mon 10 Feb - Rosa: session 2, observed by my tutor Alison, 3.45-4.45 (1 hr).", 4),
        para("• Thu 6 Feb - ILM tutorial with Alison (my tutor) on Teams, 45 mins.", 5),
    )])
    assert (p.minutes, p.sessions, p.supervision_minutes) == (45 + 75 + 60, 3, 60 + 45)


def test_a_table_of_sessions_and_hours_per_mentee_is_the_learners_summary_not_sessions():
    p = practice([doc(
        table("Date | Mentee | Duration", "02/09/2024 | Ola | 2 hrs", "03/09/2024 | Chris | 1 hr", number=1),
        table("Mentee | Sessions | Hours", "Ola | 1 | 2", "Chris | 1 | 1", "Ibrahim | chemistry only | 0 (not counted)",
              "Total | 2 | 3", number=2),
    )])
    assert (p.minutes, p.sessions) == (180, 2)


def test_the_mentees_name_over_their_own_table_says_whose_sessions_they_are():
    p = practice([doc(
        para("Mentee: Ola", 1, "heading"),
        table("Date | Session | Duration", "02/09/2024 | Chemistry | 45 mins", "09/09/2024 | Goals | 1h30m", number=2),
        para("Mentee: Chris (Mentee C)", 3, "heading"),
        table("Date | Session | Duration", "03/09/2024 | Chemistry | 1 hr", number=4),
    )])
    assert len(p.individuals) == 2


def test_a_sum_that_restates_one_length_for_the_dates_listed_is_counted_once():
    p = practice([doc(
        table("Date | Mentee | Duration", "02/09/2024 | Ola | 2 hrs", number=1),
        para("Supervision - my manager, Lesley, supervises my mentoring once a month for half an hour: "
             "27/09/2024, 25/10/2024 and 29/11/2024 (3 x 30 mins).", 2),
    )])
    assert (p.supervision_minutes, p.supervision_sessions) == (90, 3)


def test_a_sum_for_some_of_the_dates_in_a_sentence_leaves_the_others_counted():
    p = practice([doc(
        table("Date | Mentee | Duration", "02/09/2024 | Ola | 2 hrs", number=1),
        para("Supervision with Lesley: 30 mins on 03/05/2024, and on 17/05/2024 and 24/05/2024 (2 x 30 mins).", 2),
    )])
    assert (p.supervision_minutes, p.supervision_sessions) == (90, 3)


def test_a_line_with_the_supervisor_first_is_supervision_though_it_names_a_mentee_after():
    p = practice([doc(
        para("10 Feb - supervision with Mo, my supervisor, 45 mins.", 1),
        para("13 Jan - first meeting with Rosa, 3.45-4.30 (45 mins).", 2),
        para("12 Feb - Mo again, 30 mins, about Rosa's ending.", 3),
    )])
    assert (p.minutes, p.supervision_minutes) == (45, 75)


def test_undated_sessions_with_one_number_in_two_mentees_tables_stay_two():
    p = practice([doc(
        table("Session | Coachee | Topic | Length", "3 | Ash | Joint session with Mei, team goals | 1 hr", number=1),
        table("Session | Coachee | Topic | Length", "3 | Mei | Her own goals | 1 hr", number=2),
    )])
    assert (p.minutes, p.sessions) == (120, 2)


def test_a_log_whose_sessions_column_numbers_them_is_still_a_log():
    p = practice([doc(table(
        "Date | Sessions | Mentee | Duration",
        "02/09/2024 | chemistry | Ola | 30 mins", "09/09/2024 | 1 | Ola | 1 hr", "16/09/2024 | 2 | Ola | 1 hr",
    ))])
    assert (p.minutes, p.sessions) == (150, 3)


def test_a_bare_mentee_label_names_someone_only_where_a_name_follows():
    from marker.submission.practice_people import mentee_fields

    assert mentee_fields([para("Mentee: Josh (pool lifeguard)")]) == ["Josh"]
    assert mentee_fields([para("Mentee: to be confirmed")]) == []
    assert mentee_fields([table("Mentee | Date | Duration", "Mentee A | 3 March | 1 hr")]) == []
    assert mentee_fields([table("Client | Session | Length")]) == []


def test_a_record_that_names_only_a_supervisor_is_supervision():
    p = practice([doc(table("Date | 3 March 2025", "Supervisor | Jo Bell", "Duration | 1 hr", "Topics | Endings"))])
    assert (p.minutes, p.supervision_minutes) == (0, 60)
