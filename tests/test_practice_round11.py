"""Practice shapes the round 11 logs showed (written by writers who read no marker code): each
class of mistake in small, as a learner would write it."""

import pytest

from marker.submission.model import Block, Document
from marker.submission.practice import practice


def doc(*blocks: Block, name: str = "diary.docx") -> Document:
    return Document(name, None, "", tuple(blocks))


def para(text: str, number: int = 1, kind: str = "paragraph") -> Block:
    return Block("diary.docx", kind, text, number)


def pdf_log(*lines: str):
    """The practice read from a PDF's page of lines (a Word table saved as PDF comes back as these)."""
    blocks = tuple(Block("log.pdf", "paragraph", text, n, page=1) for n, text in enumerate(lines, 1))
    return practice([Document("log.pdf", None, "", blocks)])


DIARY = (para("Monday 10 February. Finlay, first full session, an hour and a half. We used GROW.", 1),
         para("Thursday 27 February. Ifeoma, ninety minutes. Reality check on her SWOT.", 2))


@pytest.mark.parametrize("summing_up", [
    "Adding it all up I make it 5 hours 25 minutes of coaching over four sessions, plus 3 hours 15 minutes of "
    "supervision and tutorial.",
    "By my count that is 5 and a half hours of mentoring across the two of them, two and a half hours of "
    "supervision with Helen and an hour's tutorial with Raj.",
])
def test_a_summing_up_that_names_supervision_too_still_gives_the_learners_total(summing_up):
    p = practice([doc(*DIARY, para(summing_up, 3))])
    assert p.minutes == 180 and p.supervision_minutes == 0  # the summing-up is not a session of any kind
    assert any("5 h" in d.text and "¶3" in d.text for d in p.doubts), p.doubts


def test_a_summing_up_that_agrees_names_no_doubt_and_counts_nothing():
    supervision = para("Monday 24 February. Supervision with my coaching supervisor by video for an hour.", 3)
    p = practice([doc(*DIARY, supervision, para("By my count that is 3 hours of mentoring, plus an hour of supervision.", 4))])
    assert (p.minutes, p.sessions, p.supervision_minutes) == (180, 2, 60)
    assert not [d for d in p.doubts if "¶4" in d.text]


def test_a_sentence_rounds_as_a_learner_does_but_a_total_field_is_exact():
    rounded = practice([doc(*DIARY, para("So in total I have mentored Finlay and Ifeoma for 3 hours 10 minutes.", 3))])
    assert not rounded.doubts or all("¶3" not in d.text for d in rounded.doubts)
    field = practice([doc(*DIARY, para("Total mentoring time: 3 hrs 10 mins over 2 sessions.", 3))])
    assert any("3 h 10 min" in d.text and "¶3" in d.text for d in field.doubts), field.doubts


def bullet(text: str, number: int) -> Block:
    return Block("diary.docx", "bullet", text, number)


def test_a_day_books_timed_lines_under_one_date_are_sessions_of_their_own():
    """A day typed up whole: two mentees' sessions at different times under one date heading."""
    p = practice([doc(para("Tue 4 March", 1, kind="heading"),
                      bullet("09.30-10.45 mentoring session 1 with CW – contract signed", 2),
                      bullet("11.00 valuation, 22 Beech Avenue", 3),
                      bullet("16.15-16.45 PS – first chat (chemistry session), explained mentoring", 4),
                      para("Tue 11 March", 5, kind="heading"),
                      bullet("09.00-10.30 mentoring session with Priti – contract signed, SWOT", 6))])
    assert (p.minutes, p.sessions) == (75 + 30 + 90, 3)


def test_an_entrys_heading_and_its_own_line_giving_the_same_times_are_one_session():
    p = practice([doc(para("Entry 3 – 6 March – Mentee A", 1, kind="heading"),
                      bullet("10.00-11.00 session with Mentee A on goals", 2),
                      para("We met from 10.00-11.00 in the quiet room and agreed two actions.", 3))])
    assert (p.minutes, p.sessions) == (60, 1)


def test_a_session_about_preparing_for_an_interview_is_a_session_but_preparing_for_one_is_not():
    p = practice([doc(para("Tue 15 April", 1, kind="heading"),
                      bullet("16.00-17.30 Mentee 1 session – preparing for the valuer interview", 2),
                      para("Tue 22 April", 3, kind="heading"),
                      bullet("09.00-09.30 preparing for the next session with Mentee 1", 4))])
    assert (p.minutes, p.sessions) == (90, 1)


def test_a_summing_up_longer_than_any_session_is_read_as_the_total():
    p = practice([doc(*DIARY, para("By my count that is 17 and a half hours of mentoring across the two of them.", 3))])
    assert p.minutes == 180
    assert any("17 h 30 min" in d.text for d in p.doubts), p.doubts


