"""The evidence finder on round 22's whole submissions: a report whose own section numbers
("2.1 What coaching is" under "2. What coaching is and why ...") clash with criterion numbers,
and a contents list whose leader dots a PDF lost."""

import pytest

from marker.submission.locate import locate
from test_locate_structure import doc, rubrics  # noqa: F401  (rubrics: a fixture)


WHAT = ("paragraph", "Coaching is a one-to-one conversation over a set number of sessions in which the coach "
                     "helps someone set goals and find their own way of reaching them, mostly by asking questions.")
WHY = ("paragraph", "Our retail figures are the lowest in the group although everyone has had product training; "
                    "coaching works on that gap between knowing and doing, which is what the business needs.")
COACH = ("paragraph", "Coaches are senior therapists with full columns of treatments, so I will block one hour a "
                      "week out of each coach's column for them to prepare, coach and write up.")
THERAPISTS = ("paragraph", "Some therapists will think being offered coaching means they are in trouble, so it "
                           "will be offered to every new therapist in their first year, not only to poor performers.")
BUSINESS = ("paragraph", "There is no private space but the treatment rooms, which are the wrong setting for a "
                         "coaching conversation, so we will use the small meeting room behind reception.")
RAPPORT = ("paragraph", "The first contact is an informal chat over coffee in the staff room, where the coach "
                        "builds rapport and trust by listening far more than talking.")


def _report(pdf: bool, outcome_numbers: bool = False):
    """A report with Word's numbered headings: its sub-sections "2.1", "4.1" … "4.3" are its own."""
    two, four = ("1. Understand coaching", "2. Barriers") if outcome_numbers else ("2. What coaching is and why we need it",
                                                                                 "4. Barriers")
    subs = ("1.1", "1.2", "2.1", "2.2", "2.3") if outcome_numbers else ("2.1", "2.2", "4.1", "4.2", "4.3")
    return doc("report.pdf" if pdf else "report.docx",
               ("heading", "Coaching in the spa: a proposal", 1),
               ("heading", two, 1), ("heading", f"{subs[0]} What coaching is", 2), WHAT,
               ("heading", f"{subs[1]} Why the spa needs it", 2), WHY,
               ("heading", four, 1), ("heading", f"{subs[2]} Barriers for the coach", 2), COACH,
               ("heading", f"{subs[3]} Barriers for therapists", 2), THERAPISTS,
               ("heading", f"{subs[4]} Barriers in the business", 2), BUSINESS,
               ("heading", "5. Getting started", 1),
               *([] if outcome_numbers else [("heading", "5.1 First contact", 2)]), RAPPORT, pdf=pdf)


@pytest.mark.parametrize("pdf", [True, False], ids=["pdf", "docx"])
def test_a_reports_own_sub_section_numbers_are_not_criteria(rubrics, pdf):
    """Under "4. Barriers", "4.3" is no criterion of unit 300, nor "5.1" under a fifth section of a unit of four
    outcomes: the report numbers its own sub-sections, so its "2.1 What coaching is" and "4.1 Barriers for the coach"
    label nothing (AC 2.1 is rapport, AC 4.1 records). One such number alone ("4.3 Conclusion" after "4.2") is an
    extra section of a report numbered by outcome (the review: test_locate_review22.py)."""
    found = locate([_report(pdf)], rubrics["8587-300"])
    for ref in ("2.1", "2.2", "4.1", "4.2"):
        assert not any(c.reason.startswith("labelled") for c in found[ref]), (ref, found[ref][0].reason)
    assert "informal chat" in found["2.1"][0].passage.text


def test_sub_sections_numbered_by_outcome_are_still_criteria(rubrics):
    """"1. Understand coaching" over "1.1", "1.2" and "2. Barriers" over "2.1" … "2.3": every sub-number is a
    criterion of the unit, so they are the criteria's labels."""
    found = locate([_report(pdf=False, outcome_numbers=True)], rubrics["8587-300"])
    assert found["2.1"][0].reason.startswith("labelled 2.1") and "senior therapists" in found["2.1"][0].passage.text
    assert found["1.1"][0].reason.startswith("labelled 1.1")


def test_contents_lines_a_pdf_left_without_leader_dots_answer_nothing(rubrics):
    """"Contents" over "Section Page" and "1. Introduction 1", "4. Reflective practice and supervision 3": the
    lines name every section's topic and answer none."""
    found = locate([doc("report.pdf", ("heading", "Contents", 1), ("heading", "Section Page", 3),
                        ("heading", "1. Introduction 1", 3), ("heading", "2. Contracting and the coaching process 2", 3),
                        ("heading", "3. Records and confidentiality 3", 3),
                        ("heading", "4. Reflective practice and supervision 3", 3),
                        ("heading", "References 4", 3),
                        ("heading", "Introduction", 3),
                        ("paragraph", "I manage a spa of twenty-two staff and this proposal sets out how in-house "
                                      "coaching of our therapists would work and be kept safe."),
                        ("heading", "Supervision", 3),
                        ("paragraph", "A coach who never reflects keeps making the same mistakes, and one without "
                                      "supervision can be drawn into a therapist's personal problems unnoticed."),
                        pdf=True)], rubrics["8587-300"])
    for ref, offered in found.items():
        assert not any("Introduction 1" in c.passage.text for c in offered), ref


