"""Anonymisation tuning cases for round nr, by a writer who read no marker code.

Five whole submissions across 8584-201, 8587-302, 8587-304, 8587-305 and D2.02: DOCX (one
styled portfolio, one styled diary under the brief's section headings), PDF (a portfolio with
its writer's own AC headings, one on the ILM templates) and plain text (a journal with its
writer's own headings). Two are clean (identifying=[]) but crowded with things that look like
names and are not: ships named like people (MV Catriona, MV Flora MacDonald, the Sir Walter
Scott, the Waverley), Storm Bert, McCaig's Tower and Aulay's Bar, Queen of the South and St
Mirren, Voith Schneider propellers; a saint-named school, houses named after people (Brontë,
Turing, Seacole, Attenborough), the Malala Room and the Rosalind Franklin block, books, authors
and characters (Holes, Stanley Yelnats, Of Mice and Men's George and Lennie, Alex Rider), Aston
Villa and Ollie Watkins, Cadbury World; theorists with and without citations (Whitmore,
Downey, Hawkins, Gallwey, Kline, Rogers, de Haan, Egan's SOLER); pseudonyms (C1, C2, Mentee A),
capitalised roles, the learner's own name and the tutor-supervisor the cover names. Three
carry slips written the ways learners make them (4 each): a line manager in a pasted e-mail
header, a colleague's name in possessive that is also a word ("Blessing's" rota), a nickname
("Gaz"), the mentee's Polish short first name once; initials alone in a log ("met with HB"),
a client as "Mrs" and a double-barrelled surname, a student nurse by a Shona first name, a
kennel assistant in a photo caption; a mentee's full name signing a pasted quote, a client's
business named after its owner ("Siân Whitcombe Hair Design"), a Welsh first name in
possessive ("Llinos's"), a nickname ("Jonno"). The planted cases also sit among look-alikes:
pets with people's names and breeds named after people, the Herriot Suite, Eddie Stobart,
the Prince Charles Hospital, the Dic Penderyn, the Tommy Cooper statue. The four practical
units carry hand-counted practice figures (a chemistry meeting and a stakeholder meeting the
learner does not count, cancellations, running totals, observation debriefs, an extra session
making up a short one, supervision moved a day).
"""

from . import (
    nr_201_cash_and_carry_planted_docx,
    nr_302_island_ferries_clean_pdf,
    nr_304_vet_nurses_planted_pdf,
    nr_305_enterprise_agency_planted_txt,
    nr_d202_sixth_form_clean_docx,
)

CASES = [
    nr_201_cash_and_carry_planted_docx.CASE,
    nr_302_island_ferries_clean_pdf.CASE,
    nr_304_vet_nurses_planted_pdf.CASE,
    nr_305_enterprise_agency_planted_txt.CASE,
    nr_d202_sixth_form_clean_docx.CASE,
]
