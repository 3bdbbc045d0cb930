"""Practice in shapes learners use that no rule was written for: each read by its structure."""

from marker.submission.model import Block, Document
from marker.submission.pdf import page_blocks
from marker.submission.practice import practice
from marker.submission.practice_rules import kind_of


def doc(*blocks: Block) -> Document:
    return Document("diary.docx", None, "", tuple(blocks))


def table(*rows: str, number: int = 1) -> Block:
    return Block("diary.docx", "table", "\n".join(rows), number)


def test_a_meeting_with_the_learners_assessor_is_support_but_a_session_the_assessor_watched_is_practice():
    assert kind_of("Progress review with my assessor") == "tutorial"
    assert kind_of("Mentoring (observed by assessor)") is None
    assert kind_of("Observed by: my ILM assessor") is None
    assert kind_of("Assessor signature") is None
    p = practice([doc(table(
        "Date | Mentee | Session type | Time",
        "06/02/25 | Mentee A | Mentoring (observed by assessor) | 1 hr 30 mins",
        "07/02/25 | My assessor | Progress review | 30 mins",
    ))])
    assert (p.minutes, p.sessions, p.supervision_minutes) == (90, 1, 30)


def test_a_session_that_did_not_go_ahead_or_a_mentee_absent_is_not_counted():
    p = practice([doc(table(
        "Date | Mentee | Duration | Notes",
        "13/03/25 | Mentee A | 1 hr | Did not go ahead - off sick",
        "14/03/25 | Mentee B | 1 hr | Mentee absent",
        "15/03/25 | Mentee B | 45 mins | Goals",
    ))])
    assert (p.minutes, p.sessions) == (45, 1)
    assert {r.why for r in p.rows if not r.counted} == {"cancelled or did not happen"}


def test_a_diary_grid_with_a_column_per_week_is_read_as_one_session_per_column():
    p = practice([doc(table(
        " | Week 1 | Week 2 | Week 3",
        "Date | 15 Sept | 22 Sept | 29 Sept",
        "Time with my mentee | 40 mins | 35 mins | Mentee absent",
        "Time with my supervisor | 30 mins | - | 30 mins",
        "What we did | Outcomes | Checklist | Planning",
    ))])
    assert (p.minutes, p.sessions) == (75, 2)
    assert (p.supervision_minutes, p.supervision_sessions) == (60, 2)
    assert p.uncertain == 0  # "-": no supervision that week, not an unread length


def test_a_column_of_lengths_is_found_by_its_values_when_its_name_says_time_with_someone():
    p = practice([doc(table(
        "Date | Time with mentee | Time with supervisor | Notes",
        "03/02/25 | 40 mins | 30 mins | Goals",
        "10/02/25 | 1 hr | 20 mins | Review",
    ))])
    assert (p.minutes, p.sessions, p.supervision_minutes) == (100, 2, 50)


def test_weekday_dates_under_a_dated_week_heading_are_each_a_session_in_that_month():
    blocks = [
        Block("diary.pdf", "heading", "Week 4 – w/c 27 January 2025", 1, page=1),
        Block("diary.pdf", "paragraph", "• Mon 27th – Mentee A – 1.5 hrs – goals • Tue 28th – Mentee B – 1 hr – "
              "parents • Mon 3rd – Mentee A – 45 mins – review • Week total: 3 hrs 15 mins", 2, page=1),
    ]
    p = practice([Document("diary.pdf", None, "", tuple(blocks))])
    assert (p.minutes, p.sessions, p.individuals) == (90 + 60 + 45, 3, ("Mentee A", "Mentee B"))
    assert sorted(r.date for r in p.rows if r.counted) == [(3, 2), (27, 1), (28, 1)]  # Mon 3rd: into February
    assert not p.doubts  # the learner's week total agrees


def test_weekday_dates_in_word_bullets_under_a_week_heading_are_not_one_entry():
    blocks = [Block("diary.docx", "heading", "Week 2 – w/c 13 January 2025", 1, level=1)]
    blocks += [Block("diary.docx", "list", text, n) for n, text in enumerate([
        "Tue 14th – Mentee A – 1.5 hrs – planning", "Wed 15th – Mentee B – 2 hrs – parents"], start=2)]
    p = practice([doc(*blocks)])
    assert (p.minutes, p.sessions) == (210, 2)


def test_a_time_in_a_logs_row_that_could_not_be_read_makes_the_figures_uncertain():
    # "1 hr 12" was read as an hour and "75 mns" not at all: counted or left out, neither said why
    log = table(
        "Date | Mentee | Duration | Notes",
        "03/02/25 | Mentee A | 1 hr 12 | Goals",
        "10/02/25 | Mentee B | 45 mins | Review",
    )
    p = practice([doc(log)])
    assert p.uncertain == 1
    assert [r.text for r in p.rows if r.doubtful] == ["03/02/25 | Mentee A | 1 hr 12 | Goals"]
    lines = [Block("diary.docx", "paragraph", text, n) for n, text in enumerate(
        ["12 Feb – Mentee A – 75 mns – goals", "19 Feb – Mentee A – 1 hr – review"], start=1)]
    p = practice([doc(*lines)])
    assert (p.minutes, p.uncertain) == (60, 1)
    # "75'" is minutes as a timetable writes them: read, and sure
    primed = [Block("diary.docx", "paragraph", text, n) for n, text in enumerate(
        ["12 Feb – Mentee A – 75' – goals", "19 Feb – Mentee A – 1 hr – review"], start=1)]
    assert (practice([doc(*primed)]).minutes, practice([doc(*primed)]).uncertain) == (135, 0)
    clean = practice([doc(table("Date | Mentee | Duration", "03/02/25 | Mentee A | 1 hr 15", "10/02/25 | Mentee B | 45 mins"))])
    assert clean.uncertain == 0


def test_a_session_record_whose_time_could_not_be_read_is_uncertain():
    record = table("Date | 03/02/25", "Mentee | Mentee A", "Time spent | 1 hr 12")
    assert practice([doc(record)]).uncertain == 1


def test_the_learners_session_under_observation_counts_and_their_own_observing_does_not():
    p = practice([doc(table(
        "Date | Mentee | Type | Duration",
        "13/01/25 | Mentee 1 | Assessor observation | 1 hour",
        "20/01/25 | Mentee 2 | Observation of my practice by my tutor | 1 hour",
        "27/01/25 | - | Observation of an experienced mentor | 1 hour",
    ))])
    assert (p.minutes, p.sessions, p.supervision_minutes) == (120, 2, 0)
    assert [r.why for r in p.rows if not r.counted] == ["observation"]


def test_the_learners_line_manager_or_tutor_in_the_with_column_is_support_not_a_mentee():
    p = practice([doc(table(
        "Date | With | Duration | Topics",
        "10/01/25 | Line manager | 1 hr | Reviewed my coaching log",
        "24/01/25 | My tutor | 1 hr | Endings",
        "27/01/25 | Coachee 1 | 1 hr | Goals",
    ))])
    assert (p.minutes, p.individuals, p.supervision_minutes) == (60, ("Coachee 1",), 120)


def test_a_sentence_naming_the_mentee_before_the_date_gives_the_session_its_mentee():
    p = practice([doc(Block("diary.docx", "paragraph", "I then met Mentee B on 15 January for 45 minutes.", 1),
                      Block("diary.docx", "paragraph", "My first session with Mentee A was on 6 January and lasted 1 hour.", 2))])
    assert (p.minutes, p.individuals) == (105, ("Mentee B", "Mentee A"))


