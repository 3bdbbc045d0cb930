"""Tuning cases written for the evidence finder (issue 13): answer templates with one
criterion per table row, typed labels in every style, criteria retyped in full, a
portfolio whose contents and matrix list every AC, a Google Docs PDF of single lines, and
a first-person essay in the learner's own words; each with a criterion left unanswered
where a learner would."""

from . import f_google_lines, f_mixed_labels, f_own_words_essay, f_portfolio_index, f_retyped_criteria, f_table_rows

CASES = [
    f_table_rows.CASE,
    f_mixed_labels.CASE,
    f_retyped_criteria.CASE,
    f_portfolio_index.CASE,
    f_google_lines.CASE,
    f_own_words_essay.CASE,
]
