"""Practice shapes that came to light once a PDF's log reached the reader as a table: each in small."""

import pytest

from marker.submission.model import Block, Document
from marker.submission.practice import practice
from marker.submission.practice_rules import UNCERTAIN


def para(text: str, number: int, kind: str = "paragraph", page: int | None = None) -> Block:
    return Block("diary.pdf" if page else "diary.docx", kind, text, number, page=page)


def table(*rows: str, number: int, page: int | None = None) -> Block:
    return Block("diary.pdf" if page else "diary.docx", "table", "\n".join(rows), number, page=page)


SESSIONS = ("Session | Date | Length | Main issues discussed",
            "1 | Sat 08/03/2025 | 30 minutes | Ground rules",
            "2 | Sat 15/03/2025 | 30 minutes | Her warm-up")
REVIEWS = ("Review | Date | Length | What we talked about",
           "1 | Sat 08/03/2025 | 30 minutes | I asked too many questions",
           "2 | Sat 15/03/2025 | 30 minutes | Letting her do the talking")


@pytest.mark.parametrize("page", [None, 2])
def test_a_table_introduced_by_the_sentence_above_it_is_what_that_sentence_says(page):
    """'… to go over how it went. My supervision record:' over a table headed 'Review': the supervision."""
    p = practice([Document(para("x", 1, page=page).file, None, "", (
        table(*SESSIONS, number=1, page=page),
        para("After each session I met Nadia for 30 minutes in the staff room to go over how it went. "
             "My supervision record:", 2, page=page),
        table(*REVIEWS, number=3, page=page)))])
    assert (p.minutes, p.supervision_minutes) == (60, 60)


def test_the_hours_the_unit_asks_for_reached_are_no_session():
    p = practice([Document("diary.docx", None, "", (
        para("Tuesday 6 May, 10:00 to 11:30 with Tom: contract and goals.", 1),
        para("Meeting with my tutor", 2, kind="heading"),
        para("I met Karen on 6 June for our tutorial; we met for an hour in her office at the college.", 3),
        para("We agreed that I had met the three hours, and that I should write goals with numbers in.", 4)))])
    assert (p.minutes, p.supervision_minutes) == (90, 60)


def _log(*rows: str) -> Document:
    return Document("diary.docx", None, "", (table("Date | Coachee | Minutes | Notes", *rows, number=1),))


def test_one_row_that_names_a_person_among_coded_coachees_is_one_of_them_and_asked_about():
    p = practice([_log("06/01 | Coachee 1 | 60 | Contracting", "08/01 | Coachee 2 | 60 | Contracting",
                       "13/01 | Coachee 1 | 90 | Goals", "15/01 | Coachee 2 | 90 | Goals",
                       "27/01 | R. Thorne | 90 | 360 results")])
    assert sorted(p.individuals) == ["Coachee 1", "Coachee 2"]
    assert any("R. Thorne" in d.text for d in p.doubts), p.doubts


def test_a_person_named_in_several_rows_beside_coded_coachees_is_counted_as_another():
    p = practice([_log("06/01 | Coachee 1 | 60 | Contracting", "08/01 | Coachee 2 | 60 | Contracting",
                       "13/01 | Coachee 1 | 90 | Goals", "15/01 | Coachee 2 | 90 | Goals",
                       "27/01 | Ravi | 90 | Contracting", "03/02 | Ravi | 90 | Goals")])
    assert len(p.individuals) == 3


def test_a_row_whose_notes_say_the_learner_sat_in_on_someone_elses_mentoring_is_not_a_session():
    p = practice([_log("01/10 | Ola | 60 | Goals", "02/10 | Huw and his commis | 60 | Sat in while Huw mentored his commis chef")])
    assert (p.minutes, p.sessions) == (60, 1)


def test_a_length_of_feedback_in_a_rows_notes_is_asked_about():
    p = practice([_log("23/09 | Sam | 90 | Observed by Mererid for my assessment; her feedback to me afterwards took 30 min")])
    assert p.minutes == 90
    assert [r.minutes for r in p.rows if r.kind == UNCERTAIN] == [30]
