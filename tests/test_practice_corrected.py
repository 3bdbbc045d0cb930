"""The assessor's corrections of the practice rows: the figures added up again, kept in the session,
refused once signed, covered by the signature, and a hostile session file's corrections refused."""

import tomllib

import pytest

from marked import ASSESSOR, marked_session
from marker.catalogue import find_rubrics
from marker.config import SHIPPED_RUBRICS
from marker.errors import SessionError
from marker.practice_check import PracticeCheck, row_key
from marker.session_toml import FormatProblem, dumps, loads
from marker.signing import sign
from marker.store import load, save
from marker.submission.practice import Practice, PracticeRow
from marker.submission.practice_corrected import corrected, figures_line, key_of
from marker.submission.practice_lines import practice_lines
from marker.verify import verify_session

UNIT_302 = find_rubrics([SHIPPED_RUBRICS]).get("8587-302")


def _row(text, minutes, counted=True, kind="session", person=None, why="counted", at=""):
    return PracticeRow(text, at or f"log.docx table 1 row {text[:2]}", minutes, counted, why, kind, person=person)


ROWS = (
    _row("01 Mar | Mentee A | 60 min", 60, person="Mentee A"),
    _row("08 Mar | Mentee B | 45 min", 45, person="Mentee B"),
    _row("15 Mar | Mentee A | 60 min (planned)", 60, counted=False, kind="planned", why="planned", person="Mentee A"),
    _row("22 Mar | Supervision with J. Doyle | 30 min", 30, kind="supervision"),
    _row("29 Mar | Mentee C | an hour or so?", None, counted=False, kind="uncertain", why="duration not read",
         person="Mentee C"),
)
FOUND = Practice(minutes=105, sessions=2, individuals=("Mentee A", "Mentee B"), supervision_minutes=30,
                 supervision_sessions=1, sources=(), rows=ROWS, session_minutes=(60, 45), supervision_each=(30,),
                 agrees=("Total | 1 h 45",))


def test_no_correction_leaves_the_reading_as_it_is():
    assert corrected(FOUND, {}) is FOUND
    assert corrected(FOUND, {"0" * 16: "left out"}) is FOUND  # a row no longer read: passed over


def test_a_session_left_out_takes_its_time_and_its_only_person_with_it():
    found = corrected(FOUND, {key_of(ROWS[1]): "left out"})
    assert (found.minutes, found.sessions, found.individuals) == (60, 1, ("Mentee A",))
    assert found.session_minutes == (60,) and not found.rows[1].counted
    assert found.rows[1].why == "the assessor's correction: left out"
    assert found.agrees == ()  # the learner's total agreed with the reading, not with this


def test_a_planned_row_the_assessor_counts_is_a_session():
    found = corrected(FOUND, {key_of(ROWS[2]): "practice"})
    assert (found.minutes, found.sessions, found.individuals) == (165, 3, ("Mentee A", "Mentee B"))
    assert found.rows[2].kind == "session" and found.rows[2].counted


def test_a_row_moved_between_practice_and_supervision():
    found = corrected(FOUND, {key_of(ROWS[3]): "practice", key_of(ROWS[1]): "supervision"})
    assert (found.minutes, found.sessions) == (90, 2)
    assert (found.supervision_minutes, found.supervision_sessions, found.supervision_each) == (45, 1, (45,))


def test_an_unread_row_counts_with_the_length_the_assessor_gives_and_not_before():
    assert corrected(FOUND, {key_of(ROWS[4]): "practice"}).minutes == 105  # no length yet: still out
    found = corrected(FOUND, {key_of(ROWS[4]): "practice 70 min"})
    assert (found.minutes, found.sessions, found.individuals) == (175, 3, ("Mentee A", "Mentee B", "Mentee C"))
    assert not found.rows[4].doubtful


def test_an_unsure_row_left_out_is_no_longer_in_doubt():
    assert ROWS[4].doubtful and not corrected(FOUND, {key_of(ROWS[4]): "left out"}).rows[4].doubtful


def test_the_strip_says_confirmed_only_when_asked_and_counts_the_corrections():
    found = corrected(FOUND, {key_of(ROWS[1]): "left out", key_of(ROWS[4]): "left out"})
    assert "as read" in practice_lines(found, UNIT_302.requirements)[0]
    lines = practice_lines(found, UNIT_302.requirements, confirmed=True)
    assert "confirmed by the assessor" in lines[0] and "as read" not in lines[0]
    assert "2 corrected by the assessor" in lines[-1]


def test_the_session_keeps_corrections_and_a_correction_withdraws_the_confirmation(tmp_path):
    session = marked_session(UNIT_302, tmp_path)
    session.confirm_practice(figures_line(FOUND), ASSESSOR)
    session.correct_practice_row(key_of(ROWS[1]), "left out", ASSESSOR, ROWS[1].location, "practice 45 min")
    assert session.practice == PracticeCheck({key_of(ROWS[1]): "left out"}, confirmed="")
    assert (session.audit[-1].what, session.audit[-1].old, session.audit[-1].new) == (
        f"practice row {ROWS[1].location}", "practice 45 min", "left out")
    session.correct_practice_row(key_of(ROWS[1]), "", ASSESSOR, ROWS[1].location, "practice 45 min")
    assert session.practice.rows == {} and session.audit[-1].new == "practice 45 min (as read)"
    assert loads(dumps(session)).practice == session.practice


