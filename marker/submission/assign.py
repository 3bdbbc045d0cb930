"""Give each criterion its own paragraph: the best one-to-one match of criteria to paragraphs.

An essay answers each criterion somewhere, usually in a paragraph of its own. Ranked one
criterion at a time, a paragraph that mentions "the role" wins the role criterion even
when another paragraph is plainly about the role and this one is about feedback; matched
all at once, each paragraph goes where it fits best overall (the Hungarian method).
The best match that keeps the criteria in the rubric's order (``best_ordered_match``)
says where a learner answering in order put each answer: ``ranking`` leans the match that way.
"""

from __future__ import annotations


def best_match(weights: list[list[float]]) -> list[int | None]:
    """For each row, the column it is matched to (None: no column left for it),
    maximising the total weight; ``weights[row][column]``, rows may exceed columns."""
    rows = len(weights)
    columns = len(weights[0]) if rows else 0
    if not rows or not columns:
        return [None] * rows
    width = max(rows, columns)  # square it up with zero-weight padding
    top = max(max(r) for r in weights)
    cost = [[top - (weights[r][c] if r < rows and c < columns else 0.0) for c in range(width)] for r in range(width)]
    # e-maxx formulation, 1-based potentials u (rows) and v (columns)
    inf = float("inf")
    u = [0.0] * (width + 1)
    v = [0.0] * (width + 1)
    owner = [0] * (width + 1)  # owner[column] = row matched to it
    way = [0] * (width + 1)
    for row in range(1, width + 1):
        owner[0] = row
        column = 0
        least = [inf] * (width + 1)
        used = [False] * (width + 1)
        while True:
            used[column] = True
            current, delta, next_column = owner[column], inf, 0
            for c in range(1, width + 1):
                if used[c]:
                    continue
                reduced = cost[current - 1][c - 1] - u[current] - v[c]
                if reduced < least[c]:
                    least[c], way[c] = reduced, column
                if least[c] < delta:
                    delta, next_column = least[c], c
            for c in range(width + 1):
                if used[c]:
                    u[owner[c]] += delta
                    v[c] -= delta
                else:
                    least[c] -= delta
            column = next_column
            if owner[column] == 0:
                break
        while column:
            previous = way[column]
            owner[column] = owner[previous]
            column = previous
    match: list[int | None] = [None] * rows
    for c in range(1, width + 1):
        r = owner[c] - 1
        if r < rows and c - 1 < columns:
            match[r] = c - 1
    return match


def best_ordered_match(weights: list[list[float]]) -> list[int | None]:
    """The best match that keeps the rows' order: row ``r``'s column comes after every
    earlier row's (a row may go without); columns are taken in the order given."""
    rows = len(weights)
    columns = len(weights[0]) if rows else 0
    # best[r][c]: the most weight rows r.. can take from columns c..
    best = [[0.0] * (columns + 1) for _ in range(rows + 1)]
    for r in range(rows - 1, -1, -1):
        for c in range(columns - 1, -1, -1):
            best[r][c] = max(best[r + 1][c], best[r][c + 1], weights[r][c] + best[r + 1][c + 1])
    match: list[int | None] = [None] * rows
    r = c = 0
    while r < rows and c < columns:
        if best[r][c] == best[r + 1][c]:
            r += 1
        elif best[r][c] == best[r][c + 1]:
            c += 1
        else:
            match[r] = c
            r, c = r + 1, c + 1
    return match
