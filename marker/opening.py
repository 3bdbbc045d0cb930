"""Starting and resuming marking: session, lock and rubric brought together."""

from __future__ import annotations

from pathlib import Path

from marker.catalogue import Catalogue
from marker.comment_bank import CommentBank
from marker.config import Config
from marker.errors import MarkerError
from marker.lock import acquire
from marker.marking import Marking
from marker.session import Session, next_attempt
from marker.store import load, save
from marker.submission.files import submission_files


def who(config: Config) -> str:
    """The name changes are recorded under: the config's assessor, else the login name."""
    if config.assessor:
        return config.assessor
    import getpass

    return getpass.getuser()


def create_session(config: Config, catalogue: Catalogue, sessions_dir: Path, *, unit: str, files: list[Path],
                   learner_name: str, learner_reg: str, centre_number: str = "", centre_name: str = "") -> Path:
    """Create and save a session for a new submission; its path."""
    rubric = catalogue.get(unit)
    session = Session.new(
        rubric, learner_name=learner_name, learner_reg=learner_reg, files=submission_files(files),
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
    """Create a session for a new submission and open it for marking."""
    return open_marking(config, catalogue, create_session(config, catalogue, sessions_dir, **details))


def open_marking(config: Config, catalogue: Catalogue, path: Path) -> Marking:
    """Open a saved session: locked for this user, or read-only with the reason."""
    session = load(path)
    rubric = catalogue.get(session.unit)
    locked_out = ""
    lock, holder = acquire(path, who(config))
    if lock is None:
        locked_out = f"opened read-only: {holder}"
    try:
        bank = CommentBank()
    except MarkerError:
        bank = None  # an unreadable comment bank must not stop marking; the app says so
    marking = Marking(session, rubric, path, who(config), lock=lock, locked_out=locked_out, bank=bank)
    if rubric.digest != session.rubric_digest:
        marking.warnings.append(f"the {rubric.unit} rubric ({rubric.path.name}) has changed since this session began")
    if bank is None:
        marking.warnings.append("the comment bank could not be read: see `marker config` for its folder")
    return marking


def resubmission(config: Config, catalogue: Catalogue, path: Path, files: list[Path], sessions_dir: Path) -> Path:
    """Save the next attempt of the session at ``path`` on new files; its path."""
    session = load(path)
    attempt = next_attempt(session, catalogue.get(session.unit), submission_files(files), who(config))
    return save(attempt, sessions_dir)
