"""Held-out cases, set a: portfolios, diaries, practice logs and planted names.

Written before the evidence finder, the practice checks and the anonymisation check were
changed for issues 13 and 19. Each module's docstring says how its practice figures were
counted, so a reader can check ``expected_checks`` by hand.
"""

from . import (
    a_8584_201_pdf,
    a_8584_201_txt,
    a_8587_302_docx,
    a_8587_303_essay,
    a_8587_304_pdf,
    a_8587_304_unstyled,
    a_8587_305_pdf,
    a_d202_diary,
    a_md36_txt,
)

CASES: list = [
    a_8584_201_pdf.CASE,
    a_8587_302_docx.CASE,
    a_8587_304_unstyled.CASE,
    a_d202_diary.CASE,
    a_md36_txt.CASE,
    a_8587_305_pdf.CASE,
    a_8584_201_txt.CASE,
    a_8587_304_pdf.CASE,
    a_8587_303_essay.CASE,
]
