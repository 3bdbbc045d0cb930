"""Times of day as people say them: read as the clock times they are, in their place."""

from marker.submission.durations import durations_in
from marker.submission.spoken_clocks import as_digits


def test_spoken_clock_times_keep_their_place_in_the_text():
    text = "from ten to two until half past two. He knows"
    digits = as_digits(text)
    assert len(digits) == len(text) and digits.split() == ["from", "1:50", "until", "2:30", ".", "He", "knows"]


def test_a_span_of_spoken_clock_times_is_a_length():
    assert [d.minutes for d in durations_in("First session with D, from ten to two until half past two.")] == [40]
    assert [d.minutes for d in durations_in("quarter past ten till quarter past eleven")] == [60]
    assert [d.minutes for d in durations_in("Started with K, 9.15 until 10 o'clock.")] == [45]
    assert [d.minutes for d in durations_in("half one to twenty past two")] == [50]
    assert [d.minutes for d in durations_in("Twenty past nine to ten.")] == [40]
    assert [d.minutes for d in durations_in("M on his own, ten past nine to five to ten.")] == [45]
    assert [d.minutes for d in durations_in("K, 2 till 3 in the afternoon instead.")] == [60]


def test_words_that_only_look_like_a_clock_are_not_one():
    assert [d.minutes for d in durations_in("an hour and a half")] == [90]
    assert durations_in("we met from 1 to 2 weeks later, half the group") == []
    assert durations_in("ten to two sessions a month") == []
    assert [d.minutes for d in durations_in("between 2 and 3 hours")] != [60]


def test_a_span_past_midnight_on_a_24_hour_clock():
    assert [d.minutes for d in durations_in("05/02/25 23:40–00:25 first meeting")] == [45]
    assert [d.minutes for d in durations_in("26/02/25 23:50 - 01:05 handover")] == [75]
    assert [d.minutes for d in durations_in("Week 1: 12.30 – 1.00 in the library")] == [30]  # lunchtime, a 12-hour habit
