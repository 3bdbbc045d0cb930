"""Essays: criteria answered with no labels, in the learner's own order and words."""

import pytest

from conftest import RUBRICS
from corpus.f_own_words_essay import BLOCKS as SHAH
from corpus.f_own_words_essay import CASE as SHAH_CASE
from marker.catalogue import find_rubrics
from marker.submission.locate import locate
from test_locate_structure import doc


@pytest.fixture(scope="module")
def rubrics():
    return find_rubrics([RUBRICS]).rubrics


def essay(*paragraphs: str):
    return doc("essay.docx", *(("paragraph", p) for p in paragraphs))


def test_a_paragraph_that_is_another_criterions_best_is_not_sure(rubrics):
    # the process paragraph "agrees what she wants from the session": the one-to-one match
    # gives it to the goals criterion (3.2), which nothing answers, though it is the process
    # criterion's (2.2) best passage too
    found = locate([essay(*(text for _, text in SHAH))], rubrics["8584-200"])
    assert not any(c.confident for c in found["3.2"])


def test_everyday_phrases_read_as_the_criterion_word():
    from marker.submission.bm25 import tokens

    assert "obstacl" in tokens("Two things could get in the way of our meetings.")
    assert "overcom" in tokens("I will get round the rota problem.")
    assert "monitor" in tokens("Keeping tabs on progress matters.")
    assert "obstacl" not in tokens("I get the way she works.")


def test_barriers_in_everyday_words_are_found(rubrics):
    found = locate([essay(
        "Mentoring at the depot",
        "There are things that could get in the way. Our rotas change weekly, the canteen is the only "
        "room free and everyone there can overhear us, and a driver may think I report to the depot manager.",
        "I will get round the rota problem by asking the planner for a shared half hour on Wednesdays, "
        "and we will meet in the training room rather than the canteen.",
        "My role is to guide a new driver as someone who has walked the same routes a year ahead, "
        "not to check their tachograph records or manage their performance.",
    )], rubrics["8584-200"])
    assert "overhear" in found["1.3"][0].passage.text
    assert "half hour on Wednesdays" in found["1.4"][0].passage.text


def test_a_pdf_paragraph_that_ends_with_room_to_spare_ends_there():
    from marker.submission.pdf import page_blocks

    wide = "Our rotas change weekly and my mentee is on lates while I am on earlies, so we rarely meet"
    text = "\n".join([
        wide,
        "at all and everyone on the open-plan floor can overhear what we say to each other there.",
        "And she might think that all of it ends up in her probation review file.",
        "I will get round the rota problem by asking the planner for a shared half hour each week,",
        "and we will meet in the quiet room by reception.",
    ])
    paragraphs = [b.text for b in page_blocks("essay.pdf", 1, text)]
    assert len(paragraphs) == 2, paragraphs
    assert paragraphs[1].startswith("I will get round")


def test_pipe_rows_typed_into_a_text_file_are_a_table():
    from marker.submission.text import text_blocks

    blocks = text_blocks("plan.txt", "My plan is below.\n\n| Goal | By when |\n| Ethics webinars | Month 6 |\n\n"
                                     "A | B is not a table.", markdown=False)
    assert [b.kind for b in blocks] == ["paragraph", "table", "paragraph"]
    assert blocks[1].text == "Goal | By when\nEthics webinars | Month 6"


SHAH_LABELS = SHAH_CASE.labels
INTRODUCTION = ("In this essay I describe the role of an effective mentor, how mentoring benefits people, the "
                "barriers to effective mentoring and how to overcome them, the skills a mentor needs, a mentoring "
                "model and process, questioning and listening techniques, giving feedback, developing trust, how to "
                "plan sessions, examples of goals agreed, and the records required when mentoring an individual.")


def test_an_introduction_naming_every_criterion_answers_none(rubrics):
    found = locate([essay(INTRODUCTION, *(text for _, text in SHAH[1:]))], rubrics["8584-200"])
    for ref, phrase in SHAH_LABELS.items():
        if phrase:
            assert phrase in " ".join(found[ref][0].passage.text.split()), (ref, found[ref][0].passage.location)


