"""Practice shapes that round 22 showed (the logs of writers who read no marker code): each in small."""

import pytest

from marker.submission.model import Block, Document
from marker.submission.practice import practice
from marker.submission.practice_dates import DATE, date_in, date_of, day_in_week


def _doc(*blocks: tuple[str, str], file: str = "diary.pdf") -> Document:
    page = 1 if file.endswith(".pdf") else None  # a PDF's lines are read together, a Word file's paragraphs one by one
    return Document(file, None, "", tuple(Block(file, kind, text, n, page=page) for n, (kind, text) in enumerate(blocks, 1)))


# A PDF runs a weekly diary's headings into its bullet lines, wherever its lines happen to break.
WEEKLY = [
    ("paragraph", "Week 1 (w/c 2 Sep) • A - Mon - 10:00-11:30 - contracting. • B - Wed - 1hr - chemistry."),
    ("paragraph", "• C - Thu - 45 mins - chemistry. Keen. Week 2 (w/c 9 Sep) • A - Mon - 1hr - skills scan. "
                  "• B - Wed - 1 hr - wheel of work: confidence with staff 3/10, with customers 8/10."),
    ("paragraph", "• C - Fri - an hour in the party room - contract, goals agreed."),
]


def test_a_weekday_under_a_week_commencing_date_is_that_day_of_the_week():
    """A PDF's lines, read together. (Dating a Word file's paragraphs by a week heading above them was tried too, and
    put back: on the held-out set it made one case's supervision wrong while nothing was marked uncertain.)"""
    p = practice([_doc(*WEEKLY)])
    assert (p.minutes, p.sessions) == (90 + 60 + 45 + 60 + 60 + 60, 6)
    # each its own day: two one-hour sessions in one week are not the same session twice
    dates = sorted(r.date for r in p.rows if r.counted)
    assert dates == [(2, 9), (4, 9), (5, 9), (9, 9), (11, 9), (13, 9)]


def test_a_weekday_with_no_week_above_it_is_still_no_date():
    p = practice([_doc(("paragraph", "Some weeks were busy."), ("paragraph", "• C - Fri - an hour - goals agreed."))])
    assert p.sessions == 0


def test_the_week_runs_into_the_next_month():
    assert day_in_week((29, 9), "B - Thu - 1hr") == (2, 10)
    assert day_in_week((27, 12), "Fri 45 mins") == (31, 12)
    assert day_in_week((2, 9), "an hour, goals agreed") is None


def test_a_score_out_of_ten_is_not_a_date_in_october():
    for text in ("confidence with staff 3/10, with customers 8/10", "Scaling 7/10.", "she rated me 9/10",
                 "self-score 7/10+", "her confidence is now 6/10"):
        assert date_in(text) is None, text
    assert date_in("we met on 3/10 for an hour") == (3, 10)
    assert date_in("Session 4 - 12/10 - 45 mins") == (12, 10)
    # a log's next row after a score: a date with its year is never a score
    row = "Scaled confidence 3/10 leading the huddle\n14/10/24 23:30-00:45 A 1.25"
    assert [date_of(m) for m in DATE.finditer(row)] == [None, (14, 10)]


def _text(*paragraphs: str):
    return practice([_doc(*[("paragraph", p) for p in paragraphs], file="log.txt")])


def test_every_length_on_a_running_total_line_is_the_total():
    p = _text("WEEK 1 - w/c 7 April", "Sat 12th. First sit-down with R in the kit room, about 45 mins.",
              "WEEK 5 - w/c 5 May", "Sat 10th 10:15-11:00 in the kit room.", "Running total: 1h30 - past the 1 hour!")
    assert (p.minutes, p.sessions) == (90, 2)


def test_a_not_counted_note_in_brackets_is_the_bracketed_figures_only():
    p = _text("Wed 23 April R did the safety brief. I stood at the back for it (40 mins or so - not counting that, "
              "that's just me doing my job) and then we talked it through after for 50m.")
    assert (p.minutes, p.sessions) == (50, 1)
    # a note outside the brackets still speaks for the figure it follows
    after = _text("Wed 23 April I watched R's brief (40 mins) and we talked after for 50m - not counting that.")
    assert 50 not in [r.minutes for r in after.rows if r.counted]


def test_an_entrys_closing_note_that_it_is_left_out_leaves_the_whole_entry_out():
    p = _text("Tue 6 May - T (another junior marshal) asked if he could have half an hour with me about his first aid "
              "course, so I did 30 mins with him. That's not part of my 201 mentoring so I've left it out of the totals.",
              "Sat 10 May 10:15-11:00 with R in the kit room.")
    assert (p.minutes, p.sessions) == (45, 1)


def test_what_a_meeting_ran_to_is_its_length_though_its_date_stands_between():
    p = _text("My 1-hour meeting with Jo was on Teams on Mon 19 May and it ran to 1 hr 10 - we went through this log.")
    assert p.minutes + p.supervision_minutes == 70


