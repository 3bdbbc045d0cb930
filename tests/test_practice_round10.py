"""Practice shapes the round 10 logs showed (written by writers who read no marker code): each
class of mistake in small, as a learner would write it."""

from marker.submission.durations import durations_in, in_parts
from marker.submission.model import Block, Document
from marker.submission.practice import practice


def doc(*blocks: Block, name: str = "diary.docx") -> Document:
    return Document(name, None, "", tuple(blocks))


def table(*rows: str, number: int = 1) -> Block:
    return Block("diary.docx", "table", "\n".join(rows), number)


def para(text: str, number: int = 1) -> Block:
    return Block("diary.docx", "paragraph", text, number)


LOG = ("Date | Mentee | Time | What we did",
       "Mon 6 Jan | Kyle | 9.00-9.45am | Goals",
       "Mon 13 Jan | Kyle | 10.00-10.40am | His college portfolio")


def test_a_session_in_two_parts_on_the_clock_is_one_session_of_both_lengths():
    p = practice([doc(table(*LOG, "Tue 5 Nov | Kyle | 9.00-9.40am / 1.15-1.55pm | Fire alarm: finished after lunch"))])
    assert (p.minutes, p.sessions) == (45 + 40 + 80, 3)
    p = practice([doc(para("Session 1, Tues 4 Feb 2025, 8.15-9am: first meeting with Kyle."),
                      para("Session 2, Tues 25 Feb 2025, 10.00-10.25am and 3.40-4.05pm with Kyle: the bay was needed.", 2))])
    assert (p.minutes, p.sessions) == (45 + 50, 2)


def test_parts_with_a_word_in_brackets_in_a_length_column_add_up():
    p = practice([doc(table("No. | Date | Mentoring | Notes", "1 | Wed 8 Jan | 12.40-1.10pm | Getting to know each other",
                            "2 | Fri 24 Jan | 10.50-11.05am (break) and 12.45-1pm (lunch) | Made up in two parts"))])
    assert (p.minutes, p.sessions) == (30 + 30, 2)


def test_two_lengths_of_a_session_are_not_its_parts():
    text = "1 hr / 60 mins"
    assert in_parts(text, durations_in(text)) is None  # one length said twice stays one
    text = "9.00-9.40am and 40 minutes of notes"
    assert in_parts(text, durations_in(text)) is None  # a span and a length: not two parts


def test_a_training_day_or_a_workshop_the_learner_went_to_is_not_practice():
    log = table(*LOG)
    p = practice([doc(log, para("Note: the mentor training day at the academy on Saturday 14/12/24 (6 hours) was the "
                                "induction to my course.", 2))])
    assert (p.minutes, p.supervision_minutes) == (85, 0)
    p = practice([doc(log, para("On 5 November I went to a half-day mentoring skills workshop run by the council's "
                                "L&D team (3 hrs).", 2))])
    assert (p.minutes, p.supervision_minutes) == (85, 0)


def test_what_the_learner_says_is_not_in_the_diary_is_not_counted():
    p = practice([doc(table(*LOG), para("My supervision with Ruth on 20 January (1 hour) is not in the diary: "
                                        "it was about another course.", 2))])
    assert p.supervision_minutes == 0


def test_the_person_i_mentored_is_one_mentee_when_no_row_names_them():
    p = practice([doc(para("The person I mentored is the new apprentice who started in January."),
                      table("Session | Date | Time | Notes", "1 | Tues 4 Feb | 8.15-9am | First meeting",
                            "2 | Tues 11 Feb | 2.30pm - 3.15pm | His college portfolio", number=2))])
    assert (p.sessions, len(p.individuals)) == (2, 1)


def test_a_mentoring_column_stays_mentoring_when_the_supervision_column_beside_it_names_the_supervisor():
    # pk_d202's log: the rows naming the supervisor beside their mentoring were all taken for supervision
    p = practice([doc(table(
        "No. | Date | Mentoring | Supervision review | Main issues and agreed actions",
        "1 | Wed 8 Jan | 12.40-1.10pm | 3.30-4pm with Mr Okafor | Getting to know each other.",
        "2 | Wed 15 Jan | 12.40-1.15pm | 3.30-4pm | He went to chess club once.",
        "- | Wed 22 Jan | n/a | n/a | Rory off ill. Mr Okafor was on the Year 7 trip so no supervision either.",
        "3 | Fri 24 Jan | 10.50-11.05am (break) and 12.45-1pm (lunch) | 3.30-4pm | Make-up session in two parts.",
        "4 | Wed 29 Jan | 12.40-1.10pm | 3.30-4.15pm - group supervision with Mr Okafor and the other peer mentors "
        "| Talked about who he sits with.",
        "5 | Wed 5 Feb | 12.40-1.05pm (bell went early for assembly) | 3.30-4pm | He sat with them twice.",
        "6 | Wed 12 Feb | 12.35-1.15pm | 3.30-4.05pm | Last session."))])
    assert (p.minutes, p.sessions, p.supervision_minutes) == (190, 6, 200)


def test_not_counted_said_two_sentences_after_the_entry_it_is_about():
    p = practice([doc(para("19/06 - 1.5 hrs - back on track with Sam."),
                      para("12/06 - 0.75 hrs - turned into a welfare chat about his housing. Referred him to the "
                           "employee assistance line. Not counting this as coaching.", 2))])
    assert (p.minutes, p.sessions) == (90, 1)
