"""The checks on every labelled submission report what the case says is there."""

import pytest

from conftest import RUBRICS
from corpus import CASES
from corpus.build import build
from marker.catalogue import find_rubrics
from marker.submission.checks import run_checks
from marker.submission.read import read_submission


@pytest.fixture(scope="module")
def rubrics():
    return find_rubrics([RUBRICS]).rubrics


KNOWN_MISSES = {
    # a full name only ever written in passing, far from the practice, stays a finding that says the assessor may
    # clear it (dropping it lost planted names on unseen work), unless the words beside it tie it to a work or fame
    "pv_302_outlook_calendar": "an Outlook calendar printed to PDF: each appointment's Start/End lines and its "
                               "Subject are not read as a session, only the learner's own notes under them",
    # round 7's new cases (written by writers who read no marker code): what rounds 7's changes left wrong
    # round 9's new cases, as they came in (written by writers who read no marker code); the pz_ logs are all
    # read right since round 9's practice changes
    # round 10's new cases, as they came in (written by writers who read no marker code); its names cues
    # read the supervisor's bulleted field, the writer's quoted book, 'Rich, who', 'probationers, Ffion,' and 'for Ellie, to'
    "pk_302_kitchen_two_logs_txt": "a log per coachee in loose decimal hours, a joint session in both logs",
    "pk_304_museum_planned_then_actual_pdf": "a planned table then the actual one, lengths as 'start, length'",
    "pk_304_ot_booked_vs_actual": "an Actual column that gives only the change from the Booked time",
    "pk_md36_dated_prose_pdf": "lengths in words in dated prose, group sessions of three mentees",
    "nk_302_software_sales": "a coachee's name in an attachment's file name ('Will_Hartigan'), 'Will' alone",
    "nk_201_supermarket_pdf": "of the mentee's signature 'Summer Hinchliffe' only her first name is flagged",
    # round 11's new cases, as they came in (written by writers who read no marker code); round 11's changes
    # read the rest: cut-short, ditto and day-book logs, supervision told apart, PDF covers, stand-ins, public figures
    "pj_md36_holiday_park_two_page_pdf": "a PDF log's observer's feedback to the learner ('her feedback to me afterwards "
                                         "took 30 min') is asked about, not counted as supervision",
    # round 13's new cases, as they came in (written by writers who read no marker code)
    # round 14's new cases, as they came in (written by writers who read no marker code); its practice changes read
    # the rest: notes about an earlier DNA, parts "pt 1"/"pt 2", a call added in the notes, a diary's "1:15."
    "no_201_boatyard_planted_docx": "'The Workshop Manager, Mr Hargreaves' read as a colleague in his post, whom a "
                                    "learner may name",
    # round 15's new cases, as they came in (written by writers who read no marker code); its changes read the po_
    # logs: a spreadsheet's seconds, a PDF header whose cells wrap, lengths actually taken, 24-hour parts, a grid;
    # and an unstyled appendix after the references is read for names again
    "sm_200_school_catering_pdf": "a first name alone ('Shannon') not found",
    # round 16's new cases, as they came in (written by writers who read no marker code)
    # round 16's changes read the pp_ logs (a bulleted diary's months, dashed fields, a cover's supervisor, a
    # recurring invite, a dropped call, a review finished later, a diary kept per mentee) and found 'Bev', 'Dean',
    # 'K. Fell' and 'T. Salt' (a job after the name, in brackets or after a comma; an irregular past: 'Bev set')
    "pp_302_donor_centre_sheets_export_pdf": "a mentee's full name in a spreadsheet export's notes not found",
    "pp_md36_seafood_plant_per_mentee_prose_pdf": "a first name alone that no list holds ('Lukas')",
    "sp_305_blood_service_template_pdf": "a first name alone ('Bex') not found",
    # round 17's new cases, as they came in (written by writers who read no marker code); its changes read a webinar
    # tutorial, a third party at a review, a coachee's table titled by her job, notes correcting an export's Actual, a
    # window sessions fall in, a lone-letter mentee's field, a thing's length, and a log's signed "true record"
    "ps_304_garden_centre_replaced_mentee_pdf": "a PDF log table whose header wraps ('Duration (hrs)') not rebuilt as rows",
    "ps_md36_breakdown_centre_nights_pdf": "a mentee's full name broken over two lines of a PDF ('Dean / Whitworth')",
    "nr_201_cash_and_carry_planted_docx": "a possessive name that is a word ('Blessing's'), a short Polish name",
    "nr_304_vet_nurses_planted_pdf": "initials alone in a log ('HB')",
    "nr_305_enterprise_agency_planted_txt": "a hyphenated Welsh surname, a possessive name, a nickname",
    # round 18's new cases (written by writers who read no marker code, after held-out set z); its changes read a
    # running total after a line's length, a record's fields in pairs, a catch-up "not a session", "(it ran over)",
    # "an hour and a bit", a learner's own tutor and supervisor named in prose
    "pz_a_d202_chess_club_pdf": "a D2.02 diary's first page in a PDF loses its review column's cells, so its sessions "
                                "are read as reviews (the second page's are read right)",
    "pz_b_md36_canal_trust_md": "a monthly planned/actual log with a running total an hour high and group sessions",
    "pz_b_201_pottery_docx": "the tutor meeting form's one field holding two meetings ('Observation … with 15 minutes "
                             "of feedback afterwards; discussion meeting on 03/04, 1 hour')",
    # round 19's new cases (written by writers who read no marker code, after held-out sets za and zb); its changes
    # read a "so far" subtotal row, a "Wk | Day" log's dates, a "Not counted" heading, "24/7", a time tracker's other
    # work and its "Tutor call" and "Group supervision" rows
    "r19a_201_crematorium_pdf": "a diary newest first in a PDF, with a 'still to do' countdown column beside the length",
    "r19a_201_circus_school_md": "a tracker row '00:04:12' whose real length is in a note below ('5.05 to 6.15pm'), "
                                 "and one session in two timer entries either side of a fire alarm",
    "r19a_302_auction_house_txt": "lengths under 'Estimate' (planned) and 'Hammer' (actual): sale-catalogue words",
    "r19a_304_arborist_pdf": "a weekly site diary in a PDF, each day's mentoring length written '45 (M1)' beside "
                             "other hours",
    "r19a_304_bsl_interpreting_md": "a Zoom usage report (Duration, Participants, participant minutes) with a test "
                                    "meeting, a session split by a dropped connection and a no-show she sat through",
    "r19a_d202_astronomy_society_txt": "a D2.02 diary's 'Review:' field, the supervisor's review, read as a second "
                                       "figure for the session",
    # round 20's new cases (written by writers who read no marker code); its names cues read a bold Markdown field, a
    # grade "3rd Dan", nicknames ("calls him Kaz"), pet forms ("Jadey"), a chat's sender, a CSV cell, animals by breed
    "r20a_302_recording_studio_txt": "a first name alone no list holds ('Dev told me'); its practice figures too: a "
                                     "bare '1.75' in a typed line is listed as not read for sure",
    "r20a_304_florist_pdf": "a PDF whose January and March tables came out as lines, cells run together",
    "r20a_304_sawmill_docx": "an observed row '2.0' whose notes part it '(1.5)' and '(0.5)' feedback; a sentence "
                             "retelling the timesheet's SUP lines counts them again",
    "r21a_302_distillery_docx": "two coachees' logs side by side in one table, a column each, with a supervision "
                                "column beside them",
    "r21a_302_data_centre_txt": "a log kept as a thread of e-mails to himself, supervision in the thread read as none",
    "r21a_304_chocolate_factory_pdf": "no log: each reflection opens with its date, length and mentee, a session split "
                                      "over two days and a '1-2-1 with my supervisor' among them",
    "r21a_md36_trampoline_park_pdf": "a weekly diary whose weeks give only a total ('two sessions, 1h 40 in all'), "
                                     "a group session in the paragraph of a DNA",
    "r21b_302_parcel_depot_txt": "a '45' typed in minutes in a column of decimal hours, listed as not read for sure",
    "r20a_md36_hatchery_md": "a note that a session 'ran on to 10:20'",
    "r20b_201_dog_grooming_md": "a pasted chat's sender in lower case ('jade')",
    "r20b_301_heritage_railway_txt": "a colleague named in his post ('the Footplate Inspector, Dai Pritchard') is let "
                                     "go as in-post colleagues are, and 'Dai' is in no list",
    # round 22's new cases, as they came in (written by writers who read no marker code, after held-out sets ze and zf)
    "r22a_201_paintball_txt": "a week-by-week log with running totals, watching time not counted, tutor contacts in prose",
    "r22a_302_callcentre_portfolio": "an Outlook calendar export with other meetings, Declined and Canceled slots, "
                                     "records in a second file",
    "r22a_d202_hospiceshop_pdf": "a D2.02 diary in a PDF, supervision cut short and combined for two sessions",
    "r22a_md36_removals_txt": "a log mentee by mentee with a replaced porter and a group session in three subtotals",
    "r22b_200_crisp_factory_pdf": "a partner named 'Will', a pet form 'Kuba' of 'Jakub'",
    "r22b_201_cycle_courier_docx": "a name that is a word ('Dawn')",
    "r22b_302_roller_derby_md": "a short form 'Aga', an initial and surname under a form, a partner 'Summer'",
    "r22b_304_hospital_chaplaincy_docx": "a name written surname first in an e-mail's From line ('Warsame Farhan')",
    "r22c_305_pharmacy_md": "a first name alone ('Shauna') not found",
    "r22b_305_lighthouse_museum_md": "a family firm whose first word is also a first name ('Chance Brothers'), "
                                     "flagged in passing for the assessor to clear",
}
"""Tuning cases the checks still get wrong, each with why: a strict xfail, so a fix shows."""