def test_a_reference_list_run_into_one_paragraph_answers_nothing(rubrics):
    # "References: Clutterbuck, D. (2004) Everyone Needs a Mentor ..." shares "needs" and
    # "mentor" with the skills criterion; the skills paragraph is the answer
    found = locate([essay(
        "Mentoring new drivers at the depot",
        "The key skills a mentor uses are listening properly, asking good open questions, staying "
        "patient when a driver is struggling, and knowing your limits so you refer on when needed.",
        "References: Clutterbuck, D. (2004) Everyone Needs a Mentor. London: CIPD. Egan, G. (2014) The "
        "Skilled Helper. Belmont: Brooks Cole. Megginson, D. and Clutterbuck, D. (2005) Techniques for "
        "Coaching and Mentoring. Oxford: Elsevier. Parsloe, E. (2009) Coaching and Mentoring: the skills a mentor needs.",
    )], rubrics["8584-200"])
    first = found["2.1"][0].passage.text
    assert "knowing your limits" in first and "References" not in first


def test_a_run_in_reference_list_is_cited():
    from marker.submission.cited import cited_blocks
    from marker.submission.model import Block

    blocks = tuple(Block("a.docx", "paragraph", text, n) for n, text in enumerate([
        "References: Clutterbuck, D. (2004) Everyone Needs a Mentor. CIPD. " + "More titles. " * 40,
        "References: I kept notes of every meeting and what we agreed to do next time.",
    ], 1))
    assert cited_blocks(blocks, [None, None]) == frozenset({0})


def test_a_numbered_reference_list_without_its_heading_is_cited_and_a_numbered_log_row_is_not():
    from marker.submission.cited import cited_blocks
    from marker.submission.model import Block

    blocks = tuple(Block("a.pdf", "paragraph", text, n) for n, text in enumerate([
        "[3] C. Dwork, “Differential privacy,” in Automata, Languages and Programming. Springer, 2006.",
        "[1] D. Clutterbuck, Everyone Needs a Mentor, 4th edn. London: CIPD, 2004.",
        "[4] J. Okafor said “I felt heard for once” at the end of our session in March 2024.",
    ], 1))
    assert cited_blocks(blocks, [None, None, None]) == frozenset({0, 1})


def test_a_pdf_line_taken_for_a_heading_that_runs_into_lower_case_opens_the_paragraph(rubrics):
    from marker.submission.locate import targets, wording
    from marker.submission.passages import Outline

    rubric = rubrics["8587-301"]
    report = doc("report.pdf",
                 ("heading", "How a mentoring year runs", 3),
                 ("heading", "I use Clutterbuck's developmental mentoring stages, which", 3),
                 ("paragraph", "match the two-year training contract well: building rapport in the first seat, "
                               "setting direction, making progress, winding down and moving on."),
                 ("paragraph", "Within that I use three tools, a strengths questionnaire among them."),
                 pdf=True)
    outline = Outline(report, {t.ref for t in targets(rubric)}, wording(rubric), False)
    # the sentence is one paragraph, not a heading over the rest of it
    assert (1, 3) in {(u.start, u.end) for u in outline.units() if u.single}
    assert outline.roles[0].kind == "heading"


def test_why_it_is_important_is_answered_by_why_it_matters(rubrics):
    # "Why is effective listening important?" answered "It matters because young people can
    # tell when you're not really listening": the learner's word for importance
    from corpus.ez_d201_skatepark_docx import CASE

    found = locate([essay(*(text for _, text in CASE.files[0].blocks))], rubrics["D2.01"])
    assert "they stop talking" in found["q15"][0].passage.text
    assert "giving the person your full attention" in found["q14"][0].passage.text


def test_a_line_typed_as_a_title_is_not_offered_as_an_answer(rubrics):
    # a second title line under the first ("Ryan Whitlock - ILM Level 2 mentoring assignment")
    # names the whole essay's topic and answers nothing
    from corpus.ez_200_brewery_docx import CASE

    found = locate([essay(*(text for _, text in CASE.files[0].blocks))], rubrics["8584-200"])
    assert not any(c.passage.text.startswith("Ryan Whitlock") and len(c.passage.blocks) == 1
                   for cs in found.values() for c in cs)


