"""The evidence finder's rules for templates, typed labels, Google Docs PDFs and essays
(issue 13), one rule each, on small submissions built in the test."""

import pytest

from conftest import REPO, RUBRICS
from marker.catalogue import find_rubrics
from marker.submission.labels import criterion_refs
from marker.submission.locate import locate
from marker.submission.model import Block, Document
from marker.submission.pdf import page_blocks


@pytest.fixture(scope="module")
def rubrics():
    return find_rubrics([RUBRICS]).rubrics


def doc(name: str, *blocks: tuple) -> Document:
    """Blocks as (kind, text) or (kind, text, level)."""
    made = [Block(name, kind, text, number, level=(level or [None])[0])
            for number, (kind, text, *level) in enumerate(blocks, start=1)]
    return Document(name, REPO / name, "0" * 64, tuple(made))


PLAN = ("I will meet Dean in the training room upstairs every Tuesday in the overlap hour between "
        "shifts, read my notes from last time beforehand and send him a message asking what he wants to cover.")
GOALS = ("Dean will run the Monday handover briefing on his own within six weeks and complete the absence "
         "return interviews for his team himself by the end of the quarter.")


def rows(*cells: list[str]) -> str:
    return "\n".join(" | ".join(row) for row in cells)


def test_typed_labels_in_every_style_name_their_criterion():
    assert criterion_refs("Q1.4") == ["1.4"]
    assert criterion_refs("Question 3.1 - Barriers") == ["3.1"]
    assert criterion_refs("LO2 AC3") == ["2.3"]
    assert criterion_refs("Learning outcome 2, AC 1: Skills") == ["2.1"]
    assert criterion_refs("2.1/2.2") == ["2.1", "2.2"]
    assert criterion_refs("LO2 was hard") == []


def test_each_template_row_is_its_criterions_answer(rubrics):
    table = rows(["Assessment criterion", "Learner answer"],
                 ["AC 3.1 Explain how to plan for effective mentoring sessions", PLAN],
                 ["AC 3.2 State examples of goals that would be agreed in an effective mentoring session", GOALS])
    found = locate([doc("t.docx", ("table", table))], rubrics["8584-200"])
    first = found["3.1"][0]
    assert "training room upstairs" in first.passage.text and "handover briefing" not in first.passage.text
    assert first.confident and first.passage.location == "t.docx table 1 row 2"
    assert "handover briefing" in found["3.2"][0].passage.text


def test_a_blank_template_row_is_never_confident(rubrics):
    table = rows(["Assessment criterion", "Learner answer"],
                 ["AC 3.1 Explain how to plan for effective mentoring sessions", PLAN],
                 ["AC 3.3 Explain what records are required when mentoring an individual", ""])
    found = locate([doc("t.docx", ("table", table))], rubrics["8584-200"])
    assert not any(c.confident for c in found["3.3"])


def test_a_printed_criterion_cell_is_not_the_learners_answer(rubrics):
    table = rows(["AC", "Criterion", "Your answer"],
                 ["3.1", "Explain how to plan for effective mentoring sessions", PLAN],
                 ["3.3", "Explain what records are required when mentoring an individual", ""])
    found = locate([doc("t.docx", ("table", table))], rubrics["8584-200"])
    assert found["3.1"][0].confident
    assert not any(c.confident for c in found["3.3"])


def test_a_see_appendix_row_is_followed_to_the_appendix(rubrics):
    skills = rows(["Skill", "Why"], ["Active listening", "So the mentee feels heard about the forklift rota"],
                  ["Questioning", "Open questions help the mentee find his own answers to staffing problems"])
    table = rows(["Assessment criterion", "Learner answer"],
                 ["AC 2.1 List the key skills required to be an effective mentor", "See Appendix 2"],
                 ["AC 3.1 Explain how to plan for effective mentoring sessions", PLAN])
    found = locate([doc("t.docx", ("table", table), ("heading", "Appendix 2: Key mentoring skills", 1),
                        ("table", skills))], rubrics["8584-200"])
    assert "forklift rota" in found["2.1"][0].passage.text and "→" in found["2.1"][0].reason


def test_a_learning_outcomes_title_is_not_a_criterions_sub_heading(rubrics):
    found = locate([doc("t.docx", ("heading", "Learning outcome 2: Understand what makes a mentor effective in their role", 1),
                        ("paragraph", PLAN))], rubrics["8584-200"])
    assert not any(c.reason.startswith("sub-heading") for c in found["1.1"])


def test_a_title_line_is_not_offered_as_an_answer(rubrics):
    found = locate([doc("e.docx", ("paragraph", "Mentoring in a contact centre – Priya Shah"), ("paragraph", PLAN),
                        ("paragraph", GOALS))], rubrics["8584-200"])
    assert all("Priya Shah" not in c.passage.text for ref in found for c in found[ref])