@pytest.mark.parametrize("case", [
    pytest.param(c, marks=pytest.mark.xfail(reason=KNOWN_MISSES[c.name], strict=True)) if c.name in KNOWN_MISSES else c
    for c in CASES], ids=[c.name for c in CASES])
def test_checks_match_the_case(case, rubrics, tmp_path):
    rubric = rubrics[case.unit]
    documents = read_submission(build(case, tmp_path)).documents
    checks = run_checks(documents, rubric)
    expected = case.expected_checks
    assert (checks.declaration is not None) == expected["declaration"]
    if expected["evidence_matrix"] is None:
        assert not checks.evidence_matrix_expected
    else:
        assert (checks.evidence_matrix is not None) == expected["evidence_matrix"]
    found = " ".join(f.text for f in checks.identifying)
    for detail in expected.get("identifying", ()):  # a case that plants nothing says so, or leaves it unasked
        assert detail in found
    if expected.get("identifying") == []:
        assert not checks.identifying, [f.text for f in checks.identifying]
    if "minutes" in expected:
        practice = checks.practice
        assert practice is not None
        assert (practice.minutes, practice.sessions, len(practice.individuals)) == (
            expected["minutes"], expected["sessions"], expected["individuals"]), practice.rows
        if "supervision_minutes" in expected:
            assert practice.supervision_minutes == expected["supervision_minutes"], practice.rows
        assert all(f.location for f in practice.sources), "every figure names where it came from"
    assert checks.words > 0
    assert checks.advice(rubric)[0].startswith("words:")


