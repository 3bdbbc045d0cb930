import pytest

from marker.submission.durations import bare_lengths, durations_in, minutes_in, read_duration


@pytest.mark.parametrize("text, expected", [
    ("Session lasted 60 minutes", [60]),
    ("1 hour 15 mins with Mentee A", [75]),
    ("1h", [60]),
    ("1h 30m", [90]),
    ("1.5 hrs", [90]),
    ("45 mins", [45]),
    ("2 hours and 10 minutes", [130]),
    ("09:00-10:30", [90]),
    ("9.30am – 11am", [90]),
    ("14:00 to 15:15", [75]),
    ("11:30-1:00", [90]),
    ("met at 10:00 for 30 mins", [30]),
    ("12/10/2024 | Mentee B | 40 min | goals", [40]),
    # as learners write them in logs and diaries (issue 13)
    ("45 mins", [45]),
    ("1 hr 15", [75]),
    ("1 hr 30", [90]),
    ("2 hours 15", [135]),
    ("10:00–11:30", [90]),
    ("from 10:00 to 11:30", [90]),
    ("3.45–4.15pm", [30]),
    ("9am-10.30am", [90]),
    ("2½ hours", [150]),
    ("1 ½ hrs", [90]),
    ("1¼ hours", [75]),
    ("¾ hour", [45]),
    ("1h30m", [90]),
    ("1h 45m", [105]),
    ("2hrs30mins", [150]),
    ("90min", [90]),
    ("1.25 hrs", [75]),
    ("1:30 hrs", [90]),
    ("an hour", [60]),
    ("an hour and a half", [90]),
    ("it was a full hour on Teams", [60]),
    ("two whole hours", [120]),
    ("an hour and a quarter", [75]),
    ("half an hour", [30]),
    ("a quarter of an hour", [15]),
    ("two hours", [120]),
    ("one and a half hours", [90]),
    ("forty-five minutes", [45]),
    ("a ten-minute phone call", [10]),
    ("a 60-minute session", [60]),
    ("met for 1h 45m, then Mentee B for 45 minutes", [105, 45]),
])
def test_durations_as_learners_write_them(text, expected):
    assert minutes_in(text) == expected


@pytest.mark.parametrize("text", [
    "Answer questions 1-2 (6 marks)",
    "AC 1.1 to 1.3",
    "version 2.5 of the model",
    "on 12.10.2024 we agreed goals",
    "2 marks",
    "within 24 hours of the call",
    "48 hours' notice",
    "half term",
    "one of the hours I enjoyed",
    "three sessions",
    "AC 2.1 – 2.5",
])
def test_things_that_are_not_durations(text):
    assert minutes_in(text) == []


@pytest.mark.parametrize("text, unit, expected", [
    ("1.5", "hours", 90),
    ("2", "hours", 120),
    ("0.25", "hours", 15),
    ("45", "minutes", 45),
    ("1 hr 15", None, 75),
    ("1 hr 15", "hours", 75),
    ("", "hours", None),
    ("cancelled – J was ill", "hours", None),
    ("about an hour-ish", None, 60),
    ("all morning", None, None),
    ("12", None, None),
])
def test_a_cell_is_read_with_its_column_unit(text, unit, expected):
    assert read_duration(text, unit) == expected


@pytest.mark.parametrize("text", ["", "—", "1 hr ?", "½", "99999 hours", "1" * 500, "h" * 500 + "1h", "\x00 12:61–13:00"])
def test_nothing_raises(text):
    minutes_in(text)
    read_duration(text, "hours")
    read_duration(text, None)


@pytest.mark.parametrize("text, expected", [
    ("between 2pm and 3.30pm", [90]),
    ("from 10am until 11.30am", [90]),
    # round 11: the start and the finish told apart
    ("the minibus was late so we started at 1.40 and finished at 2.10", [30]),
    ("We began at 9.15am, and we finished at 10am", [45]),
])
def test_spans_in_sentences(text, expected):
    assert minutes_in(text) == expected


# --- lengths learners leave uncertain, several sessions at once, hours and minutes bare (issue 13) ---

