"""Anonymisation tuning cases for round np, by a writer who read no marker code.

Six whole submissions, every criterion labelled, across 8584-200, 8587-300, 8587-301,
8587-303, D2.01 and D2.02; DOCX (one styled, one with pasted question headings, one typed
without heading styles), PDF and plain text. Three are clean (identifying=[]) but crowded
with things that look like names and are not: lifeboats, racehorses and races named like
people (the Elsie May Trevithick, Mister Mulligan, Lady Florence, Duke of Shannon, the
Florence Arms Handicap Hurdle), stands and rooms (the Princess Royal Stand, the Lord Lonsdale
Suite, the Elgar Room), the Admiral Benbow pub, places (St Just, Marazion, Helston, Kendal,
Chelsea, Florence, Shannon Airport), the RNLI, NHS trusts, councils and charities (Mind,
the Samaritans, Racing Welfare), bands and products (Florence + the Machine, Fender, Marshall,
JustinGuitar, Insights Discovery, Planday), Plymouth Argyle and Carlisle United, theorists
with citations and possessives (Clutterbuck, Megginson et al., Kolb's, Egan's SOLER, Gibbs',
Schön, Whitmore's "Coaching for Performance", Kline's "Time to Think", de Haan, Passmore et
al.), capitalised job titles, pseudonyms ("Trainee A", "'Kit' (not her real name)",
"Coachee X", "Robin" declared in the cover form), the learner's own name, number and
sign-off, and the tutor, supervisor or assessor a form asks to name (including
"H. Kettlewell"). Three carry realistic slips (3 each): a mentee's full name in a pilot
pairs table, a service user as "Mrs Ormerod", a mentee's personal e-mail; a mentee's first
name alone in a listening example, another club member as "K. Fell", a farm landline with
its Kendal area code; a trial coachee's full name signing a pasted feedback quote, another
coachee's Quarry Manager named, a third coachee's first name alone. The D2.02 diary also
carries hand-counted practice figures.
"""

from . import (
    np_200_lifeboat_station_clean_docx,
    np_300_quarry_supervisors_planted,
    np_301_reablement_planted_pdf,
    np_303_racecourse_journal_clean_txt,
    np_d201_young_farmers_planted_docx,
    np_d202_music_department_clean_pdf,
)

CASES = [
    np_200_lifeboat_station_clean_docx.CASE,
    np_300_quarry_supervisors_planted.CASE,
    np_301_reablement_planted_pdf.CASE,
    np_303_racecourse_journal_clean_txt.CASE,
    np_d201_young_farmers_planted_docx.CASE,
    np_d202_music_department_clean_pdf.CASE,
]