def test_a_log_per_mentee_takes_its_mentee_from_the_heading_above_it():
    p = practice([doc(
        Block("diary.docx", "heading", "Mentee A – session log", 1, level=2),
        table("Date | Duration | Notes", "6-Jan-25 | 1 hr | Goals", "13-Jan-25 | 1 hr | Progress", number=2),
        Block("diary.docx", "heading", "Mentee B – session log", 3, level=2),
        table("Date | Duration | Notes", "7-Jan-25 | 45 mins | Goals", "14-Jan-25 | 1 hr | Mentee did not arrive", number=4),
    )])
    assert (p.minutes, p.sessions, p.individuals) == (165, 3, ("Mentee A", "Mentee B"))
    assert sorted(r.date for r in p.rows if r.counted) == [(6, 1), (7, 1), (13, 1)]


def test_one_person_under_a_pseudonym_and_a_first_name_is_one_individual():
    p = practice([doc(table("Date | Mentee | Duration", "06/01/2025 | Mentee A (Sam) | 1 hour", "13/01/2025 | Sam | 1 hour",
                            "20/01/2025 | A | 1 hour", "27/01/2025 | Mentee B | 1 hour"))])
    assert p.individuals == ("Mentee A", "Mentee B")
    roles = practice([doc(table("Date | Coachee | Duration", "06/01/2025 | C1 (Team Leader) | 1 hour",
                                "13/01/2025 | C2 (Team Leader) | 1 hour"))])
    assert len(roles.individuals) == 2  # a role both share is not a second name


def test_each_lasting_one_length_over_the_dates_listed_counts_every_one():
    said = Block("diary.docx", "paragraph", "I also had 2 supervision sessions with my supervisor, each lasting 1 hour, "
                 "on 10 January and 24 January.", 1)
    p = practice([doc(said)])
    assert (p.supervision_minutes, p.supervision_sessions) == (120, 2)


def test_a_total_column_that_does_not_grow_row_by_row_is_each_sessions_length():
    p = practice([doc(table("Date | Mentee | Total hours", "06/01/2025 | Mentee A | 1", "13/01/2025 | Mentee A | 0.75",
                            "20/01/2025 | Mentee B | 1.5"))])
    assert (p.minutes, p.sessions) == (195, 3)
    running = practice([doc(table("Date | Mentee | Hours | Total hours", "06/01/2025 | Mentee A | 1 | 1",
                                  "13/01/2025 | Mentee A | 0.75 | 1.75", "20/01/2025 | Mentee B | 1.5 | 3.25"))])
    assert (running.minutes, running.sessions, running.doubts) == (195, 3, ())


def test_a_row_with_a_planned_date_and_no_actual_date_or_still_to_do_was_not_held():
    p = practice([doc(table(
        "Planned date | Actual date | Mentee | Duration",
        "06/01/2025 | 06/01/2025 | Mentee A | 1 hr",
        "13/01/2025 | 15/01/2025 | Mentee A | 1 hr",
        "20/01/2025 | | Mentee A | 1 hr",
    )), doc(table("Date | Mentee | Duration | Status", "03/02/2025 | Mentee B | 1 hr | Completed",
                  "10/02/2025 | Mentee B | 1 hr | To do", number=2))])
    assert (p.minutes, p.sessions) == (180, 3)
    assert [r.why for r in p.rows if not r.counted] == ["planned", "planned"]
    assert (15, 1) in {r.date for r in p.rows if r.counted}  # the day it was held


def test_a_pdf_paragraph_after_a_logs_last_row_is_read_as_its_own_sentence():
    blocks = [Block("log.pdf", "heading", text, n, page=1) for n, text in enumerate(
        ["Date Mentee Duration", "07/01/2025 Mentee A 45 mins", "14/01/2025 Mentee B 1 hr", "Total 1 hr 45 mins"], start=1)]
    blocks.append(Block("log.pdf", "paragraph", "My supervisor and I met again on 18 February for 45 minutes to review my practice.",
                        5, page=1))
    p = practice([Document("log.pdf", None, "", tuple(blocks))])
    assert (p.minutes, p.sessions, p.supervision_minutes) == (105, 2, 45)


def test_coachee_codes_recurring_in_a_pdf_logs_rows_are_the_individuals():
    lines = ["Session Date Time Coachee What we covered", "1 Mon 6 Jan 2025 10.00-11.00 C1 Chemistry meeting",
             "2 Wed 8 Jan 2025 14.00-15.00 C2 Contract", "3 Mon 20 Jan 2025 10.00-11.30 C1 GROW in Q1",
             "4 Wed 22 Jan 2025 14.00-15.30 C2 Wheel of life"]
    blocks = [Block("log.pdf", "paragraph", text, n, page=1) for n, text in enumerate(lines, start=1)]
    p = practice([Document("log.pdf", None, "", tuple(blocks))])
    assert (p.minutes, p.sessions, p.individuals) == (300, 4, ("C1", "C2"))


def test_a_total_of_coaching_and_supervision_in_one_sentence_is_checked_against_each():
    log = table("Date | Coachee | Duration", "06/01/2025 | C1 | 1 hr", "13/01/2025 | C2 | 1 hr 30 mins",
                "20/01/2025 | - | 1 hr supervision")
    said = Block("diary.docx", "paragraph", "In total I have completed 2 hours 30 minutes of coaching with two coachees "
                 "over 2 sessions, and 1 hour of supervision.", 2)
    p = practice([doc(log, said)])
    assert (p.minutes, p.supervision_minutes, p.doubts) == (150, 60, ())
    wrong = Block("diary.docx", "paragraph", "In total I have completed 3 hours of coaching, and 1 hour of supervision.", 2)
    assert practice([doc(log, wrong)]).doubts


def test_the_learners_own_training_in_a_log_is_not_a_session_but_a_group_workshop_with_mentees_is():
    p = practice([doc(table(
        "Date | With | Activity | Duration",
        "06/01/2025 | Mentee A | Mentoring | 1 hr",
        "08/01/2025 | - | CPD workshop on coaching models | 3 hrs",
        "09/01/2025 | - | Training day | 6 hrs",
        "15/01/2025 | Mentees A, B and C | Group workshop | 2 hrs",
    ))])
    assert (p.minutes, p.sessions) == (180, 2)
    assert [r.why for r in p.rows if not r.counted] == ["the learner's own training, not a session"] * 2


def test_the_tutors_feedback_form_on_an_observed_session_is_that_session_not_supervision():
    p = practice([doc(
        table("Date | Mentee | Duration", "06/01/2025 | Mentee A | 1 hr", "13/01/2025 | Mentee A | 1 hr"),
        table("Name of mentor | Jo Bloggs", "Observation/Recording | Observation", "Length of session observed | 1 hour",
              "Name of supervisor/tutor | Sam Hill", "Date | 13/01/2025", number=2),
    )])
    assert (p.minutes, p.sessions, p.supervision_minutes, p.doubts) == (120, 2, 0, ())
    assert any(r.why.startswith("same session") for r in p.rows)


