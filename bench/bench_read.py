"""Reading speed: a 300-page PDF against pdftotext, a 3,000-word DOCX, and a cached reopen.

    .venv/bin/python bench/bench_read.py

Prints figures; ratios are measured in the same run, since these machines are noisy.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(REPO), str(REPO / "tests")]
from timing import best_of  # noqa: E402

from samples import assignment_docx, long_portfolio_pdf  # noqa: E402


def main() -> None:
    folder = Path(tempfile.mkdtemp(prefix="marker-bench-"))
    os.environ["MARKER_CACHE_DIR"] = str(folder / "cache")
    from marker.submission.read import read_file

    pdf = long_portfolio_pdf(folder)
    docx_path = assignment_docx(folder)

    no_cache = lambda path: (shutil.rmtree(folder / "cache", ignore_errors=True), read_file(path))  # noqa: E731
    pages = read_file(pdf).pages
    pdf_seconds = best_of(3, lambda: no_cache(pdf))
    print(f"{pages}-page PDF: {pdf_seconds:.2f} s, {pages / pdf_seconds:.0f} pages/s")
    if shutil.which("pdftotext"):
        poppler = best_of(3, lambda: subprocess.run(["pdftotext", str(pdf), str(folder / "out.txt")], check=True))
        print(f"pdftotext:    {poppler:.2f} s, {pages / poppler:.0f} pages/s — marker takes {pdf_seconds / poppler:.1f}x pdftotext's time")
    else:
        print("pdftotext not installed (apt-get install poppler-utils): no ratio this run")
    docx_seconds = best_of(5, lambda: no_cache(docx_path))
    print(f"3,000-word DOCX: {docx_seconds * 1000:.0f} ms")
    read_file(pdf)
    cached = best_of(5, lambda: read_file(pdf))
    print(f"cached reopen of the {pages}-page PDF: {cached * 1000:.0f} ms ({pdf_seconds / cached:.0f}x faster than a first read)")
    _identifying(read_file(pdf), pages, pdf_seconds)
    shutil.rmtree(folder, ignore_errors=True)


def _identifying(document, pages: int, read_seconds: float) -> None:
    """The anonymisation check against the rest of extraction, on the long PDF and on one that names people."""
    from marker.catalogue import find_rubrics
    from marker.submission.checks import run_checks
    from marker.submission.identifying import identifying_details
    from marker.submission.locate import locate

    rubric = find_rubrics([REPO / "marker" / "rubrics"]).get("8587-304")
    documents = [document]
    checks = best_of(5, lambda: run_checks(documents, rubric))
    names = best_of(5, lambda: identifying_details(documents))
    located = best_of(3, lambda: locate(documents, rubric))
    extraction = checks + located
    print(f"identifying details over the {pages}-page PDF: {names * 1000:.0f} ms, {names / extraction:.0%} of extracting "
          f"it ({extraction * 1000:.0f} ms: checks {checks * 1000:.0f} ms + evidence {located * 1000:.0f} ms), "
          f"{names / (read_seconds + extraction):.0%} of a first read and extraction")


if __name__ == "__main__":
    main()
