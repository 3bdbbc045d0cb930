"""Set za, written at stop 39 by one writer who read no marker code, before that stop's changes.

Six cases, each a real learner in a sector not yet in the corpus, with practice records as messy as real logs
are. One line per case:

- za_a_8584_201_sterile_services_docx: a hospital sterile services supervisor, DOCX with a matrix pointing at her own headings, a Booked/Actually log ("14:05-14:50", "1 hr 5", "50'", "1h10"), a not-held and a DNA row, a wrong Total row, one session also on an ILM record form, a last session in prose only, audit shadowing not counted, an observed session's debrief, a cancelled tutorial; full name, first name and a personal e-mail planted.
- za_a_8584_201_cathedral_vergers_pdf: a cathedral head verger, PDF with a cover table and dated prose diary entries, a session broken off by an early funeral and resumed (20 + 30), a cancelled-and-moved week, "an hour and a quarter" in words, a rehearsal not counted, a summary whose running total takes in the tutor meeting, a tutor phone call in prose only; clean, no matrix or declaration.
- za_a_8587_302_coach_tours_txt: a coach holiday firm's head of tour managers coaching two new tour managers, plain text with one dated line per contact and monthly running-total lines, one chemistry meeting counted and one not, a three-way contract, a session in two halves, "actually 50" and a "should say 1hr 10 - typo" whose month total still uses the typo, a phone session from a tour in Inverness, DNA and cancelled lines, a refresher not counted, a supervision only booked; clean.
- za_a_8587_304_blood_donation_docx: a mobile blood donation session manager mentoring two new supervisors, DOCX with front-sheet declaration and matrix, one h:mm log (mentoring and clinic times in one cell, a van session, a joint session, a blank Actual "ran exactly to time", cancelled and not-held rows, an 8-minute call not counted), per-mentee hours that both count the joint session, an observed session's record and debrief, line-manager 1:1s not supervision; a signature, full name, mobile and first name planted.
- za_a_d202_swimming_club_docx: a 16-year-old assistant swimming teacher mentoring a 13-year-old poolside helper, D2.02 DOCX laid out under the 36-hour diary brief's headings, one activity table mixing sessions and reviews with a subtotal, a brought-forward row and a running total that goes wrong, a closed-pool week, a 20-minute session, a gala session "about 35", a review in a car, two reviews held as one; clean (supervisor named on the front table).
- za_a_8587_303_trading_standards_md: a county trading standards team leader's 303 journal as Markdown, a pipe-table matrix, own headings with the AC in brackets, 1.1 as three Gibbs-style dated entries, a strengths/areas table, a recorded session's question count, a month-by-month plan table; a coachee's full name in a pasted quote, his first name later and the other coachee as initial and surname planted; no declaration.

Base, measured on the code before stop 39's changes (a3d5c87), sets za and zb together: practice 0/9 exact (none
wrong with nothing marked uncertain; minutes right in 1/9), identifying 16/18, false findings 2/12, structured
79/91, essays 10/12, confident 78/82. Figures only: nobody looked at marker's misses on them.
"""

from __future__ import annotations

from . import (
    za_a_8584_201_cathedral_vergers_pdf,
    za_a_8584_201_sterile_services_docx,
    za_a_8587_302_coach_tours_txt,
    za_a_8587_303_trading_standards_md,
    za_a_8587_304_blood_donation_docx,
    za_a_d202_swimming_club_docx,
)

CASES: list = [
    za_a_8584_201_sterile_services_docx.CASE,
    za_a_8584_201_cathedral_vergers_pdf.CASE,
    za_a_8587_302_coach_tours_txt.CASE,
    za_a_8587_304_blood_donation_docx.CASE,
    za_a_d202_swimming_club_docx.CASE,
    za_a_8587_303_trading_standards_md.CASE,
]
