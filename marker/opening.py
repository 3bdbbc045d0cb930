"""Starting and resuming marking: session, lock and rubric brought together."""

from __future__ import annotations

from pathlib import Path

from marker.catalogue import Catalogue
from marker.comment_bank import CommentBank
from marker.config import Config
from marker.errors import MarkerError, SessionError
from marker.identity import actor, who
from marker.listing_index import list_briefs
from marker.lock import acquire
from marker.marking import Marking
from marker.open_session import OpenSession
from marker.outcome import unit_outcome
from marker.rules import resubmission_refusal
from marker.session import Session, SubmissionFile, next_attempt
from marker.store import list_sessions, load, save
from marker.submission.files import submission_files


def create_session(config: Config, catalogue: Catalogue, sessions_dir: Path, *, unit: str,
                   files: list[Path] | list[SubmissionFile], learner_name: str, learner_reg: str,
                   centre_number: str = "", centre_name: str = "") -> Path:
    """Create and save a session for a new submission; its path."""
    rubric = catalogue.get(unit)
    if not all(isinstance(f, SubmissionFile) for f in files):
        files = submission_files(files)
    session = Session.new(
        rubric, learner_name=learner_name, learner_reg=learner_reg, files=files,
        centre_number=centre_number or config.centre_number, centre_name=centre_name or config.centre_name,
        assessor=who(config),
    )
    return save(session, sessions_dir)


def check_readable(files: list[Path], password: str | None = None) -> None:
    """Read the submission before a session is made for it.

    An empty, encrypted or unreadable file is refused here with the reader's own line,
    instead of a 0-word session whose problem shows only in a toast. The reading is
    cached, so the marking screen's own reading of the same files is quick.

    Raises:
        MarkerError: a file cannot be read, or the folders named hold no document.
    """
    from marker.submission.read import read_submission  # the readers load only when a submission is read

    submission = read_submission(files, password=password)
    if submission.errors:
        more = len(submission.errors) - 1
        others = f" ({more} more file{'' if more == 1 else 's'} cannot be read either)" if more else ""
        raise MarkerError(f"{submission.errors[0]}; no session was created{others}")
    if not submission.documents:
        raise MarkerError(f"{files[0]}: holds no document marker can read (.docx, .pdf, .txt, .md); "
                          "no session was created")


def start_marking(config: Config, catalogue: Catalogue, sessions_dir: Path, **details) -> Marking:
    """Open a submission for marking: its own session if it has one, else a new one.

    Marking the same files for the same learner and unit twice resumes the first session,
    so the assessor's decisions stay in one place instead of a second attempt-1 session.
    """
    files = submission_files(details.pop("files"))
    earlier = session_of(sessions_dir, catalogue, details["unit"], details["learner_reg"], files)
    if earlier is None:
        return open_marking(config, catalogue, create_session(config, catalogue, sessions_dir, files=files, **details))
    marking = open_marking(config, catalogue, earlier)
    marking.warnings.append(f"these files already have a session ({earlier.name}): resumed it")
    return marking


def session_of(sessions_dir: Path, catalogue: Catalogue, unit: str, learner_reg: str,
               files: list[SubmissionFile]) -> Path | None:
    """The newest session of this learner and unit on exactly these files (by content), if any.

    The listing index says which sessions are this learner's for this unit without reading every file
    of years of them; only those are read in full, for their files."""
    # Only this unit's rubric: the others' rows are not wanted, and parsing every rubric
    # would cost the start-up of `marker mark` a few tens of milliseconds.
    listed, _ = list_briefs(sessions_dir, {unit: catalogue.get(unit)})
    mine = sorted((item.facts["attempt"], item.path) for item in listed
                  if not item.problem and item.facts["unit"] == unit
                  and str(item.facts["learner_reg"]).strip() == learner_reg.strip())
    wanted = sorted(f.sha256 for f in files)
    for _, path in reversed(mine):
        try:
            if sorted(f.sha256 for f in load(path).files) == wanted:
                return path
        except SessionError:
            continue  # changed or broken since it was listed: not one to resume
    return None


def open_marking(config: Config, catalogue: Catalogue, path: Path) -> Marking:
    """Open a saved session: locked for this user, or read-only with the reason."""
    session = load(path)
    rubric = catalogue.get(session.unit)
    me = actor(config)
    lock, holder = acquire(path, me.name)
    opened = OpenSession(session, rubric, path, me, lock=lock, locked_out="" if lock else f"opened read-only: {holder}")
    try:
        bank = CommentBank()
    except MarkerError:
        bank = None  # an unreadable comment bank must not stop marking; the app says so
    if rubric.digest != session.rubric_digest:
        opened.warnings.append(f"the {rubric.unit} rubric ({rubric.path.name}) has changed since this session began")
    if bank is None:
        opened.warnings.append("the comment bank could not be read: see `marker config` for its folder")
    return Marking(opened, bank)


def resubmission(config: Config, catalogue: Catalogue, path: Path, files: list[Path], sessions_dir: Path) -> Path:
    """Save the next attempt of the session at ``path`` on new files; its path.

    Raises:
        MarkerError: the rules refuse it (see ``marker.rules.resubmission_refusal``), in one line.
    """
    session = load(path)
    rubric = catalogue.get(session.unit)
    new_files = submission_files(files)
    found, _ = list_sessions(sessions_dir)
    later = next((s.path.name for s in found if s.session.previous == session.id), "")
    refused = resubmission_refusal(session, actor(config), unit_outcome(session, rubric).result.value,
                                   new_files, later)
    if refused:
        raise MarkerError(f"{path.name}: no resubmission: {refused}")
    return save(next_attempt(session, rubric, new_files, who(config)), sessions_dir)
