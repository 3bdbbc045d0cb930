"""The evidence finder on structure a learner invents: their own part numbers mapped to the
criteria by a table, tags naming the criteria an entry answers, and answer templates whose
rows mix answers with "See Appendix 1"."""

import pytest

from conftest import REPO
from marker.submission.labels import mapping_line, own_code, tagged_refs
from marker.submission.locate import locate
from marker.submission.model import Block, Document
from test_locate_structure import doc, rubrics  # noqa: F401  (rubrics: a fixture)


PLAN = ("paragraph", "I met my mentee in the quiet room every fortnight and we agreed three goals together, "
                     "writing them down so that we could both see the progress she made.")
GOALS = ("paragraph", "We agreed that she would run the Saturday session alone by November and learn the "
                      "shelf numbers of the adult non-fiction stock within a month.")
TRUST = ("paragraph", "Trust grew because I turned up on time to every meeting and told her about my own "
                      "mistakes in my first year on the counter, so she could see it was safe to be honest.")


def test_a_learners_own_part_numbers_are_read_and_a_word_or_a_date_is_not():
    assert [own_code(t) for t in ("A1 Why mentoring", "D(a) Records", "Part B – Starting", "Section 2(b)")] == [
        "a1", "d(a)", "part b", "section 2(b)"]
    assert [own_code(t) for t in ("A model to follow", "12 January 2026", "1.1 Plan", "4")] == [None] * 4


def test_a_mapping_table_sends_each_criterion_to_the_part_numbered_in_it(rubrics):
    mapping = ("table", "Part of report | Criterion\nA1 | 1.1\nA2 | 1.2\nB1 | 2.4")
    found = locate([doc("r.docx", ("heading", "My mentoring", 1), mapping,
                        ("heading", "A1 Getting ready", 2), PLAN, ("heading", "A2 What we set out to do", 2), GOALS,
                        ("heading", "B1 Being someone she could rely on", 2), TRUST)], rubrics["8584-201"])
    for ref, phrase in (("1.1", "quiet room"), ("1.2", "Saturday session"), ("2.4", "turned up on time")):
        first = found[ref][0]
        assert phrase in first.passage.text and first.confident, (ref, first.reason)
        assert first.reason.startswith("evidence matrix →")
    assert "Saturday session" not in found["1.1"][0].passage.text


def test_mapping_lines_as_a_pdf_reads_a_mapping_table():
    assert mapping_line("A1 1.1") == ("A1", ["1.1"])
    assert mapping_line("Part B: 2.1 – 2.3") == ("Part B", ["2.1", "2.2", "2.3"])
    assert mapping_line("A1 What mentoring is for") is None and mapping_line("12 May 1.1") is None


@pytest.mark.parametrize("pdf", [True, False], ids=["pdf lines", "unstyled docx"])
def test_a_mapping_finds_parts_whose_numbers_are_typed_in_body_text(rubrics, pdf):
    if pdf:  # the table's rows come out as lines, the part titles as short lines
        mapping = [("paragraph", "A1 1.1"), ("paragraph", "A2 1.2"), ("paragraph", "B1 2.4")]
    else:
        mapping = [("table", "Part | Criterion\nA1 | 1.1\nA2 | 1.2\nB1 | 2.4")]
    found = locate([doc("r.pdf" if pdf else "r.docx", *mapping,
                        ("paragraph", "A1 Getting ready"), PLAN, ("paragraph", "A2 What we set out to do"), GOALS,
                        ("paragraph", "B1 Being someone she could rely on"), TRUST, pdf=pdf)], rubrics["8584-201"])
    for ref, phrase in (("1.1", "quiet room"), ("1.2", "Saturday session"), ("2.4", "turned up on time")):
        first = found[ref][0]
        assert phrase in first.passage.text and first.confident and " → " in first.reason, (ref, first.reason)
    assert all(c.passage.text != "A2 What we set out to do" for c in found["1.2"]), "a part's title is no answer"


