"""Every change to a session is validated and lands in the append-only audit log."""

from datetime import UTC, datetime, timedelta

import pytest

import marker.session as session_module
from marker.errors import SessionError
from marker.session import Decision, Session, Status, SubmissionFile, next_attempt
from sessionkit import LEGACY, rubric, session


class Clock:
    """A settable UTC clock for the audit log's timestamps."""

    def __init__(self):
        self.now = datetime(2025, 3, 1, 9, 30, tzinfo=UTC)

    def __call__(self):
        return self.now

    def advance(self, seconds):
        self.now += timedelta(seconds=seconds)


@pytest.fixture
def clock(monkeypatch):
    c = Clock()
    monkeypatch.setattr(session_module, "_utcnow", c)
    return c


@pytest.fixture
def pr(tmp_path):
    return rubric(tmp_path)


@pytest.fixture
def marked(tmp_path):
    return rubric(tmp_path, LEGACY, "legacy.toml")


def changes(s, start=1):
    return [(e.who, e.what, e.old, e.new) for e in s.audit[start:]]


def test_new_session_has_every_criterion_unmarked(pr, clock):
    s = Session.new(pr, learner_name="Sam", learner_reg="R1", files=[SubmissionFile("a.docx", "/a.docx", "0" * 64)],
                    centre_number="C1", centre_name="Centre", assessor="Ann")
    assert len(s.id) == 32 and s.unit == pr.unit and s.rubric_digest == pr.digest
    assert (s.attempt, s.previous, s.status) == (1, "", Status.DRAFT)
    assert {r: e.decision for r, e in s.criteria.items()} == {"1.1": Decision.UNMARKED, "1.2": Decision.UNMARKED}
    assert s.sections == {} and s.qa.outcome == "" and s.signatures == []
    assert s.created == s.updated == "2025-03-01T09:30:00+00:00"
    assert [(e.who, e.what) for e in s.audit] == [("Ann", "session created")]


def test_new_marked_session_has_every_section_without_a_mark(marked):
    s = session(marked)
    assert list(s.sections) == ["1", "2"] and all(e.mark is None for e in s.sections.values())
    assert s.criteria == {}


def test_two_sessions_never_share_an_id(pr):
    assert session(pr).id != session(pr).id


def test_decisions_are_audited_old_to_new(pr, clock):
    s = session(pr)
    s.set_decision("1.1", Decision.PASS, "Ann")
    clock.advance(5)
    s.set_decision("1.1", "referral", "Ann")  # the plain value works too
    s.set_decision("1.1", Decision.REFERRAL, "Ann")  # no change: no entry
    assert changes(s) == [("Ann", "AC 1.1 decision", "unmarked", "pass"), ("Ann", "AC 1.1 decision", "pass", "referral")]
    assert s.criteria["1.1"].decision is Decision.REFERRAL
    assert s.updated == "2025-03-01T09:30:05+00:00"


def test_unknown_refs_and_decisions_are_refused(pr, marked):
    s = session(pr)
    with pytest.raises(SessionError, match="has no criterion '9.9'"):
        s.set_decision("9.9", Decision.PASS, "Ann")
    with pytest.raises(SessionError, match="'maybe' is not a decision"):
        s.set_decision("1.1", "maybe", "Ann")
    with pytest.raises(SessionError, match="has no criterion"):
        s.set_feedback("9.9", "x", "Ann")
    with pytest.raises(SessionError, match="has no section '1'"):
        s.set_mark(marked, "1", 3, "Ann")
    m = session(marked)
    with pytest.raises(SessionError, match="has no section '7'"):
        m.set_strengths("7", "x", "Ann")
    with pytest.raises(SessionError, match="has no question '9'"):
        m.set_question_mark(marked, "1", "9", 1, "Ann")
    assert len(s.audit) == 1 and len(m.audit) == 1, "a refused change leaves no audit entry"