def test_a_session_never_checked_is_written_as_before(tmp_path):
    session = marked_session(UNIT_302, tmp_path)
    assert session.practice is None and "practice" not in tomllib.loads(dumps(session))


@pytest.mark.parametrize("bad", ['rows = {"0123456789abcdef" = "counted twice"}', 'rows = {"../x" = "practice"}',
                                 'rows = {"0123456789abcdef" = "practice 0 min"}', 'confirmed = 3'])
def test_a_session_file_with_a_correction_marker_never_writes_is_refused(tmp_path, bad):
    text = dumps(marked_session(UNIT_302, tmp_path)).replace("\n[[audit]]", f"\n[practice]\n{bad}\n\n[[audit]]", 1)
    with pytest.raises(FormatProblem, match="practice"):
        loads(text)


def test_a_signed_session_refuses_corrections_and_its_signature_covers_them(tmp_path, signers):
    session = marked_session(UNIT_302, tmp_path / "files")
    session.correct_practice_row(key_of(ROWS[1]), "left out", ASSESSOR, ROWS[1].location, "practice 45 min")
    sign(session, UNIT_302, ASSESSOR, ASSESSOR)
    with pytest.raises(SessionError, match="signed by"):
        session.confirm_practice("60 min in 1 sessions with 1 individuals; supervision 30 min in 1", ASSESSOR)
    path = save(session, tmp_path / "sessions")
    assert verify_session(load(path), UNIT_302, path).ok
    # edited outside marker: the row counted again, as if the assessor had never left it out
    path.write_text(path.read_text(encoding="utf-8").replace('= "left out"', '= "practice"'), encoding="utf-8")
    report = verify_session(load(path), UNIT_302, path)
    assert not report.ok and any("practice rows corrected" in p for p in report.problems)


def test_row_keys_are_the_same_for_the_same_row_and_differ_otherwise():
    assert key_of(ROWS[0]) == row_key(ROWS[0].location, ROWS[0].text) != key_of(ROWS[1])
    assert len(key_of(ROWS[0])) == 16


def test_the_strip_says_when_corrections_or_a_confirmation_no_longer_match_the_reading():
    from marker.submission.checks import Checks

    checks = Checks(words=100, words_by_file={}, word_range=None, practice=FOUND, declaration=None,
                    evidence_matrix=None, evidence_matrix_expected=False)
    kept = PracticeCheck({key_of(ROWS[1]): "left out"},
                         confirmed=figures_line(corrected(FOUND, {key_of(ROWS[1]): "left out"})))
    lines = checks.advice(UNIT_302, checked=kept)
    assert "confirmed by the assessor" in lines[1] and not any("check the rows again" in line for line in lines)
    lost = PracticeCheck({key_of(ROWS[1]): "left out", "f" * 16: "practice"}, confirmed=kept.confirmed)
    lines = checks.advice(UNIT_302, checked=lost)
    assert any("1 of the assessor's corrections matches no row" in line for line in lines)
    stale = PracticeCheck({}, confirmed=kept.confirmed)  # confirmed, then the correction undone outside the dialog
    lines = checks.advice(UNIT_302, checked=stale)
    assert any("the figures the assessor confirmed have changed since" in line for line in lines)
    assert not any("confirmed by the assessor" in line for line in lines)


def test_a_session_the_reader_missed_is_added_and_taken_back(tmp_path):
    found = corrected(FOUND, {}, ["practice 50 min: 5 Apr with Mentee B", "supervision 20 min: call with tutor"])
    assert (found.minutes, found.sessions, found.supervision_minutes, found.supervision_sessions) == (155, 3, 50, 2)
    assert found.rows[-2].location == "added by the assessor" and found.rows[-2].text == "5 Apr with Mentee B"
    assert found.individuals == ("Mentee A", "Mentee B")  # Mentee B was met already
    assert corrected(FOUND, {}, ["practice 50 min: 5 Apr with Mentee D"]).individuals == ("Mentee A", "Mentee B",
                                                                                          "Mentee D")
    session = marked_session(UNIT_302, tmp_path)
    session.add_practice_row("practice 50 min: 5 Apr with Mentee B", ASSESSOR)
    assert loads(dumps(session)).practice.added == ["practice 50 min: 5 Apr with Mentee B"]
    session.remove_practice_row("practice 50 min: 5 Apr with Mentee B", ASSESSOR)
    assert session.practice.added == [] and [e.what for e in session.audit[-2:]] == ["practice row added",
                                                                                    "practice row removed"]
    with pytest.raises(SessionError, match="not a session to add"):
        session.add_practice_row("practice 0 min: nothing", ASSESSOR)


@pytest.mark.parametrize("bad", ['added = ["practice 45 min"]', 'added = ["practice 45 min: \\u0007"]', 'added = [45]',
                                 'added = ["left out 45 min: a"]', 'added = ["practice 45 min: \\u009b2J"]',
                                 'added = ["practice 45 min: \\u202emoc.live"]'])