def test_tags_name_the_criteria_an_entry_answers():
    assert tagged_refs("Links to: AC 1.1") == ["1.1"]
    assert tagged_refs("(criteria 1.2 and 2.1)") == ["1.2", "2.1"]
    assert tagged_refs("Tuesday 27 January 2026 (AC 1.2, 2.1)") == ["1.2", "2.1"]
    assert tagged_refs("(AC 2.2) I turned what I learned into a plan for the next six months, with dates") == ["2.2"]
    assert tagged_refs("I covered 2.1 in the session with her") == []
    assert tagged_refs("(see 2.1)") == []


def test_a_titles_bare_criteria_in_brackets_name_what_it_answers():
    """"Question 3: Barriers … (1.3 and 1.4)" with no "AC" (round 16): a title's own; in a sentence "(see 1.2)" and
    "(1.2)" point elsewhere, and a PDF that runs "Question 2: … (1.2)" into its answer still names 1.2."""
    title = "Question 3: Barriers to mentoring new operatives on a three-shift site, and how I plan to overcome them (1.3 and 1.4)"
    assert tagged_refs(title, title=True) == ["1.3", "1.4"]
    assert tagged_refs("Question 2: How mentoring will help new starters (1.2) Mentoring builds their confidence") == ["1.2"]
    assert tagged_refs("Goals agreed and written on the goals sheet (see 1.2).", title=True) == []
    assert tagged_refs("We agreed the goals and wrote them on the sheet (1.2).") == []


def test_a_tagged_journal_entry_is_the_evidence_for_what_its_tag_names(rubrics):
    found = locate([doc("j.pdf", ("heading", "Monday 12 January 2026"), ("paragraph", "Links to: AC 1.1"), PLAN,
                        ("heading", "Tuesday 27 January 2026"), ("paragraph", "(criteria 1.2 and 2.4) " + GOALS[1]),
                        TRUST, pdf=True)], rubrics["8584-201"])
    assert "quiet room" in found["1.1"][0].passage.text and found["1.1"][0].confident
    assert "Saturday session" not in found["1.1"][0].passage.text
    for ref in ("1.2", "2.4"):
        assert found[ref][0].reason.startswith("labelled (criteria 1.2 and 2.4)") and found[ref][0].confident


def test_a_template_mixing_answers_and_appendix_rows_gives_each_row_its_own_answer(rubrics):
    table = ("table", "Assessment criteria | Learner evidence\n"
                      "1.1 Prepare a plan for effective mentoring of an individual | See Appendix 1\n"
                      "1.2 State the agreed goals of the mentoring sessions | See Appendix 2\n"
                      "2.4 Describe how trust was developed with the individual being mentored | " + TRUST[1] + "\n"
                      "3.2 Provide evidence of a 1-hour meeting with their tutor | To follow")
    found = locate([doc("t.docx", ("heading", "Learner record", 1), table,
                        ("heading", "Appendix 1 – Plan", 1), PLAN, ("heading", "Appendix 2 – Goals", 1), GOALS)],
                   rubrics["8584-201"])
    assert "quiet room" in found["1.1"][0].passage.text and "→ Appendix 1" in found["1.1"][0].reason
    assert "Saturday session" in found["1.2"][0].passage.text
    trust = found["2.4"][0]
    assert "turned up on time" in trust.passage.text and trust.passage.location.endswith("row 4")
    assert not any(c.confident for c in found["3.2"]), "a row saying 'To follow' answers nothing"


def test_a_criterion_pasted_into_the_answers_paragraph_is_not_counted_as_the_answer(rubrics):
    rubric = rubrics["8587-300"]
    records, reflection = rubric.outcomes[3].criteria
    # a PDF runs the pasted criterion, its guidance and a one-line answer into one block
    found = locate([doc("a.pdf", ("paragraph", f"AC {records.ref} {records.text} Covered under 3.1 above."),
                        ("paragraph", f"AC {reflection.ref} {reflection.text} Amplification: {reflection.depth} "
                                      "Reflecting after each session is how I notice that I talked too much, and "
                                      "supervision every six weeks checks my ethics and my blind spots."),
                        pdf=True)], rubric)
    assert not any(c.confident for c in found["4.1"]), "the criterion's own words are not an answer"
    assert found["4.2"][0].confident and "blind spots" in found["4.2"][0].passage.text


