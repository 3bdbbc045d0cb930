"""The evidence finder's rules on small submissions, one rule each: what is offered first,
what is never offered, and that nothing a submission holds makes it raise."""

import json
import subprocess
import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import REPO, RUBRICS
from marker.catalogue import find_rubrics
from marker.submission.labels import criterion_refs, question_refs
from marker.submission.locate import locate
from marker.submission.model import Block, Document
from marker.submission.read import read_submission


@pytest.fixture(scope="module")
def rubrics():
    return find_rubrics([RUBRICS]).rubrics


def doc(name: str, *blocks: tuple, pdf: bool = False) -> Document:
    """Blocks as (kind, text) or (kind, text, level); a PDF's blocks carry page 1."""
    made = []
    for number, spec in enumerate(blocks, start=1):
        kind, text, *level = spec
        made.append(Block(name, kind, text, number, level=(level or [None])[0], page=1 if pdf else None))
    return Document(name, REPO / name, "0" * 64, tuple(made), pages=1 if pdf else None)


ANSWER = ("paragraph", "I met my mentee in the quiet room every fortnight and we agreed three goals together, "
                       "writing them down so that we could both see the progress she made.")


def test_grouped_labels_each_get_the_passage():
    assert criterion_refs("AC 2.1, 2.3 and 2.5 Tools") == ["2.1", "2.3", "2.5"]
    assert criterion_refs("Task 1.3 and 1.4") == ["1.3", "1.4"]
    assert criterion_refs("1.1 – 1.3 Barriers") == ["1.1", "1.2", "1.3"]
    assert question_refs("Questions 9 and 10") == ["9", "10"]
    assert question_refs("3c and 3d What I would change") == ["3c", "3d"]
    assert question_refs("20 minutes. Short review") == [], "a quantity is not a question number"
    assert question_refs("Q17 + Q18") == ["17", "18"]  # round 11: a plus between them


def test_one_heading_for_several_criteria_is_each_ones_evidence(rubrics):
    found = locate([doc("p.docx", ("heading", "AC 2.1 and 2.3 Sessions and feedback", 2), ANSWER,
                        ("heading", "AC 2.2 Questioning", 2), ANSWER)], rubrics["8584-201"])
    for ref in ("2.1", "2.3"):
        assert found[ref][0].passage.heading.startswith("AC 2.1 and 2.3") and found[ref][0].confident


def test_a_labelled_answer_runs_past_its_table_to_the_next_label(rubrics):
    found = locate([doc("p.pdf", ("heading", "AC 1.1 Mentoring plan"), ("paragraph", "My plan is below."),
                        ("heading", "Sessions Where When"), ("paragraph", "Six sessions of an hour in the quiet room"),
                        ("heading", "What I will need"), ANSWER,
                        ("heading", "AC 1.2 Agreed goals"), ANSWER, pdf=True)], rubrics["8584-201"])
    assert "quiet room every fortnight" in found["1.1"][0].passage.text
    assert "AC 1.2" not in found["1.1"][0].passage.text


def test_a_matrix_row_is_followed_and_never_offered(rubrics):
    cover = doc("01 cover.docx", ("heading", "Evidence matrix", 1),
                ("table", "AC | Evidence | Where\n1.1 Prepare a plan | Mentoring plan | File 02\n"
                          "1.2 State the agreed goals | Goals we agreed | File 02"))
    plan = doc("02 plan.docx", ("heading", "Mentoring plan", 1), ANSWER, ("heading", "Goals we agreed", 1),
               ("paragraph", "We agreed that she would run the Saturday session alone by November and learn "
                             "the shelf numbers of the adult non-fiction stock within a month."))
    found = locate([cover, plan], rubrics["8584-201"])
    assert found["1.1"][0].passage.file == "02 plan.docx" and "quiet room" in found["1.1"][0].passage.text
    assert found["1.1"][0].reason.startswith("evidence matrix → Mentoring plan")
    assert "Saturday session" in found["1.2"][0].passage.text
    for candidates in found.values():
        assert all("Evidence | Where" not in c.passage.words for c in candidates), "the matrix is not evidence"


def test_see_appendix_under_a_label_offers_the_appendix(rubrics):
    found = locate([doc("d.docx", ("heading", "AC 3.2 Meeting with my tutor", 1),
                        ("paragraph", "See Appendix 2 for the notes of the meeting."),
                        ("heading", "AC 3.3 Future development", 1), ANSWER,
                        ("heading", "Appendix 2 Tutor meeting notes", 1),
                        ("paragraph", "We met for an hour on 19 November and went through my records; he suggested "
                                      "I count to seven before offering help."))], rubrics["8584-201"])
    assert "count to seven" in found["3.2"][0].passage.text and found["3.2"][0].confident
    assert "→ Appendix 2" in found["3.2"][0].reason


def test_pasted_criterion_and_guidance_introduce_the_answer_and_are_not_it(rubrics):
    rubric = rubrics["8587-300"]
    first = rubric.outcomes[0].criteria[0]
    second = rubric.outcomes[0].criteria[1]
    found = locate([doc("a.docx", ("paragraph", first.text), ("paragraph", "Guidance: " + first.guidance),
                        ("paragraph", "In our surgeries coaching means a conversation that helps reception leads "
                                      "solve problems themselves instead of bringing them to me."),
                        ("paragraph", second.text), ("paragraph", "Guidance: " + second.guidance),
                        ("paragraph", "A coach helps the coachee think rather than telling them, and refers on "
                                      "anything outside coaching to the employee assistance programme."))], rubric)
    assert "reception leads" in found["1.1"][0].passage.text
    assert "employee assistance" in found["1.2"][0].passage.text
    assert "employee assistance" not in found["1.1"][0].passage.text


