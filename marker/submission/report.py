"""What ``marker extract`` prints: a stable JSON interface and a readable text form.

The JSON keys are documented in README.md and are a public interface: add keys, never
rename or remove them.
"""

from __future__ import annotations

from dataclasses import dataclass

from marker.rubric import Rubric
from marker.submission.checks import Checks, run_checks
from marker.submission.locate import Candidate, locate, targets
from marker.submission.model import Submission


@dataclass(frozen=True)
class Extraction:
    """A submission read against a unit: candidates per target and the checks."""

    rubric: Rubric
    submission: Submission
    candidates: dict[str, list[Candidate]]
    checks: Checks


def extract(submission: Submission, rubric: Rubric, learner: str = "") -> Extraction:
    """``learner``: the session's learner, whose own name is never an identifying detail."""
    documents = submission.documents
    return Extraction(rubric, submission, locate(documents, rubric), run_checks(documents, rubric, learner))


def as_json(extraction: Extraction) -> dict:
    checks = extraction.checks
    practice = checks.practice
    files = [
        {"name": d.name, "pages": d.pages, "words": checks.words_by_file.get(d.name, 0), "error": None,
         "notices": list(d.notices)}
        for d in extraction.submission.documents
    ] + [
        {"name": e.file, "pages": None, "words": 0, "error": str(e), "notices": []}
        for e in extraction.submission.errors
    ]
    return {
        "unit": extraction.rubric.unit,
        "files": files,
        "words": checks.words,
        "word_range": list(checks.word_range) if checks.word_range else None,
        "hours": round(practice.minutes / 60, 2) if practice else None,
        "sessions": practice.sessions if practice else None,
        "individuals": len(practice.individuals) if practice else None,
        "practice_sources": [{"text": f.text, "location": f.location} for f in practice.sources] if practice else None,
        "supervision_hours": round(practice.supervision_minutes / 60, 2) if practice else None,
        "supervision_sessions": practice.supervision_sessions if practice else None,
        "practice_rows": [
            {"text": r.text, "location": r.location, "minutes": r.minutes, "counted": r.counted, "why": r.why, "kind": r.kind,
             "sessions": r.count, "uncertain": r.doubtful}
            for r in practice.rows
        ] if practice else None,
        "practice_uncertain": practice.uncertain if practice else None,
        "practice_doubts": [d.text for d in practice.doubts] if practice else None,
        "practice_agrees": list(practice.agrees) if practice else None,
        "declaration": checks.declaration is not None,
        "evidence_matrix": (checks.evidence_matrix is not None) if checks.evidence_matrix_expected else None,
        "identifying": [{"text": f.text, "location": f.location, "kind": f.kind, "why": f.why}
                        for f in checks.identifying],
        "criteria": [
            {"ref": ref, "passages": [
                {"text": c.passage.text, "location": c.passage.location, "score": c.score, "reason": c.reason,
                 "confidence": c.confidence}
                for c in found
            ]}
            for ref, found in extraction.candidates.items()
        ],
    }


def as_text(extraction: Extraction, per_criterion: int = 3, width: int = 100) -> str:
    """Per criterion the top passages with locations, then the checks."""
    lines = [f"{extraction.rubric.unit} {extraction.rubric.title}"]
    for error in extraction.submission.errors:
        lines.append(f"  ! {error}")
    for document in extraction.submission.documents:
        lines += [f"  note: {document.name}: {n}" for n in document.notices]
    titles = {t.ref: t.title for t in targets(extraction.rubric)}
    for ref, found in extraction.candidates.items():
        lines += ["", f"{ref}  {titles.get(ref, '')}"]
        if not found:
            lines.append("    (no passage found)")
        elif not found[0].confident:
            lines.append("    (no clear evidence found: the passages below are guesses)")
        for c in found[:per_criterion]:
            snippet = " ".join(c.passage.text.split())
            snippet = snippet if len(snippet) <= width else snippet[: width - 1] + "…"
            lines.append(f"    {c.score:.2f}  {c.passage.location}  [{c.reason}]")
            lines.append(f"          {snippet}")
    lines += ["", "Checks"]
    lines += [f"  {line}" for line in extraction.checks.advice(extraction.rubric)]
    return "\n".join(lines)