def test_an_entry_heading_that_gives_the_length_makes_its_bodys_minutes_parts_of_that_session():
    def para(text, n, kind="paragraph"):
        return Block("diary.docx", kind, text, n, level=2 if kind == "heading" else None)
    p = practice([doc(
        para("Entry 1 – 6 March 2025 – Mentee A (1 hour)", 1, "heading"),
        para("We spent the first 10 minutes on introductions and then 20 minutes agreeing the contract.", 2),
        para("Entry 2 – 7 March 2025 – Mentee B (45 minutes)", 3, "heading"),
        para("He arrived 15 minutes late so we had only half an hour.", 4),
    )])
    assert (p.minutes, p.sessions, p.doubts, p.uncertain) == (105, 2, (), 0)


def test_supervision_named_before_the_date_stays_supervision_with_the_supervisors_name():
    said = Block("diary.docx", "paragraph", "My supervision with Helen on 24 March lasted 40 minutes.", 1)
    p = practice([doc(said)])
    assert (p.minutes, p.supervision_minutes, p.individuals, p.doubts) == (0, 40, (), ())


def test_a_mentee_label_followed_by_a_name_or_a_note_is_the_label():
    p = practice([doc(table("Date | Mentee | Duration", "06/01/2025 | Mentee 1 – Sarah | 1 hr", "13/01/2025 | Mentee 1 | 1 hr",
                            "20/01/2025 | Mentee 2: new team leader | 1 hr"))])
    assert p.individuals == ("Mentee 1", "Mentee 2")


def test_sessions_that_name_no_one_are_one_mentee_when_the_learner_writes_my_mentee_else_uncertain():
    log = table("Date | Duration | Notes", "06/01/2025 | 1 hr | Goals", "13/01/2025 | 1 hr | Progress")
    one = practice([doc(log, Block("diary.docx", "paragraph", "My mentee wanted to build her confidence.", 2))])
    assert (len(one.individuals), one.doubts) == (1, ())
    unknown = practice([doc(log, Block("diary.docx", "paragraph", "Both mentees wanted to build confidence.", 2))])
    assert unknown.individuals == () and "individuals not known" in unknown.doubts[0].text


def test_a_logs_row_whose_length_is_only_in_its_notes_is_uncertain_not_dropped():
    p = practice([doc(table("Date | Mentee | Duration | Notes", "06/01/2025 | Mentee A | 1 hr | Goals",
                            "13/01/2025 | Mentee A | | Ran over, approx 45 mins in the end"))])
    assert (p.minutes, p.uncertain) == (60, 1)


def test_an_entry_whose_body_says_it_did_not_go_ahead_is_not_a_session():
    p = practice([doc(
        Block("diary.docx", "heading", "Entry 9 – 17 March 2025 – Mentee B (1 hour)", 1, level=2),
        Block("diary.docx", "paragraph", "Did not go ahead: Mentee B was moved to the night shift.", 2),
        Block("diary.docx", "heading", "Entry 10 – 19 March 2025 – Mentee B (2 hours)", 3, level=2),
        Block("diary.docx", "paragraph", "He said he had cancelled his gym class to come.", 4),
    )])
    assert (p.minutes, p.sessions) == (120, 1)


def test_a_record_dated_by_weekday_alone_is_the_logs_session_that_day():
    p = practice([doc(table("Date | Mentee | Duration", "14/01/2025 | Mentee A | 1 hr", "21/01/2025 | Mentee A | 1 hr"),
                      table("Date | Tue 14th", "Mentee | A", "Duration | 1 hr", number=2))])
    assert (p.minutes, p.sessions) == (120, 2)


def test_a_length_each_for_two_mentees_is_two_sessions_and_at_least_is_a_session_held():
    p = practice([doc(table("Date | Mentee | Duration", "06/01/2025 | Mentee A / Mentee B | 1 hr each",
                            "20/01/2025 | Mentee B | 1 hr (at least)"))])
    assert (p.minutes, p.sessions) == (180, 3)
    said = [Block("diary.docx", "paragraph", text, n) for n, text in enumerate([
        "On 6 January I met Mentee A for 1 hour; we agreed to meet each fortnight.",
        "The unit requires at least 12 hours; on 13 January I met Mentee B for at least an hour.",
        "Each session must last at least 30 minutes."], start=1)]
    p = practice([doc(*said)])
    assert (p.minutes, p.sessions) == (120, 2)


def test_the_person_named_before_and_i_met_is_the_mentee():
    said = [Block("diary.docx", "paragraph", text, n) for n, text in enumerate([
        "Sarah and I met on 3 March for an hour.", "Tom and I talked on 5 March for 45 minutes."], start=1)]
    assert practice([doc(*said)]).individuals == ("Sarah", "Tom")


def test_a_pasted_email_is_an_entry_dated_by_its_sent_line_and_with_the_person_it_was_to():
    lines = ["From: Amira Haddad", "To: ECR1", "Sent: Monday, 13 January 2025 17:05", "Subject: Thank you",
             "Thanks for this afternoon's session - we went a bit past the hour (about 1 hr 15 in the end).",
             "From: ECR1", "To: Amira Haddad", "Sent: Tuesday, 14 January 2025 08:00", "Subject: RE: Thank you",
             "I have timed my impact answer at 2 min 10.",
             "From: Amira Haddad", "To: ECR2", "Sent: Friday, 31 January 2025 13:02", "Subject: Reviewers",
             "Thanks for making time today - our hour on the reviewers' comments felt productive."]
    p = practice([doc(*[Block("mail.docx", "paragraph", t, n) for n, t in enumerate(lines, start=1)])])
    assert (p.minutes, p.sessions, p.individuals) == (135, 2, ("ECR1", "ECR2"))


BRACKETED = ["08/01 Teams - CH1 - contracting (60)", "09/01 Teams - CH2 - contracting (45)",
             "13/02 Teams - CH2 - (45 - planned 60, Teams crashed) fraud indicators",
             "24/01 1:1 with my manager re: mentoring (30)",
             "19/02 1:1 with my manager re: mentoring - talked about CH2 relying on me (60)"]


def test_a_log_of_minutes_in_brackets_is_read_with_the_learners_key():
    key = Block("log.docx", "paragraph", "The minutes in brackets are how long each call actually lasted.", 0)
    lines = [Block("log.docx", "list", t, n) for n, t in enumerate(BRACKETED, start=1)]
    p = practice([doc(key, *lines)])
    assert (p.minutes, p.sessions, p.supervision_minutes, p.doubts) == (150, 3, 90, ())


def test_a_log_of_bare_numbers_in_brackets_without_a_key_is_read_as_minutes_but_uncertain():
    p = practice([doc(*[Block("log.docx", "list", t, n) for n, t in enumerate(BRACKETED, start=1)])])
    assert p.minutes == 150 and p.uncertain == 1 and "read as minutes" in p.doubts[0].text


def test_a_session_booked_for_an_hour_that_got_25_minutes_counts_the_25():
    p = practice([doc(table("Date | Who | What we worked on | Notes",
                            "24/03 | SVN | Talking to a grieving owner | booked an hour but only got 25 mins before she was called away",
                            "31/03 | SVN | Review | 35 minutes, then I wrote up my notes for 20 mins"))])
    assert (p.minutes, p.sessions) == (60, 2)


