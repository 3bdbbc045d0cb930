"""Practice shapes that round 17's logs showed (written by writers who read no marker code): each in small."""

from marker.submission.model import Block, Document
from marker.submission.practice import practice


def _doc(*blocks: tuple[str, str], file: str = "log.docx") -> Document:
    return Document(file, None, "", tuple(Block(file, kind, text, n) for n, (kind, text) in enumerate(blocks, 1)))


def test_a_tutorial_webinar_is_support_and_a_third_party_at_a_review_is_no_second_coachee():
    """'Tutorial - group webinar (Teams)' in a supervision log is a tutorial held, not the learner's own training;
    'C1 + her line manager' is one coachee at a three-way review."""
    log = ("table", "No. | Date | Time | Coachee | Notes\n"
                    "1 | Sun 12/01/25 | 23:30-00:45 | C1 | Contracting\n"
                    "2 | Mon 13/01/25 | 02:15-03:15 | C2 | Contracting\n"
                    "3 | Mon 24/02/25 | 06:10-07:10 | C1 + her line manager | Three-way review")
    support = ("table", "Date | Type | With | Length\n"
                        "Tue 21/01/25 | Tutorial - group webinar (Teams) | Course tutor | 1.5 hrs\n"
                        "Tue 11/02/25 | Supervision 1:1 | Site HR business partner | 1 hr")
    p = practice([_doc(("heading", "Coaching log"), log, ("heading", "Supervision and tutorials"), support)])
    assert (p.minutes, p.sessions, sorted(p.individuals), p.supervision_minutes) == (75 + 60 + 60, 3, ["C1", "C2"], 150)


def test_a_coachees_own_table_is_hers_whatever_her_job_is_called():
    """'C2 – Port Supervisor, North Pier' over C2's log: her sessions, not the learner's supervision."""
    p = practice([_doc(("heading", "C2 – Port Supervisor, North Pier"),
                       ("table", "No. | Date | Where | Length | Notes\n"
                                 "1 | Wed 16 Oct 2024 | Meeting room | 60 min | Contracting\n"
                                 "2 | Wed 30 Oct 2024 | Meeting room | 75 min | Goals"))])
    assert (p.minutes, p.sessions, p.individuals, p.supervision_minutes) == (135, 2, ("C2",), 0)


def test_a_booking_exports_notes_correct_its_actual_column():
    """'Ran to 90m - put 60 by mistake', 'Actual was 1:15': the time held, where the Actual column kept the booking."""
    p = practice([_doc(("table", "ID | Date | Coachee | Status | Booked | Actual | Notes\n"
                                 "PH-005 | 30/10/2024 | C02 | Completed | 60 | 60 | Ran to 90m - put 60 by mistake\n"
                                 "PH-008 | 18/11/2024 | C01 | Completed | 60 | 60 | Actual was 1:15 - went over\n"
                                 "PH-009 | 20/11/2024 | C02 | Completed | 60 | 60 | Goals"))])
    assert (p.minutes, p.sessions) == (90 + 75 + 60, 3)


def test_a_window_sessions_fall_in_is_no_session_and_a_one_letter_mentee_is_read_from_her_field():
    """'sessions in the quiet window between 23:00 and 04:00' says when sessions may be held; 'Mentee: K (Year 9).'
    names the one mentee of a log whose rows name no one."""
    p = practice([_doc(("paragraph", "Mentee: K (Year 9). I'm only using her first initial."),
                       ("paragraph", "Each signed a contract at the first session: sessions in the quiet window between "
                                     "23:00 and 04:00 when call volumes drop."),
                       ("paragraph", "23/09 | Mentoring 1 | 30' | first meeting"),
                       ("paragraph", "30/09 | Mentoring 2 | 30 mins | revision timetable"),
                       file="log.txt")])
    assert (p.minutes, p.sessions, p.individuals) == (60, 2, ("K",))


def test_a_length_written_before_a_thing_is_not_a_session_but_before_a_meeting_it_is():
    """"Plan a five-minute pre-shift briefing he could deliver himself" (a record's goal, round 17) is the briefing's
    length; "gave me a 20-minute debrief" and "a 30-minute catch-up" are meetings."""
    from marker.submission.durations import durations_in
    from marker.submission.practice_rules import length_of_a_thing

    def thing(text: str) -> bool:
        found = durations_in(text)[0]
        return length_of_a_thing(text, found.start, found.end)

    assert thing("Plan a five-minute pre-shift briefing he could deliver himself.")
    assert not thing("My supervisor gave me a 20-minute debrief straight after.")
    assert not thing("We had a 30-minute catch-up in the canteen.")
    assert not thing("We met for 45 minutes.")


def test_a_session_moved_to_the_day_it_is_logged_on_was_held():
    """'Thu 7 Nov | … | Moved to Thursday because my supervisor was off': the row is the review held on the Thursday
    ('Moved to S-1114' or 'moved to Friday' on another day's row is a booking that did not happen)."""
    p = practice([_doc(("heading", "Reviews with my supervisor"),
                       ("table", "No. | Date | Time | Length | Notes\n"
                                 "1 | Wed 30 Oct 2024 | 15:30–16:00 | 30 mins | Open questions\n"
                                 "2 | Thu 7 Nov 2024 | 15:30–16:00 | 30 mins | Moved to Thursday because my supervisor was off\n"
                                 "3 | Wed 13 Nov 2024 | 15:30–16:00 | 30 mins | Moved to Friday, she was ill"))])
    assert p.supervision_minutes == 60


def test_a_sessions_record_as_a_two_column_table_of_fields_is_read_and_its_initial_is_the_named_mentee():
    """'Mentee | R. (front desk host)' over 'Date | …' and 'Time | 17:30 - 18:15' is one session's record, not a log
    whose header is its first row; 'R.' and 'Rosie Pilling' are one mentee."""
    record = ("table", "Mentee | R. (front desk host)\nDate | Monday 3 March 2025\nTime | 17:30 - 18:15\n"
                       "Where | Party room\nNext session | 10/03")
    other = ("table", "Mentee | Rosie Pilling\nDate | Monday 10 March 2025\nTime | 13:30 - 15:00\nNext session | 17/03")
    p = practice([_doc(("heading", "Session record 1"), record, ("heading", "Session record 2"), other)])
    assert (p.minutes, p.sessions, p.individuals) == (45 + 90, 2, ("Rosie Pilling",))


def test_notes_that_say_by_how_much_a_session_ran_over_do_not_replace_its_length():
    p = practice([_doc(("table", "ID | Date | Coachee | Status | Booked | Actual | Notes\n"
                                 "PH-005 | 30/10/2024 | C02 | Completed | 60 | 60 | Ran 10 minutes over, fire alarm\n"
                                 "PH-008 | 18/11/2024 | C01 | Completed | 60 | 60 | Ran for 15 mins longer than booked"))])
    assert p.minutes == 120