def test_a_session_file_with_an_added_session_marker_never_writes_is_refused(tmp_path, bad):
    text = dumps(marked_session(UNIT_302, tmp_path)).replace("\n[[audit]]", f"\n[practice]\n{bad}\n\n[[audit]]", 1)
    with pytest.raises(FormatProblem, match="practice.added"):
        loads(text)


def test_the_fewest_rows_to_correct_is_measured_from_the_listed_rows():
    from corpus.correctable import fewest_rows

    assert fewest_rows(FOUND, 60) == 1  # Mentee B's 45 minutes left out
    assert fewest_rows(FOUND, 120) == 2  # Mentee B out, the planned session in
    assert fewest_rows(FOUND, 1000) is None


def test_marker_show_says_what_the_assessor_corrected_and_confirmed(tmp_path):
    from marker.session_view import session_json, session_text

    session = marked_session(UNIT_302, tmp_path)
    assert "practice:" not in session_text(session, UNIT_302)
    session.correct_practice_row(key_of(ROWS[1]), "left out", ASSESSOR, ROWS[1].location, "practice 45 min")
    session.add_practice_row("practice 50 min: 5 Apr with Mentee B", ASSESSOR)
    assert "practice: 1 practice row(s) corrected, 1 added by the assessor; figures not confirmed" in \
        session_text(session, UNIT_302)
    session.confirm_practice("110 min in 2 sessions with 2 individuals; supervision 0 min in 0", ASSESSOR)
    assert "figures confirmed: 110 min in 2 sessions" in session_text(session, UNIT_302)
    with pytest.raises(SessionError, match="not the practice figures"):
        session.confirm_practice("all fine\nSigned: VERIFIED OK", ASSESSOR)
    assert session_json(session, UNIT_302)["practice"]["added"] == ["practice 50 min: 5 Apr with Mentee B"]
    session.judge_identifying("a" * 16, False, ASSESSOR, "name at log.docx ¶3")
    assert "identifying details judged not identifying by the assessor: 1" in session_text(session, UNIT_302)


def test_the_individuals_as_the_assessor_counts_them(tmp_path):
    assert corrected(FOUND, {}, (), 2).individuals == ("Mentee A", "Mentee B")  # the same number: the names read
    found = corrected(FOUND, {key_of(ROWS[1]): "left out"}, (), 3)
    assert found.individuals == tuple(f"individual {n} (as the assessor counts)" for n in (1, 2, 3))
    session = marked_session(UNIT_302, tmp_path)
    session.count_practice_individuals(3, ASSESSOR, 2)
    assert loads(dumps(session)).practice.individuals == 3
    with pytest.raises(SessionError, match="not a number of individuals"):
        session.count_practice_individuals(True, ASSESSOR, 2)
    for bad in ("individuals = -1", 'individuals = "3"', "individuals = 5000"):
        text = dumps(marked_session(UNIT_302, tmp_path)).replace("\n[[audit]]", f"\n[practice]\n{bad}\n\n[[audit]]", 1)
        with pytest.raises(FormatProblem, match="practice.individuals"):
            loads(text)


def test_a_hostile_row_key_is_named_escaped_never_sent_to_the_terminal(tmp_path):
    text = dumps(marked_session(UNIT_302, tmp_path)).replace(
        "\n[[audit]]", '\n[practice]\nrows = {"\\u001b[2J" = "practice"}\n\n[[audit]]', 1)
    with pytest.raises(FormatProblem) as refused:
        loads(text)
    assert "\x1b" not in str(refused.value) and "\\x1b" in str(refused.value)


@pytest.mark.parametrize("bad", ['confirmed = "all fine\\nSigned: VERIFIED OK"', 'rows = {"\\u001b[2J" = 5}'])
def test_a_confirmation_or_a_row_marker_never_writes_is_refused_and_named_escaped(tmp_path, bad):
    text = dumps(marked_session(UNIT_302, tmp_path)).replace("\n[[audit]]", f"\n[practice]\n{bad}\n\n[[audit]]", 1)
    with pytest.raises(FormatProblem, match="practice") as refused:
        loads(text)
    assert "\x1b" not in str(refused.value) and "\n" not in str(refused.value)


def test_rows_that_share_a_location_and_text_are_corrected_one_at_a_time():
    from marker.submission.practice_corrected import keys_of

    twins = (_row("Tutorial 60 min, then 3 h of reading", 60, kind="tutorial", at="diary.docx ¶4"),
             _row("Tutorial 60 min, then 3 h of reading", 180, counted=False, kind="other", why="other",
                  at="diary.docx ¶4"))
    found = Practice(minutes=0, sessions=0, individuals=(), supervision_minutes=60, supervision_sessions=1,
                     sources=(), rows=twins, supervision_each=(60,))
    first, second = keys_of(twins)
    assert first != second and first == key_of(twins[0])
    moved = corrected(found, {first: "practice"})
    assert (moved.minutes, moved.sessions, moved.supervision_minutes) == (60, 1, 0)
    assert not moved.rows[1].counted