def test_pupils_in_pairs_written_every_which_way_are_four_and_see_above_is_the_shared_review():
    p = practice([doc(table(
        "Week | Date | Mentees present | Time | Supervisor review",
        "1 | 25/09 | Pupils A & B | 30 mins | 30 mins",
        "3 | 09/10 | A (B absent) | 30 mins | 30 mins",
        "4 | 06/11 | A & B | 30 mins | 30 mins (both pairs)",
        "4 | 06/11 | C/D | 30 mins | see above",
        "7 | 13/11 | B + C (A and D on the trip) | 30 mins | 30 mins",
    ))])
    assert (len(p.individuals), p.sessions, p.supervision_minutes, p.uncertain) == (4, 5, 120, 0)


def test_a_log_with_only_a_cumulative_hours_column_reads_each_session_as_the_rise():
    p = practice([doc(table(
        "Date | Client | Focus | Hours (cumulative)",
        "02/09 | Client 1 | Contract | 2", "03/09 | Client 2 | Contract | 3.5",
        "10/09 | Client 2 | DNA - called in to cover | 3.5", "12/09 | Client 3 | Radio | 5",
        "16/09 | ILM tutor | Tutorial, 1 hr | -", "17/09 | Clients 1, 2 and 3 | Group exercise | 7.5",
    ))])
    assert (p.minutes, p.sessions, p.supervision_minutes, p.uncertain) == (450, 4, 60, 0)
    assert len(p.individuals) == 3


def test_a_diary_entry_opening_with_its_date_and_time_is_read_with_the_sentences_after_it():
    entries = ["Tues 7 Oct, 7–8.15pm. First proper session with T after the girls went home.",
               "Thurs 9 Oct, 9.30–10pm. Reflection. Couldn't sleep, so wrote up what I noticed.",
               "Tues 21 Oct, 7pm–7.40. Cut short, a parent needed me.",
               "Wed 22 Oct, 8–9pm. Phone call with my ILM tutor about the diary.",
               "Tues 4 Nov, 8.30 – 9.15pm. After the meeting T and I debriefed the opening activity."]
    p = practice([doc(*[Block("diary.txt", "paragraph", t, n) for n, t in enumerate(entries, start=1)])])
    assert (p.minutes, p.sessions, p.individuals, p.supervision_minutes) == (160, 3, ("T",), 60)
    assert [r.why for r in p.rows if not r.counted] == ["preparation or write-up, not a session"]


def test_a_number_of_sessions_after_or_before_a_length_counts_each():
    p = practice([doc(table("Date | Mentee | Duration", "06/01/2025 | Mentee A | 30 mins x 2",
                            "13/01/2025 | Mentee A | 2 sessions of 45 mins"))])
    assert (p.minutes, p.sessions) == (150, 4)


def test_a_week_to_a_row_calendar_reads_each_filled_day_as_its_own_entry():
    p = practice([doc(table("Week | Mon | Tue | Wed | Thu | Fri",
                            "w/c 6 Jan | Mentee A 1h | | Mentee B 45m | | ",
                            "w/c 13 Jan | | Mentee A 1h 30m | | Supervision 1h |"))])
    assert (p.minutes, p.sessions, p.supervision_minutes) == (195, 3, 60)
    assert sorted(r.date for r in p.rows if r.counted) == [(6, 1), (8, 1), (14, 1), (16, 1)]


def test_sessions_set_side_by_side_in_a_template_are_one_record_per_column():
    p = practice([doc(table("Session date: 06/01/2025 | Session date: 13/01/2025",
                            "Session length: 1 hour | Session length: 45 mins",
                            "Client Ref/ID: M01 | Client Ref/ID: M01"))])
    assert (p.minutes, p.sessions, p.individuals) == (105, 2, ("M01",))


def test_a_log_for_the_assessor_or_with_a_supervisor_comments_column_is_still_a_log_of_sessions():
    log = ("Date | Mentee | Duration | Supervisor comments", "06/01/2025 | Mentee A | 1 hr | Good",
           "13/01/2025 | Mentee B | 45 mins | Fine")
    assert practice([doc(table(*log))]).minutes == 105
    caption = Block("diary.docx", "heading", "Mentoring log for my assessor", 1, level=2)
    assert practice([doc(caption, table("Date | Mentee | Duration", "06/01/2025 | Mentee A | 1 hr", number=2))]).minutes == 60
    supervision = Block("diary.docx", "heading", "Supervision log", 1, level=2)
    p = practice([doc(supervision, table("Date | Duration | Topics", "10/01/2025 | 1 hr | Boundaries",
                                         "24/01/2025 | 1 hr | Endings", number=2))])
    assert (p.minutes, p.supervision_minutes) == (0, 120)


def test_monthly_summaries_with_no_sessions_behind_them_make_the_figures_uncertain_not_a_sure_zero():
    said = [Block("diary.docx", "paragraph", t, n) for n, t in enumerate(
        ["January: 3 sessions with Mentee A, 4.5 hours in total.", "February: 4 sessions, 6 hours."], start=1)]
    p = practice([doc(*said)])
    assert p.minutes == 0 and p.uncertain
    assert {r.why for r in p.rows} == {"the learner's summary of several sessions"}


def test_a_text_files_pipe_rows_run_into_one_paragraph_are_read_as_the_table_they_were():
    text = ("| Date | Coachee | Start | End | Notes | | 06/01 | C1 | 09:00 | 10:30 | Goals | "
            "| 08/01 | C2 | 14:00 | 15:00 | Contract | | | | | | 2 hrs 30 mins |")
    p = practice([Document("log.txt", None, "", (Block("log.txt", "paragraph", text, 1),))])
    assert (p.minutes, p.sessions, p.individuals, p.doubts) == (150, 2, ("C1", "C2"), ())


def test_a_pdf_logs_rows_are_read_by_the_header_above_them():
    lines = ["Date Coachee Type Start End Notes", "06/01 C1 Coaching 09:00 10:30 Contracting, GROW goal on",
             "handling complaints", "08/01 C2 Coaching 14:00 15:00 Contracting",
             "Date Coachee Type Minutes Hours Notes", "14/01/2025 R Coaching 90 1.5 Options", "16/01/2025 S Coaching 60 1 Goal"]
    blocks = [Block("log.pdf", "heading" if t[0].isupper() or t[0].isdigit() else "paragraph", t, n, page=1)
              for n, t in enumerate(lines, start=1)]
    p = practice([Document("log.pdf", None, "", tuple(blocks))])
    assert (p.minutes, p.sessions, len(p.individuals)) == (300, 4, 4)


def test_a_pdf_log_of_bare_hours_with_a_running_total_and_a_wrapped_row():
    lines = ["Date Who Session Hours Running total", "05/09 A Induction and goals 3 3", "12/09 B Coaching badge plan 2.5 5.5",
             "20/09 B Rearranged: confidence", "with parents", "3 8.5", "26/09 C Session plans 2 10.5"]
    blocks = [Block("log.pdf", "paragraph" if t[0].islower() else "heading", t, n, page=1) for n, t in enumerate(lines, start=1)]
    p = practice([Document("log.pdf", None, "", tuple(blocks))])
    assert (p.minutes, p.sessions, len(p.individuals), p.doubts) == (630, 4, 3, ())


