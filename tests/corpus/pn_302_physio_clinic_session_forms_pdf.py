"""8587-302 coaching evidence as PDF: a physiotherapy clinic manager's summary log in h:mm, then a two-column record form for every session.

Louise Hartley, practice manager at a private physiotherapy clinic, coaches the clinic lead,
Imogen, and the reception lead, Daniel, for her Level 3 coaching unit. Practice evidence
only: a summary log (Date, Coachee, Type, Length h:mm) followed by the centre's "Coaching
Session Record" form for each session, a Field | Detail table whose Time row gives the clock
times, and two "Supervision Record" forms of the same shape. Every session is in both
places (count once). Tricky: two 30-minute chemistry sessions (count); Imogen's 7 April
session rescheduled to 14 April and Daniel's 8 April a DNA, each with its own record form
saying it did not take place; Daniel's 25 March session stopped by a fire alarm, its form
giving two time ranges (one session, 60, "1:00" in the log); the log's Total (14:45) is right.

Practice truth: Imogen 465 + Daniel 420 = 885 minutes in 14 sessions with two coachees;
supervision 60 + 75 = 135.
"""

from .case import Case, H, P, SourceFile, T


def record(coachee, number, date, time, topic, tool, notes, actions, feedback, reflection):
    return T(
        ["Field", "Detail"],
        ["Coachee", coachee],
        ["Session no.", number],
        ["Date", date],
        ["Time", time],
        ["Topic / goal worked on", topic],
        ["Model / tool used", tool],
        ["Summary of discussion", notes],
        ["Actions agreed", actions],
        ["Coachee feedback on the session", feedback],
        ["My reflection / learning", reflection],
    )


