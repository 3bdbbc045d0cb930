"""8584-201 practice evidence as PDF: a farm shop café supervisor's hours log, then a printed session record form per meeting with two fields to a line.

Gemma Rowntree, café supervisor at a farm shop near Kendal, mentors a new front-of-house team
member she calls "T" throughout. Practice evidence only. Page 1 is a "Record of mentoring
hours" table in h:mm; then comes the centre's "Mentoring Session Record" form, filled in for
every meeting, printed with two fields to a line ("Date: 3/2/25 Duration: 1 hr", "Start:
3.00pm Venue: café office"), the same sessions again (count once). Tricky: form 4 was a
session observed by her ILM tutor (still mentoring, counted) and the tutor's 25-minute
feedback afterwards is on a separate "Tutor Support Record" (supervision); a form for 3 March
that did not take place (T off sick, "Duration: n/a", rebooked for 6 March, logged 0:00 in
the summary); the rebooked session on its own form; the log's Total (5:35) is right; the
tutor meeting for AC 3.2 on a second tutor support form. Mentee coded "T" only, tutor named
where the form asks: clean.

Practice truth: 60 + 45 + 65 + 50 + 40 + 75 = 335 minutes in six sessions with one mentee;
supervision 25 + 70 = 95.
"""

from .case import Case, H, P, SourceFile, T


def form(number, date, duration, start, venue, observed, purpose, discussed, actions, signed):
    """The centre's session record, printed with two fields on each line."""
    return [
        H(2, f"MENTORING SESSION RECORD – No. {number}"),
        P("Mentor: Gemma Rowntree      Mentee: T"),
        P(f"Date: {date}      Duration: {duration}"),
        P(f"Start: {start}      Venue: {venue}"),
        P(f"Observed: {observed}"),
        P(f"Purpose of session: {purpose}"),
        P(f"What we discussed: {discussed}"),
        P(f"Actions agreed: {actions}"),
        P(f"Signed (mentee): {signed}      Signed (mentor): G. Rowntree"),
    ]