def test_minutes_in_brackets_on_bullets_a_pdf_ran_into_one_paragraph():
    text = ("• 08/01 Teams - CH1 - contracting (60) • 09/01 Teams - CH2 - contracting (45) "
            "• 15/01 phone - CH1 - check (20) • 22/01 Teams - CH2 - (rescheduled)")
    key = Block("log.pdf", "paragraph", "The minutes in brackets are how long each call lasted.", 1, page=1)
    p = practice([Document("log.pdf", None, "", (key, Block("log.pdf", "paragraph", text, 2, page=1)))])
    assert (p.minutes, p.sessions, p.doubts) == (125, 3, ())


def test_notes_that_open_with_planned_and_an_object_say_what_the_session_did():
    p = practice([doc(table("Date | Mentee | Duration | Notes", "22/01/26 | Mentee B | 1 hr 15 | Planned her first visit script",
                            "29/01/26 | Mentee B | 1 hr | Planned - final review"))])
    assert (p.minutes, p.sessions) == (75, 1)


def test_an_entry_title_in_plain_text_with_dashes_between_its_parts_opens_its_entry():
    # a .txt diary: no heading style, so the title is a paragraph; "Did not go ahead" under it cancels it
    def para(text, n):
        return Block("diary.txt", "paragraph", text, n)
    p = practice([doc(
        para("Entry 1 – 3 March 2025 – Mentee A (1 hour)", 1),
        para("We agreed the contract.", 2),
        para("Entry 2 – 17 March 2025 – Mentee B (1 hour)", 3),
        para("Did not go ahead: Mentee B was moved to the night shift at short notice.", 4),
    )])
    assert (p.minutes, p.sessions) == (60, 1)


def test_a_pdf_entry_title_line_dates_the_sentences_under_it():
    # a PDF has no heading styles kept: the title is a line among the rest, as a heading is in Word
    def line(text, n):
        return Block("diary.pdf", "paragraph", text, n, page=1)
    p = practice([Document("diary.pdf", None, "", (
        line("Session 1 – Monday 16th February 2026", 1), line("Mentee: Mentee A", 2), line("Time: 9am – 10am", 3),
        line("Supervision 1 – Thursday 19th February 2026", 4),
        line("I met my supervisor, Karen Hale, for 45 minutes. She asked why I gave the answers.", 5),
    ))])
    assert (p.minutes, p.supervision_minutes) == (60, 45)


def test_a_pdf_entrys_mentee_line_names_the_person_of_its_session():
    def line(text, n):
        return Block("diary.pdf", "paragraph", text, n, page=1)
    texts = ["Week 1 – Tuesday 30 September", "Mentoring: 30 mins", "Mentee: T", "What happened: we met in the library.",
             "Week 2 – Tuesday 7 October", "Mentoring: 40 mins", "Mentee: L", "What happened: L joined."]
    p = practice([Document("diary.pdf", None, "", tuple(line(t, n) for n, t in enumerate(texts, start=1)))])
    assert (p.minutes, p.sessions, sorted(p.individuals)) == (70, 2, ["L", "T"])


def test_a_record_that_opens_with_whom_names_the_person():
    def line(text, n):
        return Block("records.pdf", "paragraph", text, n, page=1)
    texts = ["Session 1 – Tuesday 13th January 2026", "With Mark for 1 hr 15.", "Contract and goals.",
             "Session 2 – Thursday 15th January 2026", "With Dana for 1 hour.", "Her goal."]
    p = practice([Document("records.pdf", None, "", tuple(line(t, n) for n, t in enumerate(texts, start=1)))])
    assert (p.minutes, sorted(p.individuals)) == (135, ["Dana", "Mark"])


def test_a_pdf_emails_header_names_the_person_and_day_of_the_session_under_it():
    def line(text, n, kind="paragraph"):
        return Block("emails.pdf", kind, text, n, page=1)
    texts = [("From: Amira Haddad", "heading"), ("To: ECR1", "heading"), ("Sent: Monday, 13 January 2025 17:05", "heading"),
             ("Thanks for this afternoon's session - about 1 hr 15 in the end.", "paragraph"),
             ("From: Amira Haddad", "heading"), ("To: ECR2", "heading"), ("Sent: Wednesday, 15 January 2025 16:40", "heading"),
             ("Thanks for our contracting meeting today (1 hour).", "paragraph")]
    p = practice([Document("emails.pdf", None, "", tuple(line(t, n, k) for n, (t, k) in enumerate(texts, start=1)))])
    assert (p.minutes, p.sessions, sorted(p.individuals)) == (135, 2, ["ECR1", "ECR2"])


def test_a_field_label_after_tutor_is_not_the_supervisors_name():
    # "tutor Time spent: 1 hour": "Time" is a label, so the sessions' "Time spent:" are not supervision with "Time"
    def line(text, n):
        return Block("records.pdf", "heading", text, n, page=1)  # a PDF's bold labels
    texts = ["Session 1", "Date: 4 March", "Mentee: Volunteer V", "Time spent: 45 mins",
             "Tutorial", "Date: 27 March", "Type: tutorial with my course tutor", "Time spent: 1 hour"]
    p = practice([Document("records.pdf", None, "", tuple(line(t, n) for n, t in enumerate(texts, start=1)))])
    assert (p.minutes, p.supervision_minutes) == (45, 60)


def test_each_other_is_not_a_rate_per_session():
    said = Block("diary.docx", "paragraph", "2 Oct – Mentoring – M – forty minutes – getting to know each other", 1)
    assert practice([doc(said)]).minutes == 40


def fields(*records: list[str]) -> Document:
    """Records exported as "Field: value" paragraphs, one after another."""
    lines = [line for record in records for line in record]
    return Document("export.txt", None, "", tuple(Block("export.txt", "paragraph", t, n) for n, t in enumerate(lines, 1)))


def test_an_exported_records_duration_in_hh_mm_is_its_length_and_other_hour_fields_are_not():
    p = practice([fields(
        ["Title: Mentoring session 2 - Mentee R", "Date of activity: 22/01/2025", "Duration: 01:15",
         "Off-the-job hours: 1.75", "Status: Accepted", "Learner notes: Point machine failures."],
        ["Title: Reflective account", "Date of activity: 26/01/2025", "Duration:", "Off-the-job hours: 2.00",
         "Status: Accepted", "Learner notes: Written at home."],
    )])
    assert (p.minutes, p.sessions, p.individuals) == (75, 1, ("Mentee R",))


def test_an_exported_records_status_speaks_for_the_whole_record():
    p = practice([fields(
        ["Title: Session 4 - Mentee S", "Date of activity: 26/02/2025", "Duration: 00:00", "Status: Not completed"],
        ["Title: Session 5 - Mentee S", "Date of activity: 02/04/2025", "Duration: 01:00", "Off-the-job hours:",
         "Status: Planned", "Learner notes: Booked for after this export."],
        ["Title: Session 5 - Mentee R", "Date of activity: 19/03/2025", "Duration: 01:00", "Status: Accepted"],
    )])
    assert (p.minutes, p.sessions, p.uncertain) == (60, 1, 0)


def test_watching_another_mentor_is_not_practice_and_feedback_after_an_observation_is_support():
    p = practice([doc(
        Block("diary.docx", "heading", "Tuesday 21st January", 1),
        Block("diary.docx", "paragraph", "I sat in and watched another mentor run a session with his learner, "
              "about half an hour, to pick up tips.", 2),
        Block("diary.docx", "heading", "Monday 3rd February", 3),
        Block("diary.docx", "paragraph", "D, 1.30 to 2.30, and Mrs Hale sat in to observe me.", 4),
        Block("diary.docx", "paragraph", "Mrs Hale gave me feedback straight after the observation, about fifteen minutes.", 5),
    )])
    assert (p.minutes, p.sessions, p.supervision_minutes) == (60, 1, 15)


