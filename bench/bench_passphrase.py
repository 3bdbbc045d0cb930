"""What a passphrase costs: opening a protected key against an unprotected one, and against the UI's budget.

    .venv/bin/python bench/bench_passphrase.py

The app opens the key on the UI thread when the user presses enter in the sign dialog
(``marker/tui/screens/passphrase.py``); that is only right while opening it stays well
under the ~50 ms a keypress may take, else it belongs in a worker. Both keys are made as
``marker keys init`` makes them, in the same run.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from timing import best_of  # noqa: E402

BUDGET = 0.050
"""What a keypress on the UI thread may take before the app feels stuck."""


def main() -> None:
    from marker.keys import create_key_pair, load_signing_key

    folder = Path(tempfile.mkdtemp(prefix="marker-bench-"))
    create_key_pair(folder / "plain")
    create_key_pair(folder / "protected", "correct horse battery staple")
    plain = best_of(20, lambda: load_signing_key(folder / "plain"))
    protected = best_of(20, lambda: load_signing_key(folder / "protected", passphrase="correct horse battery staple"))
    print(f"open the key: {protected * 1000:.2f} ms protected, {plain * 1000:.2f} ms unprotected "
          f"({protected / plain:.1f}x); protected is {protected / BUDGET:.3f} of the {BUDGET * 1000:.0f} ms UI budget")


if __name__ == "__main__":
    main()