def test_a_session_cut_short_counts_what_was_held_not_what_was_booked():
    cut = para("Wednesday 12 February. Ifeoma. We had booked an hour and a half but the fire alarm went off in the "
               "bottling hall after fifty-five minutes and we never got back to it, so that is what I've counted.", 3)
    p = practice([doc(*DIARY, cut)])
    assert (p.minutes, p.sessions) == (180 + 55, 3)


def test_a_numbered_session_is_not_the_supervision_row_of_the_same_day_and_length():
    """After each session the learner had a review with her supervisor, logged in a table of its own."""
    reviews = Block("diary.docx", "table", "Review | Date | Length | What we talked about\n"
                    "1 | 6 March | 30 mins | I talked for most of the session\n"
                    "2 | 13 March | half an hour | What to do when he went quiet", 3)
    p = practice([doc(para("Session 1, Thursday 6 March: 1.30 to 2.00. Getting to know each other.", 1),
                      para("Session 2, Thursday 13 March: 1.30 to 2.05. Entry requirements.", 2),
                      para("Reviews with my supervisor", 4, kind="heading"), reviews)])
    assert (p.minutes, p.sessions) == (30 + 35, 2)


def test_a_numbered_session_told_again_later_without_its_date_is_the_same_session():
    p = practice([doc(para("Session 5, Thursday 24 April: 1.25 to 2.00. We practised a phone call.", 1),
                      para("Session 6, Thursday 1 May: 1.30 to 2.10. Review of the three outcomes and ending.", 2),
                      para("In session 6 we spent the whole forty minutes going back over the card.", 3))])
    assert (p.minutes, p.sessions) == (35 + 40, 2)


def test_a_diarys_sessions_and_the_reviews_after_each_agree_with_a_total_that_names_neither():
    reviews = Block("diary.docx", "table", "Review | Date | Length | What we talked about\n"
                    "1 | 6 March | 30 mins | I talked for most of the session\n"
                    "2 | 13 March | 25 mins | What to do when he went quiet", 4)
    p = practice([doc(para("Session 1, Thursday 6 March: 1.30 to 2.00 with Tyler. Getting to know each other.", 1),
                      para("Session 2, Thursday 13 March: 1.30 to 2.05 with Tyler. Entry requirements.", 2),
                      para("Reviews with my supervisor", 3, kind="heading"), reviews,
                      para("That makes fifty-five minutes of reviews altogether.", 5))])
    assert (p.minutes, p.supervision_minutes) == (65, 55)
    assert not p.doubts, p.doubts


def table(*rows: str, number: int = 1) -> Block:
    return Block("diary.docx", "table", "\n".join(rows), number)


def test_ditto_marks_in_the_date_column_carry_the_date_above_and_both_is_no_one():
    p = practice([doc(table("Date | From | To | Mentee | Notes",
                            "Tue 3 June | 0800 | 0900 | Oskar | Introductory meeting",
                            '" | 1330 | 1430 | Jess | Introductory meeting',
                            "June sub-total | | | | 2 h",
                            "Tue 1 July | 0800 | 0900 | Oskar | Skills scan",
                            "ditto | 1330 | 1445 | Jess | Skills scan, catching up",
                            "Tue 8 July | 0800 | 0930 | Both | Joint review"))])
    assert (p.minutes, p.sessions) == (60 + 60 + 60 + 75 + 90, 5)
    assert sorted(p.individuals) == ["Jess", "Oskar"]


def test_a_break_taken_off_in_the_notes_and_a_subtotal_written_under_the_notes():
    p = practice([doc(table("Date | From | To | Mentee | Notes",
                            "Tue 3 June | 0800 | 0900 | Oskar | Introductory meeting",
                            "Tue 24 June | 0930 | 1200 | Oskar | Walk of the glasshouses. Less 20 min tea break",
                            "June sub-total | | | | 3 h 30"))])
    assert (p.minutes, p.sessions) == (60 + 130, 2)
    assert any("3 h 30 min" in d.text for d in p.doubts), p.doubts  # the learner's subtotal is 3 h 10 counted


def test_the_person_under_a_supervision_with_column_is_the_supervisor():
    p = practice([doc(para("Mentoring log", 1, kind="heading"),
                      table("Date | Mentee | Duration", "3 June | Oskar | 1 hr", "10 June | Oskar | 1 hr", number=2),
                      para("Supervision", 3, kind="heading"),
                      table("Date | Supervision with | From | To | Notes",
                            "Wed 18 June | Alun Pritchard | 1500 | 1600 | Goals – were Oskar's too big?", number=4))])
    assert (p.minutes, p.supervision_minutes) == (120, 60)
    assert sorted(p.individuals) == ["Oskar"] and not p.doubts, p.doubts


