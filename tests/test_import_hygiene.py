"""The layers stay in order, for every module: found with ``pkgutil.walk_packages``, never a hand-kept list.

- The domain core (every module outside ``marker.tui`` and the command line) never
  imports Textual: it stays fast to test and usable from the CLI.
- Imports go down the tiers only — model, then the work done on it, then the app, then
  the command line — and there is no circle anywhere, counting imports inside functions
  (a circle hidden by a function-level import is still a circle).
"""

import ast
import importlib.util
import pkgutil
import subprocess
import sys
from pathlib import Path

import marker
from conftest import REPO

MODULES = sorted(m.name for m in pkgutil.walk_packages(marker.__path__, "marker."))
MODEL = ("marker.errors", "marker.fileio", "marker.report", "marker.shipped", "marker.config", "marker.rubric_lines",
         "marker.rubric", "marker.items", "marker.session", "marker.people", "marker.outcome", "marker.rules", "marker.record",
         "marker.audit_chain", "marker.fingerprints", "marker.names", "marker.practice_check")
"""What a session and its rules are: nothing here knows about files of sessions, screens or commands."""


def tier(module: str) -> int:
    if module.startswith("marker.cli") or module == "marker.__main__":
        return 3
    if module.startswith("marker.tui"):
        return 2
    return 0 if module in MODEL else 1


def imported(module: str) -> set[str]:
    """Every module ``module`` imports, anywhere in its text (top level, functions, TYPE_CHECKING)."""
    spec = importlib.util.find_spec(module)
    package = module if spec.submodule_search_locations else module.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(Path(spec.origin).read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parent = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(parent + ([node.module] if node.module else []))
            found.add(base)
            found.update(f"{base}.{alias.name}" for alias in node.names if f"{base}.{alias.name}" in MODULES)
    # A module's own packages load before it does: importing from them is no edge.
    return {f for f in found if f != module and not module.startswith(f + ".")}


def test_every_module_is_found():
    assert {"marker.rules", "marker.session", "marker.tui.app", "marker.tui.screens.qa", "marker.cli"} <= set(MODULES)


def test_the_core_imports_no_textual():
    core = [m for m in MODULES if tier(m) < 2]
    named = {m: sorted(i for i in imported(m) if i.split(".")[0] in ("textual", "rich")) for m in core}
    assert not {m: i for m, i in named.items() if i}
    code = "import sys\n" + "".join(f"import {m}\n" for m in core) + "print('textual' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"


def test_the_command_line_loads_no_textual_until_the_app_opens():
    """Scripts (list, show, export, verify) never pay for Textual: the app's commands import it when they run."""
    cli = [m for m in MODULES if tier(m) == 3 and m != "marker.__main__"]
    code = "import sys\n" + "".join(f"import {m}\n" for m in cli) + "print('textual' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"


def test_imports_go_down_the_tiers_only():
    upward = {m: sorted(i for i in imported(m) if i in MODULES and tier(i) > tier(m)) for m in MODULES}
    assert not {m: i for m, i in upward.items() if i}


def test_no_module_imports_itself_round_a_circle():
    graph = {m: {i for i in imported(m) if i in MODULES} for m in MODULES}
    circles, done = [], set()

    def walk(module: str, path: list[str]) -> None:
        for nxt in sorted(graph[module]):
            if nxt in path:
                circles.append(path[path.index(nxt):] + [nxt])
            elif nxt not in done:
                walk(nxt, path + [nxt])
        done.add(module)

    for module in MODULES:
        if module not in done:
            walk(module, [module])
    assert not circles, " ; ".join(" -> ".join(c) for c in circles)


def test_starting_the_app_loads_no_document_library():
    """python-docx, lxml and pypdf load only when a sheet is written or a file is read
    uncached, cryptography only when someone signs or verifies: each costs tens of
    milliseconds of every start-up otherwise."""
    modules = ["marker.cli", "marker.tui.app", "marker.tui.screens.marking", "marker.tui.screens.home",
               "marker.tui.screens.qa"]
    code = ("import sys\n" + "".join(f"import {m}\n" for m in modules)
            + "print(sorted({m.split('.')[0] for m in sys.modules} & {'docx', 'lxml', 'pypdf', 'tomlkit', 'cryptography'}))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
