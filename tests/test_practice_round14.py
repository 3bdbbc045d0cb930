"""Practice shapes that round 14's logs showed (written by writers who read no marker code): each in small."""

from marker.submission.model import Block, Document
from marker.submission.practice import practice


def table(*rows: str, number: int = 1, file: str = "log.docx") -> Block:
    return Block(file, "table", "\n".join(rows), number)


def _log(*rows: str, header: str = "Date | Activity | With | Hrs | Notes") -> Document:
    return Document("log.docx", None, "", (table(header, *rows),))


def test_a_session_that_talks_about_an_earlier_dna_was_held():
    """'Talked about the DNA' in the notes of an hour's session: the missed one a week before, not this one."""
    p = practice([_log("30/09/25 | 1:1 mentoring | Mentee B | 0 | DNA – stayed late at college",
                       "07/10/25 | 1:1 mentoring | Mentee B | 1.0 | Talked about the DNA; portfolio deadlines",
                       "14/10/25 | 1:1 mentoring | Mentee B | 1.0 | After the cancelled session we reset goals")])
    assert (p.minutes, p.sessions) == (120, 2)


def test_a_session_in_two_parts_written_pt_1_and_pt_2_is_one_session():
    p = practice([_log("04/03/2025 | Mentoring (pt 1) | Freya | 0.5 | Stopped – the searchroom opened early",
                       "04/03/2025 | Mentoring (pt 2) | Freya | 0.5 | Same session finished after lunch",
                       "11/03/2025 | Mentoring | Freya | 1.0 | Final review")])
    assert (p.minutes, p.sessions) == (120, 2)


CINEMA = "Date | Session | Duration (mins) | Notes / actions"


def test_a_follow_up_call_added_in_a_rows_notes_is_counted_with_it_unless_the_learner_says_not():
    """'Plus 15 mins follow-up call … (same session)' adds to the row; 'Plus 15 mins … not counted' leaves
    the row's own time counted and the call out."""
    p = practice([_log("Tue 18 Feb | 3 | 45 | Cut short. Plus 15 mins follow-up call after the 9pm show "
                       "(same session, I've counted it as 60).",
                       "Thu 27 Feb | 4 | 50 | Role play. Plus 15 mins follow-up call Mon 3 Mar – he rang to check "
                       "the rota wording, not counted (quick question).",
                       "Tue 4 Mar | 5 | 60 | Went through how it went", header=CINEMA)])
    assert (p.minutes, p.sessions) == (170, 3)


def test_mentoring_with_one_person_is_one_individual():
    doc = _log("Tue 4 Feb | 1 | 40 | Intro", "Tue 11 Feb | 2 | 55 | Goals agreed", header=CINEMA)
    said = Block("log.docx", "paragraph", "This gives me nearly two hours of mentoring with one person against the "
                 "three hours the unit asks for.", 2)
    p = practice([Document("log.docx", None, "", doc.blocks + (said,))])
    assert len(p.individuals) == 1


def _diary(*paragraphs: str, heading: str | None = None) -> Document:
    blocks = [Block("diary.docx", "paragraph", text, n) for n, text in enumerate(paragraphs, start=1)]
    if heading:
        blocks.insert(len(blocks) - 1, Block("diary.docx", "heading", heading, 0))
    return Document("diary.docx", None, "", tuple(blocks))


def test_prose_about_an_earlier_dna_does_not_cancel_the_session_or_the_supervision():
    p = practice([_diary("Tuesday 20 May – Connor. He didn't turn up – overslept. Rebooked for Thursday.",
                         "Thursday 22 May – Connor. 55 mins. Talked about the DNA first. Then the team brief.",
                         "The second was on 10 June at her office, 9.30 until 10.45, where we went through this diary "
                         "and she asked why I hadn't reflected more on Connor's DNA.", heading="Supervision")])
    assert (p.minutes, p.sessions, p.supervision_minutes) == (55, 1, 75)


def test_an_h_mm_that_is_a_diary_entrys_sentence_of_its_own_is_its_length():
    p = practice([_diary("Coachees: Jamie and Connor (deputy head greenkeepers).",
                         "Wednesday 16 April – Connor. 1:15. Goals: take over the spraying records.",
                         "Monday 2 June – Jamie. 1:05. Rehearsed the committee presentation.",
                         "Tuesday 3 June – Connor. Met at 1:15. We looked at the mowers for an hour.")])
    assert (p.minutes, p.sessions, len(p.individuals)) == (200, 3, 2)


def test_training_the_learner_says_is_not_mentoring_is_not_counted():
    p = practice([_log("09/10 | Mentoring | Lucy | 60 | School-readiness reports",
                       "14/10 | Training | 12 staff incl. all 4 room leaders | 180 | Paediatric first aid refresher I "
                       "delivered – training, not mentoring",
                       "15/10 | Mentoring | Efua | 90 | Too much advice from me: telling, not mentoring",
                       header="Date | Type | Who | Mins | Notes")])
    assert (p.minutes, p.sessions, sorted(p.individuals)) == (150, 2, ["Efua", "Lucy"])


