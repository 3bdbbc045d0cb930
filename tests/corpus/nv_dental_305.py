"""8587-305 Reflecting on Mentoring Skills: a dental practice manager's reflective journal as a PDF.

Marcus Fenwick manages a mixed NHS and private dental practice in Norwich and mentors a trainee
dental nurse he calls Mentee D throughout. As evidence of feedback he pastes an e-mail from
her with its header, which gives her name and personal address.

Planted: "Shannon Fielding" (the e-mail header's From line) and
"shannonfielding02@hotmail.co.uk" (her address in the same header).

Traps: the practice's generic reception address in the To line, the Principal Dentist and
the Lead Nurse by role, the GDC, CQC, BDA and NEBDN, Dentally and brands (Oral-B, Sonicare),
a hospital named after two places, his tutor named where the form asks, Gibbs, Schön,
Clutterbuck, the Johari window, months and weekdays.
"""

from .case import B, Case, H, P, SourceFile, T

JOURNAL = [
    H(0, "Reflective Journal – Unit 305"),
    T(
        ["Learner", "Marcus Fenwick"],
        ["Registration number", "R6027718"],
        ["Tutor", "Helen Ashworth"],
    ),
    P("I confirm this journal is my own work. Marcus Fenwick, Practice Manager"),
    H(1, "Context"),
    P("""I manage Brightwater Dental in Norwich: five surgeries, NHS and private patients,
      fourteen staff. Since September I have mentored a trainee dental nurse on the NEBDN
      National Diploma, whom I call Mentee D in this journal. Her clinical training is
      supervised by the Lead Nurse; my role as mentor is her wider development: confidence,
      communication, and whether she wants a career in dentistry at all."""),
    H(1, "1.1 Examining the effectiveness of my mentoring"),
    P("""Evidence: my notes from twelve sessions, her feedback after sessions four, eight and
      twelve, two supervision meetings with my tutor, and her progress on the diploma."""),
    P("""At the start Mentee D said she wanted to stop freezing when a patient complained at
      reception. We used role-play and Gibbs' reflective cycle on real complaints. By
      January she handled a complaint about NHS band charges on her own and recorded it
      correctly in Dentally, and in February the Principal Dentist asked her to help train
      the new receptionist on the complaints procedure. Those are the clearest signs
      that the mentoring worked for her first goal."""),
    P("""The second goal, passing her radiography module, went less well. I tried to mentor
      on a clinical subject I know little about and gave advice that contradicted the Lead
      Nurse. My tutor asked whose goal this was and who was best placed to help. I
      should have handed the clinical goal back to the Lead Nurse in October, not
      February, and the delay cost her a resit."""),
    P("""Her own feedback, which she sent by e-mail after our last session, is pasted below
      with her permission."""),
    P("From: Shannon Fielding <shannonfielding02@hotmail.co.uk>"),
    P("To: reception@brightwaterdental.co.uk"),
    P("Subject: feedback for your course"),
    P("""Hi, here is my feedback like you asked. The sessions helped most when you let me
      work things out, like the complaint role-plays. I didn't like it when you tried to
      explain the X-ray stuff because it confused me with what the Lead Nurse said. Thanks
      for making time on Thursdays, I know it's busy."""),
    H(1, "1.2 Strengths and areas for improvement"),
    P("""Strengths: I am organised and reliable; I kept every Thursday session even in the
      week the CQC inspected us. I am good at creating a safe space; she told me things about
      reception she would not tell the Lead Nurse. My communication with patients and
      staff is clear and calm, and I can explain to a nervous patient the difference
      between an Oral-B and a Sonicare brush without selling either."""),
    P("""Areas for improvement: knowing the edge of my competence, as the radiography goal
      showed; giving feedback that is specific rather than general praise (my session notes
      say "good progress" eleven times); and noticing my own moods. Using the Johari window
      with my tutor showed a blind spot: staff see that I am short with people on Mondays,
      when the NHS claims are due, and I had not seen it."""),
    H(1, "2.1 Reviewing my questioning, listening and communication"),
    P("""Reading my notes back, I ask good open questions at the start of a session and
      then drift into advice. Schön's reflection-in-action describes what I want to do:
      notice during a session that I am drifting, and change course. I have started to
      pause after a question and count to five, and I write my first question before the
      session so that it is hers, not mine. My listening is best when I take no notes
      during the session and write them afterwards."""),
    B("Development opportunity: a peer-observed session with another practice manager in the BDA network."),
    B("Development opportunity: Clutterbuck's work on developmental mentoring, to separate mentoring from supervising."),
    B("Development opportunity: specific feedback using a what-I-saw, its-effect, what-next structure."),
    H(1, "2.2 Development plan (April to October 2025)"),
    T(
        ["Goal", "Action", "Timescale", "Measure of success"],
        ["Stay within my competence", "Agree with the Lead Nurse who mentors on clinical goals",
         "By end of April 2025", "Written split of roles for the next trainee"],
        ["Specific feedback", "Use the three-part structure in every session",
         "April to October 2025", "Session notes never say only 'good progress'"],
        ["Pause after questions", "Count to five; first question written in advance",
         "From April 2025", "Peer observer sees pauses in the June session"],
        ["Notice Monday moods", "Move mentoring and one-to-ones away from claims day",
         "From May 2025", "Staff survey in October mentions me less on Mondays"],
    ),
    P("""I will review this plan with my tutor in July and October. Mentee D starts her
      final module in April, and I will mentor the next trainee from September."""),
]

CASE = Case(
    name="nv_dental_305",
    unit="8587-305",
    kind="structured-pdf",
    files=[SourceFile("Fenwick 305 journal.pdf", JOURNAL)],
    labels={
        "1.1": "should have handed the clinical goal back",
        "1.2": "staff see that I am short with people",
        "2.1": "write my first question before the session",
        "2.2": "Written split of roles for the next trainee",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": None,
        "identifying": ["Shannon Fielding", "shannonfielding02@hotmail.co.uk"],
    },
    about="Dental practice mentoring journal PDF: the mentee coded throughout but named with her personal address in a pasted e-mail header; the practice's generic address, roles, regulators, software and brands.",
)
