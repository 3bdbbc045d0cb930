"""Labelled learner submissions: what evidence locating and the checks are measured against.

Every case is a fictional learner's realistic submission for one unit, written as plain
data (``case.py``: headings, paragraphs, bullets, tables) in one module per case, and
built into real files by ``build.build(case, folder)``. Its ``labels`` map each criterion
ref to a phrase that occurs once in the submission, inside the passage that answers it:
the top passage found for a ref is right if its text contains the phrase (compare with
whitespace collapsed). ``expected_checks`` records what the checks should report.

    from corpus import CASES            # or tests.corpus, with the repository on sys.path
    from corpus.build import build
    for case in CASES:
        paths = build(case, tmp / case.name)
"""

from __future__ import annotations

from . import (
    d201_legacy,
    d201_plain_text,
    d202_diary_headings,
    n200_apprentice_assignment,
    n201_college_pdf,
    n301_retail_assignment,
    n302_logistics_coaching,
    n303_theorists_journal,
    n304_health_portfolio,
    n305_council_journal,
    p201_records,
    p302_coaching_log,
    p304_prose,
    p304_status_log,
    pd202_diary,
    pmd36_diary,
    u200_pdf,
    u200_structured,
    u200_template,
    u200_unstructured,
    u201_four_files,
    u201_portfolio,
    u300_essay_pdf,
    u300_pasted_questions,
    u301_numbered,
    u301_unstructured,
    u302_template_prompts,
    u303_reflective_essay,
    u304_diary_matrix,
    u305_google_pdf,
)
from .case import KINDS, Block, Case, SourceFile

CASES: list[Case] = [
    u200_structured.CASE,
    u200_template.CASE,
    u200_pdf.CASE,
    u200_unstructured.CASE,
    u301_unstructured.CASE,
    u301_numbered.CASE,
    u201_portfolio.CASE,
    d201_legacy.CASE,
    # written for issue 13: pointers, pasted questions, grouped labels, essays in own words
    u300_pasted_questions.CASE,
    u300_essay_pdf.CASE,
    u302_template_prompts.CASE,
    u303_reflective_essay.CASE,
    u304_diary_matrix.CASE,
    u305_google_pdf.CASE,
    u201_four_files.CASE,
    d201_plain_text.CASE,
    d202_diary_headings.CASE,
    # Anonymisation tuning cases (issue 19): planted names in every form, and clean work
    # full of theorists, models, organisations and pseudonyms.
    n304_health_portfolio.CASE,
    n302_logistics_coaching.CASE,
    n201_college_pdf.CASE,
    n200_apprentice_assignment.CASE,
    n303_theorists_journal.CASE,
    n301_retail_assignment.CASE,
    n305_council_journal.CASE,
    # practice records as different learners keep them (issue 13)
    p302_coaching_log.CASE,
    p304_prose.CASE,
    pd202_diary.CASE,
    pmd36_diary.CASE,
    p201_records.CASE,
    p304_status_log.CASE,
]

from . import set_nm_  # noqa: E402

CASES += set_nm_.CASES

__all__ = ["CASES", "KINDS", "Block", "Case", "SourceFile"]

