"""8587-305 Reflecting on Mentoring Skills: a bus garage engineering supervisor's journal, DOCX, three planted details.

Lorraine Ashworth (ILM 58820143), engineering supervisor at a bus garage in Blackburn,
mentors two apprentice technicians. Word document, unstyled bold-ish headings typed as
plain paragraphs, a pasted mentee feedback form and a development plan table.

Planted (3): the pasted feedback form is signed by the mentee with his full name
("Signed: Tomasz Nowak"); her 1.2 reflection then uses his first name alone ("Tomasz");
and the 1.1 answer names the other mentee's workshop manager, a third party ("Mrs Kaur").

Clean but tricky: the other mentee is "Mentee 2"; the learner's own name and number; her
supervisor named in the supervision note (Supervisor: Neil Haworth); Alexander Dennis and
Volvo (bus makers), Ewood Park and Blackburn Rovers, the Thwaites Arms, Darwen, Gibbs
(1988), Schön (1983), Clutterbuck, Johari window, SWOT, GROW, Microsoft Forms, the learner
signing off "Lorraine A.", days and months. No declaration.
"""

from .case import Case, P, SourceFile, T

BLOCKS = [
    P("Unit 8587-305 – Reflecting on Mentoring Skills within an Organisational Context"),
    P("Name: Lorraine Ashworth     ILM number: 58820143     Date: 28 March 2025"),
    P("Role: Engineering Supervisor, Blackburn depot (double deck Alexander Dennis and Volvo fleet)"),

    P("Evidence I have used"),
    P("""My mentoring log (16 sessions between October and March with two apprentices), my
      supervision notes, and feedback from both mentees. The feedback from my first mentee is
      pasted in below because the form was on paper."""),
    T(
        ["Mentee feedback form", ""],
        ["What has been most useful?", "Talking through the MOT fail on the Volvo before my assessment. Lorraine makes me work it out"],
        ["What could your mentor do differently?", "Sometimes the sessions run over and I miss my bus home"],
        ["Rating (1-5)", "4"],
        ["Signed", "Tomasz Nowak   14/03/25"],
    ),
    P("""Supervision note – Supervisor: Neil Haworth (Fleet Engineering Manager). 10 Feb, 1 hour,
      at the depot. We used Gibbs (1988) to go through a session that went badly."""),

    P("1.1 How effective has my mentoring been?"),
    P("""Putting the three sources side by side, my mentoring has been effective on goals but
      less so on independence. Both mentees met their practical goals (my first mentee passed
      his brake test module and Mentee 2 finished her electrical unit early). My log shows I
      kept 15 of the 16 planned sessions. But the session notes show I set most of the
      actions myself, and in supervision Neil pointed out that in one session I fixed the
      problem for Mentee 2 rather than letting her find it. There was also a tricky moment
      when Mentee 2's workshop manager, Mrs Kaur, asked me what Mentee 2 had said about the
      night shift rota; I declined, and that kept her trust, but I should have set that
      boundary with the manager at the start rather than in the moment. Overall I would
      rate myself as good at supporting progress and still learning to let go."""),

    P("1.2 My strengths and areas to improve"),
    P("""I did a SWOT with my supervisor. Strengths: technical knowledge (30 years on the tools),
      patience, explaining clearly, and I am trusted on the shop floor. Weaknesses: I talk too
      much when I'm excited about a job, I run over time (Tomasz was right about his bus), and
      my written records are thin. Interpersonal: I'm warm and approachable but avoid
      conflict, so I put off telling Mentee 2 she was late too often. Communication: good on
      the pit floor, less confident in a formal one-to-one room. Looking at the Johari window,
      the running over was a blind spot – nobody had told me before."""),

    P("2.1 Reviewing my mentoring ability for the future"),
    P("""Questioning: I ask closed technical questions out of habit ("Have you checked the
      air line?") and want to use more open ones ("What would you check first and why?").
      Listening: I need to stop finishing sentences and use silence – Schön's (1983)
      reflection-in-action would help me notice this during the session. Communication:
      I will agree the end time at the start and keep a clock on the wall in view, and I'll
      write up notes straight after using a Microsoft Forms template so records stop being
      thin. I have also asked to go on Clutterbuck's two-day mentor course in Manchester."""),

    P("2.2 Development plan April – October 2025"),
    T(
        ["Goal", "Actions", "When", "How I will measure success"],
        ["Open questions", "Prepare 3 open questions before each session; tally closed vs open", "April – June",
         "At least two thirds open by June, checked by Neil"],
        ["Keep to time", "Agree finish time, clock in view", "From April", "No sessions over by more than 5 mins in log"],
        ["Better records", "Microsoft Forms note within an hour of each session", "From April", "100% of sessions written up"],
        ["Challenge kindly", "Use GROW 'Will' stage to hold mentees to actions; raise lateness early", "By August",
         "Mentee feedback says I am fair and clear"],
        ["Formal training", "Clutterbuck mentor course", "October", "Certificate, new mentee in autumn intake"],
    ),
    P("""I'll review this with Neil at the end of July. Tomasz and Mentee 2 are both staying
      on after their apprenticeships, which is the best result I could ask for. The whole shift is going to Ewood Park for the last Blackburn Rovers home game and then the Thwaites Arms in Darwen, so I'll buy them both a drink."""),
    P("Lorraine A."),
]

CASE = Case(
    name="nn_305_bus_garage_journal_planted_docx",
    unit="8587-305",
    kind="numbered-unstyled",  # its typed "1.1 …" headings are Normal paragraphs
    files=[SourceFile("LAshworth 305 reflection.docx", BLOCKS)],
    labels={
        "1.1": "effective on goals but less so on independence",
        "1.2": "my written records are thin",
        "2.1": "What would you check first and why?",
        "2.2": "Prepare 3 open questions before each session",
    },
    expected_checks={
        "declaration": False,
        "evidence_matrix": None,
        "identifying": ["Tomasz Nowak", "Tomasz", "Mrs Kaur"],
    },
    about="Bus garage engineering supervisor's 305 DOCX: mentee signs the pasted feedback form with his full name, first name alone later, other mentee's workshop manager 'Mrs Kaur'; Mentee 2, supervisor named, Alexander Dennis/Volvo, Gibbs/Schön/Clutterbuck, SWOT/Johari/GROW, Microsoft Forms clean; no declaration.",
)
