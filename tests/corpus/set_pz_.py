"""Practice logs written without reading the code, round 9 (issue 13, before its practice changes):
eight more learners' own shapes. Their writer was told first names were anonymisation enough, which
the corpus does not hold (a mentee's first name is identifying unless the learner says it is not their
real name), so these cases set no "identifying" expectation: they measure the practice figures only."""

from . import (
    pz_201_dental_prose_txt,
    pz_201_leisure_newest_first,
    pz_302_pharmacy_per_coachee,
    pz_302_vet_numbered_entries,
    pz_304_housing_bf_and_records,
    pz_304_school_weekly_pdf,
    pz_d202_peer_mentor_forms,
    pz_md36_contact_centre_diary,
)

CASES = [
    pz_201_dental_prose_txt.CASE,
    pz_201_leisure_newest_first.CASE,
    pz_302_pharmacy_per_coachee.CASE,
    pz_302_vet_numbered_entries.CASE,
    pz_304_housing_bf_and_records.CASE,
    pz_304_school_weekly_pdf.CASE,
    pz_d202_peer_mentor_forms.CASE,
    pz_md36_contact_centre_diary.CASE,
]