def test_word_count_leaves_out_cover_sheet_and_references(tmp_path, rubrics):
    text = tmp_path / "essay.md"
    text.write_text(
        "Learner name: Sam\n\nRegistration number: R1\n\n# Task 1.1\n\none two three four five\n\n"
        "# References\n\nSmith, J. (2020) Mentoring. London: Press.\n\n# Appendix\n\nsix seven\n", encoding="utf-8")
    checks = run_checks(read_submission([text]).documents, rubrics["8584-200"])
    assert checks.words == len("Task 1.1 one two three four five Appendix six seven".split())


def _declared(tmp_path, *paragraphs: str) -> bool:
    text = tmp_path / "work.md"
    text.write_text("\n\n".join(paragraphs) + "\n\nI met my mentee six times between May and July.\n", encoding="utf-8")
    return run_checks(read_submission([text]).documents, find_rubrics([RUBRICS]).rubrics["8584-201"]).declaration is not None


@pytest.mark.parametrize("wording", [
    "I confirm that the work in this journal is my own.",
    "I confirm that the work submitted in this portfolio is my own and that the mentoring took place.",
    "Statement of authenticity: I confirm that the evidence in this portfolio is authentic.",
    "Learner declaration: this is all my own work.",
    "I certify that this assignment is entirely my own, except where sources are acknowledged.",
    "The work contained in this portfolio is wholly my own.",
    "Declaration of authenticity – signed: Kerry Walsh, 12/05/2025",
    "Candidate Named below confirms authenticity of submission\nNAME: Chloe Barnes",
    "By submitting I confirm that this assessment is my own work",
])
def test_a_declaration_is_found_however_the_learner_words_it(tmp_path, wording):
    assert _declared(tmp_path, wording)


@pytest.mark.parametrize("wording", [
    "Candidate Named below confirms authenticity of submission\n\nNAME:",
    "You must make a formal declaration of authenticity (i.e., that the work is your own). This is a prerequisite "
    "for an assessment to take place.",
    "Authenticity of work\n\nThe work submitted should be your own work.",
    "Statement of authenticity\n\nSigned: ____________ Date: ________",
    "My own workplace performance improved as the sessions went on; the decision to stop was my own.",
    # a paragraph on ethics declares a conflict of interest, not the work its own
    "Safe and ethical mentoring, for a firm of solicitors, starts with confidentiality both ways. I declare any "
    "conflict of interest, for example if a trainee wants to qualify into my own team, where I would be part of "
    "the decision.",
])
def test_the_blank_template_the_handbooks_instruction_and_ordinary_sentences_are_no_declaration(tmp_path, wording):
    assert not _declared(tmp_path, wording)
