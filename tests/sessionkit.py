"""Small rubrics and sessions for tests."""

from marker.rubric import load_rubric
from marker.session import Session, SubmissionFile
from test_rubric_validation import VALID_MARKS, VALID_PASS_REFERRAL

# The legacy scheme: 50 to pass, with section minimums.
LEGACY = VALID_MARKS.replace("pass_mark = 5", "pass_mark = 50").replace(
    'max = 6\nmin = 2', 'max = 40\nmin = 15').replace("marks = 4", "marks = 30").replace("marks = 2", "marks = 10").replace(
    'max = 4\ncriteria', 'max = 60\nmin = 20\ncriteria')


def rubric(tmp_path, text=VALID_PASS_REFERRAL, name="unit.toml"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return load_rubric(path)


def session(rubric_, reg="R123", name="Sam Learner"):
    return Session.new(rubric_, learner_name=name, learner_reg=reg,
                       files=[SubmissionFile("essay.docx", "/x/essay.docx", "0" * 64)], assessor="Ann Assessor")