def test_questions_typed_as_lines_head_the_answers_below_them(rubrics):
    found = locate([doc("p.docx", ("paragraph", "How did I get ready for the sessions?"), PLAN,
                        ("paragraph", "What did we agree to work towards?"), GOALS,
                        ("paragraph", "Why did she come to rely on me?"), TRUST)], rubrics["8584-201"])
    offered = [c.passage.text for cs in found.values() for c in cs]
    assert "What did we agree to work towards?" not in offered, "a question is a heading, not an answer"
    assert any(t.startswith("What did we agree") and "Saturday session" in t for t in offered)


def test_words_every_criterion_uses_do_not_make_a_title_line_an_answer(rubrics):
    found = locate([doc("p.docx", ("paragraph", "Unit 304 portfolio for the Level 3 Certificate in Effective "
                                                "Coaching and Mentoring, by a station manager."),
                        ("paragraph", "At the end of each session I asked both mentees to rate it out of five and "
                                      "say one thing to change; scores rose from three to five over the period."))],
                   rubrics["8587-304"])
    assert not any(c.confident and "Level 3 Certificate" in c.passage.text for cs in found.values() for c in cs)


def test_a_criterion_pdf_ran_into_its_answers_first_lines_labels_that_answer(rubrics):
    rubric = rubrics["8587-300"]
    purpose, role = rubric.outcomes[0].criteria[:2]
    found = locate([doc("a.pdf", ("paragraph", f"{purpose.text} Guidance: {purpose.guidance} In our surgeries coaching "
                                               "means a conversation that helps reception leads solve problems."),
                        ("paragraph", f"{role.text} A coach helps the coachee think rather than telling them, and "
                                      "refers on anything outside coaching to the employee assistance programme."),
                        pdf=True)], rubric)
    assert found["1.1"][0].reason.startswith("labelled") and "reception leads" in found["1.1"][0].passage.text
    assert "employee assistance" in found["1.2"][0].passage.text
    assert "employee assistance" not in found["1.1"][0].passage.text


def test_a_two_page_pdfs_page_numbers_are_not_text():
    from marker.submission.pdf import strip_running_lines

    pages = ["Entry one\nthe plan runs on\nUnit 305   Page 1 of 2", "to the next page\nPage 2 of 2"]
    assert strip_running_lines(pages) == ["Entry one\nthe plan runs on", "to the next page"]
    assert strip_running_lines(["Goals\nI chose 3", "Goals\nWe met 4 times"]) == ["Goals\nI chose 3", "Goals\nWe met 4 times"]


def test_an_evidence_matrix_a_pdf_made_lines_of_is_followed_row_by_row(rubrics):
    rows = []
    for ref, text, place in (("1.1", "Prepare a plan for effective mentoring of an", "Mentoring plan File 02, page 1"),
                             ("1.2", "State the agreed goals of the", "Goals we agreed File 02, page 1"),
                             ("2.4", "Describe how trust was developed with the", "Trust File 02, page 2")):
        rows += [("heading", f"{ref} {text}"), ("paragraph", "individual"), ("heading", place)]
    cover = doc("01 cover.pdf", ("heading", "Evidence matrix"), *rows, pdf=True)
    evidence = doc("02 evidence.pdf", ("heading", "Mentoring plan"), PLAN, ("heading", "Goals we agreed"), GOALS,
                   ("heading", "Trust"), TRUST, pdf=True)
    found = locate([cover, evidence], rubrics["8584-201"])
    for ref, phrase in (("1.1", "quiet room"), ("1.2", "Saturday session"), ("2.4", "turned up on time")):
        first = found[ref][0]
        assert first.passage.file == "02 evidence.pdf" and phrase in first.passage.text, (ref, first.reason)
        assert first.reason.startswith("evidence matrix →") and first.confident
    assert not any(c.passage.file == "01 cover.pdf" for cs in found.values() for c in cs), "the matrix is no evidence"


