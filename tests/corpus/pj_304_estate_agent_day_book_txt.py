"""8587-304 practice: an estate agency branch manager's day book typed up whole, mentoring lines among ordinary work.

Marcus Reid, branch manager of an estate agency, mentors two trainee negotiators: Mentee 1
is Callum W. ("CW", "Callum") and Mentee 2 is Priti S. ("PS", "Priti"), as his who's-who
paragraph says once. He typed up every day of his day book on which he had a mentoring
session, so each day is a line of its date followed by dashed entries, most of them normal
branch work with times ("08.45 team huddle", "11.00 valuation", "16.00 offer negotiation").
Mentoring lines have clock ranges in three styles ("09.30-10.45", "8.30am-9.45am",
"17.30-18.45"). Tricky: an accompanied viewing with PS he labels normal work; Priti's
session cancelled and moved to the Thursday; a 3-way probation review with Callum and the
area manager he says does not count; a thank-you lunch "(not a session)"; two session
records later retelling 11 March and 15 April ("3pm to 4.30pm (1½ hours)", "9.15 to 10.45")
as the same sessions; his totals sentence (right). Supervision: two Teams sessions with his
mentor supervisor and a college tutorial, all in the day book. No declaration.

Practice truth: Callum 75 + 90 + 75 + 90 + 75 + 90 + 60 = 555, Priti 30 + 90 + 75 + 90 + 60 +
90 + 60 = 495; 1050 minutes in fourteen sessions with two mentees; supervision 90 + 60 + 60
= 210.
"""

from .case import B, Case, P, SourceFile

BLOCKS = [
    P("Unit 304 – mentoring log (typed up from my day book)"),
    P("Marcus Reid, Branch Manager, Hollins & Pryce Estate Agents, Kettering branch"),
    P("""Who's who: Mentee 1 is Callum W. (CW), trainee sales negotiator, eight months in. Mentee 2
      is Priti S. (PS), trainee lettings negotiator, joined us in January. In the day book I use
      initials, first names or Mentee 1/2, whichever I scribbled at the time, but it is the same
      two people all the way through."""),
    P("""I've typed up the whole day for each day I had a mentoring session, because that is how
      my day book works, so most of each day is normal branch work. The mentoring lines are the
      ones with one of their names or initials and "mentoring" or "session"."""),

    P("Tue 4 March"),
    B("08.45 team huddle"),
    B("09.30-10.45 mentoring session 1 with CW – contract signed, what he wants from the year (to be valuing by Christmas)"),
    B("11.00 valuation, 22 Beech Avenue"),
    B("14.00 call with Kemp & Co re the Orchard Close chain"),
    B("16.15-16.45 PS – first chat (chemistry session), explained mentoring, she's keen"),

    P("Tue 11 March"),
    B("09.00-10.30 mentoring session with Priti – contract signed, SWOT"),
    B("11.30 accompanied viewing, 9 Mill Lane, with PS (normal work, not mentoring)"),
    B("15.00-16.30 Callum – session 2, Honey & Mumford learning styles questionnaire"),

    P("Thu 13 March"),
    B("12.30-14.00 supervision with Helen (mentor supervisor, Northampton office) on Teams"),
    B("14.30 area meeting"),

    P("Tue 18 March"),
    B("8.30am-9.45am Mentee 1 session – cold calling, role play"),
    B("10.00 PS session – cancelled, she's on a lettings compliance course, moved to Thursday"),
    B("12.00 board photos, Elm Road"),

    P("Thu 20 March"),
    B("17.30-18.45 PS session (moved from Tues) – tenancy deposit questions, she led it"),

    P("Tue 25 March"),
    B("10.00-10.45 3-way review: Callum + Andrea (area manager) – his probation review, doesn't count as mentoring"),
    B("14.00-15.30 Mentee 2 session – goal review, GROW"),
    B("16.00 offer negotiation, 3 Oak Lane"),

    P("Tue 1 April"),
    B("09.30-11.00 CW mentoring – debrief of his first market appraisal on his own"),
    B("15.00-16.00 PS mentoring – landlord phone calls, practised on me"),

    P("Tue 8 April"),
    B("10.00-11.00 ILM tutorial with Raj (my tutor) at the college"),
    B("14.00-15.15 Callum session – 360 feedback from the team"),
    B("16.30 Rightmove listing checks"),

    P("Tue 15 April"),
    B("09.15-10.45 Mentee 2 session – her 360 feedback"),
    B("16.00-17.30 Mentee 1 session – preparing for the valuer interview"),

    P("Tue 22 April"),
    B("09.30-10.30 CW – final review session and feedback form"),
    B("14.00-15.00 PS – final review session, feedback form"),

    P("Thu 24 April"),
    B("12.30-13.30 second supervision with Helen, Teams"),

    P("Tue 29 April"),
    B("13.00 lunch at The Swan with Callum and Priti to say thank you (not a session)"),

    P("Two session records (the same sessions as in the day book, written up properly)"),
    P("""Session record – Tuesday 11 March – Callum. Time: 3pm to 4.30pm (1½ hours). We went through
      his Honey & Mumford questionnaire. He came out as a strong Activist, which explained why he
      hates the paperwork side of valuations. Agreed he would shadow the next two valuations and
      write up one himself."""),
    P("""Session record – Tuesday 15 April – Priti. 9.15 to 10.45. Her 360 feedback from the
      lettings team said she is thorough but slow to get back to landlords. She set herself a
      same-day callback rule and we agreed to review it at her final session."""),
    P("""By my count that is 17 and a half hours of mentoring across the two of them, two and a half
      hours of supervision with Helen and an hour's tutorial with Raj."""),
]

