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


def test_a_call_about_a_cancelled_session_a_meeting_that_ran_over_and_a_catch_up_that_was_no_session():
    """'rang my tutor, Gareth, because of the cancelled session - 15 mins' is a tutorial held; 'My 1-hour meeting
    with Gareth … 18:00–19:05 (it ran over)' took 65 minutes and is his; 'Just a catch-up, not a session.'"""
    p = practice([_doc(("heading", "Log"),
                       ("table", "Date | Planned | Actual | Notes\nMon 3 Mar | 10:00–11:00 | 10:00–11:30 | Agreement"),
                       ("paragraph", "25 April - 20 mins chat with Mentee A in the orchard at lunch. Just a catch-up, "
                                     "not a session."),
                       ("paragraph", "On 11 March I rang my tutor, Gareth, because of the cancelled session - 15 mins "
                                     "on the phone."),
                       ("paragraph", "My 1-hour meeting with Gareth was on Teams on 29 April, 18:00–19:05 (it ran over)."),
                       file="log.md")])
    assert (p.minutes, p.sessions, p.supervision_minutes) == (90, 1, 15 + 65)


def test_an_hour_and_a_bit_is_listed_as_uncertain_and_the_learners_own_timing_counts():
    p = practice([_doc(("table", "Date | Actual | Notes\nWed 2 Apr | an hour and a bit | Free SO2 test"),
                       file="log.md")])
    assert p.minutes == 0 and p.uncertain


def test_a_records_field_about_the_mentees_progress_names_no_one():
    """'Review of client's progress from last session | Eight mugs within 5 mm' is what she achieved, not who she is."""
    p = practice([_doc(("table", "Name of Mentor | Lorraine Cope\nClient Ref/ID | Apprentice A"),
                       ("table", "No. | Date | Actual | Notes\n1 | 04/03/25 | 40 mins | Agreement\n"
                                 "2 | 11/03/25 | 1h20 | Centring"),
                       ("table", "Review of client's progress from last session (if applicable) | Eight mugs within 5 mm\n"
                                 "Date of session | 18/03/2025\nDuration | 30 mins"),
                       file="log.docx")])
    assert (p.minutes, p.sessions, p.individuals) == (150, 3, ("Apprentice A",))


def test_a_tutors_feedback_on_an_observed_session_is_support_and_a_coaching_supervisor_is_no_mentee():
    """'my tutor Anita sat in on session 9 … and gave me feedback for 20 minutes' is her debrief (supervision), and
    'with Lorraine (HR business partner, my coaching supervisor) - 1 hour' is supervision, not a session with her.
    A feedback session with a mentee is still a session."""
    p = practice([_doc(("table", "No. | Date | Coachee | Actual | Notes\n9 | 24/02 | Coachee Y | 1 hr 45 | Briefing"),
                       ("heading", "3.4 Supervision"),
                       ("paragraph", "Supervision 1 - 29 January - with Lorraine (HR business partner, my coaching "
                                     "supervisor) - 1 hour. We talked about coaching people I also manage."),
                       ("paragraph", "Observation - 24 February - my tutor Anita sat in on session 9 with Coachee Y and "
                                     "gave me feedback for 20 minutes after Coachee Y went back to the floor."),
                       file="log.txt")])
    assert (p.minutes, p.sessions, p.supervision_minutes) == (105, 1, 60 + 20)
    q = practice([_doc(("table", "No. | Date | Coachee | Actual | Notes\n1 | 03/02 | Coachee X | 30 mins | Goals\n"
                                 "2 | 10/02 | Coachee X | 20 mins feedback session with my coachee | Feedback")),
                  ])
    assert (q.minutes, q.supervision_minutes) == (50, 0)


def test_a_paragraph_opening_not_counted_counts_none_of_it():
    p = practice([_doc(("table", "No. | Date | Actual | Notes\n1 | Tue 16 Sept | 30 mins | Outcomes"),
                       ("paragraph", "Not counted: on Saturday 11 October I helped at the junior group coaching "
                                     "morning, 1 hr 30, with eight juniors."),
                       file="diary.docx")])
    assert (p.minutes, p.sessions) == (30, 1)


def test_a_diarys_review_column_is_a_second_length_not_a_person():
    """'Review with supervisor | 10 mins on the phone with Bernadette' beside 'Time with S. | 35 mins': each row is a
    session and its review (supervision), not a session with someone called '25 mins feedback from Bernadette'."""
    diary = ("table", "Session | Date | Time with S. | Main issues / outcome / action | Review with supervisor\n"
                      "4 | Tue 7 Oct | 40 minutes | Bernadette sat in and watched | 25 mins feedback from Bernadette after\n"
                      "5 | Tue 14 Oct | Half an hour | His league match | 20 min (she had to set up the boards)\n"
                      "6 | Tue 21 Oct | 35 mins | The congress | 7.10-7.45pm with Bernadette")
    p = practice([_doc(diary, file="diary.docx")])
    assert (p.minutes, p.sessions, p.supervision_minutes) == (40 + 30 + 35, 3, 25 + 20 + 35)


def _minutes(*texts: str, log: str = "Date | Mentee | Actual | Notes\n03/03 | Mentee A | 1 hr | Goals") -> tuple[int, int]:
    blocks = [("table", log)] + [("paragraph", t) for t in texts]
    p = practice([_doc(*blocks, file="log.docx")])
    return p.minutes, p.supervision_minutes


def test_round_18s_rules_keep_to_what_they_mean():
    """An independent review's cases: each new rule read only what it was written for."""
    # "not a session" only where it ends a clause: a session about something else is still a session
    assert _minutes(log="Date | Mentee | Actual | Notes\n03/03 | Mentee A | 1 hr | This wasn't a session about "
                        "targets - she needed to offload") == (60, 0)
    assert _minutes("On 10 March I met Mentee A for an hour; it wasn't a session she enjoyed.")[0] == 120
    # a coaching supervisor who suggested a session does not make it supervision
    assert _minutes("On 10 March I met Mentee A for an hour, as my coaching supervisor had suggested.") == (120, 0)
    # feedback to a mentee who is a supervisor is a session
    assert _minutes("Wed 5 March - Mentee A (shift supervisor) - 45 mins feedback on his team talk.") == (105, 0)
    # "went over her goals" is what the session did; "plus 15 mins (we ran over)" is more time, never the length
    # (the hour stays; adding the 15 is a reading no rule makes yet)
    assert _minutes("11 March - Mentee A - 1 hour - 20 mins went over her goals.")[0] == 120
    assert _minutes("12 March - Mentee A - 1 hour, plus 15 mins (we ran over).")[0] == 120
    # "9 hours total so far, 6 with …" is the learner's total
    assert _minutes("By 30 April I had done 9 hours total so far, 6 with Mentee A and 3 with Mentee B.")[0] == 60
    # "an hour and a bit of that" is an hour
    assert _minutes("On 12 March I met Mentee A for 1 hour and a bit of that was spent on her CV.")[0] == 120
    # a paragraph opening "Not counted:" counts none of its sentences
    assert _minutes("Not counted: on Saturday 11 October I helped at the junior coaching morning, 1 hr 30. "
                    "On Sunday 12 October I helped again, 1 hr.")[0] == 60
