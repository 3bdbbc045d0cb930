"""Every real-world file in ../shared/corpus/realworld is read as its MANIFEST says a robust
reader must: text where there is text, one clear line where there is not, within a time limit."""

import multiprocessing
from queue import Empty
import re
import tomllib

import pytest

from conftest import REPO

CORPUS = REPO.parent / "shared" / "corpus" / "realworld"
SECONDS = 30
"""Per file; the slowest here reads in well under a second."""

if not (CORPUS / "MANIFEST.toml").exists():
    pytest.skip("../shared/corpus/realworld is not beside this checkout", allow_module_level=True)

ENTRIES = tomllib.loads((CORPUS / "MANIFEST.toml").read_text(encoding="utf-8"))["file"]


def collapse(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def _read(path: str, password, out) -> None:
    from marker.submission.errors import SubmissionError
    from marker.submission.read import read_file

    try:
        document = read_file(path, password)
        out.put(("text", document.text, " ".join(b.text for b in document.kept_apart), ""))
    except SubmissionError as error:
        outcome = "no_text" if error.kind == "no_text" else "error"
        out.put((outcome, "", "", str(error)))


def read_with_limit(path, password=None):
    """Read in a child process so a hang fails this file, not the suite."""
    queue = multiprocessing.get_context("fork").Queue()
    child = multiprocessing.get_context("fork").Process(target=_read, args=(str(path), password, queue))
    child.start()
    try:
        result = queue.get(timeout=SECONDS)  # before join: a big result must be drained first
    except Empty:
        child.kill()
        pytest.fail(f"{path.name}: no result within {SECONDS} s (hung or crashed, exit {child.exitcode})")
    child.join()
    return result


@pytest.mark.parametrize("entry", ENTRIES, ids=[e["name"] for e in ENTRIES])
def test_reads_as_the_manifest_says(entry):
    outcome, body, apart, message = read_with_limit(CORPUS / entry["name"])
    assert outcome in entry["accept"], f"{entry['name']}: got {outcome} ({message})"
    if outcome in ("error", "no_text"):
        assert "\n" not in message and entry["name"] in message
        mentions = entry.get("error_mentions", [])
        assert not mentions or any(m.lower() in message.lower() for m in mentions), message
        return
    body, apart = collapse(body), collapse(apart)
    for text in entry.get("must_contain", []):
        assert collapse(text) in body, f"missing from the body: {text!r}"
    for text in entry.get("must_not_contain", []):
        assert collapse(text) not in body, f"should not be in the body: {text!r}"
    for text in entry.get("appears_once", []):
        assert body.count(collapse(text)) == 1, f"should appear once: {text!r}"
    for text in entry.get("kept_apart", []):
        assert collapse(text) in apart, f"should be kept apart, not lost: {text!r}"


@pytest.mark.parametrize("entry", [e for e in ENTRIES if e.get("with_password_must_contain")],
                         ids=lambda e: e["name"])
def test_password_opens_the_file(entry):
    outcome, body, _, message = read_with_limit(CORPUS / entry["name"], entry["password"])
    assert outcome == "text", message
    for text in entry["with_password_must_contain"]:
        assert collapse(text) in collapse(body)