def test_typing_coalesces_into_one_entry_per_minute(pr, clock):
    s = session(pr)
    for text in ("G", "Go", "Goo", "Good"):
        clock.advance(10)
        s.set_feedback("1.1", text, "Ann")
    assert changes(s) == [("Ann", "AC 1.1 feedback", "", "Good")]
    assert s.audit[-1].at == "2025-03-01T09:30:40+00:00", "the entry takes the time of the latest keystroke"
    clock.advance(61)
    s.set_feedback("1.1", "Good work", "Ann")
    assert changes(s)[-1] == ("Ann", "AC 1.1 feedback", "Good", "Good work"), "a pause over a minute starts a new entry"


def test_coalescing_stops_at_another_field_or_another_person(pr, clock):
    s = session(pr)
    s.set_feedback("1.1", "A", "Ann")
    s.set_feedback("1.2", "B", "Ann")
    s.set_feedback("1.1", "AA", "Ann")
    s.set_feedback("1.1", "AAB", "Bob")
    assert changes(s) == [("Ann", "AC 1.1 feedback", "", "A"), ("Ann", "AC 1.2 feedback", "", "B"),
                          ("Ann", "AC 1.1 feedback", "A", "AA"), ("Bob", "AC 1.1 feedback", "AA", "AAB")]


def test_a_decision_between_keystrokes_ends_the_coalescing(pr, clock):
    s = session(pr)
    s.set_feedback("1.1", "Clear", "Ann")
    s.set_decision("1.1", Decision.PASS, "Ann")
    s.set_feedback("1.1", "Clear.", "Ann")
    assert [e.what for e in s.audit[1:]] == ["AC 1.1 feedback", "AC 1.1 decision", "AC 1.1 feedback"]
    assert s.audit[-1].old == "Clear"


def test_typing_and_undoing_within_the_minute_leaves_no_entry(pr, clock):
    s = session(pr)
    s.set_feedback("1.1", "x", "Ann")
    s.set_feedback("1.1", "", "Ann")
    assert changes(s) == []


def test_the_audit_log_is_append_only(pr, clock):
    s = session(pr)
    s.set_decision("1.1", Decision.PASS, "Ann")
    before = [(e.at, e.what, e.old, e.new) for e in s.audit]
    clock.advance(120)
    s.set_feedback("1.1", "text", "Ann")
    s.set_lo_comment("1", "LO", "Ann")
    assert [(e.at, e.what, e.old, e.new) for e in s.audit[:len(before)]] == before


def test_pins_and_unpins(pr, clock):
    s = session(pr)
    s.pin("1.1", "essay.docx ¶12", "Ann")
    s.pin("1.1", "essay.docx ¶12", "Ann")  # pinned already: once
    s.pin("1.1", "essay.docx p.3", "Ann")
    s.unpin("1.1", "essay.docx ¶12", "Ann")
    s.unpin("1.1", "never pinned", "Ann")
    assert s.criteria["1.1"].evidence == ["essay.docx p.3"]
    assert changes(s) == [("Ann", "AC 1.1 evidence pinned", "", "essay.docx ¶12"),
                          ("Ann", "AC 1.1 evidence pinned", "", "essay.docx p.3"),
                          ("Ann", "AC 1.1 evidence unpinned", "essay.docx ¶12", "")]
    with pytest.raises(SessionError, match="cannot be empty"):
        s.pin("1.1", "  ", "Ann")


def test_lo_comments(pr, clock):
    s = session(pr)
    s.set_lo_comment("1", "Both ACs well evidenced", "Ann")
    assert s.lo_comments == {"1": "Both ACs well evidenced"}
    assert changes(s) == [("Ann", "LO 1 comment", "", "Both ACs well evidenced")]