def test_a_pointer_to_a_page_does_not_cut_a_labelled_answer_running_over_it(rubrics):
    cover = doc("01 cover.docx", ("table", "AC | Evidence | Where\n1.1 | Plan | Log p. 2\n1.2 | Goals | Log p. 2"))
    log = Document("log.pdf", REPO / "log.pdf", "0" * 64, (
        Block("log.pdf", "heading", "AC 2.4 Building trust", 1, page=1),
        Block("log.pdf", "paragraph", "Trust grew slowly over the first month of our meetings.", 2, page=1),
        Block("log.pdf", "paragraph", TRUST[1], 1, page=2),
        Block("log.pdf", "paragraph", PLAN[1], 2, page=2)), pages=2)
    found = locate([cover, log], rubrics["8584-201"])
    assert "turned up on time" in found["2.4"][0].passage.text


def test_headings_typed_as_plain_lines_are_found_by_the_matrix(rubrics):
    cover = doc("01 cover.docx", ("table", "AC | Evidence | Where\n1.1 | Mentoring plan | File 02\n"
                                           "1.2 | Goals we agreed | File 02\n2.4 | Session record 2 | File 02"))
    evidence = doc("02 evidence.docx", ("paragraph", "Mentoring plan"), PLAN, ("paragraph", "Goals we agreed"), GOALS,
                   ("paragraph", "Session records"), ("paragraph", "Session record 1"),
                   ("paragraph", "We met for an hour and talked about the first week on the counter."),
                   ("paragraph", "Session record 2"), TRUST)
    found = locate([cover, evidence], rubrics["8584-201"])
    for ref, phrase, not_there in (("1.1", "quiet room", "Saturday session"), ("1.2", "Saturday session", "first week"),
                                   ("2.4", "turned up on time", "first week")):
        first = found[ref][0]
        assert phrase in first.passage.text and not_there not in first.passage.text, (ref, first.reason)
        assert first.reason.startswith("evidence matrix →")


def test_see_appendix_with_more_words_offers_the_part_of_the_appendix_they_name(rubrics):
    table = ("table", "Criterion | Evidence\n1.1 Prepare a plan for effective mentoring of an individual | See Appendix 1\n"
                      "1.2 State the agreed goals of the mentoring sessions | See Appendix 1 (goals)")
    found = locate([doc("t.docx", ("heading", "Record", 1), table, ("heading", "Appendix 1 – Plan and goals", 1),
                        ("heading", "My plan", 2), PLAN, ("heading", "Goals we agreed", 2), GOALS)], rubrics["8584-201"])
    goals = found["1.2"][0]
    assert "Saturday session" in goals.passage.text and "quiet room" not in goals.passage.text, goals.reason
    assert "quiet room" in found["1.1"][0].passage.text, "the whole appendix where the pointer names no part"


def test_a_long_title_that_ends_with_its_criteria_in_brackets_is_tagged_but_a_paragraphs_end_is_not():
    title = "3. Potential barriers to mentoring new kitchen staff and how I would overcome them (AC 1.3 & 1.4)"
    assert tagged_refs(title, title=True) == ["1.3", "1.4"]
    assert tagged_refs(title) == []  # a paragraph's closing tag stays short
    assert tagged_refs("I met her twice. We talked about goals and the plan and what she wanted next (AC 1.2)",
                       title=True) == []


def test_a_short_labelled_answer_that_names_an_appendix_gives_way_to_the_appendix_a_matrix_points_to(rubrics):
    """'1.2 Agreed goals' saying only that the goals are Appendix 2: the appendix is the evidence; a long answer
    that mentions an appendix in passing stays the evidence itself."""
    matrix = ("table", "Criterion | Evidence\n1.1 Prepare a plan for effective mentoring | Appendix 1, plan\n"
                       "1.2 State the agreed goals of the mentoring sessions | Appendix 2, goals")
    long_plan = ("paragraph", PLAN[1] + " " + TRUST[1] + " My plan is also written out as Appendix 1 for the centre.")
    found = locate([doc("t.docx", ("heading", "My mentoring", 1), matrix,
                        ("heading", "1.1 Plan", 2), long_plan,
                        ("heading", "1.2 Agreed goals", 2),
                        ("paragraph", "Our agreed goals are Appendix 2 at the back of this file; we signed them together."),
                        ("heading", "Appendix 1 – Plan", 1), ("paragraph", "Fortnightly meetings, listed by date."),
                        ("heading", "Appendix 2 – Goals", 1), GOALS)], rubrics["8584-201"])
    assert "Saturday session" in found["1.2"][0].passage.text, found["1.2"][0].reason
    assert "quiet room" in found["1.1"][0].passage.text, found["1.1"][0].reason