def test_a_diary_kept_mentee_by_mentee_under_typed_headings_counts_each_mentee_and_a_group_once():
    p = _text("MENTEE P1 - crew leader", "05/02 - first meeting, 1 hr.",
              "30/04 - GROUP with P3 and P4: planning the office move - 2½ hrs.",
              "MENTEE P3 - warehouse supervisor", "07/02 - first meeting and contract, 10:00-11:30.",
              "30/04 - GROUP with P1 and P4: office move - 2½ hrs.",
              "MENTEE P4 - office-moves coordinator", "01/04 - first meeting, 1 hr 30.",
              "30/04 - GROUP with P1 and P3: office move - 2½ hrs.")
    assert (p.minutes, p.sessions, len(p.individuals)) == (60 + 90 + 90 + 150, 4, 3)
    # two mentees' own sessions on one day for the same length are still two sessions
    two = _text("MENTEE P1 - crew leader", "05/02 - goals, 1 hr.", "MENTEE P2 - porter", "05/02 - goals, 1 hr.")
    assert (two.minutes, two.sessions) == (120, 2)


def test_a_bare_hours_and_minutes_ending_a_dated_lines_sentence_is_listed_in_doubt():
    p = _text("25/03 - 1:45. His first survey on his own. Quote was 12% under.", "26/03 - 1 hr. Goals.")
    doubtful = [r for r in p.rows if r.kind == "uncertain"]
    assert p.minutes == 60 and len(doubtful) == 1 and "25/03" in doubtful[0].text


def test_a_cancelled_thing_the_session_was_about_is_not_the_session_cancelled():
    log = ("Session | Date | Planned | Actual | Notes\n"
           "1 | Tue 4 Mar | 45 mins | 45 mins | First meeting\n"
           "2 | Thu 13 Mar | 1 hr | 1 hr 15 | Rescheduled. Cancelled sailing role play\n"
           "3 | Tue 18 Mar | 45 mins | 50m | Cancelled - she was off sick")
    p = practice([_doc(("table", log), file="log.docx")])
    assert (p.minutes, p.sessions) == (45 + 75, 2)


def test_a_score_out_of_ten_in_a_records_field_is_not_its_date():
    record = ("Goal for today's meeting | Running the rebooking desk alone\nWillingness of mentee | 8/10\n"
              "Duration | 50 mins")
    p = practice([_doc(("heading", "Session record 4"), ("table", record), file="log.docx")])
    assert all(r.date != (8, 10) for r in p.rows)


def test_a_weekday_and_day_in_a_table_under_a_week_commencing_caption_takes_the_captions_month():
    """'Mon 10' under 'w/c 10 March' and 'Thu 10' under 'w/c 7 April' are a month apart, not one session twice."""
    march = "Day | Activity | Code | Hrs\nMon 10 | Mentoring M1 | MEN | 1.5"
    april = "Day | Activity | Code | Hrs\nMon 7 | Mentoring M2 | MEN | 1.0\nThu 10 | Mentoring M1 - review | MEN | 1.5"
    p = practice([_doc(("heading", "w/c 10 March"), ("table", march), ("heading", "w/c 7 April"), ("table", april),
                       file="timesheet.docx")])
    assert (p.minutes, p.sessions) == (90 + 60 + 90, 3)
    assert sorted(r.date for r in p.rows if r.counted) == [(7, 4), (10, 3), (10, 4)]



# --- the review of round 22's practice rules: each a shape a learner could write that the rules above got wrong ---

def _pdf(*lines: str):
    return practice([_doc(*[("paragraph", line) for line in lines])])


def _docx(*paragraphs: str):
    return practice([_doc(*[("paragraph", p) for p in paragraphs], file="log.docx")])


def test_review_a_date_in_october_after_a_scoring_word_is_still_a_date():
    p = _pdf("07/10 - Mentee B - 1 hr - worked on her confidence", "14/10 - Mentee B - 45 mins - rota planning",
             "21/10 - Mentee C - 1 hr - talked about stress", "28/10 - Mentee C - 1 hr - goals")
    assert (p.minutes, p.sessions) == (225, 4)
    assert (_docx("Confidence building 14/10 - Mentee B - 45 mins.").minutes) == 45
    assert _text("03/10 - B - 1 hr - goals.", "Workload stress discussed 10/10 - B - 1 hr.", "17/10 - B - 1 hr - review.").minutes == 180
    assert _text("Out of hours call with B 3/10 - 30 mins.", "Out of hours call with B 10/10 - 30 mins.").minutes == 60
    assert _text("Engagement meeting 3/10 with Mentee A - 1 hr.").minutes == 60


