"""The shipped demo portfolio is the first practice log a new user sees: its figures must be
the ones an assessor counts by hand from its log (6 sessions: 60 + 75 + 90 + 60 + 45 + 50
minutes with Mentee A and Mentee B; one 1-hour meeting with the tutor)."""

from conftest import RUBRICS
from marker.catalogue import find_rubrics
from marker.shipped import DEMO
from marker.submission.checks import run_checks
from marker.submission.read import read_submission


def test_the_demo_portfolio_reads_as_its_log_says():
    rubric = find_rubrics([RUBRICS]).rubrics["8584-201"]
    documents = read_submission([DEMO / "priya-shah-8584-201-portfolio.pdf"]).documents
    practice = run_checks(documents, rubric).practice
    assert (practice.minutes, practice.sessions, len(practice.individuals)) == (380, 6, 2), practice
    assert practice.supervision_minutes == 60, practice
    assert not practice.uncertain, practice