CASE = Case(
    name="pj_304_estate_agent_day_book_txt",
    unit="8587-304",
    kind="unstructured",
    files=[SourceFile("Marcus Reid 304 day book.txt", BLOCKS)],
    labels={},  # practice only
    expected_checks={
        "declaration": False,
        "evidence_matrix": False,
        # Callum (CW, Mentee 1): 4/3 09.30-10.45 75 + 11/3 15.00-16.30 90 + 18/3 8.30am-9.45am 75
        #   + 1/4 09.30-11.00 90 + 8/4 14.00-15.15 75 + 15/4 16.00-17.30 90 + 22/4 09.30-10.30 60
        #   = 75 + 90 + 75 + 90 + 75 + 90 + 60 = 555
        # Priti (PS, Mentee 2): 4/3 16.15-16.45 30 (chemistry) + 11/3 09.00-10.30 90 + 20/3
        #   17.30-18.45 75 + 25/3 14.00-15.30 90 + 1/4 15.00-16.00 60 + 15/4 09.15-10.45 90
        #   + 22/4 14.00-15.00 60 = 30 + 90 + 75 + 90 + 60 + 90 + 60 = 495
        # 555 + 495 = 1050 (= his "17 and a half hours", right).
        # Not: branch work lines (huddle, valuations, calls, photos, listings, negotiation);
        # 11/3 accompanied viewing with PS ("normal work, not mentoring"); 18/3 PS cancelled;
        # 25/3 3-way probation review 10.00-10.45 ("doesn't count"); 29/4 lunch ("not a
        # session"); the two session records (11/3 and 15/4 again); the totals sentence.
        "minutes": 1050,
        "sessions": 14,  # Callum 7 + Priti 7
        "individuals": 2,  # Callum = CW = Mentee 1; Priti = PS = Mentee 2
        # 13/3 supervision 12.30-14.00 90 + 8/4 tutorial 10.00-11.00 60 + 24/4 supervision
        # 12.30-13.30 60 = 210 (= his two and a half hours + an hour)
        "supervision_minutes": 210,
    },
    about="Estate agency branch manager; Notepad day book typed up whole, mentoring lines among timed branch-work lines, CW/Callum/Mentee 1 and PS/Priti/Mentee 2, a 'not mentoring' viewing with a mentee, cancelled-and-moved session, uncounted 3-way probation review and lunch, two session records retelling sessions, right totals sentence, no declaration.",
)
