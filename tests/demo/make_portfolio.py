"""Regenerate the demo portfolio: a fictional learner's unit 8584-201 evidence as one PDF.

    .venv/bin/python tests/demo/make_portfolio.py

writes ``marker/demo/priya-shah-8584-201-portfolio.pdf``: the labelled test portfolio in
``tests/corpus/u201_portfolio.py`` (cover with authenticity declaration and evidence
matrix, mentoring diary with its session log, reflective account), laid out as the single
PDF a learner exports from an e-portfolio. Everything in it is invented. It deliberately
leaves one mentee un-anonymised (an e-mail, a phone number, a full name), which the
identifying-details check flags.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from corpus.build import write_pdf  # noqa: E402
from corpus.case import SourceFile  # noqa: E402
from corpus.u201_portfolio import CASE  # noqa: E402

OUTPUT = HERE.parents[1] / "marker" / "demo" / "priya-shah-8584-201-portfolio.pdf"


def main() -> None:
    blocks = [block for source in CASE.files for block in source.blocks]
    write_pdf(SourceFile(OUTPUT.name, blocks), OUTPUT, keep_together=tuple(CASE.labels.values()),
              footer="Priya Shah R3318802 — Unit 201 portfolio")
    print(f"wrote {OUTPUT}")


if __name__ == "__main__":
    main()