BLOCKS = [
    H(0, "Unit 302 – Coaching Practice Evidence"),
    P("Louise Hartley – Practice Manager, Riverside Physiotherapy, Hexley. Coachees: Imogen (Clinic Lead) and Daniel (Reception Lead). March – May 2025."),

    H(1, "Section A – Summary log"),
    P("""All sessions were in the small treatment room at the back of the clinic. Imogen's were
      at lunchtime and Daniel's after reception closes. Each session has a record form in
      Section B; the length here is taken from the times on the form."""),
    T(
        ["Date", "Coachee", "Type", "Length (h:mm)", "Form"],
        ["03/03/25", "Imogen", "Chemistry", "0:30", "B1"],
        ["04/03/25", "Daniel", "Chemistry", "0:30", "B2"],
        ["10/03/25", "Imogen", "Coaching", "1:15", "B3"],
        ["11/03/25", "Daniel", "Coaching", "1:15", "B4"],
        ["24/03/25", "Imogen", "Coaching", "1:20", "B5"],
        ["25/03/25", "Daniel", "Coaching", "1:00", "B6 (fire alarm – two parts)"],
        ["07/04/25", "Imogen", "Rescheduled", "0:00", "B7 – moved to 14/04"],
        ["08/04/25", "Daniel", "DNA", "0:00", "B8"],
        ["14/04/25", "Imogen", "Coaching", "1:00", "B9"],
        ["15/04/25", "Daniel", "Coaching", "1:10", "B10"],
        ["28/04/25", "Imogen", "Coaching", "1:30", "B11"],
        ["29/04/25", "Daniel", "Coaching", "1:15", "B12"],
        ["12/05/25", "Imogen", "Coaching", "1:10", "B13"],
        ["13/05/25", "Daniel", "Coaching", "0:50", "B14"],
        ["26/05/25", "Imogen", "Final review", "1:00", "B15"],
        ["27/05/25", "Daniel", "Final review", "1:00", "B16"],
        ["Total", "", "", "14:45", "12 hrs required"],
    ),
    P("Supervision: two sessions with my coaching supervisor – see forms S1 and S2 at the end."),

    H(1, "Section B – Coaching Session Records"),
    H(2, "B1"),
    record("Imogen", "Chemistry", "Monday 3 March 2025", "12:30 – 13:00",
           "Whether coaching is right for her and whether I am the right coach",
           "None – conversation",
           "Talked about the difference between me as her manager and me as her coach. She wants to get better at leading the other physios, not at physio.",
           "Both think it over; decide by Friday",
           "\"Clearer than I expected about what it is and isn't.\"",
           "I talked too much about the ILM course. Keep the chemistry about her."),
    H(2, "B2"),
    record("Daniel", "Chemistry", "Tuesday 4 March 2025", "17:30 – 18:00",
           "Whether to go ahead",
           "None",
           "Daniel was wary – thought coaching meant he was in trouble. Explained it is voluntary and confidential.",
           "Daniel to let me know by Friday (he said yes the next morning)",
           "\"OK, sounds useful.\"",
           "Noticed how much reassurance he needed. Build that into the contract."),
    H(2, "B3"),
    record("Imogen", "1", "Monday 10 March 2025", "12:30 – 13:45",
           "Contract and goals",
           "Coaching contract (clinic template); wheel of leadership self-rating",
           "Signed the three-way contract with the clinic director for the stakeholder section. Goal: run the weekly clinical meeting so that everyone speaks, by end of May.",
           "Imogen to score herself on the wheel again in April",
           "\"Liked the wheel – it showed me where to start.\"",
           "Good use of the tool; I should have let her read the scores out herself."),
    H(2, "B4"),
    record("Daniel", "1", "Tuesday 11 March 2025", "17:30 – 18:45",
           "Contract and goals",
           "Coaching contract; DISC questionnaire (done before the session)",
           "Contract signed. Goal: handle patient complaints at the desk without calling me, and train the Saturday receptionist.",
           "Daniel to log every complaint for a fortnight",
           "\"DISC was spot on, a bit scary.\"",
           "He opens up when he has something on paper to talk about."),
    H(2, "B5"),
    record("Imogen", "2", "Monday 24 March 2025", "12:30 – 13:50",
           "Clinical meeting – who talks and who doesn't",
           "GROW",
           "Reality: two junior physios never speak. Options: rounds, sending the agenda out, asking juniors to present a case.",
           "Try case presentations at the next two meetings",
           "\"Useful, GROW kept us on track.\"",
           "Ran over by 20 mins – my fault, I didn't watch the time."),
    H(2, "B6"),
    record("Daniel", "2", "Tuesday 25 March 2025", "17:30 – 18:05, then 18:25 – 18:50 (fire alarm, building evacuated, carried on after)",
           "Complaints log – what patterns",
           "GROW; his complaints log",
           "Most complaints are about waiting when a physio runs late. Options for telling patients earlier.",
           "Daniel to draft a 'running late' script for reception",
           "\"Annoying about the alarm but we got there.\"",
           "Restarting after a break was hard – I recapped the goal first, which helped."),
    H(2, "B7"),
    record("Imogen", "3 (did not take place)", "Monday 7 April 2025", "–",
           "–", "–",
           "Rescheduled – the insurer's clinical audit was moved to that day. Moved to 14 April.",
           "–", "–", "–"),
    H(2, "B8"),
    record("Daniel", "3 (did not take place)", "Tuesday 8 April 2025", "–",
           "–", "–",
           "DNA – Daniel forgot and went home. Talked about it at the next session.",
           "–", "–", "Should I send reminders? Agreed a text the day before."),
    H(2, "B9"),
    record("Imogen", "3", "Monday 14 April 2025", "12:30 – 13:30",
           "Review of the case presentations",
           "Wheel of leadership (second scoring); GROW",
           "Both juniors presented. Her 'involving others' score went from 4 to 6.",
           "Ask the juniors for feedback on the meetings",
           "\"Seeing the score go up was motivating.\"",
           "I used more silence this time and she filled it."),
    H(2, "B10"),
    record("Daniel", "3", "Tuesday 15 April 2025", "17:30 – 18:40",
           "Running-late script and the DNA",
           "GROW",
           "Script trialled for a week; complaints down. Talked about why he forgot last week – too much on.",
           "Start training the Saturday receptionist",
           "\"Good to talk about being overloaded.\"",
           "I nearly slipped into manager mode about the DNA. Stayed curious."),
    H(2, "B11"),
    record("Imogen", "4", "Monday 28 April 2025", "12:15 – 13:45",
           "Difficult conversation with a senior physio",
           "GROW; role play",
           "Practised the conversation twice, swapping roles.",
           "Have the conversation this week",
           "\"The role play was uncomfortable but worth it.\"",
           "My questions were better when I wrote a few down beforehand."),
    H(2, "B12"),
    record("Daniel", "4", "Tuesday 29 April 2025", "17:30 – 18:45",
           "Training the Saturday receptionist",
           "GROW; skills matrix for reception",
           "Used the skills matrix to plan what to teach first.",
           "Two training sessions before the end of May",
           "\"Matrix made it less overwhelming.\"",
           "Good session – he did most of the thinking."),
    H(2, "B13"),
    record("Imogen", "5", "Monday 12 May 2025", "12:30 – 13:40",
           "How the conversation went; meeting feedback",
           "GROW",
           "Conversation went well. Junior physios' feedback positive.",
           "Prepare for final review – rescore wheel",
           "\"I feel like a lead now, not just the longest-serving physio.\"",
           "I gave feedback at the end using the situation-behaviour-impact format."),
    H(2, "B14"),
    record("Daniel", "5", "Tuesday 13 May 2025", "17:30 – 18:20",
           "Saturday training – progress",
           "Skills matrix",
           "One training session done. Nervous about the second.",
           "Second session on 17 May",
           "\"Short but useful.\"",
           "Kept it short as he was tired – right call."),
    H(2, "B15"),
    record("Imogen", "Final review", "Monday 26 May 2025", "12:30 – 13:30",
           "Review of goals and the coaching",
           "Wheel of leadership (final scoring); feedback form",
           "Goal met – every physio spoke at the last three meetings.",
           "Carry on case presentations",
           "Feedback form: 5/5 for 'felt listened to'.",
           "Ending well matters – we agreed what happens now."),
    H(2, "B16"),
    record("Daniel", "Final review", "Tuesday 27 May 2025", "17:30 – 18:30",
           "Review of goals and the coaching",
           "DISC (revisited); feedback form",
           "Both goals met. Saturday receptionist now handles complaints on her own.",
           "Daniel to mentor the next new receptionist",
           "Feedback form: 'would do it again'.",
           "He has grown in confidence more than I expected."),

    H(1, "Section C – Supervision Records"),
    H(2, "S1"),
    T(
        ["Field", "Detail"],
        ["Supervisor", "External coaching supervisor (arranged by the clinic)"],
        ["Date", "Wednesday 19 March 2025"],
        ["Time", "16:00 – 17:00"],
        ["What we discussed", "Coaching two people I also manage; my tendency to over-run."],
        ["Outcome for my practice", "Set a timer; keep a separate coaching notebook from my management notes."],
    ),
    H(2, "S2"),
    T(
        ["Field", "Detail"],
        ["Supervisor", "External coaching supervisor"],
        ["Date", "Tuesday 6 May 2025"],
        ["Time", "16:00 – 17:15"],
        ["What we discussed", "The DNA and whether I reacted as a manager; planning endings."],
        ["Outcome for my practice", "Agree reminders in the contract; plan the final session from the start."],
    ),
    P("Declaration: I confirm that the records above are a true account of my coaching and are my own work. Louise Hartley, 30 May 2025."),
]