def test_a_passage_sharing_one_word_with_the_criterion_is_not_confident(rubrics):
    found = locate([doc("e.docx", ("paragraph", PLAN), ("paragraph", GOALS),
                        ("paragraph", "My own role is to be a guide who has walked the same path a year or two ahead."))],
                   rubrics["8584-200"])
    assert not any(c.confident for c in found["2.4"])  # "give feedback within a mentoring role": only "role"


def test_a_google_docs_pdf_label_line_starts_an_answer():
    text = "\n".join([
        "Chloe Adeyemi Registration R5518034 Riverside Hotel School and more words here",
        "1.1 Prepare a plan for effective mentoring of an individual and a long line",
        "My mentee Lena started as a room attendant in September and I planned four",
        "sessions of about an hour in the linen room office before her shift.",
        "1.2 State the agreed goals of the mentoring sessions with an individual",
        "In our first meeting Lena chose two goals: to clean a standard room in",
        "under thirty minutes by the end of October, and to feel confident, over",
        "1.5 hours of practice, speaking to guests.",
    ])
    blocks = page_blocks("g.pdf", 1, text)
    starts = [b.text.split()[0] for b in blocks]
    assert starts == ["Chloe", "1.1", "1.2"], "a label after a finished line opens a block; '1.5 hours' does not"


def test_a_parts_number_before_the_criterions_is_read_past():
    assert criterion_refs("Task 1 – AC 1.1") == ["1.1"]
    assert criterion_refs("Section 2: AC 2.1 and 2.2") == ["2.1", "2.2"]
    assert criterion_refs("Task 2 1.5 hours") == []


def test_a_table_labelled_in_its_first_row_with_nothing_written_is_not_confident(rubrics):
    found = locate([doc("t.docx", ("table", rows(["AC 3.1", "Explain how to plan for effective mentoring sessions"],
                                                 ["Answer", PLAN])),
                        ("table", rows(["AC 3.3", "Explain what records are required when mentoring an individual"],
                                       ["Answer", ""])))], rubrics["8584-200"])
    assert found["3.1"][0].confident and found["3.1"][0].passage.location == "t.docx table 1"
    assert not any(c.confident for c in found["3.3"])


def test_the_cover_table_and_declaration_are_never_evidence(rubrics):
    cover = rows(["Name", "Sofia Brennan"], ["Registration number", "R6604129"], ["Centre", "Pennine Health"])
    found = locate([doc("d.docx", ("heading", "Workplace Mentoring Diary – 36 hours", 1), ("table", cover),
                        ("paragraph", "Declaration: I confirm this diary is my own work and the clients agreed to "
                                      "their anonymised mentoring session records being used."),
                        ("heading", "Agreeing goals", 2), ("paragraph", GOALS))], rubrics["MD36"])
    matched = [c.passage.words for ref in found for c in found[ref]]
    assert not any("R6604129" in words or "Declaration" in words for words in matched)
    sure = [c.passage.text for ref in found for c in found[ref] if c.confident]
    assert sure and not any("R6604129" in text for text in sure), "nor is the whole document, title to end"


def test_a_declaration_in_other_words_is_found():
    from marker.submission.boilerplate import is_declaration

    said = "Declaration: I confirm that the evidence in this portfolio is my own and that the mentoring took place."
    assert is_declaration(Block("p.docx", "paragraph", said, 1))
    assert not is_declaration(Block("p.docx", "paragraph", "I confirm that we met weekly in my own office.", 1))


def test_a_contents_list_without_page_numbers_points_to_the_headings_it_names(rubrics):
    log = rows(["Date", "Duration", "Focus"], ["3 March", "60 min", "Contracting and the till rota"],
               ["17 March", "60 min", "Till practice with the Saturday staff"])
    found = locate([doc("p.docx", ("paragraph", "Contents"), ("paragraph", "AC 1.1 Mentoring plan"),
                        ("paragraph", "AC 1.2 Agreed goals"), ("paragraph", "AC 2.1 Session log"),
                        ("heading", "Mentoring plan", 2), ("paragraph", PLAN), ("heading", "Agreed goals", 2),
                        ("paragraph", GOALS), ("heading", "Session log", 2), ("table", log))], rubrics["8584-201"])
    assert "training room upstairs" in found["1.1"][0].passage.text and found["1.1"][0].reason.startswith("contents")
    assert "handover briefing" in found["1.2"][0].passage.text
    assert "Till practice" in found["2.1"][0].passage.text


