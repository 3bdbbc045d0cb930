"""Figures for the evidence finder and the checks on a set of labelled cases.

The same measure serves the tuning corpus (``tests/corpus``) and the held-out set
(``tests/heldout``), so the two figures are comparable:

    python tests/corpus/measure.py            # both sets, figures only

Contract with the code measured:
- evidence: ``locate(documents, rubric)[ref][0]`` is the passage shown first; it is
  right when it contains the case's label phrase (whitespace collapsed). A label of
  ``None`` means the submission does not answer that criterion: right when nothing is
  offered as confident. A candidate is confident unless it says otherwise
  (``Candidate.confident``).
- practice: the stable ``extract --json`` keys ``hours``, ``sessions``,
  ``individuals`` and ``supervision_hours`` against ``expected_checks``' ``minutes``,
  ``sessions``, ``individuals`` and ``supervision_minutes`` (each compared where given).
  Both costs of ``practice_uncertain`` are counted: cases exact and shown as sure (a flag
  on every case would make this 0) and cases wrong with no row marked uncertain.
- anonymisation: ``expected_checks["identifying"]`` lists each planted detail as
  written; a detail is found when some finding's text holds it or is held by it, and a
  finding that matches no planted detail is a false finding.
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

STRUCTURED = {"structured-docx", "structured-pdf", "numbered-unstyled", "portfolio", "legacy-questions"}
"""Kinds counted as structured; ``unstructured`` is the essays figure."""


def collapse(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _fold(text: str) -> str:
    return collapse(text).casefold()


@dataclass
class Figures:
    top1: dict = field(default_factory=lambda: defaultdict(lambda: [0, 0]))
    """group ("structured" / "essays") -> [right, total]"""
    confident: list = field(default_factory=lambda: [0, 0])
    """[right, total] over criteria whose first passage is shown as confident."""
    practice: list = field(default_factory=lambda: [0, 0])
    """[cases exact, cases with practice expectations]"""
    practice_fields: dict = field(default_factory=lambda: defaultdict(lambda: [0, 0]))
    """expected key ("minutes", "sessions", ...) -> [cases right, cases expecting it]"""
    practice_sure_right: int = 0
    """Cases exact and shown with no row marked uncertain: what a flag on every case would cost."""
    practice_sure_wrong: int = 0
    """Cases whose figures are wrong while no row is marked uncertain: an "OK" an assessor would believe."""
    minutes_by_reading: dict = field(default_factory=lambda: {True: [0, 0], False: [0, 0]})
    """Cases shown as sure, by whether the learner's own total agrees (``practice_agrees``):
    [minutes right, minutes wrong]: how far the second reading can be trusted."""
    identifying: list = field(default_factory=lambda: [0, 0])
    """[planted details found, planted details]"""
    false_findings: list = field(default_factory=lambda: [0, 0])
    """[submissions with a false finding, submissions with an identifying expectation]"""
    misses: list = field(default_factory=list)

    def lines(self) -> list[str]:
        out = []
        for group, (right, total) in sorted(self.top1.items()):
            out.append(f"top-1 {group:<10} {right}/{total} = {_pct(right, total)}")
        out.append(f"confident right  {self.confident[0]}/{self.confident[1]} = {_pct(*self.confident)}")
        out.append(f"practice exact   {self.practice[0]}/{self.practice[1]} cases"
                   f" ({self.practice_sure_right} exact and shown as sure;"
                   f" {self.practice_sure_wrong} wrong with no row marked uncertain)")
        if self.practice_fields:
            out.append("  by figure      " + ", ".join(
                f"{key} {right}/{total}" for key, (right, total) in self.practice_fields.items()))
        agreed, alone = self.minutes_by_reading[True], self.minutes_by_reading[False]
        out.append(f"  sure minutes   learner's total agrees: {agreed[0]} right, {agreed[1]} wrong;"
                   f" reader's alone: {alone[0]} right, {alone[1]} wrong")
        out.append(f"identifying found {self.identifying[0]}/{self.identifying[1]} = {_pct(*self.identifying)}")
        out.append(f"false findings   {self.false_findings[0]}/{self.false_findings[1]} submissions")
        return out


def _pct(right: int, total: int) -> str:
    return f"{right / total:.0%}" if total else "n/a"


def measure(cases, rubrics, folder: Path) -> Figures:
    from corpus.build import build
    from marker.submission.locate import locate
    from marker.submission.read import read_submission
    from marker.submission.report import as_json, extract

    figures = Figures()
    for case in cases:
        rubric = rubrics[case.unit]
        submission = read_submission(build(case, folder / case.name))
        if submission.errors:
            figures.misses.append(f"{case.name}: could not read {submission.errors}")
        found = locate(submission.documents, rubric)
        group = "structured" if case.kind in STRUCTURED else "essays"
        for ref, right, confident, miss in judge(case, found):
            figures.top1[group][0] += right
            figures.top1[group][1] += 1
            if confident:
                figures.confident[0] += right
                figures.confident[1] += 1
            if miss:
                figures.misses.append(miss)
        expected = case.expected_checks
        report = as_json(extract(submission, rubric))
        _practice(case.name, expected, report, figures)
        _identifying(case.name, expected, report, figures)
    return figures


def judge(case, found: dict) -> list[tuple[str, bool, bool, str]]:
    """Per labelled ref: (ref, right, shown as confident, the miss in words or "")."""
    out = []
    for ref, phrase in case.labels.items():
        best = (found.get(ref) or [None])[0]
        confident = best is not None and getattr(best, "confident", True)
        right = (not confident) if phrase is None else (best is not None and collapse(phrase) in collapse(best.passage.text))
        miss = ""
        if not right:
            where = best.passage.location if best else "nothing"
            miss = f"{case.name} {ref}: first passage {where} lacks {phrase!r}"
        out.append((ref, right, confident, miss))
    return out


def _practice(name: str, expected: dict, report: dict, figures: Figures) -> None:
    pairs = [("minutes", "hours", 60), ("sessions", "sessions", 1), ("individuals", "individuals", 1),
             ("supervision_minutes", "supervision_hours", 60)]
    wanted = [(k, j, scale) for k, j, scale in pairs if k in expected]
    if not wanted:
        return
    figures.practice[1] += 1
    wrong = []
    for key, json_key, scale in wanted:
        got = report.get(json_key)
        got = round(got * scale) if got is not None else None
        figures.practice_fields[key][0] += got == expected[key]
        figures.practice_fields[key][1] += 1
        if got != expected[key]:
            wrong.append(f"{key} {got} (expected {expected[key]})")
    if "minutes" in expected and not report.get("practice_uncertain"):
        right = round((report.get("hours") or 0) * 60) == expected["minutes"]
        figures.minutes_by_reading[bool(report.get("practice_agrees"))][not right] += 1
    if wrong:
        figures.misses.append(f"{name} practice: " + ", ".join(wrong))
        figures.practice_sure_wrong += not report.get("practice_uncertain")
    else:
        figures.practice[0] += 1
        figures.practice_sure_right += not report.get("practice_uncertain")


def _identifying(name: str, expected: dict, report: dict, figures: Figures) -> None:
    if "identifying" not in expected:
        return
    planted = [_fold(d) for d in expected["identifying"]]
    findings = [_fold(f["text"]) for f in report.get("identifying") or []]
    figures.identifying[1] += len(planted)
    for detail in planted:
        if any(detail in f or f in detail for f in findings):
            figures.identifying[0] += 1
        else:
            figures.misses.append(f"{name} identifying: missed {detail!r}")
    false = [f for f in findings if not any(d in f or f in d for d in planted)]
    figures.false_findings[1] += 1
    if false:
        figures.false_findings[0] += 1
        figures.misses.append(f"{name} identifying: false {false}")


def main(argv: list[str]) -> int:
    import tempfile

    tests = Path(__file__).resolve().parents[1]
    sys.path.insert(0, str(tests))
    sys.path.insert(0, str(tests.parent))
    from conftest import RUBRICS
    from marker.catalogue import find_rubrics

    rubrics = find_rubrics([RUBRICS]).rubrics
    sets = {"tuning (tests/corpus)": "corpus"}
    if (tests / "heldout" / "__init__.py").exists() and "--tuning-only" not in argv:
        sets["held-out (tests/heldout)"] = "heldout"
    show_misses = "--misses" in argv
    for title, package in sets.items():
        module = __import__(package)
        # The held-out set comes in groups by when they were written: the fresh group was
        # written before the latest change to the finder and checks, so it is the one to believe.
        groups = getattr(module, "GROUPS", {"": getattr(module, "CASES")})
        for group, cases in groups.items():
            with tempfile.TemporaryDirectory() as folder:
                figures = measure(cases, rubrics, Path(folder))
            print(f"{title}{', ' + group if group else ''}: {len(cases)} submissions")
            for line in figures.lines():
                print("  " + line)
            if show_misses and package == "corpus":  # held-out misses are never printed: nobody tunes to them
                for miss in figures.misses:
                    print("    " + miss)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