def test_need_to_after_a_length_is_the_sessions_topic_not_a_requirement():
    p = practice([doc(
        Block("diary.docx", "heading", "Wednesday 29th January", 1),
        Block("diary.docx", "paragraph", "Tutorial with my ILM tutor, who comes in on Wednesdays. An hour, going "
              "through what I need to write for the unit.", 2),
    )])
    assert p.supervision_minutes == 60
    q = practice([doc(Block("diary.docx", "paragraph", "On 3 March I learnt that I need to do 1 hour with each mentee.", 1))])
    assert q.minutes == 0


def test_the_time_the_learner_says_was_actually_spent_is_the_sessions_length():
    p = practice([doc(
        Block("diary.docx", "heading", "Monday 13th January", 1),
        Block("diary.docx", "paragraph", "D again, 1.30 to 2.20, but there was a roll check in the middle and we lost "
              "ten minutes, so we actually worked for 40 minutes.", 2),
    )])
    assert (p.minutes, p.sessions) == (40, 1)


def test_a_time_column_of_hours_and_minutes_from_zero_is_each_rows_length():
    # "Contact time" of "0:45", "1:30": how long, not when; the TOTAL at its foot is checked in the same unit
    p = practice([doc(table(
        "Date | Activity | Young person | Contact time | Travel",
        "14/01 | First meeting - getting to know each other | Dean | 0:45 | 0:30",
        "21/01 | Mentoring - cafe in town, his benefits letter | Dean | 1:00 | 0:30",
        "06/03 | Group supervision with Rhian and three other volunteers | - | 1:30 | 0:40",
        "12/03 | ILM tutorial with my tutor (online, from home) | - | 0:45 | -",
        "TOTAL | | | 4:00 | 1:40",
    ))])
    assert (p.minutes, p.sessions, p.supervision_minutes) == (105, 2, 135)
    assert p.doubts == ()
    wrong_total = practice([doc(table(
        "Date | Activity | Young person | Contact time", "14/01 | Mentoring | Dean | 0:45",
        "21/01 | Mentoring | Dean | 1:00", "TOTAL | | | 2:45",
    ))])
    assert wrong_total.minutes == 105 and wrong_total.uncertain


def test_a_time_column_of_hours_and_minutes_is_lengths_though_one_row_says_dna():
    # "DNA" in the column is a word, not a time of day: it does not make the column clock times
    p = practice([doc(table(
        "Date | Mentee | Time | Stage / content",
        "02/06/25 | Mentee A | 0:45 | Initial meeting, agreement signed",
        "09/06/25 | Mentee A | 1:30 | Johari window, goals",
        "24/06/25 | Mentee B | DNA | Turned out to an RTC on the bypass",
        "26/06/25 | Mentee B | 1:15 | 360 results",
        "30/06/25 | Mentee A | 1:30 | Safe and well programme plan",
        "01/07/25 | Mentee B | 1:30 | Morning parade",
        "Total | | 6:30 | 5 sessions",
    ))])
    assert (p.minutes, p.sessions, len(p.individuals)) == (390, 5, 2)
    assert p.doubts == ()


def test_a_log_with_hours_and_minutes_in_two_columns_and_summaries_at_its_foot():
    p = practice([doc(table(
        "No. | Date | Coachee | Hrs | Mins | Type of contact | Notes",
        " | b/f | | 3 | 45 | Brought forward from my 2024 log | before my ILM registration",
        "1 | 08/01 | Colin | 1 | 0 | Coaching | contract",
        "2 | 22/01 | Maria | | 50 | Coaching | role play",
        "3 | 29/01 | Colin | 1 | 15 | Coaching | a recorded call",
        "4 | 12/02 | Maria | 1 | 30 | Coaching | two separate sessions: 45 mins before opening and 45 mins at 3pm",
        "5 | 05/03 | - | | 40 | Tutorial | ILM tutor, by phone",
        "6 | 26/03 | Colin | 1 | 0 | Coaching | final review - planned",
        " | | Coaching total (this log) | 4 | 35 | | ",
        " | | Supervision and tutorial | 0 | 40 | | ",
        " | | Grand total incl. b/f | 9 | 00 | | ",
    ))])
    assert (p.minutes, p.sessions, p.supervision_minutes) == (275, 5, 40)
    assert p.doubts == ()  # the b/f figure is before the log; the grand total counts it


def test_a_row_per_mentee_listing_each_session_with_its_date_and_length():
    p = practice([doc(table(
        "Mentee | Stage | Sessions (date - length) | Total for mentee",
        "Femi | Part 1 | 9 Jan - 20 min (chemistry coffee); 16 Jan - 1 hr; 27 Feb - cancelled (site visit); 13 Mar - 1 hr 15 | 2 hrs 35",
        "Ollie | Part 1 | 5 Feb - 30 min (chemistry); 5 Mar - DNA (forgot); 19 Mar - 40 min | 1 hr 30",
        "All mentees | | 5 sessions | 3 hrs 45",
    ))])
    assert (p.minutes, p.sessions, p.individuals) == (225, 5, ("Femi", "Ollie"))
    assert len(p.doubts) == 1 and "1 h 30 min" in p.doubts[0].text  # only Ollie's own total disagrees (70 min counted)


def test_an_attendance_register_counts_a_group_session_once_and_only_those_who_came():
    p = practice([doc(table(
        "Date | Session | Attendee | Attended | Start | Finish | Hrs",
        "06/02 | Mentoring circle 1 | Jess | Y | 10:00 | 11:30 | 1.5",
        "06/02 | Mentoring circle 1 | Marco | Y | 10:00 | 11:30 | 1.5",
        "06/02 | Mentoring circle 1 | Aisha | N - sick | 10:00 | 11:30 | 0",
        "10/02 | 1:1 mentoring | Aisha | N | 14:00 | 14:45 | 0",
        "12/02 | 1:1 mentoring | Marco | Y | 09:00 | 09:40 | 0.67",
        "27/03 | 1:1 mentoring | Jess | Rostered | 15:00 | 16:00 | ",
    ))])
    assert (p.minutes, p.sessions, p.individuals) == (130, 2, ("Jess", "Marco"))


def test_a_date_alone_on_a_line_of_a_text_file_titles_the_diary_entry_under_it():
    p = practice([Document("diary.txt", None, "", tuple(Block("diary.txt", "paragraph", t, n) for n, t in enumerate([
        "Monday 6th January", "First session with D, from ten to two until half past two.",
        "Friday 10th January", "Started with K, 9.15 until 10 o'clock.",
    ], start=1)))])
    assert (p.minutes, p.sessions, p.individuals) == (85, 2, ("D", "K"))


