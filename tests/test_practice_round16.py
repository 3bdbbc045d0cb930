"""Practice shapes that round 16's logs showed (written by writers who read no marker code): each in small."""

from marker.submission.model import Block, Document
from marker.submission.practice import practice


def _doc(*paragraphs: str | tuple[str, str], file: str = "diary.docx", page: int | None = None) -> Document:
    """Paragraphs, or (kind, text) pairs for a heading among them."""
    blocks = []
    for n, p in enumerate(paragraphs, 1):
        kind, text = p if isinstance(p, tuple) else ("paragraph", p)
        blocks.append(Block(file, kind, text, n, page))
    return Document(file, None, "", tuple(blocks))


def test_a_bulleted_diary_gives_the_month_only_when_it_changes():
    """'Tue 11th' under 'Tue 4th Mar' is 11 March, not the 'Tue 11th' of February written a month before; and
    'with J.' names the mentee by her initial, whatever word starts the next sentence."""
    p = practice([_doc("Tue 4th Feb - 1 hr with J. First one.",
                       "Tue 11th - 45 mins with J. Goals agreed.",
                       "Tue 4th Mar - 1 hr 15 with J. Role played the welcome.",
                       "Tue 11th - 30 mins with J. Short one, the pump broke.")])
    assert (p.minutes, p.sessions, p.individuals) == (60 + 45 + 75 + 30, 4, ("J",))


def test_a_dashed_log_names_its_mentees_between_the_date_and_the_length():
    """'06/01 - Ash - 50m': Ash and Birch are the mentees, though both are also trees."""
    p = practice([_doc("06/01 - Ash - 50m - first meeting - total 0h 50m",
                       "07/01 - Birch - 1h - agreement signed - total 1h 50m",
                       "20/01 - GROUP Ash + Birch - 1.5 hrs - walk round the workshop - total 3h 20m",
                       "12/02 - Review - 1h - with my tutor Sue")])
    assert (p.minutes, p.sessions) == (50 + 60 + 90, 3)
    assert sorted(p.individuals) == ["Ash", "Birch"]


def test_a_covers_supervisor_makes_the_reviews_with_him_supervision():
    """'Supervisor: Mr Doyle' on the cover: 'Review with Mr Doyle' is supervision, and the review finished two days
    later 'for another 15 minutes' is more of it; a recurring invite's occurrences are slots, not sessions; a call that
    dropped 'after 25 minutes' lasted 25 minutes; 'Mentee: A' among the cover's fields is the one mentee."""
    p = practice([_doc("Name: Chloe Brennan Supervisor: Mr Doyle (course tutor) Mentee: A, Year 10",
                       "Step Up - Chloe / A. Every Monday 16:30 - 17:00, 6 occurrences from 13/01/2025.",
                       ("heading", "Session 1 - Monday 13 January"),
                       "Mentoring (Teams, 4.30 to 5pm, 30 minutes): introductions.",
                       "Review with Mr Doyle (Tuesday 14th, 30 minutes): the silences.",
                       ("heading", "Session 2 - Monday 20 January"),
                       "Mentoring (Teams): her wifi kept dropping and we lost connection after 25 minutes.",
                       "Review with Mr Doyle: only 20 minutes on the Tuesday because he got called into a meeting, "
                       "so we finished it on Thursday 23rd for another 15 minutes.")])
    assert (p.minutes, p.sessions, p.supervision_minutes, p.individuals) == (30 + 25, 2, 30 + 20 + 15, ("A",))


def test_a_diary_kept_per_mentee_gives_each_section_its_mentee():
    """'Session notes – Farah (…)' over dated prose that names no one: Farah's sessions, though a PDF runs the next
    heading into the paragraph above; a supervisor the learner role-plays with is not the learner's supervision."""
    p = practice([_doc(("heading", "Session notes – Farah (Hygiene Team Leader, days)"),
                       "2 October. Just over an hour (65 mins). Agreement signed.",
                       "6 November. Two hours. Role played the conversation with the late crew supervisor twice.",
                       "9 January. An hour. Final review. Session notes – Lukas (Night Team Leader) 3 October. An hour.",
                       ("heading", "Joint session – all three"),
                       "20 November. Farah, Lukas and Dean together, two hours, in the training room.",
                       file="diary.pdf", page=1)])
    assert (p.minutes, p.sessions, p.supervision_minutes) == (65 + 120 + 60 + 60 + 120, 5, 0)
    assert {"Farah", "Lukas"} <= set(p.individuals)


def test_a_diary_headed_by_week_names_no_mentee():
    """'Diary – Week 3 (half term)' over dated sessions: a heading's word, not a mentee's name."""
    p = practice([_doc(("heading", "Diary – Week 3 (half term)"), "4 March. An hour with my mentee. Goals set.",
                       "11 March. Forty minutes with my mentee. Reviewed them.")])
    assert "Week" not in p.individuals
