"""8587-305 Reflecting on Mentoring Skills: a blood donation service's session supervisor, centre template saved as PDF.

Moira Crombie supervises mobile blood donation sessions for a regional blood service and
mentored two colleagues (Mentee 1, a newly qualified donor carer, and Mentee 2, a nurse
returning from maternity leave into a team leader post) for unit 304. Her centre's
reflective journal template, filled in in Word and saved as PDF, has one two-column table
per section whose header is two plain cells, "Question" and "Your answer"; each row holds
the centre's question (its own paraphrase of the criterion, with the AC in brackets) in the
left cell and her answer in the right. Where an answer ran over the bottom of a page Word
carried it on in a row with an empty question cell, so 1.1 is three rows (label in the
third) and 2.1 two rows (label in the second). The 2.2 box only says "see plan below"; the
plan is a separate two-column table under the section, with its label in a cell. The
template's learner declaration is a two-column table whose signature and date cells she left
empty: no signed declaration. No evidence matrix (the template has none and she added none).

Planted (2): a donor by title and surname in the first 1.1 row ("Mr Halloran"); Mentee 1's
first name signing a feedback comment she quotes in the last 1.1 row ("Bex"). Not
identifying: the blood service, the donor centres and towns, the clinical education lead
(her supervisor) by role, the tutor on the cover where the form asks, GROW, Kolb, the
learner's own name.
"""

from .case import Case, H, P, SourceFile, T

