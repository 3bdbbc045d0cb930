"""8587-302 coaching: an Outlook calendar printed in memo style and annotated, as a PDF.

Rachel Ndlovu, a principal planning officer at a district council, coaches two graduate
planners, Tom and Bea. Instead of a log she printed her Outlook calendar items in memo style
(Subject, Location, Start, End, Show Time As, Categories) and typed a "My note:" line under
each. The print carries Outlook's own prefixes: "Canceled:" on an item Bea cancelled,
"Declined:" on a drop-in she turned down, "Tentative:" on an afternoon she spent watching a
colleague coach. One session ended early (her note gives the real end), one item is dated
after the print date, and supervision and an ILM tutorial sit in the same calendar under
their own categories.

Practice truth: 30 + 30 + 60 + 60 + 40 + 60 + 90 + 75 + 60 = 505 minutes in nine sessions
with two coachees; supervision and tutorial 60 + 45 + 60 = 165 minutes in three.
"""

from .case import Case, H, P, SourceFile

ITEMS = [
    ("Coaching - chemistry call with Tom", "Teams Meeting", "Mon 13/01/2025 14:00", "Mon 13/01/2025 14:30",
     "Busy", "Coaching", "Held. We talked about what coaching is and isn't; he wants to work on presenting at committee."),
    ("Coaching - chemistry call with Bea", "Teams Meeting", "Tue 14/01/2025 09:30", "Tue 14/01/2025 10:00",
     "Busy", "Coaching", "Held. Bea wants to get better at saying no to agents who push for quick answers."),
    ("Coaching session 1 - Tom", "Meeting room 2, Civic Centre", "Mon 20/01/2025 14:00", "Mon 20/01/2025 15:00",
     "Busy", "Coaching", "Held. Contract signed, goals agreed."),
    ("Coaching session 1 - Bea", "Meeting room 2, Civic Centre", "Tue 21/01/2025 09:30", "Tue 21/01/2025 10:30",
     "Busy", "Coaching", "Held. Contract signed, GROW on the agent problem."),
    ("Coaching supervision - Helen (my coaching supervisor)", "Teams Meeting", "Thu 30/01/2025 16:00", "Thu 30/01/2025 17:00",
     "Busy", "Supervision", "Held. My supervisor; talked about Tom wanting me to give him the answers."),
    ("Coaching session 2 - Tom", "Meeting room 2, Civic Centre", "Mon 03/02/2025 14:00", "Mon 03/02/2025 15:00",
     "Busy", "Coaching", "Held but cut short: Tom was called out to a site at 14:40, so it was 40 minutes, not the hour."),
    ("Canceled: Coaching session 2 - Bea", "Meeting room 2, Civic Centre", "Tue 04/02/2025 09:30",
     "Tue 04/02/2025 10:30", "Free", "Coaching", "Bea cancelled, she was at a planning appeal. Rebooked for Friday."),
    ("Coaching session 2 - Bea (rebooked)", "Teams Meeting", "Fri 07/02/2025 11:00", "Fri 07/02/2025 12:00",
     "Busy", "Coaching", "Held."),
    ("ILM tutorial - Sandeep", "Teams Meeting", "Wed 12/02/2025 13:00", "Wed 12/02/2025 13:45",
     "Busy", "Tutorial", "Held. My tutor; went through the 302 evidence so far."),
    ("Tentative: Coaching observation - Amal with her team", "Planning office, 1st floor",
     "Thu 20/02/2025 14:00", "Thu 20/02/2025 15:30", "Tentative", "Development",
     "I went and watched Amal coach one of her enforcement officers. Her session, not mine - not counted."),
    ("Coaching session 3 - Tom", "Meeting room 2, Civic Centre", "Mon 03/03/2025 14:00", "Mon 03/03/2025 15:30",
     "Busy", "Coaching", "Held. Rehearsed his committee presentation, ran the full 90 minutes."),
    ("Coaching session 3 - Bea", "Meeting room 2, Civic Centre", "Tue 04/03/2025 09:30", "Tue 04/03/2025 10:45",
     "Busy", "Coaching", "Held."),
    ("Coaching supervision - Helen (my coaching supervisor)", "Teams Meeting", "Thu 13/03/2025 16:00", "Thu 13/03/2025 17:00",
     "Busy", "Supervision", "Held."),
    ("Coaching session 4 - Tom", "Meeting room 2, Civic Centre", "Mon 24/03/2025 14:00", "Mon 24/03/2025 15:00",
     "Busy", "Coaching", "Held. Review after his committee - it went well."),
    ("Declined: Coaching drop-in - Priya", "Teams Meeting", "Thu 27/03/2025 12:00", "Thu 27/03/2025 12:30",
     "Free", "Coaching", "Priya (not one of my coachees) asked for a drop-in; I declined and pointed her to her own manager."),
    ("Coaching session 4 - Bea", "Meeting room 2, Civic Centre", "Tue 01/04/2025 09:30", "Tue 01/04/2025 10:30",
     "Busy", "Coaching", "Not happened yet - after the date I printed this."),
]