def test_a_template_box_the_learner_has_still_to_fill_is_not_a_sure_answer(rubrics):
    table = ("table", "Assessment criteria | Learner evidence\n"
                      "1.1 Prepare a plan for effective mentoring of an individual | " + PLAN[1] + "\n"
                      "1.2 State the agreed goals of the mentoring sessions | Not finished yet - I will complete this box "
                      "after my tutorial with Margaret on the 9th and send the updated template before the deadline.")
    found = locate([doc("t.docx", ("heading", "Learner record", 1), table)], rubrics["8584-201"])
    assert found["1.1"][0].confident
    assert not any(c.confident for c in found["1.2"])


def test_an_evidence_matrix_row_read_back_from_a_pdf_is_a_pointer_below_the_labelled_answer(rubrics):
    """The matrix's table lost in a PDF: "AC 1.1 Examine …" over "Summary … Page 2" is a label too, but a page named
    in a few words sends the reader on; the answer labelled "AC 1.1" where the page leads comes first (round 16)."""
    long_answer = " ".join([PLAN[1], GOALS[1], TRUST[1]])
    found = locate([doc("j.pdf", ("heading", "Reflective Journal evidence matrix"),
                        ("heading", "AC 1.1 Examine the effectiveness of their"),
                        ("paragraph", "own coaching practice based on evidence, including records, supervision and feedback"),
                        ("heading", "Summary examination of my coaching"),
                        ("paragraph", "(diary, reflective log, supervision, feedback); Appendix A and B Page 2;"),
                        ("heading", "Appendix file"),
                        ("heading", "AC 1.2 Identify own strengths and areas"),
                        ("paragraph", "for improvement of their own knowledge, skills and behaviour Pages 2-3"),
                        ("heading", "Section One"), ("heading", "AC 1.1"), ("paragraph", long_answer),
                        ("heading", "AC 1.2"), ("paragraph", TRUST[1] + " " + GOALS[1]), pdf=True)],
                   rubrics["8587-303"])
    first = found["1.1"][0]
    assert "quiet room" in first.passage.text and first.confident, first.reason


def test_questions_stacked_over_one_answer_share_it_and_an_unanswered_one_does_not(rubrics):
    """'Q9 …personal things…' straight over 'Q10 …practical things…' and one answer to both: each gets it. A
    question the learner says they will come back to ('18. I will come back to this one') gets no other's answer."""
    answer = ("paragraph", "Personal: being shy, for example Learner X is nervous with the adults watching. "
                           "Practical: getting a lift to practice night, as the bus doesn't run late.")
    found = locate([doc("a.txt",
                        ("paragraph", "Q9 Give two examples of personal things that can get in the way of being "
                                      "mentored (6 marks)"),
                        ("paragraph", "Q10 Give two examples of practical things that can get in the way of being "
                                      "mentored (6 marks)"),
                        answer,
                        ("paragraph", "18. I will come back to this one, I haven't finished my examples yet."),
                        ("paragraph", "19. When giving feedback I would do it soon after, somewhere private, start "
                                      "with what went well, then one thing to work on and how to do it."))],
                   rubrics["D2.01"])
    for ref in ("q9", "q10"):
        assert "Learner X is nervous" in found[ref][0].passage.text, (ref, found[ref][0].reason)
    # an unanswered question pasted over the next looks the same: the shared answer is never shown as sure
    assert not found["q9"][0].confident and found["q10"][0].confident
    assert "somewhere private" not in found["q18"][0].passage.text