CASE = Case(
    name="pn_302_physio_clinic_session_forms_pdf",
    unit="8587-302",
    kind="portfolio",
    files=[SourceFile("L Hartley 302 coaching records.pdf", BLOCKS)],
    labels={},  # practice only
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        # Each session once (log row = its form):
        # Imogen: B1 12:30-13:00 30 + B3 12:30-13:45 75 + B5 12:30-13:50 80 + B9 12:30-13:30 60
        #   + B11 12:15-13:45 90 + B13 12:30-13:40 70 + B15 12:30-13:30 60
        #   = 30 + 75 = 105; + 80 = 185; + 60 = 245; + 90 = 335; + 70 = 405; + 60 = 465 (7)
        # Daniel: B2 17:30-18:00 30 + B4 17:30-18:45 75 + B6 17:30-18:05 35 and 18:25-18:50 25 (= 60, one)
        #   + B10 17:30-18:40 70 + B12 17:30-18:45 75 + B14 17:30-18:20 50 + B16 17:30-18:30 60
        #   = 30 + 75 = 105; + 60 = 165; + 70 = 235; + 75 = 310; + 50 = 360; + 60 = 420 (7)
        # 465 + 420 = 885 = 14:45 (the log's Total, right). Log h:mm agree with every form.
        # Not: B7 rescheduled, B8 DNA (0:00 rows and their forms); Total row.
        "minutes": 885,
        "sessions": 14,
        "individuals": 2,  # Imogen, Daniel
        # S1 16:00-17:00 60 + S2 16:00-17:15 75 = 135
        "supervision_minutes": 135,
    },
    about="Physiotherapy clinic practice manager; 302 PDF with an h:mm summary log then a two-column Field | Detail record form per session (same sessions, count once), chemistry sessions, rescheduled and DNA forms, a fire-alarm session in two time ranges on one form, right total, two supervision forms.",
)
