import pytest

from marker.submission.durations import minutes_in


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
])
def test_durations_as_learners_write_them(text, expected):
    assert minutes_in(text) == expected


@pytest.mark.parametrize("text", [
    "Answer questions 1-2 (6 marks)",
    "AC 1.1 to 1.3",
    "version 2.5 of the model",
    "on 12.10.2024 we agreed goals",
    "2 marks",
])
def test_things_that_are_not_durations(text):
    assert minutes_in(text) == []