def test_labels_on_lines_of_their_own_above_one_answer_are_not_a_contents_list(rubrics):
    from marker.submission.locate import wording
    from marker.submission.outline import roles

    rubric = rubrics["8584-200"]
    known = {c.ref for c in rubric.criteria}
    listed = ("AC 3.1 Planning", "AC 3.2 Goals", "AC 3.3 Records")
    above = doc("p.docx", *(("paragraph", t) for t in listed), ("paragraph", PLAN)).blocks
    contents = doc("p.docx", *(("paragraph", t) for t in listed), ("heading", "Planning", 2)).blocks
    assert [r.kind for r in roles(above, known, wording(rubric), False)][:3] == ["label"] * 3
    assert [r.kind for r in roles(contents, known, wording(rubric), False)][:3] == ["contents"] * 3


def test_a_pdf_templates_task_line_names_its_criterion_and_its_answer_runs_past_the_box(rubrics):
    # the centre's task row gives the AC in brackets after its wording; the answer that outgrew the box
    # runs on in paragraphs below, and a short wrapped line in it is no heading
    text = "\n".join([
        "Task 2 (c) Describe how mentoring will be carried out in a safe and ethical environment, giving the",
        "organisation reassurance. (AC 2.3) Learner response Every mentor completes the county's safeguarding",
        "course before they are matched with a young player, and the welfare officer keeps the list.",
        "We will match each player with a mentor who is",
        "available all season, and meetings with under-18s take place in open areas of the ground, never",
        "one-to-one in a car or at the mentor's home.",
        "Task 3 (a) Explain how to manage a mentoring process and propose a recognised model most appropriate",
        "to your organisation. (AC 3.1) Learner response I propose Clutterbuck's five stages of the relationship.",
    ])
    blocks = page_blocks("t.pdf", 1, text)
    assert not any(b.kind == "heading" for b in blocks), [b.text for b in blocks if b.kind == "heading"]
    found = locate([Document("t.pdf", 1, "", tuple(blocks))], rubrics["8587-301"])
    assert "never one-to-one in a car" in found["2.3"][0].passage.text
    assert found["2.3"][0].reason.startswith("labelled")


def test_a_pdf_title_that_ends_with_its_criterion_in_brackets_is_a_heading():
    """'6. Contracting (2.2)' after a sentence's end is a title, though it ends in a bracket; a paragraph's
    short last line ending '(2.1)' after a line that runs on is not."""
    wide = "The rationale for contracting is that both parties, and the organisation, know what to expect, so"
    text = "\n".join([
        "5. Starting the relationship (2.1)",
        "A productive relationship starts before the first session, with a chemistry conversation and a note.",
        "6. Contracting (2.2)",
        wide,
        "that trust is built on something explicit, as I said in my answer to",
        "the question before (2.1)",
    ])
    blocks = page_blocks("t.pdf", 1, text)
    assert [b.text for b in blocks if b.kind == "heading"] == ["5. Starting the relationship (2.1)", "6. Contracting (2.2)"]


def test_a_pdf_title_wrapped_over_two_lines_or_inside_its_bracket_is_one_heading():
    wide = "Open questions starting with what, how or tell me about let the mentee explain in their own words and"
    text = "\n".join([
        "3. Potential barriers to mentoring new kitchen staff and how I would",
        "overcome them (AC 1.3 & 1.4)",
        wide,
        "show me what they think, not what I think, which is the whole point of it all.",
        "7. How I will use questioning and listening to support the mentee (AC",
        "2.3)",
        wide,
        "show me what they think, not what I think, which is the whole point of mentoring.",
        "8. Giving feedback and developing trust (AC 2.4 and AC 2.5)",
        wide,
    ])
    headings = [b.text for b in page_blocks("t.pdf", 1, text) if b.kind == "heading"]
    assert headings[0] == "3. Potential barriers to mentoring new kitchen staff and how I would overcome them (AC 1.3 & 1.4)"
    assert "8. Giving feedback and developing trust (AC 2.4 and AC 2.5)" in headings
    assert not any(b.text.startswith("2.3)") for b in page_blocks("t.pdf", 1, text))


def test_a_logs_own_signed_confirmation_that_it_is_a_true_record_is_a_declaration():
    """Three writers of round 17 and earlier signed their logs so: "I confirm that this log is a true record of my
    coaching practice"; a plan to keep records is not one."""
    from marker.submission.declaration import is_declaration

    assert is_declaration("I confirm that this log is a true record of my coaching practice. Joanne Whitlock 21/02/2025")
    assert is_declaration("I confirm that the sessions recorded in this diary are an accurate record.")
    assert not is_declaration("I confirm that I will keep a true record of each session.")