def test_review_what_one_mentees_session_ran_to_is_not_anothers_on_the_same_day():
    p = _pdf("Mon 19 May - Mentee A - 45 mins - goals", "Mon 19 May - Mentee B - ran to 1 hr 10 - rota")
    assert (p.minutes, p.sessions, len(p.individuals)) == (115, 2, 2)


def test_review_a_group_as_a_topic_does_not_join_two_mentees_sessions():
    assert _text("12/03 - Mentee A - 1 hr - her working group.", "12/03 - Mentee B - 1 hr - goals.").sessions == 2
    p = _text("MENTEE P1 - crew leader", "05/02 - first meeting, 1 hr.", "12/03 - 1 hr - he wants to lead the user group.",
              "MENTEE P2 - porter", "12/03 - first meeting, 1 hr.")
    assert (p.minutes, p.sessions) == (180, 3)


def test_review_a_closing_note_about_one_of_two_figures_leaves_the_other():
    p = _docx("Tue 6 May - 1 hr with R on his rota, then 20 mins with T about first aid. The T chat is not counted.")
    assert (p.minutes, p.sessions) == (60, 1)


def test_review_a_second_not_counted_note_after_a_bracketed_one_still_counts():
    p = _text("Tue 6 May - quick chat with B (15 mins, not counted) then 45 mins with C about her appraisal - not counted "
              "either, she's not my mentee.", "Wed 7 May - 1 hr with Mentee A.")
    assert (p.minutes, p.sessions) == (60, 1)


def test_review_only_a_week_commencing_caption_gives_a_tables_days_their_month():
    table = "Day | Activity | Code | Hrs\nMon 24 | Mentoring M1 | MEN | 1.5\nThu 27 | Mentoring M2 | MEN | 1.0"
    p = practice([_doc(("heading", "Timesheet - March (signed off 4 April)"), ("table", table),
                       ("heading", "Session notes"),
                       ("paragraph", "Mon 24 March - M1 - 1.5 hrs - we planned his first toolbox talk."), file="t.docx")])
    assert (p.minutes, p.sessions) == (150, 2)


def test_review_a_session_called_off_for_a_cancelled_train_is_not_held():
    log = ("Session | Date | Length | Notes\n1 | Tue 4 Mar | 45 mins | First meeting\n"
           "2 | Thu 13 Mar | 1 hr | Cancelled train - will rebook\n3 | Tue 18 Mar | 45 mins | Goals")
    assert practice([_doc(("table", log), file="log.docx")]).minutes == 90
    assert _text("13/03 - Mentee B - 1 hr - cancelled train, so rebooked for next week.").minutes == 0


def test_review_a_running_total_that_lists_its_dated_sessions_counts_them():
    p = _docx("Running total after this week: 2h30 (Mon 14 April - R - 45 mins, Thu 17 April - S - 1 hr 45).")
    assert (p.minutes, p.sessions) == (150, 2)


def test_review_a_text_files_session_line_naming_its_mentee_is_not_a_heading():
    p = _text("Mentee A - first meeting 05/03, 1 hr", "Mentee B - first meeting 06/03, 1 hr", "Reflections",
              "On 05/03 my first ever session lasted an hour and I was nervous.")
    assert (p.minutes, p.sessions) == (120, 2)


def test_review_a_weekday_is_a_capitalised_day_not_sat_down():
    p = _pdf("Week 2 (w/c 9 Sep) • A - Tue - 1hr - skills scan. • B - sat down with her for 45 mins after the huddle "
             "- goals. • C - Sat - 1 hr - rota.")
    assert [r.date for r in p.rows if r.counted and r.minutes == 60 and "rota" in r.text] == [(14, 9)]
    assert all(r.date != (14, 9) for r in p.rows if "sat down" in r.text and r.counted)


def test_review_a_week_heading_with_no_date_ends_the_week_before():
    p = _pdf("Week 1 (w/c 2 Sep) • A - Mon - 1 hr - goals. • B - Wed - 1 hr - goals.",
             "Week 2 • A - Mon - 1 hr - rota. • B - Wed - 1 hr - rota.")
    assert not any(r.counted and r.date in ((2, 9), (4, 9)) and "rota" in r.text for r in p.rows)


def test_a_calendars_subject_names_who_a_session_was_with():
    cal = ("Subject | Start | End | Duration\n"
           "Coaching - K (chemistry) | 06/05/2025 14:00 | 06/05/2025 14:30 | 30 minutes\n"
           "Coaching - L contract | 14/05/2025 10:00 | 14/05/2025 11:00 | 1 hour\n"
           "Coaching - K | 20/05/2025 14:00 | 20/05/2025 15:15 | 1 hour 15 minutes\n"
           "Coaching - Tuesday drop-in | 21/05/2025 10:00 | 21/05/2025 10:30 | 30 minutes")
    p = practice([_doc(("table", cal), file="calendar.docx")])
    assert sorted(p.individuals) == ["K", "L"]
