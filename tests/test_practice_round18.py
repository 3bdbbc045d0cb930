"""Practice shapes that round 18's logs showed (written by writers who read no marker code): each in small."""

from marker.submission.model import Block, Document
from marker.submission.practice import practice


def _doc(*blocks: tuple[str, str], file: str = "log.txt") -> Document:
    return Document(file, None, "", tuple(Block(file, kind, text, n) for n, (kind, text) in enumerate(blocks, 1)))


def test_a_line_that_gives_its_length_then_a_running_total_is_a_session():
    """'… - 1 hour - total so far 1:00': the length is the session's; the running total after it is the learner's."""
    p = practice([_doc(("heading", "Coaching log (day date - who - what - how long - total so far)"),
                       ("paragraph", "Tue 07/01 - C1 - first meeting, contract signed, goals - 1 hour - total so far 1:00"),
                       ("paragraph", "Thu 09/01 - C2 - first meeting, contract signed - 50 mins - total so far 1:50"),
                       ("paragraph", "Tue 14/01 - C1 - the faults from loom 14 - 1h20 - total so far 3:10"),
                       ("paragraph", "That was 2 hours in total with C1."))])
    assert (p.minutes, p.sessions, sorted(p.individuals)) == (60 + 50 + 80, 3, ["C1", "C2"])


def test_a_records_fields_in_pairs_repeat_the_logs_session():
    """'Client Ref/ID | A | Session No. | 3' over 'Date of Session | 13/01/2025 | Duration | 70 mins': the record of
    the log's session 3, not a session with someone called 'Date of Session'."""
    log = ("table", "No. | Date | Coachee | Planned | Actual | Notes\n"
                    "3 | 13/01/25 | A | 90 mins | 14:00-15:10 | GROW – first goal\n"
                    "4 | 15/01/25 | B | 90 mins | 1h20 | Wheel of Work")
    record = ("table", "Client Ref/ID | A | Session No. | 3\nDate of Session | 13/01/2025 | Duration | 70 mins")
    p = practice([_doc(("heading", "Coaching log"), log, ("heading", "Coaching record – session 3"), record,
                       file="log.docx")])
    assert (p.minutes, p.sessions, sorted(p.individuals)) == (70 + 80, 2, ["A", "B"])


def test_a_chat_the_learner_says_was_no_session_is_not_counted():
    p = practice([_doc(("heading", "Mentoring log"),
                       ("table", "No. | Date | Planned | Actual | Notes\n1 | Tue 07/01 | 1 hr | 1 hr 15 | Agreement"),
                       ("paragraph", "I also had a 10 minute chat with J. on 30 January when he asked about his "
                                     "college assignment; it wasn't a session."),
                       file="log.docx")])
    assert (p.minutes, p.sessions) == (75, 1)


def test_a_role_and_a_letter_in_the_client_field_is_the_one_mentee():
    """'Client Ref/ID | Apprentice J' names the mentee of a log whose rows name no one."""
    p = practice([_doc(("table", "Name of Mentor | Sam Keeble\nClient Ref/ID | Apprentice J"),
                       ("table", "No. | Date | Planned | Actual | Notes\n1 | Tue 07/01 | 1 hr | 1 hr 15 | Agreement\n"
                                 "2 | Tue 14/01 | 1 hr | 45 mins | Locks"), file="log.docx")])
    assert (p.minutes, p.sessions, p.individuals) == (120, 2, ("Apprentice J",))
