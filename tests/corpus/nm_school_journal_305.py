"""8587-305 Reflecting on Mentoring Skills: a school's journal, the names only in the appendix.

Owen Gallagher, a head of year in a secondary school, mentors an early career teacher.
His journal calls her "Mentee A" throughout, but the appendix he scanned in (a second
file) has her name on the mentoring agreement, surname first in the meeting log, as
title and surname in a note about her head of department, and printed in capitals under
her signature on the feedback form.

Traps: the school, the trust and the local authority; the Early Career Framework;
"Mr Gallagher" as the pupils call the learner himself; his mentor-training tutor
(named where the form asks); Clutterbuck and Megginson; Kolb; subjects (English, Maths,
French); Year groups; months.
"""

from .case import Case, H, P, SourceFile, T

JOURNAL = [
    H(0, "Unit 305 – Reflective Journal"),
    P("Learner: Owen Gallagher (R5512740)   Tutor: Dr Rachel Ibbotson   Centre: Tees Valley ILM Centre"),
    P("Learner declaration: this is all my own work."),
    H(1, "1.1 The effectiveness of my mentoring"),
    P("""Over the autumn term I mentored Mentee A, an early career teacher of English at
      Northfield Academy, part of the Three Rivers Learning Trust. We met weekly for
      forty minutes in my office after period 5. The meeting log, the agreement and
      Mentee A's feedback form are in the appendix. The log shows eleven meetings; two
      were cancelled for parents' evenings. The evidence suggests the mentoring worked
      best when Mentee A set the agenda and least well when I brought observation
      feedback from her head of department into our meetings."""),
    P("""Looking back through the records, the meetings in September were mostly about
      survival: behaviour in Year 9, the marking load and how to plan a week without
      working every evening. By October the agenda had shifted to her own goals, and
      she arrived with a list. The feedback form she completed at the half term says the
      most useful thing was having someone outside her department to think aloud with,
      and the least useful was when a meeting turned into another observation debrief.
      That matches my own notes, where the two meetings I rated lowest were the two in
      which I had talked for more than half the time."""),
    H(1, "1.2 Strengths and areas for improvement"),
    P("""My strength is that I know the school and can open doors. My weakness is the same
      thing: I solve problems instead of helping her solve them. Clutterbuck and
      Megginson's distinction between developmental and sponsorship mentoring helped me
      see that I was drifting into sponsorship. In Year 9 behaviour conversations I
      listened well; in conversations about the Maths department I took sides."""),
    P("""My knowledge of the Early Career Framework helped, because I could link what she
      was finding hard to the standards she is assessed against. My skills in
      questioning are uneven: I ask good opening questions, then close the conversation
      down with a suggestion. My behaviour as a mentor was at its best when I kept to
      the time we agreed and followed up on what I had promised, and at its worst when
      I let my role as head of year leak into the meeting, for example by mentioning a
      pupil she had referred to me."""),
    H(1, "2.1 Future development of my mentoring"),
    P("""My tutor's feedback was that my questions were good but came too quickly. Using
      Kolb's cycle I plan to try one change per half term and review it. I want to
      develop my listening, to use silence, and to stop finishing the mentee's
      sentences, which the pupils would say is a very Mr Gallagher thing to do."""),
    H(1, "2.2 Development plan"),
    T(
        ["What", "How", "When", "Success looks like"],
        ["Listen before advising", "Count to five before I speak", "By February 2026", "Mentee says she solved it"],
        ["Mentor a second ECT", "Offer to the French department", "From April 2026", "Agreement signed"],
        ["Supervision", "Termly with the Trust's mentoring lead", "July 2026", "Three supervision notes"],
    ),
]

APPENDIX = [
    H(0, "Appendix: mentoring records (scanned)"),
    T(
        ["Mentoring agreement", ""],
        ["Mentor", "Owen Gallagher"],
        ["Mentee", "Leah Whitworth-Kaye"],
        ["Meeting time", "Wednesdays after period 5, 40 minutes"],
        ["Confidentiality", "Agreed, except for safeguarding"],
    ),
    T(
        ["Date", "Mentee", "Focus"],
        ["10/09/2025", "Whitworth-Kaye L.", "Agreement and goals"],
        ["17/09/2025", "Whitworth-Kaye L.", "Behaviour in Year 9"],
        ["24/09/2025", "Whitworth-Kaye L.", "Marking load"],
        ["01/10/2025", "Whitworth-Kaye L.", "Observation feedback"],
        ["15/10/2025", "Whitworth-Kaye L.", "Parents' evening"],
    ),
    P("""Note, 1 October: Mrs Okonjo (head of English) asked to see the mentoring notes; we
      agreed she would see only the attendance."""),
    T(
        ["Mentee feedback form", ""],
        ["Most useful", "Having someone outside my department to think aloud with"],
        ["Least useful", "When it turned into another observation debrief"],
        ["Signature", "L. Whitworth-Kaye"],
        ["Name (block capitals)", "LEAH WHITWORTH-KAYE"],
    ),
]

CASE = Case(
    name="nm_school_journal_305",
    unit="8587-305",
    kind="structured-docx",
    files=[SourceFile("journal.docx", JOURNAL), SourceFile("appendix.pdf", APPENDIX)],
    labels={
        "1.1": "brought observation feedback from her head of department",
        "1.2": "drifting into sponsorship",
        "2.1": "one change per half term",
        "2.2": "Count to five before I speak",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": None,
        "identifying": ["Leah Whitworth-Kaye", "Whitworth-Kaye L.", "Mrs Okonjo", "L. Whitworth-Kaye",
                        "LEAH WHITWORTH-KAYE"],
    },
    about="School mentoring journal anonymised in the text; the scanned appendix names the mentee every way, once in capitals.",
)