def test_a_logs_code_letters_are_read_by_the_learners_own_key():
    key = Block("diary.docx", "paragraph", "Codes: M = mentoring session (me with my mentee). S = supervision with my "
                "shift manager. O = observing another mentor (not my session). X = cancelled. P = planned, not happened yet.", 1)
    p = practice([doc(key, table(
        "Date | Start | End | Hrs | Code | Who",
        "03/02/25 | 22:30 | 23:15 | 0.75 | M | Lukasz",
        "12/02/25 | 23:00 | 23:30 | 0.5 | O | Kev + his mentee",
        "19/02/25 | 03:00 | 03:45 | 0.75 | X | Amira",
        "24/02/25 | 22:30 | 23:30 | 1 | S | Debbie",
        "24/03/25 | 22:30 | 23:30 | 1 | P | Amira",
        number=2))])
    assert (p.minutes, p.sessions, p.individuals, p.supervision_minutes) == (45, 1, ("Lukasz",), 60)


def test_a_mentee_the_learner_says_is_known_by_another_name_is_one_person():
    said = Block("diary.docx", "paragraph", "Lukasz is known as Luke on the line; it is the same person.", 1)
    p = practice([doc(said, table("Date | Who | Length", "03/02 | Lukasz | 45 mins", "10/02 | Luke | 1 hr",
                                  "12/02 | Amira | 1 hr", number=2))])
    assert (p.sessions, p.individuals) == (3, ("Lukasz", "Amira"))


def test_calendar_items_printed_as_fields_are_sessions_by_their_start_and_end():
    def item(subject, start, end, note):
        return [f"Subject: {subject}", "Location: Teams Meeting", f"Start: {start}", f"End: {end}",
                "Show Time As: Busy", "Categories: Coaching", f"My note: {note}"]
    p = practice([fields(
        item("Coaching - chemistry call with Tom", "Mon 13/01/2025 14:00", "Mon 13/01/2025 14:30", "Held."),
        item("Coaching session 2 - Tom", "Mon 03/02/2025 14:00", "Mon 03/02/2025 15:00",
             "Held but cut short: Tom was called out to a site at 14:40, so it was 40 minutes, not the hour."),
        item("Canceled: Coaching session 2 - Bea", "Tue 04/02/2025 09:30", "Tue 04/02/2025 10:30", "Bea cancelled."),
        item("Declined: Coaching drop-in - Priya", "Thu 27/03/2025 12:00", "Thu 27/03/2025 12:30", "Not my coachee."),
        item("Coaching session 4 - Bea", "Tue 01/04/2025 09:30", "Tue 01/04/2025 10:30",
             "Not happened yet - after the date I printed this."),
    )])
    assert (p.minutes, p.sessions) == (70, 2)


def test_session_paragraphs_labelled_alike_are_records_of_their_own():
    # "Session 2 (10 March): …" repeats the label of "Session 1 (3 March): …": the next record, not a second figure
    lines = [Block("diary.docx", "paragraph", text, n) for n, text in enumerate([
        "Session 1 (3 March): Mentee A, 10:00 to 11:30.", "Session 2 (10 March): Mentee A, from 2pm until 3.15.",
        "On 12 March Mentee A and I met for 1400-1500."], start=1)]
    p = practice([doc(*lines)])
    assert (p.minutes, p.sessions) == (225, 3)


def test_a_pdfs_log_rows_run_together_or_wrapped_are_each_a_row():
    lines = ["Date Mentee / activity Hrs Record", "02/09 Mentee A 1.5 Contracting",
             "12/09 Mentee C 1.5 MBTI discussed 16/09 Tutorial with my tutor 1.0 Tutorial 1 18/09 Mentee A 1.75 Visit debrief",
             "07/10 Mentee A 2.0 Chartership evidence, mock", "interview 09/10 Group - Mentees A, B and C 2.5 Joint session",
             "10/10 Shadowing - sat in on a", "colleague's mentoring", "1.0 (not counted)"]
    blocks = [Block("log.pdf", "paragraph", text, n, page=1) for n, text in enumerate(lines, start=1)]
    p = practice([Document("log.pdf", None, "", tuple(blocks))])
    assert (p.minutes, p.sessions, p.supervision_minutes) == (90 + 90 + 105 + 120 + 150, 5, 60)


def test_a_pdfs_log_of_numbered_mentees_reads_the_hours_column_not_the_mentees_number():
    # "01/04/25 Mentee 2 Mentoring 1.0" under "Date Mentee Activity Hours": 1 hour with Mentee 2, not 2 hours
    page = "\n".join(["Both mentees are newly qualified technicians; I call them Mentee 1 and Mentee 2 throughout.",
                      "Date Mentee Activity Hours", "01/04/25 Mentee 1 Mentoring 1.0", "02/04/25 Mentee 2 Mentoring 1.25",
                      "14/05/25 Mentee 2 Shadowing 2.0", "15/05/25 Mentee 1 Mentoring 1.5", "Total 3.75"])
    p = practice([Document("log.pdf", None, "", tuple(page_blocks("log.pdf", 1, page)))])
    assert (p.minutes, p.sessions, len(p.individuals)) == (60 + 75 + 90, 3, 2)
    assert p.doubts == ()  # the learner's total agrees with the guess at the cells


def test_a_pdfs_log_read_without_cells_is_in_doubt_until_the_learners_total_agrees():
    # the figures were placed in columns by the header's words alone: a guess the assessor is asked to check
    page = "\n".join(["I call my two mentees Mentee 1 and Mentee 2 throughout this log and in my reflections.",
                      "Date Mentee Activity Hours", "01/04/25 Mentee 1 Mentoring 1.0", "02/04/25 Mentee 2 Mentoring 1.25"])
    p = practice([Document("log.pdf", None, "", tuple(page_blocks("log.pdf", 1, page)))])
    assert (p.minutes, p.sessions) == (135, 2)
    assert [d.text for d in p.doubts] == [
        "the log's rows were read from a PDF's lines, which keep no cells (log.pdf p. 1), and no total of the "
        "learner's checks them: compare the figures with the log"]
    docx = practice([doc(table("Date | Mentee | Activity | Hours", "01/04/25 | Mentee 1 | Mentoring | 1.0",
                               "02/04/25 | Mentee 2 | Mentoring | 1.25"))])
    assert (docx.minutes, docx.doubts) == (135, ())  # a Word table's cells are the learner's own


def test_a_diary_entry_opened_without_its_length_takes_it_from_the_sentence_after():
    entries = ["Entry 3 - Thu 15 Jan, Mentee B (Leah). Half an hour getting to know each other. Running total: 30 mins.",
               "Entry 5 - Thu 22 Jan, quick call with Lewis, about 15 mins, about swapping a rota day. "
               "This doesn't count towards my hours - it was admin, not mentoring."]
    p = practice([doc(*[Block("diary.docx", "paragraph", t, n) for n, t in enumerate(entries, start=1)])])
    assert (p.minutes, p.sessions) == (30, 1)


def test_a_with_cell_that_names_a_tutor_meeting_is_a_tutorial_not_a_mentee():
    log = table("Date | Mentee | Duration | Notes", "14/03 | Mentee A | 1h15 | Final review",
                "07/03 | Meeting with my tutor (Claire) | 1 hr | Review of my mentoring", "21/02 | Mentee A | 1 hr 15 | SBAR")
    p = practice([doc(log)])
    assert (p.minutes, p.sessions, len(p.individuals), p.supervision_minutes) == (150, 2, 1, 60)