from . import set_f_  # noqa: E402
CASES += set_f_.CASES
from . import set_pr_  # noqa: E402
CASES += set_pr_.CASES
from . import set_nq_  # noqa: E402
CASES += set_nq_.CASES
from . import set_pq_  # noqa: E402
CASES += set_pq_.CASES
from . import set_pw_  # noqa: E402
CASES += set_pw_.CASES
from . import set_nx_  # noqa: E402
CASES += set_nx_.CASES
from . import set_px_  # noqa: E402
CASES += set_px_.CASES
from . import set_fx_  # noqa: E402
CASES += set_fx_.CASES
from . import set_nv_  # noqa: E402
CASES += set_nv_.CASES
from . import set_pv_  # noqa: E402
CASES += set_pv_.CASES
from . import set_nz_  # noqa: E402
CASES += set_nz_.CASES
from . import set_fy_  # noqa: E402
CASES += set_fy_.CASES
from . import set_ez_  # noqa: E402
CASES += set_ez_.CASES
from . import set_py_  # noqa: E402
CASES += set_py_.CASES
from . import set_nw_  # noqa: E402
CASES += set_nw_.CASES
from . import set_pz_  # noqa: E402
CASES += set_pz_.CASES
from . import set_ny_  # noqa: E402
CASES += set_ny_.CASES
from . import set_pk_  # noqa: E402
CASES += set_pk_.CASES
from . import set_nk_  # noqa: E402
CASES += set_nk_.CASES
from . import set_ek_  # noqa: E402
CASES += set_ek_.CASES
# Round 11, written before round 11's changes by writers who read no marker code: structured
# templates (sj), practice logs (pj), names (nj) and essays (ej).
from . import set_sj_  # noqa: E402
CASES += set_sj_.CASES
from . import set_pj_  # noqa: E402
CASES += set_pj_.CASES
from . import set_nj_  # noqa: E402
CASES += set_nj_.CASES
from . import set_ej_  # noqa: E402
CASES += set_ej_.CASES
from . import set_pl_, set_sl_, set_nl_  # noqa: E402
CASES += set_pl_.CASES + set_sl_.CASES + set_nl_.CASES
# Round 13, written at stop 32 by writers who read no marker code, after that stop's first changes to the PDF
# reader: practice logs mostly saved as PDF (pm) and names (nn).
from . import set_pm_, set_nn_  # noqa: E402
CASES += set_pm_.CASES + set_nn_.CASES
# Round 14, written at stop 33 by writers who read no marker code, before that stop's changes: practice
# logs mostly saved as PDF (pn) and names (no).
from . import set_pn_, set_no_  # noqa: E402
CASES += set_pn_.CASES + set_no_.CASES
# Round 15, written at stop 33 by writers who read no marker code, after round 14's changes: practice logs (po)
# and structured answers (sm), half of them PDF.
from . import set_po_, set_sm_  # noqa: E402
CASES += set_po_.CASES + set_sm_.CASES
# Round 16, written at stop 34 by writers who read no marker code, before that stop's changes: practice logs
# (pp), names (np) and structured answers (sp).
from . import set_pp_, set_np_, set_sp_  # noqa: E402
CASES += set_pp_.CASES + set_np_.CASES + set_sp_.CASES
# Round 17, written at stop 35 by writers who read no marker code, after round 16's changes: practice logs (ps) and
# names (nr).
from . import set_ps_, set_nr_  # noqa: E402
CASES += set_ps_.CASES + set_nr_.CASES
# Round 18, written at stop 38 by writers who read no marker code, after held-out set z and before round 18's
# practice changes: practice logs (pz_a_, pz_b_).
from . import set_pz18_  # noqa: E402
CASES += set_pz18_.CASES

from . import set_r19a_, set_r19b_, set_r19c_  # noqa: E402
CASES += set_r19a_.CASES + set_r19b_.CASES + set_r19c_.CASES
# Round 20, written at stop 40 by writers who read no marker code and no held-out case, after held-out sets zc and
# zd were written: practice logs (r20a), names (r20b), whole submissions for the finder (r20c).
from . import set_r20a_, set_r20b_, set_r20c_  # noqa: E402
CASES += set_r20a_.CASES + set_r20b_.CASES + set_r20c_.CASES
# Round 21, written at stop 40 by two writers who read no marker code and no held-out case, after round 20's
# changes: practice logs (r21a, r21b).
from . import set_r21a_, set_r21b_  # noqa: E402
CASES += set_r21a_.CASES + set_r21b_.CASES
# Round 22, written at stop 41 by writers who read no marker code and no held-out case, after held-out sets ze and
# zf were written: practice logs (r22a), names (r22b), whole submissions for the finder (r22c).
from . import set_r22a_, set_r22b_, set_r22c_  # noqa: E402
CASES += set_r22a_.CASES + set_r22b_.CASES + set_r22c_.CASES