def test_an_unanswered_criterion_is_not_offered_with_confidence(rubrics):
    found = locate([doc("a.docx", ("heading", "AC 1.1 Plan", 1), ANSWER)], rubrics["8584-201"])
    assert found["1.1"][0].confident
    assert not any(c.confident for c in found["3.2"])


BLOCK = st.tuples(st.sampled_from(["heading", "paragraph", "list", "table"]),
                  st.one_of(st.text(max_size=80),
                            st.sampled_from(["AC 1.1", "Task 2.3 and 2.4", "Q7.", "3c and 3d", "see Appendix 3",
                                             "Contents ........ 4", "1.1 | x | p. 2\n1.2 | y | File 9",
                                             "| |\n|", "Appendix 3", "Section 2", "99.99 and 1.1 to 1.40"])),
                  st.one_of(st.none(), st.integers(0, 12)))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(BLOCK, max_size=12), st.booleans(), st.sampled_from(["8584-201", "8587-300", "D2.01", "D2.02"]))
def test_no_submission_makes_the_finder_raise(rubrics, blocks, pdf, unit):
    made = doc("x.pdf" if pdf else "x.docx", *[(k, t, level) for k, t, level in blocks], pdf=pdf)
    found = locate([made], rubrics[unit])
    for candidates in found.values():
        assert all(0 <= c.confidence <= 1 and c.passage.blocks for c in candidates)


def test_extract_json_gives_a_confidence_for_every_passage(tmp_path):
    answers = tmp_path / "a.md"
    answers.write_text("# Task 1.1 The role of a mentor\n\n" + ANSWER[1] + "\n", encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "marker", "extract", str(answers), "--unit", "8584-200", "--json"],
                            capture_output=True, text=True, cwd=REPO)
    assert result.returncode == 0, result.stderr
    criteria = json.loads(result.stdout)["criteria"]
    passages = [p for c in criteria for p in c["passages"]]
    assert passages and all(0 <= p["confidence"] <= 1 for p in passages)
    first = next(c for c in criteria if c["ref"] == "1.1")["passages"][0]
    assert first["confidence"] >= 0.7 and "Task 1.1" in first["text"]


def test_read_and_locate_an_empty_looking_submission(tmp_path, rubrics):
    only_tables = tmp_path / "t.md"
    only_tables.write_text("| a | b |\n|---|---|\n| | |\n", encoding="utf-8")
    submission = read_submission([only_tables])
    found = locate(submission.documents, rubrics["8587-304"])
    assert set(found) == {c.ref for c in rubrics["8587-304"].criteria}
    assert not any(c.confident for cs in found.values() for c in cs)


def test_a_section_under_the_learners_own_sub_heading_is_matched_whole(rubrics):
    sections = [
        ("What a mentor does", "A mentor meets the new starter every fortnight and listens more than they talk.",
         "The role is to help them find their own answers, share experience and refer them on when needed, "
         "like the time I sent a mentee to occupational health about her back."),
        ("Why it helps people", "Mentoring benefits people in many situations, at work and outside it.",
         "New apprentices settle faster, returners get their confidence back, and at my church the young "
         "carers project pairs teenagers with adults who have been carers themselves."),
        ("What gets in the way", "There are barriers: time on a busy shop floor, and staff who are wary of me.",
         "Some mentees also worry that what they say will reach the owners, so they hold back in sessions."),
        ("Getting round them", "Overcoming these barriers starts with protected time in the rota.",
         "I will agree confidentiality at the start and meet at the picnic bench at the back of the nursery."),
    ]
    blocks = [("heading", "Mentoring at the garden centre", 1)]
    for heading, first, second in sections:
        blocks += [("heading", heading, 2), ("paragraph", first), ("paragraph", second)]
    found = locate([doc("essay.docx", *blocks)], rubrics["8584-200"])
    for ref, phrase in (("1.1", "occupational health"), ("1.2", "young carers project"),
                        ("1.3", "reach the owners"), ("1.4", "picnic bench")):
        assert phrase in found[ref][0].passage.text, (ref, found[ref][0].passage.location)


def test_short_answers_typed_into_a_criterion_table_are_evidence_not_pointers(rubrics):
    table = ("table", "AC | My answer\n1.1 Prepare a plan | I met Sam weekly in the quiet room before the shop opened\n"
                      "1.2 State the agreed goals | Sam wanted to run the till alone by June and learn the stock")
    found = locate([doc("t.docx", ("heading", "My mentoring", 1), table)], rubrics["8584-201"])
    assert found["1.1"] and "quiet room" in found["1.1"][0].passage.text


def test_a_sections_run_of_answers_takes_the_learners_section_line_above_it(rubrics):
    """Round 11: "Section One - …" in the learner's own words over question headings: the section's
    passage is its line and its answers."""
    rubric = rubrics["D2.01"]
    blocks = [("heading", "D2.01 Knowledge Assignment", 0),
              ("paragraph", "I volunteer at the city farm and mentor the Saturday junior volunteers.")]
    for section in rubric.sections:
        blocks.append(("heading", f"Section {['One', 'Two', 'Three'][int(section.ref) - 1]} - my own title {section.ref}", 1))
        for q in section.questions:
            blocks += [("heading", q.text, 3), ("paragraph", f"My answer to question {q.ref} is written here in my own "
                                                              "words with an example from the farm.")]
    found = locate([doc("d201.docx", *blocks)], rubric)
    for section in rubric.sections:
        assert f"my own title {section.ref}" in found[f"section-{section.ref}"][0].passage.text