JOINED = ("paragraph", "Explain the roles and responsibilities of an effective mentor and also Identify the skills, "
                       "knowledge and behaviours required of an effective mentor")
ROLE = ("paragraph", "The mentor is an experienced pilot from outside the trainee's training chain, someone the trainee "
                     "can talk to freely, who never signs off their trips or reports on them.")
SKILLS = ("paragraph", "Skills: active listening, open questions, summarising and telling a sea story in a way that "
                       "makes a point. Knowledge of the licence classes; behaviours such as patience and honesty.")


def test_two_criteria_pasted_joined_on_one_line_label_the_answer_under_it(rubrics):
    """A plain text file with no numbers: the learner pasted 1.2's and 1.3's wording on one line joined by "and
    also" (retyping "role" as "roles"), over one answer to both. It is mostly neither criterion's wording, but all
    of it is theirs: it labels both, and is no evidence by wording."""
    found = locate([doc("answers.txt", ("paragraph", "Describe the purpose of effective mentoring within an "
                                                     "organisational context"), WHAT, JOINED, ROLE, SKILLS,
                        ("paragraph", "Identify how to overcome potential barriers to mentoring"), COACH)],
                   rubrics["8587-301"])
    for ref in ("1.2", "1.3"):
        first = found[ref][0]
        assert first.reason.startswith("labelled") and "sea story" in first.passage.text, (ref, first.reason)
        assert "senior therapists" not in first.passage.text


def test_a_learners_sentence_naming_two_criteria_labels_nothing(rubrics):
    from marker.submission.locate import wording
    said = wording(rubrics["8587-301"])
    assert said.joined_labels(JOINED[1]) == ("1.2", "1.3")
    assert said.joined_labels("Here I explain the role of a mentor on our launches and then the skills, knowledge "
                              "and behaviours a pilot needs to mentor a trainee well") == ()


BRIEF_21 = ("paragraph", "Identifying how mentors will commence mentoring with an individual from the initial contact "
                         "and how they will build good relationships in their mentoring by building rapport and "
                         "establishing trust.")
FIRST_CONTACT = ("paragraph", "The first contact is the mentor introducing themselves in the pilot station when the "
                              "trainee first joins. Trust comes from keeping confidences and from the mentor owning up "
                              "to touching a dolphin berthing a coaster in my first winter.")


def test_the_briefs_task_pasted_over_an_answer_labels_it(rubrics):
    """The learner pasted the brief's task for 2.1, not the criterion, over the answer: where nothing labels 2.1,
    that line says what follows answers it."""
    found = locate([doc("answers.txt", ("paragraph", "Explain the rationale for and process of contracting in "
                                                     "mentoring"), ROLE, BRIEF_21, FIRST_CONTACT,
                        ("paragraph", "Describe what represents safe and ethical practice in mentoring"), SKILLS)],
                   rubrics["8587-301"])
    first = found["2.1"][0]
    assert first.reason.startswith("labelled Identifying") and "dolphin" in first.passage.text and first.confident
    assert "sea story" not in first.passage.text


def test_a_question_answered_out_of_order_keeps_its_number_where_its_wording_follows(rubrics):
    """"13) Briefly explain …" answered before "12) What do you do if a mentee wants help with personal problems?":
    a bare number below the last is a list item, unless the question's own wording follows it. A list in an answer
    ("1. Listen first") stays a list."""
    found = locate([doc("d201.docx",
                        ("paragraph", "13) Briefly explain what you will do if you cannot get on with your mentee (5 marks)"),
                        ("paragraph", "First I would look at myself and talk to the mentee honestly about how the "
                                      "meetings are going, and if nothing changes ask the principal for another mentor."),
                        ("paragraph", "12) What do you do if a mentee wants help with personal problems? (5 marks)"),
                        ("paragraph", "I am not a counsellor. Anything about their safety I pass to our designated "
                                      "safeguarding lead straight away, and otherwise I help them find who can help:"),
                        ("paragraph", "1. Listen first and let them finish before saying anything at all to them"),
                        ("paragraph", "2. Help them think about who could help, such as their tutor or a helpline")),
                    ], rubrics["D2.01"])
    first = found["q12"][0]
    assert first.reason.startswith("labelled 12)") and "safeguarding lead" in first.passage.text and first.confident
    assert "Listen first" in first.passage.text, "its list is part of its answer"
    assert "safeguarding lead" not in found["q13"][0].passage.text
    assert not any(c.reason.startswith("labelled 1.") for c in found["q1"])