def test_a_whos_who_saying_mentee_2_is_priti_makes_them_one_individual():
    p = practice([doc(para("Who's who: Mentee 1 is Callum W. (CW), trainee sales negotiator. Mentee 2 is Priti S. (PS), "
                           "trainee lettings negotiator.", 1),
                      para("Tue 11 March", 2, kind="heading"),
                      bullet("09.00-10.30 mentoring session with Priti – contract signed, SWOT", 3),
                      para("Tue 18 March", 4, kind="heading"),
                      bullet("8.30am-9.45am Mentee 1 session – cold calling, role play", 5),
                      para("Tue 25 March", 6, kind="heading"),
                      bullet("14.00-15.30 Mentee 2 session – goal review, GROW", 7))])
    assert p.sessions == 3 and len(p.individuals) == 2, p.individuals


def test_a_summing_up_of_supervision_and_a_tutorial_apart_agrees_with_each():
    p = practice([doc(*DIARY,
                      para("Monday 24 February. Supervision with my coaching supervisor by video for an hour.", 3),
                      para("Friday 7 March. Tutorial with my ILM tutor, forty-five minutes on the phone.", 4),
                      para("By my count that is 3 hours of mentoring, an hour of supervision and a 45-minute tutorial.", 5))])
    assert (p.minutes, p.supervision_minutes) == (180, 105)
    assert not [d for d in p.doubts if "¶5" in d.text], p.doubts


def test_a_month_wrapped_from_the_row_above_is_not_the_next_rows_date():
    from marker.submission.practice_rules import DATE, date_of

    assert date_of(DATE.search("what has changed since September 17/11/25 Sam 1h30 Final review")) == (17, 11)


def test_a_pdf_logs_mentee_column_names_the_person_of_each_line():
    """A Word table saved as PDF comes back as lines: "01/09/25 Ola 1h30 1:30 Introductory meeting"."""
    lines = ["Date Mentee(s) Duration Cumulative Notes",
             "01/09/25 Ola 1h30 1:30 Introductory meeting, contract signed",
             "02/09/25 Bea 1h30 3:00 Introductory meeting, contract signed",
             "22/09/25 Group: Ola, Bea + Gemma 2h15 5:15 Handovers between the teams.",
             "29/09/25 Ola 2h 7:15 Staff retention on her team"]
    p = pdf_log(*lines)
    assert (p.minutes, p.sessions) == (90 + 90 + 135 + 120, 4)
    assert sorted(p.individuals) == ["Bea", "Gemma", "Ola"], p.individuals


def test_a_pdf_log_lines_notes_past_its_running_total_still_speak_for_it():
    lines = ["Date Mentee(s) Duration Cumulative Notes",
             "01/09/25 Ola 1h30 1:30 Introductory meeting, contract signed",
             "01/10/25 Huw (head chef) and his commis * 1h 1:30 Sat in while Huw mentored his commis chef",
             "01/12/25 Ola 2h 1:30 Planned – closing get-together",
             "Total mentoring 2h 1 session"]
    p = pdf_log(*lines)
    assert (p.minutes, p.sessions) == (90, 1)
    assert any("2 h 00 min" in d.text for d in p.doubts), p.doubts  # the learner's total is not the 1 h 30 counted
    agreeing = pdf_log(*lines[:-1], "Total mentoring 1h30 1 session")
    assert agreeing.agrees and not agreeing.doubts, agreeing.doubts  # a total after a planned row's notes is still the total


def test_feedback_to_the_learner_after_an_observed_session_is_asked_about_not_dropped():
    lines = ["Date Mentee(s) Duration Cumulative Notes",
             "01/09/25 Sam 1h30 1:30 Introductory meeting, contract signed",
             "23/09/25 Sam 1h30 3:00 Observed by Mererid for my assessment; her feedback to me afterwards took 30 min"]
    p = pdf_log(*lines)
    assert (p.minutes, p.sessions) == (180, 2)
    assert any(r.doubtful and r.minutes == 30 for r in p.rows), p.rows


def test_a_tutor_meeting_record_whose_time_is_not_read_makes_supervision_doubtful():
    lines = ["Date Start Finish Who Notes", "Tue 07/01/25 0930 1015 Dev First meeting. Agreement signed",
             "Tutor meeting record", "Date Wednesday 12 February 2025", "Start 1600", "Finish 1700"]
    p = pdf_log(*lines)
    assert any(d.supervision and "holds a record of" in d.text for d in p.doubts), p.doubts
