"""Structured submissions for round 11 (prefix sj), by a writer who read no marker code.

Eight whole submissions, every criterion of the unit labelled, that test whether the evidence
finder puts the right passage first for each criterion when the structure is there but
irregular: a station team leader's 200 with the handbook's criterion or task wording pasted
as headings and no numbers at all; a lido duty manager's 201 portfolio whose log and tutor
meeting are only in a PDF appendix; a university estates manager's 300 as an unstyled DOCX
with typed numbers in mixed forms and lines that introduce two criteria each; a ferry
company's 301 whose Word headings number the first criteria by question order ("Q1.",
"Question 2", "3)") and the rest by AC in assorted forms; an insurance claims manager's 303
PDF on a centre template (evidence matrix, criterion | answer rows, a plan table); an
orchestra manager's 305 as plain text with a pipe-table matrix and 1.2 before 1.1; a city
farm young volunteer's D2.01 with pasted questions, shared headings and answers out of
order; and a GP practice manager's 304 in two files, a Word cover with an evidence matrix
and a PDF portfolio with one heading over several criteria. Introductions and conclusions
that name every topic, header lines, reference lists and declarations are the distractors.
"""

from . import (
    sj_200_station_docx,
    sj_201_lido_portfolio,
    sj_300_estates_unstyled,
    sj_301_ferry_docx,
    sj_303_claims_pdf,
    sj_304_gp_surgery_portfolio,
    sj_305_orchestra_txt,
    sj_d201_city_farm_docx,
)

CASES = [
    sj_200_station_docx.CASE,
    sj_201_lido_portfolio.CASE,
    sj_300_estates_unstyled.CASE,
    sj_301_ferry_docx.CASE,
    sj_303_claims_pdf.CASE,
    sj_304_gp_surgery_portfolio.CASE,
    sj_305_orchestra_txt.CASE,
    sj_d201_city_farm_docx.CASE,
]
