"""8587-304 mentoring diary as PDF: a head of year's two-column Date | Entry diary with lengths in clock times and words.

Siân Morgan, head of Year 9 at a comprehensive school, mentors two early career teachers,
Aled and Grace, for her Level 3 mentoring unit. Practice evidence only: a two-column Word
table (Date, Diary entry) saved as PDF; every length is inside the prose, either as clock
times ("3.40 to 4.40") or in words ("an hour and a quarter", "forty minutes"). Tricky: a
cancelled session moved to a Friday lunchtime; a DNA (cover duty); a joint session with both
ECTs (once); an entry where she shadowed the trust's lead mentor with another teacher's ECT
("not my mentoring"); two supervision entries with her ILM tutor, in prose only; a running
"so far" total in one entry (right).

Practice truth: Aled 335 + Grace 310 + joint 90 = 735 minutes in 12 sessions with two
mentees; supervision 60 + 45 = 105.
"""

from .case import Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "Mentoring Diary – Unit 304"),
    P("Siân Morgan – Head of Year 9, Ysgol Bryn Glas. Mentees: two early career teachers (Aled, Science; Grace, English)."),
    T(
        ["Date", "Diary entry"],
        ["Mon 8 Sept 2025", "First meeting with Aled in my office, 3.40 to 4.40. Mentoring agreement, confidentiality, what he wants from the year."],
        ["Tue 9 Sept", "First meeting with Grace, 3.45 to 4.30. Agreement signed. She is worried about her Year 11 set."],
        ["Mon 15 Sept", "Aled – an hour and a quarter. Goals agreed: behaviour in his Year 8 practicals, and marking load."],
        ["Wed 17 Sept", "Grace's session cancelled – Year 7 parents' evening. Moved to Friday."],
        ["Fri 19 Sept", "Grace, forty minutes at lunch in the English office. Goals agreed: Year 11 mock results, and saying no to extra clubs."],
        ["Mon 22 Sept", "Shadowed the trust's lead mentor with her ECT at Ysgol y Dref for an hour. Useful to see her use silence. Not my mentoring."],
        ["Mon 29 Sept", "Aled, 3.40 to 5.00. Long one – went through a practical that went wrong and planned the next."],
        ["Tue 30 Sept", "Grace, 3.40 to 4.55. Marking plan for the mocks. So far: 6 hrs 15 mins of mentoring."],
        ["Thu 2 Oct", "Supervision with Dr Ellis (my ILM tutor) over Teams, an hour. She asked why I always offer solutions first."],
        ["Mon 6 Oct", "Aled didn't come – put on cover duty and forgot to tell me. Not rearranged, saw him next week."],
        ["Mon 13 Oct", "Aled and Grace together, 3.40 to 5.10, on behaviour management – they swapped strategies, I mostly listened."],
        ["Tue 14 Oct", "Grace, half an hour. Quick check-in after a bad lesson observation."],
        ["Mon 20 Oct", "Aled, an hour. Marking – he has cut his weekend marking by using whole-class feedback."],
        ["Tue 21 Oct", "Grace, an hour and ten minutes. Mock results came back better than predicted."],
        ["Mon 3 Nov", "Final review with Aled, 3.40 to 4.40. Feedback form filled in."],
        ["Tue 4 Nov", "Final review with Grace, fifty minutes. Feedback form filled in."],
        ["Thu 6 Nov", "Last supervision with Dr Ellis, forty-five minutes, going through this diary before I write my reflective account."],
    ),
    P("Declaration: I confirm that this diary is my own record of the mentoring I carried out. S. Morgan, 10 November 2025"),
]

CASE = Case(
    name="pm_304_school_two_column_diary_pdf",
    unit="8587-304",
    kind="structured-pdf",
    files=[SourceFile("S Morgan 304 mentoring diary.pdf", BLOCKS)],
    labels={},  # practice only
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        # Aled: 8 Sept 3.40-4.40 60 + 15 Sept an hour and a quarter 75 + 29 Sept 3.40-5.00 80
        #   + 20 Oct an hour 60 + 3 Nov 3.40-4.40 60 = 60 + 75 = 135; + 80 = 215; + 60 = 275; + 60 = 335 (5)
        # Grace: 9 Sept 3.45-4.30 45 + 19 Sept forty minutes 40 + 30 Sept 3.40-4.55 75 + 14 Oct half an hour 30
        #   + 21 Oct an hour and ten minutes 70 + 4 Nov fifty minutes 50
        #   = 45 + 40 = 85; + 75 = 160; + 30 = 190; + 70 = 260; + 50 = 310 (6)
        # Joint 13 Oct 3.40-5.10 = 90 (once, 1)
        # 335 + 310 + 90 = 735.
        # "So far: 6 hrs 15 mins" on 30 Sept = 60 + 45 + 75 + 40 + 80 + 75 = 375 (right; a running figure, not added).
        # Not: 17 Sept cancelled; 22 Sept shadowing (not my mentoring); 6 Oct DNA; supervision entries.
        "minutes": 735,
        "sessions": 12,
        "individuals": 2,  # Aled, Grace
        # 2 Oct an hour 60 + 6 Nov forty-five minutes 45 = 105
        "supervision_minutes": 105,
    },
    about="Head of year; 304 two-column Date | Diary entry table as PDF, lengths only in prose as clock times or words, cancelled and moved session, DNA, joint session with both ECTs, not-counted shadowing of the trust lead mentor, supervision entries in prose, a running 'so far' figure.",
)