BLOCKS = [
    H(0, "Unit 302: Undertaking an Extended Period of Coaching - practice record"),
    P("Learner: Rachel Ndlovu, Principal Planning Officer"),
    P("""I declare that this practice record is my own and accurately shows the coaching I
      carried out. Tom, Bea, Amal and Priya are not their real names."""),
    H(1, "How to read this record"),
    P("""I book everything through Outlook, so the most accurate record I have is my calendar.
      Below is the memo-style print of every calendar item to do with my coaching between January
      and March, with a note I added under each one to say whether it happened and anything that
      differed from the booking. Outlook prints its own words in front of some subjects: Canceled
      means the meeting was called off, Declined means I turned it down, and Tentative means I had
      not confirmed it. Supervision and my ILM tutorial are in the same calendar under their own
      categories."""),
    P("Calendar: Rachel Ndlovu. Printed: Fri 28/03/2025 17:12. Range: 13/01/2025 to 04/04/2025."),
]
for subject, location, start, end, show, category, note in ITEMS:
    BLOCKS += [
        P(f"Subject: {subject}"),
        P(f"Location: {location}"),
        P(f"Start: {start}"),
        P(f"End: {end}"),
        P(f"Show Time As: {show}"),
        P(f"Categories: {category}"),
        P(f"My note: {note}"),
    ]
BLOCKS += [
    H(1, "Reflection on the coaching period"),
    P("""Tom and Bea wanted very different things from coaching. Tom came wanting to be told how
      to present and kept asking what I would do; Helen helped me see in January that answering
      him would teach him to depend on me. From the second session on I asked him to rehearse
      and critique himself first, and by March he was spotting his own filler words before I
      could."""),
    P("""Bea's goal was about boundaries with agents and applicants. We used GROW on a real case in
      the first session and kept coming back to it; by the third session she had said no to a
      developer on the phone and told me about it with some pride. Rebooking her session after
      the appeal mattered: it showed her the coaching was hers and would not simply lapse when work
      got busy."""),
    P("""Watching Amal coach in February was useful because she used far fewer questions than I
      do and let her coachee talk for long stretches. I tried that with Tom in March and it was
      the best session we had."""),
]

CASE = Case(
    name="pv_302_outlook_calendar",
    unit="8587-302",
    kind="structured-pdf",
    files=[SourceFile("ndlovu-302-calendar.pdf", BLOCKS)],
    labels={},  # a practice log only: its figures are measured, not the evidence finder
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        "identifying": [],
        # Tom 30 (chemistry 13/01) + 60 (20/01) + 40 (03/02, cut short at 14:40) + 90 (03/03)
        # + 60 (24/03) = 280; Bea 30 (chemistry 14/01) + 60 (21/01) + 60 (07/02 rebooked)
        # + 75 (04/03) = 225; 280 + 225 = 505. Not Canceled 04/02, Tentative (watching Amal),
        # Declined (Priya) or 01/04 (after the print date).
        "minutes": 505,
        "sessions": 9,  # Tom 5 + Bea 4
        "individuals": 2,  # Tom and Bea
        # Helen 60 (30/01) + tutorial 45 (12/02) + Helen 60 (13/03) = 165
        "supervision_minutes": 165,
    },
    about="Council planning officer; Outlook memo-style calendar print with Canceled/Declined/Tentative prefixes, notes under each item, a session cut short, an item after the print date.",
)