def test_marked_unit_entries(marked, clock):
    s = session(marked)
    s.set_mark(marked, "1", 25, "Ann")
    s.set_question_mark(marked, "1", "2", 7, "Ann")
    s.set_strengths("1", "Clear structure", "Ann")
    s.set_weaknesses("1", "Few examples", "Ann")
    s.set_question_mark(marked, "1", "2", None, "Ann")
    entry = s.sections["1"]
    assert (entry.mark, entry.strengths, entry.weaknesses, entry.question_marks) == (25, "Clear structure", "Few examples", {})
    assert changes(s) == [("Ann", "section 1 mark", "", "25"), ("Ann", "question 2 mark", "", "7"),
                          ("Ann", "section 1 strengths", "", "Clear structure"),
                          ("Ann", "section 1 weaknesses", "", "Few examples"), ("Ann", "question 2 mark", "7", "")]


def test_a_mark_for_a_section_the_rubric_lost_names_the_rubric(marked, tmp_path):
    s = session(marked)
    smaller = rubric(tmp_path, LEGACY.split("[[sections]]\nref = \"2\"")[0].replace("pass_mark = 50", "pass_mark = 20"),
                     "smaller.toml")
    with pytest.raises(SessionError, match="smaller.toml\\) has no section '2'"):
        s.set_mark(smaller, "2", 3, "Ann")


# --- resubmission


def test_resubmission_carries_passed_criteria_forward(pr, clock):
    s = session(pr)
    s.set_decision("1.1", Decision.PASS, "Ann")
    s.set_feedback("1.1", "Good", "Ann")
    s.pin("1.1", "essay.docx ¶3", "Ann")
    s.set_decision("1.2", Decision.REFERRAL, "Ann")
    s.set_feedback("1.2", "Only one example", "Ann")
    new_files = [SubmissionFile("essay-v2.docx", "/x/essay-v2.docx", "1" * 64)]
    again = next_attempt(s, pr, new_files, "Bob")
    assert (again.attempt, again.previous, again.files) == (2, s.id, new_files)
    assert again.id != s.id and (again.learner_name, again.learner_reg) == (s.learner_name, s.learner_reg)
    carried = again.criteria["1.1"]
    assert (carried.decision, carried.feedback, carried.evidence, carried.carried) == (
        Decision.PASS, "Good", ["essay.docx ¶3"], True)
    fresh = again.criteria["1.2"]
    assert (fresh.decision, fresh.feedback, fresh.carried) == (Decision.UNMARKED, "", False)
    assert [(e.who, e.what, e.old, e.new) for e in again.audit] == [
        ("Bob", "resubmission", f"attempt 1 ({s.id})", "attempt 2; carried forward: 1.1")]
    assert s.criteria["1.1"].carried is False, "the earlier attempt is left as it was"


def test_deciding_a_carried_criterion_again_clears_carried(pr):
    s = session(pr)
    s.set_decision("1.1", Decision.PASS, "Ann")
    again = next_attempt(s, pr, s.files, "Ann")
    again.set_decision("1.1", Decision.REFERRAL, "Ann")
    assert again.criteria["1.1"].carried is False


def test_a_third_attempt_points_at_the_second(pr):
    s = session(pr)
    second = next_attempt(s, pr, s.files, "Ann")
    third = next_attempt(second, pr, s.files, "Ann")
    assert (third.attempt, third.previous) == (3, second.id)


def test_resubmission_of_a_marked_unit_carries_sections_at_their_minimum(marked):
    s = session(marked)
    s.set_mark(marked, "1", 15, "Ann")  # exactly the minimum
    s.set_strengths("1", "Fine", "Ann")
    s.set_mark(marked, "2", 19, "Ann")  # below 20
    again = next_attempt(s, marked, s.files, "Ann")
    assert (again.sections["1"].mark, again.sections["1"].strengths, again.sections["1"].carried) == (15, "Fine", True)
    assert (again.sections["2"].mark, again.sections["2"].carried) == (None, False)
    assert again.audit[-1].new == "attempt 2; carried forward: section 1"


def test_resubmission_needs_the_same_unit(pr, marked):
    with pytest.raises(SessionError, match="cannot use the X1 rubric"):
        next_attempt(session(pr), marked, [], "Ann")
