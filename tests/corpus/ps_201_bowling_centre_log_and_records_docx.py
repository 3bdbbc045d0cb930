"""8584-201 mentoring as two Word files: a short log and a separate session record for every meeting, one meeting only in the records, one held as two phone calls.

Aaron Pryce, duty manager at a ten-pin bowling and arcade centre in Swindon, mentors R., a
new front-desk host who started in January. The log is a four-row Word table with lengths
written "1:15", "an hour-ish", "1 hr (2 x 30 min phone calls)" and "90m" and a total of
4 hrs 45 mins. The session records file has a record per meeting with start and finish
times - five of them, because the 3 March meeting never made it into the log (and the log's
"Session 4" is the records' Session 5). Session 3 was done as two 30-minute phone calls on
the same day while R. was off with a sprained ankle; both the log and the record treat it as
one session. Tutor support: a 20-minute phone call with the tutor about counting the phone
session and the one-hour tutor meeting the unit asks for. One record slips R.'s full name.

Practice truth: 75 + 60 + 60 + 45 + 90 = 330 minutes in 5 sessions with one mentee;
tutor support 20 + 60 = 80.
"""

from .case import Case, H, P, SourceFile, T

LOG = [
    H(1, "Unit 201 - Mentoring log"),
    P("Aaron Pryce - Duty Manager, ten-pin bowling & arcade centre"),
    P("""Mentee: R., front desk host, started with us in January. First job in hospitality.
      She asked for a mentor because the front desk on a Saturday is full on - lanes, party
      bookings, shoes, the tills and the phone all at once. We met on Mondays when it's quiet,
      in the party room. Full notes for each session are in my session records."""),
    T(
        ["Session", "Date", "Length", "What we covered"],
        ["1", "Mon 3 Feb", "1:15", "Getting to know each other, mentoring agreement, what R. wants to get better at"],
        ["2", "Mon 10 Feb", "an hour-ish", "Party bookings - went through the booking screen together"],
        ["3", "Mon 24 Feb", "1 hr (2 x 30 min phone calls)", "R. off with a sprained ankle so we did it over the phone, morning and afternoon"],
        ["4", "Mon 10 Mar", "90m", "Final review, feedback form, where she goes from here"],
        ["Total", "", "4 hrs 45 mins", ""],
    ),
    H(2, "Tutor support"),
    P("Wed 26 Feb - phone call with my tutor, 20 mins - checked it was OK to count session 3 as one session even though it was two calls. She said yes if it was one plan."),
    P("Mon 17 Mar - tutor meeting at the training centre, 1 hr - went through my log and records and my reflections on the 3 hours."),
    P("I confirm this is my own work. A. Pryce 17/03/25"),
]