def test_a_table_titled_as_reviews_with_the_supervisor_after_each_session_is_no_doubtful_twin():
    """A plain text file's title line over each table; the reviews on each session's day, of its length."""
    p = practice([Document("diary.txt", None, "", (
        Block("diary.txt", "paragraph", "2a Mentoring sessions (six sessions of 30 minutes with one mentee)", 1),
        table("Session | Date | Length | What we did", "1 | Tue 4 Mar | 30 mins | Got to know each other",
              "2 | Tue 11 Mar | 30 mins | Map symbols", number=2, file="diary.txt"),
        Block("diary.txt", "paragraph", "2b Review with supervisor after each session (30 minutes)", 3),
        table("Review | Date | Length | What we talked about", "1 | Tue 4 Mar | 30 mins | I asked leading questions",
              "2 | Tue 11 Mar | 30 mins | Letting him win builds confidence", number=4, file="diary.txt")))])
    assert (p.minutes, p.sessions, p.supervision_minutes) == (60, 2, 60)
    assert not p.doubts, p.doubts


def test_a_job_title_after_the_mentees_name_in_the_agreement_is_no_second_person():
    p = practice([Document("work.docx", None, "", (
        table("Mentoring agreement | ", "Mentor | Steve Latham, Senior Boatbuilder",
              "Mentee | Callum Rourke, Apprentice Boatbuilder (Year 1)", number=1, file="work.docx"),
        table("Date | Where | Length | What we did", "Tue 7 Jan 2025 | Mess room | 45 mins | First meeting",
              "Tue 14 Jan | Mess room | 1 hr | Goals set", number=2, file="work.docx")))])
    assert p.individuals == ("Callum Rourke",)


def test_a_tutors_call_for_15_minutes_after_a_session_is_its_length_and_on_track_for_three_hours_is_not():
    p = practice([_diary("Tue 7 Jan 2025, mess room, 45 mins with my mentee: first meeting.",
                         "Earlier, on 29 January, my tutor had rung me for about 15 minutes after the cancelled session "
                         "to check I was still on track for three hours, which I was.")])
    assert (p.minutes, p.supervision_minutes) == (45, 15)


def test_the_one_pseudonym_a_diary_declares_is_the_one_mentee():
    """'I am calling him Rory' in a log that names no one, though the learner writes of mentees in general."""
    p = practice([_diary("My mentee is a Year 7 boy. I am calling him Rory in this diary, which is not his real name.",
                         "Wed 8 Jan, 12.40-1.10pm: getting to know each other.",
                         "Wed 15 Jan, 12.40-1.15pm: lunch clubs. I find it hard with mentees who only answer 'yeah'.")])
    assert (p.minutes, p.individuals) == (65, ("Rory",))


def test_a_d202_diarys_reviews_after_each_session_are_supervision_and_its_parts_one_session():
    p = practice([_diary(
        "Session 1, Sat 4 January, 8.15 to 8.45. Getting to know each other. Review with the head coach afterwards "
        "for half an hour: he said I did most of the talking.",
        "Session 3, Sat 18 January. The pool timetable changed so we did it in two bits on the same morning: 8.05 to "
        "8.15 before training and 9.50 to 10.10 after. Review 10.15 to 10.45, about whether splitting it lost the flow.",
        "Session 5, Sat 8 February, forty minutes before training. Mostly she talked and I listened. Review half an "
        "hour: what to say to her after the gala.",
        "Session 6, Sat 15 February, 8.15 to 8.50. A review of her three outcomes; she ticked them off.")])
    assert (p.minutes, p.sessions, p.supervision_minutes) == (135, 4, 90)


def test_a_tutorial_records_long_outcome_and_its_learner_field_say_nothing_of_the_record():
    """'Outcome: Agreed I need to hold back …' is what the tutorial agreed, not a plan; 'Learner: …' is the learner."""
    p = practice([Document("work.docx", None, "", (
        table("Date | Length | What we did", "Wed 12 Feb | 45 min | Job sheet walk-through",
              "Wed 26 Feb | 50 min | Near misses", number=1, file="work.docx"),
        Block("work.docx", "heading", "3.2 Tutorial record", 2),
        table("Tutorial record form | ", "Learner | Callum Fairweather", "Tutor | Priya Raman",
              "Date / time | 2 April 2025, 13:30 to 14:30 (1 hour), Newnham Road training centre",
              "Outcome | Agreed I need to hold back and use silence; write a reflective note after every session",
              number=3, file="work.docx")))])
    assert p.supervision_minutes == 60
    assert not [d for d in p.doubts if "Callum" in d.text], p.doubts
