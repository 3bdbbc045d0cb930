"""The domain core never imports Textual: it stays fast to test and usable from the CLI."""

import subprocess
import sys

from conftest import REPO

CORE = ["marker.rubric", "marker.catalogue", "marker.config", "marker.session", "marker.outcome", "marker.store", "marker.session_toml",
        "marker.lock", "marker.marking", "marker.opening", "marker.comment_bank", "marker.session_view",
        "marker.submission.read", "marker.submission.locate", "marker.submission.checks", "marker.submission.report",
        "marker.export", "marker.export.select", "marker.export.bundle", "marker.export.schedule",
        "marker.export.manifest", "marker.export.names", "marker.cli.export"]


def test_core_modules_do_not_import_textual():
    code = "import sys\n" + "".join(f"import {m}\n" for m in CORE) + "print('textual' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"


def test_starting_the_app_loads_no_document_library():
    """python-docx, lxml and pypdf load only when a sheet is written or a file is read
    uncached: each costs tens of milliseconds of every start-up otherwise."""
    modules = ["marker.cli", "marker.tui.app", "marker.tui.screens.marking", "marker.tui.screens.home",
               "marker.tui.screens.qa"]
    code = ("import sys\n" + "".join(f"import {m}\n" for m in modules)
            + "print(sorted({m.split('.')[0] for m in sys.modules} & {'docx', 'lxml', 'pypdf', 'tomlkit'}))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