RECORDS = [
    H(1, "Unit 201 - Mentoring session records"),
    H(2, "Session record 1"),
    T(
        ["Mentee", "R. (front desk host)"],
        ["Date", "Monday 3 February 2025"],
        ["Time", "14:00 - 15:15"],
        ["Where", "Party room"],
        ["Purpose", "First meeting. Mentoring agreement - when we meet, what's confidential, what mentoring is and isn't"],
        ["What we talked about", "Her first month. She likes the customers but panics when the phone rings and there's a queue"],
        ["Actions", "R. to write down every time she feels panicked at the desk this week and what was happening"],
        ["Next session", "10/02"],
    ),
    H(2, "Session record 2"),
    T(
        ["Mentee", "R. (front desk host)"],
        ["Date", "Monday 10 February 2025"],
        ["Time", "18:00 - 19:00ish (didn't watch the clock)"],
        ["Where", "Front desk, then party room"],
        ["Purpose", "Party bookings"],
        ["What we talked about", "Her list - 4 of the 6 panics were party bookings. Went through the booking screen step by step, she did two dummy bookings"],
        ["Actions", "Take the next party booking herself with me nearby"],
        ["Next session", "17/02 - moved, she's off"],
    ),
    H(2, "Session record 3"),
    T(
        ["Mentee", "Rosie Pilling"],
        ["Date", "Monday 24 February 2025"],
        ["Time", "Two phone calls - 11:00 - 11:30 and 16:00 - 16:30 (1 hour altogether)"],
        ["Where", "Phone - R. at home with a sprained ankle"],
        ["Purpose", "Keep things going while she's off. One session, split in two because she had a physio appointment in between"],
        ["What we talked about", "Morning: how the party booking went (well!). Afternoon: the phone - what she says when it rings and there's a queue"],
        ["Actions", "Write a script for answering the phone when busy"],
        ["Next session", "03/03"],
    ),
    H(2, "Session record 4"),
    T(
        ["Mentee", "R. (front desk host)"],
        ["Date", "Monday 3 March 2025"],
        ["Time", "17:30 - 18:15"],
        ["Where", "Party room"],
        ["Purpose", "Back at work - a complaint she handled on Saturday"],
        ["What we talked about", "Customer shouting about a lane that broke down. She used the phone script idea - acknowledge, then say what happens next. Went through what she'd do the same and different"],
        ["Actions", "Ask the Saturday manager for feedback on her desk"],
        ["Next session", "10/03"],
    ),
    H(2, "Session record 5"),
    T(
        ["Mentee", "R. (front desk host)"],
        ["Date", "Monday 10 March 2025"],
        ["Time", "13:30 - 15:00"],
        ["Where", "Party room"],
        ["Purpose", "Final review"],
        ["What we talked about", "Looked back at her panic list - down to 1 last week. Feedback form. She wants to train as a party host next"],
        ["Actions", "I'll speak to the GM about party host training"],
        ["Next session", "None - mentoring finished, will check in informally"],
    ),
    H(2, "Reflection"),
    P("""I did more than the 3 hours because R. wanted to keep going. The phone session worked
      better split in two than I thought it would - she'd had time to think between the calls.
      Next time I will fill the log in on the day, because I nearly lost track."""),
]

CASE = Case(
    name="ps_201_bowling_centre_log_and_records_docx",
    unit="8584-201",
    kind="portfolio",
    files=[
        SourceFile("201 mentoring log - A Pryce.docx", LOG),
        SourceFile("201 session records - A Pryce.docx", RECORDS),
    ],
    labels={},  # practice only
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        "identifying": ["Rosie Pilling"],  # R.'s full name in session record 3
        # Each meeting once (log row and its record are the same session), lengths from the records:
        # 03/02 14:00-15:15 75 (log "1:15") + 10/02 18:00-19:00ish 60 (log "an hour-ish")
        # + 24/02 two calls 11:00-11:30 and 16:00-16:30 = 30 + 30 = 60, one session (log "1 hr (2 x
        # 30 min phone calls)", record "One session, split in two") + 03/03 17:30-18:15 45 (only in
        # the records) + 10/03 13:30-15:00 90 (log "90m", log's Session 4 = record 5)
        # = 75 + 60 = 135; + 60 = 195; + 45 = 240; + 90 = 330 = 5 h 30.
        # Not: the log total "4 hrs 45 mins" (285, misses 03/03); the log rows again (duplicates
        # of the records); 17/02 moved, not held; each "30 min" call separately; "the 3 hours" (the
        # unit's requirement, twice); tutor support.
        "minutes": 330,
        "sessions": 5,
        "individuals": 1,  # R. (= Rosie Pilling in record 3)
        # 26/02 tutor phone call 20 + 17/03 tutor meeting 1 hr 60 = 80.
        "supervision_minutes": 80,
    },
    about="Bowling centre duty manager; 201 portfolio of a Word log ('1:15', 'an hour-ish', '1 hr (2 x 30 min phone calls)', '90m', total 4 hrs 45) and a separate file of session records with times, every session written twice, one 3 March session only in the records and numbered differently, one session as two 30-minute phone calls the same day, tutor call and tutor meeting, mentee's full name slipped in one record.",
)