BLOCKS = [
    P("Northgate College – ILM Reflective Journal template (Units 303 and 305) – v3"),
    H(0, "Unit 8587-305 Reflecting on Mentoring Skills within an Organisational Context"),
    T(
        ["Learner name", "Moira Crombie"],
        ["Job role", "Donor Session Supervisor, Pennine Donor Centre"],
        ["Tutor", "Graham Ostrowski"],
        ["Date", "3 April 2025"],
    ),
    P("""Answer every question in the answer box, using your records, reflections, supervision
      notes and feedback from unit 304. Boxes expand as you type."""),

    H(1, "Section One – Reviewing the effectiveness of your mentoring"),
    T(
        ["Question", "Your answer"],
        ["Q1 (AC 1.1) Using the evidence from your mentoring records, your supervision and the feedback you received, how effective was your mentoring practice?",
         """I mentored two colleagues for 14 hours between September and March, and my records show
         19 sessions, most of them 40 to 50 minutes in the rest area of the mobile unit after a
         session had packed down. Both mentees reached their main goals. Mentee 1 is now signed
         off to cannulate on her own and is doing around twenty donors a session. Mentee 2 leads
         her own team on the Tuesday and Thursday sessions. My session records show that the
         turning point for Mentee 1 was in October, after a donor, Mr Halloran, had a faint at the
         Skipton session and she froze; we spent the next meeting going through what happened
         and what she would do next time, and that meeting was the one she later said mattered
         most."""],
        ["",
         """My reflective log is less flattering. In the early sessions with Mentee 2 I wrote very
         little about what she said and a lot about what I told her. Because I used to do her
         job, I kept slipping into advising her how I ran a team, when she has ten years more
         nursing experience than me and needed space to find her own way. The log shows I noticed
         this after session three but took until session six to change it."""],
        ["",
         """Supervision with our clinical education lead helped me see the pattern. She asked me
         what I was afraid would happen if I didn't give advice, and the honest answer was that
         I would look useless. We agreed I would ask Mentee 2 what she had already thought of
         before offering anything. The feedback confirms it worked: Mentee 2's comments moved from
         "good to have someone to ask" to "you made me trust my own judgement", and Mentee 1 wrote
         on her last form "Thank you for never making me feel thick – Bex". So my mentoring was
         effective in outcomes and became more effective in approach once supervision showed me
         what I was doing."""],
        ["Q2 (AC 1.2) What are your strengths and areas for improvement? Cover your knowledge, skills and behaviour, including how you communicate and get on with people.",
         """Knowledge: I know the donor session process and the clinical procedures very well,
         which gave me credibility, but my knowledge of mentoring theory is basic and I relied on
         GROW every time. Skills: I am good at building rapport and putting people at ease, which
         comes from years of calming nervous donors, and my feedback is specific. I need to improve
         my questioning, which becomes closed and leading when I'm tired at the end of a long
         session. Behaviour and interpersonal skills: I am reliable and patient, and both mentees
         said they felt safe telling me things. My main area for improvement is that I rush to
         reassure, and sometimes that closes a conversation down before the mentee has said what
         is really bothering her."""],
    ),

    H(1, "Section Two – Planning your development"),
    T(
        ["Question", "Your answer"],
        ["Q3 (AC 2.1) Review your mentoring ability. What development opportunities have you identified, including for your questioning, listening and communication?",
         """Questioning: I want to move from mainly closed questions to open and probing ones, and
         to stop asking leading questions like "you were fine with that, weren't you?". The
         opportunity is to practise with a question bank I write myself and to ask a peer mentor
         to observe one session. Listening: I listen well when I'm fresh but less well at the
         end of a twelve-hour session, so I will stop scheduling mentoring straight after a late
         session and try listening for what is not being said."""],
        ["",
         """Communication: my tendency to reassure too quickly is the main thing. I will practise
         leaving a pause after a mentee says something difficult and reflecting it back before I
         reassure. Development opportunities are the service's two-day mentoring skills
         refresher in June, joining the new peer mentoring network for supervisors, and carrying
         on supervision every two months. I would also like to read beyond GROW and try Kolb's
         cycle for reviewing incidents with mentees."""],
        ["Q4 (AC 2.2) Produce a development plan for at least 6 months with timescales and measures of success.",
         "See my plan below the table."],
    ),
    P("My development plan, April to October 2025, agreed with my supervisor on 26 March:"),
    T(
        ["What I will develop", "How, by when, and how I will know"],
        ["Open and probing questions",
         "Write my own question bank by end of April; peer mentor observes one session in May; success = the observer notes mostly open questions and no leading ones"],
        ["Listening at the end of long sessions",
         "No mentoring straight after a late session from April; success = mentee feedback in July says I was focused"],
        ["Holding back reassurance",
         "Pause and reflect back before reassuring, every session from April; success = reflective log shows I did it in at least 4 of 5 sessions by August"],
        ["Knowledge of mentoring approaches",
         "Mentoring skills refresher in June; use Kolb's cycle with one mentee by September; success = one incident review written up using Kolb"],
        ["Supervision and peer support",
         "Supervision every two months and join the supervisors' peer network by October; success = three supervision notes on file"],
    ),

    H(1, "Learner declaration"),
    T(
        ["I confirm that this reflective journal is my own work.", ""],
        ["Learner signature", ""],
        ["Date", ""],
    ),
]

CASE = Case(
    name="sp_305_blood_service_template_pdf",
    unit="8587-305",
    kind="structured-pdf",
    files=[SourceFile("M Crombie 305 reflective journal.pdf", BLOCKS)],
    labels={
        "1.1": "ask Mentee 2 what she had already thought of",
        "1.2": "I rush to reassure, and sometimes that closes a conversation down",
        "2.1": "leaving a pause after a mentee says something difficult",
        "2.2": "log shows I did it in at least 4 of 5 sessions",
    },
    expected_checks={"declaration": False, "evidence_matrix": False, "identifying": ["Mr Halloran", "Bex"]},
    about="Blood service session supervisor's 305 in a centre template saved as PDF: a two-column 'Question' / 'Your answer' table per section with the centre's paraphrased question and '(AC 1.1)' in the left cell, long answers carried on in rows with an empty question cell (1.1 label in the 3rd row, 2.1 in the 2nd), 2.2 box saying 'see plan below' and a two-column plan table with the label in a cell, unsigned declaration table, no matrix, planted 'Mr Halloran' and 'Bex'.",
)
