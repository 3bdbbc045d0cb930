"""A marked unit's section, where the learner labelled nothing: the run of its answers.

A section of a legacy knowledge assignment is answered by its questions' answers
together. Where no heading names the section, the evidence for it is the stretch of the
document from its first question's answer to its last, with the learner's own line above
it if there is one ("Aims and obstacles") — provided the stretch holds no other section's
answers.
"""

from __future__ import annotations

from marker.submission.passages import Outline, Passage


def section_run(answers: list[Passage], others: list[Passage], outlines: list[Outline]) -> Passage | None:
    """The passage over the longest stretch of ``answers`` (at least half of them) that holds
    none of another section's ``others``; None where there is no such stretch."""
    by_name = {o.document.name: o for o in outlines}
    files = [p.file for p in answers]
    if len(answers) < 2 or not files:
        return None
    name = max(set(files), key=files.count)
    outline = by_name.get(name)
    if outline is None or files.count(name) < 2:
        return None
    spans = sorted(span for p in answers if p.file == name for span in [_span(outline, p)] if span)
    between = sorted(span for p in others if p.file == name for span in [_span(outline, p)] if span)
    # the longest stretch of its answers with no other section's answer among them: a wrong
    # answer elsewhere in the document does not make the section's own stretch any less its
    best: list[tuple[int, int]] = []
    run: list[tuple[int, int]] = []
    for span in spans:
        if run and any(run[-1][1] <= s < span[0] or run[-1][1] < e <= span[0] for s, e in between):
            run = []
        run.append(span)
        best = max(best, run, key=len)
    if len(best) < max(2, len(answers) / 2):
        return None
    start, end = best[0][0], max(e for _, e in best)
    if start > 0 and (outline.titled(start) or outline.roles[start - 1].kind == "division"):
        start -= 1  # "Aims and obstacles", "Section One - The mentor's role": the learner's line over the run
    if end - start >= len(outline.blocks) - 1:
        return None  # the whole document is no one section
    return outline.passage(start, end, outline.blocks[start].text.strip()[:60])


def _span(outline: Outline, passage: Passage) -> tuple[int, int] | None:
    first = passage.blocks[0]
    start = next((i for i, b in enumerate(outline.blocks) if b is first), None)
    return None if start is None else (start, start + len(passage.blocks))
