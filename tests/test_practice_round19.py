"""Practice shapes that round 19's logs showed (written by writers who read no marker code): each in small."""

from marker.submission.model import Block, Document
from marker.submission.practice import practice
from marker.submission.practice_rules import date_in


def _doc(*blocks: tuple[str, str], file: str = "log.docx") -> Document:
    return Document(file, None, "", tuple(Block(file, kind, text, n) for n, (kind, text) in enumerate(blocks, 1)))


LOG = ("Wk | Day | Where | How long | What we did\n"
       "1 | Mon 6 Jan | Office | 45 mins | First meeting, agreement\n"
       "2 | Tue 14 Jan | Feed barge | 1hr15 | Feed cameras\n"
       "3 | Fri 24 Jan | Mess room | 90' | Lice counting\n"
       " | Jan so far | | 3.5 | \n"
       "5 | Mon 24 Feb | Office | 1 h 20 m | Final review")


def test_a_subtotal_labelled_so_far_is_no_session_and_the_rows_after_it_still_are():
    """'| Jan so far | | 3.5 |' adds up the rows above; 'Wk' holds week numbers and 'Day' the dates, so the
    dated session after the subtotal is not taken for a summary of the log."""
    p = practice([_doc(("heading", "Mentoring log"), ("table", LOG))])
    assert (p.minutes, p.sessions) == (45 + 75 + 90 + 80, 4)
    assert [r.why for r in p.rows if "so far" in r.text] == ["total row"]


def test_nothing_under_the_learners_not_counted_heading_counts():
    p = practice([_doc(("heading", "Mentoring log"), ("table", LOG),
                       ("heading", "Not counted"),
                       ("paragraph", "The 18 Feb video call - see the log. It was ten minutes of him telling me about "
                                     "the course and ten minutes of me telling him the rota."),
                       ("heading", "Tutor support"),
                       ("paragraph", "My tutor rang me on 29 January for 25 minutes to check my plan."))])
    assert (p.minutes, p.sessions, p.supervision_minutes) == (290, 4, 25)


def test_a_service_that_runs_24_7_has_no_date():
    assert date_in("The control centre runs 24/7 on earlies (E, 06:30-14:30) and lates.") is None
    assert date_in("a 24/7 service") is None
    assert date_in("24/7 | Mentee A | 1 hr") == (24, 7)
    assert date_in("we met on 24/7/25") == (24, 7)
    p = practice([_doc(("paragraph", "The control centre runs 24/7 on earlies (E, 06:30-14:30), lates (L, "
                                     "14:30-22:30) and nights (N, 22:30-06:30)."),
                       ("table", "Date | Coachee | Minutes\n03/03/25 | A | 45\n10/03/25 | A | 75"))])
    assert (p.minutes, p.sessions) == (120, 2)


TRACKER = ("Description | Start date | Start time | Duration\n"
           "Mentoring J - agreement | 08/09/2025 | 17:05 | 00:50:00\n"
           "Rigging check studio 2 | 09/09/2025 | 09:00 | 00:40:00\n"
           "Mentoring J | 15/09/2025 | 17:10 | 01:05:00\n"
           "Tutor call - Deb | 24/09/2025 | 19:30 | 00:50:00\n"
           "Mentoring J | 29/09/2025 | 17:05 | 01:10:00\n"
           "Group supervision | 01/10/2025 | 13:00 | 01:00:00\n"
           "Mentoring J - final review | 06/10/2025 | 17:00 | 00:55:00")


def test_a_time_trackers_export_counts_its_mentoring_and_its_support_not_other_work():
    """The learner's other work in the tracker ('Rigging check') is left out; 'Tutor call' and 'Group
    supervision' in the description are support."""
    p = practice([_doc(("heading", "Practice"), ("table", TRACKER))])
    assert (p.minutes, p.sessions, p.supervision_minutes) == (50 + 65 + 70 + 55, 4, 50 + 60)
    assert [r.kind for r in p.rows if "Rigging" in r.text] == ["other"]


def test_a_log_whose_topics_name_no_mentoring_keeps_all_its_sessions():
    """Topics alone ('Goal setting') in a log that never says 'Mentoring' are not the learner's other work."""
    table = ("Description | Date | Duration\nGoal setting | 08/09/2025 | 00:50:00\nFeedback skills | 15/09/2025 | "
             "01:05:00\nMentoring J | 22/09/2025 | 00:40:00\nRota planning | 29/09/2025 | 00:45:00")
    p = practice([_doc(("heading", "Mentoring log"), ("table", table))])
    assert (p.minutes, p.sessions) == (50 + 65 + 40 + 45, 4)


def test_the_supervisor_the_learner_names_in_prose_takes_the_reviews_held_with_them():
    """'My supervisor is Dr Priestley' names her as a cover's 'Supervisor:' field does: a review with her is supervision."""
    p = practice([_doc(("paragraph", "My mentee is Orion - not his real name. My supervisor is Dr Priestley, the "
                                     "society's youth coordinator."),
                       ("heading", "Session 3 - Friday 28 February"),
                       ("paragraph", "Time with Orion: 0.5 hr"),
                       ("paragraph", "Review: Dr Priestley wasn't there on the night so we did it on the phone on "
                                     "Sunday 2 March, 30 mins."), file="diary.txt")])
    assert (p.minutes, p.sessions, p.supervision_minutes) == (30, 1, 30)