def test_examples_asked_for_are_found_where_the_learner_says_examples(rubrics):
    # "Give three examples of appropriate learning outcomes" beside "Explain the importance of
    # agreeing ... outcomes": the paragraph of aims agreed ("Some aims we have agreed: Kai wanted
    # to get back into college ...") is the examples, the one on why agreeing matters the other
    from corpus.ez_d201_skatepark_docx import CASE

    found = locate([essay(*(text for _, text in CASE.files[0].blocks))], rubrics["D2.01"])
    assert "back into college by September" in found["q8"][0].passage.text
    assert "If the aims are theirs, they care about them" in found["q7"][0].passage.text


def test_the_ordered_match_keeps_the_rows_order_and_may_leave_one_out():
    from marker.submission.assign import best_ordered_match

    # row 1 fits column 0 best, but taking it would put row 1 before row 0's column 1
    weights = [[0.1, 0.9, 0.2], [0.8, 0.3, 0.7]]
    assert best_ordered_match(weights) == [1, 2]
    # where the only column a row fits comes before the others', the row goes without
    assert best_ordered_match([[0.0, 0.9], [0.9, 0.0]]) in ([1, None], [None, 0])
    assert best_ordered_match([]) == []


def test_a_near_tie_between_two_answers_goes_the_way_the_order_goes(rubrics, tmp_path):
    # D2.01 q7 (why agree outcomes) and q8 (outcomes agreed): the learner answers both in
    # order, in two paragraphs that share their words; matched without the order the two
    # came out swapped
    from corpus.build import build
    from corpus.fy_d201_boxing_gym import CASE
    from marker.submission.read import read_submission

    found = locate(read_submission(build(CASE, tmp_path)).documents, rubrics["D2.01"])
    assert "they own it and will put the work in" in found["q7"][0].passage.text
    assert "without being sent home for attitude" in found["q8"][0].passage.text


def test_a_reference_list_run_into_one_long_paragraph_under_its_heading_is_cited():
    """Round 11: a PDF keeps a list's entries as one paragraph, longer than any one entry."""
    from marker.submission.cited import cited_blocks
    from marker.submission.model import Block

    entries = ("Clutterbuck, D. (2004) Everyone Needs a Mentor. 4th edn. London: CIPD. Egan, G. (2014) The Skilled "
               "Helper. 10th edn. Belmont, CA: Brooks/Cole. Hawkins, P. (2012) Creating a Coaching Culture. "
               "Maidenhead: Open University Press. Whitmore, J. (2017) Coaching for Performance. 5th edn. London: "
               "Nicholas Brealey. Kolb, D. A. (1984) Experiential Learning. Englewood Cliffs, NJ: Prentice Hall.")
    blocks = (Block("a.pdf", "heading", "References", 1, level=3, page=3),
              Block("a.pdf", "paragraph", entries, 2, page=4),
              Block("a.pdf", "paragraph", "I met my mentee every fortnight and kept notes of what we agreed, "
                    "which she signed at the end of each session as the unit asks, and I kept them locked away "
                    "in the office drawer between sessions so that no one else could read them.", 3, page=4))
    assert len(entries.split()) > 45
    assert cited_blocks(blocks, [3, None, None]) == frozenset({0, 1})


def test_the_qualifications_name_over_an_essay_is_no_sub_heading(rubrics):
    """Round 11: "ILM Level 2 Award in Effective Mentoring Skills" shares words with every criterion."""
    from marker.submission.locate import QUALIFICATION

    assert QUALIFICATION.search("ILM Level 2 Award in Effective Mentoring Skills")
    assert QUALIFICATION.search("Level 5 Certificate in Effective Coaching and Mentoring")
    assert not QUALIFICATION.search("The skills an effective mentor needs")
    found = locate([doc("essay.pdf", ("heading", "ILM Level 2 Award in Effective Mentoring Skills", 3),
                        ("paragraph", "I have worked in the department for nine years and from the spring I will "
                                      "mentor our two new technicians."))], rubrics["8584-200"])
    assert not any(c.reason.startswith("sub-heading matches") for cs in found.values() for c in cs)