@pytest.mark.parametrize("text, low", [
    ("60-90 mins", 60),
    ("somewhere between 60-90 mins", 60),
    ("1-1½ hrs", 60),
    ("45–60 minutes", 45),
    ("60 to 90 minutes", 60),
])
def test_a_range_of_lengths_is_found_but_uncertain(text, low):
    (found,) = durations_in(text)
    assert found.uncertain and found.minutes == low


def test_sessions_times_a_length():
    (found,) = durations_in("Mentoring: 2 x 30 mins (Tuesday and Thursday)")
    assert (found.minutes, found.count, found.uncertain) == (60, 2, False)
    assert [d.count for d in durations_in("3 × 45 mins")] == [3]
    assert [d.count for d in durations_in("45 mins")] == [1]


@pytest.mark.parametrize("text, expected", [
    ("we met for an hour and ten minutes", [70]),
    ("two hours and twenty minutes", [140]),
    ("1 hour, then 10 minutes later", [60, 10]),
])
def test_minutes_in_words_after_the_hours(text, expected):
    assert minutes_in(text) == expected


@pytest.mark.parametrize("text, unit, expected", [
    ("1:30", "guess", 90),
    ("0:45", "hours", 45),
    ("1.30", "guess", 90),     # hours.minutes, as people write it
    ("1.25", "guess", 75),     # quarters are decimal hours
    ("1.50", "guess", 90),
    ("1.50", "h.mm", 110),     # a column whose other values are hours.minutes
    ("1.30", None, None),      # no column to say it is a length
])
def test_bare_hours_and_minutes_in_a_length_column(text, unit, expected):
    assert read_duration(text, unit) == expected


def test_a_bare_length_standing_as_a_log_lines_field():
    assert [d.minutes for d in bare_lengths("26 Jan – Mentee K – 1.30 – role play")] == [90]
    assert [d.minutes for d in bare_lengths("12/01 | A | 1:30 | notes")] == [90]
    assert bare_lengths("we met at 1:30 for lunch") == []
    assert bare_lengths("version 2.15 of the handbook") == []


@pytest.mark.parametrize("text, expected", [
    ("a half-hour session", [30]),
    ("half hour with Mentee 1", [30]),
    ("1 and a half hours", [90]),
    ("2 and a quarter hours", [135]),
])
def test_half_hours_as_learners_type_them(text, expected):
    assert minutes_in(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("With Mark for 11⁄2 hours.", [90]),  # "1½" as a PDF's text gives it back
    ("2 1⁄2 hours", [150]),
    ("3⁄4 hour", [45]),
])
def test_fractions_as_a_pdf_spells_them(text, expected):
    assert minutes_in(text) == expected


def test_no_text_makes_the_duration_reader_raise():
    from hypothesis import given, settings, strategies as st

    pieces = st.sampled_from(["1", "30", "1.30", "1:30", "-", "–", " ", "x", "2 x ", "mins", "hrs", "½", "1⁄2", "and",
                              "an hour", "60-90", "Mentee 1", "|", "to", "h", "m", ".", "12/03"])

    @settings(max_examples=300, deadline=None)
    @given(st.lists(pieces, max_size=12).map("".join), st.sampled_from([None, "hours", "minutes", "h.mm", "guess"]))
    def check(text, unit):
        for found in durations_in(text) + bare_lengths(text):
            assert found.minutes > 0 and found.count >= 1
        read_duration(text, unit)

    check()


@pytest.mark.parametrize("text, expected", [
    ("1 1/2 hours", [90]), ("1/2 hour", [30]), ("3/4 hr", [45]), ("three-quarters of an hour", [45]),
    ("1,5 hours", [90]), ("1 hour, 15 minutes", [75]), ("2 hours, 30 mins", [150]),
])
def test_fractions_typed_with_a_slash_and_a_decimal_comma(text, expected):
    # "1 1/2 hours" once read as 2 hours, "3/4 hr" as 4: wrong and sure
    assert minutes_in(text) == expected


def test_a_date_is_not_a_typed_fraction():
    from marker.submission.practice_rules import date_in
    assert date_in("1/2 hour") is None and date_in("on 1/2 for 1 hr") == (1, 2)
    assert minutes_in("on 1/2 for 1 hr") == [60]


# --- the formats learners write, as one table (issue 13, round 7) ---