def test_an_entrys_review_with_the_named_supervisor_is_not_more_of_its_session():
    """'Review: 19:40-20:10 with Dr Priestley' under 'Time with Orion: 19:00-19:35': the diary's review with the
    supervisor, not a second figure for the session; a line naming the mentee as well stays part of the session."""
    cover = ("paragraph", "My mentee is Orion. My supervisor is Dr Priestley, the youth coordinator.")
    p = practice([_doc(cover, ("heading", "Session 1 - Friday 7 February"),
                       ("paragraph", "Time with Orion: 19:00-19:35"),
                       ("paragraph", "Review: 19:40-20:10 with Dr Priestley, the whole diary."), file="diary.txt")])
    assert (p.minutes, p.sessions, p.supervision_minutes) == (35, 1, 30)
    p = practice([_doc(cover, ("heading", "Session 1 - Friday 7 February"),
                       ("paragraph", "Time with Orion: 19:00-19:35"),
                       ("paragraph", "Orion and Dr Priestley stayed on: another 20 mins on the telescope."),
                       file="diary.txt")])
    assert (p.minutes, p.sessions, p.supervision_minutes) == (35, 1, 0)


def test_round_19s_practice_rules_lose_no_session_and_no_support():
    """An independent review's cases: what round 19's rules must still count."""
    p = practice([_doc(("paragraph", "Met Mentee B on 24/7 and agreed goals over 45 minutes."))])
    assert (p.minutes, p.sessions) == (45, 1)
    tracker = ("Activity | Date | Duration\n" + "".join(f"Mentoring - week {n} | 0{n}/09/2025 | 50 mins\n" for n in range(1, 5))
               + "1:1 coaching - confidence | 06/10/2025 | 45 mins\nRigging check | 07/10/2025 | 40 mins")
    p = practice([_doc(("heading", "Mentoring log"), ("table", tracker))])
    assert (p.minutes, p.sessions) == (4 * 50 + 45, 5)
    p = practice([_doc(("heading", "Not counted in my mentoring hours"),
                       ("paragraph", "Supervision with my tutor on 12 March, 1 hour."))])
    assert p.supervision_minutes == 60
    p = practice([_doc(("heading", "Excluded pupils - my mentoring sessions"),
                       ("paragraph", "On 4 March I mentored Pupil A for 45 minutes on managing anger."))])
    assert (p.minutes, p.sessions) == (45, 1)
    p = practice([_doc(("heading", "Mentoring log"),
                       ("table", "Date | Mentee | Duration | Notes\n10/03/25 | Student B | 30 mins | Tutor session with B "
                                 "on exam stress, agreed a revision plan"))])
    assert (p.minutes, p.sessions, p.supervision_minutes) == (30, 1, 0)
    p = practice([_doc(("heading", "Mentoring log"), ("table", "Session | Duration\nGoal setting | 45 mins\n"
                                                                "Progress so far | 60 mins\nFinal review | 50 mins"))])
    assert (p.minutes, p.sessions) == (155, 3)


def test_a_next_session_date_is_not_the_sessions_date():
    p = practice([_doc(("heading", "Mentoring log"),
                       ("table", "Week | Mentee | Duration | Next session date\nWeek 1 | A | 45 mins | 13/01/25"))])
    assert [r.date for r in p.rows if r.counted] == [None]


def test_a_session_shorter_than_any_session_runs_puts_the_figures_in_doubt():
    """A meeting app's 'Test meeting | 1' or a call cut off after four minutes, counted: the figure is not sure."""
    table = ("Topic | Date | Duration (Minutes)\nMentoring - Y | 16/01/2025 | 47\nTest meeting | 20/01/2025 | 1\n"
             "Mentoring - Y | 30/01/2025 | 65")
    p = practice([_doc(("heading", "Mentoring log"), ("table", table))])
    assert any("shorter than a session runs" in d.text for d in p.doubts), [r.why for r in p.rows]
    ok = practice([_doc(("heading", "Mentoring log"), ("table", table.replace("| 1\n", "| 15\n")))])
    assert not any("shorter than a session runs" in d.text for d in ok.doubts)


def test_a_table_under_the_not_counted_heading_counts_no_session_and_a_mentees_supervisor_is_not_the_learners():
    p = practice([_doc(("heading", "Mentoring log"), ("table", LOG), ("heading", "Not counted"),
                       ("table", "Date | Who | Length\n04/02/25 | B | 8 hours (harvest day shadowing)"))])
    assert (p.minutes, p.sessions) == (290, 4)
    p = practice([_doc(("paragraph", "Mentee A's supervisor is Dave, the night manager."),
                       ("heading", "Session 1 - Friday 7 February"),
                       ("paragraph", "Time with Mentee A: 19:00-19:35"),
                       ("paragraph", "Review: 19:40-20:10 with Dave about her rota."), file="diary.txt")])
    assert p.supervision_minutes == 0
