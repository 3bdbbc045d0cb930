"""Tuning cases written for the evidence finder's third round (issue 13): the learner's own
numbering mapped to criteria by a table, a template whose rows point into appendices, dated
journal entries tagged with criteria, pasted amplification above each answer with two
criteria answered together, headings reworded as questions, and a PDF whose heading numbers
sit on lines of their own."""

from . import (
    fx_amplification_300,
    fx_appendix_rows_201,
    fx_dated_journal_305,
    fx_own_numbering_301,
    fx_question_headings_304,
    fx_split_numbers_pdf_200,
)

CASES = [
    fx_own_numbering_301.CASE,
    fx_appendix_rows_201.CASE,
    fx_dated_journal_305.CASE,
    fx_amplification_300.CASE,
    fx_question_headings_304.CASE,
    fx_split_numbers_pdf_200.CASE,
]