def test_a_pdf_logs_person_after_its_time_and_a_row_not_yet_held():
    lines = ["Date Time Who Summary", "02/05 10:00–11:30 Tom First meeting. Contract, goals agreed.",
             "09/05 1400-1500 Tom Role played warning a group of teenagers.",
             "13/06 10:00–10:45 Tom Planned - follow up after his refresher, not yet held"]
    blocks = [Block("log.pdf", "paragraph", text, n, page=1) for n, text in enumerate(lines, start=1)]
    p = practice([Document("log.pdf", None, "", tuple(blocks))])
    assert (p.minutes, p.sessions, p.individuals) == (150, 2, ("Tom",))


def test_the_learners_supervisor_named_in_a_sentence_is_never_a_mentee():
    log = table("Date | Mentee | Time", "05/10 | Mentee C (Priya) | 13:00–14:00", "14/10 | Priya | 10:00–11:30")
    lines = [Block("diary.docx", "paragraph", t, n) for n, t in enumerate(
        ["Supervision 1, 9 November, one hour with Gwen, my supervisor for this unit.",
         "26 November, an hour with Gwen."], start=2)]
    p = practice([doc(log, *lines)])
    assert (p.minutes, p.sessions, len(p.individuals), p.supervision_minutes, p.uncertain) == (150, 2, 1, 120, 0)


def test_planned_as_the_sessions_verb_is_not_a_plan():
    log = table("Date | Mentee | Length | Notes", "23/02 | Mentee A | 1h30 | Prescriptions desk",
                "25/02 | Mentee B | 1h15 | Planned her training session for the new starter",
                "04/03 | Mentee B | 1h | Planned - final review")
    p = practice([doc(log)])
    assert (p.minutes, p.sessions) == (165, 2)


def test_supervision_told_as_a_whole_with_its_months_is_counted():
    log = table("Date | Coachee | Length", "03/03 | C1 | 1 hr", "10/03 | C1 | 1 hr")
    told = Block("diary.docx", "paragraph",
                 "I had two supervision sessions with Fiona McTaggart on Zoom, each of an hour, in March and April.", 2)
    p = practice([doc(log, told)])
    assert (p.minutes, p.supervision_minutes, p.supervision_sessions) == (120, 120, 2)


def test_a_text_files_records_repeat_the_log_and_a_capitals_line_heads_the_supervision():
    # "Coachee feedback: Felt OK" is what the coachee said, not who they are; the record under
    # "SESSION RECORD - Hannah - session 1" is the log's row of that day, counted once
    texts = ["Date | Coachee | Hours", "05/09/24 | Hannah | 0.5", "12/09/24 | Hannah | 1.25"]
    log = Block("log.txt", "table", "\n".join(texts), 1)
    record = ["SESSION RECORD - Hannah - session 2", "Date: 12 September 2024", "Length: an hour and a quarter",
              "Focus: Time audit of a typical week.", "Coachee feedback: Felt OK, a bit odd being coached by my manager."]
    supervision = ["SUPERVISION", "I had two supervision sessions with my tutor. The first was on 26 September in her office "
                   "and ran from two o'clock until quarter past three; we talked about coaching someone I line manage.",
                   "The second, on 5 November, was a full hour on Teams about endings."]
    blocks = [log] + [Block("log.txt", "paragraph", t, n) for n, t in enumerate(record + supervision, start=2)]
    p = practice([doc(*blocks)])
    assert (p.minutes, p.sessions, p.individuals, p.supervision_minutes) == (105, 2, ("Hannah",), 75 + 60)


def test_a_mentee_fields_job_title_is_not_a_second_mentee():
    agreement = table("Mentoring agreement | ", "Mentor | Joanne Whitehead, Care Coordinator",
                      "Mentee | Chantelle Robson, Care Worker", "Meetings | Tuesdays 10.00, office, about 1 hour", number=1)
    log = table("Date | Time | Length | Discussed", "Tue 7 Jan | 10.00-10.45 | 45 mins | Agreement signed",
                "Tue 14 Jan | 10.00-11.00 | 1 hr | eMAR errors", number=2)
    p = practice([doc(agreement, log)])
    assert (p.minutes, p.individuals) == (105, ("Chantelle Robson",))


def test_one_slip_into_a_first_name_beside_the_pseudonym_is_the_same_mentee():
    log = table("No. | Date | Mentee | Time | What we did", "1 | Monday 13 January | Kian | 12.50 – 1.20 | Chose the book",
                "2 | Monday 20 January | Mentee 1 | 12.50 – 1.20 | Read chapter 1",
                "3 | Monday 27 January | Mentee 1 | 12.50 – 1.20 | Read chapter 2")
    intro = Block("diary.docx", "paragraph", "I met my mentee every Monday lunchtime in the library.", 2)
    p = practice([doc(log, intro)])
    assert (p.sessions, p.individuals) == (3, ("Mentee 1",))
    two = practice([doc(log, Block("diary.docx", "paragraph", "I met both of my mentees on Mondays.", 2))])
    assert len(two.individuals) == 2  # a learner who writes of mentees may well have two


def test_that_is_so_many_hours_of_mentoring_after_a_log_is_the_learners_sum_not_a_session():
    page = "\n".join([
        "My mentee is a trainee optical assistant; we met at lunchtimes in the back office.",
        "Date Session Time Length Focus",
        "14/01/25 1 13:15 – 14:00 45 min Agreement signed, plan and goals discussed",
        "21/01/25 2 13:15 – 13:55 40 min Frame parts; 'not clever enough'", "conversation",
        "11/02/25 - - - Cancelled – two staff off sick, rebooked", "to 18th",
        "18/02/25 3 13:10 – 14:00 50 min Adjustments on real customers,", "feedback",
        "01/04/25 (4) planned Follow-up catch-up planned – not yet", "held",
        " Total 2 h 15 m ",
        "That is just over two hours of mentoring, comfortably over the three hours required, all with the",
        "same mentee. The debrief on 4 March was with my tutor about my mentoring and is not",
        "included in the total."])
    p = practice([Document("log.pdf", None, "", tuple(page_blocks("log.pdf", 1, page)))])
    assert (p.minutes, p.sessions) == (135, 3)
    one = practice([doc(Block("d.docx", "paragraph", "On 3 March I met Mentee A. That was a 45-minute session "
                                                     "about her rota.", 1))])
    assert (one.minutes, one.sessions) == (45, 1)


def test_a_pdf_logs_coachee_by_initial_and_a_three_way_meeting_are_read_as_written():
    # "R. Thorne" does not end a sentence at the initial; the "3" of "3-way with manager" is no length
    page = "\n".join([
        "I coached two new team leaders, Coachee 1 and Coachee 2, from January to March this year.",
        "Date Coachee Type Minutes Notes",
        "13/01 Coachee 1 Coaching 90 Goal set, Belbin reviewed",
        "20/01 Coachee 2 3-way with", "manager", "30 Stakeholder meeting, not coaching", "– not counted",
        "27/01 R. Thorne Coaching 90 360 results",
        "29/01 Coachee 2 Coaching 90 Insights profile, former peers"])
    p = practice([Document("log.pdf", None, "", tuple(page_blocks("log.pdf", 1, page)))])
    assert (p.minutes, p.sessions) == (270, 3)


def test_a_pseudonyms_letter_still_ends_its_sentence():
    p = practice([doc(Block("d.docx", "paragraph", "On 3 March I met Mentee A. 14/03 Mentee B, 45 mins, goals. "
                                                   "On 21 March Mentee A again for an hour.", 1))])
    assert (p.minutes, p.sessions) == (105, 2)