BLOCKS = [
    H(0, "Unit 201 Developing Mentoring Skills – Practice evidence"),
    P("Gemma Rowntree – Café Supervisor, Hollins Farm Shop & Café, Crook, near Kendal"),
    P("""My mentee joined the café in January as a front-of-house team member. She asked me not to
      use her name in my assignment so she is "T" on everything. We met on Monday afternoons
      after the lunch rush, in the café office above the shop."""),

    H(1, "Record of mentoring hours"),
    T(
        ["No.", "Date", "Length (h:mm)", "Record form"],
        ["1", "Mon 3 Feb 2025", "1:00", "Form 1"],
        ["2", "Mon 10 Feb", "0:45", "Form 2"],
        ["3", "Mon 17 Feb", "1:05", "Form 3"],
        ["4", "Mon 24 Feb", "0:50", "Form 4 – observed by my tutor"],
        ["–", "Mon 3 Mar", "0:00", "Did not take place, T off sick – see form, rebooked"],
        ["5", "Thu 6 Mar", "0:40", "Form 5"],
        ["6", "Mon 17 Mar", "1:15", "Form 6 – final review"],
        ["Total", "", "5:35", "3 hours needed"],
    ),
    P("""Tutor support (feedback on my observed session and my 1-hour tutor meeting) is on the two
      Tutor Support Records at the end, not in the hours above."""),

    H(1, "Session records"),
    *form(1, "3/2/25", "1 hr", "3.00pm", "café office", "No",
          "Get to know each other, explain mentoring, agreement",
          """T told me about her last job at a garden centre café and that she hates the till when
          there is a queue. Went through the mentoring agreement and confidentiality. Both signed.""",
          "T to think about two things she wants to be better at by Easter", "T."),
    *form(2, "10/2/25", "45 mins", "3.10pm", "café office", "No",
          "Agree goals",
          """Agreed two goals: 1) run the till on a Saturday lunchtime on her own, 2) deal with a
          complaint at the counter without fetching me. Made them SMART on the goals sheet.""",
          "T to watch how the deli counter manager handles complaints this week", "T."),
    *form(3, "17/2/25", "1 hr 5 mins", "3.00pm", "café office", "No",
          "Till confidence",
          """Went through the till shortcuts on the training mode. She is quicker than she thinks.
          Talked about what makes the queue feel stressful - it's the people watching her.""",
          "Do the Wednesday lunch till with me nearby", "T."),
    *form(4, "24/2/25", "50 mins", "3.00pm", "café office",
          "Yes – Paul Whitworth, ILM tutor (sat in for the whole session)",
          "Review the week and role play a complaint",
          """Role played a customer complaining about a cold soup. First go she apologised about six
          times, second go she offered a fresh one and it was much better. She was nervous with
          Paul there at first but forgot about him after ten minutes.""",
          "Handle the next real complaint herself and tell me how it went", "T."),
    *form("5 (did not take place)", "3/3/25", "n/a", "–", "–", "–",
          "–",
          "T off sick (flu). Rebooked for Thursday 6 March at 3pm.",
          "–", "–"),
    *form(5, "6/3/25", "40 mins", "3.00pm", "café office", "No",
          "Catch up after being off; Saturday till",
          """Short one as she was still tired. She dealt with a real complaint on the Tuesday about a
          wrong order and sorted it herself. Planned her first Saturday on the till.""",
          "Saturday 15th on the till on her own", "T."),
    *form(6, "17/3/25", "1 hr 15 mins", "3.00pm", "café office", "No",
          "Final review",
          """Saturday went well, one refund she had to ask about but otherwise fine. Both goals met.
          She filled in the mentee feedback form. Talked about what she wants to do next (barista
          training) and ended the mentoring.""",
          "T to ask the manager about the barista course", "T."),

    H(1, "Tutor Support Records"),
    H(2, "TUTOR SUPPORT RECORD – 1"),
    P("Learner: Gemma Rowntree      Tutor: Paul Whitworth"),
    P("Date: 24/2/25      Duration: 25 mins"),
    P("Type: feedback on observed mentoring session (session 4)"),
    P("""Points discussed: I asked good open questions in the role play but I started to solve the
      problem for her in the second half. Paul suggested I ask "what would you do?" before I say
      anything."""),
    H(2, "TUTOR SUPPORT RECORD – 2"),
    P("Learner: Gemma Rowntree      Tutor: Paul Whitworth"),
    P("Date: 24/3/25      Duration: 1 hr 10 mins"),
    P("Type: tutor meeting to review my mentoring (AC 3.2)"),
    P("""Points discussed: went through all the session records and T's feedback form. Agreed I
      would keep using the role play and work on summarising at the end of sessions. Next step is
      to mentor the new Saturday staff in the summer."""),

    P("""Learner declaration: I confirm that these records are my own work and a true account of the
      mentoring I carried out. Gemma Rowntree 28/3/25"""),
]

CASE = Case(
    name="pp_201_farm_shop_session_forms_pdf",
    unit="8584-201",
    kind="portfolio",
    files=[SourceFile("G Rowntree 201 practice records.pdf", BLOCKS)],
    labels={},  # practice only
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        "identifying": [],  # mentee "T" only; tutor named where the form asks, colleagues by role
        # Each session once (the summary row and its form are the same session):
        # Form 1 3/2/25 "1 hr" 60 (log 1:00) + Form 2 10/2/25 "45 mins" 45 (0:45)
        # + Form 3 17/2/25 "1 hr 5 mins" 65 (1:05) + Form 4 24/2/25 "50 mins" 50 (0:50, observed
        # by the tutor, still mentoring) + Form 5 6/3/25 "40 mins" 40 (0:40)
        # + Form 6 17/3/25 "1 hr 15 mins" 75 (1:15)
        # = 60 + 45 = 105; + 65 = 170; + 50 = 220; + 40 = 260; + 75 = 335 = 5:35 (the Total, right).
        # Not: 3/3/25 did not take place ("n/a", 0:00); the Total row.
        "minutes": 335,
        "sessions": 6,
        "individuals": 1,  # T
        # Tutor Support Record 1: 24/2/25 "25 mins" (feedback on the observed session)
        # + Record 2: 24/3/25 "1 hr 10 mins" 70 = 95.
        "supervision_minutes": 95,
    },
    about="Farm shop café supervisor; 201 practice PDF with an h:mm hours log then a printed session record per meeting, two fields to a line ('Date: 3/2/25 Duration: 1 hr'), same sessions twice, a tutor-observed session, a sick-day form with 'n/a' and its rebooked session, right total, two tutor support records (observation feedback and the 1-hour meeting).",
)