def test_a_question_answered_elsewhere_or_a_bare_number_shares_no_answer(rubrics):
    """An independent review's cases: 'AC 1.1' alone over 'AC 1.2 …' and its goals, with the plan under 'Plan (AC
    1.1)' further down; 'Q9 …' over 'Q10 …', answered later under 'Q9 (coming back to it)'; 'Q12 …? N/A'."""
    goals = ("paragraph", "Sam and I agreed two goals: to ring rounds confidently by May and to call a simple touch.")
    plan = ("paragraph", "My plan is to meet Sam weekly in the quiet room for six sessions of an hour from 3 March.")
    found = locate([doc("a.docx", ("heading", "AC 1.1", 2), ("heading", "AC 1.2 State the agreed goals of the "
                                   "mentoring sessions", 2), goals, ("heading", "Plan (AC 1.1)", 2), plan)],
                   rubrics["8584-201"])
    assert "quiet room" in found["1.1"][0].passage.text and found["1.1"][0].confident
    q9 = "Q9 Give two examples of personal things that can get in the way of being mentored"
    q10 = "Q10 Give two examples of practical things that can get in the way of being mentored"
    found = locate([doc("a.txt", ("paragraph", q9), ("paragraph", q10),
                        ("paragraph", "Getting a lift is hard as the bus does not run late on practice night."),
                        ("paragraph", "Q9 (coming back to it)"),
                        ("paragraph", "Being shy is one, for example a new ringer is nervous with the adults watching."))],
                   rubrics["D2.01"])
    assert "Being shy" in found["q9"][0].passage.text and found["q9"][0].confident
    found = locate([doc("a.txt", ("paragraph", "Q12 What do you do if a mentee wants help with personal problems? N/A"),
                        ("paragraph", "Q13 Briefly explain what you will do if you cannot get on with your mentee"),
                        ("paragraph", "I would talk to my supervisor and ask for a new mentor to be found."))],
                   rubrics["D2.01"])
    assert not found["q12"][0].confident


def test_a_young_learners_stacked_questions_each_find_the_joint_answer(rubrics, tmp_path):
    """Round 19's bell ringer (written by a writer who read no marker code): Q9 over Q10 and Q17 over Q18, each
    pair answered in one paragraph under both question lines."""
    from corpus.build import build
    from corpus.r19c_d201_bell_ringers_txt import CASE
    from marker.submission.read import read_submission

    found = locate(read_submission(build(CASE, tmp_path)).documents, rubrics["D2.01"])
    for ref in ("q9", "q10", "q17", "q18"):
        assert CASE.labels[ref] in " ".join(found[ref][0].passage.text.split()), (ref, found[ref][0].reason)



def test_a_paragraph_opening_with_its_title_and_criterion_is_labelled():
    assert tagged_refs("Goals (3.2): I wanted to check with my assessor whether the goals had to be real.") == ["3.2"]
    assert tagged_refs("My two goals (AC 3.2 & 3.3): first, the course") == ["3.2", "3.3"]
    assert tagged_refs("Goals (see 3.2): as above") == []
    assert tagged_refs("Figure 2 (1.2) shows the plan") == []


def test_a_criterion_answered_in_the_additional_notes_finds_the_answer_there_not_its_pointer(rubrics):
    """Round 20's tattoo studio (a writer who read no marker code): 3.2's own section says the answer is in the
    Additional notes, where a paragraph opens 'Goals (3.2):'; a PDF runs the question and the pointer into one line."""
    pointer = ("3.2 State examples of goals that would be agreed in an effective mentoring session Guidance: Give "
               "examples of at least two goals that would provide the focus of mentoring. (I have put my answer to "
               "this one in the Additional notes at the end.)")
    answer = ("Goals (3.2): I asked my assessor whether these had to be my real apprentice's goals. Goal one: complete "
              "the bloodborne pathogens course by the end of May and talk a client through aftercare without the "
              "card. Goal two: draw one full sheet of original flash every week for twelve weeks and ask for feedback.")
    found = locate([doc("m.pdf", ("paragraph", pointer), ("heading", "Additional notes", 1), ("paragraph", answer))],
                   rubrics["8584-200"])
    assert "bloodborne" in found["3.2"][0].passage.text and found["3.2"][0].confident, found["3.2"][0].reason