@pytest.mark.parametrize("text, expected", [
    ("45 mins", [45]),
    ("45'", [45]),
    ("90'", [90]),
    ("1 hr 15", [75]),
    ("1h15", [75]),
    ("1h15m", [75]),
    ("1hr 15mins", [75]),
    ("1.25 hrs", [75]),
    ("1.5h", [90]),
    ("2½ hours", [150]),
    ("2 1/2 hours", [150]),
    ("half an hour", [30]),
    ("an hour and a half", [90]),
    ("one hour fifteen", [75]),
    ("one hour fifteen minutes", [75]),
    ("one hour thirty", [90]),
    ("two hours forty-five", [165]),
    ("three quarters of an hour", [45]),
    ("10:00–11:30", [90]),
    ("10.00-11.30", [90]),
    ("1400-1530", [90]),
    ("1400–1500", [60]),
    ("0930hrs – 1045hrs", [75]),
    ("10.15am to 11am", [45]),
    ("9am-10.30am", [90]),
    ("from 2pm until 3.15", [75]),
    # the learner's own exact figure wins over the hedge it pins down or glosses
    ("just over an hour — call it 65 minutes", [65]),
    ("about an hour (65 mins)", [65]),
    ("65 minutes (just over an hour)", [65]),
    # two lengths with no hedge stay two
    ("met for 1 hour, then 30 mins later with B", [60, 30]),
])
def test_every_format_in_the_table(text, expected):
    assert minutes_in(text) == expected


@pytest.mark.parametrize("text", [
    "between 2019-2020 we", "the '90s", "call 0161-2000", "1 hour fifteen days later",
])
def test_format_look_alikes_are_not_read(text):
    assert [d.minutes for d in durations_in(text) if not d.uncertain] == [m for m in minutes_in(text) if m == 60]


def test_a_year_like_clock_span_is_listed_not_counted():
    (found,) = durations_in("2000-2030")
    assert found.uncertain


def test_a_bare_clock_figure_is_never_counted_as_sure():
    # "1:15" alone may be a length or the time it began: read in a length column, uncertain as a log's field
    assert minutes_in("1:15") == []
    assert read_duration("1:15", "guess") == 75
    assert [(d.minutes, d.uncertain) for d in bare_lengths("1:15")] == [(75, True)]


@pytest.mark.parametrize("text, expected", [
    ("one hr fifteen", [75]),
    ("90 mins (1.5 hrs)", [90]),
    ("1.5 hrs / 90 mins", [90]),
    ("1 hr, 1 hr, 1 hr", [60, 60, 60]),  # equal lengths with a comma between: sessions, not one restated
])
def test_a_length_said_twice_is_one(text, expected):
    assert minutes_in(text) == expected


def test_a_reading_chosen_between_two_is_counted_but_marked_guessed():
    (found,) = durations_in("1.15 hrs")
    assert (found.minutes, found.guessed, found.uncertain) == (75, True, False)
    assert not durations_in("1.25 hrs")[0].guessed  # a quarter: decimal hours, one reading
    assert not durations_in("1.15 hrs (75 mins)")[0].guessed  # the learner's gloss settles it
    assert not durations_in("our hour on the draft")[0].guessed  # a session's length said without a number: one reading


def test_a_number_in_words_with_a_short_unit_is_read_or_listed():
    assert minutes_in("twenty mins with A") == [20]


@pytest.mark.parametrize("text, minutes, count", [
    ("I had two supervision sessions of 45 minutes with my tutor", 90, 2),
    ("three one-to-one meetings of 30 mins", 90, 3),
    ("the two of us spent 45 minutes", 45, 1),
])
def test_sessions_of_a_length_with_their_kind_between(text, minutes, count):
    (found,) = durations_in(text)
    assert (found.minutes, found.count) == (minutes, count)


def test_a_dates_day_or_month_is_no_clock_time():
    # "03/07 - 1.25 hrs" was read as 07:00 to 1:25, six hours and more
    assert [d.minutes for d in durations_in("03/07 - 1.25 hrs - He ran the pass for a Friday service")] == [75]
    assert [d.minutes for d in durations_in("12/06 - 0.75 hrs - a welfare chat")] == [45]
